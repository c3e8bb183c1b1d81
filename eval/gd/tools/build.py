#!/usr/bin/env python3
"""Builds the eval/gd seed pages and their gold files from one hand-written data table (further below).
All news text is the blind tester's own invented wording, set in September 2030 with the war still under way.
Part A imitates, from memory, the page layouts of ten real outlets; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/gd/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# abbreviations after which a full stop does not end a sentence
ABBR = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.", "Sept.", "Oct.", "No.", "Jan.", "Feb.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: local time 'YYYY-MM-DD HH:MM' in the page's zone, headline (or None), body paragraphs, labels, extras."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    """an entry that is not about the war"""
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018\u00ab]|$)', par):
        head = par[:m.end()]
        if m.end() < len(par) and head.endswith(ABBR):
            continue
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ampm(d, upper=False):
    h = d.hour % 12 or 12
    s = "am" if d.hour < 12 else "pm"
    return f"{h}:{d.minute:02d} {s.upper() if upper else s}"


def lines_of(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def in_order(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest_first), f"{S['id']}: entries must run {'newest' if newest_first else 'oldest'} first"


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:72]


def iso(d):
    return d.isoformat(timespec="seconds")


def isoz(d):
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ldjson(obj, cls=None):
    c = f' class="{cls}"' if cls else ""
    return f'<script type="application/ld+json"{c}>' + json.dumps(obj, ensure_ascii=False).replace("</", "<\\/") + '</script>'


# ================================================================ build (called at the very end of this file)
def main():
    for sub in ("seeds", "gold"):
        os.makedirs(os.path.join(ROOT, sub), exist_ok=True)
        for f in os.listdir(os.path.join(ROOT, sub)):
            os.remove(os.path.join(ROOT, sub, f))
    total = 0
    for S in SEEDS:
        text, stamps = S["render"](S)
        fn = f"{S['name']}.{S['ext']}"
        with open(os.path.join(ROOT, "seeds", fn), "w", encoding="utf-8") as fh:
            fh.write(text)
        ents = []
        for i, e in enumerate(S["entries"]):
            d = dt(e["t"], S["zone"]); u = d.astimezone(UTC)
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": (e.get("basis") or S["basis"]).format(
                             s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"], u=u.strftime("%Y-%m-%d %H:%M"),
                             off=d.strftime("%z")[:3] + ":" + d.strftime("%z")[3:]),
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
        total += len(ents)
        print(f"{fn:40s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


SEEDS = []


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_up_feed(S):
    """Ukrainska Pravda English 'News Feed', text scrape. Weekday date headers ('Monday, 2 September 2030'), newest first;
    each item: bare Kyiv time 'HH:MM' on its own line, headline (photo/video markers are part of the headline text), a lead.
    No authors in the feed. A support box after the third item."""
    z = S["zone"]; in_order(S, True)
    L = ["Ukrainska Pravda", "UA   RU   EN", "",
         "News   Articles   Columns   Interviews   Photo   Video   Projects",
         "Economic Pravda   European Pravda   Life   Istorychna Pravda", "Support UP", "", S["title"], ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if d.date() != cur:
            cur = d.date(); L += [f"{WEEKDAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}", ""]
        st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"]] + lines_of(e["p"])
        if i == 2:
            L += ["Support UP or become our patron!", "Ukrainska Pravda is an independent media outlet. Help us keep it that way.", ""]
    L += ["Show more news", "", "About UP   Advertising   Rules for using materials   Privacy policy   Contacts",
          "Ukrainska Pravda. Reproduction of materials is permitted only with a hyperlink to pravda.com.ua"]
    return "\n".join(L) + "\n", stamps


def r_kyivindependent(S):
    """The Kyiv Independent 'Ukraine war latest' article, HTML. NewsArticle JSON-LD; visible tag, h1, 'by The Kyiv Independent
    news desk', date line 'September 3, 2030 10:14 PM' (Kyiv time, no zone), hero photo, a 'Key developments on Sept. 3:'
    bullet list (summary, no headlines), then h2-headed sections (one entry each, no per-section time), a membership box."""
    z = S["zone"]; pub = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": iso(pub), "dateModified": iso(pub + timedelta(minutes=23)),
          "author": [{"@type": "Person", "name": S["byline"], "url": "https://kyivindependent.com/author/the-kyiv-independent-news-desk/"}],
          "publisher": {"@type": "Organization", "name": "The Kyiv Independent", "logo": {"@type": "ImageObject", "url": "https://kyivindependent.com/content/images/2022/ki-logo.png"}},
          "image": S["image"], "articleSection": "Ukraine war latest"}
    stamp = f"{MONTHS[pub.month - 1]} {pub.day}, {pub.year} {ampm(pub, upper=True)}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | The Kyiv Independent</title>',
           f'<meta property="og:title" content="{attr(S["title"])}">', f'<meta property="article:published_time" content="{iso(pub.astimezone(UTC))}">',
           ldjson(ld), '</head><body>',
           '<header class="site-header"><a class="logo" href="/">The Kyiv Independent</a><nav><a href="/tag/war/">War</a> '
           '<a href="/tag/ukraine/">Ukraine</a> <a href="/tag/business/">Business</a> <a href="/tag/investigations/">Investigations</a> '
           '<a href="/tag/opinion/">Opinion</a> <a href="/tag/culture/">Culture</a> <a href="/podcasts/">Podcasts</a></nav>'
           '<a class="btn-member" href="/membership/">Become a member</a> <a class="btn-signin" href="#/portal/signin">Sign in</a></header>',
           '<main><article class="post"><div class="post-tag"><a href="/tag/ukraine-war-latest/">Ukraine war latest</a></div>',
           f'<h1 class="post-title">{esc(S["title"])}</h1>',
           f'<div class="post-byline">by <a href="/author/the-kyiv-independent-news-desk/">{esc(S["byline"])}</a></div>',
           f'<div class="post-date"><time datetime="{iso(pub)}">{stamp}</time></div>',
           f'<div class="post-reading-time">{S["readtime"]} min read</div>',
           f'<figure class="post-image"><img src="{S["image"]}" alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>',
           '<div class="post-content">',
           f'<p><strong>Key developments on {S["kd_day"]}:</strong></p>', '<ul>' + "".join(f'<li>{esc(k)}</li>' for k in S["kd"]) + '</ul>']
    for i, e in enumerate(S["entries"]):
        assert e["t"] == S["published"]
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 2:
            out.append('<aside class="member-cta"><p>Independent journalism from the front line costs money. '
                       'Our readers keep us going.</p><a href="/membership/">Support the Kyiv Independent</a></aside>')
    out += ['</div>', '<div class="post-tags"><a href="/tag/ukraine-war-latest/">Ukraine war latest</a> ' + " ".join(f'<a href="/tag/{slugify(t)}/">{esc(t)}</a>' for t in S["tags"]) + '</div>',
            '<section class="author-box"><h4>The Kyiv Independent news desk</h4><p>We are the news desk of the Kyiv Independent, reporting from Ukraine around the clock.</p></section>',
            '<section class="read-next"><h3>Read next</h3>' + "".join(f'<a href="/{slugify(r)}/">{esc(r)}</a>' for r in S["related"]) + '</section>',
            '</article></main>', f'<footer class="site-footer"><p>\u00a9 {pub.year} The Kyiv Independent</p><a href="/about-us/">About us</a> '
            '<a href="/contact-us/">Contact</a> <a href="/privacy-policy/">Privacy policy</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_ukrinform_html(S):
    """Ukrinform rubric page ('War'), HTML. Cards newest first: image, rubric label, h2 title, one lead paragraph,
    stamp 'dd.mm.yyyy HH:MM' (Kyiv time) inside <time datetime=...+03:00>. No authors. Language switcher, app promo."""
    z = S["zone"]; in_order(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["doc_title"])}</title>',
           '<meta name="description" content="Ukrinform - Ukrainian National News Agency">', '</head><body>',
           '<div class="topLine"><a href="https://www.ukrinform.ua/">УКР</a> <a href="https://www.ukrinform.net/">ENG</a> '
           '<a href="https://www.ukrinform.de/">DEU</a> <a href="https://www.ukrinform.fr/">FRA</a> <a href="https://www.ukrinform.es/">ESP</a> '
           '<a href="https://www.ukrinform.pl/">POL</a> <a href="https://www.ukrinform.jp/">日本語</a></div>',
           '<header><a class="logo" href="/">Ukrinform</a><span class="slogan">Ukrainian National News Agency</span>'
           '<nav><a href="/rubric-polytics">Politics</a> <a href="/rubric-ato">War</a> <a href="/rubric-economy">Economy</a> '
           '<a href="/rubric-society">Society</a> <a href="/rubric-culture">Culture</a> <a href="/rubric-sports">Sports</a> '
           '<a href="/rubric-world">World</a> <a href="/rubric-crimea">Crimea</a></nav></header>',
           f'<main><h1 class="rubricTitle">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y %H:%M}"; stamps.append(st)
        url = f"https://www.ukrinform.net/{e['rub']}/{4021360 + 53 * (len(S['entries']) - i)}-{slugify(e['h'])}.html"
        out.append(f'<article class="restItem"><a href="{url}"><img src="https://static.ukrinform.com/photos/{d:%Y_%m}/thumb_files/360_240_{1757000000 + i * 731}.jpg" alt=""></a>'
                   f'<div class="restText"><span class="restRubric">{esc(e["cat"])}</span>'
                   f'<h2><a href="{url}">{esc(e["h"])}</a></h2>' + "".join(f'<p>{esc(p)}</p>' for p in e["p"]) +
                   f'<div class="restDate"><time datetime="{iso(d)}">{st}</time></div></div></article>')
        if i == 3:
            out.append('<aside class="appPromo"><p>Ukrinform in your pocket: download our app</p><a href="#">App Store</a> <a href="#">Google Play</a></aside>')
    out += ['<div class="pagination"><a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Next</a></div></main>',
            '<footer><p>All materials on this site are available under licence. Citing and using materials in media is allowed '
            'provided there is a hyperlink to ukrinform.net not lower than the first paragraph.</p>'
            f'<p>\u00a9 2015-{dt(S["entries"][0]["t"], z).year} Ukrinform. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rbc_rss(S):
    """RBC-Ukraine English RSS 2.0. Newest first; title, link ending in the Unix publication time, pubDate with +0300,
    a one-paragraph description, category, enclosure. No authors."""
    z = S["zone"]; in_order(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://newsukraine.rbc.ua/</link>',
           '<description>RBC-Ukraine: news of Ukraine and the world, politics, economy, war</description>', '<language>en</language>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>',
           '<atom:link href="https://newsukraine.rbc.ua/static/rss/newsline.en.rss.xml" rel="self" type="application/rss+xml"/>']
    stamps = []
    for e in S["entries"]:
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        url = f"https://newsukraine.rbc.ua/{e['sect']}/{slugify(e['h'])[:60].strip('-')}-{int(d.timestamp())}.html"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>', f'<guid isPermaLink="true">{url}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{esc(e["cat"])}</category>', f'<description>{esc(" ".join(e["p"]))}</description>',
                f'<enclosure url="https://newsukraine.rbc.ua/static/img/{d:%Y/%m/%d}/{int(d.timestamp()) % 100000}_650x410.jpg" type="image/jpeg" length="0"/>',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_nv_list(S):
    """NV (New Voice of Ukraine) English section listing, text scrape. Cards newest first: optional label (Opinion / NV Premium),
    headline, optional author (opinion only), standfirst, then 'D Month, HH:MM' with NO year (Kyiv time). No year anywhere."""
    z = S["zone"]; in_order(S, True)
    L = ["NV", "The New Voice of Ukraine", "", "Ukraine   Russian war   Politics   Business   World   Opinion   Tech   Life", "UA   EN   Search", "",
         "Subscribe to NV Premium: read without ads", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]}, {d:%H:%M}"; stamps.append(st)
        if e.get("label"):
            L.append(e["label"])
        L.append(e["h"])
        if e.get("show_author"):
            L.append(e["a"])
        L += [""] + lines_of(e["p"]) + [st, ""]
        if i == 2:
            L += ["Join NV on Telegram", "The main news of the day in one channel, without noise.", ""]
    L += ["Load more", "", "About NV   Editorial policy   Advertising   Contacts   Terms of use",
          "All rights reserved. Use of materials is permitted with a hyperlink to nv.ua"]
    text = "\n".join(L) + "\n"
    assert not re.search(r"\b20\d\d\b", text), "the NV page must print no year"
    return text, stamps


def r_euromaidan(S):
    """Euromaidan Press daily war review, WordPress HTML. Yoast JSON-LD @graph (NewsArticle with datePublished in UTC '+00:00',
    WebPage, Person). Visible: category, h1, author, stamp 'YYYY/MM/DD - HH:MM' (Kyiv time, no zone), share row, italic lede;
    then h2 section labels (Frontline, Military, ...) with h3 item headlines, paragraphs and 'Read more:' link lines."""
    z = S["zone"]; pub = dt(S["published"], z)
    base = "https://euromaidanpress.com"
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": S["url"] + "#article", "isPartOf": {"@id": S["url"]}, "headline": S["title"],
         "datePublished": pub.astimezone(UTC).isoformat(), "dateModified": (pub + timedelta(minutes=41)).astimezone(UTC).isoformat(),
         "author": {"@id": f"{base}/#/schema/person/{slugify(S['byline'])}"}, "articleSection": ["Ukraine war", "Russo-Ukrainian war review"],
         "inLanguage": "en-US", "publisher": {"@id": f"{base}/#organization"}},
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"] + " - Euromaidan Press"},
        {"@type": "Person", "@id": f"{base}/#/schema/person/{slugify(S['byline'])}", "name": S["byline"]},
        {"@type": "Organization", "@id": f"{base}/#organization", "name": "Euromaidan Press", "url": base + "/"}]}
    stamp = f"{pub:%Y/%m/%d - %H:%M}"
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} - Euromaidan Press</title>',
           ldjson(ld, "yoast-schema-graph"), '</head><body class="post-template-default single single-post">',
           '<header id="masthead"><a class="site-logo" href="/">Euromaidan Press</a><p class="site-description">News and views from Ukraine</p>'
           '<nav class="main-menu"><a href="/category/ukraine-war/">Ukraine war</a> <a href="/category/analysis/">Analysis</a> '
           '<a href="/category/opinion/">Opinion</a> <a href="/category/russia/">Russia</a> <a href="/category/history/">History</a> '
           '<a href="/category/culture/">Culture</a> <a href="/about/">About</a></nav>'
           '<a class="patreon" href="https://www.patreon.com/euromaidanpress">Support us on Patreon</a></header>',
           '<main id="main"><article class="post">', '<div class="cat-links"><a href="/category/ukraine-war/">Ukraine war</a></div>',
           f'<h1 class="entry-title">{esc(S["title"])}</h1>',
           f'<div class="entry-meta"><span class="author vcard"><a href="/author/{slugify(S["byline"])}/">{esc(S["byline"])}</a></span> '
           f'<span class="posted-on">{stamp}</span></div>',
           '<div class="share-buttons">Share this: <a>Facebook</a> <a>X</a> <a>Telegram</a> <a>Email</a></div>',
           f'<div class="entry-content"><p><em>{esc(S["lede"])}</em></p>']
    cur = None
    for e in S["entries"]:
        assert e["t"] == S["published"]
        if e["sect"] != cur:
            cur = e["sect"]; out.append(f'<h2>{esc(cur)}</h2>')
        out.append(f'<h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e.get("more"):
            out.append(f'<p>Read more: <a href="/{slugify(e["more"])}/">{esc(e["more"])}</a></p>')
    out += ['<div class="donate-box"><p>You could close this page. Or you could join our community and help us produce more materials like this.</p>'
            '<p>We keep our reporting open and accessible to everyone because we believe in the power of free information.</p>'
            '<a href="/donate/">Become a patron</a></div>', '</div>',
            '<div class="tags-links">Tags: ' + ", ".join(f'<a href="/tag/{slugify(t)}/">{esc(t)}</a>' for t in S["tags"]) + '</div>',
            '<section class="related-posts"><h3>Related Posts</h3>' + "".join(f'<a href="/{slugify(r)}/">{esc(r)}</a>' for r in S["related"]) + '</section>',
            '</article></main>', f'<footer id="colophon"><p>Euromaidan Press \u00a9 2014-{pub.year}</p><a href="/privacy-policy/">Privacy Policy</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_kyivpost_article(S):
    """Kyiv Post article, text scrape. Section label, headline, standfirst, 'by NAME', 'September 13, 2030, 9:05 pm' (Kyiv time,
    no zone), photo caption, intro, then Title Case subheads (one entry each, no per-section time), 'See Also:' links between sections."""
    z = S["zone"]; pub = dt(S["published"], z)
    L = ["Skip to main content", "Kyiv Post", "Membership   Newsletters   Podcasts   Donate", "",
         "War in Ukraine   Politics   Business   Tech   Opinion   Ukrainian Diaspora   Video   Events", "",
         S["section"], S["title"], S["standfirst"], "", f"by {S['byline']}", f"{MONTHS[pub.month - 1]} {pub.day}, {pub.year}, {ampm(pub)}", "",
         S["caption"], "", S["intro"], ""]
    for i, e in enumerate(S["entries"]):
        assert e["t"] == S["published"]
        L += [e["h"], ""] + lines_of(e["p"])
        if e.get("see"):
            L += [f"See Also: {e['see']}", ""]
    L += ["Join our Telegram channel for daily updates from Kyiv Post's reporters.", "", "Tags: " + "   ".join(S["tags"]), "",
          "To suggest a correction or clarification, write to us.", "", f"\u00a9 {pub.year} Kyiv Post. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_suspilne(S):
    """Suspilne (English) news listing, HTML built with Next.js. Cards newest first: rubric label, headline, lead, stamp
    '15 September 2030, 22:30' (Kyiv time) in <time> whose datetime attribute is UTC ('...Z'). No authors on cards.
    A __NEXT_DATA__ JSON script carries the same items (ids, titles, UTC times)."""
    z = S["zone"]; in_order(S, True)
    nd = {"props": {"pageProps": {"locale": "en", "rubric": "news", "items": []}}, "page": "/[locale]/news", "buildId": "sx7Hq2Lk0aB", "isFallback": False}
    cards = []; stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"; stamps.append(st)
        aid = 882410 - i * 7
        nd["props"]["pageProps"]["items"].append({"id": aid, "title": e["h"], "publishedAt": isoz(d), "rubric": e["cat"]})
        cards.append(f'<div class="c-article-card"><span class="c-article-card__label">{esc(e["cat"])}</span>'
                     f'<a class="c-article-card__headline" href="/en/{aid}-{slugify(e["h"])[:50].strip("-")}/"><span>{esc(e["h"])}</span></a>' +
                     "".join(f'<p class="c-article-card__lead">{esc(p)}</p>' for p in e["p"]) +
                     f'<div class="c-article-card__info"><time datetime="{d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")}">{st}</time></div></div>')
        if i == 2:
            cards.append('<div class="c-banner"><p>Suspilne on YouTube: news, documentaries and live broadcasts</p><a href="#">Subscribe</a></div>')
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["doc_title"])}</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1">', '</head><body><div id="__next">',
           '<header class="c-header"><a class="c-header__logo" href="/en/">Suspilne</a><span>Public Broadcasting Company of Ukraine</span>'
           '<nav><a href="/en/news/">News</a> <a href="/en/war/">War</a> <a href="/en/regions/">Regions</a> <a href="/en/culture/">Culture</a> '
           '<a href="/en/sport/">Sport</a> <a href="/en/live/">Live</a></nav><a href="/">UA</a> <a href="/en/">EN</a></header>',
           f'<main><h1 class="c-title">{esc(S["title"])}</h1><div class="c-feed">'] + cards + [
           '</div><button class="c-more">Show more</button></main>',
           '<footer class="c-footer"><p>Suspilne Media. Public Broadcasting Company of Ukraine</p><a href="/en/about/">About</a> '
           '<a href="/en/contacts/">Contacts</a> <a href="/en/privacy/">Privacy policy</a></footer></div>',
           '<script id="__NEXT_DATA__" type="application/json">' + json.dumps(nd, ensure_ascii=False) + '</script></body></html>']
    return "\n".join(out) + "\n", stamps


def r_hromadske(S):
    """Hromadske International article, text scrape. Brand bar, rubric, headline, standfirst, author, '17 September 2030, 18:20'
    (Kyiv time, no zone), photo caption, intro paragraph, then subheaded sections (one entry each), share row, related links."""
    z = S["zone"]; pub = dt(S["published"], z)
    L = ["hromadske", "Ukraine   War   Society   Investigations   Culture   Podcasts", "UA   EN", "Support hromadske", "",
         S["section"], S["title"], "", S["standfirst"], "", S["byline"], f"{pub.day} {MONTHS[pub.month - 1]} {pub.year}, {pub:%H:%M}", "",
         S["caption"], "", S["intro"], ""]
    for e in S["entries"]:
        assert e["t"] == S["published"]
        L += [e["h"], ""] + lines_of(e["p"])
    L += ["Share:   Facebook   X   Telegram   Copy link", "", "Read also", ""] + [r for r in S["related"]] + ["",
          "hromadske is funded by its readers. Become one of them.", "Support", "", "\u00a9 hromadske. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_babel_rss(S):
    """Babel (English) RSS 2.0. Newest first; title, link, guid, pubDate with +0300, dc:creator, category, CDATA HTML description
    holding the whole short news text (one <p> per paragraph)."""
    z = S["zone"]; in_order(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://babel.ua/en</link>', '<description>Babel: news and stories about Ukraine</description>',
           '<language>en</language>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>',
           '<atom:link href="https://babel.ua/en/rss" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        url = f"https://babel.ua/en/news/{131770 + 9 * (len(S['entries']) - i)}-{slugify(e['h'])[:64].strip('-')}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>', f'<guid isPermaLink="true">{url}</guid>', f'<pubDate>{st}</pubDate>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += [f'<category>{esc(e["cat"])}</category>',
                '<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


# ================================================================ PART A: ten real outlets' layouts (own words, invented news)

# ---------------------------------------------------------------- 18700 Ukrainska Pravda (news feed, txt)
SEEDS.append(dict(
  id="18700", name="18700_pravda-newsfeed", ext="txt", source="Ukrainska Pravda", zone="Europe/Kyiv", render=r_up_feed,
  title="News Feed",
  basis="bare time '{s}' (Kyiv time, no zone printed; EEST = UTC+3 in September) under the nearest date header above it ('Sunday, 1 September 2030'); local {d} in {z}",
  notes="Imitates the English 'News Feed' of Ukrainska Pravda as copied from a browser. Newest first, grouped under weekday date headers; each item: a bare 24-hour time line (Kyiv time, no zone printed), the headline (UP's '– photo' marker is part of the headline text), then a one- or two-paragraph lead. No per-item authors (author null). The top item sits under 'Monday, 2 September 2030' at 01:40 local, which is 22:40 UTC on 1 September: the page covers one UTC day. A support box follows the third item. One off-beat item (volleyball).",
  not_entries=["masthead 'Ukrainska Pravda' and language switch 'UA RU EN'", "section menus (News, Articles, Columns, ...; Economic Pravda, European Pravda, ...)", "'Support UP' button",
               "page heading 'News Feed'", "date headers 'Monday, 2 September 2030' and 'Sunday, 1 September 2030'", "support box after the third item",
               "'Show more news'", "footer links and reproduction notice"],
  entries=[
  E("2030-09-02 01:40", "Explosions ring out in Kharkiv as Russian drones attack the city",
    ["Several explosions were heard in Kharkiv shortly after midnight, Mayor Ihor Terekhov reported, urging residents to stay in shelters until the all-clear.",
     "According to preliminary information, one drone struck the grounds of a private enterprise in the Kyivskyi district, starting a fire. Information on casualties is being clarified."],
    "strikes", "strikes", 2, "kharkiv-night-drone-attack-2030-09-01",
    basis="bare time '{s}' under the date header 'Monday, 2 September 2030' (Kyiv time, EEST = UTC+3): local {d} in {z} is {u} UTC, still 1 September in UTC"),
  E("2030-09-01 23:15", "Russians drop guided bomb on Sumy bus depot: 4 killed, 11 injured – photo",
    ["Russian forces struck a municipal bus depot in Sumy with a guided aerial bomb on Sunday evening, killing four workers and injuring 11 more people, the Sumy Oblast Military Administration said.",
     "Two of the injured are in a serious condition. Eight buses were burned out and the depot's repair workshop was destroyed, the administration added, publishing photos of the aftermath."],
    "strikes", "strikes", 3, "sumy-bus-depot-guided-bomb-2030-09-01"),
  E("2030-09-01 20:50", "Zelensky expects partners' decisions on long-range capabilities in coming days",
    ["President Volodymyr Zelensky said in his evening video address that Ukraine expects several partner countries to make decisions on financing long-range drones and missiles within days.",
     "He said the Sumy attack showed once again that Russia would keep hitting Ukrainian cities for as long as its airfields and launch sites remained out of reach."],
    "aid", "aid", 2, "zelensky-long-range-appeal-2030-09-01", n="appeal for long-range weapons funding (aid); mentions the Sumy attack only as the reason"),
  E("2030-09-01 18:05", "Ukrainian defenders repel 14 Russian assaults near Kostiantynivka – General Staff",
    ["Ukraine's Defence Forces repelled 14 Russian attacks in the Kostiantynivka direction over the past day, the General Staff said in its evening update, adding that 137 combat clashes had taken place along the front since the start of the day.",
     "The heaviest fighting continues near the villages of Bila Hora and Stupochky, the report said."],
    "other", "frontline", 2, "kostiantynivka-assaults-repelled-2030-09-01"),
  E("2030-09-01 15:30", "Knowledge Day: over 1,300 schools start the year in underground classrooms or online",
    ["More than 1,300 schools in front-line regions began the new school year either in underground classrooms or entirely online, the Ministry of Education and Science reported.",
     "Kharkiv now has 94 underground classrooms, including eight built inside metro stations, the ministry said."],
    "other", "humanitarian", 2, "school-year-underground-classrooms-2030-09-01"),
  E("2030-09-01 12:20", "Ukrainian drones hit ammunition depot in Russia's Bryansk Oblast – sources",
    ["Drones of Ukraine's Defence Intelligence struck an ammunition depot near the town of Pogar in Russia's Bryansk Oblast overnight, a source in the agency told Ukrainska Pravda.",
     "Local residents reported a series of secondary detonations lasting more than an hour. The governor of Bryansk Oblast claimed that all the drones had been shot down."],
    "strikes", "strikes", 2, "bryansk-ammunition-depot-drone-strike-2030-09-01"),
  OFF("2030-09-01 10:40", "Ukraine's women's volleyball team reaches European Championship semi-final",
    ["Ukraine's women's national volleyball team beat Serbia in four sets in the quarter-final of the European Championship and will play Italy in the semi-final on Tuesday."],
    "womens-volleyball-euro-semi-final-2030-09-01", n="sport"),
  E("2030-09-01 08:45", "Air defence downs 61 of 78 Russian drones overnight",
    ["Russia attacked Ukraine overnight with 78 Shahed-type attack drones and decoys launched from Kursk, Millerovo and Hvardiiske in occupied Crimea, the Air Force said.",
     "Sixty-one drones were shot down or suppressed by electronic warfare. Hits were recorded in five locations in Odesa, Mykolaiv and Dnipropetrovsk oblasts."],
    "strikes", "strikes", 2, "overnight-drone-attack-2030-09-01"),
  ]))

# ---------------------------------------------------------------- 18701 The Kyiv Independent (Ukraine war latest, html)
KI_T = "2030-09-03 22:14"
KI_DESK = "The Kyiv Independent news desk"
SEEDS.append(dict(
  id="18701", name="18701_kyivindependent-warlatest", ext="html", source="The Kyiv Independent", zone="Europe/Kyiv", render=r_kyivindependent,
  title="Ukraine war latest: Russian missile strike on Poltava kills 6; Netherlands pledges €300 million for long-range drones",
  url="https://kyivindependent.com/ukraine-war-latest-russian-missile-strike-on-poltava-kills-6/",
  image="https://kyivindependent.com/content/images/size/w1200/2030/09/poltava-strike-0309.jpg",
  published=KI_T, byline=KI_DESK, readtime=5, kd_day="Sept. 3",
  caption="Rescue workers at the site of a Russian missile strike on Poltava, Ukraine, on Sept. 3, 2030. (Poltava Oblast Military Administration / Telegram)",
  kd=["Russian ballistic missiles hit a technical college and an apartment building in Poltava, killing six people and injuring 27.",
      "Ukraine's General Staff said drones had struck an airfield in Russia's Lipetsk Oblast used by Su-34 bombers.",
      "The Netherlands will provide 300 million euros to finance Ukrainian-made long-range drones.",
      "Foreign Minister Andrii Sybiha met China's special envoy for Eurasian affairs in Kyiv."],
  tags=["Poltava", "Netherlands", "China", "Lipetsk Oblast"],
  related=["Inside the workshop that builds Ukraine's cheapest interceptor drones", "Front-line towns in Zaporizhzhia Oblast brace for another autumn offensive"],
  basis="no per-section time; every section takes the article's date line 'September 3, 2030 10:14 PM' (Kyiv time, no zone printed; also JSON-LD datePublished 2030-09-03T22:14:00+03:00); local {d} in {z}",
  notes="Imitates a Kyiv Independent 'Ukraine war latest' daily article (Ghost-style HTML) with NewsArticle JSON-LD. One date line for the whole article ('September 3, 2030 10:14 PM', Kyiv time); each h2-headed section is one entry (stamp null, published = the article time). The 'Key developments on Sept. 3:' bullets summarise the sections in other words and carry no headlines: they are the article's lede, not a 'Key Points' block listing entry headlines, so key_point stays false. Byline 'by The Kyiv Independent news desk' is a desk credit, kept as printed as every section's author.",
  not_entries=["header logo, navigation, 'Become a member' / 'Sign in'", "tag 'Ukraine war latest' above the title", "article title (h1)", "byline and date line", "'5 min read'",
               "hero photo caption", "'Key developments on Sept. 3:' and its four summary bullets (lede)", "membership box after the third section",
               "tag list", "author box", "'Read next' links", "footer"],
  entries=[
  E(KI_T, "Russian missile strike on Poltava kills 6, injures 27",
    ["Russia launched two Iskander-M ballistic missiles at Poltava on the morning of Sept. 3, hitting the grounds of a technical college and a nearby apartment building, the regional military administration said.",
     "Six people were killed, among them a 15-year-old student, and 27 were injured. Rescue work at the site ended by evening.",
     "Poltava has been targeted repeatedly because of military training facilities in the city, though the college was closed for classes at the time of the attack, local officials said."],
    "strikes", "strikes", 3, "poltava-missile-strike-2030-09-03", a=KI_DESK),
  E(KI_T, "Ukrainian drones hit airfield in Russia's Lipetsk Oblast, General Staff says",
    ["Ukrainian drones struck an airfield near the city of Lipetsk overnight, hitting a depot of guided aerial bombs and at least one Su-34 aircraft, Ukraine's General Staff reported.",
     "The regional governor said debris had fallen on an industrial zone and a local state of emergency had been declared in one district. The Kyiv Independent could not verify the claims."],
    "strikes", "strikes", 2, "lipetsk-airfield-drone-strike-2030-09-03", a=KI_DESK),
  E(KI_T, "Netherlands pledges 300 million euros for Ukrainian long-range drones",
    ["The Netherlands will allocate 300 million euros to finance the production of Ukrainian long-range strike drones, the Dutch Defense Ministry announced on Sept. 3.",
     "The money will go directly to Ukrainian manufacturers under the so-called Danish model, with the first drones expected to be delivered before the end of the year."],
    "aid", "aid", 3, "netherlands-long-range-drones-pledge-2030-09-03", a=KI_DESK),
  E(KI_T, "Sybiha meets Chinese special envoy in Kyiv",
    ["Foreign Minister Andrii Sybiha met China's special representative for Eurasian affairs in Kyiv on Sept. 3, their first meeting in more than a year.",
     "Sybiha said he had urged Beijing to use its influence on Moscow to stop attacks on Ukraine's energy system before winter and to support the safety of the Zaporizhzhia Nuclear Power Plant."],
    "diplomacy", "diplomacy", 3, "sybiha-chinese-envoy-meeting-2030-09-03", a=KI_DESK, n="ministerial diplomatic move: importance 3"),
  E(KI_T, "Russian troops capture village near Huliaipole, DeepState says",
    ["Russian forces have captured the village of Marfopil in Zaporizhzhia Oblast and advanced near two other settlements, the Ukrainian monitoring project DeepState reported on Sept. 3.",
     "Ukraine's General Staff did not confirm the loss of the village but said fighting in the area remained intense."],
    "other", "frontline", 2, "marfopil-capture-claim-2030-09-03", a=KI_DESK),
  E(KI_T, "Former Kharkiv Oblast official sentenced over fortification contracts",
    ["The High Anti-Corruption Court sentenced a former deputy head of the Kharkiv Oblast Military Administration to eight years in prison for embezzling funds meant for building fortifications, the National Anti-Corruption Bureau said.",
     "Investigators said the official and two contractors had overstated the cost of anti-tank ditches and concrete shelters by about 37 million hryvnias."],
    "other", "politics", 2, "kharkiv-fortification-embezzlement-sentence-2030-09-03", a=KI_DESK),
  ]))

# ---------------------------------------------------------------- 18702 Ukrinform (rubric page 'War', html)
SEEDS.append(dict(
  id="18702", name="18702_ukrinform-war", ext="html", source="Ukrinform", zone="Europe/Kyiv", render=r_ukrinform_html,
  title="War", doc_title="War - Ukrinform",
  basis="stamp '{s}' (day.month.year and 24-hour Kyiv time; the card's <time datetime> carries +03:00); local {d} in {z}",
  notes="Imitates a Ukrinform rubric listing page ('War') in HTML. Cards newest first: thumbnail, rubric label, h2 title, one lead paragraph, then the stamp 'dd.mm.yyyy HH:MM' inside <time datetime=\"...+03:00\">. No authors on the cards (author null). Rubric labels on the cards vary (War, Politics, Economy, Society) although the page is the War rubric. An app promo follows the fourth card. No off-beat card.",
  not_entries=["language bar (УКР, ENG, DEU, FRA, ESP, POL, 日本語)", "logo, slogan 'Ukrainian National News Agency' and navigation", "rubric heading 'War' (page title)",
               "rubric labels on each card", "app promo after the fourth card", "pagination", "footer licence notice and copyright"],
  entries=[
  E("2030-09-05 21:40", "Russian drone hits minibus in Kherson region, driver killed",
    ["A Russian FPV drone struck a passenger minibus near the village of Bilozerka in Kherson region in the evening, killing the driver and injuring three passengers, the regional military administration reported. The injured were taken to hospital in Kherson."],
    "strikes", "strikes", 3, "bilozerka-minibus-drone-strike-2030-09-05", rub="rubric-ato", cat="War"),
  E("2030-09-05 19:25", "Russians shell Nikopol district 14 times during day, woman injured",
    ["Russian troops attacked the Nikopol district of Dnipropetrovsk region with artillery and kamikaze drones 14 times over the day, injuring a 58-year-old woman and damaging a gas pipeline and several private houses, the head of the regional military administration said."],
    "strikes", "strikes", 2, "nikopol-shelling-2030-09-05", rub="rubric-ato", cat="War"),
  E("2030-09-05 17:10", "Canada to deliver 40 armored vehicles to Ukraine by end of year",
    ["Canada will deliver 40 armored personnel carriers to Ukraine by the end of the year under a previously announced assistance package, Canada's Minister of National Defence said during a visit to a plant in Ontario."],
    "aid", "aid", 2, "canada-armored-vehicles-2030-09-05", rub="rubric-ato", cat="War"),
  E("2030-09-05 14:55", "NATO allies commit further $1.5 billion under PURL mechanism - Rutte",
    ["NATO allies have committed another $1.5 billion to buy American weapons for Ukraine through the Prioritized Ukraine Requirements List, Secretary General Mark Rutte said after a meeting in Brussels. According to him, the new packages will focus on air defense interceptors ahead of the winter."],
    "aid", "aid", 3, "nato-purl-commitments-2030-09-05", rub="rubric-polytics", cat="Politics"),
  E("2030-09-05 12:30", "Ukraine and Lithuania sign memorandum on joint production of drones",
    ["Ukraine's Ministry of Strategic Industries and Lithuania's Ministry of Economy signed a memorandum on the joint production of interceptor drones and electronic warfare equipment in Vilnius. The first production line is to be launched in Lithuania early next year."],
    "aid", "aid", 2, "ukraine-lithuania-drone-production-memorandum-2030-09-05", sec=["diplomacy"], rub="rubric-economy", cat="Economy"),
  E("2030-09-05 10:05", "Twelve more children returned to Ukraine from occupied territories - Lubinets",
    ["Twelve more children, including two who had been deported to Russia, have been returned to Ukrainian-controlled territory, Ukraine's Parliament Commissioner for Human Rights Dmytro Lubinets said. The youngest of them is four years old."],
    "other", "humanitarian", 2, "children-returned-occupied-territories-2030-09-05", rub="rubric-society", cat="Society"),
  E("2030-09-05 08:20", "Russia attacks Ukraine with 93 drones and four missiles overnight, 70 drones neutralized",
    ["Russia attacked Ukraine overnight with four Iskander-M ballistic missiles and 93 attack drones of the Shahed, Gerbera and other types, the Air Force of the Armed Forces of Ukraine reported. Air defense shot down or suppressed 70 drones; missile and drone hits were recorded in 11 locations."],
    "strikes", "strikes", 2, "overnight-combined-attack-2030-09-05", rub="rubric-ato", cat="War"),
  ]))

# ---------------------------------------------------------------- 18703 RBC-Ukraine (English RSS, xml)
SEEDS.append(dict(
  id="18703", name="18703_rbcukraine-newsline", ext="xml", source="RBC-Ukraine", zone="Europe/Kyiv", render=r_rbc_rss,
  title="RBC-Ukraine",
  basis="RSS pubDate '{s}' (explicit +0300 offset, Kyiv summer time); local {d} in {z}",
  notes="Imitates RBC-Ukraine's English newsline RSS 2.0 feed. Newest first; each item: title, link ending in the Unix time of publication, guid, pubDate with +0300, category, a one-paragraph description, image enclosure. No authors. The top item is dated 'Sun, 08 Sep 2030 01:20:00 +0300' = 22:20 UTC on 7 September. One off-beat item (official exchange rates). The 'Video' at the end of item 4's title is part of the headline, not a teaser (the item has text).",
  not_entries=["channel title, link, description, language, lastBuildDate and atom:link", "category labels", "enclosure images"],
  entries=[
  E("2030-09-08 01:20", "Explosions heard in Odesa: city under Russian drone attack",
    ["Explosions were heard in Odesa after midnight as Russian attack drones approached the city from the sea, local media and the regional administration reported. Residents were urged to stay in shelters; information about damage and casualties is being clarified."],
    "strikes", "strikes", 2, "odesa-night-drone-attack-2030-09-07", sect="news", cat="News"),
  E("2030-09-07 22:45", "Zelensky holds call with Japanese Prime Minister: Key points of conversation",
    ["President Volodymyr Zelensky discussed air defense, energy equipment for the winter and the use of frozen Russian assets with the Prime Minister of Japan in a phone call on Saturday evening, the Office of the President said."],
    "diplomacy", "diplomacy", 3, "zelensky-japan-pm-call-2030-09-07", sec=["aid"], sect="news", cat="Politics", n="head-of-state call"),
  E("2030-09-07 19:30", "Russian strike on Zaporizhzhia: death toll rises to three",
    ["The number of people killed in Saturday afternoon's Russian strike on Zaporizhzhia has risen to three after a man died in hospital, Zaporizhzhia Oblast Governor Ivan Fedorov reported. Another 14 people were injured."],
    "strikes", "strikes", 3, "zaporizhzhia-strike-2030-09-07", sect="news", cat="News"),
  E("2030-09-07 16:10", "Ukrainian drones destroy Russian Buk air defense system near Tokmak: Video",
    ["Operators of Ukraine's Unmanned Systems Forces destroyed a Russian Buk-M2 surface-to-air missile system near occupied Tokmak in Zaporizhzhia region, the General Staff said, publishing video of the strike."],
    "strikes", "strikes", 2, "tokmak-buk-system-destroyed-2030-09-07", sect="news", cat="War in Ukraine"),
  E("2030-09-07 13:00", "Power outages in five regions on Sunday: Ukrenergo explains why",
    ["Hourly power outage schedules will be applied on Sunday in Sumy, Chernihiv, Kharkiv, Poltava and Dnipropetrovsk regions after overnight Russian attacks damaged generation and transmission facilities, national grid operator Ukrenergo said."],
    "other", "humanitarian", 2, "power-outage-schedules-2030-09-08", sec=["strikes"], sect="news", cat="Economy",
    n="consequence for civilians of earlier attacks (outage schedules): other/humanitarian, secondary strikes"),
  OFF("2030-09-07 10:20", "Dollar and euro exchange rates for September 9: NBU sets official rates",
    ["The National Bank of Ukraine set the official hryvnia exchange rate for Monday at 44.12 per US dollar and 48.37 per euro, weakening the national currency by 9 and 14 kopecks respectively."],
    "nbu-exchange-rates-2030-09-07", n="currency rates", sect="business", cat="Economy"),
  E("2030-09-07 07:05", "Night attack on Ukraine: Air Force reports downing 52 of 60 drones",
    ["Russia attacked Ukraine overnight with 60 attack drones, 52 of which were shot down or suppressed, the Ukrainian Air Force said. Eight drones hit targets in Sumy and Chernihiv regions."],
    "strikes", "strikes", 2, "overnight-drone-attack-2030-09-07", sect="news", cat="War in Ukraine"),
  ]))

# ---------------------------------------------------------------- 18704 NV (English section listing, txt, no year)
SEEDS.append(dict(
  id="18704", name="18704_nv-russianwar", ext="txt", source="NV", zone="Europe/Kyiv", render=r_nv_list,
  title="Russian war", parse_args=["--date", "2030-09-09"],
  basis="stamp '{s}' (day, month and 24-hour Kyiv time; no year and no zone printed; year from parse_args 2030-09-09; EEST = UTC+3); local {d} in {z}",
  notes="Imitates the English 'Russian war' section listing of NV (The New Voice of Ukraine) as copied from a browser. Cards newest first: optional label line ('Opinion'), headline, author line (opinion only), standfirst paragraph(s), then the stamp 'D Month, HH:MM' AFTER the text. No year anywhere on the page (parse_args --date 2030-09-09). The top card '10 September, 00:35' is 21:35 UTC on 9 September. News cards carry no author (null); the opinion column's author is printed under its headline. 18704-04 is an opinion column (kept, importance 2).",
  not_entries=["masthead 'NV', tagline, menu, 'UA EN Search'", "NV Premium subscription line", "section heading 'Russian war' (page title)", "'Opinion' label above the column",
               "Telegram promo after the third card", "'Load more'", "footer links and rights line"],
  entries=[
  E("2030-09-10 00:35", "Russia launches ballistic missiles at Kyiv; debris falls in two districts",
    ["Russia fired ballistic missiles at Kyiv shortly after midnight, the Kyiv City Military Administration said, reporting falling debris in the Darnytskyi and Obolonskyi districts.",
     "There is no information about casualties so far."],
    "strikes", "strikes", 2, "kyiv-ballistic-missile-attack-night-2030-09-09",
    basis="stamp '{s}' (no year printed; parse_args 2030-09-09 gives the year; Kyiv time EEST = UTC+3): local {d} in {z} is {u} UTC, still 9 September in UTC"),
  E("2030-09-09 20:10", "Ukrainian intelligence: Kremlin preparing to call up 150,000 more reservists",
    ["Russia is preparing a new call-up of about 150,000 reservists for the autumn, most of whom are to be sent to replenish units fighting in Donetsk Oblast, a representative of Ukraine's Defense Intelligence said on national television."],
    "other", "frontline", 2, "russia-reservist-call-up-claim-2030-09-09", n="reinforcements: other/frontline"),
  E("2030-09-09 17:25", "Norway allocates $280 million for Ukrainian naval drones",
    ["Norway will spend about $280 million this year on Ukrainian-made naval drones and on training their crews, the Norwegian defense minister announced on Monday."],
    "aid", "aid", 3, "norway-naval-drones-funding-2030-09-09"),
  E("2030-09-09 14:00", "Sanctions without enforcement are an invitation to Moscow",
    ["Every new package of restrictions is announced with fanfare, yet the tankers of Russia's shadow fleet still sail through the Danish straits almost every day.",
     "Until Europe is ready to stop and inspect those ships, the Kremlin will treat sanctions as a tax it can afford, not as a threat to its war machine."],
    "diplomacy", "diplomacy", 2, "opinion-sanctions-enforcement-2030-09-09", a="Mykola Derkach", label="Opinion", show_author=True,
    n="opinion column (theme piece): own story, importance 2"),
  E("2030-09-09 11:30", "Russian guided bombs kill two in Kostiantynivka",
    ["Two civilians were killed and five injured when Russian aircraft dropped guided bombs on Kostiantynivka in Donetsk Oblast on Monday morning, the regional prosecutor's office reported."],
    "strikes", "strikes", 3, "kostiantynivka-guided-bombs-2030-09-09"),
  E("2030-09-09 08:15", "Zelensky signs law raising bonuses for drone crews who hit enemy equipment",
    ["President Volodymyr Zelensky has signed a law that raises payments to drone crews for confirmed hits on Russian armored vehicles and artillery, the parliament's website shows.",
     "The law will take effect on October 1."],
    "other", "politics", 2, "drone-crew-bonus-law-2030-09-09"),
  ]))

# ---------------------------------------------------------------- 18705 Euromaidan Press (daily war review article, html)
EP_T = "2030-09-11 20:36"
EP_BY = "Olha Kravets"
SEEDS.append(dict(
  id="18705", name="18705_euromaidanpress-warreview", ext="html", source="Euromaidan Press", zone="Europe/Kyiv", render=r_euromaidan,
  title="Russo-Ukrainian war, day 3,122: Ukrainian drones halt Volgograd refinery as EU targets Russian LNG",
  url="https://euromaidanpress.com/2030/09/11/russo-ukrainian-war-day-3122/", published=EP_T, byline=EP_BY,
  lede="Daily review of the situation at the front, Russian strikes on Ukraine and international support, compiled by Euromaidan Press.",
  tags=["Russo-Ukrainian war review", "Volgograd", "sanctions", "Kupiansk"],
  related=["Russo-Ukrainian war, day 3,121: Russia sends 140 drones at western Ukraine overnight", "Ukraine's interceptor drones, explained"],
  basis="no per-item time; every item takes the article stamp '2030/09/11 - 20:36' (Kyiv time, no zone printed; Yoast JSON-LD datePublished 2030-09-11T17:36:00+00:00 agrees); local {d} in {z}",
  notes="Imitates a Euromaidan Press daily war review (WordPress HTML, Yoast JSON-LD @graph whose NewsArticle datePublished is in UTC '+00:00'). Visible stamp 'YYYY/MM/DD - HH:MM' next to the author name, Kyiv time. h2 section labels (Military, Frontline, International, Humanitarian, Political) are not entries; each h3 item headline with its paragraphs is one entry (stamp null, published = article time). 'Read more:' link lines after some items are related links, not body. The page byline is used as every item's author.",
  not_entries=["header logo, tagline 'News and views from Ukraine', menu, 'Support us on Patreon'", "category link 'Ukraine war'", "article title (h1)", "author and stamp line",
               "share buttons", "italic lede 'Daily review of the situation...'", "h2 section labels (Military, Frontline, International, Humanitarian, Political)",
               "'Read more:' link lines after items", "donation box", "tags", "Related Posts", "footer"],
  entries=[
  E(EP_T, "Drones halt primary processing unit at Volgograd refinery",
    ["Ukrainian long-range drones struck the Lukoil refinery in Volgograd overnight, setting fire to its main crude distillation unit, Ukraine's General Staff reported.",
     "Russian regional authorities said the fire had been put out by morning and that there were no casualties. Industry sources cited by Russian media said the refinery had stopped primary processing for at least two weeks."],
    "strikes", "strikes", 3, "volgograd-refinery-drone-strike-2030-09-11", a=EP_BY, sect="Military", more="Why Ukraine keeps hitting Russia's refineries",
    n="the article's title story (editor signal): importance 3"),
  E(EP_T, "Guided bombs kill three in Kupiansk district",
    ["Three civilians were killed and four injured when Russian aircraft dropped guided bombs on villages in the Kupiansk district of Kharkiv Oblast, regional governor Oleh Syniehubov reported."],
    "strikes", "strikes", 3, "kupiansk-district-guided-bombs-2030-09-11", a=EP_BY, sect="Military"),
  E(EP_T, "Ukrainian forces push back assault group near Siversk",
    ["Ukrainian troops of the 54th Mechanized Brigade repelled a Russian assault group that had tried to advance on motorcycles and light vehicles near Siversk, the brigade said, releasing drone footage of the fighting.",
     "Ukraine's General Staff reported 168 combat clashes along the front over the day, with the highest number near Pokrovsk and Kostiantynivka."],
    "other", "frontline", 2, "siversk-assault-repelled-2030-09-11", a=EP_BY, sect="Frontline"),
  E(EP_T, "EU ambassadors approve sanctions package targeting Russian LNG transshipment",
    ["EU ambassadors agreed on a new package of sanctions against Russia that bans the transshipment of Russian liquefied natural gas through European ports and adds 74 shadow-fleet vessels to the list of ships barred from EU services.",
     "The package still needs formal approval by foreign ministers, expected next week."],
    "diplomacy", "diplomacy", 3, "eu-sanctions-package-lng-2030-09-11", a=EP_BY, sect="International"),
  E(EP_T, "Danish fund for Ukrainian artillery grows by €400 million",
    ["Denmark and four partner countries added €400 million to the fund that buys howitzers and artillery shells directly from Ukrainian manufacturers, the Danish Ministry of Defence said."],
    "aid", "aid", 3, "danish-model-artillery-fund-2030-09-11", a=EP_BY, sect="International", more="How the Danish model changed Ukraine's defence industry"),
  E(EP_T, "Occupation authorities deport 30 children from Kakhovka district, ombudsman says",
    ["Russian occupation authorities have taken 30 children from the occupied Kakhovka district of Kherson Oblast to so-called health camps in Russia's Krasnodar Krai, Ukraine's ombudsman Dmytro Lubinets said, calling it a deportation."],
    "other", "humanitarian", 2, "kakhovka-children-deportation-2030-09-11", a=EP_BY, sect="Humanitarian"),
  E(EP_T, "Verkhovna Rada passes first reading of 2031 budget with record defence spending",
    ["Ukraine's parliament approved in the first reading a draft 2031 state budget that allocates about 27% of GDP to defence and security, the highest share since the full-scale invasion began."],
    "other", "politics", 2, "budget-2031-first-reading-2030-09-11", a=EP_BY, sect="Political"),
  ]))

# ---------------------------------------------------------------- 18706 Kyiv Post (evening roundup article, txt)
KP_T = "2030-09-13 21:05"
KP_BY = "Yulia Bondarenko"
SEEDS.append(dict(
  id="18706", name="18706_kyivpost-roundup", ext="txt", source="Kyiv Post", zone="Europe/Kyiv", render=r_kyivpost_article,
  title="Ukraine War Roundup: Kryvyi Rih Hotel Hit, Zelensky in Warsaw, Spotter Detained in Odesa",
  section="War in Ukraine", published=KP_T, byline=KP_BY,
  standfirst="Kyiv Post's evening summary of the main developments of Friday, Sept. 13.",
  caption="A damaged hotel building in Kryvyi Rih after a Russian missile strike on Sept. 13. Photo: Kryvyi Rih City Military Administration",
  intro="Russia struck a central hotel in Kryvyi Rih on Friday, while President Volodymyr Zelensky flew to Warsaw for talks with his Polish counterpart. Here is what else happened.",
  tags=["Kryvyi Rih", "Poland", "SBU", "Sweden"],
  basis="no per-section time; every section takes the article's date line 'September 13, 2030, 9:05 pm' (Kyiv time, no zone printed); local {d} in {z}",
  notes="Imitates a Kyiv Post article (evening roundup) as copied from a browser: section label, headline, standfirst, 'by NAME', date line 'September 13, 2030, 9:05 pm' (12-hour clock, Kyiv time, no zone), photo caption, an intro paragraph summarising the day (lede, not an entry), then six Title Case subheads, each one entry with stamp null and the article's time. 'See Also:' lines between sections are related-article links. The article byline is every section's author.",
  not_entries=["'Skip to main content', brand line, membership/newsletter links, section menu", "section label 'War in Ukraine'", "headline and standfirst", "byline and date line",
               "photo caption", "intro paragraph (lede)", "'See Also:' links", "Telegram promo", "tags line", "correction note", "copyright"],
  entries=[
  E(KP_T, "Missile Hits Hotel in Kryvyi Rih, Killing Four",
    ["A Russian Iskander-M missile struck a hotel in the center of Kryvyi Rih in the early afternoon, killing four people and injuring 19, the head of the city's military administration said.",
     "Rescuers worked through the evening to clear the collapsed upper floors. The hotel had been housing volunteers of an international humanitarian mission, local officials said."],
    "strikes", "strikes", 3, "kryvyi-rih-hotel-missile-strike-2030-09-13", a=KP_BY, see="Kryvyi Rih's Steelworkers Keep the Furnaces Burning Under Fire"),
  E(KP_T, "Zelensky Visits Warsaw for Talks With Nawrocki on Air Defense and Grain Transit",
    ["President Volodymyr Zelensky met Polish President Karol Nawrocki in Warsaw on Friday, their first meeting in the Polish capital this year.",
     "The two leaders discussed joint air defense over western Ukraine, the transit of Ukrainian grain through Polish ports and the exhumation of Polish victims in Volyn, Zelensky's office said."],
    "diplomacy", "diplomacy", 3, "zelensky-nawrocki-warsaw-talks-2030-09-13", a=KP_BY),
  E(KP_T, "Sweden to Deliver Two More Archer Howitzer Batteries",
    ["Sweden will send two more batteries of Archer self-propelled howitzers to Ukraine next spring as part of a package worth about 2.3 billion kronor, the Swedish government announced."],
    "aid", "aid", 3, "sweden-archer-batteries-2030-09-13", a=KP_BY, see="Ukraine's Artillery Crews Say Western Guns Wear Out Faster Than Expected",
    n="package of about 2.3 billion kronor (over EUR 150 million): importance 3"),
  E(KP_T, "SBU Detains Alleged Russian Spotter in Odesa",
    ["The Security Service of Ukraine detained a 41-year-old Odesa port worker suspected of sending Russian forces the locations of air defense units and grain terminals, the SBU said.",
     "He faces life imprisonment on treason charges."],
    "other", "security", 2, "odesa-spotter-detained-2030-09-13", a=KP_BY),
  E(KP_T, "Russia Says It Took Village Near Pokrovsk; Kyiv Denies",
    ["Russia's Defense Ministry claimed its forces had taken the village of Udachne west of Pokrovsk, a claim the spokesperson of Ukraine's Khortytsia group of forces called false.",
     "Kyiv Post could not independently verify either side's statements."],
    "other", "frontline", 2, "udachne-capture-claim-2030-09-13", a=KP_BY),
  E(KP_T, "Cabinet Extends Electricity Import Subsidies Ahead of Heating Season",
    ["Ukraine's government extended compensation for companies that import electricity from the EU until the end of March, the Ministry of Energy said, hoping to reduce outages if Russia resumes large-scale attacks on the grid."],
    "other", "politics", 2, "electricity-import-subsidies-extended-2030-09-13", a=KP_BY),
  ]))

# ---------------------------------------------------------------- 18707 Suspilne (English news listing, html)
SEEDS.append(dict(
  id="18707", name="18707_suspilne-news", ext="html", source="Suspilne", zone="Europe/Kyiv", render=r_suspilne,
  title="News", doc_title="News \u2014 Suspilne",
  basis="visible stamp '{s}' (Kyiv time, no zone printed); the <time datetime> attribute gives the same instant in UTC ({u}Z); local {d} in {z}",
  notes="Imitates the English news listing of Suspilne (Public Broadcasting Company of Ukraine), a Next.js page. Cards newest first: rubric label, headline, lead paragraph, stamp '15 September 2030, 22:30' (Kyiv time) inside <time> whose datetime attribute is in UTC with milliseconds ('2030-09-15T19:30:00.000Z'). A __NEXT_DATA__ JSON script repeats ids, titles and UTC times. No authors on cards (author null). A YouTube banner follows the third card. One off-beat card (rowing).",
  not_entries=["header logo, 'Public Broadcasting Company of Ukraine', navigation, UA/EN switch", "page heading 'News'", "rubric labels on the cards (War, Kharkiv, Sport, Society)",
               "YouTube banner after the third card", "'Show more' button", "footer", "__NEXT_DATA__ script"],
  entries=[
  E("2030-09-15 22:30", "Russian drones hit energy facility in Chernihiv region, 30,000 households without power",
    ["Russian attack drones struck an energy facility in the Nizhyn district of Chernihiv region in the evening, leaving about 30,000 households without electricity, regional power company Chernihivoblenergo said. Repair crews will start work once the threat of repeated attacks is over."],
    "strikes", "strikes", 2, "nizhyn-energy-facility-drone-strike-2030-09-15", cat="War"),
  E("2030-09-15 20:15", "Ukraine brings home 84 prisoners of war in Qatar-mediated exchange",
    ["Eighty-four Ukrainian servicemen, among them 12 National Guard soldiers captured in the first year of the full-scale war, returned home in an exchange of prisoners mediated by Qatar, the Coordination Headquarters for the Treatment of Prisoners of War said. Russia received the same number of its soldiers."],
    "diplomacy", "diplomacy", 3, "qatar-mediated-prisoner-exchange-2030-09-15", cat="War"),
  E("2030-09-15 17:40", "Russian guided bomb hits residential area of Kharkiv, nine injured",
    ["A Russian guided aerial bomb hit a residential area in Kharkiv's Saltivskyi district, injuring nine people, including two children, Kharkiv regional governor Oleh Syniehubov said. Several high-rise buildings and cars were damaged."],
    "strikes", "strikes", 2, "kharkiv-saltivskyi-guided-bomb-2030-09-15", cat="Kharkiv"),
  OFF("2030-09-15 15:05", "Ukrainian rower Olena Stepaniuk wins gold at World Championships",
    ["Ukrainian rower Olena Stepaniuk won the women's single sculls final at the World Rowing Championships in Lucerne, bringing Ukraine its first gold medal of the championships."],
    "rowing-world-championships-gold-2030-09-15", n="sport", cat="Sport"),
  E("2030-09-15 12:20", "Veterans ministry launches retraining grants for 20,000 former soldiers",
    ["The Ministry of Veterans Affairs has launched a programme of retraining grants worth up to 50,000 hryvnias each for 20,000 demobilised servicemen and women, the ministry said at a presentation in Lviv."],
    "other", "politics", 2, "veterans-retraining-grants-2030-09-15", cat="Society"),
  E("2030-09-15 10:00", "Zelensky: Ukraine begins serial production of its own ballistic missile",
    ["Ukraine has started serial production of a domestically developed ballistic missile with a range of up to 500 kilometres, President Volodymyr Zelensky said in an interview with Suspilne. He did not say how many missiles would be produced this year."],
    "other", "security", 2, "ukrainian-ballistic-missile-production-2030-09-15", cat="War",
    n="Ukraine's own weapons production (not a transfer from a partner): other/security"),
  E("2030-09-15 07:45", "Overnight attack: Russia launched 112 drones and three Iskander-M missiles",
    ["Russia attacked Ukraine overnight with three Iskander-M ballistic missiles and 112 attack drones, the Air Force said. Air defence forces shot down or suppressed 94 drones and one missile; hits were recorded in Kyiv, Chernihiv and Poltava regions."],
    "strikes", "strikes", 3, "overnight-combined-attack-2030-09-15", cat="War", n="100+ drones in one night: importance 3"),
  ]))

# ---------------------------------------------------------------- 18708 Hromadske International (day summary article, txt)
HR_T = "2030-09-17 18:20"
HR_BY = "Anastasiia Levchenko"
SEEDS.append(dict(
  id="18708", name="18708_hromadske-daysummary", ext="txt", source="Hromadske International", zone="Europe/Kyiv", render=r_hromadske,
  title="Ukraine on 17 September: a deadly drone strike on Odesa port, a €4.2 billion EU tranche and Kallas in Kyiv",
  section="News", published=HR_T, byline=HR_BY,
  standfirst="The key events of the day in one text.",
  caption="The port of Odesa after the morning drone attack, 17 September 2030. Photo: Odesa Regional Military Administration",
  intro="Russian drones killed a crane operator at the port of Odesa, the EU released another loan tranche, and the EU's top diplomat came to Kyiv. Here is what happened on Tuesday.",
  related=["What we know about Russia's new glide bombs", "How Odesa's port keeps working under fire"],
  basis="no per-section time; every section takes the article's date line '17 September 2030, 18:20' (Kyiv time, no zone printed); local {d} in {z}",
  notes="Imitates an English-language hromadske article (day summary) as copied from a browser: rubric, headline, standfirst, author name alone on its line, date line '17 September 2030, 18:20' (Kyiv time), photo caption, an intro paragraph (lede), then five subheaded sections, one entry each (stamp null, the article's time, the article's author). One section is off-beat (metro opening).",
  not_entries=["brand bar, menu, UA/EN switch, 'Support hromadske'", "rubric 'News'", "headline and standfirst", "author line and date line", "photo caption",
               "intro paragraph (lede)", "share row", "'Read also' and its two links", "reader-funding appeal and 'Support' button", "copyright"],
  entries=[
  E(HR_T, "Drone attack on Odesa port kills crane operator",
    ["Russian attack drones hit the port of Odesa early on Tuesday, killing a 52-year-old crane operator and injuring five other workers, Odesa regional governor Oleh Kiper said.",
     "Two grain silos and a berth used by ships in the Ukrainian corridor were damaged. A Panama-flagged bulk carrier moored nearby was not hit."],
    "strikes", "strikes", 3, "odesa-port-drone-strike-2030-09-17", a=HR_BY),
  E(HR_T, "EU disburses €4.2 billion tranche",
    ["The European Commission transferred €4.2 billion to Ukraine under its loan programme financed from the proceeds of frozen Russian assets, Ukraine's Ministry of Finance said.",
     "The money will go to the salaries of teachers and doctors and to equipment for the energy system."],
    "aid", "aid", 3, "eu-loan-tranche-2030-09-17", a=HR_BY),
  E(HR_T, "Kallas: the EU will not trade Ukraine's borders",
    ["EU foreign policy chief Kaja Kallas, on her fourth visit to Kyiv, said the European Union would not recognise any change of Ukraine's borders by force, whatever the outcome of future talks.",
     "She also announced €90 million for the repair of heating plants damaged by Russian strikes."],
    "diplomacy", "diplomacy", 3, "kallas-kyiv-visit-2030-09-17", a=HR_BY, sec=["aid"]),
  E(HR_T, "Mandatory evacuation of families with children expanded in Donetsk region",
    ["The Donetsk regional military administration ordered the mandatory evacuation of families with children from 11 more villages in the Kramatorsk and Sloviansk districts because of intensified shelling.",
     "About 380 children still live in those villages, according to the administration."],
    "other", "humanitarian", 2, "donetsk-mandatory-evacuation-children-2030-09-17", a=HR_BY),
  OFF(HR_T, "Kyiv metro line to Vynohradar opens after two decades of construction",
    ["Three new metro stations on the line to Kyiv's Vynohradar neighbourhood opened to passengers on Tuesday, almost two decades after construction began.",
     "The extension adds 4.5 kilometres of track to the city's green line."],
    "kyiv-metro-vynohradar-opening-2030-09-17", a=HR_BY, n="city transport"),
  ]))

# ---------------------------------------------------------------- 18709 Babel (English RSS, xml)
SEEDS.append(dict(
  id="18709", name="18709_babel-news", ext="xml", source="Babel", zone="Europe/Kyiv", render=r_babel_rss,
  title="Babel \u2014 News",
  basis="RSS pubDate '{s}' (explicit +0300 offset, Kyiv summer time); local {d} in {z}",
  notes="Imitates Babel's English RSS 2.0 feed. Newest first; each item: title, link, guid, pubDate with +0300, dc:creator where the site names an author (one item has none: author null), category, and a CDATA description holding the whole short text as <p> paragraphs (body_paragraphs counts them). No off-beat item.",
  not_entries=["channel title, link, description, language, lastBuildDate and atom:link", "category labels"],
  entries=[
  E("2030-09-19 22:40", "The Armed Forces of Ukraine confirmed a strike on a Russian patrol ship near Novorossiysk",
    ["Ukraine's Navy confirmed that sea drones had hit a Russian Project 22160 patrol ship near Novorossiysk on Thursday evening.",
     "The extent of the damage is being clarified. The Russian Defense Ministry said its forces had destroyed five unmanned boats in the Black Sea."],
    "strikes", "strikes", 2, "novorossiysk-patrol-ship-sea-drones-2030-09-19", a="Daria Hrytsai", cat="News"),
  E("2030-09-19 19:55", "Russia struck Bila Tserkva with missiles — two people were killed",
    ["Russian missiles hit an industrial enterprise in Bila Tserkva in Kyiv region on Thursday afternoon, killing two employees and injuring seven, the head of the Kyiv Regional Military Administration reported.",
     "A fire broke out over an area of about 600 square meters. Rescuers have extinguished it."],
    "strikes", "strikes", 3, "bila-tserkva-missile-strike-2030-09-19", a="Daria Hrytsai", cat="News"),
  E("2030-09-19 16:30", "Poland will spend 1 billion zlotys on training Ukrainian soldiers next year",
    ["Poland will allocate 1 billion zlotys in next year's budget to train Ukrainian soldiers on its territory, the Polish Ministry of National Defence said.",
     "More than 30,000 Ukrainian servicemen have been trained in Poland since the start of the full-scale invasion."],
    "aid", "aid", 3, "poland-training-ukrainian-soldiers-funding-2030-09-19", a="Yevhen Mazur", cat="News",
    n="about EUR 235 million: importance 3"),
  E("2030-09-19 13:15", "The Verkhovna Rada dismissed the Minister of Strategic Industries",
    ["The Verkhovna Rada voted to dismiss the Minister of Strategic Industries, with 251 MPs in favor, MP Yaroslav Zhelezniak reported.",
     "The minister had been criticized for delays in the production of interceptor drones. A successor has not yet been named."],
    "other", "politics", 2, "strategic-industries-minister-dismissed-2030-09-19", a="Yevhen Mazur", cat="News"),
  E("2030-09-19 10:05", "NABU notified the former head of the Defense Procurement Agency of suspicion",
    ["The National Anti-Corruption Bureau notified the former head of the Defense Procurement Agency of suspicion of abuse of office in the purchase of mortar shells worth 1.2 billion hryvnias.",
     "According to investigators, some of the shells were delivered a year late."],
    "other", "politics", 2, "defense-procurement-agency-suspicion-2030-09-19", cat="News"),
  E("2030-09-19 07:20", "The Russians advanced near Siversk and Lyman — DeepState",
    ["Russian troops have advanced near Siversk in Donetsk region and near Lyman, according to the DeepState monitoring project.",
     "The analysts also recorded Ukrainian advances near Kupiansk."],
    "other", "frontline", 2, "siversk-lyman-advances-2030-09-19", a="Daria Hrytsai", cat="News"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_tregarth(S):
    """Tregarth Herald (invented, London): text live blog, newest first. Page byline, date line, 'Key Points' block listing
    entry headlines as bullets, then posts: '18.05 BST' line, headline, body, 'Share' line."""
    z = S["zone"]; in_order(S, True)
    L = ["Tregarth Herald", "Home   UK   World   Ukraine   Business   Climate   Sport   Opinion   Culture", "Sign in   Subscribe", "",
         "Ukraine", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "", "Key Points"]
    L += [f"\u2022 {e['h']}" for e in S["entries"] if e["kp"]]
    L += ["Show key events only", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"]]
        L += (lines_of(e["p"]) if e["p"] else [e["placeholder"], ""])
        L += ["Share", ""]
        if i == 3:
            L += ["Sign up to First Edition, our free daily newsletter \u2013 every weekday morning at 7am BST", ""]
    L += ["Earlier posts are on yesterday's live page.", "", "About us   Contact   Complaints & corrections   Terms & conditions   Privacy policy",
          f"\u00a9 {dt(S['entries'][0]['t'], z).year} Tregarth Herald Media Ltd"]
    return "\n".join(L) + "\n", stamps


def r_glenshee(S):
    """Glenshee Courier (invented, Kyiv): HTML live blog, oldest first. JSON-LD @graph with WebPage, Organization and a
    LiveBlogPosting whose liveBlogUpdate items carry their own datePublished (+03:00), headline, articleBody and author[].
    Visible: dateline, <time datetime=...>HH:MM</time>, h2 headline, 'By NAME', body, share row."""
    z = S["zone"]; in_order(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#post-{5120 + i}", "headline": e["h"], "datePublished": iso(d),
                    "articleBody": "\n\n".join(e["p"]), "author": [{"@type": "Person", "name": e["a"]}]})
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"]},
        {"@type": "Organization", "@id": "https://glensheecourier.example/#org", "name": "Glenshee Courier"},
        {"@type": "LiveBlogPosting", "@id": S["url"] + "#live", "headline": S["title"], "mainEntityOfPage": {"@id": S["url"]},
         "datePublished": iso(first), "dateModified": iso(last), "coverageStartTime": iso(first.replace(hour=6, minute=0)),
         "coverageEndTime": iso(first.replace(hour=23, minute=59)), "publisher": {"@id": "https://glensheecourier.example/#org"},
         "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Glenshee Courier</title>', ldjson(ld), '</head><body>',
           '<div class="cookie-bar">We use cookies to improve your experience. <button>Accept</button> <button>Settings</button></div>',
           '<header><a class="brand" href="/">Glenshee Courier</a><nav><a href="/war">War</a> <a href="/politics">Politics</a> <a href="/economy">Economy</a> '
           '<a href="/regions">Regions</a> <a href="/opinion">Opinion</a></nav><a class="donate" href="/donate">Donate</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>', '<div class="live-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="live-post" id="post-{5120 + i}"><time datetime="{iso(d)}">{st}</time><h2>{esc(e["h"])}</h2>'
                   f'<p class="live-post__author">By {esc(e["a"])}</p>' + "".join(f'<p>{esc(p)}</p>' for p in e["p"]) +
                   '<div class="live-post__share"><a>Copy link</a> <a>Share</a></div></article>')
        if i == 2:
            out.append(f'<aside class="related"><h3>Read also</h3><a href="/analysis">{esc(S["related"])}</a></aside>')
    out += ['</div><p class="live-end">We will be back with more updates tomorrow morning.</p></main>',
            f'<footer>\u00a9 {first.year} Glenshee Courier \u00b7 <a href="/about">About</a> \u00b7 <a href="/privacy">Privacy</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """generic RSS 2.0 (invented outlets): newest first; pubDate with the page's numeric offset (or GMT); optional dc:creator;
    plain-text description (first paragraph when S['full'] is set, which adds content:encoded with every paragraph)."""
    z = S["zone"]; in_order(S, True); gmt = S.get("gmt", False)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}/</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', '<ttl>15</ttl>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), gmt)}</lastBuildDate>',
           f'<atom:link href="{S["url"]}/feed.xml" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt); stamps.append(st)
        url = f"{S['url']}/{e.get('sect', 'news')}/{d:%Y/%m/%d}/{slugify(e['h'])}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>', f'<guid isPermaLink="false">{S["guid"]}-{int(d.timestamp())}</guid>',
                f'<pubDate>{st}</pubDate>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        if e.get("cat"):
            out.append(f'<category>{esc(e["cat"])}</category>')
        if S.get("full"):
            out.append(f'<description>{esc(e["p"][0])}</description>')
            out.append('<content:encoded><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content:encoded>')
        else:
            out.append(f'<description>{esc(" ".join(e["p"]))}</description>')
        out.append('</item>')
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """generic Atom 1.0 (invented outlets): newest first; <published>/<updated> ISO with the page's offset (or Z);
    <author><name> when known; escaped-HTML <content type="html"> (or a plain <summary> when S['summary_only'])."""
    z = S["zone"]; in_order(S, True)
    def stamp(d):
        return isoz(d) if S["zone"] == "UTC" else iso(d)
    top = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
           f'<title>{esc(S["title"])}</title>', f'<subtitle>{esc(S["lede"])}</subtitle>',
           f'<link rel="alternate" type="text/html" href="{S["url"]}/"/>', f'<link rel="self" type="application/atom+xml" href="{S["url"]}/atom.xml"/>',
           f'<id>{S["url"]}/</id>', f'<updated>{stamp(top)}</updated>']
    stamps = []
    for e in S["entries"]:
        d = dt(e["t"], z); st = stamp(d); stamps.append(st)
        url = f"{S['url']}/{d:%Y/%m/%d}/{slugify(e['h'])}"
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link rel="alternate" type="text/html" href="{url}"/>',
                f'<id>tag:{S["url"].split("//")[1]},{d:%Y-%m-%d}:{slugify(e["h"])[:40]}</id>', f'<published>{st}</published>',
                f'<updated>{stamp(d + timedelta(minutes=e.get("upd", 0)))}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if e.get("cat"):
            out.append(f'<category term="{attr(e["cat"])}"/>')
        if S.get("summary_only"):
            out.append(f'<summary type="text">{esc(" ".join(e["p"]))}</summary>')
        else:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_gorselea(S):
    """Gorselea Post (invented, Warsaw): HTML live page, newest first. Page JSON-LD is a plain NewsArticle with page-level dates only.
    Each post: stamp '23.09.2030, 21:15' (Warsaw time; the header says 'All times CEST'), h3 headline, body, 'Author: NAME'.
    A 'Photos:' gallery post has only a placeholder."""
    z = S["zone"]; in_order(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": iso(first.replace(hour=6, minute=30)), "dateModified": iso(last),
          "author": {"@type": "Organization", "name": "Gorselea Post"}, "inLanguage": "en"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 Gorselea Post</title>', ldjson(ld), '</head><body>',
           '<header class="gp-top"><a class="gp-logo" href="/">Gorselea Post</a><span class="gp-tag">English edition</span>'
           '<nav><a href="/poland">Poland</a> <a href="/ukraine">Ukraine</a> <a href="/europe">Europe</a> <a href="/business">Business</a> <a href="/sport">Sport</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<div class="gp-meta">{esc(S["dateline"])}</div>', f'<p class="gp-lead">{esc(S["lede"])}</p>', '<section class="gp-live">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y, %H:%M}"; stamps.append(st)
        body = "".join(f'<p>{esc(p)}</p>' for p in e["p"]) if e["p"] else f'<div class="gp-gallery"><span>{esc(e["placeholder"])}</span></div>'
        out.append(f'<div class="gp-post"><div class="gp-post__time">{st}</div><h3>{esc(e["h"])}</h3>{body}'
                   f'<div class="gp-post__author">Author: {esc(e["a"])}</div></div>')
        if i == 3:
            out.append(f'<aside class="gp-box"><h4>Also on Gorselea Post</h4><a href="/ukraine/analysis">{esc(S["related"])}</a></aside>')
    out += ['</section></main>', f'<footer>Gorselea Post \u00b7 Warsaw \u00b7 \u00a9 {last.year} \u00b7 <a href="/contact">Contact</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_fenwarden(S):
    """Fenwarden Gazette (invented, Dublin): text live blog, oldest first. One note 'Times are Irish time (IST)' under the
    date line; each post: bare 'HH:MM', headline, body, signature '\u2013 NAME'. A syndicated post is introduced by a label line."""
    z = S["zone"]; in_order(S, False)
    L = ["FENWARDEN GAZETTE", "News   Ireland   World   Ukraine   Business   Sport   Opinion", "", S["title"], S["dateline"], S["tznote"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st]
        if e.get("label"):
            L += [e["label"]]
        L += [e["h"], ""] + lines_of(e["p"]) + [f"\u2013 {e['a']}", ""]
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["This live blog has now closed. Our coverage continues tomorrow.", "", "\u00a9 Fenwarden Gazette. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_skirrid(S):
    """Skirrid Daily (invented, Kyiv): text live blog, newest first. Page byline; each post: headline, body, then a closing
    stamp line '\u2014 27 Sep, 21:40' (day and month, Kyiv time, NO year anywhere on the page; parse_args). Video post: placeholder."""
    z = S["zone"]; in_order(S, True)
    L = ["Skirrid Daily", "Live   War   Politics   Economy   Culture   Podcasts   Support us", "", S["title"], S["lede"], f"By {S['byline']}", "Live", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MON3[d.month - 1]}, {d:%H:%M}"; stamps.append(st)
        L += [e["h"], ""] + (lines_of(e["p"]) if e["p"] else [e["placeholder"], ""]) + [f"\u2014 {st}", ""]
        if i == 3:
            L += ["Skirrid Daily is funded by readers. Join them for the price of a coffee a month.", ""]
    L += ["Load earlier posts", "", "Skirrid Daily \u00b7 Kyiv \u00b7 independent news in English"]
    text = "\n".join(L) + "\n"
    assert not re.search(r"\b20\d\d\b", text), "the Skirrid page must print no year"
    return text, stamps


def r_balnagown(S):
    """Balnagown Herald (invented, Riga): HTML live blog, oldest first. JSON-LD LiveBlogPosting whose liveBlogUpdate items carry
    datePublished in UTC ('Z') and articleBody but NO headline. Visible: <time datetime='...Z'>HH:MM</time> showing Riga time,
    h2 headline, body; the page prints 'Riga time' once."""
    z = S["zone"]; in_order(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
          "datePublished": isoz(first), "dateModified": isoz(last), "coverageStartTime": isoz(first),
          "publisher": {"@type": "NewsMediaOrganization", "name": "Balnagown Herald"},
          "liveBlogUpdate": [{"@type": "BlogPosting", "datePublished": isoz(dt(e["t"], z)), "articleBody": " ".join(e["p"])} for e in S["entries"]]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>', ldjson(ld), '</head><body>',
           '<header class="bh"><a href="/" class="bh__logo">Balnagown Herald</a><nav><a href="/baltics">Baltics</a> <a href="/ukraine">Ukraine</a> '
           '<a href="/russia">Russia</a> <a href="/nordics">Nordics</a> <a href="/opinion">Opinion</a></nav><a href="/newsletter">Newsletter</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<div class="bh__date">{esc(S["dateline"])}</div>', f'<p class="bh__lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="bh-update"><time datetime="{isoz(d)}">{st}</time><h2>{esc(e["h"])}</h2>' +
                   "".join(f'<p>{esc(p)}</p>' for p in e["p"]) + '</div>')
        if i == 1:
            out.append('<div class="bh-promo"><p>Get the Baltic Morning briefing in your inbox.</p><a href="/newsletter">Sign up</a></div>')
    out += ['</main>', f'<footer>Balnagown Herald, Riga \u00b7 \u00a9 {first.year}</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_glenbervie(S):
    """Glenbervie Review (invented, Prague): HTML evening briefing article, NewsArticle JSON-LD (+02:00). Visible: kicker, h1,
    standfirst, 'By NAME', date line 'Friday 27 September 2030 \u00b7 19:30' (Prague time, no zone), then h2 sections (one entry each)."""
    z = S["zone"]; pub = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"], "datePublished": iso(pub),
          "dateModified": iso(pub), "author": {"@type": "Person", "name": S["byline"]},
          "publisher": {"@type": "Organization", "name": "Glenbervie Review"}, "articleSection": "Europe"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Glenbervie Review</title>', ldjson(ld), '</head><body>',
           '<header><a class="logo" href="/">Glenbervie Review</a><nav><a href="/czechia">Czechia</a> <a href="/europe">Europe</a> <a href="/ukraine">Ukraine</a> '
           '<a href="/business">Business</a> <a href="/culture">Culture</a></nav></header>',
           '<article>', '<p class="kicker">Evening briefing</p>', f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="byline">By {esc(S["byline"])}</p>', f'<p class="date">{WEEKDAYS[pub.weekday()]} {pub.day} {MONTHS[pub.month - 1]} {pub.year} \u00b7 {pub:%H:%M}</p>']
    for e in S["entries"]:
        assert e["t"] == S["published"]
        out += [f'<h2>{esc(e["h"])}</h2>'] + [f'<p>{esc(p)}</p>' for p in e["p"]]
    out += ['<p class="share">Share: <a>Facebook</a> <a>X</a> <a>Email</a></p>', f'<p class="more"><a href="/ukraine">{esc(S["more"])}</a></p>', '</article>',
            f'<footer>\u00a9 {pub.year} Glenbervie Review, Prague</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


# ================================================================ PART B: three invented multi-source days
# Day 1 = Sunday 2030-09-22 (UTC)
DNI = "dnipro-missile-strike-2030-09-22"
ZUN = "zelensky-un-security-council-2030-09-22"
NOR = "norway-air-defence-pledge-2030-09-22"
AN_H = "Analysis: Why Dnipro keeps getting hit"
AN_P = ["Dnipro sits at the junction of the railways, roads and power lines that feed Ukraine's eastern front, and its factories have built rockets since Soviet times. For Russian planners, that makes the whole city a target list.",
        "The city is also close enough to Russian launch areas that ballistic missiles arrive within three to four minutes, leaving little time for sirens and even less for interceptors.",
        "Air defence officers in the region say they are forced to choose between protecting industrial sites and residential districts, because there are not enough launchers to cover both."]
AN = "analysis-why-dnipro-keeps-getting-hit"

# ---------------------------------------------------------------- 18720 Tregarth Herald (day 1, text live, London)
TG_BY = "Ellen Marchbank"
SEEDS.append(dict(
  id="18720", name="18720_tregarth-textlive", ext="txt", source="Tregarth Herald", zone="Europe/London", render=r_tregarth,
  title="Russia-Ukraine war live: missile strike on Dnipro kills nine; Zelensky tells UN Russia answers peace with missiles",
  lede="Rescuers have spent the day searching a partly collapsed apartment block in Dnipro after a morning missile strike; Norway announces new funding for Ukraine's air defence; Volodymyr Zelensky addresses the UN security council in New York.",
  byline=TG_BY, dateline="Sunday 22 September 2030",
  basis="stamp '{s}' (BST printed, UTC+1) under the date line 'Sunday 22 September 2030'; local {d} in {z}",
  notes="Invented outlet (London). Text live blog, newest first. Page byline 'By Ellen Marchbank' (no per-post names: the page byline is every entry's author). A 'Key Points' block lists two entry headlines as bullets (18720-04 and 18720-06: key_point true, importance 3), followed by 'Show key events only'. Each post: 'HH.MM BST' line (dot separator), headline, body, 'Share'. 18720-03 is a 'Watch:' video teaser whose only content is the placeholder '[Video, 1:24]'. Must-not-merge: the Dnipro strike vs the Kherson drone killing (18720-05: another deadly Russian strike the same morning, in Kherson's Dniprovskyi district).",
  not_entries=["masthead, menu, 'Sign in Subscribe'", "section label 'Ukraine'", "page title", "standfirst/lede", "byline 'By Ellen Marchbank' and date line",
               "'Key Points' header and its two bullets (they repeat entry headlines)", "'Show key events only'", "'[Video, 1:24]' placeholder in the teaser",
               "'Share' after each post", "newsletter promo after the fourth post", "'Earlier posts are on yesterday's live page.'", "footer links and copyright"],
  entries=[
  E("2030-09-22 18:05", "Dnipro death toll rises to nine",
    ["Nine people are now known to have died in this morning's missile strike on Dnipro, the head of the regional military administration said, after rescuers pulled two more bodies from the collapsed entrance of the apartment block.",
     "Fifty-two people were injured, 19 of them children. Officials said the search would continue through the night because three residents were still unaccounted for."],
    "strikes", "strikes", 3, DNI, a=TG_BY, n="toll 9, 52 injured"),
  E("2030-09-22 15:20", "Zelensky tells UN security council Russia 'answers every peace initiative with missiles'",
    ["Speaking at the UN security council in New York a few hours after the Dnipro strike, Volodymyr Zelensky accused Moscow of answering every peace initiative with missiles and urged members to back a moratorium on strikes against cities and energy infrastructure.",
     "Russia's envoy replied that Kyiv was using the council as a stage to ask for more weapons."],
    "diplomacy", "diplomacy", 3, ZUN, a=TG_BY, n="a speech at the UN that mentions the Dnipro strike: its own story; must not merge with the strike"),
  E("2030-09-22 13:40", "Watch: Rescuers search the rubble in Dnipro", [],
    "strikes", "strikes", 1, DNI, a=TG_BY, placeholder="[Video, 1:24]", n="video teaser without text"),
  E("2030-09-22 12:25", "Russian missile strike on Dnipro kills at least seven",
    ["At least seven people were killed and 41 injured when Russian missiles hit a nine-storey apartment block and a bus station in Dnipro on Sunday morning, Ukrainian officials said.",
     "The regional governor said Russia had used Iskander-M ballistic missiles, which leave cities only minutes of warning. Part of the apartment block collapsed from the fifth floor to the ground.",
     "Ukraine's air force said it had not been able to intercept the missiles, which were launched from Russian-occupied territory in the east."],
    "strikes", "strikes", 3, DNI, a=TG_BY, kp=True, n="toll 7, 41 injured; listed under Key Points"),
  E("2030-09-22 10:40", "Man killed by Russian drone while cycling to work in Kherson",
    ["A 63-year-old man was killed when a Russian drone dropped explosives on him as he cycled to work in Kherson's Dniprovskyi district, the city's military administration said."],
    "strikes", "strikes", 3, "kherson-cyclist-drone-strike-2030-09-22", a=TG_BY,
    n="same theme (a deadly Russian strike on a Ukrainian city that morning), different event; must not merge with the Dnipro strike"),
  E("2030-09-22 10:05", "Norway pledges 5bn kroner for Ukraine's air defence",
    ["Norway will give Ukraine 5bn kroner (about \u00a3360m) this year to buy air defence systems and interceptor missiles, the Norwegian government has announced.",
     "The money will be spent through a joint fund with Germany and the Netherlands, Norway's defence ministry said."],
    "aid", "aid", 3, NOR, a=TG_BY, kp=True, n="listed under Key Points"),
  E("2030-09-22 08:35", "Five killed as missiles hit Dnipro apartment block",
    ["Russian missiles hit an apartment block in the central Ukrainian city of Dnipro early on Sunday, killing at least five people, according to the regional governor.",
     "Rescue teams were pulling residents from the rubble, and the number of injured had risen to 28, he said."],
    "strikes", "strikes", 3, DNI, a=TG_BY, n="toll 5, 28 injured"),
  ]))

# ---------------------------------------------------------------- 18721 Glenshee Courier (day 1, HTML live + JSON-LD, Kyiv)
SEEDS.append(dict(
  id="18721", name="18721_glenshee-ldlive", ext="html", source="Glenshee Courier", zone="Europe/Kyiv", render=r_glenshee,
  title="Live: Russian missiles hit Dnipro; Zelensky speaks at the UN Security Council", url="https://glensheecourier.example/live/war-2030-09-22",
  dateline="Sunday, 22 September 2030 \u00b7 Kyiv time",
  lede="Our live coverage of Russia's war against Ukraine. Updates are added throughout the day.",
  related="How Ukraine's cities prepare their shelters for winter",
  basis="visible '{s}' in <time datetime> (+03:00), the same as the update's JSON-LD datePublished; dateline 'Sunday, 22 September 2030 \u00b7 Kyiv time'; local {d} in {z}",
  notes="Invented outlet (Kyiv-based, English-language). HTML live blog, oldest first. JSON-LD @graph holding WebPage, Organization and a LiveBlogPosting whose liveBlogUpdate items carry their own datePublished (+03:00), headline, articleBody and an author array. Visible: <time datetime>HH:MM</time>, h2 headline, 'By NAME' line, body, share row. 18721-05 re-publishes 18721-02 almost verbatim with its stale toll (a comma added): duplicate_of 18721-02, importance 1. 18721-01 (overnight artillery on Nikopol, same Dnipropetrovsk region) must not merge with the Dnipro city missile strike.",
  not_entries=["cookie bar", "header brand, navigation, 'Donate'", "page title (h1)", "dateline 'Sunday, 22 September 2030 \u00b7 Kyiv time'", "standfirst",
               "'By NAME' lines (author, not body)", "'Copy link / Share' rows", "'Read also' box after the third post", "closing line 'We will be back with more updates tomorrow morning.'", "footer"],
  entries=[
  E("2030-09-22 07:15", "Russian artillery hits Nikopol overnight, one woman injured",
    ["Russian troops shelled Nikopol from across the Dnipro river several times overnight, injuring a 71-year-old woman and damaging a power line and four houses, the regional governor said.",
     "Nikopol, which lies opposite the occupied Zaporizhzhia nuclear plant, is shelled almost daily."],
    "strikes", "strikes", 2, "nikopol-overnight-shelling-2030-09-22", a="Taras Hnatiuk",
    n="same region (Dnipropetrovsk oblast), different and earlier event; must not merge with the Dnipro city strike"),
  E("2030-09-22 09:05", "Russian missiles strike Dnipro, at least three dead",
    ["Russian ballistic missiles struck a residential neighbourhood of Dnipro shortly before nine in the morning, killing at least three people and injuring 20, the head of the Dnipropetrovsk regional military administration said.",
     "One missile hit an apartment block on Kalynova street and another landed near the central bus station."],
    "strikes", "strikes", 3, DNI, a="Kateryna Melnyk", n="toll 3, 20 injured"),
  E("2030-09-22 10:50", "Dnipro: five dead, 28 injured as rescuers dig through collapsed entrance",
    ["The death toll from the morning strike on Dnipro has risen to five, with 28 people injured, including seven children, regional officials said.",
     "Emergency workers said one entrance of the nine-storey building had collapsed completely and that people could still be under the rubble."],
    "strikes", "strikes", 3, DNI, a="Kateryna Melnyk", n="toll 5"),
  E("2030-09-22 12:00", "Norway to spend NOK 5 billion on air defence for Ukraine",
    ["Norway will allocate NOK 5 billion to air defence for Ukraine, Prime Minister Jonas Gahr St\u00f8re announced, saying the decision had been taken before the attack on Dnipro but had become even more urgent since.",
     "Part of the money will go to Ukrainian-made interceptor drones."],
    "aid", "aid", 3, NOR, a="Taras Hnatiuk"),
  E("2030-09-22 13:30", "Russian missiles strike Dnipro, at least three dead",
    ["Russian ballistic missiles struck a residential neighbourhood of Dnipro shortly before nine in the morning, killing at least three people and injuring 20, the head of the Dnipropetrovsk regional military administration said.",
     "One missile hit an apartment block on Kalynova street, and another landed near the central bus station."],
    "strikes", "strikes", 1, DNI, a="Kateryna Melnyk", dup="18721-02", n="near-verbatim repeat of 18721-02 (re-published with the stale toll)"),
  E("2030-09-22 16:45", "Ukrainian forces repel assaults near Kupiansk, General Staff says",
    ["Ukrainian troops repelled 11 Russian assaults near Kupiansk over the day, the General Staff said, adding that fighting had also intensified south of Pokrovsk."],
    "other", "frontline", 2, "kupiansk-assaults-repelled-2030-09-22", a="Taras Hnatiuk"),
  E("2030-09-22 20:10", "Zelensky at UN: 'Russia answers every peace plan with missiles'",
    ["President Volodymyr Zelensky told the UN Security Council that Russia had answered every peace proposal with new strikes, pointing to Sunday's attack on Dnipro.",
     "He called on council members to support an international moratorium on strikes against cities and power plants."],
    "diplomacy", "diplomacy", 3, ZUN, a="Kateryna Melnyk", n="mentions the Dnipro attack but is the UN speech story; must not merge with the strike"),
  ]))

# ---------------------------------------------------------------- 18722 Brackenmoor World Service (day 1, RSS world feed, New York)
SEEDS.append(dict(
  id="18722", name="18722_brackenmoor-worldrss", ext="xml", source="Brackenmoor World Service", zone="America/New_York", render=r_rss,
  title="Brackenmoor World Service \u2013 World", url="https://news.brackenmoor.example", guid="bws",
  lede="International headlines from the Brackenmoor World Service desk in New York.",
  basis="RSS pubDate '{s}' (explicit -0400 offset, US Eastern Daylight Time); local {d} in {z}",
  notes="Invented outlet (New York). General world RSS 2.0 feed, newest first, pubDate with -0400; the war is a minority (4 of 6 items off-beat: hurricane, Chilean copper, Indian monsoon, New Zealand referendum). The oldest item is dated 'Sat, 21 Sep 2030 21:30:00 -0400' = 01:30 UTC on Sunday 22 September (same UTC day as the rest). Spellings 'Zelenskyy' and 'Dnepr' (for Dnipro). dc:creator only where printed.",
  not_entries=["channel title, link, description, language, ttl, lastBuildDate and atom:link", "category labels", "guids"],
  entries=[
  OFF("2030-09-22 15:40", "Hurricane Delia strengthens to Category 3 as it nears Bermuda",
    ["Hurricane Delia strengthened into a major Category 3 storm on Sunday as it moved toward Bermuda, where officials ordered schools and the airport closed for Monday."],
    "hurricane-delia-bermuda-2030-09-22", a="Carla Mendes", n="weather", cat="Weather"),
  E("2030-09-22 12:15", "Zelenskyy urges UN Security Council to back moratorium on strikes on cities",
    ["Ukrainian President Volodymyr Zelenskyy urged the UN Security Council on Sunday to back a moratorium on strikes against cities and power plants, hours after a Russian missile attack on the city of Dnepr killed at least seven people. Russia's ambassador dismissed the proposal as a publicity stunt."],
    "diplomacy", "diplomacy", 3, ZUN, a="Howard Lin", cat="World", n="spellings 'Zelenskyy', 'Dnepr'; mentions the strike but is the UN speech story"),
  OFF("2030-09-22 09:30", "Chile's copper output falls for a fifth straight month",
    ["Copper production in Chile fell 4.1% in August from a year earlier, the fifth monthly decline in a row, as ageing mines and water shortages weighed on output, the national statistics institute said."],
    "chile-copper-output-2030-09-22", n="economy", cat="Business"),
  E("2030-09-22 07:40", "Russian missile strike on Ukraine's Dnepr kills 7",
    ["Russian missiles struck an apartment building and a bus station in the Ukrainian city of Dnepr on Sunday, killing at least seven people and wounding 41, regional officials said."],
    "strikes", "strikes", 3, DNI, a="Howard Lin", cat="World", n="spelling 'Dnepr'; toll 7"),
  OFF("2030-09-22 05:10", "Kerala braces for heavy rain as late monsoon surge hits southern India",
    ["Authorities in the Indian state of Kerala closed schools in six districts and moved fishing boats to harbour as forecasters warned of extremely heavy rain from a late surge of the monsoon."],
    "kerala-monsoon-rain-2030-09-22", a="Priya Raman", n="weather", cat="Asia"),
  OFF("2030-09-21 21:30", "New Zealand opens referendum campaign on four-year parliamentary term",
    ["Campaigning formally began in New Zealand for a referendum on extending the parliamentary term from three to four years, with the vote set for November."],
    "new-zealand-term-referendum-2030-09-22", n="politics elsewhere", cat="Asia-Pacific",
    basis="RSS pubDate '{s}' (explicit -0400 offset): local {d} in {z} is {u} UTC, i.e. Sunday 22 September in UTC"),
  ]))

# ---------------------------------------------------------------- 18723 Drumlanrig Times (day 1, Atom, Berlin)
SEEDS.append(dict(
  id="18723", name="18723_drumlanrig-atom", ext="xml", source="Drumlanrig Times", zone="Europe/Berlin", render=r_atom,
  title="Drumlanrig Times \u2013 Europe and the war", url="https://www.drumlanrig-times.example",
  lede="Reporting and analysis from our Berlin newsroom",
  basis="Atom <published> '{s}' (explicit +02:00 offset, Central European Summer Time); local {d} in {z}",
  notes="Invented outlet (Berlin). Atom 1.0 feed, newest first, <published> with +02:00 and a later <updated> on some entries (published is the entry's time), <author><name>, escaped-HTML <content>. 18723-03 is a theme piece (analysis) about why Dnipro is targeted; it mentions the day's strike but is its own story. 18723-04 (Lithuanian generators) must not merge with Norway's air-defence pledge (same aid theme, different event).",
  not_entries=["feed title, subtitle, links, id and updated", "category terms"],
  entries=[
  E("2030-09-22 21:30", "Nine dead after Russian strike on Dnipro, Ukrainian officials say",
    ["The number of people killed by Sunday morning's Russian missile strike on the Ukrainian city of Dnipro has risen to nine, the regional administration said in the evening.",
     "Among the 52 injured are 19 children. Germany's foreign ministry condemned the attack as a deliberate strike on civilians."],
    "strikes", "strikes", 3, DNI, a="Lena Hartwig", upd=35, cat="Ukraine", n="toll 9"),
  E("2030-09-22 18:10", "Zelensky at the UN: Kyiv asks for an 'air shield' over its cities",
    ["Ukraine's President Volodymyr Zelensky used his speech at the UN Security Council to ask for more air defence systems and for an international moratorium on strikes against cities.",
     "Several European members of the council supported the idea of a moratorium, while Russia's representative rejected it."],
    "diplomacy", "diplomacy", 3, ZUN, a="Malte Brandis", sec=["aid"], cat="Ukraine"),
  E("2030-09-22 15:00", AN_H, AN_P, "strikes", "strikes", 2, AN, a="Lena Hartwig", cat="Analysis",
    n="theme piece (analysis); mentions the Dnipro attack but is its own story; must not merge with the Dnipro strike"),
  E("2030-09-22 12:20", "Lithuania sends 40 generators to Kherson region",
    ["Lithuania has delivered 40 industrial power generators to hospitals and water utilities in Ukraine's Kherson region ahead of the heating season, the Lithuanian foreign ministry said."],
    "aid", "aid", 2, "lithuania-generators-kherson-2030-09-22", a="Malte Brandis", cat="Ukraine",
    n="same aid theme as Norway's air-defence pledge, different event; must not merge"),
  E("2030-09-22 09:45", "Berlin court convicts two men over arson at arms factory",
    ["A Berlin court sentenced two men to four and six years in prison for setting fire to a warehouse of a German arms manufacturer that supplies Ukraine, finding that they had acted on behalf of Russian intelligence."],
    "other", "security", 2, "berlin-arms-factory-arson-verdict-2030-09-22", a="Sabine Okafor", upd=10, cat="Germany"),
  ]))

# Day 2 = Monday 2030-09-23 (UTC)
REF = "novokuibyshevsk-refinery-drone-strike-2030-09-23"
ZBR = "zelensky-brazil-president-meeting-2030-09-23"

# ---------------------------------------------------------------- 18730 Gorselea Post (day 2, HTML live, Warsaw)
SEEDS.append(dict(
  id="18730", name="18730_gorselea-htmllive", ext="html", source="Gorselea Post", zone="Europe/Warsaw", render=r_gorselea,
  title="Live: Ukraine hits Russian refinery in Samara region; Dnipro mourns 11 dead", url="https://gorseleapost.example/en/live/ukraine-2030-09-23",
  dateline="Monday, 23 September 2030 \u00b7 All times CEST (Warsaw)",
  lede="Follow our live coverage of the war across our eastern border.",
  related="What Poland's air-defence upgrade means for Rzesz\u00f3w",
  basis="stamp '{s}' (day.month.year and 24-hour Warsaw time; the page header says 'All times CEST (Warsaw)', UTC+2); local {d} in {z}",
  notes="Invented outlet (Warsaw, English edition). HTML live page, newest first; its JSON-LD is a plain NewsArticle with page-level dates only (no per-post data). Each post: stamp '23.09.2030, 21:15', h3 headline, body, 'Author: NAME' line after the body. 18730-03 is a 'Photos:' gallery teaser with only the placeholder '[Gallery: 14 photos]' (importance 1, story of the Dnipro strike it shows). 18730-06 continues the day-1 Dnipro strike (toll 11, day of mourning). Must-not-merge: the Novokuibyshevsk refinery strike vs the Feodosia oil-depot strike (18730-07: same theme, a Ukrainian strike on oil infrastructure the same night, in Crimea).",
  not_entries=["header logo, 'English edition', navigation", "page title (h1)", "header line with date and 'All times CEST (Warsaw)'", "lead paragraph",
               "'Author: NAME' lines (author, not body)", "'[Gallery: 14 photos]' placeholder", "'Also on Gorselea Post' box after the fourth post", "footer"],
  entries=[
  E("2030-09-23 21:15", "Polish jets scrambled as Russia launches drones at western Ukraine",
    ["Polish and allied aircraft were scrambled on Monday evening as Russia launched attack drones towards the Volyn and Lviv regions of Ukraine, the Operational Command of the Polish Armed Forces said.",
     "Ground-based air defence and radar systems were put on the highest state of readiness. No violation of Polish airspace was recorded."],
    "other", "security", 2, "poland-scrambles-jets-2030-09-23", a="Marek Zawisza", sec=["strikes"],
    n="Poland's defensive posture during a Russian attack on Ukraine (non-kinetic for Poland): other/security, secondary strikes"),
  E("2030-09-23 18:30", "Novokuibyshevsk refinery halts processing after drone strike, sources say",
    ["The refinery in Novokuibyshevsk in Russia's Samara region has stopped processing crude oil after Monday's drone attack damaged its main distillation unit, two industry sources told Russian business media.",
     "Regional authorities said the fire had been put out after eleven hours and that two workers had been injured."],
    "strikes", "strikes", 3, REF, a="Agata Lis", n="details grow: processing halted, two injured"),
  E("2030-09-23 15:10", "Photos: Dnipro mourns its dead", [],
    "strikes", "strikes", 1, DNI, a="Agata Lis", placeholder="[Gallery: 14 photos]", n="photo-gallery teaser without text; shows the day-1 Dnipro strike's aftermath"),
  E("2030-09-23 12:45", "Ukraine's General Staff confirms strike on Samara region refinery",
    ["Ukraine's General Staff confirmed that its drones had hit the Novokuibyshevsk refinery overnight, saying the plant supplies fuel to Russian forces in the south.",
     "According to the General Staff, a primary processing unit and a pumping station were hit."],
    "strikes", "strikes", 3, REF, a="Marek Zawisza"),
  E("2030-09-23 10:20", "Poland to train 5,000 more Ukrainian soldiers this winter",
    ["Poland will train an additional 5,000 Ukrainian soldiers at its bases this winter, most of them drone operators and combat engineers, the Polish defence ministry said on Monday."],
    "aid", "aid", 2, "poland-winter-training-ukrainian-soldiers-2030-09-23", a="Agata Lis"),
  E("2030-09-23 08:05", "Dnipro toll rises to 11; city declares day of mourning",
    ["Two more bodies were recovered overnight from the ruins of the apartment block hit by Russian missiles in Dnipro on Sunday, bringing the death toll to 11, the regional governor said.",
     "Monday has been declared a day of mourning in the city."],
    "strikes", "strikes", 3, DNI, a="Marek Zawisza", n="day-2 continuation of the day-1 Dnipro strike: toll 11, mourning"),
  E("2030-09-23 07:00", "Drones hit oil depot in Crimea's Feodosia, occupation officials say",
    ["A fire broke out at an oil depot in Feodosia in occupied Crimea after a Ukrainian drone attack overnight, the Russian-installed authorities said, adding that there were no casualties."],
    "strikes", "strikes", 2, "feodosia-oil-depot-drone-strike-2030-09-23", a="Agata Lis",
    n="same theme (Ukrainian drones on oil infrastructure the same night), different target; must not merge with the Novokuibyshevsk refinery strike"),
  ]))

# ---------------------------------------------------------------- 18731 Fenwarden Gazette (day 2, text live, oldest first, Dublin)
SEEDS.append(dict(
  id="18731", name="18731_fenwarden-textlive", ext="txt", source="Fenwarden Gazette", zone="Europe/Dublin", render=r_fenwarden,
  title="Ukraine live: drones set Russian refinery ablaze; Dnipro buries its dead", dateline="Monday 23 September 2030",
  tznote="Times are Irish time (IST)",
  lede="Ukraine says its drones hit a major refinery in Russia's Samara region; the toll from Sunday's missile strike on Dnipro rises to 11.",
  basis="bare time '{s}' under the date line 'Monday 23 September 2030'; the page says 'Times are Irish time (IST)' (Irish Standard Time, UTC+1 in summer); local {d} in {z}",
  notes="Invented outlet (Dublin). Text live blog, oldest first. Each post: bare 'HH:MM' line, headline, body, then a signature line '\u2013 NAME' (the author). The page prints once 'Times are Irish time (IST)': IST here is Irish Standard Time (UTC+1), not India Standard Time. 18731-02 is introduced by the label line 'This analysis first appeared in the Drumlanrig Times on Sunday.' and re-publishes the day-1 analysis 18723-03 verbatim (same headline and text, same author): a re-post of a day-1 entry, importance 1, same story; duplicate_of stays null because the original is on another page. 18731-03 is a theme piece (explainer on drone range) that must not merge with the refinery strike. 18731-05 repeats 18731-01 almost verbatim ('nobody' became 'no one'): duplicate_of 18731-01. Spellings 'Novokuibyshevsk' and 'Novokuybyshevsk'.",
  not_entries=["masthead and menu", "page title, date line and the 'Times are Irish time (IST)' note", "standfirst/lede", "signature lines '\u2013 NAME' (author, not body)",
               "label 'This analysis first appeared in the Drumlanrig Times on Sunday.'", "'ADVERTISEMENT' after the third post", "closing note 'This live blog has now closed...'", "copyright"],
  entries=[
  E("2030-09-23 06:10", "Ukrainian drones set Russian refinery ablaze in Samara region",
    ["A large fire broke out at the Novokuibyshevsk oil refinery in Russia's Samara region after an overnight drone attack, the regional governor said, adding that nobody had been hurt.",
     "Russia's defence ministry said it had shot down 38 Ukrainian drones over several regions during the night."],
    "strikes", "strikes", 3, REF, a="Niamh Corcoran"),
  E("2030-09-23 08:25", AN_H, AN_P, "strikes", "strikes", 1, AN, a="Lena Hartwig",
    label="This analysis first appeared in the Drumlanrig Times on Sunday.",
    n="re-post of day-1 entry 18723-03 (verbatim, republished from another outlet); importance 1, same story"),
  E("2030-09-23 09:50", "Explainer: How far can Ukraine's long-range drones reach?",
    ["Ukraine's long-range attack drones now regularly fly more than 1,000 kilometres, far enough to reach refineries on the Volga and in the foothills of the Urals.",
     "Most are slow, propeller-driven aircraft that fly low and change course to avoid air defences, and they are launched in swarms with decoys so that some get through.",
     "Their warheads are small, so the damage depends on hitting the right unit: a distillation column can take weeks to repair, while a storage tank fire is usually out within a day."],
    "strikes", "strikes", 2, "explainer-long-range-drone-reach", a="Cormac Doyle",
    n="theme piece (explainer) prompted by the refinery strike; its own story; must not merge with the Novokuibyshevsk strike"),
  E("2030-09-23 11:30", "Novokuybyshevsk fire spreads over 1,500 square metres, one worker injured",
    ["The fire at the Novokuybyshevsk refinery has spread over about 1,500 square metres and one worker has been taken to hospital with burns, Russian emergency officials said.",
     "Footage posted by residents showed a column of black smoke visible from Samara, about 20 kilometres away."],
    "strikes", "strikes", 3, REF, a="Niamh Corcoran", n="spelling 'Novokuybyshevsk'; one injured"),
  E("2030-09-23 13:05", "Ukrainian drones set Russian refinery ablaze in Samara region",
    ["A large fire broke out at the Novokuibyshevsk oil refinery in Russia's Samara region after an overnight drone attack, the regional governor said, adding that no one had been hurt.",
     "Russia's defence ministry said it had shot down 38 Ukrainian drones over several regions during the night."],
    "strikes", "strikes", 1, REF, a="Niamh Corcoran", dup="18731-01", n="near-verbatim repeat of 18731-01 (stale: says no one was hurt)"),
  E("2030-09-23 15:40", "Ireland doubles funding for demining in Ukraine",
    ["The Irish government will double its contribution to humanitarian demining in Ukraine to \u20ac20 million next year, the Department of Foreign Affairs said."],
    "aid", "aid", 2, "ireland-demining-funding-2030-09-23", a="Cormac Doyle"),
  E("2030-09-23 17:55", "Dnipro holds first funerals as toll stands at 11",
    ["The first funerals of victims of Sunday's missile strike on Dnipro took place on Monday, as the city observed a day of mourning with flags at half-mast.",
     "Regional officials confirmed the toll at 11 dead and 54 injured."],
    "strikes", "strikes", 3, DNI, a="Niamh Corcoran", n="day-2 continuation of the day-1 Dnipro strike"),
  ]))

# ---------------------------------------------------------------- 18732 Inchmarnock World Report (day 2, Atom world feed, UTC)
SEEDS.append(dict(
  id="18732", name="18732_inchmarnock-worldatom", ext="xml", source="Inchmarnock World Report", zone="UTC", render=r_atom, summary_only=True,
  title="Inchmarnock World Report: Top Stories", url="https://www.inchmarnock-world.example",
  lede="The world's main stories, updated through the day",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, <published> in UTC ('Z'), plain-text <summary> only (no <content>); the war is a minority (4 of 6 entries off-beat: typhoon, Kenyan finance bill, euro-zone survey, Japanese earthquake). Spelling 'Novokuibyshevsk'.",
  not_entries=["feed title, subtitle, links, id and updated"],
  entries=[
  OFF("2030-09-23 21:10", "Typhoon Lanna weakens after making landfall in northern Vietnam",
    ["Typhoon Lanna weakened to a tropical storm after crossing the coast of northern Vietnam, where it brought down trees and power lines and forced the evacuation of 60,000 people."],
    "typhoon-lanna-vietnam-2030-09-23", n="weather"),
  E("2030-09-23 18:05", "Zelensky meets Brazil's president on UN sidelines",
    ["Ukraine's President Volodymyr Zelensky met Brazil's president on the sidelines of the UN General Assembly in New York, their first meeting in three years. They discussed food security and the return of Ukrainian children taken to Russia, Zelensky's office said."],
    "diplomacy", "diplomacy", 3, ZBR, a="Fiona Baird"),
  OFF("2030-09-23 15:20", "Kenya's parliament passes contested finance bill after all-night session",
    ["Kenyan lawmakers passed a finance bill raising taxes on mobile money transfers and imported fuel after a debate that ran through the night, as police kept protesters away from parliament."],
    "kenya-finance-bill-2030-09-23", a="Joseph Mwangi", n="politics elsewhere"),
  E("2030-09-23 12:30", "Ukrainian drones hit Russian refinery at Novokuibyshevsk",
    ["Ukrainian drones struck the Novokuibyshevsk refinery in Russia's Samara region overnight, starting a fire that burned for much of the day, Russian officials said. Ukraine's military said a primary processing unit was hit."],
    "strikes", "strikes", 3, REF, a="Fiona Baird"),
  OFF("2030-09-23 09:15", "Euro zone business activity stalls in September, survey shows",
    ["Business activity in the euro zone stalled in September as a slight rise in services output failed to offset a deeper slump in manufacturing, a closely watched purchasing managers' survey showed."],
    "eurozone-pmi-2030-09-23", n="economy"),
  OFF("2030-09-23 02:40", "Magnitude 6.1 earthquake strikes off northern Japan; no tsunami warning",
    ["A magnitude 6.1 earthquake struck off the coast of Aomori prefecture in northern Japan, shaking buildings but causing no major damage, the Japan Meteorological Agency said. No tsunami warning was issued."],
    "japan-aomori-earthquake-2030-09-23", n="natural disaster"),
  ]))

# ---------------------------------------------------------------- 18733 Carrowkeel Dispatch (day 2, RSS with content:encoded, Kyiv)
SEEDS.append(dict(
  id="18733", name="18733_carrowkeel-rss", ext="xml", source="Carrowkeel Dispatch", zone="Europe/Kyiv", render=r_rss, full=True,
  title="Carrowkeel Dispatch \u2014 Ukraine", url="https://carrowkeel-dispatch.example", guid="ckd",
  lede="Independent reporting from Kyiv and the front-line regions",
  basis="RSS pubDate '{s}' (explicit +0300 offset, Kyiv summer time); local {d} in {z}",
  notes="Invented outlet (Kyiv). RSS 2.0, newest first, pubDate with +0300, dc:creator. Each item has a plain-text <description> equal to the first paragraph and a <content:encoded> CDATA block with the full text (body_paragraphs counts the content:encoded paragraphs). 18733-02 (Samara railway sabotage sentence) is in the same Russian region as the refinery strike but a different event: must not merge. 18733-04 continues the day-1 Dnipro story.",
  not_entries=["channel title, link, description, language, ttl, lastBuildDate and atom:link", "category labels", "guids", "<description> (repeats the first paragraph of content:encoded)"],
  entries=[
  E("2030-09-23 23:20", "Zelensky and Brazilian president discuss grain and children's return in New York",
    ["President Volodymyr Zelensky and the president of Brazil met in New York on Monday to discuss Ukrainian grain exports to Latin America and the return of deported Ukrainian children.",
     "Brazil offered to host technical talks on humanitarian issues, the Ukrainian side said."],
    "diplomacy", "diplomacy", 3, ZBR, a="Oleh Sydorenko", cat="Diplomacy"),
  E("2030-09-23 19:05", "Samara court jails man for 14 years over railway sabotage",
    ["A court in Samara sentenced a 24-year-old local man to 14 years in prison for setting fire to a railway relay cabinet on the orders of Ukrainian handlers, Russian state media reported.",
     "The man pleaded guilty, according to the court."],
    "other", "security", 2, "samara-railway-sabotage-sentence-2030-09-23", a="Iryna Bilyk", cat="Russia",
    n="same region (Samara region of Russia) as the refinery strike, different event (a court sentence); must not merge with the Novokuibyshevsk strike"),
  E("2030-09-23 15:40", "Refinery in Novokuibyshevsk stops work after drone attack",
    ["The Novokuibyshevsk refinery, one of the largest in the Volga region, has halted primary processing after an overnight attack by Ukrainian drones, a source in Ukraine's security services said.",
     "Russian officials said one employee had been injured and that the fire was being contained."],
    "strikes", "strikes", 3, REF, a="Oleh Sydorenko", cat="War"),
  E("2030-09-23 11:10", "Dnipro death toll climbs to 11 as search ends",
    ["Rescuers in Dnipro finished searching the ruins of the apartment block hit by Russian missiles on Sunday, and the death toll has risen to 11, the State Emergency Service said.",
     "Fifty-four people were injured, including 19 children."],
    "strikes", "strikes", 3, DNI, a="Iryna Bilyk", cat="War", n="day-2 continuation of the day-1 Dnipro strike"),
  E("2030-09-23 08:30", "Russian forces press toward Lyman from the north",
    ["Russian troops have intensified attacks on Lyman from the north, using small infantry groups and motorcycles, a spokesperson for Ukraine's forces in the area said."],
    "other", "frontline", 2, "lyman-northern-attacks-2030-09-23", a="Oleh Sydorenko", cat="War"),
  ]))

# Day 3 = Friday 2030-09-27 (UTC)
KHA = "kharkiv-missile-strike-2030-09-27"
GEN = "geneva-black-sea-talks-2030-09-27"
CAN = "canada-drone-package-2030-09-27"

# ---------------------------------------------------------------- 18740 Cawdor Bay Wire (day 3, RSS world feed, GMT)
SEEDS.append(dict(
  id="18740", name="18740_cawdorbay-worldrss", ext="xml", source="Cawdor Bay Wire", zone="UTC", render=r_rss, gmt=True,
  title="Cawdor Bay Wire | World", url="https://www.cawdorbaywire.example", guid="cbw",
  lede="World news from the Cawdor Bay Wire",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world RSS 2.0 feed, newest first, pubDate in GMT; the war is a minority (4 of 6 items off-beat: Peruvian politics, gold price, Spanish heat, South Korean exports). Spelling 'Kharkov' (for Kharkiv).",
  not_entries=["channel title, link, description, language, ttl, lastBuildDate and atom:link", "category labels", "guids"],
  entries=[
  E("2030-09-27 20:45", "Kharkov strike toll rises to six",
    ["Six people were killed and 41 wounded in a Russian missile strike on Kharkov, Ukraine's second-largest city, regional officials said on Friday evening, raising the toll from four."],
    "strikes", "strikes", 3, KHA, a="Martin Keogh", cat="Europe", n="spelling 'Kharkov'; toll 6"),
  OFF("2030-09-27 17:30", "Peruvian lawmakers reject bid to bring forward elections",
    ["Peru's Congress voted down a proposal to hold general elections a year early, deepening a standoff with the president, who had backed the plan to calm street protests."],
    "peru-early-election-vote-2030-09-27", n="politics elsewhere", cat="Americas"),
  E("2030-09-27 14:10", "Ukraine and Russia open Black Sea talks in Geneva",
    ["Ukrainian and Russian delegations began talks in Geneva on Friday on a possible halt to attacks on merchant shipping and ports in the Black Sea, with Turkey and Switzerland acting as mediators. Neither side commented on the first session."],
    "diplomacy", "diplomacy", 3, GEN, a="Martin Keogh", cat="Europe"),
  OFF("2030-09-27 11:00", "Gold hits record high as dollar slides",
    ["Gold rose to a record high on Friday as the dollar weakened after softer-than-expected US inflation data strengthened bets on further interest rate cuts."],
    "gold-record-high-2030-09-27", a="Rhona Gill", n="markets", cat="Business"),
  OFF("2030-09-27 08:20", "Late-season heatwave grips southern Spain",
    ["Temperatures above 40C were recorded in Seville and Cordoba on Friday, the latest date in the year that such heat has been measured in Spain, the state weather agency said."],
    "spain-late-heatwave-2030-09-27", n="weather", cat="Europe"),
  OFF("2030-09-27 05:05", "South Korea's exports jump on strong chip demand",
    ["South Korea's exports rose 11% in the first 20 days of September from a year earlier, driven by shipments of memory chips to data centres, customs data showed."],
    "south-korea-exports-2030-09-27", n="economy", cat="Asia"),
  ]))

# ---------------------------------------------------------------- 18741 Skirrid Daily (day 3, text live, Kyiv, no year)
SK_BY = "Oksana Hrytsenko"
SEEDS.append(dict(
  id="18741", name="18741_skirrid-textlive", ext="txt", source="Skirrid Daily", zone="Europe/Kyiv", render=r_skirrid,
  title="Ukraine live: Russian missiles hit Kharkiv as Black Sea talks open in Geneva", lede="Our running coverage of Friday's events.",
  byline=SK_BY, parse_args=["--date", "2030-09-27"],
  basis="closing stamp '{s}' after the post (day and abbreviated month, 24-hour Kyiv time; no year and no zone printed; year from parse_args 2030-09-27; EEST = UTC+3); local {d} in {z}",
  notes="Invented outlet (Kyiv-based, English-language). Text live blog, newest first. Each post: headline, body, then a closing stamp line '\u2014 27 Sep, 21:40' (the stamp comes AFTER its post). No year anywhere on the page (parse_args --date 2030-09-27). No per-post authors: the page byline 'By Oksana Hrytsenko' is every entry's author. 18741-02 is a 'Video:' teaser whose only content is '[Video]'. 18741-04 is a theme piece (explainer on the Geneva talks): its own story, must not merge with the talks. 18741-07 (drone on Chuhuiv, same Kharkiv region, overnight) must not merge with the Kharkiv city missile strike.",
  not_entries=["masthead and menu", "page title", "standfirst/lede", "page byline 'By Oksana Hrytsenko'", "'Live' label", "'[Video]' placeholder in the teaser",
               "closing stamp lines '\u2014 27 Sep, HH:MM' (stamps, not body)", "reader-funding promo after the fourth post", "'Load earlier posts'", "footer line"],
  entries=[
  E("2030-09-27 21:40", "Kharkiv toll rises to six; Terekhov announces day of mourning",
    ["Six people have died after Russian missiles hit Kharkiv's Industrialnyi district this morning, Mayor Ihor Terekhov said, announcing a day of mourning for Saturday.",
     "Forty-one people were injured, among them three children."],
    "strikes", "strikes", 3, KHA, a=SK_BY, n="toll 6, 41 injured"),
  E("2030-09-27 19:05", "Video: Rescuers at the Kharkiv market site", [],
    "strikes", "strikes", 1, KHA, a=SK_BY, placeholder="[Video]", n="video teaser without text"),
  E("2030-09-27 17:20", "Canada announces C$400 million drone package for Ukraine",
    ["Canada will spend C$400 million on Ukrainian-made interceptor and reconnaissance drones, the Canadian defence minister announced in Ottawa.",
     "The first deliveries are expected before the end of the year."],
    "aid", "aid", 3, CAN, a=SK_BY),
  E("2030-09-27 15:00", "Explainer: What is on the table in Geneva",
    ["The talks in Geneva are not about ending the war. They cover a narrower question: whether both sides will stop attacking merchant ships, ports and the grain and oil terminals that serve them.",
     "A similar arrangement was discussed in Istanbul years ago but never fully applied, because neither side trusted the other to keep its missiles away from the coast.",
     "Turkey wants the deal to protect its shipping; Switzerland has offered to host a monitoring centre."],
    "diplomacy", "diplomacy", 2, "explainer-geneva-black-sea-talks", a=SK_BY,
    n="theme piece (explainer) about the talks; its own story; must not merge with the Geneva talks"),
  E("2030-09-27 13:30", "Russian missiles kill four in Kharkiv's Industrialnyi district",
    ["Two ballistic missiles hit a covered market and a tram depot in Kharkiv's Industrialnyi district, killing four people and injuring 30, regional governor Oleh Syniehubov said.",
     "Several stalls caught fire, and emergency workers evacuated about 200 people from nearby buildings."],
    "strikes", "strikes", 3, KHA, a=SK_BY, n="toll 4, 30 injured"),
  E("2030-09-27 11:10", "Geneva talks begin with Turkish and Swiss mediators",
    ["Delegations from Ukraine and Russia sat down in Geneva this morning for talks on safe navigation in the Black Sea, with Turkish and Swiss diplomats mediating.",
     "Ukraine's delegation is led by a deputy foreign minister; the Kremlin has not named the head of its team."],
    "diplomacy", "diplomacy", 3, GEN, a=SK_BY),
  E("2030-09-27 07:30", "Drone hits Chuhuiv overnight, two injured",
    ["A Russian drone hit a five-storey residential building in Chuhuiv in Kharkiv region overnight, injuring two women, the regional police said."],
    "strikes", "strikes", 2, "chuhuiv-drone-strike-2030-09-27", a=SK_BY,
    n="same region (Kharkiv oblast), different, earlier, non-deadly attack; must not merge with the Kharkiv city missile strike"),
  ]))

# ---------------------------------------------------------------- 18742 Balnagown Herald (day 3, HTML live, Riga; JSON-LD updates without headlines)
SEEDS.append(dict(
  id="18742", name="18742_balnagown-htmllive", ext="html", source="Balnagown Herald", zone="Europe/Riga", render=r_balnagown,
  title="Live: Russia strikes Kharkiv; Black Sea talks open in Geneva; Canada and Latvia announce aid", url="https://balnagownherald.example/live/ukraine-2030-09-27",
  dateline="Friday, 27 September 2030 \u00b7 Riga time",
  lede="The war in Ukraine and the Baltic response, as it happens.",
  basis="visible '{s}' (Riga time, EEST = UTC+3, per the dateline 'Friday, 27 September 2030 \u00b7 Riga time'); the <time datetime> attribute and the JSON-LD update give the same instant in UTC ({u}Z); local {d} in {z}",
  notes="Invented outlet (Riga). HTML live blog, oldest first. JSON-LD LiveBlogPosting whose liveBlogUpdate items carry datePublished in UTC ('Z') and articleBody but no headline; headlines exist only in the visible h2. Visible <time datetime='...Z'>HH:MM</time> shows Riga local time. 18742-03 repeats 18742-01 almost verbatim (one word added): duplicate_of 18742-01. Must-not-merge: the Kharkiv strike vs the deadly drone strike on Sumy (18742-04, same theme, other city); Canada's drone package vs Latvia's ambulances (18742-06, same aid theme). 18742-02 quotes Latvia's foreign minister inside the Geneva-talks item (same story as the talks).",
  not_entries=["header logo, navigation, 'Newsletter'", "page title (h1)", "dateline 'Friday, 27 September 2030 \u00b7 Riga time'", "lead paragraph",
               "newsletter promo after the second update", "footer"],
  entries=[
  E("2030-09-27 10:50", "Missiles hit Kharkiv; two killed, 15 wounded",
    ["Russian ballistic missiles hit Kharkiv at about 10:20 local time, killing two people and wounding 15, the regional governor said on Telegram.",
     "Kharkiv lies about 30 kilometres from the Russian border, which leaves the city almost no warning time."],
    "strikes", "strikes", 3, KHA, a=None, n="toll 2, 15 wounded"),
  E("2030-09-27 11:25", "Geneva talks on Black Sea shipping open behind closed doors",
    ["Talks between Ukrainian and Russian delegations on the safety of shipping in the Black Sea opened in Geneva behind closed doors, a spokesperson for the Swiss foreign ministry said.",
     "Latvia's foreign minister said any agreement must not freeze Russia's control over occupied Ukrainian ports."],
    "diplomacy", "diplomacy", 3, GEN, a=None),
  E("2030-09-27 13:40", "Missiles hit Kharkiv; two killed, 15 wounded",
    ["Russian ballistic missiles hit Kharkiv at about 10:20 local time, killing two people and wounding 15, the regional governor said on Telegram.",
     "Kharkiv lies only about 30 kilometres from the Russian border, which leaves the city almost no warning time."],
    "strikes", "strikes", 1, KHA, a=None, dup="18742-01", n="near-verbatim repeat of 18742-01 (stale toll)"),
  E("2030-09-27 15:10", "Drone kills man in Sumy city centre",
    ["A Russian drone hit a car in the centre of Sumy, killing the 45-year-old driver, the regional military administration said."],
    "strikes", "strikes", 3, "sumy-city-drone-strike-2030-09-27", a=None,
    n="same theme (deadly Russian strike on a Ukrainian city that day), different city and event; must not merge with the Kharkiv strike"),
  E("2030-09-27 17:20", "Canada pledges C$400m for drones and interceptors",
    ["Canada will fund C$400 million worth of Ukrainian drones, including interceptors designed to hunt Shahed-type attack drones, Ottawa announced."],
    "aid", "aid", 3, CAN, a=None),
  E("2030-09-27 18:30", "Latvia sends 30 armoured ambulances to Ukraine",
    ["Latvia has handed over 30 armoured ambulances to Ukraine's medical evacuation units, the Latvian defence ministry said, the third such delivery this year."],
    "aid", "aid", 2, "latvia-armoured-ambulances-2030-09-27", a=None, n="same aid theme as Canada's package, different event; must not merge"),
  E("2030-09-27 19:15", "Kharkiv toll climbs to six",
    ["The number of people killed in the morning missile strike on Kharkiv has risen to six, with 41 injured, Ukrainian officials said."],
    "strikes", "strikes", 3, KHA, a=None, n="toll 6"),
  ]))

# ---------------------------------------------------------------- 18743 Glenbervie Review (day 3, HTML evening briefing, Prague)
GB_T = "2030-09-27 19:30"
GB_BY = "Tom\u00e1\u0161 Vrba"
SEEDS.append(dict(
  id="18743", name="18743_glenbervie-briefing", ext="html", source="Glenbervie Review", zone="Europe/Prague", render=r_glenbervie,
  title="Evening briefing: Kharkiv hit again, Geneva talks open, Czech shells keep coming", url="https://glenbervie-review.example/ukraine/evening-briefing-2030-09-27",
  lede="The main developments in Russia's war against Ukraine on Friday.", byline=GB_BY, published=GB_T, more="More from our Ukraine coverage",
  basis="no per-section time; every section takes the briefing's date line 'Friday 27 September 2030 \u00b7 19:30' (Prague time, no zone printed; JSON-LD datePublished 2030-09-27T19:30:00+02:00); local {d} in {z}",
  notes="Invented outlet (Prague). HTML evening briefing with NewsArticle JSON-LD. One date line for the whole article ('Friday 27 September 2030 \u00b7 19:30', Prague time, no zone printed; CEST = UTC+2), page byline 'By Tom\u00e1\u0161 Vrba' (every section's author). Four h2 sections, one entry each (stamp null). The Czech ammunition milestone (18743-03) is its own aid story.",
  not_entries=["header logo and navigation", "kicker 'Evening briefing'", "title (h1)", "standfirst", "byline", "date line", "share row", "'More from our Ukraine coverage' link", "footer"],
  entries=[
  E(GB_T, "Kharkiv hit again",
    ["Russian missiles struck Kharkiv on Friday morning, killing six people and injuring more than 40, according to Ukrainian officials. It was the deadliest attack on the city this month."],
    "strikes", "strikes", 3, KHA, a=GB_BY, n="toll 6"),
  E(GB_T, "Talks in Geneva",
    ["Ukrainian and Russian negotiators met in Geneva for the first direct talks on Black Sea navigation in more than a year, with Turkey and Switzerland mediating.",
     "Diplomats said the first day was spent agreeing an agenda."],
    "diplomacy", "diplomacy", 3, GEN, a=GB_BY),
  E(GB_T, "Czech ammunition initiative hits a new milestone",
    ["The Czech-led initiative to buy artillery shells for Ukraine outside Europe has delivered its millionth round this year, the government in Prague said, adding that Denmark and the Netherlands had topped up the fund."],
    "aid", "aid", 2, "czech-ammunition-initiative-milestone-2030-09-27", a=GB_BY),
  E(GB_T, "Prague court hears case of Russian-backed sabotage cell",
    ["A Prague court opened the trial of three men accused of planning to derail freight trains carrying military equipment to Ukraine on the orders of Russian military intelligence.",
     "They deny the charges."],
    "other", "security", 2, "prague-sabotage-cell-trial-2030-09-27", a=GB_BY),
  ]))


if __name__ == "__main__":
    main()

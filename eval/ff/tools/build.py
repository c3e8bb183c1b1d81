#!/usr/bin/env python3
"""Builds the eval/ff seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented; no copied sentences). Part A imitates,
from memory, the page layouts of ten real outlets; Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/ff/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.", "No.", "Sept.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018\u00ab]|$)', par):
        head = par[:m.end()]
        if m.end() < len(par) and head.endswith(ABBREV):
            continue
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def clock12(d, sep=":", space="", upper=False, lead0=False, dots=False):
    """12-hour clock: '8:05am', '9.05am', '06:46 PM', '1:48 a.m.'."""
    hh = d.hour % 12 or 12
    suf = ("a.m." if d.hour < 12 else "p.m.") if dots else ("am" if d.hour < 12 else "pm")
    if upper:
        suf = suf.upper()
    return (f"{hh:02d}" if lead0 else f"{hh}") + f"{sep}{d.minute:02d}{space}{suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first (page order)"


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def iso(d):
    return d.isoformat().replace("+00:00", "Z") if d.utcoffset() == timedelta(0) else d.isoformat()


def slugify(s, n=60):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:n].strip("-")


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_eurpravda(S):
    """European Pravda (eurointegration.com.ua/eng) news feed, text scrape. Newest first, grouped under weekday date headers;
    each item: bare Kyiv time 'HH:MM' line, headline line (attribution after an en dash, '(video)' suffix), lead lines."""
    z = S["zone"]; order_check(S, True)
    L = ["Skip to content", "", "European Pravda", "УКР | ENG", "",
         "News   Articles   Opinions   Interviews   Ukraine–EU   Ukraine–NATO   Partner projects   About us", "Search", "", S["title"], ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if d.date() != cur:
            cur = d.date(); L += [f"{DAYS_EN[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}", ""]
        st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 3:
            L += ["Follow European Pravda on Telegram: Ukraine's road to the EU, in brief, every day", ""]
    L += ["Show more news", "", "Editorial board   Rules for using materials   Advertising   Contacts",
          "© 2014–2028 European Pravda. Materials may be quoted only with a hyperlink to eurointegration.com.ua."]
    return "\n".join(L) + "\n", stamps


def r_hromadske(S):
    """Hromadske (hromadske.ua/en) live page, HTML. Oldest first; page date line plus 'Kyiv time' note; each post a <time> 'HH:MM',
    an optional bold headline (some posts have none), paragraphs, sometimes a 'Read also:' link. NewsArticle JSON-LD (page times only)."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "mainEntityOfPage": S["url"],
          "datePublished": iso(first), "dateModified": iso(last), "inLanguage": "en",
          "author": {"@type": "Organization", "name": "Hromadske"},
          "publisher": {"@type": "Organization", "name": "Hromadske", "logo": {"@type": "ImageObject", "url": "https://hromadske.ua/static/logo-en.png"}}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Hromadske</title>',
           f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="header"><a class="header__logo" href="/en">hromadske</a><nav class="header__nav"><a href="/en/news">News</a> '
           '<a href="/en/war">War</a> <a href="/en/society">Society</a> <a href="/en/investigations">Investigations</a> <a href="/en/explainers">Explainers</a></nav>'
           '<div class="header__lang"><a href="/">UA</a> <a href="/en">EN</a></div><a class="btn btn--support" href="/en/support">Support Hromadske</a></header>',
           '<main class="live">', '<div class="live__badge">LIVE</div>', f'<h1 class="live__title">{esc(S["title"])}</h1>',
           f'<div class="live__date">{esc(S["dateline"])}</div>', f'<p class="live__note">{esc(S["tznote"])}</p>',
           f'<p class="live__lead">{esc(S["lede"])}</p>', '<div class="live__feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="live__item" id="post-{48810 + i * 7}"><time class="live__time" datetime="{d.isoformat()}">{st}</time>')
        if e["h"]:
            out.append(f'<h3 class="live__item-title">{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e.get("readalso"):
            out.append(f'<p class="read-also">Read also: <a href="/en/articles/{slugify(e["readalso"])}">{esc(e["readalso"])}</a></p>')
        out.append('<div class="live__share"><button>Share</button></div></div>')
        if i == 2:
            out.append('<aside class="support-box"><p>Hromadske is funded by its readers. Independent reporting from Ukraine depends on you.</p>'
                       '<a class="btn" href="/en/support">Become a supporter</a></aside>')
    out += ['</div></main>', '<footer class="footer"><a href="/en/about">About us</a> <a href="/en/editorial-policy">Editorial policy</a> '
            '<a href="/en/contacts">Contacts</a> <p>Hromadske. Materials may be reused with a link to the source.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_suspilne(S):
    """Suspilne News (suspilne.media, English) war live blog, text scrape. Newest first; one published/updated date line
    in the page header; each post a bare 'HH:MM' line, headline, paragraphs, sometimes a 'Source:' line naming a regional newsroom."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); upd = dt(S["entries"][0]["t"], z)
    L = ["Suspilne News", "Українською | English", "",
         "News   War   Politics   Economy   Society   Culture   Sport   Regions   Podcasts", "", S["title"], "",
         f"Published {pub.day} {MONTHS[pub.month - 1]} {pub.year}, {pub:%H:%M}  ·  Updated {upd:%H:%M}", "", S["lede"], "",
         "Share  Facebook  Telegram  X  Copy link", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e.get("src"):
            L += [f"Source: {e['src']}", ""]
        if i == 2:
            L += ["Subscribe to Suspilne News on Telegram and WhatsApp", ""]
    L += ["Earlier updates", "", "Public Broadcasting Company of Ukraine (UA:PBC)   About   Editorial standards   Contacts"]
    return "\n".join(L) + "\n", stamps


def r_nv(S):
    """NV (english.nv.ua) 'Latest news' listing, HTML. Newest first; headline link, lead, then rubric and
    '5 September, 06:46 PM' (no year anywhere on the page; Kyiv time implied). Only Organization JSON-LD."""
    z = S["zone"]; order_check(S, True)
    ld = {"@context": "https://schema.org", "@type": "Organization", "name": "NV", "url": "https://english.nv.ua/",
          "sameAs": ["https://www.facebook.com/nv.ua.official", "https://t.me/nvua_official"]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | NV</title>',
           '<script type="application/ld+json">' + json.dumps(ld) + '</script></head><body>',
           '<header class="header"><a class="logo" href="/">NV</a><nav class="menu"><a href="/nation">Ukraine</a> <a href="/world">World</a> '
           '<a href="/russian-war">Russian war</a> <a href="/opinion">Opinion</a> <a href="/business">Business</a> <a href="/life">Life</a></nav>'
           '<div class="lang"><a href="https://nv.ua/ukr">UA</a> <a href="https://nv.ua">RU</a> <a href="/">EN</a></div>'
           '<a class="subscribe" href="/subscribe">Subscribe</a></header>',
           f'<main><h1 class="title-section">{esc(S["title"])}</h1><div class="news-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]}, {clock12(d, space=' ', upper=True, lead0=True)}"; stamps.append(st)
        link = f"/{e.get('rub_slug', 'nation')}/{slugify(e['h'], 50)}-{50817400 + i * 131}.html"
        out.append(f'<div class="news-item"><a class="news-item__title" href="{link}">{esc(e["h"])}</a>')
        out += [f'<p class="news-item__lead">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<div class="news-item__meta"><span class="rubric">{esc(e.get("rub", "Russian war"))}</span> '
                   f'<span class="time">{st}</span></div></div>')
        if i == 3:
            out.append('<div class="banner">Support NV. Subscribe for independent journalism from Kyiv.</div>')
    out += ['</div><a class="more" href="?page=2">Load more news</a></main>',
            '<footer><a href="/about">About</a> <a href="/contacts">Contacts</a> <a href="/privacy">Privacy policy</a> '
            '<p>Any use of materials is allowed only with a hyperlink to nv.ua.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_mt_rss(S):
    """The Moscow Times news RSS 2.0: Title Case headlines, one-paragraph description, pubDate with +0300, media:content, no author."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.themoscowtimes.com/</link>',
           '<description>Independent news from Russia, in English</description>', '<language>en</language>',
           '<atom:link href="https://www.themoscowtimes.com/rss/news" rel="self" type="application/rss+xml" />',
           f'<lastBuildDate>{rfc822(last)}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://www.themoscowtimes.com/{d:%Y/%m/%d}/{slugify(e['h'], 70)}-a{91870 + i * 13}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>',
                '<description><![CDATA[' + " ".join(e["p"]) + ']]></description>', f'<pubDate>{st}</pubDate>',
                f'<guid isPermaLink="true">{link}</guid>', f'<category>{esc(e.get("cat", "News"))}</category>',
                f'<media:content url="https://static.themoscowtimes.com/image/article_1360/{(i * 37) % 90 + 10:02d}/img-{91870 + i * 13}.jpg" type="image/jpeg" />',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_nge(S):
    """Novaya Gazeta Europe (novayagazeta.eu, English) daily briefing article, text scrape: kicker, title, standfirst,
    author and 'date, time' line (no zone; Riga-based), photo caption, then one section (heading + paragraphs) per item."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    L = ["Novaya Gazeta Europe", "News   Articles   Opinion   Investigations   Podcasts   Donate", "Русская версия", "",
         S["kicker"], "", S["title"], "", S["lede"], "", S["byline"], f"{d0.day} {MONTHS[d0.month - 1]} {d0.year}, {d0:%H:%M}", "",
         "Telegram   X   Facebook   Copy link", "", S["caption"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["We were forced out of Russia, not silenced. Help us keep reporting: donate to Novaya Gazeta Europe.", ""]
    L += ["Read more", S["more"], "", "Subscribe to our newsletter", "", "Novaya Gazeta Europe   About us   Contact   Privacy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_nfp(S):
    """Notes from Poland (WordPress, Yoast @graph JSON-LD), HTML article with h2 sections. The visible page prints only the date
    ('September 11, 2028') and the author; the time is in the JSON-LD datePublished (UTC offset +00:00)."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z); u0 = d0.astimezone(UTC)
    url = S["url"]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": url + "#article", "isPartOf": {"@id": url}, "author": {"name": S["byline"], "@id": "https://notesfrompoland.com/#/schema/person/7c1e"},
         "headline": S["title"], "datePublished": u0.strftime("%Y-%m-%dT%H:%M:%S+00:00"), "dateModified": (u0 + timedelta(minutes=47)).strftime("%Y-%m-%dT%H:%M:%S+00:00"),
         "mainEntityOfPage": {"@id": url}, "publisher": {"@id": "https://notesfrompoland.com/#organization"}, "articleSection": ["News", "Politics", "Security"],
         "inLanguage": "en-GB"},
        {"@type": "WebPage", "@id": url, "url": url, "name": S["title"] + " - Notes From Poland", "isPartOf": {"@id": "https://notesfrompoland.com/#website"}},
        {"@type": "Organization", "@id": "https://notesfrompoland.com/#organization", "name": "Notes From Poland", "url": "https://notesfrompoland.com/"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} - Notes From Poland</title>',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="post-template-default single single-post">',
           '<header id="masthead"><a class="site-title" href="https://notesfrompoland.com/">Notes from Poland</a>'
           '<nav><a href="/category/news/">News</a> <a href="/category/politics/">Politics</a> <a href="/category/society/">Society</a> '
           '<a href="/category/economy/">Economy</a> <a href="/category/history/">History</a> <a href="/category/podcast/">Podcast</a> '
           '<a href="/support-us/">Support us</a></nav></header>',
           '<main id="main"><article>', f'<h1 class="entry-title">{esc(S["title"])}</h1>',
           f'<div class="entry-meta"><span class="byline">By <a href="/author/{slugify(S["byline"])}/">{esc(S["byline"])}</a></span> '
           f'<span class="posted-on">{MONTHS[d0.month - 1]} {d0.day}, {d0.year}</span></div>',
           f'<figure class="wp-block-image"><figcaption>{esc(S["caption"])}</figcaption></figure>',
           '<div class="entry-content">', f'<p><strong>{esc(S["lede"])}</strong></p>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2 class="wp-block-heading">{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<div class="nfp-support"><p>Our journalism is free to read because readers choose to fund it. '
                       'If you value independent English-language news about Poland, please consider becoming a supporter.</p>'
                       '<a href="/support-us/">Support Notes from Poland</a></div>')
    out += ['</div>', '<div class="tags">Tags: <a href="/tag/ukraine/">Ukraine</a> <a href="/tag/russia/">Russia</a> <a href="/tag/security/">security</a></div>',
            '<section class="related-posts"><h3>Related posts</h3>' + "".join(f'<a href="/{slugify(r)}/">{esc(r)}</a>' for r in S["related"]) + '</section>',
            '</article></main>', '<footer><p>Notes from Poland · About · Contact · Privacy policy</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_lrt(S):
    """LRT English (lrt.lt/en) news listing, text scrape. Newest first; category label, headline, then the stamp
    '2028.09.12 14:22' (Vilnius time, no zone), then the lead."""
    z = S["zone"]; order_check(S, True)
    L = ["LRT", "LT   EN   RU   PL   UA", "", "LRT English", "",
         "News   Lithuania   Lithuania in the world   Politics   Economy   Society   Opinion   Features   Podcasts", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%Y.%m.%d %H:%M}"; stamps.append(st)
        L += [e.get("cat", "LITHUANIA IN THE WORLD"), e["h"], st, ""] + ptxt(e["p"])
        if i == 2:
            L += ["Advertisement", ""]
        if i == 4:
            L += ["LRT English newsletter: the week in Lithuania, every Friday. Subscribe", ""]
    L += ["Show more", "", "LRT – Lithuanian National Radio and Television   About LRT   Contacts   Privacy"]
    return "\n".join(L) + "\n", stamps


def r_err(S):
    """ERR News (news.err.ee) front listing, HTML without JSON-LD. Newest first; stamp 'DD.MM.YYYY HH:MM' (Tallinn time, no zone)
    printed ABOVE the headline, lead below; occasional photo credit and 'Feature' label."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title></head><body>',
           '<div class="top-bar"><a href="https://www.err.ee">ERR</a> <a href="https://news.err.ee">ERR News</a> <a href="https://rus.err.ee">ERR na russkom</a></div>',
           '<header><a class="logo" href="/">ERR News</a><nav><a href="/k/news">News</a> <a href="/k/politics">Politics</a> '
           '<a href="/k/economy">Economy</a> <a href="/k/culture">Culture</a> <a href="/k/sports">Sports</a> <a href="/k/opinion">Opinion</a> '
           '<a href="/k/features">Features</a> <a href="/k/podcast">Podcast</a></nav></header>', '<main><div class="category-news">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y %H:%M}"; stamps.append(st)
        out.append(f'<div class="category-item"><p class="category-item__date">{st}</p>')
        if e.get("label"):
            out.append(f'<span class="label">{esc(e["label"])}</span>')
        out.append(f'<h2><a href="/{1609841200 + i * 97}/{slugify(e["h"], 50)}">{esc(e["h"])}</a></h2>')
        if e.get("photo"):
            out.append(f'<p class="photo-credit">{esc(e["photo"])}</p>')
        out += [f'<p class="lead">{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 3:
            out.append('<div class="newsletter">Sign up for the ERR News newsletter: the week in Estonia, in English. <button>Subscribe</button></div>')
    out += ['</div><a class="more" href="/k/news?page=2">More news</a></main>',
            '<footer>Eesti Rahvusringhääling (ERR) · Contact · Privacy · ERR News editorial team</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_bi_rss(S):
    """Balkan Insight (WordPress) RSS 2.0: pubDate in +0000, dc:creator, several categories, description = lead paragraph
    plus WordPress's 'The post ... appeared first on Balkan Insight.' line (chrome)."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" '
           'xmlns:slash="http://purl.org/rss/1.0/modules/slash/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<atom:link href="https://balkaninsight.com/feed/" rel="self" type="application/rss+xml" />',
           '<link>https://balkaninsight.com/</link>', '<description>News, analysis and investigations from the Balkans and Central Europe</description>',
           f'<lastBuildDate>{rfc822(last)}</lastBuildDate>', '<language>en-US</language>', '<sy:updatePeriod>hourly</sy:updatePeriod>',
           '<sy:updateFrequency>1</sy:updateFrequency>', '<generator>https://wordpress.org/?v=6.9.2</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://balkaninsight.com/{d:%Y/%m/%d}/{slugify(e['h'], 70)}/"
        desc = "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + f'\n<p>The post <a href="{link}">{esc(e["h"])}</a> appeared first on <a href="https://balkaninsight.com">Balkan Insight</a>.</p>'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<dc:creator><![CDATA[{e["a"]}]]></dc:creator>',
                f'<pubDate>{st}</pubDate>'] + [f'<category><![CDATA[{c}]]></category>' for c in e.get("cats", ["News"])] + [
                f'<guid isPermaLink="false">https://balkaninsight.com/?p={713402 + i * 61}</guid>',
                '<description><![CDATA[' + desc + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


# ================================================================ build (called at the end of the file, after the data table)
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
            basis = e.get("basis") or S["basis"]
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": basis.format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"], u=u.strftime("%Y-%m-%d %H:%M")),
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
        print(f"{fn:42s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


# ================================================================ PART A: ten real outlets' layouts (own words)
SEEDS = []

# ---------------------------------------------------------------- 16300 European Pravda
SEEDS.append(dict(
  id="16300", name="16300_eurointegration-newsfeed", ext="txt", source="European Pravda", zone="Europe/Kyiv", render=r_eurpravda,
  title="All news",
  basis="bare Kyiv time '{s}' under the nearest date header above it (no zone printed; European Pravda runs on Kyiv time, EEST = UTC+3); local {d} in {z} = {u} UTC",
  notes="Imitates the English news feed of European Pravda (eurointegration.com.ua/eng) as copied from the browser. Newest first, grouped under weekday date headers ('Saturday, 2 September 2028', 'Friday, 1 September 2028'). Each item: a bare 'HH:MM' line (Kyiv time, no zone printed), the headline, then a lead paragraph. The top two items sit under the 2 September header but are after local midnight only: 02:20 and 00:45 EEST are 23:20 and 21:45 UTC on 1 September, so every entry falls on UTC 2028-09-01. The last item is a '(video)' headline with no text (teaser). No bylines in the feed.",
  not_entries=["'Skip to content'", "masthead 'European Pravda' and the 'УКР | ENG' language switch", "navigation menu and 'Search'", "feed heading 'All news' (page title)",
               "date headers 'Saturday, 2 September 2028' and 'Friday, 1 September 2028' (structure)", "Telegram promo line after the fourth item",
               "'Show more news'", "footer links and copyright/reuse line"],
  entries=[
  E("2028-09-02 02:20", "Ukraine and Denmark to double output of jointly built long-range drones – Zelensky",
    ["Ukraine and Denmark will double the number of long-range strike drones assembled at the Ukrainian-run plant in southern Jutland by spring, President Volodymyr Zelensky said after a late-evening call with Danish Prime Minister Mette Frederiksen.",
     "Copenhagen will cover most of the cost from its national budget and from windfall profits on immobilised Russian assets, he added."],
    "aid", "aid", 2, "denmark-joint-drone-production-expansion-2028-09", n="local date 2 September (after midnight), UTC 1 September"),
  E("2028-09-02 00:45", "EU ministers to weigh new plan for frozen Russian assets next week – Kallas",
    ["The EU's top diplomat Kaja Kallas has put a revised proposal on using immobilised Russian central bank assets for Ukraine's reconstruction on the agenda of next week's informal meeting of foreign ministers in Riga.",
     "Belgium, where most of the assets are held, still wants legal guarantees from the other member states before it agrees."],
    "aid", "aid", 2, "eu-frozen-assets-reconstruction-plan-2028-09", sec=["diplomacy"], n="local date 2 September (after midnight), UTC 1 September"),
  E("2028-09-01 22:10", "Russian drones strike Izmail port on the Danube, one person killed",
    ["A Russian drone attack on the port of Izmail in Odesa Oblast on Friday evening killed a port worker and set fire to two grain warehouses, the regional administration reported.",
     "Romania's defence ministry said it was monitoring its airspace along the river but detected no violation."],
    "strikes", "strikes", 3, "izmail-port-drone-strike-2028-09-01"),
  E("2028-09-01 19:35", "Hungary again vetoes opening of first accession cluster with Ukraine – Latvian presidency",
    ["Hungary has once more blocked the formal opening of the 'Fundamentals' negotiating cluster with Ukraine, the Latvian presidency of the EU Council said after a meeting of ambassadors in Brussels.",
     "Riga said it would put the question to ministers again in October."],
    "diplomacy", "diplomacy", 2, "hungary-blocks-ukraine-accession-cluster-2028-09-01"),
  E("2028-09-01 16:50", "Netherlands allocates €350 million for air-defence interceptors for Ukraine",
    ["The Dutch government will spend €350 million on interceptor missiles for Ukraine's air defence, with the first batch due to arrive before the heating season, the Netherlands' defence minister said in The Hague.",
     "The money comes from the Dutch military support budget for 2029, which was brought forward."],
    "aid", "aid", 3, "netherlands-interceptor-funding-2028-09-01"),
  E("2028-09-01 13:05", "Fico threatens to block new sanctions on Russia unless Slovakia keeps gas exemption",
    ["Slovak Prime Minister Robert Fico said his government would not back the next package of EU sanctions against Russia unless it keeps a transitional exemption for pipeline gas.",
     "Diplomats in Brussels expect the package to be discussed by EU ambassadors later this month."],
    "diplomacy", "diplomacy", 2, "fico-sanctions-gas-exemption-threat-2028-09-01"),
  E("2028-09-01 09:15", "Verkhovna Rada ratifies agreement on special tribunal for crime of aggression",
    ["Ukraine's parliament has ratified the agreement with the Council of Europe establishing a special tribunal to try the crime of aggression against Ukraine, with 311 lawmakers voting in favour.",
     "The tribunal is due to begin work in The Hague once enough states have joined the enlarged partial agreement."],
    "diplomacy", "diplomacy", 2, "rada-ratifies-aggression-tribunal-2028-09-01"),
  E("2028-09-01 07:30", "Aftermath of night attack on Bila Tserkva (video)", [],
    "strikes", "strikes", 1, "bila-tserkva-night-attack-2028-09-01", n="video teaser: headline only, no text"),
  ]))

# ---------------------------------------------------------------- 16301 Hromadske
SEEDS.append(dict(
  id="16301", name="16301_hromadske-live", ext="html", source="Hromadske", zone="Europe/Kyiv", render=r_hromadske,
  title="Russia's war against Ukraine: live updates for 3 September", url="https://hromadske.ua/en/posts/russias-war-against-ukraine-live-3-september",
  dateline="3 September 2028", tznote="All times are Kyiv time.",
  lede="Hromadske follows the main events of the day: attacks, the front line and Ukraine's diplomacy.",
  basis="'{s}' in <time> (Kyiv time, as the page notes; EEST = UTC+3) on the page dated '3 September 2028'; local {d} in {z}",
  notes="Imitates a Hromadske English live page. Oldest first. Page date '3 September 2028' and the note 'All times are Kyiv time.'; each post has a <time datetime> with a visible 'HH:MM', then an optional headline: the first and fifth posts have NO headline (headline null, the first sentence carries the news). A 'Read also:' link inside the last post is chrome (not counted in body_paragraphs). Page-level NewsArticle JSON-LD only (no per-post data). The 17:20 post updates the Kostiantynivka toll of the 08:40 post (same story). No per-post authors.",
  not_entries=["header logo, navigation, UA/EN switch, 'Support Hromadske' button", "'LIVE' badge", "page title", "date line '3 September 2028'",
               "note 'All times are Kyiv time.'", "page lead 'Hromadske follows the main events of the day ...'", "'Share' buttons under every post",
               "support box after the third post ('Hromadske is funded by its readers ...', 'Become a supporter')",
               "'Read also:' link in the 19:45 post", "footer"],
  entries=[
  E("2028-09-03 07:05", None,
    ["Russia attacked Ukraine overnight with 74 Shahed-type drones and two Iskander-M ballistic missiles, the Air Force said in its morning report.",
     "Air defence units shot down or jammed 61 drones. Hits were recorded in Dnipropetrovsk and Sumy oblasts; there is no information about casualties so far."],
    "strikes", "strikes", 2, "overnight-drone-missile-attack-2028-09-03", n="post without a headline"),
  E("2028-09-03 08:40", "Two killed as guided bomb hits apartment block in Kostiantynivka",
    ["A Russian guided aerial bomb struck a five-storey apartment building in Kostiantynivka in Donetsk Oblast this morning, killing two residents, the regional military administration said.",
     "Rescuers are still searching the collapsed entrance. Fewer than 6,000 people remain in the city, which is shelled almost daily."],
    "strikes", "strikes", 3, "kostiantynivka-guided-bomb-2028-09-03"),
  E("2028-09-03 10:15", "Zelensky submits bills to extend martial law and mobilisation",
    ["President Volodymyr Zelensky has submitted bills to parliament extending martial law and general mobilisation for another 90 days, from mid-September.",
     "Lawmakers are expected to vote on them next week; it would be the eighteenth extension since February 2022."],
    "other", "politics", 2, "martial-law-extension-bills-2028-09-03"),
  E("2028-09-03 12:30", "Canada's defence minister arrives in Kyiv with drone and armour package",
    ["Canada's defence minister arrived in Kyiv on an unannounced visit and presented a package worth 400 million Canadian dollars that includes interceptor drones and armoured ambulances.",
     "He met Ukraine's defence minister and visited a drone-assembly workshop outside the capital."],
    "aid", "aid", 3, "canada-defence-minister-kyiv-package-2028-09-03"),
  E("2028-09-03 14:50", None,
    ["The General Staff reported 142 combat clashes over the past day, with the heaviest fighting on the Kostiantynivka and Lyman axes.",
     "Russian units also tried to cross the Oskil river north of Kupiansk but were pushed back, the military said."],
    "other", "frontline", 2, "general-staff-frontline-update-2028-09-03", n="post without a headline"),
  E("2028-09-03 17:20", "Kostiantynivka strike: death toll rises to three",
    ["A third body has been recovered from the rubble of the apartment block in Kostiantynivka hit by a guided bomb this morning, the State Emergency Service said.",
     "Five more people were injured."],
    "strikes", "strikes", 3, "kostiantynivka-guided-bomb-2028-09-03", n="toll update of the 08:40 post"),
  E("2028-09-03 19:45", "Ukrainian drones hit oil pumping station in Russia's Tambov region – General Staff",
    ["Ukrainian long-range drones struck an oil pumping station of the Druzhba pipeline system in Russia's Tambov region, the General Staff said, reporting a fire at the site.",
     "The regional governor claimed all drones were shot down and that debris caused only a small fire."],
    "strikes", "strikes", 2, "tambov-oil-pumping-station-strike-2028-09-03", readalso="How Ukraine's drone campaign is reshaping Russia's fuel market"),
  ]))

# ---------------------------------------------------------------- 16302 Suspilne
SEEDS.append(dict(
  id="16302", name="16302_suspilne-live", ext="txt", source="Suspilne", zone="Europe/Kyiv", render=r_suspilne,
  title="War in Ukraine, day 2,385: live updates", published="2028-09-04 06:30",
  lede="Russia's full-scale war against Ukraine continues. Suspilne gathers the main news of Monday, 4 September.",
  basis="bare '{s}' (Kyiv time implied, EEST = UTC+3) on the live page published '4 September 2028, 06:30' (one date for the whole page); local {d} in {z}",
  notes="Imitates a Suspilne News (suspilne.media) English war live page, copied from the browser. Newest first. The only date is in the header line 'Published 4 September 2028, 06:30 · Updated 22:40'; each post is a bare 'HH:MM' line, a headline and paragraphs; some posts end with 'Source: Suspilne Kharkiv' (regional newsroom credit, not an author and not a paragraph). Day 2,385 counts from 24 February 2022 = day 1. No per-post authors.",
  not_entries=["masthead 'Suspilne News' and the language switch", "navigation menu", "page title", "'Published ... · Updated ...' line",
               "page lead 'Russia's full-scale war against Ukraine continues ...'", "share buttons line", "'Source: Suspilne ...' credit lines under three posts",
               "Telegram/WhatsApp promo after the third post", "'Earlier updates'", "footer"],
  entries=[
  E("2028-09-04 22:40", "Zelensky expects German decision on two more Patriot systems this week",
    ["President Volodymyr Zelensky said in his evening address that he expects Berlin to confirm two additional Patriot systems for Ukraine within days.",
     "He said the systems would go to protect frontline cities and energy facilities before winter."],
    "aid", "aid", 2, "zelensky-expects-german-patriots-2028-09-04"),
  E("2028-09-04 20:15", "Kharkiv: Russian drone hits trolleybus depot, eight injured",
    ["A Russian attack drone struck a trolleybus depot in Kharkiv's Saltivskyi district in the evening, injuring eight people, including two drivers, Mayor Ihor Terekhov said.",
     "Several trolleybuses burned down, and the city will replace them with buses on two routes."],
    "strikes", "strikes", 2, "kharkiv-trolleybus-depot-drone-2028-09-04", src="Suspilne Kharkiv"),
  E("2028-09-04 17:55", "Ukraine receives bodies of 1,000 fallen defenders in repatriation",
    ["The bodies of 1,000 people whom Russia says are Ukrainian soldiers have been returned to Ukraine, the Coordination Headquarters for the Treatment of Prisoners of War reported.",
     "Forensic experts will now work to identify them; Russia received the bodies of 31 of its servicemen."],
    "other", "humanitarian", 2, "repatriation-of-fallen-bodies-2028-09-04"),
  E("2028-09-04 15:30", "Sumy region: woman killed by Russian shelling in border village",
    ["A 64-year-old woman was killed when Russian artillery shelled the village of Myropillia in Sumy Oblast, the regional military administration reported.",
     "Two houses and a shop were damaged in the attack."],
    "strikes", "strikes", 3, "myropillia-shelling-death-2028-09-04", src="Suspilne Sumy"),
  E("2028-09-04 12:05", "Cabinet approves monthly payments for families of missing soldiers",
    ["The Cabinet of Ministers has approved monthly payments to families of servicemen listed as missing in action, Prime Minister Yulia Svyrydenko said.",
     "The payments will equal the soldier's last monthly salary and will continue until his fate is established."],
    "other", "politics", 2, "payments-families-missing-soldiers-2028-09-04"),
  E("2028-09-04 09:20", "Odesa region: drone debris damages port equipment in Chornomorsk",
    ["Debris from downed Russian drones fell on the port of Chornomorsk overnight, damaging a crane and a warehouse roof, the regional administration said.",
     "No one was hurt."],
    "strikes", "strikes", 2, "chornomorsk-port-drone-debris-2028-09-04", src="Suspilne Odesa"),
  E("2028-09-04 06:50", "Air Force: Russia launched 95 drones and three missiles overnight",
    ["Russian forces launched 95 attack drones and three Kh-59/69 guided missiles at Ukraine overnight, the Air Force said.",
     "Air defence destroyed 80 drones and all three missiles."],
    "strikes", "strikes", 2, "overnight-attack-95-drones-2028-09-04"),
  ]))

# ---------------------------------------------------------------- 16303 NV
SEEDS.append(dict(
  id="16303", name="16303_nv-latest", ext="html", source="NV", zone="Europe/Kyiv", render=r_nv,
  title="Latest news", parse_args=["--date", "2028-09-05"],
  basis="stamp '{s}' after the lead (day and month, 12-hour clock, no year anywhere on the page: parse_args gives 2028-09-05; Kyiv time implied, EEST = UTC+3); local {d} in {z}",
  notes="Imitates the 'Latest news' listing of NV's English site (english.nv.ua). Newest first. Each item: headline link, one-paragraph lead, then the rubric and a stamp '5 September, 06:46 PM' (12-hour clock with AM/PM and a leading zero, no year, no zone: Kyiv time). No year appears anywhere in the file (JSON-LD is only an Organization node, no copyright year), so parse_args gives 2028-09-05. One off-beat item (space). The 'Explained:' item has a lead, so it is a theme piece (importance 2), not a teaser.",
  not_entries=["header logo, menu, UA/RU/EN switch, 'Subscribe'", "section heading 'Latest news' (page title)", "rubric label before every stamp ('Russian war', 'World', 'Science', ...)",
               "'Support NV' banner after the fourth item", "'Load more news'", "footer links and reuse notice", "JSON-LD Organization node (no entries)"],
  entries=[
  E("2028-09-05 22:52", "Ukraine's military intelligence says it destroyed Russian radar station in occupied Crimea",
    ["Ukraine's Defense Intelligence (HUR) said its drones destroyed a Nebo-U long-range radar near Dzhankoi in occupied Crimea, publishing a short video of the strike."],
    "strikes", "strikes", 2, "hur-crimea-radar-strike-2028-09-05"),
  E("2028-09-05 20:15", "Sybiha: Ukraine will not sign any ceasefire that freezes the occupation",
    ["Foreign Minister Andrii Sybiha told ambassadors in Kyiv that Ukraine would reject any ceasefire formula that leaves Russian troops in place without security guarantees and a path to returning occupied land."],
    "diplomacy", "diplomacy", 3, "sybiha-ceasefire-position-2028-09-05", rub="Politics", rub_slug="politics"),
  OFF("2028-09-05 17:40", "NASA pushes back crewed lunar landing once more",
    ["NASA has delayed the first crewed landing of its Artemis program by at least another year, citing problems with the lander's life-support system."],
    "nasa-lunar-landing-delay-2028-09-05", n="space programme", rub="Science", rub_slug="tech"),
  E("2028-09-05 15:05", "Russian missile strike on Dnipro kills four, injures 19",
    ["A Russian ballistic missile hit a business centre in Dnipro in the afternoon, killing four people and injuring 19, regional governor Serhiy Lysak said, adding that rescuers were still working at the scene."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2028-09-05"),
  E("2028-09-05 12:30", "EU releases €4 billion tranche of Ukraine Facility funds",
    ["The European Commission has transferred a further €4 billion to Ukraine under the Ukraine Facility after Kyiv completed reforms on customs and public procurement, the finance ministry said."],
    "aid", "aid", 3, "eu-ukraine-facility-tranche-2028-09-05", rub="Business", rub_slug="business"),
  E("2028-09-05 10:10", "Ukrainian troops repel mechanised assault near Kupiansk, General Staff says",
    ["Ukrainian units repelled a Russian mechanised assault north of Kupiansk, destroying six armoured vehicles, the General Staff said in its morning update."],
    "other", "frontline", 2, "kupiansk-assault-repelled-2028-09-05"),
  E("2028-09-05 07:25", "Explained: Why Russia is hitting Ukraine's gas production again before winter",
    ["Russian missiles and drones have struck gas-production sites in Poltava and Kharkiv oblasts six times in two weeks; NV explains why Moscow is going after gas rather than power plants this autumn."],
    "strikes", "strikes", 2, "explainer-russian-attacks-on-gas-production-2028", n="theme piece (explainer) with a lead; not a teaser"),
  ]))

# ---------------------------------------------------------------- 16304 The Moscow Times
SEEDS.append(dict(
  id="16304", name="16304_themoscowtimes-rss", ext="xml", source="The Moscow Times", zone="Europe/Moscow", render=r_mt_rss,
  title="The Moscow Times - Independent News From Russia",
  basis="RSS pubDate '{s}' (explicit +0300 offset = Moscow time); local {d} in {z}",
  notes="Imitates The Moscow Times news RSS feed. Newest first; Title Case headlines; description is a one-paragraph summary; pubDate with +0300; no author elements (author null). Two of seven items are off the war (central bank rate, typhoon).",
  not_entries=["channel title/link/description/language/atom:link/lastBuildDate", "item link, guid, category and media:content elements"],
  entries=[
  E("2028-09-07 22:40", "Kremlin Says Putin Has No Plans to Meet Zelensky This Year",
    ["Kremlin spokesman Dmitry Peskov said on Thursday there were no preparations for a meeting between Vladimir Putin and Volodymyr Zelensky before the end of the year, calling talk of a summit premature."],
    "diplomacy", "diplomacy", 2, "kremlin-no-putin-zelensky-meeting-2028-09-07"),
  E("2028-09-07 19:05", "Ukrainian Drones Set Volgograd Refinery Ablaze, Governor Says",
    ["A fire broke out at an oil refinery in the Volgograd region after a Ukrainian drone attack, the regional governor said, adding that no one was injured and that the blaze had been contained."],
    "strikes", "strikes", 2, "volgograd-refinery-drone-strike-2028-09-07"),
  OFF("2028-09-07 16:30", "Central Bank Holds Key Rate at 14% as Inflation Slows",
    ["The Bank of Russia left its key interest rate unchanged at 14% on Thursday, saying inflation had slowed faster than expected over the summer but that lending remained too strong."],
    "bank-of-russia-rate-hold-2028-09-07", n="monetary policy", cat="Business"),
  E("2028-09-07 13:50", "Siberian Teacher Jailed for Six Years Over Anti-War Posts",
    ["A court in Novosibirsk sentenced a secondary school history teacher to six years in prison for social media posts that prosecutors said spread false information about the army."],
    "other", "politics", 2, "novosibirsk-teacher-jailed-antiwar-posts-2028-09-07"),
  E("2028-09-07 11:15", "Two Killed in Ukrainian Drone Attack on Belgorod Region Village",
    ["Two people were killed when a Ukrainian drone struck a car in a village near the border in the Belgorod region, Governor Vyacheslav Gladkov said on Telegram."],
    "strikes", "strikes", 3, "belgorod-village-drone-deaths-2028-09-07"),
  E("2028-09-07 08:40", "Sheremetyevo Airport Halts Flights During Drone Alert",
    ["Moscow's Sheremetyevo airport suspended departures for about two hours on Thursday morning as air defences engaged drones approaching the capital, Mayor Sergei Sobyanin said."],
    "strikes", "strikes", 2, "moscow-drone-alert-sheremetyevo-2028-09-07"),
  OFF("2028-09-07 06:20", "Typhoon Floods Dozens of Villages in Primorye",
    ["Heavy rain brought by a typhoon flooded more than 40 villages in the Primorye region in Russia's Far East, and local authorities declared a state of emergency."],
    "primorye-typhoon-floods-2028-09-07", n="weather disaster"),
  ]))

# ---------------------------------------------------------------- 16305 Novaya Gazeta Europe
SEEDS.append(dict(
  id="16305", name="16305_novayagazeta-briefing", ext="txt", source="Novaya Gazeta Europe", zone="Europe/Riga", render=r_nge,
  title="Russia's war against Ukraine: what happened on 8 September", kicker="Daily briefing", dateline_t="2028-09-08 19:30",
  byline="Kira Melekhova",
  lede="Strikes on western Ukraine, a court verdict in absentia and a new claim on the Zaporizhzhia front: the main events of the day.",
  caption="Firefighters at the site of a strike in Lviv Oblast. Photo: State Emergency Service of Ukraine",
  more="How Russia's regions compete for contract soldiers",
  basis="no per-section time: the page line '8 September 2028, 19:30' (no zone printed; Novaya Gazeta Europe is edited from Riga, EEST = UTC+3) dates every section; local {d} in {z}",
  notes="Imitates a Novaya Gazeta Europe (novayagazeta.eu) English daily briefing, copied from the browser. One article: kicker 'Daily briefing', title, standfirst, author line 'Kira Melekhova', date line '8 September 2028, 19:30' (no zone; Riga = home zone), photo caption, then six sections; each section heading is one entry (headline = heading), stamp null, published = the page time. The page byline is the author of every section. A donation appeal after the third section and the 'Read more' link are chrome.",
  not_entries=["masthead, navigation, 'Русская версия' link", "kicker 'Daily briefing'", "page title", "standfirst 'Strikes on western Ukraine, ...'",
               "author line and date line", "share line", "photo caption with credit", "donation appeal after the third section",
               "'Read more' and the related link 'How Russia's regions compete for contract soldiers'", "newsletter sign-up", "footer"],
  entries=[
  E("2028-09-08 19:30", "Russian strikes reach Lviv and Ivano-Frankivsk regions",
    ["Russia fired cruise missiles and drones at western Ukraine overnight, killing three people in a village near Lviv and damaging a gas storage site in Ivano-Frankivsk Oblast, Ukrainian officials said.",
     "Poland scrambled fighter jets as a precaution while the attack was under way.",
     "Russia's Defence Ministry said it had struck 'energy infrastructure used by the Ukrainian army'."],
    "strikes", "strikes", 3, "western-ukraine-strikes-lviv-2028-09-08", a="Kira Melekhova"),
  E("2028-09-08 19:30", "Kremlin again rules out European troops in Ukraine",
    ["Dmitry Peskov said a European 'reassurance force' in Ukraine would be unacceptable to Moscow in any form, repeating the Kremlin's answer to a proposal that French and British officials revived this week."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-reassurance-force-2028-09-08", a="Kira Melekhova"),
  E("2028-09-08 19:30", "Exiled journalist sentenced in absentia",
    ["A Moscow court sentenced an exiled journalist to eight years in absentia for 'spreading fakes' about the army in a documentary about Russian losses.",
     "She lives in Berlin and called the verdict 'a certificate of quality'."],
    "other", "politics", 2, "exiled-journalist-sentenced-in-absentia-2028-09-08", a="Kira Melekhova"),
  E("2028-09-08 19:30", "North Korean shells still reaching the front",
    ["Investigators from a British research group said North Korean 122 mm and 152 mm shells made this year had been found on Russian positions in the Donetsk region, suggesting deliveries continue at scale."],
    "aid", "aid", 2, "north-korean-shells-supply-russia-2028-09", a="Kira Melekhova"),
  E("2028-09-08 19:30", "Russia claims a village in Zaporizhzhia region",
    ["Russia's Defence Ministry said its troops had taken a village east of Huliaipole. Ukraine's General Staff said fighting there was continuing."],
    "other", "frontline", 2, "russia-claims-village-zaporizhzhia-2028-09-08", a="Kira Melekhova"),
  E("2028-09-08 19:30", "Drone strike cuts power in part of Kursk",
    ["A Ukrainian drone hit an electrical substation in Kursk, leaving several districts of the city without power for most of the day, the regional governor said."],
    "strikes", "strikes", 2, "kursk-substation-drone-strike-2028-09-08", a="Kira Melekhova"),
  ]))

# ---------------------------------------------------------------- 16306 Notes from Poland
SEEDS.append(dict(
  id="16306", name="16306_notesfrompoland-article", ext="html", source="Notes from Poland", zone="Europe/Warsaw", render=r_nfp,
  title="Drone debris near Zamość, a new Patriot contract and a reopened border crossing: Poland's security week",
  url="https://notesfrompoland.com/2028/09/11/drone-debris-near-zamosc-new-patriot-contract-reopened-border-crossing/",
  dateline_t="2028-09-11 11:42", byline="Agata Wrzos",
  lede="Our weekly round-up of the main developments in Polish security and Poland's support for Ukraine.",
  caption="A Polish Army patrol in Lubelskie province. Credit: Polish Armed Forces Operational Command",
  related=["Poland's defence spending to reach 5% of GDP next year, says government", "Ukrainians in Poland: how the refugee population has changed"],
  basis="no per-section time and only a date printed on the page ('September 11, 2028'); the time comes from the Yoast JSON-LD datePublished '2028-09-11T09:42:00+00:00'; local {d} in {z}",
  notes="Imitates a Notes from Poland (WordPress) article. The visible page prints only the date 'September 11, 2028' and the byline 'By Agata Wrzos'; the publication time is only in the Yoast @graph JSON-LD (NewsArticle datePublished '2028-09-11T09:42:00+00:00' = 11:42 CEST). Five h2 sections, each one entry (headline = heading), stamp null, published = that JSON-LD time, author = the page byline. The bold standfirst, the support box after the second section, tags and 'Related posts' are chrome. 16306-01 is a stray Russian drone that crashed in Poland during an attack on Ukraine: no attack on Poland, so other/security with secondary strikes (see README).",
  not_entries=["site header and navigation", "page title (h1)", "byline 'By Agata Wrzos' and the date 'September 11, 2028'", "photo caption with credit",
               "bold standfirst 'Our weekly round-up ...'", "support box after the second section", "tags line", "'Related posts' with two links", "footer"],
  entries=[
  E("2028-09-11 11:42", "Drone debris found near Zamość",
    ["Parts of a Russian Gerbera-type decoy drone were found in a field near Zamość in Lubelskie province on Sunday morning, the Operational Command of the Armed Forces said.",
     "The drone crossed from Ukraine during an overnight Russian attack on Volyn and was tracked by radar but not shot down, because it did not threaten populated areas, the military said.",
     "Prosecutors have opened an investigation, and the foreign ministry summoned Russia's chargé d'affaires."],
    "other", "security", 2, "russian-drone-debris-zamosc-2028-09-10", a="Agata Wrzos", sec=["strikes"]),
  E("2028-09-11 11:42", "Poland signs contract for four more Patriot batteries",
    ["Defence Minister Władysław Kosiniak-Kamysz signed a contract for four additional Patriot batteries for the second phase of the Wisła air-defence programme.",
     "The first of them is due in 2031; part of the launchers will be built by Polish arms maker PGZ."],
    "other", "security", 2, "poland-patriot-batteries-contract-2028-09", a="Agata Wrzos"),
  E("2028-09-11 11:42", "Sikorski urges EU partners to back reparations loan for Ukraine",
    ["Foreign Minister Radosław Sikorski called on EU governments that still hesitate to support a loan to Ukraine backed by immobilised Russian assets, saying Europe 'cannot ask Ukrainians to wait for another winter'."],
    "aid", "aid", 2, "sikorski-reparations-loan-appeal-2028-09", a="Agata Wrzos", sec=["diplomacy"]),
  E("2028-09-11 11:42", "Kuźnica rail crossing with Belarus to reopen",
    ["The interior ministry said the Kuźnica–Grodno rail crossing with Belarus, closed in the spring after a series of sabotage incidents on Polish railways, will reopen to freight next Monday.",
     "The road crossings at Kuźnica and Bobrowniki remain shut."],
    "other", "security", 2, "kuznica-rail-crossing-reopening-2028-09", a="Agata Wrzos"),
  E("2028-09-11 11:42", "Ukrainian refugees face new rules on child benefit",
    ["From October, Ukrainian citizens in Poland will receive the monthly 800+ child benefit only if they are working and their children attend Polish schools, under rules published by the family ministry.",
     "Aid groups warn that several thousand families may lose the payment."],
    "other", "humanitarian", 2, "ukrainian-refugees-child-benefit-rules-2028-09", a="Agata Wrzos"),
  ]))

# ---------------------------------------------------------------- 16307 LRT English
SEEDS.append(dict(
  id="16307", name="16307_lrt-english-news", ext="txt", source="LRT English", zone="Europe/Vilnius", render=r_lrt,
  title="Latest news",
  basis="stamp '{s}' printed under the headline (year.month.day, Vilnius time implied, EEST = UTC+3); local {d} in {z}",
  notes="Imitates the LRT English (lrt.lt/en) news listing as copied from the browser. Newest first. Each card: a category label in capitals, the headline, then the stamp '2028.09.12 21:10' (AFTER the headline; no zone: Vilnius time), then the lead. No bylines on the listing (author null). Two off-beat items (inflation, Old Town festival).",
  not_entries=["'LRT' masthead and language switch", "'LRT English' heading", "navigation menu", "listing heading 'Latest news' (page title)",
               "category labels above each headline ('LITHUANIA IN THE WORLD', 'LITHUANIA', 'BUSINESS', 'CULTURE')", "'Advertisement'",
               "newsletter promo after the fifth card", "'Show more'", "footer"],
  entries=[
  E("2028-09-12 21:10", "Nausėda in Kyiv pledges new Lithuanian air-defence package",
    ["President Gitanas Nausėda, on a visit to Kyiv, said Lithuania would finance a new package of short-range air-defence systems and anti-drone equipment for Ukraine worth €120 million.",
     "He and President Volodymyr Zelensky also signed a memorandum on joint production of ammunition."],
    "aid", "aid", 3, "nauseda-kyiv-air-defence-package-2028-09-12"),
  E("2028-09-12 18:45", "Smuggling balloons from Belarus shut Vilnius Airport for third night",
    ["Vilnius Airport suspended flights for several hours overnight after radar detected dozens of smuggling balloons drifting in from Belarus, the National Crisis Management Centre said.",
     "The government is considering closing the border again."],
    "other", "security", 2, "belarus-balloons-vilnius-airport-2028-09-12", cat="LITHUANIA"),
  OFF("2028-09-12 16:20", "Lithuania's annual inflation eases to 2.1% in August",
    ["Consumer prices in Lithuania rose 2.1% year-on-year in August, down from 2.6% in July, the State Data Agency said."],
    "lithuania-inflation-august-2028", n="economy statistics", cat="BUSINESS"),
  E("2028-09-12 14:05", "Lithuanian-made interceptor drones reach Ukrainian brigade",
    ["A first batch of interceptor drones made by a Kaunas start-up has been handed over to a Ukrainian air-defence brigade, the Lithuanian defence ministry said.",
     "The drones were financed through the 'Radarom' fundraising campaign."],
    "aid", "aid", 2, "lithuanian-interceptor-drones-delivery-2028-09-12"),
  E("2028-09-12 11:30", "German brigade in Lithuania holds first large-scale exercise",
    ["The German Bundeswehr brigade stationed in Lithuania has begun its first exercise at full strength, with about 4,000 troops training at the Pabradė range."],
    "other", "security", 2, "german-brigade-lithuania-exercise-2028-09-12", cat="LITHUANIA"),
  E("2028-09-12 09:15", "Russian strike damages Lithuania's honorary consulate in Kharkiv",
    ["The building housing Lithuania's honorary consulate in Kharkiv was damaged by the blast wave of a Russian drone strike overnight, the foreign ministry in Vilnius said. No staff were hurt."],
    "strikes", "strikes", 2, "kharkiv-strike-damages-lithuanian-consulate-2028-09-12", sec=["diplomacy"]),
  OFF("2028-09-12 07:40", "Vilnius Old Town festival draws record crowds",
    ["More than 300,000 people attended the three-day Capital Days festival in Vilnius Old Town over the weekend, the city municipality said."],
    "vilnius-capital-days-festival-2028", n="city festival", cat="CULTURE"),
  ]))

# ---------------------------------------------------------------- 16308 ERR News
SEEDS.append(dict(
  id="16308", name="16308_err-news", ext="html", source="ERR News", zone="Europe/Tallinn", render=r_err,
  title="ERR News | News in English from Estonia",
  basis="stamp '{s}' printed above the headline (day.month.year, Tallinn time implied, EEST = UTC+3); local {d} in {z}",
  notes="Imitates the ERR News (news.err.ee) front listing. Newest first. Each card: stamp '13.09.2028 20:30' ABOVE the headline (no zone: Tallinn time), an optional 'Feature' label, the headline, an optional photo credit line, then the lead. No JSON-LD. No bylines (author null). One off-beat item (Tallinn transport fares).",
  not_entries=["ERR portal top bar", "'ERR News' logo and navigation", "'Feature' label on the 10:05 card", "photo credit lines ('Photo: ...')",
               "newsletter box after the fourth card", "'More news'", "footer"],
  entries=[
  E("2028-09-13 20:30", "Estonia to give Ukraine another €100 million in military aid next year",
    ["The government has approved military aid to Ukraine worth at least €100 million for next year, keeping its commitment of 0.25 percent of GDP, Defense Minister Hanno Pevkur said after the cabinet meeting."],
    "aid", "aid", 3, "estonia-military-aid-2029-budget-2028-09-13"),
  E("2028-09-13 17:50", "GPS interference disrupts landings at Tartu airport again",
    ["Two flights to Tartu had to divert to Riga on Wednesday because of satellite navigation interference that the Transport Administration attributes to Russia."],
    "other", "security", 2, "gps-jamming-tartu-airport-2028-09-13", photo="Photo: Siim Lõvi / ERR"),
  OFF("2028-09-13 15:15", "Tallinn to raise public transport fares for non-residents",
    ["Tallinn city council voted to raise single-ticket prices for visitors from January, while public transport remains free for registered residents."],
    "tallinn-transport-fares-2028-09-13", n="city transport"),
  E("2028-09-13 12:40", "Russia installs new barriers on Narva bridge",
    ["Russian border guards installed concrete barriers and new surveillance masts at the eastern end of the Friendship Bridge between Narva and Ivangorod, the Police and Border Guard Board said."],
    "other", "security", 2, "narva-bridge-barriers-2028-09-13"),
  E("2028-09-13 10:05", "Ukrainian children in Estonian schools, three years after the switch",
    ["About 7,500 Ukrainian children now study in Estonian-language schools; teachers say most of those who came in 2022 have caught up, but newer arrivals from frontline regions need more support."],
    "other", "humanitarian", 2, "ukrainian-children-estonian-schools-feature-2028", label="Feature", n="feature"),
  E("2028-09-13 08:20", "Reservist training exercise begins in southern Estonia",
    ["Around 3,000 reservists have been called up for a two-week exercise in Võru and Valga counties, the Defense Forces said, warning drivers of military convoys on local roads."],
    "other", "security", 2, "reservist-exercise-southern-estonia-2028-09-13"),
  E("2028-09-13 06:45", "Estonia expels Russian diplomat over sabotage plot",
    ["The foreign ministry has declared a Russian embassy official persona non grata, accusing him of helping organise an attempted arson attack on a rail depot in Tapa."],
    "diplomacy", "diplomacy", 2, "estonia-expels-russian-diplomat-2028-09-13", sec=[]),
  ]))

# ---------------------------------------------------------------- 16309 Balkan Insight
SEEDS.append(dict(
  id="16309", name="16309_balkaninsight-rss", ext="xml", source="Balkan Insight", zone="UTC", render=r_bi_rss,
  title="Balkan Insight",
  basis="RSS pubDate '{s}' (WordPress GMT, +0000); local {d} in {z}",
  notes="Imitates the Balkan Insight (WordPress) RSS feed. Newest first; pubDate in +0000; dc:creator per item (author); several categories per item. Each description is the lead paragraph followed by WordPress's 'The post ... appeared first on Balkan Insight.' line, which is chrome (not a body paragraph; it repeats the headline). Three of seven items are off the war.",
  not_entries=["channel title/link/description/lastBuildDate/language/sy:update*/generator", "item link, guid and category elements",
               "'The post ... appeared first on Balkan Insight.' line at the end of every description"],
  entries=[
  E("2028-09-14 17:40", "Bulgarian Arms Exports to Ukraine Reach Record, Report Says",
    ["Bulgaria exported weapons and ammunition worth more than 2 billion euros in the first half of 2028, most of it ending up in Ukraine, according to a report by the interdepartmental export control commission."],
    "aid", "aid", 2, "bulgaria-arms-exports-ukraine-record-2028", a="Dragana Pekić", cats=["Bulgaria", "News", "Ukraine war"]),
  OFF("2028-09-14 15:20", "Albanian Parliament Extends Judicial Vetting by Two Years",
    ["Albania's parliament voted to extend the mandate of the bodies vetting judges and prosecutors until 2030, despite objections from the opposition."],
    "albania-judicial-vetting-extension-2028-09-14", a="Ardit Kola", n="Albanian judiciary", cats=["Albania", "News"]),
  E("2028-09-14 13:05", "Romania Finds Drone Fragments After Russian Attack on Danube Ports",
    ["Romanian authorities found fragments of a drone near the village of Plauru, across the Danube from Izmail, after an overnight Russian attack on Ukrainian river ports."],
    "strikes", "strikes", 2, "romania-drone-fragments-danube-2028-09-14", a="Ivana Lukač", cats=["Romania", "News", "Ukraine war"]),
  OFF("2028-09-14 11:00", "Kosovo and Serbia Trade Blame Over Closed Border Crossing",
    ["Pristina and Belgrade accused each other of escalating tensions after the Jarinje crossing was closed to cargo traffic for a second day."],
    "kosovo-serbia-jarinje-closure-2028-09-14", a="Ardit Kola", n="Kosovo-Serbia relations", cats=["Kosovo", "Serbia", "News"]),
  E("2028-09-14 09:30", "Montenegro Aligns With Latest EU Sanctions on Russia",
    ["Montenegro's government adopted the EU's latest package of sanctions against Russia, including a ban on Russian shadow-fleet tankers using its ports."],
    "diplomacy", "diplomacy", 2, "montenegro-aligns-eu-russia-sanctions-2028-09-14", a="Ivana Lukač", cats=["Montenegro", "News"]),
  OFF("2028-09-14 07:45", "Croatia's Summer Tourism Revenue Hits Record High",
    ["Foreign tourists spent a record amount in Croatia between June and August, the central bank said, even though the number of overnight stays fell slightly."],
    "croatia-tourism-revenue-record-2028", a="Dragana Pekić", n="tourism", cats=["Croatia", "News"]),
  E("2028-09-14 06:10", "Serbian-Made Shells Reach Ukraine via Third Countries, Investigation Finds",
    ["Artillery shells produced by Serbian state factories have continued to reach Ukraine's army through intermediaries in Central Europe, despite Belgrade's official neutrality, a BIRN investigation found."],
    "aid", "aid", 2, "serbian-shells-reach-ukraine-investigation-2028", a="Dragana Pekić", cats=["Serbia", "Investigation", "Ukraine war"]),
  ]))

# ================================================================ Part B renderers (invented outlets)

def r_darnholt(S):
    """text live, newest first; 'Key Points' bullet block; headline line, then a fused stamp/author line '19:45 BST · NAME'."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Home | News | World | Politics | Business | Sport | Opinion | Live", "", "LIVE", S["title"], S["dateline"], "",
         S["lede"], "", "Key Points"] + ["• " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} BST"; stamps.append(st)
        L += [e["h"], f"{st} · {e['a']}" if e["a"] else st, ""] + ptxt(e["p"])
        if not e["p"]:
            L += ["[Video: 0:48]", ""]
        if i == 3:
            L += ["Get our Ukraine Briefing newsletter in your inbox every weekday evening. Sign up", ""]
    L += ["Show older posts", "", f"© {S['source']} · Terms · Privacy · Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_ironsmere(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with per-update datePublished and author; visible <time> 'HH:MM',
    h2 headline, paragraphs, 'By NAME' after the body."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "coverageEndTime": (last + timedelta(hours=4)).isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a href="/war">War</a> <a href="/politics">Politics</a> '
           '<a href="/economy">Economy</a> <a href="/opinion">Opinion</a> <a href="/donate">Donate</a></nav></header>',
           f'<main><p class="kicker">Live</p><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>',
           f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="lb-post" id="post-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="byline">By {esc(e["a"])}</p>')
        out.append('<div class="post-tools"><a>Link</a> <a>Share</a></div></article>')
        if i == 2:
            out.append(f'<aside class="related"><h3>Read more</h3><a href="/explainers/{slugify(S["related"])}">{esc(S["related"])}</a></aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} · Editorial policy · Contacts · Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """RSS 2.0 feed, newest first: pubDate in 'GMT' or with the numeric offset (S['gmt']), HTML paragraphs in CDATA,
    dc:creator only when the item has an author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', f'<atom:link href="{S["url"]}/rss.xml" rel="self" type="application/rss+xml" />',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=S.get("gmt", False))}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S.get("gmt", False)); stamps.append(st)
        link = f"{S['url']}/{e.get('cat', 'world').lower()}/{slugify(e['h'], 48)}-{S['idbase'] + i * 17}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{esc(e.get("cat", "World"))}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO with the outlet's offset (Z for UTC); escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>tag:{S["url"].split("//")[1]},2028:feed</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f"{S['url']}/a/{S['idbase'] + i * 3}"
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" href="{link}"/>', f'<id>{link}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_kestrelmount(S):
    """text article with section headings (one entry per section); page byline; dateline with time and zone; no per-section stamp."""
    L = [S["source"], "Politics  ·  Europe  ·  World  ·  Economy  ·  Culture", "", "Europe › Ukraine", "", S["title"], "", S["lede"], "",
         f"By {S['byline']}", S["dateline"], "", "Share: Mastodon · Bluesky · E-mail · Print", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 0:
            L += [S["caption"], ""]
    L += ["More on this topic", S["more"], "", f"{S['source']} · Imprint · Privacy · Subscriptions"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_ravensgill(S):
    """HTML live, newest first, no JSON-LD; relative stamps ('35 min ago', '2 hrs ago') counted from the printed
    'Last updated: 21.09.2028, 19:40 CEST'; 'by NAME' under the h2; gallery placeholder for the photo teaser."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} – {esc(S["source"])}</title></head><body>',
           '<div id="consent">We use cookies to measure traffic. <button>Accept</button> <button>Manage</button></div>',
           f'<header><strong>{esc(S["source"])}</strong> <nav><a>Poland</a> <a>Europe</a> <a>War in Ukraine</a> <a>Business</a> <a>Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="updated">Last updated: {ref:%d.%m.%Y}, {ref:%H:%M} CEST</p>',
           f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} min ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hr ago" if mins == 60 else f"{mins // 60} hrs ago"
        stamps.append(st)
        out.append(f'<div class="live-post"><span class="ago">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="by">by {esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">[Gallery: 12 photos]</div>')
        out.append('</div>')
        if i == 2:
            out.append('<aside><h3>See also</h3><a href="/explainers/prisoner-exchanges">Every prisoner exchange since 2022, in one chart</a></aside>')
    out += ['<p class="more"><a href="/live/ukraine-20-09">Wednesday\u2019s live coverage</a></p></main>',
            f'<footer>{esc(S["source"])} · About · Advertise · Privacy policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_faircliffe(S):
    """text live, oldest first; headline line, then '8:05am EDT | NAME' (12-hour clock + zone); dateline with year."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "U.S.  ·  World  ·  Business  ·  Opinion  ·  Newsletters", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{clock12(d)} EDT"; stamps.append(st)
        L += [e["h"], f"{st} | {e['a']}" if e["a"] else st, ""] + ptxt(e["p"])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["This live coverage has ended.", "", f"{S['source']} · Terms of Use · Privacy Notice"]
    return "\n".join(L) + "\n", stamps


def r_thimbleby(S):
    """text live, oldest first; yearless date line; '9.05am' line before each headline; one page byline."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "News · Live · World · Sport · Comment", "", S["title"], S["dateline"], S["byline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = clock12(d, sep="."); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if not e["p"]:
            L += ["(video, 1 min 02 sec)", ""]
        if i == 3:
            L += ["Support the Courier's journalism from just £1 a week.", ""]
    L += ["We'll be back with live coverage tomorrow morning.", "", f"{S['source']} · Contact · Corrections · Privacy"]
    return "\n".join(L) + "\n", stamps


def r_harrowmere(S):
    """HTML live, newest first. LiveBlogPosting JSON-LD whose updates all repeat the PAGE headline and datePublished (only
    @id and articleBody differ); the real per-post time is the visible <time> 'HH:MM' (Irish time)."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z); pub = dt(S["published"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}?post=blk-{7301 + i}", "headline": S["title"], "datePublished": pub.isoformat(),
            "dateModified": last.isoformat(), "articleBody": " ".join(e["p"])[:1000]} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": pub.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": pub.isoformat(), "coverageEndTime": (last + timedelta(hours=3)).isoformat(),
          "author": [{"@type": "Person", "name": n} for n in S["authors"]], "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-IE"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header>{esc(S["source"])} <nav><a>News</a> <a>World</a> <a>Business</a> <a>Sport</a> <a>Podcasts</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="tz">{esc(S["tznote"])}</p>',
           f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="block" id="blk-{7301 + i}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="contributor">{esc(e["a"])}</p>')
        out.append('</div>')
        if i == 1:
            out.append(f'<div class="promo">Sign up for the {esc(S["source"])} world news email</div>')
    out += ['</main>', f'<footer>{esc(S["source"])} · Contact · Privacy · Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================ PART B: three invented multi-source days
CHN = "chernihiv-missile-strike-2028-09-20"
IRIS = "germany-iris-t-pledge-2028-09-20"

# ---------------------------------------------------------------- DAY 1: Wednesday 20 September 2028
# ---------------------------------------------------------------- 16320 Darnholt Evening Post
SEEDS.append(dict(
  id="16320", name="16320_darnholt-textlive", ext="txt", source="Darnholt Evening Post", zone="Europe/London", render=r_darnholt,
  title="Ukraine war live: Russian missiles kill eight in Chernihiv; Germany pledges more IRIS-T systems",
  dateline="Wednesday 20 September 2028",
  lede="Follow our live coverage of the war in Ukraine. All times are BST.",
  basis="stamp '{s}' on the line under the headline (BST printed = UTC+1) on the page dated 'Wednesday 20 September 2028'; local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, newest first. A 'Key Points' block lists three headlines (key_point true, importance 3). Each post: headline line, then a line fusing the stamp and the author ('19:45 BST · Kate Ormsby'; author = the name after the dot), then the paragraphs. The 16:05 'Watch:' post has only a video placeholder (teaser, no body). 16320-04 is a theme piece (analysis) that mentions the Chernihiv strike but is its own story; 16320-05 is Zelensky's Patriot appeal (a separate statement, aid); 16320-08 is the overnight drone-and-missile attack, a different event from the morning Chernihiv strike.",
  not_entries=["masthead and navigation", "'LIVE' label", "page title", "dateline 'Wednesday 20 September 2028'", "lede 'Follow our live coverage ... All times are BST.'",
               "'Key Points' block (three bullet headlines, repeated from the posts below)", "'Latest' heading", "video placeholder '[Video: 0:48]' in the teaser post",
               "newsletter promo after the fourth post", "'Show older posts'", "footer"],
  entries=[
  E("2028-09-20 19:45", "Chernihiv toll rises to eight as rescuers pause search for the night",
    ["Eight people are now confirmed dead after Wednesday morning's missile strike on Chernihiv, the regional governor said, adding that 44 people were injured, 11 of them seriously.",
     "Rescue teams stopped clearing the collapsed section of the college dormitory at nightfall and will resume at first light."],
    "strikes", "strikes", 3, CHN, a="Kate Ormsby", kp=True, n="toll 8 dead, 44 injured"),
  E("2028-09-20 17:30", "EU's Kallas condemns Chernihiv strike on students",
    ["The EU's foreign policy chief, Kaja Kallas, said the missile attack on a student dormitory in Chernihiv showed that Moscow 'is looking for targets, not for peace', and urged member states to speed up air-defence deliveries.",
     "Several EU foreign ministers posted similar condemnations during the afternoon."],
    "strikes", "strikes", 3, CHN, a="Kate Ormsby", sec=["diplomacy"], n="official reaction whose content is the attack itself: same story"),
  E("2028-09-20 16:05", "Watch: Rescuers carry survivors from the Chernihiv dormitory", [],
    "strikes", "strikes", 1, CHN, n="video teaser, no text body"),
  E("2028-09-20 15:10", "Analysis: Why Chernihiv is so hard to protect from ballistic missiles",
    ["Chernihiv lies barely 60 kilometres from the Belarusian border and less than 100 from Russia, which gives air-defence crews only a minute or two of warning when a ballistic missile is launched from the Bryansk region.",
     "Wednesday's attack was the city's deadliest since spring, but officials have warned for months that short-range Iskanders fired from just across the border leave almost no time for sirens.",
     "Military analysts say only Patriot-class systems can reliably stop such missiles, and Ukraine has too few to cover every regional capital."],
    "strikes", "strikes", 2, "analysis-chernihiv-ballistic-missile-exposure", a="Tom Ashcombe",
    n="theme piece (analysis) that mentions the Chernihiv strike; its own story, must not merge with the strike"),
  E("2028-09-20 13:20", "Zelensky renews plea for Patriot systems after attack",
    ["President Volodymyr Zelensky said Ukraine's partners had 'the systems that could have saved these students sitting in storage' and asked again for at least ten more Patriot batteries before winter.",
     "He spoke in a video address recorded in Kyiv."],
    "aid", "aid", 2, "zelensky-patriot-appeal-2028-09-20", a="Tom Ashcombe",
    n="appeal for air defence: a separate statement on the air-defence theme; must not merge with the Chernihiv strike"),
  E("2028-09-20 11:05", "Germany to send two more IRIS-T air defence systems",
    ["Germany will deliver two more IRIS-T SLM air-defence systems and several hundred missiles to Ukraine by the end of the year, Defence Minister Boris Pistorius told reporters in Berlin.",
     "The package is worth about €600 million and will be paid for from this year's German military aid budget."],
    "aid", "aid", 3, IRIS, a="Lena Fairweather", kp=True),
  E("2028-09-20 09:15", "At least six killed as Russian missiles hit Chernihiv",
    ["At least six people were killed and more than 30 injured when Russian ballistic missiles struck the centre of Chernihiv in northern Ukraine on Wednesday morning, local officials said.",
     "One missile hit a dormitory of a technical college, where first-year students had moved in at the start of September; another landed near the central market."],
    "strikes", "strikes", 3, CHN, a="Kate Ormsby", kp=True, n="toll 6 dead"),
  E("2028-09-20 07:50", "Russia fired 112 drones and nine missiles overnight, Ukraine's air force says",
    ["Russia launched 112 attack drones and nine cruise missiles at Ukraine overnight, the air force said, adding that 97 drones and seven missiles had been shot down.",
     "Energy facilities in the Poltava and Sumy regions were damaged."],
    "strikes", "strikes", 2, "overnight-attack-2028-09-20", a="Lena Fairweather",
    n="the overnight attack, reported before the morning Chernihiv strike; must not merge with it"),
  ]))

# ---------------------------------------------------------------- 16321 Ironsmere Observer
SEEDS.append(dict(
  id="16321", name="16321_ironsmere-ldlive", ext="html", source="Ironsmere Observer", zone="Europe/Kyiv", render=r_ironsmere,
  title="Russia's war, day 2,401: ballistic missiles hit Chernihiv", url="https://ironsmere-observer.example/live/war-day-2401",
  dateline="Wednesday, 20 September 2028 · All times Kyiv (EEST)",
  lede="Live updates from Kyiv and the regions on the 2,401st day of Russia's full-scale invasion.",
  related="What IRIS-T can and cannot intercept",
  basis="visible '{s}' in <time datetime> (Kyiv time, 'All times Kyiv (EEST)' printed) under the dateline 'Wednesday, 20 September 2028'; the JSON-LD update has the same time; local {d} in {z}",
  notes="Invented outlet (Ukraine, English). HTML live blog, oldest first, with LiveBlogPosting JSON-LD carrying every update (headline, datePublished with +03:00, articleBody, author). Visible: <time> 'HH:MM', h2 headline, paragraphs, 'By NAME'. 16321-06 re-publishes 16321-03 almost word for word (near-verbatim repeat, duplicate_of). 16321-01 (overnight drone on an energy site near Nizhyn, Chernihiv region) and 16321-05 (Ukrainian drones on Bryansk) must not merge with the Chernihiv city missile strike.",
  not_entries=["header and navigation", "'Live' kicker", "page title", "dateline with the time-zone note", "standfirst", "'Link' / 'Share' tools under every post",
               "'Read more' box with the link 'What IRIS-T can and cannot intercept' after the third post", "footer", "JSON-LD (mirrors the visible posts)"],
  entries=[
  E("2028-09-20 08:30", "Drone hits energy facility in Chernihiv region overnight",
    ["A Russian drone struck an energy facility near Nizhyn in Chernihiv Oblast overnight, cutting power to about 12,000 households, the regional energy company said.",
     "There were no casualties; repair crews expect to restore supply by evening."],
    "strikes", "strikes", 2, "chernihiv-region-energy-drone-strike-2028-09-20", a="Oksana Lytvyn",
    n="same region, different (overnight drone) strike: must not merge with the Chernihiv city missile strike"),
  E("2028-09-20 09:55", "Explosions in Chernihiv: missiles hit city centre, three dead",
    ["Several explosions shook central Chernihiv shortly before 9:40 this morning as Russian ballistic missiles hit the city, the head of the city military administration said.",
     "At least three people were killed. A college dormitory and a market hall were hit."],
    "strikes", "strikes", 3, CHN, a="Oksana Lytvyn", n="first report, toll 3"),
  E("2028-09-20 11:40", "Chernihiv: six confirmed dead, 31 injured as rescuers search dormitory",
    ["The number of people killed in this morning's missile strike on Chernihiv has risen to six, with 31 injured, the State Emergency Service said.",
     "Rescuers are working through the collapsed stairwell of the dormitory, where several students are believed to be trapped."],
    "strikes", "strikes", 3, CHN, a="Mykyta Shram", n="toll 6"),
  E("2028-09-20 13:25", "Germany pledges two more IRIS-T systems",
    ["Berlin will send Ukraine two additional IRIS-T SLM air-defence systems with missiles before the end of the year, German Defence Minister Boris Pistorius announced.",
     "Ukraine's defence ministry thanked Germany, saying the systems would help protect northern cities such as Chernihiv."],
    "aid", "aid", 3, IRIS, a="Mykyta Shram"),
  E("2028-09-20 14:10", "Ukrainian drones hit fuel depot in Russia's Bryansk region",
    ["Ukrainian drones set fire to a fuel depot in Russia's Bryansk region, which borders Chernihiv Oblast, Ukraine's General Staff said.",
     "Bryansk governor Alexander Bogomaz said debris from downed drones had caused a fire at 'an industrial facility'."],
    "strikes", "strikes", 2, "bryansk-fuel-depot-drone-strike-2028-09-20", a="Oksana Lytvyn",
    n="attack by the other side, across the same border: must not merge with the Chernihiv strike"),
  E("2028-09-20 15:05", "Chernihiv: six confirmed dead, 31 injured as rescuers search dormitory",
    ["The number of people killed in the morning missile strike on Chernihiv has risen to six, with 31 injured, the State Emergency Service said.",
     "Rescuers are working through the collapsed stairwell of the dormitory, where several students are believed to be trapped."],
    "strikes", "strikes", 1, CHN, a="Mykyta Shram", dup="16321-03", n="near-verbatim repeat of 16321-03 (re-published by the desk)"),
  E("2028-09-20 16:40", "Chernihiv strike: injured student dies in hospital, toll now seven",
    ["A 17-year-old student injured in the strike on the college dormitory has died in hospital, bringing the death toll in Chernihiv to seven, the regional governor said."],
    "strikes", "strikes", 3, CHN, a="Mykyta Shram", n="toll 7"),
  ]))

# ---------------------------------------------------------------- 16322 Pelorus World Service
SEEDS.append(dict(
  id="16322", name="16322_pelorus-worldrss", ext="xml", source="Pelorus World Service", zone="UTC", render=r_rss, gmt=True,
  title="Pelorus World Service – World news", url="https://pelorus-world.example", idbase=40210,
  lede="Top stories from around the world",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world RSS feed, newest first, pubDate in GMT, no authors. The war is a minority: four of six items are off-beat. Spells the strike city 'Chernigov' (Russian-derived spelling of Chernihiv).",
  not_entries=["channel title/link/description/language/atom:link/lastBuildDate", "item link, guid and category elements"],
  entries=[
  OFF("2028-09-20 20:10", "Los Angeles tallies the cost of its Olympic summer",
    ["Los Angeles officials said the Olympic and Paralympic Games that ended last month came in slightly under budget, though the city still faces a bill for extra policing and transport."],
    "los-angeles-games-cost-2028", n="sport/city finances", cat="Sport"),
  E("2028-09-20 17:40", "Germany to supply Ukraine with two more IRIS-T systems",
    ["Germany will deliver two more IRIS-T medium-range air-defence systems to Ukraine, its defence minister said on Wednesday, as Kyiv pleads for help against Russian missile attacks."],
    "aid", "aid", 3, IRIS),
  OFF("2028-09-20 14:25", "Typhoon forces mass evacuations in northern Philippines",
    ["More than 200,000 people left their homes in northern Luzon as a strong typhoon approached with winds of up to 190 km/h, the Philippine disaster agency said."],
    "philippines-typhoon-evacuations-2028-09-20", n="weather", cat="Asia"),
  E("2028-09-20 11:30", "Six dead as missiles strike Chernigov in northern Ukraine",
    ["Russian missiles struck the northern Ukrainian city of Chernigov on Wednesday morning, killing six people and hitting a student dormitory, Ukrainian officials said.",
     "Moscow did not comment on the attack."],
    "strikes", "strikes", 3, CHN, n="spelling 'Chernigov'; toll 6"),
  OFF("2028-09-20 08:05", "Brazil's central bank cuts rates for a third time this year",
    ["Brazil's central bank lowered its benchmark Selic rate by half a percentage point, citing a cooling labour market and easing food prices."],
    "brazil-rate-cut-2028-09", n="economy", cat="Business"),
  OFF("2028-09-20 04:40", "Wildfire forces evacuations on Greek island of Evia",
    ["Greek authorities ordered the evacuation of four villages on the island of Evia as a wildfire fanned by strong winds spread through pine forest."],
    "evia-wildfire-2028-09-20", n="wildfire", cat="Europe"),
  ]))

# ---------------------------------------------------------------- 16323 Kestrelmount Review
SEEDS.append(dict(
  id="16323", name="16323_kestrelmount-article", ext="txt", source="Kestrelmount Review", zone="Europe/Berlin", render=r_kestrelmount,
  title="Eight dead in Chernihiv as Berlin steps up air defence for Ukraine", byline="Anneliese Brandt",
  dateline="20 September 2028, 18:30 CEST",
  lede="Our evening summary: Russia's deadliest strike on a northern Ukrainian city in months, and Germany's answer.",
  caption="Rescue workers at the damaged dormitory in Chernihiv. Photo: State Emergency Service of Ukraine",
  more="Where Germany's IRIS-T systems are made",
  basis="no per-section time: the dateline '20 September 2028, 18:30 CEST' (CEST = UTC+2) dates every section; local {d} in {z}",
  notes="Invented outlet (Berlin, English). Text article with a byline and one dateline '20 September 2028, 18:30 CEST'; three sections, each one entry (headline = section heading), stamp null, published = the dateline time, author = the page byline. The first section gives the German spelling 'Tschernihiw' next to Chernihiv. A photo caption after the first section and the 'More on this topic' link are chrome. Section 2 is re-posted verbatim by 16332 on day 2.",
  not_entries=["masthead and navigation", "breadcrumb 'Europe › Ukraine'", "page title", "standfirst 'Our evening summary: ...'", "byline 'By Anneliese Brandt'",
               "dateline '20 September 2028, 18:30 CEST'", "share line", "photo caption with credit after the first section",
               "'More on this topic' with the link 'Where Germany's IRIS-T systems are made'", "footer"],
  entries=[
  E("2028-09-20 18:30", "Chernihiv (Tschernihiw): eight dead after missile strike on student dormitory",
    ["Eight people, most of them students, were killed when Russian ballistic missiles struck the centre of Chernihiv on Wednesday morning, according to Ukrainian authorities.",
     "More than 40 people were injured. The Kremlin did not comment; Russia's defence ministry said only that it had hit 'military infrastructure' in the region."],
    "strikes", "strikes", 3, CHN, a="Anneliese Brandt", n="toll 8; German spelling 'Tschernihiw' in the heading"),
  E("2028-09-20 18:30", "Berlin adds two IRIS-T systems",
    ["Defence Minister Boris Pistorius announced two more IRIS-T SLM systems for Ukraine, together with several hundred guided missiles, in a package worth around €600 million.",
     "It brings the number of IRIS-T SLM fire units Germany has pledged to Ukraine to 14, according to the ministry.",
     "Pistorius said deliveries would begin 'within weeks', drawing on systems originally built for the Bundeswehr."],
    "aid", "aid", 3, IRIS, a="Anneliese Brandt"),
  E("2028-09-20 18:30", "Bundestag clashes over return of compulsory service",
    ["Members of the Bundestag argued for three hours over a government bill that would make military service compulsory for 18-year-old men if too few volunteers sign up.",
     "A final vote is expected in November."],
    "other", "security", 2, "bundestag-compulsory-service-debate-2028-09-20", a="Anneliese Brandt"),
  ]))

# ---------------------------------------------------------------- DAY 2: Thursday 21 September 2028
SWAP = "prisoner-exchange-turkiye-2028-09-21"
UNGA = "zelensky-unga-speech-2028-09-21"

# ---------------------------------------------------------------- 16330 Ravensgill Post
SEEDS.append(dict(
  id="16330", name="16330_ravensgill-htmllive", ext="html", source="Ravensgill Post", zone="Europe/Warsaw", render=r_ravensgill,
  title="War in Ukraine, live: prisoners come home in Türkiye-brokered swap", ref="2028-09-21 19:40",
  lede="Live updates from our Warsaw newsroom on Thursday's developments in Russia's war against Ukraine.",
  basis="relative stamp '{s}' counted back from the printed 'Last updated: 21.09.2028, 19:40 CEST' (CEST = UTC+2); local {d} in {z}",
  notes="Invented outlet (Poland, English). HTML live blog, newest first, no JSON-LD. Posts carry only relative stamps ('35 min ago', '2 hrs ago', ...); the one absolute clock is 'Last updated: 21.09.2028, 19:40 CEST' under the title, and every stamp is counted back from it exactly. 'by NAME' under the headline gives the author. The 'Photos:' post is a gallery teaser with no text. 16330-01 (a deadly drone strike on Semenivka in Chernihiv region) must not merge with the Chernihiv city missile strike of 20 September (continued in 16330-05). Spells Türkiye.",
  not_entries=["cookie consent bar", "masthead and navigation", "page title", "'Last updated: 21.09.2028, 19:40 CEST' line (the clock the relative stamps count from)",
               "lead paragraph", "gallery placeholder '[Gallery: 12 photos]' in the teaser post", "'See also' box with a chart link after the third post",
               "link to Wednesday's live coverage", "footer"],
  entries=[
  E("2028-09-21 19:05", "Russian drone kills man in Semenivka, Chernihiv region",
    ["A Russian FPV drone hit a car in the border town of Semenivka in Chernihiv Oblast, killing the 52-year-old driver, the regional military administration said."],
    "strikes", "strikes", 3, "semenivka-drone-strike-2028-09-21", a="Piotr Zawisza",
    n="deadly strike in the same region as the Chernihiv city strike of 20 September: must not merge with it"),
  E("2028-09-21 17:40", "Photos: Freed prisoners back on Ukrainian soil", [],
    "diplomacy", "diplomacy", 1, SWAP, n="photo-gallery teaser, no text body"),
  E("2028-09-21 15:40", "Tusk hails swap as proof that humanitarian talks still work",
    ["Polish Prime Minister Donald Tusk said Thursday's exchange showed that 'where there is a mediator both sides trust, people come home', and offered Poland's help with future exchanges."],
    "diplomacy", "diplomacy", 3, SWAP, a="Marta Olejnik", n="reaction whose content is the swap itself: same story"),
  E("2028-09-21 13:40", "More than 300 Ukrainian prisoners freed in swap brokered by Türkiye",
    ["More than 300 Ukrainian prisoners of war returned home on Thursday in an exchange with Russia brokered by Türkiye, President Volodymyr Zelensky said.",
     "Among them were defenders of Mariupol who had spent more than six years in Russian captivity, he said."],
    "diplomacy", "diplomacy", 3, SWAP, a="Marta Olejnik", n="first report: 'more than 300'"),
  E("2028-09-21 11:40", "Chernihiv mourns ten dead as search of dormitory ends",
    ["Chernihiv began three days of mourning on Thursday after rescuers finished searching the dormitory hit by Russian missiles, with the death toll at ten, including seven students."],
    "strikes", "strikes", 3, CHN, a="Piotr Zawisza", n="day-2 continuation of the day-1 strike: search over, toll 10, mourning"),
  E("2028-09-21 09:40", "Poland to train another 5,000 Ukrainian soldiers this year",
    ["Poland will train another 5,000 Ukrainian soldiers at ranges in Pomerania and Silesia before the end of the year, the defence ministry in Warsaw said."],
    "aid", "aid", 2, "poland-training-ukrainian-soldiers-2028-09-21", a="Marta Olejnik"),
  ]))

# ---------------------------------------------------------------- 16331 Tyndrum Dispatch
SEEDS.append(dict(
  id="16331", name="16331_tyndrum-atom", ext="xml", source="Tyndrum Dispatch", zone="Europe/Kyiv", render=r_atom,
  title="Tyndrum Dispatch — Ukraine", url="https://tyndrum-dispatch.example", idbase=88120,
  lede="Reporting from Ukraine and its neighbours",
  basis="Atom <published> '{s}' (explicit +03:00 offset = Kyiv summer time); local {d} in {z}",
  notes="Invented outlet. Atom feed, newest first, <published> with +03:00, <author><name> on most entries, escaped HTML content. Spells the mediator 'Turkey' (Turkish-brokered). 16331-03 (repatriation of fallen soldiers' remains) is a separate event on the same exchange theme: must not merge with the prisoner swap.",
  not_entries=["feed title, subtitle, links, id and updated", "entry link and id elements"],
  entries=[
  E("2028-09-21 22:30", "Zelensky at the UN: 'Aggression must cost the aggressor'",
    ["Addressing the UN General Assembly in New York, President Volodymyr Zelensky called on member states to back a compensation mechanism funded by frozen Russian assets and said any peace without accountability would invite the next war.",
     "He also thanked Turkey for brokering Thursday's prisoner exchange."],
    "diplomacy", "diplomacy", 3, UNGA, a="Halyna Brovko"),
  E("2028-09-21 19:15", "Ukraine and Russia swap 350 prisoners each in Turkish-brokered deal",
    ["Ukraine and Russia each released 350 prisoners of war on Thursday in an exchange mediated by Turkey, Ukraine's Coordination Headquarters said, correcting earlier figures.",
     "Twelve Ukrainian civilians detained in occupied territories were also freed."],
    "diplomacy", "diplomacy", 3, SWAP, a="Denys Hrytsai", n="350 for 350 plus 12 civilians"),
  E("2028-09-21 17:05", "Ukraine receives remains of 909 fallen soldiers",
    ["The bodies of 909 people believed to be Ukrainian soldiers were handed over by Russia in a separate repatriation on the Sumy border, the Coordination Headquarters said."],
    "other", "humanitarian", 2, "repatriation-of-remains-2028-09-21", a="Denys Hrytsai",
    n="same theme (exchange with Russia), separate event: must not merge with the prisoner swap"),
  E("2028-09-21 14:20", "Chernihiv buries first victims of Wednesday's missile strike",
    ["Hundreds of people lined the streets of Chernihiv as the first of the ten people killed in Wednesday's missile strike were buried, among them two first-year students of the technical college."],
    "strikes", "strikes", 3, CHN, a="Halyna Brovko", n="day-2 continuation of the day-1 strike"),
  E("2028-09-21 11:00", "Russia claims capture of village near Lyman",
    ["Russia's defence ministry said its troops had captured a village north-east of Lyman in Donetsk Oblast; Ukraine's army said fighting for it continued."],
    "other", "frontline", 2, "russia-claims-village-near-lyman-2028-09-21", a="Denys Hrytsai"),
  E("2028-09-21 07:45", "Air force: 58 of 70 Russian drones downed overnight",
    ["Ukraine's air force said it shot down or jammed 58 of the 70 drones Russia launched overnight, mainly at the Kharkiv and Odesa regions."],
    "strikes", "strikes", 2, "overnight-drone-attack-2028-09-21"),
  ]))

# ---------------------------------------------------------------- 16332 Faircliffe Herald
SEEDS.append(dict(
  id="16332", name="16332_faircliffe-textlive", ext="txt", source="Faircliffe Herald", zone="America/New_York", render=r_faircliffe,
  title="Russia-Ukraine war: prisoners exchanged as Zelensky heads to the UN", dateline="Thursday, September 21, 2028",
  lede="Live updates from our foreign desk in New York and our correspondents in Europe.",
  basis="stamp '{s}' under the headline (12-hour clock, EDT printed = UTC-4) on the page dated 'Thursday, September 21, 2028'; local {d} in {z}",
  notes="Invented outlet (US). Text live blog, oldest first. Each post: headline line, then '8:05am EDT | NAME' (stamp and author), then paragraphs. 16332-03 re-posts, word for word, the section 'Berlin adds two IRIS-T systems' from day 1's 16323 (credited to Kestrelmount Review): importance 1, same story as day 1. 16332-04 is a theme piece (explainer on how swaps are negotiated) that mentions Thursday's exchange but is its own story. 16332-05 repeats 16332-02 almost word for word (duplicate_of). Spells the mediator 'Turkey'.",
  not_entries=["masthead and section menu", "page title", "dateline 'Thursday, September 21, 2028'", "lede", "'ADVERTISEMENT' after the third post",
               "'This live coverage has ended.'", "footer"],
  entries=[
  E("2028-09-21 06:30", "Chernihiv mourns as toll from Wednesday's missile strike climbs to 10",
    ["Officials in the northern Ukrainian city of Chernihiv said early Thursday that the number of people killed by Wednesday's Russian missile strike had risen to 10, as the city declared three days of mourning."],
    "strikes", "strikes", 3, CHN, a="Marcy Tolland", n="day-2 continuation of the day-1 strike: toll 10"),
  E("2028-09-21 07:45", "Russia and Ukraine carry out prisoner exchange brokered by Turkey",
    ["Russia and Ukraine exchanged 350 prisoners of war each on Thursday in a deal brokered by Turkey, the largest such swap in more than a year, according to officials in Kyiv and Moscow.",
     "Ukraine said 12 civilians were also among those freed."],
    "diplomacy", "diplomacy", 3, SWAP, a="Marcy Tolland"),
  E("2028-09-21 09:10", "Berlin adds two IRIS-T systems",
    ["Defence Minister Boris Pistorius announced two more IRIS-T SLM systems for Ukraine, together with several hundred guided missiles, in a package worth around €600 million.",
     "It brings the number of IRIS-T SLM fire units Germany has pledged to Ukraine to 14, according to the ministry.",
     "Pistorius said deliveries would begin 'within weeks', drawing on systems originally built for the Bundeswehr."],
    "aid", "aid", 1, IRIS, a="Kestrelmount Review",
    n="re-post of day-1 entry 16323-02 (verbatim, syndicated from Kestrelmount Review; published on day 1): importance 1, same story"),
  E("2028-09-21 10:20", "Explainer: How prisoner swaps between Kyiv and Moscow get done",
    ["Thursday's exchange followed weeks of quiet work by Turkish intelligence officials, who carry lists of names between Kyiv and Moscow and check that each side is holding the people it says it holds.",
     "Ukraine gives priority to the wounded, the longest-held and civilians; Russia usually presses for conscripts captured in its own border regions.",
     "Exchanges have continued through every phase of the war, even when no other talks were taking place."],
    "diplomacy", "diplomacy", 2, "explainer-how-prisoner-swaps-work", a="Gideon Lark",
    n="theme piece (explainer) that mentions Thursday's swap; its own story, must not merge with the swap"),
  E("2028-09-21 11:35", "Russia and Ukraine carry out prisoner exchange brokered by Turkey",
    ["Russia and Ukraine exchanged 350 prisoners of war each on Thursday in a deal brokered by Turkey, the largest such swap in more than a year, according to officials in Moscow and Kyiv.",
     "Ukraine said 12 civilians were also among those freed."],
    "diplomacy", "diplomacy", 1, SWAP, a="Marcy Tolland", dup="16332-02", n="near-verbatim repeat of 16332-02"),
  E("2028-09-21 13:10", "White House welcomes swap, presses for 'all for all' exchange",
    ["The White House welcomed the exchange and said the United States would keep pushing both sides toward releasing all remaining prisoners of war, a spokeswoman told reporters."],
    "diplomacy", "diplomacy", 3, SWAP, a="Gideon Lark", n="reaction whose content is the swap itself: same story"),
  E("2028-09-21 15:40", "State Department clears sale of air-surveillance radars to Ukraine",
    ["The State Department approved a possible sale of ground-based air-surveillance radars and spare parts to Ukraine, to be paid for with European funds, the agency that manages arms sales said."],
    "aid", "aid", 2, "us-radar-sale-approval-ukraine-2028-09-21", a="Gideon Lark"),
  ]))

# ---------------------------------------------------------------- 16333 Keldmoor World Report
SEEDS.append(dict(
  id="16333", name="16333_keldmoor-worldrss", ext="xml", source="Keldmoor World Report", zone="America/Toronto", render=r_rss,
  title="Keldmoor World Report – World", url="https://keldmoor-report.example", idbase=61500,
  lede="World news from Keldmoor World Report",
  basis="RSS pubDate '{s}' (explicit -0400 offset = Eastern daylight time); local {d} in {z}",
  notes="Invented outlet (Canada). General world RSS feed, newest first, pubDate with -0400, dc:creator on some items. The war is a minority: four of six items are off-beat. The last item is dated Wednesday 20 September 21:15 local time, which is already 21 September 01:15 UTC. Gives the swap as one total ('700 prisoners').",
  not_entries=["channel title/link/description/language/atom:link/lastBuildDate", "item link, guid and category elements"],
  entries=[
  E("2028-09-21 15:50", "Zelensky tells UN General Assembly Russia must be held to account",
    ["Ukrainian President Volodymyr Zelensky told world leaders at the United Nations that Russia should pay for the damage its invasion has caused and warned against a settlement that 'rewards the invader'."],
    "diplomacy", "diplomacy", 3, UNGA, a="Priya Castellano"),
  OFF("2028-09-21 13:20", "Ottawa unveils plan to speed up home building on federal land",
    ["The federal government said it would lease dozens of federally owned sites to builders at reduced cost, aiming to start 40,000 homes within three years."],
    "ottawa-federal-land-housing-plan-2028-09-21", a="Owen Matheson", n="Canadian housing policy", cat="Canada"),
  E("2028-09-21 10:05", "Turkey brokers swap of 700 prisoners between Russia and Ukraine",
    ["Russia and Ukraine swapped a total of 700 prisoners of war on Thursday in an exchange mediated by Turkey, the two sides said."],
    "diplomacy", "diplomacy", 3, SWAP, a="Priya Castellano", n="total given as 700 (350 each)"),
  OFF("2028-09-21 08:30", "Hurricane strengthens as it heads toward Bermuda",
    ["A hurricane in the western Atlantic strengthened to Category 3 overnight and is expected to pass close to Bermuda on Saturday, forecasters said."],
    "atlantic-hurricane-bermuda-2028-09-21", n="weather"),
  OFF("2028-09-21 04:10", "Japan's exports rise for fifth straight month",
    ["Japanese exports grew for a fifth consecutive month in August, led by shipments of chips and car parts to the rest of Asia, government data showed."],
    "japan-exports-august-2028", n="economy", cat="Business"),
  OFF("2028-09-20 21:15", "Blue Jays clinch playoff berth with win over Orioles",
    ["The Toronto Blue Jays secured a post-season spot with a 6-2 win over the Baltimore Orioles on Wednesday night."],
    "blue-jays-clinch-playoff-berth-2028", a="Owen Matheson", n="sport; local date 20 September, UTC 21 September", cat="Sports"),
  ]))

# ---------------------------------------------------------------- DAY 3: Wednesday 27 September 2028
NOVO = "novorossiysk-drone-strike-2028-09-27"
SLOV = "sloviansk-glide-bomb-strike-2028-09-27"

# ---------------------------------------------------------------- 16340 Marrowbank Times
SEEDS.append(dict(
  id="16340", name="16340_marrowbank-worldatom", ext="xml", source="Marrowbank Times", zone="UTC", render=r_atom,
  title="Marrowbank Times: World", url="https://marrowbank-times.example", idbase=30400,
  lede="The latest world news from the Marrowbank Times",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, <published> in UTC (Z), authors on some entries. The war is a minority: four of six entries are off-beat. Spells the port 'Novorossiisk'. 16340-05 is Russia's early account of the same overnight attack (20 drones downed over Krasnodar region, fire at an oil facility): same story as the Novorossiysk strike.",
  not_entries=["feed title, subtitle, links, id and updated", "entry link and id elements"],
  entries=[
  OFF("2028-09-27 19:20", "Monsoon floods displace thousands in Pakistan's Sindh province",
    ["Late monsoon rains have flooded more than 300 villages in Pakistan's Sindh province, forcing tens of thousands of people into relief camps, officials said."],
    "sindh-monsoon-floods-2028-09-27", a="Ruth Ashdown", n="weather disaster"),
  E("2028-09-27 16:45", "Novorossiisk oil terminal burns after Ukrainian drone assault",
    ["A fire was still burning on Wednesday afternoon at the Sheskharis oil terminal in the Russian Black Sea port of Novorossiisk after an overnight attack by Ukrainian aerial and sea drones, according to Russian officials.",
     "One tanker moored at the terminal was damaged and loading was suspended."],
    "strikes", "strikes", 3, NOVO, a="Ruth Ashdown", n="spelling 'Novorossiisk'"),
  OFF("2028-09-27 13:10", "Container shipping rates fall for a fourth straight week",
    ["The cost of shipping a container from Asia to northern Europe fell for the fourth week running as new vessels joined the main trade routes, an industry index showed."],
    "container-shipping-rates-2028-09-27", n="shipping markets"),
  OFF("2028-09-27 10:30", "Nigeria raises minimum wage after weeks of union talks",
    ["Nigeria's government agreed to raise the national minimum wage by 40 percent, ending a dispute that had led unions to threaten a general strike."],
    "nigeria-minimum-wage-2028-09-27", a="Kwame Osei-Tutu", n="labour/economy"),
  E("2028-09-27 07:55", "Russia says it downed 20 drones over Krasnodar region",
    ["Russia's defence ministry said air defences destroyed 20 Ukrainian drones over the Krasnodar region and the Black Sea overnight, while the mayor of Novorossiisk reported a fire at an oil facility in the port."],
    "strikes", "strikes", 3, NOVO, n="Russia's early account of the same overnight attack"),
  OFF("2028-09-27 03:20", "Typhoon makes landfall in southern China",
    ["A typhoon made landfall in Guangdong province early on Wednesday, shutting schools and ports and cutting power to more than a million homes."],
    "guangdong-typhoon-landfall-2028-09-27", n="weather"),
  ]))

# ---------------------------------------------------------------- 16341 Thimbleby Courier
SEEDS.append(dict(
  id="16341", name="16341_thimbleby-textlive", ext="txt", source="Thimbleby Courier", zone="Europe/London", render=r_thimbleby,
  title="Ukraine live: drones hit Russia's Novorossiysk oil port; four killed in Sloviansk", dateline="Wednesday 27 September",
  byline="Live reporting: Rhona Pettigrew", parse_args=["--date", "2028-09-27"],
  lede="Follow the day's events as they happen. Times are UK time.",
  basis="stamp '{s}' (12-hour clock with a dot, UK time = BST, UTC+1) under the yearless date line 'Wednesday 27 September' (parse_args gives 2028-09-27); local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, oldest first, no year anywhere on the page (date line 'Wednesday 27 September'), so parse_args gives 2028-09-27. Stamps '9.05am' (UK time, BST) on the line before each headline. One page byline 'Live reporting: Rhona Pettigrew' (author of every post). The 'Video:' post has no text (teaser). 16341-04 is a theme piece (explainer on the campaign against Russian oil ports) that mentions Novorossiysk but is its own story. 16341-06 repeats 16341-03 almost word for word (duplicate_of).",
  not_entries=["masthead and section menu", "page title", "date line 'Wednesday 27 September'", "byline line 'Live reporting: Rhona Pettigrew'", "lede",
               "'(video, 1 min 02 sec)' placeholder in the teaser post", "supporter appeal after the fourth post", "closing line 'We'll be back with live coverage tomorrow morning.'", "footer"],
  entries=[
  E("2028-09-27 06:10", "Ukrainian drones attack Russia's Novorossiysk port, officials say",
    ["Ukrainian drones attacked the Russian Black Sea port of Novorossiysk overnight, starting a large fire at an oil terminal, the city's mayor said on Telegram.",
     "Russia's defence ministry said most of the drones had been destroyed over the sea."],
    "strikes", "strikes", 3, NOVO, a="Rhona Pettigrew"),
  E("2028-09-27 07:25", "Video: Fire engulfs oil terminal at Novorossiysk", [],
    "strikes", "strikes", 1, NOVO, a="Rhona Pettigrew", n="video teaser, no text body"),
  E("2028-09-27 09:05", "Four killed as glide bombs hit Sloviansk",
    ["Four people were killed and 17 injured when Russian aircraft dropped guided bombs on residential streets in Sloviansk in eastern Ukraine, the head of the Donetsk regional administration said.",
     "One bomb landed near a queue outside a humanitarian aid point."],
    "strikes", "strikes", 3, SLOV, a="Rhona Pettigrew", n="toll 4"),
  E("2028-09-27 11:30", "Explained: Ukraine's sea-drone campaign against Russia's oil exports",
    ["Overnight's attack on Novorossiysk is the latest in a two-year campaign in which Ukraine has used sea and aerial drones to hit the terminals and tankers that carry Russian oil to world markets.",
     "Kyiv argues that every barrel Russia cannot export is money that does not reach its army; Moscow calls the attacks piracy.",
     "Insurers have raised premiums for tankers calling at Russian Black Sea ports several times this year."],
    "strikes", "strikes", 2, "explainer-ukraine-campaign-against-russian-oil-ports", a="Rhona Pettigrew",
    n="theme piece (explainer) that mentions Novorossiysk; its own story, must not merge with the Novorossiysk strike"),
  E("2028-09-27 13:15", "Kremlin calls Novorossiysk attack 'terrorism' and vows a response",
    ["Kremlin spokesman Dmitry Peskov described the overnight attack on Novorossiysk as 'an act of terrorism against international energy security' and said Russia's military would respond."],
    "strikes", "strikes", 3, NOVO, a="Rhona Pettigrew", sec=["diplomacy"], n="official reaction whose content is the attack itself: same story"),
  E("2028-09-27 14:40", "Four killed as glide bombs hit Sloviansk",
    ["Four people were killed and 17 injured when Russian aircraft dropped guided bombs on residential streets in Sloviansk in eastern Ukraine, the head of the Donetsk regional military administration said.",
     "One bomb landed near a queue outside a humanitarian aid point."],
    "strikes", "strikes", 1, SLOV, a="Rhona Pettigrew", dup="16341-03", n="near-verbatim repeat of 16341-03"),
  E("2028-09-27 16:50", "UK to fund £150m of Ukrainian drone production",
    ["The UK will pay for £150m worth of Ukrainian-made interceptor and strike drones under a new agreement signed in London, the Ministry of Defence said."],
    "aid", "aid", 3, "uk-drone-production-funding-2028-09-27", a="Rhona Pettigrew"),
  ]))

# ---------------------------------------------------------------- 16342 Ettrickdale Wire
SEEDS.append(dict(
  id="16342", name="16342_ettrickdale-rss", ext="xml", source="Ettrickdale Wire", zone="Europe/Kyiv", render=r_rss,
  title="Ettrickdale Wire – Russia and Ukraine", url="https://ettrickdale-wire.example", idbase=22700,
  lede="Agency copy on Russia's war against Ukraine",
  basis="RSS pubDate '{s}' (explicit +0300 offset = Kyiv summer time); local {d} in {z}",
  notes="Invented outlet (news agency). RSS 2.0, newest first, pubDate with +0300, dc:creator on most items. Spells the bombed city 'Slovyansk'. The Novorossiysk toll grows to one dead and five injured. 16342-04 (Russian drones on Odesa's grain terminal) and 16342-05 (the Tuapse refinery fire from the previous day's attack) must not merge with the Novorossiysk strike.",
  not_entries=["channel title/link/description/language/atom:link/lastBuildDate", "item link, guid and category elements"],
  entries=[
  E("2028-09-27 21:40", "Novorossiysk: one dead, five injured as drones hit oil terminal and tanker",
    ["One terminal worker was killed and five people were injured in the overnight drone attack on Novorossiysk, Krasnodar regional officials said in the evening, raising an earlier toll of two injured.",
     "The Maltese-flagged tanker hit at the Sheskharis terminal was towed away from the berth."],
    "strikes", "strikes", 3, NOVO, a="Iryna Sahaidak", n="toll 1 dead, 5 injured"),
  E("2028-09-27 18:20", "Slovyansk death toll rises to five",
    ["A fifth person has died in hospital after Wednesday morning's guided-bomb attack on Slovyansk, the regional prosecutor's office said."],
    "strikes", "strikes", 3, SLOV, a="Bohdan Kravets", n="spelling 'Slovyansk'; toll 5"),
  E("2028-09-27 15:05", "Zelensky on Novorossiysk: 'Russia's war money burns there'",
    ["President Volodymyr Zelensky praised the units behind the overnight attack on Novorossiysk, saying Russia's oil export terminals were 'where its war money burns'."],
    "strikes", "strikes", 3, NOVO, a="Iryna Sahaidak", n="official comment whose content is the attack itself: same story"),
  E("2028-09-27 12:30", "Russian drones damage grain terminal in Odesa port",
    ["Russian drones hit a grain terminal in the port of Odesa shortly before noon, damaging silos and a conveyor; two workers were lightly injured, the regional governor said."],
    "strikes", "strikes", 2, "odesa-grain-terminal-drone-strike-2028-09-27", a="Bohdan Kravets",
    n="port attack in the opposite direction: must not merge with the Novorossiysk strike"),
  E("2028-09-27 10:10", "Tuapse refinery still burning a day after drone attack",
    ["Firefighters were still battling a blaze at the Tuapse oil refinery on Russia's Black Sea coast on Wednesday morning, a day after it was hit by Ukrainian drones, local authorities said."],
    "strikes", "strikes", 2, "tuapse-refinery-drone-strike-2028-09-26", a="Iryna Sahaidak",
    n="another Black Sea oil site, hit the day before: must not merge with the Novorossiysk strike"),
  E("2028-09-27 07:00", "Russia launched 96 drones overnight, Ukraine's air force says",
    ["Russia attacked Ukraine overnight with 96 drones, of which 81 were shot down or suppressed, the air force said."],
    "strikes", "strikes", 2, "overnight-drone-attack-2028-09-27"),
  ]))

# ---------------------------------------------------------------- 16343 Harrowmere Journal
SEEDS.append(dict(
  id="16343", name="16343_harrowmere-htmllive", ext="html", source="Harrowmere Journal", zone="Europe/Dublin", render=r_harrowmere,
  title="Russia-Ukraine war: Ukraine hits Novorossiysk oil port; deadly glide-bomb attack on Sloviansk",
  url="https://harrowmere-journal.example/world/live/russia-ukraine-27-september", dateline="Wednesday, 27 September 2028",
  tznote="All times are Irish time.", published="2028-09-27 07:30", authors=["Siobhán Quilty", "Darragh Moynihan"],
  lede="Our live coverage of Wednesday's developments in Russia's war against Ukraine.",
  basis="visible '{s}' in <time datetime> (Irish time, IST = UTC+1, as the page notes) under the dateline 'Wednesday, 27 September 2028'; the JSON-LD updates carry only the page's own datePublished (07:30) and headline; local {d} in {z}",
  notes="Invented outlet (Ireland). HTML live blog, newest first. LiveBlogPosting JSON-LD whose liveBlogUpdate items all repeat the PAGE headline and the page datePublished (07:30 Irish time), differing only in @id and articleBody: per-entry headline and time must come from the visible blocks (<time datetime> 'HH:MM', h3). Contributor name after each body (author). Irish summer time (UTC+1), stated only as 'All times are Irish time.'.",
  not_entries=["header and navigation", "page title", "dateline 'Wednesday, 27 September 2028'", "'All times are Irish time.'", "standfirst",
               "newsletter promo after the second block", "footer", "JSON-LD LiveBlogPosting (update headline/datePublished are the page's, not the posts')"],
  entries=[
  E("2028-09-27 20:35", "Moscow promises retaliation for strike on Black Sea port",
    ["Russia's foreign ministry said the attack on Novorossiysk 'will not go unanswered' and accused Ukraine's Western backers of supplying the targeting data."],
    "strikes", "strikes", 3, NOVO, a="Darragh Moynihan", sec=["diplomacy"], n="official reaction whose content is the attack itself: same story"),
  E("2028-09-27 18:10", "Ireland approves €20m for demining in Ukraine",
    ["The Government has approved €20 million in non-lethal support for Ukraine, most of it for humanitarian demining equipment and training, the Department of Foreign Affairs said."],
    "aid", "aid", 2, "ireland-demining-funding-ukraine-2028-09-27", a="Siobhán Quilty"),
  E("2028-09-27 15:50", "Sloviansk search ends with five confirmed dead",
    ["Rescuers in Sloviansk have finished clearing the rubble after the morning's glide-bomb attack, with five people confirmed dead and 21 injured, Ukraine's emergency service said."],
    "strikes", "strikes", 3, SLOV, a="Darragh Moynihan", n="toll 5, search over"),
  E("2028-09-27 13:05", "Ukrainian sea drones strike Novorossiysk, tanker reported damaged",
    ["Ukraine's navy said its sea drones, together with long-range aerial drones, struck the Sheskharis oil terminal in Novorossiysk overnight and damaged a tanker loading crude there.",
     "Russian officials earlier spoke only of a fire caused by falling debris."],
    "strikes", "strikes", 3, NOVO, a="Siobhán Quilty"),
  E("2028-09-27 10:20", "EU extends temporary protection for Ukrainian refugees to 2030",
    ["EU interior ministers agreed to extend the temporary protection granted to people fleeing the war in Ukraine until March 2030."],
    "other", "humanitarian", 2, "eu-temporary-protection-extension-2028-09-27", a="Siobhán Quilty"),
  E("2028-09-27 08:40", "Ukrainian troops fall back from two positions near Kostiantynivka",
    ["Ukraine's army said units had pulled back from two positions south of Kostiantynivka after days of Russian assaults."],
    "other", "frontline", 2, "kostiantynivka-positions-withdrawal-2028-09-27", a="Darragh Moynihan"),
  ]))

if __name__ == "__main__":
    main()

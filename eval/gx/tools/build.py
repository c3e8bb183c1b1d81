#!/usr/bin/env python3
"""Builds the eval/gx seed pages and their gold files from one hand-written data table (further below).
All news text is the blind tester's own invented wording, set in May 2032 with the war assumed still under way.
Part A imitates, from memory, the page layouts of ten real outlets; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/gx/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: local time 'YYYY-MM-DD HH:MM' in the page zone, headline (or None), body paragraphs, then the labels."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    """an entry not about the war (off-beat): other/unrelated, importance 1."""
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par):
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


def ampm(d, sep=":", space="", upper=False):
    hh = d.hour % 12 or 12
    suf = "am" if d.hour < 12 else "pm"
    return f"{hh}{sep}{d.minute:02d}{space}{suf.upper() if upper else suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest_first), f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first"


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70]


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_suspilne(S):
    """Suspilne (English) 'Latest news' listing, HTML. Cards newest first: rubric tag, <time datetime> showing
    '14:35, 03 May 2032' (Kyiv time, no zone printed), h2 headline link, one lead paragraph; optional 'Video' badge.
    'Most read' widget after the third card; Telegram box; public-broadcaster footer."""
    z = S["zone"]; order_check(S, True)
    base = "https://suspilne.media/en"
    ld = {"@context": "https://schema.org", "@type": "WebPage", "name": S["doc_title"], "url": f"{base}/latest/",
          "inLanguage": "en", "publisher": {"@type": "Organization", "name": "Suspilne", "url": "https://suspilne.media/"}}
    top = dt(S["entries"][0]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["doc_title"])}</title>',
           '<meta property="og:site_name" content="Suspilne News">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="c-header"><a class="c-header__logo" href="/en/">Suspilne News</a>'
           '<nav class="c-header__menu"><a href="/en/war/">War</a> <a href="/en/politics/">Politics</a> <a href="/en/economy/">Economy</a> '
           '<a href="/en/world/">World</a> <a href="/en/culture/">Culture</a> <a href="/en/sport/">Sport</a> <a href="/en/explainers/">Explainers</a></nav>'
           '<div class="c-header__regions">Kyiv Kharkiv Odesa Lviv Dnipro Zaporizhzhia Sumy Chernihiv Kherson</div>'
           '<div class="c-header__lang"><a href="/">UA</a> <a class="active" href="/en/">EN</a></div>'
           '<a class="c-header__live" href="https://suspilne.media/live/">Suspilne TV live</a></header>',
           f'<main class="l-main"><h1 class="c-section-title">{esc(S["title"])}</h1>', '<div class="c-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}, {d.day:02d} {MONTHS[d.month - 1]} {d.year}"; stamps.append(st)
        badge = f'<span class="c-article-card__badge">{esc(e["badge"])}</span>' if e.get("badge") else ""
        out.append(f'<article class="c-article-card"><div class="c-article-card__info"><a class="c-article-card__tag" href="/en/{slugify(e["tag"])}/">'
                   f'{esc(e["tag"])}</a> <time class="c-article-card__time" datetime="{d.isoformat()}">{st}</time></div>'
                   f'<a class="c-article-card__headline" href="{base}/articles/{1204417 - i * 263}/"><h2>{esc(e["h"])}</h2></a>{badge}')
        out += [f'<p class="c-article-card__lead">{esc(p)}</p>' for p in e["p"]]
        out.append('</article>')
        if i == 2:
            out.append('<aside class="c-most-read"><h3>Most read</h3><ol>' + "".join(f'<li><a href="#">{esc(x)}</a></li>' for x in S["most_read"]) + '</ol></aside>')
    out += ['</div><a class="c-feed__more" href="/en/latest/?page=2">Show more news</a></main>',
            '<aside class="c-subscribe"><p>Follow Suspilne News in English on Telegram and X</p><a href="https://t.me/">Telegram</a> <a href="https://x.com/">X</a></aside>',
            f'<footer class="c-footer"><p>\u00a9 2017\u2013{top.year} Public Broadcasting Company of Ukraine (Suspilne)</p>'
            '<p>Use of materials is permitted only with a hyperlink to suspilne.media</p><a href="/en/about/">About us</a> '
            '<a href="/en/contacts/">Contacts</a> <a href="/en/editorial-standards/">Editorial standards</a> <a href="/en/privacy/">Privacy policy</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_hromadske_atom(S):
    """Hromadske (English) Atom feed: <published> ISO 8601 with the Kyiv offset (+03:00 in summer), author, category,
    escaped HTML content with paragraphs, a photo figure with caption and a 'Read also' line inside the content."""
    z = S["zone"]; order_check(S, True)
    base = "https://hromadske.ua/en"
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
           f'<title>{esc(S["title"])}</title>', '<subtitle>Independent Ukrainian media. News, stories and investigations in English</subtitle>',
           f'<link rel="alternate" type="text/html" href="{base}"/>', f'<link rel="self" type="application/atom+xml" href="{base}/feed"/>',
           f'<id>{base}/feed</id>', f'<updated>{dt(S["entries"][0]["t"], z).isoformat()}</updated>',
           '<icon>https://hromadske.ua/favicon-32x32.png</icon>', '<rights>\u00a9 Hromadske</rights>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        link = f"{base}/posts/{slugify(e['h'])}"
        content = ""
        if e.get("fig"):
            content += f'<figure><img src="https://static.hromadske.ua/posts/{2310551 + i * 41}/cover.jpg" alt=""><figcaption>{esc(e["fig"])}</figcaption></figure>'
        for k, p in enumerate(e["p"]):
            content += f"<p>{esc(p)}</p>"
            if k == 0 and e.get("also"):
                content += f'<p><strong>Read also:</strong> <a href="{base}/posts/{slugify(e["also"])}">{esc(e["also"])}</a></p>'
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" type="text/html" href="{link}"/>', f'<id>{link}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out += [f'<category term="{attr(e["cat"])}"/>', f'<content type="html">{esc(content)}</content>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_nv(S):
    """NV (New Voice of Ukraine, English) 'Russian war' rubric listing, text scrape. Cards newest first: optional label
    (Exclusive / Opinion), headline, 'NAME' for columns, then the stamp '7 May, 14:35' (day month, no year, Kyiv time),
    lead paragraph(s). No year printed anywhere on the captured page (parse_args)."""
    z = S["zone"]; order_check(S, True)
    L = ["NV", "New Voice of Ukraine", "UA   RU   EN", "",
         "Russian war   Ukraine   World   Business   Opinion   Science & Tech   Life   Podcasts   NV Premium", "Subscribe   Sign in", "",
         S["title"], S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]}, {d:%H:%M}"; stamps.append(st)
        if e.get("label"):
            L.append(e["label"])
        L.append(e["h"])
        if e["a"]:
            L.append(e["a"])
        L += [st, ""] + ptxt(e["p"])
        if i == 2:
            L += ["Support independent journalism. Get NV Premium for full access to analysis and exclusive interviews.", "Subscribe", ""]
        if i == 5:
            L += ["Read NV English on Telegram: breaking news about the war every day", ""]
    L += ["Show more", "", "About NV   Contacts   Advertising   Editorial policy   Privacy policy",
          "NV. All rights reserved. Any use of materials requires a hyperlink to nv.ua"]
    return "\n".join(L) + "\n", stamps


def r_rbc(S):
    """RBC-Ukraine (English) 'Latest news' feed, HTML. BreadcrumbList JSON-LD (no dates). Newest first, grouped under date
    separators '10 May 2032, Monday'; each item: bare '01:40' (Kyiv time, no zone), headline link, optional label
    (Photo / Video / Exclusive), one lead paragraph. Exchange-rate ticker in the header."""
    z = S["zone"]; order_check(S, True)
    base = "https://newsukraine.rbc.ua"
    ld = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "RBC-Ukraine", "item": f"{base}/"},
        {"@type": "ListItem", "position": 2, "name": "News", "item": f"{base}/news"}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["doc_title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="header"><a class="header__logo" href="/">RBC-Ukraine</a><nav class="header__menu"><a href="/news">News</a> '
           '<a href="/war">War in Ukraine</a> <a href="/politics">Politics</a> <a href="/economy">Economics</a> <a href="/world">World</a> '
           '<a href="/lifestyle">Lifestyle</a> <a href="/tech">Tech</a> <a href="/opinions">Opinions</a></nav>'
           '<div class="header__lang"><a href="https://www.rbc.ua/">UA</a> <a class="active" href="/">EN</a></div>'
           f'<div class="header__rates">{esc(S["rates"])}</div><a class="header__search" href="/search">Search</a></div>',
           f'<div class="newsline"><h1>{esc(S["title"])}</h1>']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if d.date() != cur:
            cur = d.date(); out.append(f'<div class="newsline__date">{d.day:02d} {MONTHS[d.month - 1]} {d.year}, {DAYS_EN[d.weekday()]}</div>')
        st = f"{d:%H:%M}"; stamps.append(st)
        lab = f' <span class="newsline__label">{esc(e["label"])}</span>' if e.get("label") else ""
        out.append(f'<div class="newsline__item"><span class="newsline__time">{st}</span>'
                   f'<a class="newsline__link" href="{base}/news/{slugify(e["h"])}-{1746800000 + i * 4567}">{esc(e["h"])}</a>{lab}')
        out += [f'<p class="newsline__lead">{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 3:
            out.append('<div class="promo-telegram">Subscribe to RBC-Ukraine on Telegram: only the important news <a href="https://t.me/">Subscribe</a></div>')
    out += ['<a class="newsline__more" href="/news?page=2">More news</a></div>',
            '<div class="footer"><p>\u00a9 2005\u2013' + str(dt(S["entries"][0]["t"], z).year) + ' RBC-Ukraine. All rights reserved.</p>'
            '<p>Citation and use of materials is allowed provided there is a hyperlink to RBC-Ukraine.</p>'
            '<a href="/about">About</a> <a href="/contacts">Contacts</a> <a href="/advert">Advertising</a> <a href="/privacy">Privacy policy</a></div></body></html>']
    return "\n".join(out) + "\n", stamps


def r_liga(S):
    """LIGA.net (English) evening key-events round-up, text scrape. One page stamp under the title ('11 May 2032, 21:40',
    Kyiv time, no zone), byline of the desk, audio widget, then short items grouped under sub-heads (Front, Strikes, ...);
    items have no headline and no own time. Tags and a tip box after the list."""
    z = S["zone"]; pub = dt(S["published"], z)
    stampline = f"{pub.day} {MONTHS[pub.month - 1]} {pub.year}, {pub:%H:%M}"
    L = ["LIGA.net", "UA   EN", "News   Politics   Economics   World   Technology   Opinions   Life   Sport   Finance", "Search   Log in", "",
         S["rubric"], S["title"], S["lede"], f"{S['byline']}  \u00b7  {stampline}", "", "\u25b6 Listen to the news  03:12", ""]
    cur = None
    for e in S["entries"]:
        if e["grp"] != cur:
            cur = e["grp"]; L += [cur, ""]
        L += ptxt(e["p"])
        if e.get("also"):
            L += [f"Read also: {e['also']}", ""]
    L += ["Tags: " + ", ".join(S["tags"]), "", "Noticed a mistake? Select it and press Ctrl+Enter", "",
          "Have a news tip? Write to our editors", "", "About LIGA.net   Advertising   Contacts   Terms of use   Privacy",
          f"\u00a9 LIGA.net 2000\u2013{pub.year}"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_kyivpost_article(S):
    """Kyiv Post 'Ukraine War Latest' article, HTML, NewsArticle JSON-LD. One stamp under the byline ('May 13, 2032, 10:20 pm',
    Kyiv time, no zone); intro paragraph; bold section headings (one entry each); 'Other Topics of Interest' boxes between
    sections; tags and Telegram line after the body. No per-section time."""
    z = S["zone"]; pub = dt(S["published"], z)
    stampline = f"{SHORT_MONTHS[pub.month - 1]} {pub.day}, {pub.year}, {ampm(pub, space=' ')}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": pub.isoformat(), "dateModified": pub.isoformat(),
          "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "Kyiv Post", "logo": {"@type": "ImageObject", "url": "https://www.kyivpost.com/images/logo.svg"}}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Kyiv Post</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="kp-header"><a class="kp-logo" href="/">KYIV POST</a> <span class="kp-tagline">Ukraine\u2019s Global Voice</span>'
           '<nav><a href="/category/ukraine">Ukraine</a> <a href="/category/russia">Russia</a> <a href="/category/world">World</a> '
           '<a href="/category/business">Business</a> <a href="/category/opinion">Opinion</a> <a href="/category/specials">Kyiv Post Specials</a> '
           '<a href="/category/video">Video</a></nav><a class="kp-donate" href="/membership">Become a member</a> <a href="/login">Log in</a></header>',
           '<article class="kp-article"><div class="kp-cat"><a href="/category/war">War</a></div>',
           f'<h1>{esc(S["title"])}</h1>', f'<p class="kp-standfirst">{esc(S["lede"])}</p>',
           f'<div class="kp-byline">By <a href="/author/{slugify(S["byline"])}">{esc(S["byline"])}</a></div>',
           f'<div class="kp-date">{stampline}</div>', '<div class="kp-share">Share: Facebook X Telegram Copy link</div>',
           f'<figure><img src="/images/{pub:%Y%m%d}-war-latest.jpg" alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>',
           '<div class="kp-body">', f'<p>{esc(S["intro"])}</p>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h3><strong>{esc(e["h"])}</strong></h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e.get("oti"):
            out.append(f'<div class="kp-oti"><h4>Other Topics of Interest</h4><a href="/post/{41200 + i * 7}">{esc(e["oti"][0])}</a>'
                       f'<p>{esc(e["oti"][1])}</p></div>')
    out += ['</div>', '<div class="kp-tags">' + " ".join(f'<a href="/tag/{slugify(t)}">{esc(t)}</a>' for t in S["tags"]) + '</div>',
            '<p class="kp-tg">Join our Telegram channel for the latest news from Ukraine.</p></article>',
            f'<footer class="kp-footer"><p>\u00a9 1995\u2013{pub.year} Kyiv Post. All rights reserved.</p><a href="/about">About us</a> '
            '<a href="/contacts">Contacts</a> <a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of Use</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_odesa_wp(S):
    """Odesa Journal, WordPress RSS 2.0 (content:encoded). pubDate in GMT written as '+0000'; dc:creator in CDATA; several
    categories; description = the WordPress excerpt cut with ' [&#8230;]'; content:encoded carries the full paragraphs and the
    closing 'The post ... appeared first on Odesa Journal.' line."""
    z = S["zone"]; order_check(S, True)
    base = "https://odessa-journal.com"
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" '
           'xmlns:slash="http://purl.org/rss/1.0/modules/slash/">', '<channel>', f'<title>{esc(S["title"])}</title>',
           f'<atom:link href="{base}/feed/" rel="self" type="application/rss+xml" />', f'<link>{base}</link>',
           f'<description>{esc(S["lede"])}</description>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>',
           '<language>en-US</language>', '<sy:updatePeriod>hourly</sy:updatePeriod>', '<sy:updateFrequency>1</sy:updateFrequency>',
           '<generator>https://wordpress.org/?v=6.9.2</generator>',
           f'<image><url>{base}/wp-content/uploads/2021/03/cropped-logo-32x32.png</url><title>{esc(S["title"])}</title><link>{base}</link><width>32</width><height>32</height></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"{base}/{slugify(e['h'])}"
        words = e["p"][0].split()
        excerpt = " ".join(words[:40]) + " [&#8230;]" if len(words) > 40 else e["p"][0]
        content = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        content += f'<p>The post <a href="{link}">{esc(e["h"])}</a> appeared first on <a href="{base}">{esc(S["title"])}</a>.</p>'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<dc:creator><![CDATA[{e["a"]}]]></dc:creator>',
                f'<pubDate>{st}</pubDate>'] + [f'<category><![CDATA[{c}]]></category>' for c in e["cats"]] + [
                f'<guid isPermaLink="false">{base}/?p={318440 - i * 29}</guid>',
                f'<description><![CDATA[{excerpt}]]></description>', f'<content:encoded><![CDATA[{content}]]></content:encoded>',
                f'<wfw:commentRss>{link}/feed/</wfw:commentRss>', '<slash:comments>0</slash:comments>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_kharkivtoday(S):
    """Kharkiv Today (English edition), 'News' listing, text scrape. Air-alert and weather widgets in the header. Cards newest
    first: stamp line '17.05.2032 14:35' (day.month.year, Kyiv time, no zone), headline, lead paragraph(s), 'Read more',
    view counter. No bylines."""
    z = S["zone"]; order_check(S, True)
    L = ["KHARKIV TODAY", "News of Kharkiv and the Kharkiv region", "Air raid alert in Kharkiv: no alert   |   Kharkiv +19\u00b0C", "",
         "Home   News   City   Region   Front   Culture   Sport   Photo   Contacts", "UA | EN", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day:02d}.{d.month:02d}.{d.year} {d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"]) + ["Read more", f"\U0001f441 {e['views']}", ""]
        if i == 3:
            L += ["Subscribe to Kharkiv Today on Telegram so you don't miss an air raid warning or city news.", ""]
    L += ["Previous news", "", f"\u00a9 Kharkiv Today, 2019\u2013{dt(S['entries'][0]['t'], z).year}. Any use of materials requires a hyperlink.",
          "About the project   Advertising   Contacts"]
    return "\n".join(L) + "\n", stamps


def r_up(S):
    """Ukrainska Pravda (English) news feed, HTML. Newest first under a date header 'Wednesday, 19 May 2032'; each item: bare
    '14:35' (Kyiv time), headline (sometimes ending in ' \u2013 photo'), reporter name, lead paragraph, then 'Source: ...',
    'Details: ...', 'Quote: ...' paragraphs as UP prints them; a support box after the body of some items."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["doc_title"])}</title>',
           '<meta property="og:site_name" content="Ukrainska Pravda"></head><body>',
           '<div class="header"><a class="logo" href="/eng/">Ukrainska Pravda</a><div class="lang"><a href="/">\u0423\u041a\u0420</a> '
           '<a href="/rus/">\u0420\u0423\u0421</a> <a class="active" href="/eng/">ENG</a></div>'
           '<nav class="menu"><a href="/eng/news/">News</a> <a href="/eng/articles/">Articles</a> <a href="/eng/columns/">Columns</a> '
           '<a href="/eng/tags/war/">War</a> <a href="https://www.epravda.com.ua/eng/">Economy</a> <a href="/eng/projects/">Projects</a></nav>'
           '<a class="support" href="/eng/support/">Support UP</a></div>',
           f'<div class="container"><h1 class="page-title">{esc(S["title"])}</h1><div class="news_list">']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if d.date() != cur:
            cur = d.date(); out.append(f'<div class="news_list_date">{DAYS_EN[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}</div>')
        st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="article_news"><div class="article_time">{st}</div>'
                   f'<div class="article_title"><a href="/eng/news/{d:%Y/%m/%d}/{7497330 + i * 11}/">{esc(e["h"])}</a></div>')
        if e["a"]:
            out.append(f'<div class="post_author">{esc(e["a"])}</div>')
        out.append('<div class="post_text">')
        out.append(f'<p>{esc(e["p"][0])}</p>')
        if e.get("src"):
            out.append(f'<p><strong>Source:</strong> {esc(e["src"])}</p>')
        for p in e["p"][1:]:
            m = re.match(r"(Details|Quote|Background|Update): (.*)", p, flags=re.S)
            out.append(f'<p><strong>{m.group(1)}:</strong> {esc(m.group(2))}</p>' if m else f'<p>{esc(p)}</p>')
        out.append('</div></div>')
        if i in (1, 4):
            out.append('<div class="support_block">Ukrainska Pravda is the place where you find the latest news about the war. '
                       'Become our patron and help us keep reporting. <a href="/eng/support/">Support UP</a></div>')
    out += ['<a class="more" href="/eng/news/?page=2">More news</a></div></div>',
            f'<div class="footer"><p>\u00a9 2000\u2013{dt(S["entries"][0]["t"], z).year}, Ukrainska Pravda. Use of materials is allowed only with a hyperlink.</p>'
            '<a href="/eng/about/">About UP</a> <a href="/eng/rules/">Editorial rules</a> <a href="/eng/contacts/">Contacts</a></div></body></html>']
    return "\n".join(out) + "\n", stamps


def r_censor_rss(S):
    """Censor.NET (English) news RSS 2.0: pubDate with the Kyiv offset (+0300), category, CDATA description with <p> paragraphs,
    image enclosure; no authors. Headlines often end in 'PHOTOS' or 'VIDEO'."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://censor.net/en/news/all</link>',
           '<description>Censor.NET: news of Ukraine and the world, war, politics, economy</description>', '<language>en</language>',
           f'<pubDate>{rfc822(dt(S["entries"][0]["t"], z))}</pubDate>',
           '<atom:link href="https://censor.net/includes/news_en.xml" rel="self" type="application/rss+xml"/>',
           '<image><url>https://censor.net/images/logo_rss.png</url><title>Censor.NET</title><link>https://censor.net/en/</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        url = f"https://censor.net/en/news/{4103377 - i * 23}/{slugify(e['h'])}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>', f'<guid isPermaLink="true">{url}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{esc(e["cat"])}</category>',
                '<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>',
                f'<enclosure url="https://static.censor.net/news/{4103377 - i * 23}/crop_600x400.jpg" type="image/jpeg" length="0"/>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


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
                         "published_basis": (e.get("basis") or S["basis"]).format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"],
                                                                                    u=u.strftime("%Y-%m-%d %H:%M")),
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


# ================================================================ PART A: ten real outlets' layouts (own words, invented news)
SEEDS = []

# ---------------------------------------------------------------- 20700 Suspilne (HTML listing)
SEEDS.append(dict(
  id="20700", name="20700_suspilne-latest", ext="html", source="Suspilne", zone="Europe/Kyiv", render=r_suspilne,
  title="Latest news", doc_title="Latest news of Ukraine and the world | Suspilne News",
  most_read=["What changes in the rules for crossing the border from 1 June", "How the air raid warning system in Kyiv works now",
             "Kyiv metro stations to stay open as shelters through the night"],
  basis="card stamp '{s}' (visible date and 24-hour time; Kyiv time, no zone printed, EEST = UTC+3 in May; the <time datetime> attribute carries +03:00); local {d} in {z}",
  notes="Imitates the Suspilne News (English) 'Latest news' listing as an HTML capture. WebPage JSON-LD without dates. Cards newest first: rubric tag, <time> with visible '21:50, 03 May 2032' and an ISO datetime attribute (+03:00), h2 headline link, one lead paragraph; one card carries a 'Video' badge. A 'Most read' widget with three older headlines follows the third card (not entries). One off-beat card (football cup final).",
  not_entries=["header: logo, rubric menu, regional-newsroom list, UA/EN switch, 'Suspilne TV live' link", "page heading 'Latest news'",
               "rubric tags on each card (War, Politics, Society, Sport, Video)", "'Video' badge on the Zaporizhzhia card",
               "'Most read' widget with three older headlines after the third card", "'Show more news'", "Telegram/X follow box",
               "footer (copyright of the Public Broadcasting Company of Ukraine, hyperlink notice, links)"],
  entries=[
  E("2032-05-03 21:50", "Russian drones hit energy facility in Chernihiv region, about 14,000 households without power",
    ["Russian attack drones struck an energy facility in the Koriukivka district of Chernihiv region on Monday evening, and about 14,000 households lost electricity, the regional power distributor said; repair crews will start work once the air raid alert is lifted."],
    "strikes", "strikes", 2, "chernihiv-energy-drone-strike-2032-05-03", tag="War"),
  E("2032-05-03 19:25", "Sybiha and Sikorski sign roadmap on joint production of air-defence missiles",
    ["Foreign ministers Andrii Sybiha and Radosław Sikorski signed a roadmap in Warsaw on Monday under which Polish and Ukrainian firms will jointly build short-range air-defence missiles, with the first batch due before the end of the year."],
    "diplomacy", "diplomacy", 3, "ukraine-poland-air-defence-roadmap-2032-05-03", sec=["aid"], tag="Politics",
    n="ministerial diplomatic move (signed agreement); secondary aid (joint weapons production)"),
  E("2032-05-03 17:40", "Guided bomb hits Kharkiv's Saltivskyi district, nine injured",
    ["A Russian guided aerial bomb struck a courtyard between high-rise buildings in Kharkiv's Saltivskyi district in the late afternoon, injuring nine people, including two teenagers, Mayor Ihor Terekhov said."],
    "strikes", "strikes", 2, "kharkiv-guided-bomb-saltivskyi-2032-05-03", tag="War", n="non-deadly strike"),
  E("2032-05-03 15:05", "Ombudsman: 117 children returned from occupied territories since January",
    ["Ukraine has brought back 117 children from Russian-occupied territories and from Russia since the start of the year, Parliament Commissioner for Human Rights Dmytro Lubinets said, adding that most returns were arranged through Qatari mediation."],
    "other", "humanitarian", 2, "children-returned-from-occupation-2032-05-03", sec=["diplomacy"], tag="Society"),
  OFF("2032-05-03 13:40", "Shakhtar beat Polissia on penalties to lift Ukrainian Cup",
    ["Shakhtar Donetsk won the Ukrainian Cup for the third time in four years, beating Polissia Zhytomyr 4-3 on penalties after a goalless final in Lviv."],
    "ukrainian-cup-final-2032-05-03", n="football", tag="Sport"),
  E("2032-05-03 12:30", "How Zaporizhzhia keeps its trams running under drone threat",
    ["Drivers of Zaporizhzhia's trams now work with anti-drone nets stretched over the busiest routes and a radio channel that warns them of drones nearby; the city transport company says it has not cancelled a single route this spring."],
    "other", "humanitarian", 2, "zaporizhzhia-trams-drone-threat-2032-05-03", tag="Video", badge="Video",
    n="video report card with a text lead (has a body, so not a teaser)"),
  E("2032-05-03 10:15", "Russian artillery kills man in Nikopol",
    ["A 58-year-old man was killed and two women were wounded when Russian artillery shelled Nikopol in the morning, the head of the Dnipropetrovsk regional military administration reported; a gas pipeline and a bus were also damaged."],
    "strikes", "strikes", 3, "nikopol-shelling-2032-05-03", tag="War"),
  E("2032-05-03 07:10", "Air defence downs 61 of 83 Russian drones overnight",
    ["Russia attacked Ukraine overnight with 83 Shahed-type attack drones and decoys, of which 61 were shot down or lost to electronic warfare, the Air Force said; hits were recorded in Chernihiv and Sumy regions."],
    "strikes", "strikes", 2, "overnight-drone-attack-2032-05-03", tag="War"),
  ]))

# ---------------------------------------------------------------- 20701 Hromadske (Atom)
SEEDS.append(dict(
  id="20701", name="20701_hromadske-feed", ext="xml", source="Hromadske", zone="Europe/Kyiv", render=r_hromadske_atom,
  title="Hromadske",
  basis="Atom <published> '{s}' (explicit +03:00 offset); local {d} in {z}",
  notes="Imitates the Hromadske (English) Atom feed. Newest first; each entry: title, link, id, published/updated with +03:00, author, category, and escaped HTML content. Inside the content some entries carry a photo <figure> with a caption before the text and a 'Read also:' link after the first paragraph; neither is body text (body_paragraphs counts the news paragraphs only). 20701-06 is an explainer (its own story). No off-beat entries.",
  not_entries=["feed title, subtitle, links, id, updated, icon, rights", "category terms", "photo figures and their captions inside the content",
               "'Read also:' link paragraphs inside the content"],
  entries=[
  E("2032-05-05 21:35", "General Staff confirms drone strike on oil depot in Russia's Bryansk region",
    ["Ukraine's General Staff confirmed on Wednesday evening that long-range drones of the Unmanned Systems Forces had hit a fuel depot near the town of Unecha in Russia's Bryansk region.",
     "Residents posted videos of a large fire at the site. Bryansk's governor said that drone debris had caused a fire at an industrial facility and that no one had been hurt."],
    "strikes", "strikes", 2, "bryansk-oil-depot-drone-strike-2032-05-05", a="Andrii Ostapchuk", cat="War",
    also="How Ukraine's long-range drone campaign changed Russia's fuel market"),
  E("2032-05-05 18:50", "Prosecutors charge Russian commander over execution of prisoners near Pokrovsk",
    ["The Prosecutor General's Office has charged in absentia a Russian battalion commander with ordering the execution of four Ukrainian soldiers who had surrendered near Pokrovsk in March.",
     "Investigators say drone footage shows the men being shot after laying down their weapons. The commander has been identified from intercepted radio traffic and social media posts.",
     "Ukraine has recorded more than 300 cases of executions of prisoners of war since 2022, according to the prosecutors."],
    "other", "humanitarian", 2, "pokrovsk-pow-execution-charges-2032-05-05", a="Yulia Serdiuk", cat="Society",
    n="war-crimes report"),
  E("2032-05-05 16:20", "Parliament extends martial law and mobilisation for another 90 days",
    ["The Verkhovna Rada on Wednesday voted to extend martial law and general mobilisation for another 90 days, until mid-August, backing both presidential bills with more than 300 votes each."],
    "other", "politics", 2, "martial-law-extension-2032-05-05", a="Mariia Hlushko", cat="Politics"),
  E("2032-05-05 13:05", "Two killed as Russian missile hits central Kramatorsk",
    ["A Russian missile struck the centre of Kramatorsk shortly after noon, killing two people and injuring 14, the head of the Donetsk regional military administration said.",
     "The missile hit near a row of cafés and shops on a street that had been busy at lunchtime. Eight of the injured were taken to hospital, two of them in a serious condition.",
     "It was the third attack on Kramatorsk this week."],
    "strikes", "strikes", 3, "kramatorsk-missile-strike-2032-05-05", a="Andrii Ostapchuk", cat="War",
    fig="Rescuers at the scene of the missile strike in Kramatorsk on 5 May. Photo: State Emergency Service of Ukraine"),
  E("2032-05-05 10:30", "Japan pledges $500 million for repairs to Ukraine's power grid",
    ["Japan will provide $500 million in grants to repair Ukraine's power grid and buy mobile gas turbines before next winter, Tokyo's embassy in Kyiv announced.",
     "The money will be channelled through the Ukraine Energy Support Fund and the Japan International Cooperation Agency."],
    "aid", "aid", 3, "japan-energy-grant-2032-05-05", a="Mariia Hlushko", cat="Economy",
    also="Ukraine's energy system ahead of summer: what the outages forecast says"),
  E("2032-05-05 08:15", "Explainer: what the new contracts for 18-24-year-olds offer and who can sign them",
    ["Since 1 May, Ukrainians aged 18 to 24 can sign a one-year contract with the armed forces that comes with a lump-sum payment and the right to leave the country after service.",
     "The Defence Ministry says more than 6,000 people have applied so far. Brigades taking part in the scheme must guarantee recruits at least six weeks of training before any front-line posting.",
     "Critics in parliament argue the scheme is too small to change the army's manpower shortage."],
    "other", "politics", 2, "explainer-young-recruit-contracts", a="Yulia Serdiuk", cat="Explainers",
    n="theme piece (explainer on recruitment contracts), its own story"),
  ]))

# ---------------------------------------------------------------- 20702 NV (text listing, no year printed)
SEEDS.append(dict(
  id="20702", name="20702_nv-russianwar", ext="txt", source="NV", zone="Europe/Kyiv", render=r_nv,
  title="Russian war", lede="The latest news about Russia's war against Ukraine",
  parse_args=["--date", "2032-05-07"],
  basis="card stamp '{s}' (day and month, no year; 24-hour Kyiv time, no zone printed; EEST = UTC+3); the year comes from parse_args (--date 2032-05-07, the capture day); local {d} in {z}",
  notes="Imitates the NV (New Voice of Ukraine) English 'Russian war' rubric listing as copied from a browser. Cards newest first: optional label line ('Exclusive' or 'Opinion'), headline, author line for the opinion column only, then the stamp '7 May, 22:45' (day and month, no year), lead paragraph(s). No year is printed anywhere on the capture (the footer carries no year), so parse_args gives the capture day. A premium box follows the third card and a Telegram line the sixth. 20702-04 is an opinion column (theme piece, importance 2, its own story).",
  not_entries=["masthead 'NV' and 'New Voice of Ukraine'", "language switch 'UA   RU   EN'", "rubric menu", "'Subscribe   Sign in'",
               "rubric heading 'Russian war' and its subtitle", "label lines 'Exclusive' and 'Opinion'",
               "NV Premium box after the third card ('Support independent journalism...' / 'Subscribe')", "Telegram line after the sixth card",
               "'Show more'", "footer links and rights line"],
  entries=[
  E("2032-05-07 22:45", "Russia attacks Odesa region ports with drones, grain terminal on fire",
    ["Russian drones attacked port infrastructure in Odesa region late on Friday, setting fire to a grain terminal, the regional military administration said. Firefighters were still at the scene an hour later; no casualties were reported."],
    "strikes", "strikes", 2, "odesa-region-port-drone-attack-2032-05-07"),
  E("2032-05-07 20:10", "Russia stockpiling missiles for summer campaign, Ukrainian intelligence official tells NV",
    ["Russia has built up a reserve of more than 900 cruise and ballistic missiles and is holding most of them back for attacks on Ukraine's energy system in the summer, a senior official of Ukraine's military intelligence told NV on condition of anonymity.",
     "The official said Moscow was now producing about 60 Iskander-M missiles a month."],
    "other", "security", 2, "russia-missile-stockpile-intelligence-2032-05-07", sec=["strikes"], label="Exclusive"),
  E("2032-05-07 18:30", "Zelensky imposes sanctions on 56 foreign suppliers of Russia's arms industry",
    ["President Volodymyr Zelensky signed a decree putting into effect sanctions against 56 companies and 11 individuals in six countries that supply machine tools and electronics to Russian arms factories.",
     "Kyiv will pass the list to its partners and ask them to adopt similar restrictions."],
    "diplomacy", "diplomacy", 2, "ukraine-sanctions-arms-suppliers-2032-05-07"),
  E("2032-05-07 16:00", "Europe's air shield plan still leaves Ukraine's front-line cities exposed",
    ["The European plan to pool air-defence purchases looks impressive on paper, but almost all of the systems it will pay for are meant to protect big cities and power plants far from the front.",
     "Towns such as Kramatorsk, Sumy and Nikopol are hit by glide bombs and short-range drones, against which long-range interceptors are of little use. What they need is cheap interceptor drones and electronic warfare in large numbers.",
     "Until that changes, the people who live closest to the front will remain the least protected."],
    "aid", "aid", 2, "opinion-european-air-shield-front-line-cities", a="Oleksii Danylenko", label="Opinion",
    n="theme piece (opinion column on air-defence aid), its own story"),
  E("2032-05-07 13:25", "Two killed and five wounded as glide bombs hit Kostiantynivka",
    ["Russian aircraft dropped four guided bombs on Kostiantynivka in Donetsk region around midday, killing two men and wounding five people, the regional prosecutor's office said. A market and an apartment block were damaged."],
    "strikes", "strikes", 3, "kostiantynivka-glide-bombs-2032-05-07"),
  E("2032-05-07 11:40", "Ukrainian troops pull back from village near Siversk, army spokesman says",
    ["Ukrainian units have withdrawn from the village of Ivano-Darivka near Siversk to more defensible positions after weeks of Russian assaults, a spokesman for the eastern group of forces said on national television."],
    "other", "frontline", 2, "siversk-withdrawal-2032-05-07"),
  E("2032-05-07 08:05", "Rheinmetall opens second ammunition plant in western Ukraine",
    ["German arms maker Rheinmetall has started production at its second plant in western Ukraine, which will make 155mm shells for the Ukrainian army, the company and Ukraine's Ministry of Strategic Industries said. The plant's location was not disclosed for security reasons."],
    "aid", "aid", 2, "rheinmetall-second-plant-ukraine-2032-05-07"),
  ]))

# ---------------------------------------------------------------- 20703 RBC-Ukraine (HTML news feed, midnight crossing)
SEEDS.append(dict(
  id="20703", name="20703_rbcukraine-newsfeed", ext="html", source="RBC-Ukraine", zone="Europe/Kyiv", render=r_rbc,
  title="Latest news", doc_title="Latest news of Ukraine and the world today | RBC-Ukraine", rates="USD 44.62   EUR 48.15",
  basis="bare time '{s}' under the date separator printed above it (Kyiv time, no zone printed; EEST = UTC+3); local {d} in {z}",
  notes="Imitates the RBC-Ukraine (English) 'Latest news' feed as an HTML capture. BreadcrumbList JSON-LD only (no dates). Newest first under date separators '10 May 2032, Monday' and '09 May 2032, Sunday'; each item: bare 24-hour time, headline link, optional label (Photo, Exclusive), one lead paragraph; no bylines. Midnight crossing: the top item is 01:40 on 10 May local time = 22:40 UTC on 9 May, so the whole page is one UTC day (9 May). 9 May is Europe Day in Ukraine and Victory Day in Russia. One off-beat item (hryvnia exchange rate).",
  not_entries=["header: logo, menu, UA/EN switch, exchange-rate ticker 'USD 44.62   EUR 48.15', 'Search'", "page heading 'Latest news'",
               "date separators '10 May 2032, Monday' and '09 May 2032, Sunday'", "item labels 'Photo' and 'Exclusive'",
               "Telegram promo after the fourth item", "'More news'", "footer (copyright, citation notice, links)"],
  entries=[
  E("2032-05-10 01:40", "Explosions in Kyiv as air defence repels ballistic missile attack",
    ["Air defence was working over Kyiv after Russia launched ballistic missiles from the Bryansk region shortly after 1 a.m., the head of the Kyiv City Military Administration said. Information about damage and casualties is being clarified."],
    "strikes", "strikes", 2, "kyiv-ballistic-attack-night-2032-05-10",
    basis="bare time '{s}' under the date separator '10 May 2032, Monday' (Kyiv time, EEST = UTC+3): local {d} in {z} = {u} UTC on 9 May (midnight crossing)"),
  E("2032-05-09 23:15", "Moscow airports shut during Victory Day parade evening amid drone alerts",
    ["All four Moscow airports suspended flights for more than two hours on Sunday evening as Russia's Defence Ministry reported drones approaching the capital, Russian aviation authorities said. Moscow's mayor claimed 11 drones had been downed on the approaches to the city."],
    "strikes", "strikes", 2, "moscow-drone-alert-airports-2032-05-09", n="interception claims over Moscow; strikes per LABELS (interceptions)"),
  E("2032-05-09 20:30", "Russian drones damage kindergarten and 12 houses in Zaporizhzhia",
    ["Russian attack drones hit the Shevchenkivskyi district of Zaporizhzhia in the evening, damaging a kindergarten, 12 private houses and power lines, the regional governor said. Two people were treated for blast injuries at the scene."],
    "strikes", "strikes", 2, "zaporizhzhia-kindergarten-drone-strike-2032-05-09", label="Photo"),
  E("2032-05-09 18:05", "Von der Leyen in Kyiv on Europe Day: first accession cluster to open in June",
    ["European Commission President Ursula von der Leyen arrived in Kyiv on Europe Day and told Ukraine's parliament that the EU would formally open the first cluster of accession talks with Ukraine in June.",
     "She also announced a further €1.5 billion from the Ukraine Facility for the rebuilding of energy and housing."],
    "diplomacy", "diplomacy", 3, "von-der-leyen-kyiv-europe-day-2032-05-09", sec=["aid"]),
  E("2032-05-09 15:40", "Deputy minister: Ukraine to make four million FPV drones this year",
    ["Ukrainian manufacturers are on track to produce about four million first-person-view drones this year, a deputy minister of strategic industries told RBC-Ukraine in an interview, twice last year's number."],
    "other", "security", 2, "ukraine-fpv-drone-production-2032-05-09", label="Exclusive"),
  E("2032-05-09 12:20", "Russian shelling kills woman in Kherson's Korabelnyi district",
    ["A 67-year-old woman was killed when Russian artillery hit a residential street in Kherson's Korabelnyi district shortly after noon, the city military administration said. A man was wounded in a neighbouring yard."],
    "strikes", "strikes", 3, "kherson-shelling-2032-05-09"),
  E("2032-05-09 09:50", "General Staff: fighting intensifies near Lyman with 23 clashes since morning",
    ["Russian forces have attacked Ukrainian positions near Lyman 23 times since the start of the day, trying to advance towards the villages of Zarichne and Torske, the General Staff said in its morning update."],
    "other", "frontline", 2, "lyman-fighting-2032-05-09"),
  OFF("2032-05-09 06:30", "Hryvnia edges lower against the dollar on the interbank market",
    ["The hryvnia weakened by 4 kopiyky against the US dollar on the interbank market at the end of the week, while the National Bank's official rate for Monday was set at 44.62 hryvnias."],
    "hryvnia-exchange-rate-2032-05-09", n="currency market"),
  ]))

# ---------------------------------------------------------------- 20704 LIGA.net (text key-events round-up)
SEEDS.append(dict(
  id="20704", name="20704_liga-keyevents", ext="txt", source="LIGA.net", zone="Europe/Kyiv", render=r_liga,
  rubric="WAR", title="Key events of 11 May: missile strike on Kryvyi Rih, Rutte in Kyiv, Norway funds drones",
  lede="A short overview of the most important news of the day about Russia's war against Ukraine",
  byline="Svitlana Kovalenko", published="2032-05-11 21:40",
  tags=["War in Ukraine", "Russian strikes", "NATO", "Military aid"],
  basis="no per-item time: the round-up's own stamp '11 May 2032, 21:40' (Kyiv time, no zone printed; EEST = UTC+3) is used for every item; local {d} in {z}",
  notes="Imitates a LIGA.net (English) evening round-up of the day's key events, text capture. One stamp line under the title ('Svitlana Kovalenko  ·  11 May 2032, 21:40'); items are short paragraphs without headlines or times, grouped under sub-heads (Front, Strikes, Diplomacy and aid, In Ukraine). Each item is one entry: headline null, stamp null, published = the round-up's time, author = the page byline. One 'Read also:' line after an item is a related link, not body.",
  not_entries=["header: logo, language switch, menu, 'Search   Log in'", "rubric label 'WAR'", "title line and subtitle (lede)",
               "byline and stamp line", "audio widget '\u25b6 Listen to the news  03:12'", "sub-heads 'Front', 'Strikes', 'Diplomacy and aid', 'In Ukraine'",
               "'Read also:' related link after the Norway item", "tags line", "error-report hint and news-tip box", "footer"],
  entries=[
  E("2032-05-11 21:40", None,
    ["Ukrainian forces repelled 31 Russian assaults in the Pokrovsk direction during the day, the General Staff reported, with the heaviest fighting near Myrnohrad and Hryshyne."],
    "other", "frontline", 2, "pokrovsk-assaults-repelled-2032-05-11", a="Svitlana Kovalenko", grp="Front"),
  E("2032-05-11 21:40", None,
    ["Russia's Defence Ministry claimed the capture of the village of Yablunivka in Donetsk region; a spokesman for Ukraine's forces in the area called the claim false and said fighting continued on the village's outskirts."],
    "other", "frontline", 2, "yablunivka-capture-claim-2032-05-11", a="Svitlana Kovalenko", grp="Front"),
  E("2032-05-11 21:40", None,
    ["A Russian ballistic missile hit an industrial enterprise in Kryvyi Rih in the morning, killing three workers and injuring 11, the head of the city's defence council said; a day of mourning has been declared for Wednesday."],
    "strikes", "strikes", 3, "kryvyi-rih-missile-strike-2032-05-11", a="Svitlana Kovalenko", grp="Strikes"),
  E("2032-05-11 21:40", None,
    ["Ukrainian drones attacked the Novokuibyshevsk oil refinery in Russia's Samara region overnight, and the regional governor confirmed a fire on the site."],
    "strikes", "strikes", 2, "novokuibyshevsk-refinery-drone-strike-2032-05-11", a="Svitlana Kovalenko", grp="Strikes"),
  E("2032-05-11 21:40", None,
    ["NATO Secretary General Mark Rutte arrived in Kyiv on an unannounced visit and met President Volodymyr Zelensky. They discussed faster deliveries of air-defence systems and Ukraine's participation in the alliance summit in July."],
    "diplomacy", "diplomacy", 3, "rutte-kyiv-visit-2032-05-11", sec=["aid"], a="Svitlana Kovalenko", grp="Diplomacy and aid"),
  E("2032-05-11 21:40", None,
    ["Norway will allocate NOK 2.5 billion, about €215 million, to buy long-range and interceptor drones from Ukrainian manufacturers under the so-called Danish model, the Norwegian Defence Ministry announced."],
    "aid", "aid", 3, "norway-drone-funding-2032-05-11", a="Svitlana Kovalenko", grp="Diplomacy and aid",
    also="How the Danish model works and why other countries are copying it"),
  E("2032-05-11 21:40", None,
    ["The Cabinet of Ministers approved a pilot project that lets men over 50 sign contracts for rear-area service in logistics and repair units, freeing younger soldiers for the front."],
    "other", "politics", 2, "rear-service-contracts-over-50-2032-05-11", a="Svitlana Kovalenko", grp="In Ukraine"),
  ]))

# ---------------------------------------------------------------- 20705 Kyiv Post (HTML 'Ukraine War Latest' article)
SEEDS.append(dict(
  id="20705", name="20705_kyivpost-warlatest", ext="html", source="Kyiv Post", zone="Europe/Kyiv", render=r_kyivpost_article,
  title="Ukraine War Latest: Missile Kills Dock Worker in Odesa, Zelensky in Helsinki",
  url="https://www.kyivpost.com/post/41190", byline="Mykola Hrebeniuk", published="2032-05-13 22:20",
  lede="Kyiv Post's daily round-up of the key developments of Russia's war against Ukraine on Thursday.",
  caption="A firefighter at the Odesa port terminal hit by a Russian missile on May 13. (Photo by Odesa Regional Military Administration)",
  intro="Here is our round-up of the main events of Thursday, May 13, compiled by Kyiv Post's news desk from official statements and our correspondents' reports.",
  tags=["Ukraine War Latest", "Odesa", "Finland", "SBU"],
  basis="no per-section time: the article's stamp 'May 13, 2032, 10:20 pm' (Kyiv time, no zone printed; EEST = UTC+3) is used for every section; local {d} in {z}",
  notes="Imitates a Kyiv Post 'Ukraine War Latest' daily round-up as an HTML capture: NewsArticle JSON-LD (same time as the visible stamp), title, standfirst, 'By NAME', stamp 'May 13, 2032, 10:20 pm', share line, photo with caption, an intro paragraph, then six bold section headings, each one entry (headline = heading, stamp null, author = the article byline). Two 'Other Topics of Interest' boxes (a related headline and its teaser) sit between sections and are not entries.",
  not_entries=["header: logo 'KYIV POST', tagline, menu, 'Become a member', 'Log in'", "category label 'War'", "standfirst",
               "byline 'By Mykola Hrebeniuk' and the stamp line", "share line", "photo caption", "intro paragraph ('Here is our round-up ...')",
               "'Other Topics of Interest' boxes (two related headlines with teasers)", "tags", "Telegram line", "footer"],
  entries=[
  E("2032-05-13 22:20", "Russian Missile Kills Dock Worker at Odesa Port",
    ["A Russian Iskander-M missile hit a terminal of the Odesa commercial port early on Thursday afternoon, killing a 44-year-old dock worker and injuring six others, the regional governor said.",
     "The strike set a warehouse of sunflower oil on fire. A Panama-flagged bulk carrier moored nearby was slightly damaged, but its crew was not hurt."],
    "strikes", "strikes", 3, "odesa-port-missile-strike-2032-05-13", a="Mykola Hrebeniuk"),
  E("2032-05-13 22:20", "Czech Ammunition Initiative Hands Over Its Millionth Shell of the Year",
    ["The Czech-led initiative that buys artillery ammunition on the world market for Ukraine has delivered its millionth large-calibre round of 2032, the Czech Defence Ministry said on Thursday.",
     "Prague said 14 countries were now financing the scheme and that deliveries should reach 1.8 million rounds by the end of the year."],
    "aid", "aid", 3, "czech-ammunition-initiative-million-shells-2032-05-13", a="Mykola Hrebeniuk",
    oti=("How Ukraine's Artillery Adapted to Fewer Shells", "Gunners explain how drones changed the way they pick their targets.")),
  E("2032-05-13 22:20", "Zelensky Meets Finnish President in Helsinki",
    ["President Volodymyr Zelensky met Finnish President Alexander Stubb in Helsinki, where the two leaders signed a ten-year agreement on defence-industrial cooperation and discussed the use of frozen Russian assets.",
     "Zelensky also addressed the Finnish parliament, thanking Finns for their 31st military aid package."],
    "diplomacy", "diplomacy", 3, "zelensky-helsinki-visit-2032-05-13", sec=["aid"], a="Mykola Hrebeniuk"),
  E("2032-05-13 22:20", "SBU Detains Suspected Russian Agent Who Filmed Air Defence in Lviv",
    ["The Security Service of Ukraine (SBU) detained a 29-year-old Lviv resident suspected of filming the positions of air-defence units around the city for Russian military intelligence.",
     "According to the SBU, the man was recruited through a Telegram channel offering quick money and was paid in cryptocurrency. He faces life imprisonment for high treason."],
    "other", "security", 2, "sbu-lviv-agent-detained-2032-05-13", a="Mykola Hrebeniuk",
    oti=("The Telegram Bots Russia Uses to Recruit Teenagers", "Why Ukraine's security services say the threat is growing.")),
  E("2032-05-13 22:20", "General Staff Reports 1,140 Russian Losses in a Day",
    ["Russia lost 1,140 soldiers killed and wounded over the past 24 hours, along with 9 tanks and 37 artillery systems, Ukraine's General Staff said, citing the heaviest fighting around Pokrovsk and Huliaipole."],
    "other", "frontline", 2, "general-staff-russian-losses-2032-05-13", a="Mykola Hrebeniuk"),
  E("2032-05-13 22:20", "Kyiv to Build Underground Classrooms at 20 Schools",
    ["Kyiv's city authorities will build underground classrooms at 20 schools this summer so that pupils can study without interruption during air raid alerts, the city's education department said."],
    "other", "humanitarian", 2, "kyiv-underground-classrooms-2032-05-13", a="Mykola Hrebeniuk"),
  ]))

# ---------------------------------------------------------------- 20706 Odesa Journal (WordPress RSS, +0000)
SEEDS.append(dict(
  id="20706", name="20706_odesajournal-feed", ext="xml", source="Odesa Journal", zone="UTC", render=r_odesa_wp,
  title="Odesa Journal", lede="News of Odesa and the Odesa region in English",
  basis="RSS pubDate '{s}' (WordPress writes GMT as +0000); local {d} in {z} (Odesa local time is three hours later)",
  notes="Imitates the WordPress RSS feed of Odesa Journal (English-language news of Odesa). Newest first. pubDate is in GMT with '+0000' (WordPress default), so page_timezone is UTC; the texts speak of Odesa local times. Each item: title, link, dc:creator in CDATA, several categories, guid '?p=NNN', description = the WordPress excerpt cut after 40 words with ' [&#8230;]' (a truncated copy of the first paragraph, not a separate paragraph), content:encoded with the full paragraphs and a closing line 'The post ... appeared first on Odesa Journal.' (feed chrome, not body). One off-beat item (opera festival).",
  not_entries=["channel title, atom:link, link, description, lastBuildDate, language, sy:update*, generator, image", "category labels",
               "description excerpts (truncated copies of the first paragraph ending in '[…]')",
               "closing 'The post ... appeared first on Odesa Journal.' line in every content:encoded", "wfw:commentRss and slash:comments"],
  entries=[
  E("2032-05-15 20:40", "Russian drones attack Izmail port on the Danube",
    ["Russian attack drones targeted port infrastructure in Izmail on Saturday evening, damaging a grain storage facility and an administrative building, the head of the Odesa regional military administration said.",
     "Air defence units shot down nine drones over the Izmail district. Romania's Defence Ministry said it had scrambled two F-16 fighters as a precaution because the attack was so close to its border."],
    "strikes", "strikes", 2, "izmail-port-drone-attack-2032-05-15", a="Kateryna Zhuk", cats=["News", "Odesa region", "War"]),
  OFF("2032-05-15 17:15", "Odesa Opera announces programme of its summer festival",
    ["The Odesa National Opera and Ballet Theatre has announced the programme of its summer festival, which will open on 19 June with Verdi's La traviata and include two new ballet productions.",
     "Performances will start at 17:00 so that audiences can get home well before the curfew, the theatre said."],
    "odesa-opera-summer-festival-2032-05-15", a="Hanna Lytvyn", n="culture", cats=["Culture", "Odesa"]),
  E("2032-05-15 13:50", "City council approves compensation for residents of building hit in April",
    ["Odesa City Council has approved compensation of up to UAH 1.2 million per flat for residents of the nine-storey building on Balkivska Street that was destroyed by a Russian drone in April.",
     "Residents can choose between the payment and a housing certificate under the national eRecovery programme. The council says 74 families are eligible."],
    "other", "humanitarian", 2, "odesa-compensation-balkivska-building-2032-05-15", a="Hanna Lytvyn", cats=["News", "Odesa", "City"]),
  E("2032-05-15 10:20", "One dead, six injured after Russian missile hits Odesa's Kyivskyi district",
    ["A Russian missile struck a private residential area in Odesa's Kyivskyi district shortly after 1 p.m. local time, killing a 71-year-old man and injuring six people, among them a nine-year-old girl.",
     "Four houses were destroyed and about 30 damaged. The regional governor said the missile was a ballistic Iskander-M launched from occupied Crimea.",
     "Odesa has declared Sunday a day of mourning."],
    "strikes", "strikes", 3, "odesa-kyivskyi-district-missile-strike-2032-05-15", a="Kateryna Zhuk", cats=["News", "Odesa", "War"]),
  E("2032-05-15 07:30", "Kiper: demining of Odesa coast to continue through the summer",
    ["Sappers will keep clearing mines along the Odesa coast throughout the summer, and only 11 beaches in the region will be open for swimming, Odesa Regional Military Administration head Oleh Kiper said.",
     "He urged residents not to walk on unmarked stretches of the shore, where mines washed up from the sea are still found."],
    "other", "humanitarian", 2, "odesa-coast-demining-beaches-2032-05-15", a="Kateryna Zhuk", cats=["News", "Odesa region"]),
  E("2032-05-15 05:10", "Air defence shoots down 12 drones over Odesa region overnight",
    ["Ukrainian air defence destroyed 12 Russian attack drones over Odesa region overnight, the Southern Defence Forces said. Falling debris damaged power lines in the Bilhorod-Dnistrovskyi district; no one was hurt."],
    "strikes", "strikes", 2, "odesa-region-overnight-drones-2032-05-15", a="Kateryna Zhuk", cats=["News", "Odesa region", "War"]),
  ]))

# ---------------------------------------------------------------- 20707 Kharkiv Today (text listing)
SEEDS.append(dict(
  id="20707", name="20707_kharkivtoday-news", ext="txt", source="Kharkiv Today", zone="Europe/Kyiv", render=r_kharkivtoday,
  title="News",
  basis="stamp line '{s}' (day.month.year and 24-hour time; Kyiv time, no zone printed; EEST = UTC+3); local {d} in {z}",
  notes="Imitates the English edition of Kharkiv Today, a local news site, as copied from a browser. Header with an air-alert status line and weather. Cards newest first: a stamp line '17.05.2032 22:30' above the headline, lead paragraph(s), 'Read more' link and a view counter (eye symbol and number). No bylines. A Telegram box follows the fourth card. One off-beat card (zoo).",
  not_entries=["masthead 'KHARKIV TODAY' and tagline", "air-alert and weather widget line", "menu and UA/EN switch", "page heading 'News'",
               "'Read more' links", "view counters", "Telegram box after the fourth card", "'Previous news'", "footer"],
  entries=[
  E("2032-05-17 22:30", "Guided bombs hit Kharkiv's Kyivskyi district, three people injured",
    ["Russian aircraft dropped two guided aerial bombs on the Kyivskyi district of Kharkiv late in the evening, Mayor Ihor Terekhov said. Three people were injured and windows were blown out in several high-rise buildings.",
     "Emergency services are still working at the scene."],
    "strikes", "strikes", 2, "kharkiv-guided-bombs-kyivskyi-2032-05-17", views="1 874"),
  E("2032-05-17 19:45", "Kharkiv's fourth underground school opens in Nemyshlianskyi district",
    ["A fourth underground school has opened in Kharkiv, in the Nemyshlianskyi district. It can take up to 900 pupils in two shifts and will also host summer camps, the city council said.",
     "Since 2023 most of Kharkiv's schoolchildren have studied online because of the constant threat of strikes."],
    "other", "humanitarian", 2, "kharkiv-underground-school-2032-05-17", views="962"),
  E("2032-05-17 17:10", "Russian drone hits hospital in Kupiansk, killing nurse",
    ["A Russian drone struck the Kupiansk district hospital in the afternoon, killing a 52-year-old nurse and injuring a patient, regional governor Oleh Syniehubov said. The hospital's surgical wing was damaged.",
     "Patients are being moved to hospitals in Kharkiv and Balakliia."],
    "strikes", "strikes", 3, "kupiansk-hospital-drone-strike-2032-05-17", views="2 311"),
  E("2032-05-17 14:35", "Evacuation from border villages of Vovchansk community continues",
    ["Another 46 people, including nine children, were evacuated from villages of the Vovchansk and Velykyi Burluk communities over the weekend, the regional military administration said. Mandatory evacuation of families with children remains in force."],
    "other", "humanitarian", 2, "kharkiv-border-evacuation-2032-05-17", views="744"),
  OFF("2032-05-17 12:05", "Two lynx cubs born at Feldman Ecopark",
    ["Two lynx cubs have been born at Feldman Ecopark near Kharkiv, the park said, and visitors will be able to see them in the enclosure from June."],
    "feldman-ecopark-lynx-cubs-2032-05-17", n="zoo", views="3 050"),
  E("2032-05-17 09:40", "Overnight, Russia attacked Kharkiv region with 17 drones and three missiles",
    ["Russian forces attacked Kharkiv region overnight with 17 Shahed drones and three S-300 missiles, the regional military administration said. An infrastructure facility in the Chuhuiv district and private houses in Lozova were damaged; one man was injured."],
    "strikes", "strikes", 2, "kharkiv-region-overnight-attack-2032-05-17", views="1 205"),
  E("2032-05-17 07:15", "Terekhov: 42 buildings damaged in weekend attacks on Kharkiv, repairs under way",
    ["Utility services have started repairing 42 residential buildings damaged in Saturday's and Sunday's attacks on Kharkiv, Mayor Ihor Terekhov said. More than 1,100 windows have already been covered with plywood or film."],
    "strikes", "strikes", 2, "kharkiv-weekend-attacks-repairs-2032-05-17", views="688"),
  ]))

# ---------------------------------------------------------------- 20708 Ukrainska Pravda (HTML news feed, live)
SEEDS.append(dict(
  id="20708", name="20708_pravda-newsfeed", ext="html", source="Ukrainska Pravda", zone="Europe/Kyiv", render=r_up,
  title="News feed", doc_title="News feed – Ukrainska Pravda",
  basis="bare time '{s}' under the date header 'Wednesday, 19 May 2032' (Kyiv time, no zone printed; EEST = UTC+3); local {d} in {z}",
  notes="Imitates the Ukrainska Pravda (English) live news feed as an HTML capture. One date header 'Wednesday, 19 May 2032'; items newest first: bare time, headline (two end in ' \u2013 photo' / ' \u2013 video', part of the headline as printed), reporter name, then the body in UP's house style: a lead paragraph, a 'Source:' line, then 'Details:', 'Quote:' and 'Background:' paragraphs. The 'Source:' line is an attribution, not a body paragraph; 'Details:'/'Quote:'/'Background:' paragraphs count (the label is printed in bold inside the paragraph). A support box follows the second and the fifth item.",
  not_entries=["header: logo, language switch (UKR/RUS/ENG), menu, 'Support UP'", "page heading 'News feed'", "date header 'Wednesday, 19 May 2032'",
               "'Source: ...' attribution lines inside items", "support boxes after the second and fifth items", "'More news'", "footer"],
  entries=[
  E("2032-05-19 23:05", "Explosions heard in Dnipro as Russia launches ballistic missiles",
    ["Explosions rang out in Dnipro late on 19 May after the Air Force warned of ballistic missiles launched from the east.",
     "Details: The Air Force had warned of a ballistic missile threat for Dnipropetrovsk Oblast two minutes earlier. Information on the consequences is being clarified."],
    "strikes", "strikes", 2, "dnipro-ballistic-explosions-night-2032-05-19", a="Bohdan Marchenko", src="Suspilne Dnipro; Air Force of Ukraine on Telegram"),
  E("2032-05-19 20:40", "Zelensky: new prisoner exchange being prepared with UAE mediation",
    ["President Volodymyr Zelensky has said that Ukraine is preparing a new prisoner exchange with Russia, again mediated by the United Arab Emirates.",
     "Details: Zelensky said the lists had been agreed in principle and that the exchange could take place before the end of May. He did not say how many people would be released.",
     "Quote: \"We are bringing our people home step by step. Every exchange is hard work, and I thank the Emirates for their help.\""],
    "diplomacy", "diplomacy", 2, "zelensky-prisoner-exchange-preparation-2032-05-19", a="Iryna Demchuk", src="Zelensky's evening address"),
  E("2032-05-19 18:15", "Russians attack Sumy with drones, killing man and injuring four \u2013 photo",
    ["Russian forces struck Sumy with attack drones on the evening of 19 May, killing a 60-year-old man and injuring four people.",
     "Details: The drones hit a car repair shop and a private house in the Zarichnyi district. Two of the injured are in hospital.",
     "Background: Sumy has been attacked almost every day this month; on 12 May a drone hit a trolleybus in the city centre."],
    "strikes", "strikes", 3, "sumy-drone-strike-2032-05-19", a="Bohdan Marchenko", src="Sumy Oblast Military Administration on Telegram"),
  E("2032-05-19 15:30", "EU Council approves \u20ac4.2bn tranche for Ukraine from Ukraine Facility",
    ["The Council of the EU has approved the disbursement of \u20ac4.2 billion to Ukraine under the Ukraine Facility after Kyiv met the conditions for the quarter.",
     "Details: The money will go to the state budget and is meant to cover salaries of teachers and doctors as well as pensions. The conditions included a new law on the customs service.",
     "Quote: \"This is money that keeps the state running while the army defends it,\" Ukraine's finance minister said."],
    "aid", "aid", 3, "eu-ukraine-facility-tranche-2032-05-19", a="Iryna Demchuk", src="Council of the EU press release"),
  E("2032-05-19 12:50", "Ukraine hits Russian air defence system in occupied Crimea \u2013 video",
    ["Ukraine's Defence Intelligence says its drones have destroyed the radar of a Russian S-400 air defence system near Yevpatoriia in occupied Crimea.",
     "Details: Defence Intelligence published a video showing a drone approaching the radar and a fire afterwards. The operation took place on the night of 18-19 May."],
    "strikes", "strikes", 2, "crimea-s400-radar-strike-2032-05-19", a="Oleh Pavliuk", src="Defence Intelligence of Ukraine"),
  E("2032-05-19 10:10", "Russia loses 1,090 soldiers and 41 artillery systems over past day",
    ["Russia has lost 1,090 soldiers killed and wounded, 41 artillery systems and 7 tanks in Ukraine over the past day, according to Ukraine's General Staff.",
     "Details: The General Staff says Russia's total personnel losses since 24 February 2022 have reached about 1,790,000."],
    "other", "frontline", 2, "general-staff-russian-losses-2032-05-19", a="Oleh Pavliuk", src="General Staff of the Armed Forces of Ukraine"),
  E("2032-05-19 07:40", "SBU exposes scheme to smuggle men across Tisza river to Romania",
    ["The Security Service of Ukraine has exposed a group that charged men of conscription age up to US$9,000 to smuggle them across the Tisza river into Romania.",
     "Details: Four suspects have been detained in Zakarpattia Oblast, including a border guard who shared patrol schedules. They face up to nine years in prison."],
    "other", "security", 2, "tisza-smuggling-scheme-2032-05-19", a="Iryna Demchuk", src="SBU press service"),
  ]))

# ---------------------------------------------------------------- 20709 Censor.NET (RSS, +0300)
SEEDS.append(dict(
  id="20709", name="20709_censor-news", ext="xml", source="Censor.NET", zone="Europe/Kyiv", render=r_censor_rss,
  title="Censor.NET - News",
  basis="RSS pubDate '{s}' (explicit +0300 offset, Kyiv summer time); local {d} in {z}",
  notes="Imitates the Censor.NET (English) news RSS feed. Newest first; each item: title (some ending in 'PHOTOS' or 'VIDEO', part of the title as printed), link, guid, pubDate with +0300, category, CDATA description with one or two <p> paragraphs, image enclosure. No authors.",
  not_entries=["channel title, link, description, language, pubDate, atom:link and image block", "category labels", "enclosure images"],
  entries=[
  E("2032-05-21 23:40", "Russians attacked Kherson with drones: two wounded. PHOTOS",
    ["Russian drones dropped explosives on a bus stop and a private house in Kherson's Dniprovskyi district in the evening, wounding a man and a woman, the city military administration said.",
     "Both were taken to hospital in a moderate condition."],
    "strikes", "strikes", 2, "kherson-drone-attack-2032-05-21", cat="War"),
  E("2032-05-21 21:05", "Lithuania hands over new batch of anti-drone systems to Ukraine",
    ["Lithuania has delivered a new batch of anti-drone jammers and detection systems to Ukraine worth \u20ac28 million, Lithuanian Defence Ministry said. The equipment will go to units on the Zaporizhzhia and Kharkiv fronts."],
    "aid", "aid", 2, "lithuania-anti-drone-systems-2032-05-21", cat="Politics"),
  E("2032-05-21 18:30", "Russia moving about 70,000 troops towards Zaporizhzhia front - intelligence",
    ["Russia is concentrating about 70,000 troops in occupied parts of Zaporizhzhia region and may try to attack towards Orikhiv in the coming weeks, a representative of Ukraine's Defence Intelligence said on national television."],
    "other", "frontline", 2, "russian-buildup-zaporizhzhia-front-2032-05-21", cat="War"),
  E("2032-05-21 16:10", "Enemy shelled Nikopol district 19 times during day: one person killed",
    ["Russian troops attacked the Nikopol district of Dnipropetrovsk region 19 times during the day with artillery and drones, killing a 45-year-old man in Marhanets, the regional military administration reported.",
     "Seven houses, a shop and a power line were damaged."],
    "strikes", "strikes", 3, "nikopol-district-shelling-2032-05-21", cat="War"),
  E("2032-05-21 13:45", "Occupiers tried to storm positions near Toretsk 12 times. VIDEO",
    ["Russian troops tried 12 times to storm Ukrainian positions near Toretsk over the past day, using motorcycles and light vehicles, a brigade spokesman said and published a video of drone strikes on the attacking groups."],
    "other", "frontline", 2, "toretsk-assaults-2032-05-21", cat="War"),
  E("2032-05-21 11:20", "Sybiha calls on G7 to tighten price cap on Russian oil",
    ["Foreign Minister Andrii Sybiha called on G7 countries to lower the price cap on Russian crude oil and to sanction another 120 shadow-fleet tankers, speaking at a meeting with G7 ambassadors in Kyiv."],
    "diplomacy", "diplomacy", 2, "sybiha-g7-oil-price-cap-2032-05-21", cat="Politics"),
  E("2032-05-21 08:35", "Explosions in Belgorod: power substation damaged, governor says",
    ["Several explosions were heard in Russia's Belgorod overnight, and the regional governor said that a power substation had been damaged by a drone and that parts of the city were without electricity."],
    "strikes", "strikes", 2, "belgorod-substation-drone-2032-05-21", cat="World"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_textlive_kp(S):
    """text live blog, newest first: dateline with weekday and year, 'Key Points' bullets (headlines of posts), 'All times BST';
    each post: stamp line '20.05 BST' (dot separator), headline, body, signature '\u2013 NAME'; photo teasers show a gallery line."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "News | Politics | World | Business | Sport | Opinion | Live", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["- " + e["h"] for e in S["entries"] if e["kp"]] + ["", S["tznote"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["[Photo gallery: 9 images]", ""]
        if e["a"]:
            L += [f"\u2013 {e['a']}", ""]
        if i == 2:
            L += [f"Sign up for the {S['source']} Ukraine briefing, in your inbox every weekday at 7am.", ""]
    L += ["Load earlier posts", "", f"\u00a9 {S['source']} \u00b7 Contact us \u00b7 Complaints \u00b7 Privacy \u00b7 Cookies"]
    return "\n".join(L) + "\n", stamps


def r_ldlive(S):
    """HTML live blog, oldest first; LiveBlogPosting JSON-LD whose updates carry their own datePublished (local offset);
    visible bare '09:15' in a span, the day in the page header; 'By NAME' under the headline."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{501 + i}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "description": S["lede"], "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="consent">We and our partners use cookies. <button>Accept all</button> <button>Reject</button> <button>Settings</button></div>',
           f'<header class="masthead"><a href="/">{esc(S["source"])}</a><nav><a href="/ukraine">Ukraine</a> <a href="/europe">Europe</a> '
           '<a href="/world">World</a> <a href="/opinion">Opinion</a> <a href="/newsletters">Newsletters</a></nav></header>',
           f'<main><span class="badge">LIVE</span><h1>{esc(S["title"])}</h1>', f'<p class="day">{esc(S["dateline"])}</p>',
           f'<p class="summary">{esc(S["lede"])}</p>', '<ol class="updates">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<li class="update" id="update-{501 + i}"><span class="update__time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="update__byline">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<button class="update__share">Share this update</button></li>')
        if i == 2:
            out.append(f'<li class="related"><h3>Related</h3><a href="/ukraine/air-defence">{esc(S["related"])}</a></li>')
    out += ['</ol><p class="note">Updates are added as news comes in. Refresh for the latest.</p></main>',
            f'<footer>{esc(S["source"])} \u00b7 About \u00b7 Corrections \u00b7 Privacy \u00b7 Terms</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """RSS 2.0 feed, newest first; pubDate with the outlet's numeric offset, or 'GMT' when S['gmt']; dc:creator when the item has
    an author; CDATA description with <p> paragraphs; category."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en-gb</language>', f'<copyright>\u00a9 {S["source"]}</copyright>', '<ttl>10</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S.get("gmt", False)); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "world").lower()}/{d:%Y%m%d}-{slugify(e["h"])}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO 8601 with the outlet's offset ('Z' for UTC); optional author; escaped HTML content."""
    z = S["zone"]; order_check(S, True)
    iso = lambda d: d.isoformat().replace("+00:00", "Z")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}/"/>', f'<link rel="self" href="{S["url"]}/feed.atom"/>',
           f'<id>{S["url"]}/feed.atom</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>', f'<generator>{S.get("generator", "Atomizer")}</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f'{S["url"]}/{d:%Y/%m/%d}/{slugify(e["h"])}'
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link rel="alternate" type="text/html" href="{link}"/>',
                f'<id>tag:{S["url"].split("//")[1]},{d:%Y-%m-%d}:/{slugify(e["h"])[:40]}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append(f'<category term="{attr(e.get("cat", "World"))}"/>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_htmllive_ampm(S):
    """HTML live blog without JSON-LD, newest first; visible '1:05pm' (12-hour, no zone) in a span above the h2, with the page's
    note 'All times CEST'; 'By NAME' under the h2; a video teaser prints only a player placeholder."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title></head><body>',
           '<div class="cmp">Your privacy matters to us. <a>Accept and continue</a> <a>Manage preferences</a></div>',
           f'<header class="top"><a class="logo" href="/">{S["source"]}</a><nav><a>Poland</a> <a>Ukraine</a> <a>Europe</a> <a>World</a> '
           '<a>Business</a> <a>Culture</a></nav><a class="sub" href="/subscribe">Subscribe</a></header>',
           f'<main><p class="kicker">Live</p><h1>{esc(S["title"])}</h1>', f'<p class="meta"><span>{esc(S["dateline"])}</span> <span>{esc(S["tznote"])}</span></p>',
           f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d); stamps.append(st)
        out.append(f'<section class="entry"><span class="entry__time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="entry__by">By {esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="player" data-duration="0:48">Video player</div>')
        out.append('</section>')
        if i == 2:
            out.append(f'<aside class="more"><h3>More on this story</h3><a href="/ukraine/border-cities">{esc(S["related"])}</a></aside>')
    out += [f'<p class="prev"><a href="/live/{S["prev"]}">Read Monday\u2019s live coverage</a></p></main>',
            f'<footer>{S["source"]} \u00b7 Editorial code \u00b7 Advertise \u00b7 Privacy \u00b7 Contact</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_textlive_oldest(S):
    """text live blog, oldest first; dateline with weekday and year; each post: optional 'Republished from OUTLET' label, headline,
    'NAME \u2022 08:05 Kyiv time' line (author and stamp after the headline), body."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Home  /  World  /  Europe  /  Ukraine", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} Kyiv time"; stamps.append(st)
        if e.get("partner"):
            L.append(f"Republished from {e['partner']}")
        L += [e["h"], (f"{e['a']} \u2022 " if e["a"] else "") + st, ""] + ptxt(e["p"])
        if i == 3:
            L += ["Advertisement", ""]
    L += ["We will be back with more updates tomorrow morning.", "", f"{S['source']} \u2022 Terms \u2022 Privacy \u2022 Contact \u2022 Syndication"]
    return "\n".join(L) + "\n", stamps


def r_textlive_ampm(S):
    """text live blog, newest first; date line with weekday and year and the note 'All times BST'; each post: stamp line '4.05pm'
    (12-hour, dot separator, no zone), headline, body, 'Reporting by NAME' line."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "Front page   News   Ukraine   World   Money   Sport", "", S["title"], f"{S['dateline']}  |  {S['tznote']}", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Reporting by {e['a']}", ""]
        if i == 1:
            L += ["Read more: " + S["related"], ""]
    L += ["Earlier updates", "", f"{S['source']} | Who we are | Contact | Privacy | Cookies"]
    return "\n".join(L) + "\n", stamps


def r_ldlive_utc(S):
    """HTML live blog, oldest first; NewsArticle JSON-LD with page dates only; each post: <time datetime="...Z"> in UTC with the
    visible local '06:20' (page note 'Times are CEST (Prague)'); h3 headline; author line; photo teasers show a gallery placeholder."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": first.astimezone(UTC).isoformat().replace("+00:00", "Z"), "dateModified": last.astimezone(UTC).isoformat().replace("+00:00", "Z"),
          "publisher": {"@type": "Organization", "name": S["source"]}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><div class="brand">{S["source"]}</div><nav><a>Home</a> <a>Czechia</a> <a>Europe</a> <a>Ukraine war</a> <a>Opinion</a> <a>Weather</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<div class="info">{esc(S["dateline"])} \u2013 {esc(S["tznote"])}</div>', f'<div class="perex">{esc(S["lede"])}</div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="post"><time datetime="{d.astimezone(UTC).isoformat().replace("+00:00", "Z")}">{st}</time><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<div class="post__author">{esc(e["a"])}</div>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">Gallery (14)</div>')
        out.append('</div>')
        if i == 2:
            out.append(f'<div class="promo">Download the {esc(S["source"])} app for push alerts</div>')
    out += ['</main>', f'<footer>\u00a9 {S["source"]} \u2013 Contacts \u2013 Advertising \u2013 Personal data</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_article(S):
    """text article (a daily briefing) with section headings (one entry per section), page byline and a dateline with
    time and zone abbreviation; no per-section stamp."""
    L = [S["source"], "Home  \u203a  International  \u203a  Ukraine", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share  \u00b7  Save  \u00b7  Print", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += [S["more"], "", f"\u00a9 {S['source']}  \u00b7  Imprint  \u00b7  Data protection  \u00b7  Subscribe"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2032-05-24 (UTC, Monday), day 2 = 2032-05-25 (Tuesday), day 3 = 2032-05-28 (Friday).
DNP = "dnipro-missile-strike-2032-05-24"
NLD = "netherlands-air-defence-package-2032-05-24"
BAL = "analysis-ballistic-missiles-air-defence-gap"
BAL_H = "Analysis: Why Russian ballistic missiles still get through"
BAL_P = ["Monday's attack on Dnipro is a reminder that the hardest threat for Ukraine's air defence is not the slow drone but the ballistic missile that falls at several times the speed of sound.",
         "Only two Western systems in Ukraine's inventory, the Patriot and the Franco-Italian SAMP/T, can reliably intercept an Iskander-M, and each interception uses up missiles that cost several million dollars apiece and that factories in the United States and Europe produce slowly.",
         "Ukraine therefore has to choose which cities to cover. Front-line cities such as Dnipro, Kharkiv and Zaporizhzhia, which are reached within two or three minutes of launch, are the hardest to protect, and that is where most ballistic strikes now land."]

# ---------------------------------------------------------------- 20720 Gannetford Courier (day 1, text live, Key Points)
SEEDS.append(dict(
  id="20720", name="20720_gannetford-textlive", ext="txt", source="Gannetford Courier", zone="Europe/London", render=r_textlive_kp,
  title="Ukraine war live: Dnipro death toll rises after Russian missile strike on residential block",
  dateline="Monday 24 May 2032", tznote="All times BST",
  lede="Russian ballistic missiles hit Dnipro during the morning rush hour; EU ministers agree to fund ammunition from frozen-asset profits; Spain to send more air-defence missiles.",
  basis="stamp '{s}' (dot separator, BST printed: UK summer time, UTC+1) under the dateline 'Monday 24 May 2032'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first, UK time (every stamp prints BST; 'All times BST' once under the Key Points). A 'Key Points' block lists two post headlines (key_point true). Each post: stamp line 'HH.MM BST', headline, body, then a signature line '\u2013 NAME' (author). 20720-01 is a 'Pictured:' teaser whose only content is a gallery placeholder line. 20720-04 is a theme piece (analysis of ballistic-missile defence) that mentions the Dnipro strike but is its own story; day 2 re-publishes it verbatim (20731-02). The Kremlin's claim about the strike (20720-05) is a reaction whose content is the attack itself, so it shares the strike's story.",
  not_entries=["masthead and navigation", "'LIVE' label", "page title and dateline 'Monday 24 May 2032'", "standfirst/lede summary line",
               "'Key Points' header and its two bullet lines (pointers to posts)", "'All times BST' note", "signature lines '\u2013 NAME' (authors, not body)",
               "gallery placeholder '[Photo gallery: 9 images]' in the teaser", "newsletter promo after the third post", "'Load earlier posts'", "footer line"],
  entries=[
  E("2032-05-24 20:05", "Pictured: Rescuers work through the night at the Dnipro apartment block", [],
    "strikes", "strikes", 1, DNP, n="photo teaser without body"),
  E("2032-05-24 19:20", "Dnipro death toll rises to 11",
    ["Eleven people are now known to have been killed by this morning's missile strike on Dnipro, the head of the regional military administration said. Two of the dead are children, and 46 people were injured.",
     "Rescuers have recovered four more bodies from the collapsed section of the five-storey building in the Chechelivskyi district. About a dozen residents are still unaccounted for."],
    "strikes", "strikes", 3, DNP, a="Niamh Calloway", kp=True, n="toll 11 dead, 46 injured"),
  E("2032-05-24 17:40", "Spain to send more Aspide missiles",
    ["Spain will send Ukraine another batch of Aspide surface-to-air missiles from its own stocks, the defence ministry in Madrid said, without giving the number.",
     "The missiles are used with the Italian-made launchers that Spain and Italy supplied earlier in the war."],
    "aid", "aid", 2, "spain-aspide-missiles-2032-05-24", a="Rory Tennant",
    n="same aid theme (air defence) as the Dutch package in 20721/20722/20723, different donor and event: must not merge"),
  E("2032-05-24 15:55", BAL_H, BAL_P, "strikes", "strikes", 2, BAL, a="Rory Tennant",
    n="theme piece (analysis of ballistic-missile defence, no single event); mentions the Dnipro strike but must not merge with it; re-posted on day 2 as 20731-02"),
  E("2032-05-24 13:30", "Kremlin says strike hit 'military-industrial' target in Dnipro",
    ["The Kremlin's spokesman, Dmitry Peskov, said Russia's armed forces strike only military targets, after Russia's defence ministry claimed that its missiles had hit a plant in Dnipro that repairs Ukrainian armoured vehicles.",
     "Ukrainian officials said the only buildings hit were a residential block and a bus depot."],
    "strikes", "strikes", 3, DNP, a="Niamh Calloway", n="Russian claim about the Dnipro strike: same story"),
  E("2032-05-24 10:15", "EU ministers agree to fund ammunition from frozen-asset profits",
    ["EU foreign ministers meeting in Brussels agreed to use \u20ac5bn of windfall profits from immobilised Russian central bank assets to buy artillery ammunition and air-defence missiles for Ukraine this year.",
     "Hungary abstained but did not block the decision, diplomats said."],
    "aid", "aid", 3, "eu-frozen-asset-profits-ammunition-2032-05-24", sec=["diplomacy"], a="Rory Tennant", kp=True),
  E("2032-05-24 07:20", "Russian missiles hit Dnipro in morning rush hour",
    ["Russian missiles have struck Dnipro in central-eastern Ukraine, hitting an apartment block and a bus depot as people were leaving for work. At least four people have been killed and more than 20 injured, according to the city's mayor.",
     "Ukraine's air force said the attack involved Iskander-M ballistic missiles launched from Russia's Belgorod region, which leave very little time for a warning."],
    "strikes", "strikes", 3, DNP, a="Niamh Calloway", n="toll 4 dead, 20+ injured"),
  ]))

# ---------------------------------------------------------------- 20721 Kilnworth Herald (day 1, HTML live + LiveBlogPosting)
SEEDS.append(dict(
  id="20721", name="20721_kilnworth-ldlive", ext="html", source="Kilnworth Herald", zone="Europe/Kyiv", render=r_ldlive,
  title="Russia's war in Ukraine: live", url="https://kilnworth-herald.example/live/ukraine-2032-05-24",
  dateline="Monday, 24 May 2032 \u2014 times are Kyiv time",
  lede="Missiles strike Dnipro; the Netherlands announces a new air-defence package; drones hit an energy site in Pavlohrad.",
  related="Which Ukrainian cities are still waiting for Patriot cover",
  basis="bare time '{s}' under the page's dateline 'Monday, 24 May 2032 \u2014 times are Kyiv time' (EEST = UTC+3), matching the update's JSON-LD datePublished; local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first, with LiveBlogPosting JSON-LD whose updates carry their own datePublished (+03:00), consistent with the visible bare times. 20721-06 re-publishes 20721-02 nearly word for word at 15:35 with the stale toll (CMS repeat): duplicate_of 20721-02, importance 1. 20721-01 (Pavlohrad energy site, same region, night drones) must not merge with the Dnipro missile strike. Zelensky's reaction (20721-07) is about the attack itself, so it shares the strike's story (secondary aid: the Patriot plea).",
  not_entries=["cookie consent bar", "masthead and navigation", "'LIVE' badge", "page title and dateline line", "summary line under the title",
               "'By NAME' bylines (authors, not body)", "'Share this update' buttons", "'Related' box after the third update",
               "closing note 'Updates are added as news comes in. Refresh for the latest.'", "footer"],
  entries=[
  E("2032-05-24 07:30", "Drones damage energy facility in Pavlohrad overnight",
    ["Russian drones hit an energy facility in Pavlohrad in Dnipropetrovsk region overnight, starting a fire that burned until dawn, the regional administration said. No one was hurt, but about 9,000 homes lost power for several hours."],
    "strikes", "strikes", 2, "pavlohrad-energy-drone-attack-2032-05-24", a="Taisiia Moroz",
    n="same region as the Dnipro strike, other event (night drones on an energy site): must not merge"),
  E("2032-05-24 09:15", "Missiles hit Dnipro: at least four dead",
    ["At least four people were killed and 27 injured when Russian missiles struck Dnipro at about 8.40am, Mayor Borys Filatov said. A five-storey apartment building in the Chechelivskyi district was partly destroyed and a municipal bus depot caught fire.",
     "Rescuers are searching the rubble for people who may be trapped."],
    "strikes", "strikes", 3, DNP, a="Taisiia Moroz", n="toll 4 dead, 27 injured"),
  E("2032-05-24 10:50", "Russian assault groups repelled near Kostiantynivka",
    ["Ukrainian troops repelled three attempts by Russian assault groups to enter the southern outskirts of Kostiantynivka overnight, a spokesman for the army corps defending the town said. He said Russian units were increasingly using motorbikes and quad bikes to cross open ground."],
    "other", "frontline", 2, "kostiantynivka-assaults-2032-05-24", a="Ihor Dovzhenko"),
  E("2032-05-24 12:40", "Dnipro toll rises to seven as rescuers search rubble",
    ["The number of people killed in the morning strike on Dnipro has risen to seven, the head of the regional military administration said. Among the 38 injured are three children.",
     "Emergency workers are using cranes to lift slabs from the collapsed stairwell."],
    "strikes", "strikes", 3, DNP, a="Taisiia Moroz", n="toll 7 dead, 38 injured"),
  E("2032-05-24 14:20", "Netherlands announces \u20ac400m for air defence",
    ["The Netherlands will spend \u20ac400 million on air-defence missiles and radars for Ukraine, the Dutch defence minister announced during a visit to Kyiv, calling the Dnipro attack proof that Ukraine's cities need more protection.",
     "Most of the money will buy interceptors for Patriot systems already in Ukraine."],
    "aid", "aid", 3, NLD, a="Ihor Dovzhenko"),
  E("2032-05-24 15:35", "Missiles hit Dnipro: at least four dead",
    ["At least four people were killed and 27 injured when Russian missiles struck Dnipro at about 8.40am, Mayor Borys Filatov said. A five-storey apartment building in the Chechelivskyi district was partly destroyed and the municipal bus depot caught fire."],
    "strikes", "strikes", 1, DNP, a="Taisiia Moroz", dup="20721-02",
    n="near-verbatim repeat of 20721-02 (stale toll of 4), published again at 15:35"),
  E("2032-05-24 17:50", "Zelensky: Dnipro attack shows why we need more Patriots",
    ["President Volodymyr Zelensky said the missile strike on Dnipro, which has now killed nine people, showed that Ukraine needed at least seven more Patriot systems to protect its cities from ballistic missiles.",
     "\"Every city that has no such protection is a target for Russia,\" he said in a video message."],
    "strikes", "strikes", 3, DNP, sec=["aid"], a="Ihor Dovzhenko", n="reaction whose content is the attack (toll 9) plus an air-defence plea"),
  ]))

# ---------------------------------------------------------------- 20722 Amberlough World Service (day 1, RSS world feed, GMT)
SEEDS.append(dict(
  id="20722", name="20722_amberlough-worldrss", ext="xml", source="Amberlough World Service", zone="UTC", render=r_rss, gmt=True,
  title="Amberlough World Service - World news", url="https://amberlough-world.example",
  lede="Top stories from around the world, updated around the clock",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news RSS feed, newest first, pubDate in GMT; the war is a minority (2 of 6 items). Spelling 'Dnepr' (Russian-derived) for Dnipro; the toll here is nine. Items without an author carry no dc:creator.",
  not_entries=["channel title, link, description, language, copyright, ttl", "category labels"],
  entries=[
  OFF("2032-05-24 19:05", "Canada braces for early wildfire season as dry spell grips Prairies",
    ["Canadian officials warned that the wildfire season could start weeks earlier than usual after the driest spring in three decades across Alberta and Saskatchewan.",
     "More than 60 fires were already burning on Monday, most of them small."],
    "canada-wildfire-season-2032-05-24", a="Mei Lindqvist", n="weather/fires", cat="Americas"),
  E("2032-05-24 16:40", "Netherlands pledges 400 million euros for Ukraine air defence",
    ["The Netherlands has pledged 400 million euros for Ukrainian air defence, most of it for Patriot interceptor missiles, hours after a deadly Russian strike on the city of Dnepr.",
     "The Dutch defence minister announced the package in Kyiv."],
    "aid", "aid", 3, NLD, cat="Europe"),
  E("2032-05-24 14:10", "Russian missile strike on Dnepr kills nine",
    ["A Russian missile attack on the Ukrainian city of Dnepr has killed nine people, Ukrainian officials said, in one of the deadliest strikes on the city this year.",
     "Russia said it had targeted a defence plant. Ukraine said the missiles hit a block of flats and a bus depot."],
    "strikes", "strikes", 3, DNP, cat="Europe", n="toll 9; spelled Dnepr"),
  OFF("2032-05-24 11:30", "World Health Assembly adopts rules on sharing pathogen samples",
    ["Member states of the World Health Organization adopted an annex to the pandemic agreement that sets rules for sharing pathogen samples and the vaccines developed from them."],
    "who-pathogen-sharing-annex-2032-05-24", a="Mei Lindqvist", n="health", cat="World"),
  OFF("2032-05-24 09:15", "Colombian presidential candidates clash over security in final debate",
    ["The two candidates in Colombia's presidential run-off traded accusations over rising violence in rural areas during their final televised debate before Sunday's vote."],
    "colombia-presidential-debate-2032-05-24", n="politics abroad", cat="Americas"),
  OFF("2032-05-24 06:50", "Bangladesh evacuates coastal districts as cyclone approaches",
    ["Bangladesh began moving hundreds of thousands of people into cyclone shelters along its southern coast as a severe cyclonic storm moved across the Bay of Bengal.",
     "Forecasters expect landfall late on Tuesday."],
    "bangladesh-cyclone-evacuation-2032-05-24", a="Arjun Mehra", n="weather", cat="Asia"),
  ]))

# ---------------------------------------------------------------- 20723 Foxglen Review (day 1, Atom, +02:00)
SEEDS.append(dict(
  id="20723", name="20723_foxglen-atom", ext="xml", source="Foxglen Review", zone="Europe/Berlin", render=r_atom,
  title="Foxglen Review \u2014 Eastern Europe", url="https://foxglen-review.example", generator="Foxglen CMS",
  lede="Reporting and analysis on Germany, Central and Eastern Europe",
  basis="Atom <published> '{s}' (explicit +02:00 offset, Central European Summer Time); local {d} in {z}",
  notes="Invented outlet. Atom feed, newest first, <published> with +02:00 and per-entry authors; escaped HTML content. The Dnipro toll here is 12 (the highest of the day). 20723-03 explains the Dutch package announced the same day: it reports that event, so it shares its story.",
  not_entries=["feed title, subtitle, links, id, updated, generator", "category terms"],
  entries=[
  E("2032-05-24 21:40", "Death toll from Dnipro missile attack climbs to 12",
    ["Twelve people were killed and 49 injured in Monday morning's Russian missile attack on Dnipro, Ukraine's emergency service said late in the evening as the search of the damaged apartment block continued.",
     "The city has declared Tuesday a day of mourning."],
    "strikes", "strikes", 3, DNP, a="Lukas Brenner", n="toll 12 dead, 49 injured", cat="Ukraine"),
  E("2032-05-24 19:15", "Moldova expels Russian diplomat over alleged sabotage plot",
    ["Moldova has ordered a Russian embassy attach\u00e9 to leave the country within 72 hours, accusing him of financing a group that planned arson attacks on rail lines used to transport goods to Ukraine.",
     "Russia's foreign ministry called the expulsion a provocation and promised a response."],
    "diplomacy", "diplomacy", 2, "moldova-expels-russian-diplomat-2032-05-24", a="Ilinca Dobre", cat="Moldova",
    n="expulsion over a sabotage plot against rail links to Ukraine: diplomacy (the headline leads with the expulsion)"),
  E("2032-05-24 16:50", "What the Dutch 400-million-euro package for Ukraine contains",
    ["The \u20ac400 million air-defence package that the Netherlands announced in Kyiv on Monday will mostly pay for PAC-3 interceptors bought through a German-Dutch joint order, according to a Dutch defence ministry briefing.",
     "About a fifth of the money is set aside for mobile radars and short-range systems to protect power plants."],
    "aid", "aid", 3, NLD, a="Lukas Brenner", cat="Ukraine"),
  E("2032-05-24 13:20", "Berlin court convicts two men of spying on Ukrainian soldiers' training",
    ["A Berlin court sentenced two Russian-German dual nationals to prison terms of three and four years for photographing a training area in Brandenburg where Ukrainian soldiers learn to operate German air-defence systems and passing the images to a Russian intelligence officer."],
    "other", "security", 2, "berlin-spying-trial-ukrainian-training-2032-05-24", a="Ilinca Dobre", cat="Germany"),
  E("2032-05-24 10:05", "Ukraine's parliament backs dual citizenship for foreign volunteers",
    ["Ukraine's parliament passed in first reading a bill that would let foreigners who have served at least three years in the Ukrainian armed forces keep their original citizenship when they become Ukrainian citizens."],
    "other", "politics", 2, "ukraine-dual-citizenship-foreign-volunteers-2032-05-24", a="Ilinca Dobre", cat="Ukraine"),
  ]))

# ---------------------------------------------------------------- day 2 = 2032-05-25
SUM = "sumy-drone-glide-bomb-strike-2032-05-25"
PRX = "uae-mediated-prisoner-exchange-2032-05-25"

# ---------------------------------------------------------------- 20730 Juniperhall Times (day 2, HTML live, 12-hour clock)
SEEDS.append(dict(
  id="20730", name="20730_juniperhall-htmllive", ext="html", source="Juniperhall Times", zone="Europe/Warsaw", render=r_htmllive_ampm,
  title="War in Ukraine live: Sumy attack kills six; 205 Ukrainians freed in prisoner swap",
  dateline="Tuesday 25 May 2032", tznote="All times CEST", prev="2032-05-24",
  lede="Drones and a guided bomb hit central Sumy; Dnipro mourns the victims of Monday's missile strike; Russia and Ukraine exchange prisoners.",
  related="Life in Sumy, 30 kilometres from the border",
  basis="visible time '{s}' (12-hour clock, no zone in the stamp) under the page's 'Tuesday 25 May 2032' and its note 'All times CEST' (Warsaw, UTC+2); local {d} in {z}",
  notes="Invented outlet. HTML live blog without JSON-LD, newest first; stamps are bare 12-hour times ('9:30pm'); the page prints 'All times CEST' once next to the date. 20730-04 is a 'Video:' teaser (player placeholder only). 20730-05 continues day 1's Dnipro story (search ended, toll 14), so it keeps the day-1 slug.",
  not_entries=["consent bar", "masthead, navigation, 'Subscribe'", "'Live' kicker", "page title, date and 'All times CEST' note", "standfirst",
               "'By NAME' bylines", "video player placeholder in the teaser", "'More on this story' box after the third entry",
               "link to Monday's live coverage", "footer"],
  entries=[
  E("2032-05-25 21:30", "205 Ukrainians come home in prisoner exchange",
    ["Russia and Ukraine exchanged 205 prisoners of war each on Tuesday in a swap mediated by the United Arab Emirates, President Volodymyr Zelensky said.",
     "Among the freed Ukrainians are 31 defenders of Mariupol who had spent more than ten years in captivity, as well as two civilians."],
    "diplomacy", "diplomacy", 3, PRX, a="Zofia Krawiec"),
  E("2032-05-25 18:45", "Sumy death toll rises to six",
    ["A sixth person has died in hospital after this morning's Russian attack on the centre of Sumy, the regional military administration said. Thirty-two people were injured, among them eight students."],
    "strikes", "strikes", 3, SUM, a="Zofia Krawiec", n="toll 6, 32 injured"),
  E("2032-05-25 16:10", "Poland to train 5,000 more Ukrainian soldiers this year",
    ["Poland will train another 5,000 Ukrainian soldiers at its bases this year, including drone operators and engineers, the Polish defence ministry said."],
    "aid", "aid", 2, "poland-training-ukrainian-soldiers-2032-05-25", a="Marek Zieli\u0144ski"),
  E("2032-05-25 14:25", "Video: The moment the drones struck central Sumy", [],
    "strikes", "strikes", 1, SUM, n="video teaser without body"),
  E("2032-05-25 11:30", "Dnipro holds day of mourning as search ends with 14 dead",
    ["Rescuers in Dnipro have finished searching the ruins of the apartment block hit by Russian missiles on Monday. The final toll is 14 dead, including three children, regional officials said as the city observed a day of mourning."],
    "strikes", "strikes", 3, DNP, a="Marek Zieli\u0144ski", n="continuation of day 1's Dnipro strike (final toll 14, day of mourning)"),
  E("2032-05-25 10:40", "Drones and guided bomb hit centre of Sumy",
    ["Russian drones and a guided aerial bomb hit the centre of Sumy in north-eastern Ukraine late this morning, killing at least three people, local authorities said.",
     "A trolleybus stop and a building of the state university were among the places hit."],
    "strikes", "strikes", 3, SUM, a="Zofia Krawiec", n="toll 3"),
  E("2032-05-25 08:15", "Russia claims capture of village near Kupiansk",
    ["Russia's defence ministry said its forces had captured the village of Kurylivka south of Kupiansk. Ukraine's army said fighting for the village was continuing."],
    "other", "frontline", 2, "kurylivka-capture-claim-2032-05-25", a="Marek Zieli\u0144ski"),
  ]))

# ---------------------------------------------------------------- 20731 Rowanby Gazette (day 2, text live, oldest first, re-post)
SEEDS.append(dict(
  id="20731", name="20731_rowanby-textlive", ext="txt", source="Rowanby Gazette", zone="Europe/Kyiv", render=r_textlive_oldest,
  title="Ukraine live: deadly strike on Sumy, Dnipro ends search",
  dateline="Tuesday, 25 May 2032",
  lede="Our correspondents follow the day's events in Ukraine. Times are Kyiv time.",
  basis="stamp '{s}' after the headline under the dateline 'Tuesday, 25 May 2032' (Kyiv time = EEST, UTC+3); local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first; each post: headline, then 'NAME \u2022 HH:MM Kyiv time' (author and stamp), then the body. 20731-02 re-publishes day 1's analysis 20720-04 word for word under the label 'Republished from Gannetford Courier' (re-post of day-1 entry: importance 1; duplicate_of null because duplicate_of is defined within a seed; same story slug as day 1). 20731-05 repeats 20731-03 nearly verbatim (duplicate_of 20731-03). 20731-01 (night drone attack on Shostka, same Sumy region) must not merge with the Sumy city strike.",
  not_entries=["masthead and breadcrumb line", "page title and dateline", "standfirst ('Our correspondents follow...')", "label 'Republished from Gannetford Courier'",
               "author/stamp lines 'NAME \u2022 HH:MM Kyiv time'", "'Advertisement' marker", "closing line 'We will be back with more updates tomorrow morning.'", "footer"],
  entries=[
  E("2032-05-25 08:05", "Night drone attack leaves Shostka without power",
    ["Russian drones hit an energy facility in Shostka in Sumy region overnight, leaving the town and surrounding villages without electricity, the regional administration said. There were no casualties."],
    "strikes", "strikes", 2, "shostka-energy-drone-attack-2032-05-25", a="Olha Tkachuk",
    n="same region (Sumy oblast) as the Sumy city strike, other event (night drones on an energy site in another town): must not merge"),
  E("2032-05-25 09:30", BAL_H, BAL_P, "strikes", "strikes", 1, BAL, a="Rory Tennant", partner="Gannetford Courier",
    n="re-post of day-1 entry 20720-04 (same headline and text, republished from Gannetford Courier): importance 1, duplicate_of null (cross-seed)"),
  E("2032-05-25 11:50", "Three killed as drones and bomb hit Sumy",
    ["Three people were killed when Russian drones and a guided bomb hit the centre of Sumy shortly before noon, the head of the regional military administration said. At least 19 people were injured."],
    "strikes", "strikes", 3, SUM, a="Olha Tkachuk", n="toll 3, 19 injured"),
  E("2032-05-25 13:15", "Dnipro search over: 14 dead",
    ["The search and rescue operation at the Dnipro apartment block hit by Monday's missiles is over, the State Emergency Service said. Fourteen people were killed, three of them children, and 52 were injured."],
    "strikes", "strikes", 3, DNP, a="Pavlo Yarema", n="continuation of day 1's Dnipro strike"),
  E("2032-05-25 14:40", "Three killed as drones and bomb hit Sumy",
    ["Three people were killed when Russian drones and a guided bomb hit the centre of Sumy shortly before noon, the head of the regional military administration said. At least 19 were injured."],
    "strikes", "strikes", 1, SUM, a="Olha Tkachuk", dup="20731-03", n="near-verbatim repeat of 20731-03 (stale toll)"),
  E("2032-05-25 16:20", "Sumy toll rises to five",
    ["Five people have now died as a result of the attack on Sumy, including a 19-year-old student, the city council said."],
    "strikes", "strikes", 3, SUM, a="Olha Tkachuk", n="toll 5"),
  E("2032-05-25 18:30", "Sweden to send six more Archer howitzers",
    ["Sweden will send Ukraine six more Archer self-propelled howitzers, taken from a production order originally meant for its own army, the Swedish defence minister said."],
    "aid", "aid", 2, "sweden-archer-howitzers-2032-05-25", a="Pavlo Yarema"),
  ]))

# ---------------------------------------------------------------- 20732 Zephyrbury World Report (day 2, Atom world feed, Z)
SEEDS.append(dict(
  id="20732", name="20732_zephyrbury-worldatom", ext="xml", source="Zephyrbury World Report", zone="UTC", render=r_atom,
  title="Zephyrbury World Report: Latest", url="https://zephyrbury-world.example", generator="ZWR Publisher 4",
  lede="International news, every hour",
  basis="Atom <published> '{s}' (UTC, 'Z'); local {d} in {z}",
  notes="Invented outlet. General world-news Atom feed, newest first, times in UTC ('Z'); the war is a minority (2 of 6 entries). Spelling 'Sumi' for Sumy; the toll here is five.",
  not_entries=["feed title, subtitle, links, id, updated, generator", "category terms"],
  entries=[
  OFF("2032-05-25 20:15", "Monsoon reaches Kerala a week early",
    ["India's weather office said the south-west monsoon had set in over Kerala, about a week earlier than the usual date, raising hopes for the summer sowing season."],
    "india-monsoon-onset-2032-05-25", a="Priya Raghunathan", n="weather", cat="Asia"),
  E("2032-05-25 18:00", "Russia and Ukraine swap 205 prisoners each in UAE-brokered deal",
    ["Russia and Ukraine each released 205 prisoners of war on Tuesday in an exchange brokered by the United Arab Emirates, both sides said.",
     "Russia's defence ministry said its freed servicemen were being flown to Moscow via Belarus."],
    "diplomacy", "diplomacy", 3, PRX, cat="Europe"),
  OFF("2032-05-25 15:30", "Mexican peso hits two-year high after rate decision",
    ["The Mexican peso strengthened to its highest level against the dollar in two years after the central bank kept its benchmark rate unchanged, defying expectations of a cut."],
    "mexican-peso-high-2032-05-25", n="markets", cat="Business"),
  E("2032-05-25 12:10", "Russian strike on Ukraine's Sumi kills five",
    ["Five people were killed when Russian drones and a glide bomb hit the centre of Sumi, a city in north-eastern Ukraine about 30 kilometres from the Russian border, regional authorities said."],
    "strikes", "strikes", 3, SUM, cat="Europe", n="toll 5; spelled Sumi"),
  OFF("2032-05-25 09:45", "Ghana's cocoa harvest recovers after three poor years",
    ["Ghana's cocoa board raised its forecast for the main crop by 15 percent, saying better rains and a campaign against illegal gold mining on farmland had helped trees recover."],
    "ghana-cocoa-harvest-2032-05-25", a="Kwame Asante-Boakye", n="commodities", cat="Africa"),
  OFF("2032-05-25 06:20", "Swiss to vote on motorway toll increase in September",
    ["Switzerland's government set 26 September as the date for a national referendum on raising the annual motorway toll sticker to 60 francs."],
    "swiss-motorway-toll-referendum-2032-05-25", n="politics abroad", cat="Europe"),
  ]))

# ---------------------------------------------------------------- 20733 Norcliffe Dispatch (day 2, RSS, +0300)
SEEDS.append(dict(
  id="20733", name="20733_norcliffe-rss", ext="xml", source="Norcliffe Dispatch", zone="Europe/Kyiv", render=r_rss,
  title="Norcliffe Dispatch \u2014 Ukraine", url="https://norcliffe-dispatch.example",
  lede="News and analysis from our Kyiv bureau",
  basis="RSS pubDate '{s}' (explicit +0300 offset, Kyiv summer time); local {d} in {z}",
  notes="Invented outlet. RSS feed of a Kyiv bureau, newest first, pubDate with +0300, dc:creator per item. 20733-02 is a theme piece (analysis of daytime drone raids on border cities) that mentions the Sumy attack but is its own story. 20733-04 continues day 1's Dnipro story.",
  not_entries=["channel title, link, description, language, copyright, ttl", "category labels"],
  entries=[
  E("2032-05-25 22:10", "Exchange brings home 205 Ukrainian defenders",
    ["Two hundred and five Ukrainian servicemen and two civilians returned home on Tuesday evening in the latest prisoner exchange with Russia, arranged with the help of the United Arab Emirates.",
     "The Coordination Headquarters for the Treatment of Prisoners of War said the youngest of them was 20 and the oldest 61."],
    "diplomacy", "diplomacy", 3, PRX, a="Halyna Bilous", cat="Ukraine"),
  E("2032-05-25 19:40", "Analysis: Why Russia has switched to daytime raids on border cities",
    ["Tuesday's attack on Sumy followed a pattern seen across Ukraine's north-east this spring: Russia now sends drones and glide bombs against border cities in daylight, when streets and markets are full.",
     "Ukrainian officers say the daytime raids exploit gaps in mobile air-defence groups, which are stretched thin after nights spent chasing Shahed drones.",
     "The cities most affected, Sumy, Kharkiv and Kupiansk, lie so close to the border that there is often no time for an alert before impact."],
    "strikes", "strikes", 2, "analysis-daytime-raids-border-cities", a="Dmytro Sahaidak",
    n="theme piece (analysis of a pattern of attacks); mentions the Sumy strike but must not merge with it"),
  E("2032-05-25 17:05", "Sumy toll climbs to six after drone and bomb attack",
    ["The number of people killed by Russian drones and a glide bomb in the centre of Sumy has risen to six, the regional administration said in the afternoon.",
     "Doctors are still fighting for the lives of two people in intensive care."],
    "strikes", "strikes", 3, SUM, a="Halyna Bilous", cat="Ukraine", n="toll 6"),
  E("2032-05-25 13:45", "Dnipro mourns 14 victims of Monday's missile strike",
    ["Flags flew at half-mast in Dnipro as the city mourned the 14 people killed by Monday's Russian missile strike on a residential block and a bus depot."],
    "strikes", "strikes", 3, DNP, a="Dmytro Sahaidak", cat="Ukraine", n="continuation of day 1's Dnipro strike"),
  E("2032-05-25 09:20", "Kyiv renames 12 more streets named after Russian figures",
    ["Kyiv City Council voted to rename 12 more streets and squares that still carried the names of Russian writers, generals and Soviet officials, bringing the number renamed since 2022 to more than 400."],
    "other", "politics", 2, "kyiv-street-renaming-2032-05-25", a="Halyna Bilous", cat="Ukraine"),
  ]))

# ---------------------------------------------------------------- day 3 = 2032-05-28
LVV = "lviv-missile-drone-attack-2032-05-28"
PAT = "germany-patriot-system-2032-05-28"

# ---------------------------------------------------------------- 20740 Tidebrook Globe (day 3, Atom world feed, -04:00)
SEEDS.append(dict(
  id="20740", name="20740_tidebrook-worldatom", ext="xml", source="Tidebrook Globe", zone="America/New_York", render=r_atom,
  title="Tidebrook Globe | World", url="https://tidebrook-globe.example", generator="Tidebrook Newsroom",
  lede="The world's news from our desks in New York, London and Singapore",
  basis="Atom <published> '{s}' (explicit -04:00 offset, US Eastern Daylight Time); local {d} in {z}",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> with -04:00 (New York); the war is a minority (2 of 6 entries). Spelling 'Lvov' (Russian form) for Lviv; toll four.",
  not_entries=["feed title, subtitle, links, id, updated, generator", "category terms"],
  entries=[
  OFF("2032-05-28 19:30", "Forecasters predict busier than usual Atlantic hurricane season",
    ["US government forecasters expect 17 to 21 named storms in the Atlantic this season, of which up to ten could become hurricanes, citing record-warm sea temperatures."],
    "atlantic-hurricane-forecast-2032-05-28", a="Dana Whitcombe", n="weather", cat="US"),
  OFF("2032-05-28 16:45", "Turkey's central bank cuts rates for third time this year",
    ["Turkey's central bank cut its main interest rate by 150 basis points to 21 percent, saying inflation was falling faster than it had expected."],
    "turkey-rate-cut-2032-05-28", n="markets", cat="Business"),
  E("2032-05-28 13:20", "Germany to send another Patriot system to Ukraine after deadly strike",
    ["Germany will hand over another Patriot air-defence system to Ukraine within weeks, Berlin said on Friday, hours after a Russian attack killed four people in the western city of Lvov."],
    "aid", "aid", 3, PAT, a="Dana Whitcombe", cat="Europe"),
  OFF("2032-05-28 10:05", "New fissure opens near Grindavik as Iceland eruption resumes",
    ["A new fissure opened on the Reykjanes peninsula early on Friday, sending lava towards defensive walls built around the town of Grindavik, Iceland's meteorological office said."],
    "iceland-reykjanes-eruption-2032-05-28", n="volcano", cat="Europe"),
  E("2032-05-28 07:40", "Russian attack on western Ukraine's Lvov kills four",
    ["Four people were killed when Russian missiles and drones struck the city of Lvov in western Ukraine overnight, Ukrainian officials said, in the deadliest attack on the city this year.",
     "Poland said it had scrambled fighter jets to protect its airspace during the attack."],
    "strikes", "strikes", 3, LVV, cat="Europe", n="toll 4; spelled Lvov"),
  OFF("2032-05-28 05:15", "South Korea's ruling party concedes defeat in local elections",
    ["South Korea's ruling party conceded heavy losses in nationwide local elections, losing the mayoral races in Seoul and Busan."],
    "south-korea-local-elections-2032-05-28", a="Min-ji Seo", n="politics abroad", cat="Asia"),
  ]))

# ---------------------------------------------------------------- 20741 Wheatcroft Post (day 3, text live, 12-hour dot clock)
SEEDS.append(dict(
  id="20741", name="20741_wheatcroft-textlive", ext="txt", source="Wheatcroft Post", zone="Europe/London", render=r_textlive_ampm,
  title="Russia-Ukraine war: Lviv death toll rises to five after overnight attack \u2013 as it happened",
  dateline="Friday 28 May 2032", tznote="All times BST",
  lede="Russian missiles and drones hit Lviv overnight; Germany promises another Patriot system; a guided bomb kills one in Kharkiv.",
  related="Lviv's residents had come to think of their city as safe. Not any more",
  basis="stamp '{s}' (12-hour clock, dot separator, no zone in the stamp) under the dateline 'Friday 28 May 2032' and the page's note 'All times BST' (UK summer time, UTC+1); local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first, with the note 'All times BST' next to the dateline; each post: stamp line like '9.10pm', headline, body, then 'Reporting by NAME' (author). 20741-03 is a theme piece (explainer on how Russia builds combined raids) and its own story. The Kharkiv glide-bomb death (20741-02) is another deadly strike on the same day: must not merge with Lviv. Canada's interceptor drones (20741-05) are the same aid theme as Germany's Patriot, other event.",
  not_entries=["masthead and menu", "page title", "dateline with 'All times BST'", "standfirst", "'Reporting by NAME' lines (authors)",
               "'Read more:' related link after the second post", "'Earlier updates'", "footer"],
  entries=[
  E("2032-05-28 21:10", "Lviv death toll rises to five",
    ["A fifth person has died of injuries sustained in the overnight attack on Lviv, the city's mayor said. Thirty-one people were hurt, and more than 70 buildings in the historic centre were damaged."],
    "strikes", "strikes", 3, LVV, a="Tobias Ferrand", n="toll 5"),
  E("2032-05-28 18:25", "Glide bomb kills one in Kharkiv",
    ["A Russian guided bomb hit a warehouse in Kharkiv's Industrialnyi district, killing a 38-year-old worker and injuring three, the regional governor said."],
    "strikes", "strikes", 3, "kharkiv-glide-bomb-industrialnyi-2032-05-28", a="Tobias Ferrand",
    n="another deadly strike the same day, other city: must not merge with the Lviv attack"),
  E("2032-05-28 16:05", "Explainer: how Russia builds a combined air raid",
    ["Attacks like last night's on Lviv follow a routine that Ukrainian air force officers now know well: first come dozens of cheap decoy drones to make air defence reveal its positions, then Shahed attack drones, and finally cruise and ballistic missiles timed to arrive together.",
     "The aim is to exhaust interceptors and overwhelm radar operators in the last minutes of the attack.",
     "Ukraine has answered with interceptor drones and mobile fire groups, but the missiles at the end of the wave still need Patriot or SAMP/T batteries."],
    "strikes", "strikes", 2, "explainer-combined-air-raids", a="Eliza Marchment",
    n="theme piece (explainer on combined raids); mentions the Lviv attack but must not merge with it"),
  E("2032-05-28 13:40", "Germany to hand over another Patriot system",
    ["Germany's defence ministry said it would deliver another Patriot air-defence system to Ukraine in June, the fifth from German stocks, together with missiles paid for by Norway."],
    "aid", "aid", 3, PAT, a="Eliza Marchment"),
  E("2032-05-28 11:15", "Canada funds 1,000 interceptor drones",
    ["Canada will pay for 1,000 interceptor drones made in Ukraine to shoot down Shahed drones, Canada's defence minister said, a contract worth about 70 million Canadian dollars."],
    "aid", "aid", 2, "canada-interceptor-drones-2032-05-28", a="Eliza Marchment",
    n="same aid theme as Germany's Patriot (air defence), other donor and event: must not merge"),
  E("2032-05-28 08:30", "Three dead in Lviv after night of missile and drone attacks",
    ["At least three people were killed in Lviv when Russia attacked the city with missiles and drones in the early hours, the regional governor said. Parts of the city were left without power and water.",
     "Poland briefly closed the airport in Rzesz\u00f3w and scrambled jets as the attack unfolded."],
    "strikes", "strikes", 3, LVV, a="Tobias Ferrand", n="toll 3"),
  ]))

# ---------------------------------------------------------------- 20742 Vellacott Evening Star (day 3, HTML live, oldest first, UTC datetime)
SEEDS.append(dict(
  id="20742", name="20742_vellacott-htmllive", ext="html", source="Vellacott Evening Star", zone="Europe/Prague", render=r_ldlive_utc,
  title="Night attack on western Ukraine: live coverage", url="https://vellacott-star.example/ukraine/live-2032-05-28",
  dateline="Friday 28 May 2032", tznote="Times are CEST (Prague)",
  lede="Russia attacked Lviv with missiles and drones overnight. We follow the consequences and reactions through the day.",
  basis="visible time '{s}' under the page's 'Friday 28 May 2032 \u2013 Times are CEST (Prague)' (UTC+2), matching the post's <time datetime> in UTC; local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first. NewsArticle JSON-LD carries only the page's first and last times. Each post has <time datetime=\"...Z\"> in UTC with the visible local CEST time. Polish spelling 'Lw\u00f3w' in 20742-03. 20742-02 is a 'Photos:' teaser (gallery placeholder only). 20742-04 repeats 20742-01 nearly verbatim with the stale toll (duplicate_of 20742-01). 20742-05 (suspected sabotage at a Lviv enlistment office) is the same city but another event: must not merge with the air attack.",
  not_entries=["masthead and menu", "page title", "date line with 'Times are CEST (Prague)'", "perex (summary under the title)", "author lines",
               "gallery placeholder 'Gallery (14)' in the teaser", "app promo after the third post", "footer"],
  entries=[
  E("2032-05-28 06:20", "Russia pounds western Ukraine overnight, two dead in Lviv",
    ["Two people were killed in Lviv as Russia fired missiles and drones at western Ukraine during the night, the city's mayor Andriy Sadovyi said. Several buildings in the historic centre, a UNESCO World Heritage site, were damaged.",
     "Air raid sirens sounded across western Ukraine for more than three hours."],
    "strikes", "strikes", 3, LVV, a="Jana Kova\u0159\u00edkov\u00e1", n="toll 2"),
  E("2032-05-28 07:45", "Photos: Lviv's old town after the night attack", [],
    "strikes", "strikes", 1, LVV, n="photo teaser without body"),
  E("2032-05-28 09:30", "Lw\u00f3w: death toll rises to three",
    ["The number of people killed in the overnight attack on Lw\u00f3w, as the city is known in Polish, has risen to three, Ukrainian authorities said. Polish media report that one of the injured is a Polish citizen."],
    "strikes", "strikes", 3, LVV, a="Jana Kova\u0159\u00edkov\u00e1", n="toll 3; spelled Lw\u00f3w"),
  E("2032-05-28 11:10", "Russia pounds western Ukraine overnight, two dead in Lviv",
    ["Two people were killed in Lviv as Russia fired missiles and drones at western Ukraine during the night, the city's mayor Andriy Sadovyi said. Several buildings in the historic centre were damaged."],
    "strikes", "strikes", 1, LVV, a="Jana Kova\u0159\u00edkov\u00e1", dup="20742-01", n="near-verbatim repeat of 20742-01 (stale toll of 2)"),
  E("2032-05-28 13:50", "Explosion at Lviv enlistment office injures one, police suspect sabotage",
    ["An explosive device went off at the entrance of a military enlistment office in Lviv's Frankivskyi district, injuring a serviceman, Ukraine's national police said. Investigators believe the bomb was planted by a person recruited online by Russian intelligence."],
    "other", "security", 2, "lviv-enlistment-office-explosion-2032-05-28", a="Tom\u00e1\u0161 Hor\u00e1k",
    n="same city as the air attack, other event (sabotage): must not merge"),
  E("2032-05-28 16:30", "Czech government extends ammunition initiative into 2033",
    ["The Czech government approved six billion crowns, about 240 million euros, to keep its initiative for buying artillery ammunition for Ukraine running in 2033, the prime minister said after the cabinet meeting."],
    "aid", "aid", 3, "czech-ammunition-initiative-2033-2032-05-28", a="Tom\u00e1\u0161 Hor\u00e1k"),
  ]))

# ---------------------------------------------------------------- 20743 Oakenford Journal (day 3, text article)
SEEDS.append(dict(
  id="20743", name="20743_oakenford-briefing", ext="txt", source="Oakenford Journal", zone="Europe/Berlin", render=r_article,
  title="Ukraine briefing: Lviv counts its dead, Berlin sends another Patriot",
  lede="The most important developments of Friday in Russia's war against Ukraine, in four short sections.",
  byline="Helene Voss", dateline="28 May 2032, 18:45 CEST",
  more="More from the Ukraine desk: sign up for the evening briefing.",
  basis="no per-section time: the article's dateline '28 May 2032, 18:45 CEST' (UTC+2) is used for every section; local {d} in {z}",
  notes="Invented outlet. Text article (a daily briefing) with four section headings (one entry each: headline = heading, stamp null, author = the page byline), dateline with time and zone. The Lviv toll here is four.",
  not_entries=["masthead and breadcrumb", "title", "standfirst", "byline 'By Helene Voss'", "dateline", "share line", "closing newsletter line", "footer"],
  entries=[
  E("2032-05-28 18:45", "Lviv counts its dead",
    ["Four people were killed and about 30 injured in the Russian missile and drone attack on Lviv in the night to Friday, according to the regional administration. It was the heaviest attack on the city since the start of the year.",
     "Among the buildings damaged is an eighteenth-century church in the old town."],
    "strikes", "strikes", 3, LVV, a="Helene Voss", n="toll 4"),
  E("2032-05-28 18:45", "Another Patriot from German stocks",
    ["The federal government will give Ukraine a further Patriot system from Bundeswehr stocks, a defence ministry spokesman confirmed in Berlin. Norway is paying for the missiles."],
    "aid", "aid", 3, PAT, a="Helene Voss"),
  E("2032-05-28 18:45", "Security advisers meet in Geneva",
    ["National security advisers from about 40 countries met in Geneva to prepare a conference on the return of deported Ukrainian children and the release of civilian detainees. Russia was not invited."],
    "diplomacy", "diplomacy", 2, "geneva-security-advisers-meeting-2032-05-28", sec=[], a="Helene Voss"),
  E("2032-05-28 18:45", "Spy case in Dresden",
    ["Federal prosecutors charged a 44-year-old logistics manager in Dresden with passing Russian intelligence the routes of lorries carrying military aid to Ukraine."],
    "other", "security", 2, "dresden-spy-case-aid-routes-2032-05-28", a="Helene Voss"),
  ]))


if __name__ == "__main__":
    main()

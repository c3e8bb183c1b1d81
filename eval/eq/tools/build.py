#!/usr/bin/env python3
"""Builds the eval/eq seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented or paraphrased, no copied sentences).
Part A imitates, from memory, the page layouts of ten real outlets (Ukrainian and Belarusian media); Part B outlets
are invented. All news is set in June 2027 and is invented. Deterministic.
Run from the project root:  python3 eval/eq/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
UK_MONTHS_GEN = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "м.", "р.", "обл.", "вул.", "ст.", "грн.", "тис.", "млн.", "млрд.")
UPPER = "A-Z0-9\u0410-\u042f\u0406\u0407\u0404\u0490\u040e\"\u201c\u2018\u00ab\u26a1"


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=""):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    for m in re.finditer(r'[.!?][\"\'\u201d\u2019\u00bb]?(?=\s+[' + UPPER + r']|$)', par):
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


def ampm(d, sep=":", space="", dots=False, upper=False):
    hh = d.hour % 12 or 12
    suf = ("a.m." if d.hour < 12 else "p.m.") if dots else ("am" if d.hour < 12 else "pm")
    if upper:
        suf = suf.upper()
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first (page order)"


def rfc822(d, gmt=False):
    if gmt:
        return d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + d.strftime("%z")


def iso(d):
    return d.isoformat().replace("+00:00", "Z")


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:60] or "post"


def dmy(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_epravda(S):
    """Ekonomichna Pravda (epravda.com.ua, English edition) news feed, text scrape. Newest first; date dividers
    'Thursday, 3 June 2027'; each item: bare 'HH:MM' line, headline, optional 'Video'/'Photo' marker, one lead paragraph.
    No zone printed (Kyiv). The feed crosses local midnight: the top items sit under the next day's divider."""
    z = S["zone"]; order_check(S, True)
    L = ["Skip to content", "", "Ekonomichna Pravda", "Ukrainska Pravda  ·  Yevropeiska Pravda  ·  UP.Life  ·  Istorychna Pravda", "UA | EN", "",
         "News   Finance   Energy   Agro   Business   Infrastructure   War and economy   Columns   Data", "",
         "Subscribe to Ekonomichna Pravda on Telegram", "", S["title"], ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if d.date() != cur:
            cur = d.date(); L += [f"{DAYS_EN[d.weekday()]}, {dmy(d)}", ""]
        st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"]]
        if e.get("mark"):
            L.append(e["mark"])
        L += [""] + ptxt(e["p"])
        if i == 3:
            L += ["Columns", "Why the budget gap will not close by itself", "Dmytro Yurchenko, economist", ""]
    L += ["All news", "", "Popular", "How much Ukrainians spent on generators this spring", "Grain exports through Danube ports: the May numbers", "",
          "Ekonomichna Pravda is part of the Ukrainska Pravda group. When quoting, a hyperlink to epravda.com.ua is required.",
          "© 2001-2027 Ekonomichna Pravda"]
    return "\n".join(L) + "\n", stamps


def r_tsn(S):
    """TSN (tsn.ua, English section) live page, HTML. Page meta 'Author: NAME · 4 June 2027, 07:00 · Updated 23:10';
    newest first; each post: bare time in <time>, h3 headline, paragraphs, optional photo caption 'Photo: ...'.
    NewsArticle + BreadcrumbList JSON-LD (page-level times only). Kyiv time, no zone printed."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    ld = [{"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
           "datePublished": pub.isoformat(), "dateModified": last.isoformat(), "inLanguage": "en",
           "author": {"@type": "Person", "name": S["byline"]},
           "publisher": {"@type": "Organization", "name": "TSN.ua", "logo": {"@type": "ImageObject", "url": "https://tsn.ua/static/logo.svg"}}},
          {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
              {"@type": "ListItem", "position": 1, "name": "TSN", "item": "https://tsn.ua/en"},
              {"@type": "ListItem", "position": 2, "name": "Ukraine", "item": "https://tsn.ua/en/ukrayina"}]}]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} — TSN.ua</title>',
           f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="c-page">',
           '<header class="c-header"><a class="c-logo" href="/en">TSN</a><nav class="c-nav"><a href="/en/ukrayina">Ukraine</a> '
           '<a href="/en/svit">World</a> <a href="/en/groshi">Money</a> <a href="/en/nauka_it">Science and IT</a> <a href="/en/sport">Sport</a> '
           '<a href="/en/glamur">Glamour</a> <a href="/en/video">Video</a></nav><div class="c-lang"><a href="/">UA</a> <a href="/en">EN</a></div>'
           '<a class="c-alert" href="/en/alerts">Air raid alert map</a></header>',
           '<main class="c-main"><nav class="c-breadcrumbs"><a href="/en">TSN</a> / <a href="/en/ukrayina">Ukraine</a></nav>',
           f'<article class="c-article c-article--online"><span class="c-badge">ONLINE</span><h1 class="c-article__title">{esc(S["title"])}</h1>',
           f'<div class="c-article__meta"><span class="c-author">Author: {esc(S["byline"])}</span> · '
           f'<time datetime="{pub.isoformat()}">{dmy(pub)}, {pub:%H:%M}</time> · Updated <time datetime="{last.isoformat()}">{last:%H:%M}</time></div>',
           f'<p class="c-article__lead"><strong>{esc(S["lede"])}</strong></p>', '<div class="c-live">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="c-live__item" id="live-{7310 + i}"><time class="c-live__time" datetime="{d.isoformat()}">{st}</time>'
                   f'<h3 class="c-live__title">{esc(e["h"])}</h3>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="c-video"><span class="c-video__play">Play</span> <span class="c-video__len">0:47</span></div>')
        if e.get("cap"):
            out.append(f'<figure class="c-figure"><figcaption>{esc(e["cap"])}</figcaption></figure>')
        out.append('</div>')
        if i == 2:
            out.append('<div class="c-promo">Subscribe to the TSN.ua Telegram channel so you do not miss the main news</div>')
        if i == 4:
            out.append(f'<div class="c-read-also">Read also: <a href="/en/ukrayina/air-raid-shelters-map">{esc(S["readalso"])}</a></div>')
    out += ['</div><div class="c-tags"><a>war in Ukraine</a> <a>shelling</a> <a>drones</a></div></article>',
            '<aside class="c-sidebar"><h4>Popular</h4><a href="/en/groshi/pensions-july">Pensions in July: who will get more</a></aside></main>',
            '<footer class="c-footer">TSN.ua — news of the 1+1 media group. All rights reserved. Use of materials is allowed only with a hyperlink to tsn.ua.</footer>',
            '</body></html>']
    return "\n".join(out) + "\n", stamps


def r_fakty(S):
    """ФАКТИ ICTV (fakty.com.ua), Ukrainian-language round-up article, HTML with NewsArticle JSON-LD. One page dateline
    '06.06.2027 21:40' and 'Автор:' byline; h2 sections (one entry each), no per-section time."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": S["url"], "headline": S["title"],
          "datePublished": d0.isoformat(), "dateModified": d0.isoformat(), "inLanguage": "uk",
          "author": {"@type": "Person", "name": S["byline"]},
          "publisher": {"@type": "Organization", "name": "ФАКТИ", "logo": {"@type": "ImageObject", "url": "https://fakty.com.ua/logo.png"}}}
    out = ['<!DOCTYPE html>', '<html lang="uk"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Факти ICTV</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="header"><a class="logo" href="/ua/">ФАКТИ ICTV</a><nav class="menu"><a href="/ua/news/">Новини</a> '
           '<a href="/ua/ukraine/">Україна</a> <a href="/ua/svit/">Світ</a> <a href="/ua/economics/">Економіка</a> '
           '<a href="/ua/war/">Війна</a> <a href="/ua/sport/">Спорт</a> <a href="/ua/lifestyle/">Лайфстайл</a></nav>'
           '<div class="lang"><a href="/ua/">UA</a> <a href="/ru/">RU</a></div></header>',
           '<main><div class="breadcrumbs"><a href="/ua/">Головна</a> » <a href="/ua/ukraine/">Україна</a></div>',
           f'<article class="post"><h1>{esc(S["title"])}</h1>',
           f'<div class="post-info"><span class="post-date">{d0:%d.%m.%Y %H:%M}</span> <span class="post-author">Автор: {esc(S["byline"])}</span> '
           f'<span class="post-views">Переглядів: {S["views"]}</span></div>',
           f'<figure><figcaption>{esc(S["caption"])}</figcaption></figure>', f'<p class="lead"><strong>{esc(S["lede"])}</strong></p>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append(f'<p class="read-also"><strong>Читайте також:</strong> <a href="/ua/ukraine/">{esc(S["readalso"])}</a></p>')
    out += ['<div class="subscribe">Підписуйтеся на наш Telegram-канал, щоб першими дізнаватися головні новини</div>',
            '<div class="tags"><a>війна</a> <a>обстріли</a> <a>обмін полоненими</a></div></article></main>',
            '<footer>© ФАКТИ ICTV. Усі права захищено. Використання матеріалів дозволяється за умови гіперпосилання на fakty.com.ua.</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_24tv(S):
    """24 Kanal (24tv.ua, English version) 'Latest news' listing, text scrape. Cards newest first: rubric label, headline,
    then '8 June, 21:14' (no year; the page prints no year anywhere), lead, view count. Kyiv time, no zone printed."""
    z = S["zone"]; order_check(S, True)
    L = ["24 Channel", "UA | RU | EN", "", "News   War   Politics   Economy   World   Technology   Sport   Health   Lifestyle", "",
         "Air raid alert map  ·  Exchange rates  ·  Weather in Kyiv +27°", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]}, {d:%H:%M}"; stamps.append(st)
        L += [e["rub"], e["h"], st, ""] + ptxt(e["p"]) + [f"\U0001F441 {e['views']}", ""]
        if i == 2:
            L += ["Advertising", "", "24 Channel in Telegram: only verified news. Subscribe", ""]
    L += ["Show more news", "", "Editors' choice", "How Ukrainian drone makers scale up production", "",
          "24 Channel. All rights reserved. Any use of materials requires a hyperlink to 24tv.ua."]
    return "\n".join(L) + "\n", stamps


def r_glavcom(S):
    """Glavcom (glavcom.ua, English) news listing, HTML. Date divider '10 June 2027'; newest first; each item: <time> 'HH:MM',
    headline link, optional marker ('Photo', 'Video'), lead, optional 'Author:' line. JSON-LD only WebSite/Organization."""
    z = S["zone"]; order_check(S, True)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": "https://glavcom.ua/#org", "name": "Glavcom", "url": "https://glavcom.ua/eng/"},
        {"@type": "WebSite", "@id": "https://glavcom.ua/#site", "url": "https://glavcom.ua/eng/", "name": "Glavcom", "publisher": {"@id": "https://glavcom.ua/#org"}}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Glavcom</title>',
           '<script type="application/ld+json">' + json.dumps(ld) + '</script></head><body>',
           '<header class="header"><a class="header__logo" href="/eng/">Glavcom</a><nav class="header__menu"><a href="/eng/news.html">News</a> '
           '<a href="/eng/politics.html">Politics</a> <a href="/eng/country.html">Country</a> <a href="/eng/world.html">World</a> '
           '<a href="/eng/economics.html">Economics</a> <a href="/eng/kyiv.html">Kyiv</a> <a href="/eng/interviews.html">Interviews</a> '
           '<a href="/eng/columns.html">Columns</a></nav><div class="header__lang"><a href="/">UA</a> <a href="/eng/">EN</a></div></header>',
           f'<main class="main"><h1 class="page-title">{esc(S["title"])}</h1>', '<div class="news-list">']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if d.date() != cur:
            cur = d.date(); out.append(f'<div class="news-list__date">{dmy(d)}</div>')
        st = f"{d:%H:%M}"; stamps.append(st)
        link = f"/eng/news/{slugify(e['h'])}-{981200 + i * 37}.html"
        out.append(f'<div class="news-list__item"><time class="news-list__time" datetime="{d.isoformat()}">{st}</time>'
                   f'<a class="news-list__title" href="{link}">{esc(e["h"])}</a>' + (f' <span class="news-list__mark">{e["mark"]}</span>' if e.get("mark") else ""))
        out += [f'<p class="news-list__lead">{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="news-list__author">Author: {esc(e["a"])}</p>')
        out.append('</div>')
        if i == 3:
            out.append('<div class="banner">Advertising</div>')
    out += ['</div><a class="more" href="?page=2">More news</a></main>',
            '<aside class="sidebar"><h3>Most read</h3><ol>' + "".join(f'<li><a href="/eng/">{esc(x)}</a></li>' for x in S["most_read"]) + '</ol></aside>',
            '<footer class="footer">© 2009-2027 Glavcom. All rights reserved. Citation is allowed only with a direct hyperlink to glavcom.ua.</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_nashaniva(S):
    """Nasha Niva (nashaniva.com), English reader-translation of the news listing, text scrape. Header widget line with
    weather and currency rates, then the header clock 'Saturday, 12 June 2027 · 22:10' (Minsk). Newest first: headline,
    relative stamp ('25 minutes ago', '2 hours ago') for recent items and '12 June, 09:20' for older ones, lead, comments."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = ["Nasha Niva", "since 1906", "", "Minsk +19°  ·  USD 2.94  ·  EUR 3.33  ·  RUB 3.61 (100)",
         f"{DAYS_EN[ref.weekday()]}, {dmy(ref)} · {ref:%H:%M}", "",
         "News   Politics   War   Society   Economy   Culture   Sport   Video   Opinions", "Support Nasha Niva", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} minutes ago"
        elif mins < 6 * 60:
            assert mins % 60 == 0, e["t"]
            st = "1 hour ago" if mins == 60 else f"{mins // 60} hours ago"
        else:
            st = f"{d.day} {MONTHS[d.month - 1]}, {d:%H:%M}"
        stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"]) + [f"Comments: {e.get('cc', 0)}", ""]
        if i == 3:
            L += ["Nasha Niva on Telegram, Instagram and YouTube: subscribe", ""]
    L += ["All news", "", "Nasha Niva is recognised as an \u201cextremist formation\u201d in Belarus. Reposting it inside the country may be prosecuted.",
          "\u00a9 Nasha Niva"]
    return "\n".join(L) + "\n", stamps


def r_nexta(S):
    """NEXTA Live, Telegram public web preview (t.me/s/...), English reader-translation, text scrape. Oldest first; service
    date lines 'June 14' (no year anywhere); each message: channel name, optional 'Forwarded from', text, views, optional
    'edited', then the bare time. No headlines. Times as shown by the viewer (NEXTA's home zone, Warsaw)."""
    z = S["zone"]; order_check(S, False)
    L = ["NEXTA Live", "@nexta_live", "1.94M subscribers", "4.38K photos   1.31K videos   102 links", "",
         "News from Belarus, Ukraine, Russia and the world, first. Send us your news: @nexta_feedback_bot", "",
         "Preview channel", "If you have Telegram, you can view and join NEXTA Live right away.", ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if d.date() != cur:
            cur = d.date(); L += [f"{MONTHS[d.month - 1]} {d.day}", ""]
        st = f"{d:%H:%M}"; stamps.append(st)
        L.append("NEXTA Live")
        if e.get("fwd"):
            L.append(f"Forwarded from {e['fwd']}")
        L += e["p"] + [f"\U0001F441 {e['views']}"] + (["edited"] if e.get("edited") else []) + [st, ""]
    L += ["Join channel", "", "Telegram  ·  a new era of messaging"]
    return "\n".join(L) + "\n", stamps


def r_dumskaya(S):
    """Dumskaya (dumskaya.net, Odesa), Ukrainian-language RSS 2.0. Newest first; pubDate '+0300'; description = the
    first paragraph, content:encoded = the full text; no authors."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://dumskaya.net/</link>',
           '<atom:link href="https://dumskaya.net/rss/" rel="self" type="application/rss+xml"/>',
           '<description>Новини Одеси та Одеської області: події, політика, місто</description>', '<language>uk</language>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>',
           '<image><url>https://dumskaya.net/img/logo-rss.png</url><title>Думська</title><link>https://dumskaya.net/</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://dumskaya.net/news/{e['slug']}-{197400 + i * 61}ua/"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{esc(e.get("cat", "Новини"))}</category>',
                f'<description>{esc(e["p"][0])}</description>',
                '<content:encoded><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content:encoded>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_most(S):
    """Most (most.ks.ua, Kherson), English reader-translation of a day chronicle, HTML with NewsArticle JSON-LD. Oldest first;
    each update is a paragraph starting with a bold bare time '<strong>07:15</strong>' (no headlines); the date is only in the
    page title and the meta line. Kyiv time, no zone printed."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "author": {"@type": "Person", "name": S["byline"]},
          "publisher": {"@type": "Organization", "name": "MOST"}, "inLanguage": "en"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - MOST</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="site-header"><a class="logo" href="/">MOST</a> <span class="slogan">Kherson news site</span>'
           '<nav><a href="/news/">News</a> <a href="/kherson/">Kherson</a> <a href="/region/">Region</a> <a href="/occupation/">Occupation</a> '
           '<a href="/analytics/">Analytics</a> <a href="/photo/">Photo</a> <a href="/video/">Video</a></nav>'
           '<a class="donate" href="/support/">Support MOST</a></header>',
           f'<main><article class="article"><h1>{esc(S["title"])}</h1>',
           f'<div class="article__meta"><span class="article__date">{dmy(first)}</span> · <span class="article__author">{esc(S["byline"])}</span> · '
           f'<span class="article__views">{S["views"]} views</span></div>',
           f'<p class="article__lead"><em>{esc(S["lede"])}</em></p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<p><strong>{st}</strong> {esc(e["p"][0])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"][1:]]
        if e.get("cap"):
            out.append(f'<figure><img src="/uploads/{slugify(e["cap"])}.jpg" alt=""><figcaption>{esc(e["cap"])}</figcaption></figure>')
        if i == 2:
            out.append('<div class="subscribe-box">Subscribe to MOST on Telegram: all the news of Kherson region in one place</div>')
    out += ['<p class="article__note">The chronicle will be updated.</p>', '<div class="article__tags"><a>shelling</a> <a>Kherson</a> <a>evacuation</a></div>',
            f'<div class="related"><h3>Read also</h3><a href="/news/">{esc(S["readalso"])}</a></div></article></main>',
            '<footer>MOST. Kherson news. Reprinting is allowed only with an active link to the source.</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_lvivpost(S):
    """Lviv Post (WordPress) Atom feed: <published>/<updated> in UTC with Z, <author><name>, CDATA title, summary excerpt
    ending in ' [&#8230;]', content = full text, thr:total comment counts."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0" xml:lang="en-US">',
           f'<title type="text">{esc(S["title"])}</title>', '<subtitle type="text">News of Lviv and Western Ukraine in English</subtitle>',
           f'<updated>{iso(last)}</updated>', '<link rel="alternate" type="text/html" href="https://lvivpost.net" />',
           '<id>https://lvivpost.net/feed/atom/</id>', '<link rel="self" type="application/atom+xml" href="https://lvivpost.net/feed/atom/" />',
           '<generator uri="https://wordpress.org/" version="6.8.2">WordPress</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f"https://lvivpost.net/en/{slugify(e['h'])}/"
        words = " ".join(e["p"]).split()
        excerpt = " ".join(words[:40]) + (" [&#8230;]" if len(words) > 40 else "")
        out += ['<entry>', f'<author><name>{esc(e["a"])}</name></author>', f'<title type="html"><![CDATA[{e["h"]}]]></title>',
                f'<link rel="alternate" type="text/html" href="{link}" />', f'<id>https://lvivpost.net/?p={48210 + i * 13}</id>',
                f'<updated>{st}</updated>', f'<published>{st}</published>',
                f'<category scheme="https://lvivpost.net" term="{attr(e.get("cat", "News"))}" />',
                f'<summary type="html"><![CDATA[{excerpt}]]></summary>',
                f'<content type="html" xml:base="{link}"><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content>',
                f'<link rel="replies" type="text/html" href="{link}#respond" thr:count="0" />', '<thr:total>0</thr:total>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


# ================================================================ Part B renderers (invented outlets)

def r_drumcarrig(S):
    """text live, newest first; 'All times BST' note; 12-hour stamps '9.15pm' on their own line before the headline;
    'Key Points' bullets; signature line '— NAME' after the body."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "Home  |  News  |  World  |  Politics  |  Sport  |  Opinion  |  Live", "", "LIVE", S["title"], S["dateline"], "",
         S["lede"], "", "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "All times BST", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if not e["p"]:
            L += ["[Video: 1 min 12 sec]", ""]
        if e["a"]:
            L += [f"\u2014 {e['a']}", ""]
        if i == 2:
            L += [f"Sign up to the {S['source']} world news email, every weekday at 7am.", ""]
    L += ["Show older posts", "", f"\u00a9 {S['source']} 2027  |  Terms  |  Privacy  |  Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_lindenau(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with per-update datePublished and author; visible bare '08:10' in
    <time datetime>; dateline names the zone ('times in CEST'); 'By NAME' below the h2."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 101}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="cmp">{esc(S["source"])} and its partners use cookies. <button>Agree</button> <button>Manage</button></div>',
           f'<header><a class="logo" href="/en/">{esc(S["source"])}</a> <span class="edition">English edition</span>'
           '<nav><a href="/en/germany">Germany</a> <a href="/en/europe">Europe</a> <a href="/en/world">World</a> <a href="/en/business">Business</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<section class="post" id="post-{i + 101}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="by">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</section>')
        if i == 3:
            out.append(f'<aside class="more"><h3>More on this topic</h3><a href="/en/world/ukraine-air-defence">{esc(S["aside"])}</a></aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} · Imprint · Privacy · Contact</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """RSS 2.0 world feed, newest first: pubDate 'GMT' (S['rfc'] == 'GMT') or the outlet's numeric offset; CDATA paragraphs in
    <description>; dc:creator only when the entry has an author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', f'<copyright>{esc(S["source"])}</copyright>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S["rfc"] == "GMT"); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{e.get("cat", "world").lower()}/{slugify(e["h"])}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{i + 3307}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_maridale(S):
    """text article with section headings (one entry per section), two-name page byline, dateline with time and zone
    ('23 June 2027, 16:20 EEST'); no per-section stamp."""
    L = [S["source"], "Ukraine  ·  Europe  ·  Economy  ·  Analysis  ·  Podcasts", "", S["kicker"], S["title"], "", S["lede"], "",
         f"By {S['byline']}", S["dateline"], "", S["caption"], "", "Share  ·  Save  ·  Print", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 0:
            L += [f"Read more: {S['more']}", ""]
    L += ["Support independent journalism from Ukraine. Become a member.", "", f"{S['source']}  ·  About  ·  Ethics  ·  Privacy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_stellmark(S):
    """HTML live, newest first, no JSON-LD; bare '17:15' in a span before the h2; printed note 'All times CEST';
    byline under the h2; a 'Photos:' gallery teaser."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - {S["source"]}</title>',
           '<meta name="robots" content="max-image-preview:large"></head><body>',
           '<div id="consent">We use cookies to improve your experience. <button>Accept</button></div>',
           f'<header><span class="brand">{S["source"]}</span> <nav><a>Poland</a> <a>Ukraine</a> <a>Europe</a> <a>Business</a> <a>Culture</a></nav></header>',
           f'<main><div class="label">LIVE</div><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])} | {esc(S["tznote"])}</p>',
           f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="entry"><span class="entry-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="entry-author">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">Gallery (12 photos) <button>Open</button></div>')
        out.append('</div>')
        if i == 2:
            out.append(f'<aside class="related"><h3>Related</h3><a href="/ukraine/">{esc(S["aside"])}</a></aside>')
    out += ['<p class="older"><a href="/live/previous">Earlier coverage</a></p></main>',
            f'<footer>{S["source"]} | Editorial team | Advertising | Privacy policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO with the outlet's offset (Z for UTC); escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>{S["url"]}/atom.xml</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link href="{S["url"]}/a/{i + 7730}"/>', f'<id>{S["url"]}/a/{i + 7730}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_vantmoor(S):
    """text live, oldest first; '2:30 a.m. ET' line before each headline; dateline with year; no per-post authors."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "U.S.  ·  World  ·  Politics  ·  Business  ·  Sports  ·  Newsletters", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} ET"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 3:
            L += ["ADVERTISEMENT", ""]
    L += ["This live coverage has ended.", "", f"{S['source']}  ·  Terms of Use  ·  Privacy Notice"]
    return "\n".join(L) + "\n", stamps


def r_veldhaven(S):
    """text live, oldest first; date line with weekday and day but no year; bare '08:05' line before the headline; two-name page byline."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Live  ·  Ukraine  ·  Europe  ·  Black Sea  ·  Explainers", "", S["title"], S["dateline"], S["byline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if not e["p"]:
            L += ["[embedded video]", ""]
        if i == 2:
            L += ["Support our reporters in Ukraine. Donate.", ""]
    L += ["Thank you for following our live coverage.", "", f"{S['source']}  ·  Team  ·  Contact  ·  Privacy"]
    return "\n".join(L) + "\n", stamps


def r_loughcarra(S):
    """HTML live, newest first. LiveBlogPosting JSON-LD whose liveBlogUpdate items all carry the PAGE's datePublished
    (a trap: not the posts' times); visible 12-hour '8.40pm' in <time datetime> with the correct instant; signature after the body."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#lb-{i + 1}", "headline": S["title"], "datePublished": first.isoformat(),
            "dateModified": last.isoformat(), "articleBody": (" ".join(e["p"]))[:300]} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-IE"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header>{S["source"]} <nav><a>News</a> <a>Ireland</a> <a>World</a> <a>Business</a> <a>Sport</a> <a>Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        out.append(f'<div class="lb-post"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">{esc(e["a"])}</p>')
        out.append('</div>')
        if i == 1:
            out.append(f'<div class="promo">Get the {S["source"]} evening briefing in your inbox</div>')
    out += ['</main>', f'<footer>{S["source"]} · Contact · Privacy · Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def B(e, **kw):
    e.update(kw)
    return e


SEEDS = []

# ================================================================ PART A: ten real outlets' layouts (own words, invented news)

# ---------------------------------------------------------------- 14800 Ekonomichna Pravda
SEEDS.append(dict(
  id="14800", name="14800_epravda-newsfeed", ext="txt", source="Ekonomichna Pravda", zone="Europe/Kyiv", render=r_epravda,
  title="News feed",
  basis="bare '{s}' under the nearest date divider above it (the feed prints 'Thursday, 3 June 2027' above the two newest items and 'Wednesday, 2 June 2027' above the rest); no zone printed, Kyiv time (EEST = UTC+3) assumed as the outlet's home zone; local {d} in {z}",
  notes="Imitates the English-language news feed of Ekonomichna Pravda (Ukrainska Pravda group) as copied from the browser. Newest first. Each item: bare 'HH:MM' line, headline, optional media marker ('Photo'), one lead paragraph. No zone is printed anywhere: Kyiv time assumed. The feed crosses local midnight: the top two items sit under the divider 'Thursday, 3 June 2027' (00:35 and 01:20 Kyiv = 21:35 and 22:20 UTC on 2 June), the rest under 'Wednesday, 2 June 2027'; in UTC all seven items fall on 2027-06-02. No authors on the feed. One off-beat item (inflation data).",
  not_entries=["'Skip to content'", "masthead 'Ekonomichna Pravda', the group links line and the 'UA | EN' switch", "section menu",
               "Telegram subscription line", "page heading 'News feed' (page title)", "date dividers 'Thursday, 3 June 2027' and 'Wednesday, 2 June 2027'",
               "'Photo' media marker under the 19:15 headline", "'Columns' block after the fourth item (column title and author line)",
               "'All news' link", "'Popular' block with two headlines", "citation notice and copyright line"],
  entries=[
  E("2027-06-03 01:20", "Ukrenergo: night drone attack cut power to 120,000 consumers in Poltava region",
    ["Russian drones hit an energy facility in the Poltava region shortly after midnight, leaving about 120,000 consumers without electricity, grid operator Ukrenergo said."],
    "strikes", "strikes", 2, "poltava-energy-drone-attack-2027-06-03", n="local 3 June after midnight, UTC 2 June"),
  E("2027-06-03 00:35", "Japan sends Ukraine another $1.1 billion backed by frozen Russian assets",
    ["Japan has paid another $1.1 billion into Ukraine's budget under the G7 loan that is repaid from the income of immobilised Russian assets, the Finance Ministry reported.",
     "Kyiv says the money will go to pay teachers and doctors, freeing other revenue for the army."],
    "aid", "aid", 3, "japan-g7-loan-tranche-2027-06", n="local 3 June after midnight, UTC 2 June; major financial aid"),
  E("2027-06-02 22:50", "Rada backs budget change adding UAH 210 billion for defence",
    ["MPs voted in the first reading for amendments to this year's state budget that would add UAH 210 billion to military spending, mostly for soldiers' pay and drones."],
    "other", "politics", 2, "ukraine-budget-defence-increase-2027-06", n="Ukraine's own budget for its army: domestic politics, not outside aid"),
  B(E("2027-06-02 19:15", "Naftogaz: Russian missiles hit gas production site in Kharkiv region",
    ["Russian missiles struck one of Naftogaz's gas production facilities in the Kharkiv region in the afternoon, starting a fire and damaging equipment, the company's chief executive said.",
     "No workers were hurt. It is the fourth attack on the company's sites in the region since the start of May."],
    "strikes", "strikes", 2, "naftogaz-kharkiv-gas-site-strike-2027-06-02"), mark="Photo"),
  OFF("2027-06-02 16:40", "Inflation in Ukraine slowed to 8.7% in May",
      ["Consumer price growth eased to 8.7% year on year in May from 9.4% in April, the State Statistics Service said, helped by cheaper vegetables."],
      "ukraine-inflation-may-2027", n="consumer prices"),
  E("2027-06-02 13:05", "IMF board approves $640 million tranche for Ukraine",
    ["The International Monetary Fund's executive board completed another review of Ukraine's lending programme, unlocking about $640 million for the state budget.",
     "The Fund said Ukraine had met the structural benchmarks on tax administration that were due at the end of March."],
    "aid", "aid", 3, "imf-tranche-ukraine-2027-06-02"),
  E("2027-06-02 09:30", "EU lowers price cap on Russian crude to $44 a barrel",
    ["The European Union's lower ceiling on the price of Russian crude took effect on Wednesday, part of the sanctions package member states approved last month.",
     "Shipping and insurance firms in the EU may not serve cargoes of Russian oil sold above the cap."],
    "diplomacy", "diplomacy", 3, "eu-russian-oil-price-cap-2027-06"),
  ]))

# ---------------------------------------------------------------- 14801 TSN
SEEDS.append(dict(
  id="14801", name="14801_tsn-online", ext="html", source="TSN", zone="Europe/Kyiv", render=r_tsn,
  title="Russia's war against Ukraine: live updates for 4 June", url="https://tsn.ua/en/ukrayina/war-in-ukraine-live-4-june-2027-2891044.html",
  published="2027-06-04 07:00", byline="Kateryna Lysenko",
  lede="TSN.ua is following the main events of the day: the overnight attack, the situation at the front and diplomacy.",
  readalso="Where to find a shelter in Kyiv: the interactive map",
  basis="bare '{s}' in the post's <time> (datetime attribute agrees); the date is printed only in the page meta line '4 June 2027, 07:00 · Updated 23:10'; Kyiv time (EEST = UTC+3), no zone printed; local {d} in {z}",
  notes="Imitates the English section of TSN.ua (1+1 media) running an 'ONLINE' page. Newest first. Each post: bare time, h3 headline, paragraphs, optional photo caption ('Photo: ...'). Page meta 'Author: Kateryna Lysenko · 4 June 2027, 07:00 · Updated 23:10' is the page byline; posts carry no own author, so every post gets the page author (convention). JSON-LD: NewsArticle (page times) + BreadcrumbList, no per-post data. The 15:05 post is a 'Video:' teaser with only a player placeholder. One off-beat post (weather).",
  not_entries=["header logo, menu, language switch and 'Air raid alert map' link", "breadcrumbs 'TSN / Ukraine'", "'ONLINE' badge",
               "page title h1", "page meta line 'Author: ... · 4 June 2027, 07:00 · Updated 23:10'", "bold lead paragraph (page lede)",
               "photo captions 'Photo: ...' inside posts", "video player placeholder 'Play 0:47'", "Telegram promo after the third post",
               "'Read also:' link after the fifth post", "tags", "'Popular' sidebar link", "footer"],
  entries=[
  E("2027-06-04 23:10", "Drones attack Kharkiv: explosions in two districts",
    ["Kharkiv mayor Ihor Terekhov reported several explosions in the Saltivskyi and Kyivskyi districts as Russian drones attacked the city late in the evening.",
     "Information about casualties is being clarified."],
    "strikes", "strikes", 2, "kharkiv-evening-drone-attack-2027-06-04"),
  E("2027-06-04 21:35", "Zelensky: Denmark will pay for a new batch of Ukrainian long-range drones",
    ["President Volodymyr Zelensky said Denmark will finance a new batch of Ukrainian-made long-range drones worth about 1.6 billion kroner, after a call with Prime Minister Mette Frederiksen.",
     "According to him, the first drones under the agreement should reach the troops before the end of the summer."],
    "aid", "aid", 3, "denmark-long-range-drone-funding-2027-06-04", sec=["diplomacy"]),
  B(E("2027-06-04 19:50", "Russian drone hits minibus in Nikopol: two killed, five injured",
    ["A Russian FPV drone struck a minibus carrying passengers in Nikopol, killing two people and wounding five, the head of the Dnipropetrovsk regional military administration said.",
     "The town on the bank of the former Kakhovka reservoir is shelled almost daily from the Russian-held side."],
    "strikes", "strikes", 3, "nikopol-minibus-drone-strike-2027-06-04"), cap="Photo: Dnipropetrovsk Regional Military Administration"),
  E("2027-06-04 17:20", "General Staff: 158 combat clashes over the day, the hottest on the Pokrovsk front",
    ["Since the start of the day there have been 158 combat clashes along the front line, the General Staff of Ukraine's armed forces said in its afternoon update.",
     "The largest number of Russian assaults, 41, was recorded on the Pokrovsk direction."],
    "other", "frontline", 2, "general-staff-front-update-2027-06-04"),
  E("2027-06-04 15:05", "Video: Kharkiv firefighters put out a warehouse blaze after the night strike", [],
    "strikes", "strikes", 1, "russian-overnight-attack-2027-06-04", n="video teaser, no text body"),
  E("2027-06-04 12:40", "Sybiha arrives in Ankara for talks on Black Sea security",
    ["Foreign Minister Andrii Sybiha arrived in Ankara, where he is due to meet his Turkish counterpart Hakan Fidan to discuss safe shipping in the Black Sea.",
     "Turkey has repeatedly offered to host new rounds of talks between Ukraine and Russia."],
    "diplomacy", "diplomacy", 3, "sybiha-ankara-visit-2027-06-04"),
  B(E("2027-06-04 09:15", "Overnight Russia launched 112 drones and five missiles, 94 targets downed",
    ["Russian forces attacked Ukraine overnight with 112 attack drones and five Iskander-M ballistic missiles, the Air Force said.",
     "Air defence shot down or suppressed 94 drones and two missiles. Hits were recorded in the Kharkiv, Sumy and Dnipropetrovsk regions, including on a warehouse in Kharkiv."],
    "strikes", "strikes", 3, "russian-overnight-attack-2027-06-04"), cap="Photo: Air Force of the Armed Forces of Ukraine"),
  OFF("2027-06-04 07:05", "Heat of up to +35°C expected at the weekend",
      ["Forecasters warn that temperatures in the south and east will climb to 35 degrees on Saturday and Sunday, with thunderstorms in the west."],
      "ukraine-weekend-heat-forecast-2027-06", n="weather"),
  ]))
for _e in SEEDS[-1]["entries"]:
    _e["a"] = SEEDS[-1]["byline"]  # page byline credited to every post (no per-post bylines)

# ---------------------------------------------------------------- 14802 Fakty (ICTV), Ukrainian
SEEDS.append(dict(
  id="14802", name="14802_fakty-golovne", ext="html", source="Fakty", zone="Europe/Kyiv", render=r_fakty,
  title="Війна в Україні 6 червня: головне за день", url="https://fakty.com.ua/ua/ukraine/20270606-vijna-v-ukrayini-6-chervnya-golovne/",
  dateline_t="2027-06-06 21:40", byline="Ірина Климчук", views="6 412",
  caption="Наслідки нічної атаки на Київ. Фото: ДСНС",
  lede="ФАКТИ ICTV зібрали головні події неділі: атака на столицю, ситуація на фронті, допомога партнерів і повернення полонених.",
  readalso="Як підготуватися до відключень світла влітку: поради енергетиків",
  basis="no per-section time: the page dateline '06.06.2027 21:40' (Kyiv time, EEST = UTC+3; no zone printed) is used for every section; JSON-LD datePublished agrees; local {d} in {z}",
  notes="Ukrainian-language page (one of the two non-English Part A pages). Imitates a ФАКТИ ICTV (fakty.com.ua) evening round-up article: h1, one dateline '06.06.2027 21:40' with 'Автор:' byline and a view count, a bold lede, then six h2 sections, each one entry (headline = the h2). No per-section stamps: stamp null, published = the dateline time. Author = the page byline for every section (no per-section credit). JSON-LD NewsArticle with the same times.",
  not_entries=["header logo 'ФАКТИ ICTV', menu and UA/RU switch", "breadcrumbs 'Головна » Україна'", "h1 page title",
               "meta line: dateline '06.06.2027 21:40', 'Автор: Ірина Климчук', 'Переглядів: 6 412'", "photo caption 'Наслідки нічної атаки на Київ. Фото: ДСНС'",
               "bold lede paragraph (page summary)", "'Читайте також:' related link after the second section", "Telegram subscription box", "tags", "footer"],
  entries=[
  E("2027-06-06 21:40", "Атака на Київ: двоє загиблих, понад 20 поранених",
    ["У ніч на 6 червня російські війська атакували Київ ударними дронами та балістичними ракетами.",
     "За даними начальника Київської міської військової адміністрації Тимура Ткаченка, загинули двоє людей, ще 23 дістали поранення.",
     "Пошкоджено житлові будинки в Солом’янському та Дарницькому районах, а також приміщення школи."],
    "strikes", "strikes", 3, "kyiv-night-attack-2027-06-06", a="Ірина Климчук"),
  E("2027-06-06 21:40", "На фронті відбулося 174 боєзіткнення",
    ["Генштаб ЗСУ повідомив, що від початку доби на фронті відбулося 174 бойові зіткнення.",
     "Найбільше штурмів ворог здійснив на Покровському та Костянтинівському напрямках."],
    "other", "frontline", 2, "general-staff-front-update-2027-06-06", a="Ірина Климчук"),
  E("2027-06-06 21:40", "Нідерланди виділять 300 мільйонів євро на українські дрони",
    ["Уряд Нідерландів оголосив новий пакет підтримки обсягом 300 мільйонів євро, який спрямують на закупівлю дронів українського виробництва.",
     "Про це повідомив міністр оборони країни під час візиту до Києва."],
    "aid", "aid", 3, "netherlands-drone-package-2027-06-06", a="Ірина Климчук"),
  E("2027-06-06 21:40", "Додому повернулися 84 українські захисники",
    ["Україна повернула з російського полону 84 військових, повідомив Координаційний штаб з питань поводження з військовополоненими.",
     "Обмін відбувся за посередництва Об’єднаних Арабських Еміратів.",
     "Серед звільнених є захисники Маріуполя та бійці, які потрапили в полон на Курщині."],
    "diplomacy", "diplomacy", 3, "prisoner-exchange-84-2027-06-06", a="Ірина Климчук"),
  E("2027-06-06 21:40", "На Сумщині оголосили примусову евакуацію ще з шести сіл",
    ["Обласна військова адміністрація ухвалила рішення про обов’язкову евакуацію дітей з батьками з шести прикордонних сіл через постійні обстріли."],
    "other", "humanitarian", 2, "sumy-region-evacuation-2027-06-06", a="Ірина Климчук", sec=["strikes"]),
  E("2027-06-06 21:40", "Японія запровадила нові санкції проти Росії",
    ["Уряд Японії розширив санкційні списки, додавши до них 40 компаній і 12 осіб, пов’язаних з постачанням товарів для російської армії."],
    "diplomacy", "diplomacy", 2, "japan-sanctions-russia-2027-06-06", a="Ірина Климчук"),
  ]))

# ---------------------------------------------------------------- 14803 24 Kanal
SEEDS.append(dict(
  id="14803", name="14803_24tv-latest", ext="txt", source="24 Kanal", zone="Europe/Kyiv", render=r_24tv,
  title="Latest news", parse_args=["--date", "2027-06-08"],
  basis="stamp '{s}' after the headline (day and month, no year; the page prints no year anywhere, so the year comes from parse_args --date 2027-06-08); Kyiv time (EEST = UTC+3), no zone printed; local {d} in {z}",
  notes="Imitates the English version of 24 Kanal (24tv.ua, '24 Channel') 'Latest news' listing as copied from the browser. Newest first. Each card: rubric label (War, World, Sport, Politics), headline, then the stamp '8 June, 21:14' (day month, time; no year), a lead paragraph and a view count ('👁 3 918'). The page names no year anywhere, hence parse_args. No authors on the listing. One off-beat item (football squad).",
  not_entries=["masthead '24 Channel' and language switch", "menu", "utility line (air raid alert map, exchange rates, Kyiv weather)",
               "page heading 'Latest news' (page title)", "rubric labels above each headline ('War', 'World', 'Sport', 'Politics')",
               "view counts '👁 ...'", "'Advertising' marker and Telegram promo after the third card", "'Show more news'",
               "'Editors' choice' block with one headline", "rights line"],
  entries=[
  B(E("2027-06-08 21:14", "Russians drop guided bombs on Zaporizhzhia district: one killed, three injured",
    ["Russian aircraft hit the Zaporizhzhia district with guided aerial bombs in the evening, killing a 64-year-old man and injuring three other people, the regional administration said."],
    "strikes", "strikes", 3, "zaporizhzhia-district-guided-bombs-2027-06-08"), rub="War", views="3 918"),
  B(E("2027-06-08 19:40", "Rutte: allies have paid for $5 billion of US weapons for Ukraine through PURL",
    ["NATO Secretary General Mark Rutte said European allies and Canada have together funded about $5 billion of American weapons for Ukraine under the PURL mechanism, and urged other members to join."],
    "aid", "aid", 2, "purl-funding-rutte-2027-06-08"), rub="World", views="2 107"),
  B(E("2027-06-08 18:02", "Ukrainian drones hit ammunition depot in Bryansk region, General Staff confirms",
    ["Ukraine's General Staff confirmed a strike on a Russian ammunition depot near Klintsy in the Bryansk region, after local residents posted videos of secondary explosions."],
    "strikes", "strikes", 2, "bryansk-ammunition-depot-strike-2027-06-08"), rub="War", views="5 470"),
  B(OFF("2027-06-08 15:30", "Ukraine's national football team names squad for June friendlies",
    ["Head coach Serhiy Rebrov has called up 26 players for two friendly matches later this month."],
    "ukraine-football-squad-june-2027", n="football"), rub="Sport", views="1 204"),
  B(E("2027-06-08 13:47", "Lithuania and Rheinmetall start building a 155 mm shell plant",
    ["Construction of an artillery ammunition plant has begun near Baisogala in Lithuania, a joint project of the Lithuanian government and the German arms maker Rheinmetall."],
    "other", "security", 2, "lithuania-rheinmetall-shell-plant-2027-06"), rub="World", views="988"),
  B(E("2027-06-08 11:20", "Kremlin says there is no date yet for the next round of talks with Ukraine",
    ["Kremlin spokesman Dmitry Peskov said Moscow has not agreed a date or a venue for another round of direct talks with the Ukrainian delegation."],
    "diplomacy", "diplomacy", 2, "kremlin-no-date-next-talks-2027-06-08"), rub="Politics", views="2 640"),
  B(E("2027-06-08 08:05", "DeepState: Russian troops advanced near Kupiansk and in Donetsk region",
    ["Analysts of the DeepState project updated their map overnight, recording Russian advances near two villages east of Kupiansk and near Kostiantynivka."],
    "other", "frontline", 2, "deepstate-russian-advances-2027-06-08"), rub="War", views="4 322"),
  ]))

# ---------------------------------------------------------------- 14804 Glavcom
SEEDS.append(dict(
  id="14804", name="14804_glavcom-news", ext="html", source="Glavcom", zone="Europe/Kyiv", render=r_glavcom,
  title="News", most_read=["Kryvyi Rih: death toll from ballistic missile strike rises to six", "Pension indexation: what changes from July",
                           "Weather: the heat returns to Kyiv at the weekend"],
  basis="bare '{s}' in <time> (datetime attribute agrees) under the date divider '10 June 2027'; Kyiv time (EEST = UTC+3), no zone printed; local {d} in {z}",
  notes="Imitates the English news listing of Glavcom (glavcom.ua/eng). Newest first under one date divider '10 June 2027'. Each item: bare time, headline link, optional marker ('Photo', 'Video'), lead paragraph(s), optional 'Author:' line (author where printed, else null). JSON-LD only Organization/WebSite. The 'Most read' sidebar repeats the 20:10 headline: a link, not a second entry. Two entries of the Kryvyi Rih strike (first report 15:20, toll update 20:10) share a story. One off-beat item (metro repairs).",
  not_entries=["header logo, menu and UA/EN switch", "page heading 'News' (page title)", "date divider '10 June 2027'", "markers 'Photo' and 'Video' after headlines",
               "'Author: ...' lines (author credits, not body)", "'Advertising' banner after the fourth item", "'More news' link",
               "'Most read' sidebar (three links, one repeating the 20:10 headline)", "footer"],
  entries=[
  E("2027-06-10 22:55", "Air raid alert in the east: Air Force warns of ballistic missile threat",
    ["The Air Force warned of a ballistic missile threat from the north-east late in the evening, and air raid alerts were declared in the Kharkiv, Sumy and Poltava regions."],
    "strikes", "strikes", 2, "ballistic-threat-alert-east-2027-06-10"),
  B(E("2027-06-10 20:10", "Kryvyi Rih: death toll from ballistic missile strike rises to six",
    ["The number of people killed by the afternoon Russian missile strike on Kryvyi Rih has risen to six, among them a 12-year-old girl, said Oleksandr Vilkul, head of the city's military administration.",
     "Another 31 people were injured; 14 of them remain in hospital."],
    "strikes", "strikes", 3, "kryvyi-rih-ballistic-strike-2027-06-10", a="Oksana Marchenko"), mark="Photo"),
  E("2027-06-10 17:45", "Rada extends martial law and general mobilisation for another 90 days",
    ["The Verkhovna Rada voted to extend martial law and general mobilisation until mid-September, with 312 MPs backing the president's bills."],
    "other", "politics", 2, "martial-law-extension-2027-06-10", a="Taras Zhuk"),
  E("2027-06-10 15:20", "Russian ballistic missile hits Kryvyi Rih, casualties reported",
    ["A Russian ballistic missile struck the centre of Kryvyi Rih at about three in the afternoon, damaging a five-storey apartment building and a shopping centre.",
     "Preliminary reports say two people were killed."],
    "strikes", "strikes", 3, "kryvyi-rih-ballistic-strike-2027-06-10"),
  E("2027-06-10 13:00", "Kallas: EU aims to approve reparations loan for Ukraine by July",
    ["EU foreign policy chief Kaja Kallas said member states are close to agreeing a loan for Ukraine backed by immobilised Russian central bank assets and hope to sign it off before the end of July."],
    "aid", "aid", 3, "eu-reparations-loan-2027-06", a="Taras Zhuk", sec=["diplomacy"]),
  B(E("2027-06-10 10:35", "SBU detains agent who scouted air defence positions in Odesa",
    ["The Security Service of Ukraine said it detained a 27-year-old Odesa resident who photographed the positions of air-defence units and passed their coordinates to Russian intelligence."],
    "other", "security", 2, "sbu-odesa-air-defence-spy-2027-06-10"), mark="Video"),
  OFF("2027-06-10 08:05", "Kyiv metro closes three stations for tunnel repairs",
      ["Three stations of the Kyiv metro will be closed for up to two months while tunnel sections are repaired, the city administration said."],
      "kyiv-metro-repairs-2027-06", n="city transport"),
  ]))

# ---------------------------------------------------------------- 14805 Nasha Niva
SEEDS.append(dict(
  id="14805", name="14805_nashaniva-news", ext="txt", source="Nasha Niva", zone="Europe/Minsk", render=r_nashaniva,
  title="All news", ref="2027-06-12 22:10",
  basis="stamp '{s}' read against the capture's header clock 'Saturday, 12 June 2027 · 22:10' (Minsk time, UTC+3; relative stamps counted back exactly, dated stamps take the year from the header); local {d} in {z}",
  notes="English reader-translation of the Nasha Niva (nashaniva.com) news listing, keeping its layout: masthead 'since 1906', weather and currency widget, the header date and clock 'Saturday, 12 June 2027 · 22:10' (Minsk, no zone printed; Belarus keeps UTC+3 all year). Newest first; each item: headline, stamp, lead, comment count. Items under six hours old carry relative stamps ('25 minutes ago', '2 hours ago'), counted back from the header clock; older items carry '12 June, 16:10' (no year; the year is in the header). No authors. Two off-beat items (a released journalist, buckwheat prices).",
  not_entries=["masthead 'Nasha Niva' and 'since 1906'", "weather and currency widget line", "header date and clock line (capture time, used as the anchor)",
               "menu and 'Support Nasha Niva'", "page heading 'All news' (page title)", "'Comments: N' lines", "social promo after the fourth item",
               "'All news' link at the bottom", "extremism-label notice and copyright"],
  entries=[
  B(E("2027-06-12 21:45", "Belarusian air defence shoots down a drone over Gomel region, ministry says",
    ["Air-defence units on duty destroyed an unidentified drone over the Gomel region in the evening, the Belarusian Defence Ministry said, without saying where it had come from.",
     "Drones straying into Belarusian airspace during Russian attacks on northern Ukraine are reported several times a month."],
    "strikes", "strikes", 2, "belarus-shoots-down-drone-gomel-2027-06-12"), cc=8),
  B(E("2027-06-12 20:10", "Lukashenko says Minsk is ready to host Russia-Ukraine talks again",
    ["Alexander Lukashenko said Belarus is ready to provide a venue for negotiations between Russia and Ukraine \u201cat any level\u201d, speaking at a meeting with officials in Minsk.",
     "Kyiv has rejected Belarus as a venue, pointing to the use of its territory for the 2022 invasion."],
    "diplomacy", "diplomacy", 3, "lukashenko-talks-venue-offer-2027-06-12"), cc=41),
  B(E("2027-06-12 19:10", "Two Belarusian volunteers of the Kalinouski Regiment killed near Kupiansk",
    ["The Kastus Kalinouski Regiment, which fights on Ukraine's side, said two of its fighters, from Minsk and Hrodna, were killed in fighting near Kupiansk earlier this week."],
    "other", "frontline", 2, "kalinouski-regiment-losses-kupiansk-2027-06"), cc=27),
  B(OFF("2027-06-12 16:10", "Regional journalist released after serving three years",
    ["A Belarusian regional journalist was released after serving his full three-year sentence for \u201cfacilitating extremist activity\u201d, the human rights centre Viasna said."],
    "belarus-journalist-released-2027-06-12", n="Belarusian repression, not about the war"), cc=19),
  B(E("2027-06-12 13:40", "Joint Belarusian-Russian drills begin near Baranavichy",
    ["Belarusian and Russian troops began a week-long joint exercise at ranges near Baranavichy, practising the air defence of military airfields, the Belarusian Defence Ministry said."],
    "other", "security", 2, "belarus-russia-drills-baranavichy-2027-06"), cc=12),
  B(E("2027-06-12 11:05", "Khrenin: second Oreshnik system put on combat duty in Belarus",
    ["Belarusian Defence Minister Viktar Khrenin said a second Russian Oreshnik intermediate-range missile system has been put on combat duty in the country."],
    "other", "security", 2, "oreshnik-second-system-belarus-2027-06-12"), cc=33),
  B(OFF("2027-06-12 09:20", "Buckwheat is a fifth dearer than in January",
    ["The price of buckwheat in Belarusian shops has risen by about 20 percent since January despite price controls, a check of three retail chains found."],
    "belarus-buckwheat-prices-2027-06", n="consumer prices"), cc=56),
  ]))

# ---------------------------------------------------------------- 14806 NEXTA
SEEDS.append(dict(
  id="14806", name="14806_nexta-telegram", ext="txt", source="NEXTA", zone="Europe/Warsaw", render=r_nexta,
  title="NEXTA Live", parse_args=["--date", "2027-06-14"],
  basis="bare '{s}' under the nearest Telegram date line above it ('June 14' or 'June 15', no year; year from parse_args --date 2027-06-14); times as shown in the preview, taken in NEXTA's home zone (Warsaw, CEST = UTC+2); local {d} in {z}",
  notes="English reader-translation of NEXTA's public Telegram channel preview (t.me/s/...) copied as text. Oldest first. Service date lines 'June 14' and 'June 15' (no year anywhere, hence parse_args). Each message: channel name line, optional 'Forwarded from ...', the text (no headline: headline null, the message text is the body), view count, optional 'edited', then the bare time. Telegram shows times in the viewer's zone; none is printed, so NEXTA's home zone (Warsaw) is used. The last message is at 00:40 on June 15 local = 22:40 UTC on June 14, so all seven fall on 2027-06-14 UTC. The 15:05 message updates the Kyiv toll of the 06:40 message (same story). The last message starts with an emoji, kept in first_sentence as printed. No authors. One off-beat message (pardons in Belarus).",
  not_entries=["channel header: name, @handle, subscriber count, media counters, description", "'Preview channel' notice",
               "Telegram date lines 'June 14' and 'June 15'", "the 'NEXTA Live' name line above each message", "'Forwarded from ...' lines",
               "view counts '👁 ...'", "'edited' labels", "'Join channel' and the Telegram footer"],
  entries=[
  B(E("2027-06-14 06:40", None,
    ["Massive Russian drone attack on Kyiv overnight: at least three people were killed and 17 injured, the city military administration reports.",
     "Fires broke out in the Shevchenkivskyi and Obolonskyi districts after drones hit residential buildings."],
    "strikes", "strikes", 3, "kyiv-drone-attack-2027-06-14"), views="212K"),
  B(E("2027-06-14 09:55", None,
    ["Poland scrambled fighter jets and put ground-based air defence on alert overnight because of Russian strikes on western Ukraine, the Polish Operational Command said.",
     "Airports in Rzesz\u00f3w and Lublin briefly suspended flights."],
    "other", "security", 2, "poland-scrambles-jets-2027-06-14"), views="98.3K"),
  B(OFF("2027-06-14 12:30", None,
    ["Lukashenko pardoned 14 people convicted in so-called extremism cases, his press service said.",
     "Human rights defenders say more than 1,100 political prisoners remain behind bars in Belarus."],
    "lukashenko-pardons-2027-06-14", n="Belarusian politics, not about the war"), views="77.1K"),
  B(E("2027-06-14 15:05", None,
    ["The death toll from the night attack on Kyiv has risen to five.",
     "Rescuers pulled two more bodies from the rubble of a house in the Obolonskyi district, the State Emergency Service said."],
    "strikes", "strikes", 3, "kyiv-drone-attack-2027-06-14", n="toll update of the 06:40 message; forwarded from the Kyiv City Military Administration channel"), views="154K", edited=True, fwd="Kyiv City Military Administration"),
  B(E("2027-06-14 18:20", None,
    ["Trump said he would speak to Putin \"very soon\" about ending the war and that a meeting between the two was \"possible this summer\".",
     "The Kremlin has not yet commented."],
    "diplomacy", "diplomacy", 3, "trump-putin-call-plan-2027-06-14"), views="131K"),
  B(E("2027-06-14 23:10", None,
    ["Zelensky imposed sanctions on 55 Russian and Belarusian companies that supply components for attack drones.",
     "The decree puts into force a decision of the National Security and Defence Council."],
    "diplomacy", "diplomacy", 2, "zelensky-sanctions-drone-suppliers-2027-06-14"), views="88.6K"),
  B(E("2027-06-15 00:40", None,
    ["\u26a1\ufe0fExplosions in Sevastopol: the Russian-installed governor reports a drone attack on the city, and sirens are sounding.",
     "Residents also report the sound of air defence firing over the bay."],
    "strikes", "strikes", 2, "sevastopol-drone-attack-2027-06-14", n="local June 15 after midnight = 22:40 UTC June 14; first_sentence keeps the leading emoji"), views="64.9K"),
  ]))

# ---------------------------------------------------------------- 14807 Dumskaya (Odesa), Ukrainian RSS
SEEDS.append(dict(
  id="14807", name="14807_dumskaya-rss", ext="xml", source="Dumskaya", zone="Europe/Kyiv", render=r_dumskaya,
  title="Думська — новини Одеси",
  basis="RSS pubDate '{s}' (explicit +0300 = Kyiv summer time); local {d} in {z}",
  notes="Ukrainian-language page (one of the two non-English Part A pages). Imitates the RSS 2.0 feed of Dumskaya (dumskaya.net, Odesa). Newest first; pubDate with +0300; <description> repeats the first paragraph, <content:encoded> holds the full text (body = the content paragraphs). No authors. The 09:20 item (night attack, one killed) and the 22:30 item (evening explosions) are different attacks; the 17:40 Izmail district item is a third event. One off-beat item (tram route).",
  not_entries=["channel title, link, description, language, lastBuildDate and image", "item link, guid and category elements",
               "<description> (a repeat of the first paragraph of the content)"],
  entries=[
  B(E("2027-06-16 22:30", "В Одесі пролунали вибухи, працює ППО",
    ["Увечері в Одесі пролунали вибухи: місто атакують ударні дрони, працює протиповітряна оборона.",
     "Начальник обласної військової адміністрації Олег Кіпер закликав мешканців залишатися в укриттях."],
    "strikes", "strikes", 2, "odesa-evening-drone-attack-2027-06-16", n="a different attack from the night attack of 09:20"), slug="v-odesi-prolunaly-vybukhy"),
  B(OFF("2027-06-16 20:05", "Трамвай № 5 тимчасово змінить маршрут через ремонт колії",
    ["З 17 червня трамвай № 5 курсуватиме скороченим маршрутом через ремонт колії на Французькому бульварі, повідомили в КП «Одесміськелектротранс»."],
    "odesa-tram-5-route-change-2027-06", n="city transport"), slug="tramvaj-5-zminyt-marshrut", cat="Місто"),
  B(E("2027-06-16 17:40", "Удар по Ізмаїльському району: пошкоджено портову інфраструктуру",
    ["Російські дрони атакували Ізмаїльський район, пошкоджено склади та адміністративну будівлю в порту, повідомив Олег Кіпер.",
     "Постраждалих немає."],
    "strikes", "strikes", 2, "izmail-district-port-drone-strike-2027-06-16"), slug="udar-po-izmayilskomu-rajonu"),
  B(E("2027-06-16 14:15", "Волонтери передали одеським операторам дронів 40 FPV-дронів",
    ["Одеські волонтери передали підрозділу операторів безпілотників 40 FPV-дронів і два наземні роботизовані комплекси, зібрані за кошти містян."],
    "aid", "aid", 2, "odesa-volunteers-fpv-drones-2027-06-16"), slug="volontery-peredaly-40-droniv"),
  B(E("2027-06-16 11:50", "Сили оборони знищили безекіпажний катер поблизу Одеси",
    ["Сили оборони півдня знищили російський безекіпажний катер, який рухався в напрямку одеського узбережжя, повідомили у Військово-морських силах."],
    "strikes", "strikes", 2, "russian-sea-drone-destroyed-odesa-2027-06-16"), slug="znyshcheno-bezekipazhnyj-kater"),
  B(E("2027-06-16 09:20", "Нічна атака на Одесу: загинула жінка, пошкоджено багатоповерхівки",
    ["Уночі російські війська атакували Одесу ударними безпілотниками, загинула 58-річна жінка, ще четверо людей поранені.",
     "Пошкоджено дві багатоповерхівки в Київському районі, автомобілі та лінії електропередачі.",
     "На місці працювали рятувальники ДСНС."],
    "strikes", "strikes", 3, "odesa-night-drone-attack-2027-06-16"), slug="nichna-ataka-na-odesu"),
  B(E("2027-06-16 07:10", "Графіки відключень в Одесі сьогодні не застосовуватимуть",
    ["Енергетики повідомили, що сьогодні в Одесі та області графіки погодинних відключень не застосовуватимуть, хоча після нічної атаки частина абонентів залишається без світла."],
    "other", "humanitarian", 2, "odesa-power-schedules-2027-06-16", sec=["strikes"]), slug="grafiky-vidkliuchen-ne-zastosovuvatymut"),
  ]))

# ---------------------------------------------------------------- 14808 Most (Kherson)
SEEDS.append(dict(
  id="14808", name="14808_most-chronicle", ext="html", source="Most", zone="Europe/Kyiv", render=r_most,
  title="Kherson region on 18 June: chronicle of the day", url="https://most.ks.ua/news/url/kherson-region-18-june-chronicle/",
  byline="Vlad Ostapenko", views="2 310",
  lede="We gather the news of Kherson and the region in one place during the day.",
  readalso="How Kherson's Korabelnyi district lives under daily shelling",
  basis="bold bare '{s}' opening the update's first paragraph; the date is printed only in the title ('18 June') and the meta line '18 June 2027'; Kyiv time (EEST = UTC+3), no zone printed; local {d} in {z}",
  notes="English reader-translation of a day chronicle of MOST (most.ks.ua, Kherson). Oldest first. Each update is a paragraph opening with a bold bare time ('<strong>07:15</strong> Overnight ...'): no headlines (headline null), the rest of that paragraph is the first body paragraph. Date only in the title and in the meta line '18 June 2027 · Vlad Ostapenko · 2 310 views'; the page byline is every entry's author. JSON-LD NewsArticle (first and last update times). The 19:25 update raises the toll of the 09:40 bus attack (same story).",
  not_entries=["header logo 'MOST', slogan, menu and 'Support MOST'", "h1 page title", "meta line with date, author and view count", "italic lede (page intro)",
               "photo caption 'Photo: Kherson City Military Administration'", "Telegram subscription box after the third update",
               "'The chronicle will be updated.'", "tags", "'Read also' related link", "footer"],
  entries=[
  E("2027-06-18 07:15", None,
    ["Overnight the Russian army shelled Kherson's Korabelnyi district; a 47-year-old man was wounded by shrapnel in his yard, the city military administration reports.",
     "He was taken to hospital in a moderate condition."],
    "strikes", "strikes", 2, "kherson-night-shelling-2027-06-18"),
  B(E("2027-06-18 09:40", None,
    ["A Russian drone hit a municipal bus in the Dniprovskyi district: one passenger was killed and four were injured, said Roman Mrochko, head of the Kherson city military administration.",
     "Public transport on the route has been suspended until the evening."],
    "strikes", "strikes", 3, "kherson-bus-drone-attack-2027-06-18"), cap="Photo: Kherson City Military Administration"),
  E("2027-06-18 12:05", None,
    ["Regional governor Oleksandr Prokudin announced the mandatory evacuation of families with children from three more villages of the Bilozerka community because of constant drone attacks."],
    "other", "humanitarian", 2, "bilozerka-villages-evacuation-2027-06-18", sec=["strikes"]),
  E("2027-06-18 14:30", None,
    ["In Bilozerka, a Russian drone dropped explosives next to a humanitarian aid distribution point shortly after it had closed. No one was hurt, but two cars were damaged."],
    "strikes", "strikes", 2, "bilozerka-aid-point-drone-2027-06-18"),
  E("2027-06-18 17:10", None,
    ["Final school exams in Kherson will be held in underground classrooms, the city's education department said, and parents are asked not to wait outside the buildings."],
    "other", "humanitarian", 2, "kherson-exams-underground-2027-06"),
  E("2027-06-18 19:25", None,
    ["The death toll from the morning drone attack on the bus in the Dniprovskyi district has risen to two: a 71-year-old woman died in hospital, Mrochko said."],
    "strikes", "strikes", 3, "kherson-bus-drone-attack-2027-06-18", n="toll update of the 09:40 update"),
  ]))
for _e in SEEDS[-1]["entries"]:
    _e["a"] = SEEDS[-1]["byline"]  # page byline credited to every update

# ---------------------------------------------------------------- 14809 Lviv Post (WordPress Atom)
SEEDS.append(dict(
  id="14809", name="14809_lvivpost-atom", ext="xml", source="Lviv Post", zone="UTC", render=r_lvivpost,
  title="Lviv Post",
  basis="Atom <published> '{s}' (UTC, 'Z'); local {d} in {z}",
  notes="Imitates the WordPress Atom feed (/feed/atom/) of Lviv Post. Newest first; <published>/<updated> in UTC with 'Z' (page_timezone UTC; Kyiv is UTC+3); <author><name>; CDATA title; <summary> is a 40-word excerpt ending in ' [&#8230;]' when cut; <content> holds the full text (body = content paragraphs); thr:total comment counts. The 01:20Z and 07:50Z entries are two reports of the same overnight attack on western Ukraine. One off-beat entry (philharmonic season).",
  not_entries=["feed title, subtitle, updated, links, id and generator", "per-entry link, id, category, replies link and thr:total elements",
               "<summary> excerpts (repeat the start of the content)"],
  entries=[
  B(E("2027-06-20 19:40", "Lviv bids farewell to three soldiers killed in Donetsk region",
    ["Hundreds of people gathered at the Garrison Church in Lviv on Sunday evening to say goodbye to three soldiers from the city who were killed near Kostiantynivka.",
     "They will be buried at the Field of Mars at Lychakiv Cemetery."],
    "other", "humanitarian", 2, "lviv-soldiers-funeral-2027-06-20", a="Olena Fedoriv"), cat="Lviv"),
  B(E("2027-06-20 16:15", "Tusk and Zelensky meet in Rzesz\u00f3w to discuss air defence for western Ukraine",
    ["Polish Prime Minister Donald Tusk and President Volodymyr Zelensky met in Rzesz\u00f3w on Sunday to discuss protecting western Ukraine and Poland's border areas from Russian drones and missiles.",
     "The two leaders agreed to set up a joint working group on air defence, Zelensky said after the meeting."],
    "diplomacy", "diplomacy", 3, "tusk-zelensky-rzeszow-meeting-2027-06-20", a="Markiyan Kost", sec=["aid"]), cat="Ukraine"),
  B(E("2027-06-20 13:05", "Lviv region receives 12 ambulances from Polish partners",
    ["Twelve fully equipped ambulances donated by Polish local governments arrived in Lviv on Sunday and will be handed to hospitals in frontline regions, the regional administration said."],
    "aid", "aid", 2, "polish-ambulances-lviv-2027-06-20", a="Olena Fedoriv"), cat="Lviv"),
  B(OFF("2027-06-20 10:30", "Lviv Philharmonic opens its summer season with an open-air concert",
    ["The Lviv National Philharmonic will open its summer season on Monday with a free open-air concert in front of the Potocki Palace.",
     "The programme includes works by Myroslav Skoryk and Borys Lyatoshynsky."],
    "lviv-philharmonic-summer-season-2027", a="Markiyan Kost", n="culture"), cat="Culture"),
  B(E("2027-06-20 07:50", "Kozytskyi: one injured as Russian drone hits infrastructure in Stryi district",
    ["A Russian drone hit an infrastructure facility in the Stryi district during the overnight attack, injuring one worker, Lviv regional governor Maksym Kozytskyi said.",
     "The fire at the site has been put out."],
    "strikes", "strikes", 2, "russian-attack-western-ukraine-2027-06-20", a="Olena Fedoriv"), cat="Lviv"),
  B(E("2027-06-20 01:20", "Explosions in Lviv as Russia launches missiles at western Ukraine",
    ["Explosions were heard in Lviv early on Sunday as Russia launched cruise missiles and drones at western Ukraine, and Mayor Andriy Sadovyi urged residents to stay in shelters."],
    "strikes", "strikes", 2, "russian-attack-western-ukraine-2027-06-20", a="Markiyan Kost"), cat="Lviv"),
  ]))

# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2027-06-23 (UTC), day 2 = 2027-06-24, day 3 = 2027-06-28.
ZAP = "zaporizhzhia-missile-drone-attack-2027-06-23"
PRISON = "uae-brokered-prisoner-exchange-150-2027-06-23"
EUSANC = "eu-24th-sanctions-package-2027-06-23"
EXPL = "explainer-zaporizhzhia-exposure-to-strikes"
EXPL_H = "Explainer: Why Zaporizhzhia is so exposed to Russian strikes"
EXPL_P = ["Zaporizhzhia lies roughly 30 kilometres from the front line, which makes it one of the regional capitals closest to the fighting.",
          "That distance leaves air defences only a minute or two to react to guided bombs and short-range missiles fired from occupied territory to the south, and drones can reach the city in under half an hour.",
          "Wednesday\u2019s attack, which hit a residential block in the north of the city, followed the pattern of earlier raids: missiles first, then waves of drones arriving as rescuers gathered.",
          "Officials have asked Western partners for more short-range systems to defend the city, arguing that long-range Patriot batteries are of limited use so close to the front."]

# ---------------------------------------------------------------- 14820 Drumcarrig Herald (day 1)
SEEDS.append(dict(
  id="14820", name="14820_drumcarrig-textlive", ext="txt", source="Drumcarrig Herald", zone="Europe/London", render=r_drumcarrig,
  title="Ukraine war live: Zaporizhzhia toll rises to nine; EU agrees new sanctions", dateline="Wednesday 23 June 2027",
  lede="Russian missile and drone attack on Zaporizhzhia kills at least nine; 150-for-150 prisoner exchange; EU signs off its 24th sanctions package.",
  basis="12-hour stamp '{s}' on its own line above the headline, under the dateline 'Wednesday 23 June 2027' and the note 'All times BST' (UTC+1); local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. 'Key Points' bullets list two entry headlines (key_point true). Times are 12-hour with a dot ('9.15pm') under a printed 'All times BST'. Each post: stamp line, headline, body, optional signature line '— NAME' (author). 14820-02 is a 'Watch:' teaser with only a video placeholder (spelling 'Zaporozhye'). 14820-03 is a theme piece (explainer) that mentions the attack but is its own story; it is re-posted verbatim by 14832 on day 2. 14820-05 (Zelensky's Patriot plea) is an appeal on the same aid theme as Germany's IRIS-T delivery 14821-05: separate stories.",
  not_entries=["masthead and menu", "'LIVE' label", "page title and dateline 'Wednesday 23 June 2027'", "standfirst/lede line",
               "'Key Points' header and its two bullet lines (pointers to posts)", "'All times BST' note", "video placeholder '[Video: 1 min 12 sec]' in the teaser",
               "signature lines '— NAME' (author credits)", "newsletter promo after the third post", "'Show older posts'", "footer line"],
  entries=[
  E("2027-06-23 21:15", "Zaporizhzhia death toll rises to nine",
    ["Nine people are now known to have died in this morning\u2019s Russian attack on Zaporizhzhia, the regional governor, Ivan Fedorov, said on Wednesday evening.",
     "More than 40 people were hurt. Fedorov said the search of the damaged apartment block would continue through the night."],
    "strikes", "strikes", 3, ZAP, a="Fiona Rankine", kp=True, n="toll 9 dead"),
  E("2027-06-23 19:30", "Watch: Rescuers search the wreckage of a Zaporozhye apartment block", [],
    "strikes", "strikes", 1, ZAP, n="teaser without body; spelling 'Zaporozhye'"),
  E("2027-06-23 17:45", EXPL_H, EXPL_P, "strikes", "strikes", 2, EXPL, a="Callum Ure",
    n="theme piece (explainer on the city's exposure; mentions the attack but tells no new event): must not merge with the attack story"),
  E("2027-06-23 15:20", "EU agrees 24th sanctions package aimed at Russia\u2019s shadow fleet",
    ["EU ambassadors approved a 24th package of sanctions against Russia on Wednesday, adding 120 more tankers of the so-called shadow fleet to the list of ships barred from European ports.",
     "The package also bans transactions with three more Russian banks and with several refineries in third countries that process Russian crude."],
    "diplomacy", "diplomacy", 3, EUSANC, a="Fiona Rankine", kp=True),
  E("2027-06-23 13:05", "Zelensky renews plea for Patriot systems after overnight attack",
    ["President Volodymyr Zelensky said Ukraine urgently needed at least five more Patriot systems, accusing Russia of exploiting gaps in the country\u2019s air defence.",
     "He said he had raised the request by phone with several European leaders on Wednesday morning."],
    "aid", "aid", 2, "zelensky-patriot-plea-2027-06-23", a="Callum Ure", sec=["diplomacy"],
    n="appeal for air defence; same aid theme as Germany's IRIS-T delivery (14821-05), different event: must not merge"),
  E("2027-06-23 10:40", "Ukraine and Russia swap 150 prisoners each in UAE-brokered deal",
    ["Ukraine and Russia have each released 150 prisoners of war in an exchange mediated by the United Arab Emirates, Ukraine\u2019s coordination headquarters for prisoners said.",
     "Many of the Ukrainians freed had been held since the first months of the full-scale invasion, it said."],
    "diplomacy", "diplomacy", 3, PRISON, a="Fiona Rankine"),
  E("2027-06-23 07:50", "Russian missiles and drones hit Zaporizhzhia, killing three",
    ["At least three people were killed when Russian missiles and drones struck Zaporizhzhia in south-eastern Ukraine early on Wednesday, regional officials said.",
     "A nine-storey apartment block in the north of the city was partly destroyed, and fires broke out at garages and a supermarket nearby."],
    "strikes", "strikes", 3, ZAP, a="Callum Ure", n="toll 3 dead"),
  ]))

# ---------------------------------------------------------------- 14821 Lindenau Kurier (day 1)
SEEDS.append(dict(
  id="14821", name="14821_lindenau-ldlive", ext="html", source="Lindenau Kurier", zone="Europe/Berlin", render=r_lindenau,
  title="Russia\u2019s war in Ukraine: live updates", url="https://lindenau-kurier.example/en/live/ukraine-2027-06-23",
  dateline="Wednesday, 23 June 2027 \u2014 times in CEST",
  lede="A Russian attack on Zaporizhzhia kills several people; Kyiv and Moscow exchange prisoners; Berlin promises more air defence.",
  aside="How Germany\u2019s air defence aid to Ukraine has grown",
  basis="visible bare '{s}' in <time datetime> under the dateline 'Wednesday, 23 June 2027 — times in CEST' (UTC+2); the LiveBlogPosting update datePublished agrees; local {d} in {z}",
  notes="Invented outlet (English edition of a German regional paper). HTML live blog, oldest first, with LiveBlogPosting JSON-LD whose liveBlogUpdate items carry correct per-update datePublished and authors. Visible stamps are bare 'HH:MM' in <time datetime>, the zone printed in the dateline. 'By NAME' under each h2 is the author. 14821-06 re-publishes 14821-04 almost verbatim (one verb tense changed), importance 1. 14821-02 (shelling death in Stepnohirsk, same region) is a different event from the Zaporizhzhia city attack: must not merge. 14821-07 (Kallas's reaction) is about the attack itself and shares its story.",
  not_entries=["cookie consent line", "logo, 'English edition' label and menu", "page title h1", "dateline with the zone note", "intro paragraph",
               "'By NAME' lines (author credits)", "'More on this topic' related link after the fourth post", "footer"],
  entries=[
  E("2027-06-23 09:10", "Deadly attack on Zaporizhzhia: at least four killed",
    ["Russia struck Zaporizhzhia with missiles and attack drones shortly after five in the morning local time, killing at least four people, according to the regional military administration.",
     "Photos published by the emergency services showed a residential building with its upper floors collapsed."],
    "strikes", "strikes", 3, ZAP, a="Jana Weidlich", n="toll 4 dead"),
  E("2027-06-23 10:05", "Shelling kills one in Stepnohirsk, Zaporizhzhia region",
    ["Russian artillery killed a 59-year-old man in the village of Stepnohirsk in the Zaporizhzhia region on Wednesday morning, regional governor Ivan Fedorov said.",
     "The village lies a few kilometres from the front line and is shelled every day."],
    "strikes", "strikes", 3, "stepnohirsk-shelling-death-2027-06-23", a="Jana Weidlich",
    n="same region as the Zaporizhzhia city attack, different event (frontline village shelling): must not merge"),
  E("2027-06-23 11:20", "Prisoner exchange: 150 Ukrainians come home",
    ["One hundred and fifty Ukrainian soldiers and civilians have returned home in the latest prisoner exchange with Russia, President Zelensky wrote on social media.",
     "Russia\u2019s defence ministry said the same number of Russian servicemen had been handed over, and thanked the United Arab Emirates for mediating."],
    "diplomacy", "diplomacy", 3, PRISON, a="Malte Oberhaus"),
  E("2027-06-23 12:30", "Zaporizhzhia toll climbs to seven, dozens injured",
    ["The number of dead in Zaporizhzhia has risen to seven, and 38 people were injured, including four children, the regional administration said.",
     "Rescue crews were still working in the rubble of the apartment block, where several residents were believed to be trapped."],
    "strikes", "strikes", 3, ZAP, a="Jana Weidlich", n="toll 7 dead"),
  E("2027-06-23 14:15", "Pistorius: Germany to deliver two more IRIS-T systems by autumn",
    ["Germany will hand over two more IRIS-T air defence systems to Ukraine before the autumn, Defence Minister Boris Pistorius said in Berlin.",
     "The systems will be paid for from this year\u2019s budget for military aid to Ukraine, he said."],
    "aid", "aid", 3, "germany-iris-t-delivery-2027-06-23", a="Malte Oberhaus",
    n="same aid theme as Zelensky's Patriot plea (14820-05), different event: must not merge"),
  E("2027-06-23 16:40", "Zaporizhzhia toll climbs to seven, dozens injured",
    ["The number of dead in Zaporizhzhia has risen to seven, and 38 people were injured, including four children, the regional administration said.",
     "Rescue crews are still working in the rubble of the apartment block, where several residents are believed to be trapped."],
    "strikes", "strikes", 1, ZAP, a="Jana Weidlich", dup="14821-04", n="near-verbatim repeat of 14821-04 (tense of two verbs changed)"),
  E("2027-06-23 18:50", "Kallas: attack on Zaporizhzhia shows Moscow does not want peace",
    ["EU foreign policy chief Kaja Kallas said the strike on Zaporizhzhia showed that Russia was not interested in a ceasefire, and urged member states to speed up deliveries of air defence.",
     "\u201cEvery such attack is an answer to those who say Moscow is ready for peace,\u201d she said in a statement."],
    "strikes", "strikes", 3, ZAP, a="Malte Oberhaus", sec=["diplomacy"], n="official reaction whose content is the attack itself: same story"),
  ]))

# ---------------------------------------------------------------- 14822 Skerrymore World Service (day 1, general world feed)
SEEDS.append(dict(
  id="14822", name="14822_skerrymore-worldrss", ext="xml", source="Skerrymore World Service", zone="UTC", render=r_worldrss, rfc="GMT",
  title="Skerrymore World Service - World", url="https://skerrymore.example/news", guid="skws-20270623",
  lede="International news from the Skerrymore World Service newsroom.",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, CDATA <p> paragraphs, no authors. The war is a minority: 4 of 6 items are off-beat (Greek heatwave, Bank of Japan, floods in China, Argentine cabinet). The Zaporizhzhia item spells the city 'Zaporozhye (Zaporizhzhia)' and gives the evening toll (nine dead); the prisoner item counts both sides (300 in total).",
  not_entries=["channel title, link, description, language and copyright", "item link, guid and category elements"],
  entries=[
  OFF("2027-06-23 20:30", "Acropolis closes early as heatwave grips Greece",
      ["Greek authorities shut the Acropolis in Athens for the afternoon as temperatures passed 41C, the third such closure this month."],
      "greece-heatwave-acropolis-2027-06-23", n="weather"),
  E("2027-06-23 18:45", "Zaporozhye strike: Ukraine says nine dead",
    ["Nine people were killed and more than 40 injured in a Russian missile and drone attack on the Ukrainian city of Zaporozhye (Zaporizhzhia), officials said on Wednesday.",
     "Russia\u2019s defence ministry said it had struck military-industrial sites in the region."],
    "strikes", "strikes", 3, ZAP, n="spelling 'Zaporozhye'; toll 9 dead"),
  OFF("2027-06-23 16:10", "Bank of Japan holds rates as yen steadies",
      ["Japan\u2019s central bank left its policy rate unchanged on Wednesday and said it would keep watching wage growth before raising borrowing costs again."],
      "bank-of-japan-rates-2027-06-23", n="central banks"),
  E("2027-06-23 13:30", "Russia and Ukraine trade 300 prisoners in Gulf-brokered swap",
    ["Russia and Ukraine exchanged a total of 300 prisoners of war on Wednesday, 150 from each side, in a deal brokered by the United Arab Emirates."],
    "diplomacy", "diplomacy", 3, PRISON, n="counts both sides (300 = 150 + 150)"),
  OFF("2027-06-23 11:05", "Floods in southern China force 200,000 from their homes",
      ["Days of heavy rain have flooded towns across Guangxi and Guangdong, and more than 200,000 people have been moved to shelters, state media reported."],
      "southern-china-floods-2027-06", n="weather"),
  OFF("2027-06-23 08:20", "Argentina\u2019s president reshuffles cabinet",
      ["Argentina\u2019s president replaced three ministers on Wednesday, including the economy minister, after weeks of pressure over rising prices."],
      "argentina-cabinet-reshuffle-2027-06-23", n="Latin American politics"),
  ]))

# ---------------------------------------------------------------- 14823 Maridale Review (day 1)
SEEDS.append(dict(
  id="14823", name="14823_maridale-article", ext="txt", source="Maridale Review", zone="Europe/Kyiv", render=r_maridale,
  kicker="DAY IN FOCUS", title="A deadly dawn in Zaporizhia, and a new squeeze on Moscow\u2019s oil",
  lede="Our correspondents on the day\u2019s main developments.", byline="Oksana Tereshchenko and Liam Garvey",
  dateline="23 June 2027, 16:20 EEST", caption="Rescuers at the damaged building in Zaporizhia on Wednesday. Photo: Maridale Review",
  more="Why the south-east is bracing for a summer offensive",
  basis="no per-section time: the article dateline '23 June 2027, 16:20 EEST' (UTC+3) is used for every section; local {d} in {z}",
  notes="Invented outlet. Text article with three section headings (one entry each, headline = heading), a two-name page byline (kept as one author string for every section) and a dateline with time and zone; no per-section stamps, so published = the dateline. Spelling 'Zaporizhia'. Section 3 (ground fighting near Huliaipole, same region) is a different story from the city attack: must not merge.",
  not_entries=["masthead and menu", "kicker 'DAY IN FOCUS'", "article title", "standfirst", "byline 'By Oksana Tereshchenko and Liam Garvey'", "dateline",
               "photo caption", "'Share · Save · Print'", "'Read more:' related link after the first section", "membership appeal", "footer"],
  entries=[
  E("2027-06-23 16:20", "Zaporizhia counts its dead",
    ["By mid-afternoon the toll in Zaporizhia stood at seven dead and 38 injured, as crews with cranes lifted slabs from a block of flats that took a direct hit shortly after dawn.",
     "Residents said the first explosions came before the air-raid siren had finished sounding.",
     "\u201cThe windows came in before we understood what was happening,\u201d said Halyna, 64, who lives in the next building."],
    "strikes", "strikes", 3, ZAP, a="Oksana Tereshchenko and Liam Garvey", n="spelling 'Zaporizhia'; toll 7 dead"),
  E("2027-06-23 16:20", "Brussels tightens the squeeze on the shadow fleet",
    ["The 24th sanctions package agreed in Brussels on Wednesday targets the ageing tankers that carry most of Russia\u2019s seaborne oil, as well as the traders who insure and finance them.",
     "Diplomats said Slovakia dropped its objections after receiving assurances on gas supplies."],
    "diplomacy", "diplomacy", 3, EUSANC, a="Oksana Tereshchenko and Liam Garvey"),
  E("2027-06-23 16:20", "Front line: pressure builds around Huliaipole",
    ["Ukrainian commanders in the Zaporizhzhia region report that Russian units have stepped up assaults west of Huliaipole, using small groups on motorcycles.",
     "The General Staff said 23 attacks had been repelled in the sector since the morning."],
    "other", "frontline", 2, "huliaipole-front-pressure-2027-06", a="Oksana Tereshchenko and Liam Garvey",
    n="same region, ground fighting: must not merge with the Zaporizhzhia city attack"),
  ]))

# ---------------------------------------------------------------- day 2 (2027-06-24)
ODESA = "odesa-port-drone-attack-2027-06-24"
NATOMIN = "nato-defence-ministers-air-defence-2027-06-24"

# ---------------------------------------------------------------- 14830 Stellmark Post (day 2)
SEEDS.append(dict(
  id="14830", name="14830_stellmark-htmllive", ext="html", source="Stellmark Post", zone="Europe/Warsaw", render=r_stellmark,
  title="Ukraine live: drone attack on Odesa port; NATO ministers meet", dateline="Thursday, 24 June 2027", tznote="All times CEST",
  lede="Russian drones hit the port of Odesa; NATO defence ministers discuss air defence; Zaporizhzhia mourns its dead.",
  aside="Poland\u2019s new air defence shield: what we know so far",
  basis="bare '{s}' in the span above the h2, under the meta line 'Thursday, 24 June 2027 | All times CEST' (UTC+2); local {d} in {z}",
  notes="Invented outlet (English-language site in Poland). HTML live blog without JSON-LD, newest first; bare 'HH:MM' in a span before each h2, zone printed once ('All times CEST'); byline paragraph under the h2 (author). 14830-02 is a 'Photos:' gallery teaser without text. 14830-04 continues day 1's Zaporizhzhia story with a new development (toll 11, day of mourning). 14830-05 (Polish airspace restrictions) is a separate story.",
  not_entries=["cookie bar", "brand and menu", "'LIVE' label", "page title h1", "meta line 'Thursday, 24 June 2027 | All times CEST'", "lead paragraph",
               "byline paragraphs under the headlines (author credits)", "gallery widget 'Gallery (12 photos) Open'", "'Related' link after the third entry",
               "'Earlier coverage' link", "footer"],
  entries=[
  E("2027-06-24 22:05", "Odesa port strike toll rises to five",
    ["Five people are now confirmed dead after Russian drones struck the port of Odesa before dawn, the head of the regional administration, Oleh Kiper, said.",
     "Among the dead are two port workers and a crew member of a Panama-flagged bulk carrier that was loading grain."],
    "strikes", "strikes", 3, ODESA, a="Ewa Sobczak", n="toll 5 dead"),
  E("2027-06-24 19:40", "Photos: Damaged grain ship in Odesa harbour", [],
    "strikes", "strikes", 1, ODESA, n="gallery teaser without body"),
  E("2027-06-24 17:15", "Rutte: allies to agree new air defence pledges in Brussels",
    ["NATO Secretary General Mark Rutte said defence ministers meeting in Brussels on Thursday would agree new commitments of air defence systems for Ukraine.",
     "\u201cWe need to get more interceptors to Ukraine, and we need them this summer,\u201d he told reporters before the meeting."],
    "diplomacy", "diplomacy", 3, NATOMIN, a="Piotr Gajda", sec=["aid"]),
  E("2027-06-24 14:30", "Zaporizhzhia mourns as death toll reaches 11",
    ["Two more bodies were found overnight under the rubble in Zaporizhzhia, bringing the toll from Wednesday\u2019s Russian attack to 11, the regional governor said.",
     "Thursday has been declared a day of mourning in the city."],
    "strikes", "strikes", 3, ZAP, a="Ewa Sobczak", n="continuation of day 1's story with a new development (toll 11, day of mourning)"),
  E("2027-06-24 11:50", "Poland restricts flights near the border during Russian attack",
    ["Poland temporarily restricted civilian flights over its south-eastern regions early on Thursday while Russia attacked targets in Ukraine, the Polish air navigation agency said."],
    "other", "security", 2, "poland-airspace-restrictions-2027-06-24", a="Piotr Gajda"),
  E("2027-06-24 08:20", "Drones hit Odesa port, two killed",
    ["Russian drones struck port facilities in Odesa overnight, killing two people and setting a grain terminal on fire, Ukrainian officials said."],
    "strikes", "strikes", 3, ODESA, a="Ewa Sobczak", n="toll 2 dead"),
  ]))

# ---------------------------------------------------------------- 14831 Tarnholm Dispatch (day 2)
SEEDS.append(dict(
  id="14831", name="14831_tarnholm-atom", ext="xml", source="Tarnholm Dispatch", zone="Europe/Kyiv", render=r_atom,
  title="Tarnholm Dispatch \u2014 Ukraine", url="https://tarnholm-dispatch.example/ukraine",
  lede="Reporting from Ukraine and its neighbours.",
  basis="Atom <published> '{s}' (explicit +03:00 = Kyiv summer time); local {d} in {z}",
  notes="Invented outlet. Atom 1.0 feed, newest first; <published> with +03:00; escaped-HTML <content>; <author><name> on every entry. Spelling 'Odessa'. 14831-03 continues day 1's Zaporizhzhia story (search over, toll 11, mourning). 14831-04 (drone hit on the Danube port of Izmail, same Odesa region) is a different event from the Odesa port attack: must not merge.",
  not_entries=["feed title, subtitle, links, id and updated", "entry link and id elements"],
  entries=[
  E("2027-06-24 21:40", "Odessa: death toll from port attack reaches four",
    ["The number of people killed in the overnight drone attack on the port of Odessa has risen to four, regional officials said on Thursday evening.",
     "The grain ship hit in the attack was towed to a neighbouring berth, and the terminal resumed loading in the afternoon."],
    "strikes", "strikes", 3, ODESA, a="Ruslan Dmytrenko", n="spelling 'Odessa'; toll 4 dead"),
  E("2027-06-24 18:55", "NATO ministers back new air defence pledges for Ukraine",
    ["NATO defence ministers meeting in Brussels agreed to send Ukraine more air defence systems and interceptor missiles, Secretary General Mark Rutte said after the talks.",
     "He said Germany, the Netherlands and Norway had made new commitments but did not give numbers."],
    "diplomacy", "diplomacy", 3, NATOMIN, a="Helen Marsh", sec=["aid"]),
  E("2027-06-24 15:30", "Zaporizhzhia: search ends with 11 dead as city mourns",
    ["Rescuers in Zaporizhzhia finished searching the ruins of the apartment block hit on Wednesday, with the final toll standing at 11 dead and 44 injured.",
     "Residents laid flowers at the site as the city held a day of mourning."],
    "strikes", "strikes", 3, ZAP, a="Ruslan Dmytrenko", n="continuation of day 1's story (search over, final toll 11)"),
  E("2027-06-24 12:10", "Drone attack on Izmail damages Danube port warehouse",
    ["Russian drones hit a warehouse in the Danube port of Izmail overnight, starting a fire that was put out by morning, the Odesa regional administration said. No one was injured."],
    "strikes", "strikes", 2, "izmail-port-drone-attack-2027-06-24", a="Helen Marsh",
    n="same region (Odesa region), different strike on another port: must not merge with the Odesa port attack"),
  E("2027-06-24 09:00", "Russia claims capture of village near Kostiantynivka",
    ["Russia\u2019s defence ministry said its troops had captured a village south-east of Kostiantynivka in the Donetsk region. Ukraine\u2019s military did not confirm the claim."],
    "other", "frontline", 2, "russia-claims-village-kostiantynivka-2027-06-24", a="Ruslan Dmytrenko"),
  ]))

# ---------------------------------------------------------------- 14832 Vantmoor Evening Star (day 2)
SEEDS.append(dict(
  id="14832", name="14832_vantmoor-textlive", ext="txt", source="Vantmoor Evening Star", zone="America/New_York", render=r_vantmoor,
  title="Russia-Ukraine war: Drone attack on Odesa port kills four", dateline="Thursday, June 24, 2027",
  lede="Live updates on the war in Ukraine. All times Eastern.",
  basis="stamp '{s}' (Eastern time printed as ET; EDT = UTC-4 in June) under the dateline 'Thursday, June 24, 2027'; local {d} in {z}",
  notes="Invented outlet (US). Text live blog, oldest first; '2:30 a.m. ET' line before each headline; no per-post authors (author null). 14832-02 re-publishes day 1's explainer 14820-03 verbatim (same headline and text): importance 1, same story, duplicate_of null because the original is on another page. 14832-03 is a theme piece (analysis of why Odesa's ports are targeted; mentions the attack but is its own story). 14832-04 continues day 1's Zaporizhzhia story. 14832-06 repeats 14832-05 almost verbatim (one word changed), importance 1.",
  not_entries=["masthead and menu", "page title and dateline 'Thursday, June 24, 2027'", "lede line 'Live updates on the war in Ukraine. All times Eastern.'",
               "'ADVERTISEMENT' after the fourth post", "'This live coverage has ended.'", "footer"],
  entries=[
  E("2027-06-24 02:30", "Russian drones strike Odesa port, killing two",
    ["Russian attack drones hit the Black Sea port of Odesa before dawn on Thursday, killing two people and damaging a cargo ship, Ukraine\u2019s navy said.",
     "The ship, sailing under a Panamanian flag, had been due to leave with about 30,000 tons of corn."],
    "strikes", "strikes", 3, ODESA, n="toll 2 dead"),
  E("2027-06-24 03:15", EXPL_H, EXPL_P, "strikes", "strikes", 1, EXPL,
    n="re-post of day-1 entry 14820-03 (verbatim, same headline and text): importance 1; duplicate_of null (the original is on another page)"),
  E("2027-06-24 06:40", "Analysis: Why Russia keeps targeting Odesa\u2019s ports",
    ["Odesa\u2019s three ports handle most of Ukraine\u2019s grain exports, which is why they have been among Russia\u2019s most frequent targets since the Black Sea shipping route reopened.",
     "Thursday\u2019s strike followed a familiar pattern: drones launched from Crimea, flying low over the sea to avoid radar, timed to hit while ships are being loaded.",
     "Insurers have so far kept cover in place, but premiums rise after each attack, and traders say the cost is passed on to farmers."],
    "strikes", "strikes", 2, "analysis-why-russia-targets-odesa-ports",
    n="theme piece (analysis; mentions the Odesa attack but is its own story): must not merge with the attack"),
  E("2027-06-24 08:55", "Zaporizhzhia holds day of mourning as death toll reaches 11",
    ["Zaporizhzhia observed a day of mourning on Thursday as the death toll from Wednesday\u2019s Russian strike on the city reached 11, regional officials said.",
     "Flags flew at half-staff and entertainment events were canceled."],
    "strikes", "strikes", 3, ZAP, n="continuation of day 1's story with a new development"),
  E("2027-06-24 10:20", "Odesa strike: toll rises to four, grain ship damaged",
    ["Two more people have died of their injuries after the overnight drone attack on Odesa\u2019s port, raising the death toll to four, the regional governor said.",
     "Ukrainian officials said the strike was meant to frighten ship owners away from the export corridor."],
    "strikes", "strikes", 3, ODESA, n="toll 4 dead"),
  E("2027-06-24 12:45", "Odesa strike: toll rises to four, grain ship damaged",
    ["Two more people have died of their injuries after the overnight drone attack on Odesa\u2019s port, raising the death toll to four, the regional governor said.",
     "Ukrainian officials said the strike was intended to frighten ship owners away from the export corridor."],
    "strikes", "strikes", 1, ODESA, dup="14832-05", n="near-verbatim repeat of 14832-05 (one word changed)"),
  E("2027-06-24 14:10", "Senate panel advances $4 billion Ukraine security assistance bill",
    ["The Senate Foreign Relations Committee voted 15-7 on Thursday to advance a bill that would provide $4 billion in security assistance to Ukraine over two years.",
     "The measure still needs a vote of the full Senate, and its prospects in the House are uncertain."],
    "aid", "aid", 3, "us-senate-panel-ukraine-aid-bill-2027-06-24", n="major funding vote"),
  ]))

# ---------------------------------------------------------------- 14833 Karoo World Desk (day 2, general world feed)
SEEDS.append(dict(
  id="14833", name="14833_karoo-worldrss", ext="xml", source="Karoo World Desk", zone="Africa/Johannesburg", render=r_worldrss, rfc="num",
  title="Karoo World Desk: World", url="https://karoo-worlddesk.example/world", guid="kwd-20270624",
  lede="World news for South African readers.",
  basis="RSS pubDate '{s}' (explicit +0200 = SAST); local {d} in {z}",
  notes="Invented outlet (South Africa). General world-news RSS 2.0 feed, newest first, pubDate with +0200, no authors. The war is a minority: 4 of 6 items are off-beat (rand, Nigerian rates, Eastern Cape floods, athletics). War items: the Odesa port attack (toll four) and the NATO ministers' meeting.",
  not_entries=["channel title, link, description, language and copyright", "item link, guid and category elements"],
  entries=[
  OFF("2027-06-24 20:15", "Rand firms after inflation comes in below forecasts",
      ["South Africa\u2019s rand strengthened against the dollar on Thursday after consumer inflation for May came in lower than economists had expected."],
      "south-africa-rand-inflation-2027-06-24", n="markets"),
  E("2027-06-24 17:40", "Ukraine: drone strike on Odesa port kills four, damages grain ship",
    ["A Russian drone attack on the Ukrainian port of Odesa killed four people and damaged a bulk carrier loading grain, officials said on Thursday.",
     "The Black Sea port handles much of Ukraine\u2019s grain trade, including shipments bound for Africa."],
    "strikes", "strikes", 3, ODESA, n="toll 4 dead"),
  OFF("2027-06-24 15:05", "Nigeria\u2019s central bank trims its key rate",
      ["Nigeria\u2019s central bank cut its benchmark interest rate by half a percentage point on Thursday, citing slowing inflation."],
      "nigeria-rate-cut-2027-06-24", n="central banks"),
  E("2027-06-24 12:30", "NATO defence ministers meet in Brussels as Ukraine seeks air defence",
    ["NATO defence ministers gathered in Brussels on Thursday, with Ukraine pressing allies for more air defence systems after a series of deadly Russian strikes."],
    "diplomacy", "diplomacy", 3, NATOMIN, sec=["aid"]),
  OFF("2027-06-24 10:00", "Heavy rain floods parts of the Eastern Cape",
      ["Several roads were closed and hundreds of people were moved to community halls after heavy rain flooded low-lying areas of the Eastern Cape overnight."],
      "eastern-cape-floods-2027-06-24", n="weather"),
  OFF("2027-06-24 07:45", "Kenyan runners sweep distance races in Oslo",
      ["Kenyan athletes won the 5,000 metres and the 3,000 metres steeplechase at the Diamond League meeting in Oslo on Wednesday night."],
      "oslo-diamond-league-kenya-2027-06", n="sport"),
  ]))

# ---------------------------------------------------------------- day 3 (2027-06-28)
MYK = "mykolaiv-missile-strike-2027-06-28"
NOVO = "novorossiysk-sea-drone-attack-2027-06-28"
IST = "istanbul-talks-round-2027-06-28"

# ---------------------------------------------------------------- 14840 Ilsworth Times (day 3, general world feed)
SEEDS.append(dict(
  id="14840", name="14840_ilsworth-worldatom", ext="xml", source="Ilsworth Times", zone="UTC", render=r_atom,
  title="Ilsworth Times \u2014 World", url="https://ilsworth-times.example/world",
  lede="The day\u2019s international news.",
  basis="Atom <published> '{s}' (UTC, 'Z'); local {d} in {z}",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in UTC with 'Z', author on some entries. The war is a minority: 4 of 6 entries are off-beat (Wimbledon rain, Manitoba wildfires, Tokyo shares, Bali ash cloud). Spellings 'Nikolaev (Mykolaiv)' and 'Novorossiisk'.",
  not_entries=["feed title, subtitle, links, id and updated", "entry link and id elements"],
  entries=[
  OFF("2027-06-28 21:30", "Rain wipes out most of Wimbledon\u2019s opening day",
      ["Only eleven matches were completed on the first day of Wimbledon on Monday as persistent rain kept players off the outside courts."],
      "wimbledon-opening-day-rain-2027-06-28", a="Bea Holloway", n="sport"),
  E("2027-06-28 19:10", "Nikolaev: six dead after Russian missile strike",
    ["Six people were killed when Russian missiles hit the southern Ukrainian city of Nikolaev (Mykolaiv) on Monday morning, local authorities said.",
     "The strike damaged a residential area near the river port."],
    "strikes", "strikes", 3, MYK, a="Bea Holloway", n="spelling 'Nikolaev'; toll 6 dead"),
  OFF("2027-06-28 16:45", "Wildfires force evacuations in Manitoba",
      ["About 4,000 people were ordered to leave their homes in northern Manitoba as wildfires spread in hot, dry weather, provincial officials said."],
      "manitoba-wildfires-2027-06-28", n="weather"),
  E("2027-06-28 13:20", "Ukraine says sea drones hit tanker at Novorossiisk",
    ["Ukraine\u2019s navy said its sea drones damaged an oil tanker at the Russian port of Novorossiisk overnight, in one of its deepest naval drone raids of the war.",
     "Russia said all the drones had been destroyed."],
    "strikes", "strikes", 3, NOVO, n="spelling 'Novorossiisk'"),
  OFF("2027-06-28 10:05", "Tokyo shares close at a record high",
      ["Japan\u2019s Nikkei index closed at an all-time high on Monday, led by chipmakers and trading houses."],
      "tokyo-shares-record-2027-06-28", n="markets"),
  OFF("2027-06-28 07:40", "Volcanic ash grounds flights in Bali",
      ["Dozens of flights to and from Bali were cancelled after an eruption on neighbouring Lombok sent an ash cloud across the island."],
      "bali-ash-cloud-flights-2027-06-28", n="disasters"),
  ]))

# ---------------------------------------------------------------- 14841 Veldhaven Courier (day 3)
SEEDS.append(dict(
  id="14841", name="14841_veldhaven-textlive", ext="txt", source="Veldhaven Courier", zone="Europe/Kyiv", render=r_veldhaven,
  title="Ukraine live: missile strike on Mykolaiv, sea drones hit Novorossiysk", dateline="Monday 28 June \u00b7 Kyiv time",
  byline="Mariia Holub and Tom Ashby", parse_args=["--date", "2027-06-28"],
  lede="Follow the day\u2019s events in Ukraine and the Black Sea with our team in Mykolaiv and Odesa.",
  basis="bare '{s}' before the headline under the date line 'Monday 28 June · Kyiv time' (no year on the page; year from parse_args --date 2027-06-28); Kyiv = EEST, UTC+3; local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first, bare 'HH:MM' line before each headline, date line without a year ('Monday 28 June · Kyiv time'), so parse_args gives the day. Two-name page byline, used as every entry's author (one string). 14841-02 is a 'Video:' teaser (embed placeholder only). 14841-05 is a theme piece (explainer on sea drones that mentions the Novorossiysk strike but is its own story). 14841-06 repeats 14841-03 almost verbatim (one word changed), importance 1. 14841-07 (shelling of Ochakiv, same Mykolaiv region) is a different event from the Mykolaiv city strike: must not merge.",
  not_entries=["masthead and menu", "page title", "date line 'Monday 28 June · Kyiv time'", "byline line", "lede paragraph",
               "'[embedded video]' placeholder in the teaser", "donation appeal after the third post", "closing line and footer"],
  entries=[
  E("2027-06-28 07:20", "Missile strike on Mykolaiv: two killed",
    ["Russian missiles hit Mykolaiv shortly before seven this morning, killing two people and injuring at least nine, regional governor Vitaliy Kim said.",
     "Several houses and a warehouse near the river port were destroyed."],
    "strikes", "strikes", 3, MYK, n="toll 2 dead"),
  E("2027-06-28 08:45", "Video: Smoke rises over Mykolaiv after the strike", [],
    "strikes", "strikes", 1, MYK, n="teaser without body"),
  E("2027-06-28 10:30", "Sea drones hit tanker in Novorossiysk, Ukrainian navy says",
    ["Ukraine\u2019s navy said naval drones struck a Russian oil tanker moored at the Sheskharis terminal in Novorossiysk overnight, causing a fire on board.",
     "Russia\u2019s defence ministry said it had destroyed six sea drones approaching the port."],
    "strikes", "strikes", 3, NOVO),
  E("2027-06-28 12:10", "Mykolaiv toll rises to five",
    ["The death toll in Mykolaiv has risen to five, and 23 people were injured, Vitaliy Kim said, adding that a child was among the wounded.",
     "Rescuers are still clearing the rubble of two private houses."],
    "strikes", "strikes", 3, MYK, n="toll 5 dead"),
  E("2027-06-28 14:00", "Explainer: What Ukraine\u2019s sea drones have changed in the Black Sea",
    ["Ukraine has almost no conventional navy, yet its uncrewed surface boats have pushed much of Russia\u2019s Black Sea Fleet out of Sevastopol and into Novorossiysk.",
     "The drones are cheap, fast and hard to spot, and newer versions can carry missiles or launch aerial drones of their own.",
     "Monday\u2019s reported strike on a tanker shows that Kyiv is now willing to use them against the oil exports that pay for Russia\u2019s war."],
    "strikes", "strikes", 2, "explainer-ukraine-sea-drones-black-sea",
    n="theme piece (explainer; mentions the Novorossiysk strike but is its own story): must not merge"),
  E("2027-06-28 15:35", "Sea drones hit tanker in Novorossiysk, Ukrainian navy says",
    ["Ukraine\u2019s navy said naval drones struck a Russian oil tanker moored at the Sheskharis terminal in Novorossiysk overnight, starting a fire on board.",
     "Russia\u2019s defence ministry said it had destroyed six sea drones approaching the port."],
    "strikes", "strikes", 1, NOVO, dup="14841-03", n="near-verbatim repeat of 14841-03 (one word changed)"),
  E("2027-06-28 18:20", "Shelling of Ochakiv injures three",
    ["Russian forces shelled the port town of Ochakiv in the Mykolaiv region from the Kinburn Spit in the afternoon, injuring three people, the town\u2019s administration said."],
    "strikes", "strikes", 2, "ochakiv-shelling-2027-06-28", n="same region (Mykolaiv region), different strike: must not merge with the Mykolaiv city strike"),
  ]))
for _e in SEEDS[-1]["entries"]:
    _e["a"] = SEEDS[-1]["byline"]  # page byline credited to every post

# ---------------------------------------------------------------- 14842 Loughcarra Journal (day 3)
SEEDS.append(dict(
  id="14842", name="14842_loughcarra-htmllive", ext="html", source="Loughcarra Journal", zone="Europe/Dublin", render=r_loughcarra,
  title="Russia-Ukraine war: Istanbul talks and strike on Mykolaiv \u2013 as it happened", url="https://loughcarra-journal.example/world/live/ukraine-28-june",
  dateline="Monday, 28 June 2027",
  lede="Delegations meet in Istanbul as Russia strikes Mykolaiv and Ukraine hits a tanker in Novorossiysk.",
  basis="visible 12-hour '{s}' in <time> (its datetime attribute gives the instant; Irish time, IST = UTC+1) under the dateline 'Monday, 28 June 2027'; the JSON-LD update datePublished values are all the page's own start time and are not used; local {d} in {z}",
  notes="Invented outlet (Ireland). HTML live blog, newest first, visible 12-hour stamps with a dot ('8.40pm') in <time datetime>, signature paragraph after the body (author). Trap: the LiveBlogPosting JSON-LD has liveBlogUpdate items whose datePublished all equal the page's start time (08:25 IST) and whose headline is the page title, so per-post times and headlines must come from the HTML. 14842-03 (the Pope's offer to host talks) is the same peace-talks theme as the Istanbul round, a different event: must not merge. 14842-06 (overnight Russian drone raid on Ukraine) must not merge with the Novorossiysk sea-drone attack or the Mykolaiv missile strike.",
  not_entries=["header and menu", "page title h1", "date line 'Monday, 28 June 2027'", "standfirst", "signature paragraphs (author credits)",
               "newsletter promo after the second post", "footer"],
  entries=[
  E("2027-06-28 20:40", "Istanbul talks end with deal on exchange of bodies",
    ["Ukrainian and Russian delegations ended a day of talks in Istanbul with an agreement to exchange the bodies of fallen soldiers but no progress on a ceasefire, Turkish officials said.",
     "Ukraine\u2019s delegation said it had proposed a 30-day halt to strikes on energy facilities, which Moscow did not accept."],
    "diplomacy", "diplomacy", 3, IST, a="Niamh Carolan"),
  E("2027-06-28 18:15", "Mykolaiv strike: death toll rises to six",
    ["Six people have died after Monday morning\u2019s Russian missile attack on the southern Ukrainian city of Mykolaiv, the regional governor said.",
     "More than 20 people were injured."],
    "strikes", "strikes", 3, MYK, a="Conor Whelan", n="toll 6 dead"),
  E("2027-06-28 16:05", "Pope Leo offers the Vatican as a venue for Ukraine-Russia talks",
    ["Pope Leo said the Vatican was ready to host direct talks between Ukraine and Russia, in a message released by the Holy See on Monday."],
    "diplomacy", "diplomacy", 2, "vatican-talks-venue-offer-2027-06-28", a="Niamh Carolan",
    n="same peace-talks theme as the Istanbul round, different event: must not merge"),
  E("2027-06-28 13:30", "Russia says it repelled sea drone attack on Novorossiysk",
    ["Russia\u2019s defence ministry said its forces destroyed six Ukrainian sea drones approaching Novorossiysk overnight, and that a tanker at the port suffered only minor damage.",
     "The Ukrainian navy had earlier claimed a successful strike."],
    "strikes", "strikes", 3, NOVO, a="Conor Whelan"),
  E("2027-06-28 11:10", "Ireland pledges \u20ac25m for demining in Ukraine",
    ["The Government will give \u20ac25 million to help clear mines and unexploded shells from farmland in Ukraine, the Minister for Foreign Affairs said on Monday."],
    "aid", "aid", 2, "ireland-demining-pledge-2027-06-28", a="Niamh Carolan"),
  E("2027-06-28 08:25", "Overnight raid: Russia launched 70 drones at Ukraine, air force says",
    ["Russia launched 70 attack drones at Ukraine overnight, of which 58 were shot down or jammed, Ukraine\u2019s air force said on Monday morning.",
     "Damage was reported in the Sumy and Chernihiv regions. The air force reported the missile attack on Mykolaiv separately."],
    "strikes", "strikes", 2, "overnight-russian-drone-raid-2027-06-28", a="Conor Whelan",
    n="Russia's drones on Ukraine: must not merge with the Novorossiysk sea-drone attack or the Mykolaiv missile strike"),
  ]))

# ---------------------------------------------------------------- 14843 Orlesk Wire (day 3)
SEEDS.append(dict(
  id="14843", name="14843_orlesk-rss", ext="xml", source="Orlesk Wire", zone="Europe/Kyiv", render=r_worldrss, rfc="num",
  title="Orlesk Wire: Ukraine", url="https://orlesk-wire.example/ukraine", guid="orw-20270628",
  lede="Ukraine news from the Orlesk Wire desk in Kyiv.",
  basis="RSS pubDate '{s}' (explicit +0300 = Kyiv summer time); local {d} in {z}",
  notes="Invented outlet (wire service in Kyiv). RSS 2.0, newest first, pubDate with +0300, dc:creator on every item. Spelling 'Mykolayiv'. 14843-03 (glide bomb on a Kharkiv school, no casualties) is another strike on the same day: must not merge with the Mykolaiv strike. 14843-02 and 14842-01 tell the Istanbul round (start and end).",
  not_entries=["channel title, link, description, language and copyright", "item link, guid and category elements"],
  entries=[
  E("2027-06-28 22:10", "Mykolayiv toll reaches six as rescuers end search",
    ["Rescuers in Mykolayiv ended their search of the damaged houses on Monday evening, with six people confirmed dead and 24 injured in the morning missile strike.",
     "The regional governor declared Tuesday a day of mourning."],
    "strikes", "strikes", 3, MYK, a="Oleh Symonenko", n="spelling 'Mykolayiv'; toll 6 dead, search over"),
  E("2027-06-28 19:30", "Delegations meet in Istanbul for a new round of talks",
    ["Ukrainian and Russian delegations sat down for a new round of direct talks in Istanbul on Monday, with Turkish Foreign Minister Hakan Fidan opening the meeting.",
     "Kyiv\u2019s team is led by Rustem Umerov, secretary of the National Security and Defence Council."],
    "diplomacy", "diplomacy", 3, IST, a="Daria Pavlenko"),
  E("2027-06-28 16:05", "Glide bomb damages school in Kharkiv",
    ["A Russian guided bomb hit the yard of a school in Kharkiv\u2019s Kholodnohirskyi district in the afternoon, blowing out windows; no one was hurt because classes have ended for the summer, Mayor Ihor Terekhov said."],
    "strikes", "strikes", 2, "kharkiv-glide-bomb-school-2027-06-28", a="Oleh Symonenko",
    n="another strike the same day: must not merge with the Mykolaiv strike"),
  E("2027-06-28 12:40", "Missiles hit residential area and port in Mykolayiv",
    ["Russian missiles struck a residential area and facilities of the river port in Mykolayiv on Monday morning, killing at least five people, officials said.",
     "Governor Vitaliy Kim said Russia used Iskander-M ballistic missiles."],
    "strikes", "strikes", 3, MYK, a="Daria Pavlenko", n="toll 5 dead"),
  E("2027-06-28 09:15", "Zelensky appoints new commander of the Joint Forces",
    ["President Volodymyr Zelensky appointed a new commander of the Joint Forces of Ukraine\u2019s armed forces, according to a decree published on Monday morning."],
    "other", "politics", 2, "joint-forces-commander-appointment-2027-06-28", a="Daria Pavlenko"),
  ]))


# ================================================================ build
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
                         "published_basis": S["basis"].format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"]),
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
        print(f"{fn:36s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


if __name__ == "__main__":
    main()

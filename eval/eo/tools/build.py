#!/usr/bin/env python3
"""Builds the eval/eo seed pages and their gold files from one hand-written data table (further below).
All headlines and paragraphs are the blind tester's own invented wording (no sentence copied from real pages, the
shared seeds or another eval set). Part A imitates the page layouts of ten real outlets from memory; Part B outlets
are invented. Deterministic: the same table always gives the same files.
Run from the project root:  python3 eval/eo/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
RU_MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# a full stop after one of these does not end a sentence (unless the paragraph ends there)
ABBR = ("U.S.", "U.N.", "U.K.", "E.U.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.", "Sgt.", "Gov.", "Sen.", "Rep.", "St.",
        "a.m.", "p.m.", "No.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "т.е.", "т.д.", "г.", "им.")
SENT_END = re.compile(r'[.!?…][»"\'\u201d\u2019)]?(?=\s+[A-ZА-ЯЁ0-9"«\u201c\u2018(]|$)')


def first_sentence(par):
    """First sentence exactly as printed: up to the first . ! ? followed by a space and a capital/digit/quote."""
    for m in SENT_END.finditer(par):
        head = par[:m.end()]
        if m.end() < len(par) and head.endswith(ABBR):
            continue
        return head
    return par


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: t = local time 'YYYY-MM-DD HH:MM' in the page zone, h = headline (or None), p = body paragraphs,
    labels (topic, subtopic, importance, story slug), a = author, sec = secondary topics, kp = listed under Key Points,
    dup = id suffix ('03') of the earlier entry of the same page it repeats, n = note."""
    e = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    e.update(kw)
    return e


def OFF(t, h, p, st, a=None, n="", **kw):
    """an item that is not about the war at all"""
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def h12(d, space=" ", upper=True, dots=False, sep=":"):
    hh = d.hour % 12 or 12
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    else:
        suf = "AM" if d.hour < 12 else "PM"
        if not upper:
            suf = suf.lower()
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def rfc822(d, gmt=False):
    if gmt:
        return d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
    return d.strftime("%a, %d %b %Y %H:%M:%S %z")


def iso(d):
    return d.isoformat().replace("+00:00", "Z")


def paras(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order(S, newest_first):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest_first), f"{S['id']}: entries must run {'newest' if newest_first else 'oldest'} first"


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:60]


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_kommersant_rss(S):
    """Kommersant site RSS (news.xml), in Russian: newest first, pubDate with +0300, one-paragraph lead in <description>,
    rubric in <category>, image enclosure, no author element."""
    z = S["zone"]; order(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.kommersant.ru/</link>',
           '<atom:link href="https://www.kommersant.ru/RSS/news.xml" rel="self" type="application/rss+xml" />',
           '<description>Последние новости Коммерсантъ</description>', '<language>ru</language>',
           '<copyright>АО «Коммерсантъ»</copyright>', f'<lastBuildDate>{rfc822(last)}</lastBuildDate>',
           '<image><url>https://www.kommersant.ru/ContentFlex/images/rss_logo.gif</url><title>Коммерсантъ</title>'
           '<link>https://www.kommersant.ru/</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        doc = 7702418 - i * 37
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>https://www.kommersant.ru/doc/{doc}</link>',
                f'<guid>https://www.kommersant.ru/doc/{doc}</guid>', f'<description>{esc(" ".join(e["p"]))}</description>',
                f'<pubDate>{st}</pubDate>', f'<category>{esc(e["cat"])}</category>',
                f'<enclosure url="https://im.kommersant.ru/Issues.photo/NEWS/{d:%Y/%m/%d}/KMO_{180211 + i * 7}_{d:%H%M%S}_1_t222_{d:%H%M%S}.jpg" length="0" type="image/jpeg" />',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_vedomosti(S):
    """Vedomosti 'News feed' (newsline) listing, HTML, read through a browser translation into English. Newest first,
    items grouped under date headers '4 April 2027'; each item: bare Moscow time '01:15', rubric, headline, lead.
    JSON-LD only Organization/WebSite. No zone printed (Moscow)."""
    z = S["zone"]; order(S, True)
    ld = [{"@context": "https://schema.org", "@type": "Organization", "name": "Ведомости", "url": "https://www.vedomosti.ru",
           "logo": "https://www.vedomosti.ru/static/img/logo-vedomosti.svg"},
          {"@context": "https://schema.org", "@type": "WebSite", "url": "https://www.vedomosti.ru",
           "potentialAction": {"@type": "SearchAction", "target": "https://www.vedomosti.ru/search?query={q}", "query-input": "required name=q"}}]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} — Vedomosti</title>',
           '<meta name="description" content="Latest news of the day from Vedomosti">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>', '<body>',
           '<header class="header"><a class="header__logo" href="/">Vedomosti</a>',
           '<nav class="header__rubrics"><a href="/economics">Economy</a> <a href="/business">Business</a> <a href="/finance">Finance</a> '
           '<a href="/technology">Technology</a> <a href="/politics">Politics</a> <a href="/society">Society</a> <a href="/opinion">Opinions</a> '
           '<a href="/investments">Investments</a> <a href="/realty">Real estate</a> <a href="/auto">Auto</a> <a href="/lifestyle">Lifestyle</a></nav>',
           '<div class="header__markets"><span>USD 96.42</span> <span>EUR 104.18</span> <span>CNY 13.27</span> <span>Brent 68.90</span></div>',
           '<a class="header__subscribe" href="/subscription">Subscribe</a> <a class="header__login" href="/auth">Log in</a></header>',
           '<main class="news-line">', f'<h1 class="news-line__title">{esc(S["title"])}</h1>']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if d.date() != cur:
            cur = d.date()
            out.append(f'<div class="news-line__date">{d.day} {MONTHS[d.month - 1]} {d.year}</div>')
        st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<a class="news-line__item" href="/{e["rub"].lower().split()[0]}/news/{d:%Y/%m/%d}/{1104220 + i * 13}-{slugify(e["h"])[:40]}">'
                   f'<time class="news-line__time">{st}</time>'
                   f'<span class="news-line__rubric">{esc(e["rub"])}</span>'
                   f'<h3 class="news-line__headline">{esc(e["h"])}</h3>'
                   + "".join(f'<p class="news-line__lead">{esc(p)}</p>' for p in e["p"]) + '</a>')
        if i == 3:
            out.append('<div class="banner">Advertisement</div>')
            out.append('<div class="subscribe-box"><p>Vedomosti in Telegram: the main news of the day in one channel</p><a>Subscribe</a></div>')
    out += ['<button class="news-line__more">Show more</button>', '</main>',
            '<footer class="footer"><p>© Business News Media JSC, 1999—2027. Vedomosti</p><p>Registered as a mass media outlet. 18+</p>'
            '<a href="/info/contacts">Contacts</a> <a href="/info/advertising">Advertising</a> <a href="/info/privacy">Personal data policy</a></footer>',
            '</body></html>']
    return "\n".join(out) + "\n", stamps


def r_proekt(S):
    """Proekt English site, text scrape of a weekly review article: one byline 'Text: NAME', one date line with a
    24-hour Moscow time, then sections with their own headings (one entry per section); donate and newsletter boxes."""
    L = ["PROEKT", "Investigations   Guides   Dossiers   Weekly review   About us   Support Proekt", "EN | RU", "",
         S["rubric"], "", S["title"], "", S["lede"], "", f"Text: {S['byline']}", S["dateline"], "", "Share: Telegram  X  Facebook  Copy link", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + paras(e["p"])
        if i == 2:
            L += ["Proekt has been declared an \u201cundesirable organisation\u201d in Russia. We keep working thanks to readers. Support Proekt \u2192", ""]
    L += ["Read also", S["more"], "", "Get our weekly review by email. Subscribe", "",
          "\u00a9 Proekt Media. Reproduction of materials is allowed with a link to the source."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_verstka(S):
    """Verstka news feed, text scrape (English translation). Cards, newest first: rubric, headline, relative age
    ('14 minutes ago', '3 hours ago') counted from the feed's printed 'Updated' clock, then the lead."""
    z = S["zone"]; order(S, True); ref = dt(S["ref"], z)
    L = ["Verstka", "News   Stories   Investigations   Data   Podcast   Support us", "", S["title"],
         f"Updated {ref.day} {MONTHS[ref.month - 1]} {ref.year}, {ref:%H:%M} Moscow time", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} minutes ago"
        else:
            assert mins % 60 == 0, (S["id"], e["t"])
            st = "1 hour ago" if mins == 60 else f"{mins // 60} hours ago"
        stamps.append(st)
        L += [e["rub"], e["h"], st, ""] + paras(e["p"])
        if i == 3:
            L += ["Verstka has no investors and no advertising. Become a patron: from 3 euros a month", ""]
    L += ["Load more news", "", "Verstka \u00b7 Telegram \u00b7 YouTube \u00b7 Instagram \u00b7 Contact the editors", "18+"]
    return "\n".join(L) + "\n", stamps


def r_istories(S):
    """iStories (Important Stories) English edition, HTML article 'The day in brief': NewsArticle JSON-LD, byline, one date
    line with a 12-hour clock and no zone (Riga), h2 sections = entries without their own stamps."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["lede"],
          "datePublished": d0.isoformat(), "dateModified": d0.isoformat(), "inLanguage": "en",
          "author": {"@type": "Person", "name": S["byline"]},
          "publisher": {"@type": "Organization", "name": "iStories", "logo": {"@type": "ImageObject", "url": "https://istories.media/static/logo.png"}},
          "mainEntityOfPage": S["url"]}
    dl = f"{MONTHS[d0.month - 1]} {d0.day}, {d0.year}, {h12(d0)}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | iStories</title>',
           f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="top"><a class="logo" href="/en/">iStories <span>Important Stories</span></a>'
           '<nav><a href="/en/investigations/">Investigations</a> <a href="/en/news/">News</a> <a href="/en/explainers/">Explainers</a> '
           '<a href="/en/podcasts/">Podcasts</a> <a href="/en/about/">About</a></nav><a class="lang" href="/">RU</a> '
           '<a class="donate" href="/en/donate/">Support us</a></header>',
           '<main><article>', f'<div class="rubric">{esc(S["rubric"])}</div>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="lead">{esc(S["lede"])}</p>',
           f'<div class="meta"><span class="author">{esc(S["byline"])}</span> <time datetime="{d0.isoformat()}">{dl}</time></div>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<figure><img src="/media/brief-0409.jpg" alt=""><figcaption>Illustrative photo: Reuters</figcaption></figure>')
        if i == 3:
            out.append('<aside class="donate-box"><p>iStories is a \u201cforeign agent\u201d and an \u201cundesirable organisation\u201d in Russia. '
                       'Our work is possible only thanks to you.</p><a>Donate</a></aside>')
    out += ['</article>', f'<section class="related"><h3>Read more</h3><a href="/en/investigations/">{esc(S["more"])}</a></section></main>',
            '<footer>\u00a9 iStories, 2020\u20132027 \u00b7 <a>Contact</a> \u00b7 <a>How to send us a secure tip</a> \u00b7 <a>Privacy</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_tvrain(S):
    """TV Rain (Dozhd) live blog, HTML, English translation. LiveBlogPosting JSON-LD with per-update datePublished (+03:00);
    'Key points' list; newest first; bare '21:05' in <time> above each h2; page note 'Moscow time'; author below body;
    a 'Watch:' clip post with only a player."""
    z = S["zone"]; order(S, True)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{5530 - i}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "coverageStartTime": first.isoformat(), "coverageEndTime": last.replace(hour=23, minute=59).isoformat(),
          "datePublished": first.isoformat(), "dateModified": last.isoformat(),
          "publisher": {"@type": "Organization", "name": "TV Rain"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} — TV Rain</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="rain-header"><a class="logo" href="/">TV Rain</a> <span class="onair">ON AIR</span>'
           '<nav><a href="/live/">Live</a> <a href="/news/">News</a> <a href="/shows/">Shows</a> <a href="/docs/">Documentaries</a> '
           '<a href="/podcasts/">Podcasts</a></nav><a class="donate" href="/donate/">Support TV Rain</a></header>',
           '<main>', f'<h1>{esc(S["title"])}</h1>', f'<p class="live-meta">{esc(S["dateline"])}</p>',
           '<div class="key-points"><h2>Key points</h2><ul>']
    out += [f'<li>{esc(e["h"])}</li>' for e in S["entries"] if e["kp"]]
    out += ['</ul></div>', '<div class="live-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="live-post" id="post-{5530 - i}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="player">\u25b6 TV Rain video \u00b7 02:41</div>')
        if e["a"]:
            out.append(f'<p class="post-author">{esc(e["a"])}</p>')
        out.append('<div class="share">Share \u00b7 Copy link</div></div>')
        if i == 2:
            out.append('<div class="promo">Watch TV Rain on YouTube: live broadcast every day from 10:00 Moscow time</div>')
    out += ['</div>', f'<p class="yesterday"><a href="{S["prev_url"]}">{esc(S["prev_text"])}</a></p></main>',
            '<footer>\u00a9 TV Rain (Dozhd) \u00b7 Editorial policy \u00b7 Contacts \u00b7 Advertising</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_agentstvo(S):
    """Agentstvo (agents.media) news feed, text scrape, English translation. Newest first; card: rubric in brackets,
    headline, dotted date stamp '13.04.2027, 14:25' (no zone: Moscow), body, 'Text: NAME' signature."""
    z = S["zone"]; order(S, True)
    L = ["Agentstvo", "News   Investigations   Data   Newsletter   Support us", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y}, {d:%H:%M}"; stamps.append(st)
        L += [f"[{e['rub']}]", e["h"], st, ""] + paras(e["p"])
        if e["a"]:
            L += [f"Text: {e['a']}", ""]
        if i == 2:
            L += ["Subscribe to the Agentstvo newsletter: the main things about Russia every evening", "Email", "Subscribe", ""]
    L += ["Older news \u2192", "", "Agentstvo \u00b7 Telegram \u00b7 YouTube \u00b7 Write to us", "Materials may be reposted with a link to Agentstvo."]
    return "\n".join(L) + "\n", stamps


def r_fontanka(S):
    """Fontanka.ru 'All news' day listing, HTML, English translation. Header with city weather and exchange rates;
    h1 with the date; newest first; bare '14:25', headline link, lead, comment and view counters. No JSON-LD."""
    z = S["zone"]; order(S, True)
    d0 = dt(S["entries"][0]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Fontanka.ru</title></head><body>',
           '<header class="fnt-header"><a class="fnt-logo" href="/">Fontanka.ru</a> <span class="fnt-city">Saint Petersburg</span>'
           '<span class="fnt-weather">+6\u00b0 cloudy</span> <span class="fnt-rates">USD 95.87 EUR 103.60</span>'
           '<nav><a href="/24hours.html">All news</a> <a href="/society/">Society</a> <a href="/incidents/">Incidents</a> '
           '<a href="/business/">Business</a> <a href="/realty/">Real estate</a> <a href="/culture/">Culture</a> <a href="/sport/">Sport</a> '
           '<a href="/opinions/">Opinions</a> <a href="/doctor/">Health</a> <a href="/cars/">Auto</a></nav></header>',
           '<main>', f'<h1>{esc(S["title"])}</h1>', '<ul class="fnt-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        href = f"/{d:%Y/%m/%d}/{74310551 + i * 3}/"
        out.append(f'<li class="fnt-item"><time>{st}</time><a class="fnt-item__title" href="{href}">{esc(e["h"])}</a>'
                   + "".join(f'<p class="fnt-item__lead">{esc(p)}</p>' for p in e["p"])
                   + f'<span class="fnt-item__comments">{e["cc"]} comments</span> <span class="fnt-item__views">{e["views"]} views</span></li>')
        if i == 2:
            out.append('<li class="fnt-ad">Advertising \u00b7 18+</li>')
    out += ['</ul>', f'<a class="fnt-prev" href="/{(d0 - timedelta(days=1)):%Y/%m/%d}/news.html">News for the previous day</a></main>',
            '<footer>\u00a9 Fontanka.ru, 2000\u20132027. Online newspaper of Saint Petersburg. Mass media registration El No. FS77-00000. 16+</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rerussia(S):
    """Re: Russia English site Atom feed: newest first, <published> with +02:00 (Vienna, CEST), author, category,
    escaped HTML summary of the review."""
    z = S["zone"]; order(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
           f'<title>{esc(S["title"])}</title>', '<subtitle>Expertise, analysis and discussion of Russia in a time of war</subtitle>',
           '<link rel="alternate" type="text/html" href="https://re-russia.net/en/"/>',
           '<link rel="self" type="application/atom+xml" href="https://re-russia.net/en/feed.atom"/>',
           '<id>https://re-russia.net/en/feed.atom</id>', f'<updated>{last.isoformat()}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        link = f"https://re-russia.net/en/{e['cat'].lower()}/{d:%Y%m%d}-{slugify(e['h'])[:36]}/"
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link rel="alternate" href="{link}"/>', f'<id>{link}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append(f'<category term="{e["cat"]}"/>')
        out.append('<summary type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</summary>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_telegram(S):
    """Telegram web preview (t.me/s/ostorozhno_novosti) copied as text, English translation: channel header, then posts
    oldest first; each post = channel name, text (no headline), view counter, bare time ('edited' on some). No date anywhere."""
    z = S["zone"]; order(S, False)
    L = ["Ostorozhno Novosti", "@ostorozhno_novosti", "1.31M subscribers   52.4K photos   33.1K videos   3.2K links",
         "News that is worth being careful with. Ads: via the exchange only. Not an official channel of any state body.", "VIEW IN TELEGRAM", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += ["Ostorozhno Novosti"]
        if e.get("fwd"):
            L += [f"Forwarded from {e['fwd']}"]
        if e.get("media"):
            L += [e["media"]]
        L += [""] + paras(e["p"]) + [e["views"], ("edited " if e.get("edited") else "") + st, ""]
        if i == 3:
            L += ["Ostorozhno Novosti", "", "Please open Telegram to view this post", "VIEW IN TELEGRAM", "", "97.2K", "", ""]
    L += ["Load more", "", "Telegram \u00b7 a new era of messaging"]
    return "\n".join(L) + "\n", stamps


# ================================================================ PART A: ten real outlets' layouts (own invented words)
SEEDS = []

# ---------------------------------------------------------------- 14600 Kommersant (RSS, in Russian)
SEEDS.append(dict(
  id="14600", name="14600_kommersant-rss", ext="xml", source="Kommersant", zone="Europe/Moscow", render=r_kommersant_rss,
  title="Коммерсантъ. Лента новостей",
  basis="RSS pubDate '{s}' (explicit +0300 offset, Moscow time); local {d} in {z}",
  notes="Imitates Kommersant's site-wide news RSS (kommersant.ru/RSS/news.xml), kept in Russian (one of the two Part A pages allowed in the outlet's own language). Newest first. Each item: title, link/guid (/doc/NNN), a one-paragraph lead in <description> (body_paragraphs 1), pubDate with +0300, a rubric <category>, an image enclosure; no author element, so author is null. Three wire items are off the war (Aeroflot summer schedule, Moscow weather, a hockey result). All times 1 April 2027 MSK = the same UTC day.",
  not_entries=["channel title/link/description/copyright/lastBuildDate", "channel <image> logo block", "each item's <category> rubric and <enclosure> image URL"],
  entries=[
  E("2027-04-01 22:40", "В Шебекино при атаке беспилотника погибли два человека",
    ["Два человека погибли и еще пятеро получили ранения после удара украинского беспилотника по легковому автомобилю на окраине Шебекино, сообщил губернатор Белгородской области Вячеслав Гладков. По его словам, среди пострадавших есть подросток, его доставили в областную больницу."],
    "strikes", "strikes", 3, "shebekino-drone-strike-2027-04-01", cat="Происшествия"),
  E("2027-04-01 20:15", "Песков: новых предложений от Вашингтона по Украине в Кремль не поступало",
    ["Пресс-секретарь президента Дмитрий Песков заявил журналистам, что Москва пока не получала от американской стороны новых идей по украинскому урегулированию. Контакты с Вашингтоном, по его словам, продолжаются на уровне экспертов, но сроки следующей встречи не определены."],
    "diplomacy", "diplomacy", 2, "peskov-no-new-us-proposals-2027-04-01", cat="Политика"),
  OFF("2027-04-01 18:05", "«Аэрофлот» добавит рейсы в Анталью на летний сезон",
    ["«Аэрофлот» в летнем расписании увеличит число полетов из Москвы в Анталью до 42 в неделю, сообщили в авиакомпании. Дополнительные рейсы начнут выполняться с 1 июня."],
    "aeroflot-antalya-summer-flights-2027", n="airline schedule", cat="Бизнес"),
  E("2027-04-01 16:30", "Минобороны заявило о взятии села Малые Щербаки в Запорожской области",
    ["Министерство обороны России сообщило, что подразделения группировки войск «Днепр» установили контроль над селом Малые Щербаки в Запорожской области. Украинская сторона это заявление не комментировала, независимо проверить его невозможно."],
    "other", "frontline", 2, "russia-claims-mali-shcherbaky-2027-04-01", cat="Политика"),
  E("2027-04-01 13:45", "Страны ЕС согласовали 22-й пакет санкций против России",
    ["Постоянные представители стран Евросоюза одобрили 22-й пакет антироссийских санкций, сообщило председательство в Совете ЕС. В список добавлены еще 45 танкеров «теневого флота» и несколько банков из третьих стран, которые, по данным Брюсселя, помогали обходить ограничения."],
    "diplomacy", "diplomacy", 3, "eu-22nd-sanctions-package-2027-04-01", cat="Мир"),
  OFF("2027-04-01 11:20", "Синоптики пообещали Москве до +17 градусов к выходным",
    ["В Москве к субботе воздух прогреется до +17 градусов, это почти на восемь градусов выше климатической нормы, рассказал ведущий специалист центра «Фобос». В воскресенье ожидаются кратковременные дожди."],
    "moscow-warm-weekend-forecast-2027-04", n="weather", cat="Общество"),
  OFF("2027-04-01 09:50", "ЦСКА вышел вперед в серии с «Локомотивом»",
    ["ЦСКА обыграл «Локомотив» в третьем матче второго раунда плей-офф КХЛ со счетом 3:2 в овертайме и повел в серии 2–1. Победную шайбу забросил защитник армейцев на 64-й минуте."],
    "khl-playoff-cska-lokomotiv-2027-04", n="ice hockey", cat="Спорт"),
  E("2027-04-01 08:05", "ПВО за ночь уничтожили 64 украинских беспилотника над регионами России",
    ["Дежурные средства противовоздушной обороны ночью перехватили 64 украинских беспилотника над восемью регионами, в том числе 19 над Брянской областью, сообщило Минобороны. В аэропортах Калуги и Ярославля на несколько часов вводились ограничения на прием и выпуск самолетов."],
    "strikes", "strikes", 2, "russia-overnight-drone-interceptions-2027-04-01", cat="Политика"),
  ]))

# ---------------------------------------------------------------- 14601 Vedomosti (HTML news feed, English translation)
SEEDS.append(dict(
  id="14601", name="14601_vedomosti-newsline", ext="html", source="Vedomosti", zone="Europe/Moscow", render=r_vedomosti,
  title="News feed",
  basis="bare time '{s}' under the page's date header '{hd}' (no zone printed: Moscow time, the outlet's home zone, UTC+3); local {d} in {z}",
  notes="Imitates the Vedomosti newsline (vedomosti.ru/newsline) read through a browser translation into English. Newest first, grouped under date headers ('4 April 2027', then '3 April 2027'); each item is a bare 24-hour time, a rubric label, the headline and a one-paragraph lead; no bylines (author null). No zone is printed: Moscow time (UTC+3) assumed, as the site's home zone. The two top items are after local midnight (4 April 00:20 and 01:35 MSK) but fall on 3 April in UTC, so the whole page is one UTC day (2027-04-03). The only JSON-LD is Organization/WebSite. Three items are off the war (rail fares, unemployment figures, wildfires).",
  not_entries=["header logo, rubric navigation, market ticker (USD/EUR/CNY/Brent), Subscribe / Log in", "h1 'News feed' (page title)",
               "date headers '4 April 2027' and '3 April 2027' (structure)", "rubric labels on each item (Politics, Economy, ...)",
               "'Advertisement' banner and the Telegram subscribe box after the fourth item", "'Show more' button", "footer copyright/registration/links"],
  entries=[
  E("2027-04-04 01:35", "Sobyanin reports three drones shot down on approach to Moscow",
    ["Air defence forces destroyed three drones flying towards Moscow overnight, Mayor Sergei Sobyanin wrote on his Telegram channel. Emergency services are working at the places where the debris fell; there is no information about casualties."],
    "strikes", "strikes", 2, "moscow-drones-downed-2027-04-04", rub="Society"),
  OFF("2027-04-04 00:20", "Russian Railways to raise long-distance fares for the summer season",
    ["Russian Railways will raise the price of tickets on long-distance trains by an average of 7% from 1 June, the company said. Fares for compartment and sleeper carriages on southern routes will rise the most."],
    "russian-railways-summer-fares-2027", n="rail fares", rub="Business"),
  E("2027-04-03 22:45", "Lavrov and Fidan discuss a possible new round of talks in Istanbul",
    ["Russian Foreign Minister Sergei Lavrov discussed by phone with his Turkish counterpart Hakan Fidan the prospects for resuming direct Russian-Ukrainian talks in Istanbul, the Russian Foreign Ministry said. According to the ministry, Ankara confirmed it was ready to host the delegations again."],
    "diplomacy", "diplomacy", 3, "lavrov-fidan-call-istanbul-talks-2027-04-03", rub="Politics"),
  E("2027-04-03 19:30", "State Duma to fast-track bill on payments to families of contract soldiers",
    ["The State Duma will consider in the first reading next week a bill that guarantees one-off payments to families of contract soldiers declared missing, said the head of the defence committee. The payments would be made six months after the soldier is declared missing rather than after a court ruling."],
    "other", "politics", 2, "duma-missing-soldiers-payments-bill-2027-04", rub="Politics"),
  OFF("2027-04-03 16:10", "Rosstat: unemployment in February stayed at a record low of 2.2%",
    ["Unemployment in Russia in February remained at a historic low of 2.2%, according to Rosstat data. The number of unemployed fell to 1.7 million people, while companies continue to report a shortage of workers."],
    "rosstat-unemployment-february-2027", n="labour statistics", rub="Economy"),
  E("2027-04-03 13:25", "Defence Ministry announces capture of a village near Konstantinovka",
    ["The Russian Defence Ministry said units of the Southern group of forces had taken control of the village of Bila Hora south of Konstantinovka in the Donetsk region. The Ukrainian General Staff said fighting in the area was continuing."],
    "other", "frontline", 2, "russia-claims-bila-hora-2027-04-03", rub="Politics"),
  E("2027-04-03 10:40", "Oil depot catches fire in Bryansk region after drone attack",
    ["A fire broke out at an oil depot in the Bryansk region after an attack by Ukrainian drones, Governor Alexander Bogomaz said. According to him, no one was hurt, and firefighters contained the blaze within three hours."],
    "strikes", "strikes", 2, "bryansk-oil-depot-drone-fire-2027-04-03", rub="Business"),
  OFF("2027-04-03 09:15", "Emergency regime introduced in Transbaikalia because of early forest fires",
    ["Authorities in the Trans-Baikal Territory declared a regional state of emergency because of forest fires, which broke out three weeks earlier than usual this year. About 4,000 hectares are burning, the regional forestry service said."],
    "transbaikalia-wildfires-2027-04", n="wildfires", rub="Society"),
  ]))

# ---------------------------------------------------------------- 14602 Proekt (text article, weekly review)
SEEDS.append(dict(
  id="14602", name="14602_proekt-weekly", ext="txt", source="Proekt", zone="Europe/Moscow", render=r_proekt,
  rubric="Weekly review", title="The week in Russia: bigger bonuses, another arrest and a quiet deal with Pyongyang",
  lede="Every Monday Proekt sums up what the Russian state did over the previous seven days and what it preferred not to talk about.",
  byline="Yulia Semashko", dateline="5 April 2027, 19:30",
  more="How the Defence Ministry's construction empire was divided after the purge",
  basis="no per-section stamp; the article's single date line '5 April 2027, 19:30' (no zone printed: Moscow time assumed, UTC+3) applies to every section; local {d} in {z}",
  notes="Imitates a Proekt (proekt.media, English version) weekly review article as copied from the browser: site navigation, rubric, title, standfirst, 'Text: NAME' byline, one date line with a 24-hour time and no zone, then six sections with their own headings. Each section is one entry (headline = its heading, stamp null, published = the article's date line, author = the page byline). No zone is printed; Moscow time (UTC+3) is assumed as the outlet's home zone (the newsroom works from abroad but dates its pages in Moscow time). The sections are separate stories although they share the 'week in Russia' theme.",
  not_entries=["logo 'PROEKT', site navigation, language switch 'EN | RU'", "rubric 'Weekly review'", "article title (page title)",
               "standfirst 'Every Monday Proekt sums up ...' (page lede)", "byline line 'Text: Yulia Semashko' and the date line",
               "share line", "'undesirable organisation' donation appeal after the third section", "'Read also' and its related link",
               "newsletter line and copyright line"],
  entries=[
  E("2027-04-05 19:30", "The regions are raising sign-up bonuses again",
    ["At least eleven Russian regions raised their one-off payments to new contract soldiers last week, and in three of them the total bonus now exceeds 3 million roubles, according to our count of regional decrees.",
     "The increases came after the Defence Ministry quietly lowered the monthly recruitment targets it sends to governors, two officials told Proekt. Regions that miss the target now compete for the same shrinking pool of volunteers."],
    "other", "politics", 2, "russian-regions-raise-recruitment-bonuses-2027-04", a="Yulia Semashko"),
  E("2027-04-05 19:30", "A fourth defence official in a month is detained",
    ["Investigators detained the deputy head of the Defence Ministry's property department on Thursday on suspicion of taking a bribe worth 140 million roubles from a construction contractor.",
     "He is the fourth senior ministry official arrested since early March. People close to the ministry say the cases are being used to redistribute control over military construction contracts rather than to fight corruption."],
    "other", "politics", 2, "defence-ministry-property-official-detained-2027-04", a="Yulia Semashko"),
  E("2027-04-05 19:30", "What Moscow wants from the Istanbul track",
    ["The Kremlin is preparing its delegation for a possible new round of direct talks with Ukraine in Istanbul but does not expect a breakthrough, two sources familiar with the preparations said.",
     "According to them, Moscow intends to offer another large exchange of prisoners and bodies while repeating its territorial demands. A ceasefire is not on the agenda the Russian side has drafted."],
    "diplomacy", "diplomacy", 2, "kremlin-preparations-istanbul-talks-2027-04", a="Yulia Semashko"),
  E("2027-04-05 19:30", "The drone war reaches Bashkiria once more",
    ["Ukrainian long-range drones hit the primary processing unit of a refinery in Ufa on Thursday night, more than 1,300 kilometres from the front line. Regional authorities reported a fire and no casualties.",
     "It was the third strike on refineries in Bashkortostan this year. Satellite images reviewed by Proekt show damage to the unit that could take several weeks to repair."],
    "strikes", "strikes", 2, "ufa-refinery-drone-strike-2027-04-01", a="Yulia Semashko"),
  E("2027-04-05 19:30", "Pyongyang keeps the shells coming",
    ["North Korea has shipped roughly 1.5 million more artillery shells to Russia since January, two people familiar with the deliveries told Proekt. Most arrived by rail through the Khasan border crossing.",
     "In return, according to one of the sources, Moscow has stepped up deliveries of oil products and agreed to help modernise North Korean air defences."],
    "aid", "aid", 3, "north-korea-shell-deliveries-russia-2027", a="Yulia Semashko"),
  E("2027-04-05 19:30", "The budget gap is being filled with the reserve",
    ["The Finance Ministry sold another 120 billion roubles' worth of yuan and gold from the National Wellbeing Fund in March to cover the budget deficit, which reached 2.4 trillion roubles in the first quarter.",
     "Defence and security spending still accounts for about 40% of federal expenditure, and the ministry has asked other agencies to cut non-priority programmes by a tenth."],
    "other", "politics", 2, "russia-budget-deficit-reserve-fund-q1-2027", a="Yulia Semashko"),
  ]))

# ---------------------------------------------------------------- 14603 Verstka (text news feed, relative ages)
SEEDS.append(dict(
  id="14603", name="14603_verstka-news", ext="txt", source="Verstka", zone="Europe/Moscow", render=r_verstka,
  title="News", ref="2027-04-07 18:40",
  basis="relative age '{s}' counted back from the feed's printed clock 'Updated 7 April 2027, 18:40 Moscow time'; local {d} in {z}",
  notes="Imitates the Verstka (verstka.media) news feed read in English translation and copied as text. Newest first. Each card: rubric line, headline, relative age ('14 minutes ago', '2 hours ago'), then the lead. The only absolute time is the feed's 'Updated 7 April 2027, 18:40 Moscow time' line; every age is counted back from it (the site rounds down, so these are as exact as the page allows). Cards carry no bylines (author null). One off-beat item (vegetable prices).",
  not_entries=["logo and site navigation", "'News' (page title)", "'Updated 7 April 2027, 18:40 Moscow time' (capture clock, the anchor for the ages)",
               "rubric lines above each headline (War, Society, ...)", "patronage appeal after the fourth card", "'Load more news'", "footer links and '18+'"],
  entries=[
  E("2027-04-07 18:26", "Guided bomb hits apartment block in Kharkiv, killing three",
    ["Three people were killed and at least 17 injured when a Russian guided aerial bomb hit a five-storey building in Kharkiv's Saltivka district, regional governor Oleh Syniehubov said. Rescuers are still taking apart the rubble of one entrance."],
    "strikes", "strikes", 3, "kharkiv-saltivka-guided-bomb-2027-04-07", rub="War"),
  E("2027-04-07 17:40", "Military courts handed down a record number of AWOL sentences in the first quarter",
    ["Russian garrison courts issued 1,480 sentences for leaving a unit without permission between January and March, Verstka found after analysing the courts' own publications. That is a third more than in the same period last year, and most of the defendants received suspended terms and were sent back to the front."],
    "other", "politics", 2, "russia-awol-sentences-record-q1-2027", rub="Society"),
  E("2027-04-07 16:40", "Kremlin confirms a US envoy will come to Moscow next week",
    ["Dmitry Peskov confirmed that an American delegation led by special envoy Steve Witkoff is expected in Moscow next week. He refused to say whether Vladimir Putin would receive the guests personally."],
    "diplomacy", "diplomacy", 2, "witkoff-moscow-visit-announced-2027-04", rub="Politics"),
  E("2027-04-07 14:40", "Kazan teacher fined for an anti-war comment under a colleague's post",
    ["A court in Kazan fined a secondary-school history teacher 45,000 roubles for \u201cdiscrediting the army\u201d over a comment she left on social media last autumn. The school has already dismissed her, according to the human rights project OVD-Info."],
    "other", "politics", 2, "kazan-teacher-fined-discrediting-army-2027-04", rub="Society"),
  E("2027-04-07 12:40", "Drones set fire to a fuel terminal near Novorossiysk",
    ["Ukrainian naval and aerial drones attacked the Sheskharis oil terminal near Novorossiysk overnight, the city's emergency headquarters said. One tank caught fire; two port workers were injured by debris, according to the headquarters."],
    "strikes", "strikes", 2, "novorossiysk-sheskharis-drone-attack-2027-04-07", rub="War"),
  OFF("2027-04-07 10:40", "Potatoes have risen in price by 40% since the start of the year",
    ["Potatoes in Russian shops cost on average 41% more than in January, according to Rosstat's weekly price monitoring. The agency attributes the jump to last year's poor harvest in the central regions."],
    "russia-potato-prices-2027", n="food prices", rub="Economy"),
  E("2027-04-07 08:40", "Estonia says a Russian fighter jet violated its airspace",
    ["A Russian Su-30 fighter entered Estonian airspace near the island of Vaindloo for about a minute, the Estonian military said. Tallinn summoned the Russian charg\u00e9 d'affaires and NATO jets on Baltic air policing were scrambled."],
    "other", "security", 2, "estonia-airspace-violation-vaindloo-2027-04-07", rub="World"),
  ]))

# ---------------------------------------------------------------- 14604 iStories (HTML article with sections)
SEEDS.append(dict(
  id="14604", name="14604_istories-brief", ext="html", source="iStories", zone="Europe/Riga", render=r_istories,
  rubric="The day in brief", title="The day in brief: a deadly strike on Dnipro, a Norwegian drone deal and children brought home",
  url="https://istories.media/en/news/2027/04/09/the-day-in-brief/",
  lede="The most important news about Russia and the war, selected and checked by the iStories newsroom.",
  byline="Kira Lebedinskaya", dateline_t="2027-04-09 21:40",
  more="How the shadow fleet learned to switch flags in a week",
  basis="no per-section stamp; the article's date line 'April 9, 2027, 9:40 PM' (no zone printed: Riga time, the newsroom's home zone, EEST = UTC+3; the JSON-LD datePublished +03:00 agrees) applies to every section; local {d} in {z}",
  notes="Imitates an iStories (istories.media, English edition) evening news digest as an HTML article: header navigation, rubric, h1, lead, author and one <time> with a 12-hour clock and no zone, then six h2 sections. Each section is one entry (headline = its h2, stamp null, published = the article time, author = the page byline). NewsArticle JSON-LD with datePublished 2027-04-09T21:40:00+03:00 confirms the zone (iStories works from Riga; EEST = UTC+3). A photo caption and a donation box sit between sections.",
  not_entries=["header logo and navigation, RU switch, 'Support us'", "rubric 'The day in brief'", "h1 (page title)", "lead paragraph (page standfirst)",
               "author and date line", "figure caption 'Illustrative photo: Reuters'", "'foreign agent' donation box after the fourth section",
               "'Read more' related link", "footer"],
  entries=[
  E("2027-04-09 21:40", "Russian missile kills five at a bus station in Dnipro",
    ["A Russian Iskander-M missile hit the area of Dnipro's central bus station on Friday afternoon, killing five people and wounding 31, the head of the regional military administration said.",
     "Several intercity buses burned out. Among the wounded are two children, one in a serious condition."],
    "strikes", "strikes", 3, "dnipro-bus-station-missile-strike-2027-04-09", a="Kira Lebedinskaya"),
  E("2027-04-09 21:40", "Norway will pay for Ukrainian long-range drones",
    ["Norway will allocate 7 billion kroner to buy long-range attack drones from Ukrainian manufacturers for the Ukrainian armed forces, the Norwegian defence minister announced in Oslo.",
     "The first contracts are to be signed within a month. Oslo said the money would come from its multi-year support programme for Ukraine."],
    "aid", "aid", 3, "norway-ukrainian-long-range-drones-funding-2027-04", a="Kira Lebedinskaya"),
  E("2027-04-09 21:40", "Zaporizhzhia nuclear plant again cut off from external power",
    ["The occupied Zaporizhzhia nuclear power plant lost its last external power line for nine hours and ran on diesel generators, the IAEA said. The agency did not say what caused the outage.",
     "It was the eleventh such blackout at the plant since the start of the full-scale invasion."],
    "other", "security", 2, "zaporizhzhia-npp-power-loss-2027-04-09", a="Kira Lebedinskaya"),
  E("2027-04-09 21:40", "Britain adds 30 tankers to its shadow fleet list",
    ["The UK government imposed sanctions on another 30 tankers that it says carry Russian oil in breach of the price cap, as well as on two shipping managers registered in the United Arab Emirates.",
     "Our investigation in March showed that several of the vessels had already changed their flags at least twice since the start of the year."],
    "diplomacy", "diplomacy", 2, "uk-shadow-fleet-sanctions-2027-04-09", a="Kira Lebedinskaya"),
  E("2027-04-09 21:40", "Moscow court sentences iStories journalist in absentia",
    ["The Basmanny District Court in Moscow sentenced one of our reporters in absentia to eight years in prison on charges of spreading \u201cfakes\u201d about the army over an investigation into losses among mobilised soldiers.",
     "The journalist lives outside Russia. We consider the case political and will continue the work."],
    "other", "politics", 2, "istories-journalist-sentenced-in-absentia-2027-04", a="Kira Lebedinskaya"),
  E("2027-04-09 21:40", "Twelve children returned from occupied territories",
    ["Twelve Ukrainian children who had been living in occupied parts of the Kherson and Zaporizhzhia regions were returned to territory controlled by Kyiv with Qatar's mediation, Ukraine's ombudsman said.",
     "The youngest is four years old. According to Ukrainian officials, several of the children had been placed in Russian foster families."],
    "other", "humanitarian", 2, "children-returned-occupied-territories-2027-04-09", a="Kira Lebedinskaya", sec=["diplomacy"]),
  ]))

# ---------------------------------------------------------------- 14605 TV Rain (HTML live blog)
SEEDS.append(dict(
  id="14605", name="14605_tvrain-live", ext="html", source="TV Rain", zone="Europe/Moscow", render=r_tvrain,
  title="War and the Kremlin: live updates for 11 April", url="https://tvrain.tv/live/war-2027-04-11/",
  dateline="11 April 2027 \u00b7 All times are Moscow time", prev_url="https://tvrain.tv/live/war-2027-04-10/", prev_text="Live updates for 10 April",
  basis="bare time '{s}' in the post's <time> (the page prints 'All times are Moscow time'; the <time datetime> and the JSON-LD datePublished carry +03:00); date from the page line '11 April 2027'; local {d} in {z}",
  notes="Imitates a TV Rain (Dozhd, tvrain.tv) live blog in English translation. Newest first. A 'Key points' list repeats two post headlines (those posts are key_point true). Each post: <time> with a bare 24-hour time, h2 headline, body, then the author's name. The page says 'All times are Moscow time'; the JSON-LD LiveBlogPosting carries one BlogPosting per post with its own datePublished (+03:00), which agrees with the visible times. The 20:35 'Watch:' post is a video player with no text (importance 1). The 10:15 post is the Russian Defence Ministry's count for the same night as the Ust-Luga attack and shares its story.",
  not_entries=["header (logo, ON AIR badge, navigation, 'Support TV Rain')", "h1 (page title)", "date/zone line '11 April 2027 \u00b7 All times are Moscow time'",
               "'Key points' block (a list of two post headlines, not entries of its own)", "video player placeholder in the 'Watch:' post",
               "'Share \u00b7 Copy link' under each post", "YouTube promo after the third post", "link to the previous day's live page", "footer"],
  entries=[
  E("2027-04-11 21:50", "Zelensky says Ukraine will go to Istanbul if Moscow names a delegation of the right level",
    ["Volodymyr Zelensky said in his evening address that a Ukrainian delegation was ready to fly to Istanbul for a new round of talks, but only if the Kremlin sends people \u201cwho can actually decide something\u201d.",
     "He said he had discussed the format with Turkish President Recep Tayyip Erdogan by phone earlier on Sunday. The Kremlin has not yet responded."],
    "diplomacy", "diplomacy", 3, "zelensky-istanbul-talks-condition-2027-04-11", a="Vera Lanskaya", kp=True),
  E("2027-04-11 20:35", "Watch: how Belgorod lives after a month of daily drone attacks", [],
    "strikes", "strikes", 1, "tvrain-report-belgorod-drone-attacks-2027-04", a="Gleb Arkhipov", n="video teaser, player only, no text"),
  E("2027-04-11 19:10", "Two killed by Russian shelling in Kherson",
    ["Russian artillery shelled the Dniprovskyi district of Kherson in the afternoon, killing two men and injuring four people, the regional military administration reported.",
     "A trolleybus and several shops were damaged. Kherson has been shelled almost daily from the left bank of the Dnipro since Russian troops withdrew from the city in 2022."],
    "strikes", "strikes", 3, "kherson-shelling-two-killed-2027-04-11", a="Mark Seleznev"),
  E("2027-04-11 17:45", "Putin holds Security Council meeting on the border regions",
    ["Vladimir Putin held an operational meeting of the Security Council devoted to the protection of the Belgorod, Bryansk and Kursk regions, the Kremlin said.",
     "Dmitry Peskov did not disclose any decisions, saying only that the participants discussed \u201cadditional measures to protect civilians and infrastructure\u201d."],
    "other", "security", 2, "putin-security-council-border-regions-2027-04-11", a="Mark Seleznev"),
  E("2027-04-11 15:20", "Oil terminal in Ust-Luga on fire after mass drone attack",
    ["A fire that broke out overnight at a fuel terminal in the Baltic port of Ust-Luga after an attack by Ukrainian drones is still burning, Leningrad region governor Alexander Drozdenko said in the afternoon. Loading of tankers has been suspended.",
     "Residents of nearby villages posted videos of at least four explosions. According to Drozdenko, no one was hurt.",
     "Ukraine's General Staff confirmed the strike and said the terminal was used to export fuel for the Russian military."],
    "strikes", "strikes", 3, "ust-luga-port-drone-attack-2027-04-11", a="Vera Lanskaya", kp=True),
  E("2027-04-11 12:05", "Court sentences former TV Rain guest to seven years in absentia",
    ["A Moscow court sentenced a political scientist who regularly appeared on our programmes to seven years in prison in absentia on charges of spreading \u201cfakes\u201d about the army.",
     "The case was opened over his comments about the shelling of a maternity hospital in Mariupol in 2022. He has lived in Germany for three years."],
    "other", "politics", 2, "political-scientist-sentenced-in-absentia-2027-04-11", a="Gleb Arkhipov"),
  E("2027-04-11 10:15", "Defence Ministry claims 112 drones shot down overnight",
    ["The Russian Defence Ministry said air defences destroyed 112 Ukrainian drones overnight, 41 of them over the Leningrad region and 27 over the Novgorod region.",
     "The ministry's report did not mention the fire in Ust-Luga."],
    "strikes", "strikes", 2, "ust-luga-port-drone-attack-2027-04-11", a="Mark Seleznev"),
  E("2027-04-11 08:30", "Ukrainian General Staff reports heavy fighting near Huliaipole",
    ["Russian troops carried out 46 assaults near Huliaipole in the Zaporizhzhia region over the past day, the Ukrainian General Staff said in its morning report, calling this the hottest section of the front.",
     "Russian military bloggers claim advances on the town's northern outskirts; this could not be verified."],
    "other", "frontline", 2, "huliaipole-fighting-2027-04-11", a="Vera Lanskaya"),
  ]))

# ---------------------------------------------------------------- 14606 Agentstvo (text news feed)
SEEDS.append(dict(
  id="14606", name="14606_agentstvo-news", ext="txt", source="Agentstvo", zone="Europe/Moscow", render=r_agentstvo,
  title="News",
  basis="dotted stamp '{s}' (day.month.year, 24-hour clock; no zone printed: Moscow time, the outlet's home zone, UTC+3); local {d} in {z}",
  notes="Imitates the Agentstvo (agents.media) news feed in English translation, copied as text. Newest first. Each card: rubric in square brackets, headline, a dotted stamp '13.04.2027, 21:10' (no zone; Moscow time assumed), body, and on signed pieces a 'Text: NAME' line (author; unsigned cards have author null). One off-beat item (volcanic ash in Kamchatka).",
  not_entries=["logo and navigation", "'News' (page title)", "rubric labels in brackets ([War], [Power], ...)", "'Text: NAME' signature lines (they give the author)",
               "newsletter sign-up box after the third card (Email / Subscribe)", "'Older news \u2192'", "footer lines"],
  entries=[
  E("2027-04-13 21:10", "Putin received Witkoff in the Kremlin; the talks lasted almost five hours",
    ["Vladimir Putin met US special envoy Steve Witkoff in the Kremlin on Tuesday. Presidential aide Yuri Ushakov told reporters that the conversation lasted almost five hours and was \u201cuseful and frank\u201d.",
     "According to Ushakov, the sides discussed a possible meeting of the Russian and Ukrainian delegations and \u201cthe parameters of a long-term settlement\u201d, but did not agree on dates."],
    "diplomacy", "diplomacy", 3, "putin-witkoff-kremlin-meeting-2027-04-13", a="Anton Verkhovsky", rub="War"),
  E("2027-04-13 18:45", "Drone hits minibus in Kursk region, killing two",
    ["Two passengers were killed and three injured when a Ukrainian drone struck a minibus near the village of Tyotkino in the Kursk region, acting governor Alexander Khinshtein said."],
    "strikes", "strikes", 3, "kursk-tyotkino-minibus-drone-2027-04-13", rub="Regions"),
  E("2027-04-13 16:20", "At least 340 municipal officials have gone to the front since 2024",
    ["Agentstvo counted at least 340 heads of districts, deputies of local councils and municipal officials who signed military contracts over the past three years, based on regional news and official biographies. At least 61 of them have been killed.",
     "Several governors openly encourage officials to serve, promising them promotion to the \u201cnew elite\u201d after they return."],
    "other", "politics", 2, "russian-municipal-officials-at-front-count-2027-04", a="Daria Sokolenko", rub="Data"),
  E("2027-04-13 13:05", "Court extends arrest of former deputy defence minister for another three months",
    ["The Moscow City Court extended the detention of a former deputy defence minister, accused of embezzlement in the construction of military facilities, until mid-July. He denies the charges."],
    "other", "politics", 2, "former-deputy-defence-minister-detention-extended-2027-04-13", rub="Power"),
  E("2027-04-13 11:30", "Ukraine says it destroyed a Buk air defence system in Crimea",
    ["Ukraine's military intelligence published a video of a drone striking a Buk-M2 surface-to-air missile launcher near Dzhankoi in occupied Crimea. The Russian Defence Ministry did not comment."],
    "strikes", "strikes", 2, "crimea-buk-launcher-strike-2027-04-13", rub="War"),
  OFF("2027-04-13 09:15", "Ash from Shiveluch disrupts flights in Kamchatka",
    ["The Shiveluch volcano in Kamchatka threw an ash column up to 9 kilometres high, and the aviation hazard code was raised to red. Several regional flights from Petropavlovsk-Kamchatsky were cancelled."],
    "shiveluch-ash-kamchatka-2027-04", n="volcano", rub="Society"),
  E("2027-04-13 08:00", "Hungary again blocks EU payment for arms for Ukraine",
    ["Hungary blocked a decision to release another 5 billion euros from the European Peace Facility to reimburse member states for weapons sent to Ukraine, two EU diplomats told Agentstvo. Budapest demands guarantees for Hungarian companies working in Ukraine."],
    "aid", "aid", 2, "hungary-blocks-epf-ukraine-funds-2027-04-13", rub="World", sec=["diplomacy"]),
  ]))

# ---------------------------------------------------------------- 14607 Fontanka (HTML day listing)
SEEDS.append(dict(
  id="14607", name="14607_fontanka-allnews", ext="html", source="Fontanka.ru", zone="Europe/Moscow", render=r_fontanka,
  title="All news for 15 April 2027",
  basis="bare time '{s}' in the day listing 'All news for 15 April 2027' (no zone printed: St Petersburg = Moscow time, UTC+3); local {d} in {z}",
  notes="Imitates Fontanka.ru's 'all news' day page in English translation. Header with city weather and exchange rates; h1 with the date; newest first; each item: bare 24-hour time, headline link, lead, comment and view counters. No bylines (author null), no JSON-LD. St Petersburg local time (Moscow time, UTC+3) is assumed; no zone printed. Three items are city news off the war (bridges, metro, weather). The Pulkovo restrictions and the Kirishi fire are the same overnight drone raid (one story).",
  not_entries=["header: logo, city name, weather '+6\u00b0 cloudy', exchange rates, navigation", "h1 'All news for 15 April 2027' (page title and date)",
               "comment and view counters under each item", "'Advertising \u00b7 18+' slot after the third item", "link 'News for the previous day'", "footer"],
  entries=[
  OFF("2027-04-15 22:30", "Palace Bridge will open for the first time this season on the night of 20 April",
    ["Bridges across the Neva will start opening for navigation from the night of 20 April, the city's bridge company said. The Palace and Trinity bridges will open according to the summer schedule from 1:10 a.m."],
    "neva-bridges-navigation-season-2027", n="city navigation season", cc=41, views="18.2K"),
  E("2027-04-15 20:05", "Fire at the Kirishi refinery put out after the night drone attack",
    ["Firefighters have fully extinguished the fire at the refinery in Kirishi that broke out after a drone attack last night, Leningrad region governor Alexander Drozdenko said. The plant's operations were partly suspended; there are no casualties."],
    "strikes", "strikes", 2, "kirishi-refinery-drone-attack-2027-04-15", cc=312, views="96.4K"),
  E("2027-04-15 17:40", "Smolny raises the one-off payment to new contract soldiers to 2.8 million roubles",
    ["Governor Alexander Beglov signed a decree raising the city's one-off payment to residents who sign a contract with the Defence Ministry to 2.8 million roubles. Together with the federal payment, a recruit will receive more than 3.2 million."],
    "other", "politics", 2, "st-petersburg-contract-soldier-payment-2027-04-15", cc=187, views="54.0K"),
  E("2027-04-15 15:15", "Two teenagers sentenced for setting fire to a railway relay box",
    ["A military court in St Petersburg sentenced two 17-year-olds to six and seven years in a juvenile colony for setting fire to a railway relay cabinet near Luga. The court found that they had acted on instructions from a Telegram \u201ccurator\u201d who promised them 20,000 roubles."],
    "other", "security", 2, "luga-railway-arson-teenagers-sentenced-2027-04-15", cc=96, views="31.5K"),
  E("2027-04-15 12:50", "Pulkovo lifts restrictions after four hours",
    ["Pulkovo airport resumed receiving and sending flights after restrictions introduced in the morning because of the drone attack on the Leningrad region. More than 40 flights were delayed, and several planes landed at reserve airfields."],
    "strikes", "strikes", 2, "kirishi-refinery-drone-attack-2027-04-15", cc=58, views="44.9K"),
  OFF("2027-04-15 10:20", "Gorny Institut metro station promised for 2028",
    ["The construction of Gorny Institut station on the Nevsko-Vasileostrovskaya line will be completed in 2028, the head of the city's transport construction committee said. The tunnel-boring machine has passed two-thirds of the route."],
    "st-petersburg-metro-gorny-institut-2027", n="city metro construction", cc=73, views="22.1K"),
  OFF("2027-04-15 08:45", "Up to +9 and wet snow: the weather in St Petersburg on Thursday",
    ["Cloudy weather with rain and wet snow is expected in St Petersburg on Thursday, the air will warm up to +9 in the afternoon. A strong south-westerly wind is forecast for the evening."],
    "st-petersburg-weather-2027-04-15", n="weather", cc=12, views="9.7K"),
  ]))

# ---------------------------------------------------------------- 14608 Re: Russia (Atom)
SEEDS.append(dict(
  id="14608", name="14608_rerussia-atom", ext="xml", source="Re: Russia", zone="Europe/Vienna", render=r_rerussia,
  title="Re: Russia \u2014 Reviews and analysis",
  basis="Atom <published> '{s}' (explicit +02:00 offset, CEST); local {d} in {z}",
  notes="Imitates an Atom feed of the English edition of Re: Russia (re-russia.net/en): newest first, <published> with the +02:00 offset of Vienna summer time, an <author> per review, a <category> term, and a short HTML-escaped summary (counted as body paragraphs). All items are analyses of Russian politics and economy in wartime (none off-beat); none is breaking news, so all are importance 2. Authors are invented analysts.",
  not_entries=["feed title/subtitle/links/id/updated", "each entry's <category> term"],
  entries=[
  E("2027-04-16 18:10", "Recruitment without mobilisation: the contract model is reaching its limits",
    ["Monthly sign-ups for military contracts fell for the fourth month in a row in March, even though regional bonuses have almost doubled over the past year.",
     "Our review of regional data suggests that the pool of men willing to fight for money is shrinking, and that the Kremlin will face a choice between even higher payments and a new wave of mobilisation."],
    "other", "politics", 2, "rerussia-contract-recruitment-limits-2027-04", a="Nikolai Ostrovsky", cat="Reviews"),
  E("2027-04-16 15:40", "Sanctions on oil majors push export revenues to a three-year low",
    ["Russia's oil and gas budget revenues fell to 610 billion roubles in March, the lowest monthly figure since early 2024, as US and EU sanctions on the largest oil companies widened discounts on Urals crude.",
     "Buyers in India have reduced purchases, while Chinese refiners are demanding deeper discounts."],
    "diplomacy", "diplomacy", 2, "rerussia-oil-revenue-sanctions-2027-04", a="Anna Brodskaya", cat="Economy"),
  E("2027-04-16 13:20", "The Istanbul format: what each side has actually put on the table",
    ["A comparison of the memoranda the two delegations exchanged in 2025 and 2026 shows that the gap between them has barely narrowed on the main questions: territory, the size of Ukraine's army and security guarantees.",
     "Moscow has moved only on humanitarian issues, which is why prisoner exchanges remain the only tangible result of the talks."],
    "diplomacy", "diplomacy", 2, "rerussia-istanbul-positions-analysis-2027-04", a="Nikolai Ostrovsky", cat="Analysis"),
  E("2027-04-16 11:05", "Polls: fewer than 40% now back continuing the war",
    ["For the first time since 2022, fewer than 40% of respondents in an independent telephone survey said the fighting should continue rather than give way to peace talks.",
     "At the same time, the share of those who would support a withdrawal of Russian troops without achieving the stated goals remains small, at about 12%."],
    "other", "politics", 2, "rerussia-war-support-poll-2027-04", a="Irina Belova", cat="Society"),
  E("2027-04-16 09:30", "Migrants for the defence industry: how plants are filling their shortage",
    ["Defence plants in the Urals and the Volga region have started recruiting workers from Central Asia and North Korea through special quotas, bypassing the usual labour rules.",
     "The government has approved a quota of 160,000 foreign workers for priority industries this year, almost twice last year's level."],
    "other", "politics", 2, "rerussia-defence-industry-migrant-workers-2027-04", a="Anna Brodskaya", cat="Economy"),
  E("2027-04-16 08:15", "Kazakhstan tightens controls on re-export of dual-use goods",
    ["Kazakhstan has introduced licensing for the re-export of 106 categories of dual-use goods, including machine tools and microelectronics, under pressure from the EU and the US.",
     "Trade data show that Kazakhstan has been one of the main routes for Western components reaching Russian arms makers."],
    "diplomacy", "diplomacy", 2, "kazakhstan-dual-use-reexport-controls-2027-04", a="Irina Belova", cat="Economy"),
  ]))

# ---------------------------------------------------------------- 14609 Ostorozhno Novosti (Telegram web preview, text)
SEEDS.append(dict(
  id="14609", name="14609_ostorozhnonovosti-telegram", ext="txt", source="Ostorozhno Novosti", zone="Europe/Moscow", render=r_telegram,
  title=None, parse_args=["--date", "2027-04-19"],
  basis="bare time '{s}' under the post (no date and no year anywhere on the page: the day is given by --date 2027-04-19; no zone printed: Moscow time, the channel's home zone, UTC+3); local {d} in {z}",
  notes="Imitates the Telegram web preview of the Ostorozhno Novosti channel (t.me/s/ostorozhno_novosti), translated into English and copied as text. Oldest first (Telegram order). Each post: the channel name, optional 'Forwarded from ...' line, the text (no headline: headline null, first_sentence from the text), a view counter ('412.7K') and a bare time, sometimes 'edited 14:50'. The page prints no date and no year at all, so parse_args gives the day (2027-04-19); the times are read as Moscow time (the channel's home zone). After the fourth post there is a media post the preview cannot show ('Please open Telegram to view this post', no text, no time): not an entry. Posts have no authors. Two posts are off the war (late snow, metro payments).",
  not_entries=["channel header: name, @handle, subscriber and media counters, description, 'VIEW IN TELEGRAM'",
               "the channel name line repeated at the top of every post", "view counters ('412.7K' etc.) and the 'edited' marker",
               "'Forwarded from Moscow Incidents' line (source of a forwarded post)", "'Photo' / 'Video' media markers",
               "post that the preview cannot show ('Please open Telegram to view this post', 'VIEW IN TELEGRAM', '97.2K')", "'Load more' and the Telegram footer"],
  entries=[
  E("2027-04-19 07:05", None,
    ["Air defences shot down at least 23 drones flying towards Moscow overnight, Sobyanin said. Sheremetyevo, Vnukovo and Zhukovsky airports restricted flights for about three hours; more than 60 flights were delayed.",
     "Residents of Podolsk report a damaged roof of a private house, there is no information about casualties."],
    "strikes", "strikes", 2, "moscow-drone-raid-airports-2027-04-19", views="412.7K", media="Video"),
  OFF("2027-04-19 08:40", None,
    ["Snow is falling in Moscow on 19 April \u2014 the latest snowfall in the capital in twelve years, forecasters say. By the evening, up to 3 centimetres may accumulate, but it will melt by Wednesday."],
    "moscow-late-april-snow-2027", n="weather", views="288.3K", media="Photo"),
  E("2027-04-19 10:15", None,
    ["Two more villages in the Glushkovo district of the Kursk region are being evacuated because of constant shelling and drone attacks, Khinshtein announced. About 300 people will be taken to temporary accommodation centres in Kursk and Lgov."],
    "other", "humanitarian", 2, "kursk-glushkovo-villages-evacuation-2027-04-19", sec=["strikes"], views="201.5K"),
  E("2027-04-19 12:30", None,
    ["Peskov on a new round of talks in Istanbul: the dates have not yet been agreed, contacts continue \u201cthrough several channels\u201d. He called reports that the meeting would take place next week \u201cpremature\u201d."],
    "diplomacy", "diplomacy", 2, "peskov-istanbul-dates-not-agreed-2027-04-19", views="176.0K"),
  E("2027-04-19 14:50", None,
    ["The Moscow District Military Court sentenced two residents of Balashikha to 14 and 15 years for setting fire to a military enlistment office last November. According to investigators, they were recruited through a job advertisement on Telegram."],
    "other", "security", 2, "balashikha-enlistment-office-arson-sentence-2027-04-19", views="154.9K", fwd="Moscow Incidents", edited=True),
  E("2027-04-19 17:20", None,
    ["A drone hit a city bus in Horlivka, killing three people and injuring nine, the Russian-installed head of the city claims. Ukraine did not comment.",
     "According to him, the bus was travelling along its usual route in the Nykytivskyi district."],
    "strikes", "strikes", 3, "horlivka-bus-drone-strike-2027-04-19", views="233.4K", media="Photo"),
  E("2027-04-19 19:45", None,
    ["Ukraine's Coordination Headquarters for the Treatment of Prisoners of War says a new exchange is being prepared and that lists have already been handed over through mediators. The Russian side has not confirmed this."],
    "diplomacy", "diplomacy", 2, "ukraine-new-prisoner-exchange-prepared-2027-04-19", views="168.1K"),
  OFF("2027-04-19 22:10", None,
    ["From 1 June it will be possible to pay for the Moscow metro by face at all stations, the Moscow transport department said. Now Face Pay works at about 90% of turnstiles."],
    "moscow-metro-face-pay-2027", n="city transport", views="119.6K"),
  ]))


# ================================================================ build (main is called at the very end of the file)
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
            basis = S["basis"].format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"],
                                      hd=f"{d.day} {MONTHS[d.month - 1]} {d.year}")
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": basis,
                         "author": e["a"],
                         "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                         "body_paragraphs": len(e["p"]),
                         "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                         "importance": e["imp"], "key_point": e["kp"],
                         "duplicate_of": f"{S['id']}-{e['dup']}" if e["dup"] else None,
                         "story": e["st"], "notes": e["n"]})
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"]}
        if S.get("parse_args"):
            gold["parse_args"] = S["parse_args"]
        gold.update({"notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]})
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        total += len(ents)
        print(f"{fn:44s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


# ================================================================ Part B renderers (invented outlets)

def r_textlive_uk(S):
    """text live blog, newest first: 'Key Points' list, then per post: headline, '21:15 BST' line, body, 'Reporting by NAME'."""
    z = S["zone"]; order(S, True)
    L = [S["source"], "Home | News | World | Ukraine | Politics | Money | Sport | Puzzles", "", "LIVE", S["title"], S["dateline"], "",
         S["lede"], "", "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {S['abbr']}"; stamps.append(st)
        L += [e["h"], st, ""] + paras(e["p"])
        if e["a"]:
            L += [f"Reporting by {e['a']}", ""]
        if i == 2:
            L += ["Get our free Ukraine Briefing newsletter every weekday at 7am", "Sign up", ""]
    L += ["Show earlier posts", "", f"\u00a9 {S['source']} \u00b7 Terms \u00b7 Privacy \u00b7 Corrections"]
    return "\n".join(L) + "\n", stamps


def r_htmllive_ld(S):
    """HTML live blog, oldest first; LiveBlogPosting JSON-LD with per-update datePublished; visible bare '06:50' in <time datetime>;
    author line under the headline."""
    z = S["zone"]; order(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#entry-{i + 101}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="cookies">{esc(S["source"])} uses cookies to understand how the site is used. <button>Accept</button> <button>Manage</button></div>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a href="/war">War</a> <a href="/politics">Politics</a> '
           '<a href="/economy">Economy</a> <a href="/regions">Regions</a> <a href="/donate">Donate</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="summary">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="entry" id="entry-{i + 101}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<footer class="entry-tools"><a>Link to this entry</a></footer></article>')
        if i == 3:
            out.append(f'<aside class="also"><h3>Also read</h3><a href="/explainers/air-defence">{esc(S["also"])}</a></aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 About \u00b7 Editorial code \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """RSS 2.0 feed, newest first: pubDate in GMT or with the outlet's numeric offset; CDATA HTML description; dc:creator when signed."""
    z = S["zone"]; order(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=S["gmt"])}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S["gmt"]); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "world").lower()}/{d:%Y%m%d}-{i + 3071}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{esc(e.get("cat", "World"))}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_article_sections(S):
    """text article, one byline and a dateline with time and zone abbreviation; h2-like section headings = entries, no per-section stamps."""
    L = [S["source"], "Politics   Europe   World   Economy   Culture   Opinion", "", S["kicker"], S["title"], "", S["lede"], "",
         f"By {S['byline']}", S["dateline"], "", "Share \u00b7 Print \u00b7 Listen (6 min)", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + paras(e["p"])
        if i == 0:
            L += [S["caption"], ""]
    L += [f"More on this topic: {S['more']}", "", f"\u00a9 {S['source']} \u00b7 Imprint \u00b7 Privacy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_htmllive_plain(S):
    """HTML live blog, newest first, no JSON-LD; '09:05 CEST' in a span above each h3; byline after the body; gallery teaser."""
    z = S["zone"]; order(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - {esc(S["source"])}</title></head><body>',
           '<div id="gdpr">We value your privacy. <button>Agree</button> <button>More options</button></div>',
           f'<header><b>{esc(S["source"])}</b> <nav><a>Home</a> <a>Poland</a> <a>Europe</a> <a>War in Ukraine</a> <a>Business</a> <a>Sport</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<div class="meta">{esc(S["dateline"])}</div>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {S['abbr']}"; stamps.append(st)
        out.append(f'<section class="post"><span class="post-time">{st}</span><h3>{esc(e["h"])}</h3>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">Gallery (12 photos) \u25b8</div>')
        if e["a"]:
            out.append(f'<p class="post-by">By {esc(e["a"])}</p>')
        out.append('</section>')
        if i == 2:
            out.append('<aside class="ad">ADVERTISEMENT</aside>')
    out += [f'<p class="archive"><a href="/live/ukraine/2027-04-22">{esc(S["prev"])}</a></p></main>',
            f'<footer>{esc(S["source"])} \u00b7 Contact \u00b7 Advertising \u00b7 Privacy policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO with the outlet's offset (Z for UTC); escaped HTML content; optional author."""
    z = S["zone"]; order(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>tag:{S["url"].split("//")[1]},2027:feed</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link rel="alternate" href="{S["url"]}/story/{d:%Y%m%d}{i + 41:03d}"/>',
                f'<id>tag:{S["url"].split("//")[1]},2027:{d:%Y%m%d}{i + 41:03d}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_textlive_us(S):
    """text live blog, oldest first; headline, then '8:05 AM EDT' line; no per-post authors (page byline)."""
    z = S["zone"]; order(S, False)
    L = [S["source"], "U.S.  |  World  |  Politics  |  Business  |  Opinion  |  Sports", "", S["title"], f"By {S['byline']}", S["dateline"], "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{h12(d)} {S['abbr']}"; stamps.append(st)
        L += [e["h"], st, ""] + paras(e["p"])
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Check back for updates.", "", f"{S['source']}  |  Terms of Use  |  Privacy Notice  |  Contact"]
    return "\n".join(L) + "\n", stamps


def r_textlive_noyear(S):
    """text live blog, oldest first; date line with weekday and day but no year; bare '08:20' line before each headline; two-name page byline."""
    z = S["zone"]; order(S, False)
    L = [S["source"].upper(), "News  \u00b7  Front line  \u00b7  Regions  \u00b7  Business  \u00b7  Ideas", "", S["title"], S["dateline"], S["byline"], "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + paras(e["p"])
        if i == 2:
            L += ["Support independent reporting from Ukraine \u2014 become a member", ""]
    L += ["This is the end of today's live coverage.", "", f"{S['source']} \u00b7 About us \u00b7 Contacts \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_htmllive_graph(S):
    """HTML live blog, newest first; JSON-LD @graph with an @type array and no liveBlogUpdate; visible stamp
    'Tue Apr 27 2027 - 19:55' in <time datetime>; signature after the body."""
    z = S["zone"]; order(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    base = S["url"].split("/live")[0]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": base + "/#publisher", "name": S["source"], "url": base + "/"},
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"] + "#live", "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "isPartOf": {"@id": S["url"]},
         "publisher": {"@id": base + "/#publisher"}}]}
    out = ['<!DOCTYPE html>', '<html lang="en-IE"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><span class="mast">{esc(S["source"])}</span> <nav><a>News</a> <a>Ireland</a> <a>World</a> <a>Business</a> <a>Sport</a> <a>Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%a %b %d %Y} - {d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="live-item"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">\u2014 {esc(e["a"])}</p>')
        out.append('</div>')
        if i == 1:
            out.append(f'<div class="promo">Sign up for the {esc(S["source"])} World Digest</div>')
    out += ['</main>', f'<footer>\u00a9 {esc(S["source"])} \u00b7 Contact \u00b7 Privacy \u00b7 Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def B(e, **kw):
    e.update(kw)
    return e


# ================================================================ PART B: three invented multi-source days
# ---------------------------------------------------------------- Day 1: Thursday 22 April 2027
ODESA = "odesa-missile-drone-attack-2027-04-22"
IZMAIL = "izmail-energy-drone-strike-2027-04-22"
IRIST = "germany-iris-t-pledge-2027-04-22"
EUSANC = "eu-23rd-sanctions-package-stalled-2027-04-22"
ODESA_AN = "analysis-russian-attacks-on-odesa-ports"
AN_H = "Analysis: Why Russia keeps returning to Odessa\u2019s docks"
AN_P = ["Thursday\u2019s attack was at least the sixth this month on Odessa and the smaller Danube ports, and the pattern is now familiar: drones first, to wear down the air defences, then missiles aimed at berths and grain terminals.",
        "The ports carry most of Ukraine\u2019s seaborne exports, and every day a terminal stands idle costs exporters and the state budget. Moscow says it hits military boats and fuel stores, but silos and warehouses have been struck again and again.",
        "Odessa is also harder to protect than Kyiv. Missiles fired from the Black Sea or from Crimea reach the city within minutes, which leaves residents very little warning."]

SEEDS.append(dict(
  id="14620", name="14620_dunmerrow-textlive", ext="txt", source="Dunmerrow Evening Post", zone="Europe/London", render=r_textlive_uk, abbr="BST",
  title="Russia-Ukraine war live: Odessa death toll rises after overnight attack", dateline="Thursday 22 April 2027",
  lede="Follow the latest on the war in Ukraine, where a Russian missile and drone attack on Odessa has killed eight people.",
  basis="post stamp '{s}' (British Summer Time = UTC+1) under the page date line 'Thursday 22 April 2027'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. A 'Key Points' list repeats two post headlines (key_point true). Each post: headline, then a '21:15 BST' line, body, and on most posts 'Reporting by NAME' (author). Spells the city 'Odessa'. 18:05 is a 'Watch:' video teaser with no text. 19:50 is a theme piece (analysis of attacks on the ports) that mentions the day's attack but is its own story; on day 2 another outlet re-posts it verbatim (14632-01).",
  not_entries=["masthead and navigation", "'LIVE' label", "page title and date line", "page lede 'Follow the latest ...'", "'Key Points' list (two headlines that are also posts)",
               "'Latest' heading", "'Reporting by NAME' lines (they give the author)", "newsletter sign-up lines after the third post", "'Show earlier posts'", "footer"],
  entries=[
  E("2027-04-22 21:15", "Odessa death toll rises to eight, including a 12-year-old girl",
    ["The number of people killed in Russia\u2019s overnight attack on Odessa has risen to eight after rescuers recovered two more bodies from the collapsed section of an apartment block, the head of the regional administration, Oleh Kiper, said.",
     "A 12-year-old girl is among the dead. Thirty-four people were injured, nine of whom remain in hospital in a serious condition."],
    "strikes", "strikes", 3, ODESA, a="Hannah Coyle", kp=True, n="main event of day 1; toll 8 (spelled Odessa)"),
  E("2027-04-22 19:50", AN_H, AN_P, "strikes", "strikes", 2, ODESA_AN, a="Tom Ashworth",
    n="theme piece (analysis of the attacks on the ports): mentions the Odessa attack but is its own story; must not merge with " + ODESA),
  E("2027-04-22 18:05", "Watch: Rescuers work through the night at the Odessa apartment block", [],
    "strikes", "strikes", 1, ODESA, n="teaser: video only, no text"),
  E("2027-04-22 16:30", "EU ministers fail to agree new sanctions package in Luxembourg",
    ["EU foreign ministers meeting in Luxembourg failed to approve a 23rd package of sanctions against Russia after Slovakia asked for more time to study the measures on Russian liquefied natural gas.",
     "Kaja Kallas, the EU\u2019s foreign policy chief, said she expected agreement \u201cwithin weeks\u201d."],
    "diplomacy", "diplomacy", 3, EUSANC, a="Priya Malhotra"),
  E("2027-04-22 14:10", "Germany pledges two more IRIS-T air defence systems for Ukraine",
    ["Germany will deliver two more IRIS-T SLM air defence systems to Ukraine before the end of the summer, Defence Minister Boris Pistorius said during a visit to the manufacturer\u2019s plant near Lake Constance.",
     "Berlin will also pay for 300 additional missiles for the systems already in Ukraine, he said, calling air defence \u201cthe most urgent need\u201d after the latest Russian attacks on southern cities."],
    "aid", "aid", 3, IRIST, a="Priya Malhotra", kp=True),
  E("2027-04-22 12:25", "Lavrov says Istanbul talks could resume in May",
    ["Russian Foreign Minister Sergei Lavrov said a new round of direct talks with Ukraine in Istanbul could take place \u201cin the second half of May\u201d, provided Kyiv did not set preconditions.",
     "Ukraine\u2019s foreign ministry said it had received no formal proposal."],
    "diplomacy", "diplomacy", 2, "lavrov-istanbul-talks-may-2027-04-22", a="Tom Ashworth"),
  E("2027-04-22 10:40", "Three killed as missiles and drones hit Odessa",
    ["At least three people have been killed and more than 20 injured after Russia attacked the Black Sea port of Odessa with missiles and drones overnight, Ukrainian officials said.",
     "A missile struck a nine-storey apartment block in the Kyivskyi district, while port buildings and a grain terminal were damaged, according to the regional governor."],
    "strikes", "strikes", 3, ODESA, a="Hannah Coyle", n="toll 3"),
  E("2027-04-22 08:15", "Ukraine says sea drones hit Russian landing craft off Crimea",
    ["Ukraine\u2019s navy said its sea drones struck a Russian Serna-class landing craft near the western coast of Crimea overnight. Russia\u2019s defence ministry said it had destroyed five unmanned boats in the Black Sea but did not mention any damage."],
    "strikes", "strikes", 2, "sea-drones-landing-craft-crimea-2027-04-22"),
  ]))

SEEDS.append(dict(
  id="14621", name="14621_keldside-htmllive", ext="html", source="Keldside Herald", zone="Europe/Kyiv", render=r_htmllive_ld,
  title="Russian attack on Odesa: live", url="https://keldsideherald.com.ua/live/2027-04-22-odesa",
  dateline="Thursday 22 April 2027", lede="Our newsroom follows the aftermath of the night attack on Odesa and the rest of the day's news.",
  also="How Ukraine's air defence is layered, and where the gaps are",
  basis="visible bare time '{s}' in <time> (no zone printed: Kyiv time, the outlet's home zone, EEST = UTC+3; the datetime attribute and the JSON-LD datePublished carry +03:00) with the page date line 'Thursday 22 April 2027'; local {d} in {z}",
  notes="Invented outlet (Ukraine). HTML live blog, oldest first, with schema.org LiveBlogPosting JSON-LD whose liveBlogUpdate items carry their own datePublished (+03:00) and authors. Visible times are bare '06:50' in <time datetime>; no zone is printed (Kyiv time). Author under the headline when signed. Spells the city 'Odesa'. The 15:05 post repeats the 09:40 IRIS-T post almost word for word (duplicate_of 14621-03). The 07:25 Izmail energy strike is the same night and region as the Odesa attack but another strike (must not merge). Kallas's reaction (18:20) is about the attack itself and shares its story.",
  not_entries=["cookie banner", "logo and navigation", "h1 (page title) and date line", "summary paragraph under the title (page lede)", "'Link to this entry' under each post",
               "'Also read' box with a link to an air-defence explainer", "footer"],
  entries=[
  E("2027-04-22 06:50", "Odesa under combined missile and drone attack, at least one dead",
    ["Explosions rang out across Odesa for more than an hour before dawn as Russia launched drones and missiles at the city, the regional military administration said.",
     "At least one person was killed and eleven injured. Fires broke out in the port area and in a residential high-rise in the Kyivskyi district."],
    "strikes", "strikes", 3, ODESA, a="Marta Ilnytska", n="toll 1 (spelled Odesa)"),
  E("2027-04-22 07:25", "Drones hit energy facility in Izmail district",
    ["Russian drones struck an energy facility in the Izmail district of the Odesa region during the same night, leaving about 20,000 households on the Danube without power, the regional energy company said. No one was hurt."],
    "strikes", "strikes", 2, IZMAIL, n="same region and night as the Odesa city attack but another strike: must not merge with " + ODESA),
  E("2027-04-22 09:40", "Germany to send two more IRIS-T systems, Pistorius says",
    ["German Defence Minister Boris Pistorius announced that two additional IRIS-T SLM systems would arrive in Ukraine by the end of summer, along with 300 missiles for the batteries already deployed."],
    "aid", "aid", 3, IRIST, a="Andriy Savchuk"),
  E("2027-04-22 13:30", "Russia claims capture of Stupochky near Kostiantynivka",
    ["Russia\u2019s defence ministry said its troops had captured the village of Stupochky south-east of Kostiantynivka. Ukraine\u2019s military said fighting for the village was continuing and called the claim false."],
    "other", "frontline", 2, "russia-claims-stupochky-2027-04-22"),
  E("2027-04-22 14:15", "Odesa death toll rises to six",
    ["Rescuers pulled three more bodies from the rubble of the high-rise in the Kyivskyi district, bringing the number of people killed in Odesa to six, regional governor Oleh Kiper said.",
     "The search is continuing on the upper floors, where several residents are believed to be trapped."],
    "strikes", "strikes", 3, ODESA, a="Marta Ilnytska", n="toll 6"),
  E("2027-04-22 15:05", "Germany to send two more IRIS-T systems, Pistorius says",
    ["German Defence Minister Boris Pistorius announced that two additional IRIS-T SLM systems would arrive in Ukraine by the end of the summer, along with 300 missiles for the batteries already deployed."],
    "aid", "aid", 1, IRIST, a="Andriy Savchuk", dup="03", n="near-verbatim repeat of 14621-03 (one word added)"),
  E("2027-04-22 18:20", "Kallas: Odesa strike shows Moscow is \u2018not interested in peace\u2019",
    ["EU foreign policy chief Kaja Kallas said the attack on Odesa showed that Russia was \u201cnot interested in peace\u201d and urged member states to send more air defence to Ukraine\u2019s south."],
    "strikes", "strikes", 3, ODESA, a="Andriy Savchuk", sec=["diplomacy"], n="reaction whose content is the attack: same story as the attack"),
  ]))

SEEDS.append(dict(
  id="14622", name="14622_calverstone-worldrss", ext="xml", source="Calverstone World Service", zone="UTC", render=r_rss, gmt=True,
  title="Calverstone World Service \u2014 World", url="https://calverstone.news", lede="Top world stories from Calverstone World Service",
  basis="RSS pubDate '{s}' (GMT); local {d} in {z}",
  notes="Invented outlet. General world RSS 2.0 feed, newest first, pubDate in GMT, HTML description in CDATA, no authors. The war is a minority: 2 of 6 items (Odesa toll, German IRIS-T pledge); the other four (ferry fire, UK inflation, Everest permits, Tokyo shares) are off-beat.",
  not_entries=["channel title/link/description/lastBuildDate", "each item's <category>"],
  entries=[
  E("2027-04-22 20:40", "Death toll in Russian strike on Odesa climbs to eight",
    ["Eight people, including a child, were killed when Russian missiles and drones struck the Ukrainian port city of Odesa overnight, local authorities said on Thursday evening.",
     "More than 30 people were injured. The attack damaged an apartment building, port facilities and a grain terminal."],
    "strikes", "strikes", 3, ODESA, n="toll 8"),
  OFF("2027-04-22 18:10", "Dozens rescued as fire engulfs ferry off Mindoro",
    ["Philippine coast guard vessels rescued 112 passengers and crew after a fire broke out on an inter-island ferry off the coast of Mindoro. Four people are missing."],
    "mindoro-ferry-fire-2027-04-22", n="Philippines ferry fire", cat="Asia"),
  OFF("2027-04-22 15:30", "UK inflation slows to 2.6%",
    ["Consumer price inflation in the United Kingdom eased to 2.6% in March from 2.9% a month earlier, the Office for National Statistics said, helped by lower fuel prices and airfares."],
    "uk-inflation-march-2027", n="UK economy", cat="Business"),
  E("2027-04-22 12:05", "Germany promises Ukraine two more IRIS-T air defence systems",
    ["Germany will supply Ukraine with two more IRIS-T air defence systems and 300 interceptor missiles, Defence Minister Boris Pistorius said on Thursday."],
    "aid", "aid", 3, IRIST),
  OFF("2027-04-22 09:45", "Nepal issues record number of Everest permits",
    ["Nepal has issued 496 permits to climb Mount Everest this spring, the most ever, raising fresh concerns about crowding near the summit."],
    "everest-permits-record-2027", n="mountaineering", cat="Asia"),
  OFF("2027-04-22 07:20", "Tokyo shares hit record as yen slides",
    ["Japan\u2019s Nikkei index closed at a record high on Thursday as a weaker yen lifted the shares of exporters."],
    "nikkei-record-2027-04-22", n="markets", cat="Business"),
  ]))

SEEDS.append(dict(
  id="14623", name="14623_lintonvale-article", ext="txt", source="Lintonvale Review", zone="Europe/Berlin", render=r_article_sections,
  kicker="Ukraine", title="A night of fire in Odessa, a promise from Berlin", lede="What Thursday brought in Russia\u2019s war against Ukraine.",
  byline="Felix Marhold", dateline="22 April 2027, 16:20 CEST",
  caption="Rescue workers at the damaged apartment block in Odessa. Photo: Lintonvale Review/agency",
  more="Why Slovakia keeps stalling the sanctions",
  basis="no per-section stamp; the article dateline '22 April 2027, 16:20 CEST' (UTC+2) applies to every section; local {d} in {z}",
  notes="Invented outlet (Germany). Text article with one byline and a dateline with time and zone; three section headings, each one entry (stamp null, published = the dateline, author = the byline). Spells the city 'Odessa'; toll six at the time of writing.",
  not_entries=["masthead and navigation", "kicker 'Ukraine'", "title and standfirst", "byline and dateline lines", "'Share \u00b7 Print \u00b7 Listen' line",
               "photo caption after the first section", "'More on this topic' link", "footer"],
  entries=[
  E("2027-04-22 16:20", "Odessa counts its dead",
    ["By Thursday afternoon the authorities in Odessa were reporting six dead and more than 30 injured after a night of Russian missile and drone strikes on the city.",
     "Most of the victims lived in a high-rise in the Kyivskyi district that took a direct hit shortly before five in the morning. The port, which Russia targets regularly, was hit as well."],
    "strikes", "strikes", 3, ODESA, a="Felix Marhold", n="toll 6 (spelled Odessa)"),
  E("2027-04-22 16:20", "Berlin\u2019s air-defence promise",
    ["Defence Minister Boris Pistorius used a visit to the IRIS-T production line to announce two more systems for Ukraine, together with 300 missiles.",
     "Officials in Kyiv welcomed the pledge but pointed out that not all of the systems promised last autumn have arrived yet."],
    "aid", "aid", 3, IRIST, a="Felix Marhold"),
  E("2027-04-22 16:20", "No deal in Luxembourg",
    ["At the foreign ministers\u2019 meeting in Luxembourg, Slovakia held up the EU\u2019s 23rd sanctions package, which would tighten restrictions on Russian liquefied natural gas.",
     "Diplomats expect a compromise before the next summit of EU leaders."],
    "diplomacy", "diplomacy", 3, EUSANC, a="Felix Marhold"),
  ]))

# ---------------------------------------------------------------- Day 2: Friday 23 April 2027 (day 1 + 1)
MYK = "mykolaiv-ballistic-missile-strike-2027-04-23"
TALKS2 = "zelensky-erdogan-leaders-meeting-offer-2027-04-23"
QA = "qa-ballistic-missile-warning-time"
NL = "netherlands-ukrainian-drone-funding-2027-04-23"

SEEDS.append(dict(
  id="14630", name="14630_oxcombe-htmllive", ext="html", source="Oxcombe Standard", zone="Europe/Warsaw", render=r_htmllive_plain, abbr="CEST",
  title="War in Ukraine, live: missile strike on Mykolaiv", dateline="Friday, 23 April 2027",
  lede="Live coverage of Russia's war against Ukraine from our Warsaw newsroom.", prev="Thursday's live coverage",
  basis="post stamp '{s}' (Central European Summer Time = UTC+2) with the page date line 'Friday, 23 April 2027'; local {d} in {z}",
  notes="Invented outlet (Poland). HTML live blog without JSON-LD, newest first. Each post: a span '20:10 CEST', h3 headline, body, 'By NAME' when signed. The 15:00 post is a 'Photos:' gallery teaser with no text. Continues day 1's Odesa story with a new development (toll 9, day of mourning). The Polish-jets item is a separate security story, not part of the Mykolaiv strike.",
  not_entries=["GDPR consent bar", "masthead and navigation", "h1 (page title) and date line", "intro paragraph (page lede)", "'Gallery (12 photos)' widget in the teaser post",
               "'By NAME' lines (they give the author)", "'ADVERTISEMENT' slot after the third post", "link to Thursday's live coverage", "footer"],
  entries=[
  E("2027-04-23 20:10", "Mykolaiv toll rises to five as body found in workshop",
    ["The number of people killed by Friday morning\u2019s missile strike on Mykolaiv has risen to five after rescuers found the body of a worker in a destroyed repair workshop, the city\u2019s mayor, Oleksandr Senkevych, said.",
     "Twenty-two people were injured."],
    "strikes", "strikes", 3, MYK, a="Katarzyna Wilk", n="main event of day 2; toll 5"),
  E("2027-04-23 17:35", "Zelensky and Erdogan discuss hosting a leaders\u2019 meeting in Turkey",
    ["Volodymyr Zelensky said he had asked Recep Tayyip Erdogan to prepare a possible meeting with Vladimir Putin in Turkey, after the two presidents spoke by phone on Friday.",
     "Erdogan\u2019s office said Turkey was ready to host \u201cany meeting at any level\u201d that could bring the war closer to an end."],
    "diplomacy", "diplomacy", 3, TALKS2, a="Piotr Nowacki"),
  E("2027-04-23 15:00", "Photos: Mykolaiv\u2019s shipyard district after the missile strike", [],
    "strikes", "strikes", 1, MYK, n="teaser: photo gallery only, no text"),
  E("2027-04-23 12:20", "Odesa holds day of mourning as toll reaches nine",
    ["Flags flew at half mast in Odesa on Friday as the city mourned the victims of Thursday\u2019s Russian attack. A woman who had been pulled from the rubble died in hospital overnight, bringing the death toll to nine.",
     "Funerals for the first victims are due to take place on Saturday."],
    "strikes", "strikes", 3, ODESA, a="Katarzyna Wilk", n="continuation of the day-1 story with a new development (toll 9, day of mourning)"),
  E("2027-04-23 10:45", "Polish jets scrambled as Russia strikes western Ukraine",
    ["Poland\u2019s operational command said it scrambled fighter jets and put ground-based air defences on high alert early on Friday as Russia launched missiles at targets in western Ukraine. No violation of Polish airspace was recorded."],
    "other", "security", 2, "poland-scrambles-jets-2027-04-23", n="Polish precaution during another Russian strike; must not merge with " + MYK),
  E("2027-04-23 09:05", "Ballistic missiles hit Mykolaiv, killing at least two",
    ["Russia fired ballistic missiles at Mykolaiv on Friday morning, killing at least two people and injuring 15, regional governor Vitaliy Kim said.",
     "The strike hit an industrial area near the city\u2019s shipyards and damaged nearby apartment buildings."],
    "strikes", "strikes", 3, MYK, a="Piotr Nowacki", n="toll 2"),
  ]))

SEEDS.append(dict(
  id="14631", name="14631_merriton-atom", ext="xml", source="Merriton Dispatch", zone="Europe/Kyiv", render=r_atom,
  title="Merriton Dispatch: Ukraine", url="https://merritondispatch.com", lede="News from Ukraine by Merriton Dispatch correspondents",
  basis="Atom <published> '{s}' (explicit +03:00 offset, Kyiv summer time); local {d} in {z}",
  notes="Invented outlet. Atom feed, newest first, <published> with +03:00, escaped HTML content, <author> on signed items. Spells the city 'Mykolayiv'. Russia's claim about the Mykolayiv strike (21:30) is a reaction about the attack itself and shares its story. The Bashtanka farm drone strike (same region) and the Kherson market shelling (another deadly strike) are separate stories that must not be merged with it.",
  not_entries=["feed title/subtitle/links/id/updated"],
  entries=[
  E("2027-04-23 21:30", "Mykolayiv strike: Russia says it hit a naval drone workshop",
    ["Russia\u2019s defence ministry said its Iskander missiles had struck a workshop in Mykolayiv where Ukraine assembled unmanned boats, and that \u201call targets were hit\u201d.",
     "Ukrainian officials said the missiles landed in a civilian industrial zone and that the dead were workers and passers-by."],
    "strikes", "strikes", 3, MYK, a="Dmytro Hrebeniuk", n="Russian claim about the same strike (spelled Mykolayiv)"),
  E("2027-04-23 18:00", "Zelensky asks Erdogan to arrange a meeting with Putin",
    ["President Volodymyr Zelensky asked his Turkish counterpart to help arrange a face-to-face meeting with Vladimir Putin, saying that only the leaders could settle the questions that had stalled the talks in Istanbul."],
    "diplomacy", "diplomacy", 3, TALKS2, a="Olena Moroz"),
  E("2027-04-23 14:40", "One killed as shelling hits Kherson market",
    ["Russian shelling hit a market in Kherson\u2019s Korabelnyi district around midday, killing a 64-year-old man and wounding three women, the regional administration said."],
    "strikes", "strikes", 3, "kherson-market-shelling-2027-04-23", n="another deadly strike the same day: must not merge with " + MYK),
  E("2027-04-23 12:15", "Drone strike kills livestock at farm in Mykolayiv region",
    ["A Russian drone hit a livestock farm in the Bashtanka district of the Mykolayiv region overnight, killing about 200 pigs and destroying a barn, governor Vitaliy Kim said. No people were hurt."],
    "strikes", "strikes", 2, "bashtanka-farm-drone-strike-2027-04-23", n="same region, other strike (overnight drone on a farm): must not merge with " + MYK),
  E("2027-04-23 10:50", "Mykolayiv: four dead as ballistic missiles strike shipyard district",
    ["Four people were killed and at least 18 injured when Russian ballistic missiles struck the shipyard district of Mykolayiv on Friday morning, the regional governor said.",
     "Two of the missiles were shot down, according to Ukraine\u2019s air force."],
    "strikes", "strikes", 3, MYK, a="Dmytro Hrebeniuk", n="toll 4"),
  ]))

HOBBES_BY = "Sam Okafor and Lena Brandt"
SEEDS.append(dict(
  id="14632", name="14632_hobbesford-textlive", ext="txt", source="Hobbesford Gazette", zone="America/New_York", render=r_textlive_us, abbr="EDT",
  title="Russia-Ukraine war: Live updates", byline=HOBBES_BY, dateline="Updated April 23, 2027",
  lede="The latest developments in Russia's war in Ukraine, updated throughout the day.",
  basis="post stamp '{s}' (US Eastern Daylight Time = UTC-4) with the page line 'Updated April 23, 2027'; local {d} in {z}",
  notes="Invented outlet (US). Text live blog, oldest first; each post: headline, then a 12-hour stamp '8:40 AM EDT', then the body; no per-post bylines, so every entry takes the page byline 'Sam Okafor and Lena Brandt' (kept as one string). The first post re-publishes day 1's analysis from 14620 verbatim (same headline and text): importance 1, same story, duplicate_of null because the original is on another page. The Q&A on missile warning times is a theme piece that mentions Friday's strike but is its own story. The 3:20 PM post repeats the 12:30 PM Dutch funding post almost word for word (duplicate_of 14632-05). Zelensky's Patriot plea is an appeal (aid), a separate story from the strike it cites. Spells the cities 'Nikolaev' and 'Odessa'.",
  not_entries=["masthead and navigation", "page title, byline line and 'Updated April 23, 2027' line", "page lede", "'Advertisement' after the fourth post",
               "'Check back for updates.'", "footer"],
  entries=[
  E("2027-04-23 06:10", AN_H, AN_P, "strikes", "strikes", 1, ODESA_AN, a=HOBBES_BY,
    n="re-post of day-1 entry 14620-02 (syndicated analysis, same headline and text); importance 1"),
  E("2027-04-23 07:05", "Death toll in Nikolaev missile strike rises to four",
    ["Four people are now confirmed dead after Russian ballistic missiles slammed into an industrial area of the southern Ukrainian city of Nikolaev, also spelled Mykolaiv, local officials said.",
     "The city, a shipbuilding center near the Black Sea, has been a frequent target since the first weeks of the full-scale invasion."],
    "strikes", "strikes", 3, MYK, a=HOBBES_BY, n="toll 4 (spelled Nikolaev)"),
  E("2027-04-23 08:40", "Q&A: How much warning do Ukrainians get before a ballistic missile hits?",
    ["Friday\u2019s strike on Nikolaev was a reminder of how little time residents have once a ballistic missile is launched.",
     "An Iskander fired from occupied territory can reach a city in southern Ukraine in two to three minutes. Ukraine\u2019s air force issues alerts based on radar data and intelligence, but by the time a phone app sounds, the missile may already be coming down.",
     "Only Patriot batteries and a few other Western-supplied systems can reliably intercept such missiles, and Ukraine has too few of them to cover every city."],
    "strikes", "strikes", 2, QA, a=HOBBES_BY, n="theme piece (explainer on warning times): mentions the Nikolaev strike but is its own story; must not merge with " + MYK),
  E("2027-04-23 10:15", "Odessa mourns as death toll reaches nine",
    ["A ninth victim of Thursday\u2019s Russian attack on Odessa, a 71-year-old woman, died in a hospital overnight, city officials said, as the port city observed an official day of mourning."],
    "strikes", "strikes", 3, ODESA, a=HOBBES_BY, n="continuation of the day-1 story with a new development (toll 9)"),
  E("2027-04-23 12:30", "Netherlands to fund \u20ac400 million in Ukrainian drone production",
    ["The Dutch government said it would spend 400 million euros on drones made in Ukraine, including interceptor drones designed to bring down Russian Shaheds.",
     "The money comes on top of the 3.5 billion euros the Netherlands has already set aside for Ukraine this year."],
    "aid", "aid", 3, NL, a=HOBBES_BY),
  E("2027-04-23 15:20", "Netherlands to fund \u20ac400 million in Ukrainian drone production",
    ["The Dutch government said Friday it would spend 400 million euros on drones made in Ukraine, including interceptor drones designed to bring down Russian Shaheds.",
     "The money comes on top of the 3.5 billion euros the Netherlands has already set aside for Ukraine this year."],
    "aid", "aid", 1, NL, a=HOBBES_BY, dup="05", n="near-verbatim repeat of 14632-05 ('Friday' added)"),
  E("2027-04-23 17:50", "Zelensky renews plea for Patriot missiles after Nikolaev attack",
    ["President Volodymyr Zelensky said Ukraine urgently needed more Patriot interceptors, arguing that Friday\u2019s strike on Nikolaev could have been stopped if the city had a battery of its own.",
     "He said he had raised the request with Washington and with the European governments that operate the system."],
    "aid", "aid", 2, "zelensky-patriot-appeal-2027-04-23", a=HOBBES_BY, sec=["strikes"],
    n="appeal for air defence: same theme, separate story from the strike it cites; must not merge with " + MYK),
  ]))

SEEDS.append(dict(
  id="14633", name="14633_tirrington-worldrss", ext="xml", source="Tirrington World Report", zone="America/Toronto", render=r_rss, gmt=False,
  title="Tirrington World Report \u2014 International", url="https://tirringtonreport.ca", lede="International news from the Tirrington World Report",
  basis="RSS pubDate '{s}' (explicit -0400 offset, Eastern Daylight Time); local {d} in {z}",
  notes="Invented outlet (Canada). General world RSS feed, newest first, pubDate with -0400, no authors. The war is a minority: 2 of 6 items (Mykolaiv toll, Erdogan's offer); four off-beat items (Alberta wildfire, Toronto transit, maple syrup, Indian monsoon).",
  not_entries=["channel title/link/description/lastBuildDate", "each item's <category>"],
  entries=[
  E("2027-04-23 19:30", "Mykolaiv strike toll reaches five",
    ["The death toll from a Russian missile attack on the Ukrainian city of Mykolaiv has risen to five, the city\u2019s mayor said Friday."],
    "strikes", "strikes", 3, MYK, n="toll 5"),
  OFF("2027-04-23 16:05", "Alberta issues first wildfire evacuation order of the season",
    ["Residents of a hamlet in northern Alberta were ordered to leave their homes as an early-season wildfire spread through dry forest, provincial officials said."],
    "alberta-wildfire-evacuation-2027-04-23", n="Canadian wildfire", cat="Canada"),
  OFF("2027-04-23 13:40", "Toronto transit strike averted after late-night deal",
    ["Toronto\u2019s transit workers reached a tentative agreement with the city\u2019s transit agency hours before a planned strike, keeping subways and streetcars running."],
    "toronto-transit-deal-2027-04-23", n="labour dispute", cat="Canada"),
  E("2027-04-23 11:20", "Erdogan offers to host Zelensky-Putin meeting",
    ["Turkish President Recep Tayyip Erdogan told Volodymyr Zelensky that Turkey was ready to host a meeting between the Ukrainian and Russian leaders, Erdogan\u2019s office said after a phone call on Friday."],
    "diplomacy", "diplomacy", 3, TALKS2),
  OFF("2027-04-23 09:00", "Quebec maple syrup producers report record harvest",
    ["Quebec\u2019s maple syrup producers expect a record harvest after a long cold spell followed by mild days kept the sap flowing for weeks."],
    "quebec-maple-syrup-record-2027", n="agriculture", cat="Canada"),
  OFF("2027-04-23 06:45", "India forecasts above-normal monsoon rains",
    ["India\u2019s weather office forecast above-normal monsoon rainfall this year, a boost for farmers and for the rural economy."],
    "india-monsoon-forecast-2027", n="weather", cat="Asia"),
  ]))

# ---------------------------------------------------------------- Day 3: Tuesday 27 April 2027 (separate day)
EXCH = "uae-mediated-prisoner-exchange-390-2027-04-27"
SUMY = "sumy-trolleybus-drone-strike-2027-04-27"
BODIES = "repatriation-of-1000-bodies-2027-04-27"
SWAP_AN = "analysis-why-prisoner-swaps-continue"

SEEDS.append(dict(
  id="14640", name="14640_halsworthy-worldatom", ext="xml", source="Halsworthy Times", zone="UTC", render=r_atom,
  title="Halsworthy Times \u2014 World", url="https://halsworthytimes.co.uk", lede="World news from the Halsworthy Times",
  basis="Atom <published> '{s}' (UTC, 'Z'); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, <published> in UTC with 'Z'. The war is a minority: 2 of 6 entries (the prisoner exchange, the Sumy trolleybus strike); four off-beat items (Spanish rent law, Kenyan floods, Airbus deliveries, New Zealand rates).",
  not_entries=["feed title/subtitle/links/id/updated"],
  entries=[
  E("2027-04-27 18:05", "Russia and Ukraine swap 390 prisoners each in UAE-brokered deal",
    ["Russia and Ukraine each released 390 prisoners on Tuesday in an exchange mediated by the United Arab Emirates, officials on both sides said.",
     "Ukraine said the group included 12 civilians detained in occupied areas, while Russia said some of those returned were residents of the Kursk region."],
    "diplomacy", "diplomacy", 3, EXCH, a="Ruth Calder", n="main event of day 3: 390 for 390"),
  OFF("2027-04-27 16:30", "Spanish parliament passes rent cap law",
    ["Spain\u2019s lower house approved a law capping rent increases in areas with high housing pressure, after months of protests over the cost of living in Madrid and Barcelona."],
    "spain-rent-cap-law-2027-04-27", n="Spanish housing"),
  OFF("2027-04-27 13:15", "Floods displace thousands in western Kenya",
    ["Heavy rain has forced more than 8,000 people from their homes in western Kenya as rivers burst their banks, the Kenya Red Cross said."],
    "kenya-floods-2027-04-27", n="floods"),
  OFF("2027-04-27 11:00", "Airbus lifts delivery goal as supply snags ease",
    ["Airbus raised its delivery target for the year, saying shortages of engines and cabin parts that had slowed production were easing."],
    "airbus-delivery-target-2027-04-27", n="aviation industry"),
  E("2027-04-27 08:40", "Three killed as drone hits trolleybus in Sumy",
    ["A Russian drone struck a trolleybus in the north-eastern Ukrainian city of Sumy during the morning rush hour, killing three passengers, regional officials said."],
    "strikes", "strikes", 3, SUMY),
  OFF("2027-04-27 06:10", "New Zealand central bank keeps rates on hold",
    ["The Reserve Bank of New Zealand left its official cash rate unchanged, saying inflation was back inside its target band."],
    "rbnz-rates-hold-2027-04-27", n="central bank"),
  ]))

BYRNE_BY = "By Iryna Vdovenko and Callum Reid"
SEEDS.append(dict(
  id="14641", name="14641_byrnecastle-textlive", ext="txt", source="Byrnecastle Courier", zone="Europe/Kyiv", render=r_textlive_noyear,
  title="Ukraine live: prisoners come home", dateline="Tuesday 27 April", byline=BYRNE_BY, parse_args=["--date", "2027-04-27"],
  lede="Our reporters in Kyiv and Sumy follow the day's events as they happen.",
  basis="bare time '{s}' under the page date line 'Tuesday 27 April' (no year printed anywhere: the year comes from --date 2027-04-27; no zone printed: Kyiv time, the outlet's home zone, EEST = UTC+3); local {d} in {z}",
  notes="Invented outlet (Ukraine). Text live blog, oldest first; bare '08:20' line before each headline; date line 'Tuesday 27 April' with no year anywhere on the page (parse_args gives 2027-04-27); no zone printed (Kyiv time). Page byline 'By Iryna Vdovenko and Callum Reid' (author = 'Iryna Vdovenko and Callum Reid' for every entry). 14:10 is a 'Video:' teaser with no text. 15:30 is a theme piece on prisoner swaps that mentions the day's exchange but is its own story. 19:20 repeats the 13:40 exchange post almost word for word (duplicate_of 14641-03). The repatriation of bodies (17:45) is a separate event from the exchange, and the Kharkiv glide bomb (10:05) a separate strike from Sumy: must not merge.",
  not_entries=["masthead and navigation", "page title, date line and byline line", "page lede", "membership appeal after the third post",
               "'This is the end of today's live coverage.'", "footer"],
  entries=[
  E("2027-04-27 08:20", "Drone hits trolleybus in Sumy, killing three",
    ["A Russian drone hit a trolleybus on Kharkivska Street in Sumy at the height of the morning rush hour, killing three passengers and injuring 14, the head of the regional military administration said.",
     "Most of the injured were taken to the city\u2019s main hospital; two are in a serious condition."],
    "strikes", "strikes", 3, SUMY, a="Iryna Vdovenko and Callum Reid"),
  E("2027-04-27 10:05", "Glide bomb wounds 11 in Kharkiv",
    ["A Russian guided bomb hit a warehouse in Kharkiv\u2019s Kholodnohirskyi district, injuring 11 people, Mayor Ihor Terekhov said. Windows were blown out in the surrounding houses."],
    "strikes", "strikes", 2, "kharkiv-glide-bomb-warehouse-2027-04-27", a="Iryna Vdovenko and Callum Reid",
    n="another strike the same morning: must not merge with " + SUMY),
  E("2027-04-27 13:40", "Hundreds of Ukrainian prisoners come home in new exchange",
    ["Hundreds of Ukrainian soldiers and civilians returned home on Tuesday in a new exchange of prisoners with Russia, President Volodymyr Zelensky said, thanking the United Arab Emirates for its mediation.",
     "Many of those freed had been held since the first year of the full-scale invasion, he said."],
    "diplomacy", "diplomacy", 3, EXCH, a="Iryna Vdovenko and Callum Reid", n="early report: 'hundreds'"),
  E("2027-04-27 14:10", "Video: Freed soldiers wrapped in flags at the border", [],
    "diplomacy", "diplomacy", 1, EXCH, a="Iryna Vdovenko and Callum Reid", n="teaser: video only, no text"),
  E("2027-04-27 15:30", "Analysis: Why swaps keep happening when the talks stall",
    ["Tuesday\u2019s exchange was the largest since the winter, and it came at a moment when the political talks are going nowhere.",
     "Exchanges of prisoners and of the bodies of the dead are the one part of the negotiations where both sides get something they can show at home. Families of captured soldiers keep up constant pressure on Kyiv, and the Kremlin uses each swap to present itself as open to dialogue.",
     "Mediators such as the UAE and Turkey have built channels that keep working even when the delegations are not meeting."],
    "diplomacy", "diplomacy", 2, SWAP_AN, a="Iryna Vdovenko and Callum Reid",
    n="theme piece (analysis of prisoner swaps): mentions the day's exchange but is its own story; must not merge with " + EXCH),
  E("2027-04-27 17:45", "Ukraine receives bodies of 1,000 fallen soldiers",
    ["Ukraine received the bodies of 1,000 people that Russia says are Ukrainian soldiers, the coordination headquarters for prisoners of war said. Russia received the remains of 38 of its servicemen.",
     "Forensic experts will now work to identify the dead."],
    "other", "humanitarian", 3, BODIES, a="Iryna Vdovenko and Callum Reid", sec=["diplomacy"],
    n="same theme, another event (repatriation of bodies): must not merge with " + EXCH),
  E("2027-04-27 19:20", "Hundreds of Ukrainian prisoners come home in new exchange",
    ["Hundreds of Ukrainian soldiers and civilians returned home on Tuesday in a new exchange of prisoners with Russia, President Volodymyr Zelensky said, thanking the UAE for its mediation.",
     "Many of those freed had been held since the first year of the full-scale invasion, he said."],
    "diplomacy", "diplomacy", 1, EXCH, a="Iryna Vdovenko and Callum Reid", dup="03", n="near-verbatim repeat of 14641-03 ('UAE' for 'United Arab Emirates')"),
  ]))

SEEDS.append(dict(
  id="14642", name="14642_ardlowe-rss", ext="xml", source="Ardlowe Wire", zone="Europe/Helsinki", render=r_rss, gmt=False,
  title="Ardlowe Wire \u2014 Ukraine and Russia", url="https://ardlowewire.fi", lede="Wire reports on the war in Ukraine from Ardlowe Wire",
  basis="RSS pubDate '{s}' (explicit +0300 offset, Helsinki summer time); local {d} in {z}",
  notes="Invented outlet (Finland). RSS 2.0 wire feed, newest first, pubDate with +0300, dc:creator on signed items, CDATA description. Moskalkova's statement (22:15) is a detail of the same exchange and shares its story; the repatriation of bodies is a separate event.",
  not_entries=["channel title/link/description/lastBuildDate", "each item's <category>"],
  entries=[
  E("2027-04-27 22:15", "Moskalkova says exchange included Kursk civilians",
    ["Russia\u2019s human rights commissioner Tatyana Moskalkova said the Russians returned in Tuesday\u2019s exchange included 22 civilians from the Kursk region who had been taken to Ukraine in 2024."],
    "diplomacy", "diplomacy", 3, EXCH, a="Aino Lehtola", n="Russian detail about the same exchange"),
  E("2027-04-27 20:40", "Ukraine gets back remains of 1,000 soldiers in repatriation",
    ["Ukraine received 1,000 bodies in a repatriation carried out separately from the prisoner exchange, Kyiv said, while 38 bodies were handed over to Russia."],
    "other", "humanitarian", 3, BODIES, a="Aino Lehtola", sec=["diplomacy"], n="same theme, another event: must not merge with " + EXCH),
  E("2027-04-27 17:20", "Russia, Ukraine each free 390 POWs in UAE-mediated swap",
    ["Russia and Ukraine exchanged 390 prisoners of war each on Tuesday, Russia\u2019s defence ministry said, adding that the released Russian servicemen were in Belarus and would be flown to Moscow for medical checks."],
    "diplomacy", "diplomacy", 3, EXCH, a="Jari Vesterinen"),
  E("2027-04-27 14:05", "Rubio and Lavrov discuss \u2018next steps\u2019 by phone",
    ["US Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov discussed \u201cnext steps\u201d towards ending the war in a phone call, the State Department said. Moscow said the ministers agreed to stay in touch."],
    "diplomacy", "diplomacy", 3, "rubio-lavrov-call-2027-04-27", a="Jari Vesterinen"),
  E("2027-04-27 11:30", "Sumy trolleybus strike: three dead, 14 injured",
    ["Three people were killed and 14 injured when a Russian drone hit a crowded trolleybus in Sumy, Ukrainian authorities said."],
    "strikes", "strikes", 3, SUMY, a="Jari Vesterinen"),
  E("2027-04-27 09:10", "Japan to lend Ukraine $3 billion backed by Russian asset profits",
    ["Japan will lend Ukraine about $3 billion to be repaid from the profits of frozen Russian assets, the finance ministry in Tokyo said."],
    "aid", "aid", 3, "japan-loan-russian-assets-2027-04-27", a="Aino Lehtola"),
  ]))

SEEDS.append(dict(
  id="14643", name="14643_wenmouth-htmllive", ext="html", source="Wenmouth Journal", zone="Europe/Dublin", render=r_htmllive_graph,
  title="Ukraine war latest: 390 prisoners freed by each side", url="https://wenmouthjournal.ie/live/ukraine-2027-04-27",
  lede="Live updates on the war in Ukraine from the Wenmouth Journal foreign desk.",
  basis="stamp '{s}' in <time> (Irish time, no zone printed: IST = UTC+1 in summer; the datetime attribute carries +01:00); local {d} in {z}",
  notes="Invented outlet (Ireland). HTML live blog, newest first. JSON-LD is an @graph whose live node has @type ['NewsArticle','LiveBlogPosting'] and no liveBlogUpdate (page times only). Each post: <time> 'Tue Apr 27 2027 - 19:55' (Irish time, no zone printed), h3 headline, body, signature '\u2014 NAME'. Spells the city 'Sumi'. Peskov's remark on a leaders' meeting is a separate diplomacy story.",
  not_entries=["masthead and navigation", "h1 (page title)", "standfirst (page lede)", "signature lines '\u2014 NAME' (they give the author)", "newsletter promo after the second post", "footer"],
  entries=[
  E("2027-04-27 19:55", "Swap frees 390 from each side; Zelensky thanks UAE",
    ["The exchange of 390 prisoners from each side was completed at the Belarusian-Ukrainian border on Tuesday afternoon, with President Volodymyr Zelensky publishing photographs of the returning men and women.",
     "\u201cEvery one of them is home because we never stopped working,\u201d he wrote, thanking the United Arab Emirates."],
    "diplomacy", "diplomacy", 3, EXCH, a="Aoife Kinsella"),
  E("2027-04-27 17:10", "Ireland to fund demining equipment for Ukraine",
    ["The Government will provide \u20ac15 million for demining equipment and training in Ukraine, the T\u00e1naiste said, adding that the support stayed within the limits of Irish military neutrality."],
    "aid", "aid", 2, "ireland-demining-funding-2027-04-27", a="Conor Halpin"),
  E("2027-04-27 14:25", "Kremlin says leaders\u2019 meeting not on the agenda for May",
    ["Kremlin spokesman Dmitry Peskov said a meeting between Vladimir Putin and Volodymyr Zelensky was \u201cnot on the agenda\u201d for May, despite Turkey\u2019s offer to host one."],
    "diplomacy", "diplomacy", 2, "kremlin-no-leaders-meeting-in-may-2027-04-27", a="Aoife Kinsella"),
  E("2027-04-27 11:40", "Drone strike on Sumi trolleybus kills three",
    ["Three passengers died when a Russian drone struck a trolleybus in Sumi, in north-eastern Ukraine, during the morning rush hour, Ukrainian officials said."],
    "strikes", "strikes", 3, SUMY, a="Conor Halpin", n="spelled Sumi"),
  E("2027-04-27 09:15", "Russian strikes cut power across Chernihiv region",
    ["Russian drones damaged energy infrastructure in the Chernihiv region overnight, cutting power to more than 50,000 customers, the regional grid operator said."],
    "strikes", "strikes", 2, "chernihiv-power-strikes-2027-04-27", a="Conor Halpin"),
  ]))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds the eval/hb seed pages and their gold files from one hand-written data table (further below).
All news text is the blind tester's own invented wording, set in September 2032 with the war still under way.
Part A imitates, from memory, the page layouts of ten real outlets; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/hb/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.", "Sept.", "No.")
# TASS prints a dateline at the head of the first paragraph: it is not a sentence of the body.
TASS_DATELINE = re.compile(r"^[A-Z][A-Z .\-]*, [A-Z][a-z]+ \d{1,2}\. /TASS/\. ")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: local time 'YYYY-MM-DD HH:MM' in the page zone, headline (or None), body paragraphs, labels."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    """an item that is not about the war."""
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    par = TASS_DATELINE.sub("", par)
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018\u2014]|$)', par):
        head = par[:m.end()]
        if m.end() < len(par) and (head.endswith(ABBREV) or re.search(r"(?:^|\s)[A-Z]\.$", head)):
            continue  # abbreviation or a middle initial ('Tore O. Sandvik')
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def h12(d, sep=":", space="", upper=False):
    hh = d.hour % 12 or 12
    suf = "am" if d.hour < 12 else "pm"
    return f"{hh}{sep}{d.minute:02d}{space}{suf.upper() if upper else suf}"


def rfc822(d, gmt=False):
    if gmt:
        return d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
    return d.strftime("%a, %d %b %Y %H:%M:%S %z")


def slugify(s):
    s = s.replace("\u2019", "").replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:72]


def paras(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest_first), f"{S['id']}: entries must run {'newest' if newest_first else 'oldest'} first"


def long_date(d):
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_meduza(S):
    """Meduza in English, web edition of the daily newsletter 'The Real Russia. Today.': one article, one stamp under the title
    ('10:25 pm, September 2, 2032', 12-hour clock, no zone printed), 'Source: Meduza', an intro paragraph, then one h3 section per
    story with a 'Read more' link. NewsArticle JSON-LD with a UTC datePublished. Donation box mid-page, subscribe box at the end."""
    z = S["zone"]; pub = dt(S["published"], z); u = pub.astimezone(UTC)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": u.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "dateModified": u.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "author": {"@type": "Organization", "name": "Meduza"}, "inLanguage": "en",
          "publisher": {"@type": "Organization", "name": "Meduza", "logo": {"@type": "ImageObject", "url": "https://meduza.io/impro/logo-en.png"}}}
    stamp = f"{h12(pub, space=' ')}, {long_date(pub)}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 Meduza</title>',
           '<meta property="og:site_name" content="Meduza">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="Header"><a class="Header-logo" href="/en">Meduza</a>'
           '<nav class="Header-menu"><a href="/en/news">News</a> <a href="/en/feature">Features</a> <a href="/en/explainers">Explainers</a> '
           '<a href="/en/specials">Specials</a> <a href="/en/podcasts">Podcasts</a> <a href="/en/the-real-russia-today">The Real Russia. Today.</a></nav>'
           '<a class="Header-lang" href="/">\u0420\u0443\u0441\u0441\u043a\u0438\u0439</a> <a class="Header-support" href="https://support.meduza.io/en">Support Meduza</a></header>',
           '<article class="GeneralMaterial"><div class="RichTitle"><span class="Tag">The Real Russia. Today.</span>',
           f'<h1 class="RichTitle-root">{esc(S["title"])}</h1></div>',
           f'<div class="MaterialMeta"><time datetime="{u.strftime("%Y-%m-%dT%H:%M:%S.000Z")}">{stamp}</time></div>',
           '<div class="MaterialMeta">Source: Meduza</div>',
           f'<div class="Cover"><p class="Cover-caption">{esc(S["cover"])}</p></div>',
           f'<div class="GeneralMaterial-body"><p class="Lead">{esc(S["lede"])}</p>']
    for i, e in enumerate(S["entries"]):
        assert e["t"] == S["published"]
        out.append(f'<h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="MoreLink"><a href="/en/news/{pub:%Y/%m/%d}/{slugify(e["h"])}">Read more</a></p>')
        if i == 2:
            out.append('<div class="DonationBox"><p>Meduza has been labelled an \u201cundesirable organization\u201d in Russia, and every '
                       'ruble of advertising money there is gone. Our readers are what keeps this newsroom going.</p>'
                       '<a href="https://support.meduza.io/en">Support Meduza</a></div>')
    out += ['</div>', '<div class="SubscribeBox"><h4>Get The Real Russia. Today. in your inbox</h4>'
            '<p>One email every weekday evening: what happened, and why it matters.</p><input type="email" placeholder="Your email"> '
            '<button>Subscribe</button></div></article>',
            f'<footer class="Footer"><p>\u00a9 2014\u2013{pub.year} Medusa Project SIA</p><a href="/en/pages/privacy">Privacy policy</a> '
            '<a href="/en/pages/contacts">Contacts</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_nge_rss(S):
    """Novaya Gazeta Europe RSS 2.0 (English): pubDate with +0300, dc:creator (a desk credit on news items, a name on stories),
    category, plain-text one-paragraph description, enclosure image. Newest first."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://novayagazeta.eu/</link>',
           '<description>Independent journalism about Russia, from the newsroom of Novaya Gazeta in exile</description>',
           '<language>en</language>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>',
           '<atom:link href="https://novayagazeta.eu/feed/rss/en" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        url = f"https://novayagazeta.eu/articles/{d:%Y/%m/%d}/{slugify(e['h'])[:50]}-en-{e['kind']}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>', f'<guid isPermaLink="true">{url}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{esc(e["cat"])}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        assert len(e["p"]) == 1
        out += [f'<description>{esc(e["p"][0])}</description>',
                f'<enclosure url="https://novayagazeta.eu/static/records/{5120 + i * 7}.jpeg" type="image/jpeg" length="0"/>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_insider(S):
    """The Insider (English) 'News' section, text scrape. Cards newest first: rubric, date line '6 September 2032, 18:40'
    (no zone printed), headline, lede paragraphs, optional 'Text: NAME' credit. Donation box after the third card."""
    z = S["zone"]; order_check(S, True)
    L = ["The Insider", "Investigations   Politics   Economy   Society   War   Opinion   Podcasts   Video", "RU   EN      Donate", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"; stamps.append(st)
        L += [e["rubric"], st, e["h"], ""] + paras(e["p"])
        if e["a"]:
            L += [f"Text: {e['a']}", ""]
        if i == 2:
            L += ["The Insider is blocked in Russia and its editors are on the wanted list. We depend on readers, not on advertisers or the state.",
                  "Donate", ""]
    L += ["Show more", "", "About   Contacts   Privacy policy   Whistleblowers: send us documents securely",
          f"\u00a9 The Insider, 2013\u2013{dt(S['entries'][0]['t'], z).year}"]
    return "\n".join(L) + "\n", stamps


def r_tass(S):
    """TASS (English) section page, HTML. Cards newest first: headline link, lead paragraph that opens with the TASS dateline
    ('MOSCOW, September 8. /TASS/.'), then '8 SEP, 15:27' (Moscow time, no year and no zone printed). No JSON-LD."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - TASS</title>',
           '<meta name="description" content="Latest news from TASS, Russia\'s state news agency"></head><body>',
           '<div class="header"><a class="logo" href="/">TASS</a><span class="logo-sub">Russian News Agency</span>'
           '<nav class="menu"><a href="/politics">Russian Politics &amp; Diplomacy</a> <a href="/world">World</a> <a href="/economy">Business &amp; Economy</a> '
           '<a href="/defense">Military &amp; Defense</a> <a href="/science">Science &amp; Space</a> <a href="/emergencies">Emergencies</a> '
           '<a href="/society">Society &amp; Culture</a> <a href="/pressreview">Press Review</a> <a href="/sports">Sports</a></nav>'
           '<a class="lang" href="https://tass.ru">\u0420\u0443\u0441</a> <a class="search" href="/search">Search</a></div>',
           f'<main><h1 class="section-title">{esc(S["title"])}</h1>', '<div class="news-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1][:3].upper()}, {d:%H:%M}"; stamps.append(st)
        assert len(e["p"]) == 1 and TASS_DATELINE.match(e["p"][0])
        out.append(f'<div class="news-card"><a class="news-card__title" href="/{e["sec_url"]}/{1804400 + i * 13}">{esc(e["h"])}</a>'
                   f'<p class="news-card__lead">{esc(e["p"][0])}</p><span class="news-card__date">{st}</span></div>')
        if i == 3:
            out.append('<div class="banner"><a href="/tass-tv">TASS TV</a> <span>Watch our video reports</span></div>')
    out += ['</div><a class="more" href="#">Show more</a></main>',
            '<footer><p>TASS Russian News Agency. Mass media registration certificate \u042d\u043b \u2116 \u0424\u0421 77-59458</p>'
            '<a href="/contacts">Contacts</a> <a href="/terms">Terms of use</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_mt_live(S):
    """The Moscow Times live blog, HTML. Title Case headlines; date dividers 'Sept. 11, 2032' (AP style) wherever the Moscow date
    changes; bare '00:35' per update (Moscow time, no zone printed); newest first; credit lines (AFP, Reuters) after some bodies;
    embedded videos print only a player line. NewsArticle JSON-LD with page-level dates only. Support box mid-page."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ap = lambda d: f"{'Sept.' if d.month == 9 else MONTHS[d.month - 1]} {d.day}, {d.year}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(),
          "author": {"@type": "Organization", "name": "The Moscow Times"},
          "publisher": {"@type": "Organization", "name": "The Moscow Times", "logo": {"@type": "ImageObject", "url": "https://static.themoscowtimes.com/img/logo.png"}}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - The Moscow Times</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="site-header"><a class="logo" href="/">The Moscow Times</a><span class="tagline">Independent News From Russia</span>'
           '<nav><a href="/news">News</a> <a href="/opinion">Opinion</a> <a href="/business">Business</a> <a href="/arts-and-life">Arts and Life</a> '
           '<a href="/meanwhile">Meanwhile</a> <a href="/podcasts">Podcasts</a> <a href="/newsletters">Newsletters</a></nav>'
           '<a class="ru" href="/ru">\u0420\u0443\u0441\u0441\u043a\u0430\u044f \u0441\u043b\u0443\u0436\u0431\u0430</a> <a class="donate" href="/contribute">Contribute</a></header>',
           '<article class="article live"><div class="article__label">LIVE</div>', f'<h1 class="article__title">{esc(S["title"])}</h1>',
           f'<div class="article__date">{ap(first)}</div>', f'<div class="article__intro"><p>{esc(S["lede"])}</p></div>', '<div class="live-feed">']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if d.date() != cur:
            cur = d.date(); out.append(f'<div class="live-feed__date">{ap(d)}</div>')
        st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="live-post" id="post-{66120 - i * 9}"><div class="live-post__time">{st}</div>'
                   f'<h3 class="live-post__title">{esc(e["h"])}</h3>')
        if e["p"]:
            out.append('<div class="live-post__body">' + "".join(f'<p>{esc(p)}</p>' for p in e["p"]) + '</div>')
        else:
            out.append('<div class="live-post__embed"><div class="telegram-video">Video \u00b7 0:38 \u00b7 Telegram</div></div>')
        if e.get("credit"):
            out.append(f'<div class="live-post__credit">{esc(e["credit"])}</div>')
        out.append('<div class="live-post__share"><a>Share</a></div></div>')
        if i == 2:
            out.append('<div class="support-box"><h4>A message from The Moscow Times</h4><p>Our newsroom works from exile after Russian '
                       'prosecutors declared us an \u201cundesirable\u201d organization. If our reporting matters to you, please help us keep it free for everyone.</p>'
                       '<a href="/contribute">Support us</a></div>')
    out += ['</div></article>', f'<footer class="site-footer">\u00a9 {last.year} The Moscow Times \u00b7 <a href="/about">About us</a> \u00b7 '
            '<a href="/privacy">Privacy policy</a> \u00b7 <a href="/contacts">Contacts</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_istories_rss(S):
    """iStories (English) RSS 2.0: pubDate in GMT, dc:creator with one or two names, category, CDATA description holding the
    story's opening paragraphs as <p>. Newest first."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://istories.media/en/</link>',
           '<description>Investigative journalism about Russia: money, power and the war</description>', '<language>en</language>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=True)}</lastBuildDate>',
           '<atom:link href="https://istories.media/en/rss/" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=True); stamps.append(st)
        url = f"https://istories.media/en/{e['kind']}/{d:%Y/%m/%d}/{slugify(e['h'])[:60]}/"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>', f'<guid>{url}</guid>', f'<pubDate>{st}</pubDate>',
                f'<category>{esc(e["cat"])}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_mz_atom(S):
    """Mediazona (English) Atom 1.0 feed: <published>/<updated> ISO 8601 with +03:00, <author><name>, <summary> none,
    escaped-HTML <content>. Newest first."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           '<subtitle>Courts, prisons, protest and the war: independent reporting from Russia</subtitle>',
           '<link href="https://en.zona.media/"/>', '<link rel="self" href="https://en.zona.media/feed.atom"/>', '<id>https://en.zona.media/feed.atom</id>',
           f'<updated>{dt(S["entries"][0]["t"], z).isoformat()}</updated>', '<icon>https://en.zona.media/favicon.ico</icon>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        link = f"https://en.zona.media/{e['kind']}/{d:%Y/%m/%d}/{slugify(e['h'])[:40]}"
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link rel="alternate" type="text/html" href="{link}"/>', f'<id>{link}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        for name in e.get("authors") or ([e["a"]] if e["a"] else []):
            out.append(f'<author><name>{esc(name)}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_verstka(S):
    """Verstka (English) news feed, text scrape. Items newest first: '16.09.2032 19:40' (numeric date, Moscow time, no zone
    printed), headline, paragraphs. A support box after the fourth item."""
    z = S["zone"]; order_check(S, True)
    L = ["Verstka", "News   Stories   Investigations   Data   Podcast   About", "RU | EN", "Support Verstka", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y %H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + paras(e["p"])
        if i == 3:
            L += ["Verstka is blocked in Russia. We keep writing about the things the state would rather nobody counted.",
                  "Become a supporter", ""]
    L += ["Load more news", "", "Verstka \u00b7 Contacts \u00b7 Send us a tip \u00b7 Privacy policy"]
    return "\n".join(L) + "\n", stamps


def r_ct_live(S):
    """Current Time (RFE/RL's Russian-language network) English live page, Pangea-style HTML. Header 'Updated September 18, 2032
    22:50 CEST'; date divider above the items; each item: bare '22:50' (Prague time), Title Case h2, optional 'By ...' credit,
    body or a video player with its duration. Newest first. NewsArticle JSON-LD with page-level dates only."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["start"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": S["url"], "headline": S["title"],
          "datePublished": first.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%SZ"), "dateModified": last.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%SZ"),
          "author": {"@type": "Organization", "name": "Current Time"},
          "publisher": {"@type": "Organization", "name": "Current Time", "logo": {"@type": "ImageObject", "url": "https://www.currenttime.tv/Content/responsive/CT/img/logo.png"}}}
    out = ['<!DOCTYPE html>', '<html lang="en" dir="ltr"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<meta property="og:site_name" content="Current Time">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="hdr"><a class="logo" href="/">Current Time</a><span class="hdr__sub">Russian-language TV and digital network of RFE/RL</span>'
           '<nav class="menu"><a href="/z/ukraine">War in Ukraine</a> <a href="/z/russia">Russia</a> <a href="/z/central-asia">Central Asia</a> '
           '<a href="/z/caucasus">Caucasus</a> <a href="/z/belarus">Belarus</a> <a href="/programs">Programs</a> <a href="/live">Watch live</a></nav></div>',
           f'<h1 class="pg-title">{esc(S["title"])}</h1>',
           f'<div class="published">Updated <time datetime="{last.isoformat()}">{long_date(last)} {last:%H:%M} {last.tzname()}</time></div>',
           f'<div class="intro"><p>{esc(S["lede"])}</p></div>', '<div class="lb-items">']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if d.date() != cur:
            cur = d.date(); out.append(f'<div class="lb-date">{long_date(d)}</div>')
        st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="lb-item"><span class="lb-item__time">{st}</span><h2 class="lb-item__title">{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<div class="lb-item__author">By {esc(e["a"])}</div>')
        if e["p"]:
            out.append('<div class="lb-item__content">' + "".join(f'<p>{esc(p)}</p>' for p in e["p"]) + '</div>')
        else:
            out.append(f'<div class="lb-item__content"><div class="c-mmp" data-type="video"><span class="c-mmp__duration">{e["dur"]}</span></div></div>')
        out.append('<div class="lb-item__share"><a>Share</a> <a>Embed</a></div></div>')
        if i == 2:
            out.append('<div class="promo"><p>Watch Current Time live, around the clock, on our website and YouTube.</p><a href="/live">Watch live</a></div>')
    out += ['</div>', '<div class="ftr"><a href="/p/about.html">About us</a> <a href="/p/contacts.html">Contacts</a> <a href="/p/privacy.html">Privacy</a>'
            f'<p>Copyright \u00a9 {last.year} RFE/RL, Inc. All rights reserved.</p></div></body></html>']
    return "\n".join(out) + "\n", stamps


def r_kommersant(S):
    """Kommersant-style English wire digest, text scrape. One date header with weekday and year; items oldest first, each on a line
    '06:40 MSK | Headline' (stamp and headline on one line), then the text and a wire credit in brackets, e.g. '(Interfax)'."""
    z = S["zone"]; order_check(S, False)
    d0 = dt(S["entries"][0]["t"], z)
    L = ["KOMMERSANT", "Russia's business daily \u00b7 English edition", "Politics   Economy   Business   World   Incidents   Digest", "",
         S["title"], f"{WEEKDAYS[d0.weekday()]}, {long_date(d0)}", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); assert d.date() == d0.date()
        st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        L += [f"{st} | {e['h']}"] + paras(e["p"]) + [f"({e['wire']})", ""]
        if i == 3:
            L += ["Subscribe to the morning digest: the key news from Russia before the Moscow Exchange opens.", ""]
    L += ["The digest is updated through the day.", "", f"\u00a9 Kommersant Publishing House, 1991\u2013{d0.year}"]
    return "\n".join(L) + "\n", stamps


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
            basis = (e.get("basis") or S["basis"]).format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"], u=u.strftime("%Y-%m-%d %H:%M"))
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": basis,
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


# ================================================================ PART A: ten real outlets' layouts (own words, invented news)
SEEDS = []

# ---------------------------------------------------------------- 21100 Meduza (English), newsletter web edition
SEEDS.append(dict(
  id="21100", name="21100_meduza-newsletter", ext="html", source="Meduza", zone="Europe/Riga", render=r_meduza,
  title="The Real Russia. Today. Drones close Moscow\u2019s airports, a smaller autumn draft, and seven years for a 5,000-ruble donation",
  url="https://meduza.io/en/feature/2032/09/02/the-real-russia-today", published="2032-09-02 22:25",
  cover="Cover photo: Departures board at Vnukovo airport, September 2, 2032.",
  lede="Here is what happened in and around Russia on Thursday, and what it tells you about the country the war is reshaping.",
  basis="no per-section time: the newsletter's single stamp '10:25 pm, September 2, 2032' (no zone printed; Meduza's Riga newsroom time, EEST = UTC+3, confirmed by the page's JSON-LD datePublished 2032-09-02T19:25:00.000Z) applies to every section; local {d} in {z}",
  notes="Imitates the web edition of Meduza's English evening newsletter 'The Real Russia. Today.' (one article). The title line lists three of the stories. Under it: the stamp '10:25 pm, September 2, 2032' (12-hour clock, no zone) and 'Source: Meduza'; a cover-photo caption; an intro paragraph; then six h3 sections, each one entry (headline = the h3 text), each followed by a 'Read more' link. No per-section time or author (stamp null, author null, published = the page stamp, which the JSON-LD confirms in UTC). One off-beat section (the bookshop fine, not about the war). Donation box after the third section, subscribe box at the end.",
  not_entries=["header logo, menu, language switch and 'Support Meduza' link", "tag 'The Real Russia. Today.' above the title", "page title (h1)",
               "stamp line '10:25 pm, September 2, 2032'", "'Source: Meduza'", "cover-photo caption", "intro paragraph 'Here is what happened ...'",
               "'Read more' link after each section", "donation box after the third section", "subscribe box ('Get The Real Russia. Today. in your inbox')", "footer"],
  entries=[
  E("2032-09-02 22:25", "Drone raid shuts Moscow\u2019s airports for five hours",
    ["Vnukovo and Domodedovo stopped receiving and sending flights for most of Thursday morning while air defenses fired at drones approaching the capital from the southwest. Moscow Mayor Sergei Sobyanin reported 27 drones shot down between 4:00 am and 9:00 am, and said nobody had been hurt.",
     "More than 140 flights were delayed or diverted, according to the Association of Tour Operators. Passengers at Vnukovo posted videos of people sleeping on the floor of the departure hall."],
    "strikes", "strikes", 2, "moscow-drone-raid-airports-closed-2032-09-02",
    n="non-deadly drone raid on the Moscow region (27 drones reported downed): importance 2"),
  E("2032-09-02 22:25", "Putin signs autumn conscription decree",
    ["Vladimir Putin has signed the decree for the autumn draft: 148,000 men aged 18 to 30 will be called up between October 1 and December 31, about 12,000 fewer than last autumn.",
     "The General Staff repeated its usual promise that conscripts will not be sent to the \u201czone of the special military operation.\u201d Rights groups say conscripts are routinely pressed to sign contracts in their first weeks of service."],
    "other", "politics", 2, "russia-autumn-conscription-decree-2032-09-02"),
  E("2032-09-02 22:25", "Kremlin says there is no date for another round of talks in Istanbul",
    ["Kremlin spokesman Dmitry Peskov said on Thursday that no date had been agreed for a new round of Russian-Ukrainian talks in Istanbul, and that Moscow was \u201cstill studying\u201d the latest Turkish proposal on a maritime ceasefire.",
     "Turkey\u2019s foreign ministry had said earlier in the week that both delegations could meet again before the end of September."],
    "diplomacy", "diplomacy", 2, "kremlin-no-date-istanbul-talks-2032-09-02",
    n="a spokesman's comment on talks, no new move: importance 2"),
  E("2032-09-02 22:25", "St. Petersburg bookshop fined 800,000 rubles over a novel",
    ["A St. Petersburg court fined the independent bookshop Chitalnya na Fontanke 800,000 rubles for selling a translated novel that prosecutors said contained \u201cpropaganda of non-traditional relationships.\u201d",
     "The shop\u2019s owners said they would appeal and had already taken the remaining copies off the shelves."],
    "other", "unrelated", 1, "st-petersburg-bookshop-fine-2032-09-02", n="off-beat: a censorship fine unrelated to the war"),
  E("2032-09-02 22:25", "Strike on Belgorod substation leaves 40,000 without power",
    ["A Ukrainian drone hit an electrical substation on the northern edge of Belgorod on Thursday afternoon, cutting power to about 40,000 people, according to regional governor Vyacheslav Gladkov. One worker was injured.",
     "Power was partly restored by the evening; Gladkov said full repairs would take at least two days."],
    "strikes", "strikes", 2, "belgorod-substation-drone-strike-2032-09-02", n="non-deadly strike on an energy site: importance 2"),
  E("2032-09-02 22:25", "Seven years for a 5,000-ruble donation",
    ["A military court in Yekaterinburg sentenced a 34-year-old nurse to seven years in a penal colony for \u201ctreason\u201d after investigators found she had sent 5,000 rubles to a fund that buys equipment for the Ukrainian army.",
     "She pleaded guilty. According to lawyers who track such cases, at least 40 people have been convicted of treason for donations since the start of the year."],
    "other", "politics", 2, "yekaterinburg-nurse-treason-donation-2032-09-02",
    n="war-related repression (treason case over a donation to the Ukrainian army): other/politics"),
  ]))

# ---------------------------------------------------------------- 21101 Novaya Gazeta Europe (RSS)
SEEDS.append(dict(
  id="21101", name="21101_novayagazetaeurope-rss", ext="xml", source="Novaya Gazeta Europe", zone="Europe/Riga", render=r_nge_rss,
  title="Novaya Gazeta Europe",
  basis="RSS pubDate '{s}' (explicit +0300 offset); local {d} in {z}",
  notes="Imitates Novaya Gazeta Europe's English RSS 2.0 feed. Newest first; each item: title, link (news items end in -en-news, stories in -en-story), guid, pubDate with +0300, category, dc:creator (the desk credit 'Novaya Gazeta Europe' on news items, a person on stories), a plain-text one-paragraph description and an image enclosure. The top item's pubDate 'Sun, 05 Sep 2032 01:15:00 +0300' is 22:15 UTC on Saturday 4 September, so every item falls on the UTC day 2032-09-04 although the local dates differ. Two off-beat items (exhibition loan, South Caucasus rail link).",
  not_entries=["channel title, link, description, language, lastBuildDate and atom:link", "category labels", "enclosure images"],
  entries=[
  E("2032-09-05 01:15", "Drones hit oil depot in Russia\u2019s Oryol region, governor says",
    ["Drones set fire to fuel tanks at an oil depot on the outskirts of Oryol late on Saturday, regional governor Andrei Klychkov said, adding that no one was hurt and firefighters had the blaze under control by midnight."],
    "strikes", "strikes", 2, "oryol-oil-depot-drone-strike-2032-09-04", a="Novaya Gazeta Europe", cat="News", kind="news",
    n="pubDate is local 5 September, 22:15 UTC on the 4th"),
  E("2032-09-04 22:40", "Russian missile strike on Poltava kills three",
    ["Three people were killed and 19 injured when a Russian ballistic missile hit a car repair yard and neighbouring houses in Poltava on Saturday evening, Ukraine\u2019s emergency service said."],
    "strikes", "strikes", 3, "poltava-missile-strike-2032-09-04", a="Novaya Gazeta Europe", cat="News", kind="news"),
  E("2032-09-04 19:05", "Moscow court jails theatre director for two years over anti-war play",
    ["A Moscow court sentenced theatre director Lev Arkhipov to two years in a penal colony for \u201cjustifying terrorism\u201d with a play about a soldier\u2019s widow, a case his colleagues have called absurd."],
    "other", "politics", 2, "moscow-theatre-director-sentenced-2032-09-04", a="Novaya Gazeta Europe", cat="News", kind="news"),
  E("2032-09-04 16:30", "\u2018They said it was just paperwork\u2019: how conscripts end up signing contracts",
    ["Six conscripts and their mothers told us how officers in three military units in the Moscow and Tver regions pressed young men to sign contracts with the Defence Ministry within weeks of being drafted, and how two of them ended up at the front near Kupiansk."],
    "other", "frontline", 2, "conscripts-pressed-into-contracts-feature-2032-09-04", a="Yevgenia Rudneva", cat="Stories", kind="story",
    n="feature story (recruitment of conscripts), its own story"),
  E("2032-09-04 13:10", "Justice Ministry adds four journalists to \u2018foreign agents\u2019 register",
    ["Russia\u2019s Justice Ministry added four journalists, a sociologist and a regional human rights group to its register of \u201cforeign agents\u201d on Friday evening, citing their \u201copposition to the special military operation.\u201d"],
    "other", "politics", 2, "foreign-agents-register-update-2032-09-04", a="Novaya Gazeta Europe", cat="News", kind="news"),
  OFF("2032-09-04 10:25", "Hermitage lends Scythian gold to an exhibition in Beijing",
    ["The State Hermitage Museum will send 120 objects from its Scythian gold collection to Beijing\u2019s Palace Museum for a four-month exhibition opening in October, the museum said."],
    "hermitage-scythian-gold-beijing-2032-09-04", a="Novaya Gazeta Europe", n="museum loan", cat="News", kind="news"),
  OFF("2032-09-04 07:50", "Armenia and Azerbaijan open their first rail crossing",
    ["The first freight train crossed the Armenian-Azerbaijani border near Yeraskh on Saturday morning, opening a rail link the two countries agreed on in their peace treaty."],
    "armenia-azerbaijan-rail-crossing-2032-09-04", a="Novaya Gazeta Europe", n="South Caucasus transport", cat="News", kind="news"),
  ]))

# ---------------------------------------------------------------- 21102 The Insider (English), news section, text scrape
SEEDS.append(dict(
  id="21102", name="21102_theinsider-news", ext="txt", source="The Insider", zone="Europe/Riga",
  render=r_insider, title="News",
  basis="card date line '{s}' (no zone printed; The Insider's Riga newsroom time, EEST = UTC+3); local {d} in {z}",
  notes="Imitates The Insider's English 'News' section as copied from a browser. Cards newest first: rubric (War, Investigations, Politics, Economy), a date line '6 September 2032, 18:40' (24-hour clock, no zone printed; Riga, where the outlet is registered, is assumed: EEST = UTC+3, which equals Moscow time in September), headline, one or two paragraphs, and on investigations a 'Text: NAME' credit. News cards carry no author (null). A donation box follows the third card. One off-beat card (airliner order).",
  not_entries=["masthead 'The Insider' and menu", "language switch and 'Donate'", "section heading 'News'", "rubric labels above each card",
               "'Text: NAME' credit lines (author, not body)", "donation box after the third card", "'Show more'", "footer links and copyright"],
  entries=[
  E("2032-09-06 20:55", "Air defence batteries moved from Kaliningrad to guard refineries, documents show",
    ["At least four Pantsir batteries assigned to the defence of Kaliningrad were moved this summer to cover oil refineries in the Volga region, according to internal Defence Ministry correspondence reviewed by The Insider.",
     "Two of the refineries they now protect, in Syzran and Saratov, were hit by Ukrainian drones in August."],
    "other", "security", 2, "pantsir-batteries-moved-from-kaliningrad-2032-09-06", rubric="Investigations", a="Gleb Arkadyev"),
  E("2032-09-06 18:40", "Strike on a ferry crossing in Kherson region kills at least 12 Russian soldiers, say military bloggers",
    ["A Ukrainian strike with HIMARS rockets hit a ferry crossing on the Dnipro near Hola Prystan on Monday morning, killing at least 12 Russian servicemen waiting to cross, according to two pro-war Telegram channels.",
     "The Russian Defence Ministry has not commented. Ukraine\u2019s southern command said only that it had struck \u201can enemy crossing point.\u201d"],
    "strikes", "strikes", 3, "hola-prystan-ferry-crossing-strike-2032-09-06", rubric="War", n="deadly strike: importance 3"),
  E("2032-09-06 16:15", "How Iranian engines for Geran drones reach Russia across the Caspian",
    ["Shipping records and customs data obtained by The Insider show that at least 900 small piston engines of the type used in Geran-2 drones travelled from the Iranian port of Amirabad to Makhachkala between March and July, declared as parts for agricultural machinery.",
     "The shipments were paid for through a trading house in Kazan that also supplies the Alabuga drone plant."],
    "aid", "aid", 2, "iranian-drone-engines-caspian-route-2032-09-06", rubric="Investigations", a="Sofia Lebedinskaya and Artyom Korzh",
    n="arms components supplied to Russia (Iran): aid; an investigation, importance 2"),
  E("2032-09-06 13:30", "Wagner veteran wins seat in Krasnodar regional parliament",
    ["A former Wagner Group fighter who was pardoned after six months at the front has won a seat in the Krasnodar regional legislature on the United Russia list, according to preliminary results published on Monday."],
    "other", "politics", 2, "wagner-veteran-krasnodar-legislature-2032-09-06", rubric="Politics"),
  E("2032-09-06 11:05", "Naval drones attack Novorossiysk base; Ukraine says two ships damaged",
    ["Ukrainian naval drones attacked the Novorossiysk naval base overnight, damaging a landing ship and a patrol boat, Ukraine\u2019s navy said. The Russian Defence Ministry said all the drones had been destroyed at sea."],
    "strikes", "strikes", 2, "novorossiysk-naval-drone-attack-2032-09-06", rubric="War"),
  E("2032-09-06 09:20", "Russia and Belarus to hold joint exercise near the Polish border in October",
    ["Russian and Belarusian troops will hold a joint exercise at the Brestsky training ground in October, about 20 kilometres from the Polish border, the Belarusian Defence Ministry announced."],
    "other", "security", 2, "russia-belarus-exercise-brest-2032-09-06", rubric="War"),
  OFF("2032-09-06 06:45", "Aeroflot signs for 40 more Superjet-New airliners",
    ["Aeroflot has signed a contract for 40 more Superjet-New regional jets, with deliveries due to start in 2034, the airline said, although the aircraft built so far have spent long periods grounded for lack of engine parts."],
    "aeroflot-superjet-order-2032-09-06", n="airline order", rubric="Economy"),
  ]))

# ---------------------------------------------------------------- 21103 TASS (English), section page
SEEDS.append(dict(
  id="21103", name="21103_tass-section", ext="html", source="TASS", zone="Europe/Moscow", render=r_tass,
  title="Special military operation in Ukraine", parse_args=["--date", "2032-09-08"],
  basis="card stamp '{s}' (Moscow time, no zone and no year printed; the year comes from --date 2032-09-08, the month and day also match the lead's dateline); MSK = UTC+3; local {d} in {z}",
  notes="Imitates a TASS English section page (the 'special military operation' topic) as served in HTML, no JSON-LD. Cards newest first: headline link, a one-paragraph lead that opens with the TASS dateline ('MOSCOW, September 8. /TASS/.', 'DONETSK, ...', 'ANKARA, ...'), then the stamp '8 SEP, 15:27' (Moscow time; no year and no zone anywhere on the page, hence parse_args). Convention: the dateline is not part of the first sentence (first_sentence starts after '/TASS/. '), but its paragraph counts. No authors. Russian official wording is kept as printed ('Kiev', 'Zaporozhye', 'liberated'). One off-beat card (Moscow Metro).",
  not_entries=["header: logo 'TASS', 'Russian News Agency', section menu, language link, search", "section title (h1)",
               "the dateline at the start of each lead ('MOSCOW, September 8. /TASS/.'), part of the first paragraph but not a sentence",
               "'TASS TV' banner after the fourth card", "'Show more'", "footer with the registration certificate and links"],
  entries=[
  E("2032-09-08 22:10", "Russian troops liberate Novoselivka in Zaporozhye Region \u2014 Defense Ministry",
    ["MOSCOW, September 8. /TASS/. Units of the Dnepr group of forces have liberated the settlement of Novoselivka in the Zaporozhye Region and repelled six counterattacks, the Russian Defense Ministry said on Wednesday."],
    "other", "frontline", 2, "novoselivka-capture-claim-2032-09-08", sec_url="defense"),
  E("2032-09-08 19:45", "Air defenses down 38 Ukrainian drones over Bryansk, Kursk regions in three hours",
    ["MOSCOW, September 8. /TASS/. Russian air defenses intercepted and destroyed 38 Ukrainian fixed-wing drones over the Bryansk and Kursk regions between 4:00 p.m. and 7:00 p.m. Moscow time, the Defense Ministry said."],
    "strikes", "strikes", 2, "bryansk-kursk-drones-downed-2032-09-08", sec_url="defense"),
  E("2032-09-08 17:20", "Kremlin sees no grounds for ceasefire talk while Kiev sets preconditions \u2014 Peskov",
    ["MOSCOW, September 8. /TASS/. The Kremlin sees no basis for discussing a ceasefire as long as Kiev insists on preconditions that ignore \u201cthe realities on the ground,\u201d Russian Presidential Press Secretary Dmitry Peskov told reporters."],
    "diplomacy", "diplomacy", 2, "peskov-no-grounds-for-ceasefire-2032-09-08", sec_url="politics"),
  E("2032-09-08 15:27", "Lavrov, Fidan discuss Black Sea navigation safety by phone",
    ["ANKARA, September 8. /TASS/. Russian Foreign Minister Sergey Lavrov and his Turkish counterpart Hakan Fidan discussed the safety of commercial navigation in the Black Sea in a telephone conversation on Wednesday, the Turkish Foreign Ministry said."],
    "diplomacy", "diplomacy", 2, "lavrov-fidan-black-sea-call-2032-09-08", sec_url="politics", n="ministerial phone call: importance 2"),
  E("2032-09-08 12:05", "Two civilians killed in Ukrainian shelling of Gorlovka \u2014 city head",
    ["DONETSK, September 8. /TASS/. Two civilians were killed and three wounded when Ukrainian forces shelled the Nikitovsky district of Gorlovka with cluster munitions, the city\u2019s Russian-installed head Ivan Prikhodko said on his Telegram channel."],
    "strikes", "strikes", 3, "horlivka-shelling-2032-09-08", sec_url="emergencies", n="deadly shelling: importance 3 ('Gorlovka' = Horlivka)"),
  E("2032-09-08 09:40", "Baltic Fleet begins exercise with over 20 warships",
    ["KALININGRAD, September 8. /TASS/. More than 20 warships and support vessels of the Baltic Fleet have put to sea for a five-day exercise that will include live firing of anti-ship missiles, the fleet\u2019s press service said."],
    "other", "security", 2, "baltic-fleet-exercise-2032-09-08", sec_url="defense"),
  OFF("2032-09-08 07:15", "Moscow Metro opens three new stations on Troitskaya line",
    ["MOSCOW, September 8. /TASS/. Three new stations on the Troitskaya line of the Moscow Metro opened to passengers on Wednesday morning, Mayor Sergei Sobyanin said."],
    "moscow-metro-troitskaya-stations-2032-09-08", n="city transport", sec_url="society"),
  E("2032-09-08 04:30", "Russian forces strike Ukrainian military airfields with long-range weapons \u2014 ministry",
    ["MOSCOW, September 8. /TASS/. Russian forces delivered a group strike overnight with long-range precision weapons, including Kinzhal hypersonic missiles, against military airfield infrastructure in Ukraine, the Defense Ministry said, adding that all designated targets were hit."],
    "strikes", "strikes", 2, "russian-strike-on-ukrainian-airfields-2032-09-08", sec_url="defense",
    n="Russian ministry claim of a strike without numbers or casualties: importance 2"),
  ]))

# ---------------------------------------------------------------- 21104 The Moscow Times (live blog)
SEEDS.append(dict(
  id="21104", name="21104_moscowtimes-live", ext="html", source="The Moscow Times", zone="Europe/Moscow", render=r_mt_live,
  title="Live Updates: Drones Set Tuapse Refinery on Fire, Missiles Hit Belgorod",
  url="https://www.themoscowtimes.com/2032/09/10/live-updates-drones-set-tuapse-refinery-on-fire-a95520",
  lede="The Moscow Times is following the day\u2019s developments in Russia\u2019s war against Ukraine and at home.",
  basis="bare update time '{s}' under the nearest date divider above it (no zone printed; Moscow time, the outlet's home time, MSK = UTC+3); local {d} in {z}",
  notes="Imitates a Moscow Times live blog in HTML. No zone is printed anywhere: times are taken as Moscow time (the outlet's home zone, MSK = UTC+3). Date dividers in AP style ('Sept. 11, 2032', 'Sept. 10, 2032') appear where the Moscow date changes; each update: bare '00:35', Title Case h3 headline, body, sometimes a wire credit line ('AFP', 'Reuters') that is not an author. Newest first. Midnight crossing: the top update is stamped 00:35 under the divider 'Sept. 11, 2032', which is 21:35 UTC on 10 September, so all updates fall on the UTC day 2032-09-10. 21104-05 is a Telegram video with no text (teaser, importance 1) about the same refinery fire as 21104-06. JSON-LD is a NewsArticle with page-level dates only. One off-beat update (book fair).",
  not_entries=["header: logo, tagline 'Independent News From Russia', menu, Russian-service link, 'Contribute'", "'LIVE' label", "page title (h1)",
               "page date line 'Sept. 10, 2032' under the title", "intro paragraph",
               "date dividers 'Sept. 11, 2032' and 'Sept. 10, 2032'", "wire credit lines 'AFP' and 'Reuters' (not authors)",
               "video player line 'Video \u00b7 0:38 \u00b7 Telegram'", "'Share' under each update", "support box after the third update", "footer"],
  entries=[
  E("2032-09-11 00:35", "Explosions Heard in Voronezh as Region Declares Drone Alert",
    ["Residents of Voronezh reported at least six explosions shortly after midnight as air defenses engaged drones over the city\u2019s southern districts, according to local Telegram channels.",
     "Governor Alexander Gusev said falling debris had damaged the roof of a private house. There was no immediate word of casualties."],
    "strikes", "strikes", 2, "voronezh-drone-alert-2032-09-10", n="after local midnight (Sept. 11 divider) but 21:35 UTC on 10 September"),
  E("2032-09-10 22:50", "Zelensky Proposes \u2018500 for 500\u2019 Prisoner Exchange",
    ["Ukrainian President Volodymyr Zelensky said in his nightly address that Kyiv had handed Moscow, through mediators, a proposal to exchange 500 prisoners of war on each side before the end of September.",
     "The Kremlin did not immediately comment. The last large exchange, of 320 prisoners each, took place in July."],
    "diplomacy", "diplomacy", 3, "zelensky-500-for-500-exchange-proposal-2032-09-10", credit="AFP",
    n="head-of-state move on a prisoner exchange: importance 3"),
  E("2032-09-10 20:15", "Kaliningrad Man Jailed for 16 Years Over Alleged Rail Sabotage Plot",
    ["A military court in Kaliningrad sentenced a 27-year-old local man to 16 years in a maximum-security colony for allegedly planning to set fire to a railway signal box on the instructions of Ukrainian intelligence.",
     "The man said in court that his confession had been obtained under pressure."],
    "other", "security", 2, "kaliningrad-rail-sabotage-sentence-2032-09-10"),
  E("2032-09-10 17:40", "Ukrainian Missile Attack on Belgorod Kills Two, Governor Says",
    ["Two people were killed and 11 injured when Ukraine fired a salvo of rockets at Belgorod on Friday afternoon, Governor Vyacheslav Gladkov said.",
     "Gladkov said a shopping center and several cars were damaged in the city\u2019s eastern district."],
    "strikes", "strikes", 3, "belgorod-missile-attack-2032-09-10", credit="Reuters"),
  E("2032-09-10 14:05", "Video: Smoke Over Tuapse Refinery", [],
    "strikes", "strikes", 1, "tuapse-refinery-drone-strike-2032-09-10", n="video teaser without text about the refinery fire of 21104-06"),
  E("2032-09-10 11:20", "Drones Set Tuapse Oil Refinery Ablaze, Authorities Say",
    ["A fire broke out at the Rosneft-owned Tuapse oil refinery on the Black Sea coast after a drone attack early on Friday, the Krasnodar region\u2019s emergency headquarters said.",
     "It was the fourth attack on the refinery this year. Officials said nobody was hurt and that the refinery\u2019s loading terminal was not damaged."],
    "strikes", "strikes", 2, "tuapse-refinery-drone-strike-2032-09-10"),
  OFF("2032-09-10 08:45", "Moscow International Book Fair Opens With Record Number of Exhibitors",
    ["The Moscow International Book Fair opened at VDNKh on Friday with a record 1,800 exhibitors, organizers said, though several independent publishers said they had not been invited this year."],
    "moscow-book-fair-2032-09-10", n="culture"),
  ]))

# ---------------------------------------------------------------- 21105 iStories (English), RSS
SEEDS.append(dict(
  id="21105", name="21105_istories-rss", ext="xml", source="iStories", zone="UTC", render=r_istories_rss,
  title="iStories",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Imitates the RSS 2.0 feed of iStories' English site. Newest first; each item: title, link (/en/articles/ or /en/news/), guid, pubDate in GMT, category, dc:creator (one or two names joined by 'and', or none on short news items), and a CDATA description carrying the story's opening paragraphs as <p>. One off-beat item (rail fares).",
  not_entries=["channel title, link, description, language, lastBuildDate and atom:link", "category labels"],
  entries=[
  E("2032-09-12 19:30", "The Finnish-built cargo ships now carrying North Korean shells to Russia",
    ["Three general cargo ships built in Finland in the 1990s and sold through a chain of companies in the UAE are now shuttling between the North Korean port of Rajin and Vladivostok, satellite images and tracking data analysed by iStories show.",
     "Based on the vessels\u2019 draught and the number of voyages, we estimate they could have delivered up to 1.2 million artillery rounds since January."],
    "aid", "aid", 2, "north-korean-shells-finnish-built-ships-2032-09-12", a="Maksim Tereshin and Alina Gavrilenko", cat="Investigations", kind="articles",
    n="arms transfers to Russia (North Korea): aid; an investigation, importance 2"),
  E("2032-09-12 16:10", "Russian regions quietly cut payments to families of killed soldiers",
    ["At least 14 Russian regions have reduced the one-off payments they make to families of soldiers killed in Ukraine, in some cases by half, according to regional budget documents reviewed by iStories."],
    "other", "politics", 2, "regions-cut-payments-to-soldiers-families-2032-09-12", a="Daria Osmanova", cat="Investigations", kind="articles"),
  E("2032-09-12 13:45", "Chinese machine tools made up 62% of Russia\u2019s imports in the first half, leaked customs data show",
    ["Machine tools made in China accounted for 62% of Russia\u2019s imports of metal-working equipment between January and June, up from 48% a year earlier, according to customs records leaked to iStories.",
     "Half of the buyers are defence plants or their subcontractors."],
    "other", "security", 2, "chinese-machine-tools-imports-2032-09-12", a="Daria Osmanova", cat="Data", kind="articles",
    n="procurement and trade of dual-use goods (not a supply agreement between states): other/security"),
  E("2032-09-12 10:20", "Drone hits minibus in Kursk region, killing the driver",
    ["A Ukrainian FPV drone struck a passenger minibus near the town of Glushkovo in the Kursk region on Sunday morning, killing the driver and injuring four passengers, regional governor Alexander Khinshtein said."],
    "strikes", "strikes", 3, "glushkovo-minibus-drone-strike-2032-09-12", cat="News", kind="news"),
  E("2032-09-12 07:55", "Relatives of a former deputy defence minister bought a \u20ac4 million villa in Spain, documents show",
    ["The mother-in-law and a nephew of a former deputy defence minister, who was arrested last year on bribery charges, bought a villa near Marbella for \u20ac4 million in 2031, according to Spanish property records.",
     "Neither responded to our questions."],
    "other", "politics", 2, "former-deputy-defence-minister-villa-2032-09-12", a="Maksim Tereshin", cat="Investigations", kind="articles"),
  OFF("2032-09-12 05:30", "Russian Railways to raise long-distance fares by 9% from October",
    ["Russian Railways will raise fares on long-distance trains by 9% from October 1, the company said, citing higher costs for energy and rolling stock repairs."],
    "russian-railways-fare-rise-2032-09-12", n="transport prices", cat="News", kind="news"),
  ]))

# ---------------------------------------------------------------- 21106 Mediazona (English), Atom
SEEDS.append(dict(
  id="21106", name="21106_mediazona-atom", ext="xml", source="Mediazona", zone="Europe/Moscow", render=r_mz_atom,
  title="Mediazona",
  basis="Atom <published> '{s}' (explicit +03:00 offset); local {d} in {z}",
  notes="Imitates an Atom 1.0 feed of Mediazona's English site. Newest first; each entry: title, alternate link, id, <published> and <updated> with +03:00, one or two <author><name> elements (two authors are recorded as one string 'NAME and NAME'; the desk name 'Mediazona' is kept as printed), escaped-HTML <content> with the paragraphs. 21106-01 is the regular data update on confirmed Russian military deaths (other/frontline). One off-beat entry (Yekaterinburg city charter).",
  not_entries=["feed title, subtitle, links, id, updated and icon"],
  entries=[
  E("2032-09-14 23:00", "Mediazona and BBC Russian confirm the names of 214,600 Russian soldiers killed in Ukraine",
    ["Since our last update in August we have confirmed the deaths of 3,900 more Russian servicemen, bringing the number of names we have verified from obituaries, social media posts and cemetery photographs to 214,600.",
     "Volunteers who joined the army after being released from prison remain the largest single group among the dead we can identify this year."],
    "other", "frontline", 2, "mediazona-bbc-russian-death-count-2032-09-14", a="Mediazona", kind="news",
    n="data update on military losses: other/frontline"),
  E("2032-09-14 20:15", "Anti-war prisoner dies in Mordovia colony after being refused treatment",
    ["Pavel Kudrin, a 52-year-old engineer serving six years for posts against the war, died in a penal colony in Mordovia on Monday, his sister told Mediazona. She said he had complained of chest pains for two weeks and had been refused a visit to the prison hospital."],
    "other", "politics", 2, "mordovia-antiwar-prisoner-death-2032-09-14", a="Anna Filatova", kind="news"),
  E("2032-09-14 17:40", "\u2018The whole block shook\u2019: Lipetsk residents on the night drones hit the steelworks",
    ["Drones struck the Novolipetsk steel plant twice in one night last week. We spoke to people who live in the workers\u2019 districts next to the plant about the explosions, the fire that burned until morning, and the official silence that followed."],
    "strikes", "strikes", 2, "lipetsk-steelworks-drone-strike-residents-2032-09-14", authors=["Anna Filatova", "Kirill Voronin"], a="Anna Filatova and Kirill Voronin", kind="articles",
    n="reportage about a non-deadly strike of the previous week"),
  E("2032-09-14 14:05", "Man gets 14 years for setting fire to a railway relay cabinet in Bashkiria",
    ["A military court in Ufa sentenced a 19-year-old to 14 years in prison for setting fire to a railway relay cabinet near Sterlitamak, a case prosecutors classed as terrorism. He told the court he had been promised 30,000 rubles by a man on Telegram."],
    "other", "security", 2, "bashkiria-relay-cabinet-arson-2032-09-14", a="Mediazona", kind="news"),
  E("2032-09-14 11:30", "Glide bomb strike on Kharkiv apartment block kills four",
    ["Four people were killed and 27 injured when a Russian guided aerial bomb hit a nine-storey apartment block in Kharkiv\u2019s Kyivskyi district on Tuesday morning, Ukrainian officials said."],
    "strikes", "strikes", 3, "kharkiv-glide-bomb-apartment-block-2032-09-14", a="Mediazona", kind="news"),
  OFF("2032-09-14 08:50", "Yekaterinburg council votes to scrap direct mayoral elections for good",
    ["Yekaterinburg\u2019s city council voted to remove direct mayoral elections from the city charter, ending a long fight in which the city had kept them longer than almost any other large Russian city."],
    "yekaterinburg-mayoral-elections-scrapped-2032-09-14", a="Mediazona", n="local government", kind="news"),
  ]))

# ---------------------------------------------------------------- 21107 Verstka (English), news feed, text scrape
SEEDS.append(dict(
  id="21107", name="21107_verstka-news", ext="txt", source="Verstka", zone="Europe/Moscow", render=r_verstka,
  title="News feed",
  basis="item stamp '{s}' (numeric day.month.year and 24-hour clock, no zone printed; Moscow time assumed, MSK = UTC+3); local {d} in {z}",
  notes="Imitates the English news feed of Verstka as copied from a browser. Items newest first: a stamp line '16.09.2032 23:30' (numeric date, no zone; Moscow time assumed, as the outlet writes for a Russian audience), headline, paragraphs. No authors. The top item, 23:30 Moscow time, is 20:30 UTC on the same day. 21107-05 is an 'Explained:' piece with a full body (a theme piece, importance 2, not a teaser). One off-beat item (e-scooters). Support box after the fourth item.",
  not_entries=["masthead 'Verstka', menu, language switch, 'Support Verstka'", "page heading 'News feed'", "support box after the fourth item ('Verstka is blocked in Russia ...', 'Become a supporter')",
               "'Load more news'", "footer line"],
  entries=[
  E("2032-09-16 23:30", "Mobile internet was switched off in 18 regions during drone raids this week, our count shows",
    ["Mobile internet was cut in at least 18 Russian regions for several hours at a time between Monday and Thursday, according to Verstka\u2019s count based on official statements and outage reports.",
     "Officials say the shutdowns stop drones from navigating by mobile networks. In Ulyanovsk and Penza, card payments in shops failed for most of Wednesday."],
    "other", "security", 2, "mobile-internet-shutdowns-count-2032-09-16", n="counter-drone measure and its effect on civilians: other/security"),
  E("2032-09-16 19:40", "Drones hit ammunition depot near Tikhoretsk; two villages evacuated",
    ["A series of explosions shook an ammunition depot near Tikhoretsk in the Krasnodar region after a drone attack on Thursday evening, and residents of two nearby villages were told to leave their homes, the regional authorities said.",
     "Local residents reported detonations continuing for more than an hour."],
    "strikes", "strikes", 2, "tikhoretsk-ammunition-depot-drone-strike-2032-09-16"),
  E("2032-09-16 16:15", "Recruiters offer debtors write-offs of up to 10 million rubles for signing army contracts",
    ["Recruitment offices in at least five regions have started promising men with bank debts that up to 10 million rubles will be written off if they sign a contract with the Defence Ministry, according to advertisements collected by Verstka.",
     "A law adopted last year already allowed debts of up to 10 million rubles to be frozen for contract soldiers."],
    "other", "frontline", 2, "recruiters-debt-write-off-offer-2032-09-16", n="military recruitment: other/frontline"),
  E("2032-09-16 13:05", "Duma passes bill on confiscating property for \u2018discrediting the army\u2019",
    ["The State Duma passed in the third reading a bill that allows courts to confiscate property from people convicted of \u201cdiscrediting\u201d the armed forces, including property held abroad."],
    "other", "politics", 2, "duma-confiscation-bill-discrediting-army-2032-09-16"),
  E("2032-09-16 10:50", "Explained: What the new register of draftees means for men who live abroad",
    ["From November, summonses entered in the unified electronic register will be considered delivered seven days after they appear in a man\u2019s online account, whether or not he has read them.",
     "For men living abroad this means restrictions can take effect without their knowledge: a ban on leaving Russia, on registering property, or on taking out loans.",
     "Lawyers we spoke to advise checking the register before any trip home."],
    "other", "politics", 2, "explainer-draft-register-men-abroad",
    n="theme piece (explainer on the conscription register, no single event) with a full body: importance 2"),
  E("2032-09-16 08:20", "Two killed as drone hits car in Belgorod region",
    ["Two men were killed when a Ukrainian drone hit their car on a road near Shebekino on Thursday morning, Belgorod governor Vyacheslav Gladkov said."],
    "strikes", "strikes", 3, "shebekino-car-drone-strike-2032-09-16"),
  OFF("2032-09-16 05:10", "St Petersburg bans rental e-scooters from the city centre",
    ["St Petersburg will ban rental electric scooters from the historic centre from next season, the city\u2019s transport committee said, after a summer with a record number of accidents."],
    "st-petersburg-e-scooter-ban-2032-09-16", n="city transport"),
  ]))

# ---------------------------------------------------------------- 21108 Current Time (English), live page
SEEDS.append(dict(
  id="21108", name="21108_currenttime-live", ext="html", source="Current Time", zone="Europe/Prague", render=r_ct_live,
  title="War, Region, Exile: Current Time\u2019s Live Coverage", url="https://www.currenttime.tv/a/live-coverage-september-18/33012456.html",
  start="2032-09-18 07:30",
  lede="Our correspondents in Ukraine, Russia, Central Asia and the Caucasus follow the day\u2019s news. Updates are added through the evening.",
  basis="bare item time '{s}' under the date divider above it; the header 'Updated ... CEST' gives the zone (Prague, CEST = UTC+2); local {d} in {z}",
  notes="Imitates an English live page of Current Time (RFE/RL's Russian-language network) in Pangea-style HTML. Header 'Updated September 18, 2032 22:50 CEST' (the zone is printed only there; the newsroom is in Prague); one date divider 'September 18, 2032'; items newest first with a bare '22:50' time, Title Case h2 headline, optional 'By ...' credit (the desk credit 'Current Time' is kept as printed, as are reporters' names), body or a video player. 21108-02 is a 'Video:' item with only a player (teaser, importance 1) about the evacuation in 21108-03. JSON-LD is a NewsArticle with page-level dates only. One off-beat item (Central Asian water deal).",
  not_entries=["header logo, network description and menu", "page title (h1)", "'Updated September 18, 2032 22:50 CEST' line", "intro paragraph",
               "date divider 'September 18, 2032'", "'By ...' credit lines (author, not body)", "video player with its duration in the teaser",
               "'Share / Embed' under each item", "'Watch Current Time live' promo after the third item", "footer"],
  entries=[
  E("2032-09-18 22:50", "Zelensky Visits Chisinau, Discusses Transnistria And Energy With Sandu",
    ["Ukrainian President Volodymyr Zelensky met Moldovan President Maia Sandu in Chisinau on Saturday for talks on border security, the Russian troops stationed in Transnistria, and a new power line between the two countries.",
     "It was Zelensky\u2019s third visit to Moldova since the full-scale invasion."],
    "diplomacy", "diplomacy", 3, "zelensky-chisinau-visit-2032-09-18", a="Current Time", n="head-of-state visit: importance 3"),
  E("2032-09-18 20:15", "Video: An Evacuation Train Leaves Kupiansk District", [],
    "other", "humanitarian", 1, "kupiansk-district-child-evacuation-2032-09-18", dur="1:54", n="video teaser without text about the evacuation in 21108-03"),
  E("2032-09-18 18:30", "Families With Children Ordered To Leave Villages Near Kupiansk",
    ["Ukrainian authorities ordered the mandatory evacuation of families with children from 11 villages in the Kupiansk district, where Russian drones and artillery have made the roads impassable in daylight.",
     "About 230 children still live in the area, the regional administration said."],
    "other", "humanitarian", 2, "kupiansk-district-child-evacuation-2032-09-18", a="Oleksiy Danylyuk"),
  E("2032-09-18 15:05", "Russian Missiles Hit Energy Facility In Kryvyi Rih, Cutting Power To 70,000",
    ["A Russian missile strike damaged an energy facility in Kryvyi Rih on Saturday afternoon, leaving about 70,000 households without electricity, the head of the city\u2019s defence council said. No casualties were reported."],
    "strikes", "strikes", 2, "kryvyi-rih-energy-facility-strike-2032-09-18", a="Current Time"),
  E("2032-09-18 12:40", "Kazakhstan Detains Russian Wanted For Desertion",
    ["Police in Almaty detained a 29-year-old Russian who is wanted at home for leaving his unit without permission, his lawyer told Current Time, adding that she feared he would be handed over to Russia within days."],
    "other", "politics", 2, "almaty-russian-deserter-detained-2032-09-18", a="Aigerim Sadykova"),
  E("2032-09-18 10:10", "Three Georgian Volunteers Killed Near Pokrovsk Are Buried In Tbilisi",
    ["Hundreds of people attended the funeral in Tbilisi of three Georgian volunteers who were killed fighting for Ukraine near Pokrovsk earlier this month."],
    "other", "frontline", 2, "georgian-volunteers-funeral-tbilisi-2032-09-18", a="Current Time"),
  OFF("2032-09-18 07:45", "Central Asian Leaders Sign Water-Sharing Deal In Bishkek",
    ["The presidents of Kyrgyzstan, Kazakhstan, Uzbekistan, Tajikistan and Turkmenistan signed an agreement in Bishkek on sharing water from the Syr Darya and Amu Darya rivers during dry years."],
    "central-asia-water-sharing-deal-2032-09-18", n="regional water politics"),
  ]))

# ---------------------------------------------------------------- 21109 Kommersant (English wire digest), text scrape
SEEDS.append(dict(
  id="21109", name="21109_kommersant-wiredigest", ext="txt", source="Kommersant", zone="Europe/Moscow", render=r_kommersant,
  title="News digest: Russia in brief",
  lede="The main news of the day from Russia, compiled by our newsroom from its own reporting and the news agencies.",
  basis="stamp '{s}' printed at the start of the headline line (MSK = UTC+3) under the single date header 'Monday, September 20, 2032'; local {d} in {z}",
  notes="Imitates a Kommersant-style English wire digest copied from a browser: one date header 'Monday, September 20, 2032', then items oldest first, each on a single line 'HH:MM MSK | Headline' (stamp and headline share the line; the headline is the text after ' | '), one or two paragraphs, then the wire credit in brackets ('(Interfax)', '(TASS)', '(RIA Novosti)', '(Kommersant)'), which is a source credit, not an author. No personal bylines (author null). Two off-beat items (ruble rate, Goa flights). A subscription line follows the fourth item.",
  not_entries=["masthead 'KOMMERSANT', edition line and menu", "page title 'News digest: Russia in brief'", "date header 'Monday, September 20, 2032'", "intro paragraph",
               "the 'HH:MM MSK | ' prefix of each headline line (the stamp)", "wire credits in brackets after each item", "subscription line after the fourth item",
               "'The digest is updated through the day.'", "copyright line"],
  entries=[
  E("2032-09-20 06:40", "Defence Ministry: 47 Ukrainian drones downed overnight over eight regions",
    ["Air defences destroyed 47 Ukrainian drones overnight over the Bryansk, Kursk, Belgorod, Oryol, Tula, Kaluga, Moscow and Smolensk regions, the Defence Ministry said. Restrictions were imposed at Kaluga and Vnukovo airports for several hours."],
    "strikes", "strikes", 2, "overnight-drones-eight-regions-2032-09-20", wire="Interfax"),
  OFF("2032-09-20 08:15", "Ruble weakens past 105 per dollar",
    ["The ruble fell past 105 per US dollar in morning trading on the Moscow Exchange for the first time since April, as exporters\u2019 sales of foreign currency slowed after the tax period."],
    "ruble-exchange-rate-2032-09-20", n="currency markets", wire="Kommersant"),
  E("2032-09-20 09:50", "Federation Council committee backs 14.9 trillion rubles for defence in 2033",
    ["The Federation Council\u2019s defence committee endorsed the draft budget line for national defence in 2033, set at 14.9 trillion rubles, slightly above this year\u2019s level.",
     "Spending on \u201cnational security and law enforcement\u201d is set to rise by 6%."],
    "other", "politics", 2, "russia-2033-defence-budget-2032-09-20", wire="TASS", n="Russian domestic budget for the war: other/politics"),
  E("2032-09-20 11:30", "Bryansk governor: woman killed in drone attack on Klimovo",
    ["A 67-year-old woman was killed when a Ukrainian drone hit a house in the village of Klimovo, Bryansk region governor Alexander Bogomaz said. Two other houses and a shop were damaged."],
    "strikes", "strikes", 3, "klimovo-drone-strike-2032-09-20", wire="RIA Novosti"),
  E("2032-09-20 13:05", "Lavrov to lead Russian delegation at UN General Assembly week",
    ["Foreign Minister Sergey Lavrov will lead the Russian delegation at the high-level week of the UN General Assembly in New York and is due to speak on September 25, the Foreign Ministry said."],
    "diplomacy", "diplomacy", 2, "lavrov-unga-delegation-2032-09-20", wire="Interfax"),
  E("2032-09-20 14:40", "Court arrests former head of Kursk fortification contractor",
    ["A Moscow court arrested the former director of a state contractor that built defensive lines in the Kursk region, on charges of embezzling 1.3 billion rubles allocated for the works.",
     "He is the ninth person charged in the case."],
    "other", "politics", 2, "kursk-fortifications-embezzlement-arrest-2032-09-20", wire="Kommersant"),
  OFF("2032-09-20 16:20", "Aeroflot to resume flights to Goa for the winter season",
    ["Aeroflot will resume direct flights from Moscow to Goa from October 28, with three flights a week, the airline said."],
    "aeroflot-goa-flights-2032-09-20", n="tourism", wire="Interfax"),
  E("2032-09-20 18:55", "Peskov: no Putin-Zelensky meeting planned \u2018at this stage\u2019",
    ["Kremlin spokesman Dmitry Peskov said there were no plans for a meeting between Vladimir Putin and Volodymyr Zelensky \u201cat this stage,\u201d because the positions of the two sides were still too far apart."],
    "diplomacy", "diplomacy", 2, "peskov-no-putin-zelensky-meeting-2032-09-20", wire="TASS"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_textlive_sig(S):
    """text live blog, newest first. A 'Key Points' block of bulleted post headlines; each post: headline, body (a photo teaser
    prints only an image placeholder and credit), then a signature line 'NAME | 21:45 BST' (the stamp closes the post)."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "News | UK | World | Politics | Business | Sport | Live", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        L += [e["h"], ""]
        L += paras(e["p"]) if e["p"] else ["[Image]", e["photo"], ""]
        L += [(f"{e['a']} | " if e["a"] else "") + st, ""]
        if i == 2:
            L += [f"Sign up to the {S['source']} Ukraine Briefing, sent every weekday at 7am.", ""]
    L += ["Load earlier updates", "", f"{S['source']} \u00b7 About \u00b7 Complaints \u00b7 Privacy \u00b7 Cookies"]
    return "\n".join(L) + "\n", stamps


def r_ldlive(S):
    """HTML live blog, oldest first; LiveBlogPosting JSON-LD whose updates carry their own datePublished (+03:00), headline, author
    and articleBody; visible <time datetime> with '08:35'; h2 headline; author under it."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{401 + i}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="consent">{esc(S["source"])} and its partners use cookies. <button>Accept all</button> <button>Settings</button></div>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a href="/ukraine">Ukraine</a> <a href="/frontline">Frontline</a> '
           '<a href="/world">World</a> <a href="/economy">Economy</a> <a href="/support">Support us</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="update-{401 + i}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="update__author">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="update__tools"><a>Copy link</a> <a>Share</a></div></article>')
        if i == 3:
            out.append(f'<aside class="read-also"><h3>Read also</h3><a href="/ukraine/explained">{esc(S["related"])}</a></aside>')
    out += ['<p class="closing">We are pausing our live coverage for tonight.</p></main>',
            f'<footer>{esc(S["source"])} \u00b7 Editorial standards \u00b7 Contacts \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """RSS 2.0 feed, newest first; pubDate with the outlet's numeric offset, or 'GMT' when S['gmt']; dc:creator when the item
    has an author; CDATA description with <p> paragraphs."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', '<ttl>10</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S.get("gmt", False)); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "World").lower()}/{slugify(e["h"])[:60]}-{i + 81250}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="false">{slugify(S["source"])}-{i + 81250}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO 8601 with the outlet's offset ('Z' for UTC); escaped-HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    iso = lambda d: d.isoformat().replace("+00:00", "Z")
    host = S["url"].split("//")[1]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}/"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>{S["url"]}/atom.xml</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f'{S["url"]}/{d:%Y/%m/%d}/{slugify(e["h"])[:60]}'
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link rel="alternate" href="{link}"/>', f'<id>tag:{host},{d:%Y-%m-%d}:{i + 5520}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_htmllive_dot(S):
    """HTML live blog without JSON-LD, newest first; '21.40' (24-hour clock with a dot) in a span above the h2; a printed
    note on the zone next to the dateline; byline under the h2; a video teaser prints only a player placeholder."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title></head><body>',
           '<div id="cookie-bar">This site uses cookies. <button>OK</button> <button>More information</button></div>',
           f'<header><strong>{S["source"]}</strong> <nav><a>Lithuania</a> <a>Baltics</a> <a>Europe</a> <a>Ukraine</a> <a>Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])} \u00b7 {esc(S["tznote"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M}"; stamps.append(st)
        out.append(f'<section class="entry"><span class="entry__time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="entry__by">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="player">[Video player]</div>')
        out.append('</section>')
        if i == 2:
            out.append(f'<aside><h3>More on this</h3><a href="/ukraine/kharkiv">{esc(S["related"])}</a></aside>')
    out += [f'<p class="prev"><a href="/live/{S["prev"]}">Previous day\u2019s live blog</a></p></main>',
            f'<footer>{S["source"]} \u00b7 About us \u00b7 Advertising \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_textlive_pre(S):
    """text live blog, oldest first; a stamp line '08:30 CEST \u00b7 NAME' before each headline, then the body; a syndicated piece
    ends with a line naming where it first appeared."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Home  /  World  /  Europe  /  Live", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        L += [st + (f" \u00b7 {e['a']}" if e["a"] else ""), e["h"], ""] + paras(e["p"])
        if e.get("syndicated"):
            L += [e["syndicated"], ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Our live coverage has ended for today.", "", f"{S['source']} \u00b7 Contact \u00b7 Terms \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_textlive_ampm(S):
    """text live blog, newest first; '9.30pm' on its own line before the headline (UK clock, no zone printed); dateline with
    weekday and year; page byline."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Live  |  News  |  Ukraine  |  World  |  Comment", "", S["title"], S["dateline"], f"By {S['byline']}", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, sep="."); stamps.append(st)
        L += [st, e["h"], ""] + paras(e["p"])
        if i == 3:
            L += ["Read more: our full coverage of the war in Ukraine", ""]
    L += ["Earlier updates", "", f"{S['source']} \u00b7 Contact us \u00b7 Privacy \u00b7 Terms"]
    return "\n".join(L) + "\n", stamps


def r_graphlive(S):
    """HTML live blog, oldest first; JSON-LD @graph with a LiveBlogPosting whose updates carry their own datePublished in UTC ('Z');
    visible bare '10:40' in <time> without datetime; a photo teaser shows only a gallery placeholder; signature after the body."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    zf = lambda d: d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    base = S["url"].split("/live")[0]
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": zf(dt(e["t"], z)), "articleBody": " ".join(e["p"])} for e in S["entries"]]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": base + "/#org", "name": S["source"], "url": base + "/"},
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"]},
        {"@type": "LiveBlogPosting", "@id": S["url"] + "#liveblog", "mainEntityOfPage": {"@id": S["url"]}, "headline": S["title"],
         "datePublished": zf(first), "dateModified": zf(last), "coverageStartTime": zf(first),
         "publisher": {"@id": base + "/#org"}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header>{S["source"]} <nav><a>Germany</a> <a>Europe</a> <a>World</a> <a>Business</a> <a>Culture</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="live-entry"><time>{st}</time><h3>{esc(e["h"])}</h3>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">[Gallery: 9 images]</div>')
        if e["a"]:
            out.append(f'<p class="sig">({esc(e["a"])})</p>')
        out.append('</div>')
        if i == 2:
            out.append(f'<div class="promo">The {esc(S["source"])} briefing: the day in five minutes, every evening</div>')
    out += ['</main>', f'<footer>{S["source"]} \u00b7 Imprint \u00b7 Privacy \u00b7 Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_article(S):
    """text article with section headings (one entry per section), a page byline and a dateline with time and zone; no per-section stamp."""
    L = [S["source"], "Home  \u00bb  Esteri  \u00bb  Europe", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share  \u00b7  Print  \u00b7  Listen", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + paras(e["p"])
    L += [S["more"], "", f"\u00a9 {S['source']} \u00b7 Legal notes \u00b7 Privacy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2032-09-23 (UTC), day 2 = 2032-09-24, day 3 = 2032-09-28.
DNI = "dnipro-missile-strike-2032-09-23"
NOR = "norway-drone-production-funding-2032-09-23"
ZUN = "zelensky-un-general-assembly-speech-2032-09-23"
EXPL1 = "explainer-ballistic-missile-warning-times"
EXPL1_H = "Explainer: How much warning does a city get before a ballistic missile lands?"
EXPL1_P = ["Thursday's strike on Dnipro was preceded by an air-raid alert that sounded barely two minutes before the first explosion. That is not a failure of the warning system: it is the physics of ballistic missiles.",
           "An Iskander-M fired from the Belgorod or Kursk border area covers 150 to 300 kilometres in roughly three to five minutes. Ukraine's early-warning network can detect the launch, but the trajectory is only known for certain in the last part of the flight.",
           "Cities closer to the border, such as Kharkiv and Sumy, often get no separate ballistic warning at all. Officials say the only dependable protection is to move towards shelter at the first general alert rather than waiting for a second one."]

# ---------------------------------------------------------------- 21120 Inglewick Telegraph (day 1, text live, Key Points)
SEEDS.append(dict(
  id="21120", name="21120_inglewick-textlive", ext="txt", source="Inglewick Telegraph", zone="Europe/London", render=r_textlive_sig,
  title="Russia-Ukraine war live: Dnipro death toll rises to 11 after missile strike on city centre",
  dateline="Thursday 23 September 2032",
  lede="Ballistic missiles hit a shopping street and a student dormitory in Dnipro; Zelensky addresses the UN General Assembly; Norway funds Ukrainian drone factories.",
  basis="signature stamp '{s}' closing the post (BST printed, UTC+1) under the dateline 'Thursday 23 September 2032'; local {d} in {z}",
  notes="Invented outlet (British). Text live blog, newest first. A 'Key Points' block lists two post headlines with bullets (key_point true, importance 3). Each post: headline, body, then a signature line 'NAME | HH:MM BST' that closes the post (the stamp follows the body, as in some UK live blogs). 21120-02 is a 'Pictured:' teaser with only an image placeholder and a photo credit (no body, no author). 21120-03 is a theme piece (explainer on ballistic-missile warning times) that mentions the Dnipro strike but is its own story; it is re-published on day 2 by 21131. Spelling 'Dnipro'.",
  not_entries=["masthead and navigation", "'LIVE' label", "page title and dateline 'Thursday 23 September 2032'", "standfirst/lede",
               "'Key Points' header and its two bullet lines (pointers to posts)", "'Latest updates' label",
               "signature lines 'NAME | HH:MM BST' (author and stamp, not body)", "'[Image]' placeholder and photo credit in the teaser",
               "newsletter sign-up line after the third post", "'Load earlier updates'", "footer line"],
  entries=[
  E("2032-09-23 21:45", "Dnipro death toll rises to 11",
    ["Eleven people are now known to have been killed in this morning's missile strike on Dnipro, the head of the regional military administration, Serhiy Lysak, has said. Forty people were injured, six of them critically.",
     "Rescuers are still working at the student dormitory, where a section of the upper floors collapsed. Lysak said two people were believed to be under the rubble."],
    "strikes", "strikes", 3, DNI, a="Ellen Marsh", kp=True, n="toll 11 dead, 40 injured"),
  E("2032-09-23 19:20", "Pictured: Rescuers at the damaged student dormitory in Dnipro", [],
    "strikes", "strikes", 1, DNI, photo="Photograph: Viktor Hrebeniuk/Inglewick Telegraph", n="photo teaser without body"),
  E("2032-09-23 17:05", EXPL1_H, EXPL1_P, "strikes", "strikes", 2, EXPL1, a="Tom Ashdown",
    n="theme piece (explainer on warning times for ballistic missiles, no single event); mentions the Dnipro strike but must not merge with it"),
  E("2032-09-23 15:50", "Zelensky tells UN General Assembly Russia 'answers every proposal with missiles'",
    ["Volodymyr Zelensky has told the UN General Assembly in New York that Russia \"answers every proposal with missiles\", pointing to the strike on Dnipro a few hours before he spoke.",
     "Ukraine's president asked member states to back a resolution on the return of deported children and to join a maritime ceasefire in the Black Sea."],
    "diplomacy", "diplomacy", 3, ZUN, a="Ellen Marsh", kp=True, n="head-of-state speech at the UN; mentions the Dnipro strike but is its own story"),
  E("2032-09-23 13:10", "Norway to fund Ukrainian long-range drone production",
    ["Norway will pay for the production of long-range attack drones in Ukrainian factories, its defence ministry said, setting aside 6 billion kroner (about \u00a3430 million) for the programme next year."],
    "aid", "aid", 3, NOR, a="Tom Ashdown"),
  E("2032-09-23 11:25", "Ukrainian forces pull back from village near Pokrovsk",
    ["Ukrainian troops have withdrawn from the village of Udachne, west of Pokrovsk, to avoid encirclement, a spokesman for the army group in the area said. Russia claimed the capture of the village on Tuesday."],
    "other", "frontline", 2, "udachne-withdrawal-2032-09-23", a="Tom Ashdown"),
  E("2032-09-23 07:05", "Russian missiles hit central Dnipro; at least four dead",
    ["At least four people have been killed after Russian ballistic missiles struck the centre of Dnipro during the morning rush hour, Ukrainian officials said. One missile hit a shopping street and another a university dormitory.",
     "Ukraine's air force said the missiles were fired from the Kursk region and that the alert sounded less than two minutes before impact."],
    "strikes", "strikes", 3, DNI, a="Ellen Marsh", n="toll 4"),
  ]))

# ---------------------------------------------------------------- 21121 Glenderran Herald (day 1, HTML live + LiveBlogPosting)
SEEDS.append(dict(
  id="21121", name="21121_glenderran-ldlive", ext="html", source="Glenderran Herald", zone="Europe/Kyiv", render=r_ldlive,
  title="War in Ukraine, day 3,865: live updates", url="https://glenderran-herald.example/live/2032-09-23",
  dateline="Thursday, 23 September 2032 \u00b7 Kyiv time",
  lede="Missiles hit the centre of Dnipro in the morning; drones attack Pavlohrad overnight; Norway commits money for Ukrainian drones.",
  related="Why Dnipro has become the rear base of the eastern front",
  basis="visible '{s}' in <time datetime> (+03:00) and the update's JSON-LD datePublished; dateline 'Thursday, 23 September 2032 \u00b7 Kyiv time' (EEST = UTC+3); local {d} in {z}",
  notes="Invented outlet (Ukrainian, English-language). HTML live blog, oldest first, with LiveBlogPosting JSON-LD whose liveBlogUpdate items carry their own datePublished (+03:00), headline, author and articleBody. Visible: <time datetime=...>HH:MM</time>, h2 headline, author paragraph, body. 21121-05 re-publishes 21121-03 almost verbatim with a stale toll (same headline): duplicate_of 21121-03, importance 1. 21121-01 (overnight drone attack on Pavlohrad in the same Dnipropetrovsk region) must not merge with the Dnipro city strike. Spelling 'Dnipro'. The day count in the title (day 3,865) is counted from 24 February 2022 as day 1.",
  not_entries=["cookie banner", "header brand and navigation", "page title (h1)", "dateline", "standfirst/lede",
               "author paragraphs under each headline (author, not body)", "'Copy link / Share' under each update", "'Read also' box after the fourth update",
               "'We are pausing our live coverage for tonight.'", "footer"],
  entries=[
  E("2032-09-23 06:40", "Overnight drone attack on Pavlohrad injures one",
    ["Russian drones attacked Pavlohrad in the Dnipropetrovsk region overnight, injuring a 58-year-old man and damaging a railway depot and several private houses, the regional administration said."],
    "strikes", "strikes", 2, "pavlohrad-drone-attack-2032-09-23", a="Nadiia Horobets",
    n="same region (Dnipropetrovsk oblast), a different, earlier, non-deadly night drone attack; must not merge with the Dnipro city missile strike"),
  E("2032-09-23 08:35", "Ballistic missiles strike central Dnipro; at least three killed",
    ["Russia struck the centre of Dnipro with ballistic missiles at about 8.10am, killing at least three people, regional governor Serhiy Lysak said on Telegram.",
     "Emergency services are at two sites in the city centre."],
    "strikes", "strikes", 3, DNI, a="Nadiia Horobets", n="toll 3"),
  E("2032-09-23 10:50", "Dnipro: six dead, student dormitory among buildings hit",
    ["The number of people killed in the morning missile strike on Dnipro has risen to six, with 28 injured, Serhiy Lysak said. One of the missiles hit a five-storey dormitory of the national university.",
     "Classes at the university have been cancelled until Monday."],
    "strikes", "strikes", 3, DNI, a="Nadiia Horobets", n="toll 6"),
  E("2032-09-23 12:30", "Norway sets aside NOK 6 billion for Ukrainian-made long-range drones",
    ["Norway will finance the production of long-range drones by Ukrainian manufacturers next year, allocating 6 billion kroner, Defence Minister Tore O. Sandvik announced in Oslo.",
     "Ukraine's ministry of strategic industries said the money would pay for several thousand drones."],
    "aid", "aid", 3, NOR, a="Marko Ivashchenko"),
  E("2032-09-23 13:45", "Dnipro: six dead, student dormitory among buildings hit",
    ["The number of people killed in the morning missile strike on Dnipro has risen to six, with 28 people injured, Serhiy Lysak said. One of the missiles hit a five-storey dormitory of the national university.",
     "Classes at the university have been cancelled until Monday."],
    "strikes", "strikes", 1, DNI, a="Nadiia Horobets", dup="21121-03", n="near-verbatim repeat of 21121-03 (re-published with the stale toll of six)"),
  E("2032-09-23 16:10", "Government approves winter heating payments for front-line communities",
    ["The Cabinet of Ministers approved one-off payments of 6,500 hryvnias per household to help families in front-line communities of seven regions pay for heating this winter."],
    "other", "humanitarian", 2, "winter-heating-payments-frontline-2032-09-23", a="Marko Ivashchenko"),
  E("2032-09-23 20:30", "Lysak: nine now confirmed dead in Dnipro",
    ["Nine people have now been confirmed dead after the Russian missile strike on Dnipro, including two students, Serhiy Lysak said in his evening update. Thirty-seven people were injured.",
     "The search continues at the dormitory."],
    "strikes", "strikes", 3, DNI, a="Nadiia Horobets", n="toll 9"),
  ]))

# ---------------------------------------------------------------- 21122 Overstrand World Service (day 1, RSS world feed)
SEEDS.append(dict(
  id="21122", name="21122_overstrand-worldrss", ext="xml", source="Overstrand World Service", zone="America/Chicago", render=r_rss,
  title="Overstrand World Service: World", url="https://news.overstrand.example",
  lede="International news from the Overstrand World Service desk in Chicago.",
  basis="RSS pubDate '{s}' (explicit -0500 offset, US Central Daylight Time); local {d} in {z}",
  notes="Invented outlet (US). General world RSS 2.0 feed, newest first, pubDate with -0500; the war is a minority (4 of 6 items off-beat: hurricane, US interest rates, Brazilian tax reform, Japanese earthquake). dc:creator only where printed. The last item is dated 'Wed, 22 Sep 2032 20:30:00 -0500' in the feed, which is 01:30 UTC on 23 September: it belongs to the UTC day 2032-09-23 although its printed local date is the 22nd.",
  not_entries=["channel title, link, description, language and ttl", "category labels"],
  entries=[
  OFF("2032-09-23 17:40", "Hurricane Idris makes landfall on Mexico's Gulf coast",
    ["Hurricane Idris came ashore near Tampico as a Category 3 storm on Thursday afternoon, with winds of 120 miles per hour, forcing tens of thousands of people into shelters, Mexican officials said."],
    "hurricane-idris-landfall-2032-09-23", a="Carla Benavides", n="weather", cat="Americas"),
  OFF("2032-09-23 13:05", "Fed holds rates steady, signals one cut before year-end",
    ["The Federal Reserve left its benchmark interest rate unchanged on Thursday and indicated that it expects to lower borrowing costs once more before the end of the year."],
    "federal-reserve-rate-decision-2032-09-23", a="Owen Halloran", n="US economy", cat="Business"),
  E("2032-09-23 10:20", "Zelensky, at UN, says Moscow answers peace proposals with missiles",
    ["Ukrainian President Volodymyr Zelensky used his speech to the UN General Assembly on Thursday to accuse Russia of answering \"every proposal with missiles,\" hours after a deadly strike on the city of Dnipro."],
    "diplomacy", "diplomacy", 3, ZUN, a="Priya Raman"),
  E("2032-09-23 08:50", "Russian missile strike kills at least 7 in Ukraine's Dnipro",
    ["At least seven people were killed and more than 30 wounded Thursday when Russian ballistic missiles hit a shopping street and a university dormitory in the Ukrainian city of Dnipro, regional officials said."],
    "strikes", "strikes", 3, DNI, a="Priya Raman", n="toll 7"),
  OFF("2032-09-23 06:15", "Brazil's Senate approves overhaul of consumption taxes",
    ["Brazil's Senate approved the final stage of an overhaul of the country's consumption taxes early Thursday, replacing five federal and state levies with a single value-added tax."],
    "brazil-tax-overhaul-2032-09-23", a="Carla Benavides", n="Latin American politics", cat="Americas"),
  OFF("2032-09-22 20:30", "Magnitude 6.1 earthquake shakes northern Japan; no tsunami warning",
    ["An earthquake of magnitude 6.1 struck off the coast of Iwate prefecture on Thursday morning local time, shaking buildings in Morioka, Japan's meteorological agency said. No tsunami warning was issued."],
    "japan-iwate-earthquake-2032-09-23", n="natural disaster", cat="Asia"),
  ]))

# ---------------------------------------------------------------- 21123 Penistow Review (day 1, Atom)
SEEDS.append(dict(
  id="21123", name="21123_penistow-atom", ext="xml", source="Penistow Review", zone="Europe/Warsaw", render=r_atom,
  title="Penistow Review \u2013 Central Europe and the World", url="https://www.penistow-review.example",
  lede="English-language news from Warsaw",
  basis="Atom <published> '{s}' (explicit +02:00 offset, Central European Summer Time); local {d} in {z}",
  notes="Invented outlet (Polish, English-language). Atom 1.0 feed, newest first, <published> with +02:00, <author><name>, escaped-HTML content. Spelling 'Dniepr' (the Polish form of Dnipro). 21123-02 (Lithuanian jammers) is the same aid theme as Norway's drone money (21123-03) but another event: must not merge.",
  not_entries=["feed title, subtitle, links, id and updated"],
  entries=[
  E("2032-09-23 19:15", "Dniepr strike toll reaches eight as rescuers search dormitory",
    ["The death toll from Thursday morning's Russian missile attack on the Ukrainian city of Dniepr has risen to eight, local authorities said, as rescuers continued to search the ruins of a university dormitory."],
    "strikes", "strikes", 3, DNI, a="Agnieszka Sowi\u0144ska", n="spelling 'Dniepr'; toll 8"),
  E("2032-09-23 16:40", "Lithuania hands Ukraine 300 anti-drone jammers",
    ["Lithuania has delivered 300 portable anti-drone jammers to Ukrainian front-line units, the defence ministry in Vilnius said, in a package worth about 14 million euros."],
    "aid", "aid", 2, "lithuania-anti-drone-jammers-2032-09-23", a="Tomasz Wierzbicki",
    n="same aid theme as Norway's drone funding (another country, another package): must not merge"),
  E("2032-09-23 13:30", "Norway's drone money to go to Ukrainian factories, not imports",
    ["Norway's 6 billion kroner for long-range drones will be spent entirely in Ukraine, with Norwegian experts checking the production lines, the Norwegian defence ministry said on Thursday."],
    "aid", "aid", 3, NOR, a="Tomasz Wierzbicki"),
  E("2032-09-23 10:05", "Prosecutors charge two men over plot to sabotage rail line to Ukraine",
    ["Polish prosecutors have charged two Belarusian citizens with preparing an act of sabotage on the railway line that carries military supplies from Rzesz\u00f3w to the Ukrainian border, acting on behalf of Russian intelligence."],
    "other", "security", 2, "poland-rail-sabotage-charges-2032-09-23", a="Agnieszka Sowi\u0144ska"),
  E("2032-09-23 07:20", "Sikorski: EU must agree on frozen-asset loan before winter",
    ["Foreign Minister Rados\u0142aw Sikorski said the EU must agree on a new loan to Ukraine backed by frozen Russian assets before winter, warning that Kyiv's budget needs would otherwise go unmet in the first quarter."],
    "aid", "aid", 2, "sikorski-frozen-assets-loan-2032-09-23", a="Tomasz Wierzbicki", sec=["diplomacy"],
    n="financing through frozen assets: aid primary, diplomacy secondary"),
  ]))

# Day 2 = 2032-09-24
KHA = "kharkiv-glide-bomb-strike-2032-09-24"
SAR = "saratov-refinery-drone-strike-2032-09-24"

# ---------------------------------------------------------------- 21130 Trawden Courier (day 2, HTML live, no JSON-LD)
SEEDS.append(dict(
  id="21130", name="21130_trawden-htmllive", ext="html", source="Trawden Courier", zone="Europe/Vilnius", render=r_htmllive_dot,
  title="Live: Glide bombs hit Kharkiv as Dnipro mourns its dead",
  dateline="Friday, 24 September 2032", tznote="Times are Vilnius time (EEST)", prev="2032-09-23",
  lede="Russian glide bombs strike a supermarket and homes in Kharkiv; Dnipro holds a day of mourning; Ukrainian drones hit a refinery in Saratov.",
  related="How Kharkiv keeps its metro running as a shelter",
  basis="stamp '{s}' (24-hour clock with a dot; the page prints 'Times are Vilnius time (EEST)', UTC+3) under the dateline 'Friday, 24 September 2032'; local {d} in {z}",
  notes="Invented outlet (Lithuanian, English-language). HTML live blog without JSON-LD, newest first. Each entry: time span '21.40' style (24-hour clock, dot separator), h2 headline, byline paragraph, body; the zone is printed once next to the dateline ('Times are Vilnius time (EEST)'). 21130-02 is a 'Video:' teaser with only a player placeholder (importance 1). Must-not-merge: the Kharkiv city glide-bomb strike vs the drone attack on Zolochiv (21130-05, same Kharkiv region, earlier and non-deadly). 21130-06 continues the day-1 Dnipro story (toll 13, day of mourning). Spelling 'Kharkiv'.",
  not_entries=["cookie bar", "header and navigation", "page title (h1)", "dateline and 'Times are Vilnius time (EEST)' note", "lead paragraph",
               "byline paragraphs (author, not body)", "video player placeholder in the teaser", "'More on this' box after the third entry",
               "link to the previous day's live blog", "footer"],
  entries=[
  E("2032-09-24 22:10", "Kharkiv toll rises to seven, mayor says",
    ["Seven people have died as a result of today's glide-bomb strike on Kharkiv's Saltivka district, Mayor Ihor Terekhov said, after a man who had been pulled from the supermarket ruins died in hospital. Forty-four people were injured."],
    "strikes", "strikes", 3, KHA, a="R\u016bta Kazlauskien\u0117", n="toll 7"),
  E("2032-09-24 19:30", "Video: Inside the Kharkiv supermarket hit by a glide bomb", [],
    "strikes", "strikes", 1, KHA, a="Mantas Grigalius", n="video teaser without body"),
  E("2032-09-24 16:45", "Seimas backs \u20ac140 million for Ukraine in next year's budget",
    ["Lithuania's parliament approved in a first reading a budget line of 140 million euros in military support for Ukraine in 2033, most of it for ammunition bought through joint European contracts."],
    "aid", "aid", 2, "lithuania-2033-budget-ukraine-support-2032-09-24", a="Mantas Grigalius"),
  E("2032-09-24 14:20", "Glide bombs hit Kharkiv's Saltivka district; four killed",
    ["Russian aircraft dropped at least three guided bombs on Kharkiv's Saltivka district shortly after 11am, hitting a supermarket and a 12-storey apartment block, regional governor Oleh Syniehubov said. Four people were killed and 26 injured."],
    "strikes", "strikes", 3, KHA, a="R\u016bta Kazlauskien\u0117", n="toll 4"),
  E("2032-09-24 12:05", "Drone hits Zolochiv in Kharkiv region, injuring a woman",
    ["A Russian drone hit a private house in Zolochiv, near the border in the Kharkiv region, on Friday morning, injuring a 61-year-old woman, local officials said."],
    "strikes", "strikes", 2, "zolochiv-drone-strike-2032-09-24", a="Mantas Grigalius",
    n="same region (Kharkiv oblast) but a different, earlier, non-deadly drone strike on a border town; must not merge with the Kharkiv city strike"),
  E("2032-09-24 10:30", "Dnipro holds day of mourning as death toll reaches 13",
    ["Dnipro is observing a day of mourning for the victims of Thursday's missile strike, whose death toll rose overnight to 13 after rescuers recovered two more bodies from the dormitory, Serhiy Lysak said."],
    "strikes", "strikes", 3, DNI, a="R\u016bta Kazlauskien\u0117", n="day-2 continuation of the day-1 Dnipro strike: toll 13, day of mourning"),
  E("2032-09-24 08:15", "Ukrainian drones set Saratov refinery on fire",
    ["Ukrainian drones struck the oil refinery in Saratov overnight, starting a fire at a primary processing unit, according to the regional governor, Roman Busargin, who said there were no casualties."],
    "strikes", "strikes", 3, SAR, a="Mantas Grigalius"),
  ]))

# ---------------------------------------------------------------- 21131 Lintwhite Daily (day 2, text live, oldest first)
SEEDS.append(dict(
  id="21131", name="21131_lintwhite-textlive", ext="txt", source="Lintwhite Daily", zone="Europe/Madrid", render=r_textlive_pre,
  title="Ukraine war live: Kharkiv hit by glide bombs, Saratov refinery burns", dateline="Friday 24 September 2032",
  lede="Russian glide bombs hit Kharkiv at midday; a Ukrainian drone attack sets fire to a refinery on the Volga; Dnipro ends its search for survivors.",
  basis="stamp line '{s}' before the headline (CEST printed, UTC+2) under the dateline 'Friday 24 September 2032'; local {d} in {z}",
  notes="Invented outlet (Spanish, English-language). Text live blog, oldest first. Each post: a stamp line 'HH:MM CEST \u00b7 NAME' before the headline, then the body. 21131-03 re-publishes day 1's explainer 21120-03 verbatim (same headline and text, with a closing line 'This explainer was first published by the Inglewick Telegraph on 23 September.'): a re-post of a day-1 entry, importance 1, duplicate_of null (duplicate_of is defined within a seed only), same story slug as day 1. 21131-05 is a theme piece (analysis of glide bombs) that must not merge with the Kharkiv strike. 21131-06 repeats 21131-04 almost verbatim with its stale toll: duplicate_of 21131-04, importance 1.",
  not_entries=["masthead and breadcrumb", "page title and dateline", "standfirst/lede", "stamp lines 'HH:MM CEST \u00b7 NAME' (stamp and author, not body)",
               "closing line of the re-post 'This explainer was first published by the Inglewick Telegraph on 23 September.'", "'Advertisement' after the fourth post",
               "'Our live coverage has ended for today.'", "footer line"],
  entries=[
  E("2032-09-24 08:30", "Saratov refinery burns after overnight drone attack",
    ["A large fire broke out at the refinery in the Russian city of Saratov after an attack by Ukrainian drones in the early hours of Friday, the regional governor said. Videos posted by residents showed a column of black smoke over the Volga."],
    "strikes", "strikes", 3, SAR, a="Luc\u00eda Sanz"),
  E("2032-09-24 10:45", "Dnipro mourns 13 dead as search ends",
    ["Rescuers in Dnipro have ended their search of the dormitory hit by Thursday's missile strike; 13 people were killed, the regional governor said, and the city has declared a day of mourning."],
    "strikes", "strikes", 3, DNI, a="Luc\u00eda Sanz", n="day-2 continuation of the day-1 Dnipro strike: search over, toll 13"),
  E("2032-09-24 11:40", EXPL1_H, EXPL1_P, "strikes", "strikes", 1, EXPL1, a="Tom Ashdown",
    syndicated="This explainer was first published by the Inglewick Telegraph on 23 September.",
    n="re-post of day-1 entry 21120-03 (Inglewick Telegraph explainer), republished verbatim: importance 1"),
  E("2032-09-24 12:50", "Glide bombs kill three in Kharkiv",
    ["At least three people were killed when Russian glide bombs hit a supermarket and a residential building in the north-eastern Ukrainian city of Kharkiv around midday, local officials said."],
    "strikes", "strikes", 3, KHA, a="Javier Molins", n="toll 3"),
  E("2032-09-24 15:10", "Analysis: Why glide bombs are so hard to stop",
    ["A glide bomb is an old Soviet-era free-fall bomb fitted with folding wings and a satellite guidance kit. Released from an aircraft 40 to 70 kilometres away, it never comes within reach of most Ukrainian air defences.",
     "Stopping them means either shooting down the aircraft that carry them, which requires long-range systems close to the front, or striking the airfields they fly from.",
     "Russia has used them against front-line towns for years; their use against Kharkiv, a city of more than a million people, is what has changed this autumn."],
    "strikes", "strikes", 2, "analysis-glide-bombs-hard-to-stop", a="Javier Molins",
    n="theme piece (analysis of glide bombs, no single event); mentions Kharkiv but must not merge with the Kharkiv strike"),
  E("2032-09-24 16:30", "Glide bombs kill three in Kharkiv",
    ["At least three people were killed when Russian glide bombs hit a supermarket and a residential building in the north-eastern city of Kharkiv around midday, local officials said."],
    "strikes", "strikes", 1, KHA, a="Javier Molins", dup="21131-04", n="near-verbatim repeat of 21131-04 (re-published with the stale toll of three)"),
  E("2032-09-24 18:05", "Spain to train 400 more Ukrainian soldiers",
    ["Spain will train another 400 Ukrainian soldiers at its base in Zaragoza before the end of the year, including crews for air defence systems, the defence ministry said."],
    "aid", "aid", 2, "spain-training-ukrainian-soldiers-2032-09-24", a="Luc\u00eda Sanz"),
  ]))

# ---------------------------------------------------------------- 21132 Uffington Globe (day 2, Atom world feed)
SEEDS.append(dict(
  id="21132", name="21132_uffington-worldatom", ext="xml", source="Uffington Globe", zone="UTC", render=r_atom,
  title="Uffington Globe \u2013 World", url="https://www.uffington-globe.example",
  lede="The world, as it happens",
  basis="Atom <published> '{s}' (explicit Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world Atom 1.0 feed, newest first, <published> in UTC ('Z'), authors where printed; the war is a minority (4 of 6 entries off-beat: Chilean cabinet, Bangladesh floods, Airbus, Kenyan by-elections). Spelling 'Kharkov'.",
  not_entries=["feed title, subtitle, links, id and updated"],
  entries=[
  OFF("2032-09-24 21:50", "Chile's president names new finance minister after budget row",
    ["Chile's president appointed a former central bank board member as finance minister on Friday, after her predecessor resigned over a dispute about next year's budget."],
    "chile-finance-minister-2032-09-24", a="Ines Cardenal", n="Latin American politics"),
  E("2032-09-24 17:45", "Russian glide bombs kill 6 in Kharkov",
    ["Six people were killed and more than 30 hurt when Russian guided bombs hit a supermarket and flats in Kharkov, Ukraine's second-largest city, on Friday, regional officials said."],
    "strikes", "strikes", 3, KHA, a="Simon Ferrars", n="spelling 'Kharkov'; toll 6"),
  OFF("2032-09-24 15:10", "Floods displace 200,000 in northern Bangladesh",
    ["Flooding along the Brahmaputra has forced about 200,000 people from their homes in northern Bangladesh, the disaster management ministry said."],
    "bangladesh-floods-2032-09-24", a="Ines Cardenal", n="natural disaster"),
  OFF("2032-09-24 12:35", "Airbus trims delivery target over engine shortages",
    ["Airbus lowered its target for aircraft deliveries this year by 40 planes, blaming continued delays in engine supplies."],
    "airbus-delivery-target-2032-09-24", n="business"),
  E("2032-09-24 09:00", "Drones hit Saratov refinery, Russian governor says",
    ["Drones attacked an oil refinery in the Russian city of Saratov overnight, causing a fire but no casualties, the region's governor said on Friday. Ukraine's general staff said the refinery supplied fuel to the Russian army."],
    "strikes", "strikes", 3, SAR, a="Simon Ferrars"),
  OFF("2032-09-24 04:20", "Kenya's electoral commission sets date for by-elections",
    ["Kenya's electoral commission said by-elections for six vacant parliamentary seats will be held on November 18."],
    "kenya-by-elections-date-2032-09-24", n="African politics"),
  ]))

# ---------------------------------------------------------------- 21133 Haweswater Post (day 2, RSS, Sydney)
SEEDS.append(dict(
  id="21133", name="21133_haweswater-rss", ext="xml", source="Haweswater Post", zone="Australia/Sydney", render=r_rss,
  title="Haweswater Post | World", url="https://www.haweswaterpost.example",
  lede="World news from the Haweswater Post, Sydney",
  basis="RSS pubDate '{s}' (explicit +1000 offset, Australian Eastern Standard Time); local {d} in {z}",
  notes="Invented outlet (Australian). RSS 2.0 world section feed, newest first, pubDate with +1000. The two newest items are dated Saturday 25 September in Sydney but fall on Friday 24 September in UTC (07:20 +1000 = 21:20 UTC; 02:10 +1000 = 16:10 UTC), so the whole feed belongs to the UTC day 2032-09-24. 21133-03 continues the day-1 Dnipro story. One off-beat item (rugby).",
  not_entries=["channel title, link, description, language and ttl", "category labels"],
  entries=[
  E("2032-09-25 07:20", "Australia to send 20 more Bushmasters to Ukraine",
    ["Australia will send another 20 Bushmaster protected vehicles to Ukraine, the Defence Minister announced on Saturday morning, bringing the total supplied since 2022 to more than 140."],
    "aid", "aid", 2, "australia-bushmasters-2032-09-24", a="Hamish Corrigan", n="local date 25 September, 21:20 UTC on the 24th"),
  E("2032-09-25 02:10", "Kharkiv: Russian bombs kill five at supermarket and homes",
    ["Russian guided bombs have killed five people in Kharkiv, hitting a supermarket and an apartment block in the city's north-east, Ukrainian officials say."],
    "strikes", "strikes", 3, KHA, a="Hamish Corrigan", n="toll 5; local date 25 September, 16:10 UTC on the 24th"),
  E("2032-09-24 22:40", "Dnipro buries victims as toll reaches 13",
    ["Families in Dnipro began burying the victims of Thursday's Russian missile strike, which has killed 13 people, as the city held a day of mourning."],
    "strikes", "strikes", 3, DNI, a="Georgia Petrakis", n="day-2 continuation of the day-1 Dnipro strike"),
  OFF("2032-09-24 18:05", "Wallabies name unchanged side for Bledisloe decider",
    ["The Wallabies have named an unchanged starting XV for next week's third Bledisloe Cup test against the All Blacks in Perth."],
    "wallabies-bledisloe-squad-2032-09-24", a="Josh Whitely", n="sport", cat="Sport"),
  E("2032-09-24 11:30", "Australian volunteer killed fighting near Kupiansk, DFAT confirms",
    ["The Department of Foreign Affairs and Trade has confirmed the death of a 34-year-old Australian man who was fighting with Ukraine's armed forces near Kupiansk, and said it was supporting his family."],
    "other", "frontline", 2, "australian-volunteer-killed-kupiansk-2032-09-24", a="Georgia Petrakis"),
  ]))

# Day 3 = 2032-09-28
SUM = "sumy-bus-station-missile-strike-2032-09-28"
PSW = "prisoner-exchange-210-for-210-2032-09-28"
GRI = "sweden-gripen-transfer-2032-09-28"

# ---------------------------------------------------------------- 21140 Rievaulx World (day 3, RSS world feed, GMT)
SEEDS.append(dict(
  id="21140", name="21140_rievaulx-worldrss", ext="xml", source="Rievaulx World", zone="UTC", render=r_rss, gmt=True,
  title="Rievaulx World \u2014 Top Stories", url="https://rievaulx-world.example",
  lede="Top stories from around the world, updated around the clock.",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world RSS 2.0 feed, newest first, pubDate in GMT; the war is a minority (5 of 7 items off-beat: Peru, Indonesia, Norway's oil fund, Panama Canal, Tokyo stocks). Spelling 'Sumi'.",
  not_entries=["channel title, link, description, language and ttl", "category labels"],
  entries=[
  OFF("2032-09-28 22:15", "Peru's Congress rejects motion to remove president",
    ["Peru's Congress on Tuesday fell 14 votes short of the majority needed to remove the president over allegations that she had accepted gifts from a construction company."],
    "peru-impeachment-vote-2032-09-28", a="Martina Quispe", n="Latin American politics", cat="Americas"),
  E("2032-09-28 19:40", "Death toll in Sumi bus station strike rises to 11",
    ["Eleven people are now known to have died after Russian missiles struck the bus station in the northern Ukrainian city of Sumi on Tuesday morning, the regional administration said."],
    "strikes", "strikes", 3, SUM, a="Declan Roper", n="spelling 'Sumi'; toll 11"),
  OFF("2032-09-28 16:05", "Indonesia's new capital opens its airport to international flights",
    ["The airport serving Nusantara, Indonesia's new capital on Borneo, received its first international flight, from Singapore, on Tuesday."],
    "nusantara-airport-international-flights-2032-09-28", n="transport", cat="Asia"),
  E("2032-09-28 13:30", "Russia and Ukraine swap 210 prisoners each in UAE-brokered deal",
    ["Russia and Ukraine exchanged 210 prisoners of war each on Tuesday in a swap mediated by the United Arab Emirates, officials on both sides said."],
    "diplomacy", "diplomacy", 3, PSW, a="Declan Roper"),
  OFF("2032-09-28 10:20", "Norway's sovereign wealth fund reports record quarterly gain",
    ["Norway's sovereign wealth fund, the world's largest, reported a record gain for the third quarter, driven by technology shares."],
    "norway-oil-fund-quarterly-gain-2032-09-28", a="Martina Quispe", n="markets", cat="Business"),
  OFF("2032-09-28 07:45", "Drought forces new limits on Panama Canal transits",
    ["The Panama Canal Authority said it would cut the number of daily transits to 28 from next week because water levels in Gatun Lake remain low."],
    "panama-canal-drought-limits-2032-09-28", n="trade and climate", cat="Americas"),
  OFF("2032-09-28 03:10", "Tokyo stocks close at a record high",
    ["Japan's Nikkei index closed at a record high on Tuesday, lifted by exporters after the yen weakened."],
    "nikkei-record-close-2032-09-28", n="markets", cat="Business"),
  ]))

# ---------------------------------------------------------------- 21141 Quantoxhead Chronicle (day 3, text live, newest first)
QB = "Rhiannon Keast"
SEEDS.append(dict(
  id="21141", name="21141_quantoxhead-textlive", ext="txt", source="Quantoxhead Chronicle", zone="Europe/London", render=r_textlive_ampm,
  title="Ukraine live: Sumy bus station strike kills 12; 210 prisoners freed in exchange",
  dateline="Tuesday 28 September 2032", byline=QB,
  lede="Russian missiles hit Sumy's bus station in the morning rush; Ukraine and Russia exchange prisoners; Sweden confirms it will send Gripen fighters.",
  basis="stamp '{s}' on its own line before the headline (UK clock, no zone printed: British Summer Time, UTC+1) under the dateline 'Tuesday 28 September 2032'; local {d} in {z}",
  notes="Invented outlet (British). Text live blog, newest first. Each post: a time line in the British style '9.30pm' (no zone printed; UK time = BST, UTC+1, in September), headline, body. No per-post byline: the page byline 'By Rhiannon Keast' is used as every entry's author. 21141-03 is a theme piece (analysis of the border towns under daily fire) that must not merge with the Sumy strike. Must-not-merge: the Sumy city strike vs the overnight drone attack on Shostka (21141-05, same Sumy region); Sweden's Gripens vs Denmark's F-16 training extension (21141-06, same aid theme). Spelling 'Sumy'.",
  not_entries=["masthead and navigation", "page title, dateline and page byline 'By Rhiannon Keast'", "standfirst/lede", "time lines before each headline (stamps)",
               "'Read more: our full coverage of the war in Ukraine' after the fourth post", "'Earlier updates'", "footer line"],
  entries=[
  E("2032-09-28 21:30", "Sumy toll rises to 12; two children among the dead",
    ["The number of people killed by this morning's missile strike on Sumy's bus station has risen to 12, including two children, the regional military administration said. Fifty-one people were injured.",
     "Officials said the missiles carried cluster warheads, which scattered bomblets across the bus station and the market next to it."],
    "strikes", "strikes", 3, SUM, a=QB, n="toll 12"),
  E("2032-09-28 19:15", "Zelensky thanks Stockholm as Sweden confirms Gripen transfer",
    ["Volodymyr Zelensky has thanked Sweden after its government confirmed that eight Gripen C/D fighter jets will be transferred to Ukraine, with the first due to arrive before the end of the year.",
     "Ukrainian pilots have been training on the aircraft in Sweden since the spring."],
    "aid", "aid", 3, GRI, a=QB),
  E("2032-09-28 16:50", "Analysis: The border towns where the sirens never stop",
    ["For people in Sumy, Shostka, Okhtyrka and the villages between them, the war is not a front line somewhere to the east: it is a border 30 kilometres away from which everything Russia has can reach them within minutes.",
     "Artillery and short-range drones cover the nearest villages; glide bombs and ballistic missiles reach the cities. Many schools in the region have taught online for three years.",
     "Local officials say the population of the border strip has halved since 2022, and that those who remain are mostly elderly."],
    "strikes", "strikes", 2, "analysis-sumy-border-towns-under-fire", a=QB,
    n="theme piece (analysis of life in the border region, no single event); mentions Sumy but must not merge with the Sumy strike"),
  E("2032-09-28 14:05", "Prisoners come home in 210-for-210 exchange",
    ["Ukraine and Russia have exchanged 210 prisoners of war each, Zelensky said, in a swap mediated by the United Arab Emirates. Among the Ukrainians released were soldiers captured in 2022 and a group of seriously wounded men."],
    "diplomacy", "diplomacy", 3, PSW, a=QB),
  E("2032-09-28 11:40", "Drones hit chemical plant in Shostka overnight",
    ["Russian drones hit a chemical plant in Shostka, in the north of the Sumy region, overnight, causing a fire and cutting power to part of the town, local officials said. Nobody was hurt."],
    "strikes", "strikes", 2, "shostka-chemical-plant-drone-strike-2032-09-28", a=QB,
    n="same region (Sumy oblast) but a different, earlier, non-deadly night drone attack; must not merge with the Sumy city strike"),
  E("2032-09-28 10:10", "Denmark extends F-16 training for Ukrainian pilots to 2034",
    ["Denmark will keep training Ukrainian F-16 pilots and ground crews until at least 2034, its defence ministry said, and will add a second training squadron in Skrydstrup."],
    "aid", "aid", 2, "denmark-f16-training-extension-2032-09-28", a=QB,
    n="same aid theme (combat aircraft) as Sweden's Gripen transfer, another country and event; must not merge"),
  E("2032-09-28 07:50", "Missile strike on Sumy bus station kills five",
    ["Five people have been killed and more than 20 injured after Russian missiles struck the central bus station in Sumy as commuters were arriving for work, Ukrainian officials said."],
    "strikes", "strikes", 3, SUM, a=QB, n="toll 5"),
  ]))

# ---------------------------------------------------------------- 21142 Nenthead Observer (day 3, HTML live, @graph, oldest first)
SEEDS.append(dict(
  id="21142", name="21142_nenthead-graphlive", ext="html", source="Nenthead Observer", zone="Europe/Berlin", render=r_graphlive,
  title="Ukraine: the day's events as they happen", url="https://nenthead-observer.example/live/ukraine-2032-09-28",
  dateline="Tuesday, 28 September 2032, Berlin",
  lede="Missiles on Sumy, a prisoner exchange on the Belarusian border and Swedish jets for Kyiv: our live coverage.",
  basis="visible '{s}' in <time> (Berlin time, CEST = UTC+2, as the dateline 'Tuesday, 28 September 2032, Berlin' implies) matching the update's JSON-LD datePublished in UTC; local {d} in {z}",
  notes="Invented outlet (German, English-language). HTML live blog, oldest first. JSON-LD @graph (NewsMediaOrganization, WebPage, LiveBlogPosting) whose liveBlogUpdate items carry their own datePublished in UTC ('Z'); the visible <time> elements print bare Berlin times ('10:40', CEST = UTC+2) without a datetime attribute. Signatures in brackets after the body '(NAME)'. 21142-03 is a 'Photos:' teaser with only a gallery placeholder. 21142-06 repeats 21142-02 almost verbatim with the stale toll: duplicate_of 21142-02, importance 1.",
  not_entries=["header and navigation", "page title (h1)", "dateline 'Tuesday, 28 September 2032, Berlin'", "standfirst", "signature lines '(NAME)' after each body (author, not body)",
               "gallery placeholder in the photo teaser", "briefing promo after the third entry", "footer"],
  entries=[
  E("2032-09-28 07:30", "Pistorius: German-Ukrainian shell plant to open by spring",
    ["A joint German-Ukrainian plant producing 155mm artillery shells in western Ukraine will start production by next spring, Defence Minister Boris Pistorius said during a visit to the site."],
    "aid", "aid", 2, "german-ukrainian-shell-plant-2032-09-28", a="Jannik Brandl"),
  E("2032-09-28 10:40", "Sumy: missile strike on bus station kills eight",
    ["Russian ballistic missiles struck the central bus station in Sumy during the morning rush hour, killing at least eight people and injuring 34, the regional administration said. Several buses caught fire."],
    "strikes", "strikes", 3, SUM, a="Jannik Brandl", n="toll 8"),
  E("2032-09-28 12:15", "Photos: Sumy after the strike", [],
    "strikes", "strikes", 1, SUM, n="photo-gallery teaser without body"),
  E("2032-09-28 14:00", "Prisoner exchange brings 210 Ukrainians home",
    ["Two hundred and ten Ukrainian prisoners of war returned home on Tuesday in an exchange for the same number of Russian soldiers, brokered by the United Arab Emirates, Ukraine's coordination headquarters for prisoners said."],
    "diplomacy", "diplomacy", 3, PSW, a="Lea Hartwig"),
  E("2032-09-28 15:30", "Sweden to give Ukraine eight Gripen fighters",
    ["The Swedish government has decided to transfer eight JAS 39 Gripen C/D fighter jets to Ukraine, Defence Minister P\u00e5l Jonson announced in Stockholm."],
    "aid", "aid", 3, GRI, a="Lea Hartwig"),
  E("2032-09-28 17:45", "Sumy: missile strike on bus station kills eight",
    ["Russian ballistic missiles struck the central bus station in Sumy during the morning rush hour, killing at least eight people and injuring 34, the regional authorities said. Several buses caught fire."],
    "strikes", "strikes", 1, SUM, a="Jannik Brandl", dup="21142-02", n="near-verbatim repeat of 21142-02 (re-published with the stale toll of eight)"),
  ]))

# ---------------------------------------------------------------- 21143 Yarlington Journal (day 3, text article with sections)
SEEDS.append(dict(
  id="21143", name="21143_yarlington-article", ext="txt", source="Yarlington Journal", zone="Europe/Rome", render=r_article,
  title="The war in Ukraine on Tuesday: Sumy bombed, prisoners exchanged, Rome prepares",
  lede="The day's main events in the Russian war against Ukraine, from our foreign desk.",
  byline="Giulia Ferrante", dateline="28 September 2032, 16:20 CEST", more="All our coverage of the war in Ukraine",
  basis="no per-section time; the article's dateline '28 September 2032, 16:20 CEST' (UTC+2) applies to every section; local {d} in {z}",
  notes="Invented outlet (Rome). Text article with four section headings (one entry each), page byline 'By Giulia Ferrante' (used as every section's author) and a dateline with time and zone; no per-section stamp (stamp null, published = dateline).",
  not_entries=["masthead and breadcrumb", "article title", "standfirst", "byline 'By Giulia Ferrante'", "dateline '28 September 2032, 16:20 CEST'",
               "share line", "closing link 'All our coverage of the war in Ukraine'", "footer"],
  entries=[
  E("2032-09-28 16:20", "Sumy counts its dead",
    ["Ten people were killed when Russian missiles hit the bus station of Sumy, a city of a quarter of a million people 30 kilometres from the Russian border, at the start of the working day. Ukrainian officials said the warheads were packed with cluster munitions.",
     "It is the deadliest attack on the city this year."],
    "strikes", "strikes", 3, SUM, a="Giulia Ferrante", n="toll 10"),
  E("2032-09-28 16:20", "A swap at the Belarusian border",
    ["Two buses crossed the Belarusian-Ukrainian border at midday carrying 210 Ukrainian prisoners of war, exchanged for 210 Russian soldiers in a deal mediated, once again, by the United Arab Emirates."],
    "diplomacy", "diplomacy", 3, PSW, a="Giulia Ferrante"),
  E("2032-09-28 16:20", "Rome prepares for the reconstruction conference",
    ["Italy's foreign ministry confirmed that the next Ukraine Recovery Conference will be held in Rome in June, and that a preparatory meeting of donors will take place at the Farnesina in November."],
    "diplomacy", "diplomacy", 2, "ukraine-recovery-conference-rome-2032-09-28", a="Giulia Ferrante"),
  E("2032-09-28 16:20", "Milan court convicts recruiter for Russia's army",
    ["A court in Milan sentenced a 44-year-old Italian man to four years in prison for recruiting at least six people to fight for Russia in Ukraine, the first such conviction in Italy."],
    "other", "security", 2, "milan-russian-army-recruiter-conviction-2032-09-28", a="Giulia Ferrante"),
  ]))


if __name__ == "__main__":
    main()

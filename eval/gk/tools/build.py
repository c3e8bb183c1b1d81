#!/usr/bin/env python3
"""Builds the eval/gk seed pages and their gold files from one hand-written data table (further below).
All headlines and paragraphs are the blind tester's own invented wording, set in April 2031 with the war assumed
still under way. Part A imitates, from memory, the page layouts of ten real outlets; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/gk/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Apr.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Maj.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: local time 'YYYY-MM-DD HH:MM' in the page zone, headline (or None), body paragraphs, labels."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    """an entry that is not about the war (off-beat): other/unrelated, importance 1."""
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


def paras(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest_first), f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first"


def rfc822(d, gmt=False):
    if gmt:
        d = d.astimezone(UTC)
        return d.strftime("%a, %d %b %Y %H:%M:%S GMT")
    return d.strftime("%a, %d %b %Y %H:%M:%S %z")


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:72]


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
            basis = (e.get("basis") or S["basis"]).format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"],
                                                          u=u.strftime("%Y-%m-%d %H:%M"))
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": basis, "author": e["a"],
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


SEEDS = []


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_ukrinform_rubric(S):
    """Ukrinform rubric page ('War'), saved HTML. Header with language switch and rubric menu; list newest first: thumbnail,
    h2 headline, one-paragraph lead, <time> with 'dd.mm.yyyy hh:mm' (Kyiv time, no zone printed); a 'Latest news' sidebar with
    bare times and headlines of other stories after the list (chrome)."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["doc_title"])}</title>',
           '<meta property="og:site_name" content="Ukrinform">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
           '<link rel="alternate" type="application/rss+xml" href="https://www.ukrinform.net/rss/block-lastnews"></head><body>',
           '<div class="topLine"><a class="logo" href="/">Ukrinform</a> <span class="slogan">Ukrainian National News Agency</span>'
           '<div class="langs"><a href="https://www.ukrinform.ua/">УКР</a> <a class="active">ENG</a> <a href="https://www.ukrinform.de/">DEU</a> '
           '<a href="https://www.ukrinform.fr/">FRA</a> <a href="https://www.ukrinform.es/">ESP</a> <a href="https://www.ukrinform.pl/">POL</a> '
           '<a href="https://www.ukrinform.jp/">日本語</a></div></div>',
           '<nav class="mainMenu"><a href="/rubric-ato">War</a> <a href="/rubric-polytics">Politics</a> <a href="/rubric-economy">Economy</a> '
           '<a href="/rubric-society">Society</a> <a href="/rubric-regions">Regions</a> <a href="/rubric-crimea">Crimea</a> '
           '<a href="/rubric-world">World</a> <a href="/rubric-sports">Sports</a> <a href="/rubric-culture">Culture</a> '
           '<a href="/rubric-technology">Technology</a> <a href="/block-lastnews">All news</a></nav>',
           f'<main class="rubric"><h1>{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y %H:%M}"; stamps.append(st)
        url = f"/rubric-{e.get('rub', 'ato')}/{4120311 + i * 29}-{slugify(e['h'])}.html"
        out.append(f'<article class="restRightList"><a href="{url}"><img src="https://static.ukrinform.com/photos/{d:%Y_%m}/thumb_files/300_200_{1712000000 + i * 4417}.jpg" alt=""></a>'
                   f'<div><h2><a href="{url}">{esc(e["h"])}</a></h2>' + "".join(f'<p>{esc(p)}</p>' for p in e["p"]) +
                   f'<time datetime="{d.isoformat()}">{st}</time></div></article>')
        if i == 3:
            out.append('<div class="adv"><span>Advertisement</span></div>')
    out.append('<div class="pager"><a class="active">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Next</a></div></main>')
    out.append('<aside class="lastNews"><h3>Latest news</h3>' +
               "".join(f'<div><span>{t}</span> <a href="/rubric-society/{4120100 + k}.html">{esc(h)}</a></div>' for k, (t, h) in enumerate(S["sidebar"])) +
               '<a href="/block-lastnews">All news</a></aside>')
    out.append('<footer><p>Ukrinform is the source of news about Ukraine. Citing and using any materials on the Internet is allowed '
               'subject to a hyperlink to ukrinform.net not lower than the first paragraph.</p>'
               '<a href="/about">About agency</a> <a href="/contacts">Contacts</a> <a href="/advertising">Advertising</a> <a href="/privacy">Privacy policy</a>'
               '<p>© 2015-2031 Ukrinform. All rights reserved.</p></footer></body></html>')
    return "\n".join(out) + "\n", stamps


def r_up_rss(S):
    """Ukrainska Pravda English RSS 2.0: pubDate with the Kyiv offset (+0300 in April), dc:creator (the author as printed on the
    article), CDATA description with the lead and, sometimes, the 'Source:' line that UP prints under its leads."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.pravda.com.ua/eng/</link>',
           '<description>Ukrainska Pravda: news, analysis and opinion from Ukraine</description>', '<language>en</language>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>',
           '<atom:link href="https://www.pravda.com.ua/eng/rss/" rel="self" type="application/rss+xml"/>',
           '<image><url>https://img.pravda.com/images/up_logo_eng.png</url><title>Ukrainska Pravda</title><link>https://www.pravda.com.ua/eng/</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        kind = e.get("kind", "news")
        url = f"https://www.pravda.com.ua/eng/{kind}/{d.year}/{d.month:02d}/{d.day:02d}/{7590412 - i * 13}/"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>', f'<guid isPermaLink="true">{url}</guid>',
                f'<pubDate>{st}</pubDate>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_kyivpost_roundup(S):
    """Kyiv Post article page copied as text: header date line, menu, section label, title, standfirst, 'By NAME', the dateline
    'April 5, 2031, 7:40 pm' (Kyiv time, no zone printed), share line, then bold sub-headed sections (one entry each, no
    per-section time), tags, newsletter box, related articles."""
    z = S["zone"]; pub = dt(S["published"], z)
    dline = f"{MONTHS[pub.month - 1]} {pub.day}, {pub.year}, {ampm(pub, space=' ')}"
    L = ["Skip to content", "", "KYIV POST", "Ukraine's Global Voice", "",
         f"{WEEKDAYS[pub.weekday()]}, {MONTHS[pub.month - 1]} {pub.day}, {pub.year}", "Kyiv  +14°C  Partly cloudy", "",
         "Membership   Log in", "", "Ukraine   War in Ukraine   Politics   Business   World   Opinion   Multimedia   Exclusives   Podcasts   Events", "",
         "War in Ukraine", S["title"], "", S["lede"], "", f"By {S['byline']}", dline, "",
         "Share:  Facebook   X   Telegram   LinkedIn   Copy link", ""]
    for k, e in enumerate(S["entries"]):
        assert e["t"] == S["published"]
        L += [e["h"], ""] + paras(e["p"])
        if k == 2:
            L += ["Stay informed with Kyiv Post's daily briefing. Sign up for free", ""]
    L += ["Topics:  " + "   ".join(S["tags"]), "", "Join our community of readers", "Become a member to support Ukraine's independent journalism.",
          "Become a member", "", "You might also like"] + S["related"] + ["", "About us   Advertising   Contacts   Privacy Policy   Terms of Use",
          f"© 1995–{pub.year} Kyiv Post. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_tass_feed(S):
    """TASS English section page ('Military operation in Ukraine'), text scrape. Items newest first: rubric label, headline,
    'D MON, HH:MM' (Moscow time; no zone and no year printed anywhere, hence parse_args), one-paragraph lead."""
    z = S["zone"]; order_check(S, True)
    L = ["TASS", "Russian News Agency", "", "Russian Politics & Diplomacy   World   Business & Economy   Military & Defense   Science & Space   "
         "Emergencies   Society & Culture   Press Review   Sports", "", "Search   Subscribe   RU  EN", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {SHORT[d.month - 1].upper()}, {d:%H:%M}"; stamps.append(st)
        L += [e["tag"], e["h"], st, ""] + paras(e["p"])
        if i == 3:
            L += ["Show more news on the topic", "", "Read also:", S["readalso"], ""]
    L += ["Load more", "", "About TASS   Contacts   Terms of use   Subscription   Advertising",
          "Information agency TASS. All rights reserved. Any use of the site's materials requires a reference to TASS."]
    return "\n".join(L) + "\n", stamps


def r_meduza_digest(S):
    """Meduza English newsletter article ('The Real Russia. Today.'), saved HTML with NewsArticle JSON-LD. One timestamp
    '9:12 pm, April 9, 2031' under the title (Moscow time in the JSON-LD offset), unsigned; h2 sections are the entries
    (no per-section time); donation box and 'More from Meduza' links."""
    z = S["zone"]; pub = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": pub.isoformat(), "dateModified": pub.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": "Meduza", "logo": {"@type": "ImageObject", "url": "https://meduza.io/image/logo.png"}},
          "inLanguage": "en"}
    stampline = f"{ampm(pub, space=' ')}, {MONTHS[pub.month - 1]} {pub.day}, {pub.year}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} — Meduza</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="Header"><a class="Logo" href="/en">Meduza</a><nav><a href="/en/news">News</a> <a href="/en/feature">Features</a> '
           '<a href="/en/episodes">Podcasts</a> <a href="/en/realrussia">The Real Russia. Today.</a></nav>'
           '<a class="Lang" href="/">RU</a> <a class="Support" href="/en/support">Support Meduza</a></header>',
           '<article class="GeneralMaterial"><div class="RichTitle-root"><span class="Kicker">The Real Russia. Today.</span>'
           f'<h1>{esc(S["title"])}</h1></div>', f'<div class="MaterialMeta"><time datetime="{pub.isoformat()}">{stampline}</time>'
           f' <span class="Source">Source: Meduza</span></div>', f'<div class="Lead"><p>{esc(S["lede"])}</p></div>']
    for k, e in enumerate(S["entries"]):
        assert e["t"] == S["published"]
        out += [f'<h2 class="SimpleBlock-h2">{esc(e["h"])}</h2>'] + [f'<p class="SimpleBlock-p">{esc(p)}</p>' for p in e["p"]]
        if e.get("more"):
            out.append(f'<p class="SimpleBlock-p"><a href="/en/feature/{slugify(e["more"])}">{esc(e["more"])}</a></p>')
        if k == 2:
            out.append('<div class="DonatesTeaser"><h3>Meduza is banned in Russia and needs your help</h3><p>Every month thousands of readers '
                       'keep us going with small donations. Without them we cannot keep reporting.</p><a href="/en/support">Support Meduza</a></div>')
    out += ['<div class="Footnote"><p>Want stories like these in your inbox? Sign up for The Real Russia. Today. newsletter.</p>'
            '<input type="email" placeholder="Your email"> <button>Subscribe</button></div></article>',
            '<section class="Related"><h3>More from Meduza</h3>' + "".join(f'<a href="/en/feature/{slugify(x)}">{esc(x)}</a>' for x in S["related"]) + '</section>',
            '<footer>© 2014–2031 Meduza · <a href="/en/pages/contacts">Contacts</a> · <a href="/en/pages/privacy">Privacy</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_ngeu_rss(S):
    """Novaya Gazeta Europe English RSS 2.0: pubDate printed in GMT, optional dc:creator, plain one- or two-paragraph description
    (paragraphs separated by a blank line inside the description), enclosure image."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://novayagazeta.eu/</link>',
           '<description>Independent journalism about Russia, from the newsroom of Novaya Gazeta Europe</description>', '<language>en</language>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=True)}</lastBuildDate>',
           '<atom:link href="https://novayagazeta.eu/feed/rss/en" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=True); stamps.append(st)
        url = f"https://novayagazeta.eu/articles/{d:%Y/%m/%d}/{slugify(e['h'])[:48]}-en"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>', f'<guid isPermaLink="false">nge-en-{58210 + i * 7}</guid>',
                f'<pubDate>{st}</pubDate>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += [f'<category>{esc(e["cat"])}</category>', '<description>' + esc("\n\n".join(e["p"])) + '</description>',
                f'<enclosure url="https://novayagazeta.eu/static/records/{58210 + i * 7}.jpeg" type="image/jpeg" length="0"/>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_mt_section(S):
    """The Moscow Times 'News' section, saved HTML. Header with slogan and 'Contribute' button; cards newest first: label,
    headline, teaser, then a <time datetime="...+03:00"> whose visible text is the date only ('Apr. 12, 2031'); a
    contribution box; 'Most read' sidebar (chrome)."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["doc_title"])}</title>',
           '<meta property="og:site_name" content="The Moscow Times">', '</head><body class="section-news">',
           '<header class="header"><a class="header__logo" href="/">The Moscow Times</a><span class="header__slogan">Independent News From Russia</span>'
           '<nav class="menu"><a href="/news">News</a> <a href="/opinion">Opinion</a> <a href="/business">Business</a> <a href="/arts-and-life">Arts and Life</a> '
           '<a href="/ukraine-war">Ukraine War</a> <a href="/meanwhile">Meanwhile</a> <a href="/podcasts">Podcasts</a> <a href="/newsletters">Newsletters</a></nav>'
           '<a class="header__lang" href="https://ru.themoscowtimes.com/">Русская версия</a> <a class="button button--contribute" href="/contribute">Contribute</a></header>',
           f'<main class="container"><h1 class="section-title">{esc(S["title"])}</h1><div class="cluster">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{SHORT[d.month - 1]}{'.' if d.month != 5 else ''} {d.day}, {d.year}"; stamps.append(st)
        url = f"https://www.themoscowtimes.com/{d:%Y/%m/%d}/{slugify(e['h'])}-a{93120 + i * 17}"
        out.append(f'<div class="article-excerpt-default"><a href="{url}" title="{attr(e["h"])}">'
                   f'<div class="article-excerpt-default__label">{esc(e["tag"])}</div>'
                   f'<h3 class="article-excerpt-default__headline">{esc(e["h"])}</h3>'
                   + "".join(f'<div class="article-excerpt-default__teaser">{esc(p)}</div>' for p in e["p"]) +
                   f'<div class="article-excerpt-default__meta"><time class="article-excerpt-default__time" datetime="{d.isoformat()}">{st}</time></div></a></div>')
        if i == 2:
            out.append('<div class="contribute-box"><h3>A Message from The Moscow Times:</h3><p>Dear readers, we are reporting under pressure: '
                       'the Russian authorities have labelled us "undesirable". Independent reporting survives only with the support of readers like you.</p>'
                       '<a class="button" href="/contribute">Support us</a> <a href="/contribute#monthly">Continue</a></div>')
    out.append('</div><a class="load-more" href="/news?page=2">Load more</a></main>')
    out.append('<aside class="sidebar"><h3>Most read</h3>' + "".join(f'<a href="/most-read/{k}">{esc(h)}</a>' for k, h in enumerate(S["mostread"])) + '</aside>')
    out.append('<footer class="footer"><a href="/about">About us</a> <a href="/privacy">Privacy policy</a> <a href="/contacts">Contacts</a> '
               '<p>© 2031 The Moscow Times, all rights reserved.</p></footer></body></html>')
    return "\n".join(out) + "\n", stamps


def r_belsat_news(S):
    """Belsat English 'News' listing, text scrape. Cards newest first: tag, headline, 'dd.mm.yyyy hh:mm' (Warsaw time, the
    channel's home; no zone printed), lead paragraph(s), sometimes a 'Read also:' link (chrome). Donation banner."""
    z = S["zone"]; order_check(S, True)
    L = ["Belsat", "Belsat TV: the first independent TV channel in Belarus", "", "BY   RU   EN   PL", "",
         "News   Belarus   Ukraine   Russia   Europe   Opinion   Video   Political prisoners   Donate", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y %H:%M}"; stamps.append(st)
        L += [e["tag"], e["h"], st, ""] + paras(e["p"])
        if e.get("readalso"):
            L += [f"Read also: {e['readalso']}", ""]
        if i == 2:
            L += ["Support independent Belarusian media. Your donation helps Belsat report from inside Belarus.", "Donate now", ""]
    L += ["More news", "", "About us   Contacts   Privacy policy   Cookies", "belsat.eu"]
    return "\n".join(L) + "\n", stamps


def r_lrt_list(S):
    """LRT English ('News in English'), saved HTML. Top bar with LRT services, a section menu; cards newest first: category label,
    'yyyy.mm.dd hh:mm' (Vilnius time, no zone printed), h3 headline, lead; a newsletter box; footer."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["doc_title"])}</title>',
           '<meta property="og:site_name" content="LRT">', '</head><body>',
           '<div class="top-bar"><a href="/">LRT.lt</a> <a href="/mediateka">Mediateka</a> <a href="/tiesiogiai">Tiesiogiai</a> '
           '<a href="/radioteka">Radioteka</a> <a href="/en/news-in-english" class="active">English</a></div>',
           '<header class="header"><a class="header__logo" href="/">LRT</a><nav class="header__nav"><a href="/en/news-in-english/19">Lithuania</a> '
           '<a href="/en/news-in-english/1263">World</a> <a href="/en/news-in-english/1262">Politics</a> <a href="/en/news-in-english/1264">Economy</a> '
           '<a href="/en/news-in-english/1265">Society</a> <a href="/en/news-in-english/1266">Culture</a> <a href="/en/news-in-english/1267">Opinion</a> '
           '<a href="/en/news-in-english/1268">Ukraine</a></nav></header>',
           f'<main class="main"><h1 class="section-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%Y.%m.%d %H:%M}"; stamps.append(st)
        url = f"/en/news-in-english/{e.get('secno', 19)}/{2487310 + i * 23}/{slugify(e['h'])}"
        out.append(f'<div class="news"><div class="news__label"><a href="/en/news-in-english/{e.get("secno", 19)}">{esc(e["tag"])}</a></div>'
                   f'<span class="info-block__date">{st}</span>'
                   f'<h3 class="news__title"><a href="{url}">{esc(e["h"])}</a></h3>'
                   + "".join(f'<p class="news__lead">{esc(p)}</p>' for p in e["p"]) + '</div>')
        if i == 2:
            out.append('<div class="newsletter-box"><h3>LRT English Newsletter</h3><p>Get the week\u2019s news from Lithuania every Friday.</p>'
                       '<input type="email" placeholder="Your e-mail"> <button>Subscribe</button></div>')
    out += ['<a class="btn-more" href="?page=2">More news</a></main>',
            '<footer class="footer"><p>Lithuanian National Radio and Television</p><a href="/en/about">About LRT</a> <a href="/en/contacts">Contacts</a> '
            '<a href="/privacy">Privacy</a><p>© 2031 LRT. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_svoboda_live(S):
    """Radio Svoboda (RFE/RL Ukrainian Service, English edition) live page, text scrape. Header with the page's 'Updated' line;
    items newest first under day separators ('19 April 2031'); each item a bare 24-hour time (Kyiv time, no zone printed),
    headline, optional desk credit, body; a video item shows only a player line."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    L = ["Радіо Свобода", "RFE/RL Ukrainian Service", "", "News   Russia's War   Crimea   Donbas   Politics   Society   Video   Podcasts   Українською", "",
         "Live", S["title"], f"Updated {last.day} {MONTHS[last.month - 1]} {last.year}, {last:%H:%M}", "", S["lede"], "",
         "Share   Facebook   Telegram   X   Email", ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if d.date() != cur:
            cur = d.date(); L += [f"{d.day} {MONTHS[d.month - 1]} {d.year}", ""]
        st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"]]
        if e["a"]:
            L += [f"By {e['a']}"]
        L += [""]
        L += paras(e["p"]) if e["p"] else ["\u25b6  Video  1:48", ""]
        if i == 3:
            L += ["Subscribe to Radio Svoboda on Telegram", ""]
    L += ["Load more", "", "About us   Contacts   Terms of use   Privacy", "© 2031 RFE/RL, Inc. All rights reserved."]
    return "\n".join(L) + "\n", stamps


# ================================================================ PART A: ten real outlets' layouts (own words, invented news)

# ---------------------------------------------------------------- 19400 Ukrinform (HTML rubric page 'War')
SEEDS.append(dict(
  id="19400", name="19400_ukrinform-warrubric", ext="html", source="Ukrinform", zone="Europe/Kyiv", render=r_ukrinform_rubric,
  title="War", doc_title="War - Ukrinform",
  basis="visible stamp '{s}' (dd.mm.yyyy hh:mm, Kyiv time, no zone printed; the <time datetime> attribute carries +03:00); local {d} in {z}",
  sidebar=[("22:10", "Kyiv to host European film week for the first time since 2021"), ("21:55", "Lviv opens rehabilitation centre for veterans with spinal injuries"),
           ("21:30", "Hryvnia firms slightly against dollar on interbank market"), ("21:02", "Ukrainian gymnasts take three medals at World Cup stage in Baku")],
  notes="Imitates Ukrinform's English rubric page 'War' saved as HTML. Newest first; each card: thumbnail, h2 headline link, one lead paragraph, then <time> printed as 'dd.mm.yyyy hh:mm' (Kyiv time, EEST = UTC+3 in April; no zone printed, the datetime attribute carries the offset). An advertisement slot follows the fourth card. After the list, a 'Latest news' sidebar shows bare times and headlines of stories from other rubrics: page chrome, not entries. No bylines (agency copy).",
  not_entries=["top line: logo, slogan 'Ukrainian National News Agency', language switch (УКР ENG DEU FRA ESP POL 日本語)", "rubric menu",
               "page heading 'War'", "card thumbnails", "'Advertisement' slot after the fourth card", "pager '1 2 3 Next'",
               "'Latest news' sidebar: four bare times with headlines of other rubrics (film week, rehabilitation centre, hryvnia, gymnasts) and 'All news'",
               "footer: citation policy, links, copyright"],
  entries=[
  E("2031-04-02 21:48", "Russian drones hit energy facility in Poltava region, 12,000 households without power",
    ["Russian attack drones struck an energy facility in the Kremenchuk district on Wednesday evening, leaving about 12,000 households without electricity, the Poltava Regional Military Administration reported; no one was hurt and repair crews were already on site."],
    "strikes", "strikes", 2, "poltava-energy-facility-drone-strike-2031-04-02", rub="ato"),
  E("2031-04-02 19:35", "Ukraine brings home 212 defenders from Russian captivity",
    ["Two hundred and twelve Ukrainian servicemen and four civilians have returned home in a new exchange of prisoners, President Volodymyr Zelensky said, thanking the United Arab Emirates for its mediation.",],
    "diplomacy", "diplomacy", 3, "prisoner-exchange-212-2031-04-02", rub="ato", n="big mediated prisoner exchange"),
  E("2031-04-02 17:20", "Russian shelling of Nikopol kills man, damages gas pipeline",
    ["A 58-year-old man was killed and a gas pipeline and three private houses were damaged when Russian troops shelled Nikopol from across the Kakhovka reservoir in the afternoon, regional governor Serhii Lysak said."],
    "strikes", "strikes", 3, "nikopol-shelling-2031-04-02", rub="ato"),
  E("2031-04-02 15:05", "General Staff: Russia loses 1,140 troops over past day",
    ["Russian losses in Ukraine over the past day amounted to 1,140 killed and wounded, as well as nine tanks, 31 artillery systems and 64 operational-tactical drones, according to the General Staff of Ukraine's Armed Forces."],
    "other", "frontline", 2, "general-staff-russian-losses-2031-04-02", rub="ato"),
  E("2031-04-02 12:40", "Defense Forces hit ammunition depot in occupied Tokmak",
    ["Ukrainian units struck a Russian field ammunition depot near occupied Tokmak in Zaporizhzhia region overnight, causing a series of secondary detonations, the Southern Defense Forces said."],
    "strikes", "strikes", 2, "tokmak-ammunition-depot-strike-2031-04-02", rub="ato"),
  E("2031-04-02 09:15", "Air defense downs 38 of 55 drones launched by Russia overnight",
    ["Russia attacked Ukraine overnight with 55 Shahed-type strike drones and decoys launched from Kursk, Oryol and Primorsko-Akhtarsk, of which 38 were shot down and 11 were lost from radar, the Air Force said."],
    "strikes", "strikes", 2, "overnight-drone-attack-2031-04-02", rub="ato"),
  E("2031-04-02 07:30", "Russian glide bomb attack on Kharkiv injures five, damages school",
    ["Five people, including a 14-year-old girl, were injured and a school building was damaged when Russian aircraft dropped two guided aerial bombs on Kharkiv's Saltivskyi district early on Wednesday, Mayor Ihor Terekhov said."],
    "strikes", "strikes", 2, "kharkiv-glide-bomb-school-2031-04-02", rub="ato"),
  ]))

# ---------------------------------------------------------------- 19401 Ukrainska Pravda (RSS)
SEEDS.append(dict(
  id="19401", name="19401_ukrainskapravda-rss", ext="xml", source="Ukrainska Pravda", zone="Europe/Kyiv", render=r_up_rss,
  title="Ukrainska Pravda",
  basis="RSS pubDate '{s}' (explicit +0300 offset); local {d} in {z}",
  notes="Imitates the English RSS 2.0 feed of Ukrainska Pravda. Newest first; each item: title, link (/eng/news/ or /eng/articles/), guid, pubDate with the Kyiv offset +0300 (EEST), dc:creator with the author as printed on the site, and a CDATA description with the lead paragraph and, where UP prints one under the lead, the 'Source:' line (counted as a body paragraph, as printed). The Kryvyi Rih missile strike appears twice, as the first report (2 killed) and as a later toll update (4 killed): same story, not a near-verbatim repeat. One off-beat item (inflation figures).",
  not_entries=["channel title, link, description, language, lastBuildDate, atom:link and image block", "guid and link lines"],
  entries=[
  E("2031-04-03 22:40", "Kremlin says there is nothing to discuss with Kyiv until it \"accepts reality on the ground\"",
    ["Kremlin spokesman Dmitry Peskov has claimed that Moscow remains \"open to contacts\" but that talks with Ukraine make no sense until Kyiv recognises what he called the new territorial realities.",
     "Source: Peskov at a briefing, as quoted by Russian state media"],
    "diplomacy", "diplomacy", 2, "peskov-talks-conditions-2031-04-03", a="Bohdan Marchenko"),
  E("2031-04-03 20:15", "Death toll from Russian missile strike on Kryvyi Rih rises to four",
    ["A woman pulled from the rubble of the damaged dormitory in Kryvyi Rih has died in hospital, and rescuers have found the body of another man, bringing the number of people killed in the morning strike to four.",
     "Source: Oleksandr Vilkul, Head of Kryvyi Rih City Military Administration, on Telegram"],
    "strikes", "strikes", 3, "kryvyi-rih-missile-strike-2031-04-03", a="Yana Sobol", n="toll update (4 killed) of 19401-05"),
  E("2031-04-03 18:02", "Verkhovna Rada extends martial law and general mobilisation for another 90 days",
    ["The Verkhovna Rada has voted to extend martial law and general mobilisation in Ukraine from 8 May, with 331 MPs supporting both bills.",
     "Source: MP Yaroslav Zhelezniak on Telegram"],
    "other", "politics", 2, "martial-law-extension-2031-04-03", a="Denys Kravets"),
  E("2031-04-03 16:30", "Norway allocates NOK 2.5 billion for Ukrainian long-range drones",
    ["Norway will finance the production of Ukrainian long-range strike drones worth NOK 2.5 billion (about €215 million) this year, the Norwegian Defence Ministry has announced, with the first batches due before the summer.",
     "Source: Norwegian Ministry of Defence"],
    "aid", "aid", 3, "norway-long-range-drone-funding-2031-04-03", a="Olena Rudyk"),
  E("2031-04-03 13:45", "Russians strike Kryvyi Rih with ballistic missile: two killed and 16 injured",
    ["Russian forces have attacked Kryvyi Rih with an Iskander-M ballistic missile, hitting a five-storey dormitory in the Dovhyntsevskyi district; two people were killed and 16 injured, among them three children.",
     "Source: Serhii Lysak, Head of Dnipropetrovsk Oblast Military Administration"],
    "strikes", "strikes", 3, "kryvyi-rih-missile-strike-2031-04-03", a="Yana Sobol", n="first report (2 killed)"),
  OFF("2031-04-03 10:20", "Ukraine's consumer inflation slows to 6.1% in March",
    ["Annual consumer inflation in Ukraine eased to 6.1% in March from 6.6% in February, driven mainly by cheaper vegetables and fuel, the State Statistics Service reported."],
    "ukraine-inflation-march-2031-04-03", a="Denys Kravets", n="monthly inflation figures, not about the war", kind="news"),
  E("2031-04-03 07:05", "Air defence downs 41 of 60 drones overnight; debris falls in Kyiv Oblast",
    ["Ukraine's air defence shot down or suppressed 41 of the 60 drones Russia launched overnight; falling debris damaged two houses and a car in Bucha district of Kyiv Oblast, but no one was injured.",
     "Source: Air Force of the Armed Forces of Ukraine"],
    "strikes", "strikes", 2, "overnight-drone-attack-2031-04-03", a="Olena Rudyk"),
  ]))

# ---------------------------------------------------------------- 19402 Kyiv Post (text article: daily war round-up with sections)
KP_T = "2031-04-05 19:40"
SEEDS.append(dict(
  id="19402", name="19402_kyivpost-warlatest", ext="txt", source="Kyiv Post", zone="Europe/Kyiv", render=r_kyivpost_roundup,
  title="Ukraine War Latest: Rail Workers Killed in Zhytomyr Strike; Poland to Co-Produce Shells With Ukraine",
  published=KP_T, byline="Marta Hrynchuk",
  lede="Kyiv Post's round-up of the key military, political and diplomatic developments of Saturday, April 5.",
  tags=["Ukraine war", "Russian strikes", "Poland", "Japan", "Deported children"],
  related=["Analysis: Why Russia Keeps Targeting Ukraine's Railways", "Exclusive: Inside a Drone Workshop Near the Kharkiv Front",
           "Opinion: Europe's Shell Gap Is Closing – Slowly"],
  basis="no per-section time; the article's dateline 'April 5, 2031, 7:40 pm' (Kyiv time, EEST, no zone printed) applies to every section; local {d} in {z}",
  notes="Imitates a Kyiv Post article page copied as text: skip link, masthead and tagline, header date line 'Saturday, April 5, 2031' with a weather widget, membership/login line, menu, section label 'War in Ukraine', title, standfirst, 'By Marta Hrynchuk', dateline 'April 5, 2031, 7:40 pm' (Kyiv time), share line. The body is a daily round-up in six Title Case sub-headed sections; each section is one entry (headline = sub-heading), with no time of its own, so all take the dateline and the page byline. A newsletter sign-up line sits after the third section. Tags, membership box and 'You might also like' links close the page.",
  not_entries=["'Skip to content'", "masthead 'KYIV POST' and tagline", "header date line 'Saturday, April 5, 2031' and weather widget", "'Membership   Log in'",
               "navigation menu", "section label 'War in Ukraine'", "page title", "standfirst (round-up description)", "byline 'By Marta Hrynchuk'",
               "dateline 'April 5, 2031, 7:40 pm'", "share line", "newsletter sign-up line after the third section", "'Topics:' tag line",
               "membership box ('Join our community of readers' ... 'Become a member')", "'You might also like' and three related headlines", "footer links and copyright"],
  entries=[
  E(KP_T, "Overnight Strike on Zhytomyr Rail Hub Kills Two Railway Workers",
    ["Two employees of Ukrzaliznytsia were killed and four injured when Russian drones and a cruise missile hit a railway junction in Zhytomyr shortly after 3 a.m., the state rail company said.",
     "Several freight cars caught fire and the station's traction substation was damaged, forcing passenger trains on the Kyiv–Lviv line to be diverted for most of the morning.",
     "Ukrzaliznytsia said 11 of its staff have been killed at work since the start of the year."],
    "strikes", "strikes", 3, "zhytomyr-rail-hub-strike-2031-04-05", a="Marta Hrynchuk"),
  E(KP_T, "Poland and Ukraine Sign Deal to Co-Produce 155mm Shells",
    ["Polish state arms group PGZ and Ukraine's Ministry of Strategic Industries signed an agreement in Rzeszów on Saturday to build a joint plant that would turn out up to 300,000 artillery shells a year.",
     "Half of the output is earmarked for Ukraine's armed forces, with the first deliveries planned for early next year, officials said. The EU's defence industry fund will cover part of the cost."],
    "aid", "aid", 3, "poland-ukraine-shell-plant-deal-2031-04-05", a="Marta Hrynchuk"),
  E(KP_T, "Kyiv Says Its Troops Pushed Russians Back Near Pokrovsk",
    ["Ukraine's General Staff said its forces had regained control of a stretch of forest belt west of Pokrovsk after a week of fighting, and had repelled 38 Russian assaults along that part of the front on Saturday alone.",
     "Kyiv Post could not independently verify the claim."],
    "other", "frontline", 2, "pokrovsk-counterattack-2031-04-05", a="Marta Hrynchuk"),
  E(KP_T, "Sybiha in Tokyo: Japan to Join Fund for Ukraine's Energy Repairs",
    ["Foreign Minister Andrii Sybiha met his Japanese counterpart in Tokyo on Saturday, where Japan agreed to join a multilateral fund that pays for repairs to Ukraine's power grid and to host a reconstruction conference in the autumn.",
     "The two ministers also signed a memorandum on demining cooperation."],
    "diplomacy", "diplomacy", 3, "sybiha-tokyo-visit-2031-04-05", a="Marta Hrynchuk", sec=["aid"], n="ministerial diplomatic visit"),
  E(KP_T, "Court Jails Former Kherson Official for Collaboration",
    ["A court in Kyiv sentenced a former deputy head of a Kherson district council to 12 years in prison for helping the Russian occupation authorities organise a sham referendum, prosecutors said."],
    "other", "security", 2, "kherson-collaborator-sentenced-2031-04-05", a="Marta Hrynchuk"),
  E(KP_T, "Nineteen Deported Children Return to Ukraine",
    ["Nineteen children who had been taken from occupied areas of Kherson and Zaporizhzhia regions to Russia and Belarus have been brought back to Ukraine with Qatar's help, the presidential office said.",
     "The youngest is four years old. Ukraine says it has verified the deportation of more than 19,500 children."],
    "other", "humanitarian", 2, "deported-children-returned-2031-04-05", a="Marta Hrynchuk"),
  ]))

# ---------------------------------------------------------------- 19403 TASS (text section page, no year printed)
SEEDS.append(dict(
  id="19403", name="19403_tass-militaryoperation", ext="txt", source="TASS", zone="Europe/Moscow", render=r_tass_feed,
  title="Military operation in Ukraine", parse_args=["--date", "2031-04-07"],
  readalso="Russian diplomat says Western instructors in Ukraine are legitimate targets",
  basis="stamp '{s}' (day and month only, Moscow time, no zone and no year printed; year from parse_args --date 2031-04-07); local {d} in {z}",
  notes="Imitates the TASS English section page 'Military operation in Ukraine' copied as text. The page prints no year anywhere, so the gold carries parse_args ['--date', '2031-04-07']. Newest first; each item: rubric label (Military & Defense, Russian Politics & Diplomacy, World, Business & Economy), headline ending in the TASS-style attribution ('— MoD', '— governor'), then 'D MON, HH:MM' (Moscow time, MSK = UTC+3, no zone printed), then a lead paragraph. TASS spells the Ukrainian capital 'Kiev'. After the fourth item sit 'Show more news on the topic' and a 'Read also:' link (chrome). One off-beat item (wheat export prices).",
  not_entries=["masthead 'TASS' and 'Russian News Agency'", "rubric menu", "'Search   Subscribe   RU  EN'", "page heading 'Military operation in Ukraine'",
               "rubric labels above each headline", "'Show more news on the topic'", "'Read also:' and its linked headline", "'Load more'", "footer links and rights line"],
  entries=[
  E("2031-04-07 22:15", "Air defenses down 19 Ukrainian drones over Bryansk, Kursk regions in three hours — MoD",
    ["Russian air defense systems intercepted and destroyed 19 Ukrainian fixed-wing drones over the Bryansk and Kursk regions between 7 p.m. and 10 p.m. Moscow time, the Russian Defense Ministry said."],
    "strikes", "strikes", 2, "bryansk-kursk-drones-downed-2031-04-07", tag="Military & Defense"),
  E("2031-04-07 19:40", "Russian troops liberate Zelene Pole community in DPR — MoD",
    ["Units of the Battlegroup South have liberated the community of Zelene Pole in the Donetsk People's Republic, the Russian Defense Ministry said in a daily briefing, adding that the enemy lost up to 400 servicemen in that area over the day."],
    "other", "frontline", 2, "zelene-pole-capture-claim-2031-04-07", tag="Military & Defense"),
  E("2031-04-07 17:05", "Kremlin sees no signals from Kiev about resuming talks in Istanbul — Peskov",
    ["The Kremlin has not received any signals from Kiev about its readiness to resume direct negotiations in Istanbul, Russian Presidential Press Secretary Dmitry Peskov told reporters, adding that Moscow's position is well known."],
    "diplomacy", "diplomacy", 2, "peskov-istanbul-talks-2031-04-07", tag="Russian Politics & Diplomacy"),
  E("2031-04-07 14:30", "Two civilians wounded as Ukrainian drone hits bus in Belgorod Region — governor",
    ["Two women were wounded when a Ukrainian drone struck a commuter bus near the town of Shebekino, Belgorod Region Governor Vyacheslav Gladkov wrote on his Telegram channel. Both have been taken to hospital in Belgorod."],
    "strikes", "strikes", 2, "shebekino-bus-drone-2031-04-07", tag="Military & Defense"),
  E("2031-04-07 12:10", "New German arms supplies to Kiev will not change situation on front line — Zakharova",
    ["Russian Foreign Ministry Spokeswoman Maria Zakharova said that a new package of German armored vehicles and air defense missiles for Kiev would only prolong the conflict and would become a legitimate target for the Russian armed forces."],
    "aid", "aid", 2, "zakharova-german-arms-2031-04-07", sec=["diplomacy"], tag="Russian Politics & Diplomacy",
    n="main predicate: the arms supply to Ukraine, commented on by Moscow"),
  E("2031-04-07 09:45", "Lavrov, Fidan discuss Ukraine settlement in phone call",
    ["Russian Foreign Minister Sergey Lavrov and Turkish Foreign Minister Hakan Fidan discussed prospects for a political settlement of the Ukrainian crisis and the safety of navigation in the Black Sea in a telephone conversation initiated by the Turkish side, the Russian Foreign Ministry said."],
    "diplomacy", "diplomacy", 3, "lavrov-fidan-call-2031-04-07", tag="Russian Politics & Diplomacy", n="ministerial diplomatic call"),
  OFF("2031-04-07 07:20", "Russian wheat export prices rise for third straight week — analysts",
    ["Prices for Russian wheat with 12.5% protein content for delivery in May rose by $3 to $241 per ton FOB last week, analysts at the IKAR consultancy said, citing dry weather in the south of the country."],
    "russian-wheat-export-prices-2031-04-07", n="grain market prices", tag="Business & Economy"),
  ]))

# ---------------------------------------------------------------- 19404 Meduza (HTML newsletter article with sections)
MZ_T = "2031-04-09 21:12"
SEEDS.append(dict(
  id="19404", name="19404_meduza-realrussia", ext="html", source="Meduza", zone="Europe/Moscow", render=r_meduza_digest,
  title="Drones set a Saratov refinery ablaze, the Duma locks reservists in, and a teacher gets six years for a drawing",
  url="https://meduza.io/en/feature/2031/04/09/drones-set-a-saratov-refinery-ablaze", published=MZ_T,
  lede="This is The Real Russia. Today., Meduza\u2019s daily newsletter. Here\u2019s what happened in and around Russia on Wednesday.",
  related=["How Russia\u2019s regions compete for contract soldiers", "Inside the courts that jail Russians for anti-war posts",
           "What the new exit rules mean for men of military age"],
  basis="no per-section time; the article's timestamp '9:12 pm, April 9, 2031' (Moscow time per the JSON-LD datePublished offset +03:00) applies to every section; local {d} in {z}",
  notes="Imitates a Meduza English 'The Real Russia. Today.' newsletter article saved as HTML. NewsArticle JSON-LD with datePublished +03:00; kicker 'The Real Russia. Today.', h1 title, timestamp '9:12 pm, April 9, 2031' and 'Source: Meduza'; an unsigned lead paragraph, then six h2 sections, each one entry with no time of its own (all take the article timestamp; author null, the page has no byline). Some sections end in a linked 'read more' headline (chrome, not counted as body). A donation box follows the third section. The section on Moscow metro fares is off-beat.",
  not_entries=["header: logo, menu, 'RU', 'Support Meduza'", "kicker 'The Real Russia. Today.'", "h1 page title", "timestamp line and 'Source: Meduza'",
               "lead paragraph introducing the newsletter", "linked headlines closing some sections (related Meduza stories)",
               "donation box after the third section ('Meduza is banned in Russia and needs your help' ... 'Support Meduza')",
               "newsletter sign-up footnote", "'More from Meduza' related links", "footer"],
  entries=[
  E(MZ_T, "Drones hit the Saratov refinery",
    ["A fire broke out at an oil refinery in Saratov before dawn after what regional governor Roman Busargin called a \u201cmassive\u201d Ukrainian drone attack. Local residents posted videos of a column of black smoke over the city\u2019s Zavodskoy district.",
     "Busargin said no one was hurt. Russia\u2019s Defense Ministry claimed 31 drones had been shot down over the region overnight. Ukraine\u2019s General Staff said the refinery was one of the main suppliers of fuel to Russian troops in the south.",
     "Meduza could not independently verify the extent of the damage."],
    "strikes", "strikes", 2, "saratov-refinery-drone-strike-2031-04-09"),
  E(MZ_T, "The Duma locks reservists in",
    ["The State Duma passed a bill in its third reading that bars men registered as reservists from leaving Russia once they have received a summons, including an electronic one. Until now, the ban applied only after a summons was handed over in person.",
     "Lawyers who advise draft-age men told Meduza that the change effectively turns every electronic notice into an exit ban."],
    "other", "politics", 2, "duma-reservist-exit-ban-2031-04-09", more="What the new exit rules mean for men of military age"),
  E(MZ_T, "Six years for a drawing",
    ["A court in Ulyanovsk sentenced a 41-year-old school art teacher to six years in a penal colony for \u201cdiscrediting the army\u201d repeatedly. The case began after pupils\u2019 parents complained about a drawing of a crying girl under a broken Russian flag that she had posted online.",
     "Human rights group OVD-Info says more than 1,300 people have been prosecuted for anti-war statements since the full-scale invasion began."],
    "other", "politics", 2, "ulyanovsk-teacher-sentenced-2031-04-09", more="Inside the courts that jail Russians for anti-war posts"),
  E(MZ_T, "Record bonuses for new contract soldiers",
    ["Several Russian regions have again raised the one-off payments they offer men who sign military contracts. In the Samara region the bonus now reaches 3.2 million rubles, more than four years of the average local salary.",
     "Independent analysts estimate that the army still recruits about 30,000 contract soldiers a month, but at a growing cost to regional budgets."],
    "other", "frontline", 2, "russian-contract-soldier-bonuses-2031-04-09", more="How Russia\u2019s regions compete for contract soldiers"),
  E(MZ_T, "Bodies of fallen soldiers exchanged",
    ["Russia and Ukraine carried out another exchange of the remains of killed soldiers: Moscow handed over 909 bodies and received 41, according to Ukraine\u2019s coordination headquarters for prisoners of war. The Kremlin did not comment."],
    "diplomacy", "diplomacy", 2, "soldiers-remains-exchange-2031-04-09"),
  OFF(MZ_T, "Moscow metro fares go up again",
    ["A single ride on the Moscow metro will cost 94 rubles from May 1, the city\u2019s transport department announced, the second fare increase in under a year. Monthly passes will rise by about 8 percent."],
    "moscow-metro-fares-2031-04-09", n="public transport fares"),
  ]))

# ---------------------------------------------------------------- 19405 Novaya Gazeta Europe (RSS, GMT)
SEEDS.append(dict(
  id="19405", name="19405_novayagazetaeurope-rss", ext="xml", source="Novaya Gazeta Europe", zone="UTC", render=r_ngeu_rss,
  title="Novaya Gazeta Europe",
  basis="RSS pubDate '{s}' (printed in GMT); {u} UTC",
  notes="Imitates the English RSS 2.0 feed of Novaya Gazeta Europe. Newest first; pubDate printed in GMT; optional dc:creator; a category; a plain-text description whose paragraphs are separated by blank lines; an enclosure image. One off-beat item (Bolshoi season). The investigation into drone parts (19405-04) is an analysis piece about sanctions evasion, not a single event.",
  not_entries=["channel title, link, description, language, lastBuildDate, atom:link", "guid, category and enclosure lines"],
  entries=[
  E("2031-04-11 19:50", "Russian court bans successor to Memorial as \u2018extremist\u2019",
    ["The Supreme Court in Moscow has designated the Memorial Human Rights Defence Centre, a successor to the human rights group dissolved in late 2021, an \u201cextremist organisation\u201d, making any further work with it a criminal offence.",
     "The centre\u2019s members, most of whom now live abroad, said they would continue to document political prisoners and crimes committed in the war."],
    "other", "politics", 2, "memorial-successor-extremist-ruling-2031-04-11", a="Anastasia Korovina", cat="News"),
  E("2031-04-11 17:30", "Drones strike Tuapse oil terminal, regional authorities say",
    ["Several drones struck the oil loading terminal in the Black Sea port of Tuapse, starting a fire in a storage tank, the Krasnodar region\u2019s emergency headquarters said. No casualties were reported and tankers were moved away from the berths."],
    "strikes", "strikes", 2, "tuapse-oil-terminal-drone-strike-2031-04-11", cat="News"),
  E("2031-04-11 15:05", "Families of missing soldiers picket governor\u2019s office in Kursk",
    ["About forty relatives of soldiers listed as missing in action in the Kursk region stood outside the regional government building holding photographs, demanding information about their husbands and sons. Police took the names of the organisers but made no arrests."],
    "other", "politics", 2, "kursk-missing-soldiers-picket-2031-04-11", a="Ilya Vorontsov", cat="News"),
  E("2031-04-11 12:40", "How Russian drone makers still get Western chips through Central Asia",
    ["Customs records reviewed by Novaya Gazeta Europe show that microcontrollers made by three European and American firms continue to reach Russian drone factories through trading companies in Kyrgyzstan and Kazakhstan, despite four rounds of sanctions aimed at the route.",
     "Many of the intermediaries were registered less than a year before their first shipment and share addresses with firms already under sanctions."],
    "other", "security", 2, "drone-chips-central-asia-investigation-2031-04-11", a="Ilya Vorontsov", sec=["diplomacy"], cat="Investigations",
    n="investigation (theme piece about sanctions evasion)"),
  E("2031-04-11 10:15", "Putin signs decree on spring call-up of 160,000 conscripts",
    ["Vladimir Putin has signed the annual decree on spring conscription, under which 160,000 men aged 18 to 30 are to be called up between April and mid-July. The Defence Ministry insists that conscripts are not sent to the war zone."],
    "other", "politics", 2, "spring-conscription-decree-2031-04-11", cat="News"),
  E("2031-04-11 08:00", "Russian missile strike on Odesa kills three, Ukrainian officials say",
    ["Three people were killed and eleven wounded when a Russian missile hit a warehouse district in Odesa early on Friday, the regional governor said. Russia\u2019s Defence Ministry said it had struck \u201ca storage site for Western weapons\u201d."],
    "strikes", "strikes", 3, "odesa-missile-strike-2031-04-11", cat="News"),
  OFF("2031-04-11 05:30", "Bolshoi Theatre unveils next season with four premieres",
    ["The Bolshoi Theatre has announced four new productions for next season, including a staging of Prokofiev\u2019s The Gambler, and a tour of China in the autumn."],
    "bolshoi-next-season-2031-04-11", n="theatre season", cat="Culture"),
  ]))

# ---------------------------------------------------------------- 19406 The Moscow Times (HTML section page, date-only visible)
SEEDS.append(dict(
  id="19406", name="19406_moscowtimes-news", ext="html", source="The Moscow Times", zone="Europe/Moscow", render=r_mt_section,
  title="News", doc_title="News - The Moscow Times",
  mostread=["Russia\u2019s Regions Cut Spending on Schools as War Bonuses Soar", "Opinion: The Kremlin\u2019s Peace Talk Is for Domestic Consumption",
            "Inside the Siberian Town That Sent Half Its Men to War", "Prices for Potatoes Jump 40% Since New Year"],
  basis="visible card date '{s}' (date only); time from the card's <time datetime> attribute ({d} +03:00, Moscow time); local {d} in {z}",
  notes="Imitates The Moscow Times 'News' section saved as HTML. Header with slogan 'Independent News From Russia', menu, Russian-version link and 'Contribute' button. Cards newest first: label, headline (Title Case), teaser paragraph, then <time datetime='...+03:00'> whose visible text is only the date 'Apr. 12, 2031'; the time of day exists only in the datetime attribute. No bylines on cards. A contribution appeal sits after the third card; a 'Most read' sidebar (four headlines) follows the list: chrome. One off-beat card (central bank rate).",
  not_entries=["header: logo, slogan, menu, 'Русская версия', 'Contribute'", "section heading 'News'", "card labels (Ukraine War, News, Business)",
               "contribution appeal after the third card ('A Message from The Moscow Times:' ... 'Continue')", "'Load more'",
               "'Most read' sidebar with four headlines", "footer"],
  entries=[
  E("2031-04-12 22:30", "Ukrainian Drones Target Airbase in Voronezh Region",
    ["Ukrainian drones attacked the Baltimor airbase outside Voronezh late Saturday, Governor Alexander Gusev said, adding that debris had damaged several private houses but nobody was hurt. Ukraine\u2019s military said Su-34 bombers based there carry out glide bomb attacks on Kharkiv."],
    "strikes", "strikes", 2, "voronezh-airbase-drone-attack-2031-04-12", tag="Ukraine War"),
  E("2031-04-12 19:10", "Russia Adds Exiled Journalist to \u2018Terrorists and Extremists\u2019 List",
    ["Russia\u2019s financial monitoring agency Rosfinmonitoring added the exiled journalist and YouTube host Pavel Druzhinin to its list of \u201cterrorists and extremists,\u201d freezing any assets he still holds in the country. Druzhinin, who lives in Berlin, called the decision \u201ca badge of honor.\u201d"],
    "other", "politics", 2, "journalist-terrorist-list-2031-04-12", tag="News"),
  E("2031-04-12 16:45", "Kremlin Welcomes Hungarian Offer to Host Ukraine Talks",
    ["The Kremlin said it \u201cappreciates\u201d Hungarian Prime Minister Viktor Orb\u00e1n\u2019s offer to host a new round of Russia-Ukraine negotiations in Budapest but that no decision on a venue had been made. Kyiv has not commented on the proposal."],
    "diplomacy", "diplomacy", 2, "hungary-offer-host-talks-2031-04-12", tag="Ukraine War"),
  E("2031-04-12 14:20", "Woman Killed in Ukrainian Shelling of Belgorod Region Village, Governor Says",
    ["A woman was killed and her husband wounded when Ukrainian artillery hit their house in the village of Murom near the border, Belgorod region Governor Vyacheslav Gladkov said. His claims could not be independently verified."],
    "strikes", "strikes", 3, "belgorod-village-shelling-2031-04-12", tag="Ukraine War"),
  OFF("2031-04-12 11:55", "Central Bank Holds Key Rate at 14%",
    ["The Bank of Russia left its key interest rate unchanged at 14% for a second consecutive meeting, saying inflation was slowing more gradually than it had expected."],
    "russia-key-rate-hold-2031-04-12", n="interest-rate decision", tag="Business"),
  E("2031-04-12 09:30", "Russia Claims Capture of Village Near Kupiansk",
    ["Russia\u2019s Defense Ministry said its forces had taken the village of Kurylivka south of Kupiansk in the Kharkiv region. Ukraine\u2019s military said fighting for the village was continuing."],
    "other", "frontline", 2, "kurylivka-capture-claim-2031-04-12", tag="Ukraine War"),
  E("2031-04-12 07:05", "Moscow Airports Halt Flights During Overnight Drone Attack",
    ["Sheremetyevo, Vnukovo and Domodedovo airports suspended departures and arrivals for several hours overnight as air defenses repelled what Mayor Sergei Sobyanin said were 23 drones flying toward the capital. Dozens of flights were diverted."],
    "strikes", "strikes", 2, "moscow-drone-attack-airports-2031-04-12", tag="Ukraine War"),
  ]))

# ---------------------------------------------------------------- 19407 Belsat (text listing)
SEEDS.append(dict(
  id="19407", name="19407_belsat-news", ext="txt", source="Belsat", zone="Europe/Warsaw", render=r_belsat_news,
  title="News",
  basis="stamp '{s}' (dd.mm.yyyy hh:mm, Warsaw time, CEST = UTC+2, no zone printed); local {d} in {z}",
  notes="Imitates Belsat's English news listing copied as text. Masthead and tagline, language switch, menu, heading 'News'. Cards newest first: tag (Belarus, Ukraine, Europe, Sport), headline, 'dd.mm.yyyy hh:mm' (no zone printed; Belsat is based in Warsaw, so Polish time, CEST = UTC+2 in April, is assumed), lead paragraph(s); some cards end with a 'Read also:' link (chrome). A donation banner follows the third card. No bylines. One off-beat card (ice hockey). 19407-05 (Polish jets scrambled during a Russian attack on western Ukraine) is labelled other/security with strikes secondary: the headline leads with Poland's military response.",
  not_entries=["masthead 'Belsat' and tagline", "language switch 'BY   RU   EN   PL'", "menu", "heading 'News'", "tag lines above headlines",
               "'Read also:' links under some cards", "donation banner after the third card ('Support independent Belarusian media...' and 'Donate now')",
               "'More news'", "footer"],
  entries=[
  E("2031-04-14 20:40", "Lukashenka says Minsk is ready to host Russia-Ukraine talks \u201cany day\u201d",
    ["Alyaksandr Lukashenka told state television that Belarus was prepared to host negotiations between Moscow and Kyiv \u201cany day and at any level\u201d and claimed that both sides had \u201cquietly\u201d asked about it. Ukrainian officials have repeatedly ruled out Belarus as a venue."],
    "diplomacy", "diplomacy", 2, "lukashenka-offer-host-talks-2031-04-14", tag="Belarus"),
  E("2031-04-14 18:15", "Number of political prisoners in Belarus rises to 1,184, Viasna says",
    ["The human rights centre Viasna has recognised nine more people as political prisoners, among them two women convicted of sending money to Ukrainian volunteer units, bringing the total to 1,184.",
     "Since 2020 more than 4,000 people have been through political prisons in Belarus, the group says."],
    "other", "politics", 2, "belarus-political-prisoners-count-2031-04-14", tag="Belarus"),
  E("2031-04-14 16:05", "Russian drone strike on Chernihiv kills two",
    ["Two people were killed and seven injured when Russian drones hit a residential area of Chernihiv, about 60 kilometres from the Belarusian border, the head of the city military administration said. One of the drones struck a bus stop."],
    "strikes", "strikes", 3, "chernihiv-drone-strike-2031-04-14", tag="Ukraine", readalso="Chernihiv region: how villages on the Belarusian border live under shelling"),
  E("2031-04-14 13:30", "Belarusian army begins snap readiness check near Ukrainian border",
    ["The Belarusian Defence Ministry has launched an unannounced combat readiness check of units in the Homel and Brest regions, moving armour and artillery to training grounds close to the Ukrainian border.",
     "Ukraine's State Border Guard Service said it was monitoring the movements and saw no immediate threat."],
    "other", "security", 2, "belarus-snap-readiness-check-2031-04-14", tag="Belarus"),
  E("2031-04-14 11:10", "Poland scrambles fighter jets as Russia attacks western Ukraine",
    ["Polish and allied aircraft were scrambled overnight and ground-based air defence was put on the highest alert as Russia launched missiles and drones at targets in the Lviv and Volyn regions, the Polish Operational Command said. No violation of Polish airspace was recorded."],
    "other", "security", 2, "poland-jets-scrambled-2031-04-14", sec=["strikes"], tag="Europe"),
  E("2031-04-14 09:00", "Hrodna court jails man for donation to Kalinouski Regiment",
    ["A court in Hrodna sentenced a 34-year-old IT specialist to five years in a penal colony for \u201cfinancing extremist activity\u201d after investigators found a transfer of 50 euros to the Belarusian volunteer regiment fighting for Ukraine."],
    "other", "politics", 2, "hrodna-regiment-donation-sentence-2031-04-14", tag="Belarus", readalso="Who are the Belarusians fighting for Ukraine?"),
  OFF("2031-04-14 07:30", "Dinamo Minsk reach KHL conference final",
    ["Dinamo Minsk beat Lokomotiv Yaroslavl 3-2 in overtime on Sunday to reach the Western Conference final of the Kontinental Hockey League for the first time in eleven years."],
    "dinamo-minsk-khl-2031-04-14", n="ice hockey", tag="Sport"),
  ]))

# ---------------------------------------------------------------- 19408 LRT English (HTML listing, yyyy.mm.dd hh:mm)
SEEDS.append(dict(
  id="19408", name="19408_lrt-newsinenglish", ext="html", source="LRT English", zone="Europe/Vilnius", render=r_lrt_list,
  title="News in English", doc_title="News in English - LRT",
  basis="stamp '{s}' (yyyy.mm.dd hh:mm, Vilnius time, EEST = UTC+3, no zone printed); local {d} in {z}",
  notes="Imitates LRT's English section ('News in English') saved as HTML. Top bar with LRT services, menu; cards newest first: category label, stamp 'yyyy.mm.dd hh:mm' (Vilnius time, no zone printed), h3 headline link, lead paragraph. No bylines on cards. Newsletter box after the third card. One off-beat card (basketball).",
  not_entries=["top bar (LRT.lt, Mediateka, Tiesiogiai, Radioteka, English)", "menu", "heading 'News in English'", "category labels",
               "'LRT English Newsletter' box after the third card", "'More news'", "footer"],
  entries=[
  E("2031-04-16 21:05", "Lithuania to spend 5.5% of GDP on defence next year",
    ["The Lithuanian government approved a draft budget framework that raises defence spending to 5.5% of GDP next year, with most of the increase going to air defence and equipment for the new division, the government's press office said.",
     "Part of the money will be borrowed through a special defence fund."],
    "other", "security", 2, "lithuania-defence-budget-2031-04-16", tag="Lithuania", secno=19),
  E("2031-04-16 18:40", "Lithuanian foreign minister in Kyiv pledges \u20ac30 million for power grid repairs",
    ["Lithuania will provide \u20ac30 million to repair Ukrainian electricity substations damaged by Russian strikes, Foreign Minister K\u0119stutis Budrys said during a visit to Kyiv on Wednesday, where he also met President Volodymyr Zelensky.",
     "Vilnius will also send two mobile gas turbine units this spring."],
    "aid", "aid", 3, "lithuania-fm-kyiv-visit-grid-aid-2031-04-16", sec=["diplomacy"], tag="World", secno=1263,
    n="ministerial diplomatic visit with an aid pledge; headline leads with the pledge"),
  E("2031-04-16 16:20", "Smuggling balloons from Belarus close Vilnius airport again",
    ["Vilnius Airport suspended flights for almost three hours on Wednesday afternoon after radar detected dozens of balloons drifting in from Belarus, used by smugglers to carry cigarettes. Eleven flights were delayed or diverted to Kaunas."],
    "other", "security", 2, "vilnius-airport-balloons-2031-04-16", tag="Lithuania", secno=19),
  E("2031-04-16 13:55", "Russian strike on Sumy kills five, including a child",
    ["Five people, among them a 10-year-old boy, were killed when a Russian ballistic missile hit an apartment block in the centre of Sumy, Ukrainian authorities said. Twenty-three were injured.",
     "Lithuanian President Gitanas Naus\u0117da condemned the attack as \u201cdeliberate terror against civilians\u201d."],
    "strikes", "strikes", 3, "sumy-missile-strike-2031-04-16", tag="Ukraine", secno=1268),
  E("2031-04-16 11:30", "Court convicts Klaip\u0117da man of spying for Russian military intelligence",
    ["The Klaip\u0117da Regional Court sentenced a 52-year-old port worker to eight years in prison for photographing military cargo and NATO ships in the port and passing the images to a Russian GRU handler."],
    "other", "security", 2, "klaipeda-gru-spy-conviction-2031-04-16", tag="Lithuania", secno=19),
  OFF("2031-04-16 09:10", "\u017dalgiris beat Real Madrid in EuroLeague playoff opener",
    ["Kaunas \u017dalgiris won the first game of their EuroLeague playoff series against Real Madrid 84-79, led by 22 points from their Lithuanian point guard."],
    "zalgiris-euroleague-playoff-2031-04-16", n="basketball", tag="Sport", secno=1270),
  E("2031-04-16 07:45", "First Leopard 2A8 tanks arrive in Lithuania",
    ["The first four of 44 Leopard 2A8 tanks ordered from Germany have been delivered to the Lithuanian Armed Forces and will be used to train crews of the new tank battalion, the Defence Ministry said."],
    "other", "security", 2, "lithuania-leopard-delivery-2031-04-16", tag="Lithuania", secno=19),
  ]))

# ---------------------------------------------------------------- 19409 Radio Svoboda (RFE/RL Ukrainian Service, English live page, text)
SEEDS.append(dict(
  id="19409", name="19409_radiosvoboda-live", ext="txt", source="Radio Svoboda", zone="Europe/Kyiv", render=r_svoboda_live,
  title="Russia's war against Ukraine: live updates",
  lede="Radio Svoboda follows the war and its consequences for Ukraine throughout the day. Times are given for Kyiv.",
  basis="bare time '{s}' under the day separator printed above it (Kyiv time, EEST = UTC+3; the page says 'Times are given for Kyiv'); local {d} in {z}",
  notes="Imitates the English edition of Radio Svoboda's (RFE/RL Ukrainian Service) live page copied as text. Header with 'Updated 19 April 2031, 00:45' and an intro that says times are Kyiv time. Items newest first under day separators ('19 April 2031', '18 April 2031'); each item: bare 24-hour time, headline, optional desk credit ('By Crimea.Realities', 'By Donbas.Realities', kept as authors as printed without 'By'), body. Midnight crossing: the two newest items are dated 19 April in Kyiv but fall on 18 April in UTC (21:45 and 21:10 UTC), so the whole page is one UTC day. 19409-03 is a 'Video:' item with only a player line (no text). A Telegram promo follows the fourth item.",
  not_entries=["masthead 'Радіо Свобода' and 'RFE/RL Ukrainian Service'", "menu", "'Live' label", "page title", "'Updated 19 April 2031, 00:45' line",
               "intro paragraph (times are Kyiv time)", "share line", "day separators '19 April 2031' and '18 April 2031'", "desk credit lines ('By ...')",
               "video player line '\u25b6  Video  1:48'", "'Subscribe to Radio Svoboda on Telegram'", "'Load more'", "footer"],
  entries=[
  E("2031-04-19 00:45", "Explosions in Kharkiv as Russian drones approach the city",
    ["Several explosions were heard in Kharkiv shortly after midnight, Mayor Ihor Terekhov said, urging residents to stay in shelters. The Air Force had warned of a group of attack drones moving towards the city from the north-east.",
     "There was no immediate information about damage or casualties."],
    "strikes", "strikes", 2, "kharkiv-drone-attack-night-2031-04-19"),
  E("2031-04-19 00:10", "Zelensky imposes sanctions on 140 Russian defence companies",
    ["President Volodymyr Zelensky signed a decree enacting sanctions against 140 Russian companies and 18 individuals involved in producing missiles and drones, and called on partners to mirror the listings."],
    "diplomacy", "diplomacy", 2, "ukraine-sanctions-russian-defence-firms-2031-04-18"),
  E("2031-04-18 22:30", "Video: Volunteers evacuate elderly residents from Kostiantynivka", [],
    "other", "humanitarian", 1, "kostiantynivka-evacuation-video-2031-04-18", n="video teaser without text"),
  E("2031-04-18 20:05", "Explosions reported near Saky airfield in Crimea",
    ["Residents of Novofedorivka in western Crimea reported a series of explosions and smoke over the Saky military airfield in the evening. The Russian-installed authorities said air defence was repelling an attack and asked people not to film.",
     "Ukraine's military has not commented."],
    "strikes", "strikes", 2, "saky-airfield-explosions-2031-04-18", a="Crimea.Realities"),
  E("2031-04-18 17:40", "EU ministers agree to spend more frozen-asset revenue on weapons for Ukraine",
    ["EU foreign ministers meeting in Luxembourg agreed that 95 percent of the next tranche of windfall profits from immobilised Russian central bank assets, about \u20ac1.6 billion, will go to buying weapons and ammunition for Ukraine.",
     "Hungary abstained but did not block the decision, diplomats said."],
    "aid", "aid", 3, "eu-frozen-assets-weapons-tranche-2031-04-18", sec=["diplomacy"]),
  E("2031-04-18 14:15", "Russian strike on Zaporizhzhia industrial site kills worker",
    ["One worker was killed and three injured when Russian guided bombs hit an industrial enterprise in Zaporizhzhia, regional governor Ivan Fedorov said. A fire broke out in one of the workshops."],
    "strikes", "strikes", 3, "zaporizhzhia-industrial-strike-2031-04-18"),
  E("2031-04-18 10:50", "Thirty-seven civilians freed from Russian detention this year, ombudsman says",
    ["Ukraine has secured the release of 37 civilians held in Russia since the start of the year, Parliament's Human Rights Commissioner Dmytro Lubinets said, adding that thousands more remain in detention without charge."],
    "other", "humanitarian", 2, "civilians-released-from-detention-2031-04-18", a="Donbas.Realities"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_textlive_keypoints(S):
    """text live blog, newest first: header, standfirst, page byline, dateline with year and the time of the latest update,
    'Key Points' block of bullet headlines; each post: stamp line '14.05 BST' (dot separator, zone), headline, body; a video
    teaser shows only a player line. No per-post byline: the page byline is every post's author."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    L = [S["source"].upper(), "News   Opinion   Sport   Culture   Money   Travel", "", "World \u203a Europe \u203a Ukraine", "", "LIVE", S["title"], "",
         S["lede"], "", S["byline"], f"{WEEKDAYS[last.weekday()][:3]} {last.day} {SHORT[last.month - 1]} {last.year} {last:%H.%M} {last.tzname()}", "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Filter by key points   Print this page", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += paras(e["p"]) if e["p"] else ["\u25b6 0:54", ""]
        L += ["Share", ""]
        if i == 2:
            L += [f"Sign up to {S['source']} Europe Briefing, our free morning newsletter", ""]
    L += ["Older posts", "", f"{S['source']} \u00b7 Contact us \u00b7 Complaints \u00b7 Privacy policy \u00b7 Cookie policy \u00b7 Terms & conditions"]
    return "\n".join(L) + "\n", stamps


def r_ldlive_oldest(S):
    """HTML live blog, oldest first; LiveBlogPosting JSON-LD with per-update datePublished (local offset) and author; visible
    '08:10' in <time datetime>, h2 headline, 'By NAME' line; a 'Related' box and an end note."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{310 + i}", "headline": e["h"], "datePublished": d.isoformat(),
             "dateModified": d.isoformat(), "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = [{"@type": "Person", "name": e["a"]}]
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "description": S["lede"], "datePublished": first.isoformat(), "dateModified": last.isoformat(),
          "coverageStartTime": first.isoformat(), "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="consent">{esc(S["source"])} and its partners use cookies. <button>Accept all</button> <button>Settings</button></div>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a href="/ukraine">Ukraine</a> <a href="/war">War</a> <a href="/economy">Economy</a> '
           '<a href="/opinion">Opinion</a> <a href="/support">Support us</a></nav></header>',
           f'<main><p class="kicker">Live</p><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="update" id="update-{310 + i}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="update__author">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="update__share"><a>Copy link</a></div></div>')
        if i == 2:
            out.append(f'<aside class="related"><h3>Related</h3><a href="/war/dnipro">{esc(S["related"])}</a></aside>')
    out += ['<p class="end">This live page has ended. Follow our coverage tomorrow.</p></main>',
            f'<footer>{esc(S["source"])} \u00b7 Editorial standards \u00b7 Contacts \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss_feed(S):
    """RSS 2.0 feed, newest first; pubDate with the outlet's numeric offset, or printed in GMT when S['gmt']; dc:creator when the
    item has an author; CDATA description with <p> paragraphs; optional 'partner' line naming where a re-published piece came from."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=S.get("gmt", False))}</lastBuildDate>', '<ttl>10</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S.get("gmt", False)); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "World").lower()}/{slugify(e["h"])}-{i + 61107}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        extra = f"<p><em>This article first appeared in {esc(e['partner'])}.</em></p>" if e.get("partner") else ""
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + extra + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom_feed(S):
    """Atom 1.0 feed, newest first; <published> ISO 8601 with the outlet's offset ('Z' for UTC); <summary> plain text is absent,
    content is escaped HTML; optional author."""
    z = S["zone"]; order_check(S, True)
    iso = lambda d: d.isoformat().replace("+00:00", "Z")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}/"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>{S["url"]}/atom.xml</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>',
           f'<generator>{esc(S.get("generator", "Atomizer"))}</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f'{S["url"]}/{d:%Y/%m/%d}/{slugify(e["h"])}'
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" type="text/html" href="{link}"/>',
                f'<id>tag:{S["url"].split("//")[1]},{d:%Y-%m-%d}:/{i + 2207}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if e.get("cat"):
            out.append(f'<category term="{attr(e["cat"])}"/>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_htmllive_dated(S):
    """HTML live blog without JSON-LD, newest first; each post carries a visible full stamp '23 April 2031, 14:15 CEST' in a
    <time datetime> above its h2, then 'By NAME' and the body; a related box after the fourth post."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 {esc(S["source"])}</title></head><body>',
           '<div id="cookie-bar">This site uses cookies. <button>OK</button></div>',
           f'<header><a href="/" class="brand">{esc(S["source"])}</a> <nav><a>Poland</a> <a>Europe</a> <a>Ukraine war</a> <a>Business</a> <a>Opinion</a></nav> '
           '<a class="subscribe" href="/subscribe">Subscribe</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="lead">{esc(S["lede"])}</p>', '<p class="refresh">Page refreshes automatically</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]} {d.year}, {d:%H:%M} {d.tzname()}"; stamps.append(st)
        out.append(f'<article class="live-entry"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="live-entry__author">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</article>')
        if i == 3:
            out.append(f'<aside class="box"><h3>Read more</h3><a href="/europe/kharkiv">{esc(S["related"])}</a></aside>')
    out += ['<button class="load-more">Show earlier entries</button></main>',
            f'<footer>{esc(S["source"])} \u00b7 About \u00b7 Advertising \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_textlive_dash(S):
    """text live blog, oldest first; each post opens with '09:40 CEST \u2014 Headline' on one line (stamp and headline fused),
    then the body; a gallery teaser shows only a placeholder; the page prints its date and a note on the time zone."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Home  /  World  /  Ukraine", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        L += [f"{st} \u2014 {e['h']}", ""]
        L += paras(e["p"]) if e["p"] else ["[Gallery: 9 photos]", ""]
        if i == 3:
            L += ["ADVERTISEMENT", ""]
    L += ["Our live coverage continues tomorrow.", "", f"\u00a9 {S['source']}  \u00b7  Legal notice  \u00b7  Privacy  \u00b7  Contact"]
    return "\n".join(L) + "\n", stamps


def r_textlive_pipe(S):
    """text live blog, newest first; date line with weekday but no year (parse_args); each post '21:50 | Headline', body, then a
    signature '\u2014 NAME'; a video teaser shows '[Video 0:58]'."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "Live  |  Ukraine  |  Russia  |  Europe  |  Podcasts", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [f"{st} | {e['h']}", ""]
        L += paras(e["p"]) if e["p"] else ["[Video 0:58]", ""]
        if e["a"]:
            L += [f"\u2014 {e['a']}", ""]
        if i == 2:
            L += ["Become a supporter of independent reporting from Ukraine", ""]
    L += ["Earlier updates", "", f"{S['source']}  |  About  |  Ethics  |  Contact"]
    return "\n".join(L) + "\n", stamps


def r_graphlive_utc(S):
    """HTML live blog, oldest first; JSON-LD @graph whose LiveBlogPosting lists updates with per-update datePublished in UTC ('Z');
    visible bare '10:15' in <time> under a date line printed once; h3 headline; author in a <cite> after the body."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    zs = lambda d: d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    base = S["url"].split("/live")[0]
    ups = []
    for i, e in enumerate(S["entries"]):
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#p{i + 1}", "headline": e["h"], "datePublished": zs(dt(e["t"], z)),
             "articleBody": "\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": base + "/#publisher", "name": S["source"], "url": base + "/"},
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"], "inLanguage": "en"},
        {"@type": "LiveBlogPosting", "@id": S["url"] + "#liveblog", "mainEntityOfPage": {"@id": S["url"]}, "headline": S["title"],
         "datePublished": zs(first), "dateModified": zs(last), "coverageStartTime": zs(first), "publisher": {"@id": base + "/#publisher"},
         "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><span class="brand">{esc(S["source"])}</span> <nav><a>Finland</a> <a>Nordics</a> <a>World</a> <a>Economy</a> <a>Culture</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="ingress">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<section class="post"><time>{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<cite>{esc(e["a"])}</cite>')
        out.append('</section>')
        if i == 2:
            out.append(f'<div class="promo">Download the {esc(S["source"])} app for alerts</div>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Contact \u00b7 Privacy \u00b7 Accessibility</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_keyevents(S):
    """text article 'List of key events': title, standfirst, 'Published' dateline with time and zone, byline, then topical
    sub-headings with unheaded bullet paragraphs (bullet glyphs lost in the copy): each bullet is one entry (headline null),
    no per-bullet time."""
    z = S["zone"]; pub = dt(S["published"], z)
    L = [S["source"], "News   Features   Economy   Opinion   Video", "", S["title"], "", S["lede"], "",
         f"Published {pub.day} {SHORT[pub.month - 1]} {pub.year} {pub:%H:%M} {'GMT' if pub.utcoffset() == timedelta(0) else pub.tzname()}",
         f"By {S['byline']}", "", "Save   Share   Print", ""]
    cur = None
    for e in S["entries"]:
        assert e["t"] == S["published"] and e["h"] is None and len(e["p"]) == 1
        if e["sec_head"] != cur:
            cur = e["sec_head"]; L += [cur, ""]
        L += [e["p"][0], ""]
    L += ["Source: " + S["credits"], "", S["more"], "", f"\u00a9 {pub.year} {S['source']}  \u00b7  Terms  \u00b7  Privacy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2031-04-22 (UTC), day 2 = 2031-04-23, day 3 = 2031-04-27.
DNI = "dnipro-missile-strike-2031-04-22"
KRA = "kramatorsk-glide-bomb-2031-04-22"
SWE = "sweden-air-defence-package-2031-04-22"
EUC = "eu-accession-first-cluster-2031-04-22"
ANL_H = "Analysis: Europe\u2019s air-defence gap in five numbers"
ANL_P = ["Ukraine\u2019s allies have promised it more air defence this year than in any year since the full-scale invasion, yet the gap between what is pledged and what arrives keeps growing.",
         "European factories can turn out roughly 1,100 medium-range interceptors a year, while Ukraine says it fires about 140 a month during heavy attack periods. Only four of the eleven systems pledged last autumn have been delivered, and each new launcher comes with a fraction of the missiles it can fire.",
         "The cheapest fix, officials in Berlin and Stockholm say, is not more launchers but longer production contracts, so that manufacturers dare to hire and expand."]

# ---------------------------------------------------------------- 19420 Gannet Bay Chronicle (day 1, text live, BST)
SEEDS.append(dict(
  id="19420", name="19420_gannetbay-textlive", ext="txt", source="Gannet Bay Chronicle", zone="Europe/London", render=r_textlive_keypoints,
  title="Russia-Ukraine war live: Dnipro death toll rises to 11 after morning missile strike",
  lede="Rescuers search a collapsed apartment block in Dnipro; Sweden announces a new air defence package; two killed in Kramatorsk.",
  byline="Ruth Calder",
  basis="stamp '{s}' (UK time, BST = UTC+1 in April, zone printed) on the page dated 'Tue 22 Apr 2031'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. Header dateline 'Tue 22 Apr 2031 19.20 BST' (time of the latest post); page byline 'Ruth Calder' and no per-post bylines, so the page byline is every post's author. A 'Key Points' block lists two post headlines with bullets (key_point true). Each post: stamp line 'HH.MM BST' (dot separator), headline, body, 'Share'. 19420-03 is a 'Watch:' teaser with only a player line. 19420-05 is a theme piece (explainer on ballistic-missile warnings) that mentions Dnipro but is its own story.",
  not_entries=["masthead and menu", "breadcrumb 'World \u203a Europe \u203a Ukraine'", "'LIVE' label", "page title", "standfirst summary line", "page byline 'Ruth Calder'",
               "header dateline 'Tue 22 Apr 2031 19.20 BST'", "'Key Points' header and its two bullet lines (pointers to posts)", "'Filter by key points   Print this page'",
               "'Share' after each post", "video player line '\u25b6 0:54' in the teaser", "newsletter sign-up line after the third post", "'Older posts'", "footer"],
  entries=[
  E("2031-04-22 19:20", "Dnipro death toll rises to 11",
    ["Eleven people are now confirmed dead after this morning\u2019s missile strike on Dnipro, the regional governor said this evening, as emergency workers finished clearing the rubble of the collapsed section of the nine-storey block. Forty-three people were injured, including five children.",
     "The city council has declared Wednesday a day of mourning."],
    "strikes", "strikes", 3, DNI, a="Ruth Calder", kp=True, n="toll 11 dead, 43 injured"),
  E("2031-04-22 17:30", "Sweden unveils air defence package worth SEK 6.2bn",
    ["Sweden\u2019s government has announced its largest single military aid package for Ukraine this year, worth 6.2bn kronor (about \u00a3470m), built around short-range RBS 70 air defence systems, Giraffe radars and anti-aircraft ammunition.",
     "The defence minister, P\u00e5l Jonson, said the first deliveries would arrive \u201cwithin weeks, not months\u201d."],
    "aid", "aid", 3, SWE, a="Ruth Calder", kp=True, n="same aid theme as other pledges of the week, a distinct event"),
  E("2031-04-22 15:05", "Watch: Rescuers search the wreckage in Dnipro", [],
    "strikes", "strikes", 1, DNI, a="Ruth Calder", n="video teaser without body; shows the Dnipro strike"),
  E("2031-04-22 13:40", "Dnipro toll climbs to nine, including two children",
    ["The number of people killed in the Russian strike on Dnipro has risen to nine, among them two children, Ukraine\u2019s emergency service said. More than 30 people were taken to hospital.",
     "Rescuers with dogs are still searching for at least four residents believed to be under the debris."],
    "strikes", "strikes", 3, DNI, a="Ruth Calder", n="toll 9"),
  E("2031-04-22 11:50", "Explainer: Why warnings of ballistic missiles so often come too late",
    ["Ukrainians have learned to read the air raid app closely, but against ballistic missiles it offers little comfort: an Iskander fired from the border region can reach Dnipro in under four minutes.",
     "Cruise missiles and drones are tracked for hours on their way in. A ballistic missile climbs steeply and falls at several times the speed of sound, so the warning often sounds as it is already descending, and only Patriot and SAMP/T batteries can reliably stop it.",
     "There are too few of those to cover every city, which is why, Ukrainian officials say, Russia keeps choosing ballistic weapons for attacks on large cities in the east."],
    "strikes", "strikes", 2, "explainer-ballistic-missile-warnings", a="Ruth Calder",
    n="theme piece (explainer on ballistic-missile warnings); mentions Dnipro but must not merge with the Dnipro strike"),
  E("2031-04-22 09:25", "Two killed in Kramatorsk glide-bomb attack",
    ["Two men were killed and five people injured when a Russian aircraft dropped a guided bomb on a market street in Kramatorsk, the head of the Donetsk regional administration, Vadym Filashkin, said."],
    "strikes", "strikes", 3, KRA, a="Ruth Calder", n="another deadly strike the same morning, other city and weapon: must not merge with Dnipro"),
  E("2031-04-22 07:15", "Russian missiles hit Dnipro, at least four reported dead",
    ["Russia has struck the central Ukrainian city of Dnipro with ballistic missiles during the morning rush hour, killing at least four people, according to local officials.",
     "Pictures posted by Ukraine\u2019s emergency service show one entrance of a residential block collapsed down to the ground floor. A bus depot nearby was also hit."],
    "strikes", "strikes", 3, DNI, a="Ruth Calder", n="first report in this seed, toll 4"),
  ]))

# ---------------------------------------------------------------- 19421 Larchfield Gazette (day 1, HTML live + LiveBlogPosting, Kyiv)
DNI_FIRST = ["Russian ballistic missiles struck Dnipro at about 7:40 this morning, hitting a nine-storey residential building and a municipal bus depot in the Shevchenkivskyi district. At least three people were killed and 20 injured, regional governor Serhii Lysak said.",
             "Lysak urged residents to stay away from the area while rescuers worked."]
SEEDS.append(dict(
  id="19421", name="19421_larchfield-live", ext="html", source="Larchfield Gazette", zone="Europe/Kyiv", render=r_ldlive_oldest,
  title="War in Ukraine, day 3,345: missile strike on Dnipro", url="https://larchfieldgazette.ua/live/2031-04-22-war-day-3345",
  dateline="Tuesday, 22 April 2031", related="Dnipro under fire: a year of attacks on the city",
  lede="Live updates from our newsroom in Kyiv. The page is updated throughout the day; the newest posts are at the bottom.",
  basis="visible time '{s}' in <time datetime> (Kyiv time, +03:00; the same time is in the update's JSON-LD datePublished) under the dateline 'Tuesday, 22 April 2031'; local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first, with LiveBlogPosting JSON-LD whose updates carry their own datePublished (+03:00), headline, articleBody and author. Visible posts: <time datetime> with 'HH:MM', h2 headline, 'By NAME', body. 19421-05 re-publishes 19421-02 nearly verbatim (same headline, stale toll of three; one word changed), so it is duplicate_of 19421-02. 19421-01 (overnight drone attack on an energy site in Pavlohrad, same Dnipropetrovsk region) must not merge with the Dnipro missile strike. 19421-07 is Zelensky's reaction with the toll and a plea for Patriot missiles: its content is the attack, so it shares the Dnipro story (strikes, aid secondary).",
  not_entries=["cookie consent bar", "header: logo and menu", "'Live' kicker", "page title", "dateline 'Tuesday, 22 April 2031'", "standfirst about the live page",
               "'By NAME' lines", "'Copy link' after each post", "'Related' box after the third post with one link", "end note 'This live page has ended...'", "footer"],
  entries=[
  E("2031-04-22 06:30", "Drones hit energy facility in Pavlohrad overnight",
    ["Russian drones attacked Pavlohrad in Dnipropetrovsk region overnight, damaging an energy facility and setting fire to a transformer, the regional administration said. Nobody was hurt; about 4,000 homes lost power for several hours."],
    "strikes", "strikes", 2, "pavlohrad-energy-drone-attack-2031-04-22", a="Iryna Koval",
    n="same region as Dnipro, other event (night drone attack on an energy site, no casualties): must not merge with the Dnipro missile strike"),
  E("2031-04-22 08:10", "Russian missiles strike Dnipro, at least three killed", DNI_FIRST,
    "strikes", "strikes", 3, DNI, a="Iryna Koval", n="first report, toll 3"),
  E("2031-04-22 09:45", "Guided bomb kills two in Kramatorsk",
    ["A Russian guided aerial bomb hit a street with market stalls in Kramatorsk, killing two men and wounding five other people, regional authorities said. Several kiosks and cars burned out."],
    "strikes", "strikes", 3, KRA, a="Oleh Sydorenko"),
  E("2031-04-22 11:35", "Dnipro death toll rises to six, 34 injured",
    ["Six people are now known to have been killed in the morning missile attack on Dnipro, and 34 injured, including four children, Governor Lysak said. Twenty-two flats were destroyed when one section of the building collapsed."],
    "strikes", "strikes", 3, DNI, a="Iryna Koval", n="toll 6"),
  E("2031-04-22 13:20", "Russian missiles strike Dnipro, at least three killed",
    ["Russian ballistic missiles struck Dnipro at about 7:40 this morning, hitting a nine-storey residential building and a municipal bus depot in the Shevchenkivskyi district. At least three people were killed and 20 injured, regional governor Serhii Lysak said.",
     "Lysak urged residents to keep away from the area while rescuers worked."],
    "strikes", "strikes", 1, DNI, a="Iryna Koval", dup="19421-02", n="near-verbatim repeat of 19421-02 (stale toll of three)"),
  E("2031-04-22 15:10", "EU opens first chapter cluster in accession talks with Ukraine",
    ["The European Union formally opened the \u201cfundamentals\u201d cluster of accession negotiations with Ukraine at an intergovernmental conference in Luxembourg, after Hungary lifted its veto in exchange for guarantees on minority language rights.",
     "Ukraine\u2019s deputy prime minister for European integration, Taras Kachka, said Kyiv hopes to open two more clusters before the end of the year."],
    "diplomacy", "diplomacy", 3, EUC, a="Oleh Sydorenko"),
  E("2031-04-22 17:40", "Zelensky on Dnipro: \u201cEvery Patriot missile that arrives late costs lives\u201d",
    ["President Volodymyr Zelensky said nine people had been killed in Dnipro and that the attack could have been stopped if Ukraine had enough interceptors for ballistic missiles.",
     "\u201cEvery Patriot missile that arrives late costs lives,\u201d he said in his evening address, calling on partners to speed up deliveries promised in the spring."],
    "strikes", "strikes", 3, DNI, a="Oleh Sydorenko", sec=["aid"], n="reaction whose content is the Dnipro attack and its toll (9), with an aid plea"),
  ]))

# ---------------------------------------------------------------- 19422 Merganser World Service (day 1, RSS world feed, New York)
SEEDS.append(dict(
  id="19422", name="19422_merganser-worldrss", ext="xml", source="Merganser World Service", zone="America/New_York", render=r_rss_feed,
  title="Merganser World Service - World", url="https://merganserworld.com", lede="Top world stories from Merganser World Service",
  basis="RSS pubDate '{s}' (explicit -0400 offset, US Eastern Daylight Time); local {d} in {z}",
  notes="Invented outlet. General world RSS 2.0 feed (US East Coast, pubDate -0400); the war is a minority: 4 of 6 items are off-beat (Chilean earthquake, Indian heatwave, Fed nomination, Alberta wildfires). Spells the city 'Dnepr'. The EU accession item is the same event as 19421-06 and 19423-03.",
  not_entries=["channel title, link, description, language, lastBuildDate, ttl", "link, guid and category lines"],
  entries=[
  OFF("2031-04-22 15:40", "Magnitude 6.4 earthquake strikes off northern Chile",
    ["A strong earthquake struck off the coast of northern Chile on Tuesday afternoon, shaking buildings in Antofagasta and Iquique, but there were no immediate reports of serious damage, authorities said.",
     "The navy said there was no tsunami threat."],
    "chile-earthquake-2031-04-22", a="Lucia Ferraro", n="earthquake in Chile"),
  E("2031-04-22 10:05", "Russian strike on Ukraine\u2019s Dnepr kills at least 9",
    ["A Russian missile attack on the city of Dnepr in central-eastern Ukraine killed at least nine people and wounded 41 on Tuesday, Ukrainian officials said, in one of the deadliest strikes on the city this year.",
     "Video showed firefighters pulling residents from a partly collapsed apartment building."],
    "strikes", "strikes", 3, DNI, a="Tom Harlan", n="spelled 'Dnepr'; toll 9 dead, 41 wounded"),
  OFF("2031-04-22 09:20", "Heat wave grips northern India, schools close early",
    ["Several states in northern India ordered schools to start their summer break two weeks early as temperatures passed 45 degrees Celsius in parts of Rajasthan and Uttar Pradesh."],
    "india-heatwave-2031-04-22", n="heat wave"),
  E("2031-04-22 08:35", "EU opens first round of membership talks with Ukraine",
    ["The European Union on Tuesday opened the first group of negotiating chapters with Ukraine, a step Kyiv called historic after more than a year of delays caused by Hungarian objections."],
    "diplomacy", "diplomacy", 3, EUC, a="Tom Harlan"),
  OFF("2031-04-22 07:10", "White House picks economist for Fed vice chair",
    ["The White House said it would nominate a former Treasury official as vice chair of the Federal Reserve, setting up a Senate confirmation fight over interest rate policy."],
    "fed-vice-chair-nomination-2031-04-22", a="Lucia Ferraro", n="US central bank nomination", cat="Business"),
  OFF("2031-04-22 05:55", "Early wildfires force evacuations in Alberta",
    ["About 2,500 residents of two towns in northern Alberta were told to leave their homes as wind-driven wildfires spread unusually early in the season, provincial officials said."],
    "alberta-wildfires-2031-04-22", n="wildfires in Canada"),
  ]))

# ---------------------------------------------------------------- 19423 Elderbank Review (day 1, Atom, Berlin)
SEEDS.append(dict(
  id="19423", name="19423_elderbank-atom", ext="xml", source="Elderbank Review", zone="Europe/Berlin", render=r_atom_feed,
  title="Elderbank Review \u2013 Europe", url="https://elderbankreview.de", lede="News and analysis on European politics and security",
  basis="Atom <published> '{s}' (explicit +02:00 offset, CEST); local {d} in {z}",
  notes="Invented outlet. Atom 1.0 feed (Berlin, +02:00), newest first, authors on most entries, escaped HTML content. 19423-01 is a theme piece (analysis of the air-defence supply gap), its own story, re-published verbatim on day 2 by Quarrow Dispatch (19433). 19423-05 (sabotage charges in Germany) is other/security.",
  not_entries=["feed title, subtitle, links, id, updated, generator", "entry ids, links and category terms"],
  entries=[
  E("2031-04-22 18:45", ANL_H, ANL_P, "aid", "aid", 2, "analysis-europe-air-defence-gap", a="Katrin Vogler", cat="Analysis",
    n="theme piece (analysis of air-defence supplies, no single event); same aid theme as the Swedish package but must not merge with it"),
  E("2031-04-22 16:20", "Sweden to send RBS 70 systems and radars in new package",
    ["Sweden will supply Ukraine with RBS 70 short-range air defence systems, Giraffe radars and ammunition as part of a 6.2 billion kronor package, the government in Stockholm said on Tuesday. It is the country\u2019s 22nd package since 2022."],
    "aid", "aid", 3, SWE, a="Jonas Behrendt", cat="Security"),
  E("2031-04-22 14:05", "EU opens accession talks with Ukraine on rule of law",
    ["The EU and Ukraine opened the first cluster of accession negotiations, covering the rule of law, public procurement and statistics, at a meeting in Luxembourg on Tuesday. Moldova\u2019s first cluster is due to follow in June."],
    "diplomacy", "diplomacy", 3, EUC, a="Jonas Behrendt", cat="Europe"),
  E("2031-04-22 12:30", "Eight dead in Russian missile attack on Dnipro",
    ["At least eight people were killed when Russian missiles hit a residential building and a bus depot in Dnipro on Tuesday morning, Ukrainian authorities said. The German foreign ministry condemned the attack as \u201canother crime against civilians\u201d."],
    "strikes", "strikes", 3, DNI, a="Katrin Vogler", cat="Ukraine", n="toll 8"),
  E("2031-04-22 09:50", "Two men charged with plotting arson on rail lines for Russia",
    ["Federal prosecutors have charged two men with preparing arson attacks on railway signal boxes in Saxony on behalf of a Russian intelligence service. One of them is accused of filming freight trains carrying military equipment."],
    "other", "security", 2, "germany-rail-sabotage-charges-2031-04-22", a="Jonas Behrendt", cat="Germany"),
  ]))

# Day 2 = 2031-04-23
KHA = "kharkiv-market-glide-bomb-strike-2031-04-23"
ZNW = "zelensky-nawrocki-warsaw-drone-deal-2031-04-23"

# ---------------------------------------------------------------- 19430 Lapwing Evening Post (day 2, HTML live, Warsaw, full visible stamps)
SEEDS.append(dict(
  id="19430", name="19430_lapwing-live", ext="html", source="Lapwing Evening Post", zone="Europe/Warsaw", render=r_htmllive_dated,
  title="War in Ukraine live: seven killed as glide bombs hit Kharkiv market; Zelensky in Warsaw",
  lede="Russian guided bombs struck a busy market in Kharkiv; Volodymyr Zelensky met Karol Nawrocki in Warsaw. Follow the day with our correspondents.",
  related="Kharkiv, a city that learned to live under glide bombs",
  basis="visible stamp '{s}' (date, time and zone printed; CEST = UTC+2); local {d} in {z}",
  notes="Invented outlet. HTML live blog without JSON-LD, newest first. Each post: <time datetime> whose visible text is a full stamp '23 April 2031, 14:15 CEST', h2 headline, 'By NAME', body. A 'Read more' box follows the fourth post. 19430-04 is a theme piece (analysis of glide bombs) that mentions Kharkiv but is its own story. 19430-05 (extra Patriot battery for the Rzeszów hub) is Polish/NATO force posture: other/security.",
  not_entries=["cookie bar", "header: brand, menu, 'Subscribe'", "page title", "lead paragraph", "'Page refreshes automatically'", "'By NAME' lines",
               "'Read more' box with one link after the fourth post", "'Show earlier entries' button", "footer"],
  entries=[
  E("2031-04-23 19:05", "Zelensky meets Nawrocki in Warsaw, leaders sign drone production deal",
    ["Presidents Volodymyr Zelensky and Karol Nawrocki signed an agreement in Warsaw on the joint production of interceptor drones, with a first plant to open in eastern Poland next year.",
     "Nawrocki said Poland would also take over the training of Ukrainian drone operators on its territory. The two leaders avoided questions about the dispute over exhumations in western Ukraine."],
    "diplomacy", "diplomacy", 3, ZNW, a="Agnieszka Wolan", sec=["aid"], n="head-of-state meeting with an arms-production deal"),
  E("2031-04-23 17:20", "Kharkiv market strike: death toll rises to seven",
    ["Seven people have died after the Russian bomb attack on a Kharkiv market, the regional governor, Oleh Syniehubov, said. Twenty-eight people are in hospital, six of them in a serious condition."],
    "strikes", "strikes", 3, KHA, a="Piotr Zaremba", n="toll 7"),
  E("2031-04-23 15:40", "Belarusian detained in Rzesz\u00f3w on suspicion of spying on aid hub",
    ["Polish counter-intelligence officers detained a Belarusian citizen suspected of photographing military transports at the Rzesz\u00f3w airport, the main transit hub for Western aid to Ukraine, the minister coordinating the special services said."],
    "other", "security", 2, "rzeszow-spy-detention-2031-04-23", a="Piotr Zaremba"),
  E("2031-04-23 13:30", "Analysis: Why glide bombs are so hard to stop",
    ["Russia drops more than a hundred guided bombs on Ukraine on a busy day, and today\u2019s attack on Kharkiv shows why they are among the hardest weapons to defend against.",
     "A glide bomb is an old free-fall bomb fitted with wings and satellite guidance. Released by a jet flying inside Russian airspace, it can glide 60 kilometres or more, so the aircraft stays beyond the reach of most Ukrainian air defences.",
     "Shooting down the bomb itself is possible but expensive. Ukraine\u2019s best answer so far has been to strike the airfields where the jets are based."],
    "strikes", "strikes", 2, "analysis-glide-bombs", a="Agnieszka Wolan",
    n="theme piece (analysis of glide bombs); mentions the Kharkiv attack but must not merge with it"),
  E("2031-04-23 12:10", "Germany to station an extra Patriot battery at Rzesz\u00f3w",
    ["Germany will deploy an additional Patriot air defence battery to protect the Rzesz\u00f3w-Jasionka airport for at least six months, the Bundeswehr said, after Russian drones repeatedly came close to the Polish border this month."],
    "other", "security", 2, "germany-patriot-rzeszow-deployment-2031-04-23", a="Piotr Zaremba"),
  E("2031-04-23 10:45", "Russian glide bombs hit market in Kharkiv, three dead",
    ["At least three people were killed when two Russian guided bombs hit a market in Kharkiv\u2019s Industrialnyi district in the late morning, Mayor Ihor Terekhov said. Dozens of stalls caught fire."],
    "strikes", "strikes", 3, KHA, a="Piotr Zaremba", n="first report, toll 3"),
  E("2031-04-23 08:20", "Russia launched 92 drones overnight, Ukraine says 70 downed",
    ["Ukraine\u2019s air force said Russia had attacked with 92 drones and two Iskander-M missiles overnight. Seventy drones were shot down or jammed; hits were recorded in the Odesa and Sumy regions."],
    "strikes", "strikes", 2, "overnight-drone-attack-2031-04-23", a="Agnieszka Wolan"),
  ]))

# ---------------------------------------------------------------- 19431 Nettlefold Courier (day 2, text live, Paris, oldest first)
KHA_FIRST = ["Two Russian guided bombs struck a crowded market in Kharkiv late this morning, killing at least three people and injuring more than 20, according to the city\u2019s mayor.",
             "Photos from the scene show rows of burned stalls and a crater in the car park."]
SEEDS.append(dict(
  id="19431", name="19431_nettlefold-textlive", ext="txt", source="Nettlefold Courier", zone="Europe/Paris", render=r_textlive_dash,
  title="Ukraine live: Kharkiv market hit by glide bombs, Dnipro mourns its dead",
  dateline="Wednesday 23 April 2031 \u2013 all times Paris (CEST)",
  lede="The day\u2019s news from the war in Ukraine, updated by our Paris desk. Oldest posts first.",
  basis="stamp '{s}' (zone printed, CEST = UTC+2) on the page dated 'Wednesday 23 April 2031'; local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first; each post opens with one line 'HH:MM CEST \u2014 Headline' (stamp and headline fused), then the body; no bylines anywhere (author null). 19431-01 continues day 1's Dnipro story (toll 12, day of mourning). 19431-02 (drone attack on a fuel depot near Chuhuiv, same Kharkiv region) must not merge with the Kharkiv market strike. 19431-04 repeats 19431-03 nearly verbatim (duplicate_of 19431-03). 19431-05 is a 'Photos:' teaser with only a gallery placeholder. 'ADVERTISEMENT' follows the fourth post.",
  not_entries=["outlet name and breadcrumb", "page title", "dateline with the time-zone note", "standfirst", "gallery placeholder '[Gallery: 9 photos]'",
               "'ADVERTISEMENT'", "'Our live coverage continues tomorrow.'", "footer"],
  entries=[
  E("2031-04-23 09:10", "Dnipro mourns as death toll reaches 12",
    ["Flags flew at half-mast in Dnipro on Wednesday, a day of mourning for the victims of Tuesday\u2019s missile strike, after rescuers recovered a twelfth body overnight.",
     "Investigators said the building was hit by an Iskander-M missile fired from the Belgorod region."],
    "strikes", "strikes", 3, DNI, n="continuation of day 1's Dnipro strike: toll 12, day of mourning"),
  E("2031-04-23 10:20", "Drone attack sets fuel depot ablaze near Chuhuiv",
    ["A fuel depot near Chuhuiv, south-east of Kharkiv, caught fire after a Russian drone attack before dawn, the regional emergency service said. Firefighters needed five hours to put out the blaze; no injuries were reported."],
    "strikes", "strikes", 2, "chuhuiv-fuel-depot-drone-2031-04-23",
    n="same Kharkiv region, other event (night drone attack, no casualties): must not merge with the Kharkiv market strike"),
  E("2031-04-23 11:05", "Glide bombs strike Kharkiv market, at least three dead", KHA_FIRST,
    "strikes", "strikes", 3, KHA, n="first report, toll 3"),
  E("2031-04-23 12:15", "Glide bombs strike Kharkiv market, at least three dead",
    ["Two Russian guided bombs struck a crowded market in Kharkiv late this morning, killing at least three people and injuring more than 20, according to the city\u2019s mayor.",
     "Photos from the scene showed rows of burned stalls and a crater in the car park."],
    "strikes", "strikes", 1, KHA, dup="19431-03", n="near-verbatim repeat of 19431-03"),
  E("2031-04-23 13:00", "Photos: The Kharkiv market after the strike", [],
    "strikes", "strikes", 1, KHA, n="photo teaser without text; shows the Kharkiv strike"),
  E("2031-04-23 14:30", "Kharkiv strike toll rises to five",
    ["Five people have now died in the bombing of the Kharkiv market, regional governor Oleh Syniehubov said, adding that two of the injured were children."],
    "strikes", "strikes", 3, KHA, n="toll 5"),
  E("2031-04-23 16:40", "France to deliver more Aster missiles before the summer",
    ["France will send an additional batch of Aster 30 interceptors for the SAMP/T system to Ukraine before the summer, the armed forces ministry said, without giving numbers."],
    "aid", "aid", 2, "france-aster-missiles-2031-04-23"),
  ]))

# ---------------------------------------------------------------- 19432 Oystermouth Globe (day 2, Atom world feed, UTC)
SEEDS.append(dict(
  id="19432", name="19432_oystermouth-worldatom", ext="xml", source="Oystermouth Globe", zone="UTC", render=r_atom_feed,
  title="Oystermouth Globe: World", url="https://oystermouthglobe.co.uk", lede="World news, round the clock", generator="Globe CMS",
  basis="Atom <published> '{s}' (UTC, 'Z'); {u} UTC",
  notes="Invented outlet. General world Atom feed in UTC ('Z'), newest first; 4 of 6 entries are off-beat (Kenyan floods, Tokyo stocks, Peruvian cabinet, Spanish storm). Spells the city 'Kharkov'.",
  not_entries=["feed title, subtitle, links, id, updated, generator", "entry ids, links and category terms"],
  entries=[
  OFF("2031-04-23 20:15", "Floods in Kenya displace 40,000 as long rains intensify",
    ["More than 40,000 people have been forced from their homes in western and central Kenya after a week of heavy rain, the Kenya Red Cross said, and the government warned that several dams were close to overflowing."],
    "kenya-floods-2031-04-23", a="Grace Wanjiru", n="floods in Kenya", cat="Africa"),
  E("2031-04-23 17:30", "Zelensky and Polish president sign drone co-production pact",
    ["Ukraine and Poland will jointly build interceptor drones under an agreement signed in Warsaw on Wednesday by Volodymyr Zelensky and Karol Nawrocki, who also promised to train Ukrainian drone crews in Poland."],
    "diplomacy", "diplomacy", 3, ZNW, a="Owen Pritchard", sec=["aid"], cat="Europe"),
  OFF("2031-04-23 15:00", "Tokyo stocks close at record high on chipmaker rally",
    ["Japan\u2019s Nikkei share average closed at a record high on Wednesday, led by semiconductor equipment makers after strong quarterly results in the United States."],
    "tokyo-stocks-record-2031-04-23", n="stock market", cat="Business"),
  E("2031-04-23 13:10", "Russian bombs kill five at Kharkov market",
    ["Russian guided bombs killed five people and injured more than 20 at an outdoor market in the Ukrainian city of Kharkov on Wednesday, Ukrainian officials said. Russia\u2019s defence ministry said it had hit \u201ca temporary deployment point\u201d of Ukrainian troops."],
    "strikes", "strikes", 3, KHA, a="Owen Pritchard", cat="Europe", n="spelled 'Kharkov'; toll 5"),
  OFF("2031-04-23 11:45", "Peru\u2019s Congress censures cabinet chief over fuel prices",
    ["Peru\u2019s Congress voted to censure the president of the council of ministers over a sharp rise in fuel prices, forcing the government\u2019s third cabinet reshuffle in a year."],
    "peru-cabinet-censure-2031-04-23", n="Peruvian politics", cat="Americas"),
  OFF("2031-04-23 09:30", "Storm brings flash floods to Spain\u2019s Mediterranean coast",
    ["Torrential rain caused flash flooding in parts of Valencia and Murcia overnight, closing schools and roads; emergency services rescued dozens of drivers from stranded cars."],
    "spain-storm-floods-2031-04-23", n="storm in Spain", cat="Europe"),
  ]))

# ---------------------------------------------------------------- 19433 Quarrow Dispatch (day 2, RSS, Kyiv offset)
SEEDS.append(dict(
  id="19433", name="19433_quarrow-rss", ext="xml", source="Quarrow Dispatch", zone="Europe/Kyiv", render=r_rss_feed,
  title="Quarrow Dispatch \u2013 Ukraine", url="https://quarrowdispatch.com", lede="Reporting from Ukraine and its neighbours",
  basis="RSS pubDate '{s}' (explicit +0300 offset, Kyiv summer time); local {d} in {z}",
  notes="Invented outlet. RSS 2.0 feed with the Kyiv offset (+0300), newest first, dc:creator on most items. 19433-03 re-publishes day 1's analysis 19423-01 (Elderbank Review) word for word under the same headline, with a closing line 'This article first appeared in Elderbank Review.' (not counted as a body paragraph): a re-post of a day-1 entry, importance 1, same story slug as day 1, duplicate_of null (duplicates are defined within one seed). 19433-04 continues the day-1 Dnipro story (toll 12).",
  not_entries=["channel title, link, description, language, lastBuildDate, ttl", "link, guid and category lines",
               "closing line of 19433-03 'This article first appeared in Elderbank Review.'"],
  entries=[
  E("2031-04-23 21:10", "Zelensky, Nawrocki agree to build drones together",
    ["Ukraine and Poland agreed in Warsaw to set up joint production of interceptor drones, President Volodymyr Zelensky said after talks with his Polish counterpart, calling it \u201ca shield for both our countries\u201d.",
     "The deal is the first arms-production agreement between the two states since Nawrocki took office."],
    "diplomacy", "diplomacy", 3, ZNW, a="Mariana Bilyk", sec=["aid"], cat="Diplomacy"),
  E("2031-04-23 18:50", "Seven killed in Russian bomb attack on Kharkiv market",
    ["The death toll from Russia\u2019s guided-bomb strike on a market in Kharkiv has risen to seven, with 28 people in hospital, regional authorities said in the evening."],
    "strikes", "strikes", 3, KHA, a="Serhii Hnatiuk", cat="War", n="toll 7"),
  E("2031-04-23 14:00", ANL_H, ANL_P, "aid", "aid", 1, "analysis-europe-air-defence-gap", a="Katrin Vogler", cat="Analysis",
    partner="Elderbank Review", n="re-post of day-1 entry 19423-01 (Elderbank Review analysis), same headline and text"),
  E("2031-04-23 10:30", "Dnipro death toll rises to 12; city observes day of mourning",
    ["Rescuers in Dnipro found the body of a twelfth victim of Tuesday\u2019s Russian missile strike overnight, the State Emergency Service said, as the city observed a day of mourning. Eight of the injured remain in intensive care."],
    "strikes", "strikes", 3, DNI, a="Serhii Hnatiuk", cat="War", n="continuation of day 1's Dnipro strike (toll 12)"),
  E("2031-04-23 08:15", "Ukrainian drones hit oil depot in Russia\u2019s Bryansk region",
    ["An oil depot in the Bryansk region of Russia caught fire after a Ukrainian drone attack overnight, the region\u2019s governor said, while Ukraine\u2019s General Staff said the depot supplied fuel to Russian units in the north."],
    "strikes", "strikes", 2, "bryansk-oil-depot-drone-2031-04-23", a="Serhii Hnatiuk", cat="War"),
  ]))

# Day 3 = 2031-04-27
KRE = "kremenchuk-missile-strike-2031-04-27"
PSW = "prisoner-exchange-150-for-150-2031-04-27"
REF = "novokuibyshevsk-refinery-drone-strike-2031-04-27"

# ---------------------------------------------------------------- 19440 Plover Wire (day 3, RSS world feed, GMT)
SEEDS.append(dict(
  id="19440", name="19440_plover-worldrss", ext="xml", source="Plover Wire", zone="UTC", render=r_rss_feed, gmt=True,
  title="Plover Wire | World news", url="https://ploverwire.net", lede="The world in brief, from Plover Wire",
  basis="RSS pubDate '{s}' (printed in GMT); {u} UTC",
  notes="Invented outlet. General world RSS 2.0 feed with pubDate in GMT, newest first; 4 of 6 items are off-beat (Colombia\u2013Venezuela border, London Marathon, Bali ash cloud, New Caledonia cyclone). Spells the city 'Kremenchug'. The refinery item is the same event as 19443-02.",
  not_entries=["channel title, link, description, language, lastBuildDate, ttl", "link, guid and category lines"],
  entries=[
  OFF("2031-04-27 19:40", "Colombia and Venezuela reopen main border bridge to trucks",
    ["Colombia and Venezuela reopened the Sim\u00f3n Bol\u00edvar bridge to cargo traffic on Sunday after a three-month closure over a customs dispute, allowing hundreds of waiting lorries to cross."],
    "colombia-venezuela-border-bridge-2031-04-27", n="South American border", cat="Americas"),
  E("2031-04-27 16:05", "Russian missiles kill 12 in Ukraine\u2019s Kremenchug",
    ["A Russian missile attack on the city of Kremenchug in central Ukraine killed at least 12 people and wounded more than 50 on Sunday, Ukrainian officials said, as rescuers searched the ruins of a student dormitory.",
     "Russia said it had struck military targets."],
    "strikes", "strikes", 3, KRE, a="Hannah Mercer", cat="Europe", n="spelled 'Kremenchug'; toll 12"),
  OFF("2031-04-27 14:20", "Kenyan runners sweep London Marathon podium",
    ["Kenyan athletes took the first three places in the men\u2019s race at the London Marathon on Sunday, with the winner finishing in two hours, three minutes and eleven seconds."],
    "london-marathon-2031-04-27", n="athletics", cat="Sport"),
  E("2031-04-27 11:10", "Ukrainian drones set Russian refinery ablaze in Samara region",
    ["Ukrainian long-range drones hit the Novokuibyshevsk oil refinery in Russia\u2019s Samara region overnight, starting a large fire at a primary processing unit, the regional governor and Ukraine\u2019s military said."],
    "strikes", "strikes", 3, REF, a="Hannah Mercer", cat="Europe"),
  OFF("2031-04-27 09:00", "Volcanic ash cloud grounds flights in Bali",
    ["Dozens of international flights to and from Bali were cancelled after a volcano on the neighbouring island of Lombok sent ash up to six kilometres into the sky."],
    "bali-ash-cloud-flights-2031-04-27", n="volcanic ash", cat="Asia"),
  OFF("2031-04-27 06:30", "Cyclone weakens before reaching New Caledonia",
    ["A late-season cyclone in the south Pacific weakened to a tropical storm before passing New Caledonia, where authorities had closed schools and opened shelters."],
    "new-caledonia-cyclone-2031-04-27", n="weather", cat="Asia-Pacific"),
  ]))

# ---------------------------------------------------------------- 19441 Rosmarin Tribune (day 3, text live, Kyiv, no year)
SEEDS.append(dict(
  id="19441", name="19441_rosmarin-textlive", ext="txt", source="Rosmarin Tribune", zone="Europe/Kyiv", render=r_textlive_pipe,
  title="Russia-Ukraine war live: Kremenchuk death toll rises to 14; 150-for-150 prisoner swap",
  dateline="Sunday, 27 April", parse_args=["--date", "2031-04-27"],
  lede="We follow the war through the day from Kyiv. Times are Kyiv time.",
  basis="stamp '{s}' (Kyiv time, as the page says; EEST = UTC+3) under the year-less dateline 'Sunday, 27 April' (year from parse_args --date 2031-04-27); local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. The dateline 'Sunday, 27 April' prints no year and the page names no year anywhere, so the gold carries parse_args ['--date', '2031-04-27']. Each post: one line 'HH:MM | Headline', body, then a signature line '\u2014 NAME' (the author). 19441-02 is a 'Video:' teaser (player placeholder only), no signature. 19441-06 (overnight drones on Poltava city, same Poltava region as Kremenchuk) must not merge with the Kremenchuk missile strike. A supporter appeal follows the third post.",
  not_entries=["outlet name and menu", "page title", "dateline 'Sunday, 27 April'", "standfirst (Kyiv time note)", "video placeholder '[Video 0:58]'",
               "signature lines '\u2014 NAME'", "supporter appeal after the third post", "'Earlier updates'", "footer"],
  entries=[
  E("2031-04-27 23:15", "Kremenchuk death toll rises to 14",
    ["Fourteen people, including three students, are now known to have died in this morning\u2019s strike on Kremenchuk, the head of the Poltava regional administration said. Rescuers ended the search at the dormitory late in the evening.",
     "The city has declared three days of mourning."],
    "strikes", "strikes", 3, KRE, a="Halyna Moroz", n="toll 14"),
  E("2031-04-27 20:45", "Video: Kremenchuk residents queue to give blood", [],
    "strikes", "strikes", 1, KRE, n="video teaser without text; shows the Kremenchuk aftermath"),
  E("2031-04-27 18:30", "Ukraine and Russia swap 150 prisoners each",
    ["One hundred and fifty Ukrainian soldiers, most of them captured in the Kursk and Donetsk directions, came home in an exchange mediated by Turkey and the United Arab Emirates, President Zelensky said. Ukraine handed over the same number of Russian prisoners.",
     "Among those released were 19 National Guard servicemen held since the first months of the invasion."],
    "diplomacy", "diplomacy", 3, PSW, a="Andrii Tkach"),
  E("2031-04-27 15:10", "Kremenchuk: seven dead, search continues",
    ["The number of people killed in the Russian missile strike on Kremenchuk has risen to seven, the State Emergency Service said. At least 46 were injured. The missile hit a five-storey student dormitory and a neighbouring heating plant."],
    "strikes", "strikes", 3, KRE, a="Halyna Moroz", n="toll 7"),
  E("2031-04-27 09:20", "Speaker: Rada to vote on new mobilisation rules next week",
    ["Parliament Speaker Ruslan Stefanchuk said the Verkhovna Rada would vote next week on a bill that lowers the age from which men can be mobilised to 23 and sets a fixed term of service for those who have fought longest."],
    "other", "politics", 2, "rada-mobilisation-bill-vote-2031-04-27", a="Andrii Tkach"),
  E("2031-04-27 08:30", "Drones injure two in Poltava overnight",
    ["Two people were injured and a warehouse damaged when Russian drones attacked the city of Poltava overnight, the regional administration said. Air defence destroyed most of the drones on their approach."],
    "strikes", "strikes", 2, "poltava-city-drone-attack-2031-04-27", a="Andrii Tkach",
    n="same Poltava region, other event (night drone attack on Poltava city): must not merge with the Kremenchuk strike"),
  E("2031-04-27 07:10", "Russian missiles hit Kremenchuk, three killed",
    ["Russia struck Kremenchuk with missiles at about 5:20 this morning. Three people were killed and at least 15 injured, the Poltava regional governor said, and a fire broke out at a heating plant."],
    "strikes", "strikes", 3, KRE, a="Halyna Moroz", n="first report, toll 3"),
  ]))

# ---------------------------------------------------------------- 19442 Sandpiper Herald (day 3, HTML live, @graph with UTC update times, Helsinki)
KRE_FIRST = ["At least five people were killed and dozens injured when Russian missiles hit Kremenchuk in central Ukraine early on Sunday, Ukrainian authorities said. A student dormitory was among the buildings hit.",
             "Kremenchuk, an industrial city on the Dnipro river, has one of Ukraine\u2019s largest oil refineries."]
SEEDS.append(dict(
  id="19442", name="19442_sandpiper-graphlive", ext="html", source="Sandpiper Herald", zone="Europe/Helsinki", render=r_graphlive_utc,
  title="Ukraine war: missile strike on Kremenchuk, prisoner exchange \u2013 the day in updates", url="https://sandpiperherald.fi/live/ukraine-2031-04-27",
  dateline="Sunday 27 April 2031. Times are Finnish time.",
  lede="Our foreign desk follows the events of the day in Ukraine. The newest updates are at the bottom of the page.",
  basis="visible time '{s}' (Finnish time as the page says, EEST = UTC+3) under the dateline 'Sunday 27 April 2031'; the update's JSON-LD datePublished gives the same instant in UTC; local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first. JSON-LD @graph (NewsMediaOrganization, WebPage, LiveBlogPosting) whose liveBlogUpdate items carry per-update datePublished in UTC ('...Z'), three hours behind the visible Finnish times; both give the same instant. Visible posts: bare <time> 'HH:MM' without a datetime attribute, h3 headline, body, author in <cite>. 19442-04 repeats 19442-01 nearly verbatim (duplicate_of 19442-01). 19442-02 is a theme piece (explainer on Ukraine's drone campaign against Russian refineries) that must not merge with the Novokuibyshevsk refinery strike. An app promo follows the third post.",
  not_entries=["header: brand and menu", "page title", "dateline 'Sunday 27 April 2031. Times are Finnish time.'", "ingress paragraph", "<cite> author lines",
               "app promo after the third post", "footer"],
  entries=[
  E("2031-04-27 09:30", "Russian missile attack on Kremenchuk kills five", KRE_FIRST,
    "strikes", "strikes", 3, KRE, a="Aino Lehtola", n="first report in this seed, toll 5"),
  E("2031-04-27 11:00", "Explainer: How Ukraine\u2019s drones reach refineries deep inside Russia",
    ["Ukraine has hit Russian oil refineries more than a thousand kilometres from the front, and the attacks have become routine enough that Russian fuel exports dip after every large wave.",
     "The drones used are slow and cheap, built from light airframes with car or motorcycle engines, and they fly low along rivers and valleys to avoid radar. Many are shot down, but it takes only a few to set a distillation column on fire.",
     "Repairs to such units can take weeks because key parts were made in the West and are now hard to obtain."],
    "strikes", "strikes", 2, "explainer-ukraine-refinery-drone-campaign", a="Mikko Rautio",
    n="theme piece (explainer on the refinery campaign); must not merge with the Novokuibyshevsk refinery strike (19440-04, 19443-02)"),
  E("2031-04-27 12:40", "Finland\u2019s new aid package focuses on artillery shells",
    ["Finland will send Ukraine a military aid package worth \u20ac98 million, mostly 155mm artillery ammunition from Finnish production, the Ministry of Defence said. It is Finland\u2019s 31st package."],
    "aid", "aid", 2, "finland-aid-package-2031-04-27", a="Mikko Rautio"),
  E("2031-04-27 14:10", "Russian missile attack on Kremenchuk kills five",
    ["At least five people were killed and dozens injured when Russian missiles hit Kremenchuk in central Ukraine early on Sunday, Ukrainian authorities said. A student dormitory was among the buildings hit.",
     "Kremenchuk, an industrial city on the Dnipro, has one of Ukraine\u2019s largest oil refineries."],
    "strikes", "strikes", 1, KRE, a="Aino Lehtola", dup="19442-01", n="near-verbatim repeat of 19442-01 (stale toll)"),
  E("2031-04-27 15:20", "Kremenchuk death toll reaches ten",
    ["Ten people are now confirmed dead in Kremenchuk, Ukraine\u2019s Interior Minister said, and rescuers believe several more may be under the collapsed part of the dormitory."],
    "strikes", "strikes", 3, KRE, a="Aino Lehtola", n="toll 10"),
  E("2031-04-27 19:50", "Prisoners return home in 150-for-150 exchange",
    ["Russia and Ukraine exchanged 150 prisoners of war each on Sunday in a swap brokered by Turkey and the United Arab Emirates. Ukrainian television showed the freed men, many visibly thin, wrapped in flags at the Belarusian border."],
    "diplomacy", "diplomacy", 3, PSW, a="Mikko Rautio"),
  ]))

# ---------------------------------------------------------------- 19443 Curlew News Agency (day 3, text article: list of key events)
CUR_T = "2031-04-27 19:30"
SEEDS.append(dict(
  id="19443", name="19443_curlew-keyevents", ext="txt", source="Curlew News Agency", zone="UTC", render=r_keyevents,
  title="Russia-Ukraine war: List of key events, day 3,350", published=CUR_T, byline="Curlew Staff",
  lede="Here is where things stand on Sunday, April 27.",
  credits="Curlew News Agency and news agencies", more="Keep reading: Russia-Ukraine war: List of key events, day 3,349",
  basis="no per-item time; the article's 'Published 27 Apr 2031 19:30 GMT' applies to every item; {u} UTC",
  notes="Invented outlet. Text article in the 'list of key events' style: title, one-line standfirst, 'Published 27 Apr 2031 19:30 GMT', 'By Curlew Staff', share line, then topical sub-headings (Fighting; Politics and diplomacy; Military aid) with unheaded one-paragraph items (the bullet glyphs were lost in the copy). Each item is one entry with headline null, stamp null and the article's time; author = the page byline 'Curlew Staff' (a desk credit, kept as printed). The refinery item (19443-02) is the same event as 19440-04 and must not merge with the explainer 19442-02.",
  not_entries=["outlet name and menu", "title", "standfirst 'Here is where things stand on Sunday, April 27.'", "'Published ...' line", "byline 'By Curlew Staff'",
               "'Save   Share   Print'", "sub-headings 'Fighting', 'Politics and diplomacy', 'Military aid'", "'Source: ...' line",
               "'Keep reading:' link to the previous day's list", "footer"],
  entries=[
  E(CUR_T, None, ["Russian missiles struck the central Ukrainian city of Kremenchuk early on Sunday, killing at least 12 people and injuring more than 50, Ukrainian officials said. Most of the victims were in a student dormitory."],
    "strikes", "strikes", 3, KRE, a="Curlew Staff", sec_head="Fighting", n="toll 12"),
  E(CUR_T, None, ["Ukrainian drones hit an oil refinery in Novokuibyshevsk in Russia\u2019s Samara region, some 900km from the border, setting a processing unit on fire, the region\u2019s governor said."],
    "strikes", "strikes", 3, REF, a="Curlew Staff", sec_head="Fighting"),
  E(CUR_T, None, ["Russia\u2019s Ministry of Defence said its forces had captured the village of Bilytske in the Donetsk region. Ukraine\u2019s army said fighting there was continuing."],
    "other", "frontline", 2, "bilytske-capture-claim-2031-04-27", a="Curlew Staff", sec_head="Fighting"),
  E(CUR_T, None, ["Ukraine and Russia exchanged 150 prisoners of war each in a swap mediated by Turkey and the United Arab Emirates, the first since February."],
    "diplomacy", "diplomacy", 3, PSW, a="Curlew Staff", sec_head="Politics and diplomacy"),
  E(CUR_T, None, ["Hungary\u2019s foreign minister said Budapest would not block the six-month renewal of EU economic sanctions on Russia due in July, but warned it would veto any new listings of Russian energy officials."],
    "diplomacy", "diplomacy", 2, "hungary-sanctions-renewal-stance-2031-04-27", a="Curlew Staff", sec_head="Politics and diplomacy"),
  E(CUR_T, None, ["The Netherlands said it would pay for the production of 40 Ukrainian-made Bohdana self-propelled howitzers this year, a contract worth about \u20ac120m."],
    "aid", "aid", 2, "netherlands-bohdana-howitzers-2031-04-27", a="Curlew Staff", sec_head="Military aid"),
  ]))


if __name__ == "__main__":
    main()

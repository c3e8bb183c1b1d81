#!/usr/bin/env python3
"""Builds the eval/dt seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented; no copied sentences). Part A imitates,
from memory, the English page layouts of ten real state-media / official outlets; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/dt/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")
TASS_DATELINE = re.compile(r"^[A-Z][A-Z .'-]*, [A-Z][a-z]+ \d{1,2}\. /TASS/\.$")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **x):
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(x)
    return d


def OFF(t, h, p, st, a=None, n="", **x):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **x)


def first_sentence(par):
    """first sentence as printed; a wire dateline ('MOSCOW, July 5. /TASS/. ', 'MINSK, 3 July (BelTA) – ') stays part of it."""
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par):
        head = par[:m.end()]
        if m.end() < len(par) and (head.endswith(ABBREV) or TASS_DATELINE.match(head)):
            continue
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", dots=False):
    hh = d.hour % 12 or 12
    suf = ("a.m." if d.hour < 12 else "p.m.") if dots else ("am" if d.hour < 12 else "pm")
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


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


def slug(s, n=60):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:n].rstrip("-")


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_rt(S):
    """RT (rt.com) news section, text scrape. Cards newest first: topic tag, headline, one-line summary, then the stamp
    '24 Jun, 2026 17:42' (no zone printed). Telegram promo, 'Load more', TV-Novosti copyright."""
    z = S["zone"]; order_check(S, True)
    L = ["RT", "Question more", "", "Russia & FSU   World News   Business   Opinion   Shows   Projects   Podcasts   RT Play", "",
         "Trends:   Russia-Ukraine conflict   Trump\u2019s second term   Middle East", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {SHORT[d.month - 1]}, {d.year} {d:%H:%M}"; stamps.append(st)
        L += [e["tag"], e["h"]] + e["p"] + [st, ""]
        if i == 2:
            L += ["Follow RT on Telegram", "Stay up to date with the latest news. Subscribe", ""]
    L += ["Load more", "", "RT News App", "Podcasts", "",
          "\u00a9 Autonomous Nonprofit Organization \u201cTV-Novosti\u201d, 2005\u20132026. All rights reserved.",
          "This website uses cookies. Read RT Privacy policy to find out more. Accept cookies"]
    return "\n".join(L) + "\n", stamps


def r_sputnik(S):
    """Sputnik International (sputnikglobe.com) live-updates article, HTML. Title Case headlines; page line
    '06:10 GMT 26.06.2026 (Updated: 19:35 GMT 26.06.2026)'; each update a bare '19:35 GMT' above its h2, newest first.
    Page-level NewsArticle JSON-LD (no updates)."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": S["url"], "headline": S["title"],
          "datePublished": first.strftime("%Y-%m-%dT%H:%M+0000"), "dateModified": last.strftime("%Y-%m-%dT%H:%M+0000"),
          "author": {"@type": "Organization", "name": "Sputnik International"},
          "publisher": {"@type": "Organization", "name": "Sputnik International", "logo": {"@type": "ImageObject", "url": "https://cdn1.img.sputnikglobe.com/i/logo/logo.png"}},
          "image": "https://cdn1.img.sputnikglobe.com/img/07e9/06/1a/1122334455_0:0:3072:1728_1920x0_80_0_0_c0ffee.jpg"}
    day = f"{first:%d.%m.%Y}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - {day}, Sputnik International</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="header"><a class="header__logo" href="/">Sputnik International</a>'
           '<nav class="header__menu"><a href="/world/">World</a> <a href="/russia/">Russia</a> <a href="/military/">Military</a> '
           '<a href="/africa/">Africa</a> <a href="/analysis/">Analysis</a> <a href="/multimedia/">Multimedia</a> <a href="/podcasts/">Podcasts</a></nav>'
           '<a class="header__tg" href="https://t.me/sputnik">Telegram</a></header>',
           '<main><article class="article"><div class="article__supertag"><a href="/category_special-operation-in-ukraine/">Russia\'s Special Military Operation in Ukraine</a></div>',
           '<div class="article__live-label">LIVE UPDATES</div>',
           f'<h1 class="article__title">{esc(S["title"])}</h1>',
           f'<div class="article__info-date"><a href="{S["url"]}">{first:%H:%M} GMT {day}</a> <span>(Updated: {last:%H:%M} GMT {last:%d.%m.%Y})</span></div>',
           f'<div class="article__announce-text">{esc(S["lede"])}</div>',
           f'<figure class="article__photo"><figcaption>{esc(S["caption"])}</figcaption></figure>',
           '<div class="article__share">Subscribe</div>', '<div class="live">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        out.append(f'<div class="live__item" id="live-{4410 - i}"><div class="live__item-time">{st}</div><h2 class="live__item-title">{esc(e["h"])}</h2>')
        if e["p"]:
            out.append('<div class="live__item-text">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + '</div>')
        else:
            out.append('<div class="live__item-video"><div class="video-player" data-duration="0:58"></div></div>')
        out.append('</div>')
        if i == 2:
            out.append('<div class="banner-telegram">Follow Sputnik International on Telegram so you never miss an update</div>')
    out += ['</div>', '<div class="article__tags">Tags: <a>Russia</a> <a>Ukraine</a> <a>Special Military Operation</a></div>',
            '<div class="article__comments">Discussion: Comment via Telegram</div></article>',
            '<aside class="related"><h3>Most read</h3><a href="/20260625/world-1122110000.html">Why Western Sanctions Keep Backfiring on Europe</a></aside></main>',
            '<footer>\u00a9 2026 Sputnik. All rights reserved. 18+ <a href="/docs/terms.html">Terms of use</a> <a href="/docs/privacy.html">Privacy Policy</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_ria(S):
    """RIA Novosti RSS 2.0 (ria.ru export feed, English rendering): pubDate '+0300', rian:type and rian:priority,
    category, short description, enclosure image. No author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss xmlns:rian="http://ria.ru/" version="2.0">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://ria.ru/</link>', '<description>Latest news from RIA Novosti</description>',
           '<language>en</language>', '<copyright>RIA Novosti</copyright>',
           '<image><title>RIA Novosti</title><url>https://cdnn21.img.ria.ru/i/export/ria/logo.png</url><link>https://ria.ru/</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://ria.ru/{d:%Y%m%d}/{slug(e['h'], 40)}-{2071334500 + i * 37}.html"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid>{link}</guid>',
                f'<rian:priority>{e.get("prio", 5)}</rian:priority>', f'<pubDate>{st}</pubDate>', '<rian:type>article</rian:type>',
                f'<category>{esc(e["cat"])}</category>', f'<description>{esc(" ".join(e["p"]))}</description>',
                f'<enclosure url="https://cdnn21.img.ria.ru/images/07ea/06/1c/{2071334400 + i * 11}.jpg" type="image/jpeg" length="0"/>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_mid(S):
    """mid.ru (Russian MFA) spokesperson's briefing, HTML article with a table of contents and one h3 section per topic.
    One date line '1 July 2026 16:20' (Moscow time, no zone printed); sections carry no time. No JSON-LD."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">',
           f'<title>{esc(S["title"])} - The Ministry of Foreign Affairs of the Russian Federation</title></head><body>',
           '<div class="langs">\u0420\u0443\u0441\u0441\u043a\u0438\u0439 English Fran\u00e7ais Deutsch Espa\u00f1ol \u0627\u0644\u0639\u0631\u0628\u064a\u0629 \u4e2d\u6587</div>',
           '<header><a class="logo" href="/en/">The Ministry of Foreign Affairs of the Russian Federation</a>'
           '<nav><a>Ministry</a> <a>Foreign policy</a> <a>Press service</a> <a>Consular services</a> <a>Countries and regions</a> <a>Documents</a></nav></header>',
           '<div class="breadcrumbs"><a href="/en/">Home</a> / <a href="/en/press_service/">Press service</a> / <a href="/en/press_service/spokesman/briefings/">Briefings</a></div>',
           f'<main><h1 class="title">{esc(S["title"])}</h1>', f'<div class="date">{d0.day} {MONTHS[d0.month - 1]} {d0.year} {d0:%H:%M}</div>',
           '<div class="share">Share: <a>VK</a> <a>Telegram</a> <a>OK</a> <a>Print</a></div>',
           '<div class="toc"><p>Table of contents</p><ul>']
    out += [f'<li><a href="#s{i + 1}">{esc(e["h"])}</a></li>' for i, e in enumerate(S["entries"])]
    out.append('<li><a href="#qa">Answers to media questions</a></li></ul></div><div class="text">')
    for i, e in enumerate(S["entries"]):
        out.append(f'<h3 id="s{i + 1}">{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
    out.append('<h3 id="qa">Answers to media questions:</h3>')
    for q, a in S["qa"]:
        out += [f'<p><b>Question:</b> {esc(q)}</p>', f'<p><b>Maria Zakharova:</b> {esc(a)}</p>']
    out += ['</div><div class="doc-links"><a>Print version</a> <a>Send by email</a></div></main>',
            '<footer>The Ministry of Foreign Affairs of the Russian Federation \u00b7 Smolenskaya-Sennaya Square 32/34, Moscow \u00b7 Contacts \u00b7 Site map</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_belta(S):
    """BelTA (eng.belta.by) 'Politics' section, text scrape. Header with Minsk weather and exchange rates; cards newest first:
    headline, stamp '3 July 2026, 21:05' (Minsk time, no zone), text opening with 'MINSK, 3 July (BelTA) – '."""
    z = S["zone"]; order_check(S, True)
    L = ["BelTA", "Belarusian Telegraph Agency", "RU   BE   EN   \u4e2d\u6587", "", "Minsk +26\u00b0C   USD 2.9612   EUR 3.4480   RUB 100 3.7650", "",
         "Politics   Economy   Society   Regions   Incidents   Culture   Sports   World   Photo   Video", "",
         "Independence Day of the Republic of Belarus", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"])
        if i == 3:
            L += ["Subscribe to our Telegram channel to get the latest news from BelTA", ""]
    L += ["More news", "", "Belarusian Telegraph Agency BelTA \u00b7 Contact us \u00b7 Advertising",
          "\u00a9 BelTA, 1996-2026. All rights reserved. When using materials, a hyperlink to BelTA is required."]
    return "\n".join(L) + "\n", stamps


def r_kremlin(S):
    """en.kremlin.ru Events / News list, HTML. Per item: <time datetime="YYYY-MM-DD"> 'June 30, 2026, 21:30' (Moscow, no
    zone), title, summary, place line and topic tags; newest first; Creative Commons footer. No JSON-LD."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2219 President of Russia</title></head><body>',
           '<header class="header"><a class="logo" href="/">President of Russia</a>'
           '<nav><a href="/events/president/news">Events</a> <a href="/structure">Structure</a> <a href="/multimedia">Videos and photos</a> '
           '<a href="/acts">Documents</a> <a href="/contacts">Contact</a> <a href="/search">Search</a></nav>'
           '<div class="lang"><a href="http://kremlin.ru">\u0420\u0443\u0441\u0441\u043a\u0438\u0439</a> English</div></header>',
           f'<main><h1>{esc(S["title"])}</h1>',
           '<div class="tabs"><a class="active">News</a> <a>Speeches and transcripts</a> <a>Presidential Executive Office</a> <a>Trips</a></div>',
           '<div class="calendar-filter">Search by date</div>', '<div class="events">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year}, {d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="hentry"><p class="published"><time datetime="{d:%Y-%m-%d}">{st}</time></p>'
                   f'<h3 class="entry-title"><a href="/events/president/news/{78110 - i * 3}">{esc(e["h"])}</a></h3>')
        out += [f'<p class="entry-summary">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="place">{esc(e["place"])}</p><p class="tags">Topics: {esc(e["tags"])}</p></div>')
    out += ['</div><a class="more" href="?page=2">Earlier</a></main>',
            '<footer>Presidential Executive Office \u00b7 <a href="/about">About the website</a> \u00b7 '
            'All content on this site is licensed under Creative Commons Attribution 4.0 International</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_tass(S):
    """TASS (tass.com) 'Military operation in Ukraine' tag page, text scrape. Stamp '5 JUL, 22:50' ABOVE each headline,
    no year and no zone anywhere on the captured page; leads open with 'MOSCOW, July 5. /TASS/. '."""
    z = S["zone"]; order_check(S, True)
    L = ["TASS", "Russian News Agency", "", "Russian Politics & Diplomacy   World   Business & Economy   Military & Defense   Science & Space   "
         "Emergencies   Society & Culture   Press Review   Sports", "", S["title"], "", "Subscribe to TASS on Telegram", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {SHORT[d.month - 1].upper()}, {d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Show more", "", "TASS Russian News Agency. Certificate of mass media registration issued by Roskomnadzor.",
          "About TASS   Contacts   Terms of use   Privacy policy"]
    return "\n".join(L) + "\n", stamps


def r_kazinform(S):
    """Kazinform (inform.kz/en) 'World' section, text scrape. Header with the date, Astana clock '(GMT+5)', weather and
    exchange rates; cards newest first: headline, summary, then 'AUTHOR \u00b7 35 minutes ago' (relative to the header clock)."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = ["Kazinform", "International News Agency", "",
         f"{DAYS_EN[ref.weekday()]}, {ref.day} {MONTHS[ref.month - 1]} {ref.year} \u00b7 Astana {ref:%H:%M} (GMT+5) \u00b7 +27\u00b0C",
         "USD 508.12   EUR 591.40   RUB 6.48", "", "\u049a\u0410\u0417   \u0420\u0423\u0421   ENG   \u4e2d\u6587", "",
         "Kazakhstan   Politics   Economy   World   Society   Sport   Culture   Incidents   Analytics", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} minutes ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hour ago" if mins == 60 else f"{mins // 60} hours ago"
        stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [f"{e['a']} \u00b7 {st}", ""]
        if i == 2:
            L += ["Read Kazinform on Telegram and WhatsApp", ""]
    L += ["Load more", "", "Kazinform International News Agency \u00b7 Astana \u00b7 Contacts \u00b7 Advertising \u00b7 Editorial policy"]
    return "\n".join(L) + "\n", stamps


def r_xinhua(S):
    """Xinhua English world RSS: pubDate '+0800' with seconds, description = summary opening with the wire dateline
    'ANKARA, July 8 (Xinhua) -- ', english.news.cn links. No author."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z).replace(second=0)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '<channel>', f'<title>{esc(S["title"])}</title>',
           '<link>https://english.news.cn/world/</link>', '<description>Xinhua world news</description>', '<language>en</language>',
           '<copyright>Copyright 2000-2026 XINHUANET.com All rights reserved.</copyright>', f'<lastBuildDate>{rfc822(last)}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z).replace(second=e.get("sec_", 0)); st = rfc822(d); stamps.append(st)
        link = f"https://english.news.cn/{d:%Y%m%d}/{(0x9f3c1a2b7e4d + i * 0x1d3a5f):012x}{(0xa1b2c3d4e5f60718 + i * 97):016x}{i:04x}/c.html"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<description>{esc(" ".join(e["p"]))}</description>',
                f'<pubDate>{st}</pubDate>', f'<guid isPermaLink="true">{link}</guid>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_cgtn(S):
    """CGTN (cgtn.com) 'key developments' timeline article, HTML with NewsArticle JSON-LD. Page line 'Updated 22:40, 11-Jul-2026'
    (Beijing time, no zone printed); oldest first; bare '09:20' above each h2; photo-gallery teaser; 'Source(s):' credit."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(),
          "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": "CGTN"}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - CGTN</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="logo" href="/">CGTN</a><nav><a>China</a> <a>World</a> <a>Business</a> <a>Opinions</a> <a>Sports</a> '
           '<a>Culture</a> <a>Travel</a> <a>Video</a> <a>Live</a> <a>Photo</a></nav><a class="app">Download App</a></header>',
           '<main><article><div class="news-title-tag">World</div>', f'<h1 class="news-title">{esc(S["title"])}</h1>',
           f'<div class="news-author">{esc(S["byline"])}</div>',
           f'<div class="news-date">Updated {last:%H:%M}, {last.day:02d}-{SHORT[last.month - 1]}-{last.year}</div>',
           f'<figure><figcaption>{esc(S["caption"])}</figcaption></figure>', f'<p class="lede">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="timeline-item"><p class="time">{st}</p><h2>{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">[Photo gallery: 6 images]</div>')
        out.append('</div>')
        if i == 3:
            out.append('<div class="follow">Follow CGTN on X, Facebook and Instagram</div>')
    out += [f'<p class="source">Source(s): {esc(S["sources"])}</p>', '</article>',
            '<aside><h3>Search Trends</h3><a>Summer travel season</a> <a>Chinese space station</a></aside></main>',
            '<footer>Copyright \u00a9 2026 CGTN. Beijing ICP prepared NO.16065310-3</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================ Part B renderers (invented outlets)

def r_harrowcliff(S):
    """text live (London), newest first; Key Points block; stamp line '9.10pm BST \u00b7 NAME' before the headline."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Home   News   World   Politics   Business   Sport   Opinion", "", "Ukraine war live", S["title"], S["dateline"], "",
         S["lede"], "", "Key Points"] + ["- " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, sep='.')} BST"; stamps.append(st)
        L += [f"{st} \u00b7 {e['a']}", e["h"], ""] + ptxt(e["p"])
        if i == 3:
            L += ["Sign up to Standard Brief, our free morning email on the war in Ukraine", ""]
    L += ["Show earlier updates", "", f"\u00a9 2026 {S['source']} \u00b7 Terms \u00b7 Privacy \u00b7 Complaints"]
    return "\n".join(L) + "\n", stamps


def r_oskerby(S):
    """HTML live (Kyiv), oldest first; LiveBlogPosting JSON-LD with per-update datePublished and author; visible
    <time datetime> '08:15' above the h2; 'By NAME' under it."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
                    "author": {"@type": "Person", "name": e["a"]}, "articleBody": "\n\n".join(e["p"])})
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a>Ukraine</a> <a>Russia</a> <a>Europe</a> <a>Investigations</a> <a>Donate</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>', '<section class="feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="post" id="post-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2><p class="by">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</article>')
        if i == 2:
            out.append(f'<aside class="donate">Independent journalism from Ukraine needs your support. <a>Become a member</a></aside>')
    out += ['</section></main>', f'<footer>{esc(S["source"])} \u00b7 About \u00b7 Ethics \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """RSS 2.0 world/agency feed, newest first; pubDate with the outlet's numeric offset or 'GMT'; optional dc:creator;
    description as CDATA HTML."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>',
           f'<atom:link href="{attr(S["url"])}/rss.xml" rel="self" type="application/rss+xml"/>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), S.get("gmt", False))}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, S.get("gmt", False)); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{e.get("cat", "world").lower()}/{slug(e["h"], 48)}-{i + 3301}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{i + 3301}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{esc(e.get("cat", "World"))}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO with the outlet's offset (Z for UTC); escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    iso = lambda d: d.isoformat().replace("+00:00", "Z")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>{S["url"]}/atom.xml</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link href="{S["url"]}/a/{i + 7720}"/>', f'<id>{S["url"]}/a/{i + 7720}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out += ['<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_quarnford(S):
    """HTML article (Berlin) with NewsArticle JSON-LD; page byline and dateline '15 July 2026, 18:30 CEST'; one h2 section per
    entry, no per-section time; photo caption and 'Also read' links."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
          "dateModified": d0.isoformat(), "author": {"@type": "Person", "name": S["byline"]},
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "articleSection": "Europe"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a href="/">{S["source"]}</a> <nav><a>Germany</a> <a>Europe</a> <a>World</a> <a>Economy</a> <a>Culture</a></nav></header>',
           f'<main><article><p class="kicker">Russia\u2019s war in Ukraine</p><h1>{esc(S["title"])}</h1>', f'<p class="teaser">{esc(S["lede"])}</p>',
           f'<p class="meta">By {esc(S["byline"])} \u00b7 {d0.day} {MONTHS[d0.month - 1]} {d0.year}, {d0:%H:%M} CEST</p>',
           f'<figure><figcaption>{esc(S["caption"])}</figcaption></figure>']
    for e in S["entries"]:
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
    out += ['<section class="also"><h3>Also read</h3>' + "".join(f'<a href="/a/{i + 91}">{esc(x)}</a>' for i, x in enumerate(S["also"])) + '</section>',
            '</article></main>', f'<footer>\u00a9 {S["source"]} 2026 \u00b7 Imprint \u00b7 Data protection</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_morvenna(S):
    """text live (New York), oldest first, crosses local midnight: day header lines 'Wednesday, July 15, 2026';
    '9:20 p.m. ET' stamp line before each headline; one page byline."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "World \u00b7 U.S. \u00b7 Politics \u00b7 Business \u00b7 Sports \u00b7 Opinion", "", "LIVE UPDATES", S["title"],
         f"By {S['byline']}", "", S["lede"], ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if d.date() != cur:
            cur = d.date(); L += [f"{DAYS_EN[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}", ""]
        st = f"{ampm(d, space=' ', dots=True)} ET"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 3:
            L += ["ADVERTISEMENT", ""]
    L += ["This live coverage has ended. Continue reading our coverage of the war in Ukraine.", "", f"{S['source']} \u00b7 Terms of Sale \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_tansley(S):
    """HTML live (Warsaw), newest first, no JSON-LD; bare '20:30' span above the h2, a printed note on the time zone,
    author line under the h2, photo-gallery teaser."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 {S["source"]}</title></head><body>',
           '<div class="rodo">This site uses cookies in line with our privacy policy. <button>I agree</button></div>',
           f'<header><strong>{S["source"]}</strong> <nav><a>Poland</a> <a>Ukraine</a> <a>Europe</a> <a>Business</a> <a>Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="entry"><span class="hour">{st}</span><h2>{esc(e["h"])}</h2><p class="author">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">[Gallery: 12 photos]</div>')
        out.append('</div>')
        if i == 2:
            out.append('<aside><h3>Read also</h3><a href="/ukraine/kremenchuk-strike">Kremenchuk: what we know about the strike</a></aside>')
    out += ['<p class="more"><a href="/live/ukraine-15-07">Wednesday\u2019s live coverage</a></p></main>',
            f'<footer>{S["source"]} \u00b7 Editorial team \u00b7 Advertising \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_culverden(S):
    """text live (Kyiv), oldest first; date line 'Live \u2014 Friday, 21 August' with NO year anywhere; bare '07:05' line
    before each headline; one page compiler credited."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Live  |  Ukraine  |  Europe  |  World  |  Analysis", "", S["title"], S["dateline"], S["byline_line"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Support the Ledger: readers fund our reporting from Ukraine.", ""]
    L += ["We have paused our live coverage for today.", "", f"\u00a9 {S['source']} \u00b7 Masthead \u00b7 Contact \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_lanfray(S):
    """HTML live (London), newest first; LiveBlogPosting JSON-LD whose updates all repeat the PAGE headline and the PAGE
    datePublished (per-entry times only in the visible <time> '21.35 BST'); page byline."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#block-{slug(e['h'], 24)}", "headline": S["title"], "datePublished": first.isoformat(),
            "dateModified": last.isoformat(), "articleBody": " ".join(e["p"])} for e in S["entries"] if e["p"]]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "coverageEndTime": last.isoformat(),
          "author": [{"@type": "Person", "name": S["byline"]}], "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header>{esc(S["source"])} <nav><a>News</a> <a>Opinion</a> <a>Sport</a> <a>Culture</a> <a>Lifestyle</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>', f'<p class="byline">{esc(S["byline"])}</p>',
           f'<p class="dateline">{DAYS_EN[last.weekday()][:3]} {last.day} {SHORT[last.month - 1]} {last.year} {last:%H.%M} BST</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} BST"; stamps.append(st)
        out.append(f'<div class="block" id="block-{slug(e["h"], 24)}"><time datetime="{d.astimezone(UTC):%Y-%m-%dT%H:%M:00.000Z}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="share">Share</div></div>')
        if i == 1:
            out.append('<div class="epic">Before you go on: the Chronicle is funded by its readers. Support us</div>')
    out += ['<p class="older"><a>Older posts</a></p></main>', f'<footer>\u00a9 2026 {esc(S["source"])} \u00b7 All rights reserved</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================ PART A: ten real outlets' layouts (own words, invented 2026 events)
SEEDS = []

# ---------------------------------------------------------------- 12500 RT
SEEDS.append(dict(
  id="12500", name="12500_rt-news", ext="txt", source="RT", zone="Europe/Moscow", render=r_rt, title="News",
  basis="card stamp '{s}' (date and time printed, no zone; RT's home zone Moscow time, MSK = UTC+3 assumed); local {d} in {z}",
  notes="Imitates the rt.com News section as copied from the browser. Cards newest first; each card is a topic tag line ('Russia-Ukraine conflict', 'Russia', 'World News'), the headline, a one-paragraph summary, then the stamp '24 Jun, 2026 17:42' AFTER the text. No zone is printed anywhere: times are read as Moscow time (README convention). No bylines on the listing (author null). RT framing kept in the wording ('Kiev', 'liberate'); labels follow LABELS.md. 12500-02 (Moscow heat record) is off the war.",
  not_entries=["masthead 'RT' and slogan 'Question more'", "section navigation (Russia & FSU, World News, Business, ...)", "'Trends:' line",
               "section heading 'News' (page title)", "topic tag line above each card ('Russia-Ukraine conflict', 'Russia', 'World News')",
               "'Follow RT on Telegram' promo after the third card", "'Load more'", "'RT News App' and 'Podcasts' links",
               "TV-Novosti copyright line", "cookie notice"],
  entries=[
  E("2026-06-24 22:15", "EU adopts 21st sanctions package against Russia",
    ["Brussels has approved another round of restrictions aimed at Russian energy exports, banks and shipping, with Moscow dismissing the measures as damaging mainly to European economies."],
    "diplomacy", "diplomacy", 3, "eu-21st-sanctions-package-2026-06", tag="World News"),
  OFF("2026-06-24 19:48", "Moscow sweats through hottest June day in almost a century",
      ["Temperatures in the Russian capital climbed above 35C on Wednesday afternoon, beating a record set in 1938, according to the city\u2019s weather service."],
      "moscow-june-heat-record-2026", n="weather", tag="Russia"),
  E("2026-06-24 17:42", "Ukrainian drone strike on Belgorod Region kills two \u2013 governor",
    ["Two civilians died and three more were wounded when a Ukrainian drone struck a minibus on a road outside the border town of Shebekino, Governor Vyacheslav Gladkov said."],
    "strikes", "strikes", 3, "shebekino-minibus-drone-strike-2026-06-24", tag="Russia-Ukraine conflict"),
  E("2026-06-24 15:05", "Lavrov: No real talks while West keeps arming Kiev",
    ["Russian Foreign Minister Sergey Lavrov has said that Western weapons deliveries to Ukraine are the main obstacle to a negotiated settlement, speaking after talks with his Egyptian counterpart in Moscow."],
    "diplomacy", "diplomacy", 3, "lavrov-west-arming-kiev-remarks-2026-06-24", sec=["aid"], tag="Russia-Ukraine conflict"),
  E("2026-06-24 12:30", "Russian troops liberate another village in Donbass \u2013 MOD",
    ["The Russian Defense Ministry says its forces have taken full control of the settlement of Novoe in the Donetsk People\u2019s Republic after several days of fighting."],
    "other", "frontline", 2, "russia-claims-novoe-dpr-2026-06-24", tag="Russia-Ukraine conflict"),
  E("2026-06-24 09:55", "Pentagon quietly resumes Patriot shipments to Ukraine \u2013 media",
    ["The US has restarted deliveries of Patriot interceptor missiles to Kiev after a pause of several weeks, an American outlet reported, citing unnamed defense officials."],
    "aid", "aid", 2, "us-patriot-shipments-resume-2026-06", tag="World News"),
  E("2026-06-24 06:20", "Russian air defenses down 52 Ukrainian drones overnight \u2013 MOD",
    ["Fifty-two fixed-wing drones were intercepted over the Bryansk, Kursk, Oryol and Moscow regions during the night, the ministry said, adding that there were no reports of casualties."],
    "strikes", "strikes", 2, "russian-air-defence-52-drones-2026-06-24", tag="Russia-Ukraine conflict"),
  ]))

# ---------------------------------------------------------------- 12501 Sputnik International
SEEDS.append(dict(
  id="12501", name="12501_sputnikglobe-live", ext="html", source="Sputnik International", zone="UTC", render=r_sputnik,
  title="LIVE UPDATES: Russian Forces Hit Ukrainian Drone Production Sites",
  url="https://sputnikglobe.com/20260626/live-updates-russian-forces-hit-ukrainian-drone-production-sites-1122334455.html",
  lede="Sputnik is following the latest developments in Russia\u2019s special military operation in Ukraine.",
  caption="Russian servicemen prepare a launch in the special military operation zone. File photo \u00a9 Sputnik",
  basis="update stamp '{s}' (GMT printed) on the page date '26.06.2026' from the line '06:10 GMT 26.06.2026 (Updated: 19:35 GMT 26.06.2026)'; local {d} in {z}",
  notes="Imitates a Sputnik International 'LIVE UPDATES' article (sputnikglobe.com). Title Case headlines. Newest first; each update has a bare 'HH:MM GMT' above its h2 (no date per update); the date comes only from the page line '06:10 GMT 26.06.2026 (Updated: 19:35 GMT 26.06.2026)' (DD.MM.YYYY) and the <title> suffix. Page-level NewsArticle JSON-LD only (no per-update data; dates written '+0000'). 12501-03 is a 'WATCH:' video teaser with no text (importance 1). No bylines (author null).",
  not_entries=["header logo, navigation and Telegram link", "supertag 'Russia's Special Military Operation in Ukraine'", "'LIVE UPDATES' label",
               "page headline (page title)", "page date line '06:10 GMT 26.06.2026 (Updated: ...)'", "announce text (lede)", "photo caption",
               "'Subscribe' button", "video player placeholder in the WATCH teaser", "Telegram banner after the third update", "tags line",
               "'Discussion: Comment via Telegram'", "'Most read' link", "footer"],
  entries=[
  E("2026-06-26 19:35", "Kremlin Ready for New Round of Istanbul Talks, Peskov Says",
    ["Moscow is prepared to send its delegation to Istanbul for another round of direct talks with Kiev as soon as a date is agreed, Kremlin spokesman Dmitry Peskov told journalists on Friday.",
     "Peskov said the previous rounds had produced concrete humanitarian results, including prisoner exchanges, but that the political questions remained unresolved."],
    "diplomacy", "diplomacy", 2, "kremlin-ready-istanbul-talks-2026-06-26"),
  E("2026-06-26 17:10", "Hungary Blocks EU Money for Kiev's Arms Purchases",
    ["Budapest has vetoed the release of a new tranche from the European Peace Facility meant to reimburse member states for weapons sent to Ukraine, Hungarian Foreign Minister Peter Szijjarto said.",
     "Szijjarto said Hungary would not allow European taxpayers' money to be used to prolong the conflict."],
    "aid", "aid", 2, "hungary-veto-epf-tranche-2026-06-26", sec=["diplomacy"]),
  E("2026-06-26 14:22", "WATCH: Su-34 Crews Pound Ukrainian Positions in Border Area", [],
    "strikes", "strikes", 1, "su34-border-strikes-video-2026-06-26", n="video teaser, no text body"),
  E("2026-06-26 12:05", "Ukrainian Shelling Injures Three in Gorlovka, Mayor Says",
    ["Three civilians, including a teenager, were wounded when Ukrainian forces shelled a residential district of Gorlovka in the Donetsk People's Republic, city head Ivan Prikhodko said."],
    "strikes", "strikes", 2, "gorlovka-shelling-2026-06-26"),
  E("2026-06-26 09:40", "Russian Forces Hit Ukrainian Drone Production Sites With Precision Weapons",
    ["The Russian Armed Forces carried out a group strike overnight with long-range precision weapons and drones against enterprises producing unmanned aerial vehicles for the Ukrainian military, the Russian Defense Ministry said.",
     "All designated targets were hit, the ministry stated. Ukrainian officials reported damage to industrial facilities in the Kiev and Zhitomir regions."],
    "strikes", "strikes", 3, "russian-strike-ukrainian-drone-plants-2026-06-26", n="large overnight strike (page title story)"),
  E("2026-06-26 07:15", "Russian Air Defenses Destroy 48 Ukrainian Drones Overnight",
    ["Air defense units intercepted and destroyed 48 Ukrainian fixed-wing drones over seven Russian regions overnight, the Defense Ministry reported."],
    "strikes", "strikes", 2, "russian-air-defence-48-drones-2026-06-26"),
  E("2026-06-26 06:10", "Forced Mobilization Sparks New Scuffles in Odessa, Reports Say",
    ["Residents of Odessa clashed with military enlistment officers who were trying to detain men in the street, according to videos circulating on Ukrainian social media."],
    "other", "politics", 2, "odessa-mobilization-scuffles-2026-06-26"),
  ]))

# ---------------------------------------------------------------- 12502 RIA Novosti
SEEDS.append(dict(
  id="12502", name="12502_ria-rss", ext="xml", source="RIA Novosti", zone="Europe/Moscow", render=r_ria, title="RIA Novosti",
  basis="RSS pubDate '{s}' (explicit +0300 = Moscow time); local {d} in {z}",
  notes="Imitates the ria.ru export RSS 2.0 feed, rendered in English: newest first, pubDate with +0300, rian:priority and rian:type elements, a category per item, short description, image enclosure; no author. 12502-01 (heat forecast) and 12502-08 (Scarlet Sails festival) are off the war. 12502-03 (handover of soldiers' bodies) is labelled diplomacy by the README convention.",
  not_entries=["channel title/link/description/language/copyright/image", "item link, guid, rian:priority, rian:type, category and enclosure elements"],
  entries=[
  OFF("2026-06-28 22:40", "Forecasters promise up to 35 degrees in central Russia next week",
      ["The heat in the central part of the country will intensify from Monday, with temperatures in Moscow reaching 33-35 degrees, the Hydrometeorological Centre said."],
      "central-russia-heat-forecast-2026-06-28", n="weather", cat="Society"),
  E("2026-06-28 20:15", "Ushakov: contacts between Putin and Trump on Ukraine will continue",
    ["Kremlin aide Yury Ushakov said that Moscow and Washington had agreed to keep up working contacts at the level of the presidents and that a new telephone conversation was possible in the coming weeks."],
    "diplomacy", "diplomacy", 2, "ushakov-putin-trump-contacts-2026-06-28", cat="Politics"),
  E("2026-06-28 17:50", "Russia hands over bodies of 1,000 Ukrainian servicemen to Kiev",
    ["Russia has transferred the bodies of 1,000 Ukrainian soldiers to the Ukrainian side and received the bodies of 31 Russian servicemen in return, a source involved in the process said."],
    "diplomacy", "diplomacy", 2, "repatriation-of-bodies-2026-06-28", cat="Special military operation in Ukraine", n="body repatriation agreed in the Istanbul talks: diplomacy (README convention)"),
  E("2026-06-28 14:05", "Ukrainian Armed Forces shelled Energodar, some districts left without power",
    ["Ukrainian troops shelled Energodar on Sunday afternoon, damaging a power substation and leaving several districts without electricity, Mayor Maxim Pukhov said. No one was hurt."],
    "strikes", "strikes", 2, "energodar-shelling-2026-06-28", cat="Special military operation in Ukraine"),
  E("2026-06-28 11:30", "Russian troops liberated Stepnoye in Zaporozhye region, MoD says",
    ["Units of the Dnepr group of forces have liberated the village of Stepnoye in the Zaporozhye region, the Russian Defence Ministry said in its daily briefing."],
    "other", "frontline", 2, "russia-claims-stepnoye-2026-06-28", cat="Special military operation in Ukraine"),
  E("2026-06-28 09:10", "Russian forces struck Ukrainian airfields with Kinzhal missiles",
    ["The Russian Armed Forces hit Ukrainian military airfields and a depot of Western-supplied weapons overnight with Kinzhal hypersonic missiles and attack drones, the Defence Ministry said."],
    "strikes", "strikes", 3, "kinzhal-strike-airfields-2026-06-28", cat="Special military operation in Ukraine", prio=8),
  E("2026-06-28 08:20", "Air defence destroyed 37 Ukrainian UAVs over Russian regions overnight",
    ["Air defence systems intercepted and destroyed 37 Ukrainian drones over the Bryansk, Kursk and Belgorod regions and over the Sea of Azov overnight, the Defence Ministry said."],
    "strikes", "strikes", 2, "air-defence-37-drones-2026-06-28", cat="Special military operation in Ukraine"),
  OFF("2026-06-28 05:45", "Scarlet Sails celebration gathers more than a million people in St Petersburg",
      ["More than a million people gathered on the embankments of the Neva on Saturday night to watch the traditional Scarlet Sails celebration for school graduates, the city administration said."],
      "scarlet-sails-st-petersburg-2026", n="festival", cat="Society"),
  ]))

# ---------------------------------------------------------------- 12503 MFA of Russia (mid.ru)
SEEDS.append(dict(
  id="12503", name="12503_midru-briefing", ext="html", source="The Ministry of Foreign Affairs of the Russian Federation", zone="Europe/Moscow",
  render=r_mid, title="Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, July 1, 2026", dateline_t="2026-07-01 16:20",
  qa=[("Could you comment on reports that European countries are discussing a peacekeeping mission in Ukraine?",
       "Any deployment of troops from NATO countries on Ukrainian territory would be unacceptable to us. We have said this many times.")],
  basis="no per-section time; the briefing page's one date line '1 July 2026 16:20' (no zone printed; Moscow time, MSK = UTC+3) applies to every section; local {d} in {z}",
  notes="Imitates a mid.ru spokesperson's briefing page (English). One article: title, date line '1 July 2026 16:20' (no zone: Moscow time by the README convention), a 'Table of contents' that repeats every section title as a link, then one h3 section per topic. Per the README convention each topic section is one entry (headline = section title, stamp null, published = the page's date line time), author null (the spokeswoman is the speaker, not a byline). The closing 'Answers to media questions' Q&A is not an entry. 12503-05 comments on the EU package of 24 June (same story slug as 12500-01). 12503-07 (cultural days in Vietnam) is off the war.",
  not_entries=["language switcher", "header/navigation", "breadcrumbs 'Home / Press service / Briefings'", "page title (h1)", "date line '1 July 2026 16:20'",
               "share links", "'Table of contents' block repeating the seven section titles plus 'Answers to media questions'",
               "'Answers to media questions:' heading and the Question/Answer pair under it", "'Print version' / 'Send by email'", "footer"],
  entries=[
  E("2026-07-01 16:20", "The Kiev regime\u2019s attacks on civilian targets",
    ["Over the past week, the Ukrainian armed formations have continued their attacks on residential areas in the Belgorod, Kursk and Bryansk regions using drones and Western-supplied rocket systems.",
     "On June 28, a drone struck a bus stop in the village of Tetkino, wounding four people, including a child. We regard such actions as terrorist acts and note that Western capitals prefer not to notice them."],
    "strikes", "strikes", 2, "zakharova-kiev-attacks-civilians-2026-07-01"),
  E("2026-07-01 16:20", "Western weapons supplies to Ukraine",
    ["We have taken note of statements by several European governments about new deliveries of air defence systems and long-range missiles to the Kiev regime.",
     "These supplies do not change the situation on the ground, but they prolong the conflict and make those countries direct participants in it."],
    "aid", "aid", 2, "zakharova-western-arms-supplies-2026-07-01"),
  E("2026-07-01 16:20", "The upcoming NATO summit in Ankara",
    ["Judging by the drafts being discussed, the NATO summit to be held in Ankara on July 7-8 will once again be devoted to the alliance\u2019s confrontation with Russia.",
     "We call on the host country to bear in mind its own interest in a balanced approach."],
    "diplomacy", "diplomacy", 2, "zakharova-nato-ankara-summit-2026-07-01"),
  E("2026-07-01 16:20", "Prospects for the Istanbul negotiating process",
    ["Russia remains committed to the Istanbul format of direct talks with the Ukrainian side and is waiting for Kiev\u2019s response to the proposals set out in the Russian memorandum.",
     "Unfortunately, the Ukrainian delegation continues to receive instructions from outside, which delays the work."],
    "diplomacy", "diplomacy", 2, "zakharova-istanbul-process-2026-07-01"),
  E("2026-07-01 16:20", "The EU\u2019s 21st sanctions package",
    ["The European Union\u2019s new package of unilateral restrictions, adopted on June 24, once again shows that Brussels has no other instruments left.",
     "Retaliatory measures are being prepared and will be announced in due course."],
    "diplomacy", "diplomacy", 2, "eu-21st-sanctions-package-2026-06", n="comment on the package reported by 12500-01 a week earlier (same story slug)"),
  E("2026-07-01 16:20", "The situation at the Zaporozhye Nuclear Power Plant",
    ["On June 29, a Ukrainian drone hit the roof of the plant\u2019s training centre, just a few hundred metres from the reactor units.",
     "We expect the IAEA Secretariat to name those responsible for such dangerous provocations clearly."],
    "strikes", "strikes", 2, "znpp-training-centre-drone-2026-06-29"),
  OFF("2026-07-01 16:20", "Days of Russian Culture in Vietnam",
      ["From July 6 to 12, Hanoi and Ho Chi Minh City will host Days of Russian Culture, featuring the Bolshoi Theatre\u2019s ballet company and an exhibition of Russian painting."],
      "russian-culture-days-vietnam-2026-07", n="cultural diplomacy, not about the war"),
  ]))

# ---------------------------------------------------------------- 12504 BelTA
SEEDS.append(dict(
  id="12504", name="12504_belta-politics", ext="txt", source="BelTA", zone="Europe/Minsk", render=r_belta, title="Politics",
  basis="stamp '{s}' under the headline (date and time printed, no zone; Minsk time, UTC+3); local {d} in {z}",
  notes="Imitates the eng.belta.by Politics section as copied from the browser on Independence Day. Header with Minsk weather and exchange rates, an 'Independence Day of the Republic of Belarus' banner line. Cards newest first: headline, stamp '3 July 2026, 21:05' (no zone: Minsk time), then text that opens with the dateline 'MINSK, 3 July (BelTA) \u2013 ', which is kept in first_sentence (README convention). No bylines (author null). 12504-03 (Putin's congratulations) and 12504-07 (barley harvest) are off the war.",
  not_entries=["masthead 'BelTA' / 'Belarusian Telegraph Agency'", "language switcher", "weather and exchange-rate line", "section navigation",
               "'Independence Day of the Republic of Belarus' banner line", "section heading 'Politics' (page title)",
               "Telegram promo after the fourth card", "'More news'", "footer and copyright lines"],
  entries=[
  E("2026-07-03 21:05", "Lukashenko says Minsk ready to host Russia-Ukraine peace talks",
    ["MINSK, 3 July (BelTA) \u2013 Belarus is ready to provide a platform for negotiations between Russia and Ukraine at any level, Belarusian President Aleksandr Lukashenko said at a reception on the occasion of Independence Day.",
     "\u201cWe are neighbours of both, and nobody wants peace on this land more than the Belarusians,\u201d the head of state said."],
    "diplomacy", "diplomacy", 3, "lukashenko-minsk-venue-offer-2026-07-03"),
  E("2026-07-03 17:45", "Belarusian MFA: sanctions pressure will not change Minsk\u2019s course",
    ["MINSK, 3 July (BelTA) \u2013 The sanctions pressure of the European Union will not force Belarus to abandon its alliance with Russia, the Belarusian Foreign Ministry said in response to the bloc\u2019s latest package of restrictions."],
    "diplomacy", "diplomacy", 2, "belarus-mfa-eu-sanctions-response-2026-07-03"),
  OFF("2026-07-03 15:10", "Putin congratulates Lukashenko on Independence Day",
      ["MINSK, 3 July (BelTA) \u2013 Russian President Vladimir Putin has congratulated Aleksandr Lukashenko and the Belarusian people on Independence Day, the press service of the Belarusian leader reported."],
      "putin-congratulates-lukashenko-independence-day-2026", n="holiday greetings"),
  E("2026-07-03 13:20", "Drone from Ukraine falls in Gomel Oblast, State Border Committee says",
    ["MINSK, 3 July (BelTA) \u2013 A drone that crossed into Belarus from Ukraine fell in a field near the village of Terekhovka in Dobrush District overnight, the State Border Committee said.",
     "Nobody was hurt. The incident is being investigated."],
    "strikes", "strikes", 2, "drone-falls-gomel-oblast-2026-07-03"),
  E("2026-07-03 11:40", "Oreshnik missile system shown at Independence Day parade in Minsk",
    ["MINSK, 3 July (BelTA) \u2013 The Oreshnik intermediate-range missile system was displayed to the public for the first time during the military parade in Minsk marking Independence Day.",
     "The system was deployed in Belarus under the bilateral treaty on security guarantees with Russia."],
    "other", "security", 2, "oreshnik-minsk-parade-2026-07-03"),
  E("2026-07-03 09:15", "Belarus receives new batch of Su-30SM2 fighters from Russia",
    ["MINSK, 3 July (BelTA) \u2013 Four more Su-30SM2 multirole fighters have arrived at an air base in Baranovichi, the Belarusian Defence Ministry said."],
    "other", "security", 2, "belarus-su30sm2-delivery-2026-07-03", n="procurement by a non-party"),
  OFF("2026-07-03 07:30", "Harvest of winter barley begins in Brest Oblast",
      ["MINSK, 3 July (BelTA) \u2013 Farms in the south of Brest Oblast have started harvesting winter barley, the regional executive committee said."],
      "brest-oblast-barley-harvest-2026", n="agriculture"),
  ]))

# ---------------------------------------------------------------- 12505 Kremlin.ru
SEEDS.append(dict(
  id="12505", name="12505_kremlin-events", ext="html", source="President of Russia", zone="Europe/Moscow", render=r_kremlin, title="Events",
  basis="item stamp '{s}' in <time> above the title (date and time printed, no zone; Moscow time, MSK = UTC+3); local {d} in {z}",
  notes="Imitates the en.kremlin.ru Events / News list (site name 'President of Russia'). Newest first; each item: <time datetime='YYYY-MM-DD'> with the visible stamp 'June 30, 2026, 21:30' (no zone: Moscow time), h3 title, one or two summary paragraphs, a place line ('The Kremlin, Moscow') and a 'Topics:' line. No JSON-LD; Creative Commons footer. No bylines (author null). Kremlin titles name the event type ('Telephone conversation with ...'); topic comes from the summary. 12505-05, -06 and -07 are off the war.",
  not_entries=["header, navigation and language links", "page heading 'Events'", "tabs (News, Speeches and transcripts, ...)", "'Search by date' filter",
               "place line under each item ('The Kremlin, Moscow', 'Novo-Ogaryovo, Moscow Region')", "'Topics:' line under each item", "'Earlier' link", "footer (licence line)"],
  entries=[
  E("2026-06-30 21:30", "Telephone conversation with President of the United States Donald Trump",
    ["Vladimir Putin had a telephone conversation with President of the United States of America Donald Trump.",
     "The two presidents discussed the course of the Russian-Ukrainian talks in Istanbul and the prospects for a settlement. The Russian side outlined its approaches to eliminating the root causes of the conflict."],
    "diplomacy", "diplomacy", 3, "putin-trump-phone-call-2026-06-30", place="Novo-Ogaryovo, Moscow Region", tags="Foreign policy, USA"),
  E("2026-06-30 18:10", "Meeting with permanent members of the Security Council",
    ["The President held a briefing session with permanent members of the Security Council. The main topic was the situation in the special military operation zone and the state of negotiations with the Ukrainian side."],
    "diplomacy", "diplomacy", 2, "security-council-meeting-2026-06-30", place="The Kremlin, Moscow", tags="Security Council"),
  E("2026-06-30 16:00", "Presentation of Gold Star medals to Heroes of Russia",
    ["In St Catherine\u2019s Hall of the Kremlin, Vladimir Putin presented Gold Star medals to servicemen who have been awarded the title of Hero of Russia for courage shown during the special military operation."],
    "other", "politics", 2, "gold-star-medals-ceremony-2026-06-30", place="The Kremlin, Moscow", tags="Awards, Armed Forces"),
  E("2026-06-30 14:20", "Meeting with Governor of Kursk Region Alexander Khinshtein",
    ["The Governor reported on the restoration of housing and infrastructure in the border districts damaged by Ukrainian shelling and on the return of evacuated residents.",
     "More than 12,000 residents of the Sudzha and Korenevo districts have received compensation for lost property."],
    "other", "humanitarian", 2, "kursk-region-reconstruction-meeting-2026-06-30", place="The Kremlin, Moscow", tags="Regions"),
  OFF("2026-06-30 12:45", "Telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev",
      ["The two leaders discussed the implementation of joint projects in energy and transport, including the construction of new power plants in Kazakhstan with Russian participation."],
      "putin-tokayev-phone-call-2026-06-30", n="bilateral economic call", place="The Kremlin, Moscow", tags="Foreign policy, Kazakhstan"),
  OFF("2026-06-30 11:00", "Meeting with Government members",
      ["The main topic was the progress of the national project on affordable housing and mortgage terms for families with children."],
      "government-meeting-housing-2026-06-30", n="domestic economy", place="The Kremlin, Moscow", tags="Government, Housing"),
  OFF("2026-06-30 10:05", "Greetings to participants of the Territory of Meanings forum",
      ["Vladimir Putin sent his greetings to the participants, organisers and guests of the Territory of Meanings educational forum."],
      "territory-of-meanings-greetings-2026", n="youth forum", place="The Kremlin, Moscow", tags="Youth policy"),
  ]))

# ---------------------------------------------------------------- 12506 TASS
SEEDS.append(dict(
  id="12506", name="12506_tass-military", ext="txt", source="TASS", zone="Europe/Moscow", render=r_tass, title="Military operation in Ukraine",
  parse_args=["--date", "2026-07-05"],
  basis="stamp '{s}' above the headline (day and month printed, NO year and no zone on the page; year from parse_args 2026-07-05; Moscow time, MSK = UTC+3); local {d} in {z}",
  notes="Imitates the tass.com 'Military operation in Ukraine' tag page as copied from the browser. Newest first; stamp '5 JUL, 22:50' on its own line ABOVE each headline; no year and no zone anywhere on the captured page (parse_args --date 2026-07-05; Moscow time). Each lead opens with the TASS dateline 'MOSCOW, July 5. /TASS/. ', kept in first_sentence (README convention: the dateline is not a sentence of its own). No bylines (author null).",
  not_entries=["masthead 'TASS' / 'Russian News Agency'", "section navigation", "tag heading 'Military operation in Ukraine' (page title)",
               "'Subscribe to TASS on Telegram'", "'Advertisement' after the fourth item", "'Show more'", "footer lines"],
  entries=[
  E("2026-07-05 22:50", "Russian air defenses down 23 Ukrainian drones over four regions in three hours \u2014 MoD",
    ["MOSCOW, July 5. /TASS/. Russian air defense forces destroyed 23 Ukrainian fixed-wing drones over the Bryansk, Kaluga, Tula and Moscow regions between 19:00 and 22:00 Moscow time, the Defense Ministry reported."],
    "strikes", "strikes", 2, "air-defence-23-drones-evening-2026-07-05"),
  E("2026-07-05 19:15", "Kremlin says next round of talks depends on Kiev's reply to Russian memorandum",
    ["MOSCOW, July 5. /TASS/. The timing of the next round of Russian-Ukrainian negotiations in Istanbul will depend on when Kiev responds to the Russian memorandum, Kremlin Spokesman Dmitry Peskov said.",
     "\"We are ready, the ball is in their court,\" Peskov told reporters."],
    "diplomacy", "diplomacy", 2, "peskov-next-round-depends-on-kiev-2026-07-05"),
  E("2026-07-05 16:40", "Woman killed as Ukrainian army shells Donetsk \u2014 mayor",
    ["DONETSK, July 5. /TASS/. A woman was killed and two men were wounded when Ukrainian forces shelled the Kirovsky district of Donetsk, city head Alexey Kulemzin said on his Telegram channel."],
    "strikes", "strikes", 3, "donetsk-kirovsky-shelling-2026-07-05"),
  E("2026-07-05 13:05", "Russian troops liberate Shevchenko community in DPR over past day \u2014 top brass",
    ["MOSCOW, July 5. /TASS/. Units of the Center battlegroup have liberated the community of Shevchenko in the Donetsk People's Republic, the Russian Defense Ministry said.",
     "Over the past day, Ukrainian losses in the battlegroup's area of responsibility amounted to up to 450 troops, the ministry said."],
    "other", "frontline", 2, "russia-claims-shevchenko-dpr-2026-07-05"),
  E("2026-07-05 11:20", "Russian forces deliver massive strike on Ukrainian military airfields \u2014 MoD",
    ["MOSCOW, July 5. /TASS/. The Russian Armed Forces delivered a massive strike overnight with high-precision long-range air- and sea-based weapons and attack drones on Ukrainian military airfields, the Russian Defense Ministry said.",
     "The goals of the strike were achieved and all the designated targets were hit, the ministry said."],
    "strikes", "strikes", 3, "massive-strike-ukrainian-airfields-2026-07-05"),
  E("2026-07-05 09:35", "Fire at Tikhoretsk oil depot extinguished after drone attack \u2014 emergency services",
    ["KRASNODAR, July 5. /TASS/. Firefighters have put out a blaze at an oil depot in the town of Tikhoretsk that broke out after a Ukrainian drone attack overnight, the regional emergency task force said. No one was injured."],
    "strikes", "strikes", 2, "tikhoretsk-oil-depot-drone-2026-07-05"),
  E("2026-07-05 07:10", "Over 1,200 contract soldiers signed up in Moscow in June \u2014 mayor's office",
    ["MOSCOW, July 5. /TASS/. More than 1,200 people signed contracts with the Defense Ministry in Moscow in June to take part in the special military operation, the mayor's office said."],
    "other", "frontline", 2, "moscow-contract-soldier-recruitment-2026-06", n="recruitment = reinforcements (frontline)"),
  ]))

# ---------------------------------------------------------------- 12507 Kazinform
SEEDS.append(dict(
  id="12507", name="12507_kazinform-world", ext="txt", source="Kazinform", zone="Asia/Almaty", render=r_kazinform, title="World", ref="2026-07-06 19:40",
  basis="relative stamp '{s}' counted back from the header clock 'Monday, 6 July 2026 \u00b7 Astana 19:40 (GMT+5)'; local {d} in {z} (UTC+5)",
  notes="Imitates the Kazinform (inform.kz) English 'World' section as copied from the browser. The header carries the date, an Astana clock with '(GMT+5)', weather and exchange rates; the only absolute time on the page is that clock. Cards newest first: headline, summary, then 'AUTHOR \u00b7 35 minutes ago' (relative stamps, counted back exactly from 19:40). Asia/Almaty is UTC+5 since March 2024 (tzdata 2024a+), matching the printed GMT+5. 12507-02, -06 and -07 are off the war.",
  not_entries=["masthead 'Kazinform' / 'International News Agency'", "header line with date, Astana clock, weather", "exchange-rate line", "language switcher",
               "section navigation", "section heading 'World' (page title)", "Telegram/WhatsApp promo after the third card", "'Load more'", "footer"],
  entries=[
  E("2026-07-06 19:05", "Ukraine and Russia exchange 84 prisoners each",
    ["Russia and Ukraine carried out another exchange of prisoners of war on Monday, with 84 servicemen returning home on each side, the UAE Ministry of Foreign Affairs said, crediting its mediation."],
    "diplomacy", "diplomacy", 3, "prisoner-exchange-84-2026-07-06", a="Dana Akhmetova"),
  OFF("2026-07-06 18:40", "Heat wave grips Central Asia as temperatures near 45C",
      ["Uzbekistan, Turkmenistan and southern Kazakhstan are facing extreme heat this week, with meteorologists warning of temperatures of up to 45 degrees Celsius in desert areas."],
      "central-asia-heat-wave-2026-07", a="Aigerim Sultanbek", n="weather"),
  E("2026-07-06 16:40", "Tokayev, Zelensky discuss situation in Ukraine by phone",
    ["President Kassym-Jomart Tokayev held a telephone conversation with Ukrainian President Volodymyr Zelensky, Akorda press secretary Ruslan Zheldibay said.",
     "Tokayev reaffirmed Kazakhstan\u2019s support for a peaceful settlement through dialogue and welcomed the direct talks between the parties in Istanbul."],
    "diplomacy", "diplomacy", 3, "tokayev-zelensky-phone-call-2026-07-06", a="Arman Seitkali"),
  E("2026-07-06 14:40", "Russian drone attack on Kharkiv injures 14",
    ["Fourteen people, including two children, were injured when Russian drones hit residential buildings in Kharkiv overnight, Mayor Ihor Terekhov said."],
    "strikes", "strikes", 2, "kharkiv-drone-attack-2026-07-06", a="Dana Akhmetova"),
  E("2026-07-06 12:40", "CPC resumes oil loadings in Novorossiysk after drone damage repaired",
    ["The Caspian Pipeline Consortium has resumed loading Kazakh oil at its marine terminal near Novorossiysk after repairing a mooring unit damaged in a Ukrainian drone attack last month, the company said."],
    "strikes", "strikes", 2, "cpc-terminal-resumes-loadings-2026-07-06", a="Arman Seitkali", n="aftermath of a drone attack (strikes)"),
  OFF("2026-07-06 10:40", "SCO foreign ministers meet in Bishkek",
      ["Foreign ministers of the Shanghai Cooperation Organisation member states gathered in Bishkek to prepare the organisation\u2019s summit, focusing on transport links, trade and the situation in Afghanistan."],
      "sco-foreign-ministers-bishkek-2026", a="Aigerim Sultanbek", n="regional diplomacy, not about the war"),
  OFF("2026-07-06 08:40", "China, Central Asia agree to speed up new railway link",
      ["Transport ministers of China and the five Central Asian countries agreed in Xi\u2019an to accelerate construction of the China-Kyrgyzstan-Uzbekistan railway, the Kyrgyz side said."],
      "china-central-asia-railway-2026", a="Arman Seitkali", n="transport"),
  ]))

# ---------------------------------------------------------------- 12508 Xinhua
SEEDS.append(dict(
  id="12508", name="12508_xinhua-worldrss", ext="xml", source="Xinhua", zone="Asia/Shanghai", render=r_xinhua, title="Xinhua | World",
  basis="RSS pubDate '{s}' (explicit +0800 = Beijing time); local {d} in {z}",
  notes="Imitates an english.news.cn world RSS 2.0 feed: newest first, pubDate with seconds and +0800, plain-text description that opens with the wire dateline 'ANKARA, July 8 (Xinhua) -- ' (kept in first_sentence), no author. 12508-02 (Kremlin's reaction to the NATO summit) shares the summit's story (README convention for reactions whose content is the event). 12508-06 and -07 are off the war.",
  not_entries=["channel title/link/description/language/copyright/lastBuildDate", "item link and guid elements"],
  entries=[
  E("2026-07-08 23:40", "NATO summit ends in Ankara with pledge to keep supporting Ukraine",
    ["ANKARA, July 8 (Xinhua) -- NATO leaders wrapped up a two-day summit in the Turkish capital on Wednesday with a declaration pledging continued military and financial support for Ukraine and a commitment to raise defense spending."],
    "diplomacy", "diplomacy", 3, "nato-ankara-summit-2026-07-08", sec=["aid"], sec_=12),
  E("2026-07-08 21:15", "Kremlin calls NATO summit outcome 'confrontational'",
    ["MOSCOW, July 8 (Xinhua) -- Kremlin spokesman Dmitry Peskov on Wednesday described the outcome of the NATO summit in Ankara as confrontational, saying the alliance continues to view Russia as an adversary."],
    "diplomacy", "diplomacy", 2, "nato-ankara-summit-2026-07-08", sec_=40, n="reaction to the summit: same story"),
  E("2026-07-08 18:30", "Russian missile attack on Zaporizhzhia kills 4: governor",
    ["KYIV, July 8 (Xinhua) -- At least four people were killed and 19 others injured in a Russian missile attack on the southeastern Ukrainian city of Zaporizhzhia on Wednesday, regional governor Ivan Fedorov said."],
    "strikes", "strikes", 3, "zaporizhzhia-missile-attack-2026-07-08", sec_=5),
  E("2026-07-08 16:05", "Chinese FM spokesperson reiterates call for dialogue on Ukraine crisis",
    ["BEIJING, July 8 (Xinhua) -- China will continue to play a constructive role in promoting peace talks on the Ukraine crisis, Chinese Foreign Ministry spokesperson Mao Ning said at a regular press briefing on Wednesday."],
    "diplomacy", "diplomacy", 2, "china-fm-ukraine-dialogue-2026-07-08", sec_=22),
  E("2026-07-08 13:50", "Russia says it downs 64 Ukrainian drones overnight",
    ["MOSCOW, July 8 (Xinhua) -- Russian air defense systems intercepted and destroyed 64 Ukrainian drones over several regions overnight, the Russian Defense Ministry said Wednesday."],
    "strikes", "strikes", 2, "russia-downs-64-drones-2026-07-08", sec_=47),
  OFF("2026-07-08 11:20", "Floods displace over 20,000 in south China's Guangxi",
      ["NANNING, July 8 (Xinhua) -- More than 20,000 residents have been relocated after days of torrential rain caused rivers to overflow in several counties of south China's Guangxi Zhuang Autonomous Region, local authorities said Wednesday."],
      "guangxi-floods-2026-07", n="weather", sec_=9),
  OFF("2026-07-08 09:05", "Greek firefighters battle wildfire near Athens",
      ["ATHENS, July 8 (Xinhua) -- Hundreds of firefighters backed by water-dropping aircraft were battling a wildfire that broke out on Tuesday evening in a forested area north of Athens, the fire service said."],
      "athens-wildfire-2026-07", n="wildfire", sec_=31),
  ]))

# ---------------------------------------------------------------- 12509 CGTN
SEEDS.append(dict(
  id="12509", name="12509_cgtn-timeline", ext="html", source="CGTN", zone="Asia/Shanghai", render=r_cgtn,
  title="Ukraine crisis: Key developments on July 11", url="https://news.cgtn.com/news/2026-07-11/Ukraine-crisis-Key-developments-on-July-11-1QwErTyUiOp/p.html",
  byline="Han Ruoyu", sources="Xinhua, AFP, Reuters",
  caption="Rescuers work at a damaged residential building in Kyiv, Ukraine, July 11, 2026. /CFP",
  lede="Here are the latest developments in the Russia-Ukraine conflict.",
  basis="bare item time '{s}' (no zone printed; Beijing time, UTC+8) on the day of the page line 'Updated 22:40, 11-Jul-2026'; local {d} in {z}",
  notes="Imitates a CGTN 'key developments' timeline article (cgtn.com). Page byline (author of every entry), page line 'Updated 22:40, 11-Jul-2026' (the only full date; no zone printed: Beijing time by the README convention); oldest first; each item a bare 'HH:MM' above its h2. NewsArticle JSON-LD (page level). 12509-02 is a 'Photos:' gallery teaser with no text (importance 1, same story as 12509-01). Wire credit 'Source(s): Xinhua, AFP, Reuters' at the end.",
  not_entries=["header/navigation and 'Download App'", "section tag 'World'", "page title (h1)", "byline line", "'Updated 22:40, 11-Jul-2026' line",
               "photo caption", "lede 'Here are the latest developments ...'", "gallery placeholder in the Photos teaser",
               "'Follow CGTN on ...' line after the fourth item", "'Source(s): Xinhua, AFP, Reuters' wire credit", "'Search Trends' box", "footer"],
  entries=[
  E("2026-07-11 09:20", "Russian drones strike Kyiv overnight, killing two",
    ["Two people were killed and at least 11 injured when Russian drones hit residential buildings in several districts of Kyiv overnight, the head of the city's military administration Tymur Tkachenko said."],
    "strikes", "strikes", 3, "kyiv-drone-attack-2026-07-11", a="Han Ruoyu"),
  E("2026-07-11 11:05", "Photos: Kyiv residents clear debris after overnight attack", [],
    "strikes", "strikes", 1, "kyiv-drone-attack-2026-07-11", a="Han Ruoyu", n="photo-gallery teaser, no text body"),
  E("2026-07-11 13:40", "Ukrainian drones hit oil refinery in Russia's Ryazan",
    ["A fire broke out at an oil refinery in the Russian city of Ryazan after a Ukrainian drone attack, regional governor Pavel Malkov said, adding that there were no casualties."],
    "strikes", "strikes", 2, "ryazan-refinery-drone-attack-2026-07-11", a="Han Ruoyu"),
  E("2026-07-11 15:30", "T\u00fcrkiye offers to host next round of Russia-Ukraine talks",
    ["Turkish Foreign Minister Hakan Fidan said on Saturday that T\u00fcrkiye is ready to host a new round of direct negotiations between Russia and Ukraine in Istanbul as early as this month."],
    "diplomacy", "diplomacy", 3, "turkiye-offers-host-talks-2026-07-11", a="Han Ruoyu"),
  E("2026-07-11 17:45", "IAEA reports drone strike near Zaporizhzhia nuclear plant",
    ["The International Atomic Energy Agency said a drone struck a vehicle parked near the perimeter of the Zaporizhzhia Nuclear Power Plant, calling for maximum military restraint around the facility."],
    "strikes", "strikes", 2, "iaea-drone-near-znpp-2026-07-11", a="Han Ruoyu"),
  E("2026-07-11 20:10", "EU approves 4.2 billion euros for Ukraine under support facility",
    ["The European Union has approved the disbursement of 4.2 billion euros to Ukraine under its Ukraine Facility to support the country's budget and reconstruction, the European Commission said."],
    "aid", "aid", 3, "eu-ukraine-facility-tranche-2026-07-11", a="Han Ruoyu"),
  E("2026-07-11 22:40", "China's special envoy calls for building conditions for peace talks",
    ["Li Hui, the Chinese government's special representative for Eurasian affairs, said China supports all efforts conducive to peace and is willing to continue playing a constructive role."],
    "diplomacy", "diplomacy", 2, "li-hui-envoy-remarks-2026-07-11", a="Han Ruoyu"),
  ]))


# ================================================================ PART B: three invented multi-source days
# ---------------------------------------------------------------- day 1 (2026-07-15)
KREM = "kremenchuk-missile-strike-2026-07-15"
GERM = "germany-patriot-pledge-2026-07-15"
RUBIO = "rubio-lavrov-call-2026-07-15"

GERM_P = ["Germany will deliver two additional Patriot air defence systems to Ukraine before the end of the year, the defence minister, Boris Pistorius, announced in Berlin.",
          "Pistorius said the launchers would come from Bundeswehr stocks and that Berlin would pay for replacements ordered from the manufacturer. Ukraine\u2019s president, Volodymyr Zelensky, thanked Germany and said the systems would go to cities in the centre and east of the country."]
GERM_H = "Germany to send two more Patriot systems to Ukraine"

# ---------------------------------------------------------------- 12520 Harrowcliff Standard
SEEDS.append(dict(
  id="12520", name="12520_harrowcliff-textlive", ext="txt", source="Harrowcliff Standard", zone="Europe/London", render=r_harrowcliff,
  title="Russia-Ukraine war live: missile strike kills nine in Kremenchuk; Germany pledges two more Patriot systems",
  dateline="Wednesday 15 July 2026",
  lede="Follow our live coverage of the war in Ukraine as rescuers search a damaged neighbourhood in the central city of Kremenchuk.",
  basis="stamp '{s}' (12-hour clock, BST printed = UTC+1) under the page date line 'Wednesday 15 July 2026'; local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, newest first. 'Key Points' block lists three headlines (12520-01, -03, -05: key_point true, importance 3). Each post starts with a line 'STAMP \u00b7 AUTHOR' ('9.10pm BST \u00b7 Imogen Ratcliffe'), then the headline, then the body. 12520-04 is a 'Watch:' teaser with no body. 12520-02 is a theme piece (explainer on ballistic-missile defence) that mentions Kremenchuk but is its own story. 12520-08 (drone attack on a gas site in the same Poltava region, overnight) must not merge with the Kremenchuk strike. Kremenchuk toll on this page: 3 (09:25) then 9 (21:10).",
  not_entries=["masthead and navigation", "'Ukraine war live' label", "page title", "date line 'Wednesday 15 July 2026'", "lede paragraph",
               "'Key Points' block (three headline bullets; these are not separate entries)", "'Latest' heading",
               "newsletter promo 'Sign up to Standard Brief ...' after the fourth post", "'Show earlier updates'", "footer"],
  entries=[
  E("2026-07-15 21:10", "Kremenchuk death toll rises to nine",
    ["The number of people killed in this morning\u2019s Russian missile strike on Kremenchuk has risen to nine, the head of the Poltava regional administration said this evening.",
     "Forty-one people were injured, 12 of them seriously. Rescuers are still working at a five-storey apartment building whose central section collapsed, and officials say several residents remain unaccounted for."],
    "strikes", "strikes", 3, KREM, a="Imogen Ratcliffe", kp=True, n="toll 9"),
  E("2026-07-15 19:45", "Explainer: why Patriot batteries cannot stop every ballistic missile",
    ["Today\u2019s attack on Kremenchuk has revived a question Ukrainian officials ask after every deadly strike: why do some ballistic missiles get through?",
     "Part of the answer is geography. A Patriot battery protects an area a few dozen kilometres across, and Ukraine has too few of them to cover every city, so most are kept around Kyiv and key energy sites.",
     "The other part is arithmetic. Intercepting a single Iskander can take two or more interceptors, each costing several million dollars, and Western production still falls short of what Russia fires."],
    "strikes", "strikes", 2, "explainer-ballistic-missile-defence-gap", a="Callum Deane",
    n="theme piece (explainer); mentions Kremenchuk but is its own story: must not merge with the Kremenchuk strike", sec=["aid"]),
  E("2026-07-15 17:20", GERM_H, GERM_P, "aid", "aid", 3, GERM, a="Imogen Ratcliffe", kp=True),
  E("2026-07-15 15:05", "Watch: rescuers search the rubble in Kremenchuk", [], "strikes", "strikes", 1, KREM, a="Callum Deane", n="video teaser without body"),
  E("2026-07-15 13:30", "Rubio and Lavrov hold phone call ahead of next round of talks",
    ["The US secretary of state, Marco Rubio, and the Russian foreign minister, Sergei Lavrov, spoke by phone on Wednesday, according to both sides.",
     "The State Department said Rubio urged Moscow to agree to a full ceasefire before the next round of direct talks with Ukraine. Russia\u2019s foreign ministry said the two men discussed \u201cthe practical steps needed to build on the Istanbul meetings\u201d."],
    "diplomacy", "diplomacy", 3, RUBIO, a="Callum Deane", kp=True),
  E("2026-07-15 11:50", "Families evacuated from villages on the Sumy border",
    ["Authorities in Ukraine\u2019s north-eastern Sumy region have ordered the compulsory evacuation of families with children from 11 more villages within 10km of the Russian border, citing constant shelling.",
     "About 400 people, including 90 children, are affected by the order."],
    "other", "humanitarian", 2, "sumy-border-evacuation-2026-07-15", a="Imogen Ratcliffe", sec=["strikes"]),
  E("2026-07-15 09:25", "At least three killed as Russian missiles hit Kremenchuk",
    ["At least three people have been killed after Russian ballistic missiles struck a residential area of Kremenchuk, a city of about 200,000 people in central Ukraine, local officials say.",
     "The attack happened at about 10.50am local time, shortly after air raid sirens sounded. Images posted by the emergency services show a partly collapsed apartment block and burning cars."],
    "strikes", "strikes", 3, KREM, a="Imogen Ratcliffe", n="first report, toll 3"),
  E("2026-07-15 07:40", "Gas production site in Poltava region damaged in overnight drone attack",
    ["A gas production facility in the Poltava region was damaged during a Russian drone attack overnight, Ukraine\u2019s largest energy company, Naftogaz, said.",
     "There were no casualties. It was the third attack on the company\u2019s sites in the region this month."],
    "strikes", "strikes", 2, "poltava-gas-facility-drone-attack-2026-07-15", a="Callum Deane",
    n="same region (Poltava) as Kremenchuk but another strike (overnight drones on a gas site): must not merge with the Kremenchuk strike"),
  ]))

# ---------------------------------------------------------------- 12521 Oskerby Herald
SEEDS.append(dict(
  id="12521", name="12521_oskerby-ldlive", ext="html", source="Oskerby Herald", zone="Europe/Kyiv", render=r_oskerby,
  title="Live: Russian missiles hit Kremenchuk; Rubio and Lavrov talk", url="https://oskerby-herald.example/live/2026-07-15-ukraine",
  dateline="Wednesday, 15 July 2026 \u00b7 Kyiv time", lede="Updates from our correspondents across Ukraine.",
  basis="visible '{s}' in <time datetime> (Kyiv time, EEST = UTC+3, as the date line says; the LiveBlogPosting update carries the same instant) on 'Wednesday, 15 July 2026'; local {d} in {z}",
  notes="Invented outlet (Ukraine). HTML live blog, oldest first, LiveBlogPosting JSON-LD with per-update datePublished (+03:00), headline and author. Visible '08:15' in <time datetime>, 'By NAME' under the h2. 12521-06 repeats 12521-03 nearly verbatim (duplicate_of 12521-03, importance 1). 12521-05 (Zelensky on the Kremenchuk attack) is a reaction whose content is the attack: same story. 12521-04 (Swedish funding for drone production) shares the aid theme with Germany's Patriots but is another event: must not merge.",
  not_entries=["header and navigation", "page title", "date line 'Wednesday, 15 July 2026 \u00b7 Kyiv time'", "intro line", "'By NAME' lines (authors)",
               "membership appeal after the third post", "footer"],
  entries=[
  E("2026-07-15 08:15", "Russia says its troops captured village near Kostiantynivka",
    ["Russia\u2019s defence ministry claimed on Wednesday that its forces had taken the village of Bila Hora, south of Kostiantynivka in the Donetsk region.",
     "Ukraine\u2019s general staff did not comment on the claim but reported 38 Russian assaults along that section of the front in the past day."],
    "other", "frontline", 2, "russia-claims-bila-hora-2026-07-15", a="Oksana Melnyk"),
  E("2026-07-15 10:55", "Explosions in Kremenchuk after ballistic missile warning",
    ["Loud explosions were heard in Kremenchuk minutes after the air force warned of a ballistic missile threat to the Poltava region, according to local media.",
     "The mayor urged residents to stay in shelters."],
    "strikes", "strikes", 3, KREM, a="Oksana Melnyk", n="first word of the attack, no toll yet"),
  E("2026-07-15 12:40", "Kremenchuk strike: six dead, dozens wounded, governor says",
    ["Six people were killed and at least 30 wounded when two Russian ballistic missiles hit a residential district of Kremenchuk, the Poltava regional governor said.",
     "One missile struck a five-storey block of flats and the other landed near a bus depot, he said. Search and rescue work continues."],
    "strikes", "strikes", 3, KREM, a="Taras Hnatiuk", n="toll 6"),
  E("2026-07-15 14:10", "Sweden to fund production of Ukrainian long-range drones",
    ["Sweden will provide 1.2 billion kronor to finance the production of Ukrainian long-range drones this year, the Swedish defence ministry said.",
     "The money will be paid directly to Ukrainian manufacturers, an arrangement first used by Denmark."],
    "aid", "aid", 2, "sweden-drone-production-funding-2026-07-15", a="Taras Hnatiuk",
    n="same aid theme as Germany's Patriot pledge, another event: must not merge"),
  E("2026-07-15 15:30", "Zelensky: Kremenchuk attack shows Russia is not interested in peace",
    ["President Volodymyr Zelensky said the missile strike on Kremenchuk, carried out on the day American and Russian diplomats were talking, showed that Moscow was not serious about ending the war.",
     "He renewed his appeal to allies for more air defence systems and said Ukraine had shared the missiles\u2019 flight data with its partners."],
    "strikes", "strikes", 3, KREM, a="Oksana Melnyk", sec=["aid"], n="reaction whose content is the attack: same story"),
  E("2026-07-15 16:50", "Kremenchuk strike: six dead, dozens wounded, governor says",
    ["Six people were killed and at least 30 wounded when two Russian ballistic missiles hit a residential district of Kremenchuk, the Poltava regional governor said.",
     "One missile struck a five-storey block of flats and the other landed near a bus depot, he said. Search and rescue work is continuing."],
    "strikes", "strikes", 1, KREM, a="Taras Hnatiuk", dup="12521-03", n="near-verbatim repeat of 12521-03"),
  E("2026-07-15 19:05", "Kremlin calls Rubio-Lavrov conversation \u2018useful\u2019",
    ["Kremlin spokesman Dmitry Peskov described Wednesday\u2019s telephone conversation between Sergei Lavrov and Marco Rubio as useful but said Moscow would not accept a ceasefire without guarantees.",
     "Peskov said the date of the next round of talks in Istanbul had not yet been fixed."],
    "diplomacy", "diplomacy", 3, RUBIO, a="Taras Hnatiuk", n="Kremlin reading of the same call"),
  ]))

# ---------------------------------------------------------------- 12522 Fellcaster World Service (day 1 world feed)
SEEDS.append(dict(
  id="12522", name="12522_fellcaster-worldrss", ext="xml", source="Fellcaster World Service", zone="UTC", render=r_rss, gmt=True,
  title="Fellcaster World Service \u2013 World news", url="https://fellcaster.example/world", guid="fws-20260715",
  lede="Top stories from around the world",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, no authors. 4 of 6 items are off-beat (World Cup semi-final, Evia wildfire, Assam floods, Spanish heat). War items: Germany's Patriot pledge and the Kremenchuk strike, spelled 'Kremenchug' (toll 6).",
  not_entries=["channel title/link/description/language/lastBuildDate", "item link, guid and category elements"],
  entries=[
  OFF("2026-07-15 21:30", "Spain reach World Cup final after extra-time win in Atlanta",
      ["Spain will play in Sunday\u2019s World Cup final after a late goal in extra time settled a tense semi-final in Atlanta."],
      "world-cup-semi-final-atlanta-2026", n="football", cat="Sport"),
  E("2026-07-15 18:05", "Germany pledges two more Patriot systems for Ukraine",
    ["Berlin is to hand Ukraine two further Patriot air defence systems from its own army\u2019s stocks, Defence Minister Boris Pistorius said on Wednesday, hours after a deadly Russian missile strike in central Ukraine."],
    "aid", "aid", 3, GERM, cat="Europe"),
  OFF("2026-07-15 15:40", "Evia wildfire forces evacuation of villages",
      ["Greek authorities ordered the evacuation of four villages on the island of Evia as a wildfire fanned by strong winds spread through pine forests."],
      "evia-wildfire-2026-07", n="wildfire", cat="Europe"),
  E("2026-07-15 12:10", "Missile strike on Kremenchug kills at least six",
    ["Russian missiles struck a residential area of the central Ukrainian city of Kremenchug on Wednesday, killing at least six people and injuring about 30, regional officials said."],
    "strikes", "strikes", 3, KREM, cat="Europe", n="spelling 'Kremenchug'; toll 6"),
  OFF("2026-07-15 09:55", "Monsoon floods cut off hundreds of villages in Assam",
      ["Floodwaters have submerged more than 600 villages in the north-eastern Indian state of Assam after days of heavy monsoon rain, disaster officials said."],
      "assam-monsoon-floods-2026-07", n="weather", cat="Asia"),
  OFF("2026-07-15 06:30", "Spain swelters as Andalusia records 46C",
      ["Temperatures reached 46C in parts of Andalusia on Tuesday, Spain\u2019s weather agency said, as a heatwave gripping southern Europe entered its second week."],
      "spain-heatwave-2026-07", n="weather", cat="Europe"),
  ]))

# ---------------------------------------------------------------- 12523 Quarnford Review (day 1 article)
SEEDS.append(dict(
  id="12523", name="12523_quarnford-article", ext="html", source="Quarnford Review", zone="Europe/Berlin", render=r_quarnford,
  title="Deadly missile strike on Kremenchuk as Berlin pledges more Patriots", dateline_t="2026-07-15 18:30", byline="Katrin Vollmer",
  lede="Seven people died in the central Ukrainian city. Germany answers with more air defence, and Washington and Moscow talk again.",
  caption="A damaged apartment block in Kremenchuk on Wednesday. Photo: Quarnford Review",
  also=["How Ukraine\u2019s air defence network works", "Germany\u2019s military aid to Ukraine: the figures"],
  basis="no per-section time; the article's dateline '15 July 2026, 18:30 CEST' (CEST = UTC+2) applies to every section; local {d} in {z}",
  notes="Invented outlet (Germany, English edition). One HTML article with NewsArticle JSON-LD; byline and dateline '15 July 2026, 18:30 CEST'; three h2 sections, each one entry (headline = section heading, stamp null, published = dateline time, author = byline). Kremenchuk toll here: 7.",
  not_entries=["header/navigation", "kicker 'Russia\u2019s war in Ukraine'", "page title (h1)", "teaser paragraph (lede)", "byline/dateline line",
               "photo caption", "'Also read' box with two links", "footer"],
  entries=[
  E("2026-07-15 18:30", "A city far from the front",
    ["Kremenchuk lies more than 250 kilometres from the nearest front line, but on Wednesday morning that distance offered no protection.",
     "Two ballistic missiles hit a residential neighbourhood shortly before 11 am local time. By the afternoon the regional administration put the death toll at seven, with more than 35 people injured.",
     "The city, home to one of Ukraine\u2019s largest oil refineries, has been a frequent target since the start of the full-scale invasion."],
    "strikes", "strikes", 3, KREM, a="Katrin Vollmer", n="toll 7"),
  E("2026-07-15 18:30", "Berlin sends two more Patriot systems",
    ["Defence Minister Boris Pistorius announced in Berlin that Germany will transfer two more Patriot systems to Ukraine from Bundeswehr stocks.",
     "It is the largest single air defence pledge by Germany this year. Pistorius said replacements had already been ordered and would be paid for from the federal budget."],
    "aid", "aid", 3, GERM, a="Katrin Vollmer"),
  E("2026-07-15 18:30", "Washington and Moscow talk again",
    ["US Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov spoke by telephone on Wednesday, their first conversation in several weeks.",
     "According to Washington, Rubio pressed for a ceasefire before further negotiations; Moscow said the call dealt with preparations for the next round of direct Russian-Ukrainian talks."],
    "diplomacy", "diplomacy", 3, RUBIO, a="Katrin Vollmer"),
  ]))

# ---------------------------------------------------------------- day 2 (2026-07-16)
NOVO = "novokuibyshevsk-refinery-drone-strike-2026-07-16"
IST = "istanbul-talks-date-set-2026-07-16"

# ---------------------------------------------------------------- 12530 Lydgrove Dispatch
SEEDS.append(dict(
  id="12530", name="12530_lydgrove-atom", ext="xml", source="Lydgrove Dispatch", zone="Europe/Kyiv", render=r_atom,
  title="Lydgrove Dispatch \u2014 Ukraine", url="https://lydgrove-dispatch.example/ukraine", lede="News from Ukraine and the region",
  basis="Atom <published> '{s}' (explicit +03:00 = Kyiv summer time); local {d} in {z}",
  notes="Invented outlet (Ukraine). Atom feed, newest first, <published> with +03:00, an author per entry, escaped HTML content. Spells the refinery town 'Novokuibyshevsk'. 12530-02 continues the day-1 Kremenchuk story (search over, toll 11, day of mourning, missile type): same slug as day 1. 12530-04 (drone attack on a Tolyatti chemical plant, same Samara region) must not merge with the refinery strike. 12530-06 (Russia's overnight attack on Ukraine) is its own story.",
  not_entries=["feed title, subtitle, links, id and updated elements", "entry link and id elements"],
  entries=[
  E("2026-07-16 22:40", "Novokuibyshevsk refinery halts crude processing after drone strike",
    ["The Novokuibyshevsk oil refinery in Russia\u2019s Samara region has stopped processing crude after a Ukrainian drone strike damaged its main distillation unit, two industry sources said on Thursday evening.",
     "The plant processes about eight million tonnes of oil a year and supplies fuel to the Volga region."],
    "strikes", "strikes", 3, NOVO, a="Mariia Hordiienko", n="spelling 'Novokuibyshevsk'; processing halted"),
  E("2026-07-16 19:20", "Kremenchuk mourns 11 dead as rescue operation ends",
    ["Rescuers in Kremenchuk finished clearing the rubble of the apartment block hit by Russian missiles on Wednesday, raising the death toll to 11, the State Emergency Service said.",
     "The city declared Friday a day of mourning. Prosecutors said fragments showed the attack had been carried out with Iskander-M ballistic missiles."],
    "strikes", "strikes", 3, KREM, a="Andrii Sobol", n="continuation of the day-1 story with a new development (toll 11, mourning, missile type)"),
  E("2026-07-16 16:05", "Turkey sets July 24 for next round of Istanbul talks",
    ["Turkey\u2019s foreign minister, Hakan Fidan, said Russian and Ukrainian delegations would meet in Istanbul on July 24 for a new round of direct negotiations, the first in almost two months.",
     "Both Kyiv and Moscow confirmed they would send delegations."],
    "diplomacy", "diplomacy", 3, IST, a="Andrii Sobol"),
  E("2026-07-16 13:30", "Samara governor reports drone attack on Tolyatti chemical plant",
    ["Drones attacked a chemical plant in Tolyatti, also in the Samara region, around midday, Governor Vyacheslav Fedorishchev said, adding that a warehouse caught fire and two workers were hurt."],
    "strikes", "strikes", 2, "tolyatti-chemical-plant-drone-attack-2026-07-16", a="Mariia Hordiienko",
    n="same region (Samara) as the refinery strike but another attack on another site: must not merge"),
  E("2026-07-16 10:15", "Ukrainian drones set refinery ablaze in Samara region",
    ["A large fire broke out at the Novokuibyshevsk refinery in Russia\u2019s Samara region after an overnight attack by Ukrainian long-range drones, Ukraine\u2019s general staff said.",
     "Russia\u2019s defence ministry said it had shot down 45 drones over the Samara, Saratov and Penza regions."],
    "strikes", "strikes", 3, NOVO, a="Mariia Hordiienko"),
  E("2026-07-16 07:50", "Russia launched 86 drones and four missiles overnight, air force says",
    ["Russia attacked Ukraine overnight with 86 Shahed-type drones and four Iskander-M missiles, Ukraine\u2019s air force said, adding that 71 drones had been shot down or jammed.",
     "Damage was reported in the Kharkiv, Sumy and Odesa regions."],
    "strikes", "strikes", 2, "overnight-russian-attack-2026-07-16", a="Andrii Sobol", n="drones the other way: must not merge with the refinery strike"),
  ]))

# ---------------------------------------------------------------- 12531 Morvenna Evening Post
NOVO_FIRE_H = "Fire at Novokuybyshevsk refinery after drone strike, governor says"
SEEDS.append(dict(
  id="12531", name="12531_morvenna-textlive", ext="txt", source="Morvenna Evening Post", zone="America/New_York", render=r_morvenna,
  title="Russia-Ukraine live updates: Drones hit refinery deep inside Russia; Kremenchuk toll climbs", byline="Grace Whitfield",
  lede="Ukrainian drones struck an oil refinery in Russia\u2019s Samara region overnight, as the death toll from Wednesday\u2019s missile strike on Kremenchuk rose.",
  basis="stamp '{s}' (12-hour clock, ET printed = EDT, UTC-4) under the nearest preceding day header ('Wednesday, July 15, 2026' or 'Thursday, July 16, 2026'); local {d} in {z}",
  notes="Invented outlet (US). Text live blog, oldest first, that crosses LOCAL midnight: day header lines 'Wednesday, July 15, 2026' and 'Thursday, July 16, 2026'; stamp line '9:20 p.m. ET' before each headline. All entries fall on UTC 16 July. One page byline (author of every entry). 12531-01 re-posts the day-1 entry 12520-03 verbatim (syndicated; same headline and text): re-post of day-1 entry 12520-03, importance 1, duplicate_of null (duplicate_of is within a page only), same story slug. 12531-04 is a theme piece (analysis of Ukraine's refinery campaign) that mentions Novokuybyshevsk: own story. 12531-05 repeats 12531-03 nearly verbatim (duplicate_of 12531-03). 12531-07 (Vatican envoy in Moscow) shares the peace/mediation theme with the Istanbul talks date but is another event: must not merge. 12531-08 (Kremlin condemns the refinery attack) is a reaction whose content is the attack: same story. Spelling 'Novokuybyshevsk'.",
  not_entries=["masthead and navigation", "'LIVE UPDATES' label", "page title", "page byline 'By Grace Whitfield'", "lede paragraph",
               "day header 'Wednesday, July 15, 2026'", "day header 'Thursday, July 16, 2026'", "'ADVERTISEMENT' after the fourth post",
               "closing note 'This live coverage has ended ...'", "footer"],
  entries=[
  E("2026-07-15 21:20", GERM_H, GERM_P, "aid", "aid", 1, GERM, a="Grace Whitfield",
    n="re-post of day-1 entry 12520-03 (verbatim syndication of the Harrowcliff Standard post); importance 1, same story slug"),
  E("2026-07-15 23:45", "Drones reported over Russia\u2019s Samara region",
    ["Residents of Novokuybyshevsk, an industrial city in Russia\u2019s Samara region, reported a series of explosions and a large fire early Thursday local time, according to posts on Russian social media channels.",
     "Russian officials did not immediately comment."],
    "strikes", "strikes", 3, NOVO, a="Grace Whitfield", n="first report; spelling 'Novokuybyshevsk'"),
  E("2026-07-16 02:10", NOVO_FIRE_H,
    ["The governor of Russia\u2019s Samara region said Thursday that a fire had broken out at the oil refinery in Novokuybyshevsk after a drone attack, and that there were no immediate reports of casualties.",
     "Videos verified by the Evening Post show thick black smoke rising over the plant."],
    "strikes", "strikes", 3, NOVO, a="Grace Whitfield"),
  E("2026-07-16 05:35", "Analysis: Ukraine\u2019s refinery campaign squeezes Russia\u2019s fuel market, but only so far",
    ["The strike on the Novokuybyshevsk refinery is the latest in a long campaign by Ukraine to hit the industry that funds Russia\u2019s war.",
     "Analysts estimate that drone attacks have at times idled up to a fifth of Russia\u2019s refining capacity, forcing Moscow to restrict gasoline exports and import fuel from Belarus.",
     "But refineries can often be repaired within weeks, and crude exports, which bring in far more money than fuel sales, have been largely untouched."],
    "strikes", "strikes", 2, "analysis-ukraine-refinery-strike-campaign", a="Grace Whitfield",
    n="theme piece (analysis); mentions Novokuybyshevsk but is its own story: must not merge with the refinery strike"),
  E("2026-07-16 07:50", NOVO_FIRE_H,
    ["The governor of Russia\u2019s Samara region said Thursday that a fire had broken out at the oil refinery in Novokuybyshevsk after a drone attack, and that there were no immediate reports of casualties.",
     "Videos verified by the Evening Post showed thick black smoke rising over the plant."],
    "strikes", "strikes", 1, NOVO, a="Grace Whitfield", dup="12531-03", n="near-verbatim repeat of 12531-03"),
  E("2026-07-16 09:15", "Kremenchuk death toll climbs to 11 as search ends",
    ["The death toll from Wednesday\u2019s Russian missile strike on the central Ukrainian city of Kremenchuk rose to 11 after rescuers recovered two more bodies, Ukraine\u2019s emergency service said.",
     "The city will hold a day of mourning Friday."],
    "strikes", "strikes", 3, KREM, a="Grace Whitfield", n="continuation of the day-1 story (toll 11)"),
  E("2026-07-16 11:40", "Vatican envoy in Moscow to discuss return of Ukrainian children",
    ["The Vatican\u2019s peace envoy, Cardinal Matteo Zuppi, arrived in Moscow on Thursday for talks on returning Ukrainian children taken to Russia, the Holy See said.",
     "It is his first visit to the Russian capital in more than a year."],
    "diplomacy", "diplomacy", 2, "vatican-envoy-moscow-children-2026-07-16", a="Grace Whitfield",
    n="same peace/mediation theme as the Istanbul talks date, another event: must not merge"),
  E("2026-07-16 14:25", "Kremlin condemns refinery attack as \u2018terrorist\u2019",
    ["Kremlin spokesman Dmitry Peskov on Thursday called the drone attack on the Novokuybyshevsk refinery a terrorist act aimed at civilian infrastructure and said Russia\u2019s military would respond.",
     "He declined to say whether the attack would affect the planned talks in Istanbul."],
    "strikes", "strikes", 3, NOVO, a="Grace Whitfield", sec=["diplomacy"], n="reaction whose content is the attack: same story"),
  ]))

# ---------------------------------------------------------------- 12532 Tansley Courier
SEEDS.append(dict(
  id="12532", name="12532_tansley-htmllive", ext="html", source="Tansley Courier", zone="Europe/Warsaw", render=r_tansley,
  title="Ukraine live: refinery ablaze in Russia\u2019s Samara region; date set for Istanbul talks",
  dateline="Thursday 16 July 2026 \u00b7 Times are given in Warsaw time (CEST)",
  lede="The latest on Russia\u2019s war against Ukraine, from our desk in Warsaw.",
  basis="bare '{s}' above the h2 (Warsaw time, CEST = UTC+2, printed in the date line) on 'Thursday 16 July 2026'; local {d} in {z}",
  notes="Invented outlet (Poland). HTML live blog, newest first, no JSON-LD; bare 'HH:MM' above each h2; the date line says times are Warsaw time (CEST); author line under the h2. 12532-02 is a 'Photos:' gallery teaser without text (Kremenchuk funerals; importance 1). Spelling 'Novokujbyshevsk'. 12532-05 continues the day-1 Kremenchuk story (toll 10). 12532-04 (sabotage charges in Poland) is its own story. The headline of 12532-01 contains a bare date ('24 July'), not a date header.",
  not_entries=["cookie bar", "header and navigation", "page title", "date line with the time-zone note", "lead paragraph", "author lines under each h2",
               "gallery placeholder '[Gallery: 12 photos]'", "'Read also' box after the third entry", "link to Wednesday's live coverage", "footer"],
  entries=[
  E("2026-07-16 20:30", "Istanbul talks to resume on 24 July, Ankara says",
    ["The next round of direct talks between Russia and Ukraine will take place in Istanbul on 24 July, Turkish Foreign Minister Hakan Fidan announced, adding that Ankara hoped the meeting would produce an agreement on a broader prisoner exchange."],
    "diplomacy", "diplomacy", 3, IST, a="Agnieszka Lis"),
  E("2026-07-16 18:15", "Photos: Kremenchuk says goodbye to its dead", [], "strikes", "strikes", 1, KREM, a="Tomasz Wr\u00f3bel", n="photo teaser without body"),
  E("2026-07-16 15:50", "Refinery fire in Novokujbyshevsk under control, Samara governor says",
    ["The fire at the oil refinery in Novokujbyshevsk has been contained, the governor of Russia\u2019s Samara region, Vyacheslav Fedorishchev, said on Thursday afternoon.",
     "He said one employee had suffered burns."],
    "strikes", "strikes", 3, NOVO, a="Tomasz Wr\u00f3bel", n="spelling 'Novokujbyshevsk'"),
  E("2026-07-16 13:20", "Polish prosecutors charge two men over rail sabotage plot",
    ["Prosecutors in Lublin have charged two men with planning to damage a railway line used to carry aid to Ukraine on behalf of Russian intelligence, the National Prosecutor\u2019s Office said."],
    "other", "security", 2, "poland-rail-sabotage-charges-2026-07-16", a="Agnieszka Lis"),
  E("2026-07-16 10:40", "Kremenchuk: death toll reaches 10 as search enters second day",
    ["Rescuers in Kremenchuk recovered another body from the ruins of an apartment block overnight, bringing the death toll from Wednesday\u2019s missile strike to 10, the regional governor said.",
     "Poland\u2019s president sent condolences to the families of the victims."],
    "strikes", "strikes", 3, KREM, a="Tomasz Wr\u00f3bel", n="continuation of the day-1 story (toll 10)"),
  E("2026-07-16 08:05", "Drones hit refinery in Russia\u2019s Samara region",
    ["Ukrainian drones struck an oil refinery in Russia\u2019s Samara region overnight, causing a large fire, according to Russian regional authorities and Ukrainian military sources."],
    "strikes", "strikes", 3, NOVO, a="Agnieszka Lis"),
  ]))

# ---------------------------------------------------------------- 12533 Thurlstone World Report (day 2 world feed)
SEEDS.append(dict(
  id="12533", name="12533_thurlstone-worldrss", ext="xml", source="Thurlstone World Report", zone="America/Toronto", render=r_rss,
  title="Thurlstone World Report: World", url="https://thurlstone-report.example/world", guid="twr-20260716",
  lede="International news from the Thurlstone World Report",
  basis="RSS pubDate '{s}' (explicit -0400 = Eastern daylight time); local {d} in {z}",
  notes="Invented outlet (Canada). General world-news RSS 2.0 feed, newest first, pubDate with -0400, no authors. 4 of 6 items are off-beat (Ontario wildfire smoke, World Cup final build-up, Canadian inflation, Philippine typhoon). War items: Kremenchuk day of mourning (spelled 'Kremenchug', toll 11; continuation of day 1) and the Samara refinery strike (town not named).",
  not_entries=["channel title/link/description/language/lastBuildDate", "item link, guid and category elements"],
  entries=[
  OFF("2026-07-16 19:10", "Smoke from northern wildfires prompts air quality warnings in Ontario",
      ["Environment Canada issued special air quality statements for much of southern Ontario as smoke from wildfires burning in the north of the province drifted south."],
      "ontario-wildfire-smoke-2026-07", n="wildfire smoke", cat="Canada"),
  OFF("2026-07-16 16:45", "Spain arrive in New Jersey for Sunday\u2019s World Cup final",
      ["Spain\u2019s squad landed in New Jersey on Thursday ahead of the World Cup final at MetLife Stadium, with the coach saying all players were fit."],
      "world-cup-final-build-up-2026", n="football", cat="Sport"),
  E("2026-07-16 13:20", "Kremenchug declares day of mourning after missile strike kills 11",
    ["The central Ukrainian city of Kremenchug will hold a day of mourning Friday after the death toll from Wednesday\u2019s Russian missile strike on an apartment building rose to 11."],
    "strikes", "strikes", 3, KREM, cat="World", n="spelling 'Kremenchug'; continuation of the day-1 story"),
  OFF("2026-07-16 10:05", "Canada\u2019s annual inflation rate eases to 2.1% in June",
      ["Consumer prices rose 2.1% in June from a year earlier, Statistics Canada said Thursday, down from 2.4% in May as gasoline prices fell."],
      "canada-inflation-june-2026", n="economy", cat="Business"),
  E("2026-07-16 07:30", "Ukraine strikes refinery deep inside Russia with drones",
    ["Ukrainian drones hit an oil refinery in Russia\u2019s Samara region, some 900 kilometres from the border, setting off a fire, officials on both sides said Thursday."],
    "strikes", "strikes", 3, NOVO, cat="World", n="town not named (Samara region refinery)"),
  OFF("2026-07-16 04:15", "Typhoon brings floods to northern Philippines",
      ["A typhoon made landfall in northern Luzon early Thursday, triggering floods and landslides and forcing thousands of families into evacuation centres, the national disaster agency said."],
      "philippines-typhoon-2026-07", n="weather", cat="World"),
  ]))

# ---------------------------------------------------------------- day 3 (2026-08-21)
MYK = "mykolaiv-drone-missile-attack-2026-08-21"
POW = "prisoner-exchange-205-2026-08-21"

# ---------------------------------------------------------------- 12540 Wyckholt Times (day 3 world feed)
SEEDS.append(dict(
  id="12540", name="12540_wyckholt-worldatom", ext="xml", source="Wyckholt Times", zone="UTC", render=r_atom,
  title="Wyckholt Times \u2014 World", url="https://wyckholt-times.example/world", lede="World news from the Wyckholt Times",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z, no authors. 4 of 6 entries are off-beat (Jackson Hole, Kyushu typhoon, Portugal wildfires, Darfur cholera). War items: the prisoner exchange (205 each) and the Mykolaiv attack spelled 'Nikolaev' (toll 4).",
  not_entries=["feed title, subtitle, links, id and updated elements", "entry link and id elements"],
  entries=[
  OFF("2026-08-21 22:15", "Central bankers gather in Jackson Hole as trade tensions cloud outlook",
      ["Central bankers and economists opened the annual Jackson Hole symposium in Wyoming on Friday, with uncertainty over tariffs and slowing growth dominating the discussion."],
      "jackson-hole-symposium-2026", n="economy"),
  E("2026-08-21 19:40", "Russia and Ukraine swap 205 prisoners each",
    ["Russia and Ukraine exchanged 205 prisoners of war each on Friday in a swap brokered by the United Arab Emirates, both governments said."],
    "diplomacy", "diplomacy", 3, POW),
  OFF("2026-08-21 16:20", "Typhoon makes landfall on Japan\u2019s Kyushu",
      ["A powerful typhoon made landfall in southern Japan on Friday, cutting power to tens of thousands of homes and halting bullet train services."],
      "kyushu-typhoon-2026-08", n="weather"),
  OFF("2026-08-21 12:50", "Portugal battles wildfires across central region",
      ["More than 1,500 firefighters were battling several large wildfires in central Portugal, where temperatures have exceeded 40C for a week."],
      "portugal-wildfires-2026-08", n="wildfire"),
  E("2026-08-21 09:30", "Overnight attack on Nikolaev kills four",
    ["Russian drones and missiles struck the southern Ukrainian port city of Nikolaev overnight, killing four people and damaging port facilities, the regional governor said."],
    "strikes", "strikes", 3, MYK, n="spelling 'Nikolaev'; toll 4"),
  OFF("2026-08-21 06:05", "Cholera cases rise in Darfur displacement camps",
      ["Aid agencies reported a sharp rise in cholera cases in displacement camps in Sudan\u2019s Darfur region, warning that heavy rains were contaminating water supplies."],
      "darfur-cholera-2026-08", n="health"),
  ]))

# ---------------------------------------------------------------- 12541 Culverden Ledger
MYK4_H = "Mykolaiv toll rises to four"
SEEDS.append(dict(
  id="12541", name="12541_culverden-textlive", ext="txt", source="Culverden Ledger", zone="Europe/Kyiv", render=r_culverden,
  title="Ukraine live: deadly night attack on Mykolaiv; prisoner exchange under way", dateline="Live \u2014 Friday, 21 August",
  byline_line="Compiled by Ilona Marchuk \u00b7 all times Kyiv time", parse_args=["--date", "2026-08-21"],
  lede="Russia struck the southern port city of Mykolaiv overnight. Ukraine and Russia are swapping prisoners again.",
  basis="bare stamp '{s}' (Kyiv time, EEST = UTC+3, as the byline line says) on 'Friday, 21 August' (no year printed; parse_args gives 2026-08-21); local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first; date line 'Live \u2014 Friday, 21 August' with NO year anywhere on the page (parse_args --date 2026-08-21); bare 'HH:MM' line before each headline; 'Compiled by Ilona Marchuk' credits every entry (author). 12541-02 is a 'Video:' teaser without body. 12541-03 (shelling of Ochakiv, same Mykolaiv region) must not merge with the Mykolaiv city attack. 12541-05 is a theme piece (why Russia targets the southern ports) that mentions Mykolaiv: own story. 12541-07 repeats 12541-04 nearly verbatim (duplicate_of 12541-04).",
  not_entries=["outlet name and navigation", "page title", "date line 'Live \u2014 Friday, 21 August'", "credit line 'Compiled by Ilona Marchuk \u00b7 all times Kyiv time'",
               "lede", "supporter appeal after the third post", "closing line 'We have paused our live coverage for today.'", "footer"],
  entries=[
  E("2026-08-21 07:05", "Mykolaiv hit by drones and missiles overnight, two killed",
    ["Russia attacked Mykolaiv overnight with drones and at least two cruise missiles, killing two people and starting fires at the port, regional governor Vitaliy Kim said.",
     "A grain terminal and several houses near the river were damaged."],
    "strikes", "strikes", 3, MYK, a="Ilona Marchuk", n="toll 2"),
  E("2026-08-21 08:30", "Video: Firefighters at Mykolaiv port after night attack", [], "strikes", "strikes", 1, MYK, a="Ilona Marchuk", n="video teaser without body"),
  E("2026-08-21 10:10", "Ochakiv shelled again; one injured",
    ["Russian artillery shelled the coastal town of Ochakiv in the Mykolaiv region in the morning, wounding a 63-year-old man, local authorities said."],
    "strikes", "strikes", 2, "ochakiv-shelling-2026-08-21", a="Ilona Marchuk",
    n="same region (Mykolaiv oblast) but another strike: must not merge with the Mykolaiv city attack"),
  E("2026-08-21 11:45", MYK4_H,
    ["Two more bodies were found under the rubble of a house in Mykolaiv\u2019s Korabelnyi district, bringing the number of people killed in the overnight attack to four, Governor Kim said.",
     "Nineteen people were injured."],
    "strikes", "strikes", 3, MYK, a="Ilona Marchuk", n="toll 4"),
  E("2026-08-21 13:20", "Explainer: Why Russia keeps hitting Ukraine\u2019s southern ports",
    ["Last night\u2019s attack on Mykolaiv fits a pattern that has held for most of the war: Russia returns again and again to the ports that carry Ukraine\u2019s grain to the world.",
     "Odesa, Pivdennyi, Chornomorsk, Izmail and Mykolaiv together handle most of Ukraine\u2019s seaborne exports. Each strike on a terminal, silo or rail spur raises insurance costs and slows shipments.",
     "Ukraine has pushed Russia\u2019s fleet away from the western Black Sea, but drones and missiles launched from land remain hard to stop."],
    "strikes", "strikes", 2, "explainer-russia-southern-ports-strikes", a="Ilona Marchuk",
    n="theme piece (explainer); mentions Mykolaiv but is its own story: must not merge with the Mykolaiv attack"),
  E("2026-08-21 15:00", "Prisoner exchange under way, says Ukraine\u2019s human rights commissioner",
    ["An exchange of prisoners of war with Russia is taking place today, Ukraine\u2019s parliamentary human rights commissioner, Dmytro Lubinets, said, without giving numbers.",
     "The Coordination Headquarters for the Treatment of Prisoners of War said details would follow once the soldiers were back on Ukrainian soil."],
    "diplomacy", "diplomacy", 3, POW, a="Ilona Marchuk"),
  E("2026-08-21 16:40", MYK4_H,
    ["Two more bodies were found under the rubble of a house in Mykolaiv\u2019s Korabelnyi district, bringing the number of people killed in the overnight attack to four, Governor Kim said.",
     "Nineteen people have been injured."],
    "strikes", "strikes", 1, MYK, a="Ilona Marchuk", dup="12541-04", n="near-verbatim repeat of 12541-04"),
  ]))

# ---------------------------------------------------------------- 12542 Hobbesmoor Wire
SEEDS.append(dict(
  id="12542", name="12542_hobbesmoor-rss", ext="xml", source="Hobbesmoor Wire", zone="Europe/Vienna", render=r_rss,
  title="Hobbesmoor Wire \u2013 Ukraine", url="https://hobbesmoor-wire.example", guid="hw-20260821", lede="Agency copy on the war in Ukraine",
  basis="RSS pubDate '{s}' (explicit +0200 = Central European summer time); local {d} in {z}",
  notes="Invented outlet (news agency, Austria). RSS 2.0, newest first, pubDate with +0200, dc:creator per item (author). Spells the city 'Mykolayiv'; toll grows to 5 across the day. 12542-03 (return of 1,000 soldiers' bodies) shares the exchange theme with the prisoner swap but is another event: must not merge. 12542-04 (Kallas's air-defence appeal) stands alone.",
  not_entries=["channel title/link/description/language/lastBuildDate", "item link, guid and category elements"],
  entries=[
  E("2026-08-21 21:50", "Mykolayiv toll reaches five after woman dies in hospital",
    ["A woman injured in the overnight Russian attack on Mykolayiv died in hospital on Friday evening, raising the death toll to five, the city\u2019s mayor, Oleksandr Senkevych, said."],
    "strikes", "strikes", 3, MYK, a="Lena Pichler", n="spelling 'Mykolayiv'; toll 5"),
  E("2026-08-21 19:10", "UAE says its mediation secured latest prisoner swap",
    ["The United Arab Emirates said its mediation had made possible Friday\u2019s exchange of 205 Ukrainian and 205 Russian prisoners of war, bringing the number of captives freed through its efforts to more than 5,000."],
    "diplomacy", "diplomacy", 3, POW, a="Jonas Brandauer"),
  E("2026-08-21 16:35", "Ukraine receives bodies of 1,000 fallen soldiers",
    ["The bodies of 1,000 soldiers killed in the war were returned to Ukraine on Friday, the Coordination Headquarters for the Treatment of Prisoners of War said.",
     "Russia received the remains of 24 of its servicemen."],
    "diplomacy", "diplomacy", 2, "repatriation-of-bodies-2026-08-21", a="Jonas Brandauer",
    n="same exchange theme as the prisoner swap, another event: must not merge"),
  E("2026-08-21 13:15", "EU\u2019s Kallas urges faster air defence deliveries to Ukraine",
    ["The European Union\u2019s foreign policy chief, Kaja Kallas, called on member states to speed up deliveries of air defence interceptors to Ukraine, saying Russia had launched more drones in the past month than at any time since the start of the war."],
    "aid", "aid", 2, "kallas-air-defence-appeal-2026-08-21", a="Lena Pichler", sec=["diplomacy"]),
  E("2026-08-21 10:40", "Russia claims capture of village in Dnipropetrovsk region",
    ["Russia\u2019s defence ministry said its troops had captured the village of Novopavlivka in the Dnipropetrovsk region, a claim Ukraine\u2019s military denied."],
    "other", "frontline", 2, "russia-claims-novopavlivka-2026-08-21", a="Jonas Brandauer"),
  E("2026-08-21 08:20", "Russian drones and missiles pound Mykolayiv; port damaged",
    ["Russia struck the southern Ukrainian city of Mykolayiv with dozens of drones and several missiles overnight, killing at least two people and damaging port infrastructure, Ukrainian officials said."],
    "strikes", "strikes", 3, MYK, a="Lena Pichler", n="toll 2"),
  ]))

# ---------------------------------------------------------------- 12543 Lanfray Chronicle
SEEDS.append(dict(
  id="12543", name="12543_lanfray-htmllive", ext="html", source="Lanfray Chronicle", zone="Europe/London", render=r_lanfray,
  title="Russia-Ukraine war live: Mykolaiv attack kills four; prisoners freed in UAE-brokered swap",
  url="https://lanfray-chronicle.example/world/live/2026/aug/21/russia-ukraine-war-live", byline="Ruth Calloway",
  lede="Russian drones and missiles hit the southern port city overnight; 205 Ukrainian prisoners of war return home.",
  basis="visible '{s}' in <time> (BST printed = UTC+1) on the page date line (Fri 21 Aug 2026); the JSON-LD updates all carry the page's datePublished and are not used; local {d} in {z}",
  notes="Invented outlet (UK). HTML live blog, newest first. LiveBlogPosting JSON-LD whose liveBlogUpdate items all repeat the PAGE headline and the PAGE datePublished/dateModified (a known producer quirk): per-entry headlines and times come only from the visible blocks ('21.35 BST' in <time datetime>, h2). Page byline = author of every entry. Spelling 'Zelenskyy'. 12543-04 (drone hits a bus in Sumy) is another strike on the same day: own story.",
  not_entries=["header/navigation", "page title", "standfirst", "page byline line", "page date line 'Fri 21 Aug 2026 21.35 BST'", "'Share' under each block",
               "reader-funding appeal after the second block", "'Older posts' link", "footer"],
  entries=[
  E("2026-08-21 21:35", "Zelenskyy thanks UAE as 205 prisoners come home",
    ["Volodymyr Zelenskyy has thanked the United Arab Emirates for its role in today\u2019s exchange, posting photographs of freed soldiers wrapped in Ukrainian flags near the Belarus border.",
     "\u201cEach of them is home because we did not stop working for a single day,\u201d he wrote."],
    "diplomacy", "diplomacy", 3, POW, a="Ruth Calloway", n="reaction whose content is the exchange: same story"),
  E("2026-08-21 19:20", "Russia says it downed 41 Ukrainian drones",
    ["Russia\u2019s defence ministry says its air defences destroyed 41 Ukrainian drones over the Bryansk, Kursk and Rostov regions and over Crimea during the day."],
    "strikes", "strikes", 2, "russia-downs-41-drones-2026-08-21", a="Ruth Calloway"),
  E("2026-08-21 16:45", "Mykolaiv: what we know so far",
    ["Four people were killed and 19 injured in last night\u2019s Russian attack on Mykolaiv, according to the regional governor, Vitaliy Kim.",
     "The port\u2019s grain terminal and several private homes were damaged. Ukraine\u2019s air force said Russia used 54 drones and three cruise missiles against the south overnight."],
    "strikes", "strikes", 3, MYK, a="Ruth Calloway", n="summary of the same attack (toll 4)"),
  E("2026-08-21 14:10", "Russian drone hits bus in Sumy, injuring nine",
    ["Nine people were injured when a Russian drone struck a city bus in Sumy, the regional military administration said."],
    "strikes", "strikes", 2, "sumy-bus-drone-strike-2026-08-21", a="Ruth Calloway", n="another strike on the same day: must not merge with the Mykolaiv attack"),
  E("2026-08-21 11:30", "Prisoner exchange expected today, sources say",
    ["Ukraine and Russia are expected to exchange prisoners of war later today, two sources familiar with the preparations told the Chronicle.",
     "The swap would be the first since early July."],
    "diplomacy", "diplomacy", 3, POW, a="Ruth Calloway", n="early report of the exchange"),
  E("2026-08-21 09:05", "Russian attack on Mykolaiv leaves two dead",
    ["Two people have been killed in an overnight Russian drone and missile attack on the southern city of Mykolaiv, the regional governor, Vitaliy Kim, said on Telegram.",
     "Fires broke out at the port and in a residential area near the Southern Bug river."],
    "strikes", "strikes", 3, MYK, a="Ruth Calloway", n="toll 2"),
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
            d = dt(e["t"], S["zone"]).replace(second=e.get("sec_", 0)); u = d.astimezone(UTC)
            loc = d.strftime("%Y-%m-%d %H:%M" + (":%S" if d.second else ""))
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": f"{loc} {S['zone']}",
                         "published_basis": S["basis"].format(s=stamps[i], d=loc, z=S["zone"]),
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

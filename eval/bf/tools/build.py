#!/usr/bin/env python3
"""Builds the eval/bf seed pages and their gold files from one hand-written data table (further down).
Every headline, paragraph and label is the blind tester's own wording; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/bf/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = {"U.S", "U.K", "U.N", "St", "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sgt", "No", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec", "a.m", "p.m", "Inc", "Co"}


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, **kw):
    """One entry: local time in the page's zone, headline (None = no headline), body paragraphs and labels."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    """First sentence of a paragraph: ends at . ! ? (plus a closing quote) before a capital, digit or quote,
    unless the word before the full stop is a known abbreviation or a single initial."""
    for m in re.finditer(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018(]|$)', par):
        before = par[:m.start()]
        word = re.split(r"[\s(]", before)[-1]
        if par[m.start()] == "." and (word in ABBREV or re.fullmatch(r"[A-Z]", word) or re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", word)):
            continue
        return par[:m.end()]
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def h12(d, fmt):
    """12-hour clock in several house styles: 'ap' -> 7:40 p.m.; 'AP' -> 7:40 PM; 'ampm' -> 7:40pm; 'dot' -> 7.40pm."""
    hh = d.hour % 12 or 12
    am = d.hour < 12
    if fmt == "ap":
        return f"{hh}:{d.minute:02d} {'a.m.' if am else 'p.m.'}"
    if fmt == "AP":
        return f"{hh}:{d.minute:02d} {'AM' if am else 'PM'}"
    if fmt == "ampm":
        return f"{hh}:{d.minute:02d}{'am' if am else 'pm'}"
    if fmt == "dot":
        return f"{hh}.{d.minute:02d}{'am' if am else 'pm'}"
    raise ValueError(fmt)


def paras_txt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def rfc822(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + (d.strftime("%z") if d.utcoffset() else "GMT")


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70]


# ============================================================ Part A renderers: layouts of ten real outlets (own words)

def r_pg(S):  # Pittsburgh Post-Gazette, World news listing, text scrape. Newest first; credit line then 'OCT 2, 2023 7:40 PM' AFTER the teaser. No zone printed (US Eastern).
    z = S["zone"]
    L = ["Skip to main content", "Pittsburgh Post-Gazette", S["clock"], "Subscribe  |  Log In  |  e-Edition", "",
         "NEWS   LOCAL   SPORTS   BUSINESS   OPINION   A&E   LIFE   OBITUARIES   CLASSIFIEDS   JOBS", "",
         "We use cookies to improve your experience on our site. By continuing to browse, you accept our use of cookies as described in our Privacy Policy.  ACCEPT", "",
         S["title"], "", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{MONTHS[d.month - 1][:3].upper()} {d.day}, {d.year} {h12(d, 'AP')}"
        stamps.append(st)
        L += [e["h"], ""] + paras_txt(e["p"]) + [e["a"], st, ""]
        if i == 2:
            L += ["ADVERTISEMENT", "", "Get the morning's top stories in your inbox with the PG Daily Digest.", "Email address  SIGN UP", ""]
    L += ["LOAD MORE", "", "Most Read", "Route 28 lane closures planned through weekend", "Steelers injury report: three limited in practice", "",
          "Contact Us  |  Terms of Use  |  Privacy Policy  |  Advertise", "Copyright \u00a9 2023 PG Publishing Co., Inc. All Rights Reserved."]
    return "\n".join(L) + "\n", stamps


def r_indystar(S):  # The Indianapolis Star (Gannett / USA TODAY Network) article with h2 sections; 'Published 8:02 a.m. ET Oct. 21, 2023 | Updated ...'; NewsArticle JSON-LD
    z = S["zone"]; p0 = dt(S["published_t"], z); u0 = dt(S["updated_t"], z)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": p0.isoformat(), "dateModified": u0.isoformat(),
          "author": [{"@type": "Person", "name": S["byline"]}], "publisher": {"@type": "Organization", "name": "IndyStar"},
          "mainEntityOfPage": {"@type": "WebPage", "@id": S["url"]}, "articleSection": "world", "isAccessibleForFree": True}
    dl = f"Published {h12(p0, 'ap')} ET {AP_MON[p0.month - 1]} {p0.day}, {p0.year} | Updated {h12(u0, 'ap')} ET {AP_MON[u0.month - 1]} {u0.day}, {u0.year}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body><a class="gnt_skip" href="#mainContentSection">Skip to main content</a>',
           '<header class="gnt_n"><a class="gnt_n_logo" href="/" aria-label="Home">IndyStar</a>'
           '<nav class="gnt_n_mn"><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/sports/nfl/colts/">Colts</a> <a href="/sports/nba/pacers/">Pacers</a> '
           '<a href="/entertainment/">Entertainment</a> <a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> <a href="/enewspaper/">eNewspaper</a></nav>'
           '<a class="gnt_n_sub" href="/subscribe/">Subscribe</a> <a class="gnt_n_si" href="/signin/">Sign In</a></header>',
           '<main id="mainContentSection"><article class="gnt_pr">', '<div class="gnt_ar_lbl">WORLD</div>',
           f'<h1 class="gnt_ar_hl" elementtiming="ar-headline">{esc(S["title"])}</h1>',
           f'<div class="gnt_ar_by"><a class="gnt_ar_by_a" href="/staff/1/">{esc(S["byline"])}</a><div class="gnt_ar_by_s">USA TODAY</div></div>',
           f'<div class="gnt_ar_dt" aria-label="{attr(dl)}">{esc(dl)}</div>',
           '<div class="gnt_ss"><button>Gift Article</button> <button>Share</button> <button>Comment</button></div>',
           f'<figure class="gnt_em"><img alt="" src="/img/1.jpg"><figcaption class="gnt_em_cp">{esc(S["caption"])}<span class="gnt_em_cp_c">Show Caption</span><span class="gnt_em_cp_h">Hide Caption</span></figcaption></figure>',
           '<div class="gnt_ar_b">', f'<p class="gnt_ar_b_p">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2 class="gnt_ar_b_h2">{esc(e["h"])}</h2>')
        out += [f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in e["p"]]
        stamps.append(None)
        if i == 1:
            out.append('<aside class="gnt_em_nl"><p>Stay up to date: sign up for the IndyStar Daily Briefing newsletter.</p><button>Sign up</button></aside>')
    out += [f'<p class="gnt_ar_b_p"><em>{esc(S["contrib"])}</em></p>', '</div></article></main>',
            '<footer class="gnt_f"><a href="/about/">About Us</a> <a href="/newsletters/">Newsletters</a> <a href="/terms/">Terms of Service</a> '
            '<a href="/privacy/">Privacy Policy</a> <span>\u00a9 2023 www.indystar.com. All rights reserved.</span></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_cj(S):  # The Courier-Journal (Gannett) RSS 2.0: pubDate in GMT with seconds, teaser-only description, dc:creator, media:content
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://www.courier-journal.com/news/world/</link>',
           '<atom:link href="https://rssfeeds.courier-journal.com/courierjournal/world" rel="self" type="application/rss+xml"/>',
           '<description>World news from The Courier-Journal and the USA TODAY Network</description>', '<language>en-us</language>',
           '<copyright>Copyright 2023, The Courier-Journal</copyright>', f'<lastBuildDate>{S["build"]}</lastBuildDate>', '<ttl>15</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z).astimezone(UTC) + timedelta(seconds=e["sec_s"])
        st = d.strftime("%a, %d %b %Y %H:%M:%S GMT"); stamps.append(st)
        sid = 71350000000 + i * 137711
        out += ["<item>", f"<title>{esc(e['h'])}</title>",
                f"<link>https://www.courier-journal.com/story/news/world/2023/10/28/{slugify(e['h'])}/{sid}007/</link>",
                f'<guid isPermaLink="false">{sid}007</guid>', f"<description>{esc(' '.join(e['p']))}</description>",
                f"<pubDate>{st}</pubDate>", f"<dc:creator>{esc(e['a'])}</dc:creator>" if e["a"] else "",
                f'<media:content url="https://www.gannett-cdn.com/presto/2023/10/28/{sid}.jpg" medium="image" width="1320" height="742"/>', "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(l for l in out if l) + "\n", stamps


def r_detroit(S):  # The Detroit News (Gannett platform) running AP's 'The Latest': no headlines, '1:15 a.m.' lines, '___' separators,
    #                 times local to Kyiv ('all times local'); page header in ET. Newest first, crosses Kyiv midnight.
    z = S["zone"]; p0 = dt(S["published_et"], "America/New_York"); u0 = dt(S["updated_et"], "America/New_York")
    dl = f"Published {h12(p0, 'ap')} ET {AP_MON[p0.month - 1]} {p0.day}, {p0.year} | Updated {h12(u0, 'ap')} ET {AP_MON[u0.month - 1]} {u0.day}, {u0.year}"
    L = ["Skip to main content", "The Detroit News", "Subscribe", "Sign In", "",
         "News  Sports  Autos  Business  Opinion  Life  Obituaries  E-Edition", "", "NATION/WORLD", "", S["title"], "", "Associated Press", dl, "",
         "Gift Article", "Share", "", S["intro"], "", "___", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, "ap"); stamps.append(st)
        L += [st, ""] + paras_txt(e["p"]) + ["___", ""]
    L += [S["outro"], "", "Copyright 2023 The Associated Press. All rights reserved.", "",
          "Detroit News Newsletters  |  Contact Us  |  Terms of Service  |  Privacy Notice  |  \u00a9 2023 www.detroitnews.com"]
    return "\n".join(L) + "\n", stamps


def r_record(S):  # Waterloo Region Record (Torstar) World listing, HTML: 'Mon., Nov. 13, 2023' printed, the time only inside <time datetime>;
    #                 'By The Canadian Press'; 'timer2 min. read'. Newest first.
    z = S["zone"]
    ld = {"@context": "https://schema.org", "@type": "CollectionPage", "name": "World", "url": "https://www.therecord.com/news/world/",
          "publisher": {"@type": "NewsMediaOrganization", "name": "Waterloo Region Record"}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', '<title>World News | Waterloo Region Record</title>',
           '<script type="application/ld+json">' + json.dumps(ld) + '</script></head><body>',
           '<header class="site-header"><a class="logo" href="/">Waterloo Region Record</a>'
           '<nav><a href="/news/waterloo-region/">Waterloo Region</a> <a href="/news/ontario/">Ontario</a> <a href="/news/canada/">Canada</a> '
           '<a href="/news/world/">World</a> <a href="/business/">Business</a> <a href="/sports/">Sports</a> <a href="/opinion/">Opinion</a> '
           '<a href="/life/">Life</a> <a href="/obituaries/">Obituaries</a></nav><a class="btn" href="/subscribe/">Subscribe</a> <a class="btn" href="/login/">Sign In</a></header>',
           f'<main><h1 class="section-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{WEEKDAYS[d.weekday()][:3]}., {AP_MON[d.month - 1]} {d.day}, {d.year}"; stamps.append(st)
        href = f"/news/world/2023/11/13/{slugify(e['h'])}.html"
        out += ['<div class="c-mediacard">', f'<h3 class="c-mediacard__heading"><a href="{href}">{esc(e["h"])}</a></h3>']
        out += [f'<p class="c-mediacard__abstract">{esc(p)}</p>' for p in e["p"]]
        out += [f'<p class="c-mediacard__byline">By {esc(e["byl"])}</p>',
                f'<p class="c-mediacard__meta"><time datetime="{d.isoformat()}">{st}</time> <span class="timer">timer</span>{e["read"]} min. read</p>', '</div>']
        if i == 2:
            out.append('<div class="ad-slot">Advertisement</div>')
    out += ['<a class="more" href="?page=2">Load more</a></main>',
            '<aside class="newsletter"><p>Get the morning headlines from Waterloo Region delivered to your inbox.</p><button>Sign Up</button></aside>',
            '<footer><a href="/about/">About</a> <a href="/contact/">Contact us</a> <a href="/terms/">Terms of Use</a> <span>\u00a9 Copyright Waterloo Region Record</span></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def acm_stamp(e, z):
    """ACM style: 'November 6 2023 - 11:05pm' or 'Updated November 7 2023 - 9:10am, first published 8:40am'
    (the first-publication date is repeated only when it differs from the update's date)."""
    d = dt(e["t"], z)
    if not e.get("upd"):
        return f"{MONTHS[d.month - 1]} {d.day} {d.year} - {h12(d, 'ampm')}"
    u = dt(e["upd"], z)
    first = h12(d, "ampm") if u.date() == d.date() else f"{MONTHS[d.month - 1]} {d.day} {d.year} - {h12(d, 'ampm')}"
    return f"Updated {MONTHS[u.month - 1]} {u.day} {u.year} - {h12(u, 'ampm')}, first published {first}"


def r_bendigo(S):  # Bendigo Advertiser (ACM) World listing, HTML; per-card 'By NAME' and ACM 'Updated ... , first published ...' lines;
    #                  no zone printed (Victoria, AEDT); listed by update time, newest first; crosses local midnight.
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en-AU"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Bendigo Advertiser | Bendigo, VIC</title>',
           '<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"News","item":"https://www.bendigoadvertiser.com.au/news/"},{"@type":"ListItem","position":2,"name":"World","item":"https://www.bendigoadvertiser.com.au/news/world/"}]}</script>',
           '</head><body>', '<header><a class="masthead" href="/">Bendigo Advertiser</a><span class="weather">Bendigo 14\u00b0</span>'
           '<nav><a>News</a> <a>Sport</a> <a>Business</a> <a>Community</a> <a>What\'s On</a> <a>Opinion</a> <a>Obituaries</a> <a>Today\'s Paper</a></nav>'
           '<a class="btn">Subscribe</a> <a class="btn">Log in</a></header>', f'<main><h1>{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = acm_stamp(e, z); stamps.append(st)
        out += ['<div class="story-card">', f'<h3><a href="/story/{8450120 + i * 311}/{slugify(e["h"])}/">{esc(e["h"])}</a></h3>',
                f'<p class="standfirst">{esc(e["p"][0])}</p>'] + [f"<p>{esc(p)}</p>" for p in e["p"][1:]]
        out += [f'<p class="byline">By {esc(e["a"])}</p>', f'<p class="date">{st}</p>', '</div>']
        if i == 2:
            out.append('<div class="newsletter">Get the latest Bendigo news delivered to your inbox. <a>Sign up now</a></div>')
    out += ['</main><footer>Australian Community Media \u00b7 Conditions of Use \u00b7 Privacy Policy \u00b7 Advertise with us \u00b7 Contact us</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_leicester(S):  # Leicester Mercury (Reach plc) live blog, text scrape. Newest first; bare '17:48' line before each post; 'KEY EVENT' label;
    #                    'Key Events' list (time line + headline line) at the top; author name after the post; UK time (GMT in November).
    z = S["zone"]
    L = ["Leicester Mercury", "Menu  Search", "News  Leicester City  Leicester Tigers  What's On  Food & Drink  Property  Jobs  Family Notices", "Sign in", "",
         "News  >  World News", "", S["title"], "", S["standfirst"], "", "Bookmark", "Share", "Comments", "", f"By{S['byline']}", S["role"], S["dateline"], "",
         "Key Events", ""]
    for e in S["entries"]:
        if e["kp"]:
            L += [f"{dt(e['t'], z):%H:%M}", e["h"]]
    L += ["", "Show all", "", "Want more Leicester news? Join our WhatsApp community for the day's top stories.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        if e["kp"]:
            L.append("KEY EVENT")
        L += [st] + ([e["h"]] if e["h"] else []) + [""] + paras_txt(e["p"]) + [e["a"], ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Load more", "", "Follow Leicestershire Live on Facebook", "Most Read", "Most Recent", "",
          "Leicester Mercury | Contact us | Terms and conditions | Privacy notice | Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_prothomalo(S):  # Prothom Alo English tag page, text scrape: headline, summary, agency line, place line, 'Published: 02 Dec, 23:45' (no year); Dhaka time implied. Newest first.
    z = S["zone"]
    L = ["Prothom Alo", "English", "\u09ac\u09be\u0982\u09b2\u09be", "Search", "",
         "Bangladesh  International  Opinion  Sports  Youth  Entertainment  Business  Lifestyle  Environment  Science & Tech  Photo  Video", "",
         "International", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Published: {d.day:02d} {MONTHS[d.month - 1][:3]}, {d:%H:%M}"; stamps.append(st)
        L += [e["h"], ""] + paras_txt(e["p"]) + [e["a"], e["loc"], st, ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Load More", "", "Follow Prothom Alo English on Facebook, X and LinkedIn", "",
          "About Us  |  Contact Us  |  Terms of Use  |  Privacy Policy  |  Advertise", "\u00a9 Prothom Alo"]
    return "\n".join(L) + "\n", stamps


def r_dunya(S):  # Dunya News (English) World listing, HTML: 'Last Updated On 12 December, 11:40 PM' (no year); Pakistan time implied;
    #               first paragraph opens with 'CITY (Agency) - '. Newest first.
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', '<title>World News - Dunya News</title>',
           '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsMediaOrganization","name":"Dunya News","url":"https://dunyanews.tv/en"}</script>',
           '</head><body>', '<div class="topbar"><a href="/en">English</a> | <a href="/ur">\u0627\u0631\u062f\u0648</a> | <a href="/en/live">Live TV</a></div>',
           '<header><a class="logo" href="/en">Dunya News</a><nav><a>Home</a> <a>Pakistan</a> <a>World</a> <a>Business</a> <a>Sports</a> '
           '<a>Entertainment</a> <a>Technology</a> <a>Health</a> <a>Weird</a> <a>Videos</a></nav></header>',
           f'<main><h1 class="cat-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Last Updated On {d.day:02d} {MONTHS[d.month - 1]}, {h12(d, 'AP')}"; stamps.append(st)
        href = f"/en/World/{771230 + i * 57}-{slugify(e['h'])}"
        out += ['<div class="news-box">', f'<h3><a href="{href}">{esc(e["h"])}</a></h3>', f'<p class="dt"><i class="clock"></i> {st}</p>']
        out += [f"<p>{esc(p)}</p>" for p in e["p"]] + [f'<a class="read-more" href="{href}">Read More</a>', "</div>"]
        if i == 3:
            out.append('<div class="ad">Advertisement</div>')
    out += ['<ul class="pager"><li>1</li><li>2</li><li>3</li><li>Next \u00bb</li></ul></main>',
            '<aside><h4>Most Read</h4><a>PM chairs meeting on power tariffs</a> <a>Rain likely in upper parts of country</a></aside>',
            '<footer>Dunya News \u00b7 About Us \u00b7 Contact Us \u00b7 Privacy Policy \u00b7 Complaints</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_seychelles(S):  # Seychelles Nation, RSS 2.0 from the site's own CMS: oldest item first, pubDate +0400, escaped-HTML descriptions, dc:creator
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.nation.sc</link>', '<description>Seychelles NATION - the national daily</description>',
           '<language>en</language>', f'<lastBuildDate>{S["build"]}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        body = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://www.nation.sc/articles/{20411 + i}/{slugify(e['h'])}</link>",
                f"<description>{esc(body)}</description>", f"<pubDate>{st}</pubDate>",
                f"<dc:creator>{esc(e['a'])}</dc:creator>" if e["a"] else "", f"<category>{e.get('cat', 'International')}</category>",
                f'<guid isPermaLink="false">nation-sc-{20411 + i}</guid>', "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(l for l in out if l) + "\n", stamps


# ============================================================ Part B renderers (invented outlets, invented layouts)

def r_dunnock(S):  # text live, newest first, 'HH:MM GMT' line before the headline, Key Points list, '— NAME' signature after the body
    z = S["zone"]
    L = ["DUNNOCK EVENING POST", "News  World  UK  Business  Sport  Culture  Weather   |   Sign in", "", "World > Europe", "", S["title"], S["updated"], "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Live updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        L += [st, e["h"], ""] + paras_txt(e["p"]) + [f"\u2014 {e['a']}", ""]
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["Show earlier updates", "", "Dunnock Evening Post \u00b7 Terms \u00b7 Privacy \u00b7 Cookie settings \u00b7 Contact"]
    return "\n".join(L) + "\n", stamps


def r_rushbrook(S):  # HTML live, OLDEST first; LiveBlogPosting JSON-LD with per-update times and authors; <time datetime> showing HH:MM; 'By NAME' under the h2
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{i + 1}", "headline": e["h"], "datePublished": d.isoformat()}
        if e["p"]:
            u["articleBody"] = "\n\n".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@type": "Organization", "name": S["source"]},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header><a class="logo" href="/">{S["source"]}</a><nav><a>Ukraine</a> <a>War</a> <a>Economy</a> <a>Opinion</a> <a>Support us</a></nav></header>',
           f'<main><p class="kicker">LIVE</p><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dayline"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>',
           '<p class="order">Updates appear in chronological order, the newest at the bottom.</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="update-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="by">By {esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if not e["p"]:
            out.append('<div class="video-embed" data-src="https://video.example/feo.mp4"></div>')
        out.append("</article>")
        if i == 2:
            out.append('<aside class="donate">Independent journalism from Ukraine needs your support. <a>Become a member</a></aside>')
    out += ['<p class="refresh">Refresh for the latest updates</p></main>', f'<footer>\u00a9 {S["source"]} \u00b7 About \u00b7 Editorial standards \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss(S):  # RSS 2.0 (general feeds); pubDate in the outlet's zone ('GMT' or an offset), CDATA description with <p> paragraphs, optional dc:creator
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
           '<channel>', f"<title>{esc(S['title'])}</title>", f"<link>{S['site']}</link>", f"<description>{esc(S['desc'])}</description>", "<language>en</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"{S['site']}/{e['top'] if e['sub'] != 'unrelated' else 'world'}/{slugify(e['h'])}-{i + 301}"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{link}</link>", f'<guid isPermaLink="true">{link}</guid>', f"<pubDate>{st}</pubDate>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        if S.get("content"):
            out.append(f"<description>{esc(e['p'][0][:120].rsplit(' ', 1)[0])} ...</description>")
            out.append("<content:encoded><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></content:encoded>")
        else:
            out.append("<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>")
        out.append("</item>")
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_atom(S):  # Atom 1.0; <published> ISO with the outlet's offset (or Z), <updated>, html content escaped, author per entry
    z = S["zone"]
    last = max(dt(e["t"], z) for e in S["entries"])
    zs = (lambda d: d.strftime("%Y-%m-%dT%H:%M:%SZ")) if S.get("zulu") else (lambda d: d.isoformat())
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f"<title>{esc(S['title'])}</title>",
           f"<subtitle>{esc(S['desc'])}</subtitle>", f'<link href="{S["site"]}/" rel="alternate"/>', f'<link href="{S["site"]}/feed.atom" rel="self"/>',
           f"<id>{S['site']}/feed.atom</id>", f"<updated>{zs(last.astimezone(UTC) if S.get('zulu') else last)}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); dd = d.astimezone(UTC) if S.get("zulu") else d
        st = zs(dd); stamps.append(st)
        nid = e.get("atom_id", str(S["nbase"] + i))
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["site"]}/news/{nid}" rel="alternate"/>', f"<id>{S['site']}/news/{nid}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_nettlecombe(S):  # text article: masthead, title, byline, dateline '26.12.2023, 22:10 CET', lede, section headings; one entry per section, stamp null
    z = S["zone"]
    L = ["NETTLECOMBE LEDGER", "Europe | World | Economy | Opinion | Newsletter", "", S["title"], "", f"By {S['byline']}", S["dateline"], "", S["lede"], "",
         "Share on X   Facebook   Email", ""]
    stamps = []
    for e in S["entries"]:
        L += [e["h"], ""] + paras_txt(e["p"]); stamps.append(None)
    L += [f"Read also: {S['more']}", "", "\u00a9 Nettlecombe Ledger. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_starling(S):  # HTML live, newest first, no JSON-LD; '<span class="ts">6:10 p.m. ET</span>' above the h2; author line under it; day line 'Wednesday, Dec. 27, 2023'
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - {S['source']}</title></head><body>",
           f'<header><div class="brand">{S["source"]}</div><nav>Home | Nation | World | Politics | Business | Opinion</nav><a class="sub">Subscribe for $1</a></header>',
           f'<main class="liveblog"><h1>{esc(S["title"])}</h1>', f'<p class="dayline">{esc(S["dayline"])}</p>', f'<p class="summary">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{h12(d, 'ap')} ET"; stamps.append(st)
        out.append(f'<div class="post"><span class="ts">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="author">{esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if not e["p"]:
            out.append('<div class="gallery"><img alt="" src="/g/1.jpg"><img alt="" src="/g/2.jpg"><span class="count">12 photos</span></div>')
        out.append("</div>")
        if i == 1:
            out.append('<div class="ad">ADVERTISEMENT</div>')
    out += ['<button class="load">Load more updates</button></main>', f'<footer>\u00a9 2023 {S["source"]}. All rights reserved. Terms \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_kettlesing(S):  # text live, OLDEST first; day line 'Wednesday, 27 December' (no year anywhere); 'HH:MM | Headline' on one line; 'Posted by NAME' after the body
    z = S["zone"]
    L = ["KETTLESING TIMES", "Live | World | Ukraine | Opinion | Podcasts", "", S["title"], S["dayline"], "", S["lede"], "", "Oldest first   |   Newest first", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [f"{st} | {e['h']}", ""] + paras_txt(e["p"]) + ([f"Posted by {e['a']}", ""] if e["a"] else [])
        if i == 2:
            L += ["Sponsored content", ""]
    L += ["End of updates for today", "", "Kettlesing Times \u00b7 Privacy \u00b7 Terms \u00b7 Corrections"]
    return "\n".join(L) + "\n", stamps


def r_greywether(S):  # HTML article with h2 sections; NewsArticle JSON-LD; visible '<time datetime>' dateline with CET; one entry per section, stamp null
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(), "dateModified": d0.isoformat(),
          "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": S["source"]}, "description": S["lede"]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header><a class="logo">{S["source"]}</a><nav>Europe \u00b7 World \u00b7 Analysis \u00b7 Culture</nav></header>',
           f'<article><h1>{esc(S["title"])}</h1>', f'<p class="byline">By {esc(S["byline"])}</p>',
           f'<p class="pub">Published <time datetime="{d0.isoformat()}">{d0.day} {MONTHS[d0.month - 1]} {d0.year}, {d0:%H:%M} CET</time></p>',
           f'<p class="standfirst"><strong>{esc(S["lede"])}</strong></p>']
    stamps = []
    for e in S["entries"]:
        out.append(f"<h2>{esc(e['h'])}</h2>"); out += [f"<p>{esc(p)}</p>" for p in e["p"]]; stamps.append(None)
    out += ['<div class="share">Share this article: <a>X</a> <a>Facebook</a> <a>LinkedIn</a></div>',
            f'<section class="related"><h3>More on this topic</h3><a>{esc(S["more"])}</a></section></article>',
            f'<footer>\u00a9 {S["source"]} \u00b7 Imprint \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def rel_stamp(d, ref):
    mins = int((ref - d).total_seconds() // 60)
    assert mins >= 0 and (mins < 60 or mins % 60 == 0), (d, ref)
    if mins < 60:
        return f"{mins} minutes ago"
    return "1 hour ago" if mins == 60 else f"{mins // 60} hours ago"


def r_hollins(S):  # text live, newest first; relative stamps '2 hours ago' against the printed 'Last updated: 20 November 2023, 20:40 (Kyiv time)'; author line 'By NAME'
    z = S["zone"]; ref = dt(S["ref"], z)
    L = ["HOLLINS CROSS DAILY", "Ukraine | Europe | World | Business | Opinion", "", S["title"],
         f"Last updated: {ref.day} {MONTHS[ref.month - 1]} {ref.year}, {ref:%H:%M} (Kyiv time)", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rel_stamp(d, ref); stamps.append(st)
        L += [st, e["h"]] + ([f"By {e['a']}"] if e["a"] else []) + [""] + paras_txt(e["p"])
        if not e["p"]:
            L += ["[Video 0:48]", ""]
        if i == 2:
            L += ["Support our reporting from Ukraine \u2014 subscribe today", ""]
    L += ["Load older posts", "", "\u00a9 Hollins Cross Daily \u00b7 Contacts \u00b7 Privacy policy"]
    return "\n".join(L) + "\n", stamps


def r_cowlstead(S):  # HTML live, OLDEST first; JSON-LD @graph with @type array ["NewsArticle","LiveBlogPosting"] and per-update times; visible '2.15pm' in <time>
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#block-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
                    "articleBody": " ".join(e["p"]), "author": {"@type": "Person", "name": e["a"]} if e["a"] else None})
    for u in ups:
        if u["author"] is None:
            del u["author"]
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(), "dateModified": last.isoformat(),
         "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups},
        {"@type": "Organization", "@id": "https://www.cowlsteadgazette.co.uk/#org", "name": S["source"]}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header><a class="logo">{S["source"]}</a><nav>News \u00b7 World \u00b7 Politics \u00b7 Sport \u00b7 Lifestyle</nav><a>Sign up</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dek">{esc(S["lede"])}</p>', f'<p class="meta">{esc(S["dayline"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, "dot"); stamps.append(st)
        out.append(f'<section class="block" id="block-{i + 1}"><p class="when"><time datetime="{d.isoformat()}">{st}</time></p><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">{esc(e["a"])}</p>')
        out.append("</section>")
        if i == 2:
            out.append('<div class="promo">Get our free Morning Briefing every weekday \u2014 <a>sign up here</a></div>')
    out += ['</main>', f'<footer>{S["source"]} \u00b7 Privacy \u00b7 Terms \u00b7 Contact</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_tarnhow(S):  # text round-up: title, byline, dateline '20 November 2023, 21:30 EET', section labels, one bullet per development (no headlines, no per-bullet time)
    z = S["zone"]
    L = ["TARNHOW BULLETIN", "News | Region | World | Economy | Opinion", "", S["title"], "", f"By {S['byline']}", S["dateline"], "", S["lede"], ""]
    stamps = []; cur = None
    for e in S["entries"]:
        if e["sect"] != cur:
            cur = e["sect"]; L += [cur, ""]
        L += paras_txt(e["p"]); stamps.append(None)
    L += ["Related: " + S["more"], "", "\u00a9 Tarnhow Bulletin \u00b7 Terms \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


# ============================================================ PART A: ten real outlets' layouts, one page each (own words)
SEEDS = []

SEEDS.append(dict(id="5900", name="5900_post-gazette-world", ext="txt", source="Pittsburgh Post-Gazette", zone="America/New_York", render=r_pg,
  title="World News", clock="Monday, October 2, 2023",
  notes="Imitates the Pittsburgh Post-Gazette World news listing, copied as text. Newest first. Each item: headline, teaser paragraph(s), then the wire credit in capitals (per item) and the stamp 'OCT 2, 2023 7:40 PM' AFTER the text. No zone printed: US Eastern implied by the outlet (EDT, UTC-4). 5900-04 and 5900-07 are two reports of the same overnight drone attack (same story, not a repeat: different wording and facts).",
  not_entries=["'Skip to main content', masthead, clock line 'Monday, October 2, 2023', subscribe/log-in line", "section menu line", "cookie notice with ACCEPT",
               "section title 'World News' and the 'Latest' label", "'ADVERTISEMENT'", "newsletter box ('Get the morning's top stories ...', 'Email address  SIGN UP')",
               "'LOAD MORE'", "'Most Read' box with two local links (Route 28, Steelers)", "footer links and copyright"],
  entries=[
  E("2023-10-02 19:40", "Biden tells allies U.S. help for Ukraine will not dry up",
    ["President Joe Biden held a call on Monday with the leaders of several allied governments and promised that American support for Ukraine would keep flowing, two days after Congress passed a stopgap budget that left out new money for Kyiv.",
     "The White House said the Pentagon still had some authority left to ship weapons from its stocks, but officials conceded it would not stretch far without fresh funding."],
    "aid", "aid", 3, "biden-allies-call-ukraine-funding-2023-10-02", a="THE ASSOCIATED PRESS", sec=["diplomacy"],
    n="Head-of-state call about keeping aid flowing: headline leads with the aid -> aid, diplomacy secondary."),
  E("2023-10-02 17:15", "Ukraine aid faces harder path in House after shutdown deal",
    ["A separate bill to pay for Ukraine's defense could struggle to reach the House floor, several Republican lawmakers said Monday, as a bloc inside the party vowed to oppose any more spending on the war."],
    "aid", "aid", 2, "us-house-ukraine-aid-bill-prospects", a="THE WASHINGTON POST",
    n="Same theme as 5900-01 (US funding) but a different event (House prospects vs the president's call): separate story."),
  E("2023-10-02 14:30", "EU foreign ministers hold rare meeting in Kyiv",
    ["Foreign ministers from the European Union gathered in the Ukrainian capital on Monday, the first time the bloc's top diplomats have met outside its borders, in a gesture meant to show that European backing for Ukraine remains firm.",
     "The EU's foreign policy chief, Josep Borrell, said he would propose a fund to pay for military support to Kyiv over several years."],
    "diplomacy", "diplomacy", 3, "eu-foreign-ministers-kyiv-meeting-2023-10-02", a="THE ASSOCIATED PRESS", sec=["aid"]),
  E("2023-10-02 12:05", "Drone debris sets fire to grain warehouse near Odesa",
    ["Wreckage from drones shot down over the Odesa region overnight started a fire at a grain storage site and damaged several houses, the regional governor said Monday.",
     "No one was hurt, he said."],
    "strikes", "strikes", 2, "russian-overnight-drone-attack-2023-10-02", a="BLOOMBERG NEWS"),
  E("2023-10-02 10:20", "Populist's win in Slovakia casts doubt on arms shipments",
    ["Robert Fico, whose party came first in Slovakia's weekend election, was asked by the country's president on Monday to try to form a government, raising the prospect that Bratislava could stop the military aid it has been sending to neighboring Ukraine."],
    "other", "politics", 2, "slovakia-election-fico-coalition-talks", a="THE ASSOCIATED PRESS", sec=["aid"],
    n="Domestic politics of a donor country, framed by the war (arms shipments) -> other/politics, aid secondary; not off-beat."),
  OFF("2023-10-02 08:45", "Two scientists behind mRNA vaccines awarded Nobel Prize in medicine",
      ["The Nobel Prize in physiology or medicine went on Monday to Katalin Karik\u00f3 and Drew Weissman, whose work on modified messenger RNA opened the way for the COVID-19 vaccines given to billions of people."],
      "nobel-medicine-prize-2023", a="THE ASSOCIATED PRESS", n="Nobel prize."),
  E("2023-10-02 06:10", "Ukraine says it downed most drones in overnight attack",
    ["Ukraine's air force said Monday that its air defenses destroyed 29 of the 31 attack drones Russia launched overnight, most of them aimed at the southern Odesa and Mykolaiv regions."],
    "strikes", "strikes", 2, "russian-overnight-drone-attack-2023-10-02", a="REUTERS",
    n="Same overnight attack as 5900-04 (earlier report, interception count): same story, both importance 2 (no deaths, moderate size)."),
  ]))

SEEDS.append(dict(id="5901", name="5901_indystar-article", ext="html", source="The Indianapolis Star", zone="America/New_York", render=r_indystar,
  title="Deadly strike near Kharkiv, a $106 billion request: What to know about the Russia-Ukraine war", byline="Kendra Wojcik",
  published_t="2023-10-21 08:02", updated_t="2023-10-21 16:40", url="https://www.indystar.com/story/news/world/2023/10/21/russia-ukraine-war-what-to-know/71266310007/",
  caption="Rescuers search the damaged sorting terminal outside Kharkiv on Saturday.",
  lede="A missile strike on a parcel depot outside Kharkiv, a new funding fight in Washington and a grinding Russian offensive in the east shaped the war this week. Here is what to know.",
  contrib="Contributing: Associated Press",
  notes="Imitates an IndyStar (Gannett / USA TODAY Network) article page in HTML: one page byline ('Kendra Wojcik' / 'USA TODAY'), a dateline 'Published 8:02 a.m. ET Oct. 21, 2023 | Updated 4:40 p.m. ET Oct. 21, 2023', a lede paragraph and five h2 sections. NewsArticle JSON-LD (datePublished/dateModified with -04:00). Per the convention for articles with sections, each section is one entry (headline = the h2, stamp null, published = the article's first 'Published' time 08:02 EDT = 12:02 UTC; the 'Updated' time is not used), author = the page byline. Zone printed as 'ET' (EDT, UTC-4).",
  not_entries=["skip link, logo, menu, Subscribe / Sign In", "section label 'WORLD'", "title h1 (page title)", "byline block and the Published/Updated dateline",
               "'Gift Article', 'Share', 'Comment' buttons", "photo caption with 'Show Caption' / 'Hide Caption'", "lede paragraph 'A missile strike on a parcel depot ... Here is what to know.'",
               "newsletter box after the second section", "'Contributing: Associated Press'", "footer links and copyright"],
  entries=[
  E("2023-10-21 08:02", "Missile kills six at postal depot near Kharkiv",
    ["A Russian S-300 missile slammed into a sorting terminal run by a private delivery company in the Kharkiv region early Saturday, killing six employees and wounding more than a dozen, regional governor Oleh Syniehubov said.",
     "Most of the victims were young workers finishing a night shift, he said.",
     "The company said the depot handled parcels for civilians across northeastern Ukraine."],
    "strikes", "strikes", 3, "kharkiv-postal-depot-strike-2023-10-21", a="Kendra Wojcik"),
  E("2023-10-21 08:02", "Biden asks Congress for $61 billion more for Ukraine",
    ["The White House on Friday sent lawmakers a $106 billion emergency request that bundles aid for Ukraine and Israel with money for the southern border and the Indo-Pacific.",
     "About $61 billion of it would go to Ukraine, much of it to replace weapons already shipped from American stocks.",
     "House Republicans, still without a speaker, signaled they want the pieces voted on separately."],
    "aid", "aid", 3, "biden-106bn-supplemental-request", a="Kendra Wojcik"),
  E("2023-10-21 08:02", "Russia throws more troops at Avdiivka",
    ["Russian forces pressed their assault on the industrial town of Avdiivka for an 11th day, Ukraine's military said, describing waves of infantry and armored attacks that were costing Moscow heavy losses."],
    "other", "frontline", 2, "avdiivka-russian-offensive-october-2023", a="Kendra Wojcik"),
  E("2023-10-21 08:02", "Kremlin bristles at Biden's Oval Office speech",
    ["Kremlin spokesman Dmitry Peskov said Moscow rejected Biden's remarks linking Russia's invasion of Ukraine with the Hamas attack on Israel, calling the comparison unacceptable."],
    "diplomacy", "diplomacy", 2, "kremlin-reaction-biden-address", a="Kendra Wojcik"),
  E("2023-10-21 08:02", "Indianapolis Ukrainians send generators east",
    ["A volunteer group from Indianapolis' Ukrainian community loaded 40 portable generators onto a truck bound for a port in New Jersey on Saturday, the first of several shipments it hopes to get to front-line towns before winter.",
     "Organizer Oksana Hrytsenko said donations had slowed since last year but picked up after news of fresh attacks on Ukraine's power grid."],
    "aid", "aid", 2, "indianapolis-ukrainians-generator-shipment", a="Kendra Wojcik",
    n="Private humanitarian supplies sent to Ukraine -> aid (convention in README), importance 2."),
  ]))

SEEDS.append(dict(id="5902", name="5902_courier-journal-rss", ext="xml", source="The Courier-Journal", zone="UTC", render=r_cj,
  title="Courier Journal - World", build="Sat, 28 Oct 2023 21:58:30 GMT",
  notes="Imitates a Courier-Journal (Gannett) RSS 2.0 section feed: newest first, pubDate in GMT with seconds (the printed zone, so page_timezone is UTC although the outlet is in Louisville), teaser-only description (one paragraph each), dc:creator per item (wire or staff name). published keeps the minute; the seconds printed in pubDate are dropped.",
  not_entries=["channel title, link, description, language, copyright, lastBuildDate, ttl", "media:content image references"],
  entries=[
  E("2023-10-28 21:40", "Envoys from dozens of nations discuss Ukraine's peace plan in Malta",
    ["National security advisers and diplomats from more than 60 countries met in Malta on Saturday for a third round of talks on the principles Ukraine says must underpin any settlement, with Russia not invited."],
    "diplomacy", "diplomacy", 3, "malta-peace-formula-meeting-2023-10-28", a="Associated Press", sec_s=17),
  E("2023-10-28 18:15", "Shelling kills two in Kherson, governor says",
    ["Russian artillery fire killed two people and wounded three more in the city of Kherson on Saturday, the regional governor said in a post on Telegram."],
    "strikes", "strikes", 3, "kherson-shelling-2023-10-28", a="Associated Press", sec_s=40),
  E("2023-10-28 15:52", "Fort Knox-based command marks a busy year on NATO's eastern flank",
    ["Soldiers of the Army's V Corps, headquartered at Fort Knox, have now spent more than a year rotating through the corps' forward post in Pozna\u0144, Poland, where the workload has grown since Russia's full-scale invasion of Ukraine, the Army said."],
    "other", "security", 2, "v-corps-poland-rotation-fort-knox", a="Dana Whitlock", sec_s=3,
    n="Local angle: US troop posture in Poland (not a party's procurement or a strike) -> other/security."),
  E("2023-10-28 12:31", "Ukraine says it beat back fresh assaults around Avdiivka",
    ["Ukrainian troops repelled more than a dozen Russian attacks around the eastern town of Avdiivka over the past day, the General Staff said Saturday."],
    "other", "frontline", 2, "avdiivka-assaults-2023-10-28", a="Reuters", sec_s=55),
  OFF("2023-10-28 09:05", "Israel widens ground operations in Gaza",
      ["Israeli troops and tanks pushed further into the Gaza Strip overnight as the military announced an expansion of its ground operations, while phone and internet links across the territory were largely cut."],
      "israel-gaza-ground-operations-2023-10-28", a="Associated Press", sec_s=12, n="Israel-Gaza war, not the Russia-Ukraine war."),
  E("2023-10-28 06:20", "Russia reports downing drones over border regions",
    ["Russia's Defense Ministry said Saturday that its air defenses had destroyed Ukrainian drones over the Belgorod and Kursk regions overnight, with no casualties reported."],
    "strikes", "strikes", 2, "russia-downs-drones-border-regions-2023-10-28", a="Reuters", sec_s=48),
  ]))

SEEDS.append(dict(id="5903", name="5903_detroitnews-thelatest", ext="txt", source="The Detroit News", zone="Europe/Kyiv", render=r_detroit,
  title="The Latest: Ukraine says it struck a shipyard in Crimea as Russia shells the south",
  published_et="2023-11-04 03:10", updated_et="2023-11-04 19:20",
  intro="KYIV, Ukraine (AP) \u2014 Here is the latest on the war in Ukraine (all times local):",
  outro="More of AP's reporting on the war in Ukraine: https://apnews.com/hub/russia-ukraine",
  notes="Imitates The Detroit News (Gannett platform) carrying an AP 'The Latest' story, copied as text. Items have NO headlines: each is a bare time line ('1:15 a.m.'), body paragraphs and a '___' separator; newest first. Times are 'local' per the intro line, i.e. Kyiv time (EET, UTC+2 since 29 October); the page header is in US Eastern ('Published 3:10 a.m. ET Nov. 4, 2023 | Updated 7:20 p.m. ET Nov. 4, 2023', EDT = UTC-4) and agrees: 03:10 ET = 09:10 Kyiv, 19:20 ET = 01:20 Kyiv on 5 Nov. Midnight crossing: the two top items (1:15 a.m., 12:40 a.m.) are Sunday 5 November in Kyiv but still 4 November in UTC. Author: the page byline 'Associated Press' for every item. Some first paragraphs open with a dateline ('MOSCOW \u2014 '), kept in first_sentence as printed.",
  not_entries=["skip link, masthead, Subscribe / Sign In, menu", "section label 'NATION/WORLD'", "title line (page title)", "'Associated Press' byline line", "Published/Updated ET line",
               "'Gift Article', 'Share'", "intro line 'KYIV, Ukraine (AP) \u2014 Here is the latest ... (all times local):'", "every '___' separator",
               "closing link line to AP's coverage", "AP copyright line", "footer line"],
  entries=[
  E("2023-11-05 01:15", None,
    ["Ukraine's air force said its pilots had struck the Zaliv shipyard in Kerch, in Russian-occupied Crimea, and hit a warship moored there.",
     "It did not say what kind of weapons were used."],
    "strikes", "strikes", 3, "kerch-shipyard-strike-2023-11-04", a="Associated Press", n="Headline-less AP item; 1:15 a.m. Kyiv on 5 Nov = 23:15 UTC on 4 Nov."),
  E("2023-11-05 00:40", None,
    ["MOSCOW \u2014 Russia's Defense Ministry said Ukraine fired 15 cruise missiles at Crimea on Saturday evening and that 13 were shot down, but acknowledged that one ship was damaged in the attack on Kerch.",
     "The ministry did not name the vessel."],
    "strikes", "strikes", 3, "kerch-shipyard-strike-2023-11-04", a="Associated Press", n="Same strike as 5903-01 (Russian account)."),
  E("2023-11-04 21:50", None,
    ["Defense Minister Rustem Umerov said a criminal investigation was underway into the deaths of soldiers killed by a Russian missile while they were gathered for an awards ceremony near the front in the Zaporizhzhia region.",
     "The military has not said how many died.",
     "Ukrainian media reported that at least 19 were killed."],
    "strikes", "strikes", 3, "zaporizhzhia-brigade-ceremony-strike", a="Associated Press",
    n="Official reaction whose content is the deadly strike itself -> strikes."),
  E("2023-11-04 18:20", None,
    ["A Russian strike on a residential area of Kherson killed a 62-year-old man and wounded two women, the regional administration said."],
    "strikes", "strikes", 3, "kherson-strike-2023-11-04", a="Associated Press"),
  E("2023-11-04 15:05", None,
    ["European Commission President Ursula von der Leyen arrived in Kyiv for talks with President Volodymyr Zelenskyy, days before the Commission is due to give its opinion on Ukraine's bid to join the European Union.",
     "Zelenskyy told reporters at a joint news conference that the war had not reached a stalemate."],
    "diplomacy", "diplomacy", 3, "von-der-leyen-kyiv-visit-2023-11-04", a="Associated Press"),
  E("2023-11-04 11:30", None,
    ["Russian shelling knocked out power to about a dozen villages in the Kharkiv region, where repair crews were working to restore supply before temperatures drop, the regional energy company said."],
    "strikes", "strikes", 2, "kharkiv-region-shelling-power-cut-2023-11-04", a="Associated Press"),
  E("2023-11-04 09:05", None,
    ["Ukraine's air force said it shot down 24 of the 38 Shahed drones Russia launched overnight, mostly at the Odesa, Mykolaiv and Kharkiv regions."],
    "strikes", "strikes", 2, "russian-drone-attack-2023-11-04", a="Associated Press"),
  ]))

SEEDS.append(dict(id="5904", name="5904_therecord-world", ext="html", source="Waterloo Region Record", zone="America/Toronto", render=r_record,
  title="World",
  notes="Imitates the Waterloo Region Record (Torstar) World listing in HTML. Newest first. Each card: headline link, abstract, 'By The Canadian Press' (or agency/staff), and a meta line whose visible text is only the date 'Mon., Nov. 13, 2023' plus 'timer2 min. read'; the time of day is only in the <time datetime> attribute (with -05:00). stamp = the printed date text; published comes from the datetime attribute. Zone America/Toronto (EST, UTC-5).",
  not_entries=["logo, menu, Subscribe / Sign In", "section title 'World'", "'timer' icon text and 'N min. read' on every card", "'Advertisement'", "'Load more'",
               "newsletter box", "footer links and copyright"],
  entries=[
  E("2023-11-13 18:40", "Canada sanctions Russians it links to deportation of Ukrainian children",
    ["Foreign Affairs Minister M\u00e9lanie Joly announced sanctions on Monday against 11 Russian individuals and two organizations that Ottawa says took part in moving Ukrainian children to Russia."],
    "diplomacy", "diplomacy", 2, "canada-sanctions-child-deportations", byl="The Canadian Press", a="The Canadian Press", read=2),
  E("2023-11-13 16:05", "Region's Ukrainian newcomers weigh their futures as emergency program winds down",
    ["Hundreds of Ukrainians who came to Waterloo Region under Canada's emergency travel program are trying to sort out work permits and permanent residency before the special pathway closes next spring, settlement workers say.",
     "A Kitchener settlement agency said its waiting list for appointments had doubled since the summer."],
    "other", "humanitarian", 2, "waterloo-region-ukrainian-newcomers-cuaet", byl="Lidia Haskett Record Reporter", a="Lidia Haskett", read=4,
    n="Byline printed 'By Lidia Haskett Record Reporter' (name and role run together); author = the name."),
  E("2023-11-13 13:20", "EU ministers concede shell target for Ukraine is slipping",
    ["European Union foreign ministers meeting in Brussels acknowledged that the bloc is unlikely to deliver the million artillery shells it promised Ukraine by next March."],
    "aid", "aid", 2, "eu-million-shells-target-slipping", byl="The Associated Press", a="The Associated Press", sec=["diplomacy"], read=3),
  E("2023-11-13 10:45", "Russian strikes kill two in Kherson region villages",
    ["Russian shelling and a guided bomb attack killed two civilians and wounded four others in villages along the Dnipro River in Ukraine's Kherson region, local officials said Monday."],
    "strikes", "strikes", 3, "kherson-region-strikes-2023-11-13", byl="The Associated Press", a="The Associated Press", read=2),
  E("2023-11-13 08:30", "Ukraine says its marines are holding ground across the Dnipro",
    ["Ukrainian forces have held several positions on the Russian-occupied eastern bank of the Dnipro River for weeks despite heavy shelling, Ukraine's navy said, in the most detailed acknowledgment yet of the operation."],
    "other", "frontline", 2, "dnipro-left-bank-positions-2023-11-13", byl="Reuters", a="Reuters", read=2),
  OFF("2023-11-13 06:10", "British prime minister fires his interior minister",
      ["Rishi Sunak removed Suella Braverman as home secretary on Monday, days after she accused London police of bias in their handling of pro-Palestinian marches."],
      "uk-braverman-dismissed", byl="The Associated Press", a="The Associated Press", read=2, n="UK domestic politics."),
  ]))

SEEDS.append(dict(id="5905", name="5905_bendigo-advertiser-world", ext="html", source="Bendigo Advertiser", zone="Australia/Melbourne", render=r_bendigo,
  title="World",
  notes="Imitates a Bendigo Advertiser (Australian Community Media) World listing in HTML. Cards listed by last-update time, newest first; each has headline, standfirst (+ paragraph), 'By NAME' and an ACM date line, either 'November 6 2023 - 11:05pm' or 'Updated November 7 2023 - 9:10am, first published 8:40am' (the first-publication date is repeated when it differs: 'first published November 6 2023 - 11:50pm'). published = the FIRST-published time. No zone printed: Victoria, AEDT (UTC+11) implied. The page crosses local midnight (6 -> 7 November AEDT) while every entry is on 6 November UTC.",
  not_entries=["masthead, weather '14\u00b0', menu, Subscribe / Log in", "BreadcrumbList JSON-LD", "section title 'World'", "newsletter box", "footer"],
  entries=[
  E("2023-11-07 08:40", "Zelensky says a wartime election would be wrong",
    ["Ukraine's President Volodymyr Zelensky has said it would be irresponsible to hold a presidential election while the country is at war, effectively ruling out a vote that would otherwise have been due next March."],
    "other", "politics", 2, "zelensky-rules-out-wartime-election", a="Jennifer Ostrowski", upd="2023-11-07 09:10"),
  E("2023-11-07 06:15", "Bendigo-built Bushmasters seen in action in Ukraine's south",
    ["Protected vehicles made at the Thales factory in Bendigo are being used by Ukrainian units near Zaporizhzhia, according to footage released by Ukraine's defence ministry.",
     "Australia has committed 120 Bushmasters to Ukraine since 2022."],
    "aid", "aid", 2, "bendigo-bushmasters-ukraine", a="Ray Calloway", n="Local angle on delivered Australian armoured vehicles -> aid."),
  E("2023-11-06 23:50", "Eight hurt as Russian missiles hit Odesa's old town",
    ["A Russian missile attack on Odesa damaged the city's fine arts museum and several buildings in the historic centre, injuring eight people, Ukrainian officials said."],
    "strikes", "strikes", 2, "odesa-art-museum-strike-2023-11-06", a="Associated Press", upd="2023-11-07 00:20",
    n="Updated after local midnight (7 Nov, 12:20am) but first published 6 Nov 11:50pm AEDT = 12:50 UTC."),
  E("2023-11-06 23:05", "Fresh IAEA team crosses front line to occupied nuclear plant",
    ["A new team of International Atomic Energy Agency experts has crossed the front line to replace colleagues at the Zaporizhzhia nuclear power plant, the agency said."],
    "other", "security", 2, "iaea-zaporizhzhia-team-rotation", a="Reuters"),
  OFF("2023-11-06 22:10", "Showers forecast for Flemington on Cup day",
      ["Forecasters expect showers at Flemington for Tuesday's Melbourne Cup, with trainers of several of the leading chances saying a softer track would not hurt their horses."],
      "melbourne-cup-weather-2023", a="Hamish Tolley", n="Horse racing."),
  E("2023-11-06 21:30", "Two killed in shelling of Beryslav",
    ["Russian shelling of Beryslav, a town on the Dnipro River in southern Ukraine, killed two residents on Monday, the Kherson regional governor said."],
    "strikes", "strikes", 3, "beryslav-shelling-2023-11-06", a="Associated Press", upd="2023-11-06 22:45"),
  ]))

SEEDS.append(dict(id="5906", name="5906_leicester-mercury-live", ext="txt", source="Leicester Mercury", zone="Europe/London", render=r_leicester,
  title="Russia Ukraine war live: Finland closes border crossings as Ukraine reports new push near Avdiivka",
  standfirst="All the latest from the war in Ukraine as Finland shuts four crossings on its border with Russia",
  byline="Polly Harcastle", role="Live News Reporter", dateline="09:12, 18 NOV 2023Updated17:48, 18 NOV 2023",
  notes="Imitates a Leicester Mercury (Reach plc) live blog copied as text. Newest first. Each post: optional 'KEY EVENT' label, a bare 'HH:MM' line, the headline (one post, 5906-02, has none: the body follows the time line directly), body, and the author's name. A 'Key Events' list at the top repeats time + headline of two posts: it is the page's key-points block (key_point true for those two, importance 3) and its lines are not entries. Page byline 'ByPolly Harcastle' (glued) with role and dateline '09:12, 18 NOV 2023Updated17:48, 18 NOV 2023'; per-post authors differ. UK time, GMT = UTC in November.",
  not_entries=["masthead, 'Menu  Search', section menu, 'Sign in'", "breadcrumb 'News  >  World News'", "title line", "standfirst line", "'Bookmark', 'Share', 'Comments'",
               "page byline 'ByPolly Harcastle', role line and dateline", "the 'Key Events' list (time and headline lines repeating two posts) and 'Show all'",
               "WhatsApp community promo line", "'KEY EVENT' labels", "'Advertisement'", "'Load more'", "Facebook promo, 'Most Read', 'Most Recent'", "footer line"],
  entries=[
  E("2023-11-18 17:48", "Finland shuts four crossing points on Russian border",
    ["Finland closed four of its busiest road crossings with Russia at midnight, accusing Moscow of steering migrants without visas towards the frontier.",
     "The Finnish government said the remaining crossings in the north would stay open for asylum claims."],
    "other", "security", 2, "finland-border-crossings-closed-2023-11-18", a="Polly Harcastle"),
  E("2023-11-18 16:30", None,
    ["The Ministry of Defence says Russian aircraft have almost certainly stepped up their use of glide bombs against Ukrainian positions around Avdiivka over the past week.",
     "Its daily intelligence update said the weapons allow Russian jets to strike from beyond the reach of most Ukrainian air defences."],
    "strikes", "strikes", 2, "uk-mod-glide-bombs-avdiivka-assessment", a="Dev Mistry",
    n="Post without a headline (time line, then body). Assessment of aerial attacks -> strikes."),
  E("2023-11-18 15:05", "Drones shot down on approach to Kyiv",
    ["Air defences destroyed all nine drones that approached Kyiv overnight, the capital's military administration said, with falling debris damaging cars in the Solomianskyi district."],
    "strikes", "strikes", 2, "kyiv-drone-attack-2023-11-18", a="Dev Mistry"),
  E("2023-11-18 13:40", "Leicestershire households urged to keep hosting Ukrainian families",
    ["Leicestershire County Council is appealing for more households to keep hosting Ukrainian families as many of the first Homes for Ukraine placements come to an end.",
     "Around 600 Ukrainians are living in the county under the scheme, the council said."],
    "other", "humanitarian", 2, "leicestershire-homes-for-ukraine-hosts", a="Polly Harcastle"),
  E("2023-11-18 12:15", "Woman killed as Russian shells hit Kherson",
    ["A 45-year-old woman was killed and two men were wounded when Russian artillery struck a residential street in Kherson this morning, regional governor Oleksandr Prokudin said."],
    "strikes", "strikes", 3, "kherson-shelling-2023-11-18", a="Dev Mistry", kp=True),
  E("2023-11-18 10:50", "UK to back Ukraine grain shipments with insurance scheme",
    ["Britain will help underwrite insurance for ships carrying Ukrainian grain through the Black Sea, the Foreign Office said, in a bid to keep the route open after Russia quit the UN-brokered export deal in July."],
    "aid", "aid", 2, "uk-black-sea-grain-insurance", a="Polly Harcastle", n="Financial support for Ukraine's exports -> aid."),
  E("2023-11-18 09:30", "Russian forces launch new push near Avdiivka, Ukraine says",
    ["Russian troops backed by armoured vehicles have launched a fresh wave of attacks on Avdiivka from the north and south, Ukraine's military said.",
     "A spokesman for the eastern command said dozens of assaults had been repelled overnight."],
    "other", "frontline", 3, "avdiivka-new-push-2023-11-18", a="Polly Harcastle", kp=True),
  ]))

SEEDS.append(dict(id="5907", name="5907_prothomalo-tag", ext="txt", source="Prothom Alo", zone="Asia/Dhaka", render=r_prothomalo,
  title="Russia-Ukraine war", parse_args=["--date", "2023-12-02"],
  notes="Imitates a Prothom Alo English tag page copied as text. Newest first. Each card: headline, summary, agency line (AFP / AP / Reuters), place line, 'Published: 02 Dec, 23:45'. NO YEAR is printed anywhere (parse_args --date 2023-12-02, the printed local day). No zone printed: Bangladesh time (UTC+6) implied; every card is 2 December local and 2 December UTC.",
  not_entries=["site name, 'English', Bangla link, 'Search'", "section menu", "'International' label and tag title 'Russia-Ukraine war'", "'Advertisement'", "'Load More'",
               "social promo line", "footer links and '\u00a9 Prothom Alo'", "agency and place lines are part of each card's credit, not entries"],
  entries=[
  E("2023-12-02 23:45", "Zelensky admits counteroffensive fell short",
    ["Ukrainian president Volodymyr Zelensky has acknowledged that the summer counteroffensive did not bring the results Kyiv had hoped for, but said his forces were not retreating."],
    "other", "frontline", 2, "zelensky-counteroffensive-fell-short", a="AP", loc="Kyiv"),
  E("2023-12-02 21:10", "Moscow says it destroyed drones over Crimea",
    ["Russian air defences shot down several Ukrainian drones over the Crimean peninsula, the defence ministry in Moscow said."],
    "strikes", "strikes", 2, "crimea-drones-downed-2023-12-02", a="Reuters", loc="Moscow"),
  OFF("2023-12-02 18:30", "COP28: more than 110 countries back tripling renewable power",
      ["More than 110 countries at the COP28 climate summit in Dubai signed up to a pledge to triple the world's renewable energy capacity by 2030."],
      "cop28-renewables-pledge", a="AFP", loc="Dubai", n="Climate summit."),
  E("2023-12-02 16:55", "Ukraine to dig in along front as winter nears",
    ["Ukraine is speeding up the building of fortifications along the front line, President Zelensky said, as Kyiv prepares for a harder winter on the battlefield."],
    "other", "frontline", 2, "ukraine-fortifications-drive", a="AFP", loc="Kyiv"),
  E("2023-12-02 14:20", "Fire at Russian fuel depot after drone attack",
    ["A drone attack set fire to a fuel storage tank in Russia's Bryansk region, near the border with Ukraine, the local governor said, adding that no one was injured."],
    "strikes", "strikes", 2, "bryansk-fuel-depot-drone-2023-12-02", a="Reuters", loc="Moscow"),
  E("2023-12-02 12:10", "Kremlin sees no basis for peace talks",
    ["The Kremlin said there were currently no conditions for negotiations with Ukraine and accused Western governments of pushing Kyiv to keep fighting."],
    "diplomacy", "diplomacy", 2, "kremlin-no-basis-for-talks-2023-12-02", a="AFP", loc="Moscow"),
  ]))

SEEDS.append(dict(id="5908", name="5908_dunyanews-world", ext="html", source="Dunya News", zone="Asia/Karachi", render=r_dunya,
  title="World", parse_args=["--date", "2023-12-12"],
  notes="Imitates the Dunya News English World listing in HTML. Newest first. Each box: headline link, 'Last Updated On 12 December, 11:40 PM' (the only time printed, taken as published), one or two paragraphs, 'Read More'. NO YEAR anywhere (parse_args --date 2023-12-12). No zone printed: Pakistan time (PKT, UTC+5) implied. First paragraphs open with a dateline and agency ('WASHINGTON (Reuters) - '), kept in first_sentence as printed; no bylines, so author null. 5908-01 and 5908-03 are two moments of one visit (Zelensky in Washington): same story.",
  not_entries=["top bar (English / Urdu / Live TV), logo, menu", "NewsMediaOrganization JSON-LD", "category title 'World'", "'Read More' under every box", "'Advertisement'",
               "pager '1 2 3 Next \u00bb'", "'Most Read' aside with two Pakistani links", "footer"],
  entries=[
  E("2023-12-12 23:40", "Biden hosts Zelensky at White House as aid stalls in Congress",
    ["WASHINGTON (Reuters) - US President Joe Biden was due to host Ukrainian President Volodymyr Zelensky at the White House on Tuesday, as the two leaders tried to revive a stalled package of military aid.",
     "Republican lawmakers have tied new funding for Kyiv to tougher measures on the US-Mexico border."],
    "diplomacy", "diplomacy", 3, "zelensky-washington-visit-2023-12-12", sec=["aid"]),
  E("2023-12-12 21:15", "Hackers knock out Ukraine's biggest mobile network",
    ["KYIV (Reuters) - Millions of Ukrainians lost mobile and internet service on Tuesday after a cyberattack on Kyivstar, the country's largest telecoms operator, which said it was working with security services to restore the network."],
    "other", "security", 2, "kyivstar-cyberattack-2023-12-12"),
  E("2023-12-12 19:45", "Zelensky presses US senators on aid",
    ["WASHINGTON (AFP) - Ukrainian President Volodymyr Zelensky met US senators behind closed doors on Capitol Hill, urging them to approve new military assistance before the end of the year."],
    "aid", "aid", 3, "zelensky-washington-visit-2023-12-12", sec=["diplomacy"], n="Same visit as 5908-01; headline leads with the aid request -> aid."),
  OFF("2023-12-12 19:00", "Stocks close at record high in Karachi",
      ["Pakistan's benchmark share index closed at an all-time high on Tuesday as investors bet on further gains ahead of an expected IMF review."],
      "psx-record-high-2023-12-12", n="Pakistani markets."),
  E("2023-12-12 16:30", "Russian drones hit energy site in Odesa region",
    ["KYIV (Reuters) - Russian drones struck an energy facility in the Odesa region overnight, cutting power to several districts, regional officials said."],
    "strikes", "strikes", 2, "odesa-energy-drone-strike-2023-12-12"),
  E("2023-12-12 11:20", "Moscow accuses West of dragging out the conflict",
    ["MOSCOW (AFP) - Russia's foreign ministry said Western arms deliveries to Kyiv were only prolonging the conflict and warned that Moscow would respond to any new sanctions."],
    "diplomacy", "diplomacy", 2, "russia-foreign-ministry-west-prolonging-war"),
  E("2023-12-12 09:10", "EU ministers fail to unlock Ukraine funds ahead of summit",
    ["BRUSSELS (Reuters) - European Union ministers failed to agree on a 50-billion-euro support facility for Ukraine, leaving the decision to leaders who meet in Brussels later this week.",
     "Hungary has said it will not back the package."],
    "aid", "aid", 2, "eu-50bn-ukraine-facility-deadlock", sec=["diplomacy"]),
  ]))

SEEDS.append(dict(id="5909", name="5909_seychelles-nation-rss", ext="xml", source="Seychelles Nation", zone="Indian/Mahe", render=r_seychelles,
  title="Seychelles NATION :: International", build="Mon, 18 Dec 2023 22:35:10 +0400",
  notes="Imitates a Seychelles Nation RSS 2.0 feed from its own CMS: OLDEST item first, pubDate with +0400 (Seychelles time), description holding escaped HTML paragraphs, dc:creator per item (agency or local reporter), category per item. One local off-beat item (ferry timetable).",
  not_entries=["channel title, link, description, language, lastBuildDate", "category and guid elements"],
  entries=[
  OFF("2023-12-18 06:45", "Extra inter-island ferry sailings for the festive season",
      ["Additional ferry crossings between Mah\u00e9, Praslin and La Digue will run from this week to cope with the holiday rush, the operator has announced.",
       "Tickets for the extra sailings can be bought at the Inter-Island Quay."],
      "seychelles-festive-ferry-sailings", a="Marie-Claire Labiche", cat="Local", n="Local transport."),
  E("2023-12-18 08:20", "Ukraine downs most of overnight drone wave",
    ["Ukraine's air force said it destroyed 30 of 35 drones launched by Russia overnight, most of them over the southern regions of Odesa and Mykolaiv."],
    "strikes", "strikes", 2, "russian-drone-attack-2023-12-18", a="AFP"),
  E("2023-12-18 11:05", "Shelling damages homes in Kharkiv region",
    ["Russian artillery damaged houses and a school in villages of the Kharkiv region, the regional governor said, adding that an elderly man was wounded."],
    "strikes", "strikes", 2, "kharkiv-region-shelling-2023-12-18", a="AFP"),
  E("2023-12-18 15:40", "EU adopts twelfth package of sanctions against Russia",
    ["The European Union on Monday formally adopted a twelfth round of sanctions against Russia, including a ban on imports of Russian diamonds and tighter checks on the oil price cap.",
     "The package also adds more than 60 people and companies to the bloc's list."],
    "diplomacy", "diplomacy", 3, "eu-12th-sanctions-package", a="AFP"),
  E("2023-12-18 19:10", "Moscow claims capture of village near Bakhmut",
    ["Russia's defence ministry said its forces had taken control of a village north of Bakhmut, a claim Ukraine's army did not immediately confirm."],
    "other", "frontline", 2, "russia-claims-village-bakhmut-2023-12-18", a="Reuters"),
  E("2023-12-18 22:30", "Kremlin rejects talk of war with NATO",
    ["The Kremlin said Moscow had no interest in a conflict with NATO countries, dismissing warnings by Western leaders as an attempt to justify higher defence spending."],
    "diplomacy", "diplomacy", 2, "kremlin-nato-war-denial-2023-12-18", a="AFP"),
  ]))


# ============================================================ PART B, day 1: 2023-12-26 (UTC)
FEO = "feodosia-landing-ship-strike-2023-12-26"
KHE = "kherson-shelling-2023-12-26"
MAR = "marinka-capture-claim-dispute"
CIS = "cis-informal-summit-st-petersburg-2023-12-26"
D1 = ("Part B day 1 (2023-12-26 UTC, seeds 5920-5924). Story told by all five seeds: " + FEO + " (toll one dead and two injured -> four -> six; "
      "spelled Feodosia / Feodosiya / Theodosia). Also multi-seed: " + KHE + ", " + MAR + ", " + CIS + ".")

SEEDS.append(dict(id="5920", name="5920_dunnock-live", ext="txt", source="Dunnock Evening Post", zone="Europe/London", render=r_dunnock,
  title="Ukraine war live: Russia admits landing ship damaged in Feodosia strike", updated="Last updated Tuesday 26 December 2023 20:02 GMT",
  lede="Ukraine's air force says it destroyed a Russian landing ship in occupied Crimea overnight; Kyiv rejects Moscow's claim to have taken Marinka.",
  notes="Invented outlet. Text live blog, newest first; each post: 'HH:MM GMT' line, headline, body, '\u2014 NAME' signature. A 'Key Points' list at the top names two posts (key_point true, importance 3). " + D1,
  not_entries=["masthead and menu line", "breadcrumb 'World > Europe'", "title line", "'Last updated ...' line", "lede paragraph", "'Key Points' header and its two bullet lines",
               "'Live updates' label", "'ADVERTISEMENT'", "'Show earlier updates'", "footer line"],
  entries=[
  E("2023-12-26 19:55", "Russia admits landing ship was damaged in Feodosia raid",
    ["Russia's defence ministry has acknowledged that the large landing ship Novocherkassk was damaged when Ukrainian jets fired guided missiles at the port of Feodosia in the early hours of the morning.",
     "Crimea's Moscow-installed authorities now say one man was killed and six people were injured, and that windows were blown out in more than 80 homes.",
     "Ukraine's air force maintains the ship was destroyed."],
    "strikes", "strikes", 3, FEO, a="Hattie Bellingham", kp=True),
  E("2023-12-26 17:20", "Shelling kills pensioner in Kherson",
    ["A 70-year-old man was killed when Russian shells landed near a bus stop in Kherson's Dniprovskyi district in the early afternoon, the regional military administration said.",
     "Two other people were wounded."],
    "strikes", "strikes", 3, KHE, a="Ollie Trenchard",
    n="Must not merge with the Feodosia strike (different place and attacker)."),
  E("2023-12-26 14:05", "Denmark says first F-16s could reach Ukraine in spring",
    ["Danish defence officials said the first of the F-16 fighter jets Copenhagen has promised Kyiv could be handed over in the spring, once Ukrainian pilots complete their training."],
    "aid", "aid", 2, "denmark-f16-handover-timeline", a="Hattie Bellingham",
    n="Same theme as the Dutch F-16 item in 5924 but a different donor and statement: must not merge."),
  E("2023-12-26 12:30", "Kyiv insists fighting goes on in Marinka after Moscow's capture claim",
    ["Ukraine's military said its troops were still fighting on the northern edge of Marinka, a day after Russia's defence minister Sergei Shoigu told Vladimir Putin the town had been fully taken.",
     "A spokesman conceded that little of the town was left standing."],
    "other", "frontline", 3, MAR, a="Ollie Trenchard", kp=True),
  E("2023-12-26 10:10", "Ukrainians mark first Christmas on 25 December",
    ["Many Ukrainians celebrated Christmas on 25 December for the first time this year, after the government moved the official holiday away from the date kept by the Russian Orthodox Church."],
    "other", "politics", 2, "ukraine-christmas-date-change", a="Hattie Bellingham"),
  E("2023-12-26 08:45", "Ukraine says jets struck Russian landing ship in Crimea",
    ["Ukraine's air force says its pilots hit a Russian landing ship in the port of Feodosia, in occupied Crimea, overnight.",
     "The head of the Russian-installed administration in Crimea said one person had been killed and two injured, and that part of the port area had been sealed off."],
    "strikes", "strikes", 3, FEO, a="Ollie Trenchard"),
  E("2023-12-26 07:05", "Drones target southern Ukraine overnight",
    ["Russia launched 19 attack drones at southern Ukraine overnight and air defences brought down 13 of them, Ukraine's air force said."],
    "strikes", "strikes", 2, "russian-drone-attack-south-2023-12-26", a="Ollie Trenchard",
    n="Same night as the Feodosia strike but Russia's attack on Ukraine: must not merge."),
  ]))

SEEDS.append(dict(id="5921", name="5921_rushbrook-live", ext="html", source="Rushbrook Signal", zone="Europe/Kyiv", render=r_rushbrook,
  title="Live: Air force hits landing ship in Feodosiya; cabinet sends mobilisation bill to Rada", dayline="Tuesday, 26 December 2023",
  url="https://www.rushbrooksignal.com/live/2023-12-26",
  lede="Our newsroom in Kyiv follows the 671st day of Russia's full-scale war.",
  notes="Invented outlet (Kyiv). HTML live blog, OLDEST first (page says so). Each update: <time datetime> with +02:00 showing 'HH:MM', h2 headline, 'By NAME', paragraphs. LiveBlogPosting JSON-LD carries per-update headline, time, body and author (same values). 5921-02 is a video teaser without text (importance 1). 5921-06 repeats 5921-03 nearly verbatim (duplicate_of). Kyiv time EET = UTC+2. " + D1,
  not_entries=["logo and menu", "'LIVE' kicker", "title h1", "date line 'Tuesday, 26 December 2023'", "intro line about the 671st day", "order note line",
               "video embed placeholder in 5921-02", "membership/donation box", "'Refresh for the latest updates'", "footer"],
  entries=[
  E("2023-12-26 06:40", "Air force: Russian landing ship hit in Feodosiya",
    ["Ukraine's air force commander Mykola Oleshchuk said pilots had destroyed a Russian large landing ship at the port of Feodosiya overnight.",
     "Russian-installed officials in Crimea reported one dead and two wounded."],
    "strikes", "strikes", 3, FEO, a="Iryna Vakulenko"),
  E("2023-12-26 08:15", "Video: smoke over Feodosiya port after the strike", [], "strikes", "strikes", 1, FEO,
    n="Video teaser without body -> importance 1."),
  E("2023-12-26 11:30", "Cabinet sends new mobilisation bill to parliament",
    ["The government has submitted a draft law that would lower the minimum age for mobilisation from 27 to 25 and tighten penalties for draft evasion, Prime Minister Denys Shmyhal said.",
     "Lawmakers are expected to take it up in January."],
    "other", "politics", 2, "ukraine-mobilisation-bill", a="Taras Holub"),
  E("2023-12-26 13:50", "One killed in Kherson as shells hit bus stop",
    ["Russian shelling killed a man and wounded two other people near a bus stop in Kherson in the early afternoon, regional governor Oleksandr Prokudin said."],
    "strikes", "strikes", 3, KHE, a="Iryna Vakulenko"),
  E("2023-12-26 16:10", "Zelensky thanks pilots; Feodosiya toll rises to four injured",
    ["President Volodymyr Zelensky thanked the air force for the Feodosiya strike, saying the Russian fleet would find no safe harbour in Crimea.",
     "Occupation authorities updated their figures to one dead and four injured."],
    "strikes", "strikes", 3, FEO, a="Taras Holub", n="Reaction plus toll update of the same strike: same story."),
  E("2023-12-26 18:20", "Cabinet submits mobilisation bill to parliament",
    ["The government has submitted a draft law that would lower the minimum age for mobilisation from 27 to 25 and tighten penalties for draft evasion, Prime Minister Denys Shmyhal said.",
     "Lawmakers are expected to take it up in January."],
    "other", "politics", 1, "ukraine-mobilisation-bill", a="Taras Holub", dup="5921-03",
    n="Near-verbatim repeat of 5921-03 (headline reworded, body identical) -> importance 1."),
  ]))

SEEDS.append(dict(id="5922", name="5922_whinfell-worldrss", ext="xml", source="Whinfell World Service", zone="UTC", render=r_rss,
  title="Whinfell World Service - World", site="https://www.whinfellworld.com", desc="Top world stories from Whinfell World Service",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, CDATA description with <p> paragraphs, no authors. Four of six items are not about the war (off-beat, importance 1). The Feodosia item spells the port 'Theodosia'. " + D1,
  not_entries=["channel title, link, description, language", "guid elements"],
  entries=[
  OFF("2023-12-26 21:05", "Rain interrupts evenly poised first day of Boxing Day Test",
      ["Australia and Pakistan finished the first day of the Boxing Day Test in Melbourne with honours roughly even, after showers wiped out much of the afternoon session."],
      "boxing-day-test-mcg-day-one", n="Cricket."),
  E("2023-12-26 18:40", "Putin hosts former Soviet neighbours in St Petersburg",
    ["Vladimir Putin welcomed leaders of the Commonwealth of Independent States to an informal year-end summit in St Petersburg, where he told them Russia's economy had weathered Western sanctions.",
     "The gathering, held each December, brought together the presidents of Belarus and several Central Asian states."],
    "diplomacy", "diplomacy", 3, CIS),
  OFF("2023-12-26 15:20", "China marks 130 years since Mao's birth",
      ["China's leader Xi Jinping led a ceremony in Beijing to mark the 130th anniversary of the birth of Mao Zedong, urging the ruling party to carry his legacy forward."],
      "mao-130th-anniversary", n="Chinese politics."),
  E("2023-12-26 12:10", "Russian warship hit in Theodosia port, Kyiv says",
    ["Ukraine says its air force struck a Russian landing ship anchored at Theodosia in Crimea, while Moscow's appointees on the peninsula reported one person killed and two injured."],
    "strikes", "strikes", 3, FEO),
  OFF("2023-12-26 09:35", "Quake survivors in north-west China face bitter cold",
      ["A week after a powerful earthquake struck Gansu province, thousands of people forced from their homes are sheltering in tents as night-time temperatures fall far below freezing."],
      "gansu-earthquake-aftermath", n="Natural disaster in China."),
  OFF("2023-12-26 06:50", "Shoppers queue for Boxing Day sales",
      ["Shoppers lined up outside department stores in several British cities for the traditional Boxing Day sales, though retailers warned that spending was likely to fall short of last year."],
      "uk-boxing-day-sales-2023", n="UK retail."),
  ]))

SEEDS.append(dict(id="5923", name="5923_pikestaff-atom", ext="xml", source="Pikestaff Radio", zone="Europe/Warsaw", render=r_atom,
  title="Pikestaff Radio - Defence desk", site="https://www.pikestaffradio.eu", desc="Security and defence news from Central and Eastern Europe", nbase=48210,
  notes="Invented outlet (Warsaw). Atom feed, newest first, <published> with +01:00 (CET), author per entry, html content escaped. 5923-02 is a theme piece (explainer on Black Sea Fleet losses) and 5923-01 a later, separate drone incident over Crimea: neither merges with the Feodosia strike. " + D1,
  not_entries=["feed title, subtitle, links, id, updated"],
  entries=[
  E("2023-12-26 22:20", "Russia says drones downed over Crimea in evening raid",
    ["Russia's defence ministry said air defences destroyed several Ukrainian drones over the north of Crimea late on Tuesday evening."],
    "strikes", "strikes", 2, "crimea-drones-downed-2023-12-26-evening", a="Marek Zawada",
    n="Same peninsula and day as the Feodosia strike but a separate, later event: must not merge."),
  E("2023-12-26 19:05", "Explainer: what is left of Russia's Black Sea Fleet",
    ["Since the start of the full-scale invasion, Ukraine has sunk or badly damaged a string of Russian warships, from the cruiser Moskva in April 2022 to a submarine and a landing ship hit in dry dock in Sevastopol this year.",
     "Analysts say the losses have pushed the fleet's larger vessels away from Crimea towards Novorossiysk, on Russia's own coast.",
     "The strike on Feodosia shows that even ports in eastern Crimea are within reach, one naval analyst told Pikestaff Radio."],
    "strikes", "strikes", 2, "explainer-black-sea-fleet-losses", a="Agata Brzozowska",
    n="Theme piece (explainer on the fleet's losses): its own story, not the Feodosia event."),
  E("2023-12-26 16:30", "Landing ship hit in Feodosia; one dead, four injured",
    ["A Russian landing ship was hit by Ukrainian missiles at the Crimean port of Feodosia overnight, with Russia's appointed governor of Crimea saying one person was killed and four were hurt.",
     "No satellite imagery of the port was yet available."],
    "strikes", "strikes", 3, FEO, a="Marek Zawada"),
  E("2023-12-26 12:40", "Ukraine denies Russian claim to have taken Marinka",
    ["Ukraine's General Staff rejected Moscow's claim that Marinka had fallen, saying its soldiers were holding positions on the outskirts of the ruined town."],
    "other", "frontline", 3, MAR, a="Marek Zawada"),
  E("2023-12-26 09:15", "Poland's new defence minister vows to keep arms orders on track",
    ["W\u0142adys\u0142aw Kosiniak-Kamysz, defence minister in Poland's new government, said the country would honour the large arms contracts signed by its predecessor, including tanks and howitzers from South Korea."],
    "other", "security", 2, "poland-defence-minister-arms-contracts", a="Agata Brzozowska", n="Procurement by a non-party -> other/security."),
  ]))

SEEDS.append(dict(id="5924", name="5924_nettlecombe-article", ext="txt", source="Nettlecombe Ledger", zone="Europe/Berlin", render=r_nettlecombe,
  title="Putin gathers allies as Ukraine strikes at the Black Sea Fleet", byline="Felix Armbruster", dateline="26.12.2023, 22:10 CET",
  lede="A summit of post-Soviet leaders, a toll update from Crimea and Dutch jets on the way: the main developments of Tuesday.",
  more="How Ukraine's air force reaches Crimea",
  notes="Invented outlet. Text article with three section headings; one entry per section, stamp null, published = the dateline '26.12.2023, 22:10 CET' (UTC+1 -> 21:10 UTC); page byline as author. " + D1,
  not_entries=["masthead and menu", "title line", "byline and dateline lines", "lede paragraph", "share line", "'Read also: ...' link", "copyright line"],
  entries=[
  E("2023-12-26 22:10", "Summit in St Petersburg",
    ["Vladimir Putin used an informal gathering of post-Soviet leaders in St Petersburg on Tuesday to argue that Western efforts to isolate Russia had failed.",
     "The talks were held behind closed doors, and no joint statement was issued."],
    "diplomacy", "diplomacy", 3, CIS, a="Felix Armbruster"),
  E("2023-12-26 22:10", "Feodosia strike",
    ["In Crimea, the Russian-installed authorities raised the toll from the overnight strike on Feodosia to one dead and six injured.",
     "Kyiv says its jets destroyed the landing ship Novocherkassk, which Western analysts believe may have been carrying drones."],
    "strikes", "strikes", 3, FEO, a="Felix Armbruster"),
  E("2023-12-26 22:10", "Dutch jets",
    ["The Netherlands said it was preparing a first batch of its F-16s for transfer to Ukraine, with shipping expected in the new year once export formalities are complete."],
    "aid", "aid", 2, "netherlands-f16-transfer-preparations", a="Felix Armbruster",
    n="Same theme as Denmark's F-16 item (5920-03), different donor: must not merge."),
  ]))


# ============================================================ PART B, day 2: 2023-12-27 (UTC) - the day after day 1
KHA = "kharkiv-missile-strike-2023-12-27"
USP = "us-250m-aid-package-2023-12-27"
D2 = ("Part B day 2 (2023-12-27 UTC, seeds 5930-5934). Story told by four seeds: " + KHA + " (toll one -> two -> three dead; spelled Kharkiv / Kharkov). "
      "Also multi-seed: " + USP + " and the day-1 story " + FEO + " continued by a new development (satellite images, drones on board).")

SEEDS.append(dict(id="5930", name="5930_starlingpoint-live", ext="html", source="Starling Point Dispatch", zone="America/New_York", render=r_starling,
  title="Russia-Ukraine war live updates: Pentagon announces last aid package of the year", dayline="Wednesday, Dec. 27, 2023",
  lede="Missiles hit central Kharkiv before dawn; satellite pictures show the wreck of a Russian landing ship in Crimea.",
  notes="Invented outlet (US). HTML live blog, newest first, no JSON-LD; each post: '<span class=\"ts\">3:50 p.m. ET</span>', h2, author line, paragraphs. 5930-03 is a photo gallery teaser without text (importance 1). US Eastern, EST = UTC-5. " + D2,
  not_entries=["brand, menu, subscribe link", "title h1", "day line 'Wednesday, Dec. 27, 2023'", "summary paragraph", "'ADVERTISEMENT'", "gallery images and '12 photos' count in 5930-03",
               "'Load more updates'", "footer"],
  entries=[
  E("2023-12-27 15:50", "Pentagon announces $250 million package, its last without new funding",
    ["The Defense Department announced a $250 million weapons package for Ukraine on Wednesday, including air defense munitions and artillery rounds, and said it was the last it could send until Congress approves more money.",
     "National Security Council spokesman John Kirby urged lawmakers to act when they return in January."],
    "aid", "aid", 3, USP, a="Carla Menendez"),
  E("2023-12-27 14:35", "Kharkiv death toll climbs to three",
    ["Three people are now confirmed dead after Russian missiles struck central Kharkiv before dawn, the city's mayor Ihor Terekhov said, as rescuers finished searching a damaged office building.",
     "More than a dozen people were wounded."],
    "strikes", "strikes", 3, KHA, a="Doug Reinholt"),
  E("2023-12-27 11:05", "Photos: Kharkiv residents sweep up glass after overnight strike", [], "strikes", "strikes", 1, KHA,
    n="Photo gallery teaser without body -> importance 1."),
  E("2023-12-27 09:20", "Satellite images show Russian landing ship wrecked in Crimea port",
    ["Commercial satellite photos taken Wednesday show the Russian landing ship Novocherkassk destroyed at its berth in Feodosia, a day after Ukraine's air force said it had struck the vessel.",
     "Ukraine's navy spokesman said the ship was probably carrying Iranian-designed attack drones, which would explain the size of the blast."],
    "strikes", "strikes", 3, FEO, a="Doug Reinholt", n="Continuation of day 1's Feodosia story with a new development (satellite confirmation): keeps the day-1 slug."),
  E("2023-12-27 06:45", "Shelling wounds two in Kupiansk",
    ["Russian artillery fire wounded two men in the town of Kupiansk in the northeastern Kharkiv region, the regional governor said."],
    "strikes", "strikes", 2, "kupiansk-shelling-2023-12-27", a="Doug Reinholt",
    n="Same region as the Kharkiv city strike, different place and attack: must not merge."),
  E("2023-12-27 03:10", "Russian missiles hit Kharkiv overnight, killing one",
    ["Russian missiles struck the center of Kharkiv early Wednesday, killing at least one person and damaging a hotel and office buildings, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, KHA, a="Carla Menendez"),
  ]))

SEEDS.append(dict(id="5931", name="5931_pikestaff-atom", ext="xml", source="Pikestaff Radio", zone="Europe/Warsaw", render=r_atom,
  title="Pikestaff Radio - Defence desk", site="https://www.pikestaffradio.eu", desc="Security and defence news from Central and Eastern Europe", nbase=48270,
  notes="Invented outlet (same feed as 5923, fetched a day later). Atom, newest first, +01:00. 5931-05 is a RE-POST of day 1's 5923-03 (same headline and text, republished on 27 December under a new id): importance 1, story kept. 5931-01 continues the Feodosia story with a new development. " + D2,
  not_entries=["feed title, subtitle, links, id, updated"],
  entries=[
  E("2023-12-27 20:45", "Ukrainian navy: Feodosia ship was carrying Shahed drones",
    ["Ukraine's navy spokesman Dmytro Pletenchuk said the Russian landing ship destroyed in Feodosia had most likely been loaded with Shahed drones, citing the force of the secondary explosions.",
     "Russia has not commented on what the vessel was carrying."],
    "strikes", "strikes", 3, FEO, a="Marek Zawada", n="Continuation of day 1's Feodosia story (new claim about the cargo)."),
  E("2023-12-27 17:10", "Germany sends more Gepard ammunition",
    ["Germany has delivered another batch of ammunition for the Gepard anti-aircraft guns it gave Ukraine, according to an updated list published by the German government."],
    "aid", "aid", 2, "germany-gepard-ammunition-delivery", a="Agata Brzozowska"),
  E("2023-12-27 13:30", "Russia reports drones downed over Bryansk and Kursk",
    ["Russia's defence ministry said it destroyed Ukrainian drones over the Bryansk and Kursk border regions in the morning, with no damage reported."],
    "strikes", "strikes", 2, "bryansk-kursk-drones-2023-12-27", a="Marek Zawada"),
  E("2023-12-27 10:05", "Russian forces step up pressure on Avdiivka",
    ["Russian troops have renewed attacks on Avdiivka from three directions, Ukraine's military said, reporting more than 30 assaults repelled in the past day."],
    "other", "frontline", 2, "avdiivka-attacks-2023-12-27", a="Agata Brzozowska"),
  E("2023-12-27 08:00", "Landing ship hit in Feodosia; one dead, four injured",
    ["A Russian landing ship was hit by Ukrainian missiles at the Crimean port of Feodosia overnight, with Russia's appointed governor of Crimea saying one person was killed and four were hurt.",
     "No satellite imagery of the port was yet available."],
    "strikes", "strikes", 1, FEO, a="Marek Zawada", atom_id="48275",
    n="Re-post of day-1 entry 5923-03 (identical headline and text, new id and date) -> importance 1."),
  ]))

SEEDS.append(dict(id="5932", name="5932_kettlesing-live", ext="txt", source="Kettlesing Times", zone="Europe/Kyiv", render=r_kettlesing,
  title="Live: Kharkiv counts the cost after missiles hit city centre", dayline="Wednesday, 27 December", parse_args=["--date", "2023-12-27"],
  lede="Follow our live coverage of the war in Ukraine.",
  notes="Invented outlet. Text live blog, OLDEST first; day line 'Wednesday, 27 December' and NO YEAR anywhere (parse_args --date 2023-12-27). Each post: 'HH:MM | Headline' on one line (stamp = the time part), body, 'Posted by NAME'. Kyiv time EET = UTC+2. 5932-04 is a theme piece (analysis of the US drawdown authority), separate from the Pentagon package story. 5932-05 repeats 5932-03 nearly verbatim (duplicate_of). " + D2,
  not_entries=["masthead and menu", "title line", "day line 'Wednesday, 27 December'", "lede line", "'Oldest first | Newest first' toggle", "'Sponsored content'", "'End of updates for today'", "footer"],
  entries=[
  E("2023-12-27 08:05", "Kharkiv: one dead after missiles hit city centre",
    ["Russia struck the centre of Kharkiv with missiles at about 6am, killing one person and wounding several more, Governor Oleh Syniehubov said.",
     "A hotel and a residential block were among the buildings damaged."],
    "strikes", "strikes", 3, KHA, a="Sofiia Marchenko"),
  E("2023-12-27 10:30", "Children evacuated from villages near Kharkiv region front",
    ["Authorities in the Kharkiv region have ordered the evacuation of families with children from eleven more villages near the front line in the Kupiansk district."],
    "other", "humanitarian", 2, "kupiansk-district-child-evacuations", a="Sofiia Marchenko",
    n="Same region as the Kharkiv strike, different event: must not merge."),
  E("2023-12-27 12:45", "Kharkiv toll rises to two dead",
    ["A second person has died of injuries sustained in the morning missile strike on Kharkiv, Mayor Ihor Terekhov said, adding that 17 people had been hurt."],
    "strikes", "strikes", 3, KHA, a="Bohdan Lysenko"),
  E("2023-12-27 15:10", "Analysis: why the US aid pipeline is running dry",
    ["Washington's ability to keep arming Ukraine from its own stocks depends on a presidential drawdown authority that Congress must top up, and officials say the remaining money is almost spent.",
     "Without a new appropriation, Kyiv would have to lean more on European deliveries that take longer to arrive.",
     "The first weeks of January in Congress will decide whether the gap is bridged."],
    "aid", "aid", 2, "analysis-us-drawdown-authority", a="Bohdan Lysenko",
    n="Theme piece (analysis of US funding): its own story; must not merge with the Pentagon package."),
  E("2023-12-27 17:40", "Kharkiv toll rises to two",
    ["A second person has died of injuries sustained in the morning missile strike on Kharkiv, Mayor Ihor Terekhov said, adding that 17 people were hurt."],
    "strikes", "strikes", 1, KHA, a="Bohdan Lysenko", dup="5932-03", n="Near-verbatim repeat of 5932-03 -> importance 1."),
  E("2023-12-27 19:55", "Drones head for Odesa as evening alert sounds",
    ["Air raid sirens sounded across the Odesa region in the evening as the air force warned of several groups of Russian drones approaching from the sea."],
    "strikes", "strikes", 2, "odesa-drone-alert-2023-12-27", a="Bohdan Lysenko"),
  ]))

SEEDS.append(dict(id="5933", name="5933_quinnborough-worldrss", ext="xml", source="Quinnborough Standard", zone="Asia/Singapore", render=r_rss,
  title="Quinnborough Standard | World", site="https://www.quinnboroughstandard.sg", desc="World news from the Quinnborough Standard",
  notes="Invented outlet (Singapore). General world-news RSS 2.0 feed, newest first, pubDate with +0800, no authors. Four of six items are off-beat. The Kharkiv item spells the city 'Kharkov'. " + D2,
  not_entries=["channel title, link, description, language", "guid elements"],
  entries=[
  OFF("2023-12-27 23:30", "New York Times sues OpenAI and Microsoft over use of its articles",
      ["The New York Times filed a lawsuit accusing OpenAI and Microsoft of using millions of its articles without permission to train chatbots that now compete with it for readers."],
      "nyt-openai-lawsuit", n="Media/technology lawsuit."),
  E("2023-12-27 21:15", "Kharkov strike kills two as Russia keeps up winter barrage",
    ["Russian missiles killed two people in Kharkov, Ukraine's second-largest city, local officials said on Wednesday, as Moscow stepped up long-range attacks ahead of the new year."],
    "strikes", "strikes", 3, KHA),
  E("2023-12-27 18:40", "India's foreign minister holds talks with Lavrov in Moscow",
    ["Indian External Affairs Minister S. Jaishankar met Russian Foreign Minister Sergei Lavrov in Moscow, with the two sides discussing trade, energy and the war in Ukraine."],
    "diplomacy", "diplomacy", 3, "jaishankar-lavrov-moscow-talks", n="Ministerial diplomatic move -> importance 3 although carried by one seed."),
  OFF("2023-12-27 15:05", "Snowstorm snarls Moscow flights and traffic",
      ["Heavy snowfall disrupted dozens of flights at Moscow's airports and left roads gridlocked as city services struggled to clear what forecasters called a month's worth of snow in two days."],
      "moscow-snowstorm", n="Weather in Russia, not the war."),
  OFF("2023-12-27 12:20", "Australia take control on second day at the MCG",
      ["Australia's fast bowlers reduced Pakistan's top order on the second day of the Boxing Day Test, leaving the hosts in charge of the match."],
      "boxing-day-test-mcg-day-two", n="Cricket."),
  OFF("2023-12-27 09:10", "Bangladesh election campaign gathers pace",
      ["Candidates in Bangladesh's general election stepped up rallies across the country as the main opposition party kept up its boycott of the January 7 vote."],
      "bangladesh-election-campaign", n="Bangladeshi politics."),
  ]))

SEEDS.append(dict(id="5934", name="5934_greywether-article", ext="html", source="Greywether Review", zone="Europe/Paris", render=r_greywether,
  title="Missiles on Kharkiv, a last US package and a wrecked ship: the war on 27 December", byline="\u00c9lise Marchetti", dateline_t="2023-12-27 22:40",
  lede="Three dead in Kharkiv, Washington's final drawdown of the year and new evidence from Feodosia.", more="Winter and the war: Ukraine's power grid under pressure",
  notes="Invented outlet (Paris). HTML article with NewsArticle JSON-LD and three h2 sections; one entry per section, stamp null, published = the visible dateline '27 December 2023, 22:40 CET' (<time datetime> +01:00 -> 21:40 UTC); page byline as author. " + D2,
  not_entries=["logo and menu", "title h1", "byline line", "'Published ...' dateline", "standfirst", "share line", "'More on this topic' related link", "footer"],
  entries=[
  E("2023-12-27 22:40", "Kharkiv",
    ["Russian missiles struck the centre of Kharkiv in the early hours of Wednesday; by evening, local officials put the number of dead at three, with more than 15 wounded.",
     "A hotel often used by visiting reporters was among the buildings damaged."],
    "strikes", "strikes", 3, KHA, a="\u00c9lise Marchetti"),
  E("2023-12-27 22:40", "Washington's last package",
    ["The Pentagon unveiled a further $250 million in weapons for Ukraine, drawn from existing American stocks, and warned that its authority to send more was now exhausted."],
    "aid", "aid", 3, USP, a="\u00c9lise Marchetti"),
  E("2023-12-27 22:40", "Feodosia",
    ["New satellite pictures confirmed that the landing ship hit in Feodosia on Tuesday had been destroyed."],
    "strikes", "strikes", 3, FEO, a="\u00c9lise Marchetti", n="Continuation of day 1's Feodosia story."),
  ]))


# ============================================================ PART B, day 3: 2023-11-20 (UTC) - a separate day
AUS = "austin-kyiv-visit-2023-11-20"
ZAP = "zaporizhzhia-missile-strike-2023-11-20"
KRY = "krynky-bridgehead-fighting"
D3 = ("Part B day 3 (2023-11-20 UTC, seeds 5940-5944). Stories told by several seeds: " + AUS + " (all five), " + ZAP + " (four; toll one dead and five hurt -> two dead "
      "and nine hurt; spelled Zaporizhzhia / Zaporozhye / Zaporizhia), " + KRY + " (two).")

SEEDS.append(dict(id="5940", name="5940_brambling-worldatom", ext="xml", source="Brambling Wire", zone="UTC", render=r_atom, zulu=True, nbase=771100,
  title="Brambling Wire: World", site="https://www.bramblingwire.com", desc="The day's world news from Brambling Wire",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in UTC with Z, no authors. Four of six items are off-beat. The strike item spells the city 'Zaporozhye'. " + D3,
  not_entries=["feed title, subtitle, links, id, updated"],
  entries=[
  OFF("2023-11-20 22:10", "Milei's win jolts Argentine assets",
      ["Argentine bonds and shares traded abroad rallied after libertarian economist Javier Milei won Sunday's presidential run-off, promising to shrink the state and do away with the central bank."],
      "argentina-milei-election", n="Argentine election."),
  E("2023-11-20 19:30", "US defence chief visits Kyiv with pledge of continued support",
    ["US Defense Secretary Lloyd Austin made an unannounced trip to Kyiv on Monday, telling President Volodymyr Zelensky that Washington would keep backing Ukraine in its fight against Russia's invasion."],
    "diplomacy", "diplomacy", 3, AUS, sec=["aid"]),
  OFF("2023-11-20 16:45", "Altman to join Microsoft after OpenAI ouster",
      ["Microsoft said Sam Altman, who was removed as chief executive of OpenAI on Friday, would lead a new advanced artificial intelligence research team at the company."],
      "openai-altman-microsoft", n="Technology business."),
  E("2023-11-20 13:05", "Missile strike on Zaporozhye kills one",
    ["A Russian missile hit an industrial area of Zaporozhye in southern Ukraine, killing one worker and wounding five, regional officials said."],
    "strikes", "strikes", 3, ZAP),
  OFF("2023-11-20 10:20", "Rescuers in India try new route to reach trapped tunnel workers",
      ["Indian rescue teams began preparing to drill a vertical shaft from the top of the hill in Uttarakhand state, as efforts to reach 41 workers trapped in a collapsed road tunnel entered a ninth day."],
      "uttarakhand-tunnel-rescue", n="Disaster in India."),
  OFF("2023-11-20 07:40", "Former US first lady Rosalynn Carter dies at 96",
      ["Rosalynn Carter, who championed mental health care during and after her husband Jimmy Carter's presidency, died on Sunday at the family home in Plains, Georgia, at the age of 96."],
      "rosalynn-carter-death", n="US obituary."),
  ]))

SEEDS.append(dict(id="5941", name="5941_hollinscross-live", ext="txt", source="Hollins Cross Daily", zone="Europe/Kyiv", render=r_hollins,
  title="Live: US defence secretary Lloyd Austin in Kyiv", ref="2023-11-20 20:40",
  lede="Our live coverage of the 635th day of Russia's full-scale invasion.",
  notes="Invented outlet (Kyiv). Text live blog, newest first, with RELATIVE stamps only ('30 minutes ago', '2 hours ago') resolved against the printed 'Last updated: 20 November 2023, 20:40 (Kyiv time)' (EET, UTC+2). Each post: stamp line, headline, 'By NAME', body. 5941-05 is a video teaser without text (importance 1). " + D3,
  not_entries=["masthead and menu", "title line", "'Last updated: ...' line", "lede line", "'[Video 0:48]' placeholder", "subscription promo", "'Load older posts'", "footer"],
  entries=[
  E("2023-11-20 20:10", "Austin: US support 'will not waver'",
    ["Speaking alongside Zelensky, US Defense Secretary Lloyd Austin said Washington's commitment to Ukraine would not waver, and announced $100 million in new weapons including artillery and anti-tank missiles."],
    "diplomacy", "diplomacy", 3, AUS, a="Olena Tkachuk", sec=["aid"]),
  E("2023-11-20 18:40", "Two dead in Zaporizhzhia as toll rises",
    ["The death toll from the afternoon missile strike on an industrial site in Zaporizhzhia has risen to two, with nine wounded, regional governor Yuriy Malashko said."],
    "strikes", "strikes", 3, ZAP, a="Maksym Horbenko"),
  E("2023-11-20 16:40", "Marines report holding bridgehead at Krynky",
    ["Ukrainian marines are holding positions around the village of Krynky on the left bank of the Dnipro despite constant shelling and drone attacks, a spokesperson for the southern forces said."],
    "other", "frontline", 3, KRY, a="Olena Tkachuk"),
  E("2023-11-20 13:40", "SBU says it detained suspected Russian spotter in Odesa",
    ["Ukraine's SBU security service said it had detained an Odesa resident suspected of passing the locations of air defence positions to Russian intelligence."],
    "other", "security", 2, "sbu-odesa-spotter-detention", a="Maksym Horbenko"),
  E("2023-11-20 10:40", "Watch: Austin arrives in Kyiv by night train", [], "diplomacy", "diplomacy", 1, AUS, n="Video teaser without body -> importance 1."),
  E("2023-11-20 09:40", "US defence secretary in Kyiv on surprise visit",
    ["Lloyd Austin has arrived in Kyiv on his first visit since April 2022, his office said, with talks planned with President Zelensky and Defence Minister Rustem Umerov."],
    "diplomacy", "diplomacy", 3, AUS, a="Olena Tkachuk"),
  ]))

SEEDS.append(dict(id="5942", name="5942_cowlstead-live", ext="html", source="Cowlstead Gazette", zone="Europe/London", render=r_cowlstead,
  title="Ukraine war latest: missile strike on Zaporizhzhia as Austin visits Kyiv", url="https://www.cowlsteadgazette.co.uk/world/ukraine-live-20-11-2023",
  lede="Rolling coverage of the war in Ukraine.", dayline="Monday 20 November 2023 \u00b7 Updates in chronological order",
  notes="Invented outlet (UK). HTML live blog, OLDEST first; visible stamps '2.15pm' inside <time datetime> (+00:00); JSON-LD @graph whose first node has @type [\"NewsArticle\",\"LiveBlogPosting\"] and per-update BlogPosting times. Signature line after each post. 5942-03 'Explained: ...' HAS a body: a theme piece (importance 2), not a teaser. 5942-05 repeats 5942-02 nearly verbatim (duplicate_of). UK time, GMT = UTC. " + D3,
  not_entries=["logo, menu, 'Sign up'", "title h1", "dek line", "meta line 'Monday 20 November 2023 \u00b7 Updates in chronological order'", "Morning Briefing promo", "footer"],
  entries=[
  E("2023-11-20 09:50", "Belgorod governor reports shelling of border villages",
    ["Russia's Belgorod region governor Vyacheslav Gladkov said Ukrainian shelling damaged houses in two border villages overnight and wounded three people."],
    "strikes", "strikes", 2, "belgorod-border-shelling-2023-11-20", a="Beth Carrow"),
  E("2023-11-20 12:40", "Missile strike hits industrial area in Zaporizhzhia",
    ["A Russian missile struck an industrial site in the southern city of Zaporizhzhia this afternoon, killing one person and injuring five, according to the regional administration.",
     "Emergency crews were putting out a fire at the site."],
    "strikes", "strikes", 3, ZAP, a="Beth Carrow"),
  E("2023-11-20 14:15", "Explained: why glide bombs are so hard to stop",
    ["Glide bombs are ordinary unguided bombs fitted with wings and satellite guidance kits, which let Russian jets release them dozens of kilometres from their targets.",
     "Because the aircraft never have to come close, Ukraine's short-range air defences cannot reach them, and the bombs themselves are difficult to intercept.",
     "Kyiv says it needs long-range systems and fighter jets to push the launch aircraft back."],
    "strikes", "strikes", 2, "explainer-glide-bombs", a="Rory Penhaligon",
    n="Theme piece (explainer on glide bombs) with a body: importance 2, own story; must not merge with the Zaporizhzhia strike."),
  E("2023-11-20 15:20", "Finland prepares to close more border crossings",
    ["Finland's government said it was preparing to close further crossing points on its eastern border after hundreds of asylum seekers arrived from Russia in recent days."],
    "other", "security", 2, "finland-border-closure-expansion", a="Rory Penhaligon"),
  E("2023-11-20 16:05", "Zaporizhzhia industrial area hit by missile",
    ["A Russian missile struck an industrial site in the southern city of Zaporizhzhia this afternoon, killing one person and injuring five, according to the regional administration.",
     "Emergency crews were putting out a fire at the site."],
    "strikes", "strikes", 1, ZAP, a="Beth Carrow", dup="5942-02", n="Near-verbatim repeat of 5942-02 (headline reworded, body identical, stale toll) -> importance 1."),
  E("2023-11-20 19:55", "Austin meets Zelensky as US signals long-term backing",
    ["Lloyd Austin held talks with Volodymyr Zelensky in Kyiv and promised that American support would continue despite the political fight over funding in Washington."],
    "diplomacy", "diplomacy", 3, AUS, a="Rory Penhaligon"),
  ]))

SEEDS.append(dict(id="5943", name="5943_aldwinkle-rss", ext="xml", source="Aldwinkle Chronicle", zone="America/New_York", render=r_rss, content=True,
  title="Aldwinkle Chronicle - World", site="https://www.aldwinklechronicle.com", desc="National and world news from the Aldwinkle Chronicle",
  notes="Invented outlet (US). RSS 2.0, newest first, pubDate with -0500 (EST), dc:creator per item, a cut-off teaser in description ('...') and the full text in content:encoded (body = content:encoded paragraphs). 5943-04 is about the Zaporizhzhia nuclear plant, not the city strike: must not merge. 5943-03 (Swedish package) must not merge with Austin's package. " + D3,
  not_entries=["channel title, link, description, language", "the truncated description teaser of each item (duplicates the start of content:encoded)", "guid elements"],
  entries=[
  E("2023-11-20 15:20", "Austin, in Kyiv, pledges $100 million more in arms",
    ["Defense Secretary Lloyd Austin announced a new $100 million package of artillery, anti-tank weapons and air-defense interceptors during a visit to Kyiv on Monday, the Pentagon said.",
     "It was his second trip to Ukraine's capital since the full-scale invasion."],
    "aid", "aid", 3, AUS, a="Naomi Sandqvist", sec=["diplomacy"], n="Same visit as the other seeds' Austin items; this headline leads with the package -> aid."),
  E("2023-11-20 12:10", "Ukrainian marines cling to foothold across the Dnipro",
    ["Ukrainian marines who crossed the Dnipro River are dug in around the village of Krynky under near-constant Russian shelling, according to soldiers' accounts and Ukraine's military."],
    "other", "frontline", 3, KRY, a="Naomi Sandqvist"),
  E("2023-11-20 09:40", "Sweden unveils winter aid package for Kyiv",
    ["Sweden's government announced a new military aid package for Ukraine worth about $300 million, including ammunition and spare parts for combat vehicles it has already sent."],
    "aid", "aid", 2, "sweden-winter-aid-package", a="Theo Garland"),
  E("2023-11-20 07:15", "IAEA finds mines near Zaporizhzhia plant's perimeter",
    ["Inspectors from the UN nuclear watchdog said they had seen anti-personnel mines between the inner and outer fences of the Russian-held Zaporizhzhia nuclear power plant and raised the issue with the site's managers."],
    "other", "security", 2, "iaea-zaporizhzhia-npp-mines", a="Theo Garland"),
  E("2023-11-20 05:30", "Russia says its troops improved positions near Bakhmut",
    ["Russia's defense ministry said its forces had improved their positions near Bakhmut and repelled several Ukrainian counterattacks, a claim that could not be independently verified."],
    "other", "frontline", 2, "russia-claims-bakhmut-advance-2023-11-20", a="Naomi Sandqvist"),
  ]))

SEEDS.append(dict(id="5944", name="5944_tarnhow-roundup", ext="txt", source="Tarnhow Bulletin", zone="Europe/Bucharest", render=r_tarnhow,
  title="Ukraine war, day 635: key developments", byline="Radu Ionescu-Falk", dateline="20 November 2023, 21:30 EET",
  lede="The main events of Monday in Russia's war against Ukraine.", more="Romania's F-16 training centre: what we know",
  notes="Invented outlet (Bucharest). Text round-up: section labels ('Fighting', 'Diplomacy', 'Aid') and one paragraph per development, with NO headlines and NO per-item time. Each paragraph is one entry (headline null, stamp null, published = the dateline '20 November 2023, 21:30 EET' = 19:30 UTC, author = page byline). The Zaporizhzhia item spells the city 'Zaporizhia'. " + D3,
  not_entries=["masthead and menu", "title line", "byline and dateline lines", "lede line", "section labels 'Fighting', 'Diplomacy', 'Aid'", "'Related: ...' link", "copyright line"],
  entries=[
  E("2023-11-20 21:30", None,
    ["A Russian missile attack on an industrial area of Zaporizhia killed two people and wounded nine on Monday afternoon, according to Ukrainian officials."],
    "strikes", "strikes", 3, ZAP, a="Radu Ionescu-Falk", sect="Fighting"),
  E("2023-11-20 21:30", None,
    ["Russia's defence ministry said air defences shot down Ukrainian drones over the Moscow region overnight, with no damage reported."],
    "strikes", "strikes", 2, "moscow-region-drones-2023-11-20", a="Radu Ionescu-Falk", sect="Fighting"),
  E("2023-11-20 21:30", None,
    ["US Defense Secretary Lloyd Austin visited Kyiv, met President Volodymyr Zelensky and promised further military support."],
    "diplomacy", "diplomacy", 3, AUS, a="Radu Ionescu-Falk", sect="Diplomacy", sec=["aid"]),
  E("2023-11-20 21:30", None,
    ["Romania's defence ministry said the first Ukrainian pilots would begin training at the new F-16 centre at the Fete\u0219ti air base before the end of the year."],
    "aid", "aid", 2, "romania-f16-training-centre", a="Radu Ionescu-Falk", sect="Aid"),
  ]))


# ============================================================ emit
BASIS = {
  "r_pg": "stamp '{s}' after the teaser (full date, 12 h); US Eastern implied by the outlet, EDT = UTC-4",
  "r_indystar": "no per-section time; the article's 'Published 8:02 a.m. ET Oct. 21, 2023' (EDT = UTC-4) used for every section; JSON-LD datePublished agrees; the later 'Updated' time is not used",
  "r_cj": "pubDate '{s}' (explicit GMT; seconds dropped)",
  "r_detroit": "AP time line '{s}', all times local = Kyiv (EET, UTC+2); local date {d} from the page header 'Nov. 4, 2023' (ET) and the newest-first order (the top items cross Kyiv midnight into 5 Nov)",
  "r_record": "printed date '{s}'; the time comes from the card's <time datetime> attribute (-05:00, EST)",
  "r_bendigo": "ACM date line '{s}': published = the first-published time; Victoria AEDT = UTC+11 implied by the outlet",
  "r_leicester": "bare time '{s}' on the page dated '18 NOV 2023' (dateline); UK time, GMT = UTC",
  "r_prothomalo": "card stamp '{s}' (day and month, no year: parse_args --date 2023-12-02); Bangladesh time UTC+6 implied",
  "r_dunya": "card stamp '{s}' (no year: parse_args --date 2023-12-12); Pakistan time PKT = UTC+5 implied",
  "r_seychelles": "pubDate '{s}' (explicit +0400, Seychelles time)",
  "r_dunnock": "stamp '{s}' on the page dated Tuesday 26 December 2023; GMT = UTC",
  "r_rushbrook": "stamp '{s}' in <time datetime> (+02:00) on {d}; JSON-LD update time agrees",
  "r_rss": "pubDate '{s}' (explicit zone)",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_nettlecombe": "no per-section time; the article dateline '26.12.2023, 22:10 CET' (UTC+1) used for every section",
  "r_starling": "stamp '{s}' under the day line 'Wednesday, Dec. 27, 2023'; EST = UTC-5",
  "r_kettlesing": "time '{s}' under the day line 'Wednesday, 27 December' (no year: parse_args --date 2023-12-27); Kyiv EET = UTC+2",
  "r_greywether": "no per-section time; the dateline '27 December 2023, 22:40 CET' (<time datetime> +01:00) used for every section",
  "r_hollins": "relative stamp '{s}' resolved against the printed 'Last updated: 20 November 2023, 20:40 (Kyiv time)' (EET = UTC+2)",
  "r_cowlstead": "stamp '{s}' in <time datetime> (+00:00) on {d}; JSON-LD update time agrees; GMT = UTC",
  "r_tarnhow": "no per-item time; the round-up dateline '20 November 2023, 21:30 EET' (UTC+2) used for every item",
}


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
        rname = S["render"].__name__
        ents = []
        for i, e in enumerate(S["entries"]):
            d = dt(e["t"], S["zone"]); u = d.astimezone(UTC)
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), z=S["zone"]),
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
        print(f"{fn:40s} {len(ents)}")
    print("total entries", total)


if __name__ == "__main__":
    main()

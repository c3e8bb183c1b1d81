#!/usr/bin/env python3
"""Builds the eval/de seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented or paraphrased, no copied sentences);
Part A imitates, from memory, the page layouts of ten real New Jersey / Connecticut outlets; Part B outlets are
invented. Deterministic: running it twice gives identical files.
Run from the project root:  python3 eval/de/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "ST.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=""):
    """one entry: local time in the page zone, headline (or None), body paragraphs, labels."""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    """a wire story that is not about the war."""
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


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


def ampm(d, sep=":", space=" ", dots=True, upper=False):
    hh = d.hour % 12 or 12
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    else:
        suf = "am" if d.hour < 12 else "pm"
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
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def slugify(s, n=60):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:n].strip("-")


def gannett_line(pub, upd):
    return (f"Published {ampm(pub)} ET {MONTHS[pub.month - 1]} {pub.day}, {pub.year} | "
            f"Updated {ampm(upd)} ET {MONTHS[upd.month - 1]} {upd.day}, {upd.year}")


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_app(S):
    """Asbury Park Press (app.com, Gannett / USA TODAY Network), text scrape of a 2022-style 'Ukraine live updates'
    article: one page byline, 'Published ... ET ... | Updated ... ET ...', a 'Latest developments' bullet list, then
    sections (heading + paragraphs) with no time of their own; 'MORE:' related links and 'Advertisement' between them."""
    z = S["zone"]; pub = dt(S["published"], z); upd = dt(S["updated"], z)
    L = ["Skip to main content", "", "Asbury Park Press", "Subscribe", "Sign In", "",
         "Home   News   Jersey Shore   Sports   Entertainment   Opinion   Obituaries   Newsletters   eNewspaper   Legals", "",
         "WORLD", "", S["title"], "", S["byline"], "USA TODAY", "", gannett_line(pub, upd), "", "Share", "Facebook  Email  Twitter", "",
         S["caption"], "", S["lede"], "", "Latest developments:", ""]
    for b in S["bullets"]:
        L += [f"\u25ba {b}", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["Advertisement", ""]
        if i == 3:
            L += [f"MORE: {S['more']}", ""]
    L += [S["contrib"], "", "Get the latest news from the Jersey Shore and beyond. Sign up for our newsletter.", "",
          "About Us  Newsletters  Help Center  Privacy Policy  Terms of Service  Your Privacy Choices",
          f"\u00a9 {pub.year} www.app.com. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_courier(S):
    """Courier-Post (courierpostonline.com, Gannett) live blog, HTML. Newest first. Each post: time '1:26 p.m. ET' (no date)
    ABOVE the headline, then the author and 'USA TODAY'. Dates only in the page's 'Published ... | Updated ...' line; the
    posts cross local midnight. JSON-LD is a page-level NewsArticle."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); upd = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": pub.isoformat(), "dateModified": upd.isoformat(),
          "author": [{"@type": "Person", "name": n} for n in S["authors"]],
          "publisher": {"@type": "NewsMediaOrganization", "name": "Courier-Post", "url": "https://www.courierpostonline.com"},
          "articleSection": "world"}
    gl = gannett_line(pub, upd)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<meta property="og:site_name" content="Courier-Post">', f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="gnt_pr">',
           '<header class="gnt_n"><a class="gnt_n_logo" href="/" aria-label="Courier-Post logo">Courier-Post</a>'
           '<nav class="gnt_n_mn"><a href="/news/">News</a><a href="/sports/">Sports</a><a href="/entertainment/">Entertainment</a>'
           '<a href="/opinion/">Opinion</a><a href="https://www.legacy.com/us/obituaries/courierpostonline/">Obituaries</a>'
           '<a href="https://eedition.courierpostonline.com/">eNewspaper</a><a href="/legal-notices/">Legals</a></nav>'
           '<a class="gnt_n_us" href="/subscribe/">Subscribe</a> <a class="gnt_n_us" href="/login/">Sign In</a></header>',
           '<main class="gnt_cw"><article class="gnt_pr">', '<div class="gnt_ar_lbl"><a href="/news/world/">WORLD</a></div>',
           f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           '<div class="gnt_ar_by">' + " ".join(f'<a class="gnt_ar_by_a" href="/staff/{4410 + i}/">{esc(n)}</a>' for i, n in enumerate(S["authors"]))
           + '<div class="gnt_ar_by_o">USA TODAY</div></div>',
           f'<div class="gnt_ar_dt" aria-label="{gl}">{gl}</div>',
           '<div class="gnt_ss"><button>Facebook</button> <button>Email</button> <button>Twitter</button></div>',
           f'<p class="gnt_ar_b_p">{esc(S["lede"])}</p>', '<div class="gnt_lb">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d)} ET"; stamps.append(st)
        out.append(f'<article class="gnt_lb_p" id="post-{77310 - i}"><div class="gnt_lb_ts">{st}</div>'
                   f'<h2 class="gnt_lb_hl">{esc(e["h"])}</h2>')
        out.append(f'<div class="gnt_lb_meta"><span class="gnt_lb_au">{esc(e["a"])}</span> <span class="gnt_lb_org">USA TODAY</span></div>')
        if e["p"]:
            out += [f'<p class="gnt_lb_b_p">{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<figure class="gnt_em_vp"><div class="gnt_em_vp_c">Video player: 0:58</div></figure>')
        out.append('</article>')
        if i == 2:
            out.append('<aside class="gnt_nl"><p>Stay informed. Get the top news from South Jersey in your inbox.</p>'
                       '<input type="email" placeholder="Enter email address"> <button>Sign Up</button></aside>')
    out += ['</div>', f'<p class="gnt_ar_b_p"><em>{esc(S["contrib"])}</em></p>', '</article>',
            '<aside class="gnt_rr"><h3>Most Popular</h3><ul><li><a href="/story/news/local/south-jersey/2022/04/14/cherry-hill-school-budget/">Cherry Hill school budget heads to vote</a></li>'
            '<li><a href="/story/sports/2022/04/14/phillies-home-opener/">Phillies home opener draws sellout crowd</a></li></ul></aside></main>',
            '<footer class="gnt_f"><a href="/about/">About Us</a> <a href="/newsletters/">Newsletters</a> <a href="/help/">Help Center</a> '
            '<a href="/privacy/">Privacy Policy</a> <a href="/terms/">Terms of Service</a>'
            '<p>\u00a9 2022 www.courierpostonline.com. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_pressac(S):
    """The Press of Atlantic City (pressofatlanticcity.com, TownNews BLOX), HTML article carrying an AP 'The Latest'
    round-up: items separated by '___', each opening with a wire dateline ('WARSAW, Poland — '), no headlines and no
    per-item time. The visible meta shows only the date ('Apr 27, 2022'); the time is in <time datetime> and in the
    BLOX NewsArticle JSON-LD."""
    z = S["zone"]; pub = dt(S["published"], z)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": S["url"], "headline": S["title"],
          "datePublished": pub.isoformat(), "dateModified": pub.isoformat(), "author": [{"@type": "Organization", "name": "The Associated Press"}],
          "publisher": {"@type": "Organization", "name": "Press of Atlantic City", "logo": {"@type": "ImageObject",
                        "url": "https://bloximages.newyork1.vip.townnews.com/pressofatlanticcity.com/content/tncms/custom/image/logo.png"}},
          "articleSection": "Nation & World"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">',
           f'<title>{esc(S["title"])} | National News | pressofatlanticcity.com</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div id="site-top-nav"><a href="/users/login/">Log In</a> <a href="/subscribe/">Subscribe</a> <a href="/eedition/">e-Edition</a></div>',
           '<header id="site-header"><a class="logo" href="/">The Press of Atlantic City</a>'
           '<div class="weather-widget"><span>Atlantic City, NJ (08401)</span> <span>Today</span> '
           '<span>Sunshine and a few clouds. High 61F. Winds W at 10 to 20 mph.</span></div>'
           '<nav><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/entertainment/">Entertainment</a> '
           '<a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> <a href="/classifieds/">Classifieds</a> '
           '<a href="/news/nation-world/">Nation &amp; World</a></nav></header>',
           '<main><div class="asset-header"><p class="kicker">National News</p>', f'<h1 class="headline"><span>{esc(S["title"])}</span></h1>',
           '<ul class="list-inline"><li><span class="asset-byline">By The Associated Press</span></li>'
           f'<li><time datetime="{pub.isoformat()}">{SHORT_MONTHS[pub.month - 1]} {pub.day}, {pub.year}</time></li></ul></div>',
           '<div class="share-container">Facebook Twitter WhatsApp SMS Email Print Copy article link Save</div>',
           '<div class="asset-content">', f'<p>{esc(S["lede"])}</p>']
    for i, e in enumerate(S["entries"]):
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<p>___</p>')
        if i == 2:
            out.append('<div class="tnt-ads">Advertisement</div>')
    out += [f'<p>{esc(S["follow"])}</p>', '<p class="copyright">Copyright 2022 The Associated Press. All rights reserved.</p></div>',
            '<div class="asset-tags">Tags: Russia, Ukraine, Poland, Bulgaria, Natural Gas, War, Politics</div>',
            '<section class="related"><h4>Most Popular</h4><a href="/news/local/">Atlantic City casino revenue climbs in March</a> '
            '<a href="/news/local/">Ocean City boardwalk repairs begin ahead of summer</a></section></main>',
            '<footer>\u00a9 Copyright 2022 The Press of Atlantic City, 1000 W. Washington Ave., Pleasantville, NJ. Powered by BLOX Content '
            'Management System from TownNews.com. Terms of Use | Privacy Policy</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_hnt(S):
    """Home News Tribune (mycentraljersey.com, Gannett) live blog, text scrape. Newest first. Each post: headline, author,
    'USA TODAY', then a full stamp '3:40 p.m. ET April 29, 2022' (time before date), then the body. Posts from the
    previous local evening are already the next day in UTC."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); upd = dt(S["entries"][0]["t"], z)
    L = ["Skip to main content", "", "Home News Tribune", "Part of the USA TODAY Network", "Subscribe", "Sign In", "",
         "Home   News   Central Jersey   Sports   Things to Do   Opinion   Obituaries   eNewspaper   Legals", "",
         "WORLD", "", S["title"], "", "  ".join(S["authors"]), "USA TODAY", "", gannett_line(pub, upd), "",
         "Share", "Facebook  Email  Twitter", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d)} ET {MONTHS[d.month - 1]} {d.day}, {d.year}"; stamps.append(st)
        L += [e["h"], e["a"], "USA TODAY", st, ""]
        L += ptxt(e["p"]) if e["p"] else ["Replay", "Video: 1:21", ""]
        if i == 2:
            L += ["Stay up to date: Sign up for our Daily Briefing newsletter.", ""]
    L += [S["contrib"], "", "About Us  Newsletters  Help Center  Privacy Policy  Terms of Service",
          f"\u00a9 {upd.year} www.mycentraljersey.com. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_ctpost(S):
    """Connecticut Post (ctpost.com, Hearst) 'World' section listing, HTML. Cards newest first: headline link, dek
    (summary), 'By NAME, Associated Press' (or 'Associated Press'), then the stamp AFTER the text: 'May 1, 2022 5:12 p.m.'
    (no zone; Eastern). No JSON-LD on the listing."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Connecticut Post</title></head><body>',
           '<header class="header"><a class="header--logo" href="/">Connecticut Post</a>'
           '<nav><a href="/local/">Local</a> <a href="/politics/">Politics</a> <a href="/sports/">Sports</a> <a href="/business/">Business</a> '
           '<a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> <a href="/realestate/">Real Estate</a> '
           '<a href="/newsletters/">Newsletters</a> <a href="/eedition/">e-Edition</a></nav>'
           '<a class="header--signin" href="/signin/">Sign In</a> <a class="header--subscribe" href="/subscribe/">Subscribe</a></header>',
           '<div class="banner">Get 6 months for $1. <a href="/subscribe/">Subscribe now</a></div>',
           f'<main><h1 class="section-title">{esc(S["title"])}</h1>', '<div class="centerpiece">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} {ampm(d)}"; stamps.append(st)
        link = f"/news/article/{slugify(e['h'], 56)}-{17101200 + i * 37}.php"
        out.append(f'<div class="b-card"><a class="b-card--hl" href="{link}"><h2>{esc(e["h"])}</h2></a>')
        out += [f'<p class="b-card--dek">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="b-card--byline">{esc(e["byline"])}</p><span class="b-card--timestamp">{st}</span>')
        if e.get("photo"):
            out.append(f'<figure><figcaption>Photo: {esc(e["photo"])}</figcaption></figure>')
        out.append('</div>')
        if i == 3:
            out.append('<div class="ad">ADVERTISEMENT</div><div class="ad">Article continues below this ad</div>')
    out += ['</div><a class="more" href="?page=2">More World</a></main>',
            '<aside><h3>Most Popular</h3><ol><li><a href="/local/">Bridgeport council weighs budget for new fiscal year</a></li>'
            '<li><a href="/sports/">Bluefish open season at home</a></li></ol></aside>',
            '<footer>\u00a92022 Hearst Media Services Connecticut, LLC <a href="/privacy/">Privacy Notice</a> '
            '<a href="/terms/">Terms of Use</a> <a href="/ads/">Advertising</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_nhr(S):
    """New Haven Register (nhregister.com, Hearst) section RSS 2.0: pubDate in UTC (+0000), dc:creator 'NAME, Associated
    Press', plain-text description (one paragraph), no full text."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" '
           'xmlns:media="http://search.yahoo.com/mrss/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>',
           f'<atom:link href="{attr(S["url"])}feed/World-News-502.php" rel="self" type="application/rss+xml" />',
           f'<description>{esc(S["lede"])}</description>', '<language>en-us</language>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://www.nhregister.com/news/world/article/{slugify(e['h'], 56)}-{17190400 + i * 53}.php"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<dc:creator>{esc(e["byline"])}</dc:creator>',
                f'<description>{esc(" ".join(e["p"]))}</description>',
                f'<media:content url="https://s.hdnux.com/photos/01/25/{40 + i}/{10 + i}/{22187000 + i}/3/rawImage.jpg" medium="image" />',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_norwich(S):
    """Norwich Bulletin (norwichbulletin.com, Gannett), text scrape of a day-long 'updates' article run OLDEST first:
    each update is a stamp line '6:20 a.m. EDT' BEFORE the headline; one desk credit for the page (no person named);
    the date only in the page's date line 'Sunday, June 5, 2022'."""
    z = S["zone"]; order_check(S, False)
    L = ["Skip to main content", "", "Norwich Bulletin", "Subscribe", "Sign In", "",
         "News   Local   Sports   Things to Do   Opinion   Obituaries   eNewspaper   Legals", "", "WORLD", "",
         S["title"], "", S["byline"], "", S["dateline"], S["tznote"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d)} EDT"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Advertisement", ""]
        if i == 4:
            L += [f"Related: {S['more']}", ""]
    L += ["This story will be updated.", "", "About Us  Newsletters  Help Center  Privacy Policy  Terms of Service",
          f"\u00a9 2022 www.norwichbulletin.com. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_repam(S):
    """Republican-American (rep-am.com, Waterbury) 'World' news listing, HTML. Header with the capture's date and clock
    'Sunday, June 19, 2022 4:35 PM'; cards newest first: headline, credit 'Associated Press', RELATIVE age ('38 min ago',
    '5 hrs ago'), summary. No zone printed (Eastern). JSON-LD only a WebPage node."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    ld = {"@context": "https://schema.org", "@type": "WebPage", "name": "World", "url": "https://www.rep-am.com/news/world/",
          "publisher": {"@type": "NewsMediaOrganization", "name": "Republican-American"}}
    clock = f"{DAYS_EN[ref.weekday()]}, {MONTHS[ref.month - 1]} {ref.day}, {ref.year} {ampm(ref, dots=False, upper=True)}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', '<title>World | Republican-American</title>',
           '<script type="application/ld+json">' + json.dumps(ld) + '</script></head><body>',
           f'<div class="topbar"><span class="date-clock">{clock}</span> <span class="wx">Waterbury, CT 79\u00b0F Mostly sunny</span> '
           '<a href="/login/">Log in</a> <a href="/subscribe/">Subscribe</a></div>',
           '<header><a class="masthead" href="/">Republican-American</a> <span class="motto">Waterbury, Connecticut</span>'
           '<nav><a href="/news/local/">Local News</a> <a href="/sports/">Sports</a> <a href="/obituaries/">Obituaries</a> '
           '<a href="/opinion/">Opinion</a> <a href="/news/world/">Nation &amp; World</a> <a href="/business/">Business</a> '
           '<a href="/eedition/">e-Edition</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', '<div class="card-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} min ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hr ago" if mins == 60 else f"{mins // 60} hrs ago"
        stamps.append(st)
        out.append(f'<div class="card"><h3><a href="/news/world/{slugify(e["h"], 50)}/">{esc(e["h"])}</a></h3>'
                   f'<div class="card-meta"><span class="credit">{esc(e["byline"])}</span> <span class="age">{st}</span></div>')
        out += [f'<p class="summary">{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 2:
            out.append('<div class="ad">Advertisement</div>')
    out += ['</div><a class="load-more" href="?o=20">Load more</a></main>',
            '<footer>Copyright \u00a9 2022 Republican-American. All rights reserved. <a href="/privacy/">Privacy</a> <a href="/contact/">Contact us</a></footer>',
            '</body></html>']
    return "\n".join(out) + "\n", stamps


def r_hour(S):
    """The Hour (thehour.com, Norwalk, Hearst), text scrape of an AP 'The Latest' article: page credit 'By The Associated
    Press', 'Updated: July 8, 2022 4:50 p.m.', intro '... (all times EDT):', then items newest first, each a bare time line
    ('4:50 p.m.') followed by dateline paragraphs, items separated by '___'. No headlines."""
    z = S["zone"]; order_check(S, True); upd = dt(S["entries"][0]["t"], z)
    L = ["The Hour", "Sign In", "Subscribe", "", "Norwalk   Politics   Sports   Business   Opinion   Obituaries   Newsletters   e-Edition", "",
         "News", "", S["title"], "", "By The Associated Press", f"Updated: {MONTHS[upd.month - 1]} {upd.day}, {upd.year} {ampm(upd)}", "",
         S["caption"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d); stamps.append(st)
        L += [st, ""] + ptxt(e["p"]) + ["___", ""]
        if i == 2:
            L += ["Advertisement", "Article continues below this ad", ""]
    L += [S["follow"], "", "Copyright 2022 The Associated Press. All rights reserved.", "", "Most Popular",
          "Norwalk schools set summer meal sites", "Calf Pasture Beach lot fills early on hot Friday", "",
          "\u00a92022 Hearst Media Services Connecticut, LLC"]
    return "\n".join(L) + "\n", stamps


def r_ji(S):
    """Journal Inquirer (journalinquirer.com, Manchester CT, TownNews BLOX) section Atom feed: <published> with the local
    offset -04:00, <author><name>NAME, Associated Press</name>, escaped-HTML summary."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">',
           f'<title>{esc(S["title"])}</title>', f'<id>{esc(S["url"])}</id>', f'<link rel="self" href="{attr(S["url"])}" />',
           f'<updated>{last.isoformat()}</updated>', '<generator uri="https://www.townnews.com">TownNews.com Dynamic Site Engine</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        uid = f"{0x3e9a1c00 + i * 65537:08x}-4c{i}b-11ed-8f{i}a-{0x5d2c7b1e9f40 + i * 97:012x}"
        link = f"https://www.journalinquirer.com/nation_world/article_{uid}.html"
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<id>{link}</id>', f'<link rel="alternate" type="text/html" href="{link}" />',
                f'<published>{st}</published>', f'<updated>{st}</updated>', f'<author><name>{esc(e["byline"])}</name></author>',
                '<summary type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</summary>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


# ================================================================ Part B renderers (invented outlets)

def r_sedgebury(S):
    """text live, newest first, UK-style stamp '7.20pm' on its own line before the headline, 'By NAME' under it."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Home | News | World | Politics | Sport | Live", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep=".", space="", dots=False); stamps.append(st)
        L += [st, e["h"]]
        if e["a"]:
            L += [f"By {e['a']}"]
        L += [""]
        L += ptxt(e["p"]) if e["p"] else ["[Video, 0:47]", ""]
        if i == 2:
            L += ["Get the Evening Post's world briefing every weekday. Sign up here.", ""]
    L += ["Show older posts", "", f"{S['source']} \u00b7 About \u00b7 Contact \u00b7 Privacy \u00b7 Cookies"]
    return "\n".join(L) + "\n", stamps


def r_ldlive(S):
    """HTML live blog, oldest first, LiveBlogPosting JSON-LD with per-update datePublished; visible 'HH:MM' in <time datetime>;
    author line under the headline."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="cookie">{esc(S["source"])} uses cookies. <button>Accept</button> <button>Manage</button></div>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a href="/war">War</a> <a href="/politics">Politics</a> '
           '<a href="/economy">Economy</a> <a href="/opinion">Opinion</a> <a href="/donate">Donate</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="post" id="post-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="share"><a>Copy link</a> <a>Telegram</a> <a>Facebook</a></div></article>')
        if i == 2:
            out.append(f'<aside class="related"><h3>Read more</h3><a href="/explainers/price-cap">{esc(S["related"])}</a></aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Editorial policy \u00b7 Team \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """RSS 2.0 general world feed, newest first: pubDate in GMT or with a numeric offset; CDATA <p> paragraphs; dc:creator
    only when the entry has an author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en-gb</language>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S["rfc"] == "GMT"); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/story/{i + 30417}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{i + 30417}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO with the outlet's offset (Z for UTC); escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>{S["url"]}/atom.xml</id>', f'<updated>{dt(S["entries"][0]["t"], z).isoformat().replace("+00:00", "Z")}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat().replace("+00:00", "Z"); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link href="{S["url"]}/a/{i + 7301}"/>', f'<id>{S["url"]}/a/{i + 7301}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_mirelock(S):
    """HTML live, newest first, no JSON-LD; bare '20:15' in a span above the h2; 'All times CET' note; date line with
    weekday and day but NO year anywhere on the page; author under the h2; gallery placeholder for photo teasers."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 {S["source"]}</title></head><body>',
           '<div id="consent">This site uses cookies to measure traffic. <button>Agree</button> <button>Options</button></div>',
           f'<header><strong>{S["source"]}</strong> <nav><a>Poland</a> <a>Region</a> <a>World</a> <a>Ukraine war</a> <a>Comment</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])} \u00b7 {esc(S["tznote"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="live-item"><span class="live-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="live-author">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">[Gallery: 12 photos]</div>')
        out.append('</div>')
        if i == 3:
            out.append('<aside><h3>Also read</h3><a href="/region/winter-energy">How Poland is helping Ukraine through the winter</a></aside>')
    out += ['<p class="more"><a href="/live/ukraine-yesterday">Yesterday\u2019s live coverage</a></p></main>',
            f'<footer>{S["source"]} \u00b7 About us \u00b7 Advertising \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_article(S):
    """text article with section headings (one entry per section), page byline and a dateline with time and zone; no per-section stamp."""
    L = [S["source"], "Home  \u203a  International  \u203a  Ukraine", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share \u00b7 Print \u00b7 E-mail", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["ADVERTISEMENT", ""]
    L += [S["more"], "", f"\u00a9 {S['source']} 2022 \u00b7 Imprint \u00b7 Data protection"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_yardlebrook(S):
    """text live, oldest first; '8:15 a.m. ET' line before each headline; dateline with year; one desk credit for the page."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "World  \u00b7  Nation  \u00b7  Business  \u00b7  Sports  \u00b7  Newsletters", "", S["title"], S["dateline"], S["byline"], "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d)} ET"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["This live blog has ended. Our coverage continues tomorrow.", "", f"{S['source']} \u00b7 Terms \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_huxterby(S):
    """text live, newest first, wire style: '1940 GMT \u2014 Headline' on one line, paragraphs below; page date line; a
    'Key Points' block listing some entry headlines."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "World  Europe  Ukraine  Business  Video", "", S["title"], "", S["lede"], "", S["dateline"], "",
         "Key Points"] + ["- " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Live updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H%M} GMT"; stamps.append(st)
        L += [f"{st} \u2014 {e['h']}", ""]
        L += ptxt(e["p"]) if e["p"] else ["[Video]", ""]
        if i == 1:
            L += ["Read more", "Why the IAEA wants to reach Zaporizhzhia", ""]
    L += ["More updates", "", f"\u00a9 2022 {S['source']} \u00b7 Terms \u00b7 Contact"]
    return "\n".join(L) + "\n", stamps


def r_zirnbach(S):
    """HTML live, oldest first; JSON-LD @graph whose article node has @type ['NewsArticle','LiveBlogPosting'] and a
    liveBlogUpdate array with per-update times; visible 'HH:MM' in <time datetime>; signature after the body."""
    z = S["zone"]; order_check(S, False)
    base = S["url"].split("/live")[0]
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(), "articleBody": " ".join(e["p"]),
            "author": {"@type": "Person", "name": e["a"]}} for e in S["entries"]]
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": base + "/#org", "name": S["source"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@id": base + "/#org"},
         "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header>{S["source"]} <nav><a>News</a> <a>Ukraine</a> <a>Europe</a> <a>Analysis</a> <a>Podcasts</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="lb-post"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">\u2014 {esc(e["a"])}</p>')
        out.append('</div>')
        if i == 1:
            out.append('<div class="promo">Support independent journalism from Ukraine</div>')
    out += ['</main>', f'<footer>{S["source"]} \u00b7 Contacts \u00b7 Privacy \u00b7 Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def B(e, byline, **kw):
    e["byline"] = byline
    e.update(kw)
    return e


SEEDS = []

# ================================================================ PART A: ten real outlets' layouts (own words, invented details)

# ---------------------------------------------------------------- 11000 Asbury Park Press
SEEDS.append(dict(
  id="11000", name="11000_app-liveupdates", ext="txt", source="Asbury Park Press", zone="America/New_York", render=r_app,
  title="Ukraine live updates: Russia says it fired a hypersonic missile; Zelenskyy presses Moscow to negotiate",
  byline="Dalia Brenner and Theo Kastanis", published="2022-03-19 06:14", updated="2022-03-19 15:02",
  caption="Smoke rises after shelling in Mariupol, Ukraine, in this image taken from video. (Photo: AP)",
  lede="Russia said Saturday it had used one of its newest weapons against a target in western Ukraine, while the battle for the port city of Mariupol closed in on the city center.",
  bullets=["More than 3 million people have now left Ukraine, according to the United Nations refugee agency.",
           "Ukraine and Russia agreed on several humanitarian corridors for Saturday, Ukrainian officials said."],
  more="How New Jersey's Ukrainian community is organizing help",
  contrib="Contributing: The Associated Press",
  basis="article section with no time of its own: dated by the page line 'Published 6:14 a.m. ET March 19, 2022' (ET printed, EDT = UTC-4); local {d} in {z}",
  notes="Imitates a 2022 USA TODAY Network (Gannett) 'Ukraine live updates' article as run on app.com, copied from the browser. One page byline ('Dalia Brenner and Theo Kastanis' on one line, then 'USA TODAY'), one line 'Published 6:14 a.m. ET March 19, 2022 | Updated 3:02 p.m. ET March 19, 2022'. A 'Latest developments:' list with two \u25ba bullets is the page summary (not entries). Six sections, each a heading line plus paragraphs, with NO time of their own: stamp null, published = the page's Published time (convention, see README). Author = the page byline for every section. Section 6 is a local tie-in (Monmouth County parish).",
  not_entries=["'Skip to main content', masthead, Subscribe / Sign In, navigation menu", "section label 'WORLD'", "article headline (page title)",
               "page byline 'Dalia Brenner and Theo Kastanis' and 'USA TODAY'", "'Published ... | Updated ...' line", "share buttons",
               "photo caption 'Smoke rises after shelling in Mariupol ...'", "lede paragraph", "'Latest developments:' and its two \u25ba bullets (page summary)",
               "'Advertisement'", "'MORE: How New Jersey's Ukrainian community is organizing help' (related link)",
               "'Contributing: The Associated Press'", "newsletter line", "footer links and copyright"],
  entries=[
  E("2022-03-19 06:14", "Russia says it used hypersonic missile on arms depot",
    ["Russia\u2019s Defense Ministry said Saturday that a Kinzhal hypersonic missile had destroyed an underground store of missiles and aircraft ammunition in the village of Deliatyn, in western Ukraine\u2019s Ivano-Frankivsk region, on Friday.",
     "If confirmed, it would be the first known combat use of the air-launched weapon. Ukrainian officials acknowledged a strike in the area but did not say what kind of missile was involved."],
    "strikes", "strikes", 3, "deliatyn-kinzhal-strike-2022-03-18", a="Dalia Brenner and Theo Kastanis"),
  E("2022-03-19 06:14", "Zelenskyy urges Russia to negotiate now",
    ["In an overnight video address, President Volodymyr Zelenskyy said meaningful peace talks were the only chance for Russia to limit the damage from its own mistakes.",
     "He said Ukraine\u2019s proposals were on the table and accused the Kremlin of deliberately holding up aid convoys bound for besieged cities."],
    "diplomacy", "diplomacy", 3, "zelenskyy-calls-for-talks-2022-03-19", a="Dalia Brenner and Theo Kastanis"),
  E("2022-03-19 06:14", "Dozens feared dead after strike on Mykolaiv barracks",
    ["Rescue workers in the southern city of Mykolaiv spent Saturday digging through the remains of a military barracks that Russian rockets hit a day earlier, and local media reported that dozens of soldiers were killed.",
     "No official toll was released. The regional governor, Vitaliy Kim, said the city had come under fire again overnight."],
    "strikes", "strikes", 3, "mykolaiv-barracks-strike-2022-03-18", a="Dalia Brenner and Theo Kastanis"),
  E("2022-03-19 06:14", "Mariupol fighting moves toward city center",
    ["Russian troops pushed deeper into Mariupol, and Ukrainian officials said street battles had reached the Azovstal steel works on the city\u2019s edge.",
     "City officials estimate that tens of thousands of residents are still trapped with little food, water or heat."],
    "other", "frontline", 3, "mariupol-battle-city-center-2022-03", a="Dalia Brenner and Theo Kastanis", n="big frontline shift (single-page importance 3)"),
  E("2022-03-19 06:14", "Biden and Xi talk for nearly two hours",
    ["President Joe Biden warned Chinese leader Xi Jinping on Friday that Beijing would face consequences if it gave material support to Russia\u2019s war, the White House said.",
     "Chinese state media said Xi told Biden that conflict served no one\u2019s interest, but the readout did not criticize Moscow."],
    "diplomacy", "diplomacy", 3, "biden-xi-call-2022-03-18", a="Dalia Brenner and Theo Kastanis"),
  E("2022-03-19 06:14", "Monmouth County parish fills another truck with supplies",
    ["Volunteers at a Ukrainian Catholic parish in Monmouth County packed a tractor-trailer with medicine, sleeping bags and baby formula on Saturday, the third shipment the church has organized since the invasion began.",
     "Organizers said the goods would be driven from Poland to shelters in Lviv."],
    "other", "humanitarian", 2, "monmouth-parish-supply-drive-2022-03", a="Dalia Brenner and Theo Kastanis", sec=["aid"],
    n="local tie-in; invented parish drive"),
  ]))

# ---------------------------------------------------------------- 11001 Courier-Post
SEEDS.append(dict(
  id="11001", name="11001_courierpost-live", ext="html", source="Courier-Post", zone="America/New_York", render=r_courier,
  title="Ukraine live updates: Moskva sinks; Russia hits missile plant near Kyiv and warns of more strikes",
  url="https://www.courierpostonline.com/story/news/world/2022/04/14/ukraine-russia-live-updates-moskva-kyiv/7318824001/",
  published="2022-04-14 20:47", authors=["Noor Castellan", "Brent Oyelaran", "Paige Whitcombe"],
  lede="Follow here for the latest on Russia\u2019s war in Ukraine after the loss of the flagship of Moscow\u2019s Black Sea Fleet.",
  contrib="Contributing: The Associated Press",
  basis="post stamp '{s}' (Eastern time, 'ET' printed, EDT = UTC-4); no date per post: the page line 'Published 8:47 p.m. ET April 14, 2022 | Updated 1:26 p.m. ET April 15, 2022' and the newest-first order put posts after midnight on April 15 and the three late-evening ones on April 14; local {d} in {z}",
  notes="Imitates a Gannett live blog as run by the Courier-Post (Cherry Hill), HTML. Newest first. Each post: the time ('1:26 p.m. ET', no date) ABOVE the h2 headline, then author + 'USA TODAY', then body. Dates appear only in 'Published 8:47 p.m. ET April 14, 2022 | Updated 1:26 p.m. ET April 15, 2022'. The posts cross local midnight: the bottom three (9:10 p.m., 10:30 p.m., 11:55 p.m.) are April 14 local, which is already April 15 in UTC, so all eight posts fall on 2022-04-15 UTC. JSON-LD is a page-level NewsArticle (no per-post data). 11001-07 is a 'Watch:' video teaser with no text. 11001-05 and 11001-08 are the same story (the Moskva sinking) told twice in different words; neither is a repeat of the other.",
  not_entries=["header logo and navigation, Subscribe / Sign In", "section label 'WORLD'", "page headline (page title)", "page byline list + 'USA TODAY'",
               "'Published ... | Updated ...' line", "share buttons", "intro paragraph 'Follow here for the latest ...' (lede)", "'USA TODAY' label in each post's meta line",
               "video player placeholder 'Video player: 0:58' in the teaser post", "newsletter box after the third post", "'Contributing: The Associated Press'",
               "'Most Popular' rail with two local links", "footer"],
  entries=[
  E("2022-04-15 13:26", "Russia promises more strikes on Kyiv after hitting missile plant",
    ["Russia\u2019s Defense Ministry said Friday it would step up missile attacks on targets in Kyiv in response to what it called Ukrainian sabotage and raids on Russian territory.",
     "Hours earlier, long-range missiles hit the Vizar plant on the capital\u2019s western outskirts, a factory that Ukrainian and Western officials say made the Neptune anti-ship missile."],
    "strikes", "strikes", 3, "vizar-plant-strike-2022-04-15", a="Noor Castellan"),
  E("2022-04-15 11:05", "Moscow sent formal warning to Washington over weapons, report says",
    ["Russia sent the United States a diplomatic note this week warning that further deliveries of the most sensitive weapons to Ukraine could bring unpredictable consequences, according to a report that cited a copy of the document.",
     "The State Department declined to discuss the note\u2019s contents."],
    "diplomacy", "diplomacy", 3, "russia-diplomatic-note-us-weapons-2022-04", a="Brent Oyelaran", sec=["aid"]),
  E("2022-04-15 08:40", "Russia says Ukrainian helicopters struck village in Bryansk region",
    ["Russian investigators said two Ukrainian military helicopters had fired on homes in a village in the Bryansk region, near the border, injuring seven people.",
     "Ukraine\u2019s security service dismissed the claim as a staged provocation meant to rally Russians behind the war."],
    "strikes", "strikes", 2, "bryansk-village-helicopter-claim-2022-04-14", a="Paige Whitcombe"),
  E("2022-04-15 06:15", "Mariupol defenders hold out in steel plant, Ukraine says",
    ["Ukrainian troops still held parts of Mariupol, including the sprawling Azovstal steel plant, despite Russian claims that the port had nearly fallen, an adviser to the city\u2019s mayor said."],
    "other", "frontline", 2, "mariupol-azovstal-holdout-2022-04", a="Paige Whitcombe"),
  E("2022-04-15 01:30", "What we know about the loss of the Moskva",
    ["The Moskva, flagship of Russia\u2019s Black Sea Fleet, sank on Thursday while being towed to port, the Russian Defense Ministry said.",
     "Ukrainian officials say the cruiser was hit by two Neptune missiles. Moscow has acknowledged only a fire that set off ammunition on board and has not said whether any sailors died."],
    "strikes", "strikes", 3, "moskva-sinking-2022-04-14", a="Noor Castellan", n="same story as 11001-08, different wording"),
  E("2022-04-14 23:55", "Pentagon presses arms makers to speed production for Ukraine",
    ["Senior Pentagon officials met this week with the heads of the largest U.S. defense contractors to discuss how quickly they could increase production of weapons being sent to Ukraine, officials said."],
    "aid", "aid", 2, "pentagon-contractors-meeting-2022-04", a="Brent Oyelaran"),
  E("2022-04-14 22:30", "Watch: Residents return to Bucha\u2019s ruined streets", [],
    "other", "humanitarian", 1, "bucha-residents-return-video-2022-04", a="Paige Whitcombe", n="video teaser, no text body"),
  E("2022-04-14 21:10", "Russia confirms its Black Sea flagship has sunk",
    ["Russia\u2019s Defense Ministry said Thursday evening that the missile cruiser Moskva had gone down in stormy seas after losing stability while it was being towed."],
    "strikes", "strikes", 3, "moskva-sinking-2022-04-14", a="Noor Castellan"),
  ]))

# ---------------------------------------------------------------- 11002 The Press of Atlantic City
SEEDS.append(dict(
  id="11002", name="11002_pressofac-thelatest", ext="html", source="The Press of Atlantic City", zone="America/New_York", render=r_pressac,
  title="The Latest: Russia halts natural gas to Poland and Bulgaria",
  url="https://pressofatlanticcity.com/news/nation-world/the-latest-russia-halts-natural-gas-to-poland-and-bulgaria/article_0c3d7a52-c64b-11ec-9e1f-5b7a02d41e6c.html",
  published="2022-04-27 11:52",
  lede="The Latest on Russia\u2019s war in Ukraine:",
  follow="Follow all AP stories on the war in Ukraine at the AP hub.",
  basis="AP 'The Latest' item without headline or time: dated by the article time, which the page prints only as the date 'Apr 27, 2022' and carries in full in <time datetime=\"2022-04-27T11:52:00-04:00\"> and the NewsArticle JSON-LD datePublished (EDT = UTC-4); local {d} in {z}",
  notes="Imitates a TownNews BLOX article page of pressofatlanticcity.com carrying an AP 'The Latest' round-up. Items are separated by '___' paragraphs and open with a wire dateline in capitals ('WARSAW, Poland \u2014 ', 'ST. PETERSBURG, Russia \u2014 '); they have NO headline (headline null) and NO time of their own. The visible meta shows only 'Apr 27, 2022'; the article time 11:52 a.m. EDT is in <time datetime> and in the JSON-LD datePublished, and dates every item (stamp null). first_sentence includes the dateline as printed. Author 'The Associated Press' (page credit 'By The Associated Press'). The intro line 'The Latest on Russia's war in Ukraine:' is chrome.",
  not_entries=["top links Log In / Subscribe / e-Edition", "masthead and weather widget 'Atlantic City, NJ (08401)'", "navigation", "kicker 'National News'",
               "headline (page title)", "'By The Associated Press' and the date 'Apr 27, 2022'", "share tools", "intro 'The Latest on Russia's war in Ukraine:'",
               "'___' separators", "'Advertisement'", "'Follow all AP stories on the war in Ukraine at the AP hub.'", "AP copyright line", "tags line",
               "'Most Popular' links", "footer"],
  entries=[
  E("2022-04-27 11:52", None,
    ["WARSAW, Poland \u2014 Russia\u2019s state-controlled energy giant Gazprom stopped natural gas deliveries to Poland and Bulgaria on Wednesday after both governments refused Moscow\u2019s demand to pay in rubles.",
     "Polish officials said the country had enough gas in storage and from other suppliers to manage, and the head of the European Commission accused Moscow of using energy to blackmail Europe."],
    "diplomacy", "diplomacy", 3, "gazprom-gas-cutoff-poland-bulgaria-2022-04-27", a="The Associated Press"),
  E("2022-04-27 11:52", None,
    ["ST. PETERSBURG, Russia \u2014 President Vladimir Putin told lawmakers Wednesday that any outside country that tries to interfere in Ukraine and poses a strategic threat to Russia would face an immediate military response."],
    "diplomacy", "diplomacy", 3, "putin-warns-outside-interference-2022-04-27", a="The Associated Press"),
  E("2022-04-27 11:52", None,
    ["BELGOROD, Russia \u2014 A fire broke out at an ammunition depot near Belgorod early Wednesday after a series of explosions, the regional governor said. No one was hurt, he said."],
    "strikes", "strikes", 2, "belgorod-depot-fire-2022-04-27", a="The Associated Press"),
  E("2022-04-27 11:52", None,
    ["KHERSON, Ukraine \u2014 Russian forces installed their own mayor and regional chief in the occupied southern city of Kherson after removing the elected officials from city hall, Ukrainian officials said.",
     "Ukraine\u2019s government called the appointments illegal."],
    "other", "politics", 2, "kherson-occupation-officials-2022-04", a="The Associated Press"),
  E("2022-04-27 11:52", None,
    ["LONDON \u2014 Britain\u2019s foreign secretary urged Western allies on Wednesday to send Ukraine heavier weapons, including tanks and aircraft, and to step up arms production."],
    "aid", "aid", 2, "britain-heavy-weapons-call-2022-04-27", a="The Associated Press"),
  E("2022-04-27 11:52", None,
    ["MOSCOW \u2014 The Kremlin said Putin had agreed in principle to let the United Nations and the Red Cross help evacuate civilians from the Azovstal steel plant in Mariupol after meeting U.N. Secretary-General Antonio Guterres.",
     "Guterres is due in Kyiv on Thursday."],
    "diplomacy", "diplomacy", 3, "guterres-putin-meeting-2022-04-26", a="The Associated Press"),
  ]))

# ---------------------------------------------------------------- 11003 Home News Tribune
SEEDS.append(dict(
  id="11003", name="11003_mycentraljersey-live", ext="txt", source="Home News Tribune", zone="America/New_York", render=r_hnt,
  title="Ukraine live updates: Missiles hit Kyiv during UN chief's visit; Biden asks Congress for $33 billion",
  published="2022-04-28 20:31", authors=["Lorna Pettigrew", "Kenji Albright", "Marcus Eberly"],
  lede="Russian missiles struck Kyiv on Thursday evening, shortly after U.N. Secretary-General Antonio Guterres met Ukraine's president. Follow the latest here.",
  contrib="Contributing: The Associated Press",
  basis="full post stamp '{s}' (time, 'ET', then the date; EDT = UTC-4); local {d} in {z}",
  notes="Imitates a Gannett (USA TODAY Network) live blog on mycentraljersey.com, the Home News Tribune's site, copied from the browser. Newest first. Each post: headline, author, 'USA TODAY', then a full stamp with the time BEFORE the date ('3:40 p.m. ET April 29, 2022'), then the body. The three oldest posts are from the evening of April 28 local time, which is already April 29 in UTC (EDT = UTC-4). 11003-06 is a 'Watch:' video teaser (no text; 'Replay' / 'Video: 1:21' are player chrome). 11003-01 and 11003-02 share a story: the second is Zelenskyy's reaction whose content is the strike itself.",
  not_entries=["'Skip to main content', masthead, 'Part of the USA TODAY Network', Subscribe / Sign In, navigation", "section label 'WORLD'",
               "article headline (page title)", "page byline names and 'USA TODAY'", "'Published ... | Updated ...' line", "share buttons", "lede paragraph",
               "'USA TODAY' line in each post", "video player chrome 'Replay' / 'Video: 1:21'", "newsletter line after the third post",
               "'Contributing: The Associated Press'", "footer"],
  entries=[
  E("2022-04-29 15:40", "Journalist's body found in Kyiv building hit during UN visit",
    ["Rescuers recovered the body of a Radio Liberty journalist from a residential building in Kyiv that was struck by a Russian missile Thursday evening, the broadcaster said Friday.",
     "The strike, one of two on the capital, came about an hour after U.N. Secretary-General Antonio Guterres finished a news conference with President Volodymyr Zelenskyy. Ten people were injured."],
    "strikes", "strikes", 3, "kyiv-strike-during-guterres-visit-2022-04-28", a="Lorna Pettigrew"),
  E("2022-04-29 13:05", "Zelenskyy says strike on Kyiv was meant to humiliate the UN",
    ["Zelenskyy said the timing of Thursday\u2019s missile strike on Kyiv showed contempt for the United Nations and for Guterres personally, and called for a strong response from the world body."],
    "strikes", "strikes", 3, "kyiv-strike-during-guterres-visit-2022-04-28", a="Kenji Albright", sec=["diplomacy"],
    n="reaction whose content is the strike itself: same story as 11003-01"),
  E("2022-04-29 10:20", "Ukraine says it brought home 45 people in latest swap",
    ["Ukraine said it had brought back 45 of its people, including servicemembers and civilians, in its latest prisoner exchange with Russia."],
    "diplomacy", "diplomacy", 2, "prisoner-exchange-2022-04-28", a="Kenji Albright", n="small exchange: importance 2"),
  E("2022-04-29 07:45", "UN says it is working to get civilians out of Mariupol steel plant",
    ["The U.N. said it was in contact with Moscow and Kyiv about an operation to evacuate civilians sheltering beneath the Azovstal steel plant, but gave no timetable."],
    "other", "humanitarian", 2, "azovstal-evacuation-talks-2022-04", a="Lorna Pettigrew"),
  E("2022-04-28 23:02", "Biden asks Congress for $33 billion more for Ukraine",
    ["President Joe Biden asked Congress on Thursday to approve $33 billion in military, economic and humanitarian aid for Ukraine, more than twice the amount lawmakers approved in March.",
     "About $20 billion of the request would pay for weapons and ammunition, the White House said."],
    "aid", "aid", 3, "biden-33-billion-request-2022-04-28", a="Marcus Eberly"),
  E("2022-04-28 22:15", "Watch: Biden on why the U.S. is sending more weapons", [],
    "aid", "aid", 1, "biden-33-billion-request-2022-04-28", a="Marcus Eberly", n="video teaser, no text body"),
  E("2022-04-28 20:40", "Guterres sees destruction in towns outside Kyiv",
    ["Guterres visited Bucha, Borodianka and Irpin on Thursday before his talks with Zelenskyy, and called for full accountability for crimes committed there."],
    "diplomacy", "diplomacy", 2, "guterres-kyiv-visit-2022-04-28", a="Lorna Pettigrew"),
  ]))

# ---------------------------------------------------------------- 11004 Connecticut Post
SEEDS.append(dict(
  id="11004", name="11004_ctpost-world", ext="html", source="Connecticut Post", zone="America/New_York", render=r_ctpost,
  title="World",
  basis="card stamp '{s}' after the text (full date, no zone printed; Bridgeport = Eastern time, EDT = UTC-4); local {d} in {z}",
  notes="Imitates the Hearst 'World' section listing of ctpost.com. Newest first. Each card: headline link, dek (one summary paragraph), credit line ('By NAME, Associated Press' or just 'Associated Press'), then the stamp AFTER the text ('May 1, 2022 5:12 p.m.', no zone: Eastern). Two cards carry a photo caption ('Photo: ...'), which is chrome. No JSON-LD. Author = the name before ', Associated Press'; agency-only credits give 'Associated Press'. Two off-beat wire items (Shanghai lockdown, South Asian heat wave).",
  not_entries=["header logo, navigation, Sign In / Subscribe", "subscription banner", "section heading 'World' (page title)", "credit lines 'By ..., Associated Press'",
               "photo captions 'Photo: ...'", "'ADVERTISEMENT' / 'Article continues below this ad'", "'More World' link", "'Most Popular' list", "footer"],
  entries=[
  B(E("2022-05-01 17:12", "Pelosi meets Zelenskyy on surprise trip to Kyiv",
    ["House Speaker Nancy Pelosi led a delegation of Democratic lawmakers to Kyiv for talks with President Volodymyr Zelenskyy, the most senior U.S. official to visit Ukraine since the invasion began, Zelenskyy\u2019s office said Sunday."],
    "diplomacy", "diplomacy", 3, "pelosi-kyiv-visit-2022-04-30", a="Sofia Marchetti"), "By Sofia Marchetti, Associated Press",
    photo="Ukrainian Presidential Press Office via AP"),
  B(E("2022-05-01 16:05", "Lavrov's Hitler remark in TV interview draws anger",
    ["Russian Foreign Minister Sergey Lavrov claimed in an interview with Italian television that having a Jewish president did not stop Ukraine from harboring Nazis, drawing swift condemnation from Israel\u2019s foreign minister."],
    "diplomacy", "diplomacy", 2, "lavrov-italian-tv-interview-2022-05-01", a="Owen Delacroix"), "By Owen Delacroix, Associated Press"),
  B(E("2022-05-01 14:40", "First group of civilians leaves Azovstal steel plant",
    ["About 100 civilians who had sheltered for weeks under the Azovstal steel works in Mariupol were evacuated on Sunday in an operation coordinated by the U.N. and the Red Cross, Zelenskyy said."],
    "other", "humanitarian", 3, "azovstal-civilian-evacuation-2022-05-01", a="Associated Press"), "Associated Press",
    photo="Alexei Alexandrov / AP"),
  B(OFF("2022-05-01 11:25", "Shanghai spends May Day holiday under lockdown",
    ["Most of Shanghai\u2019s 25 million residents began the May Day holiday confined to their homes as China held to its strict \u2018zero-COVID\u2019 policy."],
    "shanghai-lockdown-may-day-2022", a="Associated Press", n="China COVID lockdown"), "Associated Press"),
  B(E("2022-05-01 07:30", "Russia says it struck weapons depot near Odesa airport",
    ["Russia\u2019s military said Sunday that its missiles had destroyed a hangar near Odesa holding weapons from the United States and Europe, a day after a strike put the city\u2019s airport runway out of use."],
    "strikes", "strikes", 2, "odesa-airport-strikes-2022-04-30", a="Owen Delacroix"), "By Owen Delacroix, Associated Press"),
  B(OFF("2022-05-01 04:50", "Early heat wave grips India and Pakistan",
    ["Temperatures above 110 degrees Fahrenheit baked large parts of India and Pakistan, straining power grids and raising fears for the wheat harvest."],
    "south-asia-heat-wave-2022-04", a="Associated Press", n="weather"), "Associated Press"),
  B(E("2022-05-01 01:15", "Ukraine says Russian attacks in east are intensifying",
    ["Ukraine\u2019s military said Russian forces were attacking along most of the front in the Donetsk and Kharkiv regions but had made only small gains."],
    "other", "frontline", 2, "russian-offensive-east-2022-05-01", a="Sofia Marchetti"), "By Sofia Marchetti, Associated Press"),
  ]))

# ---------------------------------------------------------------- 11005 New Haven Register
SEEDS.append(dict(
  id="11005", name="11005_nhregister-worldrss", ext="xml", source="New Haven Register", zone="UTC", render=r_nhr,
  title="New Haven Register: World", url="https://www.nhregister.com/news/world/",
  lede="World news from the New Haven Register and The Associated Press",
  basis="RSS pubDate '{s}' (explicit +0000 offset = UTC); local {d} in {z}",
  notes="Imitates a Hearst section RSS feed of nhregister.com. Newest first. pubDate carries +0000 (UTC), so page_timezone is UTC although the outlet's home zone is Eastern. description is a one-paragraph summary (no full text). dc:creator 'NAME, Associated Press' or 'The Associated Press'; author = the name part, or 'The Associated Press'. Two of seven items are off-beat (Taiwan remark, monkeypox).",
  not_entries=["channel title/link/description/language/lastBuildDate", "atom:link self", "item link/guid URLs", "media:content images"],
  entries=[
  B(E("2022-05-23 19:40", "Ukrainian court gives Russian soldier life sentence in first war crimes trial",
    ["A court in Kyiv sentenced a 21-year-old Russian tank commander to life in prison for killing an unarmed civilian in the Sumy region in the first days of the war."],
    "other", "humanitarian", 3, "first-war-crimes-verdict-2022-05-23", a="Hanna Solberg"), "Hanna Solberg, Associated Press"),
  B(E("2022-05-23 17:15", "Austin says 20 countries have promised new weapons for Ukraine",
    ["Defense Secretary Lloyd Austin said after a virtual meeting of about 40 countries that 20 of them had announced new security assistance, including anti-ship missiles from Denmark."],
    "aid", "aid", 3, "ukraine-contact-group-pledges-2022-05-23", a="Carter Reyes"), "Carter Reyes, Associated Press"),
  B(OFF("2022-05-23 14:30", "Biden says US would defend Taiwan if China attacked",
    ["President Joe Biden said during a visit to Tokyo that the United States would be willing to use force to defend Taiwan, remarks the White House later said did not signal a change in policy."],
    "biden-taiwan-remark-2022-05-23", a="The Associated Press", n="US-China"), "The Associated Press"),
  B(E("2022-05-23 12:05", "Russian diplomat at UN in Geneva resigns over war",
    ["A counselor at Russia\u2019s mission to the United Nations in Geneva said he had resigned in protest against the invasion, a rare public break by a Russian diplomat."],
    "diplomacy", "diplomacy", 2, "russian-diplomat-geneva-resigns-2022-05-23", a="Hanna Solberg"), "Hanna Solberg, Associated Press"),
  B(OFF("2022-05-23 09:50", "WHO says monkeypox spread outside Africa can still be stopped",
    ["The World Health Organization said the unusual outbreaks of monkeypox in Europe and North America could still be contained through tracing and isolation."],
    "monkeypox-outbreak-2022-05", a="The Associated Press", n="public health"), "The Associated Press"),
  B(E("2022-05-23 07:20", "Zelenskyy asks Davos forum for maximum sanctions on Russia",
    ["Speaking by video to the World Economic Forum, Zelenskyy urged business and political leaders to cut all trade with Russia and to help rebuild Ukraine\u2019s cities."],
    "diplomacy", "diplomacy", 2, "zelenskyy-davos-address-2022-05-23", a="Carter Reyes", n="appeal (importance 2 by convention)"), "Carter Reyes, Associated Press"),
  B(E("2022-05-23 05:05", "Shelling kills civilians in Sievierodonetsk, governor says",
    ["Russian shelling killed at least four civilians in Sievierodonetsk over the past day as Russian troops tried to encircle the city, the governor of the Luhansk region said."],
    "strikes", "strikes", 3, "sievierodonetsk-shelling-2022-05-22", a="The Associated Press"), "The Associated Press"),
  ]))

# ---------------------------------------------------------------- 11006 Norwich Bulletin
SEEDS.append(dict(
  id="11006", name="11006_norwichbulletin-updates", ext="txt", source="Norwich Bulletin", zone="America/New_York", render=r_norwich,
  title="Russia-Ukraine war: Missiles strike Kyiv; Putin warns West over rockets",
  byline="Norwich Bulletin staff and wire reports", dateline="Sunday, June 5, 2022", tznote="All times Eastern.",
  lede="Updates through the day on Russia's war in Ukraine, with the newest at the bottom.",
  more="Connecticut's Ukrainian churches mark 100 days of war",
  basis="stamp '{s}' (EDT printed, UTC-4) before the headline, on the page date 'Sunday, June 5, 2022'; local {d} in {z}",
  notes="Imitates a day-long updates article on norwichbulletin.com (Gannett), copied from the browser, run OLDEST first. Each update: a stamp line '6:20 a.m. EDT' BEFORE its headline, then paragraphs. The date is printed only in the page date line 'Sunday, June 5, 2022'. The page credit 'Norwich Bulletin staff and wire reports' names no person or agency, so author is null. 11006-01 and 11006-02 share a story (Russia's claim about what the Kyiv strike hit). One off-beat item (jubilee pageant); 11006-07 is a local tie-in (invented volunteer group).",
  not_entries=["'Skip to main content', masthead, Subscribe / Sign In, navigation", "section label 'WORLD'", "headline (page title)",
               "desk credit 'Norwich Bulletin staff and wire reports'", "date line 'Sunday, June 5, 2022' and 'All times Eastern.'", "lede line",
               "'Advertisement'", "'Related: ...' link", "'This story will be updated.'", "footer"],
  entries=[
  E("2022-06-05 06:20", "Missiles strike Kyiv for first time in weeks",
    ["Several explosions shook eastern Kyiv early Sunday as Russian missiles hit the Darnytsia district, the city\u2019s mayor said. One person was taken to the hospital.",
     "Ukraine\u2019s rail operator said a train repair facility was among the buildings hit."],
    "strikes", "strikes", 3, "kyiv-darnytsia-strike-2022-06-05"),
  E("2022-06-05 08:45", "Moscow says Kyiv strike hit tanks sent by Eastern European allies",
    ["Russia\u2019s Defense Ministry said the missiles fired at Kyiv had destroyed T-72 tanks and other armored vehicles supplied by Eastern European countries and housed in a repair plant.",
     "Ukrainian rail officials said there were no tanks at the site."],
    "strikes", "strikes", 3, "kyiv-darnytsia-strike-2022-06-05", n="claim about the attack: same story as 11006-01"),
  E("2022-06-05 10:10", "Putin threatens new targets if West sends longer-range rockets",
    ["President Vladimir Putin said in a television interview that Russia would strike targets it had so far spared if the West supplied Ukraine with rockets able to reach deeper into Russian-held territory."],
    "diplomacy", "diplomacy", 3, "putin-warns-long-range-rockets-2022-06-05", sec=["aid"]),
  E("2022-06-05 12:30", "Ukraine says it pushed Russians back in Sievierodonetsk",
    ["Ukrainian forces regained about half of Sievierodonetsk in counterattacks, the governor of the Luhansk region said, though Russia still held much of the city."],
    "other", "frontline", 2, "sievierodonetsk-counterattack-2022-06"),
  E("2022-06-05 14:15", "Zelenskyy visits troops near front in Luhansk and Donetsk regions",
    ["Zelenskyy traveled to Lysychansk and Soledar, meeting soldiers and handing out awards, his office said."],
    "other", "frontline", 2, "zelenskyy-front-visit-2022-06-05"),
  OFF("2022-06-05 16:40", "Pageant closes four days of jubilee celebrations",
    ["A pageant through central London ended four days of events marking Queen Elizabeth II\u2019s 70 years on the throne, with the queen appearing on the palace balcony at its close."],
    "platinum-jubilee-pageant-2022-06-05", n="UK royal jubilee"),
  E("2022-06-05 17:55", "Norwich-area volunteers ship medical kits to Ukraine",
    ["A volunteer group based in Norwich packed more than 300 first-aid kits at a church hall on Sunday, the group\u2019s organizer said. The kits will be flown to Poland next week."],
    "other", "humanitarian", 2, "norwich-volunteers-medical-kits-2022-06", sec=["aid"], n="local tie-in; invented group"),
  ]))

# ---------------------------------------------------------------- 11007 Republican-American
SEEDS.append(dict(
  id="11007", name="11007_repam-world", ext="html", source="Republican-American", zone="America/New_York", render=r_repam,
  title="World", ref="2022-06-19 16:35",
  basis="relative age '{s}' counted back from the page's header clock 'Sunday, June 19, 2022 4:35 PM' (Waterbury, Eastern time implied, EDT = UTC-4); local {d} in {z}",
  notes="Imitates the 'World' listing of rep-am.com (Waterbury) as saved from the browser. The top bar prints the capture's date and clock 'Sunday, June 19, 2022 4:35 PM' (no zone: Eastern); each card, newest first, shows headline, credit 'Associated Press' and a RELATIVE age ('38 min ago', '4 hrs ago'), then a one-paragraph summary. Every time is resolved back from the header clock (whole hours as printed: as precise as the page allows). JSON-LD is only a WebPage node. Author 'Associated Press' (agency-only credit). Two off-beat wire items (French election, Colombian runoff).",
  not_entries=["top bar with the date/clock (capture time, used as anchor), weather, Log in / Subscribe", "masthead, motto and navigation",
               "section heading 'World' (page title)", "credit 'Associated Press' on each card", "'Advertisement'", "'Load more'", "footer"],
  entries=[
  B(E("2022-06-19 15:57", "NATO chief says war in Ukraine could last years",
    ["NATO Secretary-General Jens Stoltenberg told a German newspaper that allies must be ready to support Ukraine for a long time, warning that the costs of the war would keep rising."],
    "diplomacy", "diplomacy", 2, "stoltenberg-long-war-warning-2022-06-19", a="Associated Press"), "Associated Press"),
  B(OFF("2022-06-19 14:35", "Macron's alliance falls short of majority, projections show",
    ["French President Emmanuel Macron\u2019s centrist alliance was projected to lose its absolute majority in the National Assembly after Sunday\u2019s parliamentary runoff."],
    "france-legislative-election-2022", a="Associated Press", n="French election"), "Associated Press"),
  B(E("2022-06-19 12:35", "Zelenskyy visits troops in southern Ukraine",
    ["President Volodymyr Zelenskyy visited soldiers and damaged buildings in the Mykolaiv and Odesa regions, his first trip to the south since the invasion began, his office said."],
    "other", "frontline", 2, "zelenskyy-southern-visit-2022-06-18", a="Associated Press"), "Associated Press"),
  B(E("2022-06-19 10:35", "Lithuania stands by curbs on Kaliningrad rail transit",
    ["Lithuania said it was only applying European Union sanctions when it stopped rail shipments of some goods crossing its territory to Russia\u2019s Kaliningrad exclave, and rejected Moscow\u2019s protests."],
    "diplomacy", "diplomacy", 2, "lithuania-kaliningrad-transit-2022-06", a="Associated Press"), "Associated Press"),
  B(E("2022-06-19 08:35", "Russian missiles hit fuel depot in Dnipropetrovsk region",
    ["Russian missiles struck a fuel storage site near Novomoskovsk in the Dnipropetrovsk region, starting a large fire and wounding three workers, the regional governor said."],
    "strikes", "strikes", 2, "novomoskovsk-fuel-depot-strike-2022-06-19", a="Associated Press"), "Associated Press"),
  B(OFF("2022-06-19 05:35", "Colombians vote in tight presidential runoff",
    ["Colombians began voting in a runoff between a former guerrilla and a populist construction magnate, a race that polls showed was too close to call."],
    "colombia-presidential-runoff-2022", a="Associated Press", n="Colombian election"), "Associated Press"),
  B(E("2022-06-19 01:35", "Russians storm outskirts of Severodonetsk, governor says",
    ["Russian troops were attacking Sievierodonetsk from several directions and fighting was under way in villages on its outskirts, the Luhansk regional governor said."],
    "other", "frontline", 2, "sievierodonetsk-battle-2022-06", a="Associated Press", n="headline spells 'Severodonetsk', body 'Sievierodonetsk'"), "Associated Press"),
  ]))

# ---------------------------------------------------------------- 11008 The Hour
SEEDS.append(dict(
  id="11008", name="11008_thehour-thelatest", ext="txt", source="The Hour", zone="America/New_York", render=r_hour,
  title="The Latest: US adds HIMARS launchers in new $400M package for Ukraine",
  caption="A Ukrainian soldier walks past a destroyed building in the Donetsk region. Photo: AP",
  lede="The Latest on the Russia-Ukraine war (all times EDT):",
  follow="Follow all AP stories on the war in Ukraine on the AP hub.",
  basis="bare item time '{s}' ('all times EDT' printed in the intro) on the page date 'July 8, 2022' (Updated line); local {d} in {z}",
  notes="Imitates a Hearst article page of thehour.com (Norwalk) carrying an AP 'The Latest' file, copied from the browser. Page credit 'By The Associated Press' and 'Updated: July 8, 2022 4:50 p.m.'; intro '... (all times EDT):'. Items newest first, each a bare time line ('4:50 p.m.') followed by paragraphs that open with a wire dateline ('WASHINGTON \u2014 '); items separated by '___'. NO headlines (headline null); first_sentence includes the dateline. Author 'The Associated Press'.",
  not_entries=["masthead, Sign In / Subscribe, navigation", "section label 'News'", "headline (page title)", "'By The Associated Press' and 'Updated: ...' line",
               "photo caption", "intro 'The Latest on the Russia-Ukraine war (all times EDT):'", "'___' separators",
               "'Advertisement' / 'Article continues below this ad'", "'Follow all AP stories ...'", "AP copyright line", "'Most Popular' with two local headlines", "footer"],
  entries=[
  E("2022-07-08 16:50", None,
    ["WASHINGTON \u2014 The Pentagon said Friday it would send Ukraine four more HIMARS rocket launchers as part of a new $400 million package of military aid.",
     "The package brings the number of the precision rocket systems promised by Washington to 12, officials said."],
    "aid", "aid", 3, "us-400m-package-himars-2022-07-08", a="The Associated Press"),
  E("2022-07-08 13:20", None,
    ["KRAMATORSK, Ukraine \u2014 A Russian missile slammed into a courtyard in central Kramatorsk on Friday afternoon, killing one person and wounding six, the regional governor said."],
    "strikes", "strikes", 3, "kramatorsk-missile-strike-2022-07-08", a="The Associated Press"),
  E("2022-07-08 11:45", None,
    ["MOSCOW \u2014 A Moscow court sentenced a city councilor to seven years in prison for criticizing the war at a council meeting, the first prison term under a new law against spreading false information about the military."],
    "other", "politics", 2, "moscow-councilor-sentenced-2022-07-08", a="The Associated Press"),
  E("2022-07-08 10:30", None,
    ["KYIV, Ukraine \u2014 Zelenskyy said he was sad to see Boris Johnson step down as British prime minister and thanked him for standing with Ukraine from the first days of the war."],
    "diplomacy", "diplomacy", 2, "zelenskyy-thanks-johnson-2022-07-07", a="The Associated Press"),
  E("2022-07-08 08:10", None,
    ["NUSA DUA, Indonesia \u2014 Russian Foreign Minister Sergey Lavrov walked out of a meeting of Group of 20 foreign ministers in Bali after Western officials criticized the war.",
     "Lavrov told reporters the West was more interested in condemning Russia than in solving the world\u2019s food and energy problems."],
    "diplomacy", "diplomacy", 3, "lavrov-g20-bali-walkout-2022-07-08", a="The Associated Press"),
  E("2022-07-08 06:05", None,
    ["LONDON \u2014 Britain\u2019s Defense Ministry said Russian forces in the Donbas were probably pausing to regroup after taking Lysychansk, while keeping up heavy shelling."],
    "other", "frontline", 2, "russia-regroups-after-lysychansk-2022-07", a="The Associated Press"),
  ]))

# ---------------------------------------------------------------- 11009 Journal Inquirer
SEEDS.append(dict(
  id="11009", name="11009_journalinquirer-atom", ext="xml", source="Journal Inquirer", zone="America/New_York", render=r_ji,
  title="journalinquirer.com - Atom Results in nation_world of type article",
  url="https://www.journalinquirer.com/search/?f=atom&t=article&c=nation_world&l=25&s=start_time&sd=desc",
  basis="Atom <published> '{s}' (explicit -04:00 offset = EDT); local {d} in {z}",
  notes="Imitates the TownNews BLOX Atom search feed of journalinquirer.com (Manchester, Connecticut), nation/world section. Newest first; <published> with the local offset -04:00. summary is escaped HTML (one <p>). <author><name> is 'NAME, Associated Press' in capitals or 'The Associated Press'; author = the name part as printed (capitals kept). Two of seven items are off-beat (Chinese party congress, UK finance chief).",
  not_entries=["feed title/id/updated/generator", "link and id URLs of every entry"],
  entries=[
  B(E("2022-10-15 18:40", "Gunmen kill 11 at military training ground in Russia",
    ["Two men opened fire on volunteers during target practice at a military range in Russia\u2019s Belgorod region, killing 11 people and wounding 15 before they were shot dead, Russia\u2019s Defense Ministry said."],
    "other", "security", 3, "belgorod-training-ground-shooting-2022-10-15", a="ANYA KORCHAK"), "ANYA KORCHAK, Associated Press"),
  B(E("2022-10-15 15:10", "Musk says SpaceX will keep paying for Ukraine's Starlink service",
    ["Elon Musk said Saturday that SpaceX would keep funding Starlink internet service in Ukraine, a day after saying the company could not go on covering the cost indefinitely."],
    "aid", "aid", 2, "starlink-ukraine-funding-2022-10", a="LIAM FORTESCUE"), "LIAM FORTESCUE, Associated Press"),
  B(E("2022-10-15 12:25", "Missiles hit Zaporizhzhia again, damaging infrastructure",
    ["Russian missiles struck infrastructure in the city of Zaporizhzhia on Saturday, the latest in a string of attacks on the city this week, regional officials said."],
    "strikes", "strikes", 2, "zaporizhzhia-infrastructure-strike-2022-10-15", a="ANYA KORCHAK"), "ANYA KORCHAK, Associated Press"),
  B(OFF("2022-10-15 09:50", "China's Communist Party gathers for congress expected to extend Xi's rule",
    ["Delegates arrived in Beijing for the party congress that opens Sunday, where leader Xi Jinping is expected to receive a third five-year term."],
    "china-party-congress-2022", a="The Associated Press", n="Chinese politics"), "The Associated Press"),
  B(E("2022-10-15 07:35", "Kyiv asks allies to speed up air defense deliveries",
    ["Ukrainian officials urged Western governments to speed up deliveries of air defense systems after a week of Russian missile and drone attacks on power plants and cities."],
    "aid", "aid", 2, "ukraine-air-defense-appeal-2022-10", a="LIAM FORTESCUE"), "LIAM FORTESCUE, Associated Press"),
  B(OFF("2022-10-15 05:05", "New UK finance chief warns of tough spending decisions",
    ["Britain\u2019s new Treasury chief said some taxes would rise and spending would not grow as fast as planned, as the government tried to calm markets after a turbulent few weeks."],
    "uk-new-chancellor-2022-10", a="The Associated Press", n="UK politics"), "The Associated Press"),
  B(E("2022-10-15 02:10", "Russia tightens checks on Crimean bridge after blast",
    ["Russian authorities introduced stricter inspections of vehicles crossing the bridge to Crimea, a week after an explosion damaged part of the road and rail link."],
    "other", "security", 2, "crimean-bridge-security-2022-10", a="The Associated Press"), "The Associated Press"),
  ]))

# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2022-12-27 (UTC), day 2 = 2022-12-28, day 3 = 2022-08-28.
KHERSON = "kherson-city-shelling-2022-12-27"
OILBAN = "putin-oil-price-cap-decree-2022-12-27"
LAVROV = "lavrov-ultimatum-to-kyiv-2022-12-27"
ANALYSIS = "analysis-kherson-under-fire"
ANALYSIS_H = "Analysis: Why Kherson is still under fire six weeks after liberation"
ANALYSIS_P = ["Today\u2019s deadly shelling of Kherson is a reminder that the city Russia abandoned in November remains within easy reach of its guns.",
              "Russian units dug in on the eastern bank of the Dnipro can fire artillery and rockets across the river at will, and the same river that shields Kherson from a ground assault also stops Ukraine from pushing those guns further back.",
              "Officials in Kherson count dozens of attacks on some days. Without a crossing of the river, military analysts expect the bombardment to continue through the winter."]

# ---------------------------------------------------------------- 11020 Sedgebury Evening Post (day 1)
SEEDS.append(dict(
  id="11020", name="11020_sedgebury-textlive", ext="txt", source="Sedgebury Evening Post", zone="Europe/London", render=r_sedgebury,
  title="Ukraine war live: Kherson shelling kills three; Lavrov warns Kyiv to accept Moscow's terms",
  dateline="Tuesday 27 December 2022",
  lede="Russian shells hit Kherson's riverside districts, Moscow issues a new warning to Kyiv, and fighting continues near Kreminna.",
  basis="UK-style stamp '{s}' (UK time, GMT = UTC in December) under the date line 'Tuesday 27 December 2022'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. Each post: a UK-style stamp line ('7.20pm', no zone printed; UK time = GMT in December), the headline, an optional 'By NAME' line (author), then body. 11020-02 is a 'Watch:' teaser with no text ('[Video, 0:47]' is a player placeholder). 11020-03 is a theme piece (analysis of why Kherson is still shelled) that mentions today's shelling but is its own story; it is re-posted verbatim by 11033 on day 2. Kherson toll on this page grows 1 -> 3 dead; district spelled 'Dniprovsky'.",
  not_entries=["masthead and navigation", "'LIVE' label", "page title and date line 'Tuesday 27 December 2022'", "lede line", "'Latest' label",
               "'By NAME' lines (author credits, not body)", "video placeholder '[Video, 0:47]'", "newsletter promo after the third post", "'Show older posts'", "footer"],
  entries=[
  E("2022-12-27 19:20", "Kherson death toll rises to three, governor says",
    ["Three people have now died after Russian shells hit homes in Kherson\u2019s Dniprovsky district this morning, according to Yaroslav Yanushevych, the head of the regional military administration.",
     "He said nine people had been wounded and accused Russian forces of deliberately aiming at residential streets near the river."],
    "strikes", "strikes", 3, KHERSON, a="Harriet Quill", n="toll 3 dead, 9 wounded; spelling 'Dniprovsky'; governor's reaction"),
  E("2022-12-27 16:45", "Watch: Smoke over Kherson after morning shelling", [],
    "strikes", "strikes", 1, KHERSON, n="teaser without body"),
  E("2022-12-27 15:10", ANALYSIS_H, ANALYSIS_P, "strikes", "strikes", 2, ANALYSIS, a="Malcolm Treece",
    n="theme piece (analysis, no single event); mentions today's Kherson shelling but is its own story: must not merge with the Kherson shelling"),
  E("2022-12-27 13:30", "Lavrov: Kyiv must meet Russia's demands or the army will settle the matter",
    ["Russia\u2019s foreign minister, Sergei Lavrov, said Ukraine must accept Moscow\u2019s demands for the \u2018demilitarisation\u2019 of territory it controls, or the Russian military would decide the question.",
     "Kyiv dismissed the remarks as further proof that Moscow had no interest in real talks."],
    "diplomacy", "diplomacy", 3, LAVROV, a="Gavin Ashdown"),
  E("2022-12-27 11:00", "Ukrainian troops edge closer to Kreminna, governor says",
    ["Ukrainian forces are within a few kilometres of Kreminna in the Luhansk region, the regional governor Serhiy Haidai said, adding that Russia was bringing in reinforcements."],
    "other", "frontline", 2, "kreminna-advance-2022-12", a="Gavin Ashdown"),
  E("2022-12-27 09:40", "Shelling kills one in Kherson's Dniprovsky district",
    ["One person was killed when Russian shells struck a residential area of Kherson\u2019s Dniprovsky district shortly after 9am, local officials said.",
     "Several houses and a shop caught fire."],
    "strikes", "strikes", 3, KHERSON, a="Harriet Quill", n="toll 1 dead; spelling 'Dniprovsky'"),
  ]))

# ---------------------------------------------------------------- 11021 Lanterwick Herald (day 1)
SEEDS.append(dict(
  id="11021", name="11021_lanterwick-ldlive", ext="html", source="Lanterwick Herald", zone="Europe/Kyiv", render=r_ldlive,
  title="Russia's war against Ukraine, day 307: live updates", url="https://lanterwick-herald.example/live/2022-12-27",
  dateline="Tuesday, 27 December 2022 \u00b7 Kyiv time (EET)",
  lede="Shelling in Kherson, Putin's answer to the oil price cap and more help for Ukraine's power grid.",
  related="What the Western oil price cap does and does not do",
  basis="visible '{s}' in <time datetime> (Kyiv time, EET = UTC+2, printed in the date line) under 'Tuesday, 27 December 2022'; JSON-LD update datePublished agrees; local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first, with LiveBlogPosting JSON-LD whose liveBlogUpdate items carry the right per-update times. Visible stamps are bare 'HH:MM' in <time datetime>. Kherson district spelled 'Dniprovskyi'; toll 1 -> 2. 11021-06 re-publishes 11021-03 nearly verbatim (one word dropped in the second paragraph): importance 1. 11021-02 (shelling of Bilozerka village, same region) is a different strike from the Kherson city shelling: must not merge. 11021-07 is Kyiv's reaction to the oil decree (same story as 11021-04).",
  not_entries=["cookie line", "brand and navigation", "page title", "date line 'Tuesday, 27 December 2022 \u00b7 Kyiv time (EET)'", "standfirst",
               "share tools under every post", "'Read more' related link about the price cap", "footer"],
  entries=[
  E("2022-12-27 10:05", "Russian shells hit Kherson's Dniprovskyi district",
    ["Russian artillery struck houses in the Dniprovskyi district of Kherson on Tuesday morning, and at least one person was killed, the city military administration said."],
    "strikes", "strikes", 3, KHERSON, a="Oksana Vdovych", n="first report, toll 1; spelling 'Dniprovskyi'"),
  E("2022-12-27 11:20", "Bilozerka shelled again, one wounded",
    ["Russian forces shelled the village of Bilozerka, west of Kherson, wounding a woman and damaging a school building, the regional administration said."],
    "strikes", "strikes", 2, "bilozerka-shelling-2022-12-27", a="Artem Lysenko",
    n="same region as the Kherson city shelling, different strike on a different place: must not merge"),
  E("2022-12-27 13:30", "Kherson toll rises to two, six injured",
    ["A second person has died after this morning\u2019s shelling of Kherson, regional officials said, and six people are being treated in hospital.",
     "Emergency crews put out fires in two private houses and a grocery store."],
    "strikes", "strikes", 3, KHERSON, a="Oksana Vdovych", n="toll 2 dead, 6 injured"),
  E("2022-12-27 15:00", "Putin signs decree banning oil sales under Western price cap",
    ["President Vladimir Putin has signed a decree barring Russian oil and oil products from being sold to any buyer that applies the price cap set by the G7 and the EU, the Kremlin said.",
     "The ban takes effect on 1 February and runs for five months, although Putin can grant exemptions in special cases."],
    "diplomacy", "diplomacy", 3, OILBAN, a="Artem Lysenko", n="response to Western sanctions"),
  E("2022-12-27 16:40", "Lithuania sends another 200 generators to Ukraine",
    ["Lithuania has sent a further 200 power generators to Ukrainian hospitals and water utilities, the Lithuanian government said, bringing its winter deliveries to more than 1,000."],
    "aid", "aid", 2, "lithuania-generators-2022-12", a="Artem Lysenko", n="invented figures"),
  E("2022-12-27 18:15", "Kherson toll rises to two, six injured",
    ["A second person has died after this morning\u2019s shelling of Kherson, regional officials said, and six people are being treated in hospital.",
     "Emergency crews put out fires in two houses and a grocery store."],
    "strikes", "strikes", 1, KHERSON, a="Oksana Vdovych", dup="11021-03", n="near-verbatim repeat of 11021-03"),
  E("2022-12-27 20:30", "Kyiv calls Putin's oil decree an admission of weakness",
    ["An adviser to Ukraine\u2019s presidential office said Putin\u2019s decree showed that the price cap was hurting Russia\u2019s budget, and urged Western governments to lower the cap further."],
    "diplomacy", "diplomacy", 3, OILBAN, a="Oksana Vdovych", n="reaction whose content is the decree: same story as 11021-04"),
  ]))

# ---------------------------------------------------------------- 11022 Stalbridge World Service (day 1, general world feed)
SEEDS.append(dict(
  id="11022", name="11022_stalbridge-worldrss", ext="xml", source="Stalbridge World Service", zone="UTC", render=r_worldrss, rfc="GMT",
  title="Stalbridge World Service - Top stories", url="https://stalbridge-world.example/news", guid="sws-20221227",
  lede="International news, updated around the clock.",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, CDATA <p> paragraphs, no authors. The war is a minority: 4 of 6 items are off-beat (US flight cancellations, China's reopening, Buffalo blizzard, Afghanistan NGO ban). The Kherson item spells the district 'Dneprovsky' and carries the afternoon toll (two dead).",
  not_entries=["channel title/link/description/language", "item category, link and guid elements"],
  entries=[
  OFF("2022-12-27 21:05", "Southwest cancels thousands more flights as storm chaos drags on",
      ["Southwest Airlines cancelled more than half of its flights across the United States on Tuesday, leaving travellers stranded days after a winter storm, as federal officials promised to examine what went wrong."],
      "southwest-airlines-meltdown-2022-12", n="US air travel"),
  E("2022-12-27 17:50", "Dneprovsky district of Kherson shelled, two dead",
    ["Two people were killed when Russian forces shelled the Dneprovsky district of the Ukrainian city of Kherson on Tuesday, Ukrainian officials said. Several others were wounded."],
    "strikes", "strikes", 3, KHERSON, n="spelling 'Dneprovsky'; toll 2 dead"),
  OFF("2022-12-27 15:30", "China to end quarantine for international arrivals",
      ["China will stop requiring travellers arriving from abroad to go into quarantine from 8 January, the government said, dismantling one of the last pillars of its zero-COVID policy."],
      "china-ends-arrival-quarantine-2022-12", n="China COVID policy"),
  E("2022-12-27 12:40", "Lavrov warns Ukraine to accept Russian 'proposals'",
    ["Russian Foreign Minister Sergei Lavrov said on Tuesday that Kyiv should agree to Moscow\u2019s terms, warning that otherwise Russian forces would resolve the matter on the battlefield."],
    "diplomacy", "diplomacy", 3, LAVROV),
  OFF("2022-12-27 10:15", "Buffalo storm deaths rise as crews dig out",
      ["The number of people killed by the blizzard in and around Buffalo, New York, rose above 30 as crews cleared snow-blocked streets, officials said."],
      "buffalo-blizzard-2022-12", n="US weather"),
  OFF("2022-12-27 07:00", "Aid groups suspend work in Afghanistan after ban on female staff",
      ["Several international aid agencies have halted operations in Afghanistan after the Taliban barred women from working for non-governmental organisations."],
      "taliban-ngo-women-ban-2022-12", n="Afghanistan"),
  ]))

# ---------------------------------------------------------------- 11023 Pyxholm Dispatch (day 1)
SEEDS.append(dict(
  id="11023", name="11023_pyxholm-atom", ext="xml", source="Pyxholm Dispatch", zone="Europe/Bucharest", render=r_atom,
  title="Pyxholm Dispatch \u2014 Ukraine", url="https://pyxholm-dispatch.example/ukraine",
  lede="Reports on the war in Ukraine from our Bucharest desk",
  basis="Atom <published> '{s}' (explicit +02:00 offset = EET); local {d} in {z}",
  notes="Invented outlet. Atom feed, newest first, <published> with +02:00, <author> per entry, escaped HTML content. Kherson toll three dead, nine wounded in the evening item. 11023-04 (deadly drone attack on Russia's Engels air base, reported a day later) is a different strike from the Kherson shelling: must not merge. 11023-03 (power deficit) stands alone.",
  not_entries=["feed title, subtitle, links, id, updated", "entry link and id URLs"],
  entries=[
  E("2022-12-27 22:10", "Kherson shelling: three dead, nine wounded, governor says",
    ["The toll from Tuesday\u2019s Russian shelling of Kherson has risen to three dead and nine wounded, the regional governor, Yaroslav Yanushevych, said in the evening."],
    "strikes", "strikes", 3, KHERSON, a="Ioana Vasilescu", n="toll 3 dead, 9 wounded"),
  E("2022-12-27 18:40", "Russia's oil ban to take effect on 1 February",
    ["Russia will stop supplying oil to countries and companies that observe the Western price cap from 1 February, under a decree signed by Vladimir Putin on Tuesday."],
    "diplomacy", "diplomacy", 3, OILBAN, a="Radu Enache"),
  E("2022-12-27 15:05", "Ukraine's grid operator warns of longer blackouts",
    ["Ukrenergo said repairs after recent Russian strikes had not kept pace with demand, and that emergency power cuts would continue in Kyiv and several other regions."],
    "other", "humanitarian", 2, "ukraine-power-deficit-2022-12-27", a="Ioana Vasilescu", sec=["strikes"]),
  E("2022-12-27 11:30", "Russia says three airmen killed in drone attack on Engels base",
    ["Three Russian servicemen were killed at the Engels air base when debris from a downed Ukrainian drone fell on the airfield, Russia\u2019s Defence Ministry said."],
    "strikes", "strikes", 3, "engels-airbase-drone-attack-2022-12-26", a="Radu Enache",
    n="deadly strike on the other side, a day earlier: must not merge with the Kherson shelling"),
  E("2022-12-27 08:15", "Fighting rages around Bakhmut, Ukraine's military says",
    ["Russian forces kept up assaults on Bakhmut and nearby villages overnight, Ukraine\u2019s general staff said, adding that its troops had repelled most of them."],
    "other", "frontline", 2, "bakhmut-fighting-2022-12-27", a="Radu Enache"),
  ]))

# ---------------------------------------------------------------- day 2 (2022-12-28)
KOST = "kostiantynivka-market-strike-2022-12-28"
PESKOV = "peskov-rejects-kyiv-peace-terms-2022-12-28"

# ---------------------------------------------------------------- 11030 Mirelock Tribune (day 2)
SEEDS.append(dict(
  id="11030", name="11030_mirelock-htmllive", ext="html", source="Mirelock Tribune", zone="Europe/Warsaw", render=r_mirelock,
  title="War in Ukraine: Kostiantynivka toll rises; Kherson offers evacuation",
  dateline="Wednesday, 28 December", tznote="All times CET", parse_args=["--date", "2022-12-28"],
  lede="Rockets hit a market in the Donetsk region; Kherson counts the cost of Tuesday's shelling.",
  basis="bare stamp '{s}' ('All times CET' printed, CET = UTC+1) on 'Wednesday, 28 December' (no year printed; parse_args gives 2022-12-28); local {d} in {z}",
  notes="Invented outlet (Poland). HTML live blog, newest first, no JSON-LD. Bare 'HH:MM' in a span above each h2; the meta line 'Wednesday, 28 December \u00b7 All times CET' has NO year, and no year appears anywhere on the page (parse_args --date 2022-12-28). Author under the h2. 11030-02 is a 'Photos:' gallery teaser without text. 11030-04 continues day 1's Kherson story with a new development (evacuation offer, toll four). 11030-03 (Bakhmut shelling, same Donetsk region) is a different strike from Kostiantynivka: must not merge.",
  not_entries=["consent bar", "header and navigation", "page title", "date/zone line 'Wednesday, 28 December \u00b7 All times CET'", "lead paragraph",
               "gallery placeholder '[Gallery: 12 photos]'", "'Also read' aside", "'Yesterday's live coverage' link", "footer"],
  entries=[
  E("2022-12-28 20:15", "Kostiantynivka market strike: toll rises to five",
    ["Five people are now known to have died in the Russian rocket attack on a market in Kostiantynivka, Donetsk regional governor Pavlo Kyrylenko said in the evening.",
     "He said 11 people were wounded, three of them critically."],
    "strikes", "strikes", 3, KOST, a="Zofia Krawczyk", n="toll 5 dead, 11 wounded"),
  E("2022-12-28 18:40", "Photos: Kostiantynivka market after the strike", [], "strikes", "strikes", 1, KOST, a="Zofia Krawczyk",
    n="photo teaser without body"),
  E("2022-12-28 16:05", "Shelling wounds two in Bakhmut",
    ["Russian artillery hit residential streets in Bakhmut, wounding two civilians who had refused to leave the city, local officials said."],
    "strikes", "strikes", 2, "bakhmut-shelling-2022-12-28", a="Piotr Nowicki",
    n="same region (Donetsk) as the Kostiantynivka strike, different strike: must not merge"),
  E("2022-12-28 13:30", "Kherson: authorities offer evacuation after deadly shelling",
    ["The authorities in Kherson offered free evacuation to residents of riverside districts after a man wounded in Tuesday\u2019s shelling died in hospital, bringing the toll to four."],
    "strikes", "strikes", 3, KHERSON, a="Zofia Krawczyk", sec=[],
    n="continuation of day-1 story with a new development (toll 4, evacuation offer)"),
  E("2022-12-28 11:10", "Poland to hand over more Krab howitzers, minister says",
    ["Poland\u2019s defence minister, Mariusz B\u0142aszczak, said more Krab self-propelled howitzers would be delivered to Ukraine in the coming weeks, without giving a number."],
    "aid", "aid", 2, "poland-krab-howitzers-2022-12", a="Piotr Nowicki"),
  E("2022-12-28 09:20", "Ukraine says it repelled Russian attacks in Donetsk region",
    ["Ukraine\u2019s general staff said its troops had beaten back Russian attacks near Bakhmut, Avdiivka and Marinka over the past day."],
    "other", "frontline", 2, "donetsk-attacks-repelled-2022-12-28", a="Piotr Nowicki"),
  ]))

# ---------------------------------------------------------------- 11031 Donaukamm Review (day 2)
SEEDS.append(dict(
  id="11031", name="11031_donaukamm-article", ext="txt", source="Donaukamm Review", zone="Europe/Vienna", render=r_article,
  title="Kremlin shuts the door on Kyiv's peace terms as the year ends",
  lede="Moscow and Kyiv have each set out their conditions for talks this week. Neither side expects negotiations soon.",
  byline="Lena Hofst\u00e4tter", dateline="28 December 2022, 11:20 CET",
  more="Read also: A year of sanctions \u2014 what has changed for Austrian companies",
  basis="no per-section time: the dateline '28 December 2022, 11:20 CET' (CET = UTC+1) dates every section; local {d} in {z}",
  notes="Invented outlet (Austria). Text article with four sections (one entry each, headline = section heading), page byline and dateline '28 December 2022, 11:20 CET'; stamp null, published = dateline time. Section 2 (Kuleba's summit idea) is the same theme as section 1 (Peskov's rejection) but a different statement: must not merge.",
  not_entries=["outlet name and breadcrumb", "headline (page title)", "lede paragraph", "byline 'By Lena Hofst\u00e4tter'", "dateline",
               "share line", "'ADVERTISEMENT'", "'Read also: ...' related link", "footer"],
  entries=[
  E("2022-12-28 11:20", "No plan without 'new realities'",
    ["Kremlin spokesman Dmitry Peskov said on Wednesday that no peace plan for Ukraine could work unless it accepted that four Ukrainian regions are now part of Russia.",
     "He was responding to comments by Ukraine\u2019s foreign minister, who had said Kyiv wanted a peace summit early next year."],
    "diplomacy", "diplomacy", 3, PESKOV, a="Lena Hofst\u00e4tter"),
  E("2022-12-28 11:20", "Kuleba's summit idea",
    ["Dmytro Kuleba told an interviewer on Monday that Ukraine hoped to hold a peace summit by the end of February, ideally at the United Nations with Secretary-General Ant\u00f3nio Guterres as mediator.",
     "Russia could only be invited after facing a war crimes tribunal, he added."],
    "diplomacy", "diplomacy", 3, "kuleba-peace-summit-proposal-2022-12-26", a="Lena Hofst\u00e4tter",
    n="same theme (peace talks) as Peskov's statement, different statement: must not merge"),
  E("2022-12-28 11:20", "Money from Brussels",
    ["The EU\u2019s 18-billion-euro package of loans for Ukraine\u2019s budget next year is ready to be paid out in instalments from January, a Commission spokesperson said."],
    "aid", "aid", 2, "eu-18bn-budget-support-2023", a="Lena Hofst\u00e4tter"),
  E("2022-12-28 11:20", "Vienna stays neutral",
    ["In Austria, the government again ruled out any debate on joining NATO, saying neutrality remained the basis of the country\u2019s security policy.",
     "Opposition liberals had called for a review in light of the war."],
    "other", "politics", 2, "austria-neutrality-debate-2022-12", a="Lena Hofst\u00e4tter"),
  ]))

# ---------------------------------------------------------------- 11032 Ebbingdale World Desk (day 2, general world feed)
SEEDS.append(dict(
  id="11032", name="11032_ebbingdale-worldatom", ext="xml", source="Ebbingdale World Desk", zone="UTC", render=r_atom,
  title="Ebbingdale World Desk", url="https://ebbingdale-world.example",
  lede="The day's international news in brief",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z, no authors. The war is a minority: 4 of 6 items are off-beat (Benedict XVI's health, US testing rule for China, Southwest recovery, George Santos). Spells the strike town 'Kostyantynivka' and carries the afternoon toll (four dead).",
  not_entries=["feed title, subtitle, links, id, updated", "entry link and id URLs"],
  entries=[
  OFF("2022-12-28 21:40", "Pope Francis asks for prayers for ailing Benedict",
      ["Pope Francis asked the faithful to pray for his predecessor Benedict XVI, who he said was very sick, at the end of his weekly audience at the Vatican."],
      "benedict-health-2022-12", n="Vatican"),
  OFF("2022-12-28 19:05", "US to require COVID tests from travellers arriving from China",
      ["The United States will require air passengers from China to show a negative COVID-19 test before boarding from 5 January, health officials said."],
      "us-china-travel-testing-2022-12", n="US COVID policy"),
  E("2022-12-28 16:30", "Kostyantynivka market strike: four dead",
    ["Four people were killed when Russian rockets hit a market in Kostyantynivka, a town in eastern Ukraine\u2019s Donetsk region, Ukrainian officials said."],
    "strikes", "strikes", 3, KOST, n="spelling 'Kostyantynivka'; toll 4"),
  E("2022-12-28 13:50", "Kremlin: no peace deal without recognition of annexed regions",
    ["The Kremlin said any peace plan for Ukraine would have to take account of Russia\u2019s annexation of four Ukrainian regions, rejecting proposals set out by Kyiv."],
    "diplomacy", "diplomacy", 3, PESKOV),
  OFF("2022-12-28 11:15", "Southwest says it will be back to normal by Friday",
      ["Southwest Airlines said it expected to run a normal schedule again by Friday after cancelling thousands of flights over the holidays."],
      "southwest-recovery-plan-2022-12-28", n="US air travel"),
  OFF("2022-12-28 08:00", "New York congressman-elect admits inventing parts of his biography",
      ["George Santos, a Republican elected to Congress from New York in November, admitted that he had made up parts of his r\u00e9sum\u00e9 but said he would still take his seat."],
      "santos-biography-admission-2022-12", n="US politics"),
  ]))

# ---------------------------------------------------------------- 11033 Yardlebrook Ledger (day 2)
SEEDS.append(dict(
  id="11033", name="11033_yardlebrook-textlive", ext="txt", source="Yardlebrook Ledger", zone="America/New_York", render=r_yardlebrook,
  title="Russia-Ukraine war: Rockets hit market in Donetsk region",
  dateline="Wednesday, December 28, 2022", byline="By the Ledger world desk",
  lede="Follow our live coverage of the war. Times are Eastern.",
  basis="stamp '{s}' (ET printed, EST = UTC-5) before the headline, on 'Wednesday, December 28, 2022'; local {d} in {z}",
  notes="Invented outlet (US). Text live blog, oldest first; '8:15 a.m. ET' line before each headline; dateline with year; one desk credit ('By the Ledger world desk', no person) so author is null. 11033-01 re-publishes day 1's analysis 11020-03 verbatim (syndicated; same headline and text): importance 1, same story slug. 11033-03 continues day 1's Kherson story (toll four). 11033-04 is a theme piece (analysis of life under rocket fire in Donbas towns) that mentions the Kostiantynivka strike but is its own story. 11033-05 repeats 11033-02 nearly verbatim (duplicate_of 11033-02). 11033-06 is the governor's reaction whose content is the strike (same story).",
  not_entries=["outlet name and navigation", "headline (page title)", "dateline", "desk credit 'By the Ledger world desk'", "lede line",
               "'ADVERTISEMENT'", "'This live blog has ended. ...'", "footer"],
  entries=[
  E("2022-12-28 06:40", ANALYSIS_H, ANALYSIS_P, "strikes", "strikes", 1, ANALYSIS,
    n="re-post of day-1 entry 11020-03 (verbatim, syndicated): importance 1, same story"),
  E("2022-12-28 08:15", "Russian rockets hit market in Kostiantynivka, killing two",
    ["Russian rockets struck a busy market in Kostiantynivka in eastern Ukraine on Wednesday morning, killing at least two people, according to local officials.",
     "The town lies about 20 kilometres west of Bakhmut, where the fighting has been heaviest in recent weeks."],
    "strikes", "strikes", 3, KOST, n="first report, toll 2"),
  E("2022-12-28 09:30", "Kherson man dies of wounds, raising toll to four",
    ["A man wounded in Tuesday\u2019s Russian shelling of Kherson has died in hospital, raising the death toll from the attack to four, the regional administration said.",
     "Officials said free buses would take residents of the worst-hit streets to Mykolaiv and Odesa."],
    "strikes", "strikes", 3, KHERSON, n="continuation of day-1 story with a new development (toll 4, evacuation buses)"),
  E("2022-12-28 11:05", "Analysis: The Donbas towns that live under rocket fire",
    ["Wednesday\u2019s strike on Kostiantynivka was the kind of attack that towns behind the Donetsk front have learned to expect.",
     "Places such as Kostiantynivka, Kramatorsk and Sloviansk sit within range of Russian rocket launchers, and their markets, bus stations and schools have all been hit this year.",
     "Local officials have urged residents to leave, but many older people say they have nowhere to go and no money to rent a home elsewhere."],
    "other", "humanitarian", 2, "analysis-donbas-towns-under-rocket-fire", sec=["strikes"],
    n="theme piece (analysis); mentions the Kostiantynivka strike but is its own story: must not merge"),
  E("2022-12-28 12:40", "Russian rockets hit market in Kostiantynivka, killing two",
    ["Russian rockets struck a busy market in Kostiantynivka in eastern Ukraine on Wednesday morning, killing at least two people, local officials said.",
     "The town lies about 20 kilometres west of Bakhmut, where the fighting has been heaviest in recent weeks."],
    "strikes", "strikes", 1, KOST, dup="11033-02", n="near-verbatim repeat of 11033-02"),
  E("2022-12-28 14:20", "Kyrylenko: no military targets near Kostiantynivka market",
    ["Donetsk regional governor Pavlo Kyrylenko said there were no military facilities anywhere near the market, and called the attack a deliberate strike on civilians."],
    "strikes", "strikes", 3, KOST, n="reaction whose content is the strike: same story"),
  ]))

# ---------------------------------------------------------------- day 3 (2022-08-28)
ZNPP = "enerhodar-shelling-near-nuclear-plant-2022-08-28"
IAEA = "iaea-zaporizhzhia-mission-plans-2022-08"
NIKOPOL = "nikopol-shelling-2022-08-27"
KHARKIV = "kharkiv-warehouse-missile-strike-2022-08-28"

# ---------------------------------------------------------------- 11040 Vornholt World Wire (day 3, general world feed)
SEEDS.append(dict(
  id="11040", name="11040_vornholt-worldrss", ext="xml", source="Vornholt World Wire", zone="Europe/London", render=r_worldrss, rfc="num",
  title="Vornholt World Wire: World", url="https://vornholt-wire.example/world", guid="vww-20220828",
  lede="World news from the Vornholt World Wire",
  basis="RSS pubDate '{s}' (explicit +0100 offset = BST); local {d} in {z}",
  notes="Invented outlet (UK). General world-news RSS 2.0 feed, newest first, pubDate with +0100 (BST), some dc:creator. The war is a minority: 4 of 6 items are off-beat (Pakistan floods, Artemis launch, Tripoli clashes, US Open). Spells the nuclear-plant town 'Energodar' (Russian form) and gives the Russian-installed officials' version.",
  not_entries=["channel title/link/description/language", "item category, link and guid elements"],
  entries=[
  OFF("2022-08-28 22:30", "Pakistan flood deaths pass 1,000 as government seeks help",
      ["Pakistan said more than 1,000 people had died in monsoon floods since June and appealed for international help as large parts of the south remained under water."],
      "pakistan-floods-2022-08", a="Samira Quddus", n="natural disaster"),
  E("2022-08-28 19:45", "Energodar shelled again ahead of IAEA visit",
    ["Russian-installed officials in Energodar said Ukrainian artillery had hit the town next to the Zaporizhzhia nuclear plant again on Sunday, a charge Kyiv rejected.",
     "Both sides have blamed each other for weeks of shelling around the plant."],
    "strikes", "strikes", 3, ZNPP, a="Tobias Wrenne", n="spelling 'Energodar'; Russian-installed officials' version"),
  OFF("2022-08-28 16:20", "NASA's moon rocket cleared for Monday launch attempt",
      ["NASA managers gave the go-ahead for the first launch of the Space Launch System rocket on Monday morning, which is to send an uncrewed capsule around the moon."],
      "artemis-1-launch-2022-08", n="space"),
  OFF("2022-08-28 13:05", "Calm returns to Tripoli after deadly militia clashes",
      ["Shops reopened in Libya\u2019s capital a day after fighting between rival armed groups killed more than 30 people, according to health officials."],
      "tripoli-clashes-2022-08", a="Samira Quddus", n="Libya"),
  E("2022-08-28 10:40", "IAEA chief says inspection mission could leave within days",
    ["The head of the International Atomic Energy Agency, Rafael Grossi, said his team was preparing to travel to the Zaporizhzhia nuclear plant within days, once safe passage had been agreed."],
    "diplomacy", "diplomacy", 3, IAEA, a="Tobias Wrenne"),
  OFF("2022-08-28 08:15", "Serena Williams heads into what may be her final US Open",
      ["Serena Williams, who has said she is stepping away from tennis, practised in New York ahead of her first-round match on Monday night."],
      "serena-williams-us-open-2022", n="sport"),
  ]))

# ---------------------------------------------------------------- 11041 Huxterby Bulletin (day 3)
SEEDS.append(dict(
  id="11041", name="11041_huxterby-textlive", ext="txt", source="Huxterby Bulletin", zone="UTC", render=r_huxterby,
  title="Live blog: Shelling near Zaporizhzhia nuclear plant as IAEA readies visit",
  lede="Russia's war on Ukraine enters its 186th day.", dateline="Sunday, August 28, 2022",
  basis="wire stamp '{s}' (GMT = UTC) on the page date 'Sunday, August 28, 2022'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first, wire style: one line '1940 GMT \u2014 Headline' per entry (stamp and headline on the same line, four-digit clock), paragraphs below. A 'Key Points' block near the top lists two entry headlines (key_point true for 11041-06 and 11041-04). 11041-05 is a 'Watch:' teaser without text. 11041-02 is a theme piece (explainer on outside power at the plant) that mentions today's shelling but is its own story. 11041-03 (Nikopol, across the reservoir) must not merge with the Enerhodar shelling. No authors.",
  not_entries=["outlet name and navigation", "page title", "lede 'Russia's war on Ukraine enters its 186th day.'", "date line", "'Key Points' header and its two bullet lines (pointers to entries)",
               "'Live updates' label", "video placeholder '[Video]'", "'Read more' related link", "'More updates'", "footer"],
  entries=[
  E("2022-08-28 19:40", "Enerhodar injured rise to three, says mayor",
    ["Three people were wounded by Sunday\u2019s shelling of Enerhodar, the town\u2019s Ukrainian mayor Dmytro Orlov said, accusing Russian troops of firing from positions next to the nuclear plant."],
    "strikes", "strikes", 3, ZNPP, n="toll 3 injured"),
  E("2022-08-28 17:05", "Explainer: What a loss of outside power would mean for Zaporizhzhia's reactors",
    ["Sunday\u2019s shelling around Enerhodar has renewed fears for the power lines that keep Europe\u2019s largest nuclear plant safe.",
     "Even when its reactors are shut down, the plant needs electricity to pump cooling water through the reactor cores and spent fuel pools. If every outside line is cut, diesel generators are meant to take over.",
     "Nuclear engineers say the generators can run for days, but a long blackout combined with damaged equipment would leave little margin for error."],
    "other", "humanitarian", 2, "explainer-znpp-outside-power", sec=["strikes"],
    n="theme piece (explainer); mentions today's shelling but is its own story: must not merge with the Enerhodar shelling"),
  E("2022-08-28 14:30", "Nikopol shelled overnight, one killed",
    ["One person was killed and four wounded when Russian rockets hit Nikopol, across the Dnipro reservoir from the nuclear plant, regional governor Valentyn Reznichenko said."],
    "strikes", "strikes", 3, NIKOPOL, n="same region as the Enerhodar shelling, different strike on the other bank: must not merge"),
  E("2022-08-28 11:50", "Grossi: IAEA mission could leave 'within days'",
    ["IAEA director general Rafael Grossi said talks on a mission to the Zaporizhzhia plant were in their final stage and that he hoped to lead the team himself."],
    "diplomacy", "diplomacy", 3, IAEA, kp=True),
  E("2022-08-28 09:25", "Watch: Smoke rises near the Zaporizhzhia nuclear plant", [], "strikes", "strikes", 1, ZNPP, n="teaser without body"),
  E("2022-08-28 07:10", "Shelling hits Enerhodar near nuclear plant, one injured",
    ["Shells landed in residential areas of Enerhodar, the town that houses the staff of the Zaporizhzhia nuclear power plant, overnight and early on Sunday, injuring one person, Ukrainian officials said."],
    "strikes", "strikes", 3, ZNPP, kp=True, n="toll 1 injured"),
  E("2022-08-28 05:40", "Missile strike on Kharkiv kills one",
    ["A Russian missile hit an industrial area of Kharkiv before dawn, killing a security guard and damaging a warehouse, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, KHARKIV, n="deadly strike elsewhere: must not merge with the Enerhodar shelling"),
  ]))

# ---------------------------------------------------------------- 11042 Zirnbach Courier (day 3)
SEEDS.append(dict(
  id="11042", name="11042_zirnbach-htmllive", ext="html", source="Zirnbach Courier", zone="Europe/Kyiv", render=r_zirnbach,
  title="Zaporizhzhia nuclear plant: shelling of Enerhodar, IAEA mission \u2013 live", url="https://zirnbach-courier.example/live/znpp-28-08-2022",
  dateline="Sunday, 28 August 2022 \u00b7 All times Kyiv (EEST)",
  lede="Live coverage of Sunday's events around the Zaporizhzhia nuclear power plant and across Ukraine.",
  basis="visible '{s}' in <time datetime> (Kyiv time, EEST = UTC+3, printed in the date line) under 'Sunday, 28 August 2022'; JSON-LD update datePublished agrees; local {d} in {z}",
  notes="Invented outlet (Ukraine). HTML live blog, oldest first; JSON-LD @graph whose article node has @type ['NewsArticle','LiveBlogPosting'] and a liveBlogUpdate array with per-update times (all correct). Visible bare 'HH:MM' in <time datetime>; signature line '\u2014 NAME' after the body (author). 11042-05 repeats 11042-01 nearly verbatim (duplicate_of 11042-01). 11042-07 gives the Russian-installed officials' reaction and the spelling 'Energodar' (same story). 11042-03 (Ukrainian strike on a pontoon crossing near Kherson) stands alone.",
  not_entries=["header and navigation", "page title", "date line with zone", "standfirst", "support promo after the second post", "signature lines (authors)", "footer"],
  entries=[
  E("2022-08-28 09:15", "Ukraine says Russia shelled Enerhodar from the plant grounds",
    ["Ukraine\u2019s nuclear energy company Energoatom said Russian forces had shelled Enerhodar overnight from positions close to the Zaporizhzhia nuclear power plant, injuring at least one resident.",
     "It said the attacks were meant to make it look as though Ukraine was endangering the plant."],
    "strikes", "strikes", 3, ZNPP, a="Iryna Bondar", n="toll 1 injured"),
  E("2022-08-28 10:40", "IAEA team 'ready to go', Grossi says",
    ["The UN nuclear watchdog\u2019s chief said his experts were ready to travel to the Zaporizhzhia plant as soon as the warring sides confirmed security guarantees."],
    "diplomacy", "diplomacy", 3, IAEA, a="Maksym Hrytsai"),
  E("2022-08-28 12:20", "Ukrainian strike hits pontoon crossing near Kherson, military says",
    ["Ukraine\u2019s southern command said its forces had hit a pontoon crossing that Russian troops were building next to the damaged Antonivskyi bridge over the Dnipro."],
    "strikes", "strikes", 2, "kherson-pontoon-crossing-strike-2022-08-28", a="Maksym Hrytsai"),
  E("2022-08-28 14:05", "Kyiv expects German IRIS-T air defence in autumn",
    ["Ukraine\u2019s defence ministry said it expected the first IRIS-T air-defence system promised by Germany to arrive in the autumn, along with crews trained to operate it."],
    "aid", "aid", 2, "iris-t-delivery-timeline-2022-08", a="Iryna Bondar"),
  E("2022-08-28 15:50", "Ukraine says Russia shelled Enerhodar from the plant grounds",
    ["Ukraine\u2019s nuclear energy company Energoatom said Russian forces had shelled Enerhodar overnight from positions close to the Zaporizhzhia nuclear power plant, injuring at least one resident.",
     "It said the attacks were intended to make it look as though Ukraine was endangering the plant."],
    "strikes", "strikes", 1, ZNPP, a="Iryna Bondar", dup="11042-01", n="near-verbatim repeat of 11042-01"),
  E("2022-08-28 17:30", "Enerhodar: two more residents hurt, town council says",
    ["Two more people were wounded in Enerhodar in the afternoon, bringing the number injured on Sunday to three, the town council said on Telegram."],
    "strikes", "strikes", 3, ZNPP, a="Iryna Bondar", n="toll 3 injured"),
  E("2022-08-28 19:10", "Russian-installed officials blame Kyiv for shelling of Energodar",
    ["Officials appointed by Moscow in the occupied part of the Zaporizhzhia region accused Ukrainian forces of firing on Energodar and on the plant\u2019s grounds, an accusation Kyiv denies."],
    "strikes", "strikes", 3, ZNPP, a="Maksym Hrytsai", n="reaction / counter-claim about the same shelling; spelling 'Energodar'"),
  ]))

# ---------------------------------------------------------------- 11043 Drabmoor Observer (day 3)
SEEDS.append(dict(
  id="11043", name="11043_drabmoor-atom", ext="xml", source="Drabmoor Observer", zone="Europe/Kyiv", render=r_atom,
  title="Drabmoor Observer \u2014 War in Ukraine", url="https://drabmoor-observer.example/war",
  lede="News from our correspondents in Ukraine",
  basis="Atom <published> '{s}' (explicit +03:00 offset = EEST); local {d} in {z}",
  notes="Invented outlet. Atom feed, newest first, <published> with +03:00, <author> per entry. 11043-01 is a follow-up on the overnight Nikopol shelling (same story as 11041-03), not the Enerhodar shelling. 11043-04 is the same Kharkiv strike as 11041-07. 11043-05 (Zelenskyy's call for Rosatom sanctions) is the same theme as the IAEA story but a different statement: must not merge.",
  not_entries=["feed title, subtitle, links, id, updated", "entry link and id URLs"],
  entries=[
  E("2022-08-28 23:20", "Nikopol counts damage after night of shelling",
    ["Rescuers in Nikopol finished clearing debris from Saturday night\u2019s rocket attack, in which one person was killed, and counted more than 20 damaged houses, city officials said."],
    "strikes", "strikes", 3, NIKOPOL, a="Yulia Moroz"),
  E("2022-08-28 20:05", "Energoatom: shelling near plant continues",
    ["Energoatom said shells had again landed near the Zaporizhzhia plant\u2019s site and in Enerhodar during the day, and warned of a risk of radiation leaks if the shelling went on."],
    "strikes", "strikes", 3, ZNPP, a="Dmytro Sahaidak"),
  E("2022-08-28 16:30", "Russia says it repelled Ukrainian attacks in Mykolaiv region",
    ["Russia\u2019s Defence Ministry said its forces had repelled attempts by Ukrainian units to advance in the Mykolaiv region, a claim that could not be independently verified."],
    "other", "frontline", 2, "mykolaiv-region-attacks-repelled-2022-08-28", a="Yulia Moroz"),
  E("2022-08-28 12:45", "Kharkiv: missile kills guard at warehouse",
    ["A security guard was killed when a Russian missile struck a warehouse in Kharkiv before dawn, the regional governor said."],
    "strikes", "strikes", 3, KHARKIV, a="Dmytro Sahaidak"),
  E("2022-08-28 09:30", "Zelenskyy calls for sanctions on Rosatom over nuclear plant",
    ["President Volodymyr Zelenskyy said the world should impose sanctions on Russia\u2019s state nuclear company Rosatom because of the occupation of the Zaporizhzhia plant."],
    "diplomacy", "diplomacy", 2, "zelenskyy-rosatom-sanctions-call-2022-08", a="Yulia Moroz",
    n="appeal (importance 2 by convention); same theme as the IAEA mission plans, different statement: must not merge"),
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
        print(f"{fn:42s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


if __name__ == "__main__":
    main()

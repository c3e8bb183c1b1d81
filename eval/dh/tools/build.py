#!/usr/bin/env python3
"""Builds the eval/dh seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented or paraphrased; no copied sentences).
Part A imitates, from memory, the page layouts of ten real Missouri outlets; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/dh/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gov.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "S.D.", "N.D.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
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


def ampm(d, dots=True, upper=False, space=" "):
    h = d.hour % 12 or 12
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    else:
        suf = "am" if d.hour < 12 else "pm"
    if upper:
        suf = suf.upper()
    return f"{h}:{d.minute:02d}{space}{suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def slug(s, n=60):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:n].strip("-")


def order_check(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest_first), f"{S['id']}: entries must be {'newest' if newest_first else 'oldest'} first"


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def iso(d, z=False):
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if z else d.isoformat()


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_stjoe(S):
    """St. Joseph News-Press (newspressnow.com, TownNews BLOX), 'National & World' section front as a text scrape.
    Header date + clock line, weather widget, cards: headline, 'By NAME Associated Press', relative BLOX time
    ('38 min ago', '2 hrs ago', 'Updated 5 hrs ago'), summary. Newest first."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = ["Skip to main content", "Site search", "Search", "", "St. Joseph News-Press", "",
         f"{WEEKDAYS[ref.weekday()]}, {MONTHS[ref.month - 1]} {ref.day}, {ref.year} \u00b7 {ampm(ref, dots=False, upper=True)}",
         "St. Joseph, MO (64501)", "Today", "Cloudy. A wintry mix possible after midnight. High 39F. Winds NNE at 10 to 15 mph.", "",
         "Subscribe", "Log In", "e-Edition", "",
         "News   Sports   Obituaries   Opinion   Business   Entertainment   Lifestyles   Classifieds   Jobs   Legal Notices   KQ2", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} min ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hr ago" if mins == 60 else f"{mins // 60} hrs ago"
        if e.get("upd"):
            st = "Updated " + st
        stamps.append(st)
        L += [e["h"], e["by"], st, ""] + ptxt(e["p"])
        if i == 2:
            L += ["Breaking News Alerts", "Get the latest breaking news delivered to your inbox. Sign up today!", ""]
    L += ["Load more", "", "Most Popular", "Buchanan County commissioners approve 2024 budget", "Central falls to Lafayette in holiday tournament opener", "",
          "\u00a9 Copyright 2023 News-Press & Gazette Company, 825 Edmond St. St. Joseph, MO | Terms of Use | Privacy Policy",
          "Powered by BLOX Content Management System from TownNews.com."]
    return "\n".join(L) + "\n", stamps


def r_columbia(S):
    """Columbia Daily Tribune (Gannett / USA TODAY Network), syndicated USA TODAY live blog, HTML. Newest first; each post
    h2 headline, author + 'USA TODAY', stamp '3:30 p.m. CT Dec. 25, 2023'. LiveBlogPosting JSON-LD with per-update times."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "headline": e["h"], "datePublished": iso(d), "url": f"{S['url']}#post-{7700 - i}",
             "author": {"@type": "Person", "name": e["a"]}}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
          "datePublished": iso(pub), "dateModified": iso(last), "coverageStartTime": iso(pub),
          "publisher": {"@type": "NewsMediaOrganization", "name": "Columbia Daily Tribune", "url": "https://www.columbiatribune.com"},
          "liveBlogUpdate": ups}
    pl = f"Published {ampm(pub)} CT {AP_MONTHS[pub.month - 1]} {pub.day}, {pub.year}"
    ul = f"Updated {ampm(last)} CT {AP_MONTHS[last.month - 1]} {last.day}, {last.year}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<meta property="og:site_name" content="Columbia Daily Tribune">', f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="gnt_pr">', '<div class="gnt_tb">Hi, what are you looking for? <a href="/search/">Search</a></div>',
           '<header class="gnt_n"><a class="gnt_n_logo" href="/" aria-label="Columbia Daily Tribune logo">Columbia Daily Tribune</a>'
           '<nav class="gnt_n_mn"><a href="/news/">News</a><a href="/sports/">Sports</a><a href="/sports/college/mizzou/">Mizzou</a>'
           '<a href="/entertainment/">Entertainment</a><a href="/opinion/">Opinion</a><a href="https://www.legacy.com/us/obituaries/columbiatribune/">Obituaries</a>'
           '<a href="https://columbiatribune-mo-app.newsmemory.com/">E-Edition</a><a href="/legal-notices/">Legals</a></nav>'
           '<a class="gnt_n_us" href="/subscribe/">Subscribe</a> <a class="gnt_n_us" href="/login/">Sign In</a></header>',
           '<main class="gnt_cw"><article>', '<div class="gnt_ar_lbl"><a href="/news/world/">WORLD</a></div>',
           f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           '<div class="gnt_ar_by">' + " ".join(f'<a class="gnt_ar_by_a" href="/staff/{5100 + i}/">{esc(n)}</a>' for i, n in enumerate(S["authors"]))
           + '<div class="gnt_ar_by_o">USA TODAY</div></div>',
           f'<div class="gnt_ar_dt" aria-label="{pl} | {ul}">{pl} | {ul}</div>',
           '<div class="gnt_ss"><button>Facebook</button> <button>Email</button> <button>X</button> <button>Share</button></div>',
           f'<p class="gnt_ar_b_p">{esc(S["lede"])}</p>', '<div class="gnt_lb">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d)} CT {AP_MONTHS[d.month - 1]} {d.day}, {d.year}"; stamps.append(st)
        out.append(f'<article class="gnt_lb_p" id="post-{7700 - i}"><h2 class="gnt_lb_hl">{esc(e["h"])}</h2>')
        out.append(f'<div class="gnt_lb_meta"><span class="gnt_lb_au">{esc(e["a"])}</span> <span class="gnt_lb_org">USA TODAY</span> '
                   f'<span class="gnt_lb_ts">{st}</span></div>')
        if e["p"]:
            out += [f'<p class="gnt_lb_b_p">{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<figure class="gnt_em_vp"><div class="gnt_em_vp_c">Video player: 0:58</div></figure>')
        out.append('</article>')
        if i == 3:
            out.append('<aside class="gnt_nl"><p>Get the latest news on Ukraine in your inbox.</p><p>Sign up for the Daily Briefing newsletter.</p>'
                       '<input type="email" placeholder="Enter email address"> <button>Sign Up</button></aside>')
    out += ['</div>', f'<p class="gnt_ar_b_p"><em>{esc(S["contrib"])}</em></p>', '</article>',
            '<aside class="gnt_rr"><h3>Most Popular</h3><ul><li><a href="/story/news/local/2023/12/25/columbia-christmas-meals/">Volunteers serve Christmas meals across Columbia</a></li>'
            '<li><a href="/story/sports/college/mizzou/2023/12/25/mizzou-cotton-bowl-prep/">Mizzou settles in for Cotton Bowl preparation</a></li></ul></aside></main>',
            '<footer class="gnt_f"><a href="/about/">About Us</a> <a href="/newsletters/">Newsletters</a> <a href="/help/">Help Center</a> '
            '<a href="/privacy/">Privacy Policy</a> <a href="/terms/">Terms of Service</a> <a href="/privacy-choices/">Your Privacy Choices</a>'
            '<p>\u00a9 2023 www.columbiatribune.com. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_jcnt(S):
    """Jefferson City News Tribune (newstribune.com, WEHCO) World listing, HTML without JSON-LD. Each card: date line
    'July 6, 2024 at 5:40 p.m.' ABOVE the headline (no zone printed), then 'by NAME The Associated Press', summary."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Jefferson City News Tribune</title>',
           '</head><body>',
           '<header class="site-header"><a class="logo" href="/">Jefferson City News Tribune</a>'
           '<div class="weather">Jefferson City, MO <span>84\u00b0F</span> Partly cloudy</div>'
           '<nav><a href="/news/">News</a> <a href="/news/local/">Local</a> <a href="/sports/">Sports</a> <a href="/obituaries/">Obituaries</a> '
           '<a href="/opinion/">Opinion</a> <a href="/business/">Business</a> <a href="/life/">Life</a> <a href="/puzzles/">Puzzles</a> '
           '<a href="/e-edition/">e-Edition</a></nav><a class="btn" href="/subscribe/">Subscribe</a> <a class="btn" href="/login/">Sign in</a></header>',
           f'<main><h1 class="section-title">{esc(S["title"])}</h1>', '<div class="story-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} at {ampm(d)}"; stamps.append(st)
        link = f"/news/{d.year}/{SHORT[d.month - 1].lower()}/{d.day:02d}/{slug(e['h'], 48)}/"
        out.append(f'<article class="card"><p class="card__date">{st}</p>')
        out.append(f'<h2 class="card__title"><a href="{link}">{esc(e["h"])}</a></h2>')
        out.append(f'<p class="card__byline">{esc(e["by"])}</p>')
        out += [f'<p class="card__summary">{esc(p)}</p>' for p in e["p"]]
        out.append('</article>')
        if i == 2:
            out.append('<div class="ad-slot">Advertisement</div>')
            out.append('<div class="newsletter">Get the News Tribune\u2019s daily headlines by email. <a href="/newsletters/">Sign up</a></div>')
    out += ['</div><a class="load-more" href="?page=2">Load more</a></main>',
            '<aside><h3>Latest Local News</h3><a href="/news/local/">Cole County commission reviews courthouse repair bids</a></aside>',
            '<footer>Copyright \u00a9 2024, Jefferson City News Tribune. All rights reserved. <a href="/privacy/">Privacy Policy</a> '
            '<a href="/terms/">Terms of Use</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_semo(S):
    """Southeast Missourian (semissourian.com) 'Nation/World Briefs' story page, text scrape: one page date/time line
    'Friday, July 26, 2024 ~ 11:40 AM', agency credit, briefs with a bold headline and an AP dateline. No per-brief time."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    L = ["semissourian.com", "Southeast Missourian", "", "News   Sports   Opinion   Obituaries   Business   Entertainment   Community   Classifieds", "",
         "Nation/World", "", S["title"], "",
         f"{WEEKDAYS[d0.weekday()]}, {MONTHS[d0.month - 1]} {d0.day}, {d0.year} ~ {ampm(d0, dots=False, upper=True)}", S["byline"], "",
         "Share", "Print", "Comments", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Comments", "Respond to this story", "Posting a comment requires free registration. If you already have an account, log in.", "",
          "Related Topics", "Nation/World", "", "\u00a9 Copyright 2024 Southeast Missourian. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_sedalia_rss(S):
    """Sedalia Democrat (WordPress site of AIM Media Midwest) category feed, RSS 2.0 as WordPress prints it: pubDate in
    GMT with '+0000', dc:creator in CDATA, excerpt description, full text in content:encoded."""
    order_check(S, True); z = S["zone"]
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"',
           '\txmlns:content="http://purl.org/rss/1.0/modules/content/"', '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"',
           '\txmlns:dc="http://purl.org/dc/elements/1.1/"', '\txmlns:atom="http://www.w3.org/2005/Atom"',
           '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"', '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '>', '',
           '<channel>', f'\t<title>{esc(S["title"])}</title>', f'\t<atom:link href="{S["url"]}feed/" rel="self" type="application/rss+xml" />',
           f'\t<link>{S["url"]}</link>', '\t<description>Sedalia Democrat</description>', f'\t<lastBuildDate>{rfc822(last)}</lastBuildDate>',
           '\t<language>en-US</language>', '\t<sy:updatePeriod>hourly</sy:updatePeriod>', '\t<sy:updateFrequency>1</sy:updateFrequency>',
           '\t<generator>https://wordpress.org/?v=6.8.1</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        pid = 188410 + i * 37
        link = f"https://www.sedaliademocrat.com/{d.year}/{d.month:02d}/{d.day:02d}/{slug(e['h'], 50)}/"
        exc = first_sentence(e["p"][0])[:140].rsplit(" ", 1)[0] + " [&#8230;]"
        out += ['\t<item>', f'\t\t<title>{esc(e["h"])}</title>', f'\t\t<link>{link}</link>',
                f'\t\t<dc:creator><![CDATA[{e["by"]}]]></dc:creator>', f'\t\t<pubDate>{st}</pubDate>',
                f'\t\t<category><![CDATA[{e.get("cat", "Nation/World")}]]></category>',
                f'\t\t<guid isPermaLink="false">https://www.sedaliademocrat.com/?p={pid}</guid>',
                f'\t\t<description><![CDATA[{exc}]]></description>',
                '\t\t<content:encoded><![CDATA[' + "".join(f"<p>{esc(p)}</p>\n" for p in e["p"]) + ']]></content:encoded>',
                f'\t\t<slash:comments>0</slash:comments>', '\t</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_rolla(S):
    """Rolla Daily News (Gannett) explainer article with question subheads, text scrape. Page byline + 'USA TODAY',
    'Published 5:02 a.m. CT Oct. 8, 2025 | Updated ...'. Sections have no own time."""
    z = S["zone"]; pub = dt(S["published"], z); upd = dt(S["updated"], z)
    L = ["Skip to main content", "", "Rolla Daily News", "Subscribe", "Sign In", "",
         "Home   News   Sports   Things to Do   Opinion   Obituaries   eNewspaper   Legals", "", "WORLD", "",
         S["title"], "", S["byline"], "USA TODAY", "",
         f"Published {ampm(pub)} CT {AP_MONTHS[pub.month - 1]} {pub.day}, {pub.year} | Updated {ampm(upd)} CT {AP_MONTHS[upd.month - 1]} {upd.day}, {upd.year}", "",
         "Share", "Facebook  Email  X", "", S["caption"], "", S["lede"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["Advertisement", "", f"More: {S['more']}", ""]
    L += [S["contrib"], "", "Get the latest news in your inbox. Sign up for the newsletter.", "",
          "About Us  Newsletters  Help Center  Privacy Policy  Terms of Service  Your Privacy Choices", "\u00a9 2025 www.therolladailynews.com. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_hannibal(S):
    """Hannibal Courier-Post (Gannett) syndicated USA TODAY live updates, HTML. Newest first; the stamp line
    'Oct. 31, 2025, 5:20 p.m. ET' comes BEFORE the h3 headline (USA TODAY prints Eastern time); author after the body.
    Page-level NewsArticle JSON-LD only (no updates)."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": iso(first, z=True), "dateModified": iso(last, z=True),
          "author": [{"@type": "Person", "name": n} for n in S["authors"]],
          "publisher": {"@type": "NewsMediaOrganization", "name": "Hannibal Courier-Post"}, "articleSection": "World"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<meta property="og:site_name" content="Hannibal Courier-Post">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="gnt_pr"><header class="gnt_n"><a class="gnt_n_logo" href="/">Hannibal Courier-Post</a>'
           '<nav class="gnt_n_mn"><a href="/news/">News</a><a href="/sports/">Sports</a><a href="/entertainment/">Things to Do</a>'
           '<a href="/opinion/">Opinion</a><a href="https://www.legacy.com/us/obituaries/hannibal/">Obituaries</a><a href="/legal-notices/">Legals</a></nav>'
           '<a class="gnt_n_us" href="/subscribe/">Subscribe</a> <a class="gnt_n_us" href="/login/">Sign In</a></header>',
           '<main class="gnt_cw"><article>', '<div class="gnt_ar_lbl">WORLD</div>', f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           f'<div class="gnt_ar_by">{esc(" and ".join(S["authors"]))} <span>USA TODAY</span></div>',
           f'<p class="gnt_ar_b_p">{esc(S["lede"])}</p>', '<div class="gnt_lb">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{AP_MONTHS[d.month - 1]} {d.day}, {d.year}, {ampm(d)} ET"; stamps.append(st)
        out.append(f'<section class="gnt_lb_p"><div class="gnt_lb_ts">{st}</div><h3>{esc(e["h"])}</h3>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<figure class="gnt_em_vp"><div>Video player: 1:47</div><figcaption>USA TODAY video</figcaption></figure>')
        out.append(f'<p class="gnt_lb_au">\u2014 {esc(e["a"])}</p></section>')
        if i == 2:
            out.append('<aside class="gnt_nl">Get breaking news alerts. <a href="/newsletters/">Sign up</a></aside>')
    out += ['</div></article></main>', '<footer class="gnt_f"><a href="/about/">About Us</a> <a href="/help/">Help Center</a> '
            '<a href="/privacy/">Privacy Policy</a> <a href="/terms/">Terms of Service</a><p>\u00a9 2025 www.hannibal.net. All rights reserved.</p></footer>',
            '</body></html>']
    return "\n".join(out) + "\n", stamps


def r_kirksville(S):
    """Kirksville Daily Express (Gannett) live updates page, text scrape, OLDEST first (the page was reversed by the
    reader's 'Oldest' toggle). Each post: stamp 'Dec. 11, 2025, 6:35 p.m. CST', headline, body, author line.
    The local days run from Thursday evening into Friday; the UTC day is Friday."""
    z = S["zone"]; order_check(S, False)
    pub = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    L = ["Skip to main content", "", "Kirksville Daily Express", "Subscribe", "Sign In", "",
         "Home   News   Sports   Opinion   Obituaries   eNewspaper   Legals", "", "WORLD", "",
         S["title"], "", " and ".join(S["authors"]), "USA TODAY", "",
         f"Published {ampm(pub)} CT {AP_MONTHS[pub.month - 1]} {pub.day}, {pub.year} | Updated {ampm(last)} CT {AP_MONTHS[last.month - 1]} {last.day}, {last.year}", "",
         S["lede"], "", "Sort: Newest | Oldest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{AP_MONTHS[d.month - 1]} {d.day}, {d.year}, {ampm(d)} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"]) + [f"\u2014 {e['a']}", ""]
        if i == 3:
            L += ["Advertisement", "", "Get the Daily Briefing newsletter in your inbox.", ""]
    L += [S["contrib"], "", "About Us  Newsletters  Help Center  Privacy Policy  Terms of Service", "\u00a9 2025 www.kirksvilledailyexpress.com. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_dsj_atom(S):
    """The Daily Star-Journal (dailystarjournal.com, TownNews BLOX) 'Nation & World' Atom feed: <published> and a later
    <updated> with the local offset (-06:00), <author><name>By NAME Associated Press</name>, escaped HTML content."""
    z = S["zone"]; order_check(S, True)
    last = max(dt(e["t"], z) + timedelta(minutes=e.get("upd", 0)) for e in S["entries"])
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">',
           f'<title>{esc(S["title"])}</title>', f'<id>{esc(S["url"])}</id>', f'<link rel="self" href="{attr(S["url"])}" />',
           f'<updated>{iso(last)}</updated>', '<generator uri="https://www.townnews.com">TownNews.com Dynamic Site Engine</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        u = d + timedelta(minutes=e.get("upd", 0))
        uid = f"{0x3b8e1c00 + i * 65537:08x}-db{i}1-11f0-8c{i}e-{0x5e2a7c4d1b90 + i * 97:012x}"
        link = f"https://www.dailystarjournal.com/news/nation_world/article_{uid}.html"
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<id>{link}</id>', f'<link rel="alternate" type="text/html" href="{link}" />',
                f'<published>{st}</published>', f'<updated>{iso(u)}</updated>', f'<author><name>{esc(e["by"])}</name></author>',
                '<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_fulton(S):
    """Fulton Sun (fultonsun.com, WEHCO) World listing, HTML, no JSON-LD. Cards: headline, summary, then
    'Today at 3:40 p.m. | by NAME The Associated Press'. No date and no year anywhere (copyright year is written by a script
    that the capture did not run); 'Yesterday' posts fall on the previous local evening."""
    z = S["zone"]; order_check(S, True); today = datetime.strptime(S["today"], "%Y-%m-%d").date()
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Fulton Sun</title></head><body>',
           '<header class="site-header"><a class="logo" href="/">Fulton Sun</a><span class="tagline">Serving Callaway County</span>'
           '<nav><a href="/news/">News</a> <a href="/news/local/">Local</a> <a href="/sports/">Sports</a> <a href="/obituaries/">Obituaries</a> '
           '<a href="/opinion/">Opinion</a> <a href="/e-edition/">e-Edition</a> <a href="/newsletters/">Newsletters</a></nav>'
           '<a class="btn" href="/subscribe/">Subscribe</a> <a class="btn" href="/login/">Sign in</a></header>',
           f'<main><h1 class="section-title">{esc(S["title"])}</h1>', '<div class="story-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        word = "Today" if d.date() == today else ("Yesterday" if d.date() == today - timedelta(days=1) else None)
        assert word, e["t"]
        st = f"{word} at {ampm(d)}"; stamps.append(st)
        link = f"/news/world/{slug(e['h'], 50)}/"
        out.append(f'<article class="story-card"><h2><a href="{link}">{esc(e["h"])}</a></h2>')
        out += [f'<p class="summary">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="meta">{st} | {esc(e["by"])}</p>')
        out.append(f'<a class="comments" href="{link}#comments">Comments ({e.get("cc", 0)})</a></article>')
        if i == 1:
            out.append('<div class="ad-slot">Advertisement</div>')
    out += ['</div><a class="load-more" href="?page=2">Load more</a></main>',
            '<aside><h3>Local</h3><a href="/news/local/">Callaway County bridge work to resume after holidays</a></aside>',
            '<footer>Copyright \u00a9 <span id="cy"></span><script>document.getElementById("cy").textContent = new Date().getFullYear();</script>'
            ' Fulton Sun. All rights reserved. <a href="/privacy/">Privacy Policy</a> <a href="/terms/">Terms of Use</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================ Part B renderers (invented outlets)

def r_gorsecombe(S):
    """text live, newest first, date line with the zone, then per post 'HH:MM | NAME', headline, body."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Home | World | Ukraine | Business | Opinion | Live", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [f"{st} | {e['a']}", e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Support independent reporting from Ukraine. Become a member.", ""]
    L += ["Show older updates", "", f"\u00a9 {S['source']} \u00b7 About \u00b7 Contact \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_lintmoor(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with per-update datePublished; visible '22.12.2024, 09:10 CET'."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#p{i + 1}", "headline": e["h"], "datePublished": iso(d), "articleBody": "\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": iso(first), "dateModified": iso(last), "coverageStartTime": iso(first), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a href="/europe">Europe</a> <a href="/ukraine">Ukraine war</a> '
           '<a href="/germany">Germany</a> <a href="/newsletter">Newsletter</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>', '<ol class="ticker">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y, %H:%M} {d.tzname()}"; stamps.append(st)
        out.append(f'<li class="tick" id="p{i + 1}"><time datetime="{iso(d)}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="author">By {esc(e["a"])}</p>')
        out.append('</li>')
        if i == 3:
            out.append('<li class="promo">Read our Ukraine newsletter every Monday. <a href="/newsletter">Subscribe</a></li>')
    out += ['</ol></main>', f'<footer>{esc(S["source"])} \u00b7 Imprint \u00b7 Data protection</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """RSS 2.0 feed, newest first: pubDate 'GMT' or numeric offset; description in CDATA paragraphs; dc:creator when known."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S["rfc"] == "GMT"); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{e.get("cat", "world").lower()}/{S["guid"]}-{i + 301}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{i + 301}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom feed, newest first: <published> with the zone's offset (or Z when S['z']); summary type=html (escaped) or
    content type=xhtml (S['xhtml'])."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<id>{S["url"]}/</id>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<updated>{iso(last, z=S.get("z", False))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d, z=S.get("z", False)); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<id>tag:{S["url"].split("//")[1]},{d:%Y-%m-%d}:{i + 51}</id>',
                f'<link rel="alternate" href="{S["url"]}/{d:%Y/%m/%d}/{slug(e["h"], 40)}"/>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if S.get("xhtml"):
            out.append('<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + '</div></content>')
        else:
            out.append('<summary type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</summary>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_caddonfield(S):
    """HTML live, no JSON-LD, newest first; '14:05 GMT' in a span above each h2; author line after the body; dateline."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title></head><body>',
           f'<div class="cookie">We use cookies to improve your experience. <button>Accept all</button> <button>Manage</button></div>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a href="/news">News</a> <a href="/world">World</a> '
           '<a href="/sport">Sport</a> <a href="/opinion">Opinion</a> <a href="/puzzles">Puzzles</a></nav></header>',
           f'<main><p class="kicker">LIVE</p><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>',
           f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        out.append(f'<div class="post"><span class="time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">Gallery: 9 photos</div>')
        if e["a"]:
            out.append(f'<p class="byline">{esc(e["a"])}</p>')
        out.append('</div>')
        if i == 2:
            out.append('<div class="promo">Get the Gazette\u2019s morning briefing. <a href="/newsletters">Sign up</a></div>')
    out += ['</main>', f'<footer>\u00a9 {esc(S["source"])} \u00b7 Terms \u00b7 Privacy \u00b7 Contact us</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_mirefold(S):
    """text live, oldest first; headline, then 'By NAME | 6:50 a.m. EST'; one date line without time."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Sections  Local  Nation  World  Business  Sports  Opinion", "", S["title"], S["dateline"], "", S["lede"], "",
         "Follow along below (oldest first).", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d)} {d.tzname()}"; stamps.append(st)
        L += [e["h"], f"By {e['by']} | {st}", ""] + ptxt(e["p"])
        if i == 3:
            L += ["ADVERTISEMENT", ""]
    L += ["This live blog has ended.", "", f"Copyright {S['source']}. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_article(S):
    """text article with section heads; dateline with time; page byline; no per-section time."""
    L = [S["source"], "Ukraine | Europe | World | Analysis", "", S["title"], "", S["byline"], S["dateline"], "", S["lede"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 0:
            L += ["Read also: " + S["readalso"], ""]
    L += ["Share this article", "", f"\u00a9 {S['source']}"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_emberquay(S):
    """text live, oldest first; Key Points block; British clock '9.15am' line before the headline; signature '\u2013 NAME'."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "News  Ukraine  World  Opinion  Culture", "", S["title"], S["dateline"], "", S["lede"], "", "Key Points"]
    L += ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]]
    L += ["", "Updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.hour % 12 or 12}.{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"\u2013 {e['a']}", ""]
        if i == 4:
            L += ["Advertisement", ""]
    L += ["We have closed this live page.", "", f"{S['source']} \u00b7 Contact \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_hinode(S):
    """HTML live, newest first; JSON-LD @graph (WebPage + LiveBlogPosting with per-update times, +09:00);
    visible 'Dec 25, 1:20 a.m. JST' without a year; page line 'Updated Dec 25, 2024'."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": iso(dt(e["t"], z)), "articleBody": " ".join(e["p"]),
            "author": {"@type": "Person", "name": e["a"]}} for e in S["entries"]]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": S["url"], "name": S["title"]},
        {"@type": "LiveBlogPosting", "headline": S["title"], "mainEntityOfPage": {"@id": S["url"]}, "datePublished": iso(first),
         "dateModified": iso(last), "coverageStartTime": iso(first), "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a href="/" class="logo">{esc(S["source"])}</a><nav><a href="/national">National</a> <a href="/world">World</a> '
           '<a href="/business">Business</a> <a href="/culture">Culture</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="updated">Updated {SHORT[last.month - 1]} {last.day}, {last.year}</p>',
           f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{SHORT[d.month - 1]} {d.day}, {ampm(d)} JST"; stamps.append(st)
        out.append(f'<article class="update"><h2>{esc(e["h"])}</h2><p class="meta"><time datetime="{iso(d)}">{st}</time> \u00b7 {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</article>')
    out += ['</main>', f'<footer>Copyright {esc(S["source"])}. Reproduction prohibited.</footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS = []

# ================================================================ Part A data
CHI = "America/Chicago"

# ---------------------------------------------------------------- 11300 St. Joseph News-Press
SEEDS.append(dict(
  id="11300", name="11300_newspressnow-nationworld", ext="txt", source="St. Joseph News-Press", zone=CHI, render=r_stjoe,
  title="National & World", ref="2023-12-23 16:52",
  basis="relative BLOX stamp '{s}' counted back from the header clock 'Saturday, December 23, 2023 \u00b7 4:52 PM' (Central time, the outlet's home zone; no zone printed; CST = UTC-6); local {d} in {z}",
  notes="Text scrape of the BLOX section front 'National & World'. Newest first. Each card: headline, 'By NAME Associated Press' (name in capitals, as BLOX prints AP bylines), a relative time ('38 min ago', '2 hrs ago', 'Updated 5 hrs ago'), summary. The only clock on the page is the header line 'Saturday, December 23, 2023 \u00b7 4:52 PM'; relative stamps are counted back from it exactly. No zone is printed: Central time (the outlet's home zone). 'Updated 5 hrs ago' is the only time printed for that card and is taken as its time. Two AP stories are not about the war (Czech mourning, Plains blizzard).",
  not_entries=["skip link, site search", "header date/clock line", "weather widget (St. Joseph, MO (64501) ...)", "Subscribe / Log In / e-Edition", "navigation row",
               "section title 'National & World'", "'Breaking News Alerts' sign-up box after the third card", "'Load more'", "'Most Popular' box with two local headlines", "copyright and BLOX footer"],
  entries=[
  OFF("2023-12-23 16:14", "Czechs observe day of mourning for university shooting victims",
      ["PRAGUE (AP) \u2014 Church bells rang across the Czech Republic at noon Saturday as the country held a day of mourning for the victims of Thursday's shooting at Charles University in Prague.",
       "Flags flew at half-staff on government buildings, and people waited in line outside the university's arts faculty to leave candles and flowers."],
      "czech-university-shooting-mourning-2023-12-23", a="PAVLA SOUCKOVA", by="By PAVLA SOUCKOVA Associated Press", n="Prague shooting aftermath"),
  E("2023-12-23 14:52", "Putin signals openness to cease-fire along current front, report says",
    ["Russian President Vladimir Putin has signaled through intermediaries that he would accept a cease-fire that freezes the fighting along the current front lines, according to a report published Saturday that cited former and current officials.",
     "The Kremlin did not directly address the report. Ukraine's leaders have repeatedly said they will not agree to any deal that leaves Russian troops on Ukrainian soil."],
    "diplomacy", "diplomacy", 3, "putin-ceasefire-signal-report-2023-12-23", a="NIKOLAI VORONTSEV", by="By NIKOLAI VORONTSEV Associated Press",
    n="head-of-state position on a cease-fire"),
  E("2023-12-23 13:52", "Russian shelling kills 2 in Kherson as residents prepare for Christmas",
    ["KHERSON, Ukraine (AP) \u2014 Russian artillery fire killed two people and wounded four others in the southern city of Kherson on Saturday, regional officials said.",
     "A shell struck near a bus stop in the city's Korabelnyi district, regional Gov. Oleksandr Prokudin said on Telegram.",
     "Kherson, retaken by Ukraine in November 2022, is shelled almost daily from Russian positions across the Dnieper River."],
    "strikes", "strikes", 3, "kherson-shelling-2023-12-23", a="OLENA MAKSYMIV", by="By OLENA MAKSYMIV Associated Press"),
  E("2023-12-23 11:52", "Ukraine claims it shot down 3 Russian bombers; Moscow silent",
    ["KYIV, Ukraine (AP) \u2014 Ukraine's air force said its pilots shot down three Russian Su-34 fighter-bombers over the southern Kherson region, a claim Russia has not addressed.",
     "Air force commander Mykola Oleshchuk called it a good start to Christmas week. The claim could not be independently verified."],
    "strikes", "strikes", 2, "ukraine-claims-three-su34-downed-2023-12", a="DAVID KERSHAW", by="By DAVID KERSHAW Associated Press", upd=True,
    n="air-defence engagement; stamp is 'Updated 5 hrs ago'"),
  OFF("2023-12-23 10:52", "Blizzard threatens Christmas travel across northern Plains",
      ["SIOUX FALLS, S.D. (AP) \u2014 Forecasters warned of a multiday blizzard that could bury parts of the Dakotas and Nebraska in more than a foot of snow over the Christmas holiday.",
       "Ice was also expected farther south, including in parts of northwest Missouri, the National Weather Service said."],
      "northern-plains-christmas-blizzard-2023", a="HAILEY BRUNNER", by="By HAILEY BRUNNER Associated Press", n="US weather"),
  E("2023-12-23 08:52", "Russia sends 17 drones at Ukraine overnight; air force says 15 downed",
    ["KYIV, Ukraine (AP) \u2014 Russia sent 17 Iranian-made Shahed drones toward Ukraine overnight, and air defenses destroyed 15 of them over the southern and central regions, Ukraine's air force said Saturday.",
     "Falling debris damaged a farm building in the Mykolaiv region. No one was hurt."],
    "strikes", "strikes", 2, "russian-drone-attack-overnight-2023-12-23", a="DAVID KERSHAW", by="By DAVID KERSHAW Associated Press"),
  E("2023-12-23 07:52", "Orban repeats he will block EU's Ukraine aid plan without changes",
    ["BUDAPEST, Hungary (AP) \u2014 Hungarian Prime Minister Viktor Orban said Friday his government would keep blocking a planned 50 billion euro ($55 billion) European Union support package for Ukraine unless it is financed outside the bloc's long-term budget.",
     "EU leaders are due to take up the package again at a summit in early February."],
    "aid", "aid", 2, "hungary-blocks-eu-ukraine-facility-2023-12", a="ZSOFIA BARTHA", by="By ZSOFIA BARTHA Associated Press", sec=["diplomacy"],
    n="funding debate; no new decision"),
  ]))

# ---------------------------------------------------------------- 11301 Columbia Daily Tribune
UXMAS = "ukraine-first-december-25-christmas-2023"
SEEDS.append(dict(
  id="11301", name="11301_columbiatribune-live", ext="html", source="Columbia Daily Tribune", zone=CHI, render=r_columbia,
  title="Ukrainians mark Christmas on Dec. 25 for first time as Russia claims Marinka: Russia-Ukraine war live updates",
  url="https://www.columbiatribune.com/story/news/world/2023/12/25/russia-ukraine-war-live-updates-christmas/71990031007/",
  published="2023-12-25 05:10", authors=["Kelsey Morrow", "Dane Whitcomb", "Priya Sandoval"],
  lede="Ukraine celebrated Christmas on Dec. 25 for the first time under a new law, while Moscow said its troops had taken a town on the edge of Donetsk. Follow along for the latest.",
  contrib="Contributing: The Associated Press",
  basis="post stamp '{s}' (CT printed; CST = UTC-6 in December); local {d} in {z}",
  notes="Gannett/USA TODAY live blog syndicated on the Columbia Daily Tribune site. Newest first. Each post: h2 headline, author + 'USA TODAY', stamp '3:30 p.m. CT Dec. 25, 2023'. LiveBlogPosting JSON-LD carries every update with its own datePublished (-06:00). 11301-01 is a 'Watch:' video teaser without text. 11301-01 and 11301-06 are about the same event (the first Dec. 25 Christmas); 11301-05 (Zelenskyy's Christmas address) is a separate statement.",
  not_entries=["search bar and site navigation", "WORLD label", "page title h1", "byline block with three names and USA TODAY", "Published/Updated line", "share buttons",
               "lede paragraph under the title", "newsletter sign-up box after the fourth post", "'Contributing: The Associated Press'", "Most Popular box", "footer"],
  entries=[
  E("2023-12-25 15:30", "Watch: Christmas services at Kyiv's St. Michael's monastery", [], "other", "politics", 1, UXMAS, a="Priya Sandoval",
    n="video teaser without body"),
  E("2023-12-25 13:15", "Ukraine's government proposes lowering draft age to 25",
    ["Ukraine's Cabinet submitted a bill to parliament Monday that would lower the age at which men can be mobilized from 27 to 25 and tighten the rules for registering with the military.",
     "Ukraine's military has asked for up to 500,000 more troops, a figure President Volodymyr Zelenskyy said last week he had not yet agreed to."],
    "other", "politics", 2, "ukraine-mobilization-bill-2023-12-25", a="Kelsey Morrow"),
  E("2023-12-25 11:48", "Russia says its forces captured Marinka; Ukraine says fighting goes on",
    ["Russian Defense Minister Sergei Shoigu told President Vladimir Putin on Monday that Russian troops had taken full control of Marinka, a town on the western edge of Donetsk city that has been fought over since 2014.",
     "A Ukrainian military spokesman said troops were still holding positions on the town's outskirts.",
     "Marinka had a prewar population of about 10,000 and has been reduced to ruins."],
    "other", "frontline", 3, "russia-claims-marinka-2023-12-25", a="Dane Whitcomb", n="territorial claim by the defence minister to the head of state"),
  E("2023-12-25 10:05", "Russian shelling kills man in Kherson region on Christmas morning",
    ["A 60-year-old man was killed when Russian shells hit the village of Antonivka outside Kherson early Monday, regional officials said.",
     "Officials in the Kherson region reported more than 60 Russian attacks in the previous 24 hours."],
    "strikes", "strikes", 3, "kherson-region-shelling-2023-12-25", a="Kelsey Morrow"),
  E("2023-12-25 08:20", "Zelenskyy's Christmas message: Ukrainians celebrate 'as one family'",
    ["President Volodymyr Zelenskyy marked Ukraine's first Christmas on Dec. 25 with a video address in which he said Ukrainians were celebrating \"all together, on one date, as one big family.\"",
     "He said the country's soldiers on the front line were the reason families could gather at all."],
    "other", "politics", 2, "zelenskyy-christmas-address-2023", a="Priya Sandoval"),
  E("2023-12-25 06:35", "Ukrainians celebrate Christmas on Dec. 25 for the first time",
    ["For the first time, Ukraine is officially celebrating Christmas on Dec. 25 rather than Jan. 7, after Zelenskyy signed a law in July moving the holiday away from the date used by the Russian Orthodox Church.",
     "The Orthodox Church of Ukraine switched to the revised Julian calendar earlier this year, and many parishes held services Sunday night.",
     "Some Ukrainians, particularly in parishes still linked to Moscow, are expected to keep celebrating in January."],
    "other", "politics", 2, UXMAS, a="Dane Whitcomb"),
  E("2023-12-25 05:10", "Air force: Russia sent 31 drones overnight, 28 destroyed",
    ["Russia launched 31 Shahed attack drones at Ukraine overnight into Christmas Day, and air defenses shot down 28 of them, Ukraine's air force said Monday.",
     "Most were downed over the Odesa, Mykolaiv and Dnipropetrovsk regions, it said."],
    "strikes", "strikes", 2, "russian-drone-attack-overnight-2023-12-25", a="Kelsey Morrow"),
  ]))

# ---------------------------------------------------------------- 11302 Jefferson City News Tribune
SEEDS.append(dict(
  id="11302", name="11302_newstribune-world", ext="html", source="Jefferson City News Tribune", zone=CHI, render=r_jcnt,
  title="World",
  basis="date line '{s}' printed above the headline (no zone printed: Central time, the outlet's home zone; CDT = UTC-5 in July); local {d} in {z}",
  notes="WEHCO World section listing, HTML without JSON-LD. Newest first. Each card prints its date line 'July 6, 2024 at 5:40 p.m.' ABOVE the headline, then the byline ('by The Associated Press' or 'by NAME The Associated Press') and a summary. No zone printed: Central time. Two AP stories are not about the war (Hurricane Beryl, Iran's runoff).",
  not_entries=["site header, weather widget (Jefferson City, MO 84\u00b0F), navigation, Subscribe/Sign in", "section title 'World'", "'Advertisement' slot and newsletter box after the third card",
               "'Load more'", "'Latest Local News' aside", "footer"],
  entries=[
  OFF("2024-07-06 17:40", "Beryl expected to regain strength as it heads for Texas coast",
      ["Hurricane Beryl was expected to restrengthen over warm Gulf waters before reaching the Texas coast late Sunday or early Monday, forecasters said Saturday.",
       "Officials along the coast urged residents to finish their preparations before the weekend was out."],
      "hurricane-beryl-texas-2024-07", a="The Associated Press", by="by The Associated Press", n="Atlantic hurricane"),
  E("2024-07-06 15:22", "Drones set fire to fuel depot in Russia's Krasnodar region, governor says",
    ["A Ukrainian drone attack overnight set a fuel storage tank ablaze in Russia's Krasnodar region, the regional governor said Saturday, adding that firefighters had contained the blaze by morning.",
     "Russia's Defense Ministry said its air defenses had downed 12 drones over the region and the Sea of Azov."],
    "strikes", "strikes", 2, "krasnodar-fuel-depot-drone-strike-2024-07-06", a="Oksana Lytvyn", by="by Oksana Lytvyn The Associated Press"),
  E("2024-07-06 13:05", "Zelenskyy wants 'strong decisions' on air defense from NATO's Washington summit",
    ["President Volodymyr Zelenskyy said Saturday he expects NATO leaders meeting in Washington next week to agree on concrete steps to strengthen Ukraine's air defenses.",
     "The alliance's 75th-anniversary summit opens Tuesday."],
    "diplomacy", "diplomacy", 2, "zelenskyy-nato-summit-expectations-2024-07", a="Marko Dragan", by="by Marko Dragan The Associated Press", sec=["aid"]),
  OFF("2024-07-06 11:10", "Reformist Pezeshkian wins Iran's presidential runoff",
      ["Masoud Pezeshkian, a heart surgeon who campaigned on easing tensions with the West, won Iran's presidential runoff, the country's election authority announced Saturday."],
      "iran-presidential-runoff-2024-07", a="The Associated Press", by="by The Associated Press", n="Iran election"),
  E("2024-07-06 09:35", "Russian missile strike kills 3 in central Ukraine town",
    ["A Russian missile struck a residential area of Pavlohrad in the Dnipropetrovsk region early Saturday, killing three people and wounding 11, regional Gov. Serhii Lysak said.",
     "Several private homes and a kindergarten were damaged."],
    "strikes", "strikes", 3, "pavlohrad-missile-strike-2024-07-06", a="Oksana Lytvyn", by="by Oksana Lytvyn The Associated Press"),
  E("2024-07-06 07:50", "Ukraine expects first F-16s 'this summer,' defense official says",
    ["A senior Ukrainian defense official said Friday that the first F-16 fighter jets promised by Western allies would arrive this summer, though he would not give numbers.",
     "Denmark, the Netherlands, Norway and Belgium have pledged the aircraft."],
    "aid", "aid", 2, "f16-arrival-expectation-2024-07", a="The Associated Press", by="by The Associated Press"),
  ]))

# ---------------------------------------------------------------- 11303 Southeast Missourian
AP_SEMO = "Associated Press"
SEEDS.append(dict(
  id="11303", name="11303_semissourian-briefs", ext="txt", source="Southeast Missourian", zone=CHI, render=r_semo,
  title="Nation/World Briefs", dateline_t="2024-07-26 11:40", byline="Associated Press",
  basis="no per-brief time; the page line 'Friday, July 26, 2024 ~ 11:40 AM' (no zone printed: Central time, the outlet's home zone; CDT = UTC-5) applies to every brief; local {d} in {z}",
  notes="Text scrape of a Southeast Missourian 'Nation/World Briefs' story: one page date/time line 'Friday, July 26, 2024 ~ 11:40 AM', agency credit 'Associated Press', six briefs (bold headline + AP dateline paragraphs). No brief has its own time, so every brief takes the page time. first_sentence keeps the AP dateline. Two briefs are not about the war (French rail sabotage, Jasper wildfire).",
  not_entries=["site name and navigation", "section label 'Nation/World'", "page title 'Nation/World Briefs'", "date/time line", "agency credit 'Associated Press'",
               "Share / Print / Comments links", "'Advertisement' after the third brief", "comments box ('Respond to this story', registration note)", "'Related Topics'", "copyright line"],
  entries=[
  OFF("2024-07-26 11:40", "Saboteurs paralyze French high-speed rail hours before Olympic opening",
      ["PARIS (AP) \u2014 Vandals set fires and damaged equipment on three high-speed rail lines in France early Friday, disrupting travel for hundreds of thousands of people hours before the opening ceremony of the Paris Olympics.",
       "Transport officials said repairs could take through the weekend."],
      "france-rail-sabotage-olympics-2024-07-26", a=AP_SEMO, n="France, Olympics"),
  E("2024-07-26 11:40", "Russian strikes kill 2 in Kharkiv region",
    ["KHARKIV, Ukraine (AP) \u2014 Russian glide bombs and artillery killed two people and wounded nine in the Kharkiv region over the past day, regional Gov. Oleh Syniehubov said Friday.",
     "One of the dead was a 78-year-old woman in the village of Lyptsi, he said."],
    "strikes", "strikes", 3, "kharkiv-region-strikes-2024-07-26", a=AP_SEMO),
  E("2024-07-26 11:40", "Ukraine says drones struck air base deep inside Russia",
    ["KYIV, Ukraine (AP) \u2014 Ukrainian drones hit a Russian air base in the Kursk region overnight, damaging a warehouse used to store guided bombs, a Ukrainian intelligence official said Friday.",
     "Russia's Defense Ministry said it had destroyed 19 drones over several border regions."],
    "strikes", "strikes", 2, "kursk-air-base-drone-strike-2024-07-26", a=AP_SEMO),
  E("2024-07-26 11:40", "Hungary and Slovakia ask EU to step in over halted Russian oil",
    ["BRUSSELS (AP) \u2014 Hungary and Slovakia asked the European Commission on Friday to press Ukraine to let Russian oil from the Lukoil company flow again through a pipeline crossing its territory.",
     "Kyiv added Lukoil to its sanctions list in June."],
    "diplomacy", "diplomacy", 2, "lukoil-transit-dispute-2024-07", a=AP_SEMO, n="sanctions dispute"),
  OFF("2024-07-26 11:40", "Wildfire destroys part of Canada's Jasper",
      ["JASPER, Alberta (AP) \u2014 A fast-moving wildfire burned through part of the Canadian Rockies town of Jasper, destroying homes and businesses after residents and visitors had been evacuated, officials said."],
      "jasper-wildfire-2024-07", a=AP_SEMO, n="Canada wildfire"),
  E("2024-07-26 11:40", "Pentagon announces new $200 million weapons package for Ukraine",
    ["WASHINGTON (AP) \u2014 The Pentagon announced a $200 million package of weapons for Ukraine on Friday, including air defense interceptors and artillery rounds drawn from U.S. stockpiles.",
     "It is the latest of several packages approved since Congress passed a long-delayed aid bill in April."],
    "aid", "aid", 3, "us-200m-weapons-package-2024-07-26", a=AP_SEMO, n="US package"),
  ]))

# ---------------------------------------------------------------- 11304 Sedalia Democrat
SEEDS.append(dict(
  id="11304", name="11304_sedaliademocrat-rss", ext="xml", source="Sedalia Democrat", zone="UTC", render=r_sedalia_rss,
  title="Nation/World \u2013 Sedalia Democrat", url="https://www.sedaliademocrat.com/category/news/nationworld/",
  basis="RSS pubDate '{s}' (WordPress prints GMT, +0000); local {d} in {z}",
  notes="WordPress category feed (RSS 2.0) of the Sedalia Democrat. Newest first. pubDate in GMT with '+0000' (WordPress default), dc:creator 'Associated Press' in CDATA, a cut excerpt in description and the full text in content:encoded. page_timezone UTC because every time carries +0000. body_paragraphs counts the paragraphs of content:encoded. Two AP items are not about the war (Supreme Court ruling, Venice wedding).",
  not_entries=["channel title/link/description/lastBuildDate/language/sy:* /generator", "item link, category, guid, slash:comments", "description excerpts ending in '[\u2026]' (cut copies of the first paragraph)"],
  entries=[
  OFF("2025-06-27 21:40", "Supreme Court limits nationwide injunctions in birthright citizenship case",
      ["The Supreme Court on Friday limited the power of individual federal judges to block government policies nationwide, a ruling that came in the fight over President Donald Trump's order restricting birthright citizenship.",
       "The justices did not decide whether the order itself is constitutional."],
      "scotus-nationwide-injunctions-2025-06-27", a="Associated Press", by="Associated Press", n="US Supreme Court"),
  E("2025-06-27 19:15", "Putin says Russia is ready for a third round of talks with Ukraine in Istanbul",
    ["Russian President Vladimir Putin said Friday that Moscow was ready to hold a third round of direct talks with Ukraine in Istanbul, though no date had been set.",
     "Speaking to reporters in Minsk after a summit of the Eurasian Economic Union, Putin said the two sides had exchanged draft memorandums laying out their positions."],
    "diplomacy", "diplomacy", 3, "putin-third-round-istanbul-talks-2025-06-27", a="Associated Press", by="Associated Press"),
  E("2025-06-27 16:30", "Russian drone strikes kill 2 in Sumy region",
    ["Russian drones struck the town of Bilopillia in Ukraine's Sumy region on Friday, killing two people and damaging a hospital, regional officials said.",
     "The Sumy region has come under heavier attack since Russian troops pushed across the border in late spring."],
    "strikes", "strikes", 3, "bilopillia-drone-strike-2025-06-27", a="Associated Press", by="Associated Press"),
  E("2025-06-27 13:05", "EU leaders agree to extend economic sanctions on Russia",
    ["European Union leaders agreed at a summit in Brussels to roll over the bloc's economic sanctions on Russia for another six months, an EU official said Friday.",
     "A new package of measures remained blocked by Slovakia, which is seeking guarantees over the phase-out of Russian gas imports."],
    "diplomacy", "diplomacy", 3, "eu-sanctions-rollover-2025-06", a="Associated Press", by="Associated Press"),
  E("2025-06-27 10:20", "Ukraine says it hit Russian drone depot in occupied Crimea",
    ["Ukraine's military said Friday that its forces had struck a storage site for Russian attack drones near Saky in occupied Crimea.",
     "Russia did not comment on the claim."],
    "strikes", "strikes", 2, "saky-drone-depot-strike-2025-06-27", a="Associated Press", by="Associated Press"),
  OFF("2025-06-27 07:45", "Venice braces for Bezos wedding weekend amid protests",
      ["Guests began arriving in Venice on Friday for the wedding of Amazon founder Jeff Bezos and Lauren S\u00e1nchez, as local activists staged protests against the city's use as a backdrop for the super-rich."],
      "bezos-venice-wedding-2025-06", a="Associated Press", by="Associated Press", n="celebrity wedding"),
  E("2025-06-27 05:10", "Zelenskyy says Ukraine needs more Patriots after record drone attacks",
    ["President Volodymyr Zelenskyy said Ukraine needed more Patriot air defense systems and was ready to buy them, after weeks of record Russian drone and missile attacks.",
     "He raised the request with President Donald Trump at the NATO summit in The Hague this week."],
    "aid", "aid", 2, "zelenskyy-patriot-request-2025-06", a="Associated Press", by="Associated Press", sec=["diplomacy"], n="appeal for air defence"),
  ]))

# ---------------------------------------------------------------- 11305 Rolla Daily News
TOMA = "us-tomahawk-debate-2025-10"
SEEDS.append(dict(
  id="11305", name="11305_therolladailynews-explainer", ext="txt", source="Rolla Daily News", zone=CHI, render=r_rolla,
  title="Will Trump send Tomahawks to Ukraine? What we know as Russia pounds the power grid",
  byline="Eleanor Brandt", published="2025-10-08 05:02", updated="2025-10-08 10:31",
  caption="Firefighters work at a damaged energy facility in Ukraine's Kharkiv region. (Photo via Ukraine's State Emergency Service)",
  lede="The question of long-range missiles has hung over the war for weeks. Here is where things stand.",
  more="Ukraine is racing to protect its grid before winter. Here's how", contrib="Contributing: The Associated Press",
  basis="article with no per-section time; the page line 'Published 5:02 a.m. CT Oct. 8, 2025' (CDT = UTC-5) dates every section (the later 'Updated 10:31 a.m.' time is not used); local {d} in {z}",
  notes="Gannett explainer article (text scrape) with five question subheads; per the conventions each subhead is one entry (headline = subhead), stamp null, published = the article's 'Published' time, author = the page byline. 11305-01 and 11305-02 tell one story (the Tomahawk question and the Kremlin's reply to it). The 'More:' line and the photo caption are chrome.",
  not_entries=["skip link, site name, navigation", "WORLD label", "title", "byline 'Eleanor Brandt' / 'USA TODAY'", "Published/Updated line", "share row", "photo caption",
               "lede paragraph", "'Advertisement' and the 'More: ...' related link after the second section", "'Contributing: The Associated Press'", "newsletter line and footer"],
  entries=[
  E("2025-10-08 05:02", "What has Trump said about Tomahawks?",
    ["President Donald Trump said this week that he had \"more or less\" made up his mind about letting Ukraine have long-range Tomahawk cruise missiles, but he wanted to know how Kyiv would use them before saying more.",
     "Zelenskyy has asked for the missiles, which can hit targets roughly 1,000 miles away, to pressure Moscow into serious negotiations."],
    "aid", "aid", 2, TOMA, a="Eleanor Brandt", sec=["diplomacy"]),
  E("2025-10-08 05:02", "How has the Kremlin responded?",
    ["Kremlin spokesman Dmitry Peskov said supplying Tomahawks would mark \"a new round of escalation\" and warned that Russia would have to assume some of the missiles could carry nuclear warheads.",
     "Putin said over the weekend that the missiles would not change the situation on the battlefield but would damage relations with Washington."],
    "diplomacy", "diplomacy", 2, TOMA, a="Eleanor Brandt", sec=["aid"], n="reaction to the Tomahawk question: same story as 11305-01"),
  E("2025-10-08 05:02", "Russia's latest strikes on Ukraine's energy",
    ["Russia fired more than 400 drones and about 30 missiles at Ukraine overnight, targeting gas production and power facilities in the Kharkiv, Poltava and Chernihiv regions, Ukraine's air force said.",
     "At least one person was killed in the Chernihiv region, and hundreds of thousands of households lost power, officials said.",
     "Ukrainian officials have warned that Russia is trying to cripple the grid before winter."],
    "strikes", "strikes", 3, "russian-energy-strikes-2025-10-08", a="Eleanor Brandt"),
  E("2025-10-08 05:02", "What's happening around Pokrovsk?",
    ["Russian forces have kept up pressure on the eastern logistics hub of Pokrovsk, where Ukrainian commanders say small infiltration groups are trying to slip into the city.",
     "Ukraine's military said it had cleared several groups from the city's southern neighborhoods."],
    "other", "frontline", 2, "pokrovsk-infiltration-2025-10", a="Eleanor Brandt"),
  E("2025-10-08 05:02", "Are peace talks any closer?",
    ["Diplomatic efforts have stalled since Trump met Putin in Alaska in August, with Moscow insisting that Ukraine withdraw from the parts of the Donetsk region it still holds.",
     "Zelenskyy has rejected any withdrawal, saying it would only give Russia a springboard for a new offensive."],
    "diplomacy", "diplomacy", 2, "peace-talks-stalled-2025-10", a="Eleanor Brandt", n="background summary"),
  ]))

# ---------------------------------------------------------------- 11306 Hannibal Courier-Post
NY = "America/New_York"
POKR = "pokrovsk-battle-2025-10-31"
SEEDS.append(dict(
  id="11306", name="11306_hannibal-live", ext="html", source="Hannibal Courier-Post", zone=NY, render=r_hannibal,
  title="Russia-Ukraine war live: Kyiv says Pokrovsk defenders are holding on",
  url="https://www.hannibal.net/story/news/world/2025/10/31/russia-ukraine-war-live-updates-pokrovsk/86112233007/",
  authors=["Marcus Ellery", "Jenna Okafor"],
  lede="Russia says it has surrounded Ukrainian troops in Pokrovsk; Kyiv says the fight for the city goes on. Follow the latest below.",
  basis="stamp '{s}' before the headline (ET printed: USA TODAY's Eastern time, EDT = UTC-4 on 31 October; not the outlet's Central home zone); local {d} in {z}",
  notes="Gannett site syndicating a USA TODAY live page, HTML. Newest first. The stamp line 'Oct. 31, 2025, 5:20 p.m. ET' sits ABOVE each h3 headline and the author signature ('\u2014 NAME') follows the body. Times are Eastern (printed ET), not the outlet's Central home zone. Page-level NewsArticle JSON-LD only. 11306-01 is a 'Watch:' video teaser. One item is not about the war (Hurricane Melissa).",
  not_entries=["header and navigation", "WORLD label", "title", "page byline 'Marcus Ellery and Jenna Okafor USA TODAY'", "lede paragraph", "video player caption 'USA TODAY video'",
               "breaking-news sign-up after the third post", "footer"],
  entries=[
  E("2025-10-31 17:20", "Watch: Drone operators hunt Russian infiltrators near Pokrovsk", [], "other", "frontline", 1, POKR, a="Jenna Okafor",
    n="video teaser without body"),
  E("2025-10-31 15:05", "Ukraine says troops still holding Pokrovsk despite Russian encirclement claims",
    ["Ukraine's military said Friday that its forces were still fighting inside Pokrovsk and rejected Russian claims that the city had been surrounded.",
     "Russia's Defense Ministry said Thursday that Ukrainian units in Pokrovsk and neighboring Myrnohrad were encircled.",
     "Independent analysts said Russian troops had entered the city in significant numbers but had not cut off all supply routes."],
    "other", "frontline", 3, POKR, a="Marcus Ellery", n="major frontline development"),
  E("2025-10-31 12:40", "Kremlin says Poseidon and Burevestnik trials were not nuclear tests",
    ["Kremlin spokesman Dmitry Peskov said the recent trials of Russia's Burevestnik cruise missile and Poseidon underwater drone did not involve nuclear explosions and should not be seen as nuclear tests.",
     "He was responding to President Donald Trump's instruction to the Pentagon to resume nuclear weapons testing."],
    "other", "security", 2, "russia-weapons-trials-not-nuclear-tests-2025-10", a="Jenna Okafor"),
  E("2025-10-31 10:15", "Russian strikes knock out power across several Ukrainian regions",
    ["A large overnight Russian attack with drones and missiles damaged power plants and substations in at least five regions, forcing emergency blackouts, Ukraine's energy ministry said Friday.",
     "Two people were killed in the Zaporizhzhia region, the regional governor said."],
    "strikes", "strikes", 3, "russian-energy-strikes-2025-10-31", a="Marcus Ellery"),
  OFF("2025-10-31 08:30", "Jamaica begins long cleanup after Hurricane Melissa",
      ["Jamaica's government said Friday that it had restored power to parts of Kingston as the island began clearing debris left by Hurricane Melissa, one of the strongest storms ever to hit the Caribbean."],
      "hurricane-melissa-jamaica-2025-10", a="Jenna Okafor", n="Caribbean hurricane"),
  E("2025-10-31 07:05", "Denmark and Norway to fund more Ukrainian-made long-range drones",
    ["Denmark and Norway said they would jointly pay for production of Ukrainian long-range drones, expanding an approach in which allies fund Ukrainian factories directly."],
    "aid", "aid", 2, "denmark-norway-drone-funding-2025-10", a="Marcus Ellery"),
  ]))

# ---------------------------------------------------------------- 11307 Kirksville Daily Express
SEEDS.append(dict(
  id="11307", name="11307_kirksvilledailyexpress-live", ext="txt", source="Kirksville Daily Express", zone=CHI, render=r_kirksville,
  title="Ukraine sends revised peace proposals to Washington: Russia-Ukraine war live updates", authors=["Rachel Vinter", "Tom Aldana"],
  lede="Kyiv says it has answered the U.S. peace framework as Europe moves to lock up Russia's frozen assets.",
  contrib="Contributing: Reuters, The Associated Press",
  basis="stamp '{s}' (CST printed, UTC-6) with the date in the stamp; local {d} in {z}",
  notes="Gannett live-updates page, text scrape, OLDEST first ('Sort: Newest | Oldest' toggle set to Oldest). Each post: stamp line 'Dec. 11, 2025, 6:35 p.m. CST', headline, body, author signature '\u2014 NAME'. The page runs from Thursday evening 11 December into Friday 12 December local time, all of it on UTC Friday 12 December (the first two posts are local Thursday evening).",
  not_entries=["skip link, site name, navigation", "WORLD label", "title", "byline 'Rachel Vinter and Tom Aldana' / 'USA TODAY'", "Published/Updated line", "lede", "sort toggle",
               "'Advertisement' and newsletter line after the fourth post", "'Contributing: Reuters, The Associated Press'", "footer"],
  entries=[
  E("2025-12-11 18:35", "Zelenskyy: Ukraine has sent its revised peace proposals to Washington",
    ["President Volodymyr Zelenskyy said Thursday that Ukraine had sent the United States its response to a U.S.-drafted framework for ending the war, including changes on territory and security guarantees.",
     "He said Kyiv wanted any deal on territory to be put to Ukrainians."],
    "diplomacy", "diplomacy", 3, "ukraine-revised-peace-proposals-2025-12-11", a="Rachel Vinter", n="local Thursday evening, UTC Friday"),
  E("2025-12-11 21:10", "Trump says both sides are making a deal hard",
    ["President Donald Trump told reporters at the White House that he was \"very let down\" by both Moscow and Kyiv and saw no point in more meetings \"just to have meetings.\"",
     "He did not say whether he had seen the Ukrainian proposals."],
    "diplomacy", "diplomacy", 2, "trump-frustration-both-sides-2025-12-11", a="Tom Aldana"),
  E("2025-12-12 01:45", "Russian drones hit port facilities in Odesa region",
    ["Russian drones struck port infrastructure in the Odesa region overnight, starting fires and damaging a grain terminal, Gov. Oleh Kiper said.",
     "No casualties were reported."],
    "strikes", "strikes", 2, "odesa-port-drone-attack-2025-12-12", a="Rachel Vinter"),
  E("2025-12-12 05:20", "EU agrees to keep Russian central bank assets frozen indefinitely",
    ["European Union governments agreed Friday to keep about 210 billion euros of Russian central bank assets immobilized indefinitely, removing the need to renew the freeze every six months.",
     "The decision clears one hurdle to a plan to use the money for a large loan to Ukraine, which EU leaders are due to discuss next week."],
    "diplomacy", "diplomacy", 3, "eu-indefinite-asset-freeze-2025-12-12", a="Tom Aldana", sec=["aid"], n="sanctions decision"),
  E("2025-12-12 08:05", "Ukraine says sea drones struck a Russian 'shadow fleet' tanker",
    ["Ukraine's security service said its sea drones hit an oil tanker that it said belonged to Russia's sanctions-dodging \"shadow fleet\" in the Black Sea.",
     "The ship was not carrying cargo at the time, it said."],
    "strikes", "strikes", 2, "shadow-fleet-tanker-sea-drone-strike-2025-12-12", a="Rachel Vinter"),
  E("2025-12-12 10:40", "Russia claims capture of village near Huliaipole",
    ["Russia's Defense Ministry said its troops had captured another village near Huliaipole in the Zaporizhzhia region, part of a push that Ukrainian commanders say has been costly for both sides.",
     "Ukraine's military did not confirm the loss."],
    "other", "frontline", 2, "huliaipole-village-claim-2025-12-12", a="Tom Aldana"),
  E("2025-12-12 11:50", "Kremlin rejects idea of European troops in postwar Ukraine",
    ["Kremlin spokesman Dmitry Peskov said Friday that Russia would not accept troops from NATO countries being stationed in Ukraine under any settlement."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-european-troops-2025-12-12", a="Rachel Vinter"),
  ]))

# ---------------------------------------------------------------- 11308 The Daily Star-Journal
SEEDS.append(dict(
  id="11308", name="11308_dailystarjournal-atom", ext="xml", source="The Daily Star-Journal", zone=CHI, render=r_dsj_atom,
  title="dailystarjournal.com - Nation & World",
  url="https://www.dailystarjournal.com/search/?f=atom&c=news/nation_world&l=25&s=start_time&sd=desc",
  basis="Atom <published> '{s}' (explicit -06:00 = CST); the later <updated> time is not the publication time; local {d} in {z}",
  notes="BLOX (TownNews) Atom feed of the Warrensburg Daily Star-Journal's Nation & World section. Newest first. <published> and a later <updated> per entry, both with -06:00; <author><name>By NAME Associated Press</name> or 'The Associated Press'; escaped HTML content. Two items are not about the war (Kilauea, lake-effect snow).",
  not_entries=["feed title/id/link/updated/generator", "entry id, link and updated elements"],
  entries=[
  E("2025-12-17 16:45", "Putin says Russia will reach its goals in Ukraine by force if talks fail",
    ["President Vladimir Putin told senior military officers on Wednesday that Russia would achieve its aims in Ukraine \"on the battlefield\" if Kyiv and its Western backers refused to negotiate on Moscow's terms.",
     "Speaking at an annual meeting of the Defense Ministry's board, Putin also claimed Russian forces held the initiative along the entire front."],
    "diplomacy", "diplomacy", 3, "putin-defense-board-speech-2025-12-17", a="ARTEM VOLYNETS", by="By ARTEM VOLYNETS Associated Press", upd=20),
  E("2025-12-17 14:20", "Senate passes defense bill with $400 million a year for Ukraine",
    ["The Senate passed an annual defense policy bill on Wednesday that authorizes $400 million in each of the next two years for weapons for Ukraine.",
     "The House approved the measure last week, and it now goes to President Donald Trump."],
    "aid", "aid", 3, "ndaa-ukraine-funding-senate-vote-2025-12-17", a="CARLA DIETRICH", by="By CARLA DIETRICH Associated Press", upd=35, n="congressional vote on aid"),
  OFF("2025-12-17 12:05", "Kilauea erupts in towering lava fountains again",
      ["Hawaii's Kilauea volcano sent lava fountains hundreds of feet into the air on Wednesday in the latest of a series of eruptive episodes that began a year ago."],
      "kilauea-lava-fountains-2025-12", a="The Associated Press", by="The Associated Press", n="volcano"),
  E("2025-12-17 10:30", "Russian strike on Zaporizhzhia kills 2, wounds 9",
    ["A Russian guided bomb struck an industrial area of Zaporizhzhia on Wednesday, killing two people and wounding nine, regional Gov. Ivan Fedorov said.",
     "The blast damaged nearby apartment buildings and a bus depot."],
    "strikes", "strikes", 3, "zaporizhzhia-guided-bomb-2025-12-17", a="OLHA PANCHENKO", by="By OLHA PANCHENKO Associated Press", upd=50),
  E("2025-12-17 08:15", "EU leaders gather for summit divided over loan backed by Russian assets",
    ["European Union leaders are set to meet in Brussels on Thursday to decide whether to fund a large loan for Ukraine with immobilized Russian central bank assets, a plan Belgium has resisted.",
     "Belgium, which holds most of the assets, wants guarantees that it will not be left alone to face Russian legal challenges."],
    "aid", "aid", 2, "eu-reparations-loan-summit-preview-2025-12", a="SAMUEL PETIT", by="By SAMUEL PETIT Associated Press", sec=["diplomacy"], n="preview; no decision yet"),
  OFF("2025-12-17 06:40", "Lake-effect snow snarls morning travel around Great Lakes",
      ["Bands of lake-effect snow dumped more than a foot of snow on parts of western New York and Michigan overnight, closing schools and slowing traffic on Wednesday morning."],
      "lake-effect-snow-2025-12-17", a="The Associated Press", by="The Associated Press", n="US weather"),
  ]))

# ---------------------------------------------------------------- 11309 Fulton Sun
SEEDS.append(dict(
  id="11309", name="11309_fultonsun-world", ext="html", source="Fulton Sun", zone=CHI, render=r_fulton,
  title="World", today="2025-12-21", parse_args=["--date", "2025-12-21"],
  basis="WEHCO relative day '{s}' (no date, no year and no zone printed; parse_args gives the local 'Today' = 2025-12-21; Central time, the outlet's home zone, CST = UTC-6); local {d} in {z}",
  notes="WEHCO World listing of the Fulton Sun, HTML without JSON-LD. Newest first. Each card: headline, summary, then 'Today at 3:40 p.m. | by NAME The Associated Press' and a comment count. No date or year is printed anywhere (the copyright year is written by a script), hence parse_args --date 2025-12-21 (the local day 'Today' refers to). 'Yesterday at 9:30 p.m.' and 'Yesterday at 7:15 p.m.' are Saturday evening local time but already Sunday 21 December in UTC, so the whole page is one UTC day. Two AP items are not about the war (holiday travel, Powerball).",
  not_entries=["site header, tagline, navigation, Subscribe/Sign in", "section title 'World'", "comment counts 'Comments (N)'", "'Advertisement' slot after the second card",
               "'Load more'", "'Local' aside", "footer with script-written year"],
  entries=[
  E("2025-12-21 15:40", "Russian envoy calls Miami talks with US team 'constructive'",
    ["Kirill Dmitriev, the Kremlin's envoy for economic cooperation, said Sunday that his meetings with U.S. negotiators in Miami had been \"constructive\" and would continue.",
     "Ukraine's negotiators held separate talks with the U.S. team a day earlier."],
    "diplomacy", "diplomacy", 3, "dmitriev-miami-talks-2025-12", a="Dmitri Sarkis", by="by Dmitri Sarkis The Associated Press", cc=14),
  OFF("2025-12-21 13:15", "Airlines brace for record holiday crowds",
      ["U.S. airports expected their busiest stretch of the year as millions of travelers set out ahead of Christmas, with the Transportation Security Administration forecasting record screening numbers."],
      "holiday-air-travel-record-2025-12", a="The Associated Press", by="by The Associated Press", cc=3, n="US travel"),
  E("2025-12-21 10:50", "Russian missile attack on Odesa region kills 1, damages port",
    ["A Russian ballistic missile struck port infrastructure in the Odesa region on Sunday, killing one person and damaging a cargo ship, regional officials said.",
     "It was the third attack on the region's ports in a week."],
    "strikes", "strikes", 3, "odesa-region-port-missile-strike-2025-12-21", a="Iryna Halych", by="by Iryna Halych The Associated Press", cc=6),
  E("2025-12-21 08:05", "Ukraine says drones hit oil refinery in Russia's Krasnodar region",
    ["Ukraine's General Staff said Sunday its drones had struck an oil refinery in Russia's Krasnodar region overnight, causing a fire.",
     "Russian authorities in the region said debris from downed drones had started a blaze at an industrial site."],
    "strikes", "strikes", 2, "krasnodar-refinery-drone-strike-2025-12-21", a="The Associated Press", by="by The Associated Press", cc=2),
  E("2025-12-20 21:30", "Zelenskyy says any territorial deal would need a vote",
    ["President Volodymyr Zelenskyy said Saturday that Ukraine would not hand over land in the Donbas region without the approval of Ukrainian voters, either in an election or a referendum."],
    "diplomacy", "diplomacy", 3, "zelenskyy-territory-vote-2025-12-20", a="Iryna Halych", by="by Iryna Halych The Associated Press", cc=21,
    n="head-of-state position on peace terms; 'Yesterday' local = UTC 21 December"),
  OFF("2025-12-20 19:15", "Powerball jackpot tops $1.5 billion ahead of Saturday drawing",
      ["The Powerball jackpot has climbed past $1.5 billion ahead of Saturday night's drawing, lottery officials said."],
      "powerball-jackpot-2025-12", a="The Associated Press", by="by The Associated Press", cc=0, n="lottery"),
  ]))

# ================================================================ Part B data (invented outlets)
KYIV = "Europe/Kyiv"
# ---- day 1: Sunday 22 December 2024
CHU = "chuhuiv-missile-strike-2024-12-22"
KUR = "kurakhove-street-fighting-2024-12-22"
LIT = "lithuania-drone-ammunition-package-2024-12-22"
ZSG = "zelensky-security-guarantees-call-2024-12-22"
EXPL1 = "explainer-kharkiv-missile-warning-times"
EXPL1_H = "Explainer: Why the Kharkiv region often gets under a minute of warning"
EXPL1_P = ["Sunday\u2019s strike on Chuhuiv was the latest reminder of how little time people in the Kharkiv region have to take cover.",
           "The region\u2019s towns lie roughly 40 to 80 km from Russian launch sites in the Belgorod region, so S-300 and Iskander missiles can arrive in well under a minute, often before the sirens have finished sounding.",
           "Officials have responded by moving classes into underground schools and asking residents to sleep in corridors away from windows."]

SEEDS.append(dict(
  id="11320", name="11320_gorsecombe-textlive", ext="txt", source="Gorsecombe Chronicle", zone=KYIV, render=r_gorsecombe,
  title="Russia-Ukraine war live: missile strike on Chuhuiv kills five", dateline="Sunday 22 December 2024 \u00b7 All times are Kyiv time (UTC+2)",
  lede="A Russian missile hit an apartment block in the Kharkiv region town of Chuhuiv; Russian troops push into Kurakhove; Lithuania sends more drones.",
  basis="bare stamp '{s}' (Kyiv time as the date line says, EET = UTC+2) on 'Sunday 22 December 2024'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. Date line 'Sunday 22 December 2024 \u00b7 All times are Kyiv time (UTC+2)'. Each post: 'HH:MM | NAME' line (stamp and author), headline, body. 11320-04 is a 'Watch:' teaser without body. 11320-02 is a theme piece (explainer on warning times) that mentions the Chuhuiv strike but is its own story. 11320-07 (overnight drones on Kharkiv city) is a different strike in the same region and must not merge with Chuhuiv. The first Chuhuiv report (11320-06) quotes the attack time '07:40' inside the body; it is not a stamp.",
  not_entries=["outlet name and navigation", "'LIVE' label", "title", "date line", "lede", "'Latest updates' heading", "membership promo after the third post", "'Show older updates'", "footer"],
  entries=[
  E("2024-12-22 21:10", "Chuhuiv toll rises to five",
    ["Rescuers in Chuhuiv have pulled a fifth body from the ruins of the apartment block hit by a Russian missile this morning, the Kharkiv regional governor, Oleh Syniehubov, said.",
     "Nineteen people were injured, three of them children. The search is expected to continue overnight."],
    "strikes", "strikes", 3, CHU, a="Ivanna Sokil", n="toll 5, 19 injured"),
  E("2024-12-22 19:25", EXPL1_H, EXPL1_P, "strikes", "strikes", 2, EXPL1, a="Matthew Orrell",
    n="theme piece (explainer); mentions Chuhuiv but is its own story: must not merge with the Chuhuiv strike"),
  E("2024-12-22 17:40", "Lithuania sends new package of drones and ammunition",
    ["Lithuania has announced a new military aid package for Ukraine worth about \u20ac30m, including reconnaissance drones, anti-drone equipment and ammunition, the defence minister, Dovil\u0117 \u0160akalien\u0117, said.",
     "It is the first package from Lithuania\u2019s new government, which took office this month."],
    "aid", "aid", 3, LIT, a="Ivanna Sokil", n="must not merge with other aid news of the day"),
  E("2024-12-22 15:05", "Watch: Rescuers search collapsed block in Chuhuiv", [], "strikes", "strikes", 1, CHU, a="Matthew Orrell", n="teaser without body"),
  E("2024-12-22 13:20", "Russian troops push into last Ukrainian-held streets of Kurakhove",
    ["Russian forces are fighting their way into the last districts of Kurakhove still held by Ukrainian troops, a Ukrainian army spokesperson said, describing the situation around the town\u2019s power station as extremely difficult.",
     "Kurakhove, once home to about 20,000 people, has been under attack for months."],
    "other", "frontline", 3, KUR, a="Matthew Orrell"),
  E("2024-12-22 11:45", "Russian missile hits apartment block in Chuhuiv, killing two",
    ["A Russian missile struck a five-storey apartment building in Chuhuiv, a town about 40 km south-east of Kharkiv, at about 07:40 this morning, killing two people, governor Oleh Syniehubov said.",
     "At least nine people were injured, and several residents are believed to be trapped under the rubble."],
    "strikes", "strikes", 3, CHU, a="Ivanna Sokil", n="first report; toll 2"),
  E("2024-12-22 10:30", "Kharkiv hit by drones overnight, three injured",
    ["Russian attack drones hit the Kyivskyi district of Kharkiv overnight, injuring three people and setting fire to a warehouse, the mayor, Ihor Terekhov, said.",
     "Firefighters put out the blaze by dawn."],
    "strikes", "strikes", 2, "kharkiv-city-drone-attack-2024-12-22", a="Matthew Orrell",
    n="same region, other strike: must not merge with the Chuhuiv missile strike"),
  ]))

CET = "Europe/Berlin"
SEEDS.append(dict(
  id="11321", name="11321_lintmoor-htmllive", ext="html", source="Lintmoor Observer", zone=CET, render=r_lintmoor,
  title="Ukraine ticker: four killed in missile strike on Chuguyev", url="https://lintmoor-observer.example/ukraine-ticker-2024-12-22",
  lede="The latest on Russia\u2019s war against Ukraine on Sunday, 22 December. The ticker is updated through the day.",
  basis="visible stamp '{s}' in <time datetime> (CET = UTC+1; date in the stamp); local {d} in {z}",
  notes="Invented outlet (German, English edition). HTML ticker, OLDEST first; LiveBlogPosting JSON-LD with one BlogPosting per update (own datePublished +01:00). Visible stamps '22.12.2024, 09:10 CET' (day.month.year). Spells the main town 'Chuguyev'. 11321-06 repeats 11321-04 nearly verbatim (duplicate_of 11321-04). 11321-05 is Zelensky's reaction to the Chuguyev strike (same story). 11321-03 (Russia's claim of downed drones over Bryansk and Kursk) is a different strike and must not merge with Chuguyev.",
  not_entries=["header and navigation", "title", "standfirst", "newsletter promo after the fourth update", "footer"],
  entries=[
  E("2024-12-22 09:10", "Zelensky: security guarantees must be agreed before January",
    ["President Volodymyr Zelensky said European allies and Washington should agree on concrete security guarantees for Ukraine before Donald Trump takes office on 20 January, warning that any pause in the fighting without them would only let Russia regroup.",
     "He made the remarks in his evening video address on Saturday."],
    "diplomacy", "diplomacy", 3, ZSG, a="Jonas Arendt"),
  E("2024-12-22 10:20", "Poland detains man suspected of planning arson for Russian intelligence",
    ["Polish police have detained a man suspected of planning an arson attack on a Warsaw shopping centre on behalf of Russian intelligence, Interior Minister Tomasz Siemoniak said.",
     "Prosecutors said the suspect had been recruited through a messaging app."],
    "other", "security", 2, "poland-arson-plot-arrest-2024-12-22", a="Lea Hoffner"),
  E("2024-12-22 11:40", "Russia says it downed 20 Ukrainian drones over Bryansk and Kursk",
    ["Russia\u2019s defence ministry said its air defences destroyed 20 Ukrainian drones overnight over the Bryansk and Kursk regions. It did not report any damage."],
    "strikes", "strikes", 2, "russia-downs-drones-bryansk-kursk-2024-12-22", a="Lea Hoffner", n="other strike: must not merge with Chuguyev/Chuhuiv"),
  E("2024-12-22 12:35", "Missile strike on Chuguyev kills four",
    ["Four people were killed when a Russian missile hit an apartment block in Chuguyev, in the Kharkiv region, on Sunday morning, Ukrainian officials said.",
     "Rescuers were still searching the rubble, and the governor warned that the toll could rise."],
    "strikes", "strikes", 3, CHU, a="Jonas Arendt", n="spelling 'Chuguyev'; toll 4"),
  E("2024-12-22 14:15", "Zelensky condemns Chuguyev attack, repeats call for air defence",
    ["Zelensky said the strike on Chuguyev showed why Ukraine needed more air defence systems \u201cnot in spring, but now\u201d, and thanked the rescuers working at the site.",
     "He said Russia had fired more than 1,000 glide bombs and hundreds of drones at Ukraine over the past week."],
    "strikes", "strikes", 3, CHU, a="Jonas Arendt", sec=["aid"], n="reaction whose content is the strike: same story"),
  E("2024-12-22 16:30", "Missile strike on Chuguyev kills four",
    ["Four people were killed when a Russian missile hit an apartment block in Chuguyev, in the Kharkiv region, on Sunday morning, Ukrainian officials said.",
     "Rescue teams were still searching the rubble, and the governor said the toll could rise."],
    "strikes", "strikes", 1, CHU, a="Jonas Arendt", dup="11321-04", n="near-verbatim repeat of 11321-04"),
  E("2024-12-22 17:50", "Seven children returned to Ukraine with Qatar\u2019s help",
    ["Seven Ukrainian children taken to Russia or to occupied territory have been returned to their families under an arrangement mediated by Qatar, Ukraine\u2019s human rights ombudsman Dmytro Lubinets said."],
    "other", "humanitarian", 2, "children-returned-qatar-mediation-2024-12-22", a="Lea Hoffner", sec=["diplomacy"]),
  ]))

SEEDS.append(dict(
  id="11322", name="11322_ravelsby-worldrss", ext="xml", source="Ravelsby World Service", zone="UTC", render=r_rss, rfc="GMT",
  title="Ravelsby World Service \u2013 World", url="https://ravelsby-world.example", guid="rws-1222", lede="International headlines from the Ravelsby World Service",
  basis="RSS pubDate '{s}' (GMT); local {d} in {z}",
  notes="Invented outlet. General world RSS feed (newest first, pubDate in GMT, no dc:creator: author null). The war is a minority: four of six items are off-beat (boxing, Panama, Magdeburg, Alpine snow). 11322-01 is about a Ukrainian boxer and is NOT about the war. Spells the main town 'Chuhuyiv'.",
  not_entries=["channel title/link/description/language", "item link, guid and category elements"],
  entries=[
  OFF("2024-12-22 20:30", "Usyk beats Fury again to keep heavyweight belts",
      ["Ukraine\u2019s Oleksandr Usyk beat Tyson Fury on a unanimous decision in their rematch in Riyadh, keeping the WBA, WBC and WBO heavyweight titles.",
       "Fury said he believed he had done enough to win."],
      "usyk-fury-rematch-2024-12", n="boxing; mentions Ukraine but not the war", cat="Sport"),
  E("2024-12-22 18:15", "Toll from Chuhuyiv missile strike rises to five",
    ["Five people have died after a Russian missile hit a residential building in the eastern Ukrainian town of Chuhuyiv on Sunday, regional officials said.",
     "Nineteen people were wounded."],
    "strikes", "strikes", 3, CHU, n="spelling 'Chuhuyiv'; toll 5"),
  OFF("2024-12-22 16:00", "Panama\u2019s president rejects Trump\u2019s canal remarks",
      ["Panama\u2019s President Jos\u00e9 Ra\u00fal Mulino said the canal and the land around it belonged to Panama, rejecting remarks by US President-elect Donald Trump that Washington could demand it back."],
      "panama-canal-trump-remarks-2024-12", n="Americas"),
  OFF("2024-12-22 12:45", "Churches across Germany remember Magdeburg market victims",
      ["Churches across Germany held services on Sunday for the victims of Friday\u2019s car-ramming attack on the Christmas market in Magdeburg."],
      "magdeburg-market-attack-services-2024-12-22", n="Germany"),
  OFF("2024-12-22 10:20", "Heavy snow cuts off Alpine resorts at start of holidays",
      ["Heavy snowfall closed several mountain roads in Austria and Switzerland on Sunday, leaving some ski resorts reachable only by train at the start of the holiday season."],
      "alpine-snowfall-2024-12-22", n="weather"),
  E("2024-12-22 08:05", "Russian forces close in on Kurakhove\u2019s last Ukrainian positions",
    ["Russian troops are advancing on the last Ukrainian-held parts of Kurakhove in eastern Ukraine, military analysts and Ukrainian officials said."],
    "other", "frontline", 3, KUR),
  ]))

WAW = "Europe/Warsaw"
SEEDS.append(dict(
  id="11323", name="11323_kestrelholm-atom", ext="xml", source="Kestrelholm Post", zone=WAW, render=r_atom,
  title="Kestrelholm Post \u2013 Ukraine", url="https://kestrelholm-post.example", lede="News on Ukraine and its neighbours from Warsaw",
  basis="Atom <published> '{s}' (explicit +01:00 = CET, Warsaw winter time); local {d} in {z}",
  notes="Invented outlet (Poland, English). Atom feed, newest first, <published> with +01:00, per-entry <author>, escaped HTML summaries. 11323-03 gives the fullest Chuhuiv toll of the afternoon (four dead, 17 injured) and names the weapon.",
  not_entries=["feed title, subtitle, id, link, updated", "entry id, link and updated elements"],
  entries=[
  E("2024-12-22 19:40", "Lithuania to send drones and ammunition to Ukraine",
    ["Vilnius will send Ukraine drones, anti-drone systems and ammunition in a new package worth around \u20ac30 million, Lithuania\u2019s defence minister said on Sunday."],
    "aid", "aid", 3, LIT, a="Agnieszka Wrona"),
  E("2024-12-22 17:10", "Zelensky wants guarantees settled before Trump\u2019s inauguration",
    ["Ukraine\u2019s president has urged allies to agree on security guarantees before 20 January, arguing that a ceasefire without them would give Moscow time to rebuild its forces."],
    "diplomacy", "diplomacy", 3, ZSG, a="Piotr Zaremba-Ko\u0142odziej"),
  E("2024-12-22 15:25", "Four dead, 17 injured after missile hits block in Chuhuiv",
    ["A Russian Iskander-M ballistic missile destroyed part of a residential building in Chuhuiv in eastern Ukraine on Sunday morning, killing four people and injuring 17, according to Ukraine\u2019s emergency service.",
     "The town lies about 40 km from Kharkiv."],
    "strikes", "strikes", 3, CHU, a="Agnieszka Wrona", n="toll 4, 17 injured"),
  E("2024-12-22 12:50", "Lukashenko says Oreshnik missiles will be in Belarus within weeks",
    ["Belarusian leader Alexander Lukashenko said Russia\u2019s new Oreshnik intermediate-range missile system would be deployed in Belarus by the end of December."],
    "other", "security", 2, "oreshnik-belarus-deployment-remarks-2024-12-22", a="Piotr Zaremba-Ko\u0142odziej"),
  E("2024-12-22 08:55", "Kremlin: no contacts yet with Trump team on Ukraine",
    ["Kremlin spokesman Dmitry Peskov said there had been no contacts with US President-elect Donald Trump\u2019s team on ending the war in Ukraine, Russian state media reported."],
    "diplomacy", "diplomacy", 2, "kremlin-no-contacts-trump-team-2024-12-22", a="Agnieszka Wrona"),
  ]))

# ---- day 2: Monday 23 December 2024
KHB = "kherson-bus-drone-strike-2024-12-23"
TRUCE = "kremlin-rejects-christmas-truce-2024-12-23"
ORY = "oryol-fuel-depot-drone-strike-2024-12-23"
LON = "Europe/London"
SEEDS.append(dict(
  id="11330", name="11330_caddonfield-htmllive", ext="html", source="Caddonfield Gazette", zone=LON, render=r_caddonfield,
  title="Ukraine war live: drone attack on Kherson bus kills three; Chuhuiv mourns", dateline="Monday 23 December 2024",
  lede="Follow our rolling coverage of Russia\u2019s war in Ukraine.",
  basis="visible stamp '{s}' (GMT = UTC) under the dateline 'Monday 23 December 2024'; local {d} in {z}",
  notes="Invented outlet (UK). HTML live page without JSON-LD, newest first. Stamp '14:05 GMT' above each h2; author line after the body. 11330-04 is a 'Photos:' gallery teaser without text. 11330-02 continues day 1's Chuhuiv story (toll six, day of mourning).",
  not_entries=["cookie banner", "header and navigation", "'LIVE' kicker", "title", "dateline", "standfirst", "'Gallery: 9 photos' placeholder", "newsletter promo after the third post", "footer"],
  entries=[
  E("2024-12-23 19:20", "Kherson bus attack: death toll rises to three",
    ["A third person has died in hospital after a Russian drone dropped explosives on a passenger bus in Kherson on Monday morning, the regional governor, Oleksandr Prokudin, said.",
     "Twelve people were injured, several of them seriously."],
    "strikes", "strikes", 3, KHB, a="Rosalind Peake", n="toll 3"),
  E("2024-12-23 17:45", "Chuhuiv holds day of mourning as toll reaches six",
    ["Flags flew at half-mast in Chuhuiv on Monday, a day of mourning for the victims of Sunday\u2019s Russian missile strike, after a woman pulled from the rubble died in hospital, taking the toll to six.",
     "Emergency services said they had finished clearing the site."],
    "strikes", "strikes", 3, CHU, a="Rosalind Peake", n="continuation of day 1's story: new toll (6), mourning, search over"),
  E("2024-12-23 15:30", "Kremlin rules out Christmas ceasefire",
    ["The Kremlin said on Monday that no Christmas ceasefire was on the table, with spokesman Dmitry Peskov saying Moscow had received no proposals it considered serious."],
    "diplomacy", "diplomacy", 3, TRUCE, a="Owen Bratt"),
  E("2024-12-23 13:10", "Photos: Aftermath of the Kherson bus strike", [], "strikes", "strikes", 1, KHB, a=None, n="teaser without body"),
  E("2024-12-23 11:40", "Germany delivers another IRIS-T air defence system",
    ["Germany has delivered another IRIS-T SLM air defence system to Ukraine, according to an updated list of German military aid published on Monday."],
    "aid", "aid", 2, "germany-iris-t-delivery-2024-12-23", a="Owen Bratt"),
  E("2024-12-23 09:55", "Russian drone hits bus in Kherson, killing one",
    ["A Russian drone attacked a city bus at a stop in Kherson\u2019s Dniprovskyi district on Monday morning, killing one passenger and wounding eight, officials said.",
     "Russian forces on the east bank of the Dnipro River regularly use small drones to target vehicles and pedestrians in the city."],
    "strikes", "strikes", 3, KHB, a="Rosalind Peake", n="first report; toll 1"),
  E("2024-12-23 08:10", "Ukrainian drones hit oil depot in Russia\u2019s Oryol region",
    ["A Ukrainian drone attack caused a fire at a fuel depot in Russia\u2019s Oryol region overnight, the regional governor, Andrei Klychkov, said."],
    "strikes", "strikes", 3, ORY, a="Owen Bratt", n="spelling 'Oryol'; must not merge with the Kherson strike"),
  ]))

SEEDS.append(dict(
  id="11331", name="11331_mirefold-textlive", ext="txt", source="Mirefold Tribune", zone=NY, render=r_mirefold,
  title="Live: Russian drone strikes bus in Kherson", dateline="Monday, Dec. 23, 2024",
  lede="Updates through the day on the war in Ukraine from our world desk and partners.",
  basis="stamp '{s}' after the headline (EST printed = UTC-5) on the date line 'Monday, Dec. 23, 2024'; local {d} in {z}",
  notes="Invented outlet (US). Text live blog, OLDEST first. Each post: headline, then 'By NAME | 6:50 a.m. EST'. 11331-03 is a theme piece on drone attacks in Kherson's riverside districts; it mentions the bus strike but is its own story (must not merge). 11331-04 re-posts, verbatim, day 1's explainer 11320-02 from the Gorsecombe Chronicle (re-post of day-1 entry: importance 1, same story slug). 11331-06 repeats 11331-02 nearly verbatim (duplicate_of 11331-02). Spells the Russian region 'Orel'. 11331-08 continues day 1's Chuhuiv story.",
  not_entries=["outlet name and section row", "title", "date line", "lede", "'Follow along below (oldest first).'", "'ADVERTISEMENT' after the fourth post", "'This live blog has ended.'", "copyright line"],
  entries=[
  E("2024-12-23 01:15", "Drones set Russian fuel depot ablaze in Orel region",
    ["Ukrainian drones struck a fuel storage site in Russia\u2019s Orel region overnight, starting a large fire, the local governor said."],
    "strikes", "strikes", 3, ORY, a="Dana Whitlock", by="Dana Whitlock", n="spelling 'Orel'"),
  E("2024-12-23 04:30", "Russian drone strikes bus in Kherson",
    ["A Russian drone struck a bus carrying passengers in the southern Ukrainian city of Kherson, killing at least one person and wounding several, according to local officials.",
     "The bus had stopped to let passengers on near the city\u2019s river port district, the officials said."],
    "strikes", "strikes", 3, KHB, a="Luis Ferrante", by="Luis Ferrante"),
  E("2024-12-23 06:50", "Analysis: Life under the drones on Kherson\u2019s riverfront",
    ["Monday\u2019s attack on a bus was the latest in a pattern that residents of Kherson\u2019s riverside neighborhoods describe as a daily hunt.",
     "Russian operators across the Dnipro fly cheap first-person-view drones over the water and strike cars, buses and people on bicycles, local officials say. Whole streets are now covered by anti-drone nets.",
     "Hundreds of residents have left the districts nearest the river this autumn."],
    "other", "humanitarian", 2, "analysis-kherson-riverside-drone-attacks", a="Luis Ferrante", by="Luis Ferrante", sec=["strikes"],
    n="theme piece (analysis); mentions the bus strike but is its own story: must not merge with the Kherson bus strike"),
  E("2024-12-23 08:20", EXPL1_H, EXPL1_P, "strikes", "strikes", 1, EXPL1, a="Matthew Orrell", by="Matthew Orrell, Gorsecombe Chronicle",
    n="re-post of day-1 entry 11320-02 (verbatim, syndicated): importance 1, duplicate_of null because the original is on another page"),
  E("2024-12-23 09:45", "Kherson bus strike death toll rises to two",
    ["The death toll from a Russian drone strike on a bus in Kherson has risen to two, regional governor Oleksandr Prokudin said.",
     "Nine people were being treated in hospital."],
    "strikes", "strikes", 3, KHB, a="Luis Ferrante", by="Luis Ferrante", n="toll 2"),
  E("2024-12-23 11:05", "Russian drone strikes bus in Kherson",
    ["A Russian drone struck a bus carrying passengers in the southern Ukrainian city of Kherson, killing at least one person and wounding several, according to local officials.",
     "The bus had stopped to pick up passengers near the city\u2019s river port district, the officials said."],
    "strikes", "strikes", 1, KHB, a="Luis Ferrante", by="Luis Ferrante", dup="11331-02", n="near-verbatim repeat of 11331-02"),
  E("2024-12-23 12:30", "Russia claims gains near Velyka Novosilka",
    ["Russia\u2019s Defense Ministry said its troops had captured a village north of Velyka Novosilka in the Donetsk region, tightening pressure on the town."],
    "other", "frontline", 2, "velyka-novosilka-russian-claim-2024-12-23", a="Dana Whitlock", by="Dana Whitlock"),
  E("2024-12-23 13:40", "Chuhuiv mourns as missile strike toll climbs to six",
    ["The town of Chuhuiv in eastern Ukraine observed a day of mourning on Monday after the number of people killed in Sunday\u2019s missile strike rose to six."],
    "strikes", "strikes", 3, CHU, a="Dana Whitlock", by="Dana Whitlock", n="continuation of day 1's story"),
  ]))

SEEDS.append(dict(
  id="11332", name="11332_saltnesse-worldatom", ext="xml", source="Saltnesse World Desk", zone="UTC", render=r_atom, z=True, xhtml=True,
  title="Saltnesse World Desk", url="https://saltnesse-world.example", lede="Top international stories",
  basis="Atom <published> '{s}' (UTC, Z); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, <published> in UTC with Z, xhtml content, no authors (author null). The war is a minority: four of six items are off-beat (US death-row commutations, French government, Honda-Nissan, Christmas getaway).",
  not_entries=["feed title, subtitle, id, link, updated", "entry id, link and updated elements"],
  entries=[
  OFF("2024-12-23 21:10", "Biden commutes sentences of 37 federal death row inmates",
      ["US President Joe Biden commuted the death sentences of 37 of the 40 people on federal death row to life in prison without parole."],
      "biden-death-row-commutations-2024-12-23", n="US politics"),
  OFF("2024-12-23 19:35", "France\u2019s Bayrou names new government",
      ["French Prime Minister Fran\u00e7ois Bayrou named his cabinet on Monday evening, keeping several ministers from the previous government and bringing in two former prime ministers."],
      "bayrou-government-named-2024-12-23", n="France"),
  E("2024-12-23 16:50", "Kherson bus strike: three killed",
    ["Three people were killed and 12 wounded when a Russian drone struck a bus in the southern Ukrainian city of Kherson on Monday, regional authorities said."],
    "strikes", "strikes", 3, KHB, n="toll 3"),
  OFF("2024-12-23 13:05", "Honda and Nissan open merger talks",
      ["Japanese carmakers Honda and Nissan said they had begun formal talks on combining their businesses under a joint holding company."],
      "honda-nissan-merger-talks-2024-12-23", n="business"),
  E("2024-12-23 11:30", "Chuhuiv declares day of mourning after missile strike",
    ["Authorities in Chuhuiv, in Ukraine\u2019s Kharkiv region, declared Monday a day of mourning after a Russian missile strike on an apartment building killed five people on Sunday."],
    "strikes", "strikes", 3, CHU, n="continuation of day 1's story"),
  OFF("2024-12-23 07:20", "Christmas getaway begins with record numbers on the roads",
      ["Motoring groups expected record numbers of cars on the roads in Britain and the United States as the Christmas getaway got under way on Monday."],
      "christmas-getaway-traffic-2024-12-23", n="travel"),
  ]))

SEEDS.append(dict(
  id="11333", name="11333_drumlach-article", ext="txt", source="Drumlach Review", zone=KYIV, render=r_article,
  title="Drone kills three on Kherson bus as Kremlin dismisses holiday truce", byline="By Taras Melnyk",
  dateline="23 December 2024, 18:30 (Kyiv time)",
  lede="Monday brought another attack on civilians in Kherson and a firm no from Moscow to talk of a Christmas pause.",
  readalso="How Kherson's hospitals cope with daily drone casualties",
  basis="article with no per-section time; dateline '23 December 2024, 18:30 (Kyiv time)' (EET = UTC+2) dates every section; local {d} in {z}",
  notes="Invented outlet (Ukraine, English). Text article with three section heads; each section is one entry (headline = section head), stamp null, published = the dateline time, author = the page byline. Section 3 (shelling in Bilozerka, Kherson region) is another attack in the same region and must not merge with the bus strike. The 'Read also' line is a related link.",
  not_entries=["outlet name and section row", "title", "byline", "dateline", "lede", "'Read also: ...' related link", "'Share this article'", "copyright line"],
  entries=[
  E("2024-12-23 18:30", "Drone attack on a bus in Kherson",
    ["Three people were killed on Monday when a Russian drone struck a municipal bus in Kherson, in what local officials called a deliberate attack on civilians.",
     "The bus was hit at a stop in the Dniprovskyi district, the part of the city closest to Russian positions across the river.",
     "The UN humanitarian coordinator for Ukraine, Matthias Schmale, condemned the attack."],
    "strikes", "strikes", 3, KHB, a="Taras Melnyk", n="toll 3"),
  E("2024-12-23 18:30", "Kremlin dismisses holiday truce",
    ["Moscow has again rejected the idea of a ceasefire over the holidays, with the Kremlin saying any pause would only help Ukraine\u2019s army regroup."],
    "diplomacy", "diplomacy", 3, TRUCE, a="Taras Melnyk"),
  E("2024-12-23 18:30", "Shelling near Bilozerka",
    ["Russian artillery damaged a power line and several homes in Bilozerka, a village west of Kherson, cutting electricity to about 3,000 households, the regional administration said. No one was hurt."],
    "strikes", "strikes", 2, "bilozerka-shelling-power-line-2024-12-23", a="Taras Melnyk",
    n="same region, other strike: must not merge with the Kherson bus strike"),
  ]))

# ---- day 3: Tuesday 24 December 2024
CHO = "chornomorsk-port-missile-strike-2024-12-24"
PESK = "kremlin-putin-open-to-trump-talks-2024-12-24"
SWE = "sweden-energy-aid-package-2024-12-24"
RIGA = "Europe/Riga"
SEEDS.append(dict(
  id="11340", name="11340_yarvik-rss", ext="xml", source="Yarvik Agency", zone=RIGA, render=r_rss, rfc="num",
  title="Yarvik Agency \u2013 Ukraine and the region", url="https://yarvik-agency.example", guid="ya-1224", lede="Agency wire on Ukraine, Russia and the Baltic region",
  basis="RSS pubDate '{s}' (explicit +0200 = Riga winter time); local {d} in {z}",
  notes="Invented outlet (news agency, Riga). RSS 2.0, newest first, pubDate with +0200, dc:creator per item. 11340-04 (drones on the Danube port of Izmail, overnight) is another attack in the same region (Odesa) and must not merge with the Chornomorsk missile strike.",
  not_entries=["channel title/link/description/language", "item link, guid and category elements"],
  entries=[
  E("2024-12-24 20:40", "Chornomorsk port strike: third victim dies",
    ["A third person has died after Tuesday\u2019s Russian missile strike on the port of Chornomorsk in Ukraine\u2019s Odesa region, regional governor Oleh Kiper said."],
    "strikes", "strikes", 3, CHO, a="Ilze Kalni\u0146a", n="toll 3"),
  E("2024-12-24 18:05", "Sweden pledges winter energy aid for Ukraine",
    ["Sweden will give Ukraine an additional 300 million kronor to repair power infrastructure damaged by Russian strikes, the Swedish government said."],
    "aid", "aid", 3, SWE, a="Ilze Kalni\u0146a"),
  E("2024-12-24 15:20", "Peskov: Putin ready to talk to Trump \u2018without preconditions\u2019",
    ["Kremlin spokesman Dmitry Peskov said President Vladimir Putin was open to meeting Donald Trump after the inauguration and had set no preconditions for a conversation."],
    "diplomacy", "diplomacy", 3, PESK, a="J\u0101nis Ozols"),
  E("2024-12-24 12:35", "Russian drones hit Danube port of Izmail overnight",
    ["Russian drones damaged grain storage facilities at the port of Izmail on the Danube overnight, Odesa regional authorities said. No injuries were reported."],
    "strikes", "strikes", 2, "izmail-port-drone-attack-2024-12-24", a="J\u0101nis Ozols",
    n="same region, other strike: must not merge with the Chornomorsk missile strike"),
  E("2024-12-24 11:10", "Missile strike on Chornomorsk port kills one",
    ["A Russian ballistic missile hit port infrastructure in Chornomorsk, near Odesa, on Tuesday morning, killing one person and injuring four, regional officials said."],
    "strikes", "strikes", 3, CHO, a="J\u0101nis Ozols", n="first report; toll 1"),
  E("2024-12-24 08:45", "Ukraine receives bodies of 212 fallen soldiers",
    ["Ukraine has received the bodies of 212 soldiers killed in the war, in a repatriation arranged with the help of the International Committee of the Red Cross, the government\u2019s coordination centre said."],
    "other", "humanitarian", 2, "soldiers-bodies-repatriation-2024-12-24", a="Ilze Kalni\u0146a"),
  ]))

SEEDS.append(dict(
  id="11341", name="11341_emberquay-textlive", ext="txt", source="Emberquay Daily", zone=KYIV, render=r_emberquay,
  title="Ukraine live: missile hits Chornomorsk port on Christmas Eve", dateline="Tuesday 24 December 2024 \u2013 times are Kyiv time",
  lede="A Russian ballistic missile struck a Black Sea port near Odesa; Sweden adds energy aid; Zelensky addresses the nation on Christmas Eve.",
  basis="British-style stamp '{s}' (Kyiv time as the date line says, EET = UTC+2) on 'Tuesday 24 December 2024'; local {d} in {z}",
  notes="Invented outlet. Text live blog, OLDEST first, with a Key Points block (three bulleted headlines: 11341-02, 11341-05, 11341-06). Stamps '9.05am' (Kyiv time) before each headline; signature '\u2013 NAME' after the body. Gives the old name of the port, Illichivsk. 11341-03 is a 'Pictured:' teaser without body. 11341-04 is a theme piece (analysis of the campaign against Odesa's ports): its own story, must not merge with the Chornomorsk strike. 11341-07 repeats 11341-01 nearly verbatim (duplicate_of 11341-01).",
  not_entries=["outlet name and navigation", "title", "date line", "lede", "'Key Points' block (its three bullets repeat entry headlines)", "'Updates' heading", "'Advertisement' after the fifth post",
               "'We have closed this live page.'", "footer"],
  entries=[
  E("2024-12-24 09:05", "Russia launched 52 drones overnight, air force says",
    ["Russia attacked Ukraine with 52 drones overnight; 31 were shot down and 19 were lost to electronic jamming, the air force said.",
     "Damage was reported in the Kyiv and Sumy regions."],
    "strikes", "strikes", 2, "russian-drone-attack-overnight-2024-12-24", a="Olha Demchuk",
    n="overnight drone raid on other regions: must not merge with the Chornomorsk missile strike"),
  E("2024-12-24 10:40", "Ballistic missile strikes Chornomorsk port",
    ["A Russian ballistic missile hit the port of Chornomorsk (formerly Illichivsk) south of Odesa at about 10.15am, the Odesa regional administration said.",
     "Initial reports speak of one dead and several injured."],
    "strikes", "strikes", 3, CHO, a="Olha Demchuk", kp=True, n="old name 'Illichivsk'; toll 1; the '10.15am' in the body is the attack time, not a stamp"),
  E("2024-12-24 11:55", "Pictured: Smoke rises over Chornomorsk port", [], "strikes", "strikes", 1, CHO, a=None, n="teaser without body"),
  E("2024-12-24 13:20", "Analysis: Russia\u2019s campaign against Odesa\u2019s ports",
    ["Tuesday\u2019s strike on Chornomorsk is the latest in a series of Russian attacks on the three big ports of the Odesa region, which handle most of Ukraine\u2019s sea exports.",
     "Since Ukraine\u2019s navy pushed the Russian fleet away from the western Black Sea last year, Moscow has turned to missiles and drones to disrupt the shipping corridor, hitting grain terminals and foreign-flagged ships.",
     "Insurers say the attacks have raised costs but not stopped the traffic."],
    "strikes", "strikes", 2, "analysis-odesa-ports-campaign", a="Callum Reyes",
    n="theme piece (analysis); mentions Chornomorsk but is its own story: must not merge with the Chornomorsk strike"),
  E("2024-12-24 14:45", "Chornomorsk: death toll rises to two",
    ["A second person has died after the missile strike on Chornomorsk port, governor Oleh Kiper said. Seven people are now known to have been injured."],
    "strikes", "strikes", 3, CHO, a="Olha Demchuk", kp=True, n="toll 2"),
  E("2024-12-24 16:10", "Sweden adds energy aid",
    ["Sweden announced a new package of support for Ukraine\u2019s energy sector, worth 300 million kronor, to help repair substations and buy mobile generators."],
    "aid", "aid", 3, SWE, a="Callum Reyes", kp=True),
  E("2024-12-24 17:30", "Russia launched 52 drones overnight, air force says",
    ["Russia attacked Ukraine with 52 drones overnight; 31 were shot down and 19 were lost to electronic jamming, Ukraine\u2019s air force said.",
     "Damage was reported in the Kyiv and Sumy regions."],
    "strikes", "strikes", 1, "russian-drone-attack-overnight-2024-12-24", a="Olha Demchuk", dup="11341-01", n="near-verbatim repeat of 11341-01"),
  E("2024-12-24 19:50", "Zelensky\u2019s Christmas Eve address: \u2018Light will win\u2019",
    ["In his Christmas Eve address, President Volodymyr Zelensky said Ukrainians would celebrate \u201cwith faith that the darkness will not last\u201d, and thanked the soldiers spending the holiday on the front line."],
    "other", "politics", 2, "zelensky-christmas-eve-address-2024", a="Callum Reyes"),
  ]))

TOR = "America/Toronto"
SEEDS.append(dict(
  id="11342", name="11342_morrowcliff-worldrss", ext="xml", source="Morrowcliff World Report", zone=TOR, render=r_rss, rfc="num",
  title="Morrowcliff World Report: World", url="https://morrowcliff-report.example", guid="mwr-1224", lede="World news from Morrowcliff",
  basis="RSS pubDate '{s}' (explicit -0500 = EST, Toronto); local {d} in {z}",
  notes="Invented outlet (Canada). General world RSS feed, newest first, pubDate with -0500, no dc:creator (author null). The war is a minority: four of six items are off-beat (NORAD, Ontario weather, Bethlehem, South Korea). Spells the port 'Chernomorsk' (Russian form).",
  not_entries=["channel title/link/description/language", "item link, guid and category elements"],
  entries=[
  OFF("2024-12-24 17:30", "NORAD begins its annual Santa-tracking broadcast",
      ["The North American Aerospace Defense Command began its annual Christmas Eve tradition of tracking Santa Claus, with volunteers answering calls from children across the continent."],
      "norad-santa-tracker-2024", n="holiday feature"),
  E("2024-12-24 15:10", "Chernomorsk port strike kills three",
    ["Three people were killed when a Russian missile struck port facilities in Chernomorsk, near Odesa in southern Ukraine, on Tuesday, officials said."],
    "strikes", "strikes", 3, CHO, n="spelling 'Chernomorsk'; toll 3"),
  OFF("2024-12-24 12:45", "Freezing rain disrupts Christmas Eve travel in Ontario",
      ["Freezing rain coated roads across southern Ontario on Tuesday, causing dozens of collisions and flight delays at Toronto Pearson."],
      "ontario-freezing-rain-2024-12-24", n="weather"),
  OFF("2024-12-24 10:20", "Bethlehem marks another subdued Christmas",
      ["Bethlehem held scaled-back Christmas Eve celebrations for a second year, with no large tree in Manger Square and few foreign pilgrims because of the war in Gaza."],
      "bethlehem-subdued-christmas-2024", n="Middle East"),
  E("2024-12-24 08:05", "Kremlin says Putin open to Trump talks without conditions",
    ["Russian President Vladimir Putin has no preconditions for talks with Donald Trump and is ready to meet him once he takes office, the Kremlin said on Tuesday."],
    "diplomacy", "diplomacy", 3, PESK),
  OFF("2024-12-24 05:40", "South Korea\u2019s opposition presses acting president over martial law probes",
      ["South Korea\u2019s main opposition party gave acting President Han Duck-soo until Tuesday to approve bills for special investigations into President Yoon Suk Yeol\u2019s short-lived declaration of martial law, threatening impeachment otherwise."],
      "south-korea-acting-president-deadline-2024-12", n="Asia"),
  ]))

TOK = "Asia/Tokyo"
SEEDS.append(dict(
  id="11343", name="11343_hinodebay-htmllive", ext="html", source="Hinode Bay Times", zone=TOK, render=r_hinode,
  title="Ukraine war updates: missile strike on Black Sea port kills three", url="https://hinodebay-times.example/world/ukraine-live-20241224",
  lede="Updates on Russia\u2019s invasion of Ukraine. Times are Japan Standard Time.",
  basis="visible stamp '{s}' (JST = UTC+9; month and day printed, the year only in the page's 'Updated Dec 25, 2024' line); local {d} in {z}",
  notes="Invented outlet (Japan, English). HTML live, newest first; JSON-LD @graph with WebPage and LiveBlogPosting carrying every update (datePublished +09:00). Visible stamps 'Dec 25, 1:20 a.m. JST' without a year (the year is in the page line 'Updated Dec 25, 2024'). The two newest posts are dated Dec 25 in Japan but fall on 24 December in UTC, like the rest of the page.",
  not_entries=["header and navigation", "title", "'Updated Dec 25, 2024' line", "lead paragraph", "footer"],
  entries=[
  E("2024-12-25 06:10", "Missile strike on port near Odesa kills three",
    ["The death toll from a Russian missile strike on the Ukrainian port of Chornomorsk, near Odesa, has risen to three, regional officials said."],
    "strikes", "strikes", 3, CHO, a="Mei Tanabe", n="toll 3; local 25 Dec = UTC 24 Dec"),
  E("2024-12-25 01:20", "Sweden announces energy aid package for Ukraine",
    ["Sweden said it would provide 300 million kronor to help Ukraine repair energy infrastructure damaged by Russian attacks."],
    "aid", "aid", 3, SWE, a="Mei Tanabe", n="local 25 Dec = UTC 24 Dec"),
  E("2024-12-24 22:05", "Iwaya pledges continued support in call with Ukraine\u2019s Sybiha",
    ["Foreign Minister Takeshi Iwaya told his Ukrainian counterpart, Andrii Sybiha, in a phone call that Japan would keep supporting Ukraine, including through funds backed by frozen Russian assets."],
    "diplomacy", "diplomacy", 2, "iwaya-sybiha-call-2024-12-24", a="Kenji Moroe", sec=["aid"]),
  E("2024-12-24 18:40", "Russian missile hits Chornomorsk port; one reported dead",
    ["A Russian missile struck the port of Chornomorsk in southern Ukraine on Tuesday, killing at least one person, Ukrainian officials said."],
    "strikes", "strikes", 3, CHO, a="Kenji Moroe", n="toll 1"),
  E("2024-12-24 12:15", "Russia claims another village near Pokrovsk",
    ["Russia\u2019s Defense Ministry said on Tuesday its troops had captured another village south of Pokrovsk, a claim Ukraine did not confirm."],
    "other", "frontline", 2, "russia-claims-village-near-pokrovsk-2024-12-24", a="Kenji Moroe"),
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

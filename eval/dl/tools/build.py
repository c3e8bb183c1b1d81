#!/usr/bin/env python3
"""Builds the eval/dl seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented; 2026 events are imagined, no copied sentences).
Part A imitates, from memory, the page layouts of ten real outlets; Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/dl/tools/build.py"""
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
    fmt = "%Y-%m-%d %H:%M:%S" if len(s) == 19 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", dots=False, upper=False):
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


def slug(s, n=8):
    w = re.findall(r"[a-z0-9]+", s.lower().replace("\u2019", "").replace("'", ""))
    return "-".join(w[:n])


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


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_expressnews(S):
    """San Antonio Express-News (Hearst) 'World' section front, HTML. Cards: label, headline, 'By NAME, Associated Press',
    <time> 'Jun 3, 2026 4:12 p.m.' (no zone printed), short summary. Newest first. CollectionPage JSON-LD, no per-card data."""
    z = S["zone"]; order_check(S, True)
    ld = {"@context": "https://schema.org", "@type": "CollectionPage", "name": "World", "url": S["url"],
          "isPartOf": {"@type": "WebSite", "name": "San Antonio Express-News", "url": "https://www.expressnews.com"},
          "publisher": {"@type": "NewsMediaOrganization", "name": "San Antonio Express-News",
                        "logo": {"@type": "ImageObject", "url": "https://www.expressnews.com/img/pages/site_logo.png"}}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', '<title>World News - San Antonio Express-News</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1">', f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="section-front hdn-world">',
           '<div class="bar-top"><a href="/subscribe/">Subscribe</a> <a href="/login/">Sign In</a></div>',
           '<header class="masthead"><a class="logo" href="/" aria-label="San Antonio Express-News">San Antonio Express-News</a>',
           '<div class="weather-widget"><span class="wx-city">San Antonio, TX</span> <span class="wx-temp">91&deg;</span> <span class="wx-cond">Partly Cloudy</span></div>',
           '<nav class="main-nav"><a href="/news/local/">Local</a> <a href="/news/us-world/">U.S. &amp; World</a> <a href="/sports/spurs/">Spurs</a> '
           '<a href="/sports/">Sports</a> <a href="/business/">Business</a> <a href="/food/">Food</a> <a href="/entertainment/">Entertainment</a> '
           '<a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> <a href="/eedition/">E-Edition</a></nav></header>',
           '<main class="section-main">', '<h1 class="section-title">World</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{SHORT_MONTHS[d.month - 1]} {d.day}, {d.year} {ampm(d, space=' ', dots=True)}"; stamps.append(st)
        href = f"/news/us-world/world/article/{slug(e['h'])}-{21408550 + i * 37}.php"
        out.append(f'<article class="card card-{i + 1}"><div class="card-label">{esc(e.get("label", "World"))}</div>'
                   f'<h2 class="card-headline"><a href="{href}">{esc(e["h"])}</a></h2>')
        out.append(f'<p class="card-byline">{esc(e["byline"])}</p>')
        out.append(f'<time class="card-date" datetime="{d.isoformat()}">{st}</time>')
        out += [f'<p class="card-summary">{esc(p)}</p>' for p in e["p"]]
        out.append('</article>')
        if i == 2:
            out.append('<aside class="nl-signup"><p>Get the Express Briefing newsletter</p><p>Top stories every weekday morning.</p>'
                       '<input type="email" placeholder="Email address"> <button>Sign up</button></aside>')
    out += ['<button class="load-more">Load more</button></main>',
            '<aside class="most-popular"><h3>Most Popular</h3><ol>'
            '<li><a href="/news/local/article/loop-1604-lane-closures.php">Loop 1604 lane closures to start next week on Northwest Side</a></li>'
            '<li><a href="/sports/spurs/article/spurs-summer-league-schedule.php">Spurs set summer league schedule</a></li></ol></aside>',
            '<footer class="site-footer"><a href="/about/">About</a> <a href="/newsroom-contacts/">Contact</a> <a href="/privacy/">Privacy Notice</a> '
            '<a href="/tos/">Terms of Use</a> <a href="/ccpa/">Your Privacy Choices</a>'
            f'<p>&copy; {S["year"]} Hearst Communications, Inc.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_elpaso(S):
    """El Paso Times (Gannett / USA TODAY Network) live blog, HTML. Newest first; h2 headline, author + outlet label +
    '4:40 p.m. MT' (no date per post); dates only in the 'Published ... | Updated ...' line. LiveBlogPosting JSON-LD with one
    BlogPosting per update (own datePublished with offset)."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{6640 - i}", "headline": e["h"], "datePublished": d.isoformat(),
             "author": {"@type": "Person", "name": e["a"]}}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
          "datePublished": pub.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": pub.isoformat(),
          "author": [{"@type": "Person", "name": n} for n in S["authors"]],
          "publisher": {"@type": "NewsMediaOrganization", "name": "El Paso Times", "url": "https://www.elpasotimes.com"},
          "liveBlogUpdate": ups}
    pl = f"Published {ampm(pub, space=' ', dots=True)} MT {MONTHS[pub.month - 1]} {pub.day}, {pub.year}"
    ul = f"Updated {ampm(last, space=' ', dots=True)} MT {MONTHS[last.month - 1]} {last.day}, {last.year}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<meta property="og:site_name" content="El Paso Times">', f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="gnt_pr">',
           '<div class="gnt_tb"><a href="/search/">Search</a></div>',
           '<header class="gnt_n"><a class="gnt_n_logo" href="/" aria-label="El Paso Times logo">El Paso Times</a>'
           '<nav class="gnt_n_mn"><a href="/news/">News</a><a href="/sports/">Sports</a><a href="/sports/college/utep/">UTEP</a>'
           '<a href="/news/local/border/">Border</a><a href="/things-to-do/">Things to Do</a><a href="/opinion/">Opinion</a>'
           '<a href="https://www.legacy.com/us/obituaries/elpasotimes/">Obituaries</a><a href="https://eedition.elpasotimes.com/">eNewspaper</a></nav>'
           '<a class="gnt_n_us" href="/subscribe/">Subscribe</a> <a class="gnt_n_us" href="/login/">Sign In</a></header>',
           '<main class="gnt_cw"><article class="gnt_pr">', '<div class="gnt_ar_lbl"><a href="/news/world/">WORLD</a></div>',
           f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           '<div class="gnt_ar_by">' + " ".join(f'<a class="gnt_ar_by_a" href="/staff/{i + 5120}/">{esc(n)}</a>' for i, n in enumerate(S["authors"]))
           + '</div>',
           f'<div class="gnt_ar_dt" aria-label="{pl} | {ul}">{pl} | {ul}</div>',
           '<div class="gnt_ss"><button>Facebook</button> <button>Email</button> <button>X</button> <button>Share</button></div>',
           f'<p class="gnt_ar_b_p">{esc(S["lede"])}</p>', '<div class="gnt_lb">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} MT"; stamps.append(st)
        out.append(f'<article class="gnt_lb_p" id="post-{6640 - i}"><h2 class="gnt_lb_hl">{esc(e["h"])}</h2>')
        out.append(f'<div class="gnt_lb_meta"><span class="gnt_lb_au">{esc(e["a"])}</span> <span class="gnt_lb_org">{esc(e["org"])}</span> '
                   f'<span class="gnt_lb_ts">{st}</span></div>')
        if e["p"]:
            out += [f'<p class="gnt_lb_b_p">{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<figure class="gnt_em_vp"><div class="gnt_em_vp_c" aria-label="Video player">0:47</div></figure>')
        out.append('</article>')
        if i == 3:
            out.append('<aside class="gnt_nl"><p>Get the Morning Briefing newsletter in your inbox.</p>'
                       '<input type="email" placeholder="Enter email address"> <button>Sign Up</button></aside>')
    out += ['</div>', f'<p class="gnt_ar_b_p"><em>{esc(S["contrib"])}</em></p>', '</article>',
            '<aside class="gnt_rr"><h3>Most Popular</h3><ul><li><a href="/story/news/local/el-paso/2026/06/07/i-10-construction-downtown/">I-10 lane closures planned downtown this week</a></li>'
            '<li><a href="/story/sports/college/utep/2026/06/07/utep-football-schedule/">UTEP unveils fall football schedule</a></li></ul></aside></main>',
            '<footer class="gnt_f"><a href="/about/">About Us</a> <a href="/newsletters/">Newsletters</a> <a href="/help/">Help Center</a> '
            '<a href="/privacy/">Privacy Policy</a> <a href="/terms/">Terms of Service</a>'
            f'<p>&copy; {S["year"]} www.elpasotimes.com. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_startelegram(S):
    """Fort Worth Star-Telegram (McClatchy) 'Nation & World' section, text scrape. Cards: kicker, headline, summary, then
    byline, wire/outlet line and a RELATIVE time ('35 minutes ago', '2 hours ago'). The only clock is the header widget
    'Tuesday, June 16 | 5:20 PM'; no year is printed anywhere on the capture."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = ["Skip to Content", "", "Fort Worth Star-Telegram", "Log In", "Subscribe", "",
         f"Fort Worth, TX   {S['temp']}\u00b0F   |   {DAYS_EN[ref.weekday()]}, {MONTHS[ref.month - 1]} {ref.day}   |   {ampm(ref, space=' ', upper=True)}", "",
         "Local   Tarrant County   TCU   Cowboys   Rangers   High School Sports   Business   Opinion   Obituaries   eEdition", "",
         "NATION & WORLD", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        assert mins > 0
        if mins < 60:
            st = f"{mins} minutes ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hour ago" if mins == 60 else f"{mins // 60} hours ago"
        stamps.append(st)
        L += [e.get("kicker", "WORLD"), e["h"], ""] + ptxt(e["p"]) + [e["byline"], e["org"], st, ""]
        if i == 2:
            L += ["Sign up for The Bulletin, our free morning newsletter", "Enter your email", "SIGN UP", ""]
    L += ["LOAD MORE STORIES", "", "Fort Worth Star-Telegram", "Customer Service   Terms of Service   Privacy Policy   Accessibility",
          "Do Not Sell or Share My Personal Information"]
    return "\n".join(L) + "\n", stamps


def r_sdut_rss(S):
    """The San Diego Union-Tribune (WordPress) category RSS 2.0: pubDate in GMT as '+0000', dc:creator in CDATA, categories,
    short description plus full content:encoded."""
    order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"', '\txmlns:content="http://purl.org/rss/1.0/modules/content/"',
           '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"', '\txmlns:dc="http://purl.org/dc/elements/1.1/"',
           '\txmlns:atom="http://www.w3.org/2005/Atom"', '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"',
           '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '\t>', '', '<channel>',
           '\t<title>Nation/World &#8211; San Diego Union-Tribune</title>',
           f'\t<atom:link href="{S["url"]}feed/" rel="self" type="application/rss+xml" />', f'\t<link>{S["url"]}</link>',
           '\t<description>Local news, politics, sports, business and entertainment for San Diego</description>',
           f'\t<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], S["zone"]))}</lastBuildDate>', '\t<language>en-US</language>',
           '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>', '\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>',
           '\t<generator>https://wordpress.org/?v=6.8.1</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], S["zone"]); st = rfc822(d); stamps.append(st)
        link = f"https://www.sandiegouniontribune.com/{d:%Y/%m/%d}/{slug(e['h'])}/"
        out += ['\t<item>', f'\t\t<title>{esc(e["h"])}</title>', f'\t\t<link>{link}</link>',
                f'\t\t<dc:creator><![CDATA[{e["a"]}]]></dc:creator>', f'\t\t<pubDate>{st}</pubDate>']
        out += [f'\t\t<category><![CDATA[{c}]]></category>' for c in e["cats"]]
        out += [f'\t\t<guid isPermaLink="false">https://www.sandiegouniontribune.com/?p={8814402 + i * 53}</guid>',
                f'\t\t<description><![CDATA[{e["p"][0]}]]></description>',
                '\t\t<content:encoded><![CDATA[' + "\n".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content:encoded>', '\t</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_pe(S):
    """The Press-Enterprise (SCNG, WordPress) AP 'latest' article, HTML. Oldest first; h2 headline, then a bold bare time
    '6:10 a.m.' (no zone; the header prints 'PUBLISHED: July 2, 2026 at 5:40 AM PDT'); page byline only. Yoast @graph JSON-LD."""
    z = S["zone"]; order_check(S, False)
    pub = dt(S["published"], z); upd = dt(S["updated"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"] + " \u2013 Press Enterprise",
         "isPartOf": {"@id": "https://www.pe.com/#website"}, "breadcrumb": {"@id": S["url"] + "#breadcrumb"}},
        {"@type": "NewsArticle", "@id": S["url"] + "#article", "headline": S["title"], "datePublished": pub.isoformat(),
         "dateModified": upd.isoformat(), "author": [{"@type": "Person", "name": "Associated Press"}],
         "publisher": {"@id": "https://www.pe.com/#organization"}, "articleSection": ["News", "World News"]},
        {"@type": "BreadcrumbList", "@id": S["url"] + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "News", "item": "https://www.pe.com/news/"},
            {"@type": "ListItem", "position": 2, "name": "World News", "item": "https://www.pe.com/news/world-news/"}]},
        {"@type": "NewsMediaOrganization", "@id": "https://www.pe.com/#organization", "name": "Press Enterprise"}]}
    def mng(d):
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year} at {ampm(d, space=' ', upper=True)} PDT"
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} \u2013 Press Enterprise</title>',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="post-template-default single single-post">',
           '<div class="top-bar">Get the latest news delivered daily! <a href="/newsletters/">Sign up</a></div>',
           '<header class="site-header"><a class="logo" href="/">The Press-Enterprise</a> <a href="/subscribe/">Subscribe</a> <a href="/login/">Log In</a>',
           '<nav><a href="/news/">News</a> <a href="/news/crime-public-safety/">Crime + Public Safety</a> <a href="/business/">Business</a> '
           '<a href="/sports/">Sports</a> <a href="/things-to-do/">Things to Do</a> <a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> '
           '<a href="https://www.pe.com/placeanad/">Place an Ad</a> <a href="https://enewspaper.pe.com/">e-Edition</a></nav></header>',
           '<main><article class="article">', '<div class="breadcrumbs"><a href="/news/">News</a> <span>World News</span></div>',
           f'<h1 class="entry-title">{esc(S["title"])}</h1>',
           '<div class="byline">By <a class="author-name" href="/author/associated-press/">Associated Press</a></div>',
           f'<div class="time">PUBLISHED: <time datetime="{pub.isoformat()}">{mng(pub)}</time> | UPDATED: <time datetime="{upd.isoformat()}">{mng(upd)}</time></div>',
           '<div class="social-share"><a>Share this:</a> <a>Click to share on Facebook</a> <a>Click to share on X</a> <a>Click to email a link to a friend</a></div>',
           '<div class="article-body">', f'<p>{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, space=" ", dots=True); stamps.append(st)
        out += [f'<h2 class="wp-block-heading">{esc(e["h"])}</h2>', f'<p class="latest-time"><strong>{st}</strong></p>']
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 2:
            out.append('<div class="related-articles"><h4>Related Articles</h4><ul>'
                       '<li><a href="/2026/07/01/ukraine-grain-exports/">World News | Ukraine grain exports recover as Black Sea route holds</a></li>'
                       '<li><a href="/2026/06/30/nato-summit-preview/">World News | What to watch at next week\u2019s NATO summit in Ankara</a></li></ul></div>')
    out += ['</div>', f'<p class="originally-published">Originally Published: {mng(pub)}</p>', '</article></main>',
            '<footer class="site-footer"><a href="/about/">About Us</a> <a href="/contact/">Contact Us</a> <a href="/privacy-policy/">Privacy Policy</a> '
            f'<a href="/terms-of-use/">Terms of Use</a><p>Copyright &copy; {S["year"]} MediaNews Group</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_vcstar(S):
    """Ventura County Star (Gannett / USA TODAY Network) live blog, text scrape. Newest first; the time line '2:30 p.m. PT'
    comes BEFORE the headline, then author and 'USA TODAY'. Dates only in 'Published ... | Updated ...'; crosses local midnight."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    L = ["Skip to main content", "", "Ventura County Star", "Subscribe", "Sign In", "",
         "News   Sports   Things to Do   Opinion   Obituaries   eNewspaper   Legals", "", "WORLD", "", S["title"], ""]
    L += S["authors"] + ["USA TODAY", "",
                         f"Published {ampm(pub, space=' ', dots=True)} PT {MONTHS[pub.month - 1]} {pub.day}, {pub.year} | "
                         f"Updated {ampm(last, space=' ', dots=True)} PT {MONTHS[last.month - 1]} {last.day}, {last.year}", "",
                         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} PT"; stamps.append(st)
        L += [st, e["h"], e["a"], "USA TODAY", ""] + ptxt(e["p"])
        if i == 2:
            L += ["Get the latest world news in your inbox. Sign up for the Daily Briefing.", ""]
    L += ["Contributing: The Associated Press", "", "About Us   Newsletters   Help Center   Privacy Policy   Terms of Service",
          f"\u00a9 {S['year']} www.vcstar.com. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_santacruz(S):
    """Santa Cruz Sentinel (MediaNews Group, WordPress) 'Nation & World' listing, text scrape. Cards: headline,
    'By NAME | Associated Press', 'PUBLISHED: July 7, 2026 at 3:50 PM PDT' (sometimes '| UPDATED: ...'), excerpt. Newest first."""
    z = S["zone"]; order_check(S, True)
    def mng(d):
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year} at {ampm(d, space=' ', upper=True)} PDT"
    L = ["Santa Cruz Sentinel", "Subscribe   Log In   e-Edition", "", "Trending:   Highway 1 work   Wharf rebuild   Boardwalk summer hours", "",
         "News   Sports   Things to Do   Business   Opinion   Obituaries   Real Estate   Place an Ad", "", "Nation & World", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"PUBLISHED: {mng(d)}"; stamps.append(st)
        line = st + (f" | UPDATED: {mng(dt(e['upd'], z))}" if e.get("upd") else "")
        L += [e["h"], e["byline"], line, ""] + ptxt(e["p"])
        if i == 2:
            L += ["Sign up for The Morning Rundown newsletter", "Sign up", ""]
    L += ["Load more", "", "Santa Cruz Sentinel   Contact Us   Privacy Policy   Terms of Use", f"Copyright \u00a9 {S['year']} MediaNews Group"]
    return "\n".join(L) + "\n", stamps


def r_desertsun_rss(S):
    """The Desert Sun (Gannett) section RSS 2.0: pubDate in GMT, one-paragraph description, no author element."""
    order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           '<title>The Desert Sun - World</title>', f'<link>{S["url"]}</link>',
           f'<atom:link href="http://rssfeeds.desertsun.com/palmsprings/news/world" rel="self" type="application/rss+xml"/>',
           '<description>World news from The Desert Sun and the USA TODAY Network</description>', '<language>en-us</language>',
           f'<copyright>Copyright {S["year"]}, The Desert Sun</copyright>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], S["zone"]), gmt=True)}</lastBuildDate>', '<ttl>1</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], S["zone"]); st = rfc822(d, gmt=True); stamps.append(st)
        link = f"https://www.desertsun.com/story/news/world/{d:%Y/%m/%d}/{slug(e['h'])}/{84712200007 + i * 1000}/"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>',
                '<description><![CDATA[' + " ".join(e["p"]) + ']]></description>', f'<pubDate>{st}</pubDate>',
                f'<guid isPermaLink="false">{link}</guid>',
                f'<media:content url="https://www.gannett-cdn.com/authoring/images/desertsun/{d:%Y/%m/%d}/{i + 101}.jpg" medium="image"/>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_syracuse(S):
    """syracuse.com / The Post-Standard (Advance Local, Arc XP) article, HTML. Sections under h2 (one entry each), no
    per-section time; 'Updated: Jul. 21, 2026, 3:52 p.m. | Published: Jul. 21, 2026, 6:15 a.m.' (no zone); NewsArticle JSON-LD."""
    z = S["zone"]; pub = dt(S["published"], z); upd = dt(S["updated"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "mainEntityOfPage": S["url"],
          "datePublished": iso(pub.astimezone(UTC)), "dateModified": iso(upd.astimezone(UTC)),
          "author": [{"@type": "Person", "name": "The Associated Press"}],
          "publisher": {"@type": "Organization", "name": "syracuse.com", "logo": {"@type": "ImageObject", "url": "https://www.syracuse.com/pf/resources/images/syracuse/logo.png"}}}
    def adv(d):
        return f"{SHORT_MONTHS[d.month - 1]}. {d.day:02d}, {d.year}, {ampm(d, space=' ', dots=True)}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - syracuse.com</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>', '<body>',
           '<header class="header"><a class="logo" href="/">syracuse.com</a> <span class="tagline">The Post-Standard</span> '
           '<a href="/subscribe/">Subscribe</a> <a href="/login/">Sign In</a>',
           '<nav><a href="/news/">News</a> <a href="/orangesports/">Orange Sports</a> <a href="/highschoolsports/">HS Sports</a> '
           '<a href="/politics/">Politics</a> <a href="/opinion/">Opinion</a> <a href="/entertainment/">Entertainment</a> '
           '<a href="/weather/">Weather</a> <a href="/obits/">Obits</a> <a href="/jobs/">Jobs</a> <a href="/realestate/">Real Estate</a></nav></header>',
           '<main><article class="article">', '<div class="article__section"><a href="/nation/">Nation</a></div>',
           f'<h1 class="article__headline">{esc(S["title"])}</h1>',
           '<div class="article__byline">By <span class="article__byline-name">The Associated Press</span></div>',
           f'<div class="article__timestamp"><span>Updated: {adv(upd)}</span> | <span>Published: {adv(pub)}</span></div>',
           '<div class="article__share"><a>Facebook</a> <a>X</a> <a>Email</a> <a class="comments-link">Comments (19)</a></div>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2 class="article__subhead">{esc(e["h"])}</h2>')
        out += [f'<p class="article__paragraph">{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<div class="ad-slot" aria-hidden="true">Advertisement</div>')
    out += ['<p class="article__tagline"><em>The Associated Press contributed to this report. Have a news tip? Contact the syracuse.com newsroom.</em></p>',
            '</article>', '<aside class="related"><h3>More from syracuse.com</h3><ul>'
            '<li><a href="/news/2026/07/syracuse-ukrainian-festival-returns.html">Ukrainian festival returns to Syracuse church grounds this weekend</a></li>'
            '<li><a href="/weather/2026/07/cny-heat-advisory.html">Heat advisory issued for Central New York</a></li></ul></aside>',
            '<div class="comments"><button>View Comments (19)</button></div></main>',
            '<footer><p>If you purchase a product or register for an account through one of the links on our site, we may receive compensation.</p>'
            f'<p>\u00a9 {S["year"]} Advance Local Media LLC. All rights reserved (About Us).</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_houma(S):
    """Houma Courier (Gannett) 'World briefs' article, text scrape: one byline 'The Associated Press', one
    'Published 5:02 a.m. CT July 28, 2026' line, then brief headlines each followed by a wire-dateline paragraph."""
    z = S["zone"]; pub = dt(S["published"], z)
    L = ["Skip to main content", "", "Houma Courier", "Subscribe", "Sign In", "",
         "News   Sports   Entertainment   Opinion   Obituaries   eNewspaper   Legals", "", "WORLD", "", S["title"], "",
         "The Associated Press", "", f"Published {ampm(pub, space=' ', dots=True)} CT {MONTHS[pub.month - 1]} {pub.day}, {pub.year}", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Advertisement", ""]
    L += ["About Us   Newsletters   Help Center   Privacy Policy   Terms of Service", f"\u00a9 {S['year']} www.houmatoday.com. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])

# ================================================================ Part B renderers (invented outlets)

def r_greyburn(S):
    """text live, newest first; 'Key Points' list at the top; headline line, then '21:40 BST · NAME' (stamp AFTER the headline)."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "Home   UK   World   Politics   Business   Sport   Opinion", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} BST"; stamps.append(st)
        L += [e["h"], st + (f" \u00b7 {e['a']}" if e["a"] else ""), ""] + ptxt(e["p"])
        if i == 2:
            L += ["Get the Chronicle's Ukraine briefing in your inbox every weekday. Sign up", ""]
    L += ["Show earlier updates", "", f"{S['source']}   About us   Contact   Complaints   Privacy   Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_dnistrova(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD whose updates carry their own datePublished (+03:00);
    visible bare '05:40' in <time datetime>; author below the h2."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#u{i + 301}", "headline": e["h"], "datePublished": d.isoformat(),
                    "author": {"@type": "Person", "name": e["a"]}, "articleBody": "\n".join(e["p"])})
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a> <nav><a href="/war">War</a> <a href="/politics">Politics</a> '
           '<a href="/economy">Economy</a> <a href="/regions">Regions</a> <a href="/donate">Support our newsroom</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="live-post" id="u{i + 301}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>'
                   f'<p class="post-author">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="post-tools"><a>Copy link</a></div></article>')
        if i == 3:
            out.append('<aside class="read-more"><h3>Read more</h3><a href="/war/air-defence-map">Where Ukraine\u2019s air-defence gaps are</a></aside>')
    out += ['<p class="end">The live page continues tomorrow.</p></main>', f'<footer>{esc(S["source"])} \u00b7 Editorial policy \u00b7 Contacts</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """RSS 2.0 feed, newest first: pubDate with the outlet's offset (S['rfc'] == 'GMT' prints GMT), CDATA paragraphs,
    dc:creator only when the entry has an author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=(S["rfc"] == "GMT")); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{e.get("cat", "world").lower()}/{slug(e["h"], 6)}-{i + 4410}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{i + 4410}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_article(S):
    """text article with section headings (one entry per section), one byline and a dateline with time and zone."""
    L = [S["source"].upper(), "World  /  Europe  /  Ukraine", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share   Print   Save for later", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += [S["more"], "", f"\u00a9 {S['source']} \u00b7 Imprint \u00b7 Privacy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_wexhallow(S):
    """HTML live, newest first, no JSON-LD; h2 headline, then author and a bare '17:50' in a span; page note gives the zone."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title></head><body>',
           '<div class="consent">This site uses cookies. <button>Accept</button> <button>Manage</button></div>',
           f'<header><span class="logo">{S["source"]}</span> <nav><a>Poland</a> <a>Business</a> <a>Europe</a> <a>Ukraine war</a> <a>Culture</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])}</p>', f'<p class="tz-note">{esc(S["tznote"])}</p>',
           f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<section class="live-item"><h2>{esc(e["h"])}</h2>')
        out.append('<p class="item-meta">' + (f'<span class="by">{esc(e["a"])}</span> ' if e["a"] else "") + f'<span class="time">{st}</span></p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">[Gallery: 12 photos]</div>')
        out.append('</section>')
        if i == 2:
            out.append('<aside><h3>Also read</h3><a href="/poland/rzeszow-hub">How Rzesz\u00f3w became the gateway for aid to Ukraine</a></aside>')
    out += ['<p class="prev"><a href="/live/ukraine-04-08">Live coverage from 4 August</a></p></main>',
            f'<footer>{S["source"]} \u00b7 About \u00b7 Advertising \u00b7 Privacy</footer></body></html>']
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
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link href="{S["url"]}/{slug(e["h"], 6)}"/>', f'<id>tag:{S["tag"]},{d:%Y-%m-%d}:{i + 7301}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_hollowvale(S):
    """text live, oldest first; headline, then 'Posted 6:40 a.m. EDT', body, then a signature line '— NAME'."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "News  \u00b7  World  \u00b7  Politics  \u00b7  Business  \u00b7  Sports  \u00b7  Newsletters", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Posted {ampm(d, space=' ', dots=True)} EDT"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"]) + [f"\u2014 {e['sig']}", ""]
        if i == 3:
            L += ["ADVERTISEMENT", ""]
    L += ["This page is no longer being updated.", "", f"{S['source']}  \u00b7  Terms  \u00b7  Privacy  \u00b7  Contact"]
    return "\n".join(L) + "\n", stamps


def r_brayholt(S):
    """text live, oldest first; date line with weekday and day but NO year anywhere; '08.50' line before each headline;
    one page byline; zone given by a printed note."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Live   Ukraine   Russia   Black Sea   Explainers   Podcasts", "", S["title"], S["dateline"], S["tznote"],
         f"By {S['byline']}", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Our reporting is free to read. Become a member to keep it that way.", ""]
    L += ["Live coverage resumes tomorrow morning.", "", f"{S['source']}   Masthead   Contact   Privacy"]
    return "\n".join(L) + "\n", stamps


def r_glenmorrow(S):
    """HTML live, newest first; JSON-LD @graph whose node @type is an array and whose liveBlogUpdate items repeat the PAGE
    headline and datePublished (no per-update time); visible '20:50 IST' in <time datetime>; byline under the h3."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    base = S["url"].split("/live")[0]
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#block-{9000 + i}", "headline": S["title"], "datePublished": first.isoformat(),
            "dateModified": last.isoformat(), "articleBody": " ".join(e["p"])[:300]} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": base + "/#org", "name": S["source"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@id": base + "/#org"}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en-IE"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header>{S["source"]} <nav><a>News</a> <a>Ireland</a> <a>World</a> <a>Business</a> <a>Sport</a> <a>Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} IST"; stamps.append(st)
        out.append(f'<div class="lb-block" id="block-{9000 + i}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>'
                   f'<p class="lb-byline">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 1:
            out.append('<div class="promo">Sign up for the Glenmorrow Journal world newsletter</div>')
    out += ['</main>', f'<footer>{S["source"]} \u00b7 Contact \u00b7 Privacy statement \u00b7 Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def B(e, byline, **kw):
    e["byline"] = byline
    e.update(kw)
    return e

# ================================================================ PART A: ten real outlets' layouts (own words)
SEEDS = []

# ---------------------------------------------------------------- 11700 San Antonio Express-News
SEEDS.append(dict(
  id="11700", name="11700_expressnews-world", ext="html", source="San Antonio Express-News", zone="America/Chicago", render=r_expressnews,
  year=2026, title="World", url="https://www.expressnews.com/news/us-world/world/",
  basis="card stamp '{s}' (date and 12-hour time; no zone printed, so the outlet's home zone America/Chicago, CDT = UTC-5); local {d} in {z}",
  notes="Imitates a Hearst section front (World) on expressnews.com. Newest first. Each card: label, h2 headline, byline 'By NAME, Associated Press' (or ', Staff writer'), a <time> element printing 'Jun 3, 2026 4:12 p.m.' with no zone (the datetime attribute carries -05:00), then a one- or two-paragraph summary. JSON-LD is only a CollectionPage (no per-card data). Two AP cards are not about the war (China floods, Spanish wildfire). page_title is the visible h1 'World'.",
  not_entries=["'Subscribe' / 'Sign In' top bar", "masthead logo, weather widget 'San Antonio, TX 91° Partly Cloudy' and navigation",
               "section heading 'World' (page title)", "'World' / 'Local' card labels", "newsletter sign-up box after the third card",
               "'Load more' button", "'Most Popular' rail with two local links", "footer links and copyright line"],
  entries=[
    B(E("2026-06-03 17:40", "Russian drone strike on Odesa port kills 3 and sets grain ship ablaze",
        ["KYIV, Ukraine (AP) \u2014 Russian drones struck the port of Odesa on Wednesday evening, killing three dock workers and setting a cargo ship loaded with corn on fire, Ukrainian officials said.",
         "Regional governor Oleh Kiper said four more people were hurt and that firefighters were still working to put out the blaze on the vessel hours after the attack."],
        "strikes", "strikes", 3, "odesa-port-drone-strike-2026-06-03", a="Ilona Marchuk"), "By Ilona Marchuk, Associated Press"),
    B(E("2026-06-03 15:05", "San Antonio contractor to train Ukrainian crews on drone-interceptor system",
        ["A San Antonio defense contractor will train Ukrainian soldiers to operate a short-range drone-interceptor system under a $48 million Army contract announced Wednesday.",
         "The company, which employs about 300 people on the city\u2019s North Side, said the first trainees would begin instruction at a site in Germany later this summer. A spokeswoman said the work would add overtime at its local assembly line but no new hires for now."],
        "aid", "aid", 2, "san-antonio-contractor-ukraine-interceptor-training-2026-06-03", a="Rafael Quintanilla", label="Local"), "By Rafael Quintanilla, Staff writer"),
    B(E("2026-06-03 12:30", "Zelenskyy presses G7 partners on frozen-asset loan before Evian summit",
        ["BERLIN (AP) \u2014 Ukrainian President Volodymyr Zelenskyy urged the Group of Seven on Wednesday to finish work on a long-delayed loan backed by frozen Russian assets before leaders meet in the French resort of Evian this month.",
         "Speaking after talks with German Chancellor Friedrich Merz, Zelenskyy said Ukraine\u2019s budget needs for next year could not wait for another round of negotiations. Merz said Berlin backed the plan but that legal guarantees for Belgium, where most of the assets are held, still had to be settled."],
        "diplomacy", "diplomacy", 3, "zelenskyy-merz-frozen-assets-loan-2026-06-03", a="Kirsten Haldane", sec=["aid"]), "By Kirsten Haldane, Associated Press"),
    B(OFF("2026-06-03 10:15", "Floods in southern China force tens of thousands from their homes",
          ["BEIJING (AP) \u2014 Days of heavy rain in China\u2019s Guangxi region have flooded villages and forced more than 40,000 people to leave their homes, state media reported Wednesday."],
          "china-guangxi-floods-2026-06-03", a="Harrison Ouyang", n="China floods"), "By Harrison Ouyang, Associated Press"),
    B(E("2026-06-03 08:50", "Ukraine says long-range drones hit oil refinery in Russia\u2019s Samara region",
        ["KYIV, Ukraine (AP) \u2014 Ukraine\u2019s General Staff said Wednesday that its drones struck an oil refinery in Russia\u2019s Samara region overnight, causing a fire at a primary processing unit.",
         "The regional governor said debris from downed drones had fallen on an industrial site but did not mention a refinery. No casualties were reported."],
        "strikes", "strikes", 2, "ukraine-drone-strike-samara-refinery-2026-06-03", a="Ilona Marchuk"), "By Ilona Marchuk, Associated Press"),
    B(OFF("2026-06-03 07:20", "Wildfire near Valencia forces evacuation of hillside towns",
          ["MADRID (AP) \u2014 Spanish firefighters battled a fast-moving wildfire in the hills west of Valencia on Wednesday, and authorities ordered about 2,000 residents to leave their homes."],
          "spain-valencia-wildfire-2026-06-03", a="Beatriz Olmedo", n="Spanish wildfire"), "By Beatriz Olmedo, Associated Press"),
    B(E("2026-06-03 06:05", "Russia claims capture of another village near Kostiantynivka",
        ["KYIV, Ukraine (AP) \u2014 Russia\u2019s Defense Ministry said Wednesday that its troops had taken the village of Stupochky on the eastern approach to Kostiantynivka, a claim Ukraine did not immediately confirm.",
         "Ukrainian military bloggers said fighting in the area had intensified over the past week as Russian units tried to cut supply roads into the city."],
        "other", "frontline", 2, "russia-claims-village-near-kostiantynivka-2026-06-03", a="Kirsten Haldane"), "By Kirsten Haldane, Associated Press"),
  ]))

# ---------------------------------------------------------------- 11701 El Paso Times
SEEDS.append(dict(
  id="11701", name="11701_elpasotimes-live", ext="html", source="El Paso Times", zone="America/Denver", render=r_elpaso, year=2026,
  title="Russia-Ukraine war live updates: Kharkiv drone attack kills 9; Kremlin rejects air truce",
  url="https://www.elpasotimes.com/story/news/world/2026/06/08/russia-ukraine-war-live-updates-kharkiv-drones/84120931007/",
  published="2026-06-08 06:15", authors=["Tamsin Okafor", "Colby Reinholt", "Aurelio Baca"],
  lede="Follow along for the latest on the war in Ukraine as rescuers search apartment blocks in Kharkiv after one of the heaviest drone attacks on the city this year.",
  contrib="Contributing: The Associated Press",
  basis="post stamp '{s}' (Mountain time, 'MT' printed; MDT = UTC-6); no date per post: the page line 'Published 6:15 a.m. MT June 8, 2026 | Updated 4:40 p.m. MT June 8, 2026' dates every post; JSON-LD update datePublished agrees; local {d} in {z}",
  notes="Imitates a USA TODAY Network (Gannett) live blog run by the El Paso Times. Newest first. Each post: h2 headline, then author + outlet label ('USA TODAY' or 'El Paso Times') + time '4:40 p.m. MT' (no date). The page's only dates are in 'Published ... | Updated ...'. JSON-LD: LiveBlogPosting with one BlogPosting per post, each with its own datePublished (-06:00), author and articleBody (none for the video post). The 'Watch:' post is a video with no text (player placeholder '0:47'). The Fort Bliss post is local war-related news (other/security).",
  not_entries=["search bar", "logo, navigation, Subscribe / Sign In", "section label 'WORLD'", "page headline (page title)",
               "page byline list (three names)", "'Published ... | Updated ...' line", "share buttons", "intro paragraph 'Follow along ...' (page lede)",
               "outlet labels 'USA TODAY' / 'El Paso Times' in each post's meta line", "video player placeholder '0:47' in the Watch post",
               "newsletter sign-up box after the fourth post", "'Contributing: The Associated Press' credit", "'Most Popular' rail", "footer"],
  entries=[
    E("2026-06-08 16:40", "Kharkiv death toll climbs to 9 after overnight drone barrage",
      ["The number of people killed in the Russian drone attack on Kharkiv rose to nine, Mayor Ihor Terekhov said, after rescuers recovered two more bodies from a collapsed section of a nine-story apartment building.",
       "More than 50 people were injured, including six children, according to regional officials. Terekhov said the city was hit by at least 40 drones in under two hours."],
      "strikes", "strikes", 3, "kharkiv-drone-attack-2026-06-08", a="Tamsin Okafor", org="USA TODAY"),
    E("2026-06-08 14:55", "Watch: Rescuers pull survivor from rubble in Kharkiv", [],
      "strikes", "strikes", 1, "kharkiv-drone-attack-2026-06-08", a="Tamsin Okafor", org="USA TODAY", n="video teaser without text"),
    E("2026-06-08 13:20", "Kremlin brushes off European call for 30-day air truce",
      ["The Kremlin on Monday dismissed a proposal from European leaders for a 30-day halt to long-range air strikes, saying Russia would not accept a pause that gave Ukraine time to rearm.",
       "Kremlin spokesman Dmitry Peskov told reporters Moscow remained open to talks but that any ceasefire had to be part of a broader settlement. France, Germany and Britain floated the idea last week."],
      "diplomacy", "diplomacy", 3, "kremlin-rejects-air-truce-proposal-2026-06-08", a="Colby Reinholt", org="USA TODAY"),
    E("2026-06-08 11:05", "State Department clears $1.1 billion Patriot sale paid for by European allies",
      ["The State Department approved the sale of Patriot interceptor missiles and related equipment worth about $1.1 billion that European NATO members will buy for Ukraine, the Defense Security Cooperation Agency said Monday.",
       "The purchase goes through the NATO mechanism that lets allies pay for American weapons delivered to Kyiv. Germany and the Netherlands are covering most of the cost, according to the congressional notification.",
       "Ukrainian officials have warned for weeks that their stocks of Patriot interceptors were running low."],
      "aid", "aid", 3, "patriot-sale-european-funded-2026-06-08", a="Colby Reinholt", org="USA TODAY"),
    E("2026-06-08 09:30", "Ukraine says it repelled Russian armored assault near Huliaipole",
      ["Ukrainian forces beat back a Russian attack involving armored vehicles and motorcycles near Huliaipole in the Zaporizhzhia region, the army\u2019s southern command said Monday.",
       "The command said 14 vehicles were destroyed. The claim could not be independently verified."],
      "other", "frontline", 2, "huliaipole-assault-repelled-2026-06-08", a="Tamsin Okafor", org="USA TODAY"),
    E("2026-06-08 07:45", "Fort Bliss air defense battalion returns from Poland deployment",
      ["About 400 soldiers from a Fort Bliss air defense artillery battalion returned to El Paso over the weekend after a nine-month deployment in Poland, the Army said.",
       "The unit operated Patriot batteries protecting a logistics hub near the Ukrainian border that handles Western military aid. Families greeted the soldiers at a ceremony on post Sunday evening."],
      "other", "security", 2, "fort-bliss-battalion-returns-from-poland-2026-06", a="Aurelio Baca", org="El Paso Times"),
    E("2026-06-08 06:20", "Hundreds of drones target Kharkiv overnight; at least 4 dead",
      ["Russia attacked Kharkiv with waves of drones and several guided bombs overnight, killing at least four people and damaging apartment blocks and a school, regional governor Oleh Syniehubov said.",
       "Ukraine\u2019s air force said Russia launched 212 drones and seven missiles across the country, with Kharkiv the main target."],
      "strikes", "strikes", 3, "kharkiv-drone-attack-2026-06-08", a="Tamsin Okafor", org="USA TODAY"),
  ]))

# ---------------------------------------------------------------- 11702 Fort Worth Star-Telegram
SEEDS.append(dict(
  id="11702", name="11702_star-telegram-nationworld", ext="txt", source="Fort Worth Star-Telegram", zone="America/Chicago", render=r_startelegram,
  ref="2026-06-16 17:20", temp=97, title="NATION & WORLD", parse_args=["--date", "2026-06-16"],
  basis="relative stamp '{s}' counted back from the header clock 'Tuesday, June 16 | 5:20 PM' (no year on the page: parse_args --date 2026-06-16, which is a Tuesday; no zone printed, so the outlet's home zone America/Chicago, CDT = UTC-5); local {d} in {z}",
  notes="Imitates a McClatchy section front (Nation & World) on star-telegram.com, captured as text. Newest first. Each card: kicker, headline, summary paragraph(s), then the byline ('By NAME'), the source line ('Associated Press' or 'Fort Worth Star-Telegram') and a RELATIVE time ('35 minutes ago', '2 hours ago') AFTER the body. The only clock is the header widget 'Fort Worth, TX 97°F | Tuesday, June 16 | 5:20 PM'; the capture prints no year anywhere, hence parse_args. Two AP cards are off the war (Chile earthquake, Greek wildfire). The Lockheed card is local news about European fighter orders (other/security).",
  not_entries=["'Skip to Content'", "masthead, Log In / Subscribe", "weather/date/time widget line (used only as the reference clock)", "navigation line",
               "section heading 'NATION & WORLD' (page title)", "kicker lines 'WORLD' / 'BUSINESS' above headlines", "source lines 'Associated Press' / 'Fort Worth Star-Telegram' under the bylines",
               "newsletter sign-up block after the third card", "'LOAD MORE STORIES'", "footer links"],
  entries=[
    B(E("2026-06-16 16:45", "EU adopts sanctions package aimed at Russia\u2019s shadow fleet",
        ["BRUSSELS (AP) \u2014 European Union countries approved a new package of sanctions against Russia on Tuesday, adding more than 100 tankers of Moscow\u2019s so-called shadow fleet to the list of vessels barred from EU ports and services.",
         "The package also targets banks in third countries accused of helping Russia get around earlier restrictions, EU foreign policy chief Kaja Kallas said."],
        "diplomacy", "diplomacy", 3, "eu-sanctions-package-shadow-fleet-2026-06-16", a="Sandrine Moulard"), "By Sandrine Moulard", org="Associated Press"),
    B(OFF("2026-06-16 15:20", "Magnitude 6.4 earthquake shakes central Chile; no major damage reported",
          ["SANTIAGO, Chile (AP) \u2014 A magnitude 6.4 earthquake struck off the coast of central Chile on Tuesday, rattling buildings in Santiago and Valpara\u00edso but causing no serious damage, officials said."],
          "chile-earthquake-2026-06-16", a="Tom\u00e1s Echavarri", n="Chile earthquake"), "By Tom\u00e1s Echavarri", org="Associated Press"),
    B(E("2026-06-16 14:20", "Russian glide bombs kill 4 in Zaporizhzhia, officials say",
        ["KYIV, Ukraine (AP) \u2014 Russian glide bombs hit an industrial area and a residential street in the city of Zaporizhzhia on Tuesday, killing four people and wounding 19, regional governor Ivan Fedorov said.",
         "It was the third deadly strike on the city in a week."],
        "strikes", "strikes", 3, "zaporizhzhia-glide-bomb-strike-2026-06-16", a="Oksana Demchyk"), "By Oksana Demchyk", org="Associated Press"),
    B(E("2026-06-16 12:20", "Lockheed to add third shift at Fort Worth F-35 plant as European orders grow",
        ["Lockheed Martin will add a third production shift at its west Fort Worth plant as European governments step up fighter jet orders in response to the threat from Russia, company officials said Tuesday.",
         "The expansion could bring about 1,200 jobs to the plant over the next two years, the company said."],
        "other", "security", 2, "lockheed-fort-worth-f35-third-shift-2026-06-16", a="Wes Tolliver", kicker="BUSINESS"), "By Wes Tolliver", org="Fort Worth Star-Telegram"),
    B(E("2026-06-16 11:20", "Russia and Ukraine swap 300 prisoners each in UAE-brokered exchange",
        ["KYIV, Ukraine (AP) \u2014 Russia and Ukraine each released 300 prisoners of war on Tuesday in an exchange mediated by the United Arab Emirates, officials from both countries said.",
         "Zelenskyy said some of the freed Ukrainians had been held since the first months of the war. Russia\u2019s Defense Ministry said its returning soldiers were taken to Belarus for medical checks."],
        "diplomacy", "diplomacy", 3, "prisoner-exchange-300-2026-06-16", a="Oksana Demchyk"), "By Oksana Demchyk", org="Associated Press"),
    B(OFF("2026-06-16 09:20", "Wildfire on Greek island forces evacuation of seaside villages",
          ["ATHENS, Greece (AP) \u2014 Greek authorities evacuated several villages and a children\u2019s summer camp on the island of Chios on Tuesday as a wildfire driven by strong winds spread toward the coast."],
          "greece-chios-wildfire-2026-06-16", a="Eleni Stavrou", n="Greek wildfire"), "By Eleni Stavrou", org="Associated Press"),
    B(E("2026-06-16 07:20", "Drone debris sparks fire at fuel depot in Russia\u2019s Bryansk region",
        ["MOSCOW (AP) \u2014 Falling debris from a Ukrainian drone started a fire at a fuel depot in Russia\u2019s Bryansk region overnight, the regional governor said Tuesday.",
         "Russia\u2019s Defense Ministry said air defenses destroyed 41 drones over several regions."],
        "strikes", "strikes", 2, "bryansk-fuel-depot-drone-fire-2026-06-16", a="Sandrine Moulard"), "By Sandrine Moulard", org="Associated Press"),
  ]))

# ---------------------------------------------------------------- 11703 The San Diego Union-Tribune
SEEDS.append(dict(
  id="11703", name="11703_sandiegouniontribune-worldrss", ext="xml", source="The San Diego Union-Tribune", zone="UTC", render=r_sdut_rss,
  title="Nation/World \u2013 San Diego Union-Tribune", url="https://www.sandiegouniontribune.com/news/nation-world/",
  basis="RSS pubDate '{s}' (explicit +0000 offset, UTC); {d} {z}",
  notes="Imitates the WordPress category feed of sandiegouniontribune.com (MediaNews Group). RSS 2.0, newest first; pubDate in GMT with '+0000' and real seconds; dc:creator in CDATA ('Associated Press' for wire copy, a name for staff); several <category> tags; <description> repeats the first paragraph, <content:encoded> holds the full text (body_paragraphs counts content:encoded paragraphs). The channel title contains '&#8211;' (en dash). Two AP items are off the war (Philippine storm, Indian heat wave). page_timezone is UTC because every stamp carries +0000 (the outlet's home zone is America/Los_Angeles).",
  not_entries=["channel title, link, description, lastBuildDate, language, sy:update* and generator elements", "category tags of each item",
               "guid and link elements", "the <description> excerpt (a copy of the first paragraph, not a separate entry)"],
  entries=[
    E("2026-06-19 22:10:37", "Poway drone maker lands Pentagon order for Ukraine-bound aircraft",
      ["A Poway company that builds long-endurance reconnaissance drones has won a $212 million Pentagon order for aircraft that will go to Ukraine\u2019s armed forces, the company said Friday.",
       "The drones are being bought with money from the Ukraine Security Assistance Initiative, which pays American manufacturers for new equipment rather than drawing on existing stockpiles.",
       "Company executives said production would be split between Poway and a plant in Arizona."],
      "aid", "aid", 2, "poway-drone-maker-ukraine-order-2026-06-19", a="Lorena Vidales", cats=["Business", "Military", "Nation/World"]),
    OFF("2026-06-19 19:35:12", "Tropical storm drenches northern Philippines, cutting power to thousands",
        ["MANILA, Philippines \u2014 A tropical storm brought flooding rain to the northern Philippines on Friday, knocking out power to more than 200,000 homes and stranding ferry passengers, officials said."],
        "philippines-tropical-storm-2026-06-19", a="Associated Press", n="Philippine storm", cats=["Nation/World", "Weather"]),
    E("2026-06-19 17:20:48", "IAEA says Zaporizhzhia nuclear plant lost outside power after strike on line",
      ["VIENNA \u2014 The Russian-occupied Zaporizhzhia nuclear power plant lost its last external power line on Friday after a strike damaged a substation, forcing it to rely on diesel generators, the International Atomic Energy Agency said.",
       "Russia and Ukraine blamed each other for the attack. IAEA Director General Rafael Grossi called for a local ceasefire so that repairs could begin."],
      "strikes", "strikes", 2, "zaporizhzhia-npp-power-line-strike-2026-06-19", a="Associated Press", cats=["Nation/World"]),
    E("2026-06-19 14:50:05", "NATO allies pledge $4 billion more for Ukraine\u2019s air defenses",
      ["BRUSSELS \u2014 NATO defense ministers pledged about $4 billion in new funding for Ukraine\u2019s air defenses on Friday, much of it to buy American-made interceptors, Secretary-General Mark Rutte said.",
       "Rutte said the pledges from 14 allies would be presented formally at the alliance\u2019s summit in Ankara next month."],
      "aid", "aid", 3, "nato-ministers-air-defense-pledges-2026-06-19", a="Associated Press", cats=["Military", "Nation/World"]),
    OFF("2026-06-19 12:05:59", "Heat wave in northern India kills dozens as temperatures top 118 degrees",
        ["NEW DELHI \u2014 A prolonged heat wave across northern India has killed at least 38 people this week, health officials said Friday, as temperatures in some cities passed 118 degrees Fahrenheit."],
        "india-heat-wave-2026-06-19", a="Associated Press", n="Indian heat wave", cats=["Nation/World", "Weather"]),
    E("2026-06-19 09:40:21", "Russian missile strike on Sumy kills 6, including a child",
      ["KYIV, Ukraine \u2014 A Russian ballistic missile hit a residential neighborhood in the northeastern city of Sumy on Friday morning, killing six people, including a 9-year-old girl, Ukrainian officials said.",
       "More than 30 people were wounded and several buildings were badly damaged, the regional administration said."],
      "strikes", "strikes", 3, "sumy-missile-strike-2026-06-19", a="Associated Press", cats=["Nation/World"]),
    E("2026-06-19 06:15:44", "Kremlin says Putin would meet Zelenskyy only to sign a final deal",
      ["MOSCOW \u2014 The Kremlin said Friday that President Vladimir Putin would meet Ukrainian President Volodymyr Zelenskyy only to sign a peace agreement already worked out by negotiators, not to hold open-ended talks.",
       "Kremlin spokesman Dmitry Peskov was responding to Zelenskyy\u2019s renewed call for a face-to-face meeting."],
      "diplomacy", "diplomacy", 2, "kremlin-putin-zelenskyy-meeting-conditions-2026-06-19", a="Associated Press", cats=["Nation/World"]),
  ]))

# ---------------------------------------------------------------- 11704 The Press-Enterprise
SEEDS.append(dict(
  id="11704", name="11704_pe-thelatest", ext="html", source="The Press-Enterprise", zone="America/Los_Angeles", render=r_pe, year=2026,
  title="Russia-Ukraine war: Russia fires hundreds of drones overnight as Turkey offers to host talks",
  url="https://www.pe.com/2026/07/02/russia-ukraine-war-drones-turkey-talks/",
  published="2026-07-02 05:40", updated="2026-07-02 15:35",
  lede="The latest on the war in Ukraine, updated through the day.",
  basis="bold time '{s}' printed after each headline, no zone; the page header 'PUBLISHED: July 2, 2026 at 5:40 AM PDT' gives the day and the zone (PDT = UTC-7); local {d} in {z}",
  notes="Imitates an SCNG (MediaNews Group, WordPress) article on pe.com carrying AP's rolling 'latest' format. Oldest first. Each item: h2 headline, then a bold bare time '6:10 a.m.' (no zone, no date), then paragraphs. The only dates: 'PUBLISHED: July 2, 2026 at 5:40 AM PDT | UPDATED: July 2, 2026 at 3:35 PM PDT' and the closing 'Originally Published:' line. Page byline 'By Associated Press' (no per-item byline), used as author of every item. Yoast-style @graph JSON-LD (WebPage, NewsArticle, BreadcrumbList, organization) with page-level times only. Items 01, 02 and 06 are one story (the overnight attack, its tally and its toll).",
  not_entries=["top bar 'Get the latest news delivered daily!'", "logo, Subscribe / Log In, navigation", "breadcrumbs 'News' / 'World News'",
               "page headline (page title)", "byline 'By Associated Press'", "PUBLISHED / UPDATED line", "share links",
               "intro 'The latest on the war in Ukraine, updated through the day.'", "'Related Articles' box with two 'World News |' links",
               "'Originally Published:' line", "footer"],
  entries=[
    E("2026-07-02 06:10", "Russia launches one of its biggest drone attacks of the summer",
      ["KYIV, Ukraine \u2014 Russia fired more than 500 drones and 30 missiles at Ukraine overnight, targeting energy facilities and rail hubs in at least eight regions, Ukrainian officials said Thursday.",
       "Two people were killed in a village in the Kyiv region when a drone hit their home, according to the regional administration."],
      "strikes", "strikes", 3, "russian-mass-drone-missile-attack-2026-07-02", a="Associated Press"),
    E("2026-07-02 07:45", "Ukraine\u2019s air force says most drones were shot down or jammed",
      ["Ukraine\u2019s air force said its units shot down 468 drones and 24 missiles during the overnight attack, while 31 drones were lost to electronic jamming.",
       "Hits were recorded at 14 locations, the air force said, without giving details."],
      "strikes", "strikes", 3, "russian-mass-drone-missile-attack-2026-07-02", a="Associated Press"),
    E("2026-07-02 09:20", "Erdogan says Turkey is ready to host new round of talks in Istanbul",
      ["ISTANBUL \u2014 Turkish President Recep Tayyip Erdogan said Thursday that his country was ready to host new direct talks between Russian and Ukrainian delegations in Istanbul, days before NATO leaders gather in Ankara.",
       "Erdogan said he had discussed the idea by phone with both Putin and Zelenskyy this week."],
      "diplomacy", "diplomacy", 3, "erdogan-offers-istanbul-talks-2026-07-02", a="Associated Press"),
    E("2026-07-02 11:05", "Netherlands to fund Ukrainian-made long-range drones",
      ["THE HAGUE, Netherlands \u2014 The Dutch government said Thursday it would spend 400 million euros ($470 million) on long-range drones built in Ukraine, part of a push by European countries to finance weapons made by Ukrainian companies.",
       "Defense officials said the first deliveries under the contracts were expected before the end of the year."],
      "aid", "aid", 2, "netherlands-funds-ukrainian-long-range-drones-2026-07-02", a="Associated Press"),
    E("2026-07-02 12:50", "Russia says its forces captured two villages in Dnipropetrovsk region",
      ["MOSCOW \u2014 Russia\u2019s Defense Ministry said Thursday that its troops had captured two villages in the eastern part of Ukraine\u2019s Dnipropetrovsk region, an area Russian forces first entered last year.",
       "Ukraine\u2019s military did not comment on the claim but reported 160 clashes along the front line over the past day."],
      "other", "frontline", 2, "russia-claims-dnipropetrovsk-villages-2026-07-02", a="Associated Press"),
    E("2026-07-02 15:30", "Death toll from overnight attack rises to 4 in Kyiv region",
      ["The number of people killed in the overnight Russian attack rose to four after two bodies were found under a collapsed house in the Bila Tserkva district, the Kyiv regional administration said.",
       "The administration said 11 people were wounded across the region."],
      "strikes", "strikes", 3, "russian-mass-drone-missile-attack-2026-07-02", a="Associated Press"),
  ]))

# ---------------------------------------------------------------- 11705 Ventura County Star
SEEDS.append(dict(
  id="11705", name="11705_vcstar-live", ext="txt", source="Ventura County Star", zone="America/Los_Angeles", render=r_vcstar, year=2026,
  title="Russia-Ukraine war live updates: Missile strike on Odesa kills 7; Zelenskyy headed to NATO summit",
  published="2026-06-22 21:02", authors=["Marisol Tenney", "Graham Okuda"],
  lede="Follow live updates on the war in Ukraine after Russian missiles struck a residential area of Odesa.",
  basis="post stamp '{s}' printed before the headline (Pacific time, 'PT' printed; PDT = UTC-7); no date per post: 'Published 9:02 p.m. PT June 22, 2026 | Updated 2:30 p.m. PT June 23, 2026' and the newest-first order put the posts from 1:15 a.m. on June 23 and the two late-evening posts on June 22; local {d} in {z}",
  notes="Imitates a USA TODAY Network (Gannett) live blog on vcstar.com, captured as text. Newest first. Each post: time line '2:30 p.m. PT' BEFORE the headline, then author, 'USA TODAY', body. The page's only dates are in 'Published 9:02 p.m. PT June 22, 2026 | Updated 2:30 p.m. PT June 23, 2026'. The posts cross LOCAL midnight: the two lowest posts (11:40 p.m., 9:10 p.m.) are June 22 local, the rest June 23; in UTC (PDT = UTC-7) all seven fall on 2026-06-23. The 'Watch:' post is a video with no text. Odesa strike: first report 3 dead, later 7.",
  not_entries=["'Skip to main content'", "masthead, Subscribe / Sign In, navigation", "section label 'WORLD'", "page headline (page title)",
               "page byline names and 'USA TODAY'", "'Published ... | Updated ...' line", "intro paragraph 'Follow live updates ...' (page lede)",
               "'USA TODAY' label under each post's author", "newsletter line after the third post", "'Contributing: The Associated Press'", "footer"],
  entries=[
    E("2026-06-23 14:30", "Zelenskyy will attend NATO summit in Ankara, his office says",
      ["President Volodymyr Zelenskyy will travel to Ankara for the NATO summit next month, his office confirmed, ending weeks of speculation over whether he would be invited to the leaders\u2019 main session.",
       "A senior aide said Zelenskyy expected to meet President Donald Trump on the sidelines, though the White House has not confirmed any meeting."],
      "diplomacy", "diplomacy", 2, "zelenskyy-to-attend-ankara-summit-2026-06-23", a="Graham Okuda"),
    E("2026-06-23 12:10", "Odesa death toll rises to 7 as rescuers clear debris",
      ["The death toll from the Russian missile strike on Odesa rose to seven after rescuers found two more bodies in the ruins of a four-story building, regional governor Oleh Kiper said.",
       "At least 28 people were injured, and dozens of cars burned in a courtyard next to the building, Kiper said on Telegram."],
      "strikes", "strikes", 3, "odesa-missile-strike-2026-06-23", a="Marisol Tenney"),
    E("2026-06-23 09:35", "EU leaders to weigh opening first accession talks cluster with Ukraine",
      ["European Union leaders meeting in Brussels later this week are expected to discuss formally opening the first cluster of accession negotiations with Ukraine, according to a draft summit statement.",
       "The step needs the backing of all 27 members, and diplomats said it was still unclear whether every capital would sign off."],
      "diplomacy", "diplomacy", 2, "eu-summit-ukraine-accession-cluster-2026-06", a="Graham Okuda"),
    E("2026-06-23 06:20", "Ukraine says its drones hit an air base in Russia\u2019s Lipetsk region",
      ["Ukraine\u2019s military said its drones struck a Russian air base in the Lipetsk region overnight, hitting a hangar and a fuel storage site.",
       "The regional governor reported a drone attack on an industrial area and said no one was hurt."],
      "strikes", "strikes", 2, "lipetsk-air-base-drone-strike-2026-06-23", a="Marisol Tenney"),
    E("2026-06-23 01:15", "Watch: Firefighters battle flames after missile strike in Odesa", [],
      "strikes", "strikes", 1, "odesa-missile-strike-2026-06-23", a="Marisol Tenney", n="video teaser without text"),
    E("2026-06-22 23:40", "Russia says it pushed back Ukrainian raid in Kursk border area",
      ["Russia\u2019s Defense Ministry said its forces repelled an attempt by Ukrainian troops to cross into the Kursk region near the village of Tetkino.",
       "The ministry said Ukraine lost several armored vehicles. Ukraine\u2019s military has not commented."],
      "other", "frontline", 2, "kursk-border-raid-claim-2026-06-23", a="Graham Okuda"),
    E("2026-06-22 21:10", "Russian missiles slam into Odesa; at least 3 dead, governor says",
      ["Russian ballistic missiles hit a residential area of the Black Sea port city of Odesa on Tuesday morning local time, killing at least three people, regional governor Oleh Kiper said.",
       "Explosions were heard across the city shortly after an air raid alert sounded, and emergency crews were searching a damaged apartment building for survivors."],
      "strikes", "strikes", 3, "odesa-missile-strike-2026-06-23", a="Marisol Tenney"),
  ]))

# ---------------------------------------------------------------- 11706 Santa Cruz Sentinel
SEEDS.append(dict(
  id="11706", name="11706_santacruzsentinel-nationworld", ext="txt", source="Santa Cruz Sentinel", zone="America/Los_Angeles", render=r_santacruz, year=2026,
  title="Nation & World",
  basis="card stamp '{s}' (full date, 12-hour clock and 'PDT' printed; PDT = UTC-7; where a card also prints '| UPDATED: ...', the PUBLISHED time is used); local {d} in {z}",
  notes="Imitates a MediaNews Group (WordPress) category listing on santacruzsentinel.com, captured as text. Newest first. Each card: headline, byline 'By NAME | Associated Press' (or 'By Associated Press'), the stamp line 'PUBLISHED: July 7, 2026 at 3:50 PM PDT', on two cards followed by '| UPDATED: ...' (published time used), then the excerpt. One AP card is off the war (Pacific hurricane). The Rutte card is a separate statement from the summit-opening card (different event: a pledge about the purchase programme).",
  not_entries=["masthead, Subscribe / Log In / e-Edition", "'Trending:' line", "navigation", "section heading 'Nation & World' (page title)",
               "the '| UPDATED: ...' part of two stamp lines", "newsletter sign-up block after the third card", "'Load more'", "footer and copyright"],
  entries=[
    B(E("2026-07-07 15:50", "NATO leaders gather in Ankara with Ukraine support at top of agenda",
        ["ANKARA, Turkey \u2014 NATO leaders opened their annual summit in the Turkish capital on Tuesday, with several allies pressing for a firm multiyear commitment of military support for Ukraine.",
         "Secretary-General Mark Rutte said the alliance would also review progress toward the defense spending targets agreed at last year\u2019s summit in The Hague."],
        "diplomacy", "diplomacy", 3, "nato-ankara-summit-opens-2026-07-07", a="Petra Lindqvist", upd="2026-07-07 16:25"), "By Petra Lindqvist | Associated Press"),
    B(E("2026-07-07 14:15", "Russian drone hits minibus in Kherson, killing 2",
        ["KHERSON, Ukraine \u2014 A Russian drone struck a minibus carrying passengers in the southern city of Kherson on Tuesday, killing two people and wounding five, regional officials said.",
         "Kherson, which sits on the Dnieper River across from Russian-held territory, is hit by drones and artillery almost every day."],
        "strikes", "strikes", 3, "kherson-minibus-drone-strike-2026-07-07", a="Associated Press", upd="2026-07-07 14:40"), "By Associated Press"),
    B(OFF("2026-07-07 12:40", "Hurricane forms off Mexico\u2019s Pacific coast, forecast to strengthen",
          ["MEXICO CITY \u2014 A hurricane formed off Mexico\u2019s southern Pacific coast on Tuesday and was expected to grow stronger over warm water before approaching the beach resorts of Guerrero state, forecasters said."],
          "mexico-pacific-hurricane-2026-07-07", a="Associated Press", n="Pacific hurricane"), "By Associated Press"),
    B(E("2026-07-07 10:05", "Rutte says allies will keep buying American weapons for Ukraine",
        ["ANKARA, Turkey \u2014 NATO Secretary-General Mark Rutte said Tuesday that European allies and Canada would keep paying for American weapons for Ukraine through the alliance\u2019s purchasing program for as long as the war lasts.",
         "Rutte said deliveries under the program had reached about $9 billion since it began."],
        "aid", "aid", 2, "rutte-weapons-purchase-program-pledge-2026-07-07", a="Petra Lindqvist", n="separate statement; not the summit-opening story"), "By Petra Lindqvist | Associated Press"),
    B(E("2026-07-07 07:30", "Ukraine says it shot down a Russian Su-34 bomber over Donetsk region",
        ["KYIV, Ukraine \u2014 Ukraine\u2019s air force said Tuesday that it shot down a Russian Su-34 fighter-bomber over the eastern Donetsk region, the second such claim in a month.",
         "Russia\u2019s Defense Ministry did not comment."],
        "strikes", "strikes", 2, "su34-shot-down-donetsk-2026-07-07", a="Associated Press"), "By Associated Press"),
    B(E("2026-07-07 05:10", "Moscow court sentences former deputy defense minister to 13 years",
        ["MOSCOW \u2014 A Moscow court on Tuesday sentenced a former Russian deputy defense minister to 13 years in prison for taking bribes from contractors building military facilities, the latest in a string of corruption cases against senior defense officials."],
        "other", "politics", 2, "russia-ex-deputy-defense-minister-sentenced-2026-07-07", a="Associated Press"), "By Associated Press"),
  ]))

# ---------------------------------------------------------------- 11707 The Desert Sun
SEEDS.append(dict(
  id="11707", name="11707_desertsun-worldrss", ext="xml", source="The Desert Sun", zone="UTC", render=r_desertsun_rss, year=2026,
  title="The Desert Sun - World", url="https://www.desertsun.com/news/world/",
  basis="RSS pubDate '{s}' (explicit GMT, = UTC); {d} {z}",
  notes="Imitates a Gannett section RSS feed (rssfeeds.desertsun.com style). RSS 2.0, newest first; pubDate in GMT with seconds; one-paragraph <description> in CDATA; no author element, so author is null for every item; media:content images. Two items are off the war (European heat dome, Indonesian earthquake). page_timezone UTC because the stamps are GMT (the outlet's home zone is America/Los_Angeles).",
  not_entries=["channel title, link, atom:link, description, language, copyright, lastBuildDate and ttl", "guid, link and media:content of each item"],
  entries=[
    E("2026-07-10 21:15:08", "Daytime ballistic missile attack on Kyiv kills 5",
      ["Russia fired ballistic missiles at Kyiv in a rare daytime attack on Friday, killing at least five people and damaging an office building and the entrance to a metro station, city officials said."],
      "strikes", "strikes", 3, "kyiv-daytime-missile-attack-2026-07-10"),
    OFF("2026-07-10 19:02:44", "Heat dome breaks temperature records across southern Europe",
        ["Temperature records fell in Spain, Italy and Greece on Friday as a dome of high pressure settled over southern Europe, and authorities in several countries restricted outdoor work during the hottest hours."],
        "southern-europe-heat-dome-2026-07-10", n="European heat"),
    E("2026-07-10 16:40:19", "US and Ukraine sign deal to build drones together",
      ["The United States and Ukraine signed an agreement Friday to jointly produce drones and interceptors, with part of the output going to American forces, officials from both countries said."],
      "aid", "aid", 3, "us-ukraine-drone-coproduction-deal-2026-07-10"),
    E("2026-07-10 13:25:51", "Kremlin calls NATO summit declaration \u2018confrontational\u2019",
      ["The Kremlin on Friday criticized the declaration adopted by NATO leaders in Ankara, saying its language on Ukraine and Russia showed the alliance was not interested in peace."],
      "diplomacy", "diplomacy", 2, "kremlin-criticizes-nato-ankara-declaration-2026-07-10"),
    OFF("2026-07-10 10:50:37", "Strong earthquake strikes off Indonesia\u2019s Sulawesi island",
        ["A magnitude 6.9 earthquake struck off the coast of Indonesia\u2019s Sulawesi island on Friday, damaging houses and prompting a brief tsunami warning, the country\u2019s geophysics agency said."],
        "indonesia-sulawesi-earthquake-2026-07-10", n="Indonesian earthquake"),
    E("2026-07-10 08:05:12", "Ukrainian drones hit refinery in Volgograd, Russian officials say",
      ["A Ukrainian drone attack caused a fire at an oil refinery in the southern Russian city of Volgograd overnight, the regional governor said Friday."],
      "strikes", "strikes", 2, "volgograd-refinery-drone-strike-2026-07-10"),
  ]))

# ---------------------------------------------------------------- 11708 syracuse.com / The Post-Standard
SEEDS.append(dict(
  id="11708", name="11708_syracuse-roundup", ext="html", source="The Post-Standard / syracuse.com", zone="America/New_York", render=r_syracuse, year=2026,
  title="Russian missile kills 8 in Kharkiv apartment block as negotiators meet in Istanbul",
  url="https://www.syracuse.com/nation/2026/07/russian-missile-kills-8-in-kharkiv-apartment-block-as-negotiators-meet-in-istanbul.html",
  published="2026-07-21 06:15", updated="2026-07-21 15:52",
  basis="no per-section time: every section takes the article's 'Published: Jul. 21, 2026, 6:15 a.m.' (no zone printed, so the outlet's home zone America/New_York, EDT = UTC-4; the later 'Updated: ... 3:52 p.m.' time is not used); local {d} in {z}",
  notes="Imitates an Advance Local (Arc XP) article on syracuse.com carrying an AP round-up. Five h2 sections = five entries (headline = subhead, stamp null). The page prints 'Updated: Jul. 21, 2026, 3:52 p.m. | Published: Jul. 21, 2026, 6:15 a.m.' (Updated first, no zone); published = the Published time for every section. Byline 'By The Associated Press', used as author of every section. NewsArticle JSON-LD with datePublished 10:15Z. The first paragraph of section 1 starts with the wire dateline 'KHARKIV, Ukraine (AP) —' (kept in first_sentence).",
  not_entries=["header, logo, 'The Post-Standard' tagline, Subscribe / Sign In, navigation", "section label 'Nation'", "article headline (page title)",
               "byline 'By The Associated Press'", "'Updated: ... | Published: ...' line", "share links and 'Comments (19)'",
               "'Advertisement' slot", "closing tagline 'The Associated Press contributed to this report. ...'",
               "'More from syracuse.com' related links (Ukrainian festival, heat advisory)", "'View Comments (19)' button", "footer disclaimer and copyright"],
  entries=[
    E("2026-07-21 06:15", "Strike on Kharkiv apartment block",
      ["KHARKIV, Ukraine (AP) \u2014 A Russian missile hit an apartment block in Kharkiv before dawn Tuesday, killing eight people and trapping others under the rubble, local officials said.",
       "Mayor Ihor Terekhov said the missile struck the building\u2019s central entrance, bringing down five floors. Rescuers pulled 14 people out alive."],
      "strikes", "strikes", 3, "kharkiv-apartment-missile-strike-2026-07-21", a="The Associated Press"),
    E("2026-07-21 06:15", "Drones over the Moscow region",
      ["Russia\u2019s Defense Ministry said air defenses shot down 56 Ukrainian drones overnight, 19 of them over the Moscow region.",
       "Flights at two Moscow airports were briefly suspended, according to Russia\u2019s civil aviation authority."],
      "strikes", "strikes", 2, "ukrainian-drones-moscow-region-2026-07-21", a="The Associated Press"),
    E("2026-07-21 06:15", "Negotiators meet in Istanbul",
      ["Russian and Ukrainian delegations were due to meet in Istanbul later Tuesday for their first direct talks since the spring, with Turkey\u2019s foreign minister hosting the session.",
       "Ukraine\u2019s delegation is led by Rustem Umerov, secretary of the National Security and Defense Council, officials in Kyiv said."],
      "diplomacy", "diplomacy", 3, "istanbul-talks-2026-07-21", a="The Associated Press"),
    E("2026-07-21 06:15", "Water shortages in front-line towns",
      ["The International Committee of the Red Cross warned that tens of thousands of people in towns near the front line in the Donetsk region were living without running water after repeated strikes on pumping stations.",
       "The aid group said it was trucking drinking water to Druzhkivka and nearby communities."],
      "other", "humanitarian", 2, "icrc-donetsk-water-shortages-2026-07-21", a="The Associated Press", sec=["strikes"]),
    E("2026-07-21 06:15", "Fighting around Kostiantynivka",
      ["Ukraine\u2019s military said its troops were holding positions on the eastern edge of Kostiantynivka despite daily assaults by small groups of Russian infantry.",
       "Russia\u2019s Defense Ministry claimed its forces had advanced in the city\u2019s southern districts. Neither claim could be verified."],
      "other", "frontline", 2, "kostiantynivka-fighting-2026-07-21", a="The Associated Press"),
  ]))

# ---------------------------------------------------------------- 11709 Houma Courier
SEEDS.append(dict(
  id="11709", name="11709_houmatoday-briefs", ext="txt", source="Houma Courier", zone="America/Chicago", render=r_houma, year=2026,
  title="World briefs: Russian strikes kill 5 in Zaporizhzhia region; Dutch fund US weapons for Kyiv",
  published="2026-07-28 05:02",
  basis="no per-brief time: every brief takes the page line 'Published 5:02 a.m. CT July 28, 2026' (CDT = UTC-5); local {d} in {z}",
  notes="Imitates a Gannett 'World briefs' article on houmatoday.com (the Houma Courier), captured as text. One byline 'The Associated Press' (used as author of every brief), one 'Published 5:02 a.m. CT July 28, 2026' line, then six briefs: headline line followed by a paragraph that opens with a wire dateline ('ZAPORIZHZHIA, Ukraine —'), kept in first_sentence. One brief is off the war (Gulf tropical depression). Stamp null for every brief.",
  not_entries=["'Skip to main content'", "masthead, Subscribe / Sign In, navigation", "section label 'WORLD'", "page headline (page title)",
               "byline 'The Associated Press'", "'Published 5:02 a.m. CT July 28, 2026' line", "'Advertisement' marker", "footer and copyright"],
  entries=[
    E("2026-07-28 05:02", "Russian strikes kill 5 in Zaporizhzhia region",
      ["ZAPORIZHZHIA, Ukraine \u2014 Russian drones and artillery killed five people in the Zaporizhzhia region over the past day, including three in a car hit near the town of Orikhiv, regional governor Ivan Fedorov said Tuesday.",
       "Two more people died when a drone struck a market in the regional capital, Fedorov said."],
      "strikes", "strikes", 3, "zaporizhzhia-region-strikes-2026-07-28", a="The Associated Press"),
    E("2026-07-28 05:02", "Dutch fund US weapons for Ukraine",
      ["THE HAGUE, Netherlands \u2014 The Dutch government approved 500 million euros ($585 million) to buy American weapons for Ukraine, including air defense missiles, through NATO\u2019s joint purchasing program.",
       "The Dutch defense ministry said the money would be released in two tranches."],
      "aid", "aid", 3, "netherlands-us-weapons-funding-2026-07-28", a="The Associated Press"),
    OFF("2026-07-28 05:02", "Tropical depression forms in southern Gulf",
        ["MIAMI \u2014 A tropical depression formed in the southern Gulf on Monday night and could become a tropical storm before reaching the coast of Mexico, the National Hurricane Center said."],
        "gulf-tropical-depression-2026-07-27", a="The Associated Press", n="Gulf tropical depression"),
    E("2026-07-28 05:02", "Zelenskyy names new navy commander",
      ["KYIV, Ukraine \u2014 President Volodymyr Zelenskyy appointed a new commander of Ukraine\u2019s navy, replacing the officer who had led it since 2021, according to a decree published Monday night.",
       "The outgoing commander was moved to a post on the General Staff, the decree said."],
      "other", "politics", 2, "ukraine-new-navy-commander-2026-07-27", a="The Associated Press"),
    E("2026-07-28 05:02", "Drones disrupt flights at Moscow airports",
      ["MOSCOW \u2014 Ukrainian drone attacks forced Moscow\u2019s Sheremetyevo and Vnukovo airports to halt flights for several hours overnight, stranding thousands of passengers, Russian aviation officials said.",
       "Moscow Mayor Sergei Sobyanin said 23 drones heading for the capital were shot down."],
      "strikes", "strikes", 2, "moscow-airports-drone-disruption-2026-07-28", a="The Associated Press"),
    E("2026-07-28 05:02", "Poland charges two in sabotage plot",
      ["WARSAW, Poland \u2014 Polish prosecutors charged two men with planning to set fire to a logistics warehouse that handles aid for Ukraine, saying they had been recruited by Russian intelligence through a messaging app."],
      "other", "security", 2, "poland-sabotage-charges-2026-07-28", a="The Associated Press"),
  ]))

# ================================================================ PART B: three multi-source days (invented outlets)
# ---------------------------------------------------------------- Day 1: 2026-08-04
KREM = "kremenchuk-missile-strike-2026-08-04"
IRIS = "germany-iris-t-pledge-2026-08-04"
ANK = "sybiha-ankara-black-sea-talks-2026-08-04"
BAL = "analysis-ballistic-missile-threat-2026-08"
BAL_H = "Analysis: Why ballistic missiles remain Ukraine\u2019s hardest threat"
BAL_P = ["Last night\u2019s strike on Kremenchuk was another reminder that ballistic missiles are the weapon Ukraine\u2019s air defences find hardest to stop.",
         "Cruise missiles and drones can be tracked and shot down by a wide range of systems, from mobile machine-gun crews to fighter jets. Ballistic missiles come down at several times the speed of sound, leaving only the Patriot and a handful of European systems with a realistic chance of hitting them.",
         "Ukrainian officials say Russia has modified its Iskander missiles to change course in the final seconds of flight, which makes interceptions harder still. Each engagement can also use two or more interceptors that cost several million dollars apiece.",
         "Kyiv\u2019s allies have promised more systems, but interceptor production remains slow and Ukraine competes for it with other customers."]
KREM5_H = "Kremenchuk toll rises to five; bus depot and homes destroyed"
KREM5_P1 = "The number of people killed in the morning strike on Kremenchuk has risen to five, the regional military administration said."

SEEDS.append(dict(
  id="11720", name="11720_greyburn-textlive", ext="txt", source="Greyburn Chronicle", zone="Europe/London", render=r_greyburn,
  title="Ukraine war live: Kremenchuk missile strike kills nine; Germany pledges more air defence", dateline="Tuesday 4 August 2026",
  lede="Russian missiles hit the central Ukrainian city of Kremenchuk overnight, while Germany promised two more IRIS-T systems. Follow the day\u2019s developments here.",
  basis="stamp '{s}' on the line after the headline (UK time, 'BST' printed; BST = UTC+1); date from the page line 'Tuesday 4 August 2026'; local {d} in {z}",
  notes="Invented London outlet. Text live blog, newest first. A 'Key Points' block at the top lists three entry headlines (key_point true for those). Each entry: headline line, then '21:40 BST · NAME' (stamp after the headline, author fused on the same line), then paragraphs. The 'Watch:' entry has a stamp but no author and no text. The analysis (11720-03) is a theme piece about ballistic missiles that mentions Kremenchuk but is its own story; it is re-posted verbatim on day 2 by the Hollowvale Tribune (11732-02).",
  not_entries=["masthead and navigation line", "'LIVE' label", "page title line", "date line 'Tuesday 4 August 2026'", "lede paragraph",
               "'Key Points' header and its three bullet lines (they repeat entry headlines)", "'Latest updates' label",
               "newsletter promo line after the third entry", "'Show earlier updates'", "footer line"],
  entries=[
    E("2026-08-04 21:40", "Kremenchuk death toll rises to nine as search ends",
      ["Nine people were killed in the overnight Russian missile strike on Kremenchuk, Ukraine\u2019s emergency service said on Tuesday evening as rescuers ended their search of the damaged buildings.",
       "The service said 41 people had been injured, 12 of whom remain in hospital. Among the dead were a teenage boy and two workers at a bus depot.",
       "City authorities declared Wednesday a day of mourning."],
      "strikes", "strikes", 3, KREM, a="Ellis Varden", kp=True),
    E("2026-08-04 19:15", "Germany pledges two more IRIS-T systems for Ukraine",
      ["Germany will send Ukraine two more IRIS-T air-defence systems before the end of the year, the defence minister, Boris Pistorius, said during a visit to Odesa.",
       "Pistorius said Berlin would also pay for additional missiles for the systems already in service, without giving a figure."],
      "aid", "aid", 3, IRIS, a="Ellis Varden", kp=True),
    E("2026-08-04 17:05", BAL_H, BAL_P, "strikes", "strikes", 2, BAL, a="Priya Hallam",
      n="theme piece (analysis): mentions the Kremenchuk strike but is its own story; must not merge with the Kremenchuk strike"),
    E("2026-08-04 14:30", "Watch: Rescue crews search the rubble in Kremenchuk", [], "strikes", "strikes", 1, KREM, n="video teaser without text"),
    E("2026-08-04 11:50", "Zelensky condemns \u2018cynical\u2019 strike on Kremenchuk",
      ["President Volodymyr Zelensky said Russia had deliberately aimed at residential streets in Kremenchuk, calling the overnight strike cynical and cruel.",
       "In a video address he said four ballistic missiles had been fired at the city and that Ukraine\u2019s partners knew exactly which air-defence systems could have stopped them."],
      "strikes", "strikes", 3, KREM, a="Ellis Varden", sec=["aid"], n="reaction whose content is the attack itself: same story"),
    E("2026-08-04 09:20", "Drone hits gas facility in Poltava region\u2019s Myrhorod district",
      ["A Russian drone struck a gas production site in the Myrhorod district of the Poltava region early on Tuesday, starting a fire that was put out by mid-morning, the regional administration said.",
       "No one was hurt, and gas supplies to nearby villages were not affected, the operator said."],
      "strikes", "strikes", 2, "myrhorod-gas-facility-drone-strike-2026-08-04", a="Priya Hallam",
      n="must not merge with the Kremenchuk missile strike: same region and night, separate drone attack on another target"),
    E("2026-08-04 06:10", "Russian missiles strike Kremenchuk overnight, killing at least three",
      ["At least three people were killed and more than 20 injured when Russian missiles hit Kremenchuk in central Ukraine overnight, regional officials said.",
       "The strike damaged a bus depot, two apartment blocks and a row of shops near the city centre. Kremenchuk, home to one of Ukraine\u2019s largest oil refineries, has been a frequent target."],
      "strikes", "strikes", 3, KREM, a="Ellis Varden", kp=True),
  ]))

SEEDS.append(dict(
  id="11721", name="11721_dnistrova-ldlive", ext="html", source="Dnistrova Gazette", zone="Europe/Kyiv", render=r_dnistrova,
  title="Kremenchuk strike, German air-defence pledge: live updates", dateline="4 August 2026",
  url="https://dnistrova-gazette.example/live/2026-08-04",
  lede="Our newsroom follows the war through the day. All times are Kyiv time.",
  basis="visible '<time>{s}</time>' (Kyiv time per the lead line; the JSON-LD update datePublished carries +03:00 and agrees); date from the dateline '4 August 2026'; local {d} in {z}",
  notes="Invented Kyiv outlet. HTML live blog, oldest first. LiveBlogPosting JSON-LD with one BlogPosting per update, each with its own datePublished (+03:00), author and articleBody. Visible bare time '05:40' in <time datetime>, h2 headline, author line. 11721-06 re-publishes 11721-03 almost verbatim (same headline and first paragraph, one changed figure in the second paragraph): duplicate_of 11721-03, importance 1. 11721-07 (Saratov refinery) is a Ukrainian strike on Russia: must not merge with Kremenchuk.",
  not_entries=["brand and navigation", "page headline (page title)", "dateline '4 August 2026'", "lead 'Our newsroom follows the war ... All times are Kyiv time.'",
               "'Copy link' tools under each update", "'Read more' box (air-defence map link)", "'The live page continues tomorrow.'", "footer"],
  entries=[
    E("2026-08-04 05:40", "Explosions in Kremenchuk as Russia fires ballistic missiles",
      ["A series of explosions hit Kremenchuk shortly after 4am as Russia fired ballistic missiles at the city, local officials said, reporting at least two dead.",
       "The mayor urged residents to stay in shelters because a second wave of drones was heading towards the Poltava region."],
      "strikes", "strikes", 3, KREM, a="Yaryna Hordiienko"),
    E("2026-08-04 08:15", "Russia claims capture of Stepove in Zaporizhzhia region",
      ["Russia\u2019s defence ministry claimed on Tuesday that its forces had captured the village of Stepove in the Zaporizhzhia region.",
       "Ukraine\u2019s southern command said fighting was continuing on the village\u2019s outskirts and called the claim premature."],
      "other", "frontline", 2, "stepove-capture-claim-2026-08-04", a="Taras Melnychuk"),
    E("2026-08-04 10:30", KREM5_H,
      [KREM5_P1, "Twenty-six people were injured. A bus depot, two apartment blocks and a row of shops were destroyed or badly damaged, and gas supply to part of the city was cut."],
      "strikes", "strikes", 3, KREM, a="Yaryna Hordiienko"),
    E("2026-08-04 13:45", "Sybiha in Ankara for talks on Black Sea shipping",
      ["Foreign Minister Andrii Sybiha arrived in Ankara for talks with his Turkish counterpart, Hakan Fidan, on the safety of commercial shipping in the Black Sea.",
       "Sybiha said Ukraine wanted Turkey\u2019s help to secure guarantees for grain vessels after a series of Russian attacks on ports in the Odesa region."],
      "diplomacy", "diplomacy", 3, ANK, a="Taras Melnychuk"),
    E("2026-08-04 16:20", "Pistorius: Germany to send two more IRIS-T systems",
      ["German Defence Minister Boris Pistorius, visiting Odesa, said Berlin would deliver two more IRIS-T air-defence systems to Ukraine this year.",
       "It is the latest in a series of German pledges; Ukraine already operates more than a dozen IRIS-T batteries of different types."],
      "aid", "aid", 3, IRIS, a="Taras Melnychuk"),
    E("2026-08-04 18:05", KREM5_H,
      [KREM5_P1, "Twenty-seven people were injured. A bus depot, two apartment blocks and a row of shops were destroyed or badly damaged, and gas supply to part of the city was cut."],
      "strikes", "strikes", 1, KREM, a="Yaryna Hordiienko", dup="11721-03", n="near-verbatim re-publication of 11721-03 on the same page"),
    E("2026-08-04 22:15", "Ukrainian drones target oil refinery in Russia\u2019s Saratov region",
      ["Ukrainian drones attacked an oil refinery in the Russian city of Saratov late on Tuesday, according to residents\u2019 videos and the regional governor, who reported a fire at an industrial site.",
       "Ukraine\u2019s general staff has not yet commented."],
      "strikes", "strikes", 2, "saratov-refinery-drone-attack-2026-08-04", a="Yaryna Hordiienko",
      n="must not merge with the Kremenchuk strike: refinery theme, opposite direction, other event"),
  ]))

SEEDS.append(dict(
  id="11722", name="11722_tidemark-worldrss", ext="xml", source="Tidemark World Service", zone="UTC", render=r_worldrss, rfc="GMT",
  title="Tidemark World Service \u2014 World", url="https://tidemark-world.example", guid="tidemark-ws",
  lede="Top international stories from the Tidemark World Service desk.",
  basis="RSS pubDate '{s}' (GMT = UTC); {d} {z}",
  notes="Invented general world feed (RSS 2.0, GMT pubDates, CDATA paragraphs, no authors). The war is a minority: 2 of 6 items (Kremenchug toll, spelled with -g, and Sybiha's Ankara talks); the other four are off-beat (cocoa prices, Portuguese wildfires, typhoon in Japan, Chilean copper strike).",
  not_entries=["channel title, link, description and language", "category, guid and link elements of each item"],
  entries=[
    OFF("2026-08-04 19:20:00", "Ghana raises farm-gate cocoa price for new season",
        ["Ghana\u2019s cocoa regulator raised the price it pays farmers by nearly a fifth for the coming season, hoping to curb smuggling to neighbouring countries."],
        "ghana-cocoa-price-2026-08-04", n="cocoa prices", cat="Africa"),
    E("2026-08-04 16:30:00", "Kremenchug toll reaches seven after Russian missile strike",
      ["Seven people have died after Russian missiles struck the central Ukrainian city of Kremenchug overnight, officials said.",
       "Dozens were injured, and a bus depot and several apartment blocks were badly damaged."],
      "strikes", "strikes", 3, KREM, cat="Europe"),
    OFF("2026-08-04 14:05:00", "Portugal battles wildfires as temperatures top 44C",
        ["More than 1,500 firefighters were battling blazes in central Portugal as temperatures climbed above 44C, and several motorways were closed."],
        "portugal-wildfires-2026-08-04", n="Portuguese wildfires", cat="Europe"),
    E("2026-08-04 11:40:00", "Ukraine\u2019s foreign minister seeks Turkish help on Black Sea shipping",
      ["Ukraine\u2019s foreign minister, Andrii Sybiha, held talks in Ankara with Turkey\u2019s Hakan Fidan on protecting merchant ships in the Black Sea."],
      "diplomacy", "diplomacy", 3, ANK, cat="Europe"),
    OFF("2026-08-04 08:15:00", "Typhoon forces flight cancellations in southern Japan",
        ["Airlines cancelled more than 300 flights to and from Okinawa and Kyushu as a typhoon approached with gusts of up to 180km/h."],
        "japan-typhoon-2026-08-04", n="typhoon in Japan", cat="Asia"),
    OFF("2026-08-04 05:50:00", "Chilean copper miners extend strike at major pit",
        ["Workers at one of Chile\u2019s largest copper mines voted to extend their strike into a third week after talks on a new wage deal broke down."],
        "chile-copper-strike-2026-08-04", n="Chilean copper strike", cat="Americas"),
  ]))

SEEDS.append(dict(
  id="11723", name="11723_elsterwald-article", ext="txt", source="Elsterwald Review", zone="Europe/Berlin", render=r_article,
  title="Russia strikes Kremenchuk as Berlin promises more air defence",
  lede="Tuesday\u2019s key developments in Russia\u2019s war against Ukraine, summarised by our Europe desk.",
  byline="Henrike Saalfeld", dateline="4 August 2026, 15:45 CEST", more="More on the war in Ukraine: our daily briefing and background pieces.",
  basis="no per-section time: every section takes the article dateline '4 August 2026, 15:45 CEST' (CEST = UTC+2); local {d} in {z}",
  notes="Invented Berlin outlet writing in English. Article with three section headings, each one entry (headline = heading, stamp null, published = the dateline time). The byline 'By Henrike Saalfeld' is the author of all three. Section 1 spells the city Kremenchuk and gives the German form Krementschuk.",
  not_entries=["masthead and breadcrumb line", "article title (page title)", "standfirst 'Tuesday's key developments ...'", "byline line", "dateline line",
               "share line", "closing 'More on the war in Ukraine ...' line", "footer"],
  entries=[
    E("2026-08-04 15:45", "Deadly strike in central Ukraine",
      ["Russian ballistic missiles killed seven people in the central Ukrainian city of Kremenchuk (Krementschuk in German) early on Tuesday, according to Ukraine\u2019s emergency service.",
       "The city of about 200,000 lies on the Dnipro river and is home to a large oil refinery that Russia has attacked repeatedly. This time the missiles hit a bus depot and residential buildings, officials said."],
      "strikes", "strikes", 3, KREM, a="Henrike Saalfeld"),
    E("2026-08-04 15:45", "Pistorius promises two more IRIS-T units",
      ["Defence Minister Boris Pistorius used a visit to Odesa to announce that Germany would supply two further IRIS-T air-defence systems to Ukraine by the end of the year.",
       "The systems are built by Diehl Defence, which has expanded production at its plants in southern Germany since the start of the full-scale invasion."],
      "aid", "aid", 3, IRIS, a="Henrike Saalfeld"),
    E("2026-08-04 15:45", "Black Sea shipping on the agenda in Ankara",
      ["Ukraine\u2019s foreign minister Andrii Sybiha met his Turkish counterpart Hakan Fidan in Ankara on Tuesday to discuss guarantees for merchant ships in the Black Sea.",
       "Turkey controls access to the sea through the Bosphorus and has mediated between Moscow and Kyiv before."],
      "diplomacy", "diplomacy", 3, ANK, a="Henrike Saalfeld"),
  ]))

# ---------------------------------------------------------------- Day 2: 2026-08-05
LVIV = "lviv-drone-missile-attack-2026-08-05"
LVIV1_H = "Russia pounds Lviv in overnight attack"
LVIV1_P1 = "Russian drones and cruise missiles hit the western Ukrainian city of Lviv overnight, killing three people and wounding about two dozen, Ukrainian officials said."

SEEDS.append(dict(
  id="11730", name="11730_wexhallow-htmllive", ext="html", source="Wexhallow Post", zone="Europe/Warsaw", render=r_wexhallow,
  title="War in Ukraine: Russian strike on Lviv kills four \u2013 live", dateline="Wednesday, 5 August 2026",
  tznote="All times are Warsaw time (CEST).",
  lede="Russia attacked Lviv, 70km from the Polish border, with drones and missiles overnight. We follow the aftermath and the reaction in Poland.",
  basis="bare '{s}' in the item meta after the headline; zone from the printed note 'All times are Warsaw time (CEST)' (UTC+2); date from 'Wednesday, 5 August 2026'; local {d} in {z}",
  notes="Invented Warsaw outlet (English). HTML live blog, newest first, no JSON-LD. Each item: h2 headline, then a meta line with author and a bare '17:50' time, then paragraphs. The zone is given only by the printed note. The Photos item is a gallery with no text. Spellings: Lviv and the Polish Lwów. 11730-03 (Rzeszów air-defence extension) is Poland's own decision that only mentions the overnight scramble: must not merge with the Lviv attack. 11730-04 continues day 1's Kremenchuk story with a new development (tenth death, day of mourning).",
  not_entries=["cookie banner", "logo and navigation", "page headline (page title)", "date line", "time-zone note 'All times are Warsaw time (CEST).'", "lead paragraph",
               "gallery placeholder '[Gallery: 12 photos]'", "'Also read' box (Rzeszów explainer link)", "link 'Live coverage from 4 August'", "footer"],
  entries=[
    E("2026-08-05 21:30", "Lviv death toll rises to four; city declares mourning",
      ["A fourth person has died in hospital after the overnight Russian attack on Lviv (Lw\u00f3w), the city\u2019s mayor, Andriy Sadovyi, said.",
       "Lviv will observe a day of mourning on Thursday. Sadovyi said more than 60 buildings had been damaged, including a 19th-century tenement in the old town."],
      "strikes", "strikes", 3, LVIV, a="Zofia K\u0119dzierska"),
    E("2026-08-05 18:40", "Photos: Damage in Lviv\u2019s historic centre", [], "strikes", "strikes", 1, LVIV, n="photo teaser without text"),
    E("2026-08-05 16:10", "Poland extends Patriot deployment at Rzesz\u00f3w logistics hub",
      ["Poland will keep Patriot batteries and allied fighter jets on guard at Rzesz\u00f3w-Jasionka airport for at least another six months, the defence ministry said.",
       "The airport is the main hub for Western military aid to Ukraine. Polish and allied aircraft were scrambled overnight as Russia attacked western Ukraine, the operational command said."],
      "other", "security", 2, "poland-rzeszow-air-defence-extension-2026-08-05", a="Marek Olszowy",
      n="must not merge with the Lviv attack: Poland's own deployment decision; only mentions the overnight scramble"),
    E("2026-08-05 13:25", "Kremenchuk holds day of mourning as death toll reaches ten",
      ["Kremenchuk held a day of mourning on Wednesday as the death toll from Tuesday\u2019s Russian missile strike rose to ten, after a woman died of her injuries in hospital.",
       "Funerals for several of the victims took place in the city, regional officials said."],
      "strikes", "strikes", 3, KREM, a="Zofia K\u0119dzierska", n="day-2 continuation of the day-1 Kremenchuk story with a new development (tenth death, mourning)"),
    E("2026-08-05 10:05", "Lviv: three dead after Russian drones and missiles hit the city",
      ["Three people were killed and 25 injured when Russian drones and cruise missiles struck Lviv overnight, Ukrainian officials said.",
       "Residential buildings in the city centre and an industrial site on the outskirts were hit. Lw\u00f3w, as the city is known in Polish, lies about 70km from the border."],
      "strikes", "strikes", 3, LVIV, a="Marek Olszowy"),
    E("2026-08-05 06:20", "Russia attacks Lviv overnight; mayor reports casualties",
      ["Russia attacked Lviv in western Ukraine with drones and missiles overnight, and at least two people were killed, Mayor Andriy Sadovyi said.",
       "Explosions were heard in the city for more than an hour, and air-raid sirens sounded across western Ukraine."],
      "strikes", "strikes", 3, LVIV, a="Zofia K\u0119dzierska"),
  ]))

SEEDS.append(dict(
  id="11731", name="11731_mirrowby-atom", ext="xml", source="Mirrowby Standard", zone="Europe/Kyiv", render=r_atom,
  title="Mirrowby Standard \u2014 War", url="https://mirrowby-standard.example/war", tag="mirrowby-standard.example",
  lede="Reporting from Ukraine by the Mirrowby Standard.",
  basis="Atom <published> '{s}' (explicit +03:00 offset, Kyiv summer time); local {d} in {z}",
  notes="Invented Kyiv outlet, Atom feed about the war only, newest first, <published> with +03:00, <author> per entry, escaped HTML content. 11731-01 is Zelensky's appeal for Patriot deliveries, made in his nightly address: its own story (an appeal for air defence), must not merge with the Lviv attack. 11731-03 continues the day-1 Kremenchuk story (tenth death, burials).",
  not_entries=["feed title, subtitle, links, id and updated elements", "entry id, link and updated elements"],
  entries=[
    E("2026-08-05 22:40", "Zelensky urges partners to speed up Patriot deliveries",
      ["President Volodymyr Zelensky urged Ukraine\u2019s partners to speed up deliveries of Patriot interceptors, saying Russia was building up its stock of ballistic missiles faster than Ukraine was receiving the means to stop them.",
       "In his nightly address he said Kyiv had sent allies a list of the systems it needed before winter, and that several contracts agreed in the spring had still not been fulfilled."],
      "aid", "aid", 2, "zelensky-patriot-deliveries-appeal-2026-08-05", a="Solomiia Kravets", sec=["diplomacy"],
      n="must not merge with the Lviv attack: an appeal for air defence is its own story (same theme as the senators' letter 11732-06, also separate)"),
    E("2026-08-05 19:10", "Lviv toll rises to four as woman dies in hospital",
      ["A woman injured in the overnight Russian strike on Lviv has died in hospital, bringing the death toll to four, the regional governor said.",
       "Lviv regional governor Maksym Kozytskyi said 28 people were wounded in the attack, which damaged more than 60 buildings."],
      "strikes", "strikes", 3, LVIV, a="Solomiia Kravets"),
    E("2026-08-05 15:30", "Kremenchuk buries its dead as toll climbs to ten",
      ["Kremenchuk buried several victims of Tuesday\u2019s Russian missile strike on Wednesday, a day of mourning in the city, as officials said the number of dead had reached ten.",
       "A 67-year-old woman who had been pulled from the rubble of a shop died overnight in hospital, the city council said."],
      "strikes", "strikes", 3, KREM, a="Ihor Balanchuk", n="day-2 continuation of the day-1 Kremenchuk story"),
    E("2026-08-05 11:45", "General staff: strike hit ammunition depot in occupied Donetsk region",
      ["Ukraine\u2019s general staff said its forces had struck a Russian ammunition depot near occupied Ilovaisk in the Donetsk region, setting off secondary explosions.",
       "Russian-installed officials reported a fire at an industrial site but no casualties."],
      "strikes", "strikes", 2, "ilovaisk-ammunition-depot-strike-2026-08-05", a="Ihor Balanchuk"),
    E("2026-08-05 08:05", "Russia targets Lviv with drones and cruise missiles; three dead",
      ["Russia struck Lviv with drones and cruise missiles overnight, killing three people and damaging homes in the city centre, the regional governor said.",
       "The air force said Russia launched 120 drones and 14 cruise missiles in the attack, most of them aimed at western regions."],
      "strikes", "strikes", 3, LVIV, a="Solomiia Kravets"),
  ]))

SEEDS.append(dict(
  id="11732", name="11732_hollowvale-textlive", ext="txt", source="Hollowvale Tribune", zone="America/New_York", render=r_hollowvale,
  title="Russia-Ukraine war: Lviv hit by deadly overnight attack \u2014 live updates", dateline="Wednesday, August 5, 2026",
  lede="Russian drones and missiles struck the western city of Lviv. Here is the latest, with updates through the day.",
  basis="stamp '{s}' on the line after the headline (Eastern time, 'EDT' printed; UTC-4); date from the page line 'Wednesday, August 5, 2026'; local {d} in {z}",
  notes="Invented US outlet. Text live blog, oldest first. Each entry: headline, then 'Posted 6:40 a.m. EDT', paragraphs, then a signature line '— NAME' (author). 11732-02 is a verbatim re-post of day-1 entry 11720-03 (the Greyburn Chronicle analysis, same headline and text, signed '— Priya Hallam, Greyburn Chronicle'): importance 1, same story slug, duplicate_of null (duplicates are defined within one seed). 11732-03 is a theme piece that mentions the Lviv attack but is its own story. 11732-05 re-publishes 11732-01 almost verbatim (duplicate_of 11732-01). 11732-07 (Lutsk substation) is a separate strike in the same western region: must not merge with Lviv.",
  not_entries=["masthead and navigation line", "page title line", "date line", "lede paragraph", "signature lines '— NAME' (author, not body)", "'ADVERTISEMENT'",
               "'This page is no longer being updated.'", "footer line"],
  entries=[
    E("2026-08-05 06:40", LVIV1_H,
      [LVIV1_P1, "Lviv, near the Polish border, has been attacked less often than cities in the east, but strikes on the region have become more frequent this year."],
      "strikes", "strikes", 3, LVIV, a="Rhea Castellano", sig="Rhea Castellano"),
    E("2026-08-05 08:15", BAL_H, BAL_P, "strikes", "strikes", 1, BAL, a="Priya Hallam", sig="Priya Hallam, Greyburn Chronicle",
      n="re-post of day-1 entry 11720-03 (syndicated verbatim from the Greyburn Chronicle): importance 1, same story"),
    E("2026-08-05 10:30", "Analysis: Western Ukraine\u2019s sense of safety is wearing thin",
      ["For much of the war, cities in western Ukraine such as Lviv, Lutsk and Uzhhorod were seen as places of relative safety, where families from the east could settle and businesses could relocate.",
       "That perception has faded over the past year. Russia has repeatedly struck energy sites and railway junctions near the Polish border, and last night\u2019s attack on Lviv was the deadliest in the city for months.",
       "Local officials say the number of people moving west from front-line regions has not fallen, but more residents are asking about shelters and backup generators."],
      "other", "humanitarian", 2, "analysis-western-ukraine-safety-2026-08", a="Owen Mbatha", sig="Owen Mbatha", sec=["strikes"],
      n="theme piece (analysis): mentions the Lviv attack but is its own story; must not merge with the Lviv attack"),
    E("2026-08-05 12:05", "Kremenchuk mourns as death toll reaches 10",
      ["The central Ukrainian city of Kremenchuk held a day of mourning Wednesday for the 10 people killed in a Russian missile strike the day before.",
       "Officials said 12 people remained in hospital, two of them in serious condition."],
      "strikes", "strikes", 3, KREM, a="Rhea Castellano", sig="Rhea Castellano", n="day-2 continuation of the day-1 Kremenchuk story"),
    E("2026-08-05 13:50", LVIV1_H,
      [LVIV1_P1, "Lviv, near the Polish border, has been attacked less often than cities in the east, but strikes on the region have grown more frequent this year."],
      "strikes", "strikes", 1, LVIV, a="Rhea Castellano", sig="Rhea Castellano", dup="11732-01", n="near-verbatim re-publication of 11732-01 on the same page"),
    E("2026-08-05 15:20", "Senators urge White House to speed Patriot deliveries to Ukraine",
      ["A bipartisan group of 11 senators urged the Trump administration to speed up deliveries of Patriot interceptors to Ukraine, saying in a letter that delays were costing civilian lives.",
       "The senators asked the Pentagon to report within 30 days on how many interceptors had been delivered under contracts paid for by European allies."],
      "aid", "aid", 2, "senators-letter-patriot-deliveries-2026-08-05", a="Owen Mbatha", sig="Owen Mbatha",
      n="same air-defence theme as Zelensky's appeal (11731-01) but a separate statement: must not merge"),
    E("2026-08-05 17:45", "Drone strike damages substation near Lutsk",
      ["A Russian drone hit an electrical substation on the outskirts of Lutsk in northwestern Ukraine, causing power outages in several districts, the regional administration said.",
       "No injuries were reported. Engineers expected to restore supply by Thursday morning."],
      "strikes", "strikes", 2, "lutsk-substation-drone-strike-2026-08-05", a="Rhea Castellano", sig="Rhea Castellano",
      n="must not merge with the Lviv attack: same western region, a separate later strike"),
  ]))

SEEDS.append(dict(
  id="11733", name="11733_lakeshore-worldrss", ext="xml", source="Lakeshore Wireline", zone="America/Toronto", render=r_worldrss, rfc="offset",
  title="Lakeshore Wireline: World", url="https://lakeshore-wireline.example", guid="lakeshore-wl",
  lede="World news from the Lakeshore Wireline desk in Toronto.",
  basis="RSS pubDate '{s}' (explicit -0400 offset, Toronto summer time); local {d} in {z}",
  notes="Invented Toronto wire, general world feed (RSS 2.0, -0400 pubDates, no authors). The war is a minority: 2 of 6 items (the Lviv toll, spelled L'viv, and Canadian drone funding); four items are off-beat (Ontario wildfire, Mexico City floods, Italian air traffic strike, Toronto heat warning).",
  not_entries=["channel title, link, description and language", "category, guid and link elements of each item"],
  entries=[
    E("2026-08-05 17:50:00", "Death toll in Russian strike on L\u2019viv rises to four",
      ["The death toll from Russia\u2019s overnight attack on the western Ukrainian city of L\u2019viv has risen to four, regional officials said Wednesday."],
      "strikes", "strikes", 3, LVIV, cat="World"),
    OFF("2026-08-05 15:35:00", "Northern Ontario wildfire forces evacuation of First Nation community",
        ["Hundreds of residents of a First Nation community in northwestern Ontario were being flown to Thunder Bay on Wednesday as a wildfire burned within a few kilometres of their homes."],
        "ontario-first-nation-wildfire-evacuation-2026-08-05", n="Ontario wildfire", cat="Canada"),
    E("2026-08-05 13:10:00", "Canada to fund drone production in Ukraine",
      ["Canada will spend $150 million to help Ukrainian companies build drones and electronic-warfare equipment, the federal government said Wednesday."],
      "aid", "aid", 2, "canada-ukraine-drone-funding-2026-08-05", cat="Canada"),
    OFF("2026-08-05 11:20:00", "Flash floods swamp neighbourhoods in Mexico City",
        ["Torrential afternoon rain flooded streets and metro stations in eastern Mexico City, and authorities opened shelters for about 2,000 people."],
        "mexico-city-floods-2026-08-05", n="Mexico City floods", cat="World"),
    OFF("2026-08-05 09:05:00", "Air traffic controllers\u2019 strike grounds flights across Italy",
        ["Hundreds of flights were cancelled at Italian airports as air traffic controllers staged a 24-hour strike over staffing levels."],
        "italy-air-traffic-strike-2026-08-05", n="Italian air traffic strike", cat="World"),
    OFF("2026-08-05 07:00:00", "Toronto heat warning extended as temperatures near 35C",
        ["Environment Canada extended its heat warning for Toronto through Friday, with humidex values expected to reach the mid-40s."],
        "toronto-heat-warning-2026-08-05", n="Toronto heat", cat="Canada"),
  ]))

# ---------------------------------------------------------------- Day 3: 2026-08-12
NOV = "novorossiysk-drone-attack-2026-08-12"
SWAP = "prisoner-exchange-146-2026-08-12"
ODP = "odesa-port-drone-attack-2026-08-12"
NOV1_H = "Drones strike Novorossiysk oil terminal and a tanker"
NOV1_P1 = "Ukrainian sea and air drones attacked Russia\u2019s Black Sea port of Novorossiysk overnight, setting fire to the Sheskharis oil terminal and damaging a tanker, Russian officials and local residents said."

SEEDS.append(dict(
  id="11740", name="11740_quarrymede-worldatom", ext="xml", source="Quarrymede World Desk", zone="UTC", render=r_atom,
  title="Quarrymede World Desk", url="https://quarrymede.example/world", tag="quarrymede.example",
  lede="The world in brief, updated around the clock.",
  basis="Atom <published> '{s}' (Z = UTC); {d} {z}",
  notes="Invented general world feed (Atom, Z timestamps, escaped HTML content, authors on some entries). The war is a minority: 2 of 6 entries (Novorossiysk exports halted; the 146-for-146 prisoner exchange); four are off-beat (Pakistan floods, Iceland eruption, Argentine inflation, New Zealand snowstorm).",
  not_entries=["feed title, subtitle, links, id and updated elements", "entry id, link and updated elements"],
  entries=[
    OFF("2026-08-12 19:40:00", "Floods in Pakistan\u2019s Punjab displace thousands",
        ["Monsoon floods have forced more than 30,000 people from their homes in Pakistan\u2019s Punjab province, disaster officials said, as rivers burst their banks near Lahore."],
        "pakistan-punjab-floods-2026-08-12", a="Imogen Thackeray", n="Pakistan floods"),
    E("2026-08-12 17:15:00", "Ukraine and Russia swap 146 prisoners each",
      ["Ukraine and Russia exchanged 146 prisoners of war each on Wednesday in a swap brokered by the United Arab Emirates, both sides said."],
      "diplomacy", "diplomacy", 3, SWAP, a="Callum Rees"),
    OFF("2026-08-12 14:30:00", "Volcano erupts again on Iceland\u2019s Reykjanes peninsula",
        ["A volcanic fissure opened again near Grindav\u00edk on Iceland\u2019s Reykjanes peninsula, and the nearby Blue Lagoon spa was evacuated as a precaution."],
        "iceland-reykjanes-eruption-2026-08-12", n="Iceland eruption"),
    E("2026-08-12 11:05:00", "Novorossiysk oil exports halted after Ukrainian drone strike",
      ["Oil loadings at Russia\u2019s Black Sea port of Novorossiysk were suspended on Wednesday after Ukrainian sea and air drones attacked the Sheskharis terminal overnight, two industry sources said.",
       "A tanker moored at the terminal was damaged, and a fire burned for several hours."],
      "strikes", "strikes", 3, NOV, a="Callum Rees"),
    OFF("2026-08-12 08:20:00", "Argentina\u2019s monthly inflation slows for a third month",
        ["Consumer prices in Argentina rose at their slowest monthly pace in more than a year in July, the national statistics agency said."],
        "argentina-inflation-2026-08-12", n="Argentine inflation"),
    OFF("2026-08-12 05:45:00", "Snowstorm cuts power to thousands on New Zealand\u2019s South Island",
        ["Heavy snow closed mountain passes and cut electricity to about 12,000 homes in Canterbury and Otago, New Zealand\u2019s lines companies said."],
        "new-zealand-snowstorm-2026-08-12", a="Imogen Thackeray", n="New Zealand snowstorm"),
  ]))

SEEDS.append(dict(
  id="11741", name="11741_brayholt-textlive", ext="txt", source="Brayholt Courier", zone="Europe/Kyiv", render=r_brayholt,
  title="Novorossiysk burns after drone attack \u2013 live", dateline="Wednesday 12 August", tznote="All times are Kyiv time.",
  byline="Mariia Ostapenko", parse_args=["--date", "2026-08-12"],
  lede="Ukraine\u2019s sea and air drones struck Russia\u2019s main Black Sea oil port overnight. Follow the day with us.",
  basis="stamp '{s}' (24-hour clock with a dot) before the headline; zone from the printed note 'All times are Kyiv time.' (EEST = UTC+3); the page names no year ('Wednesday 12 August'): parse_args --date 2026-08-12, a Wednesday; local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first. Each entry: a time line '08.50' (dot separator) BEFORE the headline, then paragraphs; one page byline ('By Mariia Ostapenko'), used as author of every entry. No year is printed anywhere (date line 'Wednesday 12 August'), hence parse_args. 11741-02 re-publishes 11741-01 almost verbatim (duplicate_of 11741-01). The 'Video:' entry has no text. 11741-05 (Odesa port) is a Russian strike on a Ukrainian port: must not merge with Novorossiysk. 11741-06 is an explainer (theme piece) that mentions Novorossiysk but is its own story. Spellings on this page: Novorossiysk and Novorossiisk.",
  not_entries=["masthead and navigation line", "page title line", "date line 'Wednesday 12 August'", "time-zone note", "byline line", "lede paragraph",
               "membership appeal after the third entry", "'Live coverage resumes tomorrow morning.'", "footer line"],
  entries=[
    E("2026-08-12 08:50", NOV1_H,
      [NOV1_P1, "The city\u2019s mayor declared a state of emergency and said two people had been injured."],
      "strikes", "strikes", 3, NOV, a="Mariia Ostapenko"),
    E("2026-08-12 10:15", NOV1_H,
      [NOV1_P1, "The city\u2019s mayor declared a local state of emergency and said two people had been injured."],
      "strikes", "strikes", 1, NOV, a="Mariia Ostapenko", dup="11741-01", n="near-verbatim re-publication of 11741-01 on the same page"),
    E("2026-08-12 11:05", "Kremlin: Novorossiysk attack will not go unanswered",
      ["Kremlin spokesman Dmitry Peskov said the attack on Novorossiysk was an act of terrorism against civilian infrastructure and would not go unanswered.",
       "He said President Vladimir Putin had been briefed on the damage overnight."],
      "strikes", "strikes", 3, NOV, a="Mariia Ostapenko", sec=["diplomacy"], n="reaction whose content is the attack itself: same story"),
    E("2026-08-12 13:20", "Video: Smoke over Novorossiysk after drone attack", [], "strikes", "strikes", 1, NOV, a="Mariia Ostapenko", n="video teaser without text"),
    E("2026-08-12 16:00", "Russian drones hit Odesa port warehouses, two injured",
      ["Russian drones struck port warehouses in Odesa in the afternoon, injuring two workers and destroying a store of sunflower oil, regional governor Oleh Kiper said.",
       "It was the second attack on the city\u2019s port facilities this week."],
      "strikes", "strikes", 3, ODP, a="Mariia Ostapenko", n="must not merge with the Novorossiysk attack: a port strike in the opposite direction"),
    E("2026-08-12 18:35", "Explainer: How sea drones reshaped the war in the Black Sea",
      ["The overnight attack on Novorossiysk is the latest in a long campaign of Ukrainian strikes on Russia\u2019s naval and oil infrastructure using unmanned surface vessels.",
       "Ukraine, which has almost no conventional navy, began using explosive-laden sea drones early in the full-scale war. Since then they have damaged or sunk a string of Russian warships and pushed the Black Sea Fleet to move most of its vessels from Sevastopol to Novorossiysk.",
       "Newer models carry their own aerial drones or missiles, and some have been used to shoot down Russian helicopters.",
       "Russia has answered with booms, patrol boats and gun positions along the coast, but the attacks have not stopped."],
      "strikes", "strikes", 2, "explainer-sea-drones-black-sea-2026-08", a="Mariia Ostapenko",
      n="theme piece (explainer): mentions the Novorossiysk attack but is its own story; must not merge with it"),
    E("2026-08-12 21:10", "Novorossiisk terminal resumes partial loading, operator says",
      ["The Sheskharis oil terminal in Novorossiisk resumed loading at one of its three berths on Wednesday evening, the pipeline operator said, about 16 hours after Ukrainian drones set the site on fire.",
       "The operator did not say when the other berths would reopen. Two tankers were waiting offshore, according to ship-tracking data."],
      "strikes", "strikes", 3, NOV, a="Mariia Ostapenko"),
  ]))

SEEDS.append(dict(
  id="11742", name="11742_pinfold-rss", ext="xml", source="Pinfold Wire", zone="Europe/Bucharest", render=r_worldrss, rfc="offset",
  title="Pinfold Wire \u2014 Black Sea & Ukraine", url="https://pinfold-wire.example", guid="pinfold",
  lede="Wire reports on the Black Sea region and the war in Ukraine, from our Bucharest desk.",
  basis="RSS pubDate '{s}' (explicit +0300 offset, Bucharest summer time); local {d} in {z}",
  notes="Invented Bucharest wire, RSS 2.0 with +0300 pubDates and dc:creator. Newest first. Spelling Novorossiisk. 11742-06 (drone fragments found in Romania after an overnight attack on the Danube ports) is not the Odesa port strike: must not merge. 11742-04 (EU fertiliser tariffs) is a sanctions-type measure (diplomacy).",
  not_entries=["channel title, link, description and language", "category, guid and link elements of each item"],
  entries=[
    E("2026-08-12 20:30:00", "Russia says it downed 31 Ukrainian drones near Novorossiisk",
      ["Russia\u2019s defence ministry said on Wednesday that its forces had destroyed 31 aerial drones and nine unmanned boats that attacked the Novorossiisk area overnight.",
       "It did not mention the damage at the oil terminal, which local authorities reported earlier."],
      "strikes", "strikes", 3, NOV, a="Radu Vasilescu", cat="Russia"),
    E("2026-08-12 17:45:00", "Ukraine and Russia exchange 146 prisoners each",
      ["Ukraine and Russia carried out a prisoner exchange on Wednesday, each side releasing 146 captured servicemen, in a deal mediated by the United Arab Emirates.",
       "Ukraine\u2019s coordination headquarters for prisoners of war said some of those freed had been captured in Mariupol in 2022."],
      "diplomacy", "diplomacy", 3, SWAP, a="Ana-Maria Popescu", cat="Ukraine"),
    E("2026-08-12 15:10:00", "Odesa port hit by Russian drones; two workers injured",
      ["Russian drones struck warehouses at the port of Odesa on Wednesday, injuring two workers, Ukrainian regional officials said."],
      "strikes", "strikes", 3, ODP, a="Radu Vasilescu", cat="Ukraine"),
    E("2026-08-12 12:25:00", "EU proposes higher tariffs on Russian fertilisers",
      ["The European Commission proposed on Wednesday to raise tariffs on fertilisers imported from Russia and Belarus, aiming to cut revenue that helps fund Moscow\u2019s war."],
      "diplomacy", "diplomacy", 2, "eu-russian-fertiliser-tariffs-2026-08-12", a="Ana-Maria Popescu", cat="EU"),
    E("2026-08-12 09:40:00", "Novorossiisk oil terminal ablaze after sea drone attack",
      ["A fire broke out at the Sheskharis oil terminal in Novorossiisk after Ukrainian sea drones attacked the port before dawn, the regional emergency headquarters said.",
       "Two people were injured, it said."],
      "strikes", "strikes", 3, NOV, a="Radu Vasilescu", cat="Russia"),
    E("2026-08-12 07:15:00", "Romania finds drone fragments near Danube border",
      ["Romania\u2019s defence ministry said fragments of a drone were found near the village of Plauru, across the Danube from the Ukrainian port of Izmail, after a Russian attack on Ukrainian river ports overnight.",
       "No one was hurt, the ministry said."],
      "other", "security", 2, "romania-drone-fragments-plauru-2026-08-12", a="Ana-Maria Popescu", cat="Romania",
      n="must not merge with the Odesa port attack: an earlier, separate attack on the Danube ports"),
  ]))

SEEDS.append(dict(
  id="11743", name="11743_glenmorrow-htmllive", ext="html", source="Glenmorrow Journal", zone="Europe/Dublin", render=r_glenmorrow,
  title="Ukraine war: Drone attack on Novorossiysk halts Russian oil loadings; 146 prisoners freed", dateline="Wednesday 12 August 2026",
  url="https://glenmorrow-journal.example/live/world/2026/08/12/ukraine-war-novorossiysk",
  lede="Our live coverage of the war in Ukraine. Times shown are Irish time.",
  basis="visible '<time>{s}</time>' ('IST' printed: Irish summer time, UTC+1); date from the page line 'Wednesday 12 August 2026' (the JSON-LD updates carry only the page-level time); local {d} in {z}",
  notes="Invented Dublin outlet. HTML live blog, newest first. JSON-LD @graph with an @type ARRAY ['NewsArticle', 'LiveBlogPosting'] whose liveBlogUpdate items repeat the PAGE headline and the page's datePublished (no per-update time or headline), so times and headlines must come from the visible blocks: '<time datetime>20:50 IST</time>', h3 headline, byline paragraph, text.",
  not_entries=["header and navigation", "page headline (page title)", "date line", "standfirst 'Our live coverage ... Irish time.'", "newsletter promo after the second block", "footer"],
  entries=[
    E("2026-08-12 20:50", "Satellite images show scorched berth at Novorossiysk terminal",
      ["Satellite images taken on Wednesday afternoon show burn marks across one of the berths at the Sheskharis terminal in Novorossiysk and a damaged loading arm, analysts at a Dublin-based research group said.",
       "The images also show at least two tankers anchored offshore, waiting to load."],
      "strikes", "strikes", 3, NOV, a="Orla Kinsella"),
    E("2026-08-12 17:30", "Prisoner swap brings 146 Ukrainian soldiers home",
      ["Ukraine and Russia exchanged 146 prisoners each on Wednesday, President Volodymyr Zelensky said, thanking the United Arab Emirates for mediating.",
       "Among those released were soldiers captured during the defence of Mariupol, he said."],
      "diplomacy", "diplomacy", 3, SWAP, a="Cathal Brannigan"),
    E("2026-08-12 14:05", "Ireland pledges \u20ac20m for repairs to Ukraine\u2019s energy grid",
      ["The Government will give \u20ac20 million to a fund that repairs Ukrainian power plants and substations damaged by Russian attacks, the Minister for Foreign Affairs announced.",
       "The money will go to the Ukraine Energy Support Fund, which buys transformers and other equipment ahead of the winter."],
      "aid", "aid", 2, "ireland-energy-support-fund-pledge-2026-08-12", a="Cathal Brannigan"),
    E("2026-08-12 11:40", "Russian troops advance near Kupiansk, monitoring group says",
      ["Russian forces have advanced on the northern outskirts of Kupiansk in the Kharkiv region, according to a Ukrainian open-source group that tracks the front line.",
       "Ukraine\u2019s military said it was counter-attacking in the area."],
      "other", "frontline", 2, "kupiansk-advance-2026-08-12", a="Orla Kinsella"),
    E("2026-08-12 08:15", "Ukraine claims strike on Novorossiysk naval base and oil terminal",
      ["Ukraine\u2019s navy said on Wednesday that its sea drones had struck targets at Novorossiysk, the port that now hosts most of Russia\u2019s Black Sea Fleet, and that an oil terminal was on fire.",
       "Russian officials said at least a dozen drones had been shot down but acknowledged damage at the port."],
      "strikes", "strikes", 3, NOV, a="Orla Kinsella"),
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
                         "published_local": d.strftime("%Y-%m-%d %H:%M:%S ") + S["zone"],
                         "published_basis": S["basis"].format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M:%S"), z=S["zone"]),
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

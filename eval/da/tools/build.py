#!/usr/bin/env python3
"""Builds the eval/da seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented or paraphrased, no copied sentences);
Part A imitates the page layouts of ten real outlets, Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/da/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=""):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
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
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first (page order)"


def rfc822(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + d.strftime("%z")


# ================================================================ Part A renderers (layouts of real outlets)

def r_oklahoman(S):
    """The Oklahoman (Gannett / USA TODAY Network) live blog, HTML. Newest first; headline, then author + 'h:mm a.m. CT'
    (no date per post); the only dates are in the page's 'Published ... | Updated ...' line; crosses local midnight."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    pub = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
          "datePublished": pub.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": pub.isoformat(),
          "author": [{"@type": "Person", "name": n} for n in S["authors"]],
          "publisher": {"@type": "NewsMediaOrganization", "name": "The Oklahoman", "url": "https://www.oklahoman.com"}}
    pl = f"Published {ampm(pub, space=' ', dots=True)} CT {MONTHS[pub.month - 1]} {pub.day}, {pub.year}"
    ul = f"Updated {ampm(last, space=' ', dots=True)} CT {MONTHS[last.month - 1]} {last.day}, {last.year}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<meta property="og:site_name" content="The Oklahoman">', f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="gnt_pr">',
           '<div class="gnt_tb">Hi, what are you looking for? <a href="/search/">Search</a></div>',
           '<header class="gnt_n"><a class="gnt_n_logo" href="/" aria-label="The Oklahoman logo">The Oklahoman</a>'
           '<nav class="gnt_n_mn"><a href="/news/">News</a><a href="/sports/">Sports</a><a href="/sports/college/sooners/">OU</a>'
           '<a href="/sports/college/cowboys/">OSU</a><a href="/sports/nba/thunder/">Thunder</a><a href="/entertainment/">Things to Do</a>'
           '<a href="/opinion/">Opinion</a><a href="https://www.legacy.com/us/obituaries/oklahoman/">Obituaries</a>'
           '<a href="https://eoklahoman.oklahoman.com/">eNewspaper</a><a href="/legal-notices/">Legals</a></nav>'
           '<a class="gnt_n_us" href="/subscribe/">Subscribe</a> <a class="gnt_n_us" href="/login/">Sign In</a></header>',
           '<main class="gnt_cw"><article class="gnt_pr">',
           '<div class="gnt_ar_lbl"><a href="/news/world/">WORLD</a></div>',
           f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           '<div class="gnt_ar_by">' + " ".join(f'<a class="gnt_ar_by_a" href="/staff/{i + 3301}/">{esc(n)}</a>' for i, n in enumerate(S["authors"]))
           + '<div class="gnt_ar_by_o">USA TODAY</div></div>',
           f'<div class="gnt_ar_dt" aria-label="{pl} | {ul}">{pl} | {ul}</div>',
           '<div class="gnt_ss"><button>Facebook</button> <button>Email</button> <button>X</button> <button>Share</button></div>',
           f'<p class="gnt_ar_b_p">{esc(S["lede"])}</p>', '<div class="gnt_lb">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} CT"; stamps.append(st)
        out.append(f'<article class="gnt_lb_p" id="post-{9120 - i}"><h2 class="gnt_lb_hl">{esc(e["h"])}</h2>')
        out.append(f'<div class="gnt_lb_meta"><span class="gnt_lb_au">{esc(e["a"])}</span> <span class="gnt_lb_org">USA TODAY</span> '
                   f'<span class="gnt_lb_ts">{st}</span></div>')
        if e["p"]:
            out += [f'<p class="gnt_lb_b_p">{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<figure class="gnt_em_vp"><div class="gnt_em_vp_c">Video player: 1:12</div></figure>')
        out.append('</article>')
        if i == 2:
            out.append('<aside class="gnt_nl"><p>Get the latest world news in your inbox.</p><p>Sign up for the Daily Briefing newsletter.</p>'
                       '<input type="email" placeholder="Enter email address"> <button>Sign Up</button></aside>')
    out += ['</div>', f'<p class="gnt_ar_b_p"><em>{esc(S["contrib"])}</em></p>', '</article>',
            '<aside class="gnt_rr"><h3>Most Popular</h3><ul><li><a href="/story/news/2024/07/06/okc-heat-advisory/">Heat advisory extended across central Oklahoma</a></li>'
            '<li><a href="/story/sports/2024/07/06/thunder-summer-league/">Thunder summer league roster takes shape</a></li></ul></aside></main>',
            '<footer class="gnt_f"><a href="/about/">About Us</a> <a href="/newsletters/">Newsletters</a> <a href="/help/">Help Center</a> '
            '<a href="/privacy/">Privacy Policy</a> <a href="/terms/">Terms of Service</a> <a href="/privacy-choices/">Your Privacy Choices</a>'
            '<p>© 2024 www.oklahoman.com. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_lawton(S):
    """The Lawton Constitution (TownNews BLOX site) 'AP World' section front, text scrape. Cards: headline, AP byline in
    capitals, BLOX relative time ('38 min ago', '2 hrs ago'), summary. The only clock is the header date/time line."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = ["Skip to main content", "Site search", "Search", "", "The Lawton Constitution",
         f"{DAYS_EN[ref.weekday()]}, {MONTHS[ref.month - 1]} {ref.day}, {ref.year} {ampm(ref, space=' ')}", "",
         "Lawton, OK (73501)", "Today", "Partly cloudy this afternoon with storms possible overnight. High 81F. Winds SSE at 15 to 25 mph.", "",
         "Subscribe", "Sign Up", "Log In", "e-Edition", "",
         "News   Sports   Obituaries   Opinion   Military   Entertainment   Classifieds   Legals   e-Edition   Contact Us", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} min ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hr ago" if mins == 60 else f"{mins // 60} hrs ago"
        stamps.append(st)
        L += [e["h"], e["byline"], st, ""] + ptxt(e["p"])
        if i == 3:
            L += ["Breaking News Alerts", "Get the latest breaking news in your inbox as it happens. Sign up", ""]
    L += ["Load more", "", "Most Popular", "Lawton council approves budget amendment for water plant", "Fort Sill welcomes new garrison commander", "",
          "© 2024 The Lawton Constitution", "Powered by BLOX Content Management System from TownNews.com.", "Terms of Use | Privacy Policy"]
    return "\n".join(L) + "\n", stamps


def r_blox_rss(S):
    """The Norman Transcript (BLOX) section RSS 2.0: pubDate with the local offset (-0600 in winter), summary-only
    description, dc:creator 'By NAME Associated Press', enclosure image."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{esc(S["url"])}</link>',
           f'<atom:link href="{attr(S["url"])}" rel="self" type="application/rss+xml" />',
           f'<description>{esc(S["title"])}</description>', '<generator>TownNews.com Dynamic Site Engine</generator>',
           '<docs>http://www.rssboard.org/rss-specification</docs>', '<ttl>30</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        uid = f"{0x5a3c0f00 + i * 7919:08x}-{i + 17:04x}-11ee-9b{i}c-{0x3f1b2c9d4e5f + i:012x}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<description>{esc(" ".join(e["p"]))}</description>',
                f'<pubDate>{st}</pubDate>', f'<guid isPermaLink="false">http://www.normantranscript.com/news/world/article_{uid}.html</guid>',
                f'<link>https://www.normantranscript.com/news/world/article_{uid}.html</link>',
                f'<dc:creator>{esc(e["byline"])}</dc:creator>',
                f'<enclosure url="https://bloximages.chicago2.vip.townnews.com/normantranscript.com/content/tncms/assets/v3/editorial/{uid[:1]}/{uid[1:3]}/{uid}/image.sized-1000x1000.jpg" length="{180000 + i * 4321}" type="image/jpeg" />',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_adg(S):
    """Arkansas Democrat-Gazette (arkansasonline.com, WEHCO) World section, text scrape. 'by AUTHOR | Today at 3:48 p.m.'
    under each headline; older items 'Yesterday at ...'. No date or year anywhere on the captured page."""
    z = S["zone"]; order_check(S, True); today = datetime.strptime(S["today"], "%Y-%m-%d").date()
    L = ["Skip to main content", "", "Arkansas Democrat-Gazette", "Subscribe Now", "Sign In", "",
         "Latest   Arkansas   Sports   Business   Opinion   Obituaries   Religion   Style   Photos   Newsletters   Puzzles   e-Edition", "",
         "We use cookies to personalize content and to analyze our traffic. Read our privacy policy. Accept", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        word = "Today" if d.date() == today else ("Yesterday" if d.date() == today - timedelta(days=1) else None)
        assert word, e["t"]
        st = f"{word} at {ampm(d, space=' ', dots=True)}"; stamps.append(st)
        L += [e["h"], f"by {e['byline']} | {st}", ""] + ptxt(e["p"]) + [f"Comments ({e.get('cc', 0)})", ""]
        if i == 2:
            L += ["Advertisement", "", "Sign up for our free Newsletters", "Subscribe", ""]
    L += ["Load more"]
    return "\n".join(L) + "\n", stamps


def r_nwadg(S):
    """NWA Democrat-Gazette (nwaonline.com, WEHCO) 'World in brief' round-up, text scrape: one page byline
    'Compiled by ... | July 25, 2024 at 2:09 a.m.', then briefs (headline + dateline 'CITY -- ' paragraphs), 'Print Headline:'."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    L = ["Skip to main content", "", "NWA Democrat-Gazette", "Subscribe", "Sign in", "",
         "Latest   NWA   Arkansas   Sports   Razorbacks   Opinion   Obituaries   Newsletters   e-Edition", "", "WORLD", "",
         S["title"], "", f"{S['byline']} | {MONTHS[d0.month - 1]} {d0.day}, {d0.year} at {ampm(d0, space=' ', dots=True)}", "",
         "Follow", "", S["caption"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Advertisement", ""]
    L += [f"Print Headline: {S['print_headline']}", "", "Sponsor Content", "", f"Comments on: {S['title']}", "",
          "To join the conversation, please log in. Not a subscriber? Subscribe now.", "", "Copyright © 2024, NWA Democrat-Gazette, Inc. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_blox_atom(S):
    """The Jonesboro Sun (BLOX) section Atom feed: <published> with the local offset, <author><name>By NAME Associated
    Press</name>, HTML summary escaped once."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">',
           f'<title>{esc(S["title"])}</title>', f'<id>{esc(S["url"])}</id>', f'<link rel="self" href="{attr(S["url"])}" />',
           f'<updated>{last.isoformat()}</updated>', '<generator uri="https://www.townnews.com">TownNews.com Dynamic Site Engine</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        uid = f"{0x7c21e400 + i * 104729:08x}-9e{i}f-11ef-a1{i}d-{0x0b4d6a1f2c3e + i * 31:012x}"
        link = f"https://www.jonesborosun.com/news/world/article_{uid}.html"
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<id>{link}</id>', f'<link rel="alternate" type="text/html" href="{link}" />',
                f'<published>{st}</published>', f'<updated>{st}</updated>', f'<author><name>{esc(e["byline"])}</name></author>',
                '<summary type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</summary>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_hotsr(S):
    """The Sentinel-Record (hotsr.com, WEHCO) World listing, HTML. Headline, then 'by AUTHOR | June 9, 2024 at 4:55 p.m.'
    (no zone), summary, comment count. JSON-LD is only WebPage/BreadcrumbList."""
    z = S["zone"]; order_check(S, True)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": "https://www.hotsr.com/news/world/", "name": "World", "isPartOf": {"@id": "https://www.hotsr.com/#website"}},
        {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "News", "item": "https://www.hotsr.com/news/"},
                                                        {"@type": "ListItem", "position": 2, "name": "World", "item": "https://www.hotsr.com/news/world/"}]}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Hot Springs Sentinel Record</title>',
           '<script type="application/ld+json">' + json.dumps(ld) + '</script></head><body>',
           '<header class="site-header"><a class="logo" href="/">The Sentinel-Record</a> <span class="tagline">Hot Springs, Arkansas</span>'
           '<nav><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/obituaries/">Obituaries</a> <a href="/opinion/">Opinion</a> '
           '<a href="/style/">Style</a> <a href="/photos/">Photos</a> <a href="/newsletters/">Newsletters</a> <a href="/e-edition/">e-Edition</a></nav>'
           '<a class="btn" href="/subscribe/">Subscribe</a> <a class="btn" href="/login/">Sign in</a></header>',
           f'<main><h1 class="section-title">{esc(S["title"])}</h1>', '<div class="story-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} at {ampm(d, space=' ', dots=True)}"; stamps.append(st)
        link = f"/news/{d.year}/{SHORT_MONTHS[d.month - 1].lower()}/{d.day:02d}/{re.sub(r'[^a-z0-9]+', '-', e['h'].lower()).strip('-')[:48]}/"
        out.append(f'<article class="story-card"><h2 class="story-card__title"><a href="{link}">{esc(e["h"])}</a></h2>')
        out.append(f'<p class="story-card__byline">by {esc(e["byline"])} | {st}</p>')
        out += [f'<p class="story-card__summary">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<a class="story-card__comments" href="{link}#comments">Comments ({e.get("cc", 0)})</a></article>')
        if i == 2:
            out.append('<div class="ad-slot">Advertisement</div>')
    out += ['</div><a class="load-more" href="?page=2">Load more</a></main>',
            '<aside><h3>Latest Local News</h3><a href="/news/local/">Garland County quorum court approves jail funding</a></aside>',
            '<footer>Copyright © 2024, Hot Springs Sentinel Record. All rights reserved. <a href="/privacy/">Privacy Policy</a> '
            '<a href="/terms/">Terms of Use</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_pbc(S):
    """Pine Bluff Commercial (pbcommercial.com, WEHCO) 'at a glance' article, HTML with NewsArticle JSON-LD: page byline and
    'by The Associated Press | August 28, 2024 at 6:05 p.m.', h2 sections with bullet lists. Bullets have no headline and no time."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
          "dateModified": d0.isoformat(), "author": {"@type": "Organization", "name": S["byline"]},
          "publisher": {"@type": "Organization", "name": "Pine Bluff Commercial"}, "articleSection": "World"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Pine Bluff Commercial</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="logo" href="/">Pine Bluff Commercial</a><nav><a href="/news/">News</a> <a href="/sports/">Sports</a> '
           '<a href="/obituaries/">Obituaries</a> <a href="/opinion/">Opinion</a> <a href="/newsletters/">Newsletters</a></nav>'
           '<a href="/subscribe/">Subscribe</a> <a href="/login/">Sign in</a></header>',
           '<main><article><p class="kicker">WORLD</p>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="byline">by {esc(S["byline"])} | {MONTHS[d0.month - 1]} {d0.day}, {d0.year} at {ampm(d0, space=" ", dots=True)}</p>',
           '<div class="share"><a>Share on Facebook</a> <a>Share on X</a> <a>Email</a> <a>Print</a></div>',
           f'<figure><figcaption>{esc(S["caption"])}</figcaption></figure>', f'<p class="intro">{esc(S["lede"])}</p>']
    cur = None
    for e in S["entries"]:
        if e["sect"] != cur:
            if cur is not None:
                out.append('</ul>')
            cur = e["sect"]; out.append(f'<h2>{esc(cur)}</h2><ul>')
        out.append('<li>' + " ".join(esc(p) for p in e["p"]) + '</li>')
    out += ['</ul>', '<div class="newsletter">Get the Pine Bluff Commercial newsletter in your inbox. <a>Sign up</a></div>',
            '<section class="related"><h3>More headlines</h3><a href="/news/local/">Jefferson County jail renovation bids opened</a></section>',
            '</article></main><footer>Copyright © 2024, Pine Bluff Commercial. All rights reserved.</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_swtimes(S):
    """Southwest Times Record (swtimes.com, Gannett) timeline article, text scrape. Page byline + 'Published ... CT Feb. 11, 2024';
    oldest first; each item is a 'Saturday, 6:25 p.m.' line followed by text, no headlines."""
    z = S["zone"]; order_check(S, False); pub = dt(S["published"], z)
    L = ["Skip to main content", "", "Southwest Times Record", "Subscribe", "Sign In", "",
         "Home   News   Sports   Razorbacks   Things to Do   Opinion   Obituaries   eNewspaper   Legals", "", "WORLD", "",
         S["title"], "", S["byline"], "USA TODAY", "",
         f"Published {ampm(pub, space=' ', dots=True)} CT {AP_MONTHS[pub.month - 1]} {pub.day}, {pub.year}", "",
         "Share", "Facebook  Email  X", "", S["lede"], "", S["howto"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{DAYS_EN[d.weekday()]}, {ampm(d, space=' ', dots=True)}"; stamps.append(st)
        L += [st, ""] + ptxt(e["p"])
        if i == 3:
            L += ["Advertisement", "", f"More: {S['more']}", ""]
    L += [S["contrib"], "", "Get the latest news in your inbox. Sign up for the newsletter.", "",
          "About Us  Newsletters  Help Center  Privacy Policy  Terms of Service  Your Privacy Choices", "© 2024 www.swtimes.com. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_mercury(S):
    """The Manhattan Mercury (themercury.com, BLOX) live article, HTML with BLOX NewsArticle JSON-LD. Key Points box,
    oldest first, bare 'h:mm a.m.' per post (Central time implied), headline after the time, one page byline."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(),
          "publisher": {"@type": "Organization", "name": "The Manhattan Mercury"}, "articleSection": "National & World News"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | National &amp; World News | themercury.com</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header id="site-header"><a href="/" class="logo">The Manhattan Mercury</a><nav><a href="/news/">News</a> <a href="/sports/">Sports</a> '
           '<a href="/kstate/">K-State</a> <a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> <a href="/public_notices/">Public Notices</a> '
           '<a href="/eedition/">e-Edition</a></nav><a href="/users/login/">Log In</a> <a href="/subscribe/">Subscribe</a></header>',
           '<main><div class="asset-header">', f'<h1 class="headline"><span>{esc(S["title"])}</span></h1>',
           '<ul class="list-inline"><li><span class="asset-byline">' + esc(S["byline"]) + '</span></li>'
           f'<li><time datetime="{first.isoformat()}">{SHORT_MONTHS[first.month - 1]} {first.day}, {first.year}</time></li>'
           f'<li>Updated <time datetime="{last.isoformat()}">{SHORT_MONTHS[last.month - 1]} {last.day}, {last.year}</time></li></ul></div>',
           '<div class="share-container">Facebook Twitter WhatsApp SMS Email Print Copy article link Save</div>',
           f'<p class="lede">{esc(S["lede"])}</p>', '<div class="key-points"><h2>Key Points</h2><ul>']
    out += [f'<li>{esc(e["h"])}</li>' for e in S["entries"] if e["kp"]]
    out.append('</ul></div><div class="live-posts">')
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, space=" ", dots=True); stamps.append(st)
        out.append(f'<div class="live-post"><p class="live-post-time">{st}</p><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 3:
            out.append('<div class="tnt-ads">Advertisement</div>')
    out += ['</div><section class="related"><h4>Related to this story</h4><a href="/news/local/">Riley County commissioners discuss road budget</a></section>',
            '<div class="comments">Comments are closed for this article.</div></main>',
            '<footer>© 2024 The Manhattan Mercury. Powered by BLOX Content Management System from TownNews.com. Terms of Use | Privacy Policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================ Part B renderers (invented outlets)

def r_hollinsgate(S):
    """text live, newest first, 'Key Points' block, '20:40 BST' line before the headline, 'Reporting by NAME' after the body."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "News | World | Business | Sport | Culture | Live", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["- " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} BST"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Reporting by {e['a']}", ""]
        if i == 3:
            L += ["Sign up for the Ledger's Ukraine briefing, sent every weekday morning.", ""]
    L += ["Load earlier updates", "", f"{S['source']} · Contact us · Complaints · Privacy · Cookies"]
    return "\n".join(L) + "\n", stamps


def r_orrinford(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with per-update datePublished; visible '07:25' in <time datetime>;
    author below the headline."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="consent">{esc(S["source"])} uses cookies for analytics. <button>OK</button> <button>Settings</button></div>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a href="/ukraine">Ukraine</a> <a href="/europe">Europe</a> '
           '<a href="/opinion">Opinion</a> <a href="/support">Support us</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="update-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="author">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="tools"><a>Copy link</a> <a>Share</a></div></article>')
        if i == 2:
            out.append('<aside class="related"><h3>Read also</h3><a href="/explainers/security-commitments">What the EU security commitments do and do not promise</a></aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} · Editorial standards · Contacts · Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """RSS 2.0 world feed, newest first: pubDate with the outlet's offset (S['rfc'] = 'GMT' or the numeric offset), CDATA paragraphs;
    dc:creator only when the entry has an author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else d.strftime("%z")); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{e.get("cat", "world").lower()}/{i + 8841}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{i + 8841}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_article(S):
    """text article with section headings (one entry per section), page byline and a dateline with time and zone; no per-section stamp."""
    L = [S["source"], "Home  ›  World  ›  Ukraine", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share on Facebook · Share on X · Send by e-mail", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += [S["more"], "", f"© {S['source']} 2024 · Imprint · Data protection"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_haskerton(S):
    """HTML live, newest first, no JSON-LD; bare '17:50' in a span above the h2, a printed note 'All times CEST', byline below the h2."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} – {S["source"]}</title></head><body>',
           '<div id="cookie-bar">We and our partners use cookies. <button>Accept all</button> <button>Reject</button></div>',
           f'<header><strong>{S["source"]}</strong> <nav><a>Poland</a> <a>Europe</a> <a>World</a> <a>War in Ukraine</a> <a>Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])} · {esc(S["tznote"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="live-entry"><span class="live-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="live-author">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">[Gallery: 8 photos]</div>')
        out.append('</div>')
        if i == 3:
            out.append('<aside><h3>See also</h3><a href="/europe/hungary-presidency">Hungary\u2019s EU presidency: what to expect</a></aside>')
    out += ['<p class="more"><a href="/live/ukraine-28-06">Yesterday\u2019s live coverage</a></p></main>',
            f'<footer>{S["source"]} · About · Advertise · Privacy policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO with the outlet's offset (Z for UTC); escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/feed.atom"/>',
           f'<id>{S["url"]}/feed.atom</id>', f'<updated>{dt(S["entries"][0]["t"], z).isoformat().replace("+00:00", "Z")}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat().replace("+00:00", "Z"); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link href="{S["url"]}/n/{i + 5120}"/>', f'<id>{S["url"]}/n/{i + 5120}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_lissard(S):
    """text live, oldest first; '8:05 a.m. ET' line before each headline; dateline with year; no per-post authors."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "World  ·  U.S.  ·  Business  ·  Sports  ·  Newsletters", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} ET"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["This live blog has ended. Follow our coverage of the war in Ukraine here.", "", f"{S['source']} · Terms of Service · Privacy"]
    return "\n".join(L) + "\n", stamps


def r_marshgate(S):
    """text live, oldest first; date line with weekday and day but no year; bare '08:05' line before the headline; page byline."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Live  ·  Ukraine  ·  Russia  ·  Europe  ·  Explainers", "", S["title"], S["dateline"], S["byline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 3:
            L += ["Enjoying our live coverage? Become a supporter.", ""]
    L += ["Live coverage continues tomorrow.", "", f"{S['source']} · Masthead · Contact · Privacy"]
    return "\n".join(L) + "\n", stamps


def r_corrabeg(S):
    """HTML live, newest first; JSON-LD @graph with @type array and no liveBlogUpdate; visible '7.55pm' in <time datetime>; signature after the body."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": S["url"].split("/live")[0] + "/#org", "name": S["source"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@id": S["url"].split("/live")[0] + "/#org"}}]}
    out = ['<!DOCTYPE html>', '<html lang="en-IE"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header>{S["source"]} <nav><a>News</a> <a>World</a> <a>Business</a> <a>Sport</a> <a>Podcasts</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        out.append(f'<div class="lb-entry"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">{esc(e["a"])}</p>')
        out.append('</div>')
        if i == 1:
            out.append('<div class="promo">Get the Corrabeg Journal morning newsletter</div>')
    out += ['</main>', f'<footer>{S["source"]} · Contact · Privacy · Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def B(e, byline, **kw):
    e["byline"] = byline
    e.update(kw)
    return e


# ================================================================ PART A: ten real outlets' layouts (own words)
SEEDS = []

# ---------------------------------------------------------------- 10600 The Oklahoman
SEEDS.append(dict(
  id="10600", name="10600_oklahoman-live", ext="html", source="The Oklahoman", zone="America/Chicago", render=r_oklahoman,
  title="Russia-Ukraine war live updates: EU rebukes Orbán over Moscow trip; drones target Ukraine overnight",
  url="https://www.oklahoman.com/story/news/world/2024/07/06/russia-ukraine-war-live-updates-orban-moscow/74321905007/",
  published="2024-07-06 19:02", authors=["Carla Wendt", "Jonah Prescott", "Mireille Sato"],
  lede="Follow along for the latest on the war in Ukraine as European officials respond to Hungarian Prime Minister Viktor Orbán's visit to the Kremlin.",
  contrib="Contributing: The Associated Press",
  basis="post stamp '{s}' (Central time, 'CT' printed); no date per post: the page line 'Published 7:02 p.m. CT July 6, 2024 | Updated 1:48 a.m. CT July 7, 2024' and the newest-first order put posts after 12 a.m. on July 7 and the rest on July 6; local {d} in {z}",
  notes="Imitates a USA TODAY Network (Gannett) live blog as run by The Oklahoman. Newest first. Each post: h2 headline, then author + 'USA TODAY' + time ('1:48 a.m. CT', no date), then body. The page's only dates are in 'Published 7:02 p.m. CT July 6, 2024 | Updated 1:48 a.m. CT July 7, 2024'. The posts cross local midnight: the top two (12:51 a.m., 1:48 a.m.) are July 7, the rest July 6 evening; in UTC (CDT = UTC-5) all seven fall on 2024-07-07. JSON-LD is a page-level LiveBlogPosting without liveBlogUpdate (page times only). The last post is a 'Watch:' video teaser with no text (video player placeholder). Per-post authors.",
  not_entries=["top search bar", "header logo and navigation menu (News, Sports, OU, OSU, Thunder, ...), Subscribe / Sign In", "section label 'WORLD'",
               "page headline (page title)", "page byline list (three names + 'USA TODAY')", "'Published ... | Updated ...' line",
               "share buttons (Facebook, Email, X, Share)", "intro paragraph 'Follow along for the latest ...' (page lede)",
               "'USA TODAY' affiliation label in each post's meta line", "video player placeholder 'Video player: 1:12' in the teaser post",
               "newsletter sign-up box after the third post", "'Contributing: The Associated Press' credit line",
               "'Most Popular' rail with two local links", "footer links and copyright line"],
  entries=[
  E("2024-07-07 01:48", "Blasts heard in Kharkiv as guided bombs target city's north",
    ["Residents of Kharkiv reported a series of heavy explosions Sunday morning, minutes after Ukraine's air force warned that Russian aircraft were launching guided bombs toward the region.",
     "Regional Gov. Oleh Syniehubov said on Telegram that at least one bomb hit an industrial site on the city's northern edge and that emergency crews were heading there. There was no immediate word on casualties."],
    "strikes", "strikes", 2, "kharkiv-guided-bomb-blasts-2024-07-07", a="Carla Wendt"),
  E("2024-07-07 00:51", "Ukraine says it downed 21 of 26 drones launched overnight",
    ["Ukraine's air force said Sunday that air defenses destroyed 21 of the 26 Shahed-type attack drones Russia launched overnight, along with a Kh-59 guided missile.",
     "Falling debris damaged a warehouse and several private homes in the Sumy region, local officials said, but no injuries were reported."],
    "strikes", "strikes", 2, "overnight-drone-attack-2024-07-07", a="Carla Wendt"),
  E("2024-07-06 23:36", "Zelenskyy asks allies for seven more Patriot systems before NATO summit",
    ["Ukrainian President Volodymyr Zelenskyy used his nightly address on Saturday to repeat that his country needs at least seven additional Patriot batteries to shield its cities and what remains of its power plants.",
     "NATO leaders meet in Washington from Tuesday for a summit marking the alliance's 75th anniversary. Kyiv hopes the gathering will produce firm air-defense commitments rather than general statements of support."],
    "aid", "aid", 2, "zelenskyy-patriot-appeal-2024-07-06", a="Jonah Prescott", sec=["diplomacy"]),
  E("2024-07-06 22:20", "EU leaders distance bloc from Orbán's talks with Putin",
    ["Top European Union officials spent Saturday making clear that Hungarian Prime Minister Viktor Orbán had no mandate to negotiate on the bloc's behalf when he met Vladimir Putin in Moscow a day earlier.",
     "Orbán, whose government began a six-month turn at the EU's rotating presidency on July 1, described the trip as an effort to learn what it would take to stop the fighting. Ukraine's Foreign Ministry said it had not been consulted.",
     "The Kremlin said Putin used the meeting to restate his terms, which include Ukraine giving up four regions that Russia partially occupies."],
    "diplomacy", "diplomacy", 3, "orban-moscow-visit-2024-07-05", a="Mireille Sato"),
  E("2024-07-06 21:05", "Ukraine extends rolling blackouts as heat drives up demand",
    ["Ukraine's grid operator said scheduled power cuts would continue across most regions on Sunday, as hot weather pushed demand beyond what the country's battered generating plants can produce.",
     "Months of Russian missile and drone attacks have knocked out a large share of Ukraine's generating capacity, and officials have warned that outages could last through the summer."],
    "other", "humanitarian", 2, "ukraine-rolling-blackouts-heat-2024-07-06", a="Jonah Prescott", sec=["strikes"]),
  E("2024-07-06 19:58", "Russia says its troops captured a village in the Donetsk region",
    ["Russia's Defense Ministry claimed Saturday that its forces had taken a small village northwest of Avdiivka, the town Moscow's troops seized in February.",
     "Ukrainian officials did not confirm the claim, and it could not be independently verified."],
    "other", "frontline", 2, "russia-claims-donetsk-village-2024-07-06", a="Mireille Sato"),
  E("2024-07-06 19:04", "Watch: Firefighters battle warehouse blaze after strike in Kharkiv region", [],
    "strikes", "strikes", 1, "kharkiv-region-warehouse-fire-2024-07-06", a="Mireille Sato", n="video teaser, no text body"),
  ]))

# ---------------------------------------------------------------- 10601 The Lawton Constitution
SEEDS.append(dict(
  id="10601", name="10601_lawtonconstitution-apworld", ext="txt", source="The Lawton Constitution", zone="America/Chicago", render=r_lawton,
  title="AP World", ref="2024-04-25 16:35",
  basis="BLOX relative stamp '{s}' counted back from the capture's header clock 'Thursday, April 25, 2024 4:35 pm' (Lawton, Central time implied, CDT); local {d} in {z}",
  notes="Imitates a TownNews BLOX section front ('AP World') of The Lawton Constitution as copied from the browser. Cards, newest first: headline, AP byline in capitals ('By NAME Associated Press'), relative time ('38 min ago', '2 hrs ago'), one summary paragraph. The only absolute time on the page is the header clock 'Thursday, April 25, 2024 4:35 pm' (no zone printed; Lawton = Central, CDT); every stamp is resolved back from it (BLOX floors relative times, so these are as precise as the page allows). Author = the name(s) between 'By' and 'Associated Press'; 'By The Associated Press' gives 'The Associated Press'. One off-beat wire item (yen).",
  not_entries=["'Skip to main content', site search", "masthead 'The Lawton Constitution' and the header clock line (capture time, used as the anchor)",
               "weather widget (Lawton, OK (73501), Today, forecast)", "Subscribe / Sign Up / Log In / e-Edition", "navigation menu",
               "section heading 'AP World' (page title)", "'Breaking News Alerts' sign-up box", "'Load more'", "'Most Popular' with two local headlines",
               "copyright, BLOX credit and terms lines"],
  entries=[
  B(E("2024-04-25 15:57", "Ukraine's top request from new U.S. aid: more Patriot interceptors",
    ["Ukrainian officials said Thursday that interceptor missiles for Patriot air-defense systems sit at the top of their list as they work with Washington on what to ship first under the aid law signed this week."],
    "aid", "aid", 2, "ukraine-patriot-interceptor-request-2024-04-25", a="MARTA HALYCH"), "By MARTA HALYCH Associated Press"),
  B(E("2024-04-25 14:35", "Pentagon details first weapons headed to Ukraine under new aid law",
    ["The first shipment under the $61 billion package includes artillery shells, Stinger missiles and armored vehicles, and some of it is already moving toward the front, Pentagon officials said."],
    "aid", "aid", 3, "us-first-aid-package-2024-04-24", a="DEREK ANSLEY"), "By DEREK ANSLEY Associated Press"),
  B(E("2024-04-25 12:35", "Russian missiles hit rail facilities in Kharkiv region",
    ["Russian missiles struck railway infrastructure in the Kharkiv region early Thursday, damaging tracks and a depot building, Ukraine's national rail company said."],
    "strikes", "strikes", 2, "kharkiv-rail-strike-2024-04-25", a="MARTA HALYCH"), "By MARTA HALYCH Associated Press"),
  B(OFF("2024-04-25 10:35", "Yen slides to weakest level against the dollar in decades",
    ["The Japanese yen weakened past 155 to the dollar on Thursday, its lowest level since 1990, feeding speculation that Tokyo could step into the currency market."],
    "yen-weakest-since-1990", a="PAULINE RIDGE", n="currency markets"), "By PAULINE RIDGE Associated Press"),
  B(E("2024-04-25 07:35", "Kremlin says American aid will not alter the course of the war",
    ["Kremlin spokesman Dmitry Peskov said Thursday that the new U.S. weapons money would only prolong the fighting and lead to more deaths without changing the outcome."],
    "aid", "aid", 2, "kremlin-dismisses-us-aid-2024-04-25", a="The Associated Press", sec=["diplomacy"]), "By The Associated Press"),
  B(E("2024-04-25 04:35", "Russian court keeps deputy defense minister in custody in bribery case",
    ["A Moscow court on Thursday rejected an appeal by one of Russia's deputy defense ministers against his arrest on bribery charges, keeping him in jail until at least late June."],
    "other", "politics", 2, "russian-deputy-defense-minister-bribery-case", a="DEREK ANSLEY"), "By DEREK ANSLEY Associated Press"),
  B(E("2024-04-25 01:35", "Drones set oil depots ablaze in Russia's Smolensk region, governor says",
    ["Ukrainian drones struck two fuel storage sites in Russia's Smolensk region overnight, starting fires that burned for hours, the regional governor said Thursday."],
    "strikes", "strikes", 2, "smolensk-oil-depot-drones-2024-04-25", a="PAULINE RIDGE"), "By PAULINE RIDGE Associated Press"),
  ]))

# ---------------------------------------------------------------- 10602 The Norman Transcript
SEEDS.append(dict(
  id="10602", name="10602_normantranscript-worldrss", ext="xml", source="The Norman Transcript", zone="America/Chicago", render=r_blox_rss,
  title="normantranscript.com - RSS Results in news/world of type article",
  url="https://www.normantranscript.com/search/?f=rss&t=article&c=news/world&l=50&s=start_time&sd=desc",
  basis="RSS pubDate '{s}' (explicit -0600 offset = CST); local {d} in {z}",
  notes="Imitates the TownNews BLOX search-result RSS feed of The Norman Transcript's world section. Newest first. pubDate carries the local offset (-0600, CST in January). description is the one-paragraph summary (BLOX feeds carry no full text). dc:creator 'By NAME Associated Press' or 'By The Associated Press'; author = the name part. Two of six items are off-beat wire stories (Storm Isha, Ayodhya temple).",
  not_entries=["channel title/description (BLOX 'RSS Results in news/world of type article')", "generator, docs and ttl elements",
               "enclosure image of every item", "guid/link URLs"],
  entries=[
  B(E("2024-01-22 16:48", "Ukraine's top diplomat presses EU for faster shell deliveries",
    ["Ukraine's foreign minister urged European Union governments on Monday to speed up artillery ammunition deliveries, warning that the bloc would fall well short of its promise of a million shells by spring."],
    "aid", "aid", 2, "kuleba-eu-shell-deliveries-appeal-2024-01-22", a="TOBIAS REYNE"), "By TOBIAS REYNE Associated Press"),
  B(OFF("2024-01-22 14:20", "Storm Isha leaves tens of thousands without power in Ireland and Britain",
    ["A powerful storm swept across Ireland and Britain on Monday, toppling trees, grounding flights and cutting electricity to tens of thousands of homes."],
    "storm-isha-2024-01-22", a="The Associated Press", n="weather"), "By The Associated Press"),
  B(E("2024-01-22 12:05", "Death toll from shelling of Donetsk market rises to 27",
    ["The number of people killed when shells hit a busy market in the Russian-held city of Donetsk on Sunday rose to 27, the Moscow-installed authorities said Monday. Kyiv has denied any role in the attack."],
    "strikes", "strikes", 3, "donetsk-market-shelling-2024-01-21", a="HALYNA DOROSH"), "By HALYNA DOROSH Associated Press"),
  B(E("2024-01-22 09:40", "Fire hits Baltic Sea fuel terminal after drone attack, Russian officials say",
    ["A fuel export terminal at the Russian port of Ust-Luga caught fire after what local officials described as a drone attack, and loading operations there were halted."],
    "strikes", "strikes", 2, "ust-luga-terminal-drone-attack-2024-01-21", a="TOBIAS REYNE"), "By TOBIAS REYNE Associated Press"),
  B(E("2024-01-22 07:15", "Russia claims another village near Kupiansk",
    ["Russia's Defense Ministry said Monday its troops had captured a village in Ukraine's Kharkiv region near the town of Kupiansk, where fighting has intensified this winter."],
    "other", "frontline", 2, "russia-claims-village-near-kupiansk-2024-01-22", a="HALYNA DOROSH"), "By HALYNA DOROSH Associated Press"),
  B(OFF("2024-01-22 05:30", "Modi opens Hindu temple at disputed site in Ayodhya",
    ["Indian Prime Minister Narendra Modi on Monday inaugurated a grand Hindu temple in the northern city of Ayodhya, built on ground where a mosque stood until it was torn down in 1992."],
    "ayodhya-temple-opening", a="The Associated Press", n="Indian politics/religion"), "By The Associated Press"),
  ]))

# ---------------------------------------------------------------- 10603 Arkansas Democrat-Gazette
SEEDS.append(dict(
  id="10603", name="10603_arkansasonline-world", ext="txt", source="Arkansas Democrat-Gazette", zone="America/Chicago", render=r_adg,
  title="World", today="2024-05-01", parse_args=["--date", "2024-05-01"],
  basis="stamp '{s}' read against the page's 'today' (no date or year printed anywhere; parse_args gives 2024-05-01, the Central-time day of the capture); local {d} in {z}",
  notes="Imitates the World section listing of arkansasonline.com (WEHCO) as copied from the browser. Newest first. Under each headline: 'by AUTHOR | Today at 3:48 p.m.' or 'Yesterday at 10:40 p.m.', then the summary and a comment count. No date and no year appear anywhere in the capture (no footer was captured), so parse_args gives the local day (2024-05-01, Central time). 'Yesterday' items are April 30 local evening, which is already May 1 in UTC (CDT = UTC-5). Author: 'The Associated Press' where only the agency is printed; 'by NAME of The Associated Press' gives the name. One off-beat item (Georgia's foreign-agents bill).",
  not_entries=["'Skip to main content'", "masthead, Subscribe Now / Sign In", "navigation menu", "cookie notice line", "section heading 'World' (page title)",
               "'Comments (N)' line under every item", "'Advertisement'", "newsletter promo ('Sign up for our free Newsletters', 'Subscribe')", "'Load more'"],
  entries=[
  B(E("2024-05-01 15:48", "Russian missiles strike Odesa, setting delivery depot on fire",
    ["A Russian ballistic missile attack on Odesa on Wednesday injured at least a dozen people and set a parcel delivery terminal ablaze, regional officials said.",
     "It was the third attack on the Black Sea port city in four days."],
    "strikes", "strikes", 3, "odesa-missile-strike-2024-05-01", a="The Associated Press"), "The Associated Press", cc=6),
  B(E("2024-05-01 12:10", "U.S. accuses Russia of chemical weapon use, sanctions nearly 300 targets",
    ["The State Department said Wednesday that Russia had used the choking agent chloropicrin against Ukrainian troops, in breach of the treaty banning chemical weapons, and announced sanctions on more than 280 people and companies."],
    "diplomacy", "diplomacy", 3, "us-chemical-weapons-finding-sanctions-2024-05-01", a="Gideon Marr"), "Gideon Marr of The Associated Press", cc=14),
  B(E("2024-05-01 09:25", "Ukraine says troops pulled back from two villages west of Avdiivka",
    ["Ukraine's top commander said Wednesday that his forces had withdrawn from two villages west of Avdiivka to new defensive lines as Russian troops keep pressing in the Donetsk region."],
    "other", "frontline", 2, "ukraine-withdraws-villages-west-of-avdiivka", a="The Associated Press"), "The Associated Press", cc=2),
  B(OFF("2024-05-01 06:40", "Georgia's lawmakers push 'foreign agents' bill forward as protests grow",
    ["Georgia's parliament approved a contested bill on foreign influence in a second reading Wednesday, while thousands of demonstrators rallied outside against what they call a Kremlin-style law."],
    "georgia-foreign-agents-bill", a="The Associated Press", n="Georgian domestic politics"), "The Associated Press", cc=0),
  B(E("2024-04-30 22:40", "Guided bombs kill 2 in Kharkiv suburb",
    ["Russian aircraft dropped guided bombs on a suburb of Kharkiv late Tuesday, killing two people and damaging a school, the regional governor said."],
    "strikes", "strikes", 3, "kharkiv-suburb-guided-bombs-2024-04-30", a="The Associated Press"), "The Associated Press", cc=1),
  B(E("2024-04-30 19:55", "Spain to send Patriot missiles to Ukraine, minister says",
    ["Spain will send a shipment of Patriot air-defense missiles to Ukraine, its defense minister said Tuesday, as European governments face pressure to hand Kyiv more of their own stocks."],
    "aid", "aid", 2, "spain-patriot-missiles-pledge-2024-04-30", a="Gideon Marr"), "Gideon Marr of The Associated Press", cc=3),
  ]))

# ---------------------------------------------------------------- 10604 Northwest Arkansas Democrat-Gazette
SEEDS.append(dict(
  id="10604", name="10604_nwaonline-briefs", ext="txt", source="Northwest Arkansas Democrat-Gazette", zone="America/Chicago", render=r_nwadg,
  title="World in brief", dateline_t="2024-07-25 02:09", byline="Compiled by Democrat-Gazette Staff From Wire Reports",
  print_headline="Russian bombs kill 3 in Kharkiv",
  caption="Rescue workers search a damaged building in Kharkiv, Ukraine, on Wednesday. (AP Photo)",
  basis="no per-brief time: the page line '... | July 25, 2024 at 2:09 a.m.' (Central time implied, CDT) dates every brief; local {d} in {z}",
  notes="Imitates a 'World in brief' round-up on nwaonline.com (WEHCO), copied from the browser. One page byline and time: 'Compiled by Democrat-Gazette Staff From Wire Reports | July 25, 2024 at 2:09 a.m.' (no zone; Central = CDT). Six briefs, each a headline line and paragraphs whose first begins with a wire dateline ('KHARKIV, Ukraine -- '); first_sentence includes that dateline as printed. stamp null for every brief; published = the page time. The byline names no person or agency, so author is null. Two off-beat briefs (Venezuela, Bangladesh). 'Print Headline:' at the end is the print edition's headline (chrome).",
  not_entries=["'Skip to main content'", "masthead, Subscribe / Sign in, navigation", "section label 'WORLD'", "page title 'World in brief'",
               "byline/time line 'Compiled by Democrat-Gazette Staff From Wire Reports | July 25, 2024 at 2:09 a.m.'", "'Follow' button",
               "photo caption 'Rescue workers search a damaged building in Kharkiv, Ukraine, on Wednesday. (AP Photo)'", "'Advertisement'",
               "'Print Headline: Russian bombs kill 3 in Kharkiv'", "'Sponsor Content'", "'Comments on: World in brief' and the log-in prompt", "copyright line"],
  entries=[
  E("2024-07-25 02:09", "Russian guided bombs kill 3 in Kharkiv",
    ["KHARKIV, Ukraine -- Russian guided bombs hit two districts of Kharkiv on Wednesday, killing three people and wounding at least 20, Ukrainian officials said.",
     "One of the bombs landed near a bus stop during the evening rush hour, the city's mayor said."],
    "strikes", "strikes", 3, "kharkiv-guided-bombs-2024-07-24"),
  E("2024-07-25 02:09", "Kuleba, in China, says Kyiv open to talks",
    ["GUANGZHOU, China -- Ukraine's foreign minister told his Chinese counterpart on Wednesday that Kyiv is willing to negotiate with Russia once Moscow shows it is ready to bargain in good faith, Ukraine's Foreign Ministry said.",
     "It was the first trip to China by Ukraine's top diplomat since Russia launched its full-scale invasion in February 2022."],
    "diplomacy", "diplomacy", 3, "kuleba-china-visit-2024-07-24"),
  E("2024-07-25 02:09", "German firm to make artillery shells for Ukraine",
    ["BERLIN -- A German defense company said Wednesday it had signed a contract worth several hundred million euros to supply 155 mm artillery rounds to Ukraine, with deliveries running into next year."],
    "aid", "aid", 2, "german-shell-contract-ukraine-2024-07-24"),
  E("2024-07-25 02:09", "Drones hit airfield in southern Russia, Kyiv says",
    ["KYIV, Ukraine -- Ukrainian drones attacked a military airfield in Russia's Rostov region overnight, damaging hangars and a fuel store, a Ukrainian security official said.",
     "Russia's Defense Ministry said air defenses destroyed 16 drones over the region but did not mention any damage."],
    "strikes", "strikes", 2, "rostov-airfield-drone-attack-2024-07-24"),
  OFF("2024-07-25 02:09", "Venezuelan opposition rallies before vote",
    ["CARACAS, Venezuela -- Tens of thousands of opposition supporters marched in cities across Venezuela on Wednesday, four days before a presidential election that polls suggest could end a quarter-century of socialist rule."],
    "venezuela-election-rallies", n="Venezuelan election"),
  OFF("2024-07-25 02:09", "Bangladesh eases curfew as calm returns",
    ["DHAKA, Bangladesh -- Authorities in Bangladesh relaxed a nationwide curfew for several hours Wednesday and restored some internet service after days of deadly unrest over government job quotas."],
    "bangladesh-quota-protests-curfew", n="Bangladesh unrest"),
  ]))

# ---------------------------------------------------------------- 10605 The Jonesboro Sun
SEEDS.append(dict(
  id="10605", name="10605_jonesborosun-worldatom", ext="xml", source="The Jonesboro Sun", zone="America/Chicago", render=r_blox_atom,
  title="jonesborosun.com - Atom Results in news/world of type article",
  url="https://www.jonesborosun.com/search/?f=atom&t=article&c=news/world&l=25&s=start_time&sd=desc",
  basis="Atom <published> '{s}' (explicit -06:00 offset = CST); local {d} in {z}",
  notes="Imitates the TownNews BLOX Atom feed of The Jonesboro Sun's world section. Newest first; <published> with the local offset -06:00 (CST, after the 3 November DST change). summary is escaped HTML (one <p>). <author><name> is 'By NAME Associated Press' or 'By The Associated Press'; author = the name part. Two of seven items are off-beat (Valencia protest, climate talks).",
  not_entries=["feed title/id/updated/generator", "link and id URLs of every entry"],
  entries=[
  B(E("2024-11-09 16:20", "Zelenskyy says Ukraine must not be pushed into a bad deal",
    ["Ukrainian President Volodymyr Zelenskyy said Saturday that any push to end the war quickly must not come at the cost of Ukrainian land or sovereignty, as Kyiv braces for a change of administration in Washington."],
    "diplomacy", "diplomacy", 3, "zelenskyy-warns-against-bad-deal-2024-11-09", a="ILKA VERNER"), "By ILKA VERNER Associated Press"),
  B(E("2024-11-09 13:05", "North Korean troops join Russian assaults in Kursk, Ukraine says",
    ["Ukraine's military intelligence agency said Saturday that North Korean soldiers have begun taking part in Russian attacks in the Kursk region, where Ukrainian forces have held ground since August."],
    "other", "frontline", 2, "north-korean-troops-in-kursk-combat-2024-11", a="SAMIR OKONJO"), "By SAMIR OKONJO Associated Press"),
  B(E("2024-11-09 10:45", "Glide bomb wounds 7 in Zaporizhzhia",
    ["A Russian guided bomb struck a residential area of Zaporizhzhia on Saturday afternoon, wounding at least seven people, including a child, the regional governor said."],
    "strikes", "strikes", 2, "zaporizhzhia-glide-bomb-2024-11-09", a="ILKA VERNER"), "By ILKA VERNER Associated Press"),
  B(OFF("2024-11-09 08:30", "Thousands march in Valencia over flood response",
    ["Tens of thousands of people marched through Valencia on Saturday to demand the resignation of the regional leader over his handling of last month's deadly floods."],
    "valencia-flood-protest", a="The Associated Press", n="Spanish floods"), "By The Associated Press"),
  B(E("2024-11-09 06:10", "Russia says it downed 50 Ukrainian drones over western regions",
    ["Russia's Defense Ministry said Saturday that air defenses shot down 50 Ukrainian drones overnight over seven regions, including Bryansk and Kursk."],
    "strikes", "strikes", 2, "russia-says-downs-50-drones-2024-11-09", a="The Associated Press"), "By The Associated Press"),
  B(E("2024-11-09 03:15", "Europe weighs how to keep Ukraine supplied if U.S. support fades",
    ["European officials are drawing up options to fill a possible gap in military support for Ukraine after Donald Trump's election victory, though diplomats say no European country can quickly match American stockpiles."],
    "aid", "aid", 2, "europe-plans-for-us-aid-gap-2024-11", a="MAREN TOLLEFSEN"), "By MAREN TOLLEFSEN Associated Press"),
  B(OFF("2024-11-09 01:05", "Climate talks open Monday in Baku under cloud of U.S. election",
    ["Negotiators from nearly 200 countries are heading to Azerbaijan for the annual United Nations climate conference, where the result of the American election is expected to hang over talks on finance for poorer nations."],
    "cop29-baku-preview", a="The Associated Press", n="climate talks"), "By The Associated Press"),
  ]))

# ---------------------------------------------------------------- 10606 The Sentinel-Record (Hot Springs)
SEEDS.append(dict(
  id="10606", name="10606_hotsr-world", ext="html", source="The Sentinel-Record", zone="America/Chicago", render=r_hotsr,
  title="World",
  basis="stamp '{s}' after the headline (full date, no zone printed; Hot Springs = Central time, CDT); local {d} in {z}",
  notes="Imitates the World listing page of hotsr.com (WEHCO). Newest first. Each card: headline link, then 'by AUTHOR | June 9, 2024 at 4:55 p.m.' (stamp AFTER the headline, no zone printed: Central time implied, CDT = UTC-5), summary, 'Comments (N)'. The two June 8 late-evening items are already June 9 in UTC. JSON-LD holds only WebPage/BreadcrumbList (no article data). Author: 'The Associated Press' or the named reporter. One off-beat item (European Parliament election).",
  not_entries=["header logo, tagline, navigation, Subscribe / Sign in", "section heading 'World' (page title)", "'Comments (N)' link on every card",
               "'Advertisement' slot", "'Load more'", "aside 'Latest Local News' with one local link", "footer copyright and links", "JSON-LD WebPage/BreadcrumbList (no entries)"],
  entries=[
  B(OFF("2024-06-09 16:55", "Projections point to gains for right-wing parties in European vote",
    ["Right-wing and nationalist parties were on course for significant gains in elections for the European Parliament on Sunday, according to the first projections released after polls closed."],
    "european-parliament-election-2024", a="The Associated Press", n="EU election results"), "The Associated Press", cc=9),
  B(E("2024-06-09 13:30", "Zelenskyy says more than 100 delegations will attend peace summit",
    ["President Volodymyr Zelenskyy said Sunday that more than 100 countries and international organizations have confirmed they will send delegations to next weekend's peace summit in Switzerland."],
    "diplomacy", "diplomacy", 2, "swiss-peace-summit-attendance-2024-06", a="Ruth Calloway"), "Ruth Calloway", cc=4),
  B(E("2024-06-09 10:05", "Russian glide bombs kill 2 in Kharkiv region village",
    ["Two people were killed and five wounded when Russian aircraft dropped guided bombs on a village in Ukraine's Kharkiv region on Sunday, local officials said."],
    "strikes", "strikes", 3, "kharkiv-region-glide-bomb-2024-06-09", a="The Associated Press"), "The Associated Press", cc=2),
  B(E("2024-06-09 06:45", "Russia says it shot down drones over Belgorod and Kursk",
    ["Russian air defenses destroyed eight Ukrainian drones over the Belgorod and Kursk regions overnight, the Defense Ministry in Moscow said Sunday."],
    "strikes", "strikes", 2, "russia-downs-drones-belgorod-kursk-2024-06-09", a="The Associated Press"), "The Associated Press", cc=0),
  B(E("2024-06-08 23:20", "New U.S. package for Ukraine centers on air defense",
    ["The latest American weapons package for Ukraine, worth $225 million, includes interceptors for air-defense systems, artillery rounds and small boats, officials said."],
    "aid", "aid", 3, "us-225m-package-2024-06", a="Ruth Calloway"), "Ruth Calloway", cc=11),
  B(E("2024-06-08 20:10", "Ukraine says it struck Russian air base far from the front",
    ["Ukraine's military said Saturday that its drones hit a Russian air base more than 500 kilometers from the front line, damaging at least one fighter jet."],
    "strikes", "strikes", 2, "ukraine-drones-hit-russian-air-base-2024-06-08", a="The Associated Press"), "The Associated Press", cc=3),
  ]))

# ---------------------------------------------------------------- 10607 Pine Bluff Commercial
SEEDS.append(dict(
  id="10607", name="10607_pbcommercial-glance", ext="html", source="Pine Bluff Commercial", zone="America/Chicago", render=r_pbc,
  title="Ukraine war at a glance: Russians close in on Pokrovsk as new strikes hit power grid",
  dateline_t="2024-08-28 18:05", byline="The Associated Press",
  caption="A firefighter works at the site of a Russian strike in Kryvyi Rih, Ukraine. (AP Photo)",
  lede="Here is a look at the main developments in Russia's war in Ukraine on Wednesday.",
  basis="no per-bullet time: the article line 'by The Associated Press | August 28, 2024 at 6:05 p.m.' (Central time implied, CDT) and the JSON-LD datePublished date every bullet; local {d} in {z}",
  notes="Imitates an 'at a glance' wire round-up on pbcommercial.com (WEHCO): h1, 'by The Associated Press | August 28, 2024 at 6:05 p.m.' (no zone printed; CDT), NewsArticle JSON-LD with the same time, then h2 sections ('Fighting', 'Strikes', 'Weapons and aid', 'Diplomacy') with bullet lists. Each bullet is one entry: headline null, stamp null, published = article time, body_paragraphs 1, author = the byline agency. The bullet list is the article's content, not a Key Points block: key_point false.",
  not_entries=["header logo, navigation, Subscribe / Sign in", "kicker 'WORLD'", "article headline (page title)", "byline/time line",
               "share links", "photo caption", "intro line 'Here is a look at the main developments ...' (lede)", "section headings h2 (structure, not entries)",
               "newsletter box", "'More headlines' related link", "footer copyright"],
  entries=[
  dict(E("2024-08-28 18:05", None,
    ["Russian forces advanced to within about 10 kilometers of Pokrovsk, a logistics hub in the Donetsk region, and local authorities urged families with children to leave."],
    "other", "frontline", 3, "russian-advance-on-pokrovsk-2024-08", a="The Associated Press"), sect="Fighting"),
  dict(E("2024-08-28 18:05", None,
    ["Ukraine's top commander said his troops now hold about 1,300 square kilometers of Russia's Kursk region and have taken more than 500 prisoners since the incursion began this month."],
    "other", "frontline", 2, "kursk-incursion-territory-claim-2024-08", a="The Associated Press"), sect="Fighting"),
  dict(E("2024-08-28 18:05", None,
    ["Russia fired another wave of missiles and drones at Ukraine's energy system overnight, two days after its biggest attack of the war on power plants. At least two people were killed in Kryvyi Rih, officials said."],
    "strikes", "strikes", 3, "russian-energy-strikes-2024-08-28", a="The Associated Press"), sect="Strikes"),
  dict(E("2024-08-28 18:05", None,
    ["Ukrainian drones set fire to an oil depot in Russia's Rostov region, regional authorities said, the second attack on the same facility this month."],
    "strikes", "strikes", 2, "rostov-oil-depot-drone-fire-2024-08", a="The Associated Press"), sect="Strikes"),
  dict(E("2024-08-28 18:05", None,
    ["President Volodymyr Zelenskyy said Ukraine had carried out the first successful test of a ballistic missile of its own design, but gave no details about its range or where it was launched."],
    "other", "security", 2, "ukraine-ballistic-missile-test-2024-08", a="The Associated Press"), sect="Weapons and aid"),
  dict(E("2024-08-28 18:05", None,
    ["The Pentagon said it was preparing another weapons package for Ukraine that would include air-defense interceptors and rockets for HIMARS launchers."],
    "aid", "aid", 2, "pentagon-next-package-2024-08", a="The Associated Press"), sect="Weapons and aid"),
  dict(E("2024-08-28 18:05", None,
    ["Zelenskyy said he would present a plan to end the war to President Joe Biden and to both U.S. presidential candidates in September."],
    "diplomacy", "diplomacy", 3, "zelenskyy-victory-plan-announcement-2024-08", a="The Associated Press"), sect="Diplomacy"),
  ]))

# ---------------------------------------------------------------- 10608 Southwest Times Record
SEEDS.append(dict(
  id="10608", name="10608_swtimes-timeline", ext="txt", source="Southwest Times Record", zone="America/Chicago", render=r_swtimes,
  title="Ukraine war timeline: A deadly Kharkiv fire, Trump's NATO jab and a Senate vote",
  byline="Avery Lindqvist", published="2024-02-11 17:40",
  lede="It was a weekend of bad news for Ukraine on the battlefield and mixed signals from Washington. Here is how it unfolded.",
  howto="Times are Central.",
  more="What Trump's remarks mean for NATO's mutual-defense pledge",
  contrib="Contributing: The Associated Press",
  basis="timeline stamp '{s}' (weekday + time, no date): resolved against 'Published 5:40 p.m. CT Feb. 11, 2024' (a Sunday), so Saturday = Feb. 10; 'Times are Central' (CST); local {d} in {z}",
  notes="Imitates a USA TODAY Network (Gannett) timeline article on swtimes.com, copied from the browser. One page byline (Avery Lindqvist, USA TODAY) and 'Published 5:40 p.m. CT Feb. 11, 2024'. Oldest first. Entries have NO headlines: each is a stamp line 'Saturday, 6:25 p.m.' followed by one paragraph. The weekday must be resolved against the published date (Sunday, Feb. 11): Saturday = Feb. 10, whose evening (CST = UTC-6) is already Feb. 11 in UTC. Entries 1 and 3 are the same story (Trump's remark and NATO's reaction to it), as are 2 and 6 (the Kharkiv drone strike; toll confirmed at seven).",
  not_entries=["'Skip to main content', masthead, Subscribe / Sign In, navigation", "section label 'WORLD'", "article headline (page title)",
               "byline 'Avery Lindqvist' / 'USA TODAY'", "'Published 5:40 p.m. CT Feb. 11, 2024'", "share labels", "intro paragraph (lede)",
               "'Times are Central.'", "'Advertisement'", "related link 'More: What Trump's remarks mean for NATO's mutual-defense pledge'",
               "'Contributing: The Associated Press'", "newsletter line", "footer links and copyright"],
  entries=[
  E("2024-02-10 18:25", None,
    ["Former President Donald Trump told supporters at a rally in South Carolina that he had once warned a NATO ally he would not protect countries that fell behind on defense spending and would let Russia do as it pleased with them."],
    "diplomacy", "diplomacy", 3, "trump-nato-spending-remarks-2024-02-10", a="Avery Lindqvist"),
  E("2024-02-10 21:50", None,
    ["Ukrainian officials said a Russian drone strike on Kharkiv early Saturday set off a fire at a fuel depot that spread to nearby homes, and the death toll had risen to seven, including three children."],
    "strikes", "strikes", 3, "kharkiv-drone-strike-fire-2024-02-10", a="Avery Lindqvist"),
  E("2024-02-11 06:05", None,
    ["NATO Secretary-General Jens Stoltenberg said in a statement that any suggestion allies will not defend one another undermines the security of all of them, including the United States, and puts American and European soldiers at greater risk."],
    "diplomacy", "diplomacy", 3, "trump-nato-spending-remarks-2024-02-10", a="Avery Lindqvist"),
  E("2024-02-11 09:30", None,
    ["Ukraine's new army chief, Gen. Oleksandr Syrskyi, said in his first public message since his appointment that the military would focus on rotating exhausted troops and making better use of drones."],
    "other", "politics", 2, "syrskyi-first-remarks-as-army-chief", a="Avery Lindqvist"),
  E("2024-02-11 12:40", None,
    ["Russia's Defense Ministry said air defenses shot down 12 Ukrainian drones over the Belgorod region overnight, and the regional governor reported damage to several houses but no injuries."],
    "strikes", "strikes", 2, "belgorod-drones-2024-02-11", a="Avery Lindqvist"),
  E("2024-02-11 15:10", None,
    ["Kharkiv's mayor said rescuers had finished searching the burned-out homes and the death toll stood at seven. The city declared a day of mourning for Monday."],
    "strikes", "strikes", 3, "kharkiv-drone-strike-fire-2024-02-10", a="Avery Lindqvist"),
  E("2024-02-11 17:20", None,
    ["The U.S. Senate voted 67-27 to move ahead with a $95 billion foreign aid package that includes about $60 billion for Ukraine, in a rare Sunday session."],
    "aid", "aid", 3, "us-senate-advances-foreign-aid-bill-2024-02-11", a="Avery Lindqvist"),
  ]))

# ---------------------------------------------------------------- 10609 The Manhattan Mercury
SEEDS.append(dict(
  id="10609", name="10609_themercury-live", ext="html", source="The Manhattan Mercury", zone="America/Chicago", render=r_mercury,
  title="LIVE: Freed prisoners return to Ukraine; guided bomb strikes Kharkiv high-rise",
  url="https://themercury.com/news/national_world/live-freed-prisoners-return-to-ukraine/article_4c1d8e2a-7310-11ef-9d3a-5f0e2b8c7a11.html",
  byline="From staff and wire reports",
  lede="Updates on the war in Ukraine throughout Sunday.",
  basis="bare post time '{s}' (no zone printed: Manhattan, Kansas = Central time, CDT) on the page date 'Sep 15, 2024'; local {d} in {z}",
  notes="Imitates a BLOX (TownNews) live article on themercury.com. Page byline 'From staff and wire reports' (no name or agency: author null for every post), page date 'Sep 15, 2024' in <time> elements, NewsArticle JSON-LD with page-level times only. A 'Key Points' box lists three post headlines (key_point true, importance 3). Posts oldest first: a bare time line ('6:05 a.m.', zone only implied by the outlet's home: Central, CDT) ABOVE the h3 headline, then the body. The Kharkiv strike is told twice (toll 20 -> 42). The last post is a local K-State tie-in (war-related, humanitarian).",
  not_entries=["header logo, navigation (News, Sports, K-State, ...), Log In / Subscribe", "page headline (page title)", "byline 'From staff and wire reports' and the page dates",
               "share bar", "lede 'Updates on the war in Ukraine throughout Sunday.'", "'Key Points' heading and its list (pointers to posts, not separate entries)",
               "'Advertisement'", "'Related to this story' link", "'Comments are closed for this article.'", "footer"],
  entries=[
  E("2024-09-15 06:05", "Freed Ukrainian soldiers return home after weekend prisoner swap",
    ["More than 100 Ukrainian prisoners of war were back on home soil Sunday after an exchange with Russia brokered by the United Arab Emirates, Ukrainian officials said.",
     "Russia's Defense Ministry said the same number of Russian soldiers, many of them captured in the Kursk region last month, had been returned."],
    "diplomacy", "diplomacy", 3, "uae-mediated-pow-swap-2024-09-14", kp=True),
  E("2024-09-15 07:40", "Guided bomb hits Kharkiv apartment block, dozens injured",
    ["A Russian guided bomb struck a high-rise apartment building in Kharkiv on Sunday afternoon, injuring at least 20 people, the regional governor said.",
     "Video from the scene showed smoke pouring from the upper floors as firefighters evacuated residents."],
    "strikes", "strikes", 3, "kharkiv-apartment-glide-bomb-2024-09-15", kp=True),
  E("2024-09-15 09:15", "Russia claims another village near Pokrovsk",
    ["Russia's Defense Ministry said its troops had taken control of a village southeast of Pokrovsk, continuing a slow advance toward the Ukrainian-held town."],
    "other", "frontline", 2, "russia-claims-village-near-pokrovsk-2024-09-15"),
  E("2024-09-15 11:30", "Ukrainian drones target fuel site in Russia's Bryansk region",
    ["The governor of Russia's Bryansk region said Ukrainian drones attacked a fuel storage facility overnight, causing a fire that was later put out."],
    "strikes", "strikes", 2, "bryansk-fuel-site-drones-2024-09-15"),
  E("2024-09-15 13:50", "US, Britain hold off on long-range missile decision",
    ["Western officials said no decision had been made on letting Ukraine fire Western-supplied long-range missiles deep into Russia, two days after Britain's prime minister discussed the request with President Joe Biden in Washington."],
    "diplomacy", "diplomacy", 3, "long-range-missile-permission-debate-2024-09", sec=["aid"], kp=True),
  E("2024-09-15 15:25", "Kharkiv injury toll climbs to 42 as rescuers clear debris",
    ["The number of people hurt in Sunday's guided bomb attack on a Kharkiv apartment building rose to 42, including several children, officials said, as crews searched the damaged floors."],
    "strikes", "strikes", 3, "kharkiv-apartment-glide-bomb-2024-09-15"),
  E("2024-09-15 16:40", "K-State researchers help Ukrainian farmers check fields for war damage",
    ["Soil scientists at Kansas State University are working with Ukrainian agronomists to map farmland contaminated by shelling, a project the team says could help growers decide which fields are safe to plant."],
    "other", "humanitarian", 2, "k-state-ukraine-soil-project", n="local tie-in; invented project"),
  ]))


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2024-06-28 (UTC), day 2 = 2024-06-29, day 3 = 2024-12-21.
DNIPRO = "dnipro-missile-strike-2024-06-28"
EUSEC = "eu-ukraine-security-commitments-2024-06-27"
F16NL = "netherlands-f16-delivery-timeline-2024-06"
GLIDE = "explainer-glide-bombs"
GLIDE_H = "Analysis: Why Russia\u2019s glide bombs are so hard to stop"
GLIDE_P = ["Guided aerial bombs have become one of Russia\u2019s most effective weapons along the front line, and increasingly against cities such as Kharkiv.",
           "They are old Soviet-era bombs fitted with fold-out wings and satellite guidance, which lets Russian jets release them 40 to 70 kilometres from their targets, beyond the reach of most Ukrainian air defences.",
           "Shooting the bombs themselves down is rarely practical. Ukrainian officials argue that the only lasting answer is to hit the aircraft and the airfields they fly from, which needs permission to use Western weapons on Russian territory."]

# ---------------------------------------------------------------- 10620 Hollinsgate Ledger (day 1)
SEEDS.append(dict(
  id="10620", name="10620_hollinsgate-textlive", ext="txt", source="Hollinsgate Ledger", zone="Europe/London", render=r_hollinsgate,
  title="Ukraine war live: Dnipro strike toll rises to five; Zelensky hails EU security pact",
  dateline="Friday 28 June 2024",
  lede="Russian missile hits apartment block in Dnipro; EU and Ukraine sign long-term security commitments; Norway adds air-defence money.",
  basis="stamp '{s}' (UK time printed as BST = UTC+1) under the dateline 'Friday 28 June 2024'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. A 'Key Points' block lists two entry headlines (key_point true). Each post: 'HH:MM BST' line, headline, body, optional 'Reporting by NAME' line (author). 10620-02 is a 'Watch:' teaser with no body (spelling 'Dnepr'). 10620-03 is a theme piece (analysis of glide bombs) that is re-posted verbatim by 10632 on day 2.",
  not_entries=["masthead and navigation", "'LIVE' label", "page title and dateline 'Friday 28 June 2024'", "standfirst/lede summary line",
               "'Key Points' header and its two bullet lines (pointers to posts)", "'Latest updates' label", "'Reporting by ...' lines (author credits, not body)",
               "newsletter promo after the fourth post", "'Load earlier updates'", "footer line"],
  entries=[
  E("2024-06-28 20:40", "Dnipro death toll climbs to five, regional governor says",
    ["Five people are now confirmed dead after a Russian missile hit a nine-storey apartment block in Dnipro early this morning, according to Serhiy Lysak, the governor of the Dnipropetrovsk region.",
     "He said 34 people had been injured, eight of them seriously, and that rescuers were still working through the collapsed stairwell."],
    "strikes", "strikes", 3, DNIPRO, a="Imogen Fairlie", kp=True, n="toll 5 dead, 34 injured"),
  E("2024-06-28 19:05", "Watch: Rescuers lift survivors from Dnepr rubble", [],
    "strikes", "strikes", 1, DNIPRO, n="teaser without body; spelling 'Dnepr'"),
  E("2024-06-28 17:30", GLIDE_H, GLIDE_P, "strikes", "strikes", 2, GLIDE, a="Tomasz Rudd",
    n="theme piece (analysis of glide bombs, no single event); must not merge with the Kharkiv glide-bomb strike 10621-07"),
  E("2024-06-28 15:10", "Norway adds funding for Ukrainian air defence",
    ["Norway will give an extra 1.1 billion kroner to help Ukraine buy air-defence systems and ammunition, its defence ministry said, with part of the money going through a joint purchasing scheme led by Germany."],
    "aid", "aid", 2, "norway-air-defence-funding-2024-06-28", a="Imogen Fairlie", n="same theme as the Dutch F-16 story, different event"),
  E("2024-06-28 13:20", "EU pact \u2018a signal to Moscow\u2019, Zelensky says",
    ["President Volodymyr Zelensky said the security commitments he signed with EU leaders in Brussels on Thursday show Moscow that Europe will not tire of supporting Ukraine.",
     "The document lists areas where the EU will help Ukraine over the long term, from weapons and training to demining and cyber defence, though it contains no promise of military intervention."],
    "diplomacy", "diplomacy", 3, EUSEC, a="Gareth Pollard", kp=True),
  E("2024-06-28 11:45", "Ukraine widens scheme letting convicts serve in the army",
    ["Ukraine\u2019s justice ministry said more than 3,000 prisoners had applied to join the armed forces under a new law, and that the scheme would now be opened to some people held in pre-trial detention."],
    "other", "politics", 2, "ukraine-convict-enlistment-expansion-2024-06", a="Gareth Pollard"),
  E("2024-06-28 09:05", "Missile strike on Dnipro: what we know so far",
    ["A Russian missile struck a residential building in the centre of Dnipro shortly after 7am local time, killing at least two people and injuring 11, according to regional officials.",
     "Ukraine\u2019s air force said it had intercepted five of the seven missiles fired at the region overnight."],
    "strikes", "strikes", 3, DNIPRO, a="Imogen Fairlie", n="toll 2 dead, 11 injured"),
  ]))

# ---------------------------------------------------------------- 10621 Orrinford Herald (day 1)
SEEDS.append(dict(
  id="10621", name="10621_orrinford-ldlive", ext="html", source="Orrinford Herald", zone="Europe/Kyiv", render=r_orrinford,
  title="Russia\u2019s war against Ukraine: live updates", url="https://orrinford-herald.example/live/2024-06-28",
  dateline="Friday, 28 June 2024 · Kyiv time",
  lede="Missile strike on Dnipro, security commitments signed in Brussels, and the latest on F-16 deliveries.",
  basis="visible '{s}' in <time datetime> (Kyiv time, EEST = UTC+3) under the dateline 'Friday, 28 June 2024 · Kyiv time'; JSON-LD update datePublished agrees; local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first, with LiveBlogPosting JSON-LD whose liveBlogUpdate items carry the right per-update times. Visible stamps are bare 'HH:MM' in <time datetime> (Kyiv time, printed in the dateline). 10621-06 is a near-verbatim re-publication of 10621-04 (one word added: 'concrete'), importance 1. 10621-03 (drone strike on an energy site in the Dnipropetrovsk region) is a different event from the Dnipro city missile strike: must not merge.",
  not_entries=["cookie consent line", "header brand and navigation", "page title", "dateline 'Friday, 28 June 2024 · Kyiv time'", "standfirst",
               "'Copy link' / 'Share' tools under every update", "'Read also' related link about the EU security commitments", "footer"],
  entries=[
  E("2024-06-28 07:25", "Missile hits apartment block in Dnipro, two killed",
    ["A Russian missile struck a nine-storey block of flats in Dnipro at about 07:10, killing two people and wounding 11, regional governor Serhiy Lysak said.",
     "Pictures from the scene showed one section of the building torn open from the fifth floor up and cars burning in the courtyard."],
    "strikes", "strikes", 3, DNIPRO, a="Daryna Kovalchuk", n="toll 2 dead, 11 wounded"),
  E("2024-06-28 08:10", "Zelensky hails EU security commitments signed in Brussels",
    ["Ukraine and the European Union have signed joint security commitments that Kyiv says will anchor European support regardless of future changes of government in member states.",
     "Zelensky also signed bilateral security agreements with Estonia and Lithuania on the sidelines of Thursday\u2019s EU summit."],
    "diplomacy", "diplomacy", 3, EUSEC, a="Petro Havryliuk"),
  E("2024-06-28 10:40", "Drone strike on energy facility cuts power in Dnipropetrovsk region",
    ["A Russian drone hit an energy facility in the Synelnykove district of the Dnipropetrovsk region late on Thursday, leaving about 40,000 households without electricity, the regional administration said. No one was hurt."],
    "strikes", "strikes", 2, "dnipropetrovsk-energy-drone-strike-2024-06-27", a="Daryna Kovalchuk",
    n="same region as the Dnipro missile strike, different event (night drone attack on an energy site): must not merge"),
  E("2024-06-28 12:15", "Dnipro toll rises to four as rescuers search rubble",
    ["Two more bodies have been recovered from the damaged apartment building in Dnipro, bringing the death toll from this morning\u2019s missile strike to four, the State Emergency Service said.",
     "Rescuers are using cranes to lift slabs from the collapsed section, where several residents are still believed to be trapped."],
    "strikes", "strikes", 3, DNIPRO, a="Daryna Kovalchuk", n="toll 4 dead"),
  E("2024-06-28 14:30", "Netherlands says first F-16s will reach Ukraine within weeks",
    ["The Dutch defence minister said the first of the 24 F-16 fighter jets promised by the Netherlands would be handed over to Ukraine in the coming weeks, once the training of pilots and ground crews is complete."],
    "aid", "aid", 3, F16NL, a="Petro Havryliuk"),
  E("2024-06-28 16:05", "Dnipro toll rises to four as rescuers search rubble",
    ["Two more bodies have been recovered from the damaged apartment building in Dnipro, bringing the death toll from this morning\u2019s missile strike to four, the State Emergency Service said.",
     "Rescuers are using cranes to lift concrete slabs from the collapsed section, where several residents are still believed to be trapped."],
    "strikes", "strikes", 1, DNIPRO, a="Daryna Kovalchuk", dup="10621-04", n="near-verbatim repeat of 10621-04 (one word added)"),
  E("2024-06-28 18:20", "Glide bomb kills one in Kharkiv\u2019s northern outskirts",
    ["One man was killed and three people were injured when a Russian guided bomb hit a private house on the northern outskirts of Kharkiv, the city\u2019s mayor, Ihor Terekhov, said."],
    "strikes", "strikes", 3, "kharkiv-glide-bomb-2024-06-28", a="Petro Havryliuk",
    n="deadly strike, different event from the Dnipro strike and separate from the glide-bomb analysis 10620-03: must not merge"),
  ]))

# ---------------------------------------------------------------- 10622 Gannetmoor World Service (day 1, general world feed)
SEEDS.append(dict(
  id="10622", name="10622_gannetmoor-worldrss", ext="xml", source="Gannetmoor World Service", zone="UTC", render=r_worldrss, rfc="GMT",
  title="Gannetmoor World Service - World headlines", url="https://gannetmoor.example/news", guid="gmws-20240628",
  lede="Top international stories, updated through the day.",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, CDATA <p> paragraphs, no authors. The war is a minority: 4 of 6 items are off-beat (US debate fallout, Kenya finance bill, UK election, Euro 2024). The Dnipro item spells the city 'Dnepr (Dnipro)' and carries the evening toll (five dead).",
  not_entries=["channel title/link/description/language", "item category, link and guid elements"],
  entries=[
  OFF("2024-06-28 21:10", "Biden allies rally round after shaky debate performance",
      ["Senior Democrats publicly backed President Joe Biden on Friday after a halting debate performance against Donald Trump prompted questions over whether he should remain the party\u2019s candidate."],
      "biden-debate-fallout-2024-06-28", n="US election"),
  E("2024-06-28 17:50", "Dnepr strike: at least five dead in apartment block",
    ["At least five people were killed and more than 30 injured when a Russian missile slammed into a residential building in the Ukrainian city of Dnepr (Dnipro) on Friday morning, local officials said.",
     "Rescue work at the site continued into the evening."],
    "strikes", "strikes", 3, DNIPRO, n="spelling 'Dnepr'; toll 5 dead"),
  OFF("2024-06-28 15:30", "Kenya\u2019s president drops tax plans after deadly protests",
      ["Kenyan President William Ruto has withdrawn a finance bill containing new taxes, days after protesters stormed parliament and at least 20 people were killed in clashes with police."],
      "kenya-finance-bill-withdrawn", n="Kenyan politics"),
  E("2024-06-28 12:05", "EU signs long-term security pledge with Ukraine",
    ["The European Union has signed a document setting out its long-term security commitments to Ukraine, promising weapons, training and financial help for as long as the war lasts."],
    "diplomacy", "diplomacy", 3, EUSEC),
  OFF("2024-06-28 09:20", "UK election enters final week with Labour far ahead",
      ["Britain\u2019s political parties began the last week of campaigning before the 4 July general election, with opinion polls still giving the opposition Labour Party a wide lead."],
      "uk-general-election-final-week", n="UK election"),
  OFF("2024-06-28 06:00", "Euro 2024 knockout stage gets under way",
      ["The round of 16 at the European Championship in Germany begins on Saturday, when Switzerland play Italy in Berlin."],
      "euro-2024-round-of-16", n="football"),
  ]))

# ---------------------------------------------------------------- 10623 Pendlecombe Review (day 1)
SEEDS.append(dict(
  id="10623", name="10623_pendlecombe-article", ext="txt", source="Pendlecombe Review", zone="Europe/Berlin", render=r_article,
  title="Ukraine: deadly strike on Dnipro as EU and Kyiv seal security pact", byline="Henrike Wolters",
  dateline="28 June 2024, 14:10 CEST",
  lede="Three developments from Friday: a missile strike in central Ukraine, a new EU security framework and an update on fighter jets.",
  more="More on this topic: The EU\u2019s long road to Ukrainian membership",
  basis="no per-section time: the article dateline '28 June 2024, 14:10 CEST' (CEST = UTC+2) dates every section; local {d} in {z}",
  notes="Invented outlet. Text article with three section headings; each section is one entry (headline = heading, stamp null, published = dateline, author = the page byline).",
  not_entries=["outlet name and breadcrumb", "article title", "standfirst/lede", "byline 'By Henrike Wolters'", "dateline '28 June 2024, 14:10 CEST'",
               "share line", "'More on this topic: ...' related link", "footer"],
  entries=[
  E("2024-06-28 14:10", "Death toll in Dnipro rises to four",
    ["At least four people died when a Russian missile hit a high-rise residential building in Dnipro on Friday morning, Ukrainian emergency services said.",
     "Dozens were injured. Footage published by the regional governor showed a gaping hole in the building\u2019s upper floors."],
    "strikes", "strikes", 3, DNIPRO, a="Henrike Wolters", n="toll 4 dead"),
  E("2024-06-28 14:10", "EU and Kyiv seal security commitments",
    ["At the summit in Brussels on Thursday, the EU\u2019s 27 leaders and President Volodymyr Zelensky signed a framework of long-term security commitments for Ukraine.",
     "Unlike NATO\u2019s mutual-defence clause, the document contains no obligation to come to Ukraine\u2019s aid militarily. It does commit the bloc to keep supplying arms and to help rebuild Ukraine\u2019s defence industry."],
    "diplomacy", "diplomacy", 3, EUSEC, a="Henrike Wolters"),
  E("2024-06-28 14:10", "Dutch F-16s \u2018within weeks\u2019",
    ["The Netherlands expects to deliver the first of its promised F-16 fighter jets to Ukraine within weeks, the Dutch defence ministry said on Friday.",
     "Denmark and Norway have also pledged F-16s, but Kyiv has repeatedly complained about the slow pace of deliveries."],
    "aid", "aid", 3, F16NL, a="Henrike Wolters"),
  ]))

# ---------------------------------------------------------------- day 2 (2024-06-29)
VILN = "vilniansk-glide-bomb-strike-2024-06-29"
ZPLAN = "zelensky-peace-plan-this-year-2024-06-28"

# ---------------------------------------------------------------- 10630 Haskerton Post
SEEDS.append(dict(
  id="10630", name="10630_haskerton-htmllive", ext="html", source="Haskerton Post", zone="Europe/Warsaw", render=r_haskerton,
  title="War in Ukraine \u2013 live: guided bombs hit Vilniansk; Zelensky promises peace plan this year",
  dateline="Saturday, 29 June 2024", tznote="All times CEST",
  lede="Russian glide bombs kill several people in a town near Zaporizhzhia. Hungary prepares to take the EU presidency.",
  basis="bare '{s}' above the headline, read with the printed note 'All times CEST' (UTC+2) and the dateline 'Saturday, 29 June 2024'; local {d} in {z}",
  notes="Invented outlet. HTML live blog without JSON-LD, newest first. Each entry: bare 'HH:MM' span ABOVE the h2, optional author line below the h2, body. The zone comes only from the printed note 'All times CEST'. 10630-01 is a 'Photos:' gallery teaser without text (importance 1). 10630-04 (Hungary's EU presidency and its 'peace' pitch) is a different story from Zelensky's peace plan (10630-05): must not merge. 10630-02 (deadly drone strike in Russia's Belgorod region) must not merge with the Vilniansk strike.",
  not_entries=["cookie bar", "header and navigation", "page title", "meta line 'Saturday, 29 June 2024 · All times CEST'", "lead paragraph",
               "gallery placeholder '[Gallery: 8 photos]' inside 10630-01", "'See also' aside about Hungary's EU presidency", "link to yesterday's live coverage", "footer"],
  entries=[
  E("2024-06-29 17:50", "Photos: Vilniansk after the strike", [], "strikes", "strikes", 1, VILN, n="gallery teaser without body"),
  E("2024-06-29 17:10", "Drone attack in Belgorod region kills one, governor says",
    ["A Ukrainian drone struck a car in a village in Russia\u2019s Belgorod region, killing the driver, regional governor Vyacheslav Gladkov said on Saturday."],
    "strikes", "strikes", 3, "belgorod-region-drone-death-2024-06-29", a="Agata Wrzosek",
    n="deadly strike on the Russian side; must not merge with Vilniansk"),
  E("2024-06-29 14:30", "Vilniansk toll rises to five",
    ["Five people have been killed in a Russian guided-bomb attack on the town of Vilniansk in the Zaporizhzhia region, regional governor Ivan Fedorov said.",
     "The bombs hit a residential street and a shop in the town centre around midday, and at least 25 people were wounded."],
    "strikes", "strikes", 3, VILN, a="Agata Wrzosek", n="toll 5 dead; spelling 'Vilniansk'"),
  E("2024-06-29 11:05", "Orb\u00e1n prepares to take over EU presidency with \u2018peace\u2019 pitch",
    ["Hungary\u2019s prime minister, Viktor Orb\u00e1n, takes over the rotating presidency of the Council of the EU on Monday, and his government says it wants to use the six months to push for an end to the war in Ukraine.",
     "Critics in Kyiv and in several EU capitals fear Budapest will instead slow down military aid and accession talks."],
    "diplomacy", "diplomacy", 2, "hungary-eu-presidency-start-2024-07-01", a="Marek Sobczyk",
    n="same 'peace' theme as Zelensky's plan, different story: must not merge"),
  E("2024-06-29 09:50", "Zelensky: detailed peace plan will be ready this year",
    ["Volodymyr Zelensky said Ukraine would present a detailed plan for ending the war before the end of the year, one that could be put on the table at a second peace summit."],
    "diplomacy", "diplomacy", 3, ZPLAN, a="Marek Sobczyk"),
  E("2024-06-29 08:15", "Shelling damages hospital in Kherson",
    ["Russian artillery hit the grounds of a hospital in Kherson overnight, shattering windows and damaging an ambulance, the regional military administration said. No one was hurt."],
    "strikes", "strikes", 2, "kherson-hospital-shelling-2024-06-29"),
  ]))

# ---------------------------------------------------------------- 10631 Brenmoor Dispatch
SEEDS.append(dict(
  id="10631", name="10631_brenmoor-atom", ext="xml", source="Brenmoor Dispatch", zone="Europe/Kyiv", render=r_atom,
  title="Brenmoor Dispatch \u2014 Ukraine", url="https://brenmoor-dispatch.example", lede="Reporting from Kyiv and the regions",
  basis="Atom <published> '{s}' (explicit +03:00 offset = Kyiv summer time); local {d} in {z}",
  notes="Invented outlet. Atom feed, newest first, <published> with +03:00, escaped-HTML content, per-entry <author>. Carries the day-1 Dnipro story forward (10631-03: search over, toll six; same story slug as day 1) and the earliest Vilniansk report, spelled 'Vilnyansk' (two dead). 10631-04 (drones on Zaporizhzhia city's industrial area) is a different event from the Vilniansk strike in the same region: must not merge.",
  not_entries=["feed title, subtitle, links, id and updated elements", "entry link and id elements"],
  entries=[
  E("2024-06-29 13:55", "Guided bombs hit Vilnyansk, two reported dead",
    ["At least two people were killed when Russian guided bombs struck the centre of Vilnyansk, a town north of Zaporizhzhia, shortly after midday on Saturday, the regional governor said.",
     "He said several buildings were on fire and warned that the number of casualties was likely to rise."],
    "strikes", "strikes", 3, VILN, a="Sofiia Rybak", n="first report; toll 2; spelling 'Vilnyansk'"),
  E("2024-06-29 11:40", "Zelensky: plan to end the war \u2018ready this year\u2019",
    ["Ukraine is drafting a detailed plan to end the war and expects it to be ready within months, President Volodymyr Zelensky told reporters in Kyiv on Friday evening."],
    "diplomacy", "diplomacy", 3, ZPLAN, a="Andrii Solonko"),
  E("2024-06-29 09:20", "Dnipro: search over, death toll six",
    ["Rescuers have finished searching the apartment building in Dnipro that was hit by a Russian missile on Friday, and the number of dead stands at six, the State Emergency Service said.",
     "Saturday has been declared a day of mourning in the city."],
    "strikes", "strikes", 3, DNIPRO, a="Sofiia Rybak", n="continuation of the day-1 Dnipro story with a new development (search ended, toll 6)"),
  E("2024-06-29 06:10", "Drones hit industrial area of Zaporizhzhia overnight",
    ["Russian drones struck an industrial site in the city of Zaporizhzhia overnight, starting a fire that was put out by morning, regional officials said. No casualties were reported."],
    "strikes", "strikes", 2, "zaporizhzhia-city-drone-attack-2024-06-29", a="Andrii Solonko",
    n="same region as Vilniansk, different event: must not merge"),
  E("2024-06-29 04:45", "General staff: heaviest fighting near Pokrovsk",
    ["Ukraine\u2019s general staff said the most intense Russian assaults over the past day were on the Pokrovsk front, where 28 attacks had been repelled."],
    "other", "frontline", 2, "pokrovsk-front-assaults-2024-06-29"),
  ]))

# ---------------------------------------------------------------- 10632 Lissard Evening News
SEEDS.append(dict(
  id="10632", name="10632_lissard-textlive", ext="txt", source="Lissard Evening News", zone="America/New_York", render=r_lissard,
  title="Russia-Ukraine war: live updates", dateline="Saturday, June 29, 2024",
  lede="Follow our live coverage of the war in Ukraine. Times are Eastern.",
  basis="stamp '{s}' (Eastern time, EDT = UTC-4) under the dateline 'Saturday, June 29, 2024'; local {d} in {z}",
  notes="Invented outlet (US). Text live blog, oldest first, 'h:mm a.m. ET' line before each headline, no per-post authors. 10632-06 repeats 10632-01 nearly verbatim (importance 1, duplicate_of 10632-01). 10632-04 is a verbatim re-post of day 1's analysis 10620-03 (same headline and text, syndicated without a fresh date): importance 1, same story slug as on day 1. 10632-02 is a theme piece (why Ukraine has blackouts in summer). 10632-01 continues the day-1 Dnipro story.",
  not_entries=["outlet name and navigation", "page title and dateline", "lede 'Follow our live coverage ... Times are Eastern.'", "'ADVERTISEMENT'",
               "closing line 'This live blog has ended. ...'", "footer"],
  entries=[
  E("2024-06-29 08:05", "Dnipro mourns six dead as rescue work ends",
    ["The city of Dnipro held a day of mourning on Saturday after rescuers finished clearing the rubble of an apartment building hit by a Russian missile, with the death toll settled at six.",
     "More than 40 people were hurt in the strike, the city\u2019s mayor said."],
    "strikes", "strikes", 3, DNIPRO, n="continuation of the day-1 Dnipro story (toll 6)"),
  E("2024-06-29 09:20", "Why Ukraine is facing power cuts in the middle of summer",
    ["Ukrainians are living with scheduled blackouts of up to 10 hours a day this summer, something officials once expected only in winter.",
     "Russian missile and drone attacks since March have destroyed or damaged about half of the country\u2019s generating capacity, including large thermal and hydroelectric plants.",
     "Hot weather raises demand for air conditioning while several nuclear units are down for routine maintenance, leaving the grid short at peak hours. Imports from the EU cover only part of the gap."],
    "other", "humanitarian", 2, "explainer-ukraine-summer-power-deficit", sec=["strikes"], n="theme piece (explainer on the power deficit)"),
  E("2024-06-29 11:40", "Vilniansk strike toll climbs to seven",
    ["Seven people were killed and dozens wounded by Russian glide bombs in Vilniansk on Saturday, Zaporizhzhia regional governor Ivan Fedorov said, raising an earlier toll.",
     "Among the dead was a 14-year-old, he said."],
    "strikes", "strikes", 3, VILN, n="toll 7"),
  E("2024-06-29 12:20", GLIDE_H, GLIDE_P, "strikes", "strikes", 1, GLIDE,
    n="re-post of day-1 entry 10620-03 (verbatim syndicated analysis), importance 1"),
  E("2024-06-29 13:45", "Lithuania sends new batch of ammunition to Ukraine",
    ["Lithuania has shipped another consignment of artillery ammunition and anti-drone equipment to Ukraine, its defence ministry said on Saturday, without giving quantities."],
    "aid", "aid", 2, "lithuania-ammunition-shipment-2024-06-29"),
  E("2024-06-29 15:30", "Dnipro mourns six dead as rescue work ends",
    ["The city of Dnipro held a day of mourning on Saturday after rescue teams finished clearing the rubble of an apartment building hit by a Russian missile, with the death toll settled at six.",
     "More than 40 people were hurt in the strike, the city\u2019s mayor said."],
    "strikes", "strikes", 1, DNIPRO, dup="10632-01", n="near-verbatim repeat of 10632-01"),
  E("2024-06-29 17:10", "Russia says it captured village near Toretsk",
    ["Russia\u2019s defence ministry said its forces had taken control of a village near Toretsk in the Donetsk region. Ukraine\u2019s military did not comment."],
    "other", "frontline", 2, "russia-claims-village-near-toretsk-2024-06-29"),
  ]))

# ---------------------------------------------------------------- 10633 Farrowdale World Report (day 2, general world feed)
SEEDS.append(dict(
  id="10633", name="10633_farrowdale-worldrss", ext="xml", source="Farrowdale World Report", zone="America/Toronto", render=r_worldrss, rfc="num",
  title="Farrowdale World Report | World", url="https://farrowdale.example/world", guid="fwr-20240629",
  lede="International news from the Farrowdale World Report desk.",
  basis="RSS pubDate '{s}' (explicit -0400 offset = Eastern daylight time); local {d} in {z}",
  notes="Invented outlet (Canada). General world-news RSS 2.0 feed, newest first, pubDate with -0400. 4 of 6 items are off-beat (Hurricane Beryl, French election, US Supreme Court, Iran election). The Vilniansk item uses the Russian-style spelling 'Volnyansk'; the Dnipro item continues the day-1 story.",
  not_entries=["channel title/link/description/language", "item category, link and guid elements"],
  entries=[
  OFF("2024-06-29 19:30", "Beryl becomes a hurricane as it heads for the eastern Caribbean",
      ["Beryl strengthened into a hurricane on Saturday as it churned toward the Windward Islands, and forecasters warned it could become a major storm before landfall."],
      "hurricane-beryl-2024-06-29", n="weather"),
  OFF("2024-06-29 17:10", "France votes in snap election that could bring far right to the threshold of power",
      ["French voters go to the polls on Sunday in the first round of a snap parliamentary election called by President Emmanuel Macron after his party\u2019s defeat in the European vote."],
      "france-snap-election-first-round", n="French politics"),
  E("2024-06-29 13:15", "Seven killed as Russian bombs hit Volnyansk",
    ["Russian glide bombs killed seven people in Volnyansk, a town in southern Ukraine\u2019s Zaporizhzhia region, Ukrainian officials said on Saturday."],
    "strikes", "strikes", 3, VILN, n="spelling 'Volnyansk'; toll 7"),
  OFF("2024-06-29 10:05", "Supreme Court ruling curbs power of federal agencies",
      ["The U.S. Supreme Court\u2019s decision to overturn a 40-year-old precedent on deference to federal agencies could ripple through rules on everything from pollution to workplace safety, legal experts said."],
      "us-supreme-court-chevron-ruling", n="US law"),
  E("2024-06-29 06:40", "Dnipro ends search for missile strike victims; six dead",
    ["Ukrainian rescuers ended their search of a Dnipro apartment block hit by a Russian missile, confirming six deaths."],
    "strikes", "strikes", 3, DNIPRO, n="continuation of the day-1 Dnipro story (toll 6)"),
  OFF("2024-06-29 02:20", "Iran\u2019s presidential election heads to runoff",
      ["Iran\u2019s presidential election will go to a runoff on July 5 after no candidate won a majority, officials said, with reformist Masoud Pezeshkian and hard-liner Saeed Jalili advancing."],
      "iran-presidential-runoff", n="Iranian politics"),
  ]))

# ---------------------------------------------------------------- day 3 (2024-12-21)
KAZAN = "kazan-drone-attack-2024-12-21"
KRIH = "kryvyi-rih-missile-strike-2024-12-21"
KYIVDMG = "kyiv-ballistic-attack-2024-12-20"
NKKURSK = "north-korean-losses-kursk-2024-12"
GAS = "ukraine-slovakia-gas-transit-dispute-2024-12"

# ---------------------------------------------------------------- 10640 Fernacre Times (day 3, general world feed)
SEEDS.append(dict(
  id="10640", name="10640_fernacre-worldatom", ext="xml", source="Fernacre Times", zone="UTC", render=r_atom,
  title="Fernacre Times: World", url="https://fernacre-times.example/world", lede="World news from the Fernacre Times",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z, no authors. 4 of 6 entries are off-beat (US stopgap bill, Jubilee, Mayotte, Syria). War items: Kazan drone attack (no casualties, 'several' towers) and the Kryvyi Rih strike spelled 'Krivoy Rog'.",
  not_entries=["feed title, subtitle, links, id and updated elements", "entry link and id elements"],
  entries=[
  OFF("2024-12-21 22:30", "US Congress passes stopgap bill, averting government shutdown",
      ["The Senate approved a temporary spending bill shortly after midnight and President Joe Biden signed it on Saturday, keeping the federal government funded into March."],
      "us-stopgap-spending-bill-2024-12", n="US politics"),
  OFF("2024-12-21 19:05", "Pope prepares to open Holy Door for Jubilee year",
      ["Pope Francis will open the Holy Door of St Peter\u2019s Basilica on Christmas Eve to start the Catholic Church\u2019s Jubilee year, which the Vatican expects to draw more than 30 million pilgrims to Rome."],
      "jubilee-2025-holy-door", n="religion"),
  E("2024-12-21 15:20", "Drones hit apartment towers in Russia\u2019s Kazan",
    ["Ukrainian drones struck several residential high-rises in the Russian city of Kazan on Saturday morning, more than 1,000 kilometres from the border, Russian officials said. No one was reported hurt."],
    "strikes", "strikes", 3, KAZAN),
  OFF("2024-12-21 12:45", "Aid reaches cut-off villages in cyclone-hit Mayotte",
      ["French soldiers and aid workers delivered water and food to remote villages in Mayotte a week after Cyclone Chido devastated the Indian Ocean territory."],
      "mayotte-cyclone-chido-aid", n="disaster relief"),
  OFF("2024-12-21 09:10", "Syria\u2019s new leaders meet US diplomats in Damascus",
      ["Senior US diplomats held talks in Damascus with the group that toppled Bashar al-Assad, the first such visit by American officials in more than a decade."],
      "us-diplomats-damascus-visit", n="Syria"),
  E("2024-12-21 06:30", "Russian missile hits Krivoy Rog, killing one",
    ["A Russian missile attack on the central Ukrainian city of Krivoy Rog on Saturday morning killed one person and damaged several apartment buildings, the regional governor said."],
    "strikes", "strikes", 3, KRIH, n="spelling 'Krivoy Rog'; toll 1"),
  ]))

# ---------------------------------------------------------------- 10641 Marshgate Courier
SEEDS.append(dict(
  id="10641", name="10641_marshgate-textlive", ext="txt", source="Marshgate Courier", zone="Europe/Kyiv", render=r_marshgate,
  title="Ukraine live: drones reach Kazan; missile strike on Kryvyi Rih", dateline="Saturday 21 December \u00b7 all times Kyiv (EET)",
  byline="Live reporting: Nadiia Horobets and Oliver Strand", parse_args=["--date", "2024-12-21"],
  lede="A Ukrainian drone attack on the Tatarstan capital, a deadly strike in central Ukraine and a row with Slovakia over gas.",
  basis="bare stamp '{s}' (Kyiv time, EET = UTC+2, printed in the date line) on 'Saturday 21 December' (no year printed; parse_args gives 2024-12-21); local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first; date line 'Saturday 21 December \u00b7 all times Kyiv (EET)' with NO year anywhere on the page (parse_args --date 2024-12-21). Bare 'HH:MM' line before each headline. One page byline with two names, used as every entry's author. 10641-03 is a 'Video:' teaser without body. 10641-05 is a theme piece (how far Ukraine's drones reach); it mentions Kazan but is not the Kazan event. 10641-06 repeats 10641-01 nearly verbatim (duplicate_of 10641-01; only 'The authorities' -> 'Authorities').",
  not_entries=["outlet name and navigation", "page title", "date line 'Saturday 21 December \u00b7 all times Kyiv (EET)'", "byline 'Live reporting: ...'", "lede",
               "supporter promo after the fourth post", "'Live coverage continues tomorrow.'", "footer"],
  entries=[
  E("2024-12-21 08:05", "Drones strike high-rise buildings in Kazan, Russian officials say",
    ["Several drones hit residential high-rises in Kazan, the capital of Russia\u2019s Tatarstan republic, early on Saturday, local authorities said.",
     "Video shared on Russian social media showed a drone flying into the upper floors of a tower block and exploding. The authorities said three buildings had been hit and there were no casualties."],
    "strikes", "strikes", 3, KAZAN, a="Nadiia Horobets and Oliver Strand", n="first report; three buildings"),
  E("2024-12-21 09:30", "Missile strike on Kryvyi Rih kills one",
    ["A Russian ballistic missile struck Kryvyi Rih in the morning, killing a man and damaging an apartment block and a college building, regional governor Serhiy Lysak said."],
    "strikes", "strikes", 3, KRIH, a="Nadiia Horobets and Oliver Strand", n="toll 1; must not merge with the Kyiv attack of 20 December"),
  E("2024-12-21 11:15", "Video: Drone slams into Kazan tower block", [], "strikes", "strikes", 1, KAZAN,
    a="Nadiia Horobets and Oliver Strand", n="teaser without body"),
  E("2024-12-21 12:40", "Zelensky: North Korean losses in Kursk mounting",
    ["President Volodymyr Zelensky said North Korean troops fighting alongside Russian forces in the Kursk region had suffered several hundred casualties in recent days.",
     "Ukrainian intelligence says Pyongyang has sent about 11,000 soldiers to Russia."],
    "other", "frontline", 3, NKKURSK, a="Nadiia Horobets and Oliver Strand"),
  E("2024-12-21 14:20", "Explainer: How far can Ukraine\u2019s drones reach?",
    ["Saturday\u2019s attack on Kazan, roughly 1,000 km from Ukraine, shows how far the country\u2019s home-built long-range drones can now fly.",
     "Ukrainian manufacturers produce several types of one-way attack drones, some with a claimed range of more than 1,500 km. Most carry small warheads and are aimed at refineries, airfields and ammunition depots.",
     "Their weakness is speed: they fly slowly and low, and Russia has thickened its air defences around key sites. Kyiv compensates by launching them in large swarms."],
    "strikes", "strikes", 2, "explainer-ukraine-long-range-drones", a="Nadiia Horobets and Oliver Strand",
    n="theme piece (explainer); mentions Kazan but is its own story: must not merge with the Kazan attack"),
  E("2024-12-21 16:05", "Drones strike high-rise buildings in Kazan, Russian officials say",
    ["Several drones hit residential high-rises in Kazan, the capital of Russia\u2019s Tatarstan republic, early on Saturday, local authorities said.",
     "Video shared on Russian social media showed a drone flying into the upper floors of a tower block and exploding. Authorities said three buildings had been hit and there were no casualties."],
    "strikes", "strikes", 1, KAZAN, a="Nadiia Horobets and Oliver Strand", dup="10641-01", n="near-verbatim repeat of 10641-01"),
  E("2024-12-21 18:30", "Zelensky rejects Fico\u2019s call to keep Russian gas flowing",
    ["Zelensky said Ukraine would not extend the transit of Russian gas after its contract expires, rejecting a proposal by Slovak Prime Minister Robert Fico, whom he met at an EU summit this week.",
     "Fico has warned that Slovakia could lose hundreds of millions of euros in transit fees."],
    "diplomacy", "diplomacy", 3, GAS, a="Nadiia Horobets and Oliver Strand"),
  ]))

# ---------------------------------------------------------------- 10642 Ottermouth Wire
SEEDS.append(dict(
  id="10642", name="10642_ottermouth-rss", ext="xml", source="Ottermouth Wire", zone="Europe/Helsinki", render=r_worldrss, rfc="num",
  title="Ottermouth Wire \u2013 Ukraine and Russia", url="https://ottermouth-wire.example", guid="ow-20241221",
  lede="Agency copy on Russia\u2019s war in Ukraine",
  basis="RSS pubDate '{s}' (explicit +0200 offset = Helsinki winter time); local {d} in {z}",
  notes="Invented outlet (news agency). RSS 2.0, newest first, pubDate with +0200, dc:creator per item (author). Spells the Kryvyi Rih strike city 'Krivyi Rih'. Kazan counts grow across the day (six drones, then six buildings). 10642-06 (US aid deliveries before the handover) stands alone.",
  not_entries=["channel title/link/description/language", "item category, link and guid elements"],
  entries=[
  E("2024-12-21 20:10", "Fico says he will take gas transit dispute to Brussels",
    ["Slovak Prime Minister Robert Fico said on Saturday he would ask the European Commission to press Ukraine to keep Russian gas flowing through its pipelines, calling Kyiv\u2019s refusal a threat to Slovakia\u2019s economy."],
    "diplomacy", "diplomacy", 3, GAS, a="Mikko Rantala"),
  E("2024-12-21 17:45", "Krivyi Rih strike toll rises to two",
    ["A second person has died after Saturday\u2019s Russian missile strike on Krivyi Rih in central Ukraine, local officials said. Nine people were injured."],
    "strikes", "strikes", 3, KRIH, a="Aino Lehtola", n="spelling 'Krivyi Rih'; toll 2"),
  E("2024-12-21 13:25", "Kazan drone attack: Tatarstan cancels weekend public events",
    ["Authorities in Tatarstan cancelled all public events planned for the weekend after drones struck residential buildings in Kazan, the regional government said.",
     "Six buildings were hit in total, according to the city\u2019s mayor."],
    "strikes", "strikes", 3, KAZAN, a="Mikko Rantala", n="six buildings"),
  E("2024-12-21 10:50", "Kazan airport halts flights after drone raid",
    ["Kazan\u2019s international airport suspended departures and arrivals after a drone attack on the city, Russia\u2019s aviation authority said.",
     "At least six drones were involved, officials said."],
    "strikes", "strikes", 3, KAZAN, a="Aino Lehtola", n="six drones"),
  E("2024-12-21 07:15", "Kyiv counts damage from Friday\u2019s ballistic missile attack",
    ["City authorities in Kyiv said Friday\u2019s ballistic missile attack damaged more than 30 buildings, including several embassies, and killed one person."],
    "strikes", "strikes", 3, KYIVDMG, a="Aino Lehtola", n="must not merge with the Kryvyi Rih strike (different city, different day)"),
  E("2024-12-21 05:40", "Pentagon rushes to ship remaining Ukraine aid before handover",
    ["The US Defense Department is speeding up deliveries of weapons already approved for Ukraine, aiming to send most of the remaining stock before President-elect Donald Trump takes office in January."],
    "aid", "aid", 2, "pentagon-speeds-remaining-aid-2024-12", a="Mikko Rantala"),
  ]))

# ---------------------------------------------------------------- 10643 Corrabeg Journal
SEEDS.append(dict(
  id="10643", name="10643_corrabeg-htmllive", ext="html", source="Corrabeg Journal", zone="Europe/Dublin", render=r_corrabeg,
  title="Ukraine war: Kazan hit by drones as Kyiv counts embassy damage \u2013 as it happened",
  url="https://corrabeg-journal.example/live/ukraine-21-december-2024", dateline="Saturday 21 December 2024",
  lede="Our live coverage of Saturday\u2019s developments in Russia\u2019s war in Ukraine.",
  basis="visible '{s}' in <time datetime> (Irish time, GMT = UTC in December) under the dateline 'Saturday 21 December 2024'; local {d} in {z}",
  notes="Invented outlet (Ireland). HTML live, newest first; JSON-LD @graph whose article node has @type ['NewsArticle','LiveBlogPosting'] and no liveBlogUpdate (page times only). Visible stamps '7.55pm' in <time datetime>; signature line after the body (author). 10643-05 (Russia's overnight drone raid on Ukraine) must not merge with the Kazan attack (10643-01, which also gives the Tatar spelling 'Qazan').",
  not_entries=["header and navigation", "page title", "dateline", "standfirst", "newsletter promo after the second entry", "footer"],
  entries=[
  E("2024-12-21 19:55", "Kazan: eight drones, six buildings hit, officials say",
    ["Russian officials now say eight drones took part in the morning attack on Kazan (Qazan in Tatar), hitting six residential buildings and an industrial site.",
     "Russia\u2019s Investigative Committee opened a terrorism case, and Kremlin officials promised a response."],
    "strikes", "strikes", 3, KAZAN, a="Niamh Costigan", n="eight drones, six buildings; Tatar spelling 'Qazan'"),
  E("2024-12-21 17:20", "North Korean troops suffering heavy losses in Kursk, Kyiv says",
    ["Ukraine says North Korean soldiers sent to Russia\u2019s Kursk region have taken heavy casualties, with President Volodymyr Zelensky putting the number killed and wounded in recent days in the hundreds."],
    "other", "frontline", 3, NKKURSK, a="Niamh Costigan"),
  E("2024-12-21 14:10", "Kyiv embassies assess damage after Friday\u2019s strike",
    ["Several diplomatic missions in Kyiv, including those of Albania, Argentina and Portugal, reported damage from Friday\u2019s Russian missile attack, Ukraine\u2019s foreign ministry said."],
    "strikes", "strikes", 3, KYIVDMG, a="Declan Farrelly", sec=["diplomacy"]),
  E("2024-12-21 11:35", "Czech-led initiative has sent 1.5 million shells this year, Prague says",
    ["A Czech-led scheme to buy artillery ammunition outside the EU for Ukraine will have delivered about 1.5 million shells by the end of the year, the Czech government said."],
    "aid", "aid", 2, "czech-ammunition-initiative-tally-2024", a="Declan Farrelly"),
  E("2024-12-21 09:40", "Ukraine says it downed 57 drones overnight",
    ["Ukraine\u2019s air force said it shot down 57 of 103 Russian drones launched overnight, with most of the rest lost to electronic jamming."],
    "strikes", "strikes", 2, "overnight-russian-drone-raid-2024-12-21", n="Russia's raid on Ukraine; must not merge with the Kazan attack"),
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
        print(f"{fn:40s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


if __name__ == "__main__":
    main()

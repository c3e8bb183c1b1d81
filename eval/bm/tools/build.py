#!/usr/bin/env python3
"""Builds the eval/bm seeds and gold files from one hand-written data table (below).

All news text is the blind tester's own invention or paraphrase; Part A imitates the layout of ten real outlets,
Part B outlets are invented. Deterministic: the same table always gives the same files.
Run from the project root: python3 eval/bm/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]   # AP style (Gannett)
BP_MON = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."]     # Black Press / Torstar style
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, **x):
    """One entry: local time t ('YYYY-MM-DD HH:MM' in the page zone), headline, paragraphs, labels."""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n, x=x)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018\u2022]|$)', par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


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


def wp(s):  # WordPress feed titles encode the curly apostrophe as a numeric entity
    return esc(s).replace("\u2019", "&#8217;").replace("\u2013", "&#8211;")


# ================================================================ Part A renderers (layouts only; wording is mine)

def r_tallahassee(S):
    """Tallahassee Democrat (Gannett / USA TODAY Network) live-updates article, HTML. Newest first; each post:
    'H:MM p.m. ET' above an h2 headline, paragraphs, '— Name, USA TODAY' signature; page Published/Updated line
    with the AP-style date 'Sept. 27, 2024'; NewsArticle JSON-LD (page times only); Helene storm banner."""
    z = S["zone"]; ents = S["entries"]
    first = dt(S["first_pub"], z); upd = dt(S["updated"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": upd.isoformat(),
          "author": [{"@type": "Person", "name": n} for n in S["bylines"]],
          "publisher": {"@type": "Organization", "name": "Tallahassee Democrat", "logo": {"@type": "ImageObject", "url": "https://www.tallahassee.com/logo.png"}}}
    def pubfmt(d):
        return f"{ampm(d, space=' ', dots=True)} ET {AP_MON[d.month - 1]} {d.day}, {d.year}"
    def aria(d):
        return f"{ampm(d, space=' ', upper=True)} EDT {MONTHS[d.month - 1]} {d.day}, {d.year}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<meta property="og:site_name" content="Tallahassee Democrat">', f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<a class="gnt_sk" href="#mainContentSection">Skip to main content</a>',
           '<header class="gnt_n"><a class="gnt_n_logo" href="/">Tallahassee Democrat</a><nav class="gnt_n_mn">'
           '<a href="/">Home</a> <a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/sports/fsu/">FSU</a> '
           '<a href="/sports/famu/">FAMU</a> <a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> '
           '<a href="/legals/">Legals</a> <a href="https://tallahassee.com/eNewspaper">eNewspaper</a></nav>'
           '<a class="gnt_n_us_a_sub" href="/subscribe/">Subscribe</a> <a class="gnt_n_us_a_si" href="/signin/">Sign In</a></header>',
           '<div class="gnt_bn" role="alert"><a href="/story/weather/hurricanes/">BREAKING: Helene leaves thousands in Leon County without power. Outage map and shelter list</a></div>',
           '<main id="mainContentSection"><article class="gnt_pr">', '<div class="gnt_ar_lbl">WORLD</div>',
           f'<h1 class="gnt_ar_hl" elementtiming="ar-headline">{esc(S["title"])}</h1>',
           '<div class="gnt_ar_by">' + " and ".join(f'<a class="gnt_ar_by_a" href="/staff/">{esc(n)}</a>' for n in S["bylines"]) +
           '<div class="gnt_ar_by_b">USA TODAY</div></div>',
           f'<div class="gnt_ar_dt" aria-label="Published: {aria(first)} Updated: {aria(upd)}">Published {pubfmt(first)} | Updated {pubfmt(upd)}</div>',
           '<div class="gnt_ss"><button>Share on Facebook</button><button>Share on X</button><button>Email</button></div>',
           f'<p class="gnt_ar_b_p">{esc(S["lede"])}</p>', '<div class="gnt_lb">']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} ET"; stamps.append(st)
        out.append(f'<div class="gnt_lb_pt" id="post-{i + 1}"><div class="gnt_lb_pt_ts">{st}</div><h2 class="gnt_lb_pt_hl">{esc(e["h"])}</h2>')
        if not e["p"]:
            out.append('<div class="gnt_em_vp"><button class="gnt_em_vp_btn" aria-label="Play video">Play</button> <span class="gnt_em_vp_dur">24:51</span></div>')
        out += [f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="gnt_lb_pt_by">\u2014 {esc(e["a"])}, USA TODAY</p>')
        out.append("</div>")
        if i == 2:
            out.append('<aside class="gnt_nl"><p>Get the Daily Briefing newsletter in your inbox.</p><input type="email" placeholder="Email address"> <button>Sign Up</button></aside>')
    out += ["</div>", '<p class="gnt_ar_b_p">Contributing: The Associated Press</p>', "</article></main>",
            '<aside class="gnt_m_tl"><h4>Most Popular</h4><ol><li><a href="/story/weather/1/">When will the power come back? What City of Tallahassee crews say</a></li>'
            '<li><a href="/story/sports/2/">FSU football: three things to watch against SMU</a></li></ol></aside>',
            '<footer class="gnt_f">Help · Terms of Service · Your California Privacy Rights/Privacy Policy · Privacy Policy · Site Map · Accessibility · Our Ethical Principles · '
            'Responsible Disclosure · Your Privacy Choices<br>\u00a9 2024 www.tallahassee.com. All rights reserved.</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_sarasota(S):
    """Sarasota Herald-Tribune Gannett RSS 2.0 section feed: title, link, short description (no byline),
    pubDate in GMT, numeric guid, media:content, feedburner:origLink. Newest first."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://www.heraldtribune.com/news/nation-world/</link>',
           '<description>Nation and world news from the Sarasota Herald-Tribune</description>', '<language>en-us</language>',
           f'<copyright>Copyright {S["year"]} Sarasota Herald-Tribune</copyright>', f'<lastBuildDate>{S["build"]}</lastBuildDate>', '<ttl>15</ttl>',
           '<atom:link href="http://rssfeeds.heraldtribune.com/sarasota/nationworld" rel="self" type="application/rss+xml"/>',
           '<image><url>https://www.heraldtribune.com/gcdn/rss-logo.png</url><title>Sarasota Herald-Tribune - Nation/World</title><link>https://www.heraldtribune.com</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], S["zone"]).astimezone(UTC); st = u.strftime("%a, %d %b %Y %H:%M:%S GMT"); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")[:60]
        num = 75531200007 + i * 1173
        link = f"https://www.heraldtribune.com/story/news/world/{u:%Y/%m/%d}/{slug}/{num}/"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{link}</link>", f"<description>{esc(' '.join(e['p']))}</description>",
                f"<pubDate>{st}</pubDate>", f'<guid isPermaLink="false">{num}</guid>',
                f'<media:content url="https://www.heraldtribune.com/gcdn/presto/{u:%Y/%m/%d}/{num}.jpg" medium="image" width="2048" height="1365"/>',
                f"<feedburner:origLink>{link}</feedburner:origLink>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_guelph(S):
    """GuelphMercury.com (Metroland/Torstar) article scrape: section label, title, deck, byline split over two
    lines, 'Sat., Oct. 12, 2024 · 5:52 p.m.' then 'timer4 min. read' (icon alt text glued), section headings.
    One entry per section heading; no per-section time; zone not printed (Guelph = Eastern)."""
    d = dt(S["dateline_t"], S["zone"])
    dl = f"{WEEKDAYS[d.weekday()][:3]}., {BP_MON[d.month - 1]} {d.day}, {d.year} \u00b7 {ampm(d, space=' ', dots=True)}"
    S["dateline"] = dl
    L = ["Skip to main content", "GuelphMercury.com", "", "Local News  Opinion  Sports  Obituaries  Canada  World  Business  Life  Flyers  Contests  Newsletters", "",
         "Sign In  |  Subscribe", "",
         "We use cookies to personalize content and ads and to analyze our traffic. By continuing to use our site, you accept our use of cookies. Learn more  Close", "",
         "World", "", S["title"], "", S["deck"], "", "By " + S["byline"], "Guelph Mercury", dl, "timer4 min. read", "",
         "Share via Facebook  Share via X  Share via Email  Copy link", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"]); stamps.append(None)
        if i == 1:
            L += ["Article continues below", "ADVERTISEMENT", ""]
    L += ["With files from The Canadian Press", "", "Report an error", "Journalistic Standards", "About Metroland", "",
          "Conversations are opinions of our readers and are subject to the Code of Conduct. The Guelph Mercury does not endorse these opinions.", "",
          "More from World", "Ottawa to open new visa stream for Ukrainians with family in Canada", "Moldova heads to the polls with EU referendum on the ballot", "",
          "\u00a9 Copyright Guelph Mercury | Metroland Media Group Ltd."]
    return "\n".join(L) + "\n", stamps


def r_ktw(S):
    """Kamloops This Week (Glacier Media) 'World News' listing scrape. Newest first; each card: headline, byline
    line, 'Oct 15, 2024 4:35 PM' (after the headline), excerpt. Zone not printed (Kamloops = Pacific)."""
    z = S["zone"]
    L = ["Skip to content", "Kamloops This Week", "Kamloops 11\u00b0C  Partly cloudy", "",
         "Local News  Sports  Opinion  Business  Real Estate  Obituaries  Contests  Events  E-Edition  Newsletters", "",
         "Subscribe  Sign In", "", "Home / Highlights / " + S["title"], "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MON3[d.month - 1]} {d.day}, {d.year} {ampm(d, space=' ', upper=True)}"; stamps.append(st)
        L += [e["h"], e["x"]["credit"], st, ""] + ptxt(e["p"])
        if i == 1:
            L += ["Advertisement", ""]
        if i == 3:
            L += ["Get the latest local news delivered to your inbox. Sign up for our free newsletter.", ""]
    L += ["Load More", "", "Kamloops This Week", "1365B Dalhousie Dr., Kamloops, B.C.  |  Contact Us  |  Advertise  |  Privacy Policy  |  Terms of Use",
          "\u00a9 2024 Kamloops This Week, a division of Glacier Media"]
    return "\n".join(L) + "\n", stamps


def r_nanaimo(S):
    """Nanaimo News Bulletin (Black Press Media) tag page, HTML. Newest first; card = h2 headline, excerpt, then
    credit and 'Sep. 29, 2024 9:15 a.m.' below; BreadcrumbList JSON-LD only; no zone printed (Pacific)."""
    z = S["zone"]
    ld = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://www.nanaimobulletin.com/"},
        {"@type": "ListItem", "position": 2, "name": "Ukraine", "item": "https://www.nanaimobulletin.com/tag/ukraine"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-CA"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Nanaimo News Bulletin</title>',
           '<script type="application/ld+json">' + json.dumps(ld) + '</script></head><body>',
           '<div id="cookie-notice">We use cookies to make your experience better. By continuing to browse this site you agree to our use of cookies. <button>Accept</button> <a href="/privacy">Privacy Policy</a></div>',
           '<header class="site-header"><a class="logo" href="/">Nanaimo News Bulletin</a><nav><a href="/news">News</a> <a href="/sports">Sports</a> '
           '<a href="/entertainment">Entertainment</a> <a href="/opinion">Opinion</a> <a href="/business">Business</a> <a href="/community">Community</a> '
           '<a href="/obituaries">Obituaries</a> <a href="/e-editions">e-Editions</a></nav><a class="btn" href="/newsletter">Newsletter</a> <a class="btn" href="/subscribe">Subscribe</a></header>',
           '<main class="tag-page"><nav class="crumbs"><a href="/">Home</a> / <span>Tag</span></nav>', f'<h1 class="tag-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{BP_MON[d.month - 1]} {d.day}, {d.year} {ampm(d, space=' ', dots=True)}"; stamps.append(st)
        out.append(f'<article class="card"><h2 class="card-title"><a href="/news/{7560123 + i * 37}">{esc(e["h"])}</a></h2>')
        out += [f'<p class="card-excerpt">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<div class="card-meta"><span class="card-author">{esc(e["x"]["credit"])}</span><span class="card-date">{st}</span></div></article>')
        if i == 2:
            out.append('<div class="ad-slot">Advertisement</div>')
    out += ['<button class="load-more">Load More</button></main>',
            '<aside class="sidebar"><h3>Trending</h3><ol><li><a href="/local/1">Nanaimo council approves budget for new downtown transit exchange</a></li>'
            '<li><a href="/sports/2">Clippers edge Cowichan in overtime</a></li></ol></aside>',
            '<footer>Like us on Facebook and follow us on X. | Contact Us | Advertise | Privacy Policy | Terms of Use<br>'
            'Nanaimo News Bulletin is part of Black Press Media. \u00a9 Copyright Black Press Media 2024</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_reddeer(S):
    """Red Deer Advocate (Black Press Media) wire round-up scrape: title, deck, credit, 'Oct. 19, 2024 4:20 p.m.',
    lede, then bullets WITHOUT headlines or times. One entry per bullet; zone not printed (Mountain)."""
    d = dt(S["dateline_t"], S["zone"])
    dl = f"{BP_MON[d.month - 1]} {d.day}, {d.year} {ampm(d, space=' ', dots=True)}"; S["dateline"] = dl
    L = ["Skip to content", "Red Deer Advocate", "", "News  Sports  Opinion  Business  Lifestyle  Obituaries  Local Events  e-Edition  Newsletters", "",
         "Subscribe  Sign in", "", "World", "", S["title"], "", S["deck"], "", S["byline"], dl, "",
         "Share on Facebook  Share on X  Share via Email", "", S["lede"], ""]
    stamps = []
    for e in S["entries"]:
        L += ["\u2022 " + " ".join(e["p"]), ""]; stamps.append(None)
    L += ["Like us on Facebook and follow us on X.", "", "Join the Conversation", "Commenting is available to Red Deer Advocate subscribers. Sign in", "",
          "Read more", "Alberta doctors' association warns of flu shot shortfall", "Red Deer Polytechnic Kings win home opener", "",
          "\u00a9 Copyright Black Press Media"]
    return "\n".join(L) + "\n", stamps


def acm_time(d):
    return ampm(d)


def acm_full(d):
    return f"{MONTHS[d.month - 1]} {d.day} {d.year} - {ampm(d)}"


def r_courier(S):
    """The Courier (Ballarat; Australian Community Media) World section page, HTML. Newest first (by first
    publication); each card: headline, summary, 'By AAP', and ACM's stamp 'December 6 2024 - 8:05pm' or
    'Updated December 7 2024 - 1:20am, first published 12:55am'. No zone printed (Ballarat = Melbourne time).
    The page runs across local midnight."""
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en-AU"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | The Courier | Ballarat, VIC</title></head><body>',
           '<header class="masthead-wrap"><a class="masthead" href="/">The Courier</a><nav><a href="/news/">News</a> <a href="/sport/">Sport</a> '
           '<a href="/lifestyle/">Lifestyle</a> <a href="/opinion/">Opinion</a> <a href="/property/">Property</a> <a href="/notices/">Obituaries</a> '
           '<a href="/digital-print-edition/">Today\u2019s Paper</a> <a href="/puzzles/">Puzzles</a></nav>'
           '<a class="btn-subscribe" href="/subscribe/">Subscribe</a> <a class="btn-login" href="/login/">Log in</a></header>',
           f'<main><h1 class="section-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if e["x"].get("upd"):
            u = dt(e["x"]["upd"], z)
            st = f"Updated {acm_full(u)}, first published " + (acm_time(d) if u.date() == d.date() else acm_full(d))
        else:
            st = acm_full(d)
        stamps.append(st)
        out.append(f'<div class="story-block"><h3 class="story-headline"><a href="/story/{8820410 + i * 13}/">{esc(e["h"])}</a></h3>')
        out += [f'<p class="story-summary">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="story-byline">By {esc(e["a"])}</p><p class="story-date">{st}</p></div>')
        if i == 1:
            out.append('<div class="newsletter-promo">Get the latest Ballarat news delivered to your inbox. <a href="/newsletters/">Sign up now</a></div>')
    out += ['<a class="more-link" href="/news/world/?page=2">More stories</a></main>',
            '<footer class="site-footer">The Courier, Ballarat | Contact us | Help centre | Advertise with us | Terms of use | Privacy<br>'
            '\u00a9 Copyright 2024 ACM</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_shepp(S):
    """Shepparton News 'National & World' wire updates scrape, OLDEST first. One date line 'Saturday, November 16'
    and no year anywhere; each update: '11.05am' line, headline, paragraphs, credit line ('AAP', 'Reuters')."""
    z = S["zone"]; d0 = dt(S["entries"][0]["t"], z)
    dl = f"{WEEKDAYS[d0.weekday()]}, {MONTHS[d0.month - 1]} {d0.day}"; S["dateline"] = dl
    L = ["Skip to main content", "Shepparton News", "", "Home  News  Sport  Country News  Opinion  Property  Classifieds  Obituaries  Digital Edition", "",
         "Subscribe  |  Log in", "", "National & World", "", S["title"], dl, "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"]) + [e["a"], ""]
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["Stay up to date with the Shepparton News newsletter. Sign up", "",
          "Shepparton News  |  About us  |  Contact  |  Advertise  |  Privacy policy  |  Terms and conditions"]
    return "\n".join(L) + "\n", stamps


def r_mackay(S):
    """Daily Mercury (Mackay; News Corp Australia) live coverage, HTML. Newest first; page byline with
    'News Corp Australia Network' and the first-published stamp 'November 30, 2024 - 1:05PM'; posts carry only
    '6.50am' (no date) and some have no headline; the page runs past local midnight. NewsArticle JSON-LD."""
    z = S["zone"]; first = dt(S["first_pub"], z); mod = dt(S["modified"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["lede"],
          "datePublished": first.isoformat(), "dateModified": mod.isoformat(), "author": {"@type": "Person", "name": S["byline"]},
          "publisher": {"@type": "Organization", "name": "Daily Mercury"}, "isAccessibleForFree": False}
    pubst = f"{MONTHS[first.month - 1]} {first.day}, {first.year} - {ampm(first, upper=True)}"
    out = ['<!DOCTYPE html>', '<html lang="en-AU"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Daily Mercury</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="header"><a class="header-logo" href="/">Daily Mercury</a><nav><a href="/news/">News</a> <a href="/sport/">Sport</a> '
           '<a href="/lifestyle/">Lifestyle</a> <a href="/business/">Business</a> <a href="/opinion/">Opinion</a> <a href="/puzzles/">Puzzles</a> '
           '<a href="/video/">Video</a> <a href="/realestate/">Real Estate</a></nav><a class="header-subscribe" href="/subscribe/">Subscribe</a> <a href="/signin/">Sign in</a></header>',
           '<main><div class="kicker">World</div>', f'<h1 class="story-headline">{esc(S["title"])}</h1>', f'<p class="story-standfirst">{esc(S["lede"])}</p>',
           f'<div class="byline"><span class="byline-name">{esc(S["byline"])}</span><span class="byline-org">News Corp Australia Network</span>'
           f'<span class="byline-readtime">5 min read</span><time datetime="{first.isoformat()}">{pubst}</time></div>',
           '<div class="share-tools"><button>Share</button><button>Gift this article</button><button>Save</button></div>', '<div class="live-blog">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        out.append(f'<div class="lb-post" id="lb-{i + 1}"><span class="lb-time">{st}</span>' + (f'<h3 class="lb-title">{esc(e["h"])}</h3>' if e["h"] else ""))
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 2:
            out.append('<div class="ad">Advertisement</div>')
    out += ["</div>", '<section class="comments"><h4>Join the conversation</h4><p>Read our community guidelines before commenting.</p></section>', "</main>",
            '<footer>Daily Mercury, Mackay QLD | Editorial code of conduct | Terms of use | Privacy policy | Contact us<br>'
            '\u00a9 Daily Mercury. All times AEST (GMT +10).</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_nyasa(S):
    """Nyasa Times WordPress tag feed (RSS 2.0): titles with &#8217;, dc:creator CDATA, pubDate '+0000',
    categories, excerpt with [&#8230;], content:encoded, and the SEO plug 'The post ... appeared first on ...'."""
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"',
           '\txmlns:content="http://purl.org/rss/1.0/modules/content/"', '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"',
           '\txmlns:dc="http://purl.org/dc/elements/1.1/"', '\txmlns:atom="http://www.w3.org/2005/Atom"',
           '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"', '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '\t>', '', '<channel>',
           f'\t<title>{wp(S["title"])}</title>', '\t<atom:link href="https://www.nyasatimes.com/tag/russia-ukraine-war/feed/" rel="self" type="application/rss+xml" />',
           '\t<link>https://www.nyasatimes.com/tag/russia-ukraine-war/</link>', '\t<description>Malawi news, politics, business and sport</description>',
           f'\t<lastBuildDate>{S["build"]}</lastBuildDate>', '\t<language>en-US</language>', '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>',
           '\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>', '\t<generator>https://wordpress.org/?v=6.7.1</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], S["zone"]).astimezone(UTC); st = u.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower().replace("\u2019", "")).strip("-")
        link = f"https://www.nyasatimes.com/{slug}/"
        words = " ".join(e["p"]).split()
        excerpt = " ".join(words[:40]) + " [&#8230;]" if len(words) > 40 else " ".join(words)
        plug = f'<p>The post <a href="{link}">{wp(e["h"])}</a> appeared first on <a href="https://www.nyasatimes.com">Nyasa Times - Malawi News</a>.</p>'
        out += ["\t<item>", f"\t\t<title>{wp(e['h'])}</title>", f"\t\t<link>{link}</link>", f"\t\t<comments>{link}#respond</comments>",
                f"\t\t<dc:creator><![CDATA[{e['a']}]]></dc:creator>", f"\t\t<pubDate>{st}</pubDate>",
                "\t\t\t\t<category><![CDATA[Africa]]></category>" if "Malawi" in " ".join(e["p"]) else "\t\t\t\t<category><![CDATA[World]]></category>",
                "\t\t<category><![CDATA[Russia-Ukraine War]]></category>", f'\t\t<guid isPermaLink="false">https://www.nyasatimes.com/?p={341207 + i * 19}</guid>',
                f"\t\t\t\t\t<description><![CDATA[<p>{excerpt}</p>\n{plug}]]></description>",
                "\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[" + "\n".join(f"<p>{p}</p>" for p in e["p"]) + "\n" + plug + "]]></content:encoded>",
                f"\t\t\t\t\t<wfw:commentRss>{link}feed/</wfw:commentRss>", f"\t\t\t<slash:comments>{(i * 7) % 5}</slash:comments>", "\t\t</item>"]
    out += ["\t</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


# ================================================================ Part B renderers (invented outlets)

def r_textlive_keypoints(S):
    """Tullimore Chronicle: text live blog, newest first; date line; Key Points bullets; each post: headline, then a
    'By NAME, 09.40 GMT' line (stamp after the headline), body."""
    L = ["TULLIMORE CHRONICLE", "News  World  Politics  Business  Sport  Culture  Weather", "", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Live", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], S["zone"]); st = (f"By {e['a']}, " if e["a"] else "") + f"{d:%H.%M} GMT"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"])
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Show earlier posts", "", "Tullimore Chronicle \u00b7 Contact \u00b7 Complaints \u00b7 Privacy notice \u00b7 Cookie preferences"]
    return "\n".join(L) + "\n", stamps


def r_quillhaven(S):
    """Quillhaven Post: HTML live page, OLDEST first; LiveBlogPosting JSON-LD with one BlogPosting per update
    (own datePublished, author); visible <time datetime> showing bare 'HH:MM' Kyiv time above an h2; a visible
    date line; signature line 'NAME / Quillhaven Post' after the body."""
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#u{i + 1}", "headline": e["h"], "datePublished": d.isoformat(), "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@type": "Organization", "name": S["source"]},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header><a class="brand" href="/">{S["source"]}</a><nav><a href="/war">War</a> <a href="/politics">Politics</a> <a href="/economy">Economy</a> '
           '<a href="/opinion">Opinion</a> <a href="/support">Support us</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="live-date">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           '<p class="tz-note">All times are Kyiv time.</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="u{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="signature">{esc(e["a"])} / {S["source"]}</p>')
        out.append('<div class="share"><a>Facebook</a> <a>Telegram</a> <a>Copy link</a></div></article>')
        if i == 3:
            out.append('<aside class="donate">Independent journalism needs your support. <a href="/support">Become a member</a></aside>')
    out += ["</main>", f"<footer>{S['source']} \u00b7 Editorial policy \u00b7 Corrections \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss_world(S):
    """General world-news RSS 2.0 feed, newest first; pubDate with 'GMT' or '+0000'; paragraphs in CDATA; no authors."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>',
           f"<title>{esc(S['title'])}</title>", f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>",
           '<language>en-gb</language>', f'<atom:link href="{S["url"]}/rss.xml" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], S["zone"]).astimezone(UTC)
        st = u.strftime("%a, %d %b %Y %H:%M:%S ") + S["rfc"]; stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/news/{u:%Y%m%d}-{i + 301}</link>",
                f'<guid isPermaLink="false">{S["url"].split("//")[1]}-{u:%Y%m%d}-{i + 301}</guid>', f"<pubDate>{st}</pubDate>",
                f"<category>{e['x'].get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel></rss>"]
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published>/<updated> with the outlet's offset ('Z' for UTC); escaped HTML content;
    <author> per entry when the outlet signs its items."""
    z = S["zone"]
    def iso(d):
        s = d.isoformat()
        return s.replace("+00:00", "Z")
    newest = max(dt(e["t"], z) for e in S["entries"])
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
           f"<title>{esc(S['title'])}</title>", f"<subtitle>{esc(S['lede'])}</subtitle>", f'<link href="{S["url"]}" />',
           f'<link rel="self" href="{S["url"]}/atom.xml" />', f"<id>{S['url']}/</id>", f"<updated>{iso(newest)}</updated>",
           f"<author><name>{S['source']}</name></author>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["url"]}/a/{d:%Y%m%d}{i + 11}" />', f"<id>{S['url']}/a/{d:%Y%m%d}{i + 11}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        out += [f'<category term="{e["x"].get("cat", "Ukraine")}" />',
                '<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>", "</entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_textarticle(S):
    """Text article with section headings: outlet line, breadcrumb, title, byline, dateline with time and zone,
    lede, sections; one entry per section; no per-section stamp (published = dateline)."""
    L = [S["source"].upper(), "Home > World > Europe", "", S["title"], "", "By " + S["byline"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"]); stamps.append(None)
    L += ["Share this article: Facebook | X | WhatsApp | Email", "", "Related: " + S["more"], "", f"\u00a9 {S['source']}. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_textlive_et(S):
    """Pinderfield Herald: text live page, OLDEST first, US Eastern; date headers WITH year ('Saturday, Nov. 23, 2024');
    each update: '9:35 p.m. ET' line, headline, body; one 'Compiled by' byline for the page. Starts on the local
    evening before the UTC day."""
    z = S["zone"]
    L = ["PINDERFIELD HERALD", "Local | Nation | World | Politics | Business | Sports | Opinion", "", S["title"], "Compiled by " + S["byline"], "", S["lede"], ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        day = f"{WEEKDAYS[d.weekday()]}, {AP_MON[d.month - 1]} {d.day}, {d.year}"
        if day != cur:
            cur = day; L += [day, ""]
        st = f"{ampm(d, space=' ', dots=True)} ET"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 3:
            L += ["Sponsored content", ""]
    L += ["Back to top", "Pinderfield Herald \u00b7 Subscriber services \u00b7 Terms \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_textlive_posted(S):
    """Maplewick Journal: text live page, newest first; date line without year; 'All times are Kyiv time.';
    each update: headline, then 'Posted 18:40 | NAME' (stamp after the headline), body."""
    L = ["Maplewick Journal", "Front page  Ukraine  Europe  World  Analysis  Podcasts", "", S["title"], S["dateline"], "All times are Kyiv time.", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], S["zone"]); st = f"Posted {d:%H:%M}" + (f" | {e['a']}" if e["a"] else ""); stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"])
        if i == 2:
            L += ["Support Maplewick Journal from as little as 3 euros a month.", ""]
    L += ["That's all from us today. Our live coverage continues tomorrow.", "", "Maplewick Journal \u00b7 About \u00b7 Ethics \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_heronsgate(S):
    """Heronsgate Wire: HTML live page, newest first; JSON-LD @graph whose page node has @type
    ['NewsArticle','LiveBlogPosting'] and liveBlogUpdate as ONE object (the newest post only); visible
    <time datetime=+01:00> showing '8:55 PM CET'; byline line after the h2."""
    z = S["zone"]; ents = S["entries"]
    newest = dt(ents[0]["t"], z); oldest = dt(ents[-1]["t"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": S["url"] + "#org", "name": S["source"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": oldest.isoformat(),
         "dateModified": newest.isoformat(), "publisher": {"@id": S["url"] + "#org"},
         "liveBlogUpdate": {"@type": "BlogPosting", "headline": ents[0]["h"], "datePublished": newest.isoformat(), "articleBody": " ".join(ents[0]["p"])}}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header><span class="wordmark">{S["source"]}</span> <nav><a href="/">Latest</a> <a href="/europe">Europe</a> <a href="/markets">Markets</a> <a href="/services">For newsrooms</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', upper=True)} CET"; stamps.append(st)
        out.append(f'<section class="entry"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">By {esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</section>")
        if i == 2:
            out.append('<div class="promo">Heronsgate Wire services for publishers: <a href="/services">find out more</a></div>')
    out += ["</main>", f"<footer>\u00a9 {S['source']}. Reproduction for licensed clients only.</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


# ================================================================ PART A: single pages (layouts of real outlets, own words)
SEEDS = []

SEEDS.append(dict(id="6600", name="6600_tallahasseedemocrat-live", ext="html", source="Tallahassee Democrat", zone="America/New_York", render=r_tallahassee,
  title="Zelenskyy meets Trump in New York as Russian bombs pound Zaporizhzhia: Live updates",
  url="https://www.tallahassee.com/story/news/world/2024/09/27/zelenskyy-trump-meeting-ukraine-russia-war-live-updates/75412093007/",
  bylines=["Ayana Whitfield", "Corbin Reyes"], first_pub="2024-09-27 06:48", updated="2024-09-27 19:40",
  lede="Ukrainian President Volodymyr Zelenskyy closed out a week of meetings in the United States on Friday by sitting down with Republican nominee Donald Trump, while Russian attacks went on in Ukraine's south and east. Follow along for the latest.",
  notes="Gannett/USA TODAY Network live-updates article as syndicated on tallahassee.com. Newest first. Each post: a stamp 'H:MM p.m. ET' ABOVE its h2 headline, body, then a signature '\u2014 Name, USA TODAY' (per-post author). The date appears only in the page line 'Published 6:48 a.m. ET Sept. 27, 2024 | Updated 7:40 p.m. ET Sept. 27, 2024' (AP-style 'Sept.'), and in the aria-label/JSON-LD. The NewsArticle JSON-LD carries page times only (no per-post list). ET in late September = EDT (UTC-4); all posts fall on 27 Sept in both New York and UTC. The 9:00 a.m. post is a video teaser with no text (importance 1, author null). Helene storm banner, newsletter box, 'Contributing: The Associated Press' and 'Most Popular' are chrome.",
  not_entries=["'Skip to main content' and the header navigation", "storm banner 'BREAKING: Helene leaves thousands in Leon County without power...'", "section label 'WORLD'",
               "h1 page title", "page byline 'Ayana Whitfield and Corbin Reyes USA TODAY'", "'Published ... | Updated ...' date line", "share buttons",
               "lede paragraph above the first post", "video player controls 'Play 24:51' in the teaser post", "newsletter box 'Get the Daily Briefing newsletter...'",
               "'Contributing: The Associated Press'", "'Most Popular' list (Tallahassee power outages, FSU football)", "footer links and copyright"],
  entries=[
  E("2024-09-27 19:22", "Trump and Zelenskyy meet at Trump Tower, both say the war has to end",
    ["Republican presidential nominee Donald Trump and Ukrainian President Volodymyr Zelenskyy met for roughly an hour at Trump Tower in Manhattan on Friday, their first face-to-face conversation in five years.",
     "Speaking to reporters before the meeting, Trump said he got along well with both Zelenskyy and Russian President Vladimir Putin and claimed he could broker a deal quickly if he returns to the White House. Zelenskyy said the two men agreed the fighting had to stop and that he had explained Kyiv's position in detail.",
     "The meeting was confirmed only late Thursday after days of uncertainty, following sharp criticism of Zelenskyy by Trump at campaign rallies earlier in the week."],
    "diplomacy", "diplomacy", 3, "zelenskyy-trump-meeting-2024-09-27", a="Corbin Reyes"),
  E("2024-09-27 17:05", "Second round of glide bombs hits Zaporizhzhia, wounding 16",
    ["Russian warplanes dropped guided aerial bombs on Zaporizhzhia for the second time Friday, striking a high-rise apartment building and a strip of small shops, regional governor Ivan Fedorov said.",
     "Emergency crews said 16 people were hurt, among them a 7-year-old girl, and a man was found dead beneath the collapsed roof of a garage complex.",
     "The southern city sits about 25 miles from the front line and has been hit almost daily in recent weeks."],
    "strikes", "strikes", 3, "zaporizhzhia-glide-bombs-2024-09-27", a="Ayana Whitfield"),
  E("2024-09-27 15:40", "Kremlin brushes off Zelenskyy's 'victory plan' sight unseen",
    ["The Kremlin said Friday that no blueprint drawn up in Kyiv would end the war unless Ukraine came to terms with what Moscow calls \"the situation on the ground.\"",
     "Kremlin spokesman Dmitry Peskov told reporters Russia had not seen the plan Zelenskyy presented to President Joe Biden on Thursday and had no interest in asking for a copy."],
    "diplomacy", "diplomacy", 2, "kremlin-dismisses-victory-plan-2024-09-27", a="Ayana Whitfield"),
  E("2024-09-27 13:10", "Pentagon: first weapons from new $375 million package already moving",
    ["Equipment from the $375 million drawdown package President Joe Biden announced Thursday is already being loaded for shipment, a Pentagon spokesperson said Friday.",
     "The package includes munitions for HIMARS launchers, armored vehicles and anti-tank weapons, the spokesperson said, without giving a date for delivery."],
    "aid", "aid", 2, "us-375m-drawdown-shipments-2024-09-27", a="Corbin Reyes", n="Follow-up on delivery of a package announced the day before, not the announcement itself -> 2."),
  E("2024-09-27 11:25", "Russia says its troops took a village south of Pokrovsk",
    ["Russia's Defense Ministry claimed Friday that its troops had captured the village of Marynivka, south of the Ukrainian logistics hub of Pokrovsk in the Donetsk region.",
     "Ukraine's General Staff did not acknowledge the loss and said its forces had turned back 31 assaults in the Pokrovsk sector over the previous 24 hours."],
    "other", "frontline", 2, "russia-claims-village-near-pokrovsk-2024-09-27", a="Ayana Whitfield"),
  E("2024-09-27 09:00", "Watch: Zelenskyy's full address to the UN General Assembly", [],
    "diplomacy", "diplomacy", 1, "zelenskyy-unga-address-2024-09-25", n="Video teaser without text or signature -> importance 1, author null."),
  E("2024-09-27 07:15", "Ukraine's air force says it downed 65 of 73 Russian drones overnight",
    ["Ukraine's air force said Friday that it had shot down 65 of the 73 attack drones Russia launched overnight, most of them over the Kyiv, Sumy and Poltava regions.",
     "Falling debris damaged several houses on the outskirts of Kyiv, but no one was hurt, regional officials said."],
    "strikes", "strikes", 2, "overnight-drone-attack-2024-09-27", a="Corbin Reyes"),
  ]))

SEEDS.append(dict(id="6601", name="6601_sarasotaheraldtribune-rss", ext="xml", source="Sarasota Herald-Tribune", zone="UTC", render=r_sarasota,
  title="Sarasota Herald-Tribune - Nation/World", year="2024", build="Sat, 05 Oct 2024 22:31:09 GMT",
  notes="Gannett RSS 2.0 section feed (FeedBurner-era namespaces). Newest first. Each item has only a one-paragraph description (no byline, so author null), pubDate in GMT (page_timezone UTC; Sarasota itself is US Eastern, 4 h behind, but every item is 5 Oct in both). One local off-beat item (Tropical Storm Milton forming in the Gulf) sits between the war items: other/unrelated, importance 1. The image element and the feedburner:origLink are chrome.",
  not_entries=["channel title, link, description, language, copyright, lastBuildDate, ttl", "channel image block", "media:content image URLs", "feedburner:origLink duplicates of each link"],
  entries=[
  E("2024-10-05 22:18", "Ukraine says its drones hit an ammunition depot in Russia's Bryansk region",
    ["Ukraine's military said drones struck an ammunition depot in Russia's Bryansk region on Saturday, setting off a chain of secondary blasts that residents filmed from miles away."],
    "strikes", "strikes", 2, "bryansk-ammunition-depot-drone-strike-2024-10-05"),
  OFF("2024-10-05 20:47", "Tropical Storm Milton forms in the Gulf, could threaten Florida next week",
      ["Forecasters said the new storm could strengthen into a hurricane and approach Florida's Gulf Coast by the middle of next week, less than two weeks after Helene flooded coastal neighborhoods from Sarasota north."],
      "tropical-storm-milton-forms", n="Florida weather."),
  E("2024-10-05 17:30", "Russian missile hits Kharkiv apartment building, killing 2",
    ["A Russian missile struck a nine-story apartment building in Kharkiv on Saturday afternoon, killing two residents and injuring 19 others, the mayor of Ukraine's second-largest city said."],
    "strikes", "strikes", 3, "kharkiv-apartment-missile-strike-2024-10-05"),
  E("2024-10-05 14:05", "Biden to meet allies in Germany next week as Ukraine seeks more help",
    ["President Joe Biden will travel to Germany next week for talks with European leaders and a meeting of the Ukraine Defense Contact Group, the White House said, as Kyiv pushes for more air defenses and fewer limits on Western weapons."],
    "diplomacy", "diplomacy", 3, "biden-germany-trip-ukraine-allies", sec=["aid"], n="Head-of-state diplomatic move -> 3; aid as secondary."),
  E("2024-10-05 11:50", "Ukraine's top commander says Russian pressure near Pokrovsk is not easing",
    ["Ukraine's commander-in-chief Oleksandr Syrskyi said Russian forces had brought fresh brigades into the fighting around Pokrovsk and Kurakhove and that his troops were rotating units under constant fire."],
    "other", "frontline", 2, "syrskyi-pokrovsk-pressure-2024-10-05"),
  E("2024-10-05 09:12", "Zelenskyy asks allies to lift limits on long-range strikes before winter",
    ["Ukrainian President Volodymyr Zelenskyy said in his nightly video address on Friday that permission to hit Russian airfields with Western missiles would spare Ukrainian cities a winter of bombardment."],
    "aid", "aid", 2, "zelenskyy-long-range-permission-appeal-2024-10-05", sec=["diplomacy"], n="Plea about the use of supplied weapons -> aid (appeal), diplomacy secondary."),
  E("2024-10-05 05:40", "Russian drones set grain warehouse ablaze at Danube port",
    ["A Russian drone attack overnight set a grain warehouse on fire at a Danube river port in Ukraine's Odesa region, regional governor Oleh Kiper said, adding that nobody was hurt."],
    "strikes", "strikes", 2, "danube-port-drone-attack-2024-10-05"),
  ]))

SEEDS.append(dict(id="6602", name="6602_guelphmercury-article", ext="txt", source="Guelph Mercury", zone="America/Toronto", render=r_guelph,
  title="Russia pounds Odesa ports as Zelenskyy ends European tour",
  deck="Ukraine's president spent four days making the case for his 'victory plan' in allied capitals",
  byline="Lena Martyniuk", dateline_t="2024-10-12 17:52",
  lede="Russia kept up its attacks on Ukraine's Black Sea ports on Saturday as President Volodymyr Zelenskyy returned home from a tour of European capitals. Here's a look at the main developments.",
  notes="Metroland/Torstar article page (GuelphMercury.com) as a select-all text scrape. One entry per section heading (5); no per-section time, so every entry takes the article's date line 'Sat., Oct. 12, 2024 \u00b7 5:52 p.m.' (stamp null). No zone is printed: Guelph is Eastern time (EDT, UTC-4), so 21:52 UTC. The byline is split over two lines ('By Lena Martyniuk' / 'Guelph Mercury') and is every entry's author. 'timer4 min. read' is the reading-time widget (icon alt text glued to the number). The last section is a local angle. 'Article continues below / ADVERTISEMENT' sits between sections 2 and 3.",
  not_entries=["'Skip to main content', site name, section menu, 'Sign In | Subscribe'", "cookie notice", "section label 'World'", "title line", "deck line",
               "byline lines", "date line and 'timer4 min. read'", "share line", "lede paragraph ('Here's a look at the main developments.')",
               "'Article continues below' / 'ADVERTISEMENT'", "'With files from The Canadian Press'", "'Report an error', 'Journalistic Standards', 'About Metroland'",
               "comments code-of-conduct line", "'More from World' related links", "copyright line"],
  entries=[
  E("2024-10-12 17:52", "Ports under fire",
    ["Russian drones and ballistic missiles hit port facilities in the Odesa region overnight and into Saturday, killing a crane operator and damaging a civilian cargo ship that was loading grain, Ukrainian officials said.",
     "It was the fourth attack on the region's ports in a week. Ukraine's navy accused Moscow of trying to shut down the shipping corridor Kyiv has relied on to export grain without Russian permission.",
     "Russia's Defence Ministry said it had struck sites used to bring Western weapons into Ukraine."],
    "strikes", "strikes", 3, "odesa-ports-attack-2024-10-12", a="Lena Martyniuk"),
  E("2024-10-12 17:52", "Zelenskyy's tour",
    ["Zelenskyy finished a four-day swing through London, Paris, Rome and Berlin on Friday, urging leaders to support a plan he says could push Moscow toward negotiations next year.",
     "None of the four leaders publicly backed his request for an immediate invitation to join NATO, although all of them promised continued support."],
    "diplomacy", "diplomacy", 3, "zelenskyy-european-tour-victory-plan", a="Lena Martyniuk"),
  E("2024-10-12 17:52", "Canada's contribution",
    ["Defence Minister Bill Blair said Canada would ship 80,000 rounds of small-arms ammunition and 1,300 Canadian-built drones to Ukraine before the end of the year.",
     "The deliveries will be paid for from a previously announced $500-million package, his office said in a statement."],
    "aid", "aid", 2, "canada-ammunition-drones-shipment-2024-10-12", a="Lena Martyniuk"),
  E("2024-10-12 17:52", "On the front line",
    ["Russian troops are inching forward inside the town of Toretsk, according to Ukrainian military bloggers and maps published by independent analysts.",
     "Ukraine's General Staff reported 147 clashes along the front over the past day, its highest daily figure in a month."],
    "other", "frontline", 2, "toretsk-fighting-2024-10-12", a="Lena Martyniuk"),
  E("2024-10-12 17:52", "Help from Guelph",
    ["Members of Guelph's Ukrainian community filled a shipping container with 40 generators and boxes of winter clothing on Saturday, their third such shipment since 2022.",
     "Organizer Halyna Petrenko said the generators were headed to hospitals in Chernihiv, where power cuts can last up to 12 hours a day."],
    "aid", "aid", 2, "guelph-generator-shipment-chernihiv", a="Lena Martyniuk", n="Private humanitarian shipment to Ukraine -> aid."),
  ]))

SEEDS.append(dict(id="6603", name="6603_kamloopsthisweek-listing", ext="txt", source="Kamloops This Week", zone="America/Vancouver", render=r_ktw,
  title="World News",
  notes="Glacier Media section listing (kamloopsthisweek.com) as a text scrape. Newest first. Each card: headline, byline line ('Name, The Canadian Press', 'The Associated Press', or a local reporter), then the stamp 'Oct 15, 2024 4:35 PM' AFTER the headline, then a one-paragraph excerpt. No zone printed: Kamloops is Pacific time (PDT, UTC-7), so the cards run 12:10-23:35 UTC on 15 Oct. Agency credits count as authors; 'Name, The Canadian Press' gives the name.",
  not_entries=["'Skip to content', site name, weather line", "section menu", "'Subscribe  Sign In'", "breadcrumb 'Home / Highlights / World News'", "section title 'World News'",
               "'Advertisement'", "newsletter sign-up line", "'Load More'", "footer address, links and copyright"],
  entries=[
  E("2024-10-15 16:35", "Zelenskyy to present 'victory plan' to Ukraine's parliament Wednesday",
    ["President Volodymyr Zelenskyy will lay out his plan for ending the war to Ukraine's parliament on Wednesday, the speaker of the Verkhovna Rada said, after weeks of private briefings for allied leaders."],
    "diplomacy", "diplomacy", 2, "victory-plan-rada-presentation", a="Marek Sobczak", credit="Marek Sobczak, The Canadian Press"),
  E("2024-10-15 13:20", "Kyiv says thousands of North Korean soldiers are training in Russia's Far East",
    ["Ukraine's military intelligence agency says about 10,000 North Korean soldiers are training at bases in Russia's Far East and could be sent to the front within weeks, a claim that Moscow and Pyongyang have denied."],
    "aid", "aid", 3, "north-korean-troops-training-in-russia", a="The Associated Press", credit="The Associated Press",
    n="Military support to Russia by a third country (troops) -> aid, as for arms transfers."),
  E("2024-10-15 11:05", "Canada sanctions 12 Russian officials over deportation of Ukrainian children",
    ["Foreign Affairs Minister M\u00e9lanie Joly announced sanctions on Tuesday against 12 Russian officials whom Ottawa accuses of organizing the removal of Ukrainian children to Russia and Belarus."],
    "diplomacy", "diplomacy", 2, "canada-sanctions-child-deportations-2024-10-15", sec=["other"], a="Marek Sobczak", credit="Marek Sobczak, The Canadian Press"),
  E("2024-10-15 08:40", "Missile strike on Mykolaiv bus depot kills mechanic",
    ["A Russian ballistic missile slammed into a bus depot in the southern Ukrainian city of Mykolaiv on Tuesday morning, killing a mechanic and destroying at least a dozen city buses, the regional governor said."],
    "strikes", "strikes", 3, "mykolaiv-bus-depot-strike-2024-10-15", a="The Associated Press", credit="The Associated Press"),
  E("2024-10-15 06:15", "Two years on, Kamloops host family and Ukrainian newcomers still share a home",
    ["When Oksana and Taras Lysenko arrived in Kamloops with their two sons in October 2022, they expected to stay a few months in the basement suite of a family in Juniper Ridge.",
     "Two years later, both parents work at Royal Inland Hospital, the boys play minor hockey, and the two families still share Sunday dinners upstairs."],
    "other", "humanitarian", 2, "kamloops-host-family-ukrainian-newcomers", a="Priya Mahal", credit="Priya Mahal"),
  E("2024-10-15 05:10", "Russia says it shot down 47 Ukrainian drones overnight",
    ["Russia's Defense Ministry said its air defenses destroyed 47 Ukrainian drones overnight over the Kursk, Bryansk and Belgorod regions and the Sea of Azov."],
    "strikes", "strikes", 2, "russia-says-drones-downed-2024-10-15", a="The Associated Press", credit="The Associated Press"),
  ]))

SEEDS.append(dict(id="6604", name="6604_nanaimobulletin-tag", ext="html", source="Nanaimo News Bulletin", zone="America/Vancouver", render=r_nanaimo,
  title="Ukraine",
  notes="Black Press Media tag page (nanaimobulletin.com/tag/ukraine), HTML. Newest first. Card order: h2 headline, one-paragraph excerpt, then credit and the stamp 'Sep. 29, 2024 9:15 a.m.' below the text. No zone printed anywhere: Nanaimo is Pacific time (PDT, UTC-7), so 03:20-16:50 local = 10:20-23:50 UTC on 29 Sept. The only JSON-LD is a BreadcrumbList (no dates). The local story is credited 'Jolene Marsh, Local Journalism Initiative' (author = the name).",
  not_entries=["cookie notice", "header and menu, Newsletter/Subscribe buttons", "breadcrumb 'Home / Tag'", "h1 'Ukraine'", "'Advertisement' slot", "'Load More' button",
               "'Trending' sidebar (Nanaimo transit exchange, Clippers hockey)", "footer ('Like us on Facebook and follow us on X.', links, copyright)"],
  entries=[
  E("2024-09-29 16:50", "Guided bombs hit Kharkiv, killing 1 and injuring 11",
    ["Russian aircraft dropped guided bombs on two districts of Kharkiv on Sunday evening, killing one person and injuring 11, the regional governor said."],
    "strikes", "strikes", 3, "kharkiv-guided-bombs-2024-09-29", a="The Associated Press", credit="The Associated Press"),
  E("2024-09-29 14:30", "About 150 rally for Ukraine at Maffeo Sutton Park",
    ["About 150 people waved blue-and-yellow flags at Maffeo Sutton Park on Sunday afternoon at a rally organized by Nanaimo's Ukrainian community to call for continued Canadian support.",
     "Speakers included two women who arrived in the city last year under a federal emergency travel program."],
    "other", "politics", 2, "nanaimo-ukraine-rally-2024-09-29", a="Jolene Marsh", credit="Jolene Marsh, Local Journalism Initiative"),
  E("2024-09-29 12:10", "Hungary's Orban urges Europe to push for ceasefire before US election",
    ["Hungarian Prime Minister Viktor Orban said Sunday that European leaders should press for a ceasefire in Ukraine before the US presidential election instead of sending more weapons."],
    "diplomacy", "diplomacy", 2, "orban-ceasefire-call-2024-09-29", a="The Associated Press", credit="The Associated Press"),
  E("2024-09-29 10:05", "Ukrainian commanders warn Vuhledar is close to being encircled",
    ["Russian forces have cut two of the three roads into the hilltop town of Vuhledar in eastern Ukraine, Ukrainian officers told reporters, raising fears that the garrison could soon be surrounded."],
    "other", "frontline", 2, "vuhledar-encirclement-threat-2024-09-29", a="The Canadian Press", credit="The Canadian Press"),
  E("2024-09-29 07:40", "Poland scrambles jets as Russia strikes western Ukraine",
    ["Poland's military said it scrambled fighter jets early Sunday as Russia launched missiles and drones at targets in western Ukraine, including an energy facility in the Ternopil region."],
    "strikes", "strikes", 2, "western-ukraine-strikes-2024-09-29", a="The Canadian Press", credit="The Canadian Press"),
  E("2024-09-29 03:20", "Two killed as Russian shells hit Kherson",
    ["Russian artillery fire killed two people and wounded four in Kherson overnight, local officials said, as shelling across the Dnipro River continued to pound the southern city."],
    "strikes", "strikes", 3, "kherson-shelling-2024-09-29", a="The Associated Press", credit="The Associated Press"),
  ]))

SEEDS.append(dict(id="6605", name="6605_reddeeradvocate-roundup", ext="txt", source="Red Deer Advocate", zone="America/Edmonton", render=r_reddeer,
  title="Russia-Ukraine war: What happened on Saturday",
  deck="Deadly strike in Dnipro as North Korean officers are reported near Kursk",
  byline="The Canadian Press", dateline_t="2024-10-19 16:20",
  lede="Here is a roundup of the day's main developments in Russia's war in Ukraine:",
  notes="Black Press Media wire round-up (reddeeradvocate.com) as a text scrape. The news is a list of six '\u2022' bullets with NO headlines and NO times: each bullet is one entry (headline null, stamp null, body_paragraphs 1), dated by the article line 'Oct. 19, 2024 4:20 p.m.'. No zone printed: Red Deer is Mountain time (MDT, UTC-6), so 22:20 UTC. Credit 'The Canadian Press' is every entry's author. The bullet glyph is not part of first_sentence.",
  not_entries=["'Skip to content', site name, menu, 'Subscribe  Sign in'", "section label 'World'", "title line", "deck line", "credit and date lines", "share line",
               "lede 'Here is a roundup of the day's main developments...'", "'Like us on Facebook and follow us on X.'", "comments box", "'Read more' related links", "copyright line"],
  entries=[
  E("2024-10-19 16:20", None,
    ["Russian drones and a ballistic missile hit the centre of Dnipro on Saturday morning, killing three people and injuring 17, regional authorities said. A children's clinic and a post office were among the damaged buildings."],
    "strikes", "strikes", 3, "dnipro-strike-2024-10-19", a="The Canadian Press"),
  E("2024-10-19 16:20", None,
    ["Ukraine's human rights commissioner said several of the 95 soldiers freed in Friday's prisoner swap, mediated by the United Arab Emirates, would need months of hospital care."],
    "diplomacy", "diplomacy", 2, "prisoner-exchange-95-2024-10-18", a="The Canadian Press", n="Follow-up on a mediated prisoner exchange -> diplomacy."),
  E("2024-10-19 16:20", None,
    ["Ukrainian military intelligence said the first group of North Korean officers had arrived near Russia's Kursk region, where Ukrainian troops have held ground since August."],
    "aid", "aid", 3, "north-korean-officers-near-kursk-2024-10-19", a="The Canadian Press", n="Third-country military support to Russia -> aid."),
  E("2024-10-19 16:20", None,
    ["Russian troops pushed into the eastern outskirts of Kurakhove, according to Ukrainian officers, who said the town's last bridge across the reservoir was under fire."],
    "other", "frontline", 2, "kurakhove-advance-2024-10-19", a="The Canadian Press"),
  E("2024-10-19 16:20", None,
    ["The European Union said it expects to pay out the first tranche of a loan backed by profits from frozen Russian assets before the end of the year."],
    "aid", "aid", 2, "eu-frozen-assets-loan-tranche-2024-10-19", a="The Canadian Press"),
  E("2024-10-19 16:20", None,
    ["Ukraine's children's ombudsman said 12 more children who had been taken to Russian-held territory were back with their families after mediation by Qatar."],
    "other", "humanitarian", 2, "qatar-mediated-child-returns-2024-10-19", sec=["diplomacy"], a="The Canadian Press"),
  ]))

SEEDS.append(dict(id="6606", name="6606_thecourier-world", ext="html", source="The Courier", zone="Australia/Melbourne", render=r_courier,
  title="World",
  notes="Australian Community Media section page (thecourier.com.au, Ballarat), HTML. Newest first by first publication. Each card: h3 headline, one summary paragraph, 'By AAP' / 'By Reuters' / local reporter, then ACM's stamp. Plain cards print 'December 6 2024 - 8:05pm'; updated cards print 'Updated December 7 2024 - 1:20am, first published 12:55am' (first-published time on the same local day) or 'Updated December 7 2024 - 12:35am, first published December 6 2024 - 11:30pm' (different day); published = the FIRST-published time. No zone printed: Ballarat keeps Melbourne time (AEDT, UTC+11). The page crosses local midnight (6 Dec 8:05pm to 7 Dec 1:40am) but every card is 6 Dec in UTC (09:05-14:40).",
  not_entries=["header, menu, Subscribe/Log in", "h1 'World'", "newsletter promo after the second card", "'More stories' link", "footer address, links and copyright"],
  entries=[
  E("2024-12-07 01:40", "Zaporizhzhia strike toll climbs to 10",
    ["The number of people killed by a Russian missile strike on the southern Ukrainian city of Zaporizhzhia has risen to 10 after rescuers pulled three more bodies from a damaged car-repair workshop, the regional governor says."],
    "strikes", "strikes", 3, "zaporizhzhia-strike-2024-12-06", a="AAP"),
  E("2024-12-07 00:55", "Marles says Abrams tanks will reach Ukraine within months",
    ["Defence Minister Richard Marles says the first of the decommissioned Abrams tanks Australia pledged to Ukraine will be shipped early next year, now that Washington has approved the transfer."],
    "aid", "aid", 2, "australia-abrams-tanks-timeline", a="AAP", upd="2024-12-07 01:20"),
  E("2024-12-06 23:30", "Zaporizhzhia nuclear plant loses a power line again, IAEA says",
    ["The Russian-occupied Zaporizhzhia nuclear power plant lost one of its two remaining external power lines for several hours on Friday, the UN nuclear watchdog said, describing the plant's safety situation as precarious."],
    "other", "security", 2, "znpp-power-line-loss-2024-12-06", a="Reuters", upd="2024-12-07 00:35", n="Same city name as the strike story but a different event: separate story."),
  E("2024-12-06 22:10", "Ballarat volunteers' ambulances arrive in Kharkiv",
    ["Two ambulances bought with money raised at Ballarat markets and church halls have arrived in Kharkiv, where they will carry wounded civilians from front-line villages.",
     "Organiser Vira Kowal said the group hoped to send a third vehicle before the end of winter."],
    "aid", "aid", 2, "ballarat-ambulances-kharkiv", a="Tess Moriarty"),
  E("2024-12-06 21:00", "Putin and Lukashenko sign security pact, flag Oreshnik missiles for Belarus",
    ["Vladimir Putin and Belarusian leader Alexander Lukashenko have signed a treaty of mutual security guarantees in Minsk, with Putin saying Russia's new Oreshnik missile could be stationed in Belarus as soon as next year."],
    "diplomacy", "diplomacy", 3, "putin-lukashenko-security-treaty", sec=["other"], a="AAP"),
  E("2024-12-06 20:05", "Lavrov and Blinken clash at OSCE meeting in Malta",
    ["Russian Foreign Minister Sergei Lavrov and US Secretary of State Antony Blinken traded accusations over the war in Ukraine at a meeting of the OSCE in Malta, with Blinken accusing Moscow of spreading falsehoods about how the war began."],
    "diplomacy", "diplomacy", 2, "osce-malta-ministerial-2024-12-06", a="Reuters"),
  ]))

SEEDS.append(dict(id="6607", name="6607_sheppartonnews-wire", ext="txt", source="Shepparton News", zone="Australia/Melbourne", render=r_shepp,
  title="Russia-Ukraine war: updates through the day", parse_args=["--date", "2024-11-16"],
  lede="The latest from the war in Ukraine, from AAP and Reuters.",
  notes="Shepparton News 'National & World' wire updates as a text scrape, OLDEST first. The page prints no year at all (date line 'Saturday, November 16'; no copyright year), hence parse_args --date 2024-11-16 (the printed local day). Each update: a bare '11.05am' line BEFORE the headline, body, then a credit line ('AAP', 'Reuters') used as author. No zone printed: Shepparton keeps Melbourne time (AEDT, UTC+11), so 11.05am-9.40pm local = 00:05-10:40 UTC on 16 Nov. Zelensky's criticism of the Scholz call (12.40pm) is a reaction about the call itself and shares its story.",
  not_entries=["'Skip to main content', masthead, menu, 'Subscribe | Log in'", "section label 'National & World'", "title line", "date line 'Saturday, November 16'",
               "lede 'The latest from the war in Ukraine, from AAP and Reuters.'", "credit lines (used as authors)", "'ADVERTISEMENT'", "newsletter line", "footer links"],
  entries=[
  E("2024-11-16 11:05", "Scholz and Putin speak for first time in almost two years",
    ["German Chancellor Olaf Scholz has spoken to Vladimir Putin by telephone for the first time in nearly two years, urging the Russian leader to pull his troops out of Ukraine and begin talks with Kyiv.",
     "The Kremlin said Putin told Scholz that any agreement would have to take account of Russia's security interests and the situation on the ground."],
    "diplomacy", "diplomacy", 3, "scholz-putin-phone-call-2024-11-15", a="AAP"),
  E("2024-11-16 12:40", "Zelensky says Scholz call helps Putin out of isolation",
    ["Volodymyr Zelensky has criticised the German chancellor's call, saying it gave Putin the contact with Western leaders he had long sought and would weaken efforts to isolate Moscow."],
    "diplomacy", "diplomacy", 3, "scholz-putin-phone-call-2024-11-15", a="AAP", n="Reaction whose content is the call itself -> same story; head-of-state diplomacy -> 3."),
  E("2024-11-16 14:15", "Russian drones hit Odesa, seven injured",
    ["Russian drones struck residential streets in Odesa, injuring seven people and damaging apartment blocks and a church, Ukrainian officials say."],
    "strikes", "strikes", 2, "odesa-drone-attack-2024-11-16", a="Reuters"),
  E("2024-11-16 16:30", "Australia sanctions tankers in Russia's shadow fleet",
    ["Australia has placed sanctions on a dozen oil tankers it says belong to a shadow fleet Russia uses to sell crude above the Western price cap, Foreign Minister Penny Wong says."],
    "diplomacy", "diplomacy", 2, "australia-shadow-fleet-sanctions-2024-11-16", a="AAP"),
  E("2024-11-16 18:50", "Ukrainian troops fall back near Kurakhove",
    ["Ukrainian forces have withdrawn from two villages north of Kurakhove in the Donetsk region, a military spokesman says, as Russian units try to cut the town off from the north."],
    "other", "frontline", 2, "kurakhove-withdrawal-2024-11-16", a="Reuters"),
  E("2024-11-16 21:40", "Kyiv warns of longer blackouts as Russia stockpiles missiles",
    ["Ukraine's energy minister has told households to prepare for longer power cuts, warning that Russia has been building up a stock of missiles for a large strike on the grid."],
    "other", "humanitarian", 2, "ukraine-blackout-warning-2024-11-16", sec=["strikes"], a="AAP"),
  ]))

SEEDS.append(dict(id="6608", name="6608_mackaydailymercury-live", ext="html", source="Mackay Daily Mercury", zone="Australia/Brisbane", render=r_mackay,
  title="World news live: Zelensky floats NATO cover for Kyiv-held territory", byline="Brodie Kearsley",
  first_pub="2024-11-30 13:05", modified="2024-12-01 06:50",
  lede="Ukraine's president has suggested the war's hot phase could end if NATO protected the land Kyiv still holds. Follow our live coverage.",
  notes="News Corp Australia live coverage on dailymercury.com.au, HTML. Newest first; ONE page byline ('Brodie Kearsley', News Corp Australia Network) is every post's author. The visible date is only the first-published stamp 'November 30, 2024 - 1:05PM' in the byline; posts print just '6.50am'-style times and three posts have NO headline (first sentence only). Midnight crossing: reading down, 6.50am, 4.20am and 12.15am come after 11.30pm in newest-first order, so they belong to Sunday 1 Dec local (JSON-LD dateModified 2024-12-01T06:50+10:00 agrees). Mackay keeps Brisbane time (AEST, UTC+10, no daylight saving; the footer says 'All times AEST (GMT +10)'), so every post is 30 Nov in UTC (03:05-20:50). The Tbilisi protest post is off-beat.",
  not_entries=["header, menu, Subscribe/Sign in", "kicker 'World'", "h1 title", "standfirst", "byline block ('News Corp Australia Network', '5 min read', first-published stamp)",
               "share tools", "'Advertisement'", "'Join the conversation' box", "footer"],
  entries=[
  E("2024-12-01 06:50", None,
    ["The European Union's new foreign policy chief Kaja Kallas has said she will travel to Kyiv on her first day in office, together with new European Council president Antonio Costa, to show that the bloc's support will not waver.",
     "Both officials formally take up their posts on Sunday."],
    "diplomacy", "diplomacy", 2, "kallas-costa-kyiv-visit-plan", a="Brodie Kearsley"),
  OFF("2024-12-01 04:20", "Protesters and police clash in Tbilisi for third night",
      ["Police in Georgia's capital used water cannon and tear gas against thousands of protesters angered by the government's decision to shelve talks on joining the European Union."],
      "tbilisi-protests-third-night", a="Brodie Kearsley", n="Georgian domestic politics."),
  E("2024-12-01 00:15", None,
    ["A Russian drone has hit a city bus in Kherson, killing the driver and wounding six passengers, the regional governor says.",
     "Kherson has been shelled almost every day since Ukrainian troops retook the city two years ago."],
    "strikes", "strikes", 3, "kherson-bus-drone-strike-2024-11-30", a="Brodie Kearsley"),
  E("2024-11-30 23:30", "Zelensky: NATO cover for free territory could end 'hot phase'",
    ["Volodymyr Zelensky says the fighting could be stopped if the part of Ukraine under Kyiv's control were brought under NATO's protection, leaving the return of occupied land to diplomacy.",
     "He told a British broadcaster that any such offer would have to be made to Ukraine within its internationally recognised borders, and that Kyiv had not received one."],
    "diplomacy", "diplomacy", 3, "zelensky-nato-cover-remarks-2024-11-30", a="Brodie Kearsley"),
  E("2024-11-30 20:45", None,
    ["Russia's defence ministry says its forces have taken the village of Illinka in the Donetsk region, a claim Ukraine has not confirmed."],
    "other", "frontline", 2, "russia-claims-illinka-2024-11-30", a="Brodie Kearsley"),
  E("2024-11-30 17:10", "Drones target energy sites across Ukraine overnight",
    ["Ukraine's air force says Russia sent 62 drones across the border overnight, most of them aimed at energy infrastructure in the centre and west of the country, and that 44 were shot down."],
    "strikes", "strikes", 2, "overnight-drones-energy-2024-11-30", a="Brodie Kearsley"),
  E("2024-11-30 13:05", "Japan to channel $3b from frozen Russian assets to Ukraine",
    ["Japan will hand Ukraine about $3 billion raised from the profits of frozen Russian assets as its share of a G7 loan, the government in Tokyo says."],
    "aid", "aid", 3, "japan-frozen-assets-loan-share", a="Brodie Kearsley", n="Major financial package -> 3."),
  ]))

SEEDS.append(dict(id="6609", name="6609_nyasatimes-feed", ext="xml", source="Nyasa Times", zone="UTC", render=r_nyasa,
  title="Russia-Ukraine War Archives - Nyasa Times", build="Thu, 12 Dec 2024 16:42:00 +0000",
  notes="WordPress tag feed (RSS 2.0) of nyasatimes.com. Newest first. pubDate is printed in UTC ('+0000', as WordPress always does), so page_timezone UTC; Malawi is UTC+2 and all items are 12 Dec there too. Titles encode the apostrophe as &#8217; (\u2019 once decoded). Author = dc:creator (a named reporter, 'Nyasa Times Reporter' or 'Agencies'). Each item repeats its start as a 40-word excerpt ending '[\u2026]' in <description>, and both description and content:encoded end with the SEO line 'The post ... appeared first on Nyasa Times - Malawi News.' (chrome; it repeats the headline). Local angles: Grain from Ukraine maize, recruited Malawians, fertiliser prices (war-driven economics, not off-beat), the envoy's call on the president.",
  not_entries=["channel title, links, description, lastBuildDate, language, sy:update*, generator", "comments/wfw:commentRss/slash:comments fields",
               "the excerpt in each <description> (repeats the start of the body, ends '[\u2026]')", "'The post ... appeared first on Nyasa Times - Malawi News.' line in description and content"],
  entries=[
  E("2024-12-12 16:42", "Ukraine-donated maize for Malawi arrives at Nacala port",
    ["A consignment of 25,000 tonnes of maize donated by Ukraine under its Grain from Ukraine programme has docked at Mozambique\u2019s Nacala port and will be trucked to Malawi next week, the Department of Disaster Management Affairs has said.",
     "The maize is meant for households in the Southern Region hit by the El Ni\u00f1o-induced drought."],
    "aid", "aid", 2, "grain-from-ukraine-malawi-maize", a="Wanangwa Phiri", n="Humanitarian aid FROM Ukraine to a third country: labelled aid (support/transfer) by the editor's reading."),
  E("2024-12-12 14:10", "Families of Malawians recruited to fight for Russia appeal for help",
    ["Families of at least nine young Malawian men who travelled to Russia on promises of factory jobs say their sons were instead sent to military training camps, and are asking government to intervene.",
     "The Ministry of Foreign Affairs said it was working with the embassy in Moscow to establish the men\u2019s whereabouts."],
    "other", "humanitarian", 2, "malawians-recruited-russian-army", a="Nyasa Times Reporter"),
  E("2024-12-12 11:25", "Russia strikes gas facilities in western Ukraine",
    ["Russia fired missiles and drones at gas production and storage facilities in western Ukraine early on Thursday, Ukraine\u2019s energy ministry said, in one of the largest attacks on the energy sector this month."],
    "strikes", "strikes", 3, "western-ukraine-gas-facilities-strike-2024-12-12", a="Agencies"),
  E("2024-12-12 09:05", "Fertiliser prices ease as Black Sea shipping steadies \u2013 ministry",
    ["The price of fertiliser on the Malawian market has fallen by about a fifth since June as shipments through the Black Sea have become more regular despite the war in Ukraine, the Ministry of Agriculture has said."],
    "other", "politics", 2, "malawi-fertiliser-prices-black-sea", a="Nyasa Times Reporter", n="War-driven prices at home: about the war's effects, so not off-beat; other/politics."),
  E("2024-12-12 07:30", "Ukraine\u2019s envoy briefs Chakwera on peace summit plans",
    ["Ukraine\u2019s ambassador accredited to Malawi has briefed President Lazarus Chakwera on Kyiv\u2019s plans for a second peace summit and asked Malawi to send a delegation.",
     "Chakwera said Malawi supported a just peace based on respect for borders."],
    "diplomacy", "diplomacy", 2, "ukraine-envoy-meets-chakwera", a="Wanangwa Phiri"),
  E("2024-12-12 05:50", "Zelensky says allies must deliver air defence before the new year",
    ["President Volodymyr Zelensky has urged Western partners to deliver the air defence systems they have promised before the end of December, saying Ukraine\u2019s cities cannot wait for spring."],
    "aid", "aid", 2, "zelensky-air-defence-deliveries-appeal-2024-12-12", a="Agencies"),
  ]))


# ================================================================ PART B, day 1: 2024-11-23 (UTC)
SUMY = "sumy-apartment-drone-strike-2024-11-23"
ORESH = "putin-oreshnik-series-production"
NOR = "norway-drone-production-funding"
D1 = "Day 1 (2024-11-23 UTC) of the multi-source set: 6620-6623."

SEEDS.append(dict(id="6620", name="6620_tullimore-textlive", ext="txt", source="Tullimore Chronicle", zone="Europe/London", render=r_textlive_keypoints,
  title="Ukraine war live: drone strike on Sumy flats; Putin orders Oreshnik into series production", dateline="Saturday 23 November 2024",
  lede="Follow the day's developments in Russia's war in Ukraine.",
  notes="Invented outlet. Text live blog, newest first. A 'Key Points' block lists two post headlines (key_point true, importance 3). Each post: headline, then the stamp line 'By NAME, 05.10 GMT' AFTER the headline (the teaser has just '12.30 GMT'), then body. GMT = UTC in November. The Sumy toll grows on this page (one dead at 05.10, two at 08.45). " + D1,
  not_entries=["masthead and menu", "title line", "date line 'Saturday 23 November 2024'", "lede line", "'Key Points' header and its bullets (they repeat post headlines)",
               "'Live' label", "'Advertisement'", "'Show earlier posts'", "footer"],
  entries=[
  E("2024-11-23 17:55", "Norway to fund long-range drone production in Ukraine",
    ["Norway will spend 1.5bn kroner on building long-range attack drones inside Ukraine, the Norwegian defence ministry said on Saturday, in a deal that also pays for training Ukrainian engineers.",
     "The money comes from Norway's multi-year support programme for Kyiv, officials said."],
    "aid", "aid", 3, NOR, a="Idris Calloway", n="Carried by two seeds of the day (6620, 6621) -> 3."),
  E("2024-11-23 15:20", "Zelensky asks allies for new air defences after Dnipro missile",
    ["Volodymyr Zelensky said he had asked partners for a new generation of air-defence systems that could stop intermediate-range missiles like the one that hit Dnipro on Thursday.",
     "He said Ukraine was already discussing the matter with Washington and several European governments."],
    "aid", "aid", 2, "zelensky-air-defence-appeal-2024-11-23", a="Idris Calloway", n="Same theme as Norway's drone money (support for Ukraine) but a separate appeal: must not merge."),
  E("2024-11-23 12:30", "Watch: rescuers search the rubble in Sumy", [], "strikes", "strikes", 1, SUMY, n="Video teaser without body -> importance 1."),
  E("2024-11-23 11:05", "Putin orders series production of Oreshnik missile",
    ["Vladimir Putin has ordered Russia's arms industry to begin series production of the Oreshnik, the new intermediate-range missile fired at the Ukrainian city of Dnipro on Thursday.",
     "Speaking to defence officials on Friday evening, he claimed Russia already held a stock of the missiles and that no air-defence system in service could stop them."],
    "other", "security", 3, ORESH, kp=True, a="Carys Pennant", n="Weapons production order, not an attack -> other/security. Key Points; also carried by 6622."),
  E("2024-11-23 08:45", "Sumy toll rises to two as rescuers reach upper floors",
    ["Two people are now known to have been killed after a Russian drone hit a five-storey block of flats in Sumy overnight, the regional administration said. Twelve people were injured.",
     "Emergency workers are still searching the top two floors, which partly collapsed."],
    "strikes", "strikes", 3, SUMY, kp=True, a="Carys Pennant"),
  E("2024-11-23 07:20", "Russia says Ukrainian attacks in Kursk region repelled",
    ["Russia's defence ministry said its troops had beaten back five Ukrainian attempts to advance near the village of Darino in the Kursk region over the past day.",
     "Kyiv has not commented on the fighting there."],
    "other", "frontline", 2, "kursk-fighting-2024-11-23", a="Carys Pennant"),
  E("2024-11-23 05:10", "Drone hits block of flats in Sumy, one dead",
    ["A Russian drone struck a residential building in the north-eastern city of Sumy in the early hours of Saturday, killing one person and setting several flats on fire, local officials said."],
    "strikes", "strikes", 3, SUMY, a="Carys Pennant"),
  ]))

SEEDS.append(dict(id="6621", name="6621_quillhaven-htmllive", ext="html", source="Quillhaven Post", zone="Europe/Kyiv", render=r_quillhaven,
  title="Russia's war against Ukraine, day 1,004: Sumy high-rise hit by drone", dateline="Saturday, 23 November 2024",
  url="https://quillhaven.example/live/war-day-1004", lede="Quillhaven Post follows the war as it happens.",
  notes="Invented outlet. HTML live page, OLDEST first, with LiveBlogPosting JSON-LD whose updates carry their own datePublished (+02:00) and author. Visible stamps are bare 'HH:MM' Kyiv time in <time datetime>; the date is in the line 'Saturday, 23 November 2024' and 'All times are Kyiv time.' (EET, UTC+2: 04:10-21:05 local = 02:10-19:05 UTC). Signature 'NAME / Quillhaven Post' after each body. Entry 06 republishes entry 04 with a reworded headline and one word changed (duplicate_of 6621-04). Toll grows: casualties unclear at 04:10, three dead at 09:25, four at 15:50. " + D1,
  not_entries=["header and menu", "h1 title", "date line", "standfirst", "'All times are Kyiv time.'", "signature lines (authors)", "share links", "membership box", "footer"],
  entries=[
  E("2024-11-23 04:10", "Sumy: drone hits high-rise, casualties reported",
    ["A Shahed-type drone crashed into the upper floors of a residential high-rise in Sumy shortly before half past two, the city military administration reported.",
     "Information on casualties is being clarified."],
    "strikes", "strikes", 3, SUMY, a="Yaryna Bilous"),
  E("2024-11-23 09:25", "Sumy death toll rises to three",
    ["Rescuers have recovered a third body from the rubble of the high-rise in Sumy, the State Emergency Service said. Fourteen people were injured, two of them children."],
    "strikes", "strikes", 3, SUMY, a="Yaryna Bilous"),
  E("2024-11-23 11:40", "Shelling of Sumy border communities: one injured",
    ["Russian artillery and mortars hit seven communities along the border in Sumy region over the past day, the regional military administration said, recording 78 explosions.",
     "A 64-year-old man was injured in Krasnopillia."],
    "strikes", "strikes", 2, "sumy-border-shelling-2024-11-23", a="Denys Hrytsai", n="Same region as the high-rise strike, different event: must not merge."),
  E("2024-11-23 13:15", "Norway finances drone production for Ukraine",
    ["Norway will allocate NOK 1.5 billion for the manufacture of long-range drones in Ukraine, the Norwegian Ministry of Defence announced.",
     "The funds will also cover training for Ukrainian specialists."],
    "aid", "aid", 3, NOR, a="Denys Hrytsai"),
  E("2024-11-23 15:50", "Sumy: rescue operation over, four killed",
    ["The search and rescue operation at the damaged high-rise in Sumy is over. Four people were killed and 14 injured, the regional military administration said."],
    "strikes", "strikes", 3, SUMY, a="Yaryna Bilous"),
  E("2024-11-23 18:30", "Norway to finance drone production in Ukraine",
    ["Norway will allocate NOK 1.5 billion to the manufacture of long-range drones in Ukraine, the Norwegian Ministry of Defence announced.",
     "The funds will also cover training for Ukrainian specialists."],
    "aid", "aid", 1, NOR, a="Denys Hrytsai", dup="6621-04", n="Near-verbatim repeat of 6621-04 (headline reworded, one word changed) -> importance 1."),
  E("2024-11-23 21:05", "General Staff: 156 combat clashes over the day",
    ["Ukraine's General Staff reported 156 combat clashes along the front line on Saturday, with the heaviest fighting in the Pokrovsk and Kurakhove directions."],
    "other", "frontline", 2, "general-staff-daily-clashes-2024-11-23", a="Denys Hrytsai", n="Daily front summary; not the Kursk item of 6620: must not merge."),
  ]))

SEEDS.append(dict(id="6622", name="6622_oxcastle-worldrss", ext="xml", source="Oxcastle World Service", zone="UTC", render=r_rss_world, rfc="GMT",
  title="Oxcastle World Service - World news", url="https://oxcastle.example", lede="Top stories from around the world",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, no authors. Four of six items are off-beat (Baku climate talks, British storm, Iceland eruption, Uruguay run-off): other/unrelated, importance 1. Spelling 'Sumi' for Sumy; its toll (five) is the day's highest. " + D1,
  not_entries=["channel title/link/description/language", "atom:link self reference", "category elements"],
  entries=[
  E("2024-11-23 20:40", "Drone strike on Ukrainian city of Sumi kills five",
    ["Five people have died after a Russian drone hit a block of flats in Sumi in north-eastern Ukraine, officials said on Saturday evening, after a woman injured in the overnight attack died in hospital."],
    "strikes", "strikes", 3, SUMY, n="Spelling variant Sumi; latest toll of the day."),
  OFF("2024-11-23 18:15", "Climate talks in Baku overrun as countries haggle over finance",
      ["Negotiators at the UN climate summit in Azerbaijan worked into a second extra day as developing countries rejected a draft deal on how much money rich nations should provide."],
      "cop29-baku-finance-overrun", n="climate summit."),
  OFF("2024-11-23 14:50", "Storm brings snow and flooding to parts of Britain",
      ["Heavy snow closed roads in northern England and Scotland while rain and strong winds brought flooding to Wales, forecasters said, with warnings in place into Sunday."],
      "uk-storm-snow-floods-2024-11-23", n="weather."),
  E("2024-11-23 12:05", "Putin says new missile will go into mass production",
    ["Russia will mass-produce the intermediate-range missile it used against Ukraine this week, President Vladimir Putin said, adding that Moscow had a reserve of the weapons ready for use."],
    "other", "security", 3, ORESH, n="Same statement as 6620-04 -> same story, 2 seeds -> 3."),
  OFF("2024-11-23 09:30", "Lava keeps flowing from Icelandic volcano near Grindavik",
      ["An eruption on Iceland's Reykjanes peninsula entered its fourth day, with lava moving towards a car park at the Blue Lagoon spa, which remains closed."],
      "iceland-reykjanes-eruption-2024-11", n="volcano."),
  OFF("2024-11-23 06:45", "Uruguay prepares for presidential run-off",
      ["Uruguayans vote on Sunday in a run-off between centre-left candidate Yamandu Orsi and the governing coalition's Alvaro Delgado, with polls pointing to a close race."],
      "uruguay-runoff-preview", n="Latin American election."),
  ]))

SEEDS.append(dict(id="6623", name="6623_vexley-atom", ext="xml", source="Vexley Daily", zone="Europe/Berlin", render=r_atom,
  title="Vexley Daily: Ukraine", url="https://vexley.example/ukraine", lede="Reports and analysis on the war in Ukraine",
  notes="Invented outlet. Atom 1.0 feed, newest first, <published> with +01:00 (CET), escaped HTML content, <author> per entry. Spelling 'Sumi'. Entry 04 (12:40 CET) is the day's theme piece, an analysis of what the new missile means for Europe's air defence: same theme as Putin's production order but no news event, so its own story (importance 2). Germany's IRIS-T delivery and Scholz's Taurus refusal are both German arms-supply items but separate events. " + D1,
  not_entries=["feed title, subtitle, links, id, updated, feed-level author", "category terms"],
  entries=[
  E("2024-11-23 22:10", "Kremlin: no contact with Trump's team so far",
    ["The Kremlin said there had been no contact with US President-elect Donald Trump's team about Ukraine and that reports of a peace plan drawn up by his advisers were speculation."],
    "diplomacy", "diplomacy", 2, "kremlin-no-contact-trump-team-2024-11-23", a="Henrike Solm"),
  E("2024-11-23 17:30", "Scholz sticks to his no on Taurus missiles",
    ["Chancellor Olaf Scholz said he would not change his refusal to send Taurus cruise missiles to Ukraine, arguing at a party event that the risk of escalation was too high."],
    "aid", "aid", 2, "scholz-taurus-refusal-2024-11-23", a="Matthias Roek", n="Arms-supply decision (refusal) -> aid; not the IRIS-T delivery: must not merge."),
  E("2024-11-23 15:05", "Germany delivers another IRIS-T system to Ukraine",
    ["Germany has handed Ukraine another IRIS-T air-defence system along with extra missiles, the government in Berlin said in its updated list of deliveries."],
    "aid", "aid", 2, "germany-iris-t-delivery-2024-11-23", a="Henrike Solm", n="Not Norway's drone money, not the Taurus refusal: must not merge."),
  E("2024-11-23 12:40", "Analysis: What Russia's new missile means for Europe's air defence",
    ["Thursday's strike on Dnipro has exposed a gap in European air defence: few systems on the continent are designed to stop a missile that falls from space at several times the speed of sound.",
     "Only a handful of Patriot and SAMP/T batteries, most of them already in Ukraine, have any chance against such targets, and even then only close to the sites they protect.",
     "Military planners in Berlin and Warsaw are now asking whether the money would be better spent on hitting launchers before they fire."],
    "other", "security", 2, "analysis-oreshnik-europe-air-defence", a="Matthias Roek",
    n="Theme piece (analysis) with body: own story, importance 2; same theme as the production order: must not merge."),
  E("2024-11-23 10:15", "Sumi: Russian drone kills three in apartment block",
    ["Three people were killed when a Russian drone struck an apartment block in the Ukrainian city of Sumi during the night, regional officials said on Saturday morning.",
     "More than a dozen residents were treated for injuries."],
    "strikes", "strikes", 3, SUMY, a="Henrike Solm"),
  ]))

# ================================================================ PART B, day 2: 2024-11-24 (UTC) — the day after day 1
ODS = "odesa-missile-strike-2024-11-24"
ERD = "erdogan-offers-to-host-talks-2024-11-24"
NIGHT = "overnight-drone-attack-2024-11-24"
D2 = "Day 2 (2024-11-24 UTC, the day after day 1) of the multi-source set: 6630-6633."

SEEDS.append(dict(id="6630", name="6630_quillhaven-htmllive", ext="html", source="Quillhaven Post", zone="Europe/Kyiv", render=r_quillhaven,
  title="Russia's war against Ukraine, day 1,005: missile strike on Odesa", dateline="Sunday, 24 November 2024",
  url="https://quillhaven.example/live/war-day-1005", lede="Quillhaven Post follows the war as it happens.",
  notes="Invented outlet (same layout as 6621). HTML live page, OLDEST first, LiveBlogPosting JSON-LD with per-update times (+02:00); visible bare 'HH:MM' Kyiv time (EET, UTC+2). Entry 04 is a re-post of day-1 entry 6621-04 (same headline and text, placed on the day-2 page at 12:45): importance 1. Entry 03 continues the day-1 Sumy story with a new development (day of mourning, toll six) and keeps its slug. The Izmail port item is in the same region as the Odesa city strike but is a different attack. " + D2,
  not_entries=["header and menu", "h1 title", "date line", "standfirst", "'All times are Kyiv time.'", "signature lines (authors)", "share links", "membership box", "footer"],
  entries=[
  E("2024-11-24 08:20", "Night attack: air defence downs 50 of 73 drones",
    ["Ukrainian air defence shot down 50 of the 73 attack drones Russia launched overnight, the Air Force said. Another 20 drones were lost to electronic warfare.",
     "Debris fell in the Kyiv, Cherkasy and Poltava regions; no casualties were reported."],
    "strikes", "strikes", 3, NIGHT, a="Denys Hrytsai", n="Same overnight attack as 6633-01 -> 2 seeds -> 3."),
  E("2024-11-24 09:10", "Odesa: ballistic missile hits city centre, six injured",
    ["A Russian ballistic missile struck the centre of Odesa at about half past seven this morning, injuring six people and damaging a university building, the head of the regional military administration said."],
    "strikes", "strikes", 3, ODS, a="Yaryna Bilous"),
  E("2024-11-24 10:30", "Sumy declares day of mourning as toll rises to six",
    ["Sumy has declared Sunday a day of mourning after a sixth victim of Saturday's drone strike on a high-rise died in hospital, the city military administration said.",
     "Flags in the city are flown at half-mast and entertainment events have been cancelled."],
    "strikes", "strikes", 3, SUMY, a="Yaryna Bilous", n="Continuation of the day-1 story with a new development (mourning, sixth death): keeps the day-1 slug; 2 day-2 seeds -> 3."),
  E("2024-11-24 12:45", "Norway finances drone production for Ukraine",
    ["Norway will allocate NOK 1.5 billion for the manufacture of long-range drones in Ukraine, the Norwegian Ministry of Defence announced.",
     "The funds will also cover training for Ukrainian specialists."],
    "aid", "aid", 1, NOR, a="Denys Hrytsai", n="Re-post of day-1 entry 6621-04 (same headline and text, republished on the day-2 page) -> importance 1; duplicate_of is null because the original is on another seed."),
  E("2024-11-24 14:20", "Odesa: number of injured rises to 11",
    ["Eleven people are now known to have been injured in the morning missile strike on Odesa, including a 15-year-old, regional officials said. Five remain in hospital."],
    "strikes", "strikes", 3, ODS, a="Yaryna Bilous"),
  E("2024-11-24 17:10", "Izmail: drone debris damages grain terminal",
    ["Debris from a downed Russian drone fell on a grain terminal at the Danube port of Izmail in Odesa region on Sunday afternoon, damaging a warehouse and a conveyor line. No one was hurt."],
    "strikes", "strikes", 2, "izmail-port-drone-debris-2024-11-24", a="Denys Hrytsai", n="Same region as the Odesa city strike, different attack: must not merge."),
  E("2024-11-24 20:30", "DeepState: Russians advance near Velyka Novosilka",
    ["Russian troops have advanced on two sections of the front south-west of Velyka Novosilka, the DeepState monitoring project reported, putting the village's supply road within range of drones."],
    "other", "frontline", 2, "velyka-novosilka-advance-2024-11-24", a="Denys Hrytsai"),
  ]))

SEEDS.append(dict(id="6631", name="6631_driftmoor-article", ext="txt", source="Driftmoor Gazette", zone="Europe/Bucharest", render=r_textarticle,
  title="Odessa hit by ballistic missile as Erdogan offers to host talks", byline="Corina Vladescu", dateline="24.11.2024, 19:40 EET",
  lede="A Russian missile struck the heart of Odessa on Sunday, while Turkey's president said Ankara was ready to bring the two sides together again.",
  more="Romania's election: what the first round means",
  notes="Invented outlet. Text article with four section headings; one entry per section, stamp null, published = the dateline '24.11.2024, 19:40 EET' (Bucharest, UTC+2 -> 17:40 UTC); the page byline is every entry's author. Spelling 'Odessa'. Section 3 is the day's theme piece (explainer on the power grid, importance 2, own story). Section 4 (drone fragments in Romania's Tulcea county) is near Izmail but a separate event. " + D2,
  not_entries=["outlet name and breadcrumb", "title line", "byline and dateline lines", "lede paragraph", "share line", "'Related: ...' link", "copyright line"],
  entries=[
  E("2024-11-24 19:40", "Missile strike on Odessa",
    ["A Russian Iskander missile struck the centre of Odessa on Sunday morning, injuring 13 people and damaging a university building and several cafes, the city's mayor said.",
     "It was the third attack on the port city this week."],
    "strikes", "strikes", 3, ODS, a="Corina Vladescu", n="Spelling Odessa; toll 13 by evening."),
  E("2024-11-24 19:40", "Erdogan's offer",
    ["Turkish President Recep Tayyip Erdogan said Turkey was ready to host a new round of talks between Moscow and Kyiv, and suggested that the drafts discussed in Istanbul in 2022 could serve as a starting point.",
     "Neither Russia nor Ukraine responded immediately."],
    "diplomacy", "diplomacy", 3, ERD, a="Corina Vladescu"),
  E("2024-11-24 19:40", "Explainer: a grid on the edge",
    ["Ukraine goes into the winter having lost around half of its power-generating capacity to Russian attacks since March, according to government estimates.",
     "Thermal plants have been hit hardest, leaving the system dependent on nuclear power and on electricity imports from the European Union, which are capped by the capacity of cross-border lines.",
     "Engineers say the grid can cope with scheduled outages as long as the large nuclear stations stay connected."],
    "strikes", "strikes", 2, "explainer-ukraine-winter-grid", a="Corina Vladescu", n="Theme piece (explainer) with body: own story, importance 2."),
  E("2024-11-24 19:40", "Drone fragments in Tulcea county",
    ["Romania's defence ministry said fragments of a drone were found near a village in Tulcea county, across the Danube from Izmail, after overnight Russian attacks on Ukrainian ports.",
     "Residents were asked to report any suspicious objects to the police."],
    "other", "security", 2, "romania-drone-fragments-tulcea-2024-11-24", a="Corina Vladescu", n="Next to the Izmail attack but a separate event on NATO soil: must not merge."),
  ]))

SEEDS.append(dict(id="6632", name="6632_saltcrag-worldatom", ext="xml", source="Saltcrag Observer", zone="UTC", render=r_atom,
  title="Saltcrag Observer - World", url="https://saltcrag.example/world", lede="World news as it breaks",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in UTC ('Z'), no per-entry author (feed-level author is the outlet, so author null). Four of six entries are off-beat (Pakistan march, Welsh floods, Romanian election, Baku deal). Spelling 'Odessa'. " + D2,
  not_entries=["feed title, subtitle, links, id, updated, feed-level author", "category terms"],
  entries=[
  OFF("2024-11-24 22:05", "Imran Khan supporters set off for Islamabad despite lockdown",
      ["Thousands of supporters of jailed former Pakistani prime minister Imran Khan began marching towards Islamabad, where the authorities had sealed roads with shipping containers."],
      "pakistan-pti-march-islamabad", n="Pakistani politics."),
  E("2024-11-24 18:45", "Erdogan says Turkey is ready to host Russia-Ukraine talks",
    ["Turkish President Recep Tayyip Erdogan offered to host new negotiations between Russia and Ukraine, saying a ceasefire was possible if both sides returned to the table."],
    "diplomacy", "diplomacy", 3, ERD),
  OFF("2024-11-24 16:20", "Flood warnings across Wales after storm",
      ["Rivers burst their banks in south Wales after a weekend of heavy rain, and dozens of flood warnings remained in force on Sunday afternoon."],
      "wales-floods-2024-11-24", n="weather."),
  E("2024-11-24 13:55", "Missile strike on central Odessa injures 11",
    ["A Russian ballistic missile hit central Odessa on Sunday, injuring 11 people and damaging buildings including part of a university, according to Ukrainian officials."],
    "strikes", "strikes", 3, ODS),
  OFF("2024-11-24 10:40", "Romania votes in presidential election first round",
      ["Polls opened in Romania's presidential election, with the prime minister among the favourites to reach a run-off next month."],
      "romania-presidential-first-round", n="Romanian election."),
  OFF("2024-11-24 06:10", "Baku climate summit ends with finance deal",
      ["Countries at the UN climate summit in Azerbaijan agreed early on Sunday that rich nations should provide at least 300 billion dollars a year by 2035, a sum developing countries called far too small."],
      "cop29-baku-finance-deal", n="climate summit."),
  ]))

SEEDS.append(dict(id="6633", name="6633_pinderfield-textlive", ext="txt", source="Pinderfield Herald", zone="America/New_York", render=r_textlive_et, byline="Nate Osgood",
  title="Russia-Ukraine war: live updates", lede="Follow the latest on Russia's war in Ukraine. All times Eastern.",
  notes="Invented outlet (US). Text live page, OLDEST first, with date headers WITH year ('Saturday, Nov. 23, 2024', 'Sunday, Nov. 24, 2024'); each update has an 'H:MM p.m. ET' line BEFORE its headline. One page byline ('Compiled by Nate Osgood') is every entry's author. Local midnight crossing: the first update (9:35 p.m. ET on Saturday 23 Nov, EST = UTC-5) is already 02:35 UTC on 24 Nov, so the whole page is one UTC day. Entry 04 is a photo teaser without body; entry 07 repeats entry 06 nearly verbatim (duplicate_of 6633-06). Entry 05 continues the day-1 Sumy story. " + D2,
  not_entries=["masthead and menu", "title line", "'Compiled by' byline", "lede line", "date headers", "'Sponsored content'", "'Back to top'", "footer"],
  entries=[
  E("2024-11-23 21:35", "Air raid alerts sound across Ukraine as drones approach",
    ["Air raid sirens sounded across much of central and eastern Ukraine in the early hours of Sunday local time as the country's air force tracked waves of attack drones heading west.",
     "Officials urged residents to stay in shelters until the all-clear."],
    "strikes", "strikes", 3, NIGHT, a="Nate Osgood", basis="Saturday evening in New York but already 24 Nov in UTC (midnight crossing between the local and the UTC day)."),
  E("2024-11-24 01:10", "Explosions reported in Odesa",
    ["Local media in Odesa reported a series of loud explosions shortly after 7:30 a.m. local time, minutes after Ukraine's air force warned of a ballistic missile launched from Crimea."],
    "strikes", "strikes", 3, ODS, a="Nate Osgood"),
  E("2024-11-24 03:45", "Odesa official: six wounded, university building damaged",
    ["Six people were wounded and a university building in the city center was damaged by the missile strike in Odesa, the head of the regional administration said on Telegram."],
    "strikes", "strikes", 3, ODS, a="Nate Osgood"),
  E("2024-11-24 04:20", "Photos: Odesa residents sweep up glass in the city center", [], "strikes", "strikes", 1, ODS, a="Nate Osgood", n="Photo teaser without body -> importance 1; the page byline still applies."),
  E("2024-11-24 07:50", "Sumy mourns victims of Saturday's drone strike",
    ["The northeastern city of Sumy is observing a day of mourning for the six people killed when a Russian drone struck an apartment building early Saturday, local authorities said."],
    "strikes", "strikes", 3, SUMY, a="Nate Osgood", n="Continuation of the day-1 story: keeps the day-1 slug."),
  E("2024-11-24 11:30", "Erdogan: Turkey ready to host new talks",
    ["Turkish President Recep Tayyip Erdogan told reporters in Istanbul that Turkey was prepared to host fresh negotiations between Russia and Ukraine and that the 2022 Istanbul drafts could be revisited."],
    "diplomacy", "diplomacy", 3, ERD, a="Nate Osgood"),
  E("2024-11-24 14:05", "Erdogan says Turkey ready to host new talks",
    ["Turkish President Recep Tayyip Erdogan told reporters in Istanbul that Turkey is prepared to host fresh negotiations between Russia and Ukraine and that the 2022 Istanbul drafts could be revisited."],
    "diplomacy", "diplomacy", 1, ERD, a="Nate Osgood", dup="6633-06", n="Near-verbatim repeat of 6633-06 -> importance 1."),
  ]))

# ================================================================ PART B, day 3: 2024-12-28 (UTC)
KHA = "kharkiv-drone-attack-2024-12-28"
APO = "putin-apology-aliyev-airliner"
NKP = "captured-north-korean-soldier-died"
D3 = "Day 3 (2024-12-28 UTC) of the multi-source set: 6640-6643."

SEEDS.append(dict(id="6640", name="6640_larkhollow-worldrss", ext="xml", source="Larkhollow Times", zone="UTC", render=r_rss_world, rfc="+0000",
  title="Larkhollow Times | World", url="https://larkhollow.example", lede="The world's news from the Larkhollow Times foreign desk",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate '+0000', no authors. Four of six items are off-beat (South Korea, Scottish ferries, Malaysian floods, Asian markets). Spelling 'Kharkov'. " + D3,
  not_entries=["channel title/link/description/language", "atom:link self reference", "category elements"],
  entries=[
  OFF("2024-12-28 21:50", "South Korea's new acting leader promises stability",
      ["South Korea's finance minister Choi Sang-mok, acting president since parliament impeached his predecessor, told the cabinet his priority was to keep the government running and calm the markets."],
      "south-korea-acting-president-choi", n="South Korean politics."),
  E("2024-12-28 19:25", "Putin apologises to Aliyev over plane 'incident' in Russian airspace",
    ["Vladimir Putin apologised to Azerbaijan's President Ilham Aliyev in a phone call for what the Kremlin called a tragic incident in Russian airspace, after an Azerbaijan Airlines plane crashed in Kazakhstan on Christmas Day.",
     "The Kremlin said Russian air defences had been firing at Ukrainian drones near Grozny when the airliner tried to land, but stopped short of saying they hit it."],
    "diplomacy", "diplomacy", 3, APO, sec=["strikes"]),
  OFF("2024-12-28 16:10", "Gales disrupt ferry crossings around Scotland",
      ["Ferry operators cancelled dozens of sailings to the islands as gusts of up to 70mph hit the west coast of Scotland, with more disruption expected on Sunday."],
      "scotland-gales-ferries-2024-12-28", n="weather."),
  E("2024-12-28 12:40", "Drone attack on Kharkov injures seven",
    ["Russian drones hit a residential neighbourhood of Kharkov, Ukraine's second city, on Saturday morning, injuring seven people and damaging a five-storey building, the regional governor said."],
    "strikes", "strikes", 3, KHA, n="Spelling Kharkov."),
  OFF("2024-12-28 09:15", "Thousands displaced by floods in northern Malaysia",
      ["More than 20,000 people were in relief centres in the Malaysian states of Kelantan and Terengganu after days of monsoon rain, the disaster agency said."],
      "malaysia-monsoon-floods-2024-12", n="floods."),
  OFF("2024-12-28 06:05", "Asian shares end holiday-thinned week higher",
      ["Stock markets in Tokyo and Hong Kong closed the week higher in light trading, with investors looking ahead to the first US jobs report of the new year."],
      "asian-markets-week-2024-12-28", n="markets."),
  ]))

SEEDS.append(dict(id="6641", name="6641_maplewick-textlive", ext="txt", source="Maplewick Journal", zone="Europe/Kyiv", render=r_textlive_posted,
  title="Live: Russian drones hit Kharkiv; Kupiansk shelled", dateline="Saturday 28 December", parse_args=["--date", "2024-12-28"],
  lede="Our reporters in Ukraine follow the day's events.",
  notes="Invented outlet. Text live page, newest first; the date line 'Saturday 28 December' has NO year and no year is printed anywhere (parse_args --date 2024-12-28); 'All times are Kyiv time.' (EET, UTC+2: 09:10-18:40 local = 07:10-16:40 UTC). Each update: headline, then 'Posted 18:40 | NAME' (stamp AFTER the headline; the teaser has just 'Posted 17:55'), then body. Toll grows: three injured, seven, then one of them dead. Entry 04 is the day's theme piece (analysis of Ukraine's strikes on Russian oil depots); entry 02 is a video teaser. Kupiansk shelling is in the same region as the Kharkiv drone attack but a different event. " + D3,
  not_entries=["masthead and menu", "title line", "date line 'Saturday 28 December'", "'All times are Kyiv time.'", "lede line", "membership plug", "closing line 'That's all from us today...'", "footer"],
  entries=[
  E("2024-12-28 18:40", "Kharkiv: one of the injured has died in hospital",
    ["A woman who was wounded in the morning drone attack on Kharkiv has died in hospital, Mayor Ihor Terekhov said. Eight other people are still being treated."],
    "strikes", "strikes", 3, KHA, a="Taras Koval"),
  E("2024-12-28 17:55", "Watch: firefighters at the damaged building in Kharkiv", [], "strikes", "strikes", 1, KHA, n="Video teaser without body -> importance 1."),
  E("2024-12-28 16:30", "Kupiansk shelled, two residents wounded",
    ["Russian artillery shelled the town of Kupiansk in the east of Kharkiv region, wounding two residents and damaging a school building, the regional governor said."],
    "strikes", "strikes", 2, "kupiansk-shelling-2024-12-28", a="Olha Zaiets", n="Same region as the Kharkiv city drone attack, different event: must not merge."),
  E("2024-12-28 15:05", "Analysis: Why Ukraine keeps going after Russia's oil depots",
    ["Ukraine's long-range drones have hit Russian oil depots and refineries more than a dozen times this autumn, and the logic goes beyond fuel for the army.",
     "Every tank farm set on fire forces Moscow to move air-defence systems away from the front, and the strikes cut the export revenue that pays for the war.",
     "The cost is low: each drone is built in Ukraine for a fraction of the price of a cruise missile."],
    "strikes", "strikes", 2, "analysis-ukraine-strikes-russian-oil-depots", a="Olha Zaiets", n="Theme piece (analysis) with body: own story, importance 2."),
  E("2024-12-28 13:20", "Kharkiv: number of injured rises to seven",
    ["Seven people, including a 12-year-old boy, were injured in this morning's drone attack on Kharkiv, the regional military administration said."],
    "strikes", "strikes", 3, KHA, a="Taras Koval"),
  E("2024-12-28 11:05", "SBU: captured North Korean soldier died of his wounds",
    ["A North Korean soldier captured by Ukrainian forces in Russia's Kursk region died of his wounds shortly after being taken prisoner, Ukraine's security service said."],
    "other", "frontline", 3, NKP, a="Olha Zaiets", n="Carried by 6641 and 6643 -> 3."),
  E("2024-12-28 09:10", "Drones hit residential area in Kharkiv, three injured",
    ["Russian drones struck a residential area in Kharkiv's Kyivskyi district early on Saturday, injuring three people, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, KHA, a="Taras Koval"),
  ]))

SEEDS.append(dict(id="6642", name="6642_heronsgate-htmllive", ext="html", source="Heronsgate Wire", zone="Europe/Warsaw", render=r_heronsgate,
  title="Live: Putin apologises to Aliyev; Kharkiv hit by drones", dateline="28 December 2024", url="https://heronsgate.example/live/2024-12-28-europe",
  lede="Running coverage from our Central and Eastern Europe desk.",
  notes="Invented outlet (news agency). HTML live page, newest first; JSON-LD @graph whose page node has @type ['NewsArticle','LiveBlogPosting'] and liveBlogUpdate as a single object holding only the newest post (which is the repeat). Visible stamps '8:55 PM CET' in <time datetime> with +01:00 (Warsaw, CET = UTC+1). Byline line 'By NAME' after each h2. Entry 01 repeats entry 03 nearly verbatim (duplicate_of 6642-03). The Kazakh investigators' statement (entry 02) is about the same airliner as Putin's apology but is a separate statement. " + D3,
  not_entries=["header and menu", "h1 title", "date line", "intro line", "byline lines (authors)", "services promo", "footer"],
  entries=[
  E("2024-12-28 20:55", "Putin apologised to Aliyev for 'tragic incident', Kremlin says",
    ["Russian President Vladimir Putin apologised to Azerbaijani President Ilham Aliyev in a phone call on Saturday for the \"tragic incident\" in Russian airspace involving an Azerbaijan Airlines plane, the Kremlin said."],
    "diplomacy", "diplomacy", 1, APO, sec=["strikes"], a="Agnieszka Zareba", dup="6642-03", n="Near-verbatim repeat of 6642-03 (tense changed, second paragraph dropped) -> importance 1."),
  E("2024-12-28 18:10", "Kazakh officials: too early to name cause of Aktau crash",
    ["Kazakhstan's deputy prime minister said investigators had not yet established what brought down the Azerbaijan Airlines jet near Aktau, and that the flight recorders would be examined abroad."],
    "other", "security", 2, "aktau-crash-investigation-2024-12-28", a="Bartosz Lipka", n="Same airliner as Putin's apology but a separate statement: must not merge."),
  E("2024-12-28 16:40", "Putin apologises to Aliyev for 'tragic incident', Kremlin says",
    ["Russian President Vladimir Putin apologised to Azerbaijani President Ilham Aliyev in a phone call on Saturday for the \"tragic incident\" in Russian airspace involving an Azerbaijan Airlines plane, the Kremlin said.",
     "According to the Kremlin, Russian air defences were repelling Ukrainian drone attacks on Grozny at the time the airliner was trying to land."],
    "diplomacy", "diplomacy", 3, APO, sec=["strikes"], a="Agnieszka Zareba"),
  E("2024-12-28 14:30", "Finnish police find anchor drag marks on Baltic seabed",
    ["Finnish investigators have found a trail dozens of kilometres long on the floor of the Gulf of Finland that they believe was left by the anchor of the tanker Eagle S, suspected of damaging an undersea power cable."],
    "other", "security", 2, "finland-eagle-s-cable-probe", a="Bartosz Lipka", n="Suspected sabotage by a Russia-linked ship -> other/security."),
  E("2024-12-28 11:20", "Drones hit Kharkiv, five wounded",
    ["Five people were wounded when Russian drones hit residential buildings in Kharkiv on Saturday morning, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, KHA, a="Agnieszka Zareba"),
  E("2024-12-28 09:00", "Russia says it downed 30 Ukrainian drones over Bryansk and Kursk",
    ["Russia's defence ministry said its air defences destroyed 30 Ukrainian drones overnight over the Bryansk and Kursk regions, with no damage reported."],
    "strikes", "strikes", 2, "russia-says-drones-downed-2024-12-28", a="Bartosz Lipka"),
  ]))

SEEDS.append(dict(id="6643", name="6643_duskmere-article", ext="txt", source="Duskmere Review", zone="Europe/London", render=r_textarticle,
  title="Kharkiv drone attack kills one as Putin apologises to Aliyev", byline="Rowena Strick", dateline="28 December 2024, 18:05 GMT",
  lede="Russia's president made a rare apology to a neighbour on Saturday, while Ukraine's second city counted the cost of another drone raid.",
  more="Baltic cable damage: what we know about the Eagle S",
  notes="Invented outlet. Text article with three section headings; one entry per section, stamp null, published = the dateline '28 December 2024, 18:05 GMT' (= UTC); page byline as author. " + D3,
  not_entries=["outlet name and breadcrumb", "title line", "byline and dateline lines", "lede paragraph", "share line", "'Related: ...' link", "copyright line"],
  entries=[
  E("2024-12-28 18:05", "Deadly drone attack on Kharkiv",
    ["One person was killed and eight others injured when Russian drones hit a residential district of Kharkiv on Saturday morning, Ukrainian officials said, in the city's third drone attack in a week.",
     "Rescue workers spent several hours clearing debris from a five-storey building."],
    "strikes", "strikes", 3, KHA, a="Rowena Strick"),
  E("2024-12-28 18:05", "Putin's apology",
    ["Vladimir Putin has apologised to Azerbaijan's Ilham Aliyev for what the Kremlin described as a tragic incident involving an Azerbaijani airliner, without saying that Russian fire brought it down.",
     "Aliyev's office said he had told Putin the plane had been damaged by external interference over Russian territory."],
    "diplomacy", "diplomacy", 3, APO, sec=["strikes"], a="Rowena Strick"),
  E("2024-12-28 18:05", "North Korean prisoner",
    ["Ukraine's security service said a North Korean soldier captured in the Kursk region had died of his wounds, in what would have been the first confirmed capture of a North Korean fighting for Russia.",
     "It did not say when he had been taken prisoner."],
    "other", "frontline", 3, NKP, a="Rowena Strick"),
  ]))


# ================================================================ emit
BASIS = {
  "r_tallahassee": "stamp '{s}' (time only) under the page line 'Published ... Sept. 27, 2024'; ET in late September = EDT, UTC-4",
  "r_sarasota": "pubDate '{s}' (explicit GMT)",
  "r_guelph": "no per-section time; the article date line '{dl}' is used for every section; Guelph is Eastern time (EDT, UTC-4), implied by the outlet's home (no zone printed)",
  "r_ktw": "card stamp '{s}' (full date, 12-hour time) printed after the headline; Kamloops is Pacific time (PDT, UTC-7), implied by the outlet's home",
  "r_nanaimo": "card stamp '{s}' (full date, 12-hour time) below the excerpt; Nanaimo is Pacific time (PDT, UTC-7), implied by the outlet's home",
  "r_reddeer": "no per-bullet time; the article line '{dl}' is used for every bullet; Red Deer is Mountain time (MDT, UTC-6), implied by the outlet's home",
  "r_courier": "ACM stamp '{s}' (the first-published time counts, not the update); local {d}; Ballarat keeps Melbourne time (AEDT, UTC+11), implied by the outlet's home",
  "r_shepp": "time '{s}' under the date line '{dl}' (no year printed anywhere: parse_args --date 2024-11-16); Shepparton keeps Melbourne time (AEDT, UTC+11), implied by the outlet's home",
  "r_mackay": "time '{s}' with no printed date; the page was first published 'November 30, 2024 - 1:05PM' and runs newest first, which puts this post on local {d}; AEST = UTC+10 (the footer says so)",
  "r_nyasa": "pubDate '{s}' (explicit +0000, as WordPress prints it)",
  "r_textlive_keypoints": "stamp line '{s}' under the date line '{dl}'; GMT = UTC",
  "r_quillhaven": "time '{s}' in <time datetime=\"{iso}\"> under the date line '{dl}'; Kyiv EET = UTC+2; the JSON-LD update's datePublished agrees",
  "r_rss_world": "pubDate '{s}' (explicit zone)",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_textarticle": "no per-section time; the article dateline '{dl}' is used for every section",
  "r_textlive_et": "stamp '{s}' under the date header '{hdr}'; EST = UTC-5",
  "r_textlive_posted": "stamp '{s}' under the date line '{dl}' (no year printed: parse_args --date 2024-12-28); Kyiv EET = UTC+2",
  "r_heronsgate": "stamp '{s}' in <time datetime=\"{iso}\"> under the date line '{dl}'; CET = UTC+1",
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
            hdr = f"{WEEKDAYS[d.weekday()]}, {AP_MON[d.month - 1]} {d.day}, {d.year}"
            basis = BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), dl=S.get("dateline", ""), hdr=hdr, iso=d.isoformat())
            basis += f"; = {u:%Y-%m-%d %H:%M} UTC"
            if rname == "r_mackay" and d.date() != dt(S["first_pub"], S["zone"]).date():
                basis += ("; midnight crossing: printed above the 11.30pm post in newest-first order, so Sunday 1 Dec local "
                          "(JSON-LD dateModified 2024-12-01T06:50+10:00 agrees), still 30 Nov in UTC")
            if e["x"].get("basis"):
                basis += "; " + e["x"]["basis"]
            fs = first_sentence(e["p"][0]) if e["p"] else None
            assert fs is None or len(fs) > 40, (S["id"], fs)
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": basis, "author": e["a"], "first_sentence": fs, "body_paragraphs": len(e["p"]),
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
        print(fn, len(ents))
    print("total", total)


if __name__ == "__main__":
    main()

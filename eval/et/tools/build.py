#!/usr/bin/env python3
"""Builds the eval/et seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented or paraphrased, no copied sentences);
Part A imitates, from memory, the page layouts of ten real outlets; Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/et/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "U.K.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Rev.", "Fr.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018\u00a3\u20ac$]|$)', par):
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


def ampm(d, sep=":", space="", dots=False, upper=False):
    hh = d.hour % 12 or 12
    suf = ("a.m." if d.hour < 12 else "p.m.") if dots else ("am" if d.hour < 12 else "pm")
    if upper:
        suf = suf.upper()
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:60]


def order_check(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first (page order)"


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_eurogamer(S):
    """Eurogamer.net news archive ('Latest news'), HTML. Cards newest first: type label, h2 headline, strapline, author and a
    visible '<time>' 'Sept. 1, 2027 4:20pm' (UK time, no zone printed), comment count. JSON-LD: WebSite + BreadcrumbList only."""
    z = S["zone"]; order_check(S, True)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": "https://www.eurogamer.net/#website", "name": "Eurogamer.net", "url": "https://www.eurogamer.net/",
         "potentialAction": {"@type": "SearchAction", "target": "https://www.eurogamer.net/search?q={search_term_string}",
                             "query-input": "required name=search_term_string"}},
        {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Eurogamer", "item": "https://www.eurogamer.net/"},
                                                        {"@type": "ListItem", "position": 2, "name": "News", "item": "https://www.eurogamer.net/archive/news"}]}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Eurogamer.net</title>',
           '<meta name="description" content="The latest video game news from Eurogamer, updated throughout the day.">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="archive_page">',
           '<div class="consent_banner">We and our partners use cookies and similar technologies to store and access information on your device. '
           '<button>Accept all</button> <button>Manage options</button></div>',
           '<header class="brand_bar"><a class="logo" href="/">Eurogamer</a>'
           '<nav class="primary_nav"><a href="/archive/news">News</a> <a href="/archive/reviews">Reviews</a> <a href="/archive/features">Features</a> '
           '<a href="/archive/guides">Guides</a> <a href="/archive/videos">Videos</a> <a href="/archive/deals">Deals</a> <a href="/podcasts">Podcasts</a></nav>'
           '<a class="supporter_link" href="/supporters">Become a supporter</a> <a href="/login">Sign in</a></header>',
           '<main class="archive"><nav class="breadcrumbs"><a href="/">Eurogamer</a> / <a href="/archive/news">News</a></nav>',
           f'<h1 class="archive__heading">{esc(S["title"])}</h1>', f'<p class="archive__description">{esc(S["lede"])}</p>',
           '<ul class="archive__list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{AP_MONTHS[d.month - 1]} {d.day}, {d.year} {ampm(d)}"; stamps.append(st)
        link = f"/{slug(e['h'])}"
        out.append(f'<li class="archive__item"><article><div class="archive__type">{esc(e.get("label", "News"))}</div>'
                   f'<h2 class="archive__title"><a href="{link}">{esc(e["h"])}</a></h2>')
        out += [f'<p class="archive__strapline">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<div class="archive__meta"><span class="archive__author">{esc(e["a"])}</span> '
                   f'<time datetime="{d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")}">{st}</time> '
                   f'<a class="archive__comments" href="{link}#comments">{e.get("cc", 0)} comments</a></div></article></li>')
        if i == 2:
            out.append('<li class="archive__ad"><div class="advert">Advertisement</div></li>')
        if i == 4:
            out.append('<li class="archive__newsletter"><p>Sign up for the Eurogamer newsletter and get the week\u2019s biggest stories in your inbox every Friday.</p>'
                       '<input type="email" placeholder="Your email address"> <button>Subscribe</button></li>')
    out += ['</ul><nav class="pagination"><a href="/archive/news?page=2">Next page</a></nav></main>',
            '<aside class="sidebar"><h3>Most popular</h3><ol><li><a href="/skyhook-derby-hands-on">Skyhook Derby hands-on: a sky race with real bite</a></li>'
            '<li><a href="/best-co-op-games">The best co-op games to play right now</a></li></ol></aside>',
            '<footer class="site_footer"><a href="/about">About Eurogamer</a> <a href="/contact">Contact</a> <a href="/privacy">Privacy policy</a> '
            '<a href="/terms">Terms and conditions</a> <a href="/cookies">Cookie settings</a><p>Eurogamer.net \u00a9 2027. All rights reserved. No part of this site '
            'or its content may be reproduced without the permission of the copyright holder.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_pcgamer(S):
    """PC Gamer (Future plc) live blog, text scrape. Affiliate disclaimer, 'Live' label, page byline + 'last updated 3 September 2027'
    (the only date), oldest first; each post: '10:05 am PT' line, bold headline line, body."""
    z = S["zone"]; order_check(S, True if S.get("newest_first") else False)
    day = dt(S["entries"][0]["t"], z)
    L = ["PC Gamer", "THE GLOBAL AUTHORITY ON PC GAMES", "",
         "Games  Hardware  News  Reviews  Guides  Deals  Magazine  Forum  Newsletter", "",
         "PC Gamer is supported by its audience. When you purchase through links on our site, we may earn an affiliate commission. Here\u2019s why you can trust us.", "",
         "Games", "", "Live", S["title"], "", S["lede"], "", f"By {S['byline']}", f"last updated {day.day} {MONTHS[day.month - 1]} {day.year}", "",
         "Comments (" + str(S.get("cc", 0)) + ")", "", "When you purchase through links on our site, we may earn an affiliate commission. Here\u2019s how it works.", "",
         "Refresh", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ')} PT"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Sign up to get the best content of the week, and great gaming deals, as picked by the editors.", "Contact me with news and offers from other Future brands",
                  "Receive email from us on behalf of our trusted partners or sponsors", ""]
    L += [f"{S['byline']}", S["bio"], "", "Read more", "Ukraine\u2019s game developers, two winters on: the studios that stayed", "", "Most Popular", "",
          "PC Gamer is part of Future US Inc, an international media group and leading digital publisher. Visit our corporate site.",
          "\u00a9 Future US, Inc. Full 7th Floor, 130 West 42nd Street, New York, NY 10036."]
    return "\n".join(L) + "\n", stamps


def r_kotaku(S):
    """Kotaku (Kinja-era listing, as still rendered), text scrape. Cards newest first: headline, author, 'Today 3:40PM' /
    'Yesterday 9:30PM' (US Eastern implied, no date or year anywhere on the page), dek, reply count."""
    z = S["zone"]; order_check(S, True); today = datetime.strptime(S["today"], "%Y-%m-%d").date()
    L = ["Kotaku", "", "Home  Latest  Reviews  Guides  Tips  Deals  Anime  Culture  Podcasts", "", "Subscribe", "Log in", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        word = "Today" if d.date() == today else ("Yesterday" if d.date() == today - timedelta(days=1) else None)
        assert word, e["t"]
        st = f"{word} {ampm(d, upper=True)}"; stamps.append(st)
        L += [e.get("label", "News"), e["h"], e["a"], st, ""] + ptxt(e["p"]) + [str(e.get("cc", 0)), ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["More Stories", "", "About  Advertising  Privacy  Terms of Use  Permissions  Manage Consent Preferences  Contact"]
    return "\n".join(L) + "\n", stamps

def r_gibiz(S):
    """GamesIndustry.biz (ReedPop) 'This Week in Business'-style article, HTML with NewsArticle JSON-LD. Kicker, h1, deck, author with
    job title, visible 'Published on Sept. 7, 2027, 14:20 BST'; h2 sections; no per-section stamp."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["lede"],
          "datePublished": d0.isoformat(), "dateModified": d0.isoformat(), "url": S["url"],
          "author": [{"@type": "Person", "name": S["byline"], "url": "https://www.gamesindustry.biz/authors/" + slug(S["byline"])}],
          "publisher": {"@type": "Organization", "name": "GamesIndustry.biz", "logo": {"@type": "ImageObject", "url": "https://www.gamesindustry.biz/static/logo.png"}},
          "articleSection": "Business", "isAccessibleForFree": True}
    pl = f"Published on {AP_MONTHS[d0.month - 1]} {d0.day}, {d0.year}, {d0:%H:%M} BST"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | GamesIndustry.biz</title>',
           f'<link rel="canonical" href="{S["url"]}">', '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="brand_bar"><a class="logo" href="/">GamesIndustry.biz</a><nav><a href="/archive/news">News</a> <a href="/archive/features">Features</a> '
           '<a href="/archive/opinion">Opinion</a> <a href="/jobs">Jobs</a> <a href="/events">Events</a> <a href="/newsletters">Newsletters</a> '
           '<a href="/the-academy">Academy</a></nav><a href="/login">Sign in</a></header>',
           '<main><article class="article"><div class="article_type">Feature</div>', f'<h1 class="title">{esc(S["title"])}</h1>',
           f'<p class="strapline">{esc(S["lede"])}</p>',
           f'<div class="author_block"><a class="author" href="/authors/{slug(S["byline"])}">{esc(S["byline"])}</a> <span class="job_title">{esc(S["job"])}</span></div>',
           f'<div class="published_at"><time datetime="{d0.isoformat()}">{pl}</time></div>',
           '<div class="share"><a>Share on X</a> <a>Share on LinkedIn</a> <a>Share on Facebook</a> <a>Copy link</a></div>',
           f'<figure><img src="/images/{S["img"]}.jpg" alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>',
           f'<p>{esc(S["intro"])}</p>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<aside class="newsletter_promo"><p>Sign up for the GI Daily here to get the biggest news straight to your inbox</p></aside>')
    out += ['<div class="tags"><a>Ukraine</a> <a>Business</a> <a>Europe</a></div>',
            '<section class="related"><h3>Related topics</h3><a href="/topics/ukraine">Ukraine</a> <a href="/topics/funding">Funding</a></section>',
            '</article></main>',
            '<footer><a href="/about">About GamesIndustry.biz</a> <a href="/contact">Contact</a> <a href="/privacy">Privacy policy</a> '
            '<a href="/cookies">Cookie policy</a><p>\u00a9 2027 GamesIndustry.biz</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_peoplemgmt(S):
    """People Management (CIPD) 'news in brief' page, text scrape. Date line under the title; oldest first; each item: bare
    '9.10am' line, headline, body, 'by NAME'. UK time implied."""
    z = S["zone"]; order_check(S, False); d0 = dt(S["entries"][0]["t"], z)
    L = ["People Management", "Skip to main content", "", "News  Long reads  Experts  Legal  Podcasts  Jobs  CIPD", "", "Search", "Sign in  |  Register", "",
         "News", "", S["title"], f"{DAYS_EN[d0.weekday()]} {d0.day} {MONTHS[d0.month - 1]} {d0.year}", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"]) + [f"by {e['a']}", ""]
        if i == 2:
            L += ["Get the People Management newsletter every weekday. Sign up now", ""]
    L += ["Related articles", "What employers need to know about the Ukraine Permission Extension scheme", "Reservist leave: a guide for line managers", "",
          "Most read", "", "\u00a9 2027 CIPD  |  Terms  |  Privacy  |  Cookies  |  Accessibility"]
    return "\n".join(L) + "\n", stamps


def r_shrm(S):
    """SHRM 'Global HR' topic listing, HTML. Cards newest first: topic eyebrow, h3 headline, summary, 'By NAME' and
    'September 14, 2027 \u00b7 2:30 PM ET'. JSON-LD: CollectionPage."""
    z = S["zone"]; order_check(S, True)
    ld = {"@context": "https://schema.org", "@type": "CollectionPage", "name": S["title"], "url": S["url"],
          "publisher": {"@type": "Organization", "name": "SHRM", "url": "https://www.shrm.org"}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | SHRM</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="utility-nav"><a>Membership</a> <a>Certification</a> <a>Learning</a> <a>Events</a> <a>Store</a> <a>Sign In</a></div>',
           '<header class="shrm-header"><a class="logo" href="/">SHRM</a><nav><a>Topics &amp; Tools</a> <a>News</a> <a>Labor Relations</a> <a>Executive Network</a> '
           '<a>Advocacy</a></nav><a class="join" href="/join">Join / Renew</a></header>',
           '<main><div class="hero"><p class="eyebrow">Topics &amp; Tools</p>', f'<h1>{esc(S["title"])}</h1>', f'<p class="intro">{esc(S["lede"])}</p></div>',
           '<div class="filter-bar">Filter by: <a>All</a> <a>News</a> <a>Toolkits</a> <a>Q&amp;As</a></div>', '<section class="results">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} \u00b7 {ampm(d, space=' ', upper=True)} ET"; stamps.append(st)
        out.append(f'<div class="card"><p class="card-eyebrow">{esc(e.get("label", "Global HR"))}</p><h3 class="card-title"><a href="/topics-tools/news/{slug(e["h"])}">{esc(e["h"])}</a></h3>')
        out += [f'<p class="card-summary">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="card-meta"><span class="card-author">By {esc(e["a"])}</span> <span class="card-date">{st}</span></p></div>')
        if i == 2:
            out.append('<div class="promo">Members get unlimited access to SHRM templates and toolkits. <a>Become a member</a></div>')
    out += ['</section><a class="load-more">Load More</a></main>',
            '<footer><p>SHRM \u00b7 1800 Duke Street, Alexandria, VA 22314</p><a>Privacy Policy</a> <a>Terms of Use</a> <a>Contact Us</a>'
            '<p>\u00a9 2027 SHRM. All Rights Reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps



def r_agweb(S):
    """AgWeb (Farm Journal) news listing, text scrape. Market ticker with 'Market data as of Sep 13, 2027 2:35 PM CDT' (the only
    clock on the page); cards newest first: category, headline, 'By NAME', relative '30 minutes ago' / '3 hours ago', summary."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = ["AgWeb", "Powered by Farm Journal", "", "News  Crops  Livestock  Markets  Business  Weather  Machinery  Video  Podcasts  Events", "",
         "Search", "Sign In  |  Register", "",
         "Corn (Dec) 4.62 +0.03   Soybeans (Nov) 10.41 -0.06   Wheat (Dec) 5.88 +0.11   Live Cattle (Oct) 189.35 +0.40",
         f"Quotes delayed at least 10 minutes. Market data as of {SHORT_MONTHS[ref.month - 1]} {ref.day}, {ref.year} {ampm(ref, space=' ', upper=True)} CDT", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} minutes ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hour ago" if mins == 60 else f"{mins // 60} hours ago"
        stamps.append(st)
        L += [e.get("label", "News"), e["h"], f"By {e['a']}", st, ""] + ptxt(e["p"])
        if i == 3:
            L += ["Sponsored Content", "Protect yield potential this fall with a residual program built for your acres. Learn more", ""]
    L += ["Load More", "", "Farm Journal\u2019s AgWeb Daily", "Get the top ag news delivered to your inbox every morning. Subscribe", "",
          "About  Contact Us  Advertise  Privacy Policy  Terms of Use", "\u00a9 2027 Farm Journal, Inc. All Rights Reserved."]
    return "\n".join(L) + "\n", stamps


def r_feedstuffs(S):
    """Feedstuffs RSS 2.0: pubDate in GMT, plain-text summary description in CDATA, dc:creator, category."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.feedstuffs.com</link>',
           '<atom:link href="https://www.feedstuffs.com/rss.xml" rel="self" type="application/rss+xml"/>',
           f'<description>{esc(S["lede"])}</description>', '<language>en-us</language>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z).astimezone(UTC), gmt=True)}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d.astimezone(UTC), gmt=True); stamps.append(st)
        link = f"https://www.feedstuffs.com/{e.get('cat', 'Market news').lower().replace(' ', '-')}/{slug(e['h'])}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                '<description><![CDATA[' + " ".join(e["p"]) + ']]></description>', f'<pubDate>{st}</pubDate>',
                f'<dc:creator>{esc(e["a"])}</dc:creator>', f'<category>{esc(e.get("cat", "Market news"))}</category>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_ct(S):
    """Christianity Today news article run as a timeline of updates, HTML with NewsArticle JSON-LD. Kicker, headline, deck,
    byline + date line; oldest first; each update is a bold bare time '6:40 a.m.' (no zone) and paragraphs, no headlines."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["lede"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(),
          "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": "Christianity Today"}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Christianity Today</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="site-header"><a class="logo" href="/">Christianity Today</a><nav><a>News</a> <a>Ideas</a> <a>Culture</a> <a>Church Life</a> '
           '<a>Books</a> <a>Podcasts</a> <a>Magazine</a></nav><a class="subscribe" href="/subscribe">Subscribe</a> <a href="/login">Sign In</a></header>',
           '<main><article><p class="kicker">News</p>', f'<h1>{esc(S["title"])}</h1>', f'<p class="deck">{esc(S["lede"])}</p>',
           f'<p class="byline">{esc(S["byline"])}</p>', f'<p class="dateline">{MONTHS[first.month - 1]} {first.day}, {first.year}</p>',
           f'<figure><figcaption>{esc(S["caption"])}</figcaption></figure>', f'<p>{esc(S["intro"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, space=" ", dots=True); stamps.append(st)
        out.append(f'<div class="update"><p class="update-time"><strong>{st}</strong></p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 2:
            out.append('<aside class="promo"><p>Subscribe to Christianity Today and get access to all our reporting. <a>Subscribe now</a></p></aside>')
    out += [f'<p class="author-bio"><em>{esc(S["bio"])}</em></p>',
            '<section class="related"><h3>Read These Next</h3><a href="/news/ukraine-churches-winter-aid">How Ukrainian congregations are preparing for another war winter</a></section>',
            '</article></main>', '<footer><a>About</a> <a>Contact</a> <a>Privacy Policy</a> <a>Terms</a><p>\u00a9 2027 Christianity Today</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_sifted(S):
    """Sifted WordPress Atom feed: <published>/<updated> in Z, <author><name>, CDATA title, excerpt summary ending '[&#8230;]'
    and full <content type="html"> in CDATA."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0" xml:lang="en-GB">',
           f'<title type="text">{esc(S["title"])}</title>', f'<subtitle type="text">{esc(S["lede"])}</subtitle>',
           f'<updated>{dt(S["entries"][0]["t"], z).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}</updated>',
           '<link rel="alternate" type="text/html" href="https://sifted.eu"/>', '<id>https://sifted.eu/feed/atom</id>',
           '<link rel="self" type="application/atom+xml" href="https://sifted.eu/feed/atom"/>', '<generator uri="https://wordpress.org/" version="6.9">WordPress</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"); stamps.append(st)
        link = f"https://sifted.eu/articles/{slug(e['h'])}"
        out += ['<entry>', f'<author><name>{esc(e["a"])}</name></author>', f'<title type="html"><![CDATA[{e["h"]}]]></title>',
                f'<link rel="alternate" type="text/html" href="{link}"/>', f'<id>https://sifted.eu/?p={41200 + i * 37}</id>',
                f'<updated>{st}</updated>', f'<published>{st}</published>', f'<category scheme="https://sifted.eu" term="{esc(e.get("cat", "Defence tech"))}"/>',
                f'<summary type="html"><![CDATA[{e["p"][0]} [&#8230;]]]></summary>',
                f'<content type="html" xml:base="{link}"><![CDATA[' + "".join(f"<p>{p}</p>" for p in e["p"]) + ']]></content>',
                f'<link rel="replies" type="text/html" href="{link}#comments" thr:count="0"/>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


# ================================================================ Part B renderers (invented outlets)

def r_textlive(S):
    """Text live blog. S['order'] 'new' or 'old'; S['stampfmt'] builds the stamp; optional Key Points block; author line
    'By NAME' under the headline when the entry has an author and S['per_post_author']; page byline when S['byline']."""
    z = S["zone"]; newest = S["order"] == "new"; order_check(S, newest)
    L = [S["source"].upper(), S["nav"], "", S.get("label", "LIVE"), S["title"], S["dateline"]]
    if S.get("byline"):
        L.append(S["byline"])
    L += ["", S["lede"], ""]
    if any(e["kp"] for e in S["entries"]):
        L += ["Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + [""]
    if S.get("latest"):
        L += [S["latest"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = S["stampfmt"](d); stamps.append(st)
        L += [st, e["h"]]
        if S.get("per_post_author") and e["a"]:
            L.append(f"By {e['a']}")
        L.append("")
        L += ptxt(e["p"])
        if i == S.get("promo_at", 3):
            L += [S["promo"], ""]
    L += [S["closing"], "", S["footer"]]
    return "\n".join(L) + "\n", stamps


def r_saltmarren(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with a per-update datePublished (correct instants); visible stamp
    '22.09.2027, 08:50' (German numeric date, CEST printed once in the header note); author under the headline."""
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
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups,
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="cmp">{esc(S["source"])} and its partners use cookies. <button>Agree</button> <button>Settings</button></div>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a>Germany</a> <a>Europe</a> <a>World</a> <a>Business</a> <a>Ukraine war</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="tz">{esc(S["tznote"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y, %H:%M}"; stamps.append(st)
        out.append(f'<article class="post" id="post-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="post-author">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="share"><a>Share</a> <a>Copy link</a></div></article>')
        if i == 2:
            out.append('<aside class="related"><h3>More on the topic</h3><a href="/explainer/iris-t">How IRIS-T works</a></aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Imprint \u00b7 Privacy \u00b7 Contact</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """RSS 2.0, newest first: pubDate with the outlet's offset (S['rfc'] = 'GMT' or 'num'), CDATA <p> paragraphs; dc:creator when the entry has an author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>', '<language>en</language>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d.astimezone(UTC), gmt=True) if S["rfc"] == "GMT" else rfc822(d); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{e.get("cat", "world").lower()}/{S["id"]}{i + 11}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{i + 11}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{esc(e.get("cat", "World"))}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0, newest first; <published> ISO with the outlet's offset (Z for UTC); escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True)

    def iso(d):
        return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if z == "UTC" else d.isoformat()
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>{S["url"]}/atom.xml</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link href="{S["url"]}/a/{S["id"]}-{i + 1}"/>', f'<id>tag:{S["url"][8:]},2027:{S["id"]}-{i + 1}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_article_txt(S):
    """Text article with section headings (one entry per section), page byline and a dateline with time and zone; no per-section stamp."""
    L = [S["source"], "World \u203a Europe \u203a Ukraine", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share \u00b7 Print \u00b7 Listen to this article", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += [S["more"], "", f"\u00a9 {S['source']} \u00b7 About us \u00b7 Privacy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_vellmoor(S):
    """HTML live without JSON-LD, newest first; UK-style '9.05pm' in a span above the h3; header note 'All times BST'; 'Reporting by' signature."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title></head><body>',
           f'<header><div class="masthead">{S["source"]}</div><nav><a>News</a> <a>UK</a> <a>World</a> <a>Politics</a> <a>Sport</a> <a>Weather</a></nav></header>',
           f'<main><p class="live-badge">LIVE</p><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])} \u00b7 {esc(S["tznote"])}</p>',
           f'<ul class="summary">' + "".join(f"<li>{esc(x)}</li>" for x in S["summary"]) + '</ul>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        out.append(f'<div class="post"><span class="post-time">{st}</span><h3>{esc(e["h"])}</h3>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">Gallery: 12 images</div>')
        if e["a"]:
            out.append(f'<p class="sig">Reporting by {esc(e["a"])}</p>')
        out.append('</div>')
        if i == 2:
            out.append('<aside><h4>Related</h4><a href="/world/kremenchuk-strike-what-we-know">Kremenchuk strike: what we know</a></aside>')
    out += ['<p class="older"><a href="/live/ukraine-22-september">Read Wednesday\u2019s live coverage</a></p></main>',
            f'<footer>{S["source"]} \u00b7 Contact \u00b7 Terms \u00b7 Privacy \u00b7 Cookies</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_colverhurst(S):
    """HTML live, newest first; JSON-LD @graph with @type ['NewsArticle','LiveBlogPosting'] and liveBlogUpdate items whose
    datePublished and headline are the PAGE's values (per-update times must come from the visible <time>); signature line."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    base = S["url"].split("/live")[0]
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#block-{0xa1f0 + i:x}", "headline": S["title"], "datePublished": first.isoformat(),
            "dateModified": last.isoformat(), "articleBody": " ".join(e["p"])[:300]} for i, e in enumerate(S["entries"]) if e["p"]]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": base + "/#org", "name": S["source"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@id": base + "/#org"}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header>{S["source"]} <nav><a>Baltics</a> <a>Europe</a> <a>World</a> <a>Economy</a> <a>Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="lb-entry" id="block-{0xa1f0 + i:x}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">\u2014 {esc(e["a"])}</p>')
        out.append('</div>')
        if i == 1:
            out.append(f'<div class="promo">Get the {esc(S["source"])} evening briefing by email</div>')
    out += ['</main>', f'<footer>{S["source"]} \u00b7 Editorial code \u00b7 Contact \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps

def B(e, **kw):
    e.update(kw)
    return e


# ================================================================ PART A: ten real outlets' layouts (own words)
SEEDS = []

# ---------------------------------------------------------------- 15100 Eurogamer
SEEDS.append(dict(
  id="15100", name="15100_eurogamer-news", ext="html", source="Eurogamer", zone="Europe/London", render=r_eurogamer,
  title="Latest news", lede="All the latest video game news, updated throughout the day by the Eurogamer team.",
  basis="card stamp '{s}' (date and 12-hour time, no zone printed; Eurogamer is a UK site, so UK time = BST, UTC+1, in September); local {d} in {z}",
  notes="Imitates the Eurogamer.net news archive page (ReedPop/IGN-era layout) as rendered HTML. Newest first. Each card: type label 'News', h2 headline, one strapline paragraph, author, visible <time> 'Sept. 1, 2027 4:20pm' (no zone; UK time assumed, BST = UTC+1; the datetime attribute carries the UTC instant and agrees), comment count. JSON-LD is only WebSite + BreadcrumbList (no articles). Two of seven cards are ordinary games news (off-beat). Strapline = body (one paragraph).",
  not_entries=["cookie consent banner", "header logo, navigation (News, Reviews, Features, ...), 'Become a supporter', 'Sign in'", "breadcrumbs",
               "page heading 'Latest news' (page title) and its description line", "'News' type label on each card", "comment counts ('23 comments')",
               "'Advertisement' slot after the third card", "newsletter sign-up box after the fifth card", "'Next page' pagination",
               "'Most popular' sidebar with two links", "footer links and copyright line"],
  entries=[
  E("2027-09-01 19:05", "Kharkiv developer Lanternfold says its team is safe after overnight missile strike damaged the studio",
    ["The Kharkiv studio behind the tactics series Ashen Convoy has confirmed that all 58 of its staff are unharmed, after a Russian missile landing two streets away blew out the windows of its office in the early hours of this morning."],
    "strikes", "strikes", 2, "kharkiv-missile-strike-lanternfold-office-2027-09-01", a="Harriet Lowe", cc=41),
  OFF("2027-09-01 17:20", "Skyhook Derby finally has a release date, and there's a demo next week",
    ["The airship racer that stole the show at last year's indie showcases will launch on PC and consoles on 4th November, with a free demo arriving on Steam on Tuesday."],
    "skyhook-derby-release-date", a="Owen Tait", n="games release news", cc=87),
  E("2027-09-01 15:40", "Ukraine's culture ministry opens a grant scheme for local game studios",
    ["Studios registered in Ukraine will be able to apply for grants of up to \u20b42 million to finish games in development, the country's Ministry of Culture announced today, in what it calls an effort to keep creative jobs in the country during the war."],
    "other", "politics", 2, "ukraine-culture-ministry-game-grants-2027-09", a="Priya Castell", cc=19),
  E("2027-09-01 13:15", "Indie charity bundle for Ukrainian hospitals passes \u00a31m in its first week",
    ["A bundle of more than 400 indie games put together by a group of European developers has now raised over \u00a31 million for medical supplies and generators for hospitals in Ukraine, its organisers said this lunchtime."],
    "aid", "aid", 2, "indie-bundle-ukrainian-hospitals-2027-09", a="Owen Tait", cc=33),
  E("2027-09-01 11:30", "Russian MPs propose fines for shops that sell games which 'discredit' the army",
    ["A draft law submitted to the State Duma would let Russian regulators fine digital stores that sell games judged to portray the Russian armed forces in a bad light, according to the text published on the parliament's website."],
    "other", "politics", 2, "duma-draft-law-games-discredit-army", a="Priya Castell", cc=126),
  OFF("2027-09-01 10:05", "Former Moonquarry developers form new studio, first project is a cosy fishing game",
    ["Several veterans of the shuttered studio Moonquarry have started a new team in Bristol and say their first game will be a small, relaxing fishing adventure set on a chain of windswept islands."],
    "moonquarry-veterans-new-studio", a="Harriet Lowe", n="games industry news", cc=12),
  E("2027-09-01 08:45", "Ukrainian developers describe a summer of working around blackouts",
    ["Developers at five studios in Kyiv, Lviv and Dnipro have told Eurogamer how they reorganised their working days around scheduled power cuts this summer, after Russian attacks on power plants left the grid short of electricity."],
    "other", "humanitarian", 2, "ukrainian-developers-summer-blackouts-feature", a="Harriet Lowe", sec=["strikes"], cc=28),
  ]))

# ---------------------------------------------------------------- 15101 PC Gamer
KYIV_0903 = "kyiv-overnight-missile-drone-attack-2027-09-03"
SEEDS.append(dict(
  id="15101", name="15101_pcgamer-live", ext="txt", source="PC Gamer", zone="America/Los_Angeles", render=r_pcgamer,
  title="Kyiv attack live: Ukrainian game studios count the damage after overnight strikes",
  lede="Russia's overnight missile and drone attack on Kyiv hit the Podil district, home to several of the city's game studios. We're following what developers are telling us.",
  byline="Jodie Wren", cc=64, bio="Jodie is PC Gamer's news editor in the US. She has covered Ukraine's games industry since the full-scale invasion.",
  basis="post stamp '{s}' (Pacific time printed as PT; PDT = UTC-7 in September) on the page's only date, 'last updated 3 September 2027'; local {d} in {z}",
  notes="Imitates a PC Gamer (Future plc) live blog as copied from the browser. Oldest first. Posts carry only a time ('6:10 am PT') followed by a headline line and body; the only date is the page line 'last updated 3 September 2027'. One page byline (By Jodie Wren) is every post's author. Affiliate disclaimers are printed twice (header and under the byline). Three posts belong to the Kyiv attack story (first report, studio damage, toll rise); the interception tally is part of the same attack.",
  not_entries=["masthead, tagline 'THE GLOBAL AUTHORITY ON PC GAMES' and navigation", "affiliate disclaimer lines (two)", "section label 'Games' and 'Live' label",
               "page title and standfirst (lede)", "byline 'By Jodie Wren' and 'last updated 3 September 2027'", "'Comments (64)'", "'Refresh' button",
               "newsletter sign-up block after the third post", "author bio at the foot", "'Read more' link and 'Most Popular'", "Future plc footer"],
  entries=[
  E("2027-09-03 06:10", "What we know so far",
    ["Russia launched ballistic missiles and dozens of attack drones at Kyiv overnight, and city officials say at least four people were killed and more than 20 injured.",
     "The worst damage is in Podil, the riverside district north of the city centre where a cluster of game studios and outsourcing companies rent office space."],
    "strikes", "strikes", 3, KYIV_0903, a="Jodie Wren", n="first report; toll 4"),
  E("2027-09-03 07:25", "Ironbirch says its office is gone, but everyone is accounted for",
    ["Ironbirch Interactive, the 120-person studio making the survival game Frostline, says its Podil office was gutted by fire after a drone hit the building next door.",
     "\"Our people are alive, and that is all that matters this morning,\" studio head Oksana Tereshko wrote on LinkedIn. The team had gone to shelters when the air-raid alert sounded."],
    "strikes", "strikes", 3, KYIV_0903, a="Jodie Wren", n="damage to a studio in the same attack: same story"),
  E("2027-09-03 09:40", "Death toll in Kyiv rises to six",
    ["Kyiv's military administration now says six people died in the overnight attack, after rescuers recovered two bodies from a collapsed residential building in Podil. Thirty-one people were injured."],
    "strikes", "strikes", 3, KYIV_0903, a="Jodie Wren", n="toll 6"),
  E("2027-09-03 11:15", "Publishers pledge to match player donations for Kyiv studios",
    ["Three European publishers say they will match donations made by players over the next fortnight to a fund that helps Ukrainian studios replace equipment, up to a combined \u20ac750,000."],
    "aid", "aid", 2, "publishers-match-donations-kyiv-studios-2027-09", a="Jodie Wren"),
  E("2027-09-03 13:30", "Zelenskyy renews plea for air defence",
    ["In a video address, President Volodymyr Zelenskyy said the attack showed that Ukraine still lacks enough air-defence systems to protect its capital, and urged allies to speed up deliveries of interceptor missiles promised earlier in the year."],
    "aid", "aid", 2, "zelenskyy-air-defence-appeal-2027-09-03", a="Jodie Wren", sec=["diplomacy"]),
  E("2027-09-03 15:05", "Ukraine's air force says most of the drones were shot down",
    ["Ukraine's air force says it destroyed 47 of the 61 drones and four of the seven missiles launched at the country overnight, most of them aimed at Kyiv."],
    "strikes", "strikes", 3, KYIV_0903, a="Jodie Wren", n="interception tally of the same attack"),
  ]))

# ---------------------------------------------------------------- 15102 Kotaku
SEEDS.append(dict(
  id="15102", name="15102_kotaku-latest", ext="txt", source="Kotaku", zone="America/New_York", render=r_kotaku,
  title="Latest", today="2027-09-05", parse_args=["--date", "2027-09-05"],
  basis="stamp '{s}' read against the capture's 'today' (no date or year printed anywhere; parse_args gives 2027-09-05, the US Eastern day of the capture; EDT = UTC-4); local {d} in {z}",
  notes="Imitates Kotaku's 'Latest' listing (Kinja-style cards) as copied from the browser. Newest first. Card: label, headline (title case), author, 'Today 3:40PM' or 'Yesterday 9:30PM' (no zone: Kotaku is New York-based, US Eastern assumed), dek, bare reply count. No date and no year anywhere on the page, so parse_args gives the local day 2027-09-05. The 'Yesterday 9:30PM' card is 4 September local evening, which is already 5 September in UTC. Two of six cards are ordinary games news (off-beat).",
  not_entries=["masthead and navigation", "Subscribe / Log in", "page heading 'Latest' (page title)", "card labels ('News', 'Culture', ...)",
               "bare reply counts under each card", "'Advertisement' after the third card", "'More Stories'", "footer links"],
  entries=[
  E("2027-09-05 17:50", "Russia Blocks Another Batch Of Games Over 'Discrediting The Army'",
    ["Russia's media regulator added eleven games to its list of banned content this weekend, saying they spread false information about the country's armed forces."],
    "other", "politics", 2, "russia-regulator-bans-games-2027-09-05", a="Ethan Maddox", cc=212),
  OFF("2027-09-05 15:40", "This Weekend's Big Patch Finally Fixes The Fishing In Tidewake",
    ["The latest update for the open-world sailing game Tidewake reworks its much-mocked fishing minigame and adds a photo mode, developer Saltbrine says."],
    "tidewake-fishing-patch", a="Rosa Quint", n="games patch news", cc=58, label="Games"),
  E("2027-09-05 13:05", "Drone Attack Cuts Power To Kharkiv Studio District Hours Before A Game's Launch Stream",
    ["A Russian drone strike on a substation in Kharkiv left a neighbourhood full of tech offices without electricity on Sunday morning, forcing the local studio Northgrain to run its launch stream for the puzzle game Glasshouse off diesel generators."],
    "strikes", "strikes", 2, "kharkiv-substation-drone-strike-2027-09-05", a="Ethan Maddox", cc=96),
  E("2027-09-05 10:20", "Ukraine Will Let Some Game Developers Defer Military Service, Ministry Says",
    ["Ukraine's economy ministry says companies in the IT sector, including game studios, can now apply to have a share of their staff reserved from mobilization if they meet tax and salary thresholds."],
    "other", "politics", 2, "ukraine-it-staff-mobilization-deferral-2027-09", a="Leo Barrientos", cc=141),
  OFF("2027-09-05 08:45", "A Fan Spent Three Years Rebuilding A Whole Arcade In Their Garage",
    ["Twenty-two cabinets, a change machine and the original carpet: one collector in Ohio has recreated the arcade he grew up in, down to the sticky floor."],
    "fan-rebuilds-arcade-garage", a="Rosa Quint", n="culture", cc=33, label="Culture"),
  E("2027-09-04 21:30", "Streamers Raise $400,000 For Ukrainian Field Hospitals In Charity Marathon",
    ["A 48-hour charity stream organised by a group of Twitch creators in Poland and Ukraine ended Saturday night with just over $400,000 raised for trauma kits and generators for field hospitals near the front."],
    "aid", "aid", 2, "streamers-charity-marathon-field-hospitals-2027-09", a="Leo Barrientos", cc=77),
  ]))

# ---------------------------------------------------------------- 15103 GamesIndustry.biz
SEEDS.append(dict(
  id="15103", name="15103_gamesindustrybiz-weekinbusiness", ext="html", source="GamesIndustry.biz", zone="Europe/London", render=r_gibiz,
  title="This Week in Business: Sanctions, call-ups and a cold winter ahead for Ukraine's studios",
  url="https://www.gamesindustry.biz/this-week-in-business-sanctions-call-ups-and-a-cold-winter-ahead",
  lede="Five developments from the week that matter to anyone working with Ukrainian developers",
  byline="Tomasz Greaves", job="Contributing Editor", dateline_t="2027-09-07 14:20", img="twib-kyiv-office",
  caption="A generator outside a co-working space in Kyiv's Podil district",
  intro="The games business in Ukraine has spent another week adjusting to a war that shows no sign of ending. Here is what changed.",
  basis="no per-section time; every section takes the article's visible 'Published on Sept. 7, 2027, 14:20 BST' (BST = UTC+1; JSON-LD datePublished agrees); local {d} in {z}",
  notes="Imitates a GamesIndustry.biz (ReedPop) weekly business column as rendered HTML, with NewsArticle JSON-LD (page-level only). One article, five h2 sections; per the convention each section is one entry (headline = the h2), stamp null, published = the article's printed time 'Published on Sept. 7, 2027, 14:20 BST'. The page byline (Tomasz Greaves, 'Contributing Editor' is his job title, not part of the name) is every section's author. The funding-round section is ordinary business news (off-beat).",
  not_entries=["header logo and navigation", "'Feature' type label", "page title (h1) and strapline", "author block with job title 'Contributing Editor'",
               "'Published on ...' line (page time)", "share links", "photo caption", "intro paragraph 'The games business in Ukraine has spent ...'",
               "GI Daily newsletter promo after the second section", "tags and 'Related topics' links", "footer"],
  entries=[
  E("2027-09-07 14:20", "EU sanctions reach the payment firms behind Russian game stores",
    ["The European Union's latest sanctions package, adopted on Monday, lists two Moscow payment processors that handle most card transactions for Russia's largest digital game storefronts.",
     "Western publishers that still sell into Russia through resellers say they expect those channels to dry up within weeks."],
    "diplomacy", "diplomacy", 2, "eu-sanctions-package-russian-payment-firms-2027-09", a="Tomasz Greaves"),
  OFF("2027-09-07 14:20", "Hollowpeak closes a $6m round",
    ["Hollowpeak, the studio founded in Kyiv and now run from Warsaw, has raised $6 million in a round led by a Nordic games fund to expand its team for a co-op horror project.",
     "The company says it will keep roughly half of its 70 staff in Ukraine."],
    "hollowpeak-funding-round-2027-09", a="Tomasz Greaves", n="studio funding news"),
  E("2027-09-07 14:20", "Mobilisation rules squeeze studio headcounts",
    ["Ukraine's tighter rules on exemptions from military service took effect this month, and several mid-sized studios told us they expect to lose between 5% and 10% of their male employees to call-ups by the end of the year."],
    "other", "politics", 2, "ukraine-mobilisation-rules-studio-headcounts-2027-09", a="Tomasz Greaves"),
  E("2027-09-07 14:20", "Studios draw up winter outage plans as strikes on the grid resume",
    ["With Russian drones hitting substations in Kharkiv and Odesa again this month, studio managers are buying batteries and Starlink terminals and moving build servers to data centres in Poland.",
     "Ukrenergo, the grid operator, has warned that scheduled blackouts are likely from November."],
    "other", "humanitarian", 2, "ukrainian-studios-winter-outage-plans-2027-09", a="Tomasz Greaves", sec=["strikes"]),
  E("2027-09-07 14:20", "EU fund opens for relocated Ukrainian studios",
    ["A \u20ac25 million European Commission programme for Ukrainian creative businesses opened for applications on Thursday, and games companies that moved staff abroad after 2022 are eligible as long as they remain registered in Ukraine."],
    "aid", "aid", 2, "eu-fund-ukrainian-creative-businesses-2027-09", a="Tomasz Greaves"),
  ]))

# ---------------------------------------------------------------- 15104 People Management
SEEDS.append(dict(
  id="15104", name="15104_peoplemanagement-brief", ext="txt", source="People Management", zone="Europe/London", render=r_peoplemgmt,
  title="HR news in brief", lede="The day's employment news, updated through the day by the People Management team.",
  basis="bare stamp '{s}' (UK time implied, BST = UTC+1) under the page's date line 'Thursday 9 September 2027'; local {d} in {z}",
  notes="Imitates a People Management (CIPD) news page as copied from the browser, laid out as a running 'news in brief'. Oldest first. Each item: bare UK-style time '9.10am' (dot separator, no zone; UK time assumed), headline, body, 'by NAME' (author). The only date is the line under the title, 'Thursday 9 September 2027'. Two items are ordinary HR news (off-beat).",
  not_entries=["masthead, skip link, navigation, search and sign-in", "section label 'News'", "page title 'HR news in brief' and the date line", "lede line",
               "'by NAME' author lines (credits, not body)", "newsletter promo after the third item", "'Related articles' with two links", "'Most read' and footer"],
  entries=[
  E("2027-09-09 08:05", "Ukraine visa extension confirmed for a further 18 months",
    ["Ukrainians in the UK on the permission extension scheme will be able to apply to stay for another 18 months, the Home Office confirmed this morning, giving employers of an estimated 60,000 Ukrainian workers more certainty over their right to work."],
    "other", "humanitarian", 2, "uk-ukraine-permission-extension-18-months-2027-09", a="Hannah Sorrell"),
  OFF("2027-09-09 09:10", "Employment tribunal claims rise for third consecutive quarter",
    ["Single claims lodged with employment tribunals rose 7% in the April to June quarter compared with a year earlier, official figures show, with unfair dismissal and holiday pay the most common complaints."],
    "uk-tribunal-claims-q2-2027", a="Callum Rigby", n="HR statistics"),
  E("2027-09-09 10:25", "UK funds placements for Ukrainian deminers with British engineering firms",
    ["The UK will spend \u00a340m training Ukrainian mine-clearance specialists, including six-month placements with British engineering and construction firms, the Foreign Office announced."],
    "aid", "aid", 2, "uk-ukrainian-deminer-training-funding-2027-09", a="Hannah Sorrell"),
  E("2027-09-09 11:40", "Employers told to check reservist policies as Nato steps up exercises",
    ["Firms that employ members of the armed forces reserves should review their leave and pay policies now, lawyers have advised, after the Ministry of Defence said more reservists would be called up for Nato exercises on the alliance's eastern flank this autumn."],
    "other", "security", 2, "uk-reservists-nato-exercises-employers-2027-09", a="Callum Rigby"),
  OFF("2027-09-09 13:15", "Pay awards hold at 3.5% for third month, survey finds",
    ["Median pay awards stayed at 3.5% in the three months to August, according to a survey of 300 settlements, suggesting wage growth has levelled off."],
    "uk-pay-awards-august-2027", a="Aisha Penrose", n="pay data"),
  E("2027-09-09 15:30", "Two warehouse workers killed in drone strike on Lviv logistics hub",
    ["A Russian drone strike on a logistics park on the edge of Lviv killed two night-shift workers and injured five, regional officials said.",
     "The site's British owner said it had suspended shifts for the rest of the week and arranged counselling for its 400 staff."],
    "strikes", "strikes", 3, "lviv-logistics-hub-drone-strike-2027-09-09", a="Aisha Penrose"),
  ]))

# ---------------------------------------------------------------- 15105 SHRM
SEEDS.append(dict(
  id="15105", name="15105_shrm-globalhr", ext="html", source="SHRM", zone="America/New_York", render=r_shrm,
  title="Global HR", url="https://www.shrm.org/topics-tools/topics/global-hr",
  lede="News and resources for HR professionals managing people across borders.",
  basis="card stamp '{s}' (Eastern time printed as ET; EDT = UTC-4 in September); local {d} in {z}",
  notes="Imitates a SHRM topic listing page ('Global HR') as rendered HTML; JSON-LD is a CollectionPage only. Newest first. Card: eyebrow, h3 headline, one summary paragraph, 'By NAME' and 'September 14, 2027 \u00b7 6:10 PM ET'. Author = the name after 'By'. Two cards are ordinary US HR news (off-beat).",
  not_entries=["utility navigation (Membership, Certification, ...)", "header logo, navigation and 'Join / Renew'", "hero eyebrow, page title 'Global HR' and intro",
               "filter bar", "card eyebrows ('Global HR', 'Employment Law')", "membership promo after the third card", "'Load More'", "footer with address and copyright"],
  entries=[
  E("2027-09-14 18:10", "Missile Strike on Dnipro Office Tower Kills 7; U.S. Employers Account for Staff",
    ["A Russian missile struck a 14-story business center in central Dnipro, Ukraine, on Tuesday, killing at least seven people, according to regional officials.",
     "Several U.S. companies that lease offices in the building said they were still trying to reach some employees and had moved others to shelters."],
    "strikes", "strikes", 3, "dnipro-business-center-missile-strike-2027-09-14", a="Kathryn Ellery"),
  E("2027-09-14 15:45", "EU Extends Temporary Protection for Ukrainians Until March 2029",
    ["European Union interior ministers agreed to extend the temporary protection status of more than 4 million Ukrainian refugees by another year, keeping their right to work in EU countries without separate permits."],
    "other", "humanitarian", 2, "eu-temporary-protection-extension-2027-09", a="Marcus Tobin"),
  OFF("2027-09-14 13:20", "What the New Overtime Threshold Means for Midsize Employers",
    ["A salary threshold for overtime exemption that takes effect in January will require many midsize employers to reclassify some managers or raise their pay, attorneys say."],
    "us-overtime-threshold-2028", a="Dana Whitcomb", n="US employment law", label="Employment Law"),
  E("2027-09-14 11:05", "Ukraine Passes Law Letting Employers Reserve More Staff From Mobilization",
    ["Ukraine's parliament approved a bill on Tuesday that raises the share of employees that companies deemed critical to the economy may protect from conscription, a change foreign-owned employers had lobbied for."],
    "other", "politics", 2, "ukraine-law-employer-mobilization-reservation-2027-09-14", a="Marcus Tobin"),
  E("2027-09-14 09:30", "Treasury Sanctions Russian Logistics Firms Accused of Sourcing Military Parts",
    ["The U.S. Treasury Department added 14 companies in Russia, Kyrgyzstan and the United Arab Emirates to its sanctions list, saying they helped Russia's military obtain electronics and machine tools."],
    "diplomacy", "diplomacy", 2, "us-treasury-sanctions-russian-logistics-2027-09-14", a="Kathryn Ellery"),
  OFF("2027-09-14 07:15", "Job Openings Edge Down in July, Labor Department Says",
    ["U.S. employers posted slightly fewer job openings in July than in June, the Labor Department reported, while the number of workers quitting their jobs held steady."],
    "us-jolts-july-2027", a="Dana Whitcomb", n="US labor data", label="Workforce"),
  ]))

# ---------------------------------------------------------------- 15106 AgWeb
SEEDS.append(dict(
  id="15106", name="15106_agweb-news", ext="txt", source="AgWeb", zone="America/Chicago", render=r_agweb,
  title="Latest News", ref="2027-09-13 14:35",
  basis="relative stamp '{s}' counted back from the page's only clock, 'Market data as of Sep 13, 2027 2:35 PM CDT' (CDT = UTC-5); local {d} in {z}",
  notes="Imitates the AgWeb (Farm Journal) news listing as copied from the browser. Newest first. Card: category label, headline, 'By NAME', relative time ('30 minutes ago', '3 hours ago'), one summary paragraph. The only absolute time on the page is the market-ticker line 'Market data as of Sep 13, 2027 2:35 PM CDT'; every stamp is counted back from it (as precise as the page allows). 'By Reuters' gives the agency as author. Three of seven cards are ordinary US farm news (off-beat).",
  not_entries=["masthead 'AgWeb', 'Powered by Farm Journal' and navigation", "Search / Sign In", "market ticker line", "'Quotes delayed ... Market data as of ...' line (capture clock, used as the anchor)",
               "page heading 'Latest News' (page title)", "category labels on each card", "'Sponsored Content' block after the fourth card", "'Load More'",
               "newsletter box 'Farm Journal\u2019s AgWeb Daily'", "footer links and copyright"],
  entries=[
  E("2027-09-13 14:05", "Russian Drones Hit Danube Grain Terminal at Izmail, Ukraine Says",
    ["Russian attack drones struck a grain terminal at the Ukrainian river port of Izmail overnight, damaging two storage sheds and wounding two workers, Ukraine\u2019s infrastructure ministry said Monday."],
    "strikes", "strikes", 2, "izmail-grain-terminal-drone-strike-2027-09-13", a="Reuters", label="Markets"),
  OFF("2027-09-13 12:35", "Crop Progress: Early Corn Harvest Reaches 8% Nationally",
    ["Farmers in the southern Plains and the Delta pushed the national corn harvest to 8% complete as of Sunday, slightly ahead of the five-year average, USDA said."],
    "us-crop-progress-corn-harvest-2027-09-13", a="Alicia Brandt", n="US crop report", label="Crops"),
  E("2027-09-13 11:35", "U.S. Announces $50 Million to Help Ukrainian Farmers Clear Mines and Buy Seed",
    ["The U.S. Agency for International Development said it will provide $50 million to help small and mid-sized Ukrainian farms pay for demining of fields and for winter wheat seed, with the first grants expected in October."],
    "aid", "aid", 2, "us-50m-ukrainian-farmers-demining-seed-2027-09", a="Tyler Oakes", label="Policy"),
  E("2027-09-13 09:35", "Russia Claims Capture of Village in Zaporizhzhia Farm Belt",
    ["Russia\u2019s defense ministry said its forces took control of a village in the southern Zaporizhzhia region, an area of large grain farms near the front line. Ukraine\u2019s military did not confirm the claim."],
    "other", "frontline", 2, "russia-claims-zaporizhzhia-village-2027-09-13", a="Reuters", label="World"),
  OFF("2027-09-13 08:35", "Cattle on Feed: Placements Come In Below Trade Guesses",
    ["Feedlot placements in August fell 4% from a year earlier, below what analysts had expected, as tight calf supplies continue to limit how many cattle enter yards."],
    "cattle-on-feed-august-2027", a="Alicia Brandt", n="livestock markets", label="Livestock"),
  E("2027-09-13 06:35", "EU Ministers Agree to Keep Tariffs on Russian Fertilizer",
    ["European Union agriculture ministers agreed to keep steep tariffs on fertilizer imported from Russia and Belarus, rejecting calls from some farm groups to suspend them while prices are high."],
    "diplomacy", "diplomacy", 2, "eu-tariffs-russian-fertilizer-2027-09", a="Tyler Oakes", label="Policy"),
  OFF("2027-09-13 04:35", "Drought Monitor: Dry Pocket Expands Across Western Corn Belt",
    ["Abnormally dry conditions spread across parts of Nebraska, Iowa and South Dakota last week, the latest Drought Monitor shows, though most crops are close to maturity."],
    "drought-monitor-western-corn-belt-2027-09", a="Alicia Brandt", n="weather", label="Weather"),
  ]))

# ---------------------------------------------------------------- 15107 Feedstuffs
SEEDS.append(dict(
  id="15107", name="15107_feedstuffs-rss", ext="xml", source="Feedstuffs", zone="UTC", render=r_feedstuffs,
  title="Feedstuffs", lede="News and analysis for the animal agriculture and feed industries",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Imitates the Feedstuffs RSS 2.0 feed. Newest first. pubDate in GMT; description is a plain-text summary inside CDATA (no paragraph tags, one paragraph); dc:creator per item (author); category per item. Two of six items are ordinary feed/livestock market news (off-beat).",
  not_entries=["channel title, link, atom:link, description, language, lastBuildDate", "item link, guid and category elements"],
  entries=[
  E("2027-09-16 19:10", "Drone strike damages Ukrainian poultry plant in Vinnytsia region",
    ["A Russian drone attack overnight damaged a processing building at one of Ukraine\u2019s largest poultry complexes in the Vinnytsia region, the company said, adding that no one was hurt and that slaughter lines would restart within days."],
    "strikes", "strikes", 2, "vinnytsia-poultry-plant-drone-strike-2027-09-16", a="Marta Kowalczyk", cat="Poultry"),
  OFF("2027-09-16 16:40", "Lean hog futures ease on heavy slaughter numbers",
    ["Lean hog futures slipped on Thursday as weekly slaughter ran above year-ago levels and cash prices softened in the western Corn Belt."],
    "lean-hog-futures-2027-09-16", a="Glen Hartmann", n="livestock markets", cat="Market news"),
  E("2027-09-16 14:30", "Missile strike on Odesa port grain silos kills one",
    ["A Russian missile hit grain silos at the port of Odesa on Thursday, killing a port worker and destroying about 6,000 metric tons of corn awaiting export, the regional governor said."],
    "strikes", "strikes", 3, "odesa-port-silo-missile-strike-2027-09-16", a="Marta Kowalczyk", cat="Grains", n="single-page 3: deadly strike"),
  E("2027-09-16 11:55", "EU approves \u20ac120m for Ukrainian farm machinery and storage",
    ["The European Commission approved \u20ac120 million in grants and guarantees to help Ukrainian farmers replace machinery and grain storage destroyed or damaged in the war."],
    "aid", "aid", 2, "eu-120m-ukrainian-farm-machinery-2027-09", a="Glen Hartmann", cat="Policy"),
  OFF("2027-09-16 09:20", "USDA raises soybean meal use forecast on stronger feed demand",
    ["USDA raised its forecast for domestic soybean meal use by 300,000 short tons, citing larger broiler and hog numbers and improved feeding margins."],
    "usda-soybean-meal-forecast-2027-09", a="Glen Hartmann", n="feed markets", cat="Feed"),
  E("2027-09-16 07:05", "Ukraine and Poland agree on grain transit arrangement",
    ["Agriculture ministers from Ukraine and Poland agreed on a licensing system that lets Ukrainian grain cross Poland to Baltic ports while keeping it off the Polish domestic market."],
    "diplomacy", "diplomacy", 2, "ukraine-poland-grain-transit-deal-2027-09", a="Marta Kowalczyk", cat="Grains"),
  ]))

# ---------------------------------------------------------------- 15108 Christianity Today
CHERN = "chernihiv-strike-church-damaged-2027-09-17"
SEEDS.append(dict(
  id="15108", name="15108_christianitytoday-updates", ext="html", source="Christianity Today", zone="America/Chicago", render=r_ct,
  title="Russian Strike Damages Historic Wooden Church in Chernihiv",
  url="https://www.christianitytoday.com/2027/09/russian-strike-chernihiv-wooden-church-updates/",
  lede="Two people were killed and a 17th-century church was badly burned. We are updating this story as we learn more.",
  byline="Liza Morrow", caption="Firefighters work at a church in Chernihiv, Ukraine, after an overnight attack.",
  intro="This article is being updated through the day. Times are listed as posted.",
  bio="Liza Morrow is a news editor at Christianity Today.",
  basis="bare update time '{s}' (no zone printed; Christianity Today is based in Carol Stream, Illinois, so US Central time, CDT = UTC-5, as the JSON-LD offsets confirm) on the dateline 'September 17, 2027'; local {d} in {z}",
  notes="Imitates a Christianity Today news article that is updated through the day, as rendered HTML with NewsArticle JSON-LD (page-level only). Oldest first. Each update is a bold bare time ('6:40 a.m.', no zone: CT is in Illinois, Central time assumed; the JSON-LD offsets are -05:00) followed by paragraphs; updates have NO headlines, so headline is null and the first sentence comes from the first paragraph. Page byline (Liza Morrow) is every update's author. Four updates belong to the Chernihiv strike story (first report, the Baptist church, the churches' council condemnation, the toll rising to four); the relief pledge and the patriarch's remarks are separate stories. The first sentence of update 1 contains 'St. Paraskeva' (an abbreviation that must not end the sentence).",
  not_entries=["header logo, navigation, Subscribe / Sign In", "kicker 'News'", "page title (h1) and deck", "byline and dateline", "photo caption",
               "intro note 'This article is being updated through the day. Times are listed as posted.'", "subscription promo after the third update",
               "author bio", "'Read These Next' link", "footer"],
  entries=[
  E("2027-09-17 06:40", None,
    ["Russian drones and a missile struck Chernihiv overnight, killing two people and setting fire to the wooden Church of St. Paraskeva on the city\u2019s northern edge, regional officials said.",
     "The church, built in the 1600s and restored after the Second World War, lost most of its roof. Firefighters saved the icon screen, according to the local Orthodox diocese."],
    "strikes", "strikes", 3, CHERN, a="Liza Morrow", n="first report; toll 2"),
  E("2027-09-17 08:15", None,
    ["The Baptist union in Ukraine said a church building in the same district, which its volunteers use as a food distribution point, also lost windows and part of a wall in the attack. No volunteers were inside at the time."],
    "strikes", "strikes", 3, CHERN, a="Liza Morrow", n="damage from the same attack: same story"),
  E("2027-09-17 09:50", None,
    ["The All-Ukrainian Council of Churches and Religious Organizations condemned the strike, saying in a statement that attacks on places of worship could not be justified by any military purpose."],
    "strikes", "strikes", 3, CHERN, a="Liza Morrow", n="reaction whose content is the attack itself: same story"),
  E("2027-09-17 11:30", None,
    ["Separately, the evangelical relief group Open Harvest pledged $2 million to buy heaters, fuel and winter clothing for displaced families in northern Ukraine, its president told CT."],
    "aid", "aid", 2, "open-harvest-winter-relief-pledge-2027-09", a="Liza Morrow"),
  E("2027-09-17 13:05", None,
    ["In Moscow, Patriarch Kirill of the Russian Orthodox Church told a gathering of military chaplains that Russian soldiers were defending \u201choly Rus\u201d and promised the church would expand its chaplaincy program.",
     "Ukrainian church leaders have repeatedly criticized the patriarch for backing the war."],
    "other", "politics", 2, "patriarch-kirill-military-chaplains-2027-09-17", a="Liza Morrow"),
  E("2027-09-17 15:20", None,
    ["The death toll in Chernihiv rose to four after two injured people died in hospital, regional governor Viacheslav Chaus said. UNESCO said it was working with Ukrainian officials to assess the damage to the church."],
    "strikes", "strikes", 3, CHERN, a="Liza Morrow", n="toll 4"),
  ]))

# ---------------------------------------------------------------- 15109 Sifted
SEEDS.append(dict(
  id="15109", name="15109_sifted-atom", ext="xml", source="Sifted", zone="UTC", render=r_sifted,
  title="Sifted", lede="Europe\u2019s startup news",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Imitates Sifted's WordPress Atom feed. Newest first. <published> in Z; <author><name> per entry; CDATA title; <summary> is the excerpt ending '[\u2026]' and <content> the full text in <p> tags (body = content paragraphs). Two of six entries are ordinary startup news (off-beat).",
  not_entries=["feed title, subtitle, updated, links, id, generator", "entry category, id and link elements", "excerpt <summary> (repeats the first paragraph with '[\u2026]')"],
  entries=[
  E("2027-09-19 17:20", "Ukrainian interceptor-drone maker Skyvane raises \u20ac30m",
    ["Skyvane, a Kyiv startup that builds small drones designed to ram Russian attack drones in flight, has raised \u20ac30m from a group of European defence investors to triple its production.",
     "The company says its interceptors are already used by several Ukrainian air-defence units."],
    "other", "security", 2, "skyvane-interceptor-drone-funding-2027-09", a="Nadia Lindqvist"),
  OFF("2027-09-19 15:05", "Berlin fintech Kontoro cuts 15% of staff in push for profitability",
    ["Kontoro, the Berlin business-banking startup, is laying off about 90 people as it tries to break even next year, its chief executive told staff."],
    "kontoro-layoffs-2027-09", a="Felix Brandauer", n="startup layoffs", cat="Fintech"),
  E("2027-09-19 12:40", "EU defence fund picks 12 startups to scale drones tested in Ukraine",
    ["The European Defence Fund has selected 12 startups to share \u20ac90m for scaling up production of drones and counter-drone systems that have been tested on the front line, with the first batches earmarked for Ukraine\u2019s armed forces."],
    "aid", "aid", 2, "european-defence-fund-drone-startups-ukraine-2027-09", a="Nadia Lindqvist"),
  OFF("2027-09-19 10:15", "Stockholm\u2019s Lumora becomes Europe\u2019s newest AI unicorn",
    ["Lumora, which sells AI tools for industrial maintenance, has raised $160m at a valuation above $1bn, making it the third Swedish startup to pass that mark this year."],
    "lumora-ai-unicorn-2027-09", a="Felix Brandauer", n="startup funding", cat="AI"),
  E("2027-09-19 08:30", "Strikes on Kharkiv\u2019s grid push city\u2019s tech park onto generators",
    ["Russian drone strikes on substations in Kharkiv on Saturday night left the city\u2019s largest tech park running on diesel generators, founders of three startups based there told Sifted."],
    "strikes", "strikes", 2, "kharkiv-substation-strikes-tech-park-2027-09-18", a="Nadia Lindqvist"),
  E("2027-09-19 06:45", "Ukraine\u2019s Brave1 opens $20m grant round for drone interceptors",
    ["Brave1, the Ukrainian government\u2019s defence-tech cluster, has opened a $20m grant round for teams building interceptor drones, as Kyiv looks for cheaper ways to stop Russia\u2019s nightly attack-drone raids."],
    "other", "security", 2, "brave1-interceptor-grant-round-2027-09", a="Nadia Lindqvist"),
  ]))

# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2027-09-22 (UTC), day 2 = 2027-09-23, day 3 = 2027-09-27.
KREM = "kremenchuk-missile-strike-2027-09-22"
IRIST = "germany-iris-t-delivery-2027-09-22"
SANCT = "eu-shadow-fleet-sanctions-2027-09-22"
BALL = "explainer-ballistic-missile-interception"
BALL_H = "Explainer: Why ballistic missiles are so hard to stop"
BALL_P = ["Wednesday\u2019s attack on Kremenchuk was carried out with ballistic missiles, the weapon Ukraine\u2019s air defences find hardest to counter.",
          "Unlike cruise missiles and drones, which fly low and relatively slowly, a ballistic missile such as the Iskander-M climbs high and falls on its target at several times the speed of sound, leaving only minutes between launch and impact.",
          "Only a handful of systems supplied by Ukraine\u2019s allies, above all the US-made Patriot, can reliably intercept them, and each interception can use two or more expensive missiles. Cities far from the few Patriot batteries are largely unprotected."]


def kyiv_eest(d):
    return f"{d:%H:%M} EEST"


# ---------------------------------------------------------------- 15120 Wyndlow Courier (day 1)
SEEDS.append(dict(
  id="15120", name="15120_wyndlow-textlive", ext="txt", source="Wyndlow Courier", zone="Europe/Kyiv", render=r_textlive,
  order="new", stampfmt=kyiv_eest, per_post_author=True,
  nav="Home | Ukraine | Europe | World | Analysis | Podcasts", title="Ukraine war live: Kremenchuk missile strike kills 11; two dead in Kherson shelling",
  dateline="Wednesday 22 September 2027", lede="Russian ballistic missiles hit a residential area of Kremenchuk in the morning; Kherson market shelled; Zelensky renews call for Patriots.",
  latest="Latest updates", promo="Get the Courier\u2019s Ukraine briefing in your inbox every weekday. Sign up here.",
  closing="Show earlier updates", footer="Wyndlow Courier \u00b7 About \u00b7 Corrections \u00b7 Privacy \u00b7 Cookies",
  basis="stamp '{s}' (Kyiv summer time printed as EEST = UTC+3) under the dateline 'Wednesday 22 September 2027'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. 'Key Points' block lists two entry headlines (key_point true: 15120-01 and 15120-05). Each post: 'HH:MM EEST' line, headline, 'By NAME' (author), body. 15120-03 is a 'Watch:' teaser with no body. 15120-04 is a theme piece (explainer on ballistic missiles) that mentions Kremenchuk but is its own story; it is re-posted verbatim on day 2 by 15131. Kremenchuk tolls on this page: first report without a number, then 7, then 11.",
  not_entries=["masthead and navigation", "'LIVE' label", "page title and dateline", "standfirst line", "'Key Points' header and its two bullet lines (pointers to posts)",
               "'Latest updates' label", "'By NAME' lines (author credits, not body)", "newsletter promo after the fourth post", "'Show earlier updates'", "footer"],
  entries=[
  E("2027-09-22 21:15", "Kremenchuk death toll rises to 11 as search ends",
    ["Eleven people, two of them children, were killed by this morning\u2019s Russian missile strike on Kremenchuk, the Poltava regional military administration said, as rescuers finished searching the damaged buildings.",
     "Fifty-two people were injured. The city has declared Thursday and Friday days of mourning."],
    "strikes", "strikes", 3, KREM, a="Olena Marchuk", kp=True, n="toll 11"),
  E("2027-09-22 19:40", "Zelensky: \u2018Every Patriot we lack is paid for in lives\u2019",
    ["President Volodymyr Zelensky used his evening address to ask allies again for more Patriot systems and interceptor missiles, saying Ukraine could have shot down the missiles that hit Kremenchuk if the city had been covered.",
     "He said he had raised the request in calls with the leaders of Germany and the Netherlands today."],
    "aid", "aid", 2, "zelensky-patriot-appeal-2027-09-22", a="Simon Gale", sec=["strikes"],
    n="appeal for air defence: own story (aid); it mentions the Kremenchuk strike but must not merge with it"),
  E("2027-09-22 17:55", "Watch: Rescuers search the ruins in Kremenchuk", [], "strikes", "strikes", 1, KREM, a="Simon Gale", n="teaser without body"),
  E("2027-09-22 16:20", BALL_H, BALL_P, "strikes", "strikes", 2, BALL, a="Simon Gale",
    n="theme piece (explainer on ballistic missiles); mentions Kremenchuk but is its own story: must not merge with the Kremenchuk strike"),
  E("2027-09-22 14:05", "Two killed as Russian shelling hits Kherson market",
    ["Russian artillery shelled a covered market in Kherson\u2019s Dniprovskyi district around midday, killing two people and wounding six, the regional administration said.",
     "Kherson, on the west bank of the Dnipro, is shelled almost daily from Russian positions across the river."],
    "strikes", "strikes", 3, "kherson-market-shelling-2027-09-22", a="Olena Marchuk", kp=True,
    n="another deadly strike the same day: must not merge with the Kremenchuk strike"),
  E("2027-09-22 12:30", "Kremenchuk: seven dead, dozens injured",
    ["The number of people killed in the morning missile attack on Kremenchuk has risen to seven, with 38 injured, regional officials said.",
     "Two ballistic missiles struck a residential area close to the central bus station, damaging three apartment blocks and a school."],
    "strikes", "strikes", 3, KREM, a="Olena Marchuk", n="toll 7"),
  E("2027-09-22 09:45", "Explosions in Kremenchuk as Russia fires ballistic missiles",
    ["Powerful explosions shook Kremenchuk shortly after 9am, minutes after the air force warned of ballistic missiles heading for the Poltava region, the city\u2019s mayor said.",
     "He said there were casualties and asked residents to stay in shelters."],
    "strikes", "strikes", 3, KREM, a="Olena Marchuk", n="first report, no toll yet"),
  ]))

# ---------------------------------------------------------------- 15121 Saltmarren Post (day 1)
SEEDS.append(dict(
  id="15121", name="15121_saltmarren-ldlive", ext="html", source="Saltmarren Post", zone="Europe/Berlin", render=r_saltmarren,
  title="War in Ukraine: the latest developments", url="https://saltmarren-post.example/en/live/ukraine-2027-09-22",
  tznote="All times are Central European Summer Time (CEST).", lede="Our English-language live coverage of Russia\u2019s war against Ukraine.",
  basis="visible stamp '{s}' (numeric DD.MM.YYYY date; the page notes all times are CEST = UTC+2; the JSON-LD update datePublished agrees); local {d} in {z}",
  notes="Invented outlet (German, English edition). HTML live blog, oldest first, LiveBlogPosting JSON-LD with one BlogPosting per post carrying its own datePublished (correct instants) and author. Visible stamps '22.09.2027, 08:50' (German numeric date; zone only in the header note 'All times are ... (CEST)'). Uses the German transliteration 'Krementschuk' for Kremenchuk. 15121-06 repeats 15121-03 nearly verbatim (duplicate_of 15121-03). 15121-01 (overnight drone attack on a gas site in the same Poltava region) must not merge with the Kremenchuk strike.",
  not_entries=["cookie consent bar", "header and navigation", "page title", "time-zone note 'All times are ... (CEST)'", "intro line",
               "author lines under headlines (credits)", "'Share' / 'Copy link' tools under each post", "'More on the topic' box after the third post", "footer"],
  entries=[
  E("2027-09-22 08:50", "Drones damage gas processing site in Poltava region",
    ["Russian drones struck a gas processing facility in the Poltava region overnight, forcing a partial halt in output, Ukraine\u2019s state gas producer said. No one was injured, according to the company."],
    "strikes", "strikes", 2, "poltava-region-gas-site-drone-strike-2027-09-22", a="Jonas Reiter",
    n="same region as Kremenchuk, different (overnight drone) attack: must not merge with the Kremenchuk strike"),
  E("2027-09-22 09:30", "Missiles hit Krementschuk, at least four dead",
    ["At least four people were killed when Russian ballistic missiles hit a residential district of Krementschuk in central Ukraine on Wednesday morning, local officials said.",
     "The city on the Dnipro river is home to Ukraine\u2019s largest oil refinery, which Russia has attacked several times."],
    "strikes", "strikes", 3, KREM, a="Jonas Reiter", n="spelling 'Krementschuk'; toll 4"),
  E("2027-09-22 11:15", "Germany to send another IRIS-T system, Pistorius says",
    ["Germany will deliver another IRIS-T SLM air-defence system and several hundred missiles for it to Ukraine before the end of the year, Defence Minister Boris Pistorius said in Berlin.",
     "He said the package was worth about \u20ac500 million and would be financed from this year\u2019s budget for military aid."],
    "aid", "aid", 3, IRIST, a="Katrin Vogel"),
  E("2027-09-22 12:40", "Russia claims capture of village near Kupiansk",
    ["Russia\u2019s defence ministry said its troops had taken control of a village north of Kupiansk in the Kharkiv region. Ukraine\u2019s general staff said fighting in the area was continuing."],
    "other", "frontline", 2, "russia-claims-village-near-kupiansk-2027-09-22", a="Jonas Reiter"),
  E("2027-09-22 14:10", "Krementschuk: toll rises to nine",
    ["Nine people are now known to have died in the missile attack on Krementschuk, among them a 12-year-old girl, the regional administration said. More than 40 people were hurt."],
    "strikes", "strikes", 3, KREM, a="Katrin Vogel", n="toll 9"),
  E("2027-09-22 15:45", "Germany to send another IRIS-T system, Pistorius says",
    ["Germany will deliver another IRIS-T SLM air-defence system and several hundred missiles for it to Ukraine before the end of the year, Defence Minister Boris Pistorius said in Berlin.",
     "He said the package was worth around \u20ac500 million and would be financed from this year\u2019s budget for military aid."],
    "aid", "aid", 1, IRIST, a="Katrin Vogel", dup="15121-03", n="near-verbatim repeat of 15121-03 ('about' -> 'around')"),
  E("2027-09-22 17:30", "Kremlin denies targeting civilians in Krementschuk",
    ["Kremlin spokesman Dmitry Peskov said Russia\u2019s armed forces strike only military targets when he was asked about the attack on Krementschuk, and accused Kyiv of placing air defences in residential areas."],
    "strikes", "strikes", 3, KREM, a="Jonas Reiter", n="official denial about the attack itself: same story"),
  ]))

# ---------------------------------------------------------------- 15122 Ketterholm World Service (day 1, general world feed)
SEEDS.append(dict(
  id="15122", name="15122_ketterholm-worldrss", ext="xml", source="Ketterholm World Service", zone="UTC", render=r_rss, rfc="GMT",
  title="Ketterholm World Service \u2013 World", url="https://ketterholm.example/news", guid="kws-20270922",
  lede="Top world stories from Ketterholm World Service",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, no authors. 4 of 6 items are off-beat (typhoon, Chile rates, Spanish heat, Indonesia's capital). War items: the EU shadow-fleet sanctions and the Kremenchuk strike spelled 'Kremenchug' (toll 9).",
  not_entries=["channel title/link/description/language", "item link, guid and category elements"],
  entries=[
  OFF("2027-09-22 19:30", "Typhoon brings record rain to Okinawa",
      ["A slow-moving typhoon dumped more than 400 millimetres of rain on parts of Okinawa in 24 hours, flooding roads and cutting power to about 90,000 homes, Japanese officials said."],
      "okinawa-typhoon-rain-2027-09", n="weather", cat="Asia"),
  E("2027-09-22 17:05", "EU agrees new sanctions on Russia\u2019s shadow fleet",
    ["European Union foreign ministers agreed to add 45 more tankers to the list of ships barred from EU ports and services, targeting the ageing fleet Russia uses to move oil around the Western price cap."],
    "diplomacy", "diplomacy", 3, SANCT, cat="Europe"),
  OFF("2027-09-22 14:40", "Chile\u2019s central bank cuts interest rate by a quarter point",
      ["Chile\u2019s central bank lowered its benchmark rate by 25 basis points, citing slowing inflation and weaker copper prices."],
      "chile-rate-cut-2027-09", n="economy", cat="Americas"),
  E("2027-09-22 12:20", "Russian missile strike on Kremenchug kills nine",
    ["Nine people were killed when Russian ballistic missiles struck a residential area of Kremenchug in central Ukraine on Wednesday morning, regional officials said."],
    "strikes", "strikes", 3, KREM, cat="Europe", n="spelling 'Kremenchug'; toll 9"),
  OFF("2027-09-22 10:00", "Late heatwave grips southern Spain",
      ["Temperatures in Seville and C\u00f3rdoba climbed above 40C on Wednesday, the latest such readings for the season in records going back decades, Spain\u2019s weather agency said."],
      "spain-september-heatwave-2027", n="weather", cat="Europe"),
  OFF("2027-09-22 07:15", "Indonesia moves first ministries to new capital",
      ["Four Indonesian ministries began working from Nusantara, the new capital being built on Borneo, as the government pressed ahead with the long-delayed move from Jakarta."],
      "indonesia-nusantara-ministries-move", n="Indonesia", cat="Asia"),
  ]))

# ---------------------------------------------------------------- 15123 Drennick Review (day 1, article)
SEEDS.append(dict(
  id="15123", name="15123_drennick-article", ext="txt", source="Drennick Review", zone="Europe/Warsaw", render=r_article_txt,
  title="Kremenchuh strike, German air defence and new EU sanctions: Wednesday in Ukraine",
  lede="The day\u2019s three main developments in Russia\u2019s war against Ukraine, in brief.",
  byline="Piotr Adamczyk", dateline="22 September 2027, 16:40 CEST", more="Read more: Our full coverage of the war in Ukraine",
  basis="no per-section time; every section takes the article dateline '22 September 2027, 16:40 CEST' (CEST = UTC+2); local {d} in {z}",
  notes="Invented outlet (Poland, English). One text article with three section headings; per the convention each section is one entry (headline = the heading), stamp null, published = the dateline time. Page byline is every section's author. Spelling 'Kremenchuh' (toll 10 at the time of writing).",
  not_entries=["outlet name and breadcrumb", "page title", "lede line", "byline and dateline", "share line", "'Read more: ...' link", "footer"],
  entries=[
  E("2027-09-22 16:40", "Deadliest strike in weeks",
    ["Russian ballistic missiles killed at least ten people in Kremenchuh, an industrial city on the Dnipro river, on Wednesday morning, in the deadliest single attack on a Ukrainian city this month.",
     "Regional officials said two missiles struck a residential district near the bus station. Dozens of people were injured, and several buildings were left without walls."],
    "strikes", "strikes", 3, KREM, a="Piotr Adamczyk", n="spelling 'Kremenchuh'; toll 10"),
  E("2027-09-22 16:40", "Berlin promises more IRIS-T",
    ["Germany will send one more IRIS-T air-defence system to Ukraine before the year is out, Defence Minister Boris Pistorius announced, in a package worth about half a billion euros."],
    "aid", "aid", 3, IRIST, a="Piotr Adamczyk"),
  E("2027-09-22 16:40", "Brussels targets the shadow fleet",
    ["EU foreign ministers meeting in Brussels agreed to blacklist dozens more tankers used by Russia to ship oil, the bloc\u2019s foreign policy chief Kaja Kallas said.",
     "The measure still has to be formally adopted as part of the next sanctions package."],
    "diplomacy", "diplomacy", 3, SANCT, a="Piotr Adamczyk"),
  ]))

# ---------------------------------------------------------------- day 2 (2027-09-23)
SUMY = "sumy-glide-bomb-strike-2027-09-23"
PRIS = "prisoner-exchange-uae-2027-09-23"

# ---------------------------------------------------------------- 15130 Tavistow Dispatch (day 2)
SEEDS.append(dict(
  id="15130", name="15130_tavistow-atom", ext="xml", source="Tavistow Dispatch", zone="Europe/Kyiv", render=r_atom,
  title="Tavistow Dispatch: Ukraine", url="https://tavistow-dispatch.example", lede="Reports from our correspondents in Ukraine",
  basis="Atom <published> '{s}' (explicit +03:00 offset = Kyiv summer time); local {d} in {z}",
  notes="Invented outlet. Atom feed, newest first, <published> with +03:00, <author> per entry, escaped HTML content. Continues the day-1 Kremenchuk story (15130-03, final toll 12). Two same-day strikes must not merge with the Sumy city bombing: the shelling of Sumy-region border villages (15130-05, same region) and the drone attack on a Belgorod depot (15130-06, the other side).",
  not_entries=["feed title, subtitle, links, id and updated elements", "entry link and id elements"],
  entries=[
  E("2027-09-23 22:10", "Sumy toll climbs to eight after guided-bomb attack",
    ["Eight people have now died after Russian guided bombs hit the centre of Sumy on Thursday, the regional administration said late in the evening. Forty-one people were wounded, nine of them children."],
    "strikes", "strikes", 3, SUMY, a="Halyna Petrenko", n="toll 8"),
  E("2027-09-23 19:45", "Ukraine and Russia swap 150 prisoners each in UAE-brokered exchange",
    ["Ukraine and Russia exchanged 150 prisoners of war each on Thursday, the fifth such swap this year mediated by the United Arab Emirates, Ukraine\u2019s coordination headquarters for prisoners said.",
     "Among the Ukrainians returned were defenders captured in the Kursk region and several civilians."],
    "diplomacy", "diplomacy", 3, PRIS, a="Halyna Petrenko"),
  E("2027-09-23 16:30", "Kremenchuk buries its dead as toll reaches 12",
    ["Kremenchuk held the first funerals on Thursday for victims of Wednesday\u2019s Russian missile strike, whose toll rose to 12 overnight when a wounded woman died in hospital.",
     "Flags flew at half-mast across the city on the first of two days of mourning."],
    "strikes", "strikes", 3, KREM, a="Dmytro Savchuk", n="continuation of the day-1 Kremenchuk story (toll 12)"),
  E("2027-09-23 13:20", "Guided bombs hit central Sumy, killing three",
    ["Russian aircraft dropped at least two guided bombs on the centre of Sumy around midday, killing three people and damaging a university building and a row of shops, local officials said."],
    "strikes", "strikes", 3, SUMY, a="Dmytro Savchuk", n="first report; toll 3"),
  E("2027-09-23 10:05", "Shelling wounds one in Sumy region border villages",
    ["Russian artillery and mortar fire hit eight communities along the Sumy region\u2019s border with Russia overnight, wounding one man and damaging homes and a power line, the regional administration said."],
    "strikes", "strikes", 2, "sumy-region-border-shelling-2027-09-23", a="Dmytro Savchuk",
    n="same region, different attack: must not merge with the Sumy city bombing"),
  E("2027-09-23 07:40", "Drone debris sparks fire at Belgorod oil depot, governor says",
    ["Debris from a Ukrainian drone shot down over the Belgorod region started a fire at a fuel depot, Russian regional officials said, adding that no one was hurt."],
    "strikes", "strikes", 2, "belgorod-fuel-depot-drone-2027-09-23", a="Halyna Petrenko",
    n="strike on the other side the same day: must not merge with the Sumy bombing"),
  ]))

# ---------------------------------------------------------------- 15131 Strallan Evening Star (day 2)
SEEDS.append(dict(
  id="15131", name="15131_strallan-textlive", ext="txt", source="Strallan Evening Star", zone="America/New_York", render=r_textlive,
  order="old", stampfmt=lambda d: f"{ampm(d, space=' ', dots=True)} EDT", per_post_author=False,
  nav="News  \u00b7  Nation  \u00b7  World  \u00b7  Business  \u00b7  Opinion  \u00b7  Sports", label="LIVE UPDATES",
  title="Russia-Ukraine war: Sumy hit by guided bombs", dateline="Thursday, September 23, 2027",
  lede="The latest on Russia\u2019s war in Ukraine, updated throughout the day. All times Eastern.",
  promo_at=2, promo="ADVERTISEMENT", closing="This live coverage has ended. Follow our continuing coverage of the war in Ukraine.",
  footer="Strallan Evening Star \u00b7 Terms of Use \u00b7 Privacy Policy \u00b7 Contact",
  basis="stamp '{s}' (US Eastern time printed as EDT = UTC-4) under the dateline 'Thursday, September 23, 2027'; local {d} in {z}",
  notes="Invented outlet (US). Text live blog, oldest first, 'h:mm a.m. EDT' line before each headline, no bylines anywhere (author null). 15131-03 is a verbatim re-post of day 1's explainer 15120-04 (same headline and text, syndicated): importance 1, same story slug as on day 1, duplicate_of null (repeats are defined within a seed). 15131-05 repeats 15131-01 nearly verbatim (duplicate_of 15131-01). 15131-02 is a theme piece (why Russia keeps hitting border cities) that mentions Sumy but is its own story.",
  not_entries=["outlet name and navigation", "'LIVE UPDATES' label", "page title and dateline", "lede line", "'ADVERTISEMENT' after the third post",
               "closing line 'This live coverage has ended. ...'", "footer"],
  entries=[
  E("2027-09-23 07:05", "Russian guided bombs strike Sumy",
    ["Russian warplanes dropped guided bombs on the center of Sumy, a city of about 250,000 people some 30 kilometers from the Russian border, killing at least five people, Ukrainian officials said.",
     "A university building and several shops were damaged."],
    "strikes", "strikes", 3, SUMY, n="toll 5"),
  E("2027-09-23 08:30", "Analysis: Why Russia keeps bombing Ukraine\u2019s border cities",
    ["Thursday\u2019s attack on Sumy fits a pattern: Ukrainian cities within about 60 kilometers of Russia are the easiest targets for guided bombs, which Russian jets can release without leaving their own airspace.",
     "Ukraine cannot shoot down the aircraft without long-range air defenses placed close to the front, where they are themselves vulnerable. Allies have so far refused to let Kyiv strike the air bases involved with some of the weapons they supply.",
     "Kharkiv, Sumy and smaller towns such as Shostka have borne the brunt, and local authorities have moved schools underground."],
    "strikes", "strikes", 2, "analysis-russian-bombing-border-cities", sec=["aid"],
    n="theme piece (analysis); mentions Sumy but is its own story: must not merge with the Sumy bombing"),
  E("2027-09-23 09:45", BALL_H, BALL_P, "strikes", "strikes", 1, BALL,
    n="re-post of day-1 entry 15120-04 (verbatim syndicated explainer), importance 1"),
  E("2027-09-23 11:20", "U.S. approves sale of Patriot spare parts to Ukraine",
    ["The State Department approved a possible $310 million sale of spare parts and repair services for Ukraine\u2019s Patriot air-defense batteries, the Pentagon\u2019s security cooperation agency said."],
    "aid", "aid", 2, "us-patriot-spare-parts-sale-2027-09-23"),
  E("2027-09-23 12:40", "Russian guided bombs strike Sumy",
    ["Russian warplanes dropped guided bombs on the center of Sumy, a city of about 250,000 people some 30 kilometers from the Russian border, killing at least five people, Ukrainian officials said.",
     "A university building and a number of shops were damaged."],
    "strikes", "strikes", 1, SUMY, dup="15131-01", n="near-verbatim repeat of 15131-01"),
  E("2027-09-23 14:10", "Zelensky names new commander for eastern front",
    ["President Volodymyr Zelensky appointed a new commander of the forces defending the Donetsk region, replacing a general who had led the sector for 14 months, in a decree published Thursday."],
    "other", "politics", 2, "zelensky-new-eastern-front-commander-2027-09-23"),
  E("2027-09-23 14:55", "Sumy death toll rises to seven",
    ["Seven people have died in the guided-bomb attack on Sumy, the regional governor said, as rescuers pulled another body from a collapsed shop. About 35 people were wounded."],
    "strikes", "strikes", 3, SUMY, n="toll 7"),
  ]))

# ---------------------------------------------------------------- 15132 Vellmoor Herald (day 2)
SEEDS.append(dict(
  id="15132", name="15132_vellmoor-htmllive", ext="html", source="Vellmoor Herald", zone="Europe/London", render=r_vellmoor,
  title="Ukraine war live: Sumy bombing kills eight; prisoners exchanged", dateline="Thursday 23 September 2027", tznote="All times BST",
  summary=["Guided bombs hit the centre of Sumy", "150 Ukrainian prisoners of war come home", "Kremenchuk mourns its dead"],
  basis="stamp '{s}' (UK time; the header notes 'All times BST' = UTC+1) on the dateline 'Thursday 23 September 2027'; local {d} in {z}",
  notes="Invented outlet. HTML live blog without JSON-LD, newest first, UK-style '9.05pm' above each h3, header 'Thursday 23 September 2027 \u00b7 All times BST', 'Reporting by NAME' signature (author). A three-bullet summary under the title is a lede, not a Key Points block (no entry is key_point). 15132-03 is a 'Photos:' gallery teaser with no text. 15132-04 continues the day-1 Kremenchuk story with a new development (missiles identified).",
  not_entries=["masthead and navigation", "'LIVE' badge", "page title", "dateline and 'All times BST' note", "three-bullet summary list (lede)",
               "gallery placeholder 'Gallery: 12 images'", "'Reporting by NAME' signatures (credits)", "'Related' box after the third post",
               "link to Wednesday's live coverage", "footer"],
  entries=[
  E("2027-09-23 21:05", "Sumy: search ends with eight dead",
    ["Rescuers in Sumy finished searching the rubble of a shopping arcade on Thursday evening, with the number of dead from the guided-bomb attack standing at eight, Ukraine\u2019s emergency service said."],
    "strikes", "strikes", 3, SUMY, a="Gemma Ashworth", n="toll 8"),
  E("2027-09-23 18:40", "Prisoners come home: 150 Ukrainians freed in swap",
    ["Buses carrying 150 freed Ukrainian prisoners of war crossed into the Chernihiv region on Thursday afternoon after an exchange mediated by the UAE. Russia received the same number of its soldiers.",
     "Some of the men had been held for more than three years, Ukraine\u2019s human rights commissioner said."],
    "diplomacy", "diplomacy", 3, PRIS, a="Gemma Ashworth"),
  E("2027-09-23 16:15", "Photos: Sumy after the bombs", [], "strikes", "strikes", 1, SUMY, a="Rhys Penhale", n="gallery teaser without text"),
  E("2027-09-23 14:30", "Kremenchuk mourns as investigators name the missiles",
    ["Ukrainian prosecutors said fragments recovered in Kremenchuk show that Wednesday\u2019s strike was carried out with two Iskander-M ballistic missiles. The death toll has risen to 12.",
     "The city is observing a second day of mourning on Friday."],
    "strikes", "strikes", 3, KREM, a="Rhys Penhale", n="continuation of the day-1 Kremenchuk story with a new development (missiles identified, toll 12)"),
  E("2027-09-23 11:50", "At least five dead as guided bombs hit Sumy",
    ["At least five people were killed when Russian guided bombs struck the centre of Sumy, in north-eastern Ukraine, shortly before lunchtime local time, the city\u2019s acting mayor said."],
    "strikes", "strikes", 3, SUMY, a="Rhys Penhale", n="toll 5"),
  E("2027-09-23 09:20", "UK to train 2,000 more Ukrainian air-defence crews",
    ["Britain will train an extra 2,000 Ukrainian air-defence personnel at bases in England over the next year, the Ministry of Defence said, with the focus on crews for short-range systems that shoot down drones."],
    "aid", "aid", 2, "uk-trains-ukrainian-air-defence-crews-2027-09", a="Gemma Ashworth"),
  ]))

# ---------------------------------------------------------------- 15133 Ravensby World Report (day 2, general world feed)
SEEDS.append(dict(
  id="15133", name="15133_ravensby-worldrss", ext="xml", source="Ravensby World Report", zone="America/Toronto", render=r_rss, rfc="num",
  title="Ravensby World Report \u2014 Top Stories", url="https://ravensby-report.example", guid="rwr-20270923",
  lede="International news from Ravensby World Report",
  basis="RSS pubDate '{s}' (explicit -0400 offset = Eastern Daylight Time); local {d} in {z}",
  notes="Invented outlet (Canada). General world-news RSS 2.0 feed, newest first, pubDate with -0400, dc:creator on some items. 4 of 6 items are off-beat (Canadian jobs, Mexican judiciary, California wildfire, Japanese exports). War items: the Sumy bombing spelled 'Sumi' (toll 7) and the prisoner exchange.",
  not_entries=["channel title/link/description/language", "item link, guid and category elements"],
  entries=[
  OFF("2027-09-23 18:40", "Canada\u2019s jobless rate edges up to 6.9%",
      ["Canada\u2019s unemployment rate rose one tenth of a point in August as population growth outpaced hiring, Statistics Canada said."],
      "canada-unemployment-august-2027", a="Claire Okafor", n="economy", cat="Canada"),
  E("2027-09-23 14:30", "Russian bombs kill seven in Ukraine\u2019s Sumi",
    ["Russian guided bombs killed seven people and wounded dozens in the northeastern Ukrainian city of Sumi on Thursday, officials said."],
    "strikes", "strikes", 3, SUMY, a="Marc Delisle", n="spelling 'Sumi'; toll 7"),
  E("2027-09-23 13:50", "Kyiv and Moscow swap prisoners in Emirati-brokered deal",
    ["Ukraine and Russia each released 150 prisoners of war on Thursday in an exchange arranged with the help of the United Arab Emirates."],
    "diplomacy", "diplomacy", 3, PRIS, a="Marc Delisle"),
  OFF("2027-09-23 12:30", "Mexico\u2019s Senate approves overhaul of judicial appointments",
      ["Mexican senators passed a bill changing how federal judges are nominated, sending it to state legislatures for ratification."],
      "mexico-judicial-appointments-bill-2027-09", n="politics", cat="Americas"),
  OFF("2027-09-23 10:05", "Wildfire forces evacuations in northern California",
      ["A fast-moving wildfire in the foothills of the Sierra Nevada forced about 6,000 people from their homes overnight, fire officials said."],
      "northern-california-wildfire-evacuations-2027-09", n="disaster", cat="U.S."),
  OFF("2027-09-23 06:00", "Japan\u2019s exports rise for fifth straight month",
      ["Japanese exports grew 4.1% in August from a year earlier, led by shipments of chips and cars to Asia, finance ministry data showed."],
      "japan-exports-august-2027", a="Claire Okafor", n="economy", cat="Asia"),
  ]))

# ---------------------------------------------------------------- day 3 (2027-09-27)
NOVO = "novorossiysk-drone-attack-2027-09-27"
ODESA = "odesa-port-overnight-drone-attack-2027-09-27"
KHARK = "kharkiv-glide-bomb-strike-2027-09-27"
TURK = "turkey-black-sea-shipping-talks-offer-2027-09-27"

# ---------------------------------------------------------------- 15140 Pollerby Times (day 3, general world feed)
SEEDS.append(dict(
  id="15140", name="15140_pollerby-worldatom", ext="xml", source="Pollerby Times", zone="UTC", render=r_atom,
  title="Pollerby Times \u2013 World news", url="https://pollerby-times.example", lede="The world, as reported by the Pollerby Times",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z, no authors. 4 of 6 entries are off-beat (Vietnam floods, Swiss referendum, Kenyan shilling, New Zealand pensions). War items: the Novorossiysk drone attack spelled 'Novorossiisk' (15 drones) and the Kharkiv strike spelled 'Kharkov' (toll 3).",
  not_entries=["feed title, subtitle, links, id and updated elements", "entry link and id elements"],
  entries=[
  OFF("2027-09-27 20:30", "Floods cut roads across northern Vietnam",
      ["Days of heavy rain triggered floods and landslides in six northern Vietnamese provinces, cutting off dozens of villages, the disaster agency said."],
      "vietnam-floods-2027-09", n="disaster"),
  OFF("2027-09-27 16:10", "Swiss voters back higher tobacco tax",
      ["Swiss voters approved an increase in tobacco taxes to fund health insurance subsidies in a national referendum on Sunday, final results showed."],
      "swiss-tobacco-tax-referendum-2027", n="Swiss politics"),
  OFF("2027-09-27 13:20", "Kenya\u2019s shilling climbs to two-year high",
      ["The Kenyan shilling strengthened to its highest level against the dollar in two years, helped by strong tea and horticulture exports and remittances."],
      "kenya-shilling-high-2027-09", n="markets"),
  E("2027-09-27 11:05", "Russian port of Novorossiisk hit by drone swarm",
    ["Fifteen Ukrainian drones attacked the Black Sea port of Novorossiisk overnight, damaging an oil storage tank and a berth, Russian officials said. No casualties were reported."],
    "strikes", "strikes", 3, NOVO, n="spelling 'Novorossiisk'; 15 drones"),
  E("2027-09-27 09:30", "Kharkov glide-bomb strike kills three",
    ["A Russian glide bomb killed three people in Kharkov, Ukraine\u2019s second-largest city, on Monday morning, the regional governor said."],
    "strikes", "strikes", 3, KHARK, n="spelling 'Kharkov'; toll 3"),
  OFF("2027-09-27 06:20", "New Zealand lifts minimum retirement savings rate",
      ["New Zealand will raise the minimum employee contribution to its KiwiSaver retirement scheme from April, the finance minister announced."],
      "new-zealand-kiwisaver-rate-2027-09", n="economy"),
  ]))

# ---------------------------------------------------------------- 15141 Tarnbridge Courier (day 3)
SEA = "explainer-ukraine-sea-drones-black-sea"
NOVO_1 = ["Ukrainian drones attacked the Russian Black Sea port of Novorossiysk overnight, setting fire to a storage tank at the oil terminal, the city\u2019s mayor said.",
          "He did not say how many drones were involved. Air-raid sirens sounded in the city for more than three hours."]
SEEDS.append(dict(
  id="15141", name="15141_tarnbridge-textlive", ext="txt", source="Tarnbridge Courier", zone="Europe/Kyiv", render=r_textlive,
  order="old", stampfmt=lambda d: f"{d:%H:%M}", per_post_author=False,
  nav="Live  \u00b7  Ukraine  \u00b7  Russia  \u00b7  Black Sea  \u00b7  Explainers", title="Ukraine live: drones hit Novorossiysk oil terminal; Odesa port attacked",
  dateline="Monday 27 September \u00b7 all times Kyiv (EEST)", byline="Live reporting: Iryna Koval and Tom Ashby",
  lede="Ukrainian drones strike Russia\u2019s biggest Black Sea oil port; Russian drones hit Odesa; a glide bomb kills three in Kharkiv.",
  promo="Support independent reporting from Ukraine. Become a member.", closing="Live coverage continues tomorrow.",
  footer="Tarnbridge Courier \u00b7 Masthead \u00b7 Contact \u00b7 Privacy",
  parse_args=["--date", "2027-09-27"],
  basis="bare stamp '{s}' (Kyiv time, EEST = UTC+3, printed in the date line) on 'Monday 27 September' (no year printed; parse_args gives 2027-09-27); local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first; date line 'Monday 27 September \u00b7 all times Kyiv (EEST)' with NO year anywhere on the page (parse_args --date 2027-09-27). Bare 'HH:MM' line before each headline. One page byline with two names, used as every entry's author. 15141-03 is a 'Video:' teaser without body. 15141-05 is a theme piece (sea drones in the Black Sea) that mentions Novorossiysk but is its own story. 15141-06 repeats 15141-01 nearly verbatim (duplicate_of 15141-01). The Odesa port attack (Russian drones) must not merge with the Novorossiysk attack (Ukrainian drones), although both are drone strikes on Black Sea ports.",
  not_entries=["outlet name and navigation", "'LIVE' label", "page title", "date line 'Monday 27 September \u00b7 all times Kyiv (EEST)'", "byline 'Live reporting: ...'",
               "lede", "membership promo after the fourth post", "'Live coverage continues tomorrow.'", "footer"],
  entries=[
  E("2027-09-27 07:10", "Drones strike Novorossiysk oil terminal, Russian officials say", NOVO_1,
    "strikes", "strikes", 3, NOVO, a="Iryna Koval and Tom Ashby", n="first report; number of drones not given"),
  E("2027-09-27 08:40", "Russian drones hit Odesa port overnight",
    ["Russian attack drones damaged warehouses and a grain loading line at a port in the Odesa region overnight, the regional governor said. Two port workers were injured.",
     "Ukraine\u2019s air force said most of the drones launched at the south were shot down."],
    "strikes", "strikes", 3, ODESA, a="Iryna Koval and Tom Ashby", n="Russian drones on a Ukrainian port: must not merge with the Novorossiysk attack"),
  E("2027-09-27 10:15", "Video: Smoke over Novorossiysk", [], "strikes", "strikes", 1, NOVO, a="Iryna Koval and Tom Ashby", n="teaser without body"),
  E("2027-09-27 11:50", "Glide bomb kills three in Kharkiv",
    ["A Russian guided aerial bomb struck a residential street in Kharkiv\u2019s Saltivskyi district on Monday morning, killing three people and injuring 14, governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, KHARK, a="Iryna Koval and Tom Ashby", n="toll 3"),
  E("2027-09-27 13:30", "Explainer: How sea drones changed the war in the Black Sea",
    ["Monday\u2019s attack on Novorossiysk is a reminder of how far Ukraine\u2019s unmanned boats and long-range drones have pushed Russia\u2019s navy back.",
     "Without a real fleet of its own, Ukraine used explosive-laden sea drones to damage or sink a string of Russian warships, forcing most of the Black Sea Fleet to leave Sevastopol for Novorossiysk, further east.",
     "That move reopened Ukraine\u2019s own shipping lanes along the western coast, and grain exports from Odesa returned close to pre-war levels."],
    "strikes", "strikes", 2, SEA, a="Iryna Koval and Tom Ashby",
    n="theme piece (explainer); mentions Novorossiysk but is its own story: must not merge with the Novorossiysk attack"),
  E("2027-09-27 15:05", "Drones strike Novorossiysk oil terminal, Russian officials say",
    [NOVO_1[0], "He did not say how many drones were involved. Air-raid sirens sounded across the city for more than three hours."],
    "strikes", "strikes", 1, NOVO, a="Iryna Koval and Tom Ashby", dup="15141-01", n="near-verbatim repeat of 15141-01"),
  E("2027-09-27 17:20", "Novorossiysk: 22 drones and two sea drones, Russia says",
    ["Russia\u2019s defence ministry said its forces destroyed 22 aerial drones and two unmanned boats approaching Novorossiysk overnight, but did not comment on the damage at the oil terminal."],
    "strikes", "strikes", 3, NOVO, a="Iryna Koval and Tom Ashby", n="22 drones and two sea drones"),
  ]))

# ---------------------------------------------------------------- 15142 Inchmarrow Wire (day 3)
SEEDS.append(dict(
  id="15142", name="15142_inchmarrow-rss", ext="xml", source="Inchmarrow Wire", zone="Europe/Istanbul", render=r_rss, rfc="num",
  title="Inchmarrow Wire \u2013 Russia-Ukraine war", url="https://inchmarrow-wire.example", guid="iw-20270927",
  lede="Agency copy on the war and the Black Sea region",
  basis="RSS pubDate '{s}' (explicit +0300 offset; the agency is based in Istanbul, UTC+3 all year); local {d} in {z}",
  notes="Invented outlet (news agency, Istanbul). RSS 2.0, newest first, pubDate with +0300, dc:creator per item (author). Novorossiysk counts grow through the day (several drones, then 18 shot down). The Dutch drone funding (15142-04) and the martial-law vote (15142-02) stand alone.",
  not_entries=["channel title/link/description/language", "item category, link and guid elements"],
  entries=[
  E("2027-09-27 21:15", "Turkey offers to host talks on Black Sea shipping safety",
    ["Turkish Foreign Minister Hakan Fidan said Ankara was ready to host Ukrainian and Russian officials for talks on the safety of commercial shipping in the Black Sea, after a night of drone attacks on ports on both sides."],
    "diplomacy", "diplomacy", 3, TURK, a="Elif Demirta\u015f"),
  E("2027-09-27 18:30", "Ukraine\u2019s parliament extends martial law for 90 days",
    ["Ukraine\u2019s parliament voted to extend martial law and general mobilisation for another 90 days, the 19th extension since the full-scale invasion began."],
    "other", "politics", 2, "ukraine-martial-law-extension-2027-09-27", a="Andriy Lysenko"),
  E("2027-09-27 15:40", "Novorossiysk oil terminal halts loadings; Moscow says 18 drones downed",
    ["The Sheskharis oil terminal at Novorossiysk suspended tanker loadings after the overnight drone attack, two shipping sources said, while Russia\u2019s defence ministry said it had shot down 18 drones over the area."],
    "strikes", "strikes", 3, NOVO, a="Elif Demirta\u015f", n="18 drones"),
  E("2027-09-27 12:10", "Netherlands pledges \u20ac400 million for Ukrainian drone production",
    ["The Dutch government will give \u20ac400 million to fund the production of long-range and interceptor drones by Ukrainian manufacturers, the defence minister said in The Hague."],
    "aid", "aid", 2, "netherlands-400m-ukrainian-drones-2027-09-27", a="Andriy Lysenko"),
  E("2027-09-27 09:25", "Odesa port facilities damaged in overnight drone raid",
    ["Russian drones damaged port infrastructure and injured two workers in the Odesa region overnight, Ukrainian officials said, in an attack that also hit power lines."],
    "strikes", "strikes", 3, ODESA, a="Andriy Lysenko", n="must not merge with the Novorossiysk attack (other direction, same Black Sea theme)"),
  E("2027-09-27 07:50", "Novorossiysk mayor reports drone attack on port",
    ["Several drones attacked Novorossiysk overnight and a fire broke out at the oil terminal, the mayor of the Russian port city said on Telegram."],
    "strikes", "strikes", 3, NOVO, a="Elif Demirta\u015f", n="early report, 'several' drones"),
  ]))

# ---------------------------------------------------------------- 15143 Colverhurst Journal (day 3)
SEEDS.append(dict(
  id="15143", name="15143_colverhurst-htmllive", ext="html", source="Colverhurst Journal", zone="Europe/Riga", render=r_colverhurst,
  title="Russia\u2019s war in Ukraine: Novorossiysk terminal halts loadings after drone attack",
  url="https://colverhurst-journal.example/live/ukraine-2027-09-27", dateline="Monday, 27 September 2027 \u00b7 times in EEST",
  lede="Live coverage of the war from our Riga newsroom.",
  basis="visible '{s}' in <time datetime> (Riga summer time, EEST = UTC+3, printed in the dateline) under 'Monday, 27 September 2027'; the JSON-LD update times are the page's and are not used; local {d} in {z}",
  notes="Invented outlet (Latvia, English). HTML live blog, newest first. JSON-LD @graph whose article node has @type ['NewsArticle','LiveBlogPosting'] and a liveBlogUpdate list whose items all carry the PAGE's headline and datePublished (no per-update time or headline there); per-entry times come only from the visible <time> ('22:40'). Signature '\u2014 NAME' after the body (author). 15143-06 (Ukraine's air-force tally of the overnight Russian raid, which hit the Odesa port) belongs to the Odesa story and must not merge with Novorossiysk.",
  not_entries=["header and navigation", "page title", "dateline 'Monday, 27 September 2027 \u00b7 times in EEST'", "standfirst", "newsletter promo after the second entry",
               "signature lines (credits)", "footer"],
  entries=[
  E("2027-09-27 22:40", "Loadings at Novorossiysk oil terminal halted, traders say",
    ["Tanker loadings at the Sheskharis terminal in Novorossiysk remained suspended on Monday evening after the overnight attack by at least 22 Ukrainian drones, traders said, and one tanker moored at the berth was reported damaged."],
    "strikes", "strikes", 3, NOVO, a="Laura Ozola"),
  E("2027-09-27 20:15", "Fidan: Ankara ready to host Black Sea talks",
    ["Turkey\u2019s foreign minister, Hakan Fidan, offered to bring Ukraine and Russia together in Istanbul to discuss guarantees for merchant ships in the Black Sea. Neither Kyiv nor Moscow responded immediately."],
    "diplomacy", "diplomacy", 3, TURK, a="Laura Ozola"),
  E("2027-09-27 17:30", "Kharkiv toll rises to five",
    ["Two more people have died in hospital after this morning\u2019s glide-bomb strike on Kharkiv, bringing the toll to five, the city\u2019s mayor Ihor Terekhov said."],
    "strikes", "strikes", 3, KHARK, a="Edgars Kalnins", n="toll 5"),
  E("2027-09-27 14:50", "Russia claims village near Kostiantynivka",
    ["Russia\u2019s defence ministry claimed its troops had captured a village south of Kostiantynivka in the Donetsk region. The Ukrainian military said its units were holding positions in the area."],
    "other", "frontline", 2, "russia-claims-village-near-kostiantynivka-2027-09-27", a="Edgars Kalnins"),
  E("2027-09-27 11:20", "Drones over Novorossiysk: what we know",
    ["At least a dozen drones targeted Novorossiysk overnight, Russia\u2019s biggest oil-export port on the Black Sea, according to Russian officials and local residents\u2019 videos.",
     "A storage tank at the oil terminal caught fire, and the port authority closed the harbour to traffic for several hours."],
    "strikes", "strikes", 3, NOVO, a="Laura Ozola", n="'at least a dozen' drones"),
  E("2027-09-27 08:45", "Ukraine\u2019s air force: 74 of 96 Russian drones downed overnight",
    ["Ukraine\u2019s air force said it shot down or jammed 74 of the 96 drones Russia launched overnight, most of them aimed at the Odesa and Mykolaiv regions, where port facilities were damaged."],
    "strikes", "strikes", 3, ODESA, a="Edgars Kalnins", n="tally of the overnight Russian raid that hit the Odesa port: same story as the Odesa attack; must not merge with Novorossiysk"),
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
            st = stamps[i]
            basis = S["basis"] if st is not None or "basis_nostamp" not in S else S["basis_nostamp"]
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": st,
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": basis.format(s=st, d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"]),
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

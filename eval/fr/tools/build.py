#!/usr/bin/env python3
"""Builds the eval/fr seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own invented wording (no copied sentences). Part A imitates, from
memory, the page layouts of ten real outlets' newsletters/briefings; Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/fr/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
NYT_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "U.K.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")


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
    """'YYYY-MM-DD HH:MM' -> aware datetime; 'YYYY-MM-DD' (no time printed anywhere) -> None."""
    if len(s) == 10:
        return None
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


def order_check(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first (page order)"


def same_time(S):
    """stampless pages: every entry carries the page time (S['page_t'])."""
    assert all(e["t"] == S["page_t"] for e in S["entries"]), S["id"]


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:60]


def ld_script(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + '</script>'


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_axios(S):
    """Axios AM, web version of the newsletter, text scrape. Date only ('Sep 3, 2029') under the title, author name line,
    Smart Brevity count, numbered items ('1 big thing: ...', '2. ...') with 'Why it matters:'-style paragraphs, image credits,
    a sponsored 'A message from ...' block, sign-off. No clock time anywhere."""
    same_time(S)
    d = datetime.strptime(S["page_t"], "%Y-%m-%d")
    L = ["Skip to main content", "", "Axios", "Local   Pro   Newsletters   Events   Live", "Search", "Subscribe", "",
         "Politics & Policy   Economy   Technology   World   Media   Health   Science   Sports", "", "Newsletters", "", S["title"], "",
         f"{SHORT_MONTHS[d.month - 1]} {d.day}, {d.year}", S["byline"], "", S["greeting"], S["edited"], ""]
    for i, e in enumerate(S["entries"]):
        L += [("1 big thing: " if i == 0 else f"{i + 1}. ") + e["h"], ""]
        if e.get("cap"):
            L += [e["cap"], ""]
        L += ptxt(e["p"])
        if e.get("deeper"):
            L += [e["deeper"], ""]
        if i == 1:
            L += ["A message from the Freight Rail Forward Coalition", "", "Moving more goods with fewer trucks", "",
                  "America's freight railroads can take a million trucks off the highways every year.", "",
                  "The bottom line: Modern rail means safer roads. Learn more.", ""]
    L += ["\U0001F4EC Thanks for reading! Please invite your friends to sign up here.", "", "Axios AM", "",
          "Sign up for free to get this newsletter in your inbox every morning.", "Enter your email   Subscribe", "",
          "About   Careers   Advertise with us   Privacy Policy   Terms of Use   Accessibility", f"\u00a9 {d.year} Axios Media Inc."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_semafor(S):
    """Semafor Flagship, web version, text scrape. 'Updated Sep 4, 2029, 5:31am EDT' once at the top, a 'The World Today'
    table of contents with short labels (not the item headlines), an editor's note, then items (headline + paragraphs),
    with 'Semafor Signals' analysis boxes and a 'Know More' / sources chrome line under some items. No per-item bylines."""
    same_time(S)
    d = dt(S["page_t"], S["zone"])
    L = ["Semafor", "Politics   Business   Technology   Media   Africa   Gulf   Security   Climate   Net Zero   Newsletters   Events", "Sign up", "",
         S["title"], "The world's news, in one place. Sign up for free.", "",
         f"Updated {SHORT_MONTHS[d.month - 1]} {d.day}, {d.year}, {ampm(d)} EDT", "", "The World Today", ""]
    L += [f"{i + 1}. {e['toc']}" for i, e in enumerate(S["entries"])]
    L += ["", S["note"], "", S["note_sig"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if e.get("signals"):
            L += ["Semafor Signals", ""] + ptxt([e["signals"]])
        if e.get("src"):
            L += [e["src"], ""]
        if i == 3:
            L += ["Semafor Gulf: The fastest-growing region in the world, explained. Sign up here.", ""]
    L += ["Thanks for reading Flagship. Send feedback and tips to the editors.", "",
          "About   Ethics & Standards   Careers   Privacy   Terms", f"\u00a9 {d.year} Semafor Inc."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_reuters(S):
    """Reuters Daily Briefing newsletter, web version, text scrape. Byline, then the date and time fused with no space as a
    browser copy gives them ('September 5, 20296:17 AM GMT+1Updated 2 hours ago'), photo caption with 'Purchase Licensing
    Rights', then sections of bullet paragraphs (no headlines, no per-item time), an agenda with GMT times, footer."""
    same_time(S)
    d = dt(S["page_t"], S["zone"])
    L = ["Skip to main content", "Exclusive news, data and analytics for financial market professionals", "Learn more about", "LSEG", "",
         "Reuters", "World", "Business", "Markets", "Sustainability", "Legal", "Breakingviews", "Technology", "Investigations", "More",
         "My News", "Sign In", "Register", "", "Newsletters", S["title"], "", f"By {S['byline']}", "",
         f"{MONTHS[d.month - 1]} {d.day}, {d.year}{d.hour % 12 or 12}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'} GMT+1Updated 2 hours ago", "",
         f"Item 1 of 2 {S['caption']} Purchase Licensing Rights, opens new tab", "", S["hello"], ""]
    cur = None
    for e in S["entries"]:
        if e["sect"] != cur:
            cur = e["sect"]
            L += [cur, ""]
        L += ptxt(e["p"])
    L += ["Coming up today", ""] + ptxt(S["agenda"])
    L += ["Chart of the day", "", S["chart"], "", "Sign up here.", "", S["credits"], "",
          "Our Standards: The Thomson Reuters Trust Principles., opens new tab", "", "Suggested Topics:", "World", "Ukraine", "",
          "Reuters, the news and media division of Thomson Reuters, is the world\u2019s largest multimedia news provider.", "",
          f"\u00a9 {d.year} Reuters. All rights reserved"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_nyt(S):
    """NYT The Morning, web version, HTML with NewsArticle JSON-LD. Kicker 'The Morning', h1, summary, byline, 'Sept. 6, 2029,
    6:00 a.m. ET' in <time>; the lead essay under the h1 (entry 1, headline = h1), then 'The Latest News' with h3 subsections
    and bullet items (no headline, no time), then Opinions / Morning Reads / games chrome."""
    same_time(S)
    d = dt(S["page_t"], S["zone"])
    stamp = f"{NYT_MONTHS[d.month - 1]} {d.day}, {d.year}, {ampm(d, space=' ', dots=True)} ET"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["summary"],
          "url": S["url"], "datePublished": d.isoformat(), "dateModified": d.isoformat(), "articleSection": "briefing",
          "author": [{"@type": "Person", "name": S["byline"], "url": "https://www.nytimes.com/by/" + slug(S["byline"])}],
          "publisher": {"@type": "NewsMediaOrganization", "name": "The New York Times", "logo": {"@type": "ImageObject", "url": "https://static01.nyt.com/images/misc/NYT_logo_rss_250x40.png"}},
          "isAccessibleForFree": False}
    lead = S["entries"][0]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - The New York Times</title>',
           f'<link rel="canonical" href="{S["url"]}">', ld_script(ld), '</head><body>',
           '<header class="css-ahe4g0"><a href="/">The New York Times</a><nav><a href="/section/world">World</a> <a href="/section/us">U.S.</a> '
           '<a href="/section/politics">Politics</a> <a href="/section/nyregion">N.Y.</a> <a href="/section/business">Business</a> '
           '<a href="/section/opinion">Opinion</a> <a href="/section/arts">Arts</a> <a href="/section/style">Lifestyle</a> '
           '<a href="/crosswords">Games</a> <a href="/international/section/world/europe">Europe</a></nav>'
           '<a href="/subscription">Subscribe for \u20ac1 a week</a> <a href="/login">Log in</a></header>',
           '<main id="site-content"><article id="story">', '<p class="css-kicker"><a href="/series/the-morning-newsletter">The Morning</a></p>',
           f'<h1 data-testid="headline">{esc(S["title"])}</h1>', f'<p id="article-summary">{esc(S["summary"])}</p>',
           f'<figure><figcaption><span>{esc(S["caption"])}</span> <span>{esc(S["credit"])}</span></figcaption></figure>',
           f'<div class="byline"><p>By <a href="/by/{slug(S["byline"])}">{esc(S["byline"])}</a></p>',
           f'<time datetime="{d.isoformat()}">{stamp}</time></div>',
           '<div class="share"><button>Share full article</button> <button>Save</button> <span>312</span></div>',
           '<section name="articleBody">']
    out += [f'<p class="css-at9mc1 evys1bk0">{esc(p)}</p>' for p in lead["p"]]
    out.append('<div class="ad">Advertisement</div><p><a href="#after-ad">SKIP ADVERTISEMENT</a></p>')
    out.append('<h2>THE LATEST NEWS</h2>')
    cur = None
    for e in S["entries"][1:]:
        if e["sect"] != cur:
            if cur is not None:
                out.append('</ul>')
            cur = e["sect"]
            out.append(f'<h3>{esc(cur)}</h3><ul>')
        out.append(f'<li><a href="{e["link"]}">' + " ".join(esc(p) for p in e["p"]) + '</a></li>')
    out.append('</ul>')
    out += S["tail"]
    out += ['</section></article></main>',
            '<footer><a href="/">The New York Times</a> <nav><a href="/section/world">World</a> <a href="/section/us">U.S.</a></nav> '
            f'<p>\u00a9 {d.year} The New York Times Company</p> <a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of Service</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_guardian(S):
    """Guardian First Edition, web version, HTML with NewsArticle JSON-LD. h1 'Friday briefing: ...', standfirst 'In today's
    newsletter: ...', byline, 'Fri 7 Sep 2029 06.32 BST'; 'Good morning' intro; 'Five big stories' with '<strong>Topic |</strong>'
    kickers (no headlines); 'In depth: ...' h2 with the long piece; link lists; 'Sport'; 'The front pages' (other papers)."""
    same_time(S)
    d = dt(S["page_t"], S["zone"])
    stamp = f"{DAYS_EN[d.weekday()][:3]} {d.day} {SHORT_MONTHS[d.month - 1]} {d.year} {d:%H.%M} BST"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "@id": S["url"], "headline": S["title"], "description": S["standfirst"],
          "datePublished": d.isoformat(), "dateModified": d.isoformat(), "mainEntityOfPage": S["url"],
          "author": [{"@type": "Person", "name": S["byline"], "sameAs": "https://www.theguardian.com/profile/" + slug(S["byline"])}],
          "publisher": {"@type": "Organization", "name": "The Guardian", "sameAs": "https://www.theguardian.com"}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | World news | The Guardian</title>',
           ld_script(ld), '</head><body>',
           '<div class="support">Support the Guardian <a>Fund independent journalism with \u00a35 per month</a> <a>Support us</a></div>',
           '<header><a href="/">The Guardian - Back to home</a><nav><a href="/uk">News</a> <a href="/uk/commentisfree">Opinion</a> '
           '<a href="/uk/sport">Sport</a> <a href="/uk/culture">Culture</a> <a href="/uk/lifeandstyle">Lifestyle</a></nav>'
           '<nav><a href="/world">World</a> <a href="/world/europe-news">Europe</a> <a href="/us-news">US news</a> <a href="/world/ukraine">Ukraine</a></nav></header>',
           '<main><article>', '<a class="series" href="/world/series/guardian-morning-briefing">First Edition</a>',
           f'<h1>{esc(S["title"])}</h1>', f'<div class="standfirst"><p>{esc(S["standfirst"])}</p></div>',
           f'<figure><figcaption>{esc(S["caption"])}</figcaption></figure>',
           f'<address><a rel="author" href="/profile/{slug(S["byline"])}">{esc(S["byline"])}</a></address>',
           f'<details><summary>{stamp}</summary><span>Last modified on {stamp}</span></details>',
           '<div class="share"><a>Share</a> <span>Reuse this content</span></div>', '<div class="article-body">']
    out += [f'<p>{esc(p)}</p>' for p in S["intro"]]
    out.append('<h2>Five big stories</h2><ol>')
    for e in S["entries"]:
        if e["sect"] == "five":
            out.append(f'<li><p><strong>{esc(e["kick"])} |</strong> ' + esc(e["p"][0]) + '</p>' + "".join(f'<p>{esc(p)}</p>' for p in e["p"][1:]) + '</li>')
    out.append('</ol>')
    for e in S["entries"]:
        if e["sect"] == "depth":
            out.append(f'<h2>{esc(e["h"])}</h2>')
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
    out.append('<h2>What else we\u2019ve been reading</h2><ul>' + "".join(f'<li><p>{esc(x)}</p></li>' for x in S["reading"]) + '</ul>')
    out.append('<h2>Sport</h2><ul>')
    for e in S["entries"]:
        if e["sect"] == "sport":
            out.append(f'<li><p><strong>{esc(e["kick"])} |</strong> ' + esc(e["p"][0]) + '</p></li>')
    out.append('</ul>')
    out += ['<h2>The front pages</h2>', f'<p>{esc(S["fronts"])}</p>', '<h2>Today in Focus</h2>', f'<p>{esc(S["focus"])}</p>',
            '<h2>Cartoon of the day</h2>', '<figure><figcaption>Illustration of the day.</figcaption></figure>',
            '<h2>The Upside</h2>', f'<p>{esc(S["upside"])}</p>',
            '<h2>Sign up</h2><p>Sign up to First Edition, our free daily newsletter \u2013 every weekday at 7am BST</p>',
            '</div></article>',
            '<aside><h3>Most viewed</h3><ol><li><a>Live: Premier League transfer news</a></li><li><a>The long read: inside a seaside town\u2019s revival</a></li></ol></aside></main>',
            f'<footer><a>About us</a> <a>Contact us</a> <a>Complaints &amp; corrections</a> <a>Privacy policy</a> <a>Cookie policy</a> '
            f'<p>\u00a9 {d.year} Guardian News &amp; Media Limited or its affiliated companies. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_politico_rss(S):
    """POLITICO Playbook family RSS 2.0 feed: one item per edition (Playbook, London/Brussels Playbook, Berlin Bulletin, ...),
    newest first, pubDate with the US Eastern zone ABBREVIATION ('EDT'), plain-text description, dc:creator."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://www.politico.com/playbook</link>',
           '<atom:link href="https://rss.politico.com/playbook.xml" rel="self" type="application/rss+xml"/>',
           '<description>POLITICO Playbook: the unofficial guide to official Washington, and its sister editions.</description>',
           '<language>en-us</language>', f'<copyright>Copyright {dt(S["entries"][0]["t"], z).year} POLITICO</copyright>',
           '<image><url>https://www.politico.com/dims4/default/resize/1200/politico-logo.png</url><title>POLITICO</title><link>https://www.politico.com</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + d.tzname(); stamps.append(st)
        link = f"https://www.politico.com/newsletters/{e['nl']}/{d:%Y/%m/%d}/{slug(e['h'].split(': ', 1)[-1])}-{ 920451 + i * 37}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<description>{esc(" ".join(e["p"]))}</description>', f'<pubDate>{st}</pubDate>',
                f'<dc:creator>{esc(e["a"])}</dc:creator>', f'<category>{esc(e["cat"])}</category>',
                f'<media:thumbnail url="https://static.politico.com/{0x3a91 + i:x}/playbook.jpg" width="1200" height="800"/>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_ft(S):
    """FT FirstFT, on-site version, HTML with NewsArticle JSON-LD. h1 'FirstFT: ...', standfirst 'Also in today's newsletter',
    byline, visible date only ('September 11 2029') in <time datetime="...Z">; on-site-version note; 'Good morning.' alone;
    lead story; 'Here's what else I'm keeping tabs on today' agenda; 'Five more top stories' numbered with bold lead-ins
    (taken as headlines); The Big Read / We're also reading / Chart of the day / Take a break from the news."""
    same_time(S)
    d = dt(S["page_t"], S["zone"]); u = d.astimezone(UTC)
    iso = u.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": S["title"], "alternativeHeadline": S["standfirst"],
          "datePublished": iso, "dateModified": iso, "url": S["url"], "isAccessibleForFree": False,
          "author": {"@type": "Person", "name": S["byline"]},
          "publisher": {"@type": "Organization", "name": "Financial Times", "logo": {"@type": "ImageObject", "url": "https://www.ft.com/__origami/service/image/v2/images/raw/ftlogo-v1%3Abrand-ft-logo-square-coloured"}},
          "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".article__content-body"}}
    lead = S["entries"][0]
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           f'<link rel="canonical" href="{S["url"]}">', ld_script(ld), '</head><body>',
           '<div class="o-cookie-message">We use cookies and other data for a number of reasons, such as keeping FT Sites reliable and secure. <a>Accept cookies</a> <a>Manage cookies</a></div>',
           '<header class="o-header"><a>Open side navigation menu</a> <a>Open search bar</a> <a href="/">Financial Times</a> '
           '<a>Subscribe</a> <a>Sign In</a><nav><a>Home</a> <a>World</a> <a>US</a> <a>Companies</a> <a>Tech</a> <a>Markets</a> '
           '<a>Climate</a> <a>Opinion</a> <a>Lex</a> <a>Work &amp; Careers</a> <a>Life &amp; Arts</a> <a>HTSI</a></nav></header>',
           '<main><article><div class="o-topper"><a class="o-topper__topic" href="/firstft">FirstFT</a>',
           f'<h1 class="o-topper__headline"><span>{esc(S["title"])}</span></h1>', f'<div class="o-topper__standfirst">{esc(S["standfirst"])}</div></div>',
           f'<figure><figcaption>{esc(S["caption"])}</figcaption></figure>',
           f'<p class="article-info__byline"><a href="/stream/{slug(S["byline"])}">{esc(S["byline"])}</a></p>',
           f'<time class="article-info__timestamp" datetime="{iso}">{MONTHS[d.month - 1]} {d.day} {d.year}</time>',
           '<div class="share"><a>Save</a> <a>Print this page</a> <a>Gift this article</a></div>',
           '<div class="article__content-body n-content-body">',
           '<p><em>This article is an on-site version of our FirstFT newsletter. Subscribers can sign up to our Asia, Europe/Africa or Americas edition to get the newsletter delivered every weekday morning. Explore all of our newsletters here</em></p>',
           '<p>Good morning.</p>']
    out += [f'<p>{esc(p)}</p>' for p in lead["p"]]
    out.append('<p><strong>Here\u2019s what else I\u2019m keeping tabs on today:</strong></p><ul>' + "".join(f'<li><p>{esc(x)}</p></li>' for x in S["agenda"]) + '</ul>')
    out.append('<p><strong>Five more top stories</strong></p><ol>')
    for e in S["entries"][1:]:
        out.append(f'<li><p><strong>{esc(e["h"])}</strong> ' + esc(e["p"][0]) + ' <a href="#">Read more</a></p>' + "".join(f'<p>{esc(p)}</p>' for p in e["p"][1:]) + '</li>')
    out.append('</ol>')
    out += ['<p><strong>The Big Read</strong></p>', f'<p>{esc(S["bigread"])}</p>', '<p><strong>We\u2019re also reading . . .</strong></p>',
            '<ul>' + "".join(f'<li><p>{esc(x)}</p></li>' for x in S["alsoreading"]) + '</ul>',
            '<p><strong>Chart of the day</strong></p>', f'<p>{esc(S["chart"])}</p>', '<figure><figcaption>Source: FT research</figcaption></figure>',
            '<p><strong>Take a break from the news</strong></p>', f'<p>{esc(S["brk"])}</p>',
            f'<p><em>{esc(S["contrib"])}</em></p>',
            '<p><strong>Recommended newsletters for you</strong></p><p>Due Diligence \u2014 Top stories from the world of corporate finance. Sign up here</p>',
            '<p>Working It \u2014 Everything you need to get ahead at work, in your inbox every Wednesday. Sign up here</p>',
            '</div><p class="copyright">Copyright The Financial Times Limited ' + str(d.year) + '. All rights reserved.</p></article>',
            '<aside><h3>Follow the topics in this article</h3><a>FirstFT</a> <a>War in Ukraine</a> <a>Nato</a></aside></main>',
            '<footer><a>Support</a> <a>Legal &amp; Privacy</a> <a>Services</a> <a>Tools</a> <p>Markets data delayed by at least 15 minutes. \u00a9 THE FINANCIAL TIMES LTD ' + str(d.year) + '.</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_atlantic_atom(S):
    """The Atlantic, Atom 1.0 feed of its newsletters channel (The Atlantic Daily and sister newsletters), newest first;
    <published>/<updated> ISO with the -04:00 offset, <author><name>, <category term> naming the newsletter, <summary> dek,
    <content type="html"> escaped once."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-us">',
           f'<title>{esc(S["title"])}</title>', '<subtitle>Newsletters from The Atlantic</subtitle>',
           '<link href="https://www.theatlantic.com/newsletters/" rel="alternate"/>',
           '<link href="https://www.theatlantic.com/feed/channel/newsletters/" rel="self"/>',
           '<id>https://www.theatlantic.com/feed/channel/newsletters/</id>', f'<updated>{last.isoformat()}</updated>',
           f'<rights>Copyright {last.year} by The Atlantic Monthly Group. All Rights Reserved.</rights>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        link = f"https://www.theatlantic.com/newsletters/archive/{d:%Y/%m}/{slug(e['h'])}/{685410 + i * 211}/"
        out += ['<entry>', f'<title type="html">{esc(e["h"])}</title>', f'<id>tag:theatlantic.com,{d:%Y}:50-{685410 + i * 211}</id>',
                f'<link href="{link}" rel="alternate" type="text/html"/>', f'<published>{st}</published>', f'<updated>{st}</updated>',
                f'<author><name>{esc(e["a"])}</name></author>', f'<category term="{attr(e["cat"])}"/>',
                f'<summary type="html">{esc(e["dek"])}</summary>',
                '<content type="html">' + esc(f'<figure><img src="https://cdn.theatlantic.com/thumbor/{i + 11}/original.jpg" alt=""><figcaption>{e["cap"]}</figcaption></figure>'
                                              + "".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_bi(S):
    """Business Insider Today newsletter, web version, text scrape. Title, author, 'Sep 13, 2029, 6:27 AM ET', caption with
    'Getty Images; NAME/BI', the 'This post originally appeared ...' note, intro with 'What's on deck', then 'The big story'
    (heading line = headline) and '3 things in markets/tech' numbered items (number + headline line, then paragraphs)."""
    same_time(S)
    d = dt(S["page_t"], S["zone"])
    L = ["Business Insider", "Subscribe", "Newsletters", "Search", "",
         "Business   Tech   Markets   Economy   Politics   Military & Defense   Strategy   Retail   Personal Finance   Reviews", "",
         "Newsletter", "", S["title"], "", S["byline"], f"{SHORT_MONTHS[d.month - 1]} {d.day}, {d.year}, {ampm(d, space=' ', upper=True)} ET", "",
         "Share", "Save", "", S["caption"], "",
         "This post originally appeared in the Business Insider Today newsletter. You can sign up for Business Insider's daily newsletter here.", ""]
    L += ptxt(S["intro"]) + ["What's on deck", ""] + ptxt(S["deck"]) + ["But first, " + S["butfirst"], "",
          "If this was forwarded to you, sign up here. Download Business Insider's app here.", ""]
    cur = None; n = 0
    for e in S["entries"]:
        if e["sect"] != cur:
            cur = e["sect"]; n = 0
            L += [cur, ""]
        if cur == "The big story":
            L += [e["h"], ""]
        else:
            n += 1
            L += [f"{n}. {e['h']}", ""]
        L += ptxt(e["p"])
    L += ["In other news", ""] + ptxt(S["othernews"]) + ["What's happening today", ""] + ptxt(S["today"])
    L += [S["team"], "", "Read next", "", "Business Insider tells the innovative stories you want to know.", "",
          f"Copyright \u00a9 {d.year} Insider Inc. All rights reserved. Registration on or use of this site constitutes acceptance of our Terms of Service and Privacy Policy."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_economist(S):
    """The Economist 'The world in brief' web page, HTML. No bylines, no headlines: each item is a paragraph whose first
    sentence is the news. Visible date 'Sep 14th 2029' inside <time datetime="...Z">; WebPage JSON-LD with datePublished;
    'Figure of the day' and the daily quiz are chrome."""
    same_time(S)
    d = dt(S["page_t"], S["zone"]); u = d.astimezone(UTC)
    iso = u.strftime("%Y-%m-%dT%H:%M:%SZ")
    sfx = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    ld = {"@context": "https://schema.org", "@type": "WebPage", "name": "The world in brief", "url": "https://www.economist.com/the-world-in-brief",
          "description": "Catch up quickly on the global stories that matter", "datePublished": iso, "dateModified": iso,
          "publisher": {"@type": "NewsMediaOrganization", "name": "The Economist", "logo": {"@type": "ImageObject", "url": "https://www.economist.com/engassets/google-search-logo.png"}}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', '<title>The world in brief | The Economist</title>',
           ld_script(ld), '</head><body>', '<a href="#content">Skip to content</a>',
           '<header><a href="/">The Economist</a> <nav><a>Weekly edition</a> <a>The world in brief</a> <a>War in the Middle East</a> '
           '<a>War in Ukraine</a> <a>United States</a> <a>The world economy</a></nav> <a>Search</a> <a>Subscribe</a> <a>Log in</a></header>',
           '<main id="content"><section>', '<h1>The world in brief</h1>', '<p class="subtitle">Catch up quickly on the global stories that matter</p>',
           f'<time datetime="{iso}">{SHORT_MONTHS[d.month - 1]} {d.day}{sfx} {d.year}</time>',
           '<div class="audio-player"><button>Listen to this page</button> <span>00:00</span> / <span>05:41</span></div>']
    for e in S["entries"]:
        out.append('<div class="world-in-brief-item">' + "".join(f'<p>{esc(p)}</p>' for p in e["p"]) + '</div>')
    out += ['<h2>Figure of the day</h2>', f'<p>{esc(S["figure"])}</p>', f'<p>{esc(S["figure_more"])}</p>',
            '<h2>Daily quiz</h2>', f'<p>{esc(S["quiz"])}</p>',
            '<div class="subscribe">Subscribe to The Economist for unlimited access to our journalism. <a>Subscribe now</a></div>',
            '</section></main>',
            f'<footer><a>The Economist Group</a> <a>Terms of Use</a> <a>Privacy</a> <a>Cookie Policy</a> <a>Accessibility</a> '
            f'<p>Copyright \u00a9 The Economist Newspaper Limited {d.year}. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


# ================================================================ build (main() is called at the very end of the file)
SEEDS = []


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
            d = dt(e["t"], S["zone"])
            if d is None:   # no clock time printed anywhere: date only (as the shared Euronews gold does)
                pub, loc, dd = e["t"], f"{e['t']} {S['zone']}", e["t"]
            else:
                pub = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
                loc = d.strftime("%Y-%m-%d %H:%M ") + S["zone"]
                dd = d.strftime("%Y-%m-%d %H:%M")
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i], "published": pub,
                         "published_local": loc,
                         "published_basis": S["basis"].format(s=stamps[i], d=dd, z=S["zone"]),
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


# ================================================================ PART A: ten real outlets' layouts (own words, invented reporters)

# ---------------------------------------------------------------- 17500 Axios AM
SEEDS.append(dict(
  id="17500", name="17500_axios-am", ext="txt", source="Axios", zone="America/New_York", render=r_axios,
  title="Axios AM", page_t="2029-09-03", byline="Rhett Calloway",
  greeting="Good morning, and happy Labor Day! Today's Smart Brevity\u00ae count: 1,184 words ... 4\u00bd mins.",
  edited="Edited by Noor Haddad.",
  basis="no clock time is printed anywhere on the newsletter page; the date line 'Sep 3, 2029' under the title dates every item, so published is the date only (as the shared Euronews gold does); {z} is Axios' home zone",
  notes="Imitates the web version of the Axios AM newsletter, copied from the browser. One date line ('Sep 3, 2029') and one author line (Rhett Calloway, used as author of every item: no per-item bylines). No clock time anywhere, so published is date-only '2029-09-03' (Axios is in Arlington, Virginia: America/New_York). Items are numbered: the first is labelled '1 big thing: ', the rest '2. ', '3. ' ...; the number/label is a list marker and is not part of the headline. Axios-style paragraphs ('Why it matters:', 'Driving the news:', 'Reality check:') are body paragraphs. A sponsored block ('A message from the Freight Rail Forward Coalition') sits between items 2 and 3 and is not an entry; 'Go deeper' link lines and image credits are chrome. Three off-beat items (union membership, wildfire smoke, school phone bans).",
  not_entries=["'Skip to main content', Axios logo, top menu, Search, Subscribe", "section navigation line", "'Newsletters' label and newsletter name 'Axios AM' (page title)",
               "date line 'Sep 3, 2029' and author line 'Rhett Calloway'", "greeting with the Smart Brevity count, 'Edited by Noor Haddad.'",
               "image credit lines ('Illustration: ... /Axios', 'Photo: ... via Getty Images')", "'Go deeper' link lines",
               "sponsored block 'A message from the Freight Rail Forward Coalition' with its own title 'Moving more goods with fewer trucks' and two lines",
               "sign-off 'Thanks for reading!' and the sign-up box", "footer links and copyright line"],
  entries=[
  E("2029-09-03", "Russia's weekend blitz on Ukraine's gas fields",
    ["Russia used the holiday weekend to pound the gas wells and compressor stations Ukraine is counting on to get through the winter, firing more than 70 missiles and about 400 drones over two nights.",
     "Why it matters: Ukraine lost roughly half of its own gas output to strikes last winter and spent the summer patching it up. Kyiv now expects to import record volumes from Europe before the first frost.",
     "Driving the news: The state energy company said Sunday that four production sites in the Kharkiv and Poltava regions were hit and two of its workers were killed.",
     "What they're saying: \"They want to freeze us into talks,\" a senior Ukrainian energy official told Axios.",
     "What's next: European traders expect Kyiv to ask for emergency credit lines to pay for imports this month."],
    "strikes", "strikes", 3, "russian-strikes-ukraine-gas-production-2029-09-02", a="Rhett Calloway",
    cap="Illustration: Tova Brenner/Axios", deeper="Go deeper: Ukraine's energy map, explained"),
  E("2029-09-03", "Zelensky's Washington ask",
    ["Ukrainian President Volodymyr Zelensky arrives in Washington on Tuesday with a short list: more Patriot interceptors, quicker delivery of long-range missiles and a commitment on next year's funding.",
     "Between the lines: Aides say he will also pitch a joint drone-manufacturing venture, hoping to hand skeptical lawmakers a business case for staying involved.",
     "The other side: A bloc of House conservatives says it will oppose any new Ukraine money that is not offset by spending cuts elsewhere."],
    "aid", "aid", 3, "zelensky-washington-visit-2029-09-04", a="Rhett Calloway", sec=["diplomacy"],
    n="appeal for weapons ahead of a head-of-state visit: aid primary (the headline leads with the 'ask'), diplomacy secondary; importance 3 (head-of-state diplomatic move)"),
  OFF("2029-09-03", "Labor's comeback, by the numbers",
    ["Union membership in the U.S. rose for a third straight year, to 10.6% of wage and salary workers, according to new Labor Department figures.",
     "The biggest gains came in health care and warehousing."],
    "us-union-membership-2029", a="Rhett Calloway", n="US labour statistics", cap="Data: Bureau of Labor Statistics. Chart: Axios Visuals"),
  E("2029-09-03", "Scoop: Pentagon's $2 billion interceptor buy",
    ["The Pentagon plans to sign a contract worth about $2 billion this week for air-defense interceptors, roughly a third of them set aside for Ukraine, two officials familiar with the deal told Axios.",
     "European allies will cover the Ukrainian share under the arrangement that lets them buy U.S. weapons for Kyiv.",
     "Why it matters: It would be the biggest single purchase under that arrangement so far."],
    "aid", "aid", 3, "pentagon-interceptor-contract-2029-09", a="Rhett Calloway"),
  OFF("2029-09-03", "Smoke season returns to the Northeast",
    ["Haze from wildfires in Quebec drifted over New York, Boston and Philadelphia on Sunday, and air-quality alerts cover much of the region for Labor Day."],
    "northeast-wildfire-smoke-2029-09-02", a="Rhett Calloway", n="weather/air quality", cap="Photo: Dara Lindqvist via Getty Images"),
  E("2029-09-03", "EU eyes tougher shadow-fleet rules",
    ["European Union diplomats are circulating a draft sanctions package that would let coastal states inspect tankers suspected of carrying Russian oil above the price cap.",
     "Reality check: Several member states worry the plan could be challenged under maritime law."],
    "diplomacy", "diplomacy", 2, "eu-shadow-fleet-sanctions-draft-2029-09", a="Rhett Calloway"),
  OFF("2029-09-03", "Cellphone bans go national",
    ["More than half of U.S. states now require schools to limit student phone use during class, as most districts start the year this week."],
    "us-school-phone-bans-2029", a="Rhett Calloway", n="US education"),
  ]))

# ---------------------------------------------------------------- 17501 Semafor Flagship
SEEDS.append(dict(
  id="17501", name="17501_semafor-flagship", ext="txt", source="Semafor", zone="America/New_York", render=r_semafor,
  title="Semafor Flagship", page_t="2029-09-04 05:31",
  note="Good morning. Prisoner swaps have become the one channel between Moscow and Kyiv that still works, and next week's talks in Istanbul will test whether it can carry anything heavier. Elsewhere, the monsoon is leaving India early and Lagos is queueing for fuel again.",
  note_sig="\u2014 Ofelia Brandt",
  basis="no per-item time: the page line 'Updated Sep 4, 2029, 5:31am EDT' (12-hour clock, zone printed) dates every item; local {d} in {z}",
  notes="Imitates the web version of Semafor's Flagship newsletter, copied from the browser. One page stamp 'Updated Sep 4, 2029, 5:31am EDT'; stamp null for every item and published = that time (09:31 UTC). 'The World Today' at the top is a numbered table of contents with short labels that differ from the item headlines: navigation, not entries or Key Points. The editor's note (signed '\u2014 Ofelia Brandt') is the page intro; no per-item bylines and no page byline, so author is null. 'Semafor Signals' boxes (analysis quoting other outlets) and source lines belong to the item above but are not counted as its body paragraphs. Two off-beat items (monsoon, Lagos fuel).",
  not_entries=["masthead, section navigation, 'Sign up'", "newsletter name 'Semafor Flagship' (page title) and tagline", "page stamp 'Updated Sep 4, 2029, 5:31am EDT'",
               "'The World Today' table of contents (seven short labels)", "editor's note 'Good morning. Prisoner swaps ...' and its signature '\u2014 Ofelia Brandt'",
               "'Semafor Signals' boxes under items 1 and 3", "source lines ('Sources: ...') under items", "Semafor Gulf newsletter promo",
               "'Thanks for reading Flagship' line", "footer links and copyright"],
  entries=[
  E("2029-09-04 05:31", "Russia and Ukraine agree to new prisoner talks in Istanbul",
    ["Negotiators from Moscow and Kyiv will meet in Istanbul next week to prepare another large exchange of prisoners of war, Turkey's foreign ministry said.",
     "The two sides have carried out several swaps this year, but talks on a wider ceasefire remain frozen, and each accuses the other of stalling on the return of detained civilians."],
    "diplomacy", "diplomacy", 3, "istanbul-prisoner-talks-announced-2029-09", toc="Istanbul swap talks",
    signals="Turkish officials see the prisoner track as proof that Ankara remains the only venue both sides trust, a columnist for a Turkish daily argued. A Ukrainian analyst warned against reading too much into it: swaps are in both armies' interest and say little about political will.",
    src="Sources: Turkish Foreign Ministry, Ukrinform, Hurriyet Daily News"),
  E("2029-09-04 05:31", "A drone strike left Odesa's port without power",
    ["Russian drones hit an electrical substation serving Odesa's main port overnight, stopping cranes and grain loading for several hours, Ukraine's infrastructure ministry said.",
     "No one was hurt. Ship-tracking data showed at least six bulk carriers waiting offshore on Monday evening."],
    "strikes", "strikes", 2, "odesa-port-substation-drone-strike-2029-09-03", toc="Odesa port blackout"),
  E("2029-09-04 05:31", "Seoul says North Korea's shell shipments to Russia are slowing",
    ["North Korea sent Russia far fewer artillery shells this summer than a year earlier, South Korea's intelligence service told lawmakers, suggesting Pyongyang's own stocks may be running low.",
     "Deliveries of short-range ballistic missiles have continued, the agency said."],
    "aid", "aid", 2, "north-korea-shell-shipments-slowing-2029-09", toc="Seoul's shell tally",
    signals="The slowdown matters less than it seems, a former US intelligence official wrote, because Russia's own factories now produce most of the shells it fires.",
    n="arms transfers to Russia: aid"),
  E("2029-09-04 05:31", "Germany joins the 3% club",
    ["Germany's cabinet approved a budget that lifts defense spending above 3% of economic output for the first time since reunification, with much of the extra money going to air defense and new ammunition plants.",
     "The finance ministry said the increase would be covered by a special exemption from the debt brake rather than cuts elsewhere."],
    "other", "security", 2, "germany-defence-budget-3-percent-2029-09", toc="Germany's 3% club", n="procurement/defence spending by a non-party: other/security"),
  OFF("2029-09-04 05:31", "India's monsoon is ending early",
    ["India's monsoon pulled out of the northwest almost two weeks ahead of schedule, the weather office said, raising worries about the size of the winter rice crop."],
    "india-monsoon-early-withdrawal-2029", toc="India's short monsoon", n="weather/agriculture"),
  E("2029-09-04 05:31", "Baltic states to close their last road crossings with Russia",
    ["Estonia, Latvia and Lithuania will shut their remaining road crossings with Russia from October, citing the risk of sabotage and what they called Moscow's use of migrants to pressure its neighbors."],
    "other", "security", 2, "baltic-states-close-russia-border-crossings-2029-09", toc="Baltic border shut"),
  OFF("2029-09-04 05:31", "Fuel queues are back in Lagos",
    ["Long lines formed outside filling stations across Lagos for a second day after a pricing dispute between Nigeria's largest refinery and fuel marketers disrupted supplies."],
    "lagos-fuel-queues-2029-09", toc="Lagos fuel queues", n="Nigeria fuel supply"),
  ]))

# ---------------------------------------------------------------- 17502 Reuters Daily Briefing
SEEDS.append(dict(
  id="17502", name="17502_reuters-dailybriefing", ext="txt", source="Reuters", zone="Europe/London", render=r_reuters,
  title="Deadly strike on Kharkiv, EU frees up loan money, and a Senate deal", page_t="2029-09-05 06:17", byline="Imogen Farrant",
  caption="[1/2] Rescuers work at the site of a Russian missile strike on an apartment building in Kharkiv, Ukraine, September 4, 2029. REUTERS/Valentyn Marchuk",
  hello="Hello, here is what you need to know today.",
  agenda=["0830 GMT \u2013 Britain's Office for National Statistics publishes services data for August.",
          "1230 GMT \u2013 Ukraine's foreign minister and his Polish counterpart hold a news conference in Warsaw.",
          "1800 GMT \u2013 Federal Reserve officials speak at an event in Chicago."],
  chart="Russia's seaborne crude exports slipped for a third month in August, tanker-tracking data shows, as more buyers in Asia demanded discounts to take cargoes from ships named in sanctions lists.",
  credits="Compiled by Imogen Farrant; Editing by Rhys Okonedo",
  basis="no per-item time: the page stamp 'September 5, 20296:17 AM GMT+1' (date and time fused by the browser copy; GMT+1 = BST) dates every item; local {d} in {z}",
  notes="Imitates the web version of the Reuters Daily Briefing newsletter, copied from the browser. The headline line is the page title; byline 'By Imogen Farrant' (author of every item: no per-item bylines). The date and time are fused as the copy gives them: 'September 5, 20296:17 AM GMT+1Updated 2 hours ago' = 6:17 a.m. BST = 05:17 UTC; 'Updated 2 hours ago' cannot be resolved (no capture clock) and is ignored. Items are bullet paragraphs under section labels ('Today's Top News', 'Around the world', 'Business & Markets'): no headlines (headline null), no per-item time (stamp null). The 'Coming up today' agenda prints future GMT times: not entries. The Kharkiv strike happened on the evening of 4 September; the item is published on 5 September. Two off-beat bullets (US Senate funding deal, Chile wildfires).",
  not_entries=["'Skip to main content', LSEG promo line, Reuters section navigation, My News / Sign In / Register", "'Newsletters' label", "headline line (page title)",
               "byline 'By Imogen Farrant'", "fused date line 'September 5, 20296:17 AM GMT+1Updated 2 hours ago'",
               "photo caption 'Item 1 of 2 [1/2] Rescuers work ...' with 'Purchase Licensing Rights, opens new tab'", "greeting 'Hello, here is what you need to know today.'",
               "section labels 'Today's Top News', 'Around the world', 'Business & Markets'", "'Coming up today' agenda (three future events with GMT times)",
               "'Chart of the day' paragraph", "'Sign up here.'", "'Compiled by ...; Editing by ...' credit line", "Trust Principles line, suggested topics, boilerplate and copyright"],
  entries=[
  E("2029-09-05 06:17", None,
    ["A Russian missile strike on Kharkiv killed six people and wounded 30 on Tuesday evening, the regional governor said, the deadliest attack on Ukraine's second-largest city in months. Rescue crews worked through the night at a partly collapsed apartment block."],
    "strikes", "strikes", 3, "kharkiv-missile-strike-2029-09-04", a="Imogen Farrant", sect="Today's Top News"),
  E("2029-09-05 06:17", None,
    ["The European Union approved the release of a 5.2 billion euro tranche of its loan to Ukraine backed by the proceeds of frozen Russian assets, easing pressure on Kyiv's budget ahead of winter."],
    "aid", "aid", 3, "eu-loan-tranche-ukraine-2029-09-04", a="Imogen Farrant", sect="Today's Top News"),
  E("2029-09-05 06:17", None,
    ["Ukraine's army said its troops had pushed Russian forces out of a village east of the Oskil river near Kupiansk after weeks of fighting. Moscow did not comment."],
    "other", "frontline", 2, "ukraine-retakes-village-near-kupiansk-2029-09", a="Imogen Farrant", sect="Today's Top News"),
  OFF("2029-09-05 06:17", None,
    ["U.S. Senate leaders reached a tentative agreement to fund the federal government until mid-December, which would avert a shutdown at the end of the month."],
    "us-senate-stopgap-deal-2029-09", a="Imogen Farrant", n="US budget politics", sect="Around the world"),
  OFF("2029-09-05 06:17", None,
    ["Chile declared a state of emergency in three southern regions as early-season wildfires forced thousands of people from their homes."],
    "chile-wildfires-emergency-2029-09", a="Imogen Farrant", n="wildfires", sect="Around the world"),
  E("2029-09-05 06:17", None,
    ["Russia's oil export revenue fell in August to its lowest in five years as a lower price cap and sanctions on tankers took their toll, the International Energy Agency said in its monthly report."],
    "diplomacy", "diplomacy", 2, "russia-oil-revenue-sanctions-iea-2029-08", a="Imogen Farrant", sect="Business & Markets",
    n="effect of sanctions: diplomacy"),
  ]))

# ---------------------------------------------------------------- 17503 NYT The Morning
SEEDS.append(dict(
  id="17503", name="17503_nyt-themorning", ext="html", source="The New York Times", zone="America/New_York", render=r_nyt,
  title="Europe Is Now Paying for Most of Ukraine\u2019s American Weapons", page_t="2029-09-06 06:00", byline="Felix Amundsen",
  url="https://www.nytimes.com/2029/09/06/briefing/ukraine-weapons-europe-purl.html",
  summary="A financing workaround that began as a stopgap has become the main channel of Western military help.",
  caption="Workers at an ammunition plant in Pennsylvania.", credit="Marisa Delgado for The New York Times",
  basis="no per-item time: the page byline stamp 'Sept. 6, 2029, 6:00 a.m. ET' (in <time datetime>, also JSON-LD datePublished) dates every item; local {d} in {z}",
  notes="Imitates the web version of The Morning newsletter (nytimes.com/.../briefing/...), HTML with NewsArticle JSON-LD (page-level only). The lead essay under the h1 is entry 1: its headline is the h1 (identical to the page title) and it is an analysis of the financing arrangement, so importance 2 (theme piece, not a single event). 'THE LATEST NEWS' follows, with h3 subsections (War in Ukraine, International, Politics, Other Big Stories); each bullet is one entry with headline null, one paragraph, stamp null, published = the page time 'Sept. 6, 2029, 6:00 a.m. ET' (10:00 UTC). Author = the page byline Felix Amundsen for every entry (newsletter writer; no per-bullet bylines). Opinions, Morning Reads, the recipe and the games are chrome. Three off-beat bullets.",
  not_entries=["header navigation, 'Subscribe for \u20ac1 a week', 'Log in'", "kicker 'The Morning'", "h1 (page title; also the lead entry's headline)", "summary line under the h1",
               "photo caption 'Workers at an ammunition plant in Pennsylvania.' and credit", "byline 'By Felix Amundsen' and the time line", "share/save buttons and comment count",
               "'Advertisement' and 'SKIP ADVERTISEMENT'", "'THE LATEST NEWS' heading and h3 subsection labels", "'Opinions' section (two columnists' pieces with one-line summaries)",
               "'MORNING READS' links", "'THE MORNING RECOMMENDS' recipe", "'NOW TIME TO PLAY' games line and sign-off", "footer"],
  tail=['<h2>Opinions</h2>', '<p>Europe should stop treating Ukraine\u2019s air defense as a charity and start treating it as its own, the columnist Hana Rosdahl writes.</p>',
        '<p>A shutdown fight would cost voters more than it costs either party, Marcus Bellweather argues.</p>',
        '<h2>MORNING READS</h2>', '<p><a href="#">Tiny homes: A town in Vermont tried to solve its housing shortage one shed at a time.</a></p>',
        '<p><a href="#">Lives Lived: She taught three generations of Ohio children to swim. She died at 94.</a></p>',
        '<h2>THE MORNING RECOMMENDS \u2026</h2>', '<p>Roast tomatoes with white beans for an easy weeknight dinner.</p>',
        '<h2>NOW TIME TO PLAY</h2>', '<p>Here is today\u2019s Spelling Bee. Yesterday\u2019s pangram was \u201cbriefing.\u201d</p>',
        '<p>Thanks for spending part of your morning with The Times. See you tomorrow.</p>'],
  entries=[
  E("2029-09-06 06:00", "Europe Is Now Paying for Most of Ukraine\u2019s American Weapons",
    ["When the program started, it was supposed to be a bridge.",
     "European governments would buy American air-defense missiles and artillery shells and pass them to Ukraine while Congress argued over its own aid. Three years later, that bridge carries most of the traffic.",
     "By the Pentagon\u2019s count, allies have now spent more than $40 billion through the arrangement. Germany, the Netherlands and the Nordic countries account for most of it.",
     "The shift has changed the politics in Washington. Selling weapons rather than giving them away has been far easier to defend to voters, a senior administration official told me.",
     "It has also exposed a bottleneck: American factories cannot build interceptors fast enough for everyone who wants them."],
    "aid", "aid", 2, "analysis-europe-funds-us-weapons-for-ukraine", a="Felix Amundsen", n="theme piece (newsletter lead essay, analysis of a funding arrangement)"),
  E("2029-09-06 06:00", None,
    ["Russian glide bombs killed four people in central Sumy, Ukrainian officials said."],
    "strikes", "strikes", 3, "sumy-glide-bomb-strike-2029-09-05", a="Felix Amundsen", sect="War in Ukraine", link="https://www.nytimes.com/2029/09/05/world/europe/sumy-attack.html"),
  E("2029-09-06 06:00", None,
    ["Ukraine\u2019s Parliament voted to lower the draft age for men to 23, a step the government had resisted for years."],
    "other", "politics", 2, "ukraine-lowers-draft-age-2029-09-05", a="Felix Amundsen", sect="War in Ukraine", link="https://www.nytimes.com/2029/09/05/world/europe/ukraine-draft-age.html"),
  E("2029-09-06 06:00", None,
    ["NATO defense ministers agreed to expand air patrols over the Baltic Sea after another Russian drone strayed into Polish airspace."],
    "diplomacy", "diplomacy", 2, "nato-baltic-air-patrols-2029-09-05", a="Felix Amundsen", sect="International", sec=["strikes"],
    link="https://www.nytimes.com/2029/09/05/world/europe/nato-baltic-patrols.html", n="alliance meeting decision: diplomacy"),
  OFF("2029-09-06 06:00", None,
    ["Floods in southern Pakistan have forced more than 200,000 people from their homes."],
    "pakistan-floods-2029-09", a="Felix Amundsen", n="floods", sect="International", link="https://www.nytimes.com/2029/09/05/world/asia/pakistan-floods.html"),
  OFF("2029-09-06 06:00", None,
    ["The Senate confirmed a new chair of the Federal Reserve after a monthslong standoff."],
    "us-fed-chair-confirmation-2029-09", a="Felix Amundsen", n="US politics", sect="Politics", link="https://www.nytimes.com/2029/09/05/us/politics/fed-chair-senate.html"),
  OFF("2029-09-06 06:00", None,
    ["A Texas jury ordered a drugmaker to pay $1.4 billion over its marketing of opioid painkillers."],
    "texas-opioid-verdict-2029-09", a="Felix Amundsen", n="US courts", sect="Other Big Stories", link="https://www.nytimes.com/2029/09/05/health/opioid-verdict-texas.html"),
  ]))

# ---------------------------------------------------------------- 17504 Guardian First Edition
SEEDS.append(dict(
  id="17504", name="17504_guardian-firstedition", ext="html", source="The Guardian", zone="Europe/London", render=r_guardian,
  title="Friday briefing: How cheap sea drones are rewriting naval warfare", page_t="2029-09-07 06:32", byline="Nadia Whitcombe",
  url="https://www.theguardian.com/world/2029/sep/07/first-edition-friday-briefing-sea-drones",
  standfirst="In today\u2019s newsletter: Ukraine\u2019s latest strike on a Russian warship shows how unmanned boats have changed the balance in the Black Sea",
  caption="A Ukrainian naval drone on display in Kyiv. Photograph: Reuters",
  intro=["Good morning.",
         "For most of history a navy needed ships to fight ships. Overnight, a handful of remote-controlled boats costing less than a family car went after a Russian patrol vessel in one of Moscow\u2019s most heavily guarded harbours. Today\u2019s newsletter asks what that means for the Black Sea and for navies everywhere. That\u2019s after the headlines."],
  reading=["Our reporter spent a week with a mobile air-defence crew outside Kharkiv, where volunteers in their fifties track drones by ear. Archie Penrose",
           "Why are British summers getting wetter even as they get hotter? A climate scientist explains. Nadia Whitcombe"],
  fronts="The Guardian leads with the sea-drone attack on Novorossiysk. The Times has \u201cRail fares frozen for two more years\u201d, and the Daily Telegraph leads on sewage fines. The i says \u201cThales lands \u00a31.6bn missile order for Ukraine\u201d, while the Mirror has a football exclusive.",
  focus="Today in Focus: how a Belfast missile factory became one of Ukraine\u2019s most important suppliers. Listen here.",
  upside="A bit of good news to remind you that the world\u2019s not all bad: a Welsh village has reopened its only shop as a co-operative after residents raised \u00a3180,000.",
  basis="no per-item time: the page stamp 'Fri 7 Sep 2029 06.32 BST' dates every item; local {d} in {z}",
  notes="Imitates the web version of the Guardian's First Edition newsletter, HTML with NewsArticle JSON-LD. One stamp under the byline: 'Fri 7 Sep 2029 06.32 BST' (05:32 UTC), used for every entry (stamp null). 'Good morning.' and the paragraph after it are the newsletter's intro. 'Five big stories': each item starts with a bold kicker ('Ukraine |', 'Defence |', ...) that is a section label, not a headline, so headline null and first_sentence starts after the pipe. 'In depth: ...' (h2) is the newsletter's long piece: an analysis of sea drones, a theme piece (its own story, although it opens on the Novorossiysk attack). One 'Sport' item is an entry (off-beat). 'The front pages' summarises other newspapers and is not an entry, nor are the reading links, podcast promo, cartoon or 'The Upside'. Author = the page byline Nadia Whitcombe for every entry. Three off-beat items in Five big stories plus the sport item.",
  not_entries=["support banner", "header and navigation", "series link 'First Edition'", "h1 (page title)", "standfirst 'In today\u2019s newsletter: ...'",
               "photo caption", "byline 'Nadia Whitcombe' and the stamp 'Fri 7 Sep 2029 06.32 BST' / 'Last modified on ...'", "share / reuse line",
               "intro 'Good morning.' and the paragraph after it", "h2 'Five big stories' and the kickers 'Ukraine |', 'Politics |', 'Defence |', 'Environment |', 'US |', 'Football |'",
               "'What else we\u2019ve been reading' (two recommended links)", "h2 'Sport'", "'The front pages' (other newspapers' splashes, mentions Novorossiysk and Thales)",
               "'Today in Focus' podcast promo", "'Cartoon of the day' and its caption", "'The Upside'", "'Sign up' box", "'Most viewed' rail", "footer"],
  entries=[
  E("2029-09-07 06:32", None,
    ["Ukrainian sea drones struck a Russian patrol ship near the port of Novorossiysk overnight, Ukraine\u2019s military intelligence agency said, releasing footage that appears to show at least two explosions against the hull. Russia\u2019s defence ministry said all the drones had been destroyed before reaching the harbour."],
    "strikes", "strikes", 3, "novorossiysk-sea-drone-attack-2029-09-07", a="Nadia Whitcombe", sect="five", kick="Ukraine"),
  OFF("2029-09-07 06:32", None,
    ["Regulated rail fares in England will be frozen for a further two years, the transport secretary said, as ministers try to ease living costs before the autumn budget."],
    "england-rail-fare-freeze-2029", a="Nadia Whitcombe", n="UK transport policy", sect="five", kick="Politics"),
  E("2029-09-07 06:32", None,
    ["Britain will deliver 350 more short-range air defence missiles to Ukraine by December under a \u00a31.6bn contract with the Thales factory in Belfast, the Ministry of Defence said. The deal also funds a second production line."],
    "aid", "aid", 3, "uk-thales-air-defence-missiles-ukraine-2029-09", a="Nadia Whitcombe", sect="five", kick="Defence", n="major arms contract for Ukraine: importance 3"),
  OFF("2029-09-07 06:32", None,
    ["Water companies in England will face unlimited fines for illegal sewage spills under rules that come into force next month."],
    "england-sewage-fines-2029", a="Nadia Whitcombe", n="UK environment", sect="five", kick="Environment"),
  OFF("2029-09-07 06:32", None,
    ["A federal judge in Washington blocked the administration\u2019s plan to end collective bargaining for most federal employees."],
    "us-federal-unions-ruling-2029-09", a="Nadia Whitcombe", n="US courts", sect="five", kick="US"),
  E("2029-09-07 06:32", "In depth: The drone war moves out to sea",
    ["Last night\u2019s attack followed a pattern Russia\u2019s Black Sea Fleet has struggled with for years.",
     "Ukraine\u2019s naval drones are low, fast boats packed with explosives and steered by satellite link. They are hard to spot on radar and cheap enough to be sent in swarms, so that defenders run out of ammunition before the attackers run out of boats.",
     "The result has been a strange kind of sea power. Ukraine has almost no warships, yet Russia has moved most of its fleet away from Crimea to ports further east.",
     "Navies from Taiwan to the Baltic are now building their own versions, and shipbuilders are rushing to fit heavier guns and nets to vessels designed for a different war."],
    "strikes", "strikes", 2, "analysis-black-sea-naval-drones-2029", a="Nadia Whitcombe", sect="depth",
    n="theme piece: analysis of naval drones that opens on the Novorossiysk attack but is its own story"),
  OFF("2029-09-07 06:32", None,
    ["England\u2019s women beat Spain 2-1 in a friendly at Wembley, with the substitute Keira Oduya heading the winner in stoppage time."],
    "england-women-beat-spain-friendly-2029-09", a="Nadia Whitcombe", n="football", sect="sport", kick="Football"),
  ]))

# ---------------------------------------------------------------- 17505 POLITICO Playbook (RSS)
SEEDS.append(dict(
  id="17505", name="17505_politico-playbookrss", ext="xml", source="Politico", zone="America/New_York", render=r_politico_rss,
  title="POLITICO Playbook",
  basis="RSS pubDate '{s}' (zone abbreviation EDT = UTC-4, not a numeric offset); local {d} in {z}",
  notes="Imitates POLITICO's Playbook RSS 2.0 feed, here carrying the whole Playbook family for one day (Playbook, Playbook PM, London Playbook, Brussels Playbook, Berlin Bulletin, California and New York Playbook): one item per newsletter edition, newest first. pubDate uses the zone ABBREVIATION 'EDT' (UTC-4), e.g. 'Mon, 10 Sep 2029 16:05:00 EDT'. The European editions go out around dawn in Europe, i.e. just after midnight Eastern, so all seven items fall on 2029-09-10 in UTC (04:15-20:05 UTC). description is a one-paragraph teaser; dc:creator is the author. The edition name before the colon ('Brussels Playbook: ...') is part of the item title, so it is kept in the headline; topics follow what comes after it. Three off-beat editions (Playbook PM, California, New York).",
  not_entries=["channel title/link/description/language/copyright/image", "item link, guid, category and media:thumbnail elements"],
  entries=[
  OFF("2029-09-10 16:05", "Playbook PM: The shutdown math gets real",
    ["Congress has 20 days to pass a funding bill, and neither chamber has scheduled a vote. Here is who is blinking first."],
    "us-shutdown-countdown-2029-09", a="Ellis Marchetti", n="US budget politics", nl="playbook-pm", cat="Playbook PM"),
  OFF("2029-09-10 10:30", "California Playbook: Sacramento's final-week sprint",
    ["Lawmakers have until Friday to send bills to the governor, and the housing package is still several votes short in the Assembly."],
    "california-legislature-final-week-2029-09", a="Dana Whitlow", n="California politics", nl="california-playbook", cat="California Playbook"),
  E("2029-09-10 06:00", "Playbook: The Ukraine arms-sales fight nobody is talking about",
    ["Pentagon officials want to slow sales of Patriot interceptors to European buyers who pass them on to Ukraine, arguing U.S. stocks are too thin. The State Department is pushing back, and the dispute is headed for the Situation Room this week."],
    "aid", "aid", 2, "us-interagency-dispute-patriot-sales-2029-09", a="Ellis Marchetti", nl="playbook", cat="Playbook",
    n="funding/arms-supply debate: aid"),
  OFF("2029-09-10 05:45", "New York Playbook: Albany's congestion-pricing sequel",
    ["State lawmakers are quietly drafting a second toll zone for upper Manhattan, and the outer-borough delegation is not happy about it."],
    "new-york-congestion-pricing-2029-09", a="Priya Castellanos", n="New York politics", nl="new-york-playbook", cat="New York Playbook"),
  E("2029-09-10 01:30", "London Playbook: Defence secretary heads to Kyiv with a drone deal",
    ["The defence secretary arrives in Kyiv today to sign an agreement under which British factories will build Ukrainian-designed interceptor drones, Playbook is told. Downing Street hopes the first batch ships before Christmas."],
    "diplomacy", "diplomacy", 3, "uk-defence-secretary-kyiv-visit-drone-deal-2029-09-10", a="Rowan Adeyemi", sec=["aid"], nl="london-playbook", cat="London Playbook",
    n="ministerial visit (headline leads with the trip) carrying an arms-production deal: diplomacy primary, aid secondary"),
  E("2029-09-10 00:50", "Brussels Playbook: The sanctions package finally lands",
    ["EU ambassadors cleared the bloc's new package of Russia sanctions late on Sunday after Slovakia dropped its last objection, diplomats said. Foreign ministers will rubber-stamp it today, adding 118 tankers to the shadow-fleet list."],
    "diplomacy", "diplomacy", 3, "eu-russia-sanctions-package-adopted-2029-09", a="Camille Verhoeven", nl="brussels-playbook", cat="Brussels Playbook"),
  E("2029-09-10 00:15", "Berlin Bulletin: The Taurus question is back",
    ["Coalition lawmakers are again pressing the chancellery to send Taurus cruise missiles to Ukraine, and this time the defence ministry is not standing in the way."],
    "aid", "aid", 2, "germany-taurus-debate-2029-09", a="Lukas Brandauer", nl="berlin-bulletin", cat="Berlin Bulletin"),
  ]))

# ---------------------------------------------------------------- 17506 FT FirstFT
SEEDS.append(dict(
  id="17506", name="17506_ft-firstft", ext="html", source="Financial Times", zone="Europe/London", render=r_ft,
  title="FirstFT: Nato allies pledge new air-defence fund for Ukraine", page_t="2029-09-11 05:00", byline="Harriet Lowndes",
  url="https://www.ft.com/content/5c2e8b1d-7a44-4f3e-9d61-0b8e2f7c1a93",
  standfirst="Also in today\u2019s newsletter: US inflation figures, a chipmaker\u2019s blowout quarter and England\u2019s water bills",
  caption="A Patriot air-defence launcher during an exercise in Poland \u00a9 Bloomberg",
  agenda=["Economic data: The US publishes consumer price inflation figures for August; economists expect the annual rate to ease to 2.6 per cent.",
          "Nato: Defence ministers gather in Brussels for two days of talks.",
          "Results: Retailers in Britain and Germany report half-year figures."],
  bigread="The Big Read: Inside Europe\u2019s race to build missiles faster \u2014 Arms makers say they can double output if governments sign contracts that last longer than a single budget year.",
  alsoreading=["Why the Gulf\u2019s sovereign funds are buying European football clubs", "The quiet comeback of the landline"],
  chart="Chart of the day: Ukraine\u2019s share of Europe\u2019s imports of sunflower oil has recovered to pre-war levels, customs data shows.",
  brk="Take a break from the news: A restaurant critic tours Lisbon\u2019s new wave of tascas, where lunch still costs less than \u20ac15.",
  contrib="Additional contributions by Oren Blackwood and Sofia Rinaldi",
  basis="no per-item time printed: the visible date 'September 11 2029' sits in <time datetime=\"2029-09-11T04:00:00.000Z\">, repeated as JSON-LD datePublished; that instant (05:00 BST) dates every item; local {d} in {z}",
  notes="Imitates the on-site (web) version of the FT's FirstFT newsletter, HTML with NewsArticle JSON-LD. The visible page shows only the date 'September 11 2029'; the time exists only in the <time datetime> attribute and JSON-LD datePublished (2029-09-11T04:00:00.000Z = 05:00 BST), used for every item (stamp null). The italic on-site-version note and a lone 'Good morning.' paragraph precede the lead story; the lead story is entry 1 with the h1 as its headline. 'Here's what else I'm keeping tabs on today' is a forward agenda (not entries). 'Five more top stories' are numbered items whose bold lead-ins are taken as headlines; the trailing 'Read more' links are chrome. Author = the byline Harriet Lowndes for every item. Three off-beat items (US inflation, chipmaker results, water bills).",
  not_entries=["cookie banner", "header and navigation", "topic link 'FirstFT'", "h1 (page title; also the lead entry's headline)", "standfirst 'Also in today\u2019s newsletter: ...'",
               "photo caption", "byline and the date 'September 11 2029'", "save/print/gift buttons", "italic on-site-version note", "'Good morning.' paragraph",
               "'Here\u2019s what else I\u2019m keeping tabs on today:' agenda (three bullets)", "'Five more top stories' label and the 'Read more' links",
               "'The Big Read' teaser", "'We\u2019re also reading . . .' links", "'Chart of the day' and its source line", "'Take a break from the news'",
               "'Additional contributions by ...'", "'Recommended newsletters for you' (two promos)", "copyright line, topic follow rail, footer"],
  entries=[
  E("2029-09-11 05:00", "FirstFT: Nato allies pledge new air-defence fund for Ukraine",
    ["Nato allies have agreed to set up a jointly financed fund to buy air-defence systems for Ukraine, with initial pledges of about $40bn over four years, according to officials involved in the talks.",
     "The fund, due to be announced at a meeting of defence ministers in Brussels this week, is meant to give manufacturers the long-term orders they say they need before expanding production of interceptor missiles.",
     "Germany and the Nordic countries will provide most of the money in the first year. Italy and Spain, which have resisted binding targets, are expected to contribute smaller sums.",
     "\u201cThis is about making sure Ukraine is not living from one delivery to the next,\u201d said a senior Nato diplomat."],
    "aid", "aid", 3, "nato-air-defence-fund-ukraine-2029-09", a="Harriet Lowndes"),
  E("2029-09-11 05:00", "Ukrainian drones hit Volgograd refinery",
    ["Ukraine\u2019s drone forces said they struck an oil refinery in Russia\u2019s Volgograd region overnight, starting a fire at a crude distillation unit. The regional governor said falling debris had caused the blaze and that no one was hurt."],
    "strikes", "strikes", 2, "volgograd-refinery-drone-strike-2029-09-11", a="Harriet Lowndes"),
  OFF("2029-09-11 05:00", "US inflation expected to ease",
    ["Economists polled by the FT expect consumer price figures due today to show annual inflation slowing for a third month, strengthening the case for an interest rate cut next week."],
    "us-inflation-august-2029", a="Harriet Lowndes", n="US economy"),
  OFF("2029-09-11 05:00", "Chipmaker beats forecasts",
    ["Shares in Veltrix Semiconductor rose 11 per cent in after-hours trading after the chip designer reported quarterly revenue well above analysts\u2019 forecasts, driven by demand from data centres."],
    "veltrix-quarterly-results-2029-09", a="Harriet Lowndes", n="company results"),
  E("2029-09-11 05:00", "IMF approves $1.1bn for Ukraine",
    ["The IMF\u2019s board signed off on a $1.1bn disbursement to Ukraine after a review found Kyiv had met targets on tax collection and bank supervision."],
    "aid", "aid", 2, "imf-disbursement-ukraine-2029-09", a="Harriet Lowndes"),
  OFF("2029-09-11 05:00", "England\u2019s water bills to rise again",
    ["Households in England and Wales face another above-inflation rise in water bills next year after the regulator approved higher spending on sewage works."],
    "england-water-bills-2029", a="Harriet Lowndes", n="UK utilities"),
  ]))

# ---------------------------------------------------------------- 17507 The Atlantic (newsletters Atom feed)
SEEDS.append(dict(
  id="17507", name="17507_atlantic-newslettersatom", ext="xml", source="The Atlantic", zone="America/New_York", render=r_atlantic_atom,
  title="Newsletters | The Atlantic",
  basis="Atom <published> '{s}' (explicit -04:00 offset = EDT); local {d} in {z}",
  notes="Imitates The Atlantic's Atom feed for its newsletters channel: The Atlantic Daily plus sister newsletters (Peacefield, Atlantic Intelligence, The Books Briefing, Work in Progress, The Weekly Planet), newest first. <published> carries the -04:00 offset. The newsletter name is only in <category term>; the item titles are ordinary headlines. <summary> is the dek (not a body paragraph); <content type=\"html\"> holds a figure caption (chrome) and the text paragraphs, escaped once. Both war items are essays/analysis (importance 2). Four off-beat items.",
  not_entries=["feed title/subtitle/links/id/updated/rights", "each entry's <summary> dek", "figure captions inside the content", "category terms"],
  entries=[
  E("2029-09-12 18:05", "The Missiles Europe Can\u2019t Make Fast Enough",
    ["Every night that Russia sends drones and missiles at Ukraine, the arithmetic gets a little worse.",
     "An interceptor can cost more than a million dollars. The drones it is fired at cost a few tens of thousands. European factories that were built to supply armies in peacetime are being asked to produce in months what they once made in years.",
     "The answer, officials in Berlin and The Hague keep telling me, is contracts long enough to justify new production lines. The trouble is that budgets are still written one year at a time."],
    "aid", "aid", 2, "analysis-europe-interceptor-production-2029-09", a="Julian Ashcombe", cat="The Atlantic Daily",
    dek="Ukraine\u2019s air defense depends on factories that were designed for a different era.", cap="Illustration by The Atlantic. Source: Getty.",
    n="theme piece (essay on interceptor supply), no single event"),
  E("2029-09-12 15:30", "Why Putin Keeps Talking About Talks",
    ["The Kremlin has once again said it is open to negotiations, and once again set conditions that amount to Ukraine\u2019s surrender.",
     "This is not a contradiction. Talking about talks costs Moscow nothing, divides Western capitals and buys time while Russian troops press forward in the east.",
     "The more useful question for Washington and Brussels is not whether Putin wants peace, but what would make continuing the war more expensive for him than stopping it."],
    "diplomacy", "diplomacy", 2, "analysis-kremlin-negotiation-rhetoric-2029-09", a="Teodor Wilk", cat="Peacefield",
    dek="The Kremlin\u2019s offers of negotiation are a weapon, not a concession.", cap="Photograph by Sergei Lavrin / AFP / Getty.",
    n="analysis/opinion on diplomacy, no single event"),
  OFF("2029-09-12 12:00", "The Chatbots Are Grading the Homework Now",
    ["Teachers say AI tools have quietly taken over the most tedious part of their jobs, and students have noticed."],
    "ai-grading-schools-2029", a="Maren Oyelaran", n="technology/education", cat="Atlantic Intelligence",
    dek="What happens when both sides of the classroom are automated?", cap="Illustration by The Atlantic."),
  OFF("2029-09-12 10:00", "Six Books for the Last Days of Summer",
    ["Our editors picked novels short enough to finish before the weather turns, and one long one that is worth the effort."],
    "books-end-of-summer-2029", a="Corinne Abernathy", n="books", cat="The Books Briefing",
    dek="Reading for the season\u2019s final stretch.", cap="Illustration by The Atlantic."),
  OFF("2029-09-12 08:00", "The Jobs Report That Wasn\u2019t",
    ["A revision to last month\u2019s employment figures wiped out most of the gains economists had celebrated, and that tells us more than the headline number did."],
    "us-jobs-revision-2029-09", a="Dominic Yeats", n="US economy", cat="Work in Progress",
    dek="Why revisions matter more than the monthly headline.", cap="Photograph by Bloomberg / Getty."),
  OFF("2029-09-12 07:00", "A Hurricane Season That Refuses to End",
    ["Warm water in the Gulf of Mexico means forecasters expect storms well into November, and insurers are already pulling back from coastal Florida."],
    "hurricane-season-insurance-2029", a="Selene Marquardt", n="climate/insurance", cat="The Weekly Planet",
    dek="The Atlantic hurricane season is getting longer.", cap="Photograph by NOAA."),
  ]))

# ---------------------------------------------------------------- 17508 Business Insider Today
SEEDS.append(dict(
  id="17508", name="17508_businessinsider-today", ext="txt", source="Business Insider", zone="America/New_York", render=r_bi,
  title="Business Insider Today: Russia's shadow fleet is running out of places to hide", page_t="2029-09-13 06:27", byline="Alistair Penhaligon",
  caption="An oil tanker at anchor in the Gulf of Finland. Getty Images; Marisol Tran/BI",
  intro=["Good morning. Thursday already! Hope your week has gone faster than mine.",
         "In today's big story, we're looking at why tankers carrying Russian oil are suddenly finding fewer ports willing to take them."],
  deck=["Markets: Oil jumped overnight after drones hit a Russian Baltic port.",
        "Tech: A startup wants to put a data center on a barge.",
        "Business: Why airlines are suddenly obsessed with your carry-on bag."],
  butfirst="a programming note: there will be no newsletter on Monday.",
  othernews=["Trader Joe's is opening 40 new stores, and shoppers are already lining up.",
             "Fed officials are split over how fast to cut rates.",
             "The 10 best cities for remote workers in 2029."],
  today=["Results from a major European airline and a US grocery chain.", "The European Central Bank announces its rate decision."],
  team="The Business Insider Today team: Alistair Penhaligon, deputy editor and anchor, in New York. Jules Okafor, editor, in London. Renata Szabo, senior editor, in New York.",
  basis="no per-item time: the page stamp 'Sep 13, 2029, 6:27 AM ET' (12-hour clock, 'ET' = EDT) dates every item; local {d} in {z}",
  notes="Imitates the web version of the Business Insider Today newsletter, copied from the browser. One page stamp under the author line: 'Sep 13, 2029, 6:27 AM ET' (10:27 UTC), used for every item (stamp null). Author = the byline Alistair Penhaligon for every item. The intro ('Good morning...'), the 'What's on deck' preview, 'But first, ...' and the sign-up line are chrome. 'The big story' has its own heading line (headline) followed by paragraphs; the '3 things in markets' / '3 things in tech' items are numbered lines ('1. Drone strikes ...') whose text after the number is the headline. 'In other news' and 'What's happening today' are link/agenda lists, not entries. Three off-beat items.",
  not_entries=["masthead, Subscribe, Newsletters, Search, navigation", "'Newsletter' label", "title line (page title)", "author line and the stamp 'Sep 13, 2029, 6:27 AM ET'",
               "Share / Save", "photo caption with credits", "'This post originally appeared in the Business Insider Today newsletter...' note",
               "intro paragraphs 'Good morning...' and 'In today's big story...'", "'What's on deck' and its three preview lines", "'But first, a programming note...'",
               "'If this was forwarded to you, sign up here...'", "section labels 'The big story', '3 things in markets', '3 things in tech'",
               "'In other news' (three link headlines)", "'What's happening today' (two agenda lines)", "team credits line", "'Read next' and copyright"],
  entries=[
  E("2029-09-13 06:27", "Ghost tankers, nowhere to dock",
    ["For three years, a fleet of aging tankers with murky owners has kept Russian oil flowing despite Western sanctions.",
     "That is getting harder. Since the EU's latest package came into force on Monday, at least nine tankers on its list have been turned away from ports in Asia and the Mediterranean, according to ship-tracking data reviewed by BI.",
     "Traders say the discounts Russia has to offer on its crude have widened to the biggest in more than a year, which eats directly into the revenue Moscow uses to pay for the war.",
     "Not everyone is convinced it will last. \"Every time a door closes, a new flag of convenience opens,\" a shipping lawyer in Dubai told me."],
    "diplomacy", "diplomacy", 2, "analysis-shadow-fleet-sanctions-squeeze-2029-09", a="Alistair Penhaligon", sect="The big story",
    n="theme piece on the effect of sanctions; mentions the EU package adopted on 10 September but is its own story"),
  E("2029-09-13 06:27", "Drone strikes on a Russian port lift oil prices",
    ["Brent crude rose 2.4% to $78 a barrel after Ukrainian drones set storage tanks on fire at the Baltic port of Primorsk overnight and loadings were halted."],
    "strikes", "strikes", 2, "primorsk-port-drone-strike-2029-09-13", a="Alistair Penhaligon", sect="3 things in markets"),
  OFF("2029-09-13 06:27", "Treasury yields slip ahead of the Fed",
    ["The 10-year yield fell to its lowest level since June as traders bet the central bank will cut rates next week."],
    "us-treasury-yields-2029-09-13", a="Alistair Penhaligon", n="markets", sect="3 things in markets"),
  E("2029-09-13 06:27", "European defense stocks hit a record",
    ["An index of European arms makers closed at an all-time high after NATO allies agreed on a new air-defense fund, which investors read as a promise of orders for years to come."],
    "other", "security", 2, "european-defence-stocks-record-2029-09", a="Alistair Penhaligon", sect="3 things in markets",
    n="defence industry/markets; mentions the NATO fund but is its own story"),
  OFF("2029-09-13 06:27", "A data center that floats",
    ["A California startup wants to moor server farms on barges in San Francisco Bay and cool them with seawater."],
    "floating-data-center-startup-2029", a="Alistair Penhaligon", n="tech", sect="3 things in tech"),
  OFF("2029-09-13 06:27", "Phones without chargers, again",
    ["Two of the biggest smartphone makers will stop shipping charging cables in Europe next year, citing new EU packaging rules."],
    "smartphone-cables-eu-rules-2029", a="Alistair Penhaligon", n="tech", sect="3 things in tech"),
  ]))

# ---------------------------------------------------------------- 17509 The Economist, The world in brief
SEEDS.append(dict(
  id="17509", name="17509_economist-worldinbrief", ext="html", source="The Economist", zone="Europe/London", render=r_economist,
  title="The world in brief", page_t="2029-09-14 06:12",
  figure="37%: the share of Ukraine\u2019s electricity that now comes from small gas turbines and solar farms scattered across the country.",
  figure_more="Dispersed generation is harder for Russian missiles to knock out than a handful of big power stations. Read the full story.",
  quiz="Thursday\u2019s question was: which European capital was the first to run all its buses on electricity? The answer will be in tomorrow\u2019s edition.",
  basis="no per-item time printed: the visible date 'Sep 14th 2029' sits in <time datetime=\"2029-09-14T05:12:00Z\">, also JSON-LD datePublished; that instant (06:12 BST) dates every item; local {d} in {z}",
  notes="Imitates The Economist's 'The world in brief' web page, HTML with WebPage JSON-LD. No bylines (The Economist prints none: author null) and no headlines: each item is one paragraph whose first sentence carries the news (headline null). The visible date is 'Sep 14th 2029' with an ordinal suffix; the time exists only in <time datetime=\"2029-09-14T05:12:00Z\"> and JSON-LD, used for every item (stamp null). 'Figure of the day' (a statistic about Ukraine's power grid) and the daily quiz are chrome. Three off-beat items.",
  not_entries=["'Skip to content', header and navigation, Search / Subscribe / Log in", "h1 'The world in brief' (page title) and the subtitle 'Catch up quickly on the global stories that matter'",
               "date 'Sep 14th 2029'", "audio player 'Listen to this page 00:00 / 05:41'", "'Figure of the day' heading and its two paragraphs (37% statistic)",
               "'Daily quiz' heading and paragraph", "subscription box", "footer"],
  entries=[
  E("2029-09-14 06:12", None,
    ["Russia launched its biggest air attack on Ukraine since the spring, firing more than 600 drones and 40 missiles at cities across the country. At least eight people were killed, five of them in Dnipro. Ukraine\u2019s air force said it had shot down most of the drones but struggled to stop the ballistic missiles."],
    "strikes", "strikes", 3, "russian-mass-air-attack-2029-09-13"),
  E("2029-09-14 06:12", None,
    ["Hungary once again blocked the release of \u20ac6.6bn ($7.3bn) from an EU fund that pays for weapons for Ukraine. Other member states are discussing ways to get around Budapest\u2019s veto."],
    "aid", "aid", 2, "hungary-blocks-eu-military-fund-2029-09"),
  OFF("2029-09-14 06:12", None,
    ["America\u2019s Senate passed a bill to keep the federal government open until December. The House of Representatives is expected to vote on it next week."],
    "us-senate-passes-stopgap-2029-09", n="US budget politics"),
  E("2029-09-14 06:12", None,
    ["Ukraine and Poland struck a deal to settle a long-running dispute over Ukrainian grain, which had led Polish farmers to blockade border crossings. Under the agreement Ukraine will license its exports of wheat and maize to its neighbour."],
    "diplomacy", "diplomacy", 2, "ukraine-poland-grain-deal-2029-09"),
  OFF("2029-09-14 06:12", None,
    ["China\u2019s exports grew by 9% year on year in August, faster than economists had expected, as shipments to South-East Asia and Africa made up for weaker American demand."],
    "china-exports-august-2029", n="Chinese trade data"),
  E("2029-09-14 06:12", None,
    ["NATO began a two-week air-defence exercise in Romania involving 20 countries. It is the alliance\u2019s largest such drill near the Black Sea."],
    "other", "security", 2, "nato-air-defence-exercise-romania-2029-09", n="military drill: other/security"),
  OFF("2029-09-14 06:12", None,
    ["Brazil\u2019s supreme court suspended the licence of a gold-mining company in the Amazon over illegal deforestation."],
    "brazil-amazon-mining-licence-2029-09", n="Brazil courts/environment"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_pellaby(S):
    """text live blog, newest first; 'Key Points' block; stamp line '15.42 BST' (24-hour clock with a dot) before the headline,
    'By NAME' under the headline; date line with year; 'Share this update' chrome."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Home | News | Sport | Business | Opinion | Puzzles | Live", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["- " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} BST"; stamps.append(st)
        L += [st, e["h"]]
        if e["a"]:
            L += [f"By {e['a']}"]
        L += [""] + ptxt(e["p"]) + ["Share this update", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Show more updates", "", f"{S['source']} \u00b7 About us \u00b7 Contact \u00b7 Privacy \u00b7 Cookies \u00b7 Terms"]
    return "\n".join(L) + "\n", stamps


def r_corvanne(S):
    """HTML live blog, oldest first; LiveBlogPosting JSON-LD with a liveBlogUpdate per post (datePublished with offset, author,
    articleBody; none for the video teaser); visible stamp '20 September, 10:52' (day and month, no year) in <time datetime>."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{4410 + i}", "headline": e["h"], "datePublished": d.isoformat()}
        if e["p"]:
            u["articleBody"] = "\n".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {S["source"]}</title>',
           ld_script(ld), '</head><body>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a>War</a> <a>Politics</a> <a>Economy</a> <a>Regions</a> <a>Opinion</a> <a>Become a member</a></nav></header>',
           f'<main><p class="tag">LIVE</p><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>',
           '<p class="note">Updates are listed in chronological order. Refresh the page for the latest.</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]}, {d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="post" id="post-{4410 + i}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="post-author">by {esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="video-embed"><iframe title="video player"></iframe><p class="duration">01:06</p></div>')
        out.append('<footer class="post-tools"><a>Copy link</a> <a>Facebook</a> <a>Telegram</a></footer></article>')
        if i == 3:
            out.append('<aside class="related"><h4>Read more</h4><a href="/regions/zaporizhzhia-under-fire">Life in a city 35 km from the front</a></aside>')
    out += ['</main>', f'<footer>\u00a9 {first.year} {esc(S["source"])}. All rights reserved. <a>Editorial policy</a> <a>Contacts</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """RSS 2.0 feed, newest first; pubDate with the outlet's offset (S['rfc'] = 'GMT' or numeric); plain-text description;
    dc:creator when the item has an author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>',
           f'<atom:link href="{S["url"]}/rss.xml" rel="self" type="application/rss+xml"/>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', f'<lastBuildDate>{dt(S["entries"][0]["t"], z).strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else dt(S["entries"][0]["t"], z).strftime("%z"))}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else d.strftime("%z")); stamps.append(st)
        link = f"{S['url']}/{e.get('cat', 'world').lower()}/{slug(e['h'])[:40]}-{7301 + i * 13}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="false">{S["guid"]}:{7301 + i * 13}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{esc(e.get("cat", "World"))}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += [f'<description>{esc(" ".join(e["p"]))}</description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_feldhaven(S):
    """text article with section headings (one entry per section), two-name page byline, dateline with weekday, date, time and
    'CEST'; no per-section stamps."""
    same_time(S)
    L = [S["source"], "Politics   Economy   Europe   World   Culture   Opinion", "", "World \u203a Europe \u203a Ukraine", "", S["title"], "",
         S["lede"], "", f"By {S['byline']}", S["dateline"], "", "Print \u00b7 Share \u00b7 Bookmark", "", S["caption"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += [S["more"], "", "Comments (14)", "", f"\u00a9 {S['source']} \u00b7 Imprint \u00b7 Privacy \u00b7 Subscriptions"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_vessenby(S):
    """HTML live blog, newest first, no JSON-LD at all; headline h3 FIRST, then the meta line 'By NAME \u00b7 3:40 PM EDT' (stamp after
    the headline, in a span);
    page date line 'Friday, September 21, 2029'; photo-gallery teaser."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>',
           f'<div class="topbar">{esc(S["topbar"])}</div>',
           f'<header><a href="/">{esc(S["source"])}</a><nav><a>U.S.</a> <a>World</a> <a>Politics</a> <a>Business</a> <a>Opinion</a> <a>Newsletters</a></nav><a>Subscribe</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="dek">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, upper=True, space=' ')} {d.tzname()}"; stamps.append(st)
        out.append(f'<div class="update"><h3>{esc(e["h"])}</h3>')
        meta = (f'By {esc(e["a"])} \u00b7 ' if e["a"] else "") + f'<span class="update-time">{st}</span>'
        out.append(f'<p class="update-meta">{meta}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery"><span>Gallery</span> <span>1 of 12</span></div>')
        out.append('</div>')
        if i == 2:
            out.append('<div class="promo">Get our World Briefing newsletter. <a>Sign up</a></div>')
    out += ['<p><a href="/live/ukraine-sept-20">Read Thursday\u2019s updates</a></p></main>',
            f'<footer>{esc(S["source"])} \u00b7 Contact \u00b7 Corrections \u00b7 Privacy \u00b7 Terms</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO with the outlet's offset (Z for UTC); <author> when known; escaped HTML content."""
    z = S["zone"]; order_check(S, True)
    def iso(d):
        return d.isoformat().replace("+00:00", "Z")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>{S["url"]}/atom.xml</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f"{S['url']}/{d:%Y/%m/%d}/{slug(e['h'])[:44]}"
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link rel="alternate" href="{link}"/>', f'<id>{link}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_ashwold(S):
    """text live blog, oldest first; '8.05am' stamp lines (12-hour clock with a dot), 'All times BST' printed once under the
    date line; page byline for all posts; 'Share' chrome."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "News   Politics   World   Business   Sport   Live", "", S["title"], S["dateline"], "All times BST", S["byline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"]) + ["Share", ""]
        if i == 3:
            L += ["Advertisement", "", "Related: What the war has cost Ukraine's cities, in five charts", ""]
    L += ["That's all from us today. Thank you for following.", "", f"{S['source']} \u00b7 Contact \u00b7 Privacy \u00b7 Terms"]
    return "\n".join(L) + "\n", stamps


def r_ulverby(S):
    """text live blog, newest first; relative stamps ('12 mins ago', '1 hr ago', '4 hrs ago') counted from the printed
    'Last updated 18:05 BST'; date line 'Thursday 27 September' with NO year anywhere; 'Posted by NAME' under the stamp."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = [S["source"].upper(), "News | Ukraine | World | Sport | Weather", "", S["title"], S["dateline"], f"Last updated {ref:%H:%M} BST", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} mins ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hr ago" if mins == 60 else f"{mins // 60} hrs ago"
        stamps.append(st)
        L += [st]
        if e["a"]:
            L += [f"Posted by {e['a']}"]
        L += [e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["[Video] 0:42", ""]
        if i == 2:
            L += ["Get breaking news alerts on your phone: download our app.", ""]
    L += ["Load more posts", "", f"{S['source']} \u00b7 About \u00b7 Contact \u00b7 Privacy notice"]
    return "\n".join(L) + "\n", stamps


def r_carrowhill(S):
    """HTML live blog, oldest first; JSON-LD @graph whose article node has @type ['NewsArticle','LiveBlogPosting'] and no
    liveBlogUpdate; visible '6.42pm AEST' in <time datetime>; signature line after the body."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    base = S["url"].split("/live")[0]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": base + "/#org", "name": S["source"], "url": base},
        {"@type": "WebPage", "@id": S["url"] + "#webpage", "url": S["url"], "name": S["title"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "isPartOf": {"@id": S["url"] + "#webpage"},
         "publisher": {"@id": base + "/#org"}}]}
    out = ['<!DOCTYPE html>', '<html lang="en-AU"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>', ld_script(ld), '</head><body>',
           f'<header>{esc(S["source"])} <nav><a>News</a> <a>World</a> <a>Business</a> <a>Sport</a> <a>Lifestyle</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, sep='.')} {d.tzname()}"; stamps.append(st)
        out.append(f'<div class="lb-post"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">\u2014 {esc(e["a"])}</p>')
        out.append('</div>')
        if i == 1:
            out.append('<div class="promo">Download the Carrowhill Herald app for breaking news alerts.</div>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Contact us \u00b7 Privacy \u00b7 Conditions of use</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2029-09-20 (UTC), day 2 = 2029-09-21, day 3 = 2029-09-27.
ZAP = "zaporizhzhia-missile-strike-2029-09-20"
EUAD = "eu-air-defence-package-2029-09-20"
ZAPAN = "analysis-zaporizhzhia-warning-times"
ZAPAN_H = "Analysis: Why Zaporizhzhia gets less than a minute\u2019s warning"
ZAPAN_P = ["Today\u2019s attack is a reminder of how exposed Zaporizhzhia is.",
           "The city sits about 35km from the front line, and Russian launchers in the occupied south can reach it in well under a minute. Air-raid sirens often sound after the missiles have already landed.",
           "Ukrainian officials have asked for more Patriot batteries to cover the city, but the systems are scarce and Kyiv has to choose which cities to protect.",
           "Until that changes, residents rely on basement shelters and a habit of stepping away from windows the moment they hear a whistle."]
ZEL_P = ["President Volodymyr Zelensky said the missiles that hit Zaporizhzhia were aimed at people in their homes and at patients waiting to see a doctor, not at any military target.",
         "He renewed his appeal to allies for more Patriot systems, saying only ballistic-missile defence could have saved lives this morning."]

# ---------------------------------------------------------------- 17520 Pellaby Evening Star (day 1)
SEEDS.append(dict(
  id="17520", name="17520_pellaby-textlive", ext="txt", source="Pellaby Evening Star", zone="Europe/London", render=r_pellaby,
  title="Ukraine war live: nine dead in Zaporizhzhia missile strike; EU approves \u20ac4.5bn for air defence",
  dateline="Thursday 20 September 2029",
  lede="Russian ballistic missiles hit an apartment block and a hospital clinic in Zaporizhzhia this morning. Follow the day\u2019s developments here.",
  basis="stamp line '{s}' (UK time, zone printed) under the date line 'Thursday 20 September 2029'; local {d} in {z}",
  notes="Invented outlet (UK evening paper). Text live blog, newest first. Each post: a stamp line '18.10 BST' (24-hour clock with a dot), the headline, 'By NAME' (author), paragraphs and a 'Share this update' line. The 'Key Points' block at the top lists three post headlines (key_point true). Main story of the day: the Zaporizhzhia missile strike (toll 3 -> 9 on this page). 17520-03 (Kharkiv supermarket glide bomb) is another deadly strike the same day and must not merge with Zaporizhzhia. 17520-04 is a theme piece (analysis of warning times) that mentions the strike but is its own story; it is re-posted verbatim on day 2 by 17531.",
  not_entries=["masthead and navigation", "'LIVE' label", "page title", "date line 'Thursday 20 September 2029'", "standfirst 'Russian ballistic missiles hit ...'",
               "'Key Points' heading and its three bullet lines (headlines of posts 1-3, not separate entries)", "'Latest' label",
               "'By NAME' lines (authors)", "'Share this update' lines", "'Advertisement'", "'Show more updates'", "footer"],
  entries=[
  E("2029-09-20 18:10", "Zaporizhzhia death toll rises to nine",
    ["Nine people are now confirmed dead after this morning\u2019s missile strike on Zaporizhzhia, the regional governor said, including two children. Forty-two people were injured and 15 remain in hospital.",
     "Rescuers are still working through the collapsed section of the apartment block with cranes and sniffer dogs."],
    "strikes", "strikes", 3, ZAP, a="Tamsin Hale", kp=True, n="toll nine"),
  E("2029-09-20 16:35", "EU ministers sign off \u20ac4.5bn for Ukraine\u2019s air defences",
    ["European Union foreign ministers meeting in Brussels have approved \u20ac4.5bn for air-defence systems and interceptor missiles for Ukraine, the bloc\u2019s foreign policy chief said.",
     "The money comes from the European Peace Facility and from windfall profits on immobilised Russian central bank assets. Hungary abstained but did not block the decision."],
    "aid", "aid", 3, EUAD, a="Owain Prys", kp=True),
  E("2029-09-20 15:05", "Two killed as guided bomb hits Kharkiv supermarket",
    ["A Russian guided aerial bomb struck a supermarket in Kharkiv\u2019s Saltivskyi district this afternoon, killing two people and injuring 11, the city\u2019s mayor said.",
     "Emergency workers said part of the roof had collapsed onto the checkout area."],
    "strikes", "strikes", 3, "kharkiv-supermarket-glide-bomb-2029-09-20", a="Tamsin Hale", kp=True,
    n="another deadly strike the same day in another city: must not merge with the Zaporizhzhia strike"),
  E("2029-09-20 13:20", ZAPAN_H, ZAPAN_P, "strikes", "strikes", 2, ZAPAN, a="Gareth Mulvey",
    n="theme piece (analysis of warning times) that mentions the strike but is its own story; must not merge with the Zaporizhzhia strike"),
  E("2029-09-20 11:55", "Russia says strike hit \u2018military-industrial\u2019 target in Zaporizhzhia",
    ["Russia\u2019s defence ministry says its forces struck what it called a military-industrial facility in Zaporizhzhia with Iskander missiles. It made no mention of the residential building or the clinic that Ukrainian officials say were hit.",
     "The Kremlin\u2019s spokesman told reporters that Russia does not target civilians."],
    "strikes", "strikes", 3, ZAP, a="Owain Prys", n="Russian claim about the attack itself: same story"),
  E("2029-09-20 10:15", "Missile strike on Zaporizhzhia kills three, governor says",
    ["At least three people have been killed and 18 injured after two Russian ballistic missiles hit Zaporizhzhia this morning, the regional governor has said.",
     "One missile struck a nine-storey apartment block; the other hit the outpatient building of a city hospital. Patients were moved to other sites."],
    "strikes", "strikes", 3, ZAP, a="Tamsin Hale", n="first report, toll three"),
  E("2029-09-20 08:05", "Ukraine says it shot down 97 of 112 Russian drones overnight",
    ["Ukraine\u2019s air force says Russia launched 112 attack drones overnight, of which 97 were shot down or jammed.",
     "Debris damaged a warehouse in the Sumy region. No injuries were reported."],
    "strikes", "strikes", 2, "overnight-russian-drone-attack-2029-09-20", a="Gareth Mulvey", n="overnight drone raid (before the missile strike): must not merge with Zaporizhzhia"),
  ]))

# ---------------------------------------------------------------- 17521 Corvanne Tribune (day 1)
SEEDS.append(dict(
  id="17521", name="17521_corvanne-ldlive", ext="html", source="Corvanne Tribune", zone="Europe/Kyiv", render=r_corvanne,
  title="Russian missiles hit Zaporizhzhia: live updates", url="https://corvanne-tribune.example/live/2029/09/20/zaporizhzhia-strike",
  dateline="Thursday, 20 September 2029",
  lede="Two ballistic missiles struck a residential building and a hospital clinic in Zaporizhzhia. We are following the rescue operation and reactions.",
  basis="visible stamp '{s}' (Kyiv time; day and month, no year) in <time datetime> with the full offset; year from the dateline 'Thursday, 20 September 2029'; JSON-LD liveBlogUpdate datePublished agrees; local {d} in {z}",
  notes="Invented outlet (Ukrainian English-language site). HTML live blog, oldest first (a printed note says so). JSON-LD LiveBlogPosting with one liveBlogUpdate per post: datePublished with +03:00, headline, author, articleBody (the video teaser has none). Visible stamps '20 September, 10:52' (no year) in <time datetime>. 17521-01 (drone kills driver near Orikhiv, Zaporizhzhia region) is the same region but another attack: must not merge with the city strike. 17521-04 is a 'Watch:' video teaser with no text (importance 1, story = the strike). 17521-07 repeats 17521-03 near-verbatim (same headline, same first paragraph): duplicate_of 17521-03. Toll grows 2 -> 7 on this page.",
  not_entries=["header and navigation", "'LIVE' tag", "page title", "dateline", "lead paragraph", "note 'Updates are listed in chronological order...'",
               "'by NAME' lines", "video embed with duration '01:06' in the teaser", "post tools (Copy link / Facebook / Telegram)",
               "'Read more' related link after the fourth post", "footer"],
  entries=[
  E("2029-09-20 09:12", "Drone kills driver near Orikhiv",
    ["A Russian FPV drone hit a civilian car on the outskirts of Orikhiv in the Zaporizhzhia region early this morning, killing the 54-year-old driver, the regional military administration said.",
     "Orikhiv, a few kilometres from the front line, comes under fire almost every day."],
    "strikes", "strikes", 3, "orikhiv-drone-attack-2029-09-20", a="Marko Hladun",
    n="same region as the Zaporizhzhia city strike but a different attack: must not merge; deadly strike, importance 3"),
  E("2029-09-20 11:02", "Ballistic missiles hit Zaporizhzhia apartment block and clinic",
    ["Two ballistic missiles struck Zaporizhzhia at about 10:40, hitting a residential building and a hospital\u2019s outpatient clinic, the regional governor said.",
     "Initial reports speak of two people killed and at least 11 wounded. Emergency crews are at both sites."],
    "strikes", "strikes", 3, ZAP, a="Marko Hladun", n="toll two; the clock time 10:40 in the text is the strike time, not a stamp"),
  E("2029-09-20 12:25", "Zelensky: Russia aimed at people, not soldiers", ZEL_P,
    "strikes", "strikes", 3, ZAP, a="Oksana Dvoretska", sec=["aid"], n="reaction whose main content is the attack: same story; appeal for Patriots as secondary aid"),
  E("2029-09-20 13:40", "Watch: Rescuers search rubble in Zaporizhzhia", [],
    "strikes", "strikes", 1, ZAP, n="video teaser, no text body"),
  E("2029-09-20 15:10", "Toll in Zaporizhzhia climbs to seven",
    ["Seven people have now died in the morning missile strike on Zaporizhzhia, the State Emergency Service said. Thirty-one people were injured, among them four children.",
     "Rescuers pulled a woman alive from the rubble shortly after 14:00."],
    "strikes", "strikes", 3, ZAP, a="Marko Hladun", n="toll seven"),
  E("2029-09-20 16:45", "EU approves \u20ac4.5bn air-defence package",
    ["EU foreign ministers have agreed to spend \u20ac4.5bn on air defence for Ukraine, Ukraine\u2019s foreign minister said, thanking the bloc for what he called a timely decision on a painful day.",
     "The package will pay for interceptor missiles and several short-range systems to be delivered before winter."],
    "aid", "aid", 3, EUAD, a="Oksana Dvoretska"),
  E("2029-09-20 17:30", "Zelensky: Russia aimed at people, not soldiers",
    [ZEL_P[0], "He again appealed to allies for more Patriot systems, saying only ballistic-missile defence could have saved lives this morning."],
    "strikes", "strikes", 1, ZAP, a="Oksana Dvoretska", sec=["aid"], dup="17521-03", n="near-verbatim repeat of 17521-03"),
  ]))

# ---------------------------------------------------------------- 17522 Quillmoor World Service (day 1)
SEEDS.append(dict(
  id="17522", name="17522_quillmoor-worldrss", ext="xml", source="Quillmoor World Service", zone="UTC", render=r_rss, rfc="GMT",
  title="Quillmoor World Service \u2013 World", url="https://quillmoor-world.example/news", guid="qws-world",
  lede="Top world stories from Quillmoor World Service",
  basis="RSS pubDate '{s}' (GMT); local {d} in {z}",
  notes="Invented outlet. General world RSS feed, newest first, pubDate in GMT, no authors. Only two of six items are about the war: the Zaporizhzhia strike (spelled 'Zaporozhye', toll nine) and the EU air-defence package. Four off-beat items (Bank of England, Peru earthquake, Japan typhoon, marathon).",
  not_entries=["channel title/link/description/language/lastBuildDate", "item link, guid and category elements"],
  entries=[
  OFF("2029-09-20 19:30", "Bank of England holds interest rates at 3.25%",
    ["The Bank of England kept its main interest rate unchanged on Thursday, with policymakers split 6-3 over whether inflation had cooled enough to allow a cut."],
    "bank-of-england-rates-2029-09-20", n="UK monetary policy", cat="Business"),
  E("2029-09-20 17:45", "Nine killed in Russian missile strike on Zaporozhye",
    ["The death toll from Thursday\u2019s Russian ballistic missile attack on the Ukrainian city of Zaporozhye has risen to nine, local officials said, with more than 40 people injured. A residential building and a hospital clinic were hit."],
    "strikes", "strikes", 3, ZAP, n="spelling 'Zaporozhye'; toll nine", cat="Europe"),
  OFF("2029-09-20 15:20", "Strong earthquake strikes off Peru\u2019s coast",
    ["A magnitude 6.8 earthquake struck off the coast of southern Peru, shaking buildings in Arequipa, but there were no immediate reports of serious damage."],
    "peru-earthquake-2029-09-20", n="earthquake", cat="Americas"),
  E("2029-09-20 13:10", "EU agrees extra air-defence money for Kyiv",
    ["European Union foreign ministers agreed on Thursday to provide \u20ac4.5bn for Ukraine\u2019s air defences, diplomats said, after Hungary dropped its threat of a veto."],
    "aid", "aid", 3, EUAD, cat="Europe"),
  OFF("2029-09-20 10:40", "Typhoon forces evacuations in southern Japan",
    ["Tens of thousands of people were told to leave their homes in Okinawa and Kagoshima as a powerful typhoon approached with gusts of up to 200km/h."],
    "japan-typhoon-evacuations-2029-09-20", n="weather", cat="Asia"),
  OFF("2029-09-20 08:15", "Double Olympic marathon champion to retire",
    ["Faith Kiprono, who won the Olympic marathon twice, said she would retire after next month\u2019s race in Chicago."],
    "kiprono-retirement-2029", n="athletics", cat="Sport"),
  ]))

# ---------------------------------------------------------------- 17523 Feldhaven Observer (day 1)
SEEDS.append(dict(
  id="17523", name="17523_feldhaven-article", ext="txt", source="Feldhaven Observer", zone="Europe/Berlin", render=r_feldhaven,
  title="Zaporizhia strike kills nine as EU finds money for air defence", page_t="2029-09-20 19:40",
  lede="Ukraine\u2019s south-eastern city suffered its worst attack this year, hours before European ministers agreed a new air-defence package.",
  byline="Jonas Albrecht and Petra Lindqvist", dateline="Thursday, 20 September 2029, 19:40 CEST",
  caption="Rescue workers at the damaged apartment block in Zaporizhia. Photo: Feldhaven Observer",
  more="More on this topic: Germany\u2019s air-defence promises, a tally",
  basis="no per-section time: the dateline 'Thursday, 20 September 2029, 19:40 CEST' dates every section; local {d} in {z}",
  notes="Invented outlet (Germany-based, English edition). Text article with three section headings; each section is one entry (headline = heading), stamp null, published = the dateline time (17:40 UTC). Page byline with two names kept as one author string. Spells the city 'Zaporizhia'. Section 3 (Berlin weighing more IRIS-T launchers) is a separate aid story: must not merge with the EU package (same theme, other decision).",
  not_entries=["masthead and navigation", "breadcrumb 'World \u203a Europe \u203a Ukraine'", "headline (page title)", "standfirst", "byline", "dateline",
               "'Print \u00b7 Share \u00b7 Bookmark'", "photo caption", "'More on this topic: ...' link", "'Comments (14)'", "footer"],
  entries=[
  E("2029-09-20 19:40", "The deadliest attack on the city this year",
    ["Two Russian ballistic missiles killed nine people in Zaporizhia on Thursday morning, according to Ukrainian officials, the deadliest attack on the city so far this year.",
     "One missile tore through the upper floors of an apartment block; the other hit a hospital\u2019s outpatient wing where dozens of people were waiting for appointments.",
     "Russia said it had hit a military-industrial target."],
    "strikes", "strikes", 3, ZAP, a="Jonas Albrecht and Petra Lindqvist", n="spelling 'Zaporizhia'; toll nine"),
  E("2029-09-20 19:40", "Brussels finds the money for interceptors",
    ["In Brussels, EU foreign ministers approved \u20ac4.5bn for Ukrainian air defence, the largest such decision this year.",
     "Diplomats said the timing was coincidental, but several ministers referred to Zaporizhia as they arrived for the meeting."],
    "aid", "aid", 3, EUAD, a="Jonas Albrecht and Petra Lindqvist"),
  E("2029-09-20 19:40", "Berlin weighs more IRIS-T launchers",
    ["The German government is considering sending Ukraine two more IRIS-T launchers from Bundeswehr stocks, according to people familiar with the talks.",
     "A decision is expected after the defence ministry finishes a review of its own needs next month."],
    "aid", "aid", 2, "germany-iris-t-launchers-consideration-2029-09", a="Jonas Albrecht and Petra Lindqvist",
    n="same aid theme, different decision: must not merge with the EU package"),
  ]))

# ---------------------------------------------------------------- day 2 = 2029-09-21
EXCH = "prisoner-exchange-2029-09-21"
SWAP_P = ["One hundred and eighty-five Ukrainian soldiers are home after a prisoner exchange with Russia, President Zelensky has announced, in a swap that returned 370 people in total.",
          "Russia received the same number of its own servicemen, according to its defence ministry."]

# ---------------------------------------------------------------- 17530 Vessenby Post (day 2)
SEEDS.append(dict(
  id="17530", name="17530_vessenby-htmllive", ext="html", source="Vessenby Post", zone="America/New_York", render=r_vessenby,
  title="Ukraine and Russia swap prisoners; Zaporizhzhia toll climbs: live updates", dateline="Friday, September 21, 2029",
  topbar="Breaking: Prisoner exchange under way on the Ukraine-Belarus border",
  lede="The latest on Russia\u2019s war in Ukraine, a day after a missile strike on Zaporizhzhia.",
  basis="stamp '{s}' (12-hour clock, zone abbreviation printed) in the meta line below the headline; the page date line 'Friday, September 21, 2029' dates every post; local {d} in {z}",
  notes="Invented outlet (US). HTML live blog, newest first, no JSON-LD at all. Each post prints its h3 headline FIRST and then a meta line 'By Leah Brunetti \u00b7 3:40 PM EDT' (the stamp follows the headline; the teaser's meta line has the time only); the only date is the page line 'Friday, September 21, 2029'. 17530-01 continues day 1's Zaporizhzhia strike with a new development (search ended, toll 12, day of mourning). 17530-02 is a 'Photos:' gallery teaser with no text (importance 1, story = the prisoner exchange). 17530-03 (shelling of Stepnohirsk, Zaporizhzhia region) is the same region but another attack: must not merge with the Zaporizhzhia city strike. The top bar 'Breaking: ...' is a site-wide ticker, not an entry.",
  not_entries=["breaking-news ticker 'Breaking: Prisoner exchange under way on the Ukraine-Belarus border'", "header, navigation, Subscribe", "page title", "date line",
               "dek 'The latest on Russia\u2019s war in Ukraine...'", "the 'By NAME \u00b7' part of each meta line (author)", "gallery placeholder 'Gallery 1 of 12' in the teaser",
               "newsletter promo after the third post", "link 'Read Thursday\u2019s updates'", "footer"],
  entries=[
  E("2029-09-21 15:40", "Zaporizhzhia search ends; death toll reaches 12",
    ["Rescuers in Zaporizhzhia ended their search of the collapsed apartment block on Friday evening, local time, after recovering three more bodies, bringing the death toll from Thursday\u2019s missile strike to 12.",
     "The city has declared Saturday a day of mourning."],
    "strikes", "strikes", 3, ZAP, a="Leah Brunetti", n="day-2 continuation of the day-1 strike with a new development (search over, toll 12, mourning)"),
  E("2029-09-21 13:15", "Photos: Freed soldiers back on Ukrainian soil", [],
    "diplomacy", "diplomacy", 1, EXCH, n="photo-gallery teaser, no text body"),
  E("2029-09-21 11:50", "Shelling kills two in Stepnohirsk",
    ["Russian artillery killed two men in Stepnohirsk, a frontline village in the Zaporizhzhia region, on Friday, regional officials said.",
     "The village, once home to about 2,000 people, now has fewer than 100 residents."],
    "strikes", "strikes", 3, "stepnohirsk-shelling-2029-09-21", a="Tobias Wren",
    n="same region as the Zaporizhzhia city strike, another attack: must not merge; deadly, importance 3"),
  E("2029-09-21 09:30", "U.S. approves sale of Patriot spare parts for Ukraine\u2019s backers",
    ["The State Department approved a $310 million sale of Patriot spare parts and maintenance services to Germany and the Netherlands, which operate systems on Ukraine\u2019s behalf, according to a notice sent to Congress."],
    "aid", "aid", 2, "us-patriot-spare-parts-sale-2029-09-21", a="Tobias Wren"),
  E("2029-09-21 07:05", "Ukraine brings home 185 prisoners of war in swap with Russia",
    ["Ukraine and Russia exchanged prisoners of war on Friday, with 185 Ukrainian servicemen returning home, President Volodymyr Zelensky said.",
     "The swap was mediated by the United Arab Emirates. Zelensky said those freed included troops captured in 2022 and 2023 and several National Guard members."],
    "diplomacy", "diplomacy", 3, EXCH, a="Leah Brunetti"),
  E("2029-09-21 04:20", "Russia says it downed 40 Ukrainian drones over border regions",
    ["Russia\u2019s defence ministry said air-defence units destroyed 40 Ukrainian drones overnight, most of them over the Bryansk and Kursk regions. It did not report any damage."],
    "strikes", "strikes", 2, "russia-claims-40-drones-downed-2029-09-21", a="Tobias Wren"),
  E("2029-09-21 02:10", "Kremlin says no date set for new round of talks",
    ["The Kremlin said no date had been agreed for a new round of direct talks with Ukraine, a day after officials in Kyiv suggested negotiators could meet again in October."],
    "diplomacy", "diplomacy", 2, "kremlin-no-date-for-talks-2029-09-21", a="Leah Brunetti"),
  ]))

# ---------------------------------------------------------------- 17531 Caddington Wire (day 2)
SEEDS.append(dict(
  id="17531", name="17531_caddington-atom", ext="xml", source="Caddington Wire", zone="Europe/Kyiv", render=r_atom,
  title="Caddington Wire \u2013 Ukraine", url="https://caddington-wire.example/ukraine",
  lede="Ukraine news from Caddington Wire and its syndication partners",
  basis="Atom <published> '{s}' (explicit +03:00 offset = EEST); local {d} in {z}",
  notes="Invented outlet (news agency with syndication). Atom feed, newest first, <published> with +03:00, <author> per entry. 17531-03 re-posts day 1's analysis 17520-04 verbatim (syndicated from the Pellaby Evening Star: same headline, text and author): re-post of day-1 entry, importance 1, same story slug as on day 1. 185-for-185 exchange told twice (17531-01 reaction, 17531-02 report).",
  not_entries=["feed title/subtitle/links/id/updated", "entry link and id elements"],
  entries=[
  E("2029-09-21 21:30", "Zelensky thanks UAE after prisoner exchange",
    ["President Volodymyr Zelensky thanked the United Arab Emirates for brokering Friday\u2019s exchange and said work on the next one had already begun.",
     "\u201cEvery one of our people must come home,\u201d he said in his evening address."],
    "diplomacy", "diplomacy", 3, EXCH, a="Halyna Veres", n="reaction whose content is the exchange itself: same story"),
  E("2029-09-21 17:45", "Ukraine and Russia swap 185 prisoners each",
    ["Ukraine and Russia each released 185 prisoners of war on Friday in an exchange mediated by the United Arab Emirates, officials on both sides said.",
     "Ukraine\u2019s coordination headquarters for prisoners said the oldest man freed was 61 and the youngest 20."],
    "diplomacy", "diplomacy", 3, EXCH, a="Dmytro Savka"),
  E("2029-09-21 15:00", ZAPAN_H, ZAPAN_P, "strikes", "strikes", 1, ZAPAN, a="Gareth Mulvey",
    n="re-post of day-1 entry 17520-04 (syndicated verbatim a day later): importance 1, same story slug; theme piece of day 1"),
  E("2029-09-21 12:20", "Houses damaged in Kyiv region after overnight drone attack",
    ["Falling debris from drones shot down overnight damaged six houses in the Bucha and Fastiv districts of the Kyiv region, the regional administration said. No one was injured."],
    "strikes", "strikes", 2, "kyiv-region-drone-debris-2029-09-21", a="Dmytro Savka"),
  E("2029-09-21 09:05", "Parliament extends martial law for another 90 days",
    ["Ukraine\u2019s parliament voted to extend martial law and general mobilisation for another 90 days, until late December."],
    "other", "politics", 2, "ukraine-martial-law-extension-2029-09", a="Halyna Veres"),
  ]))

# ---------------------------------------------------------------- 17532 Ashwold Chronicle (day 2)
SEEDS.append(dict(
  id="17532", name="17532_ashwold-textlive", ext="txt", source="Ashwold Chronicle", zone="Europe/London", render=r_ashwold,
  title="Russia-Ukraine war: 185 Ukrainian soldiers freed in prisoner swap \u2013 live", dateline="Friday 21 September 2029",
  byline="By Ruth Kenward",
  lede="Ukraine and Russia have carried out another exchange of prisoners of war, as Zaporizhzhia prepares to mourn the victims of Thursday\u2019s missile strike.",
  basis="stamp line '{s}' (12-hour clock with a dot; 'All times BST' printed under the date line 'Friday 21 September 2029'); local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, oldest first, page byline 'By Ruth Kenward' (author of every post), stamps '8.05am' with 'All times BST' printed once. 17532-01 continues day 1's Zaporizhzhia strike (toll 11, day of mourning). 17532-02 (repatriation of 1,000 soldiers' bodies) shares the prisoner theme but is a separate event: must not merge with the exchange. 17532-04 is a theme piece (explainer on who brokers swaps), its own story. 17532-06 repeats 17532-03 near-verbatim: duplicate_of 17532-03. 17532-05 (Russia's ministry on its returning servicemen) is the same exchange seen from Moscow.",
  not_entries=["masthead and navigation", "page title", "date line", "'All times BST'", "page byline", "standfirst", "'Share' lines", "'Advertisement'",
               "'Related: What the war has cost Ukraine's cities, in five charts'", "closing line 'That's all from us today...'", "footer"],
  entries=[
  E("2029-09-21 08:05", "Zaporizhzhia toll rises to 11 as city prepares day of mourning",
    ["Two more bodies were found overnight in the ruins of the apartment block hit by Russian missiles in Zaporizhzhia, raising the death toll to 11, the city council said.",
     "Saturday will be a day of mourning in the city."],
    "strikes", "strikes", 3, ZAP, a="Ruth Kenward", n="day-2 continuation of the day-1 strike (toll 11)"),
  E("2029-09-21 09:30", "Ukraine receives bodies of 1,000 fallen soldiers",
    ["Ukraine has received the bodies of 1,000 people it says are soldiers killed in the war, in a repatriation carried out on Thursday night under earlier agreements with Russia, the government\u2019s prisoner-of-war coordination body said.",
     "Forensic experts will now try to identify them."],
    "other", "humanitarian", 2, "repatriation-of-soldiers-bodies-2029-09-20", a="Ruth Kenward", sec=["diplomacy"],
    n="same prisoner/repatriation theme, separate event: must not merge with the prisoner exchange"),
  E("2029-09-21 12:10", "185 Ukrainian soldiers freed in exchange", SWAP_P,
    "diplomacy", "diplomacy", 3, EXCH, a="Ruth Kenward", n="'370 people in total'"),
  E("2029-09-21 13:45", "Explainer: Who brokers the prisoner swaps?",
    ["Today\u2019s exchange is the latest of dozens since 2022, and almost all of them have needed a go-between.",
     "The United Arab Emirates has mediated most of the recent swaps, using its contacts in both Moscow and Kyiv; Turkey and Qatar have also played a part, Qatar especially in returning children.",
     "The mediators rarely say what they offer. Diplomats describe long lists of names, exchanged and revised for weeks, before the buses finally reach the border."],
    "diplomacy", "diplomacy", 2, "explainer-prisoner-swap-mediators",  a="Ruth Kenward",
    n="theme piece (explainer) that mentions today's exchange but is its own story: must not merge with the exchange"),
  E("2029-09-21 15:20", "Russian ministry shows returning servicemen",
    ["Russia\u2019s defence ministry released video of its returned servicemen stepping off a plane near Moscow and said they would receive medical and psychological care.",
     "It thanked the UAE for its mediation."],
    "diplomacy", "diplomacy", 3, EXCH, a="Ruth Kenward", n="the same exchange seen from Moscow"),
  E("2029-09-21 17:05", "185 Ukrainian soldiers freed in exchange",
    [SWAP_P[0], "Russia received the same number of its servicemen, its defence ministry said."],
    "diplomacy", "diplomacy", 1, EXCH, a="Ruth Kenward", dup="17532-03", n="near-verbatim repeat of 17532-03"),
  E("2029-09-21 19:40", "Poland closes airspace near border during Russian drone raid",
    ["Poland briefly closed part of its airspace near the Ukrainian border and scrambled fighter jets as Russian drones attacked targets in Ukraine\u2019s Volyn region, the Polish military said."],
    "other", "security", 2, "poland-airspace-closure-2029-09-21", a="Ruth Kenward"),
  ]))

# ---------------------------------------------------------------- 17533 Tullagh World Report (day 2)
SEEDS.append(dict(
  id="17533", name="17533_tullagh-worldrss", ext="xml", source="Tullagh World Report", zone="America/Toronto", render=r_rss, rfc="num",
  title="Tullagh World Report: World", url="https://tullagh-report.example/world", guid="twr",
  lede="World news from Tullagh World Report",
  basis="RSS pubDate '{s}' (explicit -0400 offset = EDT); local {d} in {z}",
  notes="Invented outlet (Canada). General world RSS feed, newest first, pubDate with -0400, no authors. Two of six items concern the war (the prisoner swap; a NATO intercept near Estonia); four are off-beat (Ottawa housing, Mexico rates, Sudan cholera, Singapore Grand Prix).",
  not_entries=["channel title/link/description/language/lastBuildDate", "item link, guid and category elements"],
  entries=[
  OFF("2029-09-21 18:20", "Ottawa unveils plan to speed up housing approvals",
    ["The federal government announced incentives for cities that cut the time needed to approve new housing projects to under six months."],
    "canada-housing-approvals-2029-09-21", n="Canadian politics", cat="Canada"),
  OFF("2029-09-21 15:10", "Mexico\u2019s central bank cuts rates for fourth time this year",
    ["Banco de M\u00e9xico lowered its benchmark interest rate by a quarter point, citing slowing inflation and weak growth."],
    "mexico-rate-cut-2029-09-21", n="economy", cat="Business"),
  E("2029-09-21 12:30", "Russia and Ukraine swap prisoners in UAE-brokered deal",
    ["Russia and Ukraine traded 185 prisoners of war each on Friday in a deal brokered by the United Arab Emirates, the latest in a series of exchanges that have continued despite stalled peace talks."],
    "diplomacy", "diplomacy", 3, EXCH, cat="World"),
  OFF("2029-09-21 10:05", "Cholera outbreak in Sudan is slowing, WHO says",
    ["New cholera cases in Sudan have fallen for four straight weeks, the World Health Organization said, crediting a vaccination drive in Darfur."],
    "sudan-cholera-2029-09", n="health", cat="Africa"),
  OFF("2029-09-21 07:40", "Singapore Grand Prix adds extra heat breaks",
    ["Organisers of the Singapore Grand Prix will introduce cooling breaks for marshals and pit crews after a heat warning for the race weekend."],
    "singapore-grand-prix-heat-2029", n="motor racing", cat="Sport"),
  E("2029-09-21 05:15", "NATO jets intercept Russian aircraft near Estonia",
    ["NATO fighter jets were scrambled to shadow three Russian military aircraft flying without transponders close to Estonian airspace, the alliance said."],
    "other", "security", 2, "nato-intercept-russian-aircraft-estonia-2029-09-21", cat="World"),
  ]))

# ---------------------------------------------------------------- day 3 = 2029-09-27
REF = "novokuibyshevsk-refinery-drone-strike-2029-09-27"
ODESA = "odesa-port-drone-attack-2029-09-27"
EUACC = "eu-opens-ukraine-accession-cluster-2029-09-27"
FIRE_P = ["Firefighters were still battling the blaze at the Novokuibyshevsk refinery hours after the attack, Russian emergency officials said.",
          "Russia\u2019s defence ministry said it had destroyed 41 drones over the Samara, Saratov and Penza regions."]

# ---------------------------------------------------------------- 17540 Wyvernside Globe (day 3)
SEEDS.append(dict(
  id="17540", name="17540_wyvernside-worldatom", ext="xml", source="Wyvernside Globe", zone="UTC", render=r_atom,
  title="Wyvernside Globe \u2014 World news", url="https://wyvernside-globe.example/world",
  lede="The day\u2019s world news from the Wyvernside Globe",
  basis="Atom <published> '{s}' (UTC, 'Z'); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, <published> in UTC with 'Z', no authors. Two of six items concern the war: the Novokuibyshevsk refinery strike (spelled 'Novokuybyshevsk') and the EU accession cluster; four are off-beat (Ecuador power cuts, Bali volcano, Spain four-day week, Tokyo stocks).",
  not_entries=["feed title/subtitle/links/id/updated", "entry link and id elements"],
  entries=[
  OFF("2029-09-27 20:15", "Ecuador declares emergency over rolling power cuts",
    ["Ecuador\u2019s president declared a 60-day state of emergency in the electricity sector as drought left hydroelectric reservoirs at record lows."],
    "ecuador-power-emergency-2029-09", n="energy/Latin America"),
  E("2029-09-27 17:40", "Ukraine says drones struck Novokuybyshevsk refinery",
    ["Ukraine\u2019s General Staff said its long-range drones hit the Novokuybyshevsk oil refinery in Russia\u2019s Samara region overnight, setting fire to a primary processing unit.",
     "Russian officials said one worker was killed."],
    "strikes", "strikes", 3, REF, n="spelling 'Novokuybyshevsk'; one dead"),
  OFF("2029-09-27 14:05", "Volcanic ash grounds flights in Bali",
    ["Dozens of flights to and from Bali were cancelled after an eruption on neighbouring Lombok sent an ash column several kilometres into the sky."],
    "bali-flights-volcanic-ash-2029-09", n="volcano/travel"),
  OFF("2029-09-27 11:30", "Spain\u2019s parliament backs four-day week pilot",
    ["Spanish lawmakers approved a two-year pilot scheme offering subsidies to small companies that move staff to a four-day week without cutting pay."],
    "spain-four-day-week-pilot-2029", n="labour policy"),
  E("2029-09-27 08:50", "EU to open first accession cluster with Ukraine",
    ["European Union ministers will formally open the first cluster of accession negotiations with Ukraine at an intergovernmental conference in Brussels on Thursday, after Hungary lifted its objection."],
    "diplomacy", "diplomacy", 3, EUACC),
  OFF("2029-09-27 06:10", "Tokyo stocks close at record high as yen weakens",
    ["Japan\u2019s Nikkei index closed at an all-time high, lifted by exporters as the yen fell to its weakest level against the dollar in five months."],
    "tokyo-stocks-record-2029-09-27", n="markets"),
  ]))

# ---------------------------------------------------------------- 17541 Ulverby Messenger (day 3)
SEEDS.append(dict(
  id="17541", name="17541_ulverby-textlive", ext="txt", source="Ulverby Messenger", zone="Europe/London", render=r_ulverby,
  title="Ukraine war latest: Russian refinery ablaze after drone attack", dateline="Thursday 27 September", ref="2029-09-27 18:05",
  parse_args=["--date", "2029-09-27"],
  lede="Ukrainian drones set fire to an oil refinery deep inside Russia overnight, while Russian drones hit the port of Odesa.",
  basis="relative stamp '{s}' counted back from the printed 'Last updated 18:05 BST' on the page's only date line 'Thursday 27 September' (no year printed: parse_args 2029-09-27); local {d} in {z}",
  notes="Invented outlet (UK regional). Text live blog, newest first. Stamps are RELATIVE ('12 mins ago', '1 hr ago', '4 hrs ago') and are counted back exactly from the printed clock 'Last updated 18:05 BST'; the only date is 'Thursday 27 September' and NO year appears anywhere, so parse_args gives 2029-09-27. 'Posted by NAME' under each stamp (author). Main story: the Novokuibyshevsk refinery strike (toll 1 -> 2). 17541-02 is a theme piece (analysis of the refinery campaign), its own story. 17541-03 is a 'Video:' teaser with a video placeholder and no text (importance 1). 17541-04 (Russia's drone raid on Odesa, drones the other way) and 17541-05 (Bryansk fuel depot, another target of the same night) must not merge with the refinery strike.",
  not_entries=["masthead and navigation", "page title", "date line 'Thursday 27 September'", "'Last updated 18:05 BST' (anchor for the relative stamps)", "standfirst",
               "'Posted by NAME' lines", "video placeholder '[Video] 0:42'", "app promo line", "'Load more posts'", "footer"],
  entries=[
  E("2029-09-27 17:53", "Refinery fire in Samara region put out after 14 hours",
    ["Firefighters have put out the blaze at the Novokuibyshevsk refinery in Russia\u2019s Samara region, about 14 hours after it was started by a Ukrainian drone attack, the regional governor said.",
     "A second worker has died of his injuries, he added."],
    "strikes", "strikes", 3, REF, a="Callum Reid", n="toll two"),
  E("2029-09-27 17:05", "Analysis: Is Ukraine\u2019s refinery campaign working?",
    ["Last night\u2019s strike on Novokuibyshevsk is the fourth on a Russian refinery this month, and the pattern is familiar: a fire, a halt in processing, then repairs within weeks.",
     "Analysts estimate that Ukraine\u2019s drones have at times knocked out up to a sixth of Russia\u2019s refining capacity. That has pushed up petrol prices inside Russia and forced Moscow to ban most fuel exports.",
     "What the campaign has not done is cut Russia\u2019s crude exports, which earn far more money. For that, Kyiv would have to hit ports and pipelines, a step its Western backers have been wary of."],
    "strikes", "strikes", 2, "analysis-ukraine-refinery-campaign-2029", a="Niamh Bracewell",
    n="theme piece (analysis) that mentions the Novokuibyshevsk strike but is its own story: must not merge"),
  E("2029-09-27 15:05", "Video: Flames over Novokuibyshevsk", [],
    "strikes", "strikes", 1, REF, a="Callum Reid", n="video teaser, no text body"),
  E("2029-09-27 14:05", "Odesa port hit in overnight drone raid",
    ["Russian drones hit grain terminal facilities in Odesa\u2019s port overnight, injuring three workers and setting a warehouse on fire, the regional governor said.",
     "Ukraine\u2019s air force said Russia launched 130 drones in total, 96 of which were shot down."],
    "strikes", "strikes", 3, ODESA, a="Callum Reid", n="Russia's raid on Ukraine (drones the other way): must not merge with the refinery strike"),
  E("2029-09-27 13:05", "Fuel depot burns in Bryansk region after drone attack",
    ["A fuel depot in Russia\u2019s Bryansk region caught fire after what the governor described as a Ukrainian drone attack. He said no one was hurt."],
    "strikes", "strikes", 2, "bryansk-fuel-depot-drone-2029-09-27", a="Niamh Bracewell",
    n="same theme (Ukrainian drones on Russian fuel sites), other target: must not merge with the Novokuibyshevsk strike"),
  E("2029-09-27 11:05", "Worker killed in drone strike on Novokuibyshevsk refinery, governor says",
    ["One worker was killed and two were injured when Ukrainian drones struck the Novokuibyshevsk refinery overnight, the governor of Russia\u2019s Samara region said.",
     "Footage shared on social media showed a large fire at the site, about 20km from the city of Samara."],
    "strikes", "strikes", 3, REF, a="Callum Reid", n="toll one"),
  E("2029-09-27 09:05", "Russia claims capture of village in Dnipropetrovsk region",
    ["Russia\u2019s defence ministry claimed that its forces now hold a village in Ukraine\u2019s Dnipropetrovsk region. Ukraine\u2019s military said fighting there was continuing."],
    "other", "frontline", 2, "russia-claims-village-dnipropetrovsk-2029-09-27", a="Niamh Bracewell"),
  ]))

# ---------------------------------------------------------------- 17542 Ostlund Press Agency (day 3)
SEEDS.append(dict(
  id="17542", name="17542_ostlund-rss", ext="xml", source="Ostlund Press Agency", zone="Europe/Helsinki", render=r_rss, rfc="num",
  title="Ostlund Press Agency \u2013 Eastern Europe", url="https://ostlund-press.example/eastern-europe", guid="opa-ee",
  lede="Wire copy on Russia, Ukraine and the Baltic region",
  basis="RSS pubDate '{s}' (explicit +0300 offset = EEST); local {d} in {z}",
  notes="Invented outlet (Finnish news agency). RSS 2.0, newest first, pubDate with +0300, dc:creator per item. Refinery toll grows 1 -> 2 on this page. 17542-03 (Odesa port) is Russia's raid on Ukraine: must not merge with the refinery strike.",
  not_entries=["channel title/link/description/language/lastBuildDate", "item link, guid and category elements"],
  entries=[
  E("2029-09-27 21:40", "Novokuibyshevsk refinery halts processing after drone strike",
    ["The Novokuibyshevsk refinery has stopped processing crude after an overnight Ukrainian drone strike, industry sources told Ostlund. A second worker died in hospital, regional authorities said."],
    "strikes", "strikes", 3, REF, a="Ilkka Rautio", n="toll two", cat="Russia"),
  E("2029-09-27 18:15", "EU opens first accession cluster with Ukraine",
    ["The European Union opened the first cluster of accession negotiations with Ukraine on Thursday, covering the rule of law and public administration, after Hungary dropped its objection in return for guarantees on minority-language rights."],
    "diplomacy", "diplomacy", 3, EUACC, a="Maija Koskela", cat="EU"),
  E("2029-09-27 15:30", "Odesa: drone strike damages grain terminal, three hurt",
    ["A Russian drone attack overnight damaged a grain terminal in the port of Odesa and injured three workers, Ukrainian officials said."],
    "strikes", "strikes", 3, ODESA, a="Ilkka Rautio", n="Russia's raid on Ukraine: must not merge with the refinery strike", cat="Ukraine"),
  E("2029-09-27 12:05", "Samara governor: one killed at Novokuibyshevsk refinery",
    ["One person was killed in a drone attack on the Novokuibyshevsk oil refinery, the governor of Russia\u2019s Samara region said on Thursday."],
    "strikes", "strikes", 3, REF, a="Ilkka Rautio", n="toll one", cat="Russia"),
  E("2029-09-27 09:20", "Finland extends closure of eastern border",
    ["Finland\u2019s government extended the closure of its land border with Russia until the end of March, citing a continued risk of migrants being used as a means of pressure."],
    "other", "security", 2, "finland-border-closure-extended-2029-09", a="Maija Koskela", cat="Finland"),
  E("2029-09-27 07:10", "Kremlin says US envoy expected in Moscow next week",
    ["The Kremlin said a US special envoy was expected in Moscow next week for talks on Ukraine, without giving a date."],
    "diplomacy", "diplomacy", 2, "us-envoy-moscow-visit-announced-2029-09", a="Maija Koskela", cat="Russia"),
  ]))

# ---------------------------------------------------------------- 17543 Carrowhill Herald (day 3)
SEEDS.append(dict(
  id="17543", name="17543_carrowhill-htmllive", ext="html", source="Carrowhill Herald", zone="Australia/Sydney", render=r_carrowhill,
  title="Ukraine war live: refinery ablaze in Russia, drones hit Odesa", url="https://carrowhill-herald.example/live/world/ukraine-war-27-september",
  dateline="Thursday 27 September 2029",
  lede="Updates through the day on Russia\u2019s war in Ukraine. All times are AEST.",
  basis="visible stamp '{s}' (Sydney time, zone printed) in <time datetime> under the date line 'Thursday 27 September 2029'; local {d} in {z}",
  notes="Invented outlet (Australia). HTML live blog, oldest first; JSON-LD @graph whose article node has @type ['NewsArticle','LiveBlogPosting'] and no liveBlogUpdate (page times only). Visible stamps '6.42pm AEST' (UTC+10) in <time datetime>; signature line '\u2014 NAME' after the body (author). The Sydney-time day 27 September 10:00-23:59 is 00:00-13:59 UTC on the same date. 17543-05 repeats 17543-03 near-verbatim: duplicate_of 17543-03. 17543-01 (Odesa) must not merge with the refinery strike.",
  not_entries=["header and navigation", "page title", "date line", "standfirst", "app promo after the second post", "footer"],
  entries=[
  E("2029-09-27 11:05", "Explosions in Odesa as Russian drones target port",
    ["Explosions were heard in the Ukrainian port city of Odesa in the early hours local time as Russian drones attacked, the regional governor said on Telegram.",
     "Air-raid alerts were in force across much of southern Ukraine."],
    "strikes", "strikes", 3, ODESA, a="Bridget Lam", n="must not merge with the refinery strike (Russia's raid on Ukraine)"),
  E("2029-09-27 13:30", "Ukrainian drones set refinery ablaze in Russia\u2019s Samara region",
    ["A large fire broke out at the Novokuibyshevsk refinery in Russia\u2019s Samara region after a Ukrainian drone attack overnight, according to the regional governor and videos posted by residents.",
     "The refinery is about 1,000 kilometres from the front line."],
    "strikes", "strikes", 3, REF, a="Bridget Lam"),
  E("2029-09-27 16:10", "Fire still burning at Novokuibyshevsk refinery, officials say", FIRE_P,
    "strikes", "strikes", 3, REF, a="Sean Whitford"),
  E("2029-09-27 18:42", "EU set to open accession talks cluster with Ukraine",
    ["European ministers are expected to open the first cluster of accession negotiations with Ukraine later today, a step Kyiv has sought for more than a year."],
    "diplomacy", "diplomacy", 3, EUACC, a="Sean Whitford"),
  E("2029-09-27 21:15", "Fire still burning at Novokuibyshevsk refinery, officials say",
    [FIRE_P[0], "Russia\u2019s defence ministry said 41 drones had been destroyed over the Samara, Saratov and Penza regions."],
    "strikes", "strikes", 1, REF, a="Sean Whitford", dup="17543-03", n="near-verbatim repeat of 17543-03"),
  E("2029-09-27 23:20", "Australia to send more Bushmasters to Ukraine",
    ["The federal government will send another 40 Bushmaster armoured vehicles to Ukraine, the defence minister announced in Canberra tonight, bringing Australia\u2019s total to more than 200."],
    "aid", "aid", 2, "australia-bushmaster-delivery-2029-09", a="Bridget Lam"),
  ]))


if __name__ == "__main__":
    main()

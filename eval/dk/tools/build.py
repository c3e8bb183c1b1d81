#!/usr/bin/env python3
"""Builds the eval/dk seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented for 2026, or paraphrased; no copied sentences).
Part A imitates the page layouts of ten real outlets from memory; Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/dk/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: t = local time 'YYYY-MM-DD HH:MM[:SS]' in the page zone, or 'YYYY-MM-DD' when the page gives no time."""
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
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(zone))


def day(s):
    return datetime.strptime(s[:10], "%Y-%m-%d")


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


def slug(s, n=60):
    return re.sub(r"[^a-z0-9]+", "-", s.lower().replace("\u2019", "").replace("'", "")).strip("-")[:n].strip("-")


def order_check(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first (page order)"


def iso_z(d):
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_dod_rss(S):
    """defense.gov (DNN ArticleCS module) RSS 2.0 as written by .NET's SyndicationFeed: element order guid, link, category,
    title, description, pubDate, a10:updated. The .NET formatter prints the pubDate offset WITH a colon ('-04:00'),
    which is not RFC 822. Summary-only descriptions, no author element, enclosure image."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<rss xmlns:a10="http://www.w3.org/2005/Atom" version="2.0">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.defense.gov/News/</link>',
           '<description>News stories, releases and features from the U.S. Department of Defense.</description>',
           '<language>en-us</language>', f'<lastBuildDate>{last.strftime("%a, %d %b %Y %H:%M:%S ")}{last.strftime("%z")[:3]}:{last.strftime("%z")[3:]}</lastBuildDate>',
           f'<a10:id>{esc(S["url"])}</a10:id>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); off = d.strftime("%z"); off = off[:3] + ":" + off[3:]
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + off; stamps.append(st)
        aid = 4161877 - i * 53
        link = f"https://www.defense.gov/News/{e['cat'].replace(' ', '-')}/Article/Article/{aid}/{slug(e['h'])}/"
        out += ['<item>', f'<guid isPermaLink="false">{aid}</guid>', f'<link>{link}</link>', f'<category>{esc(e["cat"])}</category>',
                f'<title>{esc(e["h"])}</title>', f'<description>{esc(" ".join(e["p"]))}</description>', f'<pubDate>{st}</pubDate>',
                f'<a10:updated>{d.isoformat()}</a10:updated>',
                f'<enclosure url="https://media.defense.gov/{d.year}/{SHORT_MONTHS[d.month - 1]}/{d.day:02d}/{2003912000 + aid % 1000}/-1/-1/0/{d:%y%m%d}-D-{"KN475" if i % 2 else "TT937"}-{1001 + i}.JPG" length="0" type="image/jpeg" />',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_govuk_atom(S):
    """GOV.UK finder Atom feed (search/news-and-communications.atom filtered by two organisations): feed-level author
    'HM Government', entries with <updated> only (no <published>), no entry author, one-sentence summary (the page
    description), entry id = link + '#' + timestamp."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
           f'<id>{esc(S["url"])}</id>', f'<link rel="self" type="application/atom+xml" href="{attr(S["url"])}"/>',
           f'<link rel="alternate" type="text/html" href="{attr(S["url"].replace(".atom", ""))}"/>',
           f'<title>{esc(S["title"])}</title>', f'<updated>{last.isoformat()}</updated>', '<author>', '<name>HM Government</name>', '</author>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        link = f"https://www.gov.uk/government/news/{slug(e['h'])}"
        out += ['<entry>', f'<id>{link}#{st}</id>', f'<updated>{st}</updated>', f'<link rel="alternate" type="text/html" href="{link}"/>',
                f'<title>{esc(e["h"])}</title>', f'<summary type="html">{esc(" ".join(e["p"]))}</summary>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_president(S):
    """president.gov.ua (English version) 'All news' listing, text scrape. Newest first; headline, then the stamp
    '24 March 2026 - 21:35' (Kyiv time, no zone printed), then the lead paragraph(s)."""
    z = S["zone"]; order_check(S, True)
    L = ["Official website of the President of Ukraine", "\u0423\u043a\u0440\u0430\u0457\u043d\u0441\u044c\u043a\u043e\u044e | English", "", "Search the site", "",
         "President   News   Office   Documents   Petitions   Address the President   Contacts", "",
         S["title"], "", "All news   Addresses   Statements   Meetings   Photos   Videos", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]} {d.year} - {d:%H:%M}"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"])
    L += ["Show more", "", "Subscribe to the President's news on Telegram, Facebook, X and YouTube", "",
          "Materials on this website may be reused with a link to the source. Office of the President of Ukraine, Bankova Street, Kyiv."]
    return "\n".join(L) + "\n", stamps


def r_state(S):
    """state.gov (WordPress) Press Releases collection page, HTML. Yoast JSON-LD graph (CollectionPage, BreadcrumbList,
    WebSite: no per-item data). Each result: title link, then type / byline / date line; the visible date has no time,
    the <time datetime> attribute carries the full WordPress post time with offset. A short excerpt follows."""
    z = S["zone"]; order_check(S, True)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": "https://www.state.gov/press-releases/", "url": "https://www.state.gov/press-releases/",
         "name": "Press Releases - United States Department of State", "isPartOf": {"@id": "https://www.state.gov/#website"},
         "breadcrumb": {"@id": "https://www.state.gov/press-releases/#breadcrumb"}, "inLanguage": "en-US"},
        {"@type": "BreadcrumbList", "@id": "https://www.state.gov/press-releases/#breadcrumb",
         "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Home", "item": "https://www.state.gov/"},
                             {"@type": "ListItem", "position": 2, "name": "Press Releases"}]},
        {"@type": "WebSite", "@id": "https://www.state.gov/#website", "url": "https://www.state.gov/",
         "name": "United States Department of State", "inLanguage": "en-US"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld) + '</script></head>',
           '<body class="archive post-type-archive">', '<a class="skip-link" href="#content">Skip to content</a>',
           '<section class="usa-banner"><p>An official website of the United States Government</p> <button>Here\u2019s how you know</button></section>',
           '<header class="site-header"><a class="site-logo" href="/">U.S. DEPARTMENT of STATE</a>',
           '<nav><a href="/policy-issues/">Policy Issues</a> <a href="/countries-areas/">Countries &amp; Areas</a> '
           '<a href="/bureaus-offices/">Bureaus &amp; Offices</a> <a href="/about/">About</a></nav>'
           '<form role="search"><label>Search</label> <input type="search"></form></header>',
           '<main id="content"><div class="featured-content"><h1 class="featured-content__headline">Press Releases</h1></div>',
           '<div class="filters"><span>Filter by:</span> <button>Type</button> <button>Date</button> <button>Bureau/Office</button></div>',
           f'<p class="collection-info">Showing 1 - {len(S["entries"])} of 4,112 results</p>', '<ul class="collection-results">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year}"; stamps.append(st)
        link = f"https://www.state.gov/releases/office-of-the-spokesperson/{d.year}/{d.month:02d}/{slug(e['h'])}"
        out += ['<li class="collection-result">', f'<a class="collection-result__link" href="{link}">{esc(e["h"])}</a>',
                f'<div class="collection-result-meta"><span>{esc(e["kind"])}</span><span>{esc(e["by"])}</span>'
                f'<span dir="ltr"><time datetime="{d.isoformat()}">{st}</time></span></div>']
        out += [f'<p class="collection-result__excerpt">{esc(p)}</p>' for p in e["p"]]
        out.append('</li>')
    out += ['</ul>', '<nav class="pagination"><span class="current">1</span> <a>2</a> <a>3</a> <span>\u2026</span> <a>588</a> <a>Next</a></nav></main>',
            '<footer class="site-footer"><p>White House</p><p>USA.gov</p><p>Office of the Inspector General</p><p>Archives</p>'
            '<p>Contact Us</p><p>Privacy Policy</p><p>Accessibility Statement</p><p>FOIA</p><p>No FEAR Act</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_consilium(S):
    """consilium.europa.eu press releases list, HTML (no JSON-LD). The date is printed once as a group header
    ('16 March 2026'); each item shows only a bare 'HH:MM' (Brussels time, no zone), a type label, title, summary, tags."""
    z = S["zone"]; order_check(S, True)
    d0 = dt(S["entries"][0]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Consilium</title></head><body>',
           '<div class="ecl-cookie-consent">This site uses cookies to offer you a better browsing experience. <button>Accept all cookies</button> <button>Accept only essential cookies</button></div>',
           '<header class="ecl-site-header"><a class="ecl-site-header__logo" href="/en/">European Council \u00b7 Council of the European Union</a>'
           '<nav><a href="/en/european-council/">European Council</a> <a href="/en/council-eu/">Council of the EU</a> <a href="/en/policies/">Policies</a> '
           '<a href="/en/meetings/">Meetings</a> <a href="/en/press/">Press</a> <a href="/en/documents-publications/">Documents</a></nav>'
           '<a class="ecl-lang" href="#">English (EN)</a></header>',
           '<main><nav class="ecl-breadcrumb"><a href="/en/">Home</a> \u203a <a href="/en/press/">Press</a> \u203a <span>Press releases</span></nav>',
           f'<h1 class="ecl-page-header__title">{esc(S["title"])}</h1>',
           '<form class="filters"><label>Search by keyword</label> <input type="text"> <label>Topic</label> <select><option>All topics</option></select> '
           '<label>Type</label> <select><option>All</option></select> <button>Apply filters</button></form>',
           f'<h2 class="date-header">{d0.day} {MONTHS[d0.month - 1]} {d0.year}</h2>', '<ul class="press-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); assert d.date() == d0.date(); st = f"{d:%H:%M}"; stamps.append(st)
        link = f"/en/press/press-releases/{d.year}/{d.month:02d}/{d.day:02d}/{slug(e['h'], 70)}/"
        out += ['<li class="press-item">', f'<div class="press-item__meta"><span class="time">{st}</span> <span class="type">{esc(e["kind"])}</span></div>',
                f'<h3><a href="{link}">{esc(e["h"])}</a></h3>'] + [f'<p>{esc(p)}</p>' for p in e["p"]] + \
               [f'<p class="tags">{esc(e["tags"])}</p>', '</li>']
    out += ['</ul>', '<a class="ecl-button" href="?page=2">Load more results</a>',
            '<aside class="newsletter"><h3>Receive our press releases by e-mail</h3><a href="/en/subscriptions/">Subscribe</a></aside></main>',
            '<footer class="ecl-footer"><a>Contact</a> <a>Access to documents</a> <a>Legal notice</a> <a>Cookies</a> <a>Privacy policy</a> <a>Accessibility</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_unnews(S):
    """news.un.org 'World News in Brief' article, text scrape: page date '6 May 2026' and topic tag under the title (no time
    anywhere), audio player lines, photo caption, bold section headings with paragraphs, credits, related stories."""
    d = day(S["date"])
    L = ["Skip to main content", "", "Welcome to the United Nations", "", "UN News", "Global perspective Human stories", "", "Search", "",
         "Home   Topics   Regions   In-depth   Audio Hub   UN Video   Newsletter", "", S["title"], "",
         f"{d.day} {MONTHS[d.month - 1]} {d.year}", S["tag"], "", "Audio duration", "5'04\"", "Download", "", S["caption"], ""]
    for e in S["entries"]:
        assert e["t"] == S["date"]
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Audio Credit", S["audio_credit"], "", "Photo Credit", S["photo_credit"], "", "Related Stories"] + S["related"] + \
         ["", "Get our daily newsletter", "Subscribe", "", "Follow UN News on WhatsApp", "", "UN News  Copyright  Privacy Notice  Fraud Alert  Terms of Use"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_reliefweb(S):
    """reliefweb.int report page for an OCHA situation update, HTML. Meta block: Format, Source, 'Posted' date shown without a
    time but with a full <time datetime> (UTC), 'Originally published' as plain date. Body: HIGHLIGHTS bullets (not a
    'Key Points' block), then h3 sections; no per-section time. No JSON-LD."""
    z = S["zone"]; p0 = dt(S["posted"], z)
    out = ['<!DOCTYPE html>', '<html lang="en" dir="ltr"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Ukraine | ReliefWeb</title></head><body>',
           '<header class="rw-header"><a class="rw-logo" href="/">ReliefWeb</a> <p class="rw-tagline">Informing humanitarians worldwide 24/7 \u2014 a service provided by UN OCHA</p>'
           '<nav><a href="/updates">Updates</a> <a href="/countries">Countries</a> <a href="/disasters">Disasters</a> <a href="/organizations">Organizations</a> '
           '<a href="/topics">Topics</a> <a href="/jobs">Jobs</a> <a href="/training">Training</a></nav>'
           '<a href="/user/login">Log in</a> <a href="/user/register">Sign up</a></header>',
           '<main><nav class="rw-breadcrumb"><a href="/">Home</a> \u203a <a href="/updates">Updates</a> \u203a <a href="/country/ukr">Ukraine</a></nav>',
           '<article class="rw-report"><p class="rw-entity-country">Ukraine</p><p class="rw-report-format">Situation Report</p>',
           f'<h1 class="rw-page-title">{esc(S["title"])}</h1>',
           '<dl class="rw-entity-meta"><dt>Format</dt><dd>Situation Report</dd><dt>Source</dt><dd><a href="/organization/ocha">OCHA</a></dd>'
           f'<dt>Posted</dt><dd><time datetime="{p0.isoformat()}">{p0.day} {SHORT_MONTHS[p0.month - 1]} {p0.year}</time></dd>'
           f'<dt>Originally published</dt><dd>{p0.day} {SHORT_MONTHS[p0.month - 1]} {p0.year}</dd><dt>Origin</dt><dd><a href="https://www.unocha.org/ukraine">View original</a></dd></dl>',
           '<section class="rw-attachments"><a href="#">Download Report (PDF | 1.37 MB)</a></section>',
           '<div class="rw-report__content">', '<h2>HIGHLIGHTS</h2>', '<ul>'] + [f'<li>{esc(b)}</li>' for b in S["highlights"]] + \
          ['</ul>', f'<h2>{esc(S["overview_head"])}</h2>']
    for e in S["entries"]:
        assert e["t"] == S["posted"]
        out.append(f'<h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
    out += [f'<p><em>{esc(S["footnote"])}</em></p>', '</div></article>',
            '<aside class="rw-related"><h3>Related Content</h3><a href="#">Ukraine: Humanitarian Snapshot (February 2026)</a> '
            '<a href="#">Ukraine: Civilian Casualty Update - February 2026</a></aside>',
            '<div class="rw-share">Share: Facebook X LinkedIn Email</div></main>',
            '<footer class="rw-footer"><p>ReliefWeb has been the leading source for reliable and timely humanitarian information on global crises and disasters since 1996.</p>'
            '<a>About</a> <a>Terms</a> <a>Privacy</a> <a>Contact</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_iaea(S):
    """iaea.org Newscenter listing, text scrape. Newest first by the site's own ordering; each card: type label, title,
    date '19 May 2026' (no time anywhere), teaser."""
    L = ["Skip to main navigation", "", "IAEA", "International Atomic Energy Agency", "Atoms for Peace and Development", "",
         "Topics   Services   Resources   News & Events   About Us", "", "Home \u203a News & Events \u203a Newscenter", "", S["title"], "",
         "Filter:  All   Press Releases   News   Statements   Multimedia", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = day(e["t"]); st = f"{d.day} {MONTHS[d.month - 1]} {d.year}"; stamps.append(st)
        L += [e["kind"], e["h"], st, ""] + ptxt(e["p"])
    L += ["Load more", "", "Stay in touch", "Sign up for our newsletter", "", "IAEA, Vienna International Centre, PO Box 100, A-1400 Vienna, Austria",
          "Terms of use   Privacy policy   Accessibility   Contact"]
    return "\n".join(L) + "\n", stamps


def r_osce(S):
    """osce.org Newsroom listing (Drupal), HTML. Each row: type label, title, 'City, 15 April 2026' meta with the date in a
    <time datetime> attribute that carries the full UTC time, teaser starting with the release's own 'CITY, date \u2013'
    dateline. No JSON-LD."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en" dir="ltr"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | OSCE</title></head><body>',
           '<header><a class="logo" href="/">OSCE</a> <span class="logo-text">Organization for Security and Co-operation in Europe</span>'
           '<nav><a href="/about-the-osce">About</a> <a href="/countries">Countries</a> <a href="/institutions-and-structures">Institutions &amp; structures</a> '
           '<a href="/what-we-do">What we do</a> <a href="/newsroom">Newsroom</a> <a href="/resources">Resources</a></nav>'
           '<a href="/ru">\u0420\u0443\u0441\u0441\u043a\u0438\u0439</a> <a href="/fr">Fran\u00e7ais</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>', '<div class="filters">Type: All \u00b7 Press release \u00b7 News \u00b7 Statement \u00b7 Feature</div>', '<div class="view-content">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]} {d.year}"; stamps.append(st)
        out += ['<div class="views-row">', f'<span class="content-type">{esc(e["kind"])}</span>',
                f'<h3><a href="/{e["unit"]}/{600000 + i * 7}">{esc(e["h"])}</a></h3>',
                f'<div class="meta"><span class="place">{esc(e["place"])}</span>, <time datetime="{iso_z(d)}">{st}</time></div>']
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
    out += ['</div><nav class="pager"><a>1</a> <a>2</a> <a>3</a> <a>Next \u203a</a></nav></main>',
            '<footer><p>Subscribe to OSCE news</p><a>Contacts</a> <a>Jobs</a> <a>Terms of use</a> <a>Privacy policy</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_voa(S):
    """voanews.com live-updates page, text scrape. Newest first; a day header 'April 28, 2026' whenever the (Eastern) day
    changes, each post: bare 12-hour time '5:32 PM' (no zone), headline, body, a credit line ('Reuters', 'VOA News', ...).
    The page line 'Last Updated: ...' repeats the newest time."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    L = ["Accessibility links", "Skip to main content", "Skip to main Navigation", "Skip to Search", "", "Print Options:",
         "Images  Multimedia  Embedded Content  Comments", "Cancel  Print", "", "VOA", "Voice of America", "Search", "Live", "",
         "Home   United States   World   Africa   Americas   Asia   Europe   Middle East   Ukraine   Economy   Technology   Science   Health", "",
         "Europe", "", S["title"], "", f"Last Updated: {MONTHS[last.month - 1]} {last.day}, {last.year} {ampm(last, space=' ', upper=True)}",
         "VOA News", "", "Share", "Print", "", S["lede"], ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if d.date() != cur:
            cur = d.date(); L += [f"{MONTHS[d.month - 1]} {d.day}, {d.year}", ""]
        st = ampm(d, space=" ", upper=True); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["p"]:
            L += [e["credit"], ""]
        else:
            L += ["Embedded video  1:46", ""]
    L += ["Load more", "", "Follow Us", "Facebook  X  YouTube  Instagram  Telegram", "",
          "Voice of America is funded by the U.S. Congress and broadcasts news in dozens of languages.", "Terms of Use & Privacy Notice  Contact VOA"]
    return "\n".join(L) + "\n", stamps


# ================================================================ Part B renderers (invented outlets)

def r_fenmarrow(S):
    """text live, newest first; 'Key Points' bullets ('\u2022 headline'); stamp line '21:50 BST \u00b7 Author' above the headline."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Home  |  UK  |  World  |  Business  |  Opinion  |  Sport  |  Live", "", "LIVE", S["title"], S["dateline"], "",
         S["lede"], "", "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} BST"; stamps.append(st)
        L += [st + (f" \u00b7 {e['a']}" if e["a"] else ""), e["h"], ""] + ptxt(e["p"])
        if not e["p"]:
            L += ["[Video \u00b7 0:58]", ""]
        if i == 2:
            L += [f"Get the {S['source']}'s Ukraine Briefing every weekday morning. Sign up", ""]
    L += ["Show earlier posts", "", f"\u00a9 {S['source']} \u00b7 Terms \u00b7 Privacy \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_kyivmeridian(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD whose liveBlogUpdate items carry their own datePublished and author;
    visible bare '06:58' inside <time datetime> (Kyiv summer time, said once under the title)."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{3100 + i}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header class="top"><a class="brand" href="/">{esc(S["source"])}</a><nav><a href="/war">War</a> <a href="/politics">Politics</a> '
           '<a href="/business">Business</a> <a href="/regions">Regions</a> <a href="/donate">Support our newsroom</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="live-note">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           '<section class="live-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="live-post" id="post-{3100 + i}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="post-tools"><button>Copy link</button> <button>Share</button></div></article>')
        if i == 3:
            out.append('<aside class="donate">Independent journalism from Ukraine depends on readers like you. <a href="/donate">Become a member</a></aside>')
    out += ['</section>', '<p class="end">This live page is no longer updated. Our coverage continues here.</p></main>',
            f'<footer>\u00a9 {esc(S["source"])} \u00b7 Editorial policy \u00b7 Contacts \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """RSS 2.0 general world feed, newest first; pubDate RFC 822 with 'GMT' or the numeric local offset; CDATA paragraphs;
    dc:creator only when the entry has an author; media:thumbnail."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)

    def rfc(d):
        return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else d.strftime("%z"))
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           f'<language>{S["lang"]}</language>', f'<lastBuildDate>{rfc(last)}</lastBuildDate>', '<ttl>15</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc(d); stamps.append(st)
        link = f"{S['url']}/{e.get('cat', 'world').lower()}/{slug(e['h'], 50)}-{S['guid']}{i + 61}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{esc(e.get("cat", "World"))}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>',
                f'<media:thumbnail url="{S["url"]}/img/{S["guid"]}{i + 61}.jpg" width="240" height="135"/>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_elbtal(S):
    """text article with section headings (one entry per section); page byline and a dateline '12 May 2026, 17:45 CEST';
    no per-section stamp."""
    L = [S["source"].upper(), "English edition", "", "Politics   Business   Europe   World   Culture   Podcasts", "", "World \u203a Europe \u203a Ukraine", "",
         S["title"], "", S["lede"], "", S["byline"], S["dateline"], "", "Listen to this article \u00b7 4 min", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["ADVERTISEMENT", ""]
    L += [S["more"], "", "Share this article: Facebook \u00b7 X \u00b7 LinkedIn \u00b7 E-mail", "", f"\u00a9 {S['source']} \u00b7 Imprint \u00b7 Data protection \u00b7 Subscriptions"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_vistulan(S):
    """HTML live, newest first; visible '21:40 CEST' per post (in a <time> without datetime), author after the body.
    LiveBlogPosting JSON-LD whose liveBlogUpdate items all repeat the PAGE headline and the PAGE datePublished (useless
    for per-entry times: only the articleBody is per entry). 'Photos:' gallery teaser without text."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "headline": S["title"], "datePublished": pub.isoformat(), "dateModified": last.isoformat(),
            "articleBody": " ".join(e["p"]) or e["h"]} for e in S["entries"]]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
          "datePublished": pub.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": pub.isoformat(),
          "author": [{"@type": "Person", "name": n} for n in S["authors"]], "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div id="rodo">We process personal data to improve our services. <button>I agree</button> <button>Customise</button></div>',
           f'<header><a href="/" class="logo">{esc(S["source"])}</a> <nav><a>Poland</a> <a>World</a> <a>Ukraine</a> <a>Economy</a> <a>Opinions</a> <a>English edition</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} CEST"; stamps.append(st)
        out.append(f'<div class="relacja-post"><time>{st}</time><h2>{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">[Gallery \u00b7 12 photos]</div>')
        if e["a"]:
            out.append(f'<p class="post-author">{esc(e["a"])}</p>')
        out.append('</div>')
        if i == 2:
            out.append('<aside class="related"><h3>Read also</h3><a href="/world/istanbul-talks-explained">Istanbul talks: who sits at the table</a></aside>')
    out += ['<p class="archive"><a href="/live/ukraine-2026-05-12">Tuesday\u2019s live coverage</a></p></main>',
            f'<footer>{esc(S["source"])} \u00b7 About us \u00b7 Advertising \u00b7 Privacy policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_prydnipro_atom(S):
    """Atom 1.0 agency feed, newest first; <published> with +03:00 (Kyiv summer time) and an <updated> that can be later
    (a corrected item): the entry time is <published>. Author per entry; escaped HTML content."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/rss/en.atom"/>',
           f'<id>{S["url"]}/rss/en.atom</id>', f'<updated>{dt(S["entries"][0]["t"], z).isoformat()}</updated>',
           f'<rights>\u00a9 {esc(S["source"])}</rights>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        upd = dt(e["upd"], z).isoformat() if e.get("upd") else st
        nid = 40917 - i * 13
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link rel="alternate" href="{S["url"]}/en/news/{nid}-{slug(e["h"], 40)}"/>',
                f'<id>urn:prydnipro:news:{nid}</id>', f'<published>{st}</published>', f'<updated>{upd}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out += ['<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_quabbin(S):
    """text live, oldest first; stamp line '6:10 a.m. EDT' before each headline; one page byline; date line with year."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "News  \u00b7  Nation & World  \u00b7  Politics  \u00b7  Business  \u00b7  Sports  \u00b7  Obituaries", "", "NATION & WORLD", "",
         S["title"], S["byline"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} EDT"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 3:
            L += ["Support local journalism. Subscribe for $1 a week.", ""]
    L += ["This live coverage has ended.", "", f"{S['source']}  \u00b7  Contact  \u00b7  Terms of Service  \u00b7  Privacy Policy"]
    return "\n".join(L) + "\n", stamps


def r_godavari_atom(S):
    """Atom 1.0 general world feed, newest first; <published> and <updated> with +05:30 (India), generic desk author,
    <category term>, <summary type="html">."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/world/feed.atom"/>',
           f'<id>{S["url"]}/world/feed.atom</id>', f'<updated>{dt(S["entries"][0]["t"], z).isoformat()}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        link = f"{S['url']}/{e.get('cat', 'world').lower()}/{slug(e['h'], 50)}-{88201 + i * 7}"
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" href="{link}"/>', f'<id>{link}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>', f'<author><name>{esc(S["desk"])}</name></author>',
                f'<category term="{attr(e.get("cat", "World"))}"/>',
                '<summary type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</summary>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_southernbuh(S):
    """text live, oldest first; stamp line '21 Mar 07:50' (day and month, no year) above the headline; the date line names
    the weekday, day and month and the zone but NO year; page byline."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Live  \u00b7  Mykolaiv  \u00b7  Odesa  \u00b7  Kherson  \u00b7  Ukraine  \u00b7  Analysis", "", S["title"], S["dateline"], S["byline"], "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {SHORT_MONTHS[d.month - 1]} {d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if not e["p"]:
            L += ["\u25b6 Play video (0:41)", ""]
        if i == 4:
            L += ["Our newsroom works from Mykolaiv. Support it with a monthly donation.", ""]
    L += ["We will be back with live coverage tomorrow morning.", "", f"{S['source']}  \u00b7  About  \u00b7  Contacts  \u00b7  Privacy"]
    return "\n".join(L) + "\n", stamps


def r_thamesmere(S):
    """HTML live, newest first; relative stamps ('24m ago', '3h ago') counted from the capture clock in the header world-clock
    widget ('London 19:40 \u00b7 Kyiv 21:40 \u00b7 Moscow 22:40') under the printed date; JSON-LD @graph with a LiveBlogPosting whose
    liveBlogUpdate items carry headline and body but no dates."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    ups = [{"@type": "BlogPosting", "headline": e["h"], "articleBody": " ".join(e["p"])} for e in S["entries"]]
    first = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": S["url"].split("/live")[0] + "/#org", "name": S["source"]},
        {"@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "coverageStartTime": first.isoformat(),
         "publisher": {"@id": S["url"].split("/live")[0] + "/#org"}, "liveBlogUpdate": ups}]}
    kyiv = ref.astimezone(ZoneInfo("Europe/Kyiv")); msk = ref.astimezone(ZoneInfo("Europe/Moscow"))
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="topbar"><span class="today">{DAYS_EN[ref.weekday()]} {ref.day} {MONTHS[ref.month - 1]} {ref.year}</span> '
           f'<span class="clocks">London {ref:%H:%M} \u00b7 Kyiv {kyiv:%H:%M} \u00b7 Moscow {msk:%H:%M}</span> <span class="weather">London 11\u00b0C, light rain</span></div>',
           f'<header><a class="masthead" href="/">{esc(S["source"])}</a> <nav><a>News</a> <a>World</a> <a>Politics</a> <a>Money</a> <a>Sport</a> <a>Live</a></nav></header>',
           f'<main><p class="kicker">LIVE</p><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins}m ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = f"{mins // 60}h ago"
        stamps.append(st)
        out.append(f'<div class="lb-post"><span class="lb-when">{st}</span><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="lb-by">Posted by {esc(e["a"])}</p>')
        out.append('</div>')
        if i == 1:
            out.append('<div class="promo">Get breaking news alerts from the Echo app</div>')
    out += ['<button class="more">Load earlier posts</button></main>', f'<footer>{esc(S["source"])} \u00b7 Contact \u00b7 Complaints \u00b7 Privacy \u00b7 Cookies</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_havelland(S):
    """HTML article with NewsArticle JSON-LD (datePublished); visible byline and dateline '21 March 2026, 16:20 CET';
    h2 sections (one entry per section), no per-section time."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
          "dateModified": d0.isoformat(), "author": [{"@type": "Person", "name": S["author"]}],
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "articleSection": "World", "inLanguage": "en"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a> <nav><a>Berlin</a> <a>Germany</a> <a>Europe</a> <a>World</a> <a>Business</a> <a>Culture</a></nav> <a>Subscribe</a></header>',
           '<main><article><p class="kicker">UKRAINE</p>', f'<h1>{esc(S["title"])}</h1>', f'<p class="teaser">{esc(S["lede"])}</p>',
           f'<p class="meta"><span class="author">By {esc(S["author"])}</span> \u00b7 <span class="date">{esc(S["dateline"])}</span></p>',
           f'<figure><figcaption>{esc(S["caption"])}</figcaption></figure>']
    for i, e in enumerate(S["entries"]):
        assert e["t"] == S["dateline_t"]
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<div class="paywall-teaser">Already a subscriber? <a>Log in</a></div>')
    out += ['<section class="more"><h3>More on this topic</h3><a>How Germany\u2019s air-defence deliveries are financed</a></section>',
            '</article></main>', f'<footer>\u00a9 {esc(S["source"])} \u00b7 Imprint \u00b7 Privacy \u00b7 Terms</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


# ================================================================ PART A: ten real outlets' layouts (own words, invented 2026 news)
SEEDS = []

# ---------------------------------------------------------------- 11600 U.S. Department of Defense (defense.gov RSS)
SEEDS.append(dict(
  id="11600", name="11600_defensegov-newsrss", ext="xml", source="U.S. Department of Defense", zone="America/New_York", render=r_dod_rss,
  title="U.S. Department of Defense - News", url="https://www.defense.gov/DesktopModules/ArticleCS/RSS.ashx?max=10&ContentType=1&Site=945",
  basis="RSS pubDate '{s}' (explicit -04:00 offset, written with a colon by the .NET formatter = EDT); local {d} in {z}",
  notes="Imitates the defense.gov news RSS feed (DNN ArticleCS module, .NET SyndicationFeed output: xmlns:a10, items ordered guid/link/category/title/description/pubDate/a10:updated). Newest first. pubDate is 'Thu, 09 Apr 2026 19:05:00 -04:00' (offset with a colon, not strict RFC 822); a10:updated repeats the same instant in ISO form. description is the one-paragraph summary; no author element, so author is null. Three of seven items are not about the war (submarine commissioning, border deployment) or only loosely (none); two are about U.S. forces' own posture/training (other/security).",
  not_entries=["channel title/link/description/language/lastBuildDate/a10:id", "guid, link and category of every item", "enclosure image URLs", "a10:updated (same instant as pubDate)"],
  entries=[
  E("2026-04-09 19:05", "Hegseth, Ukrainian Counterpart Discuss Pace of Air Defense Deliveries",
    ["Secretary of Defense Pete Hegseth spoke by phone Thursday with Ukraine's defense minister about the delivery schedule for Patriot interceptors and other U.S.-made air defense munitions that European allies are buying for Kyiv through NATO."],
    "aid", "aid", 2, "hegseth-ukraine-air-defense-call-2026-04-09", sec=["diplomacy"], cat="News Stories"),
  E("2026-04-09 17:20", "Statement on Defense Department Participation in Geneva Talks on Ukraine",
    ["Army Secretary Dan Driscoll will lead a Defense Department team at next week's technical talks in Geneva on how a ceasefire between Russia and Ukraine could be monitored, Pentagon Chief Spokesman Sean Parnell said in a statement Thursday."],
    "diplomacy", "diplomacy", 3, "pentagon-team-geneva-ceasefire-monitoring-talks-2026-04", cat="Releases"),
  E("2026-04-09 15:40", "Soldiers in Poland Help Track Drones During Russian Strike on Western Ukraine",
    ["Patriot crews deployed in southeastern Poland tracked several Russian drones that flew within a few miles of the border during an overnight attack on Ukraine's Lviv and Volyn regions, U.S. Army Europe and Africa officials said. No drones entered Polish airspace, and U.S. forces did not fire."],
    "other", "security", 2, "us-patriot-crews-poland-track-drones-2026-04-09", sec=["strikes"], cat="News Stories",
    n="leads with U.S. soldiers tracking drones (posture), not with the attack itself"),
  E("2026-04-09 13:15", "Army Rewrites Small-Drone Training After Studying Ukraine's Battlefield",
    ["Trainers at the Joint Readiness Training Center at Fort Polk, Louisiana, are redesigning unit rotations so that soldiers face swarms of cheap first-person-view drones, an approach drawn from four years of fighting in Ukraine, commanders said."],
    "other", "security", 2, "army-drone-training-lessons-from-ukraine-2026-04", cat="Feature Stories"),
  OFF("2026-04-09 11:50", "Navy Commissions Newest Virginia-Class Attack Submarine",
    ["The Navy commissioned the attack submarine USS Idaho on Thursday during a ceremony at Naval Submarine Base New London in Groton, Connecticut."],
    "uss-idaho-commissioning-2026-04-09", n="U.S. Navy ceremony", cat="News Stories"),
  OFF("2026-04-09 10:30", "Hegseth Approves More Troops for Southern Border Mission",
    ["Secretary of Defense Pete Hegseth approved the deployment of about 1,500 more service members to support Department of Homeland Security operations along the southern border, the Pentagon said."],
    "southern-border-troop-increase-2026-04", n="U.S. border deployment", cat="Releases"),
  E("2026-04-09 08:45", "European Command Chief Says Russia Is Rebuilding Forces Near NATO Border",
    ["Air Force Gen. Alexus Grynkewich, the commander of U.S. European Command, told senators Wednesday that Russia is rebuilding ground units along NATO's eastern edge faster than expected even as its war in Ukraine continues."],
    "other", "security", 2, "grynkewich-russia-rebuilding-forces-testimony-2026-04-08", cat="News Stories",
    n="first sentence contains 'Gen.' before a capitalised name"),
  ]))

# ---------------------------------------------------------------- 11601 GOV.UK (Atom)
SEEDS.append(dict(
  id="11601", name="11601_govuk-mod-fcdo-atom", ext="xml", source="GOV.UK", zone="Europe/London", render=r_govuk_atom,
  title="News and communications from Ministry of Defence and Foreign, Commonwealth & Development Office - GOV.UK",
  url="https://www.gov.uk/search/news-and-communications.atom?organisations%5B%5D=ministry-of-defence&organisations%5B%5D=foreign-commonwealth-development-office",
  basis="Atom <updated> '{s}' (explicit +01:00 = BST; GOV.UK feeds carry no <published>); local {d} in {z}",
  notes="Imitates a GOV.UK finder Atom feed (news and communications of the MOD and the FCDO). Newest first. Entries have only <updated> (no <published>); it is the only time given and is used as published. The feed-level <author> is 'HM Government' (an institution, not a byline): author null for every entry. <summary> is the one-sentence page description (escaped once as type=html). Two of six items are off-beat (Sudan funding, Armed Forces Commissioner).",
  not_entries=["feed id, links, title and updated", "feed-level author 'HM Government'", "entry id/link URLs"],
  entries=[
  E("2026-04-21 18:10", "UK sanctions 100 more shadow fleet tankers carrying Russian oil",
    ["The UK has sanctioned 100 further oil tankers and four flag registries that help Russia ship crude around Western price caps, the Foreign Secretary announced today."],
    "diplomacy", "diplomacy", 3, "uk-shadow-fleet-sanctions-2026-04-21"),
  E("2026-04-21 16:25", "Defence Secretary hosts coalition of the willing planning meeting in London",
    ["Defence ministers and military planners from more than 30 countries met in London to refine plans for a multinational force that would help secure Ukraine after a ceasefire."],
    "diplomacy", "diplomacy", 3, "coalition-of-the-willing-london-meeting-2026-04-21"),
  E("2026-04-21 14:00", "Foreign Secretary condemns deadly Russian missile strike on Odesa",
    ["Foreign Secretary Yvette Cooper said the overnight Russian missile attack on Odesa, which killed at least six people, showed that Moscow was still not serious about peace."],
    "strikes", "strikes", 3, "odesa-missile-strike-2026-04-21", n="official reaction whose content is the attack itself: strikes"),
  E("2026-04-21 12:35", "British Army trains its 5,000th Ukrainian recruit of 2026",
    ["Ukrainian recruits completing a five-week course in the UK have taken the number trained this year under Operation Interflex to 5,000, the Ministry of Defence said."],
    "aid", "aid", 2, "operation-interflex-5000-recruits-2026"),
  OFF("2026-04-21 10:15", "\u00a3120 million to help families facing hunger in Sudan",
    ["The UK will provide \u00a3120 million in new humanitarian funding for Sudan and for neighbouring countries hosting people who have fled the fighting."],
    "uk-sudan-humanitarian-funding-2026-04", n="Sudan aid"),
  OFF("2026-04-21 08:30", "First Armed Forces Commissioner starts work",
    ["The first Armed Forces Commissioner has taken up the post, with powers to investigate welfare concerns raised by serving personnel and their families."],
    "armed-forces-commissioner-starts-2026-04", n="UK forces welfare"),
  ]))

# ---------------------------------------------------------------- 11602 President of Ukraine (president.gov.ua)
SEEDS.append(dict(
  id="11602", name="11602_presidentgovua-allnews", ext="txt", source="President of Ukraine", zone="Europe/Kyiv", render=r_president,
  title="News",
  basis="stamp '{s}' printed under the headline (full date; Kyiv time implied, no zone printed, EET = UTC+2 in March); local {d} in {z}",
  notes="Imitates the English 'All news' listing of president.gov.ua as copied from the browser. Newest first. Each item: headline, then a stamp '24 March 2026 - 21:35' (date and 24-hour time, Kyiv time, no zone printed), then the lead paragraph(s). No bylines (author null). The evening address (11602-01) mentions the overnight attack but is a separate statement (own story). 11602-06 is a UAE-mediated prisoner exchange (diplomacy).",
  not_entries=["site title line and language switch", "'Search the site'", "main menu line", "section title 'News' (page title)", "sub-menu 'All news   Addresses ...'", "'Show more'", "social-media line", "footer reuse/address line"],
  entries=[
  E("2026-03-24 21:35", "Every Russian strike must have consequences for Russia \u2013 address by the President of Ukraine",
    ["Today Russia once again showed what it wants: more than four hundred drones and dozens of missiles in a single night, most of them aimed at our energy system and at ordinary homes.",
     "I thank every partner who has responded. But words are not enough \u2013 we need decisions on air defence and on new sanctions, and we are working on both with Europe and with America."],
    "strikes", "strikes", 2, "zelenskyy-evening-address-2026-03-24", sec=["diplomacy", "aid"],
    n="statement about the day, separate story from the overnight attack (11602-04)"),
  E("2026-03-24 19:20", "The President of Ukraine met with the Prime Minister of Norway",
    ["Volodymyr Zelenskyy met with Prime Minister of Norway Jonas Gahr St\u00f8re, who arrived in Kyiv on a visit.",
     "The parties discussed Norway\u2019s financing of Ukrainian drone production and of air defence purchases, as well as the coordination of positions before the next round of negotiations."],
    "diplomacy", "diplomacy", 3, "norway-pm-kyiv-visit-2026-03-24", sec=["aid"]),
  E("2026-03-24 17:45", "Head of State held a Staff meeting: the situation in the Kostiantynivka and Huliaipole directions",
    ["President Volodymyr Zelenskyy held a regular meeting of the Staff of the Supreme Commander-in-Chief.",
     "Commander-in-Chief of the Armed Forces of Ukraine Oleksandr Syrskyi reported on the situation at the front, in particular in the Kostiantynivka and Huliaipole directions, where the occupiers are trying to increase pressure."],
    "other", "frontline", 2, "stavka-meeting-2026-03-24"),
  E("2026-03-24 14:10", "Russia launched over 400 drones and 34 missiles overnight: the President called on partners to respond",
    ["Overnight, Russia attacked Ukraine with 412 attack drones and 34 missiles of various types, Volodymyr Zelenskyy said.",
     "The main targets were energy facilities in the Kyiv, Zaporizhzhia and Lviv regions. In Zaporizhzhia, five people were killed and 23 injured, among them two children."],
    "strikes", "strikes", 3, "russian-mass-attack-energy-2026-03-24"),
  E("2026-03-24 12:30", "The President signed a decree on sanctions against suppliers of components for Russian missiles",
    ["Volodymyr Zelenskyy signed a decree putting into effect the decision of the National Security and Defense Council on sanctions against 42 individuals and companies involved in supplying components for Russian missiles."],
    "diplomacy", "diplomacy", 2, "ukraine-sanctions-decree-missile-suppliers-2026-03-24"),
  E("2026-03-24 10:40", "175 Ukrainian defenders have returned home from Russian captivity",
    ["Another 175 Ukrainian defenders have been released from Russian captivity and are already home, the President announced.",
     "Among them are servicemen of the Armed Forces, the National Guard and the State Border Guard Service, most of whom had been held since 2022. The exchange became possible with the mediation of the United Arab Emirates."],
    "diplomacy", "diplomacy", 3, "prisoner-exchange-175-2026-03-24"),
  E("2026-03-24 09:05", "The President had a phone conversation with the President of the European Council",
    ["Volodymyr Zelenskyy spoke with President of the European Council Ant\u00f3nio Costa about preparations for the European Council meeting and the next steps on Ukraine\u2019s path to membership."],
    "diplomacy", "diplomacy", 2, "zelenskyy-costa-call-2026-03-24"),
  ]))

# ---------------------------------------------------------------- 11603 U.S. Department of State (press releases)
SEEDS.append(dict(
  id="11603", name="11603_stategov-pressreleases", ext="html", source="U.S. Department of State", zone="America/New_York", render=r_state,
  title="Press Releases - United States Department of State",
  basis="visible date '{s}' (no time printed); the time comes from the item's <time datetime> attribute (WordPress post time with -04:00 = EDT); local {d} in {z}",
  notes="Imitates the state.gov Press Releases collection page (WordPress, Yoast JSON-LD graph with CollectionPage/BreadcrumbList/WebSite only). Newest first. Each result: title link; a meta line with type ('Readout', 'Press Statement', 'Media Note'), byline and the visible date 'April 2, 2026' WITHOUT a time; the <time datetime> attribute carries the full post time (with seconds and -04:00 offset), which is used for published. A one-paragraph excerpt follows. Author: 'Marco Rubio, Secretary of State' gives 'Marco Rubio'; 'Office of the Spokesperson' (an office, no person) gives null. Two off-beat items (Panama meeting, Nigeria attack).",
  not_entries=["skip link, 'An official website of the United States Government' banner", "logo and navigation, search form", "page heading 'Press Releases'",
               "filter buttons and 'Showing 1 - 7 of ...' line", "type labels and bylines in every meta line", "pagination", "footer links", "Yoast JSON-LD (no entries)"],
  entries=[
  E("2026-04-02 18:47:12", "Secretary Rubio\u2019s Call with Ukrainian Foreign Minister Sybiha",
    ["Secretary of State Marco Rubio spoke today with Ukrainian Foreign Minister Andrii Sybiha about preparations for the next round of technical talks and the need to keep up momentum toward a durable peace."],
    "diplomacy", "diplomacy", 2, "rubio-sybiha-call-2026-04-02", kind="Readout", by="Office of the Spokesperson"),
  E("2026-04-02 16:31:05", "Sanctioning Networks That Supply Russia\u2019s Drone Industry",
    ["Today the United States is designating more than 40 companies and individuals in China, the United Arab Emirates and T\u00fcrkiye that have supplied Russia with engines, microelectronics and machine tools for its long-range attack drones."],
    "diplomacy", "diplomacy", 3, "us-sanctions-russian-drone-suppliers-2026-04-02", a="Marco Rubio", kind="Press Statement", by="Marco Rubio, Secretary of State"),
  E("2026-04-02 14:08:40", "United States to Host Black Sea Navigation Safety Talks",
    ["The United States will host technical talks next week with Ukrainian and Turkish officials on practical measures to protect commercial shipping in the Black Sea."],
    "diplomacy", "diplomacy", 2, "us-black-sea-navigation-talks-announced-2026-04", kind="Media Note", by="Office of the Spokesperson"),
  E("2026-04-02 12:22:19", "Remembering the Victims of Bucha",
    ["Four years after Ukrainian forces retook Bucha, the United States honors the civilians killed during the Russian occupation of the town and supports the work of documenting what happened there."],
    "other", "humanitarian", 2, "bucha-anniversary-statement-2026", kind="Press Statement", by="Office of the Spokesperson"),
  OFF("2026-04-02 11:04:51", "Deputy Secretary Landau\u2019s Meeting with Panamanian Foreign Minister Mart\u00ednez-Acha",
    ["Deputy Secretary of State Christopher Landau met today with Panamanian Foreign Minister Javier Mart\u00ednez-Acha to discuss the security of the Panama Canal and regional migration."],
    "landau-panama-meeting-2026-04-02", n="US-Panama relations", kind="Readout", by="Office of the Spokesperson"),
  E("2026-04-02 10:15:33", "Welcoming the Return of Ukrainian Children",
    ["The United States welcomes the return to Ukraine of 31 children who had been taken to Russia or to Russian-occupied territory, a step facilitated by Qatar."],
    "other", "humanitarian", 2, "ukrainian-children-returned-via-qatar-2026-04", sec=["diplomacy"], kind="Press Statement", by="Office of the Spokesperson"),
  OFF("2026-04-02 09:02:07", "Condemning the Attack on Displaced Persons in Borno State, Nigeria",
    ["The United States condemns the attack on a camp for displaced people in Borno State, Nigeria, which killed at least 20 civilians."],
    "borno-camp-attack-2026-04", n="Nigeria", kind="Press Statement", by="Office of the Spokesperson"),
  ]))

# ---------------------------------------------------------------- 11604 Council of the EU (consilium press releases)
SEEDS.append(dict(
  id="11604", name="11604_consilium-pressreleases", ext="html", source="Council of the EU", zone="Europe/Brussels", render=r_consilium,
  title="Press releases",
  basis="bare stamp '{s}' under the date header '16 March 2026' (Brussels time implied, no zone printed; CET = UTC+1); local {d} in {z}",
  notes="Imitates the consilium.europa.eu press-release list on a Foreign Affairs Council day. Newest first. The date is printed only once, as the group header '16 March 2026'; each item shows a bare 24-hour time ('20:10', Brussels time, no zone printed; CET in March), a type label ('Press release', 'Statement'), title, one-paragraph summary and topic tags. No author anywhere (null). No JSON-LD. Two off-beat items (water resilience, Montenegro accession).",
  not_entries=["cookie consent bar", "header logo, navigation and language switch", "breadcrumb", "page title 'Press releases'", "filter form",
               "date header '16 March 2026'", "type labels", "topic tag lines", "'Load more results'", "newsletter box", "footer"],
  entries=[
  E("2026-03-16 20:10", "Russia\u2019s war of aggression against Ukraine: EU extends individual sanctions for another six months",
    ["The Council today renewed the restrictive measures against persons and entities responsible for undermining the territorial integrity, sovereignty and independence of Ukraine until 15 September 2026."],
    "diplomacy", "diplomacy", 3, "eu-individual-sanctions-renewal-2026-03-16", kind="Press release", tags="Foreign affairs & international relations \u00b7 Ukraine \u00b7 Sanctions"),
  E("2026-03-16 18:35", "Foreign Affairs Council, 16 March 2026: main results",
    ["Ministers discussed the latest developments in Russia\u2019s war against Ukraine with Foreign Minister Andrii Sybiha, who attended the meeting in person, and also exchanged views on the Middle East and on relations with China."],
    "diplomacy", "diplomacy", 2, "foreign-affairs-council-2026-03-16", kind="Press release", tags="Foreign affairs & international relations"),
  E("2026-03-16 17:05", "Ukraine support loan: Council approves first \u20ac15 billion disbursement",
    ["The Council today approved the payment of the first \u20ac15 billion under the loan for Ukraine agreed by EU leaders in December, to help cover the country\u2019s military and budget needs in the coming months."],
    "aid", "aid", 3, "eu-ukraine-support-loan-first-disbursement-2026-03-16", kind="Press release", tags="Ukraine \u00b7 Economy & finance"),
  E("2026-03-16 15:40", "Ukraine: Statement by the High Representative on behalf of the EU on Russia\u2019s attacks on the energy system",
    ["The European Union condemns in the strongest terms the renewed large-scale Russian missile and drone strikes against Ukraine\u2019s energy infrastructure over the weekend, which left hundreds of thousands of households without electricity and heating."],
    "strikes", "strikes", 2, "russian-weekend-energy-strikes-2026-03-14", kind="Statement", tags="Foreign affairs & international relations \u00b7 Ukraine",
    n="official reaction whose content is the attack itself: strikes"),
  OFF("2026-03-16 12:20", "Water resilience: Council calls for better preparation for droughts",
    ["The Council approved conclusions urging member states to prepare for more frequent droughts by reusing more treated water and cutting leaks in supply networks."],
    "eu-water-resilience-conclusions-2026-03", n="EU environment policy", kind="Press release", tags="Environment"),
  OFF("2026-03-16 10:00", "Montenegro: two more chapters closed in accession negotiations",
    ["The EU and Montenegro provisionally closed two further chapters of their accession negotiations at an intergovernmental conference in Brussels."],
    "montenegro-accession-chapters-2026-03", n="EU enlargement (Western Balkans)", kind="Press release", tags="Enlargement"),
  ]))

# ---------------------------------------------------------------- 11605 UN News (World News in Brief)
SEEDS.append(dict(
  id="11605", name="11605_unnews-worldbrief", ext="txt", source="UN News", zone="America/New_York", render=r_unnews,
  title="World News in Brief: Civilian toll in Ukraine rises, convoy reaches Donetsk front line, cholera in Darfur",
  date="2026-05-06", tag="Humanitarian Aid",
  caption="Rescue workers clear debris from a damaged residential building in Zaporizhzhia, Ukraine.",
  audio_credit="Daniel Okoro - UN News", photo_credit="\u00a9 UNICEF/Oleh Bondar",
  related=["Ukraine: Attacks on energy leave millions facing power cuts", "Sudan: Famine risk spreads as fighting closes roads"],
  basis="no time printed anywhere: only the article date '6 May 2026' (UN News, New York); published is the date alone",
  notes="Imitates a UN News 'World News in Brief' article (news.un.org) as copied from the browser: title, the date '6 May 2026' and topic tag under it, audio-player lines, a photo caption, then five items each introduced by a bold heading line (one entry per heading), then audio/photo credits and related stories. No time is printed anywhere, so stamp is null and published is date-only (2026-05-06), as in the shared gold for the Euronews article. No bylines in the brief items (the audio credit is not an author): author null. Three of five items are not about the war (Darfur cholera, Haiti schools, jailed journalists).",
  not_entries=["skip link, 'Welcome to the United Nations', masthead and tagline, search, navigation", "page title (the round-up headline)", "date line '6 May 2026' and topic tag 'Humanitarian Aid'",
               "audio player lines ('Audio duration', duration, 'Download')", "photo caption line", "'Audio Credit' and 'Photo Credit' lines", "'Related Stories' and its two links", "newsletter and WhatsApp promos, footer"],
  entries=[
  E("2026-05-06", "Civilian casualties in Ukraine highest in nearly three years",
    ["At least 242 civilians were killed and more than 1,100 injured in Ukraine in April, the highest monthly toll since mid-2023, the UN Human Rights Monitoring Mission in Ukraine (HRMMU) said on Wednesday.",
     "Most casualties were caused by long-range missiles, guided aerial bombs and short-range drones hitting towns and cities near the front line, the mission said."],
    "other", "humanitarian", 2, "hrmmu-april-2026-civilian-casualties", sec=["strikes"]),
  E("2026-05-06", "Aid convoy reaches front-line town in Donetsk region",
    ["A UN inter-agency convoy delivered food, medicines, hygiene kits and generators to residents remaining in Druzhkivka, a town in Ukraine\u2019s Donetsk region a few kilometres from the front line.",
     "The UN Resident and Humanitarian Coordinator in Ukraine, Matthias Schmale, said about 8,000 people still live in the town, many of them older people who cannot leave."],
    "aid", "aid", 2, "un-convoy-druzhkivka-2026-05-06"),
  OFF("2026-05-06", "Cholera spreading fast in Darfur",
    ["Cholera is spreading quickly across Sudan\u2019s Darfur region ahead of the rainy season, the World Health Organization warned, with more than 3,000 suspected cases reported in the past month."],
    "darfur-cholera-2026-05", n="Sudan"),
  OFF("2026-05-06", "Haiti: gang violence shuts hundreds more schools",
    ["More than 300 additional schools in and around Port-au-Prince have closed since January because of gang violence, leaving tens of thousands of children without classes, UNICEF said."],
    "haiti-school-closures-2026-05", n="Haiti"),
  OFF("2026-05-06", "Record number of journalists behind bars, says UNESCO",
    ["More journalists are in prison worldwide than at any time since records began, UNESCO said in a report marking this week\u2019s World Press Freedom Day events."],
    "unesco-jailed-journalists-report-2026", n="press freedom"),
  ]))

# ---------------------------------------------------------------- 11606 ReliefWeb (OCHA situation update)
SEEDS.append(dict(
  id="11606", name="11606_reliefweb-ochasitrep", ext="html", source="ReliefWeb", zone="UTC", render=r_reliefweb,
  title="Ukraine: Humanitarian Situation Update (26 March 2026)", posted="2026-03-26 14:52:31",
  highlights=["At least nine civilians killed and more than 60 injured in Kharkiv and Sumy oblasts in five days.",
              "Around 300,000 people in Odesa oblast lost power, water or heating after strikes on energy sites.",
              "The 2026 response plan is only 14 per cent funded at the end of the first quarter."],
  overview_head="SITUATION OVERVIEW AND RESPONSE",
  footnote="OCHA Ukraine coordinates the humanitarian response with UN agencies, NGOs and local authorities. For more information, contact ocha-ukraine@un.org.",
  basis="no per-section stamp; the page's 'Posted' date '26 Mar 2026' is printed without a time, the time comes from its <time datetime> attribute (UTC); every section gets the page time; local {d} in {z}",
  notes="Imitates a ReliefWeb report page carrying an OCHA Ukraine situation update. Meta block: Format 'Situation Report', Source 'OCHA', 'Posted' shown as '26 Mar 2026' inside a <time datetime> that carries the full UTC posting time (14:52:31), 'Originally published' as a plain date. Body: a HIGHLIGHTS bullet list (a summary of the sections below; it is NOT a 'Key Points' block, so key_point is false everywhere), a section title, then six h3 sections = six entries, none with its own time: all take the posting time. Source organisation OCHA is not a byline: author null. No JSON-LD.",
  not_entries=["header, tagline, navigation, log in/sign up", "breadcrumb", "country and format labels", "page title", "meta block (Format, Source, Posted, Originally published, Origin)",
               "attachment link 'Download Report (PDF | 1.37 MB)'", "HIGHLIGHTS heading and its three bullets (summary of the sections)", "section title 'SITUATION OVERVIEW AND RESPONSE'",
               "closing contact note in italics", "'Related Content' links", "share line", "footer"],
  entries=[
  E("2026-03-26 14:52:31", "Deadly attacks in Kharkiv and Sumy oblasts",
    ["Attacks in Kharkiv and Sumy oblasts between 21 and 25 March killed at least nine civilians and injured more than 60, according to local authorities.",
     "In Kharkiv city, a strike on 23 March damaged a school and dozens of homes; humanitarian partners handed out emergency shelter kits and provided psychosocial support and legal aid the same day."],
    "strikes", "strikes", 3, "kharkiv-sumy-attacks-2026-03-21-25"),
  E("2026-03-26 14:52:31", "Odesa: power cuts disrupt water and heating",
    ["Repeated strikes on energy facilities in Odesa oblast left about 300,000 people without electricity, water or heating for up to three days this week.",
     "Partners delivered drinking water by truck and set up heating points in schools in the most affected districts."],
    "other", "humanitarian", 2, "odesa-oblast-power-cuts-humanitarian-2026-03", sec=["strikes"]),
  E("2026-03-26 14:52:31", "Evacuations continue from front-line communities in Donetsk oblast",
    ["More than 2,300 people, including 240 children, were evacuated from front-line areas of Donetsk oblast during the reporting period, most of them from communities around Kostiantynivka and Druzhkivka."],
    "other", "humanitarian", 2, "donetsk-oblast-evacuations-2026-03"),
  E("2026-03-26 14:52:31", "Aid worker injured in Kherson drone strike",
    ["A humanitarian worker was injured on 24 March when a drone hit a clearly marked NGO vehicle in Kherson city, the third such incident this year.",
     "Humanitarian organizations called again for respect for aid workers and civilian vehicles."],
    "strikes", "strikes", 2, "kherson-ngo-vehicle-drone-strike-2026-03-24"),
  E("2026-03-26 14:52:31", "Humanitarian response in February",
    ["Humanitarian organizations reached about 1.1 million people with at least one form of assistance in February, including food, cash, winter supplies and health care."],
    "aid", "aid", 2, "ukraine-humanitarian-response-february-2026"),
  E("2026-03-26 14:52:31", "Funding",
    ["As of 25 March, the 2026 Ukraine Humanitarian Needs and Response Plan, which seeks $2.3 billion, was 14 per cent funded."],
    "aid", "aid", 2, "ukraine-response-plan-2026-funding"),
  ]))

# ---------------------------------------------------------------- 11607 IAEA (Newscenter)
SEEDS.append(dict(
  id="11607", name="11607_iaea-newscenter", ext="txt", source="IAEA", zone="Europe/Vienna", render=r_iaea,
  title="Newscenter",
  basis="stamp '{s}' is a date only (no time printed anywhere on the IAEA listing); published is the date alone",
  notes="Imitates the iaea.org Newscenter listing as copied from the browser: each card is a type label ('Press Release', 'News Story', 'Statement'), the title, the date '19 May 2026' (no time anywhere) and a teaser. All six items carry the same date; published is date-only (2026-05-19) and the page order is the site's (newest first, not checkable). The IAEA spells the plant 'Zaporizhzhya' (ZNPP). The Update headline is generic; the teaser leads with the plant's loss of off-site power (nuclear safety: other/security, secondary strikes). Three of six items are not about the war. No bylines: author null.",
  not_entries=["skip link, logo lines and tagline", "main menu", "breadcrumb", "page title 'Newscenter'", "filter line", "type labels ('Press Release', 'News Story', 'Statement')", "'Load more'", "newsletter box, address and footer links"],
  entries=[
  E("2026-05-19", "Update 352 \u2013 IAEA Director General Statement on Situation in Ukraine",
    ["The Zaporizhzhya Nuclear Power Plant (ZNPP) lost all off-site power for the fourteenth time since the start of the military conflict after its only remaining 750 kilovolt line was cut, Director General Rafael Mariano Grossi said today."],
    "other", "security", 3, "znpp-off-site-power-loss-2026-05-19", sec=["strikes"], kind="Press Release"),
  E("2026-05-19", "IAEA Teams Complete Rotation at Ukraine\u2019s Nuclear Sites",
    ["IAEA experts rotated at the Chornobyl, Khmelnytskyy, Rivne and South Ukraine sites this week, with one team\u2019s road journey delayed by an air raid alert, the Agency said."],
    "other", "security", 2, "iaea-teams-rotation-ukraine-sites-2026-05", kind="News Story"),
  E("2026-05-19", "IAEA Delivers Radiation Monitoring and Medical Equipment to Ukraine",
    ["The IAEA has delivered radiation monitoring devices and medical equipment worth \u20ac3 million to Ukrainian hospitals and the State Emergency Service, funded by contributions from Japan and the European Union."],
    "aid", "aid", 2, "iaea-equipment-delivery-ukraine-2026-05", kind="Press Release"),
  OFF("2026-05-19", "Mongolia Opens New Radiotherapy Centre with IAEA Support",
    ["A new radiotherapy centre in Ulaanbaatar will allow hundreds more cancer patients a year to be treated in Mongolia instead of travelling abroad."],
    "mongolia-radiotherapy-centre-2026", n="cancer care", kind="News Story"),
  OFF("2026-05-19", "Director General\u2019s Remarks at the International Conference on Nuclear Knowledge Management",
    ["Director General Rafael Mariano Grossi told the conference that countries building their first nuclear power plants must plan now for the engineers and regulators they will need in twenty years."],
    "grossi-knowledge-management-conference-2026", n="nuclear workforce conference", kind="Statement"),
  OFF("2026-05-19", "IAEA Starts Research Project on Microplastics in Coastal Waters",
    ["Laboratories from 18 countries will use nuclear techniques to trace how microplastics move through coastal food chains under a new IAEA coordinated research project."],
    "iaea-microplastics-research-project-2026", n="marine research", kind="Press Release"),
  ]))

# ---------------------------------------------------------------- 11608 OSCE (Newsroom)
SEEDS.append(dict(
  id="11608", name="11608_osce-newsroom", ext="html", source="OSCE", zone="Europe/Vienna", render=r_osce,
  title="Newsroom",
  basis="visible date '{s}' (no time printed); the time comes from the item's <time datetime> attribute (UTC, 'Z'); local {d} in {z}",
  notes="Imitates the osce.org Newsroom listing (Drupal). Newest first. Each row: type label, title, a meta line 'Place, 15 April 2026' whose date sits in a <time datetime> attribute carrying the full UTC time (used for published), and the teaser, which begins with the release's own dateline ('KYIV, 15 April 2026 \u2013 '); first_sentence keeps that dateline as printed. No bylines: author null. Two off-beat items (Armenian elections, Bosnia and Herzegovina).",
  not_entries=["logo, navigation and language links", "page title 'Newsroom'", "type filter line", "type labels", "place names in the meta lines", "pager", "footer"],
  entries=[
  E("2026-04-15 18:40", "Chairperson-in-Office Cassis visits Kyiv, urges steps to protect civilians",
    ["KYIV, 15 April 2026 \u2013 OSCE Chairperson-in-Office and Swiss Foreign Minister Ignazio Cassis met President Volodymyr Zelenskyy and Foreign Minister Andrii Sybiha in Kyiv today, urging that civilians and civilian infrastructure be spared."],
    "diplomacy", "diplomacy", 3, "cassis-kyiv-visit-2026-04-15", kind="Press release", place="Kyiv", unit="chairpersonship"),
  E("2026-04-15 16:05", "OSCE media freedom representative condemns killing of journalist in Kherson drone attack",
    ["VIENNA, 15 April 2026 \u2013 The OSCE Representative on Freedom of the Media, Jan Braathu, today condemned the killing of a Ukrainian television journalist in a drone attack in Kherson on 13 April."],
    "strikes", "strikes", 3, "kherson-journalist-killed-drone-2026-04-13", kind="Press release", place="Vienna", unit="representative-on-freedom-of-media",
    n="official reaction whose content is the deadly attack: strikes"),
  E("2026-04-15 13:30", "Demining equipment handed over to Ukraine\u2019s emergency service",
    ["KYIV, 15 April 2026 \u2013 Armoured demining machines and mine detectors worth \u20ac2.4 million were handed over to Ukraine\u2019s State Emergency Service under an OSCE extra-budgetary project."],
    "aid", "aid", 2, "osce-demining-equipment-ukraine-2026-04-15", kind="News", place="Kyiv", unit="secretariat"),
  E("2026-04-15 11:50", "Parliamentary Assembly President calls for return of Ukrainian children taken to Russia",
    ["COPENHAGEN, 15 April 2026 \u2013 The President of the OSCE Parliamentary Assembly called for the return of all Ukrainian children deported to Russia or to occupied territory, saying their fate must be part of any peace settlement."],
    "other", "humanitarian", 2, "osce-pa-deported-children-appeal-2026-04-15", sec=["diplomacy"], kind="Press release", place="Copenhagen", unit="parliamentary-assembly"),
  OFF("2026-04-15 10:15", "ODIHR opens election observation mission in Armenia",
    ["YEREVAN, 15 April 2026 \u2013 The OSCE Office for Democratic Institutions and Human Rights (ODIHR) today opened an election observation mission for the 7 June parliamentary elections in Armenia, following an invitation from the Armenian authorities."],
    "odihr-armenia-election-mission-2026", n="Armenian elections", kind="Press release", place="Yerevan", unit="odihr"),
  OFF("2026-04-15 09:30", "OSCE Mission trains judges on hate crime cases in Bosnia and Herzegovina",
    ["SARAJEVO, 15 April 2026 \u2013 Forty judges and prosecutors completed a two-day OSCE course on recognizing and prosecuting hate crimes."],
    "osce-bih-hate-crime-training-2026-04", n="Bosnia and Herzegovina", kind="News", place="Sarajevo", unit="mission-to-bosnia-and-herzegovina"),
  ]))

# ---------------------------------------------------------------- 11609 Voice of America (live updates)
SEEDS.append(dict(
  id="11609", name="11609_voanews-liveupdates", ext="txt", source="Voice of America", zone="America/New_York", render=r_voa,
  title="Russia-Ukraine war: Live updates",
  lede="Voice of America brings you the latest on Russia's war in Ukraine, with reporting from Kyiv, Washington and the front line.",
  basis="bare 12-hour stamp '{s}' (Eastern time implied, no zone printed; EDT = UTC-4) under the day header printed above it; local {d} in {z}",
  notes="Imitates a voanews.com live-updates page as copied from the browser. Newest first. Day headers ('April 28, 2026', 'April 27, 2026') are printed only when the day changes; posts show a bare 12-hour time ('5:32 PM', no zone: Eastern time, EDT). The oldest post (8:10 PM on April 27 local) is already 00:10 UTC on April 28, so all eight posts fall on 2026-04-28 UTC. Each post ends with a credit line ('Reuters', 'Associated Press', 'VOA News', or a reporter with 'VOA Ukrainian Service'); agencies are kept as authors, 'VOA News' (the outlet's own desk) gives null, a named reporter gives the name. 11609-04 is a 'Watch:' video teaser without text (the overnight drone attack of 11609-07).",
  not_entries=["accessibility links and print options", "VOA logo lines, search, 'Live'", "navigation", "section label 'Europe'", "page title", "'Last Updated: ...' line", "page credit 'VOA News' under it", "'Share', 'Print'",
               "intro paragraph (page lede)", "day header lines 'April 28, 2026' / 'April 27, 2026'", "credit lines after each post", "'Embedded video  1:46' in the teaser", "'Load more'", "footer"],
  entries=[
  E("2026-04-28 17:32", "Zelenskyy says Ukraine ready for new talks in Istanbul",
    ["Ukrainian President Volodymyr Zelenskyy said Tuesday that his delegation was ready to meet Russian negotiators in Istanbul as early as next week if Moscow sends officials with the authority to make decisions.",
     "The Kremlin did not immediately comment."],
    "diplomacy", "diplomacy", 3, "zelenskyy-istanbul-talks-readiness-2026-04-28", a="Reuters", credit="Reuters"),
  E("2026-04-28 15:05", "US Senate committee advances Russia sanctions bill",
    ["The Senate Foreign Relations Committee voted 17-4 on Tuesday to advance a bill that would impose sanctions on Russian energy companies and tariffs on countries that keep buying Russian oil.",
     "The measure now goes to the full Senate, where its sponsors say it has more than 80 co-sponsors."],
    "diplomacy", "diplomacy", 2, "senate-committee-russia-sanctions-bill-2026-04-28", credit="VOA News"),
  E("2026-04-28 12:40", "Russian glide bombs kill 4 in Zaporizhzhia",
    ["Russian glide bombs struck a residential neighborhood of Zaporizhzhia on Tuesday, killing four people and injuring 17, regional Governor Ivan Fedorov said."],
    "strikes", "strikes", 3, "zaporizhzhia-glide-bombs-2026-04-28", a="Associated Press", credit="Associated Press"),
  E("2026-04-28 11:15", "Watch: Kyiv residents spend night in metro as drones target capital", [],
    "strikes", "strikes", 1, "overnight-drone-attack-ukraine-2026-04-28", n="video teaser without text; same event as 11609-07"),
  E("2026-04-28 09:20", "Ukraine says drones hit oil refinery in Russia's Samara region",
    ["Ukraine's General Staff said Tuesday its drones hit the Novokuibyshevsk oil refinery in Russia's Samara region overnight, causing a fire.",
     "Samara Governor Vyacheslav Fedorishchev said drone debris fell on an industrial site but did not name it."],
    "strikes", "strikes", 2, "novokuibyshevsk-refinery-drone-strike-2026-04-28", a="Reuters", credit="Reuters"),
  E("2026-04-28 07:05", "Russia claims capture of village in Zaporizhzhia region",
    ["Russia's Defense Ministry said Tuesday its forces had taken control of a village west of Huliaipole in Ukraine's Zaporizhzhia region. Ukraine did not confirm the claim."],
    "other", "frontline", 2, "russia-claims-village-west-of-huliaipole-2026-04-28", credit="VOA News"),
  E("2026-04-28 01:30", "Ukraine's air force: 112 drones launched overnight, 91 downed",
    ["Russia launched 112 attack drones at Ukraine overnight, the Ukrainian air force said early Tuesday, adding that 91 were shot down or jammed.",
     "Falling debris damaged apartment buildings in Kyiv's Obolon district, injuring three people, city officials said."],
    "strikes", "strikes", 2, "overnight-drone-attack-ukraine-2026-04-28", a="Ostap Verbytsky", credit="Ostap Verbytsky, VOA Ukrainian Service"),
  E("2026-04-27 20:10", "North Korea has shipped more artillery shells to Russia, Seoul says",
    ["South Korea's military intelligence service said Tuesday that North Korea sent several hundred more containers of artillery shells and rockets to Russia in March and April."],
    "aid", "aid", 2, "north-korea-shells-to-russia-2026-04", a="Associated Press", credit="Associated Press",
    n="posted Monday evening Eastern time = Tuesday in Seoul and 00:10 UTC Tuesday"),
  ]))


# ================================================================ PART B: three invented multi-source days
KREM = "kremenchuk-missile-strike-2026-05-12"
KHGB = "kharkiv-glide-bomb-saltivskyi-2026-05-12"
SANC = "eu-21st-sanctions-package-agreed-2026-05-12"
THEME1 = "analysis-why-russian-ballistic-missiles-get-through"
THEME1_H = "Analysis: Why Russia's ballistic missiles keep getting through"
THEME1_P = ["This morning's attack on Kremenchuk was carried out with ballistic missiles, the weapon Ukraine finds hardest to stop.",
            "Only the US-made Patriot and a handful of European SAMP/T batteries can reliably intercept them, and both depend on interceptors that are made in small numbers. Kyiv says it receives a fraction of what it needs.",
            "Russia, meanwhile, has stepped up production of Iskander-M missiles and still receives KN-23s from North Korea, according to Ukrainian intelligence, so it can fire several at one city at once and overwhelm the local defences."]

# ---------------------------------------------------------------- DAY 1: 2026-05-12 --------------------------------------
SEEDS.append(dict(
  id="11620", name="11620_fenmarrow-textlive", ext="txt", source="Fenmarrow Standard", zone="Europe/London", render=r_fenmarrow,
  title="Ukraine war live: Kremenchuk missile strike kills 11; EU seals new sanctions package", dateline="Tuesday 12 May 2026",
  lede="Rolling coverage of Russia's war in Ukraine, with updates from our correspondents in Kyiv, Brussels and London.",
  basis="stamp '{s}' (UK time printed as BST = UTC+1) under the dateline 'Tuesday 12 May 2026'; local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, newest first. A 'Key Points' block lists two entry headlines (key_point true). Each post: a stamp line 'HH:MM BST \u00b7 Author' (author optional), headline, body. 11620-03 is a theme piece (analysis of ballistic missiles) that mentions Kremenchuk but is its own story; it is re-posted verbatim by 11632 on day 2. 11620-05 is a 'Watch:' teaser without text, spelled 'Kremenchug'. Kremenchuk toll across the page: 3 (08:05) -> 11 (21:50).",
  not_entries=["masthead and navigation", "'LIVE' label", "page title and dateline 'Tuesday 12 May 2026'", "lede line", "'Key Points' header and its two bullet lines (pointers to posts)",
               "'Latest' label", "'[Video \u00b7 0:58]' placeholder in the teaser", "newsletter promo after the third post", "'Show earlier posts'", "footer line"],
  entries=[
  E("2026-05-12 21:50", "Kremenchuk toll rises to 11 as rescuers end search",
    ["Eleven people, two of them children, were killed when Russian ballistic missiles struck Kremenchuk this morning, the Poltava regional administration said this evening as rescuers finished clearing the rubble.",
     "Forty-three people were hurt, and 19 of them remain in hospital."],
    "strikes", "strikes", 3, KREM, a="Tamsin Okafor", kp=True, n="toll 11 dead, 43 injured"),
  E("2026-05-12 20:35", "EU ambassadors approve 21st sanctions package against Russia",
    ["EU ambassadors have signed off on the bloc's 21st package of sanctions against Russia, adding about 120 more shadow-fleet tankers and three Chinese refineries to its lists, diplomats in Brussels told us.",
     "The measures still need formal adoption by ministers, expected later this week."],
    "diplomacy", "diplomacy", 3, SANC, a="Piers Lindqvist", kp=True),
  E("2026-05-12 18:15", THEME1_H, THEME1_P,
    "strikes", "strikes", 2, THEME1, a="Tamsin Okafor", sec=["aid"],
    n="theme piece (analysis); mentions Kremenchuk but is its own story: must not merge with the Kremenchuk strike; re-posted verbatim on day 2 by 11632"),
  E("2026-05-12 16:00", "Starmer pledges more money for air-defence interceptors",
    ["Keir Starmer said the UK would pay for an extra batch of air-defence interceptors for Ukraine through the international fund it runs with Norway, without giving a figure.",
     "Speaking at a Downing Street press conference, the prime minister called the Kremenchuk attack 'a reminder of what Ukrainians face every night'."],
    "aid", "aid", 2, "starmer-interceptor-funding-pledge-2026-05-12", a="Piers Lindqvist",
    n="same theme (air defence) as Zelensky's appeal 11621-04 but a separate statement: must not merge; mentions Kremenchuk only as context"),
  E("2026-05-12 13:20", "Watch: Rescuers search rubble in Kremenchug", [], "strikes", "strikes", 1, KREM, n="teaser without body; spelling 'Kremenchug'"),
  E("2026-05-12 10:15", "Glide bomb kills two in Kharkiv's Saltivskyi district",
    ["Two people were killed and nine injured when a Russian guided aerial bomb hit a residential street in Kharkiv's Saltivskyi district, the city's mayor, Ihor Terekhov, said.",
     "The city has been hit by glide bombs almost daily since the start of the month."],
    "strikes", "strikes", 3, KHGB, a="Dmytro Havryliuk", n="another deadly strike the same morning: must not merge with the Kremenchuk strike"),
  E("2026-05-12 08:05", "Russian missiles hit Kremenchuk; at least three dead",
    ["At least three people were killed when Russian ballistic missiles struck a residential area of Kremenchuk, an industrial city on the Dnipro river in central Ukraine, early on Tuesday.",
     "Regional officials said a nine-storey apartment building was partly destroyed and a fire broke out at a nearby bus depot."],
    "strikes", "strikes", 3, KREM, a="Dmytro Havryliuk", n="first report; toll 3"),
  ]))

SEEDS.append(dict(
  id="11621", name="11621_kyivmeridian-htmllive", ext="html", source="Kyiv Meridian", zone="Europe/Kyiv", render=r_kyivmeridian,
  title="Live: Russian missiles strike Kremenchuk", url="https://kyivmeridian.example/live/2026/05/12/kremenchuk-strike",
  dateline="Tuesday, 12 May 2026 \u00b7 all times Kyiv (EEST)",
  lede="Follow our live updates on Russia's ballistic missile attack on Kremenchuk and the day's other news.",
  basis="visible stamp '{s}' (Kyiv summer time, EEST = UTC+3, said in the line under the title) in <time datetime>, matching the update's JSON-LD datePublished; local {d} in {z}",
  notes="Invented outlet (Kyiv, English). HTML live blog, oldest first. LiveBlogPosting JSON-LD with per-update datePublished (+03:00) and author, consistent with the visible '<time datetime>' bare stamps ('06:58'). Byline 'By NAME' under each headline. 11621-02 is the overnight drone attack on a gas site in the same region (Poltava): must not merge with the Kremenchuk missile strike. 11621-06 repeats 11621-05 nearly verbatim (only 'were injured' -> 'have been injured'). Toll on this page: 3 -> 7.",
  not_entries=["header brand and navigation", "page title", "line 'Tuesday, 12 May 2026 \u00b7 all times Kyiv (EEST)'", "standfirst", "'By NAME' bylines (authors, not body)", "'Copy link' / 'Share' buttons",
               "membership promo after the fourth post", "closing note 'This live page is no longer updated ...'", "footer", "JSON-LD (same updates as the visible posts)"],
  entries=[
  E("2026-05-12 06:58", "Explosions in Kremenchuk after ballistic missile warning",
    ["Several loud explosions were heard in Kremenchuk minutes after the air force warned of ballistic missiles heading towards the Poltava region, local media reported."],
    "strikes", "strikes", 3, KREM, a="Oksana Demchuk", n="first report, no toll"),
  E("2026-05-12 07:40", "Drones hit gas production site in Poltava region overnight",
    ["Russian drones attacked a gas production facility in the Poltava region overnight, causing a fire that was put out by morning, the regional administration said. No one was injured.",
     "The state energy company said output at the site had been partly suspended."],
    "strikes", "strikes", 2, "poltava-region-gas-site-drone-attack-2026-05-12", a="Oksana Demchuk",
    n="same region, different (overnight drone) attack: must not merge with the Kremenchuk missile strike"),
  E("2026-05-12 09:25", "Kremenchuk: three killed, 25 injured in strike on apartment block",
    ["Three people were killed and 25 injured when a ballistic missile hit a nine-storey apartment block in Kremenchuk, the head of the city's military administration said.",
     "Rescuers are still searching the rubble."],
    "strikes", "strikes", 3, KREM, a="Oksana Demchuk", n="toll 3"),
  E("2026-05-12 11:50", "Zelensky urges allies to speed up Patriot deliveries",
    ["President Volodymyr Zelensky urged allies to speed up deliveries of Patriot systems and interceptors, saying Russia had fired four ballistic missiles at Kremenchuk and Ukraine could not stop all of them."],
    "aid", "aid", 2, "zelensky-patriot-appeal-2026-05-12", a="Taras Hnatyuk", sec=["strikes"],
    n="appeal for air defence (own statement); same theme as Starmer's pledge 11620-04: must not merge with it or with the strike"),
  E("2026-05-12 14:10", "Kremenchuk death toll rises to seven",
    ["The number of people killed in the morning missile strike on Kremenchuk has risen to seven, including a 12-year-old girl, regional officials said.",
     "Thirty-four people were injured."],
    "strikes", "strikes", 3, KREM, a="Taras Hnatyuk", n="toll 7"),
  E("2026-05-12 16:30", "Kremenchuk death toll rises to seven",
    ["The number of people killed in the morning missile strike on Kremenchuk has risen to seven, including a 12-year-old girl, regional officials said.",
     "Thirty-four people have been injured."],
    "strikes", "strikes", 1, KREM, a="Taras Hnatyuk", dup="11621-05", n="near-verbatim repeat of 11621-05"),
  E("2026-05-12 19:45", "EU agrees 21st sanctions package, targeting tankers and refineries",
    ["Ambassadors of the EU member states agreed the 21st sanctions package against Russia, which lists more shadow-fleet tankers and three refineries in China that process Russian crude, according to EU diplomats."],
    "diplomacy", "diplomacy", 3, SANC, a="Oksana Demchuk"),
  ]))

SEEDS.append(dict(
  id="11622", name="11622_gullwing-worldrss", ext="xml", source="Gullwing World Service", zone="UTC", render=r_worldrss, rfc="GMT", lang="en-gb",
  title="Gullwing World Service \u2013 World", url="https://gullwing-world.example", guid="gw2605",
  lede="Top world stories from the Gullwing World Service newsroom",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news RSS feed, newest first, pubDate in GMT, no authors. Four of six items are off-beat (Eurovision, Colombian election, Pakistan heatwave, US storms). War items: the Kremenchuk strike spelled 'Kremenchug' (toll 9) and the Kharkiv glide bomb.",
  not_entries=["channel title/link/description/language/lastBuildDate/ttl", "item link, guid, category and thumbnail elements"],
  entries=[
  OFF("2026-05-12 21:15", "Eurovision: first ten finalists chosen in Vienna",
      ["The first ten countries to reach Saturday's Eurovision Song Contest final were chosen at a semi-final in Vienna on Tuesday night."],
      "eurovision-2026-first-semi-final", n="song contest", cat="Culture"),
  E("2026-05-12 17:40", "Kremenchug missile strike: death toll rises to nine",
    ["Nine people are now known to have died after Russian missiles hit a residential district of Kremenchug in central Ukraine on Tuesday morning, Ukrainian officials said. Dozens more were injured."],
    "strikes", "strikes", 3, KREM, n="spelling 'Kremenchug'; toll 9"),
  OFF("2026-05-12 15:30", "Colombia's presidential hopefuls clash in final TV debate",
      ["Candidates in Colombia's presidential election, due on 31 May, traded accusations over security and the economy in the last televised debate before the vote."],
      "colombia-presidential-debate-2026-05", n="Colombian election"),
  OFF("2026-05-12 12:05", "Pakistan heatwave: temperatures pass 48C in Sindh",
      ["Temperatures topped 48C in parts of Pakistan's Sindh province on Tuesday as a heatwave forced schools to close and strained the power grid."],
      "pakistan-heatwave-2026-05", n="weather"),
  E("2026-05-12 09:20", "Two killed in Kharkiv glide bomb attack",
    ["A Russian glide bomb killed two people and injured nine in Ukraine's second-largest city, Kharkiv, on Tuesday morning, the mayor said."],
    "strikes", "strikes", 3, KHGB),
  OFF("2026-05-12 06:45", "Storms cut power to thousands across US South",
      ["Severe thunderstorms and at least two tornadoes left tens of thousands of homes without power across Mississippi and Alabama overnight."],
      "us-south-storms-2026-05-12", n="weather", cat="Americas"),
  ]))

SEEDS.append(dict(
  id="11623", name="11623_elbtal-article", ext="txt", source="Elbtal Review", zone="Europe/Berlin", render=r_elbtal,
  title="Kremenchuk strike: nine dead as EU readies new sanctions",
  lede="Russia's deadliest attack on central Ukraine in weeks came on the day Brussels agreed a further round of sanctions.",
  byline="By Katrin Ostermeier", dateline="12 May 2026, 17:45 CEST", more="Read more: Why Germany is buying air defence for Ukraine from its own budget",
  basis="no per-section stamp: the article dateline '12 May 2026, 17:45 CEST' (CEST = UTC+2) dates every section; local {d} in {z}",
  notes="Invented outlet (German, English edition). Text article with four section headings; one entry per section (headline = heading), stamp null, published = the article dateline 17:45 CEST. The page byline is used as every section's author. Kremenchuk toll here: 9.",
  not_entries=["masthead, 'English edition', navigation, breadcrumb", "article title", "lede", "byline 'By Katrin Ostermeier'", "dateline '12 May 2026, 17:45 CEST'",
               "'Listen to this article \u00b7 4 min'", "'ADVERTISEMENT'", "'Read more: ...' link", "share line", "footer"],
  entries=[
  E("2026-05-12 17:45", "Toll in Kremenchuk rises to nine",
    ["Nine people were killed and more than 40 injured when Russian ballistic missiles hit a residential district of Kremenchuk on Tuesday morning, Ukrainian authorities said in the afternoon.",
     "The city, home to one of Ukraine's largest oil refineries, has been targeted repeatedly since 2022. This time the missiles struck an apartment block and a bus depot."],
    "strikes", "strikes", 3, KREM, a="Katrin Ostermeier", n="toll 9"),
  E("2026-05-12 17:45", "Berlin prepares further IRIS-T deliveries",
    ["Defence Minister Boris Pistorius said Germany was preparing to send two more IRIS-T SLM air-defence systems to Ukraine this year, paid for from the federal budget.",
     "He did not say when the systems would arrive."],
    "aid", "aid", 2, "germany-more-iris-t-for-ukraine-2026-05-12", a="Katrin Ostermeier"),
  E("2026-05-12 17:45", "Shadow fleet and Chinese refiners targeted",
    ["The 21st sanctions package agreed by EU ambassadors on Tuesday adds more than 100 tankers to the list of vessels barred from EU ports and targets refineries in China that buy Russian crude, diplomats said."],
    "diplomacy", "diplomacy", 3, SANC, a="Katrin Ostermeier"),
  E("2026-05-12 17:45", "Russia claims village near Huliaipole",
    ["Russia's defence ministry said its troops had captured a village north of Huliaipole in the Zaporizhzhia region. Kyiv did not comment."],
    "other", "frontline", 2, "russia-claims-village-north-of-huliaipole-2026-05-12", a="Katrin Ostermeier"),
  ]))

# ---------------------------------------------------------------- DAY 2: 2026-05-13 --------------------------------------
ODESA = "odesa-port-missile-strike-2026-05-13"
TALKS = "kremlin-istanbul-talks-next-week-2026-05-13"

SEEDS.append(dict(
  id="11630", name="11630_vistulan-htmllive", ext="html", source="Vistulan Courier", zone="Europe/Warsaw", render=r_vistulan,
  title="War in Ukraine: missiles hit Odessa port \u2013 live", url="https://vistulan-courier.example/live/ukraine-2026-05-13",
  dateline="Wednesday, 13 May 2026", published="2026-05-13 08:30", authors=["Marta Zieli\u0144ska", "Pawe\u0142 Grabski"],
  lede="Russian missiles struck the port of Odessa at midday. Follow our live coverage of Wednesday's events.",
  basis="visible stamp '{s}' (Warsaw time printed as CEST = UTC+2) under the date line 'Wednesday, 13 May 2026'; the JSON-LD update times are the page's and are not used; local {d} in {z}",
  notes="Invented outlet (Poland, English edition). HTML live blog, newest first. Visible stamps '21:40 CEST' in a <time> element without datetime; the author's name follows each post's body. The LiveBlogPosting JSON-LD lists one liveBlogUpdate per post, but every update repeats the PAGE headline and the PAGE datePublished (08:30 CEST): they give neither per-entry headlines nor per-entry times (Guardian-style), so the visible stamps are authoritative. Spells the city 'Odessa'. 11630-04 is a 'Photos:' gallery teaser without text. 11630-03 continues day 1's Kremenchuk story (funerals, toll 13). Odessa toll on this page: 4 -> 10.",
  not_entries=["consent bar", "header and navigation", "page title", "date line 'Wednesday, 13 May 2026'", "lead paragraph", "author names after the posts", "'[Gallery \u00b7 12 photos]' placeholder",
               "'Read also' box after the third post", "link to Tuesday's live coverage", "footer", "JSON-LD (page-level times and headline on every update)"],
  entries=[
  E("2026-05-13 21:40", "Odessa death toll climbs to ten",
    ["Ten people have now died as a result of the Russian missile strike on the port of Odessa, regional governor Oleh Kiper said in the evening. Among the dead are three port workers and a crew member of a foreign-flagged cargo ship."],
    "strikes", "strikes", 3, ODESA, a="Marta Zieli\u0144ska", n="spelling 'Odessa'; toll 10"),
  E("2026-05-13 19:05", "Kremlin: new Istanbul round 'possible next week'",
    ["Kremlin spokesman Dmitry Peskov said a new round of talks with Ukraine in Istanbul was possible next week, but that the make-up of the delegations had not been agreed."],
    "diplomacy", "diplomacy", 3, TALKS, a="Pawe\u0142 Grabski"),
  E("2026-05-13 16:45", "Kremenchuk buries its dead as toll reaches 13",
    ["Kremenchuk observed a day of mourning on Wednesday as the first funerals were held for victims of Tuesday's missile strike. Two more people died in hospital overnight, bringing the toll to 13, city authorities said."],
    "strikes", "strikes", 3, KREM, a="Marta Zieli\u0144ska", n="day-1 story continued with a new development (toll 13, mourning)"),
  E("2026-05-13 14:30", "Photos: Odessa port after the missile strike", [], "strikes", "strikes", 1, ODESA, n="gallery teaser without text"),
  E("2026-05-13 12:50", "Missiles strike Odessa port, four killed",
    ["Russian missiles hit port infrastructure in Odessa shortly after noon local time, killing at least four people, Ukrainian officials said.",
     "A grain warehouse and two berths were damaged, according to the port administration."],
    "strikes", "strikes", 3, ODESA, a="Pawe\u0142 Grabski", n="toll 4"),
  E("2026-05-13 09:15", "Polish jets scrambled as Russia strikes western Ukraine",
    ["Polish and allied aircraft were scrambled overnight as Russia launched drones and missiles at targets in western Ukraine, Poland's Operational Command said. No violation of Polish airspace was recorded."],
    "other", "security", 2, "poland-scrambles-jets-2026-05-13", a="Pawe\u0142 Grabski", sec=["strikes"],
    n="Polish air-defence response to the overnight attack; must not merge with the Odessa port strike"),
  ]))

SEEDS.append(dict(
  id="11631", name="11631_prydnipro-atom", ext="xml", source="Prydnipro Press Agency", zone="Europe/Kyiv", render=r_prydnipro_atom,
  title="Prydnipro Press Agency \u2013 News in English", url="https://prydnipro-press.example",
  lede="Ukrainian news agency: war, politics, regions",
  basis="Atom <published> '{s}' (explicit +03:00 = EEST); the later <updated> of corrected items is not the publication time; local {d} in {z}",
  notes="Invented outlet (Ukrainian agency). Atom, newest first, <published> with +03:00 and <updated> that is later for two corrected items (11631-02, 11631-05): published is <published>. Author per entry. Spells 'Odesa'. 11631-06 (overnight drone attack on Izmail, Odesa region) must not merge with the Odesa port strike. Toll on this page: 2 -> 8.",
  not_entries=["feed title, subtitle, links, id, updated and rights", "entry link and id elements", "<updated> times of corrected entries"],
  entries=[
  E("2026-05-13 22:30", "Zelensky submits bills to extend martial law by 90 days",
    ["President Volodymyr Zelensky has submitted bills to the Verkhovna Rada extending martial law and general mobilisation for another 90 days, according to the parliament's website."],
    "other", "politics", 2, "martial-law-extension-bill-2026-05-13", a="Iryna Kovalchuk"),
  E("2026-05-13 20:10", "Odesa strike: death toll rises to eight",
    ["Eight people were killed and 31 injured in the Russian missile attack on Odesa port, the regional military administration said.",
     "Search and rescue work at the damaged grain terminal has ended."],
    "strikes", "strikes", 3, ODESA, a="Serhii Moroz", upd="2026-05-13 20:45", n="toll 8; corrected item (<updated> 20:45)"),
  E("2026-05-13 16:20", "Kremenchuk: two more die in hospital, toll reaches 13",
    ["Two people injured in Tuesday's missile strike on Kremenchuk died in hospital overnight, raising the death toll to 13, the Poltava regional administration said. Wednesday was declared a day of mourning in the city."],
    "strikes", "strikes", 3, KREM, a="Serhii Moroz", n="day-1 story continued with a new development (toll 13)"),
  E("2026-05-13 13:40", "Peskov: Istanbul talks could resume next week",
    ["The Kremlin said on Wednesday that a new round of direct talks with Ukraine in Istanbul could take place as early as next week, Russian news agencies reported."],
    "diplomacy", "diplomacy", 3, TALKS, a="Iryna Kovalchuk"),
  E("2026-05-13 12:25", "Russian missiles hit Odesa port infrastructure",
    ["Russia struck port infrastructure in Odesa with missiles around midday, killing at least two people and damaging a grain terminal, regional head Oleh Kiper said."],
    "strikes", "strikes", 3, ODESA, a="Serhii Moroz", upd="2026-05-13 12:58", n="first report; toll 2; corrected item (<updated> 12:58)"),
  E("2026-05-13 08:05", "Drones damage energy facility in Izmail overnight",
    ["A Russian drone attack overnight damaged an energy facility in Izmail, a Danube port in the Odesa region, leaving parts of the town without power, the regional administration said. No casualties were reported."],
    "strikes", "strikes", 2, "izmail-drone-attack-2026-05-13", a="Iryna Kovalchuk",
    n="same region, different (overnight drone) attack: must not merge with the Odesa port strike"),
  ]))

SEEDS.append(dict(
  id="11632", name="11632_quabbin-textlive", ext="txt", source="Quabbin Ledger", zone="America/New_York", render=r_quabbin,
  title="Russia-Ukraine war: Missiles hit Odesa port as Kremenchuk mourns", byline="By Carter Vance", dateline="Wednesday, May 13, 2026",
  lede="Live updates on Russia's war in Ukraine from the Ledger's world desk, with wire reports.",
  basis="stamp '{s}' (Eastern time printed as EDT = UTC-4) under the date line 'Wednesday, May 13, 2026'; local {d} in {z}",
  notes="Invented outlet (US). Text live blog, oldest first; stamp line '6:10 a.m. EDT' before each headline; one page byline 'By Carter Vance' used as every entry's author. 11632-02 re-posts day 1's analysis 11620-03 verbatim (same headline and text; syndicated): importance 1, same story. 11632-05 is a theme piece (explainer on the Black Sea shipping corridor) that mentions the Odesa strike but is its own story. 11632-06 repeats 11632-04 nearly verbatim. Odesa toll on this page: 3 -> 8.",
  not_entries=["outlet name and navigation", "section label 'NATION & WORLD'", "page title", "byline 'By Carter Vance'", "date line", "lede", "subscription promo after the fourth post", "'This live coverage has ended.'", "footer"],
  entries=[
  E("2026-05-13 06:10", "Russian missiles strike Odesa's port",
    ["Russian missiles slammed into Odesa's port around midday local time, killing at least three people and setting a grain warehouse on fire, according to Ukrainian officials.",
     "Odesa is Ukraine's largest port and the hub of the Black Sea corridor that carries most of its grain exports."],
    "strikes", "strikes", 3, ODESA, a="Carter Vance", n="toll 3"),
  E("2026-05-13 07:30", THEME1_H, THEME1_P, "strikes", "strikes", 1, THEME1, a="Carter Vance", sec=["aid"],
    n="re-post of day-1 entry 11620-03 (verbatim, same headline and text): importance 1, same story; duplicate_of stays null (defined within a seed only)"),
  E("2026-05-13 09:15", "Kremenchuk mourns as toll climbs to 13",
    ["Kremenchuk held a day of mourning Wednesday after two more victims of Tuesday's missile strike died in hospital, bringing the death toll to 13, city officials said."],
    "strikes", "strikes", 3, KREM, a="Carter Vance", n="day-1 story continued with a new development (toll 13, mourning)"),
  E("2026-05-13 11:40", "Odesa toll rises to eight",
    ["At least eight people were killed in the missile attack on Odesa's port, regional officials said, and more than 30 were wounded.",
     "Two of the dead were crew members of a cargo ship moored at one of the damaged berths."],
    "strikes", "strikes", 3, ODESA, a="Carter Vance", n="toll 8"),
  E("2026-05-13 13:20", "Explainer: How Ukraine keeps its Black Sea shipping corridor open",
    ["Wednesday's strike on Odesa is the latest in a long string of attacks on the ports that handle most of Ukraine's seaborne trade.",
     "Since late 2023, Ukraine has run its own shipping corridor hugging the western Black Sea coast, protected by naval drones and coastal missiles that pushed Russia's fleet away from the western shores of Crimea.",
     "Insurers have kept covering voyages, although premiums rise after each attack. Most grain, iron ore and sunflower oil now leaves through Odesa, Chornomorsk and Pivdennyi."],
    "other", "security", 2, "explainer-black-sea-shipping-corridor", a="Carter Vance", sec=["strikes"],
    n="theme piece (explainer); mentions the Odesa strike but is its own story: must not merge with the Odesa port strike"),
  E("2026-05-13 15:05", "Odesa toll rises to eight",
    ["At least eight people were killed in the missile attack on Odesa's port, regional officials said, and more than 30 were injured.",
     "Two of the dead were crew members of a cargo ship moored at one of the damaged berths."],
    "strikes", "strikes", 1, ODESA, a="Carter Vance", dup="11632-04", n="near-verbatim repeat of 11632-04 ('wounded' -> 'injured')"),
  E("2026-05-13 16:50", "Senate leaders set vote on Russia sanctions bill for next week",
    ["Senate Majority Leader John Thune said the chamber would vote next week on a bill imposing new sanctions on Russia and tariffs on countries that buy its oil, after the White House signaled it would not stand in the way."],
    "diplomacy", "diplomacy", 2, "us-senate-russia-sanctions-vote-scheduled-2026-05-13", a="Carter Vance"),
  ]))

SEEDS.append(dict(
  id="11633", name="11633_tasmancrossing-worldrss", ext="xml", source="Tasman Crossing Times", zone="Australia/Sydney", render=r_worldrss, rfc="num", lang="en-au",
  title="Tasman Crossing Times | World", url="https://tasman-crossing.example", guid="tct",
  lede="World news from the Tasman Crossing Times",
  basis="RSS pubDate '{s}' (explicit +1000 = AEST); local {d} in {z}",
  notes="Invented outlet (Australia). General world-news RSS feed, newest first, pubDate with +1000 (AEST): the two newest items are dated Thursday 14 May locally but fall on Wednesday 13 May in UTC, like the rest. Four of six items are off-beat (budget reply, Socceroos squad, PNG quake, Hunter floods). War items: the Odesa port strike spelled 'Odessa' (toll 9) and the Kremlin's comment on Istanbul talks. Authors via dc:creator on two items.",
  not_entries=["channel title/link/description/language/lastBuildDate/ttl", "item link, guid, category and thumbnail elements"],
  entries=[
  OFF("2026-05-14 08:15", "Opposition leader to deliver budget reply tonight",
      ["The opposition leader will set out an alternative economic plan in her budget reply speech in Canberra tonight, two days after the Treasurer handed down the federal budget."],
      "australia-budget-reply-2026-05", a="Lachlan Doyle", n="Australian politics", cat="Australia"),
  E("2026-05-14 03:30", "Odessa port strike toll climbs to nine",
    ["Nine people have died after a Russian missile strike on the Ukrainian port city of Odessa, local officials said, as ships waiting to load grain were told to move away from the damaged berths."],
    "strikes", "strikes", 3, ODESA, n="spelling 'Odessa'; toll 9; local date 14 May, UTC 13 May"),
  OFF("2026-05-13 23:50", "Socceroos name preliminary World Cup squad",
      ["The Socceroos coach has named a 35-man preliminary squad for next month's World Cup in North America, with three uncapped players included."],
      "socceroos-world-cup-squad-2026", n="football", cat="Sport"),
  E("2026-05-13 20:25", "Kremlin says new Istanbul talks with Ukraine possible",
    ["A new round of Russia-Ukraine talks could be held in Istanbul next week, the Kremlin said on Wednesday, without confirming a date."],
    "diplomacy", "diplomacy", 3, TALKS, a="Priya Raman"),
  OFF("2026-05-13 19:10", "Strong earthquake strikes off Papua New Guinea",
      ["A magnitude 6.4 earthquake struck off the coast of New Britain in Papua New Guinea on Wednesday evening, but no tsunami warning was issued."],
      "png-earthquake-2026-05-13", n="natural disaster", cat="Pacific"),
  OFF("2026-05-13 10:20", "Hunter region braces for more flooding",
      ["Residents of low-lying parts of the Hunter region in New South Wales were told to prepare to leave as rivers kept rising after two days of heavy rain."],
      "hunter-region-flooding-2026-05", n="weather", cat="Australia"),
  ]))

# ---------------------------------------------------------------- DAY 3: 2026-03-21 --------------------------------------
MYK = "mykolaiv-cluster-missile-strike-2026-03-21"
SARATOV = "saratov-refinery-drone-strike-2026-03-21"
OCHAKIV = "ochakiv-shelling-2026-03-21"

SEEDS.append(dict(
  id="11640", name="11640_godavari-worldatom", ext="xml", source="Godavari Lantern", zone="Asia/Kolkata", render=r_godavari_atom,
  title="Godavari Lantern \u2013 World", url="https://godavari-lantern.example", desk="Lantern News Desk",
  lede="International news from the Godavari Lantern",
  basis="Atom <published> '{s}' (explicit +05:30 = IST); local {d} in {z}",
  notes="Invented outlet (India). General world-news Atom feed, newest first, <published> with +05:30: the newest item is dated 22 March locally but falls on 21 March in UTC, like the rest. Every entry's <author> is the generic 'Lantern News Desk' (no person): author null. Four of six items are off-beat (IPL, Nowruz, Nepal, heatwave). War items: the Mykolaiv strike spelled 'Mykolayiv' (toll 9) and the Saratov refinery drone strike.",
  not_entries=["feed title, subtitle, links, id and updated", "entry link, id, category and updated elements", "generic desk author 'Lantern News Desk'"],
  entries=[
  OFF("2026-03-22 00:40", "IPL 2026: five questions before the new season",
      ["Franchises are finalising their squads a week before the new Indian Premier League season opens, with several captains still to be named."],
      "ipl-2026-season-preview", n="cricket", cat="Sport"),
  E("2026-03-21 22:05", "Mykolayiv missile strike toll rises to nine",
    ["Nine people were killed and more than 40 wounded when a Russian missile struck near a market in the southern Ukrainian city of Mykolayiv on Saturday, officials said."],
    "strikes", "strikes", 3, MYK, n="spelling 'Mykolayiv'; toll 9"),
  OFF("2026-03-21 18:30", "Nowruz festivities draw crowds from Tehran to Tashkent",
      ["Millions of people across Iran, Central Asia and the Caucasus marked Nowruz, the Persian new year, with family gatherings, music and spring fairs."],
      "nowruz-celebrations-2026", n="festival"),
  E("2026-03-21 15:10", "Drone attack sparks fire at Saratov oil refinery",
    ["Ukrainian drones struck an oil refinery in the Russian city of Saratov overnight, starting a fire, the regional governor said on Saturday."],
    "strikes", "strikes", 3, SARATOV),
  OFF("2026-03-21 11:45", "Nepal's new parliament meets for first session",
      ["Lawmakers elected earlier this month took their oaths in Kathmandu as Nepal's new House of Representatives met for the first time."],
      "nepal-parliament-first-session-2026", n="Nepalese politics", cat="South Asia"),
  OFF("2026-03-21 06:20", "Early heatwave alert for Odisha and Andhra Pradesh",
      ["The weather office warned of heatwave conditions in parts of Odisha and Andhra Pradesh over the next three days, unusually early in the year."],
      "india-early-heatwave-alert-2026-03", n="weather", cat="India"),
  ]))

SEEDS.append(dict(
  id="11641", name="11641_southernbuh-textlive", ext="txt", source="Southern Buh Post", zone="Europe/Kyiv", render=r_southernbuh,
  title="Live: missile strike on Mykolaiv market", dateline="Saturday, 21 March \u00b7 all times Kyiv (EET)", byline="Live reporting: Olena Marchuk",
  parse_args=["--date", "2026-03-21"],
  lede="A Russian missile has hit central Mykolaiv. Updates through the day from our newsroom in the city.",
  basis="stamp '{s}' (day and month, Kyiv time EET = UTC+2 as said in the date line 'Saturday, 21 March'; no year printed anywhere, parse_args gives 2026-03-21); local {d} in {z}",
  notes="Invented outlet (Mykolaiv, English). Text live blog, oldest first; stamp line '21 Mar 07:50' (day, month and time, no year) before each headline; the date line 'Saturday, 21 March \u00b7 all times Kyiv (EET)' gives the zone; NO year appears anywhere on the page (parse_args --date 2026-03-21). One page byline used as every entry's author. 11641-03 is a 'Video:' teaser without text. 11641-05 (Ochakiv shelling, same region) must not merge with the Mykolaiv strike. 11641-06 is a theme piece (cluster warheads) that mentions Mykolaiv but is its own story. 11641-07 repeats 11641-04 nearly verbatim. Toll on this page: 4 -> 11.",
  not_entries=["outlet name and navigation", "page title", "date line 'Saturday, 21 March \u00b7 all times Kyiv (EET)'", "byline 'Live reporting: Olena Marchuk'", "lede",
               "'\u25b6 Play video (0:41)' in the teaser", "donation promo after the fifth post", "closing line", "footer"],
  entries=[
  E("2026-03-21 07:50", "Drones hit Saratov refinery, Russian governor says",
    ["Saratov region governor Roman Busargin said Ukrainian drones attacked an industrial facility in the city overnight, which residents identified as the oil refinery.",
     "Ukraine's General Staff later confirmed the strike."],
    "strikes", "strikes", 3, SARATOV, a="Olena Marchuk"),
  E("2026-03-21 10:35", "Explosions in Mykolaiv, market area hit",
    ["A series of explosions shook central Mykolaiv at about 10:20, shortly after a ballistic missile warning, and smoke rose over the streets around the central market, our correspondent reports."],
    "strikes", "strikes", 3, MYK, a="Olena Marchuk", n="first report, no toll"),
  E("2026-03-21 11:20", "Video: Aftermath of the Mykolaiv market strike", [], "strikes", "strikes", 1, MYK, a="Olena Marchuk", n="teaser without body"),
  E("2026-03-21 12:45", "Mykolaiv: four killed, 30 injured; cluster warhead suspected",
    ["Four people were killed and about 30 injured in the missile strike on Mykolaiv, Mayor Oleksandr Senkevych said.",
     "He said the missile appeared to have carried a cluster warhead, because the damage was spread over several streets around the market."],
    "strikes", "strikes", 3, MYK, a="Olena Marchuk", n="toll 4"),
  E("2026-03-21 14:10", "Ochakiv shelled again, two injured",
    ["Russian artillery shelled the port town of Ochakiv, on the estuary about 60 km from Mykolaiv, injuring two men, regional governor Vitalii Kim said."],
    "strikes", "strikes", 3, OCHAKIV, a="Olena Marchuk", n="same region, different attack: must not merge with the Mykolaiv missile strike"),
  E("2026-03-21 15:30", "Analysis: Why cluster warheads make city strikes so deadly",
    ["Today's strike on Mykolaiv bears the marks of a ballistic missile with a cluster warhead, which scatters dozens of small bomblets over an area the size of several football pitches.",
     "Against a crowded market or a busy street, that design causes far more casualties than a single large blast, and bomblets that fail to explode keep endangering people for days.",
     "Russia has fitted such warheads to Iskander missiles throughout the war; Ukraine also uses cluster munitions, supplied by the United States, mainly against troops at the front."],
    "strikes", "strikes", 2, "analysis-cluster-warheads-city-strikes", a="Olena Marchuk",
    n="theme piece (analysis); mentions Mykolaiv but is its own story: must not merge with the Mykolaiv strike"),
  E("2026-03-21 17:05", "Mykolaiv: four killed, 30 injured; cluster warhead suspected",
    ["Four people were killed and about 30 people injured in the missile strike on Mykolaiv, Mayor Oleksandr Senkevych said.",
     "He said the missile appeared to have carried a cluster warhead, because the damage was spread over several streets around the market."],
    "strikes", "strikes", 1, MYK, a="Olena Marchuk", dup="11641-04", n="near-verbatim repeat of 11641-04 (stale toll re-posted)"),
  E("2026-03-21 19:20", "Mykolaiv death toll rises to 11",
    ["Eleven people have now died after the missile strike on central Mykolaiv, including a child, the regional administration said. Forty-six people were injured."],
    "strikes", "strikes", 3, MYK, a="Olena Marchuk", n="toll 11"),
  ]))

SEEDS.append(dict(
  id="11642", name="11642_thamesmere-htmllive", ext="html", source="Thamesmere Echo", zone="Europe/London", render=r_thamesmere,
  title="Ukraine war: Mykolaiv strike kills 11 \u2013 live", url="https://thamesmere-echo.example/live/ukraine-war-21-march",
  ref="2026-03-21 19:40",
  lede="A Russian missile carrying a cluster warhead has hit the centre of Mykolaiv. Follow the latest here.",
  basis="relative stamp '{s}' counted back from the header clock 'London 19:40' under the printed date 'Saturday 21 March 2026' (GMT = UTC in March before the clock change); local {d} in {z}",
  notes="Invented outlet (UK). HTML live blog, newest first, with RELATIVE stamps only ('24m ago', '3h ago'); the capture moment is printed in the header widget ('Saturday 21 March 2026', 'London 19:40 \u00b7 Kyiv 21:40 \u00b7 Moscow 22:40'): stamps are counted back from the London clock (GMT before the 29 March clock change). JSON-LD @graph with a LiveBlogPosting whose liveBlogUpdate items have headline and body but no dates. 'Posted by NAME' after each body. Zelensky's statement 11642-03 is about the attack itself, so it shares the strike's story. Toll on this page: 6 -> 11.",
  not_entries=["top bar with date, world clocks and weather", "masthead and navigation", "'LIVE' kicker", "page title", "standfirst", "'Posted by ...' lines", "app promo after the second post", "'Load earlier posts'", "footer"],
  entries=[
  E("2026-03-21 19:16", "Mykolaiv death toll rises to 11, mayor says",
    ["The number of people killed in Saturday's missile strike on Mykolaiv has risen to 11, the city's mayor, Oleksandr Senkevych, said on Telegram. A nine-year-old boy is among the dead."],
    "strikes", "strikes", 3, MYK, a="Harriet Quayle", n="toll 11"),
  E("2026-03-21 18:40", "UK to send thousands more air-defence missiles, Healey says",
    ["Defence Secretary John Healey said the UK would deliver 5,000 more lightweight multirole missiles to Ukraine this year under an existing contract with the Thales factory in Belfast."],
    "aid", "aid", 2, "uk-more-lmm-missiles-ukraine-2026-03-21", a="Harriet Quayle"),
  E("2026-03-21 16:40", "Zelensky: Russia used cluster warhead on Mykolaiv",
    ["President Volodymyr Zelensky said the missile that struck Mykolaiv carried a cluster warhead and was aimed at 'a place where people buy bread and vegetables'."],
    "strikes", "strikes", 3, MYK, a="Owen Petrakis", n="reaction whose content is the attack itself: same story"),
  E("2026-03-21 14:40", "Saratov refinery halts processing after drone strike",
    ["The Saratov oil refinery has stopped processing crude after the fire caused by the overnight drone attack damaged its main distillation unit, Russian business media reported, citing industry sources."],
    "strikes", "strikes", 3, SARATOV, a="Owen Petrakis"),
  E("2026-03-21 12:40", "Missile strike on Mykolaiv kills at least six",
    ["At least six people were killed when a Russian missile hit central Mykolaiv in southern Ukraine this morning, local officials said."],
    "strikes", "strikes", 3, MYK, a="Harriet Quayle", n="toll 6"),
  E("2026-03-21 10:40", "Russia claims capture of village near Kostiantynivka",
    ["Russia's defence ministry said its forces had taken a village south of Kostiantynivka in the Donetsk region. Ukraine's military said fighting there was continuing."],
    "other", "frontline", 2, "russia-claims-village-near-kostiantynivka-2026-03-21", a="Owen Petrakis"),
  ]))

SEEDS.append(dict(
  id="11643", name="11643_havelland-article", ext="html", source="Havelland Observer", zone="Europe/Berlin", render=r_havelland,
  title="Cluster munition strike kills nine in Mykolaiv", dateline_t="2026-03-21 16:20", dateline="21 March 2026, 16:20 CET", author="Lena Hartmann",
  lede="A Russian ballistic missile hit the centre of the southern Ukrainian city on Saturday morning. A round-up of the day's developments.",
  caption="Emergency workers at the scene of the strike in Mykolaiv on Saturday.",
  basis="no per-section stamp: the visible dateline '21 March 2026, 16:20 CET' (CET = UTC+1; same instant as the NewsArticle JSON-LD datePublished) dates every section; local {d} in {z}",
  notes="Invented outlet (Germany, English). HTML article with NewsArticle JSON-LD (datePublished 16:20+01:00) and four h2 sections = four entries (headline = section heading), stamp null, published = the article time. The page byline is every section's author. Gives the Russian spelling 'Nikolaev' in the body. 11643-02 (Ochakiv shelling) must not merge with the Mykolaiv strike. Toll here: 9.",
  not_entries=["header and navigation", "kicker 'UKRAINE'", "article title", "teaser/lede", "byline and dateline line", "photo caption", "subscriber log-in box", "'More on this topic' link", "footer", "JSON-LD NewsArticle (page-level)"],
  entries=[
  E("2026-03-21 16:20", "Cluster strike kills nine in Mykolaiv",
    ["A Russian ballistic missile carrying a cluster warhead killed nine people and wounded more than 40 in the centre of Mykolaiv on Saturday morning, according to Ukrainian officials.",
     "Russian military bloggers, who still call the city Nikolaev, claimed the strike had hit a gathering of soldiers; local officials said the victims were shoppers and market traders."],
    "strikes", "strikes", 3, MYK, a="Lena Hartmann", n="toll 9; Russian spelling 'Nikolaev' in the body"),
  E("2026-03-21 16:20", "Ochakiv under fire again",
    ["The nearby port town of Ochakiv, which faces the Russian-occupied Kinburn Spit across the water, came under artillery fire for the third day running; two men were injured."],
    "strikes", "strikes", 3, OCHAKIV, a="Lena Hartmann", n="same region, different attack: must not merge with the Mykolaiv strike"),
  E("2026-03-21 16:20", "Pope Leo appeals for an Easter truce",
    ["Pope Leo XIV called for a ceasefire in Ukraine over Easter, which Western and Orthodox Christians celebrate on 5 and 12 April this year."],
    "diplomacy", "diplomacy", 2, "pope-leo-easter-truce-appeal-2026-03-21", a="Lena Hartmann"),
  E("2026-03-21 16:20", "German-Ukrainian drone venture opens second plant",
    ["A joint venture between a German defence company and a Ukrainian drone maker has opened a second production line in Ukraine, which will build medium-range strike drones for the Ukrainian armed forces."],
    "aid", "aid", 2, "german-ukrainian-drone-venture-second-plant-2026-03", a="Lena Hartmann"),
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
            if len(e["t"]) == 10:
                pub, loc, shown = e["t"], f"{e['t']} {S['zone']}", e["t"]
            else:
                d = dt(e["t"], S["zone"])
                pub, loc, shown = iso_z(d), d.strftime("%Y-%m-%d %H:%M:%S ") + S["zone"], d.strftime("%Y-%m-%d %H:%M")
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": pub, "published_local": loc,
                         "published_basis": S["basis"].format(s=stamps[i], d=shown, z=S["zone"]),
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

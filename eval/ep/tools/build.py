#!/usr/bin/env python3
"""Builds the eval/ep seed pages and their gold files from one hand-written data table (further below).
All news text is the blind tester's own wording (invented or paraphrased; no sentence copied from any page).
Part A imitates, from memory, the page layouts of ten real official outlets; Part B outlets are invented.
Deterministic.  Run from the project root:  python3 eval/ep/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "e.g.", "i.e.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: t = local time 'YYYY-MM-DD HH:MM' in the page zone (or 'YYYY-MM-DD' when the page prints no time)."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018\u00c9]|$)', par):
        head = par[:m.end()]
        if m.end() < len(par) and head.endswith(ABBREV):
            continue
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def has_time(t):
    return len(t) > 10


def dt(s, zone):
    if not has_time(s):
        return datetime.strptime(s, "%Y-%m-%d").replace(tzinfo=ZoneInfo(zone))
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


def slug(s, n=60):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:n].strip("-")


def order_check(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first (page order)"


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def longdate(d, weekday=True):
    s = f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    return f"{DAYS_EN[d.weekday()]} {s}" if weekday else s


def usdate(d):
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_state_rss(S):
    """U.S. Department of State: WordPress RSS 2.0 feed of press releases. pubDate in +0000, dc:creator = issuing credit,
    categories = release type + country tag, description = CDATA paragraphs."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" '
           'xmlns:slash="http://purl.org/rss/1.0/modules/slash/">', '<channel>',
           f'\t<title>{esc(S["title"])}</title>',
           '\t<atom:link href="https://www.state.gov/press-releases/feed/" rel="self" type="application/rss+xml" />',
           '\t<link>https://www.state.gov</link>', '\t<description></description>',
           f'\t<lastBuildDate>{rfc822(last)}</lastBuildDate>', '\t<language>en-US</language>',
           '\t<sy:updatePeriod>hourly</sy:updatePeriod>', '\t<sy:updateFrequency>1</sy:updateFrequency>',
           '\t<generator>https://wordpress.org/?v=6.9.1</generator>',
           '\t<image><url>https://www.state.gov/wp-content/uploads/2019/04/cropped-DOS-Seal-32x32.png</url>'
           '<title>Press Releases &#8211; United States Department of State</title><link>https://www.state.gov</link><width>32</width><height>32</height></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://www.state.gov/releases/office-of-the-spokesperson/{d.year}/{d.month:02d}/{slug(e['h'], 120)}/"
        out += ['\t<item>', f'\t\t<title>{esc(e["h"])}</title>', f'\t\t<link>{link}</link>',
                f'\t\t<dc:creator><![CDATA[{e["credit"]}]]></dc:creator>', f'\t\t<pubDate>{st}</pubDate>',
                f'\t\t<category><![CDATA[{e["cat"]}]]></category>']
        for tag in e.get("tags", []):
            out.append(f'\t\t<category><![CDATA[{tag}]]></category>')
        out += [f'\t\t<guid isPermaLink="false">https://www.state.gov/?p={8841203 + i * 37}</guid>',
                '\t\t<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '\t</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_whitehouse(S):
    """The White House briefing room listing (WordPress block theme, Yoast @graph JSON-LD). Cards: category, title,
    <time datetime="...-04:00">May 5, 2027</time> (the visible text is the date only), excerpt paragraph."""
    z = S["zone"]; order_check(S, True)
    base = "https://www.whitehouse.gov"
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": f"{base}/briefings-statements/", "url": f"{base}/briefings-statements/",
         "name": "Briefings & Statements - The White House", "isPartOf": {"@id": f"{base}/#website"},
         "breadcrumb": {"@id": f"{base}/briefings-statements/#breadcrumb"}, "inLanguage": "en-US"},
        {"@type": "BreadcrumbList", "@id": f"{base}/briefings-statements/#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": f"{base}/"},
            {"@type": "ListItem", "position": 2, "name": "Briefings & Statements"}]},
        {"@type": "WebSite", "@id": f"{base}/#website", "url": f"{base}/", "name": "The White House",
         "description": "President Donald J. Trump", "publisher": {"@id": f"{base}/#organization"}, "inLanguage": "en-US"},
        {"@type": "Organization", "@id": f"{base}/#organization", "name": "The White House", "url": f"{base}/",
         "logo": {"@type": "ImageObject", "url": f"{base}/wp-content/uploads/2025/01/wh-logo.png", "width": 512, "height": 512}}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US">', '<head>', '<meta charset="UTF-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f'<title>{esc(S["title"])} &#8211; The White House</title>',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld) + '</script>',
           '</head>', '<body class="archive category category-briefings-statements wp-embed-responsive">',
           '<a class="skip-link screen-reader-text" href="#wp--skip-link--target">Skip to content</a>',
           '<header class="wp-block-template-part"><div class="wp-block-group header">'
           '<a class="wp-block-site-logo" href="https://www.whitehouse.gov/" rel="home">The White House</a>'
           '<button class="wp-block-navigation__responsive-container-open" aria-label="Open menu">Menu</button>'
           '<nav class="wp-block-navigation"><a href="/administration/">Administration</a><a href="/issues/">Issues</a>'
           '<a href="/news/">News</a><a href="/gallery/">Gallery</a><a href="/live/">Live</a><a href="/contact/">Contact</a>'
           '<a href="/visit/">Visit</a><a href="/eop/">EOP</a></nav>'
           '<button class="search-toggle" aria-label="Search">Search</button></div></header>',
           '<main class="wp-block-group" id="wp--skip-link--target">',
           f'<h1 class="wp-block-query-title">{esc(S["title"])}</h1>', '<ul class="wp-block-post-template is-layout-flow">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = usdate(d); stamps.append(st)
        link = f"{base}/{slug(e['cat'])}/{d.year}/{d.month:02d}/{slug(e['h'])}/"
        out += [f'<li class="wp-block-post post-{61450 - i * 3} type-post status-publish">',
                f'<div class="wp-block-post-terms taxonomy-category"><a href="{base}/{slug(e["cat"])}/" rel="tag">{esc(e["cat"])}</a></div>',
                f'<h2 class="wp-block-post-title"><a href="{link}" target="_self">{esc(e["h"])}</a></h2>',
                f'<div class="wp-block-post-date"><time datetime="{d.isoformat()}">{st}</time></div>',
                '<div class="wp-block-post-excerpt">' + "".join(f'<p class="wp-block-post-excerpt__excerpt">{esc(p)}</p>' for p in e["p"]) + '</div>',
                '</li>']
    out += ['</ul>', '<nav class="wp-block-query-pagination" aria-label="Pagination"><span class="page-numbers current">1</span> '
            '<a class="page-numbers" href="page/2/">2</a> <a class="page-numbers" href="page/3/">3</a> '
            '<a class="wp-block-query-pagination-next" href="page/2/">Next Page</a></nav>', '</main>',
            '<footer class="wp-block-template-part"><div class="footer"><p>THE WHITE HOUSE</p><p>1600 Pennsylvania Ave NW</p><p>Washington, DC 20500</p>'
            '<nav><a href="/administration/">Administration</a> <a href="/issues/">Issues</a> <a href="/contact/">Contact</a> '
            '<a href="/visit/">Visit</a> <a href="/privacy-policy/">Privacy Policy</a> <a href="/copyright/">Copyright Policy</a></nav>'
            '<p>WH.GOV</p><p>Subscribe to The White House newsletter</p></div></footer>', '</body>', '</html>']
    return "\n".join(out) + "\n", stamps


def r_dod(S):
    """U.S. Department of Defense (defense.gov) 'News Stories' listing, text scrape. Card: headline, meta line
    'May 7, 2027 | 4:50 p.m. EDT | By NAME, DOD News', summary paragraphs. Newest first."""
    z = S["zone"]; order_check(S, True)
    L = ["Skip to main content (Press Enter).", "", "An official website of the United States Government", "Here's how you know", "",
         "Toggle navigation", "U.S. Department of Defense", "Search Defense.gov", "Search", "",
         "NEWS     SPOTLIGHTS     ABOUT     MULTIMEDIA     RESOURCES     HELP CENTER", "",
         "Home > News > News Stories", "", S["title"], "", "Filter by: All Topics", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{usdate(d)} | {ampm(d, space=' ', dots=True)} EDT"; stamps.append(st)
        L += [e["h"], f"{st} | By {e['a']}, DOD News", ""] + ptxt(e["p"])
        if i == 3:
            L += ["SPOTLIGHT", "Ukraine Security Assistance: Latest Updates", "", ]
    L += ["1  2  3  4  5  ...  Next >", "", "Subscribe to Defense.gov Products", "Choose which Defense.gov products you want delivered to your inbox.", "",
          "Hosted by Defense Media Activity - WEB.mil", "", "Facebook  X  Instagram  YouTube  LinkedIn", "",
          "Recovery Act  FOIA  USA.gov  Link Disclaimer  No FEAR Act  Section 508  Privacy Program  DOD Careers  Contact"]
    return "\n".join(L) + "\n", stamps


def r_breg(S):
    """Bundesregierung (German federal government) English news article, HTML. Page meta shows the weekday date and reading
    time only; the publication time is in the NewsArticle JSON-LD. One entry per h2 section (no per-section stamp)."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["lede"],
          "datePublished": d0.isoformat(), "dateModified": d0.isoformat(), "inLanguage": "en",
          "mainEntityOfPage": S["url"], "image": "https://www.bundesregierung.de/resource/image/2390112/16x9/990/557/merz-selenskyj.jpg",
          "publisher": {"@type": "GovernmentOrganization", "name": "Press and Information Office of the Federal Government",
                        "logo": {"@type": "ImageObject", "url": "https://www.bundesregierung.de/static/img/logo.png"}}}
    out = ['<!DOCTYPE html>', '<html lang="en">', '<head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Federal Government</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>', '</head>', '<body>',
           '<a class="skip" href="#main">Go to content</a> <a class="skip" href="#nav">Go to main menu</a>',
           '<header class="header"><a class="logo" href="/breg-en"><span>Die Bundesregierung</span></a>'
           '<nav id="nav"><a href="/breg-en/federal-government">Federal Government</a> <a href="/breg-en/chancellor">Federal Chancellor</a> '
           '<a href="/breg-en/news">News</a> <a href="/breg-en/issues">Issues</a> <a href="/breg-en/service">Service</a></nav>'
           '<div class="lang"><a href="/breg-de">Deutsch</a> <a href="/breg-en">English</a></div> <button>Search</button></header>',
           '<nav class="breadcrumb"><a href="/breg-en">Home</a> &gt; <a href="/breg-en/news">News</a></nav>',
           '<main id="main"><article>', f'<p class="kicker">{esc(S["kicker"])}</p>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="lede">{esc(S["lede"])}</p>',
           f'<div class="meta"><span class="date">{longdate(d0)}</span> <span class="reading-time">Reading time: {S["reading"]} min.</span></div>',
           f'<figure><img src="/resource/image/2390112/16x9/990/557/merz-selenskyj.jpg" alt="{attr(S["caption"])}">'
           f'<figcaption>{esc(S["caption"])} Photo: Bundesregierung/{esc(S["photo"])}</figcaption></figure>']
    for e in S["entries"]:
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
    out += ['<div class="tags">Tags: <a>Ukraine</a> <a>Foreign policy</a> <a>Security</a></div>',
            '<div class="share"><button>Share article</button> <button>Print</button></div>',
            '<aside class="related"><h3>Find out more</h3>'
            + "".join(f'<a href="/breg-en/news/{slug(x)}">{esc(x)}</a>' for x in S["related"]) + '</aside>',
            '</article></main>',
            '<footer><a href="/breg-en/service/newsletter">Subscribe to newsletter</a> <a href="/breg-en/contact">Contact</a> '
            '<a href="/breg-en/imprint">Imprint</a> <a href="/breg-en/privacy">Data protection</a> <a href="/breg-en/accessibility">Accessibility</a></footer>',
            '</body>', '</html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_elysee(S):
    """Élysée English 'Agenda' page, text scrape: one date heading for the day, then items oldest first: bare 24-hour time,
    headline, place line, report paragraphs. No zone printed (Paris time)."""
    z = S["zone"]; order_check(S, False); d0 = dt(S["entries"][0]["t"], z)
    L = ["Skip to main content", "", "Élysée", "Présidence de la République", "FR | EN", "",
         "The President   The Élysée   Actions   Agenda   News   Multimedia   Search", "", "Home  >  Agenda", "", S["title"], "",
         "Previous day  |  Next day", "", longdate(d0), ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], e["place"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Subscribe to the Élysée newsletter", "Every week, the President's main news in your inbox.", ""]
    L += ["Back to top", "", "Élysée", "55 rue du Faubourg Saint-Honoré, 75008 Paris", "",
          "Legal notice  |  Personal data  |  Accessibility: partially compliant  |  Site map  |  Contact"]
    return "\n".join(L) + "\n", stamps


def r_ec(S):
    """European Commission press corner 'Daily News', text scrape. Header with the MEX reference and 'Brussels, 17 May 2027';
    items are headline + paragraphs + press contacts; nothing prints a time."""
    z = S["zone"]; d0 = dt(S["entries"][0]["t"], z)
    L = ["European Commission logo", "", "Press corner", "English EN", "Search", "",
         "Home  >  Daily News", "", S["ref"], "", S["title"], "", f"Brussels, {longdate(d0, weekday=False)}", "",
         "Print friendly pdf", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"]) + ["Press contacts:"] + e["contacts"] + [""]
        if i == 2:
            L += ["Upcoming events of the European Commission (ex-Top News)", ""]
    L += ["General public inquiries: Europe Direct by phone 00 800 67 89 10 11 or by email", "",
          "Contact the European Commission  |  Follow the European Commission on social media  |  Resources for partners  |  "
          "Report an IT vulnerability  |  Languages on our websites  |  Cookies  |  Privacy policy  |  Legal notice"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_coe_atom(S):
    """Council of Europe newsroom feed (Liferay asset publisher, Atom 1.0): <published>/<updated> in Z, escaped HTML summary, no author."""
    z = S["zone"]; order_check(S, True)
    base = "https://www.coe.int/en/web/portal"
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
           f'  <title>{esc(S["title"])}</title>', f'  <link rel="alternate" href="{base}/newsroom" />',
           f'  <subtitle>{esc(S["lede"])}</subtitle>', f'  <id>{base}/newsroom?p_l_id=1234567</id>',
           f'  <updated>{dt(S["entries"][0]["t"], z).strftime("%Y-%m-%dT%H:%M:%SZ")}</updated>', '  <dc:date>'
           + dt(S["entries"][0]["t"], z).strftime("%Y-%m-%dT%H:%M:%SZ") + '</dc:date>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%Y-%m-%dT%H:%M:%SZ"); stamps.append(st)
        link = f"{base}/-/{slug(e['h'], 70)}"
        out += ['  <entry>', f'    <title>{esc(e["h"])}</title>', f'    <link rel="alternate" href="{link}" />',
                f'    <id>{link}</id>', f'    <updated>{st}</updated>', f'    <published>{st}</published>', f'    <dc:date>{st}</dc:date>',
                '    <summary type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</summary>', '  </entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_rada(S):
    """Verkhovna Rada of Ukraine news listing (English version), text scrape: 'DD.MM.YYYY HH:MM' line before each headline,
    newest first, no zone printed (Kyiv time)."""
    z = S["zone"]; order_check(S, True)
    L = ["Verkhovna Rada of Ukraine", "Official web portal", "УКР | ENG", "",
         "Chairman   Parliament   People's Deputies   Committees   Legislative process   Press Service   International relations", "",
         "Main page > Press Service > News", "", S["title"], "", "All news | Chairman | Plenary meetings | Committees | International cooperation", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y %H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 3:
            L += ["Broadcast of plenary meetings: Rada TV channel", ""]
    L += ["News archive", "", "Information Department of the Apparatus of the Verkhovna Rada of Ukraine", "",
          "5 Hrushevskoho St., Kyiv, 01008  |  Site map  |  Contacts", "© 2027 Verkhovna Rada of Ukraine. When using materials, a link to the portal is required."]
    return "\n".join(L) + "\n", stamps


def r_kmu(S):
    """Cabinet of Ministers of Ukraine, Government portal (kmu.gov.ua) news listing, HTML without JSON-LD: headline link,
    then 'DD Month YYYY HH:MM' date line, then the lead. Newest first; the newest items cross Kyiv midnight."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en">', '<head><meta charset="utf-8"><title>News | Cabinet of Ministers of Ukraine</title></head>', '<body>',
           '<div class="header"><a class="logo" href="/en"><span>Government portal</span> <span>Cabinet of Ministers of Ukraine</span></a>'
           '<div class="langs"><a href="/">UA</a> <a href="/en">EN</a></div>'
           '<nav><a href="/en/diyalnist">Activity</a> <a href="/en/uryad">Government</a> <a href="/en/npas">Documents</a> '
           '<a href="/en/news">News</a> <a href="/en/kontakti">Contacts</a></nav><button>Search</button></div>',
           '<div class="breadcrumbs"><a href="/en">Government portal</a> / <span>News</span></div>',
           f'<h1>{esc(S["title"])}</h1>',
           '<div class="filters"><a class="active">All news</a> <a>Prime Minister of Ukraine</a> <a>Government</a> <a>Ministries</a></div>',
           '<div class="news-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]} {d.year} {d:%H:%M}"; stamps.append(st)
        out += ['<div class="news-item">', f'<a class="news-title" href="/en/news/{slug(e["h"])}">{esc(e["h"])}</a>',
                f'<div class="news-date">{st}</div>', '<div class="news-lead">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + '</div>', '</div>']
    out += ['</div>', '<div class="pager"><span>1</span> <a>2</a> <a>3</a> <a>...</a> <a>1204</a></div>',
            '<div class="footer"><p>Government portal. Cabinet of Ministers of Ukraine</p>'
            '<p>All content is available under the Creative Commons Attribution 4.0 International license, unless otherwise stated.</p>'
            '<a>Site map</a> <a>Contacts</a> <a>Mobile version</a></div>', '</body>', '</html>']
    return "\n".join(out) + "\n", stamps


def r_govpl(S):
    """Polish Ministry of Foreign Affairs on gov.pl, news listing, HTML without JSON-LD: card title, 'DD.MM.YYYY' date (no time),
    intro paragraph. No time anywhere on the page, so published is the date only."""
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en">', '<head><meta charset="utf-8">',
           f'<title>{esc(S["title"])} - Ministry of Foreign Affairs Republic of Poland - Gov.pl website</title></head>', '<body>',
           '<a class="skip" href="#main-content">Skip to main content</a>',
           '<header><div class="govpl-bar"><a href="https://www.gov.pl">gov.pl</a> <span>Website of the Republic of Poland</span></div>'
           '<div class="unit"><a href="/web/diplomacy">Ministry of Foreign Affairs Republic of Poland</a></div>'
           '<nav><a href="/web/diplomacy/ministry">Ministry</a> <a href="/web/diplomacy/news">News</a> '
           '<a href="/web/diplomacy/poland-in-the-world">Poland in the world</a> <a href="/web/diplomacy/consular">Consular services</a> '
           '<a href="/web/diplomacy/contact">Contact</a></nav><div class="lang">PL | EN</div></header>',
           '<nav class="breadcrumbs"><a href="https://www.gov.pl/web/gov">Home Page</a> &gt; <a href="/web/diplomacy">Ministry of Foreign Affairs</a> &gt; <span>News</span></nav>',
           f'<main id="main-content"><h1>{esc(S["title"])}</h1>', '<ul class="art-prev art-prev--near-menu">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y}"; stamps.append(st)
        out += [f'<li><a href="/web/diplomacy/{slug(e["h"])}">', f'<div class="title">{esc(e["h"])}</div>',
                f'<div class="event"><span class="date">{st}</span></div>',
                '<div class="intro">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + '</div>', '</a></li>']
    out += ['</ul>', '<div class="more"><a class="btn">Show more</a></div></main>',
            '<footer><p>Ministry of Foreign Affairs Republic of Poland</p><p>al. J. Ch. Szucha 23, 00-580 Warszawa</p>'
            '<a>Accessibility declaration</a> <a>Privacy policy</a> <a>Cookies</a> <a>Contact</a>'
            '<p>Unless otherwise stated, content on this site is available under the Creative Commons Attribution 3.0 PL license.</p></footer>',
            '</body>', '</html>']
    return "\n".join(out) + "\n", stamps


def ST(e, cat, credit, tags=()):
    e["cat"] = cat; e["credit"] = credit; e["tags"] = list(tags)
    return e


# ================================================================ PART A: ten real outlets' layouts (own words)
SEEDS = []

# ---------------------------------------------------------------- 14700 U.S. Department of State (RSS)
SEEDS.append(dict(
  id="14700", name="14700_stategov-pressreleasesrss", ext="xml", source="U.S. Department of State", zone="UTC", render=r_state_rss,
  title="Press Releases – United States Department of State",
  basis="RSS pubDate '{s}' (+0000 = UTC); local {d} in {z}",
  notes="Imitates the WordPress RSS 2.0 feed of state.gov press releases. Newest first; pubDate with +0000; <dc:creator> carries the issuing credit "
        "('Marco Rubio, Secretary of State' or 'Office of the Spokesperson'); first <category> is the release type (Press Statement, Readout, "
        "Media Note). Author = the person named in the credit without the title; a credit that names no person is kept as printed "
        "('Office of the Spokesperson'). Two items are off the war (World Press Freedom Day, Deputy Secretary's Asia travel).",
  not_entries=["channel title, links, empty description, lastBuildDate, language, sy:update*, generator", "channel <image> block",
               "item <link>, <guid> and <category> elements (release type and tags)"],
  entries=[
  ST(E("2027-05-03 21:40", "Sanctioning Networks That Supply Russia\u2019s Drone Program",
    ["Today the Department of State is designating 14 entities and six individuals in the People\u2019s Republic of China, the United Arab Emirates and Kyrgyzstan for helping Russia obtain engines, navigation modules and machine tools used to build long-range attack drones.",
     "The Department of the Treasury is concurrently sanctioning nine further companies that move Russian drone components through third countries.",
     "The United States will keep pressing for a durable peace while holding to account those who keep Russia\u2019s war machine supplied."],
    "diplomacy", "diplomacy", 3, "us-sanctions-russian-drone-suppliers-2027-05-03", a="Marco Rubio"),
    "Press Statement", "Marco Rubio, Secretary of State", ["Russia", "Sanctions"]),
  ST(E("2027-05-03 19:55", "Secretary Rubio\u2019s Call with Ukrainian Foreign Minister Sybiha",
    ["Secretary of State Marco Rubio spoke today with Ukrainian Foreign Minister Andrii Sybiha about preparations for the next round of technical talks between Ukraine and Russia.",
     "The Secretary and Foreign Minister Sybiha also discussed Ukraine\u2019s air defense needs after recent Russian strikes on energy facilities in the Odesa and Mykolaiv regions."],
    "diplomacy", "diplomacy", 2, "rubio-sybiha-call-2027-05-03", a="Office of the Spokesperson"),
    "Readout", "Office of the Spokesperson", ["Ukraine"]),
  ST(OFF("2027-05-03 17:30", "World Press Freedom Day",
    ["On World Press Freedom Day, the United States honors the journalists around the world who keep reporting despite threats, detention and violence.",
     "We call on all governments to release reporters held for their work and to protect the free flow of information."],
    "world-press-freedom-day-statement-2027", a="Marco Rubio", n="annual press-freedom statement, no mention of the war"),
    "Press Statement", "Marco Rubio, Secretary of State"),
  ST(E("2027-05-03 16:05", "United States Announces $45 Million in Humanitarian Demining Assistance for Ukraine",
    ["The Department of State\u2019s Bureau of Political-Military Affairs will provide $45 million to clear landmines and unexploded ordnance from farmland in the Kharkiv, Kherson and Mykolaiv regions.",
     "The funding supports Ukrainian deminers and mechanical clearance teams and is expected to return about 30,000 hectares to farming by the end of 2028."],
    "aid", "aid", 2, "us-demining-assistance-ukraine-2027-05-03", a="Office of the Spokesperson"),
    "Media Note", "Office of the Spokesperson", ["Ukraine"]),
  ST(E("2027-05-03 14:20", "Joint Statement on the Return of Ukrainian Children",
    ["The governments of the United States, Qatar and Ukraine welcome the return of 17 Ukrainian children who had been taken to Russia or to Russian-occupied territory.",
     "The children were reunited with relatives in Kyiv over the weekend after mediation by the State of Qatar.",
     "We call on Russia to give a full account of every Ukrainian child transferred since February 2022."],
    "other", "humanitarian", 2, "ukrainian-children-returned-qatar-2027-05", a="Office of the Spokesperson", sec=["diplomacy"]),
    "Press Statement", "Office of the Spokesperson", ["Qatar", "Ukraine"]),
  ST(OFF("2027-05-03 13:10", "Deputy Secretary Landau\u2019s Travel to Japan and the Republic of Korea",
    ["Deputy Secretary of State Christopher Landau will travel to Tokyo and Seoul from May 4 to 8 to discuss shipbuilding cooperation, trade and regional security."],
    "landau-travel-japan-korea-2027-05", a="Office of the Spokesperson", n="travel announcement, East Asia"),
    "Media Note", "Office of the Spokesperson", ["Japan", "Republic of Korea"]),
  ST(E("2027-05-03 12:00", "Secretary Rubio\u2019s Meeting with Polish Foreign Minister Sikorski",
    ["Secretary of State Marco Rubio met today in Washington with Polish Foreign Minister Rados\u0142aw Sikorski.",
     "They discussed the defense of NATO\u2019s eastern flank, Russia\u2019s sabotage campaign in Europe and ways to increase pressure on Moscow to accept a ceasefire in Ukraine."],
    "diplomacy", "diplomacy", 2, "rubio-sikorski-meeting-2027-05-03", a="Office of the Spokesperson"),
    "Readout", "Office of the Spokesperson", ["Poland"]),
  ]))

# ---------------------------------------------------------------- 14701 The White House (briefing room listing, HTML)
SEEDS.append(dict(
  id="14701", name="14701_whitehouse-briefingroom", ext="html", source="The White House", zone="America/New_York", render=r_whitehouse,
  title="Briefings & Statements",
  basis="card date '{s}' (the visible text is the date only); the time comes from the card's <time datetime> attribute (-04:00, EDT); local {d} in {z}",
  notes="Imitates the whitehouse.gov 'Briefings & Statements' archive (WordPress block theme, Yoast @graph JSON-LD with CollectionPage, "
        "BreadcrumbList, WebSite, Organization; no article or live-blog markup). Newest first. Each card: category link, title, "
        "<time datetime='2027-05-05T18:40:00-04:00'>May 5, 2027</time> and the excerpt. The visible page prints only 'May 5, 2027': "
        "the times are read from the datetime attributes (a reader of the rendered page alone would know only the date). "
        "No bylines (author null). Two cards are off the war (Cinco de Mayo message, nominations).",
  not_entries=["skip link", "header logo, Menu button, navigation (Administration, Issues, News, Gallery, Live, Contact, Visit, EOP), Search",
               "page heading 'Briefings & Statements' (page title)", "category label on each card (Briefings & Statements, Fact Sheets, Presidential Actions)",
               "pagination (1 2 3 Next Page)", "footer address, links, 'WH.GOV', newsletter line"],
  entries=[
  E("2027-05-05 18:40", "Readout of President Trump\u2019s Call with President Zelenskyy of Ukraine",
    ["President Donald J. Trump spoke today with President Volodymyr Zelenskyy of Ukraine about the state of negotiations to end the war and a planned exchange of prisoners of war.",
     "The two leaders agreed that their teams would meet in the coming days, and President Trump made clear that he expects both sides to take concrete steps toward a lasting ceasefire."],
    "diplomacy", "diplomacy", 3, "trump-zelenskyy-call-2027-05-05", cat="Briefings & Statements"),
  E("2027-05-05 16:15", "Statement from the Press Secretary on Special Envoy Witkoff\u2019s Travel to Moscow",
    ["At the direction of President Trump, Special Envoy Steve Witkoff will travel to Moscow later this week to meet Russian officials on a framework for ending the war in Ukraine."],
    "diplomacy", "diplomacy", 3, "witkoff-moscow-trip-2027-05", cat="Briefings & Statements"),
  E("2027-05-05 14:30", "Fact Sheet: First Projects Approved Under the United States-Ukraine Reconstruction Investment Fund",
    ["The United States-Ukraine Reconstruction Investment Fund has approved its first three projects, committing $210 million to a lithium deposit, a graphite processing plant and the rebuilding of a power substation in central Ukraine."],
    "aid", "aid", 2, "us-ukraine-reconstruction-fund-projects-2027-05", cat="Fact Sheets"),
  OFF("2027-05-05 12:05", "Message from the President on Cinco de Mayo",
    ["On Cinco de Mayo, Americans of Mexican heritage and their neighbors celebrate the courage shown at the Battle of Puebla and the many contributions of Mexican Americans to our national life."],
    "cinco-de-mayo-message-2027", n="holiday message", cat="Presidential Actions"),
  OFF("2027-05-05 10:30", "Nominations Sent to the Senate",
    ["The President today sent nominations to the Senate for United States District Judge in Texas and Florida and for an Assistant Secretary of the Interior."],
    "nominations-sent-to-senate-2027-05-05", n="judicial and executive nominations", cat="Presidential Actions"),
  E("2027-05-05 09:20", "Joint Statement on the United States-Poland Strategic Dialogue",
    ["Senior officials of the United States and the Republic of Poland met in Washington for the annual Strategic Dialogue and reaffirmed their commitment to deterring Russian aggression on NATO\u2019s eastern flank.",
     "The delegations reviewed the presence of American forces in Poland and agreed to expand joint training in counter-drone defense."],
    "diplomacy", "diplomacy", 2, "us-poland-strategic-dialogue-2027-05", cat="Briefings & Statements"),
  ]))

# ---------------------------------------------------------------- 14702 U.S. Department of Defense (defense.gov news listing, text)
SEEDS.append(dict(
  id="14702", name="14702_defensegov-newsstories", ext="txt", source="U.S. Department of Defense", zone="America/New_York", render=r_dod,
  title="News Stories",
  basis="meta line '{s}' (date, 12-hour clock and 'EDT' printed after the headline); local {d} in {z}",
  notes="Imitates the defense.gov 'News Stories' listing as copied from the browser (gov banner, navigation, breadcrumb, filter, cards, "
        "spotlight box, pager, DMA footer). Newest first. Card: headline, then 'May 7, 2027 | 4:50 p.m. EDT | By NAME, DOD News', then "
        "the summary. Author = NAME (the 'DOD News' affiliation dropped). Two cards are off the war (Military Spouse Appreciation Day, rural "
        "telehealth). The 155 mm production contract is U.S. stockpile procurement (other/security), not aid.",
  not_entries=["skip link and 'An official website of the United States Government / Here's how you know' banner", "site name, search, navigation menu",
               "breadcrumb 'Home > News > News Stories'", "page heading 'News Stories' (page title)", "'Filter by: All Topics'",
               "'SPOTLIGHT / Ukraine Security Assistance: Latest Updates' box after the fourth card", "pager",
               "'Subscribe to Defense.gov Products' box", "'Hosted by Defense Media Activity - WEB.mil', social links, footer links"],
  entries=[
  E("2027-05-07 16:50", "Hegseth, Pistorius Discuss Ammunition Production, Support to Ukraine",
    ["Secretary of Defense Pete Hegseth hosted German Defense Minister Boris Pistorius at the Pentagon today for talks on expanding artillery ammunition production on both sides of the Atlantic.",
     "The two also discussed German purchases of American air defense interceptors for Ukraine through the NATO-managed Prioritized Ukraine Requirements List, a senior defense official said."],
    "diplomacy", "diplomacy", 2, "hegseth-pistorius-pentagon-meeting-2027-05-07", a="Corbin Malloy", sec=["aid"]),
  E("2027-05-07 15:10", "Army Awards $2.1 Billion to Expand 155 mm Shell Production",
    ["The Army has awarded contracts worth $2.1 billion to expand production of 155 mm artillery shells at plants in Pennsylvania, Texas and Arkansas, officials said.",
     "The work is meant to rebuild American stockpiles drawn down since 2022 and to lift monthly output past 100,000 rounds by the end of next year."],
    "other", "security", 2, "army-155mm-production-contracts-2027-05", a="Adaeze Fairbanks"),
  OFF("2027-05-07 13:30", "Military Spouse Appreciation Day Honors Families Who Serve",
    ["Defense Department leaders marked Military Spouse Appreciation Day today by highlighting new programs that help spouses keep professional licenses when they move between states."],
    "military-spouse-appreciation-day-2027", a="Hannah Pruitt", n="observance, personnel programs"),
  E("2027-05-07 12:05", "NATO-Funded Patriot Interceptors Reach Ukraine, Official Says",
    ["A shipment of Patriot interceptors paid for by European allies under the Prioritized Ukraine Requirements List has arrived in Ukraine, a senior defense official told reporters today.",
     "The official, who briefed on the condition of anonymity, said it was the largest single batch of interceptors delivered through the mechanism so far."],
    "aid", "aid", 3, "purl-patriot-interceptors-delivered-2027-05", a="Corbin Malloy"),
  E("2027-05-07 10:40", "Eastern Flank Exercise Tests Rapid Reinforcement of Baltic States",
    ["About 4,000 American and allied troops are taking part in an exercise in Lithuania and Latvia that tests how quickly reinforcements can reach NATO\u2019s northeastern border.",
     "The drills, which run through May 21, include river crossings and the defense of airfields against drone attacks."],
    "other", "security", 2, "baltic-rapid-reinforcement-exercise-2027-05", a="Luis Orteg\u00f3n"),
  E("2027-05-07 09:15", "Official: Russia Firing Record Numbers of Glide Bombs at Ukrainian Front Line",
    ["Russian aircraft dropped more than 5,000 guided glide bombs on Ukrainian positions and towns in April, the highest monthly total of the war, a defense official said.",
     "The official said pushing Russian jets back from the front depends on longer-range air defense and on strikes against the airfields they fly from."],
    "strikes", "strikes", 2, "russia-record-glide-bombs-april-2027", a="Corbin Malloy"),
  OFF("2027-05-07 08:00", "Defense Health Agency Expands Telehealth for Rural Service Members",
    ["The Defense Health Agency will offer round-the-clock telehealth appointments to service members and their families at 40 more rural installations starting in June."],
    "dha-rural-telehealth-2027", a="Hannah Pruitt", n="military health care"),
  ]))

# ---------------------------------------------------------------- 14703 Bundesregierung (English news article, HTML)
SEEDS.append(dict(
  id="14703", name="14703_bundesregierung-article", ext="html", source="Bundesregierung", zone="Europe/Berlin", render=r_breg,
  title="Germany to deliver further air defence systems to Ukraine",
  url="https://www.bundesregierung.de/breg-en/news/merz-zelensky-berlin-2390114",
  kicker="Chancellor Merz receives President Zelensky", dateline_t="2027-05-10 15:30", reading=3,
  lede="At their meeting in the Federal Chancellery, Federal Chancellor Friedrich Merz and President Volodymyr Zelensky agreed on further air defence deliveries and closer cooperation on drone production.",
  caption="Federal Chancellor Merz and President Zelensky in front of the Federal Chancellery.", photo="Jan Kessling",
  related=["Coalition of the Willing meets in Paris", "Germany\u2019s support for Ukraine at a glance"],
  basis="no stamp per section: the visible page prints only 'Monday 10 May 2027'; the time comes from the NewsArticle JSON-LD datePublished 2027-05-10T15:30:00+02:00 (Berlin, CEST); local {d} in {z}",
  notes="Imitates an English news article on bundesregierung.de: kicker, h1, lede, meta line with the weekday date and 'Reading time: 3 min.', "
        "photo with 'Photo: Bundesregierung/NAME' credit, h2 sections, tags, share/print, 'Find out more' links. One entry per h2 section "
        "(headline = the section heading, stamp null). The visible page has no time; the NewsArticle JSON-LD datePublished gives 15:30 CEST, "
        "which every section takes. No byline (the publisher is the Press and Information Office), so author null. Each section is its own story "
        "(a pledge, a production deal, a ceasefire position, grid money, a sanctions push), all from the same Berlin meeting.",
  not_entries=["skip links", "header logo 'Die Bundesregierung', navigation, language switch, search", "breadcrumb 'Home > News'",
               "kicker 'Chancellor Merz receives President Zelensky'", "page title h1", "lede paragraph under the title",
               "meta line 'Monday 10 May 2027 / Reading time: 3 min.'", "photo caption with credit", "tags line", "Share article / Print",
               "'Find out more' related links", "footer links"],
  entries=[
  E("2027-05-10 15:30", "Two more IRIS-T systems before the winter",
    ["Germany will deliver two further IRIS-T SLM air defence systems to Ukraine before the end of October, the Federal Chancellor announced after the talks.",
     "Merz said the systems would be paid for from this year\u2019s budget for military support to Ukraine, which the Bundestag raised to 11.5 billion euros.",
     "Zelensky thanked Germany, calling it the largest supporter of Ukraine\u2019s air defence in Europe."],
    "aid", "aid", 3, "germany-iris-t-pledge-2027-05-10"),
  E("2027-05-10 15:30", "Joint production of long-range drones",
    ["Ukrainian and German companies will jointly build several thousand long-range drones in Germany this year under an agreement signed by the two defence ministries in Berlin.",
     "The first units are due to leave the assembly line in the summer."],
    "aid", "aid", 2, "germany-ukraine-drone-coproduction-2027-05-10"),
  E("2027-05-10 15:30", "A ceasefire must come first",
    ["The Federal Chancellor called on Russia to accept an unconditional ceasefire as the basis for negotiations.",
     "Talks about borders and security guarantees could only begin once the guns fall silent, Merz said, adding that Europe would have a seat at the table."],
    "diplomacy", "diplomacy", 3, "merz-ceasefire-call-2027-05-10"),
  E("2027-05-10 15:30", "Help for the energy grid",
    ["Germany is providing a further 150 million euros for the repair of Ukrainian power plants and substations that Russia has repeatedly targeted with missiles and drones."],
    "aid", "aid", 2, "germany-energy-grid-aid-2027-05-10"),
  E("2027-05-10 15:30", "Pressure on the shadow fleet",
    ["Both leaders called for tougher action against the fleet of ageing tankers that Russia uses to get around the oil price cap.",
     "Germany will push within the EU for the next sanctions package to list further vessels and the firms that insure them, the Federal Chancellor said."],
    "diplomacy", "diplomacy", 2, "germany-shadow-fleet-sanctions-push-2027-05"),
  ]))

# ---------------------------------------------------------------- 14704 Élysée (English agenda page, text)
SEEDS.append(dict(
  id="14704", name="14704_elysee-agenda", ext="txt", source="\u00c9lys\u00e9e", zone="Europe/Paris", render=r_elysee,
  title="Agenda of the President of the Republic",
  basis="bare 24-hour time '{s}' under the page's only date heading 'Tuesday 4 May 2027'; no zone printed, Paris time (CEST) assumed; local {d} in {z}",
  notes="Imitates the English 'Agenda' page of elysee.fr as copied from the browser. One date heading ('Tuesday 4 May 2027'), then the day's items "
        "oldest first: bare time ('09:30'), headline, place line ('\u00c9lys\u00e9e Palace', 'Videoconference'), report paragraphs. No zone is printed; "
        "the times are Paris time (home zone, CEST = UTC+2). No bylines. Two items are off the war (lunch with the Prime Minister, "
        "National Order of Merit ceremony).",
  not_entries=["skip link, site name, 'Pr\u00e9sidence de la R\u00e9publique', language switch, navigation", "breadcrumb 'Home > Agenda'",
               "page title 'Agenda of the President of the Republic'", "'Previous day | Next day'", "date heading 'Tuesday 4 May 2027'",
               "place line under each headline (\u00c9lys\u00e9e Palace, Videoconference, Salle des f\u00eates)", "newsletter box after the third item",
               "'Back to top', address and footer links"],
  entries=[
  E("2027-05-04 09:30", "Defence and National Security Council",
    ["The President of the Republic chaired a Defence and National Security Council devoted to protecting French airspace against drones and to France\u2019s contribution to European air defence.",
     "The Council reviewed the deployment of additional radar and jamming systems around military sites and major infrastructure."],
    "other", "security", 2, "france-defence-council-air-defence-2027-05-04", place="\u00c9lys\u00e9e Palace"),
  E("2027-05-04 11:15", "Telephone conversation with President Volodymyr Zelensky",
    ["The President of the Republic spoke with President Volodymyr Zelensky after the overnight Russian attack on Odesa, which killed two people and damaged the city\u2019s port.",
     "He reaffirmed France\u2019s support and said the work on security guarantees would continue with the coalition partners in the afternoon."],
    "diplomacy", "diplomacy", 2, "macron-zelensky-call-2027-05-04", sec=["strikes"], place="\u00c9lys\u00e9e Palace"),
  OFF("2027-05-04 12:30", "Working lunch with the Prime Minister",
    ["The President of the Republic and the Prime Minister reviewed the government\u2019s legislative programme for the end of the parliamentary session."],
    "elysee-prime-minister-lunch-2027-05-04", n="domestic schedule item", place="\u00c9lys\u00e9e Palace"),
  E("2027-05-04 15:00", "Meeting of the Coalition of the Willing",
    ["The President of the Republic and the British Prime Minister co-chaired a videoconference of the Coalition of the Willing with the leaders of 31 countries and the heads of the EU institutions and NATO.",
     "Participants agreed to finish planning the multinational reassurance force for Ukraine so that it can deploy as soon as a ceasefire takes effect.",
     "They also called for new sanctions if Russia keeps rejecting an unconditional ceasefire."],
    "diplomacy", "diplomacy", 3, "coalition-of-the-willing-videoconference-2027-05-04", place="Videoconference"),
  E("2027-05-04 17:45", "Meeting with Maia Sandu, President of the Republic of Moldova",
    ["The President of the Republic received the President of the Republic of Moldova, Maia Sandu, to discuss Moldova\u2019s path to EU membership and its energy security.",
     "The two presidents condemned the repeated violations of Moldovan airspace by Russian drones aimed at Ukraine."],
    "diplomacy", "diplomacy", 2, "macron-sandu-meeting-2027-05-04", place="\u00c9lys\u00e9e Palace"),
  OFF("2027-05-04 19:00", "Presentation of the insignia of the National Order of Merit",
    ["The President of the Republic presented the insignia of the National Order of Merit to twelve volunteers from associations that work with young people in rural areas."],
    "elysee-national-order-of-merit-ceremony-2027-05-04", n="decorations ceremony", place="Salle des f\u00eates, \u00c9lys\u00e9e Palace"),
  ]))

# ---------------------------------------------------------------- 14705 European Commission (press corner Daily News, text)
EC_A = ["Liesbeth Vanhove \u2013 Tel.: +32 2 299 14 07", "Carlos Men\u00e9ndez Ruiz \u2013 Tel.: +32 2 296 38 51"]
EC_B = ["Annika Holmstr\u00f6m \u2013 Tel.: +32 2 298 60 12"]
EC_C = ["Pieter-Jan Claessens \u2013 Tel.: +32 2 295 77 40", "Ilaria Benvenuti \u2013 Tel.: +32 2 299 05 83"]
SEEDS.append(dict(
  id="14705", name="14705_ec-presscorner-dailynews", ext="txt", source="European Commission", zone="Europe/Brussels", render=r_ec,
  title="Daily News 17 / 05 / 2027", ref="MEX/27/3127",
  basis="no stamp and no time anywhere: the page is dated only 'Brussels, 17 May 2027' (and 'Daily News 17 / 05 / 2027'), so published is the date only (as in the shared gold 002); local {d} in {z}",
  notes="Imitates the European Commission press corner 'Daily News' round-up as copied from the browser: reference 'MEX/27/3127', title "
        "'Daily News 17 / 05 / 2027', 'Brussels, 17 May 2027', 'Print friendly pdf', then items (headline, paragraphs, 'Press contacts:' with "
        "spokespeople and phone numbers). No item prints a time and the page prints none, so every entry has stamp null and a date-only "
        "published '2027-05-17' (Brussels). No bylines: press contacts are not authors (author null). Two items are off the war "
        "(Italian State aid, Eurostat).",
  not_entries=["'European Commission logo', 'Press corner', language selector, search", "breadcrumb 'Home > Daily News'", "reference 'MEX/27/3127'",
               "title 'Daily News 17 / 05 / 2027'", "date line 'Brussels, 17 May 2027'", "'Print friendly pdf'",
               "'Press contacts:' blocks with names and phone numbers after every item", "'Upcoming events of the European Commission (ex-Top News)' link",
               "Europe Direct line and footer links"],
  entries=[
  E("2027-05-17", "Commission disburses \u20ac4.2 billion to Ukraine under the Ukraine Facility",
    ["The Commission today paid \u20ac4.2 billion to Ukraine under the Ukraine Facility after confirming that Kyiv had completed the reforms linked to the latest instalment.",
     "The reforms include a new law on the selection of judges and steps to open the electricity market to competition.",
     "With this payment, support under the Facility has passed \u20ac30 billion since 2024."],
    "aid", "aid", 3, "eu-ukraine-facility-disbursement-2027-05-17", contacts=EC_A),
  E("2027-05-17", "Commission welcomes adoption of the 23rd package of sanctions against Russia",
    ["The Commission welcomes the Council\u2019s adoption of a 23rd package of sanctions against Russia, which targets banks in third countries, more shadow fleet vessels and imports of Russian fertilisers.",
     "President von der Leyen said the package would keep raising the cost of the war for the Kremlin."],
    "diplomacy", "diplomacy", 3, "eu-23rd-sanctions-package-2027-05", contacts=EC_B),
  E("2027-05-17", "Commissioner Kos in Kyiv to review progress on accession reforms",
    ["Commissioner for Enlargement Marta Kos is in Kyiv today for talks with Prime Minister Yulia Svyrydenko on the rule-of-law reforms Ukraine needs for its EU accession negotiations.",
     "The visit comes ahead of an intergovernmental conference planned for June."],
    "diplomacy", "diplomacy", 2, "kos-kyiv-visit-2027-05-17", contacts=EC_C),
  OFF("2027-05-17", "Commission approves \u20ac310 million Italian scheme to move freight from road to rail",
    ["The European Commission has approved, under EU State aid rules, a \u20ac310 million Italian scheme that encourages companies to shift freight from road to rail."],
    "italy-rail-freight-state-aid-2027-05", n="competition / State aid", contacts=EC_C[:1]),
  E("2027-05-17", "EU sends 40 more generators and emergency shelters to Ukraine",
    ["Through the EU Civil Protection Mechanism, the Commission is sending 40 high-capacity generators and equipment for 25 heated emergency shelters to Ukrainian communities whose power was cut by Russian attacks."],
    "aid", "aid", 2, "eu-civil-protection-generators-ukraine-2027-05-17", contacts=EC_A[:1]),
  OFF("2027-05-17", "Eurostat: euro area industrial production up 0.4% in March",
    ["In March 2027, seasonally adjusted industrial production rose by 0.4% in the euro area and by 0.3% in the EU compared with February, according to Eurostat."],
    "eurostat-industrial-production-march-2027", n="statistics release", contacts=EC_B),
  ]))

# ---------------------------------------------------------------- 14706 Council of Europe (newsroom Atom feed)
SEEDS.append(dict(
  id="14706", name="14706_coe-newsroom-atom", ext="xml", source="Council of Europe", zone="UTC", render=r_coe_atom,
  title="Newsroom", lede="Latest news from the Council of Europe",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Imitates the Atom 1.0 feed that the Council of Europe portal (Liferay asset publisher) exports for its newsroom: <published>, <updated> "
        "and <dc:date> in UTC with Z, escaped-HTML <summary>, no <author>. Newest first. Two items are off the war (Venice Commission opinion "
        "on Armenia, GRECO report on Portugal). The Register of Damage and prosecutor-training items are accountability/war-crimes work "
        "(other/humanitarian); the Special Tribunal membership item is diplomacy.",
  not_entries=["feed title, link, subtitle, id, updated, dc:date", "entry link, id, updated and dc:date elements"],
  entries=[
  E("2027-05-19 16:10", "Register of Damage for Ukraine passes 100,000 claims",
    ["The Register of Damage Caused by the Aggression of the Russian Federation against Ukraine has now received more than 100,000 claims from people who lost relatives, homes or property in the war.",
     "Claims for damaged or destroyed housing make up more than half of the total, the Register\u2019s Board said at its meeting in The Hague."],
    "other", "humanitarian", 2, "register-of-damage-100000-claims-2027-05"),
  E("2027-05-19 14:30", "Committee of Ministers: six more states join the Special Tribunal for the Crime of Aggression",
    ["Foreign ministers meeting for the annual session of the Committee of Ministers in Strasbourg welcomed the decision of six more states to join the enlarged partial agreement on the Special Tribunal for the Crime of Aggression against Ukraine.",
     "The Tribunal\u2019s management committee is expected to appoint the first judges before the end of the year.",
     "Ukraine\u2019s Foreign Minister, Andrii Sybiha, said the Tribunal would make sure that the decision to start the war does not go unpunished."],
    "diplomacy", "diplomacy", 3, "coe-special-tribunal-new-members-2027-05-19"),
  E("2027-05-19 12:00", "Commissioner for Human Rights: the return of Ukrainian children must be part of any agreement",
    ["The Council of Europe Commissioner for Human Rights, Michael O\u2019Flaherty, has called for the return of all Ukrainian children deported or forcibly transferred by Russia to be written into any future peace agreement."],
    "other", "humanitarian", 2, "coe-commissioner-ukrainian-children-2027-05-19", sec=["diplomacy"]),
  OFF("2027-05-19 10:20", "Venice Commission adopts opinion on Armenia\u2019s draft electoral code",
    ["The Venice Commission has adopted an opinion on Armenia\u2019s draft electoral code, welcoming stricter rules on campaign finance while recommending changes to the threshold for entering parliament."],
    "venice-commission-armenia-electoral-code-2027", n="constitutional advice to Armenia"),
  OFF("2027-05-19 08:45", "GRECO publishes evaluation report on Portugal",
    ["The Council of Europe\u2019s Group of States against Corruption (GRECO) has published its fifth-round evaluation report on Portugal, which looks at preventing corruption in central government and the police."],
    "greco-portugal-report-2027", n="anti-corruption monitoring"),
  E("2027-05-19 07:30", "Training for Ukrainian prosecutors investigating attacks on energy infrastructure",
    ["The Council of Europe has begun a training programme for 60 Ukrainian prosecutors who investigate Russian attacks on power plants, substations and heating networks as possible war crimes."],
    "other", "humanitarian", 2, "coe-training-ukrainian-prosecutors-energy-attacks-2027-05"),
  ]))

# ---------------------------------------------------------------- 14707 Verkhovna Rada of Ukraine (news listing, text)
SEEDS.append(dict(
  id="14707", name="14707_rada-news", ext="txt", source="Verkhovna Rada of Ukraine", zone="Europe/Kyiv", render=r_rada,
  title="News",
  basis="stamp '{s}' (DD.MM.YYYY HH:MM before the headline); no zone printed, Kyiv time (EEST = UTC+3) assumed; local {d} in {z}",
  notes="Imitates the English news listing of the Verkhovna Rada portal as copied from the browser. Newest first; each item is a "
        "'21.05.2027 17:20' line, the headline, then one or two paragraphs. No zone is printed: Kyiv time (home zone). No bylines (the footer "
        "names the Information Department; not an author). One item is off the war (electronic notaries). The Chairman's condemnation of the "
        "Sumy strike is about the attack itself (strikes, deadly: importance 3).",
  not_entries=["portal name, 'Official web portal', language switch, navigation", "breadcrumb 'Main page > Press Service > News'",
               "page heading 'News' (page title)", "filter line (All news | Chairman | ...)", "'Broadcast of plenary meetings: Rada TV channel' box",
               "'News archive'", "footer: Information Department line, address, copyright"],
  entries=[
  E("2027-05-21 17:20", "Verkhovna Rada extends martial law and general mobilisation for 90 days",
    ["The Verkhovna Rada has approved the President\u2019s decrees extending martial law and general mobilisation in Ukraine for another 90 days.",
     "The decisions were supported by 318 and 314 People\u2019s Deputies respectively."],
    "other", "politics", 2, "rada-extends-martial-law-2027-05-21"),
  E("2027-05-21 15:05", "Ruslan Stefanchuk meets Speaker of the Seimas of the Republic of Lithuania",
    ["Chairman of the Verkhovna Rada Ruslan Stefanchuk met the Speaker of the Seimas of the Republic of Lithuania, who is in Kyiv on an official visit.",
     "The speakers discussed parliamentary support for Ukraine\u2019s EU accession and joint production of ammunition in Lithuania."],
    "diplomacy", "diplomacy", 2, "stefanchuk-lithuanian-seimas-speaker-2027-05-21"),
  E("2027-05-21 13:40", "Parliament ratifies EIB loan for repairs to the power grid",
    ["The Verkhovna Rada has ratified a 400 million euro loan agreement with the European Investment Bank for the repair of substations and transmission lines damaged by Russian attacks."],
    "aid", "aid", 2, "rada-ratifies-eib-grid-loan-2027-05-21"),
  E("2027-05-21 12:15", "Committee hears report on shelters in schools of frontline regions",
    ["The Committee on Education, Science and Innovation heard a report from the Ministry of Education on the state of shelters in schools in the Kharkiv, Sumy, Zaporizhzhia and Dnipropetrovsk regions.",
     "According to the Ministry, one school in five in these regions still cannot hold lessons in person because it has no adequate shelter."],
    "other", "humanitarian", 2, "rada-committee-school-shelters-2027-05-21"),
  E("2027-05-21 10:30", "Law on compensation for housing destroyed by Russian strikes adopted",
    ["People\u2019s Deputies adopted as a whole a draft law that lets owners of destroyed homes receive compensation certificates for housing in any region of Ukraine."],
    "other", "humanitarian", 2, "rada-housing-compensation-law-2027-05-21"),
  E("2027-05-21 09:00", "Ruslan Stefanchuk: the overnight strike on Sumy is another war crime",
    ["Chairman of the Verkhovna Rada Ruslan Stefanchuk condemned the overnight Russian missile strike on Sumy, which killed three people and injured 19.",
     "He called on partner parliaments to speed up decisions on air defence for Ukraine\u2019s northern regions."],
    "strikes", "strikes", 3, "sumy-missile-strike-2027-05-21"),
  OFF("2027-05-21 08:10", "Parliament adopts law on electronic notarial services",
    ["The Verkhovna Rada has adopted a law that allows notarial acts such as powers of attorney to be performed and registered online."],
    "rada-electronic-notary-law-2027-05-21", n="civil-law reform"),
  ]))

# ---------------------------------------------------------------- 14708 Cabinet of Ministers of Ukraine (Government portal news, HTML)
SEEDS.append(dict(
  id="14708", name="14708_kmu-news", ext="html", source="Cabinet of Ministers of Ukraine", zone="Europe/Kyiv", render=r_kmu,
  title="News",
  basis="date line '{s}' after the headline; no zone printed, Kyiv time (EEST = UTC+3) assumed; local {d} in {z}",
  notes="Imitates the English news listing of the Government portal (kmu.gov.ua), HTML without JSON-LD. Newest first; each item: headline link, "
        "then '25 May 2027 14:32' (date and 24-hour time, no zone), then the lead. The newest item is dated 26 May 2027 00:45 Kyiv time "
        "(after local midnight), which is still 25 May in UTC: all seven entries fall on the UTC day 2027-05-25. No bylines. One item is "
        "off the war (online licence renewal).",
  not_entries=["header: 'Government portal', 'Cabinet of Ministers of Ukraine', language links, navigation, Search", "breadcrumbs",
               "page heading 'News' (page title)", "filter tabs (All news, Prime Minister of Ukraine, Government, Ministries)", "pager", "footer lines and links"],
  entries=[
  E("2027-05-26 00:45", "Yulia Svyrydenko: power restored to 180,000 consumers after evening attack on Odesa region",
    ["Energy workers have restored electricity to 180,000 consumers in the Odesa region who lost power after a Russian drone attack on energy facilities in the evening, Prime Minister of Ukraine Yulia Svyrydenko said.",
     "Repairs at two damaged substations will continue through the night."],
    "strikes", "strikes", 2, "odesa-region-energy-attack-2027-05-25"),
  E("2027-05-25 22:30", "Government launches grants for veterans starting a business",
    ["The Cabinet of Ministers has approved a programme of grants of up to UAH 1 million for veterans and members of their families who start or expand a business."],
    "other", "politics", 2, "veteran-business-grants-2027-05"),
  E("2027-05-25 19:10", "Ukraine and Japan sign agreement on grant for energy equipment",
    ["Ukraine and Japan have signed an agreement under which Japan will provide a grant of 12 billion yen to buy gas turbines and transformers for Ukrainian cities."],
    "aid", "aid", 2, "japan-energy-equipment-grant-2027-05-25"),
  E("2027-05-25 16:40", "IMF mission begins review that could unlock $700 million for Ukraine",
    ["Prime Minister of Ukraine Yulia Svyrydenko met the International Monetary Fund mission, which is in Kyiv for the next review of Ukraine\u2019s lending programme.",
     "A successful review would allow the Fund to disburse about $700 million, and the sides discussed tax measures for next year\u2019s budget."],
    "aid", "aid", 2, "imf-review-mission-kyiv-2027-05"),
  E("2027-05-25 13:15", "Government extends payments for families evacuated from frontline communities",
    ["The Government has extended monthly assistance payments for families evacuated from communities in the combat zone until the end of the year."],
    "other", "humanitarian", 2, "evacuation-payments-extended-2027-05-25"),
  E("2027-05-25 10:05", "Ukraine receives $800 million under the G7 ERA loans",
    ["Ukraine has received $800 million from the G7 Extraordinary Revenue Acceleration mechanism, which is repaid from the proceeds of immobilised Russian assets, the Ministry of Finance reported.",
     "The funds will go to the state budget to cover priority social and defence spending."],
    "aid", "aid", 3, "era-loans-tranche-800m-2027-05-25"),
  OFF("2027-05-25 08:30", "Driving licences can now be renewed fully online",
    ["The Cabinet of Ministers has approved a procedure for renewing driving licences entirely online through the Diia portal."],
    "diia-online-driving-licence-renewal-2027", n="digital public services"),
  ]))

# ---------------------------------------------------------------- 14709 Polish Ministry of Foreign Affairs (gov.pl news listing, HTML)
SEEDS.append(dict(
  id="14709", name="14709_govpl-mfa-news", ext="html", source="Ministry of Foreign Affairs Republic of Poland", zone="Europe/Warsaw", render=r_govpl,
  title="News",
  basis="card date '{s}' (date only; no time anywhere on the page), so published is the date only (as in the shared gold 002); local {d} in {z}",
  notes="Imitates the gov.pl news listing of the Polish Ministry of Foreign Affairs (HTML, no JSON-LD): gov.pl bar, unit name, navigation, "
        "breadcrumbs, cards with title, 'DD.MM.YYYY' date and intro, 'Show more'. Every card is dated 27.05.2027 and nothing on the page prints a "
        "time, so published is the date only ('2027-05-27', Warsaw). No bylines. Two cards are off the war (Mongolia consultations, "
        "volunteering call). The expulsion of a Russian diplomat over a sabotage plot is led by the diplomatic act (diplomacy, importance 3).",
  not_entries=["skip link, gov.pl bar 'Website of the Republic of Poland', unit name, navigation, language switch", "breadcrumbs",
               "page heading 'News' (page title)", "'Show more' button", "footer: ministry address, links, licence line"],
  entries=[
  E("2027-05-27", "Minister Sikorski: Poland expels Russian diplomat over sabotage plot",
    ["Poland has declared a diplomat at the Russian embassy in Warsaw persona non grata after investigators linked him to a plan to set fire to a logistics depot used to supply Ukraine, Minister Rados\u0142aw Sikorski announced.",
     "The diplomat has 72 hours to leave the country."],
    "diplomacy", "diplomacy", 3, "poland-expels-russian-diplomat-2027-05-27"),
  E("2027-05-27", "Poland extends funding for Starlink terminals in Ukraine",
    ["Poland will keep paying for the Starlink satellite internet service used by Ukrainian forces, hospitals and local authorities until the end of 2027, the ministry announced."],
    "aid", "aid", 2, "poland-starlink-funding-extension-2027-05"),
  E("2027-05-27", "MFA spokesperson condemns Russian strike on Chernihiv",
    ["The Ministry of Foreign Affairs condemns the Russian missile strike on Chernihiv, which killed four civilians, including a child, and damaged a hospital.",
     "Deliberate attacks on civilians are war crimes and those responsible will be held to account, the ministry\u2019s spokesperson said."],
    "strikes", "strikes", 3, "chernihiv-missile-strike-2027-05-27"),
  OFF("2027-05-27", "Polish-Mongolian political consultations in Warsaw",
    ["Deputy foreign ministers of Poland and Mongolia held political consultations in Warsaw on trade, mining investment and cooperation between universities."],
    "poland-mongolia-consultations-2027-05", n="bilateral consultations with Mongolia"),
  E("2027-05-27", "Polish Aid delivers generators to Kharkiv hospitals",
    ["A convoy organised by Polish Aid has delivered 60 power generators and water treatment equipment to hospitals and schools in Kharkiv."],
    "aid", "aid", 2, "polish-aid-generators-kharkiv-2027-05"),
  OFF("2027-05-27", "Polish Aid volunteering programme 2027: call for applications",
    ["Non-governmental organisations can apply until 30 June for funding to send volunteers to development projects in Africa, Asia and Latin America."],
    "polish-aid-volunteering-call-2027", n="development volunteering call"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_cawthorne(S):
    """text live, newest first; Key Points bullets; headline, then 'HH:MM BST · NAME' line, then body; video teaser shows only a duration."""
    z = S["zone"]; order_check(S, True); last = dt(S["entries"][0]["t"], z)
    L = [S["source"].upper(), "Home | UK | World | Business | Opinion | Sport | Live", "", "LIVE", S["title"],
         f"Last updated: {longdate(last)} {last:%H:%M} BST", "", S["lede"], "", "Key Points"]
    L += ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]]
    L += ["", "Show key events only", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} BST"; stamps.append(st)
        L += [e["h"], f"{st} \u00b7 {e['a']}" if e["a"] else st, ""]
        L += ptxt(e["p"]) if e["p"] else ["\u25b6 0:48", ""]
        if i == 2:
            L += ["Most read: Rail strike dates announced for June", ""]
    L += ["Load more updates", "", f"\u00a9 {S['source']} Ltd {last.year} \u00b7 Terms \u00b7 Privacy \u00b7 Contact us"]
    return "\n".join(L) + "\n", stamps


def r_lyndhollow(S):
    """HTML live, oldest first, LiveBlogPosting JSON-LD with per-update datePublished and author; visible bare 'HH:MM' span
    before each h3 (Kyiv time, stated in the page header); 'By NAME' under the headline."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{4410 + i}", "headline": e["h"], "datePublished": d.isoformat(),
             "dateModified": d.isoformat(), "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "description": S["lede"], "datePublished": first.isoformat(), "dateModified": last.isoformat(),
          "coverageStartTime": first.isoformat(), "coverageEndTime": (first + timedelta(hours=20)).isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en">', '<head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>', '</head>', '<body>',
           f'<header class="masthead"><a href="/">{esc(S["source"])}</a><nav><a href="/war">War</a> <a href="/politics">Politics</a> '
           '<a href="/economy">Economy</a> <a href="/regions">Regions</a> <a href="/donate">Donate</a></nav></header>',
           f'<main><span class="badge">Live</span><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>',
           f'<p class="summary">{esc(S["lede"])}</p>', '<section class="feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="post" id="post-{4410 + i}"><span class="post-time">{st}</span><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="byline">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="post-share"><a>Share</a> <a>Copy link</a></div></div>')
        if i == 3:
            out.append('<aside class="donate">Independent journalism from Ukraine depends on readers. <a>Support us</a></aside>')
    out += ['</section></main>', f'<footer>{esc(S["source"])} \u00b7 About \u00b7 Editorial policy \u00b7 Privacy</footer>', '</body>', '</html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """general world RSS 2.0 feed, newest first: pubDate with 'GMT' or the outlet's numeric offset; CDATA paragraphs; optional dc:creator."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           f'<atom:link href="{S["url"]}/rss.xml" rel="self" type="application/rss+xml"/>', '<language>en-gb</language>',
           f'<copyright>{esc(S["source"])}</copyright>', '<ttl>15</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=(S["rfc"] == "GMT")); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "world").lower()}/{slug(e["h"], 50)}-{i + 70412}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_article_txt(S):
    """text article with section headings (one entry per section); page byline; dateline with time and zone; no per-section stamp."""
    L = [S["source"], "World  \u203a  Europe  \u203a  Ukraine", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share  \u00b7  Email  \u00b7  Print", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += [f"Related: {S['more']}", "", f"\u00a9 {S['source']} \u00b7 Imprint \u00b7 Privacy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_morwenstow(S):
    """HTML live, newest first, no JSON-LD; 'DD.MM.YYYY | HH:MM' line above the h2 (CEST stated once in the header);
    'Author: NAME' line after the body; photo gallery teaser."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en">', '<head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>', '</head>', '<body>',
           '<div class="rodo">We use cookies to provide our services. By continuing you agree to our privacy policy. <button>I agree</button></div>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a>Poland</a> <a>World</a> <a>Ukraine war</a> <a>Business</a> <a>Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="tz">{esc(S["tznote"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y} | {d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="relacja-wpis"><p class="when">{st}</p><h2>{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery"><span class="count">12 photos</span> <button>Open gallery</button></div>')
        if e["a"]:
            out.append(f'<p class="author">Author: {esc(e["a"])}</p>')
        out.append('</article>')
        if i == 2:
            out.append('<aside class="see-also"><h3>See also</h3><a href="/world/grain-exports-may">Black Sea grain exports hold steady despite attacks</a></aside>')
    out += ['<p class="archive"><a href="/live/2027-05-11">Live coverage from Tuesday</a></p></main>',
            f'<footer>{esc(S["source"])} \u00b7 Editorial team \u00b7 Advertising \u00b7 Privacy policy</footer>', '</body>', '</html>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO with the outlet's offset (Z for UTC); escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True)

    def iso(d):
        return d.isoformat().replace("+00:00", "Z")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>tag:{S["url"].split("//")[1]},2027:feed</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>',
           f'<rights>\u00a9 {esc(S["source"])}</rights>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" href="{S["url"]}/{slug(e["h"], 50)}"/>',
                f'<id>tag:{S["url"].split("//")[1]},2027:{3310 + i}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if e.get("cat"):
            out.append(f'<category term="{attr(e["cat"])}"/>')
        out += ['<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_treslothan(S):
    """text live, oldest first; headline, then '10.42am BST' line, body, optional 'By NAME' line; dateline with the year."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "News  |  Sport  |  World  |  What's On  |  Live", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, sep='.')} BST"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"By {e['a']}", ""]
        if i == 3:
            L += ["Sign up to our free world news newsletter", ""]
    L += ["Our live coverage has now ended.", "", f"{S['source']}  \u00b7  Contact  \u00b7  Privacy  \u00b7  Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_lampeter(S):
    """text live, newest first, no year anywhere: date line 'Saturday 15 May', 'Last updated HH:MM BST'; recent posts carry relative stamps
    ('25 minutes ago', '2 hours ago') counted from that clock, older ones 'HH:MM BST'; one page byline."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = [S["source"].upper(), "News \u00b7 World \u00b7 Ukraine \u00b7 Politics \u00b7 Sport", "", S["title"], f"{DAYS_EN[ref.weekday()]} {ref.day} {MONTHS[ref.month - 1]}",
         f"Last updated {ref:%H:%M} BST", f"By {S['byline']}", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if e.get("rel"):
            if mins < 60:
                st = f"{mins} minutes ago"
            else:
                assert mins % 60 == 0, e["t"]
                st = "1 hour ago" if mins == 60 else f"{mins // 60} hours ago"
        else:
            st = f"{d:%H:%M} BST"
        stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Get our Ukraine briefing every morning. Sign up here", ""]
    L += ["Show older posts", "", f"{S['source']} \u00b7 About us \u00b7 Complaints \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_aberaeron(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD whose updates repeat the PAGE headline and datePublished (no per-update time);
    visible <time datetime> with '9.05am BST'; photo teaser = image + credit only; no bylines."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#block-{i + 1:03d}", "headline": S["title"], "datePublished": first.isoformat(),
            "dateModified": last.isoformat(), "articleBody": " ".join(e["p"])[:300]} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "coverageEndTime": (first + timedelta(hours=18)).isoformat(),
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB">', '<head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>', '</head>', '<body>',
           f'<header><a href="/">{esc(S["source"])}</a> <nav><a>News</a> <a>Opinion</a> <a>Sport</a> <a>Culture</a> <a>Lifestyle</a></nav></header>',
           f'<main><div class="live-label">LIVE</div><h1>{esc(S["title"])}</h1>', f'<div class="standfirst"><p>{esc(S["lede"])}</p></div>',
           f'<p class="dateline">{esc(S["dateline"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, sep='.')} BST"; stamps.append(st)
        out.append(f'<article class="block" id="block-{i + 1:03d}"><p class="block-time"><time datetime="{d.isoformat()}">{st}</time></p><h2>{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append(f'<figure><img src="/img/{slug(e["h"], 30)}.jpg" alt="{attr(e["h"])}"><p class="credit">Photograph: {esc(e["credit"])}</p></figure>')
        out.append('<footer class="block-footer"><a>Share</a></footer></article>')
        if i == 2:
            out.append('<aside class="epic">You\u2019ve read 12 articles this year. Support our reporting. <a>Contribute</a></aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Help \u00b7 Complaints \u00b7 Terms \u00b7 Privacy</footer>', '</body>', '</html>']
    return "\n".join(out) + "\n", stamps


def r_pilica(S):
    """HTML article with NewsArticle JSON-LD (Person author, datePublished +02:00); visible byline and 'DD.MM.YYYY, HH:MM' dateline;
    one entry per h2 section."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(), "dateModified": d0.isoformat(),
          "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]},
          "articleSection": "World", "inLanguage": "en"}
    out = ['<!DOCTYPE html>', '<html lang="en">', '<head><meta charset="utf-8">', f'<title>{esc(S["title"])} - {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>', '</head>', '<body>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a>Kraj</a> <a>World</a> <a>Economy</a> <a>Culture</a> <a>Opinions</a></nav>'
           '<a class="sub">Subscribe</a></header>',
           '<main><article>', '<p class="section">World</p>', f'<h1>{esc(S["title"])}</h1>', f'<p class="lead"><strong>{esc(S["lede"])}</strong></p>',
           f'<div class="meta"><span class="author">{esc(S["byline"])}</span> <span class="date">{d0:%d.%m.%Y, %H:%M}</span></div>',
           f'<figure><img src="/img/lead.jpg" alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>']
    for e in S["entries"]:
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
    out += [f'<div class="related"><h3>Read also</h3><a>{esc(S["more"])}</a></div>', '<div class="comments">Comments (14)</div>',
            '</article></main>', f'<footer>\u00a9 {esc(S["source"])} \u00b7 Contact \u00b7 Advertising \u00b7 Privacy</footer>', '</body>', '</html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


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
            if has_time(e["t"]):
                pub = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"); loc = d.strftime("%Y-%m-%d %H:%M")
            else:
                pub = e["t"]; loc = e["t"]
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": pub, "published_local": f"{loc} {S['zone']}",
                         "published_basis": S["basis"].format(s=stamps[i], d=loc, z=S["zone"]),
                         "author": e["a"] if e["a"] is not None else S.get("page_author"),
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


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2027-05-11 (UTC), day 2 = 2027-05-12, day 3 = 2027-05-15.
KREM = "kremenchuk-missile-strike-2027-05-11"
IST = "istanbul-russia-ukraine-talks-2027-05-13"
NLDR = "netherlands-long-range-drone-funding-2027-05-11"
BALL = "analysis-ballistic-missiles-patriot-stocks-2027-05"
BALL_H = "Analysis: Russia\u2019s ballistic missiles are outrunning Ukraine\u2019s Patriot stocks"
BALL_P = ["Tuesday\u2019s strike on Kremenchuk fits a pattern: Russia is firing more ballistic missiles, and Ukraine has too few interceptors able to stop them.",
          "Only the Patriot and, to a lesser extent, the Franco-Italian SAMP/T can reliably intercept Iskander-type missiles, which dive onto their targets at several times the speed of sound.",
          "Production of Patriot interceptors has grown, but much of it is already promised to other customers, and Ukrainian officials say they receive a fraction of what they need."]

# ---------------------------------------------------------------- 14720 Cawthorne Examiner (day 1, text live)
SEEDS.append(dict(
  id="14720", name="14720_cawthorne-textlive", ext="txt", source="Cawthorne Examiner", zone="Europe/London", render=r_cawthorne,
  title="Russia-Ukraine war live: Kremenchuk missile strike kills 11; talks set for Istanbul",
  lede="Ballistic missiles hit a bus station and market in central Ukraine during the morning rush; Turkey says the two sides will meet on Thursday.",
  basis="stamp '{s}' (UK time, BST = UTC+1, printed) under the page line 'Last updated: Tuesday 11 May 2027 21:50 BST'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. 'Key Points' lists two entry headlines (key_point true). Each post: headline, then "
        "'HH:MM BST \u00b7 NAME' (author after the middle dot), then the body. 14720-04 is a 'Watch:' video teaser whose only content is a "
        "'\u25b6 0:48' duration line (no body). 14720-03 is a theme piece (analysis of ballistic missiles and Patriot stocks) that mentions "
        "Kremenchuk but is its own story; 14732 re-posts it verbatim on day 2. Toll in this page: 3 \u2192 5 \u2192 11.",
  not_entries=["masthead and navigation", "'LIVE' label", "page title", "'Last updated: ...' line", "standfirst/lede line",
               "'Key Points' header and its two bullets (pointers to posts 01 and 02)", "'Show key events only'", "'\u25b6 0:48' video duration in the teaser post",
               "'Most read: Rail strike dates announced for June' promo", "'Load more updates'", "footer line"],
  entries=[
  E("2027-05-11 21:50", "Kremenchuk death toll rises to 11 as search ends",
    ["Eleven people are now known to have died in this morning\u2019s missile strike on Kremenchuk, the Poltava regional governor said, after rescuers pulled two more bodies from the wreckage of the bus station.",
     "More than 50 people were injured, and 14 of them remain in hospital in a serious condition."],
    "strikes", "strikes", 3, KREM, a="Kit Ransome", kp=True, n="toll 11 dead"),
  E("2027-05-11 19:30", "Turkey says Russian and Ukrainian delegations will meet in Istanbul on Thursday",
    ["Turkey\u2019s foreign minister, Hakan Fidan, said delegations from Russia and Ukraine had agreed to meet in Istanbul on Thursday for a new round of talks on a ceasefire and prisoner exchanges.",
     "Neither Moscow nor Kyiv has yet said who will lead its team."],
    "diplomacy", "diplomacy", 3, IST, a="Aled Brunskill", kp=True),
  E("2027-05-11 17:15", BALL_H, BALL_P, "strikes", "strikes", 2, BALL, a="Priya Castellane", sec=["aid"],
    n="theme piece (analysis of ballistic missiles and interceptor stocks; mentions Kremenchuk but is its own story): must not merge with the Kremenchuk strike; re-posted verbatim by 14732 on day 2"),
  E("2027-05-11 15:05", "Watch: Smoke rises over Kremenchuk bus station after missile strike", [],
    "strikes", "strikes", 1, KREM, n="video teaser without body"),
  E("2027-05-11 12:40", "Russian shelling kills pensioner in Kherson",
    ["A 71-year-old man was killed when Russian artillery hit a residential street in Kherson\u2019s Dniprovskyi district, the regional military administration said."],
    "strikes", "strikes", 3, "kherson-shelling-death-2027-05-11", a="Aled Brunskill",
    n="another deadly strike on the same day (artillery, southern Ukraine): must not merge with the Kremenchuk strike"),
  E("2027-05-11 09:55", "Zelensky: Kremenchuk strike was \u2018deliberate terror against civilians\u2019",
    ["President Volodymyr Zelensky said Russia had chosen the busiest hour of the morning to fire at a bus station and a market, and called the attack deliberate terror against civilians.",
     "Officials said at least five people had been killed.",
     "He renewed his appeal to partners for more Patriot interceptors, saying the missiles used were ballistic and could not be stopped by other systems."],
    "strikes", "strikes", 3, KREM, a="Kit Ransome", n="reaction whose content is the attack; toll 5"),
  E("2027-05-11 07:10", "Ballistic missiles hit Kremenchuk during morning rush hour",
    ["Russian ballistic missiles struck the central Ukrainian city of Kremenchuk at about 8.40am local time, hitting the main bus station and a market next to it.",
     "Regional officials said at least three people were killed and more than 20 injured."],
    "strikes", "strikes", 3, KREM, a="Kit Ransome", n="toll 3 dead"),
  ]))

# ---------------------------------------------------------------- 14721 Lyndhollow Courier (day 1, HTML live + LiveBlogPosting)
SEEDS.append(dict(
  id="14721", name="14721_lyndhollow-htmllive", ext="html", source="Lyndhollow Courier", zone="Europe/Kyiv", render=r_lyndhollow,
  title="War in Ukraine, live: missile strike on Kremenchuk", url="https://lyndhollow-courier.example/live/war-2027-05-11",
  dateline="Tuesday, 11 May 2027 \u00b7 All times Kyiv (EEST)",
  lede="Russian missiles hit the Kremenchuk bus station; drones strike a gas site in the Poltava region overnight; Dutch money for long-range drones.",
  basis="visible '{s}' in the post header (Kyiv time, EEST = UTC+3, stated in the dateline 'Tuesday, 11 May 2027 \u00b7 All times Kyiv (EEST)'); the JSON-LD update datePublished agrees; local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first, with a LiveBlogPosting JSON-LD whose liveBlogUpdate items carry correct per-update "
        "datePublished and author. Visible stamp: bare 'HH:MM' span before each h3; the zone is stated once in the dateline. 'By NAME' under "
        "the headline. 14721-05 repeats 14721-03 nearly verbatim (one word added), importance 1. 14721-01 (overnight drone attack on a gas "
        "site in the Poltava region) is a different event from the Kremenchuk missile strike in the same region: must not merge. Toll in this "
        "page: 2 \u2192 7.",
  not_entries=["masthead and navigation", "'Live' badge", "page title", "dateline with the zone note", "summary line",
               "'Share / Copy link' under every post", "donation box after the fourth post", "footer"],
  entries=[
  E("2027-05-11 07:05", "Overnight drone attack damages gas facility in Poltava region",
    ["Russian drones hit a gas production facility in the Myrhorod district of the Poltava region overnight, starting a fire that was put out by morning, the regional administration said.",
     "No one was hurt."],
    "strikes", "strikes", 2, "poltava-region-gas-facility-drone-attack-2027-05-11", a="Oksana Hrebeniuk",
    n="same region as the Kremenchuk strike, different event (night drone attack on a gas site, no casualties): must not merge"),
  E("2027-05-11 08:55", "Explosions in Kremenchuk, casualties reported at bus station",
    ["Several powerful explosions were heard in Kremenchuk shortly after 08:40, and the city\u2019s mayor said a missile had hit the area around the central bus station.",
     "At least two people were killed and 17 injured, according to first reports."],
    "strikes", "strikes", 3, KREM, a="Oksana Hrebeniuk", n="toll 2 dead"),
  E("2027-05-11 12:10", "Kremenchuk: death toll rises to seven, more than 40 injured",
    ["The number of people killed in the morning missile strike on Kremenchuk has risen to seven, the State Emergency Service said.",
     "Rescuers are searching the collapsed waiting hall of the bus station, where more people may be under the rubble."],
    "strikes", "strikes", 3, KREM, a="Serhii Voloshyn", n="toll 7 dead"),
  E("2027-05-11 13:10", "Netherlands to put \u20ac500 million into Ukrainian long-range drones",
    ["The Dutch government will give \u20ac500 million to Ukrainian makers of long-range strike drones this year, the Netherlands\u2019 defence minister announced during a visit to Kyiv.",
     "The money will be spent directly with Ukrainian companies under the so-called Danish model."],
    "aid", "aid", 3, NLDR, a="Serhii Voloshyn", n="same aid theme as the air-defence appeal 14723-03, different event"),
  E("2027-05-11 14:45", "Kremenchuk: death toll rises to seven, more than 40 injured",
    ["The number of people killed in the morning missile strike on Kremenchuk has risen to seven, the State Emergency Service said.",
     "Rescuers are still searching the collapsed waiting hall of the bus station, where more people may be under the rubble."],
    "strikes", "strikes", 1, KREM, a="Serhii Voloshyn", dup="14721-03", n="near-verbatim repeat of 14721-03 (one word added: 'still')"),
  E("2027-05-11 17:20", "Russia claims it hit a \u2018military-industrial facility\u2019 in Kremenchuk",
    ["Russia\u2019s Defence Ministry said its forces had struck a site of the military-industrial complex in Kremenchuk with Iskander missiles, and did not mention civilian casualties.",
     "Local officials said the only places hit were the bus station, the market and nearby homes."],
    "strikes", "strikes", 3, KREM, a="Oksana Hrebeniuk", n="Russian claim about the same attack"),
  E("2027-05-11 20:05", "General Staff: Russian assaults repelled near Kostiantynivka",
    ["Ukrainian forces repelled 23 Russian assaults near Kostiantynivka in the Donetsk region over the past day, the General Staff said in its evening update."],
    "other", "frontline", 2, "kostiantynivka-assaults-repelled-2027-05-11", a="Serhii Voloshyn"),
  ]))

# ---------------------------------------------------------------- 14722 Tidesend World Service (day 1, general world RSS)
SEEDS.append(dict(
  id="14722", name="14722_tidesend-worldrss", ext="xml", source="Tidesend World Service", zone="UTC", render=r_worldrss, rfc="GMT",
  title="Tidesend World Service \u2013 Top stories", url="https://tidesend-world.example",
  lede="International news, updated around the clock.",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, CDATA paragraphs, no authors. The war is a minority: "
        "4 of 6 items are off-beat (football, Bangladesh cyclone, Japanese exports, Indian heatwave). The strike item spells the city "
        "'Kremenchug (Kremenchuk)' and carries the evening toll of nine.",
  not_entries=["channel title, link, description, atom:link, language, copyright, ttl", "item link, guid and category elements"],
  entries=[
  OFF("2027-05-11 21:15", "Lisbon club reach Champions League final on penalties",
    ["A penalty shoot-out in Lisbon settled the second semi-final on Tuesday night, sending the home side to their first European final in 37 years."],
    "champions-league-semi-final-2027-05-11", n="football", cat="Sport"),
  E("2027-05-11 19:40", "Kremenchug strike: death toll rises to nine",
    ["Nine people were killed and more than 50 wounded when Russian ballistic missiles hit a bus station and market in the Ukrainian city of Kremenchug (Kremenchuk) on Tuesday morning, regional authorities said.",
     "Moscow said it had targeted a military-industrial site."],
    "strikes", "strikes", 3, KREM, n="spelling 'Kremenchug'; toll 9"),
  OFF("2027-05-11 17:05", "Cyclone makes landfall in Bangladesh as hundreds of thousands shelter",
    ["A severe cyclone came ashore near the port of Mongla on Tuesday after the authorities moved more than 600,000 people into storm shelters."],
    "bangladesh-cyclone-landfall-2027-05-11", n="weather disaster"),
  E("2027-05-11 15:30", "Turkey to host Russia-Ukraine talks in Istanbul on Thursday",
    ["Russian and Ukrainian negotiators will meet in Istanbul on Thursday, Turkey\u2019s foreign ministry said, in the first direct talks between the two sides since February."],
    "diplomacy", "diplomacy", 3, IST),
  OFF("2027-05-11 12:50", "Japan\u2019s exports rise for a fifth straight month",
    ["Japanese exports grew 6.2% in April from a year earlier, helped by strong demand for chips and cars in Asia, government data showed."],
    "japan-exports-april-2027", n="economy", cat="Business"),
  OFF("2027-05-11 09:20", "Heatwave grips northern India as temperatures pass 46C",
    ["Schools in several northern Indian states closed early for the summer as temperatures climbed above 46C for a third day."],
    "india-heatwave-2027-05", n="weather"),
  ]))

# ---------------------------------------------------------------- 14723 Kilnsea Review (day 1, text article with sections)
SEEDS.append(dict(
  id="14723", name="14723_kilnsea-article", ext="txt", source="Kilnsea Review", zone="Europe/Berlin", render=r_article_txt,
  title="Kremenchuk strike overshadows a busy day of diplomacy",
  lede="A deadly missile attack, Dutch money for drones and a date for talks in Istanbul: the day in Ukraine.",
  byline="Henrike Faulstich", dateline="11 May 2027, 16:20 CEST", more="Explainer: What the Istanbul format can and cannot deliver",
  basis="no per-section stamp: every section takes the article dateline '11 May 2027, 16:20 CEST' (CEST = UTC+2); local {d} in {z}",
  notes="Invented outlet. Text article with four section headings, one entry each (headline = heading, stamp null, published = the dateline "
        "time 16:20 CEST). Page byline 'By Henrike Faulstich' is every entry's author. Section 3 (a G7 appeal for air defence) is its own story: "
        "an appeal, not the attack. Toll in this page: 7.",
  not_entries=["outlet name and breadcrumb 'World \u203a Europe \u203a Ukraine'", "title", "standfirst", "byline line 'By Henrike Faulstich'",
               "dateline '11 May 2027, 16:20 CEST'", "share line", "'Related: ...' link", "footer"],
  entries=[
  E("2027-05-11 16:20", "A missile attack at rush hour",
    ["At least seven people were killed when Russian ballistic missiles struck the bus station and a neighbouring market in Kremenchuk on Tuesday morning.",
     "The city, on the Dnipro river in the Poltava region, is home to Ukraine\u2019s largest oil refinery, which Russia has attacked several times before.",
     "Ukraine\u2019s air force said the missiles were launched from the Kursk region and reached their targets within minutes."],
    "strikes", "strikes", 3, KREM, a="Henrike Faulstich", n="toll 7 dead"),
  E("2027-05-11 16:20", "Dutch money for long-range drones",
    ["The Netherlands will pay \u20ac500 million to Ukrainian companies that build long-range drones, Dutch officials announced in Kyiv, part of what they called a shift from donating equipment to financing Ukrainian production."],
    "aid", "aid", 3, NLDR, a="Henrike Faulstich"),
  E("2027-05-11 16:20", "Another appeal for air defence",
    ["Foreign Minister Andrii Sybiha wrote to his counterparts in the G7 asking for at least ten more Patriot systems, arguing that no other system can stop the ballistic missiles Russia is now using."],
    "aid", "aid", 2, "sybiha-g7-patriot-appeal-2027-05-11", a="Henrike Faulstich", sec=["diplomacy"],
    n="appeal for air defence after the strike: its own story (a separate statement); must not merge with the Kremenchuk strike or the Dutch drone money"),
  E("2027-05-11 16:20", "Talks in Istanbul",
    ["Turkey announced that Russian and Ukrainian delegations will meet in Istanbul on Thursday.",
     "Diplomats in Ankara said the agenda would be limited to a possible ceasefire on energy sites and a further exchange of prisoners."],
    "diplomacy", "diplomacy", 3, IST, a="Henrike Faulstich"),
  ]))

# ---------------------------------------------------------------- day 2 (2027-05-12)
ODESA = "odesa-port-attack-2027-05-12"

# ---------------------------------------------------------------- 14730 Morwenstow Post (day 2, HTML live, no JSON-LD)
SEEDS.append(dict(
  id="14730", name="14730_morwenstow-htmllive", ext="html", source="Morwenstow Post", zone="Europe/Warsaw", render=r_morwenstow,
  title="Russia\u2019s war in Ukraine: live report, Wednesday",
  tznote="All times are Central European Summer Time (CEST)",
  lede="Russian drones and missiles hit Odesa\u2019s port; Kremenchuk mourns its dead; Poland moves another Patriot battery.",
  basis="stamp '{s}' (date and 24-hour time above the headline; CEST = UTC+2 stated once in the header); local {d} in {z}",
  notes="Invented outlet. HTML live blog, newest first, no JSON-LD. Each post: 'DD.MM.YYYY | HH:MM' line, h2 headline, body, 'Author: NAME' "
        "line (author). The zone is stated once under the title ('All times are Central European Summer Time (CEST)'). 14730-02 is a "
        "'Photos:' gallery teaser with no text. 14730-06 (overnight drone attack on Izmail, also in the Odesa region) is a different event "
        "from the daytime Odesa port attack: must not merge. 14730-03 continues day 1's Kremenchuk story (toll 14, day of mourning). "
        "Odesa toll in this page: 2 \u2192 5.",
  not_entries=["cookie/consent bar", "logo and navigation", "page title", "zone note 'All times are Central European Summer Time (CEST)'", "lead paragraph",
               "'Author: ...' lines (author credits, not body)", "gallery widget '12 photos / Open gallery' in the teaser post",
               "'See also' box after the third post", "link to Tuesday's live coverage", "footer"],
  entries=[
  E("2027-05-12 21:35", "Odesa: death toll rises to five, port resumes loading",
    ["Five people have died after Russia\u2019s attack on the port district of Odesa, the head of the regional administration said, after a crane operator died of his injuries in hospital.",
     "Grain loading resumed at two of the three damaged terminals in the evening."],
    "strikes", "strikes", 3, ODESA, a="Zofia Brandt", n="toll 5 dead"),
  E("2027-05-12 19:10", "Photos: Damaged grain terminal and burnt-out lorries in Odesa", [],
    "strikes", "strikes", 1, ODESA, n="photo-gallery teaser without text"),
  E("2027-05-12 16:45", "Kremenchuk holds day of mourning as death toll reaches 14",
    ["Kremenchuk observed a day of mourning on Wednesday as the number of people killed in Tuesday\u2019s missile strike on the city\u2019s bus station rose to 14.",
     "Three of the injured died in hospital overnight, the regional governor said."],
    "strikes", "strikes", 3, KREM, a="Jakub Wierzba", n="day-1 story continued with a new development (toll 14, day of mourning)"),
  E("2027-05-12 14:20", "Poland moves additional Patriot battery to protect Rzesz\u00f3w hub",
    ["Poland\u2019s armed forces have deployed a further Patriot battery near Rzesz\u00f3w, the airport through which most Western military aid for Ukraine passes, the defence ministry said."],
    "other", "security", 2, "poland-patriot-battery-rzeszow-2027-05-12", a="Jakub Wierzba"),
  E("2027-05-12 12:05", "Odesa: two dead after Russian drones and missiles hit port district",
    ["Two people were killed and nine injured when Russian drones and a missile hit the port district of Odesa late in the morning, regional officials said.",
     "A grain terminal and a ship-repair yard caught fire."],
    "strikes", "strikes", 3, ODESA, a="Zofia Brandt", n="toll 2 dead"),
  E("2027-05-12 09:30", "Drones target Izmail port on the Danube overnight",
    ["Russian drones attacked port facilities in Izmail on the Danube overnight, damaging a warehouse, the Odesa regional administration said.",
     "There were no casualties."],
    "strikes", "strikes", 2, "izmail-port-drone-attack-2027-05-12", a="Zofia Brandt",
    n="same region (Odesa oblast), different attack (overnight, Danube port, no casualties): must not merge with the Odesa port attack"),
  ]))

# ---------------------------------------------------------------- 14731 Pelynt Dispatch (day 2, Atom +03:00)
SEEDS.append(dict(
  id="14731", name="14731_pelynt-atom", ext="xml", source="Pelynt Dispatch", zone="Europe/Kyiv", render=r_atom,
  title="Pelynt Dispatch \u2014 Ukraine", url="https://pelynt-dispatch.example/ukraine", lede="News from Ukraine and the region",
  basis="Atom <published> '{s}' (+03:00 = Kyiv summer time); local {d} in {z}",
  notes="Invented outlet. Atom 1.0 feed, newest first, <published> with +03:00, <author><name> per entry, escaped-HTML content. Spells the port "
        "'Odessa'. 14731-04 (Zaporizhzhia guided bomb) is another deadly strike of the day: must not merge with Odesa. 14731-02 (Ukraine's "
        "delegation named) and 14731-03 (Kremenchuk search ended, toll 14) continue day-1 stories.",
  not_entries=["feed title, subtitle, links, id, updated, rights", "entry link, id and updated elements"],
  entries=[
  E("2027-05-12 23:10", "Odessa port strike kills five, damages grain ship",
    ["A Russian attack on the port of Odessa killed five people on Wednesday and damaged a Panama-flagged bulk carrier waiting to load grain, Ukrainian officials said.",
     "The ship\u2019s crew of 19 were unhurt."],
    "strikes", "strikes", 3, ODESA, a="Mariana Tkachuk", n="spelling 'Odessa'; toll 5"),
  E("2027-05-12 20:30", "Umerov to lead Ukraine\u2019s delegation at Istanbul talks",
    ["Rustem Umerov, secretary of the National Security and Defence Council, will head Ukraine\u2019s delegation at Thursday\u2019s talks with Russia in Istanbul, the presidential office said.",
     "The team will include military intelligence officers and members of the coordination centre for prisoners of war."],
    "diplomacy", "diplomacy", 3, IST, a="Dmytro Levchenko", n="day-1 story (the Istanbul talks) continued: delegation named"),
  E("2027-05-12 18:15", "Kremenchuk: rescuers end search, toll stands at 14",
    ["Rescuers have finished clearing the rubble of the Kremenchuk bus station, and the final death toll from Tuesday\u2019s missile strike stands at 14, the State Emergency Service said.",
     "Prosecutors have opened a war-crimes investigation."],
    "strikes", "strikes", 3, KREM, a="Mariana Tkachuk", n="day-1 story continued with a new development (search over, toll 14)"),
  E("2027-05-12 15:40", "Guided bomb kills two in Zaporizhzhia industrial district",
    ["Two workers were killed when a Russian guided aerial bomb hit a machine-building plant in Zaporizhzhia, the regional governor said."],
    "strikes", "strikes", 3, "zaporizhzhia-guided-bomb-2027-05-12", a="Dmytro Levchenko",
    n="another deadly strike on the same day: must not merge with the Odesa port attack"),
  E("2027-05-12 13:20", "Russia claims capture of village near Huliaipole",
    ["Russia\u2019s Defence Ministry claimed its troops had taken a village east of Huliaipole in the Zaporizhzhia region.",
     "Ukraine\u2019s General Staff did not confirm the claim."],
    "other", "frontline", 2, "huliaipole-village-claim-2027-05-12", a="Dmytro Levchenko"),
  E("2027-05-12 10:05", "Kyiv to inspect every public shelter before summer",
    ["Kyiv\u2019s city authorities will inspect all 4,800 public shelters by the end of June after residents complained of locked doors during air raids."],
    "other", "humanitarian", 2, "kyiv-shelter-inspections-2027-05", a="Mariana Tkachuk"),
  ]))

# ---------------------------------------------------------------- 14732 Treslothan Evening Telegraph (day 2, text live, oldest first)
SEEDS.append(dict(
  id="14732", name="14732_treslothan-textlive", ext="txt", source="Treslothan Evening Telegraph", zone="Europe/London", render=r_treslothan,
  title="Ukraine live: Odesa port hit as Kremenchuk mourns", dateline="Wednesday 12 May 2027",
  lede="Follow the latest developments in the war in Ukraine.",
  basis="stamp '{s}' (12-hour clock with a dot, UK time BST = UTC+1 printed) under the dateline 'Wednesday 12 May 2027'; local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first. Each post: headline, then '10.42am BST', body, optional 'By NAME' line (author). "
        "14732-01 re-publishes day 1's analysis 14720-03 verbatim (same headline, same text, same writer): importance 1, same story. "
        "14732-04 is a theme piece on why Odesa's ports are targeted (mentions today's attack, own story). 14732-06 repeats 14732-05 nearly "
        "verbatim (one word added). Odesa toll in this page: 2 \u2192 4.",
  not_entries=["outlet name and navigation", "page title", "dateline 'Wednesday 12 May 2027'", "lede line", "'By NAME' lines (author credits)",
               "newsletter promo after the fourth post", "'Our live coverage has now ended.'", "footer"],
  entries=[
  E("2027-05-12 08:15", BALL_H, BALL_P, "strikes", "strikes", 1, BALL, a="Priya Castellane", sec=["aid"],
    n="re-post of day-1 entry 14720-03 (syndicated verbatim: same headline and text); importance 1, same story; duplicate_of stays null because duplicate_of is defined within one seed"),
  E("2027-05-12 09:50", "Kremenchuk mourns as death toll rises to 14",
    ["The death toll from Tuesday\u2019s Russian missile strike on Kremenchuk has risen to 14, and the city has declared a day of mourning.",
     "Flags flew at half-mast, and the forecourt of the bus station filled with flowers and candles."],
    "strikes", "strikes", 3, KREM, a="Rhys Penhaligon", n="day-1 story continued with a new development (toll 14, mourning)"),
  E("2027-05-12 11:35", "Drones and missile strike Odesa port district",
    ["Russian drones and at least one missile hit the port district of Odesa late on Wednesday morning, killing at least two people, the regional governor said."],
    "strikes", "strikes", 3, ODESA, a="Rhys Penhaligon", n="toll 2"),
  E("2027-05-12 13:10", "Analysis: Why Odesa\u2019s ports stay in Russia\u2019s sights",
    ["Wednesday\u2019s attack on Odesa is the latest in a long campaign against the ports that carry most of Ukraine\u2019s grain and metal exports.",
     "Since Ukraine pushed the Russian fleet away from the western Black Sea, its own shipping corridor has handled more cargo than before the full-scale invasion, which makes the terminals an obvious target.",
     "Each strike raises insurance costs for shipowners, which may matter to Moscow as much as the physical damage."],
    "strikes", "strikes", 2, "analysis-odesa-ports-target-2027-05", a="Morwenna Tallack",
    n="theme piece (why the ports are targeted; mentions today's attack but is its own story): must not merge with the Odesa port attack"),
  E("2027-05-12 14:25", "Odesa toll rises to four; grain ship among vessels damaged",
    ["Four people are now known to have died in the Russian attack on Odesa\u2019s port district, and a bulk carrier waiting to load grain was among the vessels damaged, Ukraine\u2019s infrastructure ministry said.",
     "The navy said the ship\u2019s crew had been taken off safely."],
    "strikes", "strikes", 3, ODESA, a="Rhys Penhaligon", n="toll 4"),
  E("2027-05-12 15:40", "Odesa toll rises to four; grain ship among vessels damaged",
    ["Four people are now known to have died in the Russian attack on Odesa\u2019s port district, and a bulk carrier waiting to load grain was among the vessels damaged, Ukraine\u2019s infrastructure ministry said.",
     "The navy said the ship\u2019s entire crew had been taken off safely."],
    "strikes", "strikes", 1, ODESA, a="Rhys Penhaligon", dup="14732-05", n="near-verbatim repeat of 14732-05 (one word added: 'entire')"),
  E("2027-05-12 18:05", "UK sanctions 30 more shadow fleet tankers",
    ["The UK has imposed sanctions on 30 more tankers that it says carry Russian oil in breach of the price cap, together with two ship managers based in Dubai."],
    "diplomacy", "diplomacy", 2, "uk-shadow-fleet-sanctions-2027-05-12", a="Morwenna Tallack"),
  ]))

# ---------------------------------------------------------------- 14733 Portloe World Report (day 2, general world RSS, -0400)
SEEDS.append(dict(
  id="14733", name="14733_portloe-worldrss", ext="xml", source="Portloe World Report", zone="America/New_York", render=r_worldrss, rfc="offset",
  title="Portloe World Report: World", url="https://portloe-report.example",
  lede="The day\u2019s world news from our international desk.",
  basis="RSS pubDate '{s}' (-0400 = EDT); local {d} in {z}",
  notes="Invented outlet. General world RSS 2.0 feed, newest first, pubDate with -0400, CDATA paragraphs, dc:creator on two items. The war is a "
        "minority: 4 of 6 items are off-beat (Alberta wildfires, US prices, Philippine ferry fire, Antarctic sea ice). Spells the port 'Odessa'. "
        "The Kremlin's remark on Thursday's talks is filed under the Istanbul talks story (a preview statement about the same event).",
  not_entries=["channel title, link, description, atom:link, language, copyright, ttl", "item link, guid and category elements"],
  entries=[
  E("2027-05-12 18:20", "Odessa port attack leaves five dead, Ukraine says",
    ["Russian drones and missiles struck the Black Sea port of Odessa on Wednesday, killing five people and damaging grain terminals and a cargo ship, Ukrainian officials said.",
     "Russia\u2019s Defense Ministry said it had hit facilities used to receive Western weapons."],
    "strikes", "strikes", 3, ODESA, a="Grace Halloran", n="spelling 'Odessa'; toll 5"),
  OFF("2027-05-12 16:05", "Wildfires force thousands to evacuate in northern Alberta",
    ["About 7,000 residents of two towns in northern Alberta were ordered to leave on Wednesday as wind-driven wildfires moved toward their homes."],
    "alberta-wildfires-2027-05-12", n="wildfires"),
  OFF("2027-05-12 13:30", "U.S. consumer prices rise 0.3% in April",
    ["Consumer prices in the United States rose 0.3% in April, slightly more than economists expected, as gasoline and rents climbed, the Labor Department said."],
    "us-cpi-april-2027", n="economy", cat="Business"),
  E("2027-05-12 11:10", "Kremlin says Istanbul talks are \u2018no place for ultimatums\u2019",
    ["Kremlin spokesman Dmitry Peskov said Russia\u2019s delegation would go to Thursday\u2019s talks in Istanbul ready to work, but warned that Moscow would not accept ultimatums on a ceasefire."],
    "diplomacy", "diplomacy", 3, IST, a="Daniel Achterberg", n="statement about the same talks (preview of the Istanbul meeting)"),
  OFF("2027-05-12 09:45", "Ferry fire off Philippine island kills eight",
    ["At least eight people died and dozens were rescued after fire broke out on a passenger ferry off the island of Mindoro, the Philippine coast guard said."],
    "philippines-ferry-fire-2027-05-12", n="maritime accident"),
  OFF("2027-05-12 07:00", "Antarctic sea ice at record low for May, scientists say",
    ["Sea ice around Antarctica covered a smaller area in early May than in any year since satellite records began, researchers said on Wednesday."],
    "antarctic-sea-ice-record-low-2027-05", n="climate science", cat="Science"),
  ]))

# ---------------------------------------------------------------- day 3 (2027-05-15)
LVIV = "lviv-missile-drone-attack-2027-05-15"
SARATOV = "saratov-refinery-drone-strike-2027-05-15"
SWAP = "prisoner-exchange-390-2027-05-15"

# ---------------------------------------------------------------- 14740 Tregaron Times (day 3, general world Atom, Z)
SEEDS.append(dict(
  id="14740", name="14740_tregaron-worldatom", ext="xml", source="Tregaron Times", zone="UTC", render=r_atom,
  title="Tregaron Times \u2013 World", url="https://tregaron-times.example/world", lede="World news from the Tregaron Times",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, <published> in UTC with Z, no authors. The war is a minority: 4 of 6 items are "
        "off-beat (Giro d'Italia, FA Cup final, Belgrade protest, Hokkaido earthquake). Spells the city 'Lvov (Lviv)'. The Saratov refinery item "
        "is a Ukrainian strike on Russia: must not merge with the Lviv attack.",
  not_entries=["feed title, subtitle, links, id, updated, rights", "entry link, id, updated and category elements"],
  entries=[
  OFF("2027-05-15 21:30", "Late breakaway wins Giro d\u2019Italia mountain stage",
    ["A four-rider breakaway held off the favourites on the final climb of Saturday\u2019s mountain stage of the Giro d\u2019Italia, and the overall leader kept the pink jersey."],
    "giro-mountain-stage-2027-05-15", n="cycling", cat="Sport"),
  E("2027-05-15 19:45", "Lvov attack: death toll rises to four",
    ["Four people were killed in a Russian missile and drone attack on the western Ukrainian city of Lvov (Lviv) early on Saturday, local officials said, after a woman died of her injuries.",
     "More than 30 people were injured, and dozens of buildings in the historic centre were damaged."],
    "strikes", "strikes", 3, LVIV, n="spelling 'Lvov'; toll 4"),
  OFF("2027-05-15 17:10", "Underdogs lift FA Cup after extra-time winner",
    ["A header in the 114th minute at Wembley gave the second-tier side their first FA Cup since the 1970s."],
    "fa-cup-final-2027-05-15", n="football", cat="Sport"),
  OFF("2027-05-15 15:20", "Tens of thousands march in Belgrade against the government",
    ["Tens of thousands of people marched through central Belgrade on Saturday in one of the largest anti-government protests in Serbia this year."],
    "belgrade-protest-2027-05-15", n="Serbian politics"),
  E("2027-05-15 10:40", "Ukrainian drones hit Saratov oil refinery, governor says",
    ["Ukrainian drones struck an oil refinery in the Russian city of Saratov overnight, starting a fire that was put out by morning, the regional governor said.",
     "Russia\u2019s Defence Ministry said 41 drones had been shot down over several regions."],
    "strikes", "strikes", 3, SARATOV, n="strike in the other direction (Ukraine on Russia): must not merge with the Lviv attack"),
  OFF("2027-05-15 07:15", "Magnitude 6.1 earthquake shakes northern Japan",
    ["A magnitude 6.1 earthquake struck off the coast of Hokkaido on Saturday morning, but no tsunami warning was issued and there were no early reports of damage."],
    "hokkaido-earthquake-2027-05-15", n="earthquake"),
  ]))

# ---------------------------------------------------------------- 14741 Lampeter Ledger (day 3, text live, no year, relative stamps)
SEEDS.append(dict(
  id="14741", name="14741_lampeter-textlive", ext="txt", source="Lampeter Ledger", zone="Europe/London", render=r_lampeter,
  title="Russia-Ukraine war: Lviv hit in deadliest attack on the west this year", ref="2027-05-15 20:40", byline="Rhian Morfudd",
  lede="Missiles and drones strike Lviv before dawn; Ukrainian drones hit a refinery in Saratov.",
  parse_args=["--date", "2027-05-15"],
  basis="stamp '{s}' resolved against the page lines 'Saturday 15 May' and 'Last updated 20:40 BST' (relative stamps counted back from that clock; "
        "absolute stamps are UK time, BST = UTC+1); the page prints no year, the day is given by parse_args; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first, with no year anywhere on the page (parse_args --date 2027-05-15). Header: 'Saturday 15 May', "
        "'Last updated 20:40 BST', page byline 'By Rhian Morfudd' (every entry's author). The three newest posts carry relative stamps "
        "('25 minutes ago', '2 hours ago', '4 hours ago') counted back from the printed 20:40 clock; older posts 'HH:MM BST'. The stamp line comes "
        "before the headline. 14741-02 (evening drone strike on a fuel station near Sambir, Lviv region) is a different attack from the dawn "
        "strike on Lviv city: must not merge. 14741-03 is a theme piece. Lviv toll in this page: 1 \u2192 3 \u2192 4.",
  not_entries=["masthead and navigation", "page title", "date line 'Saturday 15 May'", "'Last updated 20:40 BST' (capture clock, used as anchor)",
               "page byline 'By Rhian Morfudd'", "lede line", "newsletter promo after the third post", "'Show older posts'", "footer"],
  entries=[
  E("2027-05-15 20:15", "Lviv declares day of mourning for four victims",
    ["Lviv will hold a day of mourning on Sunday for the four people killed in the early-morning attack, the city\u2019s mayor said.",
     "More than 30 people were injured, nine of them seriously."],
    "strikes", "strikes", 3, LVIV, a="Rhian Morfudd", rel=True, n="toll 4; relative stamp"),
  E("2027-05-15 18:40", "Evening drone strike damages fuel station near Sambir",
    ["A Russian drone hit a fuel station on the outskirts of Sambir in the Lviv region on Saturday evening, setting it on fire, local officials said.",
     "No one was injured."],
    "strikes", "strikes", 2, "sambir-fuel-station-drone-strike-2027-05-15", a="Rhian Morfudd", rel=True,
    n="same region (Lviv oblast), different attack (evening drone, no casualties): must not merge with the Lviv attack"),
  E("2027-05-15 16:40", "Analysis: Western Ukraine is no longer a refuge from the war",
    ["For much of the war, Lviv and the towns around it felt far from the fighting, and hundreds of thousands of people moved there from the east.",
     "Saturday\u2019s attack is a reminder that Russia\u2019s drones and missiles can reach any part of the country, and that air defences in the west are spread thin.",
     "Officials in the region say they are building more shelters and asking businesses to plan for power cuts."],
    "strikes", "strikes", 2, "analysis-western-ukraine-no-refuge-2027-05", a="Rhian Morfudd", rel=True,
    n="theme piece (mentions the Lviv attack but is its own story): must not merge with the Lviv attack"),
  E("2027-05-15 14:10", "Ukrainian drones set Saratov refinery ablaze",
    ["The governor of Russia\u2019s Saratov region said a refinery had been hit by Ukrainian drones overnight and that a fire at the site had been put out.",
     "Ukraine\u2019s General Staff later confirmed the strike, saying the plant supplies fuel to Russian forces."],
    "strikes", "strikes", 3, SARATOV, a="Rhian Morfudd", n="strike in the other direction: must not merge with the Lviv attack"),
  E("2027-05-15 11:25", "EU\u2019s Kallas condemns \u2018cynical\u2019 strike on Lviv",
    ["The EU\u2019s foreign policy chief, Kaja Kallas, said the attack on Lviv, which damaged buildings in the Unesco-listed old town, showed that Russia had no interest in peace."],
    "strikes", "strikes", 3, LVIV, a="Rhian Morfudd", n="reaction whose content is the attack"),
  E("2027-05-15 08:05", "Lviv: three killed as missiles hit residential district",
    ["Three people were killed and 22 injured when Russian missiles and drones struck Lviv shortly after 6am local time, the city\u2019s mayor, Andriy Sadovyi, said.",
     "Several apartment buildings and a school were damaged."],
    "strikes", "strikes", 3, LVIV, a="Rhian Morfudd", n="toll 3"),
  E("2027-05-15 05:50", "Explosions in Lviv as Russia launches overnight missile attack",
    ["Loud explosions were heard in Lviv on Saturday morning as Ukraine\u2019s air force warned of missiles heading for the western regions.",
     "The regional governor said one person had been killed."],
    "strikes", "strikes", 3, LVIV, a="Rhian Morfudd", n="toll 1"),
  ]))

# ---------------------------------------------------------------- 14742 Aberaeron Herald (day 3, HTML live, page-level JSON-LD times)
SEEDS.append(dict(
  id="14742", name="14742_aberaeron-htmllive", ext="html", source="Aberaeron Herald", zone="Europe/London", render=r_aberaeron,
  title="Russia-Ukraine war live: deadly strike on Lviv; sides swap 390 prisoners each",
  url="https://aberaeron-herald.example/world/live/2027/may/15/russia-ukraine-war-lviv",
  dateline="Sat 15 May 2027",
  lede="Missiles and drones hit Lviv before dawn; Ukraine says its drones hit a refinery in Saratov; 390 prisoners freed on each side.",
  basis="visible '{s}' in <time datetime> (UK time, BST = UTC+1, printed) under the dateline 'Sat 15 May 2027'; the JSON-LD updates carry only the page's own datePublished; local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first. The LiveBlogPosting JSON-LD lists every block, but each update repeats the PAGE headline and "
        "the page datePublished (first block time), so per-entry headlines and times must come from the HTML blocks ('<time datetime>' with "
        "visible '9.20am BST', then h2). No bylines (author null). 14742-02 is a 'Pictured:' teaser: image plus a 'Photograph: ...' credit only "
        "(no body). 14742-05 repeats 14742-03 nearly verbatim. Lviv toll in this page: none yet \u2192 3 \u2192 4.",
  not_entries=["header and navigation", "'LIVE' label", "page title", "standfirst", "dateline 'Sat 15 May 2027'", "'Photograph: Roman Baluk/Reuters' credit in the teaser block",
               "'Share' under every block", "contribution appeal after the third block", "footer"],
  entries=[
  E("2027-05-15 06:30", "Russia launches missiles and drones at western Ukraine",
    ["Ukraine\u2019s air force says Russia has launched cruise missiles and dozens of attack drones towards the western regions, and explosions have been reported in Lviv."],
    "strikes", "strikes", 3, LVIV, n="first report, no toll yet"),
  E("2027-05-15 07:45", "Pictured: Firefighters at a damaged building in central Lviv", [],
    "strikes", "strikes", 1, LVIV, credit="Roman Baluk/Reuters", n="photo teaser without body"),
  E("2027-05-15 09:20", "At least three dead in Lviv, mayor says",
    ["At least three people were killed in the attack on Lviv, the city\u2019s mayor, Andriy Sadovyi, has said, adding that a school and several blocks of flats were damaged.",
     "Rescuers are still working at two sites in the Sykhiv district."],
    "strikes", "strikes", 3, LVIV, n="toll 3"),
  E("2027-05-15 11:00", "Ukrainian drones hit oil refinery in Saratov, governor says",
    ["The governor of Russia\u2019s Saratov region says Ukrainian drones hit an oil refinery overnight, starting a fire that has since been put out."],
    "strikes", "strikes", 3, SARATOV, n="strike in the other direction: must not merge with the Lviv attack"),
  E("2027-05-15 12:40", "At least three dead in Lviv, mayor says",
    ["At least three people were killed in the attack on Lviv, the city\u2019s mayor, Andriy Sadovyi, has said, adding that a school and several blocks of flats were damaged.",
     "Rescuers are still working at two sites in the city\u2019s Sykhiv district."],
    "strikes", "strikes", 1, LVIV, dup="14742-03", n="near-verbatim repeat of 14742-03 (two words added: 'the city's')"),
  E("2027-05-15 14:55", "Ukraine and Russia exchange 390 prisoners each",
    ["Ukraine and Russia have each released 390 prisoners of war in an exchange mediated by the United Arab Emirates, Ukraine\u2019s coordination headquarters for prisoners of war said.",
     "Among the Ukrainians freed were defenders of Mariupol who had been held since 2022."],
    "diplomacy", "diplomacy", 3, SWAP),
  E("2027-05-15 17:30", "Lviv strike: toll rises to four",
    ["The number of people killed in this morning\u2019s attack on Lviv has risen to four after a woman died in hospital, the regional governor said."],
    "strikes", "strikes", 3, LVIV, n="toll 4"),
  ]))

# ---------------------------------------------------------------- 14743 Pilica Observer (day 3, HTML article with NewsArticle JSON-LD)
SEEDS.append(dict(
  id="14743", name="14743_pilica-article", ext="html", source="Pilica Observer", zone="Europe/Warsaw", render=r_pilica,
  title="Deadly strike on Lw\u00f3w brings the war close to Poland\u2019s border",
  lede="Russia\u2019s dawn attack killed three people in the city Poles know as Lw\u00f3w, as Kyiv and Moscow swapped 390 prisoners each.",
  byline="Marta Zielonka", dateline_t="2027-05-15 16:45", caption="A damaged apartment block in Lw\u00f3w (Lviv) on Saturday morning.",
  more="How Podkarpackie prepares for another wave of refugees",
  basis="no per-section stamp: every section takes the article's visible dateline '15.05.2027, 16:45' (Warsaw, CEST = UTC+2; the NewsArticle JSON-LD datePublished agrees); local {d} in {z}",
  notes="Invented outlet (Polish, English edition). HTML article with NewsArticle JSON-LD (Person author, datePublished +02:00); visible byline "
        "and '15.05.2027, 16:45' dateline. Three h2 sections, one entry each (stamp null, published = the dateline time). Spells the city "
        "'Lw\u00f3w (Lviv)'. Author = the byline for every section.",
  not_entries=["logo, navigation, 'Subscribe'", "section label 'World'", "title", "bold lead paragraph", "meta line (byline and '15.05.2027, 16:45')",
               "photo caption", "'Read also' box", "'Comments (14)'", "footer"],
  entries=[
  E("2027-05-15 16:45", "Missiles over Lw\u00f3w",
    ["Russian missiles and drones struck Lw\u00f3w (Lviv), 70 kilometres from the Polish border, shortly after dawn on Saturday, killing three people and injuring more than 20.",
     "Polish fighter jets were scrambled as a precaution while the attack lasted, the Operational Command said."],
    "strikes", "strikes", 3, LVIV, a="Marta Zielonka", n="spelling 'Lw\u00f3w'; toll 3"),
  E("2027-05-15 16:45", "A large prisoner exchange",
    ["Ukraine and Russia swapped 390 prisoners of war each on Saturday in an exchange brokered by the United Arab Emirates.",
     "It was the largest exchange since the talks in Istanbul earlier this week."],
    "diplomacy", "diplomacy", 3, SWAP, a="Marta Zielonka"),
  E("2027-05-15 16:45", "Przemy\u015bl on standby",
    ["Reception centres in Przemy\u015bl and at the Medyka crossing were put on standby, although border guards reported no rise in the number of people arriving from Ukraine."],
    "other", "humanitarian", 2, "przemysl-refugee-centres-standby-2027-05-15", a="Marta Zielonka"),
  ]))


if __name__ == "__main__":
    main()

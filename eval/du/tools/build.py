#!/usr/bin/env python3
"""Builds the eval/du seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented for 2026; no copied sentences).
Part A imitates, from memory, the page layouts of ten real outlets; Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/du/tools/build.py"""
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


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=""):
    """one entry: t = local time in the page's zone ('YYYY-MM-DD HH:MM[:SS]'), h = headline or None, p = body paragraphs."""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    """a wire item that is not about the war."""
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
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", upper=False):
    hh = d.hour % 12 or 12
    suf = "am" if d.hour < 12 else "pm"
    return f"{hh}{sep}{d.minute:02d}{space}{suf.upper() if upper else suf}"


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


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


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_premiumtimes(S):
    """Premium Times (premiumtimesng.com, WordPress) category feed, RSS 2.0: pubDate in +0000, dc:creator in CDATA
    ('Agency Report' for wire copy), WordPress excerpt in <description> ending '[&#8230;]' plus the 'The post ... appeared
    first on Premium Times Nigeria.' footer, full text in <content:encoded>."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"', '\txmlns:content="http://purl.org/rss/1.0/modules/content/"',
           '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"', '\txmlns:dc="http://purl.org/dc/elements/1.1/"',
           '\txmlns:atom="http://www.w3.org/2005/Atom"', '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"',
           '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '\t>', '', '<channel>',
           f'\t<title>{esc(S["title"])}</title>', f'\t<atom:link href="{S["url"]}/feed" rel="self" type="application/rss+xml" />',
           f'\t<link>{S["url"]}</link>', '\t<description>Nigeria&#039;s leading online newspaper, delivering breaking news and deep investigative reports from Nigeria</description>',
           f'\t<lastBuildDate>{rfc822(last)}</lastBuildDate>', '\t<language>en-US</language>',
           '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>', '\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>',
           '\t<generator>https://wordpress.org/?v=6.8.3</generator>',
           '<image>', '\t<url>https://www.premiumtimesng.com/wp-content/uploads/2022/08/cropped-PT-icon-32x32.png</url>',
           f'\t<title>{esc(S["title"])}</title>', f'\t<link>{S["url"]}</link>', '\t<width>32</width>', '\t<height>32</height>', '</image> ']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        pid = 842913 - i * 37
        link = f"https://www.premiumtimesng.com/foreign/{e.get('cat', 'europe').lower()}/{pid}-{slugify(e['h'])}.html"
        words = e["p"][0].split()
        excerpt = " ".join(words[:30])
        post = (f'<p>The post <a href="{link}">{esc(e["h"])}</a> appeared first on '
                '<a href="https://www.premiumtimesng.com">Premium Times Nigeria</a>.</p>')
        out += ['\t<item>', f'\t\t<title>{esc(e["h"])}</title>', f'\t\t<link>{link}</link>',
                f'\t\t\t\t\t<comments>{link}#respond</comments>', '\t\t',
                f'\t\t<dc:creator><![CDATA[{e["byline"]}]]></dc:creator>', f'\t\t<pubDate>{st}</pubDate>',
                '\t\t\t\t<category><![CDATA[Foreign]]></category>', f'\t\t<category><![CDATA[{e.get("cat", "Europe")}]]></category>',
                f'\t\t<guid isPermaLink="false">https://www.premiumtimesng.com/?p={pid}</guid>', '',
                f'\t\t\t\t\t<description><![CDATA[<p>{excerpt} [&#8230;]</p>\n{post}]]></description>',
                '\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[' + "\n".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "\n" + post + ']]></content:encoded>',
                f'\t\t\t\t\t<wfw:commentRss>{link}/feed</wfw:commentRss>', '\t\t\t<slash:comments>0</slash:comments>', '\t\t', '\t\t', '\t\t\t</item>']
    out += ['\t</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_standard(S):
    """The Standard (standardmedia.co.ke) World section front, text scrape. Cards newest first: headline, one or two summary
    paragraphs, 'By AGENCY | 35 minutes ago' (relative). The only absolute clock is the header date line."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = ["Skip to main content", "", "The Standard", f"{DAYS_EN[ref.weekday()]}, {MONTHS[ref.month - 1]} {ref.day}, {ref.year} {ampm(ref, space=' ', upper=True)}",
         "Nairobi 22°C Mostly cloudy", "", "Log in", "Subscribe", "E-Paper", "",
         "Home   Kenya   Counties   Politics   Business   Sports   Opinion   World   Health   Entertainment   Videos   Podcasts", "",
         "KTN News   KTN Home   Radio Maisha   Spice FM   Vybez Radio   Eve Woman   Travelog   Farmers Kenya   Enterprise", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} minutes ago"
        else:
            assert mins % 60 == 0, f"{S['id']}: relative hours must be whole"
            h = mins // 60; st = f"{h} hour ago" if h == 1 else f"{h} hours ago"
        stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [f"By {e['byline']} | {st}", ""]
        if i == 2:
            L += ["Advertisement", "", "Sign up for The Standard's Evening Brief newsletter", "Subscribe", ""]
    L += ["Load More", "", "Trending Now", "Matatu owners threaten strike over new fare rules", "Rains expected in Western Kenya this week", "",
          "Standard Group PLC · About Us · Contact Us · Privacy Policy · Terms and Conditions",
          "© 2026 The Standard Group PLC. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_guardianng(S):
    """The Guardian Nigeria (guardian.ng, WordPress + Yoast) round-up article, HTML. Category 'World', headline, 'By NAME', then
    '22 September 2026 | 4:15 pm' (no zone), h3 subheads each followed by paragraphs. Entries have no time of their own."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    url = S["url"]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": url + "#article", "isPartOf": {"@id": url}, "author": {"name": S["byline"], "@id": "https://guardian.ng/#/schema/person/4e1a9c"},
         "headline": S["title"], "datePublished": d0.isoformat(), "dateModified": d0.isoformat(), "mainEntityOfPage": {"@id": url},
         "publisher": {"@id": "https://guardian.ng/#organization"}, "articleSection": ["World"], "inLanguage": "en-US"},
        {"@type": "WebPage", "@id": url, "url": url, "name": S["title"] + " | The Guardian Nigeria News - Nigeria and World News",
         "isPartOf": {"@id": "https://guardian.ng/#website"}, "datePublished": d0.isoformat(), "dateModified": d0.isoformat(),
         "breadcrumb": {"@id": url + "#breadcrumb"}},
        {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://guardian.ng/"},
            {"@type": "ListItem", "position": 2, "name": "World", "item": "https://guardian.ng/category/news/world/"},
            {"@type": "ListItem", "position": 3, "name": S["title"]}]},
        {"@type": "WebSite", "@id": "https://guardian.ng/#website", "url": "https://guardian.ng/", "name": "The Guardian Nigeria News - Nigeria and World News",
         "description": "Conscience, Nurtured by Truth", "publisher": {"@id": "https://guardian.ng/#organization"}},
        {"@type": "Organization", "@id": "https://guardian.ng/#organization", "name": "The Guardian Nigeria", "url": "https://guardian.ng/"}]}
    stamp_line = f"{d0.day} {MONTHS[d0.month - 1]} {d0.year} | {ampm(d0, space=' ')}"
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">',
           f'<title>{esc(S["title"])} | The Guardian Nigeria News - Nigeria and World News</title>',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="post-template-default single single-post">',
           '<div class="top-bar"><span class="date">' + f'{DAYS_EN[d0.weekday()]}, {d0.day} {MONTHS[d0.month - 1]} {d0.year}</span>'
           ' <a href="/e-paper/">E-Paper</a> <a href="/subscribe/">Subscribe</a></div>',
           '<header class="site-header"><a class="logo" href="https://guardian.ng/">The Guardian</a><p class="motto">Conscience, Nurtured by Truth</p>'
           '<nav class="main-menu"><a href="/category/news/nigeria/">Nigeria</a> <a href="/category/news/africa/">Africa</a> '
           '<a href="/category/news/world/">World</a> <a href="/category/politics/">Politics</a> <a href="/category/business-services/">Business</a> '
           '<a href="/category/sport/">Sport</a> <a href="/category/opinion/">Opinion</a> <a href="/category/life/">Life</a> '
           '<a href="/category/features/">Features</a> <a href="/category/guardian-tv/">Guardian TV</a></nav></header>',
           '<main><article class="single-article">', '<div class="category"><a href="/category/news/world/">World</a></div>',
           f'<h1 class="title">{esc(S["title"])}</h1>',
           f'<div class="meta"><span class="author">By <a href="/author/{slugify(S["byline"])}/">{esc(S["byline"])}</a></span>'
           f'<span class="date">{stamp_line}</span></div>',
           '<div class="share"><a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a> <a>Telegram</a> <a>Email</a></div>',
           f'<figure><img src="https://guardian.ng/wp-content/uploads/2026/09/ukraine-war.jpg" alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>',
           '<div class="content">', f'<p>{esc(S["lede"])}</p>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h3><strong>{esc(e["h"])}</strong></h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 2:
            out.append('<div class="ad-container">Advertisement</div>')
            out.append('<p class="related-inline"><strong>RELATED:</strong> <a href="/news/world/">Africa pays the price as Black Sea trade routes tighten</a></p>')
    out += ['<p><em>Additional reports from agencies.</em></p>', '</div>',
            '<div class="tags">Tags: <a>Russia</a> <a>Ukraine</a> <a>Volodymyr Zelensky</a> <a>UN General Assembly</a></div>',
            '<div class="comments-count">0 Comments</div>', '</article>',
            '<aside class="sidebar"><h4>Latest</h4><ul><li><a href="/news/nigeria/">FG flags off Lagos-Calabar coastal highway section</a></li>'
            '<li><a href="/sport/">Super Falcons begin camp ahead of WAFCON qualifier</a></li></ul>'
            '<h4>Most Read</h4><ul><li><a href="/business-services/">Naira steadies at official window</a></li></ul></aside></main>',
            '<footer><p>The Guardian Newspapers \u00b7 About Us \u00b7 Contact \u00b7 Advertise \u00b7 Privacy Policy</p>'
            '<p>\u00a9 2026 Guardian Newspapers Limited. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_news24(S):
    """News24 live blog as copied from the browser: 'LIVE | ...' headline, 'Compiled by NAME', the date '25 Sep 2026' only in
    the header, newest first; each post a bare '19:30' line, then the headline (News24's 'WATCH |' prefix for video posts), then text."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z)
    L = ["Skip to main content", "News24", "Subscribe", "Sign In", "",
         "News   Opinion   Business   Sport   Entertainment   Life   Podcasts   Newsletters   Video", "", "World", "", S["title"], "",
         S["lede"], "", f"Compiled by {S['byline']}", f"{first.day} {SHORT_MONTHS[first.month - 1]} {first.year}", "",
         "Share", "Save", "Listen to this article", "", "Catch up: Read yesterday's live updates here.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + (ptxt(e["p"]) if e["p"] else ["Video", ""])
        if i == 1:
            L += ["ADVERTISEMENT", ""]
        if i == 3:
            L += ["Get the biggest daily stories by email. Sign up for the News24 Wrap newsletter.", ""]
    L += ["Read more on:", "russia   ukraine   kyiv   international relations", "",
          "Related Links", "Ukraine's power grid braces for another winter of attacks", "What Pretoria said at the UN this week", "",
          "Comments have been closed for this article.", "", "\u00a9 2026 News24. All rights reserved.   Terms & Conditions   Privacy Policy   PAIA"]
    return "\n".join(L) + "\n", stamps


def r_mg(S):
    """Mail & Guardian (mg.co.za, WordPress) article with numbered h2 sections, HTML with a Yoast Article graph. One byline and
    the line '27 Sep 2026 08:30' under the standfirst; the sections have no time of their own."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z); url = S["url"]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": url + "#article", "headline": S["title"], "datePublished": d0.isoformat(), "dateModified": d0.isoformat(),
         "author": [{"@type": "Person", "name": S["byline"]}], "articleSection": ["World", "Africa"], "inLanguage": "en-ZA",
         "publisher": {"@id": "https://mg.co.za/#organization"}, "mainEntityOfPage": {"@id": url}},
        {"@type": "WebPage", "@id": url, "url": url, "name": S["title"] + " \u2013 The Mail & Guardian"},
        {"@type": "Organization", "@id": "https://mg.co.za/#organization", "name": "The Mail & Guardian", "url": "https://mg.co.za/"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-ZA"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} \u2013 The Mail &amp; Guardian</title>',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="mg-header"><a class="logo" href="https://mg.co.za/">Mail &amp; Guardian</a>'
           '<nav><a href="/news/">News</a> <a href="/business/">Business</a> <a href="/opinion/">Opinion</a> <a href="/friday/">Friday</a> '
           '<a href="/environment/">Environment</a> <a href="/education/">Education</a> <a href="/thought-leader/">Thought Leader</a> '
           '<a href="/the-continent/">The Continent</a></nav><a class="btn" href="/subscribe/">Subscribe</a> <a class="btn" href="/login/">Sign in</a></header>',
           '<main><article>', '<p class="category"><a href="/world/">World</a></p>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<div class="byline"><a href="/author/{slugify(S["byline"])}/">{esc(S["byline"])}</a></div>',
           f'<div class="date">{d0.day} {SHORT_MONTHS[d0.month - 1]} {d0.year} {d0:%H:%M}</div>',
           f'<figure><figcaption>{esc(S["caption"])}</figcaption></figure>', '<div class="entry-content">', f'<p>{esc(S["intro"])}</p>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<div class="mg-subscribe-box"><p>Support independent journalism. Subscribe to the Mail &amp; Guardian.</p><a>Subscribe now</a></div>')
    out += ['</div>', f'<div class="author-bio"><p>{esc(S["bio"])}</p></div>',
            '<section class="related"><h3>Related stories</h3><a href="/world/">Pretoria\u2019s balancing act on Russia, one year on</a> '
            '<a href="/africa/">Wheat prices and the Horn of Africa</a></section>', '</article></main>',
            '<footer><p>\u00a9 2026 M&amp;G Media Ltd. All rights reserved.</p><a href="/privacy-policy/">Privacy Policy</a> '
            '<a href="/terms/">Terms and Conditions</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_eluniversal(S):
    """El Universal English (eluniversal.com.mx, English section) timeline article, text scrape. Page line
    'NAME | El Universal English' and '30/09/2026 | 17:52' (Mexico City time, no zone printed); oldest first;
    each item a '05:30 hrs' line followed by text, no headlines."""
    z = S["zone"]; order_check(S, False); d0 = dt(S["dateline_t"], z)
    L = ["EL UNIVERSAL", "English", "", "Mexico   World   Politics   Business   Culture   Travel   Opinion", "", "World", "",
         S["title"], "", S["lede"], "", f"{S['byline']} | El Universal English", f"{d0:%d/%m/%Y} | {d0:%H:%M}", "",
         "Compartir en Facebook   Compartir en X   Compartir en WhatsApp", "", S["caption"], "", S["intro"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} hrs"; stamps.append(st)
        L += [st, ""] + ptxt(e["p"])
        if i == 3:
            L += ["Publicidad", "", "Read also: Mexico's foreign policy at the UN, explained", ""]
    L += ["Stay informed with our newsletter El Universal English.", "", "Tags: Russia  Ukraine  war  Claudia Sheinbaum", "",
          "Aviso de privacidad   Términos y condiciones   Contacto", "© 2026 EL UNIVERSAL, Compañía Periodística Nacional"]
    return "\n".join(L) + "\n", stamps


def r_batimes(S):
    """Buenos Aires Times (batimes.com.ar, Perfil network) World section, HTML. Cards newest first: section kicker, the
    Perfil-style stamp '13-10-2026 20:20' (no zone) ABOVE the headline, summary, 'By AGENCY'. JSON-LD only site-level."""
    z = S["zone"]; order_check(S, True)
    ld = {"@context": "https://schema.org", "@type": "NewsMediaOrganization", "name": "Buenos Aires Times", "url": "https://www.batimes.com.ar",
          "parentOrganization": {"@type": "Organization", "name": "Editorial Perfil"}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Buenos Aires Times</title>',
           '<script type="application/ld+json">' + json.dumps(ld) + '</script></head><body>',
           '<div class="perfil-bar">Perfil network: <a>Perfil</a> <a>Noticias</a> <a>Fortuna</a> <a>Caras</a></div>',
           '<header><a class="logo" href="/">Buenos Aires Times</a><nav><a href="/argentina">Argentina</a> <a href="/politics">Politics</a> '
           '<a href="/economy">Economy</a> <a href="/latin-america">Latin America</a> <a href="/world">World</a> <a href="/sports">Sports</a> '
           '<a href="/culture">Culture</a> <a href="/opinion">Opinion</a></nav><a class="btn" href="/newsletter">Newsletter</a></header>',
           f'<main><h1 class="section">{esc(S["title"])}</h1>', '<div class="articles-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d-%m-%Y %H:%M}"; stamps.append(st)
        link = f"/world/{slugify(e['h'])}.phtml"
        out.append(f'<article class="news"><span class="kicker">{esc(e.get("kicker", "WORLD"))}</span> <span class="date">{st}</span>')
        out.append(f'<h2><a href="{link}">{esc(e["h"])}</a></h2>')
        out += [f'<p class="summary">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="author">By {esc(e["byline"])}</p></article>')
        if i == 3:
            out.append('<div class="banner">Advertisement</div>')
    out += ['</div><a class="more" href="?page=2">More news</a></main>',
            '<aside><h3>Most read</h3><ol><li>Milei\u2019s reform package heads to the Senate floor</li><li>Wine exports recover in Mendoza</li></ol></aside>',
            '<footer><p>Buenos Aires Times \u00b7 California 2715, CABA \u00b7 Contact</p><p>\u00a9 2026 Editorial Perfil S.A. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_folha(S):
    """Folha de S.Paulo English edition (folha.uol.com.br/internacional/en), latest-news listing, HTML. Newest first: kicker,
    headline, summary, then Folha's stamp 'Oct.7.2026 at 7:50PM' (Brasília time, no zone); author line for staff stories."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Folha</title></head><body>',
           '<div class="u-skip"><a href="#conteudo">Skip to main content</a></div>',
           '<header class="l-header"><a class="logo" href="https://www1.folha.uol.com.br/internacional/en/">FOLHA DE S.PAULO</a> '
           '<span class="edition">English</span> <nav><a href="/internacional/en/brazil/">Brazil</a> <a href="/internacional/en/business/">Business</a> '
           '<a href="/internacional/en/world/">World</a> <a href="/internacional/en/scienceandhealth/">Science and Health</a> '
           '<a href="/internacional/en/culture/">Culture</a> <a href="/internacional/en/sports/">Sports</a> <a href="/internacional/en/opinion/">Opinion</a></nav> '
           '<span class="langs"><a>Português</a> <a>Español</a></span></header>',
           f'<main id="conteudo"><h1 class="c-section-title">{esc(S["title"])}</h1>', '<ol class="u-list-unstyled c-latest">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{SHORT_MONTHS[d.month - 1]}.{d.day}.{d.year} at {ampm(d, upper=True)}"; stamps.append(st)
        link = f"https://www1.folha.uol.com.br/internacional/en/{e.get('sect', 'world')}/{d.year}/{d.month:02d}/{slugify(e['h'])}.shtml"
        out.append(f'<li class="c-headline"><span class="c-headline__kicker">{esc(e.get("kicker", "world"))}</span>')
        out.append(f'<h2 class="c-headline__title"><a href="{link}">{esc(e["h"])}</a></h2>')
        out += [f'<p class="c-headline__standfirst">{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="c-headline__author">{esc(e["a"])}</p>')
        out.append(f'<time class="c-headline__dateline" datetime="{d.strftime("%Y-%m-%d %H:%M")}">{st}</time></li>')
    out += ['</ol><a class="c-button" href="?page=2">See more</a></main>',
            '<footer><p>Copyright Folha de S.Paulo. All rights reserved. Reproduction of the content of this page in any medium, '
            'electronic or printed, is prohibited without written authorization from Folhapress.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_mercopress(S):
    """MercoPress (en.mercopress.com) latest news, text scrape. Newest first: headline, MercoPress stamp
    'Sunday, October 11th 2026 - 21:40 UTC', teaser text, 'Full article' + comment count. No bylines."""
    z = S["zone"]; order_check(S, True)
    L = ["MercoPress, South Atlantic News Agency", "", "Montevideo 17°C  Stanley 6°C", "",
         "Latest News   Falklands   Argentina   Brazil   Chile   Uruguay   Paraguay   Mercosur   Antarctica   International", "",
         "Subscribe to our news", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{DAYS_EN[d.weekday()]}, {MONTHS[d.month - 1]} {ordinal(d.day)} {d.year} - {d:%H:%M} UTC"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"])
        c = e.get("cc", 0)
        L += ["Full article" + (f" {c} comments" if c else ""), ""]
        if i == 2:
            L += ["Advertising", ""]
    L += ["Top Story", "Falklands government publishes annual fisheries report", "", "Please read our Terms of Use and Privacy Policy.",
          "MercoPress, South Atlantic News Agency \u00b7 Montevideo, Uruguay \u00b7 Copyright \u00a9 2026"]
    return "\n".join(L) + "\n", stamps


def r_ticotimes(S):
    """The Tico Times (ticotimes.net, WordPress) Atom feed: entries newest first, <published>/<updated> in UTC (Z),
    <author><name>, HTML summary and content in CDATA, thr:total comment counts."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    iso = lambda d: d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    out = ['<?xml version="1.0" encoding="UTF-8"?><feed', '  xmlns="http://www.w3.org/2005/Atom"', '  xmlns:thr="http://purl.org/syndication/thread/1.0"',
           '  xml:lang="en-US"', '  >', f'\t<title type="text">{esc(S["title"])}</title>',
           '\t<subtitle type="text">Costa Rica News | Travel | Real Estate</subtitle>', '', f'\t<updated>{iso(last)}</updated>', '',
           '\t<link rel="alternate" type="text/html" href="https://ticotimes.net" />', '\t<id>https://ticotimes.net/feed/atom</id>',
           '\t<link rel="self" type="application/atom+xml" href="https://ticotimes.net/feed/atom" />', '',
           '\t<generator uri="https://wordpress.org/" version="6.8.3">WordPress</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        pid = 118402 - i * 11
        link = f"https://ticotimes.net/{d.year}/{d.month:02d}/{d.day:02d}/{slugify(e['h'])}"
        out += ['\t<entry>', '\t\t<author>', f'\t\t\t<name>{esc(e["byline"])}</name>', f'\t\t\t\t\t\t<uri>https://ticotimes.net/author/{slugify(e["byline"])}</uri>',
                '\t\t\t\t\t</author>', '', f'\t\t<title type="html"><![CDATA[{e["h"]}]]></title>',
                f'\t\t<link rel="alternate" type="text/html" href="{link}" />', '', f'\t\t<id>https://ticotimes.net/?p={pid}</id>',
                f'\t\t<updated>{st}</updated>', f'\t\t<published>{st}</published>',
                f'\t\t<category scheme="https://ticotimes.net" term="{e.get("cat", "World")}" />',
                f'\t\t<summary type="html"><![CDATA[{" ".join(e["p"][0].split()[:25])} [&#8230;]]]></summary>',
                '\t\t\t\t\t\t\t\t\t\t<content type="html" xml:base="' + link + '"><![CDATA[' + "\n".join(f"<p>{esc(p)}</p>" for p in e["p"])
                + '\n<p>The post <a href="' + link + '">' + esc(e["h"]) + '</a> appeared first on <a href="https://ticotimes.net">The Tico Times | Costa Rica News | Travel | Real Estate</a>.</p>\n]]></content>',
                f'\t\t\t\t\t<link rel="replies" type="text/html" href="{link}#respond" thr:count="0" />',
                f'\t\t\t<link rel="replies" type="application/atom+xml" href="{link}/feed/atom" thr:count="0" />', '\t\t\t<thr:total>0</thr:total>',
                '\t\t\t</entry>']
    out.append('\t</feed>')
    return "\n".join(out) + "\n", stamps


# ================================================================ Part B renderers (invented outlets)

def r_tarnbrook(S):
    """text live blog, oldest first; 'Key Points' block of entry headlines; bare '07:40' line (Kyiv time, said in the dateline)
    before the headline; optional author line 'NAME, CITY' under the headline."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Home | Ukraine | Europe | World | Opinion | Newsletters", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"]] + ([f"{e['a']}, {e.get('city', 'Kyiv')}"] if e["a"] else []) + [""] + ptxt(e["p"])
        if i == 2:
            L += ["Read the Courier\u2019s morning Ukraine briefing \u2013 sign up here", ""]
    L += ["This blog is now closed. Our coverage continues tomorrow.", "", f"{S['source']} \u00b7 About \u00b7 Corrections \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_salterbridge(S):
    """HTML live, newest first; LiveBlogPosting JSON-LD with per-update datePublished and author; visible '19:20 CET' in <time>."""
    z = S["zone"]; order_check(S, True)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{len(S['entries']) - i}", "headline": e["h"], "datePublished": d.isoformat()}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="privacy">{esc(S["source"])} uses cookies. <button>Accept</button> <button>Manage</button></div>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a>Germany</a> <a>Europe</a> <a>War in Ukraine</a> <a>Business</a> <a>Opinion</a></nav></header>',
           f'<main><p class="kicker">LIVE</p><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} CET"; stamps.append(st)
        out.append(f'<section class="post" id="post-{len(S["entries"]) - i}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="video-embed">[Video 0:48]</div>')
        out.append('</section>')
        if i == 2:
            out.append('<aside class="related"><h3>More on this topic</h3><a href="/explainers/shadow-fleet">How the shadow fleet keeps Russian oil moving</a></aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Imprint \u00b7 Data protection \u00b7 Contact</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """RSS 2.0 feed, newest first: pubDate with 'GMT' or the numeric offset (S['rfc']), CDATA paragraphs, dc:creator when the entry has an author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en-gb</language>', f'<atom:link href="{S["url"]}/rss.xml" rel="self" type="application/rss+xml"/>']
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


def r_article(S):
    """text article with section headings (one entry per section), page byline and a dateline with time and zone; no per-section stamp."""
    L = [S["source"], "World  \u203a  Europe  \u203a  Ukraine", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share  \u00b7  Save  \u00b7  Print", "", S["intro"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["Advertisement", ""]
    L += [S["more"], "", f"\u00a9 {S['source']} \u00b7 Terms \u00b7 Privacy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_kilvercombe(S):
    """HTML live, newest first, no JSON-LD; '18:10 GMT' in a span above the h2; author in a <p class="by"> after the body; 'Photos:' gallery post."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 {S["source"]}</title></head><body>',
           '<div id="consent">We use cookies to improve your experience. <button>Accept</button> <button>Reject</button></div>',
           f'<header><strong>{S["source"]}</strong> <nav><a>News</a> <a>UK</a> <a>World</a> <a>Ukraine</a> <a>Sport</a> <a>Weather</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="summary">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        out.append(f'<div class="post"><span class="time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">Gallery: 12 images</div>')
        if e["a"]:
            out.append(f'<p class="by">{esc(e["a"])}</p>')
        out.append('</div>')
        if i == 2:
            out.append('<aside><h3>Related</h3><a href="/world/ukraine-zaporizhzhia-strike">Zaporizhzhia strike: what we know</a></aside>')
    out += ['<p class="older"><a href="/live/ukraine/previous">Show older posts</a></p></main>',
            f'<footer>{S["source"]} \u00b7 Contact us \u00b7 Terms \u00b7 Privacy \u00b7 Cookies</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO with the outlet's offset; escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>{S["url"]}/atom.xml</id>', f'<updated>{dt(S["entries"][0]["t"], z).isoformat()}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link href="{S["url"]}/a/{i + 7731}"/>', f'<id>{S["url"]}/a/{i + 7731}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append(f'<category term="{e.get("cat", "World")}"/>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_mistlecombe(S):
    """text live, oldest first; date line with weekday and day but NO year anywhere; a note 'All times are Kyiv time';
    '7.30am' line before each headline; one page byline."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "News \u00b7 World \u00b7 Ukraine live \u00b7 Sport \u00b7 What\u2019s on", "", S["title"], S["dateline"], S["byline"], S["tznote"], "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["That\u2019s all from us today. Thanks for following.", "", f"{S['source']} \u00b7 Contact \u00b7 Terms \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_lindmarsh(S):
    """HTML live, newest first, Guardian-like: JSON-LD @graph with @type array, liveBlogUpdate items whose datePublished and
    headline are the PAGE's values (useless per entry); visible '20.15 BST' in <time> and the block's own h2."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}?page=with:block-{0x6a1f + i * 97:x}#block-{0x6a1f + i * 97:x}", "headline": S["title"],
            "datePublished": first.isoformat(), "dateModified": last.isoformat(),
            **({"articleBody": (" ".join(e["p"]))[:180]} if e["p"] else {})} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": "https://lindmarsh-herald.example/#org", "name": S["source"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "coverageEndTime": last.isoformat(),
         "author": [{"@type": "Person", "name": n} for n in S["authors"]], "publisher": {"@id": "https://lindmarsh-herald.example/#org"},
         "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header>{S["source"]} <nav><a>News</a> <a>World</a> <a>Ukraine</a> <a>Business</a> <a>Opinion</a> <a>Sport</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>',
           '<p class="authors">' + " and ".join(esc(n) for n in S["authors"]) + '</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.hour:02d}.{d.minute:02d} BST"; stamps.append(st)
        out.append(f'<div class="block" id="block-{0x6a1f + i * 97:x}"><p class="block-time"><time datetime="{d.isoformat()}">{st}</time></p><h2>{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<figure class="video"><figcaption>Video duration 1:05</figcaption></figure>')
        if e["a"]:
            out.append(f'<p class="contributor">{esc(e["a"])}</p>')
        out.append('</div>')
        if i == 2:
            out.append('<div class="epic">Support the Herald\u2019s reporting from Ukraine. <a>Contribute</a></div>')
    out += ['</main>', f'<footer>{S["source"]} \u00b7 Contact \u00b7 Complaints \u00b7 Privacy \u00b7 Cookies</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_aldersgrove(S):
    """text live, oldest first; a Key Points block; '10:40am' line before the headline (Kyiv time stated once under the date);
    author after the body as '\u2014 NAME'."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Ukraine  |  Russia  |  Europe  |  Analysis  |  Podcasts", "", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["- " + e["h"] for e in S["entries"] if e["kp"]] + [""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"\u2014 {e['a']}", ""]
        if i == 1:
            L += ["Get our live updates on your phone: download the Ledger app.", ""]
    L += ["Previous live coverage: Wednesday\u2019s updates", "", f"{S['source']} \u00b7 Ethics policy \u00b7 Privacy \u00b7 Contact"]
    return "\n".join(L) + "\n", stamps


def B(e, byline, **kw):
    e["byline"] = byline
    e.update(kw)
    return e


SEEDS = []

# ================================================================ PART A: ten real outlets' layouts (own words, invented 2026 events)

# ---------------------------------------------------------------- 12600 Premium Times (Nigeria)
SEEDS.append(dict(
  id="12600", name="12600_premiumtimes-foreignrss", ext="xml", source="Premium Times", zone="UTC", render=r_premiumtimes,
  title="Foreign Archives - Premium Times Nigeria", url="https://www.premiumtimesng.com/foreign",
  basis="RSS pubDate '{s}' (+0000 = UTC, as WordPress feeds print it); local {d} in {z}",
  notes="Imitates the WordPress category feed of Premium Times (premiumtimesng.com/foreign/feed). RSS 2.0, newest first, pubDate in +0000 with seconds. Each item: title, link, comments, dc:creator in CDATA, two categories, guid '?p=NNN', a WordPress excerpt in <description> (first 30 words + '[…]') followed by the 'The post … appeared first on Premium Times Nigeria.' footer, and the full text in <content:encoded> (which ends with the same footer). The body is the <content:encoded> paragraphs without the footer. dc:creator 'Agency Report' is the paper's generic credit for wire copy and names no person or agency, so author is null for those items (see README conventions); one item carries a staff byline. Two items are African news unrelated to the war (off-beat).",
  not_entries=["channel title/link/description/lastBuildDate/language/sy:update*/generator", "channel <image> block",
               "each item's <comments>, <guid>, <category>, <wfw:commentRss>, <slash:comments> elements",
               "each item's <description> excerpt (a truncated copy of the first paragraph, ending '[…]')",
               "the footer paragraph 'The post … appeared first on Premium Times Nigeria.' in <description> and <content:encoded>"],
  entries=[
  B(E("2026-09-17 19:42:10", "Russian drone, missile barrage kills four in western Ukraine",
      ["Russia fired more than 400 drones and about 30 missiles at Ukraine overnight into Thursday, killing four people in the Lviv region and damaging energy facilities in several western cities, Ukrainian officials said.",
       "Poland briefly closed two airports near its eastern border and scrambled fighter jets as a precaution while the attack was under way, its operational command said.",
       "Ukraine\u2019s air force said most of the drones had been shot down or jammed, but that several ballistic missiles got through."],
      "strikes", "strikes", 3, "western-ukraine-drone-missile-barrage-2026-09-17"), "Agency Report"),
  B(OFF("2026-09-17 17:15:44", "Sudan: Drone strike sets fuel depot ablaze in Port Sudan",
        ["A drone attack blamed on the paramilitary Rapid Support Forces set fire to a fuel storage site in Port Sudan on Thursday, the army-backed government said, the latest in a series of strikes on the Red Sea city.",
         "No casualties were reported and the RSF did not comment."],
        "port-sudan-fuel-depot-drone-strike-2026-09-17", n="Sudan's civil war, not the Russia-Ukraine war"), "Agency Report", cat="Africa"),
  B(E("2026-09-17 15:30:05", "Tuggar summons Russian envoy over Nigerians recruited to fight in Ukraine",
      ["The Minister of Foreign Affairs, Yusuf Tuggar, on Thursday summoned Russia\u2019s ambassador in Abuja to demand information on Nigerians whose families say they were lured with job offers and sent to fight in Ukraine.",
       "A ministry spokesperson said at least 14 Nigerians had been identified in Russian military units, two of whom are believed to have been killed.",
       "The ministry warned young Nigerians against online offers of work in Russia promising high wages, security jobs or university places."],
      "diplomacy", "diplomacy", 3, "nigeria-summons-russian-envoy-recruits-2026-09-17", a="Yusuf Abdulrahman Danjuma",
      n="ministerial diplomatic move by a third country about the war"), "Yusuf Abdulrahman Danjuma", cat="Nigeria"),
  B(OFF("2026-09-17 13:05:51", "Ghana, C\u00f4te d\u2019Ivoire agree joint cocoa price framework",
        ["Ghana and C\u00f4te d\u2019Ivoire, which together grow about 60 per cent of the world\u2019s cocoa, said on Thursday they would coordinate farm-gate prices for the coming season to shield farmers from swings in global markets."],
        "ghana-cote-divoire-cocoa-prices-2026-09-17", n="West African commodities"), "Agency Report", cat="Africa"),
  B(E("2026-09-17 10:20:37", "Germany pledges four more IRIS-T air defence systems for Ukraine",
      ["Germany will send Ukraine four more IRIS-T air defence systems and several hundred interceptor missiles in a package worth about 1.9 billion euros, Defence Minister Boris Pistorius said on Thursday during a visit to Kyiv.",
       "Pistorius said the first system would arrive before winter, when Russia is expected to step up attacks on Ukraine\u2019s power grid."],
      "aid", "aid", 3, "germany-iris-t-package-2026-09-17"), "Agency Report"),
  B(E("2026-09-17 08:45:12", "Ukraine says it repelled Russian armoured assault near Kupiansk",
      ["Ukraine\u2019s military said on Thursday its troops had beaten back a Russian assault involving armoured vehicles and motorcycles near Kupiansk in the Kharkiv region, destroying several vehicles.",
       "Russia\u2019s defence ministry said its forces had improved their positions in the area. Neither account could be independently verified."],
      "other", "frontline", 2, "kupiansk-assault-repelled-2026-09-17"), "Agency Report"),
  B(E("2026-09-17 06:10:29", "Russia, Ukraine swap 150 prisoners each in UAE-brokered exchange",
      ["Russia and Ukraine have exchanged 150 prisoners of war each in a deal brokered by the United Arab Emirates, both sides said on Thursday.",
       "President Volodymyr Zelensky said many of the freed Ukrainians had been held since 2022, some of them since the siege of Mariupol."],
      "diplomacy", "diplomacy", 3, "uae-prisoner-exchange-2026-09-17"), "Agency Report"),
  ]))

# ---------------------------------------------------------------- 12601 The Standard (Kenya)
SEEDS.append(dict(
  id="12601", name="12601_standardmedia-world", ext="txt", source="The Standard", zone="Africa/Nairobi", render=r_standard,
  title="World News", ref="2026-09-20 18:42",
  basis="relative stamp '{s}' counted back from the header clock 'Sunday, September 20, 2026 6:42 PM' (Nairobi, EAT = UTC+3, no zone printed); local {d} in {z}",
  notes="Imitates the World News section front of The Standard (standardmedia.co.ke) as copied from the browser. Cards newest first: headline, one or two summary paragraphs, then 'By AGENCY | 35 minutes ago' (relative time). The only absolute time is the header line 'Sunday, September 20, 2026 6:42 PM' (no zone printed; the outlet's home zone Africa/Nairobi, EAT = UTC+3); every relative stamp is counted back from it, and is as precise as the page allows. Author = the name after 'By'. The header also carries a weather widget ('Nairobi 22°C Mostly cloudy') and the Standard Group brand bar. One off-beat item (Somalia floods).",
  not_entries=["'Skip to main content'", "masthead 'The Standard' and the header date/clock line (capture time, used as anchor)", "weather widget 'Nairobi 22°C Mostly cloudy'",
               "Log in / Subscribe / E-Paper", "main navigation menu", "Standard Group brand bar (KTN News, Radio Maisha, Spice FM, ...)",
               "section heading 'World News' (page title)", "'By AGENCY | N hours ago' lines (byline + stamp, not body)",
               "'Advertisement' and the Evening Brief newsletter box after the third card", "'Load More'", "'Trending Now' box with two local headlines", "footer and copyright"],
  entries=[
  B(E("2026-09-20 18:07", "Kremlin says no date set for new round of talks with Kyiv",
      ["The Kremlin said on Sunday that no date had been agreed for a fresh round of direct negotiations with Ukraine, days after US officials suggested talks could resume before the end of the month.",
       "Spokesman Dmitry Peskov told state television that Moscow remained open to contacts but that the next step was up to Kyiv."],
      "diplomacy", "diplomacy", 2, "kremlin-no-date-new-talks-2026-09-20", a="Reuters"), "Reuters"),
  B(E("2026-09-20 17:42", "Two arrested over scheme that sent Kenyans to fight for Russia",
      ["Detectives have arrested two men accused of luring young Kenyans with promises of well-paid jobs in Russia, only for them to end up in military training camps and on the front line in Ukraine, police said on Sunday.",
       "At least 22 people travelled through the scheme since last year, and the families of three of them have not heard from them in months, according to the police. The suspects are due in court on Monday."],
      "other", "humanitarian", 2, "kenya-russia-recruitment-arrests-2026-09-20", a="Otieno Mugambi"), "Otieno Mugambi"),
  B(OFF("2026-09-20 15:42", "Floods displace thousands in central Somalia",
        ["Heavy rains upstream in the Ethiopian highlands have pushed the Shabelle River over its banks, forcing thousands of families in and around Beledweyne to leave their homes, Somali officials said."],
        "somalia-shabelle-floods-2026-09-20", a="AFP", n="East African weather"), "AFP"),
  B(E("2026-09-20 14:42", "Pope Leo urges return of Ukrainian children taken to Russia",
      ["Pope Leo XIV on Sunday called for all Ukrainian children taken to Russia during the war to be returned to their families, speaking after the Angelus prayer at the Vatican."],
      "other", "humanitarian", 2, "pope-leo-ukrainian-children-appeal-2026-09-20", a="AFP", sec=["diplomacy"]), "AFP"),
  B(E("2026-09-20 13:42", "Russian guided bombs kill three in Kostiantynivka",
      ["Russian aircraft dropped guided bombs on the eastern Ukrainian town of Kostiantynivka on Sunday, killing three civilians and wounding five, the regional prosecutor\u2019s office said.",
       "The town, close to the front in the Donetsk region, has been hit almost daily as Russian forces try to push towards Kramatorsk."],
      "strikes", "strikes", 3, "kostiantynivka-guided-bombs-2026-09-20", a="AFP"), "AFP"),
  B(E("2026-09-20 11:42", "Ukrainian drones set fuel depot on fire in Russia\u2019s Bryansk region",
      ["A Ukrainian drone attack caused a fire at a fuel storage facility in Russia\u2019s Bryansk region overnight, the regional governor said on Sunday, adding that no one was hurt."],
      "strikes", "strikes", 2, "bryansk-fuel-depot-drone-attack-2026-09-20", a="Reuters"), "Reuters"),
  B(E("2026-09-20 05:42", "EU weighs faster phase-out of Russian LNG in next sanctions package",
      ["European Union governments are discussing whether to bring forward a ban on imports of Russian liquefied natural gas as part of the bloc\u2019s next sanctions package, three diplomats said.",
       "Some member states still receive Russian cargoes under long-term contracts and want a longer transition."],
      "diplomacy", "diplomacy", 2, "eu-russian-lng-ban-discussion-2026-09", a="Reuters"), "Reuters"),
  ]))

# ---------------------------------------------------------------- 12602 The Guardian Nigeria
SEEDS.append(dict(
  id="12602", name="12602_guardianng-roundup", ext="html", source="The Guardian Nigeria", zone="Africa/Lagos", render=r_guardianng,
  title="Russia-Ukraine war: Key developments as Zelensky heads to UN", byline="Ifeoma Nwankwo-Bassey", dateline_t="2026-09-22 16:15",
  url="https://guardian.ng/news/world/russia-ukraine-war-key-developments-as-zelensky-heads-to-un/",
  caption="Rescuers work at the site of a Russian strike in Kyiv. Photo: AFP",
  lede="Here are the main developments in the war between Russia and Ukraine on Tuesday.",
  basis="no per-section time; the article's only stamp is '22 September 2026 | 4:15 pm' under the byline (Lagos, WAT = UTC+1, no zone printed); every section takes it; local {d} in {z}",
  notes="Imitates a guardian.ng (WordPress + Yoast) round-up article: category 'World', headline, 'By NAME', then '22 September 2026 | 4:15 pm' (no zone: the outlet's home zone Africa/Lagos, WAT = UTC+1). Six bold h3 subheads, each followed by one or two paragraphs; each subhead is one entry (headline = subhead), with no time of its own, so every entry takes the article's time (stamp null). The page byline is every entry's author. The Yoast JSON-LD graph (NewsArticle, WebPage, BreadcrumbList, WebSite, Organization) carries only page-level data. The motto 'Conscience, Nurtured by Truth' is masthead chrome.",
  not_entries=["top bar with the date 'Tuesday, 22 September 2026', E-Paper, Subscribe", "logo, motto 'Conscience, Nurtured by Truth' and main menu",
               "category label 'World'", "page headline (page title)", "byline 'By Ifeoma Nwankwo-Bassey' and the stamp line", "share buttons",
               "photo caption 'Rescuers work at the site of a Russian strike in Kyiv. Photo: AFP'", "intro paragraph 'Here are the main developments ...' (lede)",
               "'Advertisement' and the inline 'RELATED:' link after the third section", "closing line 'Additional reports from agencies.'",
               "tags list", "'0 Comments'", "sidebar 'Latest' and 'Most Read' links", "footer"],
  entries=[
  E("2026-09-22 16:15", "Two killed as Russian missiles hit Kyiv energy sites",
    ["Russian missiles and drones struck energy facilities in and around Kyiv overnight, killing two workers and leaving parts of the capital\u2019s left bank without electricity and hot water, city officials said on Tuesday.",
     "Ukraine\u2019s energy ministry said repair crews had restored supply to most households by the afternoon."],
    "strikes", "strikes", 3, "kyiv-energy-strike-2026-09-22", a="Ifeoma Nwankwo-Bassey"),
  E("2026-09-22 16:15", "Zelensky in New York for UN General Assembly",
    ["President Volodymyr Zelensky arrived in New York on Tuesday for the high-level week of the UN General Assembly, where he is expected to meet US President Donald Trump and several European leaders on the sidelines.",
     "Kyiv hopes to use the gathering to win support for a proposed moratorium on strikes against energy infrastructure."],
    "diplomacy", "diplomacy", 3, "zelensky-unga-2026-09", a="Ifeoma Nwankwo-Bassey"),
  E("2026-09-22 16:15", "NATO allies commit $2bn more for US weapons for Kyiv",
    ["NATO Secretary-General Mark Rutte said allies had committed another $2 billion to the alliance\u2019s scheme for buying American weapons for Ukraine, including Patriot interceptors.",
     "The mechanism pools contributions from European countries and Canada to pay for US-made equipment drawn from American stocks."],
    "aid", "aid", 3, "nato-us-weapons-fund-2026-09-22", a="Ifeoma Nwankwo-Bassey"),
  E("2026-09-22 16:15", "Ukrainian drones hit refinery in Volgograd",
    ["A refinery in the southern Russian city of Volgograd halted part of its operations after a Ukrainian drone attack caused a fire, the regional governor said. No casualties were reported."],
    "strikes", "strikes", 2, "volgograd-refinery-drone-attack-2026-09-22", a="Ifeoma Nwankwo-Bassey"),
  E("2026-09-22 16:15", "Moscow claims capture of village near Huliaipole",
    ["Russia\u2019s defence ministry said its forces had captured a village east of Huliaipole in the Zaporizhzhia region.",
     "Ukraine\u2019s general staff said fighting in the area was continuing and did not confirm the loss."],
    "other", "frontline", 2, "russia-claims-village-huliaipole-2026-09-22", a="Ifeoma Nwankwo-Bassey"),
  E("2026-09-22 16:15", "Nigeria calls for negotiated settlement",
    ["Nigeria\u2019s permanent mission to the UN said ahead of the general debate that the country backed an inclusive negotiated settlement that respects the territorial integrity of states.",
     "It also urged more attention to the war\u2019s effect on food and fertiliser prices in Africa."],
    "diplomacy", "diplomacy", 2, "nigeria-un-mission-statement-2026-09-22", a="Ifeoma Nwankwo-Bassey"),
  ]))

# ---------------------------------------------------------------- 12603 News24 (South Africa)
SEEDS.append(dict(
  id="12603", name="12603_news24-live", ext="txt", source="News24", zone="Africa/Johannesburg", render=r_news24,
  title="LIVE | Russia-Ukraine war: At least nine dead after massive attack on Kyiv", byline="Lerato Mahlangu",
  lede="Russia launched one of its biggest air attacks of the year on Kyiv overnight. Follow our live updates.",
  basis="bare post time '{s}' (South African time, SAST = UTC+2, no zone printed) on the day given once in the header ('25 Sep 2026'); local {d} in {z}",
  notes="Imitates a News24 live blog as copied from the browser. Page headline 'LIVE | ...', standfirst, 'Compiled by NAME' and the date '25 Sep 2026' (the only date). Posts newest first: bare 'HH:MM' line (no zone: the outlet's home zone Africa/Johannesburg, SAST = UTC+2), headline, text. 12603-02 is a 'WATCH |' video post (News24's label style) with only a 'Video' placeholder: no body, importance 1. The page byline ('Compiled by') is every post's author. The Zelensky Patriot appeal, the Dirco statement and the Romanian drone-debris report are separate stories from the Kyiv attack.",
  not_entries=["'Skip to main content', logo, Subscribe / Sign In", "navigation menu", "section label 'World'", "page headline (page title)", "standfirst (lede)",
               "'Compiled by Lerato Mahlangu' and the date line '25 Sep 2026'", "Share / Save / Listen to this article", "'Catch up: Read yesterday's live updates here.'",
               "'Video' placeholder in the WATCH post", "'ADVERTISEMENT'", "News24 Wrap newsletter line", "'Read more on:' tag list",
               "'Related Links' and its two links", "'Comments have been closed for this article.'", "footer"],
  entries=[
  E("2026-09-25 19:30", "Kyiv death toll rises to nine as rescue operation ends",
    ["The number of people killed in the overnight Russian attack on Kyiv has risen to nine, the head of the city\u2019s military administration said, after rescuers finished clearing the rubble of a partly collapsed apartment block in the Sviatoshynskyi district.",
     "More than 40 people were injured across the capital, four of them children."],
    "strikes", "strikes", 3, "kyiv-mass-attack-2026-09-25", a="Lerato Mahlangu", n="toll 9"),
  E("2026-09-25 17:05", "WATCH | Drone footage shows damage in Kyiv\u2019s Sviatoshynskyi district", [],
    "strikes", "strikes", 1, "kyiv-mass-attack-2026-09-25", a="Lerato Mahlangu", n="video teaser ('WATCH |'), no text body"),
  E("2026-09-25 15:40", "SA \u2018deeply concerned\u2019, urges both sides back to the table",
    ["The Department of International Relations and Cooperation said South Africa was deeply concerned by the latest attacks on civilian areas and urged Russia and Ukraine to return to direct negotiations.",
     "A department spokesperson said Pretoria remained willing to support African-led peace efforts."],
    "diplomacy", "diplomacy", 2, "south-africa-dirco-statement-2026-09-25", a="Lerato Mahlangu", n="reaction whose content is a call for talks: own story"),
  E("2026-09-25 13:15", "Zelensky asks allies for more Patriot interceptors",
    ["President Volodymyr Zelensky said Russia had fired 14 ballistic missiles at Kyiv overnight and that Ukraine needed more Patriot interceptors immediately, not next year.",
     "He said he had spoken to the leaders of Germany and the Netherlands about speeding up deliveries."],
    "aid", "aid", 2, "zelensky-patriot-interceptor-appeal-2026-09-25", a="Lerato Mahlangu", n="appeal for air defence: separate story from the attack"),
  E("2026-09-25 11:20", "Drone fragments found in Romania\u2019s Tulcea county",
    ["Romania\u2019s defence ministry said pieces of a drone had been found near a village in Tulcea county, across the Danube from Ukraine\u2019s port of Izmail, after Russian attacks on Ukrainian port facilities overnight.",
     "Romania scrambled two F-16 jets during the attack, the ministry said."],
    "other", "security", 2, "romania-tulcea-drone-fragments-2026-09-25", a="Lerato Mahlangu"),
  E("2026-09-25 08:50", "At least five killed in massive Russian attack on Kyiv",
    ["At least five people were killed and dozens injured when Russia attacked Kyiv with drones and missiles overnight, in one of the largest assaults on the capital this year, Ukrainian officials said.",
     "Fires broke out in several districts and part of a nine-storey apartment building collapsed in the west of the city."],
    "strikes", "strikes", 3, "kyiv-mass-attack-2026-09-25", a="Lerato Mahlangu", n="toll 5"),
  E("2026-09-25 06:15", "Russia launched more than 500 drones and 40 missiles overnight - air force",
    ["Ukraine\u2019s air force said Russia had launched 512 drones and 43 missiles of various types overnight, mainly at Kyiv and the surrounding region.",
     "Air defences shot down or jammed 468 drones and 31 missiles, it said."],
    "strikes", "strikes", 3, "kyiv-mass-attack-2026-09-25", a="Lerato Mahlangu"),
  ]))

# ---------------------------------------------------------------- 12604 Mail & Guardian (South Africa)
SEEDS.append(dict(
  id="12604", name="12604_mg-fivethings", ext="html", source="Mail & Guardian", zone="Africa/Johannesburg", render=r_mg,
  title="Ukraine war: Five things to know this week", byline="Luyanda Mthembu", dateline_t="2026-09-27 08:30",
  url="https://mg.co.za/world/2026-09-27-ukraine-war-five-things-to-know-this-week/",
  lede="Ports under fire, a Ukrainian envoy in Pretoria and Europe\u2019s money for Kyiv: what mattered in the war this week, and why it matters here.",
  caption="A grain ship waits off the coast of Odesa. (AFP)",
  intro="The war in Ukraine is in its fifth year. Here is our weekly digest of the developments that matter most for South African readers.",
  bio="Luyanda Mthembu is the Mail & Guardian\u2019s foreign affairs reporter.",
  basis="no per-section time; the article's only stamp is the line '27 Sep 2026 08:30' under the byline (Johannesburg, SAST = UTC+2, no zone printed); every section takes it; local {d} in {z}",
  notes="Imitates a Mail & Guardian (mg.co.za, WordPress + Yoast Article graph) weekly digest article. One byline, the line '27 Sep 2026 08:30' (no zone: Africa/Johannesburg, SAST = UTC+2), a standfirst and an intro paragraph, then five numbered h2 sections; each section is one entry (headline = the h2 text including its number), with the article's time (stamp null) and the page byline as author. The events are of the preceding days but the entries are dated by the article.",
  not_entries=["header logo, navigation (News, Business, Opinion, Friday, Environment, Education, Thought Leader, The Continent), Subscribe / Sign in",
               "category label 'World'", "page headline (page title)", "standfirst", "byline and date line", "photo caption",
               "intro paragraph 'The war in Ukraine is in its fifth year. ...'", "subscribe box after the second section", "author bio",
               "'Related stories' links", "footer"],
  entries=[
  E("2026-09-27 08:30", "1. Odesa\u2019s grain terminals under fire",
    ["Russian drones struck grain storage at two terminals in the Odesa region on Friday night, killing two port workers and destroying about 7,000 tonnes of wheat awaiting export, Ukrainian officials said.",
     "Several African importers depend on wheat shipped through these ports, and traders warned that insurance costs for Black Sea cargoes could rise again."],
    "strikes", "strikes", 3, "odesa-grain-terminals-drone-strike-2026-09-25", a="Luyanda Mthembu"),
  E("2026-09-27 08:30", "2. A Ukrainian envoy in Pretoria",
    ["Ukraine\u2019s deputy foreign minister held talks at the department of international relations on Wednesday, asking South Africa to help trace Ukrainian children taken to Russia.",
     "Officials on both sides described the meeting as constructive, but Pretoria again declined to endorse Kyiv\u2019s peace proposals."],
    "diplomacy", "diplomacy", 2, "ukraine-deputy-fm-pretoria-visit-2026-09-23", a="Luyanda Mthembu"),
  E("2026-09-27 08:30", "3. Brussels releases the first slice of its Ukraine loan",
    ["European Union finance ministers on Friday approved the first \u20ac25-billion tranche of a loan to Ukraine backed by cash balances linked to immobilised Russian central bank assets.",
     "Kyiv says it needs the money to keep paying soldiers and public servants next year."],
    "aid", "aid", 3, "eu-ukraine-loan-first-tranche-2026-09-25", a="Luyanda Mthembu"),
  E("2026-09-27 08:30", "4. A slow grind around Kostiantynivka",
    ["Russian forces edged closer to Kostiantynivka in the Donetsk region, according to maps published by independent analysts, though Ukraine says its defences around the town are holding."],
    "other", "frontline", 2, "kostiantynivka-front-2026-09", a="Luyanda Mthembu"),
  E("2026-09-27 08:30", "5. The South Africans on the front line",
    ["Families of at least six South African men who went to Russia on job offers advertised on social media say the men were pushed into military contracts, and that they have lost contact with two of them.",
     "The department of international relations said it was working with Russian authorities to establish their whereabouts."],
    "other", "humanitarian", 2, "south-africans-recruited-russia-2026-09", a="Luyanda Mthembu"),
  ]))

# ---------------------------------------------------------------- 12605 El Universal (English)
SEEDS.append(dict(
  id="12605", name="12605_eluniversal-timeline", ext="txt", source="El Universal", zone="America/Mexico_City", render=r_eluniversal,
  title="Russia-Ukraine war: How Wednesday unfolded", byline="Mariana Ledesma", dateline_t="2026-09-30 17:52",
  lede="From Moscow\u2019s airports to President Sheinbaum\u2019s morning press conference, the main events of the day in the war, hour by hour.",
  caption="Firefighters at the site of a missile strike in Pavlohrad, Ukraine. Photo: EFE",
  intro="All times are Mexico City time.",
  basis="timeline item '{s}' (Mexico City time, stated once as 'All times are Mexico City time'; CST = UTC-6, Mexico has no summer time) on the day of the page line '30/09/2026 | 17:52'; local {d} in {z}",
  notes="Imitates an El Universal English timeline article as copied from the browser. Byline line 'Mariana Ledesma | El Universal English', then '30/09/2026 | 17:52' (day/month/year, Mexico City). Items oldest first, each a 'HH:MM hrs' line (Mexican style) followed by one or two paragraphs; items have NO headline (headline null). All times are Mexico City time (the intro says so; America/Mexico_City, UTC-6 all year). The page byline is every item's author. Spanish-language chrome ('Compartir en ...', 'Publicidad', 'Aviso de privacidad') comes from the site template.",
  not_entries=["masthead 'EL UNIVERSAL' / 'English' and navigation", "section label 'World'", "page headline (page title) and standfirst",
               "byline line and the '30/09/2026 | 17:52' page stamp", "share buttons 'Compartir en ...'", "photo caption",
               "intro line 'All times are Mexico City time.'", "'Publicidad' and the 'Read also:' link after the fourth item",
               "newsletter line", "tags line", "footer (privacy notice, terms, copyright)"],
  entries=[
  E("2026-09-30 05:30", None,
    ["Kremlin spokesman Dmitry Peskov told reporters in Moscow that Russia would study a new US proposal for talks, but that any agreement had to reflect what he called the realities on the ground.",
     "He gave no date for a possible meeting."],
    "diplomacy", "diplomacy", 2, "kremlin-response-us-proposal-2026-09-30", a="Mariana Ledesma"),
  E("2026-09-30 07:00", None,
    ["Russian drones hit residential areas of Kharkiv in a daytime attack, injuring 12 people, including a child, Mayor Ihor Terekhov said.",
     "Fires broke out at a printing works and in several apartment blocks."],
    "strikes", "strikes", 2, "kharkiv-daytime-drone-attack-2026-09-30", a="Mariana Ledesma"),
  E("2026-09-30 08:25", None,
    ["Russia\u2019s Defense Ministry said air defenses had downed 41 Ukrainian drones over several regions since the afternoon, 12 of them on their way to Moscow; two Moscow airports briefly halted flights."],
    "strikes", "strikes", 2, "ukrainian-drones-moscow-region-2026-09-30", a="Mariana Ledesma"),
  E("2026-09-30 10:40", None,
    ["President Claudia Sheinbaum said at her morning press conference that Mexico was willing to host talks between Russia and Ukraine if both sides asked for it, repeating Mexico\u2019s long-standing call for a negotiated peace.",
     "She said Foreign Minister Juan Ram\u00f3n de la Fuente had informed both embassies of the offer."],
    "diplomacy", "diplomacy", 3, "sheinbaum-offer-host-talks-2026-09-30", a="Mariana Ledesma", n="head-of-state mediation offer"),
  E("2026-09-30 12:15", None,
    ["A Russian missile hit the center of Pavlohrad in Ukraine\u2019s Dnipropetrovsk region on Wednesday evening, killing four people and damaging a hospital, regional authorities reported."],
    "strikes", "strikes", 3, "pavlohrad-missile-strike-2026-09-30", a="Mariana Ledesma", n="toll 4"),
  E("2026-09-30 13:40", None,
    ["The US Treasury Department imposed sanctions on 12 companies in the United Arab Emirates, Hong Kong and Turkey accused of helping Russia sell oil above the price cap."],
    "diplomacy", "diplomacy", 2, "us-treasury-oil-cap-sanctions-2026-09-30", a="Mariana Ledesma"),
  E("2026-09-30 15:05", None,
    ["The death toll in Pavlohrad rose to six after two injured people died in hospital, the regional governor said; 23 people were being treated for their injuries."],
    "strikes", "strikes", 3, "pavlohrad-missile-strike-2026-09-30", a="Mariana Ledesma", n="toll 6"),
  ]))

# ---------------------------------------------------------------- 12606 Buenos Aires Times
SEEDS.append(dict(
  id="12606", name="12606_batimes-world", ext="html", source="Buenos Aires Times", zone="America/Argentina/Buenos_Aires", render=r_batimes,
  title="World",
  basis="Perfil-style stamp '{s}' (day-month-year, Buenos Aires time, ART = UTC-3, no zone printed); local {d} in {z}",
  notes="Imitates the World section of the Buenos Aires Times (batimes.com.ar, Perfil network), HTML. Cards newest first: kicker, then the Perfil-style stamp 'DD-MM-YYYY HH:MM' ABOVE the headline (no zone: the outlet's home zone America/Argentina/Buenos_Aires, ART = UTC-3), a summary paragraph, and 'By AGENCY' or 'By NAME'. JSON-LD is site-level only (NewsMediaOrganization). Author = the name after 'By' ('Noticias Argentinas' is a news agency). Two off-beat items (Brazil's runoff campaign, an IMF mission).",
  not_entries=["Perfil network bar", "logo, navigation and Newsletter button", "section heading 'World' (page title)", "kicker labels (WORLD, LATIN AMERICA, ARGENTINA)",
               "'By AGENCY' lines (author credits, not body)", "'Advertisement' banner after the fourth card", "'More news'", "'Most read' list", "footer"],
  entries=[
  B(E("2026-10-13 20:20", "Ukraine and Russia hold first direct talks in months in Istanbul",
      ["Delegations from Ukraine and Russia met in Istanbul on Tuesday for their first face-to-face talks since the summer, with Turkish Foreign Minister Hakan Fidan opening the session.",
       "Both sides said the meeting focused on prisoner exchanges and the return of soldiers\u2019 bodies, while a broader ceasefire remained out of reach."],
      "diplomacy", "diplomacy", 3, "istanbul-direct-talks-2026-10-13", a="AFP"), "AFP"),
  B(OFF("2026-10-13 18:45", "Brazil\u2019s runoff candidates clash over crime and taxes in TV debate",
        ["The two candidates in Brazil\u2019s presidential runoff traded accusations over crime, taxes and the Amazon in a televised debate on Monday night, less than two weeks before the October 25 vote."],
        "brazil-runoff-debate-2026-10-12", a="AFP", n="Brazilian election"), "AFP", kicker="LATIN AMERICA"),
  B(E("2026-10-13 16:30", "Russian shelling kills three in Kherson",
      ["Russian artillery and drone attacks killed three civilians in the southern Ukrainian city of Kherson on Tuesday, among them a municipal worker clearing debris, the regional governor said."],
      "strikes", "strikes", 3, "kherson-shelling-2026-10-13", a="AFP"), "AFP"),
  B(OFF("2026-10-13 13:05", "IMF team wraps up review visit to Buenos Aires",
        ["A technical mission from the International Monetary Fund completed a week of meetings with Economy Ministry and Central Bank officials on Tuesday as part of the programme\u2019s next review."],
        "imf-mission-buenos-aires-2026-10-13", a="Noticias Argentinas", n="Argentine economy"), "Noticias Argentinas", kicker="ARGENTINA"),
  B(E("2026-10-13 10:50", "Argentina joins coalition for return of Ukrainian children",
      ["Argentina has joined the international coalition working for the return of Ukrainian children deported to Russia, the Foreign Ministry said on Tuesday.",
       "The ministry said Argentine forensic experts would help identify missing children and reunite families."],
      "diplomacy", "diplomacy", 2, "argentina-joins-children-coalition-2026-10-13", a="Martina Ferreyra", sec=[]), "Martina Ferreyra", kicker="ARGENTINA"),
  B(E("2026-10-13 08:15", "Russian attack halts gas output at Poltava sites, Naftogaz says",
      ["Ukraine\u2019s state energy company Naftogaz said a combined Russian missile and drone attack overnight had damaged gas production facilities in the Poltava region, forcing it to halt part of its output."],
      "strikes", "strikes", 2, "poltava-gas-facilities-attack-2026-10-13", a="Reuters"), "Reuters"),
  B(E("2026-10-13 06:40", "Russia says it captured village in Dnipropetrovsk region",
      ["Russia\u2019s defence ministry said on Tuesday its forces had taken control of a village in Ukraine\u2019s Dnipropetrovsk region. Kyiv did not immediately comment."],
      "other", "frontline", 2, "russia-claims-village-dnipropetrovsk-2026-10-13", a="Reuters"), "Reuters"),
  ]))

# ---------------------------------------------------------------- 12607 Folha de S.Paulo (English)
SEEDS.append(dict(
  id="12607", name="12607_folha-latest", ext="html", source="Folha de S.Paulo", zone="America/Sao_Paulo", render=r_folha,
  title="Latest news",
  basis="Folha stamp '{s}' (Brasília time, BRT = UTC-3, no zone printed; Brazil has no summer time); local {d} in {z}",
  notes="Imitates the latest-news listing of Folha de S.Paulo's English edition, HTML, no JSON-LD. Items newest first: lower-case kicker, headline, standfirst, an author line for staff or wire pieces where printed, then Folha's stamp 'Oct.7.2026 at 7:50PM' (no zone: the outlet's home zone America/Sao_Paulo, UTC-3). Items without an author line get author null. Two off-beat items (Brazil's runoff airtime, Amazon drought).",
  not_entries=["'Skip to main content'", "logo 'FOLHA DE S.PAULO', 'English' edition label, navigation, language links", "page heading 'Latest news' (page title)",
               "kicker labels (world, brazil, environment)", "'See more' button", "footer copyright notice"],
  entries=[
  E("2026-10-07 19:50", "Brazil and China convene \u2018Friends for Peace\u2019 group on Ukraine in Bras\u00edlia",
    ["Foreign Minister Mauro Vieira hosted a meeting of the Brazil-China-led Friends for Peace group in Bras\u00edlia on Wednesday, calling for a ceasefire and direct negotiations between Moscow and Kyiv.",
     "Diplomats from about 15 countries of the Global South took part. Ukraine, which has criticised the group in the past, sent an observer for the first time."],
    "diplomacy", "diplomacy", 3, "friends-for-peace-brasilia-2026-10-07", a="Renata Figueiredo Lins", n="ministerial diplomatic meeting"),
  OFF("2026-10-07 17:20", "Electoral court sets schedule for runoff campaign airtime",
      ["Brazil\u2019s Superior Electoral Court approved the calendar for free campaign airtime on radio and TV in the presidential runoff, which starts on Friday."],
      "brazil-runoff-airtime-2026-10-07", n="Brazilian election", ) | {"kicker": "brazil", "sect": "brazil"},
  E("2026-10-07 14:05", "Brazilian volunteer killed fighting in Ukraine, family says",
    ["The family of a 29-year-old man from Paran\u00e1 who joined Ukraine\u2019s International Legion said on Wednesday that he had been killed in fighting in the Zaporizhzhia region.",
     "Itamaraty said it was in contact with Ukrainian authorities to repatriate his body."],
    "other", "frontline", 2, "brazilian-volunteer-killed-ukraine-2026-10-07", a="Tiago Mendon\u00e7a Prado"),
  E("2026-10-07 11:30", "Russian missile hits apartment building in Kharkiv, killing four",
    ["A Russian missile struck a five-storey apartment building in Kharkiv on Wednesday, killing four people and injuring 17, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, "kharkiv-missile-strike-2026-10-07", a="Reuters"),
  OFF("2026-10-07 09:10", "Rio Negro falls to lowest October level on record in Manaus",
      ["The Rio Negro at the port of Manaus dropped below 14 metres on Wednesday, the lowest level recorded for early October, as a second consecutive drought strands riverside communities in Amazonas."],
      "amazon-drought-manaus-2026-10-07", n="Brazilian environment") | {"kicker": "environment", "sect": "scienceandhealth"},
  E("2026-10-07 06:45", "Ukrainian drones hit refinery in Russia\u2019s Ryazan",
    ["Ukrainian drones set off a fire at an oil refinery in the Russian city of Ryazan overnight, the regional governor said, adding that debris had injured one person."],
    "strikes", "strikes", 2, "ryazan-refinery-drone-attack-2026-10-07", a="Reuters"),
  ]))

# ---------------------------------------------------------------- 12608 MercoPress
SEEDS.append(dict(
  id="12608", name="12608_mercopress-latest", ext="txt", source="MercoPress", zone="UTC", render=r_mercopress,
  title="Latest News",
  basis="MercoPress stamp '{s}' (explicit date and UTC); local {d} in {z}",
  notes="Imitates the latest-news page of MercoPress (en.mercopress.com) as copied from the browser, with its weather line ('Montevideo 17°C  Stanley 6°C'). Items newest first: headline, then MercoPress' stamp 'Sunday, October 11th 2026 - 21:40 UTC' (weekday, ordinal day, explicit UTC), teaser paragraph(s), 'Full article' with an optional comment count. No bylines (author null). Three items are regional news unrelated to the war (off-beat).",
  not_entries=["masthead 'MercoPress, South Atlantic News Agency'", "weather line 'Montevideo 17°C  Stanley 6°C'", "navigation", "'Subscribe to our news'",
               "section heading 'Latest News' (page title)", "'Full article' links and comment counts", "'Advertising' marker after the third item",
               "'Top Story' box", "terms line and footer"],
  entries=[
  OFF("2026-10-11 21:40", "Falklands Loligo second season closes with strong catches",
      ["The second Loligo squid season in Falklands waters closed at the weekend with catches above the five-year average, according to preliminary figures from the Fisheries Department."],
      "falklands-loligo-season-2026-10-11", n="Falklands fisheries") | {"cc": 2},
  E("2026-10-11 18:20", "Russia and Ukraine trade drone attacks; Moscow airports suspend flights",
    ["Russia and Ukraine exchanged large drone attacks overnight into Sunday, with flights at Moscow\u2019s Sheremetyevo and Vnukovo airports suspended for several hours and Ukraine reporting damage to power lines in the Chernihiv and Sumy regions.",
     "No deaths were reported on either side."],
    "strikes", "strikes", 2, "drone-exchange-moscow-airports-2026-10-11"),
  OFF("2026-10-11 15:05", "Montevideo expects record cruise season",
      ["Uruguay\u2019s tourism ministry expects more than 200 cruise ship calls at Montevideo and Punta del Este in the coming southern summer, a record for the country."],
      "uruguay-cruise-season-2026-10-11", n="Uruguayan tourism"),
  E("2026-10-11 12:30", "Lula and Zelensky discuss peace efforts by phone",
    ["Brazilian President Luiz In\u00e1cio Lula da Silva and Ukraine\u2019s Volodymyr Zelensky spoke by phone on Sunday, with Lula offering Brazil\u2019s help in any negotiating format accepted by both sides, the Planalto palace said.",
     "Zelensky thanked Brazil for supporting a UN resolution on the return of deported Ukrainian children."],
    "diplomacy", "diplomacy", 3, "lula-zelensky-phone-call-2026-10-11") | {"cc": 5},
  E("2026-10-11 10:10", "Two Argentine volunteers wounded near Kupiansk",
    ["Two Argentine citizens serving with Ukraine\u2019s International Legion were wounded in fighting near Kupiansk in the Kharkiv region, the Argentine embassy in Warsaw said, adding that both were in stable condition."],
    "other", "frontline", 2, "argentine-volunteers-wounded-kupiansk-2026-10"),
  OFF("2026-10-11 08:00", "Antarctic tourism season opens in Ushuaia",
      ["The first expedition cruise of the Antarctic season left Ushuaia on Saturday evening, opening a season in which operators expect more than 120,000 visitors to the White Continent."],
      "antarctic-tourism-season-ushuaia-2026-10", n="Antarctic tourism"),
  E("2026-10-11 06:45", "Russian drone strike on bus kills two in Sumy region",
    ["A Russian drone hit a passenger bus near the town of Bilopillia in Ukraine\u2019s Sumy region on Sunday morning, killing two people and injuring seven, the regional administration said."],
    "strikes", "strikes", 3, "sumy-region-bus-drone-strike-2026-10-11"),
  ]))

# ---------------------------------------------------------------- 12609 The Tico Times (Costa Rica)
SEEDS.append(dict(
  id="12609", name="12609_ticotimes-atom", ext="xml", source="The Tico Times", zone="UTC", render=r_ticotimes,
  title="The Tico Times | Costa Rica News | Travel | Real Estate",
  basis="Atom <published> '{s}' (explicit UTC, Z); local {d} in {z}",
  notes="Imitates the WordPress Atom feed of The Tico Times (ticotimes.net/feed/atom). Entries newest first: <author><name> (AFP for wire copy, staff names for local stories), title in CDATA, <published>/<updated> in UTC with Z, a category, a short HTML summary ending '[…]' and the full text in <content>, which ends with the WordPress 'The post … appeared first on …' line (not body). Three items are Costa Rican / Central American news unrelated to the war (off-beat).",
  not_entries=["feed title, subtitle, updated, links, id and generator", "each entry's <id>, <link>, <category>, replies links and thr:total",
               "each entry's <summary> (a truncated copy of the first paragraph)", "the 'The post … appeared first on The Tico Times | …' line at the end of each <content>"],
  entries=[
  B(OFF("2026-10-05 22:30:14", "Coffee harvest to start early in Los Santos as rains ease",
        ["Coffee growers in the Los Santos region expect to begin picking two weeks earlier than usual after a drier-than-normal September, the Coffee Institute of Costa Rica said on Monday."],
        "los-santos-coffee-harvest-2026-10-05", a="Ricardo Quesada", n="Costa Rican agriculture"), "Ricardo Quesada", cat="Costa Rica"),
  B(E("2026-10-05 20:58:41", "Russian drones hit Ukrainian rail hub, killing three",
      ["Russian drones struck the railway station in Konotop in northern Ukraine\u2019s Sumy region on Monday, killing three people and injuring nine, including members of a train crew, regional officials said.",
       "Ukraine\u2019s state railway said passenger services in the region would be diverted for at least two days."],
      "strikes", "strikes", 3, "konotop-rail-hub-drone-strike-2026-10-05", a="AFP"), "AFP"),
  B(OFF("2026-10-05 18:12:09", "Leatherback nesting rises on Costa Rica\u2019s Caribbean coast, researchers say",
        ["Researchers monitoring beaches near Tortuguero counted more leatherback turtle nests this season than in any year since 2015, a conservation group said on Monday."],
        "leatherback-nesting-caribbean-coast-2026", a="Alejandro Z\u00fa\u00f1iga", n="Costa Rican environment"), "Alejandro Z\u00fa\u00f1iga", cat="Environment"),
  B(E("2026-10-05 16:40:55", "Costa Rica co-sponsors UN resolution on Ukraine\u2019s deported children",
      ["Costa Rica is among 48 countries co-sponsoring a UN General Assembly resolution calling on Russia to return Ukrainian children taken from occupied areas, the Foreign Ministry said on Monday.",
       "A vote is expected later this month."],
      "diplomacy", "diplomacy", 2, "costa-rica-un-resolution-ukrainian-children-2026-10", a="Alejandro Z\u00fa\u00f1iga"), "Alejandro Z\u00fa\u00f1iga", cat="Costa Rica"),
  B(E("2026-10-05 14:05:22", "Zelensky proposes halt to strikes on energy sites before winter",
      ["Ukrainian President Volodymyr Zelensky on Monday proposed that Russia and Ukraine stop striking each other\u2019s energy infrastructure for the winter, saying Kyiv was ready to announce such a moratorium if Moscow did the same.",
       "The Kremlin said it would study the proposal but accused Ukraine of using earlier pauses to regroup."],
      "diplomacy", "diplomacy", 3, "zelensky-energy-strike-moratorium-2026-10-05", a="AFP"), "AFP"),
  B(OFF("2026-10-05 11:20:03", "Central America braces for heavy rain as tropical wave approaches",
        ["Costa Rica\u2019s National Emergency Commission issued a yellow alert for the Pacific coast as a tropical wave moving across Central America threatened flooding and landslides through Wednesday."],
        "central-america-tropical-wave-2026-10-05", a="AFP", n="weather"), "AFP", cat="Costa Rica"),
  ]))

# ================================================================ PART B: three multi-source days (invented outlets, invented events)
# Day 1 = 2026-11-18 (UTC), day 2 = 2026-11-19, day 3 = 2026-10-22.
ZAP = "zaporizhzhia-missile-strike-2026-11-18"
SARATOV = "saratov-refinery-drone-attack-2026-11-18"
SHADOW = "eu-shadow-fleet-sanctions-2026-11-18"
PATRIOT_DE = "germany-patriot-deliveries-2026-11-18"
PATRIOT_DE_H = "Germany to deliver two more Patriot systems by spring, Pistorius says"
PATRIOT_DE_P = ["Germany will hand over two more Patriot air defence systems to Ukraine by the end of March, Defence Minister Boris Pistorius said in Berlin, bringing forward a delivery originally planned for the summer.",
                "Pistorius said Germany was also paying for additional interceptor missiles from the US manufacturer."]

# ---------------------------------------------------------------- 12620 Tarnbrook Courier (day 1)
SEEDS.append(dict(
  id="12620", name="12620_tarnbrook-textlive", ext="txt", source="Tarnbrook Courier", zone="Europe/Kyiv", render=r_tarnbrook,
  title="Russia-Ukraine war live: Zaporizhzhia missile strike kills seven; drones set Saratov refinery ablaze",
  dateline="Wednesday 18 November 2026 \u00b7 All times Kyiv (EET)",
  lede="A Russian ballistic missile strike on Zaporizhzhia has killed at least seven people; Ukraine hits a refinery on the Volga; EU foreign ministers meet in Brussels.",
  basis="bare stamp '{s}' (Kyiv time, EET = UTC+2, stated in the dateline 'Wednesday 18 November 2026 \u00b7 All times Kyiv (EET)'); local {d} in {z}",
  notes="Invented outlet. Text live blog, OLDEST first. A 'Key Points' block lists two entry headlines (key_point true for those). Each post: bare 'HH:MM' line, headline, optional author line 'NAME, CITY', body. 12620-02 (drones on a village in Vasylivka district) is in the same region as the Zaporizhzhia city strike but a different event: must not merge. 12620-05 is a theme piece (explainer on ballistic-missile defence) that mentions the strike but is its own story. 12620-06 repeats 12620-04 nearly verbatim (headline verb and one figure changed): importance 1.",
  not_entries=["masthead and navigation", "'LIVE' label", "page title, dateline line and standfirst", "'Key Points' header and its two bullet lines (pointers to posts)",
               "'Updates' label", "author lines 'NAME, CITY' (author credits, not body)", "newsletter promo after the third post",
               "closing line 'This blog is now closed. ...'", "footer line"],
  entries=[
  E("2026-11-18 07:40", "Missile strike on Zaporizhzhia kills three, wounds dozens",
    ["Three people were killed and at least 30 wounded when Russian ballistic missiles hit a residential neighbourhood and a bus depot in Zaporizhzhia shortly before 7am, the head of the regional military administration, Ivan Fedorov, said.",
     "A 10-storey apartment building was partly destroyed and several buses caught fire. Rescuers were searching the upper floors for people trapped under debris."],
    "strikes", "strikes", 3, ZAP, a="Olena Marchuk", n="toll 3") | {"city": "Zaporizhzhia"},
  E("2026-11-18 08:55", "Drones hit village in Vasylivka district, two injured",
    ["Russian drones struck a village in the Vasylivka district of the Zaporizhzhia region overnight, damaging a school and injuring two elderly residents, local officials said.",
     "The attack was separate from the morning missile strike on the regional capital."],
    "strikes", "strikes", 2, "vasylivka-district-drone-attack-2026-11-18",
    n="same region as the Zaporizhzhia city strike, different event (overnight drones on a village): must not merge"),
  E("2026-11-18 10:20", "Ukrainian drones set Saratov refinery ablaze, governor says",
    ["A fire broke out at an oil refinery in the Russian city of Saratov after a Ukrainian drone attack overnight, the regional governor said on Telegram, adding that no one had been hurt.",
     "Ukraine\u2019s general staff said the refinery supplies fuel to Russian forces and that the attack was carried out by its unmanned systems forces."],
    "strikes", "strikes", 3, SARATOV, a="Dmytro Savchuk", kp=True),
  E("2026-11-18 12:05", "Zaporizhzhia death toll rises to seven",
    ["Seven people are now known to have died in this morning\u2019s missile strike on Zaporizhzhia, Ivan Fedorov said, among them a bus driver and a 12-year-old girl.",
     "More than 50 people were injured, 14 of them seriously."],
    "strikes", "strikes", 3, ZAP, a="Olena Marchuk", n="toll 7") | {"city": "Zaporizhzhia"},
  E("2026-11-18 13:30", "Explainer: Why Ukraine struggles to stop ballistic missiles",
    ["Ballistic missiles such as Russia\u2019s Iskander-M come down on their targets at several times the speed of sound, giving a city like Zaporizhzhia, less than 50 km from the front, a minute or two of warning at most.",
     "Only a few Western systems, above all the US-made Patriot, can intercept them reliably, and Ukraine has too few batteries to cover every city. The interceptors are expensive and scarce worldwide.",
     "That is why Kyiv keeps asking allies for more Patriots, and why it has begun to target launch sites and missile factories inside Russia."],
    "strikes", "strikes", 2, "explainer-ballistic-missile-defence-gap", a="Dmytro Savchuk", sec=["aid"],
    n="theme piece (explainer on ballistic-missile defence) that mentions Zaporizhzhia: own story, must not merge with the strike"),
  E("2026-11-18 15:10", "Zaporizhzhia death toll climbs to seven",
    ["Seven people are now known to have died in this morning\u2019s missile strike on Zaporizhzhia, Ivan Fedorov said, among them a bus driver and a 12-year-old girl.",
     "More than 50 people were injured, 15 of them seriously."],
    "strikes", "strikes", 1, ZAP, a="Olena Marchuk", dup="12620-04", n="near-verbatim repeat of 12620-04 (headline verb and one figure changed)") | {"city": "Zaporizhzhia"},
  E("2026-11-18 17:45", "Zelensky: Zaporizhzhia attack shows Ukraine needs more Patriots",
    ["President Volodymyr Zelensky said the strike on Zaporizhzhia, which killed seven people, showed why Ukraine urgently needed more Patriot systems, and called on allies to deliver those already promised before the end of the year.",
     "\u201cEvery delay is measured in lives,\u201d he said in a video address."],
    "strikes", "strikes", 3, ZAP, a="Dmytro Savchuk", sec=["aid"], kp=True, n="reaction whose headline leads with the attack: same story"),
  ]))

# ---------------------------------------------------------------- 12621 Salterbridge Observer (day 1)
SEEDS.append(dict(
  id="12621", name="12621_salterbridge-ldlive", ext="html", source="Salterbridge Observer", zone="Europe/Berlin", render=r_salterbridge,
  title="War in Ukraine: the latest", url="https://salterbridge-observer.example/live/ukraine-2026-11-18",
  dateline="Wednesday, 18 November 2026 \u00b7 all times CET",
  lede="Deadly missile strike on Zaporizhzhia; EU agrees new measures against Russia\u2019s shadow fleet; Germany speeds up Patriot deliveries.",
  basis="visible '{s}' in <time datetime> (Central European Time, CET = UTC+1) under the dateline 'Wednesday, 18 November 2026'; the JSON-LD update datePublished agrees; local {d} in {z}",
  notes="Invented outlet (German, English edition). HTML live blog, NEWEST first, with LiveBlogPosting JSON-LD whose liveBlogUpdate items carry correct per-update datePublished, headline, articleBody and author. Visible stamps 'HH:MM CET' in <time datetime>. The city is spelled 'Zaporizhia' here. 12621-03 is a 'Watch:' video teaser (only a video placeholder): no body. 12621-06 (deadly shelling in Kherson) is another deadly southern strike the same morning: must not merge with Zaporizhzhia. 12621-04 (German Patriot deliveries) is re-posted verbatim on day 2 by 12632.",
  not_entries=["cookie notice", "header brand and navigation", "'LIVE' kicker", "page title, dateline and standfirst", "byline paragraphs under headlines (authors, not body)",
               "video placeholder '[Video 0:48]'", "'More on this topic' related link after the third post", "footer"],
  entries=[
  E("2026-11-18 19:20", "EU ministers agree new sanctions on Russia\u2019s shadow fleet",
    ["EU foreign ministers meeting in Brussels agreed to add 117 more tankers to the list of vessels barred from European ports and services, targeting the so-called shadow fleet that carries Russian oil around the price cap.",
     "Kaja Kallas, the bloc\u2019s foreign policy chief, said the measures would also hit two ship registries and an oil trading firm in Dubai."],
    "diplomacy", "diplomacy", 3, SHADOW, a="Katrin Vogelsang"),
  E("2026-11-18 17:50", "Zaporizhia toll reaches nine",
    ["The number of people killed by this morning\u2019s Russian missile strike on Zaporizhia has risen to nine after two of the injured died in hospital, Ukraine\u2019s emergency service said.",
     "Rescue teams were still working in the damaged apartment building."],
    "strikes", "strikes", 3, ZAP, a="Jonas Reinholt", n="spelling 'Zaporizhia'; toll 9"),
  E("2026-11-18 16:05", "Watch: Rescuers search collapsed floors in Zaporizhia", [],
    "strikes", "strikes", 1, ZAP, n="video teaser, no text body; spelling 'Zaporizhia'"),
  E("2026-11-18 14:30", PATRIOT_DE_H, PATRIOT_DE_P, "aid", "aid", 3, PATRIOT_DE, a="Katrin Vogelsang",
    n="major aid decision by a minister; same theme as the explainer 12620-05 (air defence), different event"),
  E("2026-11-18 11:15", "Kallas condemns \u2018deliberate\u2019 strike on Zaporizhia",
    ["EU foreign policy chief Kaja Kallas condemned the morning strike on Zaporizhia as a deliberate attack on civilians, saying it showed that Moscow was not interested in peace.",
     "She spoke as she arrived for a meeting of EU foreign ministers in Brussels."],
    "strikes", "strikes", 3, ZAP, a="Jonas Reinholt", sec=["diplomacy"], n="reaction whose content is the strike: same story"),
  E("2026-11-18 09:40", "Russian shelling kills one in Kherson",
    ["A 64-year-old man was killed when Russian artillery hit a residential street in Kherson\u2019s Dniprovskyi district, the regional administration said."],
    "strikes", "strikes", 3, "kherson-shelling-2026-11-18",
    n="another deadly strike in the south the same morning, different event: must not merge with the Zaporizhzhia strike"),
  ]))

# ---------------------------------------------------------------- 12622 Ravensholt World Service (day 1, general world feed)
SEEDS.append(dict(
  id="12622", name="12622_ravensholt-worldrss", ext="xml", source="Ravensholt World Service", zone="UTC", render=r_worldrss, rfc="GMT",
  title="Ravensholt World Service - World", url="https://ravensholt.example/news", guid="rws-20261118",
  lede="International news from the Ravensholt World Service.",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, CDATA <p> paragraphs, no authors. The war is a minority: 4 of 6 items are off-beat (climate talks, APEC, typhoon, eurozone inflation). The Zaporizhzhia item spells the city 'Zaporozhye (Zaporizhzhia)' and carries the evening toll (nine).",
  not_entries=["channel title/link/description/language/atom:link", "item category, link and guid elements"],
  entries=[
  OFF("2026-11-18 21:30", "Antalya climate talks head into final night",
      ["Negotiators at the COP31 climate conference in Antalya worked late into Wednesday night on how to finance adaptation in poorer countries, with the draft text still full of bracketed options."],
      "cop31-antalya-final-night-2026-11-18", n="climate talks"),
  E("2026-11-18 19:10", "Zaporozhye missile strike: death toll rises to nine",
    ["Nine people were killed and more than 50 injured when Russian ballistic missiles hit a residential area and a bus depot in the Ukrainian city of Zaporozhye (Zaporizhzhia) on Wednesday morning, officials said.",
     "The European Union\u2019s foreign policy chief called the strike deliberate."],
    "strikes", "strikes", 3, ZAP, n="spelling 'Zaporozhye'; toll 9"),
  OFF("2026-11-18 16:40", "APEC leaders gather in Shenzhen amid tariff tensions",
      ["Leaders and ministers of the Asia-Pacific Economic Cooperation forum began arriving in the southern Chinese city of Shenzhen for their annual summit, the first hosted by China since 2014."],
      "apec-shenzhen-summit-2026-11", n="Asia-Pacific summit"),
  OFF("2026-11-18 14:15", "Philippines evacuates coastal villages ahead of typhoon",
      ["Authorities in the central Philippines moved thousands of people away from the coast as a typhoon strengthened over the Pacific. Forecasters said it could make landfall on Friday."],
      "philippines-typhoon-evacuations-2026-11-18", n="weather"),
  E("2026-11-18 11:50", "Fire at Saratov refinery after Ukrainian drone attack",
    ["A Ukrainian drone attack set fire to an oil refinery in the Russian city of Saratov on the Volga overnight, the regional governor said.",
     "Russia\u2019s defence ministry said it had destroyed 64 drones over several regions."],
    "strikes", "strikes", 3, SARATOV),
  OFF("2026-11-18 09:05", "Eurozone inflation confirmed at 2.1% in October",
      ["Consumer prices in the eurozone rose 2.1% in the year to October, the EU statistics office confirmed, unchanged from its first estimate."],
      "eurozone-inflation-october-2026", n="economy"),
  ]))

# ---------------------------------------------------------------- 12623 Dunmoral Review (day 1, article)
SEEDS.append(dict(
  id="12623", name="12623_dunmoral-article", ext="txt", source="Dunmoral Review", zone="Europe/London", render=r_article,
  title="Deadly strike on Zaporizhzhia as Brussels targets Russia\u2019s shadow fleet",
  lede="Our daily round-up of the war in Ukraine.", byline="Harriet Quennell and Piotr Zawadzki", dateline="18 November 2026, 16:20 GMT",
  intro="Here is what happened on Wednesday.", more="Dunmoral Review\u2019s round-ups of the war are published every weekday afternoon.",
  basis="no per-section time; the article's dateline '18 November 2026, 16:20 GMT' (GMT = UTC in November); every section takes it; local {d} in {z}",
  notes="Invented outlet. Text article (daily round-up) with four section headings; each section is one entry (headline = heading) with the article's dateline time (stamp null). The two-name page byline is every entry's author, kept as one string. The Huliaipole section concerns ground fighting in the same region as the Zaporizhzhia strike but is another story.",
  not_entries=["masthead and breadcrumb", "page title", "standfirst 'Our daily round-up of the war in Ukraine.'", "byline and dateline", "share line",
               "intro line 'Here is what happened on Wednesday.'", "'Advertisement' after the second section", "closing line about the daily round-ups", "footer"],
  entries=[
  E("2026-11-18 16:20", "Deadliest strike on Zaporizhzhia in months",
    ["Russian missiles struck a residential district and a municipal bus depot in Zaporizhzhia early on Wednesday, killing at least seven people, including a child, and wounding more than 50, according to regional officials.",
     "It was the deadliest attack on the city since the spring. Ukraine\u2019s air force said the missiles were fired from the occupied part of the region, leaving almost no time for a warning."],
    "strikes", "strikes", 3, ZAP, a="Harriet Quennell and Piotr Zawadzki", n="toll 7"),
  E("2026-11-18 16:20", "Brussels tightens the net on the shadow fleet",
    ["EU foreign ministers agreed to blacklist more than a hundred additional tankers accused of carrying Russian oil in breach of Western restrictions, diplomats said after the meeting in Brussels.",
     "Hungary and Slovakia dropped their objections after an exemption for pipeline supplies was confirmed."],
    "diplomacy", "diplomacy", 3, SHADOW, a="Harriet Quennell and Piotr Zawadzki"),
  E("2026-11-18 16:20", "A grinding battle for Huliaipole",
    ["Ukrainian commanders say Russian troops have made small gains on the outskirts of Huliaipole, in the east of the Zaporizhzhia region, but have not managed to cut the main supply road."],
    "other", "frontline", 2, "huliaipole-fighting-2026-11", a="Harriet Quennell and Piotr Zawadzki",
    n="ground fighting in the same region as the Zaporizhzhia strike: must not merge"),
  E("2026-11-18 16:20", "Blackout schedules return to Kyiv",
    ["Kyiv\u2019s grid operator reintroduced scheduled power cuts of up to eight hours a day, blaming damage from Russian attacks on power plants earlier in the month and a cold snap that has pushed up demand."],
    "other", "humanitarian", 2, "kyiv-blackout-schedules-2026-11-18", a="Harriet Quennell and Piotr Zawadzki", sec=["strikes"]),
  ]))

# ---------------------------------------------------------------- day 2 (2026-11-19)
ODESA = "odesa-port-attack-2026-11-19"
NOVO = "novorossiysk-oil-terminal-drone-strike-2026-11-19"
ERDOGAN = "erdogan-offer-host-talks-2026-11-19"

# ---------------------------------------------------------------- 12630 Kilvercombe Post (day 2)
SEEDS.append(dict(
  id="12630", name="12630_kilvercombe-htmllive", ext="html", source="Kilvercombe Post", zone="Europe/London", render=r_kilvercombe,
  title="Ukraine war live: Odesa port attack kills six; Zaporizhzhia mourns its dead",
  dateline="Thursday 19 November 2026",
  lede="Russia strikes Odesa\u2019s port district overnight; Erdogan offers to host talks; Ukrainian drones hit Novorossiysk.",
  basis="stamp '{s}' (GMT printed; UK time = UTC in November) under the dateline 'Thursday 19 November 2026'; local {d} in {z}",
  notes="Invented outlet. HTML live blog, NEWEST first, no JSON-LD. Each post: <span> 'HH:MM GMT', h2 headline, body, optional author line after the body. 12630-02 is a 'Photos:' gallery teaser with no text. 12630-03 continues day 1's Zaporizhzhia strike with a new development (toll 11, search over, mourning). 12630-04 (Ukrainian strike on Novorossiysk) is a port attack like Odesa's but the other side's, a different event: must not merge.",
  not_entries=["cookie banner", "header and navigation", "page title, dateline and summary", "author lines after the body",
               "'Gallery: 12 images' placeholder", "'Related' link after the third post", "'Show older posts'", "footer"],
  entries=[
  E("2026-11-19 18:10", "Odesa toll rises to six as port fires are put out",
    ["Six people were killed in the overnight Russian attack on Odesa\u2019s port district, the regional governor said, after the bodies of two dock workers were found in a burnt-out warehouse.",
     "Firefighters said they had put out the last fires at a grain terminal and a fuel storage site in the afternoon."],
    "strikes", "strikes", 3, ODESA, a="Callum Hartridge", n="toll 6"),
  E("2026-11-19 16:35", "Photos: Odesa\u2019s port district after the night attack", [],
    "strikes", "strikes", 1, ODESA, n="photo gallery teaser, no text body"),
  E("2026-11-19 14:20", "Zaporizhzhia mourns 11 dead as search ends",
    ["The death toll from Wednesday\u2019s missile strike on Zaporizhzhia has risen to 11, regional officials said, as rescuers ended the search of the damaged apartment block.",
     "The city is observing a day of mourning, with flags at half mast and public events cancelled."],
    "strikes", "strikes", 3, ZAP, a="Callum Hartridge", n="continuation of day 1's strike with a new development (toll 11, search over, mourning)"),
  E("2026-11-19 12:05", "Ukrainian drones strike Novorossiysk oil terminal",
    ["Ukrainian sea and air drones attacked the Sheskharis oil terminal in the Russian Black Sea port of Novorossiysk overnight, damaging a loading berth, Ukraine\u2019s military intelligence said.",
     "Local authorities in Novorossiysk said an apartment building had also been damaged and two people injured."],
    "strikes", "strikes", 3, NOVO, a="Nia Pembrooke", n="port attack by the other side: same theme as the Odesa attack, different event: must not merge"),
  E("2026-11-19 09:50", "Erdogan offers to host new round of peace talks",
    ["Turkish President Recep Tayyip Erdogan said Turkey was ready to host a new round of talks between Russia and Ukraine in Istanbul as soon as next month, after separate phone calls with Vladimir Putin and Volodymyr Zelensky."],
    "diplomacy", "diplomacy", 3, ERDOGAN, a="Nia Pembrooke"),
  E("2026-11-19 07:15", "Russian drones and missiles hit Odesa port district, two killed",
    ["Russia attacked Odesa with drones and missiles overnight, killing two people and setting fire to a grain terminal and a fuel depot in the city\u2019s port district, Governor Oleh Kiper said.",
     "Power was cut to parts of the city."],
    "strikes", "strikes", 3, ODESA, a="Callum Hartridge", n="toll 2"),
  ]))

# ---------------------------------------------------------------- 12631 Harrowvale Chronicle (day 2, general world feed)
SEEDS.append(dict(
  id="12631", name="12631_harrowvale-worldatom", ext="xml", source="Harrowvale Chronicle", zone="Europe/Paris", render=r_atom,
  title="Harrowvale Chronicle \u2014 World", url="https://harrowvale-chronicle.example", lede="World news, as it happens.",
  basis="Atom <published> '{s}' (explicit +01:00 offset); local {d} in {z}",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> with +01:00 (Paris), escaped HTML content, no authors. The war is a minority: 4 of 6 entries are off-beat (French budget, Louvre, Valencia floods, flu season). The Odesa item spells the city 'Odessa' and carries the afternoon toll (four).",
  not_entries=["feed title, subtitle, links, id, updated", "entry id, link and category elements"],
  entries=[
  OFF("2026-11-19 22:40", "French deputies adopt budget revenue bill after marathon session",
      ["The National Assembly adopted the revenue part of next year\u2019s budget in a late-night vote, after weeks of debate in which the government made concessions on pensions."],
      "france-budget-vote-2026-11-19", n="French politics"),
  OFF("2026-11-19 19:05", "Louvre reopens Apollo Gallery a year after jewel theft",
      ["The Louvre reopened its Apollo Gallery to visitors on Thursday after a security overhaul that followed the theft of crown jewels in October 2025."],
      "louvre-apollo-gallery-reopens-2026-11-19", n="culture"),
  E("2026-11-19 14:30", "Odessa port hit by deadly overnight strike",
    ["At least four people were killed when Russian drones and missiles struck the port area of Odessa overnight, Ukrainian officials said on Thursday, in an attack that set a grain terminal on fire."],
    "strikes", "strikes", 3, ODESA, n="spelling 'Odessa'; toll 4"),
  OFF("2026-11-19 12:20", "Floods hit Valencia region again as storm lingers",
      ["Torrential rain flooded streets and underpasses in several towns south of Valencia on Thursday, and schools were closed as Spain\u2019s weather agency kept a red alert in place."],
      "valencia-floods-2026-11-19", n="weather"),
  E("2026-11-19 10:15", "Ukrainian drones target Russian oil terminal at Novorossiysk",
    ["Ukraine said its drones had hit an oil export terminal in the Russian Black Sea port of Novorossiysk overnight; Russian officials reported damage to a residential building and two injuries."],
    "strikes", "strikes", 3, NOVO),
  OFF("2026-11-19 08:00", "WHO warns of early flu season in Europe",
      ["The World Health Organization\u2019s European office said influenza cases were rising several weeks earlier than usual and urged older people to get vaccinated."],
      "who-europe-early-flu-season-2026-11-19", n="health"),
  ]))

# ---------------------------------------------------------------- 12632 Mistlecombe Evening News (day 2, no year on the page)
SEEDS.append(dict(
  id="12632", name="12632_mistlecombe-textlive", ext="txt", source="Mistlecombe Evening News", zone="Europe/Kyiv", render=r_mistlecombe,
  title="Ukraine live: Odesa port attacked overnight, Zaporizhzhia in mourning",
  dateline="Thursday 19 November", byline="By Rhiannon Ashdown and Taras Lysenko", tznote="All times are Kyiv time",
  lede="Follow our live coverage of the war in Ukraine through the day.", parse_args=["--date", "2026-11-19"],
  basis="stamp '{s}' (Kyiv time, EET = UTC+2, stated in the note 'All times are Kyiv time') under the date line 'Thursday 19 November' (no year printed; --date 2026-11-19); local {d} in {z}",
  notes="Invented outlet. Text live blog, OLDEST first; the page prints no year anywhere (date line 'Thursday 19 November'), so the gold carries parse_args --date 2026-11-19. Stamps '7.30am' style, Kyiv time. One page byline for all posts (two names kept as one string). 12632-03 is a theme piece (analysis of attacks on Black Sea ports) that mentions Odesa: own story. 12632-04 continues day 1's Zaporizhzhia strike (toll 11, mourning). 12632-05 is a verbatim re-post of day-1 entry 12621-04 (same headline and text, syndicated): importance 1, same story as day 1. 12632-07 repeats 12632-06 nearly verbatim ('death' added): importance 1.",
  not_entries=["masthead and navigation", "page title, date line, byline and the 'All times are Kyiv time' note", "standfirst", "'ADVERTISEMENT' after the third post",
               "closing line 'That's all from us today. ...'", "footer"],
  entries=[
  E("2026-11-19 07:30", "Overnight attack on Odesa kills at least two",
    ["Russian drones and missiles hit Odesa\u2019s port district overnight, killing at least two people and starting large fires at a grain terminal, the regional governor said this morning.",
     "Explosions were heard across the city from about 2am."],
    "strikes", "strikes", 3, ODESA, a="Rhiannon Ashdown and Taras Lysenko", n="toll 2"),
  E("2026-11-19 08:45", "Russia fired 120 drones and six missiles overnight, air force says",
    ["Ukraine\u2019s air force said Russia launched 120 attack drones and six missiles overnight, with Odesa the main target; 98 drones and two missiles were shot down."],
    "strikes", "strikes", 3, ODESA, a="Rhiannon Ashdown and Taras Lysenko", n="scale of the same overnight attack: same story"),
  E("2026-11-19 10:15", "Analysis: Why Russia keeps hitting the Black Sea ports",
    ["Odesa and the smaller Danube ports handle most of Ukraine\u2019s grain and metal exports, which makes them one of Moscow\u2019s favourite targets whenever talks stall.",
     "Each strike raises insurance costs for shipowners and slows the flow of ships, even when the terminals are repaired within days.",
     "Ukraine has answered by hitting Russian oil terminals on the same sea, turning the Black Sea into a second front of the economic war."],
    "strikes", "strikes", 2, "analysis-black-sea-port-attacks", a="Rhiannon Ashdown and Taras Lysenko",
    n="theme piece (analysis of port attacks) that mentions Odesa: own story, must not merge with the Odesa attack or the Novorossiysk strike"),
  E("2026-11-19 12:00", "Zaporizhzhia declares day of mourning as toll reaches 11",
    ["Zaporizhzhia is observing a day of mourning after the death toll from yesterday\u2019s missile strike rose to 11, the regional governor said.",
     "Two of the injured died in hospital overnight."],
    "strikes", "strikes", 3, ZAP, a="Rhiannon Ashdown and Taras Lysenko", n="continuation of day 1's strike with a new development (toll 11, mourning)"),
  E("2026-11-19 13:40", PATRIOT_DE_H, PATRIOT_DE_P, "aid", "aid", 1, PATRIOT_DE, a="Rhiannon Ashdown and Taras Lysenko",
    n="re-post of day-1 entry 12621-04 (same headline and text, syndicated verbatim; no new development)"),
  E("2026-11-19 15:20", "Odesa toll rises to four, governor says",
    ["Two more people have died after the overnight attack on Odesa, bringing the toll to four, Governor Oleh Kiper said. Eleven people are in hospital."],
    "strikes", "strikes", 3, ODESA, a="Rhiannon Ashdown and Taras Lysenko", n="toll 4"),
  E("2026-11-19 16:50", "Odesa death toll rises to four, governor says",
    ["Two more people have died after the overnight attack on Odesa, bringing the death toll to four, Governor Oleh Kiper said. Eleven people are in hospital."],
    "strikes", "strikes", 1, ODESA, a="Rhiannon Ashdown and Taras Lysenko", dup="12632-06", n="near-verbatim repeat of 12632-06 ('death' added)"),
  ]))

# ---------------------------------------------------------------- 12633 Ottersley Wire (day 2, Ukraine wire RSS)
SEEDS.append(dict(
  id="12633", name="12633_ottersley-rss", ext="xml", source="Ottersley Wire", zone="Europe/Kyiv", render=r_worldrss, rfc="num",
  title="Ottersley Wire - Ukraine", url="https://ottersley-wire.example/ukraine", guid="otw-20261119",
  lede="Wire reports on the war in Ukraine.",
  basis="RSS pubDate '{s}' (explicit +0200 offset, Kyiv winter time); local {d} in {z}",
  notes="Invented outlet. Ukraine-only wire RSS 2.0 feed, newest first, pubDate with +0200, dc:creator per item. 12633-04 (drone on the Danube port of Izmail, Odesa region) is a different event from the Odesa city port attack: must not merge. 12633-03 is the Kremlin's reply to Erdogan's offer (same story as the offer).",
  not_entries=["channel title/link/description/language/atom:link", "item category, link and guid elements"],
  entries=[
  E("2026-11-19 21:15", "Odesa toll climbs to six; port partly resumes work",
    ["The death toll from Russia\u2019s overnight attack on Odesa\u2019s port district has risen to six, regional authorities said, as the port administration reported that two of the damaged berths had resumed loading grain."],
    "strikes", "strikes", 3, ODESA, a="Marta Horobets", n="toll 6"),
  E("2026-11-19 19:40", "Zaporizhzhia buries first victims of Wednesday\u2019s strike",
    ["Funerals were held in Zaporizhzhia for the first victims of Wednesday\u2019s Russian missile strike, which officials now say killed 11 people, among them two children."],
    "strikes", "strikes", 3, ZAP, a="Marta Horobets", n="continuation of day 1's strike (funerals, toll 11)"),
  E("2026-11-19 16:30", "Kremlin cool on Erdogan\u2019s offer to host talks",
    ["The Kremlin said it appreciated Turkey\u2019s offer to host new talks with Ukraine but that no meeting was planned yet, spokesman Dmitry Peskov told reporters."],
    "diplomacy", "diplomacy", 3, ERDOGAN, a="Serhii Tkach", n="reaction whose content is the offer: same story"),
  E("2026-11-19 13:05", "Drone hits Izmail port facility, no casualties",
    ["A Russian drone damaged a warehouse at the Danube port of Izmail in the Odesa region, the regional administration said. No one was hurt."],
    "strikes", "strikes", 2, "izmail-port-drone-strike-2026-11-19", a="Marta Horobets",
    n="same region as the Odesa port attack, different event (daytime drone on the Danube port): must not merge"),
  E("2026-11-19 10:20", "Netherlands pledges 350 million euros for Ukrainian drone production",
    ["The Netherlands will provide 350 million euros to finance the production of long-range and interceptor drones in Ukraine, the Dutch defence minister said during a visit to Kyiv."],
    "aid", "aid", 3, "netherlands-drone-production-funding-2026-11-19", a="Serhii Tkach"),
  ]))

# ---------------------------------------------------------------- day 3 (2026-10-22)
SLOV = "sloviansk-market-missile-strike-2026-10-22"
SWAP = "uae-prisoner-exchange-300-2026-10-22"
EUSUM = "eu-summit-ukraine-funding-2026-10-22"

# ---------------------------------------------------------------- 12640 Corvedale Times (day 3, general world feed)
SEEDS.append(dict(
  id="12640", name="12640_corvedale-worldrss", ext="xml", source="Corvedale Times", zone="America/New_York", render=r_worldrss, rfc="num",
  title="Corvedale Times: World", url="https://corvedale-times.example/world", guid="cvt-20261022",
  lede="World news from the Corvedale Times.",
  basis="RSS pubDate '{s}' (explicit -0400 offset, US Eastern daylight time); local {d} in {z}",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate with -0400, no authors. The war is a minority: 4 of 6 items are off-beat (Caribbean storm, Brazil debate, Darfur cholera, oil prices). The Sloviansk item spells the city 'Slavyansk (Sloviansk)' and carries the toll of eight.",
  not_entries=["channel title/link/description/language/atom:link", "item category, link and guid elements"],
  entries=[
  OFF("2026-10-22 19:30", "Tropical storm forms in the western Caribbean",
      ["A tropical storm formed in the western Caribbean on Thursday evening and was forecast to strengthen as it drifts toward Jamaica and Cuba, the US National Hurricane Center said."],
      "caribbean-tropical-storm-2026-10-22", n="weather"),
  OFF("2026-10-22 17:15", "Brazil\u2019s runoff rivals meet in final debate",
      ["Brazil\u2019s two presidential candidates faced each other in a final televised debate on Thursday night, three days before the runoff, with polls showing a narrow race."],
      "brazil-runoff-final-debate-2026-10-22", n="Brazilian election"),
  E("2026-10-22 13:20", "Slavyansk market strike kills at least eight",
    ["A Russian missile struck a crowded market in the eastern Ukrainian city of Slavyansk (Sloviansk) on Thursday morning, killing at least eight people and wounding more than 30, Ukrainian officials said.",
     "Ukraine\u2019s president called the attack cold-blooded."],
    "strikes", "strikes", 3, SLOV, n="spelling 'Slavyansk'; toll 8"),
  OFF("2026-10-22 10:45", "Cholera cases surge in Darfur camps, aid groups say",
      ["Aid groups working in camps for displaced people in North Darfur reported a sharp rise in cholera cases and warned that clean water and medicine were running out."],
      "darfur-cholera-2026-10-22", n="Sudan humanitarian"),
  E("2026-10-22 08:30", "Russia and Ukraine swap 300 prisoners each",
    ["Russia and Ukraine exchanged 300 prisoners of war each on Thursday in a swap mediated by the United Arab Emirates, officials from both countries said."],
    "diplomacy", "diplomacy", 3, SWAP),
  OFF("2026-10-22 06:10", "Oil prices slip as US stockpiles rise",
      ["Oil prices edged lower in early trading after industry data showed a bigger-than-expected increase in US crude inventories."],
      "oil-prices-us-stockpiles-2026-10-22", n="markets"),
  ]))

# ---------------------------------------------------------------- 12641 Lindmarsh Herald (day 3)
SEEDS.append(dict(
  id="12641", name="12641_lindmarsh-htmllive", ext="html", source="Lindmarsh Herald", zone="Europe/London", render=r_lindmarsh,
  title="Russia-Ukraine war live: Sloviansk market strike kills 10; EU leaders back funding for Kyiv",
  url="https://lindmarsh-herald.example/world/live/2026/oct/22/russia-ukraine-war-live",
  dateline="Thursday 22 October 2026", authors=["Freya Lockwood", "Anatoliy Kostenko"],
  lede="Missile hits market in Donetsk region city; UAE-brokered exchange frees 600 prisoners; EU summit in Brussels.",
  basis="visible block time '{s}' (UK time printed as BST = UTC+1) under the dateline 'Thursday 22 October 2026'; the JSON-LD update times are the page's, not the block's; local {d} in {z}",
  notes="Invented outlet. HTML live blog, NEWEST first, in a Guardian-like shape: JSON-LD @graph with @type ['NewsArticle','LiveBlogPosting'] and liveBlogUpdate items whose headline and datePublished are the PAGE's values (the same for every update), so per-entry time and headline must come from the visible blocks ('20.15 BST' in <time>, h2). Two page authors in the header; a contributor name only under some blocks (author null elsewhere: the page-level pair is not attributed to individual blocks). 12641-03 is a 'Video:' teaser with no text. 12641-04 (Kramatorsk shelling) is another strike in the same region: must not merge with Sloviansk.",
  not_entries=["header and navigation", "page title, dateline, the page authors line and standfirst", "video placeholder 'Video duration 1:05'",
               "contributor lines under blocks (authors, not body)", "contribution appeal after the third block", "footer"],
  entries=[
  E("2026-10-22 20:15", "Sloviansk toll rises to 10, including two children",
    ["The death toll from this morning\u2019s missile strike on the central market in Sloviansk has risen to 10, including two children, the Donetsk regional governor said.",
     "Thirty-four people are being treated in hospitals in Sloviansk and Kramatorsk."],
    "strikes", "strikes", 3, SLOV, n="toll 10"),
  E("2026-10-22 18:40", "EU leaders back two-year funding plan for Kyiv",
    ["EU leaders meeting in Brussels have endorsed a plan to cover most of Ukraine\u2019s budget and military needs for 2027 and 2028, according to draft conclusions seen by the Herald.",
     "The plan combines the loan backed by immobilised Russian assets with new joint borrowing; Hungary has said it will not take part."],
    "aid", "aid", 3, EUSUM, sec=["diplomacy"]),
  E("2026-10-22 16:05", "Video: Market stalls burn after strike in Sloviansk", [],
    "strikes", "strikes", 1, SLOV, n="video teaser, no text body"),
  E("2026-10-22 14:32", "Kramatorsk shelled hours after Sloviansk strike",
    ["Russian artillery hit a residential area of Kramatorsk in the early afternoon, injuring one woman, the city\u2019s military administration said.",
     "Kramatorsk lies about 15 km south of Sloviansk."],
    "strikes", "strikes", 2, "kramatorsk-shelling-2026-10-22", a="Anatoliy Kostenko",
    n="same region, different strike (afternoon shelling of Kramatorsk): must not merge with the Sloviansk market strike"),
  E("2026-10-22 12:10", "Zelensky: strike on Sloviansk market was \u2018cold-blooded\u2019",
    ["Volodymyr Zelensky said Russia had deliberately chosen a time when the market was full, calling the attack cold-blooded, and urged allies to respond with more sanctions and air defence."],
    "strikes", "strikes", 3, SLOV, n="reaction whose content is the strike: same story"),
  E("2026-10-22 10:25", "Ukraine and Russia exchange 300 prisoners each",
    ["Ukraine and Russia have each released 300 prisoners of war in an exchange mediated by the United Arab Emirates, Ukraine\u2019s coordination headquarters for the treatment of prisoners said.",
     "Most of the Ukrainians freed had been captured in 2022 and 2023."],
    "diplomacy", "diplomacy", 3, SWAP, a="Anatoliy Kostenko"),
  E("2026-10-22 08:50", "Russian missile hits market in Sloviansk, four killed",
    ["A Russian missile hit the central market in Sloviansk in the Donetsk region shortly after 10am local time, killing at least four people, the regional governor said.",
     "Dozens of people were injured, and several stalls and a car park caught fire."],
    "strikes", "strikes", 3, SLOV, a="Freya Lockwood", n="toll 4"),
  ]))

# ---------------------------------------------------------------- 12642 Thistlecombe Review (day 3, article)
SEEDS.append(dict(
  id="12642", name="12642_thistlecombe-article", ext="txt", source="Thistlecombe Review", zone="Europe/Warsaw", render=r_article,
  title="Market massacre in Sloviansk overshadows EU summit",
  lede="Our evening briefing on the war in Ukraine.", byline="Agnieszka Wrobel", dateline="22 October 2026, 17:45 CEST",
  intro="The main developments on Thursday.", more="Read more: all our coverage of the war in Ukraine.",
  basis="no per-section time; the article's dateline '22 October 2026, 17:45 CEST' (Central European summer time, UTC+2); every section takes it; local {d} in {z}",
  notes="Invented outlet (Polish, English edition). Text article with four section headings; each section is one entry (headline = heading) with the dateline time (stamp null) and the page byline as author. Section 3 is a theme piece (explainer on who still lives in Donetsk region's cities) that mentions Sloviansk: own story.",
  not_entries=["masthead and breadcrumb", "page title", "standfirst", "byline and dateline", "share line", "intro line 'The main developments on Thursday.'",
               "'Advertisement' after the second section", "closing 'Read more' line", "footer"],
  entries=[
  E("2026-10-22 17:45", "Carnage at the Sloviansk market",
    ["At least eight people were killed when a Russian missile exploded above the busy central market in Sloviansk on Thursday morning, Ukrainian officials said. Local doctors said many of the wounded had shrapnel injuries.",
     "Sloviansk is one of the last large cities in the Donetsk region still under Ukrainian control."],
    "strikes", "strikes", 3, SLOV, a="Agnieszka Wrobel", n="toll 8"),
  E("2026-10-22 17:45", "EU summit: money for two more years",
    ["EU leaders gathered in Brussels are expected to endorse a plan to finance Ukraine through 2028, combining the reparations loan with new joint borrowing, diplomats said."],
    "aid", "aid", 3, EUSUM, a="Agnieszka Wrobel", sec=["diplomacy"]),
  E("2026-10-22 17:45", "Explainer: Who is still left in the cities of Donetsk region?",
    ["Before the full-scale invasion, Sloviansk and Kramatorsk were home to about 260,000 people. Local officials estimate that fewer than half remain, most of them elderly or unable to afford to move.",
     "Evacuation is voluntary for adults but compulsory for families with children in several front-line communities, and officials renew their calls to leave after every deadly strike."],
    "other", "humanitarian", 2, "explainer-donetsk-civilian-population", a="Agnieszka Wrobel", sec=["strikes"],
    n="theme piece (explainer on civilians in Donetsk region's cities) that mentions Sloviansk: own story, must not merge with the market strike"),
  E("2026-10-22 17:45", "Poland charges two over rail sabotage plot",
    ["Polish prosecutors charged two men with planning to derail freight trains carrying aid to Ukraine on behalf of Russian intelligence, the National Prosecutor\u2019s Office said."],
    "other", "security", 2, "poland-rail-sabotage-charges-2026-10-22", a="Agnieszka Wrobel"),
  ]))

# ---------------------------------------------------------------- 12643 Aldersgrove Ledger (day 3)
SEEDS.append(dict(
  id="12643", name="12643_aldersgrove-textlive", ext="txt", source="Aldersgrove Ledger", zone="Europe/Kyiv", render=r_aldersgrove,
  title="Ukraine live: Missile hits Slovyansk market; 600 prisoners freed in swap",
  dateline="Thursday 22 October 2026 \u00b7 times are Kyiv time (EEST)",
  lede="Live coverage from our team in Kyiv.",
  basis="stamp '{s}' (Kyiv time, EEST = UTC+3, stated in the dateline 'Thursday 22 October 2026 \u00b7 times are Kyiv time (EEST)'); local {d} in {z}",
  notes="Invented outlet. Text live blog, OLDEST first; 'Key Points' block lists two entry headlines. Stamps '10:40am' (12-hour, Kyiv time stated once). Author after the body as '\u2014 NAME' where given. The city is spelled 'Slovyansk'. 12643-05 repeats 12643-02 nearly verbatim ('brokered' -> 'mediated'): importance 1. 12643-03 (overnight drones on a Poltava gas site) is a separate strike.",
  not_entries=["masthead and navigation", "page title, dateline and standfirst", "'Key Points' header and its two bullet lines (pointers to posts)",
               "author lines '\u2014 NAME'", "app promo after the second post", "link to the previous day's updates", "footer"],
  entries=[
  E("2026-10-22 10:40", "Missile strike on Slovyansk market: at least four dead",
    ["At least four people were killed when a Russian missile hit the central market in Slovyansk this morning, the head of the Donetsk regional military administration said.",
     "Images from the scene show burning stalls and damaged cars outside the market hall."],
    "strikes", "strikes", 3, SLOV, a="Oksana Melnyk", n="spelling 'Slovyansk'; toll 4"),
  E("2026-10-22 11:55", "Prisoners return home in UAE-brokered swap",
    ["Three hundred Ukrainian prisoners of war have returned home in an exchange brokered by the United Arab Emirates, President Zelensky said, publishing photos of freed soldiers wrapped in national flags.",
     "Russia said it had received the same number of its servicemen."],
    "diplomacy", "diplomacy", 3, SWAP, a="Oksana Melnyk", kp=True),
  E("2026-10-22 13:30", "Drones target gas facility in Poltava region overnight",
    ["Russian drones attacked a gas production facility in the Poltava region overnight, causing a fire that was later put out, the regional governor said. No injuries were reported."],
    "strikes", "strikes", 2, "poltava-gas-facility-drone-attack-2026-10-22"),
  E("2026-10-22 15:10", "Slovyansk toll rises to eight",
    ["The number of people killed in the missile strike on Slovyansk\u2019s market has risen to eight, regional officials said. More than 30 people were wounded."],
    "strikes", "strikes", 3, SLOV, a="Oksana Melnyk", kp=True, n="toll 8"),
  E("2026-10-22 16:45", "Prisoners return home in UAE-mediated swap",
    ["Three hundred Ukrainian prisoners of war have returned home in an exchange mediated by the United Arab Emirates, President Zelensky said, publishing photos of freed soldiers wrapped in national flags.",
     "Russia said it had received the same number of its servicemen."],
    "diplomacy", "diplomacy", 1, SWAP, a="Oksana Melnyk", dup="12643-02", n="near-verbatim repeat of 12643-02 ('brokered' -> 'mediated')"),
  E("2026-10-22 18:20", "UN humanitarian chief condemns Slovyansk market attack",
    ["The UN humanitarian coordinator for Ukraine said she was appalled by the strike on a market full of shoppers in Slovyansk, and reminded all parties that attacks on civilians are prohibited under international humanitarian law."],
    "strikes", "strikes", 3, SLOV, sec=["diplomacy"], n="reaction whose content is the attack: same story"),
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
                         "published_local": d.strftime("%Y-%m-%d %H:%M" + (":%S" if d.second else "") + " ") + S["zone"],
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

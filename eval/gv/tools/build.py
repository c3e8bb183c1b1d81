#!/usr/bin/env python3
"""Builds the eval/gv seed pages and their gold files from one hand-written data table (further below).
All news text is the blind tester's own invented wording, set in March 2032 with the war assumed still under way.
Part A imitates, from memory, the page layouts of ten real outlets; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/gv/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Mar.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: local time 'YYYY-MM-DD HH:MM[:SS]' in the page zone, headline (or None), body paragraphs, labels."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    """an entry not about the war (off-beat filler)."""
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


def dt(s, zone):
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", upper=False):
    hh = d.hour % 12 or 12
    suf = "am" if d.hour < 12 else "pm"
    return f"{hh}{sep}{d.minute:02d}{space}{suf.upper() if upper else suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest_first), f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first"


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70]


def iso(d):
    return d.isoformat().replace("+00:00", "Z")


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_reuters_live(S):
    """Reuters live page (HTML). Page NewsArticle JSON-LD with page-level dates only; header date line
    'March 2, 2032 6:40 PM UTC' plus 'Updated 12 min ago'; a 'Summary' box of paraphrased bullets (not post headlines);
    posts newest first: <time> '6:40 PM UTC' (time only), h2 headline, paragraphs, then 'Reporting by NAME; Editing by NAME'."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["start"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": iso(first.astimezone(UTC)), "dateModified": iso(last.astimezone(UTC)),
          "author": [{"@type": "Organization", "name": "Reuters"}], "articleSection": "Europe",
          "publisher": {"@type": "Organization", "name": "Reuters", "logo": {"@type": "ImageObject", "url": "https://www.reuters.com/pf/resources/images/reuters/logo-vertical-default.png"}},
          "isAccessibleForFree": True}
    head = f"{MONTHS[last.month - 1]} {last.day}, {last.year} {ampm(last, space=' ', upper=True)} UTC"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Reuters</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<a class="skip" href="#main-content">Skip to main content</a>',
           '<header class="site-header"><a class="logo" href="/" aria-label="Reuters home">Reuters</a>'
           '<nav class="site-nav"><a href="/world/">World</a> <a href="/business/">Business</a> <a href="/markets/">Markets</a> '
           '<a href="/sustainability/">Sustainability</a> <a href="/legal/">Legal</a> <a href="/breakingviews/">Breakingviews</a> '
           '<a href="/technology/">Technology</a> <a href="/investigations/">Investigations</a> <button>More</button></nav>'
           '<a href="/myview/">My News</a> <a class="signin" href="/account/sign-in/">Sign In</a> <a class="register" href="/account/register/">Register</a></header>',
           '<main id="main-content"><nav class="breadcrumbs"><a href="/world/">World</a> <a href="/world/europe/">Europe</a></nav>',
           '<span class="live-badge">LIVE</span>', f'<h1 data-testid="Heading">{esc(S["title"])}</h1>',
           f'<div class="article-info"><time datetime="{iso(last.astimezone(UTC))}">{head}</time> <span class="updated">Updated 12 min ago</span></div>',
           '<div class="share-bar"><button>Share</button> <button>Save</button></div>',
           '<div class="summary" data-testid="Summary"><h2>Summary</h2><ul>' + "".join(f"<li>{esc(b)}</li>" for b in S["summary"]) + '</ul></div>',
           '<div class="live-blog-posts">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', upper=True)} UTC"; stamps.append(st)
        out.append(f'<article class="live-blog-post" id="post-{S["postbase"] - i * 7}"><div class="post-time">'
                   f'<time datetime="{iso(d.astimezone(UTC))}">{st}</time></div><h2 class="post-heading">{esc(e["h"])}</h2>')
        out += [f'<p data-testid="paragraph-{k}">{esc(p)}</p>' for k, p in enumerate(e["p"])]
        out.append(f'<p class="sign-off">{esc(e["credit"])}</p>')
        out.append('<div class="post-share"><button>Share</button> <button>Copy link</button></div></article>')
        if i == 1:
            out.append('<div class="ad-slot"><span>Advertisement \u00b7 Scroll to continue</span></div>')
        if i == 3:
            out.append('<div class="newsletter-promo"><p>Get a daily digest of the war in Ukraine and its fallout with our Russia-Ukraine Briefing newsletter. '
                       '<a href="/newsletters/">Sign up here.</a></p></div>')
    out += ['</div>', '<p class="trust"><a href="/info-pages/thomson-reuters-trust-principles/">Our Standards: The Thomson Reuters Trust Principles.</a></p>',
            '<aside class="read-next"><h3>Read Next</h3>' + "".join(f'<a href="/world/europe/{slugify(r)}/">{esc(r)}</a>' for r in S["readnext"]) + '</aside></main>',
            '<footer class="site-footer"><nav><a>Apps</a> <a>Newsletters</a> <a>Advertise with Us</a> <a>Careers</a> <a>Terms of Use</a> '
            '<a>Privacy</a> <a>Cookies</a></nav><p>All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.</p>'
            f'<p>\u00a9 {last.year} Reuters. All rights reserved</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_aa_rss(S):
    """Anadolu Agency RSS 2.0 (English, one category): pubDate with seconds and the Turkish offset +0300; plain-text
    one-paragraph description; no authors; image as <image> child (as AA's feed does)."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.aa.com.tr/en/russia-ukraine-war</link>',
           '<description>Anadolu Agency - Latest news on the Russia-Ukraine war</description>', '<language>en</language>',
           f'<copyright>Copyright {dt(S["entries"][0]["t"], z).year} Anadolu Agency</copyright>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>',
           '<atom:link href="https://www.aa.com.tr/en/rss/default?cat=russia-ukraine-war" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        url = f"https://www.aa.com.tr/en/russia-ukraine-war/{slugify(e['h'])}/{3481207 - i * 113}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>', f'<guid isPermaLink="true">{url}</guid>',
                f'<description>{esc(" ".join(e["p"]))}</description>', f'<pubDate>{st}</pubDate>',
                f'<image>https://cdnuploads.aa.com.tr/uploads/Contents/{d:%Y/%m/%d}/thumbs_b_c_{"%032x" % (0x5a1f00 + i * 977)}.jpg</image>',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_efe_rss(S):
    """EFE English WordPress RSS 2.0: pubDate +0000 with seconds, dc:creator in CDATA, several category tags, ?p= guid,
    short excerpt in <description>, full text in content:encoded with a photo figure and caption ('EFE/EPA/...').
    Body paragraphs open with the EFE dateline 'Kyiv (EFE).- '."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" '
           'xmlns:slash="http://purl.org/rss/1.0/modules/slash/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<atom:link href="https://efe.com/en/feed/" rel="self" type="application/rss+xml" />',
           '<link>https://efe.com/en/</link>', '<description>Spanish news agency, news in English</description>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>', '<language>en-US</language>',
           '<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>', '<sy:updateFrequency>\n\t1\t</sy:updateFrequency>',
           '<generator>https://wordpress.org/?v=8.1.2</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        url = f"https://efe.com/en/{e['sect']}/{d:%Y-%m-%d}/{slugify(e['h'])}/"
        cats = "".join(f"<category><![CDATA[{c}]]></category>" for c in e["cats"])
        excerpt = e["p"][0][:180].rsplit(" ", 1)[0] + " [&#8230;]"
        body = "".join(f"<p>{esc(p)}</p>" for p in e["p"][:1])
        if e.get("cap"):
            body += (f'<figure class="wp-block-image size-large"><img src="https://efe.com/wp-content/uploads/{d:%Y/%m}/{7712300 + i * 41}.jpg" alt="" />'
                     f'<figcaption class="wp-element-caption">{esc(e["cap"])}</figcaption></figure>')
        body += "".join(f"<p>{esc(p)}</p>" for p in e["p"][1:])
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>', f'<dc:creator><![CDATA[{e["a"]}]]></dc:creator>',
                f'<pubDate>{st}</pubDate>', cats, f'<guid isPermaLink="false">https://efe.com/en/?p={3120450 - i * 389}</guid>',
                f'<description><![CDATA[{excerpt}]]></description>', f'<content:encoded><![CDATA[{body}]]></content:encoded>',
                '<slash:comments>0</slash:comments>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_ansa(S):
    """ANSA English 'World' news listing (HTML). Cards newest first: meta line 'Redazione ANSA  ROME  08 March 2032 14:35'
    (desk credit, place, date and 24-hour time; no zone printed: Rome time), h3 headline, paragraphs opening with the ANSA
    dateline '(ANSA) - ROME, MAR 8 - '. Photo captions with '(ANSA)' credit; 'Reproduction reserved' under each card."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["doc_title"])}</title>',
           '<meta property="og:site_name" content="ANSA.it"></head><body>',
           '<div class="cookie-banner">This site uses cookies, including third-party cookies. By closing this banner you consent to their use. <button>Accept</button> <a>Find out more</a></div>',
           '<header class="header-main"><a class="logo" href="/english/">ANSA.it</a> <span class="edition">English</span>'
           '<nav class="nav-main"><a href="/english/news/">News</a> <a href="/english/news/politics/">Politics</a> <a href="/english/news/business/">Business</a> '
           '<a href="/english/news/world/">World</a> <a href="/english/news/culture/">Culture</a> <a href="/english/news/sports/">Sports</a> '
           '<a href="/english/news/lifestyle/">Lifestyle</a> <a href="/english/news/science_tecnology/">Science&amp;Tecnology</a> <a href="/english/focus/">Focus</a></nav>'
           '<a class="lang" href="/">ITA</a> <a href="/sito/static/ansa_chi_siamo.html">About us</a></header>',
           '<div class="breadcrumb"><a href="/english/">ANSA English</a> &gt; <a href="/english/news/">News</a> &gt; World</div>',
           f'<main><h1 class="section-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day:02d} {MONTHS[d.month - 1]} {d.year} {d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="news-item" id="news-{S["idbase"] - i * 53}"><div class="news-meta"><span class="author">{esc(e["a"])}</span> '
                   f'<span class="place">{esc(e["city"])}</span> <span class="date">{st}</span></div>'
                   f'<h3 class="news-title"><a href="/english/news/world/{d:%Y/%m/%d}/{slugify(e["h"])}_{S["idbase"] - i * 53}.html">{esc(e["h"])}</a></h3>')
        if e.get("cap"):
            out.append(f'<figure><img src="/webimages/img_457x/{d:%Y/%m/%d}/{8123 + i}.jpg" alt=""><figcaption>{esc(e["cap"])}</figcaption></figure>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<p class="copyright">Reproduction reserved \u00a9 Copyright ANSA</p></article>')
        if i == 2:
            out.append('<aside class="box-newsletter"><h4>ANSA English Newsletter</h4><p>The best of Italy, every weekday in your inbox.</p><button>Subscribe</button></aside>')
    out += ['<div class="pagination"><a href="?page=2">Next</a></div></main>',
            '<footer class="footer"><p>ANSA.it \u00b7 Agenzia Nazionale Stampa Associata \u00b7 P.IVA IT00876481003</p>'
            f'<p>\u00a9 Copyright ANSA - All rights reserved</p><a>Privacy</a> <a>Cookie policy</a> <a>Disclaimer</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_kyodo(S):
    """Kyodo News English 'World' section (text scrape). Each item: headline, 'KYODO NEWS - Mar 10, 2032 - 23:05 | World, All'
    (Japan time, no zone printed), paragraphs (foreign stories open with a 'KYIV - ' style dateline); occasional
    'Related coverage:' lines with linked headlines; 'Japan Wire' subscription promo."""
    z = S["zone"]; order_check(S, True)
    L = ["Skip to main content", "", "KYODO NEWS", "Japan's leading news agency", "",
         "Latest   Japan   Asia   World   Politics   Business   Sports   Science & Health   Feature   Opinion   Video", "",
         "Search   Login   Japanese", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{SHORT_MONTHS[d.month - 1]} {d.day}, {d.year} - {d:%H:%M}"; stamps.append(st)
        L += [e["h"], "", f"KYODO NEWS - {st} | {e['cat']}, All", ""] + ptxt(e["p"])
        if e.get("related"):
            L += ["Related coverage:", e["related"], ""]
        if i == 2:
            L += ["Japan Wire by KYODO NEWS", "Fast, accurate news on Japan for professionals. Try it free for 14 days.", "Learn more", ""]
    L += ["More", "", "Terms of Use   Privacy Policy   About Us   Contact Us", f"\u00a9 Kyodo News. All Rights Reserved."]
    return "\n".join(L) + "\n", stamps


def r_pap(S):
    """PAP (Polish Press Agency) English service, 'Latest news' listing (Drupal HTML). Cards newest first: date line
    '12.03.2032 14:35' (Warsaw time, no zone printed), section label, h2 headline, lead paragraph(s), photo credit
    'Photo: PAP/NAME'. No author on the cards."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en" dir="ltr"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | PAP</title>',
           '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"></head><body class="path-taxonomy">',
           '<div class="top-bar"><a href="https://www.pap.pl/">Serwis PAP</a> <a href="/en">English</a> <a href="https://biznes.pap.pl/">PAP Biznes</a> '
           '<a href="https://samorzad.pap.pl/">PAP Samorz\u0105d</a></div>',
           '<header><a class="logo" href="/en">PAP Polish Press Agency</a><nav class="main-menu"><a href="/en/business">Business</a> '
           '<a href="/en/politics">Politics</a> <a href="/en/society">Society</a> <a href="/en/sport">Sport</a> <a href="/en/culture">Culture</a> '
           '<a href="/en/science">Science</a> <a href="/en/ukraine">War in Ukraine</a></nav><form class="search"><input type="text" placeholder="Search"></form></header>',
           f'<main><h1 class="page-title">{esc(S["title"])}</h1><div class="view-content">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y %H:%M}"; stamps.append(st)
        out.append(f'<div class="news-card views-row"><div class="field--name-field-date">{st}</div>'
                   f'<div class="field--name-field-category"><a href="/en/{slugify(e["cat"])}">{esc(e["cat"])}</a></div>'
                   f'<h2 class="title"><a href="/en/news/{slugify(e["h"])}">{esc(e["h"])}</a></h2>')
        if e.get("photo"):
            out.append(f'<div class="image"><img src="/sites/default/files/styles/card/public/{d:%Y-%m}/{5521 + i * 3}.jpg" alt=""><span class="credit">Photo: PAP/{esc(e["photo"])}</span></div>')
        out += [f'<div class="field--name-field-lead"><p>{esc(p)}</p></div>' for p in e["p"]]
        out.append('</div>')
        if i == 3:
            out.append('<div class="promo"><p>Subscribe to the PAP English newsletter: the most important news from Poland every day.</p><a>Subscribe</a></div>')
    out += ['</div><nav class="pager"><a href="?page=1">Load more</a></nav></main>',
            f'<footer><p>\u00a9 {dt(S["entries"][0]["t"], z).year} Polska Agencja Prasowa S.A.</p><a>Contact</a> <a>Regulations</a> <a>Privacy policy</a> '
            '<a>Accessibility statement</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_interfax_rss(S):
    """Interfax-Ukraine English RSS 2.0: pubDate with the Kyiv offset (+0200 in winter), category, first paragraph in
    <description>, the full text in <yandex:full-text> (plain text, paragraphs separated by line breaks), no authors."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:yandex="http://news.yandex.ru" xmlns:media="http://search.yahoo.com/mrss/">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://en.interfax.com.ua/</link>',
           '<description>Interfax-Ukraine news agency: latest news of Ukraine</description>', '<language>en</language>',
           '<image><url>https://en.interfax.com.ua/static/images/logo.png</url><title>Interfax-Ukraine</title><link>https://en.interfax.com.ua/</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        url = f"https://en.interfax.com.ua/news/{e['cat'].lower()}/{1104233 - i * 19}.html"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>', f'<guid>{url}</guid>', f'<pubDate>{st}</pubDate>',
                f'<category>{esc(e["cat"])}</category>', f'<description>{esc(e["p"][0])}</description>',
                '<yandex:full-text>' + esc("\n".join(e["p"])) + '</yandex:full-text>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_bangkokpost(S):
    """Bangkok Post 'World' section carrying AFP copy (text scrape). Each story: headline, 'published : 16 Mar 2032 at 21:14'
    (Bangkok time, no zone printed), 'writer: AFP', paragraphs opening with a 'KYIV: ' dateline, then the reader widget
    'Do you like the content of this article?' and a comment counter."""
    z = S["zone"]; order_check(S, True)
    L = ["Bangkok Post", "The world's window on Thailand", "",
         "News   Business   Opinion   Life   Tech   Auto   Property   Travel   Learning   Thailand   World   Video   Podcast", "",
         "Subscribe   Login   E-paper", "", "News > World", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {SHORT_MONTHS[d.month - 1]} {d.year} at {d:%H:%M}"; stamps.append(st)
        L += [e["h"], "", f"published : {st}", "", f"writer: {e['a']}", ""] + ptxt(e["p"])
        L += ["Do you like the content of this article?", "COMMENT (0)", ""]
        if i == 2:
            L += ["Download the Bangkok Post app for the latest news, wherever you are.", "App Store   Google Play", ""]
    L += ["Load more", "", "About us   Contact us   Terms of use   Privacy policy   Advertising",
          f"\u00a9 All rights reserved {dt(S['entries'][0]['t'], z).year} Bangkok Post Public Company Limited"]
    return "\n".join(L) + "\n", stamps


def r_expressandstar(S):
    """Express & Star 'UK & international news' listing of Press Association copy (HTML). Cards newest first: h2 headline,
    'By NAME, PA Political Correspondent' byline, 'Published: <time datetime="...Z">Mar 18, 2032</time>' (the visible text
    prints the date only; the time exists only in the datetime attribute), opening paragraphs."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Express &amp; Star</title></head><body>',
           '<div class="consent">We value your privacy. We and our partners store and/or access information on a device. <button>I Accept</button> <button>Show Purposes</button></div>',
           '<header class="masthead"><a class="brand" href="/">Express &amp; Star</a><nav><a href="/news/">News</a> <a href="/sport/">Sport</a> '
           '<a href="/business/">Business</a> <a href="/entertainment/">Entertainment</a> <a href="/lifestyle/">Lifestyle</a> <a href="/voices/">Voices</a> '
           '<a href="/news/uk-news/">UK &amp; international news</a> <a href="/announcements/">Announcements</a> <a href="/jobs/">Jobs</a></nav>'
           '<a class="subscribe" href="/subscribe/">Subscribe</a> <a href="/e-edition/">E-edition</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{SHORT_MONTHS[d.month - 1]} {d.day}, {d.year}"; stamps.append(st)
        out.append(f'<article class="story-card"><h2><a href="/news/uk-news/{d:%Y/%m/%d}/{slugify(e["h"])}/">{esc(e["h"])}</a></h2>'
                   f'<div class="byline">By {esc(e["a"])}, {esc(e["role"])}</div>'
                   f'<div class="published">Published: <time datetime="{iso(d.astimezone(UTC))}">{st}</time></div>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</article>')
        if i == 2:
            out.append('<div class="advert">Advertisement</div>')
        if i == 4:
            out.append('<aside class="newsletter"><h3>Get the latest headlines</h3><p>Sign up to our daily newsletter.</p><input type="email"> <button>Sign up</button></aside>')
    out += ['<a class="more" href="?page=2">More stories</a></main>',
            f'<footer><p>\u00a9 {dt(S["entries"][0]["t"], z).year} Express &amp; Star. All rights reserved.</p><a>Contact us</a> <a>Terms</a> <a>Privacy notice</a> '
            '<a>Cookie policy</a> <a>Complaints</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_xinhua(S):
    """Xinhua English 'World' channel (text scrape). Each story: headline, 'Source: Xinhua| 2032-03-20 23:10:45|Editor: huaxia'
    (Beijing time, no zone printed), paragraphs opening with a 'MOSCOW, March 20 (Xinhua) -- ' dateline, optional 'Enditem'."""
    z = S["zone"]; order_check(S, True)
    L = ["Xinhua", "english.news.cn", "", "Home   China   World   Business   Culture & Edu   Sci-Tech   Sports   Photos   Video   In-Depth   Opinion", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%Y-%m-%d %H:%M:%S}"; stamps.append(st)
        L += [e["h"], "", f"Source: Xinhua| {st}|Editor: {e['ed']}", ""] + ptxt(e["p"])
        if e.get("enditem"):
            L += ["Enditem", ""]
        if i == 3:
            L += ["Follow Xinhua News on X, Facebook and YouTube", ""]
    L += ["Copyright \u00a9 " + str(dt(S["entries"][0]["t"], z).year) + " Xinhua News Agency. All rights reserved.", "About Us   Contact Us   Advertise"]
    return "\n".join(L) + "\n", stamps


# ================================================================ build (called at the very end of this file)
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
            loc = e["t"] + " " + S["zone"]
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": loc,
                         "published_basis": (e.get("basis") or S["basis"]).format(s=stamps[i], d=e["t"], z=S["zone"],
                                                                                    u=u.strftime("%Y-%m-%d %H:%M:%S")),
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


# ================================================================ PART A: ten real outlets' layouts (own words, invented news)
SEEDS = []

# ---------------------------------------------------------------- 20500 Reuters (HTML live page)
KYIV_CHP = "kyiv-power-plants-strike-2032-03-02"
SEEDS.append(dict(
  id="20500", name="20500_reuters-livepage", ext="html", source="Reuters", zone="UTC", render=r_reuters_live,
  title="Russia strikes Kyiv power plants, killing five; Norway funds Ukrainian shell output", start="2032-03-02 06:50", postbase=48812,
  url="https://www.reuters.com/world/europe/russia-strikes-kyiv-power-plants-live-2032-03-02/",
  summary=["Overnight barrage cuts heating to much of Kyiv's left bank", "Oslo commits money to Ukrainian-made artillery rounds",
           "Kremlin says timing of energy talks still unclear"],
  readnext=["Baltic states begin shared air-policing drills", "Dutch coalition talks stall over defence budget"],
  basis="post stamp '{s}' (time only, UTC printed) under the page date line 'March 2, 2032 6:40 PM UTC'; the <time datetime> of the post agrees; local {d} in {z}",
  notes="Imitates a Reuters live page (Arc-style HTML). Page-level NewsArticle JSON-LD only (no per-post data). Header date line 'March 2, 2032 6:40 PM UTC' with 'Updated 12 min ago'. A 'Summary' box of three paraphrased bullets sits above the posts: they are not post headlines and not a Key Points list (key_point false everywhere). Posts newest first: <time> '6:40 PM UTC' (time only; the date comes from the page date line), h2 headline, paragraphs, then a sign-off 'Reporting by NAME; Editing by NAME'. Author = the name(s) after 'Reporting by' (two names joined by 'and' stay one string); 'Reporting by Reuters' (Moscow desk) gives the author 'Reuters' as printed. The sign-off is not a body paragraph. Reuters spells 'Zelenskiy'.",
  not_entries=["'Skip to main content'", "site header, navigation, 'My News', 'Sign In', 'Register'", "breadcrumbs 'World' / 'Europe'", "'LIVE' badge",
               "page title (h1)", "page date line 'March 2, 2032 6:40 PM UTC' and 'Updated 12 min ago'", "share bar", "'Summary' box and its three bullets (paraphrases, not post headlines)",
               "'Reporting by ...; Editing by ...' sign-off under each post (author credit, not body)", "'Share' / 'Copy link' under each post",
               "'Advertisement \u00b7 Scroll to continue' after the second post", "newsletter promo after the fourth post",
               "'Our Standards: The Thomson Reuters Trust Principles.'", "'Read Next' box with two unrelated links", "footer"],
  entries=[
  E("2032-03-02 18:40", "Zelenskiy asks allies for faster Patriot deliveries after Kyiv strike",
    ["Ukrainian President Volodymyr Zelenskiy said on Tuesday that Ukraine needed at least two more Patriot batteries before next winter and urged partners to speed up deliveries they have already promised.",
     "\"Every battery we are still waiting for is a city we cannot fully protect,\" he said in his nightly video address, adding that the overnight attack had used more ballistic missiles than any since January."],
    "aid", "aid", 2, "zelenskiy-patriot-appeal-2032-03-02", a="Olena Hrytsenko", sec=["strikes"],
    credit="Reporting by Olena Hrytsenko; Editing by Martin Colebrook", n="appeal for air defence after the strike: aid primary; its own story"),
  E("2032-03-02 17:05", "Kremlin says no date yet for new talks on energy strikes",
    ["The Kremlin said on Tuesday that no date had been agreed for a new round of talks on a mutual halt to attacks on energy facilities, and accused Kyiv of breaking earlier understandings.",
     "Spokesman Dmitry Peskov told reporters that contacts at expert level were continuing but gave no details."],
    "diplomacy", "diplomacy", 2, "kremlin-energy-talks-no-date-2032-03-02", a="Reuters",
    credit="Reporting by Reuters; Editing by Martin Colebrook", n="'Reporting by Reuters' kept as printed (desk credit)"),
  E("2032-03-02 15:30", "Ukrainian drones hit refinery in Russia's Saratov region, governor says",
    ["Ukrainian drones struck an oil refinery in the Russian city of Saratov early on Tuesday, starting a fire that was put out by mid-morning, the regional governor said on Telegram.",
     "Russia's Defence Ministry said its air defences had destroyed 31 Ukrainian drones over several regions overnight, without mentioning Saratov. Reuters could not independently verify the reports."],
    "strikes", "strikes", 2, "saratov-refinery-drone-strike-2032-03-02", a="Reuters",
    credit="Reporting by Reuters; Editing by Ivor Bannatyne", n="strike by the other side; must not merge with the Kyiv strike"),
  E("2032-03-02 13:50", "Death toll from Kyiv strike rises to five, mayor says",
    ["The number of people killed in Russia's overnight missile and drone attack on Kyiv has risen to five, Mayor Vitali Klitschko said, after rescuers found a body in a damaged building near one of the city's power plants.",
     "Heating was still off in about 1,900 apartment blocks on the left bank of the Dnipro river, city officials said, with temperatures forecast to fall to minus 6 Celsius (21 Fahrenheit) overnight."],
    "strikes", "strikes", 3, KYIV_CHP, a="Olena Hrytsenko and Dmytro Lysenko",
    credit="Reporting by Olena Hrytsenko and Dmytro Lysenko; Editing by Ivor Bannatyne", n="toll 5"),
  E("2032-03-02 11:20", "Norway to fund $330 million of Ukrainian artillery shell production",
    ["Norway will pay Ukrainian manufacturers 3.5 billion crowns ($330 million) to produce 155 mm artillery rounds this year, the Norwegian defence ministry said on Tuesday.",
     "The money comes from Norway's multi-year support programme for Ukraine. Deliveries are expected to begin in the second quarter, the ministry said."],
    "aid", "aid", 3, "norway-shell-production-funding-2032-03-02", a="Gunnar Solvik",
    credit="Reporting by Gunnar Solvik; Editing by Simon Cardew"),
  E("2032-03-02 09:45", "EU proposes higher tariffs on Russian fertiliser and farm goods",
    ["The European Commission on Tuesday proposed raising tariffs on fertiliser and the remaining farm imports from Russia and Belarus, aiming to cut revenue that Brussels says helps fund Moscow's war.",
     "The proposal needs the backing of member states and the European Parliament."],
    "diplomacy", "diplomacy", 2, "eu-tariffs-russian-fertiliser-2032-03-02", a="Marieke Hollander",
    credit="Reporting by Marieke Hollander; Editing by Simon Cardew", n="trade measure against Russia treated like sanctions: diplomacy"),
  E("2032-03-02 07:10", "Russian missiles and drones hit Kyiv power plants, three killed",
    ["Russia attacked Kyiv with ballistic missiles and drones overnight, hitting two combined heat and power plants and killing at least three people, Ukrainian officials said on Tuesday.",
     "Ukraine's air force said Russia launched 14 missiles and 126 drones at targets across the country, of which 10 missiles and 109 drones were shot down.",
     "Power was cut to parts of the capital's left bank, and the city opened emergency heating points in schools."],
    "strikes", "strikes", 3, KYIV_CHP, a="Dmytro Lysenko",
    credit="Reporting by Dmytro Lysenko; Editing by Simon Cardew", n="toll 3"),
  ]))

# ---------------------------------------------------------------- 20501 Anadolu Agency (RSS)
SEEDS.append(dict(
  id="20501", name="20501_anadolu-ukrainewar", ext="xml", source="Anadolu Agency", zone="Europe/Istanbul", render=r_aa_rss,
  title="Anadolu Agency - Russia-Ukraine War",
  basis="RSS pubDate '{s}' (explicit +0300 offset, seconds kept); local {d} in {z}",
  notes="Imitates Anadolu Agency's English RSS feed for its Russia-Ukraine war category. Newest first; each item: title (AA house style: numerals for small numbers, 'Türkiye'), link, guid, a one-paragraph plain-text description (the only body text, counted as 1 paragraph), pubDate with seconds and the +0300 offset, an <image> URL. No authors (null).",
  not_entries=["channel title, link, description, language, copyright, lastBuildDate and atom:link", "<image> URLs inside the items"],
  entries=[
  E("2032-03-04 21:48:12", "Türkiye ready to host new round of Russia-Ukraine talks, says Turkish foreign minister",
    ["Türkiye is ready to host a new round of direct talks between Russia and Ukraine in Istanbul 'at the earliest possible date,' Foreign Minister Hakan Fidan said on Thursday at a joint news conference with his Moldovan counterpart in Ankara."],
    "diplomacy", "diplomacy", 3, "turkiye-offer-host-talks-2032-03-04", n="ministerial offer to host talks"),
  E("2032-03-04 19:05:40", "Russia says it downed 38 Ukrainian drones over 5 regions",
    ["Russian air defense systems intercepted and destroyed 38 Ukrainian drones over five regions, including Kursk and Bryansk, on Thursday, the Russian Defense Ministry said, without reporting casualties or damage."],
    "strikes", "strikes", 2, "russia-downs-38-drones-2032-03-04"),
  E("2032-03-04 16:22:03", "Russian glide bomb attack kills 4 in Zaporizhzhia region, says governor",
    ["Four civilians were killed and six others injured when Russian aircraft dropped guided aerial bombs on a village in Ukraine's southeastern Zaporizhzhia region, Governor Ivan Fedorov said on Thursday."],
    "strikes", "strikes", 3, "zaporizhzhia-village-glide-bombs-2032-03-04"),
  E("2032-03-04 13:37:55", "Erdogan, Putin discuss Black Sea security in phone call",
    ["Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin discussed the safety of commercial shipping in the Black Sea and prospects for a ceasefire in Ukraine in a phone call on Thursday, according to Türkiye's Communications Directorate."],
    "diplomacy", "diplomacy", 3, "erdogan-putin-call-2032-03-04", n="head-of-state call; a different event from the foreign minister's offer (20501-01)"),
  E("2032-03-04 11:02:18", "Russia claims capture of village in Donetsk region",
    ["Russia's Defense Ministry claimed on Thursday that its forces had taken control of the village of Shevchenko in the eastern Donetsk region, a claim Kyiv did not immediately confirm."],
    "other", "frontline", 2, "russia-claims-shevchenko-village-2032-03-04"),
  E("2032-03-04 08:40:31", "Lithuania to allocate €80M for Ukrainian drone production",
    ["Lithuania will allocate €80 million this year to fund the production of long-range drones in Ukraine under the so-called Danish model, the Lithuanian Defense Ministry announced."],
    "aid", "aid", 2, "lithuania-drone-production-funding-2032-03-04"),
  E("2032-03-04 06:15:09", "UN monitors report rise in civilian casualties in Ukraine in February",
    ["At least 164 civilians were killed and 702 injured in Ukraine in February, a 12% increase on January, the UN Human Rights Monitoring Mission in Ukraine said in its monthly update."],
    "other", "humanitarian", 2, "un-civilian-casualties-february-2032-03-04"),
  ]))

# ---------------------------------------------------------------- 20502 EFE English (WordPress RSS)
SEEDS.append(dict(
  id="20502", name="20502_efe-englishfeed", ext="xml", source="EFE", zone="UTC", render=r_efe_rss,
  title="EFE English",
  basis="RSS pubDate '{s}' (explicit +0000 offset, seconds kept); local {d} in {z}",
  notes="Imitates the WordPress RSS feed of EFE's English service. Newest first; each item: title, link, dc:creator in CDATA ('EFE' desk credit or a reporter's name, kept as printed), pubDate +0000 with seconds, several category tags, a '?p=' guid, a truncated excerpt in <description> ending '[&#8230;]' (not counted: the full text is in content:encoded), and content:encoded with the paragraphs and, for two items, a photo figure whose caption ends in an 'EFE/EPA/...' credit (caption not counted as body). The first paragraph opens with EFE's dateline 'Kyiv (EFE).- ', which is part of the printed first sentence. One off-beat item (Argentine inflation).",
  not_entries=["channel title, links, description, lastBuildDate, language, sy:update fields, generator", "category tags of each item",
               "<description> excerpts ending in '[\u2026]' (truncated repeat of the first paragraph)", "photo captions with 'EFE/EPA/...' credits inside content:encoded",
               "slash:comments counters"],
  entries=[
  E("2032-03-06 20:15:42", "Spain to train 2,000 more Ukrainian troops this year, says Robles",
    ["Madrid (EFE).- Spain will train another 2,000 Ukrainian soldiers at its bases in Toledo and Zaragoza this year under the European Union's military assistance mission, Defense Minister Margarita Robles announced on Saturday.",
     "Robles, who was visiting the training center in Toledo, said more than 9,000 Ukrainian troops had completed courses in Spain since 2022, including mine clearance, field medicine and the operation of air defense systems."],
    "aid", "aid", 2, "spain-trains-ukrainian-troops-2032-03-06", a="EFE", sect="world", cats=["World", "Spain", "Ukraine"],
    n="military training is military support: aid"),
  E("2032-03-06 17:40:05", "Russian drones kill two in Odesa region",
    ["Kyiv (EFE).- Two people were killed and three wounded on Saturday when Russian drones struck a village near the Black Sea port city of Odesa, the regional military administration reported.",
     "Oleh Kiper, head of the administration, said on Telegram that a house and a farm building caught fire after the attack, which took place shortly after noon."],
    "strikes", "strikes", 3, "odesa-region-village-drone-strike-2032-03-06", a="EFE", sect="world", cats=["World", "Ukraine", "Russia"],
    cap="A damaged house in a village in the Odesa region, southern Ukraine, on 6 March 2032. EFE/EPA/STR"),
  E("2032-03-06 14:05:19", "Vatican envoy meets Ukraine's ombudsman on return of deported children",
    ["Vatican City (EFE).- The Holy See's special envoy for peace in Ukraine met Ukrainian human rights commissioner Dmytro Lubinets on Saturday to discuss the return of children taken to Russia and Russian-occupied territories, the Vatican press office said.",
     "According to the statement, the two sides agreed to draw up a new list of children whose families are seeking their return."],
    "diplomacy", "diplomacy", 2, "vatican-envoy-lubinets-children-2032-03-06", a="Irene Villalba", sect="world", cats=["World", "Vatican", "Ukraine"],
    sec=[], n="mediation on deported children: diplomacy"),
  E("2032-03-06 11:30:51", "Colombia says 14 of its citizens died fighting in Ukraine last year",
    ["Bogotá (EFE).- At least 14 Colombian citizens were killed in 2031 while fighting as volunteers for Ukraine, Colombia's Foreign Ministry said on Friday, urging former soldiers not to travel to the conflict zone."],
    "other", "frontline", 2, "colombian-volunteers-killed-ukraine-2032-03-06", a="EFE", sect="america", cats=["America", "Colombia", "Ukraine"],
    cap="File photograph of the Colombian Foreign Ministry building in Bogotá. EFE/Carlos Ortega"),
  OFF("2032-03-06 09:10:27", "Argentina's monthly inflation slows to 1.6% in February",
    ["Buenos Aires (EFE).- Argentina's consumer prices rose 1.6% in February, the lowest monthly rate in more than a year, the national statistics institute INDEC reported on Friday."],
    "argentina-inflation-february-2032-03-06", a="EFE", n="economy", sect="economy", cats=["Economy", "Argentina"]),
  E("2032-03-06 06:45:03", "Ukraine says it hit Russian airfield in occupied Crimea",
    ["Kyiv (EFE).- Ukraine's armed forces said on Saturday they had struck a Russian military airfield near Saky in occupied Crimea overnight, damaging a radar station and two aircraft.",
     "Russia's Defense Ministry did not comment on the claim, which could not be independently verified."],
    "strikes", "strikes", 2, "saky-airfield-strike-2032-03-06", a="EFE", sect="world", cats=["World", "Ukraine", "Crimea"]),
  ]))

# ---------------------------------------------------------------- 20503 ANSA English (HTML listing)
SEEDS.append(dict(
  id="20503", name="20503_ansa-worldnews", ext="html", source="ANSA", zone="Europe/Rome", render=r_ansa,
  title="World", doc_title="World - ANSA English", idbase=1021988,
  basis="card stamp '{s}' (24-hour clock, no zone printed; ANSA prints Rome time, CET = UTC+1 in early March); local {d} in {z}",
  notes="Imitates the ANSA English 'World' news listing. Cards newest first: meta line with the desk credit 'Redazione ANSA' (kept as the author, as printed), the place in capitals and the stamp '08 March 2032 14:35' (no zone printed: Rome time); h3 headline; paragraphs, the first opening with ANSA's dateline '(ANSA) - ROME, MAR 8 - ' (part of the printed first sentence); a 'Reproduction reserved \u00a9 Copyright ANSA' line under each card (chrome). One card carries a photo with a caption (not body). One off-beat card (Campi Flegrei tremor).",
  not_entries=["cookie banner", "header: logo, 'English' edition label, navigation, 'ITA', 'About us'", "breadcrumb 'ANSA English > News > World'",
               "section title 'World'", "meta lines 'Redazione ANSA  PLACE  date' (author, place and stamp, not body)", "photo caption in the fourth card",
               "'Reproduction reserved \u00a9 Copyright ANSA' under each card", "newsletter box after the third card", "'Next' pagination", "footer"],
  entries=[
  E("2032-03-08 19:50", "Tajani says Italy ready to host technical talks on Ukraine",
    ["(ANSA) - ROME, MAR 8 - Foreign Minister Antonio Tajani said on Monday that Italy was ready to host technical talks between Russian and Ukrainian delegations on humanitarian issues, including prisoner exchanges and the return of children.",
     "\"Rome can offer a neutral table, as the Holy See has shown in recent months,\" Tajani told reporters at the foreign ministry."],
    "diplomacy", "diplomacy", 3, "tajani-offer-host-talks-2032-03-08", a="Redazione ANSA", city="ROME", n="ministerial offer to host talks"),
  E("2032-03-08 17:20", "Crosetto says new military aid decree for Kyiv is ready",
    ["(ANSA) - ROME, MAR 8 - Defence Minister Guido Crosetto said on Monday that Italy's 14th decree of military aid for Ukraine was ready and would be sent to the parliamentary security committee COPASIR this week.",
     "As with previous packages the contents will remain classified, Crosetto said, but he confirmed that they include air-defence components."],
    "aid", "aid", 2, "italy-14th-aid-decree-2032-03-08", a="Redazione ANSA", city="ROME", n="classified package, size unknown: importance 2"),
  OFF("2032-03-08 15:05", "Minor quake shakes Campi Flegrei, no damage reported",
    ["(ANSA) - NAPLES, MAR 8 - A magnitude 2.9 earthquake was felt in the Campi Flegrei area west of Naples on Monday afternoon, the National Institute of Geophysics and Volcanology (INGV) said, adding that there were no reports of damage."],
    "campi-flegrei-tremor-2032-03-08", a="Redazione ANSA", n="Italian seismic news", city="NAPLES"),
  E("2032-03-08 12:40", "Two Italian aid volunteers wounded in Kherson shelling",
    ["(ANSA) - ROME, MAR 8 - Two Italian volunteers delivering humanitarian aid were slightly wounded on Monday when Russian artillery shelled a district of Kherson in southern Ukraine, the foreign ministry's crisis unit said.",
     "Both were treated in a local hospital and have spoken to their families, the ministry said."],
    "strikes", "strikes", 2, "kherson-shelling-italian-volunteers-2032-03-08", a="Redazione ANSA", city="ROME",
    cap="A damaged street in Kherson in a file photo (ANSA)"),
  E("2032-03-08 10:15", "Russian ambassador summoned over embassy's social media post",
    ["(ANSA) - ROME, MAR 8 - The Italian foreign ministry on Monday summoned Russia's ambassador over a social media post by the embassy that mocked Italian victims of a Russian strike on Kharkiv last week, diplomatic sources said."],
    "diplomacy", "diplomacy", 2, "russian-ambassador-summoned-rome-2032-03-08", a="Redazione ANSA", city="ROME"),
  E("2032-03-08 08:30", "Leonardo to repair Ukrainian air defence radars in Italy",
    ["(ANSA) - ROME, MAR 8 - Italian defence group Leonardo has signed a contract to repair and upgrade air defence radars used by Ukraine's armed forces at its plants in Italy, the company said on Monday, without disclosing the value of the deal."],
    "aid", "aid", 2, "leonardo-ukraine-radar-repair-2032-03-08", a="Redazione ANSA", city="ROME"),
  ]))

# ---------------------------------------------------------------- 20504 Kyodo News (text, World section)
SEEDS.append(dict(
  id="20504", name="20504_kyodo-world", ext="txt", source="Kyodo News", zone="Asia/Tokyo", render=r_kyodo,
  title="World",
  basis="stamp '{s}' in the line 'KYODO NEWS - ... | SECTION, All' (24-hour clock, no zone printed: Japan time, JST = UTC+9); local {d} in {z}",
  notes="Imitates the Kyodo News English site (World section) as copied from a browser. Each item: headline, then 'KYODO NEWS - Mar 10, 2032 - 23:05 | World, All' (agency credit, date, 24-hour Japan time, section tags), then paragraphs; foreign stories open with a 'KYIV - ' dateline (part of the printed first sentence). 'KYODO NEWS' in the stamp line is the agency, not a byline: author null. Some items end with 'Related coverage:' and a linked headline (chrome). A 'Japan Wire' promo follows the third item. Two off-beat items (Nikkei, cherry blossom forecast). All times fall on 10 March UTC (09:20 JST = 00:20 UTC).",
  not_entries=["'Skip to main content'", "masthead 'KYODO NEWS' and tagline", "navigation and 'Search   Login   Japanese'", "section heading 'World'",
               "'KYODO NEWS - ... | SECTION, All' lines (stamp and section tags, not body)", "'Related coverage:' labels and their linked headlines",
               "'Japan Wire by KYODO NEWS' promo block", "'More'", "footer links and copyright"],
  entries=[
  E("2032-03-10 23:05", "Japan to provide $450 mil. for Ukraine's power grid repairs",
    ["Japan will provide $450 million to help Ukraine repair power plants and transmission lines damaged by Russian attacks, Foreign Ministry officials said Wednesday, with the funds to be channeled through the World Bank.",
     "The assistance will include transformers and gas turbines made by Japanese companies, the officials said."],
    "aid", "aid", 3, "japan-ukraine-grid-aid-2032-03-10", cat="World", related="Japan to host Ukraine reconstruction forum in Tokyo in June"),
  E("2032-03-10 20:30", "Japanese man among 3 killed in Russian drone strike in Kharkiv",
    ["KYIV - A Japanese man working for an aid group was among three people killed Wednesday when a Russian drone struck a residential area of Kharkiv in northeastern Ukraine, local officials and the Japanese government said.",
     "The man, in his 40s, had been distributing heaters and generators in the city since last autumn, according to the Foreign Ministry in Tokyo."],
    "strikes", "strikes", 3, "kharkiv-drone-strike-japanese-victim-2032-03-10", cat="World"),
  OFF("2032-03-10 17:15", "Nikkei ends at record high as weak yen lifts exporters",
    ["TOKYO - The benchmark Nikkei Stock Average closed at a record high Wednesday, as a weaker yen boosted shares of automakers and electronics exporters."],
    "nikkei-record-high-2032-03-10", n="markets", cat="Business"),
  E("2032-03-10 14:50", "Japan, Ukraine sign deal on mine-clearing equipment",
    ["Japan and Ukraine signed an agreement Wednesday under which Tokyo will supply 40 more mine-clearing machines and train Ukrainian operators, the Japan International Cooperation Agency said."],
    "aid", "aid", 2, "japan-ukraine-demining-deal-2032-03-10", cat="World", n="same aid theme as the grid money (20504-01), different event"),
  OFF("2032-03-10 11:40", "Cherry blossoms forecast to open in Tokyo on March 21",
    ["Cherry trees in Tokyo are expected to start blooming on March 21, slightly earlier than average, a private weather forecaster said Wednesday."],
    "tokyo-cherry-blossom-forecast-2032-03-10", n="weather/seasonal", cat="Japan"),
  E("2032-03-10 09:20", "Japan adds 15 entities to Russia sanctions list",
    ["Japan on Wednesday added 15 companies and organizations in Russia, China and the United Arab Emirates to its sanctions list for helping Moscow obtain materials used in weapons production.",
     "The Cabinet also approved an export ban on 22 more items, including machine tools and electronic components."],
    "diplomacy", "diplomacy", 2, "japan-russia-sanctions-listing-2032-03-10", cat="World", n="targeted sanctions listing: importance 2"),
  ]))

# ---------------------------------------------------------------- 20505 PAP English (HTML listing)
SEEDS.append(dict(
  id="20505", name="20505_pap-latestnews", ext="html", source="PAP", zone="Europe/Warsaw", render=r_pap,
  title="Latest news",
  basis="card date line '{s}' (day.month.year and 24-hour time, no zone printed: Warsaw time, CET = UTC+1); local {d} in {z}",
  notes="Imitates the English service of the Polish Press Agency (PAP), 'Latest news' listing (Drupal HTML, no JSON-LD). Cards newest first: date line '12.03.2032 14:35' (no zone printed: Warsaw time), section label, h2 headline, lead paragraph(s); some cards carry a photo credit 'Photo: PAP/NAME' (chrome, not an author). No bylines: author null. One off-beat card (inflation). A newsletter promo follows the fourth card.",
  not_entries=["top bar (Serwis PAP, English, PAP Biznes, PAP Samorz\u0105d)", "header logo, menu and search box", "page title 'Latest news'",
               "section labels on each card (Politics, Business, Society)", "photo credits 'Photo: PAP/...'", "newsletter promo after the fourth card", "'Load more'", "footer"],
  entries=[
  E("2032-03-12 20:10", "Polish jets scrambled as Russia strikes western Ukraine",
    ["Polish and allied aircraft were scrambled on Friday evening after Russia launched missiles and drones at targets in western Ukraine, the Operational Command of the Polish Armed Forces said.",
     "Ground-based air defence and radar reconnaissance systems were placed on the highest state of readiness, the command added, stressing that the steps were preventive."],
    "strikes", "strikes", 2, "poland-scrambles-jets-2032-03-12", cat="Politics", n="air-defence response to a Russian strike: strikes"),
  E("2032-03-12 18:05", "Sikorski: Russia must not be rewarded for aggression",
    ["Foreign Minister Rados\u0142aw Sikorski told a conference in Warsaw on Friday that any ceasefire in Ukraine must not leave Russia with a reward for its aggression, and called for sanctions to stay in place until Moscow pays for the damage it has caused."],
    "diplomacy", "diplomacy", 2, "sikorski-ceasefire-remarks-2032-03-12", cat="Politics"),
  E("2032-03-12 15:40", "Poland signs deal for 96 more K9 howitzers",
    ["Poland's Armament Agency on Friday signed a contract with South Korea's Hanwha Aerospace for 96 more K9 self-propelled howitzers, to be delivered between 2033 and 2036.",
     "Part of the guns will be assembled at the Huta Stalowa Wola plant in south-eastern Poland, the agency said."],
    "other", "security", 2, "poland-k9-howitzer-contract-2032-03-12", cat="Business", photo="Tomasz Wierzbicki", n="procurement by a non-party"),
  E("2032-03-12 13:25", "Number of Ukrainians with temporary protection in Poland falls below 900,000",
    ["The number of Ukrainian refugees holding temporary protection status in Poland fell to 893,000 at the end of February, the lowest level since 2022, the Office for Foreigners said on Friday."],
    "other", "humanitarian", 2, "ukrainian-refugees-poland-count-2032-03-12", cat="Society"),
  OFF("2032-03-12 11:00", "Polish inflation eases to 2.8 percent in February",
    ["Consumer prices in Poland rose 2.8 percent year on year in February, down from 3.1 percent in January, the Central Statistical Office (GUS) said in a flash estimate on Friday."],
    "poland-inflation-february-2032-03-12", n="economy", cat="Business", photo="Anna Rudnicka"),
  E("2032-03-12 09:30", "Ukrainian man charged with spying for Russia near Lublin airport",
    ["Prosecutors in Lublin have charged a 34-year-old Ukrainian citizen with spying for Russian intelligence by filming military transports near Lublin airport, the National Prosecutor's Office said on Friday. He faces up to ten years in prison if convicted."],
    "other", "security", 2, "lublin-airport-spying-charge-2032-03-12", cat="Society"),
  E("2032-03-12 07:45", "Poland prepares 48th military aid package for Ukraine",
    ["Poland is preparing its 48th package of military aid for Ukraine, including spare parts for MiG-29 fighters and ammunition for Soviet-era artillery, Deputy Prime Minister W\u0142adys\u0142aw Kosiniak-Kamysz said on Friday."],
    "aid", "aid", 2, "poland-48th-aid-package-2032-03-12", cat="Politics", n="package announced without a value: importance 2"),
  ]))

# ---------------------------------------------------------------- 20506 Interfax-Ukraine (RSS)
SEEDS.append(dict(
  id="20506", name="20506_interfaxukraine-rss", ext="xml", source="Interfax-Ukraine", zone="Europe/Kyiv", render=r_interfax_rss,
  title="Interfax-Ukraine",
  basis="RSS pubDate '{s}' (explicit +0200 offset: Kyiv winter time); local {d} in {z}",
  notes="Imitates the English RSS feed of Interfax-Ukraine. Newest first; each item: title (agency style, attribution after an en dash: '\u2013 RMA', '\u2013 General Staff'), link, guid, pubDate +0200, category (General), first paragraph in <description> and the full text in <yandex:full-text> (paragraphs separated by line breaks). The description repeats the first paragraph of the full text (same entry, not a second one). No authors (null).",
  not_entries=["channel title, link, description, language and image block", "category labels", "<description> (copy of the first paragraph of yandex:full-text)"],
  entries=[
  E("2032-03-14 22:30", "Sybiha, Moldovan counterpart discuss Danube shipping, energy security",
    ["Foreign Minister of Ukraine Andrii Sybiha held a phone conversation with his Moldovan counterpart, during which the sides discussed the protection of Danube shipping from Russian drone attacks and joint energy projects, the Ministry of Foreign Affairs of Ukraine said on Sunday.",
     "Sybiha thanked Chisinau for supporting the opening of new clusters in Ukraine's EU accession talks, the ministry added."],
    "diplomacy", "diplomacy", 2, "sybiha-moldova-call-2032-03-14", cat="General", n="ministerial call: importance 2"),
  E("2032-03-14 19:45", "Russian shelling injures four in Kherson \u2013 RMA",
    ["Four civilians, including a 12-year-old girl, were injured as a result of Russian shelling of the Korabelny district of Kherson on Sunday afternoon, the Kherson Regional Military Administration has said."],
    "strikes", "strikes", 2, "kherson-shelling-injuries-2032-03-14", cat="General"),
  E("2032-03-14 17:10", "Ukraine's MoD codifies new long-range strike drone",
    ["The Ministry of Defense of Ukraine has codified and approved for use in the armed forces a new domestically produced long-range strike drone with a range of up to 1,500 km, the ministry's press service reported."],
    "other", "security", 2, "ukraine-codifies-long-range-drone-2032-03-14", cat="General", n="weapons approval, not an attack"),
  E("2032-03-14 14:20", "Russians drop aerial bombs on Kostiantynivka, two killed \u2013 regional governor",
    ["Two people were killed and five more injured in Kostiantynivka on Sunday as a result of Russian guided aerial bomb strikes, Head of Donetsk Regional Military Administration Vadym Filashkin said.",
     "According to him, a multi-storey building, a shop and several private houses were damaged."],
    "strikes", "strikes", 3, "kostiantynivka-aerial-bombs-2032-03-14", cat="General"),
  E("2032-03-14 11:55", "Ukrenergo: Outage schedules to be applied in five regions on Monday",
    ["Hourly outage schedules for household consumers will be applied in Kharkiv, Sumy, Poltava, Chernihiv and Dnipropetrovsk regions on Monday due to damage caused by Russian attacks on energy facilities, national grid operator Ukrenergo has said."],
    "other", "humanitarian", 2, "ukrenergo-outage-schedules-2032-03-14", cat="General", sec=["strikes"], n="consequence for civilians; headline leads with the outages"),
  E("2032-03-14 09:05", "Air Force: 47 of 63 enemy drones downed overnight",
    ["Ukrainian air defense neutralized 47 of the 63 attack drones and decoys launched by Russia overnight, the Air Force of the Armed Forces of Ukraine said.",
     "Hits by 14 drones were recorded at six locations, the statement said."],
    "strikes", "strikes", 2, "overnight-drone-attack-2032-03-14", cat="General"),
  E("2032-03-14 07:30", "Russia's combat losses amount to 1,080 troops in past day \u2013 General Staff",
    ["Russia's losses in Ukraine over the past day amounted to 1,080 personnel, 31 artillery systems and 102 operational-tactical drones, the General Staff of the Armed Forces of Ukraine has reported."],
    "other", "frontline", 2, "general-staff-losses-2032-03-14", cat="General"),
  ]))

# ---------------------------------------------------------------- 20507 AFP copy on the Bangkok Post World page (text)
SEEDS.append(dict(
  id="20507", name="20507_bangkokpost-afpworld", ext="txt", source="Bangkok Post", zone="Asia/Bangkok", render=r_bangkokpost,
  title="World",
  basis="stamp '{s}' in the line 'published : ...' (24-hour clock, no zone printed: Bangkok time, ICT = UTC+7); local {d} in {z}",
  notes="Agence France-Presse copy as carried on a newspaper's wire page: the Bangkok Post 'World' section, copied from a browser. source is the publishing newspaper ('Bangkok Post'); every story is AFP's. Each story: headline, 'published : 16 Mar 2032 at 21:14' (Bangkok time, no zone printed), 'writer: AFP' (the labelled writer field: author 'AFP', as printed), paragraphs opening with a capitalised dateline 'KYIV: ' (part of the printed first sentence), then the reader widget 'Do you like the content of this article?' and 'COMMENT (0)'. One off-beat story (Philippine volcano). All times fall on 16 March UTC (09:45 ICT = 02:45 UTC).",
  not_entries=["masthead 'Bangkok Post' and tagline", "navigation, 'Subscribe   Login   E-paper'", "breadcrumb 'News > World'", "section heading 'World'",
               "'published : ...' and 'writer: AFP' lines (stamp and author, not body)", "'Do you like the content of this article?' and 'COMMENT (0)' after each story",
               "app promo after the third story", "'Load more'", "footer"],
  entries=[
  E("2032-03-16 23:40", "Russia, Ukraine trade blame over strike near Zaporizhzhia nuclear plant",
    ["KYIV: Russia and Ukraine accused each other on Tuesday of a drone strike that cut one of the last two power lines feeding the Zaporizhzhia nuclear plant, Europe's largest, which Russian forces have occupied since 2022.",
     "The International Atomic Energy Agency said its experts at the site had reported the loss of the line and that the plant's reactors, all in cold shutdown, were still being cooled."],
    "strikes", "strikes", 2, "zaporizhzhia-npp-power-line-strike-2032-03-16", a="AFP"),
  E("2032-03-16 21:14", "Ukraine drones strike Russian oil port of Primorsk",
    ["MOSCOW: Ukrainian drones set fire to a tanker berth at the Baltic oil port of Primorsk on Tuesday, the governor of Russia's Leningrad region said, in one of Kyiv's deepest strikes on Russian energy infrastructure.",
     "Nobody was hurt, the governor said on Telegram, and loading at the port had been suspended."],
    "strikes", "strikes", 2, "primorsk-oil-port-drone-strike-2032-03-16", a="AFP"),
  E("2032-03-16 18:30", "Death toll from Russian strike on Sumy rises to 7",
    ["KYIV: The number of people killed by a Russian missile strike on the centre of the northeastern Ukrainian city of Sumy rose to seven on Tuesday, including two children, local authorities said.",
     "Rescuers were still searching the rubble of a four-storey building late into the evening."],
    "strikes", "strikes", 3, "sumy-missile-strike-2032-03-16", a="AFP"),
  OFF("2032-03-16 15:05", "Philippine volcano spews ash, thousands evacuated",
    ["MANILA: A volcano in the central Philippines spewed a column of ash several kilometres into the sky on Tuesday, forcing the evacuation of about 6,000 villagers, disaster officials said."],
    "philippine-volcano-ash-2032-03-16", a="AFP", n="natural disaster"),
  E("2032-03-16 12:20", "Kremlin says Putin open to talks but rejects 'ultimatums'",
    ["MOSCOW: The Kremlin said Tuesday that President Vladimir Putin remained open to negotiations on Ukraine but would not accept what it called Western 'ultimatums' over a ceasefire.",
     "Spokesman Dmitry Peskov was responding to comments by European leaders at a summit in Brussels on Monday."],
    "diplomacy", "diplomacy", 2, "kremlin-talks-ultimatums-2032-03-16", a="AFP"),
  E("2032-03-16 09:45", "EU extends Russia sanctions for six more months",
    ["BRUSSELS: European Union countries on Tuesday formally extended their sweeping economic sanctions against Russia for another six months, after Hungary dropped its threat of a veto, diplomats said."],
    "diplomacy", "diplomacy", 3, "eu-sanctions-rollover-2032-03-16", a="AFP", n="EU-wide sanctions decision: importance 3"),
  ]))

# ---------------------------------------------------------------- 20508 PA copy on the Express & Star (HTML listing)
SEEDS.append(dict(
  id="20508", name="20508_expressandstar-paworld", ext="html", source="Express & Star", zone="Europe/London", render=r_expressandstar,
  title="UK & international news",
  basis="visible date '{s}' with the time taken from the card's <time datetime> attribute (UTC; UK time in mid-March is GMT = UTC); local {d} in {z}",
  notes="Press Association copy as carried by a regional paper: the Express & Star (Wolverhampton) 'UK & international news' listing. source is the publishing newspaper ('Express & Star'); all stories are PA's. Cards newest first: h2 headline, byline 'By NAME, PA ROLE' (author = the name only; the PA role after the comma is not part of it), 'Published: <time datetime=\"2032-03-18T14:12:00Z\">Mar 18, 2032</time>' (the visible text prints the date only, the time of day exists only in the datetime attribute, which the gold uses), opening paragraphs. Two off-beat cards (rail fares, rain warning). An 'Advertisement' slot follows the third card and a newsletter box the fifth.",
  not_entries=["consent banner", "masthead 'Express & Star', navigation, 'Subscribe', 'E-edition'", "page heading 'UK & international news'",
               "byline lines 'By NAME, PA ...' (author credit, not body)", "'Published: Mar 18, 2032' lines (stamp)", "'Advertisement' after the third card",
               "newsletter box after the fifth card", "'More stories'", "footer"],
  entries=[
  E("2032-03-18 17:55", "Defence Secretary confirms 300 more troops for Estonia deployment",
    ["Around 300 more British troops will be sent to Estonia this spring to strengthen Nato's eastern flank, the Defence Secretary has confirmed.",
     "The soldiers, from an armoured infantry battalion, will join the UK-led battlegroup at Tapa for six months, the Ministry of Defence said."],
    "other", "security", 2, "uk-troops-estonia-2032-03-18", a="Eleanor Whitcombe", role="PA Defence Correspondent"),
  E("2032-03-18 16:20", "UK sanctions 30 more shadow fleet tankers",
    ["The UK has imposed sanctions on 30 more oil tankers it says belong to Russia's shadow fleet, in what the Foreign Office described as its largest single action against the vessels.",
     "Ministers said the ships had carried more than \u00a34 billion worth of Russian crude in the past year."],
    "diplomacy", "diplomacy", 2, "uk-shadow-fleet-sanctions-2032-03-18", a="Harry Linnell", role="PA Political Correspondent", n="targeted sanctions listing: importance 2"),
  E("2032-03-18 14:12", "Prime Minister pledges \u00a31.5 billion more for Ukraine's air defences",
    ["The Prime Minister has pledged a further \u00a31.5 billion to help Ukraine buy air defence systems and missiles, speaking at a meeting of European leaders in London.",
     "The money will be drawn partly from the interest earned on frozen Russian assets, Downing Street said.",
     "Ukrainian President Volodymyr Zelensky, who joined the meeting by video link, thanked the UK for its \"steadfast\" support."],
    "aid", "aid", 3, "uk-air-defence-pledge-2032-03-18", a="Harry Linnell", role="PA Political Correspondent"),
  OFF("2032-03-18 12:40", "Rail fares in England to rise by 3.1% from next month",
    ["Regulated rail fares in England will rise by 3.1% on April 1, the Department for Transport has announced."],
    "england-rail-fares-rise-2032-03-18", a="Owen Treharne", n="transport", role="PA Transport Correspondent"),
  E("2032-03-18 10:05", "Russian drone attack kills three in Kyiv region, Ukraine says",
    ["Three people have been killed in a Russian drone attack on a village near Kyiv, Ukrainian officials said.",
     "The regional governor said a family home was destroyed and two more people were injured in the overnight attack."],
    "strikes", "strikes", 3, "kyiv-region-drone-strike-2032-03-18", a="Clara Fenwick", role="PA"),
  OFF("2032-03-18 08:30", "Heavy rain warning issued for Wales and south-west England",
    ["The Met Office has issued a yellow weather warning for heavy rain covering Wales and south-west England from Thursday evening."],
    "met-office-rain-warning-2032-03-18", a="Megan Hollis", n="weather", role="PA"),
  E("2032-03-18 07:15", "Ukrainian families urged to apply for visa extensions before deadline",
    ["Ukrainians living in the UK under the Homes for Ukraine scheme are being urged to apply for an 18-month extension of their visas before the end of the month, the Home Office has said."],
    "other", "humanitarian", 2, "homes-for-ukraine-visa-extension-2032-03-18", a="Tom Ashworth", role="PA Home Affairs Correspondent"),
  ]))

# ---------------------------------------------------------------- 20509 Xinhua (text, World channel)
SEEDS.append(dict(
  id="20509", name="20509_xinhua-world", ext="txt", source="Xinhua", zone="Asia/Shanghai", render=r_xinhua,
  title="World",
  basis="stamp '{s}' in the line 'Source: Xinhua| ...|Editor: ...' (ISO-like date and 24-hour time with seconds, no zone printed: Beijing time, CST = UTC+8); local {d} in {z}",
  notes="Imitates the Xinhua English site (World channel) as copied from a browser. Each story: headline, then 'Source: Xinhua| 2032-03-20 23:10:45|Editor: huaxia' (Beijing time with seconds, no zone printed), then paragraphs opening with the Xinhua dateline 'MOSCOW, March 20 (Xinhua) -- ' (part of the printed first sentence); some stories end with a stray 'Enditem' line (chrome). 'Source: Xinhua' is the agency and 'Editor: huaxia' the web editor: neither is an author (null). Two off-beat stories (Kazakh railway, Vietnamese exports). Times run from 09:15 to 23:10 Beijing time = 01:15 to 15:10 UTC on 20 March; the Security Council item reports a Friday meeting in New York.",
  not_entries=["masthead 'Xinhua' and 'english.news.cn'", "navigation menu", "channel heading 'World'", "'Source: Xinhua| ...|Editor: ...' lines (stamp, not body)",
               "'Enditem' lines", "social-media promo 'Follow Xinhua News on X, Facebook and YouTube'", "copyright line and footer links"],
  entries=[
  E("2032-03-20 23:10:45", "Chinese envoy calls for political settlement of Ukraine crisis at UN Security Council",
    ["UNITED NATIONS, March 20 (Xinhua) -- A Chinese envoy on Friday called on all parties to the Ukraine crisis to show restraint and work toward a political settlement, saying that dialogue and negotiation are the only viable way out.",
     "Speaking at a Security Council meeting on the humanitarian situation in Ukraine, the envoy said China supports all efforts conducive to peace."],
    "diplomacy", "diplomacy", 2, "china-unsc-ukraine-statement-2032-03-20", ed="huaxia"),
  E("2032-03-20 21:02:17", "Russia says air defenses downed 27 Ukrainian drones",
    ["MOSCOW, March 20 (Xinhua) -- Russian air defense forces intercepted and destroyed 27 Ukrainian drones over the Bryansk, Kursk and Belgorod regions and the Sea of Azov on Saturday, the Russian Defense Ministry said."],
    "strikes", "strikes", 2, "russia-downs-27-drones-2032-03-20", ed="huaxia", enditem=True),
  E("2032-03-20 18:32:11", "Ukraine reports power outages after strikes on energy facilities",
    ["KYIV, March 20 (Xinhua) -- Power supply was disrupted in parts of Ukraine's Odesa and Mykolaiv regions on Saturday after Russian strikes damaged energy facilities overnight, Ukraine's Energy Ministry said.",
     "Repair crews were working to restore electricity to about 160,000 consumers, the ministry said."],
    "strikes", "strikes", 2, "odesa-mykolaiv-energy-strikes-2032-03-20", ed="huaxia", n="damage report from strikes on energy sites"),
  OFF("2032-03-20 16:05:40", "Kazakhstan starts building new railway between Astana and Karaganda",
    ["ASTANA, March 20 (Xinhua) -- Kazakhstan on Saturday began construction of a 220-km railway line linking the capital Astana and the industrial city of Karaganda, the country's transport ministry said."],
    "kazakhstan-astana-karaganda-railway-2032-03-20", ed="huaxia", n="infrastructure"),
  E("2032-03-20 13:47:02", "Russia, Ukraine exchange bodies of fallen soldiers",
    ["MOSCOW, March 20 (Xinhua) -- Russia handed over the bodies of 1,000 Ukrainian soldiers to Ukraine and received the bodies of 41 Russian servicemen in return, a Russian lawmaker involved in the process said Saturday."],
    "diplomacy", "diplomacy", 2, "russia-ukraine-bodies-exchange-2032-03-20", ed="huaxia", enditem=True, n="repatriation of the fallen, an agreed exchange: diplomacy"),
  OFF("2032-03-20 11:20:33", "Vietnam's exports up 14 pct in first two months",
    ["HANOI, March 20 (Xinhua) -- Vietnam's export turnover rose 14 percent year on year in the first two months of 2032, driven by electronics and farm products, the country's General Statistics Office said Saturday."],
    "vietnam-exports-2032-03-20", ed="huaxia", n="trade statistics"),
  E("2032-03-20 09:15:08", "Hungarian FM says Ukraine's EU accession talks 'premature'",
    ["BUDAPEST, March 20 (Xinhua) -- Hungarian Foreign Minister Peter Szijjarto said on Saturday that talks on Ukraine's membership of the European Union were \"premature\" while the conflict continued, and that Hungary would not support opening new negotiating clusters."],
    "diplomacy", "diplomacy", 2, "szijjarto-ukraine-accession-2032-03-20", ed="huaxia"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_pb_textlive_keypoints(S):
    """text live blog, newest first: 'Key Points' bullets (post headlines), then posts: a bare '4.55pm' time line (12-hour,
    dot separator), headline, 'By NAME', body; a video teaser prints only a player line. Zone stated once in the dateline."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "News   World   Politics   Business   Sport   Opinion   Puzzles   Subscribe", "", "LIVE", S["title"], S["dateline"], "",
         S["lede"], "", "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        L += [st, e["h"]] + ([f"By {e['a']}"] if e["a"] else []) + [""]
        L += ptxt(e["p"]) if e["p"] else ["\u25b6 Play video  1:48", ""]
        if i == 2:
            L += ["Sign up to the Courier's Ukraine Briefing, sent every weekday at 7am.", ""]
    L += ["Load earlier updates", "", f"{S['source']}   About   Contact   Complaints   Privacy   Cookies"]
    return "\n".join(L) + "\n", stamps


def r_pb_ldlive(S):
    """HTML live blog, oldest first; LiveBlogPosting JSON-LD with per-update datePublished (local offset); visible stamp
    '24 Mar, 07:41' in <time datetime>; h2 headline; byline paragraph; 'Read also' box."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="cookies">{esc(S["source"])} uses cookies for analytics. <button>OK</button> <button>Settings</button></div>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a href="/war">War</a> <a href="/frontline">Frontline</a> '
           '<a href="/economy">Economy</a> <a href="/society">Society</a> <a href="/support">Support us</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {SHORT_MONTHS[d.month - 1]}, {d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="update-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="tools"><a>Copy link</a> <a>Share</a></div></article>')
        if i == 2:
            out.append(f'<aside class="read-also"><h3>Read also</h3><a href="/war/air-defence">{esc(S["related"])}</a></aside>')
    out += ['<p class="more">Updates continue tomorrow.</p></main>',
            f'<footer>{esc(S["source"])} \u00b7 Editorial standards \u00b7 Contacts \u00b7 Privacy policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_pb_rss(S):
    """RSS 2.0 world feed, newest first; pubDate with the outlet's numeric offset; optional dc:creator; CDATA description."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', f'<atom:link href="{S["url"]}/rss/world.xml" rel="self" type="application/rss+xml"/>', '<ttl>10</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "world").lower()}/{d:%Y/%m/%d}/{slugify(e["h"])}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="false">{S["guid"]}-{55120 + i * 7}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_pb_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO 8601 with the outlet's offset ('Z' for UTC); <updated> may be later;
    escaped-HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}/"/>', f'<link rel="self" href="{S["url"]}/feed.atom"/>',
           f'<id>{S["url"]}/feed.atom</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>',
           f'<generator uri="https://gohugo.io/">Hugo</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f'{S["url"]}/{d:%Y/%m/%d}/{slugify(e["h"])}/'
        upd = iso(dt(e["upd"], z)) if e.get("upd") else st
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" type="text/html" href="{link}"/>',
                f'<id>tag:{S["url"].split("//")[1]},{d:%Y-%m-%d}:/{slugify(e["h"])[:40]}</id>', f'<published>{st}</published>', f'<updated>{upd}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if e.get("cat"):
            out.append(f'<category term="{esc(e["cat"])}"/>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_pb_htmllive_zone(S):
    """HTML live blog without JSON-LD, newest first; '21:30 CET' (24-hour clock + zone abbreviation) in a span above the h2;
    'By NAME' under the h2; a photo-gallery teaser prints only a gallery placeholder; related box; link to yesterday's page."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<meta name="description" content="' + esc(S["lede"]) + '"></head><body>',
           '<div id="consent">We and our partners use cookies. <button>Accept all</button> <button>Reject all</button> <button>Preferences</button></div>',
           f'<header><span class="brand">{S["source"]}</span> <nav><a>News</a> <a>Germany</a> <a>Europe</a> <a>World</a> <a>Ukraine</a> <a>Business</a> <a>Culture</a></nav></header>',
           f'<main><p class="kicker">Live</p><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        out.append(f'<section class="live-entry"><span class="live-entry__time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="live-entry__author">By {esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery" data-count="16">[Gallery: 16 images]</div>')
        out.append('</section>')
        if i == 3:
            out.append(f'<aside class="related"><h3>More on this topic</h3><a href="/ukraine/kharkiv-metro">{esc(S["related"])}</a></aside>')
    out += [f'<p class="prev"><a href="/ukraine/live/{S["prev"]}">{esc(S["prevtext"])}</a></p></main>',
            f'<footer>{S["source"]} \u00b7 Imprint \u00b7 Data protection \u00b7 Terms \u00b7 Contact</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_pb_textlive_dash(S):
    """text live blog, oldest first; each post's first line is '0620 GMT \u2014 Headline' (four-digit time, zone, em dash);
    body below; no per-post authors; a 'From our partners ...' line before a re-published piece; advert marker."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Home  |  News  |  World  |  Scotland  |  Opinion  |  Sport", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H%M} {d.tzname()}"; stamps.append(st)
        if e.get("partner"):
            L += [e["partner"]]
        L += [f"{st} \u2014 {e['h']}", ""] + ptxt(e["p"])
        if i == 3:
            L += ["Advertisement", ""]
    L += ["This page is no longer being updated.", "", f"{S['source']}  \u00b7  Terms  \u00b7  Privacy  \u00b7  Contact us"]
    return "\n".join(L) + "\n", stamps


def r_pb_textlive_noyear(S):
    """text live blog, newest first; stamp line '30 Mar 23:15' (day, short month, 24-hour time; no year printed anywhere on
    the page), headline, body, optional signature '\u2014 NAME'; video teaser prints '[Video]' only."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Live   Ukraine   Russia   Europe   Explainers   Podcasts", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {SHORT_MONTHS[d.month - 1]} {d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["[Video]", ""]
        if e["a"]:
            L += [f"\u2014 {e['a']}", ""]
        if i == 3:
            L += ["Langstrath Live is free to read. Support independent reporting from Ukraine: become a member.", ""]
    L += ["Show earlier updates", "", f"{S['source']}  \u00b7  About  \u00b7  Contact  \u00b7  Privacy"]
    return "\n".join(L) + "\n", stamps


def r_pb_htmllive_bst(S):
    """HTML live blog, oldest first; LiveBlogPosting JSON-LD with coverageStartTime but no liveBlogUpdate; each update a
    <time datetime="...Z"> whose visible text is '08:40 BST'; h3 headline; 'Reported by NAME' line after the body."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"] + "#liveblog", "headline": S["title"],
          "url": S["url"], "coverageStartTime": iso(first.astimezone(UTC)), "datePublished": iso(first.astimezone(UTC)),
          "dateModified": iso(last.astimezone(UTC)), "publisher": {"@type": "Organization", "name": S["source"]}}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header class="top"><a href="/">{S["source"]}</a> <nav><a>Home</a> <a>World</a> <a>UK</a> <a>Money</a> <a>Opinion</a> <a>Live</a></nav> <a class="login">Log in</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<div class="summary"><p>{esc(S["lede"])}</p></div>',
           '<ol class="timeline">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        out.append(f'<li class="update"><time datetime="{iso(d.astimezone(UTC))}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="credit">Reported by {esc(e["a"])}</p>')
        out.append('</li>')
        if i == 1:
            out.append('<li class="promo">Follow the Dispatch on WhatsApp for breaking news alerts</li>')
    out += ['</ol></main>', f'<footer>{S["source"]} \u00b7 Contact \u00b7 Privacy \u00b7 Cookie settings \u00b7 Accessibility</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_pb_article(S):
    """text article with section headings (one entry per section), page byline and a dateline with time and zone; no
    per-section stamp."""
    L = [S["source"], "Home  \u203a  International  \u203a  Europe", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share  \u00b7  Print  \u00b7  Comments (4)", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += [S["more"], "", f"\u00a9 {S['source']}  \u00b7  Imprint  \u00b7  Data protection"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])



# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2032-03-24 (UTC), day 2 = 2032-03-25, day 3 = 2032-03-30 (after the European switch to summer time on 28 March).
DNI = "dnipro-missile-strike-2032-03-24"
NOR = "norway-nasams-launchers-2032-03-24"
SYB = "sybiha-ottawa-visit-2032-03-24"
EXPL = "analysis-russian-missile-stockpile"
EXPL_H = "Analysis: Russia's missile stockpile is not running out"
EXPL_P = ["Wednesday's strike on Dnipro was carried out with the kind of ballistic missiles that Western officials have more than once predicted Russia would soon run short of. The evidence so far points the other way.",
          "Ukrainian military intelligence estimates that Russian factories now turn out roughly 60 Iskander-M and 40 Kinzhal missiles a month, on top of cruise missiles, and that Moscow keeps a reserve of several hundred for large combined attacks.",
          "That output lets Russia hold back for weeks and then fire a dozen or more ballistic missiles in a single night, a pattern that strains Ukraine's limited stock of Patriot interceptors.",
          "Sanctions have made components costlier and slower to obtain, analysts say, but not scarce enough to change the arithmetic."]

# ---------------------------------------------------------------- 20520 Hollinsbeck Courier (day 1, text live, Key Points)
SEEDS.append(dict(
  id="20520", name="20520_hollinsbeck-textlive", ext="txt", source="Hollinsbeck Courier", zone="Europe/London", render=r_pb_textlive_keypoints,
  title="Ukraine war live: Dnipro toll climbs to nine after morning missile strike",
  dateline="Wednesday 24 March 2032 \u00b7 All times GMT",
  lede="Russian ballistic missiles hit an apartment block in Dnipro; Norway pays for more air defence; the Kremlin turns down an energy truce.",
  basis="bare stamp '{s}' (12-hour clock with a dot) under the dateline 'Wednesday 24 March 2032 \u00b7 All times GMT' (UK time in March before the clock change = UTC); local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. A 'Key Points' block lists two post headlines as bullets (those two entries have key_point true). Each post: a bare time line '4.55pm' (the zone is stated once in the dateline), the headline, 'By NAME' (the video teaser has none), then the body. 20520-02 is a 'Watch:' teaser whose only content is a player line. 20520-03 is a theme piece (analysis of Russia's missile output) that mentions the Dnipro strike but is its own story; it is re-published verbatim on day 2 by 20531. Toll of the main story here: 4, then 9.",
  not_entries=["masthead and navigation", "'LIVE' label", "page title and dateline 'Wednesday 24 March 2032 \u00b7 All times GMT'", "standfirst/lede line",
               "'Key Points' header and its two bullet lines (pointers to posts 20520-01 and 20520-04)", "'Latest updates' label", "'By NAME' lines (author, not body)",
               "player line '\u25b6 Play video  1:48' in the teaser", "newsletter promo after the third post", "'Load earlier updates'", "footer line"],
  entries=[
  E("2032-03-24 16:55", "Nine dead in Dnipro missile strike",
    ["The number of people killed in this morning's Russian missile strike on Dnipro has risen to nine, the head of the regional military administration said in a televised statement. Forty-four people were injured, seven of them children.",
     "Rescuers are still working at a nine-storey apartment block in the city's Sobornyi district, where two upper floors collapsed after a direct hit."],
    "strikes", "strikes", 3, DNI, a="Rosalind Achterberg", kp=True, n="toll 9 dead, 44 injured"),
  E("2032-03-24 15:40", "Watch: Firefighters battle blaze at damaged Dnipro apartment block", [],
    "strikes", "strikes", 1, DNI, n="video teaser without body"),
  E("2032-03-24 14:10", EXPL_H, EXPL_P, "strikes", "strikes", 2, EXPL, a="Tobias Wrenfield",
    n="theme piece (analysis of Russia's missile production, no single event); mentions the Dnipro strike but must not merge with it"),
  E("2032-03-24 12:25", "Norway to pay for six NASAMS launchers for Ukraine",
    ["Norway will pay for six more NASAMS air defence launchers and a stock of missiles for Ukraine, its defence ministry said, in a deal worth about 4 billion Norwegian crowns (\u00a3290m).",
     "The systems are being built by Kongsberg and the first are due to reach Ukraine before the end of the year."],
    "aid", "aid", 3, NOR, a="Rosalind Achterberg", kp=True, n="same aid theme as Denmark's F-16 parts (20521-06), different event; must not merge"),
  E("2032-03-24 10:50", "Man killed by Russian shelling in Kherson",
    ["A 67-year-old man was killed when Russian artillery hit a street in Kherson's Korabelnyi district this morning, the regional administration said. A woman walking nearby was wounded."],
    "strikes", "strikes", 3, "kherson-shelling-2032-03-24", a="Tobias Wrenfield",
    n="another deadly strike on the same day; must not merge with the Dnipro strike"),
  E("2032-03-24 09:15", "Kremlin rejects Ukrainian proposal for energy ceasefire",
    ["The Kremlin has rejected a Ukrainian proposal for a 30-day halt to strikes on energy infrastructure, saying it would only give Kyiv time to repair its defences.",
     "Kremlin spokesman Dmitry Peskov told reporters that Moscow remained open to a \"comprehensive\" settlement but not to \"partial pauses\"."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-energy-ceasefire-2032-03-24", a="Rosalind Achterberg"),
  E("2032-03-24 06:35", "Russian missiles hit Dnipro, killing at least four",
    ["At least four people have been killed and 25 injured after Russian ballistic missiles struck Dnipro in central-eastern Ukraine shortly after 7am local time, officials said.",
     "One missile hit an apartment block and another landed near a bus depot, according to the city's mayor, Borys Filatov."],
    "strikes", "strikes", 3, DNI, a="Tobias Wrenfield", n="toll 4"),
  ]))

# ---------------------------------------------------------------- 20521 Cragmoor Live (day 1, HTML live + LiveBlogPosting JSON-LD)
SEEDS.append(dict(
  id="20521", name="20521_cragmoor-ldlive", ext="html", source="Cragmoor Live", zone="Europe/Kyiv", render=r_pb_ldlive,
  title="Missile strike on Dnipro: live updates", url="https://cragmoorlive.example/war/live/dnipro-2032-03-24",
  dateline="Wednesday 24 March 2032 \u00b7 Kyiv time",
  lede="Russia fired ballistic missiles at Dnipro on Wednesday morning. We are following the rescue work and the day's other news from the war.",
  related="How Dnipro's air defence is organised",
  basis="visible stamp '{s}' in <time datetime> (Kyiv time, EET = UTC+2; the JSON-LD update carries the same instant) under the dateline 'Wednesday 24 March 2032'; local {d} in {z}",
  notes="Invented outlet (Kyiv-based, English edition). HTML live blog, oldest first. LiveBlogPosting JSON-LD with one BlogPosting per update, each with its own datePublished (+02:00) and author. Visible update stamp '24 Mar, 07:41' (no year; the dateline above gives it) inside <time datetime>. Byline paragraph under each h2 (author, not body). 20521-05 repeats 20521-03 almost verbatim (same headline, one word changed, published later with the stale toll of six): duplicate_of 20521-03. 20521-02 (overnight drone on a Pavlohrad substation, same region) must not merge with the Dnipro strike. Toll here: 'at least two', 6, (6 repeated), 11.",
  not_entries=["cookie banner", "header logo and navigation", "page title (h1)", "dateline 'Wednesday 24 March 2032 \u00b7 Kyiv time'", "standfirst paragraph",
               "byline paragraphs under each headline", "'Copy link' / 'Share' tools", "'Read also' box after the third update", "'Updates continue tomorrow.'", "footer"],
  entries=[
  E("2032-03-24 07:41", "Explosions in Dnipro as ballistic missiles strike city",
    ["Several powerful explosions were heard in Dnipro at about 07:20 after the air force warned of ballistic missiles launched from the south. The mayor said at least two people had been killed.",
     "Ambulances and fire crews are heading to the Sobornyi district, where residents report a direct hit on a high-rise building."],
    "strikes", "strikes", 3, DNI, a="Oksana Verbytska", n="toll 'at least two'"),
  E("2032-03-24 08:30", "Overnight drone strike knocks out substation near Pavlohrad",
    ["A Russian drone hit an electrical substation outside Pavlohrad, in the same Dnipropetrovsk region, during the night, leaving about 11,000 households without power, the regional energy company said. No one was hurt.",
     "Repair crews expect to restore supply by the evening."],
    "strikes", "strikes", 2, "pavlohrad-substation-drone-strike-2032-03-24", a="Denys Hladun",
    n="same region, different event (night drone on an energy site, no casualties); must not merge with the Dnipro strike"),
  E("2032-03-24 10:15", "Dnipro: death toll rises to six, 40 injured",
    ["Six people are now confirmed dead after this morning's missile strike on Dnipro, and 40 have been injured, the regional military administration said. Two of the injured are in a serious condition.",
     "The city has opened a shelter and an aid point at a school next to the damaged building."],
    "strikes", "strikes", 3, DNI, a="Oksana Verbytska", n="toll 6"),
  E("2032-03-24 12:05", "Sybiha arrives in Ottawa for talks on air defence and sanctions",
    ["Foreign Minister Andrii Sybiha has arrived in Ottawa for a two-day visit, the first by a Ukrainian foreign minister to Canada this year. He is due to meet his Canadian counterpart and members of parliament.",
     "Sybiha said he would ask Canada to fund more air defence and to tighten sanctions on Russia's shadow fleet."],
    "diplomacy", "diplomacy", 3, SYB, a="Denys Hladun"),
  E("2032-03-24 13:50", "Dnipro: death toll rises to six, 40 injured",
    ["Six people are now confirmed dead after this morning's missile strike on Dnipro, and 40 have been injured, the regional military administration said. Two of the injured remain in a serious condition.",
     "The city has opened a shelter and an aid point at a school next to the damaged building."],
    "strikes", "strikes", 1, DNI, a="Oksana Verbytska", dup="20521-03", n="near-verbatim repeat of 20521-03 (stale toll)"),
  E("2032-03-24 16:20", "Denmark sends spare parts for Ukraine's F-16 fleet",
    ["Denmark has delivered a shipment of engines and spare parts for the F-16 fighter jets that it and other allies have given Ukraine, the Danish defence ministry said. The value was not disclosed."],
    "aid", "aid", 2, "denmark-f16-spare-parts-2032-03-24", a="Denys Hladun", n="same aid theme as Norway's NASAMS money, different event; must not merge"),
  E("2032-03-24 21:10", "Dnipro declares day of mourning as toll reaches 11",
    ["Dnipro will hold a day of mourning on Thursday, the mayor announced, after the number of people killed in the morning strike rose to 11. Search work at the apartment block continues."],
    "strikes", "strikes", 3, DNI, a="Oksana Verbytska", n="toll 11; mourning update whose content is the strike itself"),
  ]))

# ---------------------------------------------------------------- 20522 Lindisholme Globe (day 1, RSS world feed, Toronto)
SEEDS.append(dict(
  id="20522", name="20522_lindisholme-worldrss", ext="xml", source="Lindisholme Globe", zone="America/Toronto", render=r_pb_rss,
  title="Lindisholme Globe - World", url="https://lindisholmeglobe.example", guid="lg-world",
  lede="World news from the Lindisholme Globe",
  basis="RSS pubDate '{s}' (explicit -0400 offset: Eastern daylight time, in force in Canada since 14 March); local {d} in {z}",
  notes="Invented outlet (Toronto). General world RSS feed in which the war is a minority: four of six items are off-beat (Bank of Canada, Ontario ice storm, Mexico-US water deal, Chile earthquake). pubDate carries -0400 (EDT). Spells the city 'Dnepr' (older Russian-derived form) for the Dnipro strike. Optional dc:creator (authors on some items only).",
  not_entries=["channel title, link, description, language, atom:link, ttl", "category labels"],
  entries=[
  E("2032-03-24 17:30", "Ukraine's foreign minister presses Ottawa for more air defence help",
    ["Ukraine's Foreign Minister Andrii Sybiha urged Canada on Wednesday to pay for more air defence systems, telling reporters in Ottawa that Russian missiles were again killing civilians in Ukrainian cities.",
     "Canadian officials said new support would be announced \"in the coming weeks.\""],
    "diplomacy", "diplomacy", 3, SYB, a="Marguerite Okafor", sec=["aid"], n="the visit (diplomacy) with an aid request"),
  OFF("2032-03-24 15:05", "Bank of Canada holds key rate at 2.5%",
    ["The Bank of Canada kept its benchmark interest rate unchanged at 2.5% on Wednesday, saying inflation was close to target but that trade uncertainty still clouded the outlook."],
    "bank-of-canada-rate-hold-2032-03-24", a="Pierre Lachapelle", n="monetary policy", cat="Business"),
  OFF("2032-03-24 12:40", "Ice storm leaves 90,000 without power in eastern Ontario",
    ["Freezing rain coated trees and power lines across eastern Ontario overnight, leaving about 90,000 customers without electricity on Wednesday morning, the province's main utility said."],
    "ontario-ice-storm-2032-03-24", n="weather", cat="Canada"),
  E("2032-03-24 10:20", "Missile strike on Ukrainian city of Dnepr kills at least six",
    ["At least six people were killed and dozens injured on Wednesday when Russian ballistic missiles hit an apartment building in Dnepr, a city of about one million people in central-eastern Ukraine, local officials said."],
    "strikes", "strikes", 3, DNI, a="Marguerite Okafor", n="spelling 'Dnepr'; toll 6"),
  OFF("2032-03-24 08:10", "Mexico and U.S. reach water-sharing deal for Rio Grande",
    ["Mexico agreed on Wednesday to deliver additional water to the United States from the Rio Grande basin under a 1944 treaty, ending months of dispute between the two governments."],
    "mexico-us-water-deal-2032-03-24", n="bilateral dispute in the Americas"),
  OFF("2032-03-24 06:45", "Magnitude 6.1 earthquake strikes northern Chile",
    ["A magnitude 6.1 earthquake struck northern Chile early Wednesday, shaking buildings in the port city of Antofagasta, but there were no immediate reports of casualties, the national disaster agency said."],
    "chile-earthquake-2032-03-24", n="natural disaster"),
  ]))

# ---------------------------------------------------------------- 20523 Brigsteer Ledger (day 1, Atom, Warsaw)
SEEDS.append(dict(
  id="20523", name="20523_brigsteer-atom", ext="xml", source="Brigsteer Ledger", zone="Europe/Warsaw", render=r_pb_atom,
  title="Brigsteer Ledger - Ukraine & the region", url="https://brigsteerledger.example",
  lede="News on Poland's eastern neighbourhood and the war in Ukraine",
  basis="Atom <published> '{s}' (explicit +01:00 offset, Warsaw winter time); local {d} in {z}",
  notes="Invented outlet (Warsaw, English-language). Atom feed, newest first, <published> with +01:00, authors on every entry, escaped-HTML content. For 20523-03 the <updated> time is later than <published> (a correction); the gold uses <published>. 20523-02 (Polish jets scrambled during the attack) is a separate event from the Dnipro strike it mentions: must not merge. 20523-04 (donors' pledges for the grid) is single-source aid.",
  not_entries=["feed title, subtitle, links, id, updated, generator", "category terms", "<updated> timestamps (the gold uses <published>)"],
  entries=[
  E("2032-03-24 22:15", "Norway finances six NASAMS launchers for Ukraine",
    ["Norway will finance six NASAMS launchers and missiles for Ukraine worth about 4 billion crowns, the Norwegian government said on Wednesday. Oslo has been one of the largest contributors to Ukraine's air defence since 2022."],
    "aid", "aid", 3, NOR, a="Halina Brzeska", cat="Aid"),
  E("2032-03-24 19:40", "Polish and allied jets scrambled during Russian strikes on Ukraine",
    ["Poland's Operational Command scrambled Polish and allied aircraft on Wednesday morning as Russia fired missiles at targets in Ukraine, including the city of Dnipro. No violation of Polish airspace was recorded, the command said."],
    "strikes", "strikes", 2, "poland-jets-scrambled-2032-03-24", a="Marek Jurczyk", cat="Security",
    n="air-defence response in Poland; mentions Dnipro but must not merge with the strike itself"),
  E("2032-03-24 18:00", "Toll from Dnipro missile strike rises to nine",
    ["Nine people were killed and 44 wounded when Russian ballistic missiles struck a residential district of Dnipro on Wednesday morning, Ukrainian officials said in an evening update."],
    "strikes", "strikes", 3, DNI, a="Halina Brzeska", cat="War", upd="2032-03-24 18:40", n="toll 9; <updated> 18:40 differs from <published>"),
  E("2032-03-24 14:30", "Donors pledge \u20ac640 million for Ukraine's power grid at Warsaw meeting",
    ["Representatives of 22 countries and international lenders pledged \u20ac640 million in Warsaw on Wednesday to repair Ukraine's power grid before next winter, Poland's foreign ministry said."],
    "aid", "aid", 3, "warsaw-grid-donors-pledge-2032-03-24", a="Marek Jurczyk", cat="Aid", sec=["diplomacy"],
    n="large pledge: importance 3; same aid theme as Norway's NASAMS, different event"),
  E("2032-03-24 11:05", "Two charged over sabotage of railway line used for Ukraine aid",
    ["Prosecutors in Zamo\u015b\u0107 have charged two Belarusian citizens with damaging signalling equipment on a railway line used to carry aid to Ukraine, acting on orders from Russian intelligence, the National Prosecutor's Office said."],
    "other", "security", 2, "zamosc-rail-sabotage-charges-2032-03-24", a="Halina Brzeska", cat="Security"),
  ]))

# ---------------------------------------------------------------- day 2 (2032-03-25)
KHA = "kharkiv-drone-strike-2032-03-25"
GRI = "sweden-gripen-delivery-2032-03-25"
VIL = "zelensky-vilnius-visit-2032-03-25"

# ---------------------------------------------------------------- 20530 Garsdale Evening Post (day 2, HTML live, CET)
SEEDS.append(dict(
  id="20530", name="20530_garsdale-htmllive", ext="html", source="Garsdale Evening Post", zone="Europe/Berlin", render=r_pb_htmllive_zone,
  title="Ukraine live: drone attack on Kharkiv kills seven; first Gripens arrive",
  dateline="Thursday, 25 March 2032 \u00b7 All times CET",
  lede="Russia sent dozens of drones against Kharkiv overnight. Dnipro mourns the victims of Wednesday's missile strike.",
  related="Why Kharkiv's metro doubles as a bomb shelter", prev="2032-03-24", prevtext="Wednesday's live page",
  basis="stamp '{s}' (24-hour clock with zone abbreviation; CET = UTC+1, Berlin) under the dateline 'Thursday, 25 March 2032'; local {d} in {z}",
  notes="Invented outlet (Berlin, English edition). HTML live blog without JSON-LD, newest first. Each entry: '21:30 CET' in a span, h2 headline, 'By NAME', paragraphs. 20530-02 is a 'Photos:' teaser whose only content is a gallery placeholder. 20530-04 continues day 1's Dnipro story (search over, toll 13). 20530-05 (glide bombs on Kupiansk, same Kharkiv region) must not merge with the Kharkiv city drone attack. The German budget line for air defence (20530-06) is single-source aid and must not merge with the Gripen delivery. Toll of the main story here: 3, then 7.",
  not_entries=["consent banner", "header brand and navigation", "'Live' kicker", "page title (h1)", "meta line 'Thursday, 25 March 2032 \u00b7 All times CET'", "intro paragraph",
               "'By NAME' lines (author, not body)", "gallery placeholder '[Gallery: 16 images]' in the teaser", "'More on this topic' box after the fourth entry",
               "link to Wednesday's live page", "footer"],
  entries=[
  E("2032-03-25 21:30", "Kharkiv drone attack: toll rises to seven",
    ["Seven people have now died as a result of last night's drone attack on Kharkiv, the regional governor said, after a woman pulled from the rubble in the morning died in hospital. More than 50 people were injured.",
     "Most of the victims lived in a five-storey building in the Saltivskyi district that was hit by at least two drones."],
    "strikes", "strikes", 3, KHA, a="Lena Marwitz", n="toll 7"),
  E("2032-03-25 19:10", "Photos: Kharkiv residents clear debris after drone strike", [],
    "strikes", "strikes", 1, KHA, n="photo-gallery teaser without body"),
  E("2032-03-25 17:45", "First Swedish Gripen fighters arrive in Ukraine",
    ["The first six JAS 39 Gripen fighter jets promised by Sweden have landed in Ukraine, the Swedish defence ministry confirmed on Thursday. Pilots and ground crews had trained in Sweden for more than a year.",
     "Stockholm has pledged 24 of the jets in total, together with spare parts and weapons."],
    "aid", "aid", 3, GRI, a="Tilman Oberau"),
  E("2032-03-25 15:20", "Dnipro ends search of ruined block; death toll stands at 13",
    ["Rescuers in Dnipro have finished searching the apartment block hit by a Russian missile on Wednesday, the emergency service said. The final toll is 13 dead and 47 injured.",
     "The city is holding a day of mourning."],
    "strikes", "strikes", 3, DNI, a="Lena Marwitz", n="continuation of day 1's story (new development: search over, final toll 13)"),
  E("2032-03-25 13:05", "Glide bombs hit Kupiansk, two wounded",
    ["Russian aircraft dropped guided bombs on Kupiansk in the east of the Kharkiv region around midday, wounding two men and damaging the town's hospital, local officials said."],
    "strikes", "strikes", 2, "kupiansk-glide-bombs-2032-03-25", a="Tilman Oberau",
    n="same region, different event; must not merge with the Kharkiv city drone attack"),
  E("2032-03-25 10:40", "German cabinet earmarks \u20ac1.2 billion for Ukrainian air defence",
    ["The German cabinet has set aside 1.2 billion euros in next year's draft budget to buy air defence systems and missiles for Ukraine, the finance ministry said. Parliament still has to approve the budget."],
    "aid", "aid", 3, "germany-air-defence-budget-2032-03-25", a="Lena Marwitz", n="large aid decision, single source; same aid theme as the Gripens, must not merge"),
  E("2032-03-25 08:15", "Drones strike residential areas of Kharkiv, killing three",
    ["Russia attacked Kharkiv with more than 60 drones overnight, killing three people and injuring at least 30, the regional governor, Oleh Syniehubov, said on Thursday morning.",
     "Fires broke out in several apartment buildings and a kindergarten was damaged."],
    "strikes", "strikes", 3, KHA, a="Tilman Oberau", n="toll 3"),
  ]))

# ---------------------------------------------------------------- 20531 Lochinvar Times (day 2, text live, oldest first, 'HHMM GMT — headline')
SEEDS.append(dict(
  id="20531", name="20531_lochinvar-textlive", ext="txt", source="Lochinvar Times", zone="Europe/London", render=r_pb_textlive_dash,
  title="Live: Russia's war in Ukraine", dateline="Thursday 25 March 2032",
  lede="A drone attack on Kharkiv, Zelensky in Vilnius and funerals in Dnipro. Updates run in the order they were posted; times are GMT.",
  basis="stamp '{s}' at the start of the headline line (four-digit 24-hour time, GMT = UTC) under the dateline 'Thursday 25 March 2032'; local {d} in {z}",
  notes="Invented outlet (Scotland). Text live blog, oldest first. Each post begins with one line 'HHMM GMT \u2014 Headline' (stamp and headline on the same line, separated by an em dash; headline = the text after the dash), then the body; no per-post authors (null). 20531-02 re-publishes day 1's analysis 20520-03 verbatim (same headline and text) under the line 'From our partners at the Hollinsbeck Courier:' (chrome): a re-post of a day-1 entry, importance 1, duplicate_of null (duplicate_of only names entries of the same seed), same story slug as on day 1. 20531-04 is the day's own theme piece (Shahed production). 20531-06 repeats 20531-05 almost verbatim: duplicate_of 20531-05. Spells 'Kharkov'. 20531-03 (Russian claim of drones downed over Belgorod and Kursk) is the other side's event: must not merge with the Kharkiv attack.",
  not_entries=["masthead and navigation", "page title and dateline", "lede paragraph", "'From our partners at the Hollinsbeck Courier:' line (label before the re-post)",
               "'Advertisement' marker after the fourth post", "'This page is no longer being updated.'", "footer line"],
  entries=[
  E("2032-03-25 06:20", "Kharkov hit by wave of drones overnight, at least two dead",
    ["At least two people were killed when dozens of Russian drones struck residential districts of Kharkov, Ukraine's second city, during the night, local officials said.",
     "Several fires were still burning at dawn."],
    "strikes", "strikes", 3, KHA, n="spelling 'Kharkov'; toll 'at least two'"),
  E("2032-03-25 08:10", EXPL_H, EXPL_P, "strikes", "strikes", 1, EXPL, partner="From our partners at the Hollinsbeck Courier:",
    n="re-post of day-1 entry 20520-03 (same headline and text) under a partner label; importance 1; duplicate_of null because the original is in another seed"),
  E("2032-03-25 10:30", "Russia says it downed 40 Ukrainian drones over Belgorod and Kursk",
    ["Russia's defence ministry said its air defences destroyed 40 Ukrainian drones overnight over the Belgorod and Kursk regions. The Belgorod governor said a power line had been damaged but nobody was hurt."],
    "strikes", "strikes", 2, "belgorod-kursk-drones-downed-2032-03-25", n="strikes by the other side the same night; must not merge with the Kharkiv attack"),
  E("2032-03-25 12:15", "Analysis: Shahed output has tripled. Can Ukraine's interceptor drones keep up?",
    ["Russia now assembles close to 3,000 Shahed-type attack drones a month at its plant in Yelabuga, roughly three times the rate of two years ago, according to Ukrainian estimates.",
     "Ukraine's answer has been cheap interceptor drones that ram the Shaheds in mid-air. They cost a fraction of a missile, but each needs a trained operator, and night raids like the one on Kharkiv can involve 60 drones arriving within minutes.",
     "Officials in Kyiv say the interception rate is rising, but that decoys without warheads still soak up a large share of the interceptors."],
    "strikes", "strikes", 2, "analysis-shahed-production-interceptors",
    n="theme piece (analysis of drone production and interception); mentions the Kharkiv raid but must not merge with it"),
  E("2032-03-25 13:40", "Zelensky arrives in Vilnius for talks with Baltic leaders",
    ["President Volodymyr Zelensky has arrived in Vilnius for a meeting with the leaders of Lithuania, Latvia and Estonia, his office said. Air defence and ammunition supplies top the agenda."],
    "diplomacy", "diplomacy", 3, VIL),
  E("2032-03-25 15:25", "Zelensky arrives in Vilnius for talks with Baltic leaders",
    ["President Volodymyr Zelensky has arrived in Vilnius for a meeting with the leaders of Lithuania, Latvia and Estonia, his office said. Air defence and ammunition supplies are top of the agenda."],
    "diplomacy", "diplomacy", 1, VIL, dup="20531-05", n="near-verbatim repeat of 20531-05"),
  E("2032-03-25 17:50", "Dnipro buries first victims as toll reaches 13",
    ["The first funerals of people killed in Wednesday's missile strike on Dnipro took place this afternoon, as officials confirmed the final toll at 13 dead. Flags flew at half-mast across the city."],
    "strikes", "strikes", 3, DNI, n="continuation of day 1's story"),
  ]))

# ---------------------------------------------------------------- 20532 Helvellyn World Report (day 2, RSS world feed, Sydney)
SEEDS.append(dict(
  id="20532", name="20532_helvellyn-worldrss", ext="xml", source="Helvellyn World Report", zone="Australia/Sydney", render=r_pb_rss,
  title="Helvellyn World Report - World", url="https://helvellynworld.example", guid="hwr",
  lede="International news from the Helvellyn World Report",
  basis="RSS pubDate '{s}' (explicit +1100 offset, Sydney daylight time); local {d} in {z}, which is 25 March in UTC",
  notes="Invented outlet (Sydney). General world RSS feed in which the war is a minority: four of six items are off-beat (Queensland floods, Fiji dengue, Papua New Guinea landslide, Japanese budget). pubDate carries +1100, so the local dates run from 25 to 26 March while every item is on 25 March UTC (the three newest items are stamped Friday 26 March locally). The Vilnius item is stamped 'Fri, 26 Mar' but reports Thursday's meeting in Europe.",
  not_entries=["channel title, link, description, language, atom:link, ttl", "category labels"],
  entries=[
  OFF("2032-03-26 09:40", "Evacuation orders issued for three Queensland towns as floodwaters rise",
    ["Residents of three towns in central Queensland were told to leave their homes on Friday morning as rivers swollen by days of heavy rain approached record levels."],
    "queensland-flood-evacuations-2032-03-25", a="Bronwyn Tallis", n="weather/floods", cat="Australia"),
  E("2032-03-26 06:15", "Zelensky meets Baltic leaders in Vilnius, seeks more air defence",
    ["Ukrainian President Volodymyr Zelensky met the presidents of Lithuania, Latvia and Estonia in Vilnius on Thursday and asked the Baltic states to help fund more air defence systems, his office said."],
    "diplomacy", "diplomacy", 3, VIL, a="Callum Reddaway", sec=["aid"]),
  OFF("2032-03-26 01:30", "Fiji declares state of emergency over dengue outbreak",
    ["Fiji's government declared a state of emergency in its Western Division on Thursday after more than 4,000 dengue cases were recorded in a month."],
    "fiji-dengue-emergency-2032-03-25", n="public health", cat="Pacific"),
  E("2032-03-25 22:10", "Drone strike on Kharkiv kills five, Ukrainian officials say",
    ["Five people were killed and more than 40 injured when Russian drones hit apartment buildings in Kharkiv overnight, Ukrainian officials said on Thursday.",
     "It was the deadliest attack on the city this year."],
    "strikes", "strikes", 3, KHA, a="Callum Reddaway", n="toll 5"),
  OFF("2032-03-25 17:45", "Landslide buries homes in Papua New Guinea highlands",
    ["A landslide buried parts of a village in Papua New Guinea's Enga province on Thursday, and at least 11 people were missing, provincial officials said."],
    "png-landslide-2032-03-25", n="natural disaster", cat="Pacific"),
  OFF("2032-03-25 12:05", "Japan's upper house passes record budget",
    ["Japan's upper house of parliament approved a record budget for the fiscal year starting in April on Thursday, including higher spending on defence and child care."],
    "japan-budget-passed-2032-03-25", n="another country's politics", cat="Asia"),
  ]))

# ---------------------------------------------------------------- 20533 Muncaster Post (day 2, Atom, Kyiv)
SEEDS.append(dict(
  id="20533", name="20533_muncaster-atom", ext="xml", source="Muncaster Post", zone="Europe/Kyiv", render=r_pb_atom,
  title="Muncaster Post - War in Ukraine", url="https://muncasterpost.example",
  lede="Reporting from Ukraine",
  basis="Atom <published> '{s}' (explicit +02:00 offset, Kyiv winter time); local {d} in {z}",
  notes="Invented outlet (Kyiv). Atom feed, newest first, <published> with +02:00, an author on every entry. 20533-02 continues day 1's Dnipro story (search over, toll 13). 20533-03 leads with the Vilnius meeting (diplomacy) and reports the Baltic ammunition promise made there (secondary aid): same story as the visit. Toll of the main story here: 5.",
  not_entries=["feed title, subtitle, links, id, updated, generator", "category terms"],
  entries=[
  E("2032-03-25 23:20", "Ukraine receives first six Gripen fighters from Sweden",
    ["Ukraine's air force said on Thursday evening that the first six Gripen fighters from Sweden had arrived and would begin combat duty after final checks.",
     "The air force said the jets would first be used to hunt cruise missiles and drones."],
    "aid", "aid", 3, GRI, a="Iryna Marchenko", cat="Aid"),
  E("2032-03-25 19:05", "Dnipro: rescuers end search, 13 confirmed dead",
    ["The State Emergency Service said it had completed search and rescue work at the apartment block in Dnipro hit on Wednesday. Thirteen people were killed, including two children, and 47 injured."],
    "strikes", "strikes", 3, DNI, a="Iryna Marchenko", cat="War", n="continuation of day 1's story"),
  E("2032-03-25 15:30", "Zelensky in Vilnius: Baltic states promise more ammunition",
    ["Lithuania, Latvia and Estonia will jointly fund 120,000 artillery shells for Ukraine this year, their leaders said after meeting President Volodymyr Zelensky in Vilnius on Thursday."],
    "diplomacy", "diplomacy", 3, VIL, a="Petro Savchuk", sec=["aid"], cat="Diplomacy", n="headline leads with the visit; the pledge is made at the same meeting"),
  E("2032-03-25 12:00", "Five killed in Kharkiv as Russia targets city with 60 drones",
    ["Russia sent about 60 Shahed-type drones against Kharkiv overnight, killing five people and injuring 42, Governor Oleh Syniehubov said. Air defence shot down 38 of them."],
    "strikes", "strikes", 3, KHA, a="Petro Savchuk", cat="War", n="toll 5"),
  E("2032-03-25 09:10", "Parliament extends martial law and mobilisation for 90 days",
    ["Ukraine's parliament voted on Thursday to extend martial law and general mobilisation for another 90 days, until late June. The extension was backed by 312 lawmakers."],
    "other", "politics", 2, "martial-law-extension-2032-03-25", a="Iryna Marchenko", cat="Politics"),
  ]))

# ---------------------------------------------------------------- day 3 (2032-03-30, summer time in Europe)
KRR = "kryvyi-rih-missile-strike-2032-03-30"
GEN = "geneva-missing-persons-talks-2032-03-30"
CAN = "canada-drone-package-2032-03-30"

# ---------------------------------------------------------------- 20540 Kirkoswald Review (day 3, Atom world feed, UTC)
SEEDS.append(dict(
  id="20540", name="20540_kirkoswald-worldatom", ext="xml", source="Kirkoswald Review", zone="UTC", render=r_pb_atom,
  title="Kirkoswald Review - World News", url="https://kirkoswaldreview.example",
  lede="The world today, from the Kirkoswald Review",
  basis="Atom <published> '{s}' (UTC, 'Z'); local {d} in {z}",
  notes="Invented outlet. General world Atom feed (times in UTC with 'Z') in which the war is a minority: four of six entries are off-beat (Kenyan digital tax, Indian heatwave, freight rates, Icelandic eruption). Spells the city 'Krivoy Rog'. Some entries have no author.",
  not_entries=["feed title, subtitle, links, id, updated, generator", "category terms"],
  entries=[
  E("2032-03-30 20:45", "Missile strike on Ukraine's Krivoy Rog kills eight",
    ["A Russian ballistic missile attack on the central Ukrainian city of Krivoy Rog killed eight people on Tuesday, including a teenager, and wounded more than 50, regional officials said."],
    "strikes", "strikes", 3, KRR, a="Imogen Fairlie", cat="Europe", n="spelling 'Krivoy Rog'; toll 8"),
  OFF("2032-03-30 17:30", "Kenya's parliament approves tax on digital services",
    ["Kenya's National Assembly approved a new tax on digital services on Tuesday, despite protests by technology companies that warned of higher prices for consumers."],
    "kenya-digital-tax-2032-03-30", n="another country's politics", cat="Africa"),
  OFF("2032-03-30 14:10", "Heatwave grips southern India as temperatures pass 42C",
    ["Temperatures climbed above 42 degrees Celsius in parts of southern India on Tuesday, prompting several states to shorten school hours."],
    "india-heatwave-2032-03-30", n="weather", cat="Asia"),
  E("2032-03-30 11:55", "Russia and Ukraine open Red Cross-hosted talks on missing persons",
    ["Delegations from Russia and Ukraine met in Geneva on Tuesday for talks hosted by the International Committee of the Red Cross on tracing missing soldiers and civilians, the organisation said."],
    "diplomacy", "diplomacy", 3, GEN, a="Imogen Fairlie", cat="Europe"),
  OFF("2032-03-30 09:20", "Shipping rates fall as Red Sea traffic recovers",
    ["Container freight rates between Asia and Europe fell for a sixth week as more shipping lines returned to the Red Sea route, a benchmark index showed on Tuesday."],
    "freight-rates-red-sea-2032-03-30", n="markets/shipping", cat="Business"),
  OFF("2032-03-30 06:05", "Iceland eruption forces evacuation of Grindavik",
    ["A new volcanic eruption began on Iceland's Reykjanes peninsula early on Tuesday, and police evacuated the nearby town of Grindavik as a precaution."],
    "iceland-eruption-2032-03-30", n="natural disaster", cat="Europe"),
  ]))

# ---------------------------------------------------------------- 20541 Langstrath Live (day 3, text live, no year on the page)
SEEDS.append(dict(
  id="20541", name="20541_langstrath-textlive", ext="txt", source="Langstrath Live", zone="Europe/Kyiv", render=r_pb_textlive_noyear,
  title="War in Ukraine: live updates", dateline="Tuesday 30 March \u00b7 Kyiv time",
  lede="Russian missiles hit Kryvyi Rih during the morning; Canada unveils a drone package; shelling in Nikopol.",
  parse_args=["--date", "2032-03-30"],
  basis="stamp '{s}' (day, short month and 24-hour time; no year printed anywhere, year from parse_args 2032-03-30; Kyiv summer time, EEST = UTC+3 since 28 March); local {d} in {z}",
  notes="Invented outlet (Kyiv, English). Text live blog, newest first. Each post: a stamp line '30 Mar 23:15' (no year anywhere on the page, so the gold gives parse_args --date 2032-03-30; Kyiv time, which is UTC+3 after the clock change of 28 March), the headline, the body and an optional signature line '\u2014 NAME' (author). 20541-02 is a 'Video:' teaser whose only content is '[Video]'. 20541-03 is a theme piece on strikes against the steel and iron-ore region that names Kryvyi Rih and Nikopol: its own story. 20541-04 (shelling of Nikopol, same region) must not merge with the Kryvyi Rih missile strike. Toll of the main story here: 'at least three', 5, 8.",
  not_entries=["masthead and navigation", "page title and dateline 'Tuesday 30 March \u00b7 Kyiv time'", "lede paragraph", "'[Video]' placeholder in the teaser",
               "signature lines '\u2014 NAME' (author, not body)", "membership appeal after the fourth post", "'Show earlier updates'", "footer line"],
  entries=[
  E("2032-03-30 23:15", "Kryvyi Rih: eight dead, 52 wounded",
    ["The death toll from this morning's missile strike on Kryvyi Rih has risen to eight, the head of the city's defence council said. Fifty-two people were wounded, 11 of them children.",
     "A day of mourning has been declared for Wednesday."],
    "strikes", "strikes", 3, KRR, a="Halyna Dovbush", n="toll 8"),
  E("2032-03-30 21:40", "Video: Rescuers at the destroyed college in Kryvyi Rih", [],
    "strikes", "strikes", 1, KRR, n="video teaser without body"),
  E("2032-03-30 19:20", "Analysis: Why Russia keeps hitting Ukraine's steel and iron-ore heartland",
    ["Kryvyi Rih, Nikopol and Zaporizhzhia have something in common beyond their closeness to the front: together they produce most of the iron ore, manganese and steel that Ukraine still exports.",
     "Since the start of the year, Russian strikes have hit at least four mining and metallurgical plants in the region, according to industry figures, and power cuts have forced others to slow down.",
     "Economists in Kyiv say the aim is as much economic as military: every idle blast furnace means less foreign currency and fewer jobs in towns that have so far held on."],
    "strikes", "strikes", 2, "analysis-strikes-on-steel-and-ore-region", a="Yarema Stus",
    n="theme piece (analysis of a pattern of strikes); mentions Kryvyi Rih and Nikopol but must not merge with either event"),
  E("2032-03-30 16:05", "Nikopol shelled again; two wounded",
    ["Russian artillery shelled Nikopol from across the Dnipro river in the afternoon, wounding two men and damaging a gas pipeline, the regional administration said."],
    "strikes", "strikes", 2, "nikopol-shelling-2032-03-30", a="Halyna Dovbush",
    n="same region, different event (artillery, no deaths); must not merge with the Kryvyi Rih strike"),
  E("2032-03-30 13:30", "Canada announces C$400 million drone package",
    ["Canada will spend 400 million Canadian dollars on drones for Ukraine, including interceptor drones built by Ukrainian and Canadian companies, the Canadian defence minister announced at a meeting of Ukraine's allies in Brussels.",
     "Deliveries are to start in the summer."],
    "aid", "aid", 3, CAN, a="Yarema Stus"),
  E("2032-03-30 11:45", "Kryvyi Rih: death toll rises to five",
    ["Five people are now known to have been killed in the strike on Kryvyi Rih, the city's military administration said. Rescuers are searching the ruins of a vocational college and a neighbouring apartment block."],
    "strikes", "strikes", 3, KRR, a="Halyna Dovbush", n="toll 5"),
  E("2032-03-30 10:20", "Ballistic missiles hit Kryvyi Rih",
    ["Russia struck Kryvyi Rih with ballistic missiles at about 10:05, hitting a vocational college and a residential building in the city centre. At least three people were killed, the head of the city's defence council said."],
    "strikes", "strikes", 3, KRR, a="Yarema Stus", n="toll 'at least three'"),
  ]))

# ---------------------------------------------------------------- 20542 Cartmel Dispatch (day 3, HTML live, BST)
SEEDS.append(dict(
  id="20542", name="20542_cartmel-htmllive", ext="html", source="Cartmel Dispatch", zone="Europe/London", render=r_pb_htmllive_bst,
  title="Ukraine war live: Kryvyy Rih strike kills six; Red Cross hosts Geneva talks", url="https://cartmeldispatch.example/world/live/ukraine-2032-03-30",
  dateline="Tuesday 30 March 2032",
  lede="Follow the day's developments in Russia's war against Ukraine, oldest first.",
  basis="visible stamp '{s}' (24-hour clock, BST = UTC+1 since 28 March) under the date line 'Tuesday 30 March 2032'; the <time datetime> attribute gives the same instant in UTC; local {d} in {z}",
  notes="Invented outlet (UK). HTML live blog, oldest first. The LiveBlogPosting JSON-LD has coverageStartTime and page dates but no liveBlogUpdate list, so entries come from the visible updates: <time datetime=\"...Z\"> with visible text '08:40 BST' (British summer time, one hour ahead of UTC), h3 headline, paragraphs, 'Reported by NAME' (author, not body). 20542-04 repeats 20542-02 almost verbatim: duplicate_of 20542-02. 20542-05 (Belgian F-16s) is the same aid theme as Canada's drone package but a different event: must not merge. Spells 'Kryvyy Rih'. Toll here: 'at least three', 6.",
  not_entries=["header and navigation, 'Log in'", "page title (h1)", "date line 'Tuesday 30 March 2032'", "summary paragraph", "'Reported by NAME' lines (author, not body)",
               "WhatsApp promo after the second update", "footer"],
  entries=[
  E("2032-03-30 08:40", "Russian missiles strike Kryvyy Rih",
    ["Russian ballistic missiles hit the centre of Kryvyy Rih, in central Ukraine, shortly after 10am local time (8am BST), local officials said. At least three people were killed."],
    "strikes", "strikes", 3, KRR, a="Saoirse Quill", n="spelling 'Kryvyy Rih'; toll 'at least three'"),
  E("2032-03-30 10:15", "Red Cross opens Geneva talks on missing soldiers and civilians",
    ["Russian and Ukrainian officials have begun two days of talks in Geneva, hosted by the International Committee of the Red Cross, on tracing thousands of soldiers and civilians listed as missing.",
     "The ICRC said it hoped the talks would lead to regular exchanges of information about people held in detention."],
    "diplomacy", "diplomacy", 3, GEN, a="Anselm Croft"),
  E("2032-03-30 12:30", "Kryvyy Rih toll rises to six",
    ["Six people are now confirmed dead after the missile strike on Kryvyy Rih, including a 16-year-old student at the vocational college that was hit. More than 40 people were injured."],
    "strikes", "strikes", 3, KRR, a="Saoirse Quill", n="toll 6"),
  E("2032-03-30 13:50", "Red Cross opens Geneva talks on missing soldiers and civilians",
    ["Russian and Ukrainian officials have begun two days of talks in Geneva, hosted by the International Committee of the Red Cross, on tracing thousands of soldiers and civilians listed as missing.",
     "The ICRC said it hoped the talks would lead to a regular exchange of information on people held in detention."],
    "diplomacy", "diplomacy", 1, GEN, a="Anselm Croft", dup="20542-02", n="near-verbatim repeat of 20542-02"),
  E("2032-03-30 15:35", "Belgium hands over four more F-16s to Ukraine",
    ["Belgium has handed over four more F-16 fighter jets to Ukraine, its defence ministry said, bringing the number it has delivered to ten. The aircraft were flown to a base outside Belgium for final preparation."],
    "aid", "aid", 2, "belgium-f16-handover-2032-03-30", a="Anselm Croft", n="same aid theme as Canada's drones, different event; must not merge"),
  E("2032-03-30 18:10", "Canada's drone package to include 1,500 interceptors",
    ["Canada's new C$400 million package for Ukraine will include about 1,500 interceptor drones designed to shoot down Shahed-type attack drones, Canadian officials said."],
    "aid", "aid", 3, CAN, a="Saoirse Quill"),
  ]))

# ---------------------------------------------------------------- 20543 Ashbourne Review (day 3, text article with sections)
SEEDS.append(dict(
  id="20543", name="20543_ashbourne-article", ext="txt", source="Ashbourne Review", zone="Europe/Vienna", render=r_pb_article,
  title="Ukraine on Tuesday: Kryvyi Rih mourns, talks in Geneva, Canadian drones",
  lede="The day's main developments in the war, in brief.",
  byline="Lukas Pirchner", dateline="30 March 2032, 16:20 CEST", more="More on the war in Ukraine: our full coverage",
  basis="no per-section time; the article's dateline '30 March 2032, 16:20 CEST' (UTC+2, Vienna summer time) applies to every section; local {d} in {z}",
  notes="Invented outlet (Vienna). Text article with four section headings (one entry each), page byline 'By Lukas Pirchner' (used as every section's author) and a dateline with time and zone; no per-section stamp (stamp null, published = dateline). Spells 'Kryvyi Rih'. Toll here: 6.",
  not_entries=["masthead and breadcrumb", "article title", "standfirst", "byline 'By Lukas Pirchner'", "dateline '30 March 2032, 16:20 CEST'",
               "share line with comment count", "closing link 'More on the war in Ukraine: our full coverage'", "footer"],
  entries=[
  E("2032-03-30 16:20", "Kryvyi Rih mourns",
    ["A Russian missile strike on Kryvyi Rih, the industrial city in central Ukraine, killed at least six people on Tuesday morning. The missiles hit a vocational college during lessons and a residential block nearby.",
     "Kryvyi Rih, President Zelensky's home town, has been attacked repeatedly since the start of the year."],
    "strikes", "strikes", 3, KRR, a="Lukas Pirchner", n="toll 6"),
  E("2032-03-30 16:20", "Talks in Geneva",
    ["Russian and Ukrainian delegations met in Geneva under the auspices of the International Committee of the Red Cross to discuss people missing since the start of the full-scale invasion. The ICRC counts more than 50,000 open cases."],
    "diplomacy", "diplomacy", 3, GEN, a="Lukas Pirchner"),
  E("2032-03-30 16:20", "Ottawa's drones",
    ["Canada announced a drone package for Ukraine worth 400 million Canadian dollars, most of it for interceptor drones."],
    "aid", "aid", 3, CAN, a="Lukas Pirchner"),
  E("2032-03-30 16:20", "Austrian deminers for the Kharkiv region",
    ["Austria will send a team of 12 army demining specialists to train Ukrainian sappers in the Kharkiv region, the defence ministry in Vienna said. Austria, which is militarily neutral, does not supply weapons to Ukraine."],
    "aid", "aid", 2, "austria-demining-trainers-2032-03-30", a="Lukas Pirchner", n="small non-lethal support: importance 2"),
  ]))


if __name__ == "__main__":
    main()

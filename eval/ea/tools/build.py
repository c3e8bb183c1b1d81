#!/usr/bin/env python3
"""Builds the eval/ea seed pages and their gold files from one hand-written data table (further below).
All news text is the blind tester's own invented wording (2026 lies beyond what the tester remembers: events, tolls,
quotes and reporters are invented). Part A imitates, from memory, the page layouts of ten real outlets; Part B outlets
are invented. Deterministic. Run from the project root:  python3 eval/ea/tools/build.py"""
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


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=""):
    """one entry: t = local 'YYYY-MM-DD HH:MM' in the page zone, h = headline or None, p = body paragraphs,
    topic / subtopic / importance / story slug, a = author, sec = secondary topics, kp = listed under Key Points,
    dup = id of the earlier entry it repeats, n = note."""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n="", **kw):
    e = E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)
    e.update(kw)
    return e


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


def ampm(d, sep=":", space="", style="lower"):
    """12-hour clock: style lower 'pm', dots 'p.m.', upper 'PM'."""
    hh = d.hour % 12 or 12
    pm = d.hour >= 12
    suf = {"lower": "pm" if pm else "am", "dots": "p.m." if pm else "a.m.", "upper": "PM" if pm else "AM"}[style]
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


def rfc822(d, zone_word=None):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + (zone_word or d.strftime("%z"))


def iso_z(d):
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def slug(s, n=60):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:n].strip("-")


def html_paras(ps):
    return "".join(f"<p>{esc(p)}</p>" for p in ps)


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_unhcr(S):
    """UNHCR (unhcr.org, Drupal) 'News and stories' listing, HTML. Cards newest first: content-type label, title link,
    visible date only ('6 April 2026') inside <time datetime="...Z">, one-paragraph teaser. JSON-LD: Organization only."""
    z = S["zone"]; order_check(S, True)
    ld = {"@context": "https://schema.org", "@graph": [{"@type": "Organization", "@id": "https://www.unhcr.org/#organization",
          "name": "UNHCR, the UN Refugee Agency", "url": "https://www.unhcr.org/", "sameAs": ["https://x.com/Refugees", "https://www.facebook.com/UNHCR"]}]}
    out = ['<!DOCTYPE html>', '<html lang="en" dir="ltr"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | UNHCR</title>',
           '<meta name="description" content="Read the latest news, press releases, briefing notes and stories from UNHCR, the UN Refugee Agency.">',
           '<script type="application/ld+json">' + json.dumps(ld) + '</script></head>',
           '<body class="path-news"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>',
           '<div class="utility-bar"><a href="/countries">Global website</a> <a href="/careers">Careers</a> <a href="/contact-us">Contact us</a> '
           '<a href="/search">Search</a></div>',
           '<header class="site-header"><a class="site-logo" href="/">UNHCR The UN Refugee Agency</a>'
           '<nav class="main-menu"><a href="/about-unhcr">About UNHCR</a> <a href="/what-we-do">What we do</a> <a href="/where-we-work">Where we work</a> '
           '<a href="/news">News and stories</a> <a href="/get-involved">Get involved</a></nav>'
           '<a class="button button--donate" href="https://donate.unhcr.org/">Donate</a></header>',
           '<main id="main-content"><nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li>News and stories</li></ol></nav>',
           f'<h1 class="page-title">{esc(S["title"])}</h1>',
           '<form class="views-exposed-form"><label>Type</label><select><option>All</option><option>News</option><option>Press releases</option>'
           '<option>Briefing notes</option><option>News comments</option><option>Stories</option></select> <label>Region</label><select><option>All</option>'
           '<option>Europe</option><option>Africa</option><option>Asia and the Pacific</option></select> <button>Apply</button></form>',
           '<div class="views-view-grid">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]} {d.year}"; stamps.append(st)
        kind = e["kind"]
        link = f"/news/{slug(kind)}/{slug(e['h'], 70)}"
        out.append(f'<article class="card card--teaser"><div class="card__image"><img src="/sites/default/files/styles/card/public/2026-04/{slug(e["h"], 24)}.jpg" alt=""></div>'
                   f'<div class="card__content"><span class="card__type">{esc(kind)}</span>'
                   f'<h3 class="card__title"><a href="{link}">{esc(e["h"])}</a></h3>'
                   f'<div class="card__date"><time datetime="{iso_z(d)}">{st}</time></div>')
        out += [f'<p class="card__summary">{esc(p)}</p>' for p in e["p"]]
        out.append('</div></article>')
        if i == 3:
            out.append('<div class="card card--promo"><p>Emergency in Ukraine: help families survive the war</p><a class="button" href="https://donate.unhcr.org/">Donate now</a></div>')
    out += ['</div>', '<nav class="pager"><a href="?page=0">1</a> <a href="?page=1">2</a> <a href="?page=2">3</a> <a href="?page=1">Next ›</a></nav>',
            '<section class="newsletter-signup"><h2>Refugee Brief</h2><p>The latest on refugees and displacement, straight to your inbox every weekday.</p>'
            '<input type="email" placeholder="Email address"> <button>Subscribe</button></section></main>',
            '<footer class="site-footer"><nav><a href="/about-unhcr">About</a> <a href="/media">Media</a> <a href="/privacy-policy">Privacy policy</a> '
            '<a href="/terms-use">Terms of use</a> <a href="/fraud-warning">Fraud warning</a></nav><p>© UNHCR 2001-2026</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_icrc(S):
    """ICRC (icrc.org, Drupal) operational update, HTML article: label 'Operational update', visible date only, intro,
    h2 sections (one entry each), facts box, related links. NewsArticle JSON-LD holds the only time (datePublished)."""
    z = S["zone"]; d0 = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
          "dateModified": (d0 + timedelta(hours=2, minutes=14)).isoformat(), "inLanguage": "en",
          "image": {"@type": "ImageObject", "url": "https://www.icrc.org/sites/default/files/styles/hero/public/2026-04/kherson-water.jpg"},
          "publisher": {"@type": "Organization", "name": "International Committee of the Red Cross", "logo": {"@type": "ImageObject", "url": "https://www.icrc.org/themes/custom/icrc/logo.svg"}},
          "mainEntityOfPage": S["url"]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | ICRC</title>',
           f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="header"><a class="header__logo" href="/en">International Committee of the Red Cross</a>'
           '<nav class="header__nav"><a href="/en/who-we-are">Who we are</a> <a href="/en/what-we-do">What we do</a> <a href="/en/where-we-work">Where we work</a> '
           '<a href="/en/law-and-policy">Law and policy</a> <a href="/en/document-library">Document library</a></nav>'
           '<div class="header__lang">English Français Español العربية Русский 中文</div> <a class="btn-donate" href="/en/donate">Donate</a></header>',
           '<main><nav class="breadcrumb"><a href="/en">Home</a> › <a href="/en/where-we-work">Where we work</a> › <a href="/en/where-we-work/europe-central-asia">Europe and Central Asia</a> › <a href="/en/where-we-work/europe-central-asia/ukraine">Ukraine</a></nav>',
           '<article class="node node--article">', '<div class="node__label">Operational update</div>',
           f'<h1 class="node__title">{esc(S["title"])}</h1>',
           f'<div class="node__date">{d0.day} {MONTHS[d0.month - 1]} {d0.year}</div>',
           f'<figure class="hero"><img src="/sites/default/files/styles/hero/public/2026-04/kherson-water.jpg" alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>',
           f'<div class="node__intro"><p>{esc(S["lede"])}</p></div>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 2:
            out.append('<aside class="facts-box"><h3>Facts and figures, January–March 2026</h3><ul><li>1.4 million people received drinking water through repaired systems</li>'
                       '<li>27,500 families received cash assistance</li><li>63 health facilities received medical supplies</li></ul></aside>')
    out += ['<div class="share">Share this: <a>Facebook</a> <a>X</a> <a>LinkedIn</a> <a>Email</a></div>', '</article>',
            '<section class="related"><h2>Related content</h2><ul><li><a href="/en/document/ukraine-facts-figures">Russia–Ukraine international armed conflict: facts and figures</a></li>'
            '<li><a href="/en/document/ihl-protection-energy">What international humanitarian law says about attacks on energy infrastructure</a></li></ul></section></main>',
            '<footer class="footer"><p>International Committee of the Red Cross, 19 Avenue de la Paix, 1202 Geneva, Switzerland</p>'
            '<nav><a>Contact us</a> <a>Careers</a> <a>Privacy policy</a> <a>Terms and conditions</a></nav><p>© ICRC 2026</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_msf(S):
    """Doctors Without Borders (doctorswithoutborders.org, MSF USA) 'Project update' page with timed updates, text scrape.
    One date line under the title, 'All times are Eastern (ET)'; oldest first; each update: '6:40 a.m. ET' line, headline, body."""
    z = S["zone"]; order_check(S, False); d0 = dt(S["entries"][0]["t"], z)
    L = ["Skip to main content", "", "Doctors Without Borders", "DONATE", "",
         "What we do   Where we work   Latest   Get involved   About us   Search", "", "Latest  /  Ukraine", "", "PROJECT UPDATE", "",
         S["title"], "", f"{MONTHS[d0.month - 1]} {d0.day}, {d0.year}", "", "Share   Facebook   X   Email   Print", "", S["lede"], "",
         "All times are Eastern (ET). This page is updated as our teams share information.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', style='dots')} ET"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 3:
            L += ["Your support makes our work in Ukraine possible.", "Give now", ""]
    L += ["Related", "Ukraine: Treating patients close to the front line", "Medical care under fire: attacks on health care in Ukraine", "",
          "Doctors Without Borders, USA, Inc. is a 501(c)(3) tax-exempt charitable organization.", "Privacy policy   Terms of use   Contact us",
          "© 2026 Doctors Without Borders/Médecins Sans Frontières"]
    return "\n".join(L) + "\n", stamps


def r_caritas_atom(S):
    """Caritas Internationalis (caritas.org, WordPress) Atom feed /feed/atom/: <published> in Z with seconds,
    CDATA titles, <summary> = WordPress excerpt ending in ' [&#8230;]', <content type="html"> CDATA, comment-thread links."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0" xml:lang="en-GB">',
           '<title type="text">Caritas Internationalis</title>',
           '<subtitle type="text">A confederation of Catholic relief, development and social service organisations working in over 200 countries and territories</subtitle>',
           f'<updated>{iso_z(last)}</updated>', '<link rel="alternate" type="text/html" href="https://www.caritas.org/" />',
           '<id>https://www.caritas.org/feed/atom/</id>', '<link rel="self" type="application/atom+xml" href="https://www.caritas.org/feed/atom/" />',
           '<generator uri="https://wordpress.org/" version="6.9.1">WordPress</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso_z(d); stamps.append(st)
        link = f"https://www.caritas.org/{d.year}/{d.month:02d}/{slug(e['h'], 70)}/"
        words = e["p"][0].split()
        excerpt = " ".join(words[:30]) + (" [&#8230;]" if len(words) > 30 else "")
        out += ['<entry>', '<author>', f'<name>{esc(e["a"])}</name>', '</author>',
                f'<title type="html"><![CDATA[{e["h"]}]]></title>', f'<link rel="alternate" type="text/html" href="{link}" />',
                f'<id>https://www.caritas.org/?p={48120 + 37 * i}</id>', f'<updated>{st}</updated>', f'<published>{st}</published>',
                f'<category scheme="https://www.caritas.org" term="{e["cat"]}" />',
                f'<summary type="html"><![CDATA[{excerpt}]]></summary>',
                f'<content type="html" xml:base="{link}"><![CDATA[' + html_paras(e["p"]) + ']]></content>',
                f'<link rel="replies" type="text/html" href="{link}#respond" thr:count="0" />', '<thr:total>0</thr:total>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_amnesty_rss(S):
    """Amnesty International (amnesty.org, WordPress) RSS 2.0 /en/feed/: pubDate '+0000' with seconds, dc:creator
    'Amnesty International', CDATA categories, description = excerpt, content:encoded = full text."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"',
           '\txmlns:content="http://purl.org/rss/1.0/modules/content/"', '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"',
           '\txmlns:dc="http://purl.org/dc/elements/1.1/"', '\txmlns:atom="http://www.w3.org/2005/Atom"',
           '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"', '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '\t>',
           '<channel>', '\t<title>Amnesty International</title>',
           '\t<atom:link href="https://www.amnesty.org/en/feed/" rel="self" type="application/rss+xml" />',
           '\t<link>https://www.amnesty.org/en/</link>',
           '\t<description>Amnesty International is a movement of more than 10 million people who campaign for a world where human rights are enjoyed by all.</description>',
           f'\t<lastBuildDate>{rfc822(last)}</lastBuildDate>', '\t<language>en-GB</language>',
           '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>', '\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>',
           '\t<generator>https://wordpress.org/?v=6.9.1</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://www.amnesty.org/en/latest/news/{d.year}/{d.month:02d}/{slug(e['h'], 80)}/"
        out += ['\t<item>', f'\t\t<title>{esc(e["h"])}</title>', f'\t\t<link>{link}</link>',
                '\t\t<dc:creator><![CDATA[Amnesty International]]></dc:creator>', f'\t\t<pubDate>{st}</pubDate>']
        out += [f'\t\t<category><![CDATA[{c}]]></category>' for c in e["cats"]]
        out += [f'\t\t<guid isPermaLink="false">https://www.amnesty.org/en/?p={1318400 + 53 * i}</guid>',
                f'\t\t<description><![CDATA[{e["p"][0]}]]></description>',
                '\t\t<content:encoded><![CDATA[' + html_paras(e["p"]) + ']]></content:encoded>', '\t</item>']
    out += ['\t</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_hrw(S):
    """Human Rights Watch (hrw.org) 'Daily Brief' page, text scrape: page date + time with zone ('May 11, 2026 7:00AM EDT'),
    one byline with role line, then items each a headline line and paragraphs; donate box, tags, footer."""
    z = S["zone"]; d0 = dt(S["published"], z)
    stamp = f"{MONTHS[d0.month - 1]} {d0.day}, {d0.year} {ampm(d0, style='upper')} EDT"
    L = ["Skip to main content", "", "Human Rights Watch", "DONATE NOW", "",
         "Countries   Topics   Reports   Video & Photos   Get Involved   About   Search", "", "Daily Brief", "", S["title"], "", stamp, "",
         S["byline"], S["role"], "",
         "Share this via Facebook   Share this via X   Share this via WhatsApp   Share this via Email   Other ways to share   Print", "", S["lede"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
    L += [S["signoff"], "", "Sign up for the Daily Brief", "Receive it in your inbox every weekday morning.", "",
          "Your tax deductible gift can help stop human rights violations and save lives around the world.",
          "$50   $100   $250   $500   $1000   Other", "Donate Now", "", "Region / Country", S["regions"], "Topic", "Daily Brief", "",
          "Most Viewed", "Questions and Answers: The International Criminal Court and the Situation in Ukraine", "",
          "Human Rights Watch | 350 Fifth Avenue, 34th Floor | New York, NY 10118-3299 USA | t 1.212.290.4700",
          "Human Rights Watch is a 501(C)(3) nonprofit registered in the US under EIN: 13-2875808", "© 2026 Human Rights Watch"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_stc(S):
    """Save the Children International (savethechildren.net, Drupal) 'latest updates' news page, HTML. Newest first;
    each update: <time datetime="...+01:00">17:20 BST</time> above an h2, body. Page-level NewsArticle JSON-LD only."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "publisher": {"@type": "Organization", "name": "Save the Children International",
          "logo": {"@type": "ImageObject", "url": "https://www.savethechildren.net/themes/custom/stc/logo.svg"}}}
    out = ['<!DOCTYPE html>', '<html lang="en" dir="ltr"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Save the Children International</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="cookie-banner">We use cookies to give you the best experience on our website. <button>Accept all cookies</button> <button>Cookie settings</button></div>',
           '<header><a class="logo" href="/">Save the Children</a><nav><a href="/what-we-do">What we do</a> <a href="/where-we-work">Where we work</a> '
           '<a href="/our-impact">Our impact</a> <a href="/news">News</a> <a href="/get-involved">Get involved</a></nav>'
           '<a class="btn btn--red" href="/donate">Donate</a></header>',
           '<main><div class="page-header"><span class="label">News</span>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="last-updated">Last updated: {last.day} {MONTHS[last.month - 1]} {last.year}</p></div>',
           f'<div class="intro"><p>{esc(S["lede"])}</p></div>', '<div class="updates">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} BST"; stamps.append(st)
        out.append(f'<div class="update" id="update-{len(S["entries"]) - i}"><p class="update__time"><time datetime="{d.isoformat()}">{st}</time></p>'
                   f'<h2 class="update__title">{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery" data-count="9"><img src="/sites/default/files/2026-05/gallery-1.jpg" alt=""></div>')
        out.append('</div>')
        if i == 2:
            out.append('<div class="donate-inline"><p>Children in Ukraine need your help now.</p><a class="btn" href="/donate/ukraine">Donate to our Ukraine appeal</a></div>')
    out += ['</div>', '<div class="media-contact"><h3>For further information, please contact</h3><p>Our media team: media@savethechildren.org (out of hours: +44 7831 650409)</p></div>',
            '</main><footer><p>Save the Children International is a charity registered in England and Wales (1076822) and a company limited by guarantee (3732267).</p>'
            '<nav><a>Privacy</a> <a>Cookies</a> <a>Safeguarding</a> <a>Contact us</a></nav></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_direct_relief(S):
    """Direct Relief (directrelief.org, WordPress) emergency-response update page, text scrape. Newest first; day
    sub-headings ('Monday, June 1, 2026'); each update: headline, then 'Update: 3:50 p.m. PT', body. One page byline."""
    z = S["zone"]; order_check(S, True); last = dt(S["entries"][0]["t"], z)
    L = ["Direct Relief", "Donate", "", "Emergencies   Programs   Impact   About   Newsroom   Search", "", "EMERGENCY RESPONSE", "",
         S["title"], "", f"By {S['byline']}", f"Updated {MONTHS[last.month - 1]} {last.day}, {last.year}", "",
         "Share:  Facebook  X  LinkedIn  Email", "", S["lede"], ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if d.date() != cur:
            cur = d.date(); L += [f"{DAYS_EN[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}", ""]
        st = f"Update: {ampm(d, space=' ', style='dots')} PT"; stamps.append(st)
        L += [e["h"], st, ""]
        if e["p"]:
            L += ptxt(e["p"])
        else:
            L += ["[Video 0:48]", ""]
    L += ["Direct Relief is a humanitarian organization, active in all 50 states and more than 80 countries, with a mission to improve the health and lives of people affected by poverty or emergencies.", "",
          "Support Direct Relief's Ukraine response", "Donate", "", "Related", "How medical aid reaches Ukraine's front-line hospitals", "",
          "© 2026 Direct Relief. All rights reserved. Direct Relief is a 501(c)(3) nonprofit organization.", "Privacy Policy   Terms of Use   Contact"]
    return "\n".join(L) + "\n", stamps


def r_razom(S):
    """Razom for Ukraine (razomforukraine.org, WordPress) daily update post, text scrape. Title 'Ukraine Update: Tuesday, June 9'
    with NO year anywhere on the page; oldest first; each item one line 'HH:MM | Headline' in Kyiv time, then body."""
    z = S["zone"]; order_check(S, False)
    L = ["Razom for Ukraine", "Donate", "", "About   Our Work   Get Involved   News   Events   Shop", "", "NEWS", "", S["title"], "",
         "Posted by the Razom team", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [f"{st} | {e['h']}", ""] + ptxt(e["p"])
        if i == 3:
            L += ["How you can help", "Razom's Emergency Response program delivers medical and rescue equipment to Ukraine. Donate today.", ""]
    L += ["Stand with Ukraine. Subscribe to Razom's newsletter.", "Email address   Subscribe", "",
          "Razom, Inc. is a 501(c)(3) nonprofit organization. Contributions are tax-deductible to the extent permitted by law.",
          "Privacy Policy   Contact Us"]
    return "\n".join(L) + "\n", stamps


def r_wck(S):
    """World Central Kitchen (wck.org) 'Latest updates' page, HTML. Newest first; each card: region tag and a relative
    stamp ('45 minutes ago', '3 hours ago') with no machine time; the only clock is 'Updated June 11, 2026, 6:40 PM ET'."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    clock = f"Updated {MONTHS[ref.month - 1]} {ref.day}, {ref.year}, {ampm(ref, space=' ', style='upper')} ET"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | World Central Kitchen</title>',
           '<meta property="og:site_name" content="World Central Kitchen"></head><body>',
           '<header class="nav"><a class="nav__logo" href="/">World Central Kitchen</a><nav><a href="/our-work">Our Work</a> <a href="/stories">Stories</a> '
           '<a href="/get-involved">Get Involved</a> <a href="/about">About Us</a> <a href="https://shop.wck.org">Store</a></nav>'
           '<a class="nav__donate" href="/donate">Donate</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="updates__clock">{clock}</p>', f'<p class="updates__intro">{esc(S["lede"])}</p>',
           '<div class="updates__list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} minutes ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hour ago" if mins == 60 else f"{mins // 60} hours ago"
        stamps.append(st)
        out.append(f'<article class="update-card"><div class="update-card__meta"><span class="update-card__tag">{esc(e["tag"])}</span> '
                   f'<span class="update-card__ago">{st}</span></div><h2 class="update-card__title">{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</article>')
        if i == 3:
            out.append('<aside class="donate-cta"><p>Every meal starts with you.</p><a href="/donate">Give now</a></aside>')
    out += ['</div><a class="updates__more" href="?page=2">Load more updates</a></main>',
            '<section class="newsletter"><h2>Join our newsletter</h2><p>Get the latest from our teams on the ground.</p><input type="email"> <button>Sign up</button></section>',
            '<footer><p>World Central Kitchen is a 501(c)(3) nonprofit organization.</p><nav><a>Press</a> <a>Careers</a> <a>Privacy</a> <a>Contact</a></nav>'
            '<p>© 2026 World Central Kitchen</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def K(e, **kw):
    """attach renderer-specific fields (card type, tag, categories, ...) to an entry."""
    e.update(kw)
    return e


# ================================================================ PART A: ten real outlets' layouts (own words, invented 2026 news)
SEEDS = []

# ---------------------------------------------------------------- 13200 UNHCR
SEEDS.append(dict(
  id="13200", name="13200_unhcr-news", ext="html", source="UNHCR", zone="UTC", render=r_unhcr, title="News and stories",
  basis="card date '{s}' is a date only; the time comes from the card's <time datetime=\"...Z\"> attribute (UTC); local {d} in {z}",
  notes="Imitates the Drupal 'News and stories' listing of unhcr.org. Newest first. Each card: content-type label (News, Press releases, Briefing notes, News comments, Stories), title link, a visible date only ('6 April 2026') inside <time datetime=\"2026-04-06T15:20:00Z\">, and one teaser paragraph. The visible page prints no time and no zone; the per-card time is only in the datetime attribute (UTC). No bylines on the listing: author null. JSON-LD holds only the Organization node. Two cards are not about the war (Sudanese refugees in Chad, Rohingya rations): off-beat. Humanitarian work by UN agencies and NGOs is labelled other/humanitarian (see README conventions).",
  not_entries=["skip link and utility bar (Global website, Careers, Contact us, Search)", "logo, main menu, Donate button", "breadcrumb", "page title 'News and stories'",
               "filter form (Type / Region / Apply)", "content-type label on each card (Briefing notes, Stories, ...)", "donation promo card 'Emergency in Ukraine: help families survive the war'",
               "pager", "'Refugee Brief' newsletter box", "footer links and '© UNHCR 2001-2026'"],
  entries=[
  K(E("2026-04-06 15:20", "In Kharkiv, a basement day centre keeps older people company through the sirens",
    ["When the air-raid alert sounds in Kharkiv\u2019s Saltivka district, volunteers at a basement day centre put the kettle on and keep the lights running from a battery bank, so that the 40 or so older residents who come each day do not sit alone in the dark."],
    "other", "humanitarian", 2, "unhcr-kharkiv-older-people-day-centre"), kind="Stories"),
  K(OFF("2026-04-06 13:05", "UNHCR seeks urgent funds as Sudanese arrivals in Chad climb ahead of the rains",
    ["UNHCR warned on Monday that more than 1,500 people a day are crossing from Sudan\u2019s Darfur region into eastern Chad, and that camps near the border will be cut off once the rainy season sets in."],
    "sudan-chad-refugee-arrivals-2026-04", n="Sudanese refugees in Chad"), kind="Press releases"),
  K(E("2026-04-06 11:30", "UNHCR condemns drone strike that killed two aid workers in Kherson",
    ["UNHCR\u2019s Representative in Ukraine said she was appalled by a drone strike on Sunday evening that killed two staff members of a partner organization while they were unloading building materials in Kherson\u2019s Dniprovskyi district.",
     "\u201cHumanitarian workers and the people they serve must never be a target,\u201d she said, and called for the attack to be investigated."],
    "strikes", "strikes", 3, "kherson-aid-workers-drone-strike-2026-04-05",
    n="statement whose content is the deadly strike itself: strikes, same story as the strike"), kind="News comments"),
  K(E("2026-04-06 10:00", "Evacuations from front-line areas of Donetsk and Dnipropetrovsk regions nearly double",
    ["Close to 9,000 people were evacuated from front-line communities in the Donetsk and Dnipropetrovsk regions in March, almost twice as many as in February, as shelling and drone attacks made daily life impossible in towns near the front."],
    "other", "humanitarian", 2, "front-line-evacuations-march-2026"), kind="Briefing notes"),
  K(OFF("2026-04-06 09:40", "Rohingya refugees face new ration cuts as funding gap widens",
    ["Food rations for about one million Rohingya refugees in Cox\u2019s Bazar could be cut again from May unless fresh funding arrives, UNHCR and its partners warned."],
    "rohingya-ration-cuts-2026-04", n="Rohingya refugees in Bangladesh"), kind="Briefing notes"),
  K(E("2026-04-06 08:15", "UNHCR and Ukraine agree to repair 12,000 homes so displaced families can return",
    ["UNHCR and Ukraine\u2019s reconstruction ministry signed an agreement to repair some 12,000 damaged homes this year, so that displaced families can move back before the next winter."],
    "other", "humanitarian", 2, "unhcr-ukraine-home-repairs-agreement-2026-04",
    n="relief programme of a UN agency: other/humanitarian by the README convention"), kind="News"),
  K(E("2026-04-06 07:00", "\u2018We left with one suitcase\u2019: families from Sumy region find safety in Lviv",
    ["After drones hit their village near the Russian border three times in a single week, Halyna and her two sons packed one suitcase and boarded an evacuation bus bound for Lviv."],
    "other", "humanitarian", 2, "sumy-families-lviv-story-2026-04"), kind="Stories"),
  ]))

# ---------------------------------------------------------------- 13201 ICRC
SEEDS.append(dict(
  id="13201", name="13201_icrc-opsupdate", ext="html", source="ICRC", zone="Europe/Zurich", render=r_icrc,
  title="Russia\u2013Ukraine international armed conflict: ICRC helps families cope as strikes and fighting continue",
  url="https://www.icrc.org/en/operational-update/russia-ukraine-international-armed-conflict-icrc-helps-families-cope-april-2026",
  published="2026-04-20 11:00",
  caption="Kherson, March 2026. An ICRC water engineer inspects a pumping station damaged by shelling. \u00a9 ICRC",
  lede="In the first weeks of spring, our teams on both sides of the front line kept responding to the needs caused by the international armed conflict between Russia and Ukraine. Below is an overview of our recent work.",
  basis="no per-section time and only a date ('20 April 2026') on the page; the NewsArticle JSON-LD datePublished '2026-04-20T11:00:00+02:00' (Geneva, CEST) dates every section; local {d} in {z}",
  notes="Imitates an ICRC 'Operational update' article on icrc.org (Drupal). Label 'Operational update', h1, visible date '20 April 2026' only, hero photo with caption, intro paragraph, then six h2 sections, each one entry (headline = the h2, stamp null). The only time is the NewsArticle JSON-LD datePublished (+02:00 = Geneva summer time), which dates every section. No byline: author null. The 'Facts and figures' box after the third section, the share bar and the related links are chrome. The prisoner-of-war release of 18 April (ICRC as neutral intermediary) is a mediated exchange: diplomacy, importance 3.",
  not_entries=["header logo, main menu, language switcher, Donate", "breadcrumb", "label 'Operational update'", "page title (h1)", "date '20 April 2026'",
               "hero photo caption 'Kherson, March 2026. An ICRC water engineer ...'", "intro paragraph (lede)",
               "'Facts and figures, January\u2013March 2026' box and its three bullets", "share bar", "'Related content' links", "footer address and links"],
  entries=[
  E("2026-04-20 11:00", "Prisoners of war return home",
    ["On 18 April, the ICRC supported the release and repatriation of 246 prisoners of war from each side, acting as a neutral intermediary at the request of both parties.",
     "Before the transfer, our delegates spoke privately with some of the men to confirm their identity and check on their health. We also passed messages between the released men and their families."],
    "diplomacy", "diplomacy", 3, "pow-exchange-2026-04-18", n="mediated prisoner exchange: diplomacy"),
  E("2026-04-20 11:00", "Emergency help after deadly strike in Zaporizhzhia",
    ["After a missile strike on a residential area of Zaporizhzhia on 17 April killed nine people, our teams delivered glass, timber and roofing sheets so that families could seal their damaged homes.",
     "The Ukrainian Red Cross Society, with our support, set up a point where people could charge phones, receive first aid and get hot drinks."],
    "other", "humanitarian", 2, "icrc-zaporizhzhia-emergency-response-2026-04", sec=["strikes"],
    n="the ICRC response leads the headline, not the strike: humanitarian, own story"),
  E("2026-04-20 11:00", "Water for Kherson",
    ["Our engineers repaired two pumping stations and a section of the main pipeline in Kherson, restoring running water to about 70,000 residents whose supply had been cut by shelling in March."],
    "other", "humanitarian", 2, "icrc-kherson-water-repairs-2026-04"),
  E("2026-04-20 11:00", "Answers for families of the missing",
    ["The Central Tracing Agency\u2019s bureau for this conflict has now given answers to more than 19,000 families about the fate or whereabouts of their relatives.",
     "Hundreds of new requests still arrive every week. Families can reach the bureau through our hotline or an online form."],
    "other", "humanitarian", 2, "icrc-missing-persons-bureau-2026-04"),
  E("2026-04-20 11:00", "Visits to prisoners of war",
    ["Our delegates visited prisoners of war held by both parties in March and April, including in places of detention we had not been able to reach before.",
     "We continue to ask both sides for full and regular access to all prisoners of war, as the Third Geneva Convention requires."],
    "other", "humanitarian", 2, "icrc-pow-visits-2026-04"),
  E("2026-04-20 11:00", "Talks in Moscow and Kyiv",
    ["ICRC President Mirjana Spoljaric held talks in Moscow with Foreign Minister Sergey Lavrov on 14 April and in Kyiv with Foreign Minister Andrii Sybiha on 16 April.",
     "She stressed that civilians and civilian infrastructure must be spared and that both sides must let the ICRC carry out its humanitarian work."],
    "diplomacy", "diplomacy", 2, "icrc-president-moscow-kyiv-talks-2026-04"),
  ]))

# ---------------------------------------------------------------- 13202 Doctors Without Borders (MSF USA)
KHK12 = "kharkiv-overnight-strikes-2026-04-12"
SEEDS.append(dict(
  id="13202", name="13202_msf-updates", ext="txt", source="Doctors Without Borders", zone="America/New_York", render=r_msf,
  title="Ukraine: MSF teams respond after night of strikes on Kharkiv",
  lede="Our teams in the Kharkiv and Sumy regions are treating patients and supporting hospitals after a night of heavy attacks. Follow the latest from our teams below.",
  basis="update stamp '{s}' (Eastern time, 'ET' printed, EDT = UTC-4) on the page date 'April 12, 2026' printed under the title; local {d} in {z}",
  notes="Imitates a doctorswithoutborders.org (MSF USA) 'Project update' page with timed updates, copied from the browser. The only date is the line 'April 12, 2026' under the title; the page says 'All times are Eastern (ET)'. Oldest first; each update is a stamp line ('6:40 a.m. ET'), then the headline, then the body. No per-update byline (staff quoted in the text are not authors): author null. The Kharkiv strike is told three times (toll 4 -> 7 -> search over). 13202-05 is a 'Watch:' video teaser without text (importance 1) showing the medical train of 13202-04.",
  not_entries=["'Skip to main content'", "site name, DONATE, navigation", "breadcrumb 'Latest / Ukraine'", "label 'PROJECT UPDATE'", "page title", "date line 'April 12, 2026'",
               "share line", "intro paragraph (lede)", "'All times are Eastern (ET). ...' note", "donation prompt 'Your support makes our work in Ukraine possible.' / 'Give now'",
               "'Related' links", "501(c)(3) line, footer links and copyright"],
  entries=[
  E("2026-04-12 06:40", "Overnight strikes hit residential district of Kharkiv",
    ["Missiles and drones struck Kharkiv\u2019s Saltivskyi district overnight, killing at least four people and damaging several apartment buildings, according to local authorities.",
     "MSF\u2019s emergency team in the city was on standby at two hospitals as the wounded were brought in."],
    "strikes", "strikes", 3, KHK12, n="first report, toll 4"),
  E("2026-04-12 08:15", "MSF surgeons support Kharkiv trauma hospital",
    ["Two MSF surgeons and an anesthetist joined the staff of a regional trauma hospital in Kharkiv this morning to help treat people injured in the attack.",
     "\u201cMost of the injuries we are seeing are from blast and shrapnel, and several of the patients are children,\u201d said Dr. Olena Marchuk, an MSF medical coordinator."],
    "other", "humanitarian", 2, "msf-kharkiv-trauma-support-2026-04-12", sec=["strikes"],
    n="MSF's medical response, its own story (not the strike itself)"),
  E("2026-04-12 10:05", "Kharkiv death toll rises to seven",
    ["Local authorities now say seven people were killed and 38 injured in the overnight strikes on Kharkiv. Rescue work at one of the damaged buildings is continuing."],
    "strikes", "strikes", 3, KHK12, n="toll 7"),
  E("2026-04-12 11:50", "Medical train evacuates 58 patients from Sumy region",
    ["MSF\u2019s medical evacuation train carried 58 patients, among them bedridden older people and two newborns in incubators, from hospitals in the Sumy region to safer cities in western Ukraine.",
     "Hospitals near the border have been hit repeatedly in recent weeks, and several have moved patients into basements."],
    "other", "humanitarian", 2, "msf-medical-train-sumy-2026-04-12"),
  E("2026-04-12 13:30", "Watch: On board MSF\u2019s medical train", [], "other", "humanitarian", 1, "msf-medical-train-sumy-2026-04-12",
    n="video teaser without body"),
  E("2026-04-12 15:20", "MSF: attacks on ambulances in Kherson must stop",
    ["Drones have hit at least five ambulances in and around Kherson since the start of April, injuring paramedics and patients, MSF said today.",
     "\u201cWhen an ambulance cannot move, people bleed to death waiting for help,\u201d said Laurent Duvivier, MSF\u2019s head of mission in Ukraine."],
    "strikes", "strikes", 2, "kherson-ambulance-drone-attacks-2026-04", n="statement about a series of drone attacks: strikes"),
  E("2026-04-12 19:15", "Rescue work ends in Kharkiv",
    ["Emergency services finished searching the last damaged building in Kharkiv this evening, and the death toll remains at seven.",
     "Our teams will keep offering psychological first aid to residents of the district in the coming days."],
    "strikes", "strikes", 3, KHK12, n="search over, toll 7"),
  ]))

# ---------------------------------------------------------------- 13203 Caritas Internationalis
SEEDS.append(dict(
  id="13203", name="13203_caritas-atom", ext="xml", source="Caritas Internationalis", zone="UTC", render=r_caritas_atom,
  title="Caritas Internationalis",
  basis="Atom <published> '{s}' (WordPress, Z = UTC); local {d} in {z}",
  notes="Imitates the WordPress Atom feed (/feed/atom/) of caritas.org. Newest first; <published>/<updated> in Z with seconds; titles in CDATA; <summary> is the WordPress excerpt (first 30 words of the text, then ' [\u2026]') and <content type=\"html\"> carries the full text in CDATA: the body is the content, not the summary. Author = the WordPress user in <author><name>. Two entries are off-beat (Darfur hunger, an assembly in Manila). Church and NGO relief (shelters, repairs, Caritas Italiana's own \u20ac2 million) is other/humanitarian by the README convention; Pope Leo XIV's Regina Caeli appeal for dialogue is diplomacy.",
  not_entries=["feed title, subtitle, updated, links, id and generator", "per-entry <summary> excerpt (repeats the start of the content)", "category, id, link, replies link and thr:total of every entry"],
  entries=[
  K(E("2026-04-26 17:32:05", "Pope Leo at Regina Caeli: \u2018Do not let Ukraine become a forgotten wound\u2019",
    ["Pope Leo XIV used his Sunday Regina Caeli address to ask the faithful to keep praying for Ukraine, and urged leaders to find \u201cthe courage of dialogue\u201d so that a just and lasting peace can be reached.",
     "He also thanked Caritas workers and volunteers who, he said, stay close to families living under bombardment."],
    "diplomacy", "diplomacy", 2, "pope-leo-regina-caeli-ukraine-appeal-2026-04-26", a="Martina Ferri"), cat="News"),
  K(OFF("2026-04-26 14:05:41", "Sudan: Caritas warns of hunger in Darfur as the lean season nears",
    ["Caritas partners in Darfur say food stocks in several displacement camps will run out within weeks, and they are appealing for funds to buy sorghum and cooking oil before the roads flood."],
    "darfur-hunger-caritas-2026-04", a="Martina Ferri", n="Sudan"), cat="News"),
  K(E("2026-04-26 11:40:17", "Kharkiv: Caritas-Spes opens shelter for families after drone attacks",
    ["Caritas-Spes Kharkiv has opened a temporary shelter in a parish hall for 60 people whose flats were damaged in drone attacks on the city this week.",
     "Volunteers provide meals, blankets and a place to charge phones, and a psychologist visits every afternoon."],
    "other", "humanitarian", 2, "caritas-spes-kharkiv-shelter-2026-04", a="Oksana Dovbysh", sec=["strikes"]), cat="Members"),
  K(E("2026-04-26 09:12:44", "Caritas Ukraine: years of repairs undone in a single winter",
    ["Repeated strikes on the power network this winter destroyed much of the repair work Caritas Ukraine had carried out in the eastern regions since 2024, its president Tetiana Stawnychy said.",
     "\u201cWe are rebuilding the same schools and clinics for the second or third time,\u201d she said, and urged donors not to turn away from Ukraine."],
    "other", "humanitarian", 2, "caritas-ukraine-repairs-undone-winter-2026", a="Oksana Dovbysh", sec=["strikes"]), cat="Members"),
  K(OFF("2026-04-26 07:30:09", "Caritas in Asia gathers in Manila for regional assembly",
    ["Delegates from 24 Caritas organisations in Asia met in Manila to agree on priorities for climate adaptation and support for migrant workers over the next four years."],
    "caritas-asia-assembly-manila-2026-04", a="Martina Ferri", n="church assembly in Asia"), cat="News"),
  K(E("2026-04-26 06:10:52", "Caritas Italiana commits \u20ac2 million to rehabilitation of war-wounded in Ukraine",
    ["Caritas Italiana has committed \u20ac2 million to help rehabilitation centres in Lviv, Ivano-Frankivsk and Zhytomyr treat people wounded in the war, including amputees waiting for prosthetic limbs."],
    "other", "humanitarian", 2, "caritas-italiana-rehabilitation-funding-2026-04", a="Martina Ferri",
    n="funding by a church charity, not a government: other/humanitarian by the README convention"), cat="News"),
  ]))

# ---------------------------------------------------------------- 13204 Amnesty International
SEEDS.append(dict(
  id="13204", name="13204_amnesty-rss", ext="xml", source="Amnesty International", zone="UTC", render=r_amnesty_rss,
  title="Amnesty International",
  basis="RSS pubDate '{s}' (WordPress, explicit +0000 = UTC); local {d} in {z}",
  notes="Imitates the WordPress RSS 2.0 feed of amnesty.org (/en/feed/). Newest first; pubDate with +0000 and seconds; dc:creator is always the organization ('Amnesty International', used as author, as agency-only credits are); categories in CDATA; description = the first paragraph, content:encoded = the full text (the body). Three items are not about the war (Mexico, Iran, journalists worldwide): off-beat. 13204-01 is Amnesty's reaction to the deadly Zaporizhzhia bus-station strike of 7 May: its content is the attack, so strikes and the strike's story.",
  not_entries=["channel title, self link, link, description, lastBuildDate, language, sy:update* and generator", "description element of every item (repeats the first paragraph)",
               "categories, guid and link of every item"],
  entries=[
  K(E("2026-05-08 16:40:12", "Ukraine: Russian strike on Zaporizhzhia bus station must be investigated as a war crime",
    ["Responding to Thursday\u2019s missile strike on a bus station in Zaporizhzhia, which killed at least 11 people waiting for buses, Amnesty International\u2019s regional director said the attack must be investigated as a war crime.",
     "\u201cA crowded bus station on a weekday morning is a civilian place. Those responsible must be brought to justice,\u201d the director said."],
    "strikes", "strikes", 3, "zaporizhzhia-bus-station-strike-2026-05-07", a="Amnesty International",
    n="reaction whose content is the deadly strike: strikes, the strike's story"), cats=["News", "Ukraine", "Russian Federation"]),
  K(OFF("2026-05-08 14:15:33", "Mexico: Authorities must step up search for the disappeared",
    ["Mexican authorities must put far more resources into searching for the more than 130,000 people registered as missing, Amnesty International said ahead of Mother\u2019s Day marches across the country."],
    "mexico-disappeared-search-2026-05", a="Amnesty International", n="Mexico"), cats=["News", "Mexico"]),
  K(E("2026-05-08 12:02:47", "Russia: Ukrainian children from occupied areas sent to \u2018patriotic\u2019 camps, new research shows",
    ["Children from Russian-occupied parts of Ukraine have been sent to camps in Russia where they receive military-style training and are told to reject their Ukrainian identity, according to new research published by Amnesty International today.",
     "The organization interviewed 37 people, including children who later returned to Ukraine and their parents."],
    "other", "humanitarian", 2, "amnesty-ukrainian-children-camps-report-2026-05", a="Amnesty International"), cats=["News", "Russian Federation", "Ukraine"]),
  K(OFF("2026-05-08 10:30:05", "Iran: Surge in executions must be halted",
    ["Iranian authorities executed at least 160 people in April, the highest monthly number Amnesty International has recorded in years, the organization said."],
    "iran-executions-april-2026", a="Amnesty International", n="Iran"), cats=["News", "Iran"]),
  K(E("2026-05-08 09:05:21", "Ukraine: Draft law on \u2018collaboration\u2019 cases risks unfair trials",
    ["A bill before Ukraine\u2019s parliament that would let courts try people accused of collaborating with the occupying authorities in their absence falls short of fair trial standards, Amnesty International said."],
    "other", "politics", 2, "ukraine-collaboration-bill-2026-05", a="Amnesty International"), cats=["News", "Ukraine"]),
  K(OFF("2026-05-08 07:45:58", "Global: Number of journalists behind bars reaches new high",
    ["More journalists are in prison worldwide than at any time since Amnesty International began tracking cases, the organization said in a briefing released this week."],
    "journalists-jailed-record-2026", a="Amnesty International", n="press freedom worldwide"), cats=["News"]),
  K(E("2026-05-08 06:20:14", "Russia: Teacher jailed for six years over anti-war posts",
    ["A court in Yekaterinburg sentenced a secondary school teacher to six years in prison for social media posts criticizing the war in Ukraine, a ruling Amnesty International called a travesty of justice."],
    "other", "politics", 2, "yekaterinburg-teacher-anti-war-sentence-2026-05", a="Amnesty International"), cats=["News", "Russian Federation"]),
  ]))

# ---------------------------------------------------------------- 13205 Human Rights Watch
SEEDS.append(dict(
  id="13205", name="13205_hrw-dailybrief", ext="txt", source="Human Rights Watch", zone="America/New_York", render=r_hrw,
  title="The Daily Brief: Kherson\u2019s skies, Darfur\u2019s hunger, Hong Kong\u2019s courts", published="2026-05-11 07:00",
  byline="Tomas Verhoef", role="Daily Brief Editor",
  lede="Good morning. Here is today\u2019s selection of human rights news from around the world.",
  signoff="That\u2019s it for today. Thanks for reading.", regions="Ukraine   Russia   Sudan   China and Tibet   Brazil",
  basis="no per-item time: the page stamp 'May 11, 2026 7:00AM EDT' (EDT = UTC-4) dates every item; local {d} in {z}",
  notes="Imitates a Human Rights Watch 'Daily Brief' page on hrw.org, copied from the browser. One page stamp with date, time and zone ('May 11, 2026 7:00AM EDT'), one byline (Tomas Verhoef, 'Daily Brief Editor'), a greeting, then six items, each a headline line followed by paragraphs. Each item is one entry: stamp null, published = the page stamp, author = the page byline. Three items are not about the war (Darfur, Hong Kong, Brazil): off-beat. 13205-01 leads with drone attacks on civilians: strikes (not a strike of the day, a documented pattern: importance 2).",
  not_entries=["'Skip to main content', site name, DONATE NOW, navigation", "section label 'Daily Brief'", "page title", "page stamp 'May 11, 2026 7:00AM EDT'",
               "byline 'Tomas Verhoef' and role line 'Daily Brief Editor'", "share line", "greeting 'Good morning. ...' (lede)", "sign-off 'That\u2019s it for today. ...'",
               "newsletter sign-up lines", "donation box (amounts, Donate Now)", "'Region / Country' and 'Topic' tag lists", "'Most Viewed' link", "address, EIN and copyright lines"],
  entries=[
  E("2026-05-11 07:00", "Drone attacks on civilians in Kherson",
    ["Russian forces are using small drones to hunt civilians in Kherson, our researchers found after interviewing 29 residents and reviewing dozens of videos.",
     "At least 11 civilians were killed in the city by such drones in April alone, according to local authorities. Deliberately attacking civilians is a war crime."],
    "strikes", "strikes", 2, "hrw-kherson-drone-attacks-on-civilians-2026-05", a="Tomas Verhoef"),
  OFF("2026-05-11 07:00", "Sudan: Famine spreads around El Fasher",
    ["Six months after the Rapid Support Forces seized El Fasher, people who fled the city describe camps where families survive on animal feed and wild leaves."],
    "el-fasher-famine-2026-05", a="Tomas Verhoef", n="Sudan"),
  E("2026-05-11 07:00", "Ukraine\u2019s children in Russian hands",
    ["Ukraine says it has verified more than 19,500 cases of children deported or forcibly transferred to Russia or to Russian-occupied areas, and has so far brought back only a small share of them.",
     "Any peace talks should put the return of these children at the top of the agenda."],
    "other", "humanitarian", 2, "hrw-deported-ukrainian-children-2026-05", a="Tomas Verhoef"),
  OFF("2026-05-11 07:00", "Hong Kong: Another guilty verdict under the security law",
    ["A Hong Kong court convicted four former members of a pro-democracy group of subversion on Friday, the latest case brought under the National Security Law imposed by Beijing."],
    "hong-kong-subversion-verdict-2026-05", a="Tomas Verhoef", n="Hong Kong"),
  E("2026-05-11 07:00", "Russia: Freed POWs describe beatings and hunger",
    ["Ukrainian soldiers released in last month\u2019s prisoner exchange told us they were beaten, given electric shocks and fed so little that many lost a third of their body weight.",
     "Russia should give the ICRC access to all prisoners of war, as the Geneva Conventions require."],
    "other", "humanitarian", 2, "hrw-ukrainian-pow-abuse-testimonies-2026-05", a="Tomas Verhoef"),
  OFF("2026-05-11 07:00", "Brazil: Court to rule on Indigenous land protections",
    ["Brazil\u2019s Supreme Court is expected to rule this week on a challenge that could weaken protections for Indigenous territories in the Amazon."],
    "brazil-indigenous-land-ruling-2026-05", a="Tomas Verhoef", n="Brazil"),
  ]))

# ---------------------------------------------------------------- 13206 Save the Children
SEEDS.append(dict(
  id="13206", name="13206_savethechildren-updates", ext="html", source="Save the Children", zone="Europe/London", render=r_stc,
  title="Ukraine: latest updates on children affected by the war",
  lede="Save the Children teams are working across Ukraine to support children and families affected by the escalation of hostilities. This page brings together our latest updates. All times are BST.",
  basis="update stamp '{s}' (BST = UTC+1, printed) under 'Last updated: 29 May 2026'; the <time datetime> attribute agrees; local {d} in {z}",
  notes="Imitates a 'latest updates' news page of savethechildren.net (Save the Children International, Drupal). Newest first; each update: <time datetime=\"...+01:00\">17:20 BST</time> above an h2, then the body. The page date appears only as 'Last updated: 29 May 2026'. Page-level NewsArticle JSON-LD only (first and last update times, no per-update data). No per-update byline: author null. 13206-05 is a 'Photos:' gallery teaser without text (importance 1). The return of eleven children mediated by Qatar is diplomacy.",
  not_entries=["cookie banner", "logo, navigation, Donate", "label 'News'", "page title", "'Last updated: 29 May 2026'", "intro paragraph (lede, with 'All times are BST.')",
               "gallery placeholder inside 13206-05", "inline donation box after the third update", "media contact box", "footer charity registration and links"],
  entries=[
  E("2026-05-29 17:20", "Girl killed and six injured as drones hit apartment block in Chernihiv",
    ["A 12-year-old girl was killed and six other people, two of them children, were injured when drones struck an apartment block in Chernihiv this evening, local authorities said.",
     "Save the Children\u2019s Country Director for Ukraine said: \u201cEvery night children in Ukraine go to bed not knowing whether their home will still be standing in the morning. This has to end.\u201d"],
    "strikes", "strikes", 3, "chernihiv-drone-strike-2026-05-29"),
  E("2026-05-29 15:40", "Summer camps in Kharkiv move underground as attacks continue",
    ["Summer camps run by our partners in Kharkiv will be held in basements and school shelters this year, after a spring of almost daily attacks on the city."],
    "other", "humanitarian", 2, "kharkiv-summer-camps-underground-2026"),
  E("2026-05-29 13:10", "Survey: one in three children near the front line shows signs of severe distress",
    ["A survey of 1,200 families in front-line communities of the Kharkiv, Donetsk and Zaporizhzhia regions found that one child in three showed signs of severe distress, such as nightmares, bedwetting or withdrawal.",
     "Nearly half of the children surveyed had not been to school in person for more than a year."],
    "other", "humanitarian", 2, "stc-front-line-children-distress-survey-2026-05"),
  E("2026-05-29 11:25", "UK commits \u00a330 million for children\u2019s learning in Ukraine",
    ["The UK government has announced \u00a330 million to help Ukrainian children catch up on lost learning, including money for shelters in schools and for online classes.",
     "Save the Children welcomed the announcement and urged other donors to follow."],
    "aid", "aid", 2, "uk-education-funding-ukraine-2026-05", n="government funding pledge: aid"),
  E("2026-05-29 09:50", "Photos: Lessons in an underground school in Zaporizhzhia", [], "other", "humanitarian", 1,
    "zaporizhzhia-underground-school-photos-2026-05", n="gallery teaser without body"),
  E("2026-05-29 08:05", "Eleven children return to Ukrainian-controlled territory in Qatar-mediated handover",
    ["Eleven children who had been living in Russian-occupied areas were reunited with relatives in Ukrainian-controlled territory this week, in a return mediated by Qatar.",
     "Save the Children staff met the families in Kyiv to arrange psychological support."],
    "diplomacy", "diplomacy", 2, "qatar-mediated-child-returns-2026-05", n="mediated return: diplomacy"),
  ]))

# ---------------------------------------------------------------- 13207 Direct Relief
SEEDS.append(dict(
  id="13207", name="13207_directrelief-updates", ext="txt", source="Direct Relief", zone="America/Los_Angeles", render=r_direct_relief,
  title="Ukraine Response: Latest Updates", byline="Marisol Beckett",
  lede="Direct Relief continues to ship medicines and medical supplies to health facilities across Ukraine. This page is updated with the latest information from our Emergency Response team.",
  basis="stamp '{s}' (Pacific time, 'PT' printed, PDT = UTC-7) under the day heading '{dh}' printed above it; local {d} in {z}",
  notes="Imitates an emergency-response update page on directrelief.org (WordPress), copied from the browser. One page byline ('By Marisol Beckett', used as every entry's author) and 'Updated June 1, 2026'. Newest first, grouped under day headings ('Monday, June 1, 2026', 'Sunday, May 31, 2026'); each update is the headline, then 'Update: 3:50 p.m. PT', then the body: the stamp comes AFTER the headline. The page crosses local midnight: the three May 31 evening updates (Pacific time) are already June 1 in UTC, so all seven fall on 2026-06-01 UTC. 13207-07 is a 'Watch:' video teaser without text ('[Video 0:48]' placeholder), importance 1. Direct Relief's own grants and shipments are other/humanitarian by the README convention.",
  not_entries=["site name, Donate, navigation", "label 'EMERGENCY RESPONSE'", "page title", "byline 'By Marisol Beckett'", "'Updated June 1, 2026'", "share line",
               "intro paragraph (lede)", "day headings 'Monday, June 1, 2026' and 'Sunday, May 31, 2026'", "video placeholder '[Video 0:48]'",
               "boilerplate 'Direct Relief is a humanitarian organization, ...'", "donation prompt", "'Related' link", "copyright and footer links"],
  entries=[
  E("2026-06-01 15:50", "Trauma kits arrive at Dnipro hospitals",
    ["A shipment of 400 field trauma kits and two pallets of wound-care supplies reached three hospitals in Dnipro today, after a week in transit through Poland.",
     "The hospitals have been receiving a steady stream of wounded patients from the front line east of the city."],
    "other", "humanitarian", 2, "direct-relief-dnipro-trauma-kits-2026-06", a="Marisol Beckett"),
  E("2026-06-01 11:20", "Health ministry says insulin supply is secured through September",
    ["Ukraine\u2019s Health Ministry said on Monday that insulin stocks will cover patients\u2019 needs through September, easing fears of shortages after a strike damaged a pharmaceutical warehouse in May.",
     "Direct Relief has supplied insulin to Ukrainian partners since 2022."],
    "other", "humanitarian", 2, "ukraine-insulin-supply-secured-2026-06", a="Marisol Beckett"),
  E("2026-06-01 08:05", "Guard killed as glide bomb hits medical warehouse in Kharkiv",
    ["A Russian glide bomb hit a warehouse storing medicines in Kharkiv on Monday evening local time, killing a security guard and destroying much of the stock, regional officials said.",
     "Direct Relief\u2019s partners in the city say none of the supplies it sent were stored there."],
    "strikes", "strikes", 3, "kharkiv-medical-warehouse-strike-2026-06-01", a="Marisol Beckett"),
  E("2026-06-01 06:30", "Overnight drone attack on Kyiv region kills two",
    ["Two people were killed and five injured when Russian drones struck a village in the Kyiv region overnight, the regional governor said. Ukraine\u2019s air force said most of the 90 drones launched were shot down."],
    "strikes", "strikes", 3, "kyiv-region-overnight-drone-attack-2026-06-01", a="Marisol Beckett"),
  E("2026-05-31 22:40", "Grant supports mobile clinics in Kherson region",
    ["Direct Relief awarded $250,000 to a Ukrainian partner that runs mobile clinics in villages along the Dnipro River in the Kherson region, where most pharmacies and health posts have closed."],
    "other", "humanitarian", 2, "direct-relief-kherson-mobile-clinics-grant-2026", a="Marisol Beckett"),
  E("2026-05-31 19:15", "Generators for maternity wards",
    ["Direct Relief will fund 20 industrial generators for maternity wards in the Chernihiv, Sumy and Kharkiv regions, where power cuts after strikes on energy facilities have forced doctors to deliver babies by flashlight."],
    "other", "humanitarian", 2, "direct-relief-maternity-generators-2026", a="Marisol Beckett"),
  E("2026-05-31 17:25", "Watch: Loading Ukraine-bound medicines in Santa Barbara", [], "other", "humanitarian", 1,
    "direct-relief-santa-barbara-loading-video-2026", a="Marisol Beckett", n="video teaser without body"),
  ]))

# ---------------------------------------------------------------- 13208 Razom for Ukraine
NIK = "nikopol-shelling-2026-06-09"
SEEDS.append(dict(
  id="13208", name="13208_razom-dailyupdate", ext="txt", source="Razom for Ukraine", zone="Europe/Kyiv", render=r_razom,
  title="Ukraine Update: Tuesday, June 9", parse_args=["--date", "2026-06-09"],
  lede="Here is what happened in Ukraine today, compiled by the Razom team. All times are Kyiv time.",
  basis="bare time '{s}' at the start of the item line, Kyiv time (printed 'All times are Kyiv time', EEST = UTC+3), on the title's 'Tuesday, June 9' (no year anywhere on the page; parse_args gives 2026-06-09); local {d} in {z}",
  notes="Imitates a daily update post on razomforukraine.org (WordPress), copied from the browser. NO year appears anywhere on the captured page (title 'Ukraine Update: Tuesday, June 9', footer without a copyright year), so parse_args gives --date 2026-06-09. 'All times are Kyiv time.' Oldest first; each item is one line 'HH:MM | Headline' (stamp and headline on the same line), then the body. 'Posted by the Razom team' names no person: author null. The Nikopol shelling is told twice (toll 2 -> 3). The 'How you can help' box after the fourth item is chrome.",
  not_entries=["site name, Donate, navigation", "label 'NEWS'", "page title 'Ukraine Update: Tuesday, June 9'", "'Posted by the Razom team'", "intro paragraph (lede)",
               "'How you can help' box and its text", "newsletter line", "501(c)(3) line and footer links"],
  entries=[
  E("2026-06-09 07:40", "Night attack: Russia launched 112 drones and 4 missiles",
    ["Russia launched 112 attack drones and four ballistic missiles at Ukraine overnight, the air force said, and 97 drones and two missiles were shot down. Falling debris damaged houses in the Vinnytsia and Khmelnytskyi regions."],
    "strikes", "strikes", 2, "overnight-attack-2026-06-09"),
  E("2026-06-09 09:15", "Two killed in Nikopol shelling",
    ["Russian artillery and drones hit Nikopol in the morning, killing two men and damaging a bus depot, the regional governor said.",
     "Nikopol, across the Dnipro River from the occupied Zaporizhzhia nuclear plant, is shelled almost every day."],
    "strikes", "strikes", 3, NIK, n="toll 2"),
  E("2026-06-09 11:30", "Parliament extends martial law and mobilization for 90 days",
    ["The Verkhovna Rada voted to extend martial law and general mobilization for another 90 days, the latest of many extensions since the full-scale invasion began."],
    "other", "politics", 2, "martial-law-extension-2026-06"),
  E("2026-06-09 13:05", "Netherlands pledges \u20ac350 million for Ukrainian-made drones",
    ["The Dutch defense minister announced \u20ac350 million to buy long-range and interceptor drones from Ukrainian manufacturers, the largest single Dutch pledge so far this year."],
    "aid", "aid", 3, "netherlands-drone-funding-2026-06", n="major package"),
  E("2026-06-09 15:20", "Sybiha: Kyiv ready for new technical talks, but not for ultimatums",
    ["Foreign Minister Andrii Sybiha said Ukraine was ready to send a delegation to another round of technical talks with Russia, but would not accept demands to withdraw from its own territory."],
    "diplomacy", "diplomacy", 2, "sybiha-technical-talks-readiness-2026-06-09"),
  E("2026-06-09 18:45", "Razom volunteers deliver generators to Kharkiv hospitals",
    ["Razom volunteers handed over six generators and two water purification units to hospitals in the Kharkiv region as part of our Emergency Response program."],
    "other", "humanitarian", 2, "razom-kharkiv-generators-2026-06"),
  E("2026-06-09 22:10", "Nikopol toll rises to three",
    ["A woman injured in the morning shelling of Nikopol died in hospital, bringing the day\u2019s death toll to three, local officials said."],
    "strikes", "strikes", 3, NIK, n="toll 3"),
  ]))

# ---------------------------------------------------------------- 13209 World Central Kitchen
SEEDS.append(dict(
  id="13209", name="13209_wck-updates", ext="html", source="World Central Kitchen", zone="America/New_York", render=r_wck,
  title="Latest updates", ref="2026-06-11 16:40",
  lede="News from our relief teams around the world, as it happens.",
  basis="relative stamp '{s}' counted back from the page clock 'Updated June 11, 2026, 4:40 PM ET' (EDT = UTC-4); local {d} in {z}",
  notes="Imitates a 'Latest updates' page of wck.org (World Central Kitchen). Newest first; each card: region tag, relative stamp ('45 minutes ago', '3 hours ago') with no machine-readable time, headline, body. The only clock is 'Updated June 11, 2026, 4:40 PM ET' under the title; every stamp is counted back from it. No per-card byline: author null. Three cards are about other emergencies (Haiti, Sudan, the Philippines): off-beat. WCK's own kitchens and water points are other/humanitarian.",
  not_entries=["logo, navigation, Donate", "page title 'Latest updates'", "page clock 'Updated June 11, 2026, 4:40 PM ET'", "intro line (lede)", "region tag on each card",
               "donation box 'Every meal starts with you.' / 'Give now'", "'Load more updates'", "newsletter box", "footer"],
  entries=[
  K(E("2026-06-11 15:55", "Missile strike on Kharkiv high-rise kills five; our team is on site",
    ["A Russian missile hit a 16-storey apartment building in Kharkiv\u2019s Kyivskyi district late this evening, killing at least five people, according to the regional governor.",
     "Our Relief Team arrived within the hour with hot meals and water for rescuers and residents."],
    "strikes", "strikes", 3, "kharkiv-high-rise-missile-strike-2026-06-11"), tag="Ukraine"),
  K(OFF("2026-06-11 14:40", "School meals reach 100,000 students in Port-au-Prince",
    ["Our school meals program in Haiti now reaches 100,000 students every day across 310 schools in and around Port-au-Prince."],
    "haiti-school-meals-2026-06", n="Haiti"), tag="Haiti"),
  K(E("2026-06-11 13:40", "10 million meals from our Zaporizhzhia kitchen",
    ["Our central kitchen in Zaporizhzhia passed 10 million meals this week. Cooks there prepare up to 25,000 meals a day for families in front-line towns, delivered by partner drivers."],
    "other", "humanitarian", 2, "wck-zaporizhzhia-kitchen-10-million-meals-2026-06"), tag="Ukraine"),
  K(OFF("2026-06-11 11:40", "Community kitchens in Tawila scale up",
    ["With support from WCK, community kitchens in Tawila, North Darfur, now serve 40,000 meals a day to families who fled the fighting around El Fasher."],
    "tawila-community-kitchens-2026-06", n="Sudan"), tag="Sudan"),
  K(E("2026-06-11 09:40", "Water outages in Mykolaiv after strike on pumping station",
    ["Parts of Mykolaiv have been without running water since a drone strike damaged a pumping station on Tuesday night. Our team is handing out drinking water alongside meals at 12 points across the city."],
    "other", "humanitarian", 2, "mykolaiv-water-outage-2026-06", sec=["strikes"], n="headline leads with the outage, not the strike"), tag="Ukraine"),
  K(OFF("2026-06-11 07:40", "Teams pre-position food ahead of typhoon",
    ["Relief teams in the northern Philippines are setting up kitchens and stocking food as a typhoon approaches Luzon."],
    "philippines-typhoon-prepositioning-2026-06", n="Philippines"), tag="Philippines"),
  K(E("2026-06-11 04:40", "Kitchen team member injured in Kherson drone attack",
    ["A member of our partner kitchen team in Kherson was injured when a drone dropped explosives near a distribution point on Wednesday evening. He is in stable condition.",
     "We have paused distributions in the area while we review security."],
    "strikes", "strikes", 2, "kherson-kitchen-worker-drone-injury-2026-06-10"), tag="Ukraine"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_castlebeck(S):
    """text live, newest first; 'Key Points' block with bullets; 'HH:MM BST' line, headline, 'By NAME' line, body."""
    z = S["zone"]; order_check(S, True); last = dt(S["entries"][0]["t"], z)
    L = [S["source"].upper(), "Home | News | World | Politics | Business | Sport | Opinion", "", "LIVE", S["title"],
         f"Updated {DAYS_EN[last.weekday()]} {last.day} {MONTHS[last.month - 1]} {last.year} {last:%H:%M} BST", "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + [""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} BST"; stamps.append(st)
        L += [st, e["h"]]
        if e["a"]:
            L.append(f"By {e['a']}")
        L.append("")
        L += ptxt(e["p"]) if e["p"] else ["[Video: 0:57]", ""]
        if i == 3:
            L += ["Get the Courier\u2019s Ukraine Briefing in your inbox every morning. Sign up", ""]
    L += ["Show older posts", "", f"\u00a9 {S['source']} \u00b7 About us \u00b7 Contact \u00b7 Terms \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_lindenbrook(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with per-update datePublished and author; visible
    <time datetime>HH:MM</time> then h3 headline, author span, body."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{701 + i}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "coverageEndTime": (last + timedelta(hours=4)).isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header class="masthead"><a href="/">{esc(S["source"])}</a><nav><a href="/ukraine">Ukraine</a> <a href="/europe">Europe</a> <a href="/world">World</a> '
           '<a href="/analysis">Analysis</a> <a href="/podcasts">Podcasts</a></nav><a class="subscribe" href="/subscribe">Subscribe</a></header>',
           f'<main class="liveblog"><p class="liveblog__badge">Live</p><h1>{esc(S["title"])}</h1>',
           f'<p class="liveblog__dateline">{esc(S["dateline"])}</p>', f'<p class="liveblog__summary">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<section class="post" id="post-{701 + i}"><div class="post__meta"><time datetime="{d.isoformat()}">{st}</time>')
        if e["a"]:
            out.append(f' <span class="post__author">{esc(e["a"])}</span>')
        out.append(f'</div><h3 class="post__title">{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<button class="post__share">Share</button></section>')
        if i == 2:
            out.append('<aside class="related"><h4>Related</h4><a href="/ukraine/odesa-ports-explained">How Odesa\u2019s ports keep exporting despite the attacks</a></aside>')
    out += ['<p class="liveblog__end">This live page is no longer being updated.</p></main>',
            f'<footer>{esc(S["source"])} \u00b7 Editorial code \u00b7 Contact \u00b7 Privacy settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss_world(S):
    """RSS 2.0 world feed, newest first; pubDate with 'GMT', a numeric offset or a US zone word (S['rfc']);
    CDATA paragraphs in <description>; dc:creator when the entry has an author; content:encoded optional (S['encoded'])."""
    z = S["zone"]; order_check(S, True)
    ns = ' xmlns:dc="http://purl.org/dc/elements/1.1/"' + (' xmlns:content="http://purl.org/rss/1.0/modules/content/"' if S.get("encoded") else "")
    out = ['<?xml version="1.0" encoding="UTF-8"?>', f'<rss version="2.0"{ns}>', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), S["rfc"] if S["rfc"] != "num" else None)}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, S["rfc"] if S["rfc"] != "num" else None); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "world").lower()}/{slug(e["h"], 50)}-{i + 3307}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        if S.get("encoded"):
            out.append('<description><![CDATA[' + e["p"][0] + ']]></description>')
            out.append('<content:encoded><![CDATA[' + html_paras(e["p"]) + ']]></content:encoded>')
        else:
            out.append('<description><![CDATA[' + html_paras(e["p"]) + ']]></description>')
        out.append('</item>')
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom_xhtml(S):
    """Atom, newest first; <published> with the page's offset (or Z); <content type="xhtml"> (S['content'] == 'xhtml')
    or entity-escaped <content type="html">; <author> only when the entry has one."""
    z = S["zone"]; order_check(S, True)
    def iso(d):
        return iso_z(d) if S.get("z") else d.isoformat()
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>tag:{S["url"].split("//")[1]},2026:feed</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" href="{S["url"]}/{slug(e["h"], 50)}"/>',
                f'<id>tag:{S["url"].split("//")[1]},2026:{i + 9150}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if S.get("content") == "xhtml":
            out.append('<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">' + html_paras(e["p"]) + '</div></content>')
        else:
            out.append('<content type="html">' + esc(html_paras(e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_glenharrow(S):
    """HTML live, newest first, no JSON-LD; bare 'HH:MM' span ABOVE the h2, printed note 'All times CEST', optional author line."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title></head><body>',
           '<div class="consent">This site uses cookies. <button>Accept</button> <button>Manage</button></div>',
           f'<header><span class="brand">{esc(S["source"])}</span> <nav><a>Home</a> <a>World</a> <a>Europe</a> <a>Ukraine war</a> <a>Opinion</a> <a>Newsletters</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<div class="meta"><span>{esc(S["dateline"])}</span> \u00b7 <span>{esc(S["tznote"])}</span></div>',
           f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="entry"><span class="entry-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="entry-author">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">[Gallery: 12 photos]</div>')
        out.append('</article>')
        if i == 2:
            out.append('<aside class="see-also"><b>See also:</b> <a>Yesterday\u2019s live coverage of the attack on Odesa</a></aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Imprint \u00b7 Privacy \u00b7 Contact</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_quarrystone(S):
    """text live, oldest first; '6:10 a.m. EDT' line before each headline; dateline with year; no per-post authors."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "World   U.S.   Politics   Business   Sports   Newsletters", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', style='dots')} EDT"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["This live coverage has ended.", "", f"{S['source']}   Terms   Privacy   Contact"]
    return "\n".join(L) + "\n", stamps


def r_section_article(S):
    """text article with section headings (one entry per section); standfirst, byline, dateline with time and zone; no per-section stamp."""
    L = [S["source"], "World  /  Europe  /  Ukraine", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share  \u00b7  Email  \u00b7  Print", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += [S["more"], "", f"\u00a9 {S['source']} \u00b7 Legal notice \u00b7 Cookies"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_wendigate(S):
    """HTML live, newest first. JSON-LD @graph with @type ['NewsArticle','LiveBlogPosting'] whose liveBlogUpdate is a
    SINGLE object (only the latest update). Visible stamps are relative ('25 mins ago', '2 hrs ago') inside
    <time datetime="...+01:00">; the page clock 'Updated: 18 June 2026, 21:30' prints no zone. 'By NAME' under the headline."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    first = dt(S["entries"][-1]["t"], z); e0 = S["entries"][0]; d0 = dt(e0["t"], z)
    latest = {"@type": "BlogPosting", "headline": e0["h"], "datePublished": d0.isoformat(), "articleBody": " ".join(e0["p"])}
    if e0["a"]:
        latest["author"] = {"@type": "Person", "name": e0["a"]}
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": S["url"].split("/live")[0] + "/#organization", "name": S["source"]},
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"] + "#article", "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": ref.isoformat(), "coverageStartTime": first.isoformat(), "isPartOf": {"@id": S["url"]},
         "publisher": {"@id": S["url"].split("/live")[0] + "/#organization"}, "liveBlogUpdate": latest}]}
    out = ['<!DOCTYPE html>', '<html lang="en-IE"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a>News</a> <a>World</a> <a>Business</a> <a>Sport</a> <a>Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="updated">Updated: {ref.day} {MONTHS[ref.month - 1]} {ref.year}, {ref:%H:%M}</p>',
           f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} mins ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hr ago" if mins == 60 else f"{mins // 60} hrs ago"
        stamps.append(st)
        out.append(f'<div class="live-update"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 1:
            out.append('<div class="promo">Sign up for the ' + esc(S["source"]) + ' world briefing</div>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Contact \u00b7 Privacy \u00b7 Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_orlingham(S):
    """text live, oldest first; date line with weekday and day but NO year; bare 'HH:MM' line before the headline; two-name page byline."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Live  |  Ukraine  |  Russia  |  Europe  |  Explainers", "", S["title"], S["dateline"], S["byline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["[Video]", ""]
        if i == 3:
            L += ["Support independent reporting from Ukraine. Become a member.", ""]
    L += ["Our live coverage continues tomorrow.", "", f"{S['source']} \u00b7 Team \u00b7 Contact \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2026-05-23 (UTC), day 2 = 2026-05-24, day 3 = 2026-06-18.
ODESA = "odesa-missile-drone-attack-2026-05-23"
IZMAIL = "izmail-port-drone-attack-2026-05-23"
SANC = "eu-sanctions-package-agreed-2026-05-23"
IRIS = "germany-iris-t-delivery-2026-05-23"
PORTS = "analysis-black-sea-ports-targeted"
PORTS_H = "Analysis: Why Russia keeps aiming at Ukraine\u2019s Black Sea ports"
PORTS_P = ["Saturday\u2019s strike on Odesa was the latest in a long series of Russian attacks on the ports that carry most of Ukraine\u2019s grain and steel abroad.",
           "Since Ukraine pushed Russia\u2019s fleet away from its coast in 2023 and opened its own shipping corridor, Moscow has turned to missiles and drones to make every export more costly: damaged terminals, higher insurance premiums and fewer ships willing to call.",
           "Port operators say they have learned to repair berths within days, but each attack still cuts capacity for weeks and raises what Ukraine pays to get its harvest to market."]

# ---------------------------------------------------------------- 13220 Castlebeck Courier (day 1)
SEEDS.append(dict(
  id="13220", name="13220_castlebeck-textlive", ext="txt", source="Castlebeck Courier", zone="Europe/London", render=r_castlebeck,
  title="Russia-Ukraine war live: deadly strike on Odesa; EU agrees new sanctions",
  lede="Russian missiles and drones hit Ukraine\u2019s main Black Sea port city overnight and into Saturday morning. Follow the day\u2019s developments here.",
  basis="stamp '{s}' (UK time, BST = UTC+1, printed) on the page's 'Updated Saturday 23 May 2026 ...' line; local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, newest first. A 'Key Points' block lists three entry headlines (key_point true, importance 3). Each post: 'HH:MM BST' line, headline, optional 'By NAME' line, body. The only date is in the line 'Updated Saturday 23 May 2026 21:40 BST'. 13220-04 is a 'Watch:' video teaser without text ('[Video: 0:57]' placeholder), importance 1. 13220-02 is a theme piece (analysis of why Russia targets Black Sea ports): it mentions the Odesa strike but is its own story, and day 2's 13231-04 re-posts it verbatim. Odesa toll on this page: 3 -> 8.",
  not_entries=["outlet name and navigation", "'LIVE' badge", "page title", "'Updated Saturday 23 May 2026 21:40 BST' line", "lede paragraph",
               "'Key Points' heading and its three bullet lines (pointers to posts, not separate entries)", "video placeholder '[Video: 0:57]'",
               "newsletter line after the fourth post", "'Show older posts'", "footer"],
  entries=[
  E("2026-05-23 21:40", "Odesa death toll rises to eight",
    ["A man pulled from the rubble of a five-storey building in Odesa has died in hospital, taking the number of people killed in Saturday\u2019s Russian attack to eight, the regional governor, Oleh Kiper, said.",
     "More than 30 people were injured, among them four children."],
    "strikes", "strikes", 3, ODESA, a="Harriet Lomax", kp=True, n="toll 8"),
  E("2026-05-23 19:15", PORTS_H, PORTS_P, "strikes", "strikes", 2, PORTS, a="Daniel Okoro",
    n="theme piece (analysis of attacks on ports); mentions the Odesa strike but is its own story: must not merge with the Odesa strike"),
  E("2026-05-23 17:30", "EU ambassadors agree new sanctions package against Russia",
    ["Ambassadors of the 27 EU member states agreed on Saturday on a new package of sanctions against Russia, targeting more than 100 shadow-fleet tankers, several regional banks and companies in third countries accused of supplying drone parts.",
     "The package still needs formal approval by foreign ministers on Monday, which diplomats described as a formality."],
    "diplomacy", "diplomacy", 3, SANC, a="Harriet Lomax", kp=True),
  E("2026-05-23 15:05", "Watch: Firefighters tackle blaze at Odesa port", [], "strikes", "strikes", 1, ODESA, n="video teaser without body"),
  E("2026-05-23 12:20", "Zelensky condemns Odesa attack as \u2018deliberate terror\u2019",
    ["President Volodymyr Zelensky said the strike on Odesa was \u201cdeliberate terror against a peaceful city\u201d and that Russia had used three ballistic missiles and more than 40 drones.",
     "He said the attack hit apartment buildings and a grain terminal, and that the world should answer with pressure on Moscow rather than words."],
    "strikes", "strikes", 3, ODESA, a="Daniel Okoro", n="reaction whose content is the attack itself: same story"),
  E("2026-05-23 09:45", "Three killed as Russian missiles and drones hit Odesa",
    ["At least three people were killed and 19 injured when Russian missiles and drones hit Odesa early on Saturday, Ukrainian officials said.",
     "A five-storey apartment building in the city\u2019s Kyivskyi district partly collapsed, and a fire broke out at a grain terminal in the port."],
    "strikes", "strikes", 3, ODESA, a="Harriet Lomax", kp=True, n="toll 3"),
  E("2026-05-23 07:10", "Ukraine\u2019s army reports fierce fighting near Huliaipole",
    ["Ukraine\u2019s general staff said its troops had repelled 38 Russian assaults near Huliaipole in the Zaporizhzhia region over the past 24 hours, the most on any section of the front."],
    "other", "frontline", 2, "huliaipole-front-assaults-2026-05-23"),
  ]))

# ---------------------------------------------------------------- 13221 Lindenbrook Herald (day 1)
SEEDS.append(dict(
  id="13221", name="13221_lindenbrook-ldlive", ext="html", source="Lindenbrook Herald", zone="Europe/Kyiv", render=r_lindenbrook,
  title="Odesa under attack: live updates", url="https://lindenbrook-herald.example/ukraine/live/odesa-attack-23-may",
  dateline="Saturday, 23 May 2026 \u00b7 Kyiv time",
  lede="Russia struck Odesa with missiles and drones in the early hours. Our correspondents follow the consequences and the day\u2019s other news from Ukraine.",
  basis="visible '{s}' in <time datetime> (+03:00 = Kyiv summer time), matching the LiveBlogPosting update's datePublished, on 'Saturday, 23 May 2026 \u00b7 Kyiv time'; local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first, with LiveBlogPosting JSON-LD whose liveBlogUpdate array carries each update's own datePublished (+03:00), headline, articleBody and author. Visible: <time datetime>HH:MM</time> and author span above an h3 headline, then the body. 13221-06 repeats 13221-03 nearly verbatim (duplicate_of 13221-03, importance 1). 13221-02 (night drone attack on the Danube port of Izmail, Odesa region) is a different event from the Odesa city strike: must not merge. 13221-05 (glide bomb on Kharkiv) must not merge with Odesa either. Odesa toll here: 2 -> 6 -> 7.",
  not_entries=["masthead, navigation, Subscribe", "'Live' badge", "page title", "dateline 'Saturday, 23 May 2026 \u00b7 Kyiv time'", "summary paragraph (lede)",
               "'Share' button of every post", "'Related' aside after the third post", "'This live page is no longer being updated.'", "footer"],
  entries=[
  E("2026-05-23 08:10", "Explosions rock Odesa as missiles and drones hit the city",
    ["A series of powerful explosions shook Odesa shortly after 4 a.m. as Russia attacked the city with ballistic missiles and attack drones, our correspondent reported.",
     "The regional military administration said at least two people were killed and that rescuers were working at a damaged apartment building."],
    "strikes", "strikes", 3, ODESA, a="Iryna Kovalchuk", n="first report, toll 2"),
  E("2026-05-23 09:35", "Drones damage grain terminal at Izmail port on the Danube",
    ["Russian drones struck port facilities in Izmail, in the south of the Odesa region, during the night, damaging a grain terminal and a warehouse, regional officials said. No one was hurt."],
    "strikes", "strikes", 2, IZMAIL, a="Iryna Kovalchuk", n="same region as Odesa, other strike: must not merge with the Odesa strike"),
  E("2026-05-23 11:20", "Germany delivers two more IRIS-T air defence systems",
    ["Germany has handed over two more IRIS-T SLM air defence systems to Ukraine, Defence Minister Boris Pistorius said on Saturday, adding that a third would follow before the end of summer.",
     "Ukraine has long said it needs more medium-range systems to protect cities such as Odesa and Kharkiv."],
    "aid", "aid", 3, IRIS, a="Maksym Havrylenko"),
  E("2026-05-23 12:50", "Odesa toll climbs to six; children among the injured",
    ["The number of people killed in the morning attack on Odesa has risen to six, governor Oleh Kiper said, and 27 people are being treated for injuries, three of them children."],
    "strikes", "strikes", 3, ODESA, a="Iryna Kovalchuk", n="toll 6"),
  E("2026-05-23 14:30", "Glide bomb hits Kharkiv outskirts, two injured",
    ["A Russian guided aerial bomb landed near a warehouse on the northern outskirts of Kharkiv, injuring two workers, the city\u2019s mayor said."],
    "strikes", "strikes", 2, "kharkiv-glide-bomb-2026-05-23", a="Maksym Havrylenko", n="another strike the same day: must not merge with Odesa"),
  E("2026-05-23 16:05", "Germany delivers two more IRIS-T air defence systems",
    ["Germany has handed over two more IRIS-T SLM air defence systems to Ukraine, Defence Minister Boris Pistorius said on Saturday, and a third will follow before the end of summer.",
     "Ukraine has long said it needs more medium-range systems to protect cities such as Odesa and Kharkiv."],
    "aid", "aid", 1, IRIS, a="Maksym Havrylenko", dup="13221-03", n="near-verbatim repeat of 13221-03"),
  E("2026-05-23 18:40", "Odesa declares day of mourning as toll reaches seven",
    ["Odesa\u2019s city authorities declared Sunday a day of mourning after the number of dead from the morning attack rose to seven.",
     "Flags will fly at half-mast and public entertainment events have been cancelled."],
    "strikes", "strikes", 3, ODESA, a="Iryna Kovalchuk", n="toll 7, mourning"),
  ]))

# ---------------------------------------------------------------- 13222 Moorcastle World Service (day 1, general world feed)
SEEDS.append(dict(
  id="13222", name="13222_moorcastle-worldrss", ext="xml", source="Moorcastle World Service", zone="UTC", render=r_rss_world, rfc="GMT",
  title="Moorcastle World Service \u2014 World", url="https://moorcastle-ws.example/world",
  lede="Top international stories from the Moorcastle World Service newsroom.",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, no authors, paragraphs in CDATA descriptions. 4 of 6 items are off-beat (Cannes, Colombia's election campaign, an Icelandic eruption, the monsoon). The Odesa item uses the spelling 'Odessa' (toll 6).",
  not_entries=["channel title, link, description, language, lastBuildDate", "item link, guid and category elements"],
  entries=[
  OFF("2026-05-23 21:10", "Cannes jury awards Palme d\u2019Or to family drama set in Lagos",
      ["The Cannes film festival closed on Saturday with its top prize going to a Nigerian-British drama about three sisters running a market stall in Lagos."],
      "cannes-palme-dor-2026", n="film festival", cat="Culture"),
  OFF("2026-05-23 18:25", "Colombia\u2019s presidential hopefuls close campaigns before first-round vote",
      ["Colombia\u2019s leading presidential candidates held final rallies in Bogot\u00e1 and Medell\u00edn on Saturday, eight days before a first round that polls suggest will go to a run-off."],
      "colombia-presidential-campaign-2026", n="Colombian election"),
  E("2026-05-23 14:40", "Germany sends more IRIS-T air defence to Ukraine",
    ["Germany has delivered two further IRIS-T medium-range air defence systems to Ukraine, Defence Minister Boris Pistorius said."],
    "aid", "aid", 3, IRIS),
  E("2026-05-23 11:30", "Russian strike on Odessa kills six",
    ["Six people were killed when Russian missiles and drones struck the Ukrainian port city of Odessa on Saturday morning, hitting a residential building and a grain terminal, local officials said."],
    "strikes", "strikes", 3, ODESA, n="spelling 'Odessa'; toll 6"),
  OFF("2026-05-23 08:15", "Volcano erupts again on Iceland\u2019s Reykjanes peninsula",
      ["A new fissure opened near the town of Grindav\u00edk early on Saturday, sending lava fountains into the air; the town and the nearby Blue Lagoon were evacuated as a precaution."],
      "iceland-reykjanes-eruption-2026-05", n="volcano"),
  OFF("2026-05-23 05:50", "Early monsoon rains reach India\u2019s Kerala coast",
      ["The monsoon arrived on the coast of Kerala a week earlier than usual, India\u2019s weather agency said, bringing relief after a long spell of heat."],
      "kerala-monsoon-onset-2026", n="weather"),
  ]))

# ---------------------------------------------------------------- 13223 Vessimor Post (day 1)
SEEDS.append(dict(
  id="13223", name="13223_vessimor-atom", ext="xml", source="Vessimor Post", zone="Europe/Berlin", render=r_atom_xhtml, content="xhtml",
  title="Vessimor Post | Ukraine", url="https://vessimor-post.example/ukraine", lede="News and analysis on Russia\u2019s war against Ukraine",
  basis="Atom <published> '{s}' (explicit +02:00 = CEST); local {d} in {z}",
  notes="Invented outlet (Germany). Atom feed, newest first, <published> with +02:00, per-entry <author>, body as <content type=\"xhtml\"> (an XHTML div with paragraphs, not escaped). 13223-03 (Ukrainian drones on a power plant in Russia's Rostov region) must not merge with the Odesa strike (drones the other way). 13223-05 (Merz urging Europe to pay for air defence) shares the air-defence theme with Germany's IRIS-T delivery (13221-03, 13222-03) but is a different statement: must not merge. Odesa toll here: 7, search over.",
  not_entries=["feed title, subtitle, links, id and updated", "entry link, id and updated elements"],
  entries=[
  E("2026-05-23 20:15", "Odesa: seven dead, rescuers end search",
    ["Rescuers in Odesa have finished searching the partly collapsed apartment block hit in Saturday morning\u2019s Russian attack; seven people are confirmed dead and 31 injured, the emergency service said."],
    "strikes", "strikes", 3, ODESA, a="Lena Br\u00fcckner", n="toll 7, search over"),
  E("2026-05-23 17:40", "EU states agree sanctions on shadow fleet and banks",
    ["EU governments agreed on a new sanctions package against Russia that lists more than 100 additional tankers of the so-called shadow fleet and bars several Russian regional banks from doing business in the bloc.",
     "Hungary and Slovakia lifted their objections after receiving assurances on energy supplies, diplomats said."],
    "diplomacy", "diplomacy", 3, SANC, a="Jonas Aldinger"),
  E("2026-05-23 13:10", "Drones hit power plant in Russia\u2019s Rostov region",
    ["Ukrainian drones struck the Novocherkassk power station in Russia\u2019s Rostov region overnight, starting a fire in the turbine hall, the regional governor said. He reported no casualties."],
    "strikes", "strikes", 2, "novocherkassk-power-plant-drone-strike-2026-05-23", a="Jonas Aldinger",
    n="strike on the Russian side: must not merge with the Odesa strike"),
  E("2026-05-23 10:25", "Russia claims capture of village near Kostiantynivka",
    ["Russia\u2019s defence ministry said its troops had taken a village south-east of Kostiantynivka in the Donetsk region. Ukraine\u2019s military did not confirm the claim."],
    "other", "frontline", 2, "russia-claims-village-near-kostiantynivka-2026-05-23", a="Lena Br\u00fcckner"),
  E("2026-05-23 08:00", "Merz urges Europe to \u2018close the sky gap\u2019 over Ukraine",
    ["German Chancellor Friedrich Merz called on European governments to pool money for air defence for Ukraine, saying too many Ukrainian cities remained unprotected against ballistic missiles.",
     "He spoke at a party event in Stuttgart on Friday evening."],
    "aid", "aid", 2, "merz-air-defence-appeal-2026-05-22", a="Jonas Aldinger",
    n="same air-defence theme as the IRIS-T delivery, different statement: must not merge"),
  ]))

# ---------------------------------------------------------------- day 2 (2026-05-24)
KYIV = "kyiv-missile-drone-attack-2026-05-24"
ZUPPI = "zuppi-moscow-visit-2026-05"

# ---------------------------------------------------------------- 13230 Glenharrow Times (day 2)
SEEDS.append(dict(
  id="13230", name="13230_glenharrow-htmllive", ext="html", source="Glenharrow Times", zone="Europe/Warsaw", render=r_glenharrow,
  title="Ukraine war live: Kyiv hit by ballistic missiles, at least 11 dead", dateline="Sunday, 24 May 2026", tznote="All times CEST",
  lede="Russia launched one of its largest attacks of the year on the Ukrainian capital overnight. In Odesa, the death toll from Saturday\u2019s strike has risen again.",
  basis="bare '{s}' above the headline, read with the printed note 'All times CEST' (UTC+2) and the dateline 'Sunday, 24 May 2026'; local {d} in {z}",
  notes="Invented outlet (Poland). HTML live blog without JSON-LD, newest first. Each entry: bare 'HH:MM' span ABOVE the h2, optional author line below it, body. The zone is known only from the printed note 'All times CEST'. 13230-01 is a 'Photos:' gallery teaser without text (importance 1). Kyiv toll on this page: 4 -> 7 -> 11. 13230-03 (drone on a house in Bila Tserkva, Kyiv region) is a different strike from the Kyiv city attack: must not merge. 13230-04 continues day 1's Odesa story with a new development (ninth death).",
  not_entries=["cookie bar", "header and navigation", "page title", "meta line 'Sunday, 24 May 2026 \u00b7 All times CEST'", "standfirst",
               "gallery placeholder '[Gallery: 12 photos]' in 13230-01", "'See also' aside linking yesterday's coverage", "footer"],
  entries=[
  E("2026-05-24 19:30", "Photos: Kyiv after the night attack", [], "strikes", "strikes", 1, KYIV, n="gallery teaser without body"),
  E("2026-05-24 17:45", "Kyiv toll rises to 11 as rescuers reach lower floors",
    ["Eleven people are now confirmed dead in Kyiv after rescuers reached the lower floors of the partly collapsed building in the Sviatoshynskyi district, the head of the city military administration said.",
     "Among the dead are a nine-year-old boy and his mother."],
    "strikes", "strikes", 3, KYIV, a="Pawe\u0142 Zieli\u0144ski", n="toll 11"),
  E("2026-05-24 15:10", "Drone hits house in Bila Tserkva, one injured",
    ["A Russian drone struck a private house in Bila Tserkva, south of Kyiv, on Sunday afternoon, injuring a 67-year-old woman, the Kyiv regional administration said."],
    "strikes", "strikes", 2, "bila-tserkva-drone-strike-2026-05-24", a="Pawe\u0142 Zieli\u0144ski",
    n="same region as the Kyiv attack, other strike: must not merge"),
  E("2026-05-24 12:40", "Odesa: woman dies in hospital, toll now nine",
    ["A 54-year-old woman injured in Saturday\u2019s Russian strike on Odesa has died in hospital, bringing the death toll to nine, regional governor Oleh Kiper said. Sunday is a day of mourning in the city."],
    "strikes", "strikes", 3, ODESA, a="Agnieszka Wrona", n="continuation of the day-1 Odesa story with a new development (toll 9)"),
  E("2026-05-24 10:20", "Polish and allied jets scrambled during Russian attack",
    ["Poland\u2019s operational command scrambled Polish and allied aircraft overnight and put ground-based air defences on alert as Russia struck targets in western and central Ukraine. No violation of Polish airspace was reported."],
    "other", "security", 2, "poland-scrambles-jets-2026-05-24", a="Agnieszka Wrona"),
  E("2026-05-24 08:05", "At least seven killed in Kyiv as ballistic missiles hit apartment block",
    ["At least seven people were killed and more than 40 injured in Kyiv when ballistic missiles and drones hit residential areas overnight, city officials said.",
     "Part of a nine-storey building in the Sviatoshynskyi district collapsed, and fires broke out in at least four other districts."],
    "strikes", "strikes", 3, KYIV, a="Pawe\u0142 Zieli\u0144ski", n="toll 7"),
  E("2026-05-24 06:30", "Kyiv under massive missile and drone attack",
    ["Explosions were heard across Kyiv for more than three hours overnight as Russia attacked the capital with ballistic missiles, cruise missiles and drones. Officials reported at least four dead."],
    "strikes", "strikes", 3, KYIV, a="Pawe\u0142 Zieli\u0144ski", n="first report, toll 4"),
  ]))

# ---------------------------------------------------------------- 13231 Quarrystone Daily (day 2)
SEEDS.append(dict(
  id="13231", name="13231_quarrystone-textlive", ext="txt", source="Quarrystone Daily", zone="America/New_York", render=r_quarrystone,
  title="Russia-Ukraine war: live updates", dateline="Sunday, May 24, 2026",
  lede="Follow the latest on the war in Ukraine. All times Eastern.",
  basis="stamp '{s}' (Eastern time, EDT = UTC-4, printed) under the dateline 'Sunday, May 24, 2026'; local {d} in {z}",
  notes="Invented outlet (US). Text live blog, oldest first, 'h:mm a.m. EDT' line before each headline, no per-post authors. 13231-06 repeats 13231-01 nearly verbatim (importance 1, duplicate_of 13231-01). 13231-04 is a verbatim re-post of day 1's analysis 13220-02 (same headline and text, syndicated): importance 1, same story slug as on day 1. 13231-02 is a theme piece (why Ukraine runs short of interceptors) that mentions the Kyiv attack but is its own story; 13231-03 (Zelensky's Patriot request) shares that theme but is a separate statement: must not merge. 13231-05 continues day 1's Odesa story.",
  not_entries=["outlet name and navigation", "page title and dateline", "lede 'Follow the latest ... All times Eastern.'", "'ADVERTISEMENT'",
               "'This live coverage has ended.'", "footer"],
  entries=[
  E("2026-05-24 06:10", "Russia pounds Kyiv with missiles and drones; at least seven dead",
    ["Russia fired ballistic and cruise missiles and more than 200 drones at Ukraine overnight, with Kyiv the main target, killing at least seven people in the capital, Ukrainian officials said.",
     "A residential building in the western Sviatoshynskyi district partly collapsed."],
    "strikes", "strikes", 3, KYIV, n="toll 7"),
  E("2026-05-24 07:25", "Analysis: Why Ukraine keeps running short of interceptors",
    ["Sunday\u2019s attack on Kyiv, in which ballistic missiles got through the city\u2019s defences, shows again the gap at the heart of Ukraine\u2019s air defence: too few interceptors for the systems it already has.",
     "Only a handful of Western systems can reliably stop ballistic missiles, and the interceptors they fire are made in small numbers and are wanted by many other buyers.",
     "European governments have been paying for American interceptors for Ukraine, but deliveries take months, while Russia has raised its output of ballistic missiles."],
    "aid", "aid", 2, "analysis-ukraine-interceptor-shortage", sec=["strikes"],
    n="theme piece (analysis of interceptor stocks); mentions the Kyiv attack but is its own story: must not merge with the Kyiv attack or with 13231-03"),
  E("2026-05-24 08:40", "Zelensky asks Washington to speed up Patriot sales",
    ["President Volodymyr Zelensky said he had asked the United States to speed up the sale of Patriot systems and interceptors that European allies have offered to pay for.",
     "\u201cEvery delay is measured in lives,\u201d he said in a video address on Sunday."],
    "aid", "aid", 2, "zelensky-patriot-purchase-appeal-2026-05-24", sec=["diplomacy"],
    n="same air-defence theme as the analysis 13231-02, separate statement: must not merge"),
  E("2026-05-24 09:50", PORTS_H, PORTS_P, "strikes", "strikes", 1, PORTS,
    n="re-post of day-1 entry 13220-02 (verbatim syndicated analysis), importance 1"),
  E("2026-05-24 11:15", "Odesa buries its dead as toll reaches nine",
    ["Funerals began in Odesa on Sunday for victims of Saturday\u2019s Russian strike, as officials said a ninth person, a woman wounded in the attack, had died in hospital.",
     "The city held a day of mourning."],
    "strikes", "strikes", 3, ODESA, n="continuation of the day-1 Odesa story (toll 9)"),
  E("2026-05-24 12:30", "Russia pounds Kyiv with missiles and drones; at least seven dead",
    ["Russia fired ballistic and cruise missiles and more than 200 drones at Ukraine overnight, with Kyiv the main target, killing at least seven people in the capital, according to Ukrainian officials.",
     "A residential building in the western Sviatoshynskyi district partly collapsed."],
    "strikes", "strikes", 1, KYIV, dup="13231-01", n="near-verbatim repeat of 13231-01"),
  E("2026-05-24 14:05", "Vatican envoy Zuppi to travel to Moscow for talks on children",
    ["Cardinal Matteo Zuppi, Pope Leo\u2019s envoy for the war in Ukraine, will travel to Moscow next week to discuss the return of Ukrainian children, the Vatican said on Sunday."],
    "diplomacy", "diplomacy", 3, ZUPPI),
  ]))

# ---------------------------------------------------------------- 13232 Merrowby Review (day 2, general world feed)
SEEDS.append(dict(
  id="13232", name="13232_merrowby-worldatom", ext="xml", source="Merrowby Review", zone="UTC", render=r_atom_xhtml, z=True,
  title="Merrowby Review: World", url="https://merrowby-review.example/world", lede="World news from the Merrowby Review",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z, no authors, entity-escaped HTML in <content type=\"html\">. 4 of 6 entries are off-beat (Indianapolis 500, Spanish heat, Manitoba wildfires, a Philippine ferry). War items: the Kyiv attack spelled 'Kiev' (toll 11) and the Vatican envoy's trip to Moscow.",
  not_entries=["feed title, subtitle, links, id and updated", "entry link, id and updated elements"],
  entries=[
  OFF("2026-05-24 21:15", "Indianapolis 500 finishes under caution after late crash",
      ["A crash in the closing laps of the Indianapolis 500 on Sunday brought out the yellow flag, and the race ended under caution for the first time in several years."],
      "indianapolis-500-2026", n="motor racing"),
  E("2026-05-24 18:20", "Kiev hit by heaviest attack in weeks, at least 11 dead",
    ["At least 11 people were killed in the Ukrainian capital, Kiev, after Russia launched ballistic missiles and drones at the city overnight, Ukrainian officials said on Sunday."],
    "strikes", "strikes", 3, KYIV, n="spelling 'Kiev'; toll 11"),
  OFF("2026-05-24 15:45", "Spain records its hottest May day as heat grips the south",
      ["Temperatures reached 42C in C\u00f3rdoba on Sunday, a national record for May, Spain\u2019s weather agency said."],
      "spain-may-heat-record-2026", n="weather"),
  E("2026-05-24 12:30", "Vatican\u2019s Ukraine envoy to visit Moscow",
    ["Cardinal Matteo Zuppi will go to Moscow in the coming days for talks on returning Ukrainian children taken to Russia, the Holy See\u2019s press office said."],
    "diplomacy", "diplomacy", 3, ZUPPI),
  OFF("2026-05-24 09:05", "Wildfires force evacuations in Canada\u2019s Manitoba",
      ["Several thousand people were ordered to leave communities in northern Manitoba as wildfires spread in hot, windy weather."],
      "manitoba-wildfire-evacuations-2026-05", n="wildfires"),
  OFF("2026-05-24 06:40", "Philippine ferry runs aground, all passengers rescued",
      ["A passenger ferry ran aground off the central Philippine island of Cebu in heavy seas, and coast guard boats rescued all 212 people on board."],
      "cebu-ferry-aground-2026-05", n="maritime accident"),
  ]))

# ---------------------------------------------------------------- 13233 Ostley Gazette (day 2)
SEEDS.append(dict(
  id="13233", name="13233_ostley-article", ext="txt", source="Ostley Gazette", zone="Europe/Paris", render=r_section_article,
  title="Kyiv counts its dead after night of missiles; Paris prepares coalition meeting", byline="Claire Montagut",
  dateline="24 May 2026, 16:30 CEST",
  lede="A deadly attack on the Ukrainian capital, a day of mourning in Odesa and diplomacy in Paris: the essentials of Sunday.",
  more="Read also: What the coalition of the willing has promised Ukraine so far",
  basis="no per-section time: the article dateline '24 May 2026, 16:30 CEST' (CEST = UTC+2) dates every section; local {d} in {z}",
  notes="Invented outlet (France). Text article with three section headings; each section is one entry (headline = heading, stamp null, published = the dateline, author = the page byline). Kyiv toll here: 9. Section 2 continues day 1's Odesa story (toll 9). Macron calling a coalition-of-the-willing meeting is a head-of-state diplomatic move (importance 3).",
  not_entries=["outlet name and breadcrumb", "article title", "standfirst (lede)", "byline 'By Claire Montagut'", "dateline '24 May 2026, 16:30 CEST'",
               "share line", "'Read also: ...' related link", "footer"],
  entries=[
  E("2026-05-24 16:30", "Kyiv: rescuers dig through collapsed block",
    ["Nine people were killed in Kyiv in a Russian attack overnight, according to an updated count by the city authorities on Sunday afternoon, and dozens were injured.",
     "Rescue teams were still at work in the Sviatoshynskyi district, where part of a nine-storey building collapsed after a direct hit."],
    "strikes", "strikes", 3, KYIV, a="Claire Montagut", n="toll 9"),
  E("2026-05-24 16:30", "Odesa mourns",
    ["In Odesa, where Sunday was declared a day of mourning, the death toll from Saturday\u2019s strike rose to nine after a woman died of her injuries."],
    "strikes", "strikes", 3, ODESA, a="Claire Montagut", n="continuation of the day-1 Odesa story (toll 9)"),
  E("2026-05-24 16:30", "Macron calls coalition meeting in Paris",
    ["President Emmanuel Macron will host leaders of the so-called coalition of the willing in Paris on Thursday to discuss security guarantees for Ukraine, the \u00c9lys\u00e9e announced on Sunday.",
     "British Prime Minister Keir Starmer is expected to co-chair the meeting, which Ukrainian officials hope will bring firmer commitments on air defence."],
    "diplomacy", "diplomacy", 3, "coalition-of-the-willing-paris-meeting-2026-05", a="Claire Montagut"),
  ]))

# ---------------------------------------------------------------- day 3 (2026-06-18)
NOVO = "novorossiysk-oil-terminal-drone-attack-2026-06-18"
EXCH = "uae-mediated-prisoner-exchange-2026-06-18"
BODIES = "repatriation-of-bodies-2026-06-18"

# ---------------------------------------------------------------- 13240 Pendrith Wire (day 3)
SEEDS.append(dict(
  id="13240", name="13240_pendrith-rss", ext="xml", source="Pendrith Wire", zone="Europe/Kyiv", render=r_rss_world, rfc="num", encoded=True,
  title="Pendrith Wire \u2013 Ukraine", url="https://pendrith-wire.example/ukraine", lede="Wire reports from Kyiv and the regions",
  basis="RSS pubDate '{s}' (explicit +0300 offset = Kyiv summer time); local {d} in {z}",
  notes="Invented outlet (Ukraine). RSS 2.0, newest first, pubDate with +0300, dc:creator, <description> = first paragraph and content:encoded = full text (the body). 13240-05 (drone debris fire at the Tuapse refinery, Krasnodar region) is a different strike from the Novorossiysk terminal attack in the same region: must not merge. 13240-03 (return of 1,000 bodies) shares the theme of returns with the prisoner exchange 13240-01 but is a different event: must not merge. Novorossiysk injured here: 2 -> 5.",
  not_entries=["channel title, link, description, language, lastBuildDate", "item link, guid and category elements", "item <description> (repeats the first paragraph)"],
  entries=[
  E("2026-06-18 22:40", "Ukraine and Russia swap 300 prisoners each in UAE-brokered exchange",
    ["Ukraine and Russia exchanged 300 prisoners of war each on Thursday in a swap mediated by the United Arab Emirates, President Volodymyr Zelensky said.",
     "Most of the Ukrainians freed had been captured in 2022 and 2023, among them defenders of Mariupol, he said."],
    "diplomacy", "diplomacy", 3, EXCH, a="Oleksandr Pryimak"),
  E("2026-06-18 19:15", "Novorossiysk terminal fire contained, five injured, governor says",
    ["Firefighters contained the blaze at the Sheskharis oil terminal in Novorossiysk by Thursday evening, Krasnodar region governor Veniamin Kondratyev said, adding that five people had been injured in the drone attack.",
     "Loading of tankers at the terminal has been suspended."],
    "strikes", "strikes", 3, NOVO, a="Olha Semeniuk", n="5 injured"),
  E("2026-06-18 15:30", "Ukraine receives bodies of 1,000 fallen soldiers",
    ["Ukraine received 1,000 bodies that Russia says are those of Ukrainian soldiers, under an earlier agreement between the two sides, the coordination headquarters for prisoners of war said.",
     "Russia received the bodies of 27 of its servicemen."],
    "diplomacy", "diplomacy", 3, BODIES, a="Oleksandr Pryimak", n="same theme as the prisoner exchange, different event: must not merge"),
  E("2026-06-18 12:05", "EU pays out \u20ac4.2 billion loan tranche to Ukraine",
    ["The European Commission transferred \u20ac4.2 billion to Ukraine, the first payment this year under the EU\u2019s new loan for Ukraine\u2019s budget and defence needs, Prime Minister Yulia Svyrydenko said."],
    "aid", "aid", 3, "eu-loan-tranche-ukraine-2026-06", a="Olha Semeniuk", n="major financial aid"),
  E("2026-06-18 09:20", "Drone debris starts fire at Tuapse refinery",
    ["Debris from a downed drone set fire to a storage tank at the Tuapse oil refinery on Russia\u2019s Black Sea coast before dawn, local authorities said. The fire was put out within two hours."],
    "strikes", "strikes", 2, "tuapse-refinery-fire-2026-06-18", a="Olha Semeniuk",
    n="same region (Krasnodar) as Novorossiysk, other strike: must not merge"),
  E("2026-06-18 06:45", "Ukrainian drones hit oil terminal in Novorossiysk, Russian officials say",
    ["Ukrainian naval and aerial drones attacked the port of Novorossiysk overnight, setting fire to part of the Sheskharis oil terminal and injuring two people, Russian officials said."],
    "strikes", "strikes", 3, NOVO, a="Olha Semeniuk", n="first report, 2 injured"),
  ]))

# ---------------------------------------------------------------- 13241 Wendigate Journal (day 3)
SEEDS.append(dict(
  id="13241", name="13241_wendigate-htmllive", ext="html", source="Wendigate Journal", zone="Europe/Dublin", render=r_wendigate,
  title="Ukraine war: drones set Russian oil terminal ablaze; 300 POWs freed",
  url="https://wendigate-journal.example/world/live/ukraine-war-18-june", ref="2026-06-18 21:30",
  lede="A Ukrainian drone attack on Russia\u2019s largest Black Sea oil port and a prisoner exchange lead the day\u2019s news.",
  basis="visible relative stamp '{s}' counted back from the page clock 'Updated: 18 June 2026, 21:30' (Irish time, IST = UTC+1, not printed); the <time datetime> attribute (+01:00) agrees; local {d} in {z}",
  notes="Invented outlet (Ireland). HTML live blog, newest first. Visible stamps are relative ('25 mins ago', '2 hrs ago') inside <time datetime=\"...+01:00\">; the page clock 'Updated: 18 June 2026, 21:30' prints no zone (Irish summer time). JSON-LD is a Yoast-style @graph whose article node has @type ['NewsArticle','LiveBlogPosting'] and a liveBlogUpdate that is a SINGLE object holding only the newest update (not an array of all updates). 'By NAME' line under each headline. 13241-02 is a theme piece (analysis of Ukraine's drone campaign against Russian oil) that mentions Novorossiysk but is its own story. 13241-06 spells 'Novorossiisk'.",
  not_entries=["header and navigation", "page title", "page clock 'Updated: 18 June 2026, 21:30'", "standfirst", "newsletter promo after the second update", "footer"],
  entries=[
  E("2026-06-18 21:05", "Prisoner swap: freed Ukrainians arrive in Chernihiv region",
    ["Buses carrying the 300 Ukrainian prisoners of war freed on Thursday reached a hospital in the Chernihiv region this evening, where relatives waited with flags and photographs.",
     "Ukraine said the exchange, its first since April, was mediated by the United Arab Emirates."],
    "diplomacy", "diplomacy", 3, EXCH, a="Niamh Carolan"),
  E("2026-06-18 19:30", "Analysis: Ukraine\u2019s drone war on Russian oil is starting to bite",
    ["Thursday\u2019s attack on Novorossiysk is part of a campaign that has taken Ukraine\u2019s long-range drones to refineries and export terminals across western Russia.",
     "Analysts estimate that strikes this year have at times cut Russian refining capacity by a tenth or more, forcing Moscow to ban petrol exports and to import fuel from Belarus.",
     "The harder question is whether the damage reaches Russia\u2019s war budget, which depends far more on crude exports than on refined products."],
    "strikes", "strikes", 2, "analysis-ukraine-drone-war-on-russian-oil", a="Eoin Mulcair",
    n="theme piece (analysis); mentions Novorossiysk but is its own story: must not merge with the Novorossiysk attack"),
  E("2026-06-18 17:30", "Glide bombs kill two in Sloviansk",
    ["Two people were killed and nine injured when Russian glide bombs hit a residential area of Sloviansk in the Donetsk region, the regional governor said."],
    "strikes", "strikes", 3, "sloviansk-glide-bomb-strike-2026-06-18", a="Niamh Carolan"),
  E("2026-06-18 15:30", "Krasnodar governor: five hurt in Novorossiysk drone attack",
    ["Five people were injured in the overnight drone attack on Novorossiysk, the governor of Russia\u2019s Krasnodar region said, raising an earlier figure of two.",
     "Satellite images published by a commercial provider showed smoke over the oil terminal and a damaged pier."],
    "strikes", "strikes", 3, NOVO, a="Eoin Mulcair", n="5 injured"),
  E("2026-06-18 12:30", "Government approves \u20ac20m in non-lethal support for Ukraine",
    ["The Irish Government approved a further \u20ac20 million in non-lethal military support for Ukraine through the European Peace Facility, covering demining equipment, medical supplies and fuel."],
    "aid", "aid", 2, "ireland-non-lethal-support-2026-06", a="Niamh Carolan"),
  E("2026-06-18 09:30", "Oil terminal ablaze in Novorossiisk after drone attack",
    ["A large fire broke out at an oil terminal in the Russian Black Sea port of Novorossiisk after an overnight Ukrainian drone attack, Russian officials and local residents said."],
    "strikes", "strikes", 3, NOVO, a="Eoin Mulcair", n="spelling 'Novorossiisk'"),
  ]))

# ---------------------------------------------------------------- 13242 Orlingham Standard (day 3)
OBY = "Mariia Hnatyuk and Felix Arden"
NOVO_H = "Drones strike Novorossiysk oil terminal; tanker reported damaged"
SEEDS.append(dict(
  id="13242", name="13242_orlingham-textlive", ext="txt", source="Orlingham Standard", zone="Europe/Kyiv", render=r_orlingham,
  title="Ukraine live: drones hit Novorossiysk; prisoners come home", dateline="Thursday 18 June \u00b7 all times Kyiv (EEST)",
  byline=f"Live reporting: {OBY}", parse_args=["--date", "2026-06-18"],
  lede="Ukrainian drones reach Russia\u2019s main Black Sea oil port, and Kyiv and Moscow carry out a new exchange.",
  basis="bare stamp '{s}' (Kyiv time, EEST = UTC+3, printed in the date line) on 'Thursday 18 June' (no year printed; parse_args gives 2026-06-18); local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first; date line 'Thursday 18 June \u00b7 all times Kyiv (EEST)' with NO year anywhere on the page (parse_args --date 2026-06-18). Bare 'HH:MM' line before each headline. One page byline with two names, used as every entry's author. 13242-02 is a 'Video:' teaser without body ('[Video]' placeholder). 13242-05 repeats 13242-01 nearly verbatim (duplicate_of 13242-01). 13242-03 (Russia's overnight drones and missiles on Ukraine) must not merge with the Novorossiysk attack (drones the other way). 13242-04 (bodies returned) must not merge with the prisoner exchange 13242-06/07. 13242-07 (Zelensky thanking the UAE) is a reaction whose content is the exchange: same story.",
  not_entries=["outlet name and navigation", "page title", "date line 'Thursday 18 June \u00b7 all times Kyiv (EEST)'", "byline 'Live reporting: ...'", "lede",
               "video placeholder '[Video]'", "membership promo after the fourth post", "'Our live coverage continues tomorrow.'", "footer"],
  entries=[
  E("2026-06-18 07:30", NOVO_H,
    ["Ukrainian drones attacked the Russian port of Novorossiysk overnight, starting a fire at the Sheskharis oil terminal, Russian officials said.",
     "Ukrainian media, citing sources in the security service, reported that a tanker moored at the terminal was also hit."],
    "strikes", "strikes", 3, NOVO, a=OBY),
  E("2026-06-18 08:50", "Video: Flames over Novorossiysk oil terminal", [], "strikes", "strikes", 1, NOVO, a=OBY, n="teaser without body"),
  E("2026-06-18 10:15", "Air force: Russia launched 86 drones and two missiles overnight",
    ["Russia attacked Ukraine overnight with 86 drones and two Iskander-M ballistic missiles, Ukraine\u2019s air force said, adding that 71 drones were shot down or jammed.",
     "Hits were recorded in the Sumy and Poltava regions."],
    "strikes", "strikes", 2, "overnight-russian-attack-2026-06-18", a=OBY, n="drones the other way: must not merge with Novorossiysk"),
  E("2026-06-18 12:40", "Bodies of 1,000 fallen returned to Ukraine",
    ["Ukraine has received 1,000 bodies that Russia says belong to Ukrainian soldiers, the coordination headquarters for prisoners of war said, in a transfer separate from the prisoner exchange expected later in the day."],
    "diplomacy", "diplomacy", 3, BODIES, a=OBY, n="must not merge with the prisoner exchange"),
  E("2026-06-18 14:20", NOVO_H,
    ["Ukrainian drones attacked the Russian port of Novorossiysk overnight, setting off a fire at the Sheskharis oil terminal, Russian officials said.",
     "Ukrainian media, citing sources in the security service, reported that a tanker moored at the terminal was also hit."],
    "strikes", "strikes", 1, NOVO, a=OBY, dup="13242-01", n="near-verbatim repeat of 13242-01"),
  E("2026-06-18 16:35", "Prisoner exchange: 300 Ukrainians come home",
    ["Three hundred Ukrainian prisoners of war returned home on Thursday in exchange for the same number of Russian soldiers, President Volodymyr Zelensky said.",
     "The oldest of the freed men is 61, the youngest 20."],
    "diplomacy", "diplomacy", 3, EXCH, a=OBY),
  E("2026-06-18 19:10", "Zelensky thanks UAE for mediating exchange",
    ["Zelensky thanked the United Arab Emirates for its part in Thursday\u2019s prisoner exchange and said Ukraine was already preparing the next one."],
    "diplomacy", "diplomacy", 3, EXCH, a=OBY, n="reaction whose content is the exchange: same story"),
  ]))

# ---------------------------------------------------------------- 13243 Dovecombe World Report (day 3, general world feed)
SEEDS.append(dict(
  id="13243", name="13243_dovecombe-worldrss", ext="xml", source="Dovecombe World Report", zone="America/New_York", render=r_rss_world, rfc="EDT",
  title="Dovecombe World Report \u2014 International", url="https://dovecombe-report.example/international",
  lede="International headlines, updated through the day.",
  basis="RSS pubDate '{s}' (zone word EDT = UTC-4, RFC 822); local {d} in {z}",
  notes="Invented outlet (US). General world-news RSS 2.0 feed, newest first, pubDate with the zone WORD 'EDT' instead of a numeric offset (RFC 822 allows it). No authors. 4 of 6 items are off-beat (World Cup attendance, the Fed, wildfire smoke, Bolivian fuel blockades). War items: the Novorossiysk attack (3 injured) and the prisoner exchange.",
  not_entries=["channel title, link, description, language, lastBuildDate", "item link, guid and category elements"],
  entries=[
  OFF("2026-06-18 16:50", "World Cup draws record crowds in first week, FIFA says",
      ["FIFA said more than 2.1 million fans attended matches in the first week of the World Cup in the United States, Canada and Mexico, a record for the tournament\u2019s opening stage."],
      "world-cup-attendance-2026", n="football", cat="Sports"),
  E("2026-06-18 14:00", "Ukraine and Russia exchange 300 prisoners of war each",
    ["Ukraine and Russia each freed 300 prisoners of war on Thursday in an exchange brokered by the United Arab Emirates, officials from both countries said."],
    "diplomacy", "diplomacy", 3, EXCH),
  OFF("2026-06-18 11:35", "Markets steady after Fed leaves rates unchanged",
      ["Stock markets steadied on Thursday after the Federal Reserve kept its benchmark rate unchanged and said it would wait for clearer signs that inflation was slowing."],
      "fed-rates-unchanged-2026-06", n="US economy", cat="Business"),
  OFF("2026-06-18 09:20", "Wildfire smoke from Canada triggers air quality alerts in the Midwest",
      ["Smoke from wildfires in Saskatchewan and northern Ontario drifted south, prompting air quality alerts in Minnesota, Wisconsin and Michigan."],
      "canada-wildfire-smoke-midwest-2026-06", n="wildfire smoke"),
  E("2026-06-18 07:10", "Drone attack sets Russian oil terminal on fire",
    ["Ukrainian drones set fire to an oil terminal in the Russian port of Novorossiysk overnight, Russian officials said, in one of the largest attacks on the country\u2019s energy exports this year. Three people were injured."],
    "strikes", "strikes", 3, NOVO, n="3 injured"),
  OFF("2026-06-18 05:45", "Bolivia: fuel shortages spark road blockades",
      ["Truck drivers blocked highways around La Paz and Santa Cruz for a third day over shortages of diesel, Bolivia\u2019s government said."],
      "bolivia-fuel-blockades-2026-06", n="Bolivia"),
  ]))


# ================================================================ writer
def day_heading(d):
    return f"{DAYS_EN[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}"


def build():
    os.makedirs(os.path.join(ROOT, "seeds"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    ids = set()
    for S in SEEDS:
        assert S["id"] not in ids, S["id"]
        ids.add(S["id"])
        z = S["zone"]
        text, stamps = S["render"](S)
        seed_file = f"{S['name']}.{S['ext']}"
        with open(os.path.join(ROOT, "seeds", seed_file), "w", encoding="utf-8") as f:
            f.write(text)
        entries = []
        for i, e in enumerate(S["entries"]):
            d = dt(e["t"], z)
            st = stamps[i]
            basis = S["basis"].format(s=st, d=e["t"], z=z, dh=day_heading(d))
            entries.append({
                "id": f"{S['id']}-{i + 1:02d}",
                "headline": e["h"],
                "stamp": st,
                "published": iso_z(d),
                "published_local": f"{e['t']} {z}",
                "published_basis": basis,
                "author": e["a"],
                "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                "body_paragraphs": len(e["p"]),
                "topic": e["top"],
                "subtopic": e["sub"],
                "secondary_topics": e["sec"],
                "importance": e["imp"],
                "key_point": e["kp"],
                "duplicate_of": e["dup"],
                "story": e["st"],
                "notes": e["n"],
            })
        gold = {"seed": seed_file, "source": S["source"], "page_title": S.get("page_title", S["title"]), "page_timezone": z}
        if S.get("parse_args"):
            gold["parse_args"] = S["parse_args"]
        gold.update({"notes": S["notes"], "entries": entries, "not_entries": S["not_entries"]})
        with open(os.path.join(ROOT, "gold", f"{S['name']}.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print(f"built {len(SEEDS)} seeds, {sum(len(S['entries']) for S in SEEDS)} entries")


if __name__ == "__main__":
    build()

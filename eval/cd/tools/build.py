#!/usr/bin/env python3
"""Builds the eval/cd seed pages and their gold files from ONE hand-written data table (below).

All news text is the blind tester's own wording (invented or paraphrased from the general setting of real 2025
events; details, numbers and reporters are invented). Part A imitates the page layouts of ten real Irish regional
outlets from memory; Part B outlets are invented. Deterministic: running it twice gives identical files.
Run from the project root:  python3 eval/cd/tools/build.py
"""
import html
import json
import os
import re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# ------------------------------------------------------------------ data helpers
def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, **extra):
    """One entry. t = local time in the page's zone 'YYYY-MM-DD HH:MM'; h = headline or None; p = paragraphs."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(extra)
    return d


def OFF(t, h, p, st, a=None, n="", **extra):
    """An off-beat item (not about the war): other / unrelated / importance 1."""
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **extra)


ABBREV = re.compile(r"\b(Mr|Mrs|Ms|Dr|St|Co|No|Gen|Lt|Col|Jan|Feb|Aug|Sept|Oct|Nov|Dec|U\.S|a\.m|p\.m|e\.g|i\.e)\.$")


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018\u00c1\u00c9\u00cd\u00d3\u00da\u0141]|$)', par)
    fs = par[:m.end()] if m else par
    assert not ABBREV.search(fs), fs
    return fs


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def h12(d):
    return d.hour % 12 or 12


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def rfc822(d, zone_text=None):
    """RFC 822 date in d's own offset (or a textual zone such as EDT)."""
    base = f"{WEEKDAYS[d.weekday()][:3]}, {d.day:02d} {MONTHS[d.month - 1][:3]} {d.year} {d:%H:%M:%S} "
    return base + (zone_text or d.strftime("%z"))


def iso(d):
    return d.isoformat()


def txt_paras(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def slug(h):
    return re.sub(r"[^a-z0-9]+", "-", h.lower().replace("\u2019", "")).strip("-")[:70]


# ================================================================== PART A renderers (real outlets' layouts)

def r_clare(S):
    """Clare Champion: WordPress RSS 2.0 (wptexturize entities, dc:creator CDATA, pubDate +0000, excerpt with
    '[&#8230;]' and the 'The post ... appeared first on' footer in description and content:encoded). Newest first."""
    z = S["zone"]

    def wp(s):  # WordPress curly quotes as numeric entities
        return esc(s).replace("\u2019", "&#8217;").replace("\u2018", "&#8216;").replace("\u20ac", "&#8364;")

    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"',
           '\txmlns:content="http://purl.org/rss/1.0/modules/content/"',
           '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"',
           '\txmlns:dc="http://purl.org/dc/elements/1.1/"',
           '\txmlns:atom="http://www.w3.org/2005/Atom"',
           '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"',
           '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"',
           '\t>', '', '<channel>', f'\t<title>{wp(S["title"])}</title>',
           '\t<atom:link href="https://clarechampion.ie/feed/" rel="self" type="application/rss+xml" />',
           '\t<link>https://clarechampion.ie</link>', '\t<description>News, sport and views from every parish in Clare</description>',
           f'\t<lastBuildDate>{S["build"]}</lastBuildDate>', '\t<language>en-GB</language>',
           '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>', '\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>',
           '\t<generator>https://wordpress.org/?v=6.8.1</generator>', '',
           '<image>', '\t<url>https://clarechampion.ie/wp-content/uploads/2023/04/cropped-cc-icon-32x32.png</url>',
           f'\t<title>{wp(S["title"])}</title>', '\t<link>https://clarechampion.ie</link>', '\t<width>32</width>',
           '\t<height>32</height>', '</image> ']
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC)
        st = rfc822(u, "+0000")
        stamps.append(st)
        url = f"https://clarechampion.ie/{slug(e['h'])}/"
        footer = (f'<p>The post <a href="{url}">{wp(e["h"])}</a> appeared first on '
                  f'<a href="https://clarechampion.ie">The Clare Champion</a>.</p>')
        excerpt = e["p"][0][:150].rsplit(" ", 1)[0]
        out += ['\t<item>', f'\t\t<title>{wp(e["h"])}</title>', f'\t\t<link>{url}</link>',
                f'\t\t<comments>{url}#respond</comments>', '\t\t',
                f'\t\t<dc:creator><![CDATA[{e["a"]}]]></dc:creator>', f'\t\t<pubDate>{st}</pubDate>']
        out += [f'\t\t<category><![CDATA[{c}]]></category>' for c in e["cats"]]
        out += [f'\t\t<guid isPermaLink="false">https://clarechampion.ie/?p={212400 + 37 * i}</guid>',
                f'\t\t<description><![CDATA[<p>{wp(excerpt)} [&#8230;]</p>\n{footer}\n]]></description>',
                '\t\t<content:encoded><![CDATA[' + "\n".join(f"<p>{wp(p)}</p>" for p in e["p"]) + f"\n{footer}\n]]></content:encoded>",
                f'\t\t\t\t\t<wfw:commentRss>{url}feed/</wfw:commentRss>', '\t\t<slash:comments>0</slash:comments>', '\t\t', '\t\t', '\t</item>']
    out += ['\t</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_kerryman(S):
    """The Kerryman on independent.ie: regional section listing copied as text; cards = label, headline, standfirst,
    author, 'Today at HH:MM'. No year anywhere on the page. Newest first."""
    z = S["zone"]
    L = ["Skip to main content", "Irish Independent", "", "Sign in", "Subscribe", "",
         "News  Opinion  Business  Sport  Farming  Life  Style  Entertainment  Regionals", "",
         "Regionals", "Kerryman", "News  Sport  GAA  Farming  Community  Notices", "",
         "We and our partners store and access information on your device so that we can show you personalised content and measure how our pages are used.",
         "Accept all  Reject all  Manage choices", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"Today at {d:%H:%M}"
        stamps.append(st)
        L += (["Premium"] if e.get("premium") else []) + [e["h"], ""] + txt_paras(e["p"]) + [e["a"], st, ""]
        if i == 2:
            L += ["Kerryman Newsletter", "The best of Kerry news and sport, straight to your inbox every Wednesday", "Sign up", ""]
    L += ["Load more", "", "Most Read", ""]
    for j, (h, w) in enumerate(S["most_read"]):
        L += [f"{j + 1}", h, w, ""]
    L += ["Mediahuis Ireland", "About us  Contact us  Cookie settings  Privacy statement  Terms and conditions  Help"]
    return "\n".join(L) + "\n", stamps


def r_wexford(S):
    """Wexford People on independent.ie: one article with h2 sections, a single byline and an
    'Sat 14 Jun 2025 at 09:30' dateline under it; NewsArticle JSON-LD with a Z time. Sections carry no time."""
    z = S["zone"]
    d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"],
          "description": S["lede"], "datePublished": d0.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "dateModified": d0.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "Independent.ie",
                        "logo": {"@type": "ImageObject", "url": "https://www.independent.ie/logo.png"}},
          "isAccessibleForFree": True, "articleSection": "Wexford"}
    dl = f"{WEEKDAYS[d0.weekday()][:3]} {d0.day} {MONTHS[d0.month - 1][:3]} {d0.year} at {d0:%H:%M}"
    out = ['<!DOCTYPE html>', '<html lang="en-IE"><head><meta charset="utf-8">',
           f'<title>{esc(S["title"])} | Independent.ie</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>', '</head><body>',
           '<div id="consent-banner"><p>We and our partners use cookies to measure audiences and show relevant ads</p>'
           '<button>Accept all</button> <button>Manage choices</button></div>',
           '<header><a class="logo" href="/">Irish Independent</a><nav><a href="/news/">News</a> <a href="/sport/">Sport</a> '
           '<a href="/regionals/">Regionals</a> <a href="/regionals/wexford/">Wexford</a></nav>'
           '<a class="btn" href="/subscribe/">Subscribe</a> <a class="btn" href="/login/">Sign in</a></header>',
           '<main><nav class="breadcrumb"><a href="/regionals/">Regionals</a> <a href="/regionals/wexford/">Wexford</a> '
           '<a href="/regionals/wexford/news/">News</a></nav>', '<article>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<div class="byline"><span class="author">{esc(S["byline"])}</span></div>',
           f'<div class="published"><time datetime="{ld["datePublished"]}">{dl}</time></div>',
           '<div class="share"><button>Share this article</button></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        stamps.append(None)
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<div class="ad-slot">Advertisement</div>')
    out += ['<div class="topics"><h3>Related topics</h3><a>Ukraine</a> <a>Rosslare</a> <a>Gorey</a></div>',
            '<div class="newsletter"><p>Get the Wexford People newsletter in your inbox every Tuesday</p><button>Sign up</button></div>',
            '<p class="comments-off">Comments are turned off for this article</p>', '</article></main>',
            '<footer><p>Mediahuis Ireland</p><a>Contact us</a> <a>Cookie settings</a> <a>Privacy statement</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_westmeath(S):
    """Westmeath Independent news listing, HTML; stamp line after the headline: 'Friday, 3rd January 2025 at 4.15pm';
    byline line below it. No zone printed. Newest first."""
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Westmeath Independent</title></head><body>',
           '<div class="cookie-bar">This site uses cookies to give you the best experience <a href="/cookies">Find out more</a> <button>OK</button></div>',
           '<header><div class="masthead"><a href="/">Westmeath Independent</a></div>'
           '<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/business">Business</a></li>'
           '<li><a href="/community">Community</a></li><li><a href="/lifestyle">Lifestyle</a></li><li><a href="/deaths">Death Notices</a></li>'
           '<li><a href="/digital-edition">Digital Edition</a></li></ul></nav></header>',
           f'<main><h1 class="page-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        mm = f".{d.minute:02d}"
        st = f"{WEEKDAYS[d.weekday()]}, {ordinal(d.day)} {MONTHS[d.month - 1]} {d.year} at {h12(d)}{mm}{'am' if d.hour < 12 else 'pm'}"
        stamps.append(st)
        url = f"/news/{slug(e['h'])}"
        out.append(f'<article class="story-card"><h2><a href="{url}">{esc(e["h"])}</a></h2>')
        out.append(f'<p class="story-date">{st}</p>')
        out.append(f'<p class="story-author">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append(f'<a class="read-more" href="{url}">Read more</a></article>')
        if i == 2:
            out.append('<div class="advert">Advertisement</div>')
    out += ['<div class="pagination"><a>Older stories</a></div></main>',
            '<aside><h3>Most Popular</h3><ul><li><a>Athlone swimming pool to reopen after repairs</a></li><li><a>Kilbeggan races fixture list announced</a></li></ul>'
            '<div class="newsletter">Sign up to our newsletter <input type="email" placeholder="Your email"> <button>Subscribe</button></div></aside>',
            '<footer>Westmeath Independent, Athlone | Contact | Advertise | Privacy policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_tipperary(S):
    """Tipperary Star (TipperaryLive) live page copied as text: 'Reporter:' block and '16 Aug 2025 6:05 PM' dateline,
    then posts NEWEST FIRST, each a bare '11:30 PM' time line, optional headline, body. No date headers: the page
    crosses local midnight without saying so."""
    z = S["zone"]
    d0 = dt(S["dateline_t"], z)
    L = ["TipperaryLive.ie", "Tipperary Star  |  Nationalist  |  Clonmel", "",
         "Home  News  Sport  GAA  Community  Entertainment  Business  Property  Lifestyle  Notices  Jobs", "Search", "",
         "We value your privacy. We and our partners use cookies and similar tools on this site.", "AGREE  MORE OPTIONS", "",
         "NATIONAL NEWS", "", S["title"], "", "Reporter:", S["byline"], "",
         f"{d0.day} {MONTHS[d0.month - 1][:3]} {d0.year} {h12(d0)}:{d0.minute:02d} {'AM' if d0.hour < 12 else 'PM'}", "",
         "Share  Facebook  X  WhatsApp  Email", "", S["lede"], "", "Refresh this page for the latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{h12(d)}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"
        stamps.append(st)
        L += [st] + ([e["h"]] if e["h"] else []) + [""] + txt_paras(e["p"])
        if i == 3:
            L += ["Get the latest Tipperary news in your inbox", "Sign up to our free newsletter", ""]
    L += ["READ NEXT", "", "Cashel traders welcome new parking plan", "Thurles hurling club marks centenary", "",
          "Iconic Media", "Contact us  Terms & Conditions  Privacy Policy  Cookie Policy"]
    return "\n".join(L) + "\n", stamps


def r_kildare(S):
    """Kildare Nationalist WordPress tag archive (news-theme modules): author, '-', a date-only <time> ('June 26, 2025')
    whose datetime attribute carries the time, comment count, excerpt, Read more. Yoast @graph JSON-LD (no item times)."""
    z = S["zone"]
    base = "https://www.kildare-nationalist.ie"
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": f"{base}/tag/ukraine/", "url": f"{base}/tag/ukraine/",
         "name": "Ukraine Archives - Kildare Nationalist", "isPartOf": {"@id": f"{base}/#website"},
         "breadcrumb": {"@id": f"{base}/tag/ukraine/#breadcrumb"}, "inLanguage": "en-GB"},
        {"@type": "BreadcrumbList", "@id": f"{base}/tag/ukraine/#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": f"{base}/"},
            {"@type": "ListItem", "position": 2, "name": "Ukraine"}]},
        {"@type": "WebSite", "@id": f"{base}/#website", "url": f"{base}/", "name": "Kildare Nationalist",
         "description": "News from across County Kildare", "inLanguage": "en-GB"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="UTF-8">', '<title>Ukraine Archives - Kildare Nationalist</title>',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld, ensure_ascii=False) + '</script>',
           '</head><body class="archive tag tag-ukraine">',
           '<div id="cookie-notice"><span>We use cookies to ensure that we give you the best experience on our website</span> '
           '<a class="cn-button">Ok</a> <a class="cn-button">Privacy policy</a></div>',
           '<div class="td-header-wrap"><div class="td-header-top-menu"><span class="td_data_time">Thursday, June 26, 2025</span></div>',
           '<div class="td-logo"><a href="/">Kildare Nationalist</a></div>',
           '<ul class="sf-menu"><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li><li><a href="/gaa/">GAA</a></li>'
           '<li><a href="/lifestyle/">Lifestyle</a></li><li><a href="/death-notices/">Death Notices</a></li><li><a href="/epaper/">ePaper</a></li></ul></div>',
           '<div class="td-container"><div class="td-crumb-container"><div class="entry-crumbs"><span><a href="/">Home</a></span> '
           '<i class="td-bread-sep"></i> <span>Tags</span> <i class="td-bread-sep"></i> <span class="td-bred-no-url-last">Ukraine</span></div></div>',
           f'<div class="td-page-header"><h1 class="entry-title td-page-title"><span>{esc(S["title"])}</span></h1></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
        stamps.append(st)
        url = f"{base}/{slug(e['h'])}/"
        out += ['<div class="td_module_10 td_module_wrap td-animation-stack">',
                f'<div class="td-module-thumb"><a href="{url}" rel="bookmark" class="td-image-wrap" title="{attr(e["h"])}"><img width="218" height="150" alt=""></a></div>',
                '<div class="item-details">',
                f'<h3 class="entry-title td-module-title"><a href="{url}" rel="bookmark" title="{attr(e["h"])}">{esc(e["h"])}</a></h3>',
                '<div class="td-module-meta-info">',
                f'<span class="td-post-author-name"><a href="{base}/author/{slug(e["a"])}/">{esc(e["a"])}</a> <span>-</span> </span> '
                f'<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{iso(d)}" >{st}</time></span> '
                f'<span class="td-module-comments"><a href="{url}#respond">0</a></span>',
                '</div>', f'<div class="td-excerpt">{esc(e["p"][0])}</div>',
                f'<div class="td-read-more"><a href="{url}">Read more</a></div>', '</div>', '</div>']
        if i == 2:
            out.append('<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">- Advertisement -</span></div>')
    out += ['<div class="page-nav td-pb-padding-side"><span class="current">1</span><a href="/tag/ukraine/page/2/" class="page">2</a>'
            '<a href="/tag/ukraine/page/2/"><i class="td-icon-menu-right"></i></a><span class="pages">Page 1 of 14</span></div></div>',
            '<div class="td-footer-wrapper"><div class="footer-text-wrap">Kildare Nationalist, Naas, Co Kildare</div>'
            '<div class="td-social-icons"><a>Facebook</a> <a>Instagram</a> <a>X</a></div></div></body></html>']
    return "\n".join(out) + "\n", stamps


def r_mayo(S):
    """The Mayo News live updates copied as text: title names 'Sunday, August 24' without a year, one page byline,
    posts OLDEST FIRST, each a bare '10am' / '11.15am' line before the headline."""
    z = S["zone"]
    L = ["The Mayo News", "", "News  Sport  Living  Opinion  Property  Motors  Death Notices  E-Edition", "Subscribe  Log in", "",
         "We use cookies on this website. By using the site you agree to our use of cookies. Accept  Read more", "",
         "NEWS", "", S["title"], "", f"By {S['byline']}", "", S["lede"], "", "Share  Facebook  X  WhatsApp  Email", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{h12(d)}" + (f".{d.minute:02d}" if d.minute else "") + ("am" if d.hour < 12 else "pm")
        stamps.append(st)
        L += [st, e["h"], ""] + txt_paras(e["p"])
        if i == 3:
            L += ["ADVERTISEMENT", ""]
    L += ["Sign up for The Mayo News newsletter", "", "RELATED STORIES", "",
          "Westport greenway extension plans go on display", "Knock Airport passenger numbers climb", "",
          "The Mayo News, The Fairgreen, Westport  |  Contact  |  Privacy"]
    return "\n".join(L) + "\n", stamps


def r_roscommon(S):
    """Roscommon Herald news listing copied as text: headline, then a numeric 'DD/MM/YYYY HH:MM' date line, 'By' line,
    teaser paragraph, 'Read More'. Newest first. No zone printed."""
    z = S["zone"]
    L = ["Roscommon Herald", "", "News  Sport  Farming  Community  Lifestyle  Obituaries  ePaper  Contact", "",
         "Cookies help us deliver our services. By using our services, you agree to our use of cookies. Accept", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{d:%d/%m/%Y %H:%M}"
        stamps.append(st)
        L += [e["h"], st, f"By {e['a']}", ""] + txt_paras(e["p"]) + ["Read More", ""]
        if i == 1:
            L += ["Advertisement", ""]
    L += ["Next page", "", "Roscommon Herald, Boyle, Co Roscommon", "Terms & Conditions | Privacy | Cookies"]
    return "\n".join(L) + "\n", stamps


def r_longford(S):
    """Longford Leader live blog, HTML: 'Reporter:' block + '20 Jan 2025 7:40 AM' dateline, a Key Points box, posts
    OLDEST FIRST with '9:05 AM' in <time datetime>, optional h3 headline, 'Posted by' line. LiveBlogPosting JSON-LD
    with correct per-update times."""
    z = S["zone"]
    d0 = dt(S["dateline_t"], z)
    ups = []
    for e in S["entries"]:
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "datePublished": iso(d), "articleBody": " ".join(e["p"]),
             "author": {"@type": "Organization" if e["a"] == "PA" else "Person", "name": e["a"]}}
        if e["h"]:
            u["headline"] = e["h"]
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"],
          "datePublished": iso(d0), "dateModified": iso(dt(S["entries"][-1]["t"], z)), "coverageStartTime": iso(d0),
          "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": "Longford Leader"},
          "liveBlogUpdate": ups}
    dl = f"{d0.day} {MONTHS[d0.month - 1][:3]} {d0.year} {h12(d0)}:{d0.minute:02d} {'AM' if d0.hour < 12 else 'PM'}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Longford Leader</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="consent"><p>We value your privacy</p><button>AGREE</button> <button>MORE OPTIONS</button></div>',
           '<header><a class="logo" href="/">Longford Leader</a><nav><a href="/news">News</a> <a href="/sport">Sport</a> '
           '<a href="/community">Community</a> <a href="/business">Business</a> <a href="/lifestyle">Lifestyle</a> <a href="/notices">Notices</a></nav></header>',
           '<main><article class="live">', '<p class="section-label">NATIONAL NEWS</p>', f'<h1>{esc(S["title"])}</h1>',
           f'<div class="article-meta"><p class="label">Reporter:</p><p class="reporter">{esc(S["byline"])}</p><p class="date">{dl}</p></div>',
           '<div class="share"><a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Email</a></div>',
           f'<p class="intro">{esc(S["lede"])}</p>',
           '<div class="key-points"><h2>Key Points</h2><ul>']
    out += [f'<li>{esc(e["h"])}</li>' for e in S["entries"] if e["kp"]]
    out.append('</ul></div>')
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{h12(d)}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"
        stamps.append(st)
        out.append(f'<div class="live-post" id="post-{i + 1}"><p class="post-time"><time datetime="{iso(d)}">{st}</time></p>')
        if e["h"]:
            out.append(f'<h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="post-author">Posted by: {esc(e["a"])}</p></div>')
        if i == 3:
            out.append('<div class="mpu">Advertisement</div>')
    out += ['</article><section class="read-next"><h3>READ NEXT</h3><a>Granard market square works to begin in spring</a> '
            '<a>Ballymahon hosts county scór finals</a></section></main>',
            '<footer>Longford Leader | Iconic Media | Contact us | Privacy Policy | Cookie Policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_offaly(S):
    """Offaly Express RSS 2.0: pubDate in Irish summer time (+0100), escaped-HTML description (no CDATA), dc:creator on
    some items, media:content. Newest first; the newest item is after local midnight."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://www.offalyexpress.ie/news</link>',
           '<description>The latest news from Offaly Express</description>', '<language>en-ie</language>',
           f'<lastBuildDate>{S["build"]}</lastBuildDate>', '<ttl>15</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = rfc822(d)
        stamps.append(st)
        url = f"https://www.offalyexpress.ie/news/{e.get('sect', 'national-news')}/{1890400 + 13 * i}/{slug(e['h'])}.html"
        body = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>', f'<guid isPermaLink="true">{url}</guid>',
                f'<pubDate>{st}</pubDate>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += [f'<category>{esc(e.get("cat", "National News"))}</category>',
                f'<description>{esc(body)}</description>',
                f'<media:content url="https://www.offalyexpress.ie/resizer/{1890400 + 13 * i}.jpg" medium="image" width="750" height="500" />',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


# ================================================================== PART B renderers (invented outlets)

def r_brindlemoor(S):
    """Text live blog, OLDEST first; date line and 'All times are Kyiv time (EEST)'; bare '07:40' line before the
    headline; '— Name' signature after the body."""
    z = S["zone"]
    L = ["BRINDLEMOOR COURIER", "World  |  Europe  |  Ukraine  |  Opinion  |  Podcasts", "", S["title"], S["dateline"],
         "All times are Kyiv time (EEST)", "", S["lede"], "", "Updates, earliest first", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{d:%H:%M}"
        stamps.append(st)
        L += [st, e["h"], ""] + txt_paras(e["p"]) + ([f"\u2014 {e['a']}", ""] if e["a"] else [])
        if i == 3:
            L += ["Support our Ukraine coverage: become a Courier member", ""]
    L += ["This live page has now closed", "Brindlemoor Courier \u00b7 About \u00b7 Complaints \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_corvanish(S):
    """HTML live blog, NEWEST first; each block '<time datetime=...>5.40pm BST</time>', h2, 'By NAME' line, paragraphs.
    LiveBlogPosting JSON-LD whose liveBlogUpdate items all repeat the PAGE's datePublished (no per-update time)."""
    z = S["zone"]
    first = min(dt(e["t"], z) for e in S["entries"])
    last = max(dt(e["t"], z) for e in S["entries"])
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#block-{len(S['entries']) - i}", "headline": e["h"],
            "datePublished": iso(first), "dateModified": iso(last),
            "articleBody": " ".join(e["p"])[:1000]} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": iso(first), "dateModified": iso(last), "coverageStartTime": iso(first),
          "coverageEndTime": iso(last.replace(hour=23, minute=59)), "author": [{"@type": "Person", "name": n} for n in S["authors"]],
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Corvanish Herald</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="cmp">Corvanish Herald uses cookies <button>Yes, I accept</button> <button>Manage my cookies</button></div>',
           '<header><a class="brand" href="/">Corvanish Herald</a><nav><a>News</a> <a>World</a> <a>Ukraine</a> <a>Sport</a> <a>Culture</a></nav></header>',
           f'<main><p class="kicker">Russia-Ukraine war</p><h1>{esc(S["title"])}</h1>',
           f'<div class="standfirst"><p>{esc(S["lede"])}</p></div>',
           f'<p class="page-date">{esc(S["dateline"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{h12(d)}.{d.minute:02d}{'am' if d.hour < 12 else 'pm'} BST"
        stamps.append(st)
        out.append(f'<div class="block" id="block-{len(S["entries"]) - i}"><p class="block-time"><time datetime="{iso(d)}">{st}</time></p>')
        out.append(f'<h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="block-byline">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="block-share"><a>Share</a></div></div>')
        if i == 2:
            out.append('<aside class="related"><h3>Related</h3><a href="/world/europe">Europe news</a></aside>')
    out += ['<div class="older"><a>Older posts</a></div></main><footer>Corvanish Herald \u00b7 Terms \u00b7 Privacy \u00b7 Contact</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss_world(S):
    """General world-news RSS 2.0 feed, newest first; pubDate with a textual zone (S['ztext']) or the numeric offset;
    CDATA HTML description; no authors."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           f'<atom:link href="{S["url"]}/rss/world.xml" rel="self" type="application/rss+xml"/>', '<language>en</language>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = rfc822(d, S.get("ztext"))
        stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/world/{slug(e["h"])}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{4100 + 7 * i}</guid>', f'<pubDate>{st}</pubDate>',
                f'<category>{esc(e.get("cat", "World"))}</category>',
                '<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_fellcairn(S):
    """Text evening briefing: title, 'Compiled by' byline, dateline with CEST, then one paragraph per item under
    section headings; items have NO headline and NO time of their own."""
    L = ["FELLCAIRN REVIEW", "Briefings  \u00b7  Europe  \u00b7  Economy  \u00b7  Newsletter", "", S["title"],
         f"Compiled by {S['byline']}", S["dateline"], "", S["lede"], ""]
    stamps = []
    cur = None
    for e in S["entries"]:
        if e["sect"] != cur:
            cur = e["sect"]
            L += [cur, ""]
        L += txt_paras(e["p"])
        stamps.append(None)
    L += ["Get this briefing by email every evening", "Fellcairn Review \u00b7 Imprint \u00b7 Data protection"]
    return "\n".join(L) + "\n", stamps


def r_atom(S):
    """Atom 1.0, newest first; <published>/<updated> with the outlet's +02:00 offset; per-entry author; escaped HTML
    content; a teaser entry without content."""
    z = S["zone"]
    newest = max(dt(e["t"], z) for e in S["entries"])
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
           f'<title>{esc(S["title"])}</title>', f'<subtitle>{esc(S["lede"])}</subtitle>',
           f'<link href="{S["url"]}" rel="alternate"/>', f'<link href="{S["url"]}/feeds/east.atom" rel="self"/>',
           f'<id>{S["url"]}/feeds/east</id>', f'<updated>{iso(newest)}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = iso(d)
        stamps.append(st)
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link href="{S["url"]}/east/{slug(e["h"])}"/>',
                f'<id>tag:{S["url"][8:]},2025:east-{5300 + 11 * i}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if e["p"]:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_thwaiteby(S):
    """Text live blog, OLDEST first; date line without year ('Monday, 9 June'); headline, then a '08:05 | NAME' line
    AFTER the headline, then the body."""
    z = S["zone"]
    L = ["THWAITEBY STANDARD", "Home  /  World  /  Ukraine", "", S["title"], S["dateline"], "Times shown are Kyiv time", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{d:%H:%M} | {e['a']}"
        stamps.append(st)
        L += [e["h"], st, ""] + txt_paras(e["p"])
        if i == 2:
            L += ["Read more: our guide to Ukraine's air defences", ""]
    L += ["We will be back with more updates tomorrow", "Thwaiteby Standard \u00b7 Contact \u00b7 Privacy \u00b7 Cookies"]
    return "\n".join(L) + "\n", stamps


def r_lethwold(S):
    """Text live blog, OLDEST first; Key Points block; each post starts with a '07:10 GMT | Headline' line; body;
    'Reporting: NAME' after the body."""
    z = S["zone"]
    L = ["LETHWOLD GAZETTE", "News | World | Ukraine | Business | Sport", "", S["title"], S["dateline"], "", "Key Points"]
    L += [e["h"] for e in S["entries"] if e["kp"]]
    L += ["", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{d:%H:%M} GMT"
        stamps.append(st)
        L += [f"{st} | {e['h']}", ""] + txt_paras(e["p"]) + ([f"Reporting: {e['a']}", ""] if e["a"] else [])
        if i == 4:
            L += ["Advertisement", ""]
    L += ["Live coverage continues tomorrow", "Lethwold Gazette \u00b7 Terms \u00b7 Privacy \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_mossbrae(S):
    """HTML article with h2 sections (one entry each, no per-section time); dateline '12 January 2025, 20:05 (Kyiv
    time)'; @graph JSON-LD with an @type array."""
    z = S["zone"]
    d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "https://mossbrae.example/#org", "name": "Mossbrae Bulletin"},
        {"@type": ["NewsArticle", "AnalysisNewsArticle"], "@id": "https://mossbrae.example/ukraine/2025/01/12/roundup",
         "headline": S["title"], "datePublished": iso(d0), "dateModified": iso(d0),
         "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@id": "https://mossbrae.example/#org"}}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 Mossbrae Bulletin</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><b>Mossbrae Bulletin</b> <nav><a>Ukraine</a> <a>Europe</a> <a>Analysis</a> <a>Newsletter</a></nav></header>',
           f'<main><article><h1>{esc(S["title"])}</h1>', f'<p class="byline">By {esc(S["byline"])}</p>',
           f'<p class="dateline">{d0.day} {MONTHS[d0.month - 1]} {d0.year}, {d0:%H:%M} (Kyiv time)</p>',
           f'<p class="lede"><strong>{esc(S["lede"])}</strong></p>']
    stamps = []
    for e in S["entries"]:
        stamps.append(None)
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
    out += ['<p class="share">Share this round-up</p></article>',
            '<aside><h3>More from Mossbrae</h3><a>Ukraine\'s winter grid, region by region</a></aside></main>',
            '<footer>Mossbrae Bulletin \u00b7 Independent news from Eastern Europe</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_ploverton(S):
    """HTML listing with RELATIVE stamps ('45 minutes ago', '2 hours ago') resolved against the printed
    'Last updated: Sunday, January 12, 2025 at 3:45 p.m. ET'. Newest first; 'By' line; Read more."""
    z = S["zone"]
    ref = dt(S["ref"], z)
    refs = (f"Last updated: {WEEKDAYS[ref.weekday()]}, {MONTHS[ref.month - 1]} {ref.day}, {ref.year} at "
            f"{h12(ref)}:{ref.minute:02d} {'a.m.' if ref.hour < 12 else 'p.m.'} ET")
    out = ['<!DOCTYPE html>', '<html lang="en-CA"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Ploverton Live</title></head><body>',
           '<header><a href="/">Ploverton Live</a> <nav><a>Local</a> <a>Canada</a> <a>World</a> <a>Weather</a> <a>Watch</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="updated">{refs}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        mins = int((ref - d).total_seconds() // 60)
        assert mins < 60 or mins % 60 == 0, e["t"]
        st = f"{mins} minutes ago" if mins < 60 else (f"{mins // 60} hours ago" if mins >= 120 else "1 hour ago")
        stamps.append(st)
        out.append(f'<article class="card"><h2><a href="/world/{slug(e["h"])}">{esc(e["h"])}</a></h2>')
        out.append(f'<p class="meta"><span class="ago">{st}</span></p>')
        out.append(f'<p class="byline">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<a class="more">Read more</a></article>')
        if i == 1:
            out.append('<div class="promo">Download the Ploverton Live app</div>')
    out += ['<a class="loadmore">Load more stories</a></main><footer>Ploverton Live \u00b7 Contact \u00b7 Privacy \u00b7 Accessibility</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================== DATA TABLE
# Entries are listed in PAGE ORDER (top to bottom); ids follow page order.
SEEDS = []

# ------------------------------------------------------------------ PART A: ten Irish regional outlets
SEEDS.append(dict(id="8300", name="8300_clarechampion-feed", ext="xml", source="Clare Champion", zone="Europe/Dublin", render=r_clare,
  title="The Clare Champion", build="Fri, 20 Jun 2025 20:52:18 +0000",
  notes=("Imitates the Clare Champion's WordPress RSS 2.0 feed (general news feed, newest first). pubDates are printed in +0000 (UTC); "
         "the local day is Irish summer time (IST, UTC+1), used for published_local. Curly apostrophes and the euro sign are "
         "numeric entities (&#8217;, &#8364;) as WordPress writes them. Each item has a dc:creator in CDATA, a truncated "
         "description excerpt ending '[&#8230;]' and the full text in content:encoded; both end with the WordPress footer "
         "'The post ... appeared first on The Clare Champion.', which is not body text. Three items are local off-beat news."),
  not_entries=["channel title/link/description/lastBuildDate/generator and the <image> block",
               "the truncated <description> excerpts (they repeat the start of content:encoded)",
               "the 'The post ... appeared first on The Clare Champion.' footer in every description and content:encoded",
               "<category>, <guid>, <comments>, <wfw:commentRss> and <slash:comments> values"],
  entries=[
  E("2025-06-20 21:40", "Ennis volunteers send 23rd aid lorry to Ukraine",
    ["A lorry loaded with generators, wound dressings and boxes of tinned food pulled out of an industrial estate in Ennis on Friday evening, the 23rd load the Clare group has sent to Ukraine since the spring of 2022.",
     "Organiser Margaret Kerin said cash donations had fallen off this year, but requests from hospitals close to the front had not.",
     "The lorry is due in Lviv next Wednesday, where the goods will be divided between a children\u2019s hospital and a volunteer kitchen in Kharkiv."],
    "aid", "aid", 2, "ennis-volunteers-aid-lorry-23", a="Nuala Quinlivan", cats=["News", "Ennis"]),
  OFF("2025-06-20 18:15", "Kilkee bathing restriction lifted ahead of weekend",
      ["Swimmers can return to the water at Kilkee this weekend after samples taken on Thursday came back clear, Clare County Council has confirmed.",
       "The council had advised against bathing at the beach earlier in the week following heavy rain."],
      "kilkee-bathing-restriction-lifted", a="Tadhg Considine", n="west Clare beach water quality.", cats=["News", "West Clare"]),
  E("2025-06-20 16:30", "Lisdoonvarna hotel to stop housing Ukrainian families in October",
    ["Around 60 Ukrainians living in a Lisdoonvarna hotel have been told their accommodation will end in October, when the owner\u2019s contract with the State runs out.",
     "Residents said they had been offered places in centres in Limerick and Galway, which would mean children changing schools for the third time.",
     "The Department of Justice said it did not comment on individual contracts."],
    "other", "humanitarian", 2, "lisdoonvarna-ukrainian-accommodation-ends", a="Nuala Quinlivan", cats=["News", "North Clare"]),
  E("2025-06-20 14:05", "Ennis doctor\u2019s parents survive drone strike on Kyiv apartment block",
    ["An Ennis-based doctor has described watching news footage of a Russian drone attack on Kyiv and recognising her parents\u2019 building among the damaged blocks.",
     "Dr Olena Hrytsenko, who works at University Hospital Limerick, said her mother and father had sheltered in a corridor and escaped with cuts from broken glass.",
     "She is now raising money to replace the windows in the building before the winter."],
    "strikes", "strikes", 2, "ennis-doctor-parents-kyiv-drone-strike", sec=["other"], a="Tadhg Considine", cats=["News", "Ennis"],
    n="Local angle on a Russian drone strike; the headline leads with the strike -> strikes, humanitarian side secondary."),
  E("2025-06-20 12:20", "Clare TD wants Ireland to push for tougher sanctions on Russia",
    ["A Clare TD has urged the Government to press for a quicker EU agreement on new sanctions against Russia, saying delays were sending the wrong signal to Moscow.",
     "Deputy Aodh\u00e1n Griffey said Ireland should use next week\u2019s European Council meeting to back a lower price cap on Russian oil."],
    "diplomacy", "diplomacy", 2, "clare-td-russia-sanctions-call", a="Nuala Quinlivan", cats=["News", "Politics"]),
  OFF("2025-06-20 10:45", "Clare minors name side for Munster final",
      ["Clare\u2019s minor hurling management has named the team for Sunday\u2019s Munster final in Thurles, with three changes from the semi-final.",
       "Captain Rory Hassett has been passed fit after a hamstring problem."],
      "clare-minor-hurlers-munster-final-team", a="Jamie Cleary", n="underage hurling.", cats=["Sport", "GAA"]),
  OFF("2025-06-20 08:30", "Overnight closures on Ennis bypass for resurfacing",
      ["A section of the M18 Ennis bypass will close overnight from Monday for three weeks of resurfacing, with traffic diverted through the town.",
       "The works will run from 8pm to 6am each night."],
      "ennis-bypass-overnight-closures", a="Tadhg Considine", n="local roadworks.", cats=["News", "Ennis"]),
  ]))

SEEDS.append(dict(id="8301", name="8301_kerryman-listing", ext="txt", source="The Kerryman", zone="Europe/Dublin", render=r_kerryman,
  title="Kerryman News", parse_args=["--date", "2025-01-28"],
  most_read=[("Gardaí investigate break-in at Listowel pharmacy", "Yesterday at 19:15"),
             ("Dingle trawler skipper honoured for sea rescue", "Yesterday at 11:02"),
             ("Killorglin bridge to close for inspection", "Sun 26 Jan at 16:40")],
  notes=("Imitates The Kerryman's regional section page on independent.ie, copied as plain text. Newest first. Each card: an "
         "optional 'Premium' label, headline, a one-paragraph standfirst, the author line, then a relative stamp 'Today at HH:MM'. "
         "The page prints NO date and NO year at all (parse_args --date 2025-01-28, the day the page was captured); Irish time in "
         "January is GMT = UTC. The 'Most Read' sidebar carries 'Yesterday at ...' and 'Sun 26 Jan at ...' stamps of other stories; "
         "they are not entries. Two cards are off-beat (football, Storm \u00c9owyn clean-up)."),
  not_entries=["'Skip to main content', masthead, 'Sign in', 'Subscribe' and the two menu lines", "'Regionals' / 'Kerryman' breadcrumb lines",
               "cookie notice and its buttons", "section title 'Kerryman News'", "'Premium' labels",
               "newsletter box 'Kerryman Newsletter ... Sign up'", "'Load more'",
               "'Most Read' sidebar: three numbered headlines with 'Yesterday at 19:15', 'Yesterday at 11:02', 'Sun 26 Jan at 16:40' (other days' stories)",
               "footer lines"],
  entries=[
  E("2025-01-28 17:20", "Killarney hotel to stop housing Ukrainian refugees by Easter",
    ["Some 90 people who fled the war in Ukraine will have to find new accommodation after a Killarney hotel confirmed it is returning to the tourism trade this spring."],
    "other", "humanitarian", 2, "killarney-hotel-ukrainian-refugees-easter", a="Aoife Culloty"),
  E("2025-01-28 15:05", "Tralee firm donates prefab classrooms to bombed school near Chernihiv",
    ["Four prefabricated classrooms built in Tralee are on their way to a village school near Chernihiv whose main building was wrecked in a Russian air strike last autumn."],
    "aid", "aid", 2, "tralee-prefab-classrooms-chernihiv", a="Eoin Sheehy", premium=True),
  OFF("2025-01-28 13:40", "Kerry name unchanged team for league trip north",
      ["Kerry will start the same 15 that won the league opener when they travel north on Sunday, with the management keen to build momentum early in the campaign."],
      "kerry-football-league-team", a="Kerryman Sport", n="Gaelic football."),
  E("2025-01-28 12:10", "Council appeals for more host homes as Ukrainian arrivals continue",
    ["Kerry County Council says it still needs pledges of vacant homes and spare rooms, with about 20 people arriving from Ukraine every month and hotel places running out."],
    "other", "humanitarian", 2, "kerry-council-host-homes-appeal", a="Aoife Culloty"),
  E("2025-01-28 10:30", "Farmers warn war is still driving up fertiliser bills",
    ["Kerry farmers say fertiliser costs remain well above pre-war levels three years into the conflict in Ukraine, and want the Government to bring back a support scheme."],
    "other", "politics", 2, "kerry-farmers-fertiliser-costs-war", a="Eoin Sheehy", premium=True,
    n="Economic knock-on of the war for Kerry farmers: about the war, not off-beat."),
  OFF("2025-01-28 08:55", "Hundreds still without power in south Kerry four days after Storm \u00c9owyn",
      ["ESB Networks crews were still working to reconnect homes around Kenmare and Sneem on Tuesday morning, four days after the storm brought down lines across the county."],
      "storm-eowyn-south-kerry-power", a="Kerryman Reporter", n="storm damage."),
  ]))

SEEDS.append(dict(id="8302", name="8302_wexfordpeople-article", ext="html", source="Wexford People", zone="Europe/Dublin", render=r_wexford,
  title="Three years on: what the war in Ukraine has changed in Wexford", byline="Orla Sinnott", dateline_t="2025-06-14 09:30",
  lede="From Rosslare\u2019s ferry terminal to classrooms in Gorey, the county is still adjusting to the arrival of thousands of Ukrainians.",
  notes=("Imitates a Wexford People article on independent.ie (HTML, NewsArticle JSON-LD with a '...000Z' datePublished). One page "
         "byline and one dateline 'Sat 14 Jun 2025 at 09:30' (Irish summer time, UTC+1; JSON-LD 08:30:00.000Z agrees). The body is "
         "five h2 sections; each section is one entry (headline = section heading), with no time of its own: stamp null and "
         "published = the article dateline. The sections share a theme (Ukrainians in Wexford) but are separate stories."),
  not_entries=["consent banner", "header, menu, 'Subscribe' / 'Sign in'", "breadcrumb 'Regionals Wexford News'", "h1 title",
               "standfirst paragraph", "byline 'Orla Sinnott' and the dateline 'Sat 14 Jun 2025 at 09:30'", "'Share this article'",
               "'Advertisement' slot", "'Related topics' links", "newsletter box", "'Comments are turned off for this article'", "footer"],
  entries=[
  E("2025-06-14 09:30", "Rosslare arrivals slow to a trickle",
    ["In the spring of 2022 coaches lined up at Rosslare Europort to meet every ferry from Cherbourg; this year the port\u2019s help desk has registered fewer than a dozen Ukrainian arrivals in some weeks.",
     "Volunteers who staffed the desk say most newcomers now fly into Dublin instead."],
    "other", "humanitarian", 2, "rosslare-ukrainian-arrivals-decline", a="Orla Sinnott"),
  E("2025-06-14 09:30", "Gorey classrooms add a Ukrainian language hour",
    ["Two primary schools in Gorey will offer an after-school hour of Ukrainian from September, so that children who have spent three years in Irish classrooms do not lose their first language.",
     "Parents raised the money for a teacher themselves."],
    "other", "humanitarian", 2, "gorey-schools-ukrainian-language-hour", a="Orla Sinnott"),
  E("2025-06-14 09:30", "Enniscorthy convoy heads east with two ambulances",
    ["A group of Enniscorthy volunteers will drive two decommissioned ambulances and a fire tender to western Ukraine next week, their fourth such trip.",
     "The vehicles, donated by services in Wexford and Waterford, will be handed over to a rescue unit in the Zhytomyr region."],
    "aid", "aid", 2, "enniscorthy-ambulance-convoy-ukraine", a="Orla Sinnott"),
  E("2025-06-14 09:30", "Host families fear payment cut",
    ["Households that have taken in Ukrainians are waiting to hear whether the monthly Accommodation Recognition Payment will continue beyond next March.",
     "A host near New Ross said losing the \u20ac800 payment would force her to ask the family living with her to leave."],
    "other", "politics", 2, "accommodation-recognition-payment-future", a="Orla Sinnott"),
  E("2025-06-14 09:30", "EU extends protection status to 2027",
    ["EU interior ministers agreed on Friday to extend temporary protection for people who fled Ukraine until March 2027, giving Wexford families at least another 18 months of certainty.",
     "Ministers also asked member states to start planning for a gradual move to other kinds of residence permit."],
    "other", "humanitarian", 2, "eu-temporary-protection-extended-2027", sec=["diplomacy"], a="Orla Sinnott",
    n="Refugee-status decision by EU ministers: humanitarian primary (civilians/refugees), diplomacy secondary."),
  ]))

SEEDS.append(dict(id="8303", name="8303_westmeathindependent-listing", ext="html", source="Westmeath Independent", zone="Europe/Dublin", render=r_westmeath,
  title="Latest News",
  notes=("Imitates the Westmeath Independent's news listing page (HTML), newest first. Each card: headline link, then a date line "
         "AFTER the headline in the long form 'Friday, 3rd January 2025 at 4.15pm' (weekday, ordinal day, 12-hour time with a dot), "
         "then 'By NAME' (an agency credit 'Reuters' on one card), paragraphs and 'Read more'. No zone is printed; Irish time in "
         "January is GMT = UTC. Two cards are off-beat."),
  not_entries=["cookie bar", "masthead and menu", "page heading 'Latest News'", "'Read more' link on every card", "'Advertisement'",
               "'Older stories'", "'Most Popular' sidebar links", "newsletter box", "footer"],
  entries=[
  OFF("2025-01-03 19:30", "Athlone Town confirm pre-season friendly dates",
      ["Athlone Town will play three pre-season friendlies before the new First Division campaign, starting with a home game next Friday."],
      "athlone-town-pre-season-friendlies", a="Sports Desk", n="League of Ireland football."),
  E("2025-01-03 17:45", "Custume Barracks personnel to join EU training mission for Ukrainian troops",
    ["A small group of Defence Forces personnel based in Athlone will travel to Germany later this month to teach demining and combat first aid to Ukrainian soldiers under the EU\u2019s training mission.",
     "Ireland\u2019s part in the mission is limited to non-lethal training."],
    "aid", "aid", 2, "athlone-troops-eu-training-mission-ukraine", a="Kevin Galvin",
    n="Training of Ukrainian soldiers = military support to a party -> aid."),
  E("2025-01-03 16:15", "Russian drones target Kyiv for third night running",
    ["Air raid sirens sounded across Kyiv for the third night in a row as Russian drones attacked the capital, damaging homes and cars in two districts, city officials said.",
     "Most of the 70 drones launched overnight were downed, according to Ukraine\u2019s air force."],
    "strikes", "strikes", 2, "kyiv-drone-attack-2025-01-03", a="Reuters"),
  E("2025-01-03 14:00", "Mullingar\u2019s Ukrainian families hold belated Christmas party",
    ["Ukrainian families living in Mullingar held a belated Christmas party in the town\u2019s parish centre on Thursday night, with carols sung in both Ukrainian and Irish.",
     "Many of them now celebrate on 25 December rather than the old date of 7 January."],
    "other", "humanitarian", 2, "mullingar-ukrainian-christmas-party", a="Kevin Galvin"),
  OFF("2025-01-03 12:30", "Garda\u00ed appeal for witnesses after Moate burglaries",
      ["Garda\u00ed in Moate are appealing for information after three houses on the outskirts of the town were broken into on New Year\u2019s Day."],
      "moate-burglaries-appeal", a="Kevin Galvin", n="local crime."),
  E("2025-01-03 10:50", "Gas transit halt must not hit Irish bills, says Westmeath TD",
    ["A Westmeath TD has called on the incoming government to keep a close eye on energy prices after Russian gas stopped flowing through Ukraine to Europe on New Year\u2019s Day.",
     "Ireland buys no Russian gas directly, but she said wholesale prices across Europe had already risen."],
    "other", "politics", 2, "westmeath-td-gas-transit-bills", sec=["diplomacy"], a="Sin\u00e9ad Keegan",
    n="Irish domestic politics about a war-related energy decision; not off-beat."),
  ]))

SEEDS.append(dict(id="8304", name="8304_tipperarystar-live", ext="txt", source="Tipperary Star", zone="Europe/Dublin", render=r_tipperary,
  title="LIVE: Ukraine war latest as Zelensky prepares for White House talks", byline="Tipperary Star reporter", dateline_t="2025-08-16 18:05",
  lede="Follow our live coverage of reaction to the Alaska summit between Donald Trump and Vladimir Putin.",
  notes=("Imitates a TipperaryLive.ie (Tipperary Star, Iconic Media) live page copied as text: 'Reporter:' label, reporter line and "
         "the Iconic-style dateline '16 Aug 2025 6:05 PM' (first post), then posts NEWEST FIRST, each a bare '11:30 PM' time line, an "
         "optional headline and the body. One post (00:15) has no headline. Irish summer time (IST, UTC+1) is implied, never printed. "
         "Midnight crossing: the page has no date headers, but the two posts at the top, '12:50 AM' and '12:15 AM', come after '11:30 PM' "
         "in newest-first order, so they belong to Sunday 17 August local time; in UTC they are still 16 August (23:50 and 23:15), "
         "so the whole page is one UTC day. The page byline is every entry's author. The three Alaska-summit posts share a story."),
  not_entries=["site name, paper names, menu and 'Search'", "privacy notice with 'AGREE  MORE OPTIONS'", "kicker 'NATIONAL NEWS'", "title line",
               "'Reporter:' label and reporter line", "dateline '16 Aug 2025 6:05 PM'", "share labels", "lede 'Follow our live coverage ...'",
               "'Refresh this page for the latest updates'", "newsletter plug (two lines)", "'READ NEXT' and its two local links", "footer lines"],
  entries=[
  E("2025-08-17 00:50", "Zelensky confirms he will meet Trump in Washington on Monday",
    ["Volodymyr Zelensky has confirmed he will travel to Washington on Monday for talks with Donald Trump, saying he was grateful for the invitation.",
     "He said it was important that Europeans were involved at every stage."],
    "diplomacy", "diplomacy", 3, "zelensky-washington-visit-2025-08-18", a="Tipperary Star reporter"),
  E("2025-08-17 00:15", None,
    ["European leaders will hold a video call on Sunday afternoon to agree a common position before the White House meeting, according to a spokesman for the German government.",
     "The group of countries that have offered to help guarantee any settlement is also expected to join."],
    "diplomacy", "diplomacy", 2, "european-leaders-call-2025-08-17", a="Tipperary Star reporter", n="Post without a headline."),
  E("2025-08-16 23:30", "Air raid alerts across eastern regions as drones launched",
    ["Ukraine\u2019s air force has warned of groups of attack drones heading towards the Dnipropetrovsk and Kharkiv regions, and air raid alerts are in force across much of the east."],
    "strikes", "strikes", 2, "russian-drone-launches-2025-08-16-night", a="Tipperary Star reporter"),
  E("2025-08-16 22:10", "Trump: a full peace deal, not a ceasefire, is the way to end the war",
    ["Donald Trump has said the best way to end the war is to go straight to a peace agreement rather than a ceasefire that often does not hold.",
     "He made the comments after calls with Volodymyr Zelensky and several European leaders."],
    "diplomacy", "diplomacy", 3, "trump-putin-alaska-summit", a="Tipperary Star reporter",
    n="Summit participant's own account of the outcome -> same story as the summit."),
  E("2025-08-16 21:05", "T\u00e1naiste says Ireland will back a settlement Ukraine can accept",
    ["The T\u00e1naiste has said Ireland will support any agreement that Ukrainians themselves are willing to accept, but warned against rewarding aggression.",
     "He was speaking at an event in Clonmel."],
    "diplomacy", "diplomacy", 2, "tanaiste-reaction-alaska-summit", a="Tipperary Star reporter",
    n="Third-party reaction with its own content: separate story."),
  E("2025-08-16 20:00", "One killed in drone strike on Sumy region village",
    ["A man was killed when a Russian drone struck a house in a village in the Sumy region, the regional administration said."],
    "strikes", "strikes", 2, "sumy-region-drone-strike-2025-08-16", a="Tipperary Star reporter"),
  E("2025-08-16 19:10", "Kremlin describes Alaska talks as very positive",
    ["The Kremlin has described Friday\u2019s talks in Anchorage as very positive and said the two presidents had agreed to keep working towards a settlement.",
     "No date has been set for another meeting."],
    "diplomacy", "diplomacy", 3, "trump-putin-alaska-summit", a="Tipperary Star reporter"),
  E("2025-08-16 18:05", "Alaska summit ends without ceasefire agreement",
    ["Talks between Donald Trump and Vladimir Putin at a military base in Anchorage ended without an agreement on a ceasefire in Ukraine.",
     "Both leaders spoke of progress but took no questions from reporters."],
    "diplomacy", "diplomacy", 3, "trump-putin-alaska-summit", a="Tipperary Star reporter"),
  ]))

SEEDS.append(dict(id="8305", name="8305_kildarenationalist-tag", ext="html", source="Kildare Nationalist", zone="Europe/Dublin", render=r_kildare,
  title="Tag: Ukraine",
  notes=("Imitates the Kildare Nationalist's WordPress tag archive for 'Ukraine' (HTML, news-theme modules, Yoast @graph JSON-LD "
         "with no item times). Newest first. Each module: headline, author, '-', a DATE-ONLY visible stamp 'June 26, 2025' whose "
         "<time datetime> attribute carries the full time with +01:00 (Irish summer time), a comment count '0', a one-paragraph "
         "excerpt and 'Read more'. The stamp is the visible date; the time comes from the datetime attribute. The header clock line "
         "'Thursday, June 26, 2025' is chrome. Two items are agency copy credited 'PA Reporter'."),
  not_entries=["cookie notice", "header clock 'Thursday, June 26, 2025'", "logo and menu", "breadcrumb 'Home Tags Ukraine'", "tag heading 'Tag: Ukraine'",
               "comment counts '0'", "'Read more' links", "'- Advertisement -'", "pagination 'Page 1 of 14'", "footer"],
  entries=[
  E("2025-06-26 20:40", "EU leaders agree to keep economic sanctions on Russia in place",
    ["EU leaders meeting in Brussels agreed to extend economic sanctions against Russia for another six months, although a new package of measures remained blocked."],
    "diplomacy", "diplomacy", 3, "eu-summit-sanctions-rollover-2025-06-26", a="PA Reporter"),
  E("2025-06-26 18:25", "Curragh medics back from casualty training course for Ukrainian soldiers",
    ["Four Defence Forces medics based at the Curragh have returned from Poland, where they spent six weeks teaching battlefield first aid to Ukrainian soldiers."],
    "aid", "aid", 2, "curragh-medics-ukraine-training", a="Aisling Mulvey"),
  E("2025-06-26 15:50", "Naas charity shop raises \u20ac30,000 for Kharkiv children\u2019s hospital",
    ["Volunteers at a Naas charity shop run by members of the local Ukrainian community have raised \u20ac30,000 for a children\u2019s hospital in Kharkiv in less than a year."],
    "aid", "aid", 2, "naas-charity-shop-kharkiv-hospital", a="Aisling Mulvey"),
  E("2025-06-26 13:10", "Maynooth researchers use satellites to map damage to Ukrainian farmland",
    ["A team at Maynooth University is using satellite images to measure how much Ukrainian farmland has been scarred by shelling and trenches, in a project funded by the EU."],
    "other", "humanitarian", 2, "maynooth-satellite-farmland-damage", a="Ruair\u00ed Tierney"),
  E("2025-06-26 11:30", "Ukrainian residents of Kildare hotel told to prepare for move",
    ["Around 45 Ukrainians living in a hotel near Kildare town have been told they will be moved to other accommodation when the State\u2019s contract ends in August."],
    "other", "humanitarian", 2, "kildare-hotel-ukrainian-residents-move", a="Aisling Mulvey"),
  E("2025-06-26 09:05", "Russian strike on Dnipro region kills four overnight",
    ["Four people were killed and more than 20 injured when Russian missiles hit the Dnipropetrovsk region overnight, Ukraine\u2019s emergency service said."],
    "strikes", "strikes", 3, "dnipropetrovsk-region-strike-2025-06-26", a="PA Reporter"),
  ]))

SEEDS.append(dict(id="8306", name="8306_mayonews-live", ext="txt", source="The Mayo News", zone="Europe/Dublin", render=r_mayo,
  title="Live: Mayo marks Ukraine\u2019s Independence Day \u2013 Sunday, August 24", byline="Eimear Loftus", parse_args=["--date", "2025-08-24"],
  lede="Ukrainian families across the county are marking their country\u2019s national day. Follow our updates from Castlebar, Westport and Ballina, along with the main news from Ukraine.",
  notes=("Imitates a Mayo News live-updates page copied as text. The title names 'Sunday, August 24' but no year is printed anywhere "
         "(parse_args --date 2025-08-24). Posts OLDEST FIRST, each a bare time line BEFORE the headline in the paper's style: '10am', "
         "'11.15am', '12.40pm', '2pm' (no minutes on the hour, a dot otherwise). Irish summer time (IST, UTC+1) implied. One page "
         "byline, used as every entry's author. Local community items mix with the day's main news from Ukraine."),
  not_entries=["masthead, menu, 'Subscribe  Log in'", "cookie line", "kicker 'NEWS'", "title line", "byline 'By Eimear Loftus'", "lede paragraph",
               "share labels", "'ADVERTISEMENT'", "newsletter line", "'RELATED STORIES' and its two links", "footer"],
  entries=[
  E("2025-08-24 10:00", "Flag raised at \u00c1ras an Chontae in Castlebar",
    ["The blue and yellow flag was raised outside the county council offices in Castlebar this morning, watched by around 100 people, many of them in embroidered shirts.",
     "The cathaoirleach of Mayo County Council said the county was proud of the Ukrainian families who had made their homes here."],
    "other", "humanitarian", 2, "castlebar-ukrainian-flag-raising", a="Eimear Loftus"),
  E("2025-08-24 11:15", "Ukraine says drones hit Russian fuel port on the Baltic",
    ["Ukraine\u2019s military says its drones struck a fuel terminal at a Russian port on the Baltic Sea overnight, starting a large fire.",
     "Russian officials said the blaze had been contained and that nobody was hurt."],
    "strikes", "strikes", 3, "ukraine-drones-baltic-fuel-port-2025-08-24", a="Eimear Loftus"),
  E("2025-08-24 12:40", "Canada\u2019s prime minister in Kyiv for Independence Day",
    ["Canadian prime minister Mark Carney has arrived in Kyiv and joined Volodymyr Zelensky at the ceremonies marking the anniversary of independence.",
     "Ottawa said he would announce a new package of military support during the visit."],
    "diplomacy", "diplomacy", 3, "carney-kyiv-visit-2025-08-24", sec=["aid"], a="Eimear Loftus"),
  E("2025-08-24 14:00", "Ukrainian choir fills Westport church",
    ["A choir of Ukrainian women living in Westport and Louisburgh sang to a full church this afternoon, finishing with their national anthem."],
    "other", "humanitarian", 2, "westport-ukrainian-choir", a="Eimear Loftus"),
  E("2025-08-24 16:30", "Prisoner swap brings home 146 Ukrainians",
    ["Ukraine and Russia have each released 146 prisoners of war in an exchange mediated by the United Arab Emirates, Ukraine\u2019s coordination headquarters said.",
     "Eight civilians were also returned to Ukraine."],
    "diplomacy", "diplomacy", 3, "prisoner-exchange-2025-08-24", a="Eimear Loftus"),
  E("2025-08-24 19:00", "Zelensky says Ukraine will decide its own future",
    ["In his Independence Day address, Volodymyr Zelensky said Ukraine would decide its own future and would not be pressured into giving up land.",
     "He thanked allies for their support but said any peace had to come with real guarantees."],
    "diplomacy", "diplomacy", 2, "zelensky-independence-day-address-2025", a="Eimear Loftus"),
  E("2025-08-24 21:45", "Ballina vigil remembers those killed in the war",
    ["Candles were lit along the quay in Ballina tonight in memory of soldiers and civilians killed since the full-scale invasion began.",
     "Organisers read out the names of relatives of local families."],
    "other", "humanitarian", 2, "ballina-vigil-ukraine-2025", a="Eimear Loftus"),
  ]))

SEEDS.append(dict(id="8307", name="8307_roscommonherald-listing", ext="txt", source="Roscommon Herald", zone="Europe/Dublin", render=r_roscommon,
  title="News",
  notes=("Imitates the Roscommon Herald's news listing copied as plain text, newest first. Each item: headline, then a NUMERIC date "
         "line in Irish day-first order '08/01/2025 15:40' (8 January, not 1 August), 'By NAME' (agency credits 'PA' and 'Reuters' on "
         "two items), a teaser paragraph and 'Read More'. No zone printed: Irish time in January is GMT = UTC. Two items are off-beat."),
  not_entries=["masthead and menu", "cookie line", "heading 'News'", "'Read More' after every item", "'Advertisement'", "'Next page'", "footer lines"],
  entries=[
  E("2025-01-08 18:10", "Boyle family on hosting Ukrainians for a third winter",
    ["A Boyle couple who have shared their farmhouse with a mother and two children from Kharkiv since 2022 say the arrangement has turned into a friendship neither side expected."],
    "other", "humanitarian", 2, "boyle-host-family-ukrainians", a="Gr\u00e1inne Flanagan"),
  E("2025-01-08 15:40", "At least 13 killed as Russian bombs hit Zaporizhzhia",
    ["Russian guided bombs struck an industrial area of Zaporizhzhia on Wednesday afternoon, killing at least 13 people and wounding dozens more, the regional governor said.",
     "Pictures from the scene showed a tram and several cars on fire."],
    "strikes", "strikes", 3, "zaporizhzhia-glide-bomb-strike-2025-01-08", a="PA"),
  OFF("2025-01-08 13:05", "County board ratifies new hurling management",
      ["Roscommon County Board has ratified the new senior hurling management team, which takes charge for the first time in next week\u2019s pre-season competition."],
      "roscommon-hurling-management-ratified", a="Sports Reporter", n="county hurling."),
  E("2025-01-08 11:30", "Castlerea centre to take more Ukrainian arrivals",
    ["A former convent building in Castlerea will take up to 40 more people who have fled Ukraine from next month, local councillors have been told."],
    "other", "humanitarian", 2, "castlerea-centre-ukrainian-arrivals", a="Gr\u00e1inne Flanagan"),
  E("2025-01-08 10:15", "Allies to meet in Germany on Ukraine\u2019s air defence needs",
    ["Defence ministers from about 50 countries will meet at the US air base in Ramstein on Thursday to discuss air defence and ammunition for Ukraine, the last such meeting before the change of administration in Washington."],
    "aid", "aid", 2, "ramstein-group-meeting-2025-01-09", sec=["diplomacy"], a="Reuters"),
  OFF("2025-01-08 08:40", "Ice warning extended as cold snap continues",
      ["Met \u00c9ireann has extended a status yellow low temperature and ice warning for Roscommon and the rest of the country until Friday."],
      "ice-warning-extended-2025-01-08", a="Gr\u00e1inne Flanagan", n="weather."),
  ]))

SEEDS.append(dict(id="8308", name="8308_longfordleader-live", ext="html", source="Longford Leader", zone="Europe/Dublin", render=r_longford,
  title="LIVE: Ukraine war updates as Donald Trump returns to the White House", byline="Longford Leader reporter", dateline_t="2025-01-20 07:40",
  lede="We bring you the latest from Ukraine and reaction from Kyiv, Moscow and Dublin as the new US president is sworn in.",
  notes=("Imitates a Longford Leader (Iconic Media) live blog in HTML, OLDEST FIRST: 'Reporter:' block with the dateline '20 Jan 2025 "
         "7:40 AM', a Key Points box listing two post headlines (entries 05 and 07), then posts with a '9:05 AM' stamp in <time datetime> "
         "(+00:00; Irish time in January is GMT), an optional h3 headline and a 'Posted by: NAME' line (agency credit 'PA' counts as "
         "author). Two posts (01, 03) have no headline. LiveBlogPosting JSON-LD repeats the updates with correct per-update times."),
  not_entries=["consent box", "header and menu", "'NATIONAL NEWS' label", "h1 title", "'Reporter:' block and the dateline '20 Jan 2025 7:40 AM'",
               "share links", "intro paragraph", "'Key Points' heading and its two bullets (they point at posts 05 and 07)",
               "'Posted by: ...' lines (author)", "'Advertisement'", "'READ NEXT' links", "footer"],
  entries=[
  E("2025-01-20 07:40", None,
    ["Russia launched more than 130 drones at Ukraine overnight, the country\u2019s air force said, with most of them shot down over central and northern regions.",
     "Homes were damaged in the Kyiv region, but there were no reports of casualties."],
    "strikes", "strikes", 2, "russian-drone-attack-2025-01-20", a="PA", n="Post without a headline."),
  E("2025-01-20 09:05", "Longford council renews call for homes for Ukrainian families",
    ["Longford County Council has renewed its appeal for vacant homes that could house families who have fled Ukraine, saying demand has stayed steady into the new year."],
    "other", "humanitarian", 2, "longford-council-homes-appeal-ukrainians", a="Niamh Gilligan"),
  E("2025-01-20 10:30", None,
    ["Ukraine\u2019s general staff said its forces had fought off dozens of Russian assaults near Pokrovsk over the past day, again describing the area as the hardest-fought part of the front."],
    "other", "frontline", 2, "pokrovsk-fighting-2025-01-20", a="PA", n="Post without a headline."),
  E("2025-01-20 12:15", "Zelensky hopes Trump can help bring a just peace",
    ["Volodymyr Zelensky congratulated Donald Trump ahead of the inauguration and said he hoped American strength could help bring about a just and lasting peace."],
    "diplomacy", "diplomacy", 2, "zelensky-message-trump-inauguration", a="PA"),
  E("2025-01-20 13:45", "Kremlin says Putin is open to dialogue with the new US administration",
    ["Vladimir Putin congratulated Donald Trump on taking office and said Moscow was open to talks with the new administration on Ukraine, in remarks shown on Russian state television.",
     "He said any settlement should bring lasting peace rather than a short pause."],
    "diplomacy", "diplomacy", 3, "putin-open-to-dialogue-trump", a="PA", kp=True),
  E("2025-01-20 15:20", "Ukraine says its drones hit Russian fuel depot",
    ["Ukraine\u2019s general staff said drones had struck a fuel storage depot in Russia\u2019s Kaluga region overnight, causing a large fire."],
    "strikes", "strikes", 2, "ukraine-drones-kaluga-fuel-depot", a="PA"),
  E("2025-01-20 17:20", "Trump sworn in, promising to end the war quickly",
    ["Donald Trump has been sworn in as the 47th president of the United States, having promised during his campaign to end the war in Ukraine quickly.",
     "He did not mention Ukraine directly in his inaugural address."],
    "diplomacy", "diplomacy", 3, "trump-inauguration-ukraine-pledge", sec=["other"], a="PA", kp=True,
    n="Inauguration covered for its promise to end the war -> diplomacy (peace talk), US domestic side secondary."),
  E("2025-01-20 18:40", "T\u00e1naiste: Europe must keep backing Kyiv whatever Washington decides",
    ["The T\u00e1naiste said European support for Ukraine would continue regardless of any change of course in Washington, and that Ireland would keep up its humanitarian aid."],
    "diplomacy", "diplomacy", 2, "tanaiste-europe-backing-kyiv", sec=["aid"], a="Niamh Gilligan"),
  ]))

SEEDS.append(dict(id="8309", name="8309_offalyexpress-feed", ext="xml", source="Offaly Express", zone="Europe/Dublin", render=r_offaly,
  title="Offaly Express - News", build="Sun, 10 Aug 2025 00:44:10 +0100",
  notes=("Imitates an Offaly Express (Iconic Media) news RSS 2.0 feed, newest first. pubDates carry the Irish summer offset +0100. "
         "The descriptions are escaped HTML (&lt;p&gt;...), not CDATA. dc:creator appears on three items only; the others have no "
         "author. The newest item is dated Sun, 10 Aug 2025 00:40 +0100, i.e. after local midnight, but 23:40 UTC on 9 August, so the "
         "whole feed is one UTC day. Two items are off-beat."),
  not_entries=["channel title/link/description/language/lastBuildDate/ttl", "<category>, <guid> and <media:content> values"],
  entries=[
  E("2025-08-10 00:40", "Zelensky: Ukrainians will not give their land to the occupier",
    ["Volodymyr Zelensky has said Ukraine will not hand over territory to Russia and that any decision taken without Kyiv would be a decision against peace.",
     "He spoke hours after the White House confirmed a date for a meeting between Donald Trump and Vladimir Putin."],
    "diplomacy", "diplomacy", 3, "zelensky-no-land-for-occupier"),
  OFF("2025-08-09 22:30", "Tullamore Show: gates open early as record crowd expected",
      ["Organisers of the Tullamore Show say they expect more than 60,000 visitors at the showgrounds on Sunday, with shuttle buses running from the town centre from early morning."],
      "tullamore-show-2025", a="Fiachra Dolan", n="agricultural show.", cat="Local News", sect="local-news"),
  E("2025-08-09 20:15", "European leaders say path to peace cannot be decided without Ukraine",
    ["The leaders of France, Italy, Germany, Poland, Britain and Finland and the president of the European Commission said in a joint statement that talks on ending the war must include Ukraine.",
     "They said the current line of contact should be the starting point for negotiations."],
    "diplomacy", "diplomacy", 3, "european-leaders-statement-2025-08-09"),
  OFF("2025-08-09 17:50", "Birr cyclists complete coast-to-coast charity ride",
      ["A group of eight cyclists from Birr arrived home on Saturday after a four-day ride from Dublin to Galway and back, raising money for the local hospice."],
      "birr-charity-cycle", a="Fiachra Dolan", n="local charity event.", cat="Local News", sect="local-news"),
  E("2025-08-09 15:05", "Drone strike on bus in Kherson region kills two",
    ["Two people were killed and several injured when a Russian drone hit a passenger bus in the Kherson region, local officials said."],
    "strikes", "strikes", 3, "kherson-region-bus-drone-strike-2025-08-09"),
  E("2025-08-09 12:20", "Trump and Putin to meet in Alaska next Friday",
    ["Donald Trump has announced that he will meet Vladimir Putin in Alaska on 15 August, in what would be the first US-Russia summit since 2021.",
     "The Kremlin confirmed the meeting and said the two sides would focus on a long-term settlement."],
    "diplomacy", "diplomacy", 3, "trump-putin-alaska-summit-announced"),
  E("2025-08-09 09:40", "Offaly host families urged to renew pledges before autumn",
    ["Offaly County Council is asking households hosting Ukrainian families to confirm by the end of August whether they can continue into the winter."],
    "other", "humanitarian", 2, "offaly-host-families-pledges", a="Fiachra Dolan", cat="Local News", sect="local-news"),
  ]))


# ------------------------------------------------------------------ PART B, day 1: 2025-06-08 (UTC)
D1 = "Day 1 (2025-06-08 UTC): 8320, 8321, 8322, 8323."
KHA = "kharkiv-overnight-attack-2025-06-08"
DNI = "russia-claims-dnipropetrovsk-advance"
POW = "istanbul-prisoner-exchange-june-2025"

SEEDS.append(dict(id="8320", name="8320_brindlemoor-textlive", ext="txt", source="Brindlemoor Courier", zone="Europe/Kyiv", render=r_brindlemoor,
  title="Russia-Ukraine war live: Kharkiv pounded overnight; Moscow claims push into Dnipropetrovsk region", dateline="Sunday 8 June 2025",
  lede="Our correspondents bring you the day's developments from Ukraine.",
  notes=("Invented outlet. Text live blog, OLDEST FIRST; date line 'Sunday 8 June 2025' and 'All times are Kyiv time (EEST)' (UTC+3); "
         "each post is a bare '07:40' line, the headline, the body and a '\u2014 NAME' signature. Entry 06 repeats entry 02 nearly "
         "verbatim (duplicate_of 8320-02). Toll in Kharkiv: two at 07:40, three at 12:45 (Kyiv). " + D1),
  not_entries=["masthead and menu", "title and date lines", "'All times are Kyiv time (EEST)'", "lede", "'Updates, earliest first'",
               "'\u2014 NAME' signature lines (author)", "membership plug", "'This live page has now closed' and footer"],
  entries=[
  E("2025-06-08 07:40", "Kharkiv: two dead after hours of drone and bomb strikes",
    ["Russian drones and guided bombs hit Kharkiv for several hours overnight, killing two people and injuring at least 17, the city's mayor Ihor Terekhov said.",
     "Fires broke out at an industrial site and along a street of private houses in the Osnovianskyi district."],
    "strikes", "strikes", 3, KHA, a="Olena Marchuk"),
  E("2025-06-08 09:15", "Children evacuated from villages near Kupiansk",
    ["Authorities in the Kharkiv region have ordered the compulsory evacuation of families with children from five villages near Kupiansk, where Russian shelling has intensified.",
     "About 80 children are thought to remain in the area."],
    "other", "humanitarian", 2, "kupiansk-villages-child-evacuation", a="Olena Marchuk",
    n="Same region as the Kharkiv attack but a different event: must not merge with it."),
  E("2025-06-08 11:30", "Moscow claims troops have reached Dnipropetrovsk region",
    ["Russia's defence ministry said a tank unit had reached the western edge of the Donetsk region and was pushing into the neighbouring Dnipropetrovsk region, which Russian troops had not entered before.",
     "Ukraine's military did not confirm the claim and said fighting was continuing near the regional boundary."],
    "other", "frontline", 3, DNI, a="Piers Agnew"),
  E("2025-06-08 12:45", "Kharkiv toll rises to three",
    ["The overnight attack on Kharkiv has claimed a third life, regional governor Oleh Syniehubov said, after a woman died in hospital.",
     "He said 19 people were now being treated for their injuries."],
    "strikes", "strikes", 3, KHA, a="Olena Marchuk"),
  E("2025-06-08 14:20", "Glide bombs hit Zaporizhzhia suburbs",
    ["Russian aircraft dropped guided bombs on the outskirts of Zaporizhzhia in the early afternoon, damaging a warehouse and several houses, the regional administration said.",
     "One man was injured."],
    "strikes", "strikes", 2, "zaporizhzhia-glide-bombs-2025-06-08", a="Piers Agnew",
    n="A separate attack on another city the same day: must not merge with the Kharkiv story."),
  E("2025-06-08 16:05", "Children evacuated from villages near Kupiansk",
    ["Authorities in the Kharkiv region have ordered the compulsory evacuation of families with children from five villages near Kupiansk, where Russian shelling has grown heavier.",
     "About 80 children are thought to remain in the area."],
    "other", "humanitarian", 1, "kupiansk-villages-child-evacuation", a="Olena Marchuk", dup="8320-02",
    n="Near-verbatim repeat of 8320-02 (one word changed) -> importance 1."),
  E("2025-06-08 18:50", "Dutch to pay for Ukrainian-made interceptor drones",
    ["The Netherlands will spend 300 million euros on drones built in Ukraine that are designed to bring down Russian attack drones, the Dutch defence minister said.",
     "The first deliveries are expected within weeks."],
    "aid", "aid", 2, "netherlands-interceptor-drones-funding", a="Piers Agnew",
    n="Different donor and package from the UK drone funding in 8321-02: must not merge."),
  ]))

SEEDS.append(dict(id="8321", name="8321_corvanish-htmllive", ext="html", source="Corvanish Herald", zone="Europe/London", render=r_corvanish,
  title="Ukraine war live: Kharkov hit by 'most powerful' attack; row over prisoner swap", url="https://corvanish.example/world/live/2025/jun/08/ukraine-war-live",
  lede="Follow the latest from Ukraine on Sunday.", dateline="Sun 8 Jun 2025", authors=["Harriet Vossley", "Dominic Perrow"],
  notes=("Invented outlet. HTML live blog, NEWEST FIRST; each block has '<time datetime=...+01:00>5.40pm BST</time>' above an h2 "
         "headline and a 'By NAME' line. Spelling 'Kharkov'. The LiveBlogPosting JSON-LD lists the updates but gives each of them the "
         "PAGE's datePublished (08:05 BST), so per-update times must come from the visible blocks. Entry 05 is a video teaser without "
         "body; entry 03 is the day's theme piece (explainer). Toll: two at 8.05am, four at 5.40pm. " + D1),
  not_entries=["cookie banner", "header and menu", "kicker 'Russia-Ukraine war'", "h1 title", "standfirst", "page date 'Sun 8 Jun 2025'",
               "'By NAME' lines (author)", "'Share' under each block", "'Related' aside", "'Older posts' and footer"],
  entries=[
  E("2025-06-08 17:40", "Four now confirmed dead in Kharkov",
    ["The number of people killed in the overnight bombardment of Kharkov has risen to four, after rescuers found a body under the rubble of a house.",
     "The city's mayor said it had been the most powerful attack on the city since the full-scale invasion began."],
    "strikes", "strikes", 3, KHA, a="Harriet Vossley"),
  E("2025-06-08 15:20", "UK commits extra \u00a3350m to drone production for Ukraine",
    ["Britain will put a further \u00a3350m into producing drones for Ukraine this year, the defence secretary said, as part of a plan to supply 100,000 of them.",
     "Much of the money will go to British and Ukrainian manufacturers working together."],
    "aid", "aid", 2, "uk-drone-funding-2025-06-08", a="Dominic Perrow",
    n="Different donor and package from the Dutch interceptor funding in 8320-07: must not merge."),
  E("2025-06-08 13:45", "Explainer: why Kharkov is within reach of almost every Russian weapon",
    ["Kharkov lies barely 30 kilometres from the Russian border, close enough for glide bombs released over Russian territory and for short-range missiles that give residents less than a minute of warning.",
     "Air defences around the city have improved since 2022, but the short flight times still leave gaps that drones can exploit."],
    "strikes", "strikes", 2, "explainer-kharkiv-exposure", a="Dominic Perrow",
    n="Theme piece (explainer with body) on the strikes theme: its own story, importance 2; must not merge with the attack story."),
  E("2025-06-08 11:10", "Kyiv and Moscow trade blame over delayed prisoner swap",
    ["Ukraine and Russia accused each other of holding up the exchange of prisoners and the return of soldiers' bodies agreed at talks in Istanbul last week.",
     "Ukrainian officials said the lists had been handed over and accused Moscow of playing political games, while Russia said Kyiv had postponed the handover without explanation."],
    "diplomacy", "diplomacy", 3, POW, a="Harriet Vossley"),
  E("2025-06-08 09:30", "Watch: firefighters tackle blaze at Kharkov factory", [], "strikes", "strikes", 1, KHA,
    n="Video teaser without body -> importance 1, under the story it shows."),
  E("2025-06-08 08:05", "Kharkov hit by 'most powerful' attack of the war, mayor says",
    ["At least two people were killed when Russian drones, missiles and guided bombs struck Kharkov overnight, in what the mayor called the most powerful attack on the city since the war began.",
     "Dozens of explosions were heard over about an hour and a half."],
    "strikes", "strikes", 3, KHA, a="Harriet Vossley"),
  ]))

SEEDS.append(dict(id="8322", name="8322_dunmallow-worldrss", ext="xml", source="Dunmallow Wire", zone="America/New_York", render=r_rss_world, ztext="EDT",
  title="Dunmallow Wire - World", url="https://dunmallowwire.example", guid="dmw-world", lede="World news from the Dunmallow Wire desk",
  notes=("Invented outlet. General world-news RSS 2.0 feed, newest first; pubDate with the textual zone 'EDT' (US Eastern daylight "
         "time, UTC-4); CDATA paragraphs; no authors. Four of six items are off-beat (tennis, Los Angeles, Colombia, Texas storms). "
         "The Kharkiv item gives three dead at 08:45 EDT. " + D1),
  not_entries=["channel title/link/description", "<category> and <guid> values"],
  entries=[
  E("2025-06-08 15:30", "Russia, Ukraine blame each other as prisoner swap stalls",
    ["Russia and Ukraine traded accusations on Sunday over a delayed exchange of prisoners of war and the bodies of dead soldiers, days after negotiators agreed the swap in Istanbul.",
     "Each side said the other had failed to turn up at the agreed handover point."],
    "diplomacy", "diplomacy", 3, POW),
  OFF("2025-06-08 13:10", "Paris final runs beyond five hours",
      ["The men's final at Roland Garros went to a deciding tiebreak on Sunday, making it the longest final in the tournament's history."],
      "french-open-mens-final-2025", n="tennis.", cat="Sport"),
  OFF("2025-06-08 11:00", "National Guard troops arrive in Los Angeles as protests continue",
      ["Hundreds of National Guard soldiers sent by President Donald Trump took up positions in Los Angeles on Sunday after two days of protests against immigration raids."],
      "los-angeles-national-guard-deployment", n="US domestic unrest.", cat="US"),
  E("2025-06-08 08:45", "Deadly overnight assault on Ukraine's second city",
    ["Russia struck Kharkiv, Ukraine's second-largest city, with drones, missiles and glide bombs overnight, killing three people, local officials said.",
     "It was one of the heaviest attacks on the city this year."],
    "strikes", "strikes", 3, KHA),
  OFF("2025-06-08 06:20", "Colombian presidential hopeful shot at campaign rally",
      ["A Colombian senator who plans to run for president was shot in the head at a campaign event in Bogota on Saturday and is in a critical condition, officials said."],
      "colombia-senator-shooting", n="Colombian politics.", cat="Americas"),
  OFF("2025-06-08 02:15", "Thunderstorms leave thousands without power in Texas",
      ["Severe thunderstorms with winds of up to 70 mph knocked out power to more than 100,000 homes and businesses around Dallas overnight, utilities said."],
      "texas-storms-power-outages-2025-06-08", n="US weather.", cat="US"),
  ]))

SEEDS.append(dict(id="8323", name="8323_fellcairn-briefing", ext="txt", source="Fellcairn Review", zone="Europe/Berlin", render=r_fellcairn,
  title="Evening briefing: Charkiw counts its dead, Moscow claims a new front", byline="Jonas Vehrenkamp",
  dateline="Sunday, 8 June 2025 \u00b7 20:30 CEST", dateline_t="2025-06-08 20:30",
  lede="What happened today, in four items.",
  notes=("Invented outlet. Text evening briefing: title, 'Compiled by' byline, dateline 'Sunday, 8 June 2025 \u00b7 20:30 CEST' (UTC+2), "
         "then one paragraph per item under the section headings 'Ukraine', 'Russia', 'Europe'. Items have NO headline and NO time: "
         "headline null, stamp null, published = the dateline, author = the compiler, body_paragraphs 1. German spelling 'Charkiw' "
         "for Kharkiv; toll five (the latest of the day). " + D1),
  not_entries=["outlet name and menu", "title line", "'Compiled by ...' byline", "dateline", "lede 'What happened today, in four items.'",
               "section headings 'Ukraine', 'Russia', 'Europe'", "newsletter line and footer"],
  entries=[
  E("2025-06-08 20:30", None,
    ["Five people have now died after the overnight Russian attack on Charkiw, regional officials said on Sunday evening, and more than 20 were injured."],
    "strikes", "strikes", 3, KHA, a="Jonas Vehrenkamp", sect="Ukraine"),
  E("2025-06-08 20:30", None,
    ["Germany will pay for the production of several hundred long-range drones in Ukraine under an agreement signed by the two defence ministries, Berlin said."],
    "aid", "aid", 2, "germany-funds-long-range-drones-ukraine", a="Jonas Vehrenkamp", sect="Ukraine"),
  E("2025-06-08 20:30", None,
    ["Russia's defence ministry said its troops had crossed into the Dnipropetrovsk region for the first time, a claim Kyiv dismissed as an attempt to spread panic."],
    "other", "frontline", 3, DNI, a="Jonas Vehrenkamp", sect="Russia"),
  OFF("2025-06-08 20:30", None,
      ["Berlin recorded its first 30-degree day of the year, and the national weather service warned of thunderstorms in the south overnight."],
      "berlin-first-hot-day-2025", a="Jonas Vehrenkamp", n="German weather.", sect="Europe"),
  ]))

# ------------------------------------------------------------------ PART B, day 2: 2025-06-09 (UTC) - the day after day 1
D2 = "Day 2 (2025-06-09 UTC, the day after day 1): 8330, 8331, 8332, 8333."
REC = "record-drone-attack-2025-06-09"
EU18 = "eu-18th-sanctions-package-proposal"

SEEDS.append(dict(id="8330", name="8330_corvanish-htmllive", ext="html", source="Corvanish Herald", zone="Europe/London", render=r_corvanish,
  title="Ukraine war live: Russia launches record drone barrage; first prisoners exchanged", url="https://corvanish.example/world/live/2025/jun/09/ukraine-war-live",
  lede="Follow the latest from Ukraine on Monday.", dateline="Mon 9 Jun 2025", authors=["Harriet Vossley", "Dominic Perrow"],
  notes=("Invented outlet (same outlet and layout as 8321, next day's page). HTML live blog, NEWEST FIRST, '6.50am BST' stamps in "
         "<time datetime>, JSON-LD updates all carrying the page's datePublished. Entry 05 re-posts day 1's explainer 8321-03 nearly "
         "verbatim (re-post of day-1 entry: importance 1, same story). Entry 04 continues day 1's prisoner-exchange story with a new "
         "development (the first stage takes place). Entry 02 is the day's theme piece (analysis). Toll in Lutsk: one at 6.50am, "
         "three at 6.30pm. " + D2),
  not_entries=["cookie banner", "header and menu", "kicker", "h1 title", "standfirst", "page date 'Mon 9 Jun 2025'", "'By NAME' lines (author)",
               "'Share' under each block", "'Related' aside", "'Older posts' and footer"],
  entries=[
  E("2025-06-09 18:30", "Third death confirmed in Lutsk",
    ["A third person has died in Lutsk after Russian drones hit an industrial area and nearby apartment buildings overnight, the city's mayor said.",
     "Thirteen people remain in hospital."],
    "strikes", "strikes", 3, REC, a="Harriet Vossley"),
  E("2025-06-09 15:55", "Analysis: a 500-drone night and the arithmetic of air defence",
    ["Russia can now build and launch several hundred Shahed-type drones in a single night, forcing Ukraine to choose between spending costly missiles on cheap targets and letting some of them through.",
     "Kyiv's answer has been mobile fire groups, electronic jamming and a fast-growing fleet of interceptor drones, but none of these yet works at the scale of the attacks."],
    "strikes", "strikes", 2, "analysis-drone-swarms-air-defence", a="Dominic Perrow",
    n="Theme piece (analysis with body): its own story, importance 2; must not merge with the record attack itself."),
  E("2025-06-09 13:40", "Ukraine says it hit Russian bomber base",
    ["Ukraine's general staff said its drones had struck the Engels air base in Russia's Saratov region overnight, where long-range bombers are stationed.",
     "Russia's defence ministry said it had destroyed dozens of Ukrainian drones over several regions but did not mention Engels."],
    "strikes", "strikes", 2, "ukraine-strike-engels-airbase-2025-06-09", a="Dominic Perrow",
    n="Ukrainian strike on Russia: same theme and night as the record Russian attack, different event: must not merge."),
  E("2025-06-09 11:20", "First prisoners cross in Istanbul-agreed exchange",
    ["Ukraine and Russia carried out the first stage of the exchange agreed in Istanbul, swapping wounded soldiers and prisoners under the age of 25, President Volodymyr Zelensky said.",
     "He gave no numbers, saying the exchange would continue over several days."],
    "diplomacy", "diplomacy", 3, POW, a="Harriet Vossley",
    n="Continuation of day 1's story (the swap disputed on 8 June takes place): keeps the day-1 slug; carried by two day-2 seeds."),
  E("2025-06-09 08:30", "Explainer: why Kharkov is within reach of almost every Russian weapon",
    ["Kharkov lies barely 30 kilometres from the Russian border, close enough for glide bombs released over Russian territory and for short-range missiles that give residents less than a minute of warning.",
     "Air defences around the city have improved since 2022, but short flight times still leave gaps that drones can exploit."],
    "strikes", "strikes", 1, "explainer-kharkiv-exposure", a="Dominic Perrow",
    n="Re-post of day-1 entry 8321-03 (near-verbatim, one word dropped): importance 1, same story; duplicate_of stays null because the original is on another page."),
  E("2025-06-09 06:50", "Russia launches biggest drone attack of the war",
    ["Russia fired 479 drones and 20 missiles at Ukraine overnight, the largest aerial attack since the full-scale invasion, Ukraine's air force said.",
     "Most were shot down, but one person was killed in the north-western city of Lutsk."],
    "strikes", "strikes", 3, REC, a="Harriet Vossley"),
  ]))

SEEDS.append(dict(id="8331", name="8331_glasmorrow-atom", ext="xml", source="Glasmorrow Post", zone="Europe/Warsaw", render=r_atom,
  title="Glasmorrow Post \u2013 Ukraine and the East", url="https://glasmorrowpost.example", lede="Reporting from Warsaw on Ukraine, Belarus and the Baltic",
  notes=("Invented outlet. Atom 1.0 feed, newest first; <published> with +02:00 (Warsaw, CEST); per-entry <author>; escaped HTML "
         "content. Polish spelling '\u0141uck' for Lutsk. Entry 01 is a photo teaser with no content (importance 1). Entry 03 continues "
         "day 1's prisoner-exchange story. " + D2),
  not_entries=["feed title, subtitle, links, id and updated", "entry <id> values"],
  entries=[
  E("2025-06-09 21:15", "Photos: \u0141uck counts the cost of the night's attack", [], "strikes", "strikes", 1, REC,
    n="Photo teaser without body -> importance 1, under the story it shows."),
  E("2025-06-09 18:40", "Canada adds shadow-fleet tankers to sanctions list",
    ["Canada has added more than 200 vessels it says belong to Russia's shadow fleet of oil tankers to its sanctions list, the foreign ministry in Ottawa said.",
     "The ships are accused of helping Moscow get around the price cap on Russian crude."],
    "diplomacy", "diplomacy", 2, "canada-shadow-fleet-sanctions-2025-06-09", a="Zofia Brandys",
    n="A different sanctions decision (Canada) from the EU package: must not merge."),
  E("2025-06-09 16:05", "Wounded and young soldiers first to come home in swap",
    ["The first group of Ukrainian prisoners freed under the Istanbul agreement crossed the border from Belarus on Monday, most of them wounded or younger than 25, Ukraine's coordination headquarters said.",
     "Russia's defence ministry said the same number of Russian soldiers had been returned."],
    "diplomacy", "diplomacy", 3, POW, a="Tomasz Orzelski", n="Continuation of day 1's prisoner-exchange story."),
  E("2025-06-09 13:20", "Brussels readies 18th sanctions package",
    ["The European Commission will on Tuesday propose its 18th package of sanctions against Russia, including a lower price cap on Russian oil and a ban on transactions involving the Nord Stream pipelines, EU officials said."],
    "diplomacy", "diplomacy", 3, EU18, a="Zofia Brandys"),
  E("2025-06-09 09:40", "\u0141uck among cities hit in record Russian barrage",
    ["The western Ukrainian city of \u0141uck, about 100 kilometres from the Polish border, was among the targets of the largest drone and missile attack Russia has launched, and one person was killed there.",
     "Polish and allied aircraft were scrambled as a precaution."],
    "strikes", "strikes", 3, REC, a="Tomasz Orzelski"),
  E("2025-06-09 07:15", "Polish jets scrambled as Russia pounds western Ukraine",
    ["Poland's operational command said it had scrambled fighter jets and put ground-based air defences on the highest state of readiness overnight because of Russian strikes near the border.",
     "No violation of Polish airspace was recorded."],
    "other", "security", 2, "poland-scrambles-jets-2025-06-09", a="Zofia Brandys",
    n="A non-party's own readiness measure (security), not an air-defence engagement in the war: its own story, not merged with the attack."),
  ]))

SEEDS.append(dict(id="8332", name="8332_thwaiteby-textlive", ext="txt", source="Thwaiteby Standard", zone="Europe/Kyiv", render=r_thwaiteby,
  title="Live: Russia's record air attack \u2013 the day's events as they happen", dateline="Monday, 9 June", parse_args=["--date", "2025-06-09"],
  lede="We are following the aftermath of the largest Russian air attack of the war.",
  notes=("Invented outlet. Text live blog, OLDEST FIRST; date line 'Monday, 9 June' with NO year anywhere (parse_args --date 2025-06-09); "
         "'Times shown are Kyiv time' (EEST, UTC+3). Each post: headline, then a '08:05 | NAME' line AFTER the headline (stamp = the "
         "whole line; author = the name), then the body. Entry 04 repeats entry 02 nearly verbatim (duplicate_of 8332-02). Lutsk toll: "
         "one at 06:30, two at 17:20. " + D2),
  not_entries=["outlet name and breadcrumb", "title and date lines", "'Times shown are Kyiv time'", "lede", "'Read more: our guide to Ukraine's air defences'",
               "closing line and footer"],
  entries=[
  E("2025-06-09 06:30", "Lutsk: one killed as drones hit industrial area",
    ["One person was killed and several were injured when drones struck an industrial area on the edge of Lutsk, the regional governor said.",
     "The fires had been put out by early morning."],
    "strikes", "strikes", 3, REC, a="Olha Savchuk"),
  E("2025-06-09 08:05", "Air force: 479 drones and 20 missiles launched overnight",
    ["Ukraine's air force said Russia had launched 479 drones and decoys together with 20 ballistic and cruise missiles during the night, a record for a single attack.",
     "It said 277 drones and 19 missiles had been shot down or jammed."],
    "strikes", "strikes", 3, REC, a="Olha Savchuk"),
  E("2025-06-09 10:20", "Russian forces press towards Kostiantynivka",
    ["Russian troops are trying to advance on Kostiantynivka from the south and east, a spokesman for Ukrainian forces in the area said, with more than 40 assaults recorded in a day."],
    "other", "frontline", 2, "kostiantynivka-russian-pressure", a="Mykola Dovbush"),
  E("2025-06-09 12:10", "Air force: 479 drones and 20 missiles launched overnight",
    ["Ukraine's air force said Russia had launched 479 drones and decoys together with 20 ballistic and cruise missiles during the night, a record for any single attack.",
     "It said 277 drones and 19 missiles were shot down or jammed."],
    "strikes", "strikes", 1, REC, a="Olha Savchuk", dup="8332-02", n="Near-verbatim repeat of 8332-02 -> importance 1."),
  E("2025-06-09 14:45", "Odesa: drones hit port district in afternoon raid",
    ["Russian drones struck the port area of Odesa in the afternoon, damaging warehouses and a grain terminal, the regional governor said.",
     "Two workers were injured."],
    "strikes", "strikes", 2, "odesa-port-drone-strike-2025-06-09", a="Mykola Dovbush",
    n="A separate daytime attack on Odesa: same theme as the record overnight attack, must not merge."),
  E("2025-06-09 17:20", "Lutsk toll rises to two",
    ["A second person has died of injuries suffered in the overnight attack on Lutsk, the city authorities said."],
    "strikes", "strikes", 3, REC, a="Olha Savchuk"),
  ]))

SEEDS.append(dict(id="8333", name="8333_inverlarch-worldrss", ext="xml", source="Inverlarch Journal", zone="America/Sao_Paulo", render=r_rss_world,
  title="Inverlarch Journal | World", url="https://inverlarch.example", guid="ivj", lede="International headlines from the Inverlarch Journal",
  notes=("Invented outlet. General world-news RSS 2.0 feed, newest first; pubDate with the numeric offset -0300 (Brazil, no summer "
         "time); CDATA paragraphs; no authors. Four of six items are off-beat (Gaza yacht, coffee, Los Angeles, football). Spelling "
         "'Lutzk'. " + D2),
  not_entries=["channel title/link/description", "<category> and <guid> values"],
  entries=[
  OFF("2025-06-09 16:20", "Israel intercepts activists' Gaza-bound yacht",
      ["Israeli forces took control of a small yacht carrying activists and a symbolic cargo of aid to Gaza early on Monday and escorted it to the port of Ashdod, Israel's foreign ministry said."],
      "gaza-aid-yacht-intercepted", n="Middle East, not the Russia-Ukraine war.", cat="Middle East"),
  OFF("2025-06-09 13:05", "Coffee prices ease as Brazil harvest picks up",
      ["Arabica futures fell for a third day as the harvest in Brazil's main coffee regions gathered pace after a dry spell, traders said."],
      "brazil-coffee-harvest-prices", n="commodities.", cat="Business"),
  E("2025-06-09 10:40", "EU set to unveil new Russia sanctions on Tuesday",
    ["The European Union will present a new round of sanctions against Russia on Tuesday targeting its energy revenues and banks, the head of the European Commission said."],
    "diplomacy", "diplomacy", 3, EU18),
  OFF("2025-06-09 08:15", "Los Angeles braces for fourth day of protests",
      ["Los Angeles police declared an unlawful assembly downtown late on Sunday as protests against immigration raids continued, and California's governor said he would sue over the National Guard deployment."],
      "los-angeles-immigration-protests", n="US domestic unrest.", cat="Americas"),
  E("2025-06-09 05:50", "Russia fires record drone swarm at Ukraine; Lutzk hit",
    ["Russia launched nearly 500 drones and a score of missiles at Ukraine overnight, its biggest air attack of the war, and one person was killed in the western city of Lutzk, Ukrainian officials said."],
    "strikes", "strikes", 3, REC),
  OFF("2025-06-09 02:10", "Brazil eye World Cup place in Sao Paulo qualifier",
      ["Brazil's new coach takes charge of his first home qualifier on Tuesday night, knowing a win against Paraguay will secure a place at next year's World Cup."],
      "brazil-world-cup-qualifier-2025-06", n="football.", cat="Sport"),
  ]))

# ------------------------------------------------------------------ PART B, day 3: 2025-01-12 (UTC) - a separate day
D3 = "Day 3 (2025-01-12 UTC): 8340, 8341, 8342, 8343."
KR = "kryvyi-rih-missile-strike-2025-01-12"
NK = "north-korean-pows-exchange-offer"
DN = "dnipro-drone-attack-2025-01-12"
FICO = "fico-threat-electricity-exports-ukraine"
NIS = "south-korea-intelligence-north-korean-casualties"

SEEDS.append(dict(id="8340", name="8340_lethwold-textlive", ext="txt", source="Lethwold Gazette", zone="Europe/London", render=r_lethwold,
  title="Ukraine war live: Zelensky offers North Korean prisoners to Kim; missile strike on Kryvyi Rih", dateline="Sunday 12 January 2025",
  lede="Good morning and welcome to today's rolling coverage from Ukraine. All times GMT.",
  notes=("Invented outlet. Text live blog, OLDEST FIRST; a Key Points block lists two post headlines (entries 01 and 06); each post "
         "begins with a '07:10 GMT | Headline' line (stamp = the time part), then the body and 'Reporting: NAME'. GMT = UTC. Entry 02 "
         "is a video teaser without body; entry 04 is the day's theme piece (explainer); entry 09 repeats entry 05 nearly verbatim "
         "(duplicate_of 8340-05). Kryvyi Rih toll: two at 10:05, four at 15:00. " + D3),
  not_entries=["masthead and menu", "title and date lines", "'Key Points' heading and its two headline lines (pointers to entries 01 and 06)",
               "lede 'Good morning and welcome to today's rolling coverage from Ukraine. All times GMT.'", "'Reporting: NAME' lines (author)", "'Advertisement'",
               "closing line and footer"],
  entries=[
  E("2025-01-12 07:10", "Zelensky offers to return North Korean prisoners to Kim in exchange for Ukrainians",
    ["Volodymyr Zelensky said Ukraine was ready to hand over two captured North Korean soldiers to Kim Jong Un if Pyongyang could arrange their exchange for Ukrainians held in Russia.",
     "He said soldiers who did not want to go home would be offered other options, including helping to tell the truth about the war in Korean."],
    "diplomacy", "diplomacy", 3, NK, a="Bethan Coldwell", kp=True),
  E("2025-01-12 08:45", "Watch: captured North Korean soldiers questioned on camera", [], "diplomacy", "diplomacy", 1, NK,
    n="Video teaser without body -> importance 1, under the story it shows (the video was released with the offer)."),
  E("2025-01-12 10:05", "Missile strike on Kryvyi Rih kills two",
    ["Two people were killed and at least eight wounded when a Russian ballistic missile hit a residential area of Kryvyi Rih, the head of the city's military administration said.",
     "Several five-storey buildings and a shop were damaged."],
    "strikes", "strikes", 3, KR, a="Gareth Pruett"),
  E("2025-01-12 11:40", "Explainer: who are the North Korean troops fighting in Kursk?",
    ["Western and South Korean officials believe about 11,000 North Korean soldiers were sent to Russia last autumn, most of them to the Kursk region, where Ukrainian forces have held ground since August.",
     "They are thought to fight inside Russian units, and Ukraine says they have taken heavy losses because they have little experience of drones."],
    "other", "frontline", 2, "explainer-north-korean-troops-kursk", a="Bethan Coldwell",
    n="Theme piece (explainer with body): its own story, importance 2; must not merge with the prisoner offer."),
  E("2025-01-12 13:20", "Seoul lawmakers told of 3,000 North Korean casualties",
    ["South Korea's intelligence service has told lawmakers that around 300 North Korean soldiers have been killed and 2,700 wounded in the fighting in Kursk, according to a member of parliament who attended the briefing."],
    "other", "frontline", 2, NIS, a="Gareth Pruett",
    n="A different statement on the same theme (North Korean troops) as Zelensky's offer: must not merge."),
  E("2025-01-12 15:00", "Kryvyi Rih toll climbs to four",
    ["The morning missile strike on Kryvyi Rih has now killed four people, and the search of the site has finished, local officials said."],
    "strikes", "strikes", 3, KR, a="Gareth Pruett", kp=True),
  E("2025-01-12 16:45", "Drones hit Dnipro suburbs, injuring six",
    ["Russian drones struck the southern outskirts of Dnipro in the afternoon, injuring six people and setting fire to a car repair shop, the regional governor said."],
    "strikes", "strikes", 3, DN, a="Bethan Coldwell",
    n="Same region (Dnipropetrovsk) and day as the Kryvyi Rih strike but a separate attack: must not merge."),
  E("2025-01-12 18:30", "Power cuts ordered in three regions as temperatures fall",
    ["Ukraine's grid operator ordered scheduled power cuts in the Kharkiv, Sumy and Poltava regions for Monday, citing damage from earlier attacks and rising demand during a cold spell."],
    "other", "humanitarian", 2, "ukraine-power-cuts-cold-spell-2025-01-12", a="Gareth Pruett"),
  E("2025-01-12 19:50", "Seoul lawmakers told of 3,000 North Korean casualties",
    ["South Korea's intelligence service has told lawmakers that about 300 North Korean soldiers have been killed and 2,700 wounded in the fighting in Kursk, according to a member of parliament who attended the briefing."],
    "other", "frontline", 1, NIS, a="Gareth Pruett", dup="8340-05", n="Near-verbatim repeat of 8340-05 -> importance 1."),
  ]))

SEEDS.append(dict(id="8341", name="8341_mossbrae-article", ext="html", source="Mossbrae Bulletin", zone="Europe/Kyiv", render=r_mossbrae,
  title="Kryvyy Rih mourns five dead as Kyiv offers a deal on North Korean captives", byline="Iryna Solovei", dateline_t="2025-01-12 20:05",
  lede="A round-up of Sunday's main developments.",
  notes=("Invented outlet. HTML round-up article with four h2 sections, one entry each (headline = section heading), no per-section "
         "time: stamp null, published = the dateline '12 January 2025, 20:05 (Kyiv time)' (EET, UTC+2; the @graph JSON-LD, whose "
         "@type is an array, agrees). Page byline as author. Spelling 'Kryvyy Rih'; toll five. " + D3),
  not_entries=["header and menu", "h1 title", "byline and dateline", "bold lede 'A round-up of Sunday's main developments.'",
               "'Share this round-up'", "'More from Mossbrae' aside", "footer"],
  entries=[
  E("2025-01-12 20:05", "Kryvyy Rih: five dead",
    ["The number of people killed by Sunday morning's ballistic missile strike on Kryvyy Rih rose to five in the evening, after a woman died in hospital.",
     "The city has declared Monday a day of mourning."],
    "strikes", "strikes", 3, KR, a="Iryna Solovei"),
  E("2025-01-12 20:05", "An offer to Pyongyang",
    ["President Zelensky said the two North Korean soldiers captured in the Kursk region could be sent home if Pyongyang helped to secure the release of Ukrainian prisoners in Russia.",
     "Ukraine's security service released a video in which one of the men says he had been told he was going on a training exercise."],
    "diplomacy", "diplomacy", 3, NK, a="Iryna Solovei"),
  E("2025-01-12 20:05", "Drones over Dnipro",
    ["In Dnipro, six people were hurt when drones hit the southern edge of the city in the afternoon, regional officials said."],
    "strikes", "strikes", 3, DN, a="Iryna Solovei"),
  E("2025-01-12 20:05", "Slovakia's power threat",
    ["Slovak Prime Minister Robert Fico repeated his threat to stop emergency electricity supplies to Ukraine unless Kyiv restores the transit of Russian gas, a demand Ukraine's foreign ministry called blackmail."],
    "diplomacy", "diplomacy", 3, FICO, a="Iryna Solovei"),
  ]))

SEEDS.append(dict(id="8342", name="8342_nethercairn-worldrss", ext="xml", source="Nethercairn Observer", zone="Asia/Kolkata", render=r_rss_world,
  title="Nethercairn Observer - World", url="https://nethercairn.example", guid="nco", lede="The world today, from the Nethercairn Observer",
  notes=("Invented outlet. General world-news RSS 2.0 feed, newest first; pubDate with +0530 (India, half-hour offset); CDATA "
         "paragraphs; no authors. Four of six items are off-beat (Kumbh Mela, Los Angeles fires, Gaza talks, cricket). Spelling "
         "'Krivoy Rog'; toll five at 21:15 IST. " + D3),
  not_entries=["channel title/link/description", "<category> and <guid> values"],
  entries=[
  OFF("2025-01-12 23:40", "Pilgrims pour into Prayagraj on eve of Maha Kumbh",
      ["Hundreds of thousands of pilgrims reached Prayagraj on Sunday ahead of the first holy dip of the Maha Kumbh, which the authorities expect to draw tens of millions of people over six weeks."],
      "maha-kumbh-2025-opening", n="Indian religious festival.", cat="India"),
  E("2025-01-12 21:15", "Krivoy Rog strike toll rises to five, Ukraine says",
    ["The death toll from a Russian missile strike on the Ukrainian city of Krivoy Rog rose to five on Sunday, local authorities said."],
    "strikes", "strikes", 3, KR),
  OFF("2025-01-12 18:30", "Los Angeles fire crews gain ground as winds ease",
      ["Firefighters in Los Angeles made progress against the two largest wildfires on Sunday as winds dropped, but officials warned that stronger gusts were forecast for the week ahead."],
      "los-angeles-wildfires-2025-01", n="US wildfires.", cat="Americas"),
  OFF("2025-01-12 16:05", "Negotiators in Doha push for Gaza truce before inauguration",
      ["Mediators in Qatar were pressing Israel and Hamas to agree a ceasefire and hostage release deal before the US presidential inauguration on 20 January, officials briefed on the talks said."],
      "doha-gaza-ceasefire-talks-2025-01", n="Middle East, not the Russia-Ukraine war.", cat="Middle East"),
  E("2025-01-12 12:50", "Kyiv offers to swap North Korean captives",
    ["Ukraine's president said on Sunday that he was prepared to return two North Korean soldiers captured in Russia's Kursk region if Pyongyang helps free Ukrainians held by Moscow."],
    "diplomacy", "diplomacy", 3, NK),
  OFF("2025-01-12 09:20", "Selectors to name Champions Trophy squad next week",
      ["India's selectors will announce the squad for next month's Champions Trophy after the deadline for naming teams was extended, the cricket board said."],
      "india-champions-trophy-squad", n="cricket.", cat="Sport"),
  ]))

SEEDS.append(dict(id="8343", name="8343_ploverton-listing", ext="html", source="Ploverton Live", zone="America/Toronto", render=r_ploverton,
  title="Russia-Ukraine war", ref="2025-01-12 15:45",
  notes=("Invented outlet (Canadian). HTML topic listing, newest first, with RELATIVE stamps only ('45 minutes ago', '2 hours ago', ...) "
         "that resolve against the printed 'Last updated: Sunday, January 12, 2025 at 3:45 p.m. ET' (EST, UTC-5). 'By' line under each "
         "stamp ('Wire services' counts as author). Spelling 'Kryvyi Rih'; toll five at 3:00 p.m. ET (20:00 UTC), the latest of the day. " + D3),
  not_entries=["header and menu", "topic heading 'Russia-Ukraine war'", "'Last updated: ...' line (anchor for the relative stamps)",
               "'By ...' lines (author)", "'Read more' links", "app promo", "'Load more stories' and footer"],
  entries=[
  E("2025-01-12 15:00", "Death toll in Kryvyi Rih reaches five",
    ["Five people were killed by the Russian missile that struck an apartment district in Kryvyi Rih on Sunday morning, Ukrainian officials said, and more than a dozen were injured."],
    "strikes", "strikes", 3, KR, a="Dana Kirkwood"),
  E("2025-01-12 13:45", "Zelensky: Kim's soldiers can go home if Ukrainians come home too",
    ["Ukraine is willing to return captured North Korean soldiers to their country in a swap for Ukrainian prisoners of war held in Russia, President Volodymyr Zelensky said."],
    "diplomacy", "diplomacy", 3, NK, a="Dana Kirkwood"),
  E("2025-01-12 11:45", "Russia says it captured village near Pokrovsk",
    ["Russian forces have taken control of a village south of Pokrovsk, the logistics hub in the Donetsk region that they have been trying to encircle for months, the defence ministry in Moscow said.",
     "Ukraine's military did not comment on the claim."],
    "other", "frontline", 2, "pokrovsk-village-claim-2025-01-12", a="Wire services"),
  E("2025-01-12 08:45", "Fico threatens to halt power exports to Ukraine over gas",
    ["Slovakia's prime minister said he could cut off electricity exports to Ukraine in retaliation for Kyiv's decision to stop the transit of Russian gas to Europe."],
    "diplomacy", "diplomacy", 3, FICO, a="Wire services"),
  E("2025-01-12 05:45", "Ukrainian-Canadian group ships generators to Kharkiv hospitals",
    ["A Toronto-based Ukrainian community group says a shipment of 40 industrial generators has reached hospitals in Kharkiv, paid for with donations collected over the holidays."],
    "aid", "aid", 2, "canadian-generators-kharkiv-hospitals", a="Dana Kirkwood"),
  ]))


# ================================================================== emit
BASIS = {
    "r_clare": "pubDate '{s}' (explicit +0000 = UTC); local day in Irish summer time (IST, UTC+1)",
    "r_kerryman": "relative stamp '{s}' on the capture day {d} (the page prints no date or year: parse_args --date); Irish time in January = GMT = UTC",
    "r_wexford": "no per-section time; the article dateline '{dl}' (Irish summer time, UTC+1) is used for every section; JSON-LD datePublished agrees",
    "r_westmeath": "date line '{s}' (weekday, ordinal day, month, year, 12-hour time); no zone printed, Irish time in January = GMT = UTC",
    "r_tipperary": "bare stamp '{s}' on a page dated 16 Aug 2025 (dateline of the first post); newest first, {mid}; no zone printed, Irish summer time (IST, UTC+1)",
    "r_kildare": "visible date only '{s}'; the time comes from the <time datetime=\"{iso}\"> attribute (+01:00, Irish summer time)",
    "r_mayo": "bare stamp '{s}' under the title's 'Sunday, August 24' (no year: parse_args --date 2025-08-24); oldest first; Irish summer time (IST, UTC+1) implied",
    "r_roscommon": "numeric date line '{s}' read day-first (Irish DD/MM/YYYY); no zone printed, Irish time in January = GMT = UTC",
    "r_longford": "stamp '{s}' with <time datetime=\"{iso}\"> on the page dated 20 Jan 2025; Irish time in January = GMT = UTC; JSON-LD update time agrees",
    "r_offaly": "pubDate '{s}' (explicit +0100, Irish summer time)",
    "r_brindlemoor": "bare stamp '{s}' under the date line 'Sunday 8 June 2025'; the page says all times are Kyiv time (EEST, UTC+3)",
    "r_corvanish": "visible stamp '{s}' in <time datetime=\"{iso}\"> on {d}; BST = UTC+1. The JSON-LD update datePublished is the page's own value and is NOT the post time",
    "r_rss_world": "pubDate '{s}' (explicit zone)",
    "r_fellcairn": "no per-item time; the briefing dateline ({d} 20:30 CEST, UTC+2) is used for every item",
    "r_atom": "<published> '{s}' (explicit +02:00)",
    "r_thwaiteby": "stamp line '{s}' after the headline, under the date line 'Monday, 9 June' (no year: parse_args --date 2025-06-09); Kyiv time (EEST, UTC+3)",
    "r_lethwold": "stamp '{s}' at the start of the post's headline line, on the page's date 'Sunday 12 January 2025'; GMT = UTC",
    "r_mossbrae": "no per-section time; the article dateline ({d} 20:05 Kyiv time, EET = UTC+2) is used for every section",
    "r_ploverton": "relative stamp '{s}' resolved against the printed 'Last updated: Sunday, January 12, 2025 at 3:45 p.m. ET' (EST, UTC-5)",
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
            d = dt(e["t"], S["zone"])
            u = d.astimezone(UTC)
            fmt = dict(s=stamps[i], d=d.strftime("%Y-%m-%d"), iso=iso(d), dl="",
                       mid="dated the NEXT local day (17 Aug) by the midnight crossing: AM stamps above PM stamps" if d.day == 17
                       else "same local day as the dateline")
            if rname == "r_wexford":
                fmt["dl"] = f"{WEEKDAYS[d.weekday()][:3]} {d.day} {MONTHS[d.month - 1][:3]} {d.year} at {d:%H:%M}"
            basis = BASIS[rname].format(**fmt)
            if S["id"] in ("8301", "8306", "8332") and rname not in ("r_kerryman", "r_mayo", "r_thwaiteby"):
                raise AssertionError("parse_args pages must use their own basis")
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": basis, "author": e["a"],
                         "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                         "body_paragraphs": len(e["p"]), "topic": e["top"], "subtopic": e["sub"],
                         "secondary_topics": e["sec"], "importance": e["imp"], "key_point": e["kp"],
                         "duplicate_of": e["dup"], "story": e["st"], "notes": e["n"]})
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"]}
        if S.get("parse_args"):
            gold["parse_args"] = S["parse_args"]
        gold.update({"notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]})
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        total += len(ents)
        print(f"{fn:40s} {len(ents)}")
    print("total entries", total)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds the eval/ew seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented or paraphrased, no copied sentences);
Part A imitates, from memory, the page layouts of ten real outlets; Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/ew/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
RU_DAYS = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=""):
    """one entry: t = local time 'YYYY-MM-DD HH:MM' in the page zone; h headline (or None); p body paragraphs;
    topic, subtopic, importance, story slug; a author; sec secondary topics; kp Key Points; dup id of the original; n notes."""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


SENT_END = re.compile(r'[.!?][\"\'\u201d\u2019\u00bb)]?(?=\s+[A-Z\u0410-\u042f\u0401\u0404\u0406\u04070-9\"\u201c\u2018\u00ab(]|$)')


def first_sentence(par):
    for m in SENT_END.finditer(par):
        head = par[:m.end()]
        if m.end() < len(par) and head.endswith(ABBREV):
            continue
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def wp(s):
    """WordPress-style numeric entities for typographic quotes and dashes in feed titles."""
    s = esc(s)
    for ch, ent in (("\u2019", "&#8217;"), ("\u2018", "&#8216;"), ("\u201c", "&#8220;"), ("\u201d", "&#8221;"), ("\u2013", "&#8211;"), ("\u2014", "&#8212;")):
        s = s.replace(ch, ent)
    return s


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space=" ", upper=True):
    hh = d.hour % 12 or 12
    suf = "AM" if d.hour < 12 else "PM"
    return f"{hh}{sep}{d.minute:02d}{space}{suf if upper else suf.lower()}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first (page order)"


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def iso(d):
    return d.isoformat().replace("+00:00", "Z")


def ru_ago(minutes):
    """Russian relative time as news sites print it: '35 минут назад', '2 часа назад', '5 часов назад'."""
    if minutes < 60:
        n, forms = minutes, ("минуту", "минуты", "минут")
    else:
        assert minutes % 60 == 0, "relative hour stamps must be whole hours"
        n, forms = minutes // 60, ("час", "часа", "часов")
    if n % 10 == 1 and n % 100 != 11:
        w = forms[0]
    elif 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        w = forms[1]
    else:
        w = forms[2]
    return f"{n} {w} назад"


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_wotr(S):
    """War on the Rocks: WordPress RSS 2.0 (content:encoded, dc:creator in CDATA, pubDate +0000, 'The post ... appeared first on')."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"', '\txmlns:content="http://purl.org/rss/1.0/modules/content/"',
           '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"', '\txmlns:dc="http://purl.org/dc/elements/1.1/"',
           '\txmlns:atom="http://www.w3.org/2005/Atom"', '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"',
           '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '\t>', '', '<channel>', f'\t<title>{wp(S["source"])}</title>',
           '\t<atom:link href="https://warontherocks.com/feed/" rel="self" type="application/rss+xml" />', '\t<link>https://warontherocks.com</link>',
           f'\t<description>{wp(S["lede"])}</description>', f'\t<lastBuildDate>{rfc822(last)}</lastBuildDate>', '\t<language>en-US</language>',
           '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>', '\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>',
           '\t<generator>https://wordpress.org/?v=6.9.1</generator>', '',
           '<image>', '\t<url>https://warontherocks.com/wp-content/uploads/2019/03/cropped-wotr-icon-32x32.png</url>',
           f'\t<title>{wp(S["source"])}</title>', '\t<link>https://warontherocks.com</link>', '\t<width>32</width>', '\t<height>32</height>', '</image> ']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")
        link = f"https://warontherocks.com/2027/12/{slug}/"
        words = e["p"][0].split()
        excerpt = " ".join(words[:55]) + (" [&#8230;]" if len(words) > 55 else "")
        footer = f'<p>The post <a href="{link}">{wp(e["h"])}</a> appeared first on <a href="https://warontherocks.com">War on the Rocks</a>.</p>'
        out += ['\t<item>', f'\t\t<title>{wp(e["h"])}</title>', f'\t\t<link>{link}</link>', f'\t\t<comments>{link}#respond</comments>',
                f'\t\t<dc:creator><![CDATA[{e["a"]}]]></dc:creator>', f'\t\t<pubDate>{st}</pubDate>']
        out += [f'\t\t<category><![CDATA[{c}]]></category>' for c in e.get("cats", ["Commentary"])]
        out += [f'\t\t<guid isPermaLink="false">https://warontherocks.com/?p={35210 - i * 7}</guid>',
                f'\t\t<description><![CDATA[<p>{excerpt}</p>\n{footer}\n]]></description>',
                '\t\t<content:encoded><![CDATA[' + "\n".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "\n" + footer + "\n]]></content:encoded>",
                f'\t\t<wfw:commentRss>{link}feed/</wfw:commentRss>', '\t\t<slash:comments>0</slash:comments>', '\t</item>']
    out += ['\t</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_taskandpurpose(S):
    """Task & Purpose 'News' section front, HTML: cards with kicker, headline, dek, 'By NAME', then
    'Published' + <time>Dec 2, 2027 5:40 PM EST</time>; JSON-LD CollectionPage + ItemList (URLs only, no dates)."""
    z = S["zone"]; order_check(S, True)
    items = []
    for i, e in enumerate(S["entries"]):
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")
        e["_url"] = f"https://taskandpurpose.com/{e.get('sect', 'news')}/{slug}/"
        items.append({"@type": "ListItem", "position": i + 1, "url": e["_url"]})
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": "https://taskandpurpose.com/news/", "url": "https://taskandpurpose.com/news/", "name": S["title"],
         "isPartOf": {"@id": "https://taskandpurpose.com/#website"}, "inLanguage": "en-US"},
        {"@type": "ItemList", "itemListElement": items},
        {"@type": "WebSite", "@id": "https://taskandpurpose.com/#website", "url": "https://taskandpurpose.com/", "name": "Task & Purpose",
         "publisher": {"@type": "Organization", "name": "Recurrent Ventures"}}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} | Task &amp; Purpose</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="archive category-news">',
           '<a class="skip-link" href="#main">Skip to content</a>',
           '<header class="site-header"><a class="site-logo" href="/">Task &amp; Purpose</a>',
           '<nav class="primary-nav"><a href="/news/">News</a> <a href="/military-life/">Military Life</a> <a href="/culture/">Culture</a> '
           '<a href="/gear/">Gear</a> <a href="/opinion/">Opinion</a> <a href="/video/">Video</a> <a href="/newsletters/">Newsletters</a></nav>',
           '<a class="btn-subscribe" href="/newsletters/">Subscribe</a></header>',
           '<main id="main"><header class="archive-header">', f'<h1 class="archive-title">{esc(S["title"])}</h1>',
           f'<p class="archive-description">{esc(S["lede"])}</p></header>', '<div class="post-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{SHORT_MONTHS[d.month - 1]} {d.day}, {d.year} {ampm(d)} {'EST' if d.utcoffset() == timedelta(hours=-5) else 'EDT'}"
        stamps.append(st)
        out.append(f'<article class="post-card"><a class="post-card__kicker" href="/{e.get("sect", "news")}/">{esc(e.get("kicker", "News"))}</a>')
        out.append(f'<h2 class="post-card__title"><a href="{e["_url"]}">{esc(e["h"])}</a></h2>')
        out += [f'<p class="post-card__dek">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<div class="post-card__meta"><span class="byline">By <a href="/author/{re.sub(r"[^a-z]+", "-", e["a"].lower())}/">{esc(e["a"])}</a></span> '
                   f'<span class="post-card__date">Published <time datetime="{d.isoformat()}">{st}</time></span></div></article>')
        if i == 2:
            out.append('<aside class="newsletter-cta"><h3>The Task &amp; Purpose Newsletter</h3><p>Military news, straight talk. Delivered every morning.</p>'
                       '<input type="email" placeholder="Email address"> <button>Sign me up</button></aside>')
    out += ['</div>', '<nav class="pagination"><a href="/news/page/2/">Next page</a></nav></main>',
            '<aside class="sidebar"><h3>Most Read</h3><ol><li><a href="/military-life/pcs-season-household-goods-claims/">The PCS claims backlog, explained</a></li>'
            '<li><a href="/culture/best-war-movies-2027/">The best war movies of the year</a></li></ol></aside>',
            '<footer class="site-footer"><a href="/about/">About</a> <a href="/contact/">Contact</a> <a href="/privacy-policy/">Privacy Policy</a> '
            '<a href="/terms/">Terms of Use</a><p>© 2027 Recurrent. All Rights Reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_occrp(S):
    """OCCRP News listing, text scrape: tag line, headline, dek, 'by NAME', then 'D Month YYYY • HH:MM' (no zone), newest first."""
    z = S["zone"]; order_check(S, True)
    L = ["OCCRP", "Organized Crime and Corruption Reporting Project", "", "Investigations   News   Projects   Databases   Podcasts   About us", "Donate", "",
         S["title"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]} {d.year} \u2022 {d:%H:%M}"; stamps.append(st)
        L += [e["tag"].upper(), e["h"], ""] + ptxt(e["p"]) + [f"by {e['a']}", st, "", "Read more", ""]
        if i == 2:
            L += ["Support independent journalism. OCCRP is funded by readers and donors like you.", "Donate now", ""]
    L += ["Load more", "", "Get our newsletter", "Email address", "Subscribe", "",
          "About   Team   Jobs   Contact   Privacy   Terms of use", "\u00a9 Organized Crime and Corruption Reporting Project"]
    return "\n".join(L) + "\n", stamps


def r_currenttime(S):
    """Current Time (RFE/RL Pangea) English live blog, HTML: date line 'December 04, 2027', newest first, each post a bare
    12-hour '4:15 PM' (no zone) above its headline; LiveBlogPosting JSON-LD with per-update datePublished in UTC."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z).astimezone(UTC)
        u = {"@type": "BlogPosting", "headline": e["h"], "datePublished": iso(d), "url": f'{S["url"]}#post-{4417 - i}'}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": iso(first.astimezone(UTC)), "dateModified": iso(last.astimezone(UTC)), "coverageStartTime": iso(first.astimezone(UTC)),
          "publisher": {"@type": "NewsMediaOrganization", "name": "Current Time", "logo": {"@type": "ImageObject", "url": "https://www.currenttime.tv/Content/responsive/img/logo.png"}},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en" dir="ltr"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body><div class="hdr"><a class="logo" href="/">Current Time</a>',
           '<ul class="nav"><li><a href="/z/22131">Russia</a></li><li><a href="/z/22132">Ukraine</a></li><li><a href="/z/22140">Belarus</a></li>'
           '<li><a href="/z/22150">Central Asia</a></li><li><a href="/z/22160">Caucasus</a></li><li><a href="/z/22170">Video</a></li></ul>',
           '<a class="btn-live" href="/live/">Watch live</a> <a class="lang" href="https://www.currenttime.tv/">Русский</a></div>',
           '<div class="container"><span class="category">Russia-Ukraine War</span>', f'<h1 class="title pg-title">{esc(S["title"])}</h1>',
           f'<div class="published"><span class="date"><time datetime="{iso(first.astimezone(UTC))}">{S["dateline"]}</time></span></div>',
           '<div class="links"><a>Share</a> <a>Print</a></div>', f'<div class="intro"><p>{esc(S["lede"])}</p></div>',
           '<div class="liveblog">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d); stamps.append(st)
        out.append(f'<div class="liveblog-post" id="post-{4417 - i}"><span class="liveblog-post__time">{st}</span>')
        out.append(f'<h2 class="liveblog-post__title">{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="video-embed"><span class="ico-play"></span> <span class="duration">0:58</span></div>')
        out.append('</div>')
        if i == 3:
            out.append('<div class="media-block"><h4>Related</h4><a href="/a/how-russia-counts-its-drone-launches/33418920.html">How Russia counts its drone launches</a></div>')
    out += ['</div>', '<div class="tags"><a>Russia-Ukraine War</a> <a>Kharkiv</a></div></div>',
            '<div class="ftr"><a href="/p/about.html">About us</a> <a href="/p/privacy.html">Privacy</a> <a href="/p/contact.html">Contact</a>'
            '<p>Current Time is a Russian-language TV and digital network led by RFE/RL in cooperation with VOA.</p>'
            '<p>Copyright © 2027 RFE/RL, Inc. All Rights Reserved.</p></div></body></html>']
    return "\n".join(out) + "\n", stamps


def r_zaborona(S):
    """Zaborona (WordPress) Atom feed: <author><name>, CDATA title, <published>/<updated> in UTC with Z, summary + content."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?><feed', '  xmlns="http://www.w3.org/2005/Atom"', '  xmlns:thr="http://purl.org/syndication/thread/1.0"',
           '  xml:lang="en-US"', '  >', f'\t<title type="text">{esc(S["source"])}</title>', f'\t<subtitle type="text">{esc(S["lede"])}</subtitle>', '',
           f'\t<updated>{iso(last.astimezone(UTC))}</updated>', '', '\t<link rel="alternate" type="text/html" href="https://zaborona.com/en/" />',
           '\t<id>https://zaborona.com/en/feed/atom/</id>', '\t<link rel="self" type="application/atom+xml" href="https://zaborona.com/en/feed/atom/" />', '',
           '\t<generator uri="https://wordpress.org/" version="6.9.1">WordPress</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d.astimezone(UTC)); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")
        link = f"https://zaborona.com/en/{slug}/"
        out += ['\t<entry>', '\t\t<author>', f'\t\t\t<name>{esc(e["a"])}</name>', '\t\t\t\t\t</author>',
                f'\t\t<title type="html"><![CDATA[{e["h"]}]]></title>', f'\t\t<link rel="alternate" type="text/html" href="{link}" />',
                f'\t\t<id>https://zaborona.com/en/?p={88120 - i * 3}</id>', f'\t\t<updated>{st}</updated>', f'\t\t<published>{st}</published>',
                f'\t\t<category scheme="https://zaborona.com/en/" term="{e.get("cat", "News")}" />']
        if e["p"]:
            out.append(f'\t\t<summary type="html"><![CDATA[{e["p"][0][:140].rsplit(" ", 1)[0]} [&#8230;]]]></summary>')
        out.append(f'\t\t<content type="html" xml:base="{link}"><![CDATA[' + "\n".join(f"<p>{esc(p)}</p>" for p in e["p"])
                   + ("\n" if e["p"] else '<figure class="wp-block-gallery"><!-- 12 images --></figure>') + ']]></content>')
        out += [f'\t\t<link rel="replies" type="text/html" href="{link}#comments" thr:count="0" />', '\t\t<thr:total>0</thr:total>', '\t</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_texty(S):
    """Texty.org.ua (English) data article, text scrape: headline, lead, 'By ...', dateline '06.12.2027, 11:20' (no zone),
    views and reading time; one entry per section heading, no per-section time."""
    d = dt(S["published"], S["zone"])
    L = ["texty.org.ua", "Articles   Data   Investigations   Fakes   Games   About   Support Texty", "EN | UA", "",
         S["kicker"], S["title"], "", S["lede"], "", f"By {S['byline']}", f"{d:%d.%m.%Y, %H:%M}", f"Reading time: {S['readtime']} min \u00b7 {S['views']} views", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["[Chart: " + S["chart"] + "]", "Source: " + S["chartsrc"], ""]
    L += ["Methodology", "", S["method"], "", "Texty.org.ua is an independent media outlet. Support us on Patreon or via the website.", "",
          "Read also:", S["readalso"], "", "\u00a9 2027 Texty.org.ua. Using materials requires an active hyperlink."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_ukraineworld(S):
    """UkraineWorld daily chronicle, HTML article: title with the date, bare Kyiv-time 'HH:MM' paragraph above each h3,
    oldest first, one compiler byline; NewsArticle JSON-LD (page times only)."""
    z = S["zone"]; order_check(S, False)
    pub = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": pub.isoformat(),
          "dateModified": pub.isoformat(), "author": {"@type": "Person", "name": S["byline"]},
          "publisher": {"@type": "Organization", "name": "UkraineWorld", "url": "https://ukraineworld.org"}, "inLanguage": "en",
          "mainEntityOfPage": S["url"]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | UkraineWorld</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="header"><a class="header__logo" href="/">UkraineWorld</a>',
           '<nav class="header__nav"><a href="/en/articles">Articles</a> <a href="/en/analytics">Analytics</a> <a href="/en/podcasts">Podcasts</a> '
           '<a href="/en/books">Books</a> <a href="/en/about">About us</a></nav><a class="header__donate" href="/en/support">Support us</a></header>',
           '<main class="article">', f'<div class="article__tags"><a>{esc(S["kicker"])}</a></div>', f'<h1 class="article__title">{esc(S["title"])}</h1>',
           f'<div class="article__meta"><span class="article__author">{esc(S["byline"])}</span> <span class="article__date">{pub.day} {MONTHS[pub.month - 1]} {pub.year}</span></div>',
           f'<p class="article__lead">{esc(S["lede"])}</p>', '<div class="article__body">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<p class="chronicle-time"><strong>{st}</strong></p>')
        out.append(f'<h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 3:
            out.append('<blockquote class="promo">Listen to our podcast Explaining Ukraine \u2013 new episodes every week.</blockquote>')
    out += ['<p><em>All times are Kyiv time.</em></p>', '</div>',
            '<section class="article__related"><h4>Read more</h4><a href="/en/articles/why-energy-attacks-matter">Why Russia keeps hitting Ukraine\u2019s energy system</a></section>',
            '</main>', '<footer class="footer">UkraineWorld is a project of Internews Ukraine. \u00a9 2027 <a href="/en/contacts">Contacts</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_kloop(S):
    """Kloop (Russian) news feed, text scrape: header widget 'Бишкек · 8 декабря, 21:40 · −6°C' (no year anywhere),
    cards with a Russian relative stamp ('2 часа назад') and rubric line before the headline, newest first."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = ["Kloop", f"\u0411\u0438\u0448\u043a\u0435\u043a \u00b7 {ref.day} {RU_MONTHS[ref.month - 1]}, {ref:%H:%M} \u00b7 {S['weather']}", "",
         "\u041d\u043e\u0432\u043e\u0441\u0442\u0438   \u041f\u043e\u043b\u0438\u0442\u0438\u043a\u0430   \u041e\u0431\u0449\u0435\u0441\u0442\u0432\u043e   "
         "\u0420\u0430\u0441\u0441\u043b\u0435\u0434\u043e\u0432\u0430\u043d\u0438\u044f   \u0412\u043e\u0439\u043d\u0430 \u0432 \u0423\u043a\u0440\u0430\u0438\u043d\u0435   "
         "\u0412\u0438\u0434\u0435\u043e   \u041f\u043e\u0434\u0434\u0435\u0440\u0436\u0430\u0442\u044c Kloop", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        st = ru_ago(mins); stamps.append(st)
        L += [f"{st} \u00b7 {e['rubric']}", e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["\u041f\u043e\u0434\u043f\u0438\u0448\u0438\u0442\u0435\u0441\u044c \u043d\u0430 \u043d\u0430\u0448 Telegram-\u043a\u0430\u043d\u0430\u043b, "
                  "\u0447\u0442\u043e\u0431\u044b \u043d\u0435 \u043f\u0440\u043e\u043f\u0443\u0441\u0442\u0438\u0442\u044c \u0433\u043b\u0430\u0432\u043d\u043e\u0435.", ""]
    L += ["\u041f\u043e\u043a\u0430\u0437\u0430\u0442\u044c \u0435\u0449\u0435", "",
          "\u00a9 Kloop Media. \u041f\u0440\u0438 \u043f\u0435\u0440\u0435\u043f\u0435\u0447\u0430\u0442\u043a\u0435 \u0441\u0441\u044b\u043b\u043a\u0430 \u043e\u0431\u044f\u0437\u0430\u0442\u0435\u043b\u044c\u043d\u0430."]
    return "\n".join(L) + "\n", stamps


def r_azattyq(S):
    """Azattyq (RFE/RL Kazakh service, Russian site, Pangea) 'all news' page, text scrape: one date header '09 декабря 2027',
    then per item a bare 'HH:MM' line (no zone) before the headline and lead; newest first."""
    z = S["zone"]; order_check(S, True)
    day = dt(S["entries"][0]["t"], z)
    L = ["\u0420\u0430\u0434\u0438\u043e \u0410\u0437\u0430\u0442\u0442\u044b\u043a", "\u041f\u043e\u0438\u0441\u043a", "",
         "\u041a\u0430\u0437\u0430\u0445\u0441\u0442\u0430\u043d   \u0426\u0435\u043d\u0442\u0440\u0430\u043b\u044c\u043d\u0430\u044f \u0410\u0437\u0438\u044f   "
         "\u0412\u043e\u0439\u043d\u0430 \u0432 \u0423\u043a\u0440\u0430\u0438\u043d\u0435   \u041c\u0438\u0440   \u0412\u0438\u0434\u0435\u043e   "
         "\u0424\u043e\u0442\u043e   \u041c\u043d\u0435\u043d\u0438\u044f", "\u049a\u0430\u0437\u0430\u049b\u0448\u0430 | \u0420\u0443\u0441\u0441\u043a\u0438\u0439", "",
         S["title"], "", f"{day.day:02d} {RU_MONTHS[day.month - 1]} {day.year}", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["\u041f\u043e\u0434\u043f\u0438\u0448\u0438\u0442\u0435\u0441\u044c \u043d\u0430 \u0440\u0430\u0441\u0441\u044b\u043b\u043a\u0443 \u0410\u0437\u0430\u0442\u0442\u044b\u043a\u0430",
                  "\u0412\u0430\u0448 email", "\u041f\u043e\u0434\u043f\u0438\u0441\u0430\u0442\u044c\u0441\u044f", ""]
    L += ["\u0417\u0430\u0433\u0440\u0443\u0437\u0438\u0442\u044c \u0435\u0449\u0435", "",
          "\u00a9 2027 \u0420\u0430\u0434\u0438\u043e \u0421\u0432\u043e\u0431\u043e\u0434\u043d\u0430\u044f \u0415\u0432\u0440\u043e\u043f\u0430 / \u0420\u0430\u0434\u0438\u043e \u0421\u0432\u043e\u0431\u043e\u0434\u0430. "
          "\u0412\u0441\u0435 \u043f\u0440\u0430\u0432\u0430 \u0437\u0430\u0449\u0438\u0449\u0435\u043d\u044b."]
    return "\n".join(L) + "\n", stamps


def r_pozirk(S):
    """Pozirk (WordPress, English) news listing, HTML: Yoast @graph (CollectionPage, BreadcrumbList, WebSite; no dates),
    cards: category, headline, <time>'16:40, 10.12.2027'</time> (Minsk time, no zone printed), optional author, excerpt."""
    z = S["zone"]; order_check(S, True)
    base = "https://pozirk.online/en/"
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": base + "news/", "url": base + "news/", "name": S["title"], "isPartOf": {"@id": base + "#website"},
         "breadcrumb": {"@id": base + "news/#breadcrumb"}, "inLanguage": "en-US"},
        {"@type": "BreadcrumbList", "@id": base + "news/#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": base}, {"@type": "ListItem", "position": 2, "name": "News"}]},
        {"@type": "WebSite", "@id": base + "#website", "url": base, "name": "Pozirk", "inLanguage": "en-US"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} - Pozirk</title>',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="archive category category-news">', '<header id="masthead"><a class="custom-logo-link" href="/en/">Pozirk</a>',
           '<nav class="main-navigation"><a href="/en/news/">News</a> <a href="/en/belarus/">Belarus</a> <a href="/en/war/">War</a> '
           '<a href="/en/opinion/">Opinion</a> <a href="/en/interviews/">Interviews</a> <a href="/">BE</a> <a href="/ru/">RU</a></nav>',
           '<a class="donate" href="/en/support/">Support Pozirk</a></header>',
           '<main id="primary">', f'<h1 class="page-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}, {d:%d.%m.%Y}"; stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")
        out.append(f'<article class="post type-post"><span class="cat-links"><a href="/en/{e["cat"].lower()}/">{esc(e["cat"])}</a></span>')
        out.append(f'<h2 class="entry-title"><a href="{base}{slug}/">{esc(e["h"])}</a></h2>')
        meta = f'<div class="entry-meta"><time class="entry-date published" datetime="{d.isoformat()}">{st}</time>'
        if e["a"]:
            meta += f' <span class="byline">by <a href="/en/author/{re.sub(r"[^a-z]+", "-", e["a"].lower())}/">{esc(e["a"])}</a></span>'
        out.append(meta + '</div>')
        out.append('<div class="entry-summary">' + "".join(f'<p>{esc(p)}</p>' for p in e["p"]) + '</div></article>')
        if i == 2:
            out.append('<aside class="widget"><h3 class="widget-title">Pozirk on Telegram</h3><p>Daily news from Belarus in English, Belarusian and Russian.</p></aside>')
    out += ['<nav class="navigation pagination"><a class="next page-numbers" href="/en/news/page/2/">Older posts</a></nav>', '</main>',
            '<footer id="colophon"><p>Pozirk \u2013 independent Belarusian media.</p><a href="/en/about/">About</a> <a href="/en/contacts/">Contacts</a>'
            '<p>\u00a9 2027 Pozirk</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def B(e, **kw):
    """attach renderer-specific extras (tag, rubric, category, kicker) to an entry."""
    e.update(kw)
    return e


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
        print(f"{fn:44s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


# ================================================================ PART A: ten real outlets' layouts (own words, invented news)
SEEDS = []

# ---------------------------------------------------------------- 15400 War on the Rocks (WordPress RSS)
SEEDS.append(dict(
  id="15400", name="15400_warontherocks-feed", ext="xml", source="War on the Rocks", zone="UTC", render=r_wotr,
  title="War on the Rocks", lede="Analysis, commentary and debate on strategy, defense and foreign affairs",
  basis="RSS pubDate '{s}' (explicit +0000 offset, WordPress default); local {d} in {z}",
  notes="WordPress RSS 2.0 feed of a commentary site, newest first; pubDate '+0000'; dc:creator in CDATA; titles carry numeric entities (&#8217;); "
        "each item has a <description> excerpt of the first paragraph followed by 'The post ... appeared first on War on the Rocks.' and a full "
        "<content:encoded> body ending with the same 'The post ...' line (chrome, not counted in body_paragraphs). All items are essays or a podcast "
        "episode, so none is a breaking development (importance 2 for war pieces, 1 for the off-beat Taiwan essay). The feed's home zone would be "
        "America/New_York but the feed prints UTC offsets, so page_timezone is UTC.",
  not_entries=["channel title, link, description, lastBuildDate, language, sy:update* and generator", "channel <image> block",
               "each item's <description> excerpt (a truncated copy of the first paragraph with '[…]')",
               "'The post … appeared first on War on the Rocks.' footer in description and content", "category, guid, comments, wfw:commentRss and slash:comments elements"],
  entries=[
  B(E("2027-12-01 19:45", "Ammunition Math for a Long War",
      ["In this episode, two analysts who track European defence production walk through why Ukraine\u2019s artillery supply looks healthier on paper than in the trenches.",
       "They argue that Europe\u2019s new shell plants are meeting their yearly targets, but deliveries still arrive in uneven bursts that leave brigades rationing fire for weeks.",
       "The conversation also covers the price of a 155mm round, which has fallen from its 2023 peak but remains far above pre-war levels."],
      "aid", "aid", 2, "wotr-podcast-artillery-supply-2027-12", a="Claire Ashdown", n="podcast episode page with show notes (body); theme piece"),
    cats=["Podcast", "War on the Rocks Podcast"]),
  B(E("2027-12-01 15:00", "The Interceptor Drone Is Not a Silver Bullet",
      ["Ukraine\u2019s interceptor drones have become the most talked-about answer to Russia\u2019s nightly Shahed raids, and for good reason.",
       "Cheap quadcopters that climb fast and ram their targets now account for a large share of the drones shot down around Kyiv and Kharkiv, according to figures the Ukrainian air force has published.",
       "But the interceptor fleet depends on trained operators, radar cueing and a steady flow of Chinese-made components that Kyiv does not control. Each of these is a point of failure.",
       "Western planners who study Ukraine should treat interceptors as one layer of a defence, not as a replacement for guns, missiles and electronic warfare."],
      "strikes", "strikes", 2, "wotr-interceptor-drones-commentary", a="Mykola Hrytsenko", n="theme piece (commentary on air defence against drone raids)"),
    cats=["Commentary", "Europe", "Drones"]),
  B(E("2027-12-01 11:30", "Russia\u2019s Recruitment Bonus Trap",
      ["For three years the Kremlin has filled its ranks with money rather than mobilization, and the bill is coming due.",
       "Regional governments that once competed to offer the biggest sign-up bonuses are now trimming them, in some cases by half, as the payments eat into their budgets.",
       "The result is a recruiting system that is expensive, uneven from region to region and exposed to any slowdown in the economy that pays for it."],
      "other", "politics", 2, "wotr-russia-recruitment-bonuses-commentary", a="Tamsin Rourke", n="commentary on Russian recruitment (domestic politics of the war)"),
    cats=["Commentary", "Russia"]),
  OFF("2027-12-01 10:00", "Taiwan\u2019s Porcupine Needs a Supply Chain",
      ["Taiwan has bought the right weapons for an asymmetric defense, but it has not yet built the industry to keep them firing through a long crisis.",
       "Stockpiles of missiles and drones will run down within weeks in a blockade, and the island\u2019s factories are not yet set up to replace them at speed."],
      "wotr-taiwan-supply-chain-commentary", a="Graham Whitlock", n="Indo-Pacific essay, not about the war"),
  B(E("2027-12-01 09:00", "What NATO\u2019s Eastern Flank Learned From the Drone Incursions",
      ["When Russian drones strayed into Polish and Romanian airspace in 2025, allied air forces found themselves firing expensive missiles at targets worth a few thousand dollars.",
       "Two years later, the eastern flank has layered its defenses with cheaper sensors, guns and interceptor drones of its own.",
       "The harder problem is political: deciding in advance who may shoot, over whose territory and under which rules."],
      "other", "security", 2, "wotr-nato-eastern-flank-drones-commentary", a="Agnieszka Lis", n="commentary on allied air-defence posture (non-party security)"),
    cats=["Commentary", "Europe", "NATO"]),
  B(E("2027-12-01 08:00", "Sanctions Fatigue and the Shadow Fleet",
      ["Europe\u2019s sanctions on Russian oil have not failed, but they are leaking.",
       "More than 600 tankers now carry Russian crude under flags of convenience, many of them old, thinly insured and owned by shell companies that change names every few months.",
       "Boarding and detaining such ships is lawful in some circumstances, yet most coastal states still hesitate to do it."],
      "diplomacy", "diplomacy", 2, "wotr-shadow-fleet-sanctions-commentary", a="Henrik Solberg", n="commentary on sanctions enforcement"),
    cats=["Commentary", "Sanctions"]),
  ]))

# ---------------------------------------------------------------- 15401 Task & Purpose (HTML section front)
SEEDS.append(dict(
  id="15401", name="15401_taskandpurpose-news", ext="html", source="Task & Purpose", zone="America/New_York", render=r_taskandpurpose,
  title="News", lede="The latest military and national security news from Task & Purpose.",
  basis="card stamp '{s}' after the byline (date, 12-hour clock and EST printed; EST = UTC-5); local {d} in {z}",
  notes="Section front ('News') of a US military news site. Cards newest first: kicker, headline, one-paragraph dek (the body), 'By NAME', then "
        "'Published <time>Dec 2, 2027 5:40 PM EST</time>'; the stamp is the <time> text without the 'Published' label. JSON-LD is a Yoast-like "
        "@graph (CollectionPage, ItemList of URLs, WebSite) with no dates. The AP story is credited 'By The Associated Press', kept as author. "
        "Two cards are not about the war (Osprey grounding, VA screenings). Newsletter box after the third card.",
  not_entries=["skip link, logo, navigation, Subscribe button", "archive title 'News' and description", "kicker labels (News, Army, Ukraine, ...)",
               "'By NAME' lines and 'Published' labels", "newsletter box 'The Task & Purpose Newsletter'", "'Next page' pagination",
               "'Most Read' sidebar links", "footer"],
  entries=[
  B(E("2027-12-02 17:40", "The Army\u2019s newest drone course borrows from Ukraine\u2019s FPV playbook",
      ["Soldiers at Fort Polk are learning to fly first-person-view drones in a new three-week course modeled on training pipelines that Ukrainian units built under fire.",
       "Instructors said students build, repair and fly their own aircraft, and by the final week they hunt armored targets on a live range."],
      "other", "security", 2, "us-army-fpv-drone-course-2027-12", a="Marlon Whitcomb", n="training by a non-party"), kicker="Army", sect="news"),
  B(E("2027-12-02 15:05", "State Department approves $840 million sale of air defense interceptors to Ukraine",
      ["The State Department has approved a possible $840 million sale of air defense interceptors and support equipment to Ukraine, the Defense Security Cooperation Agency said Thursday.",
       "Most of the cost would be covered by European governments under the arrangement in which allies buy American weapons for Kyiv."],
      "aid", "aid", 3, "us-air-defense-interceptor-sale-ukraine-2027-12-02", a="Dana Okafor", n="major arms sale"), kicker="News"),
  B(E("2027-12-02 13:20", "Russian missile strike on Dnipro kills 4, Ukrainian officials say",
      ["A Russian ballistic missile hit a residential neighborhood of Dnipro on Thursday, killing four people and wounding at least 19, Ukraine\u2019s emergency service said.",
       "Rescuers were still searching two damaged apartment buildings in the afternoon."],
      "strikes", "strikes", 3, "dnipro-missile-strike-2027-12-02", a="The Associated Press", n="deadly strike; agency credit kept as author"), kicker="Ukraine", sect="news"),
  B(OFF("2027-12-02 11:45", "Marines pause some Osprey flights after hard landing in North Carolina",
        ["The Marine Corps has temporarily halted flights by one MV-22 squadron after an aircraft made a hard landing at Marine Corps Air Station New River, officials said."],
        "osprey-squadron-pause-2027-12", a="Caleb Marsh", n="US aviation safety"), kicker="Marine Corps"),
  B(E("2027-12-02 10:10", "Ukraine claims its drone line pushed Russian troops back near Kupiansk",
      ["Ukraine\u2019s military says a dense belt of strike drones has forced Russian assault groups to fall back several kilometers from the outskirts of Kupiansk.",
       "The claim could not be independently verified."],
      "other", "frontline", 2, "kupiansk-drone-line-claim-2027-12", a="Dana Okafor", n="territorial claim"), kicker="Ukraine"),
  B(OFF("2027-12-02 08:30", "VA expands burn pit screenings to 40 more clinics",
        ["The Department of Veterans Affairs will offer toxic exposure screenings at 40 additional community clinics starting in January, the department said."],
        "va-burn-pit-screenings-2027-12", a="Caleb Marsh", n="veterans' health"), kicker="Veterans", sect="military-life"),
  B(E("2027-12-02 06:55", "How Ukraine\u2019s sea drones emptied the western Black Sea of Russian warships",
      ["Three years of strikes by Ukrainian naval drones have pushed most of Russia\u2019s Black Sea Fleet east to Novorossiysk and beyond.",
       "Analysts say it is the first campaign in which a country without a real navy has denied a wide stretch of sea to a much larger fleet."],
      "strikes", "strikes", 2, "explainer-ukraine-sea-drone-campaign", a="Marlon Whitcomb", n="theme piece (analysis)"), kicker="Analysis"),
  ]))

# ---------------------------------------------------------------- 15402 OCCRP (text scrape of the News listing)
SEEDS.append(dict(
  id="15402", name="15402_occrp-news", ext="txt", source="OCCRP", zone="Europe/Amsterdam", render=r_occrp,
  title="News", lede="Daily reporting on organized crime and corruption from our newsroom and partner outlets.",
  basis="card stamp '{s}' (date and 24-hour time, no zone printed; OCCRP's home zone Amsterdam, CET = UTC+1); local {d} in {z}",
  notes="Text scrape of an investigative network's News listing, newest first. Each card: tag line in capitals, headline, dek paragraph(s), "
        "'by NAME', then 'D Month YYYY \u2022 HH:MM' with no zone (home zone Europe/Amsterdam assumed), then 'Read more'. A donation box follows "
        "the third card. One card (Montenegro cocaine ring) is not about the war. The Dutch drone-parts prosecution is filed as other/security "
        "(a criminal case, like sabotage trials) with secondary diplomacy (sanctions).",
  not_entries=["site name and tagline", "navigation and 'Donate'", "listing title 'News' and its description", "tag lines in capitals (SANCTIONS EVASION, ...)",
               "'by NAME' lines", "'Read more' links", "donation box after the third card", "'Load more'", "newsletter form", "footer"],
  entries=[
  B(E("2027-12-03 21:15", "Dutch Prosecutors Charge Trader Over Drone Parts Shipped to Russia",
      ["Prosecutors in the Netherlands have charged a Rotterdam-based electronics trader with exporting thousands of navigation modules that ended up in Russian attack drones, the public prosecution service said on Friday.",
       "According to the indictment, the components were routed through companies in Turkey and the United Arab Emirates between 2025 and 2027."],
      "other", "security", 2, "dutch-drone-parts-export-charges-2027-12", a="Maartje Verbeek", sec=["diplomacy"], n="sanctions-violation prosecution"),
    tag="Sanctions Evasion"),
  B(E("2027-12-03 17:40", "Leaked Registry Files Show Russian Tankers Re-Flagged Through Comoros",
      ["Dozens of tankers carrying Russian oil moved onto the Comoros ship registry in the months after the EU and Britain blacklisted them, according to leaked registry files reviewed by OCCRP and its partners.",
       "Several of the ships changed names twice within a year. The Comoros maritime administration did not answer requests for comment."],
      "diplomacy", "diplomacy", 2, "shadow-fleet-comoros-reflagging-2027-12", a="Ilir Gashi", n="sanctions evasion"), tag="Shadow Fleet"),
  B(E("2027-12-03 14:20", "Ukraine Arrests Defense Ministry Official in Body Armor Procurement Scheme",
      ["Ukraine\u2019s anti-corruption bureau has detained a senior Defense Ministry procurement official suspected of steering a body armor contract worth 310 million hryvnias to a company tied to his relatives.",
       "Investigators say some of the armor delivered to the army failed ballistic tests."],
      "other", "politics", 2, "ukraine-body-armor-procurement-arrest-2027-12", a="Oksana Tymchuk", n="Ukrainian domestic corruption case"), tag="Corruption"),
  B(OFF("2027-12-03 11:05", "Montenegrin Police Detain 14 in Cocaine Ring Linked to Port of Bar",
        ["Police in Montenegro arrested 14 people suspected of smuggling cocaine hidden in banana shipments through the Port of Bar, the national police directorate said."],
        "montenegro-cocaine-ring-2027-12", a="Ilir Gashi", n="Balkan organized crime"), tag="Organized Crime"),
  B(E("2027-12-03 09:30", "Croatia Seizes Superyacht Linked to Sanctioned Russian Tycoon",
      ["Croatian authorities have impounded a 74-meter yacht moored near Split after finding evidence that it is controlled by a Russian businessman under EU sanctions."],
      "diplomacy", "diplomacy", 2, "croatia-yacht-seizure-2027-12", a="Maartje Verbeek", n="sanctions enforcement"), tag="Sanctions"),
  B(E("2027-12-03 07:10", "Kazakh Bank Processed Payments for Sanctioned Russian Arms Supplier, Records Show",
      ["A mid-sized Kazakh bank handled more than 200 payments for a Russian supplier of military electronics after the company was placed under US sanctions, according to transaction records obtained by OCCRP.",
       "The bank said it complies with all applicable laws."],
      "diplomacy", "diplomacy", 2, "kazakh-bank-sanctioned-supplier-payments-2027-12", a="Daniyar Seitkali", n="sanctions evasion"), tag="Money Laundering"),
  ]))


# ---------------------------------------------------------------- 15403 Current Time (English live blog, HTML)
KHARKIV4 = "kharkiv-glide-bomb-strike-2027-12-04"
SEEDS.append(dict(
  id="15403", name="15403_currenttime-live", ext="html", source="Current Time", zone="Europe/Prague", render=r_currenttime,
  title="Live Updates: Russia\u2019s War In Ukraine", dateline="December 04, 2027",
  url="https://en.currenttime.tv/a/live-updates-russia-war-ukraine-december-4/33420117.html",
  lede="Follow our live coverage of the war in Ukraine and its impact on Russia and the wider region.",
  basis="bare 12-hour stamp '{s}' above the headline, under the page date 'December 04, 2027'; no zone printed: RFE/RL's Prague newsroom time "
        "(CET = UTC+1), which the JSON-LD update datePublished values (UTC) confirm; local {d} in {z}",
  notes="Pangea-style live blog (RFE/RL network) in English. One page date 'December 04, 2027' (with leading zero); each post has a bare 12-hour time "
        "'4:15 PM' without zone above an h2 headline; newest first; no per-post authors (author null). LiveBlogPosting JSON-LD lists every update "
        "with headline and datePublished in UTC, which fixes the zone as CET. 15403-01 is a 'Video:' teaser without text. The Kharkiv guided-bomb "
        "attack is told twice (two dead, then five); the Moldova drone crash (diplomatic reaction, 15403-06) and the overnight drone raid tally "
        "(15403-07) are separate stories.",
  not_entries=["logo, section navigation, 'Watch live' and language link", "category label 'Russia-Ukraine War'", "page title", "page date 'December 04, 2027'",
               "Share / Print links", "intro paragraph", "video player chrome of the teaser (duration 0:58)", "'Related' box after the fourth post",
               "tag links", "footer"],
  entries=[
  E("2027-12-04 22:40", "Video: Kharkiv After The Glide-Bomb Attack", [], "strikes", "strikes", 1, KHARKIV4, n="teaser without body"),
  E("2027-12-04 19:05", "Kharkiv Strike Death Toll Rises To Five",
    ["The number of people killed in Saturday\u2019s Russian guided-bomb attack on Kharkiv has risen to five, regional Governor Oleh Syniehubov said.",
     "Among the 31 injured are three children. Two of the bombs hit a five-story apartment building in the Kyivskyi district."],
    "strikes", "strikes", 3, KHARKIV4, n="toll 5"),
  E("2027-12-04 16:15", "Kremlin Says No Date Set For Next Round Of Talks With Kyiv",
    ["Kremlin spokesman Dmitry Peskov said on December 4 that no date had been agreed for another round of direct talks with Ukrainian negotiators.",
     "He repeated Moscow\u2019s position that any settlement must reflect what he called the realities on the ground."],
    "diplomacy", "diplomacy", 2, "kremlin-no-date-next-talks-2027-12-04"),
  E("2027-12-04 13:30", "Guided Bombs Hit Residential Area In Kharkiv",
    ["Russian aircraft dropped at least three guided aerial bombs on Kharkiv shortly after noon, killing two people and injuring more than 20, local officials said.",
     "Mayor Ihor Terekhov said several apartment buildings and a tram depot were damaged."],
    "strikes", "strikes", 3, KHARKIV4, n="first report; toll 2"),
  E("2027-12-04 11:50", "Russian Court Jails Teacher For \u2018Discrediting\u2019 Army",
    ["A court in Russia\u2019s Novosibirsk region sentenced a secondary-school teacher to six years in prison over comments about the war she made in a private chat with pupils\u2019 parents.",
     "The rights group OVD-Info said the case was built on a recording made by one of the parents."],
    "other", "politics", 2, "russia-teacher-jailed-discrediting-army-2027-12"),
  E("2027-12-04 09:20", "Moldova Summons Russian Ambassador After Drone Crashes Near Border",
    ["Moldova\u2019s Foreign Ministry summoned Russia\u2019s ambassador after a drone came down in a field near the village of Larga during an overnight Russian attack on Ukraine\u2019s Odesa region.",
     "No one was hurt."],
    "diplomacy", "diplomacy", 2, "moldova-summons-russian-envoy-drone-2027-12-04", sec=["strikes"], n="diplomatic reaction; not the same story as the raid tally 15403-07"),
  E("2027-12-04 07:45", "Ukraine Says It Downed 62 Of 85 Drones Overnight",
    ["Ukraine\u2019s air force said Russia launched 85 attack and decoy drones overnight and that 62 of them were shot down or jammed.",
     "Hits were recorded in the Odesa and Sumy regions."],
    "strikes", "strikes", 2, "overnight-drone-raid-2027-12-04", n="non-deadly raid tally"),
  ]))

# ---------------------------------------------------------------- 15404 Zaborona (WordPress Atom)
SEEDS.append(dict(
  id="15404", name="15404_zaborona-atom", ext="xml", source="Zaborona", zone="UTC", render=r_zaborona,
  title="Zaborona", lede="Independent Ukrainian media about people, power and the war",
  basis="Atom <published> '{s}' (UTC, Z); local {d} in {z}",
  notes="WordPress Atom feed of the English edition of a Ukrainian independent outlet, newest first; <published> and <updated> in UTC ('Z'); "
        "<author><name> per entry; CDATA titles; a <summary> (cut first paragraph with '[…]') precedes the full <content>. 15404-05 is a "
        "'Photos:' gallery post whose content is only a gallery block (no text): teaser without body. The Odesa port attack (15404-01) and the "
        "Kherson shelling (15404-06) are different strikes.",
  not_entries=["feed title, subtitle, updated, links, id and generator", "each entry's <summary> (a truncated copy of the first paragraph)",
               "category, id, replies links and thr:total elements", "the gallery block of 15404-05"],
  entries=[
  B(E("2027-12-05 18:30", "Odesa\u2019s port district wakes up to another night of drones",
      ["Russian drones struck port infrastructure in Odesa overnight, setting a warehouse on fire and injuring three workers, the regional administration reported.",
       "People living on the nearby streets told Zaborona they had spent most of the night in their hallways, counting the explosions."],
      "strikes", "strikes", 2, "odesa-port-drone-attack-2027-12-05", a="Sofiia Melnyk", n="non-deadly strike; must not merge with the Kherson shelling"), cat="News"),
  B(E("2027-12-05 15:10", "\u201cWe learn to teach in corridors\u201d: Zaporizhzhia schools move lessons underground",
      ["Three more schools in Zaporizhzhia will move their lessons into underground classrooms after the New Year holidays, the city council said.",
       "Teachers describe shortened lessons, shared desks and children who can tell every kind of siren apart by its sound."],
      "other", "humanitarian", 2, "zaporizhzhia-underground-schools-2027-12", a="Kateryna Bilous", n="civilian life"), cat="Society"),
  B(E("2027-12-05 12:45", "Parliament stalls civil partnerships bill again despite soldiers\u2019 appeals",
      ["The Verkhovna Rada has once more postponed a vote on registered partnerships, a bill that LGBTQ+ service members have lobbied for since 2022.",
       "Without legal recognition, the partners of fallen soldiers cannot claim their bodies or receive compensation."],
      "other", "politics", 2, "ukraine-civil-partnerships-bill-delay-2027-12", a="Andrii Kovalenko", n="domestic politics"), cat="Politics"),
  B(E("2027-12-05 10:05", "Mobilisation of 18\u201324 year-olds: what changes in January",
      ["From January, men aged 18 to 24 who sign a one-year contract with the armed forces will be allowed to leave the country for twelve months after their service, under a government decree.",
       "We explain who is eligible, what the contract pays and which questions remain open."],
      "other", "politics", 2, "explainer-ukraine-youth-contracts-2028", a="Andrii Kovalenko", n="explainer on recruitment rules"), cat="Explainers"),
  B(E("2027-12-05 08:20", "Photos: Kherson\u2019s Christmas market opens behind sandbags", [], "other", "humanitarian", 1,
      "kherson-christmas-market-2027", a="Sofiia Melnyk", n="teaser without body (gallery only)"), cat="Photo"),
  B(E("2027-12-05 06:40", "Russian shelling kills two in Kherson suburb",
      ["Russian artillery shelled the Antonivka suburb of Kherson early on Sunday, killing two men and damaging a bus stop, the regional military administration said."],
      "strikes", "strikes", 3, "kherson-antonivka-shelling-2027-12-05", a="Kateryna Bilous", n="deadly strike"), cat="News"),
  ]))


# ---------------------------------------------------------------- 15405 Texty.org.ua (English data article, text)
TEXTY_T = "2027-12-06 11:20"
SEEDS.append(dict(
  id="15405", name="15405_texty-weekindata", ext="txt", source="Texty.org.ua", zone="Europe/Kyiv", render=r_texty,
  title="Week in data: drones, the front line, blackouts and money", kicker="DATA", published=TEXTY_T,
  lede="Five numbers that describe the 49th week of the year: what Russia launched, what it captured, how long the lights were out and what arrived from partners.",
  byline="Olena Marchuk and Ihor Savchenko", readtime=6, views="2 418",
  chart="Drones launched per week, September\u2013December 2027", chartsrc="Ukrainian Air Force daily reports, Texty calculations",
  method="We count launches from the air force\u2019s morning reports and include decoy drones where the air force lists them separately.",
  readalso="How Russia rebuilt its drone production in Alabuga",
  basis="no per-section time; the article's dateline '06.12.2027, 11:20' (no zone printed; Texty's home zone Kyiv, EET = UTC+2) applies to every section; local {d} in {z}",
  notes="Data article of a Ukrainian data-journalism outlet (English edition), text scrape. Per LABELS each section heading is one entry "
        "(headline = heading), stamp null, published = the article dateline '06.12.2027, 11:20' read as Kyiv time. Two-name byline "
        "'By Olena Marchuk and Ihor Savchenko' used as every section's author (one string). The five sections are five separate weekly "
        "developments (each its own story). A chart placeholder and its source line follow section 2; 'Methodology' is a method note, not news.",
  not_entries=["site name, navigation and language switch", "kicker 'DATA'", "title", "lede paragraph", "byline 'By ...'", "dateline '06.12.2027, 11:20'",
               "'Reading time ... views' line", "chart placeholder and 'Source:' line", "'Methodology' heading and its paragraph",
               "support appeal", "'Read also:' and its link", "copyright footer"],
  entries=[
  E(TEXTY_T, "1,240 drones and 58 missiles in seven days",
    ["Russia launched 1,240 long-range drones and 58 missiles at Ukraine between 29 November and 5 December, according to our count of the air force\u2019s daily reports.",
     "That is 14% fewer drones than the week before, but ballistic missiles made up almost half of all missiles fired."],
    "strikes", "strikes", 2, "texty-weekly-strike-tally-2027-12-05", a="Olena Marchuk and Ihor Savchenko", n="weekly tally, no single attack"),
  E(TEXTY_T, "Front line: Russian gains slow to 38 square kilometres",
    ["Russian forces captured about 38 square kilometres over the week, their smallest weekly gain since August, according to our analysis of DeepState maps.",
     "Most of the advance came south of Huliaipole."],
    "other", "frontline", 2, "texty-weekly-territory-change-2027-12-05", a="Olena Marchuk and Ihor Savchenko"),
  E(TEXTY_T, "Power: outage hours fall after repairs in the east",
    ["Scheduled blackouts in the Kharkiv and Sumy regions averaged 6.5 hours a day, down from 9 hours a week earlier, as repair crews restored two damaged substations."],
    "other", "humanitarian", 2, "texty-weekly-blackout-hours-2027-12-05", a="Olena Marchuk and Ihor Savchenko", sec=["strikes"]),
  E(TEXTY_T, "Money: \u20ac1.8 billion arrives from the G7 loan",
    ["Ukraine received \u20ac1.8 billion from the G7 loan backed by frozen Russian assets, the Finance Ministry said on Thursday.",
     "The money goes to the general budget and will cover part of December\u2019s military salaries."],
    "aid", "aid", 2, "g7-era-loan-tranche-2027-12", a="Olena Marchuk and Ihor Savchenko", n="routine tranche of an existing loan"),
  E(TEXTY_T, "Fakes: the \u2018women\u2019s mobilisation\u2019 story",
    ["At least 300 Telegram channels spread a fabricated claim that Ukraine would begin conscripting women in January, our monitoring shows.",
     "The story began with a forged Defence Ministry letter that first appeared on an anonymous channel on 1 December."],
    "other", "security", 2, "fake-women-mobilisation-letter-2027-12", a="Olena Marchuk and Ihor Savchenko", n="disinformation operation"),
  ]))

# ---------------------------------------------------------------- 15406 UkraineWorld (HTML daily chronicle, oldest first)
KRAMATORSK = "kramatorsk-market-strike-2027-12-07"
SEEDS.append(dict(
  id="15406", name="15406_ukraineworld-chronicle", ext="html", source="UkraineWorld", zone="Europe/Kyiv", render=r_ukraineworld,
  title="Russia\u2019s War Against Ukraine: Daily Chronicle, 7 December 2027", kicker="Daily chronicle", published="2027-12-07 21:30",
  url="https://ukraineworld.org/en/articles/chronicle/7-december-2027", byline="Nina Kovalska",
  lede="The main events of the day in Russia\u2019s war against Ukraine, hour by hour.",
  basis="bare stamp '{s}' above the h3 (Kyiv time per the printed note 'All times are Kyiv time.', EET = UTC+2) on the day named in the title and meta line '7 December 2027'; local {d} in {z}",
  notes="Daily chronicle article of a Ukrainian English-language analysis project, HTML. Oldest first; each item is a bold bare 'HH:MM' paragraph, "
        "an h3 headline and body; the article ends with 'All times are Kyiv time.'. One compiler byline (Nina Kovalska) under the title, used as every "
        "item's author. NewsArticle JSON-LD carries only the page time (21:30 +02:00). The Kramatorsk market strike is told twice (three dead, then five); "
        "the overnight drone-and-missile attack on energy sites (15406-01) is a different strike.",
  not_entries=["logo, navigation, 'Support us'", "tag 'Daily chronicle'", "title", "byline and date line", "lead paragraph",
               "podcast promo blockquote after the fourth item", "closing note 'All times are Kyiv time.'", "'Read more' related link", "footer"],
  entries=[
  E("2027-12-07 07:30", "Overnight attack: 94 drones and six missiles",
    ["Russia attacked Ukraine overnight with 94 drones and six missiles, the air force said, adding that 71 drones and four missiles were shot down.",
     "Energy facilities in the Chernihiv region were hit, leaving about 40,000 households without power. No casualties were reported."],
    "strikes", "strikes", 2, "overnight-attack-chernihiv-energy-2027-12-07", a="Nina Kovalska", n="non-deadly; must not merge with the Kramatorsk strike"),
  E("2027-12-07 09:15", "Sybiha arrives in Brussels for NATO-Ukraine Council",
    ["Foreign Minister Andrii Sybiha arrived in Brussels for a meeting of the NATO-Ukraine Council at the level of foreign ministers.",
     "He said Kyiv would ask allies to speed up deliveries of air defence systems before the coldest weeks of winter."],
    "diplomacy", "diplomacy", 3, "sybiha-nato-ukraine-council-2027-12-07", a="Nina Kovalska", sec=["aid"], n="ministerial diplomatic move"),
  E("2027-12-07 11:40", "Russian strike on Kramatorsk market kills three",
    ["A Russian guided bomb hit a market in central Kramatorsk late in the morning, killing three people and injuring 12, the head of the Donetsk regional military administration said."],
    "strikes", "strikes", 3, KRAMATORSK, a="Nina Kovalska", n="first report; toll 3"),
  E("2027-12-07 13:05", "Denmark to fund 18 more Bohdana howitzers",
    ["Denmark will pay for 18 Ukrainian-made Bohdana self-propelled howitzers under its scheme of buying weapons directly from Ukrainian manufacturers, the Danish Defence Ministry said."],
    "aid", "aid", 2, "denmark-bohdana-howitzers-2027-12", a="Nina Kovalska"),
  E("2027-12-07 15:20", "General Staff: heaviest fighting near Kostiantynivka and Huliaipole",
    ["Ukraine\u2019s General Staff reported 146 combat clashes over the past day, most of them in the Kostiantynivka and Huliaipole directions."],
    "other", "frontline", 2, "general-staff-daily-clashes-2027-12-07", a="Nina Kovalska"),
  E("2027-12-07 17:50", "Kramatorsk market strike: death toll rises to five",
    ["Two of the people wounded in the morning strike on the Kramatorsk market have died in hospital, raising the toll to five, the city administration said."],
    "strikes", "strikes", 3, KRAMATORSK, a="Nina Kovalska", n="toll 5"),
  E("2027-12-07 20:10", "Zelensky signs law on housing vouchers for veterans",
    ["President Volodymyr Zelensky signed a law that gives veterans with combat status a one-time housing voucher worth up to 2 million hryvnias, his office said."],
    "other", "politics", 2, "ukraine-veterans-housing-voucher-law-2027-12", a="Nina Kovalska"),
  ]))

# ---------------------------------------------------------------- 15407 Kloop (Russian news feed, text, no year printed)
KYIV8 = "kyiv-missile-drone-attack-2027-12-08"
SEEDS.append(dict(
  id="15407", name="15407_kloop-news", ext="txt", source="Kloop", zone="Asia/Bishkek", render=r_kloop,
  title="\u041d\u043e\u0432\u043e\u0441\u0442\u0438", ref="2027-12-08 21:40", weather="\u22126\u00b0C", parse_args=["--date", "2027-12-08"],
  basis="relative stamp '{s}' counted back from the header clock '8 декабря, 21:40' (Bishkek time, UTC+6; no year printed anywhere, parse_args gives 2027-12-08); local {d} in {z}",
  notes="Russian-language news feed of a Kyrgyz outlet, text scrape. The only clock is the header widget 'Бишкек · 8 декабря, 21:40 · −6°C' "
        "(no year anywhere on the page, so parse_args --date 2027-12-08). Cards newest first: '<relative time> · <rubric>' line (e.g. '2 часа назад · "
        "Война в Украине'), headline, lead. Relative stamps are counted back exactly from the header clock; the stamp is the relative part only. No "
        "authors. Two cards are Kyrgyz domestic news (media law, smog): off-beat. The overnight attack on Kyiv is told twice (two dead, then four).",
  not_entries=["logo 'Kloop'", "header widget 'Бишкек · 8 декабря, 21:40 · −6°C'", "rubric navigation", "listing title 'Новости'",
               "rubric labels after each relative time", "Telegram subscription appeal after the third card", "'Показать еще'", "copyright footer"],
  entries=[
  B(OFF("2027-12-08 21:05", "\u0416\u0430\u043f\u0430\u0440\u043e\u0432 \u043f\u043e\u0434\u043f\u0438\u0441\u0430\u043b \u0437\u0430\u043a\u043e\u043d \u043e \u043f\u0435\u0440\u0435\u0440\u0435\u0433\u0438\u0441\u0442\u0440\u0430\u0446\u0438\u0438 \u0438\u043d\u0442\u0435\u0440\u043d\u0435\u0442-\u0438\u0437\u0434\u0430\u043d\u0438\u0439",
        ["\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 \u0421\u0430\u0434\u044b\u0440 \u0416\u0430\u043f\u0430\u0440\u043e\u0432 \u043f\u043e\u0434\u043f\u0438\u0441\u0430\u043b \u043f\u043e\u043f\u0440\u0430\u0432\u043a\u0438, \u043f\u043e \u043a\u043e\u0442\u043e\u0440\u044b\u043c \u0438\u043d\u0442\u0435\u0440\u043d\u0435\u0442-\u0438\u0437\u0434\u0430\u043d\u0438\u044f \u0434\u043e\u043b\u0436\u043d\u044b \u0437\u0430\u043d\u043e\u0432\u043e \u043f\u0440\u043e\u0439\u0442\u0438 \u0440\u0435\u0433\u0438\u0441\u0442\u0440\u0430\u0446\u0438\u044e \u0434\u043e 1 \u043c\u0430\u0440\u0442\u0430."],
        "kyrgyzstan-online-media-registration-law-2027-12", n="Kyrgyz media law"), rubric="\u041f\u043e\u043b\u0438\u0442\u0438\u043a\u0430"),
  B(E("2027-12-08 19:40", "\u0412 \u0411\u0438\u0448\u043a\u0435\u043a\u0435 \u0437\u0430\u0434\u0435\u0440\u0436\u0430\u043b\u0438 \u043c\u0443\u0436\u0447\u0438\u043d\u0443, \u043a\u043e\u0442\u043e\u0440\u044b\u0439 \u0432\u0435\u0440\u0431\u043e\u0432\u0430\u043b \u043c\u0438\u0433\u0440\u0430\u043d\u0442\u043e\u0432 \u043d\u0430 \u0432\u043e\u0439\u043d\u0443 \u0432 \u0423\u043a\u0440\u0430\u0438\u043d\u0435",
      ["\u0421\u043e\u0442\u0440\u0443\u0434\u043d\u0438\u043a\u0438 \u0413\u041a\u041d\u0411 \u0437\u0430\u0434\u0435\u0440\u0436\u0430\u043b\u0438 \u0432 \u0411\u0438\u0448\u043a\u0435\u043a\u0435 34-\u043b\u0435\u0442\u043d\u0435\u0433\u043e \u043c\u0443\u0436\u0447\u0438\u043d\u0443, \u043a\u043e\u0442\u043e\u0440\u044b\u0439, \u043f\u043e \u0434\u0430\u043d\u043d\u044b\u043c \u0441\u043b\u0435\u0434\u0441\u0442\u0432\u0438\u044f, \u0437\u0430 \u0434\u0435\u043d\u044c\u0433\u0438 \u043e\u0442\u043f\u0440\u0430\u0432\u043b\u044f\u043b \u0433\u0440\u0430\u0436\u0434\u0430\u043d \u041a\u044b\u0440\u0433\u044b\u0437\u0441\u0442\u0430\u043d\u0430 \u0432\u043e\u0435\u0432\u0430\u0442\u044c \u043d\u0430 \u0441\u0442\u043e\u0440\u043e\u043d\u0435 \u0420\u043e\u0441\u0441\u0438\u0438.",
       "\u0423\u0447\u0430\u0441\u0442\u0438\u0435 \u0432 \u0432\u043e\u043e\u0440\u0443\u0436\u0435\u043d\u043d\u044b\u0445 \u043a\u043e\u043d\u0444\u043b\u0438\u043a\u0442\u0430\u0445 \u0437\u0430 \u0440\u0443\u0431\u0435\u0436\u043e\u043c \u0432 \u041a\u044b\u0440\u0433\u044b\u0437\u0441\u0442\u0430\u043d\u0435 \u0441\u0447\u0438\u0442\u0430\u0435\u0442\u0441\u044f \u0443\u0433\u043e\u043b\u043e\u0432\u043d\u044b\u043c \u043f\u0440\u0435\u0441\u0442\u0443\u043f\u043b\u0435\u043d\u0438\u0435\u043c."],
      "other", "security", 2, "bishkek-recruiter-detained-2027-12-08", n="recruitment for the Russian army (criminal case)"), rubric="\u0412\u043e\u0439\u043d\u0430 \u0432 \u0423\u043a\u0440\u0430\u0438\u043d\u0435"),
  B(E("2027-12-08 18:40", "\u0427\u0438\u0441\u043b\u043e \u043f\u043e\u0433\u0438\u0431\u0448\u0438\u0445 \u043f\u043e\u0441\u043b\u0435 \u043d\u043e\u0447\u043d\u043e\u0439 \u0430\u0442\u0430\u043a\u0438 \u043d\u0430 \u041a\u0438\u0435\u0432 \u0432\u044b\u0440\u043e\u0441\u043b\u043e \u0434\u043e \u0447\u0435\u0442\u044b\u0440\u0435\u0445",
      ["\u0427\u0438\u0441\u043b\u043e \u043f\u043e\u0433\u0438\u0431\u0448\u0438\u0445 \u0432 \u0440\u0435\u0437\u0443\u043b\u044c\u0442\u0430\u0442\u0435 \u043d\u043e\u0447\u043d\u043e\u0439 \u0430\u0442\u0430\u043a\u0438 \u0440\u043e\u0441\u0441\u0438\u0439\u0441\u043a\u0438\u0445 \u0440\u0430\u043a\u0435\u0442 \u0438 \u0434\u0440\u043e\u043d\u043e\u0432 \u043d\u0430 \u041a\u0438\u0435\u0432 \u0432\u044b\u0440\u043e\u0441\u043b\u043e \u0434\u043e \u0447\u0435\u0442\u044b\u0440\u0435\u0445, \u0441\u043e\u043e\u0431\u0449\u0438\u043b \u0433\u043b\u0430\u0432\u0430 \u0433\u043e\u0440\u043e\u0434\u0441\u043a\u043e\u0439 \u0432\u043e\u0435\u043d\u043d\u043e\u0439 \u0430\u0434\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u0430\u0446\u0438\u0438 \u0422\u0438\u043c\u0443\u0440 \u0422\u043a\u0430\u0447\u0435\u043d\u043a\u043e.",
       "\u0415\u0449\u0435 23 \u0447\u0435\u043b\u043e\u0432\u0435\u043a\u0430 \u043f\u043e\u043b\u0443\u0447\u0438\u043b\u0438 \u0440\u0430\u043d\u0435\u043d\u0438\u044f. \u041f\u043e\u0432\u0440\u0435\u0436\u0434\u0435\u043d\u044b \u0436\u0438\u043b\u044b\u0435 \u0434\u043e\u043c\u0430 \u0432 \u0414\u0430\u0440\u043d\u0438\u0446\u043a\u043e\u043c \u0438 \u0414\u043d\u0435\u043f\u0440\u043e\u0432\u0441\u043a\u043e\u043c \u0440\u0430\u0439\u043e\u043d\u0430\u0445."],
      "strikes", "strikes", 3, KYIV8, n="toll 4"), rubric="\u0412\u043e\u0439\u043d\u0430 \u0432 \u0423\u043a\u0440\u0430\u0438\u043d\u0435"),
  B(E("2027-12-08 16:40", "\u0421\u0428\u0410 \u0432\u0432\u0435\u043b\u0438 \u0441\u0430\u043d\u043a\u0446\u0438\u0438 \u043f\u0440\u043e\u0442\u0438\u0432 \u0434\u0432\u0443\u0445 \u043a\u044b\u0440\u0433\u044b\u0437\u0441\u043a\u0438\u0445 \u043a\u043e\u043c\u043f\u0430\u043d\u0438\u0439 \u0437\u0430 \u043f\u043e\u0441\u0442\u0430\u0432\u043a\u0438 \u0432 \u0420\u043e\u0441\u0441\u0438\u044e",
      ["\u041c\u0438\u043d\u0444\u0438\u043d \u0421\u0428\u0410 \u0432\u043a\u043b\u044e\u0447\u0438\u043b \u0432 \u0441\u0430\u043d\u043a\u0446\u0438\u043e\u043d\u043d\u044b\u0439 \u0441\u043f\u0438\u0441\u043e\u043a \u0434\u0432\u0435 \u043a\u043e\u043c\u043f\u0430\u043d\u0438\u0438 \u0438\u0437 \u041a\u044b\u0440\u0433\u044b\u0437\u0441\u0442\u0430\u043d\u0430, \u043a\u043e\u0442\u043e\u0440\u044b\u0435, \u043f\u043e \u0434\u0430\u043d\u043d\u044b\u043c \u0432\u0435\u0434\u043e\u043c\u0441\u0442\u0432\u0430, \u043f\u043e\u0441\u0442\u0430\u0432\u043b\u044f\u043b\u0438 \u0432 \u0420\u043e\u0441\u0441\u0438\u044e \u043c\u0438\u043a\u0440\u043e\u044d\u043b\u0435\u043a\u0442\u0440\u043e\u043d\u0438\u043a\u0443 \u0434\u0432\u043e\u0439\u043d\u043e\u0433\u043e \u043d\u0430\u0437\u043d\u0430\u0447\u0435\u043d\u0438\u044f."],
      "diplomacy", "diplomacy", 2, "us-sanctions-kyrgyz-companies-2027-12-08", n="sanctions"), rubric="\u042d\u043a\u043e\u043d\u043e\u043c\u0438\u043a\u0430"),
  B(OFF("2027-12-08 14:40", "\u0411\u0438\u0448\u043a\u0435\u043a \u0441\u043d\u043e\u0432\u0430 \u0432\u043e\u0448\u0435\u043b \u0432 \u0442\u0440\u043e\u0439\u043a\u0443 \u0433\u043e\u0440\u043e\u0434\u043e\u0432 \u0441 \u0441\u0430\u043c\u044b\u043c \u0433\u0440\u044f\u0437\u043d\u044b\u043c \u0432\u043e\u0437\u0434\u0443\u0445\u043e\u043c",
        ["\u0423\u0442\u0440\u043e\u043c \u0432 \u0441\u0440\u0435\u0434\u0443 \u0411\u0438\u0448\u043a\u0435\u043a \u0437\u0430\u043d\u044f\u043b \u0442\u0440\u0435\u0442\u044c\u0435 \u043c\u0435\u0441\u0442\u043e \u0432 \u043c\u0438\u0440\u043e\u0432\u043e\u043c \u0440\u0435\u0439\u0442\u0438\u043d\u0433\u0435 \u0437\u0430\u0433\u0440\u044f\u0437\u043d\u0435\u043d\u0438\u044f \u0432\u043e\u0437\u0434\u0443\u0445\u0430 IQAir."],
        "bishkek-smog-ranking-2027-12-08", n="air pollution"), rubric="\u041e\u0431\u0449\u0435\u0441\u0442\u0432\u043e"),
  B(E("2027-12-08 12:40", "\u0413\u0440\u0430\u0436\u0434\u0430\u043d\u0438\u043d \u041a\u044b\u0440\u0433\u044b\u0437\u0441\u0442\u0430\u043d\u0430, \u0432\u043e\u0435\u0432\u0430\u0432\u0448\u0438\u0439 \u0437\u0430 \u0420\u043e\u0441\u0441\u0438\u044e, \u0432\u0435\u0440\u043d\u0443\u043b\u0441\u044f \u0434\u043e\u043c\u043e\u0439 \u043f\u043e\u0441\u043b\u0435 \u043e\u0431\u043c\u0435\u043d\u0430 \u043f\u043b\u0435\u043d\u043d\u044b\u043c\u0438",
      ["\u0413\u0440\u0430\u0436\u0434\u0430\u043d\u0438\u043d \u041a\u044b\u0440\u0433\u044b\u0437\u0441\u0442\u0430\u043d\u0430, \u043f\u043e\u043f\u0430\u0432\u0448\u0438\u0439 \u0432 \u043f\u043b\u0435\u043d \u043f\u043e\u0434 \u0417\u0430\u043f\u043e\u0440\u043e\u0436\u044c\u0435\u043c, \u0432\u0435\u0440\u043d\u0443\u043b\u0441\u044f \u0432 \u0411\u0438\u0448\u043a\u0435\u043a \u043f\u043e\u0441\u043b\u0435 \u043e\u0431\u043c\u0435\u043d\u0430 \u043f\u043b\u0435\u043d\u043d\u044b\u043c\u0438 \u043c\u0435\u0436\u0434\u0443 \u0420\u043e\u0441\u0441\u0438\u0435\u0439 \u0438 \u0423\u043a\u0440\u0430\u0438\u043d\u043e\u0439, \u0441\u043e\u043e\u0431\u0449\u0438\u043b\u0438 \u0432 \u041c\u0418\u0414 \u0441\u0442\u0440\u0430\u043d\u044b."],
      "diplomacy", "diplomacy", 2, "kyrgyz-pow-returned-exchange-2027-12", n="prisoner exchange (one national)"), rubric="\u0412\u043e\u0439\u043d\u0430 \u0432 \u0423\u043a\u0440\u0430\u0438\u043d\u0435"),
  B(E("2027-12-08 10:40", "\u0420\u043e\u0441\u0441\u0438\u044f \u043d\u043e\u0447\u044c\u044e \u0430\u0442\u0430\u043a\u043e\u0432\u0430\u043b\u0430 \u041a\u0438\u0435\u0432 \u0440\u0430\u043a\u0435\u0442\u0430\u043c\u0438 \u0438 \u0434\u0440\u043e\u043d\u0430\u043c\u0438, \u043f\u043e\u0433\u0438\u0431\u043b\u0438 \u0434\u0432\u0430 \u0447\u0435\u043b\u043e\u0432\u0435\u043a\u0430",
      ["\u0420\u043e\u0441\u0441\u0438\u044f \u043d\u043e\u0447\u044c\u044e \u0430\u0442\u0430\u043a\u043e\u0432\u0430\u043b\u0430 \u041a\u0438\u0435\u0432 \u0431\u0430\u043b\u043b\u0438\u0441\u0442\u0438\u0447\u0435\u0441\u043a\u0438\u043c\u0438 \u0440\u0430\u043a\u0435\u0442\u0430\u043c\u0438 \u0438 \u0443\u0434\u0430\u0440\u043d\u044b\u043c\u0438 \u0434\u0440\u043e\u043d\u0430\u043c\u0438, \u043f\u043e\u0433\u0438\u0431\u043b\u0438 \u0434\u0432\u0430 \u0447\u0435\u043b\u043e\u0432\u0435\u043a\u0430, \u0441\u043e\u043e\u0431\u0449\u0438\u043b\u0438 \u0433\u043e\u0440\u043e\u0434\u0441\u043a\u0438\u0435 \u0432\u043b\u0430\u0441\u0442\u0438.",
       "\u0412 \u043d\u0435\u0441\u043a\u043e\u043b\u044c\u043a\u0438\u0445 \u0440\u0430\u0439\u043e\u043d\u0430\u0445 \u0441\u0442\u043e\u043b\u0438\u0446\u044b \u0432\u0441\u043f\u044b\u0445\u043d\u0443\u043b\u0438 \u043f\u043e\u0436\u0430\u0440\u044b."],
      "strikes", "strikes", 3, KYIV8, n="first report; toll 2"), rubric="\u0412\u043e\u0439\u043d\u0430 \u0432 \u0423\u043a\u0440\u0430\u0438\u043d\u0435"),
  ]))


# ---------------------------------------------------------------- 15408 Azattyq (Russian-language all-news page, text)
CPC = "cpc-novorossiysk-terminal-drone-attack-2027-12-09"
SEEDS.append(dict(
  id="15408", name="15408_azattyq-news", ext="txt", source="Azattyq", zone="Asia/Almaty", render=r_azattyq,
  title="Все новости",
  basis="bare stamp '{s}' before the headline under the single date header '09 декабря 2027' (no zone printed; Kazakhstan time, UTC+5 since 2024); local {d} in {z}",
  notes="Russian-language 'all news' page of RFE/RL's Kazakh service (Radio Azattyq), Pangea-style text scrape. One date header '09 декабря 2027'; "
        "each item is a bare 'HH:MM' line (no zone; Kazakhstan time UTC+5, IANA Asia/Almaty), the headline and a lead; newest first; no authors. "
        "source is the outlet's Latin name 'Azattyq' (the page itself prints 'Радио Азаттык'). The drone attack on the CPC oil terminal near Novorossiysk "
        "is told twice (attack, then the halt of Kazakh oil loadings it caused: damage from the same attack, same story); the coal-price item is off-beat.",
  not_entries=["site name 'Радио Азаттык' and 'Поиск'", "section navigation and language switch", "listing title 'Все новости'", "date header '09 декабря 2027'",
               "newsletter form after the third item", "'Загрузить еще'", "copyright footer"],
  entries=[
  E("2027-12-09 21:10", "Токаев и Зеленский обсудили по телефону гуманитарную помощь Украине",
    ["Президент Казахстана Касым-Жомарт Токаев провел телефонный разговор с президентом Украины Владимиром Зеленским, сообщила пресс-служба Акорды.",
     "По ее данным, стороны обсудили отправку очередной партии гуманитарной помощи и судьбу граждан Казахстана, находящихся в плену."],
    "diplomacy", "diplomacy", 3, "tokayev-zelensky-phone-call-2027-12-09", sec=["aid"], n="head-of-state call"),
  E("2027-12-09 18:25", "Отгрузка казахстанской нефти через терминал КТК приостановлена",
    ["Каспийский трубопроводный консорциум временно прекратил отгрузку нефти на морском терминале под Новороссийском после атаки беспилотников, сообщило министерство энергетики Казахстана.",
     "В министерстве предупредили, что добывающим компаниям придется снизить добычу, если пауза затянется."],
    "strikes", "strikes", 3, CPC, n="consequence of the attack (damage); same story"),
  E("2027-12-09 15:40", "Беспилотники атаковали морской терминал КТК под Новороссийском",
    ["Ночью беспилотники атаковали морской терминал Каспийского трубопроводного консорциума под Новороссийском, повреждено одно из выносных причальных устройств, сообщили в КТК.",
     "Украина атаку не комментировала."],
    "strikes", "strikes", 3, CPC, n="large strike halting Kazakh oil exports"),
  OFF("2027-12-09 13:15", "В Алматы подорожал уголь: тонна стоит уже 45 тысяч тенге",
      ["Цена угля на топливных складах Алматы за месяц выросла почти на 15 процентов, жалуются жители частного сектора."],
      "almaty-coal-prices-2027-12", n="local prices"),
  E("2027-12-09 11:00", "Суд в Астане оштрафовал блогера за видео в поддержку Украины",
    ["Специализированный административный суд Астаны оштрафовал блогера на 100 месячных расчетных показателей за ролик, в котором он собирал деньги на дроны для украинской армии."],
    "other", "politics", 2, "astana-blogger-fined-ukraine-video-2027-12"),
  E("2027-12-09 08:45", "Казахстан отказал России в выдаче дезертира",
    ["Генеральная прокуратура Казахстана отказала России в экстрадиции 27-летнего военнослужащего, который бежал из части после мобилизации, сообщил его адвокат."],
    "other", "politics", 2, "kazakhstan-refuses-deserter-extradition-2027-12"),
  ]))

# ---------------------------------------------------------------- 15409 Pozirk (WordPress news listing, English, HTML)
SEEDS.append(dict(
  id="15409", name="15409_pozirk-news", ext="html", source="Pozirk", zone="Europe/Minsk", render=r_pozirk,
  title="News",
  basis="card stamp '{s}' (24-hour time then date; no zone printed; Minsk time, UTC+3, the zone of the Belarusian news it reports); local {d} in {z}",
  notes="News listing of an exiled Belarusian outlet's English edition (WordPress), HTML; Yoast @graph JSON-LD (CollectionPage, BreadcrumbList, WebSite) "
        "with no dates. Cards newest first: category link, h2 headline, <time> '21:30, 10.12.2027' (time before date, no zone: Minsk time assumed), "
        "optional 'by NAME', excerpt. The rouble item is off-beat. The Oreshnik statement is other/security; the drone that crashed in Belarus "
        "during an attack on Ukraine is strikes.",
  not_entries=["logo, navigation, language links and 'Support Pozirk'", "page title 'News'", "category links (Belarus, Economy, War, ...)", "'by NAME' lines",
               "Telegram widget after the third card", "'Older posts' pagination", "footer"],
  entries=[
  B(E("2027-12-10 21:30", "Lukashenko says Oreshnik missiles are \u2018fully on combat duty\u2019 in Belarus",
      ["Alexander Lukashenko said on Friday that the Russian Oreshnik missile system deployed in Belarus is now fully on combat duty, speaking at a meeting with military commanders in Minsk.",
       "He gave no details of where the launchers are based."],
      "other", "security", 2, "oreshnik-belarus-combat-duty-2027-12-10"), cat="Belarus"),
  B(OFF("2027-12-10 18:15", "Belarusian rouble slides as potash exports fall",
        ["The Belarusian rouble lost 3% against the dollar in a week after official data showed potash exports falling for a third month in a row."],
        "belarus-rouble-potash-2027-12", a="Tatsiana Karpenka", n="Belarusian economy"), cat="Economy"),
  B(E("2027-12-10 16:40", "Belarusian volunteer killed near Huliaipole, regiment says",
      ["A Belarusian volunteer fighting in the Ukrainian army was killed in action near Huliaipole, the Kastus Kalinouski regiment said.",
       "He was 29 and had left Belarus after the 2020 protests."],
      "other", "frontline", 2, "belarusian-volunteer-killed-huliaipole-2027-12", a="Ales Buinitski"), cat="War"),
  B(E("2027-12-10 14:05", "Russian drone crashes in Homel region during attack on Ukraine",
      ["A Russian attack drone came down in a field in the Homel region overnight after drifting back out of Ukrainian airspace, independent monitors reported.",
       "Belarusian authorities have not commented."],
      "strikes", "strikes", 2, "russian-drone-crash-homel-2027-12-10", a="Ales Buinitski"), cat="War"),
  B(E("2027-12-10 11:20", "Tsikhanouskaya urges EU to keep Belarus on the agenda of Ukraine peace talks",
      ["Sviatlana Tsikhanouskaya called on EU foreign ministers to make sure that any talks on ending the war in Ukraine also deal with the Russian military presence in Belarus."],
      "diplomacy", "diplomacy", 2, "tsikhanouskaya-eu-peace-talks-appeal-2027-12", a="Tatsiana Karpenka"), cat="Politics"),
  B(E("2027-12-10 09:00", "Court jails relative of rail saboteur for eight years",
      ["A court in Homel sentenced the brother of a man accused of damaging railway signalling equipment in 2022 to eight years in prison for \u2018aiding extremist activity\u2019, the human rights group Viasna said."],
      "other", "security", 2, "homel-rail-saboteur-relative-jailed-2027-12"), cat="Repression"),
  ]))



# ================================================================ Part B renderers (invented outlets)

def r_orchardline(S):
    """text live, newest first: 'Key Points' list, 'HH:MM GMT' line before each headline, 'Reporting by NAME' after the body."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "Home | UK | World | Business | Ukraine war | Opinion | Puzzles", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["- " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["[Video: 1 min 12 sec]", ""]
        if e["a"]:
            L += [f"Reporting by {e['a']}", ""]
        if i == 2:
            L += ["Get the Courier\u2019s Ukraine Briefing in your inbox every weekday at 7am.", ""]
    L += ["Show earlier posts", "", f"{S['source']} \u00b7 About us \u00b7 Corrections \u00b7 Privacy notice \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_duneholt(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with per-update headline, author and datePublished (+02:00);
    visible stamp 'Updated' + <time>'14.12.2027, 08:30'</time> (no zone printed) and author under the h2."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "coverageEndTime": (last + timedelta(hours=3)).isoformat(),
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header class="top"><a class="logo" href="/">{esc(S["source"])}</a><nav><a href="/war">War</a> <a href="/politics">Politics</a> '
           '<a href="/economy">Economy</a> <a href="/regions">Regions</a> <a href="/en">EN</a> <a href="/ua">UA</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y, %H:%M}"; stamps.append(st)
        out.append(f'<section class="post" id="post-{i + 1}"><div class="post-meta">Updated <time datetime="{d.isoformat()}">{st}</time></div>')
        out.append(f'<h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<div class="post-author">{esc(e["a"])}</div>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</section>')
        if i == 1:
            out.append('<div class="donate-box">Duneholt Post is reader-funded. <a href="/donate">Support our newsroom</a></div>')
    out += ['<p class="end">The live blog continues tomorrow.</p></main>',
            f'<footer>{esc(S["source"])} \u00b7 Editorial policy \u00b7 Contacts \u00b7 Advertising</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """RSS 2.0 world feed, newest first: pubDate 'GMT' or numeric offset (S['rfc']), CDATA paragraphs, dc:creator when the entry has an author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', f'<ttl>15</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S["rfc"] == "GMT"); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{e.get("cat", "world").lower()}/{S["id"]}{i + 31}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{i + 31}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>',
                f'<media:thumbnail url="{S["url"]}/img/{S["id"]}-{i + 31}.jpg" width="240" height="135"/>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_inchcombe(S):
    """text article with section headings (one entry per section), page byline, dateline '14 December 2027, 16:45 CET'; no per-section stamp."""
    L = [S["source"], "Politics \u00b7 Europe \u00b7 World \u00b7 Economy \u00b7 Culture", "", "World / Ukraine", "", S["title"], "", S["lede"], "",
         f"By {S['byline']}", S["dateline"], "", "Print \u00b7 Share \u00b7 Save", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += [S["more"], "", f"\u00a9 {S['source']} \u00b7 Imprint \u00b7 Privacy \u00b7 Subscriptions"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_pebblecombe(S):
    """HTML live, newest first, no JSON-LD; '<span class=stamp>18:10 CET</span>' above the h2; '\u2014 NAME' signature after the body."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title></head><body>',
           '<div class="cookies">This site uses cookies. <button>Accept</button> <button>Manage</button></div>',
           f'<header><span class="brand">{S["source"]}</span> <nav><a>Home</a> <a>Poland</a> <a>Ukraine</a> <a>World</a> <a>Opinion</a> <a>Podcasts</a></nav></header>',
           f'<main><p class="kicker">LIVE</p><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} CET"; stamps.append(st)
        out.append(f'<div class="entry"><span class="stamp">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery" data-count="9"><button>Open gallery</button></div>')
        if e["a"]:
            out.append(f'<p class="sig">\u2014 {esc(e["a"])}</p>')
        out.append('</div>')
        if i == 2:
            out.append('<aside class="related"><h3>More on this topic</h3><a href="/ukraine/guided-bombs-faq">Guided bombs: a short FAQ</a></aside>')
    out += ['<p class="archive"><a href="/live/ukraine/2027-12-14">Tuesday\u2019s live coverage</a></p></main>',
            f'<footer>{S["source"]} \u00b7 Contact \u00b7 Advertise \u00b7 Privacy policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO with the outlet's offset (Z for UTC); escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>tag:{S["url"].split("//")[1]},2027:feed</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link href="{S["url"]}/a/{S["id"]}-{i + 7}"/>', f'<id>tag:{S["url"].split("//")[1]},2027:{S["id"]}-{i + 7}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append(f'<category term="{e.get("cat", "World")}"/>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_slatebrook(S):
    """text live (Sydney), oldest first; a date header line whenever the local day changes ('Thursday 16 December 2027');
    stamp '8.05pm' before the headline; 'All times AEDT' note; one page byline."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "News  |  Sport  |  World  |  Business  |  Live", "", S["title"], S["byline"], "All times AEDT", "", S["lede"], ""]
    stamps = []; day = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if d.date() != day:
            day = d.date()
            L += [f"{DAYS_EN[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}", ""]
        st = ampm(d, sep=".", space="", upper=False); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 3:
            L += ["Advertisement", ""]
    L += ["That\u2019s where we\u2019ll leave our coverage for now. Thanks for following along.", "",
          f"{S['source']} \u00b7 Terms \u00b7 Privacy \u00b7 Contact the newsroom"]
    return "\n".join(L) + "\n", stamps


def r_merriot(S):
    """text live, oldest first; date line 'Monday, December 20' with NO year anywhere; bare '7:05 a.m.' before the headline;
    'All times EET (Kyiv).' note; 'By NAME' after the body; video teaser marked '[Video]'."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Latest \u00b7 World \u00b7 Ukraine \u00b7 Markets \u00b7 Newsletters", "", S["title"], S["dateline"], "All times EET (Kyiv).", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        hh = d.hour % 12 or 12
        st = f"{hh}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["[Video]", ""]
        if e["a"]:
            L += [f"By {e['a']}", ""]
        if i == 4:
            L += ["Sponsored content", ""]
    L += ["This blog is now closed.", "", f"{S['source']} \u00b7 Terms of use \u00b7 Privacy \u00b7 Contact"]
    return "\n".join(L) + "\n", stamps


def r_kingsdown(S):
    """HTML live (UK), newest first; LiveBlogPosting JSON-LD whose updates carry only articleBody and the PAGE's datePublished
    (same value for all: not per-entry times); visible <time>'20:30 GMT'</time> above the h3; signature after the body."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#block-{7300 + i}", "datePublished": first.isoformat(), "dateModified": last.isoformat(),
            "articleBody": " ".join(e["p"])[:300]} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups,
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header>{S["source"]} <nav><a>News</a> <a>World</a> <a>Ukraine</a> <a>Money</a> <a>Sport</a> <a>Puzzles</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        out.append(f'<article class="block" id="block-{7300 + i}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">{esc(e["a"])}</p>')
        out.append('</article>')
        if i == 1:
            out.append('<div class="promo">Sign up to the Kingsdown Journal\u2019s Ukraine newsletter</div>')
    out += ['</main>', f'<footer>{S["source"]} \u00b7 Contact \u00b7 Privacy \u00b7 Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================ PART B: three multi-source days (invented outlets)

KREM = "kremenchuk-missile-strike-2027-12-14"
EUSANC = "eu-25th-sanctions-package-2027-12-14"
POLTGAS = "poltava-region-gas-site-drone-strike-2027-12-14"
EXPL_KREM = "explainer-kremenchuk-refinery-target"
EXPL_KREM_H = "Explainer: Why Kremenchuk keeps being targeted"
EXPL_KREM_P = ["Kremenchuk, a city of about 200,000 people on the Dnipro river, is home to Ukraine\u2019s largest oil refinery, and Russia has struck it again and again since 2022.",
               "The refinery supplies fuel to the army as well as to civilian customers, which Moscow cites to justify the attacks, although this morning\u2019s missiles also hit housing nearby.",
               "Ukraine has moved much of its fuel production into smaller, dispersed units, but the plant remains a symbolic and practical target."]

# ---------------------------------------------------------------- 15420 Orchardline Courier (day 1)
SEEDS.append(dict(
  id="15420", name="15420_orchardline-textlive", ext="txt", source="Orchardline Courier", zone="Europe/London", render=r_orchardline,
  title="Ukraine war live: Kremenchuk death toll rises to eight after Russian missile strike", dateline="Tuesday 14 December 2027",
  lede="Russian missiles hit a residential district and the refinery zone of the central Ukrainian city; the EU agrees a new sanctions package.",
  basis="'{s}' line before the headline (GMT = UTC) under the dateline 'Tuesday 14 December 2027'; local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, newest first; Key Points block lists two headlines (15420-01, 15420-03); each post is a 'HH:MM GMT' line, "
        "the headline, the body, then 'Reporting by NAME' (author). 15420-04 is a 'Watch:' teaser whose body is only a video marker. 15420-02 is a theme "
        "piece (explainer on why Kremenchuk's refinery is a target): it mentions this morning's strike but is its own story. Zelensky's reaction "
        "(15420-06) is about the attack itself, so it shares the Kremenchuk story. Germany's IRIS-T pledge (15420-05) must not merge with Sybiha's "
        "Patriot appeal on 15421 (same air-defence theme, different event).",
  not_entries=["outlet name and navigation", "'LIVE' label", "page title", "dateline", "lede", "'Key Points' block (its lines repeat entry headlines)",
               "'Latest' label", "video marker '[Video: 1 min 12 sec]' of the teaser", "'Reporting by ...' lines", "newsletter promo after the third post",
               "'Show earlier posts'", "footer"],
  entries=[
  E("2027-12-14 17:20", "Kremenchuk death toll rises to eight",
    ["Eight people are now known to have died in this morning\u2019s Russian missile strike on Kremenchuk, the head of the Poltava regional administration said, after rescuers pulled two more bodies from a collapsed apartment block.",
     "More than 40 people were injured, 11 of them seriously."],
    "strikes", "strikes", 3, KREM, a="Harriet Lowe", kp=True, n="toll 8"),
  E("2027-12-14 15:45", EXPL_KREM_H, EXPL_KREM_P, "strikes", "strikes", 2, EXPL_KREM, a="Tom Ashby",
    n="theme piece (explainer); mentions the Kremenchuk strike but is its own story: must not merge with it"),
  E("2027-12-14 13:30", "EU agrees 25th package of sanctions on Russia",
    ["EU foreign ministers meeting in Brussels have approved a 25th package of sanctions against Russia, targeting another 90 shadow-fleet tankers and several Chinese suppliers of drone components.",
     "Kaja Kallas, the EU\u2019s foreign policy chief, said the package would \u2018raise the cost of every missile fired at Ukrainian cities\u2019."],
    "diplomacy", "diplomacy", 3, EUSANC, a="Harriet Lowe", kp=True),
  E("2027-12-14 11:05", "Watch: Rescuers search the rubble in Kremenchuk", [], "strikes", "strikes", 1, KREM, n="teaser without body (video only)"),
  E("2027-12-14 10:10", "Germany to send two more IRIS-T systems",
    ["Germany will deliver two additional IRIS-T air defence systems to Ukraine before the end of February, Defence Minister Boris Pistorius said in Berlin."],
    "aid", "aid", 3, "germany-iris-t-pledge-2027-12-14", a="Tom Ashby",
    n="major aid pledge; must not merge with Sybiha's Patriot appeal (15421-03): same air-defence theme, different event"),
  E("2027-12-14 07:40", "Zelensky: \u2018Russia chose a residential district again\u2019",
    ["President Volodymyr Zelensky said Russia had deliberately aimed at a residential district of Kremenchuk, where three people were killed and dozens injured in the morning attack.",
     "He said two ballistic missiles had not been intercepted."],
    "strikes", "strikes", 3, KREM, a="Harriet Lowe", n="reaction whose content is the attack: same story; toll 3"),
  E("2027-12-14 06:15", "Russian missiles hit Kremenchuk",
    ["Russia struck the central city of Kremenchuk with ballistic and cruise missiles shortly after 7am local time, regional officials said, hitting the area around the oil refinery and a residential neighbourhood.",
     "At least three people were killed."],
    "strikes", "strikes", 3, KREM, a="Tom Ashby", n="first report; toll 3"),
  ]))

# ---------------------------------------------------------------- 15421 Duneholt Post (day 1)
SEEDS.append(dict(
  id="15421", name="15421_duneholt-ldlive", ext="html", source="Duneholt Post", zone="Europe/Kyiv", render=r_duneholt,
  title="Russia\u2019s war: missile strike on Kremenchuk, sanctions in Brussels", url="https://duneholt-post.example/live/2027-12-14",
  lede="We follow the day\u2019s events as they happen.",
  basis="visible stamp 'Updated {s}' (date and time, no zone printed; Kyiv time, EET = UTC+2, confirmed by the JSON-LD update datePublished '+02:00'); local {d} in {z}",
  notes="Invented outlet (Ukraine, English edition). HTML live blog, oldest first. LiveBlogPosting JSON-LD lists every update with headline, "
        "author and datePublished (+02:00). Visible stamp 'Updated <time>14.12.2027, 08:30</time>' (stamp = the <time> text), author line under "
        "the h2. 15421-01 (overnight drone strike on a gas production site in the Poltava region) is the same region as Kremenchuk but another strike: "
        "must not merge. 15421-03 (Sybiha's appeal for Patriots) mentions Kremenchuk but is its own aid story. 15421-06 repeats 15421-04 nearly "
        "verbatim (duplicate_of 15421-04; 'continued to dig' -> 'kept digging').",
  not_entries=["logo and navigation", "page title", "lead paragraph", "'Updated' labels", "donation box after the second post", "'The live blog continues tomorrow.'", "footer"],
  entries=[
  E("2027-12-14 08:30", "Drones hit gas production site in Poltava region overnight",
    ["Russian drones struck a gas production facility in the Poltava region overnight, causing a fire that took firefighters four hours to put out, the regional administration said.",
     "No one was injured. The company that runs the site said output would be cut for several days."],
    "strikes", "strikes", 3, POLTGAS, a="Iryna Savchuk", n="same region as Kremenchuk, other strike: must not merge with the Kremenchuk missile strike"),
  E("2027-12-14 09:20", "Kremenchuk: three dead, dozens injured after missile strike",
    ["Three people were killed and at least 27 injured when Russian missiles hit Kremenchuk early on Tuesday, the city\u2019s mayor said.",
     "A nine-storey apartment building partly collapsed, and fires broke out in the industrial zone near the refinery."],
    "strikes", "strikes", 3, KREM, a="Iryna Savchuk", n="toll 3"),
  E("2027-12-14 10:30", "Sybiha calls on allies to release more Patriot systems",
    ["Foreign Minister Andrii Sybiha urged partners to send Ukraine more Patriot systems and missiles, saying the morning attack on Kremenchuk had exposed gaps in the country\u2019s defence against ballistic missiles."],
    "aid", "aid", 2, "sybiha-patriot-appeal-2027-12-14", a="Marko Danylenko", sec=["diplomacy"],
    n="appeal for air defence; mentions Kremenchuk but is its own story; must not merge with Germany's IRIS-T pledge (15420-05)"),
  E("2027-12-14 13:10", "Kremenchuk toll rises to six",
    ["The number of dead in Kremenchuk has risen to six, the State Emergency Service said, as rescuers continued to dig through the collapsed section of the apartment block."],
    "strikes", "strikes", 3, KREM, a="Marko Danylenko", n="toll 6"),
  E("2027-12-14 15:20", "EU ministers back new sanctions package",
    ["The EU\u2019s 25th sanctions package has been approved by foreign ministers in Brussels, Ukraine\u2019s Foreign Ministry said, welcoming the new listings of tankers and drone-part suppliers."],
    "diplomacy", "diplomacy", 3, EUSANC, a="Iryna Savchuk"),
  E("2027-12-14 16:40", "Kremenchuk toll rises to six",
    ["The number of dead in Kremenchuk has risen to six, the State Emergency Service said, as rescuers kept digging through the collapsed section of the apartment block."],
    "strikes", "strikes", 1, KREM, a="Marko Danylenko", dup="15421-04", n="near-verbatim repeat of 15421-04"),
  E("2027-12-14 18:05", "Ukrainian forces repel assault near Kupiansk, General Staff says",
    ["Ukrainian troops repelled a Russian mechanised assault near Kupiansk and destroyed several armoured vehicles, the General Staff said in its evening update."],
    "other", "frontline", 2, "kupiansk-assault-repelled-2027-12-14", a="Marko Danylenko"),
  ]))

# ---------------------------------------------------------------- 15422 Mossbridge World Service (day 1, general world feed)
SEEDS.append(dict(
  id="15422", name="15422_mossbridge-worldrss", ext="xml", source="Mossbridge World Service", zone="UTC", render=r_worldrss, rfc="GMT",
  title="Mossbridge World Service \u2013 World", url="https://mossbridge-world.example", guid="mws-20271214",
  lede="Top international stories from the Mossbridge World Service newsroom",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, no authors. Only two of six items are about the war "
        "(Kremenchuk toll, spelled 'Kremenchug'; EU sanctions); four are off-beat.",
  not_entries=["channel title/link/description/language/ttl", "item link, guid, category and media:thumbnail elements"],
  entries=[
  OFF("2027-12-14 20:15", "Chile to review copper royalties paid by foreign miners",
      ["Chile\u2019s government said it would review the royalty rates paid by foreign copper miners, sending shares in several mining companies lower."],
      "chile-copper-royalty-review-2027-12", n="Latin American economy"),
  E("2027-12-14 18:40", "Death toll in Ukraine\u2019s Kremenchug climbs to eight",
    ["Eight people have died after a Russian missile strike on the Ukrainian city of Kremenchug, local authorities said on Tuesday evening."],
    "strikes", "strikes", 3, KREM, n="spelling 'Kremenchug'; toll 8"),
  OFF("2027-12-14 16:05", "Typhoon forces mass evacuations in southern Philippines",
      ["Tens of thousands of people were moved to shelters on Mindanao as a late-season typhoon approached with winds of up to 150 km/h."],
      "philippines-typhoon-evacuations-2027-12", n="weather"),
  E("2027-12-14 14:20", "EU adopts new Russia sanctions aimed at shadow fleet",
    ["The European Union on Tuesday adopted its 25th round of sanctions against Russia over the war in Ukraine, adding dozens of tankers to its blacklist."],
    "diplomacy", "diplomacy", 3, EUSANC),
  OFF("2027-12-14 11:30", "Japan\u2019s exports rise for fourth month on chip equipment demand",
      ["Japanese exports grew 6.1% in November from a year earlier, led by shipments of semiconductor equipment to the rest of Asia."],
      "japan-exports-november-2027", n="economy"),
  OFF("2027-12-14 09:10", "Kenyan marathoner named world athlete of the year",
      ["Kenyan marathon runner Mercy Wanjiru has been named female athlete of the year at the World Athletics awards in Monaco."],
      "world-athletics-awards-2027", n="sport"),
  ]))

# ---------------------------------------------------------------- 15423 Inchcombe Review (day 1, article with sections)
SEEDS.append(dict(
  id="15423", name="15423_inchcombe-article", ext="txt", source="Inchcombe Review", zone="Europe/Berlin", render=r_inchcombe,
  title="Missiles on Kremenchug, new sanctions in Brussels: Tuesday in the war",
  lede="A deadly strike on a refinery city, a second attack in the same region and a new round of EU measures against Moscow.",
  byline="Lena Hartwig", dateline="14 December 2027, 16:45 CET",
  more="Read more: Our dossier on the war in Ukraine",
  basis="no per-section time; the article dateline '14 December 2027, 16:45 CET' (CET = UTC+1) applies to every section; local {d} in {z}",
  notes="Invented outlet (Germany, English edition). Text article with three section headings, one entry per section (headline = heading), stamp null, "
        "published = the dateline time; the page byline is every section's author. Spells the city 'Kremenchug' (with 'Kremenchuk in Ukrainian' in "
        "brackets). Section 2 is the Poltava-region gas-site drone strike, which must not merge with the Kremenchuk missile strike (same region, "
        "different attack, different weapon).",
  not_entries=["outlet name and navigation", "breadcrumb 'World / Ukraine'", "title", "lede", "byline", "dateline", "'Print · Share · Save'",
               "'Read more: Our dossier ...' link", "footer"],
  entries=[
  E("2027-12-14 16:45", "Deadly strike on Kremenchug",
    ["At least six people were killed when Russian missiles struck Kremenchug (Kremenchuk in Ukrainian) early on Tuesday, Ukrainian emergency services said.",
     "The attack hit a residential block close to the city\u2019s oil refinery, which Russia has targeted many times."],
    "strikes", "strikes", 3, KREM, a="Lena Hartwig", n="spelling 'Kremenchug'; toll 6"),
  E("2027-12-14 16:45", "A second blow to the Poltava region",
    ["Hours before the missile attack, drones struck a gas production site elsewhere in the Poltava region and set it on fire, according to the regional governor.",
     "Officials said the two attacks differed in both target and weapon."],
    "strikes", "strikes", 3, POLTGAS, a="Lena Hartwig", n="same region, other strike: must not merge with the Kremenchuk missile strike"),
  E("2027-12-14 16:45", "Brussels tightens the screws",
    ["EU foreign ministers agreed a 25th sanctions package that targets the tanker fleet carrying Russian oil and firms supplying drone parts."],
    "diplomacy", "diplomacy", 3, EUSANC, a="Lena Hartwig"),
  ]))


ZAPBUS = "zaporizhzhia-bus-station-glide-bomb-strike-2027-12-15"
SWAP = "prisoner-exchange-157-uae-2027-12-15"
ORIKHIV = "orikhiv-district-drone-strike-2027-12-15"

# ---------------------------------------------------------------- 15430 Pebblecombe Herald (day 2)
SEEDS.append(dict(
  id="15430", name="15430_pebblecombe-htmllive", ext="html", source="Pebblecombe Herald", zone="Europe/Warsaw", render=r_pebblecombe,
  title="War in Ukraine, day by day: glide bombs hit Zaporizhzhia bus station", dateline="Wednesday, 15 December 2027",
  lede="Live updates on Russia\u2019s war against Ukraine from our Warsaw newsroom.",
  basis="'{s}' in the stamp span above the h2 (CET = UTC+1) on the page date 'Wednesday, 15 December 2027'; local {d} in {z}",
  notes="Invented outlet (Poland, English). HTML live blog without JSON-LD, newest first; 'HH:MM CET' span above each h2; signature '\u2014 NAME' after "
        "the body (author). 15430-02 is a 'Photos:' gallery teaser without text. 15430-03 continues day 1's Kremenchuk strike (search over, tenth "
        "body): same story slug as day 1, rated for day 2. Poland's training offer (15430-06) is a separate aid story.",
  not_entries=["cookie bar", "brand and navigation", "'LIVE' kicker", "page title", "page date", "lead", "gallery button of the teaser",
               "'\u2014 NAME' signatures", "'More on this topic' box after the third entry", "link to Tuesday's live coverage", "footer"],
  entries=[
  E("2027-12-15 18:10", "Zaporizhzhia toll rises to seven",
    ["Seven people are now confirmed dead after Russian glide bombs hit the central bus station in Zaporizhzhia, regional governor Ivan Fedorov said.",
     "Twenty-nine were injured, among them a bus driver who remains in a critical condition."],
    "strikes", "strikes", 3, ZAPBUS, a="Agata Wi\u015bniewska", n="toll 7"),
  E("2027-12-15 15:30", "Photos: Zaporizhzhia bus station after the strike", [], "strikes", "strikes", 1, ZAPBUS, n="teaser without body (gallery)"),
  E("2027-12-15 13:05", "Kremenchuk buries its dead as search ends",
    ["Rescuers in Kremenchuk ended their search of the collapsed apartment block on Wednesday morning after recovering a tenth body, the emergency service said.",
     "The city held the first funerals as two days of mourning began."],
    "strikes", "strikes", 3, KREM, a="Piotr Malec", n="continuation of day 1 (new development: search over, toll 10, mourning)"),
  E("2027-12-15 12:20", "Ukraine and Russia swap 157 prisoners each after UAE mediation",
    ["Ukraine and Russia exchanged 157 prisoners of war each in a swap mediated by the United Arab Emirates, President Volodymyr Zelensky said.",
     "Most of the Ukrainians freed had been held since 2022, he added."],
    "diplomacy", "diplomacy", 3, SWAP, a="Agata Wi\u015bniewska"),
  E("2027-12-15 10:45", "Glide bombs hit Zaporizhzhia bus station",
    ["Russian aircraft dropped guided bombs on Zaporizhzhia\u2019s central bus station in the late morning, killing two people, local officials said."],
    "strikes", "strikes", 3, ZAPBUS, a="Piotr Malec", n="first report; toll 2"),
  E("2027-12-15 08:15", "Poland to train 5,000 more Ukrainian soldiers next year",
    ["Poland will train another 5,000 Ukrainian soldiers on its territory next year under the EU training mission, the defence ministry in Warsaw said."],
    "aid", "aid", 2, "poland-training-ukrainian-soldiers-2028", a="Agata Wi\u015bniewska"),
  ]))

# ---------------------------------------------------------------- 15431 Rushwick Dispatch (day 2, Atom)
SEEDS.append(dict(
  id="15431", name="15431_rushwick-atom", ext="xml", source="Rushwick Dispatch", zone="Europe/Kyiv", render=r_atom,
  title="Rushwick Dispatch \u2014 Ukraine", url="https://rushwick-dispatch.example", lede="Reporting from Ukraine",
  basis="Atom <published> '{s}' (explicit +02:00 = Kyiv winter time); local {d} in {z}",
  notes="Invented outlet (Kyiv-based). Atom feed, newest first, <published> with +02:00, <author> per entry, escaped HTML content. The Orikhiv-district "
        "drone strike (15431-02) is in the same region as the Zaporizhzhia bus-station strike but is another attack: must not merge. 15431-05 continues "
        "day 1's Kremenchuk strike (rescue over, toll 10).",
  not_entries=["feed title, subtitle, links, id and updated", "entry link, id, updated and category elements"],
  entries=[
  E("2027-12-15 21:40", "Zaporizhzhia bus station strike: death toll at seven, 29 injured",
    ["The death toll from the glide-bomb attack on Zaporizhzhia\u2019s bus station has reached seven, with 29 people injured, the regional military administration said in the evening."],
    "strikes", "strikes", 3, ZAPBUS, a="Oleh Marchenko", n="toll 7"),
  E("2027-12-15 19:10", "Orikhiv district: drone kills tractor driver",
    ["A Russian FPV drone killed a 58-year-old tractor driver in a village in the Orikhiv district of the Zaporizhzhia region in the morning, Governor Ivan Fedorov said."],
    "strikes", "strikes", 3, ORIKHIV, a="Daria Bondar", n="deadly strike; same region, other attack: must not merge with the Zaporizhzhia bus-station strike"),
  E("2027-12-15 14:25", "157 for 157: prisoners return home",
    ["One hundred and fifty-seven Ukrainian soldiers and civilians came home on Wednesday in an exchange with Russia brokered by the United Arab Emirates, the Coordination Headquarters for the Treatment of Prisoners of War said."],
    "diplomacy", "diplomacy", 3, SWAP, a="Daria Bondar"),
  E("2027-12-15 12:50", "Zaporizhzhia: five killed as guided bombs hit bus station",
    ["Five people were killed and at least 20 injured when Russia struck the bus station in central Zaporizhzhia with guided aerial bombs, officials said."],
    "strikes", "strikes", 3, ZAPBUS, a="Oleh Marchenko", n="toll 5"),
  E("2027-12-15 09:05", "Kremenchuk rescue operation completed, toll stands at 10",
    ["The rescue operation at the destroyed apartment block in Kremenchuk is over, with the final death toll at ten, the State Emergency Service said."],
    "strikes", "strikes", 3, KREM, a="Daria Bondar", n="continuation of day 1 (new development)"),
  ]))

# ---------------------------------------------------------------- 15432 Slatebrook Evening News (day 2, Sydney text live crossing local midnight)
SEEDS.append(dict(
  id="15432", name="15432_slatebrook-textlive", ext="txt", source="Slatebrook Evening News", zone="Australia/Sydney", render=r_slatebrook,
  title="Ukraine war live: deadly strike on Zaporozhye bus station", byline="By Jess Tran",
  lede="Follow our overnight coverage of Russia\u2019s war in Ukraine.",
  basis="'{s}' line before the headline (AEDT = UTC+11 per the printed note 'All times AEDT') under the nearest date header above it; local {d} in {z}",
  notes="Invented outlet (Australia). Text live blog, oldest first, stamps like '8.05pm' under date headers; it crosses LOCAL midnight: posts after "
        "the header 'Thursday 16 December 2027' are on 16 December in Sydney but still on 15 December UTC. One page byline 'By Jess Tran' used as "
        "every entry's author. Spells the city 'Zaporozhye'. 15432-02 re-posts day 1's explainer 15420-02 verbatim (syndicated): importance 1, "
        "same story slug, duplicate_of null (defined within a seed only). 15432-03 is a theme piece on guided bombs that mentions Zaporizhzhia but "
        "is its own story. 15432-06 repeats 15432-04 nearly verbatim ('says' -> 'said').",
  not_entries=["outlet name and navigation", "page title", "byline 'By Jess Tran'", "note 'All times AEDT'", "lede", "date headers",
               "'Advertisement' marker", "closing line", "footer"],
  entries=[
  E("2027-12-15 20:05", "Ukraine: glide bombs strike Zaporozhye bus station",
    ["Russian glide bombs have struck the main bus station in the southern Ukrainian city of Zaporozhye, killing at least two people, according to local officials.",
     "Images posted by the regional administration show buses burning in the forecourt."],
    "strikes", "strikes", 3, ZAPBUS, a="Jess Tran", n="spelling 'Zaporozhye'; toll 2"),
  E("2027-12-15 21:30", EXPL_KREM_H, EXPL_KREM_P, "strikes", "strikes", 1, EXPL_KREM, a="Jess Tran",
    n="re-post of day-1 entry 15420-02 (Orchardline Courier explainer), syndicated verbatim"),
  E("2027-12-15 22:45", "Analysis: Can Ukraine\u2019s cities be shielded from guided bombs?",
    ["Wednesday\u2019s attack on Zaporizhzhia\u2019s bus station is the latest sign that Russia\u2019s guided bombs, once used mostly against front-line positions, are now aimed at cities.",
     "The bombs are released by aircraft flying well behind the front, out of reach of most Ukrainian air defences, and glide up to 70 kilometres to their targets.",
     "Kyiv\u2019s answer has been to strike the airfields the bombers fly from and to press allies for long-range air defence missiles, but neither has stopped the attacks."],
    "strikes", "strikes", 2, "analysis-guided-bomb-defence-cities", a="Jess Tran",
    n="theme piece (analysis); mentions the bus-station strike but is its own story: must not merge with it"),
  E("2027-12-15 23:55", "Five dead in Zaporozhye attack",
    ["The number of people killed in the attack on Zaporozhye\u2019s bus station has risen to five, Ukraine\u2019s emergency service says."],
    "strikes", "strikes", 3, ZAPBUS, a="Jess Tran", n="toll 5"),
  E("2027-12-16 00:40", "Prisoner swap: 157 Ukrainians come home",
    ["Ukraine and Russia have swapped 157 prisoners of war each, in an exchange mediated by the United Arab Emirates."],
    "diplomacy", "diplomacy", 3, SWAP, a="Jess Tran", n="local 16 December, UTC 15 December"),
  E("2027-12-16 02:15", "Five dead in Zaporozhye attack",
    ["The number of people killed in the attack on Zaporozhye\u2019s bus station has risen to five, Ukraine\u2019s emergency service said."],
    "strikes", "strikes", 1, ZAPBUS, a="Jess Tran", dup="15432-04", n="near-verbatim repeat of 15432-04"),
  E("2027-12-16 06:30", "Toll climbs to seven in Zaporozhye",
    ["Seven people have now died after the Russian strike on Zaporozhye\u2019s bus station, officials say, with 29 wounded."],
    "strikes", "strikes", 3, ZAPBUS, a="Jess Tran", n="toll 7"),
  ]))

# ---------------------------------------------------------------- 15433 Wickmere World Report (day 2, general world feed)
SEEDS.append(dict(
  id="15433", name="15433_wickmere-worldrss", ext="xml", source="Wickmere World Report", zone="America/Toronto", render=r_worldrss, rfc="num",
  title="Wickmere World Report: World", url="https://wickmere-report.example", guid="wwr-20271215",
  lede="World headlines from the Wickmere World Report",
  basis="RSS pubDate '{s}' (explicit -0500 offset = Toronto winter time); local {d} in {z}",
  notes="Invented outlet (Canada). General world RSS feed, newest first, pubDate with -0500, no authors. Two of six items are about the war "
        "(Zaporizhzhia strike spelled 'Zaporizhia'; prisoner exchange); four are off-beat.",
  not_entries=["channel title/link/description/language/ttl", "item link, guid, category and media:thumbnail elements"],
  entries=[
  E("2027-12-15 17:30", "Ukraine says seven killed in Zaporizhia bus station attack",
    ["Seven people were killed when Russian guided bombs struck a bus station in the Ukrainian city of Zaporizhia on Wednesday, regional officials said."],
    "strikes", "strikes", 3, ZAPBUS, n="spelling 'Zaporizhia'; toll 7"),
  OFF("2027-12-15 15:05", "Ottawa unveils plan to speed up housing approvals",
      ["The federal government announced new funding for municipalities that cut approval times for apartment construction."],
      "ottawa-housing-approvals-2027-12", n="Canadian politics"),
  OFF("2027-12-15 12:40", "Mexico\u2019s central bank trims rates by a quarter point",
      ["Banco de M\u00e9xico lowered its benchmark interest rate by 25 basis points, citing easing inflation."],
      "banxico-rate-cut-2027-12", n="economy"),
  E("2027-12-15 10:15", "Kyiv, Moscow exchange 157 prisoners each",
    ["Russia and Ukraine each released 157 prisoners of war on Wednesday in a swap brokered by the United Arab Emirates, both sides said."],
    "diplomacy", "diplomacy", 3, SWAP),
  OFF("2027-12-15 08:50", "Winter storm grounds flights across Atlantic Canada",
      ["Dozens of flights were cancelled in Halifax and St. John\u2019s as a winter storm brought heavy snow and high winds to the region."],
      "atlantic-canada-winter-storm-2027-12", n="weather"),
  OFF("2027-12-15 07:10", "Canadian dollar edges higher as oil climbs",
      ["The Canadian dollar strengthened slightly against its US counterpart on Wednesday as crude prices rose for a third straight session."],
      "canadian-dollar-oil-2027-12-15", n="markets"),
  ]))


NOVO = "novorossiysk-port-drone-attack-2027-12-20"
EUFUND = "eu-45-billion-ukraine-support-approval-2027-12-20"
KHARKIV20 = "kharkiv-drone-strike-repair-shop-2027-12-20"
RUSRAID = "overnight-russian-drone-raid-2027-12-20"

# ---------------------------------------------------------------- 15440 Yelford Times (day 3, general world feed, Atom)
SEEDS.append(dict(
  id="15440", name="15440_yelford-worldatom", ext="xml", source="Yelford Times", zone="UTC", render=r_atom,
  title="Yelford Times \u2014 World news", url="https://yelford-times.example", lede="The world in brief, updated through the day",
  basis="Atom <published> '{s}' (UTC, Z); local {d} in {z}",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in UTC ('Z'), no authors. Two of six items are about the war "
        "(Novorossiysk raid with the navy's frigate claim; EU funding approval); four are off-beat.",
  not_entries=["feed title, subtitle, links, id and updated", "entry link, id, updated and category elements"],
  entries=[
  OFF("2027-12-20 21:10", "Argentina\u2019s Congress passes labour reform after all-night session",
      ["Argentina\u2019s lower house approved a labour reform bill after a session that ran through the night, sending it to the Senate."],
      "argentina-labour-reform-2027-12", n="Latin American politics"),
  E("2027-12-20 18:30", "Ukraine claims hit on Russian frigate in Novorossiysk drone raid",
    ["Ukraine\u2019s navy said its sea drones damaged a Russian frigate during an overnight attack on the port of Novorossiysk, a claim Moscow did not address.",
     "Russian officials said five people were injured and that a fire at the oil terminal had been put out."],
    "strikes", "strikes", 3, NOVO, n="frigate claim; five injured"),
  OFF("2027-12-20 15:45", "Heavy snow closes Alpine passes ahead of holiday travel",
      ["Several mountain passes in Switzerland and Austria were closed after more than a metre of snow fell over the weekend."],
      "alpine-snow-pass-closures-2027-12", n="weather"),
  E("2027-12-20 12:20", "EU signs off \u20ac45 billion for Ukraine for the next two years",
    ["EU finance ministers formally approved \u20ac45 billion in loans and grants for Ukraine for 2028 and 2029, clearing the last hurdle after leaders agreed the deal last week."],
    "aid", "aid", 3, EUFUND),
  OFF("2027-12-20 09:05", "India\u2019s central bank signals pause in rate cuts",
      ["The Reserve Bank of India\u2019s governor said the central bank would wait for more data before cutting interest rates again."],
      "india-rbi-rate-pause-2027-12", n="economy"),
  OFF("2027-12-20 06:40", "Seoul stocks close at record on chipmaker rally",
      ["South Korea\u2019s main stock index closed at a record high, lifted by gains in the country\u2019s two largest chipmakers."],
      "seoul-stocks-record-2027-12-20", n="markets"),
  ]))

# ---------------------------------------------------------------- 15441 Merriot Ledger (day 3, text live, no year printed)
SEEDS.append(dict(
  id="15441", name="15441_merriot-textlive", ext="txt", source="Merriot Ledger", zone="Europe/Kyiv", render=r_merriot,
  title="Ukraine live: drones strike Russia\u2019s Novorossiysk port", dateline="Monday, December 20", parse_args=["--date", "2027-12-20"],
  lede="Ukrainian drones set fire to an oil terminal on Russia\u2019s Black Sea coast; Russia sends 120 drones against Ukraine.",
  basis="bare stamp '{s}' before the headline (EET = UTC+2 per the printed note 'All times EET (Kyiv).') on 'Monday, December 20' (no year printed; parse_args gives 2027-12-20); local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first; date line 'Monday, December 20' with NO year anywhere (parse_args --date 2027-12-20); "
        "note 'All times EET (Kyiv).'; bare '7:45 a.m.' line before each headline; 'By NAME' after the body (author). 15441-03 is a 'Watch:' teaser "
        "whose body is only '[Video]'. 15441-01 (Russia's raid on Ukraine) must not merge with the Novorossiysk attack (drones the other way); "
        "15441-04 (Afipsky refinery fire, same Krasnodar region) is another strike; 15441-05 is a theme piece on the sea-drone campaign that mentions "
        "Novorossiysk. 15441-07 repeats 15441-06 nearly verbatim ('suspended' -> 'halted').",
  not_entries=["outlet name and navigation", "page title", "date line", "note 'All times EET (Kyiv).'", "lede", "'[Video]' marker", "'By NAME' lines",
               "'Sponsored content' marker", "'This blog is now closed.'", "footer"],
  entries=[
  E("2027-12-20 06:10", "Russia launches 120 drones at Ukraine overnight",
    ["Russia sent 120 attack drones and two ballistic missiles against Ukraine overnight, the air force said, and 96 of the drones were downed or jammed.",
     "Damage was reported in the Sumy and Chernihiv regions, with no deaths."],
    "strikes", "strikes", 3, RUSRAID, a="Chloe Barnard", n="Russia's raid on Ukraine; must not merge with the Novorossiysk attack (drones the other way)"),
  E("2027-12-20 07:45", "Drones attack Novorossiysk; fire at oil terminal",
    ["Ukrainian sea and air drones attacked the Russian Black Sea port of Novorossiysk overnight, setting fire to part of the oil terminal, according to the Krasnodar region\u2019s emergency headquarters.",
     "Two people were injured. Russia\u2019s Defence Ministry said 41 drones were shot down over the region and the Black Sea."],
    "strikes", "strikes", 3, NOVO, a="Chloe Barnard", n="first report; two injured"),
  E("2027-12-20 08:30", "Watch: Fire at Novorossiysk oil terminal", [], "strikes", "strikes", 1, NOVO, n="teaser without body (video only)"),
  E("2027-12-20 10:20", "Drone debris sparks fire at Afipsky refinery",
    ["Falling drone debris started a fire at the Afipsky oil refinery in Russia\u2019s Krasnodar region, local officials said, adding that it was put out within two hours."],
    "strikes", "strikes", 2, "afipsky-refinery-drone-fire-2027-12-20", a="Daniel Okoro",
    n="same region as Novorossiysk, other strike: must not merge with the Novorossiysk attack"),
  E("2027-12-20 12:05", "Explainer: Four years of Ukraine\u2019s sea-drone war",
    ["Monday\u2019s attack on Novorossiysk is the latest chapter in a naval campaign that Ukraine has fought almost entirely with unmanned boats.",
     "Sea drones have sunk or damaged a string of Russian warships and pushed the Black Sea Fleet out of Sevastopol as its main base.",
     "Newer models carry missiles and small aerial drones of their own, which lets them hit targets far from the coast."],
    "strikes", "strikes", 2, "explainer-ukraine-sea-drone-war-four-years", a="Daniel Okoro",
    n="theme piece (explainer); mentions Novorossiysk but is its own story: must not merge with the attack"),
  E("2027-12-20 14:40", "Novorossiysk: five injured, oil loadings halted",
    ["Five people are now reported injured after the overnight drone attack on Novorossiysk, and oil loadings at the port\u2019s main terminal have been suspended, the port operator said."],
    "strikes", "strikes", 3, NOVO, a="Chloe Barnard", n="five injured; loadings halted"),
  E("2027-12-20 16:10", "Novorossiysk: five injured, oil loadings halted",
    ["Five people are now reported injured after the overnight drone attack on Novorossiysk, and oil loadings at the port\u2019s main terminal have been halted, the port operator said."],
    "strikes", "strikes", 1, NOVO, a="Chloe Barnard", dup="15441-06", n="near-verbatim repeat of 15441-06"),
  E("2027-12-20 19:20", "Drone strike on Kharkiv kills two",
    ["A Russian drone hit a car repair shop in Kharkiv\u2019s Slobidskyi district, killing two people, Mayor Ihor Terekhov said."],
    "strikes", "strikes", 3, KHARKIV20, a="Daniel Okoro"),
  ]))

# ---------------------------------------------------------------- 15442 Hazelbury Wire (day 3, agency RSS)
SEEDS.append(dict(
  id="15442", name="15442_hazelbury-rss", ext="xml", source="Hazelbury Wire", zone="Europe/Istanbul", render=r_worldrss, rfc="num",
  title="Hazelbury Wire \u2013 Russia-Ukraine war", url="https://hazelbury-wire.example", guid="hzw-20271220",
  lede="Agency copy on the war in Ukraine, from our Istanbul desk",
  basis="RSS pubDate '{s}' (explicit +0300 offset = Istanbul time); local {d} in {z}",
  notes="Invented outlet (news agency, Istanbul). RSS 2.0, newest first, pubDate with +0300, dc:creator per item. Spells the port 'Novorossiisk' in "
        "15442-03. 15442-05 is Moscow's claim about the attack (drones downed over the Krasnodar region, fire at the Novorossiysk terminal): same story "
        "as the attack. Turkey's offer of shipping talks (15442-04) is a separate diplomatic story.",
  not_entries=["channel title/link/description/language/ttl", "item link, guid, category and media:thumbnail elements"],
  entries=[
  E("2027-12-20 22:15", "Kharkiv drone attack kills two, mayor says",
    ["Two people were killed when a Russian drone struck a repair shop in the Ukrainian city of Kharkiv on Monday evening, Mayor Ihor Terekhov said."],
    "strikes", "strikes", 3, KHARKIV20, a="Selin Aksoy"),
  E("2027-12-20 18:50", "EU approves \u20ac45 billion funding for Ukraine",
    ["The European Union gave final approval on Monday to \u20ac45 billion in financial support for Ukraine covering 2028 and 2029."],
    "aid", "aid", 3, EUFUND, a="Marta Kowal"),
  E("2027-12-20 15:30", "Novorossiisk port halts oil loadings after drone raid",
    ["Oil loadings at Russia\u2019s Novorossiisk port were suspended on Monday after an overnight attack by Ukrainian drones damaged the terminal, the operator said.",
     "Tankers waiting offshore were told to stay at anchor."],
    "strikes", "strikes", 3, NOVO, a="Selin Aksoy", n="spelling 'Novorossiisk'"),
  E("2027-12-20 11:40", "Turkey offers to host talks on Black Sea shipping safety",
    ["Turkey is ready to host talks between Russia and Ukraine on the safety of commercial shipping in the Black Sea, a Turkish Foreign Ministry spokesman said."],
    "diplomacy", "diplomacy", 2, "turkey-black-sea-shipping-talks-offer-2027-12-20", a="Selin Aksoy"),
  E("2027-12-20 08:20", "Russia says 41 Ukrainian drones downed over Krasnodar region",
    ["Russian air defences destroyed 41 Ukrainian drones overnight over the Krasnodar region and the Black Sea, the Defence Ministry in Moscow said.",
     "Officials in Novorossiysk reported a fire at the port\u2019s oil terminal."],
    "strikes", "strikes", 3, NOVO, a="Marta Kowal", n="official claim about the attack: same story"),
  ]))

# ---------------------------------------------------------------- 15443 Kingsdown Journal (day 3, HTML live)
SEEDS.append(dict(
  id="15443", name="15443_kingsdown-htmllive", ext="html", source="Kingsdown Journal", zone="Europe/London", render=r_kingsdown,
  title="Ukraine war: Kyiv says Russian frigate hit in Novorossiysk raid \u2013 live", url="https://kingsdown-journal.example/world/live/ukraine-20-december-2027",
  dateline="Monday 20 December 2027", lede="Rolling coverage of the day\u2019s events in Russia\u2019s war in Ukraine.",
  basis="visible '{s}' in <time> above the h3 (GMT = UTC) under the dateline 'Monday 20 December 2027'; the JSON-LD update times are the page's, not the entries'; local {d} in {z}",
  notes="Invented outlet (UK). HTML live blog, newest first. LiveBlogPosting JSON-LD lists updates with articleBody only and the PAGE's datePublished on "
        "every update (same value for all, so no per-entry time there); per-entry times come from the visible '<time>20:30 GMT</time>'. Signature "
        "line after the body (author). 15443-05 (Russia's overnight raid on Ukraine) must not merge with the Novorossiysk attack.",
  not_entries=["header and navigation", "page title", "dateline", "standfirst", "newsletter promo after the second entry", "signature lines", "footer"],
  entries=[
  E("2027-12-20 20:30", "Kharkiv: two killed in drone strike",
    ["Two people died when a Russian drone hit a workshop in Kharkiv this evening, the city\u2019s mayor said."],
    "strikes", "strikes", 3, KHARKIV20, a="Rhys Pemberton"),
  E("2027-12-20 16:15", "Navy says Russian frigate hit at Novorossiysk",
    ["Ukraine\u2019s navy says one of Russia\u2019s Admiral Grigorovich-class frigates was damaged in the overnight raid on Novorossiysk, and has released a grainy video it says shows the moment of impact.",
     "Moscow has not commented on the claim."],
    "strikes", "strikes", 3, NOVO, a="Alys Moran", n="frigate claim"),
  E("2027-12-20 11:50", "EU ministers set to sign off Ukraine funding",
    ["EU finance ministers are expected to give final approval this afternoon to \u20ac45 billion in support for Ukraine over the next two years."],
    "aid", "aid", 3, EUFUND, a="Alys Moran"),
  E("2027-12-20 07:20", "Ukrainian drones target Novorossiysk",
    ["Explosions were heard overnight in the Russian port city of Novorossiysk, where the regional authorities say a fire broke out at the oil terminal after a Ukrainian drone attack."],
    "strikes", "strikes", 3, NOVO, a="Rhys Pemberton"),
  E("2027-12-20 06:05", "Ukraine reports 120-drone overnight raid",
    ["Russia launched 120 drones and two ballistic missiles at Ukraine overnight, according to Ukraine\u2019s air force, which said most of the drones were brought down."],
    "strikes", "strikes", 3, RUSRAID, a="Rhys Pemberton", n="must not merge with the Novorossiysk attack (drones the other way)"),
  ]))

if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds the eval/gb seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own invented wording, set in July 2030 with the war still under
way. Part A imitates, from memory, the page layouts of ten real outlets; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/gb/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "U.K.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: local time 'YYYY-MM-DD HH:MM[:SS]' in the page zone, headline (or None), body paragraphs, labels."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    """an item not about the war (off-beat)"""
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


def ampm(d, sep=":", space="", style="lower"):
    """12-hour clock: style 'lower' -> 4:03pm, 'upper' -> 4:03 PM (with space=' '), 'dots' -> 4:03 p.m."""
    hh = d.hour % 12 or 12
    suf = "am" if d.hour < 12 else "pm"
    if style == "upper":
        suf = suf.upper()
    elif style == "dots":
        suf = suf[0] + "." + suf[1] + "."
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


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


def iso_z(d):
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def slugify(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")
    s = s.replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70]


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_independent(S):
    """The Independent live blog, text scrape. Masthead/menu, breadcrumb, title, standfirst, page byline and header stamp
    'Monday 01 July 2030 21:05 BST', video caption, lede paragraphs, a 'Key Points' block that lists post headlines (no
    bullets), 'Show latest update'; posts newest first: headline, body, optional photo credit, then the fused stamp line
    'NAME1 July 2030 20:52' (author glued to the date, UK local time, no zone)."""
    z = S["zone"]; order_check(S, True); up = dt(S["updated"], z)
    L = ["Skip to main content", "The Independent", "Subscribe", "Sign in", "News", "Sport", "Voices", "Culture", "Lifestyle", "Travel",
         "Premium", "Money", "Shopping", "", "News", "World", "Europe", "", S["title"], S["standfirst"], "", S["byline"],
         f"{DAYS_EN[up.weekday()]} {up.day:02d} {MONTHS[up.month - 1]} {up.year} {up:%H:%M} {up.tzname()}", "Comments", "",
         S["video"], ""] + ptxt(S["lede"]) + ["Key Points"] + [e["h"] for e in S["entries"] if e["kp"]] + ["Show latest update", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{e['a']}{d.day} {MONTHS[d.month - 1]} {d.year} {d:%H:%M}"; stamps.append(st)
        L += [e["h"]] + e["p"]
        if e.get("credit"):
            L.append(e["credit"])
        L.append(st)
        if i == 2:
            L += ["Sign up to our free Ukraine briefing email for the latest news and analysis", "Sign up"]
    L += ["", "Show older updates", "", "More about", "Ukraine", "Russia", "Volodymyr Zelensky", "Kharkiv", "",
          "Join our commenting forum", "", "Most popular", "", f"\u00a9 {up.year} The Independent"]
    return "\n".join(L) + "\n", stamps


def r_trt_rss(S):
    """TRT World RSS 2.0: pubDate with the Istanbul offset (+0300), plain one-paragraph description, category, media:content,
    numeric guid, no authors."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.trtworld.com</link>',
           '<description>TRT World brings you breaking news, analysis and features from around the world.</description>',
           '<language>en</language>', '<copyright>TRT World</copyright>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>',
           '<atom:link href="https://www.trtworld.com/rss/europe" rel="self" type="application/rss+xml"/>',
           '<image><url>https://www.trtworld.com/images/trtworld-logo.png</url><title>TRT World</title><link>https://www.trtworld.com</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        nid = 18406611 - i * 23
        url = f"https://www.trtworld.com/{e['sec_path']}/{slugify(e['h'])}-{nid}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>', f'<guid isPermaLink="false">{nid}</guid>',
                f'<description>{esc(" ".join(e["p"]))}</description>', f'<pubDate>{st}</pubDate>', f'<category>{esc(e["cat"])}</category>',
                f'<media:content url="https://cdn-i.trtworld.com/images/{nid}_0-0-1280-720.jpg" medium="image" type="image/jpeg" width="1280" height="720"/>',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_euronews(S):
    """Euronews article page, HTML with NewsArticle JSON-LD. Visible 'Published on 05/07/2030 - 11:48 GMT+2\u2022Updated 14:02',
    byline 'By Euronews with AP, AFP', photo caption with copyright, share widgets, summary paragraph, h2 sections (one entry
    each, no per-section time), ADVERTISEMENT markers, 'You might also like' links."""
    z = S["zone"]; pub = dt(S["published"], z); upd = dt(S["updated"], z)
    off = int(pub.utcoffset().total_seconds() // 3600)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": S["url"]},
          "headline": S["title"], "description": S["summary"], "datePublished": pub.isoformat(), "dateModified": upd.isoformat(),
          "image": {"@type": "ImageObject", "url": "https://static.euronews.com/articles/stories/09/11/72/40/1200x675_cmsv2_a1e9c2.jpg", "width": 1200, "height": 675},
          "author": [{"@type": "Organization", "name": "Euronews"}],
          "publisher": {"@type": "Organization", "name": "Euronews", "logo": {"@type": "ImageObject", "url": "https://static.euronews.com/website/images/euronews-logo.png"}},
          "articleSection": "Europe", "inLanguage": "en-GB"}
    stamp = f"{pub:%d/%m/%Y} - {pub:%H:%M} GMT+{off}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Euronews</title>',
           f'<meta name="description" content="{attr(S["summary"])}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="c-header"><a class="c-header__logo" href="/">euronews.</a><nav class="c-header__nav"><a href="/news/europe">Europe</a> '
           '<a href="/news/international">World</a> <a href="/business">Business</a> <a href="/next">Next</a> <a href="/culture">Culture</a> '
           '<a href="/green">Green</a> <a href="/health">Health</a> <a href="/travel">Travel</a> <a href="/video">Video</a> '
           '<a href="/live">Live</a></nav><a class="c-header__lang" href="/">EN</a></header>',
           '<main><article class="o-article">', '<div class="c-article-breadcrumb"><a href="/news/europe">Europe News</a></div>',
           f'<h1 class="c-article-title">{esc(S["title"])}</h1>',
           f'<div class="c-article-contributors">By Euronews with {esc(S["agencies"])}</div>',
           f'<div class="c-article-publication-date"><time datetime="{pub.isoformat()}">Published on {stamp}</time>\u2022'
           f'<time datetime="{upd.isoformat()}">Updated {upd:%H:%M}</time></div>',
           f'<figure class="c-article-media"><figcaption>{esc(S["caption"])} <span class="copyright">{esc(S["copyright"])}</span></figcaption></figure>',
           '<div class="c-share"><span>Share this article</span><span>Comments</span></div>',
           '<div class="c-share__embed">Copy/paste the article video embed link below:<button>Copy to clipboard</button><span>Copied</span></div>',
           f'<div class="c-article-content"><p class="c-article-summary"><strong>{esc(S["summary"])}</strong></p>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        for j, p in enumerate(e["p"]):
            out.append(f'<p>{esc(p)}</p>')
            if i in (0, 2) and j == 0:
                out.append('<div class="c-ad"><span>ADVERTISEMENT</span></div>')
    out += ['</div>', '<div class="c-share"><span>Share this article</span><span>Comments</span></div>', '</article>',
            '<aside class="c-related"><h3>You might also like</h3>'] + [f'<a href="/news/europe/{slugify(x)}">{esc(x)}</a>' for x in S["related"]] + [
            '</aside></main>', '<footer class="c-footer"><a href="/about">About Euronews</a> <a href="/terms">Terms and conditions</a> '
            f'<a href="/cookies">Cookie Policy</a> <a href="/privacy">Privacy Policy</a> <p>Copyright \u00a9 euronews {pub.year}</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_sky(S):
    """Sky News live page, HTML. Masthead and section menu, 'LIVE' label, h1, standfirst, page stamp 'Sunday 7 July 2030 19:20, UK',
    'Watch Sky News live' player line; posts newest first: optional 'Breaking' label, bare 24-hour time ('18:52', UK time), h3
    headline, body, author line 'NAME, role'; teaser posts carry only a video player; a podcast promo after the third post."""
    z = S["zone"]; order_check(S, True); up = dt(S["updated"], z)
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | World News | Sky News</title>',
           '<meta property="og:site_name" content="Sky News"></head><body>',
           '<div class="sdc-site-header"><a class="sdc-site-header__logo" href="/">Sky News</a><nav><a href="/">Home</a> <a href="/uk">UK</a> '
           '<a href="/world">World</a> <a href="/politics">Politics</a> <a href="/us">US</a> <a href="/climate">Climate</a> '
           '<a href="/technology">Science &amp; Tech</a> <a href="/business">Business</a> <a href="/entertainment">Ents &amp; Arts</a> '
           '<a href="/travel">Travel</a> <a href="/offbeat">Offbeat</a> <a href="/analysis">Analysis</a> <a href="/video">Videos</a> '
           '<a href="/weather">Weather</a></nav><a class="watch" href="/watch-live">Watch Live</a></div>',
           '<main class="sdc-site-layout"><span class="sdc-site-tile__badge">LIVE</span>',
           f'<h1 class="sdc-article-header__long-title">{esc(S["title"])}</h1>',
           f'<p class="sdc-article-header__sub-title">{esc(S["standfirst"])}</p>',
           f'<p class="sdc-article-date__date-time">{DAYS_EN[up.weekday()]} {up.day} {MONTHS[up.month - 1]} {up.year} {up:%H:%M}, UK</p>',
           '<div class="sdc-site-video"><span>Watch Sky News live</span></div>', '<div class="ncpost-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="ncpost-container" id="ncpost-{5120344 - i * 7}">')
        if e.get("breaking"):
            out.append('<span class="ncpost-label">Breaking</span>')
        out.append(f'<p class="ncpost-time">{st}</p><h3 class="ncpost-title">{esc(e["h"])}</h3>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="sdc-site-video" data-type="video"><span>Please use Chrome browser for a more accessible video player</span><span>1:04</span></div>')
        if e.get("caption"):
            out.append(f'<figure><figcaption>{esc(e["caption"])}</figcaption></figure>')
        if e["a"]:
            out.append(f'<p class="ncpost-author">{esc(e["a"])}, {esc(e["role"])}</p>')
        out.append('<div class="ncpost-share"><a>Share</a> <a>Copy link</a></div></div>')
        if i == 2:
            out.append('<div class="ncpost-promo"><h4>Listen to Sky News Daily</h4><p>Our team explains the big story of the day. '
                       'Tap here to follow wherever you get your podcasts.</p></div>')
    out += ['</div><button class="ncpost-load-more">Load more posts</button></main>',
            '<footer class="sdc-site-footer"><a href="/about">About Sky News</a> <a href="/contact">Contact us</a> <a href="/privacy">Privacy &amp; Cookies</a> '
            f'<a href="/terms">Terms &amp; Conditions</a> <p>\u00a9 {up.year} Sky UK</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_bbc(S):
    """BBC News live page, text scrape. Masthead and menu, 'Live' label, title, 'Summary' bullets (sentences, not post headlines),
    'Edited by ...', then posts newest first: '21:10 BST', headline, optional contributor name and role, body, 'Share'.
    The capture prints no date and no year anywhere (parse_args)."""
    z = S["zone"]; order_check(S, True)
    L = ["Skip to content", "British Broadcasting Corporation", "Home", "News", "Sport", "Business", "Innovation", "Culture", "Arts",
         "Travel", "Earth", "Audio", "Video", "Live", "Register", "Sign In", "", "Live", S["title"], "", "Summary"] + \
        ["\u2022 " + x for x in S["summary"]] + ["", S["editors"], "", "Get involved", "", "Live Reporting", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"]]
        if e["a"]:
            L += [e["a"], e["role"]]
        L += [""] + ptxt(e["p"]) if e["p"] else ["", "Media caption, " + e["caption"], ""]
        L += ["Share", ""]
        if i == 3:
            L += ["Get in touch", "Contact BBC News with your story", ""]
    L += ["Back to top", "", "Terms of Use", "About the BBC", "Privacy Policy", "Cookies", "Accessibility Help", "Contact the BBC",
          "The BBC is not responsible for the content of external sites. Read about our approach to external linking."]
    text = "\n".join(L) + "\n"
    assert not re.search(r"\b20\d\d\b", text), "BBC capture must print no year"
    return text, stamps


def r_guardian(S):
    """The Guardian live blog, HTML. LiveBlogPosting JSON-LD whose updates carry the page's own headline and datePublished
    (no per-update time; see research notes); visible header, series label 'Ukraine', 'Live' badge, h1, standfirst bullets,
    page byline, header date 'Thu 11 Jul 2030 20.05 BST', 'Key events' list (time + headline links to blocks, '3h ago'),
    blocks newest first: <time datetime=UTC>19.40 BST</time>, optional h2 headline (many blocks have none), body,
    optional 'Updated at' line; a support-the-Guardian epic after the fourth block."""
    z = S["zone"]; order_check(S, True); up = dt(S["updated"], z); first = dt(S["entries"][-1]["t"], z)
    def gt(d):
        return f"{d:%H}.{d:%M} {d.tzname()}"
    ups = []
    for i, e in enumerate(S["entries"]):
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#block-{S['bid'][i]}", "headline": S["title"],
                    "datePublished": iso_z(first).replace("Z", ".000Z"), "dateModified": iso_z(up).replace("Z", ".000Z"),
                    "articleBody": " ".join(e["p"])[:1000]})
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": iso_z(first).replace("Z", ".000Z"), "dateModified": iso_z(up).replace("Z", ".000Z"),
          "coverageStartTime": iso_z(first).replace("Z", ".000Z"), "coverageEndTime": iso_z(up + timedelta(days=1)).replace("Z", ".000Z"),
          "author": [{"@type": "Person", "name": S["byline"], "sameAs": f"https://www.theguardian.com/profile/{slugify(S['byline'])}"}],
          "publisher": {"@type": "Organization", "name": "The Guardian"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Ukraine | The Guardian</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="support-banner"><p>Support the Guardian</p><p>Fund the free, independent journalism the world needs</p><a>Support us</a></div>',
           '<header><a class="logo" href="/">The Guardian - Back to home</a><nav><a href="/">News</a> <a href="/commentisfree">Opinion</a> '
           '<a href="/sport">Sport</a> <a href="/culture">Culture</a> <a href="/lifeandstyle">Lifestyle</a></nav>'
           '<nav class="sub"><a href="/world">World</a> <a href="/world/europe-news">Europe</a> <a href="/us-news">US news</a> '
           '<a href="/world/americas">Americas</a> <a href="/world/asia">Asia</a> <a href="/world/middleeast">Middle East</a> '
           '<a href="/world/africa">Africa</a> <a href="/global-development">Global development</a></nav></header>',
           '<main><div class="series"><a href="/world/ukraine">Ukraine</a></div><span class="badge">Live</span>',
           f'<h1>{esc(S["title"])}</h1>', '<div class="standfirst"><ul>' + "".join(f"<li>{esc(x)}</li>" for x in S["standfirst"]) + '</ul></div>',
           f'<address><a rel="author" href="/profile/{slugify(S["byline"])}">{esc(S["byline"])}</a></address>',
           f'<div class="dateline"><span>{up:%a} {up.day} {SHORT_MONTHS[up.month - 1]} {up.year} {gt(up)}</span></div>',
           '<div class="key-events"><h2>Key events</h2><ul>']
    for i, e in enumerate(S["entries"]):
        if e.get("key_event"):
            d = dt(e["t"], z); mins = int((up - d).total_seconds() // 60)
            ago = f"{mins}m ago" if mins < 60 else f"{mins // 60}h ago"
            out.append(f'<li><a href="#block-{S["bid"][i]}"><span>{ago}</span><time>{gt(d)}</time><span>{esc(e["h"])}</span></a></li>')
    out += ['</ul><button>Show key events only</button></div>', '<div class="blocks">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = gt(d); stamps.append(st)
        out.append(f'<article id="block-{S["bid"][i]}" class="block"><p class="block-time"><time datetime="{iso_z(d).replace("Z", ".000Z")}">{st}</time></p>')
        if e["h"]:
            out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e.get("upd"):
            out.append(f'<p class="updated">Updated at {e["upd"]}</p>')
        out.append('<div class="share"><a>Share</a></div></article>')
        if i == 3:
            out.append('<aside class="epic"><h3>We have a small favour to ask\u2026</h3><p>Tens of millions have placed their trust in the '
                       'Guardian\u2019s fearless journalism. If you can, please support us today.</p><a>Support the Guardian</a></aside>')
    out += ['</div><button>Load more updates</button></main>',
            '<footer><a href="/help">Help</a> <a href="/info/complaints-and-corrections">Complaints &amp; corrections</a> '
            '<a href="/info/privacy">Privacy policy</a> <a href="/info/cookies">Cookie policy</a> '
            f'<p>\u00a9 {up.year} Guardian News &amp; Media Limited or its affiliated companies. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_aljazeera_rss(S):
    """Al Jazeera 'all' RSS 2.0 feed: link before title, CDATA one-paragraph description, pubDate '+0000' with seconds,
    category, guid '?t=' form; no authors; a general world feed in which the war is one subject among many."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.aljazeera.com</link>',
           '<description>Breaking News, World News and Video from Al Jazeera</description>', '<language>en</language>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>',
           '<atom:link href="https://www.aljazeera.com/xml/rss/all.xml" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        url = f"https://www.aljazeera.com/{e['kind']}/{d.year}/{d.month}/{d.day}/{slugify(e['h'])}"
        out += ['<item>', f'<link>{url}</link>', f'<title>{esc(e["h"])}</title>',
                '<description><![CDATA[' + " ".join(e["p"]) + ']]></description>', f'<pubDate>{st}</pubDate>',
                f'<category>{esc(e["cat"])}</category>', f'<guid isPermaLink="false">https://www.aljazeera.com/?t={1910563200 + i * 3631}</guid>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_cnn(S):
    """CNN live updates page, HTML. LiveBlogPosting JSON-LD with per-update datePublished in UTC; h1 'July 15, 2030 -
    Russia-Ukraine news', byline 'By A, B and C, CNN', 'Updated 6:48 PM EDT, Mon July 15, 2030', 'What we're covering'
    bullets; posts newest first: '6:35 p.m. ET, July 15, 2030', h2 headline, optional 'From CNN's NAME' credit, body, 'Link Copied!'."""
    z = S["zone"]; order_check(S, True); up = dt(S["updated"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "headline": e["h"], "url": f"{S['url']}#{S['pid'][i]}", "datePublished": iso_z(d).replace("Z", ".000Z"),
             "dateModified": iso_z(d).replace("Z", ".000Z"), "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = [{"@type": "Person", "name": x} for x in re.split(r", | and ", e["a"])]
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "url": S["url"], "headline": S["title"],
          "datePublished": iso_z(dt(S["entries"][-1]["t"], z)).replace("Z", ".000Z"), "dateModified": iso_z(up).replace("Z", ".000Z"),
          "coverageStartTime": iso_z(dt(S["entries"][-1]["t"], z)).replace("Z", ".000Z"),
          "publisher": {"@type": "Organization", "name": "CNN"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | CNN</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="header"><a class="brand-logo" href="/">CNN</a><nav><a href="/us">US</a> <a href="/world">World</a> '
           '<a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/health">Health</a> <a href="/entertainment">Entertainment</a> '
           '<a href="/style">Style</a> <a href="/travel">Travel</a> <a href="/sport">Sports</a> <a href="/science">Science</a> '
           '<a href="/climate">Climate</a> <a href="/weather">Weather</a> <a href="/world/europe/ukraine">Ukraine-Russia War</a></nav>'
           '<a href="/videos">Watch</a> <a href="/audio">Listen</a> <a href="/live-tv">Live TV</a> <a class="subscribe" href="/subscription">Subscribe</a> '
           '<a href="/account">Sign in</a></header>',
           '<main><div class="headline"><span class="live-badge">Live Updates</span>', f'<h1>{esc(S["title"])}</h1></div>',
           f'<div class="byline">By {esc(S["byline"])}, CNN</div>',
           f'<div class="timestamp">Updated {ampm(up, space=" ", style="upper")} {up.tzname()}, {up:%a} {MONTHS[up.month - 1]} {up.day}, {up.year}</div>',
           '<div class="social-share"><a>Facebook</a> <a>Tweet</a> <a>Email</a> <span>Link Copied!</span></div>',
           '<div class="live-story__what-we-are-covering"><h2>What we\u2019re covering</h2><ul>' +
           "".join(f"<li>{esc(x)}</li>" for x in S["covering"]) + '</ul></div>', '<div class="live-story__posts">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', style='dots')} ET, {MONTHS[d.month - 1]} {d.day}, {d.year}"; stamps.append(st)
        out.append(f'<article class="live-story-post" id="{S["pid"][i]}"><div class="live-story-post__timestamp">{st}</div>'
                   f'<h2 class="live-story-post__headline">{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<div class="live-story-post__byline">From CNN\u2019s {esc(e["a"])}</div>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="live-story-post__share"><span>Link Copied!</span></div></article>')
        if i == 3:
            out.append('<div class="ad-feedback">Ad Feedback</div>')
    out += ['</div><button class="live-story__load-more">See More Posts</button></main>',
            '<footer><a href="/terms">Terms of Use</a> <a href="/privacy">Privacy Policy</a> <a href="/accessibility">Accessibility &amp; CC</a> '
            f'<a href="/about">About</a> <a href="/newsletters">Newsletters</a> <p>\u00a9 {up.year} Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_reuters(S):
    """Reuters article page (a Factbox), text scrape. Nav, section label, headline, 'By Reuters', the fused stamp
    'July 17, 2030 6:12 PM GMT+1Updated 2 hours ago' (reader's zone), photo caption with licensing link, dateline lede
    'July 17 (Reuters) - ...', a 'Here is ...' line, ALL-CAPS section headings (one entry each, no per-section time),
    'Compiled by ...; Editing by ...', trust-principles line, suggested topics."""
    z = S["zone"]; pub = dt(S["published"], z)
    off = int(pub.utcoffset().total_seconds() // 3600)
    L = ["Skip to main content", "Exclusive news, data and analytics for financial market professionalsLearn more aboutLSEG", "Reuters",
         "World", "Business", "Markets", "Sustainability", "Legal", "Commentary", "Technology", "Investigations", "More", "My News",
         "Sign In", "Register", "", S["section"], S["title"], "By Reuters",
         f"{MONTHS[pub.month - 1]} {pub.day}, {pub.year} {ampm(pub, space=' ', style='upper')} GMT+{off}Updated {S['ago']}", "",
         S["caption"] + " Purchase Licensing Rights, opens new tab", "", S["lede"], "", S["here"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += [S["credits"], "", "Our Standards: The Thomson Reuters Trust Principles., opens new tab", "", "Suggested Topics:"] + S["topics"] + [
          "", "Purchase Licensing Rights", "", "Read Next", S["next"], "", "Site Index", "About Reuters", "Careers", "Reuters News Agency",
          f"All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.", f"\u00a9 {pub.year} Reuters. All rights reserved"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_ap(S):
    """AP News live page, text scrape. Menu, 'LIVE UPDATES' label, title, 'Updated 5:52 PM EDT, July 19, 2030', share buttons,
    byline 'By THE ASSOCIATED PRESS', lede paragraph(s), 'Here\u2019s the latest:'; posts newest first: '5:40 PM EDT' line, headline,
    body, 'Share'; an 'AP is solely responsible' line is not printed; related links at the end."""
    z = S["zone"]; order_check(S, True); up = dt(S["updated"], z)
    L = ["Menu", "AP", "World", "U.S.", "Politics", "Sports", "Entertainment", "Business", "Science", "Fact Check", "Oddities", "Be Well",
         "Newsletters", "Photography", "Video", "AP Investigations", "Donate", "", "LIVE UPDATES", S["title"],
         f"Updated {ampm(up, space=' ', style='upper')} {up.tzname()}, {MONTHS[up.month - 1]} {up.day}, {up.year}", "Share", "Share", "",
         f"By {S['byline']}", ""] + ptxt(S["lede"]) + ["Here\u2019s the latest:", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', style='upper')} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"]) + ["Share", ""]
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["Load more", "", "RELATED COVERAGE"] + S["related"] + ["", "The Associated Press is an independent global news organization dedicated to factual reporting.",
          "About", "Contact Us", "Terms of Use", "Privacy Policy", f"Copyright {up.year} The Associated Press. All Rights Reserved."]
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
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M" + (":%S" if d.second else "") + " ") + S["zone"],
                         "published_basis": (e.get("basis") or S["basis"]).format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M" + (":%S" if d.second else "")), z=S["zone"],
                                                                                    u=u.strftime("%Y-%m-%d %H:%M")),
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


# ================================================================ PART A: ten real outlets' layouts (own words, invented news)
SEEDS = []

# ---------------------------------------------------------------- 18500 The Independent (text live blog, BST, fused stamps)
KHA = "kharkiv-glide-bomb-strike-2030-07-01"
SEEDS.append(dict(
  id="18500", name="18500_independent-liveblog", ext="txt", source="The Independent", zone="Europe/London", render=r_independent,
  title="Ukraine-Russia war latest: Four dead as Russian glide bombs hit Kharkiv apartment block",
  standfirst="Zelensky renews appeal for Patriot batteries as Sweden unveils its largest aid package of the war",
  byline="Nadia Pereira", updated="2030-07-01 21:05", video="Ukrainian interceptor drone crews train outside Kyiv",
  lede=["Russian glide bombs have killed four people in Kharkiv after striking a residential tower block in the north-east of the city, local officials said.",
        "Volodymyr Zelensky urged allies to send at least seven more Patriot air defence systems, saying the attack showed how exposed Ukrainian cities remain to bombs dropped from beyond the front line.",
        "Meanwhile, Sweden announced its largest package of military aid for Kyiv, worth 21 billion kronor, including armoured vehicles and money for Ukrainian long-range drones."],
  basis="fused trailing stamp '{s}' (author name glued to the date; UK local time, no zone printed on the post; the page header prints BST = UTC+1); local {d} in {z}",
  notes="Imitates The Independent's live blog as copied from a browser (no aggregator wrappers this time). Header: masthead/menu, breadcrumb 'News / World / Europe', title, standfirst, page byline 'Nadia Pereira', header stamp 'Monday 01 July 2030 21:05 BST', 'Comments', the caption of the top video, three lede paragraphs, then a 'Key Points' block that lists three post headlines verbatim (no bullets) and 'Show latest update'. Posts newest first: headline, body paragraphs, optional photo credit in brackets, then the trailing stamp line with the author fused to the date ('Nadia Pereira1 July 2030 20:52'); the stamp closes the post above it. Times are UK local (BST, UTC+1 in July). 18500-05 is a quote headline over an embedded video with no text (importance 1). The Kharkiv strike is told twice (toll 2, then 4): same story. A newsletter sign-up box follows the third post.",
  not_entries=["masthead and menu (The Independent, Subscribe, Sign in, News, Sport, ...)", "breadcrumb 'News / World / Europe'", "page title and standfirst",
               "page byline 'Nadia Pereira' and header stamp 'Monday 01 July 2030 21:05 BST'", "'Comments'", "caption of the top video 'Ukrainian interceptor drone crews train outside Kyiv'",
               "three lede paragraphs before 'Key Points' (page summary)", "'Key Points' header and its three headline lines (pointers to posts 18500-01, -02, -04)",
               "'Show latest update'", "photo credits '(AFP via Getty Images)' and '(State Emergency Service of Ukraine)'", "trailing stamp lines (author + date, not body)",
               "newsletter box after the third post", "'Show older updates'", "'More about' tags", "'Join our commenting forum', 'Most popular', copyright line"],
  entries=[
  E("2030-07-01 20:52", "Death toll from Kharkiv glide bomb attack rises to four",
    ["A fourth person has died after Russian glide bombs struck a nine-storey apartment block in Kharkiv\u2019s Saltivskyi district, the city\u2019s mayor Ihor Terekhov said on Monday evening.",
     "The woman, 67, had been pulled from the rubble in the early afternoon and died in hospital, he said. Another 31 people were wounded, among them three children.",
     "Regional governor Oleh Syniehubov said two KAB-500 bombs had been dropped from Russian aircraft flying over the Belgorod region, beyond the reach of most Ukrainian air defences."],
    "strikes", "strikes", 3, KHA, a="Nadia Pereira", kp=True, credit="(AFP via Getty Images)", n="toll 4 dead, 31 injured; Key Points"),
  E("2030-07-01 19:30", "Sweden announces its largest military aid package for Ukraine",
    ["Sweden\u2019s government has announced a military aid package worth 21 billion kronor (\u00a31.6bn), the largest it has given Ukraine since the start of the full-scale invasion.",
     "Defence minister P\u00e5l Jonson said the package includes CV90 infantry fighting vehicles, artillery ammunition and funding for Ukrainian-made long-range drones.",
     "\u201cUkraine\u2019s defence is Sweden\u2019s defence,\u201d he told a press conference in Stockholm."],
    "aid", "aid", 3, "sweden-record-aid-package-2030-07-01", a="Nadia Pereira", kp=True, n="Key Points"),
  E("2030-07-01 17:45", "Kremlin rejects Turkish offer to host Black Sea talks",
    ["The Kremlin has said it sees \u201cno basis\u201d for new talks on shipping in the Black Sea after Turkey offered to host Russian and Ukrainian delegations in Istanbul later this month.",
     "Kremlin spokesman Dmitry Peskov told reporters that Moscow\u2019s conditions for any maritime arrangement were \u201cwell known\u201d and had not been met."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-black-sea-talks-2030-07-01", a="Ella Marsh"),
  E("2030-07-01 16:10", "Zelensky says Ukraine needs \u2018at least seven more\u2019 Patriot systems",
    ["Volodymyr Zelensky has said Ukraine needs at least seven more Patriot air defence systems to protect its cities from Russian ballistic missiles and glide bombs, speaking by video to a conference of defence manufacturers in Rome.",
     "\u201cEvery day without these systems costs lives. Kharkiv today is the proof,\u201d the Ukrainian president said.",
     "He said Kyiv was prepared to pay for some of the batteries itself through a fund backed by frozen Russian assets."],
    "aid", "aid", 3, "zelensky-patriot-appeal-2030-07-01", a="Ella Marsh", sec=["strikes"], kp=True,
    n="appeal for air defence (aid, LABELS); mentions the Kharkiv strike but is its own story; Key Points"),
  E("2030-07-01 14:20", "\u2018We will rebuild every flat\u2019 \u2013 Kharkiv mayor visits site of glide bomb strike", [],
    "strikes", "strikes", 1, KHA, a="Ella Marsh", n="quote headline over an embedded video, no text (teaser, importance 1)"),
  E("2030-07-01 12:35", "Russia claims capture of village near Kostiantynivka",
    ["Russia\u2019s defence ministry said on Monday that its troops had captured the village of Stupochky, south-east of Kostiantynivka in the Donetsk region.",
     "Ukraine\u2019s general staff did not confirm the loss, saying only that its forces had repelled 19 assaults in the area over the past day.",
     "The claim could not be independently verified."],
    "other", "frontline", 2, "stupochky-capture-claim-2030-07-01", a="Nadia Pereira"),
  E("2030-07-01 11:10", "Two killed as Russian glide bombs hit Kharkiv apartment block",
    ["At least two people have been killed and 18 injured after Russian guided aerial bombs hit a residential building in Kharkiv, Ukraine\u2019s second-largest city.",
     "Photographs released by the emergency service showed a gaping hole in the upper floors of the block, with firefighters working from ladders to reach trapped residents.",
     "Mayor Ihor Terekhov said the strike happened shortly after 10am local time."],
    "strikes", "strikes", 3, KHA, a="Nadia Pereira", credit="(State Emergency Service of Ukraine)", n="first report, toll 2 dead, 18 injured"),
  E("2030-07-01 09:05", "UK to train another 6,000 Ukrainian recruits this summer",
    ["Britain will train a further 6,000 Ukrainian recruits at bases in England over the summer, the Ministry of Defence said on Monday, extending a programme that has run since 2022.",
     "The courses will last five weeks and will for the first time include drone warfare and battlefield medicine, the ministry said."],
    "aid", "aid", 2, "uk-training-ukrainian-recruits-2030-07-01", a="Ella Marsh"),
  ]))

# ---------------------------------------------------------------- 18501 TRT World (RSS, +0300)
SEEDS.append(dict(
  id="18501", name="18501_trtworld-newsrss", ext="xml", source="TRT World", zone="Europe/Istanbul", render=r_trt_rss,
  title="TRT World",
  basis="RSS pubDate '{s}' (explicit +0300 offset, Istanbul time); local {d} in {z}",
  notes="Imitates the TRT World news RSS 2.0 feed (its news pages as a feed). Newest first; title, link ending in a numeric id, numeric guid (isPermaLink false), one-paragraph plain description, pubDate with the Istanbul offset +0300, category, media:content image; no authors. The newest item is dated 'Thu, 04 Jul 2030 01:15:00 +0300' = 22:15 UTC on Wednesday 3 July, so the whole feed is one UTC day although its local dates span two days. Two off-beat items (Izmir wildfire, Turkish inflation). Spelling 'Zelenskyy' is TRT's.",
  not_entries=["channel title, link, description, language, copyright, lastBuildDate, atom:link and image", "category labels", "media:content images"],
  entries=[
  E("2030-07-04 01:15", "Russian drones target port infrastructure in Ukraine's Odesa region",
    ["Russian drones struck port infrastructure in Ukraine's southern Odesa region late on Wednesday, damaging warehouses and a grain loading terminal, regional governor Oleh Kiper said, adding that there were no casualties."],
    "strikes", "strikes", 2, "odesa-region-port-drone-strike-2030-07-03", sec_path="europe", cat="Europe"),
  E("2030-07-03 21:40", "Erdogan tells Putin T\u00fcrkiye ready to host new round of Ukraine talks",
    ["President Recep Tayyip Erdogan told his Russian counterpart Vladimir Putin in a phone call on Wednesday that T\u00fcrkiye was ready to host a new round of negotiations between Russia and Ukraine in Istanbul, the Turkish Communications Directorate said."],
    "diplomacy", "diplomacy", 3, "erdogan-putin-call-talks-offer-2030-07-03", sec_path="turkiye", cat="T\u00fcrkiye", n="head-of-state call on the war"),
  OFF("2030-07-03 19:20", "Wildfire near Izmir brought under control after three days",
    ["Firefighters brought a forest fire near the Aegean city of Izmir under control on Wednesday after it had burned for three days and forced the evacuation of several villages, T\u00fcrkiye's forestry minister said."],
    "izmir-wildfire-2030-07-03", n="wildfire", sec_path="turkiye", cat="T\u00fcrkiye"),
  E("2030-07-03 16:55", "Ukraine says Russian assault near Kupiansk repelled",
    ["Ukraine's military said its forces had repelled a mechanised Russian assault near Kupiansk in the northeastern Kharkiv region, destroying 11 armoured vehicles, a claim that could not be independently verified."],
    "other", "frontline", 2, "kupiansk-assault-repelled-2030-07-03", sec_path="europe", cat="Europe"),
  OFF("2030-07-03 13:30", "T\u00fcrkiye's annual inflation eases to 14 percent in June",
    ["Annual consumer price inflation in T\u00fcrkiye slowed to 14.1 percent in June, the Turkish Statistical Institute said, its lowest reading in almost nine years."],
    "turkiye-inflation-june-2030-07-03", n="economy", sec_path="business", cat="Business"),
  E("2030-07-03 10:10", "Russian missile strike on Dnipro kills three, injures 19",
    ["A Russian missile attack on the central Ukrainian city of Dnipro killed three people and wounded 19 on Wednesday morning, damaging a clinic and several apartment buildings, Ukrainian officials said."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2030-07-03", sec_path="europe", cat="Europe"),
  E("2030-07-03 03:40", "Norway to fund Ukrainian artillery production with $400M",
    ["Norway will provide $400 million to finance the production of artillery systems and shells inside Ukraine, the Norwegian defence ministry said, under a model that pays Ukrainian manufacturers directly."],
    "aid", "aid", 3, "norway-artillery-production-funding-2030-07-03", sec_path="europe", cat="Europe"),
  ]))

# ---------------------------------------------------------------- 18502 Euronews (HTML article with sections)
SEEDS.append(dict(
  id="18502", name="18502_euronews-article", ext="html", source="Euronews", zone="Europe/Paris", render=r_euronews,
  title="Russian drones hit Lviv energy site as EU struggles to agree new sanctions",
  url="https://www.euronews.com/2030/07/05/russian-drones-hit-lviv-energy-site-as-eu-struggles-to-agree-new-sanctions",
  published="2030-07-05 11:48", updated="2030-07-05 14:02", agencies="AP, AFP",
  summary="A Russian drone strike in western Ukraine killed one person overnight, while EU ambassadors failed again to sign off a new package of sanctions against Moscow.",
  caption="Firefighters work at the site of a Russian drone strike in Lviv, Ukraine, Friday, July 5, 2030.", copyright="Copyright AP Photo/Oleh Marchuk",
  related=["Ukraine says glide bombs now cause most civilian casualties", "EU leaders clash over how to finance Ukraine's reconstruction",
           "How Ukraine's drone makers are rethinking the front line"],
  basis="no per-section time; the article's visible stamp 'Published on 05/07/2030 - 11:48 GMT+2' (= its JSON-LD datePublished) applies to every section, not the later 'Updated 14:02'; local {d} in {z}",
  notes="Imitates a Euronews article page (HTML with NewsArticle JSON-LD). Visible: breadcrumb 'Europe News', h1, byline 'By Euronews with AP, AFP' (kept as the author of every section), 'Published on 05/07/2030 - 11:48 GMT+2\u2022Updated 14:02', photo caption with copyright, share and embed widgets, a bold summary paragraph, then five h2 sections (one entry each, headline = the h2) with ADVERTISEMENT markers inside, a closing share bar and 'You might also like' links. No per-section time: every section takes the first-published time 11:48 CEST (09:48 UTC); the update time is not used (convention). The photo caption prints 'Friday, July 5, 2030'.",
  not_entries=["header logo, section menu and language switch", "breadcrumb 'Europe News'", "article title (h1)", "byline 'By Euronews with AP, AFP'",
               "publication line 'Published on 05/07/2030 - 11:48 GMT+2\u2022Updated 14:02'", "photo caption and copyright line",
               "share widgets 'Share this article', 'Comments' and the embed box 'Copy/paste the article video embed link below: ...'",
               "bold summary paragraph (standfirst)", "'ADVERTISEMENT' markers", "closing share bar", "'You might also like' and its three related links", "footer"],
  entries=[
  E("2030-07-05 11:48", "Drone attack in western Ukraine",
    ["Russian drones struck an energy facility on the outskirts of Lviv overnight, killing a security guard and starting a fire that burned for several hours, regional governor Maksym Kozytskyi said on Friday.",
     "Ukraine's air force said Russia launched 67 drones and two cruise missiles across the country, and that 51 of the drones were shot down or electronically jammed.",
     "Lviv lies some 70 kilometres from the Polish border, and Poland scrambled fighter jets as a precaution during the attack, its operational command said."],
    "strikes", "strikes", 3, "lviv-energy-drone-strike-2030-07-05", a="Euronews with AP, AFP", n="deadly strike (one killed)"),
  E("2030-07-05 11:48", "EU sanctions talks stall",
    ["EU ambassadors meeting in Brussels on Friday again failed to approve a new package of sanctions against Russia, diplomats told Euronews.",
     "The package would add 45 more vessels of Russia's so-called shadow fleet to the EU's blacklist and ban transactions with two Chinese refineries. Slovakia is seeking guarantees on gas supplies before it agrees.",
     "Diplomats said a deal could still come before the summer break."],
    "diplomacy", "diplomacy", 2, "eu-sanctions-package-stalls-2030-07-05", a="Euronews with AP, AFP", n="package not adopted: talks only"),
  E("2030-07-05 11:48", "Moscow claims advance in Donetsk region",
    ["Russia's defence ministry claimed its forces had captured the village of Yablunivka in the Donetsk region. Ukraine's military did not comment on the claim, which could not be independently verified."],
    "other", "frontline", 2, "yablunivka-capture-claim-2030-07-05", a="Euronews with AP, AFP"),
  E("2030-07-05 11:48", "Underground school opens in Zaporizhzhia",
    ["Officials in Zaporizhzhia opened the city's fourth underground school on Friday, built eight metres below ground to shield pupils from missile and drone attacks.",
     "The school can hold up to 900 children in two shifts and will start lessons in September, the city council said."],
    "other", "humanitarian", 2, "zaporizhzhia-underground-school-2030-07-05", a="Euronews with AP, AFP"),
  E("2030-07-05 11:48", "Netherlands to deliver F-16 spare parts",
    ["The Netherlands will send Ukraine F-16 spare parts and air-to-ground munitions worth \u20ac95 million, Dutch defence minister Ruben Brekelmans said on Friday.",
     "The Dutch government has already handed over all 24 of the jets it pledged."],
    "aid", "aid", 2, "netherlands-f16-spare-parts-2030-07-05", a="Euronews with AP, AFP"),
  ]))

# ---------------------------------------------------------------- 18503 Sky News (HTML live page, bare UK times)
KRR = "kryvyi-rih-ballistic-missile-strike-2030-07-07"
SEEDS.append(dict(
  id="18503", name="18503_skynews-livepage", ext="html", source="Sky News", zone="Europe/London", render=r_sky,
  title="Ukraine war latest: Russia launches biggest drone attack of the summer as missile kills six in Kryvyi Rih",
  standfirst="Ukraine's air force says Russia fired 118 drones overnight, while a ballistic missile strike on Kryvyi Rih has killed six people. Follow the latest below.",
  updated="2030-07-07 19:20",
  basis="bare 24-hour time '{s}' (UK time; no zone on the post) under the page stamp 'Sunday 7 July 2030 19:20, UK' (BST = UTC+1); local {d} in {z}",
  notes="Imitates a Sky News live page (HTML, no JSON-LD). Header: masthead and section menu, 'LIVE' badge, h1, standfirst, page stamp 'Sunday 7 July 2030 19:20, UK', a 'Watch Sky News live' player. Posts newest first: optional 'Breaking' label, bare time '18:52' (UK time), h3 headline, body, optional picture credit, author line 'NAME, role' (author = the name without the role). 18503-05 is a 'Watch:' video post with no text (teaser, importance 1, author null). 18503-03 is an analysis by the military analyst (theme piece, its own story although it mentions Kryvyi Rih). A podcast promo follows the third post.",
  not_entries=["masthead, section menu and 'Watch Live'", "'LIVE' badge", "page title (h1) and standfirst", "page stamp 'Sunday 7 July 2030 19:20, UK'",
               "'Watch Sky News live' player", "'Breaking' label on 18503-02", "video player text in the teaser ('Please use Chrome browser for a more accessible video player', '1:04')",
               "picture credit 'Pic: Reuters'", "author lines 'NAME, role' (author, not body)", "'Share' / 'Copy link' under each post",
               "'Listen to Sky News Daily' podcast promo after the third post", "'Load more posts'", "footer"],
  entries=[
  E("2030-07-07 18:52", "Russia says it downed 41 Ukrainian drones over Bryansk and Kursk",
    ["Russia's defence ministry says its air defences destroyed 41 Ukrainian drones over the Bryansk and Kursk regions this afternoon.",
     "The governor of the Bryansk region said a fuel depot near the town of Unecha was set on fire by falling debris. There have been no reports of casualties."],
    "strikes", "strikes", 2, "bryansk-kursk-drone-attack-2030-07-07", a="Freya Lockwood", role="news reporter"),
  E("2030-07-07 17:30", "Death toll in Kryvyi Rih rises to six",
    ["Six people are now known to have been killed in this morning's ballistic missile strike on Kryvyi Rih, according to the head of the city's military administration, Oleksandr Vilkul.",
     "He said 24 people had been injured, and that a 10-year-old boy was among those in a serious condition."],
    "strikes", "strikes", 3, KRR, a="Freya Lockwood", role="news reporter", breaking=True, n="toll 6"),
  E("2030-07-07 15:45", "Analysis: Why Russia may be holding back its missiles",
    ["Last night's figures fit a pattern we have seen for several weeks: large waves of cheap drones, but relatively few cruise missiles.",
     "That suggests Moscow is stockpiling its more expensive weapons for the autumn, when strikes on power stations and gas infrastructure do the most damage.",
     "Drones are still dangerous, but Ukraine's mobile fire teams and interceptor drones now bring most of them down. Ballistic missiles are a different matter, as Kryvyi Rih found out today."],
    "strikes", "strikes", 2, "analysis-russia-missile-stockpiling-2030-07-07", a="Michael Hartigan", role="military analyst",
    n="theme piece (analysis); mentions Kryvyi Rih and the overnight drones but must not merge with either"),
  E("2030-07-07 14:05", "Zelensky names new commander of unmanned systems forces",
    ["Volodymyr Zelensky has appointed a new commander of Ukraine's unmanned systems forces, the branch of the military responsible for drones.",
     "Colonel Andriy Lysenko, 41, previously led a drone brigade in the Zaporizhzhia region. His predecessor has been moved to a post on the general staff, the president's office said."],
    "other", "politics", 2, "unmanned-systems-commander-appointed-2030-07-07", a="Freya Lockwood", role="news reporter"),
  E("2030-07-07 12:20", "Watch: Moment missile hits street in Kryvyi Rih", [],
    "strikes", "strikes", 1, KRR, n="video teaser without text"),
  E("2030-07-07 10:40", "Four killed as ballistic missile hits Kryvyi Rih",
    ["A Russian ballistic missile has struck a residential area of Kryvyi Rih, killing four people, local officials say.",
     "Oleksandr Vilkul, who heads the city's military administration, said the missile hit a street lined with shops and a bus stop at about 10am local time.",
     "The city, President Zelensky's home town, has been targeted repeatedly since the start of the full-scale invasion."],
    "strikes", "strikes", 3, KRR, a="Tom Ridley", role="news reporter", caption="Pic: Reuters", n="first report, toll 4"),
  E("2030-07-07 08:15", "Russia fires 118 drones at Ukraine in overnight attack",
    ["Russia launched 118 attack drones and decoys at Ukraine overnight, the country's air force says - the highest number in a single night since early June.",
     "It says 96 were shot down or lost to electronic jamming. Damage was reported in the Odesa, Sumy and Khmelnytskyi regions."],
    "strikes", "strikes", 3, "overnight-drone-attack-118-drones-2030-07-07", a="Tom Ridley", role="news reporter",
    n="massive combined attack (100+ drones); a different event from the Kryvyi Rih missile"),
  ]))

# ---------------------------------------------------------------- 18504 BBC News (text live page, no date or year printed)
ENG = "energy-grid-missile-drone-attack-2030-07-09"
SEEDS.append(dict(
  id="18504", name="18504_bbcnews-livepage", ext="txt", source="BBC News", zone="Europe/London", render=r_bbc,
  title="Russia pounds Ukraine's power grid as Zelensky meets allies in Warsaw", parse_args=["--date", "2030-07-09"],
  summary=["Russia fired 14 missiles and 72 drones at Ukraine's energy facilities overnight, Ukraine's air force says",
           "Rolling power cuts have been imposed in five regions, including Kharkiv and Poltava",
           "At least three people have been killed in a separate strike on a bus station in Sumy",
           "President Zelensky is in Warsaw, where he has agreed a joint air defence project with Poland"],
  editors="Edited by Marta Kowal and Ben Ashworth",
  basis="stamp '{s}' (time with zone BST = UTC+1); the capture prints no date or year, so the day is the one given by parse_args (2030-07-09); local {d} in {z}",
  notes="Imitates a BBC News live page as copied from a browser. Masthead and menu, 'Live' label, title, a 'Summary' block of four bullet sentences (not post headlines, so no key_point), 'Edited by ...', 'Get involved', 'Live Reporting', then posts newest first: '21:10 BST', headline, optional contributor name and role lines, body, 'Share'. The capture prints no date and no year anywhere, so the gold gives parse_args --date 2030-07-09 (the day of the capture). Contributor names are kept as authors without their role line; posts without a contributor have author null (the page editors are not per-post authors). The energy attack is told three times (attack, rolling blackouts, power restored): same story; the Sumy bus-station strike the same day is a separate event.",
  not_entries=["'Skip to content', masthead and menu", "'Live' label", "page title", "'Summary' header and its four bullet sentences (page summary)",
               "'Edited by Marta Kowal and Ben Ashworth'", "'Get involved'", "'Live Reporting'", "contributor role lines (BBC Ukrainian, Reporting from Warsaw, Live page editor)",
               "'Share' under each post", "'Get in touch' / 'Contact BBC News with your story' box after the fourth post", "'Back to top'", "footer links"],
  entries=[
  E("2030-07-09 21:10", "Zelensky and Polish leaders agree to build air defence missiles together",
    ["Volodymyr Zelensky and Poland's president have signed a declaration in Warsaw on jointly producing short-range air defence missiles, with the first deliveries planned for next year.",
     "Speaking at a joint news conference, Zelensky thanked Poland for acting as the main hub for Western military aid and said the two countries would also cooperate on protecting energy infrastructure."],
    "diplomacy", "diplomacy", 3, "zelensky-warsaw-visit-air-defence-deal-2030-07-09", a="Kasia Lewandowska", role="Reporting from Warsaw", sec=["aid"],
    n="head-of-state visit with a joint production deal"),
  E("2030-07-09 19:25", "Power restored to most homes in Kharkiv, grid operator says",
    ["Ukraine's national grid operator, Ukrenergo, says power has been restored to about 80% of households in Kharkiv that lost supply after this morning's attack.",
     "Scheduled outages will continue tomorrow in the Kharkiv, Poltava, Sumy, Chernihiv and Dnipropetrovsk regions, it adds."],
    "strikes", "strikes", 2, ENG, n="aftermath of the overnight energy attack (same story); repair update, importance 2"),
  E("2030-07-09 17:05", "Analysis: Summer strikes are aimed at winter",
    ["Russia's attacks on power stations in July can look puzzling when demand for heating is low.",
     "But engineers say damaged turbines and transformers take many months to repair or replace. Every unit destroyed now is one that may not be back in service when temperatures fall below zero.",
     "That is why Kyiv has been asking allies not only for air defence but also for spare equipment and mobile gas turbines."],
    "strikes", "strikes", 2, "analysis-summer-energy-strikes-2030-07-09", a="Viktor Hrytsenko", role="BBC Ukrainian",
    n="theme piece (analysis); must not merge with the energy attack itself"),
  E("2030-07-09 15:40", "Russia says it has captured village in Kharkiv region",
    ["Russia's defence ministry says its forces have taken control of the village of Kamianka, near the border in the Kharkiv region.",
     "Ukraine has not commented, and the BBC has not been able to verify the claim."],
    "other", "frontline", 2, "kamianka-capture-claim-2030-07-09"),
  E("2030-07-09 13:15", "Three killed in strike on Sumy bus station",
    ["At least three people have been killed and 11 injured in a Russian strike on a bus station in the north-eastern city of Sumy, regional officials say.",
     "They say the attack was carried out with a guided aerial bomb and hit during the lunchtime rush, when several intercity buses were boarding."],
    "strikes", "strikes", 3, "sumy-bus-station-strike-2030-07-09", a="Hanna Tsyba", role="BBC Ukrainian",
    n="deadly strike; a separate event from the energy attack (must not merge)"),
  E("2030-07-09 10:50", "Rolling blackouts in five regions after attack",
    ["Ukrenergo has announced rolling blackouts in five regions after what it called a \"massive\" attack on generation and transmission facilities.",
     "Households in the affected areas can expect to be without power for up to eight hours a day, the company says."],
    "strikes", "strikes", 3, ENG, n="damage from the overnight attack (same story)"),
  E("2030-07-09 08:30", "Russia launches major attack on Ukraine's energy grid",
    ["Russia fired 14 missiles and 72 drones at Ukraine overnight, targeting power plants and substations, the country's air force says.",
     "It says eight of the missiles and 61 of the drones were shot down. Energy facilities were hit in the Kharkiv, Poltava and Dnipropetrovsk regions.",
     "No casualties have been reported so far."],
    "strikes", "strikes", 3, ENG, a="Marta Kowal", role="Live page editor", n="massive combined attack (10+ missiles)"),
  ]))

# ---------------------------------------------------------------- 18505 The Guardian (HTML live blog, key events, '14.32 BST')
KRE = "kremenchuk-missile-strike-2030-07-11"
SEEDS.append(dict(
  id="18505", name="18505_guardian-liveblog", ext="html", source="The Guardian", zone="Europe/London", render=r_guardian,
  title="Russia-Ukraine war live: death toll in Kremenchuk missile strike rises to five; Rutte says Nato will not be \u2018blackmailed\u2019",
  url="https://www.theguardian.com/world/live/2030/jul/11/russia-ukraine-war-live-kremenchuk-missile-strike-nato-rutte",
  standfirst=["Russian missile hits residential area of central Ukrainian city", "Slovakia blocks EU statement on Ukraine\u2019s energy needs",
              "Canada announces new military aid package"],
  byline="Lorna Whitfield", updated="2030-07-11 20:05",
  bid=["6690a1f48f08d2e1b7c3a912", "6690982c8f08f1a6c2d9e405", "669081d78f0857e3a1b4c6f0", "66907a318f08c4d0e9f2b718",
       "66906e4c8f08a9b2d7e1c053", "66904fa28f0833c6e0a9b7d4", "669042e58f08b1f4a6c8d321", "669030cb8f0891e2d5f7a6b9"],
  basis="block time '{s}' (zone BST printed = UTC+1; the block's own <time datetime> gives the same instant in UTC) under the header date 'Thu 11 Jul 2030'; local {d} in {z}",
  notes="Imitates a Guardian live blog (HTML). The LiveBlogPosting JSON-LD carries, for every update, the page's own headline and datePublished (as the research notes describe for the Guardian): it gives no per-entry time or headline. Visible: support banner, header and World menus, series label 'Ukraine', 'Live' badge, h1, three standfirst bullets, page byline 'Lorna Whitfield' (used as every block's author: blocks carry no byline of their own), header date 'Thu 11 Jul 2030 20.05 BST', a 'Key events' list ('Nh ago', time, headline; links to four blocks), then blocks newest first: '19.40 BST' in <time datetime=UTC>, optional h2 headline, body, optional 'Updated at' line. Three blocks have no headline (headline null; their first sentence is the anchor); the oldest block opens with the presenter's welcome sentence, which is its exact first sentence although the news follows. 'Key events' is not a 'Key Points' block, so key_point stays false (the four listed blocks are importance 3 on their own merits). A reader-support epic follows the fourth block.",
  not_entries=["support banner", "header, section menus", "series label 'Ukraine' and 'Live' badge", "page title (h1)", "three standfirst bullets",
               "page byline 'Lorna Whitfield'", "header date 'Thu 11 Jul 2030 20.05 BST'", "'Key events' list (pointers to blocks 18505-01, -03, -04, -05, with 'Nh ago' labels) and 'Show key events only'",
               "'Updated at 19.46 BST' line in 18505-01", "'Share' under each block", "reader-support epic after the fourth block ('We have a small favour to ask\u2026')",
               "'Load more updates'", "footer"],
  entries=[
  E("2030-07-11 19:40", "Rutte: Nato will not be \u2018blackmailed\u2019 over support for Ukraine",
    ["Nato\u2019s secretary general, Mark Rutte, has said the alliance will not be \u201cblackmailed\u201d into reducing its support for Ukraine, after Russia\u2019s foreign ministry warned of \u201cconsequences\u201d for countries that supply long-range missiles.",
     "Speaking in Oslo, Rutte said: \u201cRussia does not get to decide what allies send to a country defending itself.\u201d"],
    "diplomacy", "diplomacy", 2, "rutte-nato-not-blackmailed-2030-07-11", a="Lorna Whitfield", key_event=True, upd="19.46 BST"),
  E("2030-07-11 18:15", None,
    ["Ukraine\u2019s foreign minister, Andrii Sybiha, has called on the EU to open the next phase of accession talks \u201cwithout further delay\u201d.",
     "Sybiha said on X that Ukraine had met every condition set by Brussels and that each postponement \u201conly helps Moscow\u201d."],
    "diplomacy", "diplomacy", 2, "sybiha-eu-accession-talks-appeal-2030-07-11", a="Lorna Whitfield", n="block without headline"),
  E("2030-07-11 16:50", "Kremenchuk death toll rises to five",
    ["The number of people killed in this morning\u2019s missile strike on Kremenchuk has risen to five, the head of the Poltava regional military administration said.",
     "Rescue teams found two more bodies under the rubble of a four-storey building, he said. Twenty-two people were injured."],
    "strikes", "strikes", 3, KRE, a="Lorna Whitfield", key_event=True, n="toll 5"),
  E("2030-07-11 15:05", "Canada announces C$650m military aid package",
    ["Canada will give Ukraine a further C$650m in military aid, including armoured vehicles and funding for drone production, its defence minister announced in Ottawa.",
     "The package brings Canada\u2019s military support since 2022 to more than C$6bn, according to the government."],
    "aid", "aid", 3, "canada-military-aid-package-2030-07-11", a="Lorna Whitfield", key_event=True),
  E("2030-07-11 13:32", "Russian missile strike on Kremenchuk kills three",
    ["At least three people have been killed after a Russian missile struck a residential area of Kremenchuk, a city in central Ukraine that is home to one of the country\u2019s largest oil refineries.",
     "Local officials said the missile hit a four-storey building and a row of garages. Photographs posted by the emergency service showed rescuers using cranes to lift slabs of concrete."],
    "strikes", "strikes", 3, KRE, a="Lorna Whitfield", key_event=True, n="first report, toll 3"),
  E("2030-07-11 11:20", None,
    ["Slovakia has blocked a joint EU statement that would have pledged extra help to repair Ukraine\u2019s energy grid before winter, according to diplomats in Brussels.",
     "Bratislava wants assurances that gas will keep flowing to Slovakia through Ukrainian territory, one diplomat said."],
    "diplomacy", "diplomacy", 2, "slovakia-blocks-eu-energy-statement-2030-07-11", a="Lorna Whitfield", sec=["aid"], n="block without headline"),
  E("2030-07-11 09:45", "Russian court jails former paratrooper over Telegram posts",
    ["A military court in Rostov-on-Don has sentenced a former Russian paratrooper to seven years in prison for Telegram posts in which he described heavy losses in his unit, according to the rights group OVD-Info.",
     "He was convicted of spreading \u201cfalse information\u201d about the armed forces."],
    "other", "politics", 2, "rostov-paratrooper-jailed-2030-07-11", a="Lorna Whitfield"),
  E("2030-07-11 07:30", None,
    ["Hello and welcome to the Guardian\u2019s live coverage of the Russia-Ukraine war.",
     "Russian drones attacked the Kyiv region overnight, injuring two people in the town of Bucha and damaging several private houses, the regional administration said.",
     "Ukraine\u2019s air force said it had destroyed 39 of 52 drones launched overnight. We\u2019ll have more on this and the rest of the day\u2019s news shortly."],
    "strikes", "strikes", 2, "kyiv-region-drone-attack-2030-07-11", a="Lorna Whitfield",
    n="opening block without headline; its first sentence is the welcome line, the news follows"),
  ]))

# ---------------------------------------------------------------- 18506 Al Jazeera (RSS 'all' feed, +0000)
SEEDS.append(dict(
  id="18506", name="18506_aljazeera-allrss", ext="xml", source="Al Jazeera", zone="UTC", render=r_aljazeera_rss,
  title="Al Jazeera \u2013 Breaking News, World News and Video from Al Jazeera",
  basis="RSS pubDate '{s}' (explicit +0000 offset = UTC); local {d} in {z}",
  notes="Imitates Al Jazeera's 'all' RSS 2.0 feed (news articles as items). Newest first; link placed before title, CDATA one-paragraph description, pubDate with seconds and +0000, category, guid in the '?t=' form; no authors. A general world feed: three of the seven items are not about the war (heatwave, copper output, floods in China). Spelling 'Zelenskyy' is Al Jazeera's. Published times keep the seconds printed in pubDate.",
  not_entries=["channel title, link, description, language, lastBuildDate and atom:link", "category labels", "guid values"],
  entries=[
  E("2030-07-13 21:15:42", "Ukraine says Russian attack on Sumy region kills two",
    ["Two people were killed and four wounded when Russian drones hit a farm machinery depot in Ukraine\u2019s northeastern Sumy region, the regional administration said, as Moscow pressed on with attacks on border areas."],
    "strikes", "strikes", 3, "sumy-region-drone-strike-2030-07-13", kind="news", cat="News"),
  OFF("2030-07-13 18:02:10", "Heatwave grips southern Europe as temperatures top 44C",
    ["Authorities in Greece, Italy and Spain issued red alerts as a heatwave pushed temperatures above 44 degrees Celsius (111 degrees Fahrenheit), closing archaeological sites and fuelling wildfires."],
    "southern-europe-heatwave-2030-07-13", n="weather", kind="news", cat="Climate Crisis"),
  E("2030-07-13 15:40:27", "Russia and Ukraine trade blame over drone strike at Zaporizhzhia nuclear plant",
    ["Russian-installed officials at the Zaporizhzhia nuclear power plant accused Ukraine of a drone attack on a training centre at the site, while Kyiv called the claim a provocation; the International Atomic Energy Agency said its team heard explosions but recorded no rise in radiation."],
    "strikes", "strikes", 2, "zaporizhzhia-npp-drone-claims-2030-07-13", kind="news", cat="News", n="drone strike claim at the nuclear plant (strikes by convention)"),
  OFF("2030-07-13 13:05:51", "Chile\u2019s copper output hits record as new mines come online",
    ["Chile produced a record 530,000 tonnes of copper in June as two new mines in the Atacama region reached full capacity, the state copper commission said."],
    "chile-copper-output-record-2030-07-13", n="commodities", kind="economy", cat="Economy"),
  E("2030-07-13 10:30:03", "EU adopts new Russia sanctions targeting Arctic LNG and shadow fleet",
    ["European Union member states approved a new package of sanctions against Russia, targeting its Arctic liquefied natural gas projects and adding 60 tankers of the so-called shadow fleet to a port-access ban, the bloc\u2019s rotating presidency said."],
    "diplomacy", "diplomacy", 3, "eu-sanctions-package-adopted-2030-07-13", kind="news", cat="News", n="EU sanctions package adopted"),
  OFF("2030-07-13 08:10:36", "Floods in southern China force 80,000 from their homes",
    ["Days of torrential rain in China\u2019s Guangxi region have forced more than 80,000 people to leave their homes, state media reported, as rivers burst their banks in several counties."],
    "guangxi-floods-2030-07-13", n="floods", kind="news", cat="News"),
  E("2030-07-13 04:25:14", "Zelenskyy rules out elections while martial law remains",
    ["Ukrainian President Volodymyr Zelenskyy said no national elections could be held while martial law is in force, responding to calls from some opposition figures for a vote next year."],
    "other", "politics", 2, "zelenskyy-rules-out-elections-2030-07-13", kind="news", cat="News"),
  ]))

# ---------------------------------------------------------------- 18507 CNN (HTML live updates, 'p.m. ET')
POL = "poltava-missile-strike-2030-07-15"
SEEDS.append(dict(
  id="18507", name="18507_cnn-liveupdates", ext="html", source="CNN", zone="America/New_York", render=r_cnn,
  title="July 15, 2030 - Russia-Ukraine news", url="https://www.cnn.com/world/live-news/russia-ukraine-war-news-07-15-30",
  byline="Anna Ridley, Marco Fenn and Priya Natarajan", updated="2030-07-15 18:48",
  pid=["h_4c1f0e2a9d7b6e3c1a8f5d2b0e9c7a61", "h_9e2b7d4c1a0f8e6d3b5c2a1f0e9d8c72", "h_1a7c3e9b5d2f0a8c6e4b1d9f7a3c5e83",
       "h_6d0b8f2a4c9e1d7b3a5f0c8e2d6b4a94", "h_3f9a5c1e7b0d4f2a8c6e1b9d5a3f7c05", "h_8b4e0a6c2f9d5b1e7a3c0f8d4b2e6a16",
       "h_2c8f4b0e6a1d7c3f9b5e2a8d0c6f4b27"],
  covering=["A Russian missile strike on the central Ukrainian city of Poltava has killed at least nine people, including two children, officials say.",
            "A US Senate committee has advanced a bill that would provide $6 billion in security assistance to Ukraine.",
            "The Kremlin said there are \"no plans\" for a meeting between Vladimir Putin and Volodymyr Zelensky."],
  basis="post stamp '{s}' (12-hour clock with dotted a.m./p.m., 'ET' = US Eastern time, EDT = UTC-4 in July); local {d} in {z}",
  notes="Imitates a CNN live-updates page (HTML). LiveBlogPosting JSON-LD with per-update headline and datePublished in UTC (consistent with the visible stamps). Visible: masthead and menu, 'Live Updates' badge, h1 'July 15, 2030 - Russia-Ukraine news', byline 'By Anna Ridley, Marco Fenn and Priya Natarajan, CNN', 'Updated 6:48 PM EDT, Mon July 15, 2030', share bar, 'What we're covering' bullets (page summary), then posts newest first: '6:35 p.m. ET, July 15, 2030', h2 headline, optional credit 'From CNN's NAME (and NAME)', body, 'Link Copied!'. Authors are the names after 'From CNN's' (two names joined by 'and' stay one string); a post without a credit has author null. Page times are US Eastern (EDT, UTC-4): 5:10 a.m. to 6:35 p.m. ET is 09:10 to 22:35 UTC, one UTC day. The Poltava strike is told three times (toll 4, 9, then a 'What we know' summary): one story.",
  not_entries=["masthead, menu, 'Watch', 'Listen', 'Live TV', 'Subscribe', 'Sign in'", "'Live Updates' badge and h1", "page byline 'By Anna Ridley, Marco Fenn and Priya Natarajan, CNN'",
               "'Updated 6:48 PM EDT, Mon July 15, 2030'", "share bar (Facebook, Tweet, Email, 'Link Copied!')", "'What we're covering' header and its three bullets (page summary)",
               "credit lines 'From CNN's ...' (author, not body)", "'Link Copied!' under each post", "'Ad Feedback' after the fourth post", "'See More Posts'", "footer"],
  entries=[
  E("2030-07-15 18:35", "Ukraine claims strike on Russian ammunition depot in Voronezh region",
    ["Ukraine's military intelligence agency said its drones hit an ammunition depot near the town of Ostrogozhsk in Russia's Voronezh region late Monday, setting off secondary explosions.",
     "Voronezh regional Gov. Alexander Gusev said drone debris had caused a fire at an \"industrial facility\" and that residents of two nearby villages were being temporarily evacuated.",
     "CNN cannot independently verify the claims."],
    "strikes", "strikes", 2, "voronezh-ammunition-depot-drone-strike-2030-07-15", a="Svitlana Vlasova"),
  E("2030-07-15 16:50", "Senate committee advances $6 billion in security assistance for Ukraine",
    ["The Senate Armed Services Committee on Monday voted 19-7 to advance a bill that would provide $6 billion in security assistance to Ukraine over two years.",
     "The measure still needs to pass the full Senate and the House, where its prospects are less certain."],
    "aid", "aid", 3, "us-senate-committee-ukraine-assistance-2030-07-15", a="Haley Brooks", n="US funding decision (aid)"),
  E("2030-07-15 14:20", "What we know about the strike on Poltava",
    ["Russia struck Poltava with two Iskander-M ballistic missiles shortly after 2 p.m. local time on Monday, according to Ukraine's air force.",
     "One missile hit a four-story residential building near the city center, and the other landed close to a technical college. At least nine people were killed, including two children, and 47 were injured, officials said.",
     "Ukrainian President Volodymyr Zelensky said the attack showed again why Ukraine needs more Patriot interceptors."],
    "strikes", "strikes", 3, POL, a="Svitlana Vlasova and Maria Kostenko", n="summary of the same strike, toll 9"),
  E("2030-07-15 12:45", "Poltava death toll climbs to 9",
    ["The number of people killed in Monday's Russian missile strike on Poltava has risen to nine, the head of the regional military administration said on Telegram.",
     "Two of the dead were children, he said. Rescue work at the damaged residential building is continuing."],
    "strikes", "strikes", 3, POL, a="Maria Kostenko", n="toll 9"),
  E("2030-07-15 10:05", "Kremlin says there are 'no plans' for Putin-Zelensky meeting",
    ["Kremlin spokesperson Dmitry Peskov said Monday there were \"no plans\" for a meeting between Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky, dismissing a proposal floated by Turkey last week.",
     "\"Such a meeting would have to be very well prepared, and that work has not been done,\" Peskov told reporters."],
    "diplomacy", "diplomacy", 2, "kremlin-no-putin-zelensky-meeting-2030-07-15", a="Daria Orlova"),
  E("2030-07-15 07:40", "Russian missile strike hits Poltava, killing at least 4",
    ["At least four people were killed when a Russian missile struck the central Ukrainian city of Poltava on Monday afternoon, local officials said.",
     "Emergency workers were searching the rubble of a residential building for survivors, the State Emergency Service said."],
    "strikes", "strikes", 3, POL, a="Maria Kostenko", n="first report, toll 4"),
  E("2030-07-15 05:10", "Ukraine's air force says it intercepted 33 drones overnight",
    ["Russia launched 45 drones at Ukraine overnight, and 33 of them were shot down or suppressed by electronic warfare, Ukraine's air force said Monday.",
     "Drones hit infrastructure in the Chernihiv and Odesa regions, regional officials said. No one was reported injured."],
    "strikes", "strikes", 2, "overnight-drone-attack-45-drones-2030-07-15", n="post without a credit line (author null)"),
  ]))

# ---------------------------------------------------------------- 18508 Reuters (text article: Factbox with ALL-CAPS sections)
SEEDS.append(dict(
  id="18508", name="18508_reuters-factbox", ext="txt", source="Reuters", zone="Europe/London", render=r_reuters,
  title="Factbox: Who is supplying air defence systems to Ukraine?", section="Europe", published="2030-07-17 18:12", ago="2 hours ago",
  caption="A Patriot air defence launcher is seen during a military exercise at an air base in Germany, June 12, 2030. REUTERS/Lena Brandt/File Photo",
  lede="July 17 (Reuters) - Germany said on Wednesday it would hand Ukraine a fourth Patriot air defence system by the end of August, as Kyiv presses its allies for more protection against Russian ballistic missiles.",
  here="Here is a look at the main suppliers of Western air defence systems to Ukraine:",
  credits="Compiled by Tom Halloran and In\u00e9s Ortega; Editing by Frances Kerr",
  topics=["Europe", "Aerospace & Defense", "Ukraine"], next="Zelensky says Russia is preparing a new offensive in the south",
  basis="no per-section time; the article's fused stamp 'July 17, 2030 6:12 PM GMT+1' (printed in the reader's zone, GMT+1 = BST in London) applies to every section; the relative 'Updated 2 hours ago' gives no usable time; local {d} in {z}",
  notes="Imitates a Reuters article page (a Factbox) as copied from a browser. Nav lines, section label 'Europe', headline, 'By Reuters' (used as every section's author), the fused stamp line 'July 17, 2030 6:12 PM GMT+1Updated 2 hours ago', photo caption with 'Purchase Licensing Rights, opens new tab', dateline lede 'July 17 (Reuters) - ...' and a 'Here is a look at ...' line (both page intro), then six ALL-CAPS country headings (one entry each; headline = the heading as printed). Only GERMANY carries the day's news (a fourth Patriot system): importance 3; the other sections are background on the same theme (separate stories, importance 2). Ends with 'Compiled by ...; Editing by ...', the Trust Principles line, suggested topics and 'Read Next'.",
  not_entries=["'Skip to main content' and the LSEG line", "navigation lines (World, Business, Markets, ... Register)", "section label 'Europe'", "headline",
               "'By Reuters'", "stamp line 'July 17, 2030 6:12 PM GMT+1Updated 2 hours ago'", "photo caption with licensing link",
               "dateline lede 'July 17 (Reuters) - Germany said on Wednesday ...' (intro; its news is told in the GERMANY section)", "'Here is a look at the main suppliers ...:'",
               "'Compiled by Tom Halloran and In\u00e9s Ortega; Editing by Frances Kerr'", "'Our Standards: The Thomson Reuters Trust Principles., opens new tab'",
               "'Suggested Topics:' and its three topics", "'Purchase Licensing Rights'", "'Read Next' and its link", "site index and footer lines"],
  entries=[
  E("2030-07-17 18:12", "GERMANY",
    ["Germany said on Wednesday it would deliver a fourth Patriot system, paid for from its own military aid budget, by the end of August. Berlin has also supplied IRIS-T SLM medium-range systems, Skynex anti-aircraft guns and large stocks of Gepard ammunition.",
     "Defence Minister Boris Pistorius said Germany would also finance production of IRIS-T missiles in Ukraine from next year."],
    "aid", "aid", 3, "germany-fourth-patriot-system-2030-07-17", a="Reuters", n="the news hook of the factbox (transfer of a complete Patriot system)"),
  E("2030-07-17 18:12", "UNITED STATES",
    ["The United States has been the largest supplier of Patriot systems and interceptors since 2023. Deliveries of new interceptors have slowed this year as Washington rebuilds its own stocks, U.S. officials have said."],
    "aid", "aid", 2, "air-defence-factbox-united-states-2030-07-17", a="Reuters", n="background section of the factbox (same theme, own story)"),
  E("2030-07-17 18:12", "NETHERLANDS",
    ["The Netherlands has supplied Patriot launchers and missiles as well as NASAMS components, and in May agreed to pay for 200 interceptors for Ukraine from a European manufacturer."],
    "aid", "aid", 2, "air-defence-factbox-netherlands-2030-07-17", a="Reuters", n="background section of the factbox (same theme, own story)"),
  E("2030-07-17 18:12", "NORWAY",
    ["Norway developed the NASAMS system together with U.S. firm Raytheon and has financed several batteries for Ukraine jointly with the United States and Canada."],
    "aid", "aid", 2, "air-defence-factbox-norway-2030-07-17", a="Reuters", n="background section of the factbox (same theme, own story)"),
  E("2030-07-17 18:12", "FRANCE AND ITALY",
    ["France and Italy jointly supplied a SAMP/T battery in 2023 and a second one in 2025. Rome said last month it was considering a third, but no decision has been announced."],
    "aid", "aid", 2, "air-defence-factbox-france-italy-2030-07-17", a="Reuters", n="background section of the factbox (same theme, own story)"),
  E("2030-07-17 18:12", "SPAIN",
    ["Spain has sent Hawk launchers and missiles as well as Aspide air defence missiles, most of them drawn from its own reserves."],
    "aid", "aid", 2, "air-defence-factbox-spain-2030-07-17", a="Reuters", n="background section of the factbox (same theme, own story)"),
  ]))

# ---------------------------------------------------------------- 18509 AP News (text live page, 'PM EDT')
ODE = "odesa-drone-missile-attack-2030-07-19"
SEEDS.append(dict(
  id="18509", name="18509_apnews-liveupdates", ext="txt", source="AP News", zone="America/New_York", render=r_ap,
  title="Live updates: Russian drones and missiles pound Odesa as G7 finance ministers back new loan", updated="2030-07-19 17:52",
  byline="THE ASSOCIATED PRESS",
  lede=["Russia hit the Ukrainian port city of Odesa with drones and missiles early Friday, killing three people and damaging a historic building in the city center, officials said.",
        "Meanwhile, finance ministers from the Group of Seven wealthy democracies backed a new loan to Ukraine financed by the proceeds of frozen Russian assets."],
  related=["Ukraine\u2019s drone makers race to keep up with Russia\u2019s jamming", "A Ukrainian town on the front line empties as Russian troops edge closer",
           "What to know about the frozen Russian assets that could help Ukraine"],
  basis="post time '{s}' (12-hour clock with zone EDT = UTC-4) under the page line 'Updated 5:52 PM EDT, July 19, 2030'; local {d} in {z}",
  notes="Imitates an AP News live-updates page as copied from a browser. Menu lines, 'LIVE UPDATES', title, 'Updated 5:52 PM EDT, July 19, 2030', share buttons, page byline 'By THE ASSOCIATED PRESS' (kept as printed, used as every post's author: posts carry no byline), two lede paragraphs, 'Here\u2019s the latest:', then posts newest first: '5:40 PM EDT', headline, body, 'Share'. An ADVERTISEMENT marker follows the third post; 'RELATED COVERAGE' links at the end. Times are US Eastern (EDT): 6:15 AM to 5:40 PM EDT is 10:15 to 21:40 UTC, one UTC day. The Odesa attack is told twice (toll 2, then 3 and damage to a historic building): one story. A Russian drone crashing in Moldova is a strike by convention (debris in a neighbouring country), with the ambassador's summons as secondary diplomacy.",
  not_entries=["menu lines (Menu, AP, World, U.S., ... Donate)", "'LIVE UPDATES' label and title", "'Updated 5:52 PM EDT, July 19, 2030'", "'Share' buttons",
               "page byline 'By THE ASSOCIATED PRESS'", "two lede paragraphs (page summary)", "'Here\u2019s the latest:'", "'Share' under each post",
               "'ADVERTISEMENT' after the third post", "'Load more'", "'RELATED COVERAGE' and its three links", "AP boilerplate and footer lines"],
  entries=[
  E("2030-07-19 17:40", "Ukraine says it hit Russian oil terminal on the Black Sea",
    ["Ukraine\u2019s General Staff said its long-range drones hit an oil terminal in the Russian Black Sea port of Tuapse late Friday, causing a fire at a storage tank.",
     "Russian authorities in the Krasnodar region said debris from downed drones started a fire at \u201can industrial facility\u201d and that no one was hurt."],
    "strikes", "strikes", 2, "tuapse-oil-terminal-drone-strike-2030-07-19", a="THE ASSOCIATED PRESS"),
  E("2030-07-19 15:55", "G7 finance ministers back new loan for Ukraine",
    ["Finance ministers from the Group of Seven agreed Friday to back a new $20 billion loan to Ukraine, to be repaid with windfall profits from immobilized Russian central bank assets.",
     "The ministers said in a joint statement that the money would be paid out in tranches starting in October."],
    "aid", "aid", 3, "g7-frozen-assets-loan-2030-07-19", a="THE ASSOCIATED PRESS"),
  E("2030-07-19 13:30", "Odesa strike damaged historic building, governor says",
    ["A 19th-century building in Odesa\u2019s historic center that is protected by UNESCO was badly damaged in the overnight attack, regional Gov. Oleh Kiper said.",
     "Kiper said the number of people killed in the attack had risen to three, and that 14 others were wounded."],
    "strikes", "strikes", 3, ODE, a="THE ASSOCIATED PRESS", n="toll 3, damage to a protected building"),
  E("2030-07-19 11:45", "Russia says its troops captured village in Dnipropetrovsk region",
    ["Russia\u2019s Defense Ministry said Friday its forces had captured the village of Novopavlivka in Ukraine\u2019s Dnipropetrovsk region, an area Russian troops first entered last year.",
     "Ukrainian officials did not immediately comment."],
    "other", "frontline", 2, "novopavlivka-capture-claim-2030-07-19", a="THE ASSOCIATED PRESS"),
  E("2030-07-19 10:05", "Vatican envoy in Moscow to discuss return of Ukrainian children",
    ["A Vatican envoy arrived in Moscow on Friday for talks on the return of Ukrainian children taken to Russia, the Holy See said.",
     "Ukraine says nearly 20,000 children have been deported or forcibly transferred since 2022. Russia says it moved them away from the fighting for their safety."],
    "diplomacy", "diplomacy", 2, "vatican-envoy-moscow-children-2030-07-19", a="THE ASSOCIATED PRESS"),
  E("2030-07-19 08:20", "Russian drones and missiles hit Odesa, killing 2",
    ["Russia attacked Odesa with drones and ballistic missiles before dawn Friday, killing two people and wounding 11, Ukrainian officials said.",
     "The attack damaged apartment buildings, a school and port warehouses, according to Gov. Oleh Kiper."],
    "strikes", "strikes", 3, ODE, a="THE ASSOCIATED PRESS", n="first report, toll 2"),
  E("2030-07-19 06:15", "Moldova says Russian drone crashed on its territory",
    ["Moldova\u2019s Defense Ministry said a Russian attack drone crashed in a field near the village of Larga, close to the Ukrainian border, during the overnight attack on southern Ukraine.",
     "No one was hurt. Moldova summoned the Russian ambassador in protest, the Foreign Ministry said."],
    "strikes", "strikes", 2, "moldova-drone-crash-larga-2030-07-19", a="THE ASSOCIATED PRESS", sec=["diplomacy"]),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_txt_live_ampm(S):
    """text live blog, newest first: masthead, 'Live', title, dateline with weekday and year, lede, 'Key Points' bullets (post
    headlines), 'Latest updates'; each post: bare UK time '5.30pm' on its own line, headline, 'By NAME', body; a video teaser
    prints a player placeholder instead of text."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "News | Sport | Business | Opinion | Lifestyle | Puzzles | Subscribe", "", "Live", S["title"], S["dateline"], "",
         S["lede"], "", "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        L += [st, e["h"]] + ([f"By {e['a']}"] if e["a"] else []) + [""]
        L += ptxt(e["p"]) if e["p"] else ["[Video, 0:48]", ""]
        if i == 2:
            L += ["Sign up to the Courier's Ukraine Brief, sent every weekday at 7am.", "Sign up", ""]
    L += ["Load earlier posts", "", f"{S['source']} | Contact | Complaints | Privacy | Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_html_live_ld(S):
    """HTML live blog, oldest first: LiveBlogPosting JSON-LD whose updates carry their own datePublished in UTC ('Z');
    visible dateline with a printed zone note; per post <time datetime=UTC>08:20</time>, h2 headline, 'By NAME', body."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{4410 + i}", "headline": e["h"], "datePublished": iso_z(d),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "description": S["lede"], "datePublished": iso_z(first), "dateModified": iso_z(last), "coverageStartTime": iso_z(first),
          "coverageEndTime": iso_z(first.replace(hour=23, minute=59)), "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="consent">{esc(S["source"])} and our partners use cookies. <button>Accept all</button> <button>Settings</button></div>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a href="/kraj">Poland</a> <a href="/swiat">World</a> '
           '<a href="/ukraina">War in Ukraine</a> <a href="/gospodarka">Economy</a> <a href="/opinie">Opinion</a></nav></header>',
           f'<main><span class="live">LIVE</span><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>',
           f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="update-{4410 + i}"><time datetime="{iso_z(d)}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="tools"><a>Copy link</a> <a>Share</a></div></article>')
        if i == 3:
            out.append(f'<aside class="readalso"><h3>Read also</h3><a href="/ukraina/analysis">{esc(S["related"])}</a></aside>')
    out += ['<p class="closing">Live coverage continues tomorrow morning.</p></main>',
            f'<footer>\u00a9 {esc(S["source"])} \u00b7 Imprint \u00b7 Privacy \u00b7 Contact the newsroom</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss_b(S):
    """RSS 2.0 feed, newest first; pubDate with the outlet's numeric offset, or 'GMT' when S['gmt']; dc:creator when the
    item has an author; plain description, or (S['encoded']) a one-paragraph description plus content:encoded paragraphs."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=S.get("gmt", False))}</lastBuildDate>', '<ttl>10</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S.get("gmt", False)); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "World").lower().replace(" ", "-")}/{d:%Y%m%d}-{slugify(e["h"])}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{esc(e.get("cat", "World"))}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        if S.get("encoded"):
            out.append(f'<description>{esc(e["p"][0])}</description>')
            out.append('<content:encoded><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content:encoded>')
        else:
            out.append(f'<description>{esc(" ".join(e["p"]))}</description>')
        out.append('</item>')
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom_b(S):
    """Atom 1.0 feed, newest first; <published> ISO 8601 with the outlet's offset ('Z' for UTC); content as escaped HTML
    (S['content'] == 'html') or inline XHTML ('xhtml'); optional author; optional <category>."""
    z = S["zone"]; order_check(S, True)
    iso = lambda d: d.isoformat().replace("+00:00", "Z")
    host = S["url"].split("//")[1]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}/"/>', f'<link rel="self" href="{S["url"]}/{S["feedpath"]}"/>',
           f'<id>{S["url"]}/{S["feedpath"]}</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>', f'<generator>{esc(S.get("generator", "Ghost"))}</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f'{S["url"]}/{d:%Y/%m/%d}/{slugify(e["h"])}/'
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link rel="alternate" type="text/html" href="{link}"/>',
                f'<id>tag:{host},{d:%Y-%m-%d}:/{S["idprefix"]}/{i + 5120}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if e.get("cat"):
            out.append(f'<category term="{attr(e["cat"])}"/>')
        if S["content"] == "xhtml":
            out.append('<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + '</div></content>')
        else:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_txt_live_dash(S):
    """text live blog, oldest first: dateline with a printed zone note ('All times CEST'); each post: 'HH:MM \u2014 Headline' on one
    line (bare time, em dash, headline), body, 'Reporting: NAME'; separator lines between posts."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Home \u00b7 News \u00b7 World \u00b7 Business \u00b7 Sport \u00b7 Comment", "", "LIVE BLOG", S["title"], S["dateline"], "", S["lede"], "", "* * *", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [f"{st} \u2014 {e['h']}", ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Reporting: {e['a']}", ""]
        L += ["* * *", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["This blog is now closed. Thank you for following.", "", f"\u00a9 {S['source']} \u00b7 Terms \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_html_live_pm(S):
    """HTML live blog without JSON-LD, newest first: meta line with the printed zone note; per post a span '8:45pm', h3
    headline, author line, body; a photo teaser prints only a gallery placeholder; a 'Republished from ...' label before
    partner pieces."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           f'<meta property="og:title" content="{attr(S["title"])}"></head><body>',
           f'<header class="masthead"><a href="/">{esc(S["source"])}</a><nav><a>Ukraine</a> <a>Europe</a> <a>World</a> <a>Business</a> <a>Opinion</a> <a>Podcasts</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d); stamps.append(st)
        out.append(f'<div class="entry"><span class="stamp">{st}</span>')
        if e.get("partner"):
            out.append(f'<p class="label">Republished from {esc(e["partner"])}</p>')
        out.append(f'<h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="by">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">Gallery: 9 photos</div>')
        out.append('</div>')
        if i == 2:
            out.append('<aside class="donate"><p>Our reporters are in Ukraine because readers pay for it.</p><a>Support the Ledger</a></aside>')
    out += [f'<p class="prev"><a href="/live/{S["prev"]}">Read yesterday\u2019s live blog</a></p></main>',
            f'<footer>{esc(S["source"])} \u00b7 About \u00b7 Ethics \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_txt_live_et(S):
    """text live blog, newest first (North American outlet): dateline 'Sunday, July 28, 2030', page byline 'Live updates by A and B';
    each post: '7:05 p.m. ET' line, headline, body; a 'Video:' teaser prints only '[Video]'."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Canada \u00b7 World \u00b7 Politics \u00b7 Business \u00b7 Opinion \u00b7 Life \u00b7 Sports", "", "Ukraine live", S["title"],
         S["dateline"], f"Live updates by {S['byline']}", ""] + ptxt(S["lede"])
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', style='dots')} ET"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["[Video]", ""]
        if i == 1:
            L += ["Get the Dispatch's morning newsletter. Sign up free", ""]
    L += ["Show earlier updates", "", f"\u00a9 {S['source']} \u00b7 Terms of use \u00b7 Privacy \u00b7 Accessibility"]
    return "\n".join(L) + "\n", stamps


def r_html_article(S):
    """HTML article with NewsArticle JSON-LD: h1, standfirst, byline, dateline '28 July 2030, 16:20' (no zone printed),
    h2 sections (one entry each, no per-section time), related box."""
    z = S["zone"]; pub = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"], "datePublished": pub.isoformat(),
          "dateModified": pub.isoformat(), "author": {"@type": "Person", "name": S["byline"]},
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "inLanguage": "en"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a>Czechia</a> <a>Central Europe</a> <a>Ukraine</a> <a>Business</a> <a>Culture</a></nav>'
           '<a class="sub" href="/subscribe">Subscribe</a></header>',
           f'<main><article><p class="kicker">{esc(S["kicker"])}</p><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="byline">By {esc(S["byline"])}</p>', f'<p class="date">{pub.day} {MONTHS[pub.month - 1]} {pub.year}, {pub:%H:%M}</p>',
           '<div class="share"><a>Share</a> <a>Print</a> <a>E-mail</a></div>']
    for e in S["entries"]:
        out += [f'<h2>{esc(e["h"])}</h2>'] + [f'<p>{esc(p)}</p>' for p in e["p"]]
    out += ['</article>', f'<aside class="related"><h3>Related</h3>' + "".join(f'<a href="/ukraine/{slugify(x)}">{esc(x)}</a>' for x in S["related"]) + '</aside></main>',
            f'<footer>\u00a9 {pub.year} {esc(S["source"])} \u00b7 Contact \u00b7 Advertising \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_html_live_kyiv(S):
    """HTML live blog, oldest first, no JSON-LD: date separator 'Sunday 28 July 2030'; per post <time datetime="...+03:00">10:40</time>,
    h2 headline, body, signature '\u2014 NAME'."""
    z = S["zone"]; order_check(S, False)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {esc(S["source"])}</title>',
           f'<meta name="description" content="{attr(S["lede"])}"></head><body>',
           f'<header><a href="/">{esc(S["source"])}</a> <nav><a>War</a> <a>Politics</a> <a>Economy</a> <a>Regions</a> <a>Culture</a> <a>Become a member</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if d.date() != cur:
            cur = d.date(); out.append(f'<div class="day-sep">{DAYS_EN[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}</div>')
        st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<section class="post"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sign">\u2014 {esc(e["a"])}</p>')
        out.append('</section>')
        if i == 2:
            out.append('<div class="member-box">We are funded by our readers. Become a member from 100 hryvnias a month.</div>')
    out += ['<p class="end">Follow our live coverage tomorrow.</p></main>', f'<footer>{esc(S["source"])} \u00b7 Editorial standards \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2030-07-23 (UTC), day 2 = 2030-07-24, day 3 = 2030-07-28.
CHN = "chernihiv-railway-station-strike-2030-07-23"
NLD = "netherlands-patriot-launchers-2030-07-23"
JPN = "japan-foreign-minister-kyiv-visit-2030-07-23"
RAIL = "analysis-russian-strikes-on-ukrainian-railways"
RAIL_H = "Analysis: Why Russia keeps hitting Ukraine's railways"
RAIL_P = ["Tuesday's strike on Chernihiv station was the deadliest attack on Ukraine's railways this year, but it was far from the only one.",
          "Ukrzaliznytsia carries most of the country's grain to the western border and the Danube ports, and it moves troops, fuel and ammunition towards the front. Since the spring Russian drones have hunted locomotives almost daily in the Kharkiv, Sumy and Dnipropetrovsk regions.",
          "The railway has learned to repair track within hours, but stations and depots are harder to protect. Officials say air defence cannot cover every junction, so the company is dispersing its rolling stock and building shelters for staff."]

# ---------------------------------------------------------------- 18520 Ambleford Courier (day 1, text live, '5.30pm', Key Points)
SEEDS.append(dict(
  id="18520", name="18520_ambleford-textlive", ext="txt", source="Ambleford Courier", zone="Europe/London", render=r_txt_live_ampm,
  title="Ukraine war live: Chernihiv station strike death toll rises to nine", dateline="Tuesday 23 July 2030",
  lede="A Russian missile hit the railway station in Chernihiv during the morning rush; the Netherlands pledges more Patriot launchers.",
  basis="bare UK time '{s}' above the headline (no zone printed; the outlet is British: BST = UTC+1) under the dateline 'Tuesday 23 July 2030'; local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, newest first. A 'Key Points' block lists two post headlines with bullets (key_point true). Each post: bare time '5.30pm' on its own line, headline, 'By NAME', body. No zone is printed: the outlet's home zone (UK, BST) is used. 18520-05 is a 'Watch:' teaser with only a player placeholder (importance 1, author null). The Chernihiv strike (toll 5, then 9) is the day's main story, also in 18521, 18522 and 18523. The Lozova depot drone strike shares the railway theme but is another event. A newsletter box follows the third post.",
  not_entries=["masthead and menu", "'Live' label", "page title and dateline 'Tuesday 23 July 2030'", "lede line", "'Key Points' header and its two bullet lines (pointers to posts)",
               "'Latest updates'", "'By NAME' lines (author, not body)", "player placeholder '[Video, 0:48]' in the teaser", "newsletter box after the third post",
               "'Load earlier posts'", "footer line"],
  entries=[
  E("2030-07-23 17:30", "Chernihiv station toll rises to nine",
    ["Nine people are now confirmed dead after this morning's Russian missile strike on the railway station in Chernihiv, the head of the regional military administration said.",
     "A man who had been pulled from the wreckage of the ticket hall died in hospital this afternoon. Forty-one people were injured, 12 of them seriously.",
     "Ukrzaliznytsia, the state railway, said trains to Kyiv would run from a temporary platform from tomorrow."],
    "strikes", "strikes", 3, CHN, a="Rosalind Penhale", kp=True, n="toll 9 dead, 41 injured; Key Points"),
  E("2030-07-23 15:50", "UK sanctions 12 more shadow fleet tankers",
    ["The UK has added 12 oil tankers to its sanctions list, saying they form part of the \"shadow fleet\" Russia uses to get around the price cap on its oil exports.",
     "The Foreign Office said the vessels had carried more than $2bn worth of Russian crude since January."],
    "diplomacy", "diplomacy", 2, "uk-sanctions-shadow-fleet-tankers-2030-07-23", a="Owen Tregarthen", n="targeted sanctions listing"),
  E("2030-07-23 14:15", "Netherlands to send two more Patriot launchers",
    ["The Dutch government says it will send Ukraine two more Patriot launchers and an undisclosed number of interceptor missiles before the end of September.",
     "The defence ministry in The Hague said the equipment would come from Dutch stocks, which would be replenished through a joint order with Germany."],
    "aid", "aid", 3, NLD, a="Owen Tregarthen", kp=True, n="also in 18523; Key Points; same aid theme as Belgium's F-16 timetable (18521-05), different event"),
  E("2030-07-23 12:40", "Drone hits rail depot in Lozova",
    ["A Russian drone hit a locomotive depot in Lozova, in the Kharkiv region, damaging two diesel engines, Ukraine's state railway said.",
     "No one was hurt. The company said it was the 14th attack on railway infrastructure in the region this month."],
    "strikes", "strikes", 2, "lozova-rail-depot-drone-strike-2030-07-23", a="Rosalind Penhale",
    n="same theme (railways), another event: must not merge with the Chernihiv station strike"),
  E("2030-07-23 11:05", "Watch: Rescuers search the wreckage of Chernihiv station", [],
    "strikes", "strikes", 1, CHN, n="video teaser without text"),
  E("2030-07-23 10:20", "Ukraine pulls troops back from two villages near Siversk",
    ["Ukrainian forces have withdrawn from two villages north-east of Siversk in the Donetsk region to avoid being encircled, a military spokesman said.",
     "He said the troops had moved to prepared positions on higher ground."],
    "other", "frontline", 2, "siversk-villages-withdrawal-2030-07-23", a="Owen Tregarthen"),
  E("2030-07-23 09:00", "Five dead after Russian missile hits Chernihiv railway station",
    ["At least five people have been killed after a Russian missile struck the main railway station in Chernihiv, in northern Ukraine, as passengers waited for a morning train to Kyiv.",
     "Regional officials said the missile hit at about 7.45am local time (5.45am UK time). Photos shared by emergency services show the roof of the ticket hall torn open."],
    "strikes", "strikes", 3, CHN, a="Rosalind Penhale", n="toll 5"),
  ]))

# ---------------------------------------------------------------- 18521 Brindlewood Herald (day 1, HTML live + LiveBlogPosting, oldest first)
SEEDS.append(dict(
  id="18521", name="18521_brindlewood-ldlive", ext="html", source="Brindlewood Herald", zone="Europe/Warsaw", render=r_html_live_ld,
  title="War in Ukraine, day by day: Tuesday's live updates", url="https://www.brindlewoodherald.pl/ukraina/live/2030-07-23",
  dateline="Tuesday, 23 July 2030 \u00b7 All times CEST",
  lede="Missile strike on Chernihiv railway station; Japan's foreign minister in Kyiv; Belgium sets its F-16 timetable.",
  related="How Poland became Ukraine's logistics hub",
  basis="visible time '{s}' (CEST printed once in the dateline 'Tuesday, 23 July 2030 \u00b7 All times CEST', UTC+2; the post's <time datetime> and its JSON-LD datePublished give the same instant in UTC); local {d} in {z}",
  notes="Invented outlet (English-language, Warsaw). HTML live blog, oldest first, with LiveBlogPosting JSON-LD whose liveBlogUpdate items carry their own datePublished in UTC ('Z'). Visible: cookie banner, header, 'LIVE', h1, dateline with the zone note 'All times CEST', lead line; posts: <time datetime=UTC>08:20</time>, h2 headline, 'By NAME', body, share tools. 18521-02 repeats 18521-01 near-verbatim fifteen minutes later (same headline, two words changed): duplicate_of 18521-01, importance 1. Must-not-merge: the Semenivka shelling (same Chernihiv region, other event) and Belgium's F-16 timetable (same aid theme as the Dutch Patriot launchers). A 'Read also' box follows the fourth post.",
  not_entries=["cookie consent banner", "header logo and menu", "'LIVE' label", "page title (h1)", "dateline 'Tuesday, 23 July 2030 \u00b7 All times CEST'", "lead line",
               "'By NAME' lines (author, not body)", "'Copy link' / 'Share' tools", "'Read also' box and its link", "closing line 'Live coverage continues tomorrow morning.'", "footer"],
  entries=[
  E("2030-07-23 08:20", "Missile strikes Chernihiv railway station, four killed",
    ["A Russian ballistic missile struck the railway station in Chernihiv in northern Ukraine on Tuesday morning, killing four people and injuring at least 20, according to the regional governor.",
     "The attack took place while passengers were boarding a regional train. Chernihiv lies about 60 kilometres from the Belarusian border."],
    "strikes", "strikes", 3, CHN, a="Marek Zielonka", n="toll 4"),
  E("2030-07-23 08:35", "Missile strikes Chernihiv railway station, four killed",
    ["A Russian ballistic missile struck the railway station in Chernihiv in northern Ukraine on Tuesday morning, killing four people and injuring at least 20, according to the regional governor.",
     "The attack took place as passengers were boarding a regional train. Chernihiv lies about 60 kilometres from the border with Belarus."],
    "strikes", "strikes", 1, CHN, a="Marek Zielonka", dup="18521-01", n="near-verbatim repeat of 18521-01 (CMS double post)"),
  E("2030-07-23 10:05", "Japanese foreign minister arrives in Kyiv",
    ["Japan's foreign minister arrived in Kyiv by overnight train on Tuesday for talks with President Volodymyr Zelensky and Foreign Minister Andrii Sybiha, the Japanese embassy said.",
     "It is the minister's first visit to Ukraine since taking office in the spring."],
    "diplomacy", "diplomacy", 3, JPN, a="Anna Kolasi\u0144ska", n="also in 18522"),
  E("2030-07-23 11:50", "Two injured in shelling of Semenivka community",
    ["Russian artillery shelled the Semenivka community in the north of the Chernihiv region near the Russian border, injuring two people and damaging a school, the regional administration said."],
    "strikes", "strikes", 2, "semenivka-shelling-2030-07-23", a="Marek Zielonka",
    n="same region as the Chernihiv city strike, another event: must not merge"),
  E("2030-07-23 13:15", "Belgium says last F-16s will reach Ukraine by autumn",
    ["Belgium's defence minister said the last of the F-16 fighter jets it pledged to Ukraine would be delivered by the end of October, after repeated delays.",
     "Belgium had promised 30 aircraft in total, to be replaced at home by F-35s."],
    "aid", "aid", 2, "belgium-f16-delivery-timetable-2030-07-23", a="Anna Kolasi\u0144ska",
    n="same aid theme as the Dutch Patriot launchers, another event: must not merge"),
  E("2030-07-23 15:40", "Chernihiv: death toll rises to eight",
    ["Eight people have now died as a result of the morning missile strike on the railway station in Chernihiv, the regional governor said in the afternoon.",
     "Two of the victims were railway employees. Poland's foreign ministry condemned the attack as a \"deliberate strike on civilians\"."],
    "strikes", "strikes", 3, CHN, a="Marek Zielonka", n="toll 8"),
  E("2030-07-23 17:30", "Court in Gda\u0144sk jails man for planning arson on Russia's orders",
    ["A court in Gda\u0144sk sentenced a 27-year-old Belarusian man to eight years in prison for planning arson attacks on warehouses storing aid for Ukraine on the orders of Russian intelligence.",
     "Prosecutors said he had been recruited through a messaging app and paid in cryptocurrency."],
    "other", "security", 2, "gdansk-arson-plot-sentence-2030-07-23", a="Anna Kolasi\u0144ska"),
  ]))

# ---------------------------------------------------------------- 18522 Marram Bay World Service (day 1, RSS world feed, +0800)
SEEDS.append(dict(
  id="18522", name="18522_marrambay-worldrss", ext="xml", source="Marram Bay World Service", zone="Asia/Singapore", render=r_rss_b,
  title="Marram Bay World Service \u2013 World", url="https://www.marrambayworld.sg", lede="International news from the Marram Bay World Service newsroom",
  basis="RSS pubDate '{s}' (explicit +0800 offset, Singapore time); local {d} in {z}",
  notes="Invented outlet (Singapore). RSS 2.0 general world feed, newest first, pubDate with +0800, plain one-paragraph descriptions, dc:creator on some items. Four of its six items are not about the war (typhoon, Singapore inflation, Indian monsoon, Australian rates). The war items: the Chernihiv strike, spelled 'Chernigov' here (toll 6), and the Japanese foreign minister's Kyiv visit (also in 18521). The Japanese visit leads with the visit (diplomacy) and announces reconstruction money (secondary aid).",
  not_entries=["channel title, link, description, language, lastBuildDate, ttl", "category labels", "guid values"],
  entries=[
  OFF("2030-07-23 23:40", "Typhoon strengthens as it nears northern Luzon",
    ["A typhoon packing winds of 165km/h was forecast to make landfall in northern Luzon early on Thursday, and Philippine authorities ordered the evacuation of coastal villages in three provinces."],
    "luzon-typhoon-2030-07-23", n="weather", cat="Asia"),
  E("2030-07-23 21:05", "Japan's foreign minister pledges support for Ukraine on Kyiv visit",
    ["Japan's foreign minister pledged continued support for Ukraine's energy grid and for demining during a visit to Kyiv on Tuesday, and announced US$450 million in new assistance for reconstruction. Tokyo has provided aid but no weapons, in line with its rules on arms exports."],
    "diplomacy", "diplomacy", 3, JPN, a="Hiroshi Tanabe", sec=["aid"], n="also in 18521", cat="Asia"),
  E("2030-07-23 19:10", "Russian strike on Chernigov railway station kills six",
    ["A Russian missile strike on the railway station in the northern Ukrainian city of Chernigov killed six people and wounded more than 30 on Tuesday, Ukrainian officials said. Russia's defence ministry said it had struck a train carrying military equipment."],
    "strikes", "strikes", 3, CHN, n="spelling 'Chernigov'; toll 6", cat="Europe"),
  OFF("2030-07-23 16:30", "Singapore's core inflation eases to 1.9%",
    ["Singapore's core inflation slowed to 1.9 per cent in June from 2.1 per cent in May, the Monetary Authority of Singapore said, as cheaper electricity offset higher food prices."],
    "singapore-core-inflation-2030-07-23", n="economy", cat="Business"),
  OFF("2030-07-23 12:15", "Monsoon rains cut off roads in India's Himachal Pradesh",
    ["Landslides triggered by monsoon rains blocked more than 200 roads in the Indian state of Himachal Pradesh, officials said, leaving thousands of tourists stranded."],
    "himachal-monsoon-landslides-2030-07-23", a="Priya Raman", n="weather", cat="Asia"),
  OFF("2030-07-23 09:45", "Australia's central bank leaves interest rates unchanged",
    ["The Reserve Bank of Australia held its cash rate at 3.35 per cent, saying it wanted more evidence that inflation was returning to its target band."],
    "australia-rates-hold-2030-07-23", n="monetary policy", cat="Business"),
  ]))

# ---------------------------------------------------------------- 18523 Copperwick Times (day 1, Atom, +03:00, escaped HTML)
SEEDS.append(dict(
  id="18523", name="18523_copperwick-atom", ext="xml", source="Copperwick Times", zone="Europe/Kyiv", render=r_atom_b,
  title="Copperwick Times \u2014 War", url="https://copperwicktimes.com.ua", feedpath="war/rss.atom", idprefix="war", content="html",
  lede="Reporting from Kyiv on Russia's war against Ukraine",
  basis="Atom <published> '{s}' (explicit +03:00 offset, Kyiv summer time); local {d} in {z}",
  notes="Invented outlet (Kyiv). Atom 1.0 feed of its war section, newest first, <published> with +03:00, authors, escaped-HTML content with <p> paragraphs. Carries the Chernihiv strike twice (first report toll 3, then day of mourning with toll 9: same story), the Dutch Patriot launchers (also 18520) and the theme piece 18523-02 (analysis of attacks on the railways; mentions Chernihiv but is its own story). 18523-02 is re-posted verbatim on day 2 by Saltmarsh Ledger (18531-05).",
  not_entries=["feed title, subtitle, links, id, updated, generator", "entry ids, links and updated elements"],
  entries=[
  E("2030-07-23 21:00", "Chernihiv declares day of mourning as toll reaches nine",
    ["Chernihiv will hold a day of mourning on Wednesday for the nine people killed when a Russian missile hit the city's railway station, the city's military administration said.",
     "Investigators are examining missile fragments to establish which type of weapon was used."],
    "strikes", "strikes", 3, CHN, a="Iryna Holub", n="toll 9; mourning (reaction whose content is the strike)"),
  E("2030-07-23 17:20", RAIL_H, RAIL_P, "strikes", "strikes", 2, RAIL, a="Dmytro Kovalenko",
    n="theme piece (analysis of attacks on the railways); mentions the Chernihiv strike but must not merge with it"),
  E("2030-07-23 14:45", "Netherlands pledges two more Patriot launchers",
    ["The Netherlands will hand over two more Patriot launchers together with interceptor missiles by the end of September, Ukraine's defence minister said after a call with his Dutch counterpart."],
    "aid", "aid", 3, NLD, a="Oksana Marchuk", n="also in 18520"),
  E("2030-07-23 11:30", "Parliament extends deferral rules for students",
    ["The Verkhovna Rada voted to extend the rules that allow full-time students under 25 to defer military service for another year, with 261 lawmakers in favour.",
     "The bill also tightens checks on private universities after reports that some had enrolled men only to help them avoid the draft."],
    "other", "politics", 2, "rada-student-deferral-extension-2030-07-23", a="Oksana Marchuk"),
  E("2030-07-23 08:30", "At least three killed as Russian missiles hit Chernihiv",
    ["At least three people were killed when a Russian missile hit the railway station in Chernihiv at 07:45 on Tuesday, the regional military administration said.",
     "Air raid sirens sounded in the region only minutes before the strike."],
    "strikes", "strikes", 3, CHN, a="Iryna Holub", n="first report, toll 3"),
  ]))

# ---------------------------------------------------------------- day 2: 2030-07-24
BTS = "bila-tserkva-drone-missile-strike-2030-07-24"
DRN = "vilnius-drone-coalition-pledges-2030-07-24"

# ---------------------------------------------------------------- 18530 Gorsefield Evening Post (day 2, text live, oldest first, 'HH:MM — Headline')
SEEDS.append(dict(
  id="18530", name="18530_gorsefield-textlive", ext="txt", source="Gorsefield Evening Post", zone="Europe/Berlin", render=r_txt_live_dash,
  title="Ukraine live: deadly strike on Bila Tserkva; allies pledge a million drones", dateline="Wednesday, 24 July 2030 \u00b7 All times CEST",
  lede="Our live coverage of Russia's war against Ukraine. Updates are added through the day, oldest first.",
  basis="bare time '{s}' at the start of the post line (zone printed once in the dateline 'Wednesday, 24 July 2030 \u00b7 All times CEST', UTC+2); local {d} in {z}",
  notes="Invented outlet (Berlin, English edition). Text live blog, oldest first. Each post: one line 'HH:MM \u2014 Headline' (bare time, em dash, headline; the stamp is the time before the dash), body, 'Reporting: NAME', then a '* * *' separator. The zone is printed once ('All times CEST'). 18530-02 repeats 18530-01 near-verbatim 25 minutes later (duplicate_of 18530-01, importance 1). 18530-03 continues day 1's Chernihiv story (toll 10). 18530-04 is a theme piece (explainer on mobile anti-drone groups; its own story). The Bila Tserkva strike (toll 3, then 7) is also told by 18531, 18532 (spelled 'Belaya Tserkov') and 18533.",
  not_entries=["masthead and menu", "'LIVE BLOG' label", "page title and dateline 'Wednesday, 24 July 2030 \u00b7 All times CEST'", "lede paragraph",
               "'* * *' separators", "'Reporting: NAME' lines (author, not body)", "'Advertisement' after the fourth post", "closing line and footer"],
  entries=[
  E("2030-07-24 07:30", "Drone and missile attack on Bila Tserkva: three dead",
    ["Three people were killed when Russian drones and a cruise missile hit an industrial area and nearby apartment blocks in Bila Tserkva, south of Kyiv, early on Wednesday, regional officials said.",
     "The city's mayor said a fire at a tyre factory had been brought under control."],
    "strikes", "strikes", 3, BTS, a="Jonas Albright", n="toll 3"),
  E("2030-07-24 07:55", "Drone and missile attack on Bila Tserkva: three dead",
    ["Three people were killed when Russian drones and a cruise missile struck an industrial area and nearby apartment blocks in Bila Tserkva, south of Kyiv, early on Wednesday, regional officials said.",
     "The mayor said a fire at a tyre factory had been brought under control."],
    "strikes", "strikes", 1, BTS, a="Jonas Albright", dup="18530-01", n="near-verbatim repeat of 18530-01 (one word changed)"),
  E("2030-07-24 08:10", "Chernihiv toll rises to ten",
    ["A woman injured in Tuesday's missile strike on Chernihiv railway station has died in hospital, bringing the death toll to ten, the regional governor said.",
     "The city is observing a day of mourning."],
    "strikes", "strikes", 3, CHN, a="Jonas Albright", n="continuation of the day-1 story (toll 10); also 18533"),
  E("2030-07-24 11:45", "Explainer: How Ukraine's mobile fire groups hunt drones",
    ["Most Russian attack drones that are shot down over Ukraine are not hit by missiles but by machine guns mounted on pick-up trucks.",
     "These mobile fire groups, often made up of older reservists and volunteers, move between fixed positions along known flight routes. Searchlights, acoustic sensors and small radars tell them where to aim.",
     "They are cheap and effective against slow drones but useless against ballistic and cruise missiles, which is why Ukraine still needs Patriot and IRIS-T batteries."],
    "strikes", "strikes", 2, "explainer-mobile-fire-groups-anti-drone", a="Clara Wendt",
    n="theme piece (explainer on air defence against drones), its own story; must not merge with the Bila Tserkva strike"),
  E("2030-07-24 13:20", "Allies pledge a million drones at Vilnius meeting",
    ["Defence ministers meeting in Vilnius pledged to deliver one million drones to Ukraine by the end of the year, Lithuania's defence minister said after the meeting of the Ukraine Defence Contact Group.",
     "Germany, the Netherlands and the Nordic countries will pay for most of them, to be built largely in Ukraine."],
    "aid", "aid", 3, DRN, a="Clara Wendt", n="also in 18532 and 18533"),
  E("2030-07-24 15:40", "Bila Tserkva: death toll now seven",
    ["The number of people killed in the morning attack on Bila Tserkva has risen to seven, the head of the Kyiv regional military administration said.",
     "Rescuers found three more bodies in a partly collapsed five-storey building. Twenty-six people were injured."],
    "strikes", "strikes", 3, BTS, a="Jonas Albright", n="toll 7"),
  E("2030-07-24 18:30", "German prosecutors charge two men with spying on Ukrainian soldiers",
    ["Federal prosecutors in Karlsruhe have charged two dual Russian-German nationals with spying on Ukrainian soldiers training at a US base in Bavaria on behalf of Russian military intelligence.",
     "The men are accused of photographing the base and passing on details of training schedules."],
    "other", "security", 2, "germany-espionage-charges-ukrainian-trainees-2030-07-24", a="Clara Wendt"),
  ]))

# ---------------------------------------------------------------- 18531 Saltmarsh Ledger (day 2, HTML live, newest first, '8:45pm' Kyiv time)
SEEDS.append(dict(
  id="18531", name="18531_saltmarsh-htmllive", ext="html", source="Saltmarsh Ledger", zone="Europe/Kyiv", render=r_html_live_pm,
  title="Live: Bila Tserkva mourns after Russian strike", dateline="Wednesday 24 July 2030 \u00b7 All times are Kyiv time (EEST)",
  lede="Follow our live coverage from Ukraine.", prev="2030-07-23",
  basis="visible time '{s}' (12-hour clock; zone printed once in the meta line 'All times are Kyiv time (EEST)', UTC+3) on Wednesday 24 July 2030; local {d} in {z}",
  notes="Invented outlet (Kyiv). HTML live blog without JSON-LD, newest first. Meta line 'Wednesday 24 July 2030 \u00b7 All times are Kyiv time (EEST)'. Each post: span '8:45pm', optional label 'Republished from PARTNER', h3 headline, author line, body; the 'Photos:' teaser prints only 'Gallery: 9 photos' (importance 1, author null). 18531-03 is a re-post of day 1's analysis 18523-02 (same headline, same text, same author) under 'Republished from Copperwick Times': importance 1, duplicate_of null (duplicates are defined within one seed), same story slug as day 1. Must-not-merge: the Fastiv drone debris (same Kyiv region, other event). Zelensky's visit with the updated toll is a reaction whose content is the strike (same story). A donation box follows the third post.",
  not_entries=["masthead and menu", "page title (h1)", "meta line 'Wednesday 24 July 2030 \u00b7 All times are Kyiv time (EEST)'", "intro 'Follow our live coverage from Ukraine.'",
               "label 'Republished from Copperwick Times' (source label, not body)", "author lines (not body)", "gallery placeholder 'Gallery: 9 photos'",
               "donation box after the third post", "link 'Read yesterday\u2019s live blog'", "footer"],
  entries=[
  E("2030-07-24 20:45", "Zelensky visits Bila Tserkva, promises help to families",
    ["President Volodymyr Zelensky visited Bila Tserkva on Wednesday evening and laid flowers at the damaged apartment block, where the toll from the morning attack stands at seven.",
     "He said every family that lost a home would be given temporary housing within a week."],
    "strikes", "strikes", 3, BTS, a="Mykola Tarasenko", n="reaction whose content is the strike, with the toll (7): same story"),
  E("2030-07-24 18:10", "Photos: Bila Tserkva counts the damage", [],
    "strikes", "strikes", 1, BTS, n="photo teaser without text"),
  E("2030-07-24 16:30", RAIL_H, RAIL_P, "strikes", "strikes", 1, RAIL, a="Dmytro Kovalenko", partner="Copperwick Times",
    n="re-post of day-1 entry 18523-02 (Copperwick Times analysis), republished verbatim: importance 1"),
  E("2030-07-24 14:05", "Drone debris damages houses near Fastiv",
    ["Debris from a Russian drone shot down over the Fastiv district of the Kyiv region damaged three private houses and a power line on Wednesday afternoon, the regional administration said. No one was injured."],
    "strikes", "strikes", 2, "fastiv-drone-debris-2030-07-24", a="Sofiia Hnatiuk",
    n="same region (Kyiv oblast) as Bila Tserkva, another event: must not merge"),
  E("2030-07-24 12:25", "Cabinet names new head of defence procurement agency",
    ["The cabinet has appointed a new director of the Defence Procurement Agency, the state body that buys weapons and ammunition for the armed forces.",
     "Her predecessor resigned this month after an audit found delays in several shell contracts."],
    "other", "politics", 2, "defence-procurement-agency-new-head-2030-07-24", a="Sofiia Hnatiuk"),
  E("2030-07-24 10:20", "Bila Tserkva toll rises to four",
    ["Four people are now known to have been killed in the Russian attack on Bila Tserkva, the Kyiv regional military administration said.",
     "Among the dead is a night-shift worker at the tyre factory that was hit by a cruise missile."],
    "strikes", "strikes", 3, BTS, a="Mykola Tarasenko", n="toll 4"),
  E("2030-07-24 08:05", "Russia says it repelled Ukrainian drone attack on Crimean bridge",
    ["Russia's defence ministry said its forces had destroyed 22 Ukrainian drones and two uncrewed surface vessels approaching the Crimean bridge overnight.",
     "Traffic on the bridge was halted for almost four hours, the bridge's operator said."],
    "strikes", "strikes", 2, "crimean-bridge-drone-attack-repelled-2030-07-24"),
  ]))

# ---------------------------------------------------------------- 18532 Bellwether Wire (day 2, RSS world feed, GMT, content:encoded)
SEEDS.append(dict(
  id="18532", name="18532_bellwether-worldrss", ext="xml", source="Bellwether Wire", zone="UTC", render=r_rss_b, gmt=True, encoded=True,
  title="Bellwether Wire: Top World Stories", url="https://bellwetherwire.com", lede="The world's news, briefly",
  basis="RSS pubDate '{s}' ('GMT' = UTC); local {d} in {z}",
  notes="Invented outlet. RSS 2.0 general world feed, newest first, pubDate in GMT, each item with a one-paragraph <description> (the first paragraph) and the full text in content:encoded (body = the content:encoded paragraphs); dc:creator on some items. Four of six items are not about the war (cycling, shipping rates, wildfire smoke, the Mexican peso). War items: the strike on Bila Tserkva spelled 'Belaya Tserkov' (toll 6) and the Vilnius drone pledges (also 18530, 18533).",
  not_entries=["channel title, link, description, language, lastBuildDate, ttl", "category labels", "guid values",
               "each item's <description> (it repeats the first paragraph of content:encoded)"],
  entries=[
  OFF("2030-07-24 19:20", "Breakaway rider wins Tour de France mountain stage",
    ["A 23-year-old Norwegian rider won the 17th stage of the Tour de France after a 90-kilometre breakaway in the Alps, while the overall leader kept the yellow jersey.",
     "Three stages remain before the finish in Paris on Sunday."],
    "tour-de-france-stage-17-2030-07-24", n="sport", cat="Sport"),
  E("2030-07-24 16:45", "Allies pledge 1 million drones for Ukraine at Vilnius talks",
    ["Countries backing Ukraine promised on Wednesday to supply one million drones by the end of 2030 at a meeting of defence ministers in Vilnius.",
     "Most of the drones will be built by Ukrainian companies with Western money, officials said. Russia did not immediately comment."],
    "aid", "aid", 3, DRN, a="Martin Osei", cat="World", n="also in 18530 and 18533"),
  OFF("2030-07-24 14:10", "Container shipping rates fall for sixth week",
    ["Spot rates for shipping containers between Asia and northern Europe fell for a sixth straight week, according to an industry index, as new vessels added capacity."],
    "container-shipping-rates-2030-07-24", n="markets", cat="Business"),
  E("2030-07-24 10:05", "Six killed in Russian strike on Belaya Tserkov",
    ["At least six people were killed when Russian drones and missiles struck Belaya Tserkov, a city about 80 kilometres south of Kyiv, local officials said on Wednesday.",
     "The attack hit a tyre factory and apartment buildings nearby."],
    "strikes", "strikes", 3, BTS, cat="World", n="spelling 'Belaya Tserkov' (Russian form of Bila Tserkva); toll 6"),
  OFF("2030-07-24 07:30", "Wildfire smoke from Canada reaches US Midwest",
    ["Smoke from more than 400 wildfires burning in western Canada drifted over the US Midwest, prompting air-quality alerts in Chicago and Minneapolis."],
    "canada-wildfire-smoke-midwest-2030-07-24", n="wildfires", cat="Americas"),
  OFF("2030-07-24 03:15", "Mexican peso slips after central bank cuts rates",
    ["The Mexican peso weakened about 1 per cent against the dollar after the Bank of Mexico cut its benchmark interest rate by a quarter point."],
    "mexican-peso-rate-cut-2030-07-24", a="Ana Beltr\u00e1n", n="markets", cat="Business"),
  ]))

# ---------------------------------------------------------------- 18533 Cobblestone Daily (day 2, Atom, +02:00, inline XHTML content)
SEEDS.append(dict(
  id="18533", name="18533_cobblestone-atom", ext="xml", source="Cobblestone Daily", zone="Europe/Madrid", render=r_atom_b,
  title="Cobblestone Daily \u2013 Ukraine", url="https://cobblestonedaily.es", feedpath="ukraine/feed.atom", idprefix="ukr", content="xhtml",
  generator="WordPress", lede="Cobblestone Daily's coverage of the war in Ukraine, in English",
  basis="Atom <published> '{s}' (explicit +02:00 offset, Madrid summer time); local {d} in {z}",
  notes="Invented outlet (Madrid, English edition). Atom 1.0 feed, newest first, <published> with +02:00, authors, inline XHTML content (type=\"xhtml\", <p> paragraphs inside an XHTML div). Carries the Bila Tserkva strike (first report, toll 2), the day-1 Chernihiv story continued (funerals, missile named, toll 10), Spain's share of the Vilnius drone pledges (same event as 18530-05 and 18532-02). Must-not-merge: the Nikopol shelling (another deadly strike the same day, elsewhere).",
  not_entries=["feed title, subtitle, links, id, updated, generator", "entry ids, links and updated elements"],
  entries=[
  E("2030-07-24 20:30", "Spain pledges 60,000 drones at Vilnius meeting",
    ["Spain will finance 60,000 drones for Ukraine as part of the allied drive announced in Vilnius on Wednesday to deliver one million by the end of the year, the defence ministry in Madrid said."],
    "aid", "aid", 3, DRN, a="Luc\u00eda Ferrer", n="Spain's share of the Vilnius pledges: same event as 18530-05 / 18532-02"),
  E("2030-07-24 17:05", "Nikopol shelling kills two",
    ["Russian artillery fire from across the Dnipro river killed two men in Nikopol on Wednesday afternoon, the Dnipropetrovsk regional administration said."],
    "strikes", "strikes", 3, "nikopol-shelling-2030-07-24", a="Javier Ostos",
    n="another deadly strike the same day: must not merge with Bila Tserkva"),
  E("2030-07-24 12:40", "Chernihiv buries its dead as prosecutors name the missile",
    ["The first funerals of victims of Tuesday's strike on Chernihiv railway station took place on Wednesday as the city observed a day of mourning.",
     "Ukraine's prosecutor general's office said the station was hit by an Iskander-M ballistic missile launched from Russia's Bryansk region. The death toll has risen to ten."],
    "strikes", "strikes", 3, CHN, a="Javier Ostos", n="continuation of the day-1 story (funerals, missile type, toll 10); also 18530"),
  E("2030-07-24 09:10", "Madrid conference discusses schooling for Ukrainian refugee children",
    ["Education ministers from 14 European countries met in Madrid to discuss how to keep Ukrainian refugee children in school, as the number enrolled in host-country schools has stalled.",
     "Spain hosts about 230,000 Ukrainians under temporary protection."],
    "other", "humanitarian", 2, "madrid-refugee-schooling-conference-2030-07-24", a="Luc\u00eda Ferrer"),
  E("2030-07-24 06:15", "Two killed in overnight attack on Bila Tserkva",
    ["At least two people were killed when a Russian attack hit Bila Tserkva, in the Kyiv region, early on Wednesday, Ukrainian officials said.",
     "Explosions were heard in the city shortly after 6am local time."],
    "strikes", "strikes", 3, BTS, a="Javier Ostos", n="first report, toll 2"),
  ]))

# ---------------------------------------------------------------- day 3: 2030-07-28
VIN = "vinnytsia-missile-strike-2030-07-28"
PSW = "saudi-mediated-prisoner-exchange-2030-07-28"

# ---------------------------------------------------------------- 18540 Ironbridge World Desk (day 3, Atom world feed, UTC 'Z')
SEEDS.append(dict(
  id="18540", name="18540_ironbridge-worldatom", ext="xml", source="Ironbridge World Desk", zone="UTC", render=r_atom_b,
  title="Ironbridge World Desk", url="https://ironbridgeworlddesk.com", feedpath="feeds/world.atom", idprefix="world", content="html",
  lede="Top stories from around the world",
  basis="Atom <published> '{s}' (explicit 'Z' = UTC); local {d} in {z}",
  notes="Invented outlet. Atom 1.0 general world feed, newest first, <published> in UTC ('Z'), escaped-HTML content, authors on some entries. Four of six entries are not about the war (Italian floods, half marathon record, Icelandic eruption, Sri Lankan tea). War entries: the Vinnytsia strike spelled 'Vinnitsa' (toll 8) and the Saudi-mediated prisoner exchange (also 18541, 18542).",
  not_entries=["feed title, subtitle, links, id, updated, generator", "entry ids, links and updated elements"],
  entries=[
  OFF("2030-07-28 21:10", "Flash floods hit northern Italian valleys",
    ["Flash floods after violent storms swept through two valleys in Italy's Piedmont region, washing away bridges and cutting off several villages, the civil protection agency said."],
    "piedmont-flash-floods-2030-07-28", n="weather"),
  E("2030-07-28 18:40", "Ukraine and Russia swap 140 prisoners each",
    ["Ukraine and Russia exchanged 140 prisoners of war each on Sunday in a swap mediated by Saudi Arabia, both sides said.",
     "It was the third such exchange this summer."],
    "diplomacy", "diplomacy", 3, PSW, a="Leila Haddad", n="mediated prisoner exchange; also 18541, 18542"),
  OFF("2030-07-28 15:20", "Kenyan runner breaks half marathon world record in Copenhagen",
    ["A 24-year-old Kenyan runner broke the men's half marathon world record in Copenhagen on Sunday, finishing in 56 minutes 49 seconds."],
    "copenhagen-half-marathon-record-2030-07-28", a="Leila Haddad", n="sport"),
  E("2030-07-28 11:30", "Russian missile strike on Vinnitsa kills eight",
    ["A Russian missile strike on the central Ukrainian city of Vinnitsa killed eight people and injured more than 40 on Sunday morning, Ukrainian officials said.",
     "The missiles hit a shopping street and a medical centre in the city centre."],
    "strikes", "strikes", 3, VIN, n="spelling 'Vinnitsa'; toll 8"),
  OFF("2030-07-28 08:05", "Iceland eruption forces evacuation of Grindavik again",
    ["A volcanic eruption on Iceland's Reykjanes peninsula forced the evacuation of the town of Grindavik and the nearby Blue Lagoon spa overnight, the country's meteorological office said."],
    "iceland-reykjanes-eruption-2030-07-28", n="volcano"),
  OFF("2030-07-28 04:30", "Sri Lanka's tea exports climb to five-year high",
    ["Sri Lanka's tea exports rose to their highest level in five years in the first half of the year, the country's tea board said, helped by higher prices at the Colombo auctions."],
    "sri-lanka-tea-exports-2030-07-28", n="commodities"),
  ]))

# ---------------------------------------------------------------- 18541 Driftwood Dispatch (day 3, text live, newest first, 'p.m. ET')
SEEDS.append(dict(
  id="18541", name="18541_driftwood-textlive", ext="txt", source="Driftwood Dispatch", zone="America/Toronto", render=r_txt_live_et,
  title="Russian missile strike on Vinnytsia kills 12; 140 Ukrainian prisoners come home", dateline="Sunday, July 28, 2030",
  byline="Megan Castonguay and Ivan Petryshyn",
  lede=["The Dispatch is following the latest developments in Russia's war in Ukraine. All times are Eastern."],
  basis="post time '{s}' (dotted a.m./p.m., 'ET' = Eastern, EDT = UTC-4) under the dateline 'Sunday, July 28, 2030'; local {d} in {z}",
  notes="Invented outlet (Toronto). Text live blog, newest first. Dateline 'Sunday, July 28, 2030', page byline 'Live updates by Megan Castonguay and Ivan Petryshyn' (used for every post, which carry no byline of their own; two names joined by 'and' stay one string), lede saying 'All times are Eastern.' Each post: '7:05 p.m. ET', headline, body. 4:15 a.m. to 7:05 p.m. EDT is 08:15 to 23:05 UTC, one UTC day. 18541-05 is a 'Video:' teaser with only '[Video]' (importance 1). Zelensky's appeal for Patriot interceptors (18541-06) leads with the request (aid, secondary strikes) and is its own story although it follows the Vinnytsia strike (must not merge). A newsletter line follows the second post.",
  not_entries=["masthead and menu", "'Ukraine live' label", "page title", "dateline 'Sunday, July 28, 2030'", "page byline 'Live updates by Megan Castonguay and Ivan Petryshyn'",
               "lede 'The Dispatch is following ... All times are Eastern.'", "'[Video]' placeholder in the teaser", "newsletter line after the second post",
               "'Show earlier updates'", "footer"],
  entries=[
  E("2030-07-28 19:05", "Canada adds 30 names to Russia sanctions list",
    ["Global Affairs Canada added 30 individuals and 12 entities to its Russia sanctions list on Sunday, including executives of companies that it says supply electronics for Russian missiles."],
    "diplomacy", "diplomacy", 2, "canada-russia-sanctions-listings-2030-07-28", a="Megan Castonguay and Ivan Petryshyn", n="targeted sanctions listing"),
  E("2030-07-28 16:20", "Prisoner swap brings 140 Ukrainians home",
    ["One hundred and forty Ukrainian prisoners of war returned home on Sunday in an exchange with Russia mediated by Saudi Arabia, President Volodymyr Zelensky said.",
     "Among them were two soldiers from a unit that included volunteers from Canada, according to Ukraine's co-ordination headquarters for prisoners of war."],
    "diplomacy", "diplomacy", 3, PSW, a="Megan Castonguay and Ivan Petryshyn", n="also 18540, 18542"),
  E("2030-07-28 13:30", "Vinnytsia death toll climbs to 12",
    ["The number of people killed in Sunday's Russian missile strike on Vinnytsia has risen to 12, including a child, the regional governor said.",
     "More than 50 people were injured."],
    "strikes", "strikes", 3, VIN, a="Megan Castonguay and Ivan Petryshyn", n="toll 12"),
  E("2030-07-28 10:50", "Canada to train Ukrainian combat medics in Alberta",
    ["About 300 Ukrainian combat medics will be trained at Canadian Forces Base Wainwright in Alberta this fall, the Department of National Defence said."],
    "aid", "aid", 2, "canada-combat-medic-training-2030-07-28", a="Megan Castonguay and Ivan Petryshyn"),
  E("2030-07-28 08:40", "Video: Rescuers search rubble in Vinnytsia", [],
    "strikes", "strikes", 1, VIN, a="Megan Castonguay and Ivan Petryshyn", n="video teaser without text"),
  E("2030-07-28 06:25", "Zelensky asks allies for more Patriot interceptors after Vinnytsia strike",
    ["President Volodymyr Zelensky urged Ukraine's allies to speed up deliveries of Patriot interceptor missiles, saying Russia had fired ballistic missiles at central Ukraine because it knew the region's air defences were stretched."],
    "aid", "aid", 2, "zelensky-patriot-interceptor-appeal-2030-07-28", a="Megan Castonguay and Ivan Petryshyn", sec=["strikes"],
    n="appeal for air defence (aid); follows the Vinnytsia strike but is its own story: must not merge"),
  E("2030-07-28 04:15", "Russian missiles hit Vinnytsia, at least five dead",
    ["At least five people were killed when Russian missiles struck the city of Vinnytsia in central Ukraine on Sunday morning, officials said.",
     "The city was last hit by a deadly strike in 2022, when a missile attack on its centre killed more than 20 people."],
    "strikes", "strikes", 3, VIN, a="Megan Castonguay and Ivan Petryshyn", n="first report, toll 5"),
  ]))

# ---------------------------------------------------------------- 18542 Eastmarch Review (day 3, HTML article with sections, Prague)
SEEDS.append(dict(
  id="18542", name="18542_eastmarch-article", ext="html", source="Eastmarch Review", zone="Europe/Prague", render=r_html_article,
  title="Ukraine on Sunday: Vinnytsya mourns, prisoners return, Czech shell plant deal", kicker="Ukraine",
  url="https://eastmarchreview.cz/ukraine/2030/07/28/ukraine-on-sunday", published="2030-07-28 16:20", byline="Tereza Mal\u00e1",
  lede="The day's main developments in Russia's war against Ukraine, in brief.",
  related=["Czech ammunition makers expand into Ukraine", "Prague's drone-detection start-ups find buyers in Kyiv"],
  basis="no per-section time; the article's date line '28 July 2030, 16:20' (no zone printed; Prague time, CEST = UTC+2; JSON-LD datePublished gives the same instant with +02:00) applies to every section; local {d} in {z}",
  notes="Invented outlet (Prague, English edition). HTML article with NewsArticle JSON-LD. Kicker 'Ukraine', h1, standfirst, byline 'By Tereza Mal\u00e1' (used as every section's author), date line '28 July 2030, 16:20' (no zone printed: Prague time, consistent with the JSON-LD +02:00), share line, then four h2 sections (one entry each, no per-section time). Spelling 'Vinnytsya' (older transliteration; toll 11). 18542-03 'Why the centre?' is a theme piece (analysis of strikes on central Ukraine; its own story, must not merge with the Vinnytsia strike).",
  not_entries=["header logo, menu and 'Subscribe'", "kicker 'Ukraine'", "article title (h1)", "standfirst", "byline 'By Tereza Mal\u00e1'", "date line '28 July 2030, 16:20'",
               "share line (Share, Print, E-mail)", "'Related' box and its two links", "footer"],
  entries=[
  E("2030-07-28 16:20", "Vinnytsya mourns",
    ["The toll from Sunday morning's Russian missile strike on Vinnytsya rose to 11, the regional administration said in the afternoon. Most of the victims were shoppers on a pedestrian street in the centre.",
     "Vinnytsya, about 200 kilometres south-west of Kyiv, is home to the command of the Ukrainian air force."],
    "strikes", "strikes", 3, VIN, a="Tereza Mal\u00e1", n="spelling 'Vinnytsya'; toll 11"),
  E("2030-07-28 16:20", "Prisoners return",
    ["Ukraine and Russia exchanged 140 prisoners of war each in a swap brokered by Saudi Arabia. Ukraine's co-ordination headquarters said most of the returning soldiers had been captured in the Kursk and Donetsk regions."],
    "diplomacy", "diplomacy", 3, PSW, a="Tereza Mal\u00e1", n="also 18540, 18541"),
  E("2030-07-28 16:20", "Why the centre?",
    ["Russia's strikes on cities far from the front, such as Vinnytsya, Khmelnytskyi and Zhytomyr, are meant to show that nowhere in Ukraine is safe, analysts say.",
     "They also test air defences that are spread thin: most Patriot batteries protect Kyiv and the big cities of the east and south."],
    "strikes", "strikes", 2, "analysis-strikes-on-central-ukraine", a="Tereza Mal\u00e1",
    n="theme piece (analysis); mentions Vinnytsya but must not merge with the strike"),
  E("2030-07-28 16:20", "Czech firm to build shell plant in Ukraine",
    ["A Czech defence group signed an agreement to build a plant for 155mm artillery shells in western Ukraine, with production due to start in 2032."],
    "aid", "aid", 2, "czech-shell-plant-ukraine-2030-07-28", a="Tereza Mal\u00e1"),
  ]))

# ---------------------------------------------------------------- 18543 Hollinsby Observer (day 3, HTML live, oldest first, Kyiv)
SEEDS.append(dict(
  id="18543", name="18543_hollinsby-htmllive", ext="html", source="Hollinsby Observer", zone="Europe/Kyiv", render=r_html_live_kyiv,
  title="Russia's war against Ukraine: Sunday, 28 July \u2014 live", lede="Updates from our newsroom in Kyiv, oldest first.",
  basis="visible time '{s}' under the date separator 'Sunday 28 July 2030' (no zone printed as text; the post's <time datetime> carries +03:00, Kyiv summer time); local {d} in {z}",
  notes="Invented outlet (Kyiv). HTML live blog without JSON-LD, oldest first. A date separator 'Sunday 28 July 2030'; each post: <time datetime=\"...+03:00\">10:40</time>, h2 headline, body, signature '\u2014 NAME'. 18543-03 repeats 18543-02 near-verbatim 25 minutes later (duplicate_of 18543-02, importance 1). Must-not-merge: the overnight drone attack (18543-01, a different event from the morning missile strike on Vinnytsia) and the Haisyn grain-elevator drone strike (same Vinnytsia region, other event). Sybiha's statement is its own diplomatic story. A membership box follows the third post.",
  not_entries=["header and menu ('Become a member')", "page title (h1)", "lead line", "date separator 'Sunday 28 July 2030'", "signatures '\u2014 NAME' (author, not body)",
               "membership box after the third post", "closing line 'Follow our live coverage tomorrow.'", "footer"],
  entries=[
  E("2030-07-28 09:15", "Air force: 48 of 63 drones downed overnight",
    ["Russia attacked Ukraine overnight with 63 Shahed-type drones and decoys, of which 48 were shot down or jammed, the air force said.",
     "Hits were recorded in the Sumy and Chernihiv regions. No casualties were reported."],
    "strikes", "strikes", 2, "overnight-drone-attack-63-drones-2030-07-28", a="Olha Savchuk",
    n="overnight drone attack, a different event from the Vinnytsia missile strike: must not merge"),
  E("2030-07-28 10:40", "Missile strike on Vinnytsia: three killed",
    ["Russian missiles hit the centre of Vinnytsia at about 10:20, killing at least three people, the head of the regional military administration said.",
     "Ambulances and rescue crews are at the scene on Soborna Street."],
    "strikes", "strikes", 3, VIN, a="Olha Savchuk", n="first report, toll 3"),
  E("2030-07-28 11:05", "Missile strike on Vinnytsia: three killed",
    ["Russian missiles hit the centre of Vinnytsia at about 10:20, killing at least three people, the head of the regional military administration said.",
     "Ambulances and rescue teams are at the scene on Soborna Street."],
    "strikes", "strikes", 1, VIN, a="Olha Savchuk", dup="18543-02", n="near-verbatim repeat of 18543-02 (one word changed in the second paragraph)"),
  E("2030-07-28 13:30", "Drone hits grain elevator in Haisyn district",
    ["A Russian drone hit a grain elevator in the Haisyn district of the Vinnytsia region on Sunday afternoon, starting a fire, the regional administration said. There were no casualties."],
    "strikes", "strikes", 2, "haisyn-grain-elevator-drone-strike-2030-07-28", a="Taras Bilyk",
    n="same region as the Vinnytsia city strike, another event: must not merge"),
  E("2030-07-28 15:45", "Sybiha: no talks while Russia bombs cities",
    ["Foreign Minister Andrii Sybiha said there could be no serious peace talks while Russia kept firing missiles at Ukrainian cities, speaking to reporters in Kyiv.",
     "He said Ukraine had asked the UN Security Council to hold an urgent meeting."],
    "diplomacy", "diplomacy", 2, "sybiha-no-talks-under-bombardment-2030-07-28", a="Taras Bilyk"),
  E("2030-07-28 19:10", "Vinnytsia toll rises to 12; day of mourning declared",
    ["Twelve people, including a 9-year-old girl, were killed in the morning missile strike on Vinnytsia, the regional governor said, and Monday was declared a day of mourning in the city.",
     "Fifty-three people were injured."],
    "strikes", "strikes", 3, VIN, a="Olha Savchuk", n="toll 12"),
  E("2030-07-28 21:30", "Drones target refinery in Russia's Saratov region, governor says",
    ["Drones attacked an oil refinery in the Russian city of Saratov on Sunday evening, the regional governor said, adding that debris had damaged several houses.",
     "Ukraine's military did not comment."],
    "strikes", "strikes", 2, "saratov-refinery-drone-attack-2030-07-28", a="Taras Bilyk"),
  ]))


if __name__ == "__main__":
    main()

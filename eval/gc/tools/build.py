#!/usr/bin/env python3
"""Builds the eval/gc seed pages and their gold files from one hand-written data table (further below).
All news text is the blind tester's own invented wording, set in August 2030 with the war still under way.
Part A imitates, from memory, the page layouts of ten real outlets; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/gc/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "E.U.", "U.K.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: local time 'YYYY-MM-DD HH:MM' (or a bare date 'YYYY-MM-DD' when the page prints no time) in the page zone,
    headline (None for an untitled lead section), body paragraphs, topic, subtopic, importance, story slug, labels."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    """an item not about the war (other/unrelated, importance 1)."""
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
    if len(s) == 10:
        return datetime.strptime(s, "%Y-%m-%d").replace(tzinfo=ZoneInfo(zone))
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", upper=False, dots=False):
    hh = d.hour % 12 or 12
    suf = "am" if d.hour < 12 else "pm"
    if dots:
        suf = suf[0] + ".m."
    return f"{hh}{sep}{d.minute:02d}{space}{suf.upper() if upper else suf}"


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


def slugify(s, n=72):
    """URL slug cut at a word boundary, at most n characters."""
    full = re.sub(r"[^a-z0-9]+", "-", s.lower().replace("\u2019", "").replace("'", "")).strip("-")
    if len(full) <= n:
        return full
    cut = full[:n + 1]
    return cut[:cut.rfind("-")] if "-" in cut else full[:n]


def cdata_html(ps):
    return "<![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in ps) + "]]>"


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_fox(S):
    """Fox News 'World' RSS (google-publisher style): per item link, media:content, guid, title, a one-line description (the dek),
    content:encoded with the full article HTML (ALL-CAPS related-story links and the app plug between paragraphs, then an agency
    contribution line and the writer's bio in italics), several <category domain=...> tags, pubDate with -0400 (US Eastern)."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss xmlns:media="http://search.yahoo.com/mrss/" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.foxnews.com/world</link>',
           '<atom:link href="https://moxie.foxnews.com/google-publisher/world.xml" rel="self" type="application/rss+xml"/>',
           '<description>World news from Fox News</description>',
           '<image><url>https://static.foxnews.com/static/orion/styles/img/fox-news/og/og-fox-news.png</url><title>Fox News</title><link>https://www.foxnews.com/</link></image>',
           '<language>en-US</language>', f'<copyright>Copyright {dt(S["entries"][0]["t"], z).year} FOX News Network, LLC. All rights reserved.</copyright>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        url = f"https://www.foxnews.com/world/{slugify(e['h'])}"
        body = []
        for k, p in enumerate(e["p"]):
            body.append(f"<p>{esc(p)}</p>")
            if k == 0 and e.get("caps"):
                body.append(f'<p><a href="https://www.foxnews.com/world/{slugify(e["caps"])}" target="_blank"><strong>{esc(e["caps"])}</strong></a></p>')
            if k == 1 and i % 2 == 0:
                body.append('<p><a href="https://www.foxnews.com/apps-products" target="_blank"><strong>CLICK HERE TO GET THE FOX NEWS APP</strong></a></p>')
        if e.get("contrib"):
            body.append(f"<p><i>{esc(e['contrib'])}</i></p>")
        if e.get("bio"):
            body.append(f"<p><i>{esc(e['bio'])}</i></p>")
        out += ['<item>', f'<link>{url}</link>',
                f'<media:content url="https://a57.foxnews.com/static.foxnews.com/foxnews.com/content/uploads/{d:%Y/%m}/1200/675/{slugify(e["h"], 24)}.jpg" medium="image" height="675" width="1200"/>',
                f'<guid isPermaLink="false">{url}</guid>', f'<title>{esc(e["h"])}</title>', f'<description>{esc(e["dek"])}</description>',
                '<content:encoded><![CDATA[' + "".join(body) + ']]></content:encoded>']
        for dom, val in [("foxnews.com/taxonomy", e["tax"]), ("foxnews.com/metadata/dc.identifier", f"{0x4a1c9e27 + i * 104729:08x}-{0x5c1a + i * 31:04x}-5e0f-9a3d-{0x0b7d7c2e1000 + i * 7919:012x}"),
                         ("foxnews.com/section-path", "fox-news/world"), ("foxnews.com/content-type", "article")]:
            out.append(f'<category domain="{dom}">{esc(val)}</category>')
        out += [f'<pubDate>{st}</pubDate>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_cbs(S):
    """CBS News 'World' RSS: channel image, per item title, link, a one-sentence description, a non-standard <image> element with the
    thumbnail URL, a uuid guid, pubDate with -0400. No authors in the feed. Video items link to /video/."""
    z = S["zone"]; order_check(S, True)
    top = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.cbsnews.com/world/</link>', '<description>World From CBSNews.com</description>',
           '<image><title>World - CBSNews.com</title><url>https://www.cbsnews.com/assets/show/cbsnews/logo-cbs-news-rss.png</url><link>https://www.cbsnews.com/world/</link></image>',
           '<language>en</language>', '<copyright>Copyright CBS Interactive Inc. All rights reserved.</copyright>',
           f'<lastBuildDate>{rfc822(top)}</lastBuildDate>',
           '<atom:link href="https://www.cbsnews.com/latest/rss/world" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        kind = "video" if e.get("video") else "news"
        url = f"https://www.cbsnews.com/{kind}/{slugify(e['h'])}/"
        uid = f"{0x5f3a21c0 + i * 40503:08x}-{0x2b1c + i:04x}-4e{i:02d}-9c7d-{0x1f00a2b3c4d5 + i * 977:012x}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>', f'<description>{esc(" ".join(e["p"]))}</description>',
                f'<image>https://assets{1 + i % 3}.cbsnewsstatic.com/hub/i/r/{d:%Y/%m/%d}/{uid[:8]}-{uid[9:13]}/thumbnail/1200x630/{slugify(e["h"], 12)}.jpg</image>',
                f'<guid isPermaLink="false">{uid}</guid>', f'<pubDate>{st}</pubDate>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_wapo(S):
    """Washington Post 'World' RSS: dc:creator with several names comma-separated, one-paragraph description, pubDate in +0000."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://www.washingtonpost.com/world</link>',
           '<atom:link href="https://feeds.washingtonpost.com/rss/world" rel="self" type="application/rss+xml"/>',
           '<description>Washington Post: World</description>', '<language>en-US</language>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>', '<sy:updatePeriod>hourly</sy:updatePeriod>', '<sy:updateFrequency>1</sy:updateFrequency>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        url = f"https://www.washingtonpost.com/{e.get('sect', 'world')}/{d:%Y/%m/%d}/{slugify(e['h'], 60)}/"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>', f'<guid isPermaLink="true">{url}</guid>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += [f'<description>{esc(" ".join(e["p"]))}</description>', f'<pubDate>{st}</pubDate>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_lat(S):
    """Los Angeles Times 'World & Nation' RSS: dc:creator (a staff name or 'Associated Press'), description, pubDate in GMT,
    media:content with media:description (photo caption) and media:credit."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" version="2.0">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.latimes.com/world-nation</link>',
           '<atom:link href="https://www.latimes.com/world-nation/rss2.0.xml" rel="self" type="application/rss+xml"/>',
           '<description>Breaking news and analysis from around the world and across the nation</description>', '<language>en-US</language>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=True)}</lastBuildDate>', '<sy:updatePeriod xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">hourly</sy:updatePeriod>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=True); stamps.append(st)
        url = f"https://www.latimes.com/{e.get('sect', 'world-nation')}/story/{d:%Y-%m-%d}/{slugify(e['h'], 64)}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>', f'<guid isPermaLink="true">{url}</guid>',
                f'<description>{esc(" ".join(e["p"]))}</description>', f'<pubDate>{st}</pubDate>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += [f'<media:content url="https://ca-times.brightspotcdn.com/dims4/default/{0x3c1d0 + i * 311:x}/2147483647/strip/true/crop/5000x3333+0+0/resize/1200x800!/quality/75/{slugify(e["h"], 20)}.jpg" type="image/jpeg" medium="image" width="1200" height="800">',
                f'<media:description>{esc(e["cap"])}</media:description>', f'<media:credit>{esc(e["credit"])}</media:credit>', '</media:content>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_indy_chrome(S):
    """The Independent 'World' RSS as copied out of Chrome's raw-XML viewer and saved as text: the viewer's notice line, then the
    document tree one element per line, CDATA sections shown literally (title, description, dc:creator), pubDate with +0100."""
    z = S["zone"]; order_check(S, True)
    L = ["This XML file does not appear to have any style information associated with it. The document tree is shown below.",
         '<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
         'xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" version="2.0">',
         "<channel>", "<title>", f"<![CDATA[ {S['title']} ]]>", "</title>",
         "<link>https://www.independent.co.uk/news/world/rss</link>", "<description>", "<![CDATA[ The latest world news from The Independent ]]>", "</description>",
         "<language>en-gb</language>", f"<lastBuildDate>{rfc822(dt(S['entries'][0]['t'], z))}</lastBuildDate>",
         '<atom:link href="https://www.independent.co.uk/news/world/rss" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        url = f"https://www.independent.co.uk/news/world/{e['sect']}/{slugify(e['h'], 70)}-b{2604417 + i * 193}.html"
        L += ["<item>", "<title>", f"<![CDATA[ {e['h']} ]]>", "</title>", "<description>", f"<![CDATA[ {' '.join(e['p'])} ]]>", "</description>",
              f"<link>{url}</link>", f"<guid>{url}</guid>"]
        if e["a"]:
            L += ["<dc:creator>", f"<![CDATA[ {e['a']} ]]>", "</dc:creator>"]
        L += [f"<pubDate>{st}</pubDate>"] + [f"<category>{c}</category>" for c in e["cats"]]
        L += [f'<media:content url="https://static.independent.co.uk/{d:%Y/%m/%d}/{d:%H}/{slugify(e["h"], 18)}.jpg" medium="image" type="image/jpeg" width="1200" height="800"/>',
              "</item>"]
    L += ["</channel>", "</rss>"]
    return "\n".join(L) + "\n", stamps


def r_telegraph(S):
    """The Telegraph section page (HTML): masthead, main navigation, section heading, a BreadcrumbList JSON-LD block, then cards newest
    first: optional badge (LIVE / Premium / Comment), headline link, optional standfirst, optional 'By NAME', and
    <time datetime="...+01:00">12 August 2030 • 4:35pm</time> (UK time, no zone printed). Video cards ('Watch: ...') carry no standfirst."""
    z = S["zone"]; order_check(S, True)
    base = "https://www.telegraph.co.uk"
    ld = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "News", "item": f"{base}/news/"},
        {"@type": "ListItem", "position": 2, "name": "World", "item": f"{base}/world-news/"},
        {"@type": "ListItem", "position": 3, "name": S["title"], "item": f"{base}/world-news/russia-ukraine-war/"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | The Telegraph</title>',
           '<meta name="description" content="The latest news, analysis and comment on the Russia-Ukraine war from The Telegraph">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body class="section-page">',
           '<div class="cookie-banner">We use cookies to personalise content and ads. <button>Accept all</button> <button>Manage preferences</button></div>',
           '<header class="site-header"><a class="site-header__logo" href="/">The Telegraph</a>'
           '<a class="btn btn--subscribe" href="/customer/subscribe/">Subscribe now</a> <a class="btn btn--login" href="/customer/secure/login/">Log in</a>'
           '<nav class="site-nav"><a href="/news/">News</a> <a href="/sport/">Sport</a> <a href="/business/">Business</a> <a href="/money/">Money</a> '
           '<a href="/opinion/">Opinion</a> <a href="/world-news/russia-ukraine-war/">Ukraine</a> <a href="/us/">US</a> <a href="/royal-family/">Royals</a> '
           '<a href="/lifestyle/">Life</a> <a href="/style/">Style</a> <a href="/travel/">Travel</a> <a href="/culture/">Culture</a> <a href="/puzzles/">Puzzles</a></nav></header>',
           '<main><nav class="breadcrumb"><a href="/news/">News</a> › <a href="/world-news/">World</a></nav>',
           f'<h1 class="section-title">{esc(S["title"])}</h1>', '<div class="section-cards">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]} {d.year} \u2022 {ampm(d)}"; stamps.append(st)
        url = f"{base}/world-news/{d:%Y/%m/%d}/{slugify(e['h'], 70)}/"
        c = [f'<article class="card{" card--video" if not e["p"] else ""}">']
        if e.get("badge"):
            c.append(f'<span class="card__badge card__badge--{e["badge"].lower()}">{esc(e["badge"])}</span>')
        c.append(f'<h3 class="card__headline"><a class="card__link" href="{url}">{esc(e["h"])}</a></h3>')
        c += [f'<p class="card__standfirst">{esc(p)}</p>' for p in e["p"]]
        if not e["p"]:
            c.append('<span class="card__video-duration">1:04</span>')
        if e["a"]:
            c.append(f'<span class="card__byline">By {esc(e["a"])}</span>')
        c.append(f'<time class="card__date" datetime="{d.isoformat()}">{st}</time></article>')
        out.append("".join(c))
        if i == 2:
            out.append('<aside class="promo promo--podcast"><h4>Ukraine: The Latest</h4><p>Listen to the Telegraph\u2019s award-winning daily podcast on the war, with our correspondents on the ground.</p>'
                       '<a href="/podcasts/ukraine-the-latest/">Listen now</a></aside>')
        if i == 4:
            out.append('<aside class="promo promo--newsletter"><h4>Front Page newsletter</h4><p>The day\u2019s most important stories from The Telegraph, in your inbox every morning.</p>'
                       '<a href="/newsletters/">Sign up</a></aside>')
    out += ['</div><button class="load-more">Load more stories</button></main>',
            '<footer class="site-footer"><nav><a href="/about-us/">About us</a> <a href="/contact-us/">Contact us</a> <a href="/terms-and-conditions/">Terms and Conditions</a> '
            '<a href="/privacy-policy/">Privacy</a> <a href="/cookie-policy/">Cookie Policy</a> <a href="/syndication/">Syndication and Commissioning</a></nav>'
            f'<p>\u00a9 Telegraph Media Group Limited {dt(S["entries"][0]["t"], z).year}</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_toi(S):
    """Times of India 'World' section page as copied from a browser (text): top bar, edition switch, the long site menu, trending
    tags, the World sub-menu, then list items newest first: headline, short summary, and a source line
    'AGENCY / Updated: Aug 15, 2030, 02:40 IST'; 'Advertisement' slots and a photo strip in between."""
    z = S["zone"]; order_check(S, True)
    top = dt(S["entries"][0]["t"], z)
    L = ["Edition", "IN", "Sign In", "", "The Times of India", "",
         "News  City  India  World  Business  Tech  Cricket  Sports  Entertainment  TV  Web Series  Life & Style  Astrology  Education  Photos  Videos",
         "", "TRENDING", "Russia Ukraine war   Pakistan floods   US news   Bangladesh   Middle East", "",
         "World", "US  UK  Pakistan  South Asia  Middle East  China  Europe  Rest of World  Mad Mad World  Explainers", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Updated: {MON3[d.month - 1]} {d.day}, {d.year}, {d:%H:%M} IST"; stamps.append(st)
        L += [e["h"]] + e["p"] + [f"{e['a']} / {st}", ""]
        if i == 2:
            L += ["Advertisement", ""]
        if i == 5:
            L += ["PHOTOS", "In pics: Monsoon rains lash Dhaka   |   10 most visited cities of the year", "", "Advertisement", ""]
    L += ["Load More", "", "About us  Create Your Own Ad  Terms of Use and Grievance Redressal Policy  Privacy policy  Advertise with us  Newsletter",
          f"Copyright \u00a9 {top.year} Bennett, Coleman & Co. Ltd. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_scmp(S):
    """South China Morning Post article (HTML): NewsArticle JSON-LD, masthead and menu, breadcrumb 'World / Europe', h1, a two-point
    summary list, the author with '+ FOLLOW', 'Published: 9:30pm, 16 Aug 2030' / 'Updated: ...' (Hong Kong time, no zone printed),
    'Why you can trust SCMP', body with 'Advertisement' slots and an inline related link, h3 sub-headings (one entry per section;
    the untitled lead section is an entry with headline null), a comments prompt and footer. No per-section time."""
    z = S["zone"]; pub = dt(S["published"], z); upd = dt(S["updated"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": pub.isoformat(), "dateModified": upd.isoformat(), "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "NewsMediaOrganization", "name": "South China Morning Post", "logo": {"@type": "ImageObject", "url": "https://www.scmp.com/img/scmp-logo.png"}},
          "articleSection": "World", "isAccessibleForFree": True}
    fmt = lambda d: f"{ampm(d)}, {d.day} {MON3[d.month - 1]} {d.year}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | South China Morning Post</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="scmp-header"><a class="logo" href="/">SCMP</a><nav><a href="/news/hong-kong">Hong Kong</a> <a href="/news/china">China</a> '
           '<a href="/news/asia">Asia</a> <a href="/news/world">World</a> <a href="/comment">Opinion</a> <a href="/lifestyle">Lifestyle</a> <a href="/business">Business</a> '
           '<a href="/tech">Tech</a> <a href="/sport">Sport</a> <a href="/video">Video</a></nav><a class="subscribe" href="/subscribe">Subscribe</a> <a class="login" href="/login">Sign in</a></header>',
           '<article class="article"><nav class="article-breadcrumb"><a href="/news/world">World</a> / <a href="/news/world/europe">Europe</a></nav>',
           f'<h1 class="article-headline">{esc(S["title"])}</h1>',
           '<ul class="article-summary">' + "".join(f"<li>{esc(x)}</li>" for x in S["summary"]) + '</ul>',
           f'<div class="article-author"><a href="/author/{slugify(S["byline"])}">{esc(S["byline"])}</a> <button class="follow">+ FOLLOW</button></div>',
           f'<div class="article-date"><time datetime="{pub.isoformat()}">Published: {fmt(pub)}</time> <time datetime="{upd.isoformat()}">Updated: {fmt(upd)}</time></div>',
           '<a class="trust" href="/trust">Why you can trust SCMP</a>',
           '<figure><img src="https://cdn.i-scmp.com/sites/default/files/styles/1020x680/public/d8/images/canvas/2030/08/16/envoy.jpg" alt="">'
           f'<figcaption>{esc(S["caption"])}</figcaption></figure>', '<div class="article-body">']
    n = 0
    for e in S["entries"]:
        if e["h"]:
            out.append(f'<h3 class="subheading">{esc(e["h"])}</h3>')
        for p in e["p"]:
            out.append(f'<p>{esc(p)}</p>'); n += 1
            if n == 2:
                out.append(f'<div class="related-inline"><a href="/news/world/europe/article/3322{n}41/related">{esc(S["related"])}</a></div>')
            if n in (4, 9):
                out.append('<div class="ad-slot">Advertisement</div>')
    out += ['</div><div class="comments-prompt">Join the conversation <a href="#comments">Comments</a></div></article>',
            f'<footer class="scmp-footer"><p>Copyright \u00a9 {pub.year} South China Morning Post Publishers Ltd. All rights reserved.</p>'
            '<a href="/terms">Terms &amp; Conditions</a> <a href="/privacy">Privacy Policy</a> <a href="/faq">FAQ</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_jt(S):
    """The Japan Times 'World' section page as copied from a browser (text): masthead, account links, main menu, World sub-menu,
    section heading, then cards: region label, headline, one-line excerpt, agency/author credit in capitals, and a date without time
    ('Aug 18, 2030'). A 'Most Read' block and the footer close the page."""
    z = S["zone"]
    L = ["The Japan Times", "SUBSCRIBE   LOGIN", "", "NEWS   BUSINESS   OPINION   LIFE   CULTURE   SPORTS   EVENTS   PODCASTS   VIDEO   PHOTOS",
         "", "Japan   World   Asia Pacific   Science & Health   Crime & Legal   Reference   Corrections", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MON3[d.month - 1]} {d.day}, {d.year}"; stamps.append(st)
        L += [e["label"], e["h"]] + e["p"] + [e["credit"], st, ""]
        if i == 2:
            L += ["SUBSCRIBE TODAY", "Unlimited access to The Japan Times digital edition, newsletters and archives.", ""]
    L += ["MOST READ", "1  Typhoon heads for Kyushu as JMA warns of record rain", "2  Nikkei slips as yen firms against dollar",
          "3  Tokyo to expand night-time bus routes from October", "", "ABOUT US   CONTACT US   PRIVACY POLICY   COPYRIGHT",
          f"THE JAPAN TIMES LTD. ALL RIGHTS RESERVED. \u00a9 {dt(S['entries'][0]['t'], z).year}"]
    return "\n".join(L) + "\n", stamps


def r_abc(S):
    """ABC News (Australia) article (HTML): NewsArticle JSON-LD, masthead and menu, h1, byline 'By Europe correspondent NAME and
    wires', 'Posted Wed 21 Aug 2030 at 5:12am, updated ... at 9:40am' (AEST, no zone printed), an 'In short:' box, a captioned image
    '(Reuters: NAME)', h2 sub-headings (one entry per section, the untitled lead section is an entry with headline null), 'Loading...'
    embed placeholders, 'ABC/wires', Related Stories, topic tags and the Acknowledgement of Country in the footer."""
    z = S["zone"]; pub = dt(S["published"], z); upd = dt(S["updated"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": pub.isoformat(), "dateModified": upd.isoformat(),
          "author": [{"@type": "Person", "name": S["byline"]}], "publisher": {"@type": "Organization", "name": "ABC News"}}
    fmt = lambda d: f"{d:%a} {d.day} {MON3[d.month - 1]} {d.year} at {ampm(d)}"
    out = ['<!DOCTYPE html>', '<html lang="en-AU"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - ABC News</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<a class="skip" href="#content">Skip to main content</a>',
           '<header><a class="abc-logo" href="/news">ABC News</a><nav><a href="/news/justin">Just In</a> <a href="/news/foryou">For You</a> '
           '<a href="/news/australia">Australia</a> <a href="/news/world">World</a> <a href="/news/business">Business</a> <a href="/news/analysis-and-opinion">Analysis</a> '
           '<a href="/news/sport">Sport</a> <a href="/news/science">Science</a> <a href="/news/health">Health</a> <a href="/news/arts-culture">Arts</a> '
           '<a href="/news/factcheck">Fact Check</a> <a href="/news/more">Other</a></nav><a class="search" href="/news/search">Search</a></header>',
           '<main id="content"><article>', f'<h1>{esc(S["title"])}</h1>',
           f'<div class="byline">By {esc(S["role"])} <a href="/news/{slugify(S["byline"])}/1{len(S["byline"]) * 3713}">{esc(S["byline"])}</a> and wires</div>',
           f'<div class="timestamp">Posted <time datetime="{pub.isoformat()}">{fmt(pub)}</time>, updated <time datetime="{upd.isoformat()}">{fmt(upd)}</time></div>',
           '<div class="share"><button>Share</button></div>',
           f'<figure><img src="https://live-production.wcms.abc-cdn.net.au/{0x9ac1f0:x}.jpg" alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>',
           '<aside class="in-short"><h2>In short:</h2>' + "".join(f"<p>{esc(x)}</p>" for x in S["inshort"]) + '</aside>', '<div class="article-body">']
    n = 0
    for e in S["entries"]:
        if e["h"]:
            out.append(f'<h2>{esc(e["h"])}</h2>')
        for p in e["p"]:
            out.append(f'<p>{esc(p)}</p>'); n += 1
            if n == 5:
                out.append('<div class="embed">Loading...</div>')
    out += ['<p>ABC/wires</p></div>', '<aside class="related"><h3>Related Stories</h3>' + "".join(f'<a href="/news/{slugify(x)}">{esc(x)}</a>' for x in S["related"]) + '</aside>',
            '<div class="topics"><h3>Topics</h3>' + " ".join(f'<a href="/news/topic/{slugify(x)}">{esc(x)}</a>' for x in S["topics"]) + '</div></article></main>',
            '<footer><p>The ABC acknowledges Aboriginal and Torres Strait Islander peoples as the traditional owners of the lands on which we work and report.</p>'
            f'<p>Some material on this page is supplied by AFP, Reuters, AAP and other agencies and may not be republished.</p>'
            f'<p>Times shown are AEST (Australian Eastern Standard Time, GMT+10).</p><a href="/conditions">Terms of Use</a> <a href="/privacy">Privacy</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


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
            d = dt(e["t"], S["zone"])
            if len(e["t"]) == 10:      # the page prints a date but no time: date-only, as in the Euronews gold (002)
                pub, loc, us = e["t"], e["t"] + " " + S["zone"], e["t"]
            else:
                u = d.astimezone(UTC)
                pub, loc, us = u.strftime("%Y-%m-%dT%H:%M:%SZ"), d.strftime("%Y-%m-%d %H:%M ") + S["zone"], u.strftime("%Y-%m-%d %H:%M")
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": pub, "published_local": loc,
                         "published_basis": (e.get("basis") or S["basis"]).format(s=stamps[i], d=e["t"], z=S["zone"], u=us),
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
        print(f"{fn:40s} {len(ents):2d} entries  days {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


# ================================================================ PART A: ten real outlets' layouts (own words, invented news)
SEEDS = []

# ---------------------------------------------------------------- 18600 Fox News World (RSS)
SEEDS.append(dict(
  id="18600", name="18600_foxnews-worldrss", ext="xml", source="Fox News", zone="America/New_York", render=r_fox,
  title="World | Fox News",
  basis="RSS pubDate '{s}' (explicit -0400 offset, US Eastern daylight time); local {d} in {z}, UTC {u}",
  notes="Imitates Fox News' World RSS feed (google-publisher style). Newest first. Each item: link, media:content, guid, title, a one-line "
        "description (the dek, a summary that is not the article's first paragraph), content:encoded with the full article HTML, four "
        "<category domain=...> tags and pubDate with -0400. The body is the content:encoded paragraphs WITHOUT: the ALL-CAPS related-story "
        "links placed after the first paragraph, the 'CLICK HERE TO GET THE FOX NEWS APP' plug, the italic agency line ('The Associated Press "
        "contributed to this report.') and the italic writer bio. The feed has no dc:creator: the author is the name in the bio line "
        "('NAME is a reporter for Fox News Digital.'); items without a bio (wire copy) have author null. first_sentence is from content:encoded, "
        "not from the dek. Three off-beat items (Taiwan drills, Mexican miners, papal appeal on the heat wave).",
  not_entries=["channel title, link, atom:link, description, image, language, copyright and lastBuildDate", "each item's description (dek/summary, not body)",
               "ALL-CAPS related-story links inside content:encoded", "'CLICK HERE TO GET THE FOX NEWS APP' links",
               "italic agency contribution lines ('... contributed to this report.')", "italic writer bios (used only to name the author)",
               "category tags (taxonomy, dc.identifier, section-path, content-type)", "media:content images"],
  entries=[
  OFF("2030-08-02 19:40", "Taiwan scrambles jets as Chinese warships circle island in surprise drills",
    ["Taiwan scrambled fighter jets and put missile units on alert Friday after China launched unannounced military drills involving warships and dozens of aircraft around the self-ruled island.",
     "The island's defense ministry said it tracked 34 Chinese aircraft and 11 navy vessels, some of which came within 24 nautical miles of Taiwan's coast."],
    "taiwan-chinese-drills-2030-08-02", a="Mara Ellison", n="Taiwan Strait tensions",
    dek="Taiwan's defense ministry said 34 Chinese aircraft and 11 warships were detected around the island.",
    bio="Mara Ellison is a reporter for Fox News Digital covering Asia.", tax="fox-news/world/world-regions/asia"),
  E("2030-08-02 17:15", "Zelenskyy says Ukraine ready for talks in Geneva if Moscow drops 'ultimatums'",
    ["Ukrainian President Volodymyr Zelenskyy said Friday that Kyiv is prepared to send negotiators to Geneva for a new round of talks with Russia, but only if Moscow drops what he called 'ultimatums' about Ukrainian territory.",
     "'We are ready to talk about ending this war, not about surrendering our land,' Zelenskyy told reporters in Kyiv alongside the visiting Finnish president.",
     "The Kremlin did not immediately respond. Spokesman Dmitry Peskov said earlier in the week that Russia's position on the four regions it claims as its own had not changed."],
    "diplomacy", "diplomacy", 3, "zelenskyy-geneva-talks-offer-2030-08-02", a="Jon Breck",
    n="head-of-state statement on negotiations",
    dek="Zelenskyy said Kyiv would send a delegation if the Kremlin stopped demanding territory as a precondition.",
    caps="PUTIN SAYS RUSSIA WILL NEVER HAND BACK ANNEXED REGIONS IN ANY DEAL",
    bio="Jon Breck is a politics and foreign affairs reporter for Fox News Digital.", tax="fox-news/world/conflicts/ukraine"),
  E("2030-08-02 14:50", "US approves $1.1B Patriot interceptor sale to Ukraine, paid for by European allies",
    ["The State Department has approved the sale of Patriot air defense interceptors worth $1.1 billion to Ukraine in a deal paid for by European allies, officials said Friday.",
     "Under the arrangement, Germany, the Netherlands and Denmark will cover the cost of roughly 240 PAC-3 missiles, which are to be delivered over the next 18 months.",
     "A senior official said the sale would not draw down U.S. stocks because the interceptors come from a new production line in Alabama."],
    "aid", "aid", 3, "us-patriot-interceptor-sale-2030-08-02", a="Alexis Ferrante",
    dek="The State Department notified Congress of the sale, which will be funded by Germany, the Netherlands and Denmark.",
    caps="UKRAINE'S AIR FORCE SAYS IT IS RATIONING PATRIOT MISSILES AS RUSSIAN BARRAGES GROW",
    contrib="Reuters contributed to this report.",
    bio="Alexis Ferrante is a Pentagon and national security reporter for Fox News Digital.", tax="fox-news/world/conflicts/ukraine"),
  OFF("2030-08-02 12:30", "Bodies of 9 missing miners recovered near Sinaloa mine, Mexican officials say",
    ["Mexican authorities recovered the bodies of nine mine workers who went missing last month near a gold mine in the northern state of Sinaloa, prosecutors said Friday.",
     "The men were abducted from their camp by armed men in July. Officials have not said who is believed to be responsible."],
    "sinaloa-missing-miners-2030-08-02", n="Mexican crime story (wire copy, no bio: author null)",
    dek="The workers disappeared last month after armed men stormed a mining camp.",
    contrib="The Associated Press contributed to this report.", tax="fox-news/world/world-regions/mexico"),
  E("2030-08-02 10:20", "Kim Jong Un tours artillery shell factory that Seoul says feeds Russia's war machine",
    ["North Korean leader Kim Jong Un toured a munitions factory that produces artillery shells, state media reported Friday, as South Korea's spy agency said the plant is a key supplier of ammunition for Russia's war in Ukraine.",
     "The National Intelligence Service told lawmakers in Seoul that North Korea had sent roughly 1.4 million additional shells to Russia since January, along with dozens of short-range ballistic missiles.",
     "Kim called for production to be 'doubled again' by the end of the year, according to the KCNA news agency."],
    "aid", "aid", 2, "north-korea-shell-factory-russia-2030-08-02", a="Mara Ellison",
    n="arms transfer to Russia (aid, direction to-Russia)",
    dek="South Korea's spy agency says the factory has shipped millions of shells to Russia.",
    bio="Mara Ellison is a reporter for Fox News Digital covering Asia.", tax="fox-news/world/world-regions/north-korea"),
  E("2030-08-02 07:05", "Russian missile barrage slams Lviv, killing 3 as Zelenskyy pleads for more interceptors",
    ["A barrage of Russian cruise missiles and drones struck the western Ukrainian city of Lviv overnight into Friday, killing three people and wounding 27 others, according to local officials.",
     "Lviv Mayor Andriy Sadovyi said one missile hit a four-story apartment building a few blocks from the city's historic center, trapping residents under the debris for several hours.",
     "Ukrainian President Volodymyr Zelenskyy said Russia had fired 38 missiles and 214 drones across the country during the night, and urged Western partners to speed up deliveries of air defense interceptors before the fall."],
    "strikes", "strikes", 3, "lviv-missile-strike-2030-08-02", a="Caleb Ranford", sec=["aid"],
    dek="A four-story apartment building near Lviv's historic center was hit in one of the largest overnight attacks on western Ukraine this summer.",
    caps="RUSSIA VOWS RESPONSE AFTER UKRAINIAN DRONES SET OIL DEPOT ABLAZE NEAR THE VOLGA",
    contrib="The Associated Press contributed to this report.",
    bio="Caleb Ranford is a reporter for Fox News Digital. He covers international affairs and national security.", tax="fox-news/world/conflicts/ukraine"),
  OFF("2030-08-02 06:10", "Pope Leo urges prayers for heat wave victims in southern Europe",
    ["Pope Leo XIV on Friday asked Catholics to pray for the victims of a heat wave that has killed dozens of people across southern Europe, calling on governments to protect the elderly and outdoor workers.",
     "Temperatures have climbed above 110 degrees Fahrenheit in parts of Spain, Italy and Greece this week, and authorities have opened cooling centers in several cities."],
    "pope-heat-wave-appeal-2030-08-02", a="Emma Dorsey", n="religion/weather",
    dek="Temperatures have topped 110 degrees in parts of Spain, Italy and Greece this week.",
    bio="Emma Dorsey is a writer for Fox News Digital.", tax="fox-news/world/religion"),
  ]))

# ---------------------------------------------------------------- 18601 CBS News World (RSS)
SEEDS.append(dict(
  id="18601", name="18601_cbsnews-worldrss", ext="xml", source="CBS News", zone="America/New_York", render=r_cbs,
  title="World - CBSNews.com",
  basis="RSS pubDate '{s}' (explicit -0400 offset, US Eastern daylight time); local {d} in {z}, UTC {u}",
  notes="Imitates the CBS News World RSS feed. Newest first. Items carry title, link, a one-paragraph description (the whole body), a "
        "non-standard <image> element holding a thumbnail URL, a uuid guid and pubDate with -0400; no authors anywhere (author null). "
        "One video item (link under /video/) whose description is its only text: kept as an entry with that one paragraph. Two off-beat items "
        "(Pakistan floods, Greek heat).",
  not_entries=["channel title, link, description, image block, language, copyright, lastBuildDate and atom:link", "per-item <image> thumbnail URLs", "uuid guids"],
  entries=[
  E("2030-08-04 18:50", "Russian drones set Odesa grain terminal ablaze, wounding 2 port workers",
    ["A swarm of Russian drones struck the port of Odesa overnight, setting fire to a grain terminal and wounding two workers, Ukrainian officials said Sunday. Regional Gov. Oleh Kiper said about 9,000 tons of wheat awaiting export were destroyed."],
    "strikes", "strikes", 2, "odesa-grain-terminal-drone-strike-2030-08-04"),
  OFF("2030-08-04 16:25", "Flash floods in northern Pakistan kill at least 14, officials say",
    ["Flash floods triggered by a cloudburst swept through several villages in Pakistan's Gilgit-Baltistan region, killing at least 14 people and washing away a bridge on the Karakoram Highway."],
    "gilgit-baltistan-flash-floods-2030-08-04", n="natural disaster"),
  E("2030-08-04 14:40", "Ukraine and Russia swap 205 prisoners each in deal brokered by the UAE",
    ["Ukraine and Russia exchanged 205 prisoners of war each on Sunday in a swap mediated by the United Arab Emirates, the first since June. Ukrainian officials said several of the returning soldiers had been captured in 2022."],
    "diplomacy", "diplomacy", 3, "uae-mediated-prisoner-swap-2030-08-04", n="big mediated prisoner exchange"),
  E("2030-08-04 12:15", "Inside the Ukrainian workshops racing to build drone interceptors",
    ["CBS News visited a workshop in central Ukraine where engineers assemble cheap interceptor drones designed to knock Russian Shaheds out of the sky."],
    "other", "security", 2, "ukraine-interceptor-drone-workshops-feature-2030-08-04", video=True,
    n="video item with a one-sentence description (feature on domestic weapons production, no single event)"),
  OFF("2030-08-04 10:05", "Acropolis closes for second straight day as Greece swelters",
    ["Greek authorities closed the Acropolis in Athens for a second day Sunday as temperatures hit 109 degrees, and firefighters battled a wildfire on the island of Evia."],
    "acropolis-heat-closure-2030-08-04", n="weather"),
  E("2030-08-04 08:30", "Germany's Merz pledges more air defense for Ukraine during Kyiv visit",
    ["German Chancellor Friedrich Merz promised Ukraine two more IRIS-T air defense systems and funding for long-range drones during an unannounced visit to Kyiv on Sunday."],
    "aid", "aid", 3, "merz-kyiv-visit-air-defense-pledge-2030-08-04", sec=["diplomacy"],
    n="headline leads with the pledge (aid); the visit itself is diplomacy (secondary)"),
  E("2030-08-04 06:45", "U.K. charges 3 men with spying on Ukrainian refugees for Russia",
    ["British prosecutors charged three men with gathering information on Ukrainian refugees living in London and passing it to Russian intelligence, police said."],
    "other", "security", 2, "uk-spying-on-ukrainian-refugees-charges-2030-08-04"),
  ]))

# ---------------------------------------------------------------- 18602 The Washington Post World (RSS)
SEEDS.append(dict(
  id="18602", name="18602_washingtonpost-worldrss", ext="xml", source="The Washington Post", zone="UTC", render=r_wapo,
  title="World",
  basis="RSS pubDate '{s}' (explicit +0000 offset = UTC); local {d} in {z}",
  notes="Imitates The Washington Post's World RSS feed. Newest first. Each item: title, link, permalink guid, dc:creator (several "
        "writers are printed comma-separated in one element and kept as one author string), a one-paragraph description (the body) and "
        "pubDate in +0000. One 'Ukraine live briefing' item (a daily live page announced as an article), one 'Analysis:' item (theme piece, "
        "importance 2) and one feature. Two off-beat items (India-Bangladesh rail link, La Palma wildfire).",
  not_entries=["channel title 'World', link, atom:link, description, language, lastBuildDate and sy:update elements", "permalink guids"],
  entries=[
  E("2030-08-06 21:10", "Ukraine live briefing: Russia claims village near Kostiantynivka; Kyiv says fighting continues",
    ["Russia's Defense Ministry said its forces had captured the village of Oleksandro-Shultyne on the approach to Kostiantynivka, a claim Ukraine's military rejected, saying fighting for the settlement was still underway. Here's the latest on the war and its ripple effects around the globe."],
    "other", "frontline", 2, "oleksandro-shultyne-capture-claim-2030-08-06", a="Mariana Krol, Ethan Lasko",
    n="the daily live-briefing item; its description leads with a territorial claim"),
  E("2030-08-06 18:45", "In Ukraine's east, coal miners keep digging as drones hunt overhead",
    ["In the mining towns west of Pokrovsk, shifts now start before dawn so workers can reach the pits before Russian drones begin patrolling the roads. Managers say output has fallen by a third since spring, but no one wants the mines to close."],
    "other", "humanitarian", 2, "donbas-coal-miners-under-drones-feature-2030-08-06", a="Anton Vyshnevsky",
    n="feature (life under drone threat), its own story"),
  OFF("2030-08-06 16:02", "India and Bangladesh agree to reopen rail link after three-year halt",
    ["India and Bangladesh agreed Tuesday to restore passenger train service between Kolkata and Dhaka, suspended since 2027, as the neighbors try to mend ties strained by a border dispute."],
    "india-bangladesh-rail-link-2030-08-06", a="Ritu Sharma", n="South Asia", sect="world/asia_pacific"),
  E("2030-08-06 13:30", "E.U. ministers weigh tapping frozen Russian assets to cover Ukraine's 2031 budget gap",
    ["European Union finance ministers meeting in Brussels discussed using more of the roughly $230 billion in immobilized Russian central bank assets to plug a shortfall in Ukraine's budget for next year, but Belgium and Slovakia raised objections, according to diplomats familiar with the talks."],
    "aid", "aid", 2, "eu-frozen-assets-ukraine-budget-2030-08-06", a="Lena Ostrova", sec=["diplomacy"],
    n="funding debate without a decision: importance 2", sect="world/europe"),
  E("2030-08-06 11:15", "Analysis: Russia's summer offensive was supposed to break through. Here's why it stalled.",
    ["Three months after Moscow launched its largest ground push in two years, Russian forces have gained less territory than in the same period last year, according to a Washington Post analysis of open-source battlefield maps. Military analysts point to drone-saturated front lines that make it almost impossible to mass armor."],
    "other", "frontline", 2, "analysis-russian-summer-offensive-stalled-2030-08-06", a="Ethan Lasko",
    n="theme piece (analysis of the ground war, no single event)"),
  E("2030-08-06 09:40", "Russian strike on Kharkiv apartment block kills 5, including a child",
    ["A Russian missile struck a nine-story apartment building in Kharkiv early Tuesday, killing five people, including an 8-year-old girl, and injuring 31, regional officials said. Rescuers were still searching the rubble hours later."],
    "strikes", "strikes", 3, "kharkiv-apartment-missile-strike-2030-08-06", a="Kostiantyn Hrytsenko, Mariana Krol", sect="world/europe"),
  OFF("2030-08-06 07:20", "Wildfire on La Palma forces 12,000 from their homes",
    ["A fast-moving wildfire on the Spanish island of La Palma forced the evacuation of about 12,000 people overnight and closed the island's main highway, regional authorities said."],
    "la-palma-wildfire-evacuation-2030-08-06", a="Isabel Moreno", n="wildfire", sect="world/europe"),
  ]))

# ---------------------------------------------------------------- 18603 Los Angeles Times World & Nation (RSS)
SEEDS.append(dict(
  id="18603", name="18603_latimes-worldnationrss", ext="xml", source="Los Angeles Times", zone="UTC", render=r_lat,
  title="L.A. Times - World & Nation",
  basis="RSS pubDate '{s}' ('GMT' = UTC); local {d} in {z}",
  notes="Imitates the Los Angeles Times 'World & Nation' RSS feed. Newest first. Each item: title, link, guid, one-paragraph description "
        "(the body), pubDate in GMT, dc:creator (a staff name, or 'Associated Press' for wire copy, kept as printed), and media:content "
        "with a photo caption (media:description) and credit (media:credit), which are not body. Three off-beat items (California brush fire, "
        "Mexico City water, Okinawa typhoon). North Korean troops sent to Russia are labelled aid (military support to a party, to-Russia).",
  not_entries=["channel title, link, atom:link, description, language, lastBuildDate and sy:updatePeriod", "media:content images",
               "photo captions in media:description", "photo credits in media:credit"],
  entries=[
  OFF("2030-08-08 22:35", "Fast-moving brush fire near Santa Clarita forces thousands to evacuate",
    ["A brush fire that broke out Thursday afternoon in the hills north of Santa Clarita had burned more than 4,000 acres by evening, forcing evacuation orders for about 6,000 residents and shutting down a stretch of the 14 Freeway."],
    "santa-clarita-brush-fire-2030-08-08", a="Rosa Delacruz", n="California wildfire", sect="california",
    cap="Firefighters battle flames along a ridge north of Santa Clarita on Thursday.", credit="(Marcus Ybarra / Los Angeles Times)"),
  E("2030-08-08 20:10", "Russian glide bombs kill 4 in Zaporizhzhia as front line creeps closer",
    ["Russian glide bombs struck an industrial area and a residential street in the southern Ukrainian city of Zaporizhzhia on Thursday, killing four people and wounding 19, regional Gov. Ivan Fedorov said. The city is now about 25 miles from the front line, and officials have urged families with children to leave the eastern districts."],
    "strikes", "strikes", 3, "zaporizhzhia-glide-bomb-strike-2030-08-08", a="Associated Press",
    cap="Rescuers work at the site of a glide bomb strike in Zaporizhzhia, Ukraine, on Thursday.", credit="(Associated Press)"),
  OFF("2030-08-08 17:45", "Mexico City lifts water rationing after weeks of heavy rain",
    ["Mexico City's government ended water rationing in 11 boroughs on Thursday after weeks of unusually heavy rain refilled the reservoirs of the Cutzamala system."],
    "mexico-city-water-rationing-lifted-2030-08-08", a="Associated Press", n="Mexico",
    cap="Residents fill containers from a water truck in Mexico City's Iztapalapa borough earlier this year.", credit="(Associated Press)"),
  E("2030-08-08 15:20", "North Korean troops seen training in Russia's Kursk region, Seoul says",
    ["South Korea's military said Thursday that several thousand North Korean soldiers had arrived in Russia's Kursk region in recent weeks and were training alongside Russian units, the first large new deployment since 2025."],
    "aid", "aid", 2, "north-korean-troops-kursk-2030-08-08", a="Hannah Seo", sec=[],
    n="troops sent to Russia = military support to a party (aid, to-Russia); a reader could argue other/security",
    cap="North Korean leader Kim Jong Un inspects troops in a photo released by state media.", credit="(Korean Central News Agency)"),
  E("2030-08-08 12:30", "Ukraine's parliament extends martial law and mobilization for 90 more days",
    ["Ukraine's parliament voted Thursday to extend martial law and the general mobilization for another 90 days, keeping wartime rules in place until early November."],
    "other", "politics", 2, "ukraine-martial-law-extension-2030-08-08", a="Associated Press",
    cap="Lawmakers vote in Ukraine's parliament in Kyiv.", credit="(Ukrainian Parliament Press Office via Associated Press)"),
  OFF("2030-08-08 09:05", "Typhoon brushes Okinawa, grounding hundreds of flights",
    ["Typhoon Mirinae brushed past Okinawa on Thursday with gusts of more than 100 mph, grounding about 400 flights and cutting power to 90,000 homes, Japanese officials said."],
    "okinawa-typhoon-2030-08-08", a="Associated Press", n="weather",
    cap="Waves crash against a seawall in Naha, Okinawa, on Thursday.", credit="(Kyodo News via Associated Press)"),
  ]))

# ---------------------------------------------------------------- 18604 The Independent World (RSS, saved from Chrome's XML viewer)
SEEDS.append(dict(
  id="18604", name="18604_independent-worldrss", ext="txt", source="The Independent", zone="Europe/London", render=r_indy_chrome,
  title="World | The Independent",
  basis="RSS pubDate '{s}' (explicit +0100 offset, British Summer Time); local {d} in {z}, UTC {u}",
  notes="The Independent's World RSS feed as it looks when opened in Chrome and copied out of the raw-XML viewer into a text file: the "
        "viewer's notice line first, then the document tree one element per line, with CDATA sections printed literally on their own lines "
        "('<![CDATA[ ... ]]>', a space inside each bracket). The file is text, not well-formed XML (no declaration, notice line before the "
        "root). Newest first; title, description (the one-paragraph standfirst = body), link, guid, dc:creator, pubDate +0100, categories, "
        "media:content. The first item is the feed entry of the day's live blog. 18604-04 is an 'Explained:' piece WITH a body: a theme "
        "piece (importance 2), not a bodiless teaser. Two off-beat items (Chios wildfire, Spanish heat).",
  not_entries=["Chrome's notice line 'This XML file does not appear to have any style information associated with it. The document tree is shown below.'",
               "rss/channel tags, channel title, link, description, language, lastBuildDate, atom:link", "CDATA markers '<![CDATA[' and ']]>'",
               "category lines", "media:content lines", "link and guid URLs"],
  entries=[
  E("2030-08-10 22:48", "Ukraine-Russia war latest: Zelensky hails 'record' drone strike on Russian airbase",
    ["Ukraine's military says its long-range drones destroyed four fighter jets and a fuel depot at the Morozovsk airbase in southern Russia, in what Volodymyr Zelensky called the most successful strike of the summer."],
    "strikes", "strikes", 3, "morozovsk-airbase-drone-strike-2030-08-10", a="Aisling Kerr", sect="europe",
    cats=["World", "Europe", "Ukraine", "Russia"], n="feed item of the live blog; large strike (four jets claimed destroyed)"),
  OFF("2030-08-10 19:30", "Tourists flee hotels as wildfire sweeps across Greek island of Chios",
    ["Hundreds of tourists were evacuated from hotels on the Greek island of Chios as a wildfire fanned by strong winds burned through pine forest towards the coast."],
    "chios-wildfire-2030-08-10", a="Tom Ashby", n="wildfire", sect="europe", cats=["World", "Europe", "Greece"]),
  E("2030-08-10 16:12", "Putin signs law letting Russia seize property of exiles who 'discredit' the army",
    ["Vladimir Putin has signed a law that allows courts to confiscate flats, cars and savings from Russians living abroad who are convicted in absentia of spreading 'false information' about the armed forces."],
    "other", "politics", 2, "russia-exile-property-seizure-law-2030-08-10", a="Aisling Kerr", sect="europe", cats=["World", "Europe", "Russia"]),
  E("2030-08-10 13:05", "Explained: What is the 'drone wall' Europe is building along its eastern border?",
    ["Eight EU countries are spending billions of euros on radars, jammers and interceptor drones to create a layered shield against Russian drones, but the project is still years from completion."],
    "other", "security", 2, "explainer-eu-drone-wall-2030-08-10", a="Ben Fairclough", sect="europe", cats=["World", "Europe", "EU"],
    n="theme piece (explainer with a body, so not a bodiless 'Explained:' teaser)"),
  E("2030-08-10 10:40", "Four killed as Russian drone hits bus in Kherson region",
    ["Four people were killed and nine injured when a Russian drone struck a passenger bus near the village of Bilozerka in Ukraine's Kherson region, the regional governor said."],
    "strikes", "strikes", 3, "bilozerka-bus-drone-strike-2030-08-10", a="Maya Sorensen", sect="europe", cats=["World", "Europe", "Ukraine"]),
  E("2030-08-10 08:15", "Hungary blocks EU statement condemning Russian strikes for third time",
    ["Hungary has again vetoed a joint EU statement condemning Russian attacks on Ukrainian cities, leaving the bloc's foreign policy chief to issue it in her own name."],
    "diplomacy", "diplomacy", 2, "hungary-blocks-eu-statement-2030-08-10", a="Ben Fairclough", sect="europe", cats=["World", "Europe", "EU", "Hungary"]),
  OFF("2030-08-10 06:20", "Spain braces for 44C as heatwave warning extended",
    ["Spain's weather agency has extended its red heat warning to 11 provinces, with temperatures expected to reach 44C in the Guadalquivir valley this weekend."],
    "spain-heatwave-warning-2030-08-10", a="Tom Ashby", n="weather", sect="europe", cats=["World", "Europe", "Spain"]),
  ]))

# ---------------------------------------------------------------- 18605 The Telegraph (section page, HTML)
SEEDS.append(dict(
  id="18605", name="18605_telegraph-ukrainesection", ext="html", source="The Telegraph", zone="Europe/London", render=r_telegraph,
  title="Russia-Ukraine war",
  basis="card time '{s}' (UK time, no zone printed: BST = UTC+1 in August; the <time datetime> attribute carries +01:00); local {d} in {z}, UTC {u}",
  notes="Imitates The Telegraph's 'Russia-Ukraine war' section page (HTML). BreadcrumbList JSON-LD only (no dates in it). Cards newest "
        "first: optional badge (LIVE, Premium, Comment), headline link, one-sentence standfirst (the body), optional 'By NAME', and a visible "
        "'12 August 2030 \u2022 4:35pm' time (UK local, no zone printed). The LIVE card is the day's live blog, kept as one entry. 18605-02 is a "
        "'Watch:' video card with no standfirst (teaser, importance 1). 18605-03 is a Comment card (opinion, theme piece, importance 2). "
        "Podcast and newsletter promos sit between cards. No off-beat cards (it is the war section).",
  not_entries=["cookie banner", "masthead, Subscribe now / Log in, main navigation", "breadcrumb 'News › World'", "section heading 'Russia-Ukraine war' (page title)",
               "card badges 'LIVE', 'Comment', 'Premium'", "video duration '1:04' on the Watch card", "'By NAME' bylines (author, not body)",
               "podcast promo 'Ukraine: The Latest'", "newsletter promo 'Front Page newsletter'", "'Load more stories' button", "footer links and copyright"],
  entries=[
  E("2030-08-12 21:05", "Ukraine-Russia war latest: Kyiv hit by heaviest drone attack in months",
    ["Two people killed and dozens of homes damaged as air defences battle waves of Shahed drones over the capital."],
    "strikes", "strikes", 3, "kyiv-drone-attack-2030-08-12", a="Verity Marsh", badge="LIVE", n="card of the live blog; deadly strike"),
  E("2030-08-12 19:40", "Watch: Ukrainian drone chases Russian tank across open field", [],
    "other", "frontline", 1, "ukrainian-drone-chases-russian-tank-video-2030-08-12", n="video teaser without text; battlefield footage (frontline)"),
  E("2030-08-12 17:55", "Putin's generals are running out of men \u2013 and excuses",
    ["The Kremlin's summer offensive has stalled, and the bill is now being paid in villages far from Moscow."],
    "other", "frontline", 2, "comment-russian-manpower-2030-08-12", a="Alistair Penhale", badge="Comment",
    n="opinion column (theme piece), its own story"),
  E("2030-08-12 16:35", "Britain to train Ukrainian F-16 ground crews at RAF bases",
    ["Hundreds of Ukrainian mechanics will be taught to maintain fighter jets in Lincolnshire under a \u00a390 million scheme."],
    "aid", "aid", 2, "uk-f16-ground-crew-training-2030-08-12", a="Giles Fairweather", badge="Premium"),
  E("2030-08-12 14:10", "Russian oligarch's \u00a3120m superyacht seized in Gibraltar",
    ["The vessel, linked to a sanctioned steel magnate, had been moored in the British territory since March."],
    "diplomacy", "diplomacy", 2, "gibraltar-superyacht-seizure-2030-08-12", a="Hugh Tremlett", n="sanctions enforcement"),
  E("2030-08-12 11:25", "Kremlin admits drone strike set Moscow oil refinery ablaze",
    ["Dmitry Peskov said the fire at the Kapotnya plant had been contained and that fuel supplies to the capital were not affected."],
    "strikes", "strikes", 2, "moscow-refinery-drone-strike-2030-08-12", a="Irina Danilova"),
  E("2030-08-12 08:50", "Zelensky replaces commander of eastern forces after string of setbacks",
    ["The general, who had led the Donetsk front since last year, is the third senior commander to be removed this summer."],
    "other", "politics", 2, "zelensky-replaces-eastern-commander-2030-08-12", a="Verity Marsh", badge="Premium"),
  ]))

# ---------------------------------------------------------------- 18606 Times of India World (section page, text)
SEEDS.append(dict(
  id="18606", name="18606_timesofindia-worldpage", ext="txt", source="Times of India", zone="Asia/Kolkata", render=r_toi,
  title="World News",
  basis="source line '{s}' (IST printed, UTC+5:30); local {d} in {z}, UTC {u}",
  notes="Imitates the Times of India 'World' section page copied from a browser. Newest first. Each item: headline line, one summary line "
        "(the body), then 'SOURCE / Updated: Aug 14, 2030, 19:45 IST'. The only time printed is labelled 'Updated'; it is taken as the "
        "publication time. The source credits (Agencies, TOI World Desk, PTI, TIMESOFINDIA.COM, AFP, Reuters) are kept as printed as author. "
        "The two newest items carry 15 August in IST but fall on 14 August in UTC (all eight are one UTC day). Four off-beat items (Texas "
        "storm, Quetta blasts, Heathrow, Beijing heat).",
  not_entries=["'Edition IN', 'Sign In'", "masthead 'The Times of India'", "site menu line", "'TRENDING' label and its tag line",
               "'World' label and World sub-menu line", "section heading 'World News' (page title)", "'SOURCE / Updated: ...' lines (author and time, not body)",
               "'Advertisement' slots", "'PHOTOS' strip and its line", "'Load More'", "footer links and copyright"],
  entries=[
  E("2030-08-15 02:40", "Russia-Ukraine war: Drone attack sparks fire at Ryazan oil refinery",
    ["A Ukrainian drone attack set off a fire at an oil refinery in Russia's Ryazan region early on Thursday, the regional governor said, adding that there were no casualties."],
    "strikes", "strikes", 2, "ryazan-refinery-drone-strike-2030-08-14", a="Agencies",
    n="15 Aug in IST, 14 Aug in UTC"),
  OFF("2030-08-15 00:55", "US: Storm knocks out power to 300,000 homes in Texas",
    ["Severe thunderstorms packing hurricane-force winds swept across the Dallas-Fort Worth area, leaving about 300,000 homes and businesses without electricity."],
    "texas-storm-power-cuts-2030-08-14", a="TOI World Desk", n="US weather"),
  OFF("2030-08-14 22:10", "Pakistan: Twin blasts in Quetta kill 11, dozens injured",
    ["Two explosions near a crowded market in Quetta, the capital of Balochistan province, killed at least 11 people and injured more than 30, police said."],
    "quetta-twin-blasts-2030-08-14", a="PTI", n="Pakistan security"),
  E("2030-08-14 19:45", "PM Modi speaks to Zelensky, reiterates India's support for dialogue and diplomacy",
    ["Prime Minister Narendra Modi on Wednesday spoke to Ukrainian President Volodymyr Zelensky over the phone and reiterated India's consistent position in favour of dialogue and diplomacy to end the conflict."],
    "diplomacy", "diplomacy", 3, "modi-zelensky-call-2030-08-14", a="TIMESOFINDIA.COM", n="head-of-government call on the war"),
  OFF("2030-08-14 17:30", "UK: Thousands of passengers stranded at Heathrow after IT glitch",
    ["Flights were delayed or cancelled for hours at London's Heathrow airport after a failure in the air traffic control computer system, leaving thousands of passengers stranded."],
    "heathrow-it-glitch-2030-08-14", a="TOI World Desk", n="UK transport"),
  E("2030-08-14 15:05", "Russian missile strike on Sumy kills 6, says Ukraine",
    ["A Russian ballistic missile hit a residential area of the northern Ukrainian city of Sumy on Wednesday, killing six people and wounding 22, according to regional officials."],
    "strikes", "strikes", 3, "sumy-missile-strike-2030-08-14", a="AFP"),
  OFF("2030-08-14 13:20", "China: Beijing records hottest August day since 1951",
    ["The temperature at Beijing's main observatory reached 41.3 degrees Celsius on Wednesday, the highest August reading since records began in 1951, state media reported."],
    "beijing-record-heat-2030-08-14", a="Reuters", n="weather"),
  E("2030-08-14 11:20", "MEA seeks discharge of 12 more Indians recruited into Russian army",
    ["The ministry of external affairs said it had taken up with Moscow the cases of 12 Indian nationals who were allegedly lured into joining the Russian army with promises of jobs, and sought their early discharge and return."],
    "diplomacy", "diplomacy", 2, "india-seeks-discharge-of-recruits-in-russian-army-2030-08-14", a="TOI World Desk"),
  ]))

# ---------------------------------------------------------------- 18607 South China Morning Post (article, HTML)
SCMP_T = "2030-08-16 21:30"
SEEDS.append(dict(
  id="18607", name="18607_scmp-article", ext="html", source="South China Morning Post", zone="Asia/Hong_Kong", render=r_scmp,
  title="China's Ukraine envoy to visit Kyiv as Russian strikes plunge 600,000 homes into darkness",
  url="https://www.scmp.com/news/world/europe/article/3322817/chinas-ukraine-envoy-visit-kyiv-russian-strikes-plunge-600000-homes-darkness",
  published=SCMP_T, updated="2030-08-16 23:02", byline="Ophelia Lau",
  summary=["Li Hui will also stop in Warsaw and Berlin on a trip Beijing says is aimed at building conditions for peace talks",
           "Overnight attacks hit power plants in three Ukrainian regions, killing an engineer, Kyiv says"],
  caption="Li Hui, China's special representative for Eurasian affairs, at a press briefing in Beijing last year. Photo: Xinhua",
  related="Beijing rejects EU claims that Chinese firms supply drone parts to Russia",
  basis="no per-section time; the article's 'Published: 9:30pm, 16 Aug 2030' (Hong Kong time, no zone printed, UTC+8; also in the JSON-LD) applies to every section; local {d} in {z}, UTC {u}",
  notes="Imitates a South China Morning Post article page (HTML) with NewsArticle JSON-LD. One article with four h3 sub-headings; per the "
        "seeds' convention (Euronews gold 002) each section is one entry, and the untitled lead section before the first sub-heading is an "
        "entry with headline null (its first sentence is the anchor). 'Published: 9:30pm, 16 Aug 2030' and 'Updated: 11:02pm, 16 Aug 2030' "
        "are printed; published uses the first. The two-point summary list under the headline, the inline related link, 'Advertisement' "
        "slots and the photo caption are not entries and not body. The page byline is used as every section's author. Section 3 is "
        "background analysis (theme, importance 2).",
  not_entries=["<title> and JSON-LD", "masthead, menu, Subscribe / Sign in", "breadcrumb 'World / Europe'", "headline h1 (page title)",
               "two-point summary list under the headline", "author line with '+ FOLLOW'", "'Published: ...' / 'Updated: ...' line",
               "'Why you can trust SCMP' link", "photo caption 'Li Hui, China's special representative ... Photo: Xinhua'",
               "inline related link 'Beijing rejects EU claims that Chinese firms supply drone parts to Russia'", "'Advertisement' slots",
               "'Join the conversation' comments prompt", "footer"],
  entries=[
  E(SCMP_T, None,
    ["China's special envoy for Eurasian affairs, Li Hui, will travel to Kyiv next week for talks with Ukrainian officials, Beijing said on Friday, as Russian strikes on Ukraine's energy system left hundreds of thousands of homes without electricity.",
     "Foreign ministry spokeswoman Mao Ning told a regular press briefing that Li would 'exchange views with all parties on a political settlement of the crisis' during the trip, which will also take him to Warsaw and Berlin.",
     "It will be Li's first visit to the Ukrainian capital since the spring of 2029, when he held talks with Foreign Minister Andrii Sybiha."],
    "diplomacy", "diplomacy", 3, "china-envoy-li-hui-kyiv-visit-2030-08-16", a="Ophelia Lau",
    n="untitled lead section; the article's title story (editor signal), hence importance 3 although an envoy is below ministerial rank"),
  E(SCMP_T, "Power grid under fire",
    ["Ukraine's energy ministry said Russian missiles and drones had hit thermal power plants and substations in the Kyiv, Cherkasy and Kirovohrad regions overnight, cutting electricity to more than 600,000 households.",
     "An engineer was killed at one of the plants, the ministry said, without naming the facility. Russia's defence ministry said it had struck 'energy infrastructure supporting the Ukrainian military-industrial complex'."],
    "strikes", "strikes", 3, "ukraine-power-grid-strikes-2030-08-16", a="Ophelia Lau"),
  E(SCMP_T, "Beijing's balancing act",
    ["China has repeatedly said it is neither a party to the conflict nor a supplier of lethal weapons, and has promoted its own peace proposal together with Brazil.",
     "But European officials have grown frustrated with what they see as Beijing's economic lifeline to Moscow. Bilateral trade between China and Russia reached a record in the first half of the year, according to Chinese customs data."],
    "diplomacy", "diplomacy", 2, "analysis-china-balancing-act-ukraine-2030-08-16", a="Ophelia Lau",
    n="background/analysis section (theme piece), its own story"),
  E(SCMP_T, "Sanctions row",
    ["The trip comes a week after the European Union added nine Chinese companies to its sanctions list, accusing them of supplying engines and navigation modules used in Russian attack drones.",
     "Beijing lodged a formal protest and said it would 'take necessary measures' to protect the rights of Chinese firms."],
    "diplomacy", "diplomacy", 2, "eu-sanctions-chinese-drone-suppliers-protest-2030-08-16", a="Ophelia Lau"),
  E(SCMP_T, "Children and prisoners",
    ["Ukrainian officials said Kyiv would ask Li to use China's influence with Moscow to help return Ukrainian children taken to Russia and to speed up exchanges of prisoners of war.",
     "A senior adviser to President Volodymyr Zelensky said Ukraine had handed Beijing a list of more than 300 names."],
    "diplomacy", "diplomacy", 2, "ukraine-asks-china-help-children-prisoners-2030-08-16", a="Ophelia Lau",
    n="a diplomatic request; mentions deported children (humanitarian) but leads with the request to China"),
  ]))

# ---------------------------------------------------------------- 18608 The Japan Times (world page, text, dates only)
JT_D = "2030-08-18"
SEEDS.append(dict(
  id="18608", name="18608_japantimes-worldpage", ext="txt", source="The Japan Times", zone="Asia/Tokyo", render=r_jt,
  title="World",
  basis="the card prints only the date '{s}' (Japan time), no clock time anywhere on the page, so published is the date only (as in the Euronews gold 002)",
  notes="Imitates The Japan Times 'World' section page copied from a browser. Cards: region label in capitals, headline, one-line excerpt "
        "(the body), credit line in capitals (agency, or 'BY NAME, STAFF WRITER'), date 'Aug 18, 2030' with NO time. Hence published is "
        "date-only '2030-08-18' (the Japan date; cards without time cannot be placed on a UTC day more precisely). Agency credits (REUTERS, "
        "KYODO, JIJI, AFP-JIJI) are kept as printed as the author; the staff byline gives 'TOMOKO HIRANO' as printed. A subscription box and a "
        "'MOST READ' list are chrome. Two off-beat cards (Scarborough Shoal, Lewotobi eruption).",
  not_entries=["masthead, SUBSCRIBE / LOGIN, main menu, News sub-menu", "section heading 'World' (page title)", "region labels (EUROPE, JAPAN, ASIA PACIFIC, ANALYSIS)",
               "credit lines (author, not body)", "date lines", "'SUBSCRIBE TODAY' box", "'MOST READ' list (three headlines of other sections)", "footer"],
  entries=[
  E(JT_D, "Russian drones hit Chernihiv, killing two and cutting power",
    ["A Russian drone attack on the northern Ukrainian city of Chernihiv killed two people and left tens of thousands without electricity, the regional governor said Sunday."],
    "strikes", "strikes", 3, "chernihiv-drone-strike-2030-08-18", a="REUTERS", label="EUROPE", credit="REUTERS"),
  E(JT_D, "Japan pledges $300 million for Ukraine's energy repairs",
    ["Japan will provide $300 million in grants to help Ukraine repair power stations and buy transformers damaged by Russian attacks, the Foreign Ministry said Sunday."],
    "aid", "aid", 3, "japan-energy-aid-ukraine-2030-08-18", a="KYODO", label="JAPAN", credit="KYODO"),
  OFF(JT_D, "Philippines protests Chinese coast guard's use of water cannon near Scarborough Shoal",
    ["Manila summoned a Chinese diplomat after a coast guard vessel fired water cannon at a Philippine fisheries patrol boat, the Department of Foreign Affairs said."],
    "scarborough-shoal-water-cannon-2030-08-18", a="JIJI", n="South China Sea", label="ASIA PACIFIC", credit="JIJI"),
  E(JT_D, "Ukrainian and Russian delegations hold technical talks in Istanbul",
    ["Delegations from Ukraine and Russia met in Istanbul for a second day of talks on prisoner exchanges and the return of bodies, with Turkish officials acting as hosts, according to both sides."],
    "diplomacy", "diplomacy", 2, "istanbul-technical-talks-2030-08-18", a="REUTERS", label="EUROPE", credit="REUTERS",
    n="technical-level talks (not ministerial): importance 2"),
  E(JT_D, "How the Ukraine war turned Japan into an arms exporter",
    ["Three years after Tokyo loosened its rules on exporting defense equipment, Japanese firms are supplying air defense missiles to partners who sent their own stocks to Ukraine."],
    "other", "security", 2, "analysis-japan-arms-exports-2030-08-18", a="TOMOKO HIRANO", label="ANALYSIS", credit="BY TOMOKO HIRANO, STAFF WRITER",
    n="theme piece (analysis of procurement by a non-party)"),
  OFF(JT_D, "Indonesia's Mount Lewotobi erupts again, forcing flight cancellations in Bali",
    ["Mount Lewotobi Laki-laki on Flores island erupted for the third time this month, sending an ash column 8 kilometers high and forcing airlines to cancel flights to and from Bali."],
    "lewotobi-eruption-2030-08-18", a="AFP-JIJI", n="volcano", label="ASIA PACIFIC", credit="AFP-JIJI"),
  ]))

# ---------------------------------------------------------------- 18609 ABC News Australia (article, HTML)
ABC_T = "2030-08-21 05:12"
SEEDS.append(dict(
  id="18609", name="18609_abcnews-article", ext="html", source="ABC News", zone="Australia/Sydney", render=r_abc,
  title="Australia to send 60 more Bushmasters to Ukraine as Russian strikes kill seven in Kharkiv",
  url="https://www.abc.net.au/news/2030-08-21/australia-bushmasters-ukraine-kharkiv-strikes/104271936",
  published=ABC_T, updated="2030-08-21 09:40", role="Europe correspondent", byline="Yvette Carmody",
  caption="Rescuers search a damaged apartment block in Kharkiv after Tuesday's strikes. (Reuters: Oleksii Savchuk)",
  inshort=["Australia will send another 60 Bushmaster protected vehicles to Ukraine, Defence Minister Richard Marles has announced.",
           "Russian strikes on Kharkiv on Tuesday killed at least seven people.", "What's next?",
           "The first of the vehicles are expected to arrive in Ukraine before Christmas."],
  related=["Ukraine asks allies for armoured vehicles as front line shifts", "What Ukraine's new drone interceptors mean for the war"],
  topics=["Russia-Ukraine War", "Defence Forces", "Federal Government", "Unrest, Conflict and War"],
  basis="no per-section time; the article's 'Posted Wed 21 Aug 2030 at 5:12am' (AEST, UTC+10, as the page footer states) applies to every section; local {d} in {z}, UTC {u}",
  notes="Imitates an ABC News (Australia) article page (HTML) with NewsArticle JSON-LD. Byline 'By Europe correspondent Yvette Carmody and "
        "wires': the author is the person (role and 'and wires' dropped), used for every section. 'Posted Wed 21 Aug 2030 at 5:12am, "
        "updated Wed 21 Aug 2030 at 9:40am' (AEST): published = the Posted time, 19:12 UTC on 20 August. An 'In short:' box (summary "
        "sentences and 'What's next?') sits above the body: it is not a 'Key Points' block listing entry headlines, so no key_point. Four h2 "
        "sub-headings; the untitled lead section is an entry with headline null. 'Loading...' embed placeholder, 'ABC/wires', Related "
        "Stories, Topics and the Acknowledgement of Country are chrome.",
  not_entries=["skip link, masthead, menu, Search", "headline h1 (page title)", "byline 'By Europe correspondent Yvette Carmody and wires'",
               "'Posted ... updated ...' line", "Share button", "photo caption '... (Reuters: Oleksii Savchuk)'",
               "'In short:' box with its three sentences and 'What's next?'", "'Loading...' embed placeholder", "'ABC/wires' credit line",
               "'Related Stories' links", "'Topics' tags", "footer (Acknowledgement of Country, agency copyright notice, AEST note, links)"],
  entries=[
  E(ABC_T, None,
    ["Australia will send another 60 Bushmaster protected mobility vehicles to Ukraine, the federal government has announced, taking the total number supplied since 2022 to more than 230.",
     "Defence Minister Richard Marles said the $180 million package would also include spare parts and training for Ukrainian drivers and mechanics.",
     "\"Ukraine's fight is a fight for the principle that borders cannot be redrawn by force,\" Mr Marles said."],
    "aid", "aid", 3, "australia-bushmaster-package-2030-08-21", a="Yvette Carmody", n="untitled lead section"),
  E(ABC_T, "Deadly day in Kharkiv",
    ["Hours before the announcement, Russian missiles and glide bombs struck Kharkiv, Ukraine's second-largest city, killing at least seven people and injuring 40, according to regional governor Oleh Syniehubov.",
     "A children's hospital and a tram depot were among the buildings damaged, he said."],
    "strikes", "strikes", 3, "kharkiv-strikes-2030-08-20", a="Yvette Carmody"),
  E(ABC_T, "Sanctions on North Korean shipping",
    ["Foreign Minister Penny Wong also announced financial sanctions on four North Korean shipping companies and six vessels that Australia says have carried artillery shells and missiles to Russian ports.",
     "Senator Wong said the transfers breached United Nations Security Council resolutions and were 'prolonging the suffering of the Ukrainian people'."],
    "diplomacy", "diplomacy", 2, "australia-sanctions-north-korean-shipping-2030-08-21", a="Yvette Carmody",
    n="targeted sanctions listings: importance 2"),
  E(ABC_T, "Talks stall in Geneva",
    ["In Geneva, a second round of talks between Ukrainian and Russian delegations ended without agreement on a ceasefire along the front line, though both sides said they would meet again in September.",
     "Ukraine's chief negotiator said Moscow had repeated its demand that Kyiv withdraw from the parts of Donetsk region it still holds."],
    "diplomacy", "diplomacy", 3, "geneva-ceasefire-talks-round-2030-08-20", a="Yvette Carmody", n="ceasefire negotiations between the parties"),
  E(ABC_T, "Australian volunteer killed",
    ["The Department of Foreign Affairs and Trade has confirmed that an Australian man was killed while fighting with Ukraine's International Legion in the Zaporizhzhia region.",
     "A DFAT spokesperson said the department was providing consular assistance to his family and urged Australians not to travel to Ukraine."],
    "other", "frontline", 2, "australian-volunteer-killed-2030-08-21", a="Yvette Carmody"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_live_txt_dotclock(S):
    """text live blog, newest first: masthead, 'Live' label, title, dateline with year, page byline, standfirst, 'Key Points' with
    '• headline' bullets, then per post: a '16.50 BST' line, the headline, the body; a picture post prints a gallery line instead of text."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "News | World | UK | Politics | Business | Opinion | Culture", "", "Live", S["title"], S["dateline"], f"By {S['byline']}", "",
         S["lede"], "", "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Show key events only", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else [f"[Gallery: {e.get('photos', 9)} images]", ""]
        L += ["Share"]
        L += [""]
        if i == 2:
            L += [f"Sign up to First Edition, the {S['source']}'s morning email", "Sign up", ""]
    L += ["Older posts", "", f"\u00a9 {dt(S['entries'][0]['t'], z).year} {S['source']} \u00b7 Help \u00b7 Complaints \u00b7 Privacy \u00b7 Cookies"]
    return "\n".join(L) + "\n", stamps


def r_live_html_ld_utc(S):
    """HTML live blog, oldest first; LiveBlogPosting JSON-LD whose updates carry their own datePublished in UTC ('Z'); visible date
    header, then per post <time datetime="...Z">09:40</time> (local Kyiv clock), h2 headline, 'By NAME', body, share links."""
    z = S["zone"]; order_check(S, False)
    iso = lambda d: d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#upd-{4410 + i}", "headline": e["h"], "datePublished": iso(d), "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = [{"@type": "Person", "name": e["a"]}]
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"], "inLanguage": "en",
          "datePublished": iso(first), "dateModified": iso(last), "coverageStartTime": iso(first),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    d0 = dt(S["entries"][0]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header class="top"><a class="brand" href="/">{esc(S["source"])}</a><nav><a href="/war">War</a> <a href="/kyiv">Kyiv</a> <a href="/politics">Politics</a> '
           '<a href="/business">Business</a> <a href="/culture">Culture</a> <a href="/uk">UA</a></nav><a class="support" href="/support">Support us</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="lead">{esc(S["lede"])}</p>',
           f'<div class="day">{DAYS[d0.weekday()]}, {d0.day} {MONTHS[d0.month - 1]} {d0.year}</div>', '<section class="feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="upd" id="upd-{4410 + i}"><time datetime="{iso(d)}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="by">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Telegram</a> <a href="#">Copy link</a></div></article>')
        if i == 3:
            out.append(f'<aside class="donate"><p>{esc(S["source"])} is funded by its readers. Every hryvnia keeps our reporters on the road.</p><a href="/support">Donate</a></aside>')
    out += ['</section><p class="more"><a href="?page=2">Load earlier updates</a></p></main>',
            f'<footer>{esc(S["source"])} \u00b7 About \u00b7 Editorial standards \u00b7 Contacts</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss_world(S):
    """RSS 2.0 world feed, newest first; pubDate with the outlet's numeric offset or 'GMT' (S['gmt']); author as dc:creator or as
    <author>email (NAME)</author> (S['author_el']); body in <description> (plain text) or in content:encoded (S['encoded'])."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}/world</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=S.get("gmt", False))}</lastBuildDate>', '<ttl>10</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S.get("gmt", False)); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "World").lower()}/{d:%Y%m%d}-{slugify(e["h"], 56)}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="false">{S["id"]}-{d:%Y%m%d}-{i + 301}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            if S.get("author_el"):
                out.append(f'<author>newsdesk@{S["url"].split("//")[1]} ({esc(e["a"])})</author>')
            else:
                out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        if S.get("encoded"):
            out += [f'<description>{esc(first_sentence(e["p"][0]))}</description>', '<content:encoded>' + cdata_html(e["p"]) + '</content:encoded>']
        else:
            out.append(f'<description>{esc(" ".join(e["p"]))}</description>')
        out.append('</item>')
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_keyevents(S):
    """HTML 'key events' article: h1, standfirst, 'Published DD Mon YYYY | HH:MM GMT' line, then h2 section labels (Fighting, ...)
    each followed by a <ul> of one-paragraph bullets with no headline and no time (every bullet is one entry)."""
    z = S["zone"]; pub = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"], "datePublished": pub.isoformat(),
          "dateModified": pub.isoformat(), "author": {"@type": "Organization", "name": S["source"]}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a href="/">{esc(S["source"])}</a> <nav><a>News</a> <a>Features</a> <a>Economy</a> <a>Opinion</a> <a>Video</a> <a>Live</a></nav></header>',
           f'<main><article><div class="topics"><a>Russia-Ukraine war</a></div><h1>{esc(S["title"])}</h1>', f'<p class="standfirst"><em>{esc(S["lede"])}</em></p>',
           f'<div class="date">Published {pub.day} {MON3[pub.month - 1]} {pub.year} | {pub:%H:%M} GMT</div>',
           f'<figure><img src="/img/{slugify(S["title"], 30)}.jpg" alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>', '<div class="body">']
    cur = None
    for e in S["entries"]:
        if e["sect"] != cur:
            if cur is not None:
                out.append('</ul>')
            cur = e["sect"]; out += [f'<h2>{esc(cur)}</h2>', '<ul>']
        out.append("<li>" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "</li>")
    out += ['</ul></div>', f'<div class="share">Share <a>X</a> <a>Facebook</a> <a>WhatsApp</a></div>',
            f'<aside class="more"><h3>More from {esc(S["source"])}</h3>' + "".join(f'<a href="#">{esc(x)}</a>' for x in S["more"]) + '</aside></article></main>',
            f'<footer>\u00a9 {pub.year} {esc(S["source"])} \u00b7 About \u00b7 Code of ethics \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_atom_feed(S):
    """Atom 1.0 feed, newest first; <published> and <updated> ISO 8601 with the outlet's offset ('Z' for UTC); <summary> with the first
    sentence and <content type="html"> with escaped paragraphs when S['summary'], else content only; <author><name> when present."""
    z = S["zone"]; order_check(S, True)
    iso = lambda d: d.isoformat().replace("+00:00", "Z")
    host = S["url"].split("//")[1]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" type="text/html" href="{S["url"]}/"/>', f'<link rel="self" href="{S["url"]}/feed.atom"/>',
           f'<id>{S["url"]}/feed.atom</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>', f'<generator>Ghost</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f'{S["url"]}/{d:%Y/%m/%d}/{slugify(e["h"], 60)}/'
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" href="{link}"/>', f'<id>tag:{host},{d:%Y}:post-{88120 + i * 13}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if e.get("cat"):
            out.append(f'<category term="{attr(e["cat"])}"/>')
        if S.get("summary"):
            out.append(f'<summary type="text">{esc(first_sentence(e["p"][0]))}</summary>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_live_txt_inline(S):
    """text live blog, oldest first; dateline with year, two-name page byline; each post starts with one line '09:10 CEST \u2013 Headline'
    (stamp and headline on the same line), then the body; a re-published piece is preceded by 'Republished from: OUTLET'."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Poland \u00b7 Ukraine \u00b7 Europe \u00b7 Business \u00b7 Opinion \u00b7 Podcasts", "", S["title"], S["dateline"], f"By {S['byline']}", "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        if e.get("partner"):
            L += [f"Republished from: {e['partner']}"]
        L += [f"{st} \u2013 {e['h']}", ""] + ptxt(e["p"])
        if i == 3:
            L += ["Advertisement", ""]
    L += ["End of today's live coverage.", "", f"{S['source']} \u00b7 Contact the newsroom \u00b7 Privacy \u00b7 Terms"]
    return "\n".join(L) + "\n", stamps


def r_live_html_ap(S):
    """HTML live page of a US outlet, newest first; date header 'Saturday, August 24, 2030'; each post: '3:15 p.m. EDT' span, h3 headline,
    'By NAME' (optional), body; a photo post shows a gallery placeholder instead of text. No JSON-LD."""
    z = S["zone"]; order_check(S, True)
    d0 = dt(S["entries"][0]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title></head><body>',
           f'<header><a class="masthead" href="/">{esc(S["source"])}</a><nav><a>U.S.</a> <a>World</a> <a>Politics</a> <a>Business</a> <a>Sports</a> <a>Opinion</a></nav>'
           '<a class="sub">Subscribe</a></header>',
           f'<main><p class="kicker">LIVE UPDATES</p><h1>{esc(S["title"])}</h1>', f'<p class="dek">{esc(S["lede"])}</p>',
           f'<p class="dateline">{DAYS[d0.weekday()]}, {MONTHS[d0.month - 1]} {d0.day}, {d0.year}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} {d.tzname()}"; stamps.append(st)
        out.append(f'<div class="post"><span class="post-time">{st}</span><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="post-byline">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]] if e["p"] else [f'<div class="gallery">Photo gallery \u2013 {e.get("photos", 14)} photos</div>']
        out.append('</div>')
        if i == 2:
            out.append(f'<aside class="related"><strong>RELATED:</strong> <a href="/world/ukraine-war-timeline">{esc(S["related"])}</a></aside>')
    out += ['<p class="more"><a href="/live/ukraine/earlier">See earlier updates</a></p></main>',
            f'<footer>\u00a9 {d0.year} {esc(S["source"])} \u00b7 Terms of Service \u00b7 Privacy Policy \u00b7 Contact Us</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_article_html(S):
    """HTML article with h2 section headings (one entry per section), page byline and a dateline '28 August 2030 19:45 EEST'; no per-section time."""
    z = S["zone"]; pub = dt(S["published"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - {esc(S["source"])}</title>',
           f'<meta property="article:published_time" content="{pub.isoformat()}"></head><body>',
           f'<header>{esc(S["source"])} <nav><a>Lithuania</a> <a>Baltics</a> <a>Ukraine</a> <a>Europe</a> <a>Opinion</a></nav></header>',
           f'<main><article><p class="rubric">Ukraine</p><h1>{esc(S["title"])}</h1>', f'<p class="lead">{esc(S["lede"])}</p>',
           f'<p class="meta"><span class="author">{esc(S["byline"])}</span> <time datetime="{pub.isoformat()}">{pub.day} {MONTHS[pub.month - 1]} {pub.year} {pub:%H:%M} {pub.tzname()}</time></p>']
    for i, e in enumerate(S["entries"]):
        out += [f'<h2>{esc(e["h"])}</h2>'] + [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append(f'<div class="read-also">Read also: <a href="#">{esc(S["readalso"])}</a></div>')
    out += [f'<p class="tags">Tags: Ukraine, Russia, war, Sweden, Kharkiv</p></article></main>',
            f'<footer>\u00a9 {pub.year} {esc(S["source"])} \u00b7 Republishing rules \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_live_txt_bare(S):
    """text live blog, oldest first; date header 'Wednesday, 28 August 2030'; Key Points block; each post: bare '08:15' line, headline,
    'by NAME', body; a video teaser prints '[Video 0:48]' instead of text."""
    z = S["zone"]; order_check(S, False)
    d0 = dt(S["entries"][0]["t"], z)
    L = [S["source"], "Live \u00b7 War \u00b7 Society \u00b7 Economy \u00b7 Explainers \u00b7 Donate", "", S["title"], "",
         f"{DAYS[d0.weekday()]}, {d0.day} {MONTHS[d0.month - 1]} {d0.year}", "", S["lede"], "", "Key Points"] + \
        [e["h"] for e in S["entries"] if e["kp"]] + [""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"]] + ([f"by {e['a']}"] if e["a"] else []) + [""]
        L += ptxt(e["p"]) if e["p"] else ["[Video 0:48]", ""]
        if i == 4:
            L += [f"{S['source']} is reader-funded. Become a patron.", ""]
    L += ["The live page for today is closed.", "", f"{S['source']} \u00b7 About \u00b7 Team \u00b7 Contacts"]
    return "\n".join(L) + "\n", stamps


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2030-08-23 (UTC), day 2 = 2030-08-24, day 3 = 2030-08-28.
DNI = "dnipro-missile-strike-2030-08-23"
NOR = "norway-nasams-pledge-2030-08-23"
KHK = "kharkiv-tram-depot-glide-bomb-2030-08-23"
ANAL = "analysis-arithmetic-of-air-defence"
ANAL_H = "Analysis: the arithmetic of Ukraine's air defence"
ANAL_P = ["Friday's strike on Dnipro is a reminder of a sum that Ukraine's commanders do every night: how many interceptors they have, and how many missiles Russia can fire.",
          "A Patriot battery can engage a ballistic missile, but each interception typically uses two PAC-3 rounds, and Western factories together make only a few hundred of them a month. Russia, by Ukrainian estimates, now produces more than 70 Iskander-M and Kinzhal missiles a month.",
          "That is why Kyiv keeps asking allies not only for new systems but for missiles, and why officials speak of 'rationing' cover for cities that lie far from the front."]

# ---------------------------------------------------------------- 18620 Felsbrook Chronicle (day 1, text live, UK)
SEEDS.append(dict(
  id="18620", name="18620_felsbrook-textlive", ext="txt", source="Felsbrook Chronicle", zone="Europe/London", render=r_live_txt_dotclock,
  title="Russia-Ukraine war live: Dnipro death toll rises to 10 after missile strike on bus station",
  dateline="Friday 23 August 2030", byline="Owen Castell",
  lede="Russian ballistic missiles hit Dnipro's central bus station and an apartment block in the morning rush hour; Norway pledges 5bn kroner for air defence; Nikopol shelled again.",
  basis="stamp '{s}' (BST printed, UTC+1) under the dateline 'Friday 23 August 2030'; local {d} in {z}, UTC {u}",
  notes="Invented outlet. Text live blog, newest first. A 'Key Points' block lists two post headlines as '\u2022 ' bullets (key_point true). "
        "Each post: a '16.50 BST' line (dot between hours and minutes), the headline, the body, a 'Share' line. No per-post author: the page "
        "byline 'By Owen Castell' is every entry's author. 18620-02 is a 'Pictured:' post whose only content is a gallery line (teaser). "
        "18620-04 is a theme piece (analysis of air-defence stocks) that mentions the Dnipro strike but is its own story; day 2's 18631 re-posts it.",
  not_entries=["masthead and navigation", "'Live' label", "page title, dateline 'Friday 23 August 2030', byline 'By Owen Castell'", "standfirst/lede line",
               "'Key Points' header and its two '\u2022' bullets (pointers to posts)", "'Show key events only'", "stamp lines like '16.50 BST'",
               "gallery line '[Gallery: 9 images]' of the picture post", "'Share' lines", "newsletter promo 'Sign up to First Edition ...' / 'Sign up'",
               "'Older posts'", "footer"],
  entries=[
  E("2030-08-23 21:40", "Nikopol shelled again, two injured",
    ["Russian artillery hit Nikopol, across the Dnipro river from the occupied Zaporizhzhia nuclear plant, on Friday evening, injuring two men and damaging a school, the regional administration said."],
    "strikes", "strikes", 2, "nikopol-shelling-2030-08-23", a="Owen Castell",
    n="same region (Dnipropetrovsk) as the Dnipro strike and names the Dnipro river, but another event: must not merge with the Dnipro strike"),
  E("2030-08-23 19:15", "Pictured: rescuers search the ruins of Dnipro's bus station", [],
    "strikes", "strikes", 1, DNI, a="Owen Castell", n="photo teaser without text"),
  E("2030-08-23 16:50", "Dnipro death toll rises to 10",
    ["Ten people are now known to have died in this morning's missile strike on Dnipro, the city's mayor, Borys Filatov, said in a video statement. Forty-six were injured, nine of them seriously.",
     "Filatov said most of the dead had been waiting for suburban buses when the first missile landed."],
    "strikes", "strikes", 3, DNI, a="Owen Castell", kp=True, n="toll 10"),
  E("2030-08-23 14:05", ANAL_H, ANAL_P, "aid", "aid", 2, ANAL, a="Owen Castell",
    n="theme piece (analysis of air-defence interceptor stocks, no single event); mentions the Dnipro strike but must not merge with it"),
  E("2030-08-23 12:30", "Norway pledges 5bn kroner for air defence",
    ["Norway will give Ukraine 5bn kroner (about \u00a3360m) to buy NASAMS air defence systems and interceptor missiles, the prime minister, Jonas Gahr St\u00f8re, told reporters in Oslo.",
     "The money will be paid into a joint fund run with Germany and the Netherlands, he said."],
    "aid", "aid", 3, NOR, a="Owen Castell", kp=True),
  E("2030-08-23 11:15", "Dnipro strike: six dead as rescuers search bus station",
    ["The death toll from the missile strike on Dnipro has risen to six, the regional governor, Serhiy Lysak, said. At least 30 people were injured.",
     "Emergency workers were cutting through the roof of the bus station's waiting hall, which collapsed after the first explosion."],
    "strikes", "strikes", 3, DNI, a="Owen Castell", n="toll 6"),
  E("2030-08-23 08:55", "Russian missiles hit Dnipro during morning rush hour",
    ["At least four people have been killed after Russian ballistic missiles struck the centre of Dnipro shortly after 9am local time, Ukrainian officials said.",
     "Images shared by local media showed a burning bus and the shattered facade of a nine-storey apartment block next to the city's central bus station."],
    "strikes", "strikes", 3, DNI, a="Owen Castell", n="first report, toll 4"),
  ]))

# ---------------------------------------------------------------- 18621 Lybid Daily (day 1, HTML live + LiveBlogPosting in UTC, Kyiv)
SEEDS.append(dict(
  id="18621", name="18621_lybid-htmllive", ext="html", source="Lybid Daily", zone="Europe/Kyiv", render=r_live_html_ld_utc,
  title="Live: Russian missiles strike Dnipro bus station; glide bomb hits Kharkiv tram depot",
  url="https://lybid-daily.example/live/2030-08-23",
  lede="Follow our live coverage of Russia's war against Ukraine on Friday.",
  basis="visible clock '{s}' (Kyiv time, no zone printed) under the date header 'Friday, 23 August 2030'; the <time datetime> attribute and the JSON-LD update give the same instant in UTC; local {d} in {z}, UTC {u}",
  notes="Invented Kyiv outlet. HTML live blog, OLDEST first. LiveBlogPosting JSON-LD with one BlogPosting per update, each with its own "
        "datePublished in UTC ('Z') and an author array. Visible: one date header 'Friday, 23 August 2030', then per post a 24-hour Kyiv clock "
        "inside <time datetime=\"...Z\">, an h2 headline, 'By NAME', body, share links. 18621-07 repeats 18621-03 near-verbatim (the desk "
        "re-posted it; 'hands over' became 'delivers'). Spelling 'Dnipropetrovsk Oblast'.",
  not_entries=["<title> and JSON-LD block", "header (brand, navigation, Support us)", "h1 page title", "lead line 'Follow our live coverage ...'",
               "date header 'Friday, 23 August 2030'", "'By NAME' lines", "share links (Facebook, X, Telegram, Copy link)", "donation box after the fourth post",
               "'Load earlier updates'", "footer"],
  entries=[
  E("2030-08-23 07:30", "Russian drones hit energy facility in Pavlohrad overnight",
    ["Russian attack drones damaged an energy facility in Pavlohrad in Dnipropetrovsk Oblast overnight, causing power cuts in parts of the city, regional governor Serhiy Lysak said. No one was hurt."],
    "strikes", "strikes", 2, "pavlohrad-energy-drone-strike-2030-08-23", a="Iryna Tkach",
    n="same region as the Dnipro strike, earlier and another event (overnight drones, no casualties): must not merge with it"),
  E("2030-08-23 09:40", "Explosions in Dnipro: missiles hit city centre",
    ["A Russian missile attack has hit the centre of Dnipro. Preliminary information indicates at least two people were killed, Mayor Borys Filatov wrote on Telegram.",
     "The air force had warned of ballistic missiles launched from the direction of Crimea minutes earlier."],
    "strikes", "strikes", 3, DNI, a="Dmytro Hai", n="first report, toll 2"),
  E("2030-08-23 11:05", "Lithuania hands over 3,000 FPV drones to Ukrainian army",
    ["Lithuania has handed over 3,000 first-person-view drones and 40 electronic warfare systems to Ukraine's armed forces, the Lithuanian Defence Ministry said.",
     "The package, worth about \u20ac9 million, was financed from a fund collected by Lithuanian volunteers and the state budget."],
    "aid", "aid", 2, "lithuania-fpv-drones-delivery-2030-08-23", a="Oksana Lysenko",
    n="same aid theme as Norway's NASAMS pledge, another event: must not merge with it"),
  E("2030-08-23 12:50", "Glide bomb hits tram depot in Kharkiv, two killed",
    ["A Russian guided aerial bomb struck a tram depot in Kharkiv's Industrialnyi district, killing two workers and injuring eleven, Mayor Ihor Terekhov said."],
    "strikes", "strikes", 3, KHK, a="Iryna Tkach",
    n="another deadly strike the same day in another city (same theme): must not merge with the Dnipro strike"),
  E("2030-08-23 14:20", "Russia claims capture of Novoselivka in Donetsk Oblast; General Staff denies",
    ["Russia's Defence Ministry claimed that its troops had captured the village of Novoselivka in Donetsk Oblast. Ukraine's General Staff said fighting near the village was continuing and called the claim 'information noise'."],
    "other", "frontline", 2, "novoselivka-capture-claim-2030-08-23", a="Dmytro Hai"),
  E("2030-08-23 16:45", "Verkhovna Rada backs 2031 defence budget in first reading",
    ["Ukraine's parliament approved in the first reading a draft budget for 2031 that allocates 2.6 trillion hryvnias to defence and security, about 27% of GDP.",
     "Lawmakers will table amendments before the second reading in October."],
    "other", "politics", 2, "rada-2031-budget-first-reading-2030-08-23", a="Oksana Lysenko"),
  E("2030-08-23 17:50", "Lithuania delivers 3,000 FPV drones to Ukrainian army",
    ["Lithuania has delivered 3,000 first-person-view drones and 40 electronic warfare systems to Ukraine's armed forces, the Lithuanian Defence Ministry said.",
     "The package, worth about \u20ac9 million, was financed from a fund collected by Lithuanian volunteers and the state budget."],
    "aid", "aid", 1, "lithuania-fpv-drones-delivery-2030-08-23", a="Oksana Lysenko", dup="18621-03",
    n="near-verbatim repeat of 18621-03 (one verb changed)"),
  E("2030-08-23 19:30", "Zelensky: Dnipro toll rises to 11, 'Russia aimed at people'",
    ["Eleven people were killed and 52 injured in the morning missile strike on Dnipro, President Volodymyr Zelensky said in his evening address, adding that Russia had deliberately targeted a bus station at rush hour.",
     "He again asked partners for additional Patriot missiles, saying 'every interceptor that arrives a week earlier saves lives'."],
    "strikes", "strikes", 3, DNI, a="Dmytro Hai", sec=["aid"],
    n="reaction whose main content is the attack (toll 11): same story; the Patriot plea is secondary aid"),
  ]))

# ---------------------------------------------------------------- 18622 Meadowcroft Tribune (day 1, RSS world feed, Chicago)
SEEDS.append(dict(
  id="18622", name="18622_meadowcroft-worldrss", ext="xml", source="Meadowcroft Tribune", zone="America/Chicago", render=r_rss_world,
  title="Meadowcroft Tribune: World and Nation", url="https://www.meadowcroft-tribune.example",
  lede="The latest national and international news from the Meadowcroft Tribune.",
  basis="RSS pubDate '{s}' (explicit -0500 offset, US Central daylight time); local {d} in {z}, UTC {u}",
  notes="Invented Chicago outlet. General world-and-nation RSS 2.0 feed, newest first, pubDate with -0500, dc:creator (wire copy credited "
        "'Tribune wire services', kept as printed), plain-text description = body. The war is a minority: 4 of 6 items are off-beat (Midwest "
        "heat, Chilean copper strike, Pacific hurricane, Thai parliament). Spelling variant 'Dnepr' (the item itself notes 'which Ukraine calls Dnipro').",
  not_entries=["channel title, link, description, language, lastBuildDate and ttl", "category labels", "guids"],
  entries=[
  OFF("2030-08-23 17:20", "Heat advisory extended across Midwest as temperatures near 100",
    ["The National Weather Service extended heat advisories for much of Illinois, Indiana and Wisconsin through Sunday, with heat index values expected to reach 110 degrees in Chicago."],
    "midwest-heat-advisory-2030-08-23", a="Dana Kowalczyk", n="US weather", cat="Nation"),
  E("2030-08-23 14:05", "Norway pledges $470 million for Ukraine's air defenses",
    ["Norway will provide 5 billion kroner, about $470 million, to help Ukraine buy NASAMS air defense systems and missiles, Prime Minister Jonas Gahr St\u00f8re said Friday."],
    "aid", "aid", 3, NOR, a="Tribune wire services"),
  OFF("2030-08-23 11:30", "Chile's copper miners end two-week strike at Escondida",
    ["Workers at Escondida, the world's largest copper mine, voted to accept a new contract on Friday, ending a 15-day strike that had pushed copper prices to a three-month high."],
    "escondida-strike-ends-2030-08-23", a="Tribune wire services", n="business", cat="Business"),
  E("2030-08-23 08:10", "Russian missile strike on Dnepr bus station kills at least 9",
    ["Russian ballistic missiles slammed into a bus station and an apartment building in the central Ukrainian city of Dnepr during the Friday morning rush, killing at least nine people and wounding dozens, Ukrainian officials said.",
     "The city, which Ukraine calls Dnipro, is a major rail and logistics hub about 60 miles from the front line."],
    "strikes", "strikes", 3, DNI, a="Tribune wire services", n="spelling 'Dnepr'; toll 9"),
  OFF("2030-08-23 06:00", "Hurricane Ines strengthens off Mexico's Pacific coast",
    ["Hurricane Ines strengthened to a Category 3 storm off Mexico's Pacific coast early Friday and was forecast to pass near Los Cabos over the weekend, the National Hurricane Center said."],
    "hurricane-ines-2030-08-23", a="Tribune wire services", n="weather"),
  OFF("2030-08-23 03:15", "Thai lawmakers elect new prime minister after weeks of deadlock",
    ["Thailand's parliament elected a new prime minister on Friday, ending weeks of political deadlock after the previous government collapsed in a dispute over constitutional reform."],
    "thailand-new-prime-minister-2030-08-23", a="Tribune wire services", n="Asian politics"),
  ]))

# ---------------------------------------------------------------- 18623 Halloran Global (day 1, HTML 'key events' article, UTC)
HAL_T = "2030-08-23 18:05"
SEEDS.append(dict(
  id="18623", name="18623_halloran-keyevents", ext="html", source="Halloran Global", zone="UTC", render=r_keyevents,
  title="Russia-Ukraine war at a glance: day 3,103", url="https://halloranglobal.example/news/2030/8/23/russia-ukraine-war-at-a-glance-day-3103",
  published=HAL_T, lede="The main developments of Friday, 23 August, in brief.",
  caption="Emergency workers at the damaged bus station in Dnipro on Friday [Mykola Shevchuk/Halloran Global]",
  more=["Why Ukraine's power grid is bracing for another hard winter", "Inside the drone workshops of Zaporizhzhia"],
  basis="no per-item time; the article's 'Published 23 Aug 2030 | 18:05 GMT' line applies to every bullet; local {d} in {z}",
  notes="Invented outlet. A daily 'at a glance' article (HTML, NewsArticle JSON-LD): h1, standfirst, 'Published 23 Aug 2030 | 18:05 GMT', "
        "a captioned photo, then three h2 section labels (Fighting; Weapons and aid; Politics and diplomacy) each followed by a bullet list. "
        "Every bullet is one entry: no headline (headline null, the first sentence is the anchor), no per-bullet time (stamp null, "
        "published = the article's time), one paragraph each. No byline (author null; the JSON-LD author is the organisation). Day 3,103 of "
        "the full-scale invasion (24 Feb 2022 = day 1) is 23 Aug 2030.",
  not_entries=["<title> and JSON-LD", "header and navigation", "topic link 'Russia-Ukraine war'", "h1 page title", "standfirst 'The main developments of Friday, 23 August, in brief.'",
               "'Published 23 Aug 2030 | 18:05 GMT' line", "photo caption", "section labels 'Fighting', 'Weapons and aid', 'Politics and diplomacy'",
               "share links", "'More from Halloran Global' links", "footer"],
  entries=[
  E(HAL_T, None, ["At least 11 people were killed and more than 50 wounded when Russian ballistic missiles struck Dnipro's central bus station and a neighbouring apartment block during Friday's morning rush hour, President Volodymyr Zelensky said."],
    "strikes", "strikes", 3, DNI, sect="Fighting", n="toll 11"),
  E(HAL_T, None, ["In Kharkiv, a Russian glide bomb hit a tram depot, killing two workers and wounding 11, Mayor Ihor Terekhov said."],
    "strikes", "strikes", 3, KHK, sect="Fighting", n="same theme as the Dnipro strike (deadly strike), other city: must not merge with it"),
  E(HAL_T, None, ["Ukraine's General Staff said its forces had repelled 31 Russian assaults around Pokrovsk over the past 24 hours, the highest daily figure this month."],
    "other", "frontline", 2, "pokrovsk-assaults-repelled-2030-08-23", sect="Fighting"),
  E(HAL_T, None, ["Norway announced it would give Ukraine 5 billion kroner ($470m) to buy NASAMS air defence systems and interceptors through a fund it runs with Germany and the Netherlands."],
    "aid", "aid", 3, NOR, sect="Weapons and aid"),
  E(HAL_T, None, ["South Korea's intelligence service told lawmakers that North Korea had shipped about 500 more containers of artillery shells and rockets to Russia since June."],
    "aid", "aid", 2, "north-korea-shells-to-russia-seoul-2030-08-23", sect="Weapons and aid", n="arms transfer to Russia"),
  E(HAL_T, None, ["EU foreign policy chief Kaja Kallas said the bloc was preparing a new sanctions package aimed at Russian liquefied natural gas and the banks that handle payments for it."],
    "diplomacy", "diplomacy", 2, "eu-lng-sanctions-proposal-2030-08-23", sect="Politics and diplomacy", n="a package in preparation, not adopted: importance 2"),
  E(HAL_T, None, ["Ukraine's Foreign Minister Andrii Sybiha discussed the safety of Black Sea shipping with his Turkish counterpart Hakan Fidan by phone, the Ukrainian foreign ministry said."],
    "diplomacy", "diplomacy", 2, "sybiha-fidan-call-2030-08-23", sect="Politics and diplomacy", n="ministerial phone call: importance 2"),
  ]))

# Day 2 = 2030-08-24 (Ukraine's Independence Day)
KYV = "kyiv-overnight-attack-2030-08-24"
ZIDA = "zelensky-independence-day-address-2030-08-24"
KAL = "kallas-kyiv-visit-frozen-assets-2030-08-24"

# ---------------------------------------------------------------- 18630 Svitanok Wire (day 2, Atom, Kyiv offset)
SEEDS.append(dict(
  id="18630", name="18630_svitanok-atom", ext="xml", source="Svitanok Wire", zone="Europe/Kyiv", render=r_atom_feed,
  title="Svitanok Wire \u2014 Ukraine news in English", url="https://svitanok-wire.example", summary=True,
  lede="Short news from Ukraine, around the clock.",
  basis="Atom <published> '{s}' (explicit +03:00 offset, Kyiv summer time); local {d} in {z}, UTC {u}",
  notes="Invented Kyiv agency. Atom 1.0 feed, newest first, <published>/<updated> with +03:00, <author><name> (missing on one item), a "
        "<category term>, a one-sentence <summary> (the first sentence again) and the escaped-HTML <content> (the body). 18630-01 "
        "continues day 1's Dnipro story (search over, toll 14). 18630-06 gives the country-wide missile and drone figures of the overnight "
        "attack whose main target was Kyiv: same story as the Kyiv toll updates.",
  not_entries=["feed title, subtitle, links, id, updated and generator", "category terms", "each entry's <summary> (repeats the first sentence of the content)"],
  entries=[
  E("2030-08-24 23:10", "Dnipro mourns 14 dead as search at bus station ends",
    ["Dnipro held a day of mourning on Saturday as rescuers finished searching the wreckage of the central bus station, where the death toll from Friday's Russian missile strike reached 14.",
     "Flags flew at half-mast and the city cancelled its Independence Day concert."],
    "strikes", "strikes", 3, DNI, a="Halyna Moroz", cat="War", n="continuation of day 1's Dnipro strike: search over, toll 14"),
  E("2030-08-24 19:45", "Zelensky on Independence Day: 'We will not trade our land for promises'",
    ["President Volodymyr Zelensky used his Independence Day address on Sophia Square to say that Ukraine would not accept a peace deal that hands occupied territory to Russia in exchange for security guarantees that exist only on paper.",
     "He thanked foreign guests, including the EU's foreign policy chief, Kaja Kallas, and said the country was marking its 39th year of independence 'with air defence, not fireworks'."],
    "diplomacy", "diplomacy", 3, ZIDA, a="Halyna Moroz", cat="Politics",
    n="head-of-state statement on peace terms (diplomacy); mentions Kallas, whose visit is another story"),
  E("2030-08-24 16:20", "Kyiv attack: death toll climbs to six",
    ["The number of people killed in the overnight Russian attack on Kyiv has risen to six after rescuers recovered two more bodies from a collapsed building in the Darnytskyi district, the head of the city military administration, Tymur Tkachenko, said.",
     "Twenty-eight people were injured across the capital."],
    "strikes", "strikes", 3, KYV, a="Bohdan Yarema", cat="War", n="toll 6"),
  E("2030-08-24 12:40", "Police detain two over arson of army vehicles in Brovary",
    ["Police in Kyiv Oblast detained two men suspected of setting fire to three military pickup trucks in Brovary on the orders of a handler they contacted through a messaging app, the National Police said.",
     "Investigators say the suspects were promised $800 for each burned vehicle."],
    "other", "security", 2, "brovary-army-vehicle-arson-arrests-2030-08-24", a="Bohdan Yarema", cat="Society",
    n="same region (Kyiv Oblast) and day as the Kyiv attack, another event: must not merge with it"),
  E("2030-08-24 09:15", "Overnight attack on Kyiv kills three, damages metro station entrance",
    ["Three people were killed and 17 injured in Kyiv as Russia attacked the capital with missiles and drones overnight on the eve of Independence Day, city officials said.",
     "Debris damaged the entrance to the Lisova metro station, where hundreds of people had been sheltering."],
    "strikes", "strikes", 3, KYV, a="Halyna Moroz", cat="War", n="toll 3"),
  E("2030-08-24 07:05", "Air Force: Russia launched 26 missiles and 310 drones overnight",
    ["Russia fired 26 missiles of various types and 310 attack and decoy drones at Ukraine overnight, with Kyiv the main target, the Air Force said. Air defences shot down 21 missiles and 268 drones."],
    "strikes", "strikes", 3, KYV, cat="War", n="country-wide figures of the same overnight attack (no author printed)"),
  ]))

# ---------------------------------------------------------------- 18631 Vistula Evening Post (day 2, text live, Warsaw, oldest first)
SEEDS.append(dict(
  id="18631", name="18631_vistula-textlive", ext="txt", source="Vistula Evening Post", zone="Europe/Warsaw", render=r_live_txt_inline,
  title="Ukraine's Independence Day: Kyiv counts the dead after night attack \u2013 live", dateline="Saturday, 24 August 2030",
  byline="Agata Wrzos and Piotr Lenk",
  lede="Russia attacked Kyiv overnight on the eve of Ukraine's Independence Day. The EU's top diplomat is in the capital. Updates from our Warsaw desk.",
  basis="stamp '{s}' (CEST printed, UTC+2) at the start of the post's line, under the dateline 'Saturday, 24 August 2030'; local {d} in {z}, UTC {u}",
  notes="Invented Warsaw outlet. Text live blog, OLDEST first. Each post opens with ONE line holding the stamp and the headline, "
        "'09:10 CEST \u2013 Headline' (en dash), then the body. Page byline 'By Agata Wrzos and Piotr Lenk' (two names, one author string) is "
        "every entry's author, except the re-post. 18631-02 re-publishes day 1's analysis 18620-04 verbatim under 'Republished from: "
        "Felsbrook Chronicle' (importance 1, duplicate_of null because duplicate_of is defined within one seed, author null: the page names "
        "no writer for it and the page byline does not cover it). 18631-06 repeats 18631-03 near-verbatim ('\u20ac1.2bn' became '\u20ac1.2 billion').",
  not_entries=["masthead and section menu", "page title, dateline, byline 'By Agata Wrzos and Piotr Lenk'", "lede paragraph",
               "the stamp part '09:10 CEST \u2013 ' of each post's first line", "label line 'Republished from: Felsbrook Chronicle'", "'Advertisement'",
               "closing line 'End of today's live coverage.'", "footer"],
  entries=[
  E("2030-08-24 06:30", "Massive overnight attack on Kyiv, at least two dead",
    ["Russia struck Kyiv with missiles and drones for several hours overnight, killing at least two people, Ukrainian authorities said early on Saturday.",
     "Poland's Operational Command scrambled fighter jets as a precaution because of the scale of the attack, which also targeted western Ukraine."],
    "strikes", "strikes", 3, KYV, a="Agata Wrzos and Piotr Lenk", n="first report, toll 2"),
  E("2030-08-24 08:15", ANAL_H, ANAL_P, "aid", "aid", 1, ANAL, partner="Felsbrook Chronicle",
    n="re-post of day-1 entry 18620-04 (same headline and text, republished from Felsbrook Chronicle): importance 1"),
  E("2030-08-24 10:20", "Kallas arrives in Kyiv with \u20ac1.2bn from frozen-asset profits",
    ["The EU's foreign policy chief, Kaja Kallas, arrived in Kyiv by overnight train for Independence Day and announced that a further \u20ac1.2bn from the profits of frozen Russian assets would be transferred to Ukraine next month, mostly for air defence and ammunition.",
     "Kallas, on her first visit since the spring, is due to meet President Zelensky and Foreign Minister Andrii Sybiha."],
    "diplomacy", "diplomacy", 3, KAL, a="Agata Wrzos and Piotr Lenk", sec=["aid"],
    n="headline leads with the visit (diplomacy); the money is secondary aid"),
  E("2030-08-24 12:00", "Dnipro: toll reaches 13 as search nears end",
    ["The number of people killed in Friday's missile strike on Dnipro's bus station has risen to 13, the regional governor said on Saturday. Rescue teams expect to finish clearing the rubble by evening."],
    "strikes", "strikes", 3, DNI, a="Agata Wrzos and Piotr Lenk", n="continuation of day 1's Dnipro strike, toll 13"),
  E("2030-08-24 13:40", "Rzesz\u00f3w to host training centre for Ukrainian air-defence crews",
    ["Poland will open a training centre for Ukrainian Patriot and NASAMS crews near Rzesz\u00f3w in October, the deputy defence minister said, with instructors from Poland, the United States and Norway."],
    "aid", "aid", 2, "rzeszow-air-defence-training-centre-2030-08-24", a="Agata Wrzos and Piotr Lenk",
    n="same aid theme as the frozen-asset money Kallas announced, another event: must not merge with it"),
  E("2030-08-24 15:45", "Kallas arrives in Kyiv with \u20ac1.2 billion from frozen-asset profits",
    ["The EU's foreign policy chief, Kaja Kallas, arrived in Kyiv by overnight train for Independence Day and announced that a further \u20ac1.2 billion from the profits of frozen Russian assets would be transferred to Ukraine next month, mostly for air defence and ammunition.",
     "Kallas, on her first visit since the spring, is due to meet President Zelensky and Foreign Minister Andrii Sybiha."],
    "diplomacy", "diplomacy", 1, KAL, a="Agata Wrzos and Piotr Lenk", sec=["aid"], dup="18631-03",
    n="near-verbatim repeat of 18631-03"),
  E("2030-08-24 18:30", "Kherson: drone hits city bus, one dead",
    ["A Russian drone struck a city bus in Kherson's Korabelnyi district, killing the driver and injuring four passengers, the regional administration said."],
    "strikes", "strikes", 3, "kherson-bus-drone-strike-2030-08-24", a="Agata Wrzos and Piotr Lenk",
    n="another deadly strike the same day (same theme), in the south: must not merge with the Kyiv attack"),
  ]))

# ---------------------------------------------------------------- 18632 Greystane Observer (day 2, RSS world feed, GMT)
SEEDS.append(dict(
  id="18632", name="18632_greystane-worldrss", ext="xml", source="Greystane Observer", zone="UTC", render=r_rss_world,
  title="Greystane Observer | World", url="https://www.greystane-observer.example", gmt=True, author_el=True, encoded=True,
  lede="World news from the Greystane Observer.",
  basis="RSS pubDate '{s}' ('GMT' = UTC); local {d} in {z}",
  notes="Invented outlet. General world RSS 2.0 feed, newest first, pubDate in GMT. Authors, where given, are in the RSS <author> element as "
        "'newsdesk@host (NAME)' (the author is the NAME). The <description> holds only the first sentence; the body is content:encoded "
        "(<p> paragraphs in CDATA). The war is a minority: 4 of 6 items off-beat (Guangdong typhoon, Ghana mining code, Iceland eruption, "
        "Portuguese rail strike). Spellings 'Kiev' and 'Darnitsky'.",
  not_entries=["channel title, link, description, language, lastBuildDate and ttl", "category labels", "guids",
               "each item's <description> (repeats the first sentence of content:encoded)", "the 'newsdesk@...' address in <author>"],
  entries=[
  OFF("2030-08-24 21:30", "Typhoon forces evacuation of 200,000 in Guangdong",
    ["Authorities in China's Guangdong province moved more than 200,000 people to shelters ahead of Typhoon Kajiki, which was expected to make landfall near Zhanjiang overnight."],
    "guangdong-typhoon-evacuation-2030-08-24", n="weather", cat="Asia"),
  E("2030-08-24 18:10", "Kallas in Kiev pledges \u20ac1.2bn more from frozen Russian assets",
    ["The EU's top diplomat, Kaja Kallas, visited Kiev on Ukraine's Independence Day and said a further \u20ac1.2bn generated by immobilised Russian central bank assets would be paid out in September.",
     "She said the money would go mainly to air defence and artillery ammunition."],
    "diplomacy", "diplomacy", 3, KAL, a="Fiona Rourke", sec=["aid"], cat="Europe", n="spelling 'Kiev'"),
  OFF("2030-08-24 15:40", "Ghana's parliament passes new mining code",
    ["Ghana's parliament approved a new mining code that raises royalties on gold exports and requires foreign operators to list part of their local subsidiaries on the Accra stock exchange."],
    "ghana-mining-code-2030-08-24", n="business", cat="Africa"),
  E("2030-08-24 12:05", "Russian barrage on Kiev kills five on eve of Independence Day",
    ["At least five people were killed in Kiev when Russia launched one of its largest combined missile and drone attacks on the capital overnight, hours before Ukraine marked its Independence Day.",
     "A residential building in the Darnitsky district partly collapsed, city officials said."],
    "strikes", "strikes", 3, KYV, a="Fiona Rourke", cat="Europe", n="spellings 'Kiev', 'Darnitsky'; toll 5"),
  OFF("2030-08-24 09:20", "Iceland eruption reopens fissure near Grindavik",
    ["A new volcanic fissure opened on the Reykjanes peninsula early on Saturday, sending lava towards the defensive walls built to protect the town of Grindavik, Iceland's meteorological office said."],
    "iceland-reykjanes-eruption-2030-08-24", n="volcano", cat="Europe"),
  OFF("2030-08-24 06:45", "Rail strike halts trains across Portugal",
    ["A 24-hour strike by railway workers over pay halted most passenger trains in Portugal on Saturday, including commuter lines in Lisbon and Porto."],
    "portugal-rail-strike-2030-08-24", n="labour dispute", cat="Europe"),
  ]))

# ---------------------------------------------------------------- 18633 Hawkridge Sentinel (day 2, HTML live, US Eastern)
SEEDS.append(dict(
  id="18633", name="18633_hawkridge-htmllive", ext="html", source="Hawkridge Sentinel", zone="America/New_York", render=r_live_html_ap,
  title="Live updates: Russia pounds Kyiv as Ukraine marks Independence Day",
  lede="Russia launched one of its biggest attacks on the Ukrainian capital overnight, hours before the country celebrated 39 years of independence.",
  related="Timeline: Ukraine's three and a half decades of independence",
  basis="post time '{s}' (EDT printed, UTC-4) under the date line 'Saturday, August 24, 2030'; local {d} in {z}, UTC {u}",
  notes="Invented US outlet. HTML live page without JSON-LD, newest first. One date line 'Saturday, August 24, 2030'; each post: a time "
        "in AP style with the zone, '3:15 p.m. EDT' (periods in 'a.m.'/'p.m.'), an h3 headline, an optional 'By NAME', body. 18633-02 is a "
        "'Photos:' post with only a gallery placeholder (teaser). 18633-03 is a theme piece (analysis of holiday-timed barrages) that mentions "
        "the Kyiv attack but is its own story. 18633-05 (Ukrainian drones on a Crimean radar the same night) must not merge with the Kyiv attack.",
  not_entries=["<title>", "masthead, navigation, Subscribe", "'LIVE UPDATES' kicker", "h1 page title", "dek", "date line 'Saturday, August 24, 2030'",
               "post times", "'By NAME' lines", "gallery placeholder 'Photo gallery \u2013 14 photos'", "'RELATED:' link after the third post",
               "'See earlier updates'", "footer"],
  entries=[
  E("2030-08-24 18:50", "Zelenskyy vows 'no land for promises' in Independence Day speech",
    ["Speaking in front of St. Sophia Cathedral, Ukrainian President Volodymyr Zelenskyy said Saturday that his country would reject any agreement that trades occupied land for 'paper guarantees', drawing applause from soldiers and foreign guests."],
    "diplomacy", "diplomacy", 3, ZIDA, a="Curtis Vandermeer", n="spelling 'Zelenskyy' (US style)"),
  E("2030-08-24 16:30", "Photos: Kyiv cleans up after overnight barrage", [],
    "strikes", "strikes", 1, KYV, n="photo teaser without text"),
  E("2030-08-24 14:05", "Analysis: Why Moscow saves its heaviest barrages for Ukrainian holidays",
    ["Saturday's attack on Kyiv continued a pattern that Ukrainian officials have noted since 2022: some of the largest Russian strikes of each year land on or just before national holidays.",
     "Analysts say the timing serves a propaganda purpose at home and is meant to sap morale in Ukraine, though Moscow insists it chooses targets only on military grounds."],
    "strikes", "strikes", 2, "analysis-holiday-timed-barrages", a="Nadia Orlov",
    n="theme piece (analysis, no single event); mentions the Kyiv attack but must not merge with it"),
  E("2030-08-24 11:25", "Kyiv death toll rises to 6 as rescuers reach collapsed floors",
    ["Six people were killed in the overnight attack on Kyiv, Ukrainian officials said Saturday, after rescuers reached the lower floors of a partly collapsed apartment building in the Darnytskyi district."],
    "strikes", "strikes", 3, KYV, a="Curtis Vandermeer", n="toll 6"),
  E("2030-08-24 08:40", "Ukraine says it hit Russian radar station in Crimea",
    ["Ukraine's military intelligence said its drones destroyed a Nebo-M radar station near Dzhankoi in occupied Crimea overnight. Russia did not comment."],
    "strikes", "strikes", 2, "dzhankoi-radar-drone-strike-2030-08-24", a="Nadia Orlov",
    n="same night, another strike (by Ukraine, in Crimea): must not merge with the Kyiv attack"),
  E("2030-08-24 06:10", "Russia fires dozens of missiles at Kyiv on eve of Independence Day",
    ["Russia attacked Kyiv overnight with dozens of missiles and hundreds of drones, killing at least three people and damaging apartment buildings and a metro station entrance, Ukrainian officials said Saturday."],
    "strikes", "strikes", 3, KYV, a="Curtis Vandermeer", n="toll 3"),
  ]))

# Day 3 = 2030-08-28
KHV = "kharkiv-shopping-centre-missile-strike-2030-08-28"
PSW = "uae-mediated-prisoner-exchange-2030-08-28"
SWE = "sweden-aid-package-cv90-archer-2030-08-28"

# ---------------------------------------------------------------- 18640 Merlion Ledger (day 3, RSS world feed, Singapore)
SEEDS.append(dict(
  id="18640", name="18640_merlion-worldrss", ext="xml", source="Merlion Ledger", zone="Asia/Singapore", render=r_rss_world,
  title="Merlion Ledger - World", url="https://www.merlion-ledger.example",
  lede="Asia and world news from the Merlion Ledger newsroom in Singapore.",
  basis="RSS pubDate '{s}' (explicit +0800 offset, Singapore time); local {d} in {z}, UTC {u}",
  notes="Invented Singapore outlet. General world RSS 2.0 feed, newest first, pubDate with +0800, dc:creator where given (agency names "
        "kept as printed), plain-text description = body. The two newest items carry 29 August in Singapore time but fall on 28 August "
        "in UTC (all six are one UTC day). The war is a minority: 4 of 6 items off-beat (Semeru, Causeway tolls, Vietnamese exports, Tokyo heat).",
  not_entries=["channel title, link, description, language, lastBuildDate and ttl", "category labels", "guids"],
  entries=[
  OFF("2030-08-29 06:40", "Indonesia raises alert level for Mount Semeru after ash eruption",
    ["Indonesia raised the alert level for Mount Semeru in East Java to the second-highest after the volcano spewed ash 2 kilometres into the sky, and told residents to stay 5 kilometres from the crater."],
    "semeru-alert-raised-2030-08-28", n="volcano; 29 Aug local, 28 Aug UTC", cat="Asia"),
  E("2030-08-29 01:15", "Russian missile kills eight at Kharkiv shopping centre",
    ["A Russian missile struck a shopping centre in Ukraine's second-largest city Kharkiv on Wednesday afternoon, killing eight people and injuring more than 40, regional governor Oleh Syniehubov said.",
     "Rescuers were searching for people believed to be trapped under the collapsed roof of a supermarket."],
    "strikes", "strikes", 3, KHV, a="Reuters", n="toll 8; 29 Aug local, 28 Aug UTC"),
  OFF("2030-08-28 21:30", "Malaysia and Singapore agree on new Causeway toll rules",
    ["Malaysia and Singapore agreed to harmonise vehicle entry charges at the Causeway and the Second Link from January, transport ministers from both countries said on Wednesday."],
    "causeway-toll-rules-2030-08-28", a="Tan Wei Jie", n="regional transport", cat="Singapore"),
  E("2030-08-28 17:05", "Russia and Ukraine swap 150 prisoners each in UAE-brokered deal",
    ["Russia and Ukraine each released 150 prisoners of war on Wednesday in an exchange mediated by the United Arab Emirates, both sides said."],
    "diplomacy", "diplomacy", 3, PSW, a="Reuters"),
  OFF("2030-08-28 13:20", "Vietnam's exports jump 14% as chip demand surges",
    ["Vietnam's exports rose 14 per cent year on year in August, driven by shipments of semiconductors and electronics, according to the General Statistics Office."],
    "vietnam-exports-august-2030-08-28", a="Tan Wei Jie", n="economy", cat="Business"),
  OFF("2030-08-28 09:10", "Tokyo heatstroke cases hit August record",
    ["More than 7,400 people were taken to hospital with heatstroke in Tokyo this month, the highest August total since records began, the city's fire department said."],
    "tokyo-heatstroke-record-2030-08-28", n="weather", cat="Asia"),
  ]))

# ---------------------------------------------------------------- 18641 Amberline Courier (day 3, HTML article with sections, Vilnius)
AMB_T = "2030-08-28 19:45"
SEEDS.append(dict(
  id="18641", name="18641_amberline-article", ext="html", source="Amberline Courier", zone="Europe/Vilnius", render=r_article_html,
  title="The war today: deadly strike in Kharkov, 300 prisoners home, Swedish armour on the way",
  lede="What happened in Russia's war against Ukraine on Wednesday, as seen from Vilnius.",
  byline="R\u016bta Valaityt\u0117", published=AMB_T, readalso="Lithuania's drone wall: what has been built so far",
  basis="no per-section time; the article's dateline '28 August 2030 19:45 EEST' (UTC+3) applies to every section; local {d} in {z}, UTC {u}",
  notes="Invented Vilnius outlet. HTML article (no JSON-LD; an article:published_time meta tag) with five h2 section headings, one entry "
        "each; page byline printed without 'By' next to the dateline '28 August 2030 19:45 EEST'; no per-section stamp (stamp null, "
        "published = dateline). Spellings 'Kharkov' and 'Saltovka' (the section notes that Ukrainians say Kharkiv). Section 5 (assaults "
        "near Kupiansk, Kharkiv region) must not merge with the Kharkiv city strike.",
  not_entries=["<title> and meta tag", "header and navigation", "rubric 'Ukraine'", "h1 page title", "lead paragraph", "byline and dateline line",
               "'Read also: Lithuania's drone wall: what has been built so far'", "tags line", "footer"],
  entries=[
  E(AMB_T, "Shopping centre hit in Kharkov",
    ["A Russian Iskander-M missile hit a shopping centre in the Saltovka district of Kharkov in the early afternoon, killing at least seven people, Ukrainian officials said.",
     "Kharkov, which Ukrainians call Kharkiv, lies about 30 kilometres from the Russian border, and missiles launched from Belgorod region reach it in well under a minute."],
    "strikes", "strikes", 3, KHV, a="R\u016bta Valaityt\u0117", n="spellings 'Kharkov', 'Saltovka'; toll 7"),
  E(AMB_T, "Three hundred soldiers come home",
    ["Ukraine and Russia exchanged 150 prisoners of war each in a swap mediated by the United Arab Emirates. Among the Ukrainians were defenders of Mariupol who had been held for more than eight years."],
    "diplomacy", "diplomacy", 3, PSW, a="R\u016bta Valaityt\u0117", n="'300' counts both sides (150 each)"),
  E(AMB_T, "Stockholm sends CV90s and Archer guns",
    ["Sweden announced a military aid package worth 6.5 billion kronor that includes 20 CV90 infantry fighting vehicles and six more Archer self-propelled howitzers."],
    "aid", "aid", 3, SWE, a="R\u016bta Valaityt\u0117"),
  E(AMB_T, "Vilnius expels Belarusian diplomat",
    ["Lithuania expelled a Belarusian diplomat after drones launched from Belarus crossed into Lithuanian airspace twice in a week, the foreign ministry said.",
     "Minsk called the decision a provocation."],
    "diplomacy", "diplomacy", 2, "lithuania-expels-belarusian-diplomat-2030-08-28", a="R\u016bta Valaityt\u0117"),
  E(AMB_T, "Russian assaults near Kupiansk repelled",
    ["In the Kharkiv region, Ukrainian forces repelled eleven Russian assaults near Kupiansk, the General Staff said."],
    "other", "frontline", 2, "kupiansk-assaults-repelled-2030-08-28", a="R\u016bta Valaityt\u0117",
    n="same region as the Kharkiv city strike (and names it), another event: must not merge with it"),
  ]))

# ---------------------------------------------------------------- 18642 Kalyna Live (day 3, text live, Kyiv, oldest first, Key Points)
SEEDS.append(dict(
  id="18642", name="18642_kalyna-textlive", ext="txt", source="Kalyna Live", zone="Europe/Kyiv", render=r_live_txt_bare,
  title="Kharkiv: missile hits shopping centre; 150 prisoners come home \u2014 live",
  lede="Our newsroom follows the day's events in Ukraine. Times are Kyiv time.",
  basis="bare clock '{s}' (Kyiv time; the lede says 'Times are Kyiv time') under the date header 'Wednesday, 28 August 2030'; local {d} in {z}, UTC {u}",
  notes="Invented Kyiv outlet. Text live blog, OLDEST first. One date header 'Wednesday, 28 August 2030'; a 'Key Points' block lists two "
        "post headlines without bullets (key_point true). Each post: a bare 24-hour clock line, the headline, 'by NAME', body. 18642-04 is a "
        "'Watch:' teaser with only a video placeholder. 18642-06 repeats 18642-02 near-verbatim. 18642-07 is a theme piece (explainer on "
        "warning times) that mentions the strike but is its own story. 18642-01 (Chuhuiv, same region) must not merge with the Kharkiv city strike.",
  not_entries=["masthead and menu", "page title", "date header 'Wednesday, 28 August 2030'", "lede 'Our newsroom follows ... Times are Kyiv time.'",
               "'Key Points' header and its two headline lines (pointers to posts)", "bare clock lines", "'by NAME' lines", "video placeholder '[Video 0:48]'",
               "patron appeal after the fifth post", "closing line 'The live page for today is closed.'", "footer"],
  entries=[
  E("2030-08-28 08:15", "Russian drone hits petrol station in Chuhuiv, one injured",
    ["A Russian drone struck a petrol station in Chuhuiv in Kharkiv Oblast in the morning, injuring the station's cashier, the regional military administration reported."],
    "strikes", "strikes", 2, "chuhuiv-petrol-station-drone-strike-2030-08-28", a="Marta Kovalenko",
    n="same region as the Kharkiv city strike, earlier and another event: must not merge with it"),
  E("2030-08-28 11:05", "Ukraine and Russia exchange 150 prisoners each",
    ["Ukraine has brought home 150 prisoners of war in an exchange with Russia mediated by the United Arab Emirates, President Volodymyr Zelensky announced.",
     "Among those released are soldiers of the National Guard and border guards captured in 2022 and 2023."],
    "diplomacy", "diplomacy", 3, PSW, a="Marta Kovalenko", kp=True),
  E("2030-08-28 14:50", "Missile strike on Kharkiv shopping centre: three dead",
    ["A Russian missile hit a shopping centre in Kharkiv's Saltivka district at about 14:20. Three people have been killed and at least 20 injured, Mayor Ihor Terekhov said.",
     "Several people may be trapped under the collapsed roof."],
    "strikes", "strikes", 3, KHV, a="Serhii Bondar", n="first report, toll 3"),
  E("2030-08-28 15:30", "Watch: moment missile hits Kharkiv shopping centre", [],
    "strikes", "strikes", 1, KHV, n="video teaser without text"),
  E("2030-08-28 16:40", "Kharkiv: death toll rises to five, 40 injured",
    ["The number of people killed in the strike on the Saltivka shopping centre has risen to five, regional governor Oleh Syniehubov said. Forty people were injured, including three children."],
    "strikes", "strikes", 3, KHV, a="Serhii Bondar", n="toll 5"),
  E("2030-08-28 17:20", "Prisoner exchange: 150 Ukrainians return home",
    ["Ukraine has brought home 150 prisoners of war in an exchange with Russia mediated by the United Arab Emirates, President Volodymyr Zelensky has announced.",
     "Among those released are soldiers of the National Guard and border guards captured in 2022 and 2023."],
    "diplomacy", "diplomacy", 1, PSW, a="Marta Kovalenko", dup="18642-02", n="near-verbatim repeat of 18642-02 under a new headline"),
  E("2030-08-28 19:00", "Explainer: why Kharkiv gets so little warning",
    ["Kharkiv is about 30 kilometres from the Russian border, so a ballistic missile fired from Belgorod region can reach the city in less than a minute.",
     "That is often faster than an air-raid alert can be sent to phones, which is why the city has moved schools and clinics underground and asks residents to shelter at the first sound of an explosion."],
    "strikes", "strikes", 2, "explainer-kharkiv-warning-times", a="Serhii Bondar",
    n="theme piece (explainer on warning times, no single event); same city and theme as the day's strike but must not merge with it"),
  E("2030-08-28 22:30", "Kharkiv toll rises to nine",
    ["Nine people are now known to have died in the missile strike on the Kharkiv shopping centre, Syniehubov said late on Wednesday. Rescue work has ended."],
    "strikes", "strikes", 3, KHV, a="Serhii Bondar", kp=True, n="toll 9"),
  ]))

# ---------------------------------------------------------------- 18643 Torvale Review (day 3, Atom, UTC)
SEEDS.append(dict(
  id="18643", name="18643_torvale-atom", ext="xml", source="Torvale Review", zone="UTC", render=r_atom_feed,
  title="Torvale Review: Europe and the war", url="https://torvale-review.example",
  lede="Reporting and commentary on European security.",
  basis="Atom <published> '{s}' ('Z' = UTC); local {d} in {z}",
  notes="Invented outlet. Atom 1.0 feed, newest first, <published>/<updated> in UTC with 'Z', <author><name>, <category term>, escaped-HTML "
        "<content> only (no summary). 18643-05 is an opinion column (theme piece, importance 2). The Czech shell deliveries (18643-03) share "
        "the aid theme with Sweden's package but are another event.",
  not_entries=["feed title, subtitle, links, id, updated and generator", "category terms"],
  entries=[
  E("2030-08-28 18:20", "Sweden unveils SEK 6.5bn package with CV90 vehicles",
    ["Sweden's government announced its largest military aid package for Ukraine this year, worth SEK 6.5bn, including 20 CV90 infantry fighting vehicles and six Archer howitzers.",
     "Deliveries of the vehicles are due to begin before the end of the year."],
    "aid", "aid", 3, SWE, a="Annika Brandt", cat="Defence"),
  E("2030-08-28 15:00", "Kharkiv shopping centre strike kills six",
    ["At least six people were killed when a Russian missile struck a busy shopping centre in Kharkiv on Wednesday afternoon, Ukrainian officials said."],
    "strikes", "strikes", 3, KHV, a="Jonah Pellew", cat="Ukraine", n="toll 6"),
  E("2030-08-28 12:10", "Czech-led initiative delivers 80,000 more shells to Ukraine",
    ["The Czech-led ammunition initiative has delivered another 80,000 large-calibre artillery shells to Ukraine since July, the Czech defence ministry said, bringing this year's total above 900,000."],
    "aid", "aid", 2, "czech-ammunition-initiative-deliveries-2030-08-28", a="Annika Brandt", cat="Defence",
    n="progress report of a running programme (importance 2); same aid theme as Sweden's package, another event: must not merge with it"),
  E("2030-08-28 09:30", "UAE brokers new prisoner swap between Moscow and Kyiv",
    ["Russia and Ukraine exchanged 150 prisoners of war each on Wednesday, the United Arab Emirates foreign ministry said, in the third swap it has mediated this summer."],
    "diplomacy", "diplomacy", 3, PSW, a="Jonah Pellew", cat="Ukraine"),
  E("2030-08-28 06:45", "Opinion: Europe's ammunition drive must outlast the headlines",
    ["Europe has finally learnt to make shells at scale. The danger now is that governments treat the ammunition effort as a crisis measure rather than a permanent part of their defence budgets."],
    "aid", "aid", 2, "opinion-europe-ammunition-drive-2030-08-28", a="Miriam Lessard", cat="Opinion",
    n="opinion column (theme piece), its own story"),
  ]))


if __name__ == "__main__":
    main()

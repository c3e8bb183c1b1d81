#!/usr/bin/env python3
"""Builds the eval/ck seed pages and their gold files from one hand-written data table (further down).
Every headline and paragraph is the blind tester's own wording; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/ck/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# ------------------------------------------------------------------ data helpers
def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None):
    """One entry: t = local time in the page's zone 'YYYY-MM-DD HH:MM', h = headline (None if the page prints none),
    p = body paragraphs, then labels."""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019\']?(?=\s+[A-Z0-9"\u201c\u2018\u00c9]|$)', par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def h12(d, sep=":", space=" ", dots=True, lower=True):
    hh = d.hour % 12 or 12
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    else:
        suf = "am" if d.hour < 12 else "pm"
    if not lower:
        suf = suf.upper()
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def ap_date(d, year=True):
    return f"{AP_MONTHS[d.month - 1]} {d.day}" + (f", {d.year}" if year else "")


def paras_txt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def fake_uuid(seed, i):
    x = (seed * 2654435761 + i * 40503) & 0xFFFFFFFF
    y = (x * 69069 + 1) & 0xFFFFFFFFFFFF
    return f"{x:08x}-{(y >> 32) & 0xffff:04x}-11ef-{(y >> 16) & 0xffff:04x}-{y & 0xffffffffffff:012x}"


# ================================================================== PART A renderers (layouts imitated, own wording)

def r_tuscaloosa(S):
    """The Tuscaloosa News (Gannett / USA TODAY Network) live-updates page, 'select all, copy' text.
    Newest first; stamp line '1:45 p.m. CT Sept. 9' (no year) above each headline; per-post author line under it."""
    z = S["zone"]; ents = S["entries"]
    first = min(dt(e["t"], z) for e in ents); last = max(dt(e["t"], z) for e in ents)
    L = ["Skip to main content", "The Tuscaloosa News", "Subscribe", "Sign In", "",
         "Home  News  Sports  Crimson Tide  Opinion  Obituaries  eNewspaper  Legals  Things to Do", "", "WORLD", "",
         S["title"], "", S["byline1"], "USA TODAY", "",
         f"Published {h12(first)} CT {ap_date(first)} | Updated {h12(last)} CT {ap_date(last)}", "",
         "Show Caption", "Hide Caption", S["caption"], "", "What we know:"] + ["\u2022 " + b for b in S["bullets"]] + \
        ["", "Share on Facebook", "Share on X", "Share via Email", ""]
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = f"{h12(d)} CT {ap_date(d, year=False)}"; stamps.append(st)
        L += [st, e["h"], e["a"], ""] + paras_txt(e["p"])
        if e.get("contrib"):
            L += ["Contributing: " + e["contrib"], ""]
        if i in (1, 4):
            L += ["Advertisement", ""]
    L += ["Get the Daily Briefing newsletter in your inbox. Sign up", "",
          "Contact Us  Help Center  Terms of Service  Privacy Policy  Your Privacy Choices  Site Map",
          "\u00a9 2025 www.tuscaloosanews.com. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_anniston(S):
    """The Anniston Star (TownNews BLOX CMS) search RSS: 'RSS Results in news/world of type article';
    pubDate with -0500, dc:creator 'By NAME Associated Press', summary-only description, image enclosure."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">',
           "<channel>", f"<title>{esc(S['title'])}</title>",
           "<link>https://www.annistonstar.com/search/?f=rss&amp;t=article&amp;c=news/world&amp;l=50&amp;s=start_time&amp;sd=desc</link>",
           '<atom:link href="https://www.annistonstar.com/search/?f=rss&amp;t=article&amp;c=news/world&amp;l=50&amp;s=start_time&amp;sd=desc" rel="self" type="application/rss+xml" />',
           "<description>RSS Results in news/world of type article</description>",
           "<generator>TownNews.com Content Engine</generator>", "<docs>http://www.rssboard.org/rss-specification</docs>", "<ttl>30</ttl>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        u = fake_uuid(9001, i)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<description>{esc(' '.join(e['p']))}</description>",
                f"<pubDate>{st}</pubDate>", f"<link>https://www.annistonstar.com/news/world/article_{u}.html</link>",
                f'<guid isPermaLink="false">{u}</guid>', f"<dc:creator>By {esc(e['a'])} Associated Press</dc:creator>",
                f'<enclosure url="https://bloximages.chicago2.vip.townnews.com/annistonstar.com/content/tncms/assets/v3/editorial/{u[:1]}/{u[1:3]}/{u}/img.jpg?resize=1200%2C800" length="{118000 + i * 913}" type="image/jpeg" />',
                "<category>news</category>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_dothan(S):
    """Dothan Eagle (Lee Enterprises, BLOX CMS) section front 'Nation & World': cards with h3 headline, byline,
    <time datetime="...-05:00"> whose visible text is only the date ('Apr 28, 2025'), summary paragraph."""
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | dothaneagle.com</title>",
           '<meta name="viewport" content="width=device-width, initial-scale=1">', "</head>",
           '<body class="section-front nation-world">',
           '<div id="site-top-nav"><a href="/users/signup/">Sign Up</a> <a href="/users/login/">Log In</a> <a class="btn" href="/subscribe/">Subscribe</a></div>',
           '<header id="site-header"><a href="/" class="site-logo">Dothan Eagle</a>',
           '<div class="weather-widget"><span class="temp">72\u00b0</span> <span class="cond">Partly Cloudy</span></div>',
           '<nav id="main-nav"><ul><li><a href="/news/">News</a></li><li><a href="/sports/">Sports</a></li><li><a href="/obituaries/">Obituaries</a></li>'
           '<li><a href="/opinion/">Opinion</a></li><li><a href="/lifestyles/">Lifestyles</a></li><li><a href="/multimedia/">Multimedia</a></li>'
           '<li><a href="/eedition/">e-Edition</a></li></ul></nav></header>',
           '<main id="main-page-container"><div class="block-title"><h1>' + esc(S["title"]) + "</h1></div>", '<div class="tnt-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%b} {d.day}, {d.year}"; stamps.append(st)
        u = fake_uuid(9002, i)
        out += [f'<article class="tnt-asset-type-article card summary" id="asset-{u}">',
                f'<div class="card-image"><a href="/news/national/article_{u}.html"><img alt="" src="/img/{u}.jpg"></a></div>',
                f'<div class="card-headline"><h3 class="tnt-headline"><a href="/news/national/article_{u}.html">{esc(e["h"])}</a></h3></div>',
                '<ul class="list-inline card-meta">',
                f'<li class="card-byline"><span class="tnt-byline">By {esc(e["a"])} Associated Press</span></li>',
                f'<li class="card-date"><time datetime="{d.isoformat()}" class="tnt-date asset-date text-muted">{st}</time></li></ul>',
                '<div class="card-lead">' + "".join(f'<p class="tnt-summary">{esc(p)}</p>' for p in e["p"]) + "</div>", "</article>"]
        if i == 2:
            out.append('<div class="tnt-ads-container"><div class="tnt-ads">Advertisement</div></div>')
    out += ["</div>", '<div class="pagination"><a href="?o=50">Load more</a></div>', "</main>",
            '<aside><h4>Most Popular</h4><ol><li><a href="/news/local/a1">Wiregrass farmers brace for dry spring</a></li>'
            '<li><a href="/sports/a2">Northview takes region title</a></li></ol>',
            '<div class="newsletter">Breaking News alerts: Get the latest news sent to your inbox. <input type="email"> Sign up!</div></aside>',
            '<footer><p>\u00a9 Copyright 2025 Dothan Eagle, 227 N. Oates St. Dothan, AL | <a href="/terms/">Terms of Use</a> | <a href="/privacy/">Privacy Policy</a></p>',
            "<p>Powered by BLOX Content Management System from TownNews.com.</p></footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_hattiesburg(S):
    """Hattiesburg American (Gannett) article page: NewsArticle JSON-LD (UTC 'Z' dates), byline, 'Published 5:12 p.m. CT
    Sept. 16, 2025', a lede, then h2 sections (one entry each, stamp null)."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z); u0 = d0.astimezone(UTC)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": S["title"],
          "datePublished": u0.strftime("%Y-%m-%dT%H:%M:%SZ"), "dateModified": u0.strftime("%Y-%m-%dT%H:%M:%SZ"),
          "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "Hattiesburg American"}, "articleSection": "world"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head>",
           '<body class="gnt_pb">', '<header class="gnt_n"><a class="gnt_n_logo" href="/">Hattiesburg American</a>',
           '<nav class="gnt_n_mn"><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/entertainment/">Entertainment</a> '
           '<a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> <a href="/legal-notices/">Legal Notices</a> <a href="/e-edition/">E-Edition</a></nav>',
           '<a class="gnt_n_us_a" href="/subscribe/">Subscribe</a> <a class="gnt_n_us_a" href="/signin/">Sign In</a></header>',
           '<main class="gnt_cw"><article class="gnt_pr">', '<div class="gnt_ar_lbl">WORLD</div>',
           f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           f'<div class="gnt_ar_by"><a class="gnt_ar_by_a" href="/staff/1/">{esc(S["byline"])}</a><div class="gnt_ar_by_o">USA TODAY</div></div>',
           f'<div class="gnt_ar_dt" aria-label="Published {h12(d0)} CT {ap_date(d0)}">Published {h12(d0)} CT {ap_date(d0)}</div>',
           '<div class="gnt_ar_shr"><button>Share on Facebook</button><button>Share on X</button><button>Share via Email</button></div>',
           f'<figure class="gnt_em_img"><button class="gnt_em_img_ccw">Show Caption</button><button>Hide Caption</button><figcaption>{esc(S["caption"])}</figcaption></figure>',
           f'<div class="gnt_ar_b"><p class="gnt_ar_b_p">{esc(S["lede"])}</p>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2 class="gnt_ar_b_h2">{esc(e["h"])}</h2>')
        out += [f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<aside class="gnt_em_pl"><p>Get the latest news delivered to your inbox: sign up for the Hattiesburg American newsletter.</p></aside>')
    out += [f'<p class="gnt_ar_b_p"><em>Contributing: {esc(S["contrib"])}</em></p></div></article></main>',
            '<footer class="gnt_f">Contact Us \u00b7 Accessibility Support \u00b7 Terms of Service \u00b7 Privacy Policy \u00b7 Your Privacy Choices \u00b7 '
            '\u00a9 2025 www.hattiesburgamerican.com. All rights reserved.</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_natchez(S):
    """The Natchez Democrat (Boone Newspapers, WordPress) category listing, text copy. Headline, then the stamp
    'Published 4:30 pm Monday, September 29, 2025' AFTER the headline, then 'By ...'. No zone printed (Central)."""
    z = S["zone"]
    L = ["Skip to content", "The Natchez Democrat", "Subscribe | e-Edition | Login", "",
         "Home  News  Sports  Opinion  Obituaries  Lifestyles  Arts & Entertainment  Classifieds  Submit News", "",
         "Sign up for our Daily Newsletter \u2013 Click Here", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"Published {h12(d, dots=False, space=' ')} {WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}"; stamps.append(st)
        L += [e["h"], "", st, "", f"By {e['a']}", ""] + paras_txt(e["p"]) + ["Print Article", ""]
        if i == 2:
            L += ["Sponsored Content", "Local business directory \u2013 find it in Natchez", ""]
    L += ["Older Posts \u00bb", "", "Email newsletter signup", "Get the latest local news in your inbox. Sign up",
          "", "The Natchez Democrat \u00b7 503 N. Canal St. \u00b7 Natchez, MS", "\u00a9 2025, The Natchez Democrat"]
    return "\n".join(L) + "\n", stamps


def r_towntalk(S):
    """The Town Talk (Gannett) live-updates page as HTML: LiveBlogPosting JSON-LD with per-update times,
    a Key Points box listing post headlines, oldest first, visible '6:10 a.m. CDT' in <time datetime>, one page byline."""
    z = S["zone"]; ents = S["entries"]
    first = dt(ents[0]["t"], z); last = dt(ents[-1]["t"], z)
    ups = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": d.isoformat()}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "author": [{"@type": "Person", "name": S["byline"]}], "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head>",
           '<body class="gnt_pb">', '<header class="gnt_n"><a class="gnt_n_logo" href="/">The Town Talk</a>',
           '<nav><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/entertainment/">Entertainment</a> '
           '<a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> <a href="/e-edition/">E-Edition</a></nav>',
           '<a href="/subscribe/">Subscribe</a> <a href="/signin/">Sign In</a></header>',
           '<main><div class="gnt_ar_lbl">WORLD</div>', f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           f'<div class="gnt_ar_by">{esc(S["byline"])} <span>USA TODAY</span></div>',
           f'<div class="gnt_ar_dt">Published {h12(first)} CT {MONTHS[first.month - 1]} {first.day}, {first.year} | Updated {h12(last)} CT {MONTHS[last.month - 1]} {last.day}, {last.year}</div>',
           '<section class="key-points"><h2>Key Points</h2><ul>'] + [f"<li>{esc(e['h'])}</li>" for e in ents if e["kp"]] + \
          ["</ul></section>", f'<p class="gnt_ar_b_p">{esc(S["lede"])}</p>', '<div class="live-feed">']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = f"{h12(d)} CDT"; stamps.append(st)
        out.append(f'<article class="live-post" id="post-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        else:
            out.append(f'<figure class="gallery"><img src="/gallery/{i}.jpg" alt=""><span class="count">View gallery</span></figure>')
        out.append('<div class="post-share"><button>Copy link</button></div></article>')
        if i == 2:
            out.append('<div class="ad-slot">Advertisement</div>')
    out += ["</div></main>", '<footer class="gnt_f">Contact Us \u00b7 Terms of Service \u00b7 Privacy Policy \u00b7 Your Privacy Choices \u00b7 '
            "\u00a9 2025 www.thetowntalk.com. All rights reserved.</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_americanpress(S):
    """American Press (Lake Charles) WordPress category feed: RSS 2.0, pubDate +0000, dc:creator CDATA, excerpt
    description ending '[…]', content:encoded with a trailing 'The post … appeared first on American Press.' line."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" '
           'xmlns:slash="http://purl.org/rss/1.0/modules/slash/">', "<channel>", f"<title>{esc(S['title'])}</title>",
           '<atom:link href="https://www.americanpress.com/category/news/world/feed/" rel="self" type="application/rss+xml" />',
           "<link>https://www.americanpress.com</link>", "<description>Southwest Louisiana News</description>",
           f"<lastBuildDate>{S['build']}</lastBuildDate>", "<language>en-US</language>", "<sy:updatePeriod>hourly</sy:updatePeriod>",
           "<sy:updateFrequency>1</sy:updateFrequency>", "<generator>https://wordpress.org/?v=6.8.3</generator>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC); st = u.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")
        link = f"https://www.americanpress.com/2025/10/24/{slug}/"
        words = e["p"][0].split()
        excerpt = " ".join(words[:24]) + " [&#8230;]"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{link}</link>", f"<dc:creator><![CDATA[{e['a']}]]></dc:creator>",
                f"<pubDate>{st}</pubDate>", f"<category><![CDATA[{e.get('cat', 'World')}]]></category>",
                f'<guid isPermaLink="false">https://www.americanpress.com/?p={188400 + i * 37}</guid>',
                f"<description><![CDATA[{excerpt}]]></description>",
                "<content:encoded><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"])
                + f'<p>The post <a href="{link}">{esc(e["h"])}</a> appeared first on <a href="https://www.americanpress.com">American Press</a>.</p>]]></content:encoded>',
                "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_longview(S):
    """Longview News-Journal (BLOX CMS) article page carrying an AP 'The Latest' file: NewsArticle JSON-LD, page byline
    'By The Associated Press', BLOX date line, 'The latest on ... (all times local):' and, newest first, a bold time
    paragraph ('1:30 a.m.') followed by untitled paragraphs. Times are Kyiv local; the file runs past local midnight."""
    z = S["zone"]; pub = dt(S["pub_t"], S["home_zone"]); mod = dt(S["mod_t"], S["home_zone"])
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": pub.isoformat(),
          "dateModified": mod.isoformat(), "author": [{"@type": "Organization", "name": "The Associated Press"}],
          "publisher": {"@type": "Organization", "name": "Longview News-Journal"}, "isAccessibleForFree": True}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | World | news-journal.com</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head>",
           '<body class="asset-article">', '<div id="site-top-nav"><a href="/users/signup/">Sign Up</a> <a href="/users/login/">Log In</a> <a href="/subscribe/">Subscribe</a></div>',
           '<header><a href="/" class="site-logo">Longview News-Journal</a><nav><a href="/news/">News</a> <a href="/sports/">Sports</a> '
           '<a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> <a href="/features/">Features</a> <a href="/eedition/">E-Edition</a></nav></header>',
           '<main><article><div class="asset-breadcrumbs"><a href="/news/">News</a> \u203a <a href="/news/world/">World</a></div>',
           f'<h1 class="headline"><span class="asset-headline">{esc(S["title"])}</span></h1>',
           '<ul class="list-inline asset-byline"><li><span class="tnt-byline">By The Associated Press</span></li>'
           f'<li><time datetime="{pub.isoformat()}" class="tnt-date asset-date">{pub:%b} {pub.day}, {pub.year}</time></li>'
           f'<li><time datetime="{mod.isoformat()}" class="tnt-date asset-date">Updated {mod:%b} {mod.day}, {mod.year}</time></li></ul>',
           '<div class="share-container"><a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a> <a>SMS</a> <a>Email</a> <a>Print</a> <a>Copy article link</a> <a>Save</a></div>',
           '<div class="asset-content subscriber-premium" id="article-body" itemprop="articleBody">',
           f"<p>{esc(S['intro'])}</p>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d); stamps.append(st)
        out.append(f"<p><strong>{st}</strong></p>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if i == 3:
            out.append('<div class="tnt-ads">Advertisement</div>')
    out += ["<p>___</p>", f"<p>{esc(S['more'])}</p>", "<p>Copyright 2025 The Associated Press. All rights reserved.</p></div>",
            '<div class="asset-comments">Load comments</div></article>',
            '<aside><h4>Most Popular</h4><ol><li><a href="/news/local/a1">Longview council weighs downtown parking plan</a></li>'
            '<li><a href="/sports/a2">Lobos roll in district opener</a></li></ol></aside></main>',
            '<footer>\u00a9 Copyright 2025 Longview News-Journal, 320 E. Methvin St. Longview, TX | Terms of Use | Privacy Policy',
            "<p>Powered by BLOX Content Management System from TownNews.com.</p></footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_texarkana(S):
    """Texarkana Gazette (WEHCO Media) 'World' listing, text copy. Header date without a year; each item: headline,
    'by NAME | Today at 3:40 p.m.' (or 'Yesterday at ...'), summary paragraph. Central time, no zone printed."""
    z = S["zone"]; today = datetime.strptime(S["today"], "%Y-%m-%d").date()
    L = ["Texarkana Gazette", "Subscribe  Sign in", f"{WEEKDAYS[today.weekday()]}, {MONTHS[today.month - 1]} {today.day}", "Texarkana  74\u00b0", "",
         "Latest  News  Sports  Obituaries  Opinion  Features  Business  E-Edition  Newsletters", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); delta = (today - d.date()).days
        word = {0: "Today", 1: "Yesterday"}[delta]
        st = f"{word} at {h12(d)}"; stamps.append(st)
        L += [e["h"], f"by {e['a']} | {st}", ""] + paras_txt(e["p"])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["Load more", "", "Sign up for Gazette newsletters", "Daily headlines, breaking news alerts and more. Sign up now", "",
          "Contact Us  Terms of Use  Privacy Policy  Advertise",
          "\u00a9 Texarkana Gazette, Inc. All rights reserved. This document may not be reprinted without the written permission of Texarkana Gazette, Inc.",
          "Material from the Associated Press is subject to its own copyright terms."]
    return "\n".join(L) + "\n", stamps


def r_meridian(S):
    """The Meridian Star (CNHI, older BLOX theme) 'World briefs' article, text copy. 'Posted: Monday, September 22, 2025
    5:40 pm | Updated: 6:12 pm, Mon Sep 22, 2025.' under the title, page byline 'From wire reports', then briefs:
    a headline line and AP-datelined paragraphs (one entry each, stamp null)."""
    z = S["zone"]; p = dt(S["posted_t"], z); u = dt(S["updated_t"], z)
    posted = f"{WEEKDAYS[p.weekday()]}, {MONTHS[p.month - 1]} {p.day}, {p.year} {h12(p, dots=False, space=' ')}"
    L = ["The Meridian Star", "Meridian, MS", "Sign Up | Log In", "",
         "Home  News  Sports  Opinion  Obituaries  Community  Multimedia  e-Edition  Classifieds", "", S["title"], "",
         f"Posted: {posted} | Updated: {h12(u, dots=False, space=' ')}, {u:%a %b} {u.day}, {u.year}.", "", S["byline"], "",
         "Facebook  Twitter  Email  Print  Save", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + paras_txt(e["p"])
    L += [f"Posted in World on {posted}.", "", "Discussion", "",
          "Keep it civil. Comments that are obscene, threatening or off topic will be removed.", "Log In", "",
          "\u00a9 Copyright 2025, The Meridian Star, Meridian, MS. Powered by BLOX Content Management System from TownNews.com."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ================================================================== PART B renderers (invented outlets)

def r_lindenquay(S):
    """Text live page, newest first; 'Key points' block; stamp line '8.40pm BST' BEFORE each headline; 'Posted by NAME' after the body."""
    z = S["zone"]
    L = ["LINDENQUAY HERALD", "News | World | Ukraine | Business | Sport | Opinion", "", S["title"], S["dateline"], "",
         S["lede"], "", "Key points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Live", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, sep=".", space="", dots=False) + " BST"; stamps.append(st)
        L += [st, e["h"], ""] + paras_txt(e["p"]) + [f"Posted by {e['a']}", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Show older posts", "", "We use cookies to personalise content and ads. Manage cookie settings",
          "Lindenquay Herald \u00a9 2025 \u00b7 Terms \u00b7 Privacy \u00b7 Contact the newsroom"]
    return "\n".join(L) + "\n", stamps


def r_kelderwick(S):
    """HTML live page, OLDEST first, LiveBlogPosting JSON-LD with per-update times and authors; visible stamp
    '18.10.2025, 08:20' in <time datetime="...+03:00">, headline h2, body, 'By NAME' after the body."""
    z = S["zone"]; ents = S["entries"]
    first = dt(ents[0]["t"], z); last = dt(ents[-1]["t"], z)
    ups = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
             "author": {"@type": "Person", "name": e["a"]}}
        if e["p"]:
            u["articleBody"] = "\n\n".join(e["p"])
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "coverageEndTime": (last + timedelta(hours=2)).isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Kelderwick Post</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header class="masthead"><a href="/">Kelderwick Post</a><nav><a href="/ukraine">Ukraine</a> <a href="/europe">Europe</a> '
           '<a href="/opinion">Opinion</a> <a href="/newsletters">Newsletters</a> <a class="donate" href="/support">Support us</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           '<p class="tz-note">All times are Kyiv time (EEST). Updates appear in the order they were published.</p>']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y, %H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="update-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        else:
            out.append('<div class="video-embed"><button>Play video</button></div>')
        out.append(f'<p class="byline">By {esc(e["a"])}</p><div class="share"><a>Share</a> <a>Copy link</a></div></article>')
        if i == 3:
            out.append('<aside class="promo">Kelderwick Post is reader-funded. <a href="/support">Become a supporter</a></aside>')
    out += ["</main>", '<footer>Kelderwick Post \u00b7 Editorial standards \u00b7 Corrections \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss_world(S):
    """RSS 2.0 general world feed, newest first; pubDate in the outlet's own offset ('GMT' or '+1100'); CDATA HTML descriptions; no authors."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>',
           f"<title>{esc(S['title'])}</title>", f"<link>{S['url']}</link>", f"<description>{esc(S['desc'])}</description>",
           "<language>en</language>", f'<atom:link href="{S["url"]}/rss.xml" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else d.strftime("%z")); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/news/{S['id']}{i + 11}</link>",
                f'<guid isPermaLink="true">{S["url"]}/news/{S["id"]}{i + 11}</guid>', f"<pubDate>{st}</pubDate>",
                f"<category>{e.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel></rss>"]
    return "\n".join(out) + "\n", stamps


def r_article(S):
    """Text article with section headings; one entry per section, stamp null, published = the article's dateline."""
    if S["style"] == "caldermouth":
        L = ["CALDERMOUTH OBSERVER", "International \u203a Europe", "", S["title"], "", f"By {S['byline']}", S["dateline"], "", S["lede"], ""]
    else:
        L = ["Keswold Chronicle", "World | Nation | Politics | Business | Opinion", "", S["title"], "", f"By {S['byline']} | {S['dateline']}", "",
             S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + paras_txt(e["p"])
    L += ["Share: Email \u00b7 Facebook \u00b7 Bluesky", "More on this topic: " + S["more"], "", f"\u00a9 2025 {S['source']}"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_atom(S):
    """Atom 1.0 feed, newest first. S['content']=='html': escaped HTML <content> and per-entry <author>;
    'summary': one plain <summary type="text">, no authors."""
    z = S["zone"]; ents = S["entries"]
    newest = max(dt(e["t"], z) for e in ents)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f"<title>{esc(S['title'])}</title>",
           f'<subtitle>{esc(S["desc"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f"<id>{S['url']}/atom.xml</id>", f"<updated>{S['fmt'](newest)}</updated>"]
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = S["fmt"](d); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link rel="alternate" href="{S["url"]}/{S["id"]}/{i + 501}"/>',
                f"<id>tag:{S['url'][8:]},2025:{S['id']}-{i + 501}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if S["content"] == "html":
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        else:
            out.append('<summary type="text">' + esc(" ".join(e["p"])) + "</summary>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_eldermere(S):
    """Text live page, OLDEST first; date line without a year ('Sunday, 19 October'); no zone printed (Riga);
    a trailing 'Posted 08:30 \u00b7 NAME' line closes each post."""
    z = S["zone"]
    L = ["ELDERMERE PRESS", "Baltics \u00b7 Europe \u00b7 Ukraine \u00b7 Economy \u00b7 Culture", "", S["title"], S["dateline"], "", S["lede"], "",
         "Accept all cookies  |  Only necessary cookies", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Posted {d:%H:%M}"; stamps.append(st)
        L += [e["h"], ""]
        if e["p"]:
            L += paras_txt(e["p"])
        else:
            L += ["Open gallery (14 photos)", ""]
        L += [f"{st} \u00b7 {e['a']}", ""]
        if i == 2:
            L += ["Subscribe to the Eldermere morning newsletter", ""]
    L += ["You have reached the end of today's updates.", "Eldermere Press \u00b7 About \u00b7 Ethics code \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_hexlowe(S):
    """Text live page, newest first; headline, then the line '18:55 CEST \u00b7 NAME' AFTER the headline, then the body."""
    z = S["zone"]
    L = ["HEXLOWE BULLETIN", "Europe edition \u00b7 Ukraine live \u00b7 Newsletters", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} CEST"; stamps.append(st)
        L += [e["h"], f"{st} \u00b7 {e['a']}", ""]
        if e["p"]:
            L += paras_txt(e["p"])
        else:
            L += ["Video \u00b7 18 min", ""]
        L += ["Share \u00b7 Copy link", ""]
    L += ["Earlier coverage: Tuesday's live page", "Hexlowe Bulletin \u00b7 Imprint \u00b7 Privacy \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_inchkeld(S):
    """HTML live page without JSON-LD, OLDEST first; a day header 'Wednesday 24 September 2025'; visible dotted
    times '07.30' (Helsinki, no zone printed); signature paragraph after the body."""
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} \u2013 Inchkeld Gazette</title></head><body>",
           '<div class="cookie-bar">This site uses cookies. <button>OK</button> <button>Settings</button></div>',
           '<header><a href="/" class="logo">Inchkeld Gazette</a> <nav><a>Finland</a> <a>World</a> <a>Ukraine</a> <a>Business</a> <a>Sport</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="lead">{esc(S["lede"])}</p>', f'<h2 class="day">{esc(S["dateline"])}</h2>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M}"; stamps.append(st)
        out.append(f'<div class="post"><span class="time">{st}</span><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append(f'<p class="sig">{esc(e["a"])}</p></div>')
        if i == 1:
            out.append('<div class="related"><b>Read also:</b> <a href="/a/1">What Finland has sent to Ukraine so far</a></div>')
    out += ['</main><footer>Inchkeld Gazette \u00b7 Contact \u00b7 Privacy \u00b7 Terms</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_heathbury(S):
    """RSS 2.0 news feed with dc:creator, pubDate in -0400 (US Eastern, EDT), plain-text descriptions."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>',
           f"<title>{esc(S['title'])}</title>", f"<link>{S['url']}</link>", f"<description>{esc(S['desc'])}</description>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/world/{i + 7301}</link>", f"<guid>{S['url']}/world/{i + 7301}</guid>",
                f"<dc:creator>{esc(e['a'])}</dc:creator>", f"<pubDate>{st}</pubDate>", "<description>" + esc("\n\n".join(e["p"])) + "</description>", "</item>"]
    out += ["</channel></rss>"]
    return "\n".join(out) + "\n", stamps


# ================================================================== PART A data: ten real outlets' layouts, own wording
SEEDS = []
CT = "America/Chicago"
YAR = "yarova-pension-queue-bombing-2025-09-09"

SEEDS.append(dict(id="9000", name="9000_tuscaloosanews-live", ext="txt", source="The Tuscaloosa News", zone=CT, render=r_tuscaloosa,
  title="Russia-Ukraine live updates: Bomb hits pension line in Donetsk village; Zelenskyy demands response",
  byline1="Marisa Delgado, Trevor Hanlon and Jonah Whitcombe",
  caption="Rescue workers search a damaged street in the Donetsk region of Ukraine.",
  bullets=["A Russian aerial bomb struck older residents lining up for pension payments in the village of Yarova.",
           "Ukrainian officials called it one of the deadliest attacks on civilians this year.",
           "European governments keep working on security guarantees for Ukraine after any ceasefire."],
  notes="Imitates a Gannett (USA TODAY Network) live-updates page as carried by The Tuscaloosa News, copied as text. "
        "Newest first. Each post: a stamp line '1:45 p.m. CT Sept. 9' (AP-style month, no year) ABOVE the headline, the post author's name, body. "
        "The year comes from the page line 'Published 9:40 p.m. CT Sept. 8, 2025 | Updated 1:45 p.m. CT Sept. 9, 2025'. "
        "'CT' is US Central, CDT = UTC-5 in September. The two oldest posts are dated Sept. 8 local but fall on 9 Sept UTC "
        "(local midnight crossing with the date printed in the stamp). The 'What we know:' box summarises the page and lists no post headlines.",
  not_entries=["'Skip to main content', masthead, 'Subscribe', 'Sign In', menu line", "section label 'WORLD'", "title line (page_title)",
               "page byline 'Marisa Delgado, Trevor Hanlon and Jonah Whitcombe' and 'USA TODAY'", "'Published ... | Updated ...' line",
               "'Show Caption' / 'Hide Caption' and the photo caption", "'What we know:' box with three summary bullets (page lede, not posts)",
               "share labels", "'Advertisement' (twice)", "'Contributing: Reuters' line after a post", "newsletter promo", "footer links and copyright"],
  entries=[
  E("2025-09-09 13:45", "Zelenskyy: 'The world cannot stay silent' after Yarova strike",
    ["Ukrainian President Volodymyr Zelenskyy said Russia had deliberately bombed civilians standing in line for their pension payments and urged allies to answer with new sanctions.",
     "\"There are no military targets in a pension queue,\" Zelenskyy said in a video address, adding that the attack came on a day when Moscow again claimed to want peace.",
     "He asked the United States and Europe to stop giving the Kremlin more time and to tighten limits on Russian oil sales."],
    "strikes", "strikes", 3, YAR, a="Marisa Delgado", sec=["diplomacy"],
    n="President's reaction whose content is the attack itself: strikes, same story as the attack; the sanctions call is secondary diplomacy."),
  E("2025-09-09 12:10", "Death toll in Yarova bombing rises to 23, regional governor says",
    ["At least 23 people were killed and 18 wounded when a Russian glide bomb hit the center of Yarova, Donetsk regional governor Vadym Filashkin said.",
     "Most of the victims were older residents who had gathered near a mobile post office van to collect their monthly pensions, he said.",
     "Rescuers were still working at the scene in the afternoon, and officials warned the number of dead could rise."],
    "strikes", "strikes", 3, YAR, a="Trevor Hanlon"),
  E("2025-09-09 10:30", "Kremlin dismisses European plans for postwar 'reassurance force'",
    ["The Kremlin said Tuesday that any foreign troops deployed in Ukraine after a ceasefire would be treated as legitimate targets, rejecting plans drawn up by a group of European countries.",
     "Kremlin spokesman Dmitry Peskov said guarantees for Ukraine could not rest on a military presence aimed at Russia.",
     "France and Britain have said more than two dozen countries are ready to contribute in some form to a force that would deploy only after fighting stops."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-reassurance-force-2025-09-09", a="Jonah Whitcombe"),
  E("2025-09-09 07:55", "Denmark to pay for more Ukrainian-built howitzers",
    ["Denmark will fund another batch of Bohdana self-propelled howitzers made in Ukraine, the Danish Defense Ministry said, in a deal worth about $90 million.",
     "The so-called Danish model, under which allies pay Ukrainian factories directly, has become one of the quickest ways to get weapons to the front."],
    "aid", "aid", 2, "denmark-funds-bohdana-howitzers-2025-09-09", a="Jonah Whitcombe"),
  dict(E("2025-09-09 04:40", "Russian bomb hits crowd collecting pensions in eastern Ukraine",
    ["A Russian aerial bomb struck a village in eastern Ukraine on Tuesday as elderly residents waited in line for their pensions, killing at least 20 people, Ukrainian officials said.",
     "The attack hit Yarova, a village in the Donetsk region about 20 miles from the front line.",
     "Photos released by emergency services showed bodies lying beside a damaged van used to deliver payments."],
    "strikes", "strikes", 3, YAR, a="Trevor Hanlon", n="First report of the attack (toll 20; 23 in the later post)."), contrib="Reuters"),
  E("2025-09-08 23:15", "Russia claims capture of village in Dnipropetrovsk region",
    ["Russia's Defense Ministry said its troops had taken control of a village in Ukraine's Dnipropetrovsk region, a claim that could not be independently verified.",
     "Ukraine's military did not comment directly but said its forces had repelled more than a dozen assaults in the area over the past day."],
    "other", "frontline", 2, "russia-claims-dnipropetrovsk-village-2025-09-08", a="Marisa Delgado",
    n="Stamp '11:15 p.m. CT Sept. 8' = 04:15 UTC on 9 Sept."),
  E("2025-09-08 21:40", "Ukrainian government back at work in damaged Cabinet building",
    ["Ukraine's government held its first meeting since a Russian strike set the roof of the Cabinet of Ministers building in Kyiv on fire over the weekend, Prime Minister Yulia Svyrydenko said.",
     "Svyrydenko said the damaged floors would be repaired and that ministries had not lost any critical documents."],
    "strikes", "strikes", 2, "kyiv-cabinet-building-strike-2025-09-07", a="Marisa Delgado",
    n="Aftermath of the weekend strike on the government building: strikes (damage from an attack). Stamp on Sept. 8 local = 02:40 UTC on 9 Sept."),
  ]))

KYIV_APR24 = "kyiv-missile-drone-attack-2025-04-24"
SEEDS.append(dict(id="9001", name="9001_annistonstar-rss", ext="xml", source="The Anniston Star", zone=CT, render=r_anniston,
  title="annistonstar.com - RSS Results in news/world of type article",
  notes="Imitates the TownNews BLOX search feed of The Anniston Star (RSS 2.0). Newest first. pubDate carries -0500 (CDT). "
        "Each item's description is a one-paragraph summary (body_paragraphs 1). dc:creator is 'By NAME Associated Press'; author is the name only. "
        "The oldest item is dated Thu, 24 Apr 2025 20:15 -0500, which is 01:15 UTC on 25 April. No headlines repeat.",
  not_entries=["channel title, link, description, generator, docs and ttl", "<guid>, <link>, <category> and image <enclosure> of every item"],
  entries=[
  E("2025-04-25 17:20", "Trump envoy Witkoff and Putin meet for three hours in Moscow",
    ["President Donald Trump's special envoy Steve Witkoff met Vladimir Putin at the Kremlin on Friday for talks that a Putin aide described as constructive, as Washington pushes both sides toward a ceasefire. Neither side gave details of any new proposals."],
    "diplomacy", "diplomacy", 3, "witkoff-putin-moscow-talks-2025-04-25", a="DARIA KOVAL"),
  E("2025-04-25 14:05", "Russian general killed as car explodes outside Moscow",
    ["A senior officer of Russia's General Staff was killed Friday when a parked car packed with explosives blew up as he walked past in a town east of Moscow, Russian investigators said. They opened a terrorism case and pointed at Ukraine, which did not comment."],
    "other", "security", 2, "moscow-region-car-bomb-general-2025-04-25", a="GRETA SOLBERG",
    n="Car bomb = sabotage/assassination, not a remote-weapon strike: other/security."),
  E("2025-04-25 11:30", "Kyiv buries victims as toll from overnight barrage reaches 12",
    ["Funerals began in Kyiv on Friday for victims of Thursday's Russian missile and drone attack, the deadliest on the capital in months, as city officials said the number of dead had risen to 12. About 90 people were wounded."],
    "strikes", "strikes", 3, KYIV_APR24, a="DARIA KOVAL"),
  E("2025-04-25 09:10", "Ukraine says recognizing Crimea as Russian is a red line",
    ["Ukraine will not accept any peace deal that recognizes Crimea as Russian territory, Foreign Minister Andrii Sybiha said Friday, responding to reports that a U.S. proposal includes such recognition. He said Kyiv was ready for a full ceasefire as a first step."],
    "diplomacy", "diplomacy", 2, "sybiha-crimea-red-line-2025-04-25", a="HALYNA MOROZ"),
  E("2025-04-25 06:45", "Investigators say missile that hit Kyiv was made in North Korea",
    ["Ukrainian investigators said debris from one of the ballistic missiles fired at Kyiv on Thursday came from a North Korean KN-23, adding to evidence that Pyongyang is arming Moscow. Russia has not confirmed using North Korean missiles."],
    "strikes", "strikes", 2, "north-korean-missile-in-kyiv-attack", a="HALYNA MOROZ", sec=["aid"],
    n="A finding about the weapon used (arms transfer to Russia as secondary topic); kept apart from the attack's toll story, as the TRT gold keeps 'North Korean missiles' apart."),
  E("2025-04-24 20:15", "Trump rebukes Putin over deadly strike on Kyiv",
    ["President Donald Trump publicly criticized Vladimir Putin on Thursday over the overnight strike on Kyiv, saying the attack was badly timed and telling the Russian leader to stop. It was a rare rebuke of Putin from Trump, who has pressed Ukraine hard to accept a deal."],
    "strikes", "strikes", 3, KYIV_APR24, a="GRETA SOLBERG", sec=["diplomacy"],
    n="Reaction whose content is the attack itself: same story as the attack. pubDate Thu 24 Apr 20:15 -0500 = 01:15 UTC on 25 April."),
  ]))

TRUCE = "putin-victory-day-truce-2025-04-28"
SEEDS.append(dict(id="9002", name="9002_dothaneagle-section", ext="html", source="Dothan Eagle", zone=CT, render=r_dothan,
  title="Nation & World",
  notes="Imitates a BLOX CMS section front (Dothan Eagle, Lee Enterprises). Newest first. Each card: h3 headline, 'By NAME Associated Press', "
        "and a <time datetime='...-05:00'> element whose VISIBLE text is only the date ('Apr 28, 2025'); the time of day exists only in the "
        "datetime attribute (stamp = the visible date text; published from the attribute). The last card shows 'Apr 27, 2025' but its "
        "datetime 21:30 -05:00 is 02:30 UTC on 28 April. One off-beat card (Iberian power cut).",
  not_entries=["top bar 'Sign Up', 'Log In', 'Subscribe'", "logo, weather widget '72\u00b0 Partly Cloudy', main menu", "section title 'Nation & World' (page title)",
               "card images", "'Advertisement' block", "'Load more'", "'Most Popular' list", "newsletter box", "footer address, links and 'Powered by BLOX ...'"],
  entries=[
  E("2025-04-28 16:40", "Putin declares 3-day ceasefire for Victory Day commemorations",
    ["Russian President Vladimir Putin on Monday announced a unilateral three-day ceasefire in Ukraine starting May 8, timed to coincide with celebrations marking the 80th anniversary of the Soviet victory in World War II."],
    "diplomacy", "diplomacy", 3, TRUCE, a="PETRA LINDQVIST"),
  E("2025-04-28 13:15", "Ukraine says Russia should agree to 30-day truce instead of waiting until May",
    ["Ukraine's foreign minister said Monday that if Moscow truly wanted peace it should stop firing immediately and for at least 30 days, not only during a three-day holiday window."],
    "diplomacy", "diplomacy", 3, TRUCE, a="OKSANA LEVYTSKA", n="Kyiv's answer to the truce offer: same story."),
  E("2025-04-28 11:05", "North Korea confirms for the first time that it sent troops to fight for Russia",
    ["North Korea acknowledged on Monday that it had deployed combat troops to Russia's Kursk region under a mutual defense treaty, its first official confirmation after months of denials."],
    "aid", "aid", 3, "north-korea-confirms-kursk-troops-2025-04-28", a="MIN-JOON BAEK",
    n="Troops sent to fight for a party = military support to Russia (aid)."),
  OFF("2025-04-28 07:50", "Massive power outage hits Spain and Portugal",
      ["A sweeping power outage knocked out electricity across Spain and Portugal on Monday, halting trains, shutting down traffic lights and leaving millions of people without power."],
      "iberian-blackout-2025-04-28", a="CARMEN ROSALES", n="Iberian power cut, not about the war."),
  E("2025-04-28 05:20", "Russian drones strike Kharkiv overnight, wounding 5",
    ["Russian drones hit residential areas of Kharkiv overnight, injuring five people and setting several cars on fire, Mayor Ihor Terekhov said."],
    "strikes", "strikes", 2, "kharkiv-drone-attack-2025-04-28", a="OKSANA LEVYTSKA"),
  E("2025-04-27 21:30", "Rubio calls coming week 'very critical' for Ukraine peace efforts",
    ["Secretary of State Marco Rubio said Sunday that the Trump administration would decide in the coming days whether to keep mediating between Russia and Ukraine, saying the sides were closer to a deal but still not close enough."],
    "diplomacy", "diplomacy", 2, "rubio-critical-week-remarks-2025-04-27", a="PETRA LINDQVIST",
    n="Visible date 'Apr 27, 2025'; datetime attribute 21:30 -05:00 = 02:30 UTC on 28 April."),
  ]))

SEEDS.append(dict(id="9003", name="9003_hattiesburgamerican-article", ext="html", source="Hattiesburg American", zone=CT, render=r_hattiesburg,
  title="Russia-Ukraine war: Drones hit Odesa grid, NATO jets fly new mission. What to know",
  byline="Kirsten Ambrose", dateline_t="2025-09-16 17:12", contrib="Reuters",
  caption="A Ukrainian serviceman watches the sky for drones near the front line.",
  lede="Here is a look at the main developments in Russia's war against Ukraine on Tuesday.",
  notes="Imitates a Gannett 'What to know' article (Hattiesburg American), HTML with NewsArticle JSON-LD (dates in UTC 'Z'). One page byline "
        "(Kirsten Ambrose, USA TODAY) and one time: 'Published 5:12 p.m. CT Sept. 16, 2025' (CDT = UTC-5). Five h2 sections = five entries; "
        "no per-section time, so stamp null and published = the Published line for every section. The lede paragraph and the closing "
        "'Contributing: Reuters' are not entries.",
  not_entries=["masthead, menu, 'Subscribe', 'Sign In'", "label 'WORLD'", "h1 title (page_title)", "byline 'Kirsten Ambrose' / 'USA TODAY'",
               "'Published 5:12 p.m. CT Sept. 16, 2025'", "share buttons", "'Show Caption' / 'Hide Caption' and the photo caption",
               "lede paragraph 'Here is a look at the main developments ...'", "newsletter promo between sections", "'Contributing: Reuters'", "footer"],
  entries=[
  E("2025-09-16 17:12", "Drone attack leaves parts of Odesa region without power",
    ["Russian drones damaged energy facilities in Ukraine's southern Odesa region overnight, leaving tens of thousands of homes without electricity, regional officials said.",
     "Ukraine's air force said it shot down most of the more than 80 drones launched during the night."],
    "strikes", "strikes", 2, "odesa-region-energy-drone-attack-2025-09-16", a="Kirsten Ambrose"),
  E("2025-09-16 17:12", "Trump ties tougher sanctions to NATO allies' oil purchases",
    ["President Donald Trump repeated that he was ready to impose major sanctions on Russia, but only once NATO members stopped buying Russian oil themselves.",
     "Some European officials said privately that the condition shifted responsibility for the pressure campaign onto them."],
    "diplomacy", "diplomacy", 2, "trump-sanctions-nato-oil-condition-2025-09", a="Kirsten Ambrose"),
  E("2025-09-16 17:12", "NATO jets take up new 'Eastern Sentry' mission",
    ["Fighter jets from several allies began flying under NATO's new Eastern Sentry mission along the alliance's eastern border, days after Russian drones crossed into Polish airspace.",
     "Alliance officials said the operation would combine aircraft, ground-based air defenses and new counter-drone tools."],
    "other", "security", 2, "nato-eastern-sentry-launch-2025-09", a="Kirsten Ambrose",
    n="Deployment by non-parties (allied air policing): other/security, not diplomacy."),
  E("2025-09-16 17:12", "Ukraine says drones struck refinery in Saratov",
    ["Ukraine's General Staff said its long-range drones hit an oil refinery in Russia's Saratov region, causing a fire, while Russia's Defense Ministry said it intercepted dozens of drones over several regions."],
    "strikes", "strikes", 2, "saratov-refinery-drone-strike-2025-09-16", a="Kirsten Ambrose"),
  E("2025-09-16 17:12", "First U.S. weapons bought by European allies head to Ukraine",
    ["The first shipments of American weapons paid for by European NATO members under a new purchasing arrangement are on their way to Ukraine, according to Ukrainian and alliance officials.",
     "The Netherlands, Denmark, Norway and Sweden have together pledged more than $1 billion for the program."],
    "aid", "aid", 3, "nato-purl-first-deliveries-2025-09", a="Kirsten Ambrose", n="Major arms delivery arrangement: importance 3."),
  ]))

SEEDS.append(dict(id="9004", name="9004_natchezdemocrat-category", ext="txt", source="The Natchez Democrat", zone=CT, render=r_natchez,
  title="Nation & World",
  notes="Imitates a Boone Newspapers WordPress category page (The Natchez Democrat), copied as text. Newest first. Each post: headline, then "
        "the stamp 'Published 4:30 pm Monday, September 29, 2025' AFTER the headline, then 'By ...', body, 'Print Article'. No zone printed: "
        "Central time (CDT, UTC-5) implied by the paper's home. The oldest post, 'Published 9:50 pm Sunday, September 28, 2025', is 02:50 UTC "
        "on 29 September. One local post by a staff reporter.",
  not_entries=["'Skip to content', masthead, 'Subscribe | e-Edition | Login', menu", "newsletter link line", "category title 'Nation & World'",
               "'Print Article' under every post", "'Sponsored Content' block", "'Older Posts \u00bb'", "newsletter box, address and copyright"],
  entries=[
  E("2025-09-29 16:30", "Zelenskyy asks allies for more air defense after weekend barrage",
    ["Ukrainian President Volodymyr Zelenskyy on Monday asked Western partners to speed up deliveries of air defense systems after Russia fired hundreds of drones and dozens of missiles at Ukrainian cities over the weekend.",
     "He said Ukraine would also need more interceptor drones, which it now makes at home, to protect power plants before winter."],
    "aid", "aid", 2, "zelenskyy-air-defense-appeal-2025-09-29", a="The Associated Press", n="Appeal for air defence = aid."),
  E("2025-09-29 13:10", "Kremlin says Tomahawk missiles would not change the course of the war",
    ["The Kremlin said Monday that supplying U.S.-made Tomahawk cruise missiles to Ukraine would not alter the situation on the battlefield, responding to remarks by Vice President JD Vance that Washington was weighing Kyiv's request."],
    "aid", "aid", 2, "tomahawk-request-kremlin-reaction-2025-09-29", a="The Associated Press", sec=["diplomacy"],
    n="Debate over an arms transfer to Ukraine: aid."),
  E("2025-09-29 10:45", "Natchez church group ships winter supplies to Ukrainian families",
    ["Members of a Natchez church packed more than 300 boxes of blankets, coats and medical kits over the weekend for families displaced by the war in Ukraine.",
     "The boxes will travel by container ship to Poland and then by truck to shelters near Kharkiv, organizers said."],
    "aid", "aid", 2, "natchez-church-winter-supplies-ukraine", a="Hunter Delacroix",
    n="Local humanitarian shipment to Ukrainian civilians: aid (humanitarian support), see README conventions."),
  E("2025-09-29 08:20", "Kyiv death toll from Sunday attack climbs to 4",
    ["The number of people killed in Sunday's Russian attack on Kyiv rose to four, including a 12-year-old girl, city officials said Monday, as crews cleared rubble from damaged apartment buildings."],
    "strikes", "strikes", 3, "kyiv-mass-attack-2025-09-28", a="The Associated Press"),
  E("2025-09-29 05:40", "Poland scrambles jets during Russian strikes near its border",
    ["Poland's armed forces said Polish and allied aircraft were scrambled overnight as Russia launched strikes on western Ukraine, a precaution that has become routine since drones crossed into Polish airspace this month."],
    "other", "security", 2, "poland-scrambles-jets-2025-09-29", a="The Associated Press",
    n="Precautionary scramble by a non-party with no engagement: other/security."),
  E("2025-09-28 21:50", "Pope renews appeal for an end to fighting in Ukraine",
    ["Pope Leo XIV on Sunday renewed his appeal for a ceasefire in Ukraine, telling pilgrims at the Vatican that weapons must fall silent and dialogue must resume."],
    "diplomacy", "diplomacy", 2, "pope-leo-ukraine-ceasefire-appeal-2025-09-28", a="The Associated Press",
    n="'Published 9:50 pm Sunday, September 28, 2025' = 02:50 UTC on 29 September."),
  ]))

KHA = "kharkiv-missile-strike-2025-04-18"
RUB = "rubio-warns-us-may-quit-peace-push-2025-04-18"
SEEDS.append(dict(id="9005", name="9005_thetowntalk-live", ext="html", source="The Town Talk", zone=CT, render=r_towntalk,
  title="Russia-Ukraine war live updates: Rubio warns US may walk away; missiles hit Kharkiv",
  byline="Nadia Ferrante", page_author="Nadia Ferrante", url="https://www.thetowntalk.com/story/news/world/2025/04/18/russia-ukraine-war-live-updates/",
  lede="Follow along for the latest on the war in Ukraine and the U.S. push for a ceasefire.",
  notes="Imitates a Gannett live-updates page (The Town Talk, Alexandria, Louisiana) as HTML with LiveBlogPosting JSON-LD (per-update "
        "datePublished, -05:00). OLDEST first. Visible stamps '6:10 a.m. CDT' in <time datetime> before each h2 headline; one page byline "
        "(Nadia Ferrante, USA TODAY), used as every post's author; no per-post authors. A 'Key Points' box lists the headlines of the first two posts (key_point true). "
        "The 2:55 p.m. post is a photo-gallery teaser with no text.",
  not_entries=["masthead, menu, 'Subscribe', 'Sign In'", "label 'WORLD'", "h1 title", "byline 'Nadia Ferrante USA TODAY'", "'Published ... | Updated ...' line",
               "'Key Points' box (its two items are the headlines of posts 9005-01 and 9005-02, not separate entries)", "lede 'Follow along for ...'",
               "'View gallery' inside the photo teaser", "'Copy link' buttons", "'Advertisement'", "footer"],
  entries=[
  E("2025-04-18 06:10", "Ballistic missiles hit Kharkiv, killing 1 and injuring more than 100",
    ["Russian ballistic missiles struck Kharkiv early Friday, killing one person and wounding more than 100, according to Mayor Ihor Terekhov.",
     "The strikes hit an industrial site and nearby apartment blocks, shattering windows across several neighborhoods."],
    "strikes", "strikes", 3, KHA, kp=True),
  E("2025-04-18 08:05", "Rubio says US could abandon peace push within days",
    ["Secretary of State Marco Rubio said Friday that the United States would step back from mediating between Russia and Ukraine within days unless there were clear signs that a deal was possible.",
     "Speaking in Paris after meetings with European and Ukrainian officials, Rubio said President Donald Trump had other priorities and would not spend weeks on talks that were going nowhere."],
    "diplomacy", "diplomacy", 3, RUB, kp=True),
  E("2025-04-18 09:30", "What is in the minerals memorandum signed by Kyiv and Washington?",
    ["Ukraine and the United States signed a memorandum of intent on Thursday that commits both sides to finishing a deal on Ukraine's natural resources by late April.",
     "Ukrainian Economy Minister Yulia Svyrydenko said the final agreement would set up a joint investment fund for Ukraine's reconstruction.",
     "Details on how revenue would be shared and whether the deal includes any security guarantees have not been made public."],
    "diplomacy", "diplomacy", 2, "us-ukraine-minerals-memorandum-2025-04-17", sec=["aid"],
    n="Explainer about a bilateral agreement signed the day before: diplomacy (treaty), importance 2."),
  E("2025-04-18 11:15", "Ukraine receives bodies of 909 soldiers from Russia",
    ["Ukraine said it had received the remains of 909 soldiers in the latest repatriation carried out with Russia, according to the headquarters that handles prisoner-of-war issues."],
    "other", "humanitarian", 2, "soldiers-remains-repatriation-2025-04-18"),
  E("2025-04-18 12:40", "Germany's Merz says he remains open to sending Taurus missiles",
    ["Germany's incoming chancellor Friedrich Merz said he still favored giving Ukraine Taurus cruise missiles, as long as the decision was coordinated with European partners."],
    "aid", "aid", 2, "merz-taurus-remarks-2025-04-18"),
  E("2025-04-18 14:55", "Photos: Kharkiv residents sweep up glass after missile strike", [], "strikes", "strikes", 1, KHA,
    n="Photo-gallery teaser without text: importance 1, story of the strike it shows."),
  E("2025-04-18 16:20", "Kremlin: talks with Washington are 'not easy' after Rubio warning",
    ["Kremlin spokesman Dmitry Peskov said contacts with the United States were continuing but were difficult, responding to Rubio's warning that Washington might walk away."],
    "diplomacy", "diplomacy", 2, RUB, n="Moscow's reply to Rubio's warning: same story; a secondary reaction on a single page, importance 2."),
  ]))

SEEDS.append(dict(id="9006", name="9006_americanpress-feed", ext="xml", source="American Press", zone=CT, render=r_americanpress,
  title="World \u2013 American Press", build="Sat, 25 Oct 2025 02:14:07 +0000",
  notes="Imitates the WordPress category feed of the American Press (Lake Charles, Louisiana), RSS 2.0. Newest first. pubDate in +0000 (UTC); "
        "page_timezone is the paper's home zone (America/Chicago, CDT) for published_local. dc:creator in CDATA ('Associated Press' or a staff name). "
        "<description> is a truncated excerpt ending '[\u2026]' (not a separate entry); content:encoded carries the body and ends with the WordPress "
        "line 'The post ... appeared first on American Press.', which is feed chrome and not counted in body_paragraphs. One local business item "
        "(LNG exporters) is a war-driven economic story, not off-beat.",
  not_entries=["channel title/link/description/lastBuildDate/language/sy:*/generator", "the truncated <description> excerpts",
               "'The post ... appeared first on American Press.' at the end of every content:encoded", "<category> and <guid> values"],
  entries=[
  E("2025-10-24 16:30", "Kremlin says new US sanctions on oil majors will not change its course",
    ["The Kremlin said Friday that new U.S. sanctions on Russia's two largest oil companies would not force it to change its position on Ukraine, while acknowledging that the measures could cause some damage.",
     "President Vladimir Putin called the sanctions an unfriendly act but said they would not significantly hurt the Russian economy."],
    "diplomacy", "diplomacy", 3, "us-oil-sanctions-kremlin-reaction-2025-10-24", a="Associated Press"),
  E("2025-10-24 13:10", "Southwest Louisiana LNG exporters see more demand as Europe cuts Russian gas",
    ["Liquefied natural gas terminals around Lake Charles expect strong demand from European buyers as the European Union moves to end imports of Russian LNG, industry officials told the American Press.",
     "Two projects under construction in Calcasieu and Cameron parishes are counting on long-term contracts with European utilities."],
    "other", "politics", 2, "lake-charles-lng-european-demand-2025-10", a="Jordan Thibodeaux", sec=["diplomacy"],
    n="Local economic effect of sanctions on Russian gas: war-related (other/politics), not off-beat."),
  E("2025-10-24 10:45", "Russian drones kill 2 in Kharkiv region, officials say",
    ["Russian drone attacks killed two people and wounded at least eight in the Kharkiv region overnight, regional governor Oleh Syniehubov said.",
     "Energy facilities in the city of Kharkiv were also damaged, leaving some districts without power."],
    "strikes", "strikes", 3, "kharkiv-region-drone-attacks-2025-10-24", a="Associated Press"),
  E("2025-10-24 08:20", "EU leaders agree to cover Ukraine's financial needs for two years, delay decision on frozen assets",
    ["European Union leaders committed to meeting Ukraine's financial needs for 2026 and 2027 but put off a final decision on using frozen Russian assets to fund a large loan, after Belgium raised legal concerns."],
    "aid", "aid", 3, "eu-summit-ukraine-financing-frozen-assets-2025-10", a="Associated Press"),
  E("2025-10-24 05:05", "Zelenskyy joins European leaders in London to discuss long-range weapons",
    ["Ukrainian President Volodymyr Zelenskyy met leaders of the so-called coalition of the willing in London on Friday to discuss how to keep up pressure on Russia, including supplying more long-range weapons.",
     "British Prime Minister Keir Starmer said allies should do more to push Russian oil and gas off the world market."],
    "diplomacy", "diplomacy", 3, "coalition-of-willing-london-2025-10-24", a="Associated Press", sec=["aid"]),
  E("2025-10-24 01:40", "Ukraine says drones hit oil refinery in Ryazan",
    ["Ukraine's General Staff said its drones struck an oil refinery in Russia's Ryazan region overnight, setting off a large fire."],
    "strikes", "strikes", 2, "ryazan-refinery-drone-strike-2025-10-24", a="Associated Press"),
  ]))

KY = "Europe/Kyiv"
SEEDS.append(dict(id="9007", name="9007_newsjournal-latest", ext="html", source="Longview News-Journal", zone=KY, home_zone=CT, render=r_longview,
  title="The Latest: Russian drones and bombs target Ukraine as Trump weighs Tomahawks",
  pub_t="2025-10-07 00:05", mod_t="2025-10-07 17:40",
  intro="The latest on Russia's war in Ukraine (all times local):",
  more="Follow AP's coverage of the war in Ukraine at the AP's Russia-Ukraine hub.",
  notes="Imitates a BLOX CMS article page (Longview News-Journal) carrying an AP 'The Latest' file. Page byline 'By The Associated Press' "
        "(author of every entry). The file says '(all times local)': the times are Kyiv time (EEST, UTC+3), not the paper's Central time. "
        "Newest first; each item is a bold time paragraph ('1:30 a.m.') followed by paragraphs with NO headline, so headline null and "
        "first_sentence is the first paragraph after the time. The printed date is only the BLOX date 'Oct 7, 2025'; the top item, "
        "'1:30 a.m.', is after local midnight (8 Oct Kyiv) but still 22:30 UTC on 7 Oct. JSON-LD NewsArticle gives the page's "
        "Central-time publish/update instants only.",
  not_entries=["top bar, logo, menu", "breadcrumb 'News \u203a World'", "h1 title (page_title)", "'By The Associated Press' and the two BLOX date lines",
               "share bar 'Facebook Twitter WhatsApp SMS Email Print Copy article link Save'", "intro line 'The latest on Russia's war in Ukraine (all times local):'",
               "the bold time lines (stamps, not body)", "'Advertisement'", "'___' separator and the 'Follow AP's coverage ...' line",
               "AP copyright line", "'Load comments'", "'Most Popular' list", "footer"],
  entries=[
  E("2025-10-08 01:30", None,
    ["Explosions echoed across Kyiv shortly after midnight as air defenses engaged incoming drones, Mayor Vitali Klitschko said on Telegram.",
     "He said debris fell in two districts but there were no immediate reports of injuries."],
    "strikes", "strikes", 2, "kyiv-overnight-drone-attack-2025-10-08", a="The Associated Press",
    n="After local midnight: 8 Oct 01:30 Kyiv = 7 Oct 22:30 UTC."),
  E("2025-10-07 23:45", None,
    ["Russia's Defense Ministry says air defenses destroyed 31 Ukrainian drones over several western Russian regions during the evening.",
     "The ministry did not report any damage. Ukraine did not comment."],
    "strikes", "strikes", 2, "russia-says-ukrainian-drones-downed-2025-10-07", a="The Associated Press"),
  E("2025-10-07 21:10", None,
    ["President Donald Trump says he wants to know what Ukraine intends to do with Tomahawk cruise missiles before deciding whether to send them.",
     "Trump told reporters at the White House he did not want the war to escalate but had more or less made up his mind."],
    "aid", "aid", 2, "trump-tomahawk-decision-remarks-2025-10-07", a="The Associated Press"),
  E("2025-10-07 18:30", None,
    ["A Russian guided bomb hit a residential street in Kharkiv's Saltivskyi district, killing two people and wounding seven, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, "kharkiv-guided-bomb-2025-10-07", a="The Associated Press"),
  E("2025-10-07 15:05", None,
    ["The head of the United Nations nuclear watchdog says talks with both Russia and Ukraine on reconnecting the Zaporizhzhia nuclear plant to the grid are continuing.",
     "The plant has relied on diesel generators for two weeks, the longest such outage since Russian forces seized it in 2022."],
    "diplomacy", "diplomacy", 2, "iaea-znpp-power-talks-2025-10-07", a="The Associated Press",
    n="IAEA mediation between the parties: diplomacy."),
  E("2025-10-07 12:20", None,
    ["Ukraine's state energy company Naftogaz says Russian missiles and drones damaged gas production facilities in the Poltava region for the second time in a week.",
     "Naftogaz chief executive Serhii Koretskyi said repair crews were already at work."],
    "strikes", "strikes", 2, "naftogaz-poltava-gas-strike-2025-10-07", a="The Associated Press"),
  E("2025-10-07 10:00", None,
    ["Britain says it will send additional air defense missiles to Ukraine, paid for with interest earned on frozen Russian assets.",
     "The British Defense Ministry did not say how many missiles would be delivered or when."],
    "aid", "aid", 2, "uk-air-defense-missiles-frozen-asset-interest-2025-10-07", a="The Associated Press"),
  E("2025-10-07 08:10", None,
    ["Russia's Defense Ministry claims its forces have captured two villages in Ukraine's Dnipropetrovsk region.",
     "The claim could not be independently verified, and Ukraine's military said fighting in the area was continuing."],
    "other", "frontline", 2, "russia-claims-dnipropetrovsk-villages-2025-10-07", a="The Associated Press"),
  ]))

SEEDS.append(dict(id="9008", name="9008_texarkanagazette-world", ext="txt", source="Texarkana Gazette", zone=CT, render=r_texarkana,
  title="World", today="2025-04-29", parse_args=["--date", "2025-04-29"],
  notes="Imitates a WEHCO Media listing page (Texarkana Gazette), copied as text. Newest first. The header date 'Tuesday, April 29' has NO year "
        "and nothing else on the page prints one, hence parse_args --date 2025-04-29. Each item: headline, then 'by NAME | Today at 3:40 p.m.' "
        "(relative day word + 12 h time; stamp = 'Today at ...'/'Yesterday at ...', author = the name part), one summary paragraph. Central "
        "time (CDT) implied by the paper's home. 'Yesterday at 11:50 p.m.' is 28 April local = 04:50 UTC on 29 April.",
  not_entries=["masthead, 'Subscribe  Sign in'", "header date 'Tuesday, April 29' and weather 'Texarkana 74\u00b0'", "menu line", "section title 'World'",
               "'ADVERTISEMENT'", "'Load more'", "newsletter promo", "footer links, copyright and AP material note"],
  entries=[
  E("2025-04-29 15:40", "Ukraine urges Russia to accept 30-day ceasefire now, not in May",
    ["Ukraine's foreign minister on Tuesday again urged Moscow to agree to an immediate ceasefire of at least 30 days, calling Russia's three-day truce plan for early May a stunt."],
    "diplomacy", "diplomacy", 3, "ukraine-30-day-ceasefire-call-2025-04-29", a="The Associated Press"),
  E("2025-04-29 12:05", "Russian troops press into border villages in Sumy region",
    ["Russian forces have stepped up attacks on villages along the border in Ukraine's northern Sumy region, the regional administration said, ordering the evacuation of several more settlements."],
    "other", "frontline", 2, "sumy-border-villages-fighting-2025-04-29", a="The Associated Press", sec=[]),
  E("2025-04-29 09:50", "Drone strike on Dnipro kills 1, wounds 7",
    ["A Russian drone attack on the city of Dnipro killed one person and wounded seven, including a teenager, the regional governor said Tuesday."],
    "strikes", "strikes", 3, "dnipro-drone-strike-2025-04-29", a="The Associated Press"),
  E("2025-04-29 07:20", "Senators line up support for tough Russia sanctions bill",
    ["A bipartisan group of senators said Tuesday that more than 70 lawmakers now back a bill that would impose steep tariffs on countries buying Russian oil if Moscow refuses serious peace talks."],
    "diplomacy", "diplomacy", 2, "senate-russia-sanctions-bill-2025-04", a="The Associated Press"),
  E("2025-04-29 05:35", "Red River Army Depot adds shift to speed vehicle repairs",
    ["Red River Army Depot will add a second shift at its tracked-vehicle shops this summer to keep up with Army demand for refurbished Bradley fighting vehicles, depot officials said.",
     "Officials said the work supports units at home and replaces vehicles the Army sent to allies in Europe, including Ukraine."],
    "other", "security", 2, "red-river-army-depot-second-shift", a="Danielle Whitfield",
    n="Procurement/maintenance by a non-party (US Army depot), local angle: other/security."),
  E("2025-04-28 23:50", "Putin thanks North Korean troops for role in Kursk",
    ["Russian President Vladimir Putin thanked North Korean soldiers for helping push Ukrainian forces out of the Kursk region and said their names would be remembered, a day after Pyongyang confirmed the deployment."],
    "aid", "aid", 2, "putin-thanks-north-korean-troops-2025-04-28", a="The Associated Press", sec=["diplomacy"],
    n="Foreign troops fighting for Russia = military support (aid). 'Yesterday at 11:50 p.m.' = 28 Apr 23:50 CDT = 04:50 UTC on 29 Apr."),
  ]))

SEEDS.append(dict(id="9009", name="9009_meridianstar-briefs", ext="txt", source="The Meridian Star", zone=CT, render=r_meridian,
  title="World briefs: Drones shut Copenhagen airport; UN council takes up Estonia airspace breach",
  byline="From wire reports", posted_t="2025-09-22 17:40", updated_t="2025-09-22 18:12",
  notes="Imitates an older-theme BLOX article (The Meridian Star, CNHI), copied as text: 'Posted: Monday, September 22, 2025 5:40 pm | "
        "Updated: 6:12 pm, Mon Sep 22, 2025.' and the page byline 'From wire reports' (author of every brief). Six briefs, each a headline line and "
        "AP-datelined paragraphs ('COPENHAGEN, Denmark (AP) \u2014 ...'; the dateline is part of the first sentence as printed). No per-brief time: "
        "stamp null, published = the Posted time (5:40 pm CDT = 22:40 UTC); the Updated time is not used. No zone printed (Central implied).",
  not_entries=["masthead, 'Meridian, MS', 'Sign Up | Log In', menu", "title line (page_title)", "'Posted: ... | Updated: ...' line", "'From wire reports' byline line",
               "share line 'Facebook  Twitter  Email  Print  Save'", "'Posted in World on ...' footer line", "'Discussion', comment rules, 'Log In'", "copyright / BLOX line"],
  entries=[
  E("2025-09-22 17:40", "Drone sightings shut Copenhagen airport for hours",
    ["COPENHAGEN, Denmark (AP) \u2014 Flights in and out of Copenhagen Airport were halted Monday evening after several large drones were spotted near the runways, Danish police said.",
     "Police said they could not yet say who was operating the drones."],
    "other", "security", 2, "copenhagen-airport-drones-2025-09-22", a="From wire reports"),
  E("2025-09-22 17:40", "Security Council meets over Russian jets in Estonian airspace",
    ["UNITED NATIONS (AP) \u2014 The United Nations Security Council held an emergency meeting Monday at Estonia's request after three Russian fighter jets flew into Estonian airspace for 12 minutes last week.",
     "Russia's deputy ambassador denied that the jets had crossed the border."],
    "diplomacy", "diplomacy", 3, "unsc-estonia-airspace-meeting-2025-09-22", a="From wire reports"),
  E("2025-09-22 17:40", "Russia says Ukrainian drone strike on Crimea killed 3",
    ["MOSCOW (AP) \u2014 Russian-installed officials in Crimea said a Ukrainian drone attack on a seaside resort killed three people and injured 16 on Monday."],
    "strikes", "strikes", 3, "crimea-resort-drone-strike-2025-09-22", a="From wire reports"),
  E("2025-09-22 17:40", "Zelenskyy arrives in New York for U.N. week",
    ["NEW YORK (AP) \u2014 Ukrainian President Volodymyr Zelenskyy arrived in New York on Monday ahead of the annual United Nations gathering of world leaders, where he is expected to meet President Donald Trump."],
    "diplomacy", "diplomacy", 2, "zelenskyy-arrives-new-york-unga-2025-09-22", a="From wire reports"),
  E("2025-09-22 17:40", "Ukraine reports progress near Kupiansk",
    ["KYIV, Ukraine (AP) \u2014 Ukraine's military said Monday that its troops had cleared Russian units from several streets on the northern edge of Kupiansk, a city in the Kharkiv region that Moscow has tried to encircle for months."],
    "other", "frontline", 2, "kupiansk-fighting-2025-09-22", a="From wire reports"),
  E("2025-09-22 17:40", "EU proposes ending Russian LNG imports a year early",
    ["BRUSSELS (AP) \u2014 The European Commission has proposed banning imports of Russian liquefied natural gas from the start of 2027, a year earlier than planned, as part of its 19th package of sanctions."],
    "diplomacy", "diplomacy", 2, "eu-19th-package-lng-ban-proposal-2025-09", a="From wire reports"),
  ]))


# ================================================================== PART B data: three multi-source days, invented outlets
ZAP = "zaporizhzhia-residential-strike-2025-10-18"
ZNPP = "znpp-backup-line-repairs-2025-10-18"
BUD = "budapest-summit-preparations"
WDC = "zelensky-washington-talks-follow-up"
D1 = ("Part B day 1 (UTC 2025-10-18; seeds 9020-9023). Main story: overnight Russian bombing of Zaporizhzhia (toll one -> two -> three -> four; "
      "spelled Zaporizhzhia / Zaporizhia / Zaporozhye).")

SEEDS.append(dict(id="9020", name="9020_lindenquay-textlive", ext="txt", source="Lindenquay Herald", zone="Europe/London", render=r_lindenquay, day="day1",
  title="Ukraine war live: Zaporizhia death toll rises; Zelensky vows to keep pressing for long-range missiles",
  dateline="Saturday 18 October 2025",
  lede="Russian bombs killed several people in Zaporizhia overnight, while Kyiv took stock of Volodymyr Zelensky's meeting with Donald Trump.",
  notes="Invented outlet. Text live page, newest first, UK time (BST = UTC+1): stamp line '8.40pm BST' BEFORE each headline, 'Posted by NAME' "
        "after each body. The 'Key points' block lists the headlines of posts 9020-01 and 9020-03 (key_point true). Date from the line "
        "'Saturday 18 October 2025'. " + D1,
  not_entries=["outlet name and menu line", "title line", "date line 'Saturday 18 October 2025'", "lede paragraph",
               "'Key points' block (two bullets repeating post headlines)", "'Live' label", "'Posted by ...' lines (authors, not body)",
               "'Advertisement'", "'Show older posts'", "cookie line and footer"],
  entries=[
  E("2025-10-18 20:40", "Zaporizhia toll rises to four as rescuers end search",
    ["Four people are now known to have died after Russian guided bombs struck apartment blocks in Zaporizhia overnight, the regional governor said, as emergency crews wound up their search of the rubble.",
     "More than 20 people were injured, among them three children."],
    "strikes", "strikes", 3, ZAP, a="Imogen Trask", kp=True),
  E("2025-10-18 18:15", "Analysis: What Tomahawks could \u2013 and could not \u2013 change",
    ["Tomahawk cruise missiles would give Ukraine a reach of well over 1,000 km, putting airfields and arms factories deep inside Russia within range.",
     "But only a few dozen would probably be available, and Kyiv has no ready launch platform, which limits how quickly they could change the picture at the front.",
     "For Washington, the question is less about the weapon itself than about the signal it would send to Moscow."],
    "aid", "aid", 2, "analysis-tomahawk-impact", a="Callum Venn",
    n="Theme piece (analysis) about a possible arms transfer; its own story, must not merge with Zelensky's remarks on the same subject."),
  E("2025-10-18 16:30", "Zelensky: 'We will keep working' on long-range missiles after Trump meeting",
    ["Volodymyr Zelensky said Ukraine would keep pressing Washington for long-range weapons, a day after his meeting with Donald Trump at the White House ended without a decision on Tomahawk missiles.",
     "Speaking to reporters before leaving the US, he said both teams would continue talking about air defence and long-range capabilities."],
    "diplomacy", "diplomacy", 3, WDC, a="Imogen Trask", sec=["aid"], kp=True),
  E("2025-10-18 13:05", "Drones set refinery ablaze in Russia's Samara region, governor says",
    ["A Ukrainian drone attack caused a fire at an oil refinery in Russia's Samara region overnight, the regional governor said, adding that no one was hurt."],
    "strikes", "strikes", 2, "samara-refinery-drone-strike-2025-10-18", a="Callum Venn"),
  E("2025-10-18 11:20", "Man killed by Russian drone in Kherson",
    ["A 62-year-old man was killed when a Russian drone dropped explosives on him as he rode a bicycle in Kherson, the city's military administration said.",
     "Residents of the riverside districts say drones now hunt almost anything that moves."],
    "strikes", "strikes", 2, "kherson-drone-attack-2025-10-18", a="Imogen Trask",
    n="Separate Russian attack in another southern city the same day: must not merge with the Zaporizhzhia bombing."),
  E("2025-10-18 09:45", "Two killed as bombs hit Zaporizhia apartment blocks",
    ["At least two people were killed and 17 injured when Russian guided bombs hit residential buildings in the southern city of Zaporizhia overnight, Ukrainian officials said."],
    "strikes", "strikes", 3, ZAP, a="Callum Venn"),
  E("2025-10-18 07:30", "Belgorod governor says shelling cut power to border villages",
    ["Ukrainian shelling knocked out electricity to several villages near the border in Russia's Belgorod region, governor Vyacheslav Gladkov said."],
    "strikes", "strikes", 2, "belgorod-border-shelling-2025-10-18", a="Callum Venn"),
  ]))

SEEDS.append(dict(id="9021", name="9021_kelderwick-htmllive", ext="html", source="Kelderwick Post", zone=KY, render=r_kelderwick, day="day1",
  title="War in Ukraine, Saturday: Zaporizhzhia under fire, Budapest prepares",
  url="https://kelderwickpost.example/live/2025-10-18-ukraine",
  lede="Our live coverage of Saturday's events in and around Ukraine.",
  notes="Invented outlet. HTML live page, OLDEST first, LiveBlogPosting JSON-LD with per-update datePublished (+03:00) and authors. Visible stamp "
        "'18.10.2025, 08:20' (Kyiv, EEST) in <time datetime> before each h2; 'By NAME' after the body. 9021-02 is a video teaser without text. "
        "9021-07 repeats 9021-03 almost word for word (duplicate_of). " + D1,
  not_entries=["masthead and menu, 'Support us'", "h1 title", "standfirst", "time-zone note 'All times are Kyiv time (EEST) ...'",
               "'Play video' button in the teaser", "'By NAME' lines", "'Share' / 'Copy link'", "supporter promo", "footer"],
  entries=[
  E("2025-10-18 08:20", "Night attack on Zaporizhzhia: one dead, 11 injured",
    ["A woman was killed and 11 people were injured when Russian glide bombs and drones struck Zaporizhzhia during the night, according to the head of the regional military administration, Ivan Fedorov.",
     "Several high-rise buildings and a kindergarten were damaged."],
    "strikes", "strikes", 3, ZAP, a="Oksana Hrytsai"),
  E("2025-10-18 09:40", "Watch: Rescuers search a damaged high-rise in Zaporizhzhia", [], "strikes", "strikes", 1, ZAP, a="Oksana Hrytsai",
    n="Video teaser without body: importance 1, story of the attack it shows."),
  E("2025-10-18 11:05", "IAEA: repairs begin on backup power line to Zaporizhzhia nuclear plant",
    ["Engineers have started repairing a damaged power line to the Russian-occupied Zaporizhzhia nuclear power plant after both sides agreed to local ceasefire zones, the International Atomic Energy Agency said.",
     "The plant has been running on diesel generators for almost four weeks."],
    "diplomacy", "diplomacy", 3, ZNPP, a="Marko Leshchuk",
    n="IAEA-brokered local ceasefire for repairs: diplomacy. Same place name as the bombing but a different event: must not merge."),
  E("2025-10-18 13:30", "Hungary says preparations for Budapest summit are under way",
    ["Hungary's foreign minister P\u00e9ter Szijj\u00e1rt\u00f3 said his government had begun preparing to host a meeting between Donald Trump and Vladimir Putin in Budapest, although no date has been set.",
     "He said Hungary would make sure the Russian delegation could arrive and hold talks safely."],
    "diplomacy", "diplomacy", 3, BUD, a="Marko Leshchuk"),
  E("2025-10-18 15:10", "Zelensky on Washington talks: 'no quick answer' on long-range missiles",
    ["President Zelensky said there had been no quick answer from Washington on Tomahawk missiles but that the issue was not closed.",
     "He said his conversation with Donald Trump had focused on air defence and on how to force Russia to negotiate."],
    "diplomacy", "diplomacy", 3, WDC, a="Oksana Hrytsai", sec=["aid"]),
  E("2025-10-18 17:45", "Zaporizhzhia toll climbs to three",
    ["The death toll from the overnight attack on Zaporizhzhia has risen to three after a man died in hospital, Ivan Fedorov said."],
    "strikes", "strikes", 3, ZAP, a="Oksana Hrytsai"),
  E("2025-10-18 19:20", "IAEA: repairs begin on backup line to Zaporizhzhia nuclear plant",
    ["Engineers have started repairing a damaged power line to the Russian-occupied Zaporizhzhia nuclear power plant after both sides agreed to local ceasefire zones, the International Atomic Energy Agency said.",
     "The plant has run on diesel generators for almost four weeks."],
    "diplomacy", "diplomacy", 1, ZNPP, a="Marko Leshchuk", dup="9021-03",
    n="Near-verbatim repeat of 9021-03 (one word dropped from the headline, one verb form changed): importance 1."),
  ]))

SEEDS.append(dict(id="9022", name="9022_corrandale-worldrss", ext="xml", source="Corrandale World Desk", zone="UTC", render=r_rss_world, day="day1",
  title="Corrandale World Desk \u2013 Top stories", url="https://corrandale.example", rfc="GMT",
  desc="The day's main international news from the Corrandale World Desk.",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT; descriptions are CDATA HTML; no authors. Four of six "
        "items are not about the war (off-beat). Uses the spelling 'Zaporozhye'. " + D1,
  not_entries=["channel title, link, description, language, atom:link", "<guid>, <link>, <category> of every item"],
  entries=[
  OFF("2025-10-18 21:15", "Thousands march in Lima as anger at new government grows",
      ["Tens of thousands of people marched through central Lima on Saturday in the latest protest against Peru's new government, with police firing tear gas to stop crowds from reaching Congress."],
      "peru-protests-2025-10-18", n="Peruvian politics."),
  OFF("2025-10-18 18:40", "Formula One: Rain threat hangs over United States Grand Prix qualifying",
      ["Teams in Austin prepared for possible showers during qualifying for the United States Grand Prix, with the championship leaders separated by only a handful of points."],
      "f1-united-states-gp-qualifying", n="Motor racing."),
  E("2025-10-18 15:05", "Repairs start on power link to Zaporozhye nuclear plant under local truce",
    ["Technicians began work on Saturday to restore an external power line to the Zaporozhye nuclear plant in southern Ukraine after Moscow and Kyiv agreed to hold fire in the repair area, the UN nuclear watchdog said.",
     "The plant, Europe's largest, has relied on emergency diesel generators since late September."],
    "diplomacy", "diplomacy", 3, ZNPP),
  E("2025-10-18 11:30", "Two dead after Russian bombs hit Zaporozhye flats",
    ["Russian glide bombs struck residential blocks in the Ukrainian city of Zaporozhye overnight, killing two people and wounding at least 17, local officials said on Saturday."],
    "strikes", "strikes", 3, ZAP),
  OFF("2025-10-18 09:10", "Heavy rain cuts power to thousands in southern France",
      ["Torrential rain flooded streets and cut electricity to about 30,000 homes in southern France overnight, the national weather service said, keeping several departments on orange alert."],
      "southern-france-rain-2025-10-18", n="Weather."),
  OFF("2025-10-18 06:25", "Japan's ruling party edges closer to coalition deal",
      ["Japan's governing Liberal Democratic Party said talks with a smaller opposition party on forming a coalition were making progress, days before parliament is due to choose a new prime minister."],
      "japan-coalition-talks-2025-10", n="Japanese politics."),
  ]))

SEEDS.append(dict(id="9023", name="9023_caldermouth-article", ext="txt", source="Caldermouth Observer", zone="Europe/Vienna", render=r_article, day="day1",
  style="caldermouth", title="A deadly night in Zaporizhzhia, and a summit still without a date", byline="Annelie Grubach",
  dateline="18 October 2025, 19:40 CEST",
  lede="Ukraine counted its dead in the south on Saturday while Hungary prepared to host a summit that may or may not happen.",
  more="Why Budapest? Hungary's place between Brussels and Moscow",
  notes="Invented outlet. Text article with three section headings; one entry per section, stamp null, published = the dateline "
        "'18 October 2025, 19:40 CEST' (UTC+2); the page byline is every section's author. " + D1,
  not_entries=["outlet name and breadcrumb", "title line", "byline and dateline lines", "lede paragraph", "'Share: ...' line",
               "'More on this topic: ...' related link", "copyright line"],
  entries=[
  E("2025-10-18 19:40", "Zaporizhzhia counts its dead",
    ["By Saturday evening four people had died after the overnight bombing of Zaporizhzhia, including a man who died of his injuries in hospital, according to the regional administration.",
     "Residents of one damaged block told local television that the explosions came within seconds of each other, shortly after 2am."],
    "strikes", "strikes", 3, ZAP, a="Annelie Grubach"),
  E("2025-10-18 19:40", "Budapest gets ready",
    ["In Budapest, officials began looking at venues and security arrangements for a possible meeting between the American and Russian presidents.",
     "Hungary, the EU member with the closest ties to Moscow, has offered to host the talks, but diplomats in Brussels said there was still no agreed agenda."],
    "diplomacy", "diplomacy", 3, BUD, a="Annelie Grubach"),
  E("2025-10-18 19:40", "Brussels still stuck on the next sanctions package",
    ["EU ambassadors again failed to approve a 19th round of sanctions against Russia, with Slovakia and Austria still seeking changes, diplomats said."],
    "diplomacy", "diplomacy", 2, "eu-19th-sanctions-package-holdup-2025-10-18", a="Annelie Grubach",
    n="Same broad theme (diplomacy around the war) as the Budapest summit but a different process: must not merge."),
  ]))

CHN = "chernihiv-drone-attack-2025-10-19"
ORB = "orenburg-gas-plant-drone-strike-2025-10-19"
D2 = ("Part B day 2 (UTC 2025-10-19; seeds 9030-9033). Main story: Russian drone attack on Chernihiv (toll one -> two -> three; spelled "
      "Chernihiv / Chernigov). Continues the day-1 story budapest-summit-preparations with a new development.")

SEEDS.append(dict(id="9030", name="9030_kelderwick-htmllive", ext="html", source="Kelderwick Post", zone=KY, render=r_kelderwick, day="day2",
  title="War in Ukraine, Sunday: Chernihiv hit by drones; Hungary sets out summit plans",
  url="https://kelderwickpost.example/live/2025-10-19-ukraine",
  lede="Our live coverage of Sunday's events in and around Ukraine.",
  notes="Invented outlet (same layout as 9021). HTML live page, OLDEST first, LiveBlogPosting JSON-LD; visible stamps '19.10.2025, 07:50' "
        "(Kyiv, EEST). 9030-02 re-posts the day-1 entry 9021-05 nearly verbatim (same headline; re-post of day-1, importance 1; "
        "duplicate_of stays null because duplicate_of is defined within one seed). 9030-03 continues the day-1 Budapest summit story with a "
        "new development (safe-passage guarantee). " + D2,
  not_entries=["masthead and menu", "h1 title", "standfirst", "time-zone note", "'By NAME' lines", "'Share' / 'Copy link'", "supporter promo", "footer"],
  entries=[
  E("2025-10-19 07:50", "Drones hit Chernihiv overnight; one killed",
    ["One person was killed and four injured when Russian attack drones struck Chernihiv and nearby villages overnight, the regional governor Viacheslav Chaus said.",
     "Drones hit a grain store and several private houses on the city's outskirts."],
    "strikes", "strikes", 3, CHN, a="Oksana Hrytsai"),
  E("2025-10-19 09:15", "Zelensky on Washington talks: 'no quick answer' on long-range missiles",
    ["President Zelensky said there had been no quick answer from Washington on Tomahawk missiles, but that the issue was not closed.",
     "He said his conversation with Donald Trump had focused on air defence and on how to force Russia to negotiate."],
    "diplomacy", "diplomacy", 1, WDC, a="Oksana Hrytsai", sec=["aid"],
    n="Re-post of day-1 entry 9021-05 (same headline, one comma added): importance 1."),
  E("2025-10-19 11:40", "Szijj\u00e1rt\u00f3: Hungary will guarantee safe passage for summit delegations",
    ["Hungary will ensure that Vladimir Putin can enter the country and leave it safely if a summit with Donald Trump takes place in Budapest, foreign minister P\u00e9ter Szijj\u00e1rt\u00f3 said on Sunday.",
     "He said the US and Russian foreign ministers were expected to speak first to agree on the agenda."],
    "diplomacy", "diplomacy", 3, BUD, a="Marko Leshchuk", n="Continuation of the day-1 story with a new development."),
  E("2025-10-19 14:20", "Russia claims capture of village in Zaporizhzhia region",
    ["Russia's defence ministry said its troops had taken a village east of Huliaipole in the Zaporizhzhia region; Ukraine's General Staff reported heavy fighting in the area but did not confirm the loss."],
    "other", "frontline", 2, "russia-claims-village-near-huliaipole-2025-10-19", a="Marko Leshchuk",
    n="Same region name as day 1's bombing of Zaporizhzhia city but a ground-fighting claim: must not merge."),
  E("2025-10-19 16:55", "Zelensky asks partners for more Patriot systems before winter",
    ["Zelensky said Ukraine needed more Patriot air defence systems to protect its power plants through the winter and that he had raised the request with several European leaders."],
    "aid", "aid", 2, "zelensky-patriot-appeal-2025-10-19", a="Oksana Hrytsai"),
  E("2025-10-19 19:30", "Chernihiv: death toll rises to three",
    ["Another person has died in hospital after the overnight drone attack on the Chernihiv region, bringing the death toll to three, Viacheslav Chaus said."],
    "strikes", "strikes", 3, CHN, a="Oksana Hrytsai"),
  ]))

WAW = "Europe/Warsaw"
SEEDS.append(dict(id="9031", name="9031_fellcroft-atom", ext="xml", source="Fellcroft Record", zone=WAW, render=r_atom, day="day2",
  title="Fellcroft Record \u2014 Eastern Europe", url="https://fellcroftrecord.example", content="html",
  desc="News from Poland, Ukraine and the region", fmt=lambda d: d.isoformat(),
  notes="Invented outlet. Atom 1.0 feed, newest first; <published> carries +02:00 (CEST); per-entry <author>; escaped HTML in <content type='html'>. "
        "9031-02 is an explainer (theme piece). " + D2,
  not_entries=["feed title, subtitle, links, id, updated", "entry <id>/<link>/<updated> values"],
  entries=[
  E("2025-10-19 20:10", "Chernihiv mourns three killed in drone raid",
    ["Three people, including a 14-year-old boy, were killed in the overnight Russian drone attack on Chernihiv and surrounding villages, regional authorities said on Sunday evening.",
     "The city declared a day of mourning for Monday."],
    "strikes", "strikes", 3, CHN, a="Agata Borowczyk"),
  E("2025-10-19 17:25", "Explainer: How far Ukraine's long-range drones can now reach",
    ["Ukraine's newest long-range attack drones can fly more than 1,500 kilometres, which puts refineries in the Volga region and even parts of the Urals within range.",
     "Most are built in small, dispersed workshops, and many fly low along river valleys to avoid Russian radar.",
     "Ukrainian commanders say the aim is to cut the fuel exports that pay for Russia's war."],
    "strikes", "strikes", 2, "explainer-ukraine-long-range-drones", a="Piotr Zawadka",
    n="Theme piece (explainer) on long-range drone strikes in general: its own story; must not merge with the Orenburg strike."),
  E("2025-10-19 14:00", "Kazakhstan halts gas deliveries to Orenburg plant after drone strike",
    ["Kazakhstan suspended gas deliveries to the Orenburg gas processing plant in Russia after a Ukrainian drone attack caused a fire at one of its workshops, Kazakh energy officials said.",
     "The governor of the Orenburg region said the fire had been put out and that no one was injured."],
    "strikes", "strikes", 3, ORB, a="Piotr Zawadka"),
  E("2025-10-19 10:45", "Polish court jails man for spying on rail hub for Russia",
    ["A court in Rzesz\u00f3w sentenced a Polish man to eight years in prison for filming military trains at a rail hub used to move aid to Ukraine and passing the footage to Russian intelligence."],
    "other", "security", 2, "poland-rail-hub-spy-sentence-2025-10-19", a="Agata Borowczyk"),
  E("2025-10-19 08:05", "Two killed in Chernihiv drone attack, governor says",
    ["Russian drones killed two people in the Chernihiv region overnight, governor Viacheslav Chaus said early on Sunday, revising an earlier figure of one dead."],
    "strikes", "strikes", 3, CHN, a="Agata Borowczyk"),
  ]))

SEEDS.append(dict(id="9032", name="9032_eldermere-textlive", ext="txt", source="Eldermere Press", zone="Europe/Riga", render=r_eldermere, day="day2",
  title="Live: Chernihiv under drone attack, Budapest summit planning \u2013 Sunday's updates",
  dateline="Sunday, 19 October", parse_args=["--date", "2025-10-19"],
  lede="Updates from Ukraine and the region through the day, in the order they were posted.",
  notes="Invented outlet. Text live page, OLDEST first. The date line 'Sunday, 19 October' has no year and no year is printed anywhere, hence "
        "parse_args --date 2025-10-19. No zone printed: Riga time (EEST, UTC+3) implied by the outlet's home. Each post ends with a trailing "
        "line 'Posted 08:30 \u00b7 NAME' (stamp = 'Posted 08:30', author = NAME). 9032-02 is a photo teaser without text; 9032-05 repeats "
        "9032-03 almost word for word (duplicate_of). " + D2,
  not_entries=["outlet name and menu line", "title line", "date line 'Sunday, 19 October'", "lede paragraph", "cookie line",
               "'Open gallery (14 photos)' in the teaser", "'Posted HH:MM \u00b7 NAME' lines (stamps and authors, not body)", "newsletter promo",
               "'You have reached the end of today's updates.' and footer"],
  entries=[
  E("2025-10-19 08:30", "Chernihiv hit by drones overnight, one dead",
    ["Russian drones attacked Chernihiv in northern Ukraine during the night, killing one person, according to Ukrainian regional officials.",
     "Power was cut to parts of the city for several hours."],
    "strikes", "strikes", 3, CHN, a="Laura Ozola"),
  E("2025-10-19 10:10", "Photos: Chernihiv after the night attack", [], "strikes", "strikes", 1, CHN, a="Laura Ozola",
    n="Photo teaser without body: importance 1."),
  E("2025-10-19 12:25", "Budapest summit: US and Russian teams to meet first, Hungary says",
    ["Hungary's foreign minister said on Sunday that American and Russian delegations would meet before any Trump-Putin summit in Budapest to settle the agenda and the date.",
     "He did not rule out the meeting taking place within two weeks."],
    "diplomacy", "diplomacy", 3, BUD, a="Kristaps Mednis", n="Continuation of the day-1 story with a new development."),
  E("2025-10-19 14:50", "Vilnius airport briefly closed over balloons from Belarus",
    ["Lithuania closed Vilnius airport for several hours overnight after balloons drifting in from Belarus were spotted near the flight path, the airport said.",
     "Lithuanian officials say smugglers use the balloons to carry cigarettes and have accused Minsk of doing nothing to stop them."],
    "other", "security", 2, "vilnius-airport-balloons-2025-10-19", a="Laura Ozola"),
  E("2025-10-19 16:35", "Budapest summit: US and Russian teams will meet first, Hungary says",
    ["Hungary's foreign minister said on Sunday that American and Russian delegations would meet before any Trump-Putin summit in Budapest to settle the agenda and the date."],
    "diplomacy", "diplomacy", 1, BUD, a="Kristaps Mednis", dup="9032-03",
    n="Near-verbatim repeat of 9032-03 (headline 'to' -> 'will', second paragraph dropped): importance 1."),
  E("2025-10-19 18:05", "Chernihiv toll rises to three, including a child",
    ["The number of people killed in the overnight drone attack on the Chernihiv region has risen to three, among them a teenage boy, Ukraine's emergency service said."],
    "strikes", "strikes", 3, CHN, a="Laura Ozola"),
  ]))

SEEDS.append(dict(id="9033", name="9033_duncrag-worldrss", ext="xml", source="Duncrag Times", zone="Australia/Sydney", render=r_rss_world, day="day2",
  title="Duncrag Times | World", url="https://duncragtimes.example", rfc="offset",
  desc="World news from the Duncrag Times newsroom.",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in +1100 (Sydney, AEDT). Four of six items are off-beat. "
        "The three newest items are dated Mon, 20 Oct local but fall on 19 October UTC. Uses the spelling 'Chernigov'. " + D2,
  not_entries=["channel title, link, description, language, atom:link", "<guid>, <link>, <category> of every item"],
  entries=[
  OFF("2025-10-20 08:30", "Bolivians vote in presidential run-off",
      ["Voters in Bolivia chose between two centre-right candidates in a presidential run-off on Sunday, in a vote that will end nearly two decades of left-wing government."],
      "bolivia-presidential-runoff-2025-10-19", n="Bolivian election."),
  OFF("2025-10-20 06:15", "Paris museum shut after daylight jewel theft",
      ["One of the world's best-known museums closed for the day on Sunday after thieves used a lift truck to reach a gallery window and escaped with pieces of royal jewellery, French officials said."],
      "paris-museum-jewel-theft-2025-10-19", n="Crime in France."),
  E("2025-10-20 02:40", "Chernigov drone raid kills three, Ukraine says",
    ["Russian drones killed three people in and around the northern Ukrainian city of Chernigov, Ukrainian officials said on Sunday, as Moscow pressed on with attacks on energy and farm infrastructure."],
    "strikes", "strikes", 3, CHN, n="Local date 20 Oct (AEDT), UTC 19 Oct 15:40."),
  E("2025-10-19 23:55", "Drone strike halts Orenburg gas processing, Kazakhstan says",
    ["A Ukrainian drone attack forced the Orenburg gas processing plant in southern Russia to stop accepting gas from Kazakhstan's Karachaganak field, Kazakhstan's energy ministry said on Sunday."],
    "strikes", "strikes", 3, ORB),
  OFF("2025-10-19 20:05", "Cricket: Australia win rain-hit opener in Perth",
      ["Australia beat India by seven wickets in a rain-shortened first one-day international at Perth Stadium on Sunday."],
      "cricket-australia-india-perth-odi", n="Cricket."),
  OFF("2025-10-19 14:10", "Hazardous surf warning issued for NSW coast",
      ["Beachgoers have been told to stay out of the water along much of the New South Wales coast until Tuesday as large swells roll in from the Tasman Sea."],
      "nsw-hazardous-surf-warning-2025-10-19", n="Local weather."),
  ]))

ODS = "odesa-drone-attack-2025-09-24"
UNGA = "zelensky-unga-address-2025-09-24"
TRW = "trump-says-ukraine-can-win-back-territory"
RLV = "rubio-lavrov-meeting-2025-09-24"
D3 = ("Part B day 3 (UTC 2025-09-24; seeds 9040-9044). Main story: overnight Russian drone attack on Odesa (toll five injured -> one dead, nine "
      "injured -> two dead, 12 injured; spelled Odesa / Odessa).")

SEEDS.append(dict(id="9040", name="9040_glenvarra-worldatom", ext="xml", source="Glenvarra News", zone="UTC", render=r_atom, day="day3",
  title="Glenvarra News \u2013 World", url="https://glenvarranews.example", content="summary",
  desc="International headlines", fmt=lambda d: d.strftime("%Y-%m-%dT%H:%M:%SZ"),
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in UTC ('Z'); a one-paragraph plain <summary> per entry, "
        "no authors. Four of six entries are off-beat. Uses the spelling 'Odessa'. " + D3,
  not_entries=["feed title, subtitle, links, id, updated", "entry <id>/<link>/<updated> values"],
  entries=[
  OFF("2025-09-24 22:10", "Ryder Cup: European team arrives in New York",
      ["Europe's Ryder Cup team landed in New York on Wednesday ahead of this week's matches at Bethpage Black, where they will try to win on American soil for the first time since 2012."],
      "ryder-cup-europe-arrives-2025", n="Golf."),
  E("2025-09-24 19:35", "Kremlin rejects Trump's 'paper tiger' jibe",
    ["The Kremlin said Russia was not a paper tiger and that its economy and army were holding up, responding to Donald Trump's claim that Ukraine could win back all the land it has lost."],
    "diplomacy", "diplomacy", 3, TRW, n="Moscow's answer to Trump's statement: same story as the statement."),
  E("2025-09-24 15:20", "Second person dies after drone attack on Odessa",
    ["A second person has died in hospital after Russian drones struck the Ukrainian port city of Odessa overnight, regional officials said."],
    "strikes", "strikes", 3, ODS),
  OFF("2025-09-24 11:05", "Typhoon brings Hong Kong to a standstill",
      ["Hong Kong shut schools, offices and the stock exchange as a powerful typhoon passed south of the city, driving storm surges that flooded coastal districts."],
      "hong-kong-typhoon-2025-09-24", n="Weather."),
  OFF("2025-09-24 08:40", "Spain's summer was its hottest on record, weather agency says",
      ["This summer was the hottest in Spain since records began, the state weather agency said, with an average temperature more than two degrees above normal."],
      "spain-hottest-summer-2025", n="Climate/weather."),
  OFF("2025-09-24 06:15", "Protesters clash with police in Ladakh",
      ["Protesters demanding statehood for the Himalayan region of Ladakh set fire to a party office and clashed with police in the main town of Leh, local officials said."],
      "ladakh-statehood-protest-2025-09-24", n="Indian politics."),
  ]))

SEEDS.append(dict(id="9041", name="9041_hexlowe-textlive", ext="txt", source="Hexlowe Bulletin", zone="Europe/Paris", render=r_hexlowe, day="day3",
  title="Ukraine live: Zelensky warns UN of drone arms race; Odesa hit overnight", dateline="Wednesday 24 September 2025",
  lede="Follow our coverage of the war in Ukraine and of the UN General Assembly in New York.",
  notes="Invented outlet. Text live page, newest first, Paris time (CEST, UTC+2). Each post: headline, then the line '18:55 CEST \u00b7 NAME' "
        "AFTER the headline (stamp = '18:55 CEST', author = NAME), then the body and 'Share \u00b7 Copy link'. 9041-01 is a theme piece "
        "(analysis); 9041-02 is a video teaser without text. " + D3,
  not_entries=["outlet name and menu line", "title line", "date line", "lede paragraph", "'Video \u00b7 18 min' in the teaser",
               "'Share \u00b7 Copy link' after every post", "'Earlier coverage: Tuesday's live page' link", "footer"],
  entries=[
  E("2025-09-24 23:30", "Analysis: Trump's turn on Ukraine is a change of tone, not yet of policy",
    ["Donald Trump's claim that Ukraine can retake all its territory surprised allies, but it came with no new weapons, no new money and no new sanctions.",
     "European diplomats say they will judge the shift by what Washington does next, in particular on oil sanctions."],
    "diplomacy", "diplomacy", 2, "analysis-trump-ukraine-tone-shift", a="\u00c9lodie Marchetti",
    n="Theme piece (analysis) about Trump's statement: own story; must not merge with the statement itself."),
  E("2025-09-24 21:10", "Watch: Zelensky's address to the General Assembly", [], "diplomacy", "diplomacy", 1, UNGA, a="\u00c9lodie Marchetti",
    n="Video teaser without body: importance 1."),
  E("2025-09-24 18:55", "Zelensky at the UN: drones have started 'the most destructive arms race' humanity has seen",
    ["Volodymyr Zelensky told the UN General Assembly that cheap drones had changed warfare and that the world was entering the most destructive arms race humanity has seen.",
     "He urged leaders to stop Russia now rather than pay later for bunkers and shelters."],
    "diplomacy", "diplomacy", 3, UNGA, a="Julien Abadie"),
  E("2025-09-24 14:40", "Denmark to buy long-range precision weapons after drone scare",
    ["Denmark will buy long-range precision weapons for the first time, its defence minister said, days after drones forced the closure of Copenhagen airport."],
    "other", "security", 2, "denmark-long-range-weapons-purchase-2025-09", a="Julien Abadie",
    n="Procurement by a non-party: other/security."),
  E("2025-09-24 11:15", "Odesa: one killed, nine injured in overnight drone attack",
    ["One person was killed and nine injured when Russian drones hit residential buildings and port facilities in Odesa during the night, the head of the regional military administration said."],
    "strikes", "strikes", 3, ODS, a="Julien Abadie"),
  E("2025-09-24 08:20", "Drones target Odesa port area overnight, five injured",
    ["Russian drones attacked the port area of Odesa overnight, injuring five people and starting several fires, according to Ukraine's emergency service."],
    "strikes", "strikes", 3, ODS, a="\u00c9lodie Marchetti"),
  ]))

SEEDS.append(dict(id="9042", name="9042_inchkeld-htmllive", ext="html", source="Inchkeld Gazette", zone="Europe/Helsinki", render=r_inchkeld, day="day3",
  title="Live: Trump says Ukraine can win back its land; drones strike Odesa", dateline="Wednesday 24 September 2025",
  lede="The day's developments in the war in Ukraine, updated through the day.",
  notes="Invented outlet. HTML live page without JSON-LD, OLDEST first, one day header 'Wednesday 24 September 2025'; visible dotted times "
        "'07.30' with no zone printed (Helsinki, EEST = UTC+3, implied by the outlet's home); signature after each body. 9042-05 repeats "
        "9042-01 almost word for word (duplicate_of). 9042-03 (sea mine off Odesa) is a different event from the drone attack on Odesa. " + D3,
  not_entries=["cookie bar", "logo and menu", "h1 title", "lead paragraph", "day header 'Wednesday 24 September 2025'",
               "'Read also: What Finland has sent to Ukraine so far' related link", "signature lines (authors)", "footer"],
  entries=[
  E("2025-09-24 07:30", "Trump: Ukraine can win back all its territory",
    ["Donald Trump said Ukraine, with support from Europe, could win back all of its territory, a sharp change from his earlier calls for Kyiv to give up land.",
     "He described Russia as a paper tiger after three and a half years of war."],
    "diplomacy", "diplomacy", 3, TRW, a="Sanna Kivel\u00e4"),
  E("2025-09-24 09:50", "Odesa port area hit by drones",
    ["Drones hit the port area of Odesa overnight and five people were injured, Ukrainian authorities said."],
    "strikes", "strikes", 3, ODS, a="Sanna Kivel\u00e4"),
  E("2025-09-24 12:15", "Cargo ship damaged by sea mine off Odesa coast",
    ["A cargo ship struck a sea mine near the entrance to one of Odesa's ports, damaging its hull, Ukraine's navy said; the crew was evacuated and no one was hurt."],
    "strikes", "strikes", 2, "odesa-sea-mine-cargo-ship-2025-09-24", a="Aleksi Rautio",
    n="Mine = remote weapon (strikes). Same place as the drone attack, different event: must not merge."),
  E("2025-09-24 14:40", "Stubb: Europe must answer airspace violations together",
    ["Finland's president Alexander Stubb said Europe must respond jointly to Russian airspace violations and that NATO's eastern members could not be left to deal with them alone."],
    "diplomacy", "diplomacy", 2, "stubb-airspace-violations-remarks-2025-09-24", a="Aleksi Rautio"),
  E("2025-09-24 16:05", "Trump: Ukraine can win back all of its territory",
    ["Donald Trump said Ukraine, with support from Europe, could win back all of its territory, a sharp change from his earlier calls for Kyiv to give up land.",
     "He described Russia as a paper tiger after three and a half years of war."],
    "diplomacy", "diplomacy", 1, TRW, a="Sanna Kivel\u00e4", dup="9042-01",
    n="Near-verbatim repeat of 9042-01 (headline adds 'of'): importance 1."),
  ]))

NY = "America/New_York"
SEEDS.append(dict(id="9043", name="9043_keswold-article", ext="txt", source="Keswold Chronicle", zone=NY, render=r_article, day="day3",
  style="keswold", title="At the UN, Zelensky warns of a new arms race as Odesa buries its dead", byline="Dana Whitlock",
  dateline="September 24, 2025 \u2014 3:20 p.m. EDT", lede="A day of speeches in New York and funerals in Odesa.",
  more="What Trump's change of tone means for Kyiv",
  notes="Invented outlet. Text article with three section headings; one entry per section, stamp null, published = the dateline "
        "'September 24, 2025 \u2014 3:20 p.m. EDT' (UTC-4) printed on the byline line; the page byline is every section's author. " + D3,
  not_entries=["outlet name and menu line", "title line", "byline/dateline line", "lede", "'Share: ...' line", "'More on this topic: ...' link", "copyright line"],
  entries=[
  E("2025-09-24 15:20", "Zelensky's warning",
    ["In a speech to the General Assembly, Volodymyr Zelensky said the war in Ukraine was spreading beyond its borders through drones and sabotage, and urged countries to act before it reached them.",
     "He also called for international rules on the use of artificial intelligence in weapons."],
    "diplomacy", "diplomacy", 3, UNGA, a="Dana Whitlock"),
  E("2025-09-24 15:20", "Odesa after the drones",
    ["Two people were killed and 12 injured in the overnight drone attack on Odesa, according to the regional governor, who said several apartment buildings and a port warehouse were damaged."],
    "strikes", "strikes", 3, ODS, a="Dana Whitlock"),
  E("2025-09-24 15:20", "Rubio and Lavrov meet",
    ["Secretary of State Marco Rubio met Russian Foreign Minister Sergei Lavrov on the sidelines of the General Assembly, and the State Department said Rubio repeated the call for Moscow to stop the killing."],
    "diplomacy", "diplomacy", 3, RLV, a="Dana Whitlock",
    n="Ministerial meeting; a different event from Trump's statement and from Zelensky's speech (same UN-week theme): must not merge."),
  ]))

SEEDS.append(dict(id="9044", name="9044_heathbury-rss", ext="xml", source="Heathbury Mercury", zone=NY, render=r_heathbury, day="day3",
  title="Heathbury Mercury: World", url="https://heathburymercury.example", desc="World news from the Heathbury Mercury",
  notes="Invented outlet. RSS 2.0 feed with dc:creator, newest first, pubDate in -0400 (US Eastern, EDT). The oldest item, 'Tue, 23 Sep 2025 "
        "21:40:00 -0400', falls on 24 September UTC (01:40). Uses the spelling 'Odessa'. " + D3,
  not_entries=["channel title, link, description", "<guid> and <link> of every item"],
  entries=[
  E("2025-09-24 19:20", "Rubio and Lavrov hold talks in New York",
    ["Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov met in New York on Wednesday in their first face-to-face talks in months, with Rubio pressing for a halt to the fighting in Ukraine."],
    "diplomacy", "diplomacy", 3, RLV, a="Grant Ellery"),
  E("2025-09-24 15:10", "Kremlin says Russia is no 'paper tiger'",
    ["Kremlin spokesman Dmitry Peskov dismissed Donald Trump's description of Russia as a paper tiger, saying Russian forces were advancing and that the economy had adapted to sanctions."],
    "diplomacy", "diplomacy", 3, TRW, a="Grant Ellery", n="Reaction to Trump's statement: same story."),
  E("2025-09-24 12:30", "Zelensky tells UN the world is in an arms race",
    ["Ukraine's president told world leaders at the United Nations that the spread of drone warfare meant no country could consider itself safe, and called for stronger action against Russia."],
    "diplomacy", "diplomacy", 3, UNGA, a="Maya Ostrander"),
  E("2025-09-24 07:05", "Odessa drone strike kills one, Ukraine says",
    ["A Russian drone attack on the Ukrainian port city of Odessa killed one person and wounded nine, Ukrainian officials said Wednesday."],
    "strikes", "strikes", 3, ODS, a="Maya Ostrander"),
  E("2025-09-23 21:40", "Trump says Ukraine could win back all its territory",
    ["President Donald Trump said Tuesday that Ukraine could take back all of the territory Russia has seized, a reversal from his earlier view that Kyiv would have to give up land.",
     "Trump made the comments in a social media post after meeting Volodymyr Zelensky at the United Nations."],
    "diplomacy", "diplomacy", 3, TRW, a="Grant Ellery", n="pubDate Tue 23 Sep 21:40 -0400 = 01:40 UTC on 24 Sep."),
  ]))


# ================================================================== emit
def basis(S, e, st, d):
    r = S["render"].__name__; u = d.astimezone(UTC); off = d.strftime("%z"); off = f"UTC{off[:3]}:{off[3:]}" if off != "+0000" else "UTC"
    local_note = "" if d.date() == u.date() else f" (local {d:%Y-%m-%d} falls on {u:%Y-%m-%d} UTC)"
    if r == "r_tuscaloosa":
        return f"stamp '{st}' (AP-style month and day, 12 h time, 'CT'); year 2025 from the page's 'Published ... Sept. 8, 2025' line; US Central, CDT = {off}{local_note}"
    if r == "r_anniston":
        return f"pubDate '{st}' (explicit -0500 offset){local_note}"
    if r == "r_dothan":
        return f"visible date '{st}' only; time of day from the card's <time datetime='{d.isoformat()}'> attribute (CDT, {off}){local_note}"
    if r == "r_hattiesburg":
        return f"no per-section time; the article's 'Published {h12(d)} CT {ap_date(d)}' line (CDT, {off}) used for every section; JSON-LD datePublished agrees"
    if r == "r_natchez":
        return f"stamp '{st}' printed after the headline (full date, 12 h time, no zone); US Central implied by the paper's home, CDT = {off}{local_note}"
    if r == "r_towntalk":
        return f"stamp '{st}' with <time datetime='{d.isoformat()}'>; date from the page's 'Published ... April 18, 2025' line; JSON-LD update datePublished agrees"
    if r == "r_americanpress":
        return f"pubDate '{st}' (explicit +0000); published_local converted to the paper's home zone (CDT, {off})"
    if r == "r_longview":
        base = datetime.fromisoformat(S["pub_t"]).date()
        if d.date() != base:
            return (f"bold time '{st}' in an AP file marked '(all times local)' = Kyiv time (EEST, {off}); newest first, and this item sits above "
                    f"'11:45 p.m.' (clock wraps), so it is after local midnight: {d:%Y-%m-%d} Kyiv, still {u:%Y-%m-%d} UTC")
        return f"bold time '{st}' in an AP file marked '(all times local)' = Kyiv time (EEST, {off}); date from the page's BLOX date 'Oct 7, 2025'"
    if r == "r_texarkana":
        return f"relative stamp '{st}' against the header date 'Tuesday, April 29' (no year printed: parse_args --date 2025-04-29); US Central implied, CDT = {off}{local_note}"
    if r == "r_meridian":
        return f"no per-brief time; the page's 'Posted: Monday, September 22, 2025 5:40 pm' (CDT, {off}) used for every brief; the Updated time is ignored"
    if r == "r_lindenquay":
        return f"stamp '{st}' under the page date line 'Saturday 18 October 2025'; BST = {off}"
    if r == "r_kelderwick":
        return f"stamp '{st}' (full date) with <time datetime='{d.isoformat()}'>; Kyiv EEST = {off}; JSON-LD update datePublished agrees"
    if r == "r_rss_world":
        return f"pubDate '{st}' (explicit zone){local_note}"
    if r == "r_article":
        return f"no per-section time; the article's dateline '{S['dateline']}' ({off}) used for every section"
    if r == "r_atom":
        return f"<published> '{st}' (explicit offset)"
    if r == "r_eldermere":
        return f"trailing stamp '{st}' under the date line 'Sunday, 19 October' (no year: parse_args --date 2025-10-19); Riga time implied by the outlet, EEST = {off}"
    if r == "r_hexlowe":
        return f"stamp '{st}' on the line after the headline, under the page date line 'Wednesday 24 September 2025'; CEST = {off}"
    if r == "r_inchkeld":
        return f"dotted time '{st}' under the day header 'Wednesday 24 September 2025'; no zone printed, Helsinki implied by the outlet, EEST = {off}"
    if r == "r_heathbury":
        return f"pubDate '{st}' (explicit -0400){local_note}"
    raise KeyError(r)


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
            fs = first_sentence(e["p"][0]) if e["p"] else None
            assert fs is None or len(fs) > 40, (S["id"], fs)
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": basis(S, e, stamps[i], d),
                         "author": e["a"] if e["a"] is not None else S.get("page_author"), "first_sentence": fs, "body_paragraphs": len(e["p"]),
                         "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                         "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"], "notes": e["n"]})
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

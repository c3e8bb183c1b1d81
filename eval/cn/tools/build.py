#!/usr/bin/env python3
"""Builds eval/cn seeds and gold files from one hand-written data table (below).
All news text is invented or paraphrased by the blind tester in his own words; Part B outlets are invented.
Deterministic. Run from the project root: python3 eval/cn/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBR = {"U.S", "U.N", "U.K", "E.U", "Mr", "Mrs", "Ms", "Dr", "Gen", "Gov", "Lt", "Col", "Sen", "Rep", "St", "No",
        "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec", "a.m", "p.m"}


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par):
        tok = re.search(r"(\S+)\.$", par[:m.start() + 1]) if par[m.start()] == "." else None
        if tok and tok.group(1) in ABBR:
            continue
        return par[:m.end()]
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
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


def iso(d):
    return d.isoformat()


# ============================================================ Part A renderers (layout of real outlets; own wording)

def r_dcourier(S):  # The Daily Courier (Prescott), WNI listing, text scrape; headline, then "Originally Published: January 1, 2025 6:10 p.m.", then byline
    z = S["zone"]
    L = ["Skip to main content", "The Daily Courier", "Prescott, Arizona", "", "Prescott, AZ  38°F  Clear", "",
         "Subscribe  |  Log in  |  e-Edition  |  Newsletters", "",
         "News  Sports  Obituaries  Opinion  Features  Community  Classifieds  Jobs  Real Estate  Legals", "",
         "We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies. Privacy Policy  OK", "",
         "Home \u00bb News \u00bb Nation & World", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"Originally Published: {MONTHS[d.month - 1]} {d.day}, {d.year} {ampm(d, space=' ', dots=True)}"; stamps.append(st)
        L += [e["h"], st, f"By {e['a']} | Associated Press", ""] + ptxt(e["p"]) + ["Read more \u00bb", f"Comments ({(i * 2 + 1) % 4})", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Load more stories", "", "Most Popular",
          "1. Prescott Valley council weighs changes to water rates", "2. Bradshaw Mountain boys win holiday tournament final",
          "3. Snow expected above 6,000 feet this weekend", "",
          "Sign up for The Daily Courier's free newsletter", "Enter your email address  Sign up", "",
          "\u00a9 2025 Western News&Info, Inc. All rights reserved.", "Terms of Use | Privacy Policy | Contact Us"]
    return "\n".join(L) + "\n", stamps


def r_svherald(S):  # Sierra Vista Herald, BLOX article carrying an AP "The Latest" file: bold time lines, NO headlines, '___' separators; NewsArticle JSON-LD
    z = S["zone"]
    pub = datetime.fromisoformat(S["pub"]); mod = datetime.fromisoformat(S["mod"])
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": S["url"]},
          "headline": S["title"], "url": S["url"], "datePublished": iso(pub), "dateModified": iso(mod),
          "author": [{"@type": "Person", "name": "The Associated Press"}],
          "publisher": {"@type": "Organization", "name": "Sierra Vista Herald", "logo": {"@type": "ImageObject", "url": "https://bloximages.example/svherald/logo.png"}},
          "keywords": ["Russia", "Ukraine", "War"]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | News | svherald.com</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="fixed-nav tnt-section-news">',
           '<div id="site-top-nav-container"><a href="/" class="logo">Sierra Vista Herald</a> <a href="/eedition/">e-Edition</a> '
           '<a href="/users/signup/" class="btn">Subscribe</a> <a href="/users/login/">Log In</a></div>',
           '<nav id="main-nav"><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/obituaries/">Obituaries</a> '
           '<a href="/opinion/">Opinion</a> <a href="/military/">Fort Huachuca</a> <a href="/lifestyles/">Lifestyles</a> <a href="/classifieds/">Classifieds</a></nav>',
           '<div class="weather-sm">Sierra Vista, AZ (85635) Today: Sunny. High 71F. Winds light and variable.</div>',
           '<div class="asset-header"><h1 class="headline"><span class="tnt-headline">' + esc(S["title"]) + '</span></h1>',
           '<ul class="list-inline"><li class="tnt-byline">By The Associated Press</li>'
           f'<li><time datetime="{iso(pub)}" class="tnt-date asset-date text-muted">{pub:%b} {pub.day}, {pub.year}</time></li>'
           f'<li>Updated <time datetime="{iso(mod)}" class="tnt-date asset-date text-muted">{mod:%b} {mod.day}, {mod.year}</time></li></ul></div>',
           '<div class="share-container"><a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a> <a>SMS</a> <a>Email</a> <a>Print</a> <a>Copy article link</a> <a>Save</a></div>',
           '<div id="article-body" class="asset-content" itemprop="articleBody">', f"<p>{esc(S['lede'])}</p>", "<p>___</p>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, space=" ", dots=True); stamps.append(st)
        out.append(f"<p><strong>{st}</strong></p>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("<p>___</p>")
        if i == 2:
            out.append('<div class="tnt-ads-container"><div class="ad-label">Advertisement</div></div>')
    out += [f"<p>{esc(S['tail'])}</p>", "</div>",
            '<div class="asset-tags">Tags <a>Russia</a> <a>Ukraine</a> <a>War</a> <a>Government And Politics</a></div>',
            '<div class="newsletter-signup"><h4>Breaking News</h4><p>Be the first to know. Get breaking news delivered to your inbox as it happens.</p><input type="email"> <button>Sign up!</button></div>',
            '<section class="related"><h3>More from this section</h3><a href="/news/local/">Cochise College board approves tuition freeze</a> '
            '<a href="/news/local/">Fort Huachuca gate hours change next week</a></section>',
            '<footer>\u00a9 Copyright 2025, Sierra Vista Herald, Sierra Vista, AZ | Terms of Use | Privacy Policy | Powered by BLOX Content Management System from TownNews.com.</footer>',
            "</body></html>"]
    return "\n".join(out) + "\n", stamps


def r_pinal(S):  # Casa Grande Dispatch (pinalcentral.com, BLOX) RSS 2.0; pubDate -0700; dc:creator; plain-text description (the summary) is the body
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:georss="http://www.georss.org/georss">',
           "<channel>", f"<title>{esc(S['title'])}</title>", "<link>https://www.pinalcentral.com/casa_grande_dispatch/</link>",
           '<atom:link href="https://www.pinalcentral.com/search/?f=rss&amp;t=article&amp;c=nation_world&amp;l=50&amp;s=start_time&amp;sd=desc" rel="self" type="application/rss+xml" />',
           "<description>Nation and world news from the Associated Press for readers of the Casa Grande Dispatch</description>",
           f"<lastBuildDate>{S['build']}</lastBuildDate>", "<generator>TownNews.com Content Management System</generator>", "<ttl>30</ttl>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        uid = f"{0x5a3c1e00 + i * 7919:08x}-1c2d-11f0-9e{i}1-0b7d5c3f{i:04d}"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<description>{esc(' '.join(e['p']))}</description>",
                f"<pubDate>{st}</pubDate>", f'<guid isPermaLink="false">http://www.pinalcentral.com/tncms/asset/editorial/{uid}</guid>',
                f"<link>https://www.pinalcentral.com/nation_world/article_{uid}.html</link>",
                f"<dc:creator>{esc(e['cr'])}</dc:creator>",
                f'<enclosure url="https://bloximages.example/pinalcentral/{uid}.jpg" length="{48211 + i * 1031}" type="image/jpeg" />',
                "<category>nation_world</category>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_havasu(S):  # Today's News-Herald (WNI) article page, text scrape; sections under headings, no per-section time; "Originally Published" dateline
    z = S["zone"]; d0 = dt(S["dateline_t"], z); up = dt(S["updated_t"], z)
    L = ["Today's News-Herald", "Lake Havasu City, Arizona", "", "Subscribe  |  Login  |  e-Edition", "",
         "News  Sports  Obituaries  Opinion  Calendar  Real Estate  Classifieds  Jobs  Legals", "",
         "This site uses cookies. By continuing to use it you accept our Privacy Policy.  Accept", "",
         "Home \u00bb News \u00bb Nation", "", S["title"], "", "By Associated Press",
         f"Originally Published: {MONTHS[d0.month - 1]} {d0.day}, {d0.year} {ampm(d0, space=' ', dots=True)}",
         f"Updated as of {DAYS_EN[up.weekday()]}, {MONTHS[up.month - 1]} {up.day}, {up.year} {ampm(up, space=' ', upper=True)}", "",
         S["caption"], "", "Facebook  Twitter  Email  Print", ""] + ptxt(S["lede"])
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Related Stories", "\u2022 " + S["related"][0], "\u2022 " + S["related"][1], "",
          "Reader Comments", "Sign in to comment", "", "\u00a9 2025 Western News&Info, Inc. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_kdminer(S):  # Kingman Daily Miner (WNI) "Nation & World" briefs round-up, HTML; h3 headline + AP dateline paragraph; one page time; NewsArticle JSON-LD
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": iso(d0), "dateModified": iso(d0),
          "author": {"@type": "Organization", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": "Kingman Daily Miner"},
          "articleSection": "Nation"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Kingman Daily Miner | Kingman, AZ</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="top-bar"><a href="/subscribe/">Subscribe</a> <a href="/login/">Login</a> <a href="/e-edition/">e-Edition</a></div>',
           '<header class="masthead"><a href="/">Kingman Daily Miner</a><p class="tagline">Serving Kingman and Mohave County</p></header>',
           '<nav><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/obituaries/">Obituaries</a> <a href="/opinion/">Opinion</a> '
           '<a href="/classifieds/">Classifieds</a> <a href="/jobs/">Jobs</a> <a href="/legals/">Legals</a></nav>',
           '<div class="breadcrumbs"><a href="/">Home</a> / <a href="/news/">News</a> / <a href="/news/nation/">Nation</a></div>',
           '<div class="story">', f'<h1 class="headline">{esc(S["title"])}</h1>', f'<p class="byline">{esc(S["byline"])}</p>',
           f'<p class="published">Originally Published: {MONTHS[d0.month - 1]} {d0.day}, {d0.year} {ampm(d0, space=" ", dots=True)}</p>',
           '<div class="share"><a>Facebook</a> <a>Twitter</a> <a>Email</a> <a>Print</a></div>', '<div class="story-text">']
    for i, e in enumerate(S["entries"]):
        out.append(f"<h3>{esc(e['h'])}</h3>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if i == 2:
            out.append('<div class="ad">Advertisement</div>')
    out += ["</div>", '<div class="related"><h4>Related Stories</h4><ul><li><a href="/news/local/">Mohave County supervisors approve budget</a></li>'
            '<li><a href="/news/local/">Route 66 car show returns to downtown</a></li></ul></div>',
            '<div class="comments"><h4>Reader Comments</h4><p>Sign in to comment</p></div></div>',
            '<footer>\u00a9 2025 Western News&amp;Info, Inc. | Kingman Daily Miner, Kingman, Arizona | Privacy Policy | Terms of Use</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def rel(mins):
    if mins < 60:
        return f"{mins} min ago"
    assert mins % 60 == 0, mins
    h = mins // 60
    return "1 hr ago" if h == 1 else f"{h} hrs ago"


def r_wmi(S):  # White Mountain Independent (BLOX) section front, HTML; cards with relative "3 hrs ago" in <time datetime>; weather widget "Updated: June 23, 2025 @ 3:05 pm"
    z = S["zone"]; ref = dt(S["ref"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | wmicentral.com</title></head><body>',
           '<div id="site-top-nav"><a href="/" class="logo">White Mountain Independent</a> <a href="/eedition/">e-Edition</a> <a class="btn">Subscribe</a> <a>Log In</a></div>',
           '<nav><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/obituaries/">Obituaries</a> <a href="/opinion/">Opinion</a> '
           '<a href="/community/">Community</a> <a href="/news/nation_world/">Nation &amp; World</a> <a href="/classifieds/">Classifieds</a></nav>',
           f'<div class="weather-widget">Show Low, AZ (85901) Today: Sunny and hot. High 91F. Winds SW at 10 to 15 mph. <span class="updated">Updated: {MONTHS[ref.month - 1]} {ref.day}, {ref.year} @ {ampm(ref, space=" ")}</span></div>',
           f'<main><h1 class="block-title"><span>{esc(S["title"])}</span></h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60); st = rel(mins); stamps.append(st)
        out.append('<article class="tnt-asset-type-article card summary">')
        out.append(f'<div class="card-headline"><h3 class="tnt-headline"><a href="/news/nation_world/article_{i + 7101}.html">{esc(e["h"])}</a></h3></div>')
        out.append(f'<ul class="list-inline"><li class="card-byline">By {esc(e["a"])} Associated Press</li>'
                   f'<li class="card-date"><time datetime="{iso(d)}" class="tnt-date asset-date text-muted">{st}</time></li></ul>')
        out += [f'<div class="card-lead"><p class="tnt-summary">{esc(p)}</p></div>' for p in e["p"]]
        out.append('<div class="card-comments"><a>Comments</a></div></article>')
        if i == 2:
            out.append('<div class="tnt-ads"><span class="ad-label">Ad</span></div>')
    out += ['<div class="pagination"><a>Next</a></div></main>',
            '<aside><h3>Get our daily newsletter</h3><p>Be the first to know. Get local news delivered to your inbox!</p><input type="email"> <button>Sign up!</button></aside>',
            '<footer>White Mountain Independent \u00b7 Show Low, Arizona \u00b7 Terms of Use \u00b7 Privacy Policy \u00b7 Powered by BLOX Content Management System from TownNews.com.</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_sfnm(S):  # Santa Fe New Mexican (BLOX), AP live updates; newest first; day headers "Sunday, Aug. 3" WITHOUT year; "7:45 a.m." before h3; per-post author; LiveBlogPosting JSON-LD
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#post-{len(S['entries']) - i}", "headline": e["h"], "datePublished": iso(d),
                    "author": {"@type": "Person", "name": e["a"]}, "articleBody": " ".join(e["p"])})
    newest = dt(S["entries"][0]["t"], z); oldest = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": iso(oldest),
          "dateModified": iso(newest), "coverageStartTime": iso(oldest), "author": {"@type": "Organization", "name": "The Associated Press"},
          "publisher": {"@type": "Organization", "name": "Santa Fe New Mexican"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Nation &amp; World | santafenewmexican.com</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div id="site-top-nav"><a href="/" class="logo">Santa Fe New Mexican</a> <a href="/eedition/">e-Edition</a> <a>Pasatiempo</a> <a class="btn">Subscribe</a> <a>Log In</a></div>',
           '<nav><a href="/news/local_news/">Local News</a> <a href="/news/legislature/">Legislature</a> <a href="/news/nation_world/">Nation &amp; World</a> '
           '<a href="/opinion/">Opinion</a> <a href="/sports/">Sports</a> <a href="/pasatiempo/">Pasatiempo</a> <a href="/obituaries/">Obituaries</a></nav>',
           f'<main><p class="kicker">Nation &amp; World</p><h1 class="headline">{esc(S["title"])}</h1>',
           '<ul class="list-inline"><li class="tnt-byline">By The Associated Press</li></ul>',
           '<div class="share-container"><a>Facebook</a> <a>Twitter</a> <a>Email</a> <a>Print</a> <a>Copy article link</a> <a>Save</a></div>',
           f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); day = f"{DAYS_EN[d.weekday()]}, {AP_MON[d.month - 1]} {d.day}"
        if day != cur:
            cur = day; out.append(f'<h2 class="live-day">{day}</h2>')
        st = ampm(d, space=" ", dots=True); stamps.append(st)
        out.append(f'<div class="live-post" id="post-{len(S["entries"]) - i}"><p class="live-time">{st}</p><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append(f'<p class="live-byline">\u2014 {esc(e["a"])}</p></div>')
        if i == 3:
            out.append('<div class="newsletter"><p>Sign up for our Morning Update newsletter</p><input type="email"> <button>Sign up</button></div>')
    out += ['<div class="comments-notice">Comments are closed on this story.</div></main>',
            '<footer>Santa Fe New Mexican \u00b7 Santa Fe, New Mexico \u00b7 Terms of Use \u00b7 Privacy Policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_nogales(S):  # Nogales International (BLOX), "Latest news" listing, text scrape; classic BLOX "Posted: Wednesday, March 26, 2025 5:30 am | Updated: ..." lines; some Spanish chrome
    z = S["zone"]
    L = ["Nogales International", "Serving Santa Cruz County, Arizona", "", "Subscribe / Suscr\u00edbase  |  Log In  |  e-Edition", "",
         "News  Border  Sports  Opinion  Obituaries  En Espa\u00f1ol  Classifieds  Public Notices", "",
         "This website uses cookies to give you the best experience. Accept", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); u = dt(e["up"], z)
        st = f"Posted: {DAYS_EN[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year} {ampm(d, space=' ')}"; stamps.append(st)
        upd = f"Updated: {ampm(u, space=' ')}, {u:%a} {u:%b} {u.day}, {u.year}."
        L += [e["h"], f"By {e['a']}, {e['org']}", f"{st} | {upd}", ""] + ptxt(e["p"]) + ["Read more", "Share: Facebook  Twitter  Email", ""]
        if i == 3:
            L += ["Noticias en Espa\u00f1ol", "\u2022 Aprueban contrato para reparar caminos de Rio Rico", "\u2022 Menos espera en la garita Mariposa", ""]
    L += ["Load more", "", "Nogales International \u00b7 Nogales, Arizona \u00b7 Contact Us \u00b7 Terms of Use \u00b7 Privacy Policy"]
    return "\n".join(L) + "\n", stamps


def r_gvnews(S):  # Green Valley News (BLOX) Atom feed; <published> with -07:00; <summary> excerpt; <content type="html"> escaped full text; <author>
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">',
           f"<title>{esc(S['title'])}</title>", '<link rel="alternate" type="text/html" href="https://www.gvnews.com/news/nation_world/"/>',
           '<link rel="self" type="application/atom+xml" href="https://www.gvnews.com/search/?f=atom&amp;c=news/nation_world&amp;l=25&amp;s=start_time&amp;sd=desc"/>',
           "<id>https://www.gvnews.com/search/?f=atom&amp;c=news/nation_world</id>", f"<updated>{iso(dt(S['entries'][0]['t'], z))}</updated>",
           '<generator uri="https://www.townnews.com">TownNews.com BLOX CMS</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        summ = e["p"][0][:150].rsplit(" ", 1)[0] + " ..."
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link rel="alternate" href="https://www.gvnews.com/news/nation_world/article_{i + 3301}.html"/>',
                f"<id>tag:gvnews.com,2025:asset-{i + 3301}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>",
                f"<author><name>{esc(e['a'])}</name></author>", f"<summary>{esc(summ)}</summary>",
                '<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>", "</entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_payson(S):  # Payson Roundup, text scrape of a running timeline; OLDEST first; date line "Friday, Jan. 24" with NO year; "6:10 a.m." line before headline; one page byline
    z = S["zone"]
    L = ["Payson Roundup", "Rim Country's newspaper", "", "Home  News  Sports  Opinion  Obituaries  Rim Country Living  Classifieds  Public Notices", "",
         "Subscribe  Sign in", "", "Nation/World", "", S["title"], S["byline"], S["dayline"], "", S["lede"], "", "Share on Facebook  Share on X  Email", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, space=" ", dots=True); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Support local journalism. Subscribe to the Payson Roundup.", ""]
    L += ["This timeline will be updated as news comes in.", "", "Payson Roundup \u00b7 Payson, Arizona \u00b7 Privacy Policy \u00b7 Terms of Use"]
    return "\n".join(L) + "\n", stamps


# ============================================================ Part B renderers (invented outlets)

def r_halvergate(S):  # text live, newest first; headline, then stamp line "14:05 BST | Name" (name optional) AFTER the headline; Key Points block
    z = S["zone"]
    L = ["HALVERGATE DAILY", "News  |  World  |  Business  |  Sport  |  Opinion  |  Puzzles", "", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = [None] * len(S["entries"])
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        stamps[i] = f"{d:%H:%M} BST" + (f" | {e['a']}" if e["a"] else "")
        L += [e["h"], stamps[i], ""] + ptxt(e["p"]) + ["Share this update", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Show earlier updates", "", "Halvergate Daily \u00b7 Terms \u00b7 Privacy \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_skerrington(S):  # HTML live, newest first; byline + <time datetime>HH:MM</time> ABOVE the h2; LiveBlogPosting JSON-LD with per-update times
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#u{i + 1}", "headline": e["h"], "datePublished": iso(d)}
        if e["p"]:
            u["articleBody"] = "\n\n".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": iso(first),
          "dateModified": iso(last), "coverageStartTime": iso(first), "publisher": {"@type": "Organization", "name": S["source"]},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header><a class="brand" href="/">{S["source"]}</a> <nav><a>Ukraine</a> <a>Europe</a> <a>Economy</a> <a>Explainers</a> <a>Support us</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="dek">{esc(S["lede"])}</p>', f'<p class="tz">{esc(S["tznote"])}</p>']
    stamps = [None] * len(S["entries"])
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); stamps[i] = f"{d:%H:%M}"
        out.append(f'<article class="update" id="u{i + 1}"><div class="update-meta">' + (f'<span class="author">{esc(e["a"])}</span> ' if e["a"] else "")
                   + f'<time datetime="{iso(d)}">{stamps[i]}</time></div><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<div class="tools"><a>Copy link</a> <a>Share</a></div></article>')
        if i == 3:
            out.append('<aside class="promo"><h3>Read also</h3><a href="/x">How Ukraine\u2019s air defence copes with mass drone raids</a></aside>')
    out += ["<p class=\"more\">Newest updates appear at the bottom of this page</p></main>", f"<footer>{S['source']} \u00b7 Editorial policy \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss(S):  # RSS 2.0 world feed, newest first; pubDate in the outlet's zone ('GMT' or numeric offset); CDATA HTML paragraphs; no authors
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>', f"<title>{esc(S['title'])}</title>",
           f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>", "<language>en</language>"]
    stamps = [None] * len(S["entries"])
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else d.strftime("%z")); stamps[i] = st
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/news/{S['id']}{i + 11}</link>",
                f'<guid isPermaLink="false">{S["id"]}-{i + 11}</guid>', f"<pubDate>{st}</pubDate>", f"<category>{e.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel></rss>"]
    return "\n".join(out) + "\n", stamps


def r_atom(S):  # Atom 1.0, newest first; <published> with the outlet's offset (or Z); escaped HTML content; author per entry; teasers have no content
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           f'<link href="{S["url"]}"/>', f"<id>{S['url']}/atom</id>", f"<updated>{S['fmt'](dt(S['entries'][0]['t'], z))}</updated>"]
    stamps = [None] * len(S["entries"])
    for i, e in enumerate(S["entries"]):  # feeds list newest first (data is in page order)
        d = dt(e["t"], z); st = S["fmt"](d); stamps[i] = st
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["url"]}/{S["id"]}/{i + 401}"/>', f"<id>{S['url']}/{S['id']}/{i + 401}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        if e["p"]:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_cobbleham(S):  # text article with section headings; one entry per section; stamp null; dateline "Wednesday 13 August 2025, 19:40 CEST"
    L = [S["source"], "Europe  \u00b7  Ukraine  \u00b7  Analysis  \u00b7  Newsletter", "", S["title"], "", S["standfirst"], "",
         f"By {S['byline']}", S["dateline"], "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Related: " + S["more"], "", "Topics: Ukraine, Russia, Poland, Security", f"\u00a9 {S['source']} 2025"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_brindleford(S):  # HTML live, newest first; visible "10.40am" in <time datetime>; signature under body; Guardian-style JSON-LD whose updates carry the PAGE headline and time
    z = S["zone"]
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#block-{i + 1}", "headline": S["title"], "datePublished": iso(first), "dateModified": iso(last),
            "articleBody": (" ".join(e["p"]) if e["p"] else e["h"])[:300]} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": iso(first),
          "dateModified": iso(last), "coverageStartTime": iso(first), "coverageEndTime": iso(last),
          "author": [{"@type": "Person", "name": n} for n in S["authors"]], "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Brindleford Chronicle</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<div class="cookie-bar">We use cookies to run this site and to measure its use. <button>Accept all</button> <button>Reject non-essential</button></div>',
           '<header><a href="/">Brindleford Chronicle</a> <nav><a>Home</a> <a>UK</a> <a>World</a> <a>Ukraine</a> <a>Business</a> <a>Sport</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="standfirst">{esc(S["lede"])}</p>', f'<p class="dateline">{esc(S["dateline"])}</p>']
    stamps = [None] * len(S["entries"])
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); stamps[i] = ampm(d, sep=".")
        out.append(f'<div class="block" id="block-{i + 1}"><time datetime="{iso(d)}">{stamps[i]}</time><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">{esc(e["a"])}</p>')
        out.append("</div>")
        if i == 2:
            out.append('<aside class="related"><h3>Related</h3><a href="/r1">Kharkiv: a city that never stopped working</a></aside>')
    out += ['<div class="signup">Get the Chronicle morning briefing in your inbox</div></main>',
            "<footer>Brindleford Chronicle \u00b7 Contact \u00b7 Privacy \u00b7 Terms</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_glenmorvan(S):  # text live, OLDEST first; date line "Monday 21 April" without year; bare "08:40" line BEFORE the headline; "Posted by" line after body
    z = S["zone"]
    L = ["GLENMORVAN POST", "Live  |  World  |  Ukraine  |  Long reads", "", S["title"], S["dateline"], S["tznote"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Posted by {e['a']}", ""]
        if i == 2:
            L += ["Enjoying our coverage? Support the Glenmorvan Post from \u00a31 a month.", ""]
    L += ["We have closed this live page. Coverage continues tomorrow.", "Glenmorvan Post \u00b7 Contact \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_ambervale(S):  # HTML article with section headings (French chrome), "Publié le 21/04/2025 à 18h30"; NewsArticle JSON-LD; one entry per section; stamp null
    z = S["zone"]; d0 = dt(S["dateline_t"], z); up = dt(S["updated_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": iso(d0), "dateModified": iso(up),
          "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": "Ambervale Dispatch"}, "inLanguage": "en"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} \u2013 Ambervale Dispatch</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header><a href="/">Ambervale Dispatch</a> <nav><a>Monde</a> <a>Europe</a> <a>Ukraine</a> <a>\u00c9conomie</a> <a>English edition</a></nav> <a class="abo">S\u2019abonner</a></header>',
           f"<article><h1>{esc(S['title'])}</h1>", f'<p class="chapo">{esc(S["lede"])}</p>',
           f'<p class="signature">Par {esc(S["byline"])}</p>',
           f'<p class="dates">Publi\u00e9 le {d0:%d/%m/%Y} \u00e0 {d0:%H}h{d0:%M}, mis \u00e0 jour le {up:%d/%m/%Y} \u00e0 {up:%H}h{up:%M}</p>',
           '<div class="partage">Partager : <a>Facebook</a> <a>X</a> <a>Copier le lien</a></div>']
    for i, e in enumerate(S["entries"]):
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if i == 0:
            out.append('<p class="lire-aussi">Lire aussi : Ce que l\u2019on sait de la tr\u00eave de P\u00e2ques</p>')
    out += ['</article><footer>Ambervale Dispatch \u00b7 Mentions l\u00e9gales \u00b7 Confidentialit\u00e9</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def atom_z(d):
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def atom_off(d):
    return iso(d)


# ============================================================ PART A: one page per real outlet (layout imitated, own words)
SEEDS = []
PHX = "America/Phoenix"

SEEDS.append(dict(id="9300", name="9300_dcourier-listing", ext="txt", source="The Daily Courier", zone=PHX, render=r_dcourier,
  title="Nation & World",
  notes="Imitates The Daily Courier (Prescott, Arizona; Western News&Info platform) Nation & World listing, copied as plain text. Newest first. Each item: headline, then the stamp line 'Originally Published: January 2, 2025 10:55 a.m.' AFTER the headline, then a byline line 'By NAME | Associated Press', summary paragraphs, 'Read more \u00bb' and a comment count. No zone printed: Arizona time (MST, UTC-7, no daylight saving) is implied by the outlet. Times cross local midnight: the four oldest items are dated January 1 (local evening) but fall on 2 January UTC like the rest. Two gas-related items (transit end; Slovak threat) are separate events.",
  not_entries=["'Skip to main content', masthead 'The Daily Courier' / 'Prescott, Arizona' and the weather line", "account links line and the section menu line",
               "cookie notice", "breadcrumb 'Home \u00bb News \u00bb Nation & World' and the section title 'Nation & World'",
               "'By NAME | Associated Press' byline lines (author, not body)", "'Read more \u00bb' and 'Comments (N)' after every item", "'Advertisement'",
               "'Load more stories'", "'Most Popular' list of three local stories", "newsletter sign-up box", "copyright and footer links"],
  entries=[
  E("2025-01-02 10:55", "Slovak leader threatens to cut power to Ukraine as gas dispute deepens",
    ["Slovakia's prime minister said Thursday his government could stop supplying backup electricity to Ukraine unless Kyiv allows Russian gas to cross its territory again.",
     "Robert Fico called the end of the transit arrangement an act of sabotage against Slovakia, which will now pay higher fees to bring gas in by other routes.",
     "Ukrainian officials said they would not help Moscow earn money from gas while the war goes on."],
    "diplomacy", "diplomacy", 2, "fico-threat-power-exports-ukraine", a="Miroslav Kral", n="A threat, not an act: importance 2. Same theme as 9300-07 (gas transit) but a separate event."),
  E("2025-01-02 07:20", "Russia claims another village near Kurakhove as eastern fighting grinds on",
    ["Russia's Defense Ministry said Thursday its troops had taken a village west of Kurakhove, a town in Ukraine's Donetsk region that Moscow's forces have been trying to encircle for weeks.",
     "Ukraine's General Staff reported more than 40 Russian assaults along that part of the front over the previous day and did not confirm the loss."],
    "other", "frontline", 2, "kurakhove-fighting-2025-01-02", a="Daria Lytvyn"),
  E("2025-01-02 05:45", "Transnistria shuts most factories after Russian gas stops",
    ["Moldova's Russia-backed breakaway region of Transnistria idled nearly all of its industry on Thursday after deliveries of Russian gas were halted at the start of the year.",
     "Local authorities said homes had no central heating or hot water and urged residents to gather in one warm room.",
     "Moldova's government accused Moscow of using energy to destabilize the country before elections."],
    "other", "humanitarian", 2, "transnistria-gas-cutoff", a="Stefan Ciobanu", sec=["diplomacy"]),
  E("2025-01-01 22:30", "Ukraine says drones hit fuel depot in Russia's Oryol region",
    ["Ukraine's General Staff said its drones struck a fuel storage site in Russia's Oryol region late Wednesday, setting off a large fire.",
     "The regional governor said debris from a downed drone had damaged an industrial facility and that no one was hurt."],
    "strikes", "strikes", 2, "oryol-fuel-depot-drone-strike-2025-01-01", a="Daria Lytvyn"),
  E("2025-01-01 20:05", "Zelenskyy tells Ukrainians 2025 can bring a just end to the war",
    ["Ukrainian President Volodymyr Zelenskyy said in a New Year's address that the coming year could bring a fair end to the fighting, but that peace would not be handed to Ukraine as a gift.",
     "He said he expected the incoming Trump administration to help push Russia to stop, and that Ukraine would keep building its own weapons in the meantime."],
    "diplomacy", "diplomacy", 2, "zelenskyy-new-year-address-2025", a="Illia Marchuk"),
  E("2025-01-01 18:10", "Russian drones strike Kyiv on New Year's morning, killing 2",
    ["Russian drones slammed into residential buildings in two districts of Kyiv on the first morning of the year, killing two people and wounding at least six, city officials said.",
     "Ukraine's air force said it shot down 72 of the 111 drones launched overnight, while dozens more were lost to electronic jamming.",
     "A government building in the city center was also damaged."],
    "strikes", "strikes", 3, "kyiv-new-year-drone-attack-2025-01-01", a="Illia Marchuk"),
  E("2025-01-01 17:25", "Europe adjusts after Russian gas transit through Ukraine ends",
    ["Russian natural gas stopped flowing across Ukraine to European customers on Wednesday after a five-year transit contract expired and Kyiv declined to extend it.",
     "The shutdown closes a route that had carried Soviet and then Russian gas to Europe for decades, though volumes had already fallen sharply since the invasion.",
     "Most affected countries said they had arranged other supplies, and European gas prices rose only slightly."],
    "diplomacy", "diplomacy", 3, "russian-gas-transit-via-ukraine-ends", a="Stefan Ciobanu", n="End of a state transit contract over the war: diplomacy (sanctions/energy politics)."),
  ]))

SEEDS.append(dict(id="9301", name="9301_svherald-latest", ext="html", source="Sierra Vista Herald", zone="Europe/Kyiv", render=r_svherald,
  title="The Latest: Kremlin studies US truce plan as drones and bombs keep falling",
  url="https://www.svherald.com/news/nation_world/article_3f1c9a52-0000-11f0-a1b2-4c5d6e7f8091.html",
  pub="2025-03-13T23:05:00-07:00", mod="2025-03-14T13:20:00-07:00",
  lede="The Latest on Russia's war in Ukraine on Friday, March 14 (all times are Kyiv time):",
  tail="Follow AP's coverage of the war at the Ukraine hub.",
  notes="Imitates the Sierra Vista Herald (BLOX CMS) article page carrying an AP 'The Latest' file. NewsArticle JSON-LD in the head (page-level times only, Phoenix offset -07:00). The body has NO per-item headlines: each item is a bold time line ('10:20 a.m.'), then paragraphs, then a '___' separator. Items are newest first. The lede line says the times are Kyiv time and names Friday, March 14 (the year comes from the BLOX date line 'Mar 13, 2025 / Updated Mar 14, 2025', which is in Arizona time: the file was opened late on 13 March Arizona time). Kyiv is on EET (UTC+2) until 30 March. Page byline 'By The Associated Press' used as every item's author.",
  not_entries=["site top nav (logo, e-Edition, Subscribe, Log In) and the section menu", "weather line 'Sierra Vista, AZ (85635) Today: ...'",
               "page headline (page title), byline and the BLOX date line 'Mar 13, 2025 / Updated Mar 14, 2025'", "share bar (Facebook ... Copy article link, Save)",
               "lede line 'The Latest on Russia's war in Ukraine on Friday, March 14 (all times are Kyiv time):'", "'___' separators between items",
               "'Advertisement' label", "closing line 'Follow AP's coverage of the war at the Ukraine hub.'", "Tags list", "'Breaking News' newsletter box",
               "'More from this section' with two local links", "footer"],
  entries=[
  E("2025-03-14 22:10", None,
    ["A Russian guided bomb hit a residential street on the northern edge of Kharkiv late Friday, wounding five people, including a 12-year-old girl, regional governor Oleh Syniehubov said.",
     "The bomb left a crater several meters wide and blew out windows in nearby homes, he said."],
    "strikes", "strikes", 2, "kharkiv-guided-bomb-2025-03-14", a="The Associated Press"),
  E("2025-03-14 19:40", None,
    ["Ukrainian President Volodymyr Zelenskyy accused Vladimir Putin of dragging out his answer to a proposed 30-day ceasefire so that Russian troops could keep advancing.",
     "In his nightly video address, Zelenskyy urged Washington and European capitals to answer any delay with new sanctions."],
    "diplomacy", "diplomacy", 2, "zelenskyy-accuses-putin-stalling-2025-03-14", a="The Associated Press"),
  E("2025-03-14 17:05", None,
    ["A Ukrainian drone attack set fire to an oil refinery in the Russian Black Sea port of Tuapse, the Krasnodar regional administration said.",
     "Firefighters brought the blaze under control within a few hours and no injuries were reported, officials said. The refinery has been hit several times since the start of the war."],
    "strikes", "strikes", 2, "tuapse-refinery-drone-strike-2025-03-14", a="The Associated Press"),
  E("2025-03-14 15:30", None,
    ["Foreign ministers of the Group of Seven ended a meeting in Quebec by backing the U.S. proposal for a 30-day truce and calling on Russia to accept it without conditions.",
     "Their joint statement warned of further sanctions if Moscow refused and restated support for Ukraine's territorial integrity."],
    "diplomacy", "diplomacy", 3, "g7-foreign-ministers-quebec-2025-03-14", a="The Associated Press"),
  E("2025-03-14 12:45", None,
    ["Kremlin spokesman Dmitry Peskov said President Vladimir Putin had sent Washington further thoughts on the ceasefire plan through envoy Steve Witkoff, and that there were grounds for cautious optimism.",
     "Peskov did not say whether Putin and President Donald Trump would speak by phone, adding only that a call could be arranged quickly."],
    "diplomacy", "diplomacy", 3, "putin-response-us-ceasefire-plan", a="The Associated Press"),
  E("2025-03-14 10:20", None,
    ["Russia's Defense Ministry said its forces had retaken two more villages in the Kursk region, where Ukrainian troops have been pushed back toward the border in recent days.",
     "Ukraine's military said its units were moving to better positions and denied they had been encircled."],
    "other", "frontline", 2, "kursk-counteroffensive-2025-03-14", a="The Associated Press"),
  E("2025-03-14 07:55", None,
    ["Ukraine's air force said Russia launched 178 drones and two ballistic missiles overnight, and that 130 of the drones were shot down.",
     "Falling debris damaged a warehouse and several homes in the Odesa region, where three people were hurt, regional officials said."],
    "strikes", "strikes", 2, "overnight-drone-attack-2025-03-14", a="The Associated Press"),
  ]))

SEEDS.append(dict(id="9302", name="9302_pinalcentral-rss", ext="xml", source="Casa Grande Dispatch", zone=PHX, render=r_pinal,
  title="pinalcentral.com - Casa Grande Dispatch - Nation/World", build="Fri, 18 Apr 2025 16:02:37 -0700",
  notes="Imitates the Casa Grande Dispatch (pinalcentral.com, BLOX CMS) Nation/World RSS 2.0 feed. Newest first. pubDate carries -0700 (Arizona, MST all year). dc:creator holds the printed byline ('By NAME, Associated Press' or just 'Associated Press'); author is the name part, or 'Associated Press' when no name. The <description> is the story summary and is the whole body (one paragraph). One US item (measles) is off-beat.",
  not_entries=["channel title/link/description/lastBuildDate/generator/ttl", "<guid>, <link>, <enclosure> and <category> values"],
  entries=[
  dict(E("2025-04-18 15:40", "North Korea shipping more artillery shells to Russia, Kyiv's intelligence chief says",
    ["Ukraine's military intelligence chief said Friday that North Korea has sent Russia several million more artillery rounds this year and is now supplying long-range rocket systems as well. He said the shells make up roughly half of the ammunition Russian forces fire."],
    "aid", "aid", 2, "north-korea-shells-russia-2025-04-18", a="Yurii Kovalenko"), cr="By Yurii Kovalenko, Associated Press"),
  dict(E("2025-04-18 13:05", "Russia says Ukraine hit Kursk power site despite energy moratorium",
    ["Russia's Defense Ministry accused Ukraine on Friday of striking an electricity substation in the Kursk region with drones, calling it a breach of the month-old pause on attacks against energy facilities. Kyiv said Russia had violated the same pause dozens of times."],
    "strikes", "strikes", 2, "kursk-substation-strike-claim-2025-04-18", a="Associated Press", sec=["diplomacy"]), cr="Associated Press"),
  dict(OFF("2025-04-18 11:20", "Measles outbreak in West Texas passes 500 cases",
    ["Health officials in Texas reported more than 500 measles cases tied to an outbreak that began in January, most of them in children who had not been vaccinated."],
    "west-texas-measles-outbreak", a="Renee Halvorsen", n="US public health."), cr="By Renee Halvorsen, Associated Press"),
  dict(E("2025-04-18 09:50", "Ukraine and US sign memorandum on minerals deal",
    ["Ukraine and the United States signed a memorandum of intent late Thursday that clears the way for a deal giving Washington a share of profits from Ukraine's mineral resources, Ukraine's economy minister said. Officials hope to finish the agreement by the end of the month."],
    "diplomacy", "diplomacy", 3, "us-ukraine-minerals-memorandum", a="Yurii Kovalenko", sec=["aid"]), cr="By Yurii Kovalenko, Associated Press"),
  dict(E("2025-04-18 07:35", "Rubio says US could walk away from Ukraine peace push within days",
    ["Secretary of State Marco Rubio said Friday that the United States may soon drop its effort to broker a peace deal if there is no clear sign of progress, a day after talks with European and Ukrainian officials in Paris. He said President Donald Trump was ready to move on to other priorities."],
    "diplomacy", "diplomacy", 3, "rubio-paris-warning-2025-04-18", a="Clara Westbrook"), cr="By Clara Westbrook, Associated Press"),
  dict(E("2025-04-18 05:10", "Russian missile strike on Kharkiv wounds dozens",
    ["Russian ballistic missiles hit Kharkiv early Friday, killing one person and wounding more than 100, the mayor of Ukraine's second-largest city said. Several missiles struck near an industrial site and a residential area in the city's east."],
    "strikes", "strikes", 3, "kharkiv-missile-strike-2025-04-18", a="Yurii Kovalenko"), cr="By Yurii Kovalenko, Associated Press"),
  ]))

SEEDS.append(dict(id="9303", name="9303_havasunews-article", ext="txt", source="Today's News-Herald", zone=PHX, render=r_havasu,
  title="Putin orders 3-day Victory Day ceasefire; Ukraine says a month is needed",
  dateline_t="2025-04-28 15:20", updated_t="2025-04-28 15:31",
  caption="A woman walks past an apartment block damaged in a Russian drone attack in Pavlohrad, Ukraine, on Monday. (AP Photo/Serhii Vlasenko)",
  lede=["Russian President Vladimir Putin on Monday declared a three-day ceasefire in Ukraine to coincide with next month's Victory Day commemorations, a move Kyiv dismissed as theater while it presses for a much longer halt to the fighting.",
        "Here is a look at the day's main developments:"],
  related=["Trump and Zelenskyy meet briefly at the Vatican", "Lake Havasu City council approves summer events calendar"],
  notes="Imitates a Today's News-Herald (Lake Havasu City; Western News&Info platform) article page copied as text: one AP story with a lede and five section headings. Per the convention, each section heading is one entry (headline = heading), stamp null, published = the article's 'Originally Published: April 28, 2025 3:20 p.m.' (Arizona, MST = UTC-7, implied by the outlet; 22:20 UTC), author = the page byline 'By Associated Press'. Sections are in narrative (not time) order. Sybiha's reply (section 2) is a reaction whose content is the ceasefire itself, so it shares the ceasefire's story. North Korea's confirmation (aid) and the Kursk fighting are not in this article as one story; the strikes section is a separate event.",
  not_entries=["masthead, account links, section menu and cookie line", "breadcrumb 'Home \u00bb News \u00bb Nation'", "page headline (page title)",
               "byline 'By Associated Press', 'Originally Published ...' and 'Updated as of ...' lines", "photo caption with '(AP Photo/Serhii Vlasenko)'",
               "share line 'Facebook  Twitter  Email  Print'", "two-paragraph lede before the first heading ('Russian President Vladimir Putin on Monday declared ...', 'Here is a look at the day's main developments:')",
               "'Related Stories' with two links", "'Reader Comments' / 'Sign in to comment'", "copyright line"],
  entries=[
  E("2025-04-28 15:20", "A pause around May 9",
    ["The Kremlin said the ceasefire would run from the start of May 8 until the end of May 10 and was being declared on humanitarian grounds.",
     "It said Russian forces would respond if Ukraine broke the truce, and called on Kyiv to follow suit."],
    "diplomacy", "diplomacy", 3, "putin-victory-day-ceasefire", a="Associated Press"),
  E("2025-04-28 15:20", "Kyiv asks for 30 days",
    ["Ukraine's foreign minister, Andrii Sybiha, said that if Moscow truly wanted peace it should stop firing at once and agree to a ceasefire of at least 30 days rather than wait more than a week.",
     "He noted that Russia had broken a similar pause over Easter."],
    "diplomacy", "diplomacy", 3, "putin-victory-day-ceasefire", a="Associated Press", n="Reaction whose content is the ceasefire: same story as 9303-01."),
  E("2025-04-28 15:20", "North Korea confirms its troops fought in Kursk",
    ["North Korea acknowledged for the first time that it had sent soldiers to help Russia push Ukrainian forces out of the Kursk region, calling the deployment an act of friendship.",
     "Western and South Korean officials have estimated that several thousand North Korean troops were killed or wounded there."],
    "aid", "aid", 3, "north-korea-confirms-kursk-troops", a="Associated Press", sec=["other"], n="Military support to Russia by a third state -> aid (to Russia)."),
  E("2025-04-28 15:20", "Deadly strikes overnight",
    ["Russian drones and artillery killed at least four civilians and wounded more than a dozen in the Dnipropetrovsk, Kharkiv and Kherson regions over the previous 24 hours, regional officials said.",
     "In the city of Pavlohrad, a drone hit an apartment block and set fire to cars parked outside."],
    "strikes", "strikes", 3, "russian-strikes-2025-04-28", a="Associated Press"),
  E("2025-04-28 15:20", "Washington wants a deal soon",
    ["The White House said President Donald Trump was growing frustrated with both Moscow and Kyiv and wanted a lasting peace agreement, not a short truce.",
     "Secretary of State Marco Rubio said the coming week would be critical in deciding whether the U.S. stays involved in the talks."],
    "diplomacy", "diplomacy", 2, "white-house-impatience-peace-talks-2025-04-28", a="Associated Press"),
  ]))

SEEDS.append(dict(id="9304", name="9304_kdminer-briefs", ext="html", source="Kingman Daily Miner", zone=PHX, render=r_kdminer,
  title="Nation & World in brief", dateline_t="2025-06-07 14:45", byline="Miner wire services",
  notes="Imitates a Kingman Daily Miner (Western News&Info platform) 'Nation & World in brief' round-up page, HTML with NewsArticle JSON-LD. Six briefs, each an h3 headline and AP-style dateline paragraphs ('KHARKIV, Ukraine (AP) \u2014 ...'); the dateline is part of the printed first sentence and is kept in first_sentence. No per-brief time: published = the page's 'Originally Published: June 7, 2025 2:45 p.m.' (Arizona MST, UTC-7 -> 21:45 UTC); JSON-LD datePublished agrees. Page byline 'Miner wire services' used as every brief's author. Two briefs (Canadian smoke, Indian heat) are off-beat.",
  not_entries=["top bar, masthead and tagline, section menu, breadcrumbs", "page headline 'Nation & World in brief' (page title), byline and 'Originally Published' line",
               "share links", "'Advertisement'", "'Related Stories' with two local links", "'Reader Comments' / 'Sign in to comment'", "footer"],
  entries=[
  E("2025-06-07 14:45", "Russian bombs and drones pound Kharkiv, killing 3",
    ["KHARKIV, Ukraine (AP) \u2014 Russia hit Ukraine's second-largest city with glide bombs, missiles and drones overnight into Saturday, killing three people and wounding more than 20, the mayor said.",
     "The attack damaged apartment buildings, a kindergarten and an industrial plant, officials said."],
    "strikes", "strikes", 3, "kharkiv-strikes-2025-06-07", a="Miner wire services"),
  E("2025-06-07 14:45", "Moscow and Kyiv dispute delay in return of war dead",
    ["MOSCOW (AP) \u2014 Russia said Saturday that refrigerated trucks carrying the bodies of more than 1,200 Ukrainian soldiers were waiting at the border, but Ukraine said no date for the handover had been agreed.",
     "The exchange of bodies was one of the few concrete results of talks held in Istanbul earlier in the week."],
    "diplomacy", "diplomacy", 2, "war-dead-exchange-dispute-2025-06-07", a="Miner wire services"),
  E("2025-06-07 14:45", "Ukraine says it struck bomber base deep in Russia",
    ["KYIV, Ukraine (AP) \u2014 Ukraine's General Staff said its drones hit an air base in Russia's Saratov region used by long-range bombers, as well as a fuel depot nearby.",
     "Russia's Defense Ministry said it downed dozens of drones over several regions and did not mention any damage."],
    "strikes", "strikes", 2, "engels-air-base-strike-2025-06-07", a="Miner wire services"),
  OFF("2025-06-07 14:45", "Smoke from Canadian wildfires drifts over Midwest",
    ["CHICAGO (AP) \u2014 Haze from wildfires burning in Canada hung over parts of the Midwest on Saturday, prompting air quality alerts from Minnesota to Michigan."],
    "canada-wildfire-smoke-midwest", a="Miner wire services", n="North American wildfire smoke."),
  E("2025-06-07 14:45", "Baltic states tighten border defenses",
    ["VILNIUS, Lithuania (AP) \u2014 Lithuania, Latvia and Estonia said they would add anti-tank obstacles and watchtowers along their borders with Russia and Belarus, citing the threat posed by Moscow's war in Ukraine."],
    "other", "security", 2, "baltic-border-fortifications-2025-06-07", a="Miner wire services", n="Defence measures by non-parties -> other/security."),
  OFF("2025-06-07 14:45", "Heat wave grips northern India",
    ["NEW DELHI (AP) \u2014 Temperatures of 45 degrees Celsius (113 Fahrenheit) baked parts of northern India on Saturday as authorities told residents to stay indoors during the afternoon."],
    "north-india-heat-wave", a="Miner wire services", n="Weather in India."),
  ]))

SEEDS.append(dict(id="9305", name="9305_wmicentral-section", ext="html", source="White Mountain Independent", zone=PHX, render=r_wmi,
  title="Nation & World", ref="2025-06-23 15:05",
  notes="Imitates the White Mountain Independent (wmicentral.com, BLOX CMS) Nation & World section front, HTML. Newest first. Each card: headline link, 'By NAME Associated Press', then a RELATIVE stamp ('45 min ago', '3 hrs ago') inside <time datetime='...-07:00'>; the attribute carries the exact time, and the visible phrases resolve against the weather widget's 'Updated: June 23, 2025 @ 3:05 pm' (the capture moment). Arizona MST (UTC-7). The card summary is the whole body. One markets item is off-beat.",
  not_entries=["site top nav and the section menu", "weather widget 'Show Low, AZ (85901) Today: ... Updated: June 23, 2025 @ 3:05 pm'", "section title 'Nation & World' (page title)",
               "'By NAME Associated Press' card bylines (author, not body)", "'Comments' links", "'Ad' label", "'Next' pagination", "newsletter box", "footer"],
  entries=[
  E("2025-06-23 14:20", "EU sanctions package stalls again as Slovakia holds out",
    ["European Union foreign ministers failed on Monday to approve an 18th package of sanctions against Russia after Slovakia kept blocking it over a plan to phase out Russian gas imports."],
    "diplomacy", "diplomacy", 2, "eu-18th-sanctions-package-slovakia", a="Lorne Vasquez"),
  E("2025-06-23 12:05", "Zelenskyy visits London, signs drone production pact",
    ["Ukrainian President Volodymyr Zelenskyy met Prime Minister Keir Starmer in London on Monday, and the two governments agreed to build drones together for Ukraine's military."],
    "diplomacy", "diplomacy", 3, "zelenskyy-london-visit-2025-06-23", a="Lorne Vasquez", sec=["aid"]),
  E("2025-06-23 10:05", "Death toll from Russian attack on Kyiv rises to 9",
    ["Rescue crews pulled more bodies from a partly collapsed apartment building in Kyiv's Shevchenkivskyi district, raising the death toll from Monday's missile and drone attack to nine, city officials said."],
    "strikes", "strikes", 3, "kyiv-missile-attack-2025-06-23", a="Tetiana Bondar"),
  E("2025-06-23 08:05", "Russia says its troops took village in Dnipropetrovsk region",
    ["Russia's Defense Ministry said Monday that its forces had captured a village in Ukraine's Dnipropetrovsk region, a claim Kyiv did not immediately confirm."],
    "other", "frontline", 2, "dnipropetrovsk-village-claim-2025-06-23", a="Tetiana Bondar"),
  E("2025-06-23 06:05", "Ukrainian drones hit chemical plant in southern Russia",
    ["Ukraine's drones struck a chemical plant in Russia's Stavropol region that makes components for explosives, Ukrainian officials said, while the regional governor reported a fire at an industrial site."],
    "strikes", "strikes", 2, "stavropol-chemical-plant-drone-strike-2025-06-23", a="Tetiana Bondar"),
  OFF("2025-06-23 04:05", "Oil prices swing as markets weigh Middle East tensions",
    ["Oil prices jumped in early trading Monday and then gave up most of their gains as investors waited to see how Iran would respond to weekend U.S. strikes."],
    "oil-prices-middle-east-2025-06-23", a="Priya Raman", n="Markets and the Middle East, not the Russia-Ukraine war."),
  ]))

SEEDS.append(dict(id="9306", name="9306_santafenewmexican-live", ext="html", source="Santa Fe New Mexican", zone="America/Denver", render=r_sfnm,
  title="Live updates: Ukraine hits Russian fuel sites as Trump's envoy readies Moscow trip",
  url="https://www.santafenewmexican.com/news/nation_world/live-updates-ukraine/article_7e2d4c10-0000-11f0-b1c2-7d8e9f0a1b2c.html",
  lede="Follow the latest developments in Russia's war in Ukraine, with reporting from The Associated Press.",
  notes="Imitates a Santa Fe New Mexican (BLOX CMS) Nation & World page carrying AP live updates, HTML with LiveBlogPosting JSON-LD (per-update datePublished with -06:00, authors). Newest first. Day headers 'Sunday, Aug. 3' / 'Saturday, Aug. 2' print NO year (the JSON-LD carries it, so no parse_args). Each post: time line '11:30 a.m.' BEFORE the h3 headline, paragraphs, then '\u2014 NAME' signature. Times are Mountain time (MDT, UTC-6), implied by the outlet and confirmed by the JSON-LD offsets. The page crosses local midnight: four posts are dated Saturday Aug. 2 (evening) but all seven fall on 3 August UTC. The Balakliia minibus strike, the Kupiansk village claim and the overnight air raid are in or near the Kharkiv region but are three separate events.",
  not_entries=["site top nav and section menu", "kicker 'Nation & World', page headline (page title) and byline 'By The Associated Press'", "share bar",
               "lede 'Follow the latest developments ...'", "day headers 'Sunday, Aug. 3' and 'Saturday, Aug. 2' (structure)", "'\u2014 NAME' signatures (author, not body)",
               "newsletter box", "'Comments are closed on this story.'", "footer"],
  entries=[
  E("2025-08-03 11:30", "Air force reports 76 drones and 7 missiles overnight",
    ["Ukraine's air force said Russia launched 76 drones and seven missiles overnight, and that air defenses shot down most of them.",
     "Damage was reported in the Zaporizhzhia and Dnipropetrovsk regions, but there were no casualties."],
    "strikes", "strikes", 2, "overnight-air-attack-2025-08-03", a="Olha Dorosh"),
  E("2025-08-03 07:45", "Russia claims a village near Kupiansk",
    ["Russia's Defense Ministry said Sunday that its troops had taken a village north of Kupiansk in Ukraine's Kharkiv region.",
     "Ukraine's military said fighting in the area was continuing."],
    "other", "frontline", 2, "kupiansk-village-claim-2025-08-03", a="Garrett Lunde"),
  E("2025-08-03 01:20", "Drone attack sets fire to oil depot in Sochi",
    ["A Ukrainian drone attack caused a fire at an oil depot near the Russian Black Sea resort of Sochi early Sunday, the regional governor said, and flights at the city's airport were briefly halted.",
     "More than 120 firefighters worked to contain the blaze, officials said."],
    "strikes", "strikes", 2, "sochi-oil-depot-drone-strike-2025-08-03", a="Ivan Petrenko"),
  E("2025-08-02 23:55", "Kyiv buries victims of Thursday's missile strike",
    ["Families in Kyiv held funerals for some of the 31 people killed when a Russian missile brought down part of a nine-story apartment building on Thursday.",
     "The dead included five children, the city's military administration said."],
    "other", "humanitarian", 2, "kyiv-apartment-strike-2025-07-31", a="Olha Dorosh"),
  E("2025-08-02 22:30", "Trump says his envoy will go to Russia next week",
    ["President Donald Trump said special envoy Steve Witkoff would travel to Russia in the coming days, as a deadline he set for Moscow to agree to a ceasefire approached.",
     "Trump did not say whom Witkoff would meet, and the Kremlin did not immediately comment."],
    "diplomacy", "diplomacy", 3, "witkoff-moscow-trip-announced", a="Garrett Lunde"),
  E("2025-08-02 20:15", "Russian drone hits minibus in Kharkiv region, killing 2",
    ["A Russian drone struck a minibus carrying civilians near the town of Balakliia in Ukraine's Kharkiv region, killing two people and wounding five, regional officials said."],
    "strikes", "strikes", 3, "balakliia-minibus-drone-strike-2025-08-02", a="Olha Dorosh"),
  E("2025-08-02 18:40", "Zelenskyy says Ukraine is ready for a leaders' meeting",
    ["Ukrainian President Volodymyr Zelenskyy said Saturday that Kyiv was ready for a meeting at the level of leaders to end the war, arguing that lower-level talks had run their course.",
     "He spoke after a phone call with the Swiss president, whose government has offered to host such a meeting."],
    "diplomacy", "diplomacy", 2, "zelenskyy-ready-leaders-meeting-2025-08-02", a="Ivan Petrenko"),
  ]))

SEEDS.append(dict(id="9307", name="9307_nogalesinternational-latest", ext="txt", source="Nogales International", zone=PHX, render=r_nogales,
  title="Latest news",
  notes="Imitates the Nogales International (BLOX CMS) 'Latest news' listing copied as text, with some Spanish chrome ('Suscr\u00edbase', 'En Espa\u00f1ol', a 'Noticias en Espa\u00f1ol' box). Newest first; wire stories mixed with two local Santa Cruz County stories (off-beat). Each item: headline, byline line 'By NAME, Associated Press' / 'By NAME, Nogales International', then the classic BLOX stamp line 'Posted: Wednesday, March 26, 2025 3:35 pm | Updated: 3:50 pm, Wed Mar 26, 2025.' AFTER the headline. The gold stamp is the 'Posted: ...' part (published = posted time); no zone is printed: Arizona MST (UTC-7) implied by the outlet.",
  not_entries=["masthead, slogan, account line, section menu and cookie line", "section title 'Latest news' (page title)", "'By NAME, ...' byline lines (author, not body)",
               "the '| Updated: ...' half of each stamp line", "'Read more' and 'Share: Facebook  Twitter  Email' after each item",
               "'Noticias en Espa\u00f1ol' box with two Spanish headline links (teasers of local stories, not entries)", "'Load more'", "footer"],
  entries=[
  dict(E("2025-03-26 15:35", "Ukraine detains two accused of spying on air defense sites for Russia",
    ["Ukraine's security service said it had detained two people suspected of passing the locations of air defense systems in the Odesa region to Russian military intelligence.",
     "If convicted of treason, they face life in prison, the agency said."],
    "other", "security", 2, "sbu-spy-arrests-2025-03-26", a="Andriy Shevel"), org="Associated Press", up="2025-03-26 15:50"),
  dict(OFF("2025-03-26 13:55", "Supervisors approve road repair contract for Rio Rico",
    ["The Santa Cruz County Board of Supervisors on Wednesday approved a contract to repave several miles of roads in Rio Rico, with work expected to start in May.",
     "County staff said the project would be paid for with a mix of state highway money and the county's road fund."],
    "rio-rico-road-repairs", a="Marisol Quintero", n="Local county government."), org="Nogales International", up="2025-03-26 14:10"),
  dict(E("2025-03-26 12:25", "Macron to host Zelenskyy ahead of Paris summit on security guarantees",
    ["French President Emmanuel Macron will meet Ukrainian President Volodymyr Zelenskyy in Paris on Wednesday evening, a day before leaders of about 30 countries gather there to discuss security guarantees for Ukraine.",
     "The talks will also cover a possible European military presence in Ukraine after any ceasefire."],
    "diplomacy", "diplomacy", 3, "macron-zelenskyy-paris-meeting-2025-03-26", a="Sylvie Marchand"), org="Associated Press", up="2025-03-26 12:40"),
  dict(OFF("2025-03-26 10:40", "Border wait times ease as new inspection lanes open at Mariposa port",
    ["Commercial trucks crossing at the Mariposa Port of Entry moved faster this week after two more inspection lanes opened, local produce distributors said."],
    "mariposa-port-lanes", a="Marisol Quintero", n="Local border traffic."), org="Nogales International", up="2025-03-26 11:05"),
  dict(E("2025-03-26 08:50", "Russian drones wound 9 in Kryvyi Rih",
    ["Russian drones hit the central Ukrainian city of Kryvyi Rih overnight, wounding nine people and damaging a school and several homes, the head of the city's military administration said."],
    "strikes", "strikes", 2, "kryvyi-rih-drone-attack-2025-03-26", a="Andriy Shevel"), org="Associated Press", up="2025-03-26 09:15"),
  dict(E("2025-03-26 07:15", "Zelenskyy says Russia is already twisting the Riyadh understandings",
    ["Ukrainian President Volodymyr Zelenskyy said Moscow was trying to rewrite the understandings reached in Saudi Arabia even before they had taken effect.",
     "He said Russia had launched more than 100 drones overnight, which in his view showed the Kremlin had no intention of ending the war."],
    "diplomacy", "diplomacy", 2, "zelenskyy-riyadh-terms-criticism", a="Katya Orlova"), org="Associated Press", up="2025-03-26 07:30"),
  dict(E("2025-03-26 05:30", "Kremlin says Black Sea deal hinges on lifting farm bank sanctions",
    ["Russia said Wednesday that a U.S.-brokered pause on attacks in the Black Sea would only take effect once Western sanctions on its state agricultural bank are lifted.",
     "Ukrainian and European officials said there was no reason to reward Moscow before it stops attacking."],
    "diplomacy", "diplomacy", 3, "black-sea-deal-conditions", a="Katya Orlova"), org="Associated Press", up="2025-03-26 06:05"),
  ]))

SEEDS.append(dict(id="9308", name="9308_gvnews-atom", ext="xml", source="Green Valley News", zone=PHX, render=r_gvnews,
  title="Green Valley News - Nation & World",
  notes="Imitates the Green Valley News (gvnews.com, BLOX CMS) Nation & World Atom feed. Newest first. <published> carries -07:00 (Arizona MST). Each entry has an <author>, a truncated <summary> ending in ' ...' and the full text in <content type=\"html\"> (escaped <p> paragraphs); body counts the content paragraphs. One Grand Canyon wildfire item is off-beat.",
  not_entries=["feed title, links, id, updated and generator", "the truncated <summary> excerpts (repeat the first paragraph; not separate entries)"],
  entries=[
  E("2025-08-25 16:45", "Zelenskyy wants security guarantee framework within 10 days",
    ["Ukrainian President Volodymyr Zelenskyy said Monday he expected Ukraine's partners to agree on the outline of security guarantees within seven to 10 days, and that a meeting with Vladimir Putin should follow.",
     "He said the guarantees had to be in place before any ceasefire line was discussed."],
    "diplomacy", "diplomacy", 2, "security-guarantees-framework-2025-08-25", a="Clara Westbrook"),
  OFF("2025-08-25 14:20", "Crews gain ground on North Rim wildfire",
    ["Firefighters have contained most of a wildfire that burned through the Grand Canyon's North Rim this summer, park officials said Monday, though the area will stay closed for the season."],
    "north-rim-wildfire", a="Dale Whitcomb", n="Arizona wildfire."),
  E("2025-08-25 11:30", "Glide bomb kills 2 in Kostiantynivka",
    ["A Russian glide bomb struck a residential area of Kostiantynivka in eastern Ukraine, killing two people and injuring three, the Donetsk regional governor said."],
    "strikes", "strikes", 3, "kostiantynivka-glide-bomb-2025-08-25", a="Elena Marsh"),
  E("2025-08-25 09:05", "German finance minister visits Kyiv, promises steady support",
    ["Germany's vice chancellor and finance minister, Lars Klingbeil, arrived in Kyiv on Monday and said Berlin would keep providing about 9 billion euros a year in military aid.",
     "He said Europe had to be ready to help guarantee Ukraine's security after any ceasefire."],
    "aid", "aid", 3, "klingbeil-kyiv-visit-2025-08-25", a="Hanna Reiter", sec=["diplomacy"]),
  E("2025-08-25 06:40", "Vance says Russia has made significant concessions",
    ["Vice President JD Vance said Russia had for the first time shown flexibility on some of its key demands, though he acknowledged that a deal was not yet close.",
     "Kyiv said it had seen no evidence of any change in Moscow's position."],
    "diplomacy", "diplomacy", 2, "vance-russia-concessions-remarks", a="Clara Westbrook"),
  E("2025-08-25 04:15", "Freed Ukrainian soldiers describe captivity",
    ["Ukrainian soldiers released in a weekend prisoner exchange described beatings, hunger and long months without news from home as they recovered at a hospital in northern Ukraine.",
     "Ukraine and Russia each freed 146 prisoners of war on Sunday in a swap mediated by the United Arab Emirates."],
    "other", "humanitarian", 2, "freed-pows-testimony-2025-08-25", a="Hanna Reiter"),
  E("2025-08-25 01:30", "Russia says drone strike damaged transformer at Kursk nuclear plant",
    ["Russian officials said a Ukrainian drone was shot down near the Kursk nuclear power plant overnight and exploded, damaging an auxiliary transformer and cutting one reactor's output.",
     "The International Atomic Energy Agency said it was aware of the reports and that radiation levels were normal."],
    "strikes", "strikes", 2, "kursk-nuclear-plant-drone-strike", a="Elena Marsh"),
  ]))

SEEDS.append(dict(id="9309", name="9309_paysonroundup-timeline", ext="txt", source="Payson Roundup", zone=PHX, render=r_payson,
  title="War in Ukraine: How Friday unfolded", byline="By Roundup Staff and Wire Reports", dayline="Friday, Jan. 24",
  lede="Developments in Russia's war in Ukraine, listed in the order they were reported.",
  parse_args=["--date", "2025-01-24"],
  notes="Imitates a Payson Roundup Nation/World running timeline copied as text. OLDEST first. The page prints NO year anywhere: the only date is the line 'Friday, Jan. 24' (parse_args --date 2025-01-24; 24 January 2025 is a Friday). Each item: a bare time line '6:10 a.m.' BEFORE the headline, then paragraphs. No zone printed: Arizona MST (UTC-7) implied by the outlet, so all items fall on 24 January UTC (13:10-22:50). One page byline, used as every item's author.",
  not_entries=["masthead, tagline, section menu, 'Subscribe  Sign in'", "section label 'Nation/World'", "page headline (page title), byline line and date line 'Friday, Jan. 24'",
               "lede 'Developments in Russia's war in Ukraine, listed in the order they were reported.'", "share line", "'Support local journalism. Subscribe to the Payson Roundup.'",
               "'This timeline will be updated as news comes in.'", "footer"],
  entries=[
  E("2025-01-24 06:10", "Drones hit refinery in Russia's Ryazan region, Ukraine says",
    ["Ukraine's General Staff said drones struck an oil refinery in Ryazan, southeast of Moscow, overnight, setting off a fire at a processing unit.",
     "The region's governor said debris had fallen on an industrial zone and that one resident had been injured."],
    "strikes", "strikes", 2, "ryazan-refinery-drone-strike-2025-01-24", a="Roundup Staff and Wire Reports"),
  E("2025-01-24 07:45", "Putin says he is ready to meet Trump",
    ["Russian President Vladimir Putin told state television that he was prepared to meet President Donald Trump and that the two should discuss ending the war in Ukraine.",
     "He added that any settlement would have to take Russia's interests into account."],
    "diplomacy", "diplomacy", 3, "putin-ready-to-meet-trump-2025-01-24", a="Roundup Staff and Wire Reports", n="Head-of-state offer to meet: a diplomatic move, importance 3."),
  E("2025-01-24 09:30", "US aid freeze leaves Ukrainian programs in limbo",
    ["A State Department order pausing most foreign aid for 90 days has halted funding for a range of U.S.-backed projects in Ukraine, from energy repairs to veterans' care, Ukrainian officials said.",
     "Military assistance was not immediately affected, officials in Kyiv said, but they were seeking clarity from Washington."],
    "aid", "aid", 3, "us-foreign-aid-freeze-ukraine", a="Roundup Staff and Wire Reports"),
  E("2025-01-24 11:05", "Strike on Zaporizhzhia industrial site injures 4",
    ["A Russian missile hit an industrial facility in the southern city of Zaporizhzhia, injuring four workers, the regional governor said."],
    "strikes", "strikes", 2, "zaporizhzhia-industrial-strike-2025-01-24", a="Roundup Staff and Wire Reports"),
  E("2025-01-24 13:20", "Russia claims gains around Velyka Novosilka",
    ["Russian-installed officials in Donetsk said Moscow's troops had entered the outskirts of Velyka Novosilka, a town Ukrainian forces have held for nearly three years.",
     "Ukraine's military said its units were still defending the town."],
    "other", "frontline", 2, "velyka-novosilka-fighting", a="Roundup Staff and Wire Reports"),
  E("2025-01-24 15:50", "Zelenskyy says Europe must be part of any talks",
    ["Ukrainian President Volodymyr Zelenskyy said any negotiations to end the war had to include European countries, which he said would carry much of the burden of keeping a future peace."],
    "diplomacy", "diplomacy", 2, "zelenskyy-europe-in-talks-2025-01-24", a="Roundup Staff and Wire Reports"),
  ]))

# ============================================================ PART B, day 1: 2025-08-13 (UTC) — invented outlets
ZAP = "zaporizhzhia-missile-strike-2025-08-13"
BERLIN = "berlin-video-call-trump-europe-2025-08-13"
DOBRO = "dobropillia-breakthrough-2025-08"
NORDIC = "nordic-dutch-us-weapons-package-2025-08-13"
ZNPP = "znpp-backup-line-loss-2025-08-13"
LON = "Europe/London"; KYIV = "Europe/Kyiv"; BER = "Europe/Berlin"; WAW = "Europe/Warsaw"

SEEDS.append(dict(id="9320", name="9320_halvergate-textlive", ext="txt", source="Halvergate Daily", zone=LON, render=r_halvergate,
  title="Ukraine war live: Zelensky in Berlin as Europe lobbies Trump before Alaska summit", dateline="Wednesday 13 August 2025",
  lede="European leaders hold a video call with Donald Trump two days before he meets Vladimir Putin; Russian missiles kill civilians in Zaporizhzhia.",
  notes="Invented outlet. Text live page, newest first. Each post: headline, then a stamp line AFTER it ('19:15 BST | Imogen Tarrant', or just '16:50 BST' when unsigned), then paragraphs and 'Share this update'. The stamp is the whole line; author is the name part. A Key Points block at the top lists two headlines exactly (9320-01, 9320-06). Two posts on the Zaporizhzhia strike show the toll growing (two -> five). The analysis post (9320-05) is a theme piece on the summit, not the Berlin call.",
  not_entries=["masthead 'HALVERGATE DAILY' and the menu line", "page title and date line 'Wednesday 13 August 2025'", "standfirst 'European leaders hold a video call ...'",
               "'Key Points' header and its two bullet lines (they point at posts 9320-01 and 9320-06, not separate entries)", "'Latest'", "'Share this update' after every post",
               "'Advertisement'", "'Show earlier updates'", "footer"],
  entries=[
  E("2025-08-13 19:15", "Merz: Trump agrees ceasefire must come before any land talks",
    ["German Chancellor Friedrich Merz said after the video call that Donald Trump had accepted that a ceasefire should come first and that territorial questions could only be discussed with Ukraine present.",
     "Merz, standing next to Volodymyr Zelensky in Berlin, said Europe's leaders had set out their positions clearly and that the call had been constructive."],
    "diplomacy", "diplomacy", 3, BERLIN, a="Imogen Tarrant", kp=True),
  E("2025-08-13 16:50", "Zaporizhzhia death toll rises to five",
    ["The number of people killed in this morning's missile strike on Zaporizhzhia has risen to five, the regional governor says, after two more bodies were found under the rubble of a two-storey building.",
     "More than 30 people were injured, among them three children."],
    "strikes", "strikes", 3, ZAP),
  E("2025-08-13 14:05", "Zelensky arrives in Berlin for talks with Merz",
    ["Volodymyr Zelensky has landed in Berlin, where he will join Friedrich Merz for the video call with Donald Trump and other European leaders.",
     "Ukraine's president said before leaving Kyiv that he would use the call to warn against any deal that rewards Russia for its invasion."],
    "diplomacy", "diplomacy", 3, BERLIN, a="Imogen Tarrant"),
  E("2025-08-13 12:30", "UK sanctions 30 more shadow fleet tankers",
    ["The UK has added 30 oil tankers to its sanctions list, saying they belong to the shadow fleet Russia uses to ship crude around Western price caps.",
     "The Foreign Office said two shipping companies in the United Arab Emirates and a trader registered in Hong Kong were also targeted."],
    "diplomacy", "diplomacy", 2, "uk-shadow-fleet-sanctions-2025-08-13", a="Rashid Connolly", n="Same theme as 9323-03 (EU 19th package talks), different event: must not merge."),
  E("2025-08-13 10:10", "Analysis: What Moscow and Washington each want from Alaska",
    ["Friday's meeting in Anchorage is the first between a sitting US and Russian president since 2021, and both sides arrive with very different ideas of what success looks like.",
     "For the Kremlin, the summit itself is a prize: it ends years of isolation from Washington and lets Putin argue that the war can be settled over Ukraine's head.",
     "For Trump, the test is whether he can leave with a ceasefire, or at least a date for one, without appearing to have given away Ukrainian land."],
    "diplomacy", "diplomacy", 2, "analysis-alaska-summit-aims", a="Rashid Connolly", n="Theme piece (analysis of the coming summit): own story, not the Berlin call."),
  E("2025-08-13 08:45", "Russian forces push deeper near Dobropillia, Ukrainian army says",
    ["Ukraine's army says Russian assault groups have advanced several kilometres north-east of Dobropillia in the Donetsk region, and that reserves are being moved to the area.",
     "Military bloggers on both sides describe the breach as the most serious in months, though Kyiv insists its line has not collapsed."],
    "other", "frontline", 3, DOBRO, a="Imogen Tarrant", kp=True),
  E("2025-08-13 07:20", "Russian missiles hit Zaporizhzhia, killing two",
    ["Two people were killed when Russian missiles struck Zaporizhzhia shortly after 9am local time, the regional governor, Ivan Fedorov, said.",
     "The missiles hit a bus depot and a residential street near the city centre."],
    "strikes", "strikes", 3, ZAP),
  ]))

SEEDS.append(dict(id="9321", name="9321_skerrington-htmllive", ext="html", source="Skerrington Wire", zone=KYIV, render=r_skerrington,
  title="Live: Zaporizhzhia counts its dead as Europe lobbies Trump", url="https://skerrington.example/live/2025-08-13",
  lede="Russia's war against Ukraine, day by day: strikes, diplomacy and the front line.",
  tznote="Updates in chronological order, newest at the bottom. All times Kyiv (EEST).",
  notes="Invented outlet. HTML live page, OLDEST first. No date is printed in the visible text: the day comes only from the <time datetime> attributes and the JSON-LD. Each update: author span and <time datetime='...+03:00'>HH:MM</time> ABOVE the h2 headline, then paragraphs. LiveBlogPosting JSON-LD lists every update with its own datePublished and author (agrees with the visible times). 9321-05 repeats 9321-03 nearly verbatim (one verb changed): duplicate_of. The IAEA item on the nuclear plant and the Zaporizhzhia city strike share a place name but are different events. The overnight drone raid (9321-01) is a separate attack from the Zaporizhzhia missile strike.",
  not_entries=["header brand and menu", "page title, dek 'Russia's war against Ukraine, day by day ...' and the note 'Updates in chronological order ... All times Kyiv (EEST).'",
               "'Copy link' / 'Share' tools under every update", "'Read also' promo box with one link", "'Newest updates appear at the bottom of this page'", "footer"],
  entries=[
  E("2025-08-13 08:05", "Air force: Russia launched 58 drones overnight",
    ["Russia attacked Ukraine overnight with 58 Shahed-type drones and decoys, most of them aimed at the Sumy and Odesa regions, the air force said.",
     "Air defence units downed or jammed 49 of them. A warehouse caught fire in the Odesa region, but nobody was hurt."],
    "strikes", "strikes", 2, "overnight-drone-attack-2025-08-13", a="Olena Hrytsak", n="Separate attack from the Zaporizhzhia missile strike (same theme): must not merge."),
  E("2025-08-13 09:40", "Missile strike on Zaporizhzhia: two dead, several wounded",
    ["Russian missiles struck Zaporizhzhia this morning, killing two people and wounding at least eleven, regional governor Ivan Fedorov said on Telegram.",
     "A bus depot and several houses on a residential street were hit."],
    "strikes", "strikes", 3, ZAP, a="Taras Movchan"),
  E("2025-08-13 11:25", "IAEA: Zaporizhzhia nuclear plant lost backup power line",
    ["The Zaporizhzhia nuclear power plant was cut off from its only backup power line for several hours overnight, the International Atomic Energy Agency said.",
     "The Russian-occupied plant, whose six reactors are shut down, kept receiving power through its main line, the agency added. It did not say what caused the outage."],
    "other", "security", 2, ZNPP, a="Olena Hrytsak", n="Nuclear safety at the occupied plant -> other/security. Same place name as the city strike, different event."),
  E("2025-08-13 13:50", "Zaporizhzhia toll climbs to four, dozens wounded",
    ["The death toll from the morning missile strike on Zaporizhzhia has risen to four, with 27 people wounded, the city's military administration said.",
     "Rescuers are still working at the bus depot, where a fire broke out after the strike."],
    "strikes", "strikes", 3, ZAP, a="Taras Movchan"),
  E("2025-08-13 15:10", "IAEA: Zaporizhzhia nuclear plant lost backup power line",
    ["The Zaporizhzhia nuclear power plant was cut off from its only backup power line for several hours overnight, the International Atomic Energy Agency said.",
     "The Russian-occupied plant, whose six reactors are shut down, kept receiving power through its main line, the agency said. It did not say what caused the outage."],
    "other", "security", 1, ZNPP, a="Olena Hrytsak", dup="9321-03", n="Near-verbatim repeat of 9321-03 (re-published by mistake)."),
  E("2025-08-13 17:30", "Zelensky in Berlin: no deal on land can be struck without Ukraine",
    ["Speaking alongside Friedrich Merz after the call with Donald Trump, President Zelensky said Ukraine would not accept any territorial arrangement negotiated in its absence.",
     "He said the leaders had agreed that pressure on Russia should grow if Moscow refuses a ceasefire in Alaska."],
    "diplomacy", "diplomacy", 3, BERLIN, a="Olena Hrytsak"),
  E("2025-08-13 20:20", "Nordic countries and the Netherlands fund US weapons package for Kyiv",
    ["Sweden, Denmark, Norway and the Netherlands will pay for a package of US-made weapons worth about $500m for Ukraine, including air defence interceptors, the defence ministry in Kyiv said.",
     "The purchase is made under a new NATO mechanism through which European allies buy American equipment from a list drawn up by Ukraine."],
    "aid", "aid", 3, NORDIC, a="Taras Movchan"),
  ]))

SEEDS.append(dict(id="9322", name="9322_druimfada-worldrss", ext="xml", source="Druimfada World Service", zone="UTC", render=r_rss, rfc="GMT",
  title="Druimfada World Service - World", url="https://druimfada.example", lede="Top world stories from Druimfada World Service",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT; 4 of 6 items are not about the war (off-beat). Spells the city 'Zaporozhye'. Body = the CDATA <p> paragraphs of <description>; no authors.",
  not_entries=["channel title, link, description, language", "<guid>, <link> and <category> values"],
  entries=[
  OFF("2025-08-13 18:20", "Tokyo issues heat alert as temperatures top 38C",
      ["Japan's weather agency urged people in Tokyo to avoid going outdoors in the afternoon as temperatures passed 38C for a third day running."],
      "tokyo-heat-alert-2025-08-13", n="Weather in Japan."),
  E("2025-08-13 15:30", "European leaders press Trump on Ukraine in video call",
    ["The leaders of Germany, France, the UK, Italy, Poland and Finland, together with Ukraine's president, spoke to Donald Trump by video on Wednesday in an effort to shape his meeting with Vladimir Putin.",
     "They asked him to insist on a ceasefire before any discussion of borders, officials said."],
    "diplomacy", "diplomacy", 3, BERLIN),
  OFF("2025-08-13 13:05", "Monsoon landslides cut highways in northern India",
      ["Landslides set off by heavy monsoon rain blocked more than 300 roads in Himachal Pradesh, stranding tourists and cutting off villages, officials said."],
      "himachal-landslides-2025-08-13", n="Monsoon in India."),
  OFF("2025-08-13 11:40", "Kenya's central bank trims lending rate",
      ["Kenya's central bank lowered its benchmark interest rate by a quarter of a percentage point, saying inflation was expected to stay within its target range."],
      "kenya-rate-cut-2025-08", n="African monetary policy."),
  E("2025-08-13 09:15", "Zaporozhye strike kills at least four, Ukraine says",
    ["At least four people were killed and more than 20 injured when Russian missiles hit the southern Ukrainian city of Zaporozhye on Wednesday morning, local officials said."],
    "strikes", "strikes", 3, ZAP, n="Spelling variant Zaporozhye."),
  OFF("2025-08-13 06:30", "Wildfires force evacuations in western Spain",
      ["Thousands of people were moved from their homes in western Spain as wildfires fanned by a heatwave spread through dry forest and farmland."],
      "spain-wildfires-2025-08", n="Wildfires in Spain."),
  ]))

SEEDS.append(dict(id="9323", name="9323_kettleness-atom", ext="xml", source="Kettleness Times", zone=BER, render=r_atom, fmt=atom_off,
  title="Kettleness Times \u2013 Ukraine", url="https://kettleness.example/ukraine",
  notes="Invented outlet. Atom 1.0 feed, newest first, <published> with +02:00 (Berlin, CEST). Escaped HTML <p> paragraphs in <content type='html'>; <author> per entry. 9323-04 is a 'Watch:' video teaser with no content (body 0, importance 1). Spells the city 'Zaporizhia' in one title.",
  not_entries=["feed title, link, id, updated", "entry <id>/<link>/<updated> values"],
  entries=[
  E("2025-08-13 17:50", "Zaporizhia toll reaches five as search ends",
    ["Rescue teams in Zaporizhia ended their search of the damaged bus depot on Wednesday afternoon after recovering a fifth body, Ukraine's emergency service said.",
     "Among the injured was a bus driver who had been starting his morning shift."],
    "strikes", "strikes", 3, ZAP, a="Mette Skau", n="Spelling variant Zaporizhia."),
  E("2025-08-13 15:00", "Nordic states and Dutch pay for $500m US arms package",
    ["Four European NATO members will finance about $500m of American weapons for Ukraine, including Patriot interceptors, under an arrangement that lets allies buy US equipment on Kyiv's behalf.",
     "Berlin has said it will announce its own contribution in the coming weeks."],
    "aid", "aid", 3, NORDIC, a="Jonas Verhalst"),
  E("2025-08-13 12:20", "EU envoys start work on 19th sanctions package",
    ["Ambassadors of the 27 EU member states held a first discussion on a 19th package of sanctions against Russia, diplomats said, with proposals aimed at banks in third countries and more shadow fleet vessels.",
     "The European Commission hopes to present a formal draft in early September."],
    "diplomacy", "diplomacy", 2, "eu-19th-sanctions-package-talks", a="Jonas Verhalst", n="Same theme as 9320-04 (UK shadow fleet sanctions), different event."),
  E("2025-08-13 10:45", "Watch: Rescuers search wrecked homes in Zaporizhzhia", [],
    "strikes", "strikes", 1, ZAP, n="Video teaser, no body."),
  E("2025-08-13 08:30", "Ukraine rushes reserves to stem Russian advance near Dobropillia",
    ["Ukraine has sent additional brigades to the area around Dobropillia after Russian troops slipped through gaps in the defences, military analysts said.",
     "The town lies on a road that supplies Ukrainian positions around Kostiantynivka and Kramatorsk."],
    "other", "frontline", 3, DOBRO, a="Mette Skau"),
  ]))

SEEDS.append(dict(id="9324", name="9324_cobbleham-article", ext="txt", source="Cobbleham Observer", zone=WAW, render=r_cobbleham,
  title="Berlin call, Zaporizhzhia deaths and a strained front", standfirst="What happened on Wednesday in and around the war in Ukraine.",
  byline="Agata Wierzbicka", dateline="Wednesday 13 August 2025, 19:40 CEST",
  lede="Two days before Donald Trump meets Vladimir Putin in Alaska, Ukraine's allies tried to make sure that Kyiv's interests would not be bargained away.",
  more="Zaporizhzhia: a city that lives under the sirens",
  notes="Invented outlet. Text article (not a live page) with a standfirst, byline, dateline '19:40 CEST' (Warsaw) and three section headings; each section is one entry, stamp null, published = the dateline (17:40 UTC), author = the byline. Highest Zaporizhzhia toll of the day (seven).",
  not_entries=["outlet name and menu line", "title (page title) and standfirst 'What happened on Wednesday ...'", "byline and dateline", "lede paragraph 'Two days before Donald Trump meets ...'",
               "'Related: Zaporizhzhia: a city that lives under the sirens' link", "'Topics:' line and copyright"],
  entries=[
  E("2025-08-13 19:40", "Leaders line up before Alaska",
    ["Friedrich Merz hosted Volodymyr Zelensky in Berlin for a video conference with Donald Trump, joined by the leaders of France, Britain, Italy, Finland and Poland and by the heads of the EU and NATO.",
     "Poland's new president, Karol Nawrocki, took part from Warsaw. Participants said Trump had listened and promised to call them after his meeting with Putin."],
    "diplomacy", "diplomacy", 3, BERLIN, a="Agata Wierzbicka"),
  E("2025-08-13 19:40", "Zaporizhzhia toll reaches seven",
    ["Seven people are now known to have died after Russian missiles hit Zaporizhzhia in the morning, after two of the injured died in hospital, the regional administration said."],
    "strikes", "strikes", 3, ZAP, a="Agata Wierzbicka"),
  E("2025-08-13 19:40", "Warsaw steps up drills near the Belarus border",
    ["Poland's army began a week of exercises near the Belarusian border involving about 5,000 troops, a month before Russia and Belarus hold their own large Zapad manoeuvres."],
    "other", "security", 2, "poland-border-drills-2025-08-13", a="Agata Wierzbicka"),
  ]))

# ============================================================ PART B, day 2: 2025-08-14 (UTC) — the day after day 1, same outlets
DNIPRO = "dnipro-drone-strike-2025-08-14"
SWAP = "prisoner-exchange-84-2025-08-14"
ALASKA = "kremlin-alaska-summit-format-2025-08-14"

SEEDS.append(dict(id="9330", name="9330_halvergate-textlive", ext="txt", source="Halvergate Daily", zone=LON, render=r_halvergate,
  title="Ukraine war live: Kyiv and Moscow swap 84 prisoners each on eve of Alaska summit", dateline="Thursday 14 August 2025",
  lede="Prisoners come home a day before Trump and Putin meet; Zaporizhzhia mourns; drones hit Dnipro.",
  notes="Invented outlet, same layout as 9320 (newest first; stamp line after the headline; Key Points block listing 9330-02 and 9330-03). 9330-04 continues day 1's Zaporizhzhia story with a new development (day of mourning, toll nine) and keeps the day-1 slug. Dnipro toll grows one -> three within the page.",
  not_entries=["masthead and menu line", "page title and date line 'Thursday 14 August 2025'", "standfirst 'Prisoners come home ...'",
               "'Key Points' header and its two bullet lines", "'Latest'", "'Share this update' after every post", "'Advertisement'", "'Show earlier updates'", "footer"],
  entries=[
  E("2025-08-14 16:25", "Dnipro death toll climbs to three",
    ["A third person has died after Russian drones hit Dnipro overnight, the head of the regional military administration said, after a man was found in the rubble of a warehouse."],
    "strikes", "strikes", 3, DNIPRO),
  E("2025-08-14 12:15", "Ukraine and Russia exchange 84 prisoners each",
    ["Ukraine and Russia have each released 84 prisoners in an exchange brokered by the United Arab Emirates, Volodymyr Zelensky said.",
     "Among those returning to Ukraine were soldiers captured in Mariupol in 2022 and several civilians, he said."],
    "diplomacy", "diplomacy", 3, SWAP, a="Imogen Tarrant", kp=True),
  E("2025-08-14 10:20", "Kremlin: Alaska talks to open with Putin and Trump one-on-one",
    ["Friday's summit in Anchorage will begin with a one-on-one conversation between Vladimir Putin and Donald Trump, with only interpreters present, Kremlin aide Yuri Ushakov said.",
     "A working lunch with both delegations will follow, and the two leaders plan a joint press conference."],
    "diplomacy", "diplomacy", 3, ALASKA, a="Rashid Connolly", kp=True),
  E("2025-08-14 08:40", "Zaporizhzhia declares day of mourning as toll rises to nine",
    ["Zaporizhzhia is observing a day of mourning after the death toll from Wednesday's missile strike rose to nine overnight, the city's acting mayor said.",
     "Two women who had been pulled from the damaged houses died in hospital."],
    "strikes", "strikes", 3, ZAP, a="Imogen Tarrant", n="Continuation of the day-1 story with a new development (mourning, toll nine): keeps the day-1 slug."),
  E("2025-08-14 07:05", "Drones hit Dnipro overnight, one dead",
    ["One person was killed and seven were wounded when Russian drones struck Dnipro overnight, setting fire to a warehouse and damaging homes, officials said."],
    "strikes", "strikes", 3, DNIPRO),
  ]))

SEEDS.append(dict(id="9331", name="9331_skerrington-htmllive", ext="html", source="Skerrington Wire", zone=KYIV, render=r_skerrington,
  title="Live: 84 Ukrainians come home in new prisoner swap", url="https://skerrington.example/live/2025-08-14",
  lede="Russia's war against Ukraine, day by day: strikes, diplomacy and the front line.",
  tznote="Updates in chronological order, newest at the bottom. All times Kyiv (EEST).",
  notes="Invented outlet, same layout as 9321 (OLDEST first, author + <time> above the h2, per-update JSON-LD; no visible date, only the datetime attributes and JSON-LD carry it). 9331-01 is a re-post, in the morning round-up, of day-1 entry 9321-03 (same headline, nearly the same text): importance 1. 9331-05 is a 'Photos:' teaser without body. 9331-06 repeats 9331-04 nearly verbatim (duplicate_of). The return of 1,000 bodies (9331-07) is a different event from the prisoner swap. Nikopol (9331-02) lies in the Dnipropetrovsk region but its shelling is a separate event from the Dnipro city drone strike.",
  not_entries=["header brand and menu", "page title, dek and the note 'Updates in chronological order ... All times Kyiv (EEST).'", "'Copy link' / 'Share' tools under every update",
               "'Read also' promo box", "'Newest updates appear at the bottom of this page'", "footer"],
  entries=[
  E("2025-08-14 08:15", "IAEA: Zaporizhzhia nuclear plant lost backup power line",
    ["The Zaporizhzhia nuclear power plant was cut off from its only backup power line for several hours on Tuesday night, the International Atomic Energy Agency said.",
     "The Russian-occupied plant, whose six reactors are shut down, kept receiving power through its main line, the agency added. It did not say what caused the outage."],
    "other", "security", 1, ZNPP, a="Olena Hrytsak", n="Re-post of day-1 entry 9321-03 (nearly verbatim, in the morning round-up): importance 1."),
  E("2025-08-14 09:30", "Nikopol shelled again, two injured",
    ["Russian artillery and drones hit Nikopol, across the Dnipro river from the occupied nuclear plant, injuring two people and damaging a school, the regional governor said."],
    "strikes", "strikes", 2, "nikopol-shelling-2025-08-14", a="Olena Hrytsak", n="Same region as the Dnipro city strike, different event: must not merge."),
  E("2025-08-14 11:50", "Dnipro: rescuers find second body",
    ["Rescuers in Dnipro found a second body under the collapsed roof of a warehouse hit by Russian drones overnight, the state emergency service said."],
    "strikes", "strikes", 3, DNIPRO, a="Taras Movchan"),
  E("2025-08-14 14:20", "84 defenders home: Zelensky confirms prisoner swap",
    ["Eighty-four Ukrainians, most of them soldiers held since 2022, have returned home in an exchange with Russia, President Zelensky wrote on social media.",
     "The swap was the latest in a series mediated by the United Arab Emirates."],
    "diplomacy", "diplomacy", 3, SWAP, a="Olena Hrytsak"),
  E("2025-08-14 14:45", "Photos: Freed soldiers meet their families at the border", [],
    "diplomacy", "diplomacy", 1, SWAP, n="Photo teaser, no body."),
  E("2025-08-14 16:05", "84 defenders home: Zelensky confirms prisoner swap",
    ["Eighty-four Ukrainians, most of them soldiers held since 2022, have returned home in an exchange with Russia, President Zelensky wrote on social media.",
     "The swap is the latest in a series mediated by the United Arab Emirates."],
    "diplomacy", "diplomacy", 1, SWAP, a="Olena Hrytsak", dup="9331-04", n="Near-verbatim repeat of 9331-04."),
  E("2025-08-14 18:10", "Ukraine receives bodies of 1,000 fallen soldiers",
    ["Ukraine received the bodies of 1,000 people that Russia says are Ukrainian soldiers, the government's coordination headquarters for prisoners of war said.",
     "Forensic experts will now work to identify them."],
    "other", "humanitarian", 2, "war-dead-repatriation-2025-08-14", a="Taras Movchan", n="Same theme as the prisoner swap, different event: must not merge."),
  ]))

SEEDS.append(dict(id="9332", name="9332_druimfada-worldrss", ext="xml", source="Druimfada World Service", zone="UTC", render=r_rss, rfc="GMT",
  title="Druimfada World Service - World", url="https://druimfada.example", lede="Top world stories from Druimfada World Service",
  notes="Invented outlet, same feed as 9322 (general world RSS, GMT, newest first); 4 of 6 items off-beat.",
  not_entries=["channel title, link, description, language", "<guid>, <link> and <category> values"],
  entries=[
  OFF("2025-08-14 17:00", "UK economy grew 0.3% in second quarter",
      ["Britain's economy expanded by 0.3% between April and June, official figures showed, slower than in the first quarter but ahead of economists' forecasts."],
      "uk-gdp-q2-2025", n="UK economy."),
  E("2025-08-14 15:20", "Kremlin sets out format for Alaska summit",
    ["The Kremlin said Vladimir Putin and Donald Trump would start their meeting in Alaska on Friday with a private conversation before the two delegations join them.",
     "Officials said the talks would cover Ukraine as well as trade and arms control."],
    "diplomacy", "diplomacy", 3, ALASKA),
  OFF("2025-08-14 12:45", "Tropical storm halts Hong Kong ferries",
      ["Ferry services between Hong Kong and Macau were suspended as a tropical storm brought strong winds and heavy rain to southern China."],
      "hong-kong-storm-2025-08-14", n="Weather in China."),
  E("2025-08-14 10:30", "Moscow and Kyiv free 84 captives each in UAE-brokered deal",
    ["Russia and Ukraine exchanged 84 prisoners each on Thursday, both governments said, in the latest swap mediated by the United Arab Emirates."],
    "diplomacy", "diplomacy", 3, SWAP),
  OFF("2025-08-14 08:10", "Australia's jobless rate edges down",
      ["Australia's unemployment rate slipped to 4.2% in July as employers added more jobs than expected, government data showed."],
      "australia-jobs-2025-07", n="Australian economy."),
  OFF("2025-08-14 05:50", "Spain's wildfires spread to Galicia",
      ["Firefighters in north-western Spain fought several new blazes in Galicia, where a main railway line to Madrid was closed because of smoke."],
      "spain-wildfires-2025-08", n="Wildfires in Spain."),
  ]))

SEEDS.append(dict(id="9333", name="9333_kettleness-atom", ext="xml", source="Kettleness Times", zone=BER, render=r_atom, fmt=atom_off,
  title="Kettleness Times \u2013 Ukraine", url="https://kettleness.example/ukraine",
  notes="Invented outlet, same feed as 9323 (Atom, +02:00, newest first). Spells the city 'Dnepr'. 9333-04 is an explainer (theme piece) on how swaps are arranged: own story, not the day's swap.",
  not_entries=["feed title, link, id, updated", "entry <id>/<link>/<updated> values"],
  entries=[
  E("2025-08-14 18:40", "Germany to pay for two more IRIS-T systems",
    ["Germany will fund two additional IRIS-T air defence systems for Ukraine, to be delivered next year, the defence ministry in Berlin said."],
    "aid", "aid", 2, "germany-iris-t-funding-2025-08-14", a="Jonas Verhalst"),
  E("2025-08-14 15:55", "Prisoner exchange brings 84 Ukrainians home",
    ["Eighty-four Ukrainian prisoners of war crossed back into Ukraine from Belarus on Thursday in the latest exchange with Russia.",
     "Russia said it had received the same number of its servicemen."],
    "diplomacy", "diplomacy", 3, SWAP, a="Mette Skau"),
  E("2025-08-14 14:10", "Dnepr strike kills at least three, authorities say",
    ["At least three people died after Russian drones hit the city of Dnepr in central Ukraine overnight, local authorities said on Thursday."],
    "strikes", "strikes", 3, DNIPRO, a="Mette Skau", n="Spelling variant Dnepr."),
  E("2025-08-14 11:35", "Explainer: How prisoner swaps between Moscow and Kyiv are arranged",
    ["Since 2022, most exchanges of prisoners between Russia and Ukraine have been arranged through intermediaries, with the United Arab Emirates taking the leading role.",
     "Lists of names are drawn up months in advance, and each side checks them against its own records before a date is fixed.",
     "Swaps usually take place on the Belarusian-Ukrainian border, with equal numbers released at the same moment."],
    "diplomacy", "diplomacy", 2, "explainer-prisoner-swaps", a="Jonas Verhalst", n="Theme piece (explainer): own story, not the day's swap."),
  ]))

SEEDS.append(dict(id="9334", name="9334_cobbleham-article", ext="txt", source="Cobbleham Observer", zone=WAW, render=r_cobbleham,
  title="Mourning in Zaporizhzhia, drones over Dnipro, anger at the border", standfirst="What happened on Thursday in and around the war in Ukraine.",
  byline="Agata Wierzbicka", dateline="Thursday 14 August 2025, 18:55 CEST",
  lede="On the eve of the Alaska summit, Ukrainians buried their dead and counted new losses.",
  more="How Poland's grain dispute with Ukraine began",
  notes="Invented outlet, same layout as 9324 (three sections; stamp null; published = the dateline 18:55 CEST = 16:55 UTC). Section 1 continues day 1's Zaporizhzhia story (funerals, toll nine); section 2 has the day's highest Dnipro toll (four).",
  not_entries=["outlet name and menu line", "title and standfirst", "byline and dateline", "lede paragraph", "'Related: How Poland's grain dispute with Ukraine began'", "'Topics:' line and copyright"],
  entries=[
  E("2025-08-14 18:55", "Zaporizhzhia buries its dead",
    ["Funerals began in Zaporizhzhia for victims of Wednesday's missile strike, whose death toll has risen to nine.",
     "The city declared a day of mourning and cancelled public events."],
    "strikes", "strikes", 3, ZAP, a="Agata Wierzbicka", n="Continuation of the day-1 story (funerals, toll nine)."),
  E("2025-08-14 18:55", "Dnipro toll rises to four",
    ["A fourth person has died in hospital after the overnight drone attack on Dnipro, the regional governor said."],
    "strikes", "strikes", 3, DNIPRO, a="Agata Wierzbicka"),
  E("2025-08-14 18:55", "Polish farmers block border crossing again",
    ["Farmers in eastern Poland blocked the approach to the Dorohusk border crossing for several hours, protesting against imports of Ukrainian grain and sugar."],
    "other", "politics", 2, "polish-farmers-border-protest-2025-08-14", a="Agata Wierzbicka"),
  ]))

# ============================================================ PART B, day 3: 2025-04-21 (UTC) — a separate day, other invented outlets
KHAR = "kharkiv-drone-strike-2025-04-21"
TRUCE = "easter-truce-ends-2025-04-21"
INFRA = "civilian-infrastructure-strike-moratorium-offer"

SEEDS.append(dict(id="9340", name="9340_brindleford-htmllive", ext="html", source="Brindleford Chronicle", zone=LON, render=r_brindleford,
  title="Russia-Ukraine war: strikes resume on Kharkiv as Easter truce ends", url="https://brindleford.example/world/live/2025/apr/21/russia-ukraine-war",
  lede="Moscow and Kyiv accuse each other of thousands of violations; the Kremlin says it will study Kyiv's offer to spare civilian sites.",
  dateline="Monday 21 April 2025", authors=["Fergus Hale", "Nadia Prentice"],
  notes="Invented outlet. HTML live page, newest first. Visible stamps '4.50pm' in <time datetime='...+01:00'> above each h2; signature line under the body. Trap: the LiveBlogPosting JSON-LD lists every block, but each block carries the PAGE's headline and the page's first datePublished (as some real producers do), so per-entry times and headlines must come from the HTML. 9340-03 is a 'Pictured:' teaser without body. 9340-01 is an explainer (theme piece). The truce's end and the civilian-infrastructure offer are separate stories.",
  not_entries=["cookie bar", "header and menu", "page title, standfirst and date line 'Monday 21 April 2025'", "signature lines under posts (author, not body)",
               "'Related' aside with one link", "'Get the Chronicle morning briefing in your inbox'", "footer"],
  entries=[
  E("2025-04-21 16:50", "Explainer: What the Easter truce did and did not change",
    ["The 30-hour pause announced by Vladimir Putin on Saturday was the first general ceasefire of the war, however brief, and both sides said they would observe it.",
     "In practice, air raid alerts fell silent across much of Ukraine, but fighting on the ground did not stop, and each side published long lists of the other's violations.",
     "What it did not produce was any agreement on extending the pause or on how one might be monitored."],
    "diplomacy", "diplomacy", 2, "explainer-easter-truce", a="Fergus Hale", n="Theme piece (explainer): own story."),
  E("2025-04-21 14:35", "Kharkiv toll rises to two",
    ["A second person has died after this morning's drone attack on Kharkiv, the city's mayor, Ihor Terekhov, said. Eleven people remain in hospital."],
    "strikes", "strikes", 3, KHAR, a="Fergus Hale"),
  E("2025-04-21 12:20", "Kremlin says Putin will consider halt on strikes against civilian sites",
    ["The Kremlin says Vladimir Putin is prepared to look at Volodymyr Zelensky's proposal to stop strikes on civilian infrastructure, but that it would need careful study.",
     "Spokesman Dmitry Peskov told reporters the idea could be discussed in bilateral contacts."],
    "diplomacy", "diplomacy", 3, INFRA, a="Nadia Prentice"),
  E("2025-04-21 10:40", "Pictured: Firefighters at a damaged apartment block in Kharkiv", [],
    "strikes", "strikes", 1, KHAR, n="Photo teaser, no body."),
  E("2025-04-21 08:55", "Russian drones hit Kharkiv hours after truce ends",
    ["Russian drones struck a residential district of Kharkiv this morning, killing one person and injuring at least 10, regional governor Oleh Syniehubov said.",
     "It was the first major attack on the city since the Easter truce expired at midnight Moscow time."],
    "strikes", "strikes", 3, KHAR, a="Nadia Prentice"),
  E("2025-04-21 07:10", "Easter truce expires as both sides trade claims of violations",
    ["The Easter ceasefire declared by Russia has ended, with Moscow and Kyiv each accusing the other of breaking it thousands of times.",
     "Ukraine had offered to extend the pause by 30 days if Russia did the same; the Kremlin said no order to extend it had been given."],
    "diplomacy", "diplomacy", 3, TRUCE, a="Fergus Hale"),
  ]))

SEEDS.append(dict(id="9341", name="9341_glenmorvan-textlive", ext="txt", source="Glenmorvan Post", zone=KYIV, render=r_glenmorvan,
  title="Live: Easter truce over, strikes resume", dateline="Monday 21 April", tznote="All times Kyiv (EEST)",
  parse_args=["--date", "2025-04-21"],
  notes="Invented outlet. Text live page, OLDEST first. The page prints NO year (date line 'Monday 21 April': parse_args --date 2025-04-21). Each post: a bare time line '08:40' BEFORE the headline, paragraphs, then 'Posted by NAME'. 9341-05 repeats 9341-04 nearly verbatim (duplicate_of). Kupiansk fighting (ground, Kharkiv region) and the Kharkiv city drone strike are different events; the overnight drone raid (9341-01) is a separate attack too. Kharkiv toll grows one -> three.",
  not_entries=["masthead and menu line", "title, date line 'Monday 21 April' and 'All times Kyiv (EEST)'", "'Posted by NAME' lines (author, not body)",
               "membership appeal 'Enjoying our coverage? ...'", "closing line 'We have closed this live page. Coverage continues tomorrow.'", "footer"],
  entries=[
  E("2025-04-21 08:40", "Air force: 96 drones launched after midnight",
    ["Russia sent 96 attack drones into Ukraine in the hours after the truce ran out, the air force said, mostly against the Odesa, Dnipropetrovsk and Sumy regions.",
     "Forty-two were shot down and 47 disappeared from radar, most likely jammed."],
    "strikes", "strikes", 2, "overnight-drone-attack-2025-04-21", a="Kateryna Vovk", n="Separate from the Kharkiv morning strike: must not merge."),
  E("2025-04-21 10:15", "Zelensky: Russia broke its own truce almost 3,000 times",
    ["President Zelensky said Russian forces had violated the Easter ceasefire 2,935 times, including with artillery and drones, while air raid sirens were largely quiet.",
     "He said Kyiv's offer to extend a pause on long-range strikes for 30 days remained on the table."],
    "diplomacy", "diplomacy", 3, TRUCE, a="Kateryna Vovk", sec=["strikes"]),
  E("2025-04-21 11:30", "Kharkiv strike: one dead, 11 injured",
    ["One person was killed and 11 injured when Russian drones hit a residential area of Kharkiv, regional officials said."],
    "strikes", "strikes", 3, KHAR, a="Andrew Laird"),
  E("2025-04-21 13:05", "Fighting intensifies around Kupiansk",
    ["Russian troops have stepped up assaults near Kupiansk in the Kharkiv region since the truce ended, the Ukrainian general staff said, reporting 14 attacks in the sector since morning."],
    "other", "frontline", 2, "kupiansk-fighting-2025-04-21", a="Andrew Laird", n="Ground fighting in the Kharkiv region; not the Kharkiv city strike."),
  E("2025-04-21 14:50", "Fighting intensifies around Kupiansk",
    ["Russian troops have stepped up assaults near Kupiansk in the Kharkiv region since the truce ended, the Ukrainian general staff said, reporting 14 attacks in that sector since morning."],
    "other", "frontline", 1, "kupiansk-fighting-2025-04-21", a="Andrew Laird", dup="9341-04", n="Near-verbatim repeat of 9341-04."),
  E("2025-04-21 17:20", "Zelensky repeats offer of 30-day pause on strikes against civilians",
    ["Volodymyr Zelensky said Ukraine was ready to stop all strikes on civilian targets for at least 30 days if Russia made the same commitment.",
     "He said he was waiting for a clear answer from Moscow rather than promises to study the idea."],
    "diplomacy", "diplomacy", 3, INFRA, a="Kateryna Vovk"),
  E("2025-04-21 19:45", "Kharkiv: death toll now three",
    ["A third person has died from injuries sustained in the morning drone attack on Kharkiv, according to the regional military administration."],
    "strikes", "strikes", 3, KHAR, a="Andrew Laird"),
  ]))

SEEDS.append(dict(id="9342", name="9342_whitlowridge-worldrss", ext="xml", source="Whitlow Ridge Courier", zone="America/New_York", render=r_rss, rfc="-0400",
  title="Whitlow Ridge Courier: World", url="https://whitlowridge.example", lede="World news from the Whitlow Ridge Courier",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate with -0400 (US Eastern, EDT); 4 of 6 items off-beat. Spells the city 'Kharkov'.",
  not_entries=["channel title, link, description, language", "<guid>, <link> and <category> values"],
  entries=[
  OFF("2025-04-21 15:45", "Storms knock out power across parts of the Midwest",
      ["Thunderstorms with strong winds cut electricity to more than 100,000 homes and businesses in Missouri and Illinois on Monday, utilities said."],
      "midwest-storms-2025-04-21", n="US weather."),
  E("2025-04-21 13:10", "Kremlin open to talks on sparing civilian sites",
    ["The Kremlin said Monday that Russia was willing to discuss a Ukrainian proposal to halt attacks on civilian infrastructure, but gave no timeline."],
    "diplomacy", "diplomacy", 3, INFRA),
  OFF("2025-04-21 11:30", "Runners brave the cold at Boston Marathon",
      ["Some 30,000 runners set off from Hopkinton on Monday in cool, breezy conditions for the 129th Boston Marathon."],
      "boston-marathon-2025", n="Sport."),
  E("2025-04-21 09:05", "Kharkov hit by drones as Easter pause ends",
    ["Russian drones struck Kharkov, Ukraine's second-largest city, on Monday morning, killing two people, local officials said, hours after a short Easter ceasefire expired."],
    "strikes", "strikes", 3, KHAR, n="Spelling variant Kharkov."),
  OFF("2025-04-21 07:40", "Oil slides as trade war fears weigh on markets",
      ["Oil prices fell more than 2% in early trading as worries that US tariffs would slow the world economy outweighed supply concerns."],
      "oil-prices-tariffs-2025-04-21", n="Markets."),
  OFF("2025-04-21 05:15", "Pope Francis dies at 88",
      ["Pope Francis, the first Latin American to lead the Roman Catholic Church, died on Monday at the age of 88, the Vatican said."],
      "pope-francis-death", n="Religion; not about the war."),
  ]))

SEEDS.append(dict(id="9343", name="9343_ambervale-article", ext="html", source="Ambervale Dispatch", zone="Europe/Paris", render=r_ambervale,
  title="Easter truce over, Kyiv and Moscow argue about what comes next", byline="Claire Duvernay",
  dateline_t="2025-04-21 18:30", updated_t="2025-04-21 19:05",
  lede="After a brief pause for Orthodox Easter, attacks resumed on Monday while the two sides traded proposals and accusations.",
  notes="Invented outlet. HTML article (English text, French chrome: 'Par', 'Publi\u00e9 le 21/04/2025 \u00e0 18h30, mis \u00e0 jour le ... \u00e0 19h05', 'Partager', 'Lire aussi') with NewsArticle JSON-LD. Three h2 sections; each is one entry, stamp null, published = 'Publi\u00e9 le ... 18h30' (Paris CEST = 16:30 UTC), author = the byline name.",
  not_entries=["header, menu and 'S\u2019abonner'", "title (page title) and chapo (lede)", "'Par Claire Duvernay' and the 'Publi\u00e9 le ..., mis \u00e0 jour le ...' line", "share line 'Partager : ...'",
               "'Lire aussi : Ce que l\u2019on sait de la tr\u00eave de P\u00e2ques' (related link)", "footer"],
  entries=[
  E("2025-04-21 18:30", "A truce in name only",
    ["Both armies said the other had ignored the 30-hour pause, and Ukrainian officials counted almost 3,000 violations along the front.",
     "Russia's defence ministry published its own figure of nearly 4,900 Ukrainian breaches."],
    "diplomacy", "diplomacy", 3, TRUCE, a="Claire Duvernay"),
  E("2025-04-21 18:30", "Strikes resume in Kharkiv",
    ["By late morning Russian drones had hit a residential district of Kharkiv, killing two people, according to the city's mayor."],
    "strikes", "strikes", 3, KHAR, a="Claire Duvernay"),
  E("2025-04-21 18:30", "Paris readies for Wednesday's London meeting",
    ["French diplomats said they were preparing for talks in London on Wednesday with American, British, German and Ukrainian officials on a framework for a ceasefire."],
    "diplomacy", "diplomacy", 2, "london-ukraine-talks-prep-2025-04-21", a="Claire Duvernay"),
  ]))

SEEDS.append(dict(id="9344", name="9344_inverkeld-atom", ext="xml", source="Inverkeld World", zone="UTC", render=r_atom, fmt=atom_z,
  title="Inverkeld World: Ukraine", url="https://inverkeld.example/ukraine",
  notes="Invented outlet. Atom 1.0 feed, newest first, <published> in UTC ('Z'); escaped HTML content; authors.",
  not_entries=["feed title, link, id, updated", "entry <id>/<link>/<updated> values"],
  entries=[
  E("2025-04-21 18:30", "Netherlands pledges extra \u20ac500m for drones and radars",
    ["The Netherlands will spend a further 500 million euros on drones and radar systems for Ukraine this year, the Dutch defence minister said."],
    "aid", "aid", 2, "netherlands-drone-radar-pledge-2025-04-21", a="Maarten Hoek"),
  E("2025-04-21 15:05", "Putin says Moscow will study Kyiv's offer on civilian targets",
    ["Vladimir Putin said Russia would analyse Ukraine's proposal to stop hitting civilian infrastructure, and suggested the question could be discussed directly with Kyiv."],
    "diplomacy", "diplomacy", 3, INFRA, a="Ruth Calder"),
  E("2025-04-21 12:40", "Romania tests new air raid warning system",
    ["Romania sounded sirens in villages of the Danube delta as it tested a new warning system, after repeated falls of drone debris from Russian attacks on Ukrainian ports across the river."],
    "other", "security", 2, "romania-air-raid-warning-test", a="Ruth Calder"),
  E("2025-04-21 09:50", "Kharkiv drone strike kills one",
    ["One person was killed when Russian drones hit an apartment block in Kharkiv on Monday morning, the city's mayor said."],
    "strikes", "strikes", 3, KHAR, a="Maarten Hoek"),
  E("2025-04-21 06:20", "Moscow accuses Kyiv of 4,900 truce breaches",
    ["Russia's defence ministry said Ukrainian forces had broken the Easter truce more than 4,900 times, a claim Kyiv rejected as propaganda."],
    "diplomacy", "diplomacy", 3, TRUCE, a="Ruth Calder"),
  ]))

# ============================================================ emit
BASIS = {
  "r_dcourier": "stamp line '{s}' after the headline (full date, 12 h clock); Arizona time implied by the outlet, MST = UTC-7 all year",
  "r_svherald": "bold time '{s}' in an AP 'The Latest' file whose lede says times are Kyiv time and names Friday, March 14 (year from the BLOX date line); Kyiv EET = UTC+2",
  "r_pinal": "pubDate '{s}' (explicit -0700)",
  "r_havasu": "no per-section time; the article's 'Originally Published: April 28, 2025 3:20 p.m.' used for every section; Arizona MST = UTC-7 (implied)",
  "r_kdminer": "no per-brief time; the page's 'Originally Published: June 7, 2025 2:45 p.m.' used for every brief; Arizona MST = UTC-7; JSON-LD datePublished agrees",
  "r_wmi": "relative stamp '{s}' in <time datetime> (exact time in the attribute, -07:00); resolves against the printed 'Updated: June 23, 2025 @ 3:05 pm'",
  "r_sfnm": "time '{s}' under the day header for {d} (no year printed; year from the JSON-LD, whose update time agrees); Mountain MDT = UTC-6",
  "r_nogales": "'{s}' (full date, 12 h clock) after the headline; Arizona time implied by the outlet, MST = UTC-7",
  "r_gvnews": "<published> '{s}' (explicit -07:00)",
  "r_payson": "time line '{s}' under the date line 'Friday, Jan. 24' (no year: parse_args --date 2025-01-24); Arizona time implied by the outlet, MST = UTC-7",
  "r_halvergate": "stamp line '{s}' after the headline, on the page's date {d}; BST = UTC+1",
  "r_skerrington": "visible '{s}' in <time datetime> (+03:00) on {d}; JSON-LD update time agrees; Kyiv EEST = UTC+3",
  "r_rss": "pubDate '{s}' (explicit zone)",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_cobbleham": "no per-section time; the article dateline ({d}, {z}) used for every section",
  "r_brindleford": "visible '{s}' in <time datetime> (+01:00) on {d}; the JSON-LD updates all carry the page's own time and headline and are ignored; BST = UTC+1",
  "r_glenmorvan": "bare time '{s}' under the date line 'Monday 21 April' (no year; parse_args --date 2025-04-21); Kyiv EEST = UTC+3 as the page states",
  "r_ambervale": "no per-section time; the article's 'Publi\u00e9 le 21/04/2025 \u00e0 18h30' ({z}) used for every section; JSON-LD datePublished agrees",
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
            d = dt(e["t"], S["zone"]); u = d.astimezone(UTC)
            fs = first_sentence(e["p"][0]) if e["p"] else None
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), z=S["zone"]),
                         "author": e["a"], "first_sentence": fs, "body_paragraphs": len(e["p"]),
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
        print(fn, len(ents))
    print("total", total)


if __name__ == "__main__":
    main()

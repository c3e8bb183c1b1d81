#!/usr/bin/env python3
"""Builds eval/cy seeds and gold files from one hand-written data table (below).
All news text is invented or paraphrased by the blind tester in his own words; Part B outlets are invented.
Deterministic. Run from the project root: python3 eval/cy/tools/build.py"""
import hashlib, html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]  # AP style
SHORT_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBR = ("U.S.", "U.N.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Gen.", "Gov.", "Sen.", "Rep.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.",
        "Nov.", "Dec.", "No.", "Lt.", "Col.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018(]|$)', par):
        pre = par[:m.end()]
        if m.end() < len(par) and pre.endswith(ABBR):
            continue
        return pre
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def h12(d):
    return d.hour % 12 or 12


def ap_time(d):  # AP style: 6:05 p.m.
    return f"{h12(d)}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"


def uid(*parts):
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70]


def rfc(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + d.strftime("%z")


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


# ============================================================ Part A renderers (layouts of real outlets; wording is mine)

def r_postregister(S):  # BLOX (TownNews) RSS search feed: "RSS Results in news/world", pubDate -0600, dc:creator "By NAME Associated Press"
    z = S["zone"]; base = "https://www.postregister.com"
    q = "/search/?f=rss&t=article&c=news/world&l=50&s=start_time&sd=desc"
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
           "<channel>", f"<title>{esc(S['title'])}</title>", f"<link>{esc(base + q)}</link>",
           f'<atom:link href="{attr(base + q)}" rel="self" type="application/rss+xml" />',
           f"<description>{esc(S['title'])}</description>", "<generator>TownNews.com Content Management System</generator>",
           "<docs>http://www.rssboard.org/rss-specification</docs>", "<ttl>30</ttl>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc(d); stamps.append(st); u = uid("pr", e["h"]); u = f"{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}"
        link = f"{base}/news/world/{slug(e['h'])}/article_{u}.html"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", "<description>" + esc(" ".join(e["p"])) + "</description>",
                f"<pubDate>{st}</pubDate>", f'<guid isPermaLink="false">{link}</guid>', f"<link>{link}</link>",
                f"<dc:creator>By {esc(e['a'])} Associated Press</dc:creator>" if e["a"] else "",
                f'<enclosure url="https://bloximages.chicago2.vip.townnews.com/postregister.com/content/tncms/assets/v3/editorial/{u[0]}/{u[1:3]}/{u}/{uid("img", u)[:13]}.image.jpg?resize=1200%2C800" length="{180000 + i * 7311}" type="image/jpeg" />',
                "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(l for l in out if l) + "\n", stamps


def r_cdapress(S):  # Hagadone Media site, Nation/World list, text scrape: headline, "by NAME Associated Press | September 22, 2025 2:30 PM", summary
    z = S["zone"]
    L = ["Skip to main content", "Coeur d'Alene Press", "Subscribe  Login", "Menu", "Search", "",
         "News  Local News  Nation/World  Sports  Opinion  Lifestyles  Obituaries  Classifieds  e-Edition  Contact Us", "",
         "This site uses cookies to provide a better experience. By continuing to browse, you agree to our use of cookies. OK", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} {h12(d)}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"; stamps.append(st)
        L += [e["h"], f"by {e['a']} Associated Press | {st}", ""] + ptxt(e["p"])
        if i == 2:
            L += ["Advertisement", "", "Get the Coeur d'Alene Press Headlines newsletter in your inbox each morning. Sign up", ""]
    L += ["Load More", "", "Recent Headlines", "City council sets date for budget hearing", "Lady Vikings roll past Lake City in league opener", "",
          "Coeur d'Alene Press · Terms of Use · Privacy Policy · Advertise · Contact Us", "Copyright © 2025 Coeur d'Alene Press"]
    return "\n".join(L) + "\n", stamps


def r_deseret(S):  # Deseret News article (Next.js), NewsArticle JSON-LD, "Published: Jan 21, 2025, 3:45 p.m. MST", h2 sections
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["dek"],
          "datePublished": d0.isoformat(), "dateModified": d0.isoformat(),
          "author": [{"@type": "Person", "name": S["byline"], "url": "https://www.deseret.com/authors/" + slug(S["byline"])}],
          "publisher": {"@type": "NewsMediaOrganization", "name": "Deseret News", "logo": {"@type": "ImageObject", "url": "https://www.deseret.com/logo.png"}},
          "mainEntityOfPage": S["url"], "articleSection": "U.S. & World"}
    stamp = f"Published: {SHORT_MON[d0.month - 1]} {d0.day}, {d0.year}, {ap_time(d0)} {'MST' if d0.utcoffset().total_seconds() == -7 * 3600 else 'MDT'}"
    S["dateline"] = stamp
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{esc(S['title'])} - Deseret News</title>", f'<meta name="description" content="{attr(S["dek"])}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<a class="skip" href="#main">Skip to main content</a>',
           '<header class="site-header"><a href="/" class="logo">Deseret News</a><nav><a href="/utah">Utah</a> <a href="/politics">Politics</a> '
           '<a href="/u-s-world">U.S. &amp; World</a> <a href="/faith">Faith</a> <a href="/family">Family</a> <a href="/sports">Sports</a> '
           '<a href="/opinion">Opinion</a> <a href="/podcasts">Podcasts</a></nav><a class="btn" href="/subscribe">Subscribe</a> <a href="/signin">Sign In</a></header>',
           '<main id="main"><article>', '<a class="kicker" href="/u-s-world">U.S. &amp; World</a>', f"<h1>{esc(S['title'])}</h1>",
           f'<p class="dek">{esc(S["dek"])}</p>',
           f'<div class="byline">By <a href="/authors/{slug(S["byline"])}">{esc(S["byline"])}</a></div>',
           f'<div class="timestamp"><span>{esc(stamp)}</span></div>',
           '<div class="share"><button>Share on Facebook</button> <button>Share on X</button> <button>Copy link</button> <button>Email</button></div>',
           f'<figure><img src="https://www.deseret.com/resizer/v2/{uid("dn", S["title"])[:20]}.jpg" alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>']
    out += [f"<p>{esc(p)}</p>" for p in S["lede"]]
    stamps = []
    for i, e in enumerate(S["entries"]):
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        stamps.append(None)
        if i == 1:
            out.append('<p class="related"><strong>Related</strong> <a href="/u-s-world/2025/1/2/gas-transit">What the end of Russian gas transit through Ukraine means for Europe</a></p>')
        if i == 3:
            out.append('<aside class="newsletter"><p>Get the Deseret News morning headlines in your inbox.</p><input type="email" placeholder="Email address"> <button>Sign up</button></aside>')
    out += ["</article>", '<section class="more"><h3>More from Deseret News</h3><ul><li><a href="/m1">Legislature opens with debate over housing costs</a></li>'
            '<li><a href="/m2">Jazz fall late in Memphis</a></li></ul></section></main>',
            '<footer><p>© 2025 Deseret News Publishing Company. All rights reserved.</p><a href="/privacy">Privacy Notice</a> <a href="/terms">Terms of Use</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_stdexaminer(S):  # BLOX article with an AP "The Latest" (all times local), text scrape; "6:05 p.m." lines, items without headlines, "___" separators
    z = S["zone"]
    L = ["Skip to main content", "Skip to main navigation", "Standard-Examiner", "Subscribe", "Log In", "",
         "News  Local  Sports  Outdoors  Business  Opinion  Obituaries  Classifieds  e-Edition", "", "Ogden, UT (84401)", "Today", "Cloudy with snow showers. High 34F.", "",
         "World", S["title"], "", "By The Associated Press", S["pagedate"], "",
         "Facebook", "Twitter", "WhatsApp", "SMS", "Email", "Print", "Copy article link", "Save", "", S["intro"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ap_time(d); stamps.append(st)
        if i:
            L += ["___", ""]
        L += [st, ""] + ptxt(e["p"])
    L += ["Copyright 2025 The Associated Press. All rights reserved.", "", "Tags", "Ukraine  Russia  Germany  Volodymyr Zelenskyy", "",
          "Related to this story", "Most Popular", "Ogden school board weighs boundary changes", "", "Sign up for our Daily Headlines newsletter", "Sign up!",
          "", "© Copyright 2025 Standard-Examiner, 332 Standard Way Ogden, UT | Terms of Use | Privacy Policy"]
    return "\n".join(L) + "\n", stamps


def r_heraldextra(S):  # old-style BLOX header "Posted: Friday, March 21, 2025 5:00 am | Updated: ...", world digest with headline lines and "— AGENCY" credits
    z = S["zone"]; d0 = dt(S["dateline_t"], z); up = dt(S["updated_t"], z)
    S["dateline"] = f"Posted: {DAYS[d0.weekday()]}, {MONTHS[d0.month - 1]} {d0.day}, {d0.year} {h12(d0)}:{d0.minute:02d} {'am' if d0.hour < 12 else 'pm'}"
    L = ["Daily Herald", "heraldextra.com", "", "Home  News  Sports  Business  Entertainment  Opinion  Obituaries  Nation & World  e-Edition", "",
         "Log In  |  Subscribe", "", "Nation & World", "", S["title"], "",
         S["dateline"] + f" | Updated: {h12(up)}:{up.minute:02d} {'am' if up.hour < 12 else 'pm'}, {DAYS[up.weekday()][:3]} {SHORT_MON[up.month - 1]} {up.day}, {up.year}.", "",
         "Share on Facebook  Share on Twitter  Share via Email  Print", "", S["intro"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"]) + [f"— {e['a']}", ""]
        stamps.append(None)
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Discussion", "Comments are closed on this story.", "", "More Nation & World", "Utah County commissioners approve road bond",
          "", "© Copyright 2025, Daily Herald, Provo, UT. Powered by BLOX Content Management System from TownNews.com. [Terms of Use | Privacy Policy]"]
    return "\n".join(L) + "\n", stamps


def r_laramie(S):  # BLOX section front (HTML cards), visible relative time "3 hrs ago" inside <time datetime="...-06:00">
    z = S["zone"]; now = dt(S["now_t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | laramieboomerang.com</title>",
           '<meta name="viewport" content="width=device-width, initial-scale=1.0">', "</head>",
           f'<body class="section-front"><!-- tncms page generated {now.isoformat()} -->',
           '<div id="site-top-nav"><a href="/">Laramie Boomerang</a> <span class="date">' + esc(S["clock"]) + '</span> <span class="weather">71°</span> '
           '<a href="/users/login/">Log In</a> <a href="/subscribe/">Subscribe</a></div>',
           '<nav id="main-nav"><a href="/news/">News</a> <a href="/news/local_news/">Local News</a> <a href="/news/nation_world/">Nation &amp; World</a> '
           '<a href="/sports/">Sports</a> <a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> <a href="/eedition/">e-Edition</a></nav>',
           f'<main><h1 class="block-title"><span>{esc(S["title"])}</span></h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((now - d).total_seconds() // 60)
        st = f"{mins} min ago" if mins < 60 else f"{mins // 60} {'hr' if mins // 60 == 1 else 'hrs'} ago"; stamps.append(st)
        u = uid("lb", e["h"])[:32]
        out += [f'<article class="tnt-asset-type-article card summary" id="article_{u}">',
                f'<div class="card-headline"><h3 class="tnt-headline"><a href="/news/nation_world/{slug(e["h"])}/article_{u}.html">{esc(e["h"])}</a></h3></div>',
                '<div class="card-lead">' + "".join(f'<p class="tnt-summary">{esc(p)}</p>' for p in e["p"]) + "</div>",
                '<ul class="list-inline card-meta">' + (f'<li class="card-byline">By {esc(e["a"])} Associated Press</li>' if e["a"] else "")
                + f'<li class="card-date"><time datetime="{d.isoformat()}" class="tnt-date asset-date text-muted">{st}</time></li>'
                + f'<li class="card-comments"><span class="fa fa-comment"></span> {i % 3}</li></ul>', "</article>"]
        if i == 3:
            out.append('<div class="tnt-ads">Advertisement</div><div class="newsletter"><h4>Daily Headlines</h4><p>Sign up to get the top stories every morning.</p></div>')
    out += ['<div class="pagination"><a href="?o=20">Next</a></div></main>',
            '<footer><p>Laramie Boomerang, 320 E. Grand Ave., Laramie, WY</p><p>© 2025 Laramie Boomerang. Powered by BLOX Content Management System from TownNews.com.</p>'
            '<a href="/site/terms.html">Terms of Use</a> | <a href="/site/privacy.html">Privacy Policy</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rgj(S):  # Gannett (USA TODAY Network) live blog on rgj.com: page "Published 9:05 p.m. ET Aug. 16, 2025", posts "Aug. 17, 3:55 p.m. ET", LiveBlogPosting JSON-LD
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{uid('rgj', e['h'])[:10]}", "headline": e["h"], "datePublished": d.isoformat()}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    times = sorted(dt(e["t"], z) for e in S["entries"])
    p0, p1 = times[0], times[-1]
    ld = {"@context": "http://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "datePublished": p0.isoformat(), "dateModified": p1.isoformat(), "coverageStartTime": p0.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": "Reno Gazette Journal"}, "liveBlogUpdate": ups}

    def gstamp(d, page=False):
        return (f"{ap_time(d)} ET {AP_MON[d.month - 1]} {d.day}, {d.year}" if page else f"{AP_MON[d.month - 1]} {d.day}, {ap_time(d)} ET")
    S["pageline"] = f"Published {gstamp(p0, True)} | Updated {gstamp(p1, True)}"
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header class="gnt_n"><a class="gnt_n_logo" href="/">Reno Gazette Journal</a><nav><a href="/news/">News</a> <a href="/sports/">Sports</a> '
           '<a href="/entertainment/">Entertainment</a> <a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> <a href="/enewspaper/">eNewspaper</a> '
           '<a href="/legals/">Legals</a></nav><a class="gnt_n_sub" href="/subscribe/">Subscribe</a> <a href="/signin/">Sign In</a></header>',
           '<main><article class="gnt_pr">', f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           f'<div class="gnt_ar_by">{esc(S["byline"])}</div>', f'<div class="gnt_ar_dt">{esc(S["pageline"])}</div>',
           '<div class="gnt_ss"><a>Share on Facebook</a> <a>Share on X</a> <a>Email</a></div>',
           '<div class="gnt_lb_summary"><h2>What we know</h2><ul>' + "".join(f"<li>{esc(b)}</li>" for b in S["summary"]) + "</ul></div>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = gstamp(d); stamps.append(st)
        out.append(f'<div class="gnt_lb_post" id="post-{uid("rgj", e["h"])[:10]}"><h2 class="gnt_lb_hl">{esc(e["h"])}</h2>'
                   f'<div class="gnt_lb_dt"><time datetime="{d.isoformat()}">{st}</time></div>'
                   + (f'<div class="gnt_lb_by">{esc(e["a"])}</div>' if e["a"] else ""))
        if not e["p"]:
            out.append('<div class="gnt_em_vp"><span>Video player</span></div>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 3:
            out.append('<aside class="gnt_xmst">Get the Morning Briefing newsletter in your inbox. <a>Sign up</a></aside>')
    out += [f'<p class="gnt_ar_b_contrib">{esc(S["contrib"])}</p>', "</article></main>",
            '<footer><p>Part of the USA TODAY Network</p><p>© 2025 www.rgj.com. All rights reserved.</p><a>Terms of Service</a> <a>Privacy Policy</a> <a>Your Privacy Choices</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_nevadaappeal(S):  # WordPress category feed (RSS 2.0): pubDate +0000, dc:creator CDATA, excerpt "[&#8230;]", content:encoded + "The post ... appeared first on"
    z = S["zone"]; base = "https://www.nevadaappeal.com"
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"',
           '\txmlns:content="http://purl.org/rss/1.0/modules/content/"', '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"',
           '\txmlns:dc="http://purl.org/dc/elements/1.1/"', '\txmlns:atom="http://www.w3.org/2005/Atom"',
           '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"', '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '\t>', "", "<channel>",
           f"\t<title>{S['title_xml']}</title>", f'\t<atom:link href="{base}/news/nation-world/feed/" rel="self" type="application/rss+xml" />',
           f"\t<link>{base}</link>", "\t<description>Carson City and Northern Nevada news</description>",
           f"\t<lastBuildDate>{S['build']}</lastBuildDate>", "\t<language>en-US</language>", "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>",
           "\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>", "\t<generator>https://wordpress.org/?v=6.8.2</generator>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC); st = u.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        link = f"{base}/news/{slug(e['h'])}/"
        excerpt = e["p"][0][:150].rsplit(" ", 1)[0] + " [&#8230;]"
        out += ["\t<item>", f"\t\t<title>{esc(e['h'])}</title>", f"\t\t<link>{link}</link>",
                f"\t\t<dc:creator><![CDATA[{e['a']}]]></dc:creator>", f"\t\t<pubDate>{st}</pubDate>",
                f"\t\t<category><![CDATA[{e.get('cat', 'Nation & World')}]]></category>",
                f'\t\t<guid isPermaLink="false">{base}/?p={2400117 + i * 37}</guid>',
                f"\t\t<description><![CDATA[{excerpt}]]></description>",
                "\t\t<content:encoded><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"])
                + f'<p>The post <a href="{link}">{esc(e["h"])}</a> appeared first on <a href="{base}">Nevada Appeal</a>.</p>]]></content:encoded>',
                "\t</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_sheridan(S):  # text scrape, wire round-up without a year: "Sunday, Oct. 12" date line, "6:10 a.m. — Headline" lines, oldest first
    z = S["zone"]
    L = ["The Sheridan Press", "Sheridan, Wyoming", "", "Subscribe  |  Log in  |  e-Edition", "",
         "Home  News  Sports  Opinion  Community  Obituaries  Legals  Classifieds", "", "NATION & WORLD", "", S["title"], "", S["byline"], S["dayline"], "",
         S["intro"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ap_time(d); stamps.append(st)
        L += [f"{st} — {e['h']}", ""] + ptxt(e["p"])
        if i == 2:
            L += ["SUPPORT LOCAL JOURNALISM: Subscribe to The Sheridan Press today.", ""]
    L += ["Share this:", "Facebook  X  Email  Print", "", "Related", "Big Horns hunting outlook: elk numbers steady", "",
          "The Sheridan Press · 144 Grinnell Ave. · Contact · Privacy"]
    return "\n".join(L) + "\n", stamps


def r_jhng(S):  # BLOX article (HTML) as a timeline: Key Points box, day subheads "Thursday, Sept. 4", h3 headline then "<strong>8:05 a.m.</strong>"
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
          "dateModified": d0.isoformat(), "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "Jackson Hole News&Guide"}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Jackson Hole News&amp;Guide</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<div class="top-bar"><a href="/">Jackson Hole News&amp;Guide</a> <span>Jackson, WY</span> <span>64°</span> <a href="/users/login/">Sign In</a> <a href="/subscribe/">Subscribe</a></div>',
           '<nav><a href="/news/">News</a> <a href="/news/town_county/">Town &amp; County</a> <a href="/news/environmental/">Environmental</a> '
           '<a href="/news/nation_world/">Nation &amp; World</a> <a href="/opinion/">Opinion</a> <a href="/arts_entertainment/">Arts &amp; Entertainment</a> '
           '<a href="/sports/">Sports</a> <a href="/calendar/">Calendar</a> <a href="/classifieds/">Classifieds</a></nav>',
           '<main><div class="asset-kicker">Nation &amp; World</div>', f'<h1 class="headline">{esc(S["title"])}</h1>',
           f'<ul class="asset-meta"><li class="byline">By {esc(S["byline"])} Associated Press</li>'
           f'<li><time datetime="{d0.isoformat()}" class="asset-date">{SHORT_MON[d0.month - 1]} {d0.day}, {d0.year}</time></li></ul>',
           '<div class="share-container"><a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a> <a>SMS</a> <a>Email</a> <a>Print</a> <a>Copy article link</a> <a>Save</a></div>',
           '<div class="asset-content">', f"<p>{esc(S['intro'])}</p>",
           '<div class="key-points"><h3>Key Points</h3><ul>' + "".join(f"<li>{esc(e['h'])}</li>" for e in S["entries"] if e["kp"]) + "</ul></div>"]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); day = f"{DAYS[d.weekday()]}, {AP_MON[d.month - 1]} {d.day}"
        if day != cur:
            cur = day; out.append(f"<h2>{day}</h2>")
        st = ap_time(d); stamps.append(st)
        out.append(f"<h3>{esc(e['h'])}</h3>")
        out.append(f'<p class="timeline-time"><strong>{st}</strong></p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if i == 2:
            out.append('<div class="tnt-ads">Advertisement</div>')
    out += ["</div>", '<div class="newsletter"><h4>Sign up for the Daily Scoop</h4><p>Jackson Hole news in your inbox every weekday morning.</p></div>',
            '<div class="tags">Tags: Ukraine, Russia, Europe, Vladimir Putin</div>', '<section class="related"><h4>Related</h4><a href="/r1">Teton County approves housing plan</a></section>',
            '<div class="comments">Load comments</div></main>',
            '<footer>© 2025 Jackson Hole News&amp;Guide. Powered by BLOX Content Management System from TownNews.com. <a>Terms of Use</a> <a>Privacy Policy</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ============================================================ Part B renderers (invented outlets)

def r_hessleford(S):  # text live, newest first; Key Points; "Last updated Sat 26 Jul 2025 21.50 BST"; relative "35m ago" line, then "21.15 BST" line, headline, "Posted by"
    z = S["zone"]; now = dt(S["now_t"], z)
    L = ["HESSLEFORD EVENING POST", "News  Sport  Business  Ukraine  Opinion  Puzzles", "", S["title"], "",
         f"Last updated {now:%a} {now.day} {now:%b} {now.year} {now:%H.%M} BST", "", S["lede"], "", "Key Points"]
    L += ["• " + e["h"] for e in S["entries"] if e["kp"]]
    L += ["", "Live feed", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((now - d).total_seconds() // 60)
        rel = f"{mins}m ago" if mins < 60 else f"{mins // 60}h ago"
        st = f"{d:%H.%M} BST"; stamps.append(st)
        L += [rel, st, e["h"]]
        if e["a"]:
            L.append(f"Posted by {e['a']}")
        L += [""] + ptxt(e["p"])
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Show earlier posts", "", "Hessleford Evening Post · About us · Complaints · Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_stepova_html(S):  # HTML live, OLDEST first, visible "26 July, 07:10" (no year), LiveBlogPosting JSON-LD with full per-update times
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    p0 = dt(S["entries"][0]["t"], z); p1 = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": p0.isoformat(),
          "dateModified": p1.isoformat(), "coverageStartTime": p0.isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header><a class="logo" href="/">{S["source"]}</a><nav><a href="/news">News</a> <a href="/war">War</a> <a href="/economy">Economy</a> '
           '<a href="/ua">УКР</a> <a href="/support">Support us</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="lead">{esc(S["lede"])}</p>', '<p class="order-note">Updates appear in chronological order. Kyiv time.</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]}, {d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="update-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="author">Author: {esc(e["a"])}</p>')
        out.append('<div class="share">Share: <a>Telegram</a> <a>Facebook</a> <a>X</a></div></article>')
        if i == 2:
            out.append('<aside class="donate">Stepova Daily is reader-funded. <a>Become a patron</a></aside>')
    out += [f"</main><footer>© 2025 {S['source']} · Editorial policy · Contacts</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss_world(S):  # RSS 2.0 world feed without authors; pubDate in the outlet's offset ("GMT" or "+1000")
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', "<channel>",
           f"<title>{esc(S['title'])}</title>", f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>",
           f'<atom:link href="{S["url"]}/rss/world.xml" rel="self" type="application/rss+xml"/>', "<language>en</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT") if S["rfc"] == "GMT" else rfc(d); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/news/{slug(e['h'])}</link>",
                f'<guid isPermaLink="false">{uid(S["source"], e["h"])[:16]}</guid>', f"<pubDate>{st}</pubDate>",
                f"<category>{e.get('cat', 'World')}</category>", "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_textarticle(S):  # text article with section headings; dateline printed in the outlet's own form; one entry per section (stamp null)
    L = [S["masthead"], S["crumbs"], "", S["title"], "", S["byline_line"], S["dateline"], "", S["lede"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1 and S.get("midad"):
            L += [S["midad"], ""]
    L += S["tail"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_rheinmoor(S):  # HTML live without JSON-LD, newest first; <span class="zeit">27.07.2025 – 22:10</span> above h2; "By NAME" below h2
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} – Rheinmoor Post English</title></head><body>",
           '<div class="consent">We and our partners use cookies. <button>Accept all</button> <button>Settings</button></div>',
           '<header><a href="/en/">Rheinmoor Post</a> <span class="edition">English edition</span> <nav><a>Germany</a> <a>Europe</a> <a>Ukraine war</a> <a>Business</a> <a>Deutsch</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="teaser">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y} – {d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="ticker-item"><span class="zeit">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="autor">By {esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 2:
            out.append('<aside class="mehr"><h3>More on this topic</h3><a href="/en/a1">Why Germany is buying more Patriots</a></aside>')
    out += ['<p class="note">All times CEST.</p></main><footer>Rheinmoor Post · Imprint · Data protection · Contact</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):  # Atom 1.0, newest first as listed; <published> with the outlet's offset; escaped html content; optional authors
    z = S["zone"]
    times = [dt(e["t"], z) for e in S["entries"]]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f"<title>{esc(S['title'])}</title>",
           f"<subtitle>{esc(S['lede'])}</subtitle>", f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f"<id>{S['url']}/atom.xml</id>", f"<updated>{max(times).isoformat()}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = times[i]; st = d.isoformat(); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link rel="alternate" href="{S["url"]}/{slug(e["h"])}"/>',
                f"<id>tag:{S['url'].split('//')[1]},{d.year}:{uid(S['source'], e['t'], e['h'])[:10]}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        if e["p"]:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_catawba(S):  # text live, OLDEST first, no year; day headers "Saturday, July 26"; headline, then "9:40 a.m. ET" line, body, "— NAME"
    z = S["zone"]
    L = ["CATAWBA RIDGE TRIBUNE", "Local | Nation | World | Sports | Obituaries | Subscribe", "", S["title"], "", S["lede"], "",
         "Times are Eastern.", ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); day = f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"
        if day != cur:
            cur = day; L += [day, ""]
        st = f"{ap_time(d)} ET"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"— {e['a']}", ""]
        if i == 3:
            L += ["Enjoying our coverage? Get unlimited access for 99 cents.", ""]
    L += ["This live coverage has ended.", "", "Catawba Ridge Tribune · Contact the newsroom · Terms · Privacy"]
    return "\n".join(L) + "\n", stamps


def r_tiligul(S):  # text live, newest first, no year: "15 Nov, 22:40" stamp line before headline; "At a glance" summary box; author line after body
    z = S["zone"]
    L = ["Tiligul Live", "Odesa · Mykolaiv · Kherson · Ukraine · World", "", S["title"], S["dayline"], "", "At a glance"]
    L += ["– " + b for b in S["glance"]]
    L += ["", "All times Kyiv (EET)", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {SHORT_MON[d.month - 1]}, {d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [e["a"], ""]
        L += ["Share", ""]
        if i == 3:
            L += ["Tiligul Live works thanks to its readers. Support us", ""]
    L += ["Earlier updates", "", "Tiligul Live · Editorial standards · Contacts"]
    return "\n".join(L) + "\n", stamps


def r_siretvale(S):  # HTML live, OLDEST first; visible "15.11.2025 09:10"; LiveBlogPosting whose updates ALL carry the page's datePublished (a trap)
    z = S["zone"]; p0 = dt(S["page_t"], z)
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": p0.isoformat(), "dateModified": p0.isoformat(),
            "articleBody": " ".join(e["p"])[:300]} for e in S["entries"]]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "datePublished": p0.isoformat(),
          "dateModified": p0.isoformat(), "coverageStartTime": p0.isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Siretvale Herald</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header><a href="/">Siretvale Herald</a> <nav><a>Romania</a> <a>Moldova</a> <a>Ukraine</a> <a>Black Sea</a> <a>Română</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y %H:%M}"; stamps.append(st)
        out.append(f'<div class="live-post"><p class="live-time">{st}</p><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="signature">By {esc(e["a"])}</p>')
        out.append("</div>")
        if i == 1:
            out.append('<div class="promo">Follow Siretvale Herald on WhatsApp</div>')
    out += ["</main><footer>Siretvale Herald · Galați · Terms · Cookies</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_zolotnyk(S):  # RSS 2.0 with +0200 offsets, dc:creator, short description + content:encoded
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">', "<channel>",
           f"<title>{esc(S['title'])}</title>", f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>", "<language>en-gb</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc(d); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/{d:%Y/%m/%d}/{slug(e['h'])}</link>",
                f"<guid>{S['url']}/{d:%Y/%m/%d}/{slug(e['h'])}</guid>", f"<pubDate>{st}</pubDate>",
                f"<dc:creator>{esc(e['a'])}</dc:creator>" if e["a"] else "", "<category>Ukraine</category>",
                f"<description>{esc(first_sentence(e['p'][0]))}</description>",
                "<content:encoded><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></content:encoded>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(l for l in out if l) + "\n", stamps


# ============================================================ PART A: single pages (layouts of real outlets, my own wording)
SEEDS = []

SEEDS.append(dict(id="10400", name="10400_postregister-feed", ext="xml", source="Post Register", zone="America/Boise", render=r_postregister,
  title="postregister.com - RSS Results in news/world of type article",
  notes="Imitates the BLOX (TownNews) RSS search feed that the Post Register (Idaho Falls) serves for its world section. Newest first. pubDate carries -0600 (Mountain Daylight Time, the outlet's home zone). Each item: title, a plain-text description (the wire summary, starting with an AP dateline such as 'KYIV, Ukraine (AP) —'), guid/link, dc:creator 'By NAME Associated Press' and an image enclosure. The description is the whole body (one paragraph). Crosses local midnight: the two oldest items are dated Wednesday 30 April local time but fall on 1 May UTC like the rest. One off-beat item (the papal conclave).",
  not_entries=["channel title/link/description/generator/docs/ttl", "<guid>, <link> and <enclosure> of each item", "the 'By ... Associated Press' dc:creator values (authors, not text)"],
  entries=[
  E("2025-05-01 14:20", "Senators say they have votes to pass Russia sanctions bill, wait on White House",
    ["WASHINGTON (AP) — A bipartisan group of senators said Thursday that their bill threatening steep tariffs on countries that keep buying Russian oil now has more than 70 co-sponsors, and that they are waiting only for a signal from the White House to bring it to a vote."],
    "diplomacy", "diplomacy", 2, "us-senate-russia-sanctions-bill", a="LUKE ARMISTEAD"),
  E("2025-05-01 11:45", "Guided bombs hit Kharkiv neighborhood, wounding 11",
    ["KHARKIV, Ukraine (AP) — Russian aircraft dropped at least two guided bombs on a residential part of Kharkiv on Thursday evening, wounding 11 people and setting several parked cars on fire, the regional governor said."],
    "strikes", "strikes", 2, "kharkiv-guided-bombs-2025-05-01", a="OLENA STARUKH"),
  OFF("2025-05-01 08:10", "Cardinals hold final meetings before conclave to pick Francis' successor",
      ["VATICAN CITY (AP) — Roman Catholic cardinals met behind closed doors again Thursday to discuss the church's problems before next week's conclave, with several telling reporters they expected the vote to take longer than the one in 2013."],
      "papal-conclave-preparations", a="MARCO DELLAVALLE", n="Vatican conclave."),
  E("2025-05-01 05:30", "Ukraine's economy minister says minerals fund keeps resources in Ukrainian hands",
    ["KYIV, Ukraine (AP) — Ukraine's economy minister said Thursday that the minerals agreement signed in Washington leaves the country's subsoil under Ukrainian ownership and does not treat past American military aid as a debt to be repaid."],
    "diplomacy", "diplomacy", 2, "us-ukraine-minerals-deal", sec=["aid"], a="OLENA STARUKH",
    n="Follow-up explanation of the deal signed in item 07 (same story)."),
  E("2025-05-01 02:05", "Kremlin says Victory Day truce offer stands as Kyiv dismisses it as theater",
    ["MOSCOW (AP) — The Kremlin said Thursday that Russia's offer of a three-day ceasefire around the May 9 Victory Day holiday was still on the table, while Ukraine's foreign minister called it a show staged for the foreign leaders expected at the Moscow parade."],
    "diplomacy", "diplomacy", 2, "russia-victory-day-truce-offer", a="DASHA LITVIN"),
  E("2025-04-30 21:15", "Russian drones slam into Odesa apartment blocks, killing 2",
    ["ODESA, Ukraine (AP) — Waves of Russian drones hit apartment buildings and a supermarket in the Black Sea port of Odesa overnight, killing two people and wounding at least 15, Ukrainian officials said early Thursday."],
    "strikes", "strikes", 3, "odesa-drone-strike-2025-05-01", a="OLENA STARUKH"),
  E("2025-04-30 18:40", "US and Ukraine sign long-delayed minerals deal",
    ["WASHINGTON (AP) — The United States and Ukraine signed an agreement Wednesday evening that gives Washington a share of future earnings from Ukraine's critical minerals through a jointly run investment fund, closing weeks of tense and public bargaining."],
    "diplomacy", "diplomacy", 3, "us-ukraine-minerals-deal", sec=["aid"], a="PETER HALLORAN",
    n="Signed 30 April local (Washington evening) but 00:40 UTC on 1 May."),
  ]))

SEEDS.append(dict(id="10401", name="10401_cdapress-nationworld", ext="txt", source="Coeur d'Alene Press", zone="America/Los_Angeles", render=r_cdapress,
  title="Nation/World",
  notes="Imitates the Coeur d'Alene Press (Hagadone Media site) Nation/World list page, copied as plain text. Newest first. Each item: headline, then a byline/date line 'by NAME Associated Press | September 22, 2025 2:30 PM' (stamp AFTER the headline; the stamp is the date part after the bar, the author is the name before 'Associated Press'), then the summary paragraph(s). No zone is printed: Pacific time (PDT, UTC-7) is implied by the outlet's home in North Idaho. Crosses local midnight: the last two items are dated 21 September local but fall on 22 September UTC. The 1:00 AM item is the print-edition slot the site uses. One off-beat item (the typhoon).",
  not_entries=["'Skip to main content', masthead, Subscribe/Login, Menu, Search", "navigation line", "cookie notice", "list title 'Nation/World'",
               "'Advertisement' and the newsletter sign-up line", "'Load More'", "'Recent Headlines' box with two local links", "footer lines and copyright"],
  entries=[
  E("2025-09-22 14:30", "Zelenskyy arrives in New York for UN week, hoping for a sit-down with Trump",
    ["Ukrainian President Volodymyr Zelenskyy landed in New York on Monday for the yearly gathering of world leaders at the United Nations, where he hopes to meet President Donald Trump in person and press for firmer security guarantees.",
     "Aides said he would also see European leaders and the heads of several Gulf states during the week."],
    "diplomacy", "diplomacy", 3, "zelensky-unga-trump-meeting", a="JILLIAN MORROW"),
  E("2025-09-22 12:10", "Drones near Copenhagen airport halt flights for hours",
    ["Copenhagen's main airport stopped all departures and arrivals for several hours Monday evening after two or three large drones were seen flying close by, Danish police said, adding that it was too early to say who had sent them.",
     "Flights were diverted to other Nordic airports while officers searched the area."],
    "other", "security", 2, "copenhagen-airport-drones", a="KARIN LUNDGAARD",
    n="Unidentified drones over a non-party's airport: other/security, not a strike."),
  E("2025-09-22 07:40", "UN Security Council meets over Russian jets in Estonia's airspace",
    ["The U.N. Security Council met in an emergency session Monday at Estonia's request after three Russian fighter jets spent about 12 minutes inside the Baltic country's airspace last week, an incursion Moscow says never happened."],
    "diplomacy", "diplomacy", 3, "estonia-airspace-unsc-meeting", a="RUTH ANSELL",
    n="first_sentence contains 'U.N. Security' (abbreviation before a capital)."),
  OFF("2025-09-22 01:00", "Philippines moves coastal villagers as super typhoon nears",
      ["Authorities in the northern Philippines moved thousands of people away from the coast on Monday as a super typhoon with sustained winds above 200 kph churned toward the Luzon Strait."],
      "philippines-super-typhoon", a="ARNEL DUMAGUING", n="Asian weather."),
  E("2025-09-21 22:15", "Russian strike on Zaporizhzhia kills 3, governor says",
    ["A Russian missile and drone attack on the southern Ukrainian city of Zaporizhzhia killed three people and damaged dozens of homes early Monday, the regional governor said.",
     "Ukraine's air force said Russia had launched 40 missiles and more than 500 drones at the country overnight."],
    "strikes", "strikes", 3, "zaporizhzhia-strike-2025-09-22", a="HANNA KOSTIV", n="21 September 22:15 PDT = 22 September 05:15 UTC."),
  E("2025-09-21 18:45", "Ukrainian drones start fire at Russian oil refinery, governor says",
    ["A Ukrainian drone attack set off a fire at an oil refinery in Russia's Samara region early Monday, the regional governor wrote on Telegram, adding that nobody was hurt."],
    "strikes", "strikes", 2, "samara-refinery-drone-strike", a="DASHA LITVIN", n="21 September 18:45 PDT = 22 September 01:45 UTC."),
  ]))

SEEDS.append(dict(id="10402", name="10402_deseret-article", ext="html", source="Deseret News", zone="America/Denver", render=r_deseret,
  title="Zelenskyy at Davos, Trump in the Oval Office: What a new week means for the war in Ukraine",
  dek="Ukraine’s president pitched a European security force while Washington’s new administration weighed its first moves on Russia.",
  byline="Spencer Oakes", dateline_t="2025-01-21 15:45", url="https://www.deseret.com/u-s-world/2025/01/21/zelenskyy-davos-trump-ukraine-war/",
  caption="Ukrainian President Volodymyr Zelenskyy speaks at the World Economic Forum in Davos, Switzerland, on Tuesday, Jan. 21, 2025. (Markus Lenhardt, Associated Press)",
  lede=["The war in Ukraine is nearly three years old, and the arrival of a new American president has leaders on both sides recalculating.",
        "Here is what happened on Tuesday and why it matters."],
  notes="Imitates a Deseret News explanatory article (HTML with NewsArticle JSON-LD). One page byline; one printed stamp 'Published: Jan 21, 2025, 3:45 p.m. MST' (MST = UTC-7, explicit). The body is a two-paragraph lede followed by five h2 sections; per the usual convention each section is one entry (headline = section heading, stamp null, published = the article's stamp, author = the page byline). Deseret uses curly apostrophes and the AP spelling 'Zelenskyy'. The intro before the first heading, the dek and the photo caption are not entries.",
  not_entries=["'Skip to main content'", "header logo, navigation, Subscribe/Sign In", "kicker 'U.S. & World'", "h1 title", "dek under the title", "byline and 'Published:' line",
               "share buttons", "photo caption with credit", "two intro paragraphs before the first section heading", "inline 'Related' link", "newsletter box",
               "'More from Deseret News' links", "footer"],
  entries=[
  E("2025-01-21 15:45", "Zelenskyy’s pitch in Davos",
    ["Ukrainian President Volodymyr Zelenskyy told business and political leaders at the World Economic Forum on Tuesday that Europe should be ready to send as many as 200,000 troops to Ukraine to keep any future ceasefire from collapsing.",
     "He said Europe could no longer assume that the United States would always be there to protect it, and urged leaders in the room to act as one."],
    "diplomacy", "diplomacy", 3, "zelensky-davos-speech-2025", a="Spencer Oakes"),
  E("2025-01-21 15:45", "Trump expects to talk with Putin",
    ["President Donald Trump told reporters at the White House that he expected to speak with Russian President Vladimir Putin soon, and suggested that Moscow was hurting its own economy by refusing to make a deal.",
     "Asked whether he would add sanctions, Trump said it sounded likely if Russia did not come to the table."],
    "diplomacy", "diplomacy", 2, "trump-putin-call-plans-2025-01", a="Spencer Oakes", n="Remarks about a future call (commentary): importance 2."),
  E("2025-01-21 15:45", "A quieter night, but not a quiet one",
    ["Ukraine’s air force said Russia sent 131 drones over the country overnight into Tuesday and that 72 of them were shot down, with most of the rest lost to electronic jamming.",
     "Falling debris damaged houses in the Kyiv and Cherkasy regions, officials said, but no deaths were reported."],
    "strikes", "strikes", 2, "russian-drone-attack-2025-01-21", a="Spencer Oakes"),
  E("2025-01-21 15:45", "North Korean soldiers in Kursk",
    ["South Korean lawmakers who were briefed by their country’s spy agency said Tuesday that North Korean soldiers fighting in Russia’s Kursk region had suffered heavy losses and had been pulled back from some front-line positions.",
     "Ukraine said earlier this month that it had captured two of them."],
    "other", "frontline", 2, "north-korean-troops-kursk", a="Spencer Oakes"),
  E("2025-01-21 15:45", "Why it matters in Utah",
    ["Members of Utah’s Ukrainian community gathered at a Salt Lake City church over the weekend to pray for peace and pack medical supplies bound for a field hospital near Kharkiv, organizers said.",
     "Several said they were anxious about what the change in Washington would mean for relatives still in Ukraine.",
     "“We have learned not to expect anything,” one volunteer said. “We just keep packing boxes.”"],
    "other", "humanitarian", 2, "utah-ukrainian-community-supply-drive", a="Spencer Oakes",
    n="Private community donation drive: other/humanitarian (not government aid)."),
  ]))

SEEDS.append(dict(id="10403", name="10403_standardexaminer-latest", ext="txt", source="Standard-Examiner", zone="Europe/Berlin", render=r_stdexaminer,
  title="The Latest: Zelenskyy presses Europe for a seat at the table as Munich security meeting ends",
  pagedate="Feb 16, 2025",
  intro="The Latest on the Munich Security Conference and Russia's war in Ukraine (all times local):",
  notes="Imitates an AP 'The Latest' item republished on the Standard-Examiner (Ogden) BLOX site, copied as plain text. Newest first. Items have NO headline: each is an AP-style time line ('6:05 p.m.') followed by body paragraphs, items separated by '___'. The times are 'all times local' per the intro line, i.e. Munich (CET, UTC+1), not the Utah outlet's zone. The date comes from the page date line 'Feb 16, 2025'. One page byline 'By The Associated Press', used as every item's author. Some items report events in Ukraine; their times are still the page's Munich local times.",
  not_entries=["skip links, masthead, Subscribe/Log In", "navigation line", "location and weather lines", "section label 'World'", "title line", "byline and page date lines",
               "share labels (Facebook ... Save)", "intro line 'The Latest on ... (all times local):'", "'___' separators", "AP copyright line", "Tags", "'Related to this story', 'Most Popular' and its local link",
               "newsletter sign-up lines", "footer"],
  entries=[
  E("2025-02-16 18:05", None,
    ["French President Emmanuel Macron will host leaders of Europe's largest countries in Paris on Monday for emergency talks about Ukraine and the continent's security, his office said.",
     "The invitation came after signals from the Trump administration that Europeans would not be in the room when American and Russian officials sit down."],
    "diplomacy", "diplomacy", 3, "macron-paris-emergency-meeting", a="The Associated Press"),
  E("2025-02-16 16:40", None,
    ["Poland's prime minister said Europe needs its own plan for Ukraine immediately and should stop waiting for Washington to explain what it intends to do.",
     "He wrote on social media that Europe had more people, more money and more factories than Russia and only lacked the will to use them."],
    "diplomacy", "diplomacy", 2, "tusk-calls-for-european-plan", a="The Associated Press"),
  E("2025-02-16 15:10", None,
    ["Zelenskyy says he told his ministers not to sign a proposed agreement that would give the United States access to Ukraine's mineral wealth, because the draft offered nothing on security guarantees.",
     "He said the document served American interests but not yet Ukrainian ones."],
    "diplomacy", "diplomacy", 3, "zelensky-rejects-minerals-draft", sec=["aid"], a="The Associated Press", n="A head-of-state decision (told ministers not to sign): importance 3."),
  E("2025-02-16 13:25", None,
    ["The head of the U.N. nuclear watchdog says the drone that struck the shelter over Chornobyl's wrecked reactor tore a hole in its outer shell, but radiation levels inside and around the site remain normal.",
     "He said repairs would be difficult and expensive."],
    "strikes", "strikes", 2, "chornobyl-shelter-drone-strike", a="The Associated Press", n="Aftermath of an attack (damage assessment) -> strikes."),
  E("2025-02-16 11:45", None,
    ["China's top diplomat told the conference that Beijing welcomes every effort toward peace, including the new contacts between Washington and Moscow, and said all parties to the conflict should eventually be involved."],
    "diplomacy", "diplomacy", 2, "wang-yi-munich-remarks", a="The Associated Press"),
  E("2025-02-16 10:30", None,
    ["Ukraine's air force says Russia launched 143 drones at the country overnight, and that 95 were shot down while dozens more were lost to electronic jamming.",
     "A drone hit a house in the Kyiv region, injuring a woman, officials said."],
    "strikes", "strikes", 2, "russian-drone-attack-2025-02-16", a="The Associated Press", n="Reported from Kyiv, but the page prints one set of times: Munich local."),
  E("2025-02-16 09:15", None,
    ["Top U.S. officials are traveling to Saudi Arabia for talks with Russian counterparts on ending the war, a person familiar with the plans said Sunday.",
     "Ukraine has not been invited, the person said, speaking on condition of anonymity because the trip had not been announced."],
    "diplomacy", "diplomacy", 3, "us-russia-saudi-talks-plan", a="The Associated Press"),
  ]))

SEEDS.append(dict(id="10404", name="10404_heraldextra-digest", ext="txt", source="Daily Herald", zone="America/Denver", render=r_heraldextra,
  title="World digest: Energy truce frays as Moscow and Kyiv trade accusations", dateline_t="2025-03-21 05:00", updated_t="2025-03-21 09:42",
  intro="A roundup of world news from wire reports.",
  notes="Imitates a Daily Herald (Provo) 'World digest' round-up on its BLOX site, copied as plain text, with the old BLOX header 'Posted: Friday, March 21, 2025 5:00 am | Updated: 9:42 am, Fri Mar 21, 2025.' No zone printed: Mountain time (MDT, UTC-6 since 9 March) is implied by the outlet's home. Six briefs, each a headline line, a body and a credit line ('— Associated Press'); the credit is used as author. No per-brief time: every brief is dated by the 'Posted' time (the update time is when the page was last edited, not when the briefs were written). One off-beat brief (Heathrow).",
  not_entries=["masthead and site name", "navigation line", "'Log In | Subscribe'", "section label 'Nation & World'", "title line", "'Posted: ... | Updated: ...' line",
               "share labels", "intro line 'A roundup of world news from wire reports.'", "'— Associated Press' credit lines (authors)", "'Advertisement'",
               "'Discussion' / 'Comments are closed on this story.'", "'More Nation & World' and its local link", "copyright/BLOX footer"],
  entries=[
  E("2025-03-21 05:00", "Kremlin blames Ukraine for blast at border gas station",
    ["Russia accused Ukrainian forces on Friday of blowing up a gas metering station near the border town of Sudzha, calling it a deliberate violation of the pause on strikes against energy sites that both sides had said they would observe.",
     "Ukraine's military called the claim a staged provocation and said Russian troops had shelled the station themselves."],
    "strikes", "strikes", 2, "sudzha-gas-station-blast", a="Associated Press"),
  E("2025-03-21 05:00", "Drone attack sets Russian bomber base ablaze",
    ["A Ukrainian drone attack on a Russian air base near the city of Engels set off a large fire and a series of explosions overnight, regional officials said, and people living nearby were told to leave their homes.",
     "Ukraine's General Staff said the base housed long-range bombers used to fire cruise missiles at Ukrainian cities."],
    "strikes", "strikes", 3, "engels-airbase-drone-strike", a="Associated Press"),
  E("2025-03-21 05:00", "US to meet both sides in Saudi Arabia next week",
    ["American officials will meet Ukrainian and Russian delegations separately in Riyadh on Monday to work out how a partial ceasefire covering energy sites and the Black Sea would be checked and enforced."],
    "diplomacy", "diplomacy", 3, "riyadh-technical-talks-2025-03", a="Associated Press"),
  E("2025-03-21 05:00", "Drones hit homes in Zaporizhzhia",
    ["Russian drones hit a residential neighborhood of Zaporizhzhia late Thursday, injuring nine people, among them two children, the regional governor said.",
     "Several private houses burned down."],
    "strikes", "strikes", 2, "zaporizhzhia-drone-attack-2025-03-20", a="Associated Press"),
  OFF("2025-03-21 05:00", "Substation fire shuts London's Heathrow airport",
      ["A fire at an electrical substation cut power to Heathrow Airport on Friday, forcing Europe's busiest air hub to close for the day and upending travel for hundreds of thousands of passengers."],
      "heathrow-substation-fire", a="Associated Press", n="UK airport outage."),
  E("2025-03-21 05:00", "Military planners meet near London on Ukraine force",
    ["Military officers from roughly 30 countries met outside London on Thursday to sketch out how a European-led force could help keep Ukraine safe after any ceasefire, British officials said."],
    "diplomacy", "diplomacy", 2, "coalition-military-planners-london", a="Associated Press",
    n="Coalition planning meeting: alliance politics -> diplomacy."),
  ]))

SEEDS.append(dict(id="10405", name="10405_laramie-nationworld", ext="html", source="Laramie Boomerang", zone="America/Denver", render=r_laramie,
  title="Nation & World", clock="Sunday, June 15, 2025", now_t="2025-06-15 17:20",
  notes="Imitates the Laramie Boomerang BLOX section front (HTML cards). Newest first. Each card: h3 headline link, summary paragraph(s), then a meta line with 'By NAME Associated Press' and a RELATIVE time ('40 min ago', '3 hrs ago') whose exact instant is only in the <time datetime='...-06:00'> attribute (MDT, UTC-6). The page was generated at 17:20 MDT (HTML comment). Crosses local midnight: the two oldest cards are from the evening of 14 June local, 15 June UTC. The stamp is the visible relative text; published comes from the datetime attribute. One off-beat card (Israel-Iran strikes).",
  not_entries=["top bar with site name, date 'Sunday, June 15, 2025', weather, Log In/Subscribe", "main navigation", "block title 'Nation & World'",
               "comment counters on each card", "'Advertisement' and the 'Daily Headlines' newsletter box", "'Next' pagination link", "footer"],
  entries=[
  E("2025-06-15 16:40", "Zelenskyy heads to G7 summit seeking tougher sanctions and air defense",
    ["Ukrainian President Volodymyr Zelenskyy said Sunday he would press leaders of the Group of Seven gathering in Kananaskis, Alberta, for harsher sanctions on Russian oil and for more air defense systems."],
    "diplomacy", "diplomacy", 3, "zelensky-g7-kananaskis", sec=["aid"], a="ROB GALLANT"),
  E("2025-06-15 14:05", "Ukraine receives 1,200 more bodies of soldiers under Istanbul deal",
    ["Ukraine received the remains of 1,200 more soldiers on Sunday in the latest handover agreed at talks in Istanbul, the government's office for prisoners of war said.",
     "Officials said forensic experts would need months to identify many of them."],
    "diplomacy", "diplomacy", 2, "body-repatriation-2025-06-15", a="HANNA KOSTIV",
    n="Repatriation of remains under the negotiated Istanbul deal: diplomacy, like a mediated exchange."),
  E("2025-06-15 11:30", "Drone strike near Kherson bus stop kills 1, injures 4",
    ["A Russian drone dropped explosives near a bus stop in Kherson on Sunday, killing a 60-year-old man and wounding four other people, the regional administration said."],
    "strikes", "strikes", 3, "kherson-bus-stop-drone-2025-06-15", a="HANNA KOSTIV", n="Deadly strike (one killed): importance 3 as LABELS.md says."),
  OFF("2025-06-15 08:50", "Israel and Iran trade strikes for a third day",
      ["Israel and Iran exchanged another round of missile and air attacks on Sunday, with Iranian missiles hitting apartment buildings near Tel Aviv and Israeli jets striking targets in Tehran."],
      "israel-iran-strikes-2025-06", a="SAMI HADDAD", n="Middle East war, not the Russia-Ukraine war."),
  E("2025-06-15 05:10", "Russia claims first foothold in Ukraine's Dnipropetrovsk region",
    ["Russia's Defense Ministry said Sunday that its troops had taken a village on the edge of the Dnipropetrovsk region, which would be the first Russian gain in that region since the invasion began.",
     "Ukraine's military said the village was still contested."],
    "other", "frontline", 2, "russia-claims-dnipropetrovsk-foothold", a="DASHA LITVIN"),
  E("2025-06-14 22:20", "Ukrainian drones hit chemical plant in southern Russia",
    ["A Ukrainian drone attack started a fire at an industrial site in Russia's Stavropol region overnight, the regional governor said, and Ukraine's General Staff said the target was a chemical plant that supplies explosives makers."],
    "strikes", "strikes", 2, "stavropol-chemical-plant-strike", a="DASHA LITVIN", n="14 June 22:20 MDT = 15 June 04:20 UTC."),
  E("2025-06-14 19:30", "Trump and Putin talk by phone about Iran and Ukraine",
    ["President Donald Trump and Russian President Vladimir Putin spoke for about 50 minutes on Saturday, mostly about the fighting between Israel and Iran, a Kremlin aide said, adding that Putin also raised the next round of talks with Ukraine."],
    "diplomacy", "diplomacy", 3, "trump-putin-call-2025-06-14", a="ROB GALLANT",
    n="Call mainly about the Middle East but touching the Ukraine talks: kept as a war entry. 14 June 19:30 MDT = 15 June 01:30 UTC."),
  ]))

SEEDS.append(dict(id="10406", name="10406_rgj-live", ext="html", source="Reno Gazette-Journal", zone="America/New_York", render=r_rgj,
  title="Live updates: Zelenskyy to meet Trump at White House; European leaders will join him",
  byline="Lorena Vickers and Thad Morrow, USA TODAY", url="https://www.rgj.com/story/news/world/2025/08/16/zelenskyy-trump-white-house-live-updates/85712233007/",
  summary=["Trump met Putin in Alaska on Friday; no deal was announced.", "Zelenskyy will be at the White House on Monday.", "European leaders are coordinating their positions."],
  contrib="Contributing: Reuters. This article originally appeared on USA TODAY.",
  notes="Imitates a USA TODAY Network live blog as syndicated on rgj.com (Gannett HTML; LiveBlogPosting JSON-LD with per-update datePublished in -04:00). Newest first. The printed times are Eastern ('Aug. 17, 3:55 p.m. ET'), not the Reno outlet's Pacific zone, so page_timezone is America/New_York. Post stamps carry month and day but no year; the year is in the page line 'Published 9:05 p.m. ET Aug. 16, 2025 | Updated 3:55 p.m. ET Aug. 17, 2025' and in JSON-LD. Crosses local midnight: the two oldest posts are from the evening of 16 August ET (17 August UTC). Per-post authors. Post 10406-06 is a 'Watch:' video post without text (teaser). The 'What we know' box summarises; its bullets are not entries.",
  not_entries=["header logo, navigation, Subscribe/Sign In", "h1 title", "page byline 'Lorena Vickers and Thad Morrow, USA TODAY'", "'Published ... | Updated ...' line",
               "share links", "'What we know' summary box and its three bullets", "video player placeholder in the Watch post", "newsletter promo",
               "'Contributing: Reuters. This article originally appeared on USA TODAY.'", "footer"],
  entries=[
  E("2025-08-17 15:55", "European leaders will join Zelenskyy at the White House",
    ["Several European leaders, including the heads of government of Britain, France, Germany, Italy and Finland, will travel to Washington to accompany Zelenskyy to his meeting with Trump on Monday, officials said Sunday.",
     "NATO Secretary General Mark Rutte and European Commission President Ursula von der Leyen are also expected."],
    "diplomacy", "diplomacy", 3, "zelensky-white-house-meeting-2025-08-18", a="Lorena Vickers"),
  E("2025-08-17 13:20", "Rubio says both sides will have to give something up",
    ["Secretary of State Marco Rubio said on Sunday morning television that any peace deal would require concessions from both Russia and Ukraine, while warning that an agreement was not close."],
    "diplomacy", "diplomacy", 2, "rubio-sunday-interviews-2025-08-17", a="Thad Morrow"),
  E("2025-08-17 11:05", "Coalition of the willing holds call on guarantees",
    ["Leaders of the countries prepared to help guarantee Ukraine's security held a video call Sunday, chaired jointly by Britain, France and Germany, to line up their positions before Monday's meeting in Washington."],
    "diplomacy", "diplomacy", 3, "coalition-of-willing-call-2025-08-17", a="Lorena Vickers",
    n="Must not merge with 10406-01 (different event: the call vs the Washington trip)."),
  E("2025-08-17 09:30", "Witkoff: Putin accepted Western security guarantees for Ukraine",
    ["Special envoy Steve Witkoff said Putin agreed in Alaska that the United States and European countries could offer Ukraine protection resembling NATO's collective defense pledge."],
    "diplomacy", "diplomacy", 2, "witkoff-security-guarantees-claim", a="Thad Morrow", n="An envoy's account in an interview (commentary): importance 2."),
  E("2025-08-17 07:10", "Russian drones hit Kharkiv region overnight",
    ["Russian drones struck residential areas in the Kharkiv region overnight, injuring at least seven people, regional Gov. Oleh Syniehubov said."],
    "strikes", "strikes", 2, "kharkiv-drone-attack-2025-08-17", a="Lorena Vickers"),
  E("2025-08-17 01:45", "Watch: Zelenskyy says the killing has to stop before talks", [], "diplomacy", "diplomacy", 1, "zelensky-response-alaska-summit",
    n="Video teaser without text -> importance 1, story of 10406-07."),
  E("2025-08-16 22:40", "Zelenskyy says Ukraine is ready for a three-way meeting",
    ["Ukrainian President Volodymyr Zelenskyy said after a long call with Trump that Kyiv backed the idea of a meeting of the leaders of Ukraine, the United States and Russia, and that he would fly to Washington on Monday."],
    "diplomacy", "diplomacy", 3, "zelensky-response-alaska-summit", a="Thad Morrow", n="16 August 22:40 EDT = 17 August 02:40 UTC."),
  E("2025-08-16 21:05", "Trump drops ceasefire push in favor of full peace deal",
    ["President Donald Trump said after returning from Alaska that the best way to end the war was to go straight to a peace agreement rather than a ceasefire that might not hold."],
    "diplomacy", "diplomacy", 3, "trump-peace-deal-not-ceasefire", a="Lorena Vickers", n="16 August 21:05 EDT = 17 August 01:05 UTC."),
  ]))

SEEDS.append(dict(id="10407", name="10407_nevadaappeal-feed", ext="xml", source="Nevada Appeal", zone="America/Los_Angeles", render=r_nevadaappeal,
  title="Nation & World – Nevada Appeal", title_xml="Nation &amp; World &#8211; Nevada Appeal", build="Sat, 09 Aug 2025 01:12:40 +0000",
  notes="Imitates the Nevada Appeal (Carson City) WordPress category feed, RSS 2.0. Newest first. pubDate in +0000 (UTC); page_timezone is the outlet's Pacific zone (PDT) for published_local. Each item: dc:creator in CDATA ('Associated Press' or a staff name, used as author), an excerpt ending '[&#8230;]' (a cut copy of the first paragraph, not a separate entry) and the full text in content:encoded, which ends with WordPress's 'The post ... appeared first on Nevada Appeal.' line (chrome, not counted). lastBuildDate is the next UTC day. The oldest item is 7 August local. One off-beat local item.",
  not_entries=["channel title/link/description/lastBuildDate/sy:*/generator", "the <description> excerpts ending in '[…]' (duplicates of the first paragraph)",
               "'The post ... appeared first on Nevada Appeal.' lines", "<category> and <guid> values"],
  entries=[
  E("2025-08-08 15:30", "Trump says he will meet Putin in Alaska next week",
    ["President Donald Trump said Friday he will meet Russian President Vladimir Putin in Alaska on Aug. 15, the first summit between the two men since Trump returned to the White House.",
     "Trump said any agreement would likely involve some swapping of territory, a suggestion Ukrainian officials quickly rejected."],
    "diplomacy", "diplomacy", 3, "trump-putin-alaska-summit-announced", a="Associated Press", n="first_sentence contains 'Aug. 15' (abbreviation before a number)."),
  E("2025-08-08 11:10", "Deadline for Russia arrives with no word on new penalties",
    ["The deadline President Donald Trump gave Russia to agree to a ceasefire ran out Friday without the White House saying whether it would punish countries that buy Russian oil.",
     "Officials said the president would decide after the coming talks."],
    "diplomacy", "diplomacy", 2, "trump-russia-deadline-2025-08-08", a="Associated Press"),
  dict(OFF("2025-08-08 07:45", "Carson City supervisors set hearing on downtown parking plan",
      ["Carson City supervisors will take public comment on Aug. 21 on a plan to add paid parking along several downtown blocks, city staff said."],
      "carson-city-parking-plan", a="Marisa Trent", n="Local government."), cat="Local News"),
  E("2025-08-08 04:20", "Zelenskyy says he has briefed Europeans ahead of any summit",
    ["Ukrainian President Volodymyr Zelenskyy said Friday that he had spoken with more than a dozen leaders over two days to make sure Europe's voice would be heard before any U.S.-Russia meeting."],
    "diplomacy", "diplomacy", 3, "zelensky-europe-calls-before-summit", a="Associated Press", n="Head-of-state calls with other leaders: importance 3."),
  E("2025-08-08 01:30", "Russia says it downed dozens of drones, some near Moscow",
    ["Russia's Defense Ministry said its air defenses brought down 48 Ukrainian drones overnight, several of them approaching Moscow, and two of the capital's airports briefly halted flights."],
    "strikes", "strikes", 2, "ukrainian-drones-moscow-2025-08-08", a="Associated Press"),
  E("2025-08-07 19:15", "Kremlin says Putin-Trump meeting agreed in principle",
    ["A senior Kremlin aide said Thursday that Russia and the United States had agreed in principle on a meeting of the two presidents in the coming days, with the location still being discussed."],
    "diplomacy", "diplomacy", 3, "trump-putin-alaska-summit-announced", a="Associated Press", n="7 August 19:15 PDT = 8 August 02:15 UTC; same summit story as 10407-01."),
  ]))

SEEDS.append(dict(id="10408", name="10408_sheridanpress-roundup", ext="txt", source="The Sheridan Press", zone="America/Denver", render=r_sheridan,
  title="World roundup: Russia pounds Ukraine's grid as Trump floats Tomahawks", byline="By Wren Halvorsen | The Sheridan Press", dayline="Sunday, Oct. 12",
  intro="Updates from wire reports through the day. Check back for more.", parse_args=["--date", "2025-10-12"],
  notes="Imitates a Sheridan Press wire round-up updated through the day, copied as plain text. OLDEST first. No year anywhere on the page: the only date is the AP-style line 'Sunday, Oct. 12' (parse_args --date 2025-10-12). Each update is one line 'TIME — Headline' (AP-style time, e.g. '6:10 a.m.', then an em dash and the headline) followed by the body. No zone printed: Mountain time (MDT, UTC-6) implied by the outlet's home in Wyoming. One page byline, used as every entry's author. One off-beat item (Gaza summit).",
  not_entries=["masthead, town line, Subscribe/Log in/e-Edition", "navigation", "section label 'NATION & WORLD'", "title line", "byline and date lines", "intro line",
               "subscription plug", "'Share this:' labels", "'Related' and its local link", "footer"],
  entries=[
  E("2025-10-12 06:10", "Ukraine's grid hit again as Russia targets power plants",
    ["Russia fired more than 30 missiles and roughly 450 drones at Ukraine overnight, and power stations in the Kyiv, Odesa and Kharkiv regions were among the targets, Ukraine's Energy Ministry said Sunday.",
     "Rolling blackouts were ordered in several regions."],
    "strikes", "strikes", 3, "russian-energy-strikes-2025-10-12", a="Wren Halvorsen"),
  E("2025-10-12 07:45", "Kyiv says its drones hit a refinery deep inside Russia",
    ["Ukraine's General Staff said its long-range drones struck an oil refinery in Bashkortostan, about 1,400 kilometers from the border, setting a processing unit on fire."],
    "strikes", "strikes", 2, "bashkortostan-refinery-strike", a="Wren Halvorsen"),
  E("2025-10-12 09:20", "Trump floats sending Tomahawks if the war drags on",
    ["President Donald Trump told reporters aboard Air Force One that he might send Tomahawk cruise missiles to Ukraine if Russia does not move toward a settlement, though he said he may first bring up the idea with Putin."],
    "aid", "aid", 2, "trump-tomahawk-remarks", sec=["diplomacy"], a="Wren Halvorsen", n="Arms supply floated, not decided: aid, importance 2."),
  E("2025-10-12 11:30", "Zelenskyy and Trump talk for a second day running",
    ["Ukrainian President Volodymyr Zelenskyy said he and Trump held a second phone call in as many days, focused on air defense, protecting the energy system and long-range weapons."],
    "diplomacy", "diplomacy", 3, "zelensky-trump-calls-2025-10", a="Wren Halvorsen"),
  OFF("2025-10-12 13:50", "Egypt to host leaders to mark Gaza ceasefire",
      ["Egypt said Sunday it would host world leaders at the Red Sea resort of Sharm el-Sheikh on Monday to mark the ceasefire in Gaza."],
      "gaza-ceasefire-summit-egypt", a="Wren Halvorsen", n="Middle East diplomacy."),
  E("2025-10-12 16:05", "Shelling kills 2 in Sumy region village",
    ["Russian artillery fire on a village in the Sumy region killed two older residents on Sunday, the regional military administration said."],
    "strikes", "strikes", 3, "sumy-shelling-2025-10-12", a="Wren Halvorsen", n="Deadly strike: importance 3."),
  ]))

SEEDS.append(dict(id="10409", name="10409_jhnewsandguide-timeline", ext="html", source="Jackson Hole News&Guide", zone="America/Denver", render=r_jhng,
  title="Timeline: Allies pledge forces for postwar Ukraine as Putin warns against foreign troops", byline="CALEB ROWNTREE", dateline_t="2025-09-05 14:10",
  intro="How a day of diplomacy over Ukraine's future security unfolded. Times are local.",
  notes="Imitates an AP-style timeline carried on the Jackson Hole News&Guide BLOX site (HTML, NewsArticle JSON-LD for the page). OLDEST first, under AP-style day subheads 'Thursday, Sept. 4' and 'Friday, Sept. 5' (no year in the subheads; the year is in the page date 'Sep 5, 2025'). Each entry: h3 headline, THEN its time in bold ('6:30 p.m.'), then the body. 'Times are local' with no zone: Mountain time (MDT, UTC-6) implied by the outlet's home; the JSON-LD page date (-06:00) agrees. Crosses local midnight: the first two entries are 4 September local, 5 September UTC. A 'Key Points' box lists the headlines of entries 01 and 04 (key_point true). One page byline.",
  not_entries=["top bar (site name, town, weather, Sign In/Subscribe)", "navigation", "kicker 'Nation & World'", "h1 title", "byline and page date", "share labels",
               "intro line", "'Key Points' box (its items are the headlines of 10409-01 and 10409-04, not separate entries)", "day subheads", "'Advertisement'",
               "newsletter box", "tags", "'Related' link", "'Load comments'", "footer"],
  entries=[
  E("2025-09-04 18:30", "Allies pledge to put forces in postwar Ukraine",
    ["Twenty-six countries have committed to send troops or provide other support for a force that would deploy to Ukraine once a ceasefire is in place, French President Emmanuel Macron said after hosting a meeting in Paris.",
     "He said the force would not be on the front line but would help deter a new attack."],
    "diplomacy", "diplomacy", 3, "coalition-pledges-postwar-force-2025-09-04", kp=True, a="CALEB ROWNTREE"),
  E("2025-09-04 21:10", "Trump presses Europeans to stop buying Russian oil",
    ["President Donald Trump told European leaders during a call that they should stop buying Russian oil, which he said was helping to pay for the war, a White House official said."],
    "diplomacy", "diplomacy", 3, "trump-europe-call-russian-oil", a="CALEB ROWNTREE"),
  E("2025-09-05 02:40", "Russian drones knock out power in Chernihiv region",
    ["Russian drones struck energy facilities in the northern Chernihiv region overnight, leaving about 30,000 households without electricity, the regional governor said."],
    "strikes", "strikes", 2, "chernihiv-energy-strike-2025-09-05", a="CALEB ROWNTREE"),
  E("2025-09-05 05:15", "Putin says Western troops in Ukraine would be fair targets",
    ["Russian President Vladimir Putin said at an economic forum in Vladivostok that any foreign troops sent to Ukraine would be treated as legitimate targets by the Russian military.",
     "He added that such a force would make no sense if a lasting peace were reached."],
    "diplomacy", "diplomacy", 3, "putin-warns-foreign-troops-2025-09-05", kp=True, a="CALEB ROWNTREE"),
  E("2025-09-05 09:25", "Zelenskyy rejects Moscow as a venue for talks",
    ["Ukrainian President Volodymyr Zelenskyy said Putin's invitation to meet in Moscow was not a serious proposal and that he was ready to meet in a neutral country."],
    "diplomacy", "diplomacy", 2, "zelensky-rejects-moscow-venue", a="CALEB ROWNTREE"),
  E("2025-09-05 13:50", "EU prepares new round of Russia sanctions",
    ["European Union officials said they expected to put forward a new package of sanctions on Russia next week, aimed at banks, energy traders and cryptocurrency platforms."],
    "diplomacy", "diplomacy", 2, "eu-19th-sanctions-package", a="CALEB ROWNTREE"),
  ]))


# ============================================================ PART B: three multi-source days (invented outlets)
ZAP = "zaporizhzhia-strike-2025-07-26"
PRIM = "primorsko-akhtarsk-airfield-strike-2025-07-26"
PAT = "germany-patriot-launchers-2025-07-26"
NOR = "norway-artillery-shell-funding-2025-07-26"
D1 = "Multi-source day 1 (2025-07-26, seeds 10420-10423)."

SEEDS.append(dict(id="10420", name="10420_hessleford-textlive", ext="txt", source="Hessleford Evening Post", zone="Europe/London", render=r_hessleford,
  title="Russia-Ukraine war live: seven dead in Zaporizhzhia strike; Germany sends two more Patriot launchers", now_t="2025-07-26 21:50",
  lede="Rescuers have finished searching a partly collapsed apartment block in Zaporizhzhia after Russia's overnight attack. Follow the day's developments below.",
  notes="Invented outlet. Text live blog, NEWEST first. Header 'Last updated Sat 26 Jul 2025 21.50 BST'. Each post: a relative line ('35m ago', '2h ago', counted from the header time and shown as a separate line), the stamp line '21.15 BST' (UK time, BST = UTC+1), the headline, an optional 'Posted by NAME' line, then the body. 'Key Points' lists the headlines of 10420-01 and 10420-03 (key_point true). 10420-02 is the day's theme piece (analysis of Russia's drone output); 10420-05 is a 'Watch:' teaser without body. " + D1,
  not_entries=["masthead and menu", "title line", "'Last updated ...' line", "lede paragraph", "'Key Points' block (its two bullets are headlines of 10420-01 and 10420-03)",
               "'Live feed' label", "relative-time lines ('35m ago', '2h ago', ...)", "'Posted by' lines (authors)", "'Advertisement'", "'Show earlier posts'", "footer"],
  entries=[
  E("2025-07-26 21:15", "Zaporizhzhia toll climbs to seven as rescue operation ends",
    ["The number of people killed in Russia's overnight strike on Zaporizhzhia has risen to seven, Ukrainian officials said, as emergency crews finished searching the damaged apartment block.",
     "More than 30 people were injured, among them three children."],
    "strikes", "strikes", 3, ZAP, a="Gemma Thorley", kp=True),
  E("2025-07-26 19:30", "Analysis: how Russia keeps its drone swarms growing",
    ["Russia now launches in a single night roughly as many long-range drones as it fired in a whole month last summer, and much of the explanation lies in one sprawling factory complex in Tatarstan.",
     "Production there has moved from assembling imported kits to building airframes and engines locally, with students and migrant workers on round-the-clock shifts.",
     "Ukrainian officials say interceptor drones and mobile fire teams are now as important as missiles in keeping the swarms at bay."],
    "strikes", "strikes", 2, "analysis-russian-drone-production", a="Malcolm Reeve",
    n="Theme piece (analysis with body) about the drone campaign: own story, importance 2; must not merge with the Zaporizhzhia or Primorsko-Akhtarsk strikes."),
  E("2025-07-26 17:05", "Germany confirms two more Patriot launchers for Ukraine",
    ["Germany's defence ministry said on Saturday that two additional Patriot launchers would reach Ukraine within weeks, paid for by Berlin and taken from its own stocks until replacements arrive from the manufacturer.",
     "Ukraine has asked its partners for at least ten more systems."],
    "aid", "aid", 3, PAT, a="Gemma Thorley", kp=True),
  E("2025-07-26 14:40", "Russia claims capture of village in Zaporizhzhia region",
    ["Russia's defence ministry said its forces had taken the village of Stepove in the Zaporizhzhia region; Ukraine's southern command did not confirm the claim and said fighting there was continuing."],
    "other", "frontline", 2, "russia-claims-stepove-zaporizhzhia-region", a="Malcolm Reeve",
    n="Same region as the city strike but a different event (ground fighting): must not merge with " + ZAP + "."),
  E("2025-07-26 12:10", "Watch: rescuers search rubble in Zaporizhzhia", [], "strikes", "strikes", 1, ZAP, n="Video teaser without body -> importance 1."),
  E("2025-07-26 10:25", "Drones strike Russian airbase in Krasnodar region, Kyiv says",
    ["Ukraine says its drones hit a Russian military airfield near Primorsko-Akhtarsk on the Sea of Azov coast overnight, damaging aircraft and a depot for Iranian-designed attack drones."],
    "strikes", "strikes", 3, PRIM, a="Gemma Thorley"),
  E("2025-07-26 07:50", "Three killed as Russian missiles hit Zaporizhzhia",
    ["At least three people were killed and more than 20 injured when Russian missiles and drones hit Zaporizhzhia in south-eastern Ukraine before dawn, local officials said.",
     "Part of a five-storey apartment building collapsed."],
    "strikes", "strikes", 3, ZAP, a="Gemma Thorley"),
  ]))

SEEDS.append(dict(id="10421", name="10421_stepova-htmllive", ext="html", source="Stepova Daily", zone="Europe/Kyiv", render=r_stepova_html,
  title="War diary, 26 July: Russia strikes Zaporizhzhia, Ukrainian drones hit airfield in Kuban", url="https://stepova.example/live/2025-07-26",
  lede="Our running account of the 1,249th day of the full-scale war.",
  notes="Invented outlet. HTML live blog, OLDEST first ('Updates appear in chronological order. Kyiv time.'). Visible stamps '26 July, 07:10' (no year; Kyiv EEST = UTC+3) in <time datetime> with full ISO dates; LiveBlogPosting JSON-LD lists every update with its own time and author; the footer '© 2025' prints the year. 'Author:' line after each body. 10421-05 repeats 10421-02 nearly verbatim (headline shortened) -> duplicate_of 10421-02, importance 1. 10421-03 is re-posted on day 2 by this outlet's feed (10431-03). " + D1,
  not_entries=["header and menu", "h1 title", "lead line", "order note 'Updates appear in chronological order. Kyiv time.'", "'Author:' lines (authors)", "share lines", "donation box", "footer"],
  entries=[
  E("2025-07-26 07:10", "Overnight attack on Zaporizhzhia kills three",
    ["Russia struck Zaporizhzhia with missiles and drones shortly after 4 am, killing three people and injuring at least 20, regional governor Ivan Fedorov said.",
     "A five-storey residential building was partly destroyed and several nearby houses caught fire."],
    "strikes", "strikes", 3, ZAP, a="Oksana Hrebin"),
  E("2025-07-26 09:35", "Ukrainian drones hit airfield in Russia's Krasnodar region",
    ["Drones operated by Ukraine's Security Service struck the Primorsko-Akhtarsk military airfield overnight, hitting a hangar used to store attack drones and at least one Su-34 bomber, a source in the service told Stepova Daily.",
     "Russia's defence ministry said it had shot down 74 drones over its southern regions."],
    "strikes", "strikes", 3, PRIM, a="Taras Bilous"),
  E("2025-07-26 12:20", "Norway to finance artillery shell purchases for Ukraine",
    ["Norway will pay for a new batch of 155mm artillery shells for Ukraine through a procurement scheme run by Denmark, the Norwegian defence ministry said on Saturday, without saying how many rounds would be bought."],
    "aid", "aid", 2, NOR, a="Taras Bilous", n="Same theme as Germany's Patriot launchers (aid), different decision: must not merge with " + PAT + "."),
  E("2025-07-26 15:00", "Zaporizhzhia toll rises to five",
    ["Two more people have died in hospital after the overnight strike on Zaporizhzhia, raising the death toll to five, the city military administration said."],
    "strikes", "strikes", 3, ZAP, a="Oksana Hrebin"),
  E("2025-07-26 16:45", "Ukrainian drones hit airfield in Krasnodar region",
    ["Drones operated by Ukraine's Security Service struck the Primorsko-Akhtarsk military airfield overnight, hitting a hangar used to store attack drones and at least one Su-34 bomber, a source in the service told Stepova Daily.",
     "Russia's defence ministry said it had shot down 74 drones over its southern regions."],
    "strikes", "strikes", 1, PRIM, a="Taras Bilous", dup="10421-02", n="Near-verbatim repeat of 10421-02 (headline shortened) -> importance 1."),
  E("2025-07-26 21:40", "Zaporizhzhia death toll rises to seven",
    ["Rescuers pulled two more bodies from the collapsed section of the apartment block in Zaporizhzhia late on Saturday, bringing the number of people killed in the overnight attack to seven, Fedorov said."],
    "strikes", "strikes", 3, ZAP, a="Oksana Hrebin"),
  ]))

SEEDS.append(dict(id="10422", name="10422_thornsett-worldrss", ext="xml", source="Thornsett Global Digest", zone="UTC", render=r_rss_world, rfc="GMT",
  title="Thornsett Global Digest - World", url="https://thornsett.example", lede="World news, every hour.",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, no authors; four of six items are off-beat (Thailand-Cambodia border, Tour de France, Turkish wildfires, Pakistan floods). Spelling 'Zaporozhye'. " + D1,
  not_entries=["channel title/link/description", "<guid> and <category> values"],
  entries=[
  OFF("2025-07-26 20:30", "Thailand and Cambodia agree to talk as border fighting enters third day",
      ["Thailand and Cambodia said they were ready to discuss a truce after a third day of artillery duels along their disputed border, which has forced more than 130,000 people from their homes."],
      "thailand-cambodia-border-clashes", n="South-East Asian border conflict."),
  OFF("2025-07-26 17:45", "Pogacar keeps yellow on eve of Paris finish",
      ["Tadej Pogacar finished safely in the leading group on the Tour de France's last mountain stage and needs only to reach Paris on Sunday to claim his fourth title."],
      "tour-de-france-2025", n="cycling."),
  E("2025-07-26 15:10", "Death toll in Zaporozhye strike rises to six",
    ["Six people are now known to have died after a Russian attack on the Ukrainian city of Zaporozhye, regional authorities said, with dozens more being treated for injuries."],
    "strikes", "strikes", 3, ZAP, n="Spelling 'Zaporozhye'."),
  OFF("2025-07-26 12:00", "Wildfires near Turkish coast force evacuation of villages",
      ["Firefighters in western Turkey battled several blazes fanned by strong winds, and villages near the coast were evacuated as temperatures passed 40C."],
      "turkey-wildfires-2025-07", n="wildfires."),
  E("2025-07-26 09:20", "Ukraine says drones hit Russian air base near Sea of Azov",
    ["Ukraine's military said its drones struck an air base at Primorsko-Akhtarsk in southern Russia overnight, the second attack on the airfield this month."],
    "strikes", "strikes", 3, PRIM),
  OFF("2025-07-26 06:40", "Monsoon rains bring deadly floods to Pakistan's Punjab",
      ["Heavy monsoon rain flooded low-lying districts of Pakistan's Punjab province, and disaster officials said the number of people killed since late June had passed 250."],
      "pakistan-monsoon-floods-2025", n="floods."),
  ]))

SEEDS.append(dict(id="10423", name="10423_wkra-article", ext="txt", source="Wkra Evening Courier", zone="Europe/Warsaw", render=r_textarticle,
  masthead="WKRA EVENING COURIER", crumbs="Home › World › Ukraine", title="Saturday briefing: Zaporizhia mourns, Berlin finds more Patriots",
  byline_line="Agnieszka Lipowska", dateline="26.07.2025, 19:40",
  lede="The main events of the war on Saturday, in brief.", midad="ADVERTISEMENT",
  tail=["Share on Facebook  Share on X  Copy link", "Read also: Poland's eastern shield, one year on", "", "© Wkra Evening Courier"],
  notes="Invented outlet. Text article in four sections, one entry per section heading (stamp null); the only time is the dateline '26.07.2025, 19:40' (Polish time, CEST = UTC+2), used for every section; the byline line (a bare name) is every section's author. Spelling 'Zaporizhia'. " + D1,
  not_entries=["masthead and breadcrumb", "title line", "byline and dateline lines", "lede line", "'ADVERTISEMENT'", "share labels", "'Read also:' link", "copyright line"],
  entries=[
  E("2025-07-26 19:40", "Zaporizhia counts its dead",
    ["The toll from the overnight bombardment of Zaporizhia had reached six by the afternoon, according to Ukraine's emergency service, and more than 30 people were being treated in hospital.",
     "The city's authorities declared Sunday a day of mourning."],
    "strikes", "strikes", 3, ZAP, a="Agnieszka Lipowska", n="Spelling 'Zaporizhia'."),
  E("2025-07-26 19:40", "Berlin sends more Patriots",
    ["Germany will transfer two more Patriot launchers to Ukraine in the coming weeks, the defence ministry in Berlin confirmed, describing them as a bridge until newly ordered systems leave the factory."],
    "aid", "aid", 3, PAT, a="Agnieszka Lipowska"),
  E("2025-07-26 19:40", "Record month at the Rzeszów hub",
    ["The logistics hub at Rzeszów-Jasionka airport handled a record number of cargo flights carrying military equipment for Ukraine in July, Poland's defence ministry said, without giving figures."],
    "aid", "aid", 2, "rzeszow-hub-record-month-2025-07", a="Agnieszka Lipowska",
    n="Same theme as the Patriot and Norwegian shell decisions, different event: must not merge."),
  E("2025-07-26 19:40", "Kremlin: next Istanbul round depends on Kyiv",
    ["Kremlin spokesman Dmitry Peskov said on Saturday that Moscow was ready for a fourth round of direct talks in Istanbul, but accused Kyiv of dragging its feet on the humanitarian steps agreed at the last meeting."],
    "diplomacy", "diplomacy", 2, "kremlin-istanbul-next-round-2025-07-26", a="Agnieszka Lipowska"),
  ]))

KHA = "kharkiv-glide-bomb-strike-2025-07-27"
PRI = "prisoner-exchange-120-2025-07-27"
D2 = "Multi-source day 2 (2025-07-27, seeds 10430-10433)."

SEEDS.append(dict(id="10430", name="10430_rheinmoor-htmllive", ext="html", source="Rheinmoor Post", zone="Europe/Berlin", render=r_rheinmoor,
  title="Ukraine ticker: Kharkiv toll rises, Zaporizhzhia mourns", lede="News on Russia's war against Ukraine, updated through Sunday.",
  notes="Invented outlet (English edition of a German paper). HTML live ticker WITHOUT JSON-LD, NEWEST first; each item a <span> stamp '27.07.2025 – 22:10' above the h2 headline and a 'By NAME' line below it; 'All times CEST.' printed at the end (CEST = UTC+2). 10430-02 continues day 1's Zaporizhzhia story with a new development (toll nine, day of mourning). " + D2,
  not_entries=["cookie consent bar", "header and menu", "h1 title", "teaser line", "'By' lines (authors)", "'More on this topic' box and its link", "'All times CEST.' note", "footer"],
  entries=[
  E("2025-07-27 22:10", "Kharkiv: death toll rises to six",
    ["Six people have now died as a result of the Russian attack on Kharkiv early on Sunday, the city's mayor Ihor Terekhov said in the evening.",
     "Among the dead is a 14-year-old girl, he wrote on Telegram."],
    "strikes", "strikes", 3, KHA, a="Jonas Albrecht"),
  E("2025-07-27 18:30", "Zaporizhzhia observes day of mourning as toll reaches nine",
    ["Zaporizhzhia held a day of mourning on Sunday after the number of people killed in Saturday's Russian strike rose to nine, with two of the injured dying in hospital overnight.",
     "Governor Ivan Fedorov said 14 people remained in hospital."],
    "strikes", "strikes", 3, ZAP, a="Jonas Albrecht", n="Continuation of day 1's story with a new development (toll nine, mourning): keeps the day-1 slug."),
  E("2025-07-27 15:45", "Netherlands pledges €300 million for drones",
    ["The Dutch government said it would spend 300 million euros on interceptor and reconnaissance drones for Ukraine, to be built jointly by Dutch and Ukrainian companies."],
    "aid", "aid", 2, "netherlands-drone-package-2025-07-27", a="Miriam Focke"),
  E("2025-07-27 11:20", "Kharkiv hit by glide bombs, four dead",
    ["Russian aircraft dropped guided bombs on two districts of Kharkiv early on Sunday, killing four people and injuring more than 20, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, KHA, a="Jonas Albrecht"),
  E("2025-07-27 09:50", "Zelensky calls for leaders' meeting by end of August",
    ["Ukrainian President Volodymyr Zelensky said Kyiv was ready for a meeting with Vladimir Putin before the end of August and asked Washington and Ankara to help arrange it."],
    "diplomacy", "diplomacy", 2, "zelensky-proposes-leaders-meeting-2025-07-27", a="Miriam Focke"),
  E("2025-07-27 07:30", "Ukrainian drones disrupt flights at southern Russian airports",
    ["Several airports in southern Russia, including Sochi, halted flights for hours overnight while air defences fought off what Moscow called a mass Ukrainian drone attack."],
    "strikes", "strikes", 2, "ukrainian-drones-southern-russia-airports-2025-07-27", a="Miriam Focke",
    n="Different attack from the Kharkiv strike: must not merge."),
  ]))

SEEDS.append(dict(id="10431", name="10431_stepova-atom", ext="xml", source="Stepova Daily", zone="Europe/Kyiv", render=r_atom,
  title="Stepova Daily — latest", url="https://stepova.example", lede="News from Ukraine in English",
  notes="Invented outlet (same as 10421, its Atom feed the next day). Atom 1.0, newest first, <published> with +03:00 (Kyiv EEST), escaped HTML in <content type='html'>, <author> per entry. 10431-03 re-posts day 1's 10421-03 nearly verbatim (re-post of day-1 entry: importance 1). 10431-04 continues day 1's Zaporizhzhia story (toll nine). 10431-06 is the day's theme piece (explainer). " + D2,
  not_entries=["feed title/subtitle/links/id/updated", "<id> and <updated> of each entry"],
  entries=[
  E("2025-07-27 23:10", "Kharkiv toll rises to six",
    ["The number of people killed in Sunday's glide-bomb attack on Kharkiv has risen to six after a woman died in hospital, the regional prosecutor's office said."],
    "strikes", "strikes", 3, KHA, a="Oksana Hrebin"),
  E("2025-07-27 19:05", "Ukraine brings home 120 soldiers in prisoner exchange",
    ["Ukraine brought home 120 servicemen on Sunday in an exchange with Russia mediated by the United Arab Emirates, the coordination headquarters for prisoners of war said.",
     "Most had been held since 2022, and several were defenders of Mariupol."],
    "diplomacy", "diplomacy", 3, PRI, a="Taras Bilous"),
  E("2025-07-27 16:30", "Norway to finance artillery shell purchases for Ukraine",
    ["Norway will pay for a new batch of 155mm artillery shells for Ukraine through a procurement scheme run by Denmark, the Norwegian defence ministry said on Saturday, without saying how many rounds would be bought."],
    "aid", "aid", 1, NOR, a="Taras Bilous", n="Re-post of day-1 entry 10421-03 (same headline, same text, says 'on Saturday'): importance 1."),
  E("2025-07-27 13:40", "Zaporizhzhia mourns nine dead",
    ["Flags flew at half-mast in Zaporizhzhia on Sunday as the city mourned nine people killed in Saturday's Russian strike, after two wounded residents died overnight."],
    "strikes", "strikes", 3, ZAP, a="Oksana Hrebin", n="Continuation of day 1's story with a new development: keeps the day-1 slug."),
  E("2025-07-27 10:15", "Russian glide bombs hit Kharkiv, killing two",
    ["Russian guided aerial bombs struck the Kyivskyi and Saltivskyi districts of Kharkiv shortly before 6 am, killing two people and wounding 14, Mayor Ihor Terekhov said."],
    "strikes", "strikes", 3, KHA, a="Oksana Hrebin"),
  E("2025-07-27 07:45", "Explainer: how prisoner swaps between Kyiv and Moscow are brokered",
    ["Every exchange of prisoners since 2022 has depended on go-betweens, most often the United Arab Emirates, which pass lists between the two sides and host the handovers.",
     "The lists are checked name by name, and a single disputed soldier can delay a swap for weeks.",
     "Kyiv says more than 5,000 Ukrainians have come home this way; thousands more remain in Russian custody."],
    "diplomacy", "diplomacy", 2, "explainer-prisoner-exchanges", a="Taras Bilous",
    n="Theme piece (explainer with body): own story, importance 2; must not merge with the day's exchange " + PRI + "."),
  ]))

SEEDS.append(dict(id="10432", name="10432_catawba-textlive", ext="txt", source="Catawba Ridge Tribune", zone="America/New_York", render=r_catawba,
  title="Live updates: Russian bombs kill 6 in Kharkiv; Ukraine and Russia swap prisoners", parse_args=["--date", "2025-07-27"],
  lede="Follow our live coverage of the war in Ukraine.",
  notes="Invented outlet (US). Text live blog, OLDEST first, NO year on the page: day headers 'Saturday, July 26' and 'Sunday, July 27' (parse_args --date 2025-07-27, the page's day). Each post: headline, THEN a stamp line '9:40 a.m. ET' (EDT = UTC-4; 'Times are Eastern.'), body, '— NAME' author line. The first post (11:45 p.m. ET Saturday) is already Sunday in UTC. 10432-03 is a 'Photos:' teaser without body; 10432-06 repeats 10432-04 nearly verbatim (duplicate_of 10432-04). " + D2,
  not_entries=["masthead and menu line", "title line", "lede line", "'Times are Eastern.'", "day headers", "'— NAME' author lines", "subscription plug", "'This live coverage has ended.'", "footer"],
  entries=[
  E("2025-07-26 23:45", "Explosions reported in Kharkiv as Russia attacks before dawn",
    ["Explosions rang out across Kharkiv before dawn Sunday as Russia attacked Ukraine's second-largest city with guided bombs and drones, Mayor Ihor Terekhov said, urging residents to stay in shelters."],
    "strikes", "strikes", 3, KHA, a="Dana Whitlock", n="Saturday 23:45 EDT = Sunday 03:45 UTC."),
  E("2025-07-27 05:50", "Kharkiv toll rises to 4",
    ["At least four people were killed in the overnight Russian attack on Kharkiv, and rescuers were still searching a damaged apartment building, the regional governor said."],
    "strikes", "strikes", 3, KHA, a="Dana Whitlock"),
  E("2025-07-27 07:10", "Photos: Kharkiv residents sift through the wreckage", [], "strikes", "strikes", 1, KHA, n="Photo teaser without body -> importance 1."),
  E("2025-07-27 09:40", "Ukraine, Russia swap 120 POWs each",
    ["Ukraine and Russia each released 120 prisoners of war on Sunday in a swap brokered by the United Arab Emirates, officials in Kyiv and Moscow said.",
     "It was the latest in a series of exchanges agreed at talks in Istanbul."],
    "diplomacy", "diplomacy", 3, PRI, a="Marcus Oyelaran"),
  E("2025-07-27 11:25", "Russia says its troops advanced near Kupiansk",
    ["Russia's Defense Ministry claimed its forces had pushed Ukrainian units out of a village northeast of Kupiansk in the Kharkiv region, a claim Ukraine's military called false."],
    "other", "frontline", 2, "russia-claims-advance-near-kupiansk-2025-07-27", a="Marcus Oyelaran",
    n="Same region as the Kharkiv city strike but ground fighting: must not merge with " + KHA + "."),
  E("2025-07-27 14:05", "Ukraine, Russia swap 120 POWs each in UAE-brokered deal",
    ["Ukraine and Russia each released 120 prisoners of war on Sunday in a swap brokered by the United Arab Emirates, officials in Kyiv and Moscow said.",
     "It was the latest in a series of exchanges agreed at talks in Istanbul."],
    "diplomacy", "diplomacy", 1, PRI, a="Marcus Oyelaran", dup="10432-04", n="Near-verbatim repeat of 10432-04 (headline lengthened) -> importance 1."),
  E("2025-07-27 17:30", "Kharkiv death toll climbs to 6",
    ["A woman who was pulled from a wrecked house in Kharkiv has died in a hospital, bringing the number of people killed in Sunday's Russian attack to six, the regional prosecutor's office said."],
    "strikes", "strikes", 3, KHA, a="Dana Whitlock"),
  ]))

SEEDS.append(dict(id="10433", name="10433_wollomby-worldrss", ext="xml", source="Wollomby Newsline", zone="Australia/Sydney", render=r_rss_world, rfc="+1000",
  title="Wollomby Newsline: World", url="https://wollomby.example", lede="The world overnight, from Wollomby Newsline.",
  notes="Invented outlet (Australian). General world-news RSS 2.0 feed, newest first, pubDate with +1000 (AEST); four of six items off-beat (snow, EU-US trade deal, Thailand-Cambodia talks, rugby). Crosses local midnight: the three newest items are dated 28 July AEST but are 27 July UTC. Spelling 'Kharkov'. " + D2,
  not_entries=["channel title/link/description", "<guid> and <category> values"],
  entries=[
  OFF("2025-07-28 08:15", "Snow closes roads in the NSW high country",
      ["Heavy snow closed several alpine roads in southern New South Wales overnight, and motorists were told to carry chains until at least Tuesday."],
      "nsw-alpine-snow-2025-07", n="Australian weather."),
  E("2025-07-28 06:30", "Kharkov death toll reaches six after Russian bombing",
    ["The death toll from a Russian bombing raid on the Ukrainian city of Kharkov has risen to six, local officials said."],
    "strikes", "strikes", 3, KHA, n="Spelling 'Kharkov'. 28 July 06:30 AEST = 27 July 20:30 UTC."),
  OFF("2025-07-28 03:20", "EU and US reach trade deal at Trump's Scottish golf resort",
      ["The European Union and the United States agreed on a trade framework that sets a 15 per cent tariff on most EU goods, after talks at Donald Trump's golf resort in Scotland."],
      "eu-us-trade-deal-2025-07", n="trade."),
  OFF("2025-07-27 21:40", "Thailand and Cambodia to hold truce talks in Malaysia",
      ["Leaders of Thailand and Cambodia will meet in Malaysia on Monday to discuss a ceasefire after four days of deadly border fighting, Malaysia's government said."],
      "thailand-cambodia-truce-talks", n="South-East Asian border conflict."),
  E("2025-07-27 17:05", "Two killed as Russian bombs hit Kharkov",
    ["At least two people were killed when Russian guided bombs hit residential districts of Kharkov, Ukraine's second city, early on Sunday local time."],
    "strikes", "strikes", 3, KHA, n="Spelling 'Kharkov'."),
  OFF("2025-07-27 11:20", "Lions clinch series with comeback win in Melbourne",
      ["The British and Irish Lions came from behind to beat the Wallabies in the second Test in Melbourne and take an unbeatable lead in the series."],
      "lions-tour-2025", n="rugby."),
  ]))

ODE = "odesa-region-ports-strike-2025-11-15"
NOVO = "novorossiysk-oil-terminal-strike-2025-11-15"
GRAFT = "energoatom-graft-ministers-dismissal-vote"
D3 = "Multi-source day 3 (2025-11-15, seeds 10440-10444)."

SEEDS.append(dict(id="10440", name="10440_vireton-worldatom", ext="xml", source="Vireton Global", zone="Europe/Paris", render=r_atom,
  title="Vireton Global — World", url="https://vireton.example", lede="International news from Vireton Global",
  notes="Invented outlet (French, English service). General world-news Atom feed, newest first, <published> with +01:00 (CET), no authors; four of six entries off-beat (COP30, Louvre, Chile, Sudan). Spellings 'Odessa', 'Izmail'. " + D3,
  not_entries=["feed title/subtitle/links/id/updated", "<id> and <updated> of each entry"],
  entries=[
  OFF("2025-11-15 23:20", "Climate talks in Belém head into final week with finance gap unresolved",
      ["Negotiators at the UN climate conference in Belém ended the first week without agreeing how to raise money for poorer countries to adapt to rising temperatures."],
      "cop30-belem-talks", n="climate diplomacy."),
  E("2025-11-15 19:45", "Ukraine: toll from Odessa port strikes climbs to four",
    ["Four people were killed in overnight Russian strikes on port facilities in Ukraine's Odessa region, officials said on Saturday."],
    "strikes", "strikes", 3, ODE, n="Spelling 'Odessa'."),
  OFF("2025-11-15 16:10", "Louvre reopens gallery closed since jewel theft",
      ["The Louvre reopened the gallery where thieves stole crown jewels last month, with new glass cases and more guards on duty, the museum said."],
      "louvre-gallery-reopens", n="culture."),
  OFF("2025-11-15 12:30", "Chile votes on Sunday in polarised presidential election",
      ["Chileans go to the polls on Sunday to choose a new president, with crime and immigration dominating a campaign that has split the country."],
      "chile-presidential-election-2025", n="Latin American politics."),
  E("2025-11-15 09:05", "Russian drones set Danube port ablaze",
    ["Russian drones hit the Ukrainian Danube port of Izmail overnight, starting a fire at a grain storage site, regional authorities said."],
    "strikes", "strikes", 3, ODE, n="Spelling 'Izmail'."),
  OFF("2025-11-15 06:15", "Aid groups warn of famine spreading in Sudan's Darfur",
      ["Humanitarian agencies said hunger was spreading across North Darfur after the fall of El Fasher, and that convoys could not reach tens of thousands of people who fled the city."],
      "sudan-darfur-famine-warning", n="Sudan."),
  ]))

SEEDS.append(dict(id="10441", name="10441_tiligul-textlive", ext="txt", source="Tiligul Live", zone="Europe/Kyiv", render=r_tiligul,
  title="Odesa region after the night attack: live", dayline="Saturday, 15 November", parse_args=["--date", "2025-11-15"],
  glance=["Russia hit port and energy sites in the Odesa region overnight; the toll has risen through the day.",
          "Ukrainian sea drones struck an oil terminal across the Black Sea.",
          "Parliament prepares to vote on two ministers named in a corruption probe."],
  notes="Invented outlet (Odesa). Text live blog, NEWEST first, NO year anywhere (date line 'Saturday, 15 November'; parse_args --date 2025-11-15). Each post: stamp line '15 Nov, 22:40' (Kyiv, EET = UTC+2 after the October clock change) BEFORE the headline, body, a bare author-name line and 'Share'. An 'At a glance' box summarises the day in three bullets that are not entries. 10441-05 is a 'Video:' teaser without body. " + D3,
  not_entries=["masthead and section menu", "title and date lines", "'At a glance' box and its three bullets", "'All times Kyiv (EET)'", "author-name lines", "'Share' labels",
               "support plug", "'Earlier updates'", "footer"],
  entries=[
  E("2025-11-15 22:40", "Odesa region toll rises to five",
    ["A fifth person has died after Russia's overnight strike on port infrastructure in the Odesa region, regional governor Oleh Kiper said.",
     "The man, a crane operator, had been in intensive care since the morning."],
    "strikes", "strikes", 3, ODE, a="Iryna Savchuk"),
  E("2025-11-15 19:15", "Rada to vote on dismissing two ministers next week",
    ["Parliament's speaker said lawmakers would vote on Tuesday on removing the justice and energy ministers, whom anti-corruption investigators have linked to a kickback scheme at the state nuclear company."],
    "other", "politics", 3, GRAFT, a="Andrii Tkach"),
  E("2025-11-15 16:05", "SBU detains two suspected saboteurs in Odesa",
    ["Ukraine's Security Service said it had detained two men in Odesa who were allegedly paid by Russian intelligence to set fire to railway relay cabinets."],
    "other", "security", 2, "odesa-saboteurs-detained-2025-11-15", a="Andrii Tkach",
    n="Same city as the port strike, different event: must not merge with " + ODE + "."),
  E("2025-11-15 13:30", "Kherson shelled, one killed",
    ["Russian artillery hit a residential area of Kherson on Saturday morning, killing one man and wounding three people, the regional administration said."],
    "strikes", "strikes", 3, "kherson-shelling-2025-11-15", a="Iryna Savchuk", n="Deadly strike (one killed): importance 3."),
  E("2025-11-15 11:00", "Video: firefighters battle blaze at Izmail port", [], "strikes", "strikes", 1, ODE, n="Video teaser without body -> importance 1."),
  E("2025-11-15 08:20", "Sea drones hit oil terminal in Novorossiysk, sources say",
    ["Ukrainian sea drones struck the Sheskharis oil terminal in Novorossiysk overnight, a source in Ukraine's navy told Tiligul Live, and loading stopped at two berths."],
    "strikes", "strikes", 3, NOVO, a="Andrii Tkach"),
  E("2025-11-15 06:45", "Russia strikes Odesa region ports, two killed",
    ["Russian drones and missiles struck port and energy facilities in the Odesa region overnight, killing two people and setting fire to a grain terminal in Izmail, the governor said.",
     "Power was cut in parts of the region."],
    "strikes", "strikes", 3, ODE, a="Iryna Savchuk"),
  ]))

SEEDS.append(dict(id="10442", name="10442_siretvale-htmllive", ext="html", source="Siretvale Herald", zone="Europe/Bucharest", render=r_siretvale,
  title="Live: Russian drones hit Danube ports next to Romania", page_t="2025-11-15 08:30",
  lede="Romania's defence ministry is following the attacks on Ukrainian ports across the Danube.",
  notes="Invented outlet (Romanian, English edition). HTML live blog, OLDEST first; visible stamps '15.11.2025 09:10' (Bucharest, EET = UTC+2). The LiveBlogPosting JSON-LD gives EVERY update the page's own datePublished (08:30), so the JSON-LD times are useless; the visible stamps are the truth. 'By NAME' signature after each body. Spelling 'Izmayil', 'Odessa'. 10442-04 repeats 10442-01 nearly verbatim (duplicate_of 10442-01); 10442-05 is the day's theme piece (analysis). " + D3,
  not_entries=["header and menu", "h1 title", "standfirst", "'By NAME' signatures (authors)", "WhatsApp promo", "footer"],
  entries=[
  E("2025-11-15 09:10", "Drones hit Izmayil port across the Danube from Romania",
    ["Russian drones struck the Ukrainian port of Izmayil overnight, setting a grain warehouse on fire within sight of the Romanian village of Plauru, Romania's defence ministry said.",
     "Two Romanian F-16 jets were scrambled, but no drone entered Romanian airspace, the ministry added."],
    "strikes", "strikes", 3, ODE, a="Ioana Dragomir", n="Spelling 'Izmayil'."),
  E("2025-11-15 11:35", "Bucharest summons Russian envoy over drone debris",
    ["Romania's foreign ministry summoned the Russian ambassador after pieces of a drone were found in a field in Tulcea county following the overnight attack on Ukraine's Danube ports."],
    "diplomacy", "diplomacy", 3, "romania-summons-russian-envoy-2025-11-15", a="Ioana Dragomir",
    n="A diplomatic step of its own (debris found, envoy summoned): separate from the port strike story."),
  E("2025-11-15 13:50", "Norway pledges winter energy aid for Ukraine",
    ["Norway will give Ukraine another 1.5 billion kroner to buy gas and repair power equipment before the coldest months, its foreign minister said."],
    "aid", "aid", 2, "norway-winter-energy-aid-2025-11-15", a="Radu Cernat",
    n="Same theme as the EU loan debate and Canada's drone money, different decision: must not merge."),
  E("2025-11-15 15:20", "Drones hit Izmayil port across the Danube from Romania",
    ["Russian drones struck the Ukrainian port of Izmayil overnight, setting a grain warehouse on fire within sight of the Romanian village of Plauru, Romania's defence ministry said.",
     "Two Romanian F-16 jets were scrambled, but no drone entered Romanian airspace, the ministry said."],
    "strikes", "strikes", 1, ODE, a="Ioana Dragomir", dup="10442-01", n="Near-verbatim repeat of 10442-01 (one word changed) -> importance 1."),
  E("2025-11-15 17:40", "Analysis: why Russia keeps targeting the Danube ports",
    ["Since Moscow walked away from the Black Sea grain deal in 2023, Ukraine's small river ports on the Danube have become a lifeline for its exports, and a regular target.",
     "Every ship that loads at Izmayil or Reni avoids the longer, riskier sea route past Crimea.",
     "For Romania, each attack also tests how NATO would respond if a drone strayed across the river."],
    "strikes", "strikes", 2, "analysis-danube-ports-attacks", a="Radu Cernat",
    n="Theme piece (analysis with body): own story, importance 2; must not merge with " + ODE + "."),
  E("2025-11-15 20:05", "Odessa region: death toll rises to four",
    ["Four people have now died as a result of the overnight attacks on the Odessa region, Ukraine's emergency service said, after a port worker pulled from the rubble died in hospital."],
    "strikes", "strikes", 3, ODE, a="Ioana Dragomir", n="Spelling 'Odessa'."),
  ]))

SEEDS.append(dict(id="10443", name="10443_pinecaster-article", ext="txt", source="Pinecaster Journal", zone="America/Toronto", render=r_textarticle,
  masthead="PINECASTER JOURNAL", crumbs="News › World", title="Ukraine's weekend: deadly port strikes, a graft scandal and a European money fight",
  byline_line="By Colette Ambrose", dateline="Published November 15, 2025 at 6:30 p.m. EST",
  lede="Four things to know about the war in Ukraine this weekend.",
  tail=["Share this article", "Related: How Canada's support for Ukraine has changed since 2022", "", "© 2025 Pinecaster Journal. All rights reserved."],
  notes="Invented outlet (Canadian). Text article in four sections; one entry per section heading, stamp null; the only time is the dateline 'Published November 15, 2025 at 6:30 p.m. EST' (EST = UTC-5), 23:30 UTC, used for every section; page byline as author. " + D3,
  not_entries=["masthead and breadcrumb", "title line", "byline and dateline lines", "lede line", "'Share this article'", "'Related:' link", "copyright line"],
  entries=[
  E("2025-11-15 18:30", "Strikes on the ports",
    ["The death toll from Russia's overnight attack on ports in Ukraine's Odesa region rose to five on Saturday, Ukrainian officials said, one of the deadliest strikes on the region this autumn.",
     "A grain terminal in Izmail on the Danube burned for most of the day."],
    "strikes", "strikes", 3, ODE, a="Colette Ambrose"),
  E("2025-11-15 18:30", "A scandal in Kyiv",
    ["Ukraine's parliament is expected to vote next week on firing two cabinet ministers caught up in a corruption investigation at Energoatom, the state nuclear operator.",
     "Investigators say about 100 million dollars was skimmed from contracts for protecting power plants."],
    "other", "politics", 3, GRAFT, a="Colette Ambrose"),
  E("2025-11-15 18:30", "Europe's money question",
    ["European Union finance ministers remained split over a plan to lend Ukraine up to 140 billion euros backed by frozen Russian central bank assets, with Belgium still demanding legal guarantees."],
    "diplomacy", "diplomacy", 2, "eu-reparations-loan-debate-2025-11", sec=["aid"], a="Colette Ambrose",
    n="Funding debate inside the EU: diplomacy primary (frozen assets/sanctions), aid secondary; must not merge with Norway's energy aid or Canada's drone money."),
  E("2025-11-15 18:30", "Canada's contribution",
    ["Ottawa said it would put 80 million dollars toward Ukrainian-made drones, part of a package announced by the defence minister at a meeting of Ukraine's backers."],
    "aid", "aid", 2, "canada-drone-funding-2025-11-15", a="Colette Ambrose"),
  ]))

SEEDS.append(dict(id="10444", name="10444_zolotnyk-rss", ext="xml", source="Zolotnyk Defence Wire", zone="Europe/Kyiv", render=r_zolotnyk,
  title="Zolotnyk Defence Wire", url="https://zolotnyk.example", lede="Defence and security news from Ukraine",
  notes="Invented outlet (Ukrainian defence news). RSS 2.0, newest first, pubDate with +0200 (Kyiv, EET), dc:creator per item; <description> repeats the first sentence and content:encoded carries the full text (the description is not a separate entry). Spelling 'Novorossiisk'. " + D3,
  not_entries=["channel title/link/description", "<description> first-sentence excerpts (duplicates of the content)", "<guid> and <category> values"],
  entries=[
  E("2025-11-15 21:50", "Novorossiisk terminal halts loadings after sea drone attack",
    ["Operators at Novorossiisk's main oil terminal stopped loading tankers on Saturday after an overnight Ukrainian sea drone attack damaged a berth, industry sources said.",
     "Russia's Black Sea Fleet said it had destroyed several drone boats."],
    "strikes", "strikes", 3, NOVO, a="Serhii Paliy", n="Spelling 'Novorossiisk'."),
  E("2025-11-15 18:30", "Drone drops explosives on ambulance in Kherson region",
    ["A Russian drone attacked an ambulance in Bilozerka in the Kherson region on Saturday afternoon, injuring a paramedic and the driver, regional officials said."],
    "strikes", "strikes", 2, "kherson-region-ambulance-drone-2025-11-15", a="Serhii Paliy",
    n="Same region as the Kherson shelling (10441-04), different event: must not merge."),
  E("2025-11-15 14:15", "Odesa region strike toll rises to three",
    ["The number of people killed in Russia's overnight attack on port facilities in the Odesa region has risen to three, the regional military administration said."],
    "strikes", "strikes", 3, ODE, a="Lesia Koval"),
  E("2025-11-15 10:40", "Air force: 12 missiles and 176 drones launched overnight",
    ["Russia launched 12 missiles and 176 drones at Ukraine overnight, most of them aimed at the Odesa region, the air force said, adding that nine missiles and 150 drones were shot down."],
    "strikes", "strikes", 3, ODE, a="Lesia Koval", n="Air force tally of the same overnight attack: same story."),
  E("2025-11-15 08:05", "Zelensky urges Europe to speed up air defence deliveries",
    ["President Volodymyr Zelensky said Europe must deliver promised air defence systems before the worst of the winter, as Russia again targeted energy and port sites."],
    "aid", "aid", 2, "zelensky-air-defence-appeal-2025-11-15", a="Serhii Paliy"),
  ]))


# ============================================================ emit
BASIS = {
  "r_postregister": "pubDate '{s}' (explicit -0600 = MDT, the outlet's Mountain zone)",
  "r_cdapress": "stamp '{s}' after the byline bar (full date, 12-hour clock); no zone printed, Pacific time implied by the outlet (PDT = UTC-7)",
  "r_deseret": "no per-section time; the article stamp '{dl}' (explicit MST = UTC-7) is used for every section",
  "r_stdexaminer": "AP time line '{s}' on the page dated 'Feb 16, 2025'; the intro says all times are local (Munich, CET = UTC+1)",
  "r_heraldextra": "no per-brief time; the page line '{dl}' (no zone printed, Mountain time implied, MDT = UTC-6) is used for every brief",
  "r_laramie": "visible relative time '{s}' (page generated 17:20 MDT); exact instant from the <time datetime> attribute {iso}",
  "r_rgj": "post stamp '{s}' (ET = EDT, UTC-4; year from the page's 'Published ... Aug. 16, 2025' line); JSON-LD update time {iso} agrees",
  "r_nevadaappeal": "pubDate '{s}' (explicit +0000)",
  "r_sheridan": "time '{s}' on the page dated 'Sunday, Oct. 12' (no year: parse_args --date 2025-10-12); no zone printed, Mountain time implied, MDT = UTC-6",
  "r_jhng": "time '{s}' under the day subhead for {d} (year from the page date 'Sep 5, 2025'); 'Times are local', Mountain time implied (MDT = UTC-6), as the JSON-LD page date's -06:00 confirms",
  "r_hessleford": "stamp '{s}' on the page 'Last updated Sat 26 Jul 2025 21.50 BST' (BST = UTC+1); the relative line above it agrees",
  "r_stepova_html": "visible stamp '{s}' (no year; '© 2025' in the footer) with <time datetime> and JSON-LD update time {iso}; Kyiv EEST = UTC+3",
  "r_rss_world": "pubDate '{s}' (explicit zone)",
  "r_textarticle": "no per-section time; the article dateline '{dl}' ({z}) is used for every section",
  "r_rheinmoor": "ticker stamp '{s}' (full date); the page says 'All times CEST' (UTC+2)",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_catawba": "stamp '{s}' under the day header for {d} (no year: parse_args --date 2025-07-27); EDT = UTC-4",
  "r_tiligul": "stamp '{s}' (no year: parse_args --date 2025-11-15); Kyiv time, EET = UTC+2",
  "r_siretvale": "visible stamp '{s}' (Bucharest, EET = UTC+2); the JSON-LD gives every update the page time 08:30 and is ignored",
  "r_zolotnyk": "pubDate '{s}' (explicit +0200)",
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
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), z=S["zone"], iso=d.isoformat(), dl=S.get("dateline")),
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
        print(fn, len(ents))
    print("total", total)


if __name__ == "__main__":
    main()

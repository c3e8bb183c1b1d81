#!/usr/bin/env python3
"""Builds eval/bg seeds and gold files from one hand-written data table (below).
All news text is invented or paraphrased by the blind tester in his own words; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/bg/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV_END = ("U.S.", "Gen.", "Gov.", "Mr.", "Mrs.", "Dr.", "St.", "No.", "Lt.", "Col.", "Sen.", "Rep.", "Sept.", "Jan.", "Feb.", "Aug.", "Oct.", "Nov.", "Dec.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019\')]?(?=\s+["\u201c\u2018(]?[A-Z0-9]|\s*$)', par)
    fs = par[:m.end()] if m else par
    assert not fs.endswith(ABBREV_END), fs
    return fs


def esc(s):
    return html.escape(s, quote=False)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", dots=False, upper=False):
    hh = d.hour % 12 or 12
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    else:
        suf = "am" if d.hour < 12 else "pm"
    if upper:
        suf = suf.upper()
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def ld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>"


# ============================================================ Part A renderers (layouts of real outlets; the words are mine)

def r_plaindealer(S):  # cleveland.com (The Plain Dealer) topic river, HTML; AP-style "Jul. 11, 2024, 7:05 p.m." stamps, no zone printed; ItemList JSON-LD without dates
    z = S["zone"]
    items = [{"@type": "ListItem", "position": i + 1, "name": e["h"], "url": f"https://www.cleveland.com/nation/{e['slug']}.html"} for i, e in enumerate(S["entries"])]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - cleveland.com</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           ld({"@context": "https://schema.org", "@type": "ItemList", "itemListElement": items}), '</head><body>',
           '<div id="privacy-banner">We use cookies and similar tools to tailor content and ads. <a href="/privacy-choices">Your Privacy Choices</a> <button>Accept</button></div>',
           '<header class="masthead"><a class="logo" href="https://www.cleveland.com/">cleveland.com</a> <span class="print-title">The Plain Dealer</span>',
           '<nav><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/browns/">Browns</a> <a href="/guardians/">Guardians</a> <a href="/cavs/">Cavs</a> '
           '<a href="/entertainment/">Entertainment</a> <a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> <a href="/jobs/">Jobs</a></nav>',
           '<a class="subscribe" href="/subscribe/">Subscribe</a> <a class="signin" href="/login/">Sign In</a></header>',
           '<main class="river"><nav class="breadcrumb"><a href="/nation/">Nation</a> / <a href="/world/">World</a></nav>',
           f'<h1 class="river__title">{esc(S["title"])}</h1>', f'<p class="river__desc">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{MON3[d.month - 1]}. {d.day:02d}, {d.year}, {ampm(d, space=' ', dots=True)}"; stamps.append(st)
        out.append(f'<article class="river-item"><h2 class="river-item__headline"><a href="https://www.cleveland.com/nation/{e["slug"]}.html">{esc(e["h"])}</a></h2>')
        out += [f'<p class="river-item__summary">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<div class="river-item__meta"><span class="byline">By {esc(e["byline"])}</span> <span class="timestamp">{st}</span></div></article>')
        if i == 2:
            out.append('<div class="ad-slot">Advertisement</div>')
        if i == 4:
            out.append("<div class=\"newsletter\"><p>Get Northeast Ohio's top headlines in your inbox every morning.</p><input type=\"email\" placeholder=\"Email address\"> <button>Sign up</button></div>")
    out += ['<a class="river__more" href="?page=2">Load more stories</a></main>',
            '<footer><p>Use of this site means you accept our User Agreement and Privacy Policy.</p>'
            '<p>© 2024 Advance Local Media LLC. All rights reserved.</p><a href="/contact/">Contact us</a> <a href="/sitemap/">Sitemap</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def blox_ago(ref, d):
    mins = int((ref - d).total_seconds() // 60)
    assert mins > 0 and (mins < 60 or mins % 60 == 0), (ref, d)
    if mins < 60:
        return f"{mins} min ago"
    h = mins // 60
    return "1 hr ago" if h == 1 else f"{h} hrs ago"


def r_omaha(S):  # Omaha World-Herald (BLOX CMS) tag page, text scrape; relative "2 hrs ago" against the weather box's "Updated: July 13, 2024 @ 7:40 pm"
    z = S["zone"]; ref = dt(S["ref"], z)
    upd = f"Updated: {MONTHS[ref.month - 1]} {ref.day}, {ref.year} @ {ampm(ref, space=' ')}"
    L = ["Skip to main content", "Omaha World-Herald", "", "Subscribe", "Log In", "", "Omaha, NE (68102)", "Today", S["weather"], upd, "",
         "News  Sports  Huskers  Opinion  Obituaries  Business  Life  Nation & World  e-Edition", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = blox_ago(ref, dt(e["t"], z)); stamps.append(st)
        L += [e["kicker"], e["h"], ""] + ptxt(e["p"]) + [f"By {e['a']} {e['org']}", st, ""]
        if i == 1:
            L += ["Advertisement", ""]
        if i == 3:
            L += ["Sign up for our Afternoon Update newsletter", "Get the day's top stories delivered to your inbox.", "Sign up", ""]
    L += ["Load more", "", "Omaha World-Herald", "Contact Us  Terms of Use  Privacy Policy  Accessibility", "© Copyright 2024 Omaha World-Herald, Omaha, NE"]
    return "\n".join(L) + "\n", stamps


def r_abq(S):  # Albuquerque Journal article with section subheads, HTML; "Published: Friday, August 16th, 2024 at 3:48PM" (Mountain time, not printed); NewsArticle JSON-LD
    z = S["zone"]; d0 = dt(S["pub"], z); d1 = dt(S["upd"], z)
    fmt = lambda d: f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {ordinal(d.day)}, {d.year} at {ampm(d, upper=True)}"
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(), "dateModified": d1.isoformat(),
           "author": [{"@type": "Person", "name": S["author"]}], "articleSection": "World",
           "publisher": {"@type": "Organization", "name": "Albuquerque Journal", "logo": {"@type": "ImageObject", "url": "https://www.abqjournal.com/logo.png"}}}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} &#8211; Albuquerque Journal</title>', ld(obj), '</head><body class="single">',
           '<header id="site-header"><a class="logo" href="/">Albuquerque Journal</a><nav><a href="/news/">News</a> <a href="/politics/">Politics</a> <a href="/business/">Business</a> '
           '<a href="/sports/">Sports</a> <a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> <a href="/ejournal/">eJournal</a></nav>'
           '<a class="btn-subscribe" href="/subscribe/">Subscribe</a></header>',
           '<article><div class="breadcrumbs"><a href="/news/">News</a> &rsaquo; <a href="/news/world/">World</a></div>',
           f'<h1 class="entry-title">{esc(S["title"])}</h1>',
           f'<p class="byline">{esc(S["byline"])}</p>', f'<p class="pubdate">Published: {fmt(d0)}</p>', f'<p class="pubdate updated">Updated: {fmt(d1)}</p>',
           '<div class="share">Share this story: <a>Facebook</a> | <a>Twitter</a> | <a>Email</a> | <a>Print</a></div>',
           f'<figure><figcaption>{esc(S["caption"])}</figcaption></figure>', f'<p class="lede">{esc(S["lede"])}</p>']
    for i, e in enumerate(S["entries"]):
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if i == 1:
            out.append('<div class="ad-slot">Advertisement</div>')
    out += ['<p class="tagline"><em>The Associated Press contributed to this report.</em></p>',
            f'<aside class="related"><h3>Related</h3><a href="/news/local/refugee-agencies/">{esc(S["related"])}</a></aside>',
            '<section class="comments"><h3>Comments</h3><p>Comments are reviewed by a moderator before they appear.</p></section></article>',
            '<footer>Copyright &copy; 2024 Albuquerque Journal &middot; <a href="/privacy/">Privacy</a> &middot; <a href="/terms/">Terms of Use</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_spokesman(S):  # The Spokesman-Review running AP "The Latest": no headlines, bare "10:40 p.m." stamps in Kyiv time (stated once), "Thu., Sept. 12" with no year, one byline
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | The Spokesman-Review</title></head><body>',
           '<header class="site-header"><a class="logo" href="/">The Spokesman-Review</a><nav><a href="/news/">News</a> <a href="/sports/">Sports</a> '
           '<a href="/opinion/">Opinion</a> <a href="/a-and-e/">A&amp;E</a> <a href="/business/">Business</a> <a href="/obituaries/">Obits</a> <a href="/e-edition/">E-Edition</a></nav>'
           '<a class="subscribe" href="/subscribe/">Subscribe</a> <a href="/login/">Log in</a></header>',
           '<main><p class="kicker"><a href="/news/world/">World</a></p>', f'<h1>{esc(S["title"])}</h1>',
           f'<div class="byline">{esc(S["byline"])}</div>', f'<div class="date">{esc(S["updated"])}</div>',
           '<div class="share"><a>Share on Facebook</a> <a>Share on X</a> <a>Email</a></div>',
           f'<p class="intro">{esc(S["lede"])}</p>', '<p>___</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, space=" ", dots=True); stamps.append(st)
        out.append(f"<p><strong>{st}</strong></p>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("<p>___</p>")
        if i == 2:
            out.append('<aside class="ad">Advertisement</aside>')
    out += ['</main><aside class="support"><h3>Local journalism is essential.</h3><p>Your gift to The Spokesman-Review helps pay for reporting on the issues that matter to the Inland Northwest.</p><a>Donate</a></aside>',
            '<footer>&copy; Copyright, The Spokesman-Review &middot; <a href="/terms/">Terms of Service</a> &middot; <a href="/privacy/">Privacy Policy</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_windsor(S):  # Windsor Star (Postmedia) running updates, text scrape; oldest first; "9:20 a.m. ET" line AFTER each headline; trailing wire/staff credit per update
    z = S["zone"]
    L = ["Windsor Star", "Subscribe", "Sign In", "", "News  Local News  Opinion  Sports  Entertainment  Life  Business  Driving  Healthing  Obituaries  Classifieds  e-Paper", "",
         "World", S["title"], S["deck"], "Author of the article:", S["byline"], S["published"], "Join the conversation", "", S["caption"], "", "Article content", "", S["lede"], "",
         "Advertisement 2", "This advertisement has not loaded yet, but your article continues below.", "Article content", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} ET"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"]) + [f"\u2014 {e['credit']}", "", "Article content", ""]
        if i in (1, 3):
            L += [f"Advertisement {i + 3}", "This advertisement has not loaded yet, but your article continues below.", "Article content", ""]
    L += ["Share this article in your social network", "", "Trending", S["trending"], "", "Comments",
          "You must be logged in to join the discussion or read more comments.", "", "Windsor Star  |  Contact Us  |  Privacy Policy  |  Terms of Use  |  Copyright"]
    return "\n".join(L) + "\n", stamps


def r_illawarra(S):  # Illawarra Mercury (ACM) World listing, HTML; "July 29 2024 - 8:40am" stamps, newest first, no zone printed (AEST), crosses local midnight
    z = S["zone"]
    crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://www.illawarramercury.com.au/"},
        {"@type": "ListItem", "position": 2, "name": "News", "item": "https://www.illawarramercury.com.au/news/"},
        {"@type": "ListItem", "position": 3, "name": "World", "item": "https://www.illawarramercury.com.au/news/world/"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-AU"><head><meta charset="utf-8">', '<title>World News | Illawarra Mercury | Wollongong, NSW</title>', ld(crumbs), '</head><body>',
           '<header><a href="/" class="masthead">Illawarra Mercury</a><nav><a>News</a> <a>Sport</a> <a>What\'s On</a> <a>Comment</a> <a>Lifestyle</a> <a>Property</a> <a>Jobs</a></nav>'
           '<a class="btn">Subscribe</a> <a class="btn">Log in</a></header>', f'<main><h1>{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day} {d.year} - {ampm(d)}"; stamps.append(st)
        out.append(f'<div class="story-block"><a href="/story/{8710420 - i * 37}/"><h3>{esc(e["h"])}</h3></a>')
        out += [f'<p class="standfirst">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="meta"><span class="byline">{esc(e["byline"])}</span> <span class="date">{st}</span></p></div>')
        if i == 2:
            out.append('<div class="ad">Advertisement</div>')
        if i == 4:
            out.append('<div class="newsletter">Get the latest Illawarra news delivered to your inbox. <a>Sign up now</a></div>')
    out += ['<a class="more">Load more</a></main><aside><h4>Most popular</h4><ol><li>Council backs new Crown Street mall lighting</li><li>Dragons sign young forward</li></ol></aside>',
            '<footer>Australian Community Media &middot; Conditions of Use &middot; Privacy Policy &middot; Advertise</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_sheffield(S):  # Sheffield Star (National World) live blog, text scrape; "Key Events" list; "19:05 BST" line before each headline; newest first; one byline; Advertisement/Hide Ad pairs
    z = S["zone"]; p0 = dt(S["pub"], z); u0 = dt(S["entries"][0]["t"], z)
    nw = lambda d: f"{ordinal(d.day)} {MON3[d.month - 1]} {d.year}, {d:%H:%M} BST"
    L = ["Sheffield Star", "Sign in", "Subscribe", "", "News  Sport  Sheffield United  Sheffield Wednesday  What's On  Lifestyle  Read This  Obituaries  Puzzles", "",
         "World", "LIVE", S["title"], S["deck"], "", f"By {S['byline']}", f"Published {nw(p0)}", f"Updated {nw(u0)}", "Comments", "Share", "",
         "Key Events"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Show new updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} BST"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i in (1, 4):
            L += ["Advertisement", "Hide Ad", ""]
    L += ["Sign up to our Sheffield Star daily newsletter", "Sign up", "", "Sheffield Star  About us  Contact us  Privacy notice  Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_tap(S):  # TAP (Tunis Afrique Presse) English World section, text scrape; "Published on 02/09/2024 - 17:45", Tunis time implied (UTC+1 all year); datelines "(TAP/AFP) -"
    z = S["zone"]
    L = ["TAP - Tunis Afrique Presse", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629  Fran\u00e7ais  English", "",
         "Home  National  Economy  Regions  Culture  Sports  World  Africa  Photos  Videos", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Published on {d:%d/%m/%Y - %H:%M}"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"]) + ["Read more", ""]
    L += ["1 2 3 4 5 \u203a \u00bb", "", "Newsletter", "Subscribe to receive TAP's daily news selection", "",
          "Tunis Afrique Presse  |  About TAP  |  Contact  |  Legal notice", "All rights reserved \u00a9 TAP 2024"]
    return "\n".join(L) + "\n", stamps


def wp_title(s):
    return esc(s).replace("\u2018", "&#8216;").replace("\u2019", "&#8217;").replace("\u2013", "&#8211;")


def r_lesotho(S):  # Lesotho Times WordPress category RSS 2.0; pubDate +0000; dc:creator; excerpt "[…]" + "The post … appeared first on …"; content:encoded
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"',
           '\txmlns:content="http://purl.org/rss/1.0/modules/content/"', '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"',
           '\txmlns:dc="http://purl.org/dc/elements/1.1/"', '\txmlns:atom="http://www.w3.org/2005/Atom"',
           '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"', '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '\t>', '', '<channel>',
           f'\t<title>{wp_title(S["title"])}</title>', '\t<atom:link href="https://lestimes.com/category/world/feed/" rel="self" type="application/rss+xml" />',
           '\t<link>https://lestimes.com/category/world/</link>', '\t<description>Lesotho\'s premier weekly newspaper</description>',
           f'\t<lastBuildDate>{S["build"]}</lastBuildDate>', '\t<language>en-US</language>', '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>',
           '\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>', '\t<generator>https://wordpress.org/?v=6.6.2</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], S["zone"]).astimezone(UTC); st = d.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        link = f"https://lestimes.com/{e['slug']}/"
        words = e["p"][0].split()
        excerpt = " ".join(words[:22]) + (" [&#8230;]" if len(words) > 22 else "")
        out += ["\t<item>", f"\t\t<title>{wp_title(e['h'])}</title>", f"\t\t<link>{link}</link>", f"\t\t<comments>{link}#respond</comments>",
                f"\t\t<dc:creator><![CDATA[{e['a']}]]></dc:creator>", f"\t\t<pubDate>{st}</pubDate>",
                f"\t\t<category><![CDATA[{e.get('cat', 'World')}]]></category>", f'\t\t<guid isPermaLink="false">https://lestimes.com/?p={(i * 131) + 74015}</guid>',
                f"\t\t<description><![CDATA[<p>{excerpt}</p>\n<p>The post <a href=\"{link}\">{esc(e['h'])}</a> appeared first on <a href=\"https://lestimes.com\">Lesotho Times</a>.</p>\n]]></description>",
                "\t\t<content:encoded><![CDATA[" + "\n".join(f"<p>{esc(p)}</p>" for p in e["p"]) +
                f"\n<p>The post <a href=\"{link}\">{esc(e['h'])}</a> appeared first on <a href=\"https://lestimes.com\">Lesotho Times</a>.</p>\n]]></content:encoded>",
                f"\t\t<wfw:commentRss>{link}feed/</wfw:commentRss>", "\t\t<slash:comments>0</slash:comments>", "\t</item>"]
    out += ["\t</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_tempo(S):  # Tempo English RSS 2.0; pubDate +0700 (WIB); Title Case headlines; "TEMPO.CO, Jakarta - " lead; crosses local midnight
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">', '<channel>',
           f"<title>{esc(S['title'])}</title>", "<link>https://en.tempo.co/world</link>", "<description>Latest world news from Tempo English</description>",
           "<language>en</language>", f"<copyright>Copyright {S['year']} TEMPO.CO</copyright>",
           "<image><url>https://en.tempo.co/img/logo.png</url><title>Tempo English</title><link>https://en.tempo.co</link></image>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        link = f"https://en.tempo.co/read/{1921330 - i * 7}/{e['slug']}"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{link}</link>", f"<guid>{link}</guid>", f"<pubDate>{st}</pubDate>",
                f"<category>{e.get('cat', 'World')}</category>", f'<media:content url="https://statik.tempo.co/data/{1921330 - i * 7}.jpg" medium="image"/>',
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


# ============================================================ Part B renderers (invented outlets)

def r_harlestone(S):  # UK text live blog, newest first; optional Key Points block; headline, then "By NAME, 2.45pm" line
    z = S["zone"]
    L = ["HARLESTONE EVENING COURIER", "Home | News | World | Politics | Business | Sport | Weather", "", S["title"], S["dateline"], "", S["lede"], ""]
    if any(e["kp"] for e in S["entries"]):
        L += ["Key Points"] + ["- " + e["h"] for e in S["entries"] if e["kp"]] + [""]
    L += ["Latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        L += [e["h"], f"By {e['a']}, {st}" if e["a"] else st, ""] + ptxt(e["p"])
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Load earlier updates", "", "Harlestone Evening Courier \u00b7 Terms \u00b7 Privacy \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_podil(S):  # Kyiv HTML live blog, oldest first; LiveBlogPosting JSON-LD with per-update times (+03:00) and authors; visible "<time>18 July, 07:10</time>" (no year)
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
                    "author": {"@type": "Person", "name": e["a"]}, "articleBody": "\n\n".join(e["p"])})
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    obj = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
           "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups,
           "publisher": {"@type": "NewsMediaOrganization", "name": "Podil Morning Ledger"}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Podil Morning Ledger</title>", ld(obj), "</head><body>",
           '<header><a class="brand" href="/">Podil Morning Ledger</a> <nav><a href="/war">War</a> <a href="/politics">Politics</a> <a href="/business">Business</a> '
           '<a href="/opinion">Opinion</a> <a href="/support">Support us</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="standfirst">{esc(S["lede"])}</p>', '<p class="note">All times are Kyiv time.</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]}, {d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="post-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append(f'<p class="author">{esc(e["a"])}</p><div class="share"><a>Copy link</a> <a>Share</a></div></article>')
        if i == 2:
            out.append('<aside class="donate">Independent journalism from Kyiv depends on readers. <a>Become a supporter</a></aside>')
    out += ["</main>", "<footer>Podil Morning Ledger \u00b7 About \u00b7 Editorial standards \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss(S):  # RSS 2.0 general world feed, newest first; pubDate in GMT; CDATA paragraphs; no authors
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0"><channel>', f"<title>{esc(S['title'])}</title>", f"<link>{S['url']}</link>",
           f"<description>{esc(S['lede'])}</description>", "<language>en-gb</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], S["zone"]); st = d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT"); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/news/{e['st']}</link>", f'<guid isPermaLink="false">{S["gid"]}-{i + 301}-{d:%H%M}</guid>',
                f"<pubDate>{st}</pubDate>", f"<category>{e.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel></rss>"]
    return "\n".join(out) + "\n", stamps


def r_textarticle(S):  # text article: title, byline, dateline with time, section headings; one entry per section; stamp null
    L = [S["source"].upper(), S["crumb"], "", S["title"], "", S["byline_line"], S["dateline"], "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += [S["share"], S["more"], "", S["copyright"]]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_atom(S):  # Atom 1.0, newest first; <published> with the outlet's offset (or Z); escaped HTML content; optional author per entry
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f"<title>{esc(S['title'])}</title>",
           f"<subtitle>{esc(S['lede'])}</subtitle>", f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/feed.atom"/>',
           f"<id>{S['url']}/feed.atom</id>", f"<updated>{dt(S['entries'][0]['t'], z).isoformat().replace('+00:00', 'Z')}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat().replace("+00:00", "Z"); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link rel="alternate" href="{S["url"]}/a/{e["st"]}"/>', f"<id>tag:{S['url'][8:]},2024:{e['st']}-{i}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        if e["p"]:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_ferrowind(S):  # US text live blog, oldest first; date line "Saturday, Sept. 14" (no year); "9:50 a.m. EDT" line before each headline; one page byline
    z = S["zone"]
    L = ["Ferrowind Valley Tribune", "News | Nation & World | Sports | Business | Opinion | Obituaries", "", "NATION & WORLD", S["title"], "", f"By {S['byline']}",
         S["dateline"], "", S["lede"], "", "Share: Facebook | X | Email", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["This story will be updated.", "", "Ferrowind Valley Tribune \u00b7 Contact the newsroom \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_coorabell(S):  # Australian HTML live blog, newest first; day headers without year; "12.40am" in <span>; @graph JSON-LD (LiveBlogPosting page node, no updates); per-post author
    z = S["zone"]
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    obj = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": "https://coorabellbay.example/#org", "name": "Coorabell Bay News"},
        {"@type": ["LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(), "dateModified": last.isoformat(),
         "coverageStartTime": first.isoformat(), "publisher": {"@id": "https://coorabellbay.example/#org"}}]}
    out = ['<!DOCTYPE html>', '<html lang="en-AU"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Coorabell Bay News</title>", ld(obj), "</head><body>",
           '<header>Coorabell Bay News <nav><a>Local</a> <a>National</a> <a>World</a> <a>Sport</a> <a>Surf report</a></nav> <a>Subscribe</a></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); day = f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"
        if day != cur:
            cur = day; out.append(f'<h3 class="day-header">{day}</h3>')
        st = ampm(d, sep="."); stamps.append(st)
        out.append(f'<div class="post"><span class="time">{st}</span><h4>{esc(e["h"])}</h4>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="author">{esc(e["a"])}</p>')
        out.append("</div>")
        if i == 3:
            out.append('<div class="promo">Get our morning briefing in your inbox. <a>Sign up</a></div>')
    out += ["</main><footer>Coorabell Bay News \u00b7 Privacy \u00b7 Terms \u00b7 Contact</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


# ============================================================ PART A: single pages (layouts of real outlets, own words)
SEEDS = []

SEEDS.append(dict(id="6000", name="6000_plaindealer-river", ext="html", source="The Plain Dealer", zone="America/New_York", render=r_plaindealer, order="newest",
  title="Ukraine", lede="News and analysis on Russia's war in Ukraine, and on Northeast Ohio's Ukrainian community.",
  notes="cleveland.com (The Plain Dealer) topic river in HTML, newest first. Each card: linked h2 headline, one to three summary paragraphs, 'By NAME, cleveland.com' or 'By The Associated Press', then an AP-style stamp 'Jul. 11, 2024, 7:05 p.m.' AFTER the text. No zone is printed anywhere: Eastern time (EDT, UTC-4) is implied by the outlet. The river crosses local midnight: the two lowest cards are dated Jul. 10 (9:15 p.m., 11:50 p.m. EDT) but fall on 11 July in UTC, like the rest. The ItemList JSON-LD lists names and URLs only (no dates). Entry 06's body says 'early Thursday' (Kyiv time) although its local stamp is Wednesday night.",
  not_entries=["privacy/cookie banner", "masthead, 'The Plain Dealer' label and section menu, Subscribe / Sign In", "breadcrumb 'Nation / World'", "h1 'Ukraine' (page title) and the river description line",
               "'Advertisement' slot", "newsletter sign-up box", "'Load more stories' link", "footer (user agreement line, copyright, links)", "ItemList JSON-LD (names/URLs only)"],
  entries=[
  E("2024-07-11 19:05", "Biden promises allies more air defense for Ukraine as NATO summit closes",
    ["President Joe Biden closed the three-day NATO summit in Washington on Thursday by telling allied leaders that the United States would keep arming Ukraine for as long as Russia's invasion goes on.",
     "He said at least four more air defense systems would reach Kyiv in the coming months and urged European governments to step up their own production of interceptors."],
    "diplomacy", "diplomacy", 3, "biden-nato-summit-closing-remarks-2024-07-11", a="The Associated Press", byline="The Associated Press", sec=["aid"], slug="2024/07/biden-closes-nato-summit"),
  E("2024-07-11 16:35", "Ohio's congressional delegation split on Ukraine aid as summit ends",
    ["Members of Ohio's delegation in Congress drew sharply different lessons from the NATO summit, with some calling for quicker weapons deliveries and others saying Europe should shoulder more of the bill.",
     "No new Ukraine funding vote is expected in the House before the August recess, aides said."],
    "aid", "aid", 2, "ohio-delegation-ukraine-aid-debate", a="Grant Pellerin", byline="Grant Pellerin, cleveland.com", slug="2024/07/ohio-delegation-ukraine-aid", n="US funding debate -> aid."),
  E("2024-07-11 13:10", "NATO-Ukraine Council meets as leaders call Kyiv's path to membership 'irreversible'",
    ["Allied leaders sat down with Ukrainian President Volodymyr Zelenskyy at a NATO-Ukraine Council meeting on the summit's last day and repeated that the country's road to membership cannot be reversed.",
     "They again stopped short of setting a date for an invitation, a point Zelenskyy said he would keep pressing."],
    "diplomacy", "diplomacy", 3, "nato-ukraine-council-washington-summit", a="The Associated Press", byline="The Associated Press", slug="2024/07/nato-ukraine-council"),
  E("2024-07-11 09:45", "Parma's Ukrainian Village raises $40,000 for generators bound for Kharkiv",
    ["Two Ukrainian parishes in Parma have raised more than $40,000 in a month to buy generators for a field hospital outside Kharkiv, organizers said Thursday.",
     "The first four units are due to leave Cleveland next week through a Chicago-based relief charity.",
     "Volunteers said donations picked up after Monday's missile strike on a children's hospital in Kyiv."],
    "aid", "aid", 2, "parma-parishes-generator-fundraiser", a="Nadia Kowalczyk", byline="Nadia Kowalczyk, cleveland.com", slug="2024/07/parma-generators-kharkiv",
    n="Private humanitarian support for Ukraine -> aid (see Conventions)."),
  E("2024-07-11 06:20", "Dutch, Danish officials say F-16 transfers to Ukraine are under way",
    ["The Netherlands and Denmark said the first F-16 fighter jets they promised Ukraine are being handed over, although neither government would say when the aircraft would begin flying combat missions.",
     "Norway and Belgium have also pledged jets, and Ukrainian pilots have been training in several NATO countries."],
    "aid", "aid", 3, "f16-transfers-under-way-2024-07-11", a="The Associated Press", byline="The Associated Press", slug="2024/07/f16-transfers-under-way"),
  E("2024-07-10 23:50", "Ukraine says it shot down most of an overnight drone wave",
    ["Ukraine's air force said early Thursday that it had destroyed 20 of the 24 attack drones Russia launched overnight, most of them over the southern Mykolaiv and Odesa regions.",
     "Falling debris damaged a warehouse in the Odesa region, but nobody was hurt, regional officials said."],
    "strikes", "strikes", 2, "overnight-drone-attack-2024-07-11", a="The Associated Press", byline="The Associated Press", slug="2024/07/ukraine-downs-drones",
    n="Local stamp Jul. 10 11:50 p.m. EDT = 03:50 UTC on 11 July (midnight crossing)."),
  E("2024-07-10 21:15", "Zelenskyy presses congressional leaders to speed up weapons deliveries",
    ["Ukrainian President Volodymyr Zelenskyy spent Wednesday evening on Capitol Hill, urging leaders of both parties to keep weapons moving as Russian troops push in the east.",
     "He told reporters after the meetings that the talks had been frank and that air defense remained Ukraine's most urgent need."],
    "diplomacy", "diplomacy", 3, "zelenskyy-capitol-hill-meetings-2024-07-10", a="The Associated Press", byline="The Associated Press", sec=["aid"], slug="2024/07/zelenskyy-capitol-hill",
    n="Local stamp Jul. 10 9:15 p.m. EDT = 01:15 UTC on 11 July (midnight crossing)."),
  ]))

SEEDS.append(dict(id="6001", name="6001_omahaworldherald-tagpage", ext="txt", source="Omaha World-Herald", zone="America/Chicago", render=r_omaha, order="newest",
  title="ukraine", ref="2024-07-13 19:40", weather="Hot and humid. High 94F. Winds SSW at 10 to 20 mph.",
  notes="Omaha World-Herald (BLOX CMS) tag page 'ukraine', text scrape, newest first. Each card: section kicker, headline, summary, 'By NAME Associated Press' or 'By NAME World-Herald staff writer', then a RELATIVE stamp ('45 min ago', '2 hrs ago'). The only absolute time on the page is the weather box's 'Updated: July 13, 2024 @ 7:40 pm' (Central time, CDT = UTC-5, not printed); each relative stamp is resolved against it. The weather anchor itself is 00:40 UTC on 14 July, but every entry falls on 13 July UTC.",
  not_entries=["'Skip to main content', masthead, Subscribe / Log In", "weather box (location, forecast line, 'Updated: July 13, 2024 @ 7:40 pm')", "section menu", "tag heading 'ukraine'",
               "card kickers ('World', 'Local', 'Military')", "'Advertisement'", "newsletter sign-up lines", "'Load more'", "footer and copyright"],
  entries=[
  E("2024-07-13 18:55", "Zelenskyy renews call for air defense after week of strikes",
    ["President Volodymyr Zelenskyy said Saturday that Ukraine still lacks enough air defense to protect its cities and power plants, and he urged partners to deliver the systems promised at this week's NATO summit quickly.",
     "In his nightly video address, he said Russia had used more than 800 guided bombs against Ukrainian targets in the past week."],
    "aid", "aid", 2, "zelenskyy-air-defense-appeal-2024-07-13", a="Kateryna Lytvyn", org="Associated Press", kicker="World", n="Appeal for air defence -> aid."),
  E("2024-07-13 17:40", "Russia says it captured village near Chasiv Yar",
    ["Russia's Defense Ministry said Saturday that its troops had taken a village on the eastern approach to Chasiv Yar, a hilltop town in Ukraine's Donetsk region that Moscow has been trying to capture since spring.",
     "Ukraine's military did not comment on the claim, which could not be independently verified."],
    "other", "frontline", 2, "chasiv-yar-village-claim-2024-07-13", a="Illia Novak", org="Associated Press", kicker="World"),
  E("2024-07-13 14:40", "Ukrainian families in Omaha mark two years since arrival",
    ["About 60 Ukrainian families who settled in the Omaha area through a federal sponsorship program gathered at a Dundee church on Saturday to mark two years since the first of them arrived.",
     "Organizers said most of the adults are working, but many are still waiting to learn whether their temporary legal status will be extended.",
     "\"We came for a few months and stayed for our children,\" said one mother, who asked that her name not be used because her husband is serving in the army."],
    "other", "humanitarian", 2, "omaha-ukrainian-families-anniversary", a="Mireya Solano", org="World-Herald staff writer", kicker="Local"),
  E("2024-07-13 11:40", "Russian guided bomb kills 2 at Kharkiv industrial site",
    ["A Russian guided bomb hit an industrial area of Kharkiv on Saturday morning, killing two workers and wounding at least nine others, regional governor Oleh Syniehubov said.",
     "Kharkiv, Ukraine's second-largest city, lies about 30 kilometers from the Russian border and is struck almost daily."],
    "strikes", "strikes", 3, "kharkiv-industrial-site-bomb-2024-07-13", a="Illia Novak", org="Associated Press", kicker="World"),
  E("2024-07-13 09:40", "Offutt reconnaissance crews keep up busy pace over Europe",
    ["Reconnaissance crews from Offutt Air Force Base have flown more missions from European bases this year than in any year since Russia's full-scale invasion of Ukraine, the 55th Wing said Friday.",
     "The wing did not say where the flights went, but Air Force officials have described such missions as routine and conducted in international airspace."],
    "other", "security", 2, "offutt-reconnaissance-missions-europe", a="Reece Halvorsen", org="World-Herald staff writer", kicker="Military",
    n="Activity of a non-party's forces -> other/security."),
  E("2024-07-13 07:40", "Russian drones hit Ukrainian power facilities overnight",
    ["Russia sent more than 30 drones against Ukraine overnight, damaging energy facilities in the Sumy and Poltava regions and cutting power to thousands of homes, officials said Saturday.",
     "The Ukrainian air force said 27 of the drones were shot down."],
    "strikes", "strikes", 3, "overnight-drone-attack-energy-2024-07-13", a="Kateryna Lytvyn", org="Associated Press", kicker="World"),
  ]))

SEEDS.append(dict(id="6002", name="6002_abqjournal-article", ext="html", source="Albuquerque Journal", zone="America/Denver", render=r_abq, order="sections",
  title="Ukraine digs in inside Russia as Kursk incursion enters second week", author="Dolores Archuleta", byline="By Dolores Archuleta / Journal Staff Writer",
  pub="2024-08-16 15:48", upd="2024-08-16 17:02",
  caption="Ukrainian servicemen ride an armored vehicle near the Russian border in the Sumy region. (AP photo)",
  lede="Ukrainian troops are tightening their hold on a slice of Russia's Kursk region, even as Russian forces keep gaining ground in eastern Ukraine. Here is where things stand.",
  related="State refugee agencies brace for more arrivals",
  notes="Albuquerque Journal article (not a live blog) with five h2 subheads; per the convention each subhead is one entry (headline = subhead), stamp null, published = the printed 'Published: Friday, August 16th, 2024 at 3:48PM' (Mountain time, MDT = UTC-6, not printed; the NewsArticle JSON-LD carries -06:00 and agrees). The 'Updated: ... 5:02PM' line is not used. One page byline ('By Dolores Archuleta / Journal Staff Writer') is every entry's author. The lede paragraph, photo caption, AP contribution line and related link are not entries.",
  not_entries=["masthead and section menu, Subscribe button", "breadcrumb 'News > World'", "h1 title (page_title)", "byline line", "'Published:' and 'Updated:' lines", "share links",
               "photo caption", "lede paragraph before the first subhead", "'Advertisement' slot", "'The Associated Press contributed to this report.'", "Related link", "comments note", "footer"],
  entries=[
  E("2024-08-16 15:48", "A military office on Russian soil",
    ["Ukraine's army chief Oleksandr Syrskyi said this week that his troops control about 80 settlements in the Kursk region and that a military administration has been set up to run the area.",
     "Officials in Kyiv say they have no plans to annex territory and describe the operation as a way to push Russian guns back from the border and to gain leverage."],
    "other", "frontline", 3, "ukraine-kursk-military-administration", a="Dolores Archuleta", n="Territorial control / big frontline shift -> other/frontline, importance 3."),
  E("2024-08-16 15:48", "Bridges over the Seim",
    ["Ukrainian aircraft destroyed a second bridge across the Seim River, according to Ukraine's air force commander, further isolating Russian units south of the river.",
     "Russian military bloggers posted video of the damaged span and said engineers were building pontoon crossings."],
    "strikes", "strikes", 3, "seim-river-bridges-strikes", a="Dolores Archuleta"),
  E("2024-08-16 15:48", "People on the move",
    ["Russian authorities say more than 120,000 people have left border districts of the Kursk region since the incursion began.",
     "On the Ukrainian side, officials ordered families with children to leave several communities in the Sumy region, which Russian artillery shells almost daily."],
    "other", "humanitarian", 2, "kursk-sumy-border-evacuations", a="Dolores Archuleta"),
  E("2024-08-16 15:48", "Pressure near Pokrovsk",
    ["In eastern Ukraine, Russian troops kept advancing toward Pokrovsk, a road and rail hub in the Donetsk region, and local officials urged the remaining residents to leave.",
     "Ukrainian commanders said the Kursk operation had not yet drawn Russian units away from that front."],
    "other", "frontline", 2, "pokrovsk-russian-advance-2024-08", a="Dolores Archuleta"),
  E("2024-08-16 15:48", "A New Mexico connection",
    ["Researchers at Sandia National Laboratories in Albuquerque are among the U.S. government scientists studying how small, cheap drones are changing the battlefield in Ukraine, a lab spokesman said.",
     "The work focuses on detecting and jamming drones and is not tied to any weapons shipment, the spokesman said."],
    "other", "security", 2, "sandia-drone-research", a="Dolores Archuleta", n="Research by a non-party -> other/security."),
  ]))

SEEDS.append(dict(id="6003", name="6003_spokesman-thelatest", ext="html", source="The Spokesman-Review", zone="Europe/Kyiv", render=r_spokesman, order="newest",
  parse_args=["--date", "2024-09-12"],
  title="The Latest: Putin warns NATO over long-range missiles as grain ship is hit in the Black Sea", byline="By The Associated Press",
  updated="Updated Thu., Sept. 12 at 3:40 p.m.", lede="The latest developments in Russia's war in Ukraine. All times are local in Kyiv.",
  notes="The Spokesman-Review running an AP 'The Latest' page, HTML, newest first. Items have NO headline: a bold bare time ('10:40 p.m.'), then paragraphs that open with an AP dateline ('KYIV, Ukraine (AP) — ...'); items are separated by '___' lines. The page prints no year anywhere (only 'Updated Thu., Sept. 12 at 3:40 p.m.', which is Spokane/Pacific time), so parse_args gives --date 2024-09-12. The intro says 'All times are local in Kyiv': the item stamps are Kyiv time (EEST, UTC+3), not Pacific; page_timezone is therefore Europe/Kyiv. first_sentence keeps the AP dateline, as printed. One byline (The Associated Press) for every item.",
  not_entries=["masthead, menu, Subscribe / Log in", "kicker 'World'", "h1 title (page_title)", "byline 'By The Associated Press'", "'Updated Thu., Sept. 12 at 3:40 p.m.' line (Pacific time, page chrome)",
               "share links", "intro 'The latest developments ... All times are local in Kyiv.'", "'___' separator lines", "'Advertisement'", "'Local journalism is essential.' donation box", "footer"],
  entries=[
  E("2024-09-12 22:40", None,
    ["WASHINGTON (AP) — The Pentagon said it would send Ukraine another $250 million in weapons, including interceptors for air defense systems and artillery ammunition.",
     "The package is drawn from existing U.S. stocks and can be delivered within weeks, a Defense Department spokesperson said."],
    "aid", "aid", 3, "pentagon-250m-package-2024-09-12", a="The Associated Press"),
  E("2024-09-12 20:05", None,
    ["MOSCOW (AP) — President Vladimir Putin said that allowing Ukraine to fire Western long-range missiles deep into Russia would mean NATO countries were fighting Russia directly.",
     "He told a state TV reporter that Moscow would respond to such a decision but did not say how."],
    "diplomacy", "diplomacy", 3, "putin-warning-long-range-missiles", a="The Associated Press", n="Head-of-state warning to NATO -> diplomacy."),
  E("2024-09-12 17:30", None,
    ["KYIV, Ukraine (AP) — A Russian missile hit a civilian cargo ship carrying Ukrainian wheat in the Black Sea after it had left Ukraine's territorial waters, President Volodymyr Zelenskyy said.",
     "Ukrainian officials said no crew members were killed, but the vessel, sailing under a foreign flag, was damaged above the waterline."],
    "strikes", "strikes", 3, "black-sea-grain-ship-missile-2024-09-12", a="The Associated Press"),
  E("2024-09-12 14:15", None,
    ["LONDON (AP) — British Prime Minister Keir Starmer said he would discuss Ukraine's request to use long-range missiles against targets inside Russia when he meets President Joe Biden in Washington on Friday.",
     "Starmer said Britain did not seek conflict with Russia and that Ukraine had a right to defend itself."],
    "diplomacy", "diplomacy", 3, "starmer-biden-long-range-talks", a="The Associated Press", sec=["aid"]),
  E("2024-09-12 11:20", None,
    ["KYIV, Ukraine (AP) — Ukraine's General Staff said its troops had held off Russian counterattacks in the Kursk region, a day after Moscow said it had recaptured 10 villages there.",
     "Neither side's claims could be independently verified."],
    "other", "frontline", 2, "kursk-russian-counterattack-2024-09-12", a="The Associated Press"),
  E("2024-09-12 08:45", None,
    ["ZAPORIZHZHIA, Ukraine (AP) — Russian shelling killed two people and wounded three in the town of Orikhiv in the Zaporizhzhia region, the regional governor said.",
     "Orikhiv lies a few kilometers from the front line and has been largely emptied of residents."],
    "strikes", "strikes", 3, "orikhiv-shelling-2024-09-12", a="The Associated Press"),
  E("2024-09-12 06:10", None,
    ["KYIV, Ukraine (AP) — Russia launched 64 drones and four missiles at Ukraine overnight, the Ukrainian air force said, adding that air defenses brought down most of the drones.",
     "Falling debris started fires in two districts of Kyiv, but no one was hurt, the city's military administration said."],
    "strikes", "strikes", 3, "overnight-drone-missile-attack-2024-09-12", a="The Associated Press"),
  ]))

SEEDS.append(dict(id="6004", name="6004_windsorstar-live", ext="txt", source="Windsor Star", zone="America/Toronto", render=r_windsor, order="oldest",
  title="Ukraine war live: Zelenskyy shows off first F-16 jets as Russia strikes western regions",
  deck="Follow along for the day's developments in Russia's war on Ukraine, with reports from the wire services and Windsor Star staff.",
  byline="Windsor Star staff", published="Published Aug 04, 2024  \u2022  Last updated 2 hours ago  \u2022  5 minute read",
  caption="A Ukrainian air force F-16 flies over an undisclosed location on Sunday. Photo by Handout /Ukrainian Presidential Press Service",
  lede="We will update this page through the day. Times are Eastern.",
  trending="Windsor police seek witnesses after downtown crash",
  notes="Windsor Star (Postmedia) running-updates article, text scrape, OLDEST first. Each update: headline line, then the stamp line ('9:20 a.m. ET') AFTER the headline, body, and a trailing credit line ('\u2014 Reuters', '\u2014 The Canadian Press', '\u2014 Marta Havryliuk, Windsor Star') that gives the author. Postmedia chrome everywhere ('Article content', 'Advertisement N', 'This advertisement has not loaded yet, but your article continues below.'). The date comes from 'Published Aug 04, 2024' (the 'Last updated 2 hours ago' part is chrome). ET = EDT, UTC-4.",
  not_entries=["masthead, Subscribe / Sign In, section menu", "kicker 'World'", "title (page_title) and deck", "'Author of the article:' + 'Windsor Star staff'", "'Published Aug 04, 2024 \u2022 Last updated 2 hours ago \u2022 5 minute read'",
               "'Join the conversation'", "photo caption", "every 'Article content' line", "lede 'We will update this page through the day. Times are Eastern.'",
               "'Advertisement N' + 'This advertisement has not loaded yet...' pairs", "trailing credit lines (they give the author)", "'Share this article in your social network'", "'Trending' and its link",
               "'Comments' + login line", "footer"],
  entries=[
  E("2024-08-04 07:05", "Overnight missile and drone attack targets western Ukraine",
    ["Russia fired cruise missiles and drones at western Ukraine overnight, and explosions were reported in the Lviv and Khmelnytskyi regions, local officials said.",
     "Poland's operational command said it scrambled aircraft as a precaution while the attack was under way."],
    "strikes", "strikes", 2, "western-ukraine-overnight-attack-2024-08-04", a="Reuters", credit="Reuters"),
  E("2024-08-04 09:20", "Zelenskyy unveils first F-16s at undisclosed air base",
    ["President Volodymyr Zelenskyy posed in front of two F-16 fighter jets on Sunday, confirming publicly for the first time that the long-awaited aircraft are now in Ukraine.",
     "He said the number of jets was still too small and that more Ukrainian pilots were finishing their training abroad.",
     "He did not say how many aircraft had arrived."],
    "aid", "aid", 3, "first-f16s-unveiled-in-ukraine", a="Agence France-Presse", credit="Agence France-Presse"),
  E("2024-08-04 11:45", "Windsor's Ukrainian community raises money for drones",
    ["Members of Windsor's Ukrainian community raised about $18,000 at a Sunday picnic in Riverside to buy reconnaissance drones for a volunteer unit in eastern Ukraine, organizers said.",
     "The money will be sent through a Toronto-based charity that has shipped equipment to the front since 2022."],
    "aid", "aid", 2, "windsor-drone-fundraiser", a="Marta Havryliuk", credit="Marta Havryliuk, Windsor Star", n="Private military support -> aid (see Conventions)."),
  E("2024-08-04 13:30", "Blair says Canada will keep helping train F-16 pilots",
    ["Canada will continue to provide instructors and maintenance technicians to the coalition training Ukrainian pilots, Defence Minister Bill Blair said in a statement welcoming the jets' arrival."],
    "aid", "aid", 2, "canada-f16-training-support", a="The Canadian Press", credit="The Canadian Press",
    n="Separate statement (Canadian training help), not the unveiling itself: own story."),
  E("2024-08-04 15:10", "Russia claims another village in Donetsk region",
    ["Russia's Defence Ministry said its forces had captured a village west of Avdiivka, the latest in a string of small gains in the Donetsk region.",
     "Ukraine's military said fighting in the area was continuing."],
    "other", "frontline", 2, "donetsk-village-claim-2024-08-04", a="Reuters", credit="Reuters"),
  E("2024-08-04 17:25", "Kyiv says drones struck Russian airfield in Rostov region",
    ["Ukraine's General Staff said on Sunday evening that its drones had hit an airfield in Russia's Rostov region used by Su-34 bombers, causing fires near the runway.",
     "Russia's Defence Ministry said it had intercepted drones over the region but made no mention of damage."],
    "strikes", "strikes", 2, "rostov-airfield-drone-strike-2024-08-04", a="Agence France-Presse", credit="Agence France-Presse"),
  ]))

SEEDS.append(dict(id="6005", name="6005_illawarramercury-world", ext="html", source="Illawarra Mercury", zone="Australia/Sydney", render=r_illawarra, order="newest",
  title="World News",
  notes="Illawarra Mercury (ACM) World listing, HTML, newest first. Each card: linked h3 headline, standfirst paragraph(s), a byline ('AAP', 'Reuters', 'By Tessa Rawlings') and an ACM stamp 'July 29 2024 - 8:40am'. No zone printed: Sydney time (AEST, UTC+10, no daylight saving in July) implied by the outlet. The listing crosses local midnight: the top four cards are dated 29 July local, the bottom three 28 July local, but all seven fall on 28 July UTC. One card (Venezuela's election) is off-beat. Only a BreadcrumbList JSON-LD (no dates).",
  not_entries=["masthead, menu, Subscribe / Log in", "h1 'World News' (page_title)", "'Advertisement'", "newsletter promo", "'Load more'", "'Most popular' sidebar", "footer", "BreadcrumbList JSON-LD"],
  entries=[
  E("2024-07-29 08:40", "Two killed as Russian strike hits village in Kharkiv region",
    ["Two people were killed when a Russian missile hit a village in Ukraine's Kharkiv region on Sunday evening, regional officials said.",
     "A house and a shop were destroyed in the attack."],
    "strikes", "strikes", 3, "kharkiv-region-village-strike-2024-07-28", a="Reuters", byline="Reuters",
    n="29 July 08:40 AEST = 28 July 22:40 UTC."),
  OFF("2024-07-29 05:50", "Venezuelans vote as Maduro seeks third term",
      ["Venezuelans voted on Sunday in a presidential election pitting President Nicolas Maduro against opposition candidate Edmundo Gonzalez, with both camps saying they were on course to win."],
      "venezuela-presidential-election-2024", a="AAP", n="Venezuelan election.", byline="AAP"),
  E("2024-07-29 02:15", "Russia claims capture of two villages in eastern Ukraine",
    ["Russia's defence ministry says its troops have taken two more villages in Ukraine's Donetsk region as they press towards the town of Pokrovsk.",
     "Kyiv has not confirmed the losses."],
    "other", "frontline", 2, "donetsk-two-villages-claim-2024-07-28", a="AAP", byline="AAP"),
  E("2024-07-29 00:30", "Kuleba says Kyiv open to talks if Moscow negotiates in good faith",
    ["Ukraine's Foreign Minister Dmytro Kuleba says his country is prepared to talk with Russia once Moscow shows it is ready to negotiate in good faith.",
     "He made the comments in an interview with a European broadcaster, days after returning from a visit to China."],
    "diplomacy", "diplomacy", 2, "kuleba-talks-good-faith-remarks", a="AAP", byline="AAP", n="Interview remark, not a diplomatic move: importance 2."),
  E("2024-07-28 23:55", "Illawarra volunteers pack first-aid kits for Ukraine",
    ["More than 40 volunteers spent Sunday at a hall in Warrawong packing 2000 first-aid kits to be shipped to hospitals in eastern Ukraine.",
     "Organiser Halyna Petrenko said the group had now sent more than 10 tonnes of medical supplies from the Illawarra since the full-scale invasion began."],
    "aid", "aid", 2, "illawarra-first-aid-kits-ukraine", a="Tessa Rawlings", byline="By Tessa Rawlings", n="Private humanitarian support -> aid."),
  E("2024-07-28 22:40", "Kyiv claims drone hit on Russian air base in Crimea",
    ["Ukraine's military intelligence agency says its drones struck a Russian air base in occupied Crimea overnight, damaging at least one aircraft.",
     "Russia's defence ministry said it had destroyed dozens of drones over the peninsula."],
    "strikes", "strikes", 2, "crimea-air-base-drone-claim-2024-07-28", a="Reuters", byline="Reuters"),
  E("2024-07-28 20:05", "Three wounded as Russian drones strike Sumy",
    ["Russian drones hit residential buildings in the northern Ukrainian city of Sumy, wounding three people, the regional administration says."],
    "strikes", "strikes", 2, "sumy-drone-strike-2024-07-28", a="AAP", byline="AAP"),
  ]))

SEEDS.append(dict(id="6006", name="6006_sheffieldstar-live", ext="txt", source="Sheffield Star", zone="Europe/London", render=r_sheffield, order="newest",
  title="Ukraine war live: Russia rushes reserves to Kursk as Ukrainian incursion enters fifth day",
  deck="Follow our live coverage of the latest developments in the war in Ukraine.", byline="Harriet Lindqvist", pub="2024-08-10 07:30",
  notes="Sheffield Star (National World) live blog, text scrape, newest first. Header: 'By Harriet Lindqvist', 'Published 10th Aug 2024, 07:30 BST', 'Updated 10th Aug 2024, 19:05 BST'. A 'Key Events' box lists three post headlines (bullets); those three entries get key_point true (see Conventions: 'Key Events' is this layout's name for a Key Points block). Each post: a '19:05 BST' line, then the headline, then the body; 'Advertisement' / 'Hide Ad' pairs between posts. One page byline, no per-post authors. Entry 03 is a video teaser without body.",
  not_entries=["masthead, Sign in / Subscribe, section menu", "kicker 'World' and 'LIVE' badge", "title (page_title) and deck", "byline, 'Published ...' and 'Updated ...' lines", "'Comments', 'Share'",
               "'Key Events' header and its three bullet lines (they point at posts; not separate entries)", "'Show new updates'", "'Advertisement' / 'Hide Ad' pairs", "newsletter sign-up lines", "footer"],
  entries=[
  E("2024-08-10 19:05", "Sumy region orders evacuation of border communities",
    ["Authorities in Ukraine's Sumy region have ordered thousands of people to leave communities within ten kilometres of the Russian border, citing heavier shelling since the start of the Kursk operation.",
     "Buses will run from several towns over the weekend, the regional administration said."],
    "other", "humanitarian", 2, "sumy-border-evacuation-order-2024-08-10", a="Harriet Lindqvist"),
  E("2024-08-10 17:10", "MoD: British-supplied equipment may be used inside Russia",
    ["The Ministry of Defence has said Ukraine is entitled to use British-supplied equipment in its operations inside Russia, in line with its right to self-defence.",
     "Officials would not confirm reports that British-made armoured vehicles had been seen in the Kursk region."],
    "aid", "aid", 2, "uk-weapons-use-kursk-policy", a="Harriet Lindqvist", sec=["diplomacy"], n="Rules on use of supplied weapons -> aid."),
  E("2024-08-10 15:30", "Watch: Footage appears to show destroyed Russian convoy near Rylsk", [], "strikes", "strikes", 1, "rylsk-convoy-strike", a="Harriet Lindqvist",
    n="Video teaser without body -> importance 1."),
  E("2024-08-10 13:05", "Zelensky acknowledges Kursk operation",
    ["President Volodymyr Zelensky has for the first time referred publicly to Ukraine's cross-border operation, saying Russia had brought the war to other people's land and should now feel what that means.",
     "He did not give details of the operation."],
    "other", "frontline", 3, "zelensky-acknowledges-kursk-operation", a="Harriet Lindqvist", kp=True),
  E("2024-08-10 11:20", "Sheffield steel firms eye new artillery contracts",
    ["Steelmakers in Sheffield are preparing bids for a new Ministry of Defence programme to expand production of artillery shell casings, an industry body has said.",
     "The programme follows warnings that Western stockpiles have been run down by deliveries to Ukraine."],
    "other", "security", 2, "sheffield-steel-artillery-contracts", a="Harriet Lindqvist", n="Procurement by a non-party -> other/security."),
  E("2024-08-10 09:40", "Russia extends counter-terrorism regime to three border regions",
    ["Russia has declared a counter-terrorism operation in the Kursk, Belgorod and Bryansk regions, giving the security services wider powers to restrict movement and search homes.",
     "The Kremlin described the Ukrainian incursion as a terrorist attack."],
    "other", "security", 3, "russia-counter-terrorism-regime-border-regions", a="Harriet Lindqvist", kp=True),
  E("2024-08-10 08:05", "Missile strike on Kyiv region kills two",
    ["Two people were killed and five injured when debris from a Russian missile fell on a residential area of the Kyiv region overnight, the regional governor said.",
     "Air defences were active over the capital for several hours."],
    "strikes", "strikes", 3, "kyiv-region-missile-strike-2024-08-10", a="Harriet Lindqvist", kp=True),
  ]))

SEEDS.append(dict(id="6007", name="6007_tap-world", ext="txt", source="Tunis Afrique Presse", zone="Africa/Tunis", render=r_tap, order="newest",
  title="World",
  notes="TAP (Tunis Afrique Presse) English 'World' section, text scrape, newest first. Each item: headline, 'Published on 02/09/2024 - 21:40' (day/month/year), body opening with a dateline such as 'KYIV (TAP/AFP) - ', then 'Read more'. No zone printed: Tunis time (CET, UTC+1 all year, no daylight saving) implied by the outlet. No bylines: author null. first_sentence keeps the dateline, as printed.",
  not_entries=["masthead and language switch", "section menu", "heading 'World' (page_title)", "'Read more' links", "pagination line", "newsletter lines", "footer and copyright"],
  entries=[
  E("2024-09-02 21:40", "Putin arrives in Mongolia despite ICC arrest warrant",
    ["ULAANBAATAR (TAP/AFP) - Russian President Vladimir Putin landed in Mongolia on Monday evening for his first visit to a member state of the International Criminal Court since it issued a warrant for his arrest last year.",
     "Ukraine had urged the Mongolian authorities to detain him."],
    "diplomacy", "diplomacy", 3, "putin-mongolia-visit"),
  E("2024-09-02 18:05", "Zelensky urges allies to speed up air defence deliveries",
    ["KYIV (TAP/AFP) - Ukrainian President Volodymyr Zelensky called on Western partners on Monday to hasten deliveries of air defence systems, hours after one of the largest Russian missile attacks on the capital in weeks."],
    "aid", "aid", 2, "zelensky-air-defence-appeal-2024-09-02", n="Appeal for air defence after the attack: own story (a separate statement), aid."),
  E("2024-09-02 16:30", "Kursk: Moscow says its forces repelled Ukrainian assaults",
    ["MOSCOW (TAP/AFP) - The Russian Defence Ministry said on Monday that its forces had repelled several Ukrainian attacks in the Kursk region and destroyed armoured vehicles."],
    "other", "frontline", 2, "kursk-repelled-attacks-claim-2024-09-02"),
  E("2024-09-02 14:50", "Foreign Minister receives Ukrainian ambassador",
    ["TUNIS (TAP) - The Minister of Foreign Affairs received on Monday the Ambassador of Ukraine to Tunisia, who briefed him on the latest developments in his country and on grain shipments to North Africa.",
     "The meeting also covered prospects for cooperation in agriculture and higher education, the ministry said in a statement."],
    "diplomacy", "diplomacy", 2, "tunisia-fm-receives-ukraine-ambassador"),
  E("2024-09-02 11:20", "Russia: drone attack sparks fire at refinery near Moscow (officials)",
    ["MOSCOW (TAP/AFP) - A Ukrainian drone attack set off a fire at an oil refinery in the Moscow region overnight, local authorities said on Monday, adding that no one was hurt."],
    "strikes", "strikes", 2, "moscow-region-refinery-drone-2024-09-02"),
  E("2024-09-02 07:35", "Ukraine: massive Russian missile attack on Kyiv, debris injures several (officials)",
    ["KYIV (TAP/AFP) - Russia launched a large missile and drone attack on Kyiv early on Monday, with falling debris injuring at least three people and damaging a school and a university building, city authorities said.",
     "Ukraine's air force said it had shot down most of the more than 30 missiles and roughly 20 drones fired across the country."],
    "strikes", "strikes", 3, "kyiv-missile-attack-2024-09-02"),
  ]))

SEEDS.append(dict(id="6008", name="6008_lesothotimes-feed", ext="xml", source="Lesotho Times", zone="Africa/Maseru", render=r_lesotho, order="newest",
  title="World \u2013 Lesotho Times", build="Thu, 19 Sep 2024 18:05:12 +0000",
  notes="Lesotho Times WordPress category feed (RSS 2.0), newest first. pubDate is printed in +0000 (WordPress stores UTC); page_timezone is the outlet's home zone Africa/Maseru (SAST, UTC+2) for published_local. Titles use WordPress numeric entities (&#8216; &#8217; &#8211;). Each item has a 22-word excerpt ending '[&#8230;]' plus a 'The post ... appeared first on Lesotho Times.' line in <description>, and the full text (plus the same 'The post ...' line) in content:encoded. dc:creator is 'Agencies', 'Staff Reporter' or a name; desk labels count as authors. One item (Polihali dam) is off-beat.",
  not_entries=["channel title/link/description/lastBuildDate/generator", "<description> excerpts (repeat the start of content:encoded)", "every 'The post ... appeared first on Lesotho Times.' line",
               "<category>, <guid>, <comments>, wfw:commentRss, slash:comments"],
  entries=[
  E("2024-09-19 22:05", "Russian glide bombs hit Zaporizhzhia, wounding 13",
    ["Russian forces dropped guided aerial bombs on the southern Ukrainian city of Zaporizhzhia on Thursday, wounding at least 13 people and damaging apartment blocks, the regional governor said."],
    "strikes", "strikes", 3, "zaporizhzhia-glide-bomb-2024-09-19", a="Agencies", slug="russian-glide-bombs-hit-zaporizhzhia-wounding-13"),
  E("2024-09-19 20:20", "Moscow says troops have retaken villages in Kursk region",
    ["Russia\u2019s defence ministry said on Thursday that its forces had recaptured two more villages in the Kursk region, six weeks after Ukrainian troops crossed the border.",
     "Kyiv said fighting continued."],
    "other", "frontline", 2, "kursk-villages-retaken-claim-2024-09-19", a="Agencies", slug="moscow-says-troops-have-retaken-villages-in-kursk-region"),
  E("2024-09-19 16:40", "Zelensky says \u2018victory plan\u2019 is ready",
    ["Ukrainian President Volodymyr Zelensky said on Thursday that his plan to end the war on Ukraine\u2019s terms was fully prepared and that he would present it to US President Joe Biden next week.",
     "He gave no details, saying only that it depended on decisions by Ukraine\u2019s partners."],
    "diplomacy", "diplomacy", 3, "zelensky-victory-plan-ready", a="Agencies", slug="zelensky-says-victory-plan-is-ready"),
  OFF("2024-09-19 13:15", "Polihali dam works on schedule, says LHDA",
      ["The Lesotho Highlands Development Authority says construction of the Polihali dam remains on schedule despite heavy rains earlier in the year.",
       "The dam is the centrepiece of the second phase of the water transfer scheme with South Africa."],
      "polihali-dam-progress", a="Lineo Moteane", n="Lesotho water project.", slug="polihali-dam-works-on-schedule-says-lhda", cat="Local News"),
  E("2024-09-19 10:30", "Foreign minister calls for dialogue to end Ukraine war",
    ["Lesotho\u2019s foreign affairs minister has called for talks between Russia and Ukraine to end the war, saying African economies continue to pay for the conflict through high food and fuel prices.",
     "The minister made the remarks in Maseru ahead of next week\u2019s United Nations General Assembly in New York."],
    "diplomacy", "diplomacy", 2, "lesotho-fm-ukraine-dialogue-call", a="Staff Reporter", slug="foreign-minister-calls-for-dialogue-to-end-ukraine-war"),
  E("2024-09-19 08:00", "Ukrainian drones blow up Russian arms depot",
    ["Ukrainian drones struck a large ammunition depot in Russia\u2019s Tver region overnight, setting off explosions that were picked up by seismic monitors, Ukrainian security sources said.",
     "Russian officials said a fire had broken out and that residents of a nearby town were being evacuated."],
    "strikes", "strikes", 3, "tver-arsenal-drone-strike-2024-09-18", a="Agencies", slug="ukrainian-drones-blow-up-russian-arms-depot"),
  ]))

SEEDS.append(dict(id="6009", name="6009_tempoenglish-feed", ext="xml", source="Tempo English", zone="Asia/Jakarta", render=r_tempo, order="newest",
  title="en.tempo.co - World", year="2024",
  notes="Tempo English RSS 2.0 'World' feed, newest first; pubDate in +0700 (WIB); Title Case headlines; every body opens 'TEMPO.CO, Jakarta - ' (kept in first_sentence, as printed). The feed crosses local midnight: the top two items are dated Thu 26 Sep WIB (00:20, 01:10), the rest Wed 25 Sep WIB, but all six fall on 25 Sep UTC. No authors. Two items are off-beat (Middle East, rupiah).",
  not_entries=["channel title/link/description/copyright/image", "<category>, <guid>, media:content"],
  entries=[
  E("2024-09-26 01:10", "Russian Bombs Hit Zaporizhzhia Industrial Area, One Dead",
    ["TEMPO.CO, Jakarta - A Russian guided bomb hit an industrial area of the Ukrainian city of Zaporizhzhia on Wednesday evening, killing one person and injuring at least 20, the regional governor said, as reported by Reuters.",
     "The attack came hours after President Volodymyr Zelensky addressed the United Nations General Assembly in New York."],
    "strikes", "strikes", 3, "zaporizhzhia-strike-2024-09-25", slug="russian-bombs-hit-zaporizhzhia", n="26 Sep 01:10 WIB = 25 Sep 18:10 UTC."),
  E("2024-09-26 00:20", "Indonesia Urges Dialogue as Ukraine Debate Dominates UN Week",
    ["TEMPO.CO, Jakarta - Indonesia's delegation to the United Nations General Assembly has called for an immediate ceasefire in Ukraine and urged both sides to return to negotiations.",
     "Jakarta has repeatedly said it is ready to support any peace effort that respects the UN Charter and the territorial integrity of states."],
    "diplomacy", "diplomacy", 2, "indonesia-un-ukraine-dialogue-call", slug="indonesia-urges-dialogue"),
  E("2024-09-25 22:15", "Zelensky Tells UN Russia Is Planning Strikes on Nuclear Plants",
    ["TEMPO.CO, Jakarta - Ukrainian President Volodymyr Zelensky told the United Nations General Assembly on Wednesday that Russia was preparing strikes on Ukraine's nuclear power plants and their grid connections.",
     "He said Kyiv had intelligence on the plans and urged world leaders to press Moscow to stop."],
    "diplomacy", "diplomacy", 3, "zelensky-unga-speech-2024-09-25", slug="zelensky-tells-un", n="Head-of-state statement at the UN -> diplomacy."),
  E("2024-09-25 20:30", "Putin Announces Changes to Russia's Nuclear Doctrine",
    ["TEMPO.CO, Jakarta - Russian President Vladimir Putin said on Wednesday that an attack on Russia by a non-nuclear state with the support of a nuclear power would be treated as a joint attack, under proposed changes to Moscow's nuclear doctrine.",
     "The announcement came as Ukraine presses its allies to let it strike targets deep inside Russia with Western missiles."],
    "other", "security", 3, "putin-nuclear-doctrine-changes", sec=["diplomacy"], slug="putin-announces-changes-nuclear-doctrine",
    n="Change of nuclear posture -> other/security (secondary diplomacy); head-of-state move, importance 3."),
  OFF("2024-09-25 19:05", "Hezbollah Fires Missile at Tel Aviv as Israel Pounds Lebanon",
      ["TEMPO.CO, Jakarta - Hezbollah fired a ballistic missile toward Tel Aviv on Wednesday, the Israeli military said, as Israeli air strikes across Lebanon continued for a third day."],
      "israel-hezbollah-escalation-2024-09-25", n="Middle East.", slug="hezbollah-fires-missile-at-tel-aviv"),
  OFF("2024-09-25 16:40", "Rupiah Closes Stronger as Investors Eye Fed Signals",
      ["TEMPO.CO, Jakarta - The rupiah strengthened against the US dollar at Wednesday's close as investors weighed signals of further rate cuts by the US Federal Reserve."],
      "rupiah-close-2024-09-25", n="Indonesian markets.", slug="rupiah-closes-stronger", cat="Business"),
  ]))

# ============================================================ PART B, day 1: 2024-07-18 (UTC)
D1 = "Day 1 (2024-07-18 UTC): 6020, 6021, 6022, 6023."
KR = "kryvyi-rih-missile-strike-2024-07-18"
EPC = "epc-blenheim-summit-2024-07-18"

SEEDS.append(dict(id="6020", name="6020_harlestone-textlive", ext="txt", source="Harlestone Evening Courier", zone="Europe/London", render=r_harlestone, order="newest",
  title="Ukraine war live: Kryvyi Rih toll rises as Europe's leaders meet at Blenheim", dateline="Thursday 18 July 2024",
  lede="Our live coverage of the war in Ukraine and the European Political Community summit in Oxfordshire.",
  notes="Invented outlet. UK text live blog, newest first, one date line 'Thursday 18 July 2024'. 'Key Points' block lists two post headlines (key_point true, importance 3). Each post: headline, then 'By NAME, 2.45pm' (UK local time, BST = UTC+1, zone not printed). Entry 06 is a video teaser without body; entry 03 is the day's theme piece (analysis of the European Political Community, its own story). " + D1,
  not_entries=["masthead and menu", "title (page_title) and date line", "lede line", "'Key Points' header and its two bullet lines", "'Latest updates'", "'Advertisement'", "'Load earlier updates'", "footer"],
  entries=[
  E("2024-07-18 18:10", "Drones damage energy facility in Zaporizhzhia",
    ["Russian drones struck an energy facility in Zaporizhzhia in the late afternoon, causing a fire and power cuts in two districts, the regional governor said.",
     "There were no immediate reports of casualties."],
    "strikes", "strikes", 2, "zaporizhzhia-energy-drone-strike-2024-07-18", a="Sam Okafor",
    n="Same place as 6021-02 (spy sentenced in Zaporizhzhia), different event: must not merge."),
  E("2024-07-18 16:30", "Zelensky: Europe must not let others negotiate over Ukraine's head",
    ["Volodymyr Zelensky told the leaders at Blenheim that no one should try to settle the war on Ukraine's behalf, in a pointed reference to recent trips to Moscow by a European head of government.",
     "He said unity had been Europe's strongest weapon since 2022 and warned that it would be tested in the months ahead."],
    "diplomacy", "diplomacy", 3, EPC, a="Eleanor Pryce", n="Zelensky's summit speech: part of the summit story."),
  E("2024-07-18 14:45", "Analysis: What is the European Political Community, and does it matter for Kyiv?",
    ["The European Political Community was set up in 2022 as a loose forum that brings together EU members and almost every other European state except Russia and Belarus.",
     "It has no budget, no treaty and no power to take binding decisions, which critics say makes it little more than a photo opportunity.",
     "For Ukraine, though, it offers something rare: a room where it sits as an equal with Britain, Turkey and the EU's biggest members at once."],
    "diplomacy", "diplomacy", 2, "analysis-european-political-community", a="Daniel Hargreave",
    n="Theme piece (analysis with body): own story, importance 2; must not merge with the summit story."),
  E("2024-07-18 13:20", "Kryvyi Rih toll rises to four",
    ["Two more bodies have been recovered from the rubble in Kryvyi Rih, bringing the death toll from the overnight missile strike to four, the head of the city's military administration said.",
     "More than 20 people were wounded."],
    "strikes", "strikes", 3, KR, a="Sam Okafor", kp=True),
  E("2024-07-18 11:40", "Starmer opens Blenheim summit with pledge of 'unwavering' backing for Kyiv",
    ["Keir Starmer opened the European Political Community summit at Blenheim Palace by promising that Britain's support for Ukraine would not waver under his government.",
     "Around 45 leaders are attending the one-day meeting, the largest gathering of heads of government hosted in Britain for years."],
    "diplomacy", "diplomacy", 3, EPC, a="Eleanor Pryce", kp=True),
  E("2024-07-18 10:30", "Watch: Zelensky arrives at Blenheim Palace", [], "diplomacy", "diplomacy", 1, EPC, a="Eleanor Pryce", n="Video teaser without body -> importance 1."),
  E("2024-07-18 08:15", "Glide bombs hit northern Kharkiv, nine injured",
    ["Russian aircraft dropped two guided bombs on a residential part of northern Kharkiv early on Thursday, injuring nine people, the city's mayor said."],
    "strikes", "strikes", 2, "kharkiv-glide-bombs-2024-07-18", a="Sam Okafor", n="Different attack from Kryvyi Rih: must not merge."),
  E("2024-07-18 06:50", "Russian missile strike on Kryvyi Rih kills two",
    ["A Russian ballistic missile hit Kryvyi Rih overnight, killing two people and damaging a five-storey apartment block and a nearby industrial site, regional officials said.",
     "Kryvyi Rih, the president's home city, has been a frequent target of Russian strikes."],
    "strikes", "strikes", 3, KR, a="Sam Okafor"),
  ]))

SEEDS.append(dict(id="6021", name="6021_podil-htmllive", ext="html", source="Podil Morning Ledger", zone="Europe/Kyiv", render=r_podil, order="oldest",
  title="Live: Missile strike on Kryvyi Rih; Zelensky at Blenheim summit", url="https://podilledger.example/live/2024-07-18",
  lede="Updates from Ukraine and from the European Political Community summit in Britain.",
  notes="Invented outlet. Kyiv HTML live blog, OLDEST first; visible stamps '18 July, 07:10' (no year) in <time datetime> (+03:00); LiveBlogPosting JSON-LD carries every update with its own datePublished and author, and agrees. Author name under each post. Entry 06 repeats entry 05 nearly verbatim (duplicate_of 6021-05). " + D1,
  not_entries=["header and menu", "h1 title (page_title)", "standfirst", "'All times are Kyiv time.'", "author lines (they give the author)", "'Copy link' / 'Share'", "donation box", "footer", "LiveBlogPosting JSON-LD (duplicates the posts)"],
  entries=[
  E("2024-07-18 07:10", "Ballistic missile strike on Kryvyi Rih: two killed",
    ["Two people were killed and at least 15 injured when a Russian ballistic missile struck Kryvyi Rih before dawn, said Oleksandr Vilkul, head of the city's military administration.",
     "The blast damaged an apartment block, several private houses and an industrial enterprise."],
    "strikes", "strikes", 3, KR, a="Oksana Hrytsenko"),
  E("2024-07-18 09:25", "Zaporizhzhia man jailed for passing air-defence positions to Russia",
    ["A court in Zaporizhzhia sentenced a 43-year-old local man to 15 years in prison for sending the locations of air-defence units to Russian intelligence through a messaging app, the SBU security service said."],
    "other", "security", 2, "zaporizhzhia-spy-sentence-2024-07-18", a="Taras Melnyk", n="Same place as 6020-01 (drone strike), different event: must not merge."),
  E("2024-07-18 11:00", "Czech-led initiative delivers new batch of shells",
    ["A new consignment of large-calibre artillery shells bought under the Czech-led initiative has reached Ukrainian units, the Defence Ministry said.",
     "The ministry did not give the number of rounds but said deliveries would continue every month until the end of the year."],
    "aid", "aid", 2, "czech-ammunition-initiative-july-batch", a="Taras Melnyk"),
  E("2024-07-18 12:30", "Kryvyi Rih: death toll rises to four",
    ["Rescuers pulled two more bodies from the damaged apartment block in Kryvyi Rih, raising the number of dead to four, Vilkul said.",
     "Twenty-one people are in hospital, three of them in serious condition."],
    "strikes", "strikes", 3, KR, a="Oksana Hrytsenko"),
  E("2024-07-18 14:40", "Zelensky at Blenheim: 'No one will decide for Ukraine'",
    ["President Volodymyr Zelensky told the European Political Community summit that any peace settlement must be negotiated with Kyiv, not about it.",
     "He also called on European leaders to use frozen Russian assets to pay for weapons and reconstruction."],
    "diplomacy", "diplomacy", 3, EPC, a="Iryna Shevchuk"),
  E("2024-07-18 17:50", "Zelensky at Blenheim: 'No one will decide for Ukraine'",
    ["President Volodymyr Zelensky told the European Political Community summit that any peace settlement must be negotiated with Kyiv, not about it.",
     "He also urged European leaders to use frozen Russian assets to pay for weapons and reconstruction."],
    "diplomacy", "diplomacy", 1, EPC, a="Iryna Shevchuk", dup="6021-05", n="Near-verbatim repeat of 6021-05 -> importance 1."),
  E("2024-07-18 19:20", "Kryvyi Rih: six dead, mourning to be declared",
    ["The death toll in Kryvyi Rih has risen to six after two of the injured died in hospital, Vilkul said, adding that a day of mourning would be announced."],
    "strikes", "strikes", 3, KR, a="Oksana Hrytsenko"),
  E("2024-07-18 21:45", "Drones hit oil depot in Russia's Rostov region, governor says",
    ["A fire broke out at an oil depot in Russia's Rostov region after a drone attack, the regional governor wrote on Telegram, without saying who had launched the drones.",
     "Ukraine's military did not comment."],
    "strikes", "strikes", 2, "rostov-oil-depot-drone-strike-2024-07-18", a="Taras Melnyk", n="Different attack from Kryvyi Rih: must not merge."),
  ]))

SEEDS.append(dict(id="6022", name="6022_crestmarine-worldrss", ext="xml", source="Crestmarine World Wire", zone="UTC", render=r_rss, order="newest",
  title="Crestmarine World Wire: Top stories", url="https://crestmarine.example", gid="cmw", lede="The world's news, as it breaks",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT; no authors. Four of six items are off-beat (heatwave, von der Leyen vote, Paris Olympics, Bangladesh). Spelling 'Kryvyy Rih'. " + D1,
  not_entries=["channel title/link/description/language", "<category> and <guid> values"],
  entries=[
  OFF("2024-07-18 19:30", "Heatwave tightens grip on southern Europe",
      ["Temperatures passed 40C in parts of Greece, Italy and the Balkans, and authorities in several countries closed archaeological sites and restricted outdoor work in the afternoon."],
      "southern-europe-heatwave-2024-07", n="weather."),
  E("2024-07-18 14:20", "European leaders gather at Churchill's birthplace for summit",
    ["Leaders from around 45 European countries met at Blenheim Palace, the birthplace of Winston Churchill, for a summit dominated by the war in Ukraine and irregular migration.",
     "Ukraine's president attended in person."],
    "diplomacy", "diplomacy", 3, EPC),
  OFF("2024-07-18 12:05", "Von der Leyen wins second term at head of EU executive",
      ["The European Parliament re-elected Ursula von der Leyen as president of the European Commission, giving her a clear majority in a secret ballot in Strasbourg."],
      "von-der-leyen-second-term", n="EU institutions, not about the war."),
  OFF("2024-07-18 09:40", "Paris closes Seine banks for Olympic opening rehearsals",
      ["Police in Paris began closing sections of the Seine's banks to the public ahead of next week's Olympic opening ceremony, which will take place on the river."],
      "paris-olympics-seine-closures", n="Olympics."),
  OFF("2024-07-18 07:30", "Bangladesh protest death toll rises as clashes spread",
      ["At least 19 people were killed in clashes between police and students protesting against quotas for government jobs, local media reported, as the unrest spread to more cities."],
      "bangladesh-quota-protests-2024-07-18", n="Bangladesh."),
  E("2024-07-18 05:55", "Missile strike on Ukraine's Kryvyy Rih kills two",
    ["A Russian missile struck the central Ukrainian city of Kryvyy Rih overnight, killing two people and wounding more than a dozen, local officials said."],
    "strikes", "strikes", 3, KR),
  ]))

SEEDS.append(dict(id="6023", name="6023_brzezina-article", ext="txt", source="Brzezina Weekly Monitor", zone="Europe/Warsaw", render=r_textarticle, order="sections",
  title="Blenheim summit and a night of fire in Krzywy R\u00f3g", crumb="World \u203a Eastern Europe", byline_line="By Agnieszka Wrona", dateline="Published 18.07.2024, 20:40 CEST",
  lede="Our correspondents on the day's main events in and around Ukraine.", share="Share this article", more="Read also: Poland's new air-defence orders explained",
  copyright="\u00a9 2024 Brzezina Weekly Monitor",
  notes="Invented outlet. Text article with three section headings; one entry per section, stamp null, published = the dateline 'Published 18.07.2024, 20:40 CEST' (UTC+2); the page byline is every entry's author. Polish place-name spelling 'Krzywy R\u00f3g' for Kryvyi Rih (toll six). " + D1,
  not_entries=["outlet name and breadcrumb", "title line (page_title)", "byline and dateline lines", "lede paragraph", "'Share this article'", "'Read also: ...' link", "copyright line"],
  entries=[
  E("2024-07-18 20:40", "Tusk at Blenheim: Europe needs its own air shield",
    ["Prime Minister Donald Tusk used the European Political Community summit in Oxfordshire to call for a joint European air-defence system that could protect both EU members and Ukraine.",
     "He said the proposal would be discussed with partners in the autumn."],
    "diplomacy", "diplomacy", 3, EPC, a="Agnieszka Wrona", n="A leader's proposal at the summit: part of the summit story."),
  E("2024-07-18 20:40", "Krzywy R\u00f3g counts its dead",
    ["Six people were killed and more than 30 injured by the Russian missile that hit Krzywy R\u00f3g (Kryvyi Rih) overnight, according to the city authorities.",
     "Firefighters worked through the day at the damaged apartment block."],
    "strikes", "strikes", 3, KR, a="Agnieszka Wrona"),
  E("2024-07-18 20:40", "New rules for refugee benefits",
    ["Ukrainian refugees in Poland will receive the monthly child benefit only if their children attend Polish schools, under rules that take effect in September, the family ministry confirmed."],
    "other", "humanitarian", 2, "poland-refugee-child-benefit-rule", a="Agnieszka Wrona"),
  ]))

# ============================================================ PART B, day 2: 2024-07-19 (UTC) — the day after day 1
D2 = "Day 2 (2024-07-19 UTC): 6030, 6031, 6032, 6033."
ODS = "odesa-port-drone-strike-2024-07-19"
ZUK = "zelensky-uk-cabinet-address-2024-07-19"

SEEDS.append(dict(id="6030", name="6030_harlestone-textlive", ext="txt", source="Harlestone Evening Courier", zone="Europe/London", render=r_harlestone, order="newest",
  title="Ukraine war live: Zelensky addresses UK cabinet; Odesa port hit by drones", dateline="Friday 19 July 2024",
  lede="Our live coverage of the war in Ukraine, with Volodymyr Zelensky in London.",
  notes="Invented outlet (same layout as 6020). Text live blog, newest first, 'By NAME, 2.45pm' lines (BST); no Key Points block today. Entry 06 is a photo teaser without body. Entry 04 continues the day-1 Kryvyi Rih story with a new development (search ended, eight dead) and keeps the day-1 slug. " + D2,
  not_entries=["masthead and menu", "title (page_title) and date line", "lede line", "'Latest updates'", "'Advertisement'", "'Load earlier updates'", "footer"],
  entries=[
  E("2024-07-19 18:20", "Shelling hits border villages in Sumy region",
    ["Russian artillery and mortar fire hit eleven communities along the border in the Sumy region during the day, damaging homes and a school, the regional military administration said."],
    "strikes", "strikes", 2, "sumy-border-shelling-2024-07-19", a="Sam Okafor", n="Different attack from the Odesa port strike: must not merge."),
  E("2024-07-19 13:15", "Zelensky tells cabinet Russia must 'feel the cost' of its war",
    ["Volodymyr Zelensky became the first foreign leader since 1997 to address a meeting of the British cabinet, telling ministers that Russia would only negotiate seriously once the war became too costly for it.",
     "He asked for permission to use British long-range missiles against military targets inside Russia, according to a Downing Street readout."],
    "diplomacy", "diplomacy", 3, ZUK, a="Eleanor Pryce"),
  E("2024-07-19 12:10", "Odesa toll rises to two",
    ["A second person has died after the overnight drone attack on port facilities in the Odesa region, the regional governor said."],
    "strikes", "strikes", 3, ODS, a="Sam Okafor"),
  E("2024-07-19 11:50", "Kryvyi Rih: search ends with eight confirmed dead",
    ["Rescuers in Kryvyi Rih have finished searching the apartment block hit by a Russian missile on Thursday, and the confirmed death toll now stands at eight, city officials said.",
     "Friday has been declared a day of mourning in the city."],
    "strikes", "strikes", 3, KR, a="Sam Okafor", n="Day-2 continuation of the day-1 story with a new development; keeps the day-1 slug."),
  E("2024-07-19 09:50", "Zelensky arrives in Downing Street ahead of cabinet address",
    ["Volodymyr Zelensky was greeted by Keir Starmer on the steps of Number 10 shortly before 9.30am.",
     "He will speak to the cabinet before holding talks with the prime minister."],
    "diplomacy", "diplomacy", 3, ZUK, a="Eleanor Pryce"),
  E("2024-07-19 08:40", "Photos: Odesa port after the night attack", [], "strikes", "strikes", 1, ODS, a="Sam Okafor", n="Photo teaser without body -> importance 1."),
  E("2024-07-19 07:20", "Drones hit Odesa port facilities, one killed",
    ["Russian drones struck port infrastructure in the Odesa region overnight, killing one person and damaging grain storage facilities, Ukraine's southern military command said."],
    "strikes", "strikes", 3, ODS, a="Sam Okafor"),
  ]))

SEEDS.append(dict(id="6031", name="6031_podil-htmllive", ext="html", source="Podil Morning Ledger", zone="Europe/Kyiv", render=r_podil, order="oldest",
  title="Live: Drones hit Odesa port; Zelensky speaks to British cabinet", url="https://podilledger.example/live/2024-07-19",
  lede="Updates from Ukraine and from President Zelensky's visit to London.",
  notes="Invented outlet (same layout as 6021). HTML live blog, OLDEST first, '19 July, 06:30' in <time datetime> (+03:00), LiveBlogPosting JSON-LD agrees. Entry 02 re-posts the day-1 entry 6021-03 nearly verbatim (same headline and text): importance 1, own day-1 story slug. Entry 03 continues the day-1 Kryvyi Rih story (new development: day of mourning, eight dead). Entry 06 repeats entry 04 nearly verbatim (duplicate_of 6031-04). " + D2,
  not_entries=["header and menu", "h1 title (page_title)", "standfirst", "'All times are Kyiv time.'", "author lines", "'Copy link' / 'Share'", "donation box", "footer", "LiveBlogPosting JSON-LD"],
  entries=[
  E("2024-07-19 06:30", "Night attack on Odesa region: port infrastructure hit, one dead",
    ["Russian attack drones targeted port infrastructure in the Odesa region overnight, killing a security guard and setting a grain warehouse on fire, said Oleh Kiper, the regional governor.",
     "Air defence units destroyed 14 of the 17 drones launched, the air force said."],
    "strikes", "strikes", 3, ODS, a="Oksana Hrytsenko"),
  E("2024-07-19 09:00", "Czech-led initiative delivers new batch of shells",
    ["A new consignment of large-calibre artillery shells bought under the Czech-led initiative has reached Ukrainian units, the Defence Ministry said.",
     "The ministry did not give the number of rounds but said deliveries would continue every month until the end of the year."],
    "aid", "aid", 1, "czech-ammunition-initiative-july-batch", a="Taras Melnyk",
    n="Re-post of day-1 entry 6021-03 (same headline and text, republished on 19 July) -> importance 1; duplicate_of null because the original is in another seed."),
  E("2024-07-19 11:20", "Kryvyi Rih declares day of mourning as toll reaches eight",
    ["Kryvyi Rih is observing a day of mourning after the number of people killed by Thursday's missile strike rose to eight, Oleksandr Vilkul said.",
     "Flags were lowered across the city and entertainment events were cancelled."],
    "strikes", "strikes", 3, KR, a="Oksana Hrytsenko", n="Day-2 continuation of the day-1 story; keeps the day-1 slug."),
  E("2024-07-19 13:40", "Zelensky addresses British cabinet in London",
    ["President Volodymyr Zelensky spoke to Prime Minister Keir Starmer's cabinet in Downing Street, the first foreign leader to do so in more than a quarter of a century.",
     "He thanked Britain for its military support and urged ministers to lift restrictions on the use of long-range weapons."],
    "diplomacy", "diplomacy", 3, ZUK, a="Iryna Shevchuk"),
  E("2024-07-19 16:10", "Odesa: third victim dies in hospital",
    ["A third person has died of injuries sustained in the overnight drone attack on the Odesa region's port infrastructure, the regional administration said."],
    "strikes", "strikes", 3, ODS, a="Oksana Hrytsenko"),
  E("2024-07-19 17:35", "Zelensky addresses British cabinet in London",
    ["President Volodymyr Zelensky spoke to Prime Minister Keir Starmer's cabinet in Downing Street, the first foreign leader to do so in more than a quarter of a century.",
     "He thanked Britain for its military help and urged ministers to lift restrictions on the use of long-range weapons."],
    "diplomacy", "diplomacy", 1, ZUK, a="Iryna Shevchuk", dup="6031-04", n="Near-verbatim repeat of 6031-04 -> importance 1."),
  E("2024-07-19 18:30", "Rada backs changes to mobilisation rules at first reading",
    ["Ukraine's parliament approved at first reading a bill that would let men who missed registration deadlines update their military records online without penalties."],
    "other", "politics", 2, "rada-military-records-bill", a="Taras Melnyk"),
  ]))

SEEDS.append(dict(id="6032", name="6032_crestmarine-worldrss", ext="xml", source="Crestmarine World Wire", zone="UTC", render=r_rss, order="newest",
  title="Crestmarine World Wire: Top stories", url="https://crestmarine.example", gid="cmw", lede="The world's news, as it breaks",
  notes="Invented outlet (same feed as 6022). General world-news RSS 2.0, newest first, GMT; four of six items off-beat (IT outage, ICJ opinion, Bangladesh curfew, Trump's convention speech). Spellings 'Odessa' and 'Zelenskiy'. " + D2,
  not_entries=["channel title/link/description/language", "<category> and <guid> values"],
  entries=[
  E("2024-07-19 15:30", "Zelenskiy addresses UK cabinet in rare honour",
    ["Ukraine's President Volodymyr Zelenskiy spoke to Britain's cabinet on Friday, an honour last given to a foreign leader when Bill Clinton visited in 1997."],
    "diplomacy", "diplomacy", 3, ZUK),
  OFF("2024-07-19 14:15", "World Court says Israel's occupation of Palestinian territories is unlawful",
      ["The International Court of Justice said in an advisory opinion that Israel's continued presence in the occupied Palestinian territories is unlawful and should end as quickly as possible."],
      "icj-occupation-advisory-opinion", n="Middle East."),
  OFF("2024-07-19 12:30", "Bangladesh imposes curfew as protest deaths mount",
      ["Bangladesh's government ordered a nationwide curfew and deployed the army after days of clashes over job quotas in which dozens of people have died."],
      "bangladesh-curfew-2024-07-19", n="Bangladesh."),
  OFF("2024-07-19 09:50", "Global IT outage grounds flights and disrupts banks",
      ["A faulty software update from a cybersecurity company crashed computers running Windows around the world, grounding flights, knocking broadcasters off air and disrupting hospitals and banks."],
      "global-it-outage-2024-07-19", n="technology."),
  E("2024-07-19 07:10", "Russian drones hit Odessa port, one dead",
    ["Russian drones struck port facilities in Ukraine's Odessa region overnight, killing one person and damaging a grain warehouse, the regional governor said."],
    "strikes", "strikes", 3, ODS),
  OFF("2024-07-19 03:40", "Trump accepts Republican nomination in marathon speech",
      ["Donald Trump formally accepted the Republican presidential nomination in Milwaukee, describing the attempt on his life five days earlier in a speech that lasted more than 90 minutes."],
      "trump-accepts-nomination", n="US politics."),
  ]))

SEEDS.append(dict(id="6033", name="6033_halverby-atom", ext="xml", source="Halverby Baltic Review", zone="Europe/Riga", render=r_atom, order="newest",
  title="Halverby Baltic Review", url="https://halverby.example", lede="News from the Baltic states and their neighbourhood",
  notes="Invented outlet. Atom 1.0 feed, newest first, <published> with +03:00 (Riga, EEST); HTML content escaped; author per entry. Entry 04 is the day's theme piece (explainer on why Odesa's ports are targeted): own story, must not merge with the Odesa strike. Spelling 'Zelenskyy'. " + D2,
  not_entries=["feed title/subtitle/links/id/updated", "each entry's <id> and <updated>"],
  entries=[
  E("2024-07-19 20:10", "NATO jets scrambled as Russian aircraft near Estonian airspace",
    ["NATO fighter jets on Baltic air-policing duty were scrambled twice on Friday to identify Russian military aircraft flying close to Estonian airspace without transponders, Estonia's defence forces said."],
    "other", "security", 2, "baltic-air-policing-scramble-2024-07-19", a="K\u0101rlis V\u012btols"),
  E("2024-07-19 17:30", "Odesa: death toll rises to three",
    ["Three people have now died as a result of the overnight drone strike on port infrastructure near Odesa, Ukrainian officials said."],
    "strikes", "strikes", 3, ODS, a="Ieva B\u0113rzi\u0146a"),
  E("2024-07-19 15:05", "Zelenskyy becomes first foreign leader in decades to address UK cabinet",
    ["Volodymyr Zelenskyy addressed Britain's cabinet in London on Friday, a rare privilege that Downing Street said reflected the strength of the two countries' partnership.",
     "Latvian officials welcomed the visit as a sign that London's support would continue under the new government."],
    "diplomacy", "diplomacy", 3, ZUK, a="Ieva B\u0113rzi\u0146a"),
  E("2024-07-19 12:40", "Explainer: why Russia keeps targeting Odesa's ports",
    ["Odesa and its neighbouring ports of Chornomorsk and Pivdennyi handle most of Ukraine's seaborne grain exports, which have recovered since Kyiv opened its own shipping corridor last year.",
     "By hitting warehouses, berths and grain terminals, Moscow is trying to raise insurance costs and scare off foreign shipowners, analysts say.",
     "Ukraine has answered by pushing Russia's Black Sea Fleet out of the western part of the sea with sea drones and missiles."],
    "strikes", "strikes", 2, "explainer-odesa-ports-targeting", a="M\u0101rti\u0146\u0161 Kalns",
    n="Theme piece (explainer with body): own story, importance 2; must not merge with the Odesa strike."),
  E("2024-07-19 09:15", "Latvia hands over new batch of drones to Ukraine",
    ["Latvia has sent Ukraine several hundred reconnaissance and attack drones made by Latvian companies, the defence ministry in Riga said.",
     "The delivery is part of the international drone coalition that Latvia leads together with Britain."],
    "aid", "aid", 2, "latvia-drone-batch-2024-07-19", a="K\u0101rlis V\u012btols"),
  ]))

# ============================================================ PART B, day 3: 2024-09-14 (UTC)
D3 = "Day 3 (2024-09-14 UTC): 6040, 6041, 6042, 6043."
SWAP = "uae-mediated-prisoner-swap-2024-09-14"
KHK = "kharkiv-glide-bomb-apartment-2024-09-14"
KDR = "kharkiv-drone-attack-energy-2024-09-14"
YES = "zelensky-yes-forum-remarks-2024-09-14"

SEEDS.append(dict(id="6040", name="6040_ferrowind-textlive", ext="txt", source="Ferrowind Valley Tribune", zone="America/New_York", render=r_ferrowind, order="oldest",
  parse_args=["--date", "2024-09-14"],
  title="Live updates: Ukraine and Russia swap prisoners; bomb hits Kharkiv high-rise", byline="Dana Whitlock", dateline="Saturday, Sept. 14",
  lede="Follow the day's developments in Russia's war in Ukraine. Times are Eastern.",
  notes="Invented outlet. US text live blog, OLDEST first; the date line 'Saturday, Sept. 14' prints no year and nothing else on the page does (parse_args --date 2024-09-14); each post: a stamp line '9:50 a.m. EDT' BEFORE its headline (UTC-4). One page byline is every entry's author. Entry 05 is the day's theme piece (analysis of glide bombs). Entry 07 repeats entry 02 nearly verbatim (duplicate_of 6040-02). " + D3,
  not_entries=["masthead and menu", "'NATION & WORLD' kicker", "title (page_title)", "byline and date line", "lede line", "share line", "'ADVERTISEMENT'", "'This story will be updated.'", "footer"],
  entries=[
  E("2024-09-14 06:10", "Overnight drone attack knocks out power in part of Kharkiv",
    ["Russian drones hit an energy facility in Kharkiv overnight, leaving several neighborhoods without electricity and water, Mayor Ihor Terekhov said.",
     "Repair crews restored power to most homes by morning."],
    "strikes", "strikes", 3, KDR, a="Dana Whitlock", n="Same city, different attack from the afternoon glide bomb: must not merge."),
  E("2024-09-14 08:25", "Ukraine and Russia swap 103 prisoners each, UAE says",
    ["Ukraine and Russia each released 103 prisoners of war in an exchange brokered by the United Arab Emirates, the UAE foreign ministry said Saturday.",
     "Russia's Defense Ministry said the soldiers returned to Russia had been captured during Ukraine's incursion into the Kursk region."],
    "diplomacy", "diplomacy", 3, SWAP, a="Dana Whitlock"),
  E("2024-09-14 09:50", "Guided bomb strikes Kharkiv apartment building",
    ["A Russian guided aerial bomb hit a 12-story apartment building in Kharkiv on Saturday afternoon, killing at least one person and injuring more than 20, regional officials said.",
     "Video posted by emergency services showed flames on the upper floors."],
    "strikes", "strikes", 3, KHK, a="Dana Whitlock"),
  E("2024-09-14 11:30", "Zelensky: plan to end the war will be shown to Biden this month",
    ["Speaking at a conference in Kyiv, President Volodymyr Zelensky said he would present his plan for ending the war to President Joe Biden during his trip to the United States later this month.",
     "He said the plan was built around strengthening Ukraine rather than making concessions."],
    "diplomacy", "diplomacy", 3, YES, a="Dana Whitlock", n="Zelensky's remarks at the Yalta European Strategy meeting; separate from the prisoner swap: must not merge."),
  E("2024-09-14 13:15", "Analysis: Why Russia's glide bombs are so hard to stop",
    ["Russia's glide bombs are old free-fall bombs fitted with folding wings and satellite guidance, which lets aircraft release them 40 miles or more from their targets.",
     "Because the planes never have to cross the front line, Ukraine's short-range air defenses cannot reach them, and shooting down the bombs themselves is very difficult.",
     "Ukrainian officials say the only real answer is to hit the aircraft on the ground, which means striking airfields inside Russia."],
    "strikes", "strikes", 2, "analysis-glide-bombs", a="Dana Whitlock", n="Theme piece (analysis with body): own story, importance 2; must not merge with the Kharkiv strike."),
  E("2024-09-14 14:40", "Kharkiv death toll rises to three",
    ["Three people are now confirmed dead after the guided bomb attack on a Kharkiv apartment building, and the number of injured has risen to 41, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, KHK, a="Dana Whitlock"),
  E("2024-09-14 16:05", "Ukraine and Russia swap 103 prisoners each, UAE says",
    ["Ukraine and Russia each released 103 prisoners of war in an exchange brokered by the United Arab Emirates, the UAE foreign ministry said Saturday.",
     "Russia's Defense Ministry said the soldiers returned to Russia were captured during Ukraine's incursion into the Kursk region."],
    "diplomacy", "diplomacy", 1, SWAP, a="Dana Whitlock", dup="6040-02", n="Near-verbatim repeat of 6040-02 -> importance 1."),
  ]))

SEEDS.append(dict(id="6041", name="6041_coorabell-htmllive", ext="html", source="Coorabell Bay News", zone="Australia/Sydney", render=r_coorabell, order="newest",
  title="Ukraine war live: prisoner swap brings 103 home; Kharkiv high-rise hit", url="https://coorabellbay.example/world/ukraine-live-2024-09-14",
  lede="Overnight updates from Ukraine, Australian Eastern time.",
  notes="Invented outlet. Australian HTML live blog, newest first; visible day headers 'Sunday, September 15' / 'Saturday, September 14' (no year; the JSON-LD @graph page node gives 2024 dates but no per-update list), stamps '12.40am' in a span (AEST, UTC+10; Sydney is not on daylight time until October). The blog crosses local midnight: four posts are dated 15 Sep local, three 14 Sep local, all on 14 Sep UTC. Author line under each post except the teaser. Entry 05 is a photo teaser without body. " + D3,
  not_entries=["header and menu", "h1 title (page_title)", "standfirst", "day headers 'Sunday, September 15' and 'Saturday, September 14' (structure)", "author lines", "newsletter promo", "footer", "@graph JSON-LD"],
  entries=[
  E("2024-09-15 06:10", "Russia says it has retaken two villages in Kursk",
    ["Russia's defence ministry says its troops have recaptured two villages in the Kursk region, part of a counter-offensive launched earlier this week.",
     "Ukraine's general staff said fighting was continuing in the area."],
    "other", "frontline", 2, "kursk-russian-counteroffensive-villages-2024-09-14", a="Jack Denholm"),
  E("2024-09-15 04:30", "More Bushmasters arrive in Ukraine, Canberra confirms",
    ["The federal government has confirmed that a further batch of Australian-made Bushmaster protected vehicles has arrived in Ukraine, taking the total delivered to more than 100."],
    "aid", "aid", 2, "australia-bushmaster-delivery-2024-09", a="Priya Nandakumar"),
  E("2024-09-15 02:15", "Kharkiv strike: second death confirmed",
    ["A second person has died after a Russian guided bomb hit an apartment tower in Kharkiv, and at least 35 people have been injured, local officials say."],
    "strikes", "strikes", 3, KHK, a="Jack Denholm"),
  E("2024-09-15 00:40", "Guided bomb hits Kharkiv high-rise",
    ["A Russian guided bomb has struck a multi-storey residential building in Ukraine's second-largest city, Kharkiv, killing one person and starting a fire on the upper floors, the city's mayor says."],
    "strikes", "strikes", 3, KHK, a="Jack Denholm", n="15 Sep 00:40 AEST = 14 Sep 14:40 UTC."),
  E("2024-09-14 23:50", "Photos: freed soldiers wrapped in flags at the border", [], "diplomacy", "diplomacy", 1, SWAP, n="Photo teaser without body -> importance 1."),
  E("2024-09-14 22:30", "103 Ukrainians come home in UAE-brokered swap",
    ["Ukraine has brought home 103 soldiers, including members of the National Guard and the border service, in a prisoner exchange with Russia mediated by the United Arab Emirates.",
     "Russia received the same number of its own servicemen."],
    "diplomacy", "diplomacy", 3, SWAP, a="Priya Nandakumar"),
  E("2024-09-14 20:45", "Drones hit Kharkiv energy site overnight",
    ["Russian drones struck an energy facility in Kharkiv overnight, cutting electricity to parts of the city, Ukrainian officials say."],
    "strikes", "strikes", 3, KDR, a="Jack Denholm", n="Same city, different attack from the glide bomb: must not merge."),
  ]))

SEEDS.append(dict(id="6042", name="6042_meridale-worldatom", ext="xml", source="Meridale World Feed", zone="UTC", render=r_atom, order="newest",
  title="Meridale World Feed", url="https://meridale.example", lede="Top world stories",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z (UTC), no authors; four of six entries off-beat (China retirement age, Myanmar floods, Boeing strike, typhoon). Spelling 'Kharkov'. " + D3,
  not_entries=["feed title/subtitle/links/id/updated", "each entry's <id> and <updated>"],
  entries=[
  OFF("2024-09-14 21:10", "China to raise retirement age gradually from January",
      ["China will raise its statutory retirement age for the first time in decades, lifting it in stages over 15 years starting in January, state media said."],
      "china-retirement-age-rise", n="China."),
  E("2024-09-14 16:20", "Guided bomb hits Kharkov apartment block, two killed",
    ["A Russian guided bomb struck an apartment block in the Ukrainian city of Kharkov, killing two people and wounding dozens, officials said."],
    "strikes", "strikes", 3, KHK),
  OFF("2024-09-14 14:30", "Myanmar flood deaths climb after Typhoon Yagi",
      ["The death toll from floods and landslides in Myanmar after Typhoon Yagi has risen above 220, state media reported, with dozens of people still missing."],
      "myanmar-yagi-floods", n="Myanmar."),
  E("2024-09-14 11:45", "Ukraine and Russia exchange prisoners in UAE-brokered deal",
    ["Russia and Ukraine swapped 206 prisoners of war in total, with each side releasing 103, after mediation by the United Arab Emirates."],
    "diplomacy", "diplomacy", 3, SWAP),
  OFF("2024-09-14 06:15", "Boeing machinists' strike enters second day",
      ["More than 30,000 Boeing factory workers in the Seattle area stayed off the job for a second day after rejecting a contract offer, halting production of the company's best-selling jets."],
      "boeing-machinists-strike", n="US labour."),
  OFF("2024-09-14 02:30", "Typhoon Bebinca heads for China's east coast",
      ["Forecasters said Typhoon Bebinca was strengthening over the western Pacific and could reach the Shanghai area early next week."],
      "typhoon-bebinca", n="weather."),
  ]))

SEEDS.append(dict(id="6043", name="6043_vaskelo-article", ext="txt", source="Vaskelo Sanomat", zone="Europe/Helsinki", render=r_textarticle, order="sections",
  title="Prisoner swap and a deadly strike on Kharkiv", crumb="Ulkomaat \u203a World in English", byline_line="Aino Lehtisalo", dateline="14.9.2024 klo 21.15",
  lede="The main events of Saturday in the war in Ukraine.", share="Jaa / Share", more="Lue my\u00f6s: Finland's new aid package explained",
  copyright="\u00a9 Vaskelo Sanomat",
  notes="Invented outlet. Finnish paper's English text article: byline line without 'By', Finnish-style dateline '14.9.2024 klo 21.15' (EEST, UTC+3, zone not printed). Three section headings; one entry per section, stamp null, published = the dateline; the page byline is every entry's author. " + D3,
  not_entries=["outlet name and breadcrumb", "title line (page_title)", "byline and dateline lines", "lede paragraph", "'Jaa / Share'", "'Lue my\u00f6s: ...' link", "copyright line"],
  entries=[
  E("2024-09-14 21:15", "103 Ukrainians home in exchange",
    ["Ukraine and Russia exchanged 103 prisoners of war each on Saturday in a deal brokered by the United Arab Emirates.",
     "Finland's foreign minister welcomed the exchange in a post on social media."],
    "diplomacy", "diplomacy", 3, SWAP, a="Aino Lehtisalo"),
  E("2024-09-14 21:15", "Three dead in Kharkiv",
    ["The death toll from the guided bomb that hit a high-rise in Kharkiv rose to three in the evening, the regional governor said."],
    "strikes", "strikes", 3, KHK, a="Aino Lehtisalo"),
  E("2024-09-14 21:15", "Zelensky at the YES forum",
    ["At the Yalta European Strategy meeting in Kyiv, Zelensky told Western guests that decisions on long-range weapons could not wait until after the US election.",
     "He said the plan he will present in Washington is ready."],
    "diplomacy", "diplomacy", 3, YES, a="Aino Lehtisalo", sec=["aid"]),
  ]))

# ============================================================ emit
BASIS = {
  "r_plaindealer": "AP-style stamp '{s}' after the card text (full date, 12 h); US Eastern implied by the outlet (EDT = UTC-4); no zone printed",
  "r_omaha": "relative stamp '{s}' resolved against the weather box's 'Updated: July 13, 2024 @ 7:40 pm'; US Central implied by the outlet (CDT = UTC-5)",
  "r_abq": "no per-section time; the article's 'Published: Friday, August 16th, 2024 at 3:48PM' used for every section; Mountain time (MDT = UTC-6) implied by the outlet, NewsArticle JSON-LD agrees (-06:00)",
  "r_spokesman": "bare stamp '{s}' on 'Thu., Sept. 12' (no year on the page: parse_args --date 2024-09-12); the intro says 'All times are local in Kyiv' (EEST = UTC+3)",
  "r_windsor": "stamp '{s}' printed after the headline; date from 'Published Aug 04, 2024'; ET = EDT = UTC-4",
  "r_illawarra": "ACM stamp '{s}' (full date, 12 h); Sydney time implied by the outlet (AEST = UTC+10 in winter); local date {d}",
  "r_sheffield": "stamp '{s}' on the blog's day (header 'Published 10th Aug 2024, 07:30 BST'); BST = UTC+1",
  "r_tap": "stamp '{s}' (dd/mm/yyyy - HH:MM); Tunis time implied by the outlet (CET = UTC+1, no daylight saving)",
  "r_lesotho": "pubDate '{s}' (explicit +0000); published_local converted to the outlet's zone (SAST = UTC+2)",
  "r_tempo": "pubDate '{s}' (explicit +0700, WIB); local date {d}",
  "r_harlestone": "stamp '{s}' in the 'By NAME, time' line under the headline, on the page's date line ({d}); UK time, BST = UTC+1",
  "r_podil": "visible '{s}' (no year) in <time datetime> with +03:00; LiveBlogPosting JSON-LD update datePublished agrees",
  "r_rss": "pubDate '{s}' (explicit GMT)",
  "r_textarticle": "no per-section time; the article dateline ({d}, {z}) used for every section",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_ferrowind": "stamp line '{s}' before the headline, on the date line 'Saturday, Sept. 14' (no year: parse_args --date 2024-09-14); EDT = UTC-4",
  "r_coorabell": "stamp '{s}' under the day header for {d} (no visible year; JSON-LD page dates give 2024); AEST = UTC+10",
}


def check_order(S):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    if S["order"] == "newest":
        assert ts == sorted(ts, reverse=True), S["id"]
    elif S["order"] == "oldest":
        assert ts == sorted(ts), S["id"]
    else:
        assert len(set(ts)) == 1, S["id"]


def main():
    for sub in ("seeds", "gold"):
        os.makedirs(os.path.join(ROOT, sub), exist_ok=True)
        for f in os.listdir(os.path.join(ROOT, sub)):
            os.remove(os.path.join(ROOT, sub, f))
    total = 0
    for S in SEEDS:
        check_order(S)
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
                         "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), z=S["zone"]),
                         "author": e["a"],
                         "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                         "body_paragraphs": len(e["p"]),
                         "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                         "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"],
                         "notes": e["n"] or None})
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

#!/usr/bin/env python3
"""Builds the eval/fl seed pages and their gold files from one hand-written data table (further below).
All headlines and paragraphs are the blind tester's own wording (invented or paraphrased; no copied sentences).
Part A imitates, from memory, the page layouts of ten real outlets; Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/fl/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: local time 'YYYY-MM-DD HH:MM[:SS]' in the page zone, headline, paragraphs, labels."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018(]|$)', par):
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


def clock12(d, style):
    """12-hour clock forms: 'PM' -> '2:15 PM', 'pm' -> '2:15 pm', 'ap' -> AP style '2:15 p.m.' / '4 p.m.',
    'pad' -> '02:15 PM', 'lat' -> '5 AM' on the hour else '5:40 AM'."""
    h = d.hour % 12 or 12
    pm = d.hour >= 12
    if style == "PM":
        return f"{h}:{d.minute:02d} {'PM' if pm else 'AM'}"
    if style == "pm":
        return f"{h}:{d.minute:02d} {'pm' if pm else 'am'}"
    if style == "pad":
        return f"{h:02d}:{d.minute:02d} {'PM' if pm else 'AM'}"
    if style == "ap":
        return (f"{h}" if d.minute == 0 else f"{h}:{d.minute:02d}") + (" p.m." if pm else " a.m.")
    if style == "lat":
        return (f"{h}" if d.minute == 0 else f"{h}:{d.minute:02d}") + (" PM" if pm else " AM")
    raise ValueError(style)


def order_check(S, newest_first):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest_first), f"{S['id']}: entries must be {'newest' if newest_first else 'oldest'} first"


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def iso(d):
    return d.isoformat().replace("+00:00", "Z")


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def ps_html(ps, cls=None):
    c = f' class="{cls}"' if cls else ""
    return [f"<p{c}>{esc(p)}</p>" for p in ps]


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:60]


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_politico(S):
    """POLITICO topic page ('Russia-Ukraine War'), text scrape. Newest first; each card: headline, dek, 'By NAME and NAME',
    then the stamp 'MM/DD/YYYY hh:mm AM EST' (stamp AFTER headline and byline)."""
    z = S["zone"]; order_check(S, True)
    L = ["Skip to Main Content", "", "POLITICO", "",
         "Congress   White House   Elections   Policy   Defense   Magazine   Newsletters   Podcasts   Video   POLITICO Pro", "",
         "Log In   Subscribe", "", "TOPIC", S["title"], "", "Follow", "",
         "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%m/%d/%Y} {clock12(d, 'pad')} {d.tzname()}"; stamps.append(st)
        L += [e["h"], "", e["p"][0], "", e["byline"], st, ""]
        if i == 2:
            L += ["Advertisement", "", "Sign up for National Security Daily", "Your guide to the ideas, people and fights shaping defense policy, every weekday afternoon.",
                  "Your Email", "Sign Up", ""]
    L += ["Load More", "", "About Us   Advertising   Careers   Privacy Policy   Terms of Service   Do not sell my info",
          "© 2029 POLITICO LLC"]
    return "\n".join(L) + "\n", stamps


def r_vox(S):
    """Vox (Chorus) Atom feed: newest first, <published>/<updated> ISO with -05:00, <author><name>, escaped-HTML <content>
    that opens with a <figure> and figcaption + photo credit; <summary> holds the dek."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
           f'<title type="text">{esc(S["title"])}</title>', '<icon>https://www.vox.com/static-assets/icons/android-chrome-192x192.png</icon>',
           f'<updated>{last.isoformat()}</updated>', '<id>https://www.vox.com/rss/index.xml</id>',
           '<link type="text/html" href="https://www.vox.com/" rel="alternate"/>', '<link href="https://www.vox.com/rss/index.xml" rel="self"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        upd = d + timedelta(minutes=e.get("upd", 0))
        link = f"https://www.vox.com/{e['sect']}/{402118 + i * 37}/{slug(e['h'])}"
        body = (f'<figure><img alt="{attr(e["fig"][0])}" src="https://platform.vox.com/wp-content/uploads/sites/2/2029/03/img{i}.jpg?quality=90&amp;strip=all" />'
                f'<figcaption>{esc(e["fig"][0])} <cite>{esc(e["fig"][1])}</cite></figcaption></figure>'
                + "".join(f"<p>{esc(p)}</p>" for p in e["p"]))
        out += ['<entry>', f'<author><name>{esc(e["a"])}</name></author>', f'<title type="html"><![CDATA[{e["h"]}]]></title>',
                f'<link rel="alternate" type="text/html" href="{link}"/>', f'<id>{link}</id>',
                f'<updated>{upd.isoformat()}</updated>', f'<published>{st}</published>',
                f'<category scheme="https://www.vox.com" term="{e["cat"]}"/>',
                '<summary type="html">' + esc(f"<p>{esc(e['dek'])}</p>") + '</summary>',
                '<content type="html">' + esc(body) + '</content>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_npr(S):
    """NPR section RSS 2.0 ('World : NPR'): newest first, pubDate with -0500 and real seconds; <description> is a teaser
    written apart from the story; <content:encoded> carries an image and the story paragraphs; dc:creator."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss xmlns:npr="https://www.npr.org/rss/" xmlns:nprml="https://api.npr.org/nprml" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" '
           'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.npr.org/sections/world/</link>',
           f'<description>{esc(S["lede"])}</description>', '<language>en</language>',
           '<copyright>Copyright 2029 NPR - For Personal Use Only</copyright>', '<generator>NPR API RSS Generator 0.94</generator>',
           f'<lastBuildDate>{rfc822(last)}</lastBuildDate>',
           '<image><url>https://media.npr.org/images/podcasts/primary/npr_generic_image_300.jpg?s=200</url><title>World : NPR</title><link>https://www.npr.org/sections/world/</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://www.npr.org/2029/03/{d.day:02d}/nx-s1-{5310442 + i * 913}/{slug(e['h'])}"
        body = (f"<img src='https://npr.brightspotcdn.com/dims3/default/strip/false/crop/4000x2667+0+0/resize/1100/quality/50/format/jpeg/img{i}.jpg' "
                f"alt='{attr(e['img'])}'/>" + "".join(f"<p>{esc(p)}</p>" for p in e["p"])
                + f"<p>(<a href='{link}'>Read the full story</a> at npr.org)</p>" * e.get("more", 0))
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<description>{esc(e["teaser"])}</description>',
                f'<pubDate>{st}</pubDate>', f'<link>{link}</link>', f'<guid>{link.split("/")[-2]}</guid>',
                f'<content:encoded><![CDATA[{body}]]></content:encoded>', f'<dc:creator>{esc(e["a"])}</dc:creator>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_pbs(S):
    """PBS News (NewsHour) 'World' section front, HTML. Newest first; each card: kicker 'World', then the time line
    'Mar 9, 2029 5:14 PM EST' BEFORE the headline, dek, byline 'By — NAME, Associated Press'. JSON-LD CollectionPage only."""
    z = S["zone"]; order_check(S, True)
    ld = {"@context": "https://schema.org", "@type": "CollectionPage", "name": "World", "url": "https://www.pbs.org/newshour/world",
          "publisher": {"@type": "Organization", "name": "PBS News", "logo": {"@type": "ImageObject", "url": "https://www.pbs.org/newshour/static/img/logo.png"}}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | PBS News</title>',
           '<meta property="og:site_name" content="PBS News">',
           '<script type="application/ld+json">' + json.dumps(ld) + '</script></head><body class="archive category-world">',
           '<header class="nh-header"><a class="nh-logo" href="/newshour/">PBS News</a>'
           '<nav><a href="/newshour/politics">Politics</a> <a href="/newshour/arts">Arts</a> <a href="/newshour/nation">Nation</a> '
           '<a href="/newshour/world">World</a> <a href="/newshour/economy">Economy</a> <a href="/newshour/science">Science</a> '
           '<a href="/newshour/health">Health</a> <a href="/newshour/podcasts">Podcasts</a> <a href="/newshour/video">Full Episodes</a></nav>'
           '<a class="nh-donate" href="https://www.pbs.org/newshour/support">Support Provided By</a> <a class="nh-live" href="/newshour/live">Watch Live</a></header>',
           f'<main><h1 class="archive-title">{esc(S["title"])}</h1>', '<div class="archive-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MON3[d.month - 1]} {d.day}, {d.year} {clock12(d, 'PM')} {d.tzname()}"; stamps.append(st)
        link = f"https://www.pbs.org/newshour/world/{slug(e['h'])}"
        out += ['<article class="card-lg">', '<div class="card-lg__meta"><a class="card-lg__kicker" href="/newshour/world">World</a> '
                f'<time class="card-lg__date">{st}</time></div>',
                f'<h2 class="card-lg__title"><a href="{link}">{esc(e["h"])}</a></h2>']
        out += ps_html(e["p"], "card-lg__excerpt")
        out += [f'<p class="card-lg__byline">{esc(e["byline"])}</p>', '</article>']
        if i == 2:
            out.append('<aside class="nh-newsletter"><h3>Get news from the PBS News Hour in your inbox</h3><p>Sign up for our Politics newsletter</p>'
                       '<input type="email" placeholder="Email Address"> <button>Subscribe</button></aside>')
    out += ['</div><a class="load-more" href="/newshour/world/page/2">Load more</a></main>',
            '<aside class="nh-rail"><h3>Support PBS News:</h3><p>Support Provided By: Learn more</p></aside>',
            '<footer>© 1996 - 2029 NewsHour Productions LLC. All Rights Reserved. <a href="/newshour/about">About</a> '
            '<a href="/newshour/feedback">Feedback</a> <a href="/newshour/privacy">Privacy Policy</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_usatoday(S):
    """USA TODAY live blog, text scrape. Page line 'Published 6:03 a.m. ET March 11, 2029 | Updated ...'; posts newest first,
    each: clock 'h:mm p.m. ET' line BEFORE the headline (no date), body, then a signature line '— NAME, USA TODAY'."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    L = ["Skip to main content", "", "USA TODAY", "", "U.S.   Politics   Sports   Entertainment   Life   Money   Travel   Opinion   Crossword", "",
         "Subscribe   Sign in", "", "WORLD", "", S["title"], "", "LIVE", "",
         " ".join(S["authors"]), "USA TODAY", "",
         f"Published {clock12(pub, 'ap')} ET {MONTHS[pub.month - 1]} {pub.day}, {pub.year} | Updated {clock12(last, 'ap')} ET {MONTHS[last.month - 1]} {last.day}, {last.year}",
         "", "Facebook   X   Email   Share", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{clock12(d, 'ap')} ET"; stamps.append(st)
        L += [st, e["h"], ""]
        if e["p"]:
            L += ptxt(e["p"])
        else:
            L += [f"Embedded video | {e['vid']}", ""]
        if e["sig"]:
            L += [e["sig"], ""]
        if i == 1:
            L += ["Get the latest world news delivered to your inbox: Sign up for the USA TODAY Daily Briefing newsletter.", ""]
    L += [S["contrib"], "", "Your Privacy Choices   Terms of Service   Accessibility   Site Map",
          "© 2029 USA TODAY, a division of Gannett Satellite Information Network, LLC."]
    return "\n".join(L) + "\n", stamps


def r_latimes(S):
    """Los Angeles Times 'World & Nation' page carrying an AP 'The Latest' file, HTML + NewsArticle JSON-LD. One page time
    'March 13, 2029 7:05 AM PT' (LA Times style: '5 AM PT' on the hour); items newest first, each opens with an AP clock
    ('4 p.m.', '1:40 p.m.') in Ukraine local time as the intro line says, no headlines, items separated by '___'."""
    z = S["zone"]; order_check(S, True)
    pz = S["page_zone"]; pt = dt(S["page_t"], pz); first = dt(S["first_t"], pz)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": pt.isoformat(), "articleSection": "World & Nation",
          "author": [{"@type": "Organization", "name": "Associated Press"}],
          "publisher": {"@type": "NewsMediaOrganization", "name": "Los Angeles Times", "url": "https://www.latimes.com"}}
    pstamp = f"{MONTHS[pt.month - 1]} {pt.day}, {pt.year} {clock12(pt, 'lat')} PT"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Los Angeles Times</title>',
           f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<ps-header><a class="logo" href="https://www.latimes.com">Los Angeles Times</a>'
           '<nav><a href="/california">California</a> <a href="/entertainment-arts">Entertainment &amp; Arts</a> <a href="/politics">Politics</a> '
           '<a href="/opinion">Opinion</a> <a href="/sports">Sports</a> <a href="/food">Food</a> <a href="/business">Business</a> '
           '<a href="/world-nation">World &amp; Nation</a> <a href="/lifestyle">Lifestyle</a></nav>'
           '<a class="subscribe" href="/subscriptions">Subscribe</a> <a href="/login">Log In</a></ps-header>',
           '<main><article class="page">', '<div class="breadcrumb"><a href="/world-nation">World &amp; Nation</a></div>',
           f'<h1 class="headline">{esc(S["title"])}</h1>',
           '<div class="byline"><span class="author-name">By Associated Press</span></div>',
           f'<div class="published-date"><time datetime="{pt.isoformat()}">{pstamp}</time></div>',
           '<div class="share"><a>Share via Close extra sharing options</a> <a>Email</a> <a>Facebook</a> <a>X</a> <a>LinkedIn</a> <a>Copy Link URL</a></div>',
           '<div class="rich-text-article-body">', f'<p>{esc(S["lede"])}</p>', '<p>___</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = clock12(d, "ap"); stamps.append(st)
        out.append(f'<p><strong>{st}</strong></p>')
        out += ps_html(e["p"])
        out.append('<p>___</p>')
        if i == 2:
            out.append('<div class="enhancement"><p class="promo">Newsletter</p><p>Get our L.A. Times Plants newsletter</p>'
                       '<p>You may occasionally receive promotional content from the Los Angeles Times.</p></div>')
    out += [f'<p>{esc(S["more"])}</p>', '</div>',
            '<section class="more-stories"><h3>More to Read</h3><a href="/california/story/2029-03-12/rain-returns">Storm to bring rain and mountain snow to Southern California</a>'
            '<a href="/politics/story/2029-03-12/sacramento-budget">Newsom-era budget fights echo in new Sacramento session</a></section>',
            '</article></main>', '<footer>Copyright © 2029, Los Angeles Times | Terms of Service | Privacy Policy | CA Notice of Collection | Do Not Sell or Share My Personal Information</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_wsj(S):
    """The Wall Street Journal live coverage, HTML. 'Updated March 15, 2029 at 5:12 pm ET' under the title; 'Here's what to know'
    summary bullets (not a Key Points block); cards newest first with RELATIVE stamps ('12 min ago', '3 hours ago') above the
    headline, 'By NAME' under it. LiveBlogPosting JSON-LD with per-update datePublished (exact)."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    ups = []
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} min ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hour ago" if mins == 60 else f"{mins // 60} hours ago"
        stamps.append(st)
        ups.append({"@type": "BlogPosting", "headline": e["h"], "url": f"{S['url']}/card/{e['card']}", "datePublished": d.isoformat(),
                    "dateModified": d.isoformat(), "author": [{"@type": "Person", "name": e["a"]}], "articleBody": " ".join(e["p"])})
    first = dt(S["start"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": ref.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "Organization", "name": "The Wall Street Journal"}, "isAccessibleForFree": False,
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - WSJ</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><div class="wsj-logo">THE WALL STREET JOURNAL.</div>'
           '<nav><a>World</a> <a>Business</a> <a>U.S.</a> <a>Politics</a> <a>Economy</a> <a>Tech</a> <a>Markets &amp; Finance</a> <a>Opinion</a> '
           '<a>Arts</a> <a>Lifestyle</a> <a>Real Estate</a> <a>Personal Finance</a> <a>Health</a> <a>Style</a> <a>Sports</a></nav>'
           '<a>Subscribe</a> <a>Sign In</a></header>',
           '<main><div class="live-label">Live Coverage</div>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="timestamp">Updated {MONTHS[ref.month - 1]} {ref.day}, {ref.year} at {clock12(ref, "pm")} ET</p>',
           '<div class="summary"><h2>Here\u2019s what to know</h2><ul>' + "".join(f"<li>{esc(b)}</li>" for b in S["know"]) + '</ul></div>']
    for i, e in enumerate(S["entries"]):
        out += [f'<article class="live-card" id="card-{e["card"]}"><div class="card-time">{stamps[i]}</div>',
                f'<h2 class="card-headline">{esc(e["h"])}</h2>', f'<p class="card-byline">By {esc(e["a"])}</p>']
        out += ps_html(e["p"])
        out += ['<div class="card-tools">Share  Resize</div></article>']
        if i == 1:
            out.append('<div class="paywall">Continue reading your article with a WSJ subscription <a>Subscribe Now</a> <a>Sign In</a></div>')
    out += ['</main>', '<footer>Copyright ©2029 Dow Jones &amp; Company, Inc. All Rights Reserved. <a>Customer Center</a> <a>Privacy Notice</a> <a>Cookie Notice</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_time(S):
    """TIME article with section subheads, text scrape. Byline 'By NAME', then 'Updated: ... EDT | Originally published: ... EDT';
    intro paragraphs, then sections (subhead + paragraphs), closing 'Contact us at letters@time.com.' No per-section time."""
    z = S["zone"]; up = dt(S["updated"], z); op = dt(S["orig"], z)
    f = lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year} {clock12(d, 'PM')} {d.tzname()}"
    L = ["Skip to main content", "", "TIME", "Subscribe", "", "Sections   Magazine   TIME100   Climate   Health   Politics   World   Ideas   Business", "",
         "WORLD", "UKRAINE", "", S["title"], "", f"By {S['byline']}", "", f"Updated: {f(up)} | Originally published: {f(op)}", "",
         "Share   Copy Link   Gift Article", "", S["caption"], ""] + ptxt(S["intro"])
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["Read More: " + S["readmore"], ""]
    L += ["Contact us at letters@time.com.", "", "More Must-Reads from TIME"] + S["must"] + ["",
          "TIME   About Us   Careers   Privacy Policy   Terms of Use   Your Privacy Choices", "© 2029 TIME USA, LLC. All Rights Reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_atlantic(S):
    """The Atlantic Daily newsletter, web edition, HTML + NewsArticle JSON-LD. Title = the day's essay; 'By NAME';
    'March 19, 2029, 6:07 PM ET'; essay paragraphs; 'Here are three new stories' links; 'Today's News' numbered items
    (no headlines); 'Dispatches' links; 'Evening Read' (linked headline + excerpt)."""
    z = S["zone"]; d0 = dt(S["t"], z)
    stamp = f"{MONTHS[d0.month - 1]} {d0.day}, {d0.year}, {clock12(d0, 'PM')} ET"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["dek"],
          "datePublished": d0.isoformat(), "dateModified": d0.isoformat(), "author": [{"@type": "Person", "name": S["byline"]}],
          "isPartOf": {"@type": "CreativeWorkSeries", "name": "The Atlantic Daily"}, "publisher": {"@type": "Organization", "name": "The Atlantic"}}
    ess, news, er = S["entries"][0], S["entries"][1:-1], S["entries"][-1]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - The Atlantic</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="logo" href="https://www.theatlantic.com/">The Atlantic</a><nav><a>Popular</a> <a>Latest</a> <a>Newsletters</a> '
           '<a>Sections</a> <a>Audio</a> <a>Magazine</a> <a>Games</a></nav><a>Sign In</a> <a class="sub">Subscribe</a></header>',
           '<main><article>', '<p class="rubric"><a href="/newsletters/daily/">Newsletters</a></p>',
           f'<h1>{esc(S["title"])}</h1>', f'<p class="dek">{esc(S["dek"])}</p>',
           f'<div class="byline">By <a href="/author/{slug(S["byline"])}/">{esc(S["byline"])}</a></div>',
           f'<time datetime="{d0.isoformat()}">{stamp}</time>', '<div class="share">Share  Save</div>',
           f'<p><em>{esc(S["intro"])}</em></p>']
    out += ps_html(ess["p"])
    out.append('<p>Here are three new stories from <em>The Atlantic</em>:</p><ul>' + "".join(f"<li><a>{esc(x)}</a></li>" for x in S["three"]) + '</ul>')
    out.append("<h2>Today\u2019s News</h2><ol>")
    out += [f"<li>{esc(e['p'][0])}</li>" for e in news]
    out.append("</ol>")
    out.append('<h2>Dispatches</h2><ul>' + "".join(f"<li>{esc(x)}</li>" for x in S["dispatches"]) + '</ul>')
    out.append('<p><em>Explore all of our newsletters <a>here</a>.</em></p>')
    out += ['<h2>Evening Read</h2>', f'<h3><a>{esc(er["h"])}</a></h3>', f'<p><em>By {esc(er["er_by"])}</em></p>']
    out += ps_html(er["p"])
    out += ['<p><a>Read the full article.</a></p>', f'<p><em>{esc(S["signoff"])}</em></p>',
            '<p><small>When you buy a book using a link in this newsletter, we receive a commission. Thank you for supporting <em>The Atlantic</em>.</small></p>',
            '</article></main>', '<footer>© 2029 The Atlantic Monthly Group. All Rights Reserved. Privacy Policy  Your Privacy Choices  Advertising Guidelines  Terms Conditions</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_bi(S):
    """Business Insider 'Insider Today' newsletter, web edition, text scrape. Title, author, 'Mar 20, 2029, 6:42 AM ET';
    greeting; 'What's on deck'; the big story (headline + paragraphs); 'News brief' items numbered '1. Headline'; sign-off."""
    z = S["zone"]; d0 = dt(S["t"], z)
    L = ["Business Insider", "Subscribe   Newsletters   Search", "",
         "Business   Markets   Tech   AI   Politics   Military & Defense   Personal Finance   Video", "", "Newsletter", "",
         S["title"], "", S["byline"], f"{MON3[d0.month - 1]} {d0.day}, {d0.year}, {clock12(d0, 'PM')} ET", "",
         "Share", "Save", "", "Read in app", "", S["caption"], "", S["intro"], "", "What's on deck", ""] + S["deck"] + [""]
    big = S["entries"][0]
    L += ["The big story", big["h"], ""] + ptxt(big["p"])
    L += ["News brief", ""]
    for n, e in enumerate(S["entries"][1:], start=1):
        L += [f"{n}. {e['h']}", ""] + ptxt(e["p"])
        if n == 2:
            L += ["Advertisement", ""]
    L += [S["signoff"], "", "Insider Inc. receives a commission when you buy through our links.", "",
          "Read next", ""] + S["readnext"] + ["", "* Copyright © 2029 Insider Inc. All rights reserved. Registration on or use of this site constitutes acceptance of our Terms of Service and Privacy Policy."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def B(e, byline, **kw):
    e["byline"] = byline
    e.update(kw)
    return e


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
                         "published_local": d.strftime("%Y-%m-%d %H:%M:%S " if e["t"].count(":") == 2 else "%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": S["basis"].format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"], zn=d.tzname(),
                                                              off=d.strftime("%z")),
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


# ================================================================ PART A: ten real outlets' layouts (own words)
SEEDS = []

# ---------------------------------------------------------------- 16900 POLITICO (2029-03-01, EST)
SEEDS.append(dict(
  id="16900", name="16900_politico-topic", ext="txt", source="Politico", zone="America/New_York", render=r_politico,
  title="Russia-Ukraine War",
  basis="card stamp '{s}' (full date, 12-hour clock, zone {zn} printed); local {d} in {z}",
  notes="Imitates a POLITICO topic page ('Russia-Ukraine War') as copied from the browser. Newest first. Each card: headline, one-sentence dek, byline 'By NAME' or 'By NAME and NAME', then the stamp 'MM/DD/YYYY hh:mm PM EST' (stamp AFTER headline and byline; EST printed, UTC-5). Each card is one entry; the dek is its only body paragraph. A two-name byline is kept as one author string (the part after 'By '). A newsletter sign-up box (National Security Daily) sits after the third card.",
  not_entries=["'Skip to Main Content'", "POLITICO masthead and section menu (Congress, White House, ... POLITICO Pro)", "'Log In   Subscribe'",
               "'TOPIC' label and topic title 'Russia-Ukraine War' (page title)", "'Follow' button", "'Latest' tab label",
               "'Advertisement' marker", "National Security Daily sign-up box (title, blurb, 'Your Email', 'Sign Up')", "'Load More'", "footer links and copyright"],
  entries=[
  B(E("2029-03-01 18:22", "Senate appropriators reach deal on $14B Ukraine security package",
    ["The agreement pairs money for air defense interceptors with new reporting rules that Republican holdouts had demanded, clearing the way for a floor vote as soon as next week."],
    "aid", "aid", 3, "senate-ukraine-security-package-deal-2029-03-01", a="Miriam Castellanos and Theo Brandwein"),
    "By Miriam Castellanos and Theo Brandwein"),
  B(E("2029-03-01 16:07", "Pentagon vows to double Patriot interceptor output by summer",
    ["Defense officials told House Armed Services members that two new production lines will open in May, though Kyiv's backers warn the extra missiles may come too late for this spring's fighting."],
    "aid", "aid", 2, "pentagon-patriot-production-increase-2029-03", a="Dana Whitcombe"), "By Dana Whitcombe"),
  B(E("2029-03-01 13:41", "Treasury blacklists Hong Kong shippers tied to Russia's drone supply chain",
    ["The sanctions hit eleven companies that U.S. officials say routed Western-made circuit boards to factories assembling attack drones in Russia's Tatarstan region."],
    "diplomacy", "diplomacy", 2, "treasury-sanctions-hong-kong-drone-suppliers-2029-03-01", a="Ezra Lindqvist"), "By Ezra Lindqvist"),
  B(E("2029-03-01 11:18", "Zelenskyy to senators: Air defense stocks will last 'days, not weeks'",
    ["On a closed video call, the Ukrainian president urged lawmakers to move the aid bill quickly, according to three people who listened in."],
    "aid", "aid", 2, "zelenskyy-senate-video-call-air-defense-2029-03-01", a="Miriam Castellanos", sec=["diplomacy"],
    n="appeal for air defence on a call with senators; its own event, separate from the appropriators' deal"), "By Miriam Castellanos"),
  B(E("2029-03-01 09:34", "Overnight drone barrage kills two in Sumy, cuts power to 80,000 homes",
    ["Ukraine's air force said Russia launched 112 drones and four ballistic missiles, most of them aimed at energy sites in the country's northeast."],
    "strikes", "strikes", 3, "sumy-drone-barrage-2029-03-01", a="Oksana Pryimak"), "By Oksana Pryimak"),
  B(E("2029-03-01 07:05", "NATO chief presses allies to hit new spending target before summer summit",
    ["Mark Rutte told European defense ministers that only a handful of members are on track to reach the alliance's 3.5 percent core-spending goal on schedule."],
    "diplomacy", "diplomacy", 2, "rutte-nato-spending-target-2029-03-01", a="Ezra Lindqvist",
    n="alliance politics (NATO spending) -> diplomacy"), "By Ezra Lindqvist"),
  ]))

# ---------------------------------------------------------------- 16901 Vox (2029-03-05, EST)
SEEDS.append(dict(
  id="16901", name="16901_vox-atom", ext="xml", source="Vox", zone="America/New_York", render=r_vox,
  title="Vox",
  basis="Atom <published> '{s}' (explicit offset {off}); local {d} in {z}",
  notes="Imitates Vox's all-stories Atom feed (Chorus). Newest first. <published> and <updated> carry -05:00 (EST); published is used. <summary> holds the dek; <content> (escaped HTML) opens with a <figure> whose figcaption + photo credit is not a body paragraph, then the story paragraphs (body = the <p> elements of <content>). Vox is a general site: three of five items are off the war (Oscars, allergies, farm bill). The gas-fields piece is an explainer (theme piece: its own story, importance 2) that mentions a weekend strike; the sanctions piece explains the EU package adopted that day (story = that package; explainer, importance 2).",
  not_entries=["feed title/icon/id/updated/link elements", "the <summary> dek of each entry (standfirst, not body)",
               "figure caption and photo credit at the top of each <content> (e.g. 'Kevin Winter/Getty Images')", "category terms, link/id URLs"],
  entries=[
  OFF("2029-03-05 16:30", "The Oscars rewarded a movie people actually watched this year",
    ["Sunday night\u2019s ceremony ended with a result few awards watchers predicted a month ago: a big-budget, crowd-pleasing thriller beat two small festival favorites for the top prize.",
     "The win breaks a long run in which the academy chose films most Americans had never seen, a pattern the show\u2019s shrinking audience seemed to punish.",
     "Whether voters were rewarding the movie itself or reacting to that pressure is hard to say, and it is probably a bit of both."],
    "oscars-2029-best-picture", a="Elena Marchetti", n="film awards", sect="culture", cat="Culture", upd=25,
    dek="For once, the best picture winner was also a box office hit. That may matter more than the academy admits.",
    fig=("The cast of the best picture winner on stage at the Dolby Theatre on Sunday night.", "Kevin Winter/Getty Images")),
  E("2029-03-05 14:10", "Why Russia keeps going after Ukraine\u2019s gas fields",
    ["Over the weekend, Russian missiles and drones hit gas production sites in Ukraine\u2019s Poltava and Kharkiv regions for the third time in a month, according to Ukraine\u2019s state energy company.",
     "The pattern is deliberate. Ukraine produces most of the gas it burns, and the storage sites in the west of the country are what keep homes heated through the winter.",
     "If Russia can cut domestic output now, Kyiv will have to import far more gas over the summer, at a price its budget can barely carry, or go into the next cold season short of fuel.",
     "Ukrainian officials have asked European partners for money to buy gas and for more mobile air defense teams to guard production sites, which are spread across open countryside and hard to protect."],
    "strikes", "strikes", 2, "explainer-russia-targets-ukraine-gas-production", a="Jonah Adeyemi",
    n="theme piece (explainer on the campaign against gas production); mentions the weekend Poltava/Kharkiv strikes but is its own story",
    sect="world-politics", cat="World Politics", upd=0,
    dek="Moscow has moved its air campaign from power plants to gas production. The reason is next winter.",
    fig=("Firefighters work at a damaged gas facility in the Poltava region of Ukraine on March 3, 2029.", "Ukrainian State Emergency Service/AFP via Getty Images")),
  OFF("2029-03-05 11:45", "Spring allergy season keeps starting earlier. Here\u2019s why.",
    ["If your eyes started itching in February, you are not imagining it.",
     "Warmer winters mean trees release pollen sooner and for longer, and higher carbon dioxide levels push many plants to make more of it.",
     "Allergists say the best defense is still the boring one: start medication a couple of weeks before your usual symptoms arrive."],
    "spring-allergy-season-earlier", a="Priya Halvorsen", n="health/science", sect="science", cat="Science", upd=0,
    dek="Climate change is stretching pollen season at both ends.",
    fig=("A maple tree in bloom in Washington, DC.", "Andrew Caballero-Reynolds/AFP via Getty Images")),
  E("2029-03-05 09:00", "What the EU\u2019s new sanctions on Russia\u2019s shadow fleet actually do",
    ["European Union governments on Monday approved another round of sanctions on Russia, this one aimed squarely at the aging tankers Moscow uses to ship oil outside Western price rules.",
     "The package adds 90 more vessels to a list of ships barred from EU ports and services, bringing the total past 400, and for the first time penalizes companies that insure them through front firms in third countries.",
     "The catch is that listing a ship does not stop it from sailing. Many of these tankers never call at European ports, so the measures bite only if coastal states such as Denmark and Estonia are willing to inspect vessels passing through their waters."],
    "diplomacy", "diplomacy", 2, "eu-shadow-fleet-sanctions-package-2029-03-05", a="Jonah Adeyemi",
    n="explainer of the sanctions package adopted that day (story = the package)", sect="world-politics", cat="World Politics", upd=40,
    dek="The bloc\u2019s latest package goes after the tankers that keep Russian oil money flowing. Enforcement is the hard part.",
    fig=("An oil tanker sails through the Bosphorus in Istanbul.", "Yasin Akgul/AFP via Getty Images")),
  OFF("2029-03-05 07:00", "The farm bill fight is back, and this time it\u2019s about food aid",
    ["Congress has once again let the farm bill lapse, and the sticking point is no longer crop subsidies.",
     "House Republicans want to tighten work requirements for the Supplemental Nutrition Assistance Program, while Senate Democrats say they will not accept cuts to benefits.",
     "Until they agree, farm programs run on short-term extensions that make it hard for growers to plan."],
    "farm-bill-snap-dispute-2029", a="Caleb Ostrowski", n="US politics", sect="politics", cat="Politics", upd=0,
    dek="Why the least glamorous bill in Washington keeps turning into a food fight.",
    fig=("A farmer inspects winter wheat in Kansas.", "Charlie Riedel/AP")),
  ]))

# ---------------------------------------------------------------- 16902 NPR (2029-03-07, EST)
SEEDS.append(dict(
  id="16902", name="16902_npr-worldrss", ext="xml", source="NPR", zone="America/New_York", render=r_npr,
  title="World : NPR", lede="NPR world news from correspondents around the globe.",
  basis="RSS pubDate '{s}' (explicit {off} offset, seconds kept); local {d} in {z}",
  notes="Imitates NPR's World section RSS feed. Newest first; pubDate with -0500 (EST) and real seconds, so published keeps the seconds. <description> is a separate teaser line written apart from the story (not body); <content:encoded> holds an image and the story paragraphs, which are the body (first_sentence is from there, not from the teaser). dc:creator gives the author. Two of six items are off the war (Chile, cherry blossoms).",
  not_entries=["channel title/link/description/copyright/generator/lastBuildDate/image", "each item's <description> teaser (not the body)",
               "the <img> at the top of each content:encoded", "guid/link URLs"],
  entries=[
  E("2029-03-07 17:42:09", "Russian missiles hit Odesa's port for a second night, killing a crane operator",
    ["A Russian missile struck a cargo terminal in the port of Odesa on Wednesday night, killing a crane operator and setting fire to a warehouse full of sunflower oil, regional officials said.",
     "It was the second straight night of attacks on the port. Ukraine's navy said Russia fired two Iskander ballistic missiles and a swarm of drones at the city, and that air defenses brought down most of the drones.",
     "Port officials said ships kept loading grain at two other terminals."],
    "strikes", "strikes", 3, "odesa-port-missile-strike-2029-03-07", a="Lena Marchuk",
    teaser="Ukraine says the attacks are meant to frighten shipping companies away from its Black Sea corridor. So far, insurers have not blinked.",
    img="Smoke rises over the port of Odesa on Wednesday."),
  OFF("2029-03-07 15:10:33", "Striking copper miners block roads in northern Chile",
    ["Thousands of workers at two of Chile's largest copper mines walked off the job on Wednesday and set up roadblocks on the highway to the port of Antofagasta.",
     "The unions are demanding a bigger share of last year's record profits. Copper prices rose on the news."],
    "chile-copper-strike-2029-03", a="Ricardo Salaverry", n="labour dispute in Chile",
    teaser="The walkout could cut output at mines that supply a large share of the world's copper.", img="Miners block a highway near Antofagasta, Chile."),
  E("2029-03-07 12:26:50", "Ukraine and Russia swap 150 prisoners each in a deal brokered by the UAE",
    ["Ukraine and Russia exchanged 150 prisoners of war each on Wednesday, the latest swap arranged with help from the United Arab Emirates.",
     "Ukrainian President Volodymyr Zelenskyy posted photos of the freed soldiers, wrapped in blue-and-yellow flags, stepping off buses near the Belarus border. Some had been held since 2022.",
     "The Emirati foreign ministry said it was the 19th exchange it had mediated."],
    "diplomacy", "diplomacy", 3, "uae-brokered-prisoner-swap-2029-03-07", a="Lena Marchuk",
    teaser="Some of the freed Ukrainians had been held since the first year of the war.", img="Freed Ukrainian prisoners of war after the exchange."),
  E("2029-03-07 09:55:00", "In Kharkiv, an underground school reopens after months of drone attacks",
    ["About 400 children went back to class this week in a school built beneath a Kharkiv park, after a winter in which drone attacks kept the city's schools online.",
     "The school has no windows and runs two shifts a day. Teachers say the children were quieter than usual on the first morning and then, within an hour, perfectly normal.",
     "City officials plan to open three more underground schools by autumn."],
    "other", "humanitarian", 2, "kharkiv-underground-school-reopens-2029-03", a="Daniel Ostrander",
    teaser="The school runs two shifts a day and has no windows.", img="Children in a classroom of an underground school in Kharkiv."),
  OFF("2029-03-07 07:31:18", "Japan's cherry blossoms are forecast to bloom earliest on record",
    ["Japan's weather agency said cherry trees in Tokyo could open as early as March 14, the earliest date since records began in the 1950s.",
     "Tour operators are rushing to move bookings forward."],
    "japan-cherry-blossom-forecast-2029", a="Akiko Renshaw", n="weather/culture in Japan",
    teaser="Tour operators are scrambling to rebook.", img="Cherry trees along a river in Tokyo."),
  E("2029-03-07 05:04:41", "Poland detains two men suspected of planning sabotage for Russia",
    ["Polish prosecutors said they had detained two men suspected of scouting rail lines used to carry military aid to Ukraine, on orders from Russian intelligence.",
     "The men, a Polish citizen and a Belarusian, face up to 10 years in prison if convicted."],
    "other", "security", 2, "poland-sabotage-arrests-2029-03-07", a="Karolina Szydlo",
    teaser="Prosecutors say the suspects scouted rail lines used to move aid to Ukraine.", img="A freight train near the Polish-Ukrainian border."),
  ]))

# ---------------------------------------------------------------- 16903 PBS NewsHour (2029-03-09, EST)
SEEDS.append(dict(
  id="16903", name="16903_pbsnews-world", ext="html", source="PBS NewsHour", zone="America/New_York", render=r_pbs,
  title="World",
  basis="card time '{s}' printed ABOVE the headline (full date, zone {zn}); local {d} in {z}",
  notes="Imitates the World section front of PBS News (NewsHour). Newest first. Each card: kicker 'World' and the time 'Mar 9, 2029 5:14 PM EST' above the headline, a one-paragraph excerpt (the body), and the PBS-style byline 'By \u2014 NAME, Associated Press' (author = NAME; 'By \u2014 Associated Press' gives 'Associated Press'). JSON-LD is only a CollectionPage. Two of six items are off the war (Turkish blizzard, Philippine ferry fire).",
  not_entries=["header logo, section menu, 'Support Provided By', 'Watch Live'", "section title 'World' (page title)", "the 'World' kicker on every card",
               "byline line of each card (author only)", "newsletter sign-up box after the third card", "'Load more'", "right rail 'Support PBS News'",
               "footer links and copyright", "JSON-LD CollectionPage (no entries)"],
  entries=[
  B(E("2029-03-09 17:14", "Russian glide bombs kill 3 in Zaporizhzhia suburb",
    ["Three people were killed and nine wounded when Russian aircraft dropped guided bombs on a residential street on the edge of Zaporizhzhia on Friday, the regional governor said."],
    "strikes", "strikes", 3, "zaporizhzhia-glide-bomb-strike-2029-03-09", a="Ivanna Loboda"), "By \u2014 Ivanna Loboda, Associated Press"),
  B(OFF("2029-03-09 15:02", "Heavy snow strands hundreds of drivers on Turkish highway",
    ["Rescue teams in eastern Turkey worked through Friday to reach hundreds of cars and trucks stuck on a mountain highway after a late-winter blizzard."],
    "turkey-highway-blizzard-2029-03-09", a="Associated Press", n="weather in Turkey"), "By \u2014 Associated Press"),
  B(E("2029-03-09 12:48", "Ukraine's parliament extends martial law for another 90 days",
    ["Ukrainian lawmakers voted Friday to keep martial law and general mobilization in place until June, the latest in a long series of extensions since Russia's full-scale invasion."],
    "other", "politics", 2, "ukraine-martial-law-extension-2029-03-09", a="Oleksandra Tkach"), "By \u2014 Oleksandra Tkach, Associated Press"),
  B(E("2029-03-09 10:30", "EU releases 4.8 billion euros for Ukraine from reconstruction fund",
    ["The European Commission said Friday it had paid out the money after Kyiv met a set of reform targets, including changes to the way judges are appointed."],
    "aid", "aid", 3, "eu-ukraine-facility-tranche-2029-03-09", a="Lorne Castellane"), "By \u2014 Lorne Castellane, Associated Press"),
  B(E("2029-03-09 08:05", "Russia says its forces took a village near Huliaipole",
    ["Russia's Defense Ministry claimed Friday that its troops had captured a small settlement in the Zaporizhzhia region. Ukraine's military did not confirm the report."],
    "other", "frontline", 2, "russia-claims-village-near-huliaipole-2029-03-09", a="Associated Press"), "By \u2014 Associated Press"),
  B(OFF("2029-03-09 06:20", "Fire on ferry off central Philippines kills 7",
    ["A fire broke out on a passenger ferry before dawn Friday, killing at least seven people as others jumped into the sea, the Philippine coast guard said."],
    "philippines-ferry-fire-2029-03-09", a="Associated Press", n="maritime accident"), "By \u2014 Associated Press"),
  ]))

# ---------------------------------------------------------------- 16904 USA TODAY (2029-03-11, EDT: US DST starts that morning)
KYIV11 = "kyiv-ballistic-missile-attack-2029-03-11"
SEEDS.append(dict(
  id="16904", name="16904_usatoday-live", ext="txt", source="USA Today", zone="America/New_York", render=r_usatoday,
  title="Russia-Ukraine war live updates: Ballistic missiles kill 4 in Kyiv; Zelenskyy heads to Warsaw",
  published="2029-03-11 06:03", authors=["Celia Montrose", "Trevor Haskins"],
  lede="Follow the latest developments as Ukraine's capital recovers from a morning missile attack and President Volodymyr Zelenskyy travels to Poland.",
  contrib="Contributing: Associated Press",
  basis="post clock '{s}' (ET printed) with no date; the day comes from the page line 'Published 6:03 a.m. ET March 11, 2029 | Updated 3:47 p.m. ET March 11, 2029'; 11 March 2029 is the US daylight-saving start day, so every post (all after 3 a.m.) is EDT = UTC-4; local {d} in {z}",
  notes="Imitates a USA TODAY (Gannett) live blog copied as text. Newest first. Each post: clock line 'h:mm p.m. ET' BEFORE the headline (no date), body, then a signature line '\u2014 NAME' (author). The page's only dates are in 'Published ... | Updated ...'. The page day is the US DST switch day (clocks jumped at 2 a.m.): 'ET' means EDT (UTC-4) for every post, not EST. 16904-03 is a 'Watch:' teaser with only an embedded-video placeholder ('Embedded video | 0:52') and no signature: no body, author null. 'Contributing: Associated Press' is a page credit, not an author of any post.",
  not_entries=["'Skip to main content', masthead, section menu, 'Subscribe   Sign in'", "section label 'WORLD'", "page headline (page title)", "'LIVE' label",
               "page byline line (two names) and 'USA TODAY'", "'Published ... | Updated ...' line", "share buttons line", "intro paragraph 'Follow the latest developments ...' (lede)",
               "signature lines '\u2014 NAME' (author credits)", "video placeholder 'Embedded video | 0:52' in the teaser", "newsletter promo after the second post",
               "'Contributing: Associated Press' credit", "footer links and copyright"],
  entries=[
  E("2029-03-11 15:47", "Zelenskyy arrives in Warsaw for talks on air defense and rebuilding",
    ["Ukrainian President Volodymyr Zelenskyy landed in Warsaw on Sunday afternoon for meetings with Polish leaders that his office said would focus on air defense, energy imports and rebuilding western Ukraine's rail links.",
     "The trip was not announced in advance for security reasons. Polish officials said a joint statement was expected Monday."],
    "diplomacy", "diplomacy", 3, "zelenskyy-warsaw-visit-2029-03-11", a="Celia Montrose", sig="\u2014 Celia Montrose"),
  E("2029-03-11 13:20", "Kyiv death toll rises to 4 after morning ballistic missile attack",
    ["Four people are now confirmed dead and 19 injured after Sunday morning's ballistic missile strike on Kyiv, the head of the city's military administration said.",
     "Rescuers pulled a woman alive from the basement of a damaged apartment building in the Solomianskyi district around midday, emergency services said."],
    "strikes", "strikes", 3, KYIV11, a="Celia Montrose", sig="\u2014 Celia Montrose", n="toll 4 dead, 19 injured"),
  E("2029-03-11 11:05", "Watch: Smoke rises over Kyiv after missile strike", [],
    "strikes", "strikes", 1, KYIV11, sig=None, vid="0:52", n="video teaser, no body"),
  E("2029-03-11 09:40", "Russia says it downed 40 Ukrainian drones over Bryansk and Oryol regions",
    ["Russia's Defense Ministry said Sunday that air defenses destroyed 40 Ukrainian drones overnight, most of them over the Bryansk and Oryol regions bordering Ukraine.",
     "The governor of Oryol said falling debris started a fire at a fuel depot that was put out by morning. No injuries were reported."],
    "strikes", "strikes", 2, "russia-says-downs-drones-bryansk-oryol-2029-03-11", a="Trevor Haskins", sig="\u2014 Trevor Haskins"),
  E("2029-03-11 07:55", "Ballistic missiles strike Kyiv; at least 2 dead, mayor says",
    ["Explosions shook Kyiv shortly after 7 a.m. Sunday as Russia fired ballistic missiles at the capital, killing at least two people, Mayor Vitali Klitschko said.",
     "Ukraine's air force said it intercepted five of eight missiles. Fragments hit a kindergarten that was closed for the weekend."],
    "strikes", "strikes", 3, KYIV11, a="Celia Montrose", sig="\u2014 Celia Montrose", n="first report, toll 2"),
  E("2029-03-11 06:03", "Russian assaults intensify near Kostiantynivka, Ukraine's army says",
    ["Ukraine's General Staff said its troops repelled 38 Russian attacks around Kostiantynivka in the Donetsk region over the past day, the most on any stretch of the front."],
    "other", "frontline", 2, "russian-assaults-kostiantynivka-2029-03-11", a="Trevor Haskins", sig="\u2014 Trevor Haskins"),
  ]))

# ---------------------------------------------------------------- 16905 Los Angeles Times (AP 'The Latest', 2029-03-13; items in Kyiv time)
SEEDS.append(dict(
  id="16905", name="16905_latimes-thelatest", ext="html", source="Los Angeles Times", zone="Europe/Kyiv", render=r_latimes,
  title="The Latest: Drone kills minibus driver in Kherson as Kremlin readies call on Black Sea shipping",
  url="https://www.latimes.com/world-nation/story/2029-03-13/the-latest-russia-ukraine-war",
  page_zone="America/Los_Angeles", page_t="2029-03-13 07:05", first_t="2029-03-12 17:50",
  lede="The latest on Russia\u2019s war in Ukraine. All times are local in Ukraine.",
  more="More AP coverage of the war in Ukraine: https://apnews.com/hub/russia-ukraine",
  basis="AP item clock '{s}' with no date and no zone; the intro says 'All times are local in Ukraine' (Kyiv, {zn} = UTC+2 on this date); the day is the page date 'March 13, 2029 7:05 AM PT' (= 16:05 in Kyiv, after the newest item); local {d} in {z}",
  notes="Imitates an AP 'The Latest' file as carried on latimes.com (World & Nation). One page time under the byline, 'March 13, 2029 7:05 AM PT' (LA Times prints '5 AM PT' style on the hour; PDT since 11 March). The items carry only AP-style clocks ('4 p.m.', '1:40 p.m.', '11 a.m.') and the intro line says all times are local in Ukraine, so page_timezone is Europe/Kyiv (EET, UTC+2; Ukraine is not yet on summer time on 13 March), NOT Pacific. Items are newest first, have no headlines (headline null; the dateline paragraph is the first body paragraph, and first_sentence keeps the dateline 'KHERSON, Ukraine \u2014 '), and are separated by '___'. Author = the page byline 'By Associated Press' -> 'Associated Press'. NewsArticle JSON-LD gives datePublished on 12 March in Pacific time (the file was opened the evening before) and dateModified = the page time; neither is an entry time.",
  not_entries=["header logo, section menu, Subscribe / Log In", "breadcrumb 'World & Nation'", "headline (page title)", "byline 'By Associated Press'",
               "page time 'March 13, 2029 7:05 AM PT'", "share menu", "intro line 'The latest on Russia\u2019s war in Ukraine. All times are local in Ukraine.'",
               "'___' separators", "the bold clock line of each item (stamp, not body)", "newsletter enhancement box after the third item",
               "closing 'More AP coverage ...' line", "'More to Read' links", "footer"],
  entries=[
  E("2029-03-13 16:00", None,
    ["MOSCOW \u2014 The Kremlin says President Vladimir Putin and Turkish President Recep Tayyip Erdogan will speak by phone on Wednesday about the safety of commercial shipping in the Black Sea.",
     "Kremlin spokesman Dmitry Peskov told reporters the call had been requested by Ankara after two cargo ships were damaged near Odesa last week. He gave no other details."],
    "diplomacy", "diplomacy", 2, "putin-erdogan-call-black-sea-shipping-2029-03", a="Associated Press", n="announcement of a head-of-state call (not yet held)"),
  E("2029-03-13 13:40", None,
    ["KYIV, Ukraine \u2014 Ukraine\u2019s military says Russian troops launched 27 assaults on positions near Lyman in the Donetsk region over the past 24 hours, moving in small groups on motorcycles and light vehicles.",
     "The General Staff said all but two of the attacks were repelled. The claims could not be independently verified."],
    "other", "frontline", 2, "russian-assaults-near-lyman-2029-03-13", a="Associated Press"),
  E("2029-03-13 11:00", None,
    ["KHERSON, Ukraine \u2014 A Russian drone struck a minibus in Kherson\u2019s Dniprovskyi district on Tuesday morning, killing the driver and wounding five passengers, the regional governor said.",
     "Oleksandr Prokudin said the drone dropped explosives on the vehicle as it stopped near a bus shelter. Russian forces hold the opposite bank of the Dnieper River, a few kilometers away."],
    "strikes", "strikes", 3, "kherson-minibus-drone-strike-2029-03-13", a="Associated Press"),
  E("2029-03-13 09:15", None,
    ["BUCHAREST, Romania \u2014 Romania\u2019s Defense Ministry says fragments of a drone were found on farmland near the Danube River after an overnight Russian attack on Ukrainian ports across the border.",
     "The ministry said no one was hurt and that it had informed NATO allies."],
    "other", "security", 2, "romania-drone-fragments-danube-2029-03-13", a="Associated Press", sec=["strikes"],
    n="a find on NATO soil after the overnight raid; its own event, not the raid itself (16905-05)"),
  E("2029-03-13 06:30", None,
    ["KYIV, Ukraine \u2014 Ukraine\u2019s air force says Russia launched 87 drones at the country overnight and that 61 were shot down or jammed.",
     "It said the main targets were port facilities in the Odesa region, where officials reported a fire at a warehouse but no casualties."],
    "strikes", "strikes", 2, "overnight-drone-attack-ukraine-2029-03-13", a="Associated Press"),
  E("2029-03-13 03:00", None,
    ["MOSCOW \u2014 The governor of Russia\u2019s Belgorod region says Ukrainian drones set fire to an oil depot near the border town of Valuyki overnight.",
     "Vyacheslav Gladkov said the fire was contained and no one was hurt."],
    "strikes", "strikes", 2, "valuyki-oil-depot-drone-strike-2029-03-13", a="Associated Press"),
  ]))

# ---------------------------------------------------------------- 16906 The Wall Street Journal (live coverage, 2029-03-15, EDT)
SEEDS.append(dict(
  id="16906", name="16906_wsj-livecoverage", ext="html", source="The Wall Street Journal", zone="America/New_York", render=r_wsj,
  title="Russia-Ukraine War: Rheinmetall to Build Shell Plant in Ukraine; EU Splits Over Frozen Assets",
  url="https://www.wsj.com/livecoverage/russia-ukraine-war-news-2029-03-15", ref="2029-03-15 17:12", start="2029-03-15 05:30",
  know=["Rheinmetall agreed to build an artillery-shell factory in western Ukraine, with output due to start next year.",
        "EU foreign ministers failed to agree on tapping frozen Russian central-bank assets to help fund Kyiv.",
        "A Russian missile strike killed five people in the central city of Poltava."],
  basis="card stamp '{s}' is relative; counted back from the page clock 'Updated March 15, 2029 at 5:12 pm ET' (EDT); the LiveBlogPosting JSON-LD gives the same instant as datePublished ({off}); local {d} in {z}",
  notes="Imitates WSJ 'Live Coverage'. Page clock 'Updated March 15, 2029 at 5:12 pm ET' under the title; a 'Here\u2019s what to know' summary list (three bullets that restate cards; NOT a Key Points block, so key_point is false everywhere); cards newest first with a RELATIVE stamp ('12 min ago', '1 hour ago', '3 hours ago') above the headline and 'By NAME' under it. LiveBlogPosting JSON-LD has one BlogPosting per card with exact datePublished (-04:00), headline, author and articleBody; they agree with the relative stamps counted back from the page clock. A paywall banner sits after the second card.",
  not_entries=["WSJ masthead and section menu, Subscribe / Sign In", "'Live Coverage' label", "page headline (page title)", "page clock 'Updated ... at 5:12 pm ET'",
               "'Here\u2019s what to know' heading and its three summary bullets (page lede, not entries)", "'By NAME' byline lines", "'Share  Resize' tools",
               "paywall banner 'Continue reading your article with a WSJ subscription'", "footer"],
  entries=[
  E("2029-03-15 17:00", "Rheinmetall Signs Deal to Build Shell Plant in Western Ukraine",
    ["Germany\u2019s Rheinmetall signed an agreement with Ukraine\u2019s government to build a factory producing 155mm artillery shells in the west of the country, the company said Thursday.",
     "The plant is expected to turn out about 150,000 rounds a year once it reaches full capacity in 2031. Rheinmetall didn\u2019t disclose the cost, but people familiar with the deal put it at roughly \u20ac700 million, part of it funded by the German government."],
    "aid", "aid", 3, "rheinmetall-ukraine-shell-plant-2029-03-15", a="Greta Hollenbeck", card="b7c21e"),
  E("2029-03-15 16:12", "Russia\u2019s Central Bank Holds Key Rate as War Spending Keeps Prices High",
    ["Russia\u2019s central bank kept its benchmark interest rate at 17% on Thursday, saying military spending and labor shortages were still pushing up prices.",
     "Governor Elvira Nabiullina said the bank could begin cutting later in the year if inflation slows as expected."],
    "other", "politics", 2, "russia-central-bank-rate-hold-2029-03-15", a="Lorenzo Caprile", card="4d09aa", n="Russia's wartime economy -> other/politics"),
  E("2029-03-15 14:12", "Ukraine Says It Hit Russian Ammunition Depot in Crimea",
    ["Ukraine\u2019s military said its long-range drones struck an ammunition depot near Dzhankoi in occupied Crimea overnight, setting off secondary explosions that lasted for hours.",
     "Russian-installed officials in Crimea said a fire had broken out at an \u201cindustrial facility\u201d and that nearby villages were briefly evacuated."],
    "strikes", "strikes", 2, "dzhankoi-ammunition-depot-strike-2029-03-15", a="Marcus Ilyenko", card="e5510f"),
  E("2029-03-15 12:12", "EU Foreign Ministers Fail to Agree on Using Frozen Russian Assets",
    ["European Union foreign ministers ended a meeting in Brussels without agreement on a plan to lend Ukraine money backed by frozen Russian central-bank assets, after Belgium again raised legal objections.",
     "Belgium hosts the clearinghouse that holds most of the assets and has asked other members to share the risk of any Russian legal challenge. Diplomats said leaders would take up the issue at their summit next week."],
    "diplomacy", "diplomacy", 3, "eu-frozen-assets-dispute-2029-03-15", a="Lorenzo Caprile", sec=["aid"], card="91ab3c",
    n="ministerial meeting on funding; primary diplomacy (the meeting), secondary aid"),
  E("2029-03-15 09:12", "Russian Missile Strike on Poltava Kills Five",
    ["A Russian ballistic missile hit a residential area of Poltava in central Ukraine on Thursday morning, killing five people and wounding 23, regional officials said.",
     "The strike damaged two apartment buildings and a college dormitory. Ukraine\u2019s air force said the missile was fired from Russia\u2019s Kursk region, leaving air defenses little warning."],
    "strikes", "strikes", 3, "poltava-missile-strike-2029-03-15", a="Marcus Ilyenko", card="0c7d42"),
  E("2029-03-15 06:12", "Kremlin Says No Date Set for Talks With U.S. Envoy",
    ["The Kremlin said Thursday there was no date yet for a meeting between Russian officials and a U.S. special envoy, dampening hopes of a quick return to talks on the war.",
     "Spokesman Dmitry Peskov said contacts were continuing \u201cat the working level.\u201d"],
    "diplomacy", "diplomacy", 2, "kremlin-no-date-us-envoy-talks-2029-03-15", a="Greta Hollenbeck", card="77f0b9"),
  ]))

# ---------------------------------------------------------------- 16907 TIME (article with sections, 2029-03-16, EDT)
SEEDS.append(dict(
  id="16907", name="16907_time-whattoknow", ext="txt", source="Time", zone="America/New_York", render=r_time,
  title="What to Know About the Latest Turn in Russia\u2019s War on Ukraine", byline="Nadia Wrenfield",
  updated="2029-03-16 14:20", orig="2029-03-16 10:05",
  caption="Ukrainian servicemen fire a howitzer toward Russian positions in the Zaporizhzhia region on March 14, 2029. Dmytro Halchuk\u2014Getty Images",
  intro=["More than seven years after Russia launched its full-scale invasion, the war in Ukraine is shifting again: on the ground, at sea, and in the capitals that pay for it.",
         "Here\u2019s what to know about the week\u2019s main developments."],
  readmore="Inside Ukraine\u2019s Race to Build Its Own Missiles",
  must=["The Surprising Science of Cold-Water Swimming", "How a Maine Town Saved Its Last Bookstore", "The Best Movies of 2029 So Far"],
  basis="no per-section time: the article line 'Updated: March 16, 2029 2:20 PM EDT | Originally published: March 16, 2029 10:05 AM EDT'; convention: sections take the original publication time; local {d} in {z}",
  notes="Imitates a TIME explainer ('What to Know About ...') copied as text. Byline 'By Nadia Wrenfield', then 'Updated: March 16, 2029 2:20 PM EDT | Originally published: March 16, 2029 10:05 AM EDT'. Photo caption with credit, two intro paragraphs (lede, not entries), then five subheaded sections: each section is one entry (headline = subhead, stamp null, published = the ORIGINAL publication time by convention, author = the page byline). The sections cover different events of the week, so each has its own story; 16907-03 and 16907-04 revisit stories of 15 March (EU frozen-assets dispute, no date for US-envoy talks). A 'Read More:' link sits after the second section. Closing 'Contact us at letters@time.com.' and 'More Must-Reads from TIME' are chrome.",
  not_entries=["'Skip to main content', TIME masthead, Subscribe, section menu", "labels 'WORLD' / 'UKRAINE'", "headline (page title)", "byline line",
               "'Updated: ... | Originally published: ...' line", "share line", "photo caption and credit", "two intro paragraphs (lede)",
               "'Read More: Inside Ukraine\u2019s Race to Build Its Own Missiles' link", "'Contact us at letters@time.com.'", "'More Must-Reads from TIME' and its three links", "footer"],
  entries=[
  E("2029-03-16 10:05", "A new Russian push in the south",
    ["Russian forces this week opened a new offensive toward the town of Orikhiv in the Zaporizhzhia region, Ukrainian commanders say, sending armored columns across open farmland for the first time in months.",
     "Ukraine\u2019s southern command said on Thursday that it had destroyed more than 40 vehicles, but acknowledged that Russian troops had reached the edges of two villages.",
     "Analysts say Moscow is trying to wear down Ukraine\u2019s reserves before summer, when drier ground favors larger attacks."],
    "other", "frontline", 2, "russian-offensive-toward-orikhiv-2029-03", a="Nadia Wrenfield"),
  E("2029-03-16 10:05", "Drones at sea",
    ["Ukraine\u2019s naval drones struck a Russian patrol ship near the port of Novorossiysk late on Thursday, according to Ukraine\u2019s military intelligence agency, which released night-vision footage of the attack.",
     "Russia\u2019s Defense Ministry said it had destroyed five sea drones and did not mention any damage."],
    "strikes", "strikes", 2, "sea-drone-attack-novorossiysk-2029-03-15", a="Nadia Wrenfield"),
  E("2029-03-16 10:05", "Europe\u2019s money problem",
    ["European foreign ministers on Thursday again failed to agree on using frozen Russian assets to finance Ukraine, leaving the decision to a summit of EU leaders next week.",
     "Without a deal, Kyiv faces a gap of roughly $20 billion in its budget for the second half of the year, according to Ukraine\u2019s finance ministry."],
    "aid", "aid", 2, "eu-frozen-assets-dispute-2029-03-15", a="Nadia Wrenfield", sec=["diplomacy"], n="headline leads with money -> aid; secondary diplomacy"),
  E("2029-03-16 10:05", "Talks about talks",
    ["Hopes for a new round of negotiations dimmed after the Kremlin said no date had been set for a meeting with a U.S. envoy.",
     "Ukrainian officials say they will not accept any deal reached without them, and European governments have pressed Washington to keep Kyiv at the table."],
    "diplomacy", "diplomacy", 2, "kremlin-no-date-us-envoy-talks-2029-03-15", a="Nadia Wrenfield"),
  E("2029-03-16 10:05", "The toll on civilians",
    ["The U.N. human rights monitoring mission in Ukraine said on Friday that at least 164 civilians were killed and more than 700 injured in February, most of them by missiles and drones striking cities far from the front.",
     "The mission said the figures were likely an undercount."],
    "other", "humanitarian", 2, "un-civilian-casualty-report-february-2029", a="Nadia Wrenfield"),
  ]))

# ---------------------------------------------------------------- 16908 The Atlantic (The Atlantic Daily, 2029-03-19, EDT)
SEEDS.append(dict(
  id="16908", name="16908_atlantic-daily", ext="html", source="The Atlantic", zone="America/New_York", render=r_atlantic,
  title="Ukraine\u2019s Factories Are Going Underground", t="2029-03-19 18:07", byline="Clara Penhallow",
  dek="Kyiv has learned to build weapons where Russian missiles can\u2019t reach them. The question is whether it can build enough.",
  intro="This is an edition of The Atlantic Daily, a newsletter that walks you through the day\u2019s biggest stories, points you to new ideas, and suggests the best in culture. Sign up for it here.",
  three=["The Senate\u2019s Ukraine vote was about more than Ukraine", "What a heat wave in March tells us", "The quiet end of the office happy hour"],
  dispatches=["Work in Progress: Why small businesses still struggle to hire", "Atlantic Intelligence: What AI tutors can and can\u2019t do"],
  signoff="\u2014 Clara. Tom Reddick contributed to this newsletter.",
  basis="no per-item time: the newsletter's single time 'March 19, 2029, 6:07 PM ET' (EDT) applies to every item; local {d} in {z}",
  notes="Imitates the web edition of The Atlantic Daily newsletter. Title = the day's essay headline; dek; 'By Clara Penhallow'; one time 'March 19, 2029, 6:07 PM ET'; italic boilerplate intro (not an entry); the essay (entry 1: headline = the page title, author = the newsletter writer; a theme piece on Ukraine's arms production, own story); 'Here are three new stories from The Atlantic' (links, not entries); 'Today\u2019s News' as a numbered list of three one-sentence items with no headlines (entries 2-4: headline null, body 1 paragraph, author = the newsletter byline); 'Dispatches' (newsletter links, not entries); 'Evening Read' with a linked headline, its own byline and an excerpt (entry 5, off the war, author = its own byline). All entries take the newsletter's time. NewsArticle JSON-LD repeats the title and time.",
  not_entries=["header logo and menu, Sign In / Subscribe", "'Newsletters' rubric", "dek (standfirst)", "byline and time line", "'Share  Save'",
               "italic intro 'This is an edition of The Atlantic Daily ...'", "'Here are three new stories from The Atlantic:' and its three links",
               "'Today\u2019s News' heading", "'Dispatches' heading and two newsletter links", "'Explore all of our newsletters here.'", "'Evening Read' heading",
               "'Read the full article.' link", "sign-off '\u2014 Clara. Tom Reddick contributed to this newsletter.'", "book-commission note", "footer"],
  entries=[
  E("2029-03-19 18:07", "Ukraine\u2019s Factories Are Going Underground",
    ["For most of the war, Ukraine\u2019s arms makers hid in plain sight: a drone workshop in a former furniture store, a repair line in a rented warehouse.",
     "That is changing. Over the past year, according to Ukrainian officials and executives I spoke with, a growing share of the country\u2019s missile and drone production has moved into bunkers, old mines and shelters dug into hillsides.",
     "The shift is expensive and slow, but it reflects a hard lesson. Russia has spent the winter hunting Ukrainian factories with ballistic missiles, and plants above ground have proved easy to find.",
     "Whether the underground strategy works will depend less on concrete than on money: Ukraine\u2019s defense industry says it could build twice what it does now if foreign partners would pay for it."],
    "other", "security", 2, "atlantic-essay-ukraine-underground-arms-factories", a="Clara Penhallow", sec=["aid"],
    n="theme piece (essay on Ukraine's arms production moving underground); no single event"),
  E("2029-03-19 18:07", None,
    ["The Senate passed a $14 billion security package for Ukraine by a vote of 68 to 31, sending the bill to the House."],
    "aid", "aid", 3, "senate-passes-ukraine-security-package-2029-03-19", a="Clara Penhallow"),
  E("2029-03-19 18:07", None,
    ["Russian drones and missiles struck energy facilities in five Ukrainian regions overnight, and Ukraine\u2019s grid operator ordered emergency power cuts in Kyiv."],
    "strikes", "strikes", 2, "overnight-energy-strikes-ukraine-2029-03-19", a="Clara Penhallow"),
  OFF("2029-03-19 18:07", None,
    ["A magnitude 6.8 earthquake struck off the coast of northern Japan; officials said there was no tsunami threat."],
    "japan-offshore-earthquake-2029-03-19", a="Clara Penhallow", n="earthquake in Japan"),
  OFF("2029-03-19 18:07", "The Last Diner on Route 9",
    ["The counter at the Sunrise Diner has 14 stools, and for 52 years the same family has known who sits on each of them.",
     "This spring, the owners will close for good. Their story is a small one, but it says a lot about what happens to a town when its last cheap, shared place disappears."],
    "atlantic-evening-read-last-diner", a="Marcus Oyelaran", n="Evening Read feature", er_by="Marcus Oyelaran"),
  ]))

# ---------------------------------------------------------------- 16909 Business Insider (Insider Today, 2029-03-20, EDT)
SEEDS.append(dict(
  id="16909", name="16909_businessinsider-insidertoday", ext="txt", source="Business Insider", zone="America/New_York", render=r_bi,
  title="Insider Today: Europe\u2019s defense boom hits a steel wall", t="2029-03-20 06:42", byline="Hattie Lorrimer",
  caption="Workers at an artillery plant in Germany. Jens Schlueter/Getty Images",
  intro="Good morning. Spring officially starts today, though you would not know it in the Northeast. Let\u2019s get to it.",
  deck=["Markets: Oil edges higher after another Ukrainian drone attack on a Russian refinery.",
        "Tech: Nvidia\u2019s developer conference opens with a new chip roadmap.",
        "Business: Boeing\u2019s next widebody slips again."],
  signoff="Today\u2019s team: Hattie Lorrimer, editor, in New York. Dan Okafor, senior editor, in London.",
  readnext=["Ukraine\u2019s drone makers want to sell abroad. Kyiv isn\u2019t ready to let them.", "The CEO who wants everyone back in the office five days a week"],
  basis="no per-item time: the newsletter's single time 'Mar 20, 2029, 6:42 AM ET' (EDT) applies to every item; local {d} in {z}",
  notes="Imitates the web edition of Business Insider's 'Insider Today' morning newsletter, copied as text. Title, author line 'Hattie Lorrimer', time 'Mar 20, 2029, 6:42 AM ET'; photo caption; greeting; 'What's on deck' (three teaser lines, not entries); 'The big story' (entry 1, headline on the next line); 'News brief' numbered items '1. Headline' + one paragraph (entries 2-6; the headline is given without its list number). All entries take the newsletter time and its author. Three of six items are off the war (Nvidia, Boeing, Indian heat).",
  not_entries=["masthead, 'Subscribe   Newsletters   Search', section menu", "'Newsletter' label", "title (page title)", "author and time lines", "'Share' / 'Save' / 'Read in app'",
               "photo caption with credit", "greeting paragraph", "'What's on deck' and its three teaser lines", "'The big story' and 'News brief' labels",
               "list numbers '1.' ... '5.' before the brief headlines", "'Advertisement'", "'Today\u2019s team' sign-off", "affiliate note", "'Read next' and its two links", "copyright line"],
  entries=[
  E("2029-03-20 06:42", "Europe\u2019s defense boom is running into a steel problem",
    ["European governments have promised to spend hundreds of billions of euros on weapons. The factories that would make them are running short of one basic ingredient.",
     "Armor-grade steel, the hardened plate used in tanks and armored vehicles, comes from only a handful of mills on the continent, and their order books are full into 2031, executives told Business Insider.",
     "That bottleneck matters for Ukraine, too: several vehicles Kyiv ordered from European firms are now due a year later than planned."],
    "other", "security", 2, "europe-defense-industry-steel-shortage-2029-03", a="Hattie Lorrimer", sec=["aid"], n="procurement/industry of non-parties -> other/security"),
  E("2029-03-20 06:42", "Ukraine hits a Russian refinery again.",
    ["Ukrainian drones struck the Kirishi refinery near St. Petersburg overnight, the regional governor said, the third attack on the plant this year.",
     "The refinery is one of Russia\u2019s largest, and traders say the repeated strikes have pushed up domestic fuel prices."],
    "strikes", "strikes", 2, "kirishi-refinery-drone-strike-2029-03-20", a="Hattie Lorrimer"),
  OFF("2029-03-20 06:42", "Nvidia kicks off its developer conference.",
    ["CEO Jensen Huang is expected to show the company\u2019s next generation of AI chips in a keynote later today."],
    "nvidia-developer-conference-2029", a="Hattie Lorrimer", n="tech industry"),
  E("2029-03-20 06:42", "Russia\u2019s war economy is losing steam.",
    ["Russia\u2019s economy barely grew last quarter, official data showed, as high interest rates and labor shortages weighed on companies that do not make weapons."],
    "other", "politics", 2, "russia-economy-slowdown-2029-03", a="Hattie Lorrimer"),
  OFF("2029-03-20 06:42", "Boeing delays its next widebody again.",
    ["The planemaker said first deliveries would slip to 2031 because certification work is taking longer than expected."],
    "boeing-widebody-delay-2029-03", a="Hattie Lorrimer", n="aviation industry"),
  OFF("2029-03-20 06:42", "India swelters through a record March.",
    ["Temperatures topped 42 degrees Celsius in parts of northern India, the earliest such reading on record, and several states shortened the school day."],
    "india-record-march-heat-2029", a="Hattie Lorrimer", n="weather"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_textlive(S):
    """text live blog. S['order'] 'new'|'old'; S['stampfmt'] renders the stamp; S['stamp_pos'] 'before'|'after' the headline;
    S['author_style'] 'by' ('By NAME' under the headline), 'byin' ('By NAME in CITY'), or None; optional Key Points block."""
    z = S["zone"]; order_check(S, S["order"] == "new")
    L = [S["source"].upper(), S["nav"], "", "LIVE", S["title"], S["dateline"]] + S.get("extra_head", []) + ["", S["lede"], ""]
    kps = [e["h"] for e in S["entries"] if e["kp"]]
    if kps:
        L += ["Key Points"] + ["\u2022 " + h for h in kps] + [""]
    L += [S.get("list_label", "Latest updates"), ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = S["stampfmt"](d); stamps.append(st)
        head = [st, e["h"]] if S["stamp_pos"] == "before" else [e["h"], st]
        L += head
        if e["a"] and S.get("author_style") == "by":
            L += [f"By {e['a']}"]
        elif e["a"] and S.get("author_style") == "byin":
            L += [f"By {e['a']} in {e['city']}"]
        L += [""]
        L += ptxt(e["p"]) if e["p"] else [e.get("ph", "[video]"), ""]
        if i == S.get("promo_at", 3):
            L += [S["promo"], ""]
    L += S["foot"]
    return "\n".join(L) + "\n", stamps


def r_htmllive(S):
    """HTML live blog. S['ld']: 'updates' (LiveBlogPosting with per-update datePublished), 'graph' (@graph, @type array, no updates)
    or None. Visible time '<time datetime=ISO>HH:MM</time>' (or '<span>' when S['span']) above the headline; author under the
    headline ('byline') or as a signature after the body ('sig')."""
    z = S["zone"]; order_check(S, S["order"] == "new")
    ds = [dt(e["t"], z) for e in S["entries"]]
    first, last = min(ds), max(ds)
    head = ['<!DOCTYPE html>', f'<html lang="{S.get("lang", "en")}"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>']
    if S["ld"] == "updates":
        ups = []
        for i, (e, d) in enumerate(zip(S["entries"], ds)):
            u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
                 "articleBody": "\n\n".join(e["p"])}
            if e["a"]:
                u["author"] = {"@type": "Person", "name": e["a"]}
            ups.append(u)
        ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
              "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
              "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
        head.append('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>')
    elif S["ld"] == "graph":
        base = S["url"].split("/live")[0]
        ld = {"@context": "https://schema.org", "@graph": [
            {"@type": "NewsMediaOrganization", "@id": base + "/#org", "name": S["source"], "url": base + "/"},
            {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
             "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@id": base + "/#org"}}]}
        head.append('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>')
    out = head + ['</head><body>', f'<div class="consent">{esc(S["consent"])} <button>Accept</button> <button>Manage</button></div>',
                  f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav>{S["nav"]}</nav></header>',
                  f'<main><p class="label">LIVE</p><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>',
                  f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, (e, d) in enumerate(zip(S["entries"], ds)):
        st = S["stampfmt"](d); stamps.append(st)
        tt = f'<span class="post-time">{st}</span>' if S.get("span") else f'<time datetime="{d.isoformat()}">{st}</time>'
        out.append(f'<article class="post" id="post-{i + 1}">{tt}<h2>{esc(e["h"])}</h2>')
        if e["a"] and S["author_style"] == "byline":
            out.append(f'<p class="byline">{esc(e["a"])}</p>')
        if e["p"]:
            out += ps_html(e["p"])
        else:
            out.append(f'<div class="media">{esc(e.get("ph", "[media]"))}</div>')
        if e["a"] and S["author_style"] == "sig":
            out.append(f'<p class="sig">{esc(e["a"])}</p>')
        out.append('<div class="post-tools"><a>Copy link</a> <a>Share</a></div></article>')
        if i == S.get("promo_at", 2):
            out.append(f'<aside class="promo">{S["promo"]}</aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 {S["foot"]}</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """RSS 2.0 world feed, newest first: pubDate 'GMT' (S['gmt']) or the local numeric offset; CDATA description with <p>s;
    dc:creator only when the entry has an author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<atom:link href="{S["url"]}/rss" rel="self" type="application/rss+xml"/>',
           f'<description>{esc(S["lede"])}</description>', '<language>en-gb</language>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), S.get("gmt", False))}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, S.get("gmt", False)); stamps.append(st)
        link = f"{S['url']}/{e.get('cat', 'world').lower()}/{slug(e['h'])}-{7731 + i * 13}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atomfeed(S):
    """Atom 1.0 feed, newest first: <published> ISO with the outlet's offset (Z for UTC); escaped-HTML <content>; optional
    <author>; an entry with no text has no <content> at all (a photo teaser)."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}/"/>', f'<link rel="self" href="{S["url"]}/feed.atom"/>',
           f'<id>{S["url"]}/feed.atom</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f"{S['url']}/news/{d:%Y/%m/%d}/{slug(e['h'])}"
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link rel="alternate" href="{link}"/>', f'<id>tag:{S["url"].split("//")[1]},2029:{9100 + i}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if e["p"]:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_textarticle(S):
    """text article with section subheads (one entry per section), page byline and a dateline with time and zone."""
    L = [S["source"], S["nav"], "", S["kicker"], "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         S["share"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += S["foot"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_htmlarticle(S):
    """HTML article with NewsArticle JSON-LD, h2 sections (one entry per section), byline and a numeric dateline 'DD.MM.YYYY, HH:MM'."""
    z = S["zone"]; d0 = dt(S["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
          "dateModified": d0.isoformat(), "author": {"@type": "Person", "name": S["byline"]}, "inLanguage": "en",
          "publisher": {"@type": "Organization", "name": S["source"]}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a href="/">{esc(S["source"])}</a><nav>{S["nav"]}</nav></header>', '<main><article>',
           f'<h1>{esc(S["title"])}</h1>', f'<p class="lead"><strong>{esc(S["lede"])}</strong></p>',
           f'<p class="meta"><span class="author">{esc(S["byline"])}</span> | <time datetime="{d0.isoformat()}">{d0:%d.%m.%Y, %H:%M}</time></p>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += ps_html(e["p"])
        if i == 0:
            out.append(f'<figure><figcaption>{esc(S["caption"])}</figcaption></figure>')
    out += [f'<p class="related">{esc(S["related"])}</p>', '</article></main>', f'<footer>{esc(S["foot"])}</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def gmt_dot(d):
    return f"{d:%H.%M} GMT"


def hhmm(d):
    return f"{d:%H:%M}"


def hhmm_zone(d):
    return f"{d:%H:%M} {d.tzname()}"


def us_zone(d):
    return f"{clock12(d, 'PM')} {d.tzname()}"


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2029-03-22 (UTC), day 2 = 2029-03-23, day 3 = 2029-03-25 (the EU summer-time switch, 01:00 UTC).
MYK = "mykolaiv-missile-strike-2029-03-22"
SHIP = "black-sea-shipping-talks-istanbul-2029-03-22"
OCH = "ochakiv-port-drone-attack-2029-03-22"
SWE = "sweden-air-defence-package-2029-03-22"
EXPL = "analysis-ballistic-missile-defence-gaps"
EXPL_H = "Analysis: Why Russia\u2019s ballistic missiles still get through"
EXPL_P = ["This morning\u2019s strike on Mykolaiv was carried out with Iskander-M ballistic missiles, the weapon Ukraine\u2019s air defences find hardest to stop.",
          "An Iskander flies a short, steep arc and can reach a city near the front in three or four minutes, leaving little time for a warning, let alone an interception.",
          "Only a few systems in Ukraine\u2019s arsenal, chiefly the American Patriot and the Franco-Italian SAMP/T, can reliably hit such missiles, and there are not enough of them to cover every city. Kyiv usually gets priority; southern cities such as Mykolaiv and Odesa often do not."]

# ---------------------------------------------------------------- 16920 Quillmoor Courier (day 1, text live, London = GMT)
SEEDS.append(dict(
  id="16920", name="16920_quillmoor-textlive", ext="txt", source="Quillmoor Courier", zone="Europe/London", render=r_textlive,
  title="Russia-Ukraine war live: Mykolaiv missile strike kills nine; Kyiv and Moscow hold shipping talks in Istanbul",
  dateline="Thursday 22 March 2029", extra_head=["All times GMT"], order="new", stamp_pos="before", stampfmt=gmt_dot, author_style="by",
  nav="Home | News | World | Ukraine | Opinion | Sport | Culture",
  lede="Two ballistic missiles hit central Mykolaiv in the morning; Ukrainian and Russian officials meet in Istanbul to talk about Black Sea shipping; Germany hands over another Iris-T system.",
  promo="Get our Ukraine briefing by email every weekday morning. Sign up here.", promo_at=3,
  foot=["Show earlier posts", "", "Quillmoor Courier \u00b7 About us \u00b7 Corrections \u00b7 Privacy \u00b7 Cookies"],
  basis="stamp '{s}' (UK time, GMT = UTC in March before the clocks change) under the dateline 'Thursday 22 March 2029'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first, header 'All times GMT'. A 'Key Points' block lists two post headlines (key_point true). Each post: 'HH.MM GMT' line (dotted UK clock) BEFORE the headline, optional 'By NAME' line (author), body. 16920-02 is a 'Watch:' teaser with only a '[video]' placeholder (spelling 'Nikolaev'). 16920-03 is a theme piece (analysis of ballistic-missile defence) that mentions the Mykolaiv strike; it is re-posted verbatim by 16931 on day 2. Mykolaiv toll on this page: 3 (07.35) -> 9 (19.25).",
  not_entries=["masthead and navigation line", "'LIVE' label", "page title", "dateline 'Thursday 22 March 2029' and 'All times GMT'", "standfirst/lede",
               "'Key Points' header and its two bullets (pointers to posts)", "'Latest updates' label", "'By NAME' lines (author credits)",
               "'[video]' placeholder in the teaser", "newsletter promo after the fourth post", "'Show earlier posts'", "footer line"],
  entries=[
  E("2029-03-22 19:25", "Mykolaiv toll rises to nine as rescuers work through the night",
    ["Nine people, including a 12-year-old girl, are now known to have been killed by this morning\u2019s Russian missile strike on Mykolaiv, the regional governor, Vitaliy Kim, said this evening.",
     "He said 31 people were injured, and that rescuers would keep working overnight at a five-storey building whose stairwell collapsed."],
    "strikes", "strikes", 3, MYK, a="Ffion Aldergrove", kp=True, n="toll 9 dead, 31 injured"),
  E("2029-03-22 18:10", "Watch: Rescuers search rubble in Nikolaev", [],
    "strikes", "strikes", 1, MYK, n="teaser without body; spelling 'Nikolaev'"),
  E("2029-03-22 16:45", EXPL_H, EXPL_P, "strikes", "strikes", 2, EXPL, a="Rowan Tisdale",
    n="theme piece (analysis of why ballistic missiles get through); mentions the Mykolaiv strike but is its own story; must not merge with the Mykolaiv strike"),
  E("2029-03-22 14:30", "Ukraine and Russia hold first talks on Black Sea shipping in Istanbul",
    ["Delegations from Ukraine and Russia met in Istanbul today for Turkish-mediated talks on the safety of merchant shipping in the Black Sea, the first direct contact between the two sides on the issue in more than a year.",
     "Turkey\u2019s foreign ministry said the talks were technical and would continue next week. Neither side commented on the substance."],
    "diplomacy", "diplomacy", 3, SHIP, a="Ffion Aldergrove", kp=True),
  E("2029-03-22 12:05", "Germany delivers another Iris-T air defence system",
    ["Germany has handed over another Iris-T SLM air defence system to Ukraine, its defence ministry said, the 14th since 2022."],
    "aid", "aid", 2, "germany-iris-t-delivery-2029-03-22", a="Rowan Tisdale",
    n="same aid theme as Sweden's package (16921-04, 16923-02) but a different event; must not merge"),
  E("2029-03-22 09:50", "Drone attack damages grain warehouse at Ochakiv port",
    ["Russian drones hit the port of Ochakiv, on the Black Sea coast west of Mykolaiv, during the night, damaging a grain warehouse and two fishing boats, regional officials said. Nobody was hurt."],
    "strikes", "strikes", 3, OCH, a="Ffion Aldergrove",
    n="same region (Mykolaiv oblast), different strike (overnight drones on Ochakiv port); must not merge with the Mykolaiv city missile strike"),
  E("2029-03-22 07:35", "Russian missiles hit Mykolaiv; at least three killed",
    ["At least three people have been killed after two Russian ballistic missiles struck the centre of Mykolaiv in southern Ukraine this morning, local officials said.",
     "Ukraine\u2019s air force said the missiles were fired from occupied Crimea. Pictures posted by emergency services showed a burning shopfront and a partly collapsed apartment block."],
    "strikes", "strikes", 3, MYK, a="Ffion Aldergrove", n="first report, toll 3"),
  ]))

# ---------------------------------------------------------------- 16921 Velloran Herald (day 1, HTML live + LiveBlogPosting updates, Kyiv)
SEEDS.append(dict(
  id="16921", name="16921_velloran-htmllive", ext="html", source="Velloran Herald", zone="Europe/Kyiv", render=r_htmllive,
  title="War in Ukraine: live updates", url="https://velloran-herald.example/live/2029-03-22",
  dateline="Thursday 22 March 2029 \u00b7 Day 2,584 of the full-scale invasion", order="old", ld="updates", stampfmt=hhmm, author_style="byline",
  lede="Our reporters in Kyiv, Mykolaiv and Kharkiv follow the day\u2019s events. Times are Kyiv time.",
  consent="This site uses cookies to measure traffic.", nav='<a href="/ukraine">Ukraine</a> <a href="/world">World</a> <a href="/analysis">Analysis</a> <a href="/donate">Support us</a>',
  promo='<h3>Read also</h3><a href="/explainers/iskander">How the Iskander-M works</a>', promo_at=2, foot="Editorial policy \u00b7 Contacts \u00b7 Privacy",
  basis="visible '{s}' in <time> (Kyiv time as the standfirst says; EET = UTC+2) under the dateline 'Thursday 22 March 2029'; the LiveBlogPosting update has the same instant ({off}); local {d} in {z}",
  notes="Invented outlet (Ukrainian, English edition). HTML live blog, oldest first. LiveBlogPosting JSON-LD with one BlogPosting per post (headline, datePublished with +02:00, articleBody, author). Visible '<time>' shows bare 'HH:MM' (Kyiv time); author name under each headline. 16921-06 repeats 16921-03 nearly verbatim (importance 1, duplicate_of 16921-03). 16921-05 is the UN coordinator's condemnation of the Mykolaiv strike: a reaction whose content is the attack, so same story, strikes. 16921-07 (Bilozerka shelling) is another strike in the south: must not merge with Mykolaiv. Spelling 'Mykolayiv' in 16921-03/06. Toll on this page: 2 -> 6.",
  not_entries=["cookie bar", "brand and navigation", "'LIVE' label", "page title", "dateline with the war-day count", "standfirst (says times are Kyiv time)",
               "author lines under headlines", "'Copy link  Share' tools", "'Read also' box after the third post", "footer"],
  entries=[
  E("2029-03-22 08:15", "Russia claims capture of village near Siversk",
    ["Russia\u2019s defence ministry said its troops had taken the village of Verkhnokamianske, east of Siversk in the Donetsk region. Ukraine\u2019s general staff did not confirm the claim and reported continued fighting in the area."],
    "other", "frontline", 2, "russia-claims-village-near-siversk-2029-03-22", a="Taras Hrynevych"),
  E("2029-03-22 09:05", "Explosions in Mykolaiv as ballistic missiles hit city centre",
    ["Powerful explosions were heard in Mykolaiv at about 08:40 after an air-raid alert warned of ballistic missiles from the south.",
     "Governor Vitaliy Kim said at least two people had been killed and that a residential building and shops on a central street had been hit."],
    "strikes", "strikes", 3, MYK, a="Iryna Sokolenko", n="first report, toll 2"),
  E("2029-03-22 11:30", "Mykolayiv: six dead, dozens hurt after missile strike",
    ["The death toll from the morning missile strike on Mykolayiv has risen to six, with 25 people injured, the regional military administration said.",
     "Two missiles hit a five-storey apartment building and a row of shops about 300 metres apart. Rescuers are searching the rubble of the building\u2019s collapsed stairwell."],
    "strikes", "strikes", 3, MYK, a="Iryna Sokolenko", n="toll 6; spelling 'Mykolayiv'"),
  E("2029-03-22 13:10", "Sweden announces air defence package worth 4.2 billion kronor",
    ["Sweden will send Ukraine a new air defence package worth 4.2 billion kronor, including radars and short-range missiles, Defence Minister P\u00e5l Jonson announced in Stockholm."],
    "aid", "aid", 3, SWE, a="Taras Hrynevych", n="same aid theme as Germany's Iris-T delivery (16920-05), different event; must not merge"),
  E("2029-03-22 15:20", "UN humanitarian coordinator condemns Mykolaiv attack",
    ["The UN\u2019s humanitarian coordinator for Ukraine said she was appalled by the strike on Mykolaiv, which hit homes and shops at an hour when the streets were full of people.",
     "Attacks on civilians and civilian objects are prohibited under international humanitarian law, she said in a statement."],
    "strikes", "strikes", 3, MYK, a="Iryna Sokolenko", sec=["diplomacy"], n="reaction whose content is the attack itself -> same story, strikes"),
  E("2029-03-22 17:45", "Mykolayiv: six dead, dozens hurt after missile strike",
    ["The death toll from the morning missile strike on Mykolayiv has risen to six, with 25 people hurt, the regional military administration said.",
     "Two missiles hit a five-storey apartment building and a row of shops about 300 metres apart. Rescuers are searching the rubble of the building\u2019s collapsed stairwell."],
    "strikes", "strikes", 1, MYK, a="Iryna Sokolenko", dup="16921-03", n="near-verbatim repeat of 16921-03 (re-published later)"),
  E("2029-03-22 19:30", "Shelling wounds two in Bilozerka, Kherson region",
    ["Russian artillery shelled Bilozerka, west of Kherson, in the evening, wounding two men and damaging a school, the Kherson regional administration said."],
    "strikes", "strikes", 2, "bilozerka-shelling-2029-03-22", a="Oleh Prysiazhniuk", n="another strike in the south; must not merge with the Mykolaiv strike"),
  ]))

# ---------------------------------------------------------------- 16922 Skaldhaven World Service (day 1, RSS world feed, GMT)
SEEDS.append(dict(
  id="16922", name="16922_skaldhaven-worldrss", ext="xml", source="Skaldhaven World Service", zone="UTC", render=r_rss, gmt=True,
  title="Skaldhaven World Service \u2013 World", url="https://skaldhaven.example/world", lede="Top world stories from Skaldhaven World Service.",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world RSS feed, newest first, pubDate in GMT, no dc:creator (author null). Four of six items are off the war (football draw, cyclone, IMF deal, floods); the war items are the Mykolaiv strike (toll 8, spelled Mykolaiv) and the Istanbul shipping talks.",
  not_entries=["channel title/link/description/language/lastBuildDate", "atom:link self reference", "category elements and item links/guids"],
  entries=[
  OFF("2029-03-22 20:15", "Holders drawn against Bayern Munich in Champions League quarter-finals",
    ["The reigning European champions will face Bayern Munich in the quarter-finals after the draw in Nyon, with the first legs due on 10 and 11 April."],
    "champions-league-quarter-final-draw-2029", n="football", cat="Sport"),
  E("2029-03-22 17:50", "Death toll from Mykolaiv missile strike climbs to eight",
    ["Eight people died when Russian missiles hit a residential street in the southern Ukrainian city of Mykolaiv on Thursday morning, officials said, as rescuers kept searching a damaged apartment block.",
     "President Volodymyr Zelensky said the attack showed why Ukraine needed more Patriot systems."],
    "strikes", "strikes", 3, MYK, n="toll 8"),
  OFF("2029-03-22 15:05", "Cyclone makes landfall in central Mozambique",
    ["A tropical cyclone brought winds of up to 180km/h to the coastal city of Beira, cutting power and forcing thousands of people from their homes, Mozambique\u2019s disaster agency said."],
    "mozambique-cyclone-2029-03-22", n="weather disaster", cat="Africa"),
  E("2029-03-22 13:40", "Turkey hosts Ukraine-Russia talks on Black Sea navigation",
    ["Turkey brought Ukrainian and Russian officials together in Istanbul on Thursday for talks aimed at reducing attacks on merchant ships in the Black Sea.",
     "A Turkish diplomatic source said the meeting lasted about four hours and that both sides agreed to meet again."],
    "diplomacy", "diplomacy", 3, SHIP),
  OFF("2029-03-22 10:20", "Argentina and IMF agree terms for new loan programme",
    ["Argentina has reached a staff-level agreement with the International Monetary Fund on a new lending programme, the fund said, subject to approval by its board."],
    "argentina-imf-agreement-2029-03", n="economy", cat="Americas"),
  OFF("2029-03-22 08:00", "Floods cut off towns on New Zealand\u2019s South Island",
    ["Heavy rain on New Zealand\u2019s South Island washed out roads and bridges overnight, leaving several towns on the West Coast cut off, officials said."],
    "new-zealand-floods-2029-03-22", n="weather", cat="Asia-Pacific"),
  ]))

# ---------------------------------------------------------------- 16923 Almsford Daily (day 1, Atom, Kyiv offset +02:00)
SEEDS.append(dict(
  id="16923", name="16923_almsford-atom", ext="xml", source="Almsford Daily", zone="Europe/Kyiv", render=r_atomfeed,
  title="Almsford Daily \u2013 News", url="https://almsford-daily.example", lede="News from Ukraine in English.",
  basis="Atom <published> '{s}' (explicit offset {off}); local {d} in {z}",
  notes="Invented outlet (Ukrainian, English edition). Atom feed, newest first, <published> with +02:00 (EET), <author> on every entry, escaped-HTML <content>. Mykolaiv appears twice (12:45 'facts so far' with toll 6; 21:40 mourning, toll 9). 16923-05 (Ochakiv port drones) is the same event as 16920-06 and a different strike from Mykolaiv city (must not merge). Sweden's package (16923-02) is the same event as 16921-04.",
  not_entries=["feed title/subtitle/links/id/updated", "entry ids and links"],
  entries=[
  E("2029-03-22 21:40", "Mykolaiv declares two days of mourning as toll reaches nine",
    ["Mykolaiv will observe two days of mourning on Friday and Saturday after the missile strike that killed nine people, Mayor Oleksandr Senkevych announced.",
     "Flags will fly at half-mast and entertainment events are cancelled, he said."],
    "strikes", "strikes", 3, MYK, a="Yulia Kovalchuk", n="toll 9; mourning announcement"),
  E("2029-03-22 20:25", "Sweden\u2019s new package includes radars and short-range missiles",
    ["Ukraine\u2019s defence ministry welcomed Sweden\u2019s 4.2 billion kronor air defence package, saying the radars in it would help protect cities in the south."],
    "aid", "aid", 3, SWE, a="Andrii Moroz"),
  E("2029-03-22 18:00", "Rada backs first reading of bill lowering mobilisation age to 23",
    ["Ukraine\u2019s parliament approved in the first reading a bill that would lower the age at which men can be mobilised from 25 to 23. The bill needs a second vote and the president\u2019s signature to become law."],
    "other", "politics", 2, "ukraine-mobilisation-age-bill-2029-03-22", a="Andrii Moroz"),
  E("2029-03-22 12:45", "Mykolaiv attack: the facts so far",
    ["Two Iskander-M ballistic missiles struck central Mykolaiv at 08:41, according to the air force. One hit a five-storey residential building, the other a street of shops and cafes.",
     "As of noon, six people were confirmed dead and 25 injured. Three of the injured are children.",
     "The missiles were launched from the Dzhankoi area of occupied Crimea, about 250km away."],
    "strikes", "strikes", 3, MYK, a="Yulia Kovalchuk", n="toll 6"),
  E("2029-03-22 10:10", "Drones hit Ochakiv port overnight",
    ["Russian drones attacked the port of Ochakiv in the Mykolaiv region overnight, damaging a grain warehouse and two boats, the regional administration said. There were no casualties."],
    "strikes", "strikes", 3, OCH, a="Andrii Moroz", n="same region as Mykolaiv, different strike; must not merge with the Mykolaiv city strike"),
  ]))

# ---------------------------------------------------------------- day 2 (2029-03-23)
KHA = "kharkiv-drone-strike-2029-03-23"
EUF = "eu-summit-bridge-loan-ukraine-2029-03-23"

# ---------------------------------------------------------------- 16930 Wyrmwick Observer (day 2, HTML live, no JSON-LD, Warsaw = CET)
SEEDS.append(dict(
  id="16930", name="16930_wyrmwick-htmllive", ext="html", source="Wyrmwick Observer", zone="Europe/Warsaw", render=r_htmllive,
  title="Russia\u2019s war in Ukraine: live", url="https://wyrmwick-observer.example/live/2029-03-23",
  dateline="Friday, 23 March 2029 \u00b7 All times CET", order="new", ld=None, span=True, stampfmt=hhmm, author_style="byline",
  lede="Drones hit a Kharkiv apartment block overnight; EU leaders meet in Brussels on a bridge loan for Kyiv; Mykolaiv ends its search.",
  consent="We and our partners use cookies.", nav='<a>Poland</a> <a>Europe</a> <a>War in Ukraine</a> <a>Business</a> <a>Opinion</a>',
  promo='<h3>See also</h3><a href="/europe/eu-summit-guide">The EU summit in five questions</a>', promo_at=3, foot="About \u00b7 Advertise \u00b7 Privacy policy",
  basis="bare '{s}' above the headline; the page line 'Friday, 23 March 2029 \u00b7 All times CET' gives day and zone (CET = UTC+1); local {d} in {z}",
  notes="Invented outlet (Polish, English edition). HTML live blog, no JSON-LD, newest first. Bare 'HH:MM' in a span above each h2; zone only in the dateline note 'All times CET'. Author under the headline. 16930-03 is a 'Photos:' teaser with only a gallery placeholder. 16930-04 (Kupiansk glide bombs) is in the same region as the Kharkiv city drone attack but a different strike: must not merge. 16930-05 continues day 1's Mykolaiv story (search over, toll 11). Kharkiv toll on this page: 4 (11:20) -> 5 (21:10).",
  not_entries=["cookie bar", "brand and navigation", "'LIVE' label", "page title", "dateline with 'All times CET'", "standfirst", "author lines",
               "gallery placeholder '[Gallery: 12 photos]' in the teaser", "'Copy link  Share' tools", "'See also' box after the fourth post", "footer"],
  entries=[
  E("2029-03-23 21:10", "Kharkiv rescuers end search; toll stands at five",
    ["Rescuers in Kharkiv finished searching the ruins of a nine-storey building this evening, and the death toll from last night\u2019s Russian drone attack stands at five, the regional governor said."],
    "strikes", "strikes", 3, KHA, a="Marta Zieli\u0144ska", n="toll 5, search over"),
  E("2029-03-23 19:45", "EU leaders agree \u20ac18bn bridge loan for Ukraine at Brussels summit",
    ["European Union leaders meeting in Brussels agreed to lend Ukraine \u20ac18bn over the next six months to cover its budget while talks continue on using frozen Russian assets.",
     "Hungary did not block the decision but said it would not contribute."],
    "aid", "aid", 3, EUF, a="Piotr Adamczyk", sec=["diplomacy"], n="funding decision at a summit -> aid, secondary diplomacy"),
  E("2029-03-23 17:20", "Photos: Kharkiv counts the damage after night drone raid", [],
    "strikes", "strikes", 1, KHA, ph="[Gallery: 12 photos]", n="photo teaser, no body"),
  E("2029-03-23 15:00", "Glide bombs hit Kupiansk, injuring three",
    ["Russian aircraft dropped guided bombs on Kupiansk, in the east of the Kharkiv region, around midday, injuring three people and damaging the town\u2019s hospital, local officials said."],
    "strikes", "strikes", 2, "kupiansk-glide-bomb-strike-2029-03-23", a="Marta Zieli\u0144ska",
    n="same region (Kharkiv oblast), different strike; must not merge with the Kharkiv city drone attack"),
  E("2029-03-23 12:35", "Mykolaiv ends search; death toll stands at 11",
    ["Emergency workers in Mykolaiv finished clearing the rubble of the building hit by Russian missiles on Thursday, and the death toll was put at 11, the regional governor said.",
     "Two of the injured died in hospital overnight."],
    "strikes", "strikes", 3, MYK, a="Piotr Adamczyk", n="continuation of the day-1 Mykolaiv story (search over, toll 11); must not merge with the Kharkiv attack"),
  E("2029-03-23 11:20", "Four killed as drones slam into Kharkiv apartment block",
    ["Four people were killed and 17 injured when Russian attack drones hit a residential high-rise in Kharkiv\u2019s Saltivskyi district overnight, Mayor Ihor Terekhov said.",
     "Fire spread across four floors before it was brought under control, he said."],
    "strikes", "strikes", 3, KHA, a="Marta Zieli\u0144ska", n="toll 4"),
  E("2029-03-23 08:40", "Belarus announces snap military drills near Ukrainian border",
    ["Belarus\u2019s defence ministry said it had begun an unannounced readiness check of units in the Gomel and Brest regions, which border Ukraine, and that the drills would last a week."],
    "other", "security", 2, "belarus-snap-drills-2029-03-23", a="Piotr Adamczyk"),
  ]))

# ---------------------------------------------------------------- 16931 Hennacott Evening Post (day 2, text live, oldest first, US Eastern)
SEEDS.append(dict(
  id="16931", name="16931_hennacott-textlive", ext="txt", source="Hennacott Evening Post", zone="America/New_York", render=r_textlive,
  title="Ukraine live: Kharkiv drone attack kills five; EU leaders weigh loan",
  dateline="Friday, March 23, 2029", extra_head=["Compiled by the Evening Post foreign desk"], order="old", stamp_pos="after", stampfmt=us_zone,
  author_style=None, nav="News  \u00b7  World  \u00b7  Politics  \u00b7  Business  \u00b7  Opinion",
  lede="Updates on the war in Ukraine, oldest first. Times are Eastern.", list_label="Updates",
  promo="ADVERTISEMENT", promo_at=2,
  foot=["This page is no longer being updated.", "", "Hennacott Evening Post \u00b7 Terms \u00b7 Privacy"],
  basis="stamp '{s}' printed AFTER the headline (US Eastern, {zn} = UTC-4) under the dateline 'Friday, March 23, 2029'; local {d} in {z}",
  notes="Invented outlet (US). Text live blog, oldest first. Each post: headline, then the stamp line 'h:mm AM EDT' (stamp AFTER the headline), body. Only a desk credit ('Compiled by the Evening Post foreign desk'), no per-post bylines: author null everywhere. 16931-03 is a verbatim re-post of day 1's analysis 16920-03 (same headline and text, so it still says 'This morning\u2019s strike'): importance 1, same story slug as on day 1. 16931-07 repeats 16931-04 nearly verbatim (importance 1, duplicate_of 16931-04). 16931-02 is a theme piece (why raids come at night) that mentions the Kharkiv attack: own story. Kharkiv toll on this page: 2 -> 5.",
  not_entries=["masthead and navigation", "'LIVE' label", "page title", "dateline and desk credit", "lede 'Updates on the war in Ukraine, oldest first. Times are Eastern.'",
               "'Updates' label", "'ADVERTISEMENT'", "closing 'This page is no longer being updated.'", "footer"],
  entries=[
  E("2029-03-23 04:30", "Russian drones hit Kharkiv overnight, killing at least two",
    ["Russian drones struck an apartment building in Kharkiv, Ukraine\u2019s second-largest city, during the night, killing at least two people and trapping others under debris, city officials said."],
    "strikes", "strikes", 3, KHA, n="first report, toll 2"),
  E("2029-03-23 06:15", "Explainer: Why Russia times its drone raids for the small hours",
    ["Last night\u2019s attack on Kharkiv followed a pattern Ukrainians know well: the drones arrived between 2 and 4 a.m., when most people are asleep at home.",
     "Ukrainian officials say the timing is deliberate. Night raids are harder for mobile fire teams to spot by eye, and they wear out both civilians and air-defense crews.",
     "Russia has also learned to send waves of cheap decoy drones first, so that defenders use up ammunition before the armed ones arrive."],
    "strikes", "strikes", 2, "explainer-russia-night-drone-raids",
    n="theme piece (explainer on night-time drone raids); mentions the Kharkiv attack but is its own story; must not merge with it"),
  E("2029-03-23 07:50", EXPL_H, EXPL_P, "strikes", "strikes", 1, EXPL,
    n="re-post of day-1 entry 16920-03 (verbatim syndicated analysis), importance 1"),
  E("2029-03-23 09:05", "Mykolaiv search ends with 11 dead",
    ["Rescuers in the southern Ukrainian city of Mykolaiv ended their search on Friday, with 11 people confirmed killed in Thursday\u2019s Russian missile strike, regional officials said.",
     "The city is observing two days of mourning."],
    "strikes", "strikes", 3, MYK, n="continuation of the day-1 Mykolaiv story (toll 11)"),
  E("2029-03-23 10:40", "Kharkiv drone attack: toll climbs to five",
    ["The number of people killed in the overnight drone strike on Kharkiv has risen to five, the regional governor, Oleh Syniehubov, said. Twenty people were injured."],
    "strikes", "strikes", 3, KHA, n="toll 5"),
  E("2029-03-23 12:20", "Senate confirms new U.S. ambassador to Ukraine",
    ["The Senate confirmed a career diplomat as the next U.S. ambassador to Ukraine by voice vote on Friday, filling a post that had been vacant for eight months."],
    "diplomacy", "diplomacy", 2, "us-ambassador-to-ukraine-confirmed-2029-03-23"),
  E("2029-03-23 14:35", "Mykolaiv search ends with 11 dead",
    ["Rescuers in the southern Ukrainian city of Mykolaiv ended their search Friday, with 11 people confirmed killed in Thursday\u2019s Russian missile strike, regional officials said.",
     "The city is observing two days of mourning."],
    "strikes", "strikes", 1, MYK, dup="16931-04", n="near-verbatim repeat of 16931-04"),
  ]))

# ---------------------------------------------------------------- 16932 Pitchcroft World (day 2, Atom world feed, UTC)
SEEDS.append(dict(
  id="16932", name="16932_pitchcroft-worldatom", ext="xml", source="Pitchcroft World", zone="UTC", render=r_atomfeed,
  title="Pitchcroft World \u2013 International", url="https://pitchcroft-world.example", lede="International news, updated through the day.",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, <published> in Z; authors only on some entries. Four of six entries are off the war (Peru, Nigeria, Thailand, chess). War entries: the Kharkiv drone strike (spelled 'Kharkov', toll 5) and the EU bridge loan (reported before the final decision as 'close in on'; same event as 16930-02).",
  not_entries=["feed title/subtitle/links/id/updated", "entry ids and links"],
  entries=[
  OFF("2029-03-23 22:30", "Landslides after heavy rain kill 12 in southern Peru",
    ["Landslides triggered by days of rain buried homes in two villages in Peru\u2019s Cusco region, killing at least 12 people, civil defence officials said."],
    "peru-landslides-2029-03-23", a="Lucia Ferreyra", n="natural disaster"),
  E("2029-03-23 19:05", "Kharkov drone strike toll reaches five",
    ["Five people were killed when Russian drones hit an apartment building in Kharkov, Ukraine\u2019s second city, early on Friday, Ukrainian officials said.",
     "Russia\u2019s defence ministry said it had struck military targets in the region."],
    "strikes", "strikes", 3, KHA, n="toll 5; spelling 'Kharkov'"),
  OFF("2029-03-23 16:40", "Nigeria\u2019s central bank raises rates to defend the naira",
    ["Nigeria\u2019s central bank raised its benchmark rate by 100 basis points to 24.5 percent, citing pressure on the currency."],
    "nigeria-rate-rise-2029-03-23", n="economy"),
  E("2029-03-23 13:15", "EU leaders close in on 18 billion euro loan for Kyiv",
    ["EU leaders meeting in Brussels are close to agreeing an 18 billion euro loan to keep Ukraine\u2019s budget afloat through September, diplomats said."],
    "aid", "aid", 3, EUF, a="Henrik Aas", sec=["diplomacy"], n="same event as 16930-02 (the summit decision), reported before the final agreement"),
  OFF("2029-03-23 09:50", "Thailand\u2019s parliament approves new cabinet",
    ["Thai lawmakers approved a new cabinet after weeks of coalition talks, ending a political deadlock that had stalled the budget."],
    "thailand-cabinet-approved-2029-03-23", n="Asian politics"),
  OFF("2029-03-23 07:20", "Record prize fund announced for world chess championship",
    ["Organisers said this year\u2019s world chess championship match would carry a prize fund of 3 million euros, the largest in the event\u2019s history."],
    "chess-championship-prize-fund-2029", n="sport"),
  ]))

# ---------------------------------------------------------------- 16933 Dunnage Review (day 2, text article with sections, Berlin = CET)
SEEDS.append(dict(
  id="16933", name="16933_dunnage-article", ext="txt", source="Dunnage Review", zone="Europe/Berlin", render=r_textarticle,
  title="Loan talks, a night attack and a city in mourning: Friday in the war", byline="Jonas Wettering",
  dateline="23 March 2029, 15:40 CET", kicker="War in Ukraine", nav="Home  \u203a  World  \u203a  Europe",
  lede="A round-up of the day\u2019s main developments in Russia\u2019s war against Ukraine.", share="Share \u00b7 Print \u00b7 Send by e-mail",
  foot=["More on this topic: What a bridge loan can and cannot fix", "", "\u00a9 Dunnage Review 2029 \u00b7 Imprint \u00b7 Data protection"],
  basis="no per-section time: the article dateline '23 March 2029, 15:40 CET' (CET = UTC+1) dates every section; local {d} in {z}",
  notes="Invented outlet (German, English edition). Text article with four subheaded sections; each section is one entry (headline = subhead, stamp null, published = the dateline time, author = the page byline). 16933-04 (UK shadow-fleet sanctions) is a different event from the EU loan although both are Western pressure/support: must not merge. Kharkiv spelled with 'Saltivka' here ('Saltivskyi district' elsewhere); toll 'at least four' at 15:40 CET.",
  not_entries=["outlet name and breadcrumb", "kicker 'War in Ukraine'", "title", "lede line", "byline", "dateline", "share line",
               "'More on this topic: ...' link", "footer"],
  entries=[
  E("2029-03-23 15:40", "Brussels edges towards a bridge loan",
    ["EU leaders were on course on Friday to approve an 18-billion-euro loan to Ukraine, according to three diplomats at the summit, after Belgium dropped its demand that the money come from frozen Russian assets.",
     "A final text was expected in the evening."],
    "aid", "aid", 3, EUF, a="Jonas Wettering", sec=["diplomacy"]),
  E("2029-03-23 15:40", "Kharkiv\u2019s night",
    ["Russian drones hit a high-rise in Kharkiv\u2019s Saltivka district shortly after 3am local time, killing at least four people.",
     "Ukraine\u2019s air force said Russia launched 140 drones across the country overnight and that 118 were shot down."],
    "strikes", "strikes", 3, KHA, a="Jonas Wettering", n="toll 'at least four'"),
  E("2029-03-23 15:40", "Mykolaiv mourns",
    ["Mykolaiv held the first of two days of mourning as the death toll from Thursday\u2019s missile strike rose to 11."],
    "strikes", "strikes", 3, MYK, a="Jonas Wettering", n="continuation of the day-1 Mykolaiv story"),
  E("2029-03-23 15:40", "London targets the shadow fleet",
    ["Britain added 30 tankers to its sanctions list, saying the vessels had carried Russian oil above the price cap. The Foreign Office said the ships had moved more than $4bn worth of crude in the past year."],
    "diplomacy", "diplomacy", 2, "uk-shadow-fleet-sanctions-2029-03-23", a="Jonas Wettering",
    n="sanctions by the UK; same broad theme as the EU loan (Western support/pressure) but a different event; must not merge"),
  ]))

# ---------------------------------------------------------------- day 3 (2029-03-25, Europe switches to summer time at 01:00 UTC)
LVIV = "lviv-missile-strike-2029-03-25"
STRYI = "stryi-gas-facility-drone-strike-2029-03-25"
POLJET = "poland-scrambles-jets-2029-03-25"
CZ = "czech-ammunition-initiative-million-shells-2029-03-25"

# ---------------------------------------------------------------- 16940 Larkhaven Gazette (day 3, text live, London: GMT then BST)
SEEDS.append(dict(
  id="16940", name="16940_larkhaven-textlive", ext="txt", source="Larkhaven Gazette", zone="Europe/London", render=r_textlive,
  title="Ukraine war live: Russian missiles strike Lviv; Poland scrambles jets",
  dateline="Sunday 25 March 2029", extra_head=["UK clocks went forward one hour at 1am."], order="old", stamp_pos="before", stampfmt=hhmm_zone,
  author_style="byin", nav="News | UK | World | Business | Sport | Opinion",
  lede="Follow our coverage through the day, with the oldest updates first.", list_label="Updates",
  promo="Enjoying our coverage? Support independent journalism from \u00a31 a month.", promo_at=3,
  foot=["We have now closed this blog. Coverage continues tomorrow.", "", "Larkhaven Gazette \u00b7 Contact \u00b7 Complaints \u00b7 Privacy"],
  basis="stamp '{s}' (UK time with its zone printed: GMT before the 01:00 GMT clock change, BST = UTC+1 after it) under the dateline 'Sunday 25 March 2029'; local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first, on the night the UK moves to summer time (01:00 GMT). Stamps carry the zone: the first post is '00:40 GMT', every later one 'HH:MM BST' (UTC+1). Each post: stamp BEFORE the headline, 'By NAME in CITY' (author = NAME), body. 16940-06 repeats 16940-04 nearly verbatim (importance 1, duplicate_of 16940-04). 16940-05 is a theme piece (why western Ukraine is no longer far from the war) that mentions the Lviv strike: own story. 16940-01 (Stryi gas facility, same region, earlier attack) and 16940-03 (Poland scrambles jets, Polish military response) are separate stories from the Lviv strike: must not merge. Lviv toll on this page: 1 -> 3.",
  not_entries=["masthead and navigation", "'LIVE' label", "page title", "dateline and the clock-change note", "lede line", "'Updates' label",
               "'By NAME in CITY' lines (author credits)", "support promo after the fourth post", "closing line 'We have now closed this blog ...'", "footer"],
  entries=[
  E("2029-03-25 00:40", "Drones hit gas facility near Stryi, governor says",
    ["Russian drones struck a gas facility near Stryi in the Lviv region shortly after 2am local time, starting a fire, the regional governor, Maksym Kozytskyi, said. There were no immediate reports of casualties."],
    "strikes", "strikes", 3, STRYI, a="Owain Treharne", city="London",
    n="same region (Lviv oblast), an earlier and different attack; must not merge with the Lviv city missile strike"),
  E("2029-03-25 05:15", "Missiles strike Lviv; one dead, mayor says",
    ["Russian missiles hit Lviv shortly after 6am local time, killing at least one person and damaging buildings near the city centre, Mayor Andriy Sadovyi said.",
     "Air raid sirens had sounded across western Ukraine for more than an hour before the strike."],
    "strikes", "strikes", 3, LVIV, a="Natalka Dovzhenko", city="Lviv", n="first report, toll 1"),
  E("2029-03-25 07:30", "Poland scrambles jets as Russia targets western Ukraine",
    ["Poland\u2019s operational command said it scrambled Polish and allied aircraft overnight and put ground-based air defences on the highest alert because of Russian strikes near its border.",
     "It said there was no violation of Polish airspace."],
    "other", "security", 3, POLJET, a="Owain Treharne", city="London", sec=["strikes"],
    n="Polish military response in Poland, its own event; must not merge with the Lviv strike"),
  E("2029-03-25 09:50", "Lviv: death toll rises to three",
    ["Three people have now died in the morning missile strike on Lviv, including a teenage boy, the regional governor said.",
     "One missile hit a four-storey residential building; another damaged a warehouse on the city\u2019s eastern edge."],
    "strikes", "strikes", 3, LVIV, a="Natalka Dovzhenko", city="Lviv", n="toll 3"),
  E("2029-03-25 12:15", "Explainer: Why western Ukraine is no longer far from the war",
    ["For much of the war, Lviv was where Ukrainians went to get away from the bombing.",
     "That has not been true for some time. Russia has repeatedly struck energy and rail targets in the west, which carry Western weapons and fuel from Poland, and today\u2019s attack on the city itself was the deadliest there this year.",
     "Lviv lies about 70km from the Polish border, so every large raid on the region also puts Nato\u2019s air defences on alert."],
    "strikes", "strikes", 2, "explainer-western-ukraine-strikes", a="Owain Treharne", city="London",
    n="theme piece (explainer); mentions today's Lviv strike but is its own story; must not merge with it"),
  E("2029-03-25 14:40", "Lviv: death toll rises to three",
    ["Three people have now died in the morning missile strike on Lviv, including a teenage boy, the regional governor has said.",
     "One missile hit a four-storey residential building; another damaged a warehouse on the city\u2019s eastern edge."],
    "strikes", "strikes", 1, LVIV, a="Natalka Dovzhenko", city="Lviv", dup="16940-04", n="near-verbatim repeat of 16940-04"),
  E("2029-03-25 18:05", "Czech-led initiative delivers millionth shell of the year to Ukraine",
    ["A Czech-led scheme that buys artillery ammunition outside Europe for Ukraine has delivered its millionth shell of 2029, the Czech defence ministry said."],
    "aid", "aid", 3, CZ, a="Owain Treharne", city="London"),
  ]))

# ---------------------------------------------------------------- 16941 Yarrowdene Journal (day 3, HTML live, @graph without updates, Kyiv: EET then EEST)
SEEDS.append(dict(
  id="16941", name="16941_yarrowdene-htmllive", ext="html", source="Yarrowdene Journal", zone="Europe/Kyiv", render=r_htmllive,
  title="Lviv strike: live", url="https://yarrowdene-journal.example/live/2029-03-25",
  dateline="Sunday, 25 March 2029", order="new", ld="graph", stampfmt=hhmm, author_style="sig",
  lede="Russian missiles hit Lviv in the morning. Times are Kyiv time.",
  consent="We use cookies to improve the site.", nav='<a>Ukraine</a> <a>Lviv</a> <a>Economy</a> <a>Culture</a> <a>Podcasts</a>',
  promo="Get the Yarrowdene Journal morning newsletter", promo_at=1, foot="Contact \u00b7 Privacy \u00b7 Cookie settings",
  basis="visible '{s}' in <time> (Kyiv time as the standfirst says; Ukraine moved from EET = UTC+2 to EEST = UTC+3 at 03:00 local this morning, so this time is {zn}) under the dateline 'Sunday, 25 March 2029'; the <time datetime> attribute has the same instant; local {d} in {z}",
  notes="Invented outlet (Ukrainian, English edition). HTML live blog, newest first. JSON-LD is an @graph with an organisation and a node whose @type is the array ['NewsArticle', 'LiveBlogPosting'], with no liveBlogUpdate. Visible times are bare 'HH:MM' in <time> (the datetime attribute carries the offset). Ukraine switches to summer time at 03:00 local on this day: the last post on the page, '02:30', is EET (UTC+2); all others are EEST (UTC+3). Author = the signature line after the body. 16941-02 is a 'Video:' teaser with only a player placeholder. Lviv toll on this page: 2 -> 4.",
  not_entries=["cookie bar", "brand and navigation", "'LIVE' label", "page title", "dateline", "standfirst (says times are Kyiv time)",
               "signature lines (author credits)", "video placeholder '[Video 1:34]'", "'Copy link  Share' tools", "newsletter promo after the second post", "footer",
               "JSON-LD @graph (organisation + NewsArticle/LiveBlogPosting node without updates)"],
  entries=[
  E("2029-03-25 21:30", "Lviv mourns four dead; Sadovyi asks allies for more air defence",
    ["The death toll from the morning missile strike on Lviv has risen to four after a woman died in hospital, Mayor Andriy Sadovyi said, announcing three days of mourning.",
     "Sadovyi said the city had no system able to stop ballistic missiles and called on Ukraine\u2019s partners to send more."],
    "strikes", "strikes", 3, LVIV, a="Halyna Tkachuk", sec=["aid"], n="toll 4; the air-defence appeal is secondary"),
  E("2029-03-25 18:20", "Video: Lviv residents clear debris in the old town", [],
    "strikes", "strikes", 1, LVIV, ph="[Video 1:34]", n="video teaser, no body"),
  E("2029-03-25 15:40", "Czech initiative passes one-million mark for 2029",
    ["The Czech-led ammunition initiative has sent Ukraine one million large-calibre rounds so far this year, Prague said on Sunday, well ahead of last year\u2019s pace."],
    "aid", "aid", 3, CZ, a="Denys Marchenko"),
  E("2029-03-25 12:05", "Air force: Lviv was hit by ballistic missiles fired from Crimea",
    ["Ukraine\u2019s air force said the missiles that struck Lviv this morning were Iskander-M ballistic missiles launched from occupied Crimea, and that two cruise missiles aimed at the region were shot down."],
    "strikes", "strikes", 3, LVIV, a="Denys Marchenko"),
  E("2029-03-25 08:40", "Two dead after morning missile strike on Lviv",
    ["Two people were killed and at least 14 injured when Russian missiles hit Lviv at about 06:10, the regional military administration said."],
    "strikes", "strikes", 3, LVIV, a="Halyna Tkachuk", n="toll 2"),
  E("2029-03-25 02:30", "Drone debris sparks fire at gas facility near Stryi",
    ["Debris from Russian drones downed over the Lviv region started a fire at a gas facility near Stryi, the regional administration said. Firefighters were at the scene."],
    "strikes", "strikes", 3, STRYI, a="Denys Marchenko", n="before the 03:00 clock change (EET); must not merge with the Lviv city strike"),
  ]))

# ---------------------------------------------------------------- 16942 Ottercliffe World Report (day 3, RSS world feed, London offsets)
SEEDS.append(dict(
  id="16942", name="16942_ottercliffe-worldrss", ext="xml", source="Ottercliffe World Report", zone="Europe/London", render=r_rss,
  title="Ottercliffe World Report: World", url="https://ottercliffe.example", lede="The latest world news from the Ottercliffe World Report.",
  basis="RSS pubDate '{s}' (explicit offset {off}: +0000 before the UK clock change at 01:00 GMT, +0100 after); local {d} in {z}",
  notes="Invented outlet. General world RSS feed, newest first, pubDate with the London offset of the moment: the oldest item is '+0000', the rest '+0100' (BST from 01:00 GMT). dc:creator on some items. Four of six items are off the war (Slovenian referendum, Belgrade rally, Alexandria find, clock change). War items: the Lviv strike (spelled 'Lvov', toll 4) and Poland scrambling jets (same event as 16940-03).",
  not_entries=["channel title/link/description/language/lastBuildDate", "atom:link self reference", "category elements and item links/guids"],
  entries=[
  OFF("2029-03-25 22:10", "Polls close in Slovenian referendum on new nuclear plant",
    ["Slovenians voted on Sunday on whether to build a second reactor at the Krsko nuclear plant, with early counts pointing to a narrow win for the yes side."],
    "slovenia-nuclear-referendum-2029-03-25", a="Mirela Hodzic", n="European politics", cat="Europe"),
  E("2029-03-25 19:35", "Russian missile strike on Lvov kills four",
    ["Four people were killed when Russian missiles struck the western Ukrainian city of Lvov on Sunday morning, local officials said, in the deadliest attack on the city this year.",
     "The city, also known as Lviv, lies about 70km from the Polish border."],
    "strikes", "strikes", 3, LVIV, n="toll 4; spelling 'Lvov'"),
  OFF("2029-03-25 16:00", "Thousands rally in Belgrade over disputed local vote",
    ["Tens of thousands of people marched through central Belgrade on Sunday to protest against what the opposition called fraud in last week\u2019s municipal elections."],
    "belgrade-election-protest-2029-03-25", a="Mirela Hodzic", n="Balkan politics", cat="Europe"),
  E("2029-03-25 11:45", "Poland puts jets on alert during Russian strikes near border",
    ["Poland scrambled fighter jets early on Sunday as Russia launched missiles and drones at targets in western Ukraine, the Polish military said, adding that its airspace had not been breached."],
    "other", "security", 3, POLJET, sec=["strikes"], n="Polish military response; must not merge with the Lviv strike"),
  OFF("2029-03-25 08:20", "Divers raise carved blocks from Alexandria harbour",
    ["Egyptian archaeologists lifted several carved granite blocks from the seabed off Alexandria, which they believe came from the city\u2019s ancient lighthouse."],
    "alexandria-harbour-find-2029-03", n="archaeology", cat="Middle East"),
  OFF("2029-03-25 00:50", "Clocks go forward across Europe tonight",
    ["Clocks in the UK and the European Union move forward one hour at 1am GMT, marking the start of summer time."],
    "europe-summer-time-2029", n="clock change notice", cat="Europe"),
  ]))

# ---------------------------------------------------------------- 16943 Scarthwaite Post (day 3, HTML article, NewsArticle JSON-LD, Warsaw: CEST, no zone printed)
SEEDS.append(dict(
  id="16943", name="16943_scarthwaite-article", ext="html", source="Scarthwaite Post", zone="Europe/Warsaw", render=r_htmlarticle,
  title="Lw\u00f3w hit again as Russia strikes western Ukraine", t="2029-03-25 16:20", byline="Ewa Sadowska",
  lede="Sunday\u2019s attacks reached within 70 kilometres of the Polish border.",
  nav='<a>Poland</a> <a>World</a> <a>Economy</a> <a>Opinion</a>',
  caption="Firefighters at a damaged building in Lw\u00f3w on Sunday. Photo: agency",
  related="Related: How Poland\u2019s air defence reacts to Russian raids on western Ukraine",
  foot="\u00a9 Scarthwaite Post 2029. All rights reserved.",
  basis="no per-section time: the article line 'Ewa Sadowska | 25.03.2029, 16:20' (no zone printed; the outlet's home zone, Warsaw, which is on CEST = UTC+2 from this morning) dates every section; local {d} in {z}",
  notes="Invented outlet (Polish, English edition). HTML article with NewsArticle JSON-LD (datePublished with +02:00), byline and a numeric dateline '25.03.2029, 16:20' with no zone (Warsaw time implied; CEST since 01:00 UTC). Three h2 sections, one entry each (headline = subhead, stamp null, published = the dateline time, author = the byline). Lviv is spelled 'Lw\u00f3w' (Polish). The photo caption after section 1 and the related link are not entries.",
  not_entries=["header and navigation", "headline (page title)", "bold lead line (standfirst)", "byline and dateline line", "photo caption after the first section",
               "'Related: ...' line", "footer"],
  entries=[
  E("2029-03-25 16:20", "Deadly strike on Lw\u00f3w",
    ["Russian missiles struck Lw\u00f3w on Sunday morning, killing three people, according to Ukrainian officials, in the latest attack on the city that many Poles still call by its Polish name.",
     "Ukraine\u2019s air force said the missiles had been fired from Crimea."],
    "strikes", "strikes", 3, LVIV, a="Ewa Sadowska", n="toll 3; spelling 'Lw\u00f3w'"),
  E("2029-03-25 16:20", "Czech tally passes a million",
    ["The Czech ammunition initiative, which Poland supports, said it had delivered one million shells to Ukraine so far this year."],
    "aid", "aid", 3, CZ, a="Ewa Sadowska"),
  E("2029-03-25 16:20", "Ombudsmen meet in Minsk",
    ["Ukraine\u2019s and Russia\u2019s human rights commissioners met in Minsk to exchange lists of prisoners and discuss the return of civilians, Ukraine\u2019s ombudsman said. No date was given for the next exchange."],
    "diplomacy", "diplomacy", 2, "ombudsmen-meeting-minsk-2029-03-25", a="Ewa Sadowska"),
  ]))
main()  # END

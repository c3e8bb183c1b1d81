#!/usr/bin/env python3
"""Builds eval/bk seeds and gold files from one hand-written data table (below).

All news text is written by the blind tester (invented or paraphrased, never copied). Part A imitates the
*layout* of ten real outlets; Part B outlets are invented. Deterministic: same input, same files.
Run from the project root:  python3 eval/bk/tools/build.py
"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# ------------------------------------------------------------------ table helpers
def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, **kw):
    """One entry. t = local time 'YYYY-MM-DD HH:MM' in the page zone (the time the gold calls `published`)."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


SENT_END = re.compile(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018\u2019]|$)')


def first_sentence(par):
    m = SENT_END.search(par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def h12(d, sep=":", suffix=("am", "pm")):
    return f"{d.hour % 12 or 12}{sep}{d.minute:02d}{suffix[0] if d.hour < 12 else suffix[1]}"


def paras_txt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


# ================================================================== PART A renderers (layouts only; own wording)

def r_idaho(S):
    """McClatchy section front (Idaho Statesman, World): cards with kicker, headline, summary, byline + agency,
    then 'Updated May 4, 2025 5:20 PM' (no zone printed; Mountain time implied). Newest first."""
    z = S["zone"]
    ld = {"@context": "https://schema.org", "@type": "CollectionPage", "name": "World", "url": "https://www.idahostatesman.com/news/nation-world/world/",
          "publisher": {"@type": "NewsMediaOrganization", "name": "Idaho Statesman", "logo": {"@type": "ImageObject", "url": "https://www.idahostatesman.com/static/logo.png"}}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', '<title>World News | Idaho Statesman</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<a class="skip-link" href="#main">Skip to main content</a>',
           '<header class="masthead"><a class="logo" href="/"><span class="sr-only">Idaho Statesman Logo</span></a>',
           '<nav class="primary"><ul><li><a href="/news/local/">Local</a></li><li><a href="/news/local/crime/">Crime</a></li><li><a href="/news/politics-government/">Politics &amp; Government</a></li>'
           '<li><a href="/news/business/">Business</a></li><li><a href="/outdoors/">Outdoors</a></li><li><a href="/sports/">Sports</a></li><li><a href="/opinion/">Opinion</a></li>'
           '<li><a href="/news/local/obituaries/">Obituaries</a></li><li><a href="/news/nation-world/">Nation &amp; World</a></li><li><a href="/eedition/">eEdition</a></li></ul></nav>',
           '<div class="account"><a class="subscribe" href="/subscribe/">Subscribe</a> <a href="/login/">Sign In</a></div></header>',
           '<main id="main"><h1 class="section-title">World</h1>', '<section class="grid">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"Updated {MONTHS[d.month - 1]} {d.day}, {d.year} {h12(d, suffix=(' AM', ' PM'))}"
        stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")[:60]
        out += ['<article class="package">', '<div class="kicker"><a href="/news/nation-world/world/">WORLD</a></div>',
                f'<h3><a class="title" href="/news/nation-world/world/article30{i + 4512}.html">{esc(e["h"])}</a></h3>']
        out += [f'<p class="summary">{esc(p)}</p>' for p in e["p"]]
        who = e.get("byline_print", e["a"])
        out.append(f'<div class="byline"><span class="name">By {esc(who)}</span>' + (f' <span class="org">{esc(e["org"])}</span>' if e.get("org") else "") + "</div>")
        out.append(f'<time class="update-date" datetime="{d.isoformat()}">{st}</time>')
        out.append(f'<a class="comments" href="/news/nation-world/world/article30{i + 4512}.html#comments">{(i * 7) % 23} comments</a></article>')
        if i == 2:
            out.append('<div class="ad-slot">ADVERTISEMENT</div>')
        if i == 3:
            out.append('<aside class="newsletter"><h4>Start your day informed</h4><p>Get the Idaho Statesman Morning Briefing delivered to your inbox.</p>'
                       '<input type="email" placeholder="Email address"> <button>Sign Up</button></aside>')
    out += ['</section>', '<aside class="trending"><h4>Trending Stories</h4><ol><li><a href="/t1">Boise River flows rise as snowmelt peaks</a></li>'
            '<li><a href="/t2">What to know about Treasure Valley road closures this week</a></li></ol></aside>', '</main>',
            '<footer><p>Take Us With You</p><p>Real-time updates and all local stories you want right in the palm of your hand.</p>'
            '<p>Idaho Statesman App</p><p>Copyright \u00a9 2025 Idaho Statesman \u00b7 <a href="/privacy">Privacy Policy</a> \u00b7 <a href="/terms">Terms of Service</a> \u00b7 Your Privacy Choices</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_lexington(S):
    """McClatchy article page carrying an AP 'The Latest' timeline (Lexington Herald-Leader): bare '7:05 p.m.'
    lines, entries WITHOUT headlines separated by '___', one page byline, newest first; Eastern time implied."""
    z = S["zone"]
    upd = dt(S["entries"][0]["t"], z); orig = dt(S["entries"][-1]["t"], z)
    L = ["Skip to content", "Lexington Herald-Leader Logo", "Subscribe", "Sign In", "",
         "Local  News  Sports  UK Sports  Politics  Business  Opinion  Obituaries  e-Edition", "", "NATION & WORLD", "",
         S["title"], "", f"By {S['byline']}", f"Updated {MONTHS[upd.month - 1]} {upd.day}, {upd.year} {h12(upd, suffix=(' AM', ' PM'))}", "",
         "Facebook", "X", "Email", "Share", "", S["lede"], "", "Here\u2019s the latest:", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = h12(d, suffix=(" a.m.", " p.m."))
        stamps.append(st)
        if i:
            L += ["___", ""]
        L += [st, ""] + paras_txt(e["p"])
        if i == 3:
            L += ["Story continues below video", ""]
    L += ["Read Next", "", "Tornado sirens to be tested across Fayette County on Wednesday", "",
          f"This story was originally published {MONTHS[orig.month - 1]} {orig.day}, {orig.year} {h12(orig, suffix=(' AM', ' PM'))}.", "",
          "Take Us With You", "Real-time updates and all local stories you want right in the palm of your hand.", "",
          "Lexington Herald-Leader App", "View Newsletters", "", "Copyright Commenting Policy Privacy Policy Terms of Service"]
    return "\n".join(L) + "\n", stamps


def r_projo(S):
    """Gannett / USA TODAY Network live blog as published by The Providence Journal: per-post stamp
    '3:20 p.m. ET June 6, 2025' ABOVE the h2, per-post author under it, newest first; LiveBlogPosting JSON-LD."""
    z = S["zone"]
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)

    def gstamp(d):
        return f"{h12(d, suffix=(' a.m.', ' p.m.'))} ET {MONTHS[d.month - 1]} {d.day}, {d.year}"

    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#post-{len(S['entries']) - i}", "headline": e["h"], "datePublished": d.isoformat(),
                    "author": {"@type": "Person", "name": e["a"]}, "articleBody": " ".join(e["p"])})
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "author": [{"@type": "Person", "name": n} for n in S["byline"]],
          "publisher": {"@type": "Organization", "name": "The Providence Journal"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body class="gnt_pr">',
           '<a class="gnt_skip" href="#mainContentSection">Skip to main content</a>',
           '<header class="gnt_n"><a class="gnt_n_logo" href="/" aria-label="The Providence Journal">The Providence Journal</a>',
           '<nav class="gnt_n_mn"><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/entertainment/">Entertainment</a> <a href="/lifestyle/">Life</a> '
           '<a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> <a href="/eEdition/">eNewspaper</a> <a href="/legals/">Legals</a></nav>',
           '<a class="gnt_n_sub" href="/subscribe/">Subscribe</a> <a class="gnt_n_si" href="/signin/">Sign In</a></header>',
           '<main id="mainContentSection"><article class="gnt_ar">', f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           '<div class="gnt_ar_by">' + ", ".join(f'<a class="gnt_ar_by_a" href="/staff/">{esc(n)}</a>' for n in S["byline"]) + '</div>',
           '<div class="gnt_ar_by_org">USA TODAY</div>',
           f'<div class="gnt_ar_dt" aria-label="Published {gstamp(first)} | Updated {gstamp(last)}">Published {gstamp(first)} | Updated {gstamp(last)}</div>',
           '<div class="gnt_ss"><a>Facebook</a> <a>Email</a> <a>X</a> <a>Share</a></div>',
           '<figure class="gnt_em"><figcaption>Show Caption</figcaption><span>Hide Caption</span></figure>',
           f'<p class="gnt_ar_b_p intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = gstamp(d); stamps.append(st)
        out.append(f'<article class="gnt_lb_post" id="post-{len(S["entries"]) - i}"><div class="gnt_lb_post_ts"><time datetime="{d.isoformat()}">{st}</time></div>')
        out.append(f'<h2 class="gnt_lb_post_hl">{esc(e["h"])}</h2><div class="gnt_lb_post_by">{esc(e["a"])}</div>')
        out += [f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in e["p"]]
        out.append('</article>')
        if i == 2:
            out.append('<aside class="gnt_nl"><p>Get the Providence Journal\u2019s Daily Briefing newsletter in your inbox.</p><input type="email"> <button>Sign Up</button></aside>')
        if i == 4:
            out.append('<div class="gnt_ad">Advertisement</div>')
    out += ['<p class="gnt_ar_b_p contrib">Contributing: Reuters</p>', '</article></main>',
            '<footer class="gnt_f"><a>About Us</a> <a>Newsroom Staff</a> <a>Subscriber Help</a> <a>Terms of Service</a> <a>Privacy Policy</a> '
            '<a>Your Privacy Choices</a><p>\u00a9 2025 www.providencejournal.com. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rtd(S):
    """TownNews BLOX search feed (Richmond Times-Dispatch, world): RSS 2.0, pubDate with -0400, plain escaped
    description, dc:creator in AP caps style ('NAME Associated Press'), enclosure image. Newest first."""
    z = S["zone"]
    link = "https://richmond.com/search/?f=rss&t=article&c=news/world&l=50&s=start_time&sd=desc"
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{esc(link)}</link>',
           f'<atom:link href="{attr(link)}" rel="self" type="application/rss+xml" />',
           f'<description>{esc(S["title"])}</description>', '<generator>TownNews.com - BLOX CMS</generator>',
           '<docs>http://www.rssboard.org/rss-specification</docs>', '<ttl>30</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        uid = f"{i + 3}{7 * i + 11:02d}a8e2-4c1f-11f0-9b7e-{i + 1:012d}"
        url = f"https://richmond.com/news/world/article_{uid}.html"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<description>{esc(" ".join(e["p"]))}</description>',
                f'<pubDate>{st}</pubDate>', f'<link>{url}</link>', f'<guid isPermaLink="false">http://richmond.com/news/world/article_{uid}.html</guid>',
                f'<dc:creator>{esc(e["creator"])}</dc:creator>',
                f'<enclosure url="https://bloximages.newyork1.vip.townnews.com/richmond.com/content/tncms/assets/v3/editorial/{uid[:8]}.jpg" length="{81233 + i * 517}" type="image/jpeg" />',
                f'<category>{esc(e.get("cat", "news/world"))}</category>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_sudbury(S):
    """Postmedia WordPress category feed (The Sudbury Star, World): RSS 2.0, pubDate +0000, dc:creator CDATA
    (agency or reporter), excerpt description ending ' [\u2026]', full text in content:encoded. Newest first."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" '
           'xmlns:media="http://search.yahoo.com/mrss/">', '<channel>', f'<title>{esc(S["title"])}</title>',
           '<atom:link href="https://www.thesudburystar.com/category/news/world/feed" rel="self" type="application/rss+xml" />',
           '<link>https://www.thesudburystar.com/category/news/world/</link>', '<description>Greater Sudbury news, sports and opinion</description>',
           f'<lastBuildDate>{S["build"]}</lastBuildDate>', '<language>en-CA</language>', '<sy:updatePeriod>hourly</sy:updatePeriod>',
           '<sy:updateFrequency>1</sy:updateFrequency>', '<generator>https://wordpress.org/?v=6.8.1</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC)
        st = u.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        words = e["p"][0].split()
        excerpt = " ".join(words[:22]) + " [\u2026]"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>https://www.thesudburystar.com/news/world/{re.sub("[^a-z0-9]+", "-", e["h"].lower()).strip("-")}</link>',
                f'<dc:creator><![CDATA[{e["a"]}]]></dc:creator>', f'<pubDate>{st}</pubDate>',
                f'<category><![CDATA[{e.get("cat", "World")}]]></category>', '<category><![CDATA[News]]></category>',
                f'<guid isPermaLink="false">https://www.thesudburystar.com/?p={8812040 + 37 * i}</guid>',
                f'<description><![CDATA[{excerpt}]]></description>',
                '<content:encoded><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content:encoded>',
                f'<media:thumbnail url="https://smartcdn.gprod.postmedia.digital/sudburystar/wp-content/uploads/thumb-{i + 1}.jpg" />', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def acm_stamp(d):
    return f"{MONTHS[d.month - 1]} {d.day} {d.year} - {h12(d)}"


def r_wagga(S):
    """ACM regional site (The Daily Advertiser, Wagga Wagga) World page, copied as text: headline, stamp line
    'July 21 2025 - 2:10pm' (or 'Updated ..., first published ...'), summary, byline. Newest first; no zone
    printed (Sydney time implied); the items cross local midnight."""
    z = S["zone"]
    L = ["Skip to main content", "The Daily Advertiser", "Wagga Wagga, NSW", "",
         "News  Sport  Business  Lifestyle  Comment  National  World  Obituaries  Puzzles  Subscribe  Login", "",
         "We use cookies and other technologies to improve your experience and to show you relevant advertising. By continuing to use this site you agree to our use of cookies. Accept", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if e.get("upd"):
            u = dt(e["upd"], z)
            fp = h12(d) if u.date() == d.date() else acm_stamp(d)
            st = f"Updated {acm_stamp(u)}, first published {fp}"
        else:
            st = acm_stamp(d)
        stamps.append(st)
        L += [e["h"], st, ""] + paras_txt(e["p"]) + [e["a"], "", "Read more", ""]
        if i == 2:
            L += ["Advertisement", ""]
        if i == 4:
            L += ["Get the latest Wagga Wagga news delivered to your inbox", "Sign up for our newsletter to stay up to date.", "Sign up now", ""]
    L += ["Load more", "", "Daily Advertiser \u00b7 Australian Community Media \u00b7 Contact us \u00b7 Conditions of Use \u00b7 Privacy Policy"]
    return "\n".join(L) + "\n", stamps


def r_manawatu(S):
    """Stuff section page (Manawat\u016b Standard, World) copied as text: headline, intro, source credit line,
    then the Stuff stamp '23:40, Aug 06 2025' (24 h, month abbreviation). Newest first; NZ time implied."""
    z = S["zone"]
    L = ["Skip to main content", "Stuff", "Manawat\u016b Standard", "",
         "Home  National  World  Politics  Business  Climate change  Sport  Entertainment  Life & Style  Travel  Manawat\u016b", "",
         "Log in  Sign up", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{d:%H:%M}, {d:%b} {d:%d} {d.year}"; stamps.append(st)
        L += [e["h"], ""] + paras_txt(e["p"]) + [e["a"], st, ""]
        if i == 1:
            L += ["ADVERTISEMENT", "Advertise with Stuff", ""]
        if i == 3:
            L += ["Stuff's morning briefing: the news you need, delivered to your inbox at 6am.", "Sign up", ""]
    L += ["More stories", "", "About Stuff  Contact us  Privacy policy  Terms and conditions", "\u00a9 2025 Stuff Limited"]
    return "\n".join(L) + "\n", stamps


def r_southland(S):
    """Stuff live blog (The Southland Times): Key points box, one page byline, day headers WITHOUT year
    ('Friday, August 22'), '10.05am' stamps above each h2, newest first; no year anywhere on the page."""
    z = S["zone"]
    last = dt(S["entries"][0]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en-NZ"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Stuff</title></head><body>',
           '<header class="stuff-header"><a class="logo" href="/">Stuff</a> <span class="masthead">The Southland Times</span>',
           '<nav><a href="/nz-news">National</a> <a href="/world-news">World</a> <a href="/politics">Politics</a> <a href="/business">Business</a> '
           '<a href="/sport">Sport</a> <a href="/southland">Southland</a></nav><a class="login" href="/login">Log in</a></header>',
           '<main><p class="label">LIVE</p>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="byline">{esc(S["byline"])}</p>',
           f'<p class="updated">Last updated {h12(last, sep=".")}, {WEEKDAYS[last.weekday()]}, {MONTHS[last.month - 1]} {last.day}</p>',
           '<div class="share"><a>Share on Facebook</a> <a>Share on X</a> <a>Email</a></div>',
           '<section class="key-points"><h2>Key points</h2><ul>']
    out += [f'<li>{esc(e["h"])}</li>' for e in S["entries"] if e["kp"]]
    out += ['</ul></section>', '<div class="live-feed">']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        day = f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"
        if day != cur:
            cur = day; out.append(f'<h3 class="day-divider">{day}</h3>')
        st = h12(d, sep="."); stamps.append(st)
        out.append(f'<div class="live-post"><span class="post-time">{st}</span><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<a class="post-share">Share this post</a></div>')
        if i == 3:
            out.append('<div class="ad">Advertisement</div>')
    out += ['</div><aside class="related"><h4>Related</h4><a href="/r1">Invercargill family reunited with relatives who fled Kharkiv</a></aside></main>',
            '<footer>\u00a9 Stuff Limited \u00b7 Privacy \u00b7 Terms \u00b7 Contact</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def west_date(d):
    return f"{WEEKDAYS[d.weekday()][:3]}, {d.day} {MONTHS[d.month - 1]} {d.year} {h12(d, suffix=('AM', 'PM'))}"


def r_kalgoorlie(S):
    """The West Australian network page (Kalgoorlie Miner) recapping the day as a timeline, copied as text:
    OLDEST first, '4.05pm' line before each headline, page byline, no zone printed (Perth time implied);
    the timeline runs past local midnight without a new date line."""
    z = S["zone"]
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    L = ["The West Australian", "Kalgoorlie Miner", "",
         "News  Goldfields  Sport  Business  Opinion  World  Lifestyle  Puzzles  Subscribe  Log in", "", "World", "",
         S["title"], "", S["lede"], "", S["byline"], "Kalgoorlie Miner", west_date(first), f"Updated {west_date(last)}", "",
         "Share this article", "Comments", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = h12(d, sep="."); stamps.append(st)
        L += [st, e["h"], ""] + paras_txt(e["p"])
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Get the latest news from thewest.com.au in your inbox.", "Sign up for our emails", "",
          "Related", "Boulder mine expansion gets green light", "", "\u00a9 West Australian Newspapers Limited 2025"]
    return "\n".join(L) + "\n", stamps


def r_fresno(S):
    """McClatchy article with h2 sections (The Fresno Bee): 'Updated September 17, 2025 11:58 AM' at the top,
    'This story was originally published September 17, 2025 10:42 AM.' at the bottom, NewsArticle JSON-LD.
    One entry per section; no per-section time."""
    z = S["zone"]
    pub = dt(S["published"], z); mod = dt(S["modified"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": pub.isoformat(),
          "dateModified": mod.isoformat(), "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "NewsMediaOrganization", "name": "The Fresno Bee"}, "articleSection": "Nation & World"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Fresno Bee</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<a class="skip-link" href="#main">Skip to main content</a>',
           '<header class="masthead"><a class="logo" href="/"><span class="sr-only">The Fresno Bee Logo</span></a>',
           '<nav><a href="/news/local/">Local</a> <a href="/news/local/education-lab/">Education</a> <a href="/sports/">Sports</a> '
           '<a href="/entertainment/">Entertainment</a> <a href="/opinion/">Opinion</a> <a href="/news/local/obituaries/">Obituaries</a> <a href="/eedition/">eEdition</a></nav>',
           '<a class="subscribe" href="/subscribe/">Subscribe</a> <a href="/login/">Sign In</a></header>',
           '<main id="main"><article><p class="kicker">NATION &amp; WORLD</p>', f'<h1 class="h1">{esc(S["title"])}</h1>',
           f'<div class="byline">By {esc(S["byline"])}</div>',
           f'<time class="update-date" datetime="{mod.isoformat()}">Updated {MONTHS[mod.month - 1]} {mod.day}, {mod.year} {h12(mod, suffix=(" AM", " PM"))}</time>',
           '<div class="share-bar"><a>Facebook</a> <a>X</a> <a>Email</a> <a>Share</a></div>',
           f'<p class="lede">{esc(S["lede"])}</p>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<div class="ad-slot">ADVERTISEMENT</div>')
        if i == 2:
            out.append('<aside class="related-inline"><p>RELATED STORIES FROM FRESNO BEE</p><a href="/rel1">Valley farmworkers brace for another triple-digit week</a></aside>')
    out += [f'<p class="contrib">{esc(S["contrib"])}</p>',
            f'<p class="originally-published">This story was originally published {MONTHS[pub.month - 1]} {pub.day}, {pub.year} {h12(pub, suffix=(" AM", " PM"))}.</p>',
            '</article><section class="read-next"><h3>Read Next</h3><a href="/n1">Clovis council to vote on new downtown parking rules</a></section></main>',
            '<footer><p>Take Us With You</p><p>Copyright \u00a9 2025 The Fresno Bee \u00b7 Privacy Policy \u00b7 Terms of Service</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


# ================================================================== PART B renderers (invented outlets)

def r_tollgarth(S):
    """Text live blog: date line, 'Times are Kyiv time', Key Points bullets, newest first; each post is headline,
    body, then a signature line '\u2014 Name, 22:40' (bare 24 h time after the body)."""
    z = S["zone"]
    L = ["TOLLGARTH LIVE", "News | Ukraine | World | Opinion | Newsletters", "", S["title"], S["dateline"], "Times are Kyiv time", "",
         S["lede"], "", "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [e["h"], ""] + paras_txt(e["p"]) + [("\u2014 " + e["a"] + ", " + st) if e["a"] else ("\u2014 " + st), ""]
        if i == 3:
            L += ["Sponsored", "Support our reporting from Ukraine: become a Tollgarth member", ""]
    L += ["Show older posts", "", "Tollgarth Live \u00b7 About \u00b7 Corrections \u00b7 Privacy \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_varnholt(S):
    """English desk of an invented German outlet, HTML ticker, OLDEST first; German chrome; visible stamp
    '24.05.2025, 06:50 Uhr' in <time datetime>; 'Von NAME' author line; LiveBlogPosting JSON-LD with
    per-update times."""
    z = S["zone"]
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#e{i + 1}", "headline": e["h"], "datePublished": d.isoformat(), "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "inLanguage": "en",
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}

    def vstamp(d):
        return f"{d:%d.%m.%Y, %H:%M} Uhr"

    out = ['<!DOCTYPE html>', '<html lang="de"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Varnholt Tribune</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="consent">Wir verwenden Cookies, um Ihnen ein optimales Angebot zu machen. <button>Alle akzeptieren</button> <button>Einstellungen</button></div>',
           '<header><a class="brand" href="/">Varnholt Tribune</a> <span class="edition">English edition</span>',
           '<nav><a href="/">Startseite</a> <a href="/politik">Politik</a> <a href="/wirtschaft">Wirtschaft</a> <a href="/ukraine-krieg">Ukraine-Krieg</a> <a href="/en">English</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="stand">{esc(S["lede"])}</p>',
           f'<p class="meta">Aktualisiert: {vstamp(last)}</p>', '<p class="hint">Neueste Eintr\u00e4ge unten</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = vstamp(d); stamps.append(st)
        out.append(f'<article class="ticker-eintrag" id="e{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="autor">Von {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="teilen">Teilen</div></article>')
        if i == 2:
            out.append('<div class="anzeige">Anzeige</div>')
    out += ['</main><footer>Impressum \u00b7 Datenschutz \u00b7 Kontakt \u00b7 Abo</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss_world(S):
    """General world-news RSS 2.0 feed; pubDate in the outlet's offset; CDATA paragraphs; no authors. Newest first."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           f'<atom:link href="{S["url"]}/rss/world.xml" rel="self" type="application/rss+xml" />', '<language>en</language>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/news/{i + 7301}</link>', f'<guid isPermaLink="true">{S["url"]}/news/{i + 7301}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{esc(e.get("cat", "World"))}</category>',
                '<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_isleborne(S):
    """HTML article with h2 sections; byline and dateline 'May 24, 2025 23:30 JST'; one entry per section."""
    z = S["zone"]; d = dt(S["dateline_t"], z)
    dl = f"{MONTHS[d.month - 1]} {d.day}, {d.year} {d:%H:%M} JST"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Isleborne Report</title></head><body>',
           '<header><span class="logo">Isleborne Report</span> <nav><a>Japan</a> <a>Asia</a> <a>World</a> <a>Business</a> <a>Opinion</a></nav> <a class="btn">Log in</a></header>',
           '<main><article>', '<p class="category">World / Europe</p>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="byline">By {esc(S["byline"])}</p>', f'<p class="dateline">{dl}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    for e in S["entries"]:
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
    out += ['<div class="share">Share <a>X</a> <a>LINE</a> <a>Facebook</a></div>', '</article>',
            '<aside><h3>Most read</h3><ol><li>Yen slides as bond yields climb</li><li>Osaka Expo visitor numbers pass 3 million</li></ol></aside></main>',
            '<footer>\u00a9 Isleborne Report. All rights reserved.</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_atom_world(S):
    """General world-news Atom feed; <published> in Z; escaped HTML content; no authors. Newest first."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}/"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>{S["url"]}/atom.xml</id>', f'<updated>{dt(S["entries"][0]["t"], z).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = dt(e["t"], z).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"); stamps.append(st)
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" href="{S["url"]}/story/{i + 915}"/>',
                f'<id>tag:{S["url"][8:]},2025:story-{i + 915}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>',
                f'<category term="{attr(e.get("cat", "world"))}"/>',
                '<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_rookhollow(S):
    """Text scrape of a world listing: 'Last updated 26 May 2025, 7:40am AEST' at the top; each card is
    headline, summary, 'By NAME | 2 hours ago' (relative stamp), comment count. Newest first."""
    z = S["zone"]; ref = dt(S["ref"], z)
    L = ["ROOKHOLLOW POST", "Sydney \u00b7 Melbourne \u00b7 Brisbane \u00b7 National \u00b7 World \u00b7 Business \u00b7 Sport", "", "Subscribe  |  Log in", "",
         S["title"], f"Last updated {ref.day} {MONTHS[ref.month - 1]} {ref.year}, {h12(ref)} AEST", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} minutes ago"
        else:
            assert mins % 60 == 0, (e["t"], mins)
            st = "1 hour ago" if mins == 60 else f"{mins // 60} hours ago"
        stamps.append(st)
        L += [e["h"], ""] + paras_txt(e["p"]) + [f"By {e['a']} | {st}" if e["a"] else st, f"Comments ({(i * 5 + 2) % 9})", ""]
        if i == 1:
            L += ["ADVERTISEMENT", ""]
    L += ["Load more stories", "", "Rookhollow Post \u00b7 Contact \u00b7 Privacy \u00b7 Terms"]
    return "\n".join(L) + "\n", stamps


def r_oakhaven(S):
    """Text article with section headings; dateline 'Sunday, May 25 \u00b7 4:15 p.m. CDT' (no year anywhere)."""
    z = S["zone"]; d = dt(S["dateline_t"], z)
    dl = f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day} \u00b7 {h12(d, suffix=(' a.m.', ' p.m.'))} CDT"
    L = ["OAKHAVEN BULLETIN", "Home \u203a World", "", S["title"], "", f"By {S['byline']}", dl, "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + paras_txt(e["p"])
    L += ["Share: Facebook | Email | Print", "", "Related: " + S["more"], "", "Oakhaven Bulletin \u00b7 Subscribe \u00b7 Contact the newsroom"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_lowenbridge(S):
    """Text article with section headings, Indian-style dateline 'Updated: Jun 29, 2025, 21:10 IST'."""
    z = S["zone"]; d = dt(S["dateline_t"], z)
    dl = f"Updated: {d:%b} {d.day}, {d.year}, {d:%H:%M} IST"
    L = ["Lowenbridge Herald", "Home / World / Europe", "", S["title"], "", S["byline"], dl, "", S["lede"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + paras_txt(e["p"])
        if i == 0:
            L += ["Also Read: " + S["more"], ""]
    L += ["Follow Lowenbridge Herald on WhatsApp for the latest updates", "", "(Published with inputs from agencies)", "",
          "About us | Contact | Terms of use | Privacy policy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_pinewick(S):
    """Text live blog, OLDEST first, date line at the top; each post opens with '06:42 BST | Headline' and ends
    with a 'Reporting: NAME' line."""
    z = S["zone"]
    L = ["PINEWICK WIRE", "Live | UK | World | Money | Sport", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} BST"; stamps.append(st)
        L += [f"{st} | {e['h']}", ""] + paras_txt(e["p"])
        if e["a"]:
            L += [f"Reporting: {e['a']}", ""]
        if i == 3:
            L += ["Pinewick Wire newsletter: the day's news in five minutes. Sign up", ""]
    L += ["This live blog has now closed.", "", "Pinewick Wire \u00b7 Standards \u00b7 Privacy \u00b7 Cookies"]
    return "\n".join(L) + "\n", stamps


def r_silvermere(S):
    """HTML live blog, newest first, day headers with year, '3:40 p.m. EDT' in <time datetime>, 'By NAME'
    under the h2. JSON-LD @graph: LiveBlogPosting whose updates carry only the PAGE's datePublished and no
    headline (so per-entry times must come from the visible blocks)."""
    z = S["zone"]
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#block-{len(S['entries']) - i}", "datePublished": first.isoformat(),
            "dateModified": last.isoformat(), "articleBody": " ".join(e["p"]) if e["p"] else ""} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": "https://silvermere.example/#org", "name": "Silvermere Dispatch"},
        {"@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(), "dateModified": last.isoformat(),
         "coverageStartTime": first.isoformat(), "publisher": {"@id": "https://silvermere.example/#org"}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en-CA"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Silvermere Dispatch</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="cookie-bar">This site uses cookies. <a>Learn more</a> <button>OK</button></div>',
           '<header>Silvermere Dispatch <nav><a>Canada</a> <a>World</a> <a>Politics</a> <a>Business</a> <a>Opinion</a></nav> <a>Subscribe</a></header>',
           f'<main><p class="live-label">LIVE</p><h1>{esc(S["title"])}</h1>', f'<p class="dek">{esc(S["lede"])}</p>',
           '<p class="tz-note">All times Eastern.</p>', '<div class="blocks">']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        day = f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}"
        if day != cur:
            cur = day; out.append(f'<h3 class="day">{day}</h3>')
        st = f"{h12(d, suffix=(' a.m.', ' p.m.'))} EDT"; stamps.append(st)
        out.append(f'<div class="block" id="block-{len(S["entries"]) - i}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="block-byline">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 2:
            out.append('<aside class="promo">Get the Dispatch world briefing every morning. <a>Sign up</a></aside>')
    out += ['</div></main><footer>\u00a9 Silvermere Dispatch \u00b7 Terms \u00b7 Privacy \u00b7 Accessibility</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================== PART A data (one outlet each, 6400-6409)
SEEDS = []

SEEDS.append(dict(id="6400", name="6400_idahostatesman-world", ext="html", source="Idaho Statesman", zone="America/Boise", render=r_idaho,
  title="World", kind="listing",
  notes="Imitates the McClatchy section front of the Idaho Statesman (Nation & World > World). Newest first. Each card: 'WORLD' kicker, h3 headline link, one summary paragraph, 'By NAME' plus an agency span ('Associated Press'), then the stamp 'Updated May 4, 2025 5:20 PM' AFTER headline and summary, then a comment count. No zone is printed: the time is Boise's (MDT, UTC-6), implied by the outlet's home (the <time datetime> attributes carry -06:00). The JSON-LD is a CollectionPage with no items or dates. The Singapore election card is off-beat.",
  not_entries=["skip link and logo text", "main navigation and Subscribe / Sign In", "section heading 'World' (page title)", "'WORLD' kicker on every card",
               "'N comments' links", "'ADVERTISEMENT' slot", "newsletter box 'Start your day informed'", "'Trending Stories' list (two local links)",
               "footer: 'Take Us With You', app promo, copyright line"],
  entries=[
  E("2025-05-04 17:20", "Zelenskyy brushes off Kremlin\u2019s three-day truce as a show for parade guests",
    ["Ukrainian President Volodymyr Zelenskyy said Sunday that Moscow\u2019s offer to stop fighting for three days around its May 9 commemorations was designed to keep visiting leaders safe on Red Square, not to end the war, and he pressed again for a 30-day ceasefire."],
    "diplomacy", "diplomacy", 3, "zelenskyy-rejects-victory-day-truce-2025-05", a="Oksana Dibrova", org="Associated Press"),
  E("2025-05-04 14:45", "Drones hit Kharkiv overnight, wounding 9 people including a 10-year-old",
    ["Russian drones struck two residential districts of Kharkiv late Saturday and early Sunday, setting parked cars alight and wounding nine people, the city\u2019s mayor said."],
    "strikes", "strikes", 2, "kharkiv-drone-strike-2025-05-04", a="Oksana Dibrova", org="Associated Press"),
  E("2025-05-04 12:30", "Two Moscow airports pause flights as drones head toward the capital",
    ["Russian aviation authorities briefly suspended departures at two Moscow airports on Sunday after the Defense Ministry said air defenses had brought down more than a dozen Ukrainian drones approaching the city."],
    "strikes", "strikes", 2, "moscow-airports-drone-alert-2025-05-04", a="Gleb Arkhipov", org="Associated Press"),
  OFF("2025-05-04 10:05", "Singapore\u2019s governing party extends its long hold on power",
      ["Singapore\u2019s People\u2019s Action Party won all but 10 of the 97 parliamentary seats in Saturday\u2019s general election, giving Prime Minister Lawrence Wong a strong mandate in his first vote as leader."],
      "singapore-general-election-2025", a="Jasmine Koh", org="Associated Press", n="Singapore election."),
  E("2025-05-04 08:15", "Ukraine\u2019s parliament to vote this week on minerals agreement with Washington",
    ["Ukrainian lawmakers are expected to vote Thursday on ratifying the natural resources agreement signed with the United States at the end of April, a senior member of parliament said Sunday."],
    "diplomacy", "diplomacy", 2, "ukraine-us-minerals-deal-ratification", a="Oksana Dibrova", org="Associated Press", sec=["aid"],
    n="Bilateral agreement (treaty ratification) -> diplomacy; its reconstruction fund makes aid secondary."),
  E("2025-05-04 06:40", "Russia claims capture of another village in Ukraine\u2019s Donetsk region",
    ["Russia\u2019s Defense Ministry said Sunday its forces had taken the village of Novooleksandrivka in eastern Ukraine\u2019s Donetsk region, a claim that could not be independently verified."],
    "other", "frontline", 2, "donetsk-village-claim-2025-05-04", a="The Associated Press", byline_print="The Associated Press"),
  ]))

SEEDS.append(dict(id="6401", name="6401_heraldleader-latest", ext="txt", source="Lexington Herald-Leader", zone="America/New_York", render=r_lexington,
  title="The Latest: Zelenskyy says he\u2019ll wait for Putin in Turkey as Europe\u2019s truce deadline passes", byline="The Associated Press", kind="timeline",
  lede="Ukraine\u2019s president says he will travel to Istanbul on Thursday and wait there for Vladimir Putin in person, after a European deadline for Moscow to accept a 30-day ceasefire came and went without an answer.",
  notes="Imitates a McClatchy article page (Lexington Herald-Leader, Nation & World) carrying an AP 'The Latest' timeline, copied as text. One page byline ('By The Associated Press'), 'Updated May 12, 2025 7:05 PM' under it, and at the end 'This story was originally published May 12, 2025 6:10 AM.' Entries have NO headlines: each is a bare time line ('7:05 p.m.') followed by one or two paragraphs, separated by '___'. Newest first. No zone printed: US Eastern (EDT, UTC-4) implied by the outlet and by the header/footer times, which match the newest and oldest items. Date of every item = 12 May from the header. The intro paragraph and 'Here\u2019s the latest:' are not entries.",
  not_entries=["'Skip to content', logo text, Subscribe / Sign In, menu line", "'NATION & WORLD' kicker", "title line", "byline 'By The Associated Press' and the 'Updated May 12, 2025 7:05 PM' line",
               "share labels 'Facebook', 'X', 'Email', 'Share'", "intro paragraph before 'Here\u2019s the latest:' and that line itself", "'___' separators",
               "'Story continues below video'", "'Read Next' and its local headline", "'This story was originally published ...' line", "app promo and footer lines"],
  entries=[
  E("2025-05-12 19:05", None,
    ["The Kremlin would still not say Monday who, if anyone, will represent Russia at the direct talks with Ukraine that Putin himself proposed for Istanbul this week.",
     "Kremlin spokesman Dmitry Peskov told reporters the delegation would be named once the president considered it necessary."],
    "diplomacy", "diplomacy", 3, "istanbul-direct-talks-proposal-2025-05", a="The Associated Press"),
  E("2025-05-12 17:30", None,
    ["President Donald Trump said he was thinking about flying to Istanbul for Thursday\u2019s meeting if he believed his presence would make a difference.",
     "Trump begins a tour of Gulf states on Tuesday."],
    "diplomacy", "diplomacy", 2, "trump-considers-istanbul-trip-2025-05", a="The Associated Press"),
  E("2025-05-12 14:15", None,
    ["A Russian drone hit a minibus carrying civilians near the town of Krasnopillia in the Sumy region, killing one passenger and wounding four, regional officials said."],
    "strikes", "strikes", 3, "sumy-minibus-drone-strike-2025-05-12", a="The Associated Press"),
  E("2025-05-12 11:40", None,
    ["The deadline that European leaders gave Moscow to agree to an unconditional 30-day ceasefire expired Monday with no sign of a Russian reply.",
     "French President Emmanuel Macron said Europe would coordinate new sanctions with Washington if the Kremlin kept stalling."],
    "diplomacy", "diplomacy", 3, "europe-30-day-ceasefire-ultimatum-2025-05"),
  E("2025-05-12 09:20", None,
    ["Ukraine\u2019s air force said Russia sent 10 attack drones overnight, the smallest number in weeks, and that four of them were shot down."],
    "strikes", "strikes", 2, "overnight-drone-launches-2025-05-12", a="The Associated Press"),
  E("2025-05-12 07:50", None,
    ["Kremlin spokesman Dmitry Peskov said Monday that the language of ultimatums was unacceptable to Moscow.",
     "He said Russia was willing to discuss a truce but would not answer demands."],
    "diplomacy", "diplomacy", 2, "europe-30-day-ceasefire-ultimatum-2025-05", a="The Associated Press",
    n="Kremlin reply to the European ultimatum: same story as the ultimatum (reaction whose content is the ultimatum itself)."),
  E("2025-05-12 06:10", None,
    ["Ukraine\u2019s prosecutor general\u2019s office said it had identified 19 more children it believes were taken from occupied parts of the Kherson region to Russia."],
    "other", "humanitarian", 2, "kherson-children-deportation-inquiry-2025-05", a="The Associated Press"),
  ]))
for _e in SEEDS[-1]["entries"]:
    _e["a"] = "The Associated Press"

SEEDS.append(dict(id="6402", name="6402_providencejournal-live", ext="html", source="The Providence Journal", zone="America/New_York", render=r_projo,
  title="Russia pounds Kyiv and western Ukraine in retaliatory barrage: live updates", byline=["Maren Holloway", "Tobias Reinholt"],
  url="https://www.providencejournal.com/story/news/world/2025/06/05/russia-ukraine-war-live-updates/84012267007/",
  lede="Russia launched one of its heaviest air attacks of the war overnight, days after Ukrainian drones struck bomber bases deep inside Russia. Follow along for the latest.",
  kind="live blog",
  notes="Imitates a Gannett / USA TODAY Network live blog as carried by The Providence Journal. Newest first. Each post: stamp '3:20 p.m. ET June 6, 2025' ABOVE the h2 headline, then the post author, then paragraphs. The page header gives two bylines + 'USA TODAY' and 'Published 8:40 p.m. ET June 5, 2025 | Updated 3:20 p.m. ET June 6, 2025'. The first two posts (oldest, at the bottom) are on the evening of 5 June ET, which is already 6 June in UTC: the whole blog is one UTC day (6 June) but two local days. LiveBlogPosting JSON-LD repeats per-post times with -04:00 offsets. Several posts belong to the one barrage story; the vigil post is a local angle (Rhode Island).",
  not_entries=["skip link, masthead, menu, Subscribe / Sign In", "h1 title", "page bylines 'Maren Holloway, Tobias Reinholt', 'USA TODAY'", "'Published ... | Updated ...' line",
               "share labels", "'Show Caption' / 'Hide Caption'", "intro paragraph under the title", "newsletter box", "'Advertisement'", "'Contributing: Reuters'", "footer links and copyright"],
  entries=[
  E("2025-06-06 15:20", "White House says Trump still wants both sides at the table",
    ["The White House said Friday that President Donald Trump remained committed to getting Russia and Ukraine to agree to a ceasefire, despite the overnight escalation.",
     "A spokesperson said the president had been briefed on the strikes but would not say whether he planned to call Vladimir Putin again."],
    "diplomacy", "diplomacy", 2, "white-house-ceasefire-stance-2025-06-06", a="Tobias Reinholt"),
  E("2025-06-06 13:05", "Kyiv death toll rises to 4, including 3 rescuers",
    ["Four people have now been confirmed dead in Kyiv, three of them emergency workers who were caught by a second strike while putting out a fire, the city\u2019s military administration said.",
     "More than 20 other people were hurt across the capital."],
    "strikes", "strikes", 3, "russian-retaliation-barrage-2025-06-06", a="Maren Holloway"),
  E("2025-06-06 10:40", "Moscow says barrage answered Ukraine\u2019s drone raid on bomber bases",
    ["Russia\u2019s Defense Ministry said the overnight strikes were a response to what it called terrorist acts by Kyiv, an apparent reference to last weekend\u2019s drone attacks on strategic bomber bases.",
     "It said it had used long-range precision weapons against military and industrial targets."],
    "strikes", "strikes", 3, "russian-retaliation-barrage-2025-06-06", a="Tobias Reinholt", n="Official claim about the attack itself -> strikes, same story."),
  E("2025-06-06 08:25", "Rhode Island\u2019s Ukrainian community plans Sunday vigil",
    ["Members of Rhode Island\u2019s Ukrainian community will gather at a Woonsocket church on Sunday afternoon to pray for the victims of the latest attacks, organizers said.",
     "The parish has collected money for field hospitals since 2022."],
    "other", "humanitarian", 2, "rhode-island-ukrainian-vigil-2025-06", a="Carla Benvenuto"),
  E("2025-06-06 06:30", "Ukraine\u2019s air force: 407 drones and 45 missiles fired overnight",
    ["Russia launched 407 drones and 45 missiles and decoys at Ukraine overnight, the air force said Friday morning, adding that most of them had been shot down or jammed."],
    "strikes", "strikes", 3, "russian-retaliation-barrage-2025-06-06", a="Maren Holloway"),
  E("2025-06-06 01:10", "Lutsk and Ternopil also hit as attack spreads west",
    ["Regional officials in western Ukraine reported explosions in Lutsk and Ternopil, where drones damaged apartment blocks and an industrial site."],
    "strikes", "strikes", 3, "russian-retaliation-barrage-2025-06-06", a="Maren Holloway"),
  E("2025-06-05 22:55", "Explosions heard across Kyiv as air raid alert sounds",
    ["Loud explosions echoed across Kyiv early Friday local time as the capital\u2019s air defenses engaged incoming missiles, Mayor Vitali Klitschko said on Telegram."],
    "strikes", "strikes", 3, "russian-retaliation-barrage-2025-06-06", a="Tobias Reinholt"),
  E("2025-06-05 20:40", "Ukraine warns of bombers in the air; large attack expected",
    ["Ukraine\u2019s air force warned Thursday evening that Russian strategic bombers had taken off and urged people across the country to stay near shelters."],
    "strikes", "strikes", 3, "russian-retaliation-barrage-2025-06-06", a="Tobias Reinholt", n="Warning that opens the same barrage -> same story."),
  ]))

SEEDS.append(dict(id="6403", name="6403_richmondtimesdispatch-feed", ext="xml", source="Richmond Times-Dispatch", zone="America/New_York", render=r_rtd,
  title="richmond.com - RSS Results in news/world of type article", kind="feed",
  notes="Imitates a TownNews BLOX search feed (Richmond Times-Dispatch, world news). RSS 2.0, newest first; pubDate carries -0400 (EDT). The oldest item, 'Thu, 12 Jun 2025 21:30:00 -0400', is already 13 June in UTC: every item is on UTC 13 June, local dates are 12-13 June. description is a one-paragraph summary (plain text, entities escaped), dc:creator uses the AP caps style 'NAME Associated Press' / 'NAME AP Business Writer' (author = the name as printed, in caps). Three items are off-beat (Israel-Iran strikes, oil prices, Air India crash).",
  not_entries=["channel title/link/description/generator/docs/ttl", "<guid>, <enclosure> and <category> values", "the agency part of dc:creator ('Associated Press', 'AP Business Writer')"],
  entries=[
  OFF("2025-06-13 19:10", "Oil prices jump as Israel and Iran trade strikes",
      ["Crude oil prices climbed more than 7% on Friday as traders weighed the risk of a wider war in the Middle East after Israel attacked Iranian nuclear and military sites."],
      "oil-prices-israel-iran-2025-06-13", a="DELIA MARSH", creator="DELIA MARSH AP Business Writer", n="Middle East / markets."),
  E("2025-06-13 16:40", "Ukraine and Russia swap another group of prisoners under Istanbul deal",
    ["Ukraine and Russia exchanged another group of captured soldiers on Friday, the latest stage of a series of swaps agreed at talks in Istanbul this month, officials in Kyiv and Moscow said."],
    "diplomacy", "diplomacy", 3, "istanbul-prisoner-exchanges-2025-06", a="HANNA VOLKOVA", creator="HANNA VOLKOVA Associated Press"),
  E("2025-06-13 13:05", "Kyiv says it received 1,200 bodies from Russia, identification will take months",
    ["Ukraine said Friday it had received 1,200 bodies that Russia says are of Ukrainian soldiers, part of a repatriation agreed in Istanbul, and warned that identifying them could take months."],
    "other", "humanitarian", 2, "war-dead-repatriation-2025-06", a="HANNA VOLKOVA", creator="HANNA VOLKOVA Associated Press", sec=["diplomacy"],
    n="Repatriation of the dead (agreed in talks) -> other/humanitarian, diplomacy secondary; separate from the prisoner swap."),
  OFF("2025-06-13 10:20", "Investigators recover second recorder from Air India crash site",
      ["Indian investigators said Friday they had recovered the cockpit voice recorder from the wreckage of the Air India jet that crashed in Ahmedabad, a day after the flight data recorder was found."],
      "air-india-ahmedabad-crash", a="RAVI MENON", creator="RAVI MENON Associated Press", n="air crash in India."),
  E("2025-06-13 07:45", "Russian drones strike Kharkiv for a second straight night",
    ["Russian drones hit apartment buildings and a children\u2019s playground in Kharkiv overnight, injuring three people, the city\u2019s mayor said Friday."],
    "strikes", "strikes", 2, "kharkiv-drone-strikes-2025-06-13", a="HANNA VOLKOVA", creator="HANNA VOLKOVA Associated Press"),
  E("2025-06-13 05:30", "Zelenskyy says Russia has massed troops near Sumy region",
    ["President Volodymyr Zelenskyy said late Thursday that Russia had gathered more than 50,000 troops near the Sumy region but that Ukrainian forces had slowed their advance."],
    "other", "frontline", 2, "sumy-offensive-buildup-2025-06", a="ILKO DRAGAN", creator="ILKO DRAGAN Associated Press"),
  OFF("2025-06-12 21:30", "Israel strikes Iran\u2019s nuclear program; explosions reported in Tehran",
      ["Israel launched airstrikes on Iran early Friday local time, targeting what it called the country\u2019s nuclear program and military leadership, and Iranian state media reported explosions in the capital."],
      "israel-strikes-iran-2025-06-13", a="OMAR HADDAD", creator="OMAR HADDAD Associated Press", n="Israel-Iran."),
  ]))

SEEDS.append(dict(id="6404", name="6404_sudburystar-feed", ext="xml", source="The Sudbury Star", zone="America/Toronto", render=r_sudbury,
  title="World | Sudbury Star", build="Wed, 09 Jul 2025 01:12:40 +0000", kind="feed",
  notes="Imitates the Postmedia WordPress category feed of The Sudbury Star (World). RSS 2.0, newest first, pubDate in +0000 (UTC); page_timezone is Sudbury's (America/Toronto, EDT UTC-4) for published_local. dc:creator is a wire agency ('Reuters', 'The Associated Press', 'Agence France-Presse') or a staff reporter (author). Each item has a 22-word excerpt ending ' [\u2026]' in <description> and the full text in content:encoded; body counts the content:encoded paragraphs. lastBuildDate is the next UTC day. The Texas floods item is off-beat; the local generator drive is war-related (humanitarian).",
  not_entries=["channel title/link/description/lastBuildDate/language/sy:/generator", "the truncated <description> excerpts (they repeat the first paragraph)", "<category>, <guid>, <media:thumbnail> values"],
  entries=[
  E("2025-07-08 18:15", "Trump says U.S. will send more weapons to Ukraine after brief pause",
    ["President Donald Trump said the United States would send more weapons to Ukraine, mainly defensive systems, days after the Pentagon held back some deliveries over concerns about its own stockpiles.",
     "Trump told reporters at the White House that he was unhappy with Vladimir Putin and that Kyiv had to be able to defend itself.",
     "The Pentagon said in a statement it was working to speed up the shipments."],
    "aid", "aid", 3, "us-resumes-weapons-shipments-2025-07", a="Reuters"),
  E("2025-07-08 15:40", "Sudbury volunteers ship second load of generators to Ukrainian hospitals",
    ["A group of Greater Sudbury volunteers has sent 14 donated generators to hospitals in Ukraine\u2019s Chernihiv region, the second shipment since the spring.",
     "Organizer Marta Hnatiuk said the machines were paid for with money raised at community dinners held at the Ukrainian hall on Notre Dame Avenue.",
     "The group hopes to send a third load before winter."],
    "other", "humanitarian", 2, "sudbury-generators-for-ukraine-2025-07", a="Jenna Lavoie",
    n="Private donation, not government support -> other/humanitarian (LABELS' aid is support to a party)."),
  E("2025-07-08 12:05", "Russian investigators treat former minister\u2019s death as likely suicide",
    ["Investigators in Russia said Tuesday they were treating the death of former transport minister Roman Starovoit as a probable suicide, a day after his body was found hours after he was dismissed.",
     "The Kremlin said President Vladimir Putin had been informed and declined further comment."],
    "other", "politics", 2, "starovoit-death-2025-07", a="Agence France-Presse"),
  OFF("2025-07-08 09:20", "Search goes on in Texas as flood death toll passes 100",
      ["Crews in central Texas kept searching for missing people on Tuesday as the death toll from last week\u2019s flash floods along the Guadalupe River rose above 100.",
       "Officials said more rain was forecast for the area later in the week."],
      "texas-hill-country-floods-2025-07", a="The Associated Press", n="US floods."),
  E("2025-07-08 06:30", "Russian drones hit Kharkiv, dozens wounded",
    ["Overnight drone strikes on Kharkiv wounded at least 33 people and damaged several apartment blocks and a clinic, regional governor Oleh Syniehubov said.",
     "Ukraine\u2019s air force said Russia had launched more than 100 drones across the country."],
    "strikes", "strikes", 3, "kharkiv-drone-strike-2025-07-08", a="Reuters"),
  E("2025-07-08 04:10", "Denmark to host Ukrainian arms makers under new agreement",
    ["Ukrainian defence companies will be able to build weapons in Denmark under an agreement the two governments signed on Tuesday, the Danish defence ministry said.",
     "The first production lines are expected to make components for long-range drones."],
    "aid", "aid", 2, "denmark-ukraine-arms-production-2025-07", a="Reuters"),
  ]))

SEEDS.append(dict(id="6405", name="6405_dailyadvertiser-world", ext="txt", source="The Daily Advertiser", zone="Australia/Sydney", render=r_wagga,
  title="World", kind="listing",
  notes="Imitates the World page of The Daily Advertiser (Wagga Wagga, Australian Community Media), copied as text. Newest first (by latest update). Each card: headline, stamp line, summary, byline (agency or reporter), 'Read more'. Stamps are ACM style 'July 21 2025 - 2:10pm'; two cards show 'Updated ..., first published ...' - published = the FIRST-published time (convention). One of them crosses local midnight: 'Updated July 22 2025 - 1:10am, first published July 21 2025 - 11:45pm'; the other prints only the time for first publication ('first published 6:30pm', same date as the update). No zone printed: Sydney time (AEST, UTC+10) implied. Cards run from 21 July 11:35am to 22 July 8:30am local = all on UTC 21 July. Two cards are off-beat (rugby, Japan election).",
  not_entries=["skip link, masthead, place line, menu line", "cookie notice", "page heading 'World'", "'Read more' after every card", "'Advertisement'",
               "newsletter box", "'Load more' and footer"],
  entries=[
  OFF("2025-07-22 08:30", "Wallabies hopeful skipper will be fit for Melbourne Test",
      ["Wallabies coach Joe Schmidt says he is hopeful his captain will recover from a knee knock in time for Saturday\u2019s second Test against the British and Irish Lions at the MCG."],
      "wallabies-lions-second-test-2025", a="AAP", n="rugby."),
  E("2025-07-22 04:15", "Ukraine and Russia to meet again in Istanbul on Wednesday, Zelensky says",
    ["Ukrainian President Volodymyr Zelensky says his security council secretary has proposed another round of peace talks with Russia in Istanbul this Wednesday, focused on prisoner swaps and a possible leaders\u2019 meeting."],
    "diplomacy", "diplomacy", 3, "istanbul-third-round-talks-2025-07", a="Reuters"),
  E("2025-07-21 23:45", "Kremlin says road to peace will be long and difficult",
    ["Kremlin spokesman Dmitry Peskov says any settlement with Ukraine will take a long time to reach, and that Moscow\u2019s goals have not changed.",
     "He gave no date for the next round of talks."],
    "diplomacy", "diplomacy", 2, "kremlin-long-road-to-peace-2025-07-21", a="AAP", upd="2025-07-22 01:10",
    n="Card shows 'Updated July 22 2025 - 1:10am, first published July 21 2025 - 11:45pm': published = first published (crosses local midnight)."),
  E("2025-07-21 18:30", "Marles confirms more Bushmasters on their way to Ukraine",
    ["Defence Minister Richard Marles says a further batch of Bushmaster protected vehicles will be shipped to Ukraine before the end of the year as part of Australia\u2019s existing commitment.",
     "He would not say how many vehicles were in the batch."],
    "aid", "aid", 2, "australia-bushmasters-for-ukraine-2025-07", a="Dominique Faulkner", upd="2025-07-21 21:55",
    n="Card shows 'Updated July 21 2025 - 9:55pm, first published 6:30pm': published = first published."),
  OFF("2025-07-21 16:20", "Japan\u2019s ruling coalition loses upper house majority",
      ["Prime Minister Shigeru Ishiba\u2019s coalition has lost its majority in Japan\u2019s upper house, final results show, but he says he intends to stay on."],
      "japan-upper-house-election-2025", a="Reuters", n="Japanese election."),
  E("2025-07-21 14:10", "One dead, metro station damaged as Russia pounds Kyiv",
    ["One person has been killed and at least 10 injured in Kyiv after Russian drones and missiles struck the Ukrainian capital overnight, damaging a metro station where residents were sheltering.",
     "Fires broke out in several districts, the city\u2019s military administration said."],
    "strikes", "strikes", 3, "kyiv-overnight-attack-2025-07-21", a="AAP"),
  E("2025-07-21 11:35", "Moscow says it shot down 74 Ukrainian drones overnight",
    ["Russia\u2019s defence ministry says its air defences destroyed 74 Ukrainian drones over several regions overnight, including over the Moscow region."],
    "strikes", "strikes", 2, "russia-says-downed-74-drones-2025-07-21", a="Reuters", n="Different attacks (Ukrainian drones over Russia) from the Kyiv strike: must not merge."),
  ]))

SEEDS.append(dict(id="6406", name="6406_manawatustandard-world", ext="txt", source="Manawatu Standard", zone="Pacific/Auckland", render=r_manawatu,
  title="World", kind="listing",
  notes="Imitates the World section of Stuff as shown under the Manawat\u016b Standard masthead, copied as text. Newest first. Each card: headline, intro paragraph(s), source credit line ('Reuters', 'AP', 'Stuff'), then Stuff's stamp '23:40, Aug 06 2025' (24 h time first, month abbreviation, zero-padded day). No zone printed: NZ time (NZST, UTC+12) implied. All cards fall on 6 August local, 12:45-23:40, which is 00:45-11:40 UTC on 6 August. The Hiroshima anniversary card is off-beat.",
  not_entries=["skip link, 'Stuff' logo and masthead line", "menu line", "'Log in  Sign up'", "section heading 'World'", "'ADVERTISEMENT' / 'Advertise with Stuff'",
               "newsletter promo line and 'Sign up'", "'More stories'", "footer links and copyright"],
  entries=[
  E("2025-08-06 23:40", "Trump envoy meets Putin in Kremlin as sanctions deadline nears",
    ["US special envoy Steve Witkoff held talks with Russian President Vladimir Putin in the Kremlin on Wednesday, two days before a deadline set by Donald Trump for Moscow to agree to a ceasefire or face new penalties.",
     "Kremlin aide Yuri Ushakov called the conversation useful and constructive."],
    "diplomacy", "diplomacy", 3, "witkoff-putin-meeting-2025-08-06", a="Reuters"),
  E("2025-08-06 21:15", "Ukrainian drones set Russian oil refinery ablaze, governor says",
    ["A Ukrainian drone attack set fire to an oil refinery in Russia\u2019s Saratov region overnight, the regional governor said, the latest in a string of strikes on Russian energy sites."],
    "strikes", "strikes", 2, "saratov-refinery-drone-strike-2025-08-06", a="Reuters"),
  E("2025-08-06 18:30", "New Zealand adds 20 names to Russia sanctions list",
    ["Foreign Minister Winston Peters has announced sanctions on a further 20 people and companies linked to Russia\u2019s military supply chain, including several based outside Russia.",
     "The new listings take effect immediately."],
    "diplomacy", "diplomacy", 2, "nz-russia-sanctions-2025-08", a="Stuff"),
  OFF("2025-08-06 16:05", "Hiroshima marks 80 years since atomic bombing",
      ["Tens of thousands of people gathered in Hiroshima\u2019s Peace Memorial Park to mark 80 years since the United States dropped an atomic bomb on the city."],
      "hiroshima-80th-anniversary", a="AP", n="anniversary in Japan."),
  E("2025-08-06 14:20", "Russian strike on Zaporizhzhia bus station kills two",
    ["Two people were killed and 12 wounded when Russian guided bombs hit a bus station in Zaporizhzhia, regional governor Ivan Fedorov said.",
     "Several buses and nearby shops were destroyed."],
    "strikes", "strikes", 3, "zaporizhzhia-bus-station-strike-2025-08", a="Reuters"),
  E("2025-08-06 12:45", "India hits back at US criticism over Russian oil purchases",
    ["India\u2019s foreign ministry has called American criticism of its purchases of Russian oil unjustified, saying the imports keep energy affordable for its citizens."],
    "diplomacy", "diplomacy", 2, "india-rejects-us-oil-criticism-2025-08", a="AP"),
  ]))

SEEDS.append(dict(id="6407", name="6407_southlandtimes-live", ext="html", source="Southland Times", zone="Pacific/Auckland", render=r_southland,
  title="Live: Russia\u2019s biggest strike on western Ukraine in weeks hits US-owned factory", byline="Ellie Ranfurly", parse_args=["--date", "2025-08-22"],
  kind="live blog",
  notes="Imitates a Stuff live blog under The Southland Times masthead. NO year anywhere on the page (no JSON-LD, footer without a year): parse_args --date 2025-08-22 (the newest printed local day). 'Key points' box lists two post headlines (key_point true). Day headers without year ('Friday, August 22', 'Thursday, August 21'); '10.05am' stamps ABOVE each h2; newest first; one page byline (author of every post). NZST (UTC+12): posts from Thursday 2.10pm to Friday 10.05am local are all on UTC 21 August, crossing local midnight.",
  not_entries=["Stuff logo, masthead, menu, 'Log in'", "'LIVE' label", "h1 title", "page byline 'Ellie Ranfurly'", "'Last updated ...' line", "share links",
               "'Key points' box (its lines repeat two post headlines)", "day divider headers", "'Share this post' links", "'Advertisement'", "'Related' aside", "footer"],
  entries=[
  E("2025-08-22 10:05", "Trump says it is \u2018very hard\u2019 to win a war without attacking",
    ["Donald Trump has said on social media that it is very hard, if not impossible, to win a war without attacking the invader\u2019s country, and suggested Kyiv had been held back by his predecessor."],
    "diplomacy", "diplomacy", 2, "trump-remark-attacking-invader-2025-08-21", a="Ellie Ranfurly"),
  E("2025-08-22 07:30", "Lavrov: leaders\u2019 meeting needs careful preparation",
    ["Russian Foreign Minister Sergei Lavrov says any meeting between Vladimir Putin and Volodymyr Zelensky would have to be prepared step by step, and that no such summit is being planned yet."],
    "diplomacy", "diplomacy", 2, "lavrov-leaders-meeting-preparation-2025-08", a="Ellie Ranfurly"),
  E("2025-08-22 01:15", "US-owned electronics plant among sites hit in Mukachevo",
    ["A factory run by an American electronics manufacturer in the western city of Mukachevo was set on fire by two cruise missiles, injuring 15 workers, local officials say.",
     "Zelensky said the plant made household appliances and had nothing to do with the military."],
    "strikes", "strikes", 3, "western-ukraine-barrage-2025-08-21", a="Ellie Ranfurly", kp=True),
  E("2025-08-21 23:50", "Ukraine shows off home-built Flamingo cruise missile",
    ["Ukraine has released images of a domestically produced cruise missile called the Flamingo, which its makers say can fly up to 3000 kilometres."],
    "other", "security", 2, "flamingo-cruise-missile-unveiled", a="Ellie Ranfurly", n="Domestic weapons development (no transfer) -> other/security."),
  E("2025-08-21 20:20", "Air force: 574 drones and 40 missiles launched overnight",
    ["Ukraine\u2019s air force says Russia launched 574 drones and 40 ballistic and cruise missiles in the overnight attack, most of them aimed at the west of the country."],
    "strikes", "strikes", 3, "western-ukraine-barrage-2025-08-21", a="Ellie Ranfurly", kp=True),
  E("2025-08-21 17:45", "NZ extends training of Ukrainian soldiers in the UK",
    ["The New Zealand Defence Force will keep its trainers in the United Kingdom working with Ukrainian recruits until mid-2026, Defence Minister Judith Collins says."],
    "aid", "aid", 2, "nz-training-deployment-extension-2025-08", a="Ellie Ranfurly"),
  E("2025-08-21 14:10", "One killed in Lviv as Russia targets western regions",
    ["A Russian drone strike on Lviv killed one person and damaged dozens of buildings, the city\u2019s mayor said, as explosions were also reported in Lutsk and Mukachevo."],
    "strikes", "strikes", 3, "western-ukraine-barrage-2025-08-21", a="Ellie Ranfurly"),
  ]))

SEEDS.append(dict(id="6408", name="6408_kalgoorlieminer-timeline", ext="txt", source="Kalgoorlie Miner", zone="Australia/Perth", render=r_kalgoorlie,
  title="Coalition of the willing: how Thursday\u2019s Paris talks on Ukraine unfolded", byline="Rhys Calloway", kind="timeline",
  lede="Leaders met in Paris on Thursday to settle what security guarantees Ukraine could count on once the fighting stops. Here is how the day unfolded, in Perth time.",
  notes="Imitates a story page of The West Australian network under the Kalgoorlie Miner masthead, copied as text: a timeline recap, OLDEST first, each item a '4.05pm' line, headline, body. One page byline (author of every item). Header shows the first-published time 'Thu, 4 September 2025 4:05PM' and 'Updated Fri, 5 September 2025 3:50AM'. The lede says 'in Perth time' but no zone abbreviation is printed: AWST (UTC+8). The timeline runs past local midnight with no new date line: after '11.10pm' come '1.25am' and '3.50am' = 5 September local (still 4 September UTC).",
  not_entries=["masthead lines and menu", "'World' section label", "title line", "lede paragraph", "byline, masthead repeat and the two date lines", "'Share this article', 'Comments'",
               "'Advertisement'", "newsletter lines", "'Related' and its local headline", "copyright line"],
  entries=[
  E("2025-09-04 16:05", "Leaders arrive in Paris for security guarantee talks",
    ["European leaders and Volodymyr Zelensky are gathering at the \u00c9lys\u00e9e Palace for a meeting of the coalition of the willing, with other members joining by video link.",
     "The talks are meant to turn months of planning into firm commitments."],
    "diplomacy", "diplomacy", 3, "paris-coalition-of-willing-summit-2025-09-04", a="Rhys Calloway"),
  E("2025-09-04 17:20", "Drones knock out power in Chernihiv region",
    ["Russian drones hit energy facilities in the northern Chernihiv region overnight, leaving about 30,000 households without electricity, the regional governor says."],
    "strikes", "strikes", 2, "chernihiv-power-drone-strike-2025-09-04", a="Rhys Calloway"),
  E("2025-09-04 19:45", "Albanese keeps door open on Australian role",
    ["Prime Minister Anthony Albanese says Australia will consider any request to contribute to a multinational force for Ukraine but has made no commitment.",
     "He said Australia had already provided more than $1.5 billion in support."],
    "diplomacy", "diplomacy", 2, "australia-security-guarantee-stance-2025-09", a="Rhys Calloway", sec=["aid"],
    n="Australia's own position, a separate statement from the Paris commitments."),
  E("2025-09-04 21:30", "Macron: 26 countries ready to back post-war force",
    ["French President Emmanuel Macron says 26 countries have formally committed to deploy troops to Ukraine or support a force on land, at sea or in the air once the fighting stops.",
     "He said the United States would be involved in the arrangements, without giving details."],
    "diplomacy", "diplomacy", 3, "paris-coalition-of-willing-summit-2025-09-04", a="Rhys Calloway"),
  E("2025-09-04 23:10", "Kremlin says foreign troops in Ukraine would be unacceptable",
    ["Kremlin spokesman Dmitry Peskov says Russia will not accept troops from any foreign country on Ukrainian soil, whatever their mission."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-foreign-troops-2025-09", a="Rhys Calloway", n="Separate statement, not the summit itself: must not merge with the Paris story."),
  E("2025-09-05 01:25", "Trump urges Europe to stop buying Russian oil",
    ["Donald Trump told European leaders on a call that they must stop buying Russian oil, which he said was paying for the war, according to a White House official."],
    "diplomacy", "diplomacy", 3, "trump-call-european-leaders-oil-2025-09-04", a="Rhys Calloway", sec=["aid"]),
  E("2025-09-05 03:50", "Zelensky says allies will fund more US air defence",
    ["Volodymyr Zelensky says he discussed the protection of Ukrainian skies with Donald Trump, and that European partners have agreed to pay for more American air defence systems."],
    "aid", "aid", 2, "zelensky-air-defence-funding-2025-09", a="Rhys Calloway", sec=["diplomacy"]),
  ]))

SEEDS.append(dict(id="6409", name="6409_fresnobee-article", ext="html", source="Fresno Bee", zone="America/Los_Angeles", render=r_fresno,
  title="Russia-Ukraine war: What to know as drones hit refineries and Trump heads to Chequers", byline="Gabriel Ocampo",
  published="2025-09-17 10:42", modified="2025-09-17 11:58", contrib="The Associated Press contributed to this report.",
  lede="Here is a look at the main developments in Russia\u2019s war in Ukraine on Wednesday, and how people in the Valley are responding.",
  kind="article with sections",
  notes="Imitates a McClatchy article with h2 sections (The Fresno Bee, Nation & World). One entry per section: headline = the h2, stamp null, published = the article's original publication time printed at the bottom, 'This story was originally published September 17, 2025 10:42 AM.' (PDT, UTC-7; no zone printed, implied by the outlet). The top line 'Updated September 17, 2025 11:58 AM' is the modification time; the NewsArticle JSON-LD agrees (datePublished 10:42-07:00, dateModified 11:58-07:00). Page byline is every section's author. The lede is not an entry.",
  not_entries=["skip link, logo text, menu, Subscribe / Sign In", "'NATION & WORLD' kicker", "h1 title", "byline and 'Updated ...' line", "share bar", "lede paragraph",
               "'ADVERTISEMENT'", "'RELATED STORIES FROM FRESNO BEE' box", "'The Associated Press contributed to this report.'", "'This story was originally published ...' line",
               "'Read Next' section", "footer"],
  entries=[
  E("2025-09-17 10:42", "Refinery fire in Russia\u2019s Bashkortostan",
    ["Ukrainian drones set off a fire at a large oil refinery in Russia\u2019s Bashkortostan region, more than 800 miles from the front line, the regional leader said Wednesday.",
     "Ukraine\u2019s military said the strike was meant to cut fuel supplies to Russian forces."],
    "strikes", "strikes", 2, "bashkortostan-refinery-drone-strike-2025-09", a="Gabriel Ocampo"),
  E("2025-09-17 10:42", "A night of strikes on Dnipro and Kharkiv",
    ["Russian missiles and drones hit the cities of Dnipro and Kharkiv overnight, killing two people and wounding at least 18, Ukrainian officials said.",
     "In Dnipro, a glide bomb damaged a hospital building, though no patients were hurt."],
    "strikes", "strikes", 3, "dnipro-kharkiv-strikes-2025-09-17", a="Gabriel Ocampo"),
  E("2025-09-17 10:42", "Trump and Starmer to talk Ukraine",
    ["President Donald Trump is expected to discuss the war with British Prime Minister Keir Starmer at Chequers on Thursday, the second day of his state visit to the United Kingdom.",
     "British officials have said they want Washington to commit to backing European security guarantees for Kyiv."],
    "diplomacy", "diplomacy", 2, "trump-starmer-chequers-ukraine-2025-09"),
  E("2025-09-17 10:42", "NATO reinforces its eastern flank",
    ["NATO\u2019s new Eastern Sentry operation, launched after Russian drones crossed into Polish airspace last week, has added fighter jets from Denmark, France and Germany to patrols along the alliance\u2019s border, officials said."],
    "other", "security", 2, "nato-eastern-sentry-2025-09", a="Gabriel Ocampo", n="Air policing by allies (not a party) -> other/security."),
  E("2025-09-17 10:42", "Fresno\u2019s Ukrainian community raises money for ambulances",
    ["A Fresno congregation with deep Ukrainian roots has raised about $48,000 to buy two used ambulances for front-line towns in eastern Ukraine, its pastor said.",
     "Volunteers plan to drive the vehicles from Poland to Kharkiv in October."],
    "other", "humanitarian", 2, "fresno-ukrainians-ambulance-fundraiser-2025-09", a="Gabriel Ocampo"),
  ]))
for _e in SEEDS[-1]["entries"]:
    _e["a"] = "Gabriel Ocampo"

# ================================================================== PART B, day 1: 2025-05-24 (UTC)
D1 = "Day 1 (2025-05-24 UTC): 6420, 6421, 6422, 6423."
K1 = "kyiv-missile-drone-attack-2025-05-24"
PX = "prisoner-exchange-1000-for-1000-2025-05"
IZM = "izmail-port-drone-strike-2025-05-24"

SEEDS.append(dict(id="6420", name="6420_tollgarth-textlive", ext="txt", source="Tollgarth Live", zone="Europe/Kyiv", render=r_tollgarth,
  title="Ukraine live: Kyiv hit by missiles overnight as second day of swap brings 307 home", dateline="Saturday 24 May 2025",
  lede="Our rolling coverage of the war for Saturday, from our correspondents in Kyiv and Kharkiv.",
  notes="Invented outlet. Text live blog, newest first, date line 'Saturday 24 May 2025' and 'Times are Kyiv time' (EEST, UTC+3). Each post: headline, body, then a signature line '\u2014 Name, 22:40' AFTER the body (stamp = the bare time; author = the name). 'Key Points' bullets repeat two post headlines (key_point true). Entry 05 is a video teaser without body or author ('\u2014 13:20'). Entry 02 is the day's theme piece (explainer). Kyiv toll 8 (07:05) -> 15 (18:30). " + D1,
  not_entries=["masthead and menu", "title and date lines", "'Times are Kyiv time'", "lede paragraph", "'Key Points' header and its bullets (they repeat post headlines)", "'Latest' label",
               "signature lines (they carry author and time)", "'Sponsored' membership plug", "'Show older posts' and footer"],
  entries=[
  E("2025-05-24 22:40", "Moscow airports restrict flights as drones head for capital",
    ["Russia\u2019s aviation agency restricted flights at Vnukovo and Domodedovo airports on Saturday evening after Moscow\u2019s mayor reported drones approaching the city.",
     "Mayor Sergei Sobyanin said air defences had shot down several of them on the approaches to the capital."],
    "strikes", "strikes", 2, "moscow-airports-drone-alert-2025-05-24", a="Taras Levchuk", n="Ukrainian drones over Moscow: a different attack from the Kyiv strike; must not merge."),
  E("2025-05-24 20:15", "Explainer: how a 1,000-for-1,000 swap is run",
    ["Exchanges of this size are handed over in stages at the Belarusian border, where buses from each side meet under the eye of intermediaries.",
     "Lists are agreed in advance, but names can change at the last minute if a prisoner is wounded or declines to go home. Ukraine\u2019s coordination headquarters for prisoners of war deals with families on its side."],
    "diplomacy", "diplomacy", 2, "explainer-prisoner-swap-logistics", a="Taras Levchuk",
    n="Theme piece (explainer with body): own story, importance 2; not the exchange itself."),
  E("2025-05-24 18:30", "Kyiv injured toll climbs to 15",
    ["The number of people injured in the overnight attack on Kyiv has risen to 15, the city\u2019s military administration said, after several residents of a damaged high-rise sought treatment during the day."],
    "strikes", "strikes", 3, K1, a="Olena Marchuk"),
  E("2025-05-24 16:40", "Second stage of swap completed: 307 return home",
    ["Another 307 Ukrainian soldiers came home on Saturday in the second stage of the largest prisoner exchange of the war, President Volodymyr Zelensky said.",
     "Russia\u2019s defence ministry said it had received the same number of its servicemen. A final stage is planned for Sunday."],
    "diplomacy", "diplomacy", 3, PX, a="Olena Marchuk", kp=True),
  E("2025-05-24 13:20", "Watch: firefighters battle blaze in damaged Kyiv high-rise", [], "strikes", "strikes", 1, K1,
    n="Video teaser without body -> importance 1, story of the attack it shows."),
  E("2025-05-24 11:45", "Russia claims two villages in Sumy region",
    ["Russia\u2019s defence ministry said its troops had captured two villages in Ukraine\u2019s northern Sumy region, a claim Kyiv did not confirm.",
     "Ukrainian officials have warned for weeks that Moscow is trying to carve out a buffer zone along the border."],
    "other", "frontline", 2, "sumy-villages-claim-2025-05-24", a="Taras Levchuk"),
  E("2025-05-24 09:10", "Zelensky says Moscow is stalling on a ceasefire",
    ["President Volodymyr Zelensky said Russia had again ignored proposals for an unconditional 30-day ceasefire and was using the prisoner exchange to look constructive.",
     "He urged partners to prepare new sanctions."],
    "diplomacy", "diplomacy", 2, "zelensky-ceasefire-stalling-2025-05-24", a="Olena Marchuk", n="A separate statement: not the exchange story."),
  E("2025-05-24 07:05", "Ballistic missiles and drones hit Kyiv overnight, eight hurt",
    ["Russia attacked Kyiv overnight with ballistic missiles and about 250 drones, wounding at least eight people and setting a high-rise on fire in the Solomianskyi district, officials said.",
     "The air force reported downing six missiles and 245 drones nationwide. Debris fell in several districts of the capital."],
    "strikes", "strikes", 3, K1, a="Olena Marchuk", kp=True),
  ]))

SEEDS.append(dict(id="6421", name="6421_varnholt-ticker", ext="html", source="Varnholt Tribune", zone="Europe/Berlin", render=r_varnholt,
  title="Ukraine war live: Kyiv attacked overnight, prisoner exchange continues", url="https://varnholt.example/en/ukraine-ticker-24-05",
  lede="The English-language ticker of the Varnholt Tribune follows the war in Ukraine through Saturday.",
  notes="Invented outlet (English desk of a German paper). HTML ticker, OLDEST first (German hint 'Neueste Eintr\u00e4ge unten'); German chrome; visible stamps '24.05.2025, 06:50 Uhr' in <time datetime> (CEST, UTC+2); author line 'Von NAME' under the h2. LiveBlogPosting JSON-LD repeats headline, time and author per update. Entry 07 repeats entry 02 nearly verbatim (same body, reworded headline): duplicate_of 6421-02. Entry 03 (Izmail port) is re-posted on day 2 (6431-01). Kyiv toll 9 (06:50) -> 11 (13:50). " + D1,
  not_entries=["cookie consent bar", "brand, 'English edition', German menu", "h1 title", "standfirst", "'Aktualisiert: ...' line", "'Neueste Eintr\u00e4ge unten'", "'Von NAME' author lines",
               "'Teilen' under every entry", "'Anzeige'", "footer"],
  entries=[
  E("2025-05-24 06:50", "Kyiv: ballistic missiles and drones overnight, at least nine injured",
    ["Kyiv came under a combined missile and drone attack in the early hours of Saturday, with at least nine people injured, according to the city\u2019s military administration.",
     "Falling debris set fire to a multi-storey residential building in the west of the city."],
    "strikes", "strikes", 3, K1, a="Katrin Ebeling"),
  E("2025-05-24 09:40", "Prisoner exchange enters second day",
    ["Ukraine and Russia are expected to continue their agreed exchange of 1,000 prisoners each on Saturday, after 390 people per side were handed over on Friday.",
     "The deal was the only concrete result of the direct talks in Istanbul on 16 May."],
    "diplomacy", "diplomacy", 3, PX, a="Jan Hollerbach"),
  E("2025-05-24 11:25", "Drone hits grain terminal at Izmail port",
    ["A Russian drone struck a grain terminal in the Danube port of Izmail in the Odesa region, damaging storage buildings, Governor Oleh Kiper said.",
     "Nobody was hurt. The port lies a few hundred metres from the border with Romania, a NATO member."],
    "strikes", "strikes", 2, IZM, a="Katrin Ebeling", n="Different attack from the Kyiv strike: must not merge."),
  E("2025-05-24 13:50", "Kyiv: number of injured rises to eleven",
    ["The number of people injured in the night-time attack on Kyiv has risen to eleven, Mayor Vitali Klitschko said."],
    "strikes", "strikes", 3, K1, a="Katrin Ebeling"),
  E("2025-05-24 15:30", "Kremlin: draft memorandum to follow the exchange",
    ["Foreign Minister Sergei Lavrov said Moscow would hand Kyiv a draft memorandum on the terms of a lasting settlement once the exchange was complete.",
     "Ukraine\u2019s foreign ministry said it would study any document but wanted a ceasefire first."],
    "diplomacy", "diplomacy", 2, "russia-draft-peace-memorandum-2025-05", a="Jan Hollerbach", n="Peace-terms statement: a different event from the exchange; must not merge."),
  E("2025-05-24 17:10", "Merz: Europe must speed up air defence deliveries",
    ["Chancellor Friedrich Merz said Germany and its partners had to deliver more air defence systems to Ukraine quickly, after the night\u2019s attack on Kyiv.",
     "Berlin would discuss new orders with industry next week, he said."],
    "aid", "aid", 2, "merz-air-defence-appeal-2025-05-24", a="Jan Hollerbach", sec=["strikes"],
    n="Appeal for air defence -> aid; a separate story from the attack it refers to (LABELS: separate appeals are separate stories)."),
  E("2025-05-24 19:20", "Prisoner swap enters its second day",
    ["Ukraine and Russia are expected to continue their agreed exchange of 1,000 prisoners each on Saturday, after 390 people per side were handed over on Friday.",
     "The deal was the only concrete result of the direct talks in Istanbul on 16 May."],
    "diplomacy", "diplomacy", 1, PX, a="Jan Hollerbach", dup="6421-02", n="Near-verbatim repeat of 6421-02 (same body, reworded headline) -> importance 1."),
  ]))

SEEDS.append(dict(id="6422", name="6422_velmora-worldrss", ext="xml", source="Velmora World Service", zone="America/New_York", render=r_rss_world,
  title="Velmora World Service \u2014 Top stories", url="https://velmora.example", lede="The world's news from the Velmora newsroom",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate with -0400 (New York desk, EDT); no authors; four of six items are off-beat (Monaco qualifying, Australian floods, EU tariff threat, Pakistan heat). Spelling 'Kiev'. " + D1,
  not_entries=["channel title/link/description/language", "<guid> and <category> values"],
  entries=[
  OFF("2025-05-24 17:50", "Norris snatches pole in Monaco",
      ["Lando Norris set a track record to take pole position for Sunday\u2019s Monaco Grand Prix, edging Charles Leclerc by less than a tenth of a second."],
      "monaco-grand-prix-qualifying-2025", n="Formula One.", cat="Sport"),
  E("2025-05-24 14:30", "Hundreds more freed as Russia and Ukraine continue prisoner swap",
    ["Russia and Ukraine each released 307 prisoners of war on Saturday, the second day of an exchange expected to bring home 1,000 captives from each side.",
     "Relatives waited for hours at a hospital in northern Ukraine where the freed men were taken."],
    "diplomacy", "diplomacy", 3, PX),
  OFF("2025-05-24 11:05", "Thousands evacuated as floods swamp towns in New South Wales",
      ["Emergency crews in eastern Australia rescued hundreds of residents from rooftops as record river levels cut off towns in the Hunter and Mid North Coast regions."],
      "nsw-floods-2025-05", n="Australian floods."),
  E("2025-05-24 08:20", "Kiev struck by missiles and drones; at least 11 hurt",
    ["Russian forces fired ballistic missiles and hundreds of drones at Kiev overnight, injuring at least 11 people and damaging homes in several districts, Ukrainian officials said.",
     "Residents spent hours in metro stations as air-raid sirens sounded across the capital."],
    "strikes", "strikes", 3, K1),
  OFF("2025-05-24 06:00", "EU vows calm response to Trump tariff threat",
      ["European Union officials said they would respond firmly but calmly after President Donald Trump threatened a 50 percent tariff on goods from the bloc from June."],
      "eu-us-tariff-threat-2025-05", n="trade dispute.", cat="Business"),
  OFF("2025-05-24 04:10", "Heatwave pushes Pakistan temperatures close to 50C",
      ["Temperatures in parts of Pakistan\u2019s Sindh province approached 50 degrees Celsius, and authorities urged people to stay indoors in the afternoon."],
      "pakistan-heatwave-2025-05", n="weather."),
  ]))

SEEDS.append(dict(id="6423", name="6423_isleborne-article", ext="html", source="Isleborne Report", zone="Asia/Tokyo", render=r_isleborne,
  title="Kyiv clears rubble after overnight barrage as prisoner swap continues", byline="Haruka Ino", dateline_t="2025-05-24 23:30",
  lede="Ukraine\u2019s capital spent Saturday counting the damage while a second group of prisoners crossed home from Russia.",
  notes="Invented outlet (Tokyo). HTML article with three h2 sections; one entry per section, stamp null, published = the dateline 'May 24, 2025 23:30 JST' (UTC+9 = 14:30 UTC); page byline as author. " + D1,
  not_entries=["logo, menu and 'Log in'", "category line 'World / Europe'", "h1 title", "byline and dateline", "lead paragraph", "share links", "'Most read' aside", "footer"],
  entries=[
  E("2025-05-24 23:30", "Overnight attack on the capital",
    ["Russian missiles and drones struck Kyiv before dawn on Saturday, wounding at least 11 people, according to city officials.",
     "The attack came hours before the second stage of a prisoner exchange agreed at talks in Istanbul."],
    "strikes", "strikes", 3, K1, a="Haruka Ino"),
  E("2025-05-24 23:30", "Second day of the exchange",
    ["Ukraine and Russia swapped 307 prisoners each on Saturday, officials on both sides said, bringing the total exchanged over two days to almost 700 per side.",
     "A third and final stage is expected on Sunday."],
    "diplomacy", "diplomacy", 3, PX, a="Haruka Ino"),
  E("2025-05-24 23:30", "Japan\u2019s contribution",
    ["Japan\u2019s foreign ministry said on Saturday it would provide more demining machines and training to Ukraine through its aid agency, part of a package worth about 4 billion yen."],
    "aid", "aid", 2, "japan-demining-aid-2025-05", a="Haruka Ino"),
  ]))

# ================================================================== PART B, day 2: 2025-05-25 (UTC)
D2 = "Day 2 (2025-05-25 UTC): 6430, 6431, 6432, 6433, 6434."
M2 = "record-combined-air-attack-2025-05-25"
TR = "trump-not-happy-with-putin-2025-05-25"

SEEDS.append(dict(id="6430", name="6430_tollgarth-textlive", ext="txt", source="Tollgarth Live", zone="Europe/Kyiv", render=r_tollgarth,
  title="Ukraine live: record Russian air attack kills 13; prisoner swap completed", dateline="Sunday 25 May 2025",
  lede="Our rolling coverage of the war for Sunday. Yesterday\u2019s coverage is linked at the bottom of the page.",
  notes="Invented outlet (same outlet and layout as 6420, next day). Text live blog, newest first, 'Sunday 25 May 2025', Kyiv time (UTC+3); signature line '\u2014 Name, HH:MM' after each body. 'Key Points' bullets repeat two post headlines. Entry 01 continues day 1's exchange story with a new development (final stage; keeps the day-1 slug). Entry 06 is a photo teaser without body. Spelling 'Zhytomyr', 'Khmelnytskyi'. Toll 9 (06:10) -> 12 (12:30) -> 13 (18:40). " + D2,
  not_entries=["masthead and menu", "title and date lines", "'Times are Kyiv time'", "lede paragraph", "'Key Points' header and its bullets", "'Latest' label", "signature lines",
               "'Sponsored' membership plug", "'Show older posts' and footer"],
  entries=[
  E("2025-05-25 23:10", "Swap ends as final 303 come home",
    ["The last 303 Ukrainian servicemen in the 1,000-for-1,000 exchange crossed back from Belarus on Sunday, completing the swap agreed in Istanbul, Zelensky said.",
     "Russia confirmed it had received 303 of its soldiers. Over three days each side returned 1,000 people, including some civilians."],
    "diplomacy", "diplomacy", 3, PX, a="Taras Levchuk", kp=True, n="Continuation of the day-1 story with a new development (final stage): keeps the day-1 slug."),
  E("2025-05-25 21:00", "Zelensky: silence from Washington only emboldens Putin",
    ["Zelensky said the silence of the United States and others after the night\u2019s attack only encouraged Vladimir Putin, and called for strong pressure on Moscow.",
     "Without such pressure, he said, the strikes would go on."],
    "diplomacy", "diplomacy", 2, "zelensky-urges-us-pressure-2025-05-25", a="Olena Marchuk",
    n="Zelensky's appeal for pressure: a different statement from Trump's remark; must not merge."),
  E("2025-05-25 18:40", "Overnight attack: death toll rises to 13",
    ["Thirteen people are now known to have been killed in the overnight attack, the State Emergency Service said, after a body was recovered from a house in the Khmelnytskyi region."],
    "strikes", "strikes", 3, M2, a="Olena Marchuk"),
  E("2025-05-25 15:15", "Drone hits Kharkiv market, two hurt",
    ["A Russian drone struck a market in Kharkiv\u2019s Kyivskyi district around midday, wounding two traders and burning several stalls, Mayor Ihor Terekhov said."],
    "strikes", "strikes", 2, "kharkiv-market-drone-strike-2025-05-25", a="Taras Levchuk", n="Separate daytime attack (Kharkiv's Kyivskyi district, not Kyiv): must not merge with the overnight barrage."),
  E("2025-05-25 12:30", "Three children among dead in Zhytomyr region",
    ["Three children aged 8, 12 and 17 were killed when a drone hit a house in the Korostyshiv district of the Zhytomyr region, the regional military administration said.",
     "Across the country at least 12 people were killed in the overnight attack."],
    "strikes", "strikes", 3, M2, a="Olena Marchuk"),
  E("2025-05-25 09:20", "Photos: the morning after the biggest air attack of the war", [], "strikes", "strikes", 1, M2,
    n="Photo teaser without body -> importance 1."),
  E("2025-05-25 06:10", "Record barrage: 367 drones and missiles launched overnight",
    ["Russia launched 298 drones and 69 missiles at Ukraine overnight, the largest combined attack since the full-scale invasion began, the air force said.",
     "At least nine people were killed, according to early reports from the regions, and Kyiv, Kharkiv, Mykolaiv and Ternopil all reported damage."],
    "strikes", "strikes", 3, M2, a="Olena Marchuk", kp=True),
  ]))

SEEDS.append(dict(id="6431", name="6431_varnholt-ticker", ext="html", source="Varnholt Tribune", zone="Europe/Berlin", render=r_varnholt,
  title="Ukraine war live: largest air attack of the war, last stage of the exchange", url="https://varnholt.example/en/ukraine-ticker-25-05",
  lede="The English-language ticker of the Varnholt Tribune follows the war in Ukraine through Sunday.",
  notes="Invented outlet (same outlet and layout as 6421, next day). HTML ticker, OLDEST first, '25.05.2025, 08:15 Uhr' stamps (CEST, UTC+2), 'Von NAME' lines, LiveBlogPosting JSON-LD. Entry 01 re-posts day 1's entry 6421-03 (Izmail port) nearly verbatim under a new time: importance 1, keeps the day-1 story slug. Entry 05 is the day's theme piece (analysis). Entry 06 repeats entry 04 nearly verbatim (duplicate_of 6431-04). Spelling 'Zhitomir'. " + D2,
  not_entries=["cookie consent bar", "brand, 'English edition', German menu", "h1 title", "standfirst", "'Aktualisiert: ...' line", "'Neueste Eintr\u00e4ge unten'", "'Von NAME' lines",
               "'Teilen' under every entry", "'Anzeige'", "footer"],
  entries=[
  E("2025-05-25 08:15", "Drone hits grain terminal at Izmail port",
    ["A Russian drone struck a grain terminal in the Danube port of Izmail in the Odesa region, damaging storage buildings, Governor Oleh Kiper said.",
     "Nobody was hurt. The port lies a few hundred metres from the border with Romania, a NATO member."],
    "strikes", "strikes", 1, IZM, a="Katrin Ebeling", n="Re-post of day-1 entry 6421-03 (same headline and body, new time stamp) -> importance 1; duplicate_of null because the original is in another seed."),
  E("2025-05-25 09:05", "Largest air attack of the war kills at least 12",
    ["Russia fired nearly 370 drones and missiles at Ukraine overnight into Sunday, killing at least 12 people, among them three children in the Zhitomir region, Ukrainian authorities said.",
     "In Kyiv, debris damaged apartment blocks and a student dormitory in several districts."],
    "strikes", "strikes", 3, M2, a="Katrin Ebeling"),
  E("2025-05-25 11:40", "Berlin signals end to range limits on supplied weapons",
    ["Weapons that Germany, Britain, France and the United States supply to Ukraine no longer come with range restrictions, a government spokesperson in Berlin indicated on Sunday.",
     "Kyiv has long asked to use Western arms against military targets deep inside Russia."],
    "aid", "aid", 2, "western-weapons-range-limits-2025-05", a="Jan Hollerbach", n="Conditions on arms supplies -> aid."),
  E("2025-05-25 14:20", "Exchange\u2019s third stage under way",
    ["The third and last stage of the prisoner exchange between Ukraine and Russia began on Sunday, officials in Kyiv said.",
     "After this round, each side will have released 1,000 people since Friday."],
    "diplomacy", "diplomacy", 3, PX, a="Jan Hollerbach", n="Day-2 continuation of the day-1 exchange story."),
  E("2025-05-25 16:45", "Analysis: what the record barrage says about Russia\u2019s drone output",
    ["Moscow\u2019s ability to send almost 300 drones in a single night reflects a sharp rise in output at its factories in Tatarstan, Western analysts say.",
     "Ukraine\u2019s interceptors and mobile fire groups are struggling to keep pace, and every large raid eats into stocks of expensive missiles."],
    "strikes", "strikes", 2, "analysis-russian-drone-production-2025-05", a="Katrin Ebeling",
    n="Theme piece (analysis with body): own story, importance 2; not the attack itself."),
  E("2025-05-25 19:30", "Third stage of exchange under way",
    ["The third and last stage of the prisoner exchange between Ukraine and Russia began on Sunday, officials in Kyiv said.",
     "After this round, each side will have released 1,000 people since Friday."],
    "diplomacy", "diplomacy", 1, PX, a="Jan Hollerbach", dup="6431-04", n="Near-verbatim repeat of 6431-04 -> importance 1."),
  ]))

SEEDS.append(dict(id="6432", name="6432_glimmerstone-worldatom", ext="xml", source="Glimmerstone World", zone="UTC", render=r_atom_world,
  title="Glimmerstone World \u2014 Latest", url="https://glimmerstone.example", lede="Headlines from around the world, updated around the clock",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z (UTC), escaped HTML content, no authors; four of six entries off-beat (Monaco race, Indonesian ash cloud, Cannes, Suriname vote). Spelling 'Zhytomyr'. " + D2,
  not_entries=["feed title/subtitle/links/id/updated", "<updated>, <id> and <category> of each entry"],
  entries=[
  OFF("2025-05-25 20:30", "Norris converts pole into Monaco victory",
      ["Lando Norris won the Monaco Grand Prix from pole position, cutting the gap to championship leader Oscar Piastri."],
      "monaco-grand-prix-2025", n="Formula One.", cat="sport"),
  E("2025-05-25 17:55", "Prisoner swap completed with final 303 on each side",
    ["Ukraine and Russia exchanged 303 prisoners each on Sunday, completing a three-day swap of 1,000 captives per side agreed at talks in Istanbul."],
    "diplomacy", "diplomacy", 3, PX),
  OFF("2025-05-25 15:20", "Volcanic ash grounds flights in eastern Indonesia",
      ["Airlines cancelled dozens of flights to and from Bali and Flores after an eruption sent an ash column several kilometres into the sky."],
      "indonesia-volcano-flights-2025-05", n="volcano."),
  E("2025-05-25 12:40", "At least 12 killed as Russia launches its largest air attack",
    ["Russia struck cities across Ukraine overnight with almost 300 drones and dozens of missiles, killing at least 12 people including three children in the Zhytomyr region, officials said."],
    "strikes", "strikes", 3, M2),
  OFF("2025-05-25 09:05", "Cannes jury crowns Iranian director\u2019s prison drama",
      ["Iranian filmmaker Jafar Panahi won the Palme d\u2019Or at the Cannes Film Festival for a thriller about former prisoners who confront the man they believe was their jailer."],
      "cannes-palme-dor-2025", n="film festival.", cat="culture"),
  OFF("2025-05-25 06:30", "Suriname votes in election shaped by oil hopes",
      ["Voters in Suriname went to the polls on Sunday in a parliamentary election dominated by the cost of living and the country\u2019s new offshore oil finds."],
      "suriname-election-2025", n="election."),
  ]))

SEEDS.append(dict(id="6433", name="6433_rookhollow-world", ext="txt", source="Rookhollow Post", zone="Australia/Sydney", render=r_rookhollow,
  title="World", ref="2025-05-26 07:40",
  notes="Invented outlet (Sydney). World listing copied as text; newest first; only relative stamps ('35 minutes ago', '2 hours ago') on 'By NAME | ...' lines, anchored by the printed 'Last updated 26 May 2025, 7:40am AEST' (UTC+10 = 21:40 UTC on 25 May). Every card resolves to 25 May UTC (local 25-26 May). Spellings 'Kiev', 'Zhitomir', 'Khmelnitsky'. One card off-beat. " + D2,
  not_entries=["masthead, menu, 'Subscribe | Log in'", "page heading 'World'", "'Last updated ...' anchor line", "'Comments (N)' lines", "'ADVERTISEMENT'", "'Load more stories' and footer"],
  entries=[
  E("2025-05-26 07:05", "Trump says he is \u2018not happy\u2019 with Putin after record attack",
    ["US President Donald Trump said he was not happy with Vladimir Putin after Russia\u2019s biggest aerial attack of the war, and did not rule out new sanctions on Moscow."],
    "diplomacy", "diplomacy", 3, TR, a="Callum Reyne", n="Statement about Putin and possible sanctions: its own story (must not merge with Zelensky's appeal)."),
  E("2025-05-26 05:40", "Ukraine counts its dead after record strike",
    ["The death toll from Russia\u2019s overnight barrage on Ukraine has climbed to 13, with victims in the Kiev, Zhitomir and Khmelnitsky regions, emergency officials said.",
     "Most of the drones were brought down, according to the air force."],
    "strikes", "strikes", 3, M2, a="Callum Reyne"),
  OFF("2025-05-26 01:40", "Late-autumn snow closes roads in New Zealand\u2019s South Island",
      ["Heavy snow closed several alpine passes in New Zealand\u2019s South Island overnight, stranding dozens of motorists."],
      "nz-south-island-snow-2025-05", a="Priya Lal", n="weather."),
  E("2025-05-25 22:40", "Sydney\u2019s Ukrainian community holds vigil for attack victims",
    ["Several hundred people gathered outside a Ukrainian church in Lidcombe on Sunday evening to light candles for those killed in the weekend\u2019s attacks.",
     "Organisers said they would send the money collected to hospitals in Zhitomir."],
    "other", "humanitarian", 2, "sydney-ukrainian-vigil-2025-05", a="Priya Lal"),
  E("2025-05-25 17:40", "Wong adds shadow-fleet tankers to sanctions list",
    ["Foreign Minister Penny Wong has imposed sanctions on 60 tankers that Australia says belong to Russia\u2019s shadow fleet, the vessels Moscow uses to ship oil around price caps."],
    "diplomacy", "diplomacy", 2, "australia-shadow-fleet-sanctions-2025-05", a="Callum Reyne"),
  ]))

SEEDS.append(dict(id="6434", name="6434_oakhaven-article", ext="txt", source="Oakhaven Bulletin", zone="America/Chicago", render=r_oakhaven,
  title="Russia\u2019s biggest aerial attack yet leaves 13 dead as prisoner swap wraps up", byline="Dana Whitcomb", dateline_t="2025-05-25 16:15",
  parse_args=["--date", "2025-05-25"], more="Ukrainian families in Chicago wait for news from the front",
  lede="It was the largest single Russian air raid of the war, and it came on the last day of the biggest prisoner exchange.",
  notes="Invented outlet (Chicago area). Text article with three section headings; one entry per section, stamp null, published = the dateline 'Sunday, May 25 \u00b7 4:15 p.m. CDT' (UTC-5 = 21:15 UTC). NO year anywhere on the page: parse_args --date 2025-05-25. Page byline as author. " + D2,
  not_entries=["outlet name and breadcrumb", "title line", "byline and dateline lines", "lede paragraph", "share line", "'Related: ...' link", "footer"],
  entries=[
  E("2025-05-25 16:15", "What happened overnight",
    ["Russia sent close to 370 drones and missiles toward Ukrainian cities overnight Saturday into Sunday, Ukraine\u2019s air force said, the largest single attack since the invasion began.",
     "At least 13 people were killed, including three children in the Zhytomyr region west of Kyiv."],
    "strikes", "strikes", 3, M2, a="Dana Whitcomb"),
  E("2025-05-25 16:15", "The prisoner swap",
    ["Hours later, the two countries completed their largest prisoner exchange of the war, handing over 303 captives each on the final day of a three-day swap."],
    "diplomacy", "diplomacy", 3, PX, a="Dana Whitcomb"),
  E("2025-05-25 16:15", "Washington\u2019s response",
    ["President Donald Trump told reporters he was not happy with Putin, saying the Russian leader was killing a lot of people.",
     "He did not say whether he would back new sanctions."],
    "diplomacy", "diplomacy", 3, TR, a="Dana Whitcomb"),
  ]))

# ================================================================== PART B, day 3: 2025-06-29 (UTC)
D3 = "Day 3 (2025-06-29 UTC): 6440, 6441, 6442, 6443."
A3 = "massive-overnight-air-attack-2025-06-29"
OT = "ukraine-exits-ottawa-mine-ban-treaty"

SEEDS.append(dict(id="6440", name="6440_pinewick-textlive", ext="txt", source="Pinewick Wire", zone="Europe/London", render=r_pinewick,
  title="Ukraine war live: F-16 pilot killed as Russia launches one of its largest air attacks", dateline="Sunday 29 June 2025",
  lede="Rolling updates on the war in Ukraine through Sunday. All times are UK time.",
  notes="Invented outlet. Text live blog, OLDEST first; each post opens with '06:42 BST | Headline' (stamp and headline on one line; BST = UTC+1), ends with 'Reporting: NAME'. Entry 04 is the day's theme piece (explainer). Entry 08 repeats entry 05 nearly verbatim (duplicate_of 6440-05). Spelling 'Smila', 'Cherkasy'. Smila injured 6 (09:50) -> 9 (15:40). " + D3,
  not_entries=["masthead and menu", "title and date lines", "lede paragraph", "'Reporting: NAME' lines", "newsletter plug", "'This live blog has now closed.'", "footer"],
  entries=[
  E("2025-06-29 06:42", "Russia fires hundreds of drones and dozens of missiles overnight",
    ["Russia launched 477 drones and decoys and 60 missiles at Ukraine overnight, one of the largest attacks of the war, Ukraine\u2019s air force said.",
     "Strikes were reported in the Lviv, Ivano-Frankivsk, Poltava, Mykolaiv, Dnipropetrovsk and Cherkasy regions, far from the front line."],
    "strikes", "strikes", 3, A3, a="Hattie Crossland"),
  E("2025-06-29 08:15", "F-16 pilot killed while repelling attack, air force says",
    ["A Ukrainian F-16 pilot was killed overnight after his jet was damaged while he was shooting down Russian targets, the air force said.",
     "It said the pilot had destroyed seven aerial targets before steering his crippled aircraft away from a village."],
    "strikes", "strikes", 3, A3, a="Hattie Crossland", n="Loss suffered while repelling the same attack -> same story."),
  E("2025-06-29 09:50", "Smila: six hurt as strike hits residential area",
    ["Six people, including a child, were injured when a Russian strike hit apartment blocks and a college building in Smila in the Cherkasy region, the regional governor said."],
    "strikes", "strikes", 3, A3, a="Ruairi Doyle"),
  E("2025-06-29 11:30", "Explainer: how interceptor drones are changing Ukraine\u2019s air defence",
    ["Interceptor drones are small, fast craft that ram into attack drones, at a fraction of the cost of a surface-to-air missile.",
     "Ukraine has been expanding production as Russia sends ever larger waves of Shahed-type drones, though interceptors are of little use against ballistic missiles."],
    "strikes", "strikes", 2, "explainer-interceptor-drones", a="Ruairi Doyle", sec=["aid"],
    n="Theme piece (explainer with body): own story, importance 2."),
  E("2025-06-29 13:05", "Zelensky signs decree to quit Ottawa mine-ban treaty",
    ["President Volodymyr Zelensky has signed a decree starting Ukraine\u2019s withdrawal from the Ottawa Convention, the 1997 treaty that bans anti-personnel landmines.",
     "Parliament still has to approve the move. Officials in Kyiv argue that Russia, which never joined the treaty, uses mines on a massive scale."],
    "diplomacy", "diplomacy", 3, OT, a="Hattie Crossland"),
  E("2025-06-29 15:40", "Smila injured toll rises to nine",
    ["The number of people injured in Smila has risen to nine, the Cherkasy regional administration said."],
    "strikes", "strikes", 3, A3, a="Ruairi Doyle"),
  E("2025-06-29 17:20", "Lithuania to start making its own anti-personnel mines",
    ["Lithuania plans to begin producing anti-personnel mines as soon as its exit from the Ottawa treaty takes effect, its defence minister said."],
    "other", "security", 2, "lithuania-landmine-production-2025-06", a="Hattie Crossland",
    n="Procurement by a non-party on the same theme (landmines): must not merge with Ukraine's treaty exit."),
  E("2025-06-29 19:00", "Zelensky signs decree to quit Ottawa treaty",
    ["President Volodymyr Zelensky has signed a decree starting Ukraine\u2019s withdrawal from the Ottawa Convention, the 1997 treaty that bans anti-personnel landmines.",
     "Parliament still has to approve the move. Officials in Kyiv argue that Russia, which never joined the treaty, uses mines on a massive scale."],
    "diplomacy", "diplomacy", 1, OT, a="Hattie Crossland", dup="6440-05", n="Near-verbatim repeat of 6440-05 (headline shortened) -> importance 1."),
  ]))

SEEDS.append(dict(id="6441", name="6441_silvermere-htmllive", ext="html", source="Silvermere Dispatch", zone="America/Toronto", render=r_silvermere,
  title="Live: Russia launches massive overnight strike on Ukraine; Kyiv moves to leave Ottawa landmine treaty", url="https://silvermere.example/world/live-ukraine-2025-06-29",
  lede="Ukraine says it lost an F-16 while fending off hundreds of Russian drones and missiles. Follow the latest.",
  notes="Invented outlet (Toronto). HTML live blog, newest first, day headers WITH year ('Sunday, June 29, 2025', 'Saturday, June 28, 2025'); stamps '3:40 p.m. EDT' in <time datetime> (UTC-4) above each h2; 'By NAME' under the h2. The last two posts are on Saturday 28 June local (evening), already 29 June in UTC. JSON-LD @graph: the LiveBlogPosting's updates have no headline and all carry the PAGE's datePublished (do not use them for entry times). Entry 03 is a video teaser without body. Spelling 'Smela', 'Cherkassy'. " + D3,
  not_entries=["cookie bar", "header and menu, 'Subscribe'", "'LIVE' label", "h1 title", "dek paragraph", "'All times Eastern.'", "day headers", "'By NAME' lines", "promo box", "footer"],
  entries=[
  E("2025-06-29 15:40", "Kharkiv hit by glide bombs in evening attack",
    ["Russian aircraft dropped at least three guided bombs on Kharkiv on Sunday evening, damaging a warehouse and injuring two people, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 2, "kharkiv-glide-bomb-attack-2025-06-29", a="Nadia Fortier", n="Separate evening attack: must not merge with the overnight barrage."),
  E("2025-06-29 13:15", "Ukraine to withdraw from the landmine treaty named for Ottawa",
    ["Ukraine is starting the process of leaving the Ottawa Convention, the anti-landmine treaty signed in Canada\u2019s capital in 1997, under a decree published by President Volodymyr Zelensky on Sunday.",
     "Global Affairs Canada said it regretted the decision but understood the pressure Ukraine faces."],
    "diplomacy", "diplomacy", 3, OT, a="Marc Tessier"),
  E("2025-06-29 09:30", "Video: residents of Smela survey the damage", [], "strikes", "strikes", 1, A3, n="Video teaser without body -> importance 1."),
  E("2025-06-29 06:10", "Smela: number of injured rises to eight",
    ["Eight people were hurt when Russian missiles and drones hit the central Ukrainian city of Smela, in the Cherkassy region, local authorities said."],
    "strikes", "strikes", 3, A3, a="Nadia Fortier"),
  E("2025-06-29 01:20", "Ukraine says it lost an F-16 and its pilot",
    ["Ukraine\u2019s air force said one of its F-16 fighter jets crashed while fending off the overnight attack, and the pilot did not survive."],
    "strikes", "strikes", 3, A3, a="Nadia Fortier"),
  E("2025-06-28 23:45", "Explosions in western Ukraine as massive attack unfolds",
    ["Explosions were reported in Lviv and Ivano-Frankivsk early Sunday local time as Russia\u2019s attack on Ukraine spread west, according to regional officials."],
    "strikes", "strikes", 3, A3, a="Marc Tessier"),
  E("2025-06-28 20:50", "Air raid alerts across Ukraine as bombers take off",
    ["Ukraine\u2019s air force warned that Russian strategic bombers had taken off and urged people across the country to head for shelters."],
    "strikes", "strikes", 3, A3, a="Marc Tessier", n="Warning that opens the same attack -> same story."),
  ]))

SEEDS.append(dict(id="6442", name="6442_lowenbridge-article", ext="txt", source="Lowenbridge Herald", zone="Asia/Kolkata", render=r_lowenbridge,
  title="Russia fires hundreds of drones at Ukraine; Kyiv moves to exit landmine treaty", byline="Meera Venkataraman", dateline_t="2025-06-29 21:10",
  more="What is the Ottawa Convention and who has left it?",
  lede="Ukraine faced one of the heaviest air raids of the war on Sunday, as its president took the first step towards leaving a global ban on anti-personnel mines.",
  notes="Invented outlet (India). Text article with three section headings; one entry per section, stamp null, published = the dateline 'Updated: Jun 29, 2025, 21:10 IST' (Asia/Kolkata, UTC+05:30 = 15:40 UTC; the only time printed). Page byline (a bare name line) as author. 'Also Read:' line is a related link, not a section. " + D3,
  not_entries=["outlet name and breadcrumb", "title line", "byline and 'Updated: ...' lines", "lede paragraph", "'Also Read: ...' related link", "WhatsApp promo", "'(Published with inputs from agencies)'", "footer"],
  entries=[
  E("2025-06-29 21:10", "A night of drones and missiles",
    ["Russia attacked Ukraine overnight with more than 500 drones and missiles, Ukraine\u2019s air force said on Sunday, injuring at least nine people in the central town of Smila and killing an F-16 pilot.",
     "Air raid sirens sounded across the country for several hours."],
    "strikes", "strikes", 3, A3, a="Meera Venkataraman"),
  E("2025-06-29 21:10", "Exit from the mine ban",
    ["President Volodymyr Zelensky signed a decree on Sunday to take Ukraine out of the Ottawa Convention on anti-personnel mines, a step that still needs parliament\u2019s approval."],
    "diplomacy", "diplomacy", 3, OT, a="Meera Venkataraman"),
  E("2025-06-29 21:10", "New Delhi urges dialogue",
    ["India\u2019s external affairs ministry said it was concerned by the escalation and repeated its call for dialogue and diplomacy between Russia and Ukraine."],
    "diplomacy", "diplomacy", 2, "india-urges-dialogue-2025-06-29", a="Meera Venkataraman"),
  ]))

SEEDS.append(dict(id="6443", name="6443_moorlatch-worldrss", ext="xml", source="Moorlatch Times", zone="Europe/Paris", render=r_rss_world,
  title="Moorlatch Times | World", url="https://moorlatch.example", lede="International news from the Moorlatch Times desk in Paris",
  notes="Invented outlet (Paris). General world-news RSS 2.0 feed, newest first, pubDate with +0200 (CEST); no authors; four of six items off-beat (heatwave, Budapest Pride, Belgrade protest, Izmir wildfire). Spelling 'Smila', 'Cherkasy'; its toll ('about a dozen injured') is the day's highest. " + D3,
  not_entries=["channel title/link/description/language", "<guid> and <category> values"],
  entries=[
  OFF("2025-06-29 23:20", "Spain records its hottest June day",
      ["Spain\u2019s weather agency said a station in Andalusia recorded 46 degrees Celsius on Saturday, a record for June, as a heatwave spread across southern Europe."],
      "southern-europe-heatwave-2025-06", n="weather."),
  E("2025-06-29 19:30", "Massive Russian air raid kills F-16 pilot, injures a dozen in Smila",
    ["Russia launched hundreds of drones and dozens of missiles at Ukraine overnight, and Kyiv said it had lost an F-16 pilot while the town of Smila, in the Cherkasy region, counted about a dozen injured."],
    "strikes", "strikes", 3, A3),
  OFF("2025-06-29 16:10", "Budapest Pride draws huge crowd despite ban",
      ["Tens of thousands of people marched through Budapest on Saturday in a Pride parade that the Hungarian government had tried to ban."],
      "budapest-pride-2025", n="Hungary."),
  E("2025-06-29 12:45", "Russia claims a village in Dnipropetrovsk region",
    ["Moscow claimed on Sunday that its troops now control a village in Ukraine\u2019s Dnipropetrovsk region, which Kyiv\u2019s military did not confirm."],
    "other", "frontline", 2, "dnipropetrovsk-village-claim-2025-06-29", n="Ground claim: frontline, not the air attack."),
  OFF("2025-06-29 09:30", "Police detain protesters after Belgrade rally",
      ["Police in Belgrade detained dozens of people after clashes that followed a large anti-government rally on Saturday evening."],
      "belgrade-protest-2025-06", n="Serbia."),
  OFF("2025-06-29 06:05", "Wildfire near Izmir forces evacuations",
      ["Firefighters backed by aircraft battled a wildfire on the outskirts of the Turkish city of Izmir, where several villages were evacuated overnight."],
      "izmir-wildfire-2025-06", n="Turkey."),
  ]))


# ================================================================== emit
BASIS = {
  "r_idaho": "card stamp '{s}' (full date, 12 h); no zone printed, Boise time (MDT, UTC-6) implied by the outlet; <time datetime> agrees",
  "r_lexington": "bare time '{s}' in a newest-first timeline; date from the header 'Updated May 12, 2025 7:05 PM' (all items fall before it on the same day); US Eastern (EDT, UTC-4) implied",
  "r_projo": "post stamp '{s}' (time, 'ET', full date); ET in June = EDT, UTC-4; JSON-LD update time agrees",
  "r_rtd": "pubDate '{s}' (explicit offset)",
  "r_sudbury": "pubDate '{s}' (explicit +0000); local time given in Sudbury's zone (EDT, UTC-4)",
  "r_wagga": "card stamp '{s}'; Sydney time (AEST, UTC+10) implied by the outlet",
  "r_manawatu": "Stuff stamp '{s}' (24 h, full date); NZ time (NZST, UTC+12) implied by the outlet",
  "r_southland": "stamp '{s}' under the day header for {d} (no year printed; parse_args --date 2025-08-22); NZST, UTC+12",
  "r_kalgoorlie": "stamp '{s}' in an oldest-first timeline that starts 'Thu, 4 September 2025 4:05PM'; the date rolls to 5 September local after 11.10pm (midnight crossing); Perth time (AWST, UTC+8) implied",
  "r_fresno": "no per-section time; the article's original publication time 'This story was originally published September 17, 2025 10:42 AM.' (Pacific, PDT, UTC-7) used for every section; JSON-LD datePublished agrees",
  "r_tollgarth": "bare time '{s}' on the signature line after the body; page date line {d}; 'Times are Kyiv time' (EEST, UTC+3)",
  "r_varnholt": "stamp '{s}' (full date; CEST, UTC+2); <time datetime> and JSON-LD agree",
  "r_rss_world": "pubDate '{s}' (explicit offset)",
  "r_isleborne": "no per-section time; the article dateline 'May 24, 2025 23:30 JST' (UTC+9) used for every section",
  "r_atom_world": "<published> '{s}' (UTC)",
  "r_rookhollow": "relative stamp '{s}' resolved against the printed 'Last updated 26 May 2025, 7:40am AEST' (UTC+10)",
  "r_oakhaven": "no per-section time; the dateline 'Sunday, May 25 \u00b7 4:15 p.m. CDT' (UTC-5; no year printed: parse_args --date 2025-05-25) used for every section",
  "r_lowenbridge": "no per-section time; the dateline 'Updated: Jun 29, 2025, 21:10 IST' (India, UTC+05:30) used for every section",
  "r_pinewick": "stamp '{s}' before the headline; page date line {d}; BST = UTC+1",
  "r_silvermere": "stamp '{s}' under the day header for {d}; EDT = UTC-4; the JSON-LD update times are the page's and are ignored",
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
            basis = BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"))
            if e.get("upd"):
                basis = f"card stamp '{stamps[i]}': published = the first-published time ({d:%Y-%m-%d %H:%M}), the update time is ignored; Sydney time (AEST, UTC+10) implied by the outlet"
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": basis,
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
        print(f"{fn}: {len(ents)} entries")
    print(f"{len(SEEDS)} seeds, {total} entries")


if __name__ == "__main__":
    main()

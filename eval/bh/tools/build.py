#!/usr/bin/env python3
"""Builds the eval/bh seeds and gold files from one hand-written data table (further down).
Every headline and paragraph was written by the blind tester; Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/bh/tools/build.py
Entries are listed in PAGE order (top to bottom); each renderer prints them in that order."""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=""):
    """t: local time 'YYYY-MM-DD HH:MM' in the page zone; h: headline or None; p: body paragraphs."""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


ABBR = re.compile(r"\b(?:U\.S|Mr|Mrs|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|No|Jan|Feb|Mar|Apr|Aug|Sept|Oct|Nov|Dec|a\.m|p\.m)\.$")


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018(]|$)', par):
        if not ABBR.search(par[:m.end()]):
            return par[:m.end()]
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", dots=True, space=" ", upper=False):
    hh = d.hour % 12 or 12
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    else:
        suf = "am" if d.hour < 12 else "pm"
    if upper:
        suf = suf.upper()
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first"


# ============================================================ Part A renderers (layouts imitated; all wording my own)

def r_buffalo(S):
    """The Buffalo News tag page (BLOX/TownNews CMS), HTML. Cards newest first: section kicker, h3 headline link, one-paragraph
    summary, 'By NAME Associated Press' / 'By NAME News Staff Reporter', and a <time datetime="...-05:00"> whose visible text is
    relative ('Updated 2 hrs ago', '55 mins ago'). The exact time is only in the datetime attribute."""
    z = S["zone"]; fetch = dt(S["fetch"], z); order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | buffalonews.com</title>',
           '<meta property="og:site_name" content="The Buffalo News">', '<meta name="viewport" content="width=device-width, initial-scale=1"></head>',
           '<body class="tnt-section-tag">', '<a class="sr-only" href="#main-page-container">Skip to main content</a>',
           '<div id="site-top-nav"><ul class="nav"><li><a href="/eedition/">e-Edition</a></li><li><a href="/users/login/">Log In</a></li>'
           '<li><a class="btn btn-primary" href="/subscribe/">Subscribe</a></li></ul></div>',
           '<header id="site-header"><a class="logo" href="/"><span>The Buffalo News</span></a>'
           f'<div class="date-weather"><span class="date">{esc(S["clock"])}</span> <span class="weather">Buffalo, NY 34&deg;F Cloudy</span></div></header>',
           '<nav id="main-nav"><ul><li><a href="/news/">News</a></li><li><a href="/sports/">Sports</a></li><li><a href="/sports/bills/">Bills</a></li>'
           '<li><a href="/sports/sabres/">Sabres</a></li><li><a href="/business/">Business</a></li><li><a href="/opinion/">Opinion</a></li>'
           '<li><a href="/entertainment/">Entertainment</a></li><li><a href="/obituaries/">Obituaries</a></li><li><a href="/marketplace/">Marketplace</a></li></ul></nav>',
           '<main id="main-page-container"><div class="tag-header"><span class="tag-label">Tags</span>', f'<h1 class="tnt-title">{esc(S["title"])}</h1></div>',
           '<section id="tncms-region-index-primary">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((fetch - d).total_seconds() // 60)
        rel = f"{mins} mins ago" if mins < 60 else (f"{mins // 60} hrs ago" if mins >= 120 else "1 hr ago")
        st = ("Updated " if e.get("upd") else "") + rel; stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")
        out += [f'<article class="tnt-asset-type-article card summary" id="asset-{i + 5170}">',
                f'<div class="card-label-section"><a href="/news/{e["sect"].lower().replace(" ", "-")}/">{esc(e["sect"])}</a></div>',
                f'<div class="card-headline"><h3 class="tnt-headline"><a href="/news/{e["sect"].lower().replace(" ", "-")}/{slug}/article_{i + 88310}.html">{esc(e["h"])}</a></h3></div>',
                '<div class="card-lead">' + "".join(f'<p class="tnt-summary">{esc(p)}</p>' for p in e["p"]) + '</div>',
                f'<ul class="list-inline"><li class="card-byline">{esc(e["byline"])}</li>',
                f'<li class="card-date"><time datetime="{d.isoformat()}" class="tnt-date asset-date text-muted">{st}</time></li></ul>',
                '<div class="card-comments"><a href="#comments">0</a></div>' if i % 3 else '', '</article>']
        if i == 2:
            out.append('<div class="tnt-ads-container"><div class="tnt-ads">Advertisement</div></div>')
        if i == 4:
            out.append('<div class="newsletter-signup"><h4>Daily Headlines</h4><p>The morning\'s top stories, sent to your inbox.</p>'
                       '<input type="email" placeholder="Email Address"> <button>Sign up!</button></div>')
    out += ['</section><nav class="pagination"><a href="?o=20">Next Page</a></nav></main>',
            '<aside id="tncms-region-index-secondary"><h4>Most Popular</h4><ol><li><a href="/a1">Snow squall warning issued for the Southtowns</a></li>'
            '<li><a href="/a2">Sabres drop overtime thriller in Columbus</a></li><li><a href="/a3">Kenmore bakery to close after 61 years</a></li></ol></aside>',
            '<div id="cookie-notice">This site uses cookies to personalize content and ads. <a href="/privacy/">Learn more</a> <button>OK</button></div>',
            '<footer id="site-footer"><p>&copy; 2022 The Buffalo News, One News Plaza, Buffalo, NY 14203</p><p><a href="/terms/">Terms of Use</a> | '
            '<a href="/privacy/">Privacy Policy</a> | <a href="/contact/">Contact Us</a></p></footer></body></html>']
    return "\n".join(l for l in out if l) + "\n", stamps


def r_ca(S):
    """The Commercial Appeal (Gannett/USA TODAY Network article template), text scrape of a timeline article. No per-entry
    headlines: each entry is a paragraph starting with a bold time ('9:35 p.m.: ...'), under day subheads 'Tuesday, March 22'.
    Page byline; 'Published ... CT March 23, 2022' line; subtitle says all times Central. Oldest first."""
    z = S["zone"]; order_check(S, False)
    pub = dt(S["published"], z)
    L = ["Skip to main content", "The Commercial Appeal", "Subscribe for $1", "Sign In", "",
         "News  Sports  Grizzlies  Tigers  Business  Opinion  Things to Do  Obituaries  eNewspaper  Legals", "", "NATION & WORLD", "",
         S["title"], "", S["subtitle"], "", S["byline"], "Memphis Commercial Appeal", "",
         f"Published {ampm(pub)} CT {MONTHS[pub.month - 1]} {pub.day}, {pub.year}", "", "View Comments", "",
         "Facebook  Twitter  Email  Share", ""] + ptxt(S["lede"])
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        day = f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"
        if day != cur:
            cur = day; L += [day, ""]
        st = ampm(d); stamps.append(st)
        L += [f"{st}: {e['p'][0]}", ""] + ptxt(e["p"][1:])
        if i == 3:
            L += ["Advertisement", "", "Get the Daily Briefing newsletter in your inbox.", "", "Sign up", ""]
    L += [S["contrib"], "", "View Comments", "", "Facebook  Twitter  Email  Share", "",
          "About Us  Newsroom Staff  Contact Us  Subscriber Guide  Your Privacy Choices  Terms of Service"]
    return "\n".join(L) + "\n", stamps


def r_tennessean(S):
    """The Tennessean (Gannett) 'What we know' article, HTML with NewsArticle JSON-LD; h2 subheads; one 'Published ... CT' line,
    no per-section times. One entry per subhead; stamp null; published = the dateline; page byline."""
    z = S["zone"]; pub = dt(S["published"], z)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": pub.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
          "dateModified": pub.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "The Tennessean"}, "description": S["lede"][0],
          "mainEntityOfPage": "https://www.tennessean.com/story/news/world/2022/04/07/russia-ukraine-war-what-we-know-thursday/"}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<a class="skip" href="#mainContentSection">Skip to main content</a>',
           '<header class="gnt_n"><a class="gnt_n_logo" href="/">The Tennessean</a><nav class="gnt_n_mn"><a href="/news/">News</a> <a href="/sports/">Sports</a> '
           '<a href="/sports/titans/">Titans</a> <a href="/entertainment/">Entertainment</a> <a href="/business/">Business</a> <a href="/opinion/">Opinion</a> '
           '<a href="/obituaries/">Obituaries</a> <a href="/enewspaper/">eNewspaper</a></nav><a class="gnt_n_us" href="/subscribe/">Subscribe</a> <a href="/signin/">Sign In</a></header>',
           '<main id="mainContentSection"><article class="gnt_pr"><div class="gnt_ar_lbl">NEWS</div>', f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           f'<div class="gnt_ar_by"><a class="gnt_ar_by_a" href="/staff/">{esc(S["byline"])}</a><div class="gnt_ar_by_p">Nashville Tennessean</div></div>',
           f'<div class="gnt_ar_dt" aria-label="Published {ampm(pub)} CT {MONTHS[pub.month - 1]} {pub.day}, {pub.year}">Published {ampm(pub)} CT {MONTHS[pub.month - 1]} {pub.day}, {pub.year}</div>',
           '<div class="gnt_ar_shr"><button>Facebook</button> <button>Twitter</button> <button>Email</button> <a href="#comments">View Comments</a></div>',
           '<div class="gnt_ar_b">'] + [f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in S["lede"]]
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2 class="gnt_ar_b_h2">{esc(e["h"])}</h2>')
        out += [f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in e["p"]]
        if i == 2:
            out.append('<aside class="gnt_em gnt_em_nl"><p>Sign up for Tennessean Today: the stories Nashville is talking about, every weekday morning.</p><button>Sign Up</button></aside>')
    out += [f'<p class="gnt_ar_b_p"><em>{esc(S["contrib"])}</em></p>', '</div></article>',
            '<section class="gnt_rl"><h3>Related</h3><a href="/r1">Nashville gas prices jump again</a> <a href="/r2">Titans announce preseason schedule</a></section></main>',
            '<footer class="gnt_f"><a>About Us</a> <a>Newsroom Staff</a> <a>Contact Us</a> <a>Your Privacy Choices</a> <a>Terms of Service</a> &copy; 2022 www.tennessean.com. All rights reserved.</footer>',
            '</body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_dmr(S):
    """The Des Moines Register, text scrape of a Gannett live-coverage module. Newest first. Each post: author line, stamp
    'Mar 8, 4:52 PM' (no year, no zone: Central time implied by the paper's home), headline (some posts have none), body, 'Share'.
    The page prints no year anywhere (copyright footer not captured): parse_args gives the day."""
    z = S["zone"]; order_check(S, True)
    L = ["Skip to main content", "The Des Moines Register", "Subscribe", "Sign In", "",
         "News  Sports  Iowa Politics  Things to Do  Opinion  Obituaries  eNewspaper  Legals", "", "IOWA POLITICS", "",
         S["title"], "", S["subtitle"], "", "View Comments", "", "Live coverage", "Newest first  Oldest first", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.strftime('%b')} {d.day}, {ampm(d, dots=False, upper=True)}"; stamps.append(st)
        L += [e["a"], st]
        if e["h"]:
            L.append(e["h"])
        L += [""] + ptxt(e["p"]) + ["Share", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Load more updates", "", "Get the Iowa Politics newsletter", "Sign up"]
    return "\n".join(L) + "\n", stamps


def r_tt(S):
    """Times & Transcript (Moncton), HTML article page carrying The Canadian Press's running developments list. Oldest first.
    Each item: h3 headline, THEN a bare time line ('6:05 a.m.'), then paragraphs, '___' separators. Zone: the header line
    'Updated 4:45 p.m. ADT' and the note '(All times Atlantic)'. NewsArticle JSON-LD. Agency byline for the page."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); upd = dt(S["updated"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": first.isoformat(), "dateModified": upd.isoformat(),
          "author": {"@type": "Organization", "name": "The Canadian Press"}, "publisher": {"@type": "Organization", "name": "Times & Transcript"}}
    out = ['<!DOCTYPE html>', '<html lang="en-CA"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Times &amp; Transcript</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="topbar"><a href="/">tj.news</a> <a href="/subscribe">Subscribe</a> <a href="/login">Sign in</a> <a href="/e-edition">E-Edition</a></div>',
           '<header><a class="masthead" href="/moncton">Times &amp; Transcript</a><nav><a>Local</a> <a>New Brunswick</a> <a>Canada</a> <a>World</a> '
           '<a>Sports</a> <a>Opinion</a> <a>Obituaries</a> <a>Puzzles</a></nav></header>',
           '<main><article><p class="section">World</p>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="byline">The Canadian Press</p>', f'<p class="dates">Published {DAYS[first.weekday()]}, {MONTHS[first.month - 1]} {first.day}, {first.year} &middot; '
           f'Updated {ampm(upd)} ADT</p>', '<div class="share"><a>Share on Facebook</a> <a>Share on Twitter</a> <a>Email</a> <a>Print</a></div>',
           f'<p><em>{esc(S["intro"])}</em></p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d); stamps.append(st)
        out += [f'<h3>{esc(e["h"])}</h3>', f'<p class="time"><strong>{st}</strong></p>'] + [f"<p>{esc(p)}</p>" for p in e["p"]] + ["<p>___</p>"]
        if i == 3:
            out.append('<div class="ad-slot">ADVERTISEMENT</div>')
    out += ['<p class="copy">This report by The Canadian Press was first published March 26, 2022.</p>', '</article>',
            '<aside class="more"><h4>More from Moncton</h4><a href="/m1">Codiac RCMP seek witnesses to Main Street crash</a> '
            '<a href="/m2">Wildcats clinch playoff spot</a></aside></main>',
            '<footer>Brunswick News Inc. &middot; Privacy Policy &middot; Terms of Use &middot; Contact us</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_examiner(S):
    """The Examiner (Launceston, ACM), text scrape of an 'as it happened' article. Oldest first. Day headers WITHOUT year
    ('Sunday, April 17'), stamps '10.50am' (no zone: Tasmania, AEST UTC+10, implied), some posts without headline.
    The header line 'Updated April 18 2022 - 8:55am, first published April 17 2022 - 10:50am' carries the year."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    def acm(d):
        return f"{MONTHS[d.month - 1]} {d.day} {d.year} - {d.hour % 12 or 12}:{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"
    L = ["Skip to content", "The Examiner", "Launceston, Tasmania", "Subscribe now", "Login", "",
         "Home  News  Sport  Business  Opinion  Lifestyle  Obituaries  Photos  Today's Paper  Puzzles", "", "World", "",
         S["title"], "", S["byline"], f"Updated {acm(last)}, first published {acm(first)}", "", "Share", "Facebook  Twitter  Email  Copy link", ""] + ptxt(S["lede"]) + ["As it happened", ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        day = f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"
        if day != cur:
            cur = day; L += [day, ""]
        st = f"{d.hour % 12 or 12}.{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"; stamps.append(st)
        L.append(st)
        if e["h"]:
            L.append(e["h"])
        L += [""] + ptxt(e["p"])
        if i == 3:
            L += ["Advertisement", "", "Get the latest Launceston news delivered to your inbox. Sign up here.", ""]
    L += ["Comments", "", "Get the latest Launceston news delivered to your inbox", "Sign up", "",
          "Conditions of Use  Privacy Policy  Advertise  Contact Us", "Australian Community Media"]
    return "\n".join(L) + "\n", stamps


def reach_signup():
    return ["Get the biggest stories of the day sent straight to you", "Subscribe",
            "When you subscribe we will use the information you give us to send you these newsletters. Occasionally they may include news of other services we think you might like. You can unsubscribe at any time. More info",
            "Thanks for subscribing!", "We have more newsletters", "Show me", ""]


def r_nottingham(S):
    """Nottingham Post (Reach plc) live blog, text scrape. Newest first. 'Key Events' box listing the key posts' headlines;
    each post: bare 'HH:MM' (UK time implied), 'KEY EVENT' label on key posts, headline, body. One page byline."""
    z = S["zone"]; order_check(S, True); upd = dt(S["updated"], z)
    L = ["Nottingham Post", "Skip to main content", "", "News  Nottingham Forest  Notts County  Sport  What's On  Property  Jobs  Puzzles", "",
         "Nottingham News", "", S["title"], "", S["standfirst"], "", S["byline"], S["role"],
         f"Updated {upd:%H:%M}, {upd.day} {upd.strftime('%b').upper()} {upd.year}", "", "Bookmark", "Comments", "News", ""] + reach_signup()
    L += ["Key Events"] + [e["h"] for e in S["entries"] if e["kp"]] + ["", "Show Key Events only", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st] + (["KEY EVENT"] if e["kp"] else []) + [e["h"], ""] + ptxt(e["p"])
        if i == 3:
            L += ["Advertisement", "", "Read More", "Related Articles", "Nottingham city centre road to shut for two weeks of resurfacing", ""]
    L += ["Load more", "", "Nottingham Post", "Follow us", "Facebook  Twitter  Instagram", "", "Privacy Notice  Cookie Notice  Terms & Conditions  Contact Us",
          "\u00a9 2022 a Reach plc subsidiary"]
    return "\n".join(L) + "\n", stamps


def r_hull(S):
    """Hull Daily Mail (Reach plc) live blog, HTML. Newest first. Per-post: h3 headline FIRST, then the time and the author
    (stamp after the headline). LiveBlogPosting JSON-LD with per-update datePublished (UTC) and author."""
    z = S["zone"]; order_check(S, True); upd = dt(S["updated"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "headline": e["h"], "datePublished": d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                    "articleBody": " ".join(e["p"]), "author": {"@type": "Person", "name": e["a"]}})
    first = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "description": S["standfirst"],
          "coverageStartTime": first.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "dateModified": upd.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "publisher": {"@type": "Organization", "name": "Hull Daily Mail"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Hull Live</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="mod-header"><a class="publication-logo" href="/">Hull Daily Mail</a><nav><a>News</a> <a>Hull City</a> <a>Hull FC</a> <a>Hull KR</a> '
           '<a>What\'s On</a> <a>Property</a> <a>Jobs</a></nav></header>', '<main><article class="live-blog">',
           '<p class="section-tag">Hull News</p>', f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["standfirst"])}</p>',
           f'<div class="article-information"><span class="publish-date">Updated {upd:%H:%M}, {upd.day} {upd.strftime("%b").upper()} {upd.year}</span></div>',
           '<div class="social-share"><a>Share on Facebook</a> <a>Share on Twitter</a> <a>Comments</a></div>',
           '<div class="newsletter-inline">' + " ".join(f"<p>{esc(x)}</p>" for x in reach_signup() if x) + '</div>',
           '<div class="live-events-list"><h2>Key Events</h2></div>', '<p class="live-toggle">Show Key Events only</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out += [f'<div class="live-event" id="event-{i + 412}"><h3 class="event-title">{esc(e["h"])}</h3>',
                f'<div class="event-meta"><span class="time-stamp">{st}</span> <span class="author-name">{esc(e["a"])}</span></div>']
        out += [f"<p>{esc(p)}</p>" for p in e["p"]] + ["</div>"]
        if i == 2:
            out.append('<div class="read-more"><p>Read More</p><a href="/r1">East Hull family\'s plea after charity van stolen</a></div>')
    out += ['</article></main>', '<footer><a>Privacy Notice</a> <a>Cookie Notice</a> <a>Terms &amp; Conditions</a> &copy; 2022 a Reach plc subsidiary</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_guardianng(S):
    """The Guardian (Nigeria) WordPress category feed, RSS 2.0. Newest first. pubDate in +0000; dc:creator (agency or staff);
    description = excerpt + 'The post ... appeared first on ...' line; content:encoded = full paragraphs."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" '
           'xmlns:slash="http://purl.org/rss/1.0/modules/slash/">', '<channel>',
           f'\t<title>{esc(S["title"])}</title>', '\t<atom:link href="https://guardian.ng/category/news/world/feed/" rel="self" type="application/rss+xml" />',
           '\t<link>https://guardian.ng</link>', '\t<description>Nigeria and World News</description>', f'\t<lastBuildDate>{S["build"]}</lastBuildDate>',
           '\t<language>en-US</language>', '\t<sy:updatePeriod>hourly</sy:updatePeriod>', '\t<sy:updateFrequency>1</sy:updateFrequency>',
           '\t<generator>https://wordpress.org/?v=5.9.2</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC); st = u.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        link = "https://guardian.ng/news/world/" + re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-") + "/"
        words = e["p"][0].split()
        excerpt = " ".join(words[:28]) + (" [&#8230;]" if len(words) > 28 else "")
        out += ["\t<item>", f"\t\t<title>{esc(e['h'])}</title>", f"\t\t<link>{link}</link>", f"\t\t<comments>{link}#respond</comments>",
                f"\t\t<dc:creator><![CDATA[{e['a']}]]></dc:creator>", f"\t\t<pubDate>{st}</pubDate>",
                "\t\t" + "".join(f"<category><![CDATA[{c}]]></category>" for c in e["cats"]),
                f'\t\t<guid isPermaLink="false">https://guardian.ng/?p={i * 7 + 1411302}</guid>',
                f"\t\t<description><![CDATA[<p>{esc(excerpt)}</p>\n<p>The post <a rel=\"nofollow\" href=\"{link}\">{esc(e['h'])}</a> appeared first on "
                f"<a rel=\"nofollow\" href=\"https://guardian.ng\">The Guardian Nigeria News - Nigeria and World News</a>.</p>\n]]></description>",
                "\t\t<content:encoded><![CDATA[" + "".join(f"<p>{esc(p)}</p>\n" for p in e["p"]) +
                f"<p>The post <a rel=\"nofollow\" href=\"{link}\">{esc(e['h'])}</a> appeared first on <a rel=\"nofollow\" href=\"https://guardian.ng\">The Guardian Nigeria News - Nigeria and World News</a>.</p>\n]]></content:encoded>",
                f"\t\t<wfw:commentRss>{link}feed/</wfw:commentRss>", f"\t\t<slash:comments>{(i * 5) % 3}</slash:comments>", "\t</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_kuna(S):
    """KUNA (Kuwait News Agency) English international news feed, RSS 2.0. Newest first. pubDate in Kuwait time (+0300).
    Descriptions open with the agency dateline 'KYIV, March 13 (KUNA) -- ' and close with an '(end)' line and desk initials."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<rss version="2.0">', '<channel>', f'<title>{esc(S["title"])}</title>',
           '<link>https://www.kuna.net.kw</link>', '<description>Kuwait News Agency - International News</description>', '<language>en</language>',
           '<copyright>Kuwait News Agency (KUNA)</copyright>', '<image><title>KUNA</title><url>https://www.kuna.net.kw/images/logo.png</url><link>https://www.kuna.net.kw</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        aid = 3017840 + 17 * (len(S["entries"]) - i)
        body = "\n".join(f"<p>{esc(p)}</p>" for p in e["p"]) + f"\n<p>(end)</p>\n<p>{e['desk']}</p>"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://www.kuna.net.kw/ArticleDetails.aspx?id={aid}&amp;language=en</link>",
                f"<guid>https://www.kuna.net.kw/ArticleDetails.aspx?id={aid}&amp;language=en</guid>", f"<pubDate>{st}</pubDate>",
                f"<description><![CDATA[{body}]]></description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


# ============================================================ Part B renderers (invented outlets)

def r_brackwater(S):
    """Invented UK outlet, text live blog. Newest first. Date line 'Saturday 2 April 2022', a 'Key Points' list with bullets,
    stamps '6.30pm BST' on their own line BEFORE the headline, posts signed with reporter initials ('- RC') that the page
    header expands ('Live reporting by Ruth Calder (RC) and ...')."""
    z = S["zone"]; order_check(S, True)
    d0 = dt(S["entries"][0]["t"], z)
    L = [S["source"].upper(), "News | Ukraine | Politics | Business | Sport | Puzzles | Newsletters", "", S["title"],
         f"{DAYS[d0.weekday()]} {d0.day} {MONTHS[d0.month - 1]} {d0.year}", S["team"], "", S["lede"], "", "Key Points"]
    L += ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Refresh for the latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.hour % 12 or 12}.{d.minute:02d}{'am' if d.hour < 12 else 'pm'} BST"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"]) + [f"\u2013 {e['ini']}", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Yesterday's live coverage is here", "", f"{S['source']} \u00b7 Contact \u00b7 Complaints \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_kestrowe(S):
    """Invented Kyiv-based outlet, HTML live page. Oldest first. Per-post header: <time datetime="...+03:00">09:10</time> and the
    author, then h2 headline. Date header 'Saturday, 2 April 2022'. Optional LiveBlogPosting JSON-LD with per-update times."""
    z = S["zone"]; order_check(S, False)
    d0 = dt(S["entries"][0]["t"], z)
    head = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} \u2014 {S['source']}</title>"]
    if S.get("jsonld"):
        ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(),
                "articleBody": "\n".join(e["p"]), "author": {"@type": "Person", "name": e["a"]}} for i, e in enumerate(S["entries"])]
        ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
              "coverageStartTime": d0.isoformat(), "datePublished": d0.isoformat(), "dateModified": dt(S["entries"][-1]["t"], z).isoformat(),
              "publisher": {"@type": "Organization", "name": S["source"]}, "liveBlogUpdate": ups}
        head.append('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>")
    out = head + ["</head><body>", '<div class="cookie-bar">We use cookies to measure readership. <button>Accept</button> <button>Reject</button></div>',
                  f'<header><a class="brand" href="/">{S["source"]}</a> <nav><a href="/war">War</a> <a href="/kyiv">Kyiv</a> <a href="/opinion">Opinion</a> '
                  '<a href="/support">Support us</a></nav></header>',
                  f"<main><h1>{esc(S['title'])}</h1>", f'<p class="lede">{esc(S["lede"])}</p>',
                  f'<h4 class="day">{DAYS[d0.weekday()]}, {d0.day} {MONTHS[d0.month - 1]} {d0.year}</h4>', '<p class="tz">Kyiv time (EEST)</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out += [f'<article class="post" id="post-{i + 1}"><div class="post-meta"><time datetime="{d.isoformat()}">{st}</time> '
                f'<span class="author">{esc(e["a"])}</span></div>', f"<h2>{esc(e['h'])}</h2>"] + [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<div class="post-tools"><a>Share</a> <a>Copy link</a></div></article>')
        if i == 2:
            out.append('<aside class="donate">Independent journalism from Ukraine depends on you. <a>Become a supporter</a></aside>')
    out += ["</main>", f"<footer>{S['source']} \u00b7 Editorial policy \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """Generic RSS 2.0 (invented outlets). Newest first. pubDate with the outlet's own zone ('GMT' or a numeric offset);
    <dc:creator> when the item has an author; description holds the paragraphs as escaped HTML."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', "<channel>",
           f"<title>{esc(S['title'])}</title>", f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>", "<language>en</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else d.strftime("%z")); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/{e['cat'].lower()}/{i + 7021}</link>",
                f'<guid isPermaLink="false">{S["slug"]}-{i + 7021}</guid>', f"<pubDate>{st}</pubDate>", f"<category>{e['cat']}</category>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out += ["<description>" + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Generic Atom 1.0 (invented outlets). Newest first. <published> with the outlet's offset ('Z' for UTC outlets);
    per-entry <author> where printed; <content type="html"> with escaped paragraphs."""
    z = S["zone"]; order_check(S, True)
    newest = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f"<title>{esc(S['title'])}</title>",
           f"<subtitle>{esc(S['lede'])}</subtitle>", f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f"<id>tag:{S['url'].split('//')[1]},2022:feed</id>", f"<updated>{newest.isoformat().replace('+00:00', 'Z')}</updated>",
           f"<author><name>{esc(S['source'])}</name></author>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat().replace("+00:00", "Z"); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link rel="alternate" href="{S["url"]}/story/{e["slugid"]}"/>',
                f"<id>tag:{S['url'].split('//')[1]},2022:{e['slugid']}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        if e["p"]:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_kilnhurst(S):
    """Invented US outlet, text live blog. Newest first. Date line 'Sunday, April 3, 2022'; stamp line '4:55 p.m. ET' BEFORE
    the headline; 'By NAME' line after the headline; teaser posts carry no byline."""
    z = S["zone"]; order_check(S, True)
    d0 = dt(S["entries"][0]["t"], z)
    L = [S["source"], "World  |  U.S.  |  Politics  |  Business  |  Opinion", "", "LIVE", S["title"],
         f"{DAYS[d0.weekday()]}, {MONTHS[d0.month - 1]} {d0.day}, {d0.year}", "", S["lede"], "", "Latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d)} ET"; stamps.append(st)
        L += [st, e["h"]] + ([f"By {e['a']}"] if e["a"] else []) + [""] + ptxt(e["p"])
        if not e["p"]:
            L += ["Video: 0:48", ""]
        if i == 2:
            L += ["Sign up for The Dispatch Morning newsletter", ""]
    L += ["Previous coverage: Saturday's live updates", "", f"\u00a9 {S['source']}"]
    return "\n".join(L) + "\n", stamps


def r_vellacott(S):
    """Invented Kyiv outlet, HTML live. Newest first. Author line BEFORE the h3 headline, visible stamp '17.05.2022, 21:30' in a
    <span> (no datetime attribute). JSON-LD is a Yoast-style @graph: @type array, and liveBlogUpdate a single object (the
    newest post only), so the JSON-LD cannot stand in for the page."""
    z = S["zone"]; order_check(S, True)
    new = S["entries"][0]; dn = dt(new["t"], z); d_old = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"] + "#article", "headline": S["title"], "isPartOf": {"@id": S["url"]},
         "datePublished": d_old.isoformat(), "dateModified": dn.isoformat(), "coverageStartTime": d_old.isoformat(),
         "liveBlogUpdate": {"@type": "BlogPosting", "headline": new["h"], "datePublished": dn.isoformat(), "articleBody": " ".join(new["p"])}}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f"<title>{esc(S['title'])} - {S['source']}</title>",
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header class="site-header"><a href="/">{S["source"]}</a><nav><a>News</a> <a>War</a> <a>Economy</a> <a>Culture</a> <a>UA</a></nav></header>',
           f'<main><h1 class="entry-title">{esc(S["title"])}</h1>', f'<p class="excerpt">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y}, {d:%H:%M}"; stamps.append(st)
        out.append('<div class="lb-item">' + (f'<p class="lb-author">{esc(e["a"])}</p>' if e["a"] else "") +
                   f'<span class="lb-date">{st}</span><h3 class="lb-title">{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if not e["p"]:
            out.append('<div class="video-embed" data-src="https://video.example/embed/55127">[video]</div>')
        out.append("</div>")
        if i == 3:
            out.append('<div class="telegram-promo">Follow us on Telegram</div>')
    out += ["</main>", f"<footer>\u00a9 {S['source']}. Reprinting only with a hyperlink.</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_lowenmark(S):
    """Invented German outlet (English service), text live. Oldest first. Date line WITHOUT year ('Tuesday, 17 May'); headline,
    then 'Posted 07:15 \u00b7 NAME' AFTER it. 'All times CEST'. The page prints no year: parse_args gives the day."""
    z = S["zone"]; order_check(S, False)
    d0 = dt(S["entries"][0]["t"], z)
    L = [S["source"].upper(), "English service", "", "Home  Germany  Europe  World  Business", "", S["title"], f"{DAYS[d0.weekday()]}, {d0.day} {MONTHS[d0.month - 1]}",
         "All times CEST", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Posted {d:%H:%M}"; stamps.append(st)
        L += [e["h"], f"{st} \u00b7 {e['a']}", ""] + ptxt(e["p"])
        if i == 3:
            L += ["Newsletter: the day's most important news at 6pm. Subscribe", ""]
    L += ["More updates tomorrow", "", f"{S['source']} \u00b7 Imprint \u00b7 Data protection"]
    return "\n".join(L) + "\n", stamps


def r_skarvik(S):
    """Invented Swedish outlet, text article with section headings. One entry per section; no per-section time (stamp null);
    published = the dateline 'Published 17 May 2022 at 22:05 CEST'; page byline."""
    z = S["zone"]; d = dt(S["dateline_t"], z)
    L = [S["source"], "Sweden | World | Business | Culture | In English", "", "WORLD", "", S["title"], "", f"By {S['byline']}",
         f"Published {d.day} {MONTHS[d.month - 1]} {d.year} at {d:%H:%M} CEST", "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Read more: " + S["more"], "", "Share  Print", "", f"\u00a9 {S['source']}"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def X(e, **kw):
    e.update(kw)
    return e


# ============================================================ PART A: ten real outlets' layouts (own wording throughout)
SEEDS = []

SEEDS.append(dict(id="6100", name="6100_buffalonews-tag", ext="html", source="The Buffalo News", zone="America/New_York", render=r_buffalo,
  title="Russia-Ukraine war", clock="Friday, March 4, 2022", fetch="2022-03-04 15:05",
  notes="Imitates a Buffalo News tag page on the BLOX (TownNews) CMS. Newest first. Each card: section kicker, h3 headline link, a one-paragraph "
        "summary (the card's whole body), a byline with the agency or desk glued on ('By LORNE VASEK Associated Press', 'By Anna Kell News Staff Reporter'), "
        "and a <time> element whose VISIBLE text is relative ('55 mins ago', 'Updated 2 hrs ago', '17 hrs ago'); the exact time is only in its datetime "
        "attribute (-05:00, EST). The relative texts are consistent with a fetch at about 15:05 EST on 4 March. The two oldest cards were posted on the "
        "evening of Thursday 3 March local time, which is already 4 March in UTC (local midnight crossed inside one UTC day). Three cards cover the "
        "Zaporizhzhia plant attack as it developed (one story). AP bylines are printed in capitals, as the AP feed supplies them; author is the name as printed.",
  not_entries=["'Skip to main content'", "top bar: e-Edition / Log In / Subscribe", "masthead, date line 'Friday, March 4, 2022' and the weather line",
               "main navigation (News, Sports, Bills, Sabres, ...)", "tag header 'Tags' and the page title 'Russia-Ukraine war'",
               "section kickers on each card ('Local News', 'World', 'Breaking')", "comment-count links ('0')", "'Advertisement' slot",
               "newsletter box 'Daily Headlines ... Sign up!'", "'Next Page' pagination", "aside 'Most Popular' with three local links", "cookie notice", "footer"],
  entries=[
  X(E("2022-03-04 14:10", "West Side parish fills a third truck for Ukraine",
      ["Volunteers at a Ukrainian Catholic parish on Buffalo's West Side packed bandages, baby formula and sleeping bags into a third tractor-trailer on Friday, bound for a warehouse on the Polish border."],
      "other", "humanitarian", 2, "buffalo-parish-aid-truck", a="Anna Kell"), sect="Local News", byline="By Anna Kell News Staff Reporter"),
  X(E("2022-03-04 12:20", "NATO turns down Ukraine's plea for a no-fly zone",
      ["NATO foreign ministers meeting in Brussels on Friday rejected Kyiv's request to close the skies over Ukraine, with the alliance's secretary general warning that shooting down Russian planes could pull Europe into a far wider war."],
      "diplomacy", "diplomacy", 3, "nato-rejects-no-fly-zone", a="LORNE VASEK"), sect="World", byline="By LORNE VASEK Associated Press", upd=True),
  X(E("2022-03-04 10:45", "UN rights council sets up inquiry into conduct of Russian forces",
      ["The United Nations Human Rights Council voted overwhelmingly on Friday to create a commission that will examine alleged violations committed during Russia's invasion, with only Russia and Eritrea voting against."],
      "diplomacy", "diplomacy", 2, "unhrc-ukraine-inquiry-vote", a="GRETA OSTBY"), sect="World", byline="By GRETA OSTBY Associated Press"),
  X(E("2022-03-04 08:30", "Russia cuts off Facebook and blocks foreign news sites",
      ["Russia's communications regulator restricted access to Facebook and to the websites of several foreign broadcasters on Friday, as lawmakers in Moscow approved prison terms for spreading what the government calls false information about the army."],
      "other", "politics", 2, "russia-blocks-facebook-foreign-media", a="PAVEL DORN"), sect="World", byline="By PAVEL DORN Associated Press"),
  X(E("2022-03-04 06:50", "Russian troops seize Ukrainian nuclear plant after overnight blaze",
      ["Russian forces took control of the Zaporizhzhia nuclear power station in southeastern Ukraine on Friday, hours after a fire broke out in a training building during fighting around the site."],
      "other", "frontline", 3, "zaporizhzhia-nuclear-plant-attack", a="LORNE VASEK", sec=["strikes"],
      n="Seizure after the shelling: same event as the two older cards; headline leads with the capture, so frontline, strikes secondary."),
    sect="World", byline="By LORNE VASEK Associated Press", upd=True),
  X(E("2022-03-03 23:55", "Plant fire out, radiation normal, Ukrainian officials say",
      ["Firefighters put out the blaze at the Zaporizhzhia nuclear plant early Friday local time, and the UN nuclear watchdog said none of the reactors' essential equipment appeared to have been damaged."],
      "strikes", "strikes", 3, "zaporizhzhia-nuclear-plant-attack", a="GRETA OSTBY", n="Local time Thursday 23:55 EST = 04:55 UTC Friday."),
    sect="World", byline="By GRETA OSTBY Associated Press"),
  X(E("2022-03-03 21:40", "Ukraine says Russian shelling has set nuclear plant on fire",
      ["A fire was burning at Europe's largest nuclear power plant after Russian troops shelled it overnight, the mayor of the nearby town of Enerhodar said, urging world leaders to press Moscow to stop."],
      "strikes", "strikes", 3, "zaporizhzhia-nuclear-plant-attack", a="The Associated Press", n="Local time Thursday 21:40 EST = 02:40 UTC Friday."),
    sect="Breaking", byline="By The Associated Press"),
  ]))

SEEDS.append(dict(id="6101", name="6101_commercialappeal-timeline", ext="txt", source="The Commercial Appeal", zone="America/Chicago", render=r_ca,
  title="Russia-Ukraine war timeline: US says Russian troops committed war crimes as Biden leaves for Europe",
  subtitle="How Wednesday unfolded, from Kyiv to Washington to Memphis. All times Central.",
  byline="Laura Ketner", published="2022-03-23 19:05", contrib="Contributing: The Associated Press; USA TODAY",
  lede=["President Joe Biden flew to Brussels on Wednesday ahead of back-to-back summits of NATO, the Group of Seven and the European Union, while his secretary of state formally accused Russian forces of war crimes.",
        "Here is how the day went, hour by hour."],
  notes="Imitates a Commercial Appeal (Gannett) timeline article copied as text. Oldest first. Entries have NO headlines: each is a paragraph that "
        "starts with a time and a colon ('9:35 p.m.: Ukraine's deputy ...'), some followed by a second paragraph; the stamp is the time without the colon. "
        "Day subheads 'Tuesday, March 22' and 'Wednesday, March 23' (no year; the year is in 'Published 7:05 p.m. CT March 23, 2022'). "
        "All times Central (CDT, UTC-5), so the two Tuesday-night entries are already 23 March in UTC. first_sentence is the text after 'TIME: '. "
        "One page byline (Laura Ketner) for every entry; 'Contributing:' line is chrome.",
  not_entries=["'Skip to main content', masthead, 'Subscribe for $1', 'Sign In'", "navigation line", "'NATION & WORLD' label", "title and the subtitle 'How Wednesday unfolded ... All times Central.'",
               "byline block 'Laura Ketner / Memphis Commercial Appeal' and the 'Published 7:05 p.m. CT March 23, 2022' line", "'View Comments' (twice)",
               "share labels 'Facebook  Twitter  Email  Share' (twice)", "intro paragraphs 'President Joe Biden flew to Brussels ...' and 'Here is how the day went, hour by hour.'",
               "day subheads 'Tuesday, March 22' and 'Wednesday, March 23' (structure)", "'Advertisement' and the Daily Briefing newsletter promo ('Sign up')",
               "'Contributing: The Associated Press; USA TODAY'", "footer links"],
  entries=[
  E("2022-03-22 21:35", None,
    ["Ukraine's deputy prime minister said Russian troops near Mariupol had detained a group of rescue workers and bus drivers who were trying to reach the besieged city with supplies.",
     "She said Kyiv was trying to secure their release, and that the convoy had been meant to bring several thousand residents out."],
    "other", "humanitarian", 2, "mariupol-convoy-workers-detained", a="Laura Ketner", n="Tuesday 21:35 CDT = 02:35 UTC Wednesday."),
  E("2022-03-22 23:50", None,
    ["Ukrainian forces have pushed Russian troops out of Makariv, a town west of Kyiv, the defense ministry in Kyiv said overnight."],
    "other", "frontline", 2, "makariv-retaken", a="Laura Ketner", n="Tuesday 23:50 CDT = 04:50 UTC Wednesday."),
  E("2022-03-23 04:15", None,
    ["Speaking by video to Japan's parliament, President Volodymyr Zelenskyy thanked Tokyo for its sanctions and asked Japanese companies to pull out of the Russian market.",
     "He also warned lawmakers that fighting near Ukraine's nuclear plants risked a disaster."],
    "diplomacy", "diplomacy", 3, "zelenskyy-addresses-japan-diet", a="Laura Ketner"),
  E("2022-03-23 07:30", None,
    ["Anatoly Chubais, a Kremlin envoy who helped design Russia's privatization program in the 1990s, has quit his post and left the country, according to people familiar with the matter.",
     "The Kremlin confirmed the resignation later in the morning but would not say where he had gone."],
    "other", "politics", 2, "chubais-quits-leaves-russia", a="Laura Ketner"),
  E("2022-03-23 08:50", None,
    ["Air Force One took off from Joint Base Andrews carrying Biden to Brussels, where NATO leaders meet Thursday.",
     "He travels on to Poland on Friday."],
    "diplomacy", "diplomacy", 3, "biden-europe-trip-nato-summit", a="Laura Ketner"),
  E("2022-03-23 10:10", None,
    ["Poland ordered 45 Russian diplomats out of the country, accusing them of spying under diplomatic cover.",
     "Russia's ambassador in Warsaw called the decision groundless and said Moscow would respond."],
    "diplomacy", "diplomacy", 2, "poland-expels-45-russian-diplomats", a="Laura Ketner", sec=["other"]),
  E("2022-03-23 13:20", None,
    ["Secretary of State Antony Blinken said the US government had formally concluded that members of Russia's armed forces committed war crimes in Ukraine, citing attacks on apartment blocks, schools and hospitals.",
     "The State Department said it would share its evidence with investigators in Europe and at the United Nations."],
    "diplomacy", "diplomacy", 3, "us-determines-russian-war-crimes", a="Laura Ketner"),
  E("2022-03-23 16:40", None,
    ["A Midtown church in Memphis said it had shipped 60 boxes of medical supplies to a partner parish near Lviv, its second shipment this month."],
    "other", "humanitarian", 2, "memphis-church-medical-shipment", a="Laura Ketner"),
  E("2022-03-23 18:25", None,
    ["Officials in Chernihiv said Russian strikes had destroyed the main bridge over the Desna River, cutting the city's route to Kyiv for food and medicine."],
    "strikes", "strikes", 2, "chernihiv-bridge-destroyed", a="Laura Ketner", n="18:25 CDT = 23:25 UTC, still 23 March."),
  ]))

SEEDS.append(dict(id="6102", name="6102_tennessean-article", ext="html", source="The Tennessean", zone="America/Chicago", render=r_tennessean,
  title="Russia loses seat on UN rights council as Kyiv presses NATO for heavier arms: What we know Thursday",
  byline="Dana Whitlow", published="2022-04-07 16:18", contrib="Contributing: Associated Press",
  lede=["The war in Ukraine entered its seventh week with Western governments moving to isolate Moscow further, while Ukrainian officials urged people in the east to leave before an expected Russian offensive.",
        "Here is what we know Thursday:"],
  notes="Imitates a Tennessean (Gannett) 'What we know' article, HTML with NewsArticle JSON-LD. One 'Published 4:18 p.m. CT April 7, 2022' line and "
        "no per-section times: one entry per h2 subhead, stamp null, published = the dateline (CDT, UTC-5, so 21:18 UTC). One page byline (Dana Whitlow). "
        "The lede and the 'Contributing' line are not entries.",
  not_entries=["skip link, masthead, navigation, Subscribe / Sign In", "'NEWS' label", "byline block 'Dana Whitlow / Nashville Tennessean'", "'Published 4:18 p.m. CT April 7, 2022' line",
               "share buttons and 'View Comments'", "lede paragraphs 'The war in Ukraine entered its seventh week ...' and 'Here is what we know Thursday:'",
               "newsletter promo 'Sign up for Tennessean Today ...'", "'Contributing: Associated Press'", "'Related' links", "footer"],
  entries=[
  E("2022-04-07 16:18", "UN General Assembly votes to suspend Russia from Human Rights Council",
    ["The UN General Assembly voted on Thursday to suspend Russia's membership of the Geneva-based Human Rights Council over reports of abuses by its troops in Ukraine.",
     "The resolution passed with 93 votes in favor and 24 against, while 58 countries abstained. Russia's deputy envoy called the vote an illegitimate, politically driven step and said Moscow was leaving the council anyway."],
    "diplomacy", "diplomacy", 3, "unga-suspends-russia-hrc", a="Dana Whitlow"),
  E("2022-04-07 16:18", "Kuleba asks NATO for heavy weapons, and fast",
    ["Ukraine's foreign minister arrived at NATO headquarters in Brussels with a short list of requests: artillery, armored vehicles, air defense and planes.",
     "He told reporters the allies could either help Ukraine now or watch a longer and bloodier war, and that timing mattered more than anything else.",
     "Several allies signaled afterward that they were open to sending heavier systems."],
    "aid", "aid", 3, "kuleba-nato-heavy-weapons-appeal", a="Dana Whitlow", sec=["diplomacy"]),
  E("2022-04-07 16:18", "Senate votes to strip Russia of normal trade status and ban its oil",
    ["The US Senate voted 100-0 on Thursday to end normal trade relations with Russia and Belarus, opening the way to higher tariffs on their goods.",
     "Senators also unanimously approved a bill that writes into law the ban on Russian oil imports that President Joe Biden announced last month. Both measures go to the House, which is expected to pass them quickly."],
    "diplomacy", "diplomacy", 3, "us-senate-russia-trade-status-oil-ban", a="Dana Whitlow", n="Trade status and import ban = sanctions -> diplomacy; a chamber's final vote on sanctions is a main development."),
  E("2022-04-07 16:18", "Ukraine tells eastern residents to go now",
    ["Regional officials in Luhansk and Donetsk urged civilians to leave while trains and buses were still running, warning that Russian forces were massing for an assault on the Donbas.",
     "Ukraine's deputy prime minister said people who stayed risked being cut off without food, water or power."],
    "other", "humanitarian", 2, "donbas-evacuation-call-2022-04-07", a="Dana Whitlow"),
  E("2022-04-07 16:18", "Kremlin spokesman concedes heavy losses",
    ["In an interview with a British broadcaster, Kremlin spokesman Dmitry Peskov acknowledged that Russian forces had suffered significant casualties, calling it a tragedy for the country.",
     "Russia last updated its official death toll in late March."],
    "other", "frontline", 2, "peskov-admits-significant-losses", a="Dana Whitlow"),
  E("2022-04-07 16:18", "Nashville volunteers send first-aid kits to Lviv",
    ["A group of Nashville nurses and church volunteers packed about 1,200 trauma kits this week for a hospital in Lviv, the western Ukrainian city that has become a refuge for people fleeing the fighting.",
     "Organizers said the shipment would leave from a warehouse in Antioch on Friday."],
    "other", "humanitarian", 2, "nashville-trauma-kits-lviv", a="Dana Whitlow"),
  ]))

SEEDS.append(dict(id="6103", name="6103_desmoinesregister-live", ext="txt", source="The Des Moines Register", zone="America/Chicago", render=r_dmr,
  parse_args=["--date", "2022-03-08"],
  title="Live updates: Biden bans Russian oil as Iowa gas prices hit a record",
  subtitle="Follow along for reaction from Iowa and the latest from the war in Ukraine.",
  notes="Imitates a Des Moines Register (Gannett) live-coverage module copied as text. Newest first. Each post: author line, then the stamp "
        "'Mar 8, 4:52 PM' (month and day, NO year, no zone), then the headline, body and 'Share'. The oldest post (7:05 AM) has no headline. "
        "The page prints no year anywhere (the footer with the copyright year was not captured), hence parse_args --date 2022-03-08. Zone is only implied "
        "by the paper's home: Iowa, Central time, CST (UTC-6) on 8 March (US daylight time began 13 March). Per-post authors.",
  not_entries=["'Skip to main content', masthead, Subscribe / Sign In", "navigation line", "'IOWA POLITICS' label", "title and the subtitle 'Follow along for reaction ...'",
               "'View Comments'", "'Live coverage' and the 'Newest first  Oldest first' toggle", "'Share' after every post", "'Advertisement'", "'Load more updates'",
               "newsletter promo 'Get the Iowa Politics newsletter' / 'Sign up'"],
  entries=[
  E("2022-03-08 16:52", "Grassley and Ernst back oil ban, push for more U.S. drilling",
    ["Iowa's two Republican senators welcomed the president's decision to halt imports of Russian oil but said the administration should also speed up permits for pipelines and drilling at home.",
     "Ernst said the ban should have come weeks ago; Grassley called it overdue."],
    "diplomacy", "diplomacy", 2, "iowa-senators-oil-ban-reaction", a="Brianne Holt", sec=["other"],
    n="Senators' own statements on the sanctions (a separate statement, not the announcement itself)."),
  E("2022-03-08 15:30", "Iowa's average gas price sets a record",
    ["The average price of a gallon of regular in Iowa climbed to $4.02 on Tuesday, the highest ever recorded in the state, according to the motor club AAA.",
     "Station owners in Des Moines said prices had jumped almost 60 cents in a week as oil markets reacted to the war."],
    "other", "politics", 2, "iowa-gas-price-record", a="Eli Sandoval", n="War-driven local fuel prices: other (politics), not off-beat."),
  E("2022-03-08 13:15", "Poland offers its MiG fighters to the US",
    ["Poland said it was ready to fly all of its MiG-29 jets to the American air base at Ramstein in Germany and hand them to the United States, which could then pass them to Ukraine.",
     "The Pentagon said later that it had not been consulted and did not consider the plan workable."],
    "aid", "aid", 3, "poland-mig29-offer", a="Brianne Holt"),
  E("2022-03-08 10:05", "Biden bans imports of Russian oil, gas and coal",
    ["President Joe Biden announced on Tuesday that the United States would stop importing Russian oil, liquefied natural gas and coal, saying Americans would not help pay for Vladimir Putin's war.",
     "He acknowledged the move would push up prices at the pump and said his administration would work to limit the pain."],
    "diplomacy", "diplomacy", 3, "us-bans-russian-oil-imports", a="Eli Sandoval"),
  E("2022-03-08 08:40", "Civilians leave Sumy along first agreed corridor",
    ["Buses carrying residents of Sumy, including foreign students, left the northeastern city on Tuesday along a route both sides had agreed to keep open, Ukrainian officials said.",
     "An airstrike on a residential area of the city the night before killed at least 20 people, according to regional authorities."],
    "other", "humanitarian", 2, "sumy-humanitarian-corridor", a="Kate Lindner", sec=["strikes"]),
  E("2022-03-08 07:45", "Farmers brace for costlier fertilizer",
    ["Iowa corn growers who have not yet locked in their fertilizer for spring are facing prices that have roughly doubled since last year, and the war is likely to push them higher still, agronomists at Iowa State University said.",
     "Russia and Belarus are among the world's largest exporters of potash and nitrogen products."],
    "other", "politics", 2, "iowa-fertilizer-prices-war", a="Kate Lindner", n="War-driven farm input prices: other (politics), not off-beat."),
  E("2022-03-08 07:05", None,
    ["Ukrainian officials reported heavy shelling overnight in Irpin and other suburbs west of Kyiv, where residents have been fleeing across a makeshift crossing under a destroyed bridge.",
     "We'll be following the war and what it means for Iowa throughout the day."],
    "strikes", "strikes", 2, "irpin-shelling-2022-03-08", a="Kate Lindner", n="Opening post without a headline."),
  ]))

SEEDS.append(dict(id="6104", name="6104_timestranscript-latest", ext="html", source="Times & Transcript", zone="America/Moncton", render=r_tt,
  title="The latest on the Russia-Ukraine war: Rockets hit Lviv as Biden speaks in Warsaw", updated="2022-03-26 16:45",
  intro="Developments on the war in Ukraine, updated through the day. (All times Atlantic)",
  notes="Imitates a Times & Transcript (Brunswick News, tj.news) article page carrying The Canadian Press's running list of developments, HTML with "
        "NewsArticle JSON-LD. Oldest first. Each item: h3 headline, THEN a bold time line ('6:05 a.m.', stamp after the headline), paragraphs and a '___' "
        "separator. The items' times carry no zone; the page says '(All times Atlantic)' and 'Updated 4:45 p.m. ADT' (UTC-3 on 26 March). Agency byline "
        "'The Canadian Press' is every item's author. The last two Biden items are one story (the speech and the White House clarification of it).",
  not_entries=["top bar (tj.news, Subscribe, Sign in, E-Edition)", "masthead and navigation", "'World' section label", "byline 'The Canadian Press'",
               "date line 'Published Saturday, March 26, 2022 · Updated 4:45 p.m. ADT'", "share links", "intro 'Developments on the war in Ukraine, updated through the day. (All times Atlantic)'",
               "'___' separators", "'ADVERTISEMENT'", "closing line 'This report by The Canadian Press was first published March 26, 2022.'", "'More from Moncton' links", "footer"],
  entries=[
  E("2022-03-26 06:05", "Russian troops occupy Slavutych; residents rally in the square",
    ["Russian forces entered Slavutych, the town built for workers of the Chornobyl nuclear plant, and briefly detained its mayor, Ukrainian regional officials said.",
     "Hundreds of residents gathered in the central square waving Ukrainian flags, and soldiers fired into the air to disperse them."],
    "other", "frontline", 2, "slavutych-occupied", a="The Canadian Press"),
  E("2022-03-26 08:40", "Kharkiv research reactor site shelled again, Ukraine says",
    ["Ukraine's nuclear regulator said Russian shelling had again hit the grounds of an experimental neutron source at a physics institute in Kharkiv, though radiation levels were unchanged."],
    "strikes", "strikes", 2, "kharkiv-research-reactor-shelled", a="The Canadian Press"),
  E("2022-03-26 10:35", "Rockets strike fuel depot on edge of Lviv",
    ["Plumes of black smoke rose over Lviv in western Ukraine after rockets hit a fuel storage site on the city's eastern outskirts, the regional governor said.",
     "Five people were injured, he said, while a second strike damaged an industrial building in another part of the city."],
    "strikes", "strikes", 3, "lviv-fuel-depot-strike-2022-03-26", a="The Canadian Press"),
  E("2022-03-26 12:20", "Biden meets Ukraine's foreign and defence ministers in Warsaw",
    ["Biden sat down with Ukrainian Foreign Minister Dmytro Kuleba and Defence Minister Oleksii Reznikov at a hotel in the Polish capital, the first face-to-face meeting between the president and senior Ukrainian officials since the invasion."],
    "diplomacy", "diplomacy", 3, "biden-meets-kuleba-reznikov-warsaw", a="The Canadian Press"),
  E("2022-03-26 14:05", "Biden says Putin should not remain in power",
    ["Closing a speech at Warsaw's Royal Castle, Biden said Putin could not be allowed to stay in power, a line that was not in the prepared text.",
     "The speech cast the war as part of a long contest between democracy and autocracy."],
    "diplomacy", "diplomacy", 3, "biden-warsaw-speech-putin-power", a="The Canadian Press"),
  E("2022-03-26 14:50", "White House: Biden was not calling for regime change",
    ["A White House official said minutes after the speech that Biden's point was that Putin could not exercise power over his neighbours, not that Washington sought a change of government in Moscow."],
    "diplomacy", "diplomacy", 3, "biden-warsaw-speech-putin-power", a="The Canadian Press", n="Clarification whose content is the speech itself: same story."),
  E("2022-03-26 16:30", "Moncton group raises $40,000 for families fleeing war",
    ["A Ukrainian community association in Moncton said Saturday that a week of bake sales, concerts and online donations had raised more than $40,000 for families who have fled to Poland and Moldova."],
    "other", "humanitarian", 2, "moncton-ukrainian-fundraiser", a="The Canadian Press"),
  ]))

SEEDS.append(dict(id="6105", name="6105_examiner-live", ext="txt", source="The Examiner", zone="Australia/Hobart", render=r_examiner,
  title="Russia-Ukraine war: Mariupol defenders defy surrender call on Easter Sunday", byline="Kerrie Dunn",
  lede=["Russia has given the last Ukrainian troops in Mariupol a deadline to surrender, while Kharkiv came under renewed shelling. Follow our coverage below."],
  notes="Imitates an Examiner (Launceston, Australian Community Media) 'as it happened' article copied as text. Oldest first. Day headers WITHOUT year "
        "('Sunday, April 17', 'Monday, April 18'); the year is only in the header line 'Updated April 18 2022 - 8:55am, first published April 17 2022 - 10:50am'. "
        "Stamps '10.50am' with no zone: Tasmania, AEST (UTC+10; daylight saving ended 3 April), so the whole page, from Sunday 10.50am to Monday 8.55am local, "
        "is 17 April in UTC (local midnight crossed). Two posts have no headline (10.50am and 9.10pm). One page byline (Kerrie Dunn). The 9.10pm post "
        "(deadline passed) continues the 1.35pm ultimatum story.",
  not_entries=["'Skip to content', masthead, 'Launceston, Tasmania', 'Subscribe now', 'Login'", "navigation line", "'World' section label", "byline 'Kerrie Dunn'",
               "header line 'Updated April 18 2022 - 8:55am, first published April 17 2022 - 10:50am'", "'Share' and share links",
               "intro paragraph 'Russia has given the last Ukrainian troops ...'", "'As it happened'", "day headers 'Sunday, April 17' and 'Monday, April 18' (structure)",
               "'Advertisement' and the mid-page newsletter line", "closing 'Comments', newsletter sign-up, footer links, 'Australian Community Media'"],
  entries=[
  E("2022-04-17 10:50", None,
    ["Air raid sirens sounded across much of Ukraine overnight and explosions were reported in Kyiv's eastern Darnytskyi district, where the city's mayor said rescue crews had been sent.",
     "There was no immediate information on casualties."],
    "strikes", "strikes", 2, "kyiv-darnytskyi-explosions-2022-04-17", a="Kerrie Dunn", n="Opening post without a headline."),
  E("2022-04-17 13:35", "Russia gives Mariupol defenders a surrender deadline",
    ["Russia's defence ministry told Ukrainian fighters still holding out in Mariupol's Azovstal steelworks to lay down their weapons by 1pm Moscow time, promising to spare the lives of those who gave up.",
     "It claimed its forces had cleared the rest of the city, which Ukraine disputes."],
    "other", "frontline", 3, "mariupol-surrender-ultimatum", a="Kerrie Dunn"),
  E("2022-04-17 20:25", "Pope uses Easter blessing to plead for peace",
    ["Pope Francis called for an Easter truce and a negotiated end to the fighting, telling tens of thousands of people in St Peter's Square that Ukraine had been dragged into a cruel and senseless war."],
    "diplomacy", "diplomacy", 2, "pope-easter-peace-appeal", a="Kerrie Dunn"),
  E("2022-04-17 21:10", None,
    ["The Moscow deadline passed without any sign of a surrender, and Ukraine's prime minister said the city's defenders would fight to the end."],
    "other", "frontline", 3, "mariupol-surrender-ultimatum", a="Kerrie Dunn", n="Headline-less follow-up of the 1.35pm ultimatum post: same story."),
  E("2022-04-17 23:30", "Shelling kills five in Kharkiv",
    ["Five people were killed and at least a dozen wounded when Russian shells hit residential streets in Kharkiv on Sunday afternoon, the regional governor said."],
    "strikes", "strikes", 3, "kharkiv-shelling-2022-04-17", a="Kerrie Dunn"),
  E("2022-04-18 00:45", "Zelensky: no deal that gives up the east",
    ["Volodymyr Zelensky said in an interview with an American network that Ukraine was not prepared to surrender territory in the Donbas to end the war.",
     "He added that he did not believe Russia would stop once it had taken the east."],
    "diplomacy", "diplomacy", 2, "zelensky-rejects-ceding-donbas", a="Kerrie Dunn", n="Monday 00:45 AEST = 14:45 UTC Sunday."),
  E("2022-04-18 06:40", "Tasmanian host families ready for first arrivals",
    ["Launceston families who signed up to host Ukrainians fleeing the war expect the first arrivals within weeks, a community group coordinating the program said."],
    "other", "humanitarian", 2, "tasmania-ukrainian-host-families", a="Kerrie Dunn"),
  E("2022-04-18 08:55", "Kyiv finishes EU membership questionnaire",
    ["Ukraine has completed the first part of the European Union's membership questionnaire, a senior official in Kyiv said, days after the bloc's top official handed it over in person."],
    "diplomacy", "diplomacy", 2, "ukraine-eu-questionnaire", a="Kerrie Dunn", n="Monday 08:55 AEST = 22:55 UTC Sunday."),
  ]))

SEEDS.append(dict(id="6106", name="6106_nottinghampost-live", ext="txt", source="Nottingham Post", zone="Europe/London", render=r_nottingham,
  title="Russia Ukraine war live: Odesa missile strike kills eight as Zelensky says US ministers will visit Kyiv",
  standfirst="Live updates from Ukraine on Saturday, April 23, as Russian missiles hit Odesa on the eve of Orthodox Easter",
  byline="Liam Barnes", role="Live Reporter", updated="2022-04-23 19:12",
  notes="Imitates a Nottingham Post (Reach plc) live blog copied as text. Newest first. A 'Key Events' box lists the headlines of the two key posts; "
        "those posts also carry a 'KEY EVENT' label (treated as the page's Key Points block). Each post: bare 'HH:MM' (UK time implied: BST, UTC+1), "
        "optional 'KEY EVENT', headline, body. One page byline (Liam Barnes, Live Reporter). Two Odesa posts (13:05 first report, 17:20 toll of eight) "
        "are one story. The Reach newsletter sign-up block and 'Read More / Related Articles' link are chrome.",
  not_entries=["masthead 'Nottingham Post', 'Skip to main content', navigation line", "'Nottingham News' label", "standfirst 'Live updates from Ukraine on Saturday, April 23, ...'",
               "byline 'Liam Barnes' / 'Live Reporter'", "'Updated 19:12, 23 APR 2022'", "'Bookmark', 'Comments', 'News'",
               "newsletter sign-up block ('Get the biggest stories of the day ...' to 'Show me')", "'Key Events' box (its lines repeat two post headlines)", "'Show Key Events only'",
               "'KEY EVENT' labels", "'Advertisement', 'Read More', 'Related Articles' and the road-resurfacing link", "'Load more'", "footer"],
  entries=[
  E("2022-04-23 19:05", "Zelensky says US secretaries of state and defence will visit Kyiv on Sunday",
    ["Volodymyr Zelensky told a news conference in a Kyiv metro station that Antony Blinken and Lloyd Austin would arrive in the capital tomorrow.",
     "Washington has not confirmed the trip, which would be the most senior American visit since the invasion."],
    "diplomacy", "diplomacy", 3, "blinken-austin-kyiv-visit", a="Liam Barnes", kp=True),
  E("2022-04-23 17:20", "Odesa strike: eight dead including three-month-old baby",
    ["The number of people killed by Russian missiles in Odesa has risen to eight, among them a three-month-old girl, Ukrainian officials said.",
     "Around 18 people were wounded when missiles hit a military facility and two residential buildings, according to the president's office."],
    "strikes", "strikes", 3, "odesa-missile-strike-2022-04-23", a="Liam Barnes", kp=True),
  E("2022-04-23 15:40", "Nottingham families open their homes",
    ["More than 300 households in Nottinghamshire have now registered to host Ukrainian refugees, the county council said, though families told us visa delays were keeping many guests stuck in Poland."],
    "other", "humanitarian", 2, "nottinghamshire-refugee-hosts", a="Liam Barnes"),
  E("2022-04-23 14:10", "UN chief to see Putin in Moscow on Tuesday",
    ["Antonio Guterres will meet Vladimir Putin in Moscow next week before travelling on to Kyiv, the United Nations said."],
    "diplomacy", "diplomacy", 3, "guterres-moscow-kyiv-trip", a="Liam Barnes", n="UN Secretary-General's visits to both capitals: a main diplomatic move."),
  E("2022-04-23 13:05", "Missiles hit Odesa",
    ["Several explosions have been heard in Odesa on the Black Sea coast, and the regional administration says a missile attack hit the city.",
     "There are early reports of casualties."],
    "strikes", "strikes", 3, "odesa-missile-strike-2022-04-23", a="Liam Barnes", n="First report of the strike updated at 17:20: same story."),
  E("2022-04-23 11:30", "Moldova summons Russian envoy over general's remarks",
    ["Moldova's foreign ministry summoned Russia's ambassador after a senior Russian commander said taking southern Ukraine would open a route to the breakaway region of Transnistria."],
    "diplomacy", "diplomacy", 2, "moldova-summons-russian-envoy-transnistria", a="Liam Barnes"),
  E("2022-04-23 09:15", "Fresh Mariupol evacuation attempt fails, Ukraine says",
    ["A planned evacuation of women, children and elderly people from Mariupol did not go ahead on Saturday, Ukraine's deputy prime minister said, blaming Russian forces for failing to hold fire."],
    "other", "humanitarian", 2, "mariupol-evacuation-attempt-2022-04-23", a="Liam Barnes"),
  E("2022-04-23 07:50", "Defence intelligence: Russia still lacks control of the skies",
    ["Russia has still not gained control of the air over Ukraine, the UK Ministry of Defence said in its latest intelligence update, which also said Ukrainian forces were holding off attacks in the Donbas."],
    "other", "frontline", 2, "uk-mod-update-2022-04-23", a="Liam Barnes"),
  ]))

SEEDS.append(dict(id="6107", name="6107_hulldailymail-live", ext="html", source="Hull Daily Mail", zone="Europe/London", render=r_hull,
  title="Ukraine war live: last civilians leave Azovstal as Russia readies Victory Day", updated="2022-05-07 20:18",
  standfirst="Follow the latest from Ukraine on Saturday, May 7, including the evacuation of Mariupol's steelworks",
  notes="Imitates a Hull Daily Mail (Reach plc) live blog, HTML with LiveBlogPosting JSON-LD (per-update datePublished in UTC and author). Newest first. "
        "Each post prints its h3 headline FIRST and then the bare time and the reporter's name (stamp after the headline). UK time implied (BST, UTC+1). "
        "The 'Key Events' heading is present but empty (no headlines listed), so key_point is false everywhere. Per-post authors.",
  not_entries=["masthead and navigation", "'Hull News' label", "standfirst 'Follow the latest from Ukraine on Saturday, May 7, ...'", "'Updated 20:18, 7 MAY 2022'",
               "share links and 'Comments'", "newsletter sign-up block", "empty 'Key Events' heading and 'Show Key Events only'",
               "'Read More' box with the stolen-van link", "footer"],
  entries=[
  E("2022-05-07 20:10", "Luhansk governor: village school hit by bomb with dozens sheltering inside",
    ["A Russian aircraft dropped a bomb on a school in the village of Bilohorivka where about 90 people had been sheltering, the governor of Luhansk region said.",
     "Rescuers had pulled 30 people out alive by the evening, and he said he feared many of the others were dead."],
    "strikes", "strikes", 3, "bilohorivka-school-bombing", a="Jessica Todd"),
  E("2022-05-07 18:25", "All women, children and elderly out of Azovstal, says deputy PM",
    ["Ukraine's deputy prime minister said every woman, child and elderly person had now been evacuated from the Azovstal steelworks in Mariupol.",
     "The next stage, she said, would be getting the wounded and medics out."],
    "other", "humanitarian", 3, "azovstal-civilians-evacuated", a="Ben Corry", n="End of the civilian evacuation from the besieged plant: a main development."),
  E("2022-05-07 16:00", "Hull volunteers' van convoy reaches Polish border",
    ["Five vans loaded with generators, nappies and tinned food by volunteers in east Hull have arrived at a collection point near the Polish-Ukrainian border after a three-day drive."],
    "other", "humanitarian", 2, "hull-van-convoy-poland", a="Jessica Todd"),
  E("2022-05-07 14:30", "Missiles hit Odesa as Russia steps up attacks in the south",
    ["Four cruise missiles struck Odesa on Saturday afternoon, damaging a furniture factory and a residential area, Ukraine's southern military command said.",
     "It said there were no deaths."],
    "strikes", "strikes", 2, "odesa-missile-strike-2022-05-07", a="Ben Corry"),
  E("2022-05-07 12:15", "Ukraine claims Russia is clearing Mariupol streets for a Victory Day parade",
    ["Ukrainian military intelligence says Russian forces are rushing to clear debris and bodies from central Mariupol so that a parade can be held there on May 9."],
    "other", "politics", 2, "mariupol-victory-day-parade-claim", a="Jessica Todd"),
  E("2022-05-07 10:40", "G7 leaders to hold video call with Zelensky",
    ["Leaders of the G7 will speak to Volodymyr Zelensky by video on Sunday, Germany's government said."],
    "diplomacy", "diplomacy", 2, "g7-zelensky-call-may8", a="Ben Corry"),
  E("2022-05-07 09:05", "Ukraine says drone destroyed Russian landing craft near Snake Island",
    ["Ukraine's defence ministry published footage it said showed a drone strike sinking a Russian landing craft moored at Snake Island in the Black Sea."],
    "strikes", "strikes", 2, "snake-island-landing-craft-strike", a="Ben Corry"),
  ]))

SEEDS.append(dict(id="6108", name="6108_guardianng-feed", ext="xml", source="The Guardian (Nigeria)", zone="Africa/Lagos", render=r_guardianng,
  title="World Archives - The Guardian Nigeria News - Nigeria and World News", build="Wed, 30 Mar 2022 21:52:08 +0000",
  notes="Imitates The Guardian (Nigeria)'s WordPress category feed, RSS 2.0. Newest first. pubDate is printed in +0000; published_local uses the paper's "
        "home zone, Lagos (WAT, UTC+1). dc:creator holds the agency or the reporter ('AFP', 'Reuters', a staff name). description = a 28-word excerpt with "
        "'[…]' plus the WordPress line 'The post … appeared first on …'; content:encoded = the full paragraphs plus the same line. One off-beat item (Ghana levy).",
  not_entries=["channel title, links, description, lastBuildDate, generator and sy: update fields", "the description excerpts (truncated duplicates of the first paragraph)",
               "the 'The post … appeared first on The Guardian Nigeria News - Nigeria and World News.' line in every item", "category tags", "comment links and counts"],
  entries=[
  X(E("2022-03-30 22:40", "Mykolaiv toll rises to 15 after strike on regional government building",
      ["The number of people killed when a Russian missile tore through the regional administration building in the southern Ukrainian city of Mykolaiv rose to 15 on Wednesday, emergency services said.",
       "Rescuers were still searching the rubble a day after the strike, which left a gaping hole in the middle of the nine-storey building."],
      "strikes", "strikes", 3, "mykolaiv-administration-strike", a="AFP"), cats=["News", "World"]),
  X(E("2022-03-30 19:25", "Nigerian students back from Ukraine seek transfers to local universities",
      ["Nigerian medical and engineering students who fled Ukraine last month have asked the federal government to help them continue their studies at home or in other countries.",
       "A spokesman for the returnees said more than 2,000 students were waiting for a decision."],
      "other", "humanitarian", 2, "nigerian-students-ukraine-transfers", a="Chinedu Okafor"), cats=["News", "Nigeria", "World"]),
  X(E("2022-03-30 16:50", "Chernihiv shelled through the night despite Russian pledge, governor says",
      ["Russian forces shelled Chernihiv overnight, the regional governor said on Wednesday, a day after Moscow promised to scale back military activity around the city and Kyiv."],
      "strikes", "strikes", 2, "chernihiv-shelling-2022-03-30", a="Reuters"), cats=["News", "World"]),
  X(E("2022-03-30 14:10", "Kremlin sees nothing promising yet from Istanbul talks",
      ["The Kremlin said on Wednesday there had been no breakthrough at the peace talks in Istanbul, cooling hopes raised a day earlier when the negotiators reported progress.",
       "Ukraine's proposals, which include neutrality in exchange for security guarantees, were being studied, a spokesman said."],
      "diplomacy", "diplomacy", 3, "istanbul-talks-kremlin-reaction", a="AFP"), cats=["News", "World"]),
  X(E("2022-03-30 11:35", "Flour millers warn of bread price rise as war disrupts wheat",
      ["Nigerian flour millers said the cost of imported wheat had risen by about a third since the start of the war in Ukraine and warned that bread prices would follow."],
      "other", "politics", 2, "nigeria-wheat-bread-prices", a="Adaeze Nwankwo", n="War-driven food prices at home: other (politics), not off-beat."), cats=["Business", "News", "World"]),
  X(E("2022-03-30 09:15", "Belgium, Netherlands and Ireland order Russian diplomats out",
      ["Belgium, the Netherlands and Ireland told a total of 38 Russian diplomats to leave, accusing them of activities incompatible with their status, in moves announced on Tuesday."],
      "diplomacy", "diplomacy", 2, "eu-states-expel-russian-diplomats-2022-03-29", a="Reuters"), cats=["News", "World"]),
  X(OFF("2022-03-30 07:05", "Ghana's parliament approves electronic transfer levy",
        ["Ghana's parliament passed a contested 1.5 percent levy on electronic transactions after the opposition walked out of the chamber."],
        "ghana-e-levy-passed", a="Guardian Nigeria", n="Ghanaian tax law."), cats=["Africa", "News", "World"]),
  ]))

SEEDS.append(dict(id="6109", name="6109_kuna-feed", ext="xml", source="KUNA", zone="Asia/Kuwait", render=r_kuna,
  title="KUNA : International News",
  notes="Imitates the Kuwait News Agency's English international feed, RSS 2.0. Newest first. pubDate in Kuwait time (+0300). No bylines: author null. "
        "Each description opens with the agency dateline ('KYIV, March 13 (KUNA) -- '), kept as part of the first sentence, and ends with an '(end)' line "
        "and desk initials ('ao.gta'), which are not body paragraphs. The newest item is dated 13 March in Kuwait (00:40 +0300) and in its dateline, but it is "
        "21:40 UTC on 12 March (local midnight crossed). One off-beat item (a Kuwaiti protocol call).",
  not_entries=["channel title, link, description, language, copyright, image", "the '(end)' line closing every item", "desk initials after '(end)' ('ao.gta', 'mn.sd', ...)"],
  entries=[
  X(E("2022-03-13 00:40", "Ukraine says Mariupol mosque sheltering civilians shelled",
      ["KYIV, March 13 (KUNA) -- Ukraine's foreign ministry said late Saturday that Russian forces had shelled a mosque in the besieged city of Mariupol where more than 80 people, including Turkish citizens and children, were sheltering.",
       "There was no immediate word on casualties, and Moscow did not comment on the claim."],
      "strikes", "strikes", 3, "mariupol-mosque-shelling", n="Kuwait 00:40 on 13 March = 21:40 UTC on 12 March."), desk="ao.gta"),
  X(E("2022-03-12 21:15", "Macron, Scholz urge Putin to agree immediate ceasefire",
      ["PARIS, March 12 (KUNA) -- French President Emmanuel Macron and German Chancellor Olaf Scholz pressed Russian President Vladimir Putin in a phone call on Saturday to agree to an immediate ceasefire in Ukraine, the Elysee Palace said.",
       "The three leaders agreed to stay in contact, it said, without giving further details."],
      "diplomacy", "diplomacy", 3, "macron-scholz-putin-call-2022-03-12"), desk="ws.rk"),
  X(E("2022-03-12 18:30", "Kuwait dispatches relief supplies for Ukrainian refugees",
      ["KUWAIT, March 12 (KUNA) -- A Kuwaiti aircraft loaded with 40 tonnes of food, blankets and medical supplies left for Poland on Saturday to help people who have fled the war in Ukraine, the Kuwait Red Crescent Society said."],
      "aid", "aid", 2, "kuwait-relief-flight-ukrainian-refugees", n="Humanitarian support for refugees from Ukraine -> aid."), desk="mn.sd"),
  X(E("2022-03-12 16:05", "Moscow says Western arms convoys in Ukraine are legitimate targets",
      ["MOSCOW, March 12 (KUNA) -- Russia's deputy foreign minister warned on Saturday that convoys carrying Western weapons into Ukraine would be treated as legitimate military targets."],
      "aid", "aid", 2, "russia-warns-western-arms-convoys", sec=["diplomacy"], n="Headline is about arms supply to Ukraine (a threat against it, no attack yet): aid, diplomacy secondary."), desk="ag.bs"),
  X(E("2022-03-12 13:20", "Melitopol residents rally for detained mayor",
      ["ZAPORIZHZHIA, Ukraine, March 12 (KUNA) -- Hundreds of residents of the occupied city of Melitopol gathered outside the city administration on Saturday to demand the release of their mayor, who Ukrainian officials say was seized by Russian soldiers a day earlier."],
      "other", "humanitarian", 2, "melitopol-mayor-detained"), desk="ao.gta"),
  X(OFF("2022-03-12 11:10", "Kuwait Crown Prince receives outgoing Bahraini ambassador",
        ["KUWAIT, March 12 (KUNA) -- His Highness the Crown Prince Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah received at Bayan Palace on Saturday the outgoing ambassador of the Kingdom of Bahrain, who paid a farewell call."],
        "kuwait-crown-prince-bahrain-envoy", n="Kuwaiti protocol news."), desk="hm.rk"),
  X(E("2022-03-12 06:45", "Russian strikes widen to western Ukraine and Dnipro",
      ["KYIV, March 12 (KUNA) -- Russian missiles hit airfields near the western cities of Lutsk and Ivano-Frankivsk and a factory district in Dnipro on Friday, Ukrainian officials said, the first strikes on those cities since the invasion began."],
      "strikes", "strikes", 3, "russian-strikes-lutsk-ivano-frankivsk-dnipro", n="Kuwait 06:45 = 03:45 UTC."), desk="ws.rk"),
  ]))


# ============================================================ PART B, day 1: 2022-04-02 (UTC)

SEEDS.append(dict(id="6120", name="6120_brackwater-textlive", ext="txt", source="Brackwater Courier", zone="Europe/London", render=r_brackwater, day="day1",
  title="Ukraine war live: bodies found in Bucha as Kyiv says capital region retaken",
  team="Live reporting by Ruth Calder (RC) and Omar Haddad (OH)",
  lede="Russian forces have pulled back from the towns around Kyiv, and what they left behind is coming into view.",
  notes="Invented UK outlet; text live blog. Newest first. Date line 'Saturday 2 April 2022'; 'Key Points' list with bullet lines naming two post headlines. "
        "Stamps '6.30pm BST' on their own line before the headline. Posts are signed with initials ('\u2013 RC'); the header expands them, so author = the full "
        "name. The photo teaser has no body. The explainer is the day's theme piece. Bucha toll here: at least 20 bodies on one street.",
  not_entries=["masthead and navigation", "title and date line 'Saturday 2 April 2022'", "'Live reporting by Ruth Calder (RC) and Omar Haddad (OH)'", "lede 'Russian forces have pulled back ...'",
               "'Key Points' list (its bullets repeat two post headlines)", "'Refresh for the latest updates'", "initials sign-offs '\u2013 RC' / '\u2013 OH'", "'Advertisement'",
               "'Yesterday's live coverage is here'", "footer"],
  entries=[
  X(E("2022-04-02 18:30", "Ukraine says entire Kyiv region back under its control",
      ["Ukraine's deputy defence minister, Hanna Maliar, said on Saturday that Ukrainian troops had retaken every town and village around the capital after Russian units pulled back towards Belarus.",
       "The claim could not be independently verified, but reporters who travelled north of Kyiv found Russian positions abandoned and burned-out armour by the roadside."],
      "other", "frontline", 3, "kyiv-region-retaken", a="Ruth Calder", kp=True), ini="RC"),
  X(E("2022-04-02 17:45", "Photos: Irpin residents pick through the ruins", [], "other", "frontline", 1, "kyiv-region-retaken", a="Omar Haddad",
      n="Photo teaser without body: importance 1, under the story it illustrates (the towns retaken around Kyiv)."), ini="OH"),
  X(E("2022-04-02 16:20", "Bodies line a street in Bucha after Russian pull-out",
      ["Journalists who entered Bucha, a commuter town north-west of Kyiv, on Saturday saw at least 20 bodies of men in civilian clothes lying along a single street.",
       "One of the dead had his hands tied behind his back, according to a photographer at the scene. The town's mayor said the victims had been shot.",
       "Russia's defence ministry has not commented."],
      "other", "humanitarian", 3, "bucha-civilian-bodies", a="Omar Haddad", kp=True, n="Toll at this point: at least 20 on one street."), ini="OH"),
  X(E("2022-04-02 14:05", "Pope says a trip to Kyiv is under consideration",
      ["Pope Francis told reporters on the papal plane to Malta that a visit to the Ukrainian capital was on the table, without saying when it might happen."],
      "diplomacy", "diplomacy", 2, "pope-considers-kyiv-visit", a="Ruth Calder"), ini="RC"),
  X(E("2022-04-02 12:40", "Negotiator says drafts advanced enough for Zelensky-Putin meeting",
      ["Ukraine's chief negotiator, David Arakhamia, said draft documents from the peace talks had progressed far enough for the two presidents to meet, and that Russia had agreed verbally to most of Kyiv's positions.",
       "Only Crimea remained outside that understanding, he told Ukrainian television."],
      "diplomacy", "diplomacy", 3, "peace-talks-drafts-leaders-meeting", a="Omar Haddad"), ini="OH"),
  X(E("2022-04-02 10:15", "Pentagon sets out $300m package including Switchblade drones",
      ["The US Defense Department has described a $300m package of equipment for Ukraine that includes laser-guided rocket systems, Switchblade loitering munitions, night-vision devices and medical supplies.",
       "Unlike earlier deliveries, the kit will be bought from industry rather than drawn from American stocks, so it will take longer to arrive."],
      "aid", "aid", 3, "us-300m-usai-package", a="Ruth Calder"), ini="RC"),
  X(E("2022-04-02 08:30", "Explainer: why evacuation corridors keep breaking down",
      ["Almost every promised humanitarian corridor out of Mariupol has failed since early March, and the reasons go beyond bad faith.",
       "Each route needs both armies to agree its path, its timing and who may travel, and a single unit that has not received the order can stop a convoy.",
       "Aid groups also say Russian checkpoints insist on searching every vehicle, turning a few hours' drive into several days."],
      "other", "humanitarian", 2, "explainer-humanitarian-corridors", a="Omar Haddad", n="Theme piece (explainer); its own story, not the Mariupol evacuation news."), ini="OH"),
  ]))

SEEDS.append(dict(id="6121", name="6121_kestrowe-htmllive", ext="html", source="Kestrowe Live", zone="Europe/Kyiv", render=r_kestrowe, day="day1", jsonld=True,
  title="Russian forces leave Kyiv region: live updates, 2 April", url="https://kestrowe.example/live/2022-04-02",
  lede="Our reporters in Kyiv, Poltava and Zaporizhzhia follow the day as Russian troops withdraw from the north.",
  notes="Invented Kyiv outlet; HTML live page. Oldest first. Per post: <time datetime='...+03:00'>09:10</time> plus the author, then the h2 headline. "
        "Date header 'Saturday, 2 April 2022' and 'Kyiv time (EEST)'. LiveBlogPosting JSON-LD with per-update datePublished and author (agrees with the page). "
        "The 18:40 post repeats the 09:10 refinery post nearly word for word (duplicate_of). Bucha toll here: 280 buried in mass graves (the day's latest figure).",
  not_entries=["cookie bar", "header and navigation", "title 'Russian forces leave Kyiv region: live updates, 2 April'", "lede 'Our reporters in Kyiv, ...'",
               "day header 'Saturday, 2 April 2022' and 'Kyiv time (EEST)'", "'Share' / 'Copy link' under every post", "donation box 'Independent journalism from Ukraine depends on you ...'", "footer"],
  entries=[
  E("2022-04-02 09:10", "Missiles hit oil refinery in Kremenchuk",
    ["Russian missiles struck the oil refinery in Kremenchuk, in central Ukraine's Poltava region, before dawn on Saturday, the regional governor said.",
     "He said the plant was no longer operating after repeated attacks and that firefighters were working to contain the blaze."],
    "strikes", "strikes", 2, "kremenchuk-refinery-strike-2022-04-02", a="Iryna Vovk"),
  E("2022-04-02 10:30", "Buses carrying Mariupol evacuees reach Zaporizhzhia",
    ["A column of buses carrying people who got out of Mariupol on their own, most of them through Berdiansk, reached Zaporizhzhia overnight, regional officials said.",
     "The Red Cross team that set out to lead a separate convoy from Mariupol itself has again been forced to stop short of the city."],
    "other", "humanitarian", 2, "mariupol-evacuees-reach-zaporizhzhia", a="Taras Melnyk"),
  E("2022-04-02 12:05", "Arakhamia: Moscow verbally accepted most of Kyiv's proposals",
    ["Ukraine's lead negotiator said Russia had orally agreed to nearly all of Kyiv's positions except on Crimea, and that the drafts were ready for direct consultations between the two presidents.",
     "The Kremlin's chief negotiator, Vladimir Medinsky, later said a draft treaty was not yet ready for a summit."],
    "diplomacy", "diplomacy", 3, "peace-talks-drafts-leaders-meeting", a="Iryna Vovk"),
  E("2022-04-02 14:30", "Kyiv region fully liberated, deputy defence minister says",
    ["Irpin, Bucha, Hostomel and the rest of the Kyiv region have been freed from Russian forces, Deputy Defence Minister Hanna Maliar wrote on Facebook."],
    "other", "frontline", 3, "kyiv-region-retaken", a="Taras Melnyk", n="Same statement as 6120-01; not the same story as the Bucha bodies (same place, different event)."),
  E("2022-04-02 17:20", "Zelensky: retreating troops are leaving mines behind",
    ["President Volodymyr Zelensky warned residents returning to towns north of Kyiv that Russian forces were mining homes, equipment and even the bodies of the dead as they left.",
     "He urged people to wait until sappers had cleared their streets."],
    "other", "humanitarian", 2, "zelensky-warns-mines-north-of-kyiv", a="Iryna Vovk", n="Separate statement; must not merge with the region-retaken story."),
  E("2022-04-02 18:40", "Missiles hit oil refinery in Kremenchuk",
    ["Russian missiles struck the oil refinery in Kremenchuk, in central Ukraine's Poltava region, before dawn on Saturday, the regional governor said.",
     "He said the plant was no longer working after repeated attacks and that firefighters were working to contain the blaze."],
    "strikes", "strikes", 1, "kremenchuk-refinery-strike-2022-04-02", a="Iryna Vovk", dup="6121-01", n="Near-verbatim repeat of 6121-01 (one word changed)."),
  E("2022-04-02 20:55", "Bucha mayor: nearly 300 people buried in mass graves",
    ["The mayor of Bucha said that 280 residents had already been buried in mass graves because the town's cemeteries were within range of Russian guns during the occupation.",
     "Bodies were still lying in several streets, he told reporters, and the full toll would not be known for days."],
    "other", "humanitarian", 3, "bucha-civilian-bodies", a="Taras Melnyk", n="Toll at this point: 280 buried in mass graves."),
  ]))

SEEDS.append(dict(id="6122", name="6122_orrington-worldrss", ext="xml", source="Orrington World Service", zone="UTC", render=r_rss, day="day1",
  title="Orrington World Service - World headlines", url="https://orrington.example/world", slug="ows", rfc="GMT",
  lede="Top stories from around the world, updated through the day.",
  notes="Invented general world-news feed, RSS 2.0, pubDate in GMT. Newest first. Four of six items are off-beat (Yemen truce, Sri Lanka curfew, Ramadan, "
        "World Cup draw); two are about the war. Spells the town 'Boutcha'. No bylines. Bucha toll here: at least 13 bodies.",
  not_entries=["channel title, link, description, language", "category tags", "guid values"],
  entries=[
  X(OFF("2022-04-02 21:10", "Yemen's warring sides begin two-month truce",
        ["A nationwide truce brokered by the United Nations took effect in Yemen on Saturday evening, the first in six years, as the holy month of Ramadan began.",
         "The deal also allows fuel ships into Hodeidah and some commercial flights from Sanaa."], "yemen-truce-begins", n="Yemen."), cat="Middle East"),
  X(OFF("2022-04-02 19:05", "Sri Lanka imposes weekend curfew ahead of protests",
        ["Sri Lanka's government declared a 36-hour curfew from Saturday evening, a day after imposing a state of emergency over protests against power cuts and shortages."],
        "sri-lanka-curfew", n="Sri Lanka."), cat="Asia"),
  X(E("2022-04-02 12:25", "Bodies found on streets of Boutcha after Russians leave",
      ["Ukrainian troops who moved into Boutcha, near Kyiv, found at least 13 bodies of civilians in the streets, local officials said on Saturday.",
       "Russia, which withdrew from the town this week, did not respond to the claims."],
      "other", "humanitarian", 3, "bucha-civilian-bodies", n="Spelling variant 'Boutcha'; toll at this point: at least 13."), cat="Europe"),
  X(E("2022-04-02 10:50", "Lithuania stops buying Russian gas",
      ["Lithuania has stopped all imports of Russian natural gas and is now supplied entirely through its liquefied gas terminal at Klaipeda, the energy ministry said.",
       "It called on other EU countries to follow."],
      "diplomacy", "diplomacy", 3, "lithuania-halts-russian-gas", n="Energy cut-off as a sanction-like step -> diplomacy."), cat="Europe"),
  X(OFF("2022-04-02 08:40", "Ramadan begins across much of the Muslim world",
        ["Muslims in Saudi Arabia, Egypt, Turkey and many other countries began the fasting month of Ramadan on Saturday after the new moon was sighted.",
         "In Mecca, crowds returned to the Grand Mosque without the distancing rules of the past two years."], "ramadan-begins-2022", n="Religion."), cat="World"),
  X(OFF("2022-04-02 06:15", "World Cup draw: France paired with Denmark, Spain with Germany",
        ["Holders France will face Denmark and Tunisia in the group stage of the World Cup in Qatar, while Spain and Germany were drawn together in Friday's ceremony in Doha."],
        "world-cup-draw-2022", n="Football."), cat="Sport"),
  ]))

SEEDS.append(dict(id="6123", name="6123_amberlough-atom", ext="xml", source="Amberlough Review", zone="Europe/Vilnius", render=r_atom, day="day1",
  title="Amberlough Review \u2014 Baltics and Ukraine", url="https://amberlough.example", lede="News from Vilnius, Riga and Tallinn, and the war next door.",
  notes="Invented Baltic outlet; Atom feed with +03:00 offsets (Vilnius, EEST). Newest first. Per-entry authors. Spells the town 'Butcha'. "
        "Latvia/Estonia weighing a gas cut-off is a different event from Lithuania's cut-off (must not merge). Bucha here: 'several' bodies (first report).",
  not_entries=["feed title, subtitle, links, id, updated", "feed-level author 'Amberlough Review'"],
  entries=[
  X(E("2022-04-02 19:30", "Border guards step up patrols on Belarus frontier",
      ["Lithuania's border guard service said it had added patrols along the frontier with Belarus after Russian units that withdrew from northern Ukraine began arriving in Belarusian territory."],
      "other", "security", 2, "lithuania-belarus-border-patrols", a="Rasa Jurgaitytė"), slugid="border-patrols-belarus"),
  X(E("2022-04-02 16:05", "Vilnius sends another shipment of military aid to Ukraine",
      ["Lithuania's defence ministry said a new consignment of ammunition, anti-aircraft weapons and body armour had been handed over to Ukraine, without giving quantities."],
      "aid", "aid", 2, "lithuania-military-aid-shipment-2022-04-02", a="Mantas Kairys"), slugid="military-aid-shipment"),
  X(E("2022-04-02 14:20", "Latvia and Estonia weigh ending Russian gas imports",
      ["Officials in Riga and Tallinn said their countries were studying how quickly they could follow Lithuania in cutting off Russian gas, with Latvia's economy minister saying it could be done within months."],
      "diplomacy", "diplomacy", 2, "latvia-estonia-russian-gas-debate", a="Rasa Jurgaitytė", n="Same theme as Lithuania's cut-off, different event: must not merge."), slugid="latvia-estonia-gas"),
  X(E("2022-04-02 11:45", "Butcha: first reports of bodies after Russian withdrawal",
      ["Ukrainian officials and volunteers entering Butcha, a suburb north-west of Kyiv, reported finding the bodies of several civilians in the streets.",
       "Photographs shared by local residents could not be verified."],
      "other", "humanitarian", 3, "bucha-civilian-bodies", a="Mantas Kairys", n="Spelling variant 'Butcha'; earliest report of the day (several bodies)."), slugid="butcha-first-reports"),
  X(E("2022-04-02 07:30", "Lithuania ends Russian gas imports, first in EU",
      ["Lithuania has become the first country in the European Union to stop importing Russian gas, Energy Minister Dainius Kreivys said on Saturday.",
       "From April, the country's needs are covered through the floating LNG terminal in Klaipėda, and Kreivys said the remaining link with Gazprom would stay shut."],
      "diplomacy", "diplomacy", 3, "lithuania-halts-russian-gas", a="Rasa Jurgaitytė"), slugid="lithuania-ends-russian-gas"),
  ]))


# ============================================================ PART B, day 2: 2022-04-03 (UTC) — the day after day 1

SEEDS.append(dict(id="6130", name="6130_kilnhurst-textlive", ext="txt", source="Kilnhurst Dispatch", zone="America/New_York", render=r_kilnhurst, day="day2",
  title="Russia-Ukraine live: Kyiv says 410 civilian bodies found as Odesa is hit",
  lede="We are following the war in Ukraine through the day. All times Eastern.",
  notes="Invented US outlet; text live blog. Newest first. Date line 'Sunday, April 3, 2022'; stamp line '4:55 p.m. ET' before the headline (EDT, UTC-4); "
        "'By NAME' after the headline. The 9:30 a.m. 'Watch:' post is a video teaser without body or byline. The 410 figure is the day's new development in "
        "the day-1 Bucha story (slug kept). The anti-ship missile appeal is Zelensky's own statement, not the Odesa strike story.",
  not_entries=["masthead and section line", "'LIVE' label, title and date line 'Sunday, April 3, 2022'", "lede 'We are following the war ... All times Eastern.'", "'Latest updates'",
               "'Video: 0:48' under the teaser", "newsletter line 'Sign up for The Dispatch Morning newsletter'", "'Previous coverage: Saturday's live updates'", "copyright line"],
  entries=[
  E("2022-04-03 16:55", "Prosecutor says 410 civilian bodies recovered around Kyiv",
    ["Ukraine's prosecutor general, Iryna Venediktova, said the bodies of 410 civilians had been recovered from towns around the capital that Russian forces left in recent days.",
     "Forensic teams had examined 140 of them so far, she said on national television."],
    "other", "humanitarian", 3, "bucha-civilian-bodies", a="Nora Pell", n="Continuation of the day-1 Bucha story with a new development (toll now 410 across the region)."),
  E("2022-04-03 14:20", "Chernihiv governor says Russian troops have left the region",
    ["Russian forces have pulled out of most of Chernihiv region in Ukraine's north, the regional governor said, though he warned that mines and tripwires remained."],
    "other", "frontline", 3, "chernihiv-region-russian-withdrawal", a="Caleb Ortiz"),
  E("2022-04-03 11:05", "Zelensky presses allies for anti-ship missiles after Odesa attack",
    ["Speaking hours after the strike on Odesa, President Volodymyr Zelensky said Ukraine needed anti-ship missiles and more air defense to protect its southern coast."],
    "aid", "aid", 2, "zelensky-appeal-anti-ship-missiles", a="Nora Pell", n="An appeal for weapons: its own story, must not merge with the Odesa strike."),
  E("2022-04-03 09:30", "Watch: smoke rises over Odesa port after strikes", [], "strikes", "strikes", 1, "odesa-fuel-depot-strike-2022-04-03",
    n="Video teaser without body: importance 1, under the Odesa strike story."),
  E("2022-04-03 07:45", "Russia fires missiles at fuel facilities in Odesa",
    ["Several missiles hit fuel storage and an oil refinery in the Black Sea port city of Odesa early Sunday, sending up thick columns of black smoke, local officials said.",
     "Russia's defense ministry said it had destroyed facilities that supplied fuel to Ukrainian troops near Mykolaiv.",
     "No casualties were reported."],
    "strikes", "strikes", 3, "odesa-fuel-depot-strike-2022-04-03", a="Caleb Ortiz"),
  E("2022-04-03 05:10", "Moscow rejects blame for Bucha deaths, calls images staged",
    ["Russia's defense ministry denied on Sunday that its troops killed civilians in Bucha, saying the photographs and video from the town were a staged provocation.",
     "It said Russian units had left the town on March 30 and that no resident had suffered violence while they were there."],
    "other", "humanitarian", 3, "bucha-civilian-bodies", a="Nora Pell", n="Official denial about the event itself: same story."),
  ]))

SEEDS.append(dict(id="6131", name="6131_kestrowe-htmllive", ext="html", source="Kestrowe Live", zone="Europe/Kyiv", render=r_kestrowe, day="day2", jsonld=False,
  title="Odesa hit, Bucha counts its dead: live updates, 3 April", url="https://kestrowe.example/live/2022-04-03",
  lede="Missiles struck the south before dawn while towns north of Kyiv began to bury their dead.",
  notes="Same invented Kyiv outlet as 6121, HTML live page, this time WITHOUT JSON-LD. Oldest first; <time datetime='...+03:00'>HH:MM</time> plus author "
        "above each h2. The 15:50 post repeats the 07:15 Odesa post nearly word for word (duplicate_of). The analysis is the day's theme piece. Motyzhyn and "
        "the Merkel/Sarkozy invitation are separate stories from the Bucha killings (must not merge). Bucha toll here: more than 300.",
  not_entries=["cookie bar", "header and navigation", "title and lede", "day header 'Sunday, 3 April 2022' and 'Kyiv time (EEST)'", "'Share' / 'Copy link' under every post",
               "donation box", "footer"],
  entries=[
  E("2022-04-03 07:15", "Explosions in Odesa as missiles hit before dawn",
    ["Loud explosions were heard across Odesa shortly before 6am, and fires broke out in the city's industrial zone, an adviser to the regional governor said.",
     "Residents were told to stay in shelters."],
    "strikes", "strikes", 3, "odesa-fuel-depot-strike-2022-04-03", a="Iryna Vovk"),
  E("2022-04-03 09:40", "Mykolaiv: one killed as shells hit houses",
    ["One person was killed and several were wounded when Russian artillery hit a residential district of Mykolaiv overnight, the head of the regional administration said."],
    "strikes", "strikes", 2, "mykolaiv-shelling-2022-04-03", a="Taras Melnyk", n="Different attack from the Odesa strike (same region, same morning): must not merge."),
  E("2022-04-03 14:35", "More than 300 dead found in Bucha, local officials say",
    ["Officials in Bucha said more than 300 residents had been killed during the Russian occupation of the town, up from the figure the mayor gave on Saturday.",
     "Work crews were collecting bodies from streets and yards on Sunday."],
    "other", "humanitarian", 3, "bucha-civilian-bodies", a="Taras Melnyk"),
  E("2022-04-03 15:50", "Explosions in Odesa as missiles hit before dawn",
    ["Loud explosions were heard across Odesa shortly before 6am, and fires broke out in the city's industrial zone, an adviser to the regional governor said.",
     "Residents have been told to stay in shelters."],
    "strikes", "strikes", 1, "odesa-fuel-depot-strike-2022-04-03", a="Iryna Vovk", dup="6131-01", n="Near-verbatim repeat of 6131-01."),
  E("2022-04-03 17:30", "Motyzhyn village head and her family found dead",
    ["The head of Motyzhyn, a village west of Kyiv, was found dead along with her husband and son in a shallow grave after Russian troops left, Ukrainian officials said."],
    "other", "humanitarian", 2, "motyzhyn-village-head-killed", a="Iryna Vovk", n="Same theme as Bucha, different place and event: must not merge."),
  E("2022-04-03 19:05", "Analysis: Russia regroups for a battle in the east",
    ["The speed of the Russian withdrawal from the north suggests Moscow has decided to concentrate what remains of its battered units on the Donbas.",
     "Western officials expect those troops to need weeks to refit in Belarus and Russia before they can be sent back into Ukraine.",
     "For Kyiv, the question is whether it can move its own forces east before that happens."],
    "other", "frontline", 2, "analysis-russia-regroups-donbas", a="Taras Melnyk", n="Theme piece (analysis); its own story."),
  E("2022-04-03 21:50", "Zelensky invites Merkel and Sarkozy to visit Bucha",
    ["Volodymyr Zelensky said he was inviting Angela Merkel and Nicolas Sarkozy to Bucha to see where their policy of concessions to Russia had led, referring to their opposition in 2008 to Ukraine joining NATO."],
    "diplomacy", "diplomacy", 2, "zelensky-invites-merkel-sarkozy-bucha", a="Iryna Vovk", n="A separate statement and initiative, not the Bucha killings story."),
  ]))

SEEDS.append(dict(id="6132", name="6132_sablecote-worldrss", ext="xml", source="Sablecote World", zone="Africa/Johannesburg", render=r_rss, day="day2",
  title="Sablecote World: international news", url="https://sablecote.example/world", slug="scw", rfc="num",
  lede="International news from our Johannesburg desk.",
  notes="Invented general world-news feed, RSS 2.0, pubDate with +0200 (Johannesburg, SAST). Newest first. Four of six items off-beat (Sri Lanka cabinet, "
        "Serbia election, cricket final, Grammys). Spells the cities 'Boutcha' and 'Odessa'. European leaders' condemnation is a reaction whose content is the "
        "Bucha killings, so it shares that story. No bylines.",
  not_entries=["channel title, link, description, language", "category tags", "guid values"],
  entries=[
  X(OFF("2022-04-03 21:40", "Sri Lankan cabinet resigns en masse",
        ["All of Sri Lanka's cabinet ministers except the prime minister stepped down late on Sunday amid protests over the economic crisis, the education minister said."],
        "sri-lanka-cabinet-resigns", n="Sri Lanka."), cat="Asia"),
  X(OFF("2022-04-03 19:15", "Vucic claims landslide in Serbian presidential vote",
        ["Serbian President Aleksandar Vucic declared victory in Sunday's election, saying projections gave him close to 60 percent and no need for a run-off."],
        "serbia-election-vucic", n="Serbian election."), cat="Europe"),
  X(E("2022-04-03 16:30", "Outrage grows over civilian deaths in Boutcha",
      ["European leaders condemned the killing of civilians in Boutcha, near Kyiv, after images of bodies lying in the streets spread around the world, and several called for new sanctions on Moscow."],
      "other", "humanitarian", 3, "bucha-civilian-bodies", sec=["diplomacy"], n="Spelling 'Boutcha'; reaction to the killings, same story."), cat="Europe"),
  X(OFF("2022-04-03 13:05", "Australia beat England to win Women's Cricket World Cup",
        ["Alyssa Healy hit 170 as Australia beat England by 71 runs in Christchurch to win the Women's Cricket World Cup for a seventh time."],
        "womens-cricket-world-cup-final", n="Cricket."), cat="Sport"),
  X(E("2022-04-03 10:20", "Odessa hit by missiles, fuel depot on fire",
      ["Russian missiles struck the southern Ukrainian port of Odessa early on Sunday, setting a fuel depot alight, according to the city council.",
       "Ukrainian air defence shot some of the missiles down, officials said."],
      "strikes", "strikes", 3, "odesa-fuel-depot-strike-2022-04-03", n="Spelling variant 'Odessa'."), cat="Europe"),
  X(OFF("2022-04-03 08:00", "Las Vegas hosts music's biggest night",
        ["The Grammy Awards take place in Las Vegas on Sunday night for the first time, with Jon Batiste leading the nominations."],
        "grammys-2022-preview", n="Music awards."), cat="Culture"),
  ]))

SEEDS.append(dict(id="6133", name="6133_amberlough-atom", ext="xml", source="Amberlough Review", zone="Europe/Vilnius", render=r_atom, day="day2",
  title="Amberlough Review \u2014 Baltics and Ukraine", url="https://amberlough.example", lede="News from Vilnius, Riga and Tallinn, and the war next door.",
  notes="Same invented Baltic outlet as 6123; Atom feed, +03:00. Newest first. Entry 6133-03 re-posts the day-1 entry 6123-05 (same headline, body nearly "
        "verbatim, new timestamp): importance 1. Spells the town 'Buča' (Lithuanian).",
  not_entries=["feed title, subtitle, links, id, updated", "feed-level author 'Amberlough Review'"],
  entries=[
  X(E("2022-04-03 20:30", "Lithuania's president condemns killings in Buča",
      ["Lithuanian President Gitanas Nausėda said the images from Buča showed crimes against humanity and that those responsible would be found and punished.",
       "Foreign Minister Gabrielius Landsbergis said the European Union could no longer put off a decision on Russian oil."],
      "other", "humanitarian", 3, "bucha-civilian-bodies", a="Mantas Kairys", sec=["diplomacy"], n="Spelling 'Buča'; condemnation of the killings, same story."), slugid="nauseda-buca"),
  X(E("2022-04-03 17:10", "Chernihiv region free of Russian troops, Kyiv says",
      ["Ukraine's defence ministry said Russian forces had left Chernihiv region entirely, completing their withdrawal from the north of the country."],
      "other", "frontline", 3, "chernihiv-region-russian-withdrawal", a="Rasa Jurgaitytė"), slugid="chernihiv-free"),
  X(E("2022-04-03 13:00", "Lithuania ends Russian gas imports, first in EU",
      ["Lithuania has become the first country in the European Union to stop importing Russian gas, Energy Minister Dainius Kreivys said on Saturday.",
       "From April, the country's needs are covered through the floating LNG terminal in Klaipėda, and Kreivys said the remaining link with Gazprom would stay closed."],
      "diplomacy", "diplomacy", 1, "lithuania-halts-russian-gas", a="Rasa Jurgaitytė", n="Re-post of day-1 entry 6123-05 (nearly verbatim): importance 1."), slugid="lithuania-ends-russian-gas-2"),
  X(E("2022-04-03 09:45", "Belarusian rail saboteurs claim new attack on supply line",
      ["A group of Belarusian railway workers opposed to the war said it had damaged signalling equipment on a line used to move Russian military cargo, the latest in a series of claimed sabotage acts."],
      "other", "security", 2, "belarus-rail-sabotage-claim", a="Mantas Kairys"), slugid="belarus-rail-sabotage"),
  ]))


# ============================================================ PART B, day 3: 2022-05-17 (UTC)

SEEDS.append(dict(id="6140", name="6140_vellacott-htmllive", ext="html", source="Vellacott Live", zone="Europe/Kyiv", render=r_vellacott, day="day3",
  title="War in Ukraine, day 83: Azovstal fighters evacuated, missiles hit Desna", url="https://vellacott.example/2022/05/17/war-day-83/",
  lede="Live updates from our newsroom in Kyiv.",
  notes="Invented Kyiv outlet; HTML live. Newest first. Author line BEFORE the h3 headline; visible stamp '17.05.2022, 21:30' (Kyiv time, EEST) in a span "
        "without datetime attribute. Yoast-style JSON-LD @graph whose article node has @type ['NewsArticle','LiveBlogPosting'] and a SINGLE liveBlogUpdate "
        "object (the newest post only). The 16:40 'Video:' post is a teaser without body or author. The Duma speaker's proposal, the Lviv rail strike and the "
        "Sievierodonetsk shelling are separate stories from the Azovstal evacuation and the Desna strike. Desna toll here: at least 12 (latest).",
  not_entries=["header and navigation", "title 'War in Ukraine, day 83: ...' and excerpt 'Live updates from our newsroom in Kyiv.'", "video embed placeholder '[video]'",
               "'Follow us on Telegram' promo", "footer"],
  entries=[
  E("2022-05-17 21:30", "Desna strike: toll rises to at least 12",
    ["At least 12 people were killed when Russian missiles struck a military training site in the village of Desna in Chernihiv region early on Tuesday, Ukraine's emergency service said late in the day.",
     "Rescuers were still clearing rubble from two destroyed buildings."],
    "strikes", "strikes", 3, "desna-training-site-strike-2022-05-17", a="Olena Marchuk", n="Toll at this point: at least 12."),
  E("2022-05-17 19:05", "Duma speaker wants ban on exchanging Azovstal fighters",
    ["The speaker of Russia's lower house of parliament, Vyacheslav Volodin, said fighters of Ukraine's Azov regiment should not be included in any prisoner swap, and lawmakers began drafting a resolution to that effect."],
    "diplomacy", "diplomacy", 2, "duma-azov-exchange-ban-proposal", a="Dmytro Savchuk", n="About prisoner exchanges; a separate statement from the evacuation itself."),
  E("2022-05-17 16:40", "Video: buses with Azovstal fighters arrive in Novoazovsk", [], "other", "frontline", 1, "azovstal-fighters-evacuated",
    n="Video teaser without body: importance 1, under the Azovstal evacuation story."),
  E("2022-05-17 14:20", "Ukrainian troops reach Russian border north of Kharkiv",
    ["A unit of Ukraine's territorial defence posted a video showing its soldiers beside a border post on the frontier with Russia north-east of Kharkiv, saying they had pushed Russian forces all the way back."],
    "other", "frontline", 2, "kharkiv-counteroffensive-reaches-border", a="Dmytro Savchuk"),
  E("2022-05-17 11:10", "Sievierodonetsk: ten killed by shelling, governor says",
    ["Ten people were killed in Sievierodonetsk on Monday as Russian artillery pounded the city, the governor of Luhansk region said on Tuesday morning."],
    "strikes", "strikes", 3, "sievierodonetsk-shelling-2022-05-16", a="Olena Marchuk", n="Different attack from the Desna strike: must not merge."),
  E("2022-05-17 09:25", "More than 260 fighters leave Azovstal under evacuation deal",
    ["Ukraine's military said 264 soldiers, 53 of them badly wounded, had been brought out of the Azovstal steelworks in Mariupol overnight and taken to towns held by Russian forces.",
     "Kyiv hopes to exchange them for Russian prisoners of war."],
    "other", "frontline", 3, "azovstal-fighters-evacuated", a="Olena Marchuk", sec=["diplomacy"]),
  E("2022-05-17 07:40", "Missiles hit railway facility in Lviv region",
    ["Russian missiles hit railway infrastructure in Lviv region overnight, the regional governor said, adding that air defence had shot down some of the missiles and that nobody was hurt."],
    "strikes", "strikes", 2, "lviv-region-rail-strike-2022-05-17", a="Dmytro Savchuk", n="Same night as the Desna strike, different target: must not merge."),
  ]))

SEEDS.append(dict(id="6141", name="6141_lowenmark-textlive", ext="txt", source="Lowenmark Bulletin", zone="Europe/Berlin", render=r_lowenmark, day="day3",
  parse_args=["--date", "2022-05-17"],
  title="Ukraine live: soldiers leave Mariupol steelworks, missiles hit Chernihiv region",
  lede="The English service follows the war in Ukraine and the reaction in Germany and Europe.",
  notes="Invented German outlet's English service; text live. Oldest first. Date line WITHOUT year ('Tuesday, 17 May') and no year anywhere on the page, "
        "hence parse_args --date 2022-05-17. Headline first, then 'Posted 07:15 \u00b7 NAME' (stamp and author after the headline). 'All times CEST' (UTC+2). "
        "The 15:10 post repeats the 08:30 Azovstal post nearly word for word (duplicate_of). The explainer is the day's theme piece. Scholz's pledge is its own "
        "story, not Finland's vote or Sweden's signing. Desna here: first report, no numbers.",
  not_entries=["masthead, 'English service', navigation", "title, date line 'Tuesday, 17 May', 'All times CEST'", "lede 'The English service follows ...'",
               "newsletter line 'Newsletter: the day's most important news at 6pm. Subscribe'", "'More updates tomorrow'", "footer"],
  entries=[
  E("2022-05-17 07:15", "Missiles strike village of Desna north of Kyiv, casualties reported",
    ["Russian missiles hit the village of Desna in Ukraine's Chernihiv region at around 5am local time, the regional governor said, adding that there were dead and injured.",
     "He did not give numbers."],
    "strikes", "strikes", 3, "desna-training-site-strike-2022-05-17", a="Jonas Weber", n="First report of the day, no toll yet."),
  E("2022-05-17 08:30", "Mariupol steelworks: 264 soldiers evacuated, Kyiv confirms",
    ["Kyiv has confirmed that more than 260 soldiers left the besieged Azovstal plant overnight, with the badly wounded taken to Novoazovsk and the rest to Olenivka, both held by Russian-backed forces.",
     "Deputy Defence Minister Hanna Maliar said they would be exchanged later for Russian prisoners."],
    "other", "frontline", 3, "azovstal-fighters-evacuated", a="Anna Krüger", sec=["diplomacy"]),
  E("2022-05-17 10:00", "Scholz promises quick German ratification for Finland and Sweden",
    ["Chancellor Olaf Scholz said Germany would ratify the two Nordic countries' NATO membership as fast as possible once they apply."],
    "diplomacy", "diplomacy", 2, "germany-backs-nordic-nato-ratification", a="Jonas Weber", n="Same theme as the Nordic applications, different event: must not merge."),
  E("2022-05-17 11:45", "Explainer: what status do the Azovstal fighters have now?",
    ["Under the Geneva Conventions, soldiers who lay down their arms become prisoners of war and may not be put on trial simply for having fought.",
     "Moscow calls the men from Azovstal surrendered prisoners, while Kyiv speaks of an evacuation, and the difference matters for what comes next.",
     "Russian officials have already suggested that some of them could face court."],
    "other", "humanitarian", 2, "explainer-azovstal-pow-status", a="Anna Krüger", n="Theme piece (explainer); its own story, not the evacuation news."),
  E("2022-05-17 13:20", "EU oil embargo talks stuck on Hungary",
    ["EU foreign ministers failed to agree on a ban on Russian oil imports on Monday, with Hungary still refusing to back the plan without large exemptions."],
    "diplomacy", "diplomacy", 2, "eu-oil-embargo-hungary-holdout", a="Jonas Weber"),
  E("2022-05-17 15:10", "Mariupol steelworks: 264 soldiers evacuated, Kyiv confirms",
    ["Kyiv has confirmed that more than 260 soldiers left the besieged Azovstal plant overnight, with the badly wounded taken to Novoazovsk and the rest to Olenivka, both held by Russian-backed forces.",
     "Deputy Defence Minister Hanna Maliar said they would later be exchanged for Russian prisoners."],
    "other", "frontline", 1, "azovstal-fighters-evacuated", a="Anna Krüger", sec=["diplomacy"], dup="6141-02", n="Near-verbatim repeat of 6141-02."),
  E("2022-05-17 17:50", "US Senate clears way for 40-billion-dollar Ukraine package",
    ["The US Senate voted 81 to 11 to move ahead with a 40-billion-dollar aid bill for Ukraine, setting up final approval later this week."],
    "aid", "aid", 3, "us-senate-40bn-ukraine-aid", a="Anna Krüger"),
  ]))

SEEDS.append(dict(id="6142", name="6142_marrowfell-worldatom", ext="xml", source="Marrowfell World Feed", zone="UTC", render=r_atom, day="day3",
  title="Marrowfell World Feed", url="https://marrowfell.example", lede="The world in brief, around the clock.",
  notes="Invented general world-news feed; Atom with 'Z' times. Newest first. Four of six entries off-beat (Cannes, North Korea, Sri Lanka, Somalia). "
        "No per-entry authors (feed-level author only): author null. Spells the region 'Chernigov'. Desna toll here: eight.",
  not_entries=["feed title, subtitle, links, id, updated", "feed-level author 'Marrowfell World Feed'"],
  entries=[
  X(OFF("2022-05-17 20:15", "Cannes festival opens with zombie comedy",
        ["The 75th Cannes Film Festival opened on the Riviera with a screening of Final Cut, a zombie comedy by the French director Michel Hazanavicius."],
        "cannes-2022-opens", n="Film festival."), slugid="cannes-opens"),
  X(E("2022-05-17 17:40", "Finnish MPs vote overwhelmingly to seek NATO membership",
      ["Finland's parliament backed the government's proposal to apply for NATO membership by 188 votes to eight on Tuesday, clearing the last domestic hurdle.",
       "The application is expected to be handed in together with Sweden's."],
      "diplomacy", "diplomacy", 3, "finland-parliament-approves-nato-bid"), slugid="finland-vote"),
  X(OFF("2022-05-17 14:05", "North Korea sends army medics to distribute drugs as fever spreads",
        ["North Korea has ordered military medical units into Pyongyang's pharmacies to speed up the distribution of medicine, as the number of people with fever symptoms passed 1.4 million, state media said."],
        "north-korea-covid-army-medics", n="Public health."), slugid="nk-medics"),
  X(E("2022-05-17 11:30", "Chernigov region: eight killed in missile strike on Desna base",
      ["Eight people were killed and 12 wounded when Russian missiles struck buildings in the village of Desna in the Chernigov region, north of Kyiv, Ukrainian officials said."],
      "strikes", "strikes", 3, "desna-training-site-strike-2022-05-17", n="Spelling 'Chernigov'; toll at this point: eight."), slugid="desna-strike"),
  X(OFF("2022-05-17 09:00", "Sri Lanka's new prime minister warns of hardest months",
        ["Sri Lanka's Prime Minister Ranil Wickremesinghe said the country had only one day's supply of petrol left and that the next two months would be the most difficult of people's lives."],
        "sri-lanka-pm-warning", n="Sri Lanka economy."), slugid="sri-lanka-warning"),
  X(OFF("2022-05-17 06:20", "Somalia's president-elect promises to heal divisions",
        ["Hassan Sheikh Mohamud, elected president of Somalia by lawmakers on Sunday, said he would seek reconciliation with political rivals and with the country's neighbours."],
        "somalia-president-elect", n="Somali politics."), slugid="somalia-president"),
  ]))

SEEDS.append(dict(id="6143", name="6143_halvorsund-rss", ext="xml", source="Halvorsund Post", zone="Europe/Helsinki", render=r_rss, day="day3",
  title="Halvorsund Post | Nordic and world news in English", url="https://halvorsund.example/en", slug="hp", rfc="num",
  lede="News from Finland and the Nordic region.",
  notes="Invented Nordic outlet; RSS 2.0 with pubDate in +0300 (Helsinki, EEST) and dc:creator. Newest first. 'Eduskunta' is the Finnish parliament; the "
        "vote is the same story as 6142-02 and 6144-02. Sweden's signing and Erdogan's objection are different events (must not merge).",
  not_entries=["channel title, link, description, language", "category tags", "guid values"],
  entries=[
  X(E("2022-05-17 21:10", "Sweden signs NATO application; joint submission with Finland on Wednesday",
      ["Swedish Foreign Minister Ann Linde signed her country's application to join NATO on Tuesday, and officials said Sweden and Finland would hand in their papers together in Brussels on Wednesday."],
      "diplomacy", "diplomacy", 3, "sweden-signs-nato-application", a="Elina Saarinen"), cat="Nordic"),
  X(E("2022-05-17 18:55", "Eduskunta backs NATO bid 188\u20138",
      ["Finland's parliament approved the country's application to join NATO by 188 votes to 8 after a two-day debate.",
       "President Sauli Niinistö is expected to sign the decision later in the day."],
      "diplomacy", "diplomacy", 3, "finland-parliament-approves-nato-bid", a="Mikko Lehtola"), cat="Finland"),
  X(E("2022-05-17 15:20", "Erdogan: Turkey will not say yes to Nordic applications",
      ["Turkish President Recep Tayyip Erdogan said Ankara would not approve Finland's and Sweden's NATO membership, accusing both countries of hosting members of groups Turkey considers terrorist."],
      "diplomacy", "diplomacy", 3, "erdogan-opposes-nordic-nato-bids", a="Mikko Lehtola", n="Head-of-state move; its own story."), cat="World"),
  X(E("2022-05-17 12:45", "Azovstal: wounded taken to Novoazovsk, others to Olenivka",
      ["Ukrainian soldiers evacuated from Mariupol's Azovstal works overnight were split into two groups, with 53 severely wounded taken to hospital in Novoazovsk and 211 bussed to Olenivka, Ukraine's deputy defence minister said."],
      "other", "frontline", 3, "azovstal-fighters-evacuated", a="Elina Saarinen"), cat="World"),
  ]))

SEEDS.append(dict(id="6144", name="6144_skarvik-article", ext="txt", source="Skarvik Journal", zone="Europe/Stockholm", render=r_skarvik, day="day3",
  title="Nordic NATO bids move ahead as Ukraine counts the dead at Desna", byline="Karin Lindqvist", dateline_t="2022-05-17 22:05",
  lede="A day of signatures and votes in the north, and of funerals in Ukraine.", more="What NATO membership will change for Gotland",
  notes="Invented Swedish outlet; text article with four section headings. One entry per section, stamp null, published = the dateline "
        "'Published 17 May 2022 at 22:05 CEST' (20:05 UTC); page byline for every entry. Desna toll here: at least 12.",
  not_entries=["masthead and navigation", "'WORLD' label", "title", "byline 'By Karin Lindqvist'", "dateline 'Published 17 May 2022 at 22:05 CEST'",
               "lede 'A day of signatures and votes in the north, and of funerals in Ukraine.'", "'Read more: What NATO membership will change for Gotland'", "'Share  Print'", "copyright line"],
  entries=[
  E("2022-05-17 22:05", "Sweden signs",
    ["Sweden's foreign minister put her signature to the country's NATO application in Stockholm on Tuesday afternoon, ending two centuries of military non-alignment.",
     "The document will be delivered to NATO headquarters on Wednesday together with Finland's."],
    "diplomacy", "diplomacy", 3, "sweden-signs-nato-application", a="Karin Lindqvist"),
  E("2022-05-17 22:05", "Helsinki votes",
    ["In Helsinki, members of parliament voted 188 to 8 in favour of joining the alliance.",
     "Only a handful of left-wing MPs opposed the move."],
    "diplomacy", "diplomacy", 3, "finland-parliament-approves-nato-bid", a="Karin Lindqvist"),
  E("2022-05-17 22:05", "Deadly strike in Chernihiv region",
    ["In Ukraine, rescuers said at least 12 people had now died after missiles hit a military training site in Desna that morning.",
     "The Ukrainian army has not said how many of the dead were soldiers."],
    "strikes", "strikes", 3, "desna-training-site-strike-2022-05-17", a="Karin Lindqvist"),
  E("2022-05-17 22:05", "Washington aid bill advances",
    ["In the United States, the Senate's procedural vote means a 40-billion-dollar package of weapons and economic aid for Ukraine could be signed into law before the end of the week."],
    "aid", "aid", 3, "us-senate-40bn-ukraine-aid", a="Karin Lindqvist"),
  ]))


# ============================================================ emit
BASIS = {
  "r_buffalo": "visible stamp '{s}' is relative (consistent with a fetch at about 15:05 EST on 4 March); exact time from the <time> element's datetime attribute {iso}; EST = UTC-5",
  "r_ca": "time '{s}' under the day subhead for {d} (year from 'Published 7:05 p.m. CT March 23, 2022'); all times Central, CDT = UTC-5",
  "r_tennessean": "no per-section time; the article's 'Published 4:18 p.m. CT April 7, 2022' dateline is used for every section (CDT = UTC-5); JSON-LD datePublished agrees",
  "r_dmr": "stamp '{s}' (month, day and 12 h time, no year: parse_args --date 2022-03-08); Iowa, Central time implied by the outlet, CST = UTC-6 before 13 March",
  "r_tt": "time '{s}' printed after the headline; day from 'Published Saturday, March 26, 2022'; '(All times Atlantic)', ADT = UTC-3",
  "r_examiner": "stamp '{s}' under the day header for {d} (header has no year; year from 'Updated April 18 2022 ..., first published April 17 2022 ...'); Tasmania, AEST = UTC+10, implied by the outlet",
  "r_nottingham": "bare stamp '{s}' on the page's day {d} ('Updated 19:12, 23 APR 2022'; standfirst names Saturday, April 23); UK time implied, BST = UTC+1",
  "r_hull": "bare stamp '{s}' after the headline on {d} ('Updated 20:18, 7 MAY 2022'); UK time implied, BST = UTC+1; JSON-LD update datePublished agrees",
  "r_guardianng": "pubDate '{s}' (explicit +0000); local time given in the paper's zone, Lagos WAT = UTC+1",
  "r_kuna": "pubDate '{s}' (explicit +0300, Kuwait time)",
  "r_brackwater": "stamp '{s}' under the date line for {d}; BST = UTC+1",
  "r_kestrowe": "stamp '{s}' with <time datetime> (+03:00) under the day header for {d}; Kyiv EEST = UTC+3",
  "r_rss": "pubDate '{s}' (explicit zone)",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_kilnhurst": "stamp '{s}' under the date line for {d}; EDT = UTC-4",
  "r_vellacott": "stamp '{s}' (full date and time); Kyiv time, EEST = UTC+3",
  "r_lowenmark": "stamp '{s}' under the date line 'Tuesday, 17 May' (no year: parse_args --date 2022-05-17); 'All times CEST' = UTC+2",
  "r_skarvik": "no per-section time; the article dateline ({d}, CEST = UTC+2) is used for every section",
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
            assert fs is None or not ABBR.search(fs), (S["id"], fs)
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), iso=d.isoformat()),
                         "author": e["a"], "first_sentence": fs, "body_paragraphs": len(e["p"]),
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
        print(f"{fn:40s} {len(ents)}")
    print("total entries", total)


if __name__ == "__main__":
    main()

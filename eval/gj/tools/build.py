#!/usr/bin/env python3
"""Builds the eval/gj seed pages and their gold files from one hand-written data table (further below).
All news text is the blind tester's own invented wording, set in March 2031 with the war still under way.
Part A imitates, from memory, the page layouts of ten real outlets; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/gj/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAY3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
ABBREV = ("U.S.", "U.N.", "E.U.", "U.K.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.",
          "a.m.", "p.m.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Adm.", "Maj.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: local time 'YYYY-MM-DD HH:MM' in the page zone, headline (or None), body paragraphs, labels."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    """an item not about the war (general world feeds, newsletter asides)."""
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


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def hm12(d, sep=":", space="", suffix=("am", "pm"), pad=False):
    hh = d.hour % 12 or 12
    suf = suffix[0] if d.hour < 12 else suffix[1]
    return f"{hh:02d}" if pad else f"{hh}", f"{sep}{d.minute:02d}{space}{suf}"


def clock12(d, sep=":", space="", suffix=("am", "pm"), pad=False):
    a, b = hm12(d, sep, space, suffix, pad)
    return a + b


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
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70]


def nyt_date(d):
    """AP/NYT style date: 'March 11, 2031' (March-July spelled out, others abbreviated with a period)."""
    m = MONTHS[d.month - 1] if d.month in (3, 4, 5, 6, 7) else {9: "Sept."}.get(d.month, MON3[d.month - 1] + ".")
    return f"{m} {d.day}, {d.year}"


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_nyt(S):
    """The New York Times live page, text scrape. Header with 'Updated' line; 'Here's what we know:' summary sentences that link
    to posts (worded differently from the post headlines); posts newest first: stamp 'March 11, 2031, 7:32 p.m. ET', headline,
    byline, optional 'Reporting from ...', optional photo caption fused with 'Credit...', body; ad slots between posts."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z); upd = dt(S["updated"], z)
    L = ["Skip to contentSkip to site indexSearch & Section Navigation", "Section Navigation", "SEARCH", "World",
         "Africa", "Americas", "Asia", "Australia", "Canada", "Europe", "Middle East", "",
         "Subscribe for $1/week", "Log in", "", f"{DAYS_EN[upd.weekday()]}, {MONTHS[upd.month - 1]} {upd.day}, {upd.year}", "Today\u2019s Paper", "",
         "Advertisement", "SKIP ADVERTISEMENT", "", "LIVE", "Updated ", f"{nyt_date(upd)}, {clock12(upd, space=' ', suffix=('a.m.', 'p.m.'))} ET", "",
         S["title"], S["lede"], "", "Here\u2019s what we know:", ""]
    for b in S["wwk"]:
        L += [b, ""]
    L += ["Share full article", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{nyt_date(d)}, {clock12(d, space=' ', suffix=('a.m.', 'p.m.'))} ET"; stamps.append(st)
        L += [st, "", e["h"], ""]
        if e["a"]:
            L += [e["a"], ""]
        if e.get("where"):
            L += [f"Reporting from {e['where']}", ""]
        if e.get("cap"):
            L += [e["cap"], ""]
        L += ptxt(e["p"])
        if i in (1, 4):
            L += ["Advertisement", "SKIP ADVERTISEMENT", ""]
    L += ["More on Russia and Ukraine", ""] + [x for r in S["related"] for x in (r, "")]
    L += ["Site Index", "Site Information Navigation", f"\u00a9 {last.year} The New York Times Company",
          "NYTCoContact UsAccessibilityWork with usAdvertiseT Brand StudioYour Ad ChoicesPrivacy PolicyTerms of ServiceTerms of SaleSite MapHelpSubscriptions"]
    return "\n".join(L) + "\n", stamps


def r_wapo(S):
    """The Washington Post 'Ukraine live briefing' article, saved HTML. NewsArticle JSON-LD; headline, one-span byline, display
    date 'March 4, 2031 at 1:30 a.m. EST'; share row with comment count; sections Key developments / Battleground updates /
    Global impact (bulleted paragraphs without headlines, no per-item time) / From our correspondents (a feature promo)."""
    z = S["zone"]; pub = dt(S["published"], z)
    for e in S["entries"]:
        assert e["t"] == S["published"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": iso_z(pub), "dateModified": iso_z(pub), "isAccessibleForFree": False,
          "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".meteredContent"},
          "author": [{"@type": "Person", "name": n} for n in S["byline"].split(" and ")],
          "publisher": {"@type": "Organization", "name": "The Washington Post"}}
    stampline = f"{MONTHS[pub.month - 1]} {pub.day}, {pub.year} at {clock12(pub, space=' ', suffix=('a.m.', 'p.m.'))} {pub.tzname()}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - The Washington Post</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div id="nav"><button>Sections</button> <a class="logo" href="https://www.washingtonpost.com">The Washington Post</a>'
           '<span class="tagline">Democracy Dies in Darkness</span> <a href="/subscribe">Subscribe</a> <a href="/signin">Sign in</a></div>',
           '<main><div class="meteredContent">', '<div class="kicker"><a href="/world/europe/">Europe</a></div>',
           f'<h1 data-qa="headline">{esc(S["title"])}</h1>', f'<h2 class="subheadline">{esc(S["dek"])}</h2>',
           f'<div data-qa="author-byline"><span>By {esc(S["byline"])}</span></div>',
           f'<div data-qa="display-date"><span>{stampline}</span></div>',
           f'<div class="share-bar"><button>Gift Article</button> <button>Share</button> <button aria-label="Comments">Comment</button> <span class="count">{S["comments"]}</span></div>',
           '<div class="article-body">', f'<p>{esc(S["lede"])}</p>']
    sec = None
    for e in S["entries"]:
        if e["sec_h"] != sec:
            if sec is not None:
                out.append('</ul>')
            sec = e["sec_h"]; out += [f'<h2>{esc(sec)}</h2>', '<ul>']
        assert e["h"] is None and len(e["p"]) == 1
        out.append(f'<li><p>{esc(e["p"][0])}</p></li>')
    out += ['</ul>', '<h2>From our correspondents</h2>', f'<p>{esc(S["feature"])}</p>', f'<p><i>{esc(S["contrib"])}</i></p>', '</div></div>',
            '<aside class="newsletter"><h3>Today\u2019s WorldView</h3><p>Your guide to the most important world stories of the day</p>'
            '<button>Sign up</button></aside>',
            f'<section id="comments"><h3>Comments</h3><p>{S["comments"]} Comments</p><button>View comments</button></section>',
            '<section class="more"><h3>More from World</h3>' + "".join(f'<a href="#">{esc(r)}</a>' for r in S["related"]) + '</section></main>',
            f'<footer><a href="/about">About The Post</a> <a href="/policies">Policies &amp; Standards</a> <a href="/terms">Terms of Use</a> '
            f'<p>\u00a9 1996-{pub.year} The Washington Post</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_wsj(S):
    """The Wall Street Journal live coverage page, text scrape. Nav rows, 'LIVE', 'Updated March 7, 2031 5:41 pm ET', 'What to
    Know' bullets (summary sentences), posts newest first: stamp 'March 7, 2031 4:58 pm ET', headline, 'By NAME', body,
    'Share' / 'Resize'; the capture ends at the paywall prompt."""
    z = S["zone"]; order_check(S, True)
    upd = dt(S["entries"][0]["t"], z)
    L = ["Skip to Main Content", "Skip to Search", "Skip to...", "", "The Wall Street Journal", "English Edition", "Print Edition", "Video", "Audio",
         "Latest Headlines", "More", "", "Latest  World  Business  U.S.  Politics  Economy  Tech  Markets & Finance  Opinion  Arts  Lifestyle  Real Estate  Personal Finance  Health  Style  Sports",
         "", "Subscribe", "Sign In", "", "World", "|", "Europe", "", "LIVE", f"Updated {nyt_date(upd)} {clock12(upd, space=' ')} ET", "",
         S["title"], "", "What to Know", ""] + [x for b in S["wtk"] for x in ("\u2022 " + b, "")]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{nyt_date(d)} {clock12(d, space=' ')} ET"; stamps.append(st)
        L += [st, "", e["h"], ""]
        if e["a"]:
            L += [f"By {e['a']}", ""]
        L += ptxt(e["p"]) + ["Share", "Resize", ""]
        if i == 2:
            L += ["Advertisement - Scroll to Continue", ""]
    L += ["Continue reading your article with a WSJ subscription", "Subscribe Now", "Already a subscriber? Sign In", "",
          f"Copyright \u00a9{upd.year} Dow Jones & Company, Inc. All Rights Reserved"]
    return "\n".join(L) + "\n", stamps


def r_guardian(S):
    """The Guardian live blog, saved HTML. LiveBlogPosting JSON-LD whose liveBlogUpdate items all repeat the PAGE's headline and
    datePublished (no per-update time or title); header date 'Sun 30 Mar 2031 18.52 BST'; 'Key events' list (relative age +
    block headline); blocks newest first: <time datetime=UTC>17.02 BST</time>, optional h2 headline (many blocks have none),
    paragraphs, 'Updated at' footer, Share. On 30 March the clocks go forward at 01:00 UTC: early blocks print GMT, later BST."""
    z = S["zone"]; order_check(S, True)
    cap = dt(S["capture"], z); first = dt(S["entries"][-1]["t"], z)
    url = S["url"]
    ups = [{"@type": "BlogPosting", "@id": f"{url}#block-{e['bid']}", "headline": S["title"], "datePublished": iso_z(first),
            "dateModified": iso_z(cap), "articleBody": " ".join(e["p"])[:1000]} for e in S["entries"]]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": url, "headline": S["title"], "datePublished": iso_z(first),
          "dateModified": iso_z(cap), "coverageStartTime": iso_z(first), "coverageEndTime": iso_z(cap + timedelta(hours=5)),
          "author": [{"@type": "Person", "name": S["byline"], "sameAs": "https://www.theguardian.com/profile/" + slugify(S["byline"])}],
          "publisher": {"@type": "Organization", "name": "The Guardian"}, "liveBlogUpdate": ups}
    head_date = f"{DAY3[cap.weekday()]} {cap.day} {MON3[cap.month - 1]} {cap.year} {cap:%H.%M} {cap.tzname()}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Ukraine | The Guardian</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="support-banner"><a href="/support">Support the Guardian</a><p>Fund independent journalism with \u00a310 per month</p>'
           '<a href="/support">Support us</a></div>',
           '<nav class="pillars"><a>News</a> <a>Opinion</a> <a>Sport</a> <a>Culture</a> <a>Lifestyle</a></nav>',
           '<nav class="subnav"><a>World</a> <a>Europe</a> <a>US</a> <a>Americas</a> <a>Asia</a> <a>Australia</a> <a>Middle East</a> '
           '<a>Africa</a> <a>Inequality</a> <a>Global development</a></nav>',
           '<main><div class="series"><a href="/world/ukraine">Ukraine</a> <span class="live-badge">Live</span></div>',
           f'<h1>{esc(S["title"])}</h1>', '<div data-gu-name="standfirst"><ul>' + "".join(f'<li>{esc(x)}</li>' for x in S["standfirst"]) + '</ul></div>',
           f'<address><a rel="author" href="/profile/{slugify(S["byline"])}">{esc(S["byline"])}</a></address>',
           f'<div class="dateline"><span>{head_date}</span></div>',
           '<div class="share"><button>Share</button></div>',
           '<div class="key-events"><h2>Key events</h2><ul>']
    for e in S["entries"]:
        if e["kp"]:
            age = int((cap - dt(e["t"], z)).total_seconds() // 3600)
            out.append(f'<li><a href="#block-{e["bid"]}"><time>{age}h ago</time><span class="title">{esc(e["h"])}</span></a></li>')
    out += ['</ul></div>', '<div class="filter"><button>Show key events only</button><p>Please turn on JavaScript to use this feature</p></div>',
            '<div id="liveblog-body">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} {d.tzname()}"; stamps.append(st)
        out.append(f'<article id="block-{e["bid"]}" class="block{" is-key-event" if e["kp"] else ""}">'
                   f'<p class="block-time"><a href="?page=with:block-{e["bid"]}#block-{e["bid"]}"><time datetime="{iso_z(d)}">{st}</time></a></p>')
        if e["h"]:
            out.append(f'<h2 class="block-title">{esc(e["h"])}</h2>')
        out.append('<div class="block-elements">' + "".join(f'<p>{esc(p)}</p>' for p in e["p"]) + '</div>')
        foot = '<div class="block-footer">'
        if e.get("upd"):
            foot += f'<span class="updated">Updated at {e["upd"]}</span> '
        out.append(foot + '<button>Share</button></div></article>')
    out += ['</div>', '<div class="pagination"><a>Older</a> <a>Oldest</a></div>',
            '<div class="topics"><h3>Explore more on these topics</h3><a>Ukraine</a> <a>Russia</a> <a>Europe</a> <a>news</a></div>',
            '<div class="share"><button>Share</button> <a>Reuse this content</a></div>',
            f'<section id="comments"><h2>Comments ({S["comments"]})</h2><p>This discussion is now closed for comments but you can still sign in or create your Guardian account to join the discussion next time</p></section>',
            '<section class="most-viewed"><h2>Most viewed</h2>' + "".join(f'<a>{esc(r)}</a>' for r in S["related"]) + '</section></main>',
            f'<footer><a>About us</a> <a>Contact us</a> <a>Complaints &amp; corrections</a> <a>Privacy policy</a> <a>Cookie policy</a>'
            f'<p>\u00a9 {cap.year} Guardian News &amp; Media Limited or its affiliated companies. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_telegraph(S):
    """The Telegraph live blog, text scrape. Nav rows, title, standfirst, 'Related Topics', page byline 'By NAME', header
    'Updated 2 March 2031 5:47pm'; posts newest first: bare '5:40PM', headline, body (no per-post author); a 'Watch:' video
    teaser carries only a player line; newsletter promo and comment prompt."""
    z = S["zone"]; order_check(S, True)
    upd = dt(S["updated"], z)
    L = ["The Telegraph", "Search Icon", "", "News  Sport  Money  Travel  Business  Health  Opinion  Ukraine  Royals  Life & Style  Culture  Puzzles",
         "UK news  Politics  World  Health news  Defence  Science  Education  Environment  Investigations  Global Health Security", "",
         "Subscribe now", "Log in", "", S["title"], "", S["lede"], "", "Related Topics", ", ".join(S["topics"]), "",
         f"By {S['byline']}", f"Updated {upd.day} {MONTHS[upd.month - 1]} {upd.year} {clock12(upd)}", "", S["cap"], "",
         "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = clock12(d, suffix=("AM", "PM")); stamps.append(st)
        L += [st, "", e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["Play video", "1:04", ""]
        if i == 2:
            L += ["Advertisement", ""]
        if i == 4:
            L += ["Get the latest from the war in Ukraine with The Telegraph\u2019s daily Front Line newsletter. Sign up here", ""]
    L += ["Load more", "", "Join the conversation", f"Show comments ({S['comments']})", "", "More stories", ""] + [x for r in S["related"] for x in (r, "")]
    L += ["The Telegraph", "Back to top", "Follow us on:", "Help Centre  About us  Telegraph Extra  Reader Prizes  Advertise with us  Syndication and Commissioning  Guidelines  Privacy  Terms and Conditions",
          f"\u00a9 Telegraph Media Group Limited {upd.year}"]
    return "\n".join(L) + "\n", stamps


def r_times(S):
    """The Times (London) live blog, saved HTML. NewsArticle JSON-LD for the page only; header line 'Saturday March 08 2031,
    6.20pm GMT, The Times'; Share / Save / comment count; posts newest first: '5.58pm', h2 headline, author, body."""
    z = S["zone"]; order_check(S, True)
    upd = dt(S["updated"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": dt(S["entries"][-1]["t"], z).isoformat(), "dateModified": upd.isoformat(),
          "author": [{"@type": "Person", "name": n} for n in S["authors"]], "isAccessibleForFree": "False",
          "publisher": {"@type": "Organization", "name": "The Times"}}
    head = f"{DAYS_EN[upd.weekday()]} {MONTHS[upd.month - 1]} {upd.day:02d} {upd.year}, {clock12(upd, sep='.')} {upd.tzname()}, The Times"
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | World | The Times</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="masthead"><a class="logo" href="/">The Times</a> <a href="/login">Log in</a> <a class="subscribe" href="/subscribe">Subscribe</a>'
           '<nav><a>Home</a> <a>UK</a> <a>World</a> <a>Politics</a> <a>Business</a> <a>Money</a> <a>Opinion</a> <a>Life &amp; Style</a> '
           '<a>Arts</a> <a>Puzzles</a> <a>Sport</a> <a>Times+</a></nav></header>',
           '<main><div class="section-label">World | Russia-Ukraine war</div><span class="live">LIVE</span>',
           f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<div class="article-meta"><time datetime="{upd.isoformat()}">{head}</time></div>',
           f'<div class="tools"><button>Share</button> <button>Save</button> <a href="#comments">Comments ({S["comments"]})</a></div>',
           f'<figure><figcaption>{esc(S["cap"])}</figcaption></figure>', '<div class="live-posts">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = clock12(d, sep="."); stamps.append(st)
        out.append(f'<article class="live-post" id="post-{e["pid"]}"><div class="post-time">{st}</div><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<div class="post-author">{esc(e["a"])}</div>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</article>')
        if i == 2:
            out.append('<aside class="related"><h3>Related articles</h3>' + "".join(f'<a>{esc(r)}</a>' for r in S["related"]) + '</aside>')
    out += ['</div>', f'<section id="comments"><h2>Comments are subject to our community guidelines, which can be viewed here.</h2><p>{S["comments"]} comments</p></section>',
            '<section class="most-read"><h3>Most read</h3></section></main>',
            f'<footer><p>\u00a9 Times Media Limited {upd.year}.</p><p>Registered in England No. 894646. Registered office: 1 London Bridge Street, SE1 9GF.</p>'
            '<a>Privacy &amp; cookie policy</a> <a>Licensing</a> <a>Site map</a> <a>Topics</a> <a>Commissioning terms</a> <a>Terms and conditions</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def ft_age(cap, d):
    mins = int((cap - d).total_seconds() // 60)
    if mins < 60:
        return f"{mins} minutes ago"
    h = mins // 60
    return "an hour ago" if h == 1 else f"{h} hours ago"


def r_ft(S):
    """Financial Times topic stream ('War in Ukraine'), saved HTML. Teasers newest first: tag (or 'opinion content.' + columnist),
    headline, standfirst, <time class="o-date" datetime="2031-03-13T17:05:22+0000">4 hours ago</time> (visible relative age,
    machine time in the attribute); 'Premium' labels; video teasers without standfirst; no per-item byline for news."""
    z = S["zone"]; order_check(S, True)
    cap = dt(S["capture"], z)
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Financial Times</title></head><body>',
           '<div class="o-header__top"><a>Accessibility help</a> <a>Skip to navigation</a> <a>Skip to content</a> <a>Skip to footer</a></div>',
           '<header><a class="o-header__logo">Financial Times</a> <a>Sign In</a> <a class="subscribe">Subscribe</a> <a>myFT</a> <button>Search the FT</button>'
           '<nav><a>Home</a> <a>World</a> <a>US</a> <a>Companies</a> <a>Tech</a> <a>Markets</a> <a>Climate</a> <a>Opinion</a> <a>Lex</a> '
           '<a>Work &amp; Careers</a> <a>Life &amp; Arts</a> <a>HTSI</a></nav></header>',
           f'<main><div class="stream-header"><h1>{esc(S["title"])}</h1><button class="n-myft-follow-button">Add to myFT</button>'
           f'<p>{esc(S["lede"])}</p></div><ul class="stream-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ft_age(cap, d); stamps.append(st)
        ts = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:") + f"{(7 * i + 11) % 60:02d}+0000"
        meta = (f'<span class="o-teaser__tag-prefix">opinion content.</span><a class="o-teaser__tag">{esc(e["a"])}</a>' if e.get("opinion")
                else f'<a class="o-teaser__tag">{esc(e["tag"])}</a>')
        if e.get("premium"):
            meta += '<span class="o-labels">Premium</span>'
        li = [f'<li class="o-teaser"><div class="o-teaser__meta">{meta}</div>',
              f'<div class="o-teaser__heading"><a href="/content/{e["uuid"]}">{esc(e["h"])}</a></div>']
        li += [f'<p class="o-teaser__standfirst">{esc(p)}</p>' for p in e["p"]]
        li.append(f'<div class="o-teaser__timestamp"><time class="o-date" datetime="{ts}">{st}</time></div>'
                  '<button class="n-myft-ui__button">Save</button></li>')
        out += li
        if i == 3:
            out.append('<li class="promo"><p>Explore the new FT newsletter hub: Russia, Ukraine and the world in your inbox. Sign up</p></li>')
    out += ['</ul><nav class="pagination"><a>Previous page</a> <a>Next page</a></nav></main>',
            f'<footer><p>\u00a9 THE FINANCIAL TIMES LTD {cap.year}. FT and \u2018Financial Times\u2019 are trademarks of The Financial Times Ltd.</p>'
            '<a>Terms &amp; Conditions</a> <a>Privacy Policy</a> <a>Cookies</a> <a>Copyright</a> <a>Help</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_politico(S):
    """POLITICO (US) newsletter page 'National Security Daily', text scrape. Masthead and nav, 'NEWSLETTER' label, newsletter
    title, 'By NAME and NAME' in capitals, '03/12/2031 04:55 PM EDT', sponsor line, 'With help from ...', greeting paragraph,
    then ALL-CAPS section headings (one entry each, no per-section time), a sponsor message, subscribe prompts, footer."""
    z = S["zone"]; pub = dt(S["published"], z)
    for e in S["entries"]:
        assert e["t"] == S["published"]
    st = f"{pub:%m/%d/%Y} {clock12(pub, space=' ', suffix=('AM', 'PM'), pad=True)} {pub.tzname()}"
    L = ["Skip to Main Content", "", "POLITICO", "", "Congress  White House  Elections  Legal  Magazine  Newsletters  Podcasts  Video  POLITICO Pro", "",
         "NEWSLETTER", S["series"], "", S["title"], "", f"By {S['byline']}", st, "", f"Presented by {S['sponsor']}", "",
         f"With help from {S['help']}", "", f"Subscribe to {S['series']}", "", S["greeting"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += [f"A message from {S['sponsor']}:", "", S["ad"], "", "Subscribe to POLITICO Pro. Essential policy news, real-time tracking and intelligence.", ""]
    L += [f"Don\u2019t miss a beat: Subscribe to {S['series']}.", "", "Follow us on X", ""] + [x for f in S["follow"] for x in (f, "")]
    L += ["FOLLOW US", "About Us  Advertising  Breaking News Alerts  Careers  Credit Card Payments  Digital Edition  FAQ  Feedback  Headlines  Photos  Press  Print Subscriptions  Request A Correction  Write For Us  RSS  Site Map",
          "Terms of Service  Privacy Policy", f"\u00a9 {pub.year} POLITICO LLC"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_npr(S):
    """NPR live-updates page, saved HTML. Posts newest first: <time datetime="...-04:00"><span class="date">March 15, 2031</span>
    <span class="time">6:48 PM ET</span></time> above the h3 headline, byline name, body; audio modules ('3-Minute Listen',
    'Playlist'); 'Sponsor Message' slots; long footer."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} : NPR</title></head><body>',
           '<div class="skip"><a>Accessibility links</a> <a>Skip to main content</a> <a>Keyboard shortcuts for audio player</a></div>',
           '<header><a class="npr-logo">NPR</a><nav><a>News</a> <a>Culture</a> <a>Music</a> <a>Podcasts &amp; Shows</a> <a>Search</a></nav>'
           '<a>Newsletters</a> <a>NPR Shop</a> <a class="donate">Donate</a> <a>Sign In</a>'
           '<div class="live-radio"><button>Listen Live</button> <span>Hourly News</span> <span>My Playlist</span></div></header>',
           f'<main><div class="slug"><a>{esc(S["slug"])}</a></div>', f'<h1>{esc(S["title"])}</h1>', f'<p class="teaser">{esc(S["lede"])}</p>',
           '<div class="share-tools"><a>Facebook</a> <a>Flipboard</a> <a>Email</a></div>', '<div class="liveblog">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{clock12(d, space=' ', suffix=('AM', 'PM'))} ET"; stamps.append(st)
        out.append(f'<article class="liveblog-post"><div class="dateblock"><time datetime="{d.isoformat()}"><span class="date">'
                   f'{MONTHS[d.month - 1]} {d.day}, {d.year}</span> <span class="time">{st}</span></time></div><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<div class="byline"><span class="byline__name"><a>{esc(e["a"])}</a></span></div>')
        if e.get("audio"):
            out.append(f'<div class="audio-module"><button>Listen \u00b7 {e["audio"]}</button> <span>{int(e["audio"].split(":")[0]) + 1}-Minute Listen</span> '
                       '<button>Playlist</button> <span>Download</span> <span>Embed</span></div>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</article>')
        if i in (1, 4):
            out.append('<aside class="ad"><span>Sponsor Message</span></aside>')
    out += ['</div><section class="more"><h3>More Stories From NPR</h3>' + "".join(f'<a>{esc(r)}</a>' for r in S["related"]) + '</section></main>',
            '<footer><h4>Read &amp; Listen</h4><a>Home</a> <a>News</a> <a>Culture</a> <a>Music</a> <a>Podcasts &amp; Shows</a>'
            '<h4>Connect</h4><a>Newsletters</a> <a>Facebook</a> <a>Instagram</a> <a>Press</a> <a>Public Editor</a> <a>Corrections</a> <a>Contact &amp; Help</a>'
            '<h4>About NPR</h4><a>Overview</a> <a>Diversity</a> <a>NPR Network</a> <a>Accessibility</a> <a>Ethics</a> <a>Finances</a>'
            '<h4>Get Involved</h4><a>Support Public Radio</a> <a>Sponsor NPR</a> <a>NPR Careers</a> <a>NPR Shop</a> <a>NPR Events</a>'
            f'<p><a>terms of use</a> <a>privacy</a> <a>your privacy choices</a> <a>text only</a> \u00a9 {last.year} npr</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_usatoday(S):
    """USA TODAY live-updates article, text scrape. Nav, 'WORLD' label, title, byline name + 'USA TODAY', then
    'Published 6:14 a.m. ET March 16, 2031 | Updated 4:52 p.m. ET March 16, 2031' (time before date); lede paragraphs; crosshead
    sections (one entry each, no per-section time); a photo caption; 'Contributing:' line; footer."""
    z = S["zone"]; pub = dt(S["published"], z); upd = dt(S["updated"], z)
    for e in S["entries"]:
        assert e["t"] == S["published"]
    f = lambda d: f"{clock12(d, space=' ', suffix=('a.m.', 'p.m.'))} ET {nyt_date(d)}"
    L = ["Skip to main content", "", "USA TODAY", "", "U.S.", "Sports", "Entertainment", "Life", "Money", "Tech", "Travel", "Opinion", "Crossword",
         "Investigations", "", "Subscribe", "Sign in", "", "WORLD", "", S["title"], "", S["byline"], "USA TODAY", "", f"Published {f(pub)} | Updated {f(upd)}", ""]
    L += ptxt(S["lede"])
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 0:
            L += [S["cap"], ""]
        if i == 2:
            L += ["Subscribe to USA TODAY\u2019s Daily Briefing newsletter", "Sign up", ""]
    L += [f"Contributing: {S['contrib']}", "", "Help  Terms of Service  Subscription Terms & Conditions  Privacy Policy  Site Map  Accessibility  Our Ethical Principles  Your Privacy Choices",
          f"\u00a9 {pub.year} USA TODAY, a division of Gannett Satellite Information Network, LLC."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


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
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": (e.get("basis") or S["basis"]).format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"],
                                                                                    tz=d.tzname(), u=u.strftime("%Y-%m-%d %H:%M")),
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

# ---------------------------------------------------------------- 19300 The New York Times (text live page)
KHK = "kharkiv-power-plant-missile-strike-2031-03-11"
SEEDS.append(dict(
  id="19300", name="19300_nytimes-live", ext="txt", source="The New York Times", zone="America/New_York", render=r_nyt,
  title="Ukraine News: Russian Strike on Kharkiv Power Plant Kills 5 as Geneva Talks Stall",
  lede="The overnight attack cut heating to about 180,000 households in Ukraine\u2019s second-largest city. In Geneva, negotiators failed to agree on a new prisoner exchange.",
  updated="2031-03-11 19:48",
  wwk=["A Russian missile attack on a Kharkiv power plant killed at least five people and left much of the city without heat.",
       "Talks in Geneva over prisoners of war and deported children broke up without an agreement.",
       "The Netherlands will pay for drones built by Ukrainian manufacturers."],
  related=["Ukraine\u2019s Drone Makers Are Booming. Can Their Government Afford Them?", "In Kharkiv, Life Goes On Below Ground", "What to Know About the Geneva Talks"],
  basis="stamp '{s}' (date, 12-hour time and 'ET' printed in the post); Eastern time on that date is {tz} (US daylight time began 9 March 2031); local {d} in {z} = {u} UTC",
  notes="Imitates a New York Times live page as copied from a browser. Header with 'Updated' line split over two lines, a 'Here\u2019s what we know:' list of three summary sentences that point to posts but are worded differently from the post headlines (so no entry is key_point), then posts newest first: stamp 'March 11, 2031, 7:32 p.m. ET', headline, byline, optional 'Reporting from ...', optional photo caption fused with 'Credit...', body; ad slots between posts. US daylight time is in force (EDT, UTC-4). Midnight crossing: the oldest post is stamped 'March 10, 2031, 9:05 p.m. ET', which is 01:05 UTC on 11 March, so the whole page is one UTC day. 19300-05 is a news analysis (theme piece) on the Kharkiv power plant that must not merge with the strike itself.",
  not_entries=["skip links and section navigation lines (World, Africa, Americas, ...)", "'Subscribe for $1/week', 'Log in'", "masthead date 'Tuesday, March 11, 2031' and 'Today\u2019s Paper'",
               "'Advertisement' / 'SKIP ADVERTISEMENT' slots (top and between posts)", "'LIVE' label and the 'Updated' line (page update time)", "page title and standfirst",
               "'Here\u2019s what we know:' and its three summary sentences (links to posts, not posts)", "'Share full article'", "byline and 'Reporting from ...' lines (author, not body)",
               "photo caption with 'Credit...' in 19300-07", "'More on Russia and Ukraine' and its three related links", "footer (Site Index, copyright, NYTCo links)"],
  entries=[
  E("2031-03-11 19:32", "Death Toll From Kharkiv Power Plant Strike Rises to Five",
    ["Five people are now confirmed dead after Russian missiles struck a combined heat and power plant in Kharkiv overnight, Ihor Terekhov, the city\u2019s mayor, said on Tuesday evening, after rescuers recovered the bodies of two maintenance workers from beneath a collapsed turbine hall.",
     "Mr. Terekhov said 23 people had been wounded and that about 180,000 households in the city\u2019s north and east were still without heating, with overnight temperatures hovering near freezing.",
     "Engineers had restored part of the plant\u2019s capacity only in January, after a strike last autumn, he said."],
    "strikes", "strikes", 3, KHK, a="Yuliia Shepel", where="Kharkiv, Ukraine", n="toll 5 dead, 23 wounded"),
  E("2031-03-11 17:10", "Netherlands Pledges $450 Million for Drones Built in Ukraine",
    ["The Dutch government said on Tuesday that it would spend about $450 million this year on long-range and interceptor drones made by Ukrainian manufacturers, the latest European country to pay Ukraine\u2019s own arms industry rather than ship weapons from its stockpiles.",
     "Ukraine\u2019s defense industry says it can build far more drones than its government can afford to buy, and officials in Kyiv have urged allies to fund the spare capacity."],
    "aid", "aid", 3, "netherlands-drone-funding-2031-03-11", a="Thomas Brennard", where="Brussels"),
  E("2031-03-11 14:26", "Talks in Geneva on Prisoners and Deported Children End Without a Deal",
    ["Two days of talks between Ukrainian and Russian officials in Geneva broke up on Tuesday without an agreement on a new prisoner exchange or on the return of Ukrainian children taken to Russia, according to people briefed on the discussions.",
     "The meetings, hosted by the International Committee of the Red Cross, were the first direct contact between the two sides since December. A Ukrainian participant said Moscow had tried to link any exchange to the release of people convicted of collaboration by Ukrainian courts, a condition Kyiv rejected.",
     "Neither delegation said when it would meet again."],
    "diplomacy", "diplomacy", 3, "geneva-prisoner-talks-2031-03-11", a="Peter Ashworth", where="Geneva"),
  E("2031-03-11 11:54", "Ukraine\u2019s Parliament Extends Martial Law for Another 90 Days",
    ["Ukraine\u2019s Parliament voted on Tuesday to extend martial law and the general mobilization for another 90 days, the latest in a long series of extensions since Russia\u2019s full-scale invasion began in February 2022.",
     "The measure passed with 311 votes. Under martial law, national elections cannot be held, a point the Kremlin has repeatedly raised to question President Volodymyr Zelensky\u2019s legitimacy."],
    "other", "politics", 2, "ukraine-martial-law-extension-2031-03-11", a="Nataliya Vasylyk", where="Kyiv, Ukraine"),
  E("2031-03-11 08:15", "Kharkiv Has Rebuilt Its Power Plant Twice. Russia Keeps Coming Back.",
    ["For the third winter in a row, the engineers who run Kharkiv\u2019s largest heating plant have spent months patching turbines and boilers, only to watch Russian missiles undo their work in a single night.",
     "The pattern reflects a wider Russian effort to make life as hard as possible in Ukraine\u2019s second-largest city, about 25 miles from the border. Ballistic missiles launched from the Belgorod region can reach it in well under a minute, leaving air defenses almost no time to respond.",
     "Ukrainian officials have begun installing smaller, dispersed generating units around the city, reasoning that dozens of modest targets are harder to knock out than one large one."],
    "strikes", "strikes", 2, "analysis-kharkiv-power-plant-repeated-attacks", a="Daniel Whitcombe",
    n="theme piece (news analysis on repeated attacks on Kharkiv's power plant); mentions the overnight strike but must not merge with it"),
  E("2031-03-11 03:40", "Ukrainian Drones Strike Oil Refinery in Russia\u2019s Saratov Region",
    ["Ukrainian long-range drones struck an oil refinery in the Russian city of Saratov early on Tuesday, setting off a fire at a crude processing unit, according to a Ukrainian security official who spoke on condition of anonymity to discuss a military operation.",
     "The regional governor in Saratov said debris from downed drones had caused a fire at an \u201cindustrial facility\u201d and that no one had been hurt. Russia\u2019s Defense Ministry said its air defenses had destroyed 46 drones over several regions overnight."],
    "strikes", "strikes", 2, "saratov-refinery-drone-strike-2031-03-11", a="Oksana Hrytsenko"),
  E("2031-03-10 21:05", "Russian Missiles Hit Kharkiv Power Plant, Killing at Least 2",
    ["Russia struck a power and heating plant in Kharkiv with ballistic missiles early on Tuesday, killing at least two people and cutting heat to large parts of the city, Ukrainian officials said.",
     "Oleh Syniehubov, the head of the Kharkiv regional administration, said at least three missiles had hit the plant\u2019s grounds shortly after 3 a.m. local time. Firefighters were working to contain a blaze in the turbine hall."],
    "strikes", "strikes", 3, KHK, a="Yuliia Shepel", where="Kharkiv, Ukraine",
    cap="Smoke rising over Kharkiv after the missile strike early on Tuesday.Credit...Serhii Kozlov/Reuters",
    n="toll 2; printed date March 10 (ET) = 11 March UTC", basis="stamp '{s}': 9:05 p.m. EDT on 10 March is 01:05 UTC on 11 March (midnight crossing); local {d} in {z}"),
  ]))

# ---------------------------------------------------------------- 19301 The Washington Post (HTML 'Ukraine live briefing', key-events article)
SEEDS.append(dict(
  id="19301", name="19301_washingtonpost-briefing", ext="html", source="The Washington Post", zone="America/New_York", render=r_wapo,
  title="Ukraine live briefing: Russia masses troops near Sumy; Finland\u2019s president visits Kyiv",
  dek="Ukrainian military intelligence says Russia has moved several brigades toward the northern border region.",
  url="https://www.washingtonpost.com/world/2031/03/04/ukraine-russia-war-news-sumy-stubb/",
  byline="Annika Brandvold and Serhii Oliinyk", published="2031-03-04 01:30", comments=87,
  lede="Ukraine\u2019s military intelligence agency says Russia has gathered tens of thousands of troops across the border from the Sumy region, the largest buildup there in more than a year. Here\u2019s the latest on the war and its ripple effects across the globe.",
  feature="In the Carpathian foothills, Ukrainian beekeepers who fled the front are starting over with borrowed hives. Read the story by Serhii Oliinyk.",
  contrib="Kateryna Dzhus in Kyiv contributed to this report.",
  related=["Opinion: Europe\u2019s air defense gap is a choice", "Inside the hunt for Russia\u2019s shadow tankers"],
  basis="no per-item time; the article's display date 'March 4, 2031 at 1:30 a.m. EST' (UTC-5) applies to every bullet; local {d} in {z} = {u} UTC",
  notes="Imitates The Washington Post's daily 'Ukraine live briefing' article (a key-events page), saved as HTML with NewsArticle JSON-LD. Sections 'Key developments', 'Battleground updates' and 'Global impact' hold bulleted one-paragraph items without headlines (headline null, first_sentence = the bullet's first sentence) and without per-item time (stamp null, published = the display date, 06:30 UTC). The byline is one span, used as every item's author. 'From our correspondents' is a promo for a feature (not an entry). Spellings 'Zelensky', 'E.U.'.",
  not_entries=["navigation, logo, 'Democracy Dies in Darkness', 'Subscribe', 'Sign in'", "kicker 'Europe'", "headline (h1) and subheadline",
               "byline 'By Annika Brandvold and Serhii Oliinyk'", "display date 'March 4, 2031 at 1:30 a.m. EST'", "share bar 'Gift Article', 'Share', 'Comment' and count 87",
               "intro paragraph ('... Here\u2019s the latest on the war and its ripple effects across the globe.')", "section headings (Key developments, Battleground updates, Global impact)",
               "'From our correspondents' heading and its feature promo paragraph", "contributor line 'Kateryna Dzhus in Kyiv contributed to this report.'",
               "'Today\u2019s WorldView' newsletter box", "comments section ('87 Comments', 'View comments')", "'More from World' links", "footer"],
  entries=[
  E("2031-03-04 01:30", None,
    ["Russia has massed about 40,000 troops in its Kursk and Belgorod regions opposite Ukraine\u2019s Sumy region, Ukraine\u2019s military intelligence agency, known as HUR, said Monday. A spokesman for the agency said the force included airborne units and could be preparing for a spring offensive, though it might also be meant to pin down Ukrainian reserves."],
    "other", "frontline", 2, "russian-troop-buildup-sumy-border-2031-03-03", a="Annika Brandvold and Serhii Oliinyk", sec_h="Key developments"),
  E("2031-03-04 01:30", None,
    ["Finnish President Alexander Stubb arrived in Kyiv on Monday and signed an agreement with President Volodymyr Zelensky on joint production of artillery ammunition, the Ukrainian presidential office said. It was Stubb\u2019s fourth visit to Ukraine since taking office."],
    "diplomacy", "diplomacy", 3, "stubb-kyiv-visit-2031-03-03", a="Annika Brandvold and Serhii Oliinyk", sec=["aid"], sec_h="Key developments"),
  E("2031-03-04 01:30", None,
    ["Russian glide bombs struck a residential area of Zaporizhzhia late Monday, killing four people and wounding 17, regional governor Ivan Fedorov said. It was the third deadly attack on the city in a week."],
    "strikes", "strikes", 3, "zaporizhzhia-glide-bomb-strike-2031-03-03", a="Annika Brandvold and Serhii Oliinyk", sec_h="Key developments"),
  E("2031-03-04 01:30", None,
    ["Ukrainian forces have pulled back from two villages west of Kostiantynivka in the Donetsk region to avoid being encircled, a spokesman for the army group in the area said Monday. Russian military bloggers claimed that Russian troops had raised flags in both villages."],
    "other", "frontline", 2, "kostiantynivka-villages-withdrawal-2031-03-03", a="Annika Brandvold and Serhii Oliinyk", sec_h="Battleground updates"),
  E("2031-03-04 01:30", None,
    ["Ukraine\u2019s navy said its sea drones damaged a Russian patrol ship near the port of Novorossiysk overnight into Monday. Russia\u2019s Black Sea Fleet did not comment, but a local official in Novorossiysk said air raid sirens had sounded for several hours."],
    "strikes", "strikes", 2, "novorossiysk-sea-drone-attack-2031-03-03", a="Annika Brandvold and Serhii Oliinyk", sec_h="Battleground updates"),
  E("2031-03-04 01:30", None,
    ["The European Commission proposed steep tariffs on Russian fertilizer and on some farm goods from Belarus, arguing that the imports help fund Moscow\u2019s war. The proposal needs the backing of a qualified majority of E.U. member states."],
    "diplomacy", "diplomacy", 2, "eu-tariffs-russian-fertilizer-2031-03-03", a="Annika Brandvold and Serhii Oliinyk", sec_h="Global impact"),
  E("2031-03-04 01:30", None,
    ["Japan agreed to lend Ukraine about $300 million for repairs to its power grid, the Japanese Foreign Ministry said Tuesday. The loan is to be repaid from the proceeds of frozen Russian assets under a Group of Seven arrangement."],
    "aid", "aid", 3, "japan-grid-repair-loan-2031-03-04", a="Annika Brandvold and Serhii Oliinyk", sec_h="Global impact"),
  ]))

# ---------------------------------------------------------------- 19302 The Wall Street Journal (text live coverage, paywall cut)
ODS = "odesa-port-missile-strike-2031-03-07"
SEEDS.append(dict(
  id="19302", name="19302_wsj-livecoverage", ext="txt", source="The Wall Street Journal", zone="America/New_York", render=r_wsj,
  title="Russia-Ukraine War: Missiles Hit Odesa Port; U.S. Targets Chinese Banks",
  wtk=["Russian missiles struck Odesa\u2019s port, killing at least six people.", "The U.S. sanctioned two Chinese banks it says help Russia evade export controls.",
       "Rheinmetall opened an artillery-shell plant in western Ukraine."],
  basis="stamp '{s}' (date, 12-hour time and 'ET' printed); Eastern time on 7 March 2031 is EST (UTC-5); local {d} in {z} = {u} UTC",
  notes="Imitates a Wall Street Journal live-coverage page as copied from a browser. 'LIVE', 'Updated ...' line, 'What to Know' bullets (summary sentences, not post headlines), posts newest first with a full stamp 'March 7, 2031 4:58 pm ET' above the headline, 'By NAME', body, then 'Share' / 'Resize' tool lines. The capture stops at the paywall prompt after the sixth post (older posts are not on the page). Eastern Standard Time (UTC-5): US daylight time starts two days later.",
  not_entries=["skip links, masthead, edition and navigation rows", "'Subscribe', 'Sign In'", "section path 'World | Europe'", "'LIVE' label and 'Updated March 7, 2031 4:58 pm ET' line",
               "page title", "'What to Know' and its three bullet sentences", "'By NAME' lines (author, not body)", "'Share' / 'Resize' tool lines after each post",
               "'Advertisement - Scroll to Continue'", "paywall prompt ('Continue reading your article with a WSJ subscription', 'Subscribe Now', 'Already a subscriber? Sign In')", "copyright line"],
  entries=[
  E("2031-03-07 16:58", "U.S. Sanctions Two Chinese Banks Over Russia Payments",
    ["The Treasury Department on Friday imposed sanctions on two midsize Chinese banks that it said had processed payments for Russian importers of machine tools and drone components, the most significant U.S. move against Chinese lenders since the war began.",
     "The measures cut the banks off from the dollar system. China\u2019s foreign ministry said Beijing would take \u201cnecessary measures\u201d to protect its companies."],
    "diplomacy", "diplomacy", 3, "us-sanctions-chinese-banks-2031-03-07", a="Caroline Detweiler"),
  E("2031-03-07 14:20", "Odesa Death Toll Rises to Six as Port Operations Resume",
    ["The number of people killed in Friday morning\u2019s missile strike on Odesa\u2019s port rose to six, the regional governor, Oleh Kiper, said, as dockworkers began clearing debris from two damaged grain berths.",
     "Port officials said ships had resumed loading at other berths by early afternoon."],
    "strikes", "strikes", 3, ODS, a="Mykola Tarasenko", n="toll 6"),
  E("2031-03-07 12:05", "Russia\u2019s Central Bank Holds Rates as War Spending Strains Budget",
    ["Russia\u2019s central bank kept its key interest rate unchanged at 14% on Friday, saying inflation remained stubborn as military spending continued to absorb a record share of the federal budget.",
     "Economists say the government has leaned on higher taxes and domestic borrowing to cover a deficit that widened sharply last year as oil revenue fell."],
    "other", "politics", 2, "russia-central-bank-rate-hold-2031-03-07", a="Anneliese Marsh"),
  E("2031-03-07 09:30", "Rheinmetall Opens Artillery-Shell Plant in Western Ukraine",
    ["Germany\u2019s Rheinmetall opened a plant in western Ukraine on Friday that it says will eventually produce 150,000 artillery shells a year, in a joint venture with Ukraine\u2019s state defense conglomerate.",
     "The company didn\u2019t disclose the plant\u2019s exact location, citing security. Ukrainian officials said output would start at a lower rate and rise through next year."],
    "aid", "aid", 2, "rheinmetall-shell-plant-ukraine-2031-03-07", a="Caroline Detweiler"),
  E("2031-03-07 06:15", "Russian Missiles Strike Odesa Port, Killing Four",
    ["Russian ballistic missiles hit the port of Odesa early Friday, killing four people and damaging grain terminals and a passenger terminal, Ukrainian officials said.",
     "Ukraine\u2019s air force said Russia fired three Iskander-M missiles from occupied Crimea; none was intercepted."],
    "strikes", "strikes", 3, ODS, a="Mykola Tarasenko", n="toll 4"),
  E("2031-03-07 03:02", "Kremlin Says No Meeting Between Putin and Zelensky Is Planned",
    ["The Kremlin said on Friday that there were no plans for Russian President Vladimir Putin to meet Ukrainian President Volodymyr Zelensky, brushing aside a Turkish offer to host the two leaders in Istanbul.",
     "Kremlin spokesman Dmitry Peskov told reporters such a meeting could only take place to \u201cfinalize\u201d an agreement, not to negotiate one."],
    "diplomacy", "diplomacy", 2, "kremlin-no-putin-zelensky-meeting-2031-03-07", a="Anneliese Marsh"),
  ]))

# ---------------------------------------------------------------- 19303 The Guardian (HTML live blog, clocks go forward)
DNP = "dnipro-missile-strike-2031-03-30"
SEEDS.append(dict(
  id="19303", name="19303_guardian-live", ext="html", source="The Guardian", zone="Europe/London", render=r_guardian,
  title="Russia-Ukraine war live: death toll in Dnipro missile strike rises to 11; Zelenskiy asks for more Patriots",
  url="https://www.theguardian.com/world/live/2031/mar/30/russia-ukraine-war-live-dnipro-missile-strike-zelenskiy-patriot",
  standfirst=["Russian ballistic missiles hit a residential district of Dnipro on Sunday morning",
              "Ukrainian president says at least 10 more Patriot systems are needed before summer"],
  byline="Alys Fernhill", capture="2031-03-30 18:52", comments="1,486",
  related=["Kursk, Kharkiv and the long border war", "What the Dnipro strike tells us about Russia\u2019s missile stocks", "Moldova summons Russian envoy"],
  basis="block stamp '{s}' with its own zone ({tz}); header date 'Sun 30 Mar 2031'; UK clocks went forward at 01:00 UTC on 30 March; local {d} in {z} = {u} UTC",
  notes="Imitates a Guardian live blog saved as HTML. LiveBlogPosting JSON-LD is present but every liveBlogUpdate repeats the page's headline and datePublished (no per-update title or time), so the visible blocks decide. Header date 'Sun 30 Mar 2031 18.52 BST'. A 'Key events' list (relative age + block title) names three block headlines: treated as this page's Key Points (key_point true, importance 3). Blocks newest first: <time datetime=UTC>HH.MM BST</time>, optional h2 title (three blocks have none: headline null, first_sentence from the first paragraph), paragraphs, 'Updated at' and Share footer. Sunday 30 March 2031 is the day UK clocks go forward: the oldest block prints '00.35 GMT' (00:35 UTC), the others BST (UTC+1). Page byline 'Alys Fernhill' is every block's author (no per-block bylines). Spelling 'Zelenskiy'. Must-not-merge: the overnight drone/missile attack (19303-07) vs the Dnipro strike later in the morning; Moldova's drone debris (19303-04) vs both.",
  not_entries=["support banner ('Support the Guardian', 'Fund independent journalism with \u00a310 per month', 'Support us')", "pillar and section navigation",
               "series label 'Ukraine' and 'Live' badge", "page title (h1)", "standfirst bullets (two)", "byline 'Alys Fernhill'", "header date 'Sun 30 Mar 2031 18.52 BST'",
               "'Key events' heading and its three links with relative ages ('1h ago', '6h ago', '8h ago')", "'Show key events only' and 'Please turn on JavaScript to use this feature'",
               "'Updated at 17.20 BST' block footer and the Share buttons", "pagination 'Older' / 'Oldest'", "'Explore more on these topics' and topic links",
               "'Reuse this content'", "comments header 'Comments (1,486)' and closed-discussion note", "'Most viewed' links", "footer"],
  entries=[
  E("2031-03-30 18:21", None,
    ["Ukraine\u2019s foreign minister, Andrii Sybiha, has said he will travel to Ankara this week for talks with his Turkish counterpart, Hakan Fidan, on the security of shipping in the Black Sea.",
     "Sybiha said on X that Kyiv wanted Turkey to take a \u2018more active role\u2019 in guaranteeing safe passage for merchant ships, which have come under repeated drone attack near Odesa this month."],
    "diplomacy", "diplomacy", 2, "sybiha-ankara-visit-announced-2031-03-30", a="Alys Fernhill", bid="6621a0", n="block without a headline"),
  E("2031-03-30 17:02", "Death toll in Dnipro strike rises to 11",
    ["The number of people killed in this morning\u2019s Russian missile strike on Dnipro has risen to 11, the head of the regional military administration, Serhiy Lysak, has said.",
     "Among the dead are two teenagers. Forty-four people were injured, nine of whom remain in a serious condition, Lysak said on Telegram."],
    "strikes", "strikes", 3, DNP, a="Alys Fernhill", kp=True, bid="65f3c9", upd="17.20 BST", n="toll 11 dead, 44 injured; listed under Key events"),
  E("2031-03-30 15:47", "Russia claims capture of village near Kupiansk",
    ["Russia\u2019s defence ministry has claimed its forces captured the village of Kurylivka, south-east of Kupiansk in the Kharkiv region.",
     "Ukraine\u2019s general staff did not confirm the loss and said fighting continued in the area. The Guardian could not independently verify either side\u2019s claims."],
    "other", "frontline", 2, "kurylivka-capture-claim-2031-03-30", a="Alys Fernhill", bid="65e2b7"),
  E("2031-03-30 14:10", None,
    ["Moldova\u2019s defence ministry says fragments of a drone were found in a field near the village of Giurgiule\u0219ti, close to the border with Ukraine and Romania, after a night of Russian drone attacks on the Odesa region.",
     "No one was hurt. Moldova\u2019s foreign ministry has summoned the Russian ambassador, a ministry spokesperson said."],
    "strikes", "strikes", 2, "moldova-drone-debris-2031-03-30", a="Alys Fernhill", sec=["diplomacy"], bid="65d0f1",
    n="block without a headline; drone debris on the territory of a non-party (strikes); must not merge with the overnight attack it followed"),
  E("2031-03-30 12:30", "Zelenskiy: Ukraine needs \u2018at least 10 more\u2019 Patriot systems",
    ["Volodymyr Zelenskiy has said Ukraine needs at least 10 more Patriot air defence systems to protect its cities before the summer, speaking hours after the strike on Dnipro.",
     "\u2018Every system standing in a warehouse in Europe is a system that could have saved lives in Dnipro today,\u2019 the Ukrainian president said in a video address. He said he had raised the request with the German chancellor, Friedrich Merz, in a phone call on Sunday.",
     "Germany has so far supplied Ukraine with several Patriot systems, most recently in January."],
    "aid", "aid", 3, "zelenskiy-patriot-appeal-2031-03-30", a="Alys Fernhill", sec=["strikes"], kp=True, bid="65c4a2",
    n="appeal for air defence (aid); mentions the Dnipro strike but is its own statement; listed under Key events"),
  E("2031-03-30 10:15", "Russian missile strike on Dnipro kills at least seven",
    ["At least seven people have been killed and more than 30 injured after Russian ballistic missiles hit a residential area of Dnipro, regional officials said.",
     "The strike, shortly after 11am local time, destroyed part of a nine-storey apartment building and damaged a shopping centre nearby. Rescue teams are searching the rubble for people thought to be trapped."],
    "strikes", "strikes", 3, DNP, a="Alys Fernhill", kp=True, bid="65b871", n="toll 7; listed under Key events"),
  E("2031-03-30 08:05", None,
    ["Russia launched 94 drones and six ballistic missiles at Ukraine overnight, Ukraine\u2019s air force said, adding that air defences shot down or jammed 71 of the drones.",
     "Most of the attack was aimed at the Odesa and Mykolaiv regions, where officials reported damage to port and energy infrastructure but no casualties."],
    "strikes", "strikes", 2, "overnight-drone-missile-attack-2031-03-30", a="Alys Fernhill", bid="65a912",
    n="block without a headline; the night attack (no casualties) must not merge with the Dnipro strike later in the morning"),
  E("2031-03-30 00:35", "Ukraine says it hit ammunition depot in Bryansk region",
    ["Ukraine\u2019s general staff has said its forces struck an ammunition depot near the town of Klintsy in Russia\u2019s Bryansk region on Saturday night.",
     "The region\u2019s governor said drones had caused a fire at an \u2018industrial site\u2019 but reported no casualties."],
    "strikes", "strikes", 2, "bryansk-ammunition-depot-strike-2031-03-29", a="Alys Fernhill", bid="659f40",
    n="stamp '00.35 GMT': before the clocks went forward"),
  ]))

# ---------------------------------------------------------------- 19304 The Telegraph (text live blog)
SEEDS.append(dict(
  id="19304", name="19304_telegraph-live", ext="txt", source="The Telegraph", zone="Europe/London", render=r_telegraph,
  title="Ukraine-Russia war latest: Putin launches 120 drones as Britain sanctions shadow fleet",
  lede="Ukrainian air defences worked through the night as Kyiv and Kharkiv came under attack",
  topics=["Russia-Ukraine war", "Vladimir Putin", "Volodymyr Zelensky", "Royal Navy"],
  byline="Helena Marwood", updated="2031-03-02 17:47", comments=214,
  cap="A Ukrainian serviceman fires at drones from an anti-aircraft gun outside Kyiv Credit: Oleksii Marchuk/Reuters",
  related=["The Russian generals who vanished this winter", "Inside Britain\u2019s training camp for Ukraine\u2019s new recruits", "How Baltic navies shadow the dark fleet"],
  basis="bare stamp '{s}' resolved against the header 'Updated 2 March 2031 5:47pm' (UK time; GMT = UTC in early March); local {d} in {z}",
  notes="Imitates a Telegraph live blog as copied from a browser. Title, standfirst, 'Related Topics', page byline 'By Helena Marwood' (used for every post: posts carry no byline), header 'Updated 2 March 2031 5:47pm', a photo caption fused with 'Credit:', then posts newest first: bare '5:40PM' line, headline, body. 19304-03 is a 'Watch:' video teaser with only a player and duration (no body). Ad marker, newsletter promo, comments prompt and related stories are chrome.",
  not_entries=["masthead, 'Search Icon', both navigation rows", "'Subscribe now', 'Log in'", "page title and standfirst", "'Related Topics' and its topic list",
               "byline 'By Helena Marwood'", "'Updated 2 March 2031 5:47pm'", "photo caption with 'Credit:'", "'Latest' label",
               "video player lines 'Play video' / '1:04' in the Watch: teaser", "'Advertisement'", "Front Line newsletter promo", "'Load more'",
               "'Join the conversation' / 'Show comments (214)'", "'More stories' and three related headlines", "footer lines"],
  entries=[
  E("2031-03-02 17:40", "Britain to train 10,000 more Ukrainian recruits this year",
    ["Britain will train another 10,000 Ukrainian recruits this year, the Defence Secretary has said, extending a programme that has already put tens of thousands of soldiers through courses at bases across England.",
     "He made the announcement during a visit to a training area on Salisbury Plain, where he watched recruits practise clearing trenches with the help of drone spotters."],
    "aid", "aid", 2, "uk-training-ukrainian-recruits-2031-03-02", a="Helena Marwood"),
  E("2031-03-02 16:12", "Two killed as Russian shells hit Nikopol",
    ["Two men were killed when Russian artillery shelled Nikopol, across the Dnipro river from the occupied Zaporizhzhia nuclear power plant, on Sunday afternoon, local officials said.",
     "The town has been shelled almost daily for years, and more than half of its pre-war population has left."],
    "strikes", "strikes", 3, "nikopol-shelling-2031-03-02", a="Helena Marwood"),
  E("2031-03-02 14:30", "Watch: Ukrainian drone crews hunt Russian armour near Huliaipole", [],
    "other", "frontline", 1, "watch-drone-crews-huliaipole-2031-03-02", a="Helena Marwood", n="video teaser without body"),
  E("2031-03-02 12:55", "Kremlin rejects European \u2018reassurance force\u2019 plan",
    ["The Kremlin has dismissed a Franco-British plan to station European troops in Ukraine after any ceasefire, calling it \u201ca recipe for a wider war\u201d.",
     "Dmitry Peskov, Vladimir Putin\u2019s spokesman, said Moscow would regard any Western soldiers on Ukrainian soil as legitimate targets."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-reassurance-force-2031-03-02", a="Helena Marwood"),
  E("2031-03-02 10:20", "Britain sanctions 40 more shadow fleet tankers",
    ["Britain has imposed sanctions on 40 more tankers that it says carry Russian oil in breach of the G7 price cap, bringing the number of vessels it has targeted to more than 500.",
     "The Foreign Office said the ships had been identified with help from the Danish and Finnish coastguards, which have stepped up inspections of ageing tankers in the Baltic."],
    "diplomacy", "diplomacy", 3, "uk-shadow-fleet-sanctions-2031-03-02", a="Helena Marwood"),
  E("2031-03-02 08:45", "Ukrainian drones hit airfield in Crimea, says general staff",
    ["Ukraine\u2019s general staff says its drones struck the Saky airfield in occupied Crimea overnight, damaging at least one Su-30 fighter jet and a fuel store.",
     "Russia\u2019s defence ministry said it had shot down 38 Ukrainian drones over Crimea and the Black Sea."],
    "strikes", "strikes", 2, "saky-airfield-drone-strike-2031-03-02", a="Helena Marwood"),
  E("2031-03-02 07:05", "Russia launches 120 drones at Ukraine overnight",
    ["Russia attacked Ukraine with 120 drones and four cruise missiles overnight, the Ukrainian air force said, with Kyiv and Kharkiv among the main targets.",
     "Air defences destroyed 97 of the drones and all four missiles, it said. Falling debris damaged houses in two villages outside Kyiv, but no injuries were reported."],
    "strikes", "strikes", 3, "overnight-drone-attack-2031-03-02", a="Helena Marwood", n="massive attack (100+ drones)"),
  ]))

# ---------------------------------------------------------------- 19305 The Times (HTML live blog)
KYV = "kyiv-overnight-drone-attack-2031-03-08"
SEEDS.append(dict(
  id="19305", name="19305_thetimes-live", ext="html", source="The Times", zone="Europe/London", render=r_times,
  title="Russia-Ukraine war latest: Kyiv left bank without water after drone attack",
  url="https://www.thetimes.com/world/russia-ukraine-war/article/russia-ukraine-war-latest-kyiv-water-drone-attack",
  lede="Russia fired 140 drones at the capital overnight; France says instructors could be sent to western Ukraine",
  authors=["Marek Lisowski", "Eleanor Hadfield"], updated="2031-03-08 18:20", comments=58,
  cap="Firefighters at a damaged block of flats in Kyiv on Saturday ROMAN PETRENKO/AFP/GETTY IMAGES",
  related=["Putin\u2019s war economy is running short of workers", "Inside the Polish town that watches Belarus", "How Ukraine builds a drone a minute"],
  basis="bare stamp '{s}' resolved against the header 'Saturday March 08 2031, 6.20pm GMT, The Times'; local {d} in {z}",
  notes="Imitates a Times (London) live blog saved as HTML. NewsArticle JSON-LD for the page only (no per-post data). Header line 'Saturday March 08 2031, 6.20pm GMT, The Times' (zero-padded day), Share / Save / 'Comments (58)', a photo caption in capitals credit style, then posts newest first: '5.58pm' (dot separator), h2 headline, author line, body. A 'Related articles' box sits after the third post.",
  not_entries=["masthead, 'Log in', 'Subscribe', navigation", "section label 'World | Russia-Ukraine war' and 'LIVE'", "page title and standfirst",
               "header line 'Saturday March 08 2031, 6.20pm GMT, The Times'", "'Share', 'Save', 'Comments (58)'", "photo caption with agency credit",
               "author lines under each headline (author, not body)", "'Related articles' box and its three links", "comments section header and count", "'Most read'", "footer"],
  entries=[
  E("2031-03-08 17:58", "Half of Kyiv\u2019s left bank without water after strike on pumping station",
    ["About 400,000 people on the left bank of the Dnieper in Kyiv have no running water after a Russian drone hit a pumping station during the night, Vitali Klitschko, the mayor, said.",
     "Water bowsers have been sent to the Darnytskyi and Dniprovskyi districts. Klitschko said repairs would take at least two days."],
    "strikes", "strikes", 3, KYV, a="Eleanor Hadfield", pid="7", n="consequence of the overnight attack (19305-05): same story"),
  E("2031-03-08 15:40", "Wives of mobilised soldiers detained at Moscow rally",
    ["Police in Moscow detained at least 14 women who gathered near the Kremlin wall on International Women\u2019s Day to demand that their husbands be brought home from the front, according to OVD-Info, a rights group.",
     "The women had laid carnations at the Tomb of the Unknown Soldier before officers led them to waiting buses."],
    "other", "politics", 2, "moscow-soldiers-wives-detained-2031-03-08", a="Marek Lisowski", pid="6"),
  E("2031-03-08 13:15", "Poland shuts last road crossing on Belarus border",
    ["Poland has closed its last open road border crossing with Belarus, at Terespol, citing what the interior ministry called repeated provocations by Belarusian border guards.",
     "Rail freight will continue to cross at Ma\u0142aszewicze, the ministry said."],
    "other", "security", 2, "poland-closes-terespol-crossing-2031-03-08", a="Marek Lisowski", pid="5"),
  E("2031-03-08 11:05", "France ready to send instructors to western Ukraine",
    ["France is prepared to send military instructors to western Ukraine to train Ukrainian troops on French equipment, the armed forces minister has said, reviving an idea that alarmed several allies when it was first raised years ago.",
     "The instructors would work \u201cfar from the front\u201d and would not take part in combat, the minister told Le Parisien."],
    "aid", "aid", 2, "france-instructors-western-ukraine-2031-03-08", a="Eleanor Hadfield", sec=["diplomacy"], pid="4"),
  E("2031-03-08 09:30", "Russia fires 140 drones at Kyiv in overnight attack",
    ["Russia launched 140 drones at Kyiv overnight in one of the largest attacks on the capital this year, the city\u2019s military administration said.",
     "Most were shot down, but one hit a water pumping station on the left bank and debris damaged a block of flats in the Obolon district. Three people were treated for minor injuries."],
    "strikes", "strikes", 3, KYV, a="Eleanor Hadfield", pid="3", n="massive attack (140 drones)"),
  E("2031-03-08 07:45", "Russia says 42 Ukrainian drones downed over border regions",
    ["Russia\u2019s defence ministry said its air defences destroyed 42 Ukrainian drones overnight, most of them over the Belgorod and Kursk regions.",
     "The governor of Belgorod said a woman was injured when debris fell on a house in the town of Shebekino."],
    "strikes", "strikes", 2, "russia-border-regions-drones-downed-2031-03-08", a="Marek Lisowski", pid="2"),
  ]))

# ---------------------------------------------------------------- 19306 Financial Times (HTML topic stream, relative stamps)
SEEDS.append(dict(
  id="19306", name="19306_ft-topicstream", ext="html", source="Financial Times", zone="Europe/London", render=r_ft,
  title="War in Ukraine", lede="Get alerts on War in Ukraine when a new story is published", capture="2031-03-13 18:20",
  basis="visible relative age '{s}'; exact time from the teaser's own <time datetime=...+0000> attribute (UTC; London is on GMT); local {d} in {z}",
  notes="Imitates the Financial Times 'War in Ukraine' topic stream saved as HTML (no JSON-LD). Teasers newest first: tag (or 'opinion content.' plus the columnist's name, used as author), headline, one standfirst line (FT standfirsts carry no final full stop, so first_sentence is the whole standfirst), and <time class=\"o-date\" datetime=\"2031-03-13T17:05:11+0000\">an hour ago</time>: the visible stamp is a relative age, the exact time is only in the attribute (seconds dropped). News teasers carry no byline (author null). 19306-06 is an FT Film video teaser with no standfirst. A newsletter promo sits after the fourth teaser.",
  not_entries=["'Accessibility help' and skip links", "masthead, 'Sign In', 'Subscribe', 'myFT', search, navigation", "stream heading 'War in Ukraine', 'Add to myFT' and alert line",
               "tag links above each headline (Ukraine, Russian economy, Defence industry, War in Ukraine, FT Film, EU enlargement) and the 'opinion content.' prefix",
               "'Premium' label", "'Save' buttons", "newsletter promo after the fourth teaser", "pagination 'Previous page' / 'Next page'", "footer"],
  entries=[
  E("2031-03-13 17:05", "EU releases \u20ac4.2bn for Ukraine after Kyiv meets reform targets",
    ["Brussels says Kyiv has met enough benchmarks on courts and customs to unlock the latest tranche of its multiyear support facility"],
    "aid", "aid", 3, "eu-ukraine-facility-tranche-2031-03-13", tag="Ukraine", uuid="5b0e3c1a-7d42-4c55-9f1e-2a8e61c0d901"),
  E("2031-03-13 15:48", "Russian seaborne crude exports slump after tanker sanctions",
    ["Shipments fall to lowest level in five years as insurers and ports shun blacklisted vessels"],
    "diplomacy", "diplomacy", 2, "russian-crude-exports-slump-2031-03-13", tag="Russian economy", uuid="0c7d8e2f-91b3-4a6d-8e25-61f0b7a4c312"),
  E("2031-03-13 13:30", "Europe is running out of excuses on air defence",
    ["Factories can make interceptors faster than governments are willing to order them"],
    "aid", "aid", 2, "opinion-europe-air-defence-orders", a="Harriet Calloway", opinion=True, uuid="e4a1f6b2-3c8d-47e0-b5a9-0d2c7e81f644",
    n="theme piece (opinion column on air-defence orders); its own story"),
  E("2031-03-13 11:20", "Ukraine\u2019s drone makers lobby Kyiv to allow exports",
    ["Manufacturers say surplus capacity could earn hard currency, but generals fear losing scarce components"],
    "other", "security", 2, "ukraine-drone-export-lobbying-2031-03-13", tag="Defence industry", premium=True, uuid="7f2b9d0e-5a61-4e38-a0c4-93d5e2f1b775"),
  E("2031-03-13 09:55", "Russian missile strike on Kryvyi Rih kills three",
    ["Attack on the president\u2019s home city damages a steelworks\u2019 administrative building"],
    "strikes", "strikes", 3, "kryvyi-rih-missile-strike-2031-03-13", tag="War in Ukraine", uuid="a93c0e57-2b1d-4f86-9c3e-4e7a10d5b086"),
  E("2031-03-13 07:40", "How drones redrew the front line in Ukraine", [],
    "other", "frontline", 1, "ft-film-drones-front-line", tag="FT Film", uuid="3d6e1b48-0f7c-4a92-b1d5-c8e2a7f30497", n="video teaser without standfirst"),
  E("2031-03-13 06:10", "Hungary blocks EU statement on Ukraine accession talks",
    ["Budapest objects to wording on minority language rights as other capitals push to open first negotiating cluster"],
    "diplomacy", "diplomacy", 2, "hungary-blocks-ukraine-accession-statement-2031-03-13", tag="EU enlargement", uuid="c1f5a20d-6e94-4b3a-8d07-5b9e3c4d2a18"),
  ]))

# ---------------------------------------------------------------- 19307 POLITICO (text newsletter page, sections)
PB = "LENA HOSKINS and RAFAEL DUARTE"
SEEDS.append(dict(
  id="19307", name="19307_politico-natsecdaily", ext="txt", source="Politico", zone="America/New_York", render=r_politico,
  series="National Security Daily", title="Zelenskyy\u2019s Patriot gambit", byline=PB, published="2031-03-12 16:55",
  sponsor="Northbay Aerospace", help="Dana Whitlock",
  greeting="Thanks for tuning in to National Security Daily, our afternoon newsletter on the people and policies shaping the world. Send tips our way, and follow us on X at @lenahoskins and @rafduarte.",
  ad="Northbay Aerospace builds the sensors that keep allied pilots a step ahead. Learn how our radar upgrades are entering service this year.",
  follow=["Lena Hoskins @lenahoskins", "Rafael Duarte @rafduarte"],
  basis="no per-section time; the newsletter's stamp '03/12/2031 04:55 PM EDT' (month/day/year, UTC-4) applies to every section; local {d} in {z} = {u} UTC",
  notes="Imitates a POLITICO (US) newsletter page, 'National Security Daily', as copied from a browser. Header: 'NEWSLETTER', series name, title, 'By LENA HOSKINS and RAFAEL DUARTE' (names in capitals, as printed; used as every section's author), stamp '03/12/2031 04:55 PM EDT' (US month/day order), sponsor line, 'With help from ...', subscribe link and a greeting paragraph. Each ALL-CAPS section heading is one entry (no per-section time: stamp null, published = the newsletter stamp). TRANSITIONS (a personnel move) and THE KICKER (a navy curiosity) are not about the war. A sponsor message sits after the third section. Spelling 'Zelenskyy'.",
  not_entries=["skip link, masthead and navigation row", "'NEWSLETTER' label and series name 'National Security Daily'", "newsletter title 'Zelenskyy\u2019s Patriot gambit'",
               "byline 'By LENA HOSKINS and RAFAEL DUARTE'", "stamp '03/12/2031 04:55 PM EDT'", "'Presented by Northbay Aerospace'", "'With help from Dana Whitlock'",
               "'Subscribe to National Security Daily'", "greeting paragraph ('Thanks for tuning in ...')", "sponsor message 'A message from Northbay Aerospace:' and its text",
               "POLITICO Pro promo", "closing subscribe line, 'Follow us on X' and the two handles", "footer"],
  entries=[
  E("2031-03-12 16:55", "ZELENSKYY\u2019S PATRIOT GAMBIT",
    ["Ukrainian President Volodymyr Zelenskyy is trying a new approach to get more Patriot interceptors: have Europe pay American factories directly, and jump the queue.",
     "In a letter sent Tuesday to the leaders of the House and Senate Armed Services committees, and obtained by NatSec Daily, Zelenskyy asked lawmakers to back a deal under which Germany and the Netherlands would fund about $900 million in PAC-3 interceptors for Ukraine, delivered ahead of orders from other customers.",
     "\u201cWe are not asking for American taxpayers\u2019 money. We are asking for American speed,\u201d he wrote.",
     "The Pentagon would have to sign off on moving Ukraine up the production line. Two defense officials told us the idea has support inside the building but faces resistance from at least one Gulf customer waiting on its own order."],
    "aid", "aid", 2, "zelenskyy-patriot-interceptor-letter-2031-03-11", a=PB, n="an appeal and a proposal, not yet a decided package"),
  E("2031-03-12 16:55", "NORTH KOREA\u2019S SHELL PIPELINE, BY THE NUMBERS",
    ["A new report from a Washington-based research group estimates that North Korea shipped some 1.4 million artillery shells to Russia in 2030, down from its peak but still roughly a third of what Russian forces fired last year.",
     "The group tracked rail traffic through the Tumangang crossing using commercial satellite imagery. A State Department spokesperson said the findings were \u201cconsistent with our assessment.\u201d"],
    "aid", "aid", 2, "north-korea-shells-to-russia-report-2031-03-12", a=PB, n="arms transfers to Russia"),
  E("2031-03-12 16:55", "SENATE HAWKS DUST OFF SANCTIONS BILL",
    ["A bipartisan group of senators plans to reintroduce legislation that would impose secondary tariffs on countries that keep buying Russian oil, a Senate aide told NatSec Daily.",
     "Similar bills have stalled in previous Congresses. This time, the sponsors hope to attach the measure to the annual defense policy bill."],
    "diplomacy", "diplomacy", 2, "senate-russia-secondary-tariffs-bill-2031-03-12", a=PB),
  E("2031-03-12 16:55", "RUBLES FOR RECRUITS",
    ["Russian regions have raised one-off payments for men who sign military contracts to as much as 3 million rubles, according to an analysis of regional decrees by a European think tank, a sign the Kremlin is struggling to find volunteers without ordering a new mobilization."],
    "other", "frontline", 2, "russian-recruitment-bonuses-2031-03-12", a=PB, n="Russian recruitment (other/frontline, as for recruitment numbers)"),
  OFF("2031-03-12 16:55", "TRANSITIONS",
    ["Marisol Ibarra is now senior director for Western Hemisphere affairs at a Washington consulting firm. She previously was a deputy assistant secretary at the Commerce Department."],
    "transitions-marisol-ibarra-2031-03-12", a=PB, n="personnel move, not about the war"),
  OFF("2031-03-12 16:55", "THE KICKER",
    ["A retired Navy destroyer that was supposed to become an artificial reef off the Florida coast went down early \u2014 in the wrong spot, and upside down. The Navy says no one was aboard."],
    "kicker-destroyer-reef-2031-03-12", a=PB, n="closing curiosity, not about the war"),
  ]))

# ---------------------------------------------------------------- 19308 NPR (HTML live updates)
SEEDS.append(dict(
  id="19308", name="19308_npr-liveupdates", ext="html", source="NPR", zone="America/New_York", render=r_npr,
  title="Live updates: Russia and Ukraine swap prisoners as drone strikes continue", slug="Europe",
  lede="Follow NPR\u2019s coverage of Russia\u2019s war in Ukraine.",
  related=["Ukraine\u2019s drone makers are booming. Exporting them is another story", "How a Kharkiv teacher keeps class going during air raids"],
  basis="stamp '{s}' (12-hour time with 'ET') under the post's own date 'March D, 2031' (same <time>, whose datetime attribute carries the offset); {tz}; local {d} in {z} = {u} UTC",
  notes="Imitates an NPR live-updates page saved as HTML (no JSON-LD). Each post starts with a <time datetime=\"...-04:00\"> holding a date span 'March 15, 2031' and a time span '6:48 PM ET' (the gold stamp is the time span; the date comes from the span just before it), then the h3 headline, the reporter's name, an optional audio module ('Listen \u00b7 3:41', '4-Minute Listen', 'Playlist'), body. 'Sponsor Message' slots between posts. US daylight time (EDT, UTC-4). Midnight crossing: the oldest post is dated March 14, 9:20 PM ET = 01:20 UTC on 15 March. Spelling 'Zelenskyy'.",
  not_entries=["accessibility/skip links", "header: NPR logo, navigation, Newsletters, NPR Shop, Donate, Sign In, live-radio bar", "slug 'Europe'", "page title and teaser line",
               "share tools (Facebook, Flipboard, Email)", "date/time block above each headline (stamp)", "reporter-name line under each headline (author, not body)",
               "audio module in 19308-02 ('Listen \u00b7 3:41', '4-Minute Listen', 'Playlist', 'Download', 'Embed')", "'Sponsor Message' slots",
               "'More Stories From NPR' and its two links", "footer"],
  entries=[
  E("2031-03-15 18:48", "Zelenskyy replaces commander of Ukraine's air force",
    ["Ukrainian President Volodymyr Zelenskyy on Saturday replaced the commander of the country's air force, the second change at the top of the service in less than two years.",
     "In a decree published on the presidential website, Zelenskyy named Maj. Gen. Serhiy Dovhal, until now a deputy commander, to the post. No reason was given for the dismissal of his predecessor."],
    "other", "politics", 2, "ukraine-air-force-commander-replaced-2031-03-15", a="Marisa Quaile"),
  E("2031-03-15 15:15", "In Kharkiv, a school moves underground",
    ["Children in Kharkiv have spent most of the school year in classrooms built inside a metro station and in basements, because the city is too close to the Russian border for safe lessons above ground.",
     "NPR visited one of the underground schools, where teachers say the children have learned to tell the sound of an incoming drone from a passing truck."],
    "other", "humanitarian", 2, "kharkiv-underground-schools-feature", a="Devin Marchetti", audio="3:41", n="audio feature with a text summary"),
  E("2031-03-15 12:30", "Russia and Ukraine swap 210 prisoners each in UAE-brokered exchange",
    ["Russia and Ukraine each released 210 prisoners of war on Saturday in an exchange brokered by the United Arab Emirates, officials on both sides said.",
     "Among the Ukrainians coming home were border guards captured in the first weeks of the full-scale invasion in 2022, according to Ukraine's coordination headquarters for prisoners of war.",
     "The exchange came four days after talks in Geneva on prisoners and deported children ended without agreement."],
    "diplomacy", "diplomacy", 3, "uae-brokered-prisoner-exchange-2031-03-15", a="Marisa Quaile"),
  E("2031-03-15 09:40", "Russian drone hits bus in Kherson, killing 3",
    ["A Russian drone struck a city bus in Kherson on Saturday morning, killing three passengers and injuring seven, the regional governor, Oleksandr Prokudin, said.",
     "Kherson, which Ukraine retook in November 2022, lies across the Dnipro River from Russian positions and is targeted by small drones almost every day."],
    "strikes", "strikes", 3, "kherson-bus-drone-strike-2031-03-15", a="Devin Marchetti"),
  E("2031-03-15 05:02", "EU ministers to weigh new plan for frozen Russian assets",
    ["European Union foreign ministers will meet in Brussels on Monday to discuss a proposal to lend Ukraine money backed by Russian central bank assets frozen in Europe, diplomats say.",
     "Belgium, where most of the assets are held, has raised legal objections to earlier versions of the plan."],
    "diplomacy", "diplomacy", 2, "eu-frozen-assets-loan-plan-2031-03-15", a="Teresa Albrecht", sec=["aid"]),
  E("2031-03-14 21:20", "Ukrainian drones set oil depot ablaze in Russia's Tambov region",
    ["Ukrainian drones struck an oil depot in Russia's Tambov region early Saturday, starting a large fire, the regional governor said on Telegram.",
     "Russia's Defense Ministry said it had shot down 31 Ukrainian drones over six regions overnight."],
    "strikes", "strikes", 2, "tambov-oil-depot-drone-strike-2031-03-15", a="Devin Marchetti",
    basis="stamp '{s}' under the post's date 'March 14, 2031': 9:20 PM EDT on 14 March is 01:20 UTC on 15 March (midnight crossing); local {d} in {z}"),
  ]))

# ---------------------------------------------------------------- 19309 USA TODAY (text live-updates article with crossheads)
UB = "Trevor Halvorsen"
SEEDS.append(dict(
  id="19309", name="19309_usatoday-liveupdates", ext="txt", source="USA Today", zone="America/New_York", render=r_usatoday,
  title="Russia-Ukraine live updates: Missile strike kills 9 in Sumy; Zelenskyy heads to Brussels",
  byline=UB, published="2031-03-16 06:14", updated="2031-03-16 16:52",
  lede=["A Russian ballistic missile slammed into the center of Sumy on Sunday, killing at least nine people, as Ukrainian President Volodymyr Zelenskyy prepared to travel to Brussels for a summit of European Union leaders.",
        "Here's what we know:"],
  cap="Rescuers work at the site of a missile strike in Sumy, Ukraine. Ukrainian State Emergency Service via AP",
  contrib="The Associated Press",
  basis="no per-section time; the article line 'Published 6:14 a.m. ET March 16, 2031 | Updated 4:52 p.m. ET March 16, 2031' gives the publication time (time before date; ET = EDT, UTC-4), used for every section; local {d} in {z} = {u} UTC",
  notes="Imitates a USA TODAY 'live updates' article as copied from a browser: one article updated through the day, with crosshead sections (one entry each) and no per-section time. Byline name on one line, 'USA TODAY' on the next (author = the name, used for every section). The date line prints the time before the date and has both 'Published' and 'Updated'; published = the 'Published' time (the article's own publication time; a section may have been added later, up to 4:52 p.m., same UTC day). Two lede paragraphs ('A Russian ballistic missile ...', 'Here's what we know:') precede the first crosshead and are not entries. 19309-03 is an explainer section (theme piece). Spelling 'Zelenskyy'.",
  not_entries=["skip link, masthead and navigation list", "'Subscribe', 'Sign in'", "section label 'WORLD'", "page title", "byline name and 'USA TODAY' line",
               "date line 'Published 6:14 a.m. ET March 16, 2031 | Updated 4:52 p.m. ET March 16, 2031'", "two lede paragraphs before the first crosshead",
               "photo caption after the first section", "newsletter promo ('Subscribe to USA TODAY\u2019s Daily Briefing newsletter', 'Sign up')", "'Contributing: The Associated Press'", "footer"],
  entries=[
  E("2031-03-16 06:14", "Death toll in Sumy rises to 9",
    ["The missile hit a busy street near a university building in Sumy shortly before noon local time, the regional military administration said. At least nine people were killed and 34 injured, among them three children.",
     "Sumy, a city of about 250,000 people before the war, lies about 20 miles from the Russian border and has been struck repeatedly in recent weeks."],
    "strikes", "strikes", 3, "sumy-missile-strike-2031-03-16", a=UB),
  E("2031-03-16 06:14", "Zelenskyy to attend EU summit in Brussels",
    ["Zelenskyy will attend a summit of EU leaders in Brussels on Monday, where he is expected to press for a decision on opening the first negotiating cluster of Ukraine's membership talks, his office said.",
     "Hungary has blocked the step for months."],
    "diplomacy", "diplomacy", 3, "zelenskyy-eu-summit-brussels-2031-03-17", a=UB),
  E("2031-03-16 06:14", "What is the 'reassurance force'?",
    ["Britain and France have for several years been drawing up plans for a European force that would be based in Ukraine after any ceasefire, to deter Russia from attacking again. The plan has never been put into effect because there has been no ceasefire.",
     "Russia has said it would treat any such troops as legitimate targets."],
    "diplomacy", "diplomacy", 2, "explainer-reassurance-force", a=UB, n="theme piece (explainer section, no event)"),
  E("2031-03-16 06:14", "Ukraine says 88 drones downed overnight",
    ["Ukraine's air force said Russia launched 112 drones overnight and that 88 of them were shot down or jammed. It did not say where the rest fell."],
    "strikes", "strikes", 3, "overnight-drone-attack-2031-03-16", a=UB, n="massive attack (100+ drones); must not merge with the Sumy missile strike"),
  E("2031-03-16 06:14", "North Korean troops back in Kursk, Seoul says",
    ["South Korea's intelligence service told lawmakers that several thousand North Korean soldiers had been rotated back into Russia's Kursk region this winter, where they are guarding the border rather than fighting inside Ukraine."],
    "other", "frontline", 2, "north-korean-troops-kursk-2031-03-16", a=UB, sec=["aid"], n="foreign reinforcements for Russia (frontline); troop supply also touches aid"),
  E("2031-03-16 06:14", "American volunteer killed near Kupiansk",
    ["A U.S. citizen serving with Ukraine's International Legion was killed in fighting near Kupiansk last week, the State Department confirmed Sunday. The department did not release his name."],
    "other", "frontline", 2, "american-volunteer-killed-kupiansk-2031-03", a=UB),
  ]))

# ================================================================ Part B renderers (invented outlets)

def r_b_txtlive(S):
    """text live blog, newest first: title with 'LIVE', dateline with 'All times GMT', Key Points bullets naming post headlines;
    each post: bare '2.35pm' line, headline, 'By NAME', body; a 'Pictured:' teaser shows only a gallery line."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "News | World | Politics | Business | Sport | Culture | Live", "", f"LIVE  {S['title']}", S["dateline"], "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = clock12(d, sep="."); stamps.append(st)
        L += [st, e["h"]]
        if e["a"]:
            L += [f"By {e['a']}"]
        L += [""] + (ptxt(e["p"]) if e["p"] else [f"[Gallery: {e.get('gallery', 8)} images]", ""])
        if i == 2:
            L += [f"Sign up to the {S['source']} morning newsletter for the day's essential reads. Subscribe", ""]
    L += ["Load earlier updates", "", f"{S['source']} | About us | Contact | Complaints | Privacy | Cookies"]
    return "\n".join(L) + "\n", stamps


def r_b_ldlive(S):
    """HTML live blog, oldest first; LiveBlogPosting JSON-LD with per-update datePublished (local offset), headline, author;
    visible '19 Mar 2031, 09:10' in <time datetime>; h2 headline; author paragraph."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(), "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="consent">We use cookies for analytics and to remember your settings. <button>Accept all</button> <button>Settings</button></div>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a>News</a> <a>War</a> <a>Regions</a> <a>Economy</a> <a>Opinion</a> <a>Support us</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>', f'<p class="tz">{esc(S["tznote"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MON3[d.month - 1]} {d.year}, {d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="update-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="tools"><a>Copy link</a> <a>Telegram</a> <a>Facebook</a></div></article>')
        if i == 2:
            out.append(f'<aside class="also"><h3>Also read</h3><a>{esc(S["related"])}</a></aside>')
    out += ['<p class="closing">This live page has ended. Follow our coverage tomorrow.</p></main>',
            f'<footer>{esc(S["source"])} \u00b7 Editorial standards \u00b7 Advertising \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_b_rss(S):
    """RSS 2.0 feed, newest first; pubDate with the outlet's numeric offset; dc:creator when the item has an author; CDATA <p> description."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}/</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>',
           f'<atom:link href="{S["url"]}/rss/{S["feed"]}.xml" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "world").lower()}/{d:%Y%m%d}-{slugify(e["h"])}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="false">{S["feed"]}-{d:%Y%m%d}-{i + 3110}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{esc(e.get("cat", "World"))}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_b_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO 8601 with the outlet's offset ('Z' for UTC); escaped-HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    iso = lambda d: d.isoformat().replace("+00:00", "Z")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}/"/>', f'<link rel="self" href="{S["url"]}/atom/{S["feed"]}.xml"/>',
           f'<id>{S["url"]}/atom/{S["feed"]}.xml</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f'{S["url"]}/{d:%Y/%m/%d}/{slugify(e["h"])}'
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link rel="alternate" type="text/html" href="{link}"/>',
                f'<id>urn:uuid:{S["id"]}{i:02d}a1-7c3e-4d2b-9f10-{d:%Y%m%d%H%M}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_b_numlive(S):
    """HTML live blog without JSON-LD, newest first; visible numeric stamp '20/03/2031 15:40' (day/month/year) in a span; a printed
    note naming the zone; 'By NAME' under the h2; a photo-gallery teaser prints only a gallery placeholder."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title></head><body>',
           '<div id="cmp">This site uses cookies. <button>OK</button> <button>Customise</button></div>',
           f'<header><span class="brand">{S["source"]}</span> <nav><a>Europe</a> <a>France</a> <a>World</a> <a>Ukraine war</a> <a>Economy</a> <a>Ideas</a></nav></header>',
           f'<main><p class="kicker">LIVE</p><h1>{esc(S["title"])}</h1>', f'<p class="chapo">{esc(S["lede"])}</p>', f'<p class="tznote">{esc(S["tznote"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d/%m/%Y %H:%M}"; stamps.append(st)
        out.append(f'<section class="post"><span class="post-date">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="post-author">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]] if e["p"] else ['<div class="gallery">[Photo gallery \u2013 14 images]</div>']
        out.append('</section>')
        if i == 3:
            out.append(f'<aside class="read-also"><h3>Read also</h3><a>{esc(S["related"])}</a></aside>')
    out += ['<p class="archive"><a>Previous live pages</a></p></main>', f'<footer>{S["source"]} \u00b7 Legal notice \u00b7 Cookies \u00b7 Contact</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_b_siglive(S):
    """text live blog, oldest first; headline, body, then a signature line 'NAME \u00b7 20 March 2031 \u00b7 09:12' (stamp after the body);
    'From our partners: OUTLET' label before re-published pieces; ad marker."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Home \u00b7 News \u00b7 World \u00b7 Ukraine \u00b7 Opinion \u00b7 Newsletters", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = (f"{e['a']} \u00b7 " if e["a"] else "") + f"{d.day} {MONTHS[d.month - 1]} {d.year} \u00b7 {d:%H:%M}"; stamps.append(st)
        if e.get("partner"):
            L += [f"From our partners: {e['partner']}"]
        L += [e["h"], ""] + ptxt(e["p"]) + [st, ""]
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["This live blog has now closed.", "", f"{S['source']} \u00b7 Terms \u00b7 Privacy \u00b7 Contact us"]
    return "\n".join(L) + "\n", stamps


def r_b_noyear(S):
    """text live blog, newest first; date line with weekday and no year; 'All times Kyiv time'; page byline; bare '21:50' before the
    headline; 'Video:' teaser with a '[Video]' placeholder. No year is printed anywhere on the page."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Live  \u00b7  Ukraine  \u00b7  Russia  \u00b7  Europe  \u00b7  Analysis  \u00b7  Podcasts", "", S["title"], S["dateline"], f"By {S['byline']}", "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["[Video]", ""]
        if i == 3:
            L += ["Support independent reporting from Ukraine \u2013 become a member.", ""]
    L += ["Earlier posts", "", f"{S['source']} \u00b7 About \u00b7 Contact \u00b7 Privacy"]
    text = "\n".join(L) + "\n"
    assert not re.search(r"\b20\d\d\b", text), "the no-year page must not print a year"
    return text, stamps


def r_b_graphlive(S):
    """HTML live blog, oldest first; JSON-LD @graph with @type ["NewsArticle","LiveBlogPosting"] whose liveBlogUpdate items carry a
    headline and text but no date; visible bare '10:25' in <time> without datetime; dateline with the zone; signature after the body."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    base = S["url"].split("/live")[0]
    ups = [{"@type": "BlogPosting", "headline": e["h"], "articleBody": " ".join(e["p"])[:280]} for e in S["entries"]]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": base + "/#publisher", "name": S["source"], "url": base + "/"},
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"], "inLanguage": "en"},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"] + "#liveblog", "mainEntityOfPage": {"@id": S["url"]}, "headline": S["title"],
         "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
         "publisher": {"@id": base + "/#publisher"}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header>{S["source"]} <nav><a>Germany</a> <a>Europe</a> <a>World</a> <a>Business</a> <a>Culture</a></nav> <a>E-paper</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="ticker-item"><time>{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="signature">\u2013 {esc(e["a"])}</p>')
        out.append('</div>')
        if i == 1:
            out.append(f'<div class="promo">Every weekday at 6pm: the {esc(S["source"])} evening briefing. Subscribe free</div>')
    out += ['</main>', f'<footer>{S["source"]} \u00b7 Imprint \u00b7 Privacy \u00b7 Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_b_article(S):
    """text article with section headings (one entry per section), page byline and a dateline with time and zone; no per-section stamp."""
    L = [S["source"], "Home  \u203a  World  \u203a  Ukraine", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share  \u00b7  Save  \u00b7  Print", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += [S["more"], "", f"{S['source']} \u00b7 About \u00b7 Corrections \u00b7 Privacy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])

# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2031-03-19 (UTC), day 2 = 2031-03-20, day 3 = 2031-03-31 (after Europe's clocks went forward on 30 March).
CHN = "chernihiv-hospital-missile-strike-2031-03-19"
NOR = "norway-air-defence-energy-package-2031-03-19"
ACC = "eu-ukraine-first-accession-cluster-2031-03-19"
AN_H = "Analysis: Why Russia keeps hitting Ukraine's northern border cities"
AN_P = ["Wednesday's missile strike on Chernihiv is the latest reminder that the cities strung along Ukraine's northern border live with a kind of danger that the rest of the country rarely sees.",
        "Chernihiv, Sumy and Kharkiv all lie within range of Russian short-range ballistic missiles launched from across the border, which can arrive in under two minutes. Air raid sirens often sound only after the impact.",
        "Military analysts say Moscow also uses the strikes to keep Ukrainian air defence units tied to the north, far from the southern and eastern front lines where they are badly needed."]

# ---------------------------------------------------------------- 19320 Bryony Bay Herald (day 1, text live, Key Points)
SEEDS.append(dict(
  id="19320", name="19320_bryonybay-textlive", ext="txt", source="Bryony Bay Herald", zone="Europe/London", render=r_b_txtlive,
  title="Ukraine war: Chernihiv hospital strike toll rises to 12", dateline="Wednesday 19 March 2031 | All times GMT",
  lede="Russian ballistic missiles hit a hospital in the northern city of Chernihiv; Norway announces a new aid package; fighting continues near Lyman.",
  basis="bare stamp '{s}' under the dateline 'Wednesday 19 March 2031 | All times GMT' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. A 'Key Points' block lists two post headlines (key_point true). Each post: bare '2.35pm' line, headline, 'By NAME' (the 'Pictured:' teaser has no byline), body. 19320-02 is a 'Pictured:' teaser whose only content is a gallery line. 19320-04 is a theme piece (explainer on protecting hospitals) that must not merge with the Chernihiv strike. 19320-06 is Zelensky's condemnation with the new toll: a reaction whose content is the strike itself (same story).",
  not_entries=["masthead and navigation", "title line with 'LIVE'", "dateline 'Wednesday 19 March 2031 | All times GMT'", "standfirst/lede line",
               "'Key Points' header and its two bullet lines (pointers to posts)", "'Latest updates' label", "'By NAME' lines (author, not body)",
               "gallery line '[Gallery: 8 images]' in the teaser", "newsletter promo after the third post", "'Load earlier updates'", "footer line"],
  entries=[
  E("2031-03-19 21:40", "Chernihiv death toll rises to 12",
    ["Twelve people are now known to have been killed in this morning's missile strike on a hospital in Chernihiv, the head of the regional military administration said in a late-evening update. Thirty-eight people were injured, including five children.",
     "Rescue teams finished searching the collapsed surgical wing shortly before 11pm local time."],
    "strikes", "strikes", 3, CHN, a="Mira Castell", kp=True, n="toll 12 dead, 38 injured"),
  E("2031-03-19 19:15", "Pictured: Night falls over the ruined hospital wing in Chernihiv", [],
    "strikes", "strikes", 1, CHN, n="photo teaser without body"),
  E("2031-03-19 17:30", "Norway pledges \u00a3520m package for air defence and power grid",
    ["Norway will give Ukraine a further 7 billion kroner, about \u00a3520m, for air defence equipment and repairs to its power grid, the government in Oslo announced.",
     "Part of the money will pay for mobile gas turbines that can be moved between cities after attacks on power plants."],
    "aid", "aid", 3, NOR, a="Tobias Wren", kp=True, n="same aid theme as Canada's drone donation (19321-03), different event; must not merge"),
  E("2031-03-19 15:05", "Explainer: How Ukraine tries to protect its hospitals from air attack",
    ["Ukrainian hospitals have spent years moving operating theatres, intensive care beds and maternity wards into basements and reinforced wings, and many now run on their own generators and water supplies.",
     "Health officials say the changes have saved lives, but they cannot protect a building from a direct hit by a ballistic missile."],
    "strikes", "strikes", 2, "explainer-hospital-protection-air-attacks", a="Priya Lomax",
    n="theme piece (explainer on protecting hospitals); mentions no single event; must not merge with the Chernihiv strike"),
  E("2031-03-19 12:20", "Russia claims advance near Lyman",
    ["Russia's defence ministry said its troops had pushed Ukrainian forces back from positions north of Lyman in the Donetsk region. Ukraine's general staff said its units had repelled 11 assaults in the area over the past day."],
    "other", "frontline", 2, "lyman-advance-claim-2031-03-19", a="Tobias Wren"),
  E("2031-03-19 10:45", "Zelensky: 'There was no military target in Chernihiv'",
    ["President Volodymyr Zelensky said Russia had deliberately aimed at a hospital, where six people are now confirmed dead, and accused Moscow of trying to terrorise cities near the border.",
     "He called on allies to speed up deliveries of air defence systems to the north of the country."],
    "strikes", "strikes", 3, CHN, a="Mira Castell", sec=["aid"], n="reaction whose main content is the attack itself (condemnation and toll 6): same story"),
  E("2031-03-19 08:05", "Missiles strike hospital in Chernihiv",
    ["Russian ballistic missiles hit a hospital complex in Chernihiv at about 8.40am local time, killing at least four people, regional officials said.",
     "Patients were being moved to other hospitals in the city as firefighters worked to put out a blaze in the surgical wing."],
    "strikes", "strikes", 3, CHN, a="Mira Castell", n="toll 4"),
  ]))

# ---------------------------------------------------------------- 19321 Harebell Gazette (day 1, HTML live + LiveBlogPosting, oldest first)
SEEDS.append(dict(
  id="19321", name="19321_harebell-ldlive", ext="html", source="Harebell Gazette", zone="Europe/Kyiv", render=r_b_ldlive,
  title="War in Ukraine, 19 March: live", url="https://harebell-gazette.example/live/2031-03-19",
  lede="A missile strike on a hospital in Chernihiv; drones hit a substation in Nizhyn; EU ambassadors clear Ukraine's first accession cluster.",
  tznote="Times are Kyiv time (EET).", related="Life under the sirens: a week in Nizhyn",
  basis="visible '{s}' in <time datetime> (+02:00), matching the update's JSON-LD datePublished; Kyiv time (EET, UTC+2); local {d} in {z} = {u} UTC",
  notes="Invented outlet. HTML live blog, oldest first, with LiveBlogPosting JSON-LD whose liveBlogUpdate items carry their own datePublished (+02:00), headline, author and articleBody. Visible: <time datetime>19 Mar 2031, 09:10</time>, h2 headline, author paragraph, body. 19321-05 re-publishes 19321-02 almost verbatim (same headline; 'regional officials said' became 'regional authorities said'): duplicate_of 19321-02, importance 1, stale toll. 19321-01 (overnight drones on a substation in Nizhyn, same Chernihiv region, no casualties) must not merge with the Chernihiv hospital strike. 19321-03 (Canada's drones) is the same aid theme as Norway's package but another event.",
  not_entries=["cookie consent bar", "logo and navigation", "page title (h1)", "standfirst", "'Times are Kyiv time (EET).'", "author paragraphs under each headline (author, not body)",
               "'Copy link / Telegram / Facebook' tools under each update", "'Also read' box after the third update", "closing line 'This live page has ended. Follow our coverage tomorrow.'", "footer"],
  entries=[
  E("2031-03-19 07:55", "Drones knock out substation in Nizhyn",
    ["Russian drones hit an electrical substation in Nizhyn in the Chernihiv region overnight, leaving about 9,000 households without power, the regional energy company said. No one was hurt."],
    "strikes", "strikes", 2, "nizhyn-substation-drone-strike-2031-03-19", a="Oles Hnatiuk",
    n="same region (Chernihiv oblast), a different, earlier, non-deadly night drone attack; must not merge with the Chernihiv hospital strike"),
  E("2031-03-19 09:10", "Russian missiles hit hospital in Chernihiv, at least four killed",
    ["Two Russian Iskander missiles struck a hospital in Chernihiv at 08:40, killing at least four people and wounding 17, regional officials said.",
     "One missile hit the surgical wing, which partly collapsed; the other landed in the hospital courtyard."],
    "strikes", "strikes", 3, CHN, a="Oles Hnatiuk", n="toll 4 dead, 17 wounded"),
  E("2031-03-19 11:30", "Canada to donate 300 interceptor drones",
    ["Canada will send Ukraine 300 interceptor drones built by a Canadian-Ukrainian joint venture in Manitoba, Ottawa's defence minister said, adding that the first batch would arrive within weeks."],
    "aid", "aid", 2, "canada-interceptor-drones-2031-03-19", a="Larysa Fedun",
    n="same aid theme as Norway's package (19320-03, 19323-01), different event; must not merge"),
  E("2031-03-19 13:20", "Chernihiv: six dead, patients evacuated",
    ["The death toll from the morning strike on the Chernihiv hospital has risen to six, the regional military administration said. More than 120 patients, among them newborns from the maternity ward, have been moved to other hospitals."],
    "strikes", "strikes", 3, CHN, a="Oles Hnatiuk", n="toll 6"),
  E("2031-03-19 15:45", "Russian missiles hit hospital in Chernihiv, at least four killed",
    ["Two Russian Iskander missiles struck a hospital in Chernihiv at 08:40, killing at least four people and wounding 17, regional authorities said.",
     "One missile hit the surgical wing, which partly collapsed; the other landed in the hospital courtyard."],
    "strikes", "strikes", 1, CHN, a="Oles Hnatiuk", dup="19321-02", n="near-verbatim repeat of 19321-02 (re-published with a stale toll)"),
  E("2031-03-19 18:05", "EU ambassadors clear first accession cluster for Ukraine",
    ["EU ambassadors agreed to open the first cluster of membership negotiations with Ukraine, covering the rule of law and public administration, after Hungary dropped its objections in exchange for new language on minority rights, diplomats said.",
     "A formal intergovernmental conference is expected next week."],
    "diplomacy", "diplomacy", 3, ACC, a="Larysa Fedun"),
  E("2031-03-19 20:30", "Toll in Chernihiv reaches nine",
    ["Nine people have now died as a result of the strike on the Chernihiv hospital, including a nurse who was pulled alive from the rubble in the afternoon but died in surgery, the regional administration said."],
    "strikes", "strikes", 3, CHN, a="Oles Hnatiuk", n="toll 9"),
  ]))

# ---------------------------------------------------------------- 19322 Caddisfly Wire (day 1, RSS world feed, New York)
SEEDS.append(dict(
  id="19322", name="19322_caddisfly-worldrss", ext="xml", source="Caddisfly Wire", zone="America/New_York", render=r_b_rss,
  title="Caddisfly Wire \u2013 World", url="https://www.caddisflywire.example", feed="world",
  lede="International news from the Caddisfly Wire desk in New York.",
  basis="RSS pubDate '{s}' (explicit -0400 offset: New York daylight time); = {u} UTC",
  notes="Invented outlet. General world RSS 2.0 feed in which the war is a minority: four of six items are not about the war. pubDate carries the New York daylight-time offset (-0400); the oldest item (00:30 local) is 04:30 UTC on 19 March. Spelling 'Chernigov'. No authors (no dc:creator).",
  not_entries=["channel title, link, description, language, lastBuildDate and atom:link (feed metadata)", "item links, guids and categories (metadata, not body)"],
  entries=[
  E("2031-03-19 15:50", "Ukraine: toll in Chernigov hospital strike climbs to 10",
    ["Ten people were killed when Russian missiles struck a hospital in the northern Ukrainian city of Chernigov on Wednesday morning, local authorities said, as rescuers searched the last section of a collapsed wing."],
    "strikes", "strikes", 3, CHN, cat="Europe", n="spelling 'Chernigov'; toll 10"),
  OFF("2031-03-19 13:10", "Cyclone makes landfall in central Mozambique",
    ["A tropical cyclone came ashore near the port city of Beira with winds of about 160 km/h, cutting power to much of the city, Mozambique's disaster agency said."],
    "mozambique-cyclone-2031-03-19", cat="Africa", n="weather disaster"),
  E("2031-03-19 11:25", "EU clears path to first Ukraine accession cluster",
    ["European Union envoys agreed on Wednesday to open the first chapter cluster of Ukraine's accession talks after Budapest withdrew its veto, according to two diplomats."],
    "diplomacy", "diplomacy", 3, ACC, cat="Europe"),
  OFF("2031-03-19 09:40", "Chile's copper output falls for a third month",
    ["Copper production in Chile, the world's largest producer, fell 4% in February from a year earlier as lower ore grades and a strike at a northern mine weighed on output, government data showed."],
    "chile-copper-output-2031-03-19", cat="Business", n="commodities"),
  OFF("2031-03-19 06:15", "Ecuador declares emergency after coastal floods",
    ["Ecuador's government declared a state of emergency in three coastal provinces after days of heavy rain flooded thousands of homes and washed out roads."],
    "ecuador-floods-emergency-2031-03-19", cat="Americas", n="weather disaster"),
  OFF("2031-03-19 00:30", "Australia's central bank leaves rates unchanged",
    ["The Reserve Bank of Australia kept its cash rate on hold, saying it wanted more evidence that services inflation was easing before cutting again."],
    "australia-rates-hold-2031-03-19", cat="Business", n="markets"),
  ]))

# ---------------------------------------------------------------- 19323 Quillwort Observer (day 1, Atom, Berlin)
SEEDS.append(dict(
  id="19323", name="19323_quillwort-atom", ext="xml", source="Quillwort Observer", zone="Europe/Berlin", render=r_b_atom,
  title="Quillwort Observer \u2013 Europe", url="https://quillwort-observer.example", feed="europe",
  lede="Reporting on Germany, Europe and the war in Ukraine, from Berlin.",
  basis="Atom <published> '{s}' (explicit +01:00 offset, CET); = {u} UTC",
  notes="Invented outlet (Berlin). Atom feed, newest first, <published> with +01:00, <author> on every entry, escaped-HTML content. 19323-02 is a theme piece (analysis of strikes on northern border cities) that mentions the Chernihiv strike but is its own story; it is re-published on day 2 by 19331.",
  not_entries=["feed title, subtitle, links, id and updated (feed metadata)", "entry links and ids (metadata)"],
  entries=[
  E("2031-03-19 18:40", "Norway's new aid for Ukraine: what the package contains",
    ["Norway's latest package for Ukraine, worth 7 billion kroner, will pay for ammunition for the NASAMS air defence system, mobile gas turbines and spare parts for damaged substations, the Norwegian defence ministry said."],
    "aid", "aid", 3, NOR, a="Jana Pohlmann"),
  E("2031-03-19 16:15", AN_H, AN_P, "strikes", "strikes", 2, "analysis-northern-border-cities-strikes", a="Felix Ardenne",
    n="theme piece (analysis, no single event); mentions the Chernihiv strike but must not merge with it"),
  E("2031-03-19 14:30", "Seven dead after Russian strike on Chernihiv hospital",
    ["At least seven people were killed when two Russian ballistic missiles hit a hospital in the northern Ukrainian city of Chernihiv, Ukrainian officials said. Dozens were injured."],
    "strikes", "strikes", 3, CHN, a="Jana Pohlmann", n="toll 7"),
  E("2031-03-19 11:05", "Two men held over suspected sabotage plot on Berlin rail line",
    ["Federal prosecutors said police had arrested two men suspected of planning an arson attack on signalling cables on a rail line used to move military equipment, allegedly on behalf of Russian intelligence."],
    "other", "security", 2, "berlin-rail-sabotage-arrests-2031-03-19", a="Felix Ardenne"),
  E("2031-03-19 08:20", "Moldova expels Russian diplomat over interference claims",
    ["Moldova ordered a Russian diplomat to leave the country within 72 hours, accusing him of helping to fund protests against the government in Chisinau, the foreign ministry said."],
    "diplomacy", "diplomacy", 2, "moldova-expels-russian-diplomat-2031-03-19", a="Jana Pohlmann"),
  ]))

# Day 2 = 2031-03-20
KRV = "kryvyi-rih-market-missile-strike-2031-03-20"
AMMO = "eu-five-billion-ammunition-plan-2031-03-20"

# ---------------------------------------------------------------- 19330 Jackdaw Point Times (day 2, HTML live, numeric stamps)
SEEDS.append(dict(
  id="19330", name="19330_jackdawpoint-htmllive", ext="html", source="Jackdaw Point Times", zone="Europe/Paris", render=r_b_numlive,
  title="War in Ukraine: missile strike on Kryvyi Rih market, Chernihiv in mourning",
  lede="A ballistic missile hit the central market in Kryvyi Rih at mid-morning; Chernihiv holds a day of mourning after Wednesday's hospital strike.",
  tznote="Times are Paris time (CET).", related="The Danube ports that keep Ukraine's grain moving",
  basis="visible '{s}' (day/month/year, 24-hour) with the page note 'Times are Paris time (CET)' (UTC+1); local {d} in {z} = {u} UTC",
  notes="Invented outlet (Paris, English edition). HTML live blog without JSON-LD, newest first. Each post: <span>20/03/2031 22:10</span> (day/month/year), h2 headline, 'By NAME', body. 19330-02 is a 'Photos:' teaser with only a gallery placeholder. Continuation of day 1: 19330-03 (Chernihiv mourning, toll 13). Must-not-merge: 19330-04 (drone attack on Nikopol, same Dnipropetrovsk region, one injured) vs the Kryvyi Rih market strike; 19330-06 (French howitzers) vs the EU ammunition plan (same aid theme). Spelling 'Kryvyi Rih'.",
  not_entries=["cookie banner", "brand and navigation", "'LIVE' kicker", "page title (h1)", "standfirst", "'Times are Paris time (CET).'", "'By NAME' lines (author, not body)",
               "gallery placeholder '[Photo gallery \u2013 14 images]' in the teaser", "'Read also' box after the fourth post", "'Previous live pages' link", "footer"],
  entries=[
  E("2031-03-20 22:10", "Kryvyi Rih toll rises to 10",
    ["Ten people have died after Thursday morning's missile strike on the central market in Kryvyi Rih, the head of the city's military administration said late in the evening. Fifty-two people were wounded."],
    "strikes", "strikes", 3, KRV, a="Amandine Roux", n="toll 10"),
  E("2031-03-20 19:30", "Photos: Kryvyi Rih's central market after the strike", [],
    "strikes", "strikes", 1, KRV, n="photo teaser without body"),
  E("2031-03-20 17:05", "Chernihiv mourns its dead as toll reaches 13",
    ["Flags flew at half-mast in Chernihiv on Thursday, a day of mourning for the victims of Wednesday's missile strike on the city hospital. A 64-year-old patient died of his injuries in the afternoon, bringing the toll to 13, the regional administration said."],
    "strikes", "strikes", 3, CHN, a="Bastien Leclair", n="continuation of the day-1 story (mourning, toll 13)"),
  E("2031-03-20 14:20", "Drone attack on Nikopol injures one",
    ["A Russian drone dropped explosives on a car in Nikopol, across the Dnipro from the occupied nuclear plant, wounding the driver, the Dnipropetrovsk regional governor said."],
    "strikes", "strikes", 2, "nikopol-drone-attack-2031-03-20", a="Amandine Roux",
    n="same region (Dnipropetrovsk oblast), a different, non-deadly attack; must not merge with the Kryvyi Rih market strike"),
  E("2031-03-20 12:40", "Missile strike on Kryvyi Rih market kills five",
    ["A Russian ballistic missile hit the central market in Kryvyi Rih shortly after 10am local time, killing at least five people, according to regional officials. Dozens of stalls caught fire."],
    "strikes", "strikes", 3, KRV, a="Amandine Roux", n="toll 5"),
  E("2031-03-20 10:15", "France to deliver 12 more Caesar howitzers",
    ["France will send Ukraine 12 more Caesar self-propelled howitzers before the summer, the armed forces ministry said, paid for partly with proceeds from frozen Russian assets."],
    "aid", "aid", 2, "france-caesar-howitzers-2031-03-20", a="Bastien Leclair", n="same aid theme as the EU ammunition plan, different event; must not merge"),
  E("2031-03-20 08:30", "Russia launched 76 drones overnight, Ukraine says",
    ["Russia launched 76 drones at Ukraine overnight, mostly at the Dnipropetrovsk and Kharkiv regions, the Ukrainian air force said. Fifty-nine were shot down or jammed."],
    "strikes", "strikes", 2, "overnight-drone-attack-2031-03-20", a="Bastien Leclair"),
  ]))

# ---------------------------------------------------------------- 19331 Teasel Hill Journal (day 2, text live, oldest first, signature stamps)
SEEDS.append(dict(
  id="19331", name="19331_teaselhill-textlive", ext="txt", source="Teasel Hill Journal", zone="Europe/London", render=r_b_siglive,
  title="Russia-Ukraine war: live updates", dateline="Thursday 20 March 2031",
  lede="Follow the day's developments as they happen. Most recent updates at the bottom.",
  basis="signature stamp '{s}' after the post (date and 24-hour time; UK time, GMT = UTC in March before the clocks change); local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first. Each post: headline, body, then a signature line 'NAME \u00b7 20 March 2031 \u00b7 09:40' (stamp after the body; the gold stamp is the whole line, as for fused author-date stamps). 19331-03 re-publishes day 1's analysis 19323-02 verbatim under 'From our partners: Quillwort Observer' (re-post of day-1 entry, importance 1). 19331-04 is a theme piece (explainer on ballistic missiles) that mentions Kryvyy Rih but is its own story. 19331-05 repeats 19331-02 almost verbatim ('said' became 'reported'): duplicate_of 19331-02. 19331-06 continues day 1's Chernihiv story. Spelling 'Kryvyy Rih'.",
  not_entries=["masthead and navigation", "page title and dateline 'Thursday 20 March 2031'", "lede line ('Follow the day's developments ...')",
               "signature/stamp lines after each post", "'From our partners: Quillwort Observer' label", "'ADVERTISEMENT'", "closing line 'This live blog has now closed.'", "footer"],
  entries=[
  E("2031-03-20 08:05", "Russia says it downed 58 Ukrainian drones overnight",
    ["Russia's defence ministry said air defences destroyed 58 Ukrainian drones overnight over the Bryansk, Kursk and Voronezh regions and the Sea of Azov. A fuel depot in Voronezh caught fire, the regional governor said."],
    "strikes", "strikes", 2, "russia-58-drones-downed-2031-03-20", a="Ruth Ollerenshaw"),
  E("2031-03-20 09:40", "Ballistic missile hits market in Kryvyy Rih",
    ["A Russian ballistic missile struck the central market in Kryvyy Rih, President Zelensky's home city, killing three people and wounding at least 20, the head of the city's military administration said.",
     "The attack came at the busiest time of the morning, when traders had just opened their stalls."],
    "strikes", "strikes", 3, KRV, a="Ruth Ollerenshaw", n="spelling 'Kryvyy Rih'; toll 3"),
  E("2031-03-20 10:30", AN_H, AN_P, "strikes", "strikes", 1, "analysis-northern-border-cities-strikes", a="Felix Ardenne", partner="Quillwort Observer",
    n="re-post of day-1 entry 19323-02 (Quillwort Observer analysis), republished verbatim under 'From our partners'; importance 1; duplicate_of null because the original is in another seed"),
  E("2031-03-20 12:15", "Explainer: Why ballistic missiles are so hard to stop",
    ["Ballistic missiles such as the Iskander-M fly high and fall on their targets at several times the speed of sound, which leaves air defences seconds rather than minutes to react.",
     "Only a few systems in Ukraine's arsenal, chiefly the American Patriot and the Franco-Italian SAMP/T, can reliably intercept them, and each interception can cost several million dollars."],
    "strikes", "strikes", 2, "explainer-ballistic-missile-interception", a="Callum Breck",
    n="theme piece (explainer on intercepting ballistic missiles); mentions Kryvyy Rih only as context; must not merge with the market strike"),
  E("2031-03-20 13:50", "Ballistic missile hits market in Kryvyy Rih",
    ["A Russian ballistic missile struck the central market in Kryvyy Rih, President Zelensky's home city, killing three people and wounding at least 20, the head of the city's military administration reported.",
     "The attack came at the busiest time of the morning, when traders had just opened their stalls."],
    "strikes", "strikes", 1, KRV, a="Ruth Ollerenshaw", dup="19331-02", n="near-verbatim repeat of 19331-02 (stale toll)"),
  E("2031-03-20 15:30", "Chernihiv: 13th victim of hospital strike dies",
    ["A patient injured in Wednesday's missile strike on the hospital in Chernihiv has died, raising the death toll to 13, regional officials said. The city is observing a day of mourning."],
    "strikes", "strikes", 3, CHN, a="Ruth Ollerenshaw", n="continuation of the day-1 story (toll 13)"),
  E("2031-03-20 17:45", "Kryvyy Rih death toll rises to eight",
    ["Eight people are now known to have died in the missile strike on Kryvyy Rih's central market, and 41 were injured, the city's military administration said."],
    "strikes", "strikes", 3, KRV, a="Callum Breck", n="toll 8"),
  ]))

# ---------------------------------------------------------------- 19332 Pipistrelle World Service (day 2, Atom world feed, UTC)
SEEDS.append(dict(
  id="19332", name="19332_pipistrelle-worldatom", ext="xml", source="Pipistrelle World Service", zone="UTC", render=r_b_atom,
  title="Pipistrelle World Service: World news", url="https://pipistrelle-world.example", feed="world",
  lede="The main international stories, updated around the clock.",
  basis="Atom <published> '{s}' (UTC, 'Z'); local {d} in {z}",
  notes="Invented outlet. General world Atom feed in UTC ('Z'): four of six entries are not about the war. No authors. Spelling 'Krivoy Rog'.",
  not_entries=["feed title, subtitle, links, id and updated (feed metadata)", "entry links and ids (metadata)"],
  entries=[
  OFF("2031-03-20 20:30", "Mexico's Senate approves changes to judicial reform",
    ["Mexico's Senate approved amendments to the country's judicial reform that delay the next round of judicial elections by two years, sending the bill to state legislatures."],
    "mexico-judicial-reform-2031-03-20", n="another country's politics"),
  E("2031-03-20 18:10", "EU approves \u20ac5bn plan to buy ammunition for Ukraine",
    ["European Union governments approved a \u20ac5bn plan to buy artillery and air defence ammunition for Ukraine jointly, with the first orders to be placed within two months."],
    "aid", "aid", 3, AMMO),
  OFF("2031-03-20 15:00", "Heavy snow closes Alpine passes in Switzerland",
    ["Several Alpine passes and a main rail line in Switzerland were closed after up to a metre of fresh snow fell in 24 hours, raising the risk of avalanches."],
    "swiss-alpine-snow-2031-03-20", n="weather"),
  E("2031-03-20 11:45", "Krivoy Rog market strike kills at least five",
    ["At least five people were killed when a Russian missile hit a market in the Ukrainian industrial city of Krivoy Rog, Ukrainian officials said."],
    "strikes", "strikes", 3, KRV, n="spelling 'Krivoy Rog'; toll 5"),
  OFF("2031-03-20 09:20", "Nigeria's central bank cuts interest rate",
    ["Nigeria's central bank cut its benchmark interest rate by half a percentage point, citing a steady fall in inflation over the past six months."],
    "nigeria-rate-cut-2031-03-20", n="markets"),
  OFF("2031-03-20 05:40", "Strong earthquake off Hokkaido, no tsunami warning",
    ["A magnitude 6.1 earthquake struck off the coast of Japan's northern island of Hokkaido, the Japan Meteorological Agency said. No tsunami warning was issued and there were no immediate reports of damage."],
    "hokkaido-earthquake-2031-03-20", n="natural disaster"),
  ]))

# ---------------------------------------------------------------- 19333 Yellowhammer Dispatch (day 2, RSS, Warsaw)
SEEDS.append(dict(
  id="19333", name="19333_yellowhammer-rss", ext="xml", source="Yellowhammer Dispatch", zone="Europe/Warsaw", render=r_b_rss,
  title="Yellowhammer Dispatch \u2013 Ukraine and the region", url="https://yellowhammer-dispatch.example", feed="ukraine",
  lede="News from Poland, Ukraine and Central Europe.",
  basis="RSS pubDate '{s}' (explicit +0100 offset, Warsaw winter time); = {u} UTC",
  notes="Invented outlet (Warsaw). RSS 2.0, newest first, pubDate with +0100, dc:creator on every item. 19333-03 continues day 1's Chernihiv story (funerals, before the 13th death was reported). 19333-04 (Lithuanian generators) is the same aid theme as the EU ammunition plan but another event. Spelling 'Kryvyi Rih'.",
  not_entries=["channel title, link, description, language, lastBuildDate and atom:link (feed metadata)", "item links, guids and categories (metadata)"],
  entries=[
  E("2031-03-20 21:15", "EU ammunition fund: Poland to host joint procurement office",
    ["Poland will host the office that places orders under the EU's new \u20ac5bn ammunition plan for Ukraine, the defence ministry in Warsaw said after ministers approved the scheme."],
    "aid", "aid", 3, AMMO, a="Krzysztof Malec"),
  E("2031-03-20 18:40", "Kryvyi Rih: eight dead, dozens hurt in market strike",
    ["The number of people killed by a Russian missile at a market in Kryvyi Rih has risen to eight, Ukrainian officials said in the evening. More than 40 people were wounded."],
    "strikes", "strikes", 3, KRV, a="Zofia Brz\u0119k", n="toll 8"),
  E("2031-03-20 15:20", "Chernihiv buries first victims of hospital strike",
    ["The first funerals of people killed in Wednesday's missile strike on a hospital in Chernihiv took place on Thursday, as the northern Ukrainian city observed a day of mourning. Twelve people were killed in the attack."],
    "strikes", "strikes", 3, CHN, a="Zofia Brz\u0119k", n="continuation of the day-1 story (funerals, toll 12 at the time)"),
  E("2031-03-20 12:05", "Lithuania sends 200 generators to Ukraine's front-line towns",
    ["Lithuania has shipped 200 industrial generators to towns near the front line in Ukraine's Donetsk and Zaporizhzhia regions, its government said."],
    "aid", "aid", 2, "lithuania-generators-2031-03-20", a="Krzysztof Malec", n="same aid theme as the EU ammunition plan, different event; must not merge"),
  E("2031-03-20 09:30", "Polish jets scrambled as Russia strikes western Ukraine",
    ["Poland scrambled fighter jets and put ground-based air defences on alert overnight as Russian drones attacked targets in western Ukraine, the Polish operational command said. No violation of Polish airspace was recorded."],
    "other", "security", 2, "poland-scrambles-jets-2031-03-20", a="Krzysztof Malec"),
  ]))

# Day 3 = 2031-03-31 (Europe on summer time since 30 March)
KRM = "kremenchuk-refinery-missile-strike-2031-03-31"
BSN = "istanbul-black-sea-shipping-talks-2031-03-31"
UKAD = "uk-air-defence-deal-2031-03-31"

# ---------------------------------------------------------------- 19340 Coltsfoot Global (day 3, RSS world feed, BST)
SEEDS.append(dict(
  id="19340", name="19340_coltsfoot-worldrss", ext="xml", source="Coltsfoot Global", zone="Europe/London", render=r_b_rss,
  title="Coltsfoot Global | World", url="https://www.coltsfootglobal.example", feed="world",
  lede="World news from Coltsfoot Global.",
  basis="RSS pubDate '{s}' (explicit +0100 offset: British Summer Time, in force since 30 March); = {u} UTC",
  notes="Invented outlet (London). General world RSS 2.0 feed: four of six items are not about the war. pubDate carries +0100 (BST began on 30 March 2031). No authors. Spelling 'Kremenchug'.",
  not_entries=["channel title, link, description, language, lastBuildDate and atom:link (feed metadata)", "item links, guids and categories (metadata)"],
  entries=[
  OFF("2031-03-31 22:40", "Argentina's inflation slows to lowest in a decade",
    ["Argentina's monthly inflation slowed to 1.1% in March, the lowest reading in ten years, the national statistics agency said."],
    "argentina-inflation-2031-03-31", cat="Americas", n="economy of another country"),
  E("2031-03-31 19:55", "Kremenchug refinery strike: death toll rises to six",
    ["Six people have been killed in a Russian missile attack on the oil refinery in Kremenchug in central Ukraine and on nearby homes, the regional governor said."],
    "strikes", "strikes", 3, KRM, cat="Europe", n="spelling 'Kremenchug'; toll 6"),
  OFF("2031-03-31 16:30", "Floods cut off villages in northern Madagascar",
    ["Floodwaters from a week of heavy rain have cut off dozens of villages in northern Madagascar, and aid agencies are delivering food by helicopter."],
    "madagascar-floods-2031-03-31", cat="Africa", n="weather disaster"),
  E("2031-03-31 13:10", "Turkey hosts Russian and Ukrainian officials for Black Sea shipping talks",
    ["Russian and Ukrainian delegations began talks in Istanbul on the safety of commercial shipping in the Black Sea, with Turkish officials acting as mediators, Turkey's foreign ministry said."],
    "diplomacy", "diplomacy", 3, BSN, cat="Europe"),
  OFF("2031-03-31 10:05", "Vietnam's exports rise 12% in first quarter",
    ["Vietnam's exports rose 12% in the first three months of the year from a year earlier, led by electronics shipments to the United States and Europe."],
    "vietnam-exports-2031-03-31", cat="Asia", n="trade figures"),
  OFF("2031-03-31 07:20", "Rain-hit Wellington Test ends in a draw",
    ["The second Test between New Zealand and England in Wellington ended in a draw after rain washed out most of the final day."],
    "wellington-test-draw-2031-03-31", cat="Sport", n="sport"),
  ]))

# ---------------------------------------------------------------- 19341 Wagtail Morning Post (day 3, text live, no year)
WB = "Oksana Lytvyn and Gideon Pryce"
SEEDS.append(dict(
  id="19341", name="19341_wagtail-textlive", ext="txt", source="Wagtail Morning Post", zone="Europe/Kyiv", render=r_b_noyear,
  title="Ukraine live: Kremenchuk refinery hit; Black Sea talks in Istanbul", dateline="Monday 31 March \u00b7 All times Kyiv time", byline=WB,
  lede="Russian missiles hit the Kremenchuk oil refinery and nearby streets; Britain signs an air defence deal with Ukraine; talks on Black Sea shipping open in Istanbul.",
  parse_args=["--date", "2031-03-31"],
  basis="bare stamp '{s}' under the date line 'Monday 31 March \u00b7 All times Kyiv time' (no year printed: --date 2031-03-31); Kyiv summer time (EEST, UTC+3) since 30 March; local {d} in {z} = {u} UTC",
  notes="Invented outlet. Text live blog, newest first, with a date line 'Monday 31 March \u00b7 All times Kyiv time' and no year anywhere on the page (parse_args gives the day). Each post: bare '23:20' line, headline, body; no per-post bylines, so the page byline 'By Oksana Lytvyn and Gideon Pryce' is every post's author. 19341-02 is a 'Video:' teaser with only a '[Video]' placeholder. Must-not-merge: 19341-05 (overnight drones on Poltava city, same region, no casualties) vs the Kremenchuk refinery strike. Kyiv is on summer time (UTC+3) since 30 March.",
  not_entries=["masthead and navigation", "page title", "date line 'Monday 31 March \u00b7 All times Kyiv time'", "page byline 'By Oksana Lytvyn and Gideon Pryce'", "standfirst",
               "'[Video]' placeholder in the teaser", "membership promo after the fourth post", "'Earlier posts'", "footer"],
  entries=[
  E("2031-03-31 23:20", "Kremenchuk toll rises to seven",
    ["A seventh person has died after Monday morning's missile strike on Kremenchuk, the Poltava regional administration said. Most of the victims lived in apartment blocks next to the refinery fence."],
    "strikes", "strikes", 3, KRM, a=WB, n="toll 7"),
  E("2031-03-31 20:05", "Video: Firefighters battle the refinery blaze in Kremenchuk", [],
    "strikes", "strikes", 1, KRM, a=WB, n="video teaser without body"),
  E("2031-03-31 18:45", "Istanbul talks on Black Sea shipping end first day",
    ["The first day of talks between Ukrainian and Russian officials in Istanbul on the safety of merchant shipping ended without a statement. A Ukrainian delegate said the sides had discussed a ban on attacks on ports and civilian ships.",
     "Turkey's foreign minister, Hakan Fidan, said the talks would continue on Tuesday."],
    "diplomacy", "diplomacy", 3, BSN, a=WB),
  E("2031-03-31 16:10", "Britain signs \u00a31.6bn air defence deal with Ukraine",
    ["Britain has signed a \u00a31.6bn contract to supply Ukraine with more than 5,000 lightweight air defence missiles, built in Belfast, the UK defence ministry said. Deliveries are due to start this year."],
    "aid", "aid", 3, UKAD, a=WB),
  E("2031-03-31 12:10", "Drones damage homes in Poltava overnight",
    ["Russian drones damaged several private houses and a school in the city of Poltava overnight, the regional governor's office said. No one was injured."],
    "strikes", "strikes", 2, "poltava-drone-attack-2031-03-31", a=WB,
    n="same region (Poltava oblast), a different, earlier, non-deadly night attack; must not merge with the Kremenchuk refinery strike"),
  E("2031-03-31 09:40", "Missiles hit Kremenchuk refinery, at least two killed",
    ["Russian missiles struck the oil refinery in Kremenchuk at about 08:50, setting off a large fire, and damaged apartment blocks nearby, killing at least two people, local officials said."],
    "strikes", "strikes", 3, KRM, a=WB, n="toll 2"),
  E("2031-03-31 07:15", "Russia claims village in Zaporizhzhia region",
    ["Russia's defence ministry claimed its forces had taken the village of Mala Tokmachka in the Zaporizhzhia region. Ukraine's military did not confirm the claim."],
    "other", "frontline", 2, "mala-tokmachka-capture-claim-2031-03-31", a=WB),
  ]))

# ---------------------------------------------------------------- 19342 Meadowsweet Times (day 3, HTML live, @graph without update dates)
SEEDS.append(dict(
  id="19342", name="19342_meadowsweet-graphlive", ext="html", source="Meadowsweet Times", zone="Europe/Berlin", render=r_b_graphlive,
  title="Ukraine live: Kremenchuk refinery in flames after missile strike", url="https://meadowsweet-times.example/live/ukraine-2031-03-31",
  dateline="Monday, 31 March 2031 \u00b7 Berlin time (CEST)",
  lede="Our live coverage of Russia's war against Ukraine, updated through the day.",
  basis="bare visible '{s}' in <time> (no datetime attribute) under the dateline 'Monday, 31 March 2031 \u00b7 Berlin time (CEST)' (UTC+2); JSON-LD updates carry no dates; local {d} in {z} = {u} UTC",
  notes="Invented outlet (Berlin). HTML live blog, oldest first. JSON-LD @graph with @type ['NewsArticle','LiveBlogPosting'] whose liveBlogUpdate items have headline and text but no date, so only the visible bare '10:25' (in <time> without datetime) and the dateline give the time (Berlin summer time, UTC+2). Signature line '\u2013 NAME' after the body. 19342-02 is a theme piece (analysis of why the refinery is targeted). 19342-05 repeats 19342-01 nearly verbatim ('officials said' became 'local officials said'): duplicate_of 19342-01. 19342-03 (Czech-led ammunition initiative) is the same aid theme as the UK air defence deal but another event.",
  not_entries=["header with navigation and 'E-paper'", "page title (h1)", "dateline 'Monday, 31 March 2031 \u00b7 Berlin time (CEST)'", "intro line", "signature lines ('\u2013 NAME')",
               "evening-briefing promo after the second post", "footer"],
  entries=[
  E("2031-03-31 08:10", "Ballistic missiles strike Kremenchuk oil refinery",
    ["Russian ballistic missiles hit the oil refinery in Kremenchuk in central Ukraine early on Monday, starting a fire that sent black smoke over the city, officials said. There was no immediate word on casualties."],
    "strikes", "strikes", 3, KRM, a="Jonas Hartl", n="first report, no toll yet"),
  E("2031-03-31 10:25", "Analysis: Why the Kremenchuk refinery keeps drawing Russian fire",
    ["Kremenchuk is home to Ukraine's last large working oil refinery, which makes it one of the most valuable economic targets left in the country.",
     "Russia has struck it repeatedly since 2022, and each time Ukrainian engineers have brought part of the plant back into service within weeks, often with equipment supplied by European partners."],
    "strikes", "strikes", 2, "analysis-kremenchuk-refinery-target", a="Ilse Brandauer",
    n="theme piece (analysis, no single event); mentions the strike but must not merge with it"),
  E("2031-03-31 12:40", "Czech-led initiative delivers its 500,000th shell of the year",
    ["The Czech-led initiative that buys artillery ammunition for Ukraine on world markets said it had delivered its 500,000th shell this year, ahead of schedule."],
    "aid", "aid", 2, "czech-ammunition-initiative-milestone-2031-03-31", a="Jonas Hartl", n="same aid theme as the UK air defence deal, different event; must not merge"),
  E("2031-03-31 14:05", "Black Sea talks open in Istanbul",
    ["Ukrainian and Russian officials sat down in Istanbul for Turkish-mediated talks on the safety of merchant ships in the Black Sea, the first such meeting in more than a year."],
    "diplomacy", "diplomacy", 3, BSN, a="Ilse Brandauer"),
  E("2031-03-31 15:30", "Ballistic missiles strike Kremenchuk oil refinery",
    ["Russian ballistic missiles hit the oil refinery in Kremenchuk in central Ukraine early on Monday, starting a fire that sent black smoke over the city, local officials said. There was no immediate word on casualties."],
    "strikes", "strikes", 1, KRM, a="Jonas Hartl", dup="19342-01", n="near-verbatim repeat of 19342-01 (stale)"),
  E("2031-03-31 17:50", "Kremenchuk: four dead, refinery fire under control",
    ["Four people have been killed in the strike on Kremenchuk, and firefighters have brought the blaze at the refinery under control, Ukraine's emergency service said."],
    "strikes", "strikes", 3, KRM, a="Jonas Hartl", n="toll 4"),
  ]))

# ---------------------------------------------------------------- 19343 Sandpiper Reach Courier (day 3, text article with sections)
SEEDS.append(dict(
  id="19343", name="19343_sandpiperreach-article", ext="txt", source="Sandpiper Reach Courier", zone="Europe/London", render=r_b_article,
  title="Ukraine on Monday: a refinery ablaze, a British deal and talks on the Black Sea",
  lede="The day's main developments in Russia's war against Ukraine, in brief.",
  byline="Harriet Quine", dateline="31 March 2031 \u2013 16:20 BST", more="More on the war in Ukraine: our full coverage",
  basis="no per-section time; the article's dateline '31 March 2031 \u2013 16:20 BST' (UTC+1) applies to every section; local {d} in {z} = {u} UTC",
  notes="Invented outlet. Text article with four section headings (one entry each), page byline 'By Harriet Quine' (used as every section's author) and a dateline with time and zone; no per-section stamp (stamp null, published = dateline). British Summer Time (UTC+1).",
  not_entries=["masthead and breadcrumb", "article title", "standfirst", "byline 'By Harriet Quine'", "dateline '31 March 2031 \u2013 16:20 BST'", "share line",
               "closing link 'More on the war in Ukraine: our full coverage'", "footer"],
  entries=[
  E("2031-03-31 16:20", "A refinery ablaze",
    ["Russian missiles struck the oil refinery in Kremenchuk early on Monday, and at least four people were killed in nearby apartment blocks, Ukrainian officials said. The fire took most of the day to bring under control."],
    "strikes", "strikes", 3, KRM, a="Harriet Quine", n="toll 4"),
  E("2031-03-31 16:20", "A British deal for air defence",
    ["Britain signed a \u00a31.6bn contract for thousands of short-range air defence missiles for Ukraine, to be made in Northern Ireland. The Ministry of Defence said the first deliveries would come this year."],
    "aid", "aid", 3, UKAD, a="Harriet Quine"),
  E("2031-03-31 16:20", "Talking about the Black Sea",
    ["Ukrainian and Russian officials opened talks in Istanbul on the safety of shipping in the Black Sea, with Turkey as mediator. Neither side expects a quick agreement."],
    "diplomacy", "diplomacy", 3, BSN, a="Harriet Quine"),
  E("2031-03-31 16:20", "Moldova's president in Kyiv",
    ["Moldova's president, Maia Sandu, visited Kyiv to discuss electricity links between the two countries and joint preparations for EU membership talks."],
    "diplomacy", "diplomacy", 2, "sandu-kyiv-visit-2031-03-31", a="Harriet Quine"),
  ]))


if __name__ == "__main__":
    main()

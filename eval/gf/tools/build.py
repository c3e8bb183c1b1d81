#!/usr/bin/env python3
"""Builds the eval/gf seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own invented wording, set in November 2030 with the war assumed
still under way. Part A imitates, from memory, the page layouts of ten real outlets; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/gf/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")
WAR_START = datetime(2022, 2, 24).date()


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: local time 'YYYY-MM-DD HH:MM' in the page zone, headline (or None), body paragraphs, labels."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    """an item not about the war (general world feeds, sport, markets)."""
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
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", upper=False, dots=False):
    """'4:03pm', '4.03pm', '4:03 PM', '4:03 p.m.'"""
    hh = d.hour % 12 or 12
    suf = "am" if d.hour < 12 else "pm"
    if dots:
        suf = suf[0] + "." + suf[1] + "."
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


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70]


def war_day(d):
    return (d.date() - WAR_START).days + 1


def ordinal(n):
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n:,}{suf}"


def utc_z(d, ms=False):
    u = d.astimezone(UTC)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + (".000Z" if ms else "Z")


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def rel_ago(ref, d, short=True):
    mins = int((ref - d).total_seconds() // 60)
    if mins < 60:
        return f"{mins}m ago" if short else f"{mins} min ago"
    return f"{mins // 60}h ago" if short else f"{mins // 60} hr ago"


def r_guardian(S):
    """The Guardian live blog, saved HTML (dotcom rendering). One LiveBlogPosting JSON-LD whose liveBlogUpdate items carry the
    PAGE's headline and the PAGE's datePublished/dateModified (not the block's), articleBody cut at 1000 characters. Visible:
    series label, 'Live' badge, h1, standfirst, byline 'A (now) and B (earlier)', dateline 'Fri 1 Nov 2030 16.55 GMT',
    'Key events' list (relative age + block title), blocks newest first with '24m ago' + '16.48 GMT', optional contributor,
    optional h2 title (many blocks have none), body, captions, 'Related:' rich links, 'Updated at' footers."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z); first = dt(S["start"], z)
    url = S["url"]
    def bid(i):
        return f"{S['blockbase']}{i:02d}{(i * 7919) % 9973:04x}"
    ups = []
    for i, e in enumerate(S["entries"]):
        body = " ".join(e["p"])
        ups.append({"@type": "BlogPosting", "@id": f"{url}#block-{bid(i)}", "headline": S["seo_title"],
                    "datePublished": utc_z(first, ms=True), "dateModified": utc_z(ref, ms=True),
                    "articleBody": body[:1000], "url": f"{url}?page=with:block-{bid(i)}#block-{bid(i)}"})
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": url, "headline": S["seo_title"], "description": S["lede"],
          "datePublished": utc_z(first, ms=True), "dateModified": utc_z(ref, ms=True), "coverageStartTime": utc_z(first, ms=True),
          "author": [{"@type": "Person", "name": n, "sameAs": f"https://www.theguardian.com/profile/{slugify(n)}"} for n in S["authors"]],
          "publisher": {"@type": "Organization", "name": "The Guardian", "sameAs": "https://www.theguardian.com/",
                        "logo": {"@type": "ImageObject", "url": "https://uploads.guim.co.uk/2018/01/29/gu_logo.png", "width": 295, "height": 60}},
          "mainEntityOfPage": url, "liveBlogUpdate": ups}
    stamp_line = f"{DAYS_EN[ref.weekday()][:3]} {ref.day} {SHORT_MONTHS[ref.month - 1]} {ref.year} {ref:%H.%M} {ref.tzname()}"
    first_line = f"{DAYS_EN[first.weekday()][:3]} {first.day} {SHORT_MONTHS[first.month - 1]} {first.year} {first:%H.%M} {first.tzname()}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">',
           f'<title>{esc(S["seo_title"])} | Ukraine | The Guardian</title>',
           f'<meta name="description" content="{attr(S["lede"])}">', f'<link rel="canonical" href="{url}">',
           '<meta property="og:type" content="article">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<a class="skip" href="#maincontent">Skip to main content</a> <a class="skip" href="#navigation">Skip to navigation</a>',
           '<div class="support-bar"><p>Support the Guardian</p><p>Fund the free press with $5 per month</p><a href="/contribute">Support us</a></div>',
           '<header id="navigation"><a class="logo" href="/">The Guardian - Back to home</a><nav class="pillars"><a href="/">News</a> '
           '<a href="/commentisfree">Opinion</a> <a href="/sport">Sport</a> <a href="/culture">Culture</a> <a href="/lifeandstyle">Lifestyle</a></nav>'
           '<nav class="subnav"><a href="/world">World</a> <a href="/world/europe-news">Europe</a> <a href="/us-news">US</a> '
           '<a href="/world/americas">Americas</a> <a href="/world/asia">Asia</a> <a href="/australia-news">Australia</a> '
           '<a href="/world/middleeast">Middle East</a> <a href="/world/africa">Africa</a> <a href="/inequality">Inequality</a> '
           '<a href="/global-development">Global development</a></nav></header>',
           '<main id="maincontent"><div class="series"><a href="/world/series/russia-ukraine-war">Russia-Ukraine war</a></div>',
           '<span class="badge">Live</span>', f'<h1>{esc(S["title"])}</h1>',
           '<div class="standfirst"><ul>' + "".join(f'<li>{esc(x)}</li>' for x in S["standfirst"]) + '</ul></div>',
           f'<figure class="main-media"><img src="https://i.guim.co.uk/img/media/{S["blockbase"]}/master/3000.jpg?width=700" alt="">'
           f'<figcaption>{esc(S["main_caption"])}</figcaption></figure>',
           f'<address class="byline">{esc(S["byline"])}</address>',
           f'<div class="meta"><time datetime="{utc_z(ref, ms=True)}">{stamp_line}</time>'
           f'<details><summary>First published on {first_line}</summary></details></div>',
           '<div class="share-count"><a>Share</a></div>',
           '<section class="key-events"><h2>Key events</h2><ul>']
    for i, e in enumerate(S["entries"]):
        if e["kp"]:
            out.append(f'<li><a href="#block-{bid(i)}"><time datetime="{utc_z(dt(e["t"], z), ms=True)}">{rel_ago(ref, dt(e["t"], z))}</time>'
                       f'<span class="ke-title">{esc(e["h"])}</span></a></li>')
    out += ['</ul><button class="toggle">Show key events only</button><p class="nojs">Please turn on JavaScript to use this feature</p></section>',
            '<div class="liveblog-body" id="liveblog-body"><p class="live-feed">Live feed</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} {d.tzname()}"; stamps.append(st)
        out.append(f'<article id="block-{bid(i)}" class="block"><header><a href="?page=with:block-{bid(i)}#block-{bid(i)}">'
                   f'<time datetime="{utc_z(d, ms=True)}" class="rel">{rel_ago(ref, d)}</time> <span class="abs">{st}</span></a>')
        if e.get("who"):
            out.append(f'<div class="contributor"><img src="https://uploads.guim.co.uk/contributor/{slugify(e["who"])}.png" alt=""><span>{esc(e["who"])}</span></div>')
        out.append('</header>')
        if e["h"]:
            out.append(f'<h2>{esc(e["h"])}</h2>')
        for k, p in enumerate(e["p"]):
            out.append(f'<p>{esc(p)}</p>')
            if e.get("related") and k == 0:
                out.append(f'<aside class="rich-link"><p>Related: <a href="/world/{slugify(e["related"])}">{esc(e["related"])}</a></p></aside>')
        if e.get("cap"):
            out.append(f'<figure><img src="https://i.guim.co.uk/img/media/{bid(i)}/1000.jpg" alt=""><figcaption>{esc(e["cap"])}</figcaption></figure>')
        foot = ''
        if e.get("upd"):
            foot = f'<p class="updated">Updated at {e["upd"]} {d.tzname()}</p>'
        out.append(f'<footer>{foot}<a class="share">Share</a></footer></article>')
    out += ['</div><nav class="pagination"><a href="?page=2">Older</a> <a href="?page=last">Oldest</a></nav>',
            '<div class="epic"><h3>A note to our readers</h3><p>Our reporting from Ukraine is free to read because readers like you pay for it. '
            'If you can, please support us from just $1.</p><a>Support the Guardian</a> <a>Remind me later</a></div>',
            '<div class="submeta"><p>Explore more on these topics</p><a href="/world/ukraine">Ukraine</a> <a href="/world/russia">Russia</a> '
            '<a href="/world/europe-news">Europe</a> <a href="/world/volodymyr-zelenskiy">Volodymyr Zelenskyy</a> <a href="/world/world">news</a>'
            '<p><a>Share</a> <a href="/info/reuse-this-content">Reuse this content</a></p></div>',
            '<aside class="most-viewed"><h2>Most viewed</h2><ol>' + "".join(f'<li>{esc(x)}</li>' for x in S["most_viewed"]) + '</ol></aside></main>',
            f'<footer class="site-footer"><a href="/about">About us</a> <a href="/help">Help</a> <a href="/info/complaints-and-corrections">Complaints &amp; corrections</a> '
            f'<a href="/info/privacy">Privacy policy</a> <a href="/info/cookies">Cookie policy</a> <a href="/help/terms-of-service">Terms &amp; conditions</a>'
            f'<p>© {ref.year} Guardian News &amp; Media Limited or its affiliated companies. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_bbc(S):
    """BBC News live page, text scrape. No date or year printed anywhere on the captured page (parse_args). Summary bullets,
    'Live Reporting' / 'Edited by NAME', posts newest first: '17:40 GMT', headline, body, optional author name + role lines,
    'Share' / 'close panel' / 'Copy link'; video posts ('Watch: ...') show only player chrome and a caption."""
    z = S["zone"]; order_check(S, True)
    L = ["Skip to content", "British Broadcasting Corporation", "Home", "News", "Sport", "Business", "Innovation", "Culture", "Arts",
         "Travel", "Earth", "Audio", "Video", "Live", "Register", "Sign In", "",
         "Home   News   Israel-Gaza War   War in Ukraine   US & Canada   UK   Africa   Asia   Australia   Europe   Latin America   Middle East   In Pictures   BBC Verify", "",
         "Live", S["title"], "", "Summary"] + ["\u2022 " + b for b in S["summary"]] + ["", "Live Reporting", f"Edited by {S['editor']}", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""]
        if e["p"]:
            L += ptxt(e["p"])
        else:
            L += ["Video content", f"Video caption: {e['vcap']}", e["dur"], ""]
        if e["a"]:
            L += [e["a"]] + ([e["role"]] if e.get("role") else []) + [""]
        L += ["Share", "close panel", "Copy link", ""]
        if i == 3:
            L += ["Get in touch", "Are you in Ukraine? Contact form", ""]
    L += ["Back to top", "", "Related Topics", "Russia-Ukraine war", "Ukraine", "Russia", "",
          "Terms of Use   About the BBC   Privacy Policy   Cookies   Accessibility Help   Parental Guidance   Contact the BBC   BBC emails for you   Advertise with us",
          "The BBC is not responsible for the content of external sites. Read about our approach to external linking."]
    return "\n".join(L) + "\n", stamps


def r_independent(S):
    """The Independent live blog, saved HTML with a LiveBlogPosting JSON-LD (per-update headline, datePublished in UTC with
    milliseconds, author). Visible: breadcrumb, h1, standfirst, page byline and 'Tuesday 05 November 2030 16:02 GMT', top video
    caption, lede paragraphs, 'Key Points' list of post headlines, 'Show latest update', posts newest first: h3 headline, body,
    photo credit '(REUTERS)', then author name and '5 November 2030 15:42' (UK local time) under each post."""
    z = S["zone"]; order_check(S, True); last = dt(S["entries"][0]["t"], z); upd = dt(S["updated"], z)
    url = S["url"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "headline": e["h"], "url": f"{url}#post-{S['postbase'] - i * 41}",
                    "datePublished": utc_z(d, ms=True), "dateModified": utc_z(d, ms=True),
                    "articleBody": "\n".join(e["p"]), "author": {"@type": "Person", "name": e["a"]}})
    ld = {"@context": "http://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": url,
          "datePublished": utc_z(dt(S["start"], z), ms=True), "dateModified": utc_z(upd, ms=True),
          "coverageStartTime": utc_z(dt(S["start"], z), ms=True), "description": S["standfirst"],
          "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "The Independent", "logo": {"@type": "ImageObject", "url": "https://static.independent.co.uk/img/logo.png"}},
          "liveBlogUpdate": ups}
    head_date = f"{DAYS_EN[upd.weekday()]} {upd.day:02d} {MONTHS[upd.month - 1]} {upd.year} {upd:%H:%M} {upd.tzname()}"
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | The Independent</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="site-header"><a class="logo" href="/">The Independent</a><nav><a href="/news">News</a> <a href="/sport">Sport</a> '
           '<a href="/voices">Voices</a> <a href="/arts-entertainment">Culture</a> <a href="/life-style">Lifestyle</a> <a href="/travel">Travel</a> '
           '<a href="/topic/premium">Premium</a> <a href="/money">Money</a> <a href="/extras/indybest">Shopping</a></nav>'
           '<a class="subscribe" href="/subscribe">Subscribe</a> <a class="login" href="/login">Log in</a></header>',
           '<nav class="breadcrumb"><a href="/news">News</a> <a href="/news/world">World</a> <a href="/news/world/europe">Europe</a></nav>',
           f'<h1>{esc(S["title"])}</h1>', f'<h2 class="standfirst">{esc(S["standfirst"])}</h2>',
           f'<div class="author"><a href="/author/{slugify(S["byline"])}">{esc(S["byline"])}</a></div>',
           f'<div class="date"><time datetime="{utc_z(upd, ms=True)}">{head_date}</time></div>',
           '<div class="bookmark"><p>Want to bookmark your favourite articles and stories to read or reference later? '
           'Start your Independent Premium subscription today.</p></div>',
           f'<figure class="video"><div class="player"></div><figcaption>{esc(S["video_caption"])}</figcaption></figure>',
           '<div class="lede">' + "".join(f'<p>{esc(p)}</p>' for p in S["lede"]) + '</div>',
           '<div class="key-points"><h2>Key Points</h2><ul>' + "".join(f'<li><a href="#post-{S["postbase"] - i * 41}">{esc(e["h"])}</a></li>'
                                                                       for i, e in enumerate(S["entries"]) if e["kp"]) + '</ul></div>',
           '<button class="latest">Show latest update</button>', '<div class="live-posts">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]} {d.year} {d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="post" id="post-{S["postbase"] - i * 41}"><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e.get("readmore"):
            out.append(f'<p class="read-more"><strong>Read more:</strong> <a href="/news/world/europe/{slugify(e["readmore"])}.html">{esc(e["readmore"])}</a></p>')
        if e.get("credit"):
            out.append(f'<figure><img src="https://static.independent.co.uk/{S["postbase"] - i}.jpg" alt=""><figcaption>{esc(e["credit"])}</figcaption></figure>')
        out.append(f'<div class="post-meta"><span class="post-author">{esc(e["a"])}</span><time datetime="{utc_z(d, ms=True)}">{st}</time></div></div>')
        if i == 2:
            out.append('<div class="inline-signup"><p>Sign up to our free Ukraine war briefing for the latest from the front line, sent every weekday</p>'
                       '<input type="email" placeholder="Enter your email address"> <button>Sign up</button></div>')
    out += ['</div>', '<div class="topics"><p>More about</p><a>Ukraine</a> <a>Russia</a> <a>Volodymyr Zelensky</a> <a>Odesa</a> <a>EU</a></div>',
            '<div class="comments"><p>Join our commenting forum</p><p>Join thought-provoking conversations, follow other Independent readers and see their replies</p>'
            '<button>Comments</button></div>',
            f'<footer><a>Contact us</a> <a>Jobs</a> <a>Privacy notice</a> <a>Cookie policy</a> <a>Code of conduct</a><p>© {upd.year} The Independent</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_aljazeera(S):
    """Al Jazeera 'Russia-Ukraine war: List of key events, day N', saved HTML with a NewsArticle JSON-LD (datePublished in UTC).
    Visible: date only ('Published On 7 Nov 2030'), standfirst, photo caption with [credit], 'Here is the situation on ...',
    then h3 sections (Fighting / Politics and diplomacy / Weapons / Economy) of one-paragraph bullets with no headline and no
    time of their own; 'Source: Al Jazeera and news agencies'. Each bullet is one entry; its time comes from the JSON-LD."""
    z = S["zone"]; pub = dt(S["published"], z); day = war_day(pub)
    title = f"Russia-Ukraine war: List of key events, day {day:,}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "url": S["url"], "mainEntityOfPage": S["url"],
          "datePublished": pub.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "dateModified": pub.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
          "description": f"These are the key developments on day {day:,} of Russia\u2019s war on Ukraine.",
          "author": [{"@type": "Organization", "name": "Al Jazeera", "url": "https://www.aljazeera.com"}],
          "publisher": {"@type": "Organization", "name": "Al Jazeera", "logo": {"@type": "ImageObject", "url": "https://www.aljazeera.com/images/logo_aje.png"}},
          "articleSection": "Russia-Ukraine war", "image": [f"https://www.aljazeera.com/wp-content/uploads/{pub:%Y/%m}/AP{pub:%y%m%d}0001.jpg"]}
    S["title"] = title
    local_doha = pub.astimezone(ZoneInfo("Asia/Qatar"))
    dline = f"{local_doha.day} {SHORT_MONTHS[local_doha.month - 1]} {local_doha.year}"
    out = ['<!DOCTYPE html>', '<html lang="en" dir="ltr"><head><meta charset="utf-8">',
           f'<title>{esc(title)} | Russia-Ukraine war News | Al Jazeera</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="site-header"><a class="logo" href="/">Al Jazeera</a><nav><a href="/news/">News</a> <a href="/middle-east/">Middle East</a> '
           '<a href="/tag/explainer/">Explained</a> <a href="/opinion/">Opinion</a> <a href="/sports/">Sport</a> <a href="/video/">Video</a> '
           '<a>More</a></nav><a class="live" href="/live/">Live</a> <a class="signin">Sign in</a> <a class="search">Search</a> <a class="menu">Navigation menu</a></div>',
           '<div class="breaking"><span>Live</span> <a href="/news/liveblog/">' + esc(S["live_teaser"]) + '</a></div>',
           '<main><div class="article-header"><div class="topics"><a href="/news/">News</a><span>|</span><a href="/tag/ukraine-russia-crisis/">Russia-Ukraine war</a></div>',
           f'<h1>{esc(title)}</h1>', f'<p class="article__subhead"><em>These are the key developments on day {day:,} of Russia\u2019s war on Ukraine.</em></p></div>',
           f'<figure class="article-featured-image"><img src="{ld["image"][0]}" alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>',
           f'<div class="article-dates"><div class="date-simple"><span class="screen-reader-text">Published On {dline}</span><span aria-hidden="true">{dline}</span></div></div>',
           '<div class="article-info-block"><button class="save">Save</button> <span class="screen-reader-text">Click here to share on social media</span> <span>share2</span> <span>Share</span></div>',
           f'<div class="wysiwyg"><p>Here is the situation on {DAYS_EN[local_doha.weekday()]}, {MONTHS[local_doha.month - 1]} {local_doha.day}:</p>']
    cur = None
    for i, e in enumerate(S["entries"]):
        if e["sec_h"] != cur:
            if cur is not None:
                out.append('</ul>')
            cur = e["sec_h"]; out.append(f'<h3>{esc(cur)}</h3><ul>')
        assert len(e["p"]) == 1
        out.append(f'<li><p>{esc(e["p"][0])}</p></li>')
        if i == 2:
            out.append('</ul><div class="ad"><span>Advertisement</span></div><ul>')
    out += ['</ul>', '<p class="source"><span>Source</span>: <span>Al Jazeera and news agencies</span></p></div>',
            '<div class="newsletter"><h2>Sign up for Al Jazeera</h2><p>Week in the Middle East</p><p>Catch up on our coverage of the region, all in one place.</p>'
            '<input type="email" placeholder="E.g., aljazeera@gmail.com"> <button>Subscribe</button></div>',
            '<section class="more-on"><h2>More from News</h2><ul>' + "".join(f'<li><a>{esc(x)}</a></li>' for x in S["more"]) + '</ul></section></main>',
            f'<footer><a>About</a> <a>Connect</a> <a>Our Channels</a> <a>Our Network</a><p>© {pub.year} Al Jazeera Media Network</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_reuters(S):
    """Reuters live/updates page, text scrape. Header: 'By Reuters', 'November 9, 2030 10:04 PM GMT Updated 9 min ago', photo caption
    with 'Purchase Licensing Rights, opens new tab', 'Summary' bullets. Updates newest first: stamp line 'November 9, 2030 9:55 PM GMT',
    headline, body paragraphs, then a credit line 'Reporting by NAME; Editing by NAME'."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    mins = int((ref - dt(S["entries"][0]["t"], z)).total_seconds() // 60)
    top = f"{MONTHS[ref.month - 1]} {ref.day}, {ref.year} {ampm(ref, space=' ', upper=True)} GMT"
    L = ["Skip to main content", "Exclusive news, data and analytics for financial market professionals", "Reuters home", "World", "Business", "Markets",
         "Sustainability", "Legal", "Breakingviews", "Technology", "Investigations", "More", "My News", "Sign In", "Register", "",
         "World", "Europe", "", "Live", S["title"], "", "By Reuters", "", f"{top} Updated {mins} min ago", "", S["caption"] + " REUTERS/" + S["photog"],
         "Purchase Licensing Rights, opens new tab", "", "Summary"] + S["summary"] + [""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); assert d.utcoffset() == timedelta(0)
        st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} {ampm(d, space=' ', upper=True)} GMT"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"]) + [e["credit"], ""]
        if i == 1:
            L += ["Sign up here.", "Get our morning digest of the war in Ukraine, delivered to your inbox.", ""]
        if i == 3:
            L += ["Advertisement \u00b7 Scroll to continue", "Report This Ad", ""]
    L += ["Our Standards: The Thomson Reuters Trust Principles., opens new tab", "", "Suggested Topics:", "Europe", "Ukraine", "Russia", "",
          "Read Next", ] + S["read_next"] + ["", "Site Index", "Browse   Media   About Reuters   Stay Informed   Information you can trust",
          f"All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.", f"\u00a9 {ref.year} Reuters. All rights reserved"]
    return "\n".join(L) + "\n", stamps


def r_ap(S):
    """AP News live page, saved HTML with a LiveBlogPosting JSON-LD (per-update headline, datePublished in UTC, author). Visible:
    'LIVE' badge, h1, 'Updated 6:40 PM EST, November 11, 2030', 'By The Associated Press'; posts newest first: '6:40 PM EST',
    h2 headline, optional 'By NAME', body, 'Share' / 'Copy Link copied'; 'ADVERTISEMENT' slots."""
    z = S["zone"]; order_check(S, True); last = dt(S["entries"][0]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "headline": e["h"], "url": f"{S['url']}#{S['hashbase']}{i:02d}",
                    "datePublished": d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "articleBody": " ".join(e["p"]),
                    "author": [{"@type": "Person", "name": e["a"]}] if e["a"] else [{"@type": "Organization", "name": "Associated Press"}]})
    start = dt(S["start"], z)
    ld = {"@context": "http://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
          "datePublished": start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "dateModified": last.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "coverageStartTime": start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "publisher": {"@type": "NewsMediaOrganization", "name": "AP News", "logo": {"@type": "ImageObject", "url": "https://assets.apnews.com/logo.svg"}},
          "liveBlogUpdate": ups}
    upd = f"Updated {ampm(last, space=' ', upper=True)} {last.tzname()}, {MONTHS[last.month - 1]} {last.day}, {last.year}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} | AP News</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="Page-header"><a class="Page-header-logo" href="/">AP</a><nav><a href="/world-news">World</a> <a href="/us-news">U.S.</a> '
           '<a href="/politics">Politics</a> <a href="/sports">Sports</a> <a href="/entertainment">Entertainment</a> <a href="/business">Business</a> '
           '<a href="/science">Science</a> <a href="/ap-fact-check">Fact Check</a> <a href="/oddities">Oddities</a> <a href="/newsletters">Newsletters</a> '
           '<a href="/video">Video</a></nav><a class="donate" href="/donate">Donate</a> <a>SECTIONS</a> <a>Search Query</a></header>',
           '<div class="Advertisement"><span>ADVERTISEMENT</span></div>',
           '<main><div class="Page-lead"><span class="LiveBadge">LIVE</span>', f'<h1 class="Page-headline">{esc(S["title"])}</h1>',
           f'<div class="Page-dateModified"><bsp-timestamp data-timestamp="{int(last.timestamp() * 1000)}"><span>{upd}</span></bsp-timestamp></div>',
           '<div class="Page-authors">By The Associated Press</div>', '<div class="Page-actions"><a>Share</a></div>',
           f'<div class="Page-lede"><p>{esc(S["lede"])}</p></div></div>', '<div class="LiveBlogPage-posts">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', upper=True)} {d.tzname()}"; stamps.append(st)
        out.append(f'<div class="LiveBlogPost" id="{S["hashbase"]}{i:02d}"><bsp-timestamp data-timestamp="{int(d.timestamp() * 1000)}">'
                   f'<span class="LiveBlogPost-timestamp">{st}</span></bsp-timestamp><h2 class="LiveBlogPost-headline">{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<div class="LiveBlogPost-byline">By {esc(e["a"])}</div>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="LiveBlogPost-actions"><a>Share</a> <a>Copy Link</a> <span>copied</span></div></div>')
        if i in (1, 4):
            out.append('<div class="Advertisement"><span>ADVERTISEMENT</span></div>')
    out += ['</div><button class="LiveBlogPage-loadMore">Load More</button></main>',
            f'<footer class="Page-footer"><p>The Associated Press is an independent global news organization, founded in 1846.</p>'
            f'<a>AP.ORG</a> <a>Careers</a> <a>Advertise with us</a> <a>Contact Us</a> <a>Accessibility Statement</a> <a>Terms of Use</a> <a>Privacy Policy</a>'
            f'<p>Copyright {last.year} The Associated Press. All Rights Reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_cnn(S):
    """CNN live updates, text scrape (the classic live-story layout). Header: 'Live Updates', topic label, title, 'By A, B and C, CNN',
    'Updated 6:22 p.m. ET, November 13, 2030', 'What we covered here' bullets. Posts newest first: '6:05 p.m. ET, November 13, 2030',
    headline, 'From CNN's NAME' (or 'From CNN staff'), body, 'Link Copied!'; video embeds leave 'Video Ad Feedback' lines."""
    z = S["zone"]; order_check(S, True); upd = dt(S["updated"], z)
    def st_of(d):
        return f"{ampm(d, space=' ', dots=True)} ET, {MONTHS[d.month - 1]} {d.day}, {d.year}"
    L = ["CNN values your feedback", "1. How relevant is this ad to you?", "", "Skip to content", "CNN", "",
         "US   World   Politics   Business   Health   Entertainment   Style   Travel   Sports   Science   Climate   Weather   Ukraine-Russia War   Games   More",
         "Watch   Listen   Live TV   Subscribe   Sign in", "", "Live Updates", S["topic"], "", S["title"], "", S["byline"], f"Updated {st_of(upd)}", "",
         "Link Copied!", "", "What we covered here"] + ["\u2022 " + b for b in S["covered"]] + [""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = st_of(d); stamps.append(st)
        L += [st, "", e["h"], e["from"], ""]
        for k, p in enumerate(e["p"]):
            L += [p, ""]
            if e.get("video") and k == 0:
                L += ["Video", e["video"], "Video Ad Feedback", e["vdur"], "- Source: CNN", ""]
            if e.get("photo") and k == 0:
                L += [e["photo"], ""]
        L += ["Link Copied!", ""]
    L += ["Back to top", "", "Terms of Use   Privacy Policy   Manage Cookies+   Ad Choices   Accessibility & CC   About   Newsletters   Transcripts",
          f"\u00a9 {upd.year} Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.", "CNN Sans \u2122 & \u00a9 2016 Cable News Network."]
    return "\n".join(L) + "\n", stamps


def r_kyivindependent(S):
    """The Kyiv Independent 'Ukraine war latest' evening newsletter article, text scrape. Header: tag, title, 'by NAME',
    'November 15, 2030 10:24 PM  6 min read' (Kyiv time, no zone printed), photo caption '(Photo: ...)', 'Key developments on
    Nov. 15:' bullets (reworded, not the section titles), then sections (title line + paragraphs), inline 'Read also:' links,
    membership box. Each section is one entry; no per-section time."""
    z = S["zone"]; pub = dt(S["published"], z)
    stampline = f"{MONTHS[pub.month - 1]} {pub.day}, {pub.year} {ampm(pub, space=' ', upper=True)}"
    L = ["Skip to content", "The Kyiv Independent", "Become a member", "Search", "",
         "News Feed   Russia's War   Ukraine   Business   Opinion   Culture   Investigations   Explainers   Podcasts   Newsletter   Jobs", "",
         "Ukraine War Latest", S["title"], "", f"by {S['byline']}", f"{stampline}  {S['readtime']} min read", "", S["caption"], "",
         f"Key developments on {SHORT_MONTHS[pub.month - 1]}. {pub.day}:", ""] + ["\u2022 " + b for b in S["keydev"]] + [""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""]
        for k, p in enumerate(e["p"]):
            L += [p, ""]
            if e.get("readalso") and k == 0:
                L += [f"Read also: {e['readalso']}", ""]
        if i == 2:
            L += ["We\u2019ve been covering this war since day one. Our newsroom is funded by readers, not oligarchs.",
                  "Become a member of the Kyiv Independent and keep independent journalism in Ukraine alive.", "Join now", ""]
    L += [f"Note from the author:", S["author_note"], "", "Tags: " + "   ".join(S["tags"]), "",
          "About us   Our team   Careers   Contact us   Advertise   Privacy policy   Terms of use",
          f"\u00a9 {pub.year} The Kyiv Independent. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_sky(S):
    """Sky News live, text scrape. Header nav, title, standfirst, dateline 'Sunday 17 November 2030 17:12, UK', 'Why you can trust
    Sky News', 'Key points' list of post headlines, 'Live reporting by NAME'; posts newest first: optional 'Breaking' label, bare
    '17:05', headline, optional reporter line 'By NAME, role', body; video posts carry the player notice only."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    dl = f"{DAYS_EN[ref.weekday()]} {ref.day} {MONTHS[ref.month - 1]} {ref.year} {ref:%H:%M}, UK"
    L = ["Skip to content", "Sky News - back to home", "Watch Live", "",
         "Home   UK   World   Politics   US   Climate   Science & Tech   Business   Ents & Arts   Travel   Offbeat   Analysis   Data & Forensics   Videos   Weather", "",
         S["title"], S["standfirst"], "", dl, "", "Why you can trust Sky News", "", "Key points"] + \
        [e["h"] for e in S["entries"] if e["kp"]] + ["", f"Live reporting by {S['reporter']}", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        if e.get("breaking"):
            L.append("Breaking")
        L += [st, e["h"]]
        if e["a"]:
            L.append(f"By {e['a']}, {e['role']}")
        L.append("")
        if e["p"]:
            L += ptxt(e["p"])
        else:
            L += ["Please use Chrome browser for a more accessible video player", e["dur"], ""]
        if i == 2:
            L += ["Listen to The World on Sky News Daily wherever you get your podcasts", "", "Follow Sky News on WhatsApp", ""]
    L += ["Sky News", "About Sky News   About Us   Sky Channels   Sky Group   Sky News International   Terms of Use   Privacy & Cookies   Contact Us",
          f"\u00a9 {ref.year} Sky UK"]
    return "\n".join(L) + "\n", stamps


def r_trt(S):
    """TRT World live blog, saved HTML without JSON-LD. h1 'Live blog: ...', subtitle 'Russia-Ukraine war rages on, now in its Nth day.',
    photo caption/credit, one date header 'Tuesday, November 19, 2030'; a pinned lead '2010 GMT <text>' (no headline), 'Read More'
    related link and 'More updates', then '1845 GMT \u2014 Headline' items newest first; 'Loading...' placeholders; footer link to the
    previous day's blog."""
    z = S["zone"]; order_check(S, True); d0 = dt(S["entries"][0]["t"], z); prev = d0 - timedelta(days=1)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<meta name="description" content="' + attr(f"Russia-Ukraine war rages on, now in its {ordinal(war_day(d0))} day.") + '"></head><body>',
           '<header><a class="logo" href="/">TRT World</a><nav><a href="/turkiye">T\u00fcrkiye</a> <a href="/world">World</a> <a href="/business">Business</a> '
           '<a href="/sport">Sport</a> <a href="/opinion">Opinion</a> <a href="/video">Video</a> <a href="/live">Live</a></nav>'
           '<a class="tv" href="/tv">Watch TRT World</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<h2 class="subtitle">Russia-Ukraine war rages on, now in its {ordinal(war_day(d0))} day.</h2>',
           '<figure><img src="/images/ukraine-war.jpg" alt="Russia Ukraine war / Photo: AP"><figcaption>Russia Ukraine war / Photo: AP</figcaption><span class="credit">AP</span></figure>',
           f'<div class="date-header">{DAYS_EN[d0.weekday()]}, {MONTHS[d0.month - 1]} {d0.day}, {d0.year}</div>', '<div class="live-content">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H%M} GMT"; stamps.append(st)
        if e["h"] is None:
            assert i == 0
            out.append(f'<p><strong>{st}</strong> {esc(e["p"][0])}</p>')
            out += [f'<p>{esc(p)}</p>' for p in e["p"][1:]]
            out += ['<a class="read-more">Read More</a>', '<a class="read-more">Read More</a>',
                    f'<div class="related"><a href="/world/{slugify(S["related"])}">{esc(S["related"])}</a></div>', '<p>More updates \U0001F447</p>']
            continue
        out.append(f'<h3><strong>{st} \u2014 {esc(e["h"])}</strong></h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e.get("loading"):
            out.append('<div class="embed">Loading...</div>')
    out += ['</div>', f'<p class="prev"><a href="/world/live-blog-{prev.day}-{MONTHS[prev.month - 1].lower()}">For our live updates from {DAYS_EN[prev.weekday()]}, '
            f'{MONTHS[prev.month - 1]} {prev.day}, click here.</a></p></main>',
            f'<footer><a>About Us</a> <a>Contact</a> <a>Privacy Policy</a> <a>Terms of Use</a><p>\u00a9 TRT World {d0.year}</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


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
        print(f"{fn:42s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


# ================================================================ PART A: ten real outlets' layouts (own words, invented news)
SEEDS = []

# ---------------------------------------------------------------- 18900 The Guardian (HTML live blog, Guardian-style JSON-LD)
DNI = "dnipro-missile-strike-2030-11-01"
SEEDS.append(dict(
  id="18900", name="18900_guardian-liveblog", ext="html", source="The Guardian", zone="Europe/London", render=r_guardian,
  title="Russia-Ukraine war live: Dnipro missile strike kills nine as Zelenskyy demands Patriots \u2018not promises\u2019",
  seo_title="Russia-Ukraine war live: Dnipro missile strike kills nine as Zelenskyy demands Patriots \u2018not promises\u2019",
  url="https://www.theguardian.com/world/live/2030/nov/01/russia-ukraine-war-live-dnipro-missile-strike-zelenskyy-patriots",
  blockbase="6723f1", ref="2030-11-01 16:55", start="2030-11-01 07:52",
  lede="Ballistic missile hits nine-storey block in central Dnipro; Norway to pay for Ukrainian-built long-range drones",
  standfirst=["Ballistic missile hits nine-storey block in central Dnipro; dozens injured", "Norway to pay for Ukrainian-built long-range drones",
              "Moscow claims another village in Dnipropetrovsk region"],
  main_caption="Rescue workers search the wreckage of the apartment block in Dnipro on Friday morning. Photograph: Ukrainian Emergency Service/AFP/Getty Images",
  byline="Harriet Lowe (now) and Callum Pryce (earlier)", authors=["Harriet Lowe", "Callum Pryce"],
  most_viewed=["Flood warnings issued across northern England as heavy rain moves in", "Budget 2030: what the chancellor\u2019s plans mean for renters",
               "Twelve novels to curl up with this winter"],
  basis="block time '{s}' (UK local time; GMT = UTC in November) on the page dated 'Fri 1 Nov 2030'; the JSON-LD liveBlogUpdate items all carry the page's own datePublished, so they give no per-block time; local {d} in {z}",
  notes="Imitates a Guardian live blog (dotcom rendering) saved as HTML. Blocks newest first; each block shows a relative age ('24m ago') and the absolute time '16.48 GMT' (dot separator). Two blocks have no title (headline null; first_sentence is the anchor). The JSON-LD is a LiveBlogPosting whose liveBlogUpdate items all carry the page headline and the page's datePublished/dateModified (the Guardian's real quirk), so per-entry times and titles must come from the visible blocks. 'Key events' (the Guardian's editor-picked list) names three block titles; the gold treats it as the page's Key Points block (key_point true, importance 3). One block footer says 'Updated at 16.10 GMT' (an edit note, not a new entry). Captions ('Photograph: ...') and the 'Related:' rich link are not body paragraphs.",
  not_entries=["skip links, 'Support the Guardian' bar, header pillars and sub-navigation", "series label 'Russia-Ukraine war' and 'Live' badge",
               "standfirst bullets (page lede)", "main image caption", "byline 'Harriet Lowe (now) and Callum Pryce (earlier)' and the dateline / 'First published on' line",
               "'Key events' list (relative ages + block titles; the titles are entries listed further down)", "'Show key events only' and 'Please turn on JavaScript to use this feature'",
               "'Live feed' label", "relative ages ('24m ago') next to each block time", "photo captions inside blocks", "'Related:' rich link inside the Zelenskyy block",
               "'Updated at 16.10 GMT' edit note", "'Share' links", "pagination 'Older' / 'Oldest'", "reader-revenue epic 'A note to our readers'",
               "'Explore more on these topics' tags, 'Reuse this content'", "'Most viewed' list (unrelated headlines)", "footer"],
  entries=[
  E("2030-11-01 16:48", None,
    ["Russia\u2019s foreign ministry summoned Moldova\u2019s ambassador in Moscow on Friday to protest against what it called the unlawful seizure of a Russian consular building in Chi\u0219in\u0103u.",
     "Moldovan authorities took over the building last month after a court ruled that it had been registered to a company under EU sanctions.",
     "Moldova\u2019s foreign ministry said the ambassador had explained that the ruling was a matter for the courts and that the consulate\u2019s staff were free to keep working from the embassy."],
    "diplomacy", "diplomacy", 2, "russia-summons-moldovan-ambassador-2030-11-01", who="Harriet Lowe"),
  E("2030-11-01 15:55", "Dnipro death toll rises to nine",
    ["The number of people killed by this morning\u2019s missile strike on Dnipro has risen to nine, the head of the regional military administration said.",
     "Two of the dead were teenagers, and 31 people remain in hospital, four of them in a serious condition.",
     "Rescuers expect to finish clearing the collapsed section of the building overnight. The city has declared Saturday a day of mourning."],
    "strikes", "strikes", 3, DNI, kp=True, who="Harriet Lowe", upd="16.10"),
  E("2030-11-01 14:20", "Norway to fund production of Ukrainian long-range drones",
    ["Norway will spend 2.4bn kroner (about \u00a3170m) on long-range strike drones built in Ukraine, the Norwegian defence ministry has announced.",
     "The money goes straight to Ukrainian manufacturers under the so-called Danish model, which lets donors pay for weapons produced inside Ukraine rather than shipping their own stocks.",
     "Oslo said the first drones paid for under the deal should reach Ukrainian units before the end of the year."],
    "aid", "aid", 3, "norway-long-range-drone-funding-2030-11-01", kp=True, who="Harriet Lowe"),
  E("2030-11-01 13:05", None,
    ["Russia\u2019s defence ministry has claimed that its troops captured the village of Novopavlivka in the Dnipropetrovsk region, a claim Ukraine\u2019s military has not confirmed.",
     "Ukraine\u2019s southern command said fighting was continuing on the outskirts of the village and that its units still held positions on the western bank of the river."],
    "other", "frontline", 2, "russia-claims-novopavlivka-2030-11-01", who="Callum Pryce",
    cap="A Ukrainian artillery crew fires towards Russian positions in the Dnipropetrovsk region. Photograph: Mykola Tymchuk/AFP/Getty Images"),
  E("2030-11-01 11:37", "Zelenskyy: \u2018We need Patriots, not promises\u2019",
    ["Ukraine\u2019s president, Volodymyr Zelenskyy, has urged allies to deliver the air defence systems they have already pledged, hours after the strike on Dnipro.",
     "\u201cEvery system that is still waiting in a warehouse somewhere is a system that is not protecting a Ukrainian city,\u201d he said in a video address.",
     "He said Ukraine needed at least eight more Patriot batteries to cover its largest cities and key energy sites through the winter."],
    "aid", "aid", 3, "zelenskyy-patriot-appeal-2030-11-01", sec=["strikes"], kp=True, who="Callum Pryce",
    related="Ukraine\u2019s air defence crunch: how many interceptors are left?",
    n="appeal for air defence prompted by the Dnipro strike: aid primary (the headline leads with the plea), own story; must not merge with the strike itself"),
  E("2030-11-01 09:40", "Russia says it shot down 87 Ukrainian drones overnight",
    ["Russia\u2019s defence ministry says its air defences destroyed 87 Ukrainian drones overnight over eight regions, including 31 over the Bryansk region.",
     "The governor of Russia\u2019s Oryol region said a fuel depot had caught fire after being hit by debris. There were no reports of casualties."],
    "strikes", "strikes", 2, "russia-claims-87-drones-downed-2030-11-01", who="Callum Pryce"),
  E("2030-11-01 08:15", "Russian missile hits apartment block in Dnipro",
    ["A Russian ballistic missile struck a nine-storey apartment building in central Dnipro early on Friday, killing at least five people and injuring 23, according to regional officials.",
     "Photographs from the scene show the middle section of the building torn away from the fifth floor upwards.",
     "Ukraine\u2019s air force said the missile was fired from the Kursk region and reached the city in under four minutes."],
    "strikes", "strikes", 3, DNI, who="Callum Pryce",
    cap="Rescuers at the damaged building in Dnipro. Photograph: State Emergency Service of Ukraine/Reuters"),
  ]))

# ---------------------------------------------------------------- 18901 BBC News (text live page, no year printed)
KHA = "kharkiv-power-plant-drone-strike-2030-11-03"
SEEDS.append(dict(
  id="18901", name="18901_bbc-livepage", ext="txt", source="BBC News", zone="Europe/London", render=r_bbc,
  parse_args=["--date", "2030-11-03"],
  title="Ukraine war: Drones knock out Kharkiv power plant as Zelensky meets Nordic leaders",
  summary=["A drone attack overnight hit a thermal power plant in Kharkiv, killing a worker and cutting heating to tens of thousands of homes",
           "Ukraine's president is in Oslo for talks with the leaders of the five Nordic countries",
           "Russia says a Ukrainian drone set part of the Tuapse refinery on fire"],
  editor="Imogen Carrow",
  basis="post time '{s}' with no date printed anywhere on the page; the day is the --date argument 2030-11-03 (parse_args); GMT = UTC; local {d} in {z}",
  notes="Imitates a BBC News live page (2023-style design) copied from a browser. No date or year appears anywhere in the capture, so the gold gives parse_args --date 2030-11-03. Summary bullets are the lede, not entries. Posts newest first: 'HH:MM GMT', headline, body, then optional author name and role lines, then 'Share' / 'close panel' / 'Copy link'. One 'Watch:' video post has only player chrome ('Video content', 'Video caption: ...', duration), so it has no body (importance 1). The analysis post is a theme piece about strikes on heating plants: its own story, must not merge with the Kharkiv strike it mentions.",
  not_entries=["skip link, BBC header links and section navigation", "'Live' label", "'Summary' bullets (lede)", "'Live Reporting' and 'Edited by Imogen Carrow'",
               "author name and role lines under posts", "'Share' / 'close panel' / 'Copy link' under every post", "video player chrome 'Video content', 'Video caption: ...', '0:52'",
               "'Get in touch' box", "'Back to top', 'Related Topics' and footer links"],
  entries=[
  E("2030-11-03 17:40", "Nordic leaders pledge to help keep Ukraine's lights on",
    ["Volodymyr Zelensky and the leaders of Norway, Sweden, Denmark, Finland and Iceland have signed a joint declaration in Oslo promising to help Ukraine keep its power grid running through the winter.",
     "The text does not put a figure on the support, but a Norwegian official told the BBC that transformers and mobile gas turbines were already being shipped.",
     "Zelensky described the meeting as \"practical, not ceremonial\" and thanked his hosts for what he called their steady support."],
    "diplomacy", "diplomacy", 3, "zelensky-nordic-leaders-oslo-2030-11-03", a="Ethan Marlowe", role="Reporting from Oslo", sec=["aid"]),
  E("2030-11-03 16:15", "Watch: Firefighters battle blaze at Kharkiv power plant", [],
    "strikes", "strikes", 1, KHA, vcap="Crews spent hours putting out the fire at the plant, which heats much of the north of the city.", dur="0:52",
    n="teaser: video post without text"),
  E("2030-11-03 15:02", "Why Russia goes after heating plants before the frost",
    ["For the fourth winter running, Russia is working methodically through Ukraine's heating and power plants.",
     "The targets are chosen with care. Combined heat and power stations like the one hit in Kharkiv last night cannot be replaced quickly, and their big turbines take months to repair even when spare parts can be found.",
     "Ukrainian engineers have become expert at patching the grid, but each repair uses up equipment that is getting harder to source abroad.",
     "The aim, officials in Kyiv say, is to make life in the big eastern cities unbearable before the temperature drops below zero."],
    "strikes", "strikes", 2, "analysis-russian-strikes-on-heating-plants", a="Sofia Brennan", role="Ukraine correspondent",
    n="theme piece (analysis) on the strike campaign against heating plants; mentions the Kharkiv strike but is its own story: must not merge with it"),
  E("2030-11-03 13:30", "Pro-war blogger detained in Moscow after criticising commanders",
    ["Police in Moscow have detained a well-known pro-war military blogger who accused senior commanders of hiding losses near Pokrovsk.",
     "The blogger, who has more than 400,000 subscribers on Telegram, faces up to five years in prison for \"discrediting\" the army if charged.",
     "It is the third detention of a pro-war commentator in as many months."],
    "other", "politics", 2, "moscow-pro-war-blogger-detained-2030-11-03", a="Petra Volkova", role="BBC Monitoring"),
  E("2030-11-03 11:48", "Kharkiv: 140,000 homes without heating after strike",
    ["About 140,000 households in Kharkiv have no heating after last night's drone attack on the city's thermal power plant, the mayor says.",
     "Mobile boiler units are being brought in for hospitals and schools, and the city has opened 60 heated \"points of invincibility\" where residents can warm up and charge their phones.",
     "The regional governor says engineers hope to restore partial heating within three days."],
    "strikes", "strikes", 3, KHA),
  E("2030-11-03 10:05", "Russia says Ukrainian drone hit Tuapse refinery",
    ["A Ukrainian drone set fire to a processing unit at the Tuapse oil refinery on Russia's Black Sea coast overnight, local authorities say.",
     "The fire was put out by morning and no-one was hurt, according to the regional emergency headquarters. The refinery has been hit several times in the past two years."],
    "strikes", "strikes", 2, "tuapse-refinery-drone-attack-2030-11-03"),
  E("2030-11-03 08:20", "Worker killed as drones hit Kharkiv power plant",
    ["A worker has been killed and two others injured after Russian drones struck a thermal power plant in Kharkiv overnight, according to regional officials.",
     "Governor Oleh Syniehubov says at least nine Shahed-type drones were aimed at the plant. Several caused fires in the turbine hall."],
    "strikes", "strikes", 3, KHA, a="Sofia Brennan", role="Ukraine correspondent"),
  ]))

# ---------------------------------------------------------------- 18902 The Independent (HTML live blog + LiveBlogPosting JSON-LD)
ODS = "odesa-port-missile-strike-2030-11-05"
SEEDS.append(dict(
  id="18902", name="18902_independent-liveblog", ext="html", source="The Independent", zone="Europe/London", render=r_independent,
  title="Ukraine-Russia war latest: Second sailor dies after Russian missiles hit Odesa port",
  standfirst="Crew of a Panama-flagged bulk carrier among the casualties of the overnight attack on Ukraine\u2019s biggest port",
  url="https://www.independent.co.uk/news/world/europe/ukraine-russia-war-latest-odesa-port-strike-b2861544.html",
  byline="Nadia Castellano", start="2030-11-05 07:50", updated="2030-11-05 16:02", postbase=1862410,
  video_caption="Zelensky visits front-line positions near Pokrovsk",
  lede=["Russian missiles slammed into the port of Odesa overnight, setting a grain warehouse alight and striking a foreign-flagged cargo ship moored at the quay.",
        "Regional governor Oleh Kiper said the attack involved Iskander-M ballistic missiles fired from occupied Crimea, leaving little time for a warning.",
        "Meanwhile, EU foreign ministers meeting in Brussels agreed to target tankers carrying Russian liquefied natural gas."],
  basis="post stamp '{s}' (UK local time, GMT = UTC in November; the JSON-LD datePublished of the update agrees); local {d} in {z}",
  notes="Imitates an Independent live blog saved as HTML, with a LiveBlogPosting JSON-LD whose liveBlogUpdate items carry each post's own headline and datePublished (UTC, milliseconds). Video caption at the top is about another subject (not the page title). Three lede paragraphs precede a 'Key Points' list naming three post headlines exactly (key_point true, importance 3). Posts newest first: h3 headline, body, optional photo credit '(REUTERS)' / '(AFP via Getty Images)', 'Read more:' link, then author and '5 November 2030 15:42' under the post (the stamp closes the post, as on the real site). The 'Pictured:' post carries only a photo (no body, importance 1).",
  not_entries=["header navigation, 'Subscribe' / 'Log in'", "breadcrumb News / World / Europe", "standfirst (h2 under the title)", "page byline and 'Tuesday 05 November 2030 16:02 GMT'",
               "'Want to bookmark your favourite articles...' Premium promo", "top video caption 'Zelensky visits front-line positions near Pokrovsk' (another subject)",
               "three lede paragraphs before 'Key Points'", "'Key Points' list (headlines of posts listed below)", "'Show latest update' button",
               "photo credits '(REUTERS)', '(AFP via Getty Images)'", "'Read more:' related link", "newsletter sign-up box after the third post",
               "'More about' topic tags", "comments promo", "footer"],
  entries=[
  E("2030-11-05 15:42", "Second sailor dies after Russian strike on Odesa port",
    ["A second crew member of the bulk carrier hit during the overnight attack on Odesa has died in hospital, Ukraine\u2019s navy said.",
     "Both victims were Filipino nationals, according to the ship\u2019s operator, which said the vessel had been waiting to load 40,000 tonnes of maize bound for Egypt.",
     "Kyiv says Russia has damaged more than 30 civilian ships in its ports since it launched its Black Sea shipping corridor."],
    "strikes", "strikes", 3, ODS, a="Nadia Castellano", kp=True, credit="(REUTERS)"),
  E("2030-11-05 14:58", "EU ministers agree sanctions on tankers carrying Russian LNG",
    ["EU foreign ministers have agreed to blacklist 24 tankers that carry Russian liquefied natural gas, in the bloc\u2019s first move against the LNG fleet.",
     "The ships will be banned from EU ports and from receiving European services such as insurance and maintenance.",
     "Hungary and Slovakia dropped their objections after obtaining a guarantee that pipeline gas would not be affected."],
    "diplomacy", "diplomacy", 3, "eu-sanctions-russian-lng-tankers-2030-11-05", a="Nadia Castellano", kp=True),
  E("2030-11-05 13:20", "Kremlin rejects Ukrainian offer of energy truce",
    ["The Kremlin has dismissed a Ukrainian proposal for both sides to stop striking each other\u2019s energy facilities over the winter.",
     "Dmitry Peskov said the offer was \u201ca public relations exercise\u201d and that Moscow would not pause what he called strikes on military-related infrastructure."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-energy-truce-2030-11-05", a="Nadia Castellano",
    readmore="What would an energy ceasefire actually cover?"),
  E("2030-11-05 12:05", "Pictured: Smoke rises over Odesa grain terminal", [],
    "strikes", "strikes", 1, ODS, a="Owen Prichard", credit="(AFP via Getty Images)", n="teaser: photo post without text"),
  E("2030-11-05 11:10", "Ukraine\u2019s parliament extends martial law for another 90 days",
    ["Ukraine\u2019s parliament has voted to extend martial law and general mobilisation for a further 90 days, until early February.",
     "The measure passed with 311 votes. It is the 23rd extension since Russia\u2019s full-scale invasion began."],
    "other", "politics", 2, "ukraine-martial-law-extension-2030-11-05", a="Owen Prichard"),
  E("2030-11-05 09:45", "Germany to deliver two more IRIS-T systems before Christmas",
    ["Germany will send two more IRIS-T SLM air defence systems to Ukraine before the end of the year, the German defence ministry said.",
     "Berlin has now promised Ukraine 16 of the systems, which are built by Diehl Defence, and is paying for a further batch of missiles made in Ukraine under licence."],
    "aid", "aid", 3, "germany-iris-t-systems-2030-11-05", a="Owen Prichard", kp=True),
  E("2030-11-05 08:30", "Russian missiles hit Odesa port, killing sailor",
    ["One sailor has been killed and four people wounded after Russian ballistic missiles struck port facilities in Odesa overnight, the regional governor said.",
     "A warehouse holding grain caught fire and a cargo ship moored nearby was damaged, Oleh Kiper wrote on Telegram."],
    "strikes", "strikes", 3, ODS, a="Owen Prichard", credit="(REUTERS)"),
  ]))

# ---------------------------------------------------------------- 18903 Al Jazeera (HTML 'List of key events', NewsArticle JSON-LD)
SEEDS.append(dict(
  id="18903", name="18903_aljazeera-keyevents", ext="html", source="Al Jazeera", zone="UTC", render=r_aljazeera,
  title=None, published="2030-11-07 01:40",
  url="https://www.aljazeera.com/news/2030/11/7/russia-ukraine-war-list-of-key-events-day-3179",
  live_teaser="Russia-Ukraine war live: Kyiv under air alert as drones approach",
  caption="Emergency workers carry a wounded woman from a damaged house after a Russian attack on Zaporizhzhia [Handout/Zaporizhzhia Regional Military Administration via Reuters]",
  more=["Russia-Ukraine war: List of key events, day 3,178", "Zelenskyy replaces commander of Ukraine\u2019s eastern forces",
        "Photos: Kharkiv residents prepare for a winter without heating"],
  basis="the bullets carry no time of their own; the visible date is 'Published On 7 Nov 2030' (date only) and the time is the article's JSON-LD datePublished 2030-11-07T01:40:00Z; local {d} in {z}",
  notes="Imitates Al Jazeera's daily 'Russia-Ukraine war: List of key events, day N' article saved as HTML (day 3,179 counted from 24 Feb 2022 as day 1). page_title is the h1. Each bullet under the h3 sections Fighting / Politics and diplomacy / Weapons / Economy is one entry: headline null, stamp null, author null (the article has no personal byline; the source line is 'Al Jazeera and news agencies'), one paragraph each. The visible dateline is date-only; published is the NewsArticle JSON-LD datePublished (01:40 UTC = 04:40 in Doha, same day). Bullets report Wednesday's events in a list published on Thursday. The 'Here is the situation on Thursday, November 7:' line is a lead-in, not an entry.",
  not_entries=["site header and navigation", "'Live' breaking banner linking to another page", "topic breadcrumb 'News | Russia-Ukraine war'", "standfirst 'These are the key developments on day 3,179 ...'",
               "photo caption with [credit]", "'Published On 7 Nov 2030' and the repeated '7 Nov 2030'", "'Save', 'Click here to share on social media', 'share2', 'Share'",
               "lead-in 'Here is the situation on Thursday, November 7:'", "section headings Fighting / Politics and diplomacy / Weapons / Economy", "'Advertisement' slot",
               "'Source: Al Jazeera and news agencies'", "newsletter box", "'More from News' related links", "footer"],
  entries=[
  E("2030-11-07 01:40", None,
    ["At least three people were killed and 14 wounded when Russian glide bombs struck a residential district of Zaporizhzhia on Wednesday, regional governor Ivan Fedorov said."],
    "strikes", "strikes", 3, "zaporizhzhia-glide-bomb-strike-2030-11-06", sec_h="Fighting"),
  E("2030-11-07 01:40", None,
    ["Ukraine\u2019s military said its troops had beaten back 27 Russian assaults near Huliaipole over the past day, the highest number on any section of the front line."],
    "other", "frontline", 2, "huliaipole-assaults-repelled-2030-11-06", sec_h="Fighting"),
  E("2030-11-07 01:40", None,
    ["Ukraine\u2019s General Staff said its drones had hit an ammunition depot near Klintsy in Russia\u2019s Bryansk region, setting off secondary explosions that residents filmed from several kilometres away."],
    "strikes", "strikes", 2, "klintsy-ammunition-depot-strike-2030-11-06", sec_h="Fighting"),
  E("2030-11-07 01:40", None,
    ["Turkish President Recep Tayyip Erdogan told Ukrainian President Volodymyr Zelenskyy in a phone call that Ankara was ready to host a new round of talks on prisoner exchanges, according to the Turkish presidency."],
    "diplomacy", "diplomacy", 3, "erdogan-zelenskyy-call-2030-11-06", sec_h="Politics and diplomacy"),
  E("2030-11-07 01:40", None,
    ["Hungary blocked a joint EU statement condemning Russia\u2019s latest attacks on Ukrainian energy facilities, diplomats in Brussels said, the third such veto by Budapest this year."],
    "diplomacy", "diplomacy", 2, "hungary-blocks-eu-statement-2030-11-06", sec_h="Politics and diplomacy"),
  E("2030-11-07 01:40", None,
    ["Canada announced a military aid package for Ukraine worth 400 million Canadian dollars ($290m) that includes armoured personnel carriers and drone-jamming equipment."],
    "aid", "aid", 3, "canada-military-package-2030-11-06", sec_h="Weapons"),
  E("2030-11-07 01:40", None,
    ["The European Investment Bank signed a 300-million-euro ($345m) loan with Ukraine\u2019s grid operator Ukrenergo to repair high-voltage substations damaged in Russian attacks."],
    "aid", "aid", 3, "eib-ukrenergo-loan-2030-11-06", sec_h="Economy"),
  ]))

# ---------------------------------------------------------------- 18904 Reuters (text live/updates page)
GAS = "russian-strike-gas-production-2030-11-09"
SEEDS.append(dict(
  id="18904", name="18904_reuters-liveupdates", ext="txt", source="Reuters", zone="UTC", render=r_reuters,
  title="Russia-Ukraine war: Russian strikes cut gas output, Kyiv says",
  ref="2030-11-09 22:04",
  caption="Firefighters work at a gas production site hit by a Russian missile strike in Kharkiv region, Ukraine, November 9, 2030.",
  photog="Oleksandr Kravets",
  summary=["Russia fires 31 missiles, 140 drones at gas sites in six regions", "Naftogaz says output down by a fifth", "Kremlin: no plans for Putin-Zelenskiy meeting"],
  read_next=["Moldova\u2019s ruling party holds Chisinau in local elections", "German coalition agrees 2031 defence budget", "Baltic states to finish border defence line next year"],
  basis="update stamp '{s}' (Reuters prints GMT = UTC); local {d} in {z}",
  notes="Imitates a Reuters live/updates page copied from a browser. Header byline 'By Reuters' with the page time and 'Updated 9 min ago'. The photo caption, 'Purchase Licensing Rights' and the three-line 'Summary' are chrome/lede. Updates newest first: stamp line 'November 9, 2030 9:55 PM GMT', headline, body, then a credit line 'Reporting by ...; Editing by ...'. Author = the reporter name(s) after 'Reporting by' (up to ' in CITY' or ';'); editors and writers are not authors. Credit lines are not body paragraphs. Note the Reuters spelling 'Zelenskiy'.",
  not_entries=["header chrome (Refinitiv line, sections, My News, Sign In, Register)", "breadcrumb World / Europe and 'Live' label", "'By Reuters' and the page stamp with 'Updated 9 min ago'",
               "photo caption with REUTERS/ credit and 'Purchase Licensing Rights, opens new tab'", "'Summary' and its three lines",
               "credit lines 'Reporting by ...; Editing by ...' under each update", "'Sign up here.' newsletter promo", "'Advertisement \u00b7 Scroll to continue', 'Report This Ad'",
               "'Our Standards: The Thomson Reuters Trust Principles.'", "'Suggested Topics:' tags", "'Read Next' links", "site index and copyright"],
  entries=[
  E("2030-11-09 21:55", "Ukraine's Naftogaz says Russian attack cut gas output by a fifth",
    ["Russia's overnight missile and drone attack knocked out about 20% of Ukraine's domestic gas production, state energy company Naftogaz said on Saturday, raising the prospect of larger imports this winter.",
     "The company said repairs at the worst-hit sites in Kharkiv and Poltava regions would take weeks.",
     "Ukraine has been buying gas from European traders through Poland and Slovakia since Russian strikes damaged production earlier in the war."],
    "strikes", "strikes", 3, GAS, a="Anatoliy Kravets", credit="Reporting by Anatoliy Kravets; Editing by Hugh Lawson"),
  E("2030-11-09 19:30", "Kremlin says Putin has no plans to meet Zelenskiy",
    ["The Kremlin said on Saturday that President Vladimir Putin had no plans to meet Ukrainian President Volodymyr Zelenskiy, dismissing reports that a summit was being prepared through Gulf intermediaries.",
     "\"There is nothing of the kind on the agenda,\" Kremlin spokesman Dmitry Peskov told state television."],
    "diplomacy", "diplomacy", 2, "kremlin-no-putin-zelenskiy-meeting-2030-11-09", a="Galina Sorokova",
    credit="Reporting by Galina Sorokova; Writing by Mark Tressel; Editing by Helen Crossfield"),
  E("2030-11-09 16:45", "Swiss government approves 120 million francs for Ukraine demining",
    ["Switzerland's government approved 120 million Swiss francs ($136 million) over three years to help clear mines from Ukrainian farmland, the economy ministry said.",
     "The money will pay for Swiss-made demining machines and training for Ukrainian operators."],
    "aid", "aid", 2, "swiss-demining-funding-2030-11-09", a="Noemi Kessler", credit="Reporting by Noemi Kessler in Zurich; Editing by Alison Brandt"),
  E("2030-11-09 14:10", "Russian advance near Kupiansk has stalled, Ukrainian commander says",
    ["Russian forces have made no gains near the northeastern town of Kupiansk in the past two weeks after heavy losses in armour, the commander of a Ukrainian brigade in the area said.",
     "Reuters could not independently verify the battlefield account. Russia's defence ministry said its troops had improved their positions in the area."],
    "other", "frontline", 2, "kupiansk-russian-advance-stalls-2030-11-09", a="Anatoliy Kravets and Oksana Demydiuk",
    credit="Reporting by Anatoliy Kravets and Oksana Demydiuk; Editing by Hugh Lawson"),
  E("2030-11-09 11:20", "Poland detains two suspected of spying on Rzeszow airport for Russia",
    ["Polish authorities have detained two men suspected of photographing military transport flights at Rzeszow airport, the main hub for Western aid to Ukraine, on behalf of Russian intelligence.",
     "Prosecutors said the men, a Polish citizen and a Ukrainian citizen, had been paid in cryptocurrency."],
    "other", "security", 2, "rzeszow-airport-spying-arrests-2030-11-09", a="Katarzyna Wolny", credit="Reporting by Katarzyna Wolny; Editing by Helen Crossfield"),
  E("2030-11-09 07:05", "Russia launches large missile, drone attack on Ukraine's gas sector",
    ["Russia fired 31 missiles and 140 drones at Ukraine overnight, targeting gas production facilities in six regions, Ukraine's air force said on Saturday.",
     "Air defences shot down 24 missiles and 112 drones, the air force said. Three workers were injured at a site in Poltava region, the regional governor said."],
    "strikes", "strikes", 3, GAS, a="Anatoliy Kravets", credit="Reporting by Anatoliy Kravets; Editing by Hugh Lawson"),
  ]))

# ---------------------------------------------------------------- 18905 AP News (HTML live page + LiveBlogPosting JSON-LD)
SUMY = "sumy-ballistic-missile-strike-2030-11-11"
SEEDS.append(dict(
  id="18905", name="18905_apnews-live", ext="html", source="AP News", zone="America/New_York", render=r_ap,
  title="Live updates: Russian missile kills 6 in Sumy as UN Security Council meets on Ukraine\u2019s power grid",
  url="https://apnews.com/live/russia-ukraine-war-updates-11-11-2030", hashbase="00000192-a5c1-d3e7-", start="2030-11-11 04:50",
  lede="A Russian ballistic missile slammed into a residential building in the northeastern Ukrainian city of Sumy on Monday, while diplomats gathered in New York to discuss the damage done to Ukraine\u2019s electricity network.",
  basis="post time '{s}' under the page header 'Updated ... November 11, 2030' (EST = UTC-5; the JSON-LD datePublished of the update agrees); local {d} in {z}",
  notes="Imitates an AP News live page saved as HTML, with a LiveBlogPosting JSON-LD listing every post with its own headline and UTC datePublished. Page header 'Updated 6:40 PM EST, November 11, 2030' and 'By The Associated Press'. Posts newest first: '6:40 PM EST', h2 headline, optional 'By NAME' byline, body, share widgets; 'ADVERTISEMENT' slots between posts. Posts without a personal byline have author null (the page-level 'By The Associated Press' is an agency credit). US Eastern time (EST, after the 3 November DST change).",
  not_entries=["header navigation, 'Donate', 'SECTIONS', search", "'ADVERTISEMENT' slots", "'LIVE' badge", "'Updated 6:40 PM EST, November 11, 2030' page stamp",
               "'By The Associated Press' page credit", "page lede paragraph", "'Share' / 'Copy Link' / 'copied' under posts", "'Load More' button", "footer"],
  entries=[
  E("2030-11-11 18:40", "UN Security Council hears calls to protect Ukraine\u2019s power grid",
    ["Several members of the U.N. Security Council on Monday called on Russia to stop attacking Ukraine\u2019s power plants and substations, warning that millions of people face a winter with little electricity or heat.",
     "Russia\u2019s deputy ambassador said the strikes targeted facilities that supply Ukraine\u2019s arms industry."],
    "diplomacy", "diplomacy", 2, "un-security-council-ukraine-energy-2030-11-11"),
  E("2030-11-11 16:55", "US clears $1.1 billion Patriot interceptor sale to Ukraine, paid for by European allies",
    ["The U.S. State Department on Monday approved the possible sale of Patriot interceptor missiles worth $1.1 billion to Ukraine, with Germany, the Netherlands and Denmark covering the cost.",
     "The approval covers about 250 missiles. Ukrainian officials have warned for months that their stocks of interceptors for the Patriot batteries protecting Kyiv were running low.",
     "Congress has 30 days to object, which lawmakers from both parties said they would not do."],
    "aid", "aid", 3, "us-patriot-interceptor-sale-2030-11-11", a="Darren Whitcomb"),
  E("2030-11-11 14:20", "Sumy death toll rises to 6",
    ["Two more bodies were pulled from the rubble of the apartment building in Sumy, bringing the number of dead to six, Ukraine\u2019s emergency service said.",
     "Among the dead was a 9-year-old girl. Another 27 people were wounded."],
    "strikes", "strikes", 3, SUMY),
  E("2030-11-11 12:05", "Moscow court convicts Ukrainian man of spying for Kyiv",
    ["A Moscow court on Monday sentenced a Ukrainian citizen to 14 years in a high-security prison after convicting him of passing information about a Russian air base to Ukraine\u2019s military intelligence.",
     "The man, who had lived in Russia since 2019, pleaded not guilty, according to Russian news agencies."],
    "other", "security", 2, "moscow-court-ukrainian-spy-conviction-2030-11-11"),
  E("2030-11-11 10:30", "Russian missiles hit gas storage site in Lviv region",
    ["Russian cruise missiles struck an underground gas storage facility in western Ukraine\u2019s Lviv region early Monday, the regional governor said.",
     "There were no casualties, he said. Ukraine stores gas for European traders in the same facilities, and Naftogaz said customers\u2019 gas was not affected."],
    "strikes", "strikes", 2, "lviv-gas-storage-strike-2030-11-11"),
  E("2030-11-11 08:15", "Russian ballistic missile hits apartment building in Sumy",
    ["A Russian ballistic missile struck a five-story apartment building in the northeastern city of Sumy on Monday morning, killing at least four people, regional officials said.",
     "Rescuers were searching for people believed to be trapped under the collapsed stairwell, the regional military administration said on Telegram.",
     "Sumy lies about 30 kilometers (19 miles) from the Russian border and is hit almost daily by drones and glide bombs."],
    "strikes", "strikes", 3, SUMY, a="Hanna Ostapchuk"),
  E("2030-11-11 05:10", "Ukraine says it downed 58 of 74 Russian drones",
    ["Ukraine\u2019s air force said Monday that it shot down or jammed 58 of the 74 drones Russia launched overnight.",
     "Drones hit targets in the Sumy, Chernihiv and Odesa regions, the air force said, without giving details."],
    "strikes", "strikes", 2, "overnight-drone-attack-2030-11-11"),
  ]))

# ---------------------------------------------------------------- 18906 CNN (text live updates)
KRR = "kryvyi-rih-missile-strike-2030-11-13"
SEEDS.append(dict(
  id="18906", name="18906_cnn-liveupdates", ext="txt", source="CNN", zone="America/New_York", render=r_cnn,
  title="November 13, 2030 Russia-Ukraine news", topic="Ukraine-Russia war", updated="2030-11-13 18:22",
  byline="By Rhiannon Cole, Tymur Boiko and Ana Prescott, CNN",
  covered=["A Russian missile strike on Kryvyi Rih, President Volodymyr Zelensky\u2019s home city, killed at least 11 people, according to local officials.",
           "Kyiv and Moscow each freed 150 prisoners of war in a swap mediated by the United Arab Emirates.",
           "NATO\u2019s secretary general pressed member states to send more air defense systems before winter."],
  basis="post stamp '{s}' (ET = US Eastern time, EST = UTC-5 in mid-November); local {d} in {z}",
  notes="Imitates a CNN live-updates page (classic live-story layout) copied from a browser. Header: 'Live Updates', topic, title (a date-style title), page byline, 'Updated 6:22 p.m. ET, November 13, 2030', 'What we covered here' bullets (lede). Posts newest first: '6:05 p.m. ET, November 13, 2030', headline, 'From CNN\u2019s NAME' credit line, body, 'Link Copied!'. Author = the names after 'From CNN\u2019s'; the desk credit 'From CNN staff' gives author 'CNN staff' as printed. Video embed lines ('Video', caption, 'Video Ad Feedback', duration, '- Source: CNN') and photo captions are not body paragraphs. a.m./p.m. with dots.",
  not_entries=["'CNN values your feedback' ad survey", "skip link, CNN navigation", "'Live Updates' and topic label", "page byline and 'Updated 6:22 p.m. ET, November 13, 2030'",
               "'Link Copied!' after the header and after each post", "'What we covered here' bullets (lede)", "'From CNN\u2019s ...' credit lines",
               "video embed lines 'Video', caption, 'Video Ad Feedback', '0:58', '- Source: CNN'", "photo caption in the children post", "'Back to top' and footer"],
  entries=[
  E("2030-11-13 18:05", "Death toll in Kryvyi Rih strike climbs to 11",
    ["The number of people killed in Wednesday\u2019s Russian missile attack on Kryvyi Rih has risen to 11, including two children, the head of the city\u2019s defense council said.",
     "More than 50 people were injured, and 14 remain in serious condition, he added. Rescue work at the damaged office building has ended."],
    "strikes", "strikes", 3, KRR, a="Tymur Boiko", **{"from": "From CNN\u2019s Tymur Boiko"}),
  E("2030-11-13 16:30", "Ukraine and Russia swap 150 prisoners each in UAE-brokered deal",
    ["Ukraine and Russia each released 150 prisoners of war on Wednesday in an exchange mediated by the United Arab Emirates, officials from both countries said.",
     "Among the Ukrainians returned were 22 soldiers captured during the defense of Mariupol in 2022, Zelensky said on Telegram.",
     "The UAE foreign ministry said it was the 21st exchange it had helped arrange since the full-scale invasion."],
    "diplomacy", "diplomacy", 3, "uae-brokered-prisoner-swap-2030-11-13", a="Ana Prescott and Tymur Boiko",
    **{"from": "From CNN\u2019s Ana Prescott and Tymur Boiko"}),
  E("2030-11-13 14:15", "NATO chief says allies must \u2018dig deeper\u2019 for Ukraine\u2019s air defense",
    ["NATO Secretary General Mark Rutte urged member states on Wednesday to hand over more air defense systems to Ukraine, saying some allies were keeping spare batteries \u201cin storage for a rainy day that is already here.\u201d",
     "He did not name the countries. Rutte spoke at a press conference in Brussels ahead of next month\u2019s meeting of NATO foreign ministers."],
    "aid", "aid", 2, "rutte-air-defense-appeal-2030-11-13", a="Rhiannon Cole", sec=["diplomacy"], **{"from": "From CNN\u2019s Rhiannon Cole"}),
  E("2030-11-13 12:40", "Analysis: Why Russia keeps aiming at Ukraine\u2019s industrial heartland",
    ["Kryvyi Rih, Dnipro and Zaporizhzhia have something in common beyond their proximity to the front: together they produce most of the steel, iron ore and machinery that keep Ukraine\u2019s economy afloat.",
     "Striking them serves two goals for Moscow. It hurts the war economy, and it pushes skilled workers to leave for the west of the country or abroad.",
     "Ukrainian officials say the number of missiles aimed at the region has roughly doubled since the summer."],
    "strikes", "strikes", 2, "analysis-russia-targets-industrial-heartland", a="Ana Prescott", **{"from": "From CNN\u2019s Ana Prescott"},
    n="theme piece (analysis); mentions Kryvyi Rih but is its own story: must not merge with the strike"),
  E("2030-11-13 10:55", "Russian missile strike hits Kryvyi Rih, killing at least 6",
    ["A Russian ballistic missile hit an office building in central Kryvyi Rih on Wednesday morning, killing at least six people and wounding dozens, local officials said.",
     "The city, in central Ukraine\u2019s Dnipropetrovsk region, is President Zelensky\u2019s hometown and has been hit repeatedly throughout the war."],
    "strikes", "strikes", 3, KRR, a="CNN staff", video="Scenes from Kryvyi Rih after the missile strike", vdur="00:58", **{"from": "From CNN staff"}),
  E("2030-11-13 08:20", "Russia says it shot down 43 Ukrainian drones over its territory",
    ["Russia\u2019s Defense Ministry said its air defenses downed 43 Ukrainian drones overnight, most of them over the Kursk and Belgorod regions.",
     "A woman was slightly injured by falling debris in Belgorod, the regional governor said."],
    "strikes", "strikes", 2, "russia-claims-43-drones-downed-2030-11-13", a="Rhiannon Cole", **{"from": "From CNN\u2019s Rhiannon Cole"}),
  E("2030-11-13 05:10", "Ukraine says 30 children returned from Russian-occupied areas",
    ["Thirty Ukrainian children who had been living in Russian-occupied parts of the Kherson and Zaporizhzhia regions have been reunited with relatives in government-held territory, Ukraine\u2019s human rights commissioner said.",
     "The returns were arranged with help from Qatar, which has mediated the return of children since 2023."],
    "other", "humanitarian", 2, "children-returned-occupied-areas-2030-11-13", a="Tymur Boiko", **{"from": "From CNN\u2019s Tymur Boiko"},
    photo="Children are greeted by relatives at a reception center in Kyiv. Ukraine\u2019s Ombudsman\u2019s Office"),
  ]))

# ---------------------------------------------------------------- 18907 The Kyiv Independent (text newsletter article)
SEEDS.append(dict(
  id="18907", name="18907_kyivindependent-warlatest", ext="txt", source="The Kyiv Independent", zone="Europe/Kyiv", render=r_kyivindependent,
  title="Ukraine war latest: Russia hits western Ukraine with 470 drones, 38 missiles; first Swedish Gripens arrive",
  published="2030-11-15 22:24", byline="Yuliia Tarasenko", readtime=6,
  caption="Firefighters put out a fire at an energy facility in Lviv Oblast after a Russian attack on Nov. 15, 2030. (Photo: State Emergency Service of Ukraine / Telegram)",
  keydev=["Russia launches one of its largest combined attacks of the year, aiming at energy sites in western Ukraine",
          "The first Swedish-made Gripen fighters land in Ukraine", "The EU releases another 4.2 billion euros for Ukraine\u2019s budget"],
  author_note="Hi, this is Yuliia. Thank you for reading today\u2019s roundup \u2013 if it helped you, please consider supporting our newsroom.",
  tags=["Ukraine", "Russia", "War", "Gripen", "Poland", "European Union"],
  basis="no per-section time: the article dateline 'November 15, 2030 10:24 PM' (Kyiv time, no zone printed; EET = UTC+2) applies to every section; local {d} in {z}",
  notes="Imitates the Kyiv Independent's evening 'Ukraine war latest' newsletter article copied from a browser. Header: 'Ukraine War Latest' tag, title, 'by Yuliia Tarasenko', 'November 15, 2030 10:24 PM  6 min read' (Kyiv time, no zone printed). 'Key developments on Nov. 15:' bullets are reworded summaries (not the section titles), so they are the lede and key_point is false everywhere. Each titled section is one entry: stamp null, published = the article time, author = the page byline. Inline 'Read also:' links and the membership box are not body. Dates are written 'Nov. 15' (the first sentence of section 1 contains it and must not be cut there).",
  not_entries=["skip link, masthead, 'Become a member', search, section navigation", "tag 'Ukraine War Latest'", "byline 'by Yuliia Tarasenko' and 'November 15, 2030 10:24 PM  6 min read'",
               "photo caption '(Photo: ...)'", "'Key developments on Nov. 15:' and its three bullets (lede, reworded)", "'Read also:' inline links",
               "membership box after the third section", "'Note from the author:' and its text", "tags line", "footer"],
  entries=[
  E("2030-11-15 22:24", "Russia launches massive attack on western Ukraine, 3 killed in Lviv Oblast",
    ["Russia launched 470 drones and 38 missiles against Ukraine overnight on Nov. 15, focusing on energy infrastructure in Lviv, Ivano-Frankivsk and Volyn oblasts, the Air Force reported.",
     "Air defense downed 431 drones and 29 missiles. Three people were killed and 11 injured in Lviv Oblast, Governor Maksym Kozytskyi said.",
     "Power outages were reported in six oblasts by the morning, and Ukrenergo introduced scheduled blackouts for industrial consumers across the country."],
    "strikes", "strikes", 3, "massive-attack-western-ukraine-2030-11-15", a="Yuliia Tarasenko",
    readalso="Zelensky: Ukraine needs \u2018at least\u2019 10 more Patriot systems"),
  E("2030-11-15 22:24", "Poland scrambles jets, briefly shuts Rzeszow airport during Russian strikes",
    ["Poland scrambled fighter jets and closed Rzeszow and Lublin airports for nearly two hours as Russia struck targets near the border early on Nov. 15, Poland\u2019s Operational Command said.",
     "No Russian drones or missiles entered Polish airspace, the command said."],
    "other", "security", 2, "poland-scrambles-jets-2030-11-15", a="Yuliia Tarasenko", sec=["strikes"],
    n="reaction of a non-party to the attack: other/security with secondary strikes; its own event, must not merge with the attack itself"),
  E("2030-11-15 22:24", "First Swedish Gripen fighter jets arrive in Ukraine",
    ["The first Swedish-built Gripen fighter jets have arrived in Ukraine, Defense Minister Denys Shmyhal announced on Nov. 15 without saying how many had been delivered.",
     "Sweden agreed to transfer the jets in 2029 after Ukrainian pilots completed training in the country.",
     "The Gripens will be used mainly to intercept cruise missiles and drones, the Air Force said."],
    "aid", "aid", 3, "sweden-gripen-delivery-2030-11-15", a="Yuliia Tarasenko"),
  E("2030-11-15 22:24", "EU transfers 4.2 billion euros to Ukraine under Ukraine Facility",
    ["The European Commission transferred 4.2 billion euros ($4.9 billion) to Ukraine on Nov. 15, the latest payment under the 50-billion-euro Ukraine Facility.",
     "Prime Minister Yuliia Svyrydenko said the money would go toward pensions, teachers\u2019 salaries and repairs to damaged energy infrastructure."],
    "aid", "aid", 3, "eu-ukraine-facility-tranche-2030-11-15", a="Yuliia Tarasenko"),
  E("2030-11-15 22:24", "General Staff confirms strike on oil terminal in Russia\u2019s Novorossiysk",
    ["Ukraine\u2019s General Staff confirmed on Nov. 15 that Ukrainian naval drones had struck the Sheskharis oil terminal in the Russian port of Novorossiysk overnight.",
     "Satellite images published by independent analysts showed damage to two loading berths. Russia\u2019s Defense Ministry said it had destroyed 11 naval drones in the Black Sea."],
    "strikes", "strikes", 2, "novorossiysk-oil-terminal-strike-2030-11-15", a="Yuliia Tarasenko"),
  E("2030-11-15 22:24", "Kyiv court sentences Russian soldier in absentia for killing civilians in Bucha",
    ["A Kyiv court sentenced a Russian soldier in absentia to life in prison for killing three civilians in Bucha in March 2022, the Prosecutor General\u2019s Office reported on Nov. 15.",
     "Prosecutors said the soldier shot the men at a checkpoint after checking their phones."],
    "other", "humanitarian", 2, "bucha-war-crimes-sentence-2030-11-15", a="Yuliia Tarasenko"),
  ]))

# ---------------------------------------------------------------- 18908 Sky News (text live page with Key points)
KHB = "kherson-bus-stop-drone-strike-2030-11-17"
SEEDS.append(dict(
  id="18908", name="18908_skynews-live", ext="txt", source="Sky News", zone="Europe/London", render=r_sky,
  title="Ukraine war latest: Five killed at Kherson bus stop; UK to send hundreds of air defence missiles",
  standfirst="A Russian drone struck a bus stop in Kherson as people waited for a morning service, local officials say. Meanwhile, the defence secretary has announced a new package of missiles for Kyiv.",
  ref="2030-11-17 17:12", reporter="Joanna Thirsk",
  basis="bare post time '{s}' under the page dateline 'Sunday 17 November 2030 17:12, UK' (UK local time, GMT = UTC); local {d} in {z}",
  notes="Imitates a Sky News live page copied from a browser. Dateline 'Sunday 17 November 2030 17:12, UK'; 'Key points' lists two post headlines exactly (key_point true, importance 3); 'Live reporting by Joanna Thirsk'. Posts newest first: optional 'Breaking' label, bare 'HH:MM', headline, optional reporter line 'By NAME, role', body. The 'Watch:' post has only the player notice and duration (no body, importance 1). The analysis post is a theme piece with its own story. Posts without a reporter line have author null (the page-level live reporter is not repeated as the author of each post).",
  not_entries=["skip link, 'Sky News - back to home', 'Watch Live', section navigation", "standfirst", "dateline 'Sunday 17 November 2030 17:12, UK'",
               "'Why you can trust Sky News'", "'Key points' list (headlines of posts below)", "'Live reporting by Joanna Thirsk'", "'Breaking' label",
               "reporter lines 'By NAME, role'", "video notice 'Please use Chrome browser for a more accessible video player' and duration",
               "podcast and WhatsApp promos", "footer"],
  entries=[
  E("2030-11-17 17:05", "Kyiv says its drones struck Russian air base in Crimea",
    ["Ukraine's military says its long-range drones hit the Saky air base in occupied Crimea overnight, damaging at least two Su-30 fighter jets.",
     "Russia has not commented. Sky News has not been able to verify the claim."],
    "strikes", "strikes", 2, "saky-air-base-drone-strike-2030-11-17", breaking=True),
  E("2030-11-17 16:20", "Watch: Rescuers at scene of Kherson bus stop attack", [],
    "strikes", "strikes", 1, KHB, dur="1:14", n="teaser: video post without text"),
  E("2030-11-17 15:30", "Analysis: Moscow is betting on the cold",
    ["The pattern of the past fortnight is hard to miss: drones against heating plants in the east, missiles against gas fields in the centre, and now a concentrated push on the western grid.",
     "The Kremlin's calculation appears to be that a freezing, dark winter will do what its ground forces have not, and wear down Ukrainians' willingness to keep fighting.",
     "So far the evidence from three previous winters suggests it will be disappointed."],
    "strikes", "strikes", 2, "analysis-moscow-winter-energy-campaign", a="Rupert Haldane", role="international affairs editor",
    n="theme piece (analysis) on the winter energy campaign; its own story"),
  E("2030-11-17 14:10", "UK to send hundreds of air defence missiles in \u00a3200m package",
    ["Britain will send several hundred short-range air defence missiles to Ukraine as part of a \u00a3200m package, Defence Secretary John Healey has announced.",
     "The missiles, made in Belfast, are designed to bring down drones and low-flying cruise missiles.",
     "Mr Healey said deliveries would start before Christmas."],
    "aid", "aid", 3, "uk-air-defence-missiles-package-2030-11-17", kp=True),
  E("2030-11-17 12:45", "Five killed as Russian drone hits Kherson bus stop",
    ["Five people have been killed and seven injured after a Russian drone hit a bus stop in Kherson this morning, the regional governor said.",
     "He said the drone struck as people were waiting for a bus to the city centre in the Dniprovskyi district, which has been shelled almost daily from across the river."],
    "strikes", "strikes", 3, KHB, kp=True),
  E("2030-11-17 11:20", "Russia claims capture of village near Kostiantynivka",
    ["Russia's defence ministry says its troops have taken control of the village of Oleksandro-Shultyne, southeast of Kostiantynivka in the Donetsk region.",
     "Ukraine's army has not confirmed the loss."],
    "other", "frontline", 2, "russia-claims-oleksandro-shultyne-2030-11-17"),
  E("2030-11-17 09:30", "Pope Leo calls for Christmas truce in Ukraine",
    ["Pope Leo has called on Russia and Ukraine to agree a truce over Christmas and to exchange all prisoners of war.",
     "Speaking after the Angelus prayer in St Peter's Square, he said the Vatican was ready to help organise such an exchange."],
    "diplomacy", "diplomacy", 2, "pope-christmas-truce-appeal-2030-11-17"),
  E("2030-11-17 08:10", "Ukraine says Russia launched 96 drones overnight",
    ["Russia launched 96 drones at Ukraine overnight, of which 71 were shot down or jammed, the Ukrainian air force says.",
     "Hits were recorded in the Kharkiv, Sumy and Dnipropetrovsk regions."],
    "strikes", "strikes", 2, "overnight-drone-attack-2030-11-17"),
  ]))

# ---------------------------------------------------------------- 18909 TRT World (HTML live blog, no JSON-LD)
SEEDS.append(dict(
  id="18909", name="18909_trtworld-liveblog", ext="html", source="TRT World", zone="UTC", render=r_trt,
  title="Live blog: T\u00fcrkiye ready to host new round of Russia-Ukraine talks \u2014 Fidan",
  related="Fidan: Istanbul format remains \u2018only realistic channel\u2019 between Moscow and Kiev",
  basis="'{s}' under the date header 'Tuesday, November 19, 2030' (GMT = UTC); local {d} in {z}",
  notes="Imitates a TRT World live blog saved as HTML (no JSON-LD). Subtitle 'Russia-Ukraine war rages on, now in its 3,191st day.' One date header. The pinned lead '2010 GMT <text>' has no headline (headline null; first_sentence is its first sentence) and is also the newest item. Other items '1845 GMT \u2014 Headline' newest first. TRT spells the capital 'Kiev'. 'Loading...' placeholders, 'Read More' and the related link after the lead, 'More updates' and the footer link to Monday's blog are chrome.",
  not_entries=["header navigation and 'Watch TRT World'", "subtitle 'Russia-Ukraine war rages on, now in its 3,191st day.'", "photo caption 'Russia Ukraine war / Photo: AP' and credit 'AP'",
               "date header 'Tuesday, November 19, 2030'", "'Read More' (twice) after the lead", "related link after the lead", "'More updates \U0001F447'",
               "'Loading...' placeholders", "footer link 'For our live updates from Monday, November 18, click here.'", "footer"],
  entries=[
  E("2030-11-19 20:10", None,
    ["T\u00fcrkiye is ready to host a new round of direct talks between Russian and Ukrainian delegations in Istanbul, Foreign Minister Hakan Fidan has said.",
     "Speaking at a joint news conference with his Hungarian counterpart in Ankara, Fidan said both sides had signalled interest in resuming technical talks on prisoner exchanges and the safety of shipping.",
     "\"The door in Istanbul is open. What matters now is political will,\" he said."],
    "diplomacy", "diplomacy", 3, "fidan-istanbul-talks-offer-2030-11-19"),
  E("2030-11-19 18:45", "Russian strike on village in Kharkiv region kills two",
    ["Two elderly residents were killed when a Russian guided bomb hit a house in the village of Zolochiv in Ukraine's Kharkiv region, the regional governor said.",
     "Three other houses and a shop were damaged."],
    "strikes", "strikes", 3, "zolochiv-guided-bomb-strike-2030-11-19", loading=True),
  E("2030-11-19 16:10", "Ukraine says it hit Russian radar station in Belgorod region",
    ["Ukraine's military said it struck a Russian air-defence radar station in the Belgorod region with domestically produced missiles.",
     "Russia's defence ministry said it had intercepted four Ukrainian missiles over the region."],
    "strikes", "strikes", 2, "belgorod-radar-station-strike-2030-11-19"),
  E("2030-11-19 13:30", "EU approves \u20ac1.5 billion for Ukrainian arms production",
    ["The European Union has approved \u20ac1.5 billion from the proceeds of immobilised Russian assets to finance weapons production in Ukraine, the European Commission said.",
     "The money will pay for artillery, drones and air-defence missiles made by Ukrainian companies."],
    "aid", "aid", 3, "eu-frozen-asset-proceeds-arms-production-2030-11-19"),
  E("2030-11-19 11:05", "Russia expels Estonian diplomat in tit-for-tat move",
    ["Russia has ordered an Estonian diplomat to leave the country within a week, days after Tallinn expelled a Russian embassy employee, the Russian foreign ministry said."],
    "diplomacy", "diplomacy", 2, "russia-expels-estonian-diplomat-2030-11-19", loading=True),
  E("2030-11-19 08:40", "Kiev says air defences downed 48 of 62 drones",
    ["Ukraine's air force said it shot down 48 of the 62 drones Russia launched overnight, with impacts recorded in four regions.",
     "In Kiev, debris damaged the roof of a kindergarten in the Darnytskyi district. No one was injured."],
    "strikes", "strikes", 2, "overnight-drone-attack-2030-11-19"),
  E("2030-11-19 05:15", "Ukraine ombudsman says Russia holds over 1,600 Ukrainian civilians",
    ["Russia is holding more than 1,600 Ukrainian civilians in prisons and detention centres, Ukraine's human rights ombudsman Dmytro Lubinets said.",
     "He said the International Committee of the Red Cross had been allowed to visit fewer than a tenth of them."],
    "other", "humanitarian", 2, "ukraine-ombudsman-civilian-detainees-2030-11-19"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_htmllive_cet(S):
    """HTML live blog without JSON-LD, newest first. Date header 'Thursday 21 November 2030', 'Key Points' list of headlines,
    each post: <span class="lb-time">21:10 CET</span>, h3 headline, 'By NAME', body; video posts show a player stub only."""
    z = S["zone"]; order_check(S, True); d0 = dt(S["entries"][0]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - {esc(S["source"])}</title>',
           f'<meta property="og:title" content="{attr(S["title"])}"></head><body>',
           f'<div class="consent">We and our partners use cookies. <button>Accept all</button> <button>Manage</button></div>',
           f'<header><a class="masthead" href="/">{esc(S["source"])}</a><nav><a href="/news">News</a> <a href="/world">World</a> '
           '<a href="/ukraine">Ukraine</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/sport">Sport</a></nav>'
           '<a class="sub" href="/subscribe">Subscribe</a></header>',
           f'<main><p class="kicker">LIVE</p><h1>{esc(S["title"])}</h1><p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="dateline">{DAYS_EN[d0.weekday()]} {d0.day} {MONTHS[d0.month - 1]} {d0.year}</p>',
           '<section class="keypoints"><h2>Key Points</h2><ul>' + "".join(f'<li>{esc(e["h"])}</li>' for e in S["entries"] if e["kp"]) + '</ul></section>',
           '<div class="lb">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        out.append(f'<article class="lb-post" id="p{i + 1}"><span class="lb-time">{st}</span><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="lb-by">By {esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append(f'<div class="video-stub"><button>Play</button><span>{e["dur"]}</span></div>')
        out.append('<div class="lb-share"><a>Share</a> <a>Copy link</a></div></article>')
        if i == 2:
            out.append(f'<aside class="promo"><p>{esc(S["promo"])}</p></aside>')
    out += ['</div><button class="more">Load earlier posts</button></main>',
            f'<footer>{esc(S["source"])} \u00b7 Contact \u00b7 Corrections \u00b7 Privacy \u00b7 Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_textlive_oldest(S):
    """text live blog, oldest first: date line with 'All times Kyiv (EET)', each post: bare '07:30', headline, body, signature '\u2014 NAME'."""
    z = S["zone"]; order_check(S, False); d0 = dt(S["entries"][0]["t"], z)
    L = [S["source"], "Front page | War | Economy | Regions | Culture | Podcasts", "", S["title"], "",
         f"{DAYS_EN[d0.weekday()]}, {d0.day} {MONTHS[d0.month - 1]} {d0.year} \u00b7 All times Kyiv ({d0.tzname()})", "", S["lede"], "",
         "Refresh for the latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"\u2014 {e['a']}", ""]
        if i == 3:
            L += ["Support our reporting from Ukraine: become a subscriber from \u20ac4 a month.", ""]
    L += ["This live page has ended. Coverage continues tomorrow.", "", f"\u00a9 {S['source']}. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_atom(S):
    """Atom feed, newest first: <published> with the outlet's offset (or Z), author name, title, summary (plain) or content (escaped HTML)."""
    z = S["zone"]; order_check(S, True)
    def iso(d):
        s = d.isoformat()
        return s.replace("+00:00", "Z") if S.get("zulu") else s
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
           f'<title>{esc(S["title"])}</title>', f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}/"/>',
           f'<link rel="self" href="{S["url"]}/feed.atom"/>', f'<id>{S["url"]}/feed.atom</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f'{S["url"]}/{d:%Y/%m/%d}/{slugify(e["h"])}'
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link rel="alternate" type="text/html" href="{link}"/>', f'<id>tag:{S["url"][8:]},{d:%Y-%m-%d}:{i + 3301}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if e.get("cat"):
            out.append(f'<category term="{attr(e["cat"])}"/>')
        if S.get("html_content"):
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        else:
            out.append(f'<summary>{esc(" ".join(e["p"]))}</summary>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """RSS 2.0, newest first; pubDate with the outlet's numeric offset, or 'GMT' when S['gmt']; dc:creator when the item has
    an author; CDATA description with <p> paragraphs."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=S.get("gmt", False))}</lastBuildDate>',
           f'<atom:link href="{S["url"]}/rss" rel="self" type="application/rss+xml"/>', '<ttl>10</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S.get("gmt", False)); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "world").lower()}/{slugify(e["h"])}-{i + 80417}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_textlive_ampm(S):
    """text live blog, newest first: date line 'Friday 22 November 2030', each post: '6.15pm', optional partner label, headline,
    body, optional 'Reporting: NAME'; photo galleries show 'Gallery (12 photos)' only."""
    z = S["zone"]; order_check(S, True); d0 = dt(S["entries"][0]["t"], z)
    L = [S["source"].upper(), "News  |  World  |  Ukraine  |  Money  |  Sport  |  Comment", "", "LIVE", S["title"],
         f"{DAYS_EN[d0.weekday()]} {d0.day} {MONTHS[d0.month - 1]} {d0.year}", f"Blog editor: {S['editor']}", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        L.append(st)
        if e.get("label"):
            L.append(e["label"])
        L += [e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else [f"Gallery ({e['photos']} photos)", ""]
        if e["a"]:
            L += [f"Reporting: {e['a']}", ""]
        if i == 2:
            L += ["Sign up for our Ukraine Briefing newsletter", ""]
    L += ["Older posts", "", f"{S['source']}  |  About  |  Complaints  |  Privacy"]
    return "\n".join(L) + "\n", stamps


def r_graphlive(S):
    """HTML live blog, oldest first, Yoast-like @graph JSON-LD whose LiveBlogPosting node lists every update with its own
    datePublished (local offset) and author; visible '<time datetime=...>08:05</time>', h2 headline, 'by NAME'."""
    z = S["zone"]; order_check(S, False)
    base = S["url"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{base}#update-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": base, "url": base, "name": S["title"], "isPartOf": {"@id": S["home"] + "#website"}},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": base + "#liveblog", "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "mainEntityOfPage": {"@id": base},
         "publisher": {"@id": S["home"] + "#organization"}, "liveBlogUpdate": ups},
        {"@type": "Organization", "@id": S["home"] + "#organization", "name": S["source"], "url": S["home"]},
        {"@type": "WebSite", "@id": S["home"] + "#website", "url": S["home"], "name": S["source"]}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} \u2013 {esc(S["source"])}</title>',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body class="single-liveblog">',
           f'<header class="site-header"><a class="site-title" href="/">{esc(S["source"])}</a><nav><a href="/category/war/">War</a> '
           '<a href="/category/politics/">Politics</a> <a href="/category/business/">Business</a> <a href="/category/society/">Society</a> <a href="/donate/">Donate</a></nav></header>',
           f'<main><h1 class="entry-title">{esc(S["title"])}</h1>', f'<p class="lb-date">{DAYS_EN[first.weekday()]}, {MONTHS[first.month - 1]} {first.day}, {first.year}</p>',
           f'<p class="lb-note">{esc(S["note"])}</p>', '<div class="liveblog-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="liveblog-entry" id="update-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="liveblog-author">by {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 3:
            out.append(f'<div class="related-posts"><h3>Related</h3><a href="/war/">{esc(S["related"])}</a></div>')
    out += ['</div></main>', f'<footer><p>\u00a9 {first.year} {esc(S["source"])}</p><a href="/about/">About</a> <a href="/privacy/">Privacy</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_ldlive_utc(S):
    """HTML live blog, newest first, LiveBlogPosting JSON-LD whose updates carry datePublished in UTC ('Z'); visible local '22:40'
    in <time datetime> (UTC attribute) under the date line and a note 'Times are EET'."""
    z = S["zone"]; order_check(S, True)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#entry-{len(S['entries']) - i}", "headline": e["h"], "datePublished": utc_z(d),
             "articleBody": " ".join(e["p"]) if e["p"] else ""}
        if e["a"]:
            u["author"] = [{"@type": "Person", "name": e["a"]}]
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "description": S["lede"],
          "datePublished": utc_z(first), "dateModified": utc_z(last), "coverageStartTime": utc_z(first),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a href="/europe">Europe</a> <a href="/nordics">Nordics</a> '
           '<a href="/ukraine">Ukraine</a> <a href="/markets">Markets</a> <a href="/opinion">Opinion</a></nav><a href="/login">Log in</a></header>',
           f'<main><h1>{esc(S["title"])}</h1><p class="lede">{esc(S["lede"])}</p>',
           f'<p class="when">{DAYS_EN[last.weekday()]} {last.day}.{last.month}.{last.year} \u00b7 Times are {last.tzname()}</p>', '<ol class="feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<li class="feed-item" id="entry-{len(S["entries"]) - i}"><time datetime="{utc_z(d)}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="sig">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append(f'<div class="player" data-duration="{e["dur"]}"><span>Video</span> <span>{e["dur"]}</span></div>')
        out.append('</li>')
        if i == 2:
            out.append(f'<li class="ad"><span>Advertisement</span></li>')
    out += ['</ol></main>', f'<footer>{esc(S["source"])} \u00b7 Editorial principles \u00b7 Privacy \u00b7 Contact</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_textlive_cet(S):
    """text live blog, oldest first; date line 'Tuesday 26 November 2030'; each post: headline, then '07:15 CET \u00b7 NAME', then body."""
    z = S["zone"]; order_check(S, False); d0 = dt(S["entries"][0]["t"], z)
    L = [S["source"], "Home \u00b7 Europe \u00b7 Ukraine \u00b7 Economy \u00b7 Climate \u00b7 Culture", "", "Live", S["title"],
         f"{DAYS_EN[d0.weekday()]} {d0.day} {MONTHS[d0.month - 1]} {d0.year}", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        L += [e["h"], st + (f" \u00b7 {e['a']}" if e["a"] else ""), ""] + ptxt(e["p"])
        if i == 2:
            L += ["Advertisement", ""]
    L += ["End of today's live coverage", "", f"{S['source']} \u2014 Imprint \u2014 Data protection"]
    return "\n".join(L) + "\n", stamps


def r_briefing(S):
    """evening e-mail briefing as a text page: 'Evening Briefing', date line 'Tuesday 26 November 2030', 'Sent at 19:05 CET',
    'Compiled by NAME', intro, then numbered items '1. Headline' + paragraphs; no per-item time."""
    z = S["zone"]; pub = dt(S["published"], z)
    L = [S["source"], "View in browser", "", "Evening Briefing", f"{DAYS_EN[pub.weekday()]} {pub.day} {MONTHS[pub.month - 1]} {pub.year}",
         f"Sent at {pub:%H:%M} {pub.tzname()}", f"Compiled by {S['byline']}", "", S["title"], "", S["lede"], ""]
    for i, e in enumerate(S["entries"]):
        L += [f"{i + 1}. {e['h']}", ""] + ptxt(e["p"])
        if i == 1:
            L += ["Forward this briefing to a friend. Not a subscriber yet? Sign up here.", ""]
    L += ["That's all for today. The Morning Briefing arrives at 07:00.", "", "Unsubscribe | Manage preferences | Privacy",
          f"{S['source']}, Ringstrasse 14, 1010 Vienna"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2030-11-21 (UTC), day 2 = 2030-11-22, day 3 = 2030-11-26.
CHN = "chernihiv-missile-strike-2030-11-21"
JPN = "japan-energy-grid-loan-2030-11-21"
NIZ = "nizhyn-rail-depot-drone-strike-2030-11-21"
KHS = "kherson-shelling-2030-11-21"
EXPL = "explainer-ballistic-missiles-northern-ukraine"
EXPL_H = "Explainer: Why ballistic missiles are so hard to stop over northern Ukraine"
EXPL_P = ["Thursday\u2019s attack on Chernihiv was over almost before the sirens had finished sounding, and that is no accident.",
          "Chernihiv lies less than 70 kilometres from the Belarusian border and about 100 kilometres from Russia\u2019s Bryansk region. A ballistic missile launched from there needs barely two minutes to reach the city.",
          "Only a handful of air-defence systems in Ukraine\u2019s arsenal can intercept such missiles, and most of them are kept around Kyiv and the big energy sites. Smaller cities in the north rely on warnings, shelters and luck."]

# ---------------------------------------------------------------- 18920 Dunwarren Chronicle (day 1, HTML live, no JSON-LD, CET)
SEEDS.append(dict(
  id="18920", name="18920_dunwarren-htmllive", ext="html", source="Dunwarren Chronicle", zone="Europe/Warsaw", render=r_htmllive_cet,
  title="Ukraine live: Chernihiv death toll climbs to 11 after missile strike on city centre",
  lede="Russian ballistic missiles hit a hotel and a university building in the northern Ukrainian city on Thursday morning. Follow our live coverage.",
  promo="Read the Chronicle without limits: your first month for \u20ac1.",
  basis="post time '{s}' under the date line 'Thursday 21 November 2030' (CET = UTC+1); local {d} in {z}",
  notes="Invented outlet. HTML live page without JSON-LD, newest first. 'Key Points' lists two post headlines exactly (key_point true). Each post: '21:10 CET', h3 headline, 'By NAME', body. The 'Video:' post has only a player stub (teaser, importance 1). Theme piece: the explainer on ballistic missiles (its own story; re-posted verbatim by Blinkwater Herald on day 2).",
  not_entries=["cookie banner", "masthead, navigation, 'Subscribe'", "'LIVE' kicker", "standfirst", "date line 'Thursday 21 November 2030'", "'Key Points' list (post headlines listed below)",
               "'By NAME' lines", "video stub 'Play' and duration", "'Share' / 'Copy link'", "subscription promo after the third post", "'Load earlier posts'", "footer"],
  entries=[
  E("2030-11-21 21:10", "Chernihiv death toll climbs to 11 as rescuers search hotel ruins",
    ["Eleven people are now known to have died in the missile strike on Chernihiv, among them a student and two hotel employees, the regional governor said this evening.",
     "More than 60 people were injured. Rescuers are still searching the collapsed wing of the hotel, where several guests are unaccounted for.",
     "Thursday has been declared the deadliest day for the city since the spring of 2022."],
    "strikes", "strikes", 3, CHN, a="Marta Zielonka", kp=True, n="toll 11 (the highest of day 1)"),
  E("2030-11-21 19:45", "Video: Chernihiv's damaged university building seen from the air", [],
    "strikes", "strikes", 1, CHN, dur="0:47", n="teaser: video post without text"),
  E("2030-11-21 18:20", "Japan pledges $1.5 billion loan to rebuild Ukraine's power grid",
    ["Japan will lend Ukraine $1.5 billion on concessional terms to repair and protect its electricity network, the Japanese foreign ministry said.",
     "The money, to be disbursed through the Japan International Cooperation Agency, will pay for transformers, substation shelters and gas turbines."],
    "aid", "aid", 3, JPN, a="Piotr Halas", kp=True),
  E("2030-11-21 16:05", EXPL_H, EXPL_P,
    "strikes", "strikes", 2, EXPL, a="Piotr Halas",
    n="theme piece (explainer) on ballistic missiles; mentions the Chernihiv strike but is its own story: must not merge with it"),
  E("2030-11-21 14:30", "Polish prosecutors charge two men over sabotage on rail line to Ukraine",
    ["Prosecutors in Lublin have charged two men with planting an explosive device on the railway line that carries military aid to Ukraine through Chelm.",
     "The device damaged a section of track on 2 November but did not derail any train. Investigators say the men were recruited through Telegram by Russian intelligence."],
    "other", "security", 2, "chelm-rail-sabotage-charges-2030-11-21", a="Marta Zielonka"),
  E("2030-11-21 12:55", "Drones hit rail depot in Nizhyn, no casualties reported",
    ["Russian drones struck a railway depot in Nizhyn, in the Chernihiv region, late this morning, damaging two locomotives and a repair shed, Ukrainian Railways said.",
     "No one was hurt. Trains between Kyiv and Konotop are running with delays of up to two hours."],
    "strikes", "strikes", 3, NIZ, a="Piotr Halas",
    n="same region as the Chernihiv city missile strike but another attack (drones, rail depot, no casualties): must not merge with it; importance 3 because two day-1 seeds carry it"),
  E("2030-11-21 10:40", "Russian missiles strike Chernihiv city centre, at least four dead",
    ["At least four people were killed when Russian missiles hit the centre of Chernihiv shortly before 11am local time, regional officials said.",
     "A hotel and a university building near the main square were badly damaged. Emergency services said people were trapped under rubble."],
    "strikes", "strikes", 3, CHN, a="Marta Zielonka", n="first report, toll 4"),
  ]))

# ---------------------------------------------------------------- 18921 Brackenhithe Post (day 1, text live, oldest first, Kyiv time)
SEEDS.append(dict(
  id="18921", name="18921_brackenhithe-textlive", ext="txt", source="Brackenhithe Post", zone="Europe/Kyiv", render=r_textlive_oldest,
  title="War in Ukraine: live updates, 21 November",
  lede="Our correspondents in Kyiv follow the day's events. Times are local.",
  basis="bare post time '{s}' under the date line 'Thursday, 21 November 2030 \u00b7 All times Kyiv (EET)' (EET = UTC+2); local {d} in {z}",
  notes="Invented outlet. Text live page, oldest first, with a single date line that names the zone ('All times Kyiv (EET)'). Each post: bare 'HH:MM', headline, body, signature line '\u2014 NAME'. The 17:40 post repeats the 08:45 post word for word (a re-published recap: duplicate_of 18921-02, importance 1). Toll in the Chernihiv posts: 2 (first report), then 6.",
  not_entries=["outlet name and navigation line", "date line with 'All times Kyiv (EET)'", "lede 'Our correspondents in Kyiv ...'", "'Refresh for the latest updates'",
               "signature lines '\u2014 NAME'", "subscription promo after the fourth post", "closing line 'This live page has ended...'", "copyright"],
  entries=[
  E("2030-11-21 07:30", "Overnight: air force downs 61 of 80 drones",
    ["Russia launched 80 attack and decoy drones overnight, of which 61 were shot down or lost to electronic warfare, the air force said this morning.",
     "Impacts were recorded in the Sumy and Poltava regions. There were no reports of casualties."],
    "strikes", "strikes", 2, "overnight-drone-attack-2030-11-21", a="Andrii Horban"),
  E("2030-11-21 08:45", "Japan to lend Ukraine 1.5 billion dollars for energy repairs",
    ["Tokyo has agreed to lend Ukraine 1.5 billion dollars for urgent repairs to its power grid, Prime Minister Yuliia Svyrydenko announced after a call with her Japanese counterpart.",
     "The loan carries a 40-year term and a ten-year grace period, she said."],
    "aid", "aid", 3, JPN, a="Oksana Lytvyn"),
  E("2030-11-21 11:05", "Explosions in Chernihiv as missiles hit the centre",
    ["Several powerful explosions shook Chernihiv a few minutes ago, and the regional administration says ballistic missiles struck the city centre.",
     "At least two people have been killed, according to preliminary information. We will bring you more as soon as we have it."],
    "strikes", "strikes", 3, CHN, a="Andrii Horban", n="first report in this seed, toll 2"),
  E("2030-11-21 13:20", "Kherson: one killed, three wounded by shelling",
    ["Russian artillery shelled Kherson\u2019s Korabelnyi district around noon, killing a 58-year-old man and wounding three others, the city military administration reported.",
     "A trolleybus depot and several apartment blocks were damaged."],
    "strikes", "strikes", 3, KHS, a="Oksana Lytvyn",
    n="another deadly attack on the same day (shelling in the south): same theme as the Chernihiv strike but another event, must not merge with it"),
  E("2030-11-21 15:10", "Chernihiv toll rises to six; hotel and university hit",
    ["The number of people killed in this morning\u2019s missile strike on Chernihiv has risen to six, with 48 injured, the State Emergency Service said.",
     "The missiles hit a hotel used by aid workers and the main building of the polytechnic university, where classes were under way."],
    "strikes", "strikes", 3, CHN, a="Andrii Horban", n="toll 6"),
  E("2030-11-21 17:40", "Japan to lend Ukraine 1.5 billion dollars for energy repairs",
    ["Tokyo has agreed to lend Ukraine 1.5 billion dollars for urgent repairs to its power grid, Prime Minister Yuliia Svyrydenko announced after a call with her Japanese counterpart."],
    "aid", "aid", 1, JPN, a="Oksana Lytvyn", dup="18921-02", n="near-verbatim repeat of 18921-02 (same headline and first paragraph, re-published as a recap)"),
  E("2030-11-21 19:30", "Parliament passes 2031 budget with record defence spending",
    ["The Verkhovna Rada adopted the 2031 state budget in its final reading, with 2.9 trillion hryvnias, more than 60% of all spending, earmarked for defence and security.",
     "The government expects foreign partners to cover most non-military spending, including pensions and salaries of public-sector workers."],
    "other", "politics", 2, "ukraine-2031-budget-adopted-2030-11-21", a="Oksana Lytvyn"),
  ]))

# ---------------------------------------------------------------- 18922 Gullsway Times (day 1, Atom world feed, UTC)
SEEDS.append(dict(
  id="18922", name="18922_gullsway-worldatom", ext="xml", source="Gullsway Times", zone="UTC", render=r_atom, zulu=True,
  title="Gullsway Times \u2013 World", lede="International news from the Gullsway Times foreign desk", url="https://www.gullswaytimes.example",
  basis="Atom <published> '{s}' (UTC, 'Z'); local {d} in {z}",
  notes="Invented outlet. General world Atom feed in which the war is a minority: 4 of 6 entries are off-beat (cyclone, central bank, volcano, rail strike). Plain-text <summary> (one paragraph each), <author><name>, category terms. Spells the city 'Chernigov' (toll 9 at 18:40 UTC).",
  not_entries=["feed title, subtitle, links, id and updated", "category terms"],
  entries=[
  OFF("2030-11-21 22:15", "Cyclone makes landfall in northern Mozambique, forcing thousands from homes",
    ["A tropical cyclone came ashore near Pemba in northern Mozambique on Thursday evening with winds of up to 165 km/h, and the authorities said more than 12,000 people had moved to shelters."],
    "mozambique-cyclone-landfall-2030-11-21", a="Nia Abernethy", n="weather disaster in Africa", cat="Africa"),
  E("2030-11-21 18:40", "Chernigov strike toll climbs to nine, Ukraine says",
    ["Nine people were killed and more than 50 injured when Russian ballistic missiles hit a hotel and a university building in the northern Ukrainian city of Chernigov (Chernihiv) on Thursday, the Ukrainian emergency service said."],
    "strikes", "strikes", 3, CHN, a="Tom Ferrars", cat="Europe", n="spelling variant 'Chernigov'; toll 9"),
  OFF("2030-11-21 17:05", "Bank of Canada trims key rate to 2.25% as growth slows",
    ["The Bank of Canada cut its benchmark interest rate by a quarter point to 2.25% on Thursday, citing weak consumer spending and a cooling labour market."],
    "bank-of-canada-rate-cut-2030-11-21", a="Nia Abernethy", n="central bank decision", cat="Business"),
  OFF("2030-11-21 14:20", "Indonesia raises alert at Flores volcano after fresh eruption",
    ["Indonesian authorities raised the alert at Mount Lewotobi Laki-laki on Flores to the highest level after an eruption sent an ash column four kilometres into the sky, and closed the nearest airport."],
    "flores-volcano-eruption-2030-11-21", a="Tom Ferrars", n="volcanic eruption in Asia", cat="Asia"),
  E("2030-11-21 11:30", "Japan to lend Kyiv $1.5bn to protect its power network",
    ["Japan will provide Ukraine with a $1.5bn low-interest loan to repair its electricity grid and build protective shelters around substations, Tokyo said, in one of its largest single commitments since the war began."],
    "aid", "aid", 3, JPN, a="Tom Ferrars", cat="Asia"),
  OFF("2030-11-21 08:10", "Spanish rail strike disrupts commuter services in Madrid and Barcelona",
    ["A 24-hour strike by Spanish train drivers cancelled about half of commuter services in Madrid and Barcelona on Thursday morning, in a dispute over staffing on high-speed lines."],
    "spain-rail-strike-2030-11-21", a="Nia Abernethy", n="labour dispute in Spain", cat="Europe"),
  ]))

# ---------------------------------------------------------------- 18923 Elderpike Wire (day 1, RSS, GMT)
SEEDS.append(dict(
  id="18923", name="18923_elderpike-rss", ext="xml", source="Elderpike Wire", zone="UTC", render=r_rss, gmt=True,
  title="Elderpike Wire: Ukraine", lede="Short wire reports on the war in Ukraine", url="https://elderpikewire.example/ukraine",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. RSS 2.0 feed of short wire reports, pubDate in GMT, CDATA descriptions with <p> paragraphs, dc:creator on some items only (others have no author). Chernihiv toll 8 at 16:30 UTC.",
  not_entries=["channel title, link, description, language, lastBuildDate, atom:link, ttl", "category labels"],
  entries=[
  E("2030-11-21 21:30", "NATO-Ukraine Council to meet on air defence after Chernihiv attack",
    ["NATO ambassadors and Ukrainian officials will hold an extraordinary meeting of the NATO-Ukraine Council next Tuesday at Kyiv's request, an alliance spokesperson said.",
     "Ukraine wants allies to speed up deliveries of systems capable of intercepting ballistic missiles."],
    "diplomacy", "diplomacy", 2, "nato-ukraine-council-meeting-called-2030-11-21", sec=["aid"], cat="Diplomacy",
    n="a diplomatic reaction that only mentions the Chernihiv strike: its own story, must not merge with the strike"),
  E("2030-11-21 18:50", "Kherson shelling death toll rises to two",
    ["A woman wounded in Thursday's shelling of Kherson's Korabelnyi district has died in hospital, bringing the death toll to two, the regional administration said."],
    "strikes", "strikes", 3, KHS, a="Lena Vasko", cat="War",
    n="second source for the Kherson shelling; must not merge with the Chernihiv strike (same theme, other event)"),
  E("2030-11-21 16:30", "Chernihiv strike: eight dead, 40 injured as rescuers comb rubble",
    ["The death toll from Thursday's Russian missile strike on Chernihiv rose to eight, with around 40 people injured, the head of the regional military administration said.",
     "Rescue teams with dogs were working through the remains of a hotel near the city's central square."],
    "strikes", "strikes", 3, CHN, a="Lena Vasko", cat="War", n="toll 8"),
  E("2030-11-21 14:00", "Railway depot in Chernihiv region damaged by drones",
    ["Russian drones damaged a railway depot in the town of Nizhyn in the Chernihiv region, Ukrzaliznytsia said. No casualties were reported.",
     "Train services on the Kyiv-Konotop line were delayed."],
    "strikes", "strikes", 3, NIZ, cat="War",
    n="same region as the Chernihiv city strike, another attack: must not merge; second source for Nizhyn"),
  E("2030-11-21 12:15", "Russia claims capture of Pishchane in Kharkiv region",
    ["Russia's defence ministry said its forces had taken the village of Pishchane near Kupiansk. Ukraine's General Staff said fighting continued in the area."],
    "other", "frontline", 2, "russia-claims-pishchane-2030-11-21", cat="War"),
  E("2030-11-21 11:00", "Sweden to pay for $250 million of Ukrainian-made artillery shells",
    ["Sweden will finance $250 million worth of 155mm artillery shells produced in Ukraine, the Swedish government said on Thursday.",
     "It is the first time Stockholm has paid for ammunition made by Ukrainian factories."],
    "aid", "aid", 3, "sweden-funds-ukrainian-shells-2030-11-21", a="Lena Vasko", cat="Aid",
    n="same aid theme as the Japanese grid loan but another donor and purpose: must not merge with it"),
  ]))

# ---------------------------------------------------------------- Day 2 (2030-11-22)
SLV = "sloviansk-market-glide-bomb-strike-2030-11-22"
KRM = "kramatorsk-school-shelling-2030-11-22"
UKS = "uk-shadow-fleet-sanctions-2030-11-22"

# ---------------------------------------------------------------- 18930 Corrymead Journal (day 2, RSS world feed, Tokyo time)
SEEDS.append(dict(
  id="18930", name="18930_corrymead-worldrss", ext="xml", source="Corrymead Journal", zone="Asia/Tokyo", render=r_rss,
  title="Corrymead Journal | World", lede="World news from the Corrymead Journal's Asia-Pacific desk", url="https://corrymeadjournal.example",
  basis="RSS pubDate '{s}' (explicit +0900 offset, Tokyo); local {d} in {z} = {u} UTC",
  notes="Invented outlet. General world RSS feed from an Asia-Pacific desk; pubDate with +0900, so local dates run nine hours ahead of UTC (all items fall on 22 November UTC). War is a minority: 4 of 6 items are off-beat (markets, snow, trade pact, exports). The two war items: the Sloviansk market strike (toll 5) and the overnight Chernihiv toll update (continuation of day 1).",
  not_entries=["channel title, link, description, language, lastBuildDate, atom:link, ttl", "category labels"],
  entries=[
  E("2030-11-22 23:40", "Russian glide bombs kill five at Ukrainian market in Sloviansk",
    ["Five people were killed and at least 20 wounded when Russian guided bombs hit an open-air market in Sloviansk in eastern Ukraine on Friday, the Donetsk regional governor said."],
    "strikes", "strikes", 3, SLV, a="Haruto Kimura", cat="Europe", n="toll 5"),
  OFF("2030-11-22 21:10", "Nikkei ends week higher as chipmakers rally",
    ["Tokyo's Nikkei share average closed 1.4% higher on Friday, led by semiconductor makers, after strong results from a US chip designer lifted sentiment across Asia."],
    "nikkei-weekly-close-2030-11-22", a="Mei Sakamoto", n="markets", cat="Business"),
  OFF("2030-11-22 18:30", "Early heavy snow grounds flights in Hokkaido",
    ["More than 150 flights to and from New Chitose Airport were cancelled on Friday after the heaviest November snowfall in Hokkaido in two decades."],
    "hokkaido-snow-flights-2030-11-22", a="Haruto Kimura", n="weather", cat="Japan"),
  OFF("2030-11-22 15:05", "India and Japan sign semiconductor supply pact",
    ["India and Japan signed an agreement to coordinate investment in chip packaging plants and share stockpiles of critical minerals, the two governments said after talks in New Delhi."],
    "india-japan-chip-pact-2030-11-22", a="Mei Sakamoto", n="trade", cat="Asia"),
  E("2030-11-22 12:20", "Chernihiv toll rises to 13 after overnight search",
    ["Rescuers in Chernihiv pulled two more bodies from the ruins of a hotel overnight, bringing the death toll from Thursday's Russian missile strike to 13, Ukrainian officials said."],
    "strikes", "strikes", 3, CHN, cat="Europe", n="continuation of the day-1 Chernihiv strike (toll 13)"),
  OFF("2030-11-22 09:45", "South Korean exports rise for sixth straight month",
    ["South Korea's exports in the first 20 days of November rose 7.2% from a year earlier, customs data showed, driven by demand for memory chips and ships."],
    "south-korea-exports-2030-11-22", a="Mei Sakamoto", n="trade data", cat="Asia"),
  ]))

# ---------------------------------------------------------------- 18931 Blinkwater Herald (day 2, text live, newest first, UK time)
SEEDS.append(dict(
  id="18931", name="18931_blinkwater-textlive", ext="txt", source="Blinkwater Herald", zone="Europe/London", render=r_textlive_ampm,
  title="Ukraine war live: Seven killed as Russian bombs hit Sloviansk market", editor="Gemma Orrell",
  lede="Guided bombs struck a busy market in the eastern city at lunchtime. Chernihiv mourns its dead after Thursday's missile strike.",
  basis="post time '{s}' under the date line 'Friday 22 November 2030' (UK local time, GMT = UTC in November); local {d} in {z}",
  notes="Invented outlet. Text live page, newest first; stamps in the form '6.15pm' (dot separator, no zone: UK time). The 3.05pm post re-publishes, word for word and under its original headline, the explainer that Dunwarren Chronicle ran on day 1 (18920-04), introduced by the label line 'From our partners at the Dunwarren Chronicle': a re-post of a day-1 entry, importance 1, same story slug; duplicate_of stays null because duplicate_of only points inside one seed. The 'Photos:' post shows only 'Gallery (12 photos)' (teaser, importance 1). Sloviansk toll 3 (first report) then 7.",
  not_entries=["outlet name and navigation", "'LIVE' label", "date line 'Friday 22 November 2030'", "'Blog editor: Gemma Orrell'", "lede", "partner label 'From our partners at the Dunwarren Chronicle'",
               "'Gallery (12 photos)'", "'Reporting: NAME' lines", "newsletter promo", "'Older posts'", "footer"],
  entries=[
  E("2030-11-22 18:15", "Sloviansk: death toll climbs to seven",
    ["Seven people are now confirmed dead after Russian guided bombs hit the central market in Sloviansk, the city's mayor says.",
     "Among them are two traders and a 15-year-old boy. Twenty-six people are being treated in hospital, several in Kramatorsk and Dnipro."],
    "strikes", "strikes", 3, SLV, a="Yevhen Dorosh", n="toll 7"),
  E("2030-11-22 16:40", "Photos: Sloviansk market after the bombing", [],
    "strikes", "strikes", 1, SLV, photos=12, n="teaser: photo gallery without text"),
  E("2030-11-22 15:05", EXPL_H, EXPL_P,
    "strikes", "strikes", 1, EXPL, label="From our partners at the Dunwarren Chronicle",
    n="re-post of day-1 entry 18920-04 (identical headline and text, published by Dunwarren Chronicle on 21 November): importance 1, duplicate_of null (cross-seed), same story"),
  E("2030-11-22 13:20", "Chernihiv holds day of mourning as toll reaches 14",
    ["Flags flew at half-mast in Chernihiv on Friday as the city mourned the 14 people killed in Thursday's missile strike.",
     "The search of the hotel ruins ended this morning, the emergency service said. Fifty-seven people were injured in the attack."],
    "strikes", "strikes", 3, CHN, a="Gemma Orrell", n="continuation of the day-1 Chernihiv strike (final toll 14)"),
  E("2030-11-22 11:35", "Guided bombs hit market in Sloviansk, three killed",
    ["Russian aircraft dropped at least two guided bombs on the market in central Sloviansk shortly before 1pm local time, killing three people, the regional governor says.",
     "Stalls and nearby shops caught fire. Firefighters were still at the scene."],
    "strikes", "strikes", 3, SLV, a="Yevhen Dorosh", n="first report, toll 3"),
  E("2030-11-22 10:10", "Kramatorsk: shelling injures two, damages school",
    ["Russian shelling hit a school building in Kramatorsk overnight, injuring a caretaker and a passer-by, the city's military administration says.",
     "Lessons at the school have been held online since 2022, so no pupils were inside."],
    "strikes", "strikes", 3, KRM, a="Yevhen Dorosh",
    n="same region (Donetsk) as the Sloviansk market strike, another attack: must not merge with it; importance 3 because two day-2 seeds carry it"),
  E("2030-11-22 08:45", "UK sanctions 30 more shadow fleet tankers",
    ["The UK has added 30 tankers from Russia's so-called shadow fleet to its sanctions list, the Foreign Office says.",
     "The ships are accused of carrying Russian oil above the G7 price cap using opaque ownership and insurance arrangements."],
    "diplomacy", "diplomacy", 3, UKS, a="Gemma Orrell"),
  ]))

# ---------------------------------------------------------------- 18932 Hazelmund Courier (day 2, HTML live, @graph JSON-LD, oldest first)
SEEDS.append(dict(
  id="18932", name="18932_hazelmund-graphlive", ext="html", source="Hazelmund Courier", zone="Europe/Kyiv", render=r_graphlive,
  title="Live: Russia's war against Ukraine, day 3,194", url="https://hazelmundcourier.example/live/2030/11/22/war-day-3194/",
  home="https://hazelmundcourier.example/",
  note="Updates appear oldest first. Times are Kyiv time.",
  related="Chernihiv after the strike: a city that had learned to live with sirens",
  basis="visible time '{s}' under the date line 'Friday, November 22, 2030' (Kyiv time per the page note; EET = UTC+2); the JSON-LD datePublished of the update (+02:00) agrees; local {d} in {z}",
  notes="Invented outlet. WordPress-style HTML live page with a Yoast-like @graph JSON-LD: the LiveBlogPosting node has @type ['NewsArticle', 'LiveBlogPosting'] and lists every update with its own headline and datePublished (+02:00). Oldest first; visible '<time datetime=...>08:05</time>', h2 headline, 'by NAME', body. The 17:50 update repeats the 14:30 Slovyansk update nearly word for word (same headline, same stale toll of four: duplicate_of 18932-03, importance 1). Theme piece: the glide-bomb analysis (its own story). Spelling variant 'Slovyansk'.",
  not_entries=["site header and navigation", "date line 'Friday, November 22, 2030'", "page note 'Updates appear oldest first. Times are Kyiv time.'", "'by NAME' lines",
               "'Related' box after the fourth update", "footer"],
  entries=[
  E("2030-11-22 08:05", "Air force: 54 drones and two missiles launched overnight",
    ["Russia attacked Ukraine overnight with 54 drones and two Iskander-M missiles, the air force said. Air defence brought down 40 drones; the missiles hit an airfield in the Poltava region.",
     "The air force did not report any casualties."],
    "strikes", "strikes", 2, "overnight-drone-missile-attack-2030-11-22", a="Iryna Solovei"),
  E("2030-11-22 10:20", "Chernihiv rescue operation completed: 14 dead, 57 injured",
    ["Rescuers have finished clearing the rubble of the hotel in Chernihiv that was hit by Russian missiles on Thursday, the State Emergency Service said. The final toll is 14 dead and 57 injured.",
     "The city council has declared three days of mourning."],
    "strikes", "strikes", 3, CHN, a="Iryna Solovei", n="continuation of the day-1 Chernihiv strike (final toll 14)"),
  E("2030-11-22 14:30", "Slovyansk market hit by guided aerial bombs, four killed",
    ["Russian forces struck the central market of Slovyansk with guided aerial bombs at around 12:50, killing four people and injuring 17, Donetsk regional governor Vadym Filashkin said.",
     "He urged residents who remain in the city to heed air-raid warnings."],
    "strikes", "strikes", 3, SLV, a="Maksym Hrytsai", n="spelling variant 'Slovyansk'; toll 4"),
  E("2030-11-22 16:15", "Analysis: Soviet bombs with wings \u2013 why glide bombs rule the Donbas skies",
    ["Friday\u2019s attack on Slovyansk was carried out with the weapon that has done the most to shape the war in the east: the glide bomb.",
     "Russia fits old free-fall bombs of 500 kilograms and more with folding wings and satellite guidance, and releases them from aircraft flying 50 to 70 kilometres from the target, out of reach of most Ukrainian air defence.",
     "Thousands are dropped every month. They are cheap, hard to intercept and devastating in a town\u2019s centre."],
    "strikes", "strikes", 2, "analysis-glide-bombs-donbas", a="Taras Bilyk",
    n="theme piece (analysis) on glide bombs; mentions the Slovyansk attack but is its own story: must not merge with it"),
  E("2030-11-22 17:50", "Slovyansk market hit by guided aerial bombs, four killed",
    ["Russian forces struck the central market of Slovyansk with guided aerial bombs at around 12:50, killing four people and injuring 17, Donetsk regional governor Vadym Filashkin said."],
    "strikes", "strikes", 1, SLV, a="Maksym Hrytsai", dup="18932-03", n="near-verbatim repeat of 18932-03 (same headline and first paragraph, stale toll of four)"),
  E("2030-11-22 18:40", "Zelensky signs law raising pay for drone operators at the front",
    ["President Volodymyr Zelensky signed a law that raises the monthly combat bonus for drone crews serving in front-line units to 120,000 hryvnias.",
     "The Defence Ministry says the change will cost about 9 billion hryvnias a year."],
    "other", "politics", 2, "drone-operators-pay-law-2030-11-22", a="Iryna Solovei"),
  E("2030-11-22 19:30", "Estonia pledges \u20ac90 million for artillery ammunition",
    ["Estonia will spend \u20ac90 million on artillery shells for Ukraine next year, Defence Minister Hanno Pevkur announced during a visit to Kyiv.",
     "Tallinn has committed 0.25 per cent of its GDP to military aid for Ukraine every year since 2024."],
    "aid", "aid", 2, "estonia-ammunition-pledge-2030-11-22", a="Maksym Hrytsai"),
  ]))

# ---------------------------------------------------------------- 18933 Inchcarra Observer (day 2, Atom, escaped HTML content, Kyiv offset)
SEEDS.append(dict(
  id="18933", name="18933_inchcarra-atom", ext="xml", source="Inchcarra Observer", zone="Europe/Kyiv", render=r_atom, html_content=True,
  title="Inchcarra Observer \u2014 Ukraine", lede="Reporting from Ukraine and its neighbours", url="https://inchcarraobserver.example",
  basis="Atom <published> '{s}' (explicit +02:00 offset, Kyiv); local {d} in {z}",
  notes="Invented outlet. Atom feed with <content type=\"html\"> holding escaped <p> paragraphs; times with the +02:00 offset; authors on most entries. Spelling variant 'Slavyansk' (toll 8, the highest of day 2).",
  not_entries=["feed title, subtitle, links, id and updated"],
  entries=[
  E("2030-11-22 23:10", "Slavyansk market attack: death toll rises to eight",
    ["An eighth person has died after Friday's Russian bombing of the market in Slavyansk, in the Donetsk region, local authorities said late in the evening.",
     "Nearly 30 people were wounded. The city has declared Saturday a day of mourning."],
    "strikes", "strikes", 3, SLV, a="Ciaran Doull", n="spelling variant 'Slavyansk'; toll 8"),
  E("2030-11-22 20:00", "Britain targets 30 shadow fleet ships in new sanctions",
    ["Britain sanctioned 30 oil tankers it says belong to Russia's shadow fleet, bringing the number of vessels on its list to more than 600.",
     "The Russian embassy in London called the measures illegal."],
    "diplomacy", "diplomacy", 3, UKS, a="Ciaran Doull"),
  E("2030-11-22 16:45", "School in Kramatorsk damaged in overnight shelling",
    ["A school in Kramatorsk was damaged and two people were injured when Russian artillery shelled the city overnight, the local military administration said."],
    "strikes", "strikes", 3, KRM, n="same region as the Sloviansk strike, another attack: must not merge with it; second source for Kramatorsk"),
  E("2030-11-22 13:15", "Chernihiv: 14 killed in Thursday's strike as rescuers end search",
    ["Rescuers in Chernihiv ended their search of the hotel destroyed by Thursday's missile strike, and officials put the final toll at 14 dead.",
     "President Zelensky said the missiles had been launched from Russia's Bryansk region."],
    "strikes", "strikes", 3, CHN, a="Saoirse Madden", n="continuation of the day-1 Chernihiv strike"),
  E("2030-11-22 09:30", "Russian court jails journalist for seven years over 'army fakes'",
    ["A court in Yekaterinburg sentenced a local journalist to seven years in prison for publishing what prosecutors called false information about the Russian army.",
     "The charges related to a Telegram post about losses among men from the region."],
    "other", "politics", 2, "yekaterinburg-journalist-jailed-2030-11-22", a="Saoirse Madden"),
  ]))

# ---------------------------------------------------------------- Day 3 (2030-11-26)
KMC = "kremenchuk-missile-strike-2030-11-26"
NLD = "netherlands-drone-package-2030-11-26"
PLW = "zelensky-warsaw-visit-2030-11-26"
SYZ = "syzran-refinery-drone-strike-2030-11-26"

# ---------------------------------------------------------------- 18940 Juniperhold Post (day 3, RSS world feed, US Central time)
SEEDS.append(dict(
  id="18940", name="18940_juniperhold-worldrss", ext="xml", source="Juniperhold Post", zone="America/Chicago", render=r_rss,
  title="Juniperhold Post - World & Nation", lede="Top world and national stories from the Juniperhold Post", url="https://juniperholdpost.example",
  basis="RSS pubDate '{s}' (explicit -0600 offset, US Central); local {d} in {z} = {u} UTC",
  notes="Invented outlet. General RSS feed of a US regional paper; pubDate with -0600. War is a minority: 4 of 6 items are off-beat (blizzard, Mexican rates, transit fares, Argentine inflation). Spelling variant 'Kremenchug' (toll 6, latest of day 3). The newest item, 5:20 pm Central, is 23:20 UTC on the same day.",
  not_entries=["channel title, link, description, language, lastBuildDate, atom:link, ttl", "category labels"],
  entries=[
  E("2030-11-26 17:20", "Toll in Russian strike on Ukrainian refinery city of Kremenchug rises to 6",
    ["Six people were killed when Russian missiles struck an oil refinery and a nearby apartment building in Kremenchug, in central Ukraine, on Tuesday, Ukrainian officials said."],
    "strikes", "strikes", 3, KMC, a="Dana Whitlock", cat="World", n="spelling variant 'Kremenchug'; toll 6"),
  OFF("2030-11-26 15:05", "Early-season blizzard shuts interstates across the Dakotas",
    ["A fast-moving blizzard closed stretches of Interstates 29 and 94 in North and South Dakota on Tuesday, with wind gusts above 60 mph and up to 14 inches of snow."],
    "dakotas-blizzard-2030-11-26", a="Cal Brenner", n="US weather", cat="Nation"),
  OFF("2030-11-26 12:40", "Mexico's central bank holds interest rate steady",
    ["Banco de M\u00e9xico kept its benchmark rate unchanged at 6.25% on Tuesday, saying core inflation had not yet fallen enough to justify another cut."],
    "banxico-rate-hold-2030-11-26", a="Dana Whitlock", n="central bank", cat="World"),
  OFF("2030-11-26 10:15", "Transit board approves 25-cent fare increase",
    ["The regional transit board voted 9-2 on Tuesday to raise bus and rail fares by 25 cents from February, the first increase in six years."],
    "transit-fare-increase-2030-11-26", a="Cal Brenner", n="local transport", cat="Local"),
  E("2030-11-26 07:30", "Netherlands commits $430 million for drones for Ukraine",
    ["The Dutch government said Tuesday it would spend 400 million euros (about $430 million) on drones for Ukraine, most of them built by Ukrainian manufacturers."],
    "aid", "aid", 3, NLD, a="Dana Whitlock", cat="World"),
  OFF("2030-11-26 05:45", "Argentina's inflation slows to lowest monthly rate since 2017",
    ["Argentina's monthly inflation slowed to 1.1% in October, the national statistics institute said, the lowest reading in more than 13 years."],
    "argentina-inflation-2030-11-26", a="Cal Brenner", n="economic data", cat="World"),
  ]))

# ---------------------------------------------------------------- 18941 Kelpiemoor Ledger (day 3, HTML live, LiveBlogPosting JSON-LD in UTC, Helsinki time)
SEEDS.append(dict(
  id="18941", name="18941_kelpiemoor-ldlive", ext="html", source="Kelpiemoor Ledger", zone="Europe/Helsinki", render=r_ldlive_utc,
  title="Ukraine: Russian missiles hit Kremenchuk refinery and homes \u2013 live", url="https://kelpiemoorledger.example/ukraine/live-2030-11-26",
  lede="Russia fired missiles at the Poltava region city early on Tuesday. Zelensky is in Warsaw. Our live report follows the day.",
  basis="visible time '{s}' under the date line 'Tuesday 26.11.2030 \u00b7 Times are EET' (Helsinki time, EET = UTC+2); the <time datetime> attribute and the JSON-LD datePublished give the same instant in UTC; local {d} in {z}",
  notes="Invented outlet (Nordic). HTML live page, newest first, with a LiveBlogPosting JSON-LD whose updates carry datePublished in UTC ('Z') while the visible clock is local EET ('Times are EET', date written 26.11.2030). Each update: <time datetime='...Z'>22:40</time>, h2 headline, signature line with the author's name, body. The 'Watch:' update has only a video player (teaser, importance 1); its JSON-LD articleBody is empty. Kremenchuk tolls 4 then 6.",
  not_entries=["header navigation and 'Log in'", "lede", "date line 'Tuesday 26.11.2030 \u00b7 Times are EET'", "signature lines (author names)", "video player label and duration",
               "'Advertisement' slot", "footer"],
  entries=[
  E("2030-11-26 22:40", "Kremenchuk: sixth victim dies in hospital",
    ["A man injured in the morning's missile strike on Kremenchuk died in hospital this evening, raising the death toll to six, the Poltava regional governor said.",
     "Fourteen people remain in hospital. The fire at the refinery was put out in the afternoon."],
    "strikes", "strikes", 3, KMC, a="Aino Lehtola", n="toll 6"),
  E("2030-11-26 20:15", "Zelensky and Polish president agree on training of 5,000 more soldiers",
    ["Volodymyr Zelensky and Polish President Karol Nawrocki agreed in Warsaw that Poland will train another 5,000 Ukrainian soldiers next year.",
     "The two presidents also discussed the reconstruction of the Rava-Ruska border crossing, which is to be expanded for lorry traffic."],
    "diplomacy", "diplomacy", 3, PLW, a="Aino Lehtola", sec=["aid"]),
  E("2030-11-26 17:30", "Watch: Smoke rises over the Kremenchuk refinery", [],
    "strikes", "strikes", 1, KMC, dur="0:38", n="teaser: video without text"),
  E("2030-11-26 15:10", "Drones damage mining plant in Horishni Plavni",
    ["Russian drones struck the iron-ore processing plant in Horishni Plavni, also in the Poltava region, in the early afternoon, the city's mayor said. Two workers suffered minor injuries.",
     "Production was halted for several hours."],
    "strikes", "strikes", 2, "horishni-plavni-mining-plant-drone-strike-2030-11-26", a="Juho Saarnio",
    n="same region (Poltava) as the Kremenchuk missile strike but another attack: must not merge with it"),
  E("2030-11-26 14:30", "Kremenchuk strike: four dead, refinery and apartment block hit",
    ["Four people have been killed in Kremenchuk, where Russian missiles hit the oil refinery and a five-storey apartment block nearby early on Tuesday, Ukraine's emergency service said.",
     "Twenty-two people were injured."],
    "strikes", "strikes", 3, KMC, a="Juho Saarnio", n="toll 4"),
  E("2030-11-26 11:00", "The Netherlands commits \u20ac400 million to drones for Ukraine",
    ["The Dutch government will spend \u20ac400 million on drones for Ukraine, mostly interceptor and long-range models produced in Ukraine, the defence ministry in The Hague said.",
     "The package is the Netherlands' largest contribution this year."],
    "aid", "aid", 3, NLD, a="Aino Lehtola"),
  E("2030-11-26 09:20", "Ukraine says its drones hit Syzran refinery in Russia",
    ["Ukrainian long-range drones struck the Syzran oil refinery in Russia's Samara region overnight, causing a fire at a primary processing unit, the General Staff said.",
     "The refinery is about 800 kilometres from the Ukrainian border."],
    "strikes", "strikes", 3, SYZ, a="Juho Saarnio",
    n="same theme (refinery strike) as the Kremenchuk strike but the other side's attack on Russia: must not merge with it; importance 3 because two day-3 seeds carry it"),
  ]))

# ---------------------------------------------------------------- 18942 Mossmantle Report (day 3, text live, oldest first, CET)
SEEDS.append(dict(
  id="18942", name="18942_mossmantle-textlive", ext="txt", source="Mossmantle Report", zone="Europe/Madrid", render=r_textlive_cet,
  title="Ukraine live: missile strike on Kremenchug; Zelensky in Warsaw",
  lede="Follow the latest from Ukraine with our team in Madrid and Kyiv.",
  basis="stamp '{s}' under the date line 'Tuesday 26 November 2030' (CET = UTC+1); local {d} in {z}",
  notes="Invented outlet (Madrid-based English service). Text live page, oldest first; each post: headline, then '07:15 CET \u00b7 NAME' (stamp after the headline), body. The 15:00 post repeats the 09:05 post almost word for word (same headline, stale toll of three: duplicate_of 18942-02, importance 1). Theme piece: the analysis of Russia's refinery strikes (its own story). Spelling 'Kremenchug'.",
  not_entries=["outlet name and navigation line", "'Live' label", "date line 'Tuesday 26 November 2030'", "lede", "stamp/author lines", "'Advertisement'",
               "'End of today's live coverage'", "footer"],
  entries=[
  E("2030-11-26 07:15", "Missiles hit Kremenchug in overnight attack on Poltava region",
    ["Russian missiles struck Kremenchug in central Ukraine shortly before dawn, hitting the city's oil refinery and a residential area. Two people were killed, local authorities said.",
     "Air-raid alerts were in force across the Poltava region for more than two hours."],
    "strikes", "strikes", 3, KMC, a="Lucia Ferrandiz", n="first report, toll 2"),
  E("2030-11-26 09:05", "Kremenchug: death toll rises to three",
    ["The number of dead in Kremenchug has risen to three after rescuers found a body in the damaged apartment block, the regional governor said.",
     "The refinery fire is still burning."],
    "strikes", "strikes", 3, KMC, a="Lucia Ferrandiz", n="toll 3"),
  E("2030-11-26 11:40", "Analysis: Why both sides keep hitting refineries as winter sets in",
    ["Refineries have become the favourite target of the long-range war, and Tuesday was a textbook example: Russian missiles on Kremenchug in the morning, Ukrainian drones on Syzran overnight.",
     "For Russia, knocking out Ukraine's last big refinery forces Kyiv to import almost all of its diesel and petrol. For Ukraine, hitting Russian plants cuts into export revenue that pays for the war.",
     "Neither campaign has been decisive. Refineries are large, hard to destroy completely and quick to patch up."],
    "strikes", "strikes", 2, "analysis-refinery-strikes-winter", a="Jon Iriarte",
    n="theme piece (analysis) on refinery strikes; mentions Kremenchuk and Syzran but is its own story: must not merge with either"),
  E("2030-11-26 13:20", "Ukrainian drones set Russian refinery in Syzran on fire",
    ["Ukraine's General Staff confirmed that its drones attacked the Syzran refinery in Russia's Samara region overnight, and Russian regional officials reported a fire.",
     "Russia's defence ministry said it had shot down 38 Ukrainian drones over several regions."],
    "strikes", "strikes", 3, SYZ, a="Jon Iriarte", n="same theme as the Kremenchuk strike, the other side's attack: must not merge with it"),
  E("2030-11-26 15:00", "Kremenchug: death toll rises to three",
    ["The number of dead in Kremenchug has risen to three after rescuers found a body in the damaged apartment block, the regional governor said."],
    "strikes", "strikes", 1, KMC, a="Lucia Ferrandiz", dup="18942-02", n="near-verbatim repeat of 18942-02 (same headline and first paragraph; stale toll)"),
  E("2030-11-26 17:45", "Zelensky in Warsaw: Poland to train 5,000 more Ukrainian troops",
    ["Poland will train 5,000 more Ukrainian soldiers in 2031, President Karol Nawrocki said after talks with Volodymyr Zelensky in Warsaw.",
     "Zelensky also asked Poland to speed up deliveries of ammunition made by Polish state factories."],
    "diplomacy", "diplomacy", 3, PLW, a="Jon Iriarte", sec=["aid"]),
  E("2030-11-26 19:30", "Russian court jails 12 Ukrainian marines on 'terrorism' charges",
    ["A military court in Rostov-on-Don sentenced 12 captured Ukrainian marines to between 15 and 22 years in prison on terrorism charges, Russian media reported.",
     "Ukraine's ombudsman said the trial of prisoners of war violated the Geneva Conventions."],
    "other", "humanitarian", 2, "rostov-marines-trial-2030-11-26", a="Lucia Ferrandiz"),
  ]))

# ---------------------------------------------------------------- 18943 Nettlegarth Herald (day 3, text evening briefing, Vienna)
SEEDS.append(dict(
  id="18943", name="18943_nettlegarth-briefing", ext="txt", source="Nettlegarth Herald", zone="Europe/Vienna", render=r_briefing,
  title="Ukraine: the day in four stories", published="2030-11-26 19:05", byline="Anneliese Korr",
  lede="Good evening. A deadly strike on a refinery city, a presidential visit to Warsaw and a large Dutch drone order: here is what mattered today.",
  basis="no per-item time: the briefing's 'Sent at 19:05 CET' line (CET = UTC+1) applies to every item; local {d} in {z}",
  notes="Invented outlet. Evening e-mail briefing rendered as a text page: date line, 'Sent at 19:05 CET', 'Compiled by Anneliese Korr', title, greeting lede, then four numbered items ('1. Headline' + paragraphs) with no time of their own: stamp null, published = the sending time, author = the compiler. Kremenchuk toll 5 at 18:05 UTC.",
  not_entries=["outlet name and 'View in browser'", "'Evening Briefing' label and date line", "'Sent at 19:05 CET'", "'Compiled by Anneliese Korr'", "briefing title and greeting lede",
               "item numbers '1.'...'4.'", "forwarding/sign-up promo", "sign-off 'That's all for today...'", "unsubscribe footer and postal address"],
  entries=[
  E("2030-11-26 19:05", "Kremenchuk: five dead after missiles hit refinery and homes",
    ["Russian missiles struck Kremenchuk, home to Ukraine's largest remaining oil refinery, early on Tuesday. By evening five people were confirmed dead and 19 were in hospital.",
     "Most of the victims lived in an apartment block about 600 metres from the refinery gates."],
    "strikes", "strikes", 3, KMC, a="Anneliese Korr", n="toll 5"),
  E("2030-11-26 19:05", "A Dutch drone order worth \u20ac400 million",
    ["The Netherlands will pay \u20ac400 million for drones for Ukraine, a large share of them interceptors meant to bring down Russian attack drones before they reach cities.",
     "Dutch officials said the money would go to Ukrainian producers, which can deliver faster and more cheaply than Western firms."],
    "aid", "aid", 3, NLD, a="Anneliese Korr"),
  E("2030-11-26 19:05", "Zelensky in Warsaw",
    ["On his first visit to Poland this year, Volodymyr Zelensky secured a promise that Polish instructors will train 5,000 more Ukrainian soldiers next year.",
     "The two presidents did not resolve a dispute over Ukrainian farm imports, which Polish farmers have been protesting at border crossings."],
    "diplomacy", "diplomacy", 3, PLW, a="Anneliese Korr", sec=["aid"]),
  E("2030-11-26 19:05", "Belarus begins snap military readiness check",
    ["Belarus ordered a surprise readiness check of units stationed near its borders with Poland and Lithuania, its defence ministry said.",
     "Polish officials said they were watching closely but saw no immediate threat."],
    "other", "security", 2, "belarus-snap-readiness-check-2030-11-26", a="Anneliese Korr"),
  ]))


if __name__ == "__main__":
    main()

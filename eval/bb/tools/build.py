#!/usr/bin/env python3
"""Builds the eval/bb seeds and gold files from one hand-written data table (below).
All news text is the blind tester's own wording (invented or paraphrased); Part B outlets are invented.
Deterministic. Run from the project root: python3 eval/bb/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
ABBR = ("Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "No.", "U.S.", "U.N.", "U.K.",
        "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "a.m.", "p.m.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\u201d\u2019\']?(?=\s+[A-Z0-9"\u201c\u2018\']|$)', par):
        head = par[:m.end()]
        if head.endswith(ABBR):
            continue
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def utc_iso(d, ms=False):
    u = d.astimezone(UTC)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + (".000Z" if ms else "Z")


def h12(d, sep=".", dots=False, upper=False, space=""):
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


def rfc822(d):
    off = d.strftime("%z")
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + off


# ============================================================ Part A renderers (layouts imitated from memory; wording mine)

def r_ntnews(S):  # NT News (News Corp Australia) live coverage, text scrape; "8.50am" above each headline, newest first, page byline + dated header lines
    z = S["zone"]
    L = ["Skip to navigation", "Skip to content", "NT News", "Subscribe", "Sign in", "",
         "News  Sport  Lifestyle  Business  Opinion  World  Real Estate  Puzzles  Video", "",
         "World", "Russia Ukraine War", "", "LIVE", S["title"], "", S["lede"], "",
         S["byline"], "NCA NewsWire", S["publine"], S["updline"], "",
         "Share", "Follow World", "Follow World to see its latest stories in My News.", "",
         "Latest updates", "Refresh", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Originally published as " + S["orig"], "",
          "More related stories", "World", "Inside Ukraine's rapid push towards the Russian border", "Map: the towns Kyiv says it has taken back", "",
          "Add your comment to this story", "To join the conversation, please log in. Don't have an account? Register", "",
          "Copyright © 2022 Nationwide News Pty Ltd. Terms of use | Privacy policy | Contact us"]
    return "\n".join(L) + "\n", stamps


def r_plymouth(S):  # Plymouth Herald (Reach plc) live blog, HTML; KEY EVENTS box; "19:15" + author above each headline; LiveBlogPosting JSON-LD in Z
    z = S["zone"]; ents = S["entries"]
    times = [dt(e["t"], z) for e in ents]
    ups = []
    for e, d in zip(ents, times):
        up = {"@type": "BlogPosting", "headline": e["h"], "datePublished": utc_iso(d, ms=True), "articleBody": " ".join(e["p"])}
        if e["a"]:
            up["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(up)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "description": S["lede"],
          "datePublished": utc_iso(min(times), ms=True), "dateModified": utc_iso(max(times), ms=True),
          "coverageStartTime": utc_iso(min(times), ms=True), "author": {"@type": "Person", "name": S["byline"]},
          "publisher": {"@type": "Organization", "name": "Plymouth Herald"}, "liveBlogUpdate": ups}
    t0 = min(times); t1 = max(times)
    sd = lambda d: f"{d:%H:%M}, {d.day} {MONTHS[d.month - 1][:3].upper()} {d.year}"
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Plymouth Herald</title>',
           '<meta property="og:site_name" content="Plymouth Herald">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="mod-header"><a class="logo" href="/">Plymouth Herald</a><nav><a href="/news/">News</a> <a href="/news/plymouth-news/">Plymouth News</a> '
           '<a href="/sport/">Sport</a> <a href="/whats-on/">What\'s On</a> <a href="/news/property/">Property</a> <a href="/all-about/ukraine">Ukraine</a></nav></header>',
           '<div class="cookie-banner">We use cookies to personalise content and ads and to analyse our traffic. <button>I Accept</button> <button>Show Purposes</button></div>',
           '<main><div class="breadcrumbs"><a href="/news/">News</a> <a href="/all-about/ukraine">Ukraine</a></div>',
           f'<h1 class="section-theme-highlight">{esc(S["title"])}</h1>', f'<p class="sub-title">{esc(S["lede"])}</p>',
           f'<div class="article-information"><span class="author">By <a href="/authors/x">{esc(S["byline"])}</a> Digital Reporter</span> '
           f'<span class="time-container"><time datetime="{t0.isoformat()}">{sd(t0)}</time></span> <span class="time-container">Updated <time datetime="{t1.isoformat()}">{sd(t1)}</time></span></div>',
           '<div class="article-share"><a>Bookmark</a> <a>Share</a> <a>Comments</a></div>',
           '<div class="key-events"><h2>KEY EVENTS</h2><ul>']
    for i, e in enumerate(ents):
        if e["kp"]:
            out.append(f'<li><a href="#live-event-{i}">{esc(e["h"])}</a></li>')
    out.append('</ul></div><div class="live-events">')
    stamps = []
    for i, (e, d) in enumerate(zip(ents, times)):
        st = f"{d:%H:%M}"; stamps.append(st)
        meta = ('<span class="key-event-label">Key Event</span>' if e["kp"] else "") + f'<time class="live-time" datetime="{d.isoformat()}">{st}</time>'
        if e["a"]:
            meta += f'<span class="live-author">{esc(e["a"])}</span>'
        out.append(f'<div class="live-event" id="live-event-{i}"><div class="live-event-meta">{meta}</div><h2 class="live-event-title">{esc(e["h"])}</h2>')
        out.append('<div class="live-event-body">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ('<div class="video-embed" data-video-id="6313"></div>' if not e["p"] else "") + '</div>')
        out.append('<div class="live-event-share"><a>Share</a></div></div>')
        if i == 2:
            out.append('<div class="newsletter-signup"><p>Sign up to get the biggest stories from Plymouth straight to your inbox</p><input type="email"> <button>Subscribe</button> '
                       '<p>We use your sign-up to provide content in ways you\'ve consented to. Privacy notice.</p></div>')
    out += ['</div><section class="related"><h3>Read More</h3><a href="/r/1">Devonport frigate returns after Baltic deployment</a> <a href="/r/2">Where to donate in Plymouth for Ukraine</a></section>',
            '<div class="comments">Comments (14)</div></main>',
            '<footer>Plymouth Herald · Follow us · Contact us · Privacy notice · Cookie notice · © 2022 a Reach plc subsidiary</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_dmn(S):  # Dallas Morning News topic/listing page, HTML; "5:40 PM on Oct 3, 2022 CDT" printed AFTER headline, summary and byline
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Dallas News</title>',
           '<meta name="description" content="Coverage of the war in Ukraine from The Dallas Morning News and its wire partners."></head><body>',
           '<header><a class="masthead" href="/">The Dallas Morning News</a><nav><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/business/">Business</a> '
           '<a href="/arts-entertainment/">Arts &amp; Entertainment</a> <a href="/food/">Food</a> <a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> <a href="/eedition">E-Paper</a></nav>'
           '<a class="subscribe" href="/subscribe">Subscribe</a> <a href="/login">Sign In</a></header>',
           f'<main><p class="eyebrow">Topic</p><h1 class="topic-title">{esc(S["title"])}</h1>', f'<p class="topic-desc">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{h12(d, sep=':', upper=True, space=' ')} on {d:%b} {d.day}, {d.year} {d.tzname()}"; stamps.append(st)
        out.append(f'<article class="story-card"><h2 class="card-headline"><a href="/news/world/2022/{d:%m/%d}/s{i + 40}/">{esc(e["h"])}</a></h2>')
        out += [f'<p class="card-summary">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="card-byline">By {esc(e["a"])}</p><time class="card-time" datetime="{utc_iso(d)}">{st}</time></article>')
        if i == 2:
            out.append('<div class="ad-slot">Advertisement</div>')
    out += ['<button class="load-more">Load More</button></main>',
            '<aside class="newsletter"><h3>Morning Headlines</h3><p>The top stories from North Texas, delivered to your inbox each weekday.</p><input type="email"> <button>Sign Up</button></aside>',
            '<footer>© 2022 The Dallas Morning News Inc. All Rights Reserved. · Terms of Service · Privacy Policy · Cookie Settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_ajc(S):  # AJC Nation & World, AP "The Latest" article, HTML; items without headlines separated by ___; visible date only, time in <time datetime> and JSON-LD
    z = S["zone"]; up = dt(S["updated"], z); pub = dt(S["published0"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": utc_iso(pub), "dateModified": utc_iso(up),
          "author": [{"@type": "Organization", "name": "The Associated Press"}], "publisher": {"@type": "Organization", "name": "The Atlanta Journal-Constitution"},
          "articleSection": "Nation & World"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="logo" href="/">AJC</a><nav><a href="/news/">News</a> <a href="/politics/">Politics</a> <a href="/sports/">Sports</a> <a href="/business/">Business</a> '
           '<a href="/things-to-do/">Things To Do</a> <a href="/opinion/">Opinion</a> <a href="/epaper/">ePaper</a></nav><a href="/subscribe/">Subscribe for 99¢</a> <a href="/login/">Log In</a></header>',
           '<main><p class="section-label">Nation &amp; World</p>', f'<h1>{esc(S["title"])}</h1>',
           '<div class="byline">By The Associated Press</div>', f'<div class="dateline"><time datetime="{utc_iso(up)}">{up:%b} {up.day}, {up.year}</time></div>',
           '<div class="share"><a>Share on Facebook</a> <a>Share on Twitter</a> <a>Email</a></div>', '<div class="article-body">',
           f'<p>{esc(S["intro"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        if i:
            out.append("<p>___</p>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        stamps.append(None)
        if i == 2:
            out.append('<div class="ad-container">Advertisement</div>')
    out += ['</div><section class="more"><h3>In Other News</h3><a href="/n/1">Georgia Power seeks rate increase</a> <a href="/n/2">MARTA board weighs new bus routes</a></section>',
            '<aside class="nl"><p>Get the AJC Breaking News newsletter</p><input type="email"> <button>Sign up</button></aside></main>',
            '<footer>© 2022 The Atlanta Journal-Constitution. All Rights Reserved. · Visitor Agreement · Privacy Policy · Careers</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_charlotte(S):  # Charlotte Observer (McClatchy) timeline article, text scrape; day subheads "Sunday, Oct. 23"; "9:10 p.m. — " opens each entry's paragraph; no headlines; oldest first
    z = S["zone"]
    L = ["Skip to content", "The Charlotte Observer", "Subscribe", "Sign In", "",
         "Local  Sports  Business  Politics  Opinion  Nation & World  Obituaries  eEdition", "",
         "NATIONAL", "", S["title"], "", S["byline"], S["updline"], "",
         "Facebook", "Twitter", "Email", "", "Listen to this article", ""] + ptxt(S["lede"])
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if d.date() != cur:
            cur = d.date(); L += [f"{DAYS[d.weekday()]}, {AP_MON[d.month - 1]} {d.day}", ""]
        st = h12(d, sep=":", dots=True, space=" "); stamps.append(st)
        L += [f"{st} — {e['p'][0]}", ""] + ptxt(e["p"][1:])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += [S["origline"], "", "Related stories from Charlotte Observer", "NATIONAL", "What is a dirty bomb, and why are officials worried about one?", "",
          S["bio"], "", "Take Us With You", "Real-time updates and all local stories you want right in the palm of your hand.", "Charlotte Observer App", "",
          "COPYRIGHT", "PRIVACY POLICY", "TERMS OF SERVICE"]
    return "\n".join(L) + "\n", stamps


def r_tulsa(S):  # Tulsa World (BLOX/TownNews) section RSS; pubDate with -0600 (CST); dc:creator; description is the summary
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://tulsaworld.com/search/?f=rss&amp;t=article&amp;c=news/nation-world&amp;l=50&amp;s=start_time&amp;sd=desc</link>',
           '<atom:link href="https://tulsaworld.com/search/?f=rss&amp;t=article&amp;c=news/nation-world&amp;l=50&amp;s=start_time&amp;sd=desc" rel="self" type="application/rss+xml" />',
           '<description>Tulsa World - news, sports and opinion from Tulsa, Oklahoma</description>', '<generator>TownNews.com Content Management System</generator>',
           '<docs>http://www.rssboard.org/rss-specification</docs>', '<ttl>30</ttl>', f'<lastBuildDate>{S["build"]}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<description>{esc(' '.join(e['p']))}</description>", f"<pubDate>{st}</pubDate>",
                f'<guid isPermaLink="false">http://tulsaworld.com/tncms/asset/editorial/{7340 + i:x}a1c2-5f0e-11ed-9b6a-0242ac120002</guid>',
                f"<dc:creator>{esc(e['a'])}</dc:creator>", f"<link>https://tulsaworld.com/news/nation-world/article_{7340 + i:x}.html</link>",
                f'<enclosure url="https://bloximages.example/tulsaworld/{i}.jpg" length="{90000 + i * 731}" type="image/jpeg" />', "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_galway(S):  # Galway Advertiser tag page, text scrape; headline, "By ..." then "Thursday, 29 September 2022, 19:30", summary, Read more
    z = S["zone"]
    L = ["Galway Advertiser", "Menu", "", "Home  News  Sport  Business  Lifestyle  Entertainment  Motoring  Property  Jobs  E-Edition", "Search", "",
         "We use cookies on this site to enhance your experience. By continuing you agree to our use of cookies. OK, I agree  No, give me more info", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"; stamps.append(st)
        L += [e["h"], f"By {e['a']}", st, ""] + ptxt(e["p"]) + ["Read more", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Next page ›", "", "Get the week's top Galway stories every Thursday. Sign up to our newsletter", "",
          "Galway Advertiser, Church Yard Street, Galway | Contact us | Advertise | Privacy policy", "© Galway Advertiser 2022. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_moldpres(S):  # Moldpres English RSS; pubDate +0200; CDATA HTML description; body opens with "Chisinau, 7 November /MOLDPRES/ - "
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.moldpres.md/en</link>', '<description>State News Agency MOLDPRES - news from the Republic of Moldova</description>',
           '<language>en</language>', f'<pubDate>{S["build"]}</pubDate>', '<atom:link href="https://www.moldpres.md/en/rss" rel="self" type="application/rss+xml" />']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://www.moldpres.md/en/news/2022/11/07/2200{8760 + i}</link>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", f"<pubDate>{st}</pubDate>",
                f"<guid>https://www.moldpres.md/en/news/2022/11/07/2200{8760 + i}</guid>", f"<category>{e.get('cat', 'Politics')}</category>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_pulse(S):  # Pulse Nigeria World listing, text scrape; headline, author, "02 November, 19:40" (no year), summary; WAT implied
    z = S["zone"]
    L = ["Pulse Nigeria", "Download the Pulse App", "", "News  Entertainment  Lifestyle  Sports  Business  Pulse TV  Quiz  Pulse Mix", "", "News", "Local  Politics  Metro  World", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{d.day:02d} {MONTHS[d.month - 1]}, {d:%H:%M}"; stamps.append(st)
        L += [e["h"], e["a"], st, ""] + ptxt(e["p"]) + ["Read more", ""]
        if i == 2:
            L += ["Advertisement", "", "JOIN OUR PULSE COMMUNITY!", "Get our best stories in your inbox every morning. Subscribe", ""]
    L += ["Load more", "", "Seen something newsworthy? Send your stories, photos and videos to the Pulse newsroom through our social pages or by email.", "",
          "Pulse Nigeria", "About us  Contact  Terms of use  Privacy policy", "© Pulse Nigeria. All rights reserved.",
          "This website uses cookies. By continuing to browse you agree to our cookie policy. Accept"]
    return "\n".join(L) + "\n", stamps


def r_cairns(S):  # Cairns Post (News Corp) article with h2 sections, HTML; one dateline "November 15, 2022 - 6:20AM" (AEST); NewsArticle JSON-LD in Z
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": utc_iso(d0, ms=True), "dateModified": utc_iso(d0, ms=True),
          "author": [{"@type": "Person", "name": S["byline"]}], "publisher": {"@type": "Organization", "name": "The Cairns Post"}, "articleSection": "World"}
    dl = f"{MONTHS[d0.month - 1]} {d0.day}, {d0.year} - {h12(d0, sep=':', upper=True)}"
    out = ['<!DOCTYPE html>', '<html lang="en-AU"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | The Cairns Post</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="masthead" href="/">The Cairns Post</a><a href="/subscribe">Subscribe</a> <a href="/login">Log in</a>'
           '<nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/business">Business</a> <a href="/lifestyle">Lifestyle</a> <a href="/opinion">Opinion</a> <a href="/puzzles">Puzzles</a> <a href="/world">World</a></nav></header>',
           '<main><div class="breadcrumb"><a href="/world">World</a> <a href="/world/russia-ukraine-war">Russia Ukraine War</a></div>',
           f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<div class="byline"><span class="author">{esc(S["byline"])}</span><span class="source">NCA NewsWire</span></div>',
           f'<div class="date"><time datetime="{utc_iso(d0, ms=True)}">{dl}</time></div>',
           '<div class="share"><a>Share</a> <a>Follow World</a></div>', '<div class="story-body">', f'<p>{esc(S["intro"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        stamps.append(None)
        if i == 2:
            out.append('<div class="ad">Advertisement</div>')
    out += [f'<p class="originally">Originally published as {esc(S["orig"])}</p>', '</div>',
            '<section class="related"><h3>More related stories</h3><a href="/r/1">What Kherson\'s recapture means for the war</a></section>',
            '<div class="comments">Add your comment to this story</div></main>',
            '<footer>Copyright © 2022 Nationwide News Pty Ltd · Terms of use · Privacy policy · Standards of practice</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ============================================================ Part A data: ten real outlets' layouts (ids 5500-5509)
SEEDS = []

SEEDS.append(dict(id="5500", name="5500_ntnews-live", ext="txt", source="NT News", zone="Australia/Darwin", render=r_ntnews,
  title="Ukraine war live: Kremlin shrugs off losses as Kyiv's troops press on in the northeast",
  lede="Ukrainian forces are holding ground won in a rapid advance through the Kharkiv region, while Moscow insists its campaign will go on. Follow our live coverage.",
  byline="Ellie Dunstan", publine="September 12, 2022 - 7:05PM", updline="Updated September 13, 2022 - 8:50AM",
  orig="Ukraine war live: Kyiv presses on as Kremlin says the fight will continue",
  notes="News Corp live coverage as a text scrape, NEWEST first. Each post: a bare '8.50am' line, then the headline, then the body. No zone printed: NT News is a Darwin paper, so times are ACST (UTC+09:30, no DST). No day headers: the header lines 'September 12, 2022 - 7:05PM' (first post) and 'Updated September 13, 2022 - 8:50AM' (newest post) bound the coverage, and the posts cross local midnight between 12.40am (13 Sep) and 11.25pm (12 Sep). All eight posts fall on UTC 12 Sep. One page byline (Ellie Dunstan, NCA NewsWire) is every post's author. Entry 04 is a video teaser without body.",
  not_entries=["skip links, masthead, subscribe/sign-in, section menu", "'World' / 'Russia Ukraine War' breadcrumb and 'LIVE' badge", "title and standfirst", "byline, 'NCA NewsWire', published/updated lines", "'Share', 'Follow World' lines", "'Latest updates' / 'Refresh'", "'Advertisement'", "'Originally published as ...' syndication line", "'More related stories' links", "comment prompt and footer"],
  entries=[
  E("2022-09-13 08:50", "Zelensky says 6000 square kilometres retaken this month",
    ["Ukrainian troops have won back about 6000 square kilometres in the east and south since the start of September, President Volodymyr Zelensky said in his nightly address.",
     "He said the advance was continuing and singled out the units that had pushed through the Kharkiv region for praise."],
    "other", "frontline", 3, "zelensky-6000-sq-km-retaken-2022-09-12", a="Ellie Dunstan", n="Big frontline shift -> importance 3."),
  E("2022-09-13 07:35", "Power back for most of Kharkiv after grid attack",
    ["Most homes in Kharkiv have electricity and running water again after Russian missiles knocked out a thermal power station on the edge of the city on Sunday night, the regional governor said.",
     "Repair crews were still working to reconnect several northern districts."],
    "strikes", "strikes", 2, "kharkiv-power-station-strike-2022-09-11", a="Ellie Dunstan", n="Aftermath of the Sunday-night strike on the grid; different event from the Monday shelling (entry 07)."),
  E("2022-09-13 06:10", "Kremlin: no talks while 'special operation' goes on",
    ["Kremlin spokesman Dmitry Peskov said there was no prospect of negotiations with Kyiv for now and that the military operation would carry on until its goals were reached.",
     "He declined to comment on the Russian withdrawal from towns in the Kharkiv region."],
    "diplomacy", "diplomacy", 2, "kremlin-rules-out-talks-2022-09-12", a="Ellie Dunstan"),
  E("2022-09-13 00:40", "Watch: Villagers welcome Ukrainian soldiers", [], "other", "frontline", 1, "kharkiv-recaptured-villages-video-2022-09-12",
    a="Ellie Dunstan", n="Video teaser without body -> importance 1. Local 13 Sep 00:40 ACST = 12 Sep 15:10 UTC."),
  E("2022-09-12 23:25", "Nuclear watchdog chief pushes for protection zone around Zaporizhzhia plant",
    ["International Atomic Energy Agency director-general Rafael Grossi told the agency's board in Vienna that he had begun consultations with Moscow and Kyiv on a protection zone around the Zaporizhzhia nuclear power plant.",
     "The last of the plant's six reactors was shut down over the weekend to lower the risk of an accident."],
    "diplomacy", "diplomacy", 2, "iaea-zaporizhzhia-protection-zone-2022-09-12", a="Ellie Dunstan", sec=["other"]),
  E("2022-09-12 21:55", "Marles flags more help for Kyiv",
    ["Defence Minister Richard Marles says Canberra is weighing further requests from Ukraine for armoured vehicles and ammunition now that the last of the promised Bushmasters has arrived.",
     "He would not say when a decision would be made."],
    "aid", "aid", 2, "australia-weighs-more-aid-2022-09-12", a="Ellie Dunstan"),
  E("2022-09-12 20:15", "Shelling kills four in towns east of Kharkiv",
    ["Russian shelling killed four civilians in two towns east of Kharkiv on Monday, regional governor Oleh Synehubov said, as Moscow's forces fired on settlements they had abandoned days earlier.",
     "Several homes and a school building were destroyed."],
    "strikes", "strikes", 3, "kharkiv-region-shelling-2022-09-12", a="Ellie Dunstan", n="Deadly shelling -> importance 3."),
  E("2022-09-12 19:05", "British intelligence: Russian units ordered out of Kharkiv region",
    ["Britain's defence ministry said in its daily intelligence update that Russia had probably told its troops to leave almost all of the territory it held west of the Oskil River."],
    "other", "frontline", 2, "uk-intel-russian-pullback-oskil-2022-09-12", a="Ellie Dunstan", n="A separate assessment, not Zelensky's tally (entry 01)."),
  ]))

SEEDS.append(dict(id="5501", name="5501_plymouthherald-live", ext="html", source="Plymouth Herald", zone="Europe/London", render=r_plymouth,
  title="Ukraine war live: Drones target Odesa as protests over Russian call-up turn rough in Dagestan",
  lede="Follow the latest from the war in Ukraine as Russia's mobilisation drive runs into resistance at home",
  byline="Tamsin Trewartha",
  notes="Reach plc live blog (HTML), NEWEST first. A 'KEY EVENTS' box near the top lists three post headlines (entries 02, 04, 07): treated as the page's Key Points block, so those entries are key_point true and importance 3. Each post: optional 'Key Event' label, a bare '19:15' time (UK local, BST = UTC+1, no zone printed), the post author, then the h2 headline and the body. The page date is printed only in the header ('10:02, 25 SEP 2022' / 'Updated 19:15, 25 SEP 2022'). LiveBlogPosting JSON-LD carries each update's time in Z (agrees). Entry 06 is a video teaser without body (same story as entry 01). Entry 03 is a local Plymouth angle.",
  not_entries=["masthead and menu", "cookie banner", "breadcrumbs", "h1 title and sub-title", "byline 'By Tamsin Trewartha Digital Reporter' and the two date lines", "Bookmark/Share/Comments bar", "KEY EVENTS box (links to posts, not posts)", "'Key Event' labels and 'Share' links", "newsletter sign-up box", "'Read More' related links", "comments count", "footer"],
  entries=[
  E("2022-09-25 19:15", "Drones hit Odesa for third day running",
    ["Russian forces launched Iranian-made attack drones at Odesa again on Sunday, setting fire to an administrative building near the port, Ukraine's southern military command said.",
     "No one was reported hurt, and air defences brought down several of the drones before they reached the city."],
    "strikes", "strikes", 2, "odesa-drone-attacks-2022-09-25", a="Jago Pascoe", n="No casualties -> 2."),
  E("2022-09-25 17:50", "Police detain dozens at Dagestan protest over call-up",
    ["Police in Makhachkala, the capital of Russia's Dagestan region, detained dozens of people after crowds gathered to protest against the mobilisation of reservists, according to independent monitors.",
     "Video shared online showed officers pulling demonstrators into buses as women chanted against the draft."],
    "other", "politics", 3, "dagestan-mobilisation-protest-2022-09-25", a="Tamsin Trewartha", kp=True, n="Listed under KEY EVENTS."),
  E("2022-09-25 16:20", "Plymouth hosts urged to stay on as first Ukrainian placements end",
    ["Plymouth City Council is appealing for households to extend their placements or come forward as new hosts as the first six-month arrangements under the Homes for Ukraine scheme come to an end.",
     "Around 300 people from Ukraine have been housed in the city since the spring, the council said."],
    "other", "humanitarian", 2, "plymouth-homes-for-ukraine-hosts-2022-09-25", a="Jago Pascoe"),
  E("2022-09-25 14:05", "Missiles hit Zaporizhzhia overnight, one dead",
    ["One person was killed and several others injured when Russian missiles struck Zaporizhzhia overnight, according to the city's acting mayor.",
     "An infrastructure site and a row of houses were hit."],
    "strikes", "strikes", 3, "zaporizhzhia-missile-strike-2022-09-25", a="Tamsin Trewartha", kp=True, n="Listed under KEY EVENTS."),
  E("2022-09-25 12:30", "Voting staged door to door in occupied regions",
    ["Officials installed by Moscow in occupied parts of Ukraine have been carrying ballot boxes from house to house on the third day of votes on joining Russia, which Kyiv and its allies call a sham.",
     "Residents described armed soldiers accompanying the election workers."],
    "other", "frontline", 2, "occupied-regions-referendums-2022-09-25", a="Jago Pascoe", n="Annexation votes = territorial claim -> other/frontline."),
  E("2022-09-25 11:10", "Watch: Moment drone is shot down over Odesa", [], "strikes", "strikes", 1, "odesa-drone-attacks-2022-09-25", a="Jago Pascoe",
    n="Video teaser without body -> importance 1, under the Odesa drone story."),
  E("2022-09-25 10:02", "Lavrov tells UN the West wants to break Russia apart",
    ["Russian foreign minister Sergei Lavrov used his speech at the UN General Assembly on Saturday to accuse Western governments of seeking to destroy Russia, and defended the referendums being held in occupied areas.",
     "He took no questions and left the hall soon after speaking."],
    "diplomacy", "diplomacy", 3, "lavrov-un-general-assembly-speech-2022-09-24", a="Tamsin Trewartha", kp=True, n="Listed under KEY EVENTS; ministerial UN speech."),
  ]))

SEEDS.append(dict(id="5502", name="5502_dallasnews-topic", ext="html", source="The Dallas Morning News", zone="America/Chicago", render=r_dmn,
  title="Russia-Ukraine War", lede="The latest news on Russia's invasion of Ukraine, with reporting from North Texas.",
  notes="Arc-style topic (listing) page, NEWEST first. Each card: headline, one summary paragraph, byline, then the stamp AFTER them in the form '5:40 PM on Oct 3, 2022 CDT' (explicit date and zone abbreviation; CDT = UTC-5). The last card is dated Oct 2, 2022 8:20 PM CDT, which is already 3 Oct in UTC. Wire bylines 'By The Associated Press' are kept as printed.",
  not_entries=["masthead, menu, Subscribe/Sign In", "'Topic' eyebrow, h1 'Russia-Ukraine War' and topic description", "'Advertisement'", "'Load More' button", "'Morning Headlines' newsletter box", "footer"],
  entries=[
  E("2022-10-03 17:40", "Ukrainian forces punch through Russian lines near the Dnieper",
    ["Ukrainian troops advanced into Russian-held territory in the southern Kherson region on Monday, retaking several villages along the west bank of the Dnieper River, according to Ukrainian officials and pro-Kremlin military bloggers."],
    "other", "frontline", 3, "kherson-dnieper-advance-2022-10-03", a="The Associated Press"),
  E("2022-10-03 15:15", "Russia's lower house approves annexation treaties",
    ["The State Duma voted without dissent to ratify treaties absorbing four partly occupied regions of Ukraine into Russia, a step Kyiv and most of the world reject as illegal."],
    "other", "frontline", 3, "duma-ratifies-annexation-2022-10-03", a="The Associated Press", n="Annexation = territorial claim."),
  E("2022-10-03 13:05", "Musk's plan for ending the war draws fire from Kyiv",
    ["Elon Musk's suggestion on Twitter that Ukraine give up Crimea and hold new votes in occupied regions under U.N. supervision drew sharp criticism from Ukrainian officials, one of whom answered with an expletive."],
    "diplomacy", "diplomacy", 2, "musk-peace-plan-tweet-2022-10-03", a="Hannah Ruiz-Pell", n="Peace-plan proposal -> diplomacy."),
  E("2022-10-03 11:20", "Grand Prairie missile unit to step up rocket launcher output",
    ["Lockheed Martin's Grand Prairie-based missiles and fire control business said it plans to nearly double yearly production of HIMARS launchers, the rocket systems Ukraine has used against Russian supply lines.",
     "The company did not say how many jobs would be added in North Texas."],
    "other", "security", 2, "lockheed-himars-output-grand-prairie-2022-10-03", a="Hannah Ruiz-Pell", sec=["aid"], n="Defence production by a non-party -> other/security, aid secondary."),
  E("2022-10-03 10:45", "Russian strike on Zaporizhzhia kills two",
    ["Two people were killed when Russian missiles slammed into a residential area of Zaporizhzhia early Monday, regional officials said."],
    "strikes", "strikes", 3, "zaporizhzhia-missile-strike-2022-10-03", a="The Associated Press"),
  E("2022-10-03 09:30", "Kremlin says borders of newly claimed regions still to be settled",
    ["Kremlin spokesman Dmitry Peskov said Moscow would consult residents to determine the borders of the Kherson and Zaporizhzhia regions it claims, conceding that it does not control all of that territory."],
    "other", "frontline", 2, "kremlin-annexed-borders-unsettled-2022-10-03", a="The Associated Press", n="Same theme as the Duma vote (entry 02) but a different statement: separate story."),
  E("2022-10-02 20:20", "Zelenskyy says Lyman fully cleared of Russian troops",
    ["Ukraine's president said Sunday that the eastern rail hub of Lyman had been cleared of Russian forces, a day after Moscow announced it had pulled its troops out."],
    "other", "frontline", 3, "lyman-recaptured-2022-10-02", a="The Associated Press", n="Local date Oct 2 (CDT) but 3 Oct 01:20 UTC."),
  ]))

SEEDS.append(dict(id="5503", name="5503_ajc-thelatest", ext="html", source="The Atlanta Journal-Constitution", zone="America/New_York", render=r_ajc,
  title="The Latest: Ukraine says Russian forces gone from Lyman", updated="2022-10-02 18:42", published0="2022-10-02 08:15",
  intro="KYIV, Ukraine (AP) — The Latest on Russia's war in Ukraine:",
  notes="AP 'The Latest' article syndicated on AJC's Nation & World section (HTML). Items have NO headlines and NO times; they are separated by '___' paragraphs, and most open with an all-caps dateline. The visible date line shows only 'Oct 2, 2022'; the time is in its <time datetime=\"2022-10-02T22:42:00Z\"> attribute and the JSON-LD dateModified (datePublished is 12:15Z). Every item is dated with that updated time (18:42 EDT = 22:42 UTC), stamp null. Author: the page byline 'By The Associated Press' -> 'The Associated Press'.",
  not_entries=["masthead, menu, subscribe/log-in", "'Nation & World' label, h1 title", "byline and date line", "share links", "intro line 'KYIV, Ukraine (AP) — The Latest on Russia's war in Ukraine:'", "'___' separators", "'Advertisement'", "'In Other News' links", "newsletter box", "footer"],
  entries=[
  E("2022-10-02 18:42", None,
    ["Ukraine's president says the eastern town of Lyman is now entirely in Ukrainian hands.",
     "Volodymyr Zelenskyy said in a short video posted Sunday afternoon that the railway hub in the Donetsk region had been cleared of Russian troops by midday.",
     "Russia's defense ministry said Saturday it had withdrawn its forces from the town to avoid being encircled."],
    "other", "frontline", 3, "lyman-recaptured-2022-10-02", a="The Associated Press"),
  E("2022-10-02 18:42", None,
    ["VATICAN CITY — Pope Francis has made his most direct appeal yet to Vladimir Putin, urging the Russian leader to halt what he called a spiral of violence and death.",
     "Francis also asked Zelenskyy to be open to serious peace proposals and said the annexation of Ukrainian regions ran against international law."],
    "diplomacy", "diplomacy", 3, "pope-appeal-to-putin-2022-10-02", a="The Associated Press", n="Head of state's appeal for peace -> diplomacy, 3."),
  E("2022-10-02 18:42", None,
    ["WARSAW, Poland — The presidents of nine NATO countries in Central and Eastern Europe said they back Ukraine's eventual membership in the alliance and will never recognize Russia's attempts to annex Ukrainian land.",
     "The joint statement was signed by the leaders of Poland, the Czech Republic, Slovakia, Romania, Lithuania, Latvia, Estonia, North Macedonia and Montenegro."],
    "diplomacy", "diplomacy", 3, "nine-presidents-back-ukraine-nato-2022-10-02", a="The Associated Press"),
  E("2022-10-02 18:42", None,
    ["ZAPORIZHZHIA, Ukraine — Russian missiles struck the city of Zaporizhzhia overnight, damaging apartment buildings and killing at least one person, the regional governor said."],
    "strikes", "strikes", 3, "zaporizhzhia-missile-strike-2022-10-02", a="The Associated Press"),
  E("2022-10-02 18:42", None,
    ["The U.N. nuclear watchdog says Russian officials have told it that the director of the Zaporizhzhia nuclear power plant was detained for questioning.",
     "Rafael Grossi, head of the International Atomic Energy Agency, said he was pressing for the release of Ihor Murashov, whose detention Ukraine's state nuclear company reported on Saturday."],
    "other", "security", 2, "znpp-director-detained-2022-10-01", a="The Associated Press"),
  E("2022-10-02 18:42", None,
    ["KHERSON, Ukraine — Residents leaving Russian-occupied parts of the Kherson region described long waits at checkpoints and shortages of medicine as they arrived in Ukrainian-held territory on Sunday."],
    "other", "humanitarian", 2, "kherson-residents-flee-occupation-2022-10-02", a="The Associated Press"),
  ]))

SEEDS.append(dict(id="5504", name="5504_charlotteobserver-timeline", ext="txt", source="The Charlotte Observer", zone="America/New_York", render=r_charlotte,
  title="Russia's 'dirty bomb' claim: a timeline of the allegation and the response",
  byline="By Delaney Whitcomb", updline="UPDATED OCTOBER 24, 2022 6:30 PM", origline="This story was originally published October 24, 2022 7:02 AM.",
  bio="Delaney Whitcomb is a national reporter for McClatchy covering foreign affairs and the military.",
  lede=["Russia's defense minister spent much of Sunday telephoning Western counterparts with an unproven allegation: that Ukraine was preparing to set off a radioactive dirty bomb on its own territory.",
        "Here is how the claim, and the pushback, unfolded. Times are Eastern."],
  notes="McClatchy timeline article (text scrape), OLDEST first. Entries have NO headlines: each opens a paragraph with '9:10 p.m. — ' (Eastern time, EDT = UTC-4, stated in the lede). Day subheads 'Sunday, Oct. 23' / 'Monday, Oct. 24' carry no year (the year comes from 'UPDATED OCTOBER 24, 2022 6:30 PM'). The two Sunday-evening entries are already 24 Oct in UTC, so all entries share UTC 24 Oct. One page byline is every entry's author. A paragraph without a time belongs to the entry above it.",
  not_entries=["masthead, subscribe/sign-in and menu", "'NATIONAL' kicker, title", "byline and UPDATED line", "share labels and 'Listen to this article'", "the two lede paragraphs before the first day subhead", "day subheads 'Sunday, Oct. 23' / 'Monday, Oct. 24'", "'ADVERTISEMENT'", "'This story was originally published ...' line", "related stories", "reporter bio", "app promo and footer"],
  entries=[
  E("2022-10-23 21:10", None,
    ["The foreign ministers of the United States, Britain and France issued a joint statement rejecting Moscow's claim as plainly false and warning that the world would see through any attempt to use it as a pretext for escalation."],
    "diplomacy", "diplomacy", 3, "western-ministers-reject-dirty-bomb-claim-2022-10-23", a="Delaney Whitcomb", n="Ministerial joint statement -> 3. Local Oct 23, UTC Oct 24 01:10."),
  E("2022-10-23 23:45", None,
    ["Ukraine's air force said it had brought down 12 Iranian-made drones launched overnight at targets in the south and center of the country.",
     "Officials in Odesa and Dnipro reported damage to energy facilities but no deaths."],
    "strikes", "strikes", 2, "ukraine-downs-12-drones-2022-10-24", a="Delaney Whitcomb"),
  E("2022-10-24 06:20", None,
    ["Russia's chief of the general staff, Gen. Valery Gerasimov, raised the same allegation in calls with the top military officers of the United States and Britain, Moscow said.",
     "The Pentagon confirmed that Gen. Mark Milley had spoken with Gerasimov but gave no details."],
    "diplomacy", "diplomacy", 2, "gerasimov-calls-western-chiefs-2022-10-24", a="Delaney Whitcomb", n="First sentence contains 'Gen.' (abbreviation, not a sentence end)."),
  E("2022-10-24 09:05", None,
    ["The Russian-installed administration in Kherson said it would extend its evacuation zone to a 15-kilometer strip along the east bank of the Dnieper River, affecting about 70,000 more people."],
    "other", "humanitarian", 2, "kherson-evacuation-zone-extended-2022-10-24", a="Delaney Whitcomb"),
  E("2022-10-24 11:30", None,
    ["Ukraine's national grid operator announced rolling blackouts in Kyiv and several other regions to ease the strain on a network damaged by weeks of Russian missile and drone strikes."],
    "strikes", "strikes", 2, "ukraine-rolling-blackouts-2022-10-24", a="Delaney Whitcomb", sec=["other"], n="Direct aftermath of the strikes on the grid."),
  E("2022-10-24 13:40", None,
    ["The International Atomic Energy Agency said it would send inspectors in the coming days to two Ukrainian sites named by Russia, after Kyiv invited the agency to look for itself.",
     "Ukraine's foreign minister said the inspectors would find nothing to hide."],
    "other", "security", 2, "iaea-dirty-bomb-inspections-2022-10-24", a="Delaney Whitcomb", sec=["diplomacy"]),
  E("2022-10-24 15:55", None,
    ["Russia's ambassador to the United Nations sent a letter to Secretary-General Antonio Guterres repeating the dirty bomb allegation and said Moscow would raise it at the Security Council."],
    "diplomacy", "diplomacy", 2, "russia-un-letter-dirty-bomb-2022-10-24", a="Delaney Whitcomb", n="A separate step at the UN: not the same story as the Western ministers' statement."),
  ]))

SEEDS.append(dict(id="5505", name="5505_tulsaworld-rss", ext="xml", source="Tulsa World", zone="America/Chicago", render=r_tulsa,
  title="tulsaworld.com - RSS Results in news/nation-world of type article", build="Thu, 10 Nov 2022 17:31:08 -0600",
  notes="BLOX/TownNews section RSS, newest first. pubDate carries -0600 (CST; US clocks changed on 6 Nov). description = one summary paragraph; dc:creator as printed. The last item (Wed, 09 Nov 21:45 -0600) is already 10 Nov in UTC. Item 05 is off-beat (Wall Street).",
  not_entries=["channel title/link/description/generator/docs/ttl/lastBuildDate", "<guid>, <link> and <enclosure> of each item"],
  entries=[
  E("2022-11-10 17:20", "US to send Ukraine $400 million in arms, including air defense",
    ["The Biden administration announced another $400 million in weapons and equipment for Ukraine on Thursday, including four Avenger short-range air defense systems and more ammunition for HIMARS launchers."],
    "aid", "aid", 3, "us-400m-package-2022-11-10", a="Associated Press"),
  E("2022-11-10 15:05", "Ukrainian troops roll into villages abandoned by Russia near Kherson",
    ["Ukrainian forces pushed into a string of villages on the west bank of the Dnieper on Thursday as Russia pressed ahead with its withdrawal from the area, officials in Kyiv said, warning that the departing troops had left mines behind."],
    "other", "frontline", 3, "ukraine-advances-kherson-villages-2022-11-10", a="Associated Press"),
  E("2022-11-10 12:40", "Kremlin insists Kherson region stays Russian despite pullback",
    ["Kremlin spokesman Dmitry Peskov said the Kherson region remained part of Russia and that the withdrawal from its main city did not change its status."],
    "other", "frontline", 2, "kremlin-kherson-status-2022-11-10", a="Associated Press", n="Same place and theme as item 02, different event: separate story."),
  E("2022-11-10 10:15", "Oklahoma wheat growers eye Black Sea shipping deal as prices swing",
    ["Wheat farmers across western Oklahoma are watching talks on extending the Black Sea grain corridor, which expires this month, as doubt over Ukrainian exports keeps futures prices volatile. Several growers said they were delaying sales until the deal's future is clear."],
    "other", "politics", 2, "oklahoma-wheat-black-sea-deal-2022-11-10", a="Kelsey Hargrove", sec=["diplomacy"], n="War-driven prices: other, not off-beat."),
  OFF("2022-11-10 08:30", "Stocks soar after inflation report shows prices cooling",
      ["Wall Street had its best day in more than two years after a government report showed consumer price increases slowed more than expected in October."],
      "us-stocks-inflation-2022-11-10", a="Associated Press", n="US markets."),
  E("2022-11-10 06:10", "Shelling kills 4 in eastern Ukraine as Russia presses Donetsk offensive",
    ["Russian shelling killed four civilians in towns of the Donetsk region over the past day, the regional governor said Thursday, as Moscow's troops kept up their assaults around Bakhmut and Pavlivka."],
    "strikes", "strikes", 3, "donetsk-shelling-2022-11-10", a="Associated Press"),
  E("2022-11-09 21:45", "Top US general: about 100,000 Russian troops killed or wounded",
    ["Gen. Mark Milley, chairman of the Joint Chiefs of Staff, said Russia had probably suffered well over 100,000 killed and wounded in Ukraine, with similar losses on the Ukrainian side, and suggested a window for negotiations could open over the winter."],
    "other", "frontline", 2, "milley-casualty-estimate-2022-11-09", a="Associated Press", sec=["diplomacy"], n="Local 9 Nov, UTC 10 Nov 03:45. First sentence starts with 'Gen.'."),
  ]))

SEEDS.append(dict(id="5506", name="5506_galwayadvertiser-tag", ext="txt", source="Galway Advertiser", zone="Europe/Dublin", render=r_galway,
  title="Tag: Ukraine",
  notes="advertiser.ie tag page as a text scrape, newest first. Each card: headline, 'By ...', then the stamp 'Thursday, 29 September 2022, 19:30' AFTER the headline and byline, then a summary and 'Read more'. No zone printed: Irish time (IST = UTC+1 in September). Mostly local angles; entry 02 is off-beat (football).",
  not_entries=["masthead, 'Menu', section menu, 'Search'", "cookie line", "'Tag: Ukraine' heading", "'Read more' links", "'Advertisement'", "'Next page ›'", "newsletter line", "address/contact line and copyright"],
  entries=[
  E("2022-09-29 19:30", "Putin to sign annexation of four regions on Friday, Kremlin says",
    ["The Kremlin said President Vladimir Putin will hold a ceremony in Moscow on Friday to formally absorb four occupied regions of Ukraine, following referendums that Ireland and its EU partners have condemned as illegitimate."],
    "other", "frontline", 3, "putin-annexation-ceremony-announced-2022-09-29", a="Staff Reporter"),
  OFF("2022-09-29 17:40", "Galway United supporters lay on extra buses for Friday's away trip",
      ["The Galway United supporters' club has booked two more coaches for Friday's league match after tickets for the away end sold out within a day."],
      "galway-united-away-buses-2022-09-29", a="Sports Desk", n="local football."),
  E("2022-09-29 16:05", "Coveney: Naval Service watching Irish waters after pipeline blasts",
    ["Minister for Defence Simon Coveney said the Naval Service and Air Corps are keeping a closer watch on subsea cables and pipelines off the west coast following the suspected sabotage of the Nord Stream pipelines in the Baltic."],
    "other", "security", 2, "ireland-subsea-cable-watch-2022-09-29", a="Declan Furey"),
  E("2022-09-29 14:20", "University of Galway opens extra places for Ukrainian students",
    ["The University of Galway says it will offer fee-free places this academic year to up to 60 students whose studies in Ukraine were cut short by the war."],
    "other", "humanitarian", 2, "university-galway-ukrainian-students-2022-09-29", a="Aoife Mannion"),
  E("2022-09-29 12:50", "Taoiseach dismisses Russian-run votes as a sham",
    ["Taoiseach Micheál Martin said Ireland would never recognise the results of the referendums staged in occupied areas of Ukraine and called for further EU sanctions on those who organised them."],
    "diplomacy", "diplomacy", 2, "taoiseach-rejects-referendums-2022-09-29", a="Declan Furey"),
  E("2022-09-29 11:30", "Ukrainian families in Galway gather to remember the fallen",
    ["Members of Galway's Ukrainian community held a candlelit gathering at Eyre Square on Wednesday evening to honour soldiers and civilians killed since the invasion began in February."],
    "other", "humanitarian", 2, "galway-ukrainian-vigil-2022-09-28", a="Aoife Mannion"),
  E("2022-09-29 09:15", "Salthill hotel to house 180 more people fleeing Ukraine",
    ["A hotel in Salthill is to accommodate up to 180 more people arriving from Ukraine under a contract with the Department of Children, Equality, Disability, Integration and Youth, local councillors have been told."],
    "other", "humanitarian", 2, "salthill-hotel-refugee-accommodation-2022-09-29", a="Declan Furey"),
  ]))

SEEDS.append(dict(id="5507", name="5507_moldpres-rss", ext="xml", source="Moldpres", zone="Europe/Chisinau", render=r_moldpres,
  title="MOLDPRES News Agency", build="Mon, 07 Nov 2022 20:05:00 +0200",
  notes="Moldpres English RSS, newest first. pubDate with +0200 (EET; Moldova left summer time on 30 Oct). The description is CDATA HTML; every body opens with the agency dateline 'Chisinau, 7 November /MOLDPRES/ - ', which is part of the first sentence as printed. No authors. Item 05 is off-beat (wine exports).",
  not_entries=["channel title/link/description/language/pubDate", "<link>, <guid> and <category> of each item"],
  entries=[
  E("2022-11-07 19:45", "Foreign ministry hands Russian ambassador protest note over airspace breach",
    ["Chisinau, 7 November /MOLDPRES/ - The Ministry of Foreign Affairs and European Integration summoned Russia's ambassador on Monday and handed him a note of protest after a Russian cruise missile crossed Moldovan airspace during last week's strikes on Ukraine.",
     "Deputy Prime Minister Nicu Popescu said the incident was unacceptable and put Moldovan citizens at risk."],
    "diplomacy", "diplomacy", 3, "moldova-protest-note-russia-airspace-2022-11-07", n="Ministerial protest -> 3 (event details invented)."),
  E("2022-11-07 16:20", "Moldova to import more electricity from Romania after Ukrainian supplies halted",
    ["Chisinau, 7 November /MOLDPRES/ - Moldova will cover most of its electricity needs this month with imports from Romania, as Ukraine has stopped exporting power following Russian strikes on its energy system, Deputy Prime Minister Andrei Spinu said.",
     "He urged households and companies to cut consumption during the evening peak."],
    "other", "politics", 2, "moldova-electricity-imports-romania-2022-11-07", sec=["strikes"], n="Knock-on effect of the strikes on Ukraine's grid; energy policy -> other/politics."),
  E("2022-11-07 13:05", "Border police: over 1,900 people crossed from Ukraine in past 24 hours",
    ["Chisinau, 7 November /MOLDPRES/ - More than 1,900 Ukrainian citizens entered Moldova over the past day, the General Inspectorate of Border Police reported.",
     "Around 90,000 refugees from Ukraine are currently staying in the country."],
    "other", "humanitarian", 2, "moldova-border-crossings-2022-11-07"),
  E("2022-11-07 11:40", "Parliament extends state of emergency by 45 days",
    ["Chisinau, 7 November /MOLDPRES/ - Parliament voted on Monday to extend the state of emergency for another 45 days, citing the energy crisis and the security risks caused by the war in neighbouring Ukraine.",
     "The measure lets the government take fast decisions on gas and electricity purchases."],
    "other", "politics", 2, "moldova-state-of-emergency-extended-2022-11-07"),
  OFF("2022-11-07 09:20", "Moldovan wine exports up 12 per cent",
      ["Chisinau, 7 November /MOLDPRES/ - Moldovan wineries exported 12 per cent more bottled wine in the first nine months of the year than in the same period of 2021, the National Office for Vine and Wine said."],
      "moldova-wine-exports-2022-11-07", n="trade statistics."),
  E("2022-11-07 07:50", "Rocket fragments found near Naslavcea sent for analysis",
    ["Chisinau, 7 November /MOLDPRES/ - Fragments of a rocket that fell near the northern village of Naslavcea during the Russian strikes on Ukraine at the end of October have been sent to experts for analysis, the Ministry of Internal Affairs said."],
    "strikes", "strikes", 2, "naslavcea-rocket-fragments-2022-11-07", n="Aftermath of an air-defence engagement -> strikes."),
  ]))

SEEDS.append(dict(id="5508", name="5508_pulseng-world", ext="txt", source="Pulse Nigeria", zone="Africa/Lagos", render=r_pulse,
  title="World", parse_args=["--date", "2022-11-02"],
  notes="Pulse Nigeria 'World' listing as a text scrape, newest first. Each card: headline, author line, then a stamp '02 November, 19:40' with NO YEAR anywhere on the page (parse_args --date 2022-11-02), then a summary. No zone printed: Lagos time (WAT = UTC+1). Entries 01 and 04 are the same event (Russia's return to the grain deal), told twice. Entry 05 is off-beat (entertainment).",
  not_entries=["masthead, app promo, top menu and News sub-menu", "'World' heading", "'Read more' links", "'Advertisement'", "'JOIN OUR PULSE COMMUNITY!' newsletter lines", "'Load more'", "news-tip line", "footer and cookie line"],
  entries=[
  E("2022-11-02 19:40", "Russia returns to Black Sea grain deal after Turkish mediation",
    ["Russia said on Wednesday it would resume its part in the agreement that allows Ukrainian grain to be shipped through the Black Sea, after receiving guarantees that the corridor would not be used for military operations.",
     "Turkey's President Recep Tayyip Erdogan had earlier told lawmakers in Ankara that deliveries would restart."],
    "diplomacy", "diplomacy", 3, "russia-rejoins-grain-deal-2022-11-02", a="Ifeoma Adeyemi-Cole"),
  E("2022-11-02 16:10", "Kano flour millers say grain deal uncertainty pushed up prices",
    ["Flour millers in Kano say the price of a bag of imported wheat climbed sharply in the days after Russia walked away from the Black Sea deal, and warned that bread could get dearer before Christmas."],
    "other", "politics", 2, "kano-millers-wheat-prices-2022-11-02", a="Tunde Okafor", sec=["diplomacy"], n="War-driven prices: other, not off-beat; separate from the deal itself."),
  E("2022-11-02 13:25", "FG: 40 Nigerian students from Ukraine secure places in Hungary",
    ["The Federal Government says 40 Nigerian medical students who fled the war in Ukraine have been admitted to universities in Hungary to complete their studies."],
    "other", "humanitarian", 2, "nigerian-students-hungary-places-2022-11-02", a="Ifeoma Adeyemi-Cole"),
  E("2022-11-02 11:05", "Erdogan says Ukrainian grain shipments to resume at midday",
    ["Turkey's president says Russia has agreed to return to the grain corridor deal and that shipments from Ukraine's ports will restart from noon on Wednesday."],
    "diplomacy", "diplomacy", 3, "russia-rejoins-grain-deal-2022-11-02", a="Tunde Okafor", n="Same event as entry 01 (earlier, different words): same story."),
  OFF("2022-11-02 09:30", "Reality TV star launches fashion label in Lagos",
      ["A former reality show housemate has unveiled a clothing line at a launch in Lekki attended by Nollywood actors and musicians."],
      "reality-star-fashion-label-2022-11-02", a="Chidi Nwachukwu", n="entertainment."),
  E("2022-11-02 07:50", "Ukraine says it shot down nine drones overnight",
    ["Ukraine's air force said it downed nine Iranian-made drones launched by Russia overnight, most of them over the Kyiv region, with no casualties reported."],
    "strikes", "strikes", 2, "ukraine-downs-nine-drones-2022-11-02", a="Tunde Okafor"),
  ]))

SEEDS.append(dict(id="5509", name="5509_cairnspost-article", ext="html", source="Cairns Post", zone="Australia/Brisbane", render=r_cairns,
  title="Ukraine war: Zelensky walks the streets of freed Kherson as Lavrov flies into Bali",
  lede="Volodymyr Zelensky has made a surprise trip to Kherson days after Russian troops pulled out, as world leaders gather in Indonesia for the G20.",
  intro="Here is what you need to know this morning about the war in Ukraine.",
  byline="Hayley Corbett", dateline_t="2022-11-15 06:20", orig="Zelensky visits Kherson as G20 leaders arrive in Bali: what you need to know",
  notes="News Corp round-up article (HTML) with six h2 sections; one entry per section, stamp null, published = the single dateline 'November 15, 2022 - 6:20AM' (Queensland, AEST = UTC+10, no DST; the JSON-LD datePublished 2022-11-14T20:20:00.000Z agrees). Local date 15 Nov, UTC date 14 Nov. Page byline as author.",
  not_entries=["masthead, subscribe/log-in, menu", "breadcrumb", "h1 title and standfirst", "byline, 'NCA NewsWire', date line", "share/follow", "intro paragraph before the first section", "'Advertisement'", "'Originally published as ...' line", "related stories, comment prompt, footer"],
  entries=[
  E("2022-11-15 06:20", "Zelensky's surprise visit",
    ["Ukraine's president travelled to Kherson on Monday and told soldiers and residents gathered on the main square that the city's recapture showed Russia could be driven out of every occupied region.",
     "He was met by cheering crowds, some wrapped in blue and yellow flags."],
    "other", "frontline", 3, "zelensky-visits-kherson-2022-11-14", a="Hayley Corbett"),
  E("2022-11-15 06:20", "Lavrov arrives for G20",
    ["Russian Foreign Minister Sergei Lavrov landed in Bali late on Sunday to lead Moscow's delegation at the G20 summit in place of Vladimir Putin, who is staying away.",
     "Indonesian officials denied reports that he had been taken to hospital soon after arriving."],
    "diplomacy", "diplomacy", 3, "lavrov-arrives-g20-bali-2022-11-14", a="Hayley Corbett"),
  E("2022-11-15 06:20", "Spy chiefs meet in Ankara",
    ["CIA director William Burns met the head of Russia's foreign intelligence service, Sergei Naryshkin, in the Turkish capital on Monday to warn Moscow against using nuclear weapons, the White House said.",
     "It stressed that Burns was not negotiating any settlement of the war."],
    "diplomacy", "diplomacy", 3, "burns-naryshkin-ankara-meeting-2022-11-14", a="Hayley Corbett"),
  E("2022-11-15 06:20", "UN backs reparations for Ukraine",
    ["The UN General Assembly voted on Monday to recommend setting up a register of damage caused by Russia's invasion, a first step towards making Moscow pay reparations.",
     "The resolution was backed by 94 countries, with 14 against and 73 abstaining."],
    "diplomacy", "diplomacy", 2, "unga-reparations-resolution-2022-11-14", a="Hayley Corbett"),
  E("2022-11-15 06:20", "Albanese to press Xi on Ukraine",
    ["Prime Minister Anthony Albanese says he will raise the war in Ukraine when he meets Chinese President Xi Jinping on the sidelines of the summit, the first formal talks between the two countries' leaders since 2016."],
    "diplomacy", "diplomacy", 2, "albanese-xi-ukraine-2022-11-14", a="Hayley Corbett"),
  E("2022-11-15 06:20", "Kherson still without power and water",
    ["Residents of Kherson are queuing for drinking water and charging their phones at generators after retreating Russian forces wrecked the city's main power infrastructure, local officials said."],
    "other", "humanitarian", 2, "kherson-no-power-water-2022-11-14", a="Hayley Corbett"),
  ]))


# ============================================================ Part B renderers (invented outlets; layouts mine)

def r_harnwell(S):  # text live blog, newest first, "21:40 BST" line before the headline, "Key points" bullets, "Posted by NAME" after the body
    z = S["zone"]; ents = S["entries"]; last = max(dt(e["t"], z) for e in ents)
    L = ["HARNWELL COURIER", "Home | World | UK | Politics | Business | Sport | Weather", "Sign in", "", "LIVE", S["title"], S["dayline"],
         f"Last updated {last:%H:%M} {last.tzname()}", "", "Share: Facebook | Twitter | Email", "", "Key points"]
    L += [f"• {e['h']}" for e in ents if e["kp"]] + [""]
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"]) + ([f"Posted by {e['a']}", ""] if e["a"] else [])
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Load earlier updates", "", "Get the Courier's morning briefing in your inbox. Sign up", "", "© Harnwell Courier Ltd 2022 | Terms | Privacy | Cookies"]
    return "\n".join(L) + "\n", stamps


def r_quoyness(S):  # HTML live blog, OLDEST first, <time datetime=+03:00>HH:MM</time> + author before the h3, LiveBlogPosting JSON-LD with per-update times
    z = S["zone"]; ents = S["entries"]; times = [dt(e["t"], z) for e in ents]
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
            "articleBody": " ".join(e["p"]), "author": {"@type": "Person", "name": e["a"]}} for i, (e, d) in enumerate(zip(ents, times))]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": min(times).isoformat(),
          "dateModified": max(times).isoformat(), "coverageStartTime": min(times).isoformat(), "publisher": {"@type": "Organization", "name": S["source"]},
          "liveBlogUpdate": ups}
    up = max(times)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><div class="brand">{S["source"]}</div><nav><a href="/">Front</a> <a href="/war">War in Ukraine</a> <a href="/europe">Europe</a> <a href="/opinion">Opinion</a> <a href="/donate">Support us</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="updated">Updated {up.day} {MONTHS[up.month - 1]} {up.year}, {up:%H:%M} (Kyiv time)</p>',
           '<p class="order-note">Updates appear in chronological order.</p>']
    stamps = []
    for i, (e, d) in enumerate(zip(ents, times)):
        st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="lb-post" id="post-{i + 1}"><header class="lb-meta"><time datetime="{d.isoformat()}">{st}</time> · <span class="lb-author">{esc(e["a"])}</span></header>')
        out.append(f'<h3>{esc(e["h"])}</h3><div class="lb-body">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + '</div><footer><button>Share</button> <button>Copy link</button></footer></article>')
        if i == 3:
            out.append('<aside class="promo">Independent journalism from Ukraine needs your help. <a href="/donate">Become a supporter</a></aside>')
    out += ['</main><footer>© ' + S["source"] + ' · About · Ethics code · Contacts</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss_world(S):  # RSS 2.0 general world-news feed, pubDate in GMT, plain-text description
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>',
           '<description>Top stories from around the world</description>', '<language>en-gb</language>', f'<lastBuildDate>{S["build"]}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT"); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<description>{esc(' '.join(e['p']))}</description>", f"<link>{S['url']}/world/{60410 + i}</link>",
                f'<guid isPermaLink="true">{S["url"]}/world/{60410 + i}</guid>', f"<pubDate>{st}</pubDate>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_atom(S):  # Atom feed; mode: 'html' (escaped HTML content), 'summary' (text summary only), 'xhtml' (inline div)
    z = S["zone"]; mode = S["mode"]; zfmt = S.get("zfmt", "offset")
    def iso(d):
        return utc_iso(d) if zfmt == "Z" else d.isoformat()
    ents = S["entries"]; upd = max(dt(e["t"], z) for e in ents)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<link href="{S["url"]}" />', f'<link rel="self" href="{S["url"]}/feed.atom" />', f'<id>{S["url"]}/</id>', f'<updated>{iso(upd)}</updated>']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["url"]}/a/{88100 + i}" />', f"<id>tag:{S['url'][8:]},2022:{88100 + i}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        if mode == "html":
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        elif mode == "xhtml":
            out.append('<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "</div></content>")
        else:
            out.append(f'<summary type="text">{esc(" ".join(e["p"]))}</summary>')
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_article(S):  # text article with section headings; one dateline for the whole piece; chrome in English or German
    L = list(S["top"]) + [S["title"], ""]
    L += S["meta"] + [""] + ptxt([S["lede"]])
    stamps = []
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"]); stamps.append(None)
    L += S["bottom"]
    return "\n".join(L) + "\n", stamps


def r_tollcarn(S):  # HTML live blog without JSON-LD, newest first; h2 headline THEN '7.50pm' (UK time, no zone), credit line after body
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Tollcarn Herald</title>',
           f'<meta property="og:title" content="{attr(S["title"])}">', '</head><body>',
           '<div class="masthead"><a href="/">Tollcarn Herald</a> <span class="strap">Independent since 1871</span></div>',
           '<nav><a href="/news">News</a> | <a href="/world">World</a> | <a href="/sport">Sport</a> | <a href="/comment">Comment</a> | <a href="/puzzles">Puzzles</a></nav>',
           f'<main><span class="live-badge">LIVE</span><h1>{esc(S["title"])}</h1><p class="dateline">{esc(S["dayline"])}</p>',
           f'<p class="standfirst">{esc(S["lede"])}</p><div class="posts">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d); stamps.append(st)
        body = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        out.append(f'<article class="post"><h2>{esc(e["h"])}</h2><p class="post-time"><span>{st}</span></p>{body}'
                   + (f'<p class="credit">– Reporting by {esc(e["a"])}</p>' if e["a"] else "") + '</article>')
        if i == 2:
            out.append('<div class="mpu">Advertisement</div>')
    out += ['</div><p class="more"><a href="/live/ukraine-2022-10-29">Read yesterday\'s live coverage</a></p></main>',
            '<footer>Tollcarn Herald © 2022 · Contact · Complaints · Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_pennygate(S):  # text live blog, OLDEST first, date line without year, bare '08:05' line before the headline, '— NAME' after the body; Kyiv time
    z = S["zone"]
    L = ["PENNYGATE REPORT", "News · Ukraine · Europe · Podcasts · Newsletter", "", S["title"], S["dayline"], "Times shown are local to Kyiv.", "", "Follow live", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"]) + ([f"— {e['a']}", ""] if e["a"] else [])
        if i == 3:
            L += ["Pennygate Report is free to read. Chip in to keep it that way.", ""]
    L += ["That's all from us today. Live coverage resumes tomorrow morning.", "", "Pennygate Report · About · Contact · Privacy"]
    return "\n".join(L) + "\n", stamps


def r_rss_agency(S):  # RSS 2.0 agency feed, pubDate +0200, dc:creator, short description plus full content:encoded
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', '<description>Wire copy on the war in Ukraine</description>', f'<lastBuildDate>{S["build"]}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        excerpt = first_sentence(e["p"][0])
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/story/{51200 + i}</link>", f"<dc:creator>{esc(e['a'])}</dc:creator>",
                f"<pubDate>{st}</pubDate>", f'<guid isPermaLink="false">bw-{51200 + i}</guid>', f"<description>{esc(excerpt)}</description>",
                "<content:encoded><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></content:encoded>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_fernbrook(S):  # text live blog, newest first; headline line THEN '9.05pm' line (UK time), 'Reporting: NAME' after the body
    z = S["zone"]
    L = ["Fernbrook Evening News", "News  Sport  What's on  Business  Opinion  Ukraine", "Log in | Register", "", S["title"], S["dayline"], "", S["lede"], "",
         "Share this page", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d); stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"]) + ([f"Reporting: {e['a']}", ""] if e["a"] else [])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["Show older posts", "", "Fernbrook Evening News, part of Wexley Media. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_marrowbay(S):  # HTML live blog, OLDEST first; JSON-LD @graph whose updates all carry the PAGE time (trap); visible <time datetime=+02:00>HH:MM</time>
    z = S["zone"]; ents = S["entries"]; times = [dt(e["t"], z) for e in ents]; pg = max(times)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#u{i + 1}", "headline": S["title"], "datePublished": pg.isoformat(), "dateModified": pg.isoformat(),
            "articleBody": (" ".join(e["p"]))[:300]} for i, e in enumerate(ents)]
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": S["url"], "name": S["title"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"] + "#live", "headline": S["title"], "datePublished": min(times).isoformat(),
         "dateModified": pg.isoformat(), "coverageStartTime": min(times).isoformat(), "liveBlogUpdate": ups,
         "publisher": {"@type": "Organization", "name": "Marrowbay Live"}}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(graph, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="logo" href="/">Marrowbay Live</a><nav><a href="/">Home</a> <a href="/ukraine">Ukraine</a> <a href="/world">World</a> <a href="/newsletters">Newsletters</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1><p class="date">{esc(S["dayline"])}</p><p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, (e, d) in enumerate(zip(ents, times)):
        st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<section class="update" id="u{i + 1}"><div class="meta"><time datetime="{d.isoformat()}">{st}</time> <span class="by">{esc(e["a"])}</span></div>'
                   f'<h2>{esc(e["h"])}</h2>' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + '</section>')
        if i == 4:
            out.append('<div class="newsletter">Get our Ukraine briefing every evening <input type="email"> <button>Sign up</button></div>')
    out += ['</main><footer>© 2022 Marrowbay Live · Privacy · Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ============================================================ Part B data: three multi-source days, invented outlets
S1 = "kryvyi-rih-missile-strike-2022-10-29"
S2 = "sevastopol-drone-attack-2022-10-29"
S3 = "russia-suspends-grain-deal-2022-10-29"
NS = "russia-blames-uk-nord-stream-2022-10-29"
D1 = ("Day 1 (UTC 2022-10-29): main story " + S1 + " told by all five seeds (toll 1 -> 2 -> 4 -> 5 -> 6; spelled Kryvyi Rih / Krivyi Rih / Krivoy Rog / Kryvyy Rih); "
      "also multi-seed: " + S3 + " (5 seeds) and " + S2 + " (3 seeds).")

SEEDS.append(dict(id="5520", name="5520_harnwell-textlive", ext="txt", source="Harnwell Courier", zone="Europe/London", render=r_harnwell,
  title="Ukraine live: Russia quits grain deal after drone raid on Sevastopol; deadly strike on Kryvyi Rih", dayline="Saturday 29 October 2022",
  notes="Invented outlet. Text live blog, NEWEST first; each post is a '21:40 BST' line, the headline, the body and a 'Posted by NAME' line. A 'Key points' bullet list repeats three post headlines (entries 01, 04, 07): key_point true. Entry 03 is a theme piece (explainer with body); entry 05 a video teaser without body. " + D1,
  not_entries=["masthead, menu, 'Sign in'", "'LIVE' badge, title, date line, 'Last updated' line", "share line", "'Key points' block (pointers to posts)", "'Posted by' lines (author)", "'Advertisement'", "'Load earlier updates', newsletter line, footer"],
  entries=[
  E("2022-10-29 21:40", "Kryvyi Rih death toll climbs to six",
    ["Six people are now known to have died after a Russian missile struck a residential area of Kryvyi Rih on Saturday morning, said Oleksandr Vilkul, who heads the city's military administration.",
     "More than 20 people were injured, three of them children, and rescuers have finished searching the rubble."],
    "strikes", "strikes", 3, S1, a="Nia Trevelyan", kp=True),
  E("2022-10-29 20:15", "Blinken accuses Moscow of using food as a weapon",
    ["US Secretary of State Antony Blinken said Russia's decision to pull out of the grain arrangement amounted to using hunger as a weapon and would hurt poorer countries most.",
     "He urged Moscow to reverse course."],
    "diplomacy", "diplomacy", 3, S3, a="Callum Ashby", n="Reaction whose content is the suspension itself -> same story."),
  E("2022-10-29 18:05", "Explained: what happens to the ships already at sea",
    ["Around a dozen cargo ships loaded under the deal are still in Turkish waters or on their way out of Ukrainian ports, and their fate now depends on whether insurers keep covering them.",
     "The joint coordination centre in Istanbul, where Russian, Ukrainian, Turkish and UN officials inspect vessels, has no procedure for a partner that simply stops taking part."],
    "diplomacy", "diplomacy", 2, "explainer-grain-ships-at-sea-2022-10-29", a="Callum Ashby",
    n="Theme piece (explainer with body): own story, importance 2; must not merge with the suspension itself."),
  E("2022-10-29 15:30", "Russia suspends its part in Black Sea grain deal",
    ["Russia's defence ministry said it was suspending its participation in the UN-brokered agreement that lets Ukraine ship grain from its southern ports, citing the drone attack on its fleet in Sevastopol.",
     "Ukraine's foreign minister called the move a false pretext prepared well in advance."],
    "diplomacy", "diplomacy", 3, S3, a="Nia Trevelyan", kp=True),
  E("2022-10-29 12:20", "Watch: rescuers dig through rubble in Kryvyi Rih", [], "strikes", "strikes", 1, S1, a="Callum Ashby",
    n="Video teaser without body -> importance 1, under the story it shows."),
  E("2022-10-29 10:45", "Missile hits block of flats in Kryvyi Rih, two dead",
    ["A Russian missile hit a five-storey block of flats in Kryvyi Rih shortly after 9am local time, killing two people, according to the city authorities.",
     "Ambulances took at least ten wounded to hospital."],
    "strikes", "strikes", 3, S1, a="Nia Trevelyan"),
  E("2022-10-29 08:10", "Drones attack Russian fleet in Sevastopol bay",
    ["Russia's Black Sea Fleet came under attack from aerial and sea drones in the bay of Sevastopol before dawn, the city's Russian-installed governor said.",
     "He said the attack had been repelled and that no buildings in the city were hit."],
    "strikes", "strikes", 3, S2, a="Callum Ashby", kp=True),
  ]))

SEEDS.append(dict(id="5521", name="5521_quoyness-htmllive", ext="html", source="Quoyness Live", zone="Europe/Kyiv", render=r_quoyness,
  title="Russia's war in Ukraine, day 248: live updates", url="https://quoyness.example/live/2022-10-29",
  notes="Invented outlet. HTML live blog, OLDEST first (the page says so); each post has <time datetime=+03:00>HH:MM</time> and the author before an h3 headline; LiveBlogPosting JSON-LD with per-update datePublished (+03:00, agrees). Kyiv EEST = UTC+3. Spelled 'Krivyi Rih'. Entry 01 (overnight shelling of Zelenodolsk, in the Kryvyi Rih district) must NOT merge with the city missile strike. Entry 04 (Nord Stream accusation) must NOT merge with the Sevastopol raid. Entry 07 repeats entry 05 nearly verbatim (duplicate_of 5521-05). " + D1,
  not_entries=["header/menu", "h1 title, 'Updated ... (Kyiv time)' line, order note", "author spans (author)", "Share / Copy link buttons", "supporter promo", "footer"],
  entries=[
  E("2022-10-29 07:05", "Overnight shelling damages homes near Zelenodolsk",
    ["Russian artillery hit the Zelenodolsk community in the Kryvyi Rih district overnight, damaging about a dozen houses and a power line, local officials said.",
     "No casualties were reported."],
    "strikes", "strikes", 2, "zelenodolsk-shelling-2022-10-29", a="Lesia Voitenko",
    n="Different attack (overnight artillery on a rural community) from the missile strike on the city: must not merge."),
  E("2022-10-29 09:40", "Krivyi Rih: missile strikes residential district",
    ["Emergency crews are at the scene after a Russian missile slammed into a residential neighbourhood of Krivyi Rih.",
     "First reports speak of at least one person killed."],
    "strikes", "strikes", 3, S1, a="Marko Dzyuba"),
  E("2022-10-29 11:15", "Russia says it fought off drone raid on Sevastopol",
    ["Russia's defence ministry said its ships in Sevastopol had repelled an attack by nine aerial drones and seven sea drones early on Saturday, with a minesweeper slightly damaged.",
     "Moscow blamed Ukraine for the raid."],
    "strikes", "strikes", 3, S2, a="Marko Dzyuba"),
  E("2022-10-29 13:50", "Moscow blames British 'specialists' for Nord Stream explosions",
    ["Russia's defence ministry claimed that members of a British navy unit took part in planning and carrying out the September blasts that damaged the Nord Stream gas pipelines in the Baltic Sea.",
     "London has previously rejected such claims as invented."],
    "diplomacy", "diplomacy", 2, NS, a="Lesia Voitenko", n="Accusation statement (diplomacy); not the Sevastopol attack: must not merge."),
  E("2022-10-29 16:45", "Grain corridor: Russia halts participation",
    ["Moscow has suspended its participation in the Black Sea grain initiative for an indefinite period, the Russian defence ministry announced, blaming the attack on its ships.",
     "Kyiv says the decision puts the food supply of millions at risk."],
    "diplomacy", "diplomacy", 3, S3, a="Marko Dzyuba"),
  E("2022-10-29 18:30", "Krivyi Rih toll rises to four",
    ["Four people, among them a teenager, are now confirmed dead after the morning strike, Oleksandr Vilkul said on Telegram.",
     "Eleven wounded remain in hospital."],
    "strikes", "strikes", 3, S1, a="Lesia Voitenko"),
  E("2022-10-29 21:10", "Grain corridor: Russia halts its participation",
    ["Moscow has suspended its participation in the Black Sea grain initiative for an indefinite period, the Russian defence ministry announced, blaming the attack on its ships.",
     "Kyiv says the decision puts the food supply of millions of people at risk."],
    "diplomacy", "diplomacy", 1, S3, a="Marko Dzyuba", dup="5521-05", n="Near-verbatim repeat of 5521-05 -> importance 1."),
  ]))

SEEDS.append(dict(id="5522", name="5522_tanglemoor-worldrss", ext="xml", source="Tanglemoor World Service", zone="UTC", render=r_rss_world,
  title="Tanglemoor World Service - World", url="https://tanglemoor.example", build="Sat, 29 Oct 2022 22:00:00 GMT",
  notes="Invented outlet. General world-news RSS 2.0, newest first, pubDate in GMT, plain-text descriptions, no authors. Four of six items are off-beat (Seoul crush, Mogadishu bombs, Brazil run-off, Twitter). Spelled 'Krivoy Rog'. " + D1,
  not_entries=["channel title/link/description/language/lastBuildDate", "<link> and <guid> of each item"],
  entries=[
  OFF("2022-10-29 21:55", "Scores killed in Halloween crush in Seoul",
      ["At least 120 people died when a crowd surged through a narrow alley in Seoul's Itaewon nightlife district during Halloween celebrations, South Korean officials said."],
      "seoul-itaewon-crush-2022-10-29", n="South Korea."),
  OFF("2022-10-29 18:20", "Car bombs kill dozens in Mogadishu",
      ["Two car bombs exploded minutes apart near the education ministry in the Somali capital, killing dozens of people, police said."],
      "mogadishu-car-bombs-2022-10-29", n="Somalia."),
  E("2022-10-29 15:10", "Russia suspends role in Black Sea grain deal",
    ["Moscow said it was pulling out of the arrangement that has let more than nine million tonnes of Ukrainian grain leave by sea since the summer, after accusing Kyiv of a drone attack on its fleet in Crimea."],
    "diplomacy", "diplomacy", 3, S3),
  OFF("2022-10-29 12:30", "Brazil braces for tight presidential run-off",
      ["Brazilians vote on Sunday in a presidential run-off between Luiz Inácio Lula da Silva and the incumbent Jair Bolsonaro, with final polls showing the two separated by a few points."],
      "brazil-runoff-eve-2022-10-29", n="Brazil."),
  E("2022-10-29 10:05", "Missile strike kills two in Krivoy Rog",
    ["A missile struck a residential area of the central Ukrainian city of Krivoy Rog on Saturday, killing at least two people, local authorities said."],
    "strikes", "strikes", 3, S1),
  OFF("2022-10-29 07:45", "Musk says Twitter will form content moderation council",
      ["Elon Musk said Twitter would set up a council with widely diverse viewpoints to decide on content rules, a day after completing his purchase of the company."],
      "musk-twitter-moderation-council-2022-10-29", n="tech business."),
  ]))

SEEDS.append(dict(id="5523", name="5523_stromvik-atom", ext="xml", source="Stromvik Agency", zone="Europe/Stockholm", render=r_atom, mode="html",
  title="Stromvik Agency — Ukraine", url="https://stromvik.example",
  notes="Invented outlet. Atom feed, newest first, <published> with +02:00 (Swedish CEST), <author><name>, content type=\"html\" (escaped <p> markup). Spelled 'Kryvyy Rih'. " + D1,
  not_entries=["feed title/link/id/updated", "each entry's <id>, <updated>, <link>"],
  entries=[
  E("2022-10-29 22:20", "Zelensky says Moscow planned grain move in advance",
    ["President Volodymyr Zelensky said in his evening address that Russia had been preparing to leave the grain agreement for weeks and had slowed inspections of ships long before Saturday's announcement.",
     "He called for a firm international response."],
    "diplomacy", "diplomacy", 3, S3, a="Elin Sandqvist", n="Reaction about the suspension itself -> same story."),
  E("2022-10-29 19:05", "Kryvyy Rih: four dead, 17 injured after missile strike",
    ["The number of people killed by Saturday's missile strike on Kryvyy Rih has risen to four, with 17 injured, Ukrainian officials said."],
    "strikes", "strikes", 3, S1, a="Jonas Lindahl"),
  E("2022-10-29 16:30", "Nordic ministers pledge winter kit for Ukrainian soldiers",
    ["Defence ministers from the Nordic countries agreed to send winter uniforms, sleeping bags and tents to Ukraine's armed forces before the cold sets in, the Swedish government said.",
     "The value of the package was not disclosed."],
    "aid", "aid", 2, "nordic-winter-kit-pledge-2022-10-29", a="Elin Sandqvist"),
  E("2022-10-29 13:10", "Sevastopol bay attacked by drones, Russia says",
    ["Drones struck ships of the Russian Black Sea Fleet anchored in Sevastopol bay on Saturday morning, according to Moscow, which said most of them were destroyed."],
    "strikes", "strikes", 3, S2, a="Jonas Lindahl"),
  E("2022-10-29 09:40", "Putin told partial mobilisation is complete",
    ["Russia's defence minister Sergei Shoigu reported to President Vladimir Putin that the call-up of 300,000 reservists had been completed, the Kremlin said late on Friday."],
    "other", "politics", 2, "russia-mobilisation-complete-2022-10-28", a="Jonas Lindahl"),
  ]))

SEEDS.append(dict(id="5524", name="5524_ravelston-article", ext="txt", source="Ravelston Journal", zone="Europe/London", render=r_article,
  title="Grain, drones and a deadly morning: Ukraine's Saturday",
  top=["Ravelston Journal", "Home › World › Europe", ""], meta=["By Fraser Lindores", "29 October 2022, 18:45"],
  lede="Moscow's exit from the grain deal overshadowed a day of strikes and counter-strikes.",
  bottom=["Share this article", "", "More on this story: Inside the Istanbul room that checks every grain ship", "", "© Ravelston Journal 2022. All rights reserved."],
  notes="Invented outlet. Text article with three section headings; one entry per section, stamp null, published = the dateline '29 October 2022, 18:45' (no zone printed; Scottish paper -> UK time, BST = UTC+1); page byline as author. Section 3 is a theme piece (analysis with body). " + D1,
  not_entries=["outlet name and breadcrumb", "title line", "byline and dateline lines", "lede paragraph", "'Share this article'", "'More on this story: ...' link", "copyright line"],
  entries=[
  E("2022-10-29 18:45", "A deadly morning in Kryvyi Rih",
    ["Five people died and at least 18 were hurt when a Russian missile hit a residential street in Kryvyi Rih, President Volodymyr Zelensky's home city, officials said by late afternoon.",
     "The blast shattered windows across several blocks."],
    "strikes", "strikes", 3, S1, a="Fraser Lindores"),
  E("2022-10-29 18:45", "Moscow walks away from the grain deal",
    ["Russia announced that it was suspending its role in the Black Sea grain arrangement brokered by the United Nations and Turkey in July, saying it could no longer guarantee the safety of civilian ships.",
     "Moscow linked the step to the drone attack on its fleet at Sevastopol earlier in the day."],
    "diplomacy", "diplomacy", 3, S3, a="Fraser Lindores"),
  E("2022-10-29 18:45", "Why the corridor matters",
    ["The corridor has become a lifeline for importers in Africa and the Middle East, who rely on Ukrainian wheat, maize and sunflower oil.",
     "Its suspension is likely to push up prices on world markets just as the northern winter begins, analysts say."],
    "diplomacy", "diplomacy", 2, "analysis-why-grain-corridor-matters-2022-10-29", a="Fraser Lindores",
    n="Theme piece (analysis section with body): own story, importance 2; must not merge with the suspension or with 5520-03."),
  ]))

SZ = "zaporizhzhia-missile-strike-2022-10-30"
SD = "dnipropetrovsk-energy-drone-strike-2022-10-30"
D2 = ("Day 2 (UTC 2022-10-30, the night European clocks went back): main story " + SZ + " told by all four seeds (toll 1 -> 2 -> 3; spelled Zaporizhia / Zaporizhzhia / Zaporozhye / Zaporizhzhya); "
      "the day-1 story " + S3 + " continues with a new development (the UN/Turkey/Ukraine sailing plan, 4 seeds); also multi-seed: " + SD + " (2 seeds).")

SEEDS.append(dict(id="5530", name="5530_tollcarn-htmllive", ext="html", source="Tollcarn Herald", zone="Europe/London", render=r_tollcarn,
  title="Russia-Ukraine war live: Zaporizhia hit by missiles; UN says grain ships will keep moving", dayline="Sunday 30 October 2022",
  lede="Missiles struck the south-eastern city at dawn, while Kyiv, Ankara and the UN worked on keeping the Black Sea corridor open without Moscow.",
  notes="Invented outlet. HTML live blog without JSON-LD, newest first; each post is an h2 headline FOLLOWED by a '7.50pm' time (UK local time, no zone printed). British clocks went back at 02:00 BST that morning, so every post is GMT = UTC (the previous day's UK pages were UTC+1). Spelled 'Zaporizhia'. Entry 03 is a photo teaser without body; entry 06 a theme piece (analysis). Entry 01 continues the day-1 grain story. " + D2,
  not_entries=["masthead, strap, menu", "LIVE badge, h1 title, date line, standfirst", "'– Reporting by' credit lines (author)", "'Advertisement'", "link to yesterday's live coverage", "footer"],
  entries=[
  E("2022-10-30 19:50", "UN: 16 ships to sail on Monday despite Russian pull-out",
    ["The United Nations said Ukraine and Turkey had agreed a plan for 16 vessels to move through the grain corridor on Monday, even though Russia has suspended its participation.",
     "Russia's delegation in Istanbul had been told of the plan, the UN said."],
    "diplomacy", "diplomacy", 3, S3, a="Imogen Saltash", n="Continuation of the day-1 story with a new development: keeps the day-1 slug."),
  E("2022-10-30 17:05", "Zaporizhia toll rises to three",
    ["A third person has died after the morning missile strike on Zaporizhia, the regional governor said.", "Nine people remain in hospital."],
    "strikes", "strikes", 3, SZ, a="Piers Quantrill"),
  E("2022-10-30 14:30", "Pictured: the wrecked tram depot in Zaporizhia", [], "strikes", "strikes", 1, SZ, n="Photo teaser without body -> importance 1."),
  E("2022-10-30 12:10", "Drone hits energy facility in Dnipropetrovsk region",
    ["A Russian drone struck an energy facility in the Dnipropetrovsk region, causing power cuts in several villages, the regional council said.",
     "Repairs were expected to take two days."],
    "strikes", "strikes", 3, SD, a="Imogen Saltash", n="Different attack from the Zaporizhzhia missiles: must not merge. Carried by two seeds -> 3."),
  E("2022-10-30 10:25", "Missiles strike Zaporizhia at dawn, one killed",
    ["Russian missiles hit an industrial district and nearby homes in the south-eastern city of Zaporizhia early on Sunday, killing one man, Ukrainian officials said."],
    "strikes", "strikes", 3, SZ, a="Piers Quantrill"),
  E("2022-10-30 08:40", "Analysis: can the grain corridor run without Moscow?",
    ["Ukraine, Turkey and the UN can keep inspecting ships without Russia, but shipowners and insurers may hesitate if Moscow says it can no longer vouch for their safety.",
     "Much will depend on whether the Russian navy chooses to interfere with vessels at sea."],
    "diplomacy", "diplomacy", 2, "analysis-grain-corridor-without-moscow-2022-10-30", a="Imogen Saltash",
    n="Theme piece (analysis with body): own story, importance 2; must not merge with the grain story itself."),
  ]))

SEEDS.append(dict(id="5531", name="5531_pennygate-textlive", ext="txt", source="Pennygate Report", zone="Europe/Kyiv", render=r_pennygate,
  title="Live: Zaporizhzhia struck at dawn as grain ships wait", dayline="Sunday, 30 October", parse_args=["--date", "2022-10-30"],
  notes="Invented outlet. Text live blog, OLDEST first; the date line 'Sunday, 30 October' has NO YEAR and no year is printed anywhere (parse_args --date 2022-10-30); 'Times shown are local to Kyiv' -> EET = UTC+2 (Ukraine left summer time at 04:00 that morning). Each post: a bare '08:05' line BEFORE the headline, body, '— NAME'. Entry 02 (power line to the nuclear plant) must NOT merge with the city strike. Entry 06 repeats entry 05 nearly verbatim (duplicate_of 5531-05). Entry 07 (drones downed over the south in the evening) must NOT merge with the Dnipropetrovsk energy strike. " + D2,
  not_entries=["masthead and menu", "title and date lines", "'Times shown are local to Kyiv.'", "'Follow live'", "'— NAME' lines (author)", "donation plug", "sign-off line and footer"],
  entries=[
  E("2022-10-30 08:05", "Zaporizhzhia hit by missiles at dawn",
    ["Russian missiles struck an industrial area and a residential street in Zaporizhzhia shortly after 6am, the regional governor said.",
     "One man was killed and a tram depot was badly damaged."],
    "strikes", "strikes", 3, SZ, a="Halyna Ostapchuk"),
  E("2022-10-30 09:30", "Backup power line to Zaporizhzhia nuclear plant restored, IAEA says",
    ["Engineers have reconnected a backup power line to the Russian-held Zaporizhzhia nuclear power plant, the International Atomic Energy Agency said, easing fears of a loss of cooling.",
     "The plant's six reactors remain shut down."],
    "other", "security", 2, "znpp-backup-line-restored-2022-10-30", a="Taras Melnyk", n="Same place name as the city strike, different event: must not merge."),
  E("2022-10-30 11:45", "Occupation officials widen Kherson evacuation",
    ["Russian-installed authorities in the Kherson region told residents of several more villages on the east bank of the Dnipro to leave their homes, saying fighting was expected to spread.",
     "Ukraine says the evacuations amount to forced deportation."],
    "other", "humanitarian", 2, "kherson-evacuation-widened-2022-10-30", a="Taras Melnyk"),
  E("2022-10-30 14:10", "Second person dies after Zaporizhzhia strike",
    ["A woman wounded in the morning attack on Zaporizhzhia has died in hospital, bringing the number of dead to two, the city council said."],
    "strikes", "strikes", 3, SZ, a="Halyna Ostapchuk"),
  E("2022-10-30 16:40", "Kyiv, Ankara and UN agree convoy plan for grain ships",
    ["Ukraine's infrastructure ministry said it had agreed with Turkey and the United Nations on a schedule for ships to keep using the grain corridor, despite Russia's withdrawal from the deal.",
     "The first vessels are due to leave Odesa-area ports on Monday."],
    "diplomacy", "diplomacy", 3, S3, a="Taras Melnyk", n="Continuation of the day-1 story (new development)."),
  E("2022-10-30 18:55", "Kyiv, Ankara and UN agree convoy plan for grain ships",
    ["Ukraine's infrastructure ministry said it had agreed with Turkey and the United Nations on a schedule for ships to keep using the grain corridor despite Russia's withdrawal from the deal.",
     "The first vessels are due to leave ports near Odesa on Monday."],
    "diplomacy", "diplomacy", 1, S3, a="Taras Melnyk", dup="5531-05", n="Near-verbatim repeat of 5531-05 -> importance 1."),
  E("2022-10-30 20:30", "Air force: 11 drones downed over south on Sunday evening",
    ["Ukraine's air force said it shot down 11 Iranian-made drones over the Odesa and Kherson regions on Sunday evening.",
     "Debris fell on farmland but caused no injuries."],
    "strikes", "strikes", 2, "ukraine-downs-11-drones-south-2022-10-30", a="Halyna Ostapchuk", n="Different wave and regions from the Dnipropetrovsk energy strike: must not merge."),
  ]))

SEEDS.append(dict(id="5532", name="5532_westmarch-worldatom", ext="xml", source="Westmarch World Desk", zone="UTC", render=r_atom, mode="summary", zfmt="Z",
  title="Westmarch World Desk", url="https://westmarch.example",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z, text <summary> only, no authors. Four of six entries off-beat (Brazil result, Seoul crush toll, Mogadishu, Pakistan march; the Seoul and Mogadishu items continue day-1 off-beat stories and keep their slugs). Spelled 'Zaporozhye'. " + D2,
  not_entries=["feed title/link/id/updated", "each entry's <id>, <updated>, <link>"],
  entries=[
  OFF("2022-10-30 23:10", "Lula narrowly defeats Bolsonaro in Brazil run-off",
      ["Luiz Inácio Lula da Silva won Brazil's presidential election with just over half of the valid votes, completing a comeback twelve years after he left office."],
      "brazil-election-lula-wins-2022-10-30", n="Brazil."),
  OFF("2022-10-30 19:25", "Seoul crush death toll passes 150",
      ["The number of people killed in Saturday night's crowd crush in Seoul's Itaewon district rose above 150, most of them in their twenties, officials said, as the country began a week of mourning."],
      "seoul-itaewon-crush-2022-10-29", n="South Korea (continues a day-1 off-beat story)."),
  E("2022-10-30 18:30", "UN says 16 grain ships will sail despite Russian suspension",
    ["Sixteen ships are due to move through the Black Sea grain corridor on Monday under a plan agreed by Ukraine, Turkey and the United Nations, a UN coordinator said."],
    "diplomacy", "diplomacy", 3, S3, n="Continuation of the day-1 story (new development)."),
  E("2022-10-30 16:40", "Zaporozhye strike toll rises to three",
    ["Three people have been killed by a Russian missile strike on the Ukrainian city of Zaporozhye, regional officials said."],
    "strikes", "strikes", 3, SZ),
  OFF("2022-10-30 13:00", "Somalia mourns after Mogadishu bombings",
      ["Somalia's president said at least 100 people were killed in Saturday's twin car bombings in Mogadishu and vowed to pursue the militants responsible."],
      "mogadishu-car-bombs-2022-10-29", n="Somalia (continues a day-1 off-beat story)."),
  OFF("2022-10-30 09:50", "Imran Khan's protest march heads for Islamabad",
      ["Former Pakistani prime minister Imran Khan resumed his convoy towards the capital, demanding early elections."],
      "imran-khan-long-march-2022-10-30", n="Pakistan."),
  ]))

SEEDS.append(dict(id="5533", name="5533_brockwater-rss", ext="xml", source="Brockwater Wire", zone="Europe/Kyiv", render=r_rss_agency,
  title="Brockwater Wire: Ukraine", url="https://brockwater.example", build="Sun, 30 Oct 2022 22:50:00 +0200",
  notes="Invented outlet. Agency RSS 2.0, newest first, pubDate +0200 (Kyiv EET after the clock change), dc:creator, a one-sentence <description> excerpt plus full content:encoded. Spelled 'Zaporizhzhya'. Item 04 re-posts the day-1 entry 5521-04 (Nord Stream accusation) nearly verbatim with a new pubDate: a re-post of day-1 news, importance 1. " + D2,
  not_entries=["channel title/link/description/lastBuildDate", "<link> and <guid> of each item", "<description> excerpts (repeat the first sentence of content:encoded)"],
  entries=[
  E("2022-10-30 22:45", "Ukraine, UN and Turkey agree movement plan for grain ships",
    ["Ukraine, the United Nations and Turkey have agreed a movement plan for 16 vessels in the Black Sea grain corridor for Monday, the UN's coordinator for the initiative said.",
     "Twelve of the ships are outbound and four inbound."],
    "diplomacy", "diplomacy", 3, S3, a="Olena Varga", n="Continuation of the day-1 story (new development)."),
  E("2022-10-30 19:20", "Zaporizhzhya: three dead after strike on industrial area",
    ["The death toll from Sunday morning's Russian missile strike on an industrial area of Zaporizhzhya has risen to three, the regional military administration said."],
    "strikes", "strikes", 3, SZ, a="Piet Hallam"),
  E("2022-10-30 15:05", "Lithuania to hand over more armoured personnel carriers",
    ["Lithuania will send a further batch of M113 armoured personnel carriers to Ukraine before the end of the year, its defence minister said, without giving a number."],
    "aid", "aid", 2, "lithuania-m113-pledge-2022-10-30", a="Piet Hallam"),
  E("2022-10-30 11:40", "Moscow blames British 'specialists' for Nord Stream explosions",
    ["Russia's defence ministry claimed that members of a British navy unit took part in planning and carrying out the September blasts that damaged the Nord Stream gas pipelines in the Baltic Sea.",
     "London has previously rejected such claims as invented."],
    "diplomacy", "diplomacy", 1, NS, a="Olena Varga", n="Re-post of day-1 entry 5521-04 (near-verbatim, new pubDate) -> importance 1; keeps the day-1 slug."),
  E("2022-10-30 08:15", "Energy site in Dnipropetrovsk region hit by drone overnight",
    ["An energy facility in the Dnipropetrovsk region was damaged by a Russian drone overnight, leaving several villages without electricity, local officials said."],
    "strikes", "strikes", 3, SD, a="Olena Varga"),
  ]))

T1 = "sunak-kyiv-visit-2022-11-19"
T2 = "kupiansk-shelling-2022-11-19"
D3 = ("Day 3 (UTC 2022-11-19): main story " + T1 + " told by all four seeds (Kyiv / Kiev; primary topic follows each headline: diplomacy or aid); "
      "also multi-seed: " + T2 + " (3 seeds; toll 1 -> 2 -> 3; spelled Kupiansk / Kupyansk / Kupjansk).")

SEEDS.append(dict(id="5540", name="5540_ashwick-worldatom", ext="xml", source="Ashwick Globe", zone="UTC", render=r_atom, mode="xhtml", zfmt="Z",
  title="Ashwick Globe — World", url="https://ashwick.example",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z, content type=\"xhtml\", no authors. Four of six entries off-beat (Malaysia election, COP27, Infantino, Buffalo snow). Entry 02 (Zelensky on a short truce) must NOT merge with Sunak's visit. " + D3,
  not_entries=["feed title/link/id/updated", "each entry's <id>, <updated>, <link>"],
  entries=[
  OFF("2022-11-19 22:40", "Malaysia heads for hung parliament",
      ["No party or coalition won a majority in Malaysia's general election, early results showed, setting up talks between Anwar Ibrahim and Muhyiddin Yassin over who will form a government."],
      "malaysia-election-hung-parliament-2022-11-19", n="Malaysia."),
  E("2022-11-19 19:15", "Zelensky: Russia wants a pause, not peace",
    ["President Volodymyr Zelensky told an international security forum by video that any short truce now would only let Russia regroup, and that Ukraine would not accept a frozen conflict."],
    "diplomacy", "diplomacy", 2, "zelensky-rejects-short-truce-2022-11-19", n="Same day and same leader as the Sunak meeting, different event: must not merge."),
  E("2022-11-19 16:30", "Sunak makes first visit to Kyiv as prime minister",
    ["Britain's Prime Minister Rishi Sunak met President Volodymyr Zelensky in Kyiv and promised a £50 million package of air defence equipment, including anti-aircraft guns and radar to counter Iranian-made drones."],
    "diplomacy", "diplomacy", 3, T1, sec=["aid"]),
  OFF("2022-11-19 13:05", "Climate talks in Egypt run into overtime",
      ["Negotiators at the UN climate summit in Sharm el-Sheikh worked through Saturday to try to settle a dispute over a fund for loss and damage suffered by vulnerable countries."],
      "cop27-overtime-2022-11-19", n="climate summit."),
  OFF("2022-11-19 10:20", "Infantino rounds on World Cup critics",
      ["FIFA president Gianni Infantino accused Western critics of Qatar of hypocrisy in a combative news conference on the eve of the tournament's opening match."],
      "infantino-news-conference-2022-11-19", n="football."),
  OFF("2022-11-19 07:50", "Lake-effect storm buries Buffalo area in snow",
      ["Parts of western New York were buried under more than five feet of snow after a lake-effect storm stalled over the region."],
      "buffalo-lake-effect-snow-2022-11-19", n="US weather."),
  ]))

SEEDS.append(dict(id="5541", name="5541_fernbrook-textlive", ext="txt", source="Fernbrook Evening News", zone="Europe/London", render=r_fernbrook,
  title="Ukraine war latest: Sunak in Kyiv with air defence pledge; shelling in Kupiansk", dayline="Saturday 19 November 2022",
  lede="Rishi Sunak has made his first visit to Ukraine as prime minister. Follow the day's developments below.",
  notes="Invented outlet. Text live blog, newest first; each post is the headline line FOLLOWED by a '9.05pm' line (UK time, GMT = UTC in November, no zone printed), the body and 'Reporting: NAME'. Entry 02 is the day's theme piece (explainer with body); entry 04 a video teaser without body. Entry 06 (grid warning) stands alone. " + D3,
  not_entries=["masthead, menu, log-in", "title, date line, standfirst", "'Share this page'", "'Reporting:' lines (author)", "'ADVERTISEMENT'", "'Show older posts' and footer"],
  entries=[
  E("2022-11-19 21:05", "Kupiansk toll rises to three",
    ["A third resident has died of wounds suffered in Saturday's shelling of Kupiansk, the Kharkiv regional administration said.",
     "Russian forces east of the Oskil river have shelled the town almost daily since it was retaken in September."],
    "strikes", "strikes", 3, T2, a="Harriet Penrose"),
  E("2022-11-19 18:40", "Explained: why Britain is sending anti-aircraft guns",
    ["Cheap, quick-firing guns have made a comeback because they can bring down slow drones without using up missiles that cost many times more.",
     "Ukraine has also used German-made Gepard vehicles to protect cities and power stations from the Shahed drones Russia has been launching since September."],
    "aid", "aid", 2, "explainer-anti-aircraft-guns-2022-11-19", a="Idris Lowe", sec=["strikes"],
    n="Theme piece (explainer with body): own story, importance 2; must not merge with the visit/package."),
  E("2022-11-19 16:55", "Sunak pledges £50m air defence package on Kyiv visit",
    ["Rishi Sunak has promised Ukraine £50m of air defence equipment, including 125 anti-aircraft guns and radar to counter drones, on his first visit to Kyiv as prime minister.",
     "He laid flowers at a memorial to fallen soldiers and met President Volodymyr Zelensky."],
    "aid", "aid", 3, T1, a="Harriet Penrose", sec=["diplomacy"], n="Headline leads with the pledge -> aid primary; same story as the visit."),
  E("2022-11-19 14:20", "Watch: Sunak and Zelensky walk through central Kyiv", [], "diplomacy", "diplomacy", 1, T1, a="Idris Lowe",
    n="Video teaser without body -> importance 1."),
  E("2022-11-19 12:10", "Russian shelling kills one in Kupiansk",
    ["One person was killed and two wounded when Russian shells hit the centre of Kupiansk, in the Kharkiv region, on Saturday morning, local officials said."],
    "strikes", "strikes", 3, T2, a="Harriet Penrose"),
  E("2022-11-19 10:30", "Grid operator warns of longer power cuts",
    ["Ukraine's national grid operator Ukrenergo said scheduled blackouts could last longer than planned in several regions, as repair crews struggle to keep up with damage from repeated Russian strikes on the power system."],
    "strikes", "strikes", 2, "ukrenergo-longer-outages-2022-11-19", a="Idris Lowe", sec=["other"]),
  E("2022-11-19 08:15", "Kherson queues for water and bread a week after liberation",
    ["Long queues formed in Kherson for drinking water and bread handed out by volunteers, a week after Russian troops left the city, which still has no mains power.",
     "Officials said a humanitarian hub would open in the central square."],
    "other", "humanitarian", 2, "kherson-water-bread-queues-2022-11-19", a="Harriet Penrose", n="Kherson humanitarian situation; not the shelling of Kherson (5542-01)."),
  ]))

SEEDS.append(dict(id="5542", name="5542_marrowbay-htmllive", ext="html", source="Marrowbay Live", zone="Europe/Kyiv", render=r_marrowbay,
  title="Ukraine, Saturday 19 November: Sunak in Kiev; deadly shelling in Kupyansk and Kherson", dayline="Saturday 19 November 2022",
  lede="Our correspondents follow the day's events. Times are Kyiv time.", url="https://marrowbay.example/live/ukraine-2022-11-19",
  notes="Invented outlet. HTML live blog, OLDEST first; visible <time datetime=\"...+02:00\">HH:MM</time> per update (Kyiv EET). TRAP: the JSON-LD @graph node has @type ['NewsArticle','LiveBlogPosting'] and a liveBlogUpdate list whose datePublished and headline are the PAGE's values (21:05 and the page title) for every update; per-entry times and headlines come only from the HTML. Spellings 'Kiev', 'Kupyansk'. Entry 01 (shelling of Kherson) must NOT merge with the Kupiansk shelling. Entry 06 repeats entry 04 nearly verbatim (duplicate_of 5542-04). " + D3,
  not_entries=["header and menu", "h1 title, date line and intro", "author spans (author)", "newsletter box", "footer"],
  entries=[
  E("2022-11-19 09:10", "Kherson shelled from across the river, one dead",
    ["Russian artillery on the east bank of the Dnipro shelled residential streets in Kherson overnight, killing one person and damaging a school, the regional administration said."],
    "strikes", "strikes", 3, "kherson-city-shelling-2022-11-19", a="Ruslana Koval", n="Deadly shelling in another city: must not merge with Kupiansk."),
  E("2022-11-19 11:35", "Kupyansk: one killed as shells hit town centre",
    ["Shells landed in the centre of Kupyansk on Saturday morning, killing one person, according to the Kharkiv region's governor."],
    "strikes", "strikes", 3, T2, a="Ruslana Koval"),
  E("2022-11-19 13:50", "Moscow says attacks near Svatove repelled",
    ["Russia's defence ministry said its forces had beaten back Ukrainian attacks towards Svatove in the Luhansk region.", "The claim could not be independently verified."],
    "other", "frontline", 2, "russia-claims-svatove-attacks-repelled-2022-11-19", a="Ben Attwater"),
  E("2022-11-19 16:20", "Sunak in Kiev: British PM meets Zelensky, pledges air defence",
    ["British Prime Minister Rishi Sunak arrived in Kiev on an unannounced visit and met President Volodymyr Zelensky, pledging air defence equipment worth £50m.",
     "It was Sunak's first trip to Ukraine since taking office last month."],
    "diplomacy", "diplomacy", 3, T1, a="Ben Attwater", sec=["aid"]),
  E("2022-11-19 17:45", "Kupyansk toll rises to two",
    ["A second person has died after the morning shelling of Kupyansk, regional officials said."],
    "strikes", "strikes", 3, T2, a="Ruslana Koval"),
  E("2022-11-19 19:30", "Sunak in Kiev: British PM meets Zelensky and pledges air defence",
    ["British Prime Minister Rishi Sunak arrived in Kiev on an unannounced visit and met President Volodymyr Zelensky, pledging air defence equipment worth £50m.",
     "It was his first trip to Ukraine since taking office last month."],
    "diplomacy", "diplomacy", 1, T1, a="Ben Attwater", sec=["aid"], dup="5542-04", n="Near-verbatim repeat of 5542-04 -> importance 1."),
  E("2022-11-19 21:05", "Poland lets Ukrainian experts visit Przewodow blast site",
    ["Polish prosecutors allowed Ukrainian investigators to visit the village of Przewodow, where a stray missile killed two farm workers on Tuesday, Poland's president said."],
    "strikes", "strikes", 2, "przewodow-blast-investigation-2022-11-19", a="Ben Attwater", sec=["diplomacy"], n="Investigation of an earlier missile blast: own story."),
  ]))

SEEDS.append(dict(id="5543", name="5543_oberholt-article", ext="txt", source="Oberholt Review", zone="Europe/Berlin", render=r_article,
  title="Sunak in Kyiv, shells on Kupjansk: Saturday in the war",
  top=["Oberholt Review", "Startseite | Politik | Wirtschaft | International | English", "English edition", ""],
  meta=["Stand: 19.11.2022, 18:05 Uhr", "Von Katrin Albers"],
  lede="The new British prime minister brought an air defence pledge to Kyiv, while the east counted its dead.",
  bottom=["Teilen", "", "Mehr zum Thema: How Germany's air defence deliveries are going", "", "© Oberholt Review 2022 | Impressum | Datenschutz"],
  notes="Invented outlet. English article on a German site (German chrome: 'Stand:', 'Von', 'Teilen', 'Mehr zum Thema'). Three section headings; one entry per section, stamp null, published = 'Stand: 19.11.2022, 18:05 Uhr' (Berlin, CET = UTC+1); page byline 'Von Katrin Albers' -> author Katrin Albers. Spelled 'Kupjansk' (German transliteration). " + D3,
  not_entries=["outlet name, German menu, 'English edition'", "title line", "'Stand:' and 'Von' lines", "lede paragraph", "'Teilen'", "'Mehr zum Thema: ...' link", "copyright line"],
  entries=[
  E("2022-11-19 18:05", "The British prime minister's surprise visit",
    ["Rishi Sunak travelled to Kyiv on Saturday for talks with Volodymyr Zelensky and announced air defence aid worth 50 million pounds, about 57 million euros.",
     "The package is meant to help Ukraine shoot down Iranian-built drones."],
    "diplomacy", "diplomacy", 3, T1, a="Katrin Albers", sec=["aid"]),
  E("2022-11-19 18:05", "Deadly shelling in Kupjansk",
    ["In Kupjansk, a town in the Kharkiv region retaken by Ukraine in September, Russian shelling killed two people on Saturday, the regional governor said."],
    "strikes", "strikes", 3, T2, a="Katrin Albers"),
  E("2022-11-19 18:05", "Berlin weighs more IRIS-T launchers",
    ["The German government is examining whether it can send additional IRIS-T air defence systems to Ukraine sooner than planned, a defence ministry spokesman said in Berlin.",
     "One system is already in use around Kyiv."],
    "aid", "aid", 2, "germany-weighs-more-iris-t-2022-11-19", a="Katrin Albers", n="A different aid decision from the UK package: must not merge."),
  ]))


# ============================================================ emit
BASIS = {
  "5500": "bare stamp '{s}' (no date, no zone) in a newest-first list bounded by the header lines 'September 12, 2022 - 7:05PM' and 'Updated September 13, 2022 - 8:50AM'; posts after the 12.40am/11.25pm midnight turn belong to 13 Sep, the rest to 12 Sep; Darwin ACST implied by the outlet (UTC+09:30) -> local {d} {l}",
  "5501": "bare stamp '{s}' on the page's only date (header '10:02, 25 SEP 2022' / 'Updated 19:15, 25 SEP 2022'); UK BST = UTC+1; JSON-LD update time agrees",
  "5502": "stamp '{s}' (date and zone abbreviation printed; {off})",
  "5503": "no per-item time; the page's visible 'Oct 2, 2022' plus <time datetime=\"2022-10-02T22:42:00Z\"> (= JSON-LD dateModified) used for every item; 18:42 EDT",
  "5504": "stamp '{s}' under the day subhead for {d} (no year there; year from 'UPDATED OCTOBER 24, 2022 6:30 PM'); Eastern time stated in the lede, EDT = UTC-4",
  "5505": "pubDate '{s}' (explicit offset; CST after 6 Nov)",
  "5506": "stamp '{s}' (full date, 24 h); Irish time implied by the outlet, IST = UTC+1",
  "5507": "pubDate '{s}' (explicit offset; EET)",
  "5508": "stamp '{s}' (day and month, no year; year from parse_args --date 2022-11-02); Lagos time implied by the outlet, WAT = UTC+1",
  "5509": "no per-section time; the article dateline 'November 15, 2022 - 6:20AM' (Queensland AEST = UTC+10, implied by the outlet; JSON-LD 2022-11-14T20:20:00.000Z agrees) used for every section",
  "5520": "stamp '{s}' on the page's date line 'Saturday 29 October 2022'; BST = UTC+1",
  "5521": "stamp '{s}' with <time datetime> ({off}) on {d}; JSON-LD update time agrees",
  "5522": "pubDate '{s}' (GMT = UTC)",
  "5523": "<published> '{s}' (explicit +02:00)",
  "5524": "no per-section time; the article dateline '29 October 2022, 18:45' (UK time implied by the outlet, BST = UTC+1) used for every section",
  "5530": "stamp '{s}' after the headline, on the page's date line 'Sunday 30 October 2022'; UK time implied, and the clocks went back that morning, so GMT = UTC",
  "5531": "stamp '{s}' under the date line 'Sunday, 30 October' (no year: parse_args --date 2022-10-30); Kyiv time stated, EET = UTC+2 after the clock change",
  "5532": "<published> '{s}' (Z)",
  "5533": "pubDate '{s}' (explicit +0200)",
  "5540": "<published> '{s}' (Z)",
  "5541": "stamp '{s}' after the headline, on the page's date line 'Saturday 19 November 2022'; UK time implied, GMT = UTC",
  "5542": "stamp '{s}' with <time datetime> (+02:00) on {d}; the JSON-LD update dates are the page's own time for every update and are NOT used",
  "5543": "no per-section time; the page's 'Stand: 19.11.2022, 18:05 Uhr' (Berlin CET = UTC+1) used for every section",
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
        ents = []
        for i, e in enumerate(S["entries"]):
            d = dt(e["t"], S["zone"]); u = d.astimezone(UTC)
            fs = first_sentence(e["p"][0]) if e["p"] else None
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": BASIS[S["id"]].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), l=d.strftime("%H:%M"), off=d.strftime("UTC%z")),
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

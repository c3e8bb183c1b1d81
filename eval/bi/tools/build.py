#!/usr/bin/env python3
"""Builds the eval/bi seeds and gold files from one hand-written data table (below).
Every headline and paragraph was written by the blind tester; Part B outlets are invented. Deterministic.
Run from the project root: python3 eval/bi/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBR = {"mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "no", "u.s", "u.k", "a.m", "p.m", "jan", "feb", "mar", "apr",
        "aug", "sept", "sep", "oct", "nov", "dec", "sen", "rep", "gov", "jr", "inc", "vs", "e.g", "i.e"}


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\u201d\u2019\']?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par):
        if par[m.start()] == ".":
            w = re.search(r"([A-Za-z.]+)\.$", par[:m.start() + 1])
            if w:
                word = w.group(1).lower().rstrip(".")
                if word in ABBR or len(word) == 1:
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


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def ld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>"


# ============================================================ Part A renderers (layouts of real outlets; all text invented)

def r_dispatch(S):  # Columbus Dispatch (Gannett / USA TODAY Network) live-updates page, HTML; '7:40 p.m. ET' above each h2; '— Name' signature
    z = S["zone"]; ents = S["entries"]
    newest = dt(max(e["t"] for e in ents), z); first = dt(S["published"], z)

    def gtime(d):
        return f"{ampm(d, space=' ', dots=True)} ET {MONTHS[d.month - 1]} {d.day}, {d.year}"
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(),
            "articleBody": " ".join(e["p"]), "author": {"@type": "Person", "name": e["a"]}} for i, e in enumerate(ents)]
    obj = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
           "datePublished": first.isoformat(), "dateModified": newest.isoformat(), "coverageStartTime": first.isoformat(),
           "author": [{"@type": "Person", "name": n} for n in S["byline"]],
           "publisher": {"@type": "Organization", "name": "The Columbus Dispatch"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<meta property="og:site_name" content="The Columbus Dispatch">', ld(obj), '</head><body class="gnt_pr">',
           '<div class="gnt_n"><a class="gnt_n_logo" href="/" aria-label="The Columbus Dispatch">The Columbus Dispatch</a>',
           '<nav class="gnt_n_mn"><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/sports/college/ohio-state/">Ohio State</a> '
           '<a href="/opinion/">Opinion</a> <a href="/business/">Business</a> <a href="/entertainment/">Entertainment</a> '
           '<a href="/obituaries/">Obituaries</a> <a href="https://dispatch.oh.newsmemory.com/">eNewspaper</a> <a href="/legals/">Legals</a></nav>',
           '<a class="gnt_n_us_a" href="/subscribe/">Subscribe</a> <a class="gnt_n_us_a" href="/signin/">Sign In</a></div>',
           '<main class="gnt_cw"><article class="gnt_pr">', '<div class="gnt_ar_lbl">WORLD</div>', f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           '<div class="gnt_ar_by">' + ", ".join(f'<a class="gnt_ar_by_a" href="/staff/">{esc(n)}</a>' for n in S["byline"])
           + '<div class="gnt_ar_by_pn">USA TODAY NETWORK</div></div>',
           f'<div class="gnt_ar_dt">Published {gtime(first)} | Updated {gtime(newest)}</div>',
           '<div class="gnt_ss"><button aria-label="Share on Facebook">Facebook</button> <button aria-label="Share on X">X</button> '
           '<button aria-label="Share by Email">Email</button> <button aria-label="Copy link">Copy link</button></div>',
           f'<p class="gnt_ar_b_p">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} ET"; stamps.append(st)
        out.append(f'<div class="gnt_lb_e" id="post-{i + 1}"><div class="gnt_lb_e_ts">{st}</div><h2 class="gnt_lb_e_hl">{esc(e["h"])}</h2>')
        out += [f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="gnt_ar_b_p gnt_lb_sig">\u2014 {esc(e["a"])}</p></div>')
        if i == 2:
            out.append('<aside class="gnt_em_nl"><h4>Get the Daily Briefing newsletter</h4><p>The morning\'s top Columbus stories in your inbox.</p>'
                       '<input type="email" placeholder="Email address"> <button>Sign Up</button></aside>')
    out += ['<p class="gnt_ar_b_p"><i>Contributing: The Associated Press</i></p>', '</article></main>',
            '<footer class="gnt_f">\u00a9 2025 www.dispatch.com. All rights reserved. \u00b7 Terms of Service \u00b7 Privacy Policy \u00b7 Your Privacy Choices</footer>',
            '</body></html>']
    return "\n".join(out) + "\n", stamps


def r_tucson(S):  # Arizona Daily Star (tucson.com, BLOX CMS) section RSS 2.0: pubDate -0700, dc:creator 'By NAME Associated Press', one-paragraph description
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://tucson.com/news/nation-world/</link>',
           '<atom:link href="https://tucson.com/search/?f=rss&amp;t=article&amp;c=news/nation-world&amp;l=50&amp;s=start_time&amp;sd=desc" rel="self" type="application/rss+xml" />',
           '<description>World and national news from the Arizona Daily Star</description>',
           '<generator>TownNews.com Content Management System</generator>', '<docs>http://www.rssboard.org/rss-specification</docs>', '<ttl>30</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        uid = f"5{i}c3e2a8-fd{i}1-11ef-9a7{i}-{i}b1d0c7e4a{i:02d}"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<description>{esc(e['p'][0])}</description>", f"<pubDate>{st}</pubDate>",
                f"<link>https://tucson.com/news/nation-world/article_{uid}.html</link>", f'<guid isPermaLink="false">{uid}</guid>',
                f"<dc:creator>{esc(e['cr'])}</dc:creator>",
                f'<enclosure url="https://bloximages.chicago2.vip.townnews.com/tucson.com/content/tncms/assets/v3/editorial/{uid[:1]}/{uid[:2]}/{uid}/image.jpg" length="{61000 + i * 997}" type="image/jpeg" />',
                "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_telegram(S):  # The Telegram (St. John's; Postmedia) text scrape of a wire 'The Latest' article: time lines, no per-item headline, '___' separators
    z = S["zone"]
    L = ["Skip to Content", "The Telegram", "Subscribe", "Sign In", "",
         "News  Local  Canada  World  Opinion  Sports  Business  Obituaries  Puzzles  ePaper", "", "News", "World", "",
         S["title"], "", S["dek"], "", "Author of the article:", S["byline"], f"Published {S['pubdate']}  \u2022  4 minute read", "",
         "Join the conversation", f"Share this Story : {S['title']}", "Report an error", "", "Article content", "", S["intro"], "", "___", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, space=" ", dots=True); stamps.append(st)
        L += [st, ""] + ptxt(e["p"]) + ["___", ""]
        if i in (1, 3):
            L += [f"Advertisement {i // 2 + 2}", "", "Article content", ""]
    L += ["Share this article in your social network", "", "Trending",
          "City council votes to hire extra snow-clearing crews", "RNC asks for dashcam video after crash on Topsail Road",
          "Memorial University tuition review delayed to spring", "", "Comments",
          "You need to be signed in to comment. Be respectful and keep the conversation on topic.", "",
          "\u00a9 2025 The Telegram, a division of Postmedia Network Inc. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_chronicle(S):  # The Chronicle (Toowoomba; News Corp Australia) live blog scrape: '8.50am' line above headline, newest first, no dates on posts
    z = S["zone"]; ents = S["entries"]
    newest = dt(max(e["t"] for e in ents), z); first = dt(S["published"], z)

    def nc(d):
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year} - {ampm(d, upper=True)}"
    L = ["The Chronicle", "Toowoomba", "Subscribe  Log In", "",
         "News  Sport  Lifestyle  Business  Real Estate  Puzzles  Obituaries  National  World  Newsletters", "", "World", "", "LIVE",
         S["title"], "", S["lede"], "", S["byline"], "NCA NewsWire", nc(first), f"Updated {nc(newest)}", "", "Share", "Gift this article",
         "14 comments", "", "Latest posts", ""]
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Load more posts", "", "More World news", "Read related topics:Russia-Ukraine war", "",
          "The Chronicle, part of News Corp Australia  |  Terms of Use  |  Privacy Policy  |  Contact Us"]
    return "\n".join(L) + "\n", stamps


def r_gisborne(S):  # Gisborne Herald 'World in brief' scrape: items without headlines, 'AAP · 6.40am' credit line after each, date line without year
    z = S["zone"]
    L = ["The Gisborne Herald", "Home  News  Sport  Opinion  Rural  Lifestyle  World  Notices  Puzzles", "Subscribe  |  Log in", "",
         "Gisborne  Fine  22\u00b0", "", "WORLD", S["title"], S["dateline"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{e['a']} \u00b7 {ampm(d, sep='.')}"; stamps.append(st)
        L += ptxt(e["p"]) + [st, "", "* * *", ""]
    L += ["Share this story", "", "Read more world news", "", "The Gisborne Herald  |  Contact us  |  Advertise  |  Terms  |  Privacy"]
    return "\n".join(L) + "\n", stamps


def r_coventry(S):  # Coventry Telegraph (Reach plc) live blog, HTML; Key Events box; post time + author ABOVE h2; LiveBlogPosting JSON-LD
    z = S["zone"]; ents = S["entries"]
    newest = dt(max(e["t"] for e in ents), z); first = dt(S["published"], z)

    def rt(d):
        return f"{d:%H:%M}, {d.day} {MONTHS[d.month - 1][:3].upper()} {d.year}"
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(), "articleBody": " ".join(e["p"]),
            "author": {"@type": "Person", "name": e["a"]}} for e in ents]
    obj = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "description": S["lede"],
           "datePublished": first.isoformat(), "dateModified": newest.isoformat(), "coverageStartTime": first.isoformat(),
           "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": "Coventry Telegraph"},
           "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - CoventryLive</title>', ld(obj),
           '</head><body>',
           '<div id="cookie-banner">We use cookies and similar tools to run this site, measure audiences and show you relevant ads. '
           'You can change your choices at any time. <button>Manage options</button> <button>I Accept</button></div>',
           '<header class="site-header"><a class="logo" href="/">Coventry Telegraph</a><nav><a href="/news/">News</a> '
           '<a href="/all-about/coventry-city-fc">Coventry City FC</a> <a href="/sport/">Sport</a> <a href="/whats-on/">What\'s On</a> '
           '<a href="/news/jobs/">Jobs</a> <a href="/all-about/warwickshire">Warwickshire</a></nav><a class="sign-in" href="/login">Sign in</a></header>',
           '<main><article class="live-blog">', '<span class="live-badge">LIVE</span>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<div class="byline"><span class="author">{esc(S["byline"])}</span> <span class="role">Live news reporter</span></div>',
           f'<div class="time-info"><time datetime="{first.isoformat()}">{rt(first)}</time> <span>Updated</span> '
           f'<time datetime="{newest.isoformat()}">{rt(newest)}</time></div>',
           '<div class="share">Share <a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Email</a></div> <a class="comments" href="#comments">Comments (23)</a>',
           '<div class="newsletter">Get the day\'s biggest stories from Coventry and Warwickshire in your inbox. <input type="email"> <button>Sign up</button></div>',
           '<section class="key-events"><h2>Key Events</h2><ul>']
    out += [f'<li><a href="#post-{i + 1}">{esc(e["h"])}</a></li>' for i, e in enumerate(ents) if e["kp"]]
    out.append("</ul></section>")
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="live-event" id="post-{i + 1}"><div class="post-meta"><time datetime="{d.isoformat()}">{st}</time> '
                   f'<span class="post-author">{esc(e["a"])}</span></div><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 2:
            out.append('<aside class="related"><h3>Read More</h3><p>Related Articles</p><a href="/news/coventry-news/x1">Coventry hosts raise money for ambulance convoy</a> '
                       '<a href="/news/uk-world-news/x2">What the UK has given Ukraine so far</a></aside>')
    out += ['<button class="load-more">Load more</button>', '</article></main>',
            '<footer>Coventry Telegraph \u00b7 Part of Reach plc \u00b7 Contact us \u00b7 Advertise with us \u00b7 Privacy notice \u00b7 Terms and conditions</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_oxford(S):  # Oxford Mail (Newsquest) topic page scrape; headline, standfirst, 'By NAME', then '4:20pm 17th February' (no year), comment count
    z = S["zone"]
    L = ["Oxford Mail", "Sign in  Subscribe", "", "News  Sport  What's On  Announcements  Jobs  Property  Motors  eEdition  Public Notices  Photos", "",
         "We use cookies to make this site work and to understand how you use it. You can read more in our cookie policy. Accept all  Manage preferences", "",
         "Home > Topics > Ukraine", "", S["title"], "Follow this topic", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d)} {ordinal(d.day)} {MONTHS[d.month - 1]}"; stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [f"By {e['a']}", st, f"{(i * 5 + 2) % 7} comments", ""]
        if i == 1:
            L += ["Advertisement", ""]
    L += ["Load more", "", "Most Read", "Cowley Road bus gate trial extended", "Two arrested after Headington burglary", "Kassam Stadium lease talks resume", "",
          "Sign up to our daily newsletter", "", "We follow the Editors' Code of Practice of the Independent Press Standards Organisation (IPSO).",
          "Oxford Mail is part of Newsquest Media Group Ltd  |  Contact us  |  Terms  |  Privacy"]
    return "\n".join(L) + "\n", stamps


def r_bna(S):  # Bahrain News Agency English 'Latest News' listing, HTML; '24 Mar 2025 | 21:15' date line under h3; body opens 'Manama, March 24 (BNA) --'
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en" dir="ltr"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Bahrain News Agency</title></head><body>',
           '<header class="bna-header"><a class="logo" href="/en/">Bahrain News Agency</a> <a class="lang" href="/ar/" lang="ar">\u0627\u0644\u0639\u0631\u0628\u064a\u0629</a>',
           '<nav><a href="/en/">Home</a> <a href="/en/local">Local</a> <a href="/en/economy">Economy</a> <a href="/en/international">International</a> '
           '<a href="/en/sports">Sports</a> <a href="/en/photos">Photos</a> <a href="/en/videos">Videos</a> <a href="/en/contact">Contact Us</a></nav></header>',
           f'<main><h1 class="section-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day:02d} {MONTHS[d.month - 1][:3]} {d.year} | {d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="news-item"><h3><a href="/en/news?cms=q8FmFJgiscL2fwIzON1%2BDi{i + 7}">{esc(e["h"])}</a></h3><div class="date">{st}</div>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<a class="more" href="#">Read more</a> <span class="share">Share</span></div>')
    out += ['<div class="pager"><a>1</a> <a>2</a> <a>3</a> <a>Next</a></div></main>',
            '<footer>\u00a9 Bahrain News Agency. All rights reserved. | Privacy Policy | Terms of Use</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_vns(S):  # Viet Nam News World section listing, HTML; h2, then 'Update: April, 01/2025 - 21:40', summary paragraphs, credit 'AFP/VNA'
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Vietnam News</title></head><body>',
           '<header><div class="top-bar">' + esc(S["clock"]) + ' <a href="https://vietnamnews.vn/e-paper">E-paper</a> <a href="/search">Search</a></div>',
           '<a class="logo" href="/">Vi\u1ec7t Nam News</a><div class="slogan">THE NATIONAL ENGLISH LANGUAGE DAILY</div>',
           '<nav><a href="/politics-laws">Politics &amp; Law</a> <a href="/society">Society</a> <a href="/economy">Economy</a> <a href="/life-style">Life &amp; Style</a> '
           '<a href="/sports">Sports</a> <a href="/environment">Environment</a> <a href="/opinion">Opinion</a> <a href="/world">World</a> <a href="/video">Video</a></nav></header>',
           f'<main><h1 class="cate-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Update: {MONTHS[d.month - 1]}, {d.day:02d}/{d.year} - {d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="story"><h2><a href="/world/{1691000 + i * 37}/story.html">{esc(e["h"])}</a></h2><p class="meta">{st}</p>')
        out += [f'<p class="sapo">{esc(p)}</p>' if j == 0 else f"<p>{esc(p)}</p>" for j, p in enumerate(e["p"])]
        out.append(f'<p class="source">{esc(e["a"])}</p></article>')
        if i == 2:
            out.append('<div class="banner">Advertisement</div>')
    out += ['<div class="more"><a href="/world?p=2">More</a></div></main>',
            '<footer>Vi\u1ec7t Nam News - Vietnam News Agency \u00b7 79 L\u00fd Th\u01b0\u1eddng Ki\u1ec7t, H\u00e0 N\u1ed9i \u00b7 Contact \u00b7 Advertise</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_star(S):  # The Star (Malaysia) World RSS 2.0: pubDate +0800, one-paragraph description, media:content, no authors
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.thestar.com.my/news/world</link>',
           '<description>The Star Online - World news</description>', '<language>en-my</language>',
           f'<lastBuildDate>{dt(max(e["t"] for e in S["entries"]), z).strftime("%a, %d %b %Y %H:%M:%S %z")}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://www.thestar.com.my/news/world/2025/04/22/{slug}</link>",
                f"<guid>https://www.thestar.com.my/news/world/2025/04/22/{slug}</guid>", f"<description>{esc(e['p'][0])}</description>",
                f"<pubDate>{st}</pubDate>", f"<category>{e.get('cat', 'World')}</category>",
                f'<media:content url="https://apicms.thestar.com.my/uploads/images/2025/04/22/{3301000 + i * 17}.jpg" medium="image" />', "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


# ============================================================ Part B renderers (invented outlets)

def r_ledger(S):  # text live, newest first; 'Key Points' block; '16.30 GMT' line above the headline; 'Posted by NAME' after the body
    z = S["zone"]
    L = [S["source"].upper(), "Home / World / Ukraine / Live", "", S["title"], S["dateline"], "", S["lede"], "", "Key Points"]
    L += ["- " + e["h"] for e in sorted(S["entries"], key=lambda e: e["t"]) if e["kp"]]
    L += ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} GMT"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Posted by {e['a']}", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["End of updates for now", "", f"{S['source']} \u00b7 About \u00b7 Complaints \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_cauldmoor(S):  # HTML live, OLDEST first; LiveBlogPosting JSON-LD with real per-update times; <time datetime> 'HH:MM'; '— Name' after body
    z = S["zone"]; ents = S["entries"]
    first = dt(ents[0]["t"], z); last = dt(ents[-1]["t"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#u{i + 1}", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(),
            "articleBody": "\n\n".join(e["p"]), "author": {"@type": "Person", "name": e["a"]}} for i, e in enumerate(ents)]
    obj = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
           "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>", ld(obj), "</head><body>",
           f'<header><b>{S["source"]}</b> <nav><a href="/">Front</a> <a href="/war">War</a> <a href="/economy">Economy</a> <a href="/support">Support us</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="u{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append(f'<p class="sig">\u2014 {esc(e["a"])}</p><div class="share">Copy link</div></article>')
    out += ['<p class="end">This live page is no longer being updated.</p></main>', f"<footer>{S['source']} \u00b7 Editorial policy \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss_world(S):  # RSS 2.0 general world feed; pubDate with S['rfc'] zone ('GMT' or numeric); CDATA <p> paragraphs; optional dc:creator
    z = S["zone"]
    ns = ' xmlns:dc="http://purl.org/dc/elements/1.1/"' if any(e["a"] for e in S["entries"]) else ""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', f'<rss version="2.0"{ns}><channel>', f"<title>{esc(S['title'])}</title>",
           f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>", "<language>en</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else d.strftime("%z")); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/news/{i + 812}</link>", f'<guid isPermaLink="true">{S["url"]}/news/{i + 812}</guid>',
                f"<pubDate>{st}</pubDate>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out += [f"<category>{e.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel></rss>"]
    return "\n".join(out) + "\n", stamps


def r_article_b(S):  # text article: title, byline, dateline with time and zone, lede, section headings; one entry per section; stamp null
    L = [S["source"].upper(), S["crumb"], "", S["title"], "", f"By {S['byline']}", S["dateline"], "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Share this article", "Related: " + S["more"], "", f"\u00a9 {S['source']}"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_atom_b(S):  # Atom 1.0, newest first; <published> with the outlet's offset; escaped HTML content; per-entry author when known
    z = S["zone"]; ents = S["entries"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>', f"<id>{S['url']}/atom.xml</id>",
           f"<updated>{dt(max(e['t'] for e in ents), z).isoformat()}</updated>"]
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = d.isoformat().replace("+00:00", "Z"); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["url"]}/{S["idbase"] + i}"/>', f"<id>tag:{S['url'][8:]},2025:{S['idbase'] + i}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        if e["p"]:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_marrowfold(S):  # HTML live, newest first; '15.02.2025, 19:45 CET' span above h2; NewsArticle JSON-LD (page only); one page byline
    z = S["zone"]; ents = S["entries"]
    first = dt(min(e["t"] for e in ents), z); last = dt(max(e["t"] for e in ents), z)
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": first.isoformat(), "dateModified": last.isoformat(),
           "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": S["source"]}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} \u2013 {S['source']}</title>", ld(obj), "</head><body>",
           '<div class="consent">This site uses cookies. <a>Settings</a> <a>OK</a></div>',
           f'<header>{S["source"]} <span class="edition">English edition</span> <nav><a>Politics</a> <a>Europe</a> <a>World</a> <a>Business</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="byline">By {esc(S["byline"])}</p>', f'<p class="teaser">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y, %H:%M} CET"; stamps.append(st)
        out.append(f'<div class="ticker-item"><span class="ts">{st}</span><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 2:
            out.append('<aside class="box"><h3>More on the topic</h3><a>Munich Security Conference: the guest list</a></aside>')
    out += ["</main>", f"<footer>{S['source']} \u00b7 Imprint \u00b7 Data protection</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_glenquoich(S):  # text live diary, OLDEST first; date line without year; headline, then 'Filed 08:15 by NAME' line AFTER it
    z = S["zone"]
    L = [S["source"], "World | Europe | Ukraine war diary", "", S["title"], S["dateline"], S["tznote"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Filed {d:%H:%M} by {e['a']}"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"])
        if i == 3:
            L += ["Our journalism is free to read. Support it from \u00a33 a month.", ""]
    L += ["That is all from us today.", "", f"{S['source']} \u00b7 Contact \u00b7 Corrections \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_lingmoor(S):  # text live, newest first; 'What we know so far' bullets (lede, not entries); '9.15pm' line above the headline; page byline
    z = S["zone"]
    L = [S["source"], "News  World  Ukraine  Opinion  Sport", "", S["title"], S["dateline"], f"Compiled by {S['byline']}", "All times BST", "",
         "What we know so far"] + ["\u2022 " + b for b in S["bullets"]] + [""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["Sign up for our evening briefing", ""]
    L += ["Show older updates", "", f"{S['source']} \u00b7 Terms \u00b7 Privacy \u00b7 Cookies"]
    return "\n".join(L) + "\n", stamps


def r_ravenmere(S):  # HTML live, OLDEST first; JSON-LD LiveBlogPosting whose updates all carry the PAGE datePublished; visible '09:05'; 'Words: NAME'
    z = S["zone"]; ents = S["entries"]
    page = dt(S["page_published"], z); last = dt(ents[-1]["t"], z)
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": page.isoformat(), "dateModified": last.isoformat(),
            "articleBody": " ".join(e["p"])} for e in ents]
    obj = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "datePublished": page.isoformat(),
           "dateModified": last.isoformat(), "coverageStartTime": page.isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - {S['source']}</title>", ld(obj), "</head><body>",
           f'<header><span class="brand">{S["source"]}</span> <nav><a>Home</a> <a>Kyiv</a> <a>Front line</a> <a>Culture</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<section class="post"><span class="time">{st}</span><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="credit">Words: {esc(e["a"])}</p>')
        out.append("</section>")
        if i == 2:
            out.append('<div class="promo">Read our Easter photo essay from Irpin</div>')
    out += ["</main>", f"<footer>{S['source']} \u00b7 About \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


# ============================================================ PART A: single pages imitating real outlets' layouts (own words)
SEEDS = []

SEEDS.append(dict(id="6200", name="6200_columbusdispatch-live", ext="html", source="The Columbus Dispatch", zone="America/New_York", render=r_dispatch,
  title="Russia-Ukraine war live updates: Trump plans Tuesday call with Putin on ceasefire",
  url="https://www.dispatch.com/story/news/world/2025/03/17/russia-ukraine-war-live-updates/", published="2025-03-17 07:58",
  byline=["Celia Marbury", "Jonah Pierce"], lede="Follow along for the day's developments on the war in Ukraine and the American push for a 30-day truce.",
  notes="Imitates a Gannett (USA TODAY Network) live-updates page as carried by The Columbus Dispatch. Newest first. Each post: a time line '7:40 p.m. ET' ABOVE the h2 headline, body paragraphs, and a signature paragraph '\u2014 Name' that gives the post's author (the signature is not counted in body_paragraphs). Page date only in the 'Published 7:58 a.m. ET March 17, 2025 | Updated 7:40 p.m. ET March 17, 2025' line; ET is EDT (UTC-4) after 9 March. A LiveBlogPosting JSON-LD with correct per-update times is present. Entry 07 is an explainer (own story, importance 2). Entries 02 and 05 are the same story (the planned Trump-Putin call; the Kremlin confirms the preparations).",
  not_entries=["masthead and navigation menu", "'Subscribe' / 'Sign In'", "section label 'WORLD'", "h1 page title", "page byline 'Celia Marbury, Jonah Pierce USA TODAY NETWORK'",
               "'Published ... | Updated ...' line", "share buttons", "standfirst 'Follow along for the day's developments ...'", "the '\u2014 Name' signature lines",
               "newsletter box 'Get the Daily Briefing newsletter'", "'Contributing: The Associated Press'", "footer"],
  entries=[
  E("2025-03-17 19:40", "Columbus Ukrainians plan Statehouse rally for Saturday",
    ["Members of central Ohio's Ukrainian community say they will gather on the Statehouse lawn on Saturday afternoon to press members of Congress to keep weapons flowing to Kyiv.",
     "Organizers expect several hundred people, many of them families who settled in Columbus after the full-scale invasion."],
    "other", "politics", 2, "columbus-ukrainian-statehouse-rally", a="Dana Kowalchuk", sec=["aid"], n="Local civic rally; domestic politics, war-related (not off-beat)."),
  E("2025-03-17 17:55", "Kremlin says call details still being worked out",
    ["Kremlin spokesman Dmitry Peskov told reporters that preparations for a conversation between Vladimir Putin and President Donald Trump were underway, but he would not say what the two would discuss.",
     "He declined to comment on reports that territory and the Zaporizhzhia nuclear plant would come up."],
    "diplomacy", "diplomacy", 3, "trump-putin-call-planned", a="Jonah Pierce", n="Kremlin confirmation of the same planned call as 6200-05: same story."),
  E("2025-03-17 15:20", "EU ministers split over plan for bigger military aid fund",
    ["European Union foreign ministers meeting in Brussels failed to sign off on a proposal by the bloc's foreign policy chief, Kaja Kallas, to raise up to 40 billion euros in fresh military aid for Ukraine this year.",
     "Several governments said they would rather give through existing national channels, and diplomats said the plan was likely to be scaled back."],
    "aid", "aid", 3, "eu-kallas-military-aid-plan", a="The Associated Press"),
  E("2025-03-17 13:10", "Drones hit energy site in Odesa region overnight",
    ["Russian drones damaged an energy facility in Ukraine's southern Odesa region overnight, cutting power to several thousand homes, the regional governor said.",
     "Ukraine's air force said it shot down 52 of the 78 drones launched, with most of the rest lost to electronic jamming."],
    "strikes", "strikes", 2, "odesa-region-energy-drone-strike-2025-03-17", a="Jonah Pierce"),
  E("2025-03-17 11:30", "Trump says he will speak with Putin on Tuesday",
    ["President Donald Trump told reporters aboard Air Force One late Sunday that he expected to talk with Vladimir Putin on Tuesday about ending the war.",
     "Trump said a lot of work had been done over the weekend and that the talks would cover land and power plants.",
     "Ukraine has already accepted an American proposal for a 30-day ceasefire, while Moscow says any truce must deal with what it calls the root causes of the conflict."],
    "diplomacy", "diplomacy", 3, "trump-putin-call-planned", a="Celia Marbury"),
  E("2025-03-17 09:45", "Ukraine's top commander denies troops are surrounded in Kursk",
    ["Ukraine's commander-in-chief, Oleksandr Syrskyi, said his forces in Russia's Kursk region had pulled back to better defensive lines and rejected Russian claims that they were encircled.",
     "He said the withdrawal had been carried out in an orderly way."],
    "other", "frontline", 2, "kursk-ukrainian-withdrawal-syrskyi", a="Jonah Pierce"),
  E("2025-03-17 08:05", "What to know about the 30-day ceasefire proposal",
    ["The truce that American and Ukrainian officials agreed on in Saudi Arabia last week would halt fighting on land, at sea and in the air for a month and could be extended if both sides agree.",
     "Its acceptance by Kyiv also brought back American intelligence sharing and security aid, which Washington had paused at the start of March."],
    "diplomacy", "diplomacy", 2, "explainer-30-day-ceasefire-proposal", a="Celia Marbury", n="Explainer with a body: own story, importance 2."),
  ]))

SEEDS.append(dict(id="6201", name="6201_arizonadailystar-worldrss", ext="xml", source="Arizona Daily Star", zone="America/Phoenix", render=r_tucson,
  title="Nation & World | tucson.com",
  notes="Imitates a tucson.com (BLOX CMS / TownNews) section RSS 2.0 feed. Newest first. pubDate carries -0700: Arizona stays on MST all year (the rest of the US moved to daylight time on 9 March). <description> holds one summary paragraph (body_paragraphs 1). dc:creator reads 'By NAME Associated Press' (or 'By The Associated Press'); author is the name part. Two of six items are off-beat (Canadian and Greenlandic politics). Entries 01 and 03 are different stories (Zelenskyy's Saudi visit vs Rubio's remarks).",
  not_entries=["channel title/link/description/generator/docs/ttl", "<guid>, <link> and <enclosure> of each item"],
  entries=[
  dict(E("2025-03-10 16:35", "Zelenskyy lands in Saudi Arabia ahead of talks with US team",
    ["Ukrainian President Volodymyr Zelenskyy arrived in Jeddah on Monday for a meeting with Crown Prince Mohammed bin Salman, a day before his senior aides sit down with an American delegation led by Secretary of State Marco Rubio."],
    "diplomacy", "diplomacy", 3, "zelenskyy-saudi-visit-jeddah", a="HANNA ROMANIUK"), cr="By HANNA ROMANIUK Associated Press"),
  dict(OFF("2025-03-10 13:50", "Carney wins race to lead Canada's Liberals",
    ["Former central banker Mark Carney will become Canada's next prime minister after Liberal Party members chose him by a wide margin to replace Justin Trudeau."],
    "canada-liberal-leadership-carney", a="ELLEN MACRAE", n="Canadian politics."), cr="By ELLEN MACRAE Associated Press"),
  dict(E("2025-03-10 11:20", "Rubio says both sides will have to give ground",
    ["Secretary of State Marco Rubio told reporters on his way to Saudi Arabia that neither Russia nor Ukraine could get everything it wanted and that a truce would require concessions from both."],
    "diplomacy", "diplomacy", 2, "rubio-remarks-concessions-2025-03-10", a="THEO BRANDT"), cr="By THEO BRANDT Associated Press"),
  dict(E("2025-03-10 08:05", "Russia says it recaptured three villages in Kursk region",
    ["Russia's Defense Ministry claimed its troops had pushed Ukrainian forces out of three more villages in the Kursk border region, tightening the squeeze on the force Kyiv has held there since August."],
    "other", "frontline", 2, "kursk-villages-recaptured-claim-2025-03-10", a="The Associated Press"), cr="By The Associated Press"),
  dict(OFF("2025-03-10 05:40", "Greenland heads to the polls with independence on voters' minds",
    ["Greenlanders vote on Tuesday in a parliamentary election in which the pace of a break from Denmark has become the main issue."],
    "greenland-election-2025", a="STINE HALVORSEN", n="Greenland election."), cr="By STINE HALVORSEN Associated Press"),
  dict(E("2025-03-10 02:15", "Guided bombs hit town in Kharkiv region, wounding 8",
    ["Russian aircraft dropped guided bombs on the town of Balakliia in northeastern Ukraine overnight, wounding eight people and damaging a school, regional officials said."],
    "strikes", "strikes", 2, "balakliia-guided-bombs-2025-03-10", a="The Associated Press"), cr="By The Associated Press"),
  ]))

SEEDS.append(dict(id="6202", name="6202_thetelegram-latest", ext="txt", source="The Telegram", zone="America/Toronto", render=r_telegram,
  title="The Latest: Kyiv says text of minerals deal with Washington is settled",
  dek="Developments on Wednesday in the war and in talks between Ukraine and the United States", byline="Associated Press", pubdate="Feb 26, 2025",
  intro="The latest on Russia's war in Ukraine and the talks on a minerals agreement (all times Eastern):",
  notes="Imitates a Postmedia-era The Telegram (St. John's) page carrying a wire 'The Latest' roll-up, copied as text. Items have NO headlines: each is a time line ('5:40 p.m.') followed by paragraphs, separated by '___'; newest first. The page says '(all times Eastern)', so the times are EST (UTC-5) even though the outlet is in Newfoundland (NST, UTC-3:30): page_timezone America/Toronto. Date from 'Published Feb 26, 2025'. Page author 'Associated Press' for every item. Entries 01 and 05 are the same story (the agreed minerals deal: Kyiv confirms the text, Trump announces the signing visit).",
  not_entries=["'Skip to Content', masthead, 'Subscribe', 'Sign In'", "menu line", "breadcrumb 'News / World'", "title line", "dek line", "'Author of the article:' and 'Associated Press'",
               "'Published Feb 26, 2025 \u2022 4 minute read'", "'Join the conversation', 'Share this Story : ...', 'Report an error'", "'Article content' markers and 'Advertisement N'",
               "intro line '(all times Eastern)'", "'___' separators", "'Share this article in your social network'", "'Trending' heading and its three local links",
               "comments notice", "copyright line"],
  entries=[
  E("2025-02-26 17:40", None,
    ["President Donald Trump says Ukraine's leader will come to Washington on Friday to sign what he called a very big agreement on rare earths and other minerals.",
     "Trump told reporters at his first Cabinet meeting that the deal would let American taxpayers recover what they have spent, but said security guarantees would mostly be up to Europe."],
    "diplomacy", "diplomacy", 3, "us-ukraine-minerals-deal-text-agreed", a="Associated Press", sec=["aid"]),
  E("2025-02-26 15:15", None,
    ["British Prime Minister Keir Starmer will ask Trump on Thursday for American backing for any European force sent to Ukraine after a ceasefire, his office says."],
    "diplomacy", "diplomacy", 2, "starmer-washington-visit-2025-02-27", a="Associated Press"),
  E("2025-02-26 13:30", None,
    ["Ukraine's air force says Russia launched 177 attack and decoy drones overnight, the most in several days.",
     "It says 110 were shot down and 66 others were lost to jamming, with damage reported in the Kyiv, Odesa and Sumy regions."],
    "strikes", "strikes", 2, "russian-drone-barrage-2025-02-26", a="Associated Press"),
  E("2025-02-26 11:45", None,
    ["Russian and American diplomats will meet in Istanbul on Thursday to talk about how their embassies operate, Russia's foreign minister says."],
    "diplomacy", "diplomacy", 2, "russia-us-istanbul-embassy-talks", a="Associated Press"),
  E("2025-02-26 10:05", None,
    ["Ukraine's government says the two countries have settled the text of a framework agreement on developing Ukraine's mineral resources, and that it no longer contains a demand for $500 billion.",
     "Officials in Kyiv say the proceeds would go into a joint fund that would also invest in rebuilding the country."],
    "diplomacy", "diplomacy", 3, "us-ukraine-minerals-deal-text-agreed", a="Associated Press", sec=["aid"]),
  E("2025-02-26 08:10", None,
    ["Russia's Defense Ministry says its troops have taken another village in the Donetsk region, close to the city of Pokrovsk."],
    "other", "frontline", 2, "russia-claims-village-near-pokrovsk-2025-02-26", a="Associated Press"),
  ]))

SEEDS.append(dict(id="6203", name="6203_thechronicle-live", ext="txt", source="The Chronicle", zone="Australia/Brisbane", render=r_chronicle,
  title="Live: US and Ukraine to meet in Riyadh as drones hit Kyiv", published="2025-03-22 14:05", byline="Ellie Marchant",
  lede="Follow our live coverage as American officials prepare for separate talks with Kyiv and Moscow in Saudi Arabia.",
  notes="Imitates a News Corp Australia live blog on The Chronicle (Toowoomba), copied as text. Newest first. Each post: a bare time line ('8.50am') ABOVE the headline; no post carries a date and no zone is printed: Queensland time (AEST, UTC+10, no daylight saving) implied by the outlet. The page runs from 2.05pm on Saturday 22 March (page 'March 22, 2025 - 2:05PM') past local midnight to 8.50am on Sunday 23 March ('Updated March 23, 2025 - 8:50AM'); the two newest posts are on 23 March local time. All six fall on UTC 22 March. One page byline (Ellie Marchant, NCA NewsWire) is every entry's author.",
  not_entries=["masthead 'The Chronicle' / 'Toowoomba', 'Subscribe  Log In'", "menu line", "section 'World' and 'LIVE' label", "title line", "standfirst",
               "byline 'Ellie Marchant', 'NCA NewsWire'", "publish and 'Updated' date lines", "'Share', 'Gift this article', '14 comments'", "'Latest posts'",
               "'Advertisement'", "'Load more posts', 'More World news', 'Read related topics:...'", "footer"],
  entries=[
  E("2025-03-23 08:50", "Three dead as drones strike Kyiv apartment blocks",
    ["A man, a woman and their five-year-old child were killed when a Russian drone slammed into a residential building in Kyiv overnight, the city's military administration said.",
     "Fires broke out in several districts and at least ten people were hurt."],
    "strikes", "strikes", 3, "kyiv-drone-attack-2025-03-23", a="Ellie Marchant"),
  E("2025-03-23 06:30", "US team lands in Riyadh for Sunday talks with Ukraine",
    ["American negotiators have arrived in the Saudi capital, where they will sit down with a Ukrainian delegation led by Defence Minister Rustem Umerov before meeting Russian officials on Monday.",
     "Washington wants to pin down a pause on attacks against energy infrastructure and on shipping in the Black Sea."],
    "diplomacy", "diplomacy", 3, "riyadh-us-ukraine-talks-2025-03-23", a="Ellie Marchant"),
  E("2025-03-22 23:20", "Zelensky: Russia fired almost 1,600 drones this week",
    ["Russia sent almost 1,600 attack drones, more than 1,000 guided bombs and dozens of missiles against Ukraine over the past seven days, President Volodymyr Zelensky said in his nightly address.",
     "He urged partners to speed up deliveries of air defence systems."],
    "strikes", "strikes", 2, "zelensky-weekly-attack-tally-2025-03-22", a="Ellie Marchant", sec=["aid"]),
  E("2025-03-22 21:05", "Albanese says Australia open to peacekeeping role",
    ["Prime Minister Anthony Albanese says Australia is willing to consider sending personnel to a peacekeeping force in Ukraine if a ceasefire is agreed, although no formal request has been received.",
     "Opposition figures questioned the idea, saying the defence force was already stretched."],
    "diplomacy", "diplomacy", 2, "australia-peacekeeping-offer", a="Ellie Marchant", sec=["aid"]),
  E("2025-03-22 17:40", "Moscow says 59 Ukrainian drones downed over Russian regions",
    ["Russia's defence ministry said its air defences destroyed 59 Ukrainian drones overnight, most of them over the Rostov and Belgorod regions."],
    "strikes", "strikes", 2, "russia-downs-ukrainian-drones-2025-03-22", a="Ellie Marchant"),
  E("2025-03-22 14:05", "Toowoomba's Ukrainian families gather for prayer service",
    ["Ukrainian families living in Toowoomba will hold a prayer service at a city church this afternoon for relatives who remain at home under daily attack.",
     "Organisers said about 60 people were expected."],
    "other", "humanitarian", 2, "toowoomba-ukrainian-prayer-service", a="Ellie Marchant"),
  ]))

SEEDS.append(dict(id="6204", name="6204_gisborneherald-briefs", ext="txt", source="Gisborne Herald", zone="Pacific/Auckland", render=r_gisborne,
  title="World in brief", dateline="Tuesday, 8 April", parse_args=["--date", "2025-04-08"],
  notes="Imitates a Gisborne Herald 'World in brief' page, copied as text. Items have NO headlines: one or two paragraphs, then a credit-and-time line 'AAP \u00b7 5.50am' (the stamp, printed AFTER the item), then '* * *'. Oldest first. The date line 'Tuesday, 8 April' names no year (parse_args --date 2025-04-08). NZ daylight time ended on 6 April, so the times are NZST (UTC+12) and every item falls on UTC Monday 7 April. The agency credit is the author. Two of six items are off-beat.",
  not_entries=["masthead, menu, 'Subscribe | Log in'", "weather line 'Gisborne  Fine  22\u00b0'", "'WORLD' label, title 'World in brief' and date line", "'* * *' separators",
               "'Share this story', 'Read more world news'", "footer"],
  entries=[
  E("2025-04-08 05:50", None,
    ["Russian drones struck a residential district of Kharkiv on Monday evening, wounding at least five people, among them a child, and setting several cars alight.",
     "The city's mayor said one drone came down in the yard of a kindergarten."],
    "strikes", "strikes", 2, "kharkiv-drone-attack-2025-04-07", a="AAP"),
  OFF("2025-04-08 06:40", None,
    ["Wall Street closed another chaotic session lower as investors weighed the fallout from sweeping US tariffs, with the Dow swinging by well over a thousand points during the day."],
    "us-stocks-tariff-turmoil-2025-04-07", a="Reuters", n="US markets."),
  E("2025-04-08 07:55", None,
    ["President Volodymyr Zelensky called on the United States to answer Russia's latest attacks with tougher pressure on Moscow, days after a missile strike on his home city of Kryvyi Rih killed 20 people."],
    "diplomacy", "diplomacy", 2, "zelensky-urges-us-pressure-on-moscow", a="AP"),
  OFF("2025-04-08 09:10", None,
    ["Israeli Prime Minister Benjamin Netanyahu met Donald Trump at the White House, where the US president said direct talks with Iran on its nuclear programme would begin at the weekend."],
    "netanyahu-trump-white-house-meeting", a="AP", n="Israel-US-Iran."),
  E("2025-04-08 10:20", None,
    ["The Kremlin said a deal on safe shipping in the Black Sea could only take effect once Western restrictions on Russia's state agricultural bank were lifted, a condition Kyiv has rejected."],
    "diplomacy", "diplomacy", 2, "kremlin-black-sea-deal-conditions", a="Reuters"),
  E("2025-04-08 11:35", None,
    ["Ukraine's military said Russian forces had stepped up attacks in the northern Sumy border region, where they were trying to push into villages along the frontier."],
    "other", "frontline", 2, "sumy-border-attacks-2025-04-07", a="AAP"),
  ]))

SEEDS.append(dict(id="6205", name="6205_coventrytelegraph-live", ext="html", source="Coventry Telegraph", zone="Europe/London", render=r_coventry,
  title="Ukraine war latest: Zelensky says 155 Chinese nationals fighting for Russia", published="2025-04-09 08:02", byline="Priya Hallam",
  lede="Follow the latest updates from Ukraine as Kyiv and Washington prepare for a new round of talks on a minerals agreement",
  notes="Imitates a Reach plc live blog on the Coventry Telegraph site. Newest first. Each post: a meta line with '<time>21:40</time>' and the post author BEFORE the h2 headline, then paragraphs. Page date only in the top line '08:02, 9 APR 2025 Updated 21:40, 9 APR 2025'; UK time (BST, UTC+1) implied. A 'Key Events' box near the top lists two post headlines (treated as the page's Key Points block: key_point true, importance 3). Entry 04 ('Pictured: ...') is a photo teaser without body (importance 1, Dnipro story). LiveBlogPosting JSON-LD with per-update times agrees.",
  not_entries=["cookie banner", "masthead, menu, 'Sign in'", "'LIVE' badge", "h1 title", "standfirst", "page byline 'Priya Hallam Live news reporter'", "top time line",
               "share links and 'Comments (23)'", "newsletter box", "'Key Events' heading and its two links (they point at posts 03 and 05)",
               "'Read More' / 'Related Articles' box with two links", "'Load more'", "footer"],
  entries=[
  E("2025-04-09 21:40", "Coventry couple hosting Ukrainian family call for visa clarity",
    ["A Coventry couple who have hosted a mother and her two sons from Zaporizhzhia since 2022 say the family still do not know whether they can stay beyond next year.",
     "The couple said the rules for extending the family's permission to stay had left everyone confused."],
    "other", "humanitarian", 2, "coventry-hosts-ukrainian-visa-worries", a="Sam Okafor"),
  E("2025-04-09 19:05", "Ukraine and US to resume minerals talks in Washington",
    ["A Ukrainian delegation will travel to Washington this week for another round of talks on the proposed minerals agreement, Ukraine's economy ministry said.",
     "Kyiv has objected to a new American draft that would give US investors first claim on future resource projects."],
    "diplomacy", "diplomacy", 2, "us-ukraine-minerals-talks-washington-april", a="Priya Hallam"),
  E("2025-04-09 16:30", "Zelensky says 155 Chinese nationals fighting for Russia",
    ["Ukraine has identified 155 Chinese citizens serving with Russian forces on its territory, President Volodymyr Zelensky said, a day after two of them were captured in the Donetsk region.",
     "He said they had been recruited through social media and that Beijing knew about it, a claim China's foreign ministry rejected."],
    "other", "frontline", 3, "chinese-nationals-fighting-for-russia", a="Priya Hallam", sec=["diplomacy"], kp=True, n="Listed under 'Key Events'."),
  E("2025-04-09 15:00", "Pictured: rescuers search wrecked shops in Dnipro", [], "strikes", "strikes", 1, "dnipro-missile-strike-2025-04-09", a="Sam Okafor",
    n="Photo teaser without body -> importance 1."),
  E("2025-04-09 14:10", "Dozens hurt as missile hits Dnipro shopping street",
    ["At least 34 people were injured when a Russian ballistic missile hit a shopping street in central Dnipro, regional governor Serhiy Lysak said.",
     "Several shops and a bus stop were wrecked, and three of the injured were in a serious condition."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2025-04-09", a="Sam Okafor", kp=True, n="Listed under 'Key Events'."),
  E("2025-04-09 12:25", "Healey to chair Ukraine allies' meeting in Brussels on Friday",
    ["Defence Secretary John Healey will chair a meeting of Ukraine's military backers at NATO headquarters on Friday together with his German counterpart, the Ministry of Defence said.",
     "It will be the first time the group meets without the US defence secretary in the chair."],
    "aid", "aid", 2, "ukraine-defence-contact-group-brussels-april", a="Priya Hallam"),
  E("2025-04-09 08:15", "Russia says it repelled cross-border raids in Belgorod region",
    ["Russia's defence ministry said its forces had driven back several attempts by Ukrainian units to cross into the Belgorod region overnight."],
    "other", "frontline", 2, "belgorod-cross-border-raids-claim-2025-04-09", a="Sam Okafor"),
  ]))

SEEDS.append(dict(id="6206", name="6206_oxfordmail-topic", ext="txt", source="Oxford Mail", zone="Europe/London", render=r_oxford,
  title="Latest Ukraine news", parse_args=["--date", "2025-02-17"],
  notes="Imitates an Oxford Mail (Newsquest) topic page, copied as text. Newest first. Each item: headline, standfirst paragraph(s), 'By NAME' line, then the stamp '4:20pm 17th February' (time before an ordinal date, NO year anywhere on the page: parse_args --date 2025-02-17), then a comment count. UK time = GMT = UTC in February. 'By PA News Agency' gives author 'PA News Agency'. One local traffic item is off-beat.",
  not_entries=["masthead, 'Sign in  Subscribe', menu", "cookie notice", "breadcrumb 'Home > Topics > Ukraine'", "title 'Latest Ukraine news' and 'Follow this topic'",
               "'By NAME' lines (authors)", "'N comments' lines", "'Advertisement'", "'Load more'", "'Most Read' and its three local links", "newsletter line", "IPSO line and footer"],
  entries=[
  E("2025-02-17 16:20", "Starmer joins European leaders at Paris crisis talks on Ukraine",
    ["Sir Keir Starmer told European leaders gathered at the Elysee Palace that the continent must do more for its own defence, amid fears that Washington will strike a deal with Moscow over their heads.",
     "The Prime Minister said an American security backstop would still be needed to stop Russia attacking Ukraine again."],
    "diplomacy", "diplomacy", 3, "paris-emergency-summit-ukraine", a="PA News Agency"),
  E("2025-02-17 14:05", "Abingdon church group sends generators to Kharkiv hospital",
    ["A church group in Abingdon has raised enough money to send four diesel generators to a children's hospital in Kharkiv that has been hit by repeated power cuts."],
    "aid", "aid", 2, "abingdon-generators-kharkiv-hospital", a="Lucy Brennard", n="Private humanitarian donation to Ukraine -> aid."),
  E("2025-02-17 12:30", "Oxford college offers scholarships to displaced Ukrainian students",
    ["An Oxford college will fund three places a year for students whose studies in Ukraine were cut short by the war, it has announced.",
     "The scholarships cover fees and living costs for a one-year master's course."],
    "other", "humanitarian", 2, "oxford-college-ukrainian-scholarships", a="Tom Ashdown"),
  E("2025-02-17 11:15", "Lavrov says Europe has no place at negotiating table",
    ["Russia's foreign minister, Sergei Lavrov, said he saw no reason for European countries to take part in peace talks, a day before he is due to meet American officials in Saudi Arabia."],
    "diplomacy", "diplomacy", 2, "lavrov-europe-no-place-at-talks", a="PA News Agency"),
  E("2025-02-17 09:40", "UK ready to send troops to keep the peace in Ukraine, says Starmer",
    ["Sir Keir Starmer has said he is prepared to put British troops on the ground in Ukraine as part of a peace settlement.",
     "Writing ahead of the Paris meeting, he said the UK would play a leading role in guaranteeing Ukraine's security."],
    "diplomacy", "diplomacy", 3, "starmer-uk-troops-offer", a="PA News Agency", n="Separate statement from the Paris summit itself."),
  OFF("2025-02-17 07:55", "Overnight lane closures on A34 near Botley",
    ["Drivers are being warned of overnight lane closures on the A34 near the Botley Interchange for the rest of the week while the carriageway is resurfaced."],
    "a34-botley-resurfacing", a="Tom Ashdown", n="local roadworks."),
  ]))

SEEDS.append(dict(id="6207", name="6207_bna-latest", ext="html", source="Bahrain News Agency", zone="Asia/Bahrain", render=r_bna,
  title="Latest News",
  notes="Imitates the Bahrain News Agency English 'Latest News' listing, HTML. Newest first. Each item: h3 headline link, a date line '24 Mar 2025 | 21:15' (no zone printed: Bahrain time, UTC+3, implied by the outlet), then paragraphs whose first one opens with the agency dateline 'Manama, March 24 (BNA) --' (kept in first_sentence as printed). No bylines: author null. Three of six items are Bahraini news unrelated to the war (off-beat).",
  not_entries=["masthead and Arabic-language link", "menu", "section title 'Latest News'", "'Read more' and 'Share' under each item", "pager", "footer"],
  entries=[
  E("2025-03-24 21:15", "Bahrain welcomes Riyadh talks on the Russian-Ukrainian crisis",
    ["Manama, March 24 (BNA) -- The Ministry of Foreign Affairs welcomed the meetings hosted by the Kingdom of Saudi Arabia between delegations from the United States, Ukraine and the Russian Federation, expressing hope that they would lead to a lasting ceasefire.",
     "The ministry praised Saudi Arabia's efforts to support dialogue and peaceful solutions to international disputes."],
    "diplomacy", "diplomacy", 2, "bahrain-welcomes-riyadh-talks"),
  OFF("2025-03-24 18:40", "HRH the Crown Prince and Prime Minister receives Ramadan well-wishers",
    ["Manama, March 24 (BNA) -- His Royal Highness Prince Salman bin Hamad Al Khalifa, Crown Prince and Prime Minister, received citizens and officials at Gudaibiya Palace on the occasion of the holy month of Ramadan."],
    "bahrain-crown-prince-ramadan-majlis", n="Bahraini court news."),
  E("2025-03-24 15:30", "US and Russian delegations hold talks in Riyadh",
    ["Riyadh, March 24 (BNA) -- Delegations from the United States and the Russian Federation held talks in Riyadh on Monday focusing on the safety of navigation in the Black Sea, according to Russian news agencies.",
     "The meeting follows talks between the American and Ukrainian delegations in the Saudi capital on Sunday."],
    "diplomacy", "diplomacy", 3, "riyadh-us-russia-talks-2025-03-24"),
  OFF("2025-03-24 13:05", "Interior Minister reviews traffic arrangements for the last days of Ramadan",
    ["Manama, March 24 (BNA) -- The Minister of Interior reviewed the traffic and security arrangements for the final days of Ramadan and the coming Eid Al-Fitr holiday."],
    "bahrain-ramadan-traffic-plan", n="Bahraini domestic news."),
  E("2025-03-24 10:20", "Under-Secretary for Political Affairs receives Ukraine's ambassador",
    ["Manama, March 24 (BNA) -- The Under-Secretary for Political Affairs at the Ministry of Foreign Affairs received the non-resident Ambassador of Ukraine to the Kingdom of Bahrain, and they discussed bilateral relations and the latest developments in the Russian-Ukrainian crisis."],
    "diplomacy", "diplomacy", 2, "bahrain-receives-ukrainian-ambassador"),
  OFF("2025-03-24 08:45", "Health Ministry extends clinic hours in the last week of Ramadan",
    ["Manama, March 24 (BNA) -- The Ministry of Health announced longer evening opening hours at several health centres during the last week of Ramadan."],
    "bahrain-health-centres-ramadan-hours", n="Bahraini health services."),
  ]))

SEEDS.append(dict(id="6208", name="6208_vietnamnews-world", ext="html", source="Vietnam News", zone="Asia/Ho_Chi_Minh", render=r_vns,
  title="World", clock="Tuesday, April 1, 2025",
  notes="Imitates the Viet Nam News World section listing, HTML. Newest first. Each item: h2 headline link, then the stamp 'Update: April, 01/2025 - 21:40' (month name, day/year, 24 h) AFTER the headline, summary paragraphs, and a credit paragraph ('AFP/VNA', 'Reuters/VNA', 'VNS') used as author. No zone printed: Vietnam time (UTC+7) implied. Two items are off-beat (Myanmar earthquake, Vietnam-Russia cooperation talks).",
  not_entries=["top bar with the date 'Tuesday, April 1, 2025', 'E-paper', 'Search'", "logo and slogan", "menu", "section title 'World'", "credit paragraphs", "'Advertisement'", "'More'", "footer"],
  entries=[
  E("2025-04-01 21:40", "Russia and Ukraine accuse each other of breaking energy truce",
    ["Moscow and Kyiv traded accusations on Tuesday that the other side had attacked energy facilities despite an American-brokered pledge to halt such strikes for 30 days.",
     "Russia's defence ministry said Ukrainian drones had hit an electricity substation in the Bryansk region, while Kyiv said Russian shelling had cut power in parts of Kherson."],
    "strikes", "strikes", 2, "energy-truce-mutual-accusations-2025-04-01", a="AFP/VNA", sec=["diplomacy"]),
  E("2025-04-01 18:05", "Finland to quit treaty banning anti-personnel mines",
    ["Finland will withdraw from the Ottawa Convention on anti-personnel mines, President Alexander Stubb said, citing the threat posed by Russia along the country's long eastern border.",
     "Poland and the three Baltic states announced a similar step last month."],
    "other", "security", 2, "finland-quits-ottawa-mine-treaty", a="Reuters/VNA"),
  OFF("2025-04-01 15:20", "Myanmar earthquake toll climbs above 2,700",
    ["The number of people confirmed dead after last week's earthquake in central Myanmar has risen above 2,700, the military government said, as rescuers kept searching collapsed buildings in Mandalay."],
    "myanmar-earthquake-toll", a="AFP/VNA", n="Myanmar earthquake."),
  E("2025-04-01 12:35", "Russia's spring draft to call up 160,000 men",
    ["President Vladimir Putin has signed a decree calling up 160,000 men aged 18 to 30 for a year of compulsory military service, the largest spring draft in more than a decade.",
     "Officials insist conscripts will not be sent to fight in Ukraine."],
    "other", "politics", 2, "russia-spring-conscription-2025", a="AFP/VNA"),
  OFF("2025-04-01 10:10", "Vi\u1ec7t Nam, Russia discuss energy and education co-operation",
    ["A Vietnamese delegation led by a deputy foreign minister held talks in Moscow on expanding co-operation in oil and gas, education and tourism."],
    "vietnam-russia-cooperation-talks", a="VNS", n="bilateral Vietnam-Russia co-operation, not about the war."),
  E("2025-04-01 08:15", "Trump threatens tariffs on buyers of Russian oil",
    ["US President Donald Trump said he was very angry with Russian President Vladimir Putin over remarks questioning Ukrainian President Volodymyr Zelensky's legitimacy, and threatened secondary tariffs on countries that buy Russian oil."],
    "diplomacy", "diplomacy", 2, "trump-secondary-tariffs-russian-oil-threat", a="AFP/VNA", n="Sanctions threat -> diplomacy."),
  ]))

SEEDS.append(dict(id="6209", name="6209_thestar-worldrss", ext="xml", source="The Star", zone="Asia/Kuala_Lumpur", render=r_star,
  title="The Star Online - World",
  notes="Imitates The Star (Malaysia) World RSS 2.0 feed. Newest first. pubDate in +0800 (Malaysia time); one-paragraph <description>; no authors. Three of seven items are off-beat (Kashmir attack, Pope Francis's funeral, gold price). Entries 05 (Zelensky) and 07 (Putin via the Kremlin) are different statements on talks: separate stories.",
  not_entries=["channel title/link/description/language/lastBuildDate", "<guid>, <link>, <category> and <media:content> of each item"],
  entries=[
  E("2025-04-22 23:40", "Witkoff to travel to Moscow again this week, Kremlin says",
    ["US envoy Steve Witkoff will visit Russia again later this week for talks with President Vladimir Putin, a Kremlin aide said on Tuesday."],
    "diplomacy", "diplomacy", 2, "witkoff-moscow-visit-planned-april"),
  dict(OFF("2025-04-22 22:45", "Gunmen kill tourists in Indian Kashmir",
    ["Gunmen opened fire on tourists at a meadow near Pahalgam in Indian-administered Kashmir, killing at least 20 people, police said."],
    "pahalgam-attack-2025", n="Kashmir attack."), cat="South Asia"),
  dict(OFF("2025-04-22 21:15", "Cardinals set Saturday funeral for Pope Francis",
    ["Roman Catholic cardinals meeting at the Vatican decided that the funeral of Pope Francis will be held in St Peter's Square on Saturday morning."],
    "pope-francis-funeral-date", n="Vatican."), cat="Europe"),
  dict(E("2025-04-22 19:30", "Russian drone hits workers' bus in Ukraine's Dnipropetrovsk region",
    ["A Russian drone struck a bus carrying employees of a mining company in the town of Marhanets, killing at least eight people and injuring more than 30, Ukrainian officials said."],
    "strikes", "strikes", 3, "marhanets-bus-drone-strike"), cat="Europe"),
  dict(E("2025-04-22 15:10", "Zelensky says Ukraine ready for talks once strikes on civilians stop",
    ["Ukrainian President Volodymyr Zelensky said Kyiv was ready to discuss any format of negotiations with Russia, but only after a halt to strikes on civilian targets."],
    "diplomacy", "diplomacy", 3, "zelensky-talks-after-civilian-ceasefire"), cat="Europe"),
  dict(OFF("2025-04-22 12:20", "Gold hits record as dollar slides",
    ["Gold prices climbed to a fresh record in Asian trade as worries about US tariffs and the independence of the Federal Reserve pushed investors towards safe havens."],
    "gold-record-high-april-2025", n="markets."), cat="Business"),
  dict(E("2025-04-22 09:05", "Kremlin says Putin open to talks with Kyiv on sparing civilian sites",
    ["Russian President Vladimir Putin is open to discussing with Ukraine a halt to strikes on civilian facilities, the Kremlin said."],
    "diplomacy", "diplomacy", 2, "putin-open-to-civilian-strike-talks"), cat="Europe"),
  ]))


# ============================================================ PART B: three multi-source days with invented outlets
CH = "chornobyl-shelter-drone-hit"            # day 1 + continuation on day 2
OD = "odesa-apartment-drone-strike-2025-02-14"
VZ = "zelensky-vance-munich-meeting"
MIN = "us-minerals-proposal-unsigned"
D1 = ("Multi-source day 1 (UTC 2025-02-14, seeds 6220-6224). Multi-seed stories: " + CH + " (Chernobyl/Chornobyl), " + OD + " (toll two -> three -> four; Odessa/Odesa), "
      + VZ + ", " + MIN + ". Must not merge: " + CH + " vs zaporizhzhia-npp-backup-line-loss and vs analysis-nuclear-sites-in-the-war; " + OD
      + " vs izmail-port-drone-attack-2025-02-14; " + VZ + " vs european-ministers-munich-statement; pokrovsk-assault-repelled-2025-02-14 vs russia-claims-advance-kupiansk-2025-02-14.")

SEEDS.append(dict(id="6220", name="6220_brackenbury-textlive", ext="txt", source="Brackenbury Ledger", zone="Europe/London", render=r_ledger,
  title="Ukraine live: drone strikes Chernobyl shelter; deaths in Odessa", dateline="Friday 14 February 2025",
  lede="Our rolling coverage of the war in Ukraine and the Munich Security Conference.",
  notes="Invented outlet. Text live blog, newest first; 'Key Points' block near the top lists two post headlines (key_point true); each post is a '16.30 GMT' line above the headline, paragraphs, then 'Posted by NAME'. GMT = UTC. Spellings 'Chernobyl' and 'Odessa'. Entry 03 is the day's theme piece (analysis of attacks on nuclear sites: own story); entry 05 is a video teaser without body. " + D1,
  not_entries=["outlet name and breadcrumb", "title and date lines", "lede 'Our rolling coverage ...'", "'Key Points' heading and its two bullet lines (they repeat post headlines)", "'Latest'",
               "'Posted by NAME' lines (authors)", "'Advertisement'", "'End of updates for now' and footer"],
  entries=[
  E("2025-02-14 16:30", "Odessa toll rises to three",
    ["A third person has died in hospital after the overnight drone attack on a residential building in Odessa, the regional administration said.",
     "Seven others are still being treated, two of them in a serious condition."],
    "strikes", "strikes", 3, OD, a="Harriet Loame"),
  E("2025-02-14 14:50", "Ukraine says Russian assault near Pokrovsk repelled",
    ["Ukrainian troops beat back a Russian attack with armoured vehicles south-west of Pokrovsk, the army's Khortytsia group said, claiming eight vehicles were destroyed."],
    "other", "frontline", 2, "pokrovsk-assault-repelled-2025-02-14", a="Tobias Quennell", n="Different frontline event from the Kupiansk claim (6224-04): must not merge."),
  E("2025-02-14 13:15", "Analysis: nuclear sites in the line of fire",
    ["Friday's hit on Chernobyl was not the first time Ukraine's nuclear facilities have been caught up in the fighting.",
     "Europe's largest nuclear plant, at Zaporizhzhia, has been under Russian control since March 2022 and has repeatedly lost outside power after shelling, while drones have been reported near the Khmelnytskyi and Rivne plants.",
     "The International Atomic Energy Agency now keeps inspectors at all five sites."],
    "strikes", "strikes", 2, "analysis-nuclear-sites-in-the-war", a="Harriet Loame", n="Theme piece (analysis with body): own story, importance 2; must not merge with " + CH + "."),
  E("2025-02-14 11:40", "Zelensky and Vance hold talks in Munich",
    ["Volodymyr Zelensky met US Vice-President JD Vance on the sidelines of the Munich Security Conference, their first meeting since the new administration took office.",
     "Zelensky said afterwards that Ukraine wanted security guarantees before any talks with Moscow, while Vance said Washington wanted a lasting peace rather than one that would fall apart within a few years."],
    "diplomacy", "diplomacy", 3, VZ, a="Tobias Quennell"),
  E("2025-02-14 10:05", "Watch: drone footage shows scorched roof of the Chernobyl arch", [], "strikes", "strikes", 1, CH, n="Video teaser without body -> importance 1."),
  E("2025-02-14 08:25", "Odessa: two dead after drones hit apartment block",
    ["Two people were killed and seven injured when Russian drones struck a nine-storey apartment building in Odessa before dawn, the regional governor, Oleh Kiper, said.",
     "Firefighters brought residents down from the upper floors as the blaze spread."],
    "strikes", "strikes", 3, OD, a="Harriet Loame", kp=True),
  E("2025-02-14 07:10", "Drone strikes Chernobyl's radiation shelter, Zelensky says",
    ["A Russian attack drone with a high-explosive warhead hit the protective shelter over the destroyed reactor at Chernobyl during the night, President Volodymyr Zelensky said.",
     "He said the fire it started had been put out and that radiation levels were not rising.",
     "Russia's defence ministry has not commented."],
    "strikes", "strikes", 3, CH, a="Tobias Quennell", kp=True),
  ]))

SEEDS.append(dict(id="6221", name="6221_cauldmoor-htmllive", ext="html", source="Cauldmoor Wire", zone="Europe/Kyiv", render=r_cauldmoor,
  title="Chornobyl shelter hit as drones pound Odesa region \u2014 live", dateline="14 February 2025", url="https://cauldmoor.example/live/2025-02-14",
  lede="Updates from our newsroom in Kyiv. All times are Kyiv time.",
  notes="Invented outlet. HTML live blog, OLDEST first; LiveBlogPosting JSON-LD with correct per-update times; each update '<time datetime=...+02:00>08:30</time>' above the h2, then paragraphs and a '\u2014 Name' signature (author). Kyiv EET = UTC+2. Entry 05 repeats entry 01 nearly verbatim (duplicate_of 6221-01). Entry 02 (Izmail port) and entry 04 (Zaporizhzhia power line) are different events from the Odesa and Chornobyl stories. " + D1,
  not_entries=["header and menu", "h1 title", "date line", "intro 'Updates from our newsroom in Kyiv. All times are Kyiv time.'", "'\u2014 Name' signatures", "'Copy link'",
               "'This live page is no longer being updated.'", "footer"],
  entries=[
  E("2025-02-14 08:30", "Chornobyl: drone punched hole in New Safe Confinement",
    ["The drone hit the arch-shaped steel shelter at about 1:50 am, Ukraine's nuclear regulator said, tearing a hole in its outer shell.",
     "Emergency crews spent the rest of the night stopping a fire in the insulation layer."],
    "strikes", "strikes", 3, CH, a="Oksana Velychko"),
  E("2025-02-14 10:15", "Drones hit port facilities in Izmail",
    ["Russian drones damaged warehouses and a grain terminal at the Danube port of Izmail in Odesa region, the regional governor said, adding that nobody was hurt."],
    "strikes", "strikes", 2, "izmail-port-drone-attack-2025-02-14", a="Andriy Soloviy", n="Same region as the Odesa city strike but a different attack: must not merge."),
  E("2025-02-14 12:20", "IAEA: radiation levels at Chornobyl remain normal",
    ["The International Atomic Energy Agency said its team on the site had heard an explosion and seen a fire, but that radiation levels inside and outside the shelter were normal and stable.",
     "Director General Rafael Grossi called the attack deeply worrying."],
    "strikes", "strikes", 3, CH, a="Oksana Velychko", n="Aftermath of the same attack -> same story."),
  E("2025-02-14 14:05", "Zaporizhzhia plant loses its last backup power line",
    ["The Russian-occupied Zaporizhzhia nuclear plant has been cut off from its only remaining backup line after shelling nearby, the IAEA said, leaving it dependent on a single main connection."],
    "strikes", "strikes", 2, "zaporizhzhia-npp-backup-line-loss", a="Andriy Soloviy", n="Nuclear-safety theme, different site and event from Chornobyl: must not merge."),
  E("2025-02-14 17:30", "Chornobyl: drone punched a hole in the New Safe Confinement",
    ["The drone hit the arch-shaped steel shelter at about 1:50 am, Ukraine's nuclear regulator said, tearing a hole in its outer shell.",
     "Emergency crews spent the rest of the night putting out a fire in the insulation layer."],
    "strikes", "strikes", 1, CH, a="Oksana Velychko", dup="6221-01", n="Near-verbatim repeat of 6221-01 -> importance 1."),
  E("2025-02-14 19:10", "Odesa death toll climbs to four",
    ["A fourth person has died after the drone strike on an apartment block in Odesa, Governor Oleh Kiper said.",
     "The city has declared Saturday a day of mourning."],
    "strikes", "strikes", 3, OD, a="Andriy Soloviy"),
  ]))

SEEDS.append(dict(id="6222", name="6222_pennickbay-worldrss", ext="xml", source="Pennick Bay World Service", zone="UTC", render=r_rss_world, rfc="GMT",
  title="Pennick Bay World Service - World headlines", url="https://pennickbay.example", lede="International headlines from Pennick Bay World Service",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, no authors; four of six items are off-beat (Congo, Gaza hostages, Munich car attack, India-US trade). Spelling 'Chernobyl'. " + D1,
  not_entries=["channel title/link/description/language", "<guid>, <link> and <category> of each item"],
  entries=[
  OFF("2025-02-14 21:40", "Rebels close in on Bukavu in eastern Congo",
      ["M23 rebel fighters were reported on the outskirts of Bukavu, the second city of eastern Congo, as government troops and officials left the area."],
      "congo-m23-bukavu-advance", n="Congo conflict."),
  OFF("2025-02-14 18:20", "Hamas says Saturday hostage release will go ahead",
      ["Hamas said it would free three more Israeli hostages on Saturday as planned, easing fears that the Gaza ceasefire would collapse."],
      "gaza-hostage-release-2025-02-15", n="Gaza ceasefire."),
  OFF("2025-02-14 15:05", "Munich car attack suspect held as prosecutors cite religious motive",
      ["Prosecutors in Munich said the man who drove into a trade union march on Thursday, injuring more than 30 people, appeared to have acted out of religious motives."],
      "munich-car-attack-investigation", n="German crime story (not the war, despite Munich)."),
  E("2025-02-14 12:30", "Vance meets Zelensky at Munich conference",
    ["US Vice-President JD Vance and Ukraine's President Volodymyr Zelensky held talks in Munich, with both sides calling the meeting good but giving few details.",
     "Zelensky said Ukraine needed real security guarantees."],
    "diplomacy", "diplomacy", 3, VZ),
  E("2025-02-14 09:10", "Chernobyl shelter hit by drone, Kyiv says; Moscow denies role",
    ["Ukraine said a Russian drone had damaged the shelter covering the Chernobyl reactor that exploded in 1986, while the Kremlin said its forces had carried out no such attack.",
     "UN inspectors said radiation levels had not changed."],
    "strikes", "strikes", 3, CH),
  OFF("2025-02-14 06:45", "Modi and Trump agree to push for trade deal",
      ["Indian Prime Minister Narendra Modi and US President Donald Trump agreed in Washington to open talks on a trade agreement and to expand India's purchases of American energy."],
      "modi-trump-trade-talks", n="India-US trade."),
  ]))

SEEDS.append(dict(id="6223", name="6223_hawthwaite-article", ext="txt", source="Hawthwaite Gazette", zone="Europe/Berlin", render=r_article_b,
  title="Munich opens with Ukraine on every agenda", byline="Greta Lindqvist in Munich", dateline="14 February 2025, 18:30 CET", crumb="World \u203a Europe",
  lede="Security talks in Munich were overshadowed on Friday by news from Ukraine.", more="What is the Munich Security Conference?",
  notes="Invented outlet. Text article with four section headings; one entry per section, stamp null, published = the dateline '14 February 2025, 18:30 CET' (UTC+1); page byline (name part) as author. " + D1,
  not_entries=["outlet name and breadcrumb", "title line", "byline and dateline lines", "lede paragraph", "'Share this article'", "'Related: ...' link", "copyright line"],
  entries=[
  E("2025-02-14 18:30", "Zelensky meets Vance",
    ["Ukraine's president used his meeting with the American vice-president to ask for firm security guarantees, telling reporters afterwards that his country would not accept a ceasefire imposed without them.",
     "Vance told the conference later that Washington wanted a settlement that would last."],
    "diplomacy", "diplomacy", 3, VZ, a="Greta Lindqvist"),
  E("2025-02-14 18:30", "No signature on the minerals draft",
    ["Kyiv has not signed an American proposal that would give the United States a share of Ukraine's rare earths and other minerals, Ukrainian officials said, arguing that the draft did not protect Ukraine's interests."],
    "diplomacy", "diplomacy", 3, MIN, a="Greta Lindqvist", sec=["aid"]),
  E("2025-02-14 18:30", "Five ministers, one message",
    ["Foreign ministers from France, Germany, Poland, Italy and Britain met on the conference fringe and said in a joint statement that Ukraine and Europe must be part of any negotiations on the war."],
    "diplomacy", "diplomacy", 2, "european-ministers-munich-statement", a="Greta Lindqvist", n="Same place (Munich) as the Vance meeting, different event: must not merge."),
  E("2025-02-14 18:30", "Odesa mourns four",
    ["In Odesa, the number of people killed in the overnight drone strike on an apartment building rose to four, regional officials said.",
     "The city authorities announced a day of mourning for Saturday."],
    "strikes", "strikes", 3, OD, a="Greta Lindqvist"),
  ]))

SEEDS.append(dict(id="6224", name="6224_tolverne-atom", ext="xml", source="Tolverne Live", zone="America/New_York", render=r_atom_b,
  title="Tolverne Live: Ukraine", url="https://tolverne.example/ukraine", idbase=9400,
  notes="Invented outlet. Atom 1.0 feed, newest first, <published> with -05:00 (EST); escaped HTML content; one author per entry. Spelling 'Chornobyl'. Entry 01 is re-posted by the same feed on day 2 (6231-02). " + D1,
  not_entries=["feed title/links/id/updated", "<updated> and <id> of each entry"],
  entries=[
  E("2025-02-14 13:40", "Ukraine holds off signing U.S. minerals proposal",
    ["Ukrainian officials have not signed a U.S. proposal that would give Washington rights to a share of the country's mineral wealth, saying it needs changes before Kyiv can accept it.",
     "President Volodymyr Zelensky has said any such deal must be tied to security guarantees."],
    "diplomacy", "diplomacy", 3, MIN, a="Corinne Halsey", sec=["aid"]),
  E("2025-02-14 10:55", "Third victim dies after Odesa drone strike",
    ["The death toll from a Russian drone strike on an Odesa apartment block has risen to three, Ukraine's emergency service said."],
    "strikes", "strikes", 3, OD, a="Marcus Wendt"),
  E("2025-02-14 09:20", "Chornobyl strike a danger for all of Europe, Zelensky says",
    ["Zelensky told reporters in Munich that the drone strike on the Chornobyl shelter showed Russia was prepared to risk a radiation disaster.",
     "The only country that attacks such sites is Russia, he said."],
    "strikes", "strikes", 3, CH, a="Corinne Halsey", n="Reaction whose content is the attack itself -> same story."),
  E("2025-02-14 07:05", "Russia claims Ukrainian troops pushed back near Kupiansk",
    ["Russia's defense ministry said its troops had forced Ukrainian units out of positions on the eastern bank of the Oskil River near Kupiansk."],
    "other", "frontline", 2, "russia-claims-advance-kupiansk-2025-02-14", a="Marcus Wendt"),
  E("2025-02-14 05:30", "Kremlin says no Russian delegation will go to Munich",
    ["Kremlin spokesman Dmitry Peskov said no Russian officials would take part in talks in Munich, brushing aside earlier remarks by President Donald Trump that envoys from Moscow and Kyiv would meet there."],
    "diplomacy", "diplomacy", 2, "kremlin-no-munich-delegation", a="Corinne Halsey"),
  ]))

ZS = "zelensky-munich-european-army-speech"
KOS = "kostiantynivka-market-strike-2025-02-15"
RL = "rubio-lavrov-phone-call-2025-02-15"
D2 = ("Multi-source day 2 (UTC 2025-02-15, seeds 6230-6234). Multi-seed stories: " + ZS + ", " + KOS + " (toll three -> five -> six; Kostiantynivka/Konstantinovka/Kostyantynivka), "
      + RL + ", and the day-1 story " + CH + " continued with a new development (fire flaring again, crews cutting into the cladding). Re-post: 6231-02 repeats day-1 6224-01. "
      "Must not merge: " + KOS + " vs kramatorsk-shelling-2025-02-15; " + RL + " vs kellogg-europe-not-at-table; " + ZS + " vs explainer-european-army-idea; "
      "russia-claims-village-west-of-pokrovsk-2025-02-15 vs north-korean-troops-pulled-back-kursk.")

SEEDS.append(dict(id="6230", name="6230_marrowfold-htmllive", ext="html", source="Marrowfold Herald", zone="Europe/Berlin", render=r_marrowfold,
  title="Live: Zelensky urges Europe to build its own army", byline="Lena Hartwig",
  lede="The second day of the Munich Security Conference, and the latest from the war.",
  notes="Invented outlet. HTML live ticker, newest first; each item a '15.02.2025, 19:45 CET' span (full date, CET = UTC+1) above the h2; NewsArticle JSON-LD for the page only (no per-update data); one page byline (Lena Hartwig) for every entry. Spelling 'Kostiantynivka'. Entry 05 is a photo teaser without body. Entry 03 continues the day-1 Chornobyl story with a new development. " + D2,
  not_entries=["cookie line", "header and menu", "h1 title", "byline 'By Lena Hartwig'", "teaser paragraph under the title", "'More on the topic' box and its link", "footer"],
  entries=[
  E("2025-02-15 19:45", "Kostiantynivka toll rises to six",
    ["Six people are now known to have died after Russian guided bombs hit a market in Kostiantynivka in the Donetsk region on Saturday morning, the regional governor, Vadym Filashkin, said.",
     "Fourteen people were wounded."],
    "strikes", "strikes", 3, KOS, a="Lena Hartwig"),
  E("2025-02-15 16:10", "Kellogg: Europe will not have a seat at the table",
    ["Washington's envoy for Ukraine, Keith Kellogg, told an audience in Munich that European governments would be consulted but would not take part directly in talks between the United States, Russia and Ukraine."],
    "diplomacy", "diplomacy", 2, "kellogg-europe-not-at-table", a="Lena Hartwig", n="Different statement from the Rubio-Lavrov call: must not merge."),
  E("2025-02-15 13:30", "Fire flares up again under the Chornobyl arch",
    ["Firefighters at Chornobyl are again battling smouldering insulation inside the shelter's outer cladding, a day after a drone tore a hole in the structure, Ukraine's emergency service said.",
     "Crews have had to cut openings in the steel skin to reach the hot spots, and the IAEA said the work could take days."],
    "strikes", "strikes", 3, CH, a="Lena Hartwig", n="Continuation of the day-1 story with a new development; keeps the day-1 slug."),
  E("2025-02-15 11:05", "Zelensky calls for an 'army of Europe'",
    ["Volodymyr Zelensky told the Munich Security Conference that the time had come to create armed forces of Europe, warning that Washington might no longer come to the continent's aid.",
     "He also said Ukraine would never accept a deal made behind its back."],
    "diplomacy", "diplomacy", 3, ZS, a="Lena Hartwig"),
  E("2025-02-15 09:50", "Photos: Kostiantynivka market after the strike", [], "strikes", "strikes", 1, KOS, a="Lena Hartwig", n="Photo teaser without body -> importance 1."),
  E("2025-02-15 08:40", "Guided bombs hit Kostiantynivka market, three dead",
    ["Russian aircraft dropped guided bombs on a busy market in Kostiantynivka early on Saturday, killing three people, local officials said."],
    "strikes", "strikes", 3, KOS, a="Lena Hartwig"),
  ]))

SEEDS.append(dict(id="6231", name="6231_tolverne-atom", ext="xml", source="Tolverne Live", zone="America/New_York", render=r_atom_b,
  title="Tolverne Live: Ukraine", url="https://tolverne.example/ukraine", idbase=9500,
  notes="Invented outlet (same feed as day 1's 6224). Atom 1.0, newest first, -05:00 (EST), one author per entry. Spelling 'Konstantinovka'. Entry 02 re-posts day-1 entry 6224-01 word for word with a new timestamp (importance 1). " + D2,
  not_entries=["feed title/links/id/updated", "<updated> and <id> of each entry"],
  entries=[
  E("2025-02-15 12:10", "Rubio and Lavrov speak by phone",
    ["Secretary of State Marco Rubio and Russian Foreign Minister Sergey Lavrov spoke by telephone on Saturday and agreed to keep in touch to prepare for a possible meeting between their presidents.",
     "The State Department said Rubio reaffirmed President Donald Trump's commitment to ending the war."],
    "diplomacy", "diplomacy", 3, RL, a="Marcus Wendt"),
  E("2025-02-15 10:30", "Ukraine holds off signing U.S. minerals proposal",
    ["Ukrainian officials have not signed a U.S. proposal that would give Washington rights to a share of the country's mineral wealth, saying it needs changes before Kyiv can accept it.",
     "President Volodymyr Zelensky has said any such deal must be tied to security guarantees."],
    "diplomacy", "diplomacy", 1, MIN, a="Corinne Halsey", sec=["aid"], n="Re-post of day-1 entry 6224-01 (same headline and body, new timestamp) -> importance 1."),
  E("2025-02-15 08:05", "Konstantinovka market attack leaves five dead",
    ["At least five people were killed when Russian bombs struck a market in the eastern Ukrainian town of Konstantinovka, according to Ukrainian officials."],
    "strikes", "strikes", 3, KOS, a="Corinne Halsey"),
  E("2025-02-15 06:20", "Ukraine brings home the bodies of 641 soldiers",
    ["The remains of 641 Ukrainian soldiers have been returned from Russia, the Ukrainian headquarters that handles prisoner-of-war matters said."],
    "other", "humanitarian", 2, "ukraine-repatriates-641-bodies", a="Marcus Wendt"),
  E("2025-02-15 04:45", "Russia says it seized village west of Pokrovsk",
    ["Russia's defense ministry claimed its forces had captured a village just west of Pokrovsk, a logistics hub Ukrainian troops have defended for months."],
    "other", "frontline", 2, "russia-claims-village-west-of-pokrovsk-2025-02-15", a="Marcus Wendt"),
  ]))

SEEDS.append(dict(id="6232", name="6232_glenquoich-diary", ext="txt", source="Glenquoich Times", zone="Europe/Kyiv", render=r_glenquoich,
  title="Ukraine war diary: Kostyantynivka market bombed, Zelensky's Munich appeal", dateline="Saturday, 15 February", tznote="Times are Kyiv time (EET)",
  parse_args=["--date", "2025-02-15"],
  notes="Invented outlet. Text live diary, OLDEST first; the date line 'Saturday, 15 February' names no year (parse_args --date 2025-02-15); each post: headline, then 'Filed 08:15 by NAME' AFTER the headline (stamp and author), then paragraphs. Kyiv EET = UTC+2 as the page states. Spelling 'Kostyantynivka'. Entry 05 repeats entry 03 nearly verbatim (duplicate_of 6232-03). Entry 06 is the theme piece (explainer). Entry 04 continues the day-1 Chornobyl story. " + D2,
  not_entries=["outlet name and section line", "title, date line and 'Times are Kyiv time (EET)'", "membership appeal line", "'That is all from us today.'", "footer"],
  entries=[
  E("2025-02-15 08:15", "Guided bombs strike market in Kostyantynivka",
    ["At least three people died when guided aerial bombs landed on an open-air market in Kostyantynivka, a frontline town in Donetsk region, regional officials said."],
    "strikes", "strikes", 3, KOS, a="Iryna Bondar"),
  E("2025-02-15 10:00", "Kramatorsk shelled, two wounded",
    ["Russian shelling hit a residential street in Kramatorsk, about 25 kilometres north of Kostyantynivka, wounding two men, the city's mayor said."],
    "strikes", "strikes", 2, "kramatorsk-shelling-2025-02-15", a="Iryna Bondar", n="Nearby town, different attack: must not merge with the market strike."),
  E("2025-02-15 12:25", "Zelensky in Munich: Europe needs its own army",
    ["President Volodymyr Zelensky told the Munich Security Conference that Europe could no longer count on the United States for its security and should build a joint army, with Ukrainian troops as its core."],
    "diplomacy", "diplomacy", 3, ZS, a="Serhiy Marchuk"),
  E("2025-02-15 14:40", "Chornobyl: crews cut into cladding to reach smouldering fire",
    ["Rescue crews at the Chornobyl site have begun cutting holes in the outer cladding of the shelter to get at insulation that has kept smouldering since Friday's drone strike."],
    "strikes", "strikes", 3, CH, a="Iryna Bondar", n="Continuation of the day-1 story with a new development; keeps the day-1 slug."),
  E("2025-02-15 16:55", "Zelensky in Munich: Europe needs an army of its own",
    ["President Volodymyr Zelensky told the Munich Security Conference that Europe could no longer count on the United States for its security and should build a joint army, with Ukrainian troops at its core."],
    "diplomacy", "diplomacy", 1, ZS, a="Serhiy Marchuk", dup="6232-03", n="Near-verbatim repeat of 6232-03 -> importance 1."),
  E("2025-02-15 19:30", "Explainer: what would a European army look like?",
    ["The idea of a common European army has been floated for decades, but the European Union has no troops of its own; defence stays with national governments and NATO.",
     "Zelensky's version would pool the continent's forces with Ukraine's, which at around 800,000 are the largest in Europe."],
    "diplomacy", "diplomacy", 2, "explainer-european-army-idea", a="Serhiy Marchuk", n="Theme piece (explainer with body): own story, importance 2; must not merge with " + ZS + "."),
  ]))

SEEDS.append(dict(id="6233", name="6233_swarthbeck-worldrss", ext="xml", source="Swarthbeck Report", zone="Asia/Singapore", render=r_rss_world, rfc="+0800",
  title="Swarthbeck Report - World", url="https://swarthbeck.example", lede="World news from the Swarthbeck Report, Singapore",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate +0800 (Singapore); no authors; four of six items are off-beat (Gaza hostages, Congo, Japan snow, Australian cyclone). " + D2,
  not_entries=["channel title/link/description/language", "<guid>, <link> and <category> of each item"],
  entries=[
  OFF("2025-02-15 22:40", "Three hostages freed in latest Gaza exchange",
      ["Hamas handed over three Israeli men in Khan Younis, and Israel began releasing hundreds of Palestinian prisoners in return under the Gaza ceasefire deal."],
      "gaza-hostage-release-2025-02-15", n="Gaza ceasefire."),
  E("2025-02-15 20:10", "Zelensky urges Europe to create its own armed forces",
    ["Ukraine's president told security officials gathered in Munich that Europe needed a joint army because it could no longer be sure of American support."],
    "diplomacy", "diplomacy", 3, ZS),
  OFF("2025-02-15 17:35", "M23 rebels enter Bukavu",
      ["Rebels backed by Rwanda walked into the centre of Bukavu in eastern Congo without meeting resistance, residents said."],
      "congo-m23-bukavu-advance", n="Congo conflict."),
  E("2025-02-15 15:00", "Russian bombs hit market in eastern Ukraine",
    ["A Russian air strike on a market in the eastern Ukrainian town of Kostiantynivka killed three people, Ukrainian officials said."],
    "strikes", "strikes", 3, KOS),
  OFF("2025-02-15 12:20", "Snowstorm strands hundreds of drivers in northern Japan",
      ["Heavy snow closed highways in Hokkaido and Aomori, leaving hundreds of vehicles stuck overnight, Japanese broadcasters reported."],
      "japan-snow-strands-drivers", n="Japanese weather."),
  OFF("2025-02-15 09:15", "Cyclone Zelia weakens after crossing Western Australian coast",
      ["Cyclone Zelia crossed the Pilbara coast as a severe storm before weakening, with no serious injuries reported."],
      "cyclone-zelia-landfall", n="Australian weather."),
  ]))

SEEDS.append(dict(id="6234", name="6234_askerswell-article", ext="txt", source="Askerswell Review", zone="Europe/London", render=r_article_b,
  title="Europe told to stand on its own feet", byline="Rosalind Petch", dateline="15 February 2025 \u00b7 20:15 GMT", crumb="News \u203a World",
  lede="A day of speeches and phone calls left European capitals uneasy about where talks on Ukraine are heading.", more="Munich diary: the corridors and the hall",
  notes="Invented outlet. Text article with three section headings; one entry per section, stamp null, published = the dateline '15 February 2025 \u00b7 20:15 GMT' (UTC); page byline as author. " + D2,
  not_entries=["outlet name and breadcrumb", "title line", "byline and dateline lines", "lede paragraph", "'Share this article'", "'Related: ...' link", "copyright line"],
  entries=[
  E("2025-02-15 20:15", "Zelensky's warning",
    ["Ukraine's president warned Europe in Munich that it could not assume America would stay at its side, and called for the continent to build its own military force.",
     "The speech drew a standing ovation in the conference hall."],
    "diplomacy", "diplomacy", 3, ZS, a="Rosalind Petch"),
  E("2025-02-15 20:15", "A first call between Rubio and Lavrov",
    ["Across the Atlantic, US Secretary of State Marco Rubio spoke to his Russian counterpart, Sergei Lavrov, by phone, in what Moscow described as an agreement to restore contacts."],
    "diplomacy", "diplomacy", 3, RL, a="Rosalind Petch"),
  E("2025-02-15 20:15", "Kyiv says North Korean troops pulled back",
    ["Ukraine's special forces said North Korean soldiers sent to Russia's Kursk region had not been seen on the front for about two weeks after suffering heavy losses."],
    "other", "frontline", 2, "north-korean-troops-pulled-back-kursk", a="Rosalind Petch"),
  ]))

TR = "easter-truce-violations"
ZO = "zelensky-30-day-civilian-strike-halt-offer"
POW = "easter-eve-prisoner-exchange-246"
TRUMP = "trump-hopes-for-deal-this-week"
D3 = ("Multi-source day 3 (UTC 2025-04-20, Easter Sunday, seeds 6240-6244). Multi-seed stories: " + TR + " (tallies 59 shelling incidents -> 444 -> Russia's 1,080 -> 2,480 -> 2,911; "
      "Kupyansk/Kupiansk), " + POW + ", " + ZO + ", " + TRUMP + ". Must not merge: " + TR + " vs " + ZO + " and vs explainer-ceasefires-in-ukraine-war; " + ZO
      + " vs kremlin-no-order-to-extend-truce; kremlin-no-order-to-extend-truce vs " + TRUMP + "; " + TR + " vs belgorod-drone-car-2025-04-20.")

SEEDS.append(dict(id="6240", name="6240_lingmoor-textlive", ext="txt", source="Lingmoor Standard", zone="Europe/London", render=r_lingmoor,
  title="Easter truce live: Kyiv and Moscow trade accusations of breaches", dateline="Sunday 20 April 2025", byline="Nell Carrow",
  bullets=["Putin's 30-hour Easter truce began at 6pm Moscow time on Saturday", "Both sides say the other has broken it", "The truce is due to end at midnight Moscow time"],
  notes="Invented outlet. Text live blog, newest first; a 'What we know so far' summary box (three bullets: lede, NOT entries); each post is a '9.15pm' line above the headline; 'All times BST' (UTC+1); one page byline 'Compiled by Nell Carrow' (author of every entry). Entry 02 is the theme piece (explainer on earlier truces). Convention: ceasefire-violation tallies are diplomacy (ceasefire) with strikes as secondary topic. " + D3,
  not_entries=["outlet name and menu", "title, date line, 'Compiled by Nell Carrow', 'All times BST'", "'What we know so far' and its three bullets", "'Sign up for our evening briefing'",
               "'Show older updates' and footer"],
  entries=[
  E("2025-04-20 21:15", "Ukraine's military counts almost 3,000 breaches",
    ["Ukraine's general staff said Russian forces had broken the Easter ceasefire 2,911 times by 8pm Kyiv time, including 96 ground assaults and more than 1,800 shelling incidents."],
    "diplomacy", "diplomacy", 3, TR, a="Nell Carrow", sec=["strikes"]),
  E("2025-04-20 18:40", "Explainer: why pauses in this war rarely hold",
    ["Saturday's truce is the latest in a short list of pauses declared since 2022, most of them one-sided and lasting a day or two.",
     "A Christmas truce ordered by Moscow in January 2023 was dismissed by Kyiv as a ploy, and last month's partial halt to strikes on energy sites soon dissolved into mutual accusations."],
    "diplomacy", "diplomacy", 2, "explainer-ceasefires-in-ukraine-war", a="Nell Carrow", n="Theme piece (explainer with body): own story, importance 2."),
  E("2025-04-20 15:05", "Russia says Ukraine broke truce more than 1,000 times",
    ["Russia's defence ministry said Ukrainian forces had violated the ceasefire 1,080 times, including drone attacks on Crimea and on the Kursk and Belgorod regions."],
    "diplomacy", "diplomacy", 3, TR, a="Nell Carrow", sec=["strikes"], n="Moscow's side of the same violations story."),
  E("2025-04-20 12:20", "Pope's Easter message appeals for peace in Ukraine",
    ["In an Easter message read out on his behalf in St Peter's Square, Pope Francis called for a just and lasting peace in Ukraine and for the release of prisoners."],
    "diplomacy", "diplomacy", 2, "pope-easter-message-ukraine", a="Nell Carrow"),
  E("2025-04-20 09:45", "Drone hits car in Belgorod region, governor says",
    ["Two people were injured when a Ukrainian drone struck a car near the town of Shebekino, the governor of Russia's Belgorod region said."],
    "strikes", "strikes", 2, "belgorod-drone-car-2025-04-20", a="Nell Carrow", n="A single attack, not the violations tally: own story."),
  E("2025-04-20 07:30", "Shelling continued overnight despite Easter pause, Kyiv says",
    ["Russian forces shelled Ukrainian positions 59 times and launched six assaults between 6pm and midnight, President Volodymyr Zelensky said on Sunday morning, accusing Moscow of only pretending to hold its fire."],
    "diplomacy", "diplomacy", 3, TR, a="Nell Carrow", sec=["strikes"]),
  ]))

SEEDS.append(dict(id="6241", name="6241_ravenmere-htmllive", ext="html", source="Ravenmere Courier", zone="Europe/Kyiv", render=r_ravenmere,
  title="Easter truce: live updates from Kyiv", dateline="Sunday, 20 April 2025", page_published="2025-04-20 08:00",
  lede="Follow our coverage of Easter Sunday in Ukraine and the short truce declared by Moscow.",
  notes="Invented outlet. HTML live blog, OLDEST first; visible '<span class=time>09:05</span>' above each h3 (Kyiv EEST = UTC+3, date from the date line). The LiveBlogPosting JSON-LD gives EVERY update the page's own datePublished (08:00 +03:00), so the per-update JSON-LD times are wrong and the visible times are used. 'Words: NAME' after the body gives the author; the teaser has none. Entry 01 is a video teaser without body; entry 05 repeats entry 03 nearly verbatim (duplicate_of 6241-03). Spelling 'Kupyansk'. " + D3,
  not_entries=["header and menu", "h1 title, date line and lead paragraph", "'Words: NAME' credit lines", "promo 'Read our Easter photo essay from Irpin'", "footer"],
  entries=[
  E("2025-04-20 09:05", "Watch: Easter service at St Michael's Golden-Domed Monastery", [], "other", "humanitarian", 1, "kyiv-easter-services-2025-04-20",
    n="Video teaser without body -> importance 1."),
  E("2025-04-20 10:30", "Front line quieter but not silent, say commanders",
    ["Ukraine's general staff said it had recorded 444 Russian ceasefire violations by 10am, among them 26 assaults, with the heaviest fighting around Kupyansk and Pokrovsk.",
     "Commanders said Russian artillery fire had eased in some sectors during the night."],
    "diplomacy", "diplomacy", 3, TR, a="Taras Melnyk", sec=["strikes"]),
  E("2025-04-20 13:15", "Zelensky offers 30-day halt on strikes against civilian sites",
    ["Volodymyr Zelensky said Ukraine was ready to stop long-range drone and missile strikes on civilian infrastructure for 30 days if Russia did the same.",
     "He said the offer would stand after the Easter truce ended at midnight."],
    "diplomacy", "diplomacy", 3, ZO, a="Olena Dzyuba", n="New proposal, not the violations tally: must not merge with " + TR + "."),
  E("2025-04-20 15:50", "Freed defenders reach Chernihiv region after Easter-eve swap",
    ["Buses carrying the 246 Ukrainian prisoners of war freed on Saturday arrived at a hospital in Chernihiv region, where relatives had gathered.",
     "Another 31 wounded soldiers came home in the exchange, which the United Arab Emirates helped arrange."],
    "diplomacy", "diplomacy", 3, POW, a="Taras Melnyk"),
  E("2025-04-20 18:20", "Zelensky offers 30-day halt on strikes on civilian sites",
    ["Volodymyr Zelensky said Ukraine was ready to stop long-range drone and missile strikes on civilian infrastructure for 30 days if Russia did the same.",
     "He said the offer would stand once the Easter truce ends at midnight."],
    "diplomacy", "diplomacy", 1, ZO, a="Olena Dzyuba", dup="6241-03", n="Near-verbatim repeat of 6241-03 -> importance 1."),
  E("2025-04-20 22:40", "Trump hopes for a deal 'this week'",
    ["US President Donald Trump wrote on social media that he hoped Russia and Ukraine would reach an agreement this week, after which both could do a great deal of business with the United States."],
    "diplomacy", "diplomacy", 3, TRUMP, a="Olena Dzyuba"),
  ]))

SEEDS.append(dict(id="6242", name="6242_fellhallow-worldatom", ext="xml", source="Fellhallow World Desk", zone="Asia/Tokyo", render=r_atom_b,
  title="Fellhallow World Desk \u2014 top stories", url="https://fellhallow.example/world", idbase=7700,
  notes="Invented outlet. General world-news Atom feed, newest first, <published> with +09:00 (Tokyo); no authors; four of six entries are off-beat (Vance to India, Osaka Expo, Yemen, Everest). " + D3,
  not_entries=["feed title/links/id/updated", "<updated> and <id> of each entry"],
  entries=[
  OFF("2025-04-20 23:20", "Vance heads to India for trade talks",
      ["US Vice-President JD Vance left Rome for New Delhi, where he is expected to discuss a trade agreement with Prime Minister Narendra Modi during a four-day visit."],
      "vance-india-visit", n="US-India trade."),
  E("2025-04-20 20:05", "Easter truce falters as both sides allege violations",
    ["Hours into a 30-hour ceasefire announced by Vladimir Putin, Russia and Ukraine were accusing each other of breaking it, with Kyiv reporting hundreds of attacks along the front."],
    "diplomacy", "diplomacy", 3, TR, sec=["strikes"]),
  OFF("2025-04-20 17:30", "Expo crowds top half a million in first week",
      ["More than 500,000 people visited the World Expo in Osaka during its first week, organisers said, though long queues at the gates drew complaints."],
      "osaka-expo-first-week", n="Japan."),
  OFF("2025-04-20 14:10", "Air strike hits market district in Yemeni capital, Houthis say",
      ["Houthi-run health authorities said a US air strike hit a market district in Sanaa overnight, killing at least 12 people; the US military did not comment."],
      "us-strikes-yemen-sanaa-2025-04", n="Yemen conflict."),
  E("2025-04-20 11:45", "Prisoners of war home after Easter-eve exchange",
    ["Ukraine and Russia each freed 246 prisoners of war on Saturday in a swap brokered by the United Arab Emirates, shortly before the Easter ceasefire took effect."],
    "diplomacy", "diplomacy", 3, POW),
  OFF("2025-04-20 09:30", "Climbers gather at Everest base camp as season opens",
      ["Hundreds of climbers and guides have arrived at Everest base camp in Nepal for the spring season, with permit numbers expected to match last year's."],
      "everest-season-opens-2025", n="Nepal mountaineering."),
  ]))

SEEDS.append(dict(id="6243", name="6243_harrowfen-article", ext="txt", source="Harrowfen Examiner", zone="America/Chicago", render=r_article_b,
  title="After a truce that barely held, talk turns to what comes next", byline="Dale Ostrowski", dateline="April 20, 2025 5:40 p.m. CDT", crumb="Nation & World",
  lede="Easter Sunday brought a brief and contested pause in the fighting, and a flurry of proposals.", more="Timeline: three years of talks about talks",
  notes="Invented outlet. Text article with three section headings; one entry per section, stamp null, published = the dateline 'April 20, 2025 5:40 p.m. CDT' (UTC-5); page byline as author. " + D3,
  not_entries=["outlet name and breadcrumb", "title line", "byline and dateline lines", "lede paragraph", "'Share this article'", "'Related: ...' link", "copyright line"],
  entries=[
  E("2025-04-20 17:40", "Zelensky's 30-day offer",
    ["Ukraine's president proposed on Sunday that both sides stop striking civilian infrastructure with drones and missiles for a month, an offer he said would show whether Moscow really wanted peace."],
    "diplomacy", "diplomacy", 3, ZO, a="Dale Ostrowski"),
  E("2025-04-20 17:40", "Trump: 'a deal this week'",
    ["President Donald Trump said he hoped Moscow and Kyiv would reach an agreement within days, holding out the prospect of trade with the United States for both."],
    "diplomacy", "diplomacy", 3, TRUMP, a="Dale Ostrowski"),
  E("2025-04-20 17:40", "246 home for Easter",
    ["The prisoner exchange on the eve of Easter returned 246 Ukrainian and 246 Russian soldiers, along with dozens of wounded, in one of the larger swaps this year."],
    "diplomacy", "diplomacy", 3, POW, a="Dale Ostrowski"),
  ]))

SEEDS.append(dict(id="6244", name="6244_sallerton-rss", ext="xml", source="Sallerton Post", zone="Europe/Warsaw", render=r_rss_world, rfc="+0200",
  title="Sallerton Post \u2014 Ukraine", url="https://sallerton.example", lede="Ukraine coverage from the Sallerton Post, Warsaw",
  notes="Invented outlet. RSS 2.0 with dc:creator, newest first, pubDate +0200 (Warsaw CEST). Spelling 'Kupiansk'. " + D3,
  not_entries=["channel title/link/description/language", "<guid>, <link> and <category> of each item"],
  entries=[
  E("2025-04-20 21:50", "Kyiv tallies nearly 2,500 ceasefire breaches",
    ["Ukraine's army said it had registered 2,480 Russian violations of the Easter ceasefire by 7pm Kyiv time, most of them artillery fire, with assaults concentrated near Kupiansk, Siversk and Pokrovsk."],
    "diplomacy", "diplomacy", 3, TR, a="Agnieszka Rowe", sec=["strikes"]),
  E("2025-04-20 18:30", "Kremlin: no order from Putin to extend the pause",
    ["Kremlin spokesman Dmitry Peskov said President Vladimir Putin had given no instruction to prolong the Easter ceasefire beyond midnight Moscow time."],
    "diplomacy", "diplomacy", 2, "kremlin-no-order-to-extend-truce", a="Piotr Malec", n="Statement on the truce's end, not Zelensky's offer nor Trump's remark: must not merge."),
  E("2025-04-20 14:15", "Freed soldiers recount captivity after Easter-eve swap",
    ["Ukrainian soldiers released in Saturday's exchange told reporters they had been held for up to three years, some of them in prisons deep inside Russia."],
    "diplomacy", "diplomacy", 3, POW, a="Agnieszka Rowe"),
  E("2025-04-20 11:00", "Volunteers from Lublin deliver Easter parcels to Kharkiv",
    ["A convoy of Polish volunteers from Lublin reached Kharkiv with food parcels and medicines for families living near the front line."],
    "aid", "aid", 2, "lublin-volunteers-kharkiv-parcels", a="Piotr Malec", n="Private humanitarian deliveries to Ukraine -> aid."),
  E("2025-04-20 08:20", "Fighting resumed near Kupiansk within hours, army says",
    ["Russian troops attacked Ukrainian positions near Kupiansk and in the Pokrovsk direction within hours of the truce taking effect, Ukraine's military said on Sunday morning."],
    "diplomacy", "diplomacy", 3, TR, a="Agnieszka Rowe", sec=["strikes"]),
  ]))


# ============================================================ emit
BASIS = {
  "r_dispatch": "stamp '{s}' on the page's date March 17, 2025 (from the 'Published ... | Updated ...' line); ET = EDT, UTC-4; JSON-LD update time agrees",
  "r_tucson": "pubDate '{s}' (explicit -0700; Arizona stays on MST all year)",
  "r_telegram": "time line '{s}' under '(all times Eastern)'; date from 'Published Feb 26, 2025'; EST = UTC-5 (the wire copy's zone, not Newfoundland time)",
  "r_chronicle": "bare stamp '{s}'; local day {d} inferred from the newest-first order across local midnight (page prints 'March 22, 2025 - 2:05PM' and 'Updated March 23, 2025 - 8:50AM'); Queensland AEST = UTC+10, implied by the outlet",
  "r_gisborne": "credit/time line '{s}' after the item; local day {d} from the date line 'Tuesday, 8 April' (no year: parse_args); NZST = UTC+12 after daylight time ended on 6 April, so the UTC day is the previous day",
  "r_coventry": "stamp '{s}' on the page's date 9 APR 2025 (top time line); UK BST = UTC+1, implied; JSON-LD update time agrees",
  "r_oxford": "stamp '{s}' after the byline; no year printed (parse_args --date 2025-02-17); UK time = GMT = UTC in February",
  "r_bna": "date/time line '{s}'; Bahrain time (UTC+3) implied by the outlet",
  "r_vns": "stamp '{s}' (month, day/year - 24 h time) after the headline; Vietnam time (UTC+7) implied by the outlet",
  "r_star": "pubDate '{s}' (explicit +0800, Malaysia time)",
  "r_ledger": "stamp '{s}' on the page's date {d}; GMT = UTC",
  "r_cauldmoor": "stamp '{s}' with <time datetime> (+02:00) on {d}; JSON-LD update time agrees",
  "r_rss_world": "pubDate '{s}' (explicit zone)",
  "r_article_b": "no per-section time; the article dateline '{dl}' is used for every section",
  "r_atom_b": "<published> '{s}' (explicit offset)",
  "r_marrowfold": "stamp '{s}' (full date and time; CET = UTC+1)",
  "r_glenquoich": "stamp line '{s}' after the headline; local day {d} from the date line 'Saturday, 15 February' (no year: parse_args --date 2025-02-15); Kyiv EET = UTC+2 as the page states",
  "r_lingmoor": "stamp '{s}' on the page's date {d}; 'All times BST' (UTC+1)",
  "r_ravenmere": "visible stamp '{s}' on the page's date {d}, Kyiv EEST = UTC+3; the JSON-LD gives every update the page's own datePublished (08:00), which is ignored",
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
                         "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), dl=S.get("dateline", "")),
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
    print("total entries", total)


if __name__ == "__main__":
    main()

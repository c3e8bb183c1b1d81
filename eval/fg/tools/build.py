#!/usr/bin/env python3
"""Builds the eval/fg seed pages and their gold files from one hand-written data table (further below).
All headlines and paragraphs are the blind tester's own invented wording (no copied sentences). Part A imitates the
page layouts of ten real outlets from memory; Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/fg/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.", "No.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
SEEDS = []


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: t = local time 'YYYY-MM-DD HH:MM[:SS]' in the page zone (or None when the page prints no time),
    h = headline or None, p = body paragraphs, labels as in LABELS.md, st = story slug, a = author, n = note."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018\[]|$)', par):
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
    fmt = "%Y-%m-%d %H:%M:%S" if len(s) > 16 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", suf=("am", "pm")):
    hh = d.hour % 12 or 12
    return f"{hh}{sep}{d.minute:02d}{space}{suf[0] if d.hour < 12 else suf[1]}"


def iso_z(d):
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S") + "Z"


def rfc822(d, gmt=False):
    if gmt:
        return d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
    return d.strftime("%a, %d %b %Y %H:%M:%S %z")


def lines_of(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest_first), f"{S['id']}: entries must run {'newest' if newest_first else 'oldest'} first"


def rel_hours(ref, d, unit=("m", "h")):
    """floor-rounded age as a relative stamp ('25m', '2h'); asserts exactness so the gold time is what the page implies"""
    mins = int((ref - d).total_seconds() // 60)
    assert mins >= 0
    if mins < 60:
        return f"{mins}{unit[0]}"
    assert mins % 60 == 0, (ref, d)
    return f"{mins // 60}{unit[1]}"


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
            if e["t"] is None:
                pub, loc, basis = None, None, S["basis"].format(s=stamps[i], d=S["date"], z=S["zone"])
            else:
                d = dt(e["t"], S["zone"])
                pub = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
                loc = d.strftime("%Y-%m-%d %H:%M" + (":%S" if d.second else "") + " ") + S["zone"]
                basis = S["basis"].format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"])
            ent = {"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i], "published": pub,
                   "published_local": loc, "published_basis": basis, "author": e["a"],
                   "first_sentence": first_sentence(e["p"][0]) if e["p"] else None, "body_paragraphs": len(e["p"]),
                   "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"], "importance": e["imp"],
                   "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"], "notes": e["n"]}
            if e["t"] is None:
                ent["published_date"] = S["date"]
            ents.append(ent)
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["tzlabel"] if S.get("tzlabel") else S["zone"]}
        if S.get("parse_args"):
            gold["parse_args"] = S["parse_args"]
        gold.update({"notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]})
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        total += len(ents)
        days = sorted({(x["published"] or S["date"])[:10] for x in ents})
        print(f"{fn:42s} {len(ents):2d} entries  UTC {days}")
    print(f"{len(SEEDS)} seeds, {total} entries")


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_googlenews(S):
    """Google News search RSS: one long line, items in relevance order (not by time), title 'Headline - Publisher',
    pubDate in GMT with seconds, description = escaped link + publisher in a grey <font>, <source url>. No body, no author."""
    z = S["zone"]
    parts = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>',
             '<generator>NFE/5.0</generator>', f'<title>{esc(S["title"])}</title>',
             '<link>https://news.google.com/search?q=Ukraine&amp;hl=en-US&amp;gl=US&amp;ceid=US:en</link>', '<language>en-US</language>',
             '<webMaster>news-webmaster@google.com</webMaster>', '<copyright>2028 Google LLC</copyright>',
             f'<lastBuildDate>{rfc822(dt(S["built"], z), gmt=True)}</lastBuildDate>', '<description>Google News</description>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=True); stamps.append(st)
        tok = "CBMi" + "".join("abcdefghijkLMNOPQRSTuvwxyz0123456789"[(i * 7 + k * 13) % 36] for k in range(58))
        link = f"https://news.google.com/rss/articles/{tok}?oc=5"
        desc = f'<a href="{link}" target="_blank">{esc(e["h"])}</a>&nbsp;&nbsp;<font color="#6f6f6f">{esc(e["pub"])}</font>'
        parts.append(f'<item><title>{esc(e["h"])} - {esc(e["pub"])}</title><link>{link}</link><guid isPermaLink="false">{tok}</guid>'
                     f'<pubDate>{st}</pubDate><description>{esc(desc)}</description><source url="{e["purl"]}">{esc(e["pub"])}</source></item>')
    parts.append('</channel></rss>')
    return "".join(parts) + "\n", stamps


def r_yahoo(S):
    """Yahoo News article page (caas layout): provider logo, h1, author + title, <time> 'Wed, October 4, 2028 at 5:12 PM EDT',
    '4 min read'; body is a timeline: <p><strong>2:10 a.m. ET:</strong> text</p>, oldest first, no headlines.
    NewsArticle JSON-LD; 'Advertisement' slots; 'Recommended Stories' after the article."""
    z = S["zone"]; order_check(S, False)
    pub = dt(S["published"], z)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": S["url"], "headline": S["title"],
          "datePublished": pub.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "dateModified": pub.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "keywords": ["Russia", "Ukraine", "Kharkiv"], "author": {"@type": "Person", "name": S["byline"], "jobTitle": "Senior Editor"},
          "provider": {"@type": "Organization", "name": "Yahoo News"},
          "publisher": {"@type": "Organization", "name": "Yahoo News", "logo": {"@type": "ImageObject", "url": "https://s.yimg.com/rz/p/yahoo_news_en-US_h_p_newsv2.png", "width": 310, "height": 50}},
          "image": {"@type": "ImageObject", "url": "https://s.yimg.com/ny/api/res/1.2/kharkiv-1200x800.jpg", "width": 1200, "height": 800}}
    shown = f"{pub.strftime('%a')}, {MONTHS[pub.month - 1]} {pub.day}, {pub.year} at {ampm(pub, space=' ', suf=('AM', 'PM'))} {pub.tzname()}"
    out = ['<!DOCTYPE html>', '<html id="atomic" lang="en-US" class="atomic"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<meta property="og:site_name" content="Yahoo News">', f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div id="ybar"><a class="logo" href="https://news.yahoo.com/">yahoo!news</a> <input type="search" placeholder="Search the web"> '
           '<a href="https://login.yahoo.com/">Sign in</a> <a href="https://mail.yahoo.com/">Mail</a></div>',
           '<nav id="ybar-navigation"><a>News</a> <a>Today\'s news</a> <a>US</a> <a>Politics</a> <a>World</a> <a>Tech</a> <a>Climate change</a> '
           '<a>Health</a> <a>Science</a> <a>Originals</a> <a>Newsletters</a> <a>Life</a> <a>Entertainment</a> <a>Finance</a> <a>Sports</a> <a>New on Yahoo</a></nav>',
           '<main><article class="caas-container">',
           '<header class="caas-header"><div class="caas-logo"><span>Yahoo News</span></div>', f'<h1>{esc(S["title"])}</h1></header>',
           f'<div class="caas-attr"><div class="caas-attr-item-author"><span class="caas-author-byline-collapse">{esc(S["byline"])}</span></div>'
           f'<div class="caas-attr-meta"><span class="caas-attr-title">Senior Editor</span> '
           f'<div class="caas-attr-time-style"><time class="caas-attr-meta-time" datetime="{ld["datePublished"]}">{shown}</time><span class="caas-attr-mins-read">·4 min read</span></div></div></div>',
           '<div class="caas-share-buttons"><button>Share</button> <button>Copy link</button></div>',
           '<div class="caas-body">', f'<p>{esc(S["lede"])}</p>', f'<p>{esc(S["intro"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', suf=('a.m.', 'p.m.'))} ET"; stamps.append(st)
        out.append(f'<p><strong>{st}:</strong> {esc(e["p"][0])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"][1:]]
        if i == 2:
            out.append('<div class="caas-da"><div class="ad-label">Advertisement</div></div>')
        if i == 4:
            out.append('<div class="caas-readmore"><button>Story continues</button></div>')
    out += [f'<p><em>{esc(S["credit"])}</em></p>', '</div></article>',
            '<section class="recommended"><h3>Recommended Stories</h3><ul>'
            '<li><a>Poland reopens border crossing after drone scare</a> <span>Reuters</span></li>'
            '<li><a>Why Ukraine&#x27;s power plants are so hard to protect</a> <span>Yahoo News 360</span></li>'
            '<li><a>Storm watch issued for Gulf Coast</a> <span>The Weather Channel</span></li></ul></section></main>',
            '<footer><a>Terms and Privacy Policy</a> <a>Privacy Dashboard</a> <a>About Our Ads</a> <span>© 2028 Yahoo. All rights reserved.</span></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_msn(S):
    """MSN topic feed printed from a browser (text scrape): print header 'M/D/YY, H:MM PM' + page title, weather chip, nav,
    cards 'Provider · 25m' / headline / abstract / reactions; relative ages floor-rounded against the print clock; print footer."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    clock = f"{ref.month}/{ref.day}/{ref.year % 100:02d}, {ampm(ref, space=' ', suf=('AM', 'PM'))}"
    L = [f"{clock}    {S['title']}", "", "MSN", "Search the web", "Sign in", "", "Redmond, WA   58°F   Mostly cloudy", "",
         "Discover   Following   News   Sports   Play   Money   Weather   Watch   Learn   Shopping   Health   Travel   Traffic",
         "", "Russia-Ukraine war", "+ Follow", "Top stories   Latest   Videos", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = rel_hours(ref, dt(e["t"], z)); stamps.append(st)
        L += [f"{e['pub']} · {st}", e["h"], ""] + lines_of(e["p"]) + [f"👍 {e['likes']}   💬 {e['cmts']}", ""]
        if i == 2:
            L += ["Ad", "Sponsored · Redmond Auto Outlet", "Drivers in Washington are switching to this quiet hybrid SUV", ""]
    L += ["See more", "", "© 2028 Microsoft   Privacy & Cookies   Terms of use   Advertise   Accessibility   Feedback", "",
          f"{S['url']}    1/2"]
    return "\n".join(L) + "\n", stamps


def r_groundnews(S):
    """Ground News story page (HTML, Next.js): story header with coverage counts and bias bar, 'Ground Summary' bullets, then
    source cards sorted oldest first: source name, location, bias label, <time datetime=ISO>N hours ago</time>, headline, snippet."""
    ref = dt(S["ref"], "UTC"); order_check(S, False)

    def ago(d):
        mins = int((ref - d).total_seconds() // 60)
        return f"{mins} minutes ago" if mins < 60 else (f"{mins // 60} hour ago" if mins < 120 else f"{mins // 60} hours ago")
    first = dt(S["entries"][0]["t"], "UTC")
    nd = {"props": {"pageProps": {"eventSlug": S["slug"], "sourceCount": 74, "locale": "en"}}, "page": "/article/[slug]",
          "query": {"slug": S["slug"]}, "buildId": "gn-2028-10-07-b41", "isFallback": False}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Ground News</title>',
           '<meta name="description" content="See every side of every news story. Read and share news from local and international sources.">',
           '</head><body>',
           '<header class="gn-nav"><a href="/">Ground News</a> <a>Home</a> <a>For You</a> <a>Local</a> <a>Blindspot</a> <a>Search</a> '
           '<a class="btn">Subscribe</a> <a>Login</a></header>',
           '<div class="promo-bar">Get the full picture. Compare coverage with Ground News Vantage. <a>Try it free</a></div>',
           '<main><div class="crumbs"><a>Europe</a> · <a>Russia-Ukraine War</a> · <a>Sumy</a></div>',
           f'<h1>{esc(S["title"])}</h1>',
           f'<div class="meta">Published <time datetime="{iso_z(first)}">{ago(first)}</time> · Updated <time datetime="{iso_z(ref - timedelta(minutes=38))}">38 minutes ago</time></div>',
           '<section class="coverage"><h2>Coverage Details</h2><dl><dt>Total News Sources</dt><dd>74</dd><dt>Leaning Left</dt><dd>21</dd>'
           '<dt>Leaning Right</dt><dd>14</dd><dt>Center</dt><dd>39</dd><dt>Last Updated</dt><dd>38 minutes ago</dd>'
           '<dt>Bias Distribution</dt><dd>53% Center</dd></dl>'
           '<div class="bias-bar"><span>L 28%</span><span>C 53%</span><span>R 19%</span></div></section>',
           '<section class="summary"><h2>Ground Summary</h2><div class="tabs"><button>Left</button><button>Center</button><button>Right</button></div><ul>']
    out += [f'<li>{esc(b)}</li>' for b in S["summary"]]
    out += ['</ul><p class="disclaimer">Insights by Ground AI. Does this summary seem wrong?</p></section>',
            '<section class="articles"><h2>74 Articles</h2><div class="filters"><button>All</button><button>Left</button><button>Center</button>'
            '<button>Right</button> <span>Sort: Oldest first</span></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], "UTC"); st = ago(d); stamps.append(st)
        badge = '<span class="broke">Broke the News</span>' if i == 0 else ''
        out.append(f'<div class="article-card">{badge}<div class="src"><span class="src-name">{esc(e["pub"])}</span> '
                   f'<span class="src-loc">{esc(e["loc"])}</span> <span class="bias">{e["bias"]}</span> <span class="fact">Factuality: {e["fact"]}</span></div>'
                   f'<time datetime="{iso_z(d)}">{st}</time><h4><a href="{e["url"]}" rel="nofollow">{esc(e["h"])}</a></h4>'
                   + "".join(f'<p class="snippet">{esc(p)}</p>' for p in e["p"])
                   + '<a class="read-more">Read Full Article</a></div>')
        if i == 3:
            out.append('<div class="upsell">Ground News is reader-funded. <a>Subscribe</a> to see ownership data for every source.</div>')
    out += ['<button class="more">More articles</button></section>',
            '<aside class="similar"><h3>Similar News Topics</h3><a>Sumy Oblast</a> <a>Volodymyr Zelensky</a> <a>Drone warfare</a></aside></main>',
            '<footer>Ground News · About · Careers · Gift · Help · Privacy Policy · Terms and Conditions · © 2028 Snapwise Inc</footer>',
            '<script id="__NEXT_DATA__" type="application/json">' + json.dumps(nd) + '</script></body></html>']
    return "\n".join(out) + "\n", stamps


def r_flipboard(S):
    """Flipboard magazine RSS 2.0: item link = original article, description = escaped excerpt (may be empty for a photo flip),
    pubDate with +0000, dc:creator = original author when known, media:content image, category."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>',
           f'<atom:link href="{S["url"]}.rss" rel="self" type="application/rss+xml"/>',
           f'<description>{esc(S["lede"])}</description>', '<language>en</language>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>',
           '<image><url>https://cdn.flipboard.com/magazine-cover-ukraine.jpg</url><title>Flipboard</title><link>https://flipboard.com</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{e["url"]}</link>',
                f'<guid isPermaLink="false">{S["url"]}/-/a-{0x3e1f9a + i * 977:x}%3Aa%3A{41220 + i}</guid>',
                f'<description>{esc("".join(f"<p>{esc(p)}</p>" for p in e["p"]))}</description>', f'<pubDate>{st}</pubDate>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += [f'<category>{e["cat"]}</category>', f'<media:content url="https://cdn.flipboard.com/img/{i + 7}.jpg" medium="image" type="image/jpeg"/>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_newsnow(S):
    """NewsNow topic page printed from a UK browser (text scrape): print header 'DD/MM/YYYY, HH:MM', headline line then
    'Source  17m' (ages under 4 hours) or 'Source  11:52' (older, today's clock); headline-only listing; sponsored rows."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = [f"{ref:%d/%m/%Y, %H:%M}    {S['title']}", "", "NewsNow", "The Independent News Discovery Platform", "",
         "Home   UK   World   Business   Sport   Tech   Science   Entertainment   Lifestyle   Local", "",
         "World News  ›  Europe  ›  Ukraine War", "", "Ukraine War News", "Latest   Popular   Updated", "",
         "Breaking news and the latest headlines on the Russia-Ukraine war, from hundreds of sources.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = rel_hours(ref, d) if (ref - d) < timedelta(hours=4) else f"{d:%H:%M}"
        stamps.append(st)
        L += [e["h"], f"{e['pub']}  {st}", ""]
        if i == 3:
            L += ["Sponsored", "The smarter way to track fuel prices near you", "Fuelwatch  Ad", ""]
    L += ["Show more headlines", "", "About NewsNow   Contact   Terms   Privacy   Cookie settings   © NewsNow Publishing Ltd",
          "", f"{S['url']}    1/1"]
    return "\n".join(L) + "\n", stamps


def r_allsides(S):
    """AllSides 'Headline Roundups' listing (text scrape): each roundup = headline, date 'October 16th, 2028' (no time anywhere),
    summary paragraph(s), the three featured outlets by bias, 'Read more'. Most roundups on a US day are not about the war."""
    L = ["AllSides", "Balanced News   Media Bias Ratings   Headline Roundups   Blindspot Report   Newsletters   Donate   Log In", "",
         S["title"], "Every weekday the AllSides News Team picks top stories and shows how the left, center and right cover them.", "",
         "Filter by topic:  All topics", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = S["printed_date"]; stamps.append(st)
        L += [e["h"], st, ""] + lines_of(e["p"]) + [f"From the Left: {e['lcr'][0]}   From the Center: {e['lcr'][1]}   From the Right: {e['lcr'][2]}",
                                                     "Read more", ""]
        if i == 3:
            L += ["Don't be fooled by bias. Get the AllSides Balanced Newsletter every weekday.", "Subscribe", ""]
    L += ["Load more roundups", "", "About AllSides   Media Bias Chart   Contact   Privacy Policy   © 2028 AllSides Technologies, Inc."]
    return "\n".join(L) + "\n", stamps


def r_theweek(S):
    """The Week (US) daily briefing article (text scrape, Future plc layout): kicker, headline, strapline, 'By The Week US',
    'published October 18, 2028' (date only), newsletter box, numbered items '1.' / headline / paragraph ending in bracketed
    sources '[Reuters, CNN]'; no per-item time."""
    L = ["The Week", "US Edition", "", "News   Politics   Business   Culture   Life   Puzzles   Newsletters   Subscribe   Sign in", "",
         "Briefing", S["title"], S["lede"], "", "By The Week US", f"published {S['printed_date']}", "",
         "Sign up for The Week's Free Newsletters",
         "From our morning news briefing to a weekly Good News Newsletter, get the best of The Week delivered directly to your inbox.",
         "Sign up", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        stamps.append(None)
        L += [f"{i + 1}.", e["h"], ""] + lines_of(e["p"])
        if i == 3:
            L += ["Subscribe to The Week", "Escape your echo chamber. Get the facts behind the news, plus analysis from multiple perspectives.",
                  "SUBSCRIBE & SAVE", ""]
    L += ["Sign up for Today's Best Articles in your inbox", "A free daily email with the biggest news stories of the day – and the best features from TheWeek.com", "",
          "The Week is part of Future US Inc, an international media group and leading digital publisher.",
          "© Future US, Inc. Full 7th Floor, 130 West 42nd Street, New York, NY 10036."]
    return "\n".join(L) + "\n", stamps


def r_semafor(S):
    """Semafor Flagship newsletter page (HTML): masthead nav, h1, one page time 'Oct 20, 2028, 6:02am EDT', editor byline,
    'The World Today' bullet summary (lede), numbered stories with h2 headlines and a 'Sources:' line; NewsArticle JSON-LD."""
    z = S["zone"]; pub = dt(S["published"], z)
    shown = f"{MON3[pub.month - 1]} {pub.day}, {pub.year}, {ampm(pub)} {pub.tzname()}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": pub.isoformat(), "dateModified": pub.isoformat(), "isAccessibleForFree": True,
          "author": [{"@type": "Person", "name": S["byline"]}], "publisher": {"@type": "Organization", "name": "Semafor", "url": "https://www.semafor.com"}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Semafor</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="masthead"><a class="logo" href="/">Semafor</a><nav><a>Politics</a> <a>Business</a> <a>Technology</a> <a>Media</a> '
           '<a>Security</a> <a>Africa</a> <a>Gulf</a> <a>Net Zero</a> <a>Newsletters</a> <a>Events</a></nav><a class="signup">Sign up</a></header>',
           '<main><article>', '<div class="kicker">Flagship</div>', f'<h1>{esc(S["title"])}</h1>',
           f'<div class="byline"><span>{esc(S["byline"])}</span></div>', f'<div class="date"><time datetime="{pub.isoformat()}">{shown}</time></div>',
           '<section class="world-today"><h3>The World Today</h3><ol>'] + [f'<li>{esc(b)}</li>' for b in S["bullets"]] + ['</ol></section>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        stamps.append(None)
        out.append(f'<section class="story"><div class="story-num">{i + 1}</div><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="sources">Sources: {esc(e["src"])}</p></section>')
        if i == 2:
            out.append('<aside class="partner">Semafor Flagship is brought to you by our partners. <a>Advertise</a></aside>')
    out += ['<section class="signoff"><p>Thanks for reading Flagship. Send tips and feedback to flagship@semafor.com.</p></section>',
            '</article></main>', '<footer>Semafor Inc. · About · Ethics · Careers · Privacy · Terms · © 2028</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_axios(S):
    """Axios live-updates page (HTML): 'Oct 14, 2028 - World' header, author list, posts newest first with a '3:45pm ET' time
    above the h2, post author, Smart Brevity paragraphs (bold 'Why it matters:' lead-ins after a plain lede); NewsArticle JSON-LD."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["entries"][-1]["t"], z); mod = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": pub.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "dateModified": mod.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "author": [{"@type": "Person", "name": n} for n in S["authors"]], "publisher": {"@type": "Organization", "name": "Axios"},
          "articleSection": "World"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="logo" href="/">Axios</a> <nav><a>Politics &amp; Policy</a> <a>Economy</a> <a>Technology</a> <a>World</a> '
           '<a>Local</a> <a>Newsletters</a> <a>Axios Pro</a></nav> <a>Login</a></header>',
           '<main><article>', f'<h1>{esc(S["title"])}</h1>',
           '<div class="byline">' + ", ".join(f'<a>{esc(n)}</a>' for n in S["authors"]) + '</div>',
           f'<div class="dateline">{MON3[pub.month - 1]} {pub.day}, {pub.year} - World</div>',
           f'<div class="lede"><p>{esc(S["lede"])}</p></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d)} ET"; stamps.append(st)
        out.append(f'<div class="live-post" id="post-{i}"><div class="live-post-time">{st}</div><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<div class="live-post-author">{esc(e["a"])}</div>')
        if e["p"]:
            for p in e["p"]:
                m = re.match(r"^([A-Z][A-Za-z' ]+:) (.*)$", p)
                if m and p is not e["p"][0]:
                    out.append(f'<p><strong>{esc(m.group(1))}</strong> {esc(m.group(2))}</p>')
                else:
                    out.append(f'<p>{esc(p)}</p>')
        else:
            out.append('<div class="gallery">Photo gallery: 9 images</div>')
        out.append('</div>')
        if i == 2:
            out.append('<aside class="newsletter"><p>Go deeper with Axios AM: the news you need to start your day.</p><button>Subscribe</button></aside>')
    out += ['<p class="editors-note">Editor\'s note: This story will be updated throughout the day.</p>', '</article></main>',
            '<footer>About · Advertise with us · Careers · Privacy · Terms · © 2028 Axios Media</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================ PART A: ten real outlets' layouts (own words)

# ---------------------------------------------------------------- 16400 Google News (search RSS)
SEEDS.append(dict(
  id="16400", name="16400_googlenews-searchrss", ext="xml", source="Google News", zone="UTC", render=r_googlenews,
  title='"Ukraine" - Google News', built="2028-10-02 19:01:44",
  basis="RSS pubDate '{s}' (GMT, with seconds); local {d} in {z}",
  notes="Imitates a Google News search RSS feed (q=Ukraine), printed as one long line like the real feed. Items are in Google's relevance order, NOT by time (09:40, 11:02, 15:05, 13:15, 07:30, 16:48, 18:20), so the page order is kept and published times are not monotonic. Each title is 'Headline - Publisher'; the headline is the title without the ' - Publisher' suffix (the publisher is printed separately in <source> and in the description). The description is only an escaped link repeating the headline plus the publisher in a grey <font>: there is no body text, so first_sentence is null and body_paragraphs 0 for every item, and there is no author. These are headline-only aggregator items, not labelled teasers, so importance follows what the headline reports (see README). Items 16400-01 and 16400-04 are two publishers' reports of the same Odesa port strike. 16400-06 (Eurovision selection) is not about the war.",
  not_entries=["channel generator/title/link/language/webMaster/copyright/lastBuildDate/description (feed chrome)",
               "the ' - Publisher' suffix of every item title", "each item's description (escaped link repeating the headline + the publisher name)",
               "each item's <source> publisher name", "guid/link tokens"],
  entries=[
  E("2028-10-02 09:40:12", "Russian drone strike on Odesa port kills two dockworkers", [], "strikes", "strikes", 3, "odesa-port-drone-strike-2028-10-02",
    pub="Reuters", purl="https://www.reuters.com", n="headline-only listing item; deadly strike"),
  E("2028-10-02 11:02:47", "Zelensky names new commander of Ukraine's air force", [], "other", "politics", 2, "ukraine-air-force-commander-appointment-2028-10-02",
    pub="The Kyiv Independent", purl="https://kyivindependent.com", n="headline-only listing item; appointment"),
  E("2028-10-02 15:05:30", "Kremlin says no date set for next round of talks with Kyiv", [], "diplomacy", "diplomacy", 2, "kremlin-no-date-next-talks-2028-10-02",
    pub="AP News", purl="https://apnews.com", n="headline-only listing item; spokesman statement, no move"),
  E("2028-10-02 13:15:03", "Grain terminal burns in Odesa after overnight drone raid", [], "strikes", "strikes", 3, "odesa-port-drone-strike-2028-10-02",
    pub="The Guardian", purl="https://www.theguardian.com", n="headline-only listing item; same strike as 16400-01 told by another publisher (different words)"),
  E("2028-10-02 07:30:58", "Ukraine claims strike on ammunition depot in Russia's Bryansk region", [], "strikes", "strikes", 2, "bryansk-ammunition-depot-strike-2028-10-02",
    pub="Al Jazeera English", purl="https://www.aljazeera.com", n="headline-only listing item; a different strike, must not merge with Odesa"),
  E("2028-10-02 16:48:21", "EU ministers weigh tapping frozen Russian assets for Ukraine's 2029 budget", [], "aid", "aid", 2, "eu-frozen-assets-ukraine-budget-2029",
    sec=["diplomacy"], pub="POLITICO Europe", purl="https://www.politico.eu", n="headline-only listing item; funding debate, no decision"),
  E("2028-10-02 18:20:09", "Ukraine opens entries for its 2029 Eurovision selection", [], "other", "unrelated", 1, "ukraine-eurovision-2029-selection",
    pub="Eurovoix", purl="https://eurovoix.com", n="off-beat: headline-only listing item; song contest, not about the war"),
  ]))

# ---------------------------------------------------------------- 16401 Yahoo News (timeline article)
SEEDS.append(dict(
  id="16401", name="16401_yahoonews-timeline", ext="html", source="Yahoo News", zone="America/New_York", render=r_yahoo,
  title="Russia-Ukraine war: How Wednesday unfolded, from Kharkiv to Ankara",
  url="https://news.yahoo.com/russia-ukraine-war-how-wednesday-unfolded-211200123.html", published="2028-10-04 17:12",
  byline="Lena Marchetti",
  lede="Russian glide bombs killed civilians in Kharkiv on Wednesday while Ukraine's top diplomat courted Turkey and Germany sent more air defense.",
  intro="Here is how the day unfolded. All times are Eastern.",
  credit="Yahoo News' Danielle Ferris contributed reporting.",
  basis="timeline stamp '{s}' (Eastern time, 'ET' printed; EDT in October) in an article dated 'Wed, October 4, 2028 at 5:12 PM EDT'; local {d} in {z}",
  notes="Imitates a Yahoo News (caas) article whose body is a timeline, oldest first: each item is a paragraph opening with a bold time '2:10 a.m. ET:' and has no headline (headline null); the body text after the bold time is the first paragraph. The only date is the article's '<time>Wed, October 4, 2028 at 5:12 PM EDT</time>' (also in NewsArticle JSON-LD, which carries no items). Author = the page byline for every item (per-item bylines are not printed); 'Senior Editor' is a job title, not part of the name. The closing credit line ('... contributed reporting.') is not an entry. The Kharkiv glide-bomb strike is told by three items (4 dead → 6 dead → Zelensky's reaction).",
  not_entries=["Yahoo bar (logo, search, Sign in, Mail) and section navigation", "'Yahoo News' provider logo", "h1 headline (page title)",
               "byline 'Lena Marchetti', job title 'Senior Editor', time and '·4 min read'", "share buttons",
               "lede paragraph 'Russian glide bombs killed civilians ...'", "'Here is how the day unfolded. All times are Eastern.'",
               "'Advertisement' slot", "'Story continues' button", "contributor credit line", "'Recommended Stories' list", "footer"],
  entries=[
  E("2028-10-04 02:10", None,
    ["Air raid alerts sounded across central and eastern Ukraine overnight as Russia launched 84 attack drones and three Iskander-M ballistic missiles, according to Ukraine's air force.",
     "The air force said 61 drones were shot down or jammed. It did not say whether any of the missiles were intercepted."],
    "strikes", "strikes", 2, "overnight-russian-drone-missile-attack-2028-10-04", a="Lena Marchetti", n="overnight attack, no deaths reported; a different strike from Kharkiv"),
  E("2028-10-04 06:55", None,
    ["Russian glide bombs struck a residential neighborhood in Kharkiv's Saltivskyi district, killing four people, regional governor Oleh Syniehubov said on Telegram.",
     "Photos shared by emergency services showed rescuers carrying a woman out of a partly collapsed three-story building."],
    "strikes", "strikes", 3, "kharkiv-glide-bomb-strike-2028-10-04", a="Lena Marchetti", n="toll 4"),
  E("2028-10-04 08:30", None,
    ["Ukrainian Foreign Minister Andrii Sybiha met his Turkish counterpart Hakan Fidan in Ankara to discuss the safety of merchant ships in the Black Sea and a possible new round of prisoner exchanges.",
     "Fidan said Turkey was ready to host technical talks between Kyiv and Moscow on maritime security \"whenever both sides are ready.\""],
    "diplomacy", "diplomacy", 3, "sybiha-fidan-ankara-talks-2028-10-04", a="Lena Marchetti", n="ministerial diplomatic visit"),
  E("2028-10-04 10:20", None,
    ["The death toll in Kharkiv rose to six, including a 12-year-old girl, after rescuers recovered two more bodies from the rubble, Syniehubov said.",
     "At least 23 people were wounded."],
    "strikes", "strikes", 3, "kharkiv-glide-bomb-strike-2028-10-04", a="Lena Marchetti", n="toll grows to 6"),
  E("2028-10-04 12:45", None,
    ["Germany's defense ministry said two more IRIS-T SLM air defense systems had reached Ukraine, part of a package Berlin promised in the spring.",
     "Ukraine now operates more than a dozen of the German-made systems, which are used mainly to protect cities from cruise missiles and drones."],
    "aid", "aid", 3, "germany-iris-t-delivery-2028-10-04", a="Lena Marchetti", n="arms delivery"),
  E("2028-10-04 14:50", None,
    ["In his nightly video address, President Volodymyr Zelensky called the Kharkiv attack \"deliberate terror against a city that refuses to break\" and said Ukraine still lacks enough interceptor missiles for its Patriot batteries."],
    "strikes", "strikes", 3, "kharkiv-glide-bomb-strike-2028-10-04", a="Lena Marchetti", sec=["aid"], n="reaction whose main content is the Kharkiv attack; shares its story"),
  E("2028-10-04 16:40", None,
    ["Russia's Defense Ministry claimed its forces had captured the village of Pishchane, east of Kupiansk in the Kharkiv region. Ukraine's General Staff did not comment on the claim, which could not be independently verified."],
    "other", "frontline", 2, "russia-claims-pishchane-capture-2028-10-04", a="Lena Marchetti"),
  ]))

# ---------------------------------------------------------------- 16402 MSN (topic feed, printed)
SEEDS.append(dict(
  id="16402", name="16402_msn-topicfeed", ext="txt", source="MSN", zone="America/Los_Angeles", render=r_msn,
  title="Russia-Ukraine war - Latest news | MSN", ref="2028-10-06 14:05",
  url="https://www.msn.com/en-us/news/topic/russia-ukraine-war",
  basis="relative age '{s}' counted back from the browser print header clock '10/6/28, 2:05 PM' (no zone printed: MSN's home zone, Pacific, PDT assumed); local {d} in {z}",
  notes="Imitates an MSN topic feed ('Russia-Ukraine war') printed to text from a browser: the first line is the print header (date/time '10/6/28, 2:05 PM' and the page title) and the last line the print footer (URL, page count). Cards, newest first: 'Provider · 25m' (relative age), headline, a one-paragraph abstract, reaction counts. Ages are resolved back from the print clock, which prints no zone (Pacific assumed, MSN being run from Redmond; the weather chip also says Redmond, WA). MSN floors ages, so times are as precise as the page allows. The provider is the publishing outlet, not a byline: author null. 16402-04 (Nobel Peace Prize) is not about the war.",
  not_entries=["print header line (clock + page title)", "'MSN', 'Search the web', 'Sign in'", "weather chip 'Redmond, WA 58°F Mostly cloudy'",
               "navigation row", "topic header 'Russia-Ukraine war', '+ Follow', tabs", "provider name before each age", "reaction counts (👍 / 💬) under each card",
               "sponsored card after the third card ('Ad', 'Sponsored · ...')", "'See more'", "footer line", "print footer (URL and '1/2')"],
  entries=[
  E("2028-10-06 13:40", "Russian missiles strike gas storage site in western Ukraine",
    ["A Russian missile attack damaged facilities at an underground gas storage site in the Lviv region on Friday, Ukraine's state energy company said, adding that no one was hurt."],
    "strikes", "strikes", 2, "lviv-region-gas-storage-strike-2028-10-06", pub="The Associated Press", likes=41, cmts=17),
  E("2028-10-06 12:05", "Poland scrambles fighter jets as Russia pounds western Ukraine",
    ["Poland's military said it put fighter jets in the air and raised ground-based air defenses to their highest readiness during the Russian strikes near its border."],
    "other", "security", 2, "poland-scrambles-jets-2028-10-06", pub="Reuters", likes=88, cmts=52, n="response of a non-party; not an attack on Poland"),
  E("2028-10-06 10:05", "Trump says he will talk to Putin 'very soon' about ending the war",
    ["President Donald Trump told reporters at the White House that he planned to speak with Vladimir Putin within days and that he was \"not thrilled\" with the pace of the peace effort."],
    "diplomacy", "diplomacy", 3, "trump-putin-call-plan-2028-10-06", pub="Fox News", likes=1204, cmts=2311, n="head-of-state diplomatic move"),
  OFF("2028-10-06 09:05", "Nobel Peace Prize goes to Sudanese volunteer aid network",
    ["The Norwegian Nobel Committee honored a network of neighborhood emergency rooms that has kept food and medical help flowing during Sudan's civil war."],
    "nobel-peace-prize-2028", pub="CNN", likes=530, cmts=96, n="Nobel prize for Sudan aid workers"),
  E("2028-10-06 07:05", "Russia's war economy cools as central bank keeps rates high",
    ["Russia's central bank held its key rate at 15% and warned that military spending continued to fuel inflation even as growth slowed to near zero."],
    "other", "politics", 2, "russia-central-bank-rate-hold-2028-10-06", pub="Business Insider", likes=212, cmts=140, n="Russia's wartime economy"),
  E("2028-10-06 05:05", "Ukrainian drones hit refinery in Russia's Samara region, governor says",
    ["A fire broke out at an oil refinery in Russia's Samara region after a drone attack overnight, the regional governor said, without giving details of the damage."],
    "strikes", "strikes", 2, "samara-refinery-drone-strike-2028-10-06", pub="The Washington Post", likes=376, cmts=188),
  E("2028-10-06 02:05", "Kharkiv moves more classrooms underground as strikes continue",
    ["Kharkiv is opening three more underground schools this autumn so that children in Ukraine's second-largest city can attend lessons in person despite near-daily Russian attacks."],
    "other", "humanitarian", 2, "kharkiv-underground-schools-2028-10", pub="USA TODAY", likes=967, cmts=75, sec=["strikes"]),
  ]))

# ---------------------------------------------------------------- 16403 Ground News (story page)
SEEDS.append(dict(
  id="16403", name="16403_groundnews-story", ext="html", source="Ground News", zone="UTC", render=r_groundnews,
  title="Russian Drone Strike on Bus in Ukraine's Sumy Region Kills Nine", ref="2028-10-08 15:12", slug="russian-drone-strike-bus-sumy-region-kills-nine",
  summary=["A Russian drone hit a bus carrying civilians near Bilopillia in Ukraine's Sumy region on Sunday morning.",
           "Regional officials raised the death toll from seven to nine during the day; about a dozen people were wounded.",
           "Russia's Defense Ministry said it had struck Ukrainian troops in the area."],
  basis="card time '{s}' = its <time datetime> attribute (ISO, UTC); the visible relative age agrees with a capture at 15:12 UTC; local {d} in {z}",
  notes="Imitates a Ground News story page: one event (Russian drone strike on a bus near Bilopillia, Sumy region) with coverage counts, a bias bar and an AI 'Ground Summary' (page lede, not entries), then source cards sorted oldest first. Each card: outlet, location, bias label, factuality, <time datetime='...Z'>N hours ago</time>, headline, snippet. Visible times are relative only; the ISO datetime attribute gives the exact time (page_timezone UTC). All cards are the same story (spellings Bilopillia / Belopolye / Bilopillya; toll 7 → 9). 16403-04 is ABC News running the AP copy of 16403-03 nearly verbatim (same snippet, headline differs by one word), importance 1. No per-card author is shown. A __NEXT_DATA__ script carries only page ids, no entries.",
  not_entries=["top navigation and 'Subscribe'/'Login'", "promo bar 'Get the full picture ...'", "breadcrumbs", "h1 story title (page title)",
               "'Published ... · Updated ...' line", "Coverage Details box and bias bar", "'Ground Summary' tabs and its three bullets (AI summary = page lede)",
               "'Insights by Ground AI ...' disclaimer", "'74 Articles' header, filters and 'Sort: Oldest first'", "'Broke the News' badge on the first card",
               "outlet, location, bias and factuality labels on each card", "'Read Full Article' links", "reader-funded upsell box after the fourth card",
               "'More articles'", "'Similar News Topics'", "footer", "__NEXT_DATA__ script"],
  entries=[
  E("2028-10-08 06:12", "Russian drone hits civilian bus in Sumy Oblast, at least seven killed",
    ["A Russian Lancet-type drone struck a passenger bus on the road between Bilopillia and Sumy on Sunday morning, killing at least seven people, the Sumy Oblast Military Administration reported."],
    "strikes", "strikes", 3, "sumy-region-bus-drone-strike-2028-10-08", pub="The Kyiv Independent", loc="Kyiv, Ukraine", bias="Center", fact="High",
    url="https://kyivindependent.com/russian-drone-hits-bus-sumy-oblast/", n="toll 7; spelling Bilopillia"),
  E("2028-10-08 07:40", "Russian drone strike on bus kills seven in Ukraine's Sumy region",
    ["Seven people were killed when a Russian drone hit a bus in Ukraine's northeastern Sumy region on Sunday, local authorities said, in one of the deadliest attacks on civilian transport this year."],
    "strikes", "strikes", 3, "sumy-region-bus-drone-strike-2028-10-08", pub="Reuters", loc="London, United Kingdom", bias="Center", fact="Very High",
    url="https://www.reuters.com/world/europe/russian-drone-strike-bus-kills-seven-sumy-2028-10-08/"),
  E("2028-10-08 08:55", "Russian drone hits bus carrying civilians in northeastern Ukraine, killing 9",
    ["A Russian drone slammed into a bus carrying civilians near the town of Bilopillya in northeastern Ukraine on Sunday, killing nine people and wounding 12, regional officials said.",
     "The bus was carrying residents from border villages to the regional capital, Sumy, about 35 kilometers (22 miles) away."],
    "strikes", "strikes", 3, "sumy-region-bus-drone-strike-2028-10-08", pub="The Associated Press", loc="New York, United States", bias="Lean Left", fact="High",
    url="https://apnews.com/article/russia-ukraine-war-sumy-bus-drone-2028", n="toll 9; spelling Bilopillya"),
  E("2028-10-08 10:20", "Russian drone hits bus carrying civilians in northeast Ukraine, killing 9",
    ["A Russian drone slammed into a bus carrying civilians near the town of Bilopillya in northeastern Ukraine on Sunday, killing nine people and wounding 12, regional officials said.",
     "The bus was carrying residents from border villages to the regional capital, Sumy, about 35 kilometers (22 miles) away."],
    "strikes", "strikes", 1, "sumy-region-bus-drone-strike-2028-10-08", pub="ABC News", loc="New York, United States", bias="Lean Left", fact="High",
    url="https://abcnews.go.com/International/wireStory/russian-drone-hits-bus-carrying-civilians-2028", dup="16403-03",
    n="near-verbatim AP wire copy of 16403-03 ('northeast' for 'northeastern' in the headline, same text)"),
  E("2028-10-08 11:35", "Russian forces strike Ukrainian troop transport near Belopolye - MoD",
    ["Russian forces destroyed a vehicle carrying Ukrainian servicemen near Belopolye in the Sumy region, the Russian Defense Ministry said on Sunday, rejecting Kyiv's claims that civilians were killed."],
    "strikes", "strikes", 3, "sumy-region-bus-drone-strike-2028-10-08", pub="RT", loc="Moscow, Russia", bias="Right", fact="Low",
    url="https://www.rt.com/russia/troop-transport-belopolye/", n="Russian claim about the same attack; spelling Belopolye"),
  E("2028-10-08 13:05", "Zelensky says Sumy bus attack shows Russia is 'hunting civilians'",
    ["Ukrainian President Volodymyr Zelensky said the drone strike on a bus in the Sumy region was a deliberate attack on civilians and urged allies to respond with tougher sanctions on Moscow.",
     "\"There were no soldiers on that bus. There were pensioners and a family going to see a doctor,\" he wrote on Telegram."],
    "strikes", "strikes", 3, "sumy-region-bus-drone-strike-2028-10-08", pub="The Guardian", loc="London, United Kingdom", bias="Lean Left", fact="High",
    url="https://www.theguardian.com/world/2028/oct/08/zelensky-sumy-bus-attack", sec=["diplomacy"], n="reaction whose main content is the attack"),
  E("2028-10-08 14:20", "Drone attack on Ukrainian bus kills 9 as Kyiv renews plea for air defense",
    ["Nine civilians died Sunday when a Russian drone struck a bus in Ukraine's Sumy region, prompting fresh calls from Kyiv for short-range air defense systems to protect border communities."],
    "strikes", "strikes", 3, "sumy-region-bus-drone-strike-2028-10-08", pub="Fox News", loc="New York, United States", bias="Right", fact="Mixed",
    url="https://www.foxnews.com/world/drone-attack-ukrainian-bus-kills-9", sec=["aid"]),
  ]))

# ---------------------------------------------------------------- 16404 Flipboard (magazine RSS)
SEEDS.append(dict(
  id="16404", name="16404_flipboard-magazinerss", ext="xml", source="Flipboard", zone="UTC", render=r_flipboard,
  title="Ukraine: The Latest", url="https://flipboard.com/@worlddesk/ukraine-the-latest-q7r2b0k1z",
  lede="The war in Ukraine, curated by Flipboard's World Desk: reporting, analysis and photography from trusted publishers.",
  basis="RSS pubDate '{s}' (explicit +0000 = UTC); local {d} in {z}",
  notes="Imitates a Flipboard magazine RSS feed, newest first. Each item links to the original publisher's article; the description is the flipped excerpt as escaped HTML paragraphs; dc:creator (the original article's author) is present on some items only, so author is null where it is missing. 16404-02 ('Photos: ...') is a photo flip with an empty description: a teaser with no body (importance 1, story = the Kramatorsk strike it shows). 16404-05 is a feature (drone-pilot school), 16404-01 an energy agreement.",
  not_entries=["channel title/link/description/lastBuildDate and <image> block", "item guid and media:content image URLs", "item <category> labels"],
  entries=[
  E("2028-10-10 19:40", "Ukraine and Moldova agree to bind their power grids more closely",
    ["Ukraine and Moldova signed an agreement in Chisinau to build a second high-voltage line between the two countries, which officials say will help both keep the lights on when Russian strikes knock out generation.",
     "The European Union will cover most of the cost of the line, due to be finished in 2030."],
    "diplomacy", "diplomacy", 2, "ukraine-moldova-grid-agreement-2028-10-10", a="Irina Vasco", cat="Europe", url="https://www.euronews.com/2028/10/10/ukraine-moldova-grid-line"),
  E("2028-10-10 18:05", "Photos: Kramatorsk digs out after glide-bomb attack", [],
    "strikes", "strikes", 1, "kramatorsk-glide-bomb-strike-2028-10-10", cat="Photography", url="https://www.theatlantic.com/photography/2028/10/kramatorsk-photos/",
    n="photo flip without description: teaser without body"),
  E("2028-10-10 17:15", "Glide bombs hit Kramatorsk, killing two",
    ["Two people were killed and nine injured when Russian aircraft dropped guided bombs on the center of Kramatorsk on Tuesday, the head of the Donetsk regional administration said.",
     "One bomb landed next to a market shortly before noon, when the area is usually crowded."],
    "strikes", "strikes", 3, "kramatorsk-glide-bomb-strike-2028-10-10", a="Tobias Renn", cat="World", url="https://apnews.com/article/kramatorsk-glide-bombs-2028"),
  E("2028-10-10 15:00", "Denmark pledges $600 million for Ukrainian-made weapons",
    ["Denmark will spend about $600 million buying artillery, drones and armored vehicles from Ukrainian factories for Ukraine's army, its defense ministry said, extending the funding approach that other allies have copied.",
     "Danish officials said the weapons should reach the front within months because they are built close to it."],
    "aid", "aid", 3, "denmark-ukrainian-made-weapons-pledge-2028-10-10", a="Signe Aalund", cat="World", url="https://www.reuters.com/world/europe/denmark-pledges-ukraine-weapons-2028-10-10/"),
  E("2028-10-10 12:30", "Inside the school where Ukraine trains its next drone pilots",
    ["At a former agricultural college west of Kyiv, instructors who learned their craft at the front now teach teenagers-turned-recruits how to fly first-person-view drones through windows and tree lines.",
     "The course lasts five weeks. Graduates go straight to brigades that have asked for them by name."],
    "other", "security", 2, "ukraine-drone-pilot-school-feature-2028-10", a="Marta Kliuch", cat="Long Reads", url="https://www.bbc.com/news/articles/ukraine-drone-pilot-school",
    n="feature story, no news event"),
  E("2028-10-10 09:10", "Russian court jails journalist over posts about the army",
    ["A court in Yekaterinburg sentenced a regional journalist to six years in prison for social media posts that prosecutors said spread false information about the Russian armed forces."],
    "other", "politics", 2, "russia-journalist-jailed-army-posts-2028-10-10", cat="World", url="https://www.theguardian.com/world/2028/oct/10/russia-journalist-jailed"),
  ]))

# ---------------------------------------------------------------- 16405 NewsNow (topic page, printed)
SEEDS.append(dict(
  id="16405", name="16405_newsnow-ukrainewar", ext="txt", source="NewsNow", zone="Europe/London", render=r_newsnow,
  title="Ukraine War News | Latest Russia-Ukraine Headlines | NewsNow", ref="2028-10-12 16:05",
  url="https://www.newsnow.co.uk/h/World+News/Europe/Ukraine+War",
  basis="stamp '{s}': an age ('17m', '1h') counted back from the UK browser print header '12/10/2028, 16:05', or a bare clock for older items on the same day; no zone printed, NewsNow's home zone (UK, BST in October) assumed; local {d} in {z}",
  notes="Imitates a NewsNow topic page ('Ukraine War') printed to text from a UK browser: first line = print header '12/10/2028, 16:05' (day/month/year) + page title, last line = print footer. Headline-only listing, newest first: headline, then 'Source  17m' for items under four hours old or 'Source  11:52' (today's clock) for older ones. No zone is printed anywhere: UK time (BST, UTC+1) assumed. There are no bodies and no authors (first_sentence null, body_paragraphs 0); headline-only aggregator items are rated by what the headline reports (see README). 16405-04 (football coach) is not about the war.",
  not_entries=["print header line (date/time + page title)", "'NewsNow' logo and tagline", "navigation row", "breadcrumb 'World News › Europe › Ukraine War'",
               "heading 'Ukraine War News' and tabs", "topic blurb 'Breaking news and the latest headlines ...'", "source name before each age/clock",
               "sponsored row after the fourth item ('Sponsored', ad headline, 'Fuelwatch  Ad')", "'Show more headlines'", "footer", "print footer (URL, '1/1')"],
  entries=[
  E("2028-10-12 15:48", "Ukraine says it shot down Russian Su-34 bomber over Donetsk region", [], "strikes", "strikes", 2, "su-34-shot-down-donetsk-2028-10-12",
    pub="Kyiv Post", n="headline-only listing item; air-defence engagement"),
  E("2028-10-12 15:05", "UK signs deal for 5,000 more air defence missiles for Ukraine", [], "aid", "aid", 3, "uk-air-defence-missile-contract-2028-10-12",
    pub="BBC News", n="headline-only listing item; major contract"),
  E("2028-10-12 13:05", "Putin says Russia 'ready to talk' but will not give up annexed regions", [], "diplomacy", "diplomacy", 3, "putin-ready-to-talk-annexed-regions-2028-10-12",
    pub="The Independent", n="headline-only listing item; head-of-state position"),
  OFF("2028-10-12 11:52", "Ukraine's football association names new head coach", [], "ukraine-football-head-coach-2028-10-12",
    pub="ESPN", n="headline-only listing item; sport"),
  E("2028-10-12 10:26", "Russian attack on Dnipro injures 14, including three children", [], "strikes", "strikes", 2, "dnipro-attack-14-injured-2028-10-12",
    pub="Ukrainska Pravda", n="headline-only listing item; no deaths"),
  E("2028-10-12 08:15", "EU adopts 26th sanctions package aimed at Russia's shadow fleet", [], "diplomacy", "diplomacy", 3, "eu-26th-sanctions-package-2028-10-12",
    pub="Euronews", n="headline-only listing item; sanctions package"),
  E("2028-10-12 07:02", "Kremlin denies reports of troop build-up near Finnish border", [], "other", "security", 2, "kremlin-denies-finland-border-buildup-2028-10-12",
    pub="Reuters", n="headline-only listing item"),
  ]))

# ---------------------------------------------------------------- 16406 AllSides (Headline Roundups)
SEEDS.append(dict(
  id="16406", name="16406_allsides-roundups", ext="txt", source="AllSides", zone="America/New_York", tzlabel="unknown", render=r_allsides,
  title="Headline Roundups", printed_date="October 16th, 2028", date="2028-10-16",
  basis="only the date '{s}' is printed (no time anywhere on the page), so published is null; the local day is {d}",
  notes="Imitates the AllSides 'Headline Roundups' listing (text scrape). Each roundup: headline, the date 'October 16th, 2028' (ordinal, no time), a summary by the AllSides News Team, then the featured Left / Center / Right outlets and 'Read more'. No time is printed anywhere, so published is null for every entry (LABELS: null when the text gives no time) and page_timezone is 'unknown'; the local day 2028-10-16 is recorded in published_date. The team credit names no person: author null. Four of the seven roundups are US domestic news, not about the war.",
  not_entries=["logo and navigation row", "page heading 'Headline Roundups' and its one-line description", "'Filter by topic: All topics'",
               "the date line under each headline (the stamp, not body)", "'From the Left: ... From the Center: ... From the Right: ...' lines", "'Read more' links",
               "newsletter box after the fourth roundup", "'Load more roundups'", "footer"],
  entries=[
  E(None, "Ukraine and Russia Agree to Limited Energy Truce After Talks in Riyadh",
    ["Ukrainian and Russian delegations meeting in Saudi Arabia agreed to a 30-day halt to strikes on each other's power plants and refineries, according to statements from both governments and the Saudi foreign ministry.",
     "Coverage on the left stressed doubts that Moscow would keep the deal, while right-rated outlets focused on the role of U.S. envoys in brokering it."],
    "diplomacy", "diplomacy", 3, "riyadh-energy-truce-2028-10-16", lcr=("CNN Digital", "Reuters", "Fox News Digital")),
  OFF(None, "Candidates Clash Over Tariffs and Immigration in Final Presidential Debate",
    ["The two major-party presidential nominees traded attacks over tariffs, border policy and the cost of living in their last debate before the Nov. 7 election."],
    "us-final-presidential-debate-2028", lcr=("The Washington Post", "Axios", "New York Post"), n="US election"),
  E(None, "Russian Strike on Mykolaiv Apartment Building Kills 11",
    ["A Russian missile hit a nine-story apartment building in the southern Ukrainian city of Mykolaiv overnight, killing 11 people including two children, regional officials said.",
     "Several outlets noted the strike came hours before the energy truce talks concluded."],
    "strikes", "strikes", 3, "mykolaiv-apartment-missile-strike-2028-10-16", lcr=("NBC News Digital", "BBC News", "The Washington Times")),
  OFF(None, "Fed Officials Signal Pause as Inflation Cools",
    ["Several Federal Reserve officials said they expect to hold interest rates steady at the central bank's next meeting after new data showed consumer prices rising more slowly."],
    "fed-signals-pause-2028-10", lcr=("The New York Times (News)", "Bloomberg", "The Wall Street Journal (News)"), n="US economy"),
  E(None, "Senate Advances $30 Billion Ukraine Security Package",
    ["The Senate voted 64-34 to move forward with a $30 billion package of weapons and budget support for Ukraine, sending the measure toward a final vote later this week.",
     "Opponents argued the money should wait until after the election."],
    "aid", "aid", 3, "us-senate-ukraine-package-vote-2028-10-16", lcr=("HuffPost", "The Hill", "Breitbart News")),
  OFF(None, "Hurricane Karl Makes Landfall in Florida Panhandle",
    ["Hurricane Karl came ashore near Panama City as a Category 2 storm, knocking out power to about 300,000 customers."],
    "hurricane-karl-landfall-2028", lcr=("ABC News (Online)", "The Associated Press", "Fox Weather"), n="weather"),
  OFF(None, "Supreme Court Hears Challenge to State Social Media Age Limits",
    ["The justices heard arguments over whether states may require social media companies to verify that users are adults."],
    "scotus-social-media-age-limits-2028", lcr=("NPR (Online News)", "SCOTUSblog", "National Review"), n="US courts"),
  ]))

# ---------------------------------------------------------------- 16407 The Week (daily briefing)
SEEDS.append(dict(
  id="16407", name="16407_theweek-briefing", ext="txt", source="The Week", zone="America/New_York", tzlabel="unknown", render=r_theweek,
  title="The daily briefing: Russia and Ukraine swap prisoners, NATO sets an air defense goal, and more",
  lede="Today's top stories, at a glance", printed_date="October 18, 2028", date="2028-10-18",
  basis="no per-item stamp; the article prints only 'published October 18, 2028' (no time), so published is null; the local day is {d}",
  notes="Imitates The Week (US) daily briefing article (Future plc layout, text scrape). Items are numbered ('1.' on its own line), then the headline, then one paragraph ending in bracketed source citations ('[Reuters, The Kyiv Independent]'; kept as part of the paragraph). The only date is 'published October 18, 2028' with no time, so published is null for all items and page_timezone 'unknown' (local day in published_date); stamp is null (no per-item stamp). 'By The Week US' is a generic staff credit naming no person: author null. Items 3, 5 and 7 are not about the war.",
  not_entries=["logo, edition switch and navigation", "kicker 'Briefing'", "article headline (page title)", "strapline 'Today's top stories, at a glance'",
               "'By The Week US' and 'published October 18, 2028'", "newsletter sign-up box (top and bottom)", "item numbers '1.' ... '7.'",
               "'Subscribe to The Week' box after item 4", "Future plc footer lines"],
  entries=[
  E(None, "Russia and Ukraine trade 210 prisoners of war",
    ["Russia and Ukraine each released 210 prisoners of war on Tuesday in an exchange brokered by the United Arab Emirates, the first swap in more than a month. Ukrainian officials said several of the freed soldiers had been held since 2022. [Reuters, The Kyiv Independent]"],
    "diplomacy", "diplomacy", 3, "prisoner-exchange-210-2028-10-17"),
  E(None, "NATO defense ministers set new air defense goal",
    ["NATO defense ministers meeting in Brussels agreed that every member on the alliance's eastern flank should field layered air defenses against drones by 2031, a target officials said was shaped by Russia's attacks on Ukraine. Smaller allies asked for joint funding to meet it. [Politico Europe, Defense News]"],
    "diplomacy", "diplomacy", 2, "nato-eastern-flank-air-defense-goal-2028-10-17", n="alliance decision about NATO's own defence"),
  OFF(None, "Wildfire forces evacuations east of San Diego",
    ["A fast-moving wildfire driven by Santa Ana winds forced about 12,000 people from their homes in eastern San Diego County overnight. No deaths have been reported. [Los Angeles Times, NBC San Diego]"],
    "san-diego-wildfire-2028-10", n="wildfire"),
  E(None, "Russian missiles cut power in Kharkiv and Poltava",
    ["A Russian missile and drone attack overnight left large parts of Kharkiv and Poltava without electricity, Ukraine's grid operator said, as temperatures dropped close to freezing. One person was killed in the Poltava region. [The Associated Press, BBC]"],
    "strikes", "strikes", 3, "kharkiv-poltava-power-strikes-2028-10-18"),
  OFF(None, "Stocks slip as oil prices climb",
    ["The S&P 500 fell 0.8% on Tuesday as a jump in oil prices revived worries about inflation. [CNBC, The Wall Street Journal]"],
    "stocks-slip-oil-2028-10-17", n="markets"),
  E(None, "Zelensky replaces governors of Sumy and Chernihiv regions",
    ["Ukrainian President Volodymyr Zelensky dismissed the heads of the Sumy and Chernihiv regional administrations and named two army officers to replace them, citing the need for stronger defenses along the Russian border. [Ukrainska Pravda, Reuters]"],
    "other", "politics", 2, "zelensky-replaces-border-governors-2028-10-17"),
  OFF(None, "Phillies reach World Series with Game 6 win",
    ["The Philadelphia Phillies beat the San Diego Padres 5-2 to win the National League pennant and will open the World Series on Friday. [ESPN, The Athletic]"],
    "phillies-world-series-2028", n="baseball"),
  ]))

# ---------------------------------------------------------------- 16408 Semafor (Flagship)
SEEDS.append(dict(
  id="16408", name="16408_semafor-flagship", ext="html", source="Semafor", zone="America/New_York", render=r_semafor,
  title="EU leaders fight over a Ukraine loan, Gulf rulers head to Beijing, and Kyiv's winter plan",
  url="https://www.semafor.com/newsletter/10/20/2028/flagship-eu-ukraine-loan", published="2028-10-20 06:02", byline="Gideon Lark",
  bullets=["EU leaders open a two-day summit divided over a Ukraine loan.", "Gulf rulers travel to Beijing for a trade summit.",
           "Kyiv publishes its plan for a winter of blackouts.", "Chipmakers brace for tighter export rules.",
           "Dutch officials blame Russian hackers for a port outage.", "Fuel queues return to Lagos.", "Japan's snap election campaign begins."],
  basis="no per-story stamp; the newsletter's single time 'Oct 20, 2028, 6:02am EDT' (also JSON-LD datePublished) applies to every story; local {d} in {z}",
  notes="Imitates the web page of Semafor's Flagship newsletter: masthead, h1, editor byline, one time 'Oct 20, 2028, 6:02am EDT', a 'The World Today' numbered summary list (page lede, not entries), then seven numbered stories, each an h2 headline, one or two paragraphs and a 'Sources:' line. Stories carry no own stamp: stamp null, published = the page time. Author = the page byline (the newsletter's editor) for every story. Four of the seven stories are not about the war (Gulf-China summit, chip export rules, Lagos fuel, Japan election).",
  not_entries=["masthead navigation and 'Sign up'", "kicker 'Flagship'", "h1 (page title)", "byline and time", "'The World Today' list (seven one-line summaries = lede)",
               "story numbers", "'Sources: ...' line under each story", "partner/advertising box after story 3", "sign-off paragraph", "footer"],
  entries=[
  E("2028-10-20 06:02", "EU summit opens with a fight over Ukraine's loan",
    ["European Union leaders arrive in Brussels today still split over a proposed €90 billion loan to Ukraine backed by immobilized Russian central bank assets. Belgium, where most of the assets are held, wants guarantees from other members before it signs on.",
     "Without a deal, Kyiv's budget has a gap from the second quarter of next year, EU officials say."],
    "aid", "aid", 3, "eu-summit-ukraine-reparations-loan-2028-10-20", a="Gideon Lark", sec=["diplomacy"], src="Financial Times, Politico Europe", n="funding decision at head-of-government level"),
  OFF("2028-10-20 06:02", "Gulf rulers head to Beijing",
    ["Leaders from four Gulf states fly to Beijing for a two-day trade summit expected to produce new deals on oil supply and solar panel manufacturing."],
    "china-gulf-trade-summit-2028-10", a="Gideon Lark", src="South China Morning Post, The National", n="China-Gulf trade"),
  E("2028-10-20 06:02", "Kyiv's plan for a winter in the dark",
    ["Ukraine's government published a plan for keeping hospitals, water pumps and heating running through what officials expect to be the hardest winter for the power system since 2022. It relies on hundreds of small gas-fired generators that are harder for Russian missiles to hit than big plants.",
     "Ukraine has lost about half of its generating capacity to Russian strikes since late summer, according to the energy ministry."],
    "other", "humanitarian", 2, "ukraine-winter-energy-plan-2028-10-20", a="Gideon Lark", sec=["strikes"], src="Kyiv Independent, Bloomberg"),
  OFF("2028-10-20 06:02", "Chipmakers brace for tighter export rules",
    ["Semiconductor companies expect Washington to widen its limits on sales of advanced chips to China as soon as next week, according to three industry executives."],
    "chip-export-rules-2028-10", a="Gideon Lark", src="Semafor, Reuters", n="tech trade"),
  E("2028-10-20 06:02", "Dutch officials blame Russian hackers for port outage",
    ["Dutch authorities said a group linked to Russian military intelligence was behind a cyberattack that froze container-tracking systems at Rotterdam for most of Wednesday.",
     "The Kremlin denied involvement."],
    "other", "security", 2, "rotterdam-port-cyberattack-2028-10-18", a="Gideon Lark", src="NOS, De Telegraaf", n="sabotage blamed on a party"),
  OFF("2028-10-20 06:02", "Fuel queues return to Lagos",
    ["Long lines formed at petrol stations across Lagos after a dispute between Nigeria's largest refinery and fuel distributors over pricing."],
    "lagos-fuel-queues-2028-10", a="Gideon Lark", src="Semafor Africa, Premium Times", n="Nigeria fuel"),
  OFF("2028-10-20 06:02", "Japan's snap election campaign begins",
    ["Campaigning formally started for Japan's Nov. 5 lower house election, which the prime minister called to seek a mandate for higher defense spending."],
    "japan-snap-election-2028", a="Gideon Lark", src="Nikkei Asia, The Japan Times", n="Japan election"),
  ]))

# ---------------------------------------------------------------- 16409 Axios (live updates)
MASS = "russia-massive-energy-attack-2028-10-14"
SEEDS.append(dict(
  id="16409", name="16409_axios-liveupdates", ext="html", source="Axios", zone="America/New_York", render=r_axios,
  title="Live updates: Russia hits Ukraine's power grid in one of the war's largest attacks",
  url="https://www.axios.com/2028/10/14/russia-ukraine-attack-energy-grid-live-updates", authors=["Colin Darby", "Maya Okafor"],
  lede="Russia fired hundreds of drones and dozens of missiles at Ukraine's energy system overnight into Saturday, Ukrainian officials said.",
  basis="post time '{s}' (Eastern, 'ET' printed; EDT in October) under the page date line 'Oct 14, 2028 - World'; local {d} in {z}",
  notes="Imitates an Axios live-updates page: h1, author list, date line 'Oct 14, 2028 - World' (the only date), a lede, then posts newest first, each with a '3:45pm ET' time above the h2 headline and a post author. Bodies are Smart Brevity: a plain first paragraph, then paragraphs led by bold labels ('Why it matters:', 'Zoom in:', ...), kept as part of the paragraph text. 16409-02 ('In photos: ...') is a gallery teaser with no text (importance 1). 16409-03 is a context piece on the grid (own story). Trump's reaction (16409-04) is his own statement (criticism of Putin, sanctions threat), a separate story from the attack. NewsArticle JSON-LD, no items.",
  not_entries=["header logo and navigation", "h1 (page title)", "author list 'Colin Darby, Maya Okafor'", "date line 'Oct 14, 2028 - World'", "lede paragraph",
               "gallery placeholder 'Photo gallery: 9 images' in the teaser post", "Axios AM newsletter box after the third post", "editor's note at the end", "footer"],
  entries=[
  E("2028-10-14 15:45", "Ukraine hits power substation in Russia's Belgorod region",
    ["A Ukrainian drone strike set a power substation on fire in Russia's Belgorod region, cutting electricity to several villages, the regional governor said.",
     "Why it matters: Kyiv has increasingly answered attacks on its grid by targeting energy sites across the border."],
    "strikes", "strikes", 2, "belgorod-substation-strike-2028-10-14", a="Maya Okafor", n="a different strike, the other direction; must not merge with the Russian attack"),
  E("2028-10-14 14:10", "In photos: Kyiv after the strikes", [], "strikes", "strikes", 1, MASS, a="Colin Darby", n="gallery teaser without body"),
  E("2028-10-14 12:15", "The big picture: Ukraine's grid heads into winter on the edge",
    ["Ukraine enters the heating season with far less generating capacity than a year ago, and officials warn that every large attack now means rolling blackouts for days.",
     "Zoom in: Repair crews can patch transmission lines within hours, but damaged transformers take months to replace.",
     "What's next: Energy officials are asking allies for gas turbines and mobile generators before December."],
    "other", "humanitarian", 2, "ukraine-grid-winter-outlook-2028-10", a="Colin Darby", sec=["strikes"], n="context piece on the grid, mentions the attack but is its own story"),
  E("2028-10-14 10:30", "Trump says he is 'not happy' with Putin after the barrage",
    ["President Trump said he was \"not happy\" with Vladimir Putin after the overnight attack and suggested he could approve new sanctions on buyers of Russian oil.",
     "Between the lines: The White House did not say when a decision would come."],
    "diplomacy", "diplomacy", 3, "trump-putin-criticism-sanctions-threat-2028-10-14", a="Maya Okafor", sec=["strikes"], n="head-of-state statement with a sanctions threat"),
  E("2028-10-14 09:05", "Death toll rises to six",
    ["At least six people were killed in the overnight attack, including two in Lviv and three in the Odesa region, Ukraine's emergency service said.",
     "Zoom in: Power was cut to more than a million households, mostly in the west and south."],
    "strikes", "strikes", 3, MASS, a="Colin Darby"),
  E("2028-10-14 07:40", "Poland and Romania scramble jets",
    ["Poland and Romania put fighter jets in the air as Russian drones flew near their borders during the attack, their defense ministries said.",
     "Poland briefly closed airports in Rzeszów and Lublin."],
    "other", "security", 2, "poland-romania-scramble-jets-2028-10-14", a="Maya Okafor"),
  E("2028-10-14 06:15", "Russia launches one of the war's largest air attacks",
    ["Russia fired 470 drones and 48 missiles at Ukraine overnight, targeting power plants and gas facilities in at least nine regions, Ukraine's air force said.",
     "Why it matters: The strike comes as Ukraine heads into winter with its energy system already badly damaged."],
    "strikes", "strikes", 3, MASS, a="Colin Darby"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_kestrel(S):
    """text live blog, newest first: masthead, breadcrumb, 'Live' label, title, date line, lede, 'Key Points' bullets (headlines of
    key posts), then per post: '2.20pm BST · NAME' line, headline, body; gallery posts print 'View gallery (N photos)'."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Home | UK | World | Politics | Business | Opinion | Sport | Live", "", "World › Europe › Ukraine", "",
         "Live", S["title"], S["dateline"], "", S["lede"], "", "Key Points"] + ["• " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Show key events only", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, sep='.')} {d.tzname()}"; stamps.append(st)
        L += [f"{st} · {e['a']}" if e["a"] else st, e["h"], ""]
        L += lines_of(e["p"]) if e["p"] else ["View gallery (12 photos)", ""]
        L += ["Share", ""]
        if i == 2:
            L += ["Get our Ukraine Briefing newsletter every weekday at 7am. Sign up", ""]
    L += ["Earlier posts", "", f"© {S['source']} 2028 · Terms · Privacy · Accessibility · Contact"]
    return "\n".join(L) + "\n", stamps


def r_ivorsgate(S):
    """HTML live blog, oldest first. LiveBlogPosting JSON-LD whose liveBlogUpdate items carry only @id and a truncated
    articleBody, with headline and datePublished copied from the PAGE (as some real producers do): per-post times must come
    from the visible <time datetime>HH:MM</time>. Byline 'By NAME' under the h3."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#block-{0x6a10 + i * 37:x}", "headline": S["title"], "datePublished": first.isoformat(),
            "dateModified": last.isoformat(), "articleBody": (" ".join(e["p"]))[:160]} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "coverageEndTime": (first + timedelta(hours=18)).isoformat(), "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} — {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header class="site"><a class="brand" href="/">{esc(S["source"])}</a><nav><a>Ukraine</a> <a>Front line</a> <a>Economy</a> '
           '<a>Explainers</a> <a>Donate</a></nav></header>',
           f'<main class="liveblog"><h1>{esc(S["title"])}</h1>', f'<p class="dates">{esc(S["dateline"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>',
           '<p class="order">Showing oldest first · <a>Switch to newest first</a></p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="block" id="block-{0x6a10 + i * 37:x}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="by">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<footer class="block-tools"><a>Link to this post</a></footer></article>')
        if i == 3:
            out.append('<aside class="donate">Independent journalism from Ukraine depends on readers like you. <a>Support us</a></aside>')
    out += ['</main>', f'<footer class="site">{esc(S["source"])} · About · Editorial policy · Contacts</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss_full(S):
    """RSS 2.0 world feed, newest first: description = first paragraph (plain, escaped), content:encoded = all paragraphs in CDATA,
    pubDate with 'GMT' or a numeric offset (S['rfc']), dc:creator only when the item has an author, category."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en-gb</language>' if S["rfc"] == "GMT" else '<language>en</language>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=S["rfc"] == "GMT")}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S["rfc"] == "GMT"); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")[:60]
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{e.get("cat", "world").lower()}/{slug}</link>',
                f'<guid isPermaLink="false">{S["guid"]}{i + 30417}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out.append(f'<description>{esc(e["p"][0]) if e["p"] else ""}</description>')
        if e["p"]:
            out.append('<content:encoded><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content:encoded>')
        out.append('</item>')
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_quorley(S):
    """HTML article with h2 sections (one entry per section), NewsArticle JSON-LD, byline 'By NAME', visible dateline
    '24/10/2028 15:40 (CEST)'; no per-section time."""
    z = S["zone"]; pub = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": pub.isoformat(),
          "dateModified": pub.isoformat(), "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": S["source"]},
          "inLanguage": "en", "articleSection": "Europe"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><div class="logo">{esc(S["source"])}</div><nav><a>Germany</a> <a>Europe</a> <a>World</a> <a>Economy</a> <a>Culture</a> <a>Podcast</a></nav></header>',
           '<main><article>', '<p class="kicker">War in Ukraine</p>', f'<h1>{esc(S["title"])}</h1>', f'<p class="teaser">{esc(S["lede"])}</p>',
           f'<p class="meta"><span class="author">By {esc(S["byline"])}</span> · <span class="date">Published: {pub:%d/%m/%Y %H:%M} ({pub.tzname()})</span></p>',
           '<div class="share"><a>Share</a> <a>Print</a> <a>Listen to this article (6 min)</a></div>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<aside class="more"><p>Also read:</p><a>Why Berlin still says no to long-range missiles</a></aside>')
    out += ['<p class="corrections">Have you spotted a mistake? Write to the editors.</p>', '</article></main>',
            f'<footer>© {esc(S["source"])} · Imprint · Data protection · Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2028-10-24 (UTC), day 2 = 2028-10-25, day 3 = 2028-10-30.
ZAP = "zaporizhzhia-missile-strike-2028-10-24"
RUTTE = "rutte-kyiv-visit-2028-10-24"
BALL = "explainer-ballistic-missile-defence-gap"
BALL_H = "Explainer: why ballistic missiles still get through Ukraine's defences"
BALL_P = ["Russia's attack on Zaporizhzhia this morning was carried out with Iskander-M ballistic missiles, the weapon Ukraine finds hardest to stop.",
          "Ballistic missiles come down on their targets at several times the speed of sound, leaving cities near the front only a few minutes between launch and impact. Only a handful of Western systems, chiefly the US-made Patriot and the Franco-Italian SAMP/T, can intercept them, and each interception can use two or three expensive missiles.",
          "Ukraine has far fewer of those batteries than it has cities to protect, so commanders decide each night which places to cover. Zaporizhzhia, about 40km from the front line, gets less warning than almost anywhere else."]

# ---------------------------------------------------------------- 16420 Kestrelbourne Chronicle (day 1)
SEEDS.append(dict(
  id="16420", name="16420_kestrelbourne-textlive", ext="txt", source="Kestrelbourne Chronicle", zone="Europe/London", render=r_kestrel,
  title="Ukraine war live: Zaporizhzhia strike toll rises to 11; Nato's Rutte visits Kyiv", dateline="Tuesday 24 October 2028",
  lede="A Russian ballistic missile hit a block of flats in Zaporizhzhia early on Tuesday; Nato's secretary general promised more air defence during a visit to Kyiv.",
  basis="post stamp '{s}' (UK time, BST printed) under the date line 'Tuesday 24 October 2028'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. A 'Key Points' block lists the headlines of two posts (key_point true). Each post: a line 'H.MMam/pm BST · NAME' (stamp + author), the headline, the body, and a 'Share' line. 16420-02 is a 'Photos:' gallery post with no text ('View gallery (12 photos)' is chrome): teaser, importance 1. 16420-04 is a theme piece (explainer on ballistic-missile defence) that mentions the Zaporizhzhia strike but is its own story; it is re-posted verbatim on day 2 by 16431. Toll here 3 → 11.",
  not_entries=["masthead and navigation", "breadcrumb 'World › Europe › Ukraine'", "'Live' label", "page title and date line 'Tuesday 24 October 2028'", "lede paragraph",
               "'Key Points' header and its two bullets (pointers to posts 16420-01 and 16420-03)", "'Show key events only'", "'View gallery (12 photos)' in the teaser post",
               "'Share' line after every post", "newsletter promo after the third post", "'Earlier posts'", "footer"],
  entries=[
  E("2028-10-24 19:30", "Zaporizhzhia toll rises to 11 as rescuers search collapsed block",
    ["The number of people killed by this morning's Russian missile strike on Zaporizhzhia has risen to 11, the regional governor, Ivan Fedorov, said this evening.",
     "Forty-two people were injured, five of them children. Rescuers expect to work through the night at the five-storey block in the city's Shevchenkivskyi district, where two stairwells collapsed."],
    "strikes", "strikes", 3, ZAP, a="Ffion Hale", kp=True, n="toll 11 dead, 42 injured"),
  E("2028-10-24 18:10", "Photos: Zaporizhzhia residents sweep up glass after deadly strike", [], "strikes", "strikes", 1, ZAP, a="Ffion Hale",
    n="teaser without body (gallery)"),
  E("2028-10-24 16:45", "Rutte in Kyiv: Nato chief promises more air defence before winter",
    ["Mark Rutte, Nato's secretary general, told a press conference in Kyiv that allies would send \"dozens\" more air defence launchers and thousands of interceptors before the end of the year.",
     "Standing next to Volodymyr Zelensky, Rutte said the morning's attack on Zaporizhzhia showed \"exactly why this cannot wait\"."],
    "diplomacy", "diplomacy", 3, RUTTE, a="Callum Brisk", sec=["aid"], kp=True),
  E("2028-10-24 15:00", BALL_H, BALL_P, "strikes", "strikes", 2, BALL, a="Tom Arkwright",
    n="theme piece (explainer on ballistic-missile defence); mentions the Zaporizhzhia strike but must not merge with it"),
  E("2028-10-24 13:20", "Netherlands to pay for 6,000 interceptor drones for Ukraine",
    ["The Dutch government will spend €350m on 6,000 Ukrainian-made interceptor drones, which are built to ram Russian attack drones in mid-air, the Dutch defence minister said."],
    "aid", "aid", 2, "netherlands-interceptor-drones-2028-10-24", a="Callum Brisk",
    n="same air-defence theme as Rutte's pledge and Germany's IRIS-T (16423-03) but a different event: must not merge"),
  E("2028-10-24 10:05", "Guided bomb kills man in Orikhiv, governor says",
    ["A Russian guided bomb killed a 61-year-old man and damaged a school in Orikhiv, a frontline town in the Zaporizhzhia region, Ivan Fedorov said."],
    "strikes", "strikes", 3, "orikhiv-guided-bomb-2028-10-24", a="Ffion Hale",
    n="same region as the Zaporizhzhia city strike but another strike: must not merge"),
  E("2028-10-24 07:15", "Missile strike on Zaporizhzhia apartment block kills three",
    ["Three people were killed when a Russian missile hit a residential building in Zaporizhzhia shortly before 7am local time, the regional governor, Ivan Fedorov, said.",
     "He said at least 15 people had been injured and that several more were thought to be trapped under rubble."],
    "strikes", "strikes", 3, ZAP, a="Ffion Hale", n="toll 3 dead"),
  ]))

# ---------------------------------------------------------------- 16421 Ivorsgate Wire (day 1)
SEEDS.append(dict(
  id="16421", name="16421_ivorsgate-ldlive", ext="html", source="Ivorsgate Wire", zone="Europe/Kyiv", render=r_ivorsgate,
  title="War in Ukraine, day by day: Tuesday 24 October", url="https://ivorsgate-wire.example/live/2028-10-24",
  dateline="Tuesday, 24 October 2028 · all times Kyiv",
  lede="Live coverage from our newsroom in Kyiv: the missile strike on Zaporizhzhia, the Nato secretary general's visit and the day's other news.",
  basis="visible '{s}' in <time datetime> (Kyiv time, EEST = UTC+3; 'all times Kyiv' printed with the date line 'Tuesday, 24 October 2028'); local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first. Its LiveBlogPosting JSON-LD has one liveBlogUpdate per post, but each update carries the PAGE's headline and datePublished (only @id and a truncated articleBody differ), so per-post times and headlines must be taken from the HTML blocks: <time datetime='...+03:00'>HH:MM</time>, h3 headline, 'By NAME'. 16421-05 re-publishes 16421-03 nearly verbatim ('regional military administration' -> 'regional administration'): duplicate, importance 1. 16421-06 (Kherson bus station) is another strike: must not merge with Zaporizhzhia. Toll here: casualties → 7 → 9.",
  not_entries=["site header and navigation", "h1 page title", "date line 'Tuesday, 24 October 2028 · all times Kyiv'", "intro paragraph",
               "'Showing oldest first · Switch to newest first'", "'Link to this post' under every post", "donation box after the fourth post", "site footer",
               "JSON-LD liveBlogUpdate items (page-level headline/time, truncated bodies)"],
  entries=[
  E("2028-10-24 07:05", "Missile strike on Zaporizhzhia; casualties reported",
    ["Explosions shook Zaporizhzhia at about 06:40 after the air force warned of a ballistic missile threat from the south-east.",
     "Governor Ivan Fedorov said a residential building had been hit and that there were dead and injured, without giving numbers."],
    "strikes", "strikes", 3, ZAP, a="Olena Marr", n="first report, no toll yet"),
  E("2028-10-24 09:50", "Russia claims capture of Ivanopillia near Kostiantynivka",
    ["Russia's defence ministry said its troops had taken the village of Ivanopillia, south-east of Kostiantynivka in the Donetsk region.",
     "Ukraine's general staff did not confirm the claim."],
    "other", "frontline", 2, "russia-claims-ivanopillia-2028-10-24", a="Denys Oliinyk"),
  E("2028-10-24 12:30", "Zaporizhzhia: death toll rises to seven",
    ["Seven people are now known to have died in the morning strike on Zaporizhzhia, and 31 were injured, the regional military administration said.",
     "Among the dead is a nurse who was walking to the city hospital for the start of her shift."],
    "strikes", "strikes", 3, ZAP, a="Olena Marr", n="toll 7"),
  E("2028-10-24 14:20", "Rutte arrives in Kyiv on unannounced visit",
    ["Nato secretary general Mark Rutte arrived in Kyiv by train for talks with President Zelensky on air defence and the alliance's support for Ukraine next year."],
    "diplomacy", "diplomacy", 3, RUTTE, a="Denys Oliinyk"),
  E("2028-10-24 16:05", "Zaporizhzhia: death toll rises to seven",
    ["Seven people are now known to have died in the morning strike on Zaporizhzhia, and 31 were injured, the regional administration said.",
     "Among the dead is a nurse who was walking to the city hospital for the start of her shift."],
    "strikes", "strikes", 1, ZAP, a="Olena Marr", dup="16421-03", n="near-verbatim re-publication of 16421-03"),
  E("2028-10-24 17:50", "Russian drones hit Kherson bus station, two wounded",
    ["Two people were wounded when Russian drones struck the central bus station in Kherson, the city's military administration said."],
    "strikes", "strikes", 2, "kherson-bus-station-drone-strike-2028-10-24", a="Denys Oliinyk",
    n="another strike on another city: must not merge with Zaporizhzhia"),
  E("2028-10-24 19:45", "Zelensky: Zaporizhzhia attack shows Patriot deliveries cannot wait",
    ["President Volodymyr Zelensky said the death toll in Zaporizhzhia had reached nine and accused Russia of timing the strike for when people were leaving for work.",
     "\"Every delay in Patriot deliveries is paid for in lives like these,\" he said in his evening address."],
    "strikes", "strikes", 3, ZAP, a="Olena Marr", sec=["aid"], n="reaction whose main content is the attack (toll 9); shares its story"),
  ]))

# ---------------------------------------------------------------- 16422 Pyrford World Service (day 1, world feed)
SEEDS.append(dict(
  id="16422", name="16422_pyrford-worldrss", ext="xml", source="Pyrford World Service", zone="UTC", render=r_rss_full, rfc="GMT",
  title="Pyrford World Service – World news", url="https://pyrford-ws.example", guid="pws-",
  lede="International news from the Pyrford World Service newsroom.",
  basis="RSS pubDate '{s}' (GMT); local {d} in {z}",
  notes="Invented outlet. General world-news RSS feed, newest first; the war is a minority (2 of 6 items). description = the first paragraph, content:encoded = all paragraphs (CDATA). No authors. Spelling 'Zaporizhia' (one 'zh') in 16422-02.",
  not_entries=["channel title/link/description/language/lastBuildDate", "item link/guid/category", "description (repeats the first paragraph of content:encoded)"],
  entries=[
  OFF("2028-10-24 21:10", "Late goal sends Benfica past Ajax in Champions League",
      ["A stoppage-time header gave Benfica a 2-1 win over Ajax in Lisbon, lifting the Portuguese side to second place in the league phase."],
      "champions-league-benfica-ajax-2028-10-24", cat="Sport", n="football"),
  E("2028-10-24 19:20", "Zaporizhia strike death toll reaches 11",
    ["Eleven people were killed and more than 40 injured when a Russian ballistic missile hit an apartment building in the Ukrainian city of Zaporizhia on Tuesday morning, local officials said.",
     "It was the deadliest single attack on the city since the spring."],
    "strikes", "strikes", 3, ZAP, cat="Europe", n="toll 11; spelling Zaporizhia"),
  OFF("2028-10-24 15:45", "Typhoon forces flight cancellations across Okinawa",
      ["More than 300 flights were cancelled and schools closed across Okinawa as a strong typhoon passed close to the Japanese islands."],
      "okinawa-typhoon-2028-10-24", cat="Asia", n="weather"),
  E("2028-10-24 12:30", "Nato chief makes surprise visit to Kyiv",
    ["Nato Secretary General Mark Rutte has arrived in Kyiv on a visit that was not announced in advance, Ukrainian officials said, hours after the deadly strike on Zaporizhia."],
    "diplomacy", "diplomacy", 3, RUTTE, cat="Europe"),
  OFF("2028-10-24 10:00", "Chile copper miners extend strike at major pit",
      ["Workers at one of Chile's largest copper mines voted to extend their strike into a third week, pushing copper prices to a two-month high."],
      "chile-copper-strike-2028-10", cat="Americas", n="labour dispute"),
  OFF("2028-10-24 08:15", "Indonesia's central bank holds rates steady",
      ["Bank Indonesia kept its benchmark rate unchanged for a fourth month, citing the need to support the rupiah."],
      "bank-indonesia-rates-2028-10-24", cat="Business", n="central bank"),
  ]))

# ---------------------------------------------------------------- 16423 Quorley Review (day 1, article with sections)
SEEDS.append(dict(
  id="16423", name="16423_quorley-article", ext="html", source="Quorley Review", zone="Europe/Berlin", render=r_quorley,
  title="Deadly strike on Zaporizhzhia as Nato chief visits Kyiv", published="2028-10-24 15:40", byline="Jana Wittstock",
  lede="Russia's missile attack on a residential block overshadows Mark Rutte's trip; Berlin promises more air defence.",
  basis="no per-section stamp; the article's dateline 'Published: 24/10/2028 15:40 (CEST)' (also JSON-LD datePublished) applies to every section; local {d} in {z}",
  notes="Invented outlet (Berlin, English edition). One article with four h2 sections; each section is an entry (headline = the section heading), stamp null, published = the article's dateline time (CEST = UTC+2), author = the article byline. NewsArticle JSON-LD has no sections. Section 1 quotes Russia's defence ministry spelling 'Zaporozhye'. Section 3 (German IRIS-T systems) shares the air-defence theme with the Dutch interceptor drones (16420-05) but is a different event.",
  not_entries=["logo and navigation", "kicker 'War in Ukraine'", "h1 (page title)", "teaser paragraph", "byline and 'Published: ...' dateline", "share / print / listen links",
               "'Also read:' related link after section 2", "corrections note", "footer"],
  entries=[
  E("2028-10-24 15:40", "Zaporizhzhia: at least seven dead",
    ["At least seven people were killed when a Russian missile struck a five-storey residential building in Zaporizhzhia early on Tuesday, according to the regional administration.",
     "Russia's defence ministry said it had hit \"a temporary deployment point of Ukrainian units\" in Zaporozhye and made no mention of civilian casualties."],
    "strikes", "strikes", 3, ZAP, a="Jana Wittstock", n="toll 7; Russian claim spelled Zaporozhye"),
  E("2028-10-24 15:40", "Rutte's fourth trip to Kyiv",
    ["Nato Secretary General Mark Rutte arrived in Kyiv on Tuesday for his fourth visit since taking office, with air defence at the top of the agenda.",
     "Alliance diplomats said he would also discuss how Nato's new coordination command in Wiesbaden will manage deliveries next year."],
    "diplomacy", "diplomacy", 3, RUTTE, a="Jana Wittstock"),
  E("2028-10-24 15:40", "Germany to send four more IRIS-T systems",
    ["The German government will deliver four more IRIS-T air defence systems to Ukraine in the first half of next year, the defence ministry in Berlin said on Tuesday.",
     "The systems are worth about €600 million including missiles."],
    "aid", "aid", 3, "germany-iris-t-four-systems-2028-10-24", a="Jana Wittstock",
    n="major arms pledge; same air-defence theme as the Dutch drones (16420-05) but a different event: must not merge"),
  E("2028-10-24 15:40", "Kyiv publishes winter blackout schedules",
    ["Ukraine's grid operator published blackout schedules for the coming weeks, warning that households in most regions should expect up to eight hours a day without power after repeated Russian attacks on generation."],
    "other", "humanitarian", 2, "ukraine-winter-blackout-schedules-2028-10-24", a="Jana Wittstock", sec=["strikes"]),
  ]))


def r_lochvarren(S):
    """HTML live blog without JSON-LD, newest first: h2 headline, then a meta line with author and a full local stamp
    '25.10.2028, 18:15' (day.month.year, no zone; the page header says 'Times are Warsaw time (CEST)'); teasers show a gallery box."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           '<meta name="robots" content="max-image-preview:large"></head><body>',
           '<div class="consent">This site uses cookies to measure traffic. <button>Accept</button> <button>Manage</button></div>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a> <nav><a>Poland</a> <a>Central Europe</a> <a>Ukraine</a> <a>Business</a> '
           '<a>Opinion</a> <a>Newsletter</a></nav></header>',
           '<main>', '<div class="live-badge">LIVE</div>', f'<h1>{esc(S["title"])}</h1>', f'<p class="tz">{esc(S["tznote"])}</p>',
           f'<p class="summary">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y, %H:%M}"; stamps.append(st)
        out.append(f'<section class="post"><h2>{esc(e["h"])}</h2><p class="meta"><span class="author">{esc(e["a"])}</span> '
                   f'<span class="time">{st}</span></p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]] if e["p"] else ['<div class="gallery"><button>Open gallery</button> 14 photos</div>']
        out.append('</section>')
        if i == 2:
            out.append('<aside class="related"><h4>Read more</h4><a>How Poland became Ukraine\u2019s logistics hub</a></aside>')
    out += ['<p class="archive"><a>Yesterday\u2019s live coverage</a></p>', '</main>',
            f'<footer>{esc(S["source"])} · Warsaw · Editorial team · Advertising · Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO with the outlet's offset; <author><name>; escaped-HTML <content type="html">."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" type="text/html" href="{S["url"]}"/>',
           f'<link rel="self" type="application/atom+xml" href="{S["url"]}/feed/atom"/>', f'<id>{S["url"]}/feed/atom</id>',
           f'<updated>{S["fmt"](dt(S["entries"][0]["t"], z))}</updated>', f'<generator>{S.get("generator", "Atomizer")}</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = S["fmt"](d); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")[:50]
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" href="{S["url"]}/{e.get("cat", "news").lower()}/{slug}"/>',
                f'<id>tag:{S["url"].split("//")[1]},2028:{i + 77120}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append(f'<category term="{e.get("cat", "News")}"/>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_tessaly(S):
    """text live blog, oldest first: headline, then 'By NAME | 6:05 AM EDT' (or just the time), then body; date line with year at the top."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Local  ·  Nation  ·  World  ·  Business  ·  Sports  ·  Opinion  ·  Obituaries  ·  e-Edition", "", "WORLD", S["title"],
         S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', suf=('AM', 'PM'))} {d.tzname()}"; stamps.append(st)
        L += [e["h"], f"By {e['a']} | {st}" if e["a"] else st, ""] + lines_of(e["p"])
        if i == 1:
            L += ["ADVERTISEMENT", ""]
        if i == 3:
            L += ["Get breaking news alerts from the Evening Star on your phone. Download our app.", ""]
    L += ["This page will be updated.", "", f"Copyright 2028 {S['source']}. All rights reserved.  Terms  ·  Privacy  ·  Contact"]
    return "\n".join(L) + "\n", stamps


# Day 2 = 2028-10-25
EXCH = "prisoner-exchange-340-for-340-2028-10-25"

# ---------------------------------------------------------------- 16430 Lochvarren Times (day 2)
SEEDS.append(dict(
  id="16430", name="16430_lochvarren-htmllive", ext="html", source="Lochvarren Times", zone="Europe/Warsaw", render=r_lochvarren,
  title="Russia-Ukraine war: prisoner exchange, Zaporizhzhia mourns – live", tznote="Wednesday 25 October · Times are Warsaw time (CEST)",
  lede="Ukraine and Russia swap hundreds of prisoners; Zaporizhzhia holds a day of mourning; Poland expands training for Ukrainian troops.",
  basis="post stamp '{s}' (day.month.year, Warsaw time; the page says 'Times are Warsaw time (CEST)', UTC+2); local {d} in {z}",
  notes="Invented outlet (Warsaw, English). HTML live blog without JSON-LD, newest first. Each post: h2 headline, then a meta line with the author and a full stamp 'DD.MM.YYYY, HH:MM' (no zone in the stamp; the page header says Warsaw time, CEST). 16430-01 is a 'Photos:' gallery post with no text (teaser, importance 1). 16430-05 (overnight drones on an energy site in the Zaporizhzhia region) is a new strike in the same region as Tuesday's city strike: must not merge with it. 16430-04 continues day 1's Zaporizhzhia story (toll 13, day of mourning).",
  not_entries=["cookie consent bar", "logo and navigation", "'LIVE' badge", "h1 (page title)", "'Wednesday 25 October · Times are Warsaw time (CEST)'", "summary paragraph",
               "gallery box 'Open gallery 14 photos' in the teaser post", "'Read more' related link after the third post", "'Yesterday's live coverage' link", "footer"],
  entries=[
  E("2028-10-25 20:30", "Photos: Freed Ukrainian soldiers reunited with their families", [], "diplomacy", "diplomacy", 1, EXCH, a="Anna Zielke",
    n="teaser without body (gallery)"),
  E("2028-10-25 18:15", "Poland to train 10,000 more Ukrainian soldiers next year",
    ["Poland will train another 10,000 Ukrainian soldiers at bases in the country's east next year, Deputy Prime Minister and Defence Minister Władysław Kosiniak-Kamysz said.",
     "The courses will focus on drone operators and combat engineers."],
    "aid", "aid", 2, "poland-training-ukrainian-soldiers-2029", a="Marek Sowa"),
  E("2028-10-25 16:40", "Ukraine and Russia swap 340 prisoners each in UAE-brokered deal",
    ["Ukraine and Russia exchanged 340 prisoners of war each on Wednesday in a swap mediated by the United Arab Emirates, Ukraine's coordination headquarters for prisoners of war said.",
     "Most of the Ukrainians released had been captured in 2022 and 2023, among them defenders of Mariupol, it said."],
    "diplomacy", "diplomacy", 3, EXCH, a="Anna Zielke"),
  E("2028-10-25 13:05", "Zaporizhzhia mourns 13 killed in Tuesday's strike",
    ["Zaporizhzhia held a day of mourning on Wednesday after the death toll from Tuesday's Russian missile strike on an apartment block rose to 13, with the last two bodies recovered overnight.",
     "Rescuers said the search of the building was over."],
    "strikes", "strikes", 3, ZAP, a="Marek Sowa", n="continuation of the day-1 strike (new development: toll 13, mourning)"),
  E("2028-10-25 10:10", "Drones hit energy facility in Zaporizhzhia region overnight",
    ["Russian drones damaged an energy facility in the Zaporizhzhia region overnight, leaving about 20,000 households without power, the regional governor said. No one was hurt."],
    "strikes", "strikes", 2, "zaporizhzhia-region-energy-drone-strike-2028-10-25", a="Anna Zielke",
    n="same region as Tuesday's city strike, a different attack: must not merge"),
  E("2028-10-25 08:00", "Sikorski: EU must decide on frozen-assets loan this year",
    ["Poland's foreign minister, Radosław Sikorski, urged EU governments to approve a loan to Ukraine backed by frozen Russian assets before the end of the year, saying Kyiv could not plan its defence \"month to month\"."],
    "aid", "aid", 2, "sikorski-frozen-assets-loan-appeal-2028-10-25", a="Marek Sowa", sec=["diplomacy"]),
  ]))

# ---------------------------------------------------------------- 16431 Hexworthy Post (day 2, Atom)
SEEDS.append(dict(
  id="16431", name="16431_hexworthy-atom", ext="xml", source="Hexworthy Post", zone="Europe/Kyiv", render=r_atom,
  fmt=lambda d: d.isoformat(), title="Hexworthy Post – Ukraine", url="https://hexworthy-post.example",
  lede="News from Ukraine, in English.", generator="Hexworthy CMS 4.2",
  basis="Atom <published> '{s}' (explicit +03:00, Kyiv summer time); local {d} in {z}",
  notes="Invented outlet (Kyiv). Atom feed, newest first; <published> with +03:00; <author><name> per entry; content is escaped HTML. 16431-03 re-posts day 1's explainer 16420-04 verbatim (same headline, same three paragraphs, same author credit): re-post of day-1 entry, importance 1, same story, duplicate_of null (duplicates are defined within one seed). 16431-02 (repatriation of 1,000 bodies) is the same theme as the prisoner exchange but a different event: must not merge. 16431-04 continues day 1's Zaporizhzhia story.",
  not_entries=["feed title/subtitle/links/id/updated/generator", "entry ids, links, <updated> and <category> terms"],
  entries=[
  E("2028-10-25 22:10", "Exchange brings home 340 defenders, Zelensky says",
    ["President Volodymyr Zelensky said 340 Ukrainian soldiers and border guards had come home in Wednesday's exchange and thanked the United Arab Emirates for its mediation.",
     "\"We will bring everyone back,\" he wrote, sharing photos of the freed men wrapped in national flags at the border with Belarus."],
    "diplomacy", "diplomacy", 3, EXCH, a="Iryna Bodnar", cat="Politics"),
  E("2028-10-25 19:30", "Ukraine receives the bodies of 1,000 fallen soldiers",
    ["Ukraine received 1,000 bodies that Russia says are those of Ukrainian soldiers, the coordination headquarters said, adding that forensic experts would now work to identify them.",
     "Russia received the bodies of 41 of its soldiers in return."],
    "other", "humanitarian", 2, "repatriation-of-bodies-1000-2028-10-25", a="Iryna Bodnar", cat="Society",
    n="same theme as the prisoner exchange but a different event: must not merge"),
  E("2028-10-25 16:20", BALL_H, BALL_P, "strikes", "strikes", 1, BALL, a="Tom Arkwright", cat="Analysis",
    n="re-post of day-1 entry 16420-04 (syndicated verbatim, incl. 'this morning'); importance 1, same story"),
  E("2028-10-25 13:45", "Zaporizhzhia declares day of mourning as toll reaches 13",
    ["The Zaporizhzhia city council declared Wednesday a day of mourning after the number of people killed in Tuesday's missile strike rose to 13.",
     "Eleven of the injured remain in hospital, three of them in a serious condition."],
    "strikes", "strikes", 3, ZAP, a="Pavlo Hrytsai", cat="War", n="continuation of the day-1 strike"),
  E("2028-10-25 11:00", "Court jails former defence ministry official over body-armour fraud",
    ["Ukraine's High Anti-Corruption Court sentenced a former deputy head of a defence ministry procurement department to nine years in prison for embezzling money meant for body armour."],
    "other", "politics", 2, "body-armour-fraud-sentence-2028-10-25", a="Pavlo Hrytsai", cat="Politics"),
  E("2028-10-25 08:40", "Ukrainian forces push back assault near Lyman, army says",
    ["Ukrainian troops repelled a Russian mechanised assault north of Lyman overnight, destroying four armoured vehicles, the army's eastern command said."],
    "other", "frontline", 2, "lyman-assault-repelled-2028-10-25", a="Pavlo Hrytsai", cat="War"),
  ]))

# ---------------------------------------------------------------- 16432 Tessaly Evening Star (day 2)
SEEDS.append(dict(
  id="16432", name="16432_tessaly-textlive", ext="txt", source="Tessaly Evening Star", zone="America/New_York", render=r_tessaly,
  title="Ukraine live updates: Russia and Ukraine swap prisoners", dateline="Wednesday, October 25, 2028",
  lede="Follow the latest developments in the war in Ukraine.",
  basis="post stamp '{s}' (Eastern, EDT printed) under the date line 'Wednesday, October 25, 2028'; local {d} in {z}",
  notes="Invented outlet (US). Text live blog, oldest first. Each post: headline, then 'By NAME | 6:05 AM EDT' (author and stamp on one line, after the headline), then the body. 16432-03 re-publishes 16432-01 nearly verbatim ('with the help of' -> 'with help from'): duplicate, importance 1. 16432-02 is a theme piece (analysis of the UAE's role as mediator) that mentions today's swap but is its own story: must not merge with the exchange. 16432-04 continues day 1's Zaporizhzhia story (spelled Zaporizhzhya). First reports say 'more than 300' each; later 340.",
  not_entries=["masthead and navigation", "'WORLD' section label", "page title and date line", "lede 'Follow the latest developments ...'",
               "'ADVERTISEMENT' after the second post", "app promo after the fourth post", "'This page will be updated.'", "copyright/footer line"],
  entries=[
  E("2028-10-25 06:05", "Russia and Ukraine begin prisoner swap, officials say",
    ["Russia and Ukraine began exchanging more than 300 prisoners of war each on Wednesday, officials on both sides said, in a swap arranged with the help of the United Arab Emirates.",
     "Russia's defense ministry said its servicemen would be flown to Moscow after medical checks in Belarus."],
    "diplomacy", "diplomacy", 3, EXCH, a="Dana Whitcomb", n="first report: 'more than 300' each"),
  E("2028-10-25 08:20", "Analysis: How the UAE became the go-to broker for prisoner swaps",
    ["Wednesday's exchange is the latest of dozens that the United Arab Emirates has helped arrange since 2022, and diplomats say its role has become almost routine.",
     "Emirati officials keep contacts in both Moscow and Kyiv, do not publicly take sides and can offer neutral airports for handovers. They rarely comment on the details of a deal until it is done.",
     "Turkey and Qatar have mediated too, but mostly in cases involving civilians and children."],
    "diplomacy", "diplomacy", 2, "analysis-uae-prisoner-swap-mediation", a="Omar Haddad",
    n="theme piece (analysis of UAE mediation); mentions today's swap but must not merge with it"),
  E("2028-10-25 09:40", "Russia and Ukraine begin prisoner swap, officials say",
    ["Russia and Ukraine began exchanging more than 300 prisoners of war each on Wednesday, officials on both sides said, in a swap arranged with help from the United Arab Emirates.",
     "Russia's defense ministry said its servicemen would be flown to Moscow after medical checks in Belarus."],
    "diplomacy", "diplomacy", 1, EXCH, a="Dana Whitcomb", dup="16432-01", n="near-verbatim re-publication of 16432-01"),
  E("2028-10-25 11:15", "Zaporizhzhya observes day of mourning after missile attack",
    ["The southeastern Ukrainian city of Zaporizhzhya is observing a day of mourning for the 13 people killed when a Russian missile struck an apartment building on Tuesday."],
    "strikes", "strikes", 3, ZAP, a="Dana Whitcomb", n="continuation of the day-1 strike; spelling Zaporizhzhya"),
  E("2028-10-25 12:50", "Pentagon clears $825 million sale of air defense missiles to Ukraine",
    ["The State Department approved a possible sale of air defense missiles and support equipment worth $825 million to Ukraine, the Pentagon's Defense Security Cooperation Agency said."],
    "aid", "aid", 3, "us-air-defense-missile-sale-2028-10-25", a="Omar Haddad", n="major arms sale"),
  E("2028-10-25 14:30", "Zelensky thanks UAE as 340 prisoners return home",
    ["President Volodymyr Zelensky thanked the United Arab Emirates after 340 Ukrainian prisoners of war were returned in Wednesday's exchange, the 61st since the full-scale invasion began."],
    "diplomacy", "diplomacy", 3, EXCH, a="Dana Whitcomb"),
  ]))

# ---------------------------------------------------------------- 16433 Mottisfont World Report (day 2, world feed)
SEEDS.append(dict(
  id="16433", name="16433_mottisfont-worldrss", ext="xml", source="Mottisfont World Report", zone="America/Toronto", render=r_rss_full, rfc="offset",
  title="Mottisfont World Report: World", url="https://mottisfont-report.example", guid="mwr:",
  lede="World headlines from the Mottisfont World Report desk in Toronto.",
  basis="RSS pubDate '{s}' (explicit -0400, Toronto summer time); local {d} in {z}",
  notes="Invented outlet (Toronto). General world-news RSS feed, newest first; the war is a minority (2 of 6 items). pubDate carries -0400. No authors. The exchange is reported as a total (680 = 340 + 340).",
  not_entries=["channel title/link/description/language/lastBuildDate", "item link/guid/category", "description (repeats the first paragraph of content:encoded)"],
  entries=[
  OFF("2028-10-25 18:40", "Bank of Canada cuts key rate to 2%",
      ["The Bank of Canada lowered its policy rate by a quarter point to 2 per cent, saying the economy had weakened more than expected over the summer."],
      "bank-of-canada-rate-cut-2028-10-25", cat="Business", n="central bank"),
  E("2028-10-25 16:20", "Russia and Ukraine complete swap of 680 prisoners",
    ["Russia and Ukraine completed an exchange of 680 prisoners of war on Wednesday, 340 from each side, with the United Arab Emirates acting as mediator."],
    "diplomacy", "diplomacy", 3, EXCH, cat="World", n="reported as a total of 680"),
  OFF("2028-10-25 13:00", "Tropical Storm Nicole soaks Jamaica",
      ["Tropical Storm Nicole dropped more than 250 millimetres of rain on parts of Jamaica, causing flooding and landslides in the island's east."],
      "tropical-storm-nicole-jamaica-2028-10", cat="World", n="weather"),
  E("2028-10-25 10:30", "Zaporizhzhia mourns victims of Tuesday's missile strike",
    ["Flags flew at half-mast in Zaporizhzhia on Wednesday as the southern Ukrainian city mourned 13 people killed in a Russian missile strike on an apartment block."],
    "strikes", "strikes", 3, ZAP, cat="World", n="continuation of the day-1 strike"),
  OFF("2028-10-25 08:05", "Toronto transit workers reach tentative deal, averting strike",
      ["The union representing Toronto's transit workers reached a tentative agreement with the city hours before a strike deadline."],
      "toronto-transit-deal-2028-10-25", cat="Canada", n="labour"),
  OFF("2028-10-25 06:15", "Tokyo stocks fall as yen strengthens",
      ["Japan's Nikkei index fell 1.4 per cent as a stronger yen weighed on exporters."],
      "tokyo-stocks-yen-2028-10-25", cat="Business", n="markets"),
  ]))


def r_corvant(S):
    """text live blog, oldest first; date line with weekday and day but NO year anywhere on the page; two-name page byline;
    bare 'HH:MM' line before each headline; video teasers print '[Video, 0:48]'."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "News  /  War  /  Regions  /  Economy  /  Culture  /  Podcasts", "", S["title"], S["dateline"], S["byline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + (lines_of(e["p"]) if e["p"] else ["[Video, 0:48]", ""])
        if i == 3:
            L += ["Support independent Ukrainian journalism: become a member of Corvant Daily.", ""]
    L += ["We will continue our live coverage tomorrow morning.", "", f"{S['source']} · About us · Membership · Privacy"]
    text = "\n".join(L) + "\n"
    assert not re.search(r"\b20\d\d\b", text), "Corvant page must not print a year"
    return text, stamps


def r_ebbesford(S):
    """HTML live blog, newest first; JSON-LD @graph (WebPage + LiveBlogPosting) with complete liveBlogUpdate items (per-update
    headline, datePublished, author); visible '1.20pm' in <time datetime>, h3 headline, signature line after the body."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{len(S['entries']) - i}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": S["url"] + "#webpage", "url": S["url"], "name": S["title"], "inLanguage": "en-IE"},
        {"@type": "LiveBlogPosting", "@id": S["url"] + "#liveblog", "headline": S["title"], "datePublished": first.isoformat(), "dateModified": last.isoformat(),
         "coverageStartTime": first.isoformat(), "isPartOf": {"@id": S["url"] + "#webpage"}, "publisher": {"@type": "Organization", "name": S["source"]},
         "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en-IE"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} – {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header>{esc(S["source"])} <nav><a>Ireland</a> <a>World</a> <a>Business</a> <a>Sport</a> <a>Opinion</a> <a>Podcasts</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        out.append(f'<div class="lb-post" id="post-{len(S["entries"]) - i}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">– {esc(e["a"])}</p>')
        out.append('</div>')
        if i == 1:
            out.append('<div class="promo">Sign up for The Ebbesford Journal\u2019s World Briefing newsletter</div>')
    out += ['</main>', f'<footer>{esc(S["source"])} · Contact · Privacy statement · Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# Day 3 = 2028-10-30 (Europe has left summer time: London/Dublin GMT, Kyiv EET = UTC+2, Paris CET = UTC+1; New York still EDT)
NOVO = "novorossiysk-oil-terminal-drone-attack-2028-10-30"
POLT = "poltava-gas-facility-strike-2028-10-30"
JAPAN = "japan-ukraine-loan-3bn-2028-10-30"
ERDO = "erdogan-offers-istanbul-talks-2028-10-30"

# ---------------------------------------------------------------- 16440 Sandling Times (day 3, world feed)
SEEDS.append(dict(
  id="16440", name="16440_sandling-worldatom", ext="xml", source="Sandling Times", zone="UTC", render=r_atom,
  fmt=lambda d: d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), title="Sandling Times — World", url="https://sandling-times.example",
  lede="The day's world news from the Sandling Times.", generator="Sandling Publisher",
  basis="Atom <published> '{s}' (UTC, 'Z'); local {d} in {z}",
  notes="Invented outlet. General world-news Atom feed, newest first, times in UTC ('Z'); the war is a minority (2 of 6 entries). No authors.",
  not_entries=["feed title/subtitle/links/id/updated/generator", "entry ids, links, <updated> and <category> terms"],
  entries=[
  OFF("2028-10-30 20:45", "Floods cut off towns in southern Brazil",
      ["Rivers burst their banks across Rio Grande do Sul after a week of heavy rain, cutting road links to at least a dozen towns."],
      "southern-brazil-floods-2028-10", cat="Americas", n="weather"),
  E("2028-10-30 17:30", "Drone attack on Novorossiysk oil terminal kills one, halts loadings",
    ["A Ukrainian drone attack on the Sheskharis oil terminal in Russia's Black Sea port of Novorossiysk killed one worker and injured five, the governor of the Krasnodar region said.",
     "The Caspian Pipeline Consortium suspended tanker loadings at its moorings nearby as a precaution."],
    "strikes", "strikes", 3, NOVO, cat="Europe", n="toll 1 dead, 5 injured"),
  OFF("2028-10-30 14:10", "South Korea's exports rise for a tenth month",
      ["South Korean exports rose 6 per cent in October from a year earlier, led by semiconductors and ships."],
      "south-korea-exports-2028-10", cat="Asia", n="trade data"),
  E("2028-10-30 11:00", "Russian strike halts output at Poltava gas site",
    ["Production at a gas field in Ukraine's Poltava region was halted after a Russian missile strike before dawn, the state energy company Naftogaz said."],
    "strikes", "strikes", 3, POLT, cat="Europe", n="Russian strike on Ukrainian energy; same energy theme as Novorossiysk, other direction: must not merge"),
  OFF("2028-10-30 08:20", "Sydney swelters through record October heat",
      ["Sydney recorded its hottest October day on record as temperatures reached 41C in the city's west."],
      "sydney-october-heat-2028", cat="Asia-Pacific", n="weather"),
  OFF("2028-10-30 06:05", "Kenyan teachers end two-week strike",
      ["Kenya's main teachers' union called off a national strike after the government agreed to pay a long-delayed pay rise in two instalments."],
      "kenya-teachers-strike-ends-2028-10", cat="Africa", n="labour"),
  ]))

# ---------------------------------------------------------------- 16441 Corvant Daily (day 3, text live, no year)
SEEDS.append(dict(
  id="16441", name="16441_corvant-textlive", ext="txt", source="Corvant Daily", zone="Europe/Kyiv", render=r_corvant,
  title="Live: Drones strike Russian oil port of Novorossiysk; missiles hit Poltava gas site", dateline="Monday 30 October · Kyiv time",
  byline="By Sofiia Lenko and Maksym Dorosh",
  lede="Our live coverage of the war on its 2,441st day.",
  parse_args=["--date", "2028-10-30"],
  basis="bare '{s}' (Kyiv time, EET = UTC+2 since 29 October; the date line 'Monday 30 October · Kyiv time' names no year, so the year comes from parse_args); local {d} in {z}",
  notes="Invented outlet (Kyiv). Text live blog, oldest first. The page prints no year anywhere ('Monday 30 October'), hence parse_args --date 2028-10-30. Each post: bare 'HH:MM' line (Kyiv time, EET, UTC+2 after the clocks went back on 29 October), headline, body. No per-post bylines: author = the two-name page byline, kept as one string. 16441-03 is a 'Video:' teaser without text ('[Video, 0:48]' is chrome). 16441-04 is a theme piece (explainer on sea drones) that mentions Novorossiysk but is its own story. 16441-05 re-publishes 16441-02 nearly verbatim (second sentence reworded): duplicate, importance 1. 16441-02 (Russian strike on a Poltava gas site) shares the energy theme with Novorossiysk but is another attack: must not merge.",
  not_entries=["masthead and navigation", "page title, date line 'Monday 30 October · Kyiv time', byline", "lede 'Our live coverage of the war on its 2,441st day.'",
               "'[Video, 0:48]' in the teaser post", "membership appeal after the fourth post", "'We will continue our live coverage tomorrow morning.'", "footer"],
  entries=[
  E("2028-10-30 05:10", "Explosions and fire reported at Novorossiysk oil terminal",
    ["Residents of the Russian port city of Novorossiysk reported a series of explosions and a large fire near the Sheskharis oil terminal shortly after 03:00 local time.",
     "The city's mayor said two people had been injured and that sea drones had also tried to enter the harbour."],
    "strikes", "strikes", 3, NOVO, a="Sofiia Lenko and Maksym Dorosh", n="first report: 2 injured"),
  E("2028-10-30 07:30", "Russian missiles hit gas production site in Poltava region",
    ["Russian missiles struck a gas production facility in the Poltava region before dawn, starting a fire, Naftogaz said.",
     "No casualties were reported."],
    "strikes", "strikes", 3, POLT, a="Sofiia Lenko and Maksym Dorosh",
    n="Russian strike on Ukrainian energy, same theme as Novorossiysk, other direction: must not merge"),
  E("2028-10-30 09:15", "Video: Fire at Novorossiisk terminal filmed from the seafront", [], "strikes", "strikes", 1, NOVO, a="Sofiia Lenko and Maksym Dorosh",
    n="teaser without body; spelling Novorossiisk"),
  E("2028-10-30 11:40", "Explainer: How Ukraine's sea drones reach ports far from the front",
    ["Last night's attack on Novorossiysk is a reminder that Ukraine's naval drones can now travel well over 500 kilometres.",
     "The newest models carry extra fuel tanks and satellite links, and some are launched from converted civilian boats rather than from the coast. Several can carry smaller aerial drones that take off close to the target.",
     "Russia has answered with booms, nets and patrol helicopters at its main ports, but the Black Sea Fleet has already moved most of its warships away from Crimea."],
    "strikes", "strikes", 2, "explainer-ukraine-sea-drones-range", a="Sofiia Lenko and Maksym Dorosh",
    n="theme piece (explainer on sea drones); mentions Novorossiysk but must not merge with the attack"),
  E("2028-10-30 13:05", "Russian missiles hit gas production site in Poltava region",
    ["Russian missiles struck a gas production facility in the Poltava region before dawn, starting a fire, Naftogaz said.",
     "Nobody was hurt, the company added."],
    "strikes", "strikes", 1, POLT, a="Sofiia Lenko and Maksym Dorosh", dup="16441-02", n="near-verbatim re-publication of 16441-02"),
  E("2028-10-30 15:20", "Ukraine's army says it regained positions near Huliaipole",
    ["Ukrainian troops recaptured two positions north-west of Huliaipole after a week of fighting, the army's southern defence forces said."],
    "other", "frontline", 2, "huliaipole-positions-regained-2028-10-30", a="Sofiia Lenko and Maksym Dorosh"),
  E("2028-10-30 18:45", "Kremlin calls port attack 'terrorism' as Novorossiysk toll rises to one dead",
    ["Kremlin spokesman Dmitry Peskov called the attack on Novorossiysk an act of terrorism against international energy supplies, as regional officials said one of the injured port workers had died.",
     "Five people are being treated in hospital, according to the Krasnodar region's governor."],
    "strikes", "strikes", 3, NOVO, a="Sofiia Lenko and Maksym Dorosh", n="Russian reaction whose main content is the attack; toll 1 dead"),
  ]))

# ---------------------------------------------------------------- 16442 Kilndown Courier (day 3, RSS)
SEEDS.append(dict(
  id="16442", name="16442_kilndown-rss", ext="xml", source="Kilndown Courier", zone="Europe/Paris", render=r_rss_full, rfc="offset",
  title="Kilndown Courier – Europe and the war in Ukraine", url="https://kilndown-courier.example", guid="kc-",
  lede="Reporting from Paris on Europe and the war in Ukraine.",
  basis="RSS pubDate '{s}' (explicit +0100, Paris winter time); local {d} in {z}",
  notes="Invented outlet (Paris). RSS 2.0, newest first, pubDate with +0100 (CET, the day after the clocks went back); description = first paragraph, content:encoded = all paragraphs; dc:creator on most items (author null where missing). 16442-05 (drone debris fire at the Tuapse refinery) is in the same Russian region (Krasnodar) as Novorossiysk but another strike: must not merge. Spelling 'Novorossiisk' in 16442-04.",
  not_entries=["channel title/link/description/language/lastBuildDate", "item link/guid/category", "description (repeats the first paragraph of content:encoded)"],
  entries=[
  E("2028-10-30 20:10", "Japan to lend Ukraine $3bn backed by Russian asset profits",
    ["Japan will lend Ukraine $3 billion to be repaid from the profits of immobilised Russian assets, the Japanese finance ministry said, the largest single tranche Tokyo has provided.",
     "The money will go to Ukraine's budget and to rebuilding power plants."],
    "aid", "aid", 3, JAPAN, a="Hélène Marchal", cat="World"),
  E("2028-10-30 16:30", "Erdogan offers to host new round of Russia-Ukraine talks in Istanbul",
    ["Turkish President Recep Tayyip Erdogan said Istanbul was ready to host a new round of direct talks between Russia and Ukraine \"as early as next month\", after phone calls with Vladimir Putin and Volodymyr Zelensky."],
    "diplomacy", "diplomacy", 3, ERDO, a="Paul Vidal", cat="World"),
  E("2028-10-30 13:00", "Naftogaz says Russian strike cut output at Poltava gas site",
    ["Ukraine's state energy company Naftogaz said a Russian missile strike overnight had forced it to halt production at one of its gas fields in the Poltava region.",
     "It was the fourth attack on the company's facilities this month."],
    "strikes", "strikes", 3, POLT, a="Paul Vidal", cat="Ukraine"),
  E("2028-10-30 09:00", "Novorossiisk port attack: three injured, tanker damaged",
    ["Three port workers were injured and an oil tanker moored at the Sheskharis terminal was damaged in an overnight drone attack on Novorossiisk, Russian officials said.",
     "Ukraine's military did not comment."],
    "strikes", "strikes", 3, NOVO, a="Hélène Marchal", cat="Ukraine", n="toll 3 injured; spelling Novorossiisk"),
  E("2028-10-30 07:15", "Drone debris sparks fire at Tuapse refinery",
    ["Debris from a downed drone started a fire at the oil refinery in Tuapse, on Russia's Black Sea coast, regional authorities said. The fire was put out within two hours."],
    "strikes", "strikes", 2, "tuapse-refinery-drone-fire-2028-10-30", cat="Ukraine",
    n="same Russian region as Novorossiysk (Krasnodar) but another strike: must not merge"),
  E("2028-10-30 06:00", "Kherson extends evacuation of riverside villages",
    ["Authorities in the Kherson region extended the compulsory evacuation of families with children from villages along the Dnipro river because of constant Russian drone attacks."],
    "other", "humanitarian", 2, "kherson-riverside-evacuation-2028-10-30", a="Paul Vidal", cat="Ukraine"),
  ]))

# ---------------------------------------------------------------- 16443 Ebbesford Journal (day 3, HTML live)
SEEDS.append(dict(
  id="16443", name="16443_ebbesford-htmllive", ext="html", source="Ebbesford Journal", zone="Europe/Dublin", render=r_ebbesford,
  title="Russia-Ukraine war: Ukrainian drones hit Novorossiysk oil terminal, Japan announces $3bn loan",
  url="https://ebbesford-journal.example/world/live/russia-ukraine-30-october", dateline="Monday 30 October 2028",
  lede="Follow the day's developments in the war in Ukraine, with reports from our correspondents in Kyiv and Brussels.",
  basis="visible '{s}' in <time datetime> (Irish time, GMT since 29 October) under the date line 'Monday 30 October 2028'; JSON-LD update datePublished agrees; local {d} in {z}",
  notes="Invented outlet (Dublin). HTML live blog, newest first, with a JSON-LD @graph (WebPage + LiveBlogPosting) whose liveBlogUpdate items carry the right per-post headline, time and author. Visible stamps '1.20pm' in <time datetime> (Irish time = GMT in late October). Author is the signature line '– NAME' after the body. Spellings: Novorosiysk in the body of 16443-03, Erdoğan in 16443-05.",
  not_entries=["header and navigation", "h1 page title", "date line 'Monday 30 October 2028'", "standfirst", "newsletter promo after the second post", "footer"],
  entries=[
  E("2028-10-30 19:05", "Kyiv says Novorossiysk was a 'legitimate military target'",
    ["Ukraine's foreign ministry said the oil terminal at Novorossiysk was a legitimate military target because its exports pay for Russia's war, rejecting the Kremlin's accusation of terrorism."],
    "strikes", "strikes", 3, NOVO, a="Niall Garvey", n="Ukrainian reaction whose main content is the attack"),
  E("2028-10-30 16:40", "Japan's $3bn loan to Ukraine: what it pays for",
    ["Most of the $3 billion Japanese loan announced today will go to Ukraine's state budget, with about a third set aside for rebuilding power generation, according to Japan's finance ministry."],
    "aid", "aid", 3, JAPAN, a="Orla Keane"),
  E("2028-10-30 13:20", "One killed in drone attack on Russian oil port, governor says",
    ["One person was killed and four injured in the overnight drone attack on the oil terminal at Novorosiysk, Krasnodar regional governor Veniamin Kondratyev said.",
     "Satellite images published by a private company showed scorch marks along two of the terminal's piers."],
    "strikes", "strikes", 3, NOVO, a="Niall Garvey", n="toll 1 dead, 4 injured; spelling Novorosiysk"),
  E("2028-10-30 11:00", "Irish Defence Forces to send demining instructors to Ukraine",
    ["The Government approved sending eight Defence Forces instructors to train Ukrainian deminers at a centre in Poland, the Tánaiste said."],
    "aid", "aid", 2, "ireland-demining-instructors-2028-10-30", a="Orla Keane"),
  E("2028-10-30 09:30", "Erdoğan: Istanbul ready to host talks",
    ["President Recep Tayyip Erdoğan told reporters in Ankara that Turkey stands ready to host direct talks between Moscow and Kyiv and that he had proposed the idea to both leaders."],
    "diplomacy", "diplomacy", 3, ERDO, a="Orla Keane", n="spelling Erdoğan"),
  ]))
if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds the eval/bu seed pages and gold files from one hand-written data table (below).
Every headline and paragraph is the blind tester's own wording; details are invented around the general setting of
real events. Part B outlets are invented. Deterministic.  Run from the project root: python3 eval/bu/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.K.", "U.N.", "Gov.", "Sen.", "Rep.", "Gen.", "Lt.", "Col.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "No.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "a.m.", "p.m.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    """First sentence of a paragraph: ends at . ! ? (optionally followed by a closing quote) that is followed by
    whitespace and an upper-case letter, digit or opening quote, or by the end; never right after a known abbreviation."""
    for m in re.finditer(r'[.!?]["\u201d\u2019]?', par):
        end = m.end()
        rest = par[end:]
        if rest and not re.match(r'\s+[A-Z0-9"\u201c\u2018]', rest):
            continue
        if any(par[:end].endswith(" " + a) or par[:end] == a for a in ABBREV):
            continue
        return par[:end]
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ap_time(d):  # AP style: "4:50 p.m.", "8 a.m.", "noon", "midnight"
    if d.hour == 12 and d.minute == 0:
        return "noon"
    if d.hour == 0 and d.minute == 0:
        return "midnight"
    hh = d.hour % 12 or 12
    suf = "a.m." if d.hour < 12 else "p.m."
    return f"{hh} {suf}" if d.minute == 0 else f"{hh}:{d.minute:02d} {suf}"


def lower_ampm(d):  # "4:25 pm"
    return f"{d.hour % 12 or 12}:{d.minute:02d} {'am' if d.hour < 12 else 'pm'}"


def uk_time(d):  # "4.15pm"
    return f"{d.hour % 12 or 12}.{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def iso(d):
    return d.isoformat()


def rfc822(d, zone_word=None):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + (zone_word or d.strftime("%z"))


# ================================================================== Part A renderers (layout imitations)

def r_joplin(S):
    """Joplin Globe (CNHI, BLOX CMS): an AP 'The Latest' roll-up republished as one article. Items have NO headline:
    an AP-style time line ('4:50 p.m.', 'noon', '8 a.m.') then a paragraph opening with a caps dateline. Newest first.
    No zone is printed; the outlet is in Missouri (US Central). NewsArticle JSON-LD for the page."""
    z = S["zone"]; ents = S["entries"]
    first = min(dt(e["t"], z) for e in ents); last = max(dt(e["t"], z) for e in ents)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": iso(first), "dateModified": iso(last + timedelta(minutes=2)),
          "author": [{"@type": "Organization", "name": "The Associated Press"}],
          "publisher": {"@type": "Organization", "name": "Joplin Globe", "logo": {"@type": "ImageObject", "url": "https://bloximages.example/joplinglobe/logo.png"}},
          "articleSection": "National News", "keywords": ["Russia-ukraine War", "Rishi Sunak", "Kyiv"]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">',
           f'<title>{esc(S["title"])} | National News | joplinglobe.com</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="tnt-section-news tnt-section-national">',
           '<div id="site-top-nav"><a href="/users/signup/">Subscribe</a> <a href="/users/login/">Log In</a> <a href="/eedition/">e-Edition</a></div>',
           '<header id="site-header"><a class="logo" href="/">Joplin Globe</a>',
           '<div class="weather"><span>Joplin, MO (64801)</span> <span>Today</span> <span>Cloudy with a few flurries late. High 31F. Winds NNW at 10 to 20 mph.</span></div>',
           '<nav><ul><li><a href="/news/">News</a></li><li><a href="/sports/">Sports</a></li><li><a href="/obituaries/">Obituaries</a></li>'
           '<li><a href="/opinion/">Opinion</a></li><li><a href="/life/">Life</a></li><li><a href="/outdoors/">Outdoors</a></li>'
           '<li><a href="/multimedia/">Multimedia</a></li><li><a href="/classifieds/">Classifieds</a></li></ul></nav></header>',
           '<main id="main-page-container"><article class="asset">',
           '<div class="asset-header"><span class="kicker"><a href="/news/national_news/">National News</a></span>',
           f'<h1 class="headline"><span>{esc(S["title"])}</span></h1>',
           '<ul class="list-inline asset-meta"><li class="asset-byline">By The Associated Press</li>',
           f'<li><time datetime="{iso(first)}" class="asset-date">{MON3[first.month - 1]} {first.day}, {first.year}</time></li></ul>',
           '<div class="share-tools"><span>Facebook</span> <span>Twitter</span> <span>WhatsApp</span> <span>SMS</span> <span>Email</span> '
           '<span>Print</span> <span>Copy article link</span> <span>Save</span></div></div>',
           '<div class="asset-content" itemprop="articleBody">', f'<p>{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = ap_time(d); stamps.append(st)
        out.append('<p>___</p>')
        out.append(f'<p><strong>{st}</strong></p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if i == 2:
            out.append('<div class="tnt-ads-container"><span class="ad-label">Advertisement</span></div>')
    out += ['<p>Copyright 2024 The Associated Press. All rights reserved.</p></div>',
            '<div class="asset-tags">Tags <a href="/search/?k=russia-ukraine">Russia-ukraine War</a> <a href="/search/?k=sunak">Rishi Sunak</a> <a href="/search/?k=kyiv">Kyiv</a></div>',
            '<div class="newsletter-signup"><h4>Breaking News</h4><p>Get alerts in your inbox the moment news breaks.</p><input type="email" placeholder="Email"> <button>Sign up</button></div>',
            '</article><aside class="sidebar"><h4>Trending</h4><ol><li><a href="/news/local_news/a1.html">City council delays vote on downtown parking plan</a></li>'
            '<li><a href="/sports/a2.html">Eagles roll past Bulldogs in conference opener</a></li><li><a href="/news/a3.html">Snow expected across the four-state area tonight</a></li></ol></aside></main>',
            '<footer><p>&copy; Copyright 2024 Joplin Globe. All rights reserved.</p><p><a href="/site/terms.html">Terms of Use</a> | <a href="/site/privacy.html">Privacy Policy</a> | Powered by BLOX CMS</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_muskogee(S):
    """Muskogee Phoenix (CNHI, older TownNews template) tag page, text scrape. Card: headline, 'By NAME Associated Press'
    (caps name), then 'Posted: Sunday, January 7, 2024 4:25 pm' (sometimes '| Updated: ...'), then the summary. Newest first."""
    z = S["zone"]
    L = ["Skip to main content", "", "Muskogee Phoenix", "Subscribe  |  Log In  |  e-Edition", "",
         "Muskogee, OK (74401)", "Today", "Partly cloudy. High 44F. Winds light and variable.", "",
         "News  Sports  Obituaries  Opinion  Features  Multimedia  Marketplace  Classifieds", "",
         "We use cookies on this site to improve how it works for you. By continuing, you agree to our use of cookies. Accept", "",
         "Tags", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"Posted: {WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year} {lower_ampm(d)}"; stamps.append(st)
        line = st
        if e.get("upd"):
            u = dt(e["upd"], z)
            line += f" | Updated: {lower_ampm(u)}, {WEEKDAYS[u.weekday()][:3]} {MON3[u.month - 1]} {u.day}, {u.year}."
        L += [e["h"], "", e["byline"], line, ""] + ptxt(e["p"]) + [f"{e.get('comments', 0)} comments", ""]
        if i == 2:
            L += ["Breaking News Alerts", "Sign up to get the biggest stories sent straight to your inbox.", "Sign Up", ""]
    L += ["Next Page", "", "Most Popular", "Fire destroys barn north of Fort Gibson", "Roughers fall in overtime thriller", "",
          "Muskogee Phoenix, 214 Wall St., Muskogee, OK | Terms of Use | Privacy Policy", "Copyright 2024 Muskogee Phoenix"]
    return "\n".join(L) + "\n", stamps


def r_enid(S):
    """Enid News & Eagle (CNHI, BLOX CMS) section search feed: RSS 2.0, 'RSS Results in ...' channel title,
    pubDate with -0600, dc:creator 'By NAME Associated Press' (caps), one-paragraph description, enclosure image."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://www.enidnews.com/search/?f=rss&amp;t=article&amp;c=news/state_national_world&amp;l=50&amp;s=start_time&amp;sd=desc</link>',
           '<atom:link href="https://www.enidnews.com/search/?f=rss&amp;t=article&amp;c=news/state_national_world&amp;l=50&amp;s=start_time&amp;sd=desc" rel="self" type="application/rss+xml" />',
           '<description>Enid News &amp; Eagle - Enid, Oklahoma</description>', '<generator>TownNews.com Content Engine</generator>',
           '<docs>http://www.rssboard.org/rss-specification</docs>', '<ttl>30</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        uid = f"{0xa3f1 + i * 97:x}-b1c2-11ee-9e0f-{i:012x}"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<description>{esc(' '.join(e['p']))}</description>",
                f"<pubDate>{st}</pubDate>", f"<guid isPermaLink=\"false\">{uid}</guid>",
                f"<link>https://www.enidnews.com/news/state_national_world/article_{uid}.html</link>"]
        if e["byline"]:
            out.append(f"<dc:creator>{esc(e['byline'])}</dc:creator>")
        out += [f'<enclosure url="https://bloximages.example/enidnews/{uid}.jpg" length="{51200 + i * 311}" type="image/jpeg" />',
                "<category>news/state_national_world</category>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_salina(S):
    """Salina Journal (Gannett / USA TODAY Network) article with h2 sections. 'Published 5:12 p.m. CT March 14, 2024' and
    'Updated ...' lines, an AI 'Key Points' summary box (summaries, not the section headings), 'Show Caption' photo chrome,
    NewsArticle JSON-LD with Z times. One entry per section: stamp null, published = the Published line."""
    z = S["zone"]; pub = dt(S["published"], z); upd = dt(S["updated"], z)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": S["url"], "headline": S["title"],
          "datePublished": pub.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "dateModified": upd.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
          "author": [{"@type": "Person", "name": S["byline"]}], "publisher": {"@type": "Organization", "name": "Salina Journal"},
          "isAccessibleForFree": True}
    pl = f"Published {ap_time(pub)} CT {MONTHS[pub.month - 1]} {pub.day}, {pub.year}"
    ul = f"Updated {ap_time(upd)} CT {MONTHS[upd.month - 1]} {upd.day}, {upd.year}"
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<a class="gnt_skip" href="#mainContent">Skip to main content</a>',
           '<header class="gnt_n"><a class="gnt_n_logo" href="/">Salina Journal</a><nav><a href="/news/">News</a> <a href="/sports/">Sports</a> '
           '<a href="/sports/college/k-state/">K-State</a> <a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> '
           '<a href="/eedition/">eNewspaper</a> <a href="/legals/">Legals</a></nav><a class="gnt_n_sub">Subscribe</a> <a class="gnt_n_si">Sign In</a></header>',
           '<main id="mainContent"><article class="gnt_pr">', f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           f'<div class="gnt_ar_by"><a class="gnt_ar_by_a" href="/staff/">{esc(S["byline"])}</a><div class="gnt_ar_by_t">USA TODAY</div></div>',
           f'<div class="gnt_ar_dt" aria-label="{attr(pl + " | " + ul)}">{pl}<br>{ul}</div>',
           '<div class="gnt_ss"><button>Facebook</button> <button>Twitter</button> <button>Email</button></div>',
           '<aside class="gnt_kp"><h2>Key Points</h2><p class="gnt_kp_ai">AI-assisted summary</p><ul>']
    out += [f"<li>{esc(b)}</li>" for b in S["keypoints"]]
    out += ['</ul></aside>',
            '<figure class="gnt_em"><button>Show Caption</button><button>Hide Caption</button>'
            f'<figcaption>{esc(S["caption"])} <span class="gnt_em_cp">Andriy Lesko/AP</span></figcaption></figure>']
    out += [f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in S["lede"]]
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2 class="gnt_ar_b_h2">{esc(e["h"])}</h2>')
        out += [f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<aside class="gnt_ar_b_ad"><span>Story continues below</span><span>Advertisement</span></aside>')
        if i == 3:
            out.append(f'<p class="gnt_ar_b_p"><strong>More:</strong> <a href="/story/news/world/2024/03/12/x/">{esc(S["more"])}</a></p>')
    out += ['<p class="gnt_ar_b_p"><em>Contributing: The Associated Press</em></p>',
            '<div class="gnt_nl"><p>Stay informed: get the day\u2019s top stories in your inbox every morning.</p><input type="email"> <button>Sign up</button></div>',
            '</article></main>', '<footer class="gnt_f"><a>Your Privacy Choices</a> <a>Terms of Service</a> <a>Site Map</a> '
            '<p>&copy; 2024 www.salina.com. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_hutch(S):
    """The Hutchinson News (Gannett) live-updates page, text scrape. Newest first. Post: headline, author line, then
    '6:20 p.m. CT March 17' (no year anywhere on the page), then the body."""
    z = S["zone"]
    L = ["Skip to main content", "", "The Hutchinson News", "Subscribe", "Sign In", "",
         "News  Sports  Opinion  Obituaries  Business  e-Edition  Legals", "", "LIVE", "", S["title"], "", S["lede"], "",
         "Facebook", "Twitter", "Email", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ap_time(d)} CT {MONTHS[d.month - 1]} {d.day}"; stamps.append(st)
        L += [e["h"], "", e["a"], st, ""] + ptxt(e["p"])
        if i == 1:
            L += ["Story continues below", "Advertisement", ""]
        if i == 3:
            L += ["Get the latest news alerts: sign up for our breaking news newsletter.", ""]
    L += ["Load more updates", "", "Contributing: Reuters", "", "Your Privacy Choices  |  Terms of Service  |  Site Map  |  Help"]
    return "\n".join(L) + "\n", stamps


def r_gii(S):
    """Grand Island Independent (BLOX CMS) tag listing, HTML. Card: h3 headline, byline, a <time datetime> whose visible
    text is relative ('3 hrs ago') as of the moment of capture, and a one-paragraph lead. Newest first."""
    z = S["zone"]; snap = dt(S["snapshot"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | theindependent.com</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1"></head><body class="tnt-section-tag">',
           '<div id="site-top-nav"><a href="/users/signup/">Sign Up</a> <a href="/users/login/">Log In</a></div>',
           '<header id="site-header"><a class="logo" href="/">Grand Island Independent</a>',
           '<div class="weather"><span>Grand Island, NE (68801)</span> <span>Today</span> <span>Sunny and mild. High 58F. Winds S at 10 to 15 mph.</span></div>',
           '<nav><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/obituaries/">Obituaries</a> <a href="/opinion/">Opinion</a> '
           '<a href="/life/">Life</a> <a href="/marketplace/">Marketplace</a> <a href="/eedition/">e-Edition</a></nav></header>',
           '<main><div class="tag-header"><span class="label">Tag</span>', f'<h1>{esc(S["title"])}</h1></div>', '<div class="card-container">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((snap - d).total_seconds() // 60)
        assert mins >= 0, e["t"]
        st = f"{mins} min ago" if mins < 60 else (f"{mins // 60} hr ago" if mins // 60 == 1 else f"{mins // 60} hrs ago")
        stamps.append(st)
        out.append(f'<article class="tnt-asset-type-article card"><div class="card-headline"><h3><a href="/news/nation/article_{i + 7711}.html">{esc(e["h"])}</a></h3></div>')
        out.append(f'<ul class="card-meta"><li class="card-byline">{esc(e["byline"])}</li>'
                   f'<li class="card-date"><time datetime="{iso(d)}">{st}</time></li></ul>')
        out += [f'<p class="card-lead">{esc(p)}</p>' for p in e["p"]]
        out.append("</article>")
        if i == 2:
            out.append('<div class="tnt-ads"><span>Advertisement</span></div>')
    out += ['</div><div class="pagination"><a href="?o=20">Load more</a></div></main>',
            '<aside><div class="newsletter"><h4>Daily Headlines</h4><p>Top local stories delivered to your inbox each morning.</p><input type="email"> <button>Sign up!</button></div></aside>',
            '<footer><p>&copy; Copyright 2024 Grand Island Independent. All rights reserved.</p><p><a>Terms of Use</a> | <a>Privacy Policy</a> | Powered by BLOX CMS</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_minot(S):
    """Minot Daily News feed: WordPress-style RSS 2.0, pubDate in +0000, dc:creator CDATA, excerpt with [&#8230;],
    full text in content:encoded. Newest first."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<atom:link href="https://www.minotdailynews.com/news/feed/" rel="self" type="application/rss+xml" />',
           '<link>https://www.minotdailynews.com</link>', '<description>News, sports and information for Minot and north central North Dakota</description>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z).astimezone(UTC), "+0000")}</lastBuildDate>', '<language>en-US</language>',
           '<sy:updatePeriod>hourly</sy:updatePeriod>', '<sy:updateFrequency>1</sy:updateFrequency>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC); st = rfc822(u, "+0000"); stamps.append(st)
        excerpt = e["p"][0][:150].rsplit(" ", 1)[0] + " [&#8230;]"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://www.minotdailynews.com/news/{e['sect']}/2024/04/{e['slug']}/</link>",
                f"<dc:creator><![CDATA[{e['a']}]]></dc:creator>", f"<pubDate>{st}</pubDate>",
                f"<category><![CDATA[{e['cat']}]]></category>", f'<guid isPermaLink="false">https://www.minotdailynews.com/?p={610230 + i * 17}</guid>',
                f"<description><![CDATA[{excerpt}]]></description>",
                "<content:encoded><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></content:encoded>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_helena(S):
    """Helena Independent Record (Lee, BLOX) live-updates article, text scrape. One BLOX date line ('Mar 22, 2024') at
    the top, '(All times MDT)', then OLDEST-first posts: bare AP time line, headline, body. The times run past local
    midnight with no new date line. One page byline."""
    z = S["zone"]; d0 = dt(S["entries"][0]["t"], z)
    L = ["Skip to main content", "", "Helena Independent Record", "Subscribe  Log In", "",
         "Helena, MT (59601)", "Today", "Windy with snow showers in the afternoon. High 38F.", "",
         "News  Local  Montana Politics  Sports  Outdoors  Obituaries  Opinion  e-Edition", "", "World", "", S["title"], "",
         "By The Associated Press", f"{MON3[d0.month - 1]} {d0.day}, {d0.year}", "",
         "Facebook  Twitter  WhatsApp  SMS  Email  Print  Copy article link  Save", "", S["lede"], "", "(All times MDT)", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ap_time(d); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Copyright 2024 The Associated Press. All rights reserved.", "", "Tags", "Russia-ukraine War  Moscow  Energy", "",
          "Get the day's top headlines each morning. Sign up for our newsletter.", "", "Most Popular",
          "Helena school board weighs four-day week", "Bobcats top Griz in spring scrimmage", "",
          "\u00a9 Copyright 2024 Helena Independent Record, Helena, MT. All rights reserved. Powered by BLOX CMS."]
    return "\n".join(L) + "\n", stamps


def r_bozeman(S):
    """Bozeman Daily Chronicle (BLOX) 'World & Nation' briefs page, HTML. One page byline ('Associated Press'), a visible
    date 'Apr 15, 2024' inside <time datetime> (the only time is in the attribute and in NewsArticle JSON-LD), briefs as
    h3 + paragraphs opening with 'CITY (AP) —'. Two briefs are not about the war."""
    z = S["zone"]; pub = dt(S["published"], z)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": iso(pub), "dateModified": iso(pub),
          "author": {"@type": "Person", "name": "Associated Press"}, "publisher": {"@type": "Organization", "name": "Bozeman Daily Chronicle"},
          "articleSection": "World & Nation"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | World & Nation | bozemandailychronicle.com</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body class="tnt-section-news">',
           '<div id="site-top-nav"><a>Subscribe</a> <a>Log In</a> <a>e-Edition</a></div>',
           '<header><a class="logo" href="/">Bozeman Daily Chronicle</a><div class="weather"><span>Bozeman, MT (59715)</span> <span>Today</span> '
           '<span>Mostly sunny. High 61F.</span></div><nav><a>News</a> <a>Sports</a> <a>Opinion</a> <a>Obituaries</a> <a>Montana Outdoors</a> '
           '<a>Events</a> <a>Classifieds</a></nav></header>',
           '<main><article class="asset"><span class="kicker">World &amp; Nation</span>', f'<h1 class="headline">{esc(S["title"])}</h1>',
           '<ul class="asset-meta"><li class="asset-byline">Associated Press</li>',
           f'<li><time datetime="{iso(pub)}">{MON3[pub.month - 1]} {pub.day}, {pub.year}</time></li></ul>',
           '<div class="share-tools">Facebook Twitter Email Print Save</div>', '<div class="asset-content">']
    for i, e in enumerate(S["entries"]):
        out.append(f"<h3>{esc(e['h'])}</h3>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if i == 2:
            out.append('<div class="tnt-ads"><span>Advertisement</span></div>')
    out += ['</div><div class="asset-tags">Tags <a>Ukraine</a> <a>Congress</a> <a>Middle East</a></div>',
            '<div class="comments-count">0 comments</div>', '</article>',
            '<aside><h4>Most Read</h4><ol><li><a>City commission approves Story Mill trail link</a></li><li><a>Cats open spring drills with new coordinator</a></li></ol>'
            '<div class="newsletter"><p>Sign up for our morning email and get the news before you head out.</p><button>Subscribe</button></div></aside></main>',
            '<footer><p>&copy; Copyright 2024 Bozeman Daily Chronicle. All rights reserved.</p><p>Terms of Use | Privacy Policy | Powered by BLOX CMS</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_hdn(S):
    """Hurriyet Daily News WORLD listing, text scrape. Card: headline, then the date line 'January 02 2024 01:50:00'
    (Istanbul time, no zone printed), then the summary. Newest first; the top cards are past local midnight."""
    z = S["zone"]
    L = ["H\u00dcRR\u0130YET DAILY NEWS", "", "T\u00dcRK\u0130YE  ECONOMY  WORLD  OPINION  ARTS & CULTURE  SPORTS  TRAVEL  PHOTO GALLERY", "",
         "Search", "E-NEWSPAPER", "", "This website uses cookies to offer you a better experience. See our cookie policy for details. OK", "",
         "WORLD", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day:02d} {d.year} {d:%H:%M:%S}"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"])
        if i == 3:
            L += ["ADVERTISEMENT", ""]
    L += ["MORE", "", "MOST READ", "Istanbul's new metro line to open in spring", "Inflation seen easing in second half", "",
          "Follow us on", "Facebook  X  Instagram  YouTube", "", "\u00a9 2024 H\u00fcrriyet Daily News. All rights reserved."]
    return "\n".join(L) + "\n", stamps


# ================================================================== Part B renderers (invented outlets)

def r_glenmarrow(S):
    """Text live blog, newest first; 'Key Points' list of headlines; stamp line '21:30 EET' before the headline;
    signature '— NAME' after the body."""
    z = S["zone"]
    L = ["GLENMARROW DAILY", "News | Ukraine | Economy | Opinion | Newsletters", "", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} EET"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"\u2014 {e['a']}", ""]
        if i == 2:
            L += ["Support our reporting from Ukraine. Become a member", ""]
    L += ["Show earlier posts", "", "Glenmarrow Daily \u00b7 About \u00b7 Contact \u00b7 Privacy \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_harrowby(S):
    """HTML live blog, newest first, LiveBlogPosting JSON-LD with per-update datePublished and author; visible stamp
    '15:10 GMT' inside <time datetime>; 'By NAME' under the stamp; teaser posts have no paragraph."""
    z = S["zone"]; ents = S["entries"]
    times = [dt(e["t"], z) for e in ents]
    ups = []
    for i, e in enumerate(ents):
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{S['pid'] + i}", "headline": e["h"], "datePublished": iso(times[i])}
        if e["p"]:
            u["articleBody"] = "\n".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": iso(min(times)), "dateModified": iso(max(times)), "coverageStartTime": iso(min(times)),
          "publisher": {"@type": "Organization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<div class="cookie-banner">We use cookies to personalise content. <button>Accept all</button> <button>Manage settings</button></div>',
           f'<header><a class="brand" href="/">{S["source"]}</a> <nav><a>News</a> <a>World</a> <a>Ukraine</a> <a>Business</a> <a>Sport</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(ents):
        d = times[i]; st = f"{d:%H:%M} GMT"; stamps.append(st)
        out.append(f'<article class="lb-post" id="post-{S["pid"] + i}"><header><time datetime="{iso(d)}">{st}</time>'
                   + (f' <span class="lb-author">By {esc(e["a"])}</span>' if e["a"] else "") + "</header>")
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if not e["p"]:
            out.append('<div class="video-embed" data-duration="0:58"></div>')
        out.append('<footer class="lb-share">Share this post <a>Copy link</a></footer></article>')
        if i == 3:
            out.append('<aside class="related"><h3>Related</h3><a href="/r/1">Ukraine\u2019s winter in pictures</a></aside>')
    out += ["</main>", f"<footer>{S['source']} \u00b7 Terms \u00b7 Privacy \u00b7 Contact us</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """Plain RSS 2.0 news feed; pubDate with the outlet's zone ('GMT' or an offset); paragraphs in CDATA; optional dc:creator."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>',
           f"<title>{esc(S['title'])}</title>", f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>", "<language>en</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = rfc822(d, "GMT" if S["rfc"] == "GMT" else None); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/news/{S['lid'] + i}</link>",
                f"<guid isPermaLink=\"true\">{S['url']}/news/{S['lid'] + i}</guid>", f"<pubDate>{st}</pubDate>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out += [f"<category>{e.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel></rss>"]
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed; <published> with the outlet's offset (Z for UTC); escaped HTML content; per-entry author."""
    z = S["zone"]; ents = S["entries"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f"<title>{esc(S['title'])}</title>",
           f"<subtitle>{esc(S['lede'])}</subtitle>", f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>', f"<id>{S['url']}/</id>",
           f"<updated>{iso(max(dt(e['t'], z) for e in ents)).replace('+00:00', 'Z')}</updated>"]
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = iso(d).replace("+00:00", "Z"); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["url"]}/{S["lid"] + i}"/>', f"<id>{S['url']}/{S['lid'] + i}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_eskwater(S):
    """Text live blog, OLDEST first; date line 'Sunday 4 February' without a year; each post a single line
    'HH:MM | Headline'; 'Reporting: NAME' after the body. The last post is past local midnight (no new date line)."""
    z = S["zone"]
    L = ["ESKWATER REPORT", "Live  \u00b7  Ukraine  \u00b7  Europe  \u00b7  Podcasts  \u00b7  Donate", "", S["title"], S["dateline"],
         "All times are Kyiv time.", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [f"{st} | {e['h']}", ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Reporting: {e['a']}", ""]
        if i == 3:
            L += ["Read more: our guide to Ukraine's front line", ""]
    L += ["This live page is now closed.", "", "\u00a9 Eskwater Report \u00b7 Imprint \u00b7 Data protection"]
    return "\n".join(L) + "\n", stamps


def r_cragfoot(S):
    """Text article with section headings and German site chrome: 'Stand: 04.02.2024 17:45 Uhr', 'Von NAME'. One entry
    per section; stamp null; published = the 'Stand' time (Berlin, CET, no zone printed)."""
    z = S["zone"]; d = dt(S["stand"], z)
    L = ["CRAGFOOT BULLETIN", "Startseite > Ausland > Europa", "", "Diese Website verwendet Cookies. Einverstanden  Einstellungen", "",
         S["title"], "", f"Stand: {d:%d.%m.%Y %H:%M} Uhr", f"Von {S['byline']}", "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Teilen: Facebook  X  E-Mail", "Mehr zum Thema: " + S["more"], "", "Cragfoot Bulletin \u00b7 Impressum \u00b7 Datenschutz"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_duddonvale(S):
    """Text live blog, newest first; day headers 'Wednesday 15 May' without a year; 'Key Points' list of headlines;
    stamp line '4.15pm BST' before the headline; 'By NAME' line after the headline."""
    z = S["zone"]
    L = ["Duddonvale Gazette", "Home  World  UK  Politics  Business  Sport  Newsletters", "", S["title"], "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + [""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        day = f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]}"
        if day != cur:
            cur = day; L += [day, ""]
        st = f"{uk_time(d)} BST"; stamps.append(st)
        L += [st, e["h"]]
        if e["a"]:
            L.append(f"By {e['a']}")
        L += [""] + ptxt(e["p"])
        if i == 2:
            L += ["Sign up to our daily Ukraine briefing", ""]
    L += ["Load earlier posts", "", "Duddonvale Gazette \u00b7 Terms \u00b7 Privacy \u00b7 Cookies"]
    return "\n".join(L) + "\n", stamps


def r_glaramara(S):
    """HTML live blog, newest first; JSON-LD @graph with a WebPage node and a LiveBlogPosting node whose liveBlogUpdate
    list carries per-update times (+02:00); visible stamp '16:50' in <time datetime>; author line after the body."""
    z = S["zone"]; ents = S["entries"]
    times = [dt(e["t"], z) for e in ents]
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": iso(times[i]), "url": f"{S['url']}#u{S['pid'] + i}",
            **({"articleBody": " ".join(e["p"])} if e["p"] else {}), **({"author": {"@type": "Person", "name": e["a"]}} if e["a"] else {})}
           for i, e in enumerate(ents)]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": S["url"], "name": S["title"], "inLanguage": "en"},
        {"@type": "LiveBlogPosting", "@id": S["url"] + "#live", "headline": S["title"], "coverageStartTime": iso(min(times)),
         "dateModified": iso(max(times)), "isPartOf": {"@id": S["url"]}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} \u2013 Glaramara Post</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header>Glaramara Post <nav><a>Politics</a> <a>World</a> <a>Business</a> <a>Live</a> <a>Newsletter</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="teaser">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(ents):
        d = times[i]; st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="update" id="u{S["pid"] + i}"><time datetime="{iso(d)}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if not e["p"]:
            out.append('<div class="video-player" data-src="/v/blinken-bar.mp4"></div>')
        if e["a"]:
            out.append(f'<p class="author">({esc(e["a"])})</p>')
        out.append("</div>")
        if i == 2:
            out.append('<div class="promo">Our Ukraine newsletter, every Friday. <a>Subscribe</a></div>')
    out += ["</main>", "<footer>Glaramara Post \u00b7 Imprint \u00b7 Privacy \u00b7 Contact</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


# ================================================================== DATA: Part A (one real outlet's layout each)
SEEDS = []
CT, MT, KY = "America/Chicago", "America/Denver", "Europe/Kyiv"

SUNAK = "sunak-kyiv-visit-security-pact-2024-01-12"
SEEDS.append(dict(id="7400", name="7400_joplinglobe-latest", ext="html", source="Joplin Globe", zone=CT, render=r_joplin,
  title="The Latest: Britain's Sunak visits Kyiv and signs long-term security pact",
  url="https://www.joplinglobe.com/news/national_news/the-latest-sunak-kyiv/article_5d1e.html",
  lede="Here is a running account of developments in Russia's war in Ukraine on Friday:",
  notes="AP 'The Latest' roll-up republished by the Joplin Globe (BLOX CMS). Items have NO headline: each is an AP-style time line "
        "('4:50 p.m.', 'noon', '8 a.m.') followed by a paragraph that opens with a caps dateline; items are separated by '___'. Newest first. "
        "The only date is the BLOX header date 'Jan 12, 2024' (a <time datetime> with -06:00); no zone is printed next to the item times, so "
        "the zone is the outlet's home (Missouri, US Central, CST = UTC-6). One page byline 'By The Associated Press'. Entries 01 and 07 are "
        "the same visit (arrival, then the signed pact).",
  not_entries=["top bar (Subscribe / Log In / e-Edition), masthead, weather widget, main menu", "kicker 'National News'", "h1 page title",
               "byline and header date", "share tools", "intro line 'Here is a running account ...'", "'___' separators", "Advertisement label",
               "AP copyright line", "Tags list", "'Breaking News' newsletter box", "Trending sidebar (local stories)", "footer"],
  entries=[
  E("2024-01-12 16:50", None,
    ["KYIV, Ukraine \u2014 British Prime Minister Rishi Sunak and Ukrainian President Volodymyr Zelenskyy signed a security agreement on Friday that binds London to ten years of military and intelligence cooperation with Kyiv.",
     "Sunak also said British military support for Ukraine would rise to 2.5 billion pounds ($3.2 billion) in the coming financial year, about 200 million pounds of it for drones.",
     "At a joint news conference, Zelenskyy said he expected similar agreements with other allies within weeks."],
    "diplomacy", "diplomacy", 3, SUNAK, a="The Associated Press", sec=["aid"]),
  E("2024-01-12 15:05", None,
    ["KHARKIV, Ukraine \u2014 Two Russian missiles struck an industrial area on the outskirts of Kharkiv on Friday afternoon, wounding a night watchman and setting a warehouse on fire, regional Gov. Oleh Syniehubov said.",
     "Firefighters brought the blaze under control within two hours, he said."],
    "strikes", "strikes", 2, "kharkiv-industrial-area-missiles-2024-01-12", a="The Associated Press",
    n="'Gov. Oleh' inside the first sentence is an abbreviation, not a sentence end."),
  E("2024-01-12 13:20", None,
    ["MOSCOW \u2014 Russia's Defense Ministry claimed Friday that its troops had pushed Ukrainian units out of a village east of Kupiansk, in the Kharkiv region.",
     "Ukraine's military did not confirm the claim and said its forces had repelled eleven attacks in the area over the past day."],
    "other", "frontline", 2, "russia-claims-village-near-kupiansk-2024-01-12", a="The Associated Press"),
  E("2024-01-12 12:00", None,
    ["UNITED NATIONS \u2014 The U.N. human rights monitoring mission in Ukraine said civilian casualties jumped in late December and early January as Russia launched some of its heaviest air attacks of the war.",
     "The mission's head told reporters in Geneva that more than 100 civilians had been killed in the last ten days of December alone."],
    "other", "humanitarian", 2, "un-monitors-civilian-casualties-report-2024-01-12", a="The Associated Press",
    n="Stamp printed as 'noon'. 'The U.N. human' is not a sentence end."),
  E("2024-01-12 10:35", None,
    ["WARSAW, Poland \u2014 Polish truck drivers who have blocked crossings on the Ukrainian border since November agreed Friday to suspend their protest after the government promised to press Brussels for new rules on Ukrainian haulers.",
     "The blockade had left thousands of trucks stranded on both sides of the frontier."],
    "other", "politics", 2, "polish-truckers-suspend-border-blockade", a="The Associated Press"),
  E("2024-01-12 08:00", None,
    ["KYIV, Ukraine \u2014 Ukraine's air force said Friday it shot down seven of the nine Shahed drones Russia launched overnight, most of them over the Mykolaiv and Dnipropetrovsk regions.",
     "Falling debris damaged two houses, but no one was hurt, local officials said."],
    "strikes", "strikes", 2, "overnight-shahed-drones-2024-01-12", a="The Associated Press", n="Stamp printed as '8 a.m.' (AP style, no minutes)."),
  E("2024-01-12 06:15", None,
    ["KYIV, Ukraine \u2014 Rishi Sunak arrived in the Ukrainian capital on Friday on a visit that was not announced in advance for security reasons, his office said.",
     "It was his second trip to Kyiv since becoming prime minister."],
    "diplomacy", "diplomacy", 3, SUNAK, a="The Associated Press", n="Same visit as 7400-01 (arrival): same story, not a repeat."),
  ]))

POK = "pokrovsk-area-missile-strike-2024-01-06"
SEEDS.append(dict(id="7401", name="7401_muskogeephoenix-tag", ext="txt", source="Muskogee Phoenix", zone=CT, render=r_muskogee,
  title="russia-ukraine war",
  notes="Muskogee Phoenix tag page (TownNews template), text scrape, newest first. Each card: headline, byline line ('By NAME Associated Press', "
        "caps name; one local 'Phoenix Staff Writer'), then 'Posted: Sunday, January 7, 2024 4:25 pm' (one card adds '| Updated: ...' on the same "
        "line; the stamp is the Posted part), then the summary and a comment count. US Central, CST = UTC-6: the two Saturday-evening cards "
        "(9:40 pm and 7:30 pm on Jan 6, local) are already Jan 7 in UTC, so the whole page is one UTC day. Entries 03 and 05 are the same strike "
        "(toll 10 then 11).",
  not_entries=["'Skip to main content'", "masthead, Subscribe/Log In/e-Edition, weather widget, menu", "cookie notice", "'Tags' label and the tag title line",
               "'N comments' lines", "'Breaking News Alerts' sign-up box", "'Next Page'", "'Most Popular' list (local stories)", "footer and copyright"],
  entries=[
  dict(E("2024-01-07 16:25", "Putin attends Christmas service alongside relatives of slain soldiers",
    ["Russian President Vladimir Putin marked Orthodox Christmas at a church outside Moscow on Sunday, joined by family members of servicemen killed in Ukraine, state television showed.",
     "He told them the army was defending the country and praised the soldiers' sacrifice, according to the broadcast."],
    "other", "politics", 2, "putin-christmas-service-soldiers-families", a="DARIA KOROLYOVA"), byline="By DARIA KOROLYOVA Associated Press", comments=3),
  dict(E("2024-01-07 13:10", "Ukraine says it downed most of overnight drone wave aimed at south",
    ["Ukrainian air defenses destroyed 21 of the 28 attack drones Russia sent overnight, mostly over the Odesa and Kherson regions, the air force said Sunday.",
     "A port warehouse in the Odesa region caught fire after debris fell on it."],
    "strikes", "strikes", 2, "overnight-drone-wave-south-2024-01-07", a="MYKOLA HRYTSENKO"), byline="By MYKOLA HRYTSENKO Associated Press"),
  dict(E("2024-01-07 10:45", "Toll from Russian strike near Pokrovsk climbs to 11, including 5 children",
    ["The number of people killed by a Russian missile attack on a village near Pokrovsk in eastern Ukraine rose to 11 on Sunday after rescuers pulled more bodies from a destroyed house, Donetsk regional officials said.",
     "Five of the dead were children.",
     "The missiles struck late Saturday afternoon, when many families were at home."],
    "strikes", "strikes", 3, POK, a="MYKOLA HRYTSENKO"), byline="By MYKOLA HRYTSENKO Associated Press", upd="2024-01-07 11:20", comments=12),
  dict(E("2024-01-07 08:05", "Muskogee volunteers ship winter coats to Ukrainian refugees",
    ["Volunteers at a Muskogee church packed more than 400 winter coats this weekend for families who fled the war in Ukraine and now live in western Poland.",
     "Organizers said the boxes would leave Tulsa by freight on Tuesday."],
    "other", "humanitarian", 2, "muskogee-coats-for-ukrainian-refugees", a="CHEYENNE LOFTIS", sec=["aid"],
    n="Local charity drive for refugees: other/humanitarian (private donation, not state aid)."), byline="By CHEYENNE LOFTIS Phoenix Staff Writer", comments=1),
  dict(E("2024-01-06 21:40", "Russian missiles kill at least 10 in Donetsk region village",
    ["A Russian missile strike on a village in Ukraine's Donetsk region killed at least 10 people on Saturday, including several children, the regional governor said.",
     "Rescue crews were still searching the rubble late Saturday."],
    "strikes", "strikes", 3, POK, a="MYKOLA HRYTSENKO", n="Printed local date is Saturday Jan 6; 21:40 CST is 03:40 UTC on Jan 7."),
    byline="By MYKOLA HRYTSENKO Associated Press", comments=5),
  dict(E("2024-01-06 19:30", "Ukraine aims to build a million drones in 2024, official says",
    ["Ukraine plans to manufacture about one million drones this year to make up for its shortage of artillery shells, a senior official in Kyiv said Saturday.",
     "Most of them will be small first-person-view drones, he said."],
    "other", "security", 2, "ukraine-million-drones-plan-2024", a="OLEKSANDR MELNYK", n="Printed local date Jan 6; 19:30 CST is 01:30 UTC on Jan 7."),
    byline="By OLEKSANDR MELNYK Associated Press"),
  ]))

SEEDS.append(dict(id="7402", name="7402_enidnews-feed", ext="xml", source="Enid News & Eagle", zone=CT, render=r_enid,
  title="enidnews.com - RSS Results in news/state_national_world of type article",
  notes="BLOX (TownNews) section feed of the Enid News & Eagle: RSS 2.0, newest first, pubDate with -0600 (US Central, CST), dc:creator "
        "'By NAME Associated Press' (caps; author = the name), a one-paragraph description per item (body_paragraphs 1), enclosure images. "
        "One item has no dc:creator (author null).",
  not_entries=["channel title, links, description, generator, docs, ttl", "guid, link, enclosure and category of each item"],
  entries=[
  dict(E("2024-01-20 16:40", "Ukrainian drone sets fuel depot ablaze in Russian border town, governor says",
    ["A Ukrainian drone struck a fuel storage site in the Russian town of Klintsy early Saturday, starting a fire that burned for several hours, the governor of Russia's Bryansk region said."],
    "strikes", "strikes", 2, "klintsy-fuel-depot-drone-2024-01-20", a="ANASTASIA PRYKHODKO"), byline="By ANASTASIA PRYKHODKO Associated Press"),
  dict(E("2024-01-20 14:05", "Slovakia's new leader softens tone on Ukraine ahead of talks with Kyiv",
    ["Slovak Prime Minister Robert Fico said Saturday he would not stand in the way of Slovak companies selling weapons to Ukraine, days before he is due to meet Ukraine's prime minister."],
    "diplomacy", "diplomacy", 2, "fico-softens-tone-ukraine-talks-2024-01", a="PETRA HOLUBOVA", sec=["aid"]), byline="By PETRA HOLUBOVA Associated Press"),
  dict(E("2024-01-20 11:30", "Russia says air defenses shot down drones over Belgorod, Kursk",
    ["Russia's Defense Ministry said Saturday its air defenses destroyed six Ukrainian drones over the Belgorod and Kursk regions overnight, with no damage reported."],
    "strikes", "strikes", 2, "belgorod-kursk-drones-2024-01-20", a=None), byline=None),
  dict(E("2024-01-20 09:20", "Zelenskyy rejects any ceasefire that would freeze the front line",
    ["Ukrainian President Volodymyr Zelenskyy said in a video address Saturday that a ceasefire along the current front line would only give Russia time to rearm."],
    "diplomacy", "diplomacy", 2, "zelenskyy-rejects-frozen-conflict-2024-01-20", a="ANASTASIA PRYKHODKO"), byline="By ANASTASIA PRYKHODKO Associated Press"),
  dict(E("2024-01-20 07:45", "Russian shelling kills 2 in Kherson",
    ["Two men were killed and a woman was wounded when Russian artillery hit a residential street in Kherson on Saturday morning, regional officials said."],
    "strikes", "strikes", 3, "kherson-shelling-2024-01-20", a="ANASTASIA PRYKHODKO"), byline="By ANASTASIA PRYKHODKO Associated Press"),
  dict(E("2024-01-20 05:10", "Ukraine aid stalled as House conservatives dig in over border",
    ["Efforts to pass new military aid for Ukraine remained stuck on Saturday as conservative House Republicans insisted that any deal include sweeping changes at the U.S.-Mexico border."],
    "aid", "aid", 2, "us-congress-ukraine-aid-border-impasse-2024-01", a="ELENA MARSH", n="05:10 CST = 11:10 UTC."), byline="By ELENA MARSH Associated Press"),
  ]))

SEEDS.append(dict(id="7403", name="7403_salinajournal-article", ext="html", source="Salina Journal", zone=CT, render=r_salina,
  title="Russia votes as Ukraine's drones reach deeper into Russian territory: What to know",
  url="https://www.salina.com/story/news/world/2024/03/14/russia-election-ukraine-drones-what-to-know/72971400007/",
  byline="Francesca Lind", published="2024-03-14 17:12", updated="2024-03-14 18:48",
  keypoints=["France's president repeated that Western troops in Ukraine are an option he will not rule out.",
             "Armed Russian opponents of the Kremlin say they are still fighting inside two border regions.",
             "A stopgap US weapons package will cover Ukraine's needs for only a few weeks."],
  caption="A firefighter works at the site of a drone attack on an oil facility.",
  lede=["Russians go to the polls on Friday in an election with only one realistic outcome, while the war their president started more than two years ago increasingly reaches Russian soil.",
        "Here is what to know about the week's developments."],
  more="Pentagon finds $300 million for Ukraine weapons",
  notes="Gannett (USA TODAY Network) article on the Salina Journal site, with h2 section headings; per the convention for articles, one entry per "
        "section, headline = the heading, stamp null, published = the 'Published 5:12 p.m. CT March 14, 2024' line (CDT = UTC-5; DST began "
        "10 March), not the 'Updated 6:48 p.m.' line. JSON-LD NewsArticle gives the same instants in Z. The 'Key Points' box is an AI summary "
        "of bullet sentences that are NOT the section headings, so key_point is false everywhere. Page byline 'Francesca Lind' (USA TODAY) is "
        "every section's author.",
  not_entries=["'Skip to main content', masthead, menu, Subscribe/Sign In", "h1 title", "byline block and the Published/Updated lines", "share buttons",
               "'Key Points' box with 'AI-assisted summary' and three summary bullets", "photo 'Show Caption'/'Hide Caption', caption and credit",
               "two lede paragraphs before the first heading", "'Story continues below' / 'Advertisement'", "'More:' related link",
               "'Contributing: The Associated Press'", "newsletter box", "footer"],
  entries=[
  E("2024-03-14 17:12", "Macron says sending troops can't be ruled out",
    ["French President Emmanuel Macron said in a television interview Thursday that sending Western troops to Ukraine could not be excluded if Russia broke through Ukrainian lines.",
     "He said France was not seeking an escalation but that Europe's own security was at stake."],
    "diplomacy", "diplomacy", 3, "macron-western-troops-not-ruled-out-2024-03-14", a="Francesca Lind"),
  E("2024-03-14 17:12", "Russian volunteer units claim raids across the border",
    ["Armed groups of Russian citizens fighting on Ukraine's side said Thursday they were still holding positions inside the Belgorod and Kursk regions, three days after launching an incursion.",
     "Russia's Defense Ministry said the attacks had been repelled and the attackers had suffered heavy losses."],
    "other", "frontline", 2, "russian-volunteer-incursion-belgorod-kursk-2024-03", a="Francesca Lind"),
  E("2024-03-14 17:12", "Drones hit another refinery",
    ["A Ukrainian drone attack set off a fire at an oil refinery in Russia's Ryazan region on Wednesday, the third strike on a major refinery this week, Russian officials said.",
     "Two people were injured, according to the regional governor."],
    "strikes", "strikes", 2, "ryazan-refinery-drone-strike-2024-03-13", a="Francesca Lind"),
  E("2024-03-14 17:12", "Where US aid stands",
    ["The Pentagon announced a $300 million weapons package for Ukraine on Tuesday, paid for with savings on earlier contracts, but officials said it would last only a few weeks.",
     "A $60 billion aid bill passed by the Senate in February remains stalled in the House."],
    "aid", "aid", 2, "pentagon-300m-stopgap-package-2024-03-12", a="Francesca Lind"),
  E("2024-03-14 17:12", "An election in wartime",
    ["Voting in Russia's three-day presidential election begins Friday, and Vladimir Putin is all but certain to win a fifth term.",
     "Election officials are also organizing voting in the parts of Ukraine that Russian forces occupy, which Kyiv and its allies call illegal."],
    "other", "politics", 2, "russian-presidential-election-2024-03", a="Francesca Lind"),
  ]))

ELEC = "putin-wins-russian-election-2024-03-17"
SEEDS.append(dict(id="7404", name="7404_hutchnews-live", ext="txt", source="The Hutchinson News", zone=CT, render=r_hutch,
  title="Russia election live updates: Voting ends Sunday, March 17, as Putin cruises toward a new term",
  lede="Follow along for the latest on the final day of Russia's presidential vote and the war in Ukraine.",
  parse_args=["--date", "2024-03-17"],
  notes="Gannett live-updates page (The Hutchinson News), text scrape, newest first. Post = headline, author line, stamp line '6:20 p.m. CT March 17', "
        "body. The page prints NO year anywhere (title 'Sunday, March 17'), hence parse_args --date 2024-03-17. CT here is CDT = UTC-5; "
        "all posts fall on 17 March UTC. Entries 02 and 06 are the same story (the election), the first is the result, the last the final day of voting.",
  not_entries=["'Skip to main content', masthead, Subscribe/Sign In, menu", "'LIVE' badge", "title line", "intro line 'Follow along ...'",
               "share labels", "'Story continues below' / 'Advertisement'", "newsletter plug", "'Load more updates'", "'Contributing: Reuters'", "footer links"],
  entries=[
  E("2024-03-17 18:20", "Zelenskyy says the vote has no legitimacy",
    ["Ukrainian President Volodymyr Zelenskyy said in his nightly address that the Russian election had no legitimacy and that Putin was addicted to power.",
     "He thanked governments that said they would not recognize voting held in occupied Ukrainian regions."],
    "diplomacy", "diplomacy", 2, "zelenskyy-condemns-russian-election-2024-03-17", a="Jorge Alcott"),
  E("2024-03-17 16:05", "Early results show Putin with about 87% of the vote",
    ["With most ballots counted, Russia's Central Election Commission said Putin had won roughly 87% of the vote, the highest share of his career.",
     "Turnout was reported above 74%, though independent observers were kept away from most polling stations."],
    "other", "politics", 3, ELEC, a="Kelsey Marrin"),
  E("2024-03-17 13:30", "Lines form at midday as Putin critics heed protest call",
    ["Long lines formed outside polling stations in Moscow and at Russian embassies abroad at midday, as voters answered a call by allies of the late opposition leader Alexei Navalny to turn up all at once in silent protest."],
    "other", "politics", 2, "noon-against-putin-protests-2024-03-17", a="Kelsey Marrin"),
  E("2024-03-17 11:10", "Drone attack sparks fire at Krasnodar refinery",
    ["A Ukrainian drone attack caused a fire at an oil refinery in Slavyansk-on-Kuban in Russia's Krasnodar region early Sunday, local authorities said.",
     "The blaze was put out by morning."],
    "strikes", "strikes", 2, "slavyansk-refinery-drone-2024-03-17", a="Dana Whitlow"),
  E("2024-03-17 09:00", "Belgorod governor reports deadly shelling on election weekend",
    ["The governor of Russia's Belgorod region said Ukrainian shelling killed one person and damaged several homes on Sunday, as cross-border attacks continued through the three days of voting."],
    "strikes", "strikes", 3, "belgorod-shelling-2024-03-17", a="Dana Whitlow"),
  E("2024-03-17 07:15", "Voting enters final day across Russia",
    ["Polling stations opened for the last day of Russia's presidential election on Sunday morning, with officials reporting turnout already above 70% in many regions."],
    "other", "politics", 2, ELEC, a="Kelsey Marrin", n="07:15 CDT = 12:15 UTC."),
  ]))

SEEDS.append(dict(id="7405", name="7405_grandislandindependent-tag", ext="html", source="Grand Island Independent", zone=CT, render=r_gii,
  title="Russia-Ukraine war", snapshot="2024-03-01 18:45",
  notes="Grand Island Independent (BLOX CMS) tag listing, HTML, newest first. The visible stamp of every card is RELATIVE ('1 hr ago', '21 hrs ago', "
        "as captured at 6:45 p.m. CST on 1 March); the exact time is only in the <time datetime> attribute (-06:00), which is what published "
        "uses. The oldest card (8:50 p.m. CST on 29 Feb, local) is 02:50 UTC on 1 March. Per-card bylines; one local staff story.",
  not_entries=["Sign Up / Log In bar, masthead, weather widget, menu", "'Tag' label and h1 'Russia-Ukraine war'", "Advertisement label", "'Load more'",
               "'Daily Headlines' newsletter box", "footer"],
  entries=[
  dict(E("2024-03-01 17:45", "Russia airs recording of German officers discussing Taurus missiles",
    ["Russian state media on Friday released what it said was an intercepted recording of senior German air force officers discussing how Taurus cruise missiles could be used by Ukraine."],
    "other", "security", 2, "taurus-recording-leak-2024-03-01", a="KARIN BRENNER", sec=["aid"]), byline="By KARIN BRENNER Associated Press"),
  dict(E("2024-03-01 15:20", "Ukraine says it shot down two more Russian Su-34 bombers",
    ["Ukraine's air force said its air defenses destroyed two Russian Su-34 fighter-bombers over the east on Friday, adding to a string of jets Kyiv says it has downed since mid-February."],
    "strikes", "strikes", 2, "su-34-shootdowns-2024-03-01", a="OLEKSANDR MELNYK"), byline="By OLEKSANDR MELNYK Associated Press"),
  dict(E("2024-03-01 13:05", "Hastings church sends generators to Ukrainian town",
    ["Members of a Hastings congregation have raised enough money to buy six generators for a hospital and two schools in a town near Chernihiv that lost power after Russian strikes."],
    "other", "humanitarian", 2, "hastings-church-generators-ukraine", a="Logan Pettit", sec=["aid"],
    n="Local charity (private donation): other/humanitarian."), byline="By Logan Pettit"),
  dict(E("2024-03-01 10:40", "Stopgap bill averts shutdown, but Ukraine aid stays in limbo",
    ["Congress approved a short-term spending measure to keep the government open, but the $60 billion package for Ukraine passed by the Senate still has no date for a House vote."],
    "aid", "aid", 2, "us-house-ukraine-aid-limbo-2024-03-01", a="LISA MARCHETTI"), byline="By LISA MARCHETTI Associated Press"),
  dict(E("2024-03-01 07:15", "Ukrainian troops hold new line west of Avdiivka as Russia presses on",
    ["Ukrainian soldiers dug in along a string of villages west of Avdiivka on Friday as Russian forces kept up their attacks two weeks after taking the town, Ukraine's military said."],
    "other", "frontline", 2, "fighting-west-of-avdiivka-2024-03-01", a="OLEKSANDR MELNYK"), byline="By OLEKSANDR MELNYK Associated Press"),
  dict(E("2024-02-29 20:50", "Putin warns of nuclear danger if Western troops go to Ukraine",
    ["President Vladimir Putin told lawmakers in his annual address on Thursday that sending Western troops to Ukraine would risk a nuclear conflict, answering recent remarks by French President Emmanuel Macron."],
    "diplomacy", "diplomacy", 3, "putin-address-nuclear-warning-2024-02-29", a="KARIN BRENNER",
    n="Local date 29 Feb (20:50 CST) = 02:50 UTC on 1 March."), byline="By KARIN BRENNER Associated Press"),
  ]))

ZNPP = "zaporizhzhia-nuclear-plant-drone-strikes-2024-04-07"
SEEDS.append(dict(id="7406", name="7406_minotdailynews-feed", ext="xml", source="Minot Daily News", zone=CT, render=r_minot,
  title="News | Minot Daily News",
  notes="News feed of the Minot Daily News in WordPress style: RSS 2.0, newest first, pubDate always in +0000 (GMT), dc:creator in CDATA "
        "('Associated Press' or a staff name), excerpt ending '[&#8230;]' in description and the full text in content:encoded (body = content). "
        "The outlet is in North Dakota (US Central, CDT = UTC-5 in April), used for published_local; the two Saturday-evening local items are "
        "Sunday 7 April in UTC. Entry 05 (Zaporizhzhia city energy site) is a different attack from the nuclear-plant story: must not merge.",
  not_entries=["channel title/link/description/lastBuildDate/language/sy: elements", "excerpts in <description> (duplicate the first words of the body)",
               "category, guid and link of each item"],
  entries=[
  dict(E("2024-04-07 17:40", "IAEA chief calls drone hits on nuclear plant reckless",
    ["The head of the U.N. nuclear watchdog said Sunday that drones had hit the dome of one of the six reactors at the Zaporizhzhia nuclear power plant, and he urged both sides to stop attacking the site.",
     "Rafael Grossi said the damage had not compromised nuclear safety but warned that such attacks could lead to a serious accident.",
     "Russia, which has occupied the plant since March 2022, blamed Ukraine; Kyiv denied involvement."],
    "strikes", "strikes", 3, ZNPP, a="Associated Press", sec=["diplomacy"]), sect="world", slug="iaea-chief-drone-hits", cat="World"),
  dict(E("2024-04-07 14:15", "Ukrainian students at Minot State describe life far from the front",
    ["Three Ukrainian students who arrived at Minot State University last fall spoke at a campus forum about the families they left behind and the air raid alerts they still follow on their phones.",
     "The university organized the forum as part of its international week."],
    "other", "humanitarian", 2, "minot-state-ukrainian-students-forum", a="Eloise Brandvold"), sect="local-news", slug="ukrainian-students-minot-state", cat="Local News"),
  dict(E("2024-04-07 11:20", "Kharkiv death toll from overnight drone strikes climbs to 8",
    ["Eight people were killed when Russian drones hit residential buildings and a gas station in Kharkiv overnight, Mayor Ihor Terekhov said Sunday.",
     "Rescue crews worked through the morning to clear collapsed floors."],
    "strikes", "strikes", 3, "kharkiv-overnight-drone-attack-2024-04-06", a="Associated Press"), sect="world", slug="kharkiv-toll-climbs", cat="World"),
  dict(E("2024-04-07 08:05", "Russia says Ukrainian drones targeted nuclear plant; Kyiv rejects claim",
    ["Russian officials at the Zaporizhzhia nuclear power plant said a Ukrainian drone hit the roof of a reactor building on Sunday morning, the latest of several attacks they blamed on Kyiv.",
     "Ukraine's military intelligence agency said Russia was staging the attacks itself."],
    "strikes", "strikes", 3, ZNPP, a="Associated Press"), sect="world", slug="russia-says-drones-targeted-plant", cat="World"),
  dict(E("2024-04-06 22:45", "Missile strike damages energy site in Zaporizhzhia city",
    ["A Russian missile hit an energy facility in the city of Zaporizhzhia early Sunday, cutting power to several neighborhoods, the regional governor said."],
    "strikes", "strikes", 2, "zaporizhzhia-city-energy-strike-2024-04-07", a="Associated Press",
    n="Different attack from the nuclear plant drone strikes (same region name): must not merge. 22:45 CDT on 6 April = 03:45 UTC on 7 April."),
    sect="world", slug="missile-strike-zaporizhzhia-energy", cat="World"),
  dict(E("2024-04-06 20:10", "Minot veterans group urges vote on Ukraine aid",
    ["A Minot veterans organization sent a letter to North Dakota's congressional delegation this week urging a House vote on the stalled Ukraine aid package, the group's commander said."],
    "aid", "aid", 2, "minot-veterans-letter-ukraine-aid", a="Eloise Brandvold", n="20:10 CDT on 6 April = 01:10 UTC on 7 April."),
    sect="local-news", slug="veterans-urge-ukraine-aid-vote", cat="Local News"),
  ]))

ENERGY = "russian-energy-barrage-2024-03-22"
CROCUS = "crocus-city-hall-attack-2024-03-22"
SEEDS.append(dict(id="7407", name="7407_helenair-live", ext="txt", source="Helena Independent Record", zone=MT, render=r_helena,
  title="Live updates: Ukraine counts damage after record attack on its power grid",
  lede="Russia's war in Ukraine continues. Here's the latest:",
  notes="AP live-updates article republished by the Helena Independent Record (BLOX), text scrape. One date line 'Mar 22, 2024' at the top, "
        "'(All times MDT)' (UTC-6), then OLDEST-first posts: a bare AP time line ('7:15 p.m.', '12:20 a.m.'), the headline, the body. The "
        "times pass local midnight after '10:55 p.m.' with no new date line, so posts 04-07 are Saturday 23 March local; all seven posts are "
        "23 March in UTC (01:15-17:30). One page byline (The Associated Press). Moscow concert-hall attack posts are labelled other/security "
        "because the page covers them through the claims of a link to Ukraine.",
  not_entries=["'Skip to main content', masthead, Subscribe/Log In, weather widget, menu", "section label 'World'", "title line", "byline and date line",
               "share tools", "intro line", "'(All times MDT)'", "'Advertisement'", "AP copyright line", "Tags", "newsletter line", "'Most Popular' list", "footer"],
  entries=[
  E("2024-03-22 19:15", "Ukraine's energy minister calls Friday's barrage the worst yet on the power grid",
    ["Ukrainian Energy Minister Herman Halushchenko said Friday's Russian missile and drone attack was the largest ever on the country's power system, knocking out the Dnipro hydroelectric plant and leaving more than a million people without electricity.",
     "Officials said at least five people were killed across the country."],
    "strikes", "strikes", 3, ENERGY, a="The Associated Press"),
  E("2024-03-22 20:40", "Zelenskyy renews appeal for Patriot systems",
    ["President Volodymyr Zelenskyy said Friday night that Ukraine urgently needed more Patriot air defense systems and missiles, and that allies knew exactly what was required."],
    "aid", "aid", 2, "zelenskyy-patriot-appeal-2024-03-22", a="The Associated Press"),
  E("2024-03-22 22:55", "Kyiv rejects any link to Moscow concert hall attack",
    ["Ukraine's military intelligence agency and the presidential office said Friday that Ukraine had nothing to do with the shooting and fire at the Crocus City Hall concert venue near Moscow."],
    "other", "security", 2, CROCUS, a="The Associated Press"),
  E("2024-03-23 00:20", "Repairs to damaged hydroelectric plant could take months",
    ["The state hydropower company said it could take months to restore the Dnipro hydroelectric station, which was hit by at least eight missiles on Friday."],
    "strikes", "strikes", 3, ENERGY, a="The Associated Press", n="Past local midnight with no new date line: Saturday 23 March (06:20 UTC)."),
  E("2024-03-23 03:45", "Putin says attackers were caught heading toward Ukraine",
    ["In a televised address Saturday, Russian President Vladimir Putin said four gunmen detained after the concert hall attack had been trying to escape toward the Ukrainian border.",
     "Kyiv dismissed the claim as absurd."],
    "other", "security", 3, CROCUS, a="The Associated Press"),
  E("2024-03-23 07:10", "Drones target refinery in Russia's Samara region",
    ["Ukrainian drones attacked an oil refinery in the Samara region early Saturday, starting a fire that was later contained, the regional governor said."],
    "strikes", "strikes", 2, "samara-refinery-drones-2024-03-23", a="The Associated Press"),
  E("2024-03-23 11:30", "Russia reports missile attack on Sevastopol",
    ["Russian-installed officials in Crimea said air defenses shot down missiles over Sevastopol on Saturday, and one man was injured by falling debris."],
    "strikes", "strikes", 2, "sevastopol-missile-attack-2024-03-23", a="The Associated Press"),
  ]))

SEEDS.append(dict(id="7408", name="7408_bozemandailychronicle-briefs", ext="html", source="Bozeman Daily Chronicle", zone=MT, render=r_bozeman,
  title="World & nation briefs: House speaker plans separate votes on foreign aid", published="2024-04-15 16:20",
  notes="Bozeman Daily Chronicle (BLOX) briefs page: one NewsArticle with h3 briefs, each opening with 'CITY (AP) \u2014'. No per-brief time; the "
        "only time on the page is the <time datetime> attribute / JSON-LD datePublished 2024-04-15T16:20-06:00 (MDT), whose visible text is just "
        "'Apr 15, 2024'; every brief gets that time, stamp null. Page byline 'Associated Press'. Two briefs are not about the war (Israel-Iran, "
        "Sudan donors' conference): off-beat although they mention drones, war and aid.",
  not_entries=["top bar, masthead, weather widget, menu", "kicker 'World & Nation'", "h1 title", "byline and date", "share tools", "Advertisement label",
               "Tags", "'0 comments'", "'Most Read' list", "newsletter box", "footer"],
  entries=[
  E("2024-04-15 16:20", "Johnson plans separate votes on Ukraine, Israel aid",
    ["WASHINGTON (AP) \u2014 House Speaker Mike Johnson told Republican lawmakers Monday that he would bring aid for Ukraine, Israel and Taiwan to the floor as separate bills this week, a path that could end months of deadlock.",
     "Some conservatives threatened to try to remove him over the plan."],
    "aid", "aid", 3, "house-separate-foreign-aid-bills-2024-04-15", a="Associated Press"),
  OFF("2024-04-15 16:20", "Israel's war cabinet weighs response to Iranian attack",
    ["JERUSALEM (AP) \u2014 Israel's war cabinet met for a second day Monday to discuss how to respond to Iran's weekend barrage of drones and missiles, as allies urged restraint."],
    "israel-weighs-response-iran-attack-2024-04", a="Associated Press", n="Israel-Iran, not the Russia-Ukraine war."),
  E("2024-04-15 16:20", "Russian missiles hit villages in Kharkiv region",
    ["KHARKIV, Ukraine (AP) \u2014 Russian missiles struck two villages in the Kharkiv region on Monday, killing a woman and wounding four people, the regional governor said."],
    "strikes", "strikes", 3, "kharkiv-region-villages-missile-strike-2024-04-15", a="Associated Press"),
  OFF("2024-04-15 16:20", "Donors pledge more than 2 billion euros for Sudan",
    ["PARIS (AP) \u2014 Donors meeting in Paris on Monday, a year after Sudan's war began, pledged more than 2 billion euros in humanitarian aid for the country, France's foreign minister said."],
    "sudan-donor-conference-paris-2024-04-15", a="Associated Press", n="Sudan, not the Russia-Ukraine war."),
  E("2024-04-15 16:20", "Zelenskyy asks why allies shot down Iran's drones but not Russia's",
    ["KYIV, Ukraine (AP) \u2014 Ukrainian President Volodymyr Zelenskyy said Monday that the way allies helped Israel fend off Iran's attack showed what was possible, and he urged them to protect Ukrainian skies with the same resolve."],
    "aid", "aid", 2, "zelenskyy-air-defense-israel-comparison-2024-04-15", a="Associated Press", sec=["diplomacy"],
    n="Appeal for air defence -> aid (LABELS)."),
  E("2024-04-15 16:20", "Russia claims capture of village west of Donetsk",
    ["MOSCOW (AP) \u2014 Russia's Defense Ministry said Monday its forces had taken full control of Pervomaiske in the Donetsk region, a claim that could not be independently verified."],
    "other", "frontline", 2, "russia-claims-pervomaiske-2024-04-15", a="Associated Press"),
  ]))

NYD = "new-year-drone-attack-2024-01-01"
SEEDS.append(dict(id="7409", name="7409_hurriyetdailynews-world", ext="txt", source="H\u00fcrriyet Daily News", zone="Europe/Istanbul", render=r_hdn,
  title="Russia-Ukraine War",
  notes="Hurriyet Daily News WORLD listing (Russia-Ukraine War tag), text scrape, newest first. Card: headline, date line 'January 02 2024 01:50:00' "
        "(Istanbul time, UTC+3, no zone printed; two-digit day), summary. The two top cards are after local midnight (2 January) but still "
        "1 January in UTC (22:50, 21:25). No bylines (author null). Entries 03 and 06 are the same New Year's night drone attack.",
  not_entries=["masthead and menu", "Search / E-NEWSPAPER", "cookie notice", "section label 'WORLD' and the tag title", "ADVERTISEMENT", "'MORE'",
               "'MOST READ' list", "social links and copyright"],
  entries=[
  E("2024-01-02 01:50", "Putin vows to intensify strikes after Belgorod attack",
    ["Russian President Vladimir Putin said on Jan. 1 that Moscow would step up its strikes on military targets in Ukraine in response to the weekend shelling of Belgorod, which killed 25 people."],
    "strikes", "strikes", 3, "putin-vows-more-strikes-after-belgorod-2024-01-01",
    n="01:50 on 2 Jan Istanbul = 22:50 UTC on 1 Jan. 'Jan. 1 that' is not a sentence end."),
  E("2024-01-02 00:25", "Erdo\u011fan calls for 'just peace' in Ukraine in New Year message",
    ["President Recep Tayyip Erdo\u011fan said T\u00fcrkiye would keep working to bring Russia and Ukraine back to the negotiating table in 2024, in a New Year message released late on Jan. 1."],
    "diplomacy", "diplomacy", 2, "erdogan-new-year-peace-message-2024"),
  E("2024-01-01 21:10", "Drone debris kills one in Odesa as Russia greets new year with attacks",
    ["One person was killed and several were injured in Odesa when debris from a downed Russian drone fell on a residential building, regional governor Oleh Kiper said on Jan. 1."],
    "strikes", "strikes", 3, NYD),
  E("2024-01-01 17:35", "Ship-owners keep using Ukraine's Black Sea corridor despite mine threat",
    ["Cargo ships continued to sail through the corridor Ukraine opened along its Black Sea coast despite several mine incidents, Turkish shipping sources told the H\u00fcrriyet Daily News."],
    "other", "security", 2, "black-sea-corridor-mine-risk-2024-01"),
  E("2024-01-01 13:05", "Belgorod residents offered temporary evacuation after days of shelling",
    ["Authorities in Russia's Belgorod region said residents who wished to leave the city would be housed in other regions, after shelling continued for a third day."],
    "other", "humanitarian", 2, "belgorod-evacuation-offer-2024-01-01", sec=["strikes"]),
  E("2024-01-01 09:20", "Ukraine says it downed 87 of 90 Russian drones on New Year's night",
    ["Ukraine's air force said it destroyed 87 of the 90 Shahed drones Russia launched overnight into Jan. 1, the largest drone attack in weeks."],
    "strikes", "strikes", 3, NYD),
  E("2024-01-01 07:40", "Baykar to start building drone plant in Ukraine, company says",
    ["Turkish drone maker Baykar plans to begin construction of its factory near Kyiv this year, the company's chief executive told reporters."],
    "aid", "aid", 2, "baykar-ukraine-drone-factory", n="Foreign arms maker building capacity in Ukraine -> aid (support to a party)."),
  ]))


# ================================================================== DATA: Part B, day 1 = 2024-02-03 (UTC)
D1 = "Day 1 (2024-02-03 UTC): 7420, 7421, 7422, 7423."
LYS = "lysychansk-bakery-collapse-2024-02-03"
BEL = "belgorod-kursk-drone-interceptions-2024-02-03"
KHE = "kherson-shelling-2024-02-03"
IRIS = "germany-iris-t-delivery-2024-02-03"
SEN = "us-senate-border-ukraine-package-2024-02"
ANAL = "analysis-refinery-drone-campaign"

SEEDS.append(dict(id="7420", name="7420_glenmarrow-textlive", ext="txt", source="Glenmarrow Daily", zone=KY, render=r_glenmarrow,
  title="Ukraine war live: bakery collapses in occupied Lysychansk, deadly shelling in Kherson", dateline="Saturday, 3 February 2024",
  lede="Follow our live coverage of Russia's full-scale invasion of Ukraine, day 710.",
  notes="Invented outlet. Text live blog, newest first; stamp line '21:30 EET' (Kyiv, UTC+2) before each headline, signature '\u2014 NAME' after the "
        "body. 'Key Points' lists two headlines verbatim (7420-03, 7420-06: key_point true). Entry 02 (19:45) repeats entry 05 (12:40) nearly "
        "verbatim: in this newest-first page the repeat is printed ABOVE its original; duplicate_of names the original. " + D1,
  not_entries=["masthead and menu", "title and date lines", "lede line (day 710)", "'Key Points' header and its two bullets (they point at posts)",
               "'Latest'", "membership plug", "'\u2014 NAME' signature lines", "'Show earlier posts' and footer"],
  entries=[
  E("2024-02-03 21:30", "Zelensky and Macron discuss air defence and artillery in phone call",
    ["President Volodymyr Zelensky said he spoke with French President Emmanuel Macron on Saturday evening about air defence, artillery production and the preparation of a bilateral security agreement.",
     "Neither side gave details of new commitments."],
    "diplomacy", "diplomacy", 2, "zelensky-macron-call-2024-02-03", a="Taras Holub", sec=["aid"]),
  E("2024-02-03 19:45", "Two killed as Russian shells hit a Kherson residential district",
    ["Russian artillery struck a residential neighbourhood in Kherson around midday, killing two people and wounding three, the regional military administration said.",
     "A trolleybus depot and several private houses were also damaged."],
    "strikes", "strikes", 1, KHE, a="Taras Holub", dup="7420-05", n="Near-verbatim repeat of 7420-05 (one word added), printed above its original -> importance 1."),
  E("2024-02-03 17:20", "Lysychansk: death toll rises to 10, rescuers keep digging",
    ["The number of people killed in the collapse of the bakery in Lysychansk has risen to 10, the Russian emergencies ministry said in the evening.",
     "Rescue teams were still working at the site and said more people could be trapped."],
    "strikes", "strikes", 3, LYS, a="Olena Marchuk", kp=True),
  E("2024-02-03 14:55", "Germany delivers another IRIS-T air defence system",
    ["Ukraine has received a further IRIS-T air defence system from Germany, Defence Minister Rustem Umerov said on Saturday, thanking Berlin for timely help.",
     "Germany has become Ukraine's second-largest military donor after the United States."],
    "aid", "aid", 3, IRIS, a="Olena Marchuk", n="Different aid event from the US Senate package and the EU facility: must not merge."),
  E("2024-02-03 12:40", "Two killed as Russian shells hit Kherson residential district",
    ["Russian artillery struck a residential neighbourhood in Kherson around midday, killing two people and wounding three, the regional military administration said.",
     "A trolleybus depot and several private houses were damaged."],
    "strikes", "strikes", 3, KHE, a="Taras Holub", n="Original of the repeat 7420-02."),
  E("2024-02-03 10:25", "Bakery building collapses in occupied Lysychansk after strike, Russian-installed officials say",
    ["A multi-storey bakery building in the Russian-occupied city of Lysychansk in Luhansk region collapsed on Saturday, and Moscow-installed officials said at least four people had been killed.",
     "They blamed a Ukrainian strike with Western-supplied rockets; Kyiv has not commented.",
     "Russia's emergencies ministry said people who had come to buy bread were among those under the rubble."],
    "strikes", "strikes", 3, LYS, a="Olena Marchuk", kp=True),
  E("2024-02-03 08:10", "Russia says it intercepted eight drones over Belgorod and Kursk",
    ["Russia's defence ministry said on Saturday morning that air defences had destroyed eight Ukrainian drones over the Belgorod and Kursk regions during the night.",
     "Belgorod's governor reported minor damage to a farm building and no casualties."],
    "strikes", "strikes", 3, BEL, a="Taras Holub", n="Same theme as the Lysychansk collapse (strike on Russian-held ground), different event: must not merge."),
  ]))

SEEDS.append(dict(id="7421", name="7421_harrowby-htmllive", ext="html", source="Harrowby Courier", zone="Europe/London", render=r_harrowby,
  title="Russia-Ukraine war: Lisichansk bakery collapse toll rises; US Senate deal text 'days away'", dateline="Saturday 3 February 2024",
  lede="Russian-installed officials blame Ukraine for the collapse; Kherson orders families out of riverside villages.",
  url="https://harrowby-courier.example/world/live/2024/feb/03/russia-ukraine-war-live", pid=5100,
  notes="Invented outlet. HTML live blog, newest first; LiveBlogPosting JSON-LD with per-update datePublished (+00:00) and author; visible stamp "
        "'15:10 GMT' in <time datetime>; 'By NAME' next to the stamp. Spelling 'Lisichansk' (Russian form). Entry 05 is a video teaser with no "
        "paragraph (importance 1). Entry 03 is the day's theme piece (analysis). Entry 01 (Kherson riverside evacuation) is a different event "
        "from the Kherson shelling in 7420/7423: must not merge. " + D1,
  not_entries=["cookie banner", "masthead and menu", "h1 title", "date line", "standfirst", "'By NAME' labels", "'Share this post / Copy link'",
               "video placeholder of the teaser", "'Related' box", "footer"],
  entries=[
  E("2024-02-03 19:20", "Kherson authorities order evacuation of riverside villages",
    ["Families with children in eleven villages along the Dnipro river in Kherson region must leave because of constant Russian shelling, the regional administration said.",
     "Transport and temporary housing will be provided."],
    "other", "humanitarian", 2, "kherson-riverside-villages-evacuation-2024-02-03", a="Callum Ashby",
    n="Same place as the Kherson shelling (7420-05, 7423-04), different event: must not merge."),
  E("2024-02-03 17:45", "Lisichansk bakery toll climbs to 12",
    ["The Lisichansk bakery collapse has now claimed twelve lives, according to Russia's emergencies ministry, which said ten people had been pulled out alive."],
    "strikes", "strikes", 3, LYS, a="Fiona Draycott"),
  E("2024-02-03 15:10", "Analysis: why Kyiv keeps sending drones at Russian refineries",
    ["Ukraine's long-range drones have hit at least half a dozen Russian oil facilities since mid-January, and the pattern looks deliberate.",
     "Refineries are large, fixed and hard to defend, and each strike forces Moscow to spread its air defences more thinly across a vast territory.",
     "The campaign also touches a sensitive nerve: fuel exports are among the Kremlin's main sources of revenue."],
    "strikes", "strikes", 2, ANAL, a="Callum Ashby", n="Theme piece (analysis with body): own story, importance 2."),
  E("2024-02-03 13:30", "US Senate negotiators say border and Ukraine deal text is days away",
    ["Senators negotiating a package that pairs border security measures with new aid for Ukraine and Israel said the text could be published as early as Sunday.",
     "The deal faces strong opposition from many House Republicans."],
    "aid", "aid", 2, SEN, a="Callum Ashby", n="Different aid event from Germany's IRIS-T delivery: must not merge."),
  E("2024-02-03 11:40", "Watch: rescuers search the ruins of the Lisichansk bakery", [], "strikes", "strikes", 1, LYS,
    n="Video teaser without body -> importance 1."),
  E("2024-02-03 10:05", "People feared trapped as bakery collapses in Lisichansk",
    ["A bakery in Lisichansk, a city in eastern Ukraine held by Russian forces since 2022, has collapsed, and Russian officials say six people were killed and others may be trapped.",
     "Russian-installed authorities blamed Ukrainian shelling. Kyiv made no immediate comment."],
    "strikes", "strikes", 3, LYS, a="Fiona Draycott"),
  E("2024-02-03 07:50", "Moscow says drones downed over border regions overnight",
    ["Russian air defences shot down eight Ukrainian drones over the Belgorod and Kursk regions overnight, the defence ministry in Moscow said.",
     "There were no reports of casualties."],
    "strikes", "strikes", 3, BEL, a="Fiona Draycott"),
  ]))

SEEDS.append(dict(id="7422", name="7422_corrieshaw-worldrss", ext="xml", source="Corrieshaw World Service", zone="UTC", render=r_rss, rfc="GMT",
  title="Corrieshaw World Service \u2014 Top stories", url="https://corrieshaw.example", lid=88120,
  lede="The main international stories, updated through the day",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, no authors; four of six items are not about the war "
        "(US strikes in Iraq/Syria, Chile fires, Afcon football, Senegal election). Spelling 'Lysychansk'; its early item has no death toll yet. " + D1,
  not_entries=["channel title/link/description/language", "link, guid and category of each item"],
  entries=[
  OFF("2024-02-03 18:30", "Senegal's president postpones election three weeks before the vote",
      ["Senegal's President Macky Sall announced in a televised address that the presidential election set for 25 February would be delayed, citing a dispute over the list of candidates."],
      "senegal-election-postponed", n="Senegal politics."),
  OFF("2024-02-03 17:05", "South Africa edge Cape Verde on penalties to reach Afcon semi-finals",
      ["South Africa's goalkeeper saved four penalties as his side beat Cape Verde in a shootout after a goalless quarter-final in Yamoussoukro."],
      "afcon-quarter-final-south-africa-cape-verde", n="football."),
  E("2024-02-03 14:50", "Berlin sends Kyiv another IRIS-T system",
    ["Germany has handed Ukraine another IRIS-T surface-to-air missile system, Ukraine's defence minister said, as Kyiv presses its allies for more air defences."],
    "aid", "aid", 3, IRIS),
  OFF("2024-02-03 12:15", "Chile wildfires: dozens dead as blazes reach Vi\u00f1a del Mar",
      ["Forest fires burning around the Chilean coastal city of Vi\u00f1a del Mar have killed at least 46 people, President Gabriel Boric said, warning that the toll would rise."],
      "chile-wildfires-2024-02", n="Chile wildfires."),
  OFF("2024-02-03 09:30", "US strikes Iran-backed groups in Iraq and Syria",
      ["American bombers hit more than 80 targets linked to Iran's Revolutionary Guards and allied militias in Iraq and Syria overnight, in retaliation for a drone attack that killed three US soldiers in Jordan."],
      "us-strikes-iraq-syria-2024-02-03", n="Middle East; strikes, but not the Russia-Ukraine war."),
  E("2024-02-03 06:40", "Bakery collapse in Russian-held Ukrainian city traps dozens",
    ["Dozens of people were feared trapped after a bakery building collapsed in Lysychansk, a Russian-occupied city in eastern Ukraine, Russian state media reported on Saturday."],
    "strikes", "strikes", 3, LYS, n="Earliest report of the day's main story; no toll yet."),
  ]))

SEEDS.append(dict(id="7423", name="7423_dunsgarth-atom", ext="xml", source="Dunsgarth Ledger", zone="Europe/Warsaw", render=r_atom,
  title="Dunsgarth Ledger \u2014 Ukraine & Eastern Europe", url="https://dunsgarth-ledger.example/ukraine", lid=7301,
  lede="Reporting from Warsaw, Kyiv and the region",
  notes="Invented outlet. Atom feed, newest first, <published> with +01:00 (Warsaw, CET), per-entry <author>, escaped HTML content. " + D1,
  not_entries=["feed title/subtitle/links/id/updated", "<updated> and <id> of each entry"],
  entries=[
  E("2024-02-03 21:30", "Lysychansk: Moscow says toll reaches 13",
    ["The death toll from the collapse of a bakery in occupied Lysychansk has reached 13, Russia's emergencies ministry said late on Saturday.",
     "Moscow has blamed a Ukrainian missile strike for the disaster; Ukraine has not commented."],
    "strikes", "strikes", 3, LYS, a="Ilona Kruk"),
  E("2024-02-03 19:50", "First money from EU's \u20ac50bn facility expected in March",
    ["Ukraine should receive the first payment from the European Union's new 50 billion euro support facility in March, a European Commission official said, two days after EU leaders unlocked the package.",
     "The money is meant to keep Ukraine's budget afloat for four years."],
    "aid", "aid", 2, "eu-50bn-ukraine-facility-first-tranche", a="Marek Zawada", n="Different aid event from the IRIS-T delivery and the US Senate package."),
  E("2024-02-03 16:05", "Ukraine's drone makers doubled output last year, ministry says",
    ["Ukrainian manufacturers produced roughly twice as many military drones in 2023 as in the previous year, the ministry for strategic industries said on Saturday.",
     "Officials said most of the increase came from small first-person-view drones built by private workshops."],
    "other", "security", 2, "ukraine-drone-production-2023", a="Ilona Kruk", n="Same theme as the refinery-drone analysis (7421-03), different story: must not merge."),
  E("2024-02-03 12:55", "Kherson shelled, two dead",
    ["Two civilians died when Russian shells landed in a residential part of Kherson on Saturday, the regional governor said.",
     "Three more people were taken to hospital."],
    "strikes", "strikes", 3, KHE, a="Marek Zawada"),
  E("2024-02-03 10:20", "Polish hauliers say border deal with Kyiv is holding",
    ["Polish transport companies said trucks were crossing the Ukrainian border without major delays, three weeks after drivers ended a blockade that had lasted more than two months.",
     "Industry groups warned they could resume protests if talks with the European Commission stall."],
    "other", "politics", 2, "polish-hauliers-border-2024-02-03", a="Marek Zawada"),
  ]))

# ================================================================== DATA: Part B, day 2 = 2024-02-04 (UTC)
D2 = "Day 2 (2024-02-04 UTC): 7430, 7431, 7432, 7433."
ZR = "zelensky-leadership-reset-interview-2024-02-04"

SEEDS.append(dict(id="7430", name="7430_harrowby-htmllive", ext="html", source="Harrowby Courier", zone="Europe/London", render=r_harrowby,
  title="Russia-Ukraine war: Zelensky says 'reset' needed; Lisichansk toll passes 20", dateline="Sunday 4 February 2024",
  lede="Ukraine's president hints at changes at the top as Russian officials end the search at the collapsed bakery.",
  url="https://harrowby-courier.example/world/live/2024/feb/04/russia-ukraine-war-live", pid=5200,
  notes="Invented outlet (same as 7421, next day's page, same layout). Newest first. Entry 05 re-posts day-1 entry 7421-03 (the refinery analysis) "
        "nearly verbatim under the same headline: a re-post of day-1 content, importance 1. Entry 06 continues the day-1 Lysychansk story with "
        "a new development (search ended, toll 20) and keeps its slug; entry 02 continues the day-1 US Senate story (vote date). Entry 03 (Donetsk "
        "city shelling) is a different event from Lysychansk: must not merge. " + D2,
  not_entries=["cookie banner", "masthead and menu", "h1 title", "date line", "standfirst", "'By NAME' labels", "'Share this post / Copy link'", "'Related' box", "footer"],
  entries=[
  E("2024-02-04 19:40", "Russia says it repelled Ukrainian landing attempts near Krynky",
    ["Russia's defence ministry said its forces had beaten back attempts by Ukrainian marines to widen their foothold on the left bank of the Dnipro near the village of Krynky."],
    "other", "frontline", 2, "krynky-fighting-2024-02-04", a="Fiona Draycott"),
  E("2024-02-04 16:35", "Schumer: first Senate vote on border and Ukraine deal this week",
    ["Senate Majority Leader Chuck Schumer said the chamber would hold its first procedural vote on the border security and foreign aid package no later than Wednesday.",
     "The bill text is expected to be released on Sunday evening, Washington time."],
    "aid", "aid", 3, SEN, a="Callum Ashby", n="Continuation of the day-1 Senate story (new development: vote date); carried by 7430 and 7433."),
  E("2024-02-04 14:50", "Donetsk: Russian-installed officials say city centre shelled",
    ["Shelling hit the centre of the Russian-occupied city of Donetsk on Sunday afternoon, wounding three people, the Moscow-installed mayor said.",
     "Ukraine does not usually comment on such claims."],
    "strikes", "strikes", 2, "donetsk-city-shelling-2024-02-04", a="Fiona Draycott", n="Same theme/region as Lysychansk, different event: must not merge."),
  E("2024-02-04 12:30", "Zelensky: 'a reset is needed' at the top",
    ["President Volodymyr Zelensky has told Italian television that Ukraine needs a reset and that he is considering replacing a number of state leaders, not only in the army.",
     "Asked directly about the commander-in-chief, Valerii Zaluzhnyi, he said the discussion was about a wider group of people."],
    "other", "politics", 3, ZR, a="Callum Ashby"),
  E("2024-02-04 10:45", "Analysis: why Kyiv keeps sending drones at Russian refineries",
    ["Ukraine's long-range drones have hit at least half a dozen Russian oil facilities since mid-January, and the pattern looks deliberate.",
     "Refineries are large, fixed and hard to defend, and each strike forces Moscow to spread its air defences more thinly across a vast territory.",
     "The campaign also touches a sensitive nerve: fuel exports are among the Kremlin's main revenue sources."],
    "strikes", "strikes", 1, ANAL, a="Callum Ashby", n="Re-post of day-1 entry 7421-03 (same headline, near-verbatim body) -> importance 1."),
  E("2024-02-04 08:20", "Lisichansk toll passes 20 as rescuers end search",
    ["Russian emergency workers have finished clearing the rubble of the collapsed bakery in Lisichansk, and the number of dead now stands at 20, Russian-installed officials said.",
     "A day of mourning has been declared in the Moscow-controlled parts of Luhansk region."],
    "strikes", "strikes", 3, LYS, a="Fiona Draycott", n="Continuation of the day-1 story with a new development; keeps the day-1 slug."),
  ]))

SEEDS.append(dict(id="7431", name="7431_eskwater-textlive", ext="txt", source="Eskwater Report", zone=KY, render=r_eskwater,
  title="Live: Zelenskyy weighs leadership 'restart' as Lysychansk toll rises", dateline="Sunday 4 February", parse_args=["--date", "2024-02-04"],
  lede="Our team in Kyiv follows the day's events.",
  notes="Invented outlet. Text live blog, OLDEST first; date line 'Sunday 4 February' with no year anywhere (parse_args --date 2024-02-04); "
        "'All times are Kyiv time' (EET, UTC+2); each post is one line 'HH:MM | Headline', body, 'Reporting: NAME'. The last post '00:35' is "
        "past local midnight with no new date line: Monday 5 Feb local, 22:35 UTC on 4 Feb. Entry 01 is a photo teaser without body; entry 04 "
        "is the theme piece (explainer); entry 06 repeats entry 03 nearly verbatim. Spellings Zelenskyy / Zaluzhny here. " + D2,
  not_entries=["masthead and menu", "title and date lines", "'All times are Kyiv time.'", "lede line", "'Reporting: NAME' lines",
               "'Read more: our guide ...' link", "'This live page is now closed.'", "footer"],
  entries=[
  E("2024-02-04 09:10", "Pictured: flowers and candles outside the ruined Lysychansk bakery", [], "strikes", "strikes", 1, LYS,
    n="Photo teaser without body -> importance 1."),
  E("2024-02-04 10:55", "Lysychansk bakery: toll now 24, say Russian-installed authorities",
    ["Twenty-four people were killed when the bakery in occupied Lysychansk collapsed on Saturday, the Russian-installed head of the Luhansk region said on Sunday morning.",
     "Ukraine's military has not commented on Russian claims that the building was hit by a Ukrainian strike."],
    "strikes", "strikes", 3, LYS, a="Halyna Osadcha"),
  E("2024-02-04 13:20", "Zelenskyy tells Italian TV he is weighing a 'restart'",
    ["Volodymyr Zelenskyy said in an interview with Italy's RAI broadcaster that he was thinking about a restart, meaning a replacement of some of the country's leadership.",
     "He did not name the army chief, Valery Zaluzhny, whose possible dismissal has been the subject of speculation in Kyiv for a week."],
    "other", "politics", 3, ZR, a="Ivan Koval"),
  E("2024-02-04 15:40", "Explainer: who is Valery Zaluzhny?",
    ["General Valery Zaluzhny has led Ukraine's armed forces since July 2021, months before Russia's full-scale invasion.",
     "He is widely credited with the defence of Kyiv and the 2022 counteroffensives, and polls rank him among the country's most trusted figures.",
     "His relationship with the president has been strained since he wrote in November that the war had reached a stalemate."],
    "other", "politics", 2, "explainer-zaluzhny-profile", a="Ivan Koval",
    n="Theme piece (explainer with body): own story, importance 2; must not merge with the reset interview."),
  E("2024-02-04 18:05", "Shelling damages homes in Kupiansk",
    ["Russian artillery and guided bombs struck Kupiansk in Kharkiv region during the afternoon, damaging a dozen houses and a shop, regional officials said.",
     "One woman was wounded."],
    "strikes", "strikes", 2, "kupiansk-shelling-2024-02-04", a="Halyna Osadcha"),
  E("2024-02-04 21:30", "Zelenskyy tells Italian TV he is considering a 'restart'",
    ["Volodymyr Zelenskyy said in an interview with Italy's RAI broadcaster that he was thinking about a restart, meaning a replacement of some of the country's leadership.",
     "He did not name the army chief, Valery Zaluzhny, whose possible dismissal has been the subject of speculation in Kyiv for a week."],
    "other", "politics", 1, ZR, a="Ivan Koval", dup="7431-03", n="Near-verbatim repeat of 7431-03 (one headline word changed) -> importance 1."),
  E("2024-02-05 00:35", "Air raid alert in the south as drones head for Odesa",
    ["The air force warned shortly after midnight that groups of Russian attack drones were flying towards the Odesa and Mykolaiv regions.",
     "Residents were urged to stay in shelters."],
    "strikes", "strikes", 2, "drones-towards-odesa-night-2024-02-04", a="Halyna Osadcha",
    n="Past local midnight (Monday 00:35 EET) with no new date line; 22:35 UTC on 4 Feb."),
  ]))

SEEDS.append(dict(id="7432", name="7432_hobcarton-worldatom", ext="xml", source="Hobcarton Live", zone="UTC", render=r_atom,
  title="Hobcarton Live \u2014 World", url="https://hobcarton.example/world", lid=40410,
  lede="World news as it happens",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z (UTC), no authors; four of six entries are not about the "
        "war (Namibia's president, Chile fires, Senegal protests, El Salvador election). Spelling 'Lysychansk'; its toll (28) is the day's "
        "latest. " + D2,
  not_entries=["feed title/subtitle/links/id/updated", "<updated> and <id> of each entry"],
  entries=[
  E("2024-02-04 19:00", "Lysychansk bakery collapse: death toll rises to 28",
    ["The number of people killed when a bakery collapsed in the Russian-occupied city of Lysychansk rose to 28, Russia's emergencies ministry said on Sunday evening."],
    "strikes", "strikes", 3, LYS),
  OFF("2024-02-04 14:40", "Police clash with protesters in Dakar over election delay",
      ["Police in Senegal's capital fired tear gas at hundreds of opposition supporters protesting against the postponement of this month's presidential election."],
      "senegal-election-delay-protests", n="Senegal politics."),
  OFF("2024-02-04 13:30", "Polls open in El Salvador as Bukele seeks second term",
      ["Salvadorans began voting in a presidential election that President Nayib Bukele is widely expected to win after his crackdown on gangs."],
      "el-salvador-election-2024", n="El Salvador election."),
  E("2024-02-04 12:10", "Ukraine's Zelensky hints at shake-up of military leadership",
    ["Ukrainian President Volodymyr Zelensky said in a television interview broadcast on Sunday that he was considering a reset of the country's leadership, including in the military."],
    "other", "politics", 3, ZR),
  OFF("2024-02-04 09:45", "Chile fire death toll passes 110",
      ["At least 112 people have been confirmed dead in the wildfires around Vi\u00f1a del Mar, Chilean officials said, making them the country's deadliest fires in years."],
      "chile-wildfires-2024-02", n="Chile wildfires."),
  OFF("2024-02-04 05:30", "Namibia's president Hage Geingob dies at 82",
      ["Namibia's President Hage Geingob has died in hospital in Windhoek, where he was being treated for cancer, the presidency announced."],
      "namibia-president-geingob-dies", n="Namibia."),
  ]))

SEEDS.append(dict(id="7433", name="7433_cragfoot-article", ext="txt", source="Cragfoot Bulletin", zone="Europe/Berlin", render=r_cragfoot,
  title="Zelensky considers leadership reset \u2014 Senate vote on Ukraine aid this week", byline="Jana Kessler", stand="2024-02-04 17:45",
  lede="Ukraine's president hints at personnel changes, while in Washington a vote on new aid draws closer.",
  more="Germany's air defence deliveries to Ukraine",
  notes="Invented outlet with German site chrome. Text article with three section headings; one entry per section, stamp null, published = "
        "'Stand: 04.02.2024 17:45 Uhr' (Berlin, CET = UTC+1, no zone printed); page byline 'Von Jana Kessler' as author. Section 3 (Patriot "
        "missiles) is a different aid decision from the Senate package (section 2) and from day 1's IRIS-T delivery: must not merge. " + D2,
  not_entries=["outlet name and breadcrumb", "cookie line (German)", "title line", "'Stand:' and 'Von' lines", "lede paragraph",
               "'Teilen' share line", "'Mehr zum Thema' link", "footer (Impressum, Datenschutz)"],
  entries=[
  E("2024-02-04 17:45", "Zelensky signals a shake-up",
    ["In an interview with the Italian broadcaster RAI, Ukraine's President Volodymyr Zelensky said he was thinking about a fresh start with a broader change of leadership.",
     "Reports of a planned dismissal of commander-in-chief Valerii Zaluzhnyi have circulated since the end of January; the president's office has denied that a decision has been taken."],
    "other", "politics", 3, ZR, a="Jana Kessler"),
  E("2024-02-04 17:45", "US Senate: vote on aid package expected by Wednesday",
    ["In Washington, Democratic Majority Leader Chuck Schumer said the Senate would vote on the compromise package of border security and aid for Ukraine and Israel by Wednesday at the latest.",
     "Former President Donald Trump has urged Republicans to reject the deal."],
    "aid", "aid", 3, SEN, a="Jana Kessler"),
  E("2024-02-04 17:45", "Berlin to pay for more Patriot missiles",
    ["Germany will finance an additional batch of Patriot interceptor missiles for Ukraine through a European arms manufacturer, the defence ministry in Berlin said on Sunday.",
     "The ministry gave no figure but said deliveries would begin this year."],
    "aid", "aid", 2, "germany-patriot-missiles-financing-2024-02-04", a="Jana Kessler", n="Different aid decision from the Senate package: must not merge."),
  ]))

# ================================================================== DATA: Part B, day 3 = 2024-05-15 (UTC)
D3 = "Day 3 (2024-05-15 UTC): 7440, 7441, 7442, 7443."
BLK = "blinken-kyiv-visit-2bn-2024-05-15"
KHA = "kharkiv-glide-bomb-strike-2024-05-15"
VOV = "vovchansk-fighting-2024-05-15"
ZTR = "zelensky-cancels-spain-portugal-trips-2024-05-15"

SEEDS.append(dict(id="7440", name="7440_duddonvale-textlive", ext="txt", source="Duddonvale Gazette", zone="Europe/London", render=r_duddonvale,
  title="Russia-Ukraine war live: Blinken promises $2bn for Kyiv as Kharkiv strike toll rises", parse_args=["--date", "2024-05-15"],
  lede="The US secretary of state is in Kyiv as Russian troops push into Kharkiv region. Here is the latest.",
  notes="Invented outlet. Text live blog, newest first, with day headers 'Thursday 16 May' / 'Wednesday 15 May' and no year anywhere "
        "(parse_args --date 2024-05-15, the page's main day); stamp line '4.15pm BST' (UTC+1) before the headline; 'By NAME' line after it. "
        "'Key Points' lists two headlines verbatim (7440-03, 7440-06: key_point true). The top post (12.20am BST on Thursday 16 May) is 23:20 UTC "
        "on 15 May. Entry 04 is the theme piece (analysis). " + D3,
  not_entries=["masthead and menu", "title line", "lede", "'Key Points' header and bullets", "day headers 'Thursday 16 May' and 'Wednesday 15 May'",
               "'By NAME' lines", "briefing sign-up plug", "'Load earlier posts'", "footer"],
  entries=[
  E("2024-05-16 00:20", "Zelenskyy postpones all foreign trips",
    ["Volodymyr Zelenskyy has called off his upcoming visits abroad, including to Spain, his spokesperson said, as Russian forces press their offensive in the Kharkiv region."],
    "diplomacy", "diplomacy", 3, ZTR, a="Tom Ferrier", n="Thursday 16 May 00:20 BST = 23:20 UTC on 15 May."),
  E("2024-05-15 18:10", "Putin heads to Beijing for talks with Xi",
    ["Vladimir Putin will travel to China on Thursday for a two-day state visit, his first foreign trip since being sworn in for a fifth term, the Kremlin said.",
     "Ukraine and energy cooperation are expected to be on the agenda of his talks with Xi Jinping."],
    "diplomacy", "diplomacy", 3, "putin-china-state-visit-2024-05-16", a="Rhiannon Pryce"),
  E("2024-05-15 15:40", "Kharkiv strike: death toll rises to three",
    ["Three people have now died after the morning glide-bomb attack on Kharkiv, the city's mayor, Ihor Terekhov, said.",
     "Two of the wounded are in serious condition."],
    "strikes", "strikes", 3, KHA, a="Tom Ferrier", kp=True),
  E("2024-05-15 13:20", "Analysis: why glide bombs are so hard to stop",
    ["Russia's glide bombs are old free-fall bombs fitted with wings and satellite guidance, which lets jets release them from 60 kilometres or more away.",
     "That keeps the aircraft outside the range of most Ukrainian air defences, and the bombs themselves are small targets.",
     "Kyiv's answer, officials say, would be more long-range interceptors and permission to hit the airfields the jets take off from."],
    "strikes", "strikes", 2, "analysis-glide-bombs", a="Tom Ferrier", n="Theme piece (analysis with body): own story, importance 2; must not merge with the Kharkiv strike."),
  E("2024-05-15 11:45", "Glide bomb hits Kharkiv residential block, one dead",
    ["A Russian guided aerial bomb struck a residential area of Kharkiv on Wednesday morning, killing one person and wounding at least 12, regional governor Oleh Syniehubov said.",
     "It was the third attack on the city in 24 hours."],
    "strikes", "strikes", 3, KHA, a="Tom Ferrier"),
  E("2024-05-15 09:30", "Blinken announces $2bn in military financing for Ukraine",
    ["US Secretary of State Antony Blinken has announced $2bn in foreign military financing for Ukraine, telling students in Kyiv that American help was on its way.",
     "Part of the money will go to weapons bought directly from Ukrainian manufacturers, he said."],
    "aid", "aid", 3, BLK, a="Rhiannon Pryce", sec=["diplomacy"], kp=True),
  E("2024-05-15 07:05", "Russia claims more villages in Kharkiv region as fighting rages in Vovchansk",
    ["Russia's defence ministry said on Wednesday its troops had taken two more villages in the Kharkiv region, five days into a cross-border offensive.",
     "Ukrainian officials said street fighting was under way in Vovchansk, a town five kilometres from the border."],
    "other", "frontline", 3, VOV, a="Rhiannon Pryce", n="Ground fighting in the same region as the Kharkiv city strike: must not merge."),
  ]))

SEEDS.append(dict(id="7441", name="7441_gowbarrow-rss", ext="xml", source="Gowbarrow Wire", zone=KY, render=r_rss, rfc="offset",
  title="Gowbarrow Wire \u2014 Ukraine", url="https://gowbarrow-wire.example", lid=23050,
  lede="News agency service from Kyiv",
  notes="Invented outlet. Agency RSS 2.0 feed, newest first, pubDate with +0300 (Kyiv, EEST), dc:creator per item. Kharkiv toll two at 15:30 and "
        "five at 21:20 local. Entry 05 (Czech ammunition initiative) is a different aid event from Blinken's $2bn: must not merge. " + D3,
  not_entries=["channel title/link/description/language", "link, guid and category of each item"],
  entries=[
  E("2024-05-15 21:20", "Kharkiv death toll from daytime bombing reaches five",
    ["Five people have died as a result of Wednesday's guided-bomb attack on Kharkiv, Governor Oleh Syniehubov said in the evening."],
    "strikes", "strikes", 3, KHA, a="Bohdan Lytvyn"),
  E("2024-05-15 18:50", "Belousov holds first meeting as Russia's defence minister",
    ["Andrei Belousov, the economist Vladimir Putin chose to lead the defence ministry, held his first meeting with the ministry's leadership and promised tighter control of military spending, Russian media reported."],
    "other", "politics", 2, "belousov-first-meeting-defence-ministry-2024-05-15", a="Svitlana Hnatiuk"),
  E("2024-05-15 15:30", "Kharkiv hit by guided aerial bombs, two dead",
    ["Two people were killed and more than a dozen injured when Russian guided aerial bombs struck Kharkiv on Wednesday morning, the regional military administration said."],
    "strikes", "strikes", 3, KHA, a="Bohdan Lytvyn"),
  E("2024-05-15 12:05", "US Secretary of State announces $2bn for Ukraine's defence",
    ["Antony Blinken said in Kyiv that the United States would provide two billion dollars to strengthen Ukraine's defence, including investments in its own arms industry.",
     "It was the top US diplomat's fourth visit to Ukraine since the full-scale invasion began."],
    "aid", "aid", 3, BLK, a="Svitlana Hnatiuk", sec=["diplomacy"]),
  E("2024-05-15 10:40", "Czech-led initiative delivers first shells from new batch",
    ["The first artillery rounds bought under the Czech-led initiative to source ammunition outside Europe have reached Ukraine, Czech officials said on Wednesday.",
     "Prague has said the initiative could provide up to 800,000 shells this year."],
    "aid", "aid", 2, "czech-ammunition-initiative-deliveries-2024-05-15", a="Svitlana Hnatiuk", n="Different aid event from Blinken's $2bn: must not merge."),
  E("2024-05-15 08:15", "Occupiers push towards Vovchansk, General Staff says",
    ["Russian troops tried to advance on several sectors around Vovchansk overnight, and heavy fighting continues in the town itself, Ukraine's General Staff said in its morning update.",
     "The evacuation of civilians from the area is continuing."],
    "other", "frontline", 3, VOV, a="Bohdan Lytvyn"),
  ]))

SEEDS.append(dict(id="7442", name="7442_hallinfold-worldrss", ext="xml", source="Hallinfold Review", zone="America/New_York", render=r_rss, rfc="offset",
  title="Hallinfold Review: World", url="https://hallinfold.example", lid=66001,
  lede="International headlines from our New York desk",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate with -0400 (New York, EDT), no authors; four of six items are "
        "not about the war (India heat, US inflation, Sumatra floods, Wall Street). Spelling 'Kharkov' (Russian form). " + D3,
  not_entries=["channel title/link/description/language", "link, guid and category of each item"],
  entries=[
  OFF("2024-05-15 17:30", "Wall Street closes at record high after inflation data",
      ["The S&P 500 and the Nasdaq ended at record highs as cooler inflation figures revived bets that the Federal Reserve could cut interest rates this year."],
      "wall-street-record-2024-05-15", n="markets."),
  E("2024-05-15 13:55", "Kharkov strike kills four, officials say",
    ["A Russian air strike on the Ukrainian city of Kharkov killed four people and injured around 20, local officials said."],
    "strikes", "strikes", 3, KHA),
  OFF("2024-05-15 12:45", "Rescuers search for missing after Sumatra floods",
      ["Indonesian rescuers were still looking for more than a dozen people missing after flash floods and cold lava flows from Mount Marapi swept through villages in West Sumatra."],
      "west-sumatra-floods-2024-05", n="Indonesia floods."),
  E("2024-05-15 10:10", "Blinken unveils $2 billion arms fund during Kyiv visit",
    ["Secretary of State Antony Blinken announced a two-billion-dollar package to help Ukraine buy weapons, saying in a speech in Kyiv that the money would also support the country's defence industry."],
    "aid", "aid", 3, BLK, sec=["diplomacy"]),
  OFF("2024-05-15 08:35", "US inflation eases in April, lifting hopes of rate cuts",
      ["Consumer prices in the United States rose 3.4 percent in the year to April, slightly slower than in March, the Labor Department said."],
      "us-inflation-april-2024", n="US economy."),
  OFF("2024-05-15 06:30", "Northern India swelters as temperatures near 47C",
      ["Parts of northern India recorded temperatures close to 47 degrees Celsius, and weather officials warned that the heatwave would last at least five more days."],
      "india-heatwave-2024-05", n="weather."),
  ]))

SEEDS.append(dict(id="7443", name="7443_glaramara-htmllive", ext="html", source="Glaramara Post", zone="Europe/Berlin", render=r_glaramara,
  title="Live: Blinken in Kyiv as Russia presses Kharkiv offensive", dateline="Wednesday, 15 May 2024",
  lede="The latest on Russia's war against Ukraine, from our Berlin newsroom.",
  url="https://glaramara-post.example/live/ukraine-2024-05-15", pid=900,
  notes="Invented outlet. HTML live blog, newest first; JSON-LD @graph (WebPage + LiveBlogPosting with liveBlogUpdate, +02:00); visible stamp "
        "'16:05' in <time datetime> (Berlin, CEST); author '(NAME)' after the body. Spelling 'Volchansk' (Russian form) in entry 04. Entry 07 is a "
        "video teaser without body; entry 01 repeats entry 06 nearly verbatim (printed above its original; duplicate_of names the original). "
        "Entry 05 (Germany's IRIS-T missiles) is a different aid decision from Blinken's $2bn: must not merge. " + D3,
  not_entries=["masthead and menu", "h1 title", "date line", "teaser/lede line", "'(NAME)' author lines", "video placeholder of the teaser",
               "newsletter promo", "footer"],
  entries=[
  E("2024-05-15 21:40", "Blinken promises $2bn and more air defence for Ukraine",
    ["On the second day of his visit to Kyiv, US Secretary of State Antony Blinken said Washington would provide two billion dollars in military financing and was working to find more Patriot systems for Ukraine.",
     "He spoke at the Kyiv Polytechnic Institute after his meeting with President Zelensky."],
    "aid", "aid", 1, BLK, a="Lukas Brenner", sec=["diplomacy"], dup="7443-06", n="Near-verbatim repeat of 7443-06 (one word changed) -> importance 1."),
  E("2024-05-15 19:50", "Kharkiv: fourth victim dies in hospital",
    ["A fourth person has died of injuries suffered in the morning glide-bomb attack on Kharkiv, the regional governor said.",
     "Emergency services finished searching the damaged buildings in the afternoon."],
    "strikes", "strikes", 3, KHA, a="Lukas Brenner"),
  E("2024-05-15 16:05", "Zelensky calls off trips to Spain and Portugal",
    ["President Volodymyr Zelensky has cancelled planned visits to Spain and Portugal because of the situation in the Kharkiv region, his office said.",
     "New dates will be agreed with both governments."],
    "diplomacy", "diplomacy", 3, ZTR, a="Miriam Adler"),
  E("2024-05-15 14:30", "Volchansk: Ukrainian commander says troops still hold town centre",
    ["A Ukrainian battalion commander in Volchansk said his soldiers were holding positions in the centre despite constant artillery and glide-bomb attacks.",
     "Russian forces entered the northern outskirts on Tuesday."],
    "other", "frontline", 3, VOV, a="Lukas Brenner"),
  E("2024-05-15 12:00", "Germany to fund 100 more IRIS-T missiles",
    ["Germany will pay for about 100 additional IRIS-T interceptor missiles for Ukraine, Defence Minister Boris Pistorius said during a visit to the manufacturer's plant in southern Germany.",
     "The first of them should arrive before the end of the year."],
    "aid", "aid", 2, "germany-iris-t-missiles-financing-2024-05-15", a="Miriam Adler", n="Different aid decision from Blinken's $2bn and the Czech initiative: must not merge."),
  E("2024-05-15 10:15", "Blinken promises $2bn and more air defence for Ukraine",
    ["On the second day of his visit to Kyiv, US Secretary of State Antony Blinken said Washington would provide two billion dollars in military financing and was working to find more Patriot systems for Ukraine.",
     "He spoke at the Kyiv Polytechnic Institute after meeting President Zelensky."],
    "aid", "aid", 3, BLK, a="Lukas Brenner", sec=["diplomacy"]),
  E("2024-05-15 08:30", "Watch: Blinken joins a Kyiv bar band on stage", [], "diplomacy", "diplomacy", 1, BLK,
    n="Video teaser without body -> importance 1, under the visit story."),
  ]))


# ================================================================== emit
def basis(S, i, e, st, d):
    r = S["render"].__name__; u = d.astimezone(UTC)
    first = dt(S["entries"][0]["t"], S["zone"])
    wrapped = d.date() != first.date()
    if r == "r_joplin":
        return f"AP-style time line '{st}' under the page's only date, 'Jan 12, 2024' (BLOX header <time datetime> with -06:00); no zone printed: outlet home US Central, CST = UTC-6; newest first, no wrap"
    if r == "r_muskogee":
        return f"'{st}' (weekday, full date, 12-hour time); outlet home US Central, CST = UTC-6" + ("; local Saturday evening is already 7 Jan in UTC" if d.day == 6 else "")
    if r == "r_enid":
        return f"pubDate '{st}' (explicit -0600)"
    if r == "r_salina":
        return f"no per-section time; the article's 'Published' line ({ap_time(d)} CT {MONTHS[d.month - 1]} {d.day}, {d.year}; CT = CDT, UTC-5) is used for every section, not the 'Updated' line; JSON-LD datePublished {u:%Y-%m-%dT%H:%M:%SZ} agrees"
    if r == "r_hutch":
        return f"stamp '{st}' (the page prints no year: parse_args --date {S['parse_args'][1]}); CT after the March DST change = CDT, UTC-5"
    if r == "r_gii":
        return f"visible stamp is relative ('{st}', captured at 18:45 CST on 1 March); the exact time is the card's <time datetime=\"{iso(d)}\"> attribute"
    if r == "r_minot":
        return f"pubDate '{st}' (explicit +0000); published_local in the outlet's zone (CDT, UTC-5)"
    if r == "r_helena":
        return (f"bare AP time '{st}' after the single date line 'Mar 22, 2024' and '(All times MDT)', oldest first; "
                + ("the times fall back after '10:55 p.m.', so this post is past local midnight: Saturday 23 March" if wrapped else "before the local midnight wrap: Friday 22 March")
                + "; MDT = UTC-6")
    if r == "r_bozeman":
        return f"no per-brief time; the page's <time datetime=\"{iso(d)}\"> (visible text only 'Apr 15, 2024') and JSON-LD datePublished are used for every brief; MDT = UTC-6"
    if r == "r_hdn":
        return f"date line '{st}' (full date and time); Istanbul time, UTC+3, no zone printed" + ("; after local midnight but still 1 January in UTC" if d.day == 2 else "")
    if r == "r_glenmarrow":
        return f"stamp '{st}' (EET = UTC+2) under the date line '{S['dateline']}'; newest first"
    if r == "r_harrowby":
        return f"stamp '{st}' in <time datetime=\"{iso(d)}\"> under the date line '{S['dateline']}'; the JSON-LD liveBlogUpdate datePublished agrees"
    if r == "r_rss":
        return f"pubDate '{st}' (explicit zone)"
    if r == "r_atom":
        return f"<published> '{st}' (explicit offset)"
    if r == "r_eskwater":
        return (f"stamp '{st}' under the date line 'Sunday 4 February' (no year: parse_args --date 2024-02-04); Kyiv EET = UTC+2; oldest first"
                + ("; the time falls back after '21:30', so this post is past local midnight (Monday 5 Feb local) but still 4 Feb in UTC" if wrapped else ""))
    if r == "r_cragfoot":
        return f"no per-section time; 'Stand: {d:%d.%m.%Y %H:%M} Uhr' (Berlin, CET = UTC+1, no zone printed) is used for every section"
    if r == "r_duddonvale":
        return (f"stamp '{st}' under the day header '{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]}' (no year: parse_args --date {S['parse_args'][1]}); BST = UTC+1"
                + ("; 23:20 UTC on 15 May" if d.day == 16 else ""))
    if r == "r_glaramara":
        return f"stamp '{st}' in <time datetime=\"{iso(d)}\"> (CEST = UTC+2) under '{S['dateline']}'; the JSON-LD liveBlogUpdate datePublished agrees"
    raise ValueError(r)


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
                         "published_basis": basis(S, i, e, stamps[i], d),
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

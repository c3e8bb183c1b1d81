#!/usr/bin/env python3
"""Builds the eval/hc seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own invented wording, set in October 2032 with the war still under
way. Part A imitates, from memory, the page layouts of ten real US outlets; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/hc/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Mo.", "Ill.", "N.J.", "Va.", "Md.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: local time 'YYYY-MM-DD HH:MM[:SS]' in the page zone, headline (or None), body paragraphs, labels."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
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
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(zone))


def ampm_dots(d):
    """AP style: '3:50 p.m.'"""
    return f"{d.hour % 12 or 12}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"


def ampm_caps(d, lead0=False):
    h = d.hour % 12 or 12
    return f"{h:02d}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}" if lead0 else f"{h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def ampm_uk(d):
    """British live-blog style: '8.42pm'"""
    return f"{d.hour % 12 or 12}.{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


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
    if gmt:
        return d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + d.strftime("%z")


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70]


def iso_local(d):
    return d.isoformat()


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
            lf = "%Y-%m-%d %H:%M:%S " if d.second else "%Y-%m-%d %H:%M "
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime(lf) + S["zone"],
                         "published_basis": (e.get("basis") or S["basis"]).format(s=stamps[i], d=d.strftime(lf.strip()), z=S["zone"],
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


SEEDS = []


# ================================================================ Part A renderers (layouts of real US outlets, from memory)

def r_wral_latest(S):
    """WRAL.com page carrying an AP 'The Latest' story, HTML. NewsArticle JSON-LD (page dates only); 'Posted 4:05 a.m. Oct 1, 2032
    — Updated 3:52 p.m. Oct 1, 2032'; byline 'By The Associated Press'; intro '(all times EDT)'; items newest first, each a bold
    bare time '3:50 p.m.' then paragraphs, items separated by '___' (no item headlines)."""
    z = S["zone"]; order_check(S, True)
    posted = dt(S["posted"], z); upd = dt(S["updated"], z)
    pl = lambda d: f"{ampm_dots(d)} {SHORT[d.month - 1]} {d.day}, {d.year}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": posted.isoformat(), "dateModified": upd.isoformat(),
          "author": [{"@type": "Organization", "name": "The Associated Press"}],
          "publisher": {"@type": "Organization", "name": "WRAL", "logo": {"@type": "ImageObject", "url": "https://www.wral.com/images/wral-logo.png"}}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} :: WRAL.com</title>',
           '<meta property="og:site_name" content="WRAL.com">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="site-header"><a class="logo" href="/">WRAL</a><nav><a href="/news/">News</a> <a href="/weather/">Weather</a> '
           '<a href="/traffic/">Traffic</a> <a href="/sports/">Sports</a> <a href="/5onyourside/">5 On Your Side</a> <a href="/investigates/">Investigates</a> '
           '<a href="/wralplus/">WRAL+</a> <a class="watch" href="/news/video/">Watch Live</a></nav></header>',
           '<div class="weather-bar"><span>Raleigh</span> <span>71°</span> <span>Partly cloudy</span> <a href="/weather/">7-Day Forecast</a></div>',
           '<article class="story"><div class="story-kicker"><a href="/news/ap/">AP</a> \u203a <a href="/news/ap/world/">World News</a></div>',
           f'<h1 class="story-headline">{esc(S["title"])}</h1>',
           '<div class="story-byline">By <span class="author">The Associated Press</span></div>',
           f'<div class="story-timestamp">Posted {pl(posted)} \u2014 Updated {pl(upd)}</div>',
           '<div class="story-share"><a>Facebook</a> <a>X</a> <a>Email</a> <a>Copy link</a></div>',
           '<div class="story-body">', f'<p>{esc(S["intro"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm_dots(d); stamps.append(st)
        out += ['<p>___</p>', f'<p><strong>{st}</strong></p>'] + [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 2:
            out.append('<div class="ad-slot">ADVERTISEMENT</div>')
    out += ['<p>___</p>', f'<p>{esc(S["follow"])}</p>', '</div>',
            f'<p class="copyright">Copyright {posted.year} The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p>',
            '</article>', '<aside class="more-from"><h3>More From WRAL</h3><ul>' + "".join(f'<li><a href="/story/{slugify(x)}/">{esc(x)}</a></li>' for x in S["more"]) + '</ul></aside>',
            '<footer><a href="/contact/">Contact Us</a> <a href="/fcc/">FCC Public File</a> <a href="/privacy/">Privacy Policy</a> <a href="/terms/">Terms of Use</a> '
            f'<p>Copyright {posted.year} Capitol Broadcasting Company. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_gannett_text(S):
    """A USA TODAY Network (Gannett) paper's article page, text scrape: section label, headline, author on one line and
    'USA TODAY' on the next, 'Published 6:40 p.m. ET Oct. 4, 2032', photo with 'Show Caption'/'Hide Caption', lede paragraphs,
    then subheaded sections (one entry each, no per-section time), 'Contributing:' line, related links."""
    z = S["zone"]; pub = dt(S["published"], z)
    stampline = f"Published {ampm_dots(pub)} ET {AP_MON[pub.month - 1]} {pub.day}, {pub.year}"
    L = ["Skip to main content", "", S["source"], "Subscribe", "Sign In", "",
         "Home   News   Sports   Autos   Entertainment   Opinion   Obituaries   Weather   Legal Notices   E-Edition", "",
         "WORLD", "", S["title"], "", S["author"], "USA TODAY", "", stampline, "",
         "Show Caption", "Hide Caption", S["caption"], "", ""] + ptxt(S["lede"])
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Get the latest news delivered to your inbox: Sign up for our Daily Briefing newsletter.", ""]
    L += [S["contrib"], "", "Related", ""] + [x for r in S["related"] for x in (r, "")] + [
        "About Us   Newsroom Staff   Careers   Ethical Principles   Subscription Terms & Conditions   Your Privacy Choices   Accessibility",
        f"\u00a9 {pub.year} {S['domain']}. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_mcclatchy_rss(S):
    """A McClatchy paper's section RSS (the '?widgetName=rssfeed&...&getXmlFeed=true' kind): pubDate in GMT, one-paragraph
    plain-text description, article1234567890.html links, dc:creator only on staff pieces, media:thumbnail."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>',
           f'<description>{esc(S["desc"])}</description>', '<language>en-us</language>',
           f'<copyright>Copyright {dt(S["entries"][0]["t"], z).year} {esc(S["source"])}</copyright>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=True)}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=True); stamps.append(st)
        link = f'{S["url"]}article{295118240 + i * 3177}.html'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += [f'<description>{esc(" ".join(e["p"]))}</description>',
                f'<media:thumbnail url="https://www.kansascity.com/public/latest-news/{slugify(e["h"])[:30]}/alternates/LANDSCAPE_1140/thumb.jpg"/>',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_tribune_listing(S):
    """Chicago Tribune section front (the WordPress platform of the Tribune/MediaNews papers), HTML. Cards newest first:
    category, headline link, excerpt, 'By NAME' (affiliation after ' | '), <time datetime="...-05:00">October 8, 2032 at 2:15 PM</time>
    (no zone printed: Chicago time). A 'Trending Nationally' rail of links and ad slots sit between cards."""
    z = S["zone"]; order_check(S, True)
    base = "https://www.chicagotribune.com"
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} \u2013 Chicago Tribune</title>',
           '<meta name="robots" content="max-image-preview:large"></head><body class="archive category">',
           '<header class="header"><a class="logo" href="/">Chicago Tribune</a> <a class="subscribe" href="/subscribe/">Subscribe</a> '
           '<a class="login" href="/login/">Log In</a><nav class="main-nav"><a href="/news/">News</a> <a href="/sports/">Sports</a> '
           '<a href="/business/">Business</a> <a href="/opinion/">Opinion</a> <a href="/things-to-do/">Things To Do</a> <a href="/obituaries/">Obituaries</a> '
           '<a href="/nation-world/">Nation &amp; World</a> <a href="/politics/">Politics</a> <a href="/suburbs/">Suburbs</a> <a href="/eedition/">eNewspaper</a></nav></header>',
           f'<main><h1 class="archive-title">{esc(S["title"])}</h1><div class="article-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} at {ampm_caps(d)}"; stamps.append(st)
        url = f"{base}/{d:%Y/%m/%d}/{slugify(e['h'])}/"
        by = f'By {esc(e["a"])}' + (f' | {esc(e["aff"])}' if e.get("aff") else "") if e["a"] else f'By {esc(e["aff"])}'
        out.append(f'<article class="article-summary"><div class="article-category"><a href="/{slugify(e["cat"])}/">{esc(e["cat"])}</a></div>'
                   f'<h3 class="article-title"><a href="{url}">{esc(e["h"])}</a></h3>'
                   f'<div class="article-excerpt">' + "".join(f'<p>{esc(p)}</p>' for p in e["p"]) + '</div>'
                   f'<div class="article-meta"><span class="byline">{by}</span> '
                   f'<time class="time" datetime="{d.isoformat()}">{st}</time></div></article>')
        if i == 2:
            out.append('<div class="ad-slot">ADVERTISEMENT</div>')
        if i == 4:
            out.append('<aside class="trending"><h2>Trending Nationally</h2><ul>' + "".join(f'<li><a href="/trending/{slugify(x)}/">{esc(x)}</a></li>' for x in S["trending"]) + '</ul></aside>')
    out += ['</div><a class="load-more" href="/nation-world/page/2/">Load More</a></main>',
            '<footer class="footer"><a href="/about/">About Us</a> <a href="/contact-us/">Contact Us</a> <a href="/privacy-policy/">Privacy Policy</a> '
            '<a href="/terms-of-service/">Terms of Service</a> <a href="/do-not-sell/">Do Not Sell or Share My Personal Information</a>'
            f'<p>Copyright \u00a9 {dt(S["entries"][0]["t"], z).year} Chicago Tribune</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_hearst_rss(S):
    """Houston Chronicle (Hearst) section RSS: pubDate with the Central offset (-0500 in October) and seconds, dc:creator
    'NAME, Associated Press' or a staff name, description as escaped HTML (thumbnail img + paragraphs), /article/slug-12345678.php links."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.houstonchronicle.com/news/nation-world/world/</link>',
           f'<description>{esc(S["desc"])}</description>', '<language>en-us</language>',
           '<atom:link href="https://www.houstonchronicle.com/rss/feed/World-News-30000.php" rel="self" type="application/rss+xml"/>',
           f'<pubDate>{rfc822(dt(S["entries"][0]["t"], z))}</pubDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f'https://www.houstonchronicle.com/news/nation-world/world/article/{slugify(e["h"])[:60].rstrip("-")}-{19811402 + i * 613}.php'
        inner = f'<img src="https://s.hdnux.com/photos/01/44/{10 + i}/{72 + i}/{26800000 + i * 91}/3/rawImage.jpg" />' + "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<dc:creator>{esc(e["a"] + (", " + e["aff"] if e.get("aff") else ""))}</dc:creator>' if e["a"] else '',
                f'<description>{esc(inner)}</description>', '</item>']
    out = [x for x in out if x]
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_sinclair_text(S):
    """A Sinclair station site (WJLA), text scrape of a running 'LIVE UPDATES' story from The National News Desk: header stamps
    'Wed, October 13th 2032 at 6:10 AM' / 'Updated Wed, October 13th 2032 at 4:45 PM', share row, lede, then blocks newest first,
    each opened by a line 'UPDATE | 4:45 p.m. ET' (the oldest block 'ORIGINAL STORY | 6:10 a.m. ET'), no block headlines."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    sd = lambda d: f"{DAYS[d.weekday()][:3]}, {MONTHS[d.month - 1]} {ordinal(d.day)} {d.year} at {ampm_caps(d)}"
    L = ["WJLA", "Watch Live", "", "News   Weather   Traffic   Sports   7News On Your Side   Politics   Nation & World   Good Morning Washington   Contests",
         "Weather Alerts (1)", "", "Nation & World", "", S["title"], "", f"by {S['author']} | The National News Desk", "",
         sd(first), f"Updated {sd(last)}", "", "Facebook", "Share on X", "Email", "Print", "AA", "", S["caption"], ""] + ptxt(S["lede"])
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm_dots(d)} ET"; stamps.append(st)
        label = "ORIGINAL STORY" if i == len(S["entries"]) - 1 else "UPDATE"
        L += [f"{label} | {st}", ""] + ptxt(e["p"])
        if i == 1:
            L += ["Loading ...", ""]
    L += [S["contrib"], "", "Trending", ""] + [x for r in S["trending"] for x in (r, "")] + [
        "Terms of Use   Privacy Policy   FCC Public File   FCC Applications   EEO Report   Closed Captioning/Audio Description   Contest Rules",
        f"\u00a9 {last.year} Sinclair, Inc."]
    return "\n".join(L) + "\n", stamps


def r_nexstar_rss(S):
    """A Nexstar station site's WordPress feed (WGN-TV): pubDate '+0000' with seconds, dc:creator in CDATA (a person, or the
    desk 'Nexstar Media Wire'), several categories, guid '?p=NNN', description = WordPress excerpt ending '[&#8230;]',
    content:encoded with the full paragraphs."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<atom:link href="https://wgntv.com/news/world/feed/" rel="self" type="application/rss+xml" />',
           '<link>https://wgntv.com</link>', '<description>Chicago&#039;s Very Own</description>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>', '<language>en-US</language>',
           '<sy:updatePeriod>hourly</sy:updatePeriod>', '<sy:updateFrequency>1</sy:updateFrequency>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f'https://wgntv.com/news/{e.get("cat", "world").lower()}/{slugify(e["h"])}/'
        words = " ".join(e["p"]).split()
        excerpt = " ".join(words[:28]) + " [&#8230;]"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<dc:creator><![CDATA[{e["a"]}]]></dc:creator>',
                f'<pubDate>{st}</pubDate>'] + [f'<category><![CDATA[{c}]]></category>' for c in e["cats"]] + [
                f'<guid isPermaLink="false">https://wgntv.com/?p={2461300 + i * 41}</guid>',
                f'<description><![CDATA[{excerpt}]]></description>',
                '<content:encoded><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content:encoded>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_blox_listing(S):
    """A Lee Enterprises paper on BLOX CMS (St. Louis Post-Dispatch), section front HTML. Cards newest first: headline link to
    article_<uuid>.html, tnt-summary, 'By NAME Associated Press' (AP names in capitals), and
    <time datetime="2032-10-18T14:05:00-05:00" class="tnt-date">4 hrs ago</time> (relative text as rendered at capture;
    the machine time is in the datetime attribute)."""
    z = S["zone"]; order_check(S, True); cap = dt(S["capture"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | stltoday.com</title>',
           '<meta name="generator" content="BLOX CMS"></head><body class="section-news-world">',
           '<header id="site-header"><a class="navbar-brand" href="/">STLtoday.com</a> <span class="weather">58\u00b0</span> '
           f'<span class="date">{DAYS[cap.weekday()]}, {MONTHS[cap.month - 1]} {cap.day}, {cap.year}</span> '
           '<a class="btn subscribe" href="/subscribe/">Subscribe</a> <a class="login" href="/users/login/">Log In</a>'
           '<nav><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/business/">Business</a> <a href="/opinion/">Opinion</a> '
           '<a href="/life-culture/">Life &amp; Culture</a> <a href="/obituaries/">Obituaries</a> <a href="/eedition/">eEdition</a></nav></header>',
           f'<main><div class="block-title"><h1>{esc(S["title"])}</h1></div><div class="card-grid">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((cap - d).total_seconds() // 60)
        st = f"{mins} min ago" if mins < 60 else ("1 hr ago" if mins < 120 else f"{mins // 60} hrs ago")
        stamps.append(st)
        uid = f"{0x5a3c10f2 + i * 7919:08x}-{0x1e2a + i:04x}-11ef-{0x9b40 + i * 3:04x}-{0x3f8d22c1a0e4 + i * 104729:012x}"
        by = f'By {esc(e["a"])}' + (f' {esc(e["aff"])}' if e.get("aff") else "")
        out.append(f'<article class="tnt-asset-type-article card summary"><div class="card-body">'
                   f'<div class="card-headline"><h3 class="tnt-headline"><a href="/news/world/article_{uid}.html">{esc(e["h"])}</a></h3></div>'
                   f'<div class="card-lead"><p class="tnt-summary">{esc(" ".join(e["p"]))}</p></div>'
                   f'<ul class="list-inline"><li class="card-byline"><span class="tnt-byline">{by}</span></li>'
                   f'<li class="card-date"><time datetime="{d.isoformat()}" class="tnt-date asset-date text-muted">{st}</time></li></ul></div></article>')
        if i == 3:
            out.append('<div class="tnt-ads">Advertisement</div>')
    out += ['</div><a class="btn load-more" href="/news/world/?o=20">Load more</a></main>',
            '<aside class="most-popular"><h2>Most Popular</h2><ol>' + "".join(f'<li><a href="/news/local/{slugify(x)}/">{esc(x)}</a></li>' for x in S["popular"]) + '</ol></aside>',
            f'<footer><p>\u00a9 Copyright {cap.year} St. Louis Post-Dispatch, 901 N. 10th Street St. Louis, MO | <a href="/site/terms/">Terms of Use</a> | '
            '<a href="/site/privacy/">Privacy Policy</a></p><p>Powered by BLOX Content Management System from BLOX Digital.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_njcom_text(S):
    """NJ.com (Advance Local) section page, text scrape. Cards newest first: headline, summary, 'By NAME | The Associated Press'
    or 'By NAME | NJ Advance Media for NJ.com', then 'Published: Oct. 19, 2032, 1:02 p.m.' or, for updated stories,
    'Updated: Oct. 19, 2032, 3:45 p.m.|Published: Oct. 19, 2032, 1:02 p.m.' (the gold stamp is the Published part)."""
    z = S["zone"]; order_check(S, True)
    f = lambda d: f"{AP_MON[d.month - 1]} {d.day}, {d.year}, {ampm_dots(d)}"
    L = ["Skip to Article", "", "nj.com", "Subscribe", "Sign In", "",
         "N.J. News   Politics   Sports   Entertainment   Opinion   Food   Weather   Jobs   Real Estate   Obituaries   Marketplace", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Published: {f(d)}"; stamps.append(st)
        line = (f"Updated: {f(dt(e['upd'], z))}|" if e.get("upd") else "") + st
        L += [e["h"], ""] + ptxt(e["p"]) + [f"By {e['a']} | {e['aff']}", line, ""]
        if i == 2:
            L += ["Our journalism needs your support. Please subscribe today to NJ.com.", ""]
    L += ["Load more stories", "",
          "If you purchase a product or register for an account through a link on our site, we may receive compensation. By using this site, "
          "you consent to our User Agreement and agree that your clicks, interactions, and personal information may be collected, recorded, "
          "and/or stored by us and social media and other third-party partners in accordance with our Privacy Policy.", "",
          f"\u00a9 {dt(S['entries'][0]['t'], z).year} Advance Local Media LLC. All rights reserved (About Us)."]
    return "\n".join(L) + "\n", stamps


def r_politico_live(S):
    """POLITICO US live updates page, HTML: NewsArticle JSON-LD with page dates only; header '10/20/2032 07:00 AM EDT' and
    'Updated: 10/20/2032 06:35 PM EDT'; posts newest first: h3 headline, 'By NAME', <time>10/20/2032 06:35 PM EDT</time>, body;
    a Playbook promo and a POLITICO Pro box between posts."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["start"], z); last = dt(S["entries"][0]["t"], z)
    pf = lambda d: f"{d:%m/%d/%Y} {ampm_caps(d, lead0=True)} {d.tzname()}"
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(),
          "author": [{"@type": "Person", "name": n} for n in S["page_authors"]],
          "publisher": {"@type": "Organization", "name": "POLITICO", "logo": {"@type": "ImageObject", "url": "https://www.politico.com/dims4/politico-logo.png"}}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - POLITICO</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="global-header"><a class="logo" href="/">POLITICO</a><nav><a href="/congress">Congress</a> <a href="/white-house">White House</a> '
           '<a href="/elections">Elections</a> <a href="/legal">Legal</a> <a href="/defense">Defense</a> <a href="/playbook">Playbook</a> '
           '<a href="/newsletters">Newsletters</a> <a href="/podcasts">Podcasts</a> <a class="pro" href="https://subscriber.politicopro.com/">POLITICO Pro</a></nav></header>',
           '<main><div class="live-label">LIVE UPDATES</div>', f'<h1 class="headline">{esc(S["title"])}</h1>', f'<p class="dek">{esc(S["dek"])}</p>',
           '<p class="story-meta__authors">By ' + " and ".join(esc(n) for n in S["page_authors"]) + '</p>',
           f'<p class="story-meta__timestamp"><time datetime="{first.isoformat()}">{pf(first)}</time></p>',
           f'<p class="story-meta__updated">Updated: <time datetime="{last.isoformat()}">{pf(last)}</time></p>',
           '<div class="share-tools"><a>Link Copied</a> <a>Facebook</a> <a>X</a> <a>LinkedIn</a> <a>Email</a></div>', '<section class="live-posts">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = pf(d); stamps.append(st)
        out.append(f'<article class="live-post" id="post-{d:%H%M}"><h3 class="live-post__title">{esc(e["h"])}</h3>'
                   f'<p class="live-post__byline">By {esc(e["a"])}</p><time class="live-post__time" datetime="{d.isoformat()}">{st}</time>'
                   + "".join(f'<p>{esc(p)}</p>' for p in e["p"]) + '</article>')
        if i == 1:
            out.append('<aside class="newsletter-promo"><h4>Playbook</h4><p>The unofficial guide to official Washington, every morning and weekday afternoons.</p>'
                       '<input type="email" placeholder="Your Email"> <button>Sign Up</button></aside>')
        if i == 4:
            out.append('<aside class="pro-promo"><p>POLITICO Pro Defense: in-depth coverage of Pentagon budgets and weapons programs.</p><a>Learn more</a></aside>')
    out += ['</section></main>', '<footer><a href="/about-us">About Us</a> <a href="/advertising">Advertising</a> <a href="/privacy">Privacy Policy</a> '
            f'<a href="/terms-of-service">Terms of Service</a><p>\u00a9 {last.year} POLITICO LLC</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================ PART A: ten real outlets' layouts (own words, invented news)

# ---------------------------------------------------------------- 21200 WRAL (AP 'The Latest' on a local TV station site)
SEEDS.append(dict(
  id="21200", name="21200_wral-aplatest", ext="html", source="WRAL", zone="America/New_York", render=r_wral_latest,
  title="The Latest: Russian barrage darkens northern Ukraine as Senate panel advances aid",
  url="https://www.wral.com/story/the-latest-russian-barrage-darkens-northern-ukraine-as-senate-panel-advances-aid/21844310/",
  posted="2032-10-01 05:12", updated="2032-10-01 15:54",
  intro="KYIV, Ukraine (AP) \u2014 The Latest on Russia's war in Ukraine (all times EDT):",
  follow="Follow AP's coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine",
  more=["Cary council backs greenway link to downtown", "Duke Energy line crews head north to help with storm repairs", "State Fair opens with record crowds expected"],
  basis="bare item time '{s}' of an AP 'The Latest' story; the intro says '(all times EDT)' and the date is the page's 'Posted 5:12 a.m. Oct 1, 2032' line (EDT = UTC-4); local {d} in {z}",
  notes="Imitates an AP 'The Latest' story as carried on WRAL.com (HTML). NewsArticle JSON-LD carries only the page's posted/updated times. Visible header: kicker 'AP \u203a World News', headline, 'By The Associated Press', 'Posted 5:12 a.m. Oct 1, 2032 \u2014 Updated 3:54 p.m. Oct 1, 2032'. The intro line says all times are EDT. Items newest first, separated by '___' lines; each item is a bold bare time ('3:50 p.m.') followed by paragraphs and has no headline (headline null); most items open with an AP dateline ('WASHINGTON \u2014'), which is part of the first sentence. No per-item bylines: the page credit 'The Associated Press' (a desk credit) is used for every item. Three items (06:45, 10:05, 12:40) follow one overnight attack on the power grid, with the Chernihiv toll rising from two to four.",
  not_entries=["header logo and navigation (News, Weather, Traffic, Sports, 5 On Your Side, Investigates, WRAL+, Watch Live)", "weather bar 'Raleigh 71\u00b0 Partly cloudy'",
               "kicker 'AP \u203a World News'", "page headline", "byline 'By The Associated Press'", "'Posted ... \u2014 Updated ...' line", "share row",
               "intro line 'KYIV, Ukraine (AP) \u2014 The Latest on Russia's war in Ukraine (all times EDT):'", "'___' separators", "bold time lines (stamps)",
               "'ADVERTISEMENT' slot", "'Follow AP's coverage ...' line", "AP copyright notice", "'More From WRAL' related links", "footer"],
  entries=[
  E("2032-10-01 15:50", None,
    ["WASHINGTON \u2014 The Senate Appropriations Committee voted 24-5 on Friday to advance an $8.2 billion security assistance bill for Ukraine, sending the measure to the full Senate, where a vote is expected later this month.",
     "The bill would pay for air defense interceptors, artillery ammunition and training, and would refill American stockpiles drawn down for earlier shipments. Several Republicans on the panel said they supported it only because it was paired with money for border security."],
    "aid", "aid", 3, "senate-panel-ukraine-aid-bill-2032-10-01", a="The Associated Press"),
  E("2032-10-01 14:20", None,
    ["MOSCOW \u2014 The Kremlin on Friday brushed aside a Finnish proposal for a winter moratorium on attacks against energy facilities, saying Russia would not accept a pause that let Ukraine regroup.",
     "Kremlin spokesman Dmitry Peskov told reporters the idea was \u201cnot serious\u201d as long as Ukrainian drones kept hitting Russian oil refineries."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-winter-energy-truce-2032-10-01", a="The Associated Press"),
  E("2032-10-01 12:40", None,
    ["CHERNIHIV, Ukraine \u2014 The number of people killed by a Russian missile in Chernihiv overnight has risen to four, including a 9-year-old boy, the regional governor said Friday afternoon.",
     "Rescue crews spent more than 10 hours digging through a collapsed section of a four-story building near the city's thermal power plant. Eleven people remained in the hospital."],
    "strikes", "strikes", 3, "russia-overnight-grid-attack-2032-10-01", a="The Associated Press", n="toll 4 (Chernihiv)"),
  E("2032-10-01 10:05", None,
    ["KYIV, Ukraine \u2014 Ukraine's national grid operator ordered rolling blackouts in five northern and central regions on Friday after the overnight barrage damaged two high-voltage substations and a thermal power plant.",
     "Ukrenergo said homes in the Chernihiv, Sumy, Kyiv, Poltava and Cherkasy regions could be without electricity for up to eight hours a day until repairs are finished. Hospitals and water utilities switched to backup generators."],
    "strikes", "strikes", 3, "russia-overnight-grid-attack-2032-10-01", a="The Associated Press", n="damage from the same overnight attack (part of a 143-drone, 9-missile barrage)"),
  E("2032-10-01 08:30", None,
    ["GENEVA \u2014 At least 163 civilians were killed and 742 injured in Ukraine in September, the U.N. human rights monitoring mission said Friday, the highest monthly figure since early summer.",
     "The mission said most of the casualties were caused by long-range missiles and glide bombs falling on cities far from the front line, and by short-range drones hunting vehicles in front-line towns."],
    "other", "humanitarian", 2, "un-monitors-september-civilian-toll-2032-10-01", a="The Associated Press", sec=["strikes"]),
  E("2032-10-01 06:45", None,
    ["KYIV, Ukraine \u2014 Russia fired nine missiles and 143 drones at Ukraine overnight, aiming mostly at power plants and substations as the heating season got underway, Ukraine's air force said Friday.",
     "Air defenses shot down six of the missiles and 118 of the drones, it said. Two people were killed in Chernihiv when a missile struck an apartment building next to a power station, local officials said.",
     "Power outages were reported in at least five regions."],
    "strikes", "strikes", 3, "russia-overnight-grid-attack-2032-10-01", a="The Associated Press", n="toll 2 (Chernihiv)"),
  E("2032-10-01 05:10", None,
    ["MOSCOW \u2014 Russia's Defense Ministry said its air defenses destroyed 37 Ukrainian drones overnight over the Bryansk, Kursk and Oryol regions and the Sea of Azov.",
     "The Bryansk region's governor said a fuel depot near the town of Unecha caught fire after it was hit by falling debris. No injuries were reported."],
    "strikes", "strikes", 2, "russia-says-downs-ukrainian-drones-2032-10-01", a="The Associated Press"),
  ]))

# ---------------------------------------------------------------- 21201 Detroit Free Press (Gannett / USA TODAY Network)
SEEDS.append(dict(
  id="21201", name="21201_freep-whatweknow", ext="txt", source="Detroit Free Press", zone="America/New_York", render=r_gannett_text,
  title="Russia-Ukraine war: Missiles hit Kyiv suburb as aid fight returns to Congress. What we know.",
  author="Kendra Whitlock", published="2032-10-04 18:40", domain="www.freep.com",
  caption="Rescuers search the debris of a damaged apartment building in Brovary, outside Kyiv, Ukraine, on Monday. Yevhen Sulyma, AP",
  lede=["Russia fired ballistic missiles at the Kyiv region early Monday, killing at least three people in the suburb of Brovary, as lawmakers in Washington came back from recess to a familiar argument over how much more to spend on Ukraine's defense.",
        "Here's what to know about the war on Monday:"],
  contrib="Contributing: Darnell Pryce, USA TODAY; The Associated Press",
  related=["Ukraine's long winter: How Kyiv is trying to keep the lights on", "Michigan lawmakers split over foreign aid as Election Day nears"],
  basis="no per-section time; the article's single line 'Published 6:40 p.m. ET Oct. 4, 2032' (ET = EDT, UTC-4 in October) applies to every section; local {d} in {z}",
  notes="Imitates a USA TODAY Network (Gannett) article page on a member paper's site (freep.com), text scrape. Header: section label 'WORLD', headline, author line 'Kendra Whitlock' with 'USA TODAY' on the next line, one stamp 'Published 6:40 p.m. ET Oct. 4, 2032' (no Updated line), photo with 'Show Caption'/'Hide Caption' and caption. Two lede paragraphs (a summary and 'Here's what to know about the war on Monday:') precede six subheaded sections; each section is one entry (headline = subhead, stamp null, published = the article's Published line, author = the page byline). 'Contributing:' credits are not authors. AP/USA TODAY spelling 'Zelenskyy'. A newsletter promo line follows the third section.",
  not_entries=["'Skip to main content'", "masthead, 'Subscribe', 'Sign In'", "navigation line", "section label 'WORLD'", "article headline",
               "author line 'Kendra Whitlock' and 'USA TODAY'", "'Published 6:40 p.m. ET Oct. 4, 2032'", "'Show Caption' / 'Hide Caption' and the photo caption",
               "two lede paragraphs before the first subhead (summary and 'Here's what to know about the war on Monday:')",
               "newsletter promo after the third section", "'Contributing: ...' line", "'Related' heading and its two links", "footer links and copyright"],
  entries=[
  E("2032-10-04 18:40", "Ballistic missiles strike Brovary",
    ["At least three people were killed and 17 wounded when two ballistic missiles struck a residential area of Brovary, a city of about 100,000 just east of Kyiv, shortly after 5 a.m. local time, Ukrainian officials said.",
     "The regional governor said one missile hit a warehouse and the other landed in the courtyard of a nine-story apartment building, shattering windows in several nearby blocks.",
     "Ukraine's air force said the missiles were launched from Russia's Bryansk region and reached their targets in about four minutes."],
    "strikes", "strikes", 3, "brovary-missile-strike-2032-10-04", a="Kendra Whitlock"),
  E("2032-10-04 18:40", "Congress returns to Ukraine aid fight",
    ["House and Senate negotiators are set to open talks this week on a supplemental spending request that includes $6.4 billion for Ukraine, according to two congressional aides who were not authorized to speak publicly.",
     "Several House conservatives have said they will oppose any new money for Kyiv unless European allies promise to match it dollar for dollar."],
    "aid", "aid", 2, "congress-ukraine-supplemental-talks-2032-10-04", a="Kendra Whitlock"),
  E("2032-10-04 18:40", "Zelenskyy heads to Oslo for Nordic summit",
    ["Ukrainian President Volodymyr Zelenskyy arrived in Oslo on Monday to meet the leaders of Norway, Sweden, Denmark, Finland and Iceland, his office said.",
     "The talks are expected to focus on joint funding for Ukrainian-made long-range drones and on protecting Ukraine's power grid through the winter."],
    "diplomacy", "diplomacy", 3, "zelenskyy-oslo-nordic-summit-2032-10-04", a="Kendra Whitlock", sec=["aid"]),
  E("2032-10-04 18:40", "Heavy fighting around Kostiantynivka",
    ["Ukraine's military said its troops fought off 22 Russian assaults near Kostiantynivka in the Donetsk region over the past day, the most intense fighting anywhere along the roughly 750-mile front.",
     "The Institute for the Study of War, a Washington-based research group, said geolocated video showed Russian units had pushed slightly southwest of the town."],
    "other", "frontline", 2, "kostiantynivka-fighting-2032-10-04", a="Kendra Whitlock"),
  E("2032-10-04 18:40", "Metro Detroit charity ships more ambulances",
    ["A Warren-based Ukrainian American charity said Monday it has shipped four more used ambulances to hospitals in the Kharkiv region, bringing the total it has sent since 2022 to 61.",
     "The vehicles were donated by fire departments in Macomb and Oakland counties and driven to the port of Baltimore for the trip across the Atlantic."],
    "aid", "aid", 2, "warren-charity-ambulances-2032-10-04", a="Kendra Whitlock"),
  E("2032-10-04 18:40", "Moscow airports halt flights during drone attack",
    ["Two of Moscow's main airports stopped flights for about three hours Monday morning as Russian air defenses engaged drones approaching the capital, the city's mayor said.",
     "Russia's Defense Ministry said 24 drones were shot down over the Moscow region and reported no damage."],
    "strikes", "strikes", 2, "moscow-drone-attack-airports-2032-10-04", a="Kendra Whitlock"),
  ]))

# ---------------------------------------------------------------- 21202 The Kansas City Star (McClatchy, section RSS)
SEEDS.append(dict(
  id="21202", name="21202_kansascitystar-worldrss", ext="xml", source="The Kansas City Star", zone="UTC", render=r_mcclatchy_rss,
  title="World | The Kansas City Star", url="https://www.kansascity.com/news/nation-world/world/",
  desc="The latest world news from The Kansas City Star and the McClatchy Washington Bureau",
  basis="RSS pubDate '{s}' (GMT); local {d} in {z}",
  notes="Imitates a McClatchy paper's section RSS feed (The Kansas City Star, 'World'). Newest first; each item: title, link to an article<id>.html page, guid, pubDate in GMT, a one-paragraph plain-text description, media:thumbnail. dc:creator only on staff pieces (wire items carry none, so author null). A general world section: three of seven items are off-beat (Pacific hurricane, Canadian interest rates, Japanese party leadership). One local-angle item (an Independence, Mo., plant making artillery fuzes for Ukraine).",
  not_entries=["channel title, link, description, language, copyright, lastBuildDate", "media:thumbnail images"],
  entries=[
  E("2032-10-06 22:15", "Pentagon announces $640 million weapons package for Ukraine, including HIMARS rockets",
    ["The Pentagon on Wednesday announced a $640 million package of weapons for Ukraine drawn from American stockpiles, including rockets for HIMARS launchers, Stinger missiles and 155mm artillery shells. Defense officials said the first shipments would reach Poland within two weeks."],
    "aid", "aid", 3, "pentagon-640-million-package-2032-10-06", a="Tess Harlan"),
  OFF("2032-10-06 20:40", "Hurricane Otto strengthens as it nears Mexico's Pacific coast",
    ["Hurricane Otto grew into a Category 3 storm on Wednesday as it churned toward Mexico's Pacific coast, where authorities opened shelters in Guerrero and Oaxaca and closed the port of Acapulco to shipping."],
    "hurricane-otto-mexico-2032-10-06", n="weather"),
  E("2032-10-06 18:05", "Russian glide bombs kill 2 in Sumy, damage hospital",
    ["Russian warplanes dropped at least four guided bombs on the northern Ukrainian city of Sumy on Wednesday, killing two people and damaging a hospital and a school, regional officials said."],
    "strikes", "strikes", 3, "sumy-glide-bomb-strike-2032-10-06"),
  OFF("2032-10-06 15:30", "Bank of Canada cuts key rate by a quarter point",
    ["The Bank of Canada lowered its benchmark interest rate to 2.5% on Wednesday, pointing to slower hiring and easing inflation."],
    "bank-of-canada-rate-cut-2032-10-06", n="central bank"),
  E("2032-10-06 13:10", "Independence plant wins $95 million Army contract for artillery fuzes bound for Ukraine",
    ["A defense contractor in Independence has won a $95 million Army contract to make fuzes for 155mm artillery shells, most of them destined for Ukraine, company and Army officials said Wednesday. The plant expects to add about 120 jobs next year."],
    "aid", "aid", 2, "independence-plant-fuze-contract-2032-10-06", a="Marcus Tillery"),
  E("2032-10-06 10:25", "Ukraine and Moldova sign deal to tie power grids closer together",
    ["Ukraine and Moldova signed an agreement in Chisinau on Wednesday to build a second high-voltage line between their grids and to lend each other reserve power in emergencies, the two governments said."],
    "diplomacy", "diplomacy", 2, "ukraine-moldova-grid-agreement-2032-10-06"),
  OFF("2032-10-06 07:50", "Japan's governing party elects new leader ahead of snap vote",
    ["Japan's governing Liberal Democratic Party chose a former foreign minister as its new leader on Wednesday, clearing the way for a snap general election next month."],
    "japan-ldp-leadership-2032-10-06", n="Japanese politics"),
  ]))

# ---------------------------------------------------------------- 21203 Chicago Tribune (section front, HTML)
SEEDS.append(dict(
  id="21203", name="21203_chicagotribune-nationworld", ext="html", source="Chicago Tribune", zone="America/Chicago", render=r_tribune_listing,
  title="Nation & World",
  trending=["Indiana man charged after bridge railing collapse", "Lottery jackpot climbs past $900 million", "Frozen waffle recall expands to 30 states"],
  basis="card time '{s}' (12-hour clock, no zone printed: Chicago time, CDT = UTC-5; the card's <time datetime> carries -05:00); local {d} in {z}",
  notes="Imitates the Chicago Tribune 'Nation & World' section front on the WordPress platform it shares with the other Tribune/MediaNews papers (HTML). Cards newest first: category link, h3 headline, one excerpt paragraph, 'By NAME | Associated Press' (or '| Chicago Tribune'; the gold author is the name), and <time datetime=\"2032-10-08T18:05:00-05:00\">October 8, 2032 at 6:05 PM</time>. A general section: three of eight cards are off-beat. The bottom card, 'October 7, 2032 at 8:30 PM' Chicago time, is 01:30 UTC on 8 October, so the whole page is one UTC day. An ad slot follows the third card and a 'Trending Nationally' rail of links the fifth.",
  not_entries=["header logo, 'Subscribe', 'Log In' and navigation", "section heading 'Nation & World'", "category labels on the cards (World, Nation, Business)",
               "'ADVERTISEMENT' slot after the third card", "'Trending Nationally' rail and its three links", "'Load More'", "footer links and copyright"],
  entries=[
  E("2032-10-08 18:05", "Russian missile strike on Odesa port kills 3 dockworkers, Ukraine says",
    ["A Russian ballistic missile hit a grain terminal in the port of Odesa on Friday, killing three dockworkers and setting fire to the hold of a cargo ship loading wheat, Ukraine's infrastructure minister said."],
    "strikes", "strikes", 3, "odesa-port-missile-strike-2032-10-08", a="Oleh Marchuk", aff="Associated Press", cat="World"),
  OFF("2032-10-08 16:40", "Supreme Court agrees to hear dispute over state rules for ride-hailing drivers",
    ["The Supreme Court said Friday it would decide whether states can require ride-hailing companies to treat their drivers as employees, taking up a case from California that could affect millions of workers."],
    "supreme-court-ride-hailing-case-2032-10-08", a="Lydia Cho", aff="Associated Press", cat="Nation", n="US courts"),
  E("2032-10-08 14:15", "NATO adds jets to Baltic air patrols after Russian airspace violations",
    ["NATO defense ministers agreed Friday in Brussels to double the number of fighter jets patrolling the skies over Estonia, Latvia and Lithuania after a string of Russian airspace violations, the alliance's secretary-general said."],
    "diplomacy", "diplomacy", 2, "nato-baltic-air-policing-boost-2032-10-08", a="Lorne Casey", aff="Associated Press", cat="World"),
  OFF("2032-10-08 12:30", "Wind-driven wildfire forces evacuations in Colorado foothills",
    ["A fast-moving grass fire pushed by gusts of up to 60 mph forced about 3,000 people from their homes west of Boulder on Friday, officials said."],
    "colorado-wildfire-evacuations-2032-10-08", a="Jesse Ruiz", aff="Associated Press", cat="Nation", n="wildfire"),
  E("2032-10-08 10:50", "Russian court sentences Naperville man to 12 years on treason charge",
    ["A Moscow court on Friday sentenced a dual Russian-American citizen from Naperville to 12 years in a high-security penal colony after convicting him of treason for a $300 donation to a Ukrainian charity, his family said.",
     "The family called the case political and urged the State Department to press for his release."],
    "other", "politics", 2, "naperville-man-treason-sentence-2032-10-08", a="Ellie Brandt", aff="Chicago Tribune", cat="World"),
  E("2032-10-08 08:20", "EU agrees new sanctions package aimed at Russian LNG tankers",
    ["European Union governments agreed Friday on a new round of sanctions against Russia that bans 48 more tankers carrying liquefied natural gas from EU ports and adds two Chinese banks to the bloc's blacklist, diplomats said."],
    "diplomacy", "diplomacy", 3, "eu-sanctions-lng-tankers-2032-10-08", a="Sophie Markham", aff="Associated Press", cat="World"),
  OFF("2032-10-08 06:00", "Strong earthquake shakes southern Peru; no deaths reported",
    ["A magnitude 6.8 earthquake struck southern Peru early Friday, cracking walls in colonial churches in Arequipa and cutting power to parts of the city, but officials reported no deaths."],
    "peru-earthquake-2032-10-08", a="Franco Ibarra", aff="Associated Press", cat="World", n="earthquake"),
  E("2032-10-07 20:30", "Zelenskyy replaces commander of Ukraine's air force",
    ["Ukrainian President Volodymyr Zelenskyy on Thursday replaced the commander of Ukraine's air force, giving the post to a former fighter pilot who led the country's first F-16 squadron, according to a decree published on the presidential website."],
    "other", "politics", 2, "ukraine-air-force-commander-replaced-2032-10-07", a="Oleh Marchuk", aff="Associated Press", cat="World",
    n="printed 'October 7, 2032 at 8:30 PM' Chicago time = 01:30 UTC on 8 October"),
  ]))

# ---------------------------------------------------------------- 21204 Houston Chronicle (Hearst, section RSS)
SEEDS.append(dict(
  id="21204", name="21204_houstonchronicle-worldrss", ext="xml", source="Houston Chronicle", zone="America/Chicago", render=r_hearst_rss,
  title="Houston Chronicle - World", desc="World news from the Houston Chronicle and The Associated Press",
  basis="RSS pubDate '{s}' (explicit -0500 offset, CDT); local {d} in {z}",
  notes="Imitates a Hearst paper's section RSS (Houston Chronicle, world news). Newest first; pubDate with the Central offset -0500 and seconds; dc:creator 'NAME, Associated Press' or a staff name (the gold author is the name without the affiliation); description is escaped HTML with a thumbnail <img> and <p> paragraphs; links in Hearst's /article/slug-12345678.php form. Three of seven items are off-beat (Mexican judicial law, Nigerian floods, Philippine typhoon); one local-angle item (Ukrainian pilots at Ellington Field).",
  not_entries=["channel title, link, description, language, atom:link, pubDate", "thumbnail images inside the descriptions"],
  entries=[
  E("2032-10-11 17:48:06", "Ukrainian drones hit oil refinery in Russia's Volgograd, governor says",
    ["Ukrainian drones struck an oil refinery in the southern Russian city of Volgograd on Monday, setting off a large fire, the regional governor said.",
     "Ukraine's General Staff said the plant supplied fuel to Russian troops fighting in the south."],
    "strikes", "strikes", 2, "volgograd-refinery-drone-strike-2032-10-11", a="Anton Vereshko", aff="Associated Press"),
  OFF("2032-10-11 15:20:41", "Mexico's Senate approves changes to judicial overhaul",
    ["Mexico's Senate on Monday approved amendments to the country's judicial overhaul that delay the next round of judge elections by two years."],
    "mexico-judicial-overhaul-amendments-2032-10-11", a="Marisa Ochoa", aff="Associated Press", n="Mexican politics"),
  E("2032-10-11 13:05:12", "Ukrainian pilots finish flight training at Ellington Field",
    ["A group of Ukrainian air force pilots completed six months of flight training at Ellington Field this week, the Texas Air National Guard said Monday.",
     "Guard officials declined to say how many pilots took part or which aircraft they flew, citing security concerns."],
    "aid", "aid", 2, "ukrainian-pilots-ellington-training-2032-10-11", a="Rebecca Olvera"),
  E("2032-10-11 11:30:00", "Zelenskyy says Ukraine is ready for an 'all for all' prisoner swap",
    ["Ukrainian President Volodymyr Zelenskyy said Monday that Kyiv was ready to trade all the Russian prisoners of war it holds for all Ukrainians in Russian captivity, and asked Turkey and the United Arab Emirates to help broker the deal.",
     "Moscow did not immediately respond."],
    "diplomacy", "diplomacy", 2, "zelenskyy-all-for-all-swap-offer-2032-10-11", a="Anton Vereshko", aff="Associated Press"),
  OFF("2032-10-11 09:12:55", "Floods in Nigeria's Benue state force thousands from their homes",
    ["Days of heavy rain have flooded dozens of villages in Nigeria's Benue state, driving more than 20,000 people from their homes, the state emergency agency said Monday."],
    "nigeria-benue-floods-2032-10-11", a="Chidi Okafor", aff="Associated Press", n="floods"),
  E("2032-10-11 07:40:20", "Russian attack on Kharkiv injures 14 and damages children's hospital",
    ["A Russian missile and drone attack on Kharkiv early Monday injured 14 people and damaged a children's hospital, the city's mayor said.",
     "Patients were moved to other hospitals, and no children were hurt, he said."],
    "strikes", "strikes", 2, "kharkiv-attack-childrens-hospital-2032-10-11", a="Anton Vereshko", aff="Associated Press"),
  OFF("2032-10-11 05:15:00", "Typhoon lashes northern Philippines, forcing 40,000 to flee",
    ["A typhoon with sustained winds of 115 mph slammed into the northern Philippine province of Cagayan on Monday, tearing roofs off houses and forcing about 40,000 people into evacuation centers."],
    "philippines-typhoon-cagayan-2032-10-11", a="Jerome Bautista", aff="Associated Press", n="typhoon"),
  ]))

# ---------------------------------------------------------------- 21205 WJLA (Sinclair station site, running live-updates story, text)
SEEDS.append(dict(
  id="21205", name="21205_wjla-liveupdates", ext="txt", source="WJLA", zone="America/New_York", render=r_sinclair_text,
  title="LIVE UPDATES: Deadly Russian missile strike hits Kyiv; White House condemns attack",
  author="Marcus Hale",
  caption="Smoke rises over a residential district of Kyiv after a Russian missile attack. (Photo: Ukrainian State Emergency Service via AP)",
  lede=["WASHINGTON (TNND) \u2014 Russia launched one of its heaviest missile attacks on Kyiv in months early Wednesday, hitting a residential district and an office building near the government quarter, Ukrainian officials said.",
        "This story will be updated as more information becomes available."],
  contrib="The Associated Press contributed to this report.",
  trending=["Metro board approves later weekend service", "Fairfax County schools delay opening after water main break", "Police search for driver in Route 1 hit-and-run"],
  basis="block label '{s}' (ET = EDT, UTC-4) with the date from the story's header 'Wed, October 13th 2032 at 6:10 AM'; local {d} in {z}",
  notes="Imitates a Sinclair station site (WJLA, ABC7 Washington) carrying a running story from The National News Desk, text scrape. Header stamps in Sinclair's form 'Wed, October 13th 2032 at 6:10 AM' and 'Updated Wed, October 13th 2032 at 4:45 PM' (no zone printed; Eastern). Share row ('Facebook', 'Share on X', 'Email', 'Print', 'AA'), caption, two lede paragraphs (a dateline summary and 'This story will be updated...'), then update blocks newest first, each opened by a line 'UPDATE | 4:45 p.m. ET' (the last one 'ORIGINAL STORY | 6:10 a.m. ET'); blocks have no headlines (headline null). The page byline 'by Marcus Hale | The National News Desk' is used as every block's author. Five blocks follow the Kyiv strike (toll 2 -> 6 -> 11; the White House condemnation is a reaction whose content is the attack, so same story); the vigil announcement is a separate local event; Zelenskyy's evening plea for interceptors is its own story (aid).",
  not_entries=["station logo, 'Watch Live', navigation, 'Weather Alerts (1)'", "section label 'Nation & World'", "story headline", "byline 'by Marcus Hale | The National News Desk'",
               "header stamps 'Wed, October 13th 2032 at 6:10 AM' / 'Updated ...'", "share row (Facebook, Share on X, Email, Print, AA)", "photo caption",
               "lede paragraphs ('WASHINGTON (TNND) \u2014 Russia launched ...' and 'This story will be updated ...')", "'UPDATE | ...' / 'ORIGINAL STORY | ...' label lines (stamps)",
               "'Loading ...'", "'The Associated Press contributed to this report.'", "'Trending' links", "footer links and copyright"],
  entries=[
  E("2032-10-13 16:45", None,
    ["The death toll in Kyiv has risen to 11, according to the head of the city's military administration, and rescuers are still searching the wreckage of a 16-story building in the Solomianskyi district.",
     "Ukraine's emergency service said 64 people were wounded, six of them children."],
    "strikes", "strikes", 3, "kyiv-missile-strike-2032-10-13", a="Marcus Hale", n="toll 11"),
  E("2032-10-13 15:20", None,
    ["In his nightly video address, Ukrainian President Volodymyr Zelenskyy urged allies to send more Patriot interceptors, saying Ukraine's air defense units had been forced to choose which cities to protect.",
     "\u201cEvery missile we could not stop today was a missile we had nothing left to stop it with,\u201d he said."],
    "aid", "aid", 2, "zelenskyy-interceptor-plea-2032-10-13", a="Marcus Hale", sec=["strikes"]),
  E("2032-10-13 14:10", None,
    ["The White House condemned the strike as \u201ca deliberate attack on people asleep in their homes\u201d and said it was in contact with Ukrainian officials about the damage.",
     "A National Security Council spokesperson said no Americans were known to be among the casualties."],
    "strikes", "strikes", 3, "kyiv-missile-strike-2032-10-13", a="Marcus Hale", n="official reaction whose content is the attack: same story"),
  E("2032-10-13 12:30", None,
    ["Members of the Washington area's Ukrainian community plan to hold a candlelight vigil outside the Ukrainian Embassy in Georgetown at 7 p.m. Wednesday, organizers told 7News.",
     "Organizers said they would read the names of the victims as they are released."],
    "other", "humanitarian", 2, "georgetown-vigil-kyiv-victims-2032-10-13", a="Marcus Hale", n="local follow-up event (a vigil), not the strike itself"),
  E("2032-10-13 10:05", None,
    ["Ukraine's air force said Russia fired 27 cruise and ballistic missiles and about 90 drones at Kyiv and the surrounding region, and that 19 of the missiles were shot down.",
     "Officials said at least two of the missiles that got through were ballistic Iskanders, which are the hardest for Ukraine's air defenses to intercept."],
    "strikes", "strikes", 3, "kyiv-missile-strike-2032-10-13", a="Marcus Hale"),
  E("2032-10-13 08:20", None,
    ["At least six people are now confirmed dead, Kyiv's mayor said on Telegram, and dozens more were taken to hospitals across the city."],
    "strikes", "strikes", 3, "kyiv-missile-strike-2032-10-13", a="Marcus Hale", n="toll 6"),
  E("2032-10-13 06:10", None,
    ["Explosions shook Kyiv before dawn Wednesday as Russia fired a barrage of cruise and ballistic missiles at the Ukrainian capital, the city's mayor said.",
     "Two people were killed when debris hit an apartment building, according to preliminary reports, and a fire broke out at an office building a few blocks from the Cabinet of Ministers."],
    "strikes", "strikes", 3, "kyiv-missile-strike-2032-10-13", a="Marcus Hale", n="toll 2"),
  ]))

# ---------------------------------------------------------------- 21206 WGN-TV (Nexstar station site, WordPress feed)
SEEDS.append(dict(
  id="21206", name="21206_wgntv-worldfeed", ext="xml", source="WGN-TV", zone="UTC", render=r_nexstar_rss,
  title="World Archives - WGN-TV",
  basis="RSS pubDate '{s}' (+0000, UTC, with seconds); local {d} in {z}",
  notes="Imitates the WordPress category feed of a Nexstar station site (WGN-TV, 'World'). Newest first; pubDate in +0000 with seconds; dc:creator in CDATA is a person or a desk ('Nexstar Media Wire', 'Associated Press': desk credits kept as printed); several CDATA categories; guid '?p=NNN'; description is the WordPress excerpt (first words of the text, cut off with '[\u2026]') and content:encoded holds the full paragraphs (body = content:encoded). Two of six items are off-beat (Darfur cholera, euro-zone inflation).",
  not_entries=["channel title, atom:link, link, description, lastBuildDate, language, sy:update* elements", "category labels",
               "description excerpts ending '[\u2026]' (a truncated copy of the content's opening)"],
  entries=[
  E("2032-10-15 21:47:13", "Ukraine says it hit Russian ammunition depot in Bryansk region",
    ["Ukraine's military said Friday that its long-range drones struck an ammunition depot in Russia's Bryansk region, setting off secondary explosions that residents of nearby villages filmed for more than an hour.",
     "Russia's Defense Ministry said it had downed 41 Ukrainian drones over several regions but did not mention the depot."],
    "strikes", "strikes", 2, "bryansk-ammunition-depot-strike-2032-10-15", a="Nexstar Media Wire", cats=["News", "World"]),
  OFF("2032-10-15 19:22:40", "Cholera spreads in Sudan's Darfur region, aid groups warn",
    ["A cholera outbreak has spread to at least seven camps for displaced people in Sudan's Darfur region, aid groups said Friday, warning that clinics were running out of oral rehydration salts.",
     "More than 2,300 cases have been recorded since late August."],
    "darfur-cholera-outbreak-2032-10-15", a="Associated Press", n="health emergency", cats=["News", "World"]),
  E("2032-10-15 17:05:09", "Ukrainian Village volunteers ship generators to Kharkiv region",
    ["Volunteers at a church hall in Chicago's Ukrainian Village loaded 40 portable generators onto a truck Friday, the latest shipment bound for hospitals and schools in the Kharkiv region.",
     "Organizers said the generators were bought with $86,000 raised at neighborhood fundraisers over the summer."],
    "aid", "aid", 2, "ukrainian-village-generators-kharkiv-2032-10-15", a="Dana Kowalczyk", cats=["Chicago News", "News", "World"]),
  E("2032-10-15 14:31:55", "Russian drone strike on bus in Kherson kills 4",
    ["A Russian drone hit a city bus in Kherson on Friday, killing four passengers and wounding nine, Ukrainian officials said.",
     "The bus was crossing the Dniprovskyi district, which lies within range of Russian drones launched from the opposite bank of the Dnipro River."],
    "strikes", "strikes", 3, "kherson-bus-drone-strike-2032-10-15", a="Associated Press", cats=["News", "World"]),
  E("2032-10-15 12:02:18", "Russia and China begin joint naval drills in Sea of Japan",
    ["Russian and Chinese warships began a week of joint exercises in the Sea of Japan on Friday, Russia's Pacific Fleet said, the third such drills this year.",
     "Japan's Defense Ministry said it was monitoring the ships closely."],
    "other", "security", 2, "russia-china-naval-drills-2032-10-15", a="Nexstar Media Wire", cats=["News", "World"]),
  OFF("2032-10-15 09:40:33", "Euro-zone inflation eases to 2.1% in September",
    ["Inflation in the 20 countries that use the euro slowed to 2.1% in September from 2.4% a month earlier, the EU statistics agency said Friday, strengthening the case for another rate cut."],
    "eurozone-inflation-september-2032-10-15", a="Associated Press", n="economy", cats=["Business", "World"]),
  ]))

# ---------------------------------------------------------------- 21207 St. Louis Post-Dispatch (Lee Enterprises, BLOX section front, HTML)
SEEDS.append(dict(
  id="21207", name="21207_stltoday-world", ext="html", source="St. Louis Post-Dispatch", zone="America/Chicago", render=r_blox_listing,
  title="World", capture="2032-10-18 18:50",
  popular=["Cardinals name new hitting coach", "St. Charles County weighs rules for data centers", "Man killed in crash on Interstate 70 in St. Peters"],
  basis="visible relative stamp '{s}'; the time comes from the card's own <time datetime> attribute (-05:00, CDT); local {d} in {z}",
  notes="Imitates a Lee Enterprises paper's BLOX CMS section front (stltoday.com, 'World'), HTML. Header with weather and the date 'Monday, October 18, 2032' (no clock). Cards newest first: h3 headline, tnt-summary paragraph, byline 'By NAME Associated Press' (AP names printed in capitals; the gold author is the name as printed, without the affiliation), and <time datetime=\"2032-10-18T18:12:00-05:00\" class=\"tnt-date ...\">38 min ago</time>. The visible stamps are only relative ('38 min ago', '4 hrs ago', floored, as rendered at capture around 18:50 CDT); published comes from each card's datetime attribute. Two of seven cards are off-beat (Brazilian pensions, Burkina Faso attack). A 'Most Popular' list of local links follows the grid.",
  not_entries=["header: logo, weather '58\u00b0', date line, 'Subscribe', 'Log In', navigation", "section heading 'World'", "'Advertisement' slot after the fourth card",
               "'Load more'", "'Most Popular' list and its three local links", "footer (copyright, address, Terms of Use, Privacy Policy, BLOX credit)"],
  entries=[
  E("2032-10-18 18:12", "Russian attack on Zaporizhzhia kills 5, including 2 children",
    ["Russian guided bombs struck a residential street in Zaporizhzhia on Monday, killing five people, including two children, and wounding 23, the regional governor said."],
    "strikes", "strikes", 3, "zaporizhzhia-guided-bomb-strike-2032-10-18", a="DARIA HRYNKO", aff="Associated Press"),
  OFF("2032-10-18 16:30", "Brazil's Congress approves pension changes for public workers",
    ["Brazil's lower house on Monday approved a bill raising the minimum retirement age for federal employees, handing the government a victory after months of negotiations."],
    "brazil-pension-bill-2032-10-18", a="RAFAEL COUTINHO", aff="Associated Press", n="Brazilian politics"),
  E("2032-10-18 14:05", "Germany pledges $1.3 billion for Ukraine's air defense next year",
    ["Germany will spend 1.2 billion euros ($1.3 billion) next year on air defense systems and missiles for Ukraine, the defense minister said Monday, including two more IRIS-T batteries."],
    "aid", "aid", 3, "germany-air-defense-pledge-2032-10-18", a="KIRSTEN VOGEL", aff="Associated Press"),
  E("2032-10-18 12:20", "Russia claims capture of village near Huliaipole",
    ["Russia's Defense Ministry said Monday its forces had captured the village of Dobropillia in Ukraine's Zaporizhzhia region, a claim Ukraine's military rejected as false."],
    "other", "frontline", 2, "dobropillia-capture-claim-2032-10-18", a="DARIA HRYNKO", aff="Associated Press"),
  OFF("2032-10-18 10:45", "Gunmen kill 9 in attack on gold mine in Burkina Faso",
    ["Gunmen killed nine workers at a gold mine in northern Burkina Faso over the weekend, a local official said Monday, the latest in a string of attacks on mining sites in the region."],
    "burkina-faso-mine-attack-2032-10-18", a="ISSA TRAORE", aff="Associated Press", n="Sahel violence"),
  E("2032-10-18 08:10", "Hungary blocks EU step in Ukraine's membership talks",
    ["Hungary on Monday blocked the opening of a new negotiating cluster in Ukraine's European Union membership talks, leaving the decision to EU leaders at their summit next week."],
    "diplomacy", "diplomacy", 2, "hungary-blocks-ukraine-eu-cluster-2032-10-18", a="BENCE TOTH", aff="Associated Press"),
  E("2032-10-18 06:25", "Ukrainian drones set fuel depot ablaze in Russia's Belgorod region",
    ["A Ukrainian drone attack set a fuel depot on fire in Russia's Belgorod region early Monday, the regional governor said, adding that there were no casualties."],
    "strikes", "strikes", 2, "belgorod-fuel-depot-drone-strike-2032-10-18", a="DARIA HRYNKO", aff="Associated Press"),
  ]))

# ---------------------------------------------------------------- 21208 NJ.com (Advance Local, section page, text)
SEEDS.append(dict(
  id="21208", name="21208_njcom-worldnews", ext="txt", source="NJ.com", zone="America/New_York", render=r_njcom_text,
  title="World News",
  basis="card line '{s}' (NJ.com prints no zone: Eastern time, EDT = UTC-4); when the card also prints 'Updated: ...|', the Published time is used; local {d} in {z}",
  notes="Imitates an NJ.com (Advance Local) section page, text scrape. Cards newest first: headline, summary paragraph(s), 'By NAME | The Associated Press' or 'By NAME | NJ Advance Media for NJ.com' (the gold author is the name), then the stamp line 'Published: Oct. 19, 2032, 6:55 p.m.'; two updated stories print 'Updated: Oct. 19, 2032, 5:40 p.m.|Published: Oct. 19, 2032, 4:20 p.m.' on one line, and the gold stamp/published is the Published part (first publication). Page order follows publication time. Two of seven cards are off-beat (Spanish confidence vote, Indian cyclone). The 'Our journalism needs your support' appeal follows the third card; the affiliate-link and User Agreement notice sits in the footer.",
  not_entries=["'Skip to Article'", "logo 'nj.com', 'Subscribe', 'Sign In'", "navigation line", "section heading 'World News'",
               "'By NAME | ...' lines (authors, not body)", "'Updated: ...|Published: ...' stamp lines", "'Our journalism needs your support. Please subscribe today to NJ.com.'",
               "'Load more stories'", "affiliate-link / User Agreement notice", "copyright line"],
  entries=[
  E("2032-10-19 18:55", "Ukraine, Russia swap 210 prisoners each in UAE-brokered deal",
    ["Ukraine and Russia exchanged 210 prisoners of war each on Tuesday in a swap brokered by the United Arab Emirates, officials in Kyiv and Moscow said.",
     "Ukraine's coordination center for prisoners said some of the returning soldiers had been held since 2025."],
    "diplomacy", "diplomacy", 3, "uae-brokered-prisoner-swap-2032-10-19", a="Irina Sokol", aff="The Associated Press"),
  E("2032-10-19 16:20", "N.J. refugee agencies brace for more Ukrainian arrivals as winter nears",
    ["Resettlement agencies in New Jersey say they expect hundreds more Ukrainian families to arrive before the end of the year as Russian attacks on the power grid make another winter at home unbearable for many.",
     "Agency directors in Newark and Jersey City said they are short of volunteers and of landlords willing to rent to families without credit histories."],
    "other", "humanitarian", 2, "nj-agencies-ukrainian-refugees-winter-2032-10-19", a="Lauren Mancuso", aff="NJ Advance Media for NJ.com", upd="2032-10-19 17:40"),
  OFF("2032-10-19 14:02", "Spain's prime minister survives confidence vote",
    ["Spain's prime minister narrowly survived a confidence vote in parliament on Tuesday after a Basque party abstained at the last minute."],
    "spain-confidence-vote-2032-10-19", a="Elena Marquez", aff="The Associated Press", n="Spanish politics"),
  E("2032-10-19 12:15", "Russian drones knock out power to 600,000 in Odesa region",
    ["Russian drones damaged two substations in the Odesa region overnight, leaving about 600,000 households without electricity, the regional governor said Tuesday.",
     "Ukraine's air force said it shot down 48 of 62 drones launched in the attack."],
    "strikes", "strikes", 2, "odesa-region-substations-drone-attack-2032-10-19", a="Irina Sokol", aff="The Associated Press"),
  E("2032-10-19 10:30", "Bayonne dry dock to repair Ukrainian navy patrol boats",
    ["A shipyard on the Bayonne waterfront will overhaul three patrol boats for Ukraine's navy under a contract paid for by the State Department, company officials said Tuesday.",
     "The work is expected to take about eight months."],
    "aid", "aid", 2, "bayonne-ukrainian-patrol-boats-2032-10-19", a="Greg Hallinan", aff="NJ Advance Media for NJ.com"),
  OFF("2032-10-19 08:45", "Cyclone forces evacuation of 300,000 on India's eastern coast",
    ["Indian authorities moved about 300,000 people to storm shelters in Odisha state on Tuesday ahead of a severe cyclone expected to make landfall overnight."],
    "india-odisha-cyclone-2032-10-19", a="Ravi Menon", aff="The Associated Press", n="cyclone"),
  E("2032-10-19 06:05", "Ukraine's parliament approves record defense budget for 2033",
    ["Ukraine's parliament on Tuesday approved the country's 2033 budget, setting aside a record 2.9 trillion hryvnias for defense and security, more than half of all spending.",
     "Lawmakers said the gap would again have to be filled with loans and grants from Western partners."],
    "other", "politics", 2, "ukraine-2033-defense-budget-2032-10-19", a="Irina Sokol", aff="The Associated Press", upd="2032-10-19 09:20"),
  ]))

# ---------------------------------------------------------------- 21209 POLITICO (US live updates, HTML)
SEEDS.append(dict(
  id="21209", name="21209_politico-liveupdates", ext="html", source="POLITICO", zone="America/New_York", render=r_politico_live,
  title="Senate passes $8.2B Ukraine aid bill: Live updates",
  url="https://www.politico.com/live-updates/2032/10/20/congress/senate-ukraine-aid-vote-00718342",
  dek="The package, which pairs military aid for Kyiv with border money, now heads to a House where its fate is far from certain.",
  page_authors=["Connor Voss", "Talia Brenner"], start="2032-10-20 07:00",
  basis="post time '{s}' (date, 12-hour clock and EDT printed; UTC-4); local {d} in {z}",
  notes="Imitates a POLITICO US live-updates page (Congress), HTML. NewsArticle JSON-LD with page-level dates only. Header: 'LIVE UPDATES' label, headline, dek, 'By Connor Voss and Talia Brenner', page time '10/20/2032 07:00 AM EDT' and 'Updated: 10/20/2032 06:35 PM EDT'. Posts newest first: h3 headline, 'By NAME', <time>10/20/2032 06:35 PM EDT</time>, body. The 07:00 post shares the page's opening time. Two posts are off-beat (government funding deadline, a judicial nomination). A Playbook promo follows the second post and a POLITICO Pro box the fifth. The Senate vote is followed by three posts (preview, amendment vote, passage); the Freedom Caucus statement and the Pentagon warning are separate stories.",
  not_entries=["header logo and navigation", "'LIVE UPDATES' label", "headline", "dek", "page byline 'By Connor Voss and Talia Brenner'", "page timestamps and 'Updated:' line",
               "share tools", "'By NAME' lines in posts (authors, not body)", "Playbook newsletter promo", "POLITICO Pro promo", "footer"],
  entries=[
  E("2032-10-20 18:35", "Senate passes Ukraine package, 68-31",
    ["The Senate approved the $8.2 billion security assistance package for Ukraine on a 68-31 vote Wednesday evening, with 21 Republicans joining nearly every Democrat.",
     "The bill also carries $4.5 billion for border enforcement, which GOP leaders demanded as the price for bringing it to the floor."],
    "aid", "aid", 3, "senate-passes-ukraine-aid-2032-10-20", a="Connor Voss"),
  E("2032-10-20 16:50", "Freedom Caucus vows to bottle up the bill in the House",
    ["The House Freedom Caucus said in a statement that its members would vote against any rule bringing the Senate bill to the floor unless it is split in two, with the border money considered first.",
     "That threat matters: without the group's votes, the speaker would need Democratic help just to start debate."],
    "aid", "aid", 2, "freedom-caucus-opposes-ukraine-bill-2032-10-20", a="Talia Brenner"),
  E("2032-10-20 15:05", "Amendment to strip Ukraine money fails",
    ["An amendment that would have removed the Ukraine funding and left only the border money failed 34-65, a sign of how much support the package has in the chamber.",
     "Two more amendments, both on reporting requirements for weapons shipments, are expected before final passage."],
    "aid", "aid", 3, "senate-passes-ukraine-aid-2032-10-20", a="Connor Voss", n="floor step of the same Senate vote"),
  E("2032-10-20 13:30", "Ukraine's ambassador works the Hill",
    ["Ukraine's ambassador to the United States spent the morning moving between Senate offices, thanking Republicans who planned to vote yes and making a last pitch to a handful of undecided members.",
     "She told reporters outside the Russell building that Ukraine's air defenses would \u201crun dry by spring\u201d without new American interceptors."],
    "diplomacy", "diplomacy", 2, "ukraine-ambassador-senate-lobbying-2032-10-20", a="Talia Brenner", sec=["aid"]),
  OFF("2032-10-20 11:45", "Shutdown clock: nine days to go",
    ["Lost in the Ukraine debate: Congress still has not agreed on a stopgap bill to keep the government open past Oct. 29, and appropriators in both chambers say talks have barely started."],
    "government-funding-deadline-2032-10-20", a="Connor Voss", n="US budget deadline"),
  E("2032-10-20 10:10", "Pentagon warns of Patriot delays without new money",
    ["A senior Pentagon official told the Senate Armed Services Committee that deliveries of Patriot interceptors to Ukraine would slip into the second half of 2033 if Congress does not approve the package this month."],
    "aid", "aid", 2, "pentagon-warns-patriot-delays-2032-10-20", a="Talia Brenner"),
  OFF("2032-10-20 08:40", "Judiciary Committee advances appeals court pick",
    ["The Senate Judiciary Committee voted 12-10 along party lines to send the nomination of a Texas state judge for the 5th Circuit Court of Appeals to the floor."],
    "judiciary-appeals-nominee-2032-10-20", a="Talia Brenner", n="judicial nomination"),
  E("2032-10-20 07:00", "Senate set to vote on Ukraine aid today",
    ["Good morning. The Senate will vote today on the $8.2 billion Ukraine security package, ending a three-week standoff over whether to tie the money to border enforcement.",
     "Leaders expect a series of amendment votes in the afternoon and final passage by early evening."],
    "aid", "aid", 3, "senate-passes-ukraine-aid-2032-10-20", a="Connor Voss", n="preview of the same Senate vote"),
  ]))


# ================================================================ Part B renderers (invented outlets, own layouts)

def r_rss_world(S):
    """RSS 2.0 world feed, newest first; pubDate in GMT (S['gmt']) or with the outlet's numeric offset; dc:creator when the
    item has an author; description in CDATA with <p> paragraphs."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}/</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en-gb</language>' if S.get("gmt") else '<language>en</language>', '<ttl>10</ttl>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=S.get("gmt", False))}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S.get("gmt", False)); stamps.append(st)
        link = f'{S["url"]}/{e.get("sec_path", "world")}/{slugify(e["h"])}-{S["id"]}{i:02d}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="false">{S["id"]}-{i + 1:03d}-{d:%Y%m%d}</guid>',
                f'<pubDate>{st}</pubDate>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_textlive_pm(S):
    """text live blog, newest first; a year-less dateline ('Friday 22 October'); a page byline; each post opens with a
    stamp line '8.42pm BST', then the headline, then the body; a photo teaser shows only a photo line and credit."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "News | Sport | Business | Opinion | Culture | Puzzles", "", "Live", S["title"], S["dateline"], f"By {S['byline']}", "",
         S["lede"], "", "Latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm_uk(d)} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["[Photo]", e["credit"], ""]
        L += ["Share", ""]
        if i == 2:
            L += [f"Get the {S['source'].split()[0]} 6pm briefing, free in your inbox. Sign up", ""]
    L += ["Load earlier updates", "", f"\u00a9 {S['source']} \u00b7 Contact us \u00b7 Complaints \u00b7 Privacy \u00b7 Cookies"]
    return "\n".join(L) + "\n", stamps


def r_htmllive_kp(S):
    """HTML live blog, oldest first, with a 'Key Points' list of post headlines at the top; LiveBlogPosting JSON-LD whose updates
    carry datePublished in UTC ('Z'); visible Kyiv time '08:40' in <time datetime='...Z'>; a note 'All times are Kyiv time (EEST)'."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#u{i + 1}", "headline": e["h"],
             "datePublished": d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = [{"@type": "Person", "name": e["a"]}]
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    zf = lambda d: d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": zf(first), "dateModified": zf(last), "coverageStartTime": zf(first),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header class="mast"><a href="/">{esc(S["source"])}</a><nav><a href="/ukraine">Ukraine</a> <a href="/europe">Europe</a> '
           '<a href="/world">World</a> <a href="/economy">Economy</a> <a href="/opinion">Opinion</a></nav><a class="donate" href="/support">Support us</a></header>',
           f'<main><p class="kicker">LIVE</p><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>',
           '<section class="key-points"><h2>Key Points</h2><ul>' + "".join(f'<li><a href="#u{i + 1}">{esc(e["h"])}</a></li>' for i, e in enumerate(S["entries"]) if e["kp"]) + '</ul></section>',
           '<div class="updates">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="u{i + 1}"><time datetime="{zf(d)}">{st}</time><h2>{esc(e["h"])}</h2>'
                   + (f'<p class="by">By {esc(e["a"])}</p>' if e["a"] else "") + "".join(f'<p>{esc(p)}</p>' for p in e["p"])
                   + '<button class="share">Share this update</button></article>')
        if i == 3:
            out.append(f'<aside class="related"><h3>More on this</h3><a href="/ukraine/{slugify(S["related"])}">{esc(S["related"])}</a></aside>')
    out += ['</div></main>', f'<footer>{esc(S["source"])} \u00b7 Editorial standards \u00b7 Contact \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom_x(S):
    """Atom 1.0, newest first; <published> with the outlet's offset (or only <updated> when S['updated_only']);
    <content type='xhtml'> (S['xhtml']) or escaped HTML; optional author; category term."""
    z = S["zone"]; order_check(S, True)
    iso = lambda d: d.isoformat().replace("+00:00", "Z")
    host = S["url"].split("//")[1]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}/"/>', f'<link rel="self" href="{S["url"]}/{S["feedpath"]}"/>',
           f'<id>{S["url"]}/{S["feedpath"]}</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link rel="alternate" href="{S["url"]}/{d:%Y/%m/%d}/{slugify(e["h"])}"/>',
                f'<id>tag:{host},{d:%Y-%m-%d}:/{S["id"]}/{i + 1}</id>']
        out += [f'<updated>{st}</updated>'] if S.get("updated_only") else [f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append(f'<category term="{attr(e.get("cat", "World"))}"/>')
        if S.get("xhtml"):
            out.append('<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + '</div></content>')
        else:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_htmllive_zone(S):
    """HTML live blog without JSON-LD, newest first; a date header line; each post: <p class='entry-time'>10:25 EEST</p>, h3,
    'Reported by NAME', body; a video teaser shows only a player placeholder."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title></head><body>',
           f'<div class="consent">This site uses cookies. <button>Accept all</button> <button>Reject</button></div>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a>Baltics</a> <a>Ukraine</a> <a>Europe</a> <a>Business</a> <a>Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>', f'<p class="date">{esc(S["dateline"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        out.append(f'<div class="entry"><p class="entry-time">{st}</p><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="entry-by">Reported by {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]] if e["p"] else ['<figure class="video"><div class="player"></div><figcaption>Video, 0:58</figcaption></figure>']
        out.append('</div>')
        if i == 2:
            out.append(f'<aside class="read-more"><strong>Read more:</strong> <a href="/ukraine/{slugify(S["related"])}">{esc(S["related"])}</a></aside>')
    out += ['<p class="end"><a href="/live/ukraine">Earlier coverage</a></p></main>',
            f'<footer>{esc(S["source"])} \u00b7 About \u00b7 Contact \u00b7 Privacy policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_textlive_blocks(S):
    """text live blog, oldest first; each block opens with a full stamp 'Sat 23 Oct 2032 09.05 BST', then the headline, body and a
    signature '\u2013 NAME'; a re-published partner piece is introduced by a 'From the ...' line."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Home   World   UK   Politics   Business   Opinion   Sport", "", S["title"], S["lede"], "", "Ukraine war", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{DAYS[d.weekday()][:3]} {d.day} {SHORT[d.month - 1]} {d.year} {d:%H}.{d:%M} {d.tzname()}"; stamps.append(st)
        L += [st]
        if e.get("partner"):
            L += [e["partner"]]
        L += [e["h"], ""] + ptxt(e["p"]) + ([f"\u2013 {e['a']}", ""] if e["a"] else [])
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Show newer updates", "", f"{S['source']}   About   Contact   Privacy   Terms"]
    return "\n".join(L) + "\n", stamps


def r_article_sections(S):
    """text article with section headings (one entry per section), kicker, byline and a dateline with time and zone; no per-section stamp."""
    L = [S["source"].upper(), "Prague   Czechia   Europe   Economy   Culture   Opinion", "", S["kicker"], S["title"], "", S["lede"], "",
         f"By {S['byline']}", S["dateline"], "", "Share   Print   Listen", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Related", S["more"], "", f"{S['source']} \u00b7 Imprint \u00b7 Subscriptions \u00b7 Privacy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_htmllive_nodates(S):
    """HTML live blog, oldest first; LiveBlogPosting JSON-LD whose liveBlogUpdate items carry headline and text but no dates;
    visible '11:55' in <time datetime='...+03:00'> under a date header; a 'Full report:' teaser carries only a link."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "url": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(),
          "liveBlogUpdate": [{"@type": "BlogPosting", "headline": e["h"], "articleBody": " ".join(e["p"])} for e in S["entries"]]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><span class="brand">{esc(S["source"])}</span> <nav><a>Live</a> <a>Ukraine</a> <a>Russia</a> <a>Analysis</a> <a>Newsletters</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="lede">{esc(S["lede"])}</p>', f'<h2 class="day">{esc(S["dateline"])}</h2>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<section class="post"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="post-author">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]] if e["p"] else [f'<p class="more"><a href="/ukraine/{slugify(e["h"])}">Read the full report</a></p>']
        out.append('</section>')
        if i == 2:
            out.append('<div class="promo">Become a Farndale Post supporter from \u00a35 a month</div>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Contact \u00b7 Corrections \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2032-10-22 (UTC), day 2 = 2032-10-23, day 3 = 2032-10-27.
DNI = "dnipro-missile-strike-2032-10-22"
NOR = "norway-aid-package-2032-10-22"
WEI = "weimar-ministers-sybiha-warsaw-2032-10-22"
GAS = "analysis-russian-attacks-on-gas-fields"
GAS_H = "Analysis: Why Russia is targeting Ukraine's gas fields this autumn"
GAS_P = ["Friday's missile strike on Dnipro drew the headlines, but the more consequential Russian campaign this autumn has been a quieter one: a steady run of attacks on the gas fields and compressor stations of the Kharkiv and Poltava regions.",
         "Ukraine now produces almost all the gas it burns. Every well or processing plant that is knocked out has to be replaced by imports through Poland, Hungary and Slovakia, paid for in cash at winter prices.",
         "Engineers say the damage is harder to repair than the power grid because much of the equipment is custom-built, and Russian drones tend to return to the same sites within days of each repair."]

# ---------------------------------------------------------------- 21220 Inchmarlo World Report (day 1, world RSS, GMT)
SEEDS.append(dict(
  id="21220", name="21220_inchmarlo-worldrss", ext="xml", source="Inchmarlo World Report", zone="UTC", render=r_rss_world, gmt=True,
  title="Inchmarlo World Report \u2013 World", url="https://www.inchmarlo-world.example", lede="International news from the Inchmarlo World Report",
  basis="RSS pubDate '{s}' (GMT); local {d} in {z}",
  notes="Invented outlet. General world RSS 2.0 feed, newest first, pubDate in GMT, dc:creator on staff items, CDATA description with <p> paragraphs. The war is a minority: four of six items are off-beat (Korean lunar launch, Chilean copper strike, Nepal landslide, Australian drought). Spelling 'Dnepr' for Dnipro (toll 6).",
  not_entries=["channel title, link, description, language, ttl, lastBuildDate"],
  entries=[
  OFF("2032-10-22 22:05", "South Korea launches its first lunar lander",
      ["South Korea's space agency launched its first lunar lander from the Naro Space Center on Friday evening, aiming to set it down near the moon's south pole in early December."],
      "south-korea-lunar-lander-2032-10-22", n="space launch"),
  OFF("2032-10-22 19:20", "Strike halts copper output at two Chilean mines",
      ["Workers at two of Chile's largest copper mines walked out on Friday after wage talks collapsed, halting production that accounts for about 4% of world supply, their unions said."],
      "chile-copper-mine-strike-2032-10-22", n="labour dispute"),
  E("2032-10-22 16:00", "European ministers meet Ukraine's foreign minister in Warsaw",
    ["The foreign ministers of France, Germany and Poland met their Ukrainian counterpart, Andrii Sybiha, in Warsaw on Friday and said they would push to open the next cluster of Ukraine's EU membership talks before the end of the year.",
     "The three countries, known as the Weimar Triangle, also promised to coordinate winter energy aid for Ukraine."],
    "diplomacy", "diplomacy", 3, WEI, a="Nadia Fairholme"),
  E("2032-10-22 13:30", "Russian missile strike on Dnepr kills six",
    ["At least six people were killed and more than 30 injured when Russian missiles hit the Ukrainian city of Dnepr on Friday morning, striking a trolleybus depot and an apartment building, Ukrainian officials said."],
    "strikes", "strikes", 3, DNI, a="Nadia Fairholme", n="spelling 'Dnepr'; toll 6"),
  OFF("2032-10-22 10:15", "Landslide on Nepal highway kills 14",
      ["A landslide buried two buses and several cars on a highway west of Kathmandu early on Friday, killing at least 14 people, police said."],
      "nepal-highway-landslide-2032-10-22", n="landslide"),
  OFF("2032-10-22 06:30", "Drought emergency declared across New South Wales",
      ["Australia's most populous state declared a drought emergency on Friday after its driest winter on record, releasing money for farmers to buy feed and water."],
      "new-south-wales-drought-2032-10-22", n="drought"),
  ]))

# ---------------------------------------------------------------- 21221 Kilmory Evening Post (day 1, text live, no year)
SEEDS.append(dict(
  id="21221", name="21221_kilmory-textlive", ext="txt", source="Kilmory Evening Post", zone="Europe/London", render=r_textlive_pm,
  title="Russia-Ukraine war live: missile strike on Dnipro kills nine", dateline="Friday 22 October", byline="Ruth Calloway",
  parse_args=["--date", "2032-10-22"],
  lede="Russian missiles hit a trolleybus depot and flats in Dnipro during the morning rush hour; Norway announces new military aid; artillery kills a man in Nikopol.",
  basis="stamp line '{s}' (UK time, BST = UTC+1) under the dateline 'Friday 22 October' (no year anywhere; parse_args gives 2032-10-22); local {d} in {z}",
  notes="Invented outlet (UK regional evening paper). Text live blog, newest first. The dateline 'Friday 22 October' prints no year and no year appears anywhere on the page (parse_args --date 2032-10-22). Each post: a stamp line '8.42pm BST' (12-hour clock with a dot), then the headline, the body and a 'Share' line. No per-post bylines: the page byline 'By Ruth Calloway' is used for every entry. 21221-03 is a 'Pictured:' teaser whose only content is a '[Photo]' line and a photo credit (no body). 21221-02 (shelling of Nikopol, same Dnipropetrovsk region, evening, one dead) must not merge with the Dnipro missile strike. Dnipro toll 2 -> 4 -> 9.",
  not_entries=["masthead and navigation", "'Live' label", "page title", "dateline 'Friday 22 October'", "page byline 'By Ruth Calloway'", "standfirst/lede line",
               "'Latest updates' label", "stamp lines ('8.42pm BST')", "'[Photo]' placeholder and photo credit line in the teaser", "'Share' lines",
               "newsletter sign-up line after the third post", "'Load earlier updates'", "footer line"],
  entries=[
  E("2032-10-22 21:10", "Dnipro death toll climbs to nine",
    ["Nine people are now known to have died in this morning's missile strike on Dnipro, the city's mayor, Borys Filatov, has said.",
     "Thirty-eight people were hurt, and rescuers believe three more residents are still under the rubble of the apartment block on Kalynova Street."],
    "strikes", "strikes", 3, DNI, a="Ruth Calloway", n="toll 9"),
  E("2032-10-22 19:35", "Shelling kills man in Nikopol",
    ["A 54-year-old man was killed when Russian artillery shelled Nikopol this evening, the head of the Dnipropetrovsk regional administration said.",
     "Nikopol sits across the Dnipro river from the Russian-occupied nuclear plant at Enerhodar and is shelled almost every day."],
    "strikes", "strikes", 3, "nikopol-shelling-2032-10-22", a="Ruth Calloway",
    n="same region (Dnipropetrovsk oblast), another deadly attack the same day; must not merge with the Dnipro missile strike"),
  E("2032-10-22 16:50", "Pictured: Rescuers at the damaged apartment block in Dnipro", [],
    "strikes", "strikes", 1, DNI, a="Ruth Calloway", credit="Photograph: Dnipropetrovsk regional military administration", n="photo teaser without body"),
  E("2032-10-22 14:20", "Norway announces 3.4bn kroner aid package",
    ["Norway will give Ukraine a further 3.4bn kroner (about \u20ac290m) in military aid, most of it for air defence missiles and for drones made in Ukraine, the Norwegian defence ministry has announced.",
     "Oslo said part of the money would go through a fund it runs jointly with Denmark and Sweden."],
    "aid", "aid", 3, NOR, a="Ruth Calloway"),
  E("2032-10-22 11:45", "Ukraine says troops regained ground near Siversk",
    ["Ukrainian forces have retaken two positions east of Siversk in the Donetsk region, a spokesperson for the eastern group of forces said. Russia's defence ministry has not commented."],
    "other", "frontline", 2, "siversk-positions-regained-2032-10-22", a="Ruth Calloway"),
  E("2032-10-22 09:30", "Dnipro toll rises to four",
    ["At least four people were killed and 21 injured in the Russian strike on Dnipro, regional officials now say. Two of the injured are children."],
    "strikes", "strikes", 3, DNI, a="Ruth Calloway", n="toll 4"),
  E("2032-10-22 06:55", "Missiles strike Dnipro during morning rush hour",
    ["Russian missiles have hit Dnipro in central-eastern Ukraine as people were on their way to work. Local officials say two people were killed.",
     "One missile struck a trolleybus depot and another an apartment block in the Novokodatskyi district, according to the mayor."],
    "strikes", "strikes", 3, DNI, a="Ruth Calloway", n="toll 2"),
  ]))

# ---------------------------------------------------------------- 21222 Mallowmere Herald (day 1, HTML live, Key Points, JSON-LD in UTC)
SEEDS.append(dict(
  id="21222", name="21222_mallowmere-kplive", ext="html", source="Mallowmere Herald", zone="Europe/Kyiv", render=r_htmllive_kp,
  title="Ukraine live: Dnipro hit by missiles at rush hour", url="https://mallowmere-herald.example/live/ukraine-22-october-2032",
  dateline="22 October 2032 \u00b7 All times are Kyiv time (EEST)", related="How Dnipro became the rear hub of the eastern front",
  basis="visible Kyiv time '{s}' under the dateline '22 October 2032 \u00b7 All times are Kyiv time (EEST)' (UTC+3); the same instant is in the post's <time datetime> and JSON-LD datePublished (UTC 'Z'); local {d} in {z}",
  notes="Invented outlet (Kyiv-based, English-language). HTML live blog, oldest first. A 'Key Points' list at the top names two post headlines (21222-03 Norway, 21222-05 Dnipro toll), key_point true. LiveBlogPosting JSON-LD whose updates carry datePublished in UTC ('2032-10-22T05:40:00Z') while the visible times are Kyiv time ('08:40'); both agree. 'By NAME' under each headline. 21222-06 repeats 21222-03 almost verbatim (duplicate_of 21222-03). 21222-04 (Portugal pays for river demining boats; mentions the Dnipro river) is the same aid theme as Norway's package but another event: must not merge with it or with the Dnipro strike.",
  not_entries=["header brand, navigation and 'Support us'", "'LIVE' kicker", "page title (h1)", "dateline with the time-zone note", "'Key Points' heading and its two links (pointers to posts)",
               "'By NAME' lines (authors, not body)", "'Share this update' buttons", "'More on this' related link after the fourth post", "footer"],
  entries=[
  E("2032-10-22 08:40", "Russian missiles hit Dnipro; two dead",
    ["Russian missiles struck Dnipro at about 8.15am, killing two people and damaging a trolleybus depot and a nine-storey residential building, Mayor Borys Filatov said.",
     "Air raid sirens sounded across central and eastern Ukraine for almost an hour."],
    "strikes", "strikes", 3, DNI, a="Oleksandra Bilyk", n="toll 2"),
  E("2032-10-22 10:15", "More villages near the Russian border in Sumy region to be evacuated",
    ["Authorities in the Sumy region ordered the evacuation of 11 more villages within 10 kilometres of the Russian border, citing constant drone and artillery fire. About 1,900 people live in the area, many of them elderly."],
    "other", "humanitarian", 2, "sumy-border-villages-evacuation-2032-10-22", a="Taras Hnatiuk"),
  E("2032-10-22 12:05", "Norway pledges air defence and drones worth 3.4bn kroner",
    ["Norway has announced a new military aid package for Ukraine worth 3.4 billion kroner, to be spent mainly on air defence missiles and Ukrainian-made drones, Norway's defence ministry said.",
     "Ukraine's defence ministry thanked Oslo and said the first deliveries were expected before the end of the year."],
    "aid", "aid", 3, NOR, a="Taras Hnatiuk", kp=True),
  E("2032-10-22 13:40", "Portugal to pay for river demining boats",
    ["Portugal will spend \u20ac14m on four boats to clear mines and unexploded shells from the Dnipro and Desna rivers, Ukraine's economy ministry said. The boats are to be built in Portuguese shipyards and delivered next summer."],
    "aid", "aid", 2, "portugal-river-demining-boats-2032-10-22", a="Taras Hnatiuk",
    n="same aid theme as Norway's package, different event (and names the Dnipro river, not the city strike); must not merge"),
  E("2032-10-22 14:00", "Dnipro strike: five dead, more than 30 injured",
    ["The number of people killed in the morning missile strike on Dnipro has risen to five, the regional administration said. Thirty-two people were injured.",
     "Rescuers are still working at the residential building, where two upper floors collapsed."],
    "strikes", "strikes", 3, DNI, a="Oleksandra Bilyk", kp=True, n="toll 5"),
  E("2032-10-22 16:25", "Norway pledges air defence and drones worth 3.4 billion kroner",
    ["Norway has announced a new military aid package for Ukraine worth 3.4 billion kroner, to be spent mainly on air defence missiles and Ukrainian-made drones, the Norwegian defence ministry said.",
     "Ukraine's defence ministry thanked Oslo and said the first deliveries were expected before the end of the year."],
    "aid", "aid", 1, NOR, a="Taras Hnatiuk", dup="21222-03", n="near-verbatim repeat of 21222-03 (headline reworded from '3.4bn' to '3.4 billion'; not itself listed under Key Points)"),
  E("2032-10-22 19:50", "Parliament extends right to discharge for long-serving troops",
    ["Ukraine's parliament passed a law allowing soldiers who have served 36 months without a break to apply for discharge, provided their unit can replace them. The bill now goes to the president for signature."],
    "other", "politics", 2, "long-service-discharge-law-2032-10-22", a="Oleksandra Bilyk"),
  ]))

# ---------------------------------------------------------------- 21223 Oxwich Courier (day 1, Atom with xhtml content, Warsaw)
SEEDS.append(dict(
  id="21223", name="21223_oxwich-eastatom", ext="xml", source="Oxwich Courier", zone="Europe/Warsaw", render=r_atom_x, xhtml=True,
  title="Oxwich Courier \u2014 Ukraine & Eastern Europe", url="https://www.oxwich-courier.example", feedpath="feeds/east.atom",
  lede="Reporting from Warsaw on Ukraine, Poland and the region",
  basis="Atom <published> '{s}' (+02:00, Warsaw summer time); local {d} in {z}",
  notes="Invented outlet (Warsaw-based, English-language). Atom 1.0 feed, newest first, <published>/<updated> with +02:00, <author><name>, <category>, and <content type=\"xhtml\"> wrapping <p> paragraphs in an XHTML div. 21223-03 is a theme piece (analysis of Russian attacks on gas production) that mentions the Dnipro strike but is its own story; it is re-posted verbatim on day 2 by 21231.",
  not_entries=["feed title, subtitle, links, id and updated", "category terms"],
  entries=[
  E("2032-10-22 19:30", "Seven dead in Russian strike on Dnipro",
    ["Seven people were killed and more than 30 wounded in Friday morning's Russian missile attack on Dnipro, Ukraine's emergency service said in the evening.",
     "Among the dead were two trolleybus drivers who had just started their shift."],
    "strikes", "strikes", 3, DNI, a="Agnieszka Lenard", cat="Ukraine", n="toll 7"),
  E("2032-10-22 17:10", "Weimar Triangle ministers back faster EU talks for Ukraine",
    ["Meeting in Warsaw with Ukraine's foreign minister, Andrii Sybiha, the foreign ministers of Poland, Germany and France said on Friday they would press for the next chapter of Ukraine's accession talks to be opened in December.",
     "They also agreed to pool winter energy aid, including transformers and gas turbines."],
    "diplomacy", "diplomacy", 3, WEI, a="Piotr Zawada", cat="Poland"),
  E("2032-10-22 15:45", GAS_H, GAS_P, "strikes", "strikes", 2, GAS, a="Piotr Zawada", cat="Analysis",
    n="theme piece (analysis of Russian attacks on gas production, no single event); mentions the Dnipro strike but must not merge with it"),
  E("2032-10-22 12:20", "Norway adds \u20ac290m to its military aid for Ukraine",
    ["Norway will add 3.4 billion kroner, roughly \u20ac290 million, to its military support for Ukraine, with the bulk going to air defence and to drones produced by Ukrainian firms."],
    "aid", "aid", 3, NOR, a="Agnieszka Lenard", cat="Ukraine"),
  E("2032-10-22 09:05", "Border guards seize drone parts bound for Russia",
    ["Polish border guards at the Koroszczyn crossing detained a Belarusian lorry driver carrying 600 circuit boards of a type used in Russian attack drones, prosecutors in Lublin said.",
     "The cargo had been declared as spare parts for washing machines."],
    "other", "security", 2, "koroszczyn-drone-parts-seizure-2032-10-22", a="Piotr Zawada", cat="Poland"),
  ]))

# Day 2 = 2032-10-23
LVIV = "lviv-drone-missile-attack-2032-10-23"
RUT = "rutte-kyiv-visit-2032-10-23"

# ---------------------------------------------------------------- 21230 Peasholm Gazette (day 2, HTML live without JSON-LD, Riga)
SEEDS.append(dict(
  id="21230", name="21230_peasholm-htmllive", ext="html", source="Peasholm Gazette", zone="Europe/Riga", render=r_htmllive_zone,
  title="Ukraine live: deadly night attack on Lviv; Dnipro mourns", dateline="Saturday, 23 October 2032",
  lede="A Russian night-time attack hits Lviv's railway district; Dnipro holds a day of mourning; the Vatican's envoy is in Moscow.",
  related="Latvia's drone wall: what has been built so far",
  basis="post time '{s}' (zone printed; EEST = UTC+3) under the date line 'Saturday, 23 October 2032'; local {d} in {z}",
  notes="Invented outlet (Riga-based, English-language). HTML live blog without JSON-LD, newest first. Date line 'Saturday, 23 October 2032'; each post: <p class=\"entry-time\">10:25 EEST</p>, h3 headline, 'Reported by NAME', body. 21230-04 is a 'Watch:' teaser with only a video placeholder ('Video, 0:58'). 21230-02 is a theme piece (analysis: western Ukraine no longer far from the war) that mentions the Lviv attack but is its own story. 21230-03 continues day 1's Dnipro strike (day of mourning, toll 11). 21230-01 (Vatican envoy in Moscow) shares the diplomacy theme with Rutte's Kyiv visit but must not merge with it. Lviv toll 1 -> 2.",
  not_entries=["cookie consent bar", "logo and navigation", "page title (h1)", "standfirst", "date line 'Saturday, 23 October 2032'", "'Reported by NAME' lines (authors, not body)",
               "video placeholder 'Video, 0:58' in the teaser", "'Read more:' related link after the third post", "'Earlier coverage' link", "footer"],
  entries=[
  E("2032-10-23 22:40", "Vatican envoy in Moscow for talks on deported Ukrainian children",
    ["The Vatican's peace envoy arrived in Moscow on Saturday for talks with Russia's children's rights commissioner about returning Ukrainian children taken to Russia, the Holy See said.",
     "The envoy is expected to travel on to Kyiv next week."],
    "diplomacy", "diplomacy", 2, "vatican-envoy-moscow-children-2032-10-23", a="Marta Ozola",
    n="same diplomacy theme as Rutte's Kyiv visit, different event; must not merge"),
  E("2032-10-23 19:15", "Analysis: The war is no longer far away in western Ukraine",
    ["Lviv was long the place where Ukrainians from the east came to catch their breath. Saturday's attack, which hit a residential block a few hundred metres from the main railway station, is a reminder that this is no longer true.",
     "Russian long-range drones now routinely fly around air defence clusters and approach western cities from the north, over Volyn and the Belarusian border.",
     "City officials say the number of nights with air raid alerts in Lviv has roughly doubled compared with last year."],
    "strikes", "strikes", 2, "analysis-western-ukraine-under-fire", a="Andris Kalvans",
    n="theme piece (analysis); mentions the Lviv attack but is its own story; must not merge with it"),
  E("2032-10-23 16:30", "Dnipro observes day of mourning as toll rises to 11",
    ["Flags flew at half-mast in Dnipro on Saturday as the city held a day of mourning for the victims of Friday's missile strike, whose death toll has risen to 11.",
     "Two people pulled from the rubble on Friday night died in hospital, the regional administration said."],
    "strikes", "strikes", 3, DNI, a="Marta Ozola", n="day-2 continuation of the day-1 Dnipro strike (toll 11)"),
  E("2032-10-23 12:10", "Watch: Firefighters at the scene in Lviv", [],
    "strikes", "strikes", 1, LVIV, a="Andris Kalvans", n="video teaser without body"),
  E("2032-10-23 09:45", "Lviv attack: two killed, buildings near railway station damaged",
    ["Two people were killed and 14 injured when Russian drones and missiles hit Lviv overnight, the city's mayor, Andriy Sadovyi, said.",
     "A five-storey residential building near the main railway station was partly destroyed and several railway workshops caught fire."],
    "strikes", "strikes", 3, LVIV, a="Marta Ozola", n="toll 2"),
  E("2032-10-23 07:20", "Explosions in Lviv as Russia attacks western Ukraine overnight",
    ["Explosions were heard in Lviv shortly after 4am as Russia launched drones and missiles at western Ukraine. One person was killed, according to the regional governor, Maksym Kozytskyi."],
    "strikes", "strikes", 3, LVIV, a="Marta Ozola", n="toll 1"),
  ]))

# ---------------------------------------------------------------- 21231 Sculthorpe Times (day 2, text live, oldest first, full stamps)
SEEDS.append(dict(
  id="21231", name="21231_sculthorpe-textlive", ext="txt", source="Sculthorpe Times", zone="Europe/London", render=r_textlive_blocks,
  title="Ukraine war live: Lviv attack kills three as Nato chief visits Kyiv",
  lede="Follow the latest developments from Ukraine and Russia on Saturday.",
  basis="block stamp '{s}' (date, time with a dot and BST = UTC+1 printed); local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, oldest first. Each block opens with a full stamp 'Sat 23 Oct 2032 09.05 BST', then the headline, the body and a signature line '\u2013 NAME' (author). 21231-02 re-publishes day 1's analysis 21223-03 verbatim (same headline and text) under the line 'From the Oxwich Courier, first published on Friday:' (re-post of a day-1 entry: importance 1, same story slug, duplicate_of null because duplicates are defined within a seed). 21231-05 repeats 21231-03 almost verbatim (duplicate_of 21231-03). 21231-04 continues day 1's Dnipro strike (toll 11). Lviv toll 1 -> 3. British spellings 'Nato', 'Zelensky'.",
  not_entries=["masthead and navigation", "page title", "standfirst", "section label 'Ukraine war'", "block stamp lines ('Sat 23 Oct 2032 09.05 BST')",
               "partner label 'From the Oxwich Courier, first published on Friday:'", "signature lines '\u2013 NAME' (authors, not body)", "'Advertisement' after the fourth block",
               "'Show newer updates'", "footer line"],
  entries=[
  E("2032-10-23 07:05", "Lviv: one dead after overnight drone and missile attack",
    ["One person was killed and several buildings were damaged when Russia attacked Lviv in the early hours of Saturday, Ukrainian officials said.",
     "The regional governor said the attack involved both drones and cruise missiles and was aimed at the city's railway infrastructure."],
    "strikes", "strikes", 3, LVIV, a="Ben Arkwright", n="toll 1"),
  E("2032-10-23 08:40", GAS_H, GAS_P, "strikes", "strikes", 1, GAS, a="Piotr Zawada", partner="From the Oxwich Courier, first published on Friday:",
    n="re-post of day-1 entry 21223-03 (same headline and text, partner label); importance 1; duplicate_of null (defined within a seed only)"),
  E("2032-10-23 10:15", "Nato chief Rutte arrives in Kyiv",
    ["Nato's secretary general, Mark Rutte, has arrived in Kyiv on an unannounced visit, his second this year. He is due to meet President Volodymyr Zelensky and visit a power plant damaged in recent attacks."],
    "diplomacy", "diplomacy", 3, RUT, a="Ben Arkwright"),
  E("2032-10-23 12:30", "Dnipro toll reaches 11 as city mourns",
    ["The death toll from Friday's missile strike on Dnipro has reached 11, the regional administration said, as the city marked a day of mourning.",
     "Funerals for several of the victims, including the two trolleybus drivers, are being held today."],
    "strikes", "strikes", 3, DNI, a="Lucy Tamsett", n="day-2 continuation of the day-1 Dnipro strike"),
  E("2032-10-23 14:05", "Nato chief Rutte arrives in Kyiv",
    ["Nato's secretary general, Mark Rutte, has arrived in Kyiv on an unannounced visit, his second this year. He is due to meet President Volodymyr Zelensky and to visit a power plant damaged in recent attacks."],
    "diplomacy", "diplomacy", 1, RUT, a="Ben Arkwright", dup="21231-03", n="near-verbatim repeat of 21231-03"),
  E("2032-10-23 16:45", "Lviv death toll rises to three",
    ["A third person has died after the overnight attack on Lviv, the city's mayor said. A woman pulled from the damaged building this morning died in hospital."],
    "strikes", "strikes", 3, LVIV, a="Lucy Tamsett", n="toll 3"),
  E("2032-10-23 19:20", "Russia claims to have captured village near Lyman",
    ["Russia's defence ministry said its troops had captured a village north-east of Lyman in the Donetsk region. Ukraine's military said fighting for the village was still going on."],
    "other", "frontline", 2, "lyman-village-capture-claim-2032-10-23", a="Lucy Tamsett"),
  ]))

# ---------------------------------------------------------------- 21232 Thirlby World Desk (day 2, Atom world feed, UTC)
SEEDS.append(dict(
  id="21232", name="21232_thirlby-worldatom", ext="xml", source="Thirlby World Desk", zone="UTC", render=r_atom_x,
  title="Thirlby World Desk \u2013 Top stories", url="https://thirlby-worlddesk.example", feedpath="feeds/top.atom",
  lede="Top international stories, updated around the clock",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, <published> in UTC ('Z'), escaped-HTML content, authors on staff items. The war is a minority: four of six entries are off-beat (Brittany floods, Indonesian forestry law, Valencia half-marathon record, Western Australian bushfires). Spelling 'Lvov' (toll 2).",
  not_entries=["feed title, subtitle, links, id and updated", "category terms"],
  entries=[
  OFF("2032-10-23 21:50", "Flooding closes roads across Brittany",
      ["Heavy rain flooded roads and railway lines across Brittany on Saturday, and French forecasters put three departments on orange alert."],
      "brittany-flooding-2032-10-23", n="weather"),
  E("2032-10-23 18:30", "NATO's Rutte promises more air defence for Ukraine on Kyiv visit",
    ["NATO Secretary General Mark Rutte said in Kyiv on Saturday that allies would deliver more air defence systems to Ukraine before winter, after talks with President Volodymyr Zelensky."],
    "diplomacy", "diplomacy", 3, RUT, a="Cormac Delane", sec=["aid"]),
  OFF("2032-10-23 15:10", "Indonesian parliament passes law on deforestation fines",
      ["Indonesia's parliament passed a law on Saturday that raises fines for illegal forest clearing tenfold and makes company directors personally liable."],
      "indonesia-deforestation-law-2032-10-23", n="environment law"),
  E("2032-10-23 12:45", "Russian attack on Lvov kills two",
    ["A Russian drone and missile attack on the western Ukrainian city of Lvov overnight killed at least two people and damaged buildings near the central railway station, local officials said."],
    "strikes", "strikes", 3, LVIV, a="Cormac Delane", n="spelling 'Lvov'; toll 2"),
  OFF("2032-10-23 09:00", "Kenyan runner breaks half-marathon world record in Valencia",
      ["Kenya's Faith Chepkoech broke the women's half-marathon world record in Valencia on Saturday, finishing in 1:02:08."],
      "valencia-half-marathon-record-2032-10-23", n="sport"),
  OFF("2032-10-23 05:10", "Bushfires threaten towns in Western Australia",
      ["Firefighters battled more than 30 bushfires in Western Australia on Saturday, and residents of two towns east of Perth were told to leave."],
      "western-australia-bushfires-2032-10-23", n="bushfires"),
  ]))

# ---------------------------------------------------------------- 21233 Urswick Dispatch (day 2, RSS, Kyiv offset)
SEEDS.append(dict(
  id="21233", name="21233_urswick-newsrss", ext="xml", source="Urswick Dispatch", zone="Europe/Kyiv", render=r_rss_world,
  title="Urswick Dispatch \u2013 News from Ukraine", url="https://urswick-dispatch.example", lede="Independent English-language news from Kyiv",
  basis="RSS pubDate '{s}' (explicit +0300 offset, Kyiv summer time); local {d} in {z}",
  notes="Invented outlet (Kyiv-based). RSS 2.0, newest first, pubDate with +0300, dc:creator on most items, CDATA description. 21233-02 (drones hit a gas facility near Stryi in the same Lviv region, in the evening, no casualties) must not merge with the overnight attack on Lviv city. 21233-03 continues day 1's Dnipro strike (funerals, toll 11). Lviv toll 4 (latest of the day).",
  not_entries=["channel title, link, description, language, ttl, lastBuildDate"],
  entries=[
  E("2032-10-23 23:30", "Lviv toll rises to four as rescuers end search",
    ["The number of people killed in the overnight Russian attack on Lviv has risen to four, the regional military administration said late on Saturday, after rescuers recovered a man's body from the damaged building.",
     "Twenty-one people were injured."],
    "strikes", "strikes", 3, LVIV, a="Yulia Semenko", n="toll 4"),
  E("2032-10-23 21:05", "Drones hit gas facility near Stryi",
    ["Russian drones struck a gas facility near Stryi in the Lviv region on Saturday evening, causing a fire that was quickly put out, the regional administration said. No one was injured."],
    "strikes", "strikes", 2, "stryi-gas-facility-drone-strike-2032-10-23", a="Yulia Semenko",
    n="same region (Lviv oblast), a separate evening drone attack; must not merge with the overnight Lviv city attack"),
  E("2032-10-23 17:40", "Dnipro buries victims of Friday's strike",
    ["Hundreds of people gathered at a cemetery in Dnipro on Saturday for the funerals of victims of Friday's missile attack, in which 11 people died, among them two trolleybus drivers."],
    "strikes", "strikes", 3, DNI, a="Denys Orel", n="day-2 continuation of the day-1 Dnipro strike"),
  E("2032-10-23 13:15", "Rutte in Kyiv: allies will find more Patriots",
    ["NATO Secretary General Mark Rutte, visiting Kyiv on Saturday, said allies were working to find more Patriot systems for Ukraine and that two more would be delivered before the end of the year."],
    "diplomacy", "diplomacy", 3, RUT, a="Denys Orel", sec=["aid"]),
  E("2032-10-23 09:50", "General Staff reports 162 clashes in past day",
    ["Ukraine's General Staff said 162 combat clashes took place along the front over the past 24 hours, with the heaviest fighting near Kupiansk and Pokrovsk."],
    "other", "frontline", 2, "general-staff-daily-clashes-2032-10-23"),
  ]))

# Day 3 = 2032-10-27
KHK = "kharkiv-guided-bomb-strike-2032-10-27"
BSN = "black-sea-shipping-talks-istanbul-2032-10-27"
JAP = "japan-generators-aid-2032-10-27"

# ---------------------------------------------------------------- 21240 Yarwood Global (day 3, world RSS, New York offset)
SEEDS.append(dict(
  id="21240", name="21240_yarwood-worldrss", ext="xml", source="Yarwood Global", zone="America/New_York", render=r_rss_world,
  title="Yarwood Global: World", url="https://yarwoodglobal.example", lede="World news from Yarwood Global, New York",
  basis="RSS pubDate '{s}' (explicit -0400 offset, EDT); local {d} in {z}",
  notes="Invented outlet (New York). General world RSS 2.0 feed, newest first, pubDate with -0400, CDATA description. The war is a minority: four of six items are off-beat (Wall Street, Rockies snowstorm, Pakistani polio drive, Japanese exports). Spelling 'Kharkov' (toll 7).",
  not_entries=["channel title, link, description, language, ttl, lastBuildDate"],
  entries=[
  OFF("2032-10-27 18:40", "Wall Street closes higher as tech shares rebound",
      ["Stocks on Wall Street closed higher on Wednesday as technology shares recovered from a two-day slide."],
      "wall-street-close-2032-10-27", n="markets"),
  E("2032-10-27 15:20", "Russian strike on Kharkov kills at least seven",
    ["A Russian air strike on a residential district of Kharkov, Ukraine's second-largest city, killed at least seven people on Wednesday, Ukrainian officials said.",
     "Officials said the attack used guided aerial bombs dropped from jets flying over Russian territory."],
    "strikes", "strikes", 3, KHK, a="Dale Whitcombe", n="spelling 'Kharkov'; toll 7"),
  OFF("2032-10-27 12:00", "Early snowstorm closes mountain passes in the Rockies",
      ["An early-season snowstorm dropped more than a foot of snow on parts of Colorado and Wyoming on Wednesday, closing several mountain passes."],
      "rockies-early-snowstorm-2032-10-27", n="weather"),
  E("2032-10-27 09:30", "Turkey hosts Russia-Ukraine talks on Black Sea shipping",
    ["Russian and Ukrainian delegations began talks in Istanbul on Wednesday on a Turkish proposal to guarantee the safety of merchant ships in the Black Sea, Turkey's foreign ministry said."],
    "diplomacy", "diplomacy", 3, BSN, a="Dale Whitcombe"),
  OFF("2032-10-27 07:10", "Polio vaccination drive resumes in Pakistan",
      ["Pakistan restarted a nationwide polio vaccination campaign on Wednesday, aiming to reach 40 million children under five."],
      "pakistan-polio-campaign-2032-10-27", n="public health"),
  OFF("2032-10-27 04:45", "Japanese exports rise for a third straight month",
      ["Japan's exports rose 4.1% in September from a year earlier, the third monthly gain in a row, led by shipments of chips and machinery to Asia."],
      "japan-exports-september-2032-10-27", n="economy"),
  ]))

# ---------------------------------------------------------------- 21241 Zetland Review (day 3, text article with sections, Prague)
SEEDS.append(dict(
  id="21241", name="21241_zetland-article", ext="txt", source="Zetland Review", zone="Europe/Prague", render=r_article_sections,
  kicker="War in Ukraine", title="Ukraine today: bombs on Kharkiv, talks in Istanbul, generators from Japan",
  lede="The day's main developments in Russia's war against Ukraine, compiled by our foreign desk.",
  byline="Tereza Holubova", dateline="27 October 2032, 16:20 CEST", more="Czech shell initiative: where the money goes",
  basis="no per-section time; the article's dateline '27 October 2032, 16:20 CEST' (UTC+2) applies to every section; local {d} in {z}",
  notes="Invented outlet (Prague, English-language). Text article: kicker, title, standfirst, byline 'By Tereza Holubova' (used as every section's author), dateline with time and zone, share line, then four section headings (one entry each; stamp null, published = dateline). Kharkiv toll 5 at the time of writing.",
  not_entries=["masthead and navigation", "kicker 'War in Ukraine'", "article title", "standfirst", "byline 'By Tereza Holubova'", "dateline '27 October 2032, 16:20 CEST'",
               "share line", "'Related' and its link", "footer"],
  entries=[
  E("2032-10-27 16:20", "Kharkiv bombed again",
    ["Russian glide bombs struck the Saltivka district of Kharkiv in the late morning, killing at least five people, according to the regional administration. A supermarket and a row of parked cars caught fire."],
    "strikes", "strikes", 3, KHK, a="Tereza Holubova", n="toll 5"),
  E("2032-10-27 16:20", "Istanbul talks on shipping",
    ["Delegations from Kyiv and Moscow met in Istanbul for talks on the safety of commercial shipping in the Black Sea, with Turkish diplomats shuttling between the two rooms. No joint statement is expected before Thursday."],
    "diplomacy", "diplomacy", 3, BSN, a="Tereza Holubova"),
  E("2032-10-27 16:20", "Generators from Tokyo",
    ["Japan will finance 1,000 industrial generators for Ukrainian hospitals and waterworks, a grant worth roughly 120 million dollars."],
    "aid", "aid", 3, JAP, a="Tereza Holubova"),
  E("2032-10-27 16:20", "Prague court jails Russian spy recruit",
    ["A Prague court sentenced a 29-year-old Czech man to seven years in prison for photographing military trains for Russian intelligence in exchange for payments in cryptocurrency."],
    "other", "security", 2, "prague-train-spying-sentence-2032-10-27", a="Tereza Holubova"),
  ]))

# ---------------------------------------------------------------- 21242 Farndale Post (day 3, HTML live, JSON-LD updates without dates)
SEEDS.append(dict(
  id="21242", name="21242_farndale-htmllive", ext="html", source="Farndale Post", zone="Europe/Kyiv", render=r_htmllive_nodates,
  title="Ukraine war live: guided bombs hit Kharkiv's Saltivka district", url="https://farndale-post.example/live/ukraine-war-27-october",
  dateline="Wednesday 27 October 2032", lede="Live coverage from our correspondents in Kyiv and Kharkiv. All times are local (EEST).",
  basis="visible '{s}' in <time datetime> (+03:00) under the day heading 'Wednesday 27 October 2032'; the lede says all times are local (EEST); local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first. LiveBlogPosting JSON-LD with page dates only: its liveBlogUpdate items carry headline and text but no dates, so entry times come from the visible <time datetime=\"...+03:00\">11:55</time>. Author line under each headline. 21242-03 is a 'Full report:' teaser carrying only a 'Read the full report' link (no body). 21242-04 is a theme piece (explainer on glide bombs) that mentions the Kharkiv attack but is its own story. 21242-05 (drone hits a farm near Chuhuiv, same Kharkiv region, non-deadly) must not merge with the Kharkiv city strike. 21242-06 repeats 21242-02 almost verbatim (duplicate_of 21242-02). Kharkiv toll 3 -> 7.",
  not_entries=["header brand and navigation", "page title (h1)", "lede line with the time-zone note", "day heading 'Wednesday 27 October 2032'", "author lines under headlines",
               "'Read the full report' link in the teaser", "supporter promo after the third post", "footer"],
  entries=[
  E("2032-10-27 11:55", "Guided bombs hit Kharkiv's Saltivka district; three killed",
    ["Russian aircraft dropped guided bombs on the Saltivka district of Kharkiv shortly before 11.30am, killing three people and setting a supermarket and several cars on fire, the regional governor, Oleh Syniehubov, said."],
    "strikes", "strikes", 3, KHK, a="Kateryna Lisova", n="toll 3"),
  E("2032-10-27 13:20", "Japan to fund 1,000 generators for Ukrainian hospitals",
    ["Japan will pay for 1,000 industrial generators for Ukrainian hospitals and water utilities, worth about $120m, through a grant channelled via the UN Development Programme, the Japanese embassy in Kyiv said."],
    "aid", "aid", 3, JAP, a="Hugh Renwick"),
  E("2032-10-27 14:35", "Full report: How the Saltivka strike unfolded", [],
    "strikes", "strikes", 1, KHK, a="Kateryna Lisova", n="teaser link without body"),
  E("2032-10-27 15:50", "Explainer: Why glide bombs are so hard to stop",
    ["Today's attack on Kharkiv was carried out with glide bombs, the cheapest and most common of Russia's long-range weapons.",
     "The bombs are ordinary Soviet-era free-fall munitions fitted with wings and satellite guidance. Released from jets flying inside Russian airspace, they glide 60 kilometres or more to their targets.",
     "Shooting them down is rarely worth it: an interceptor costs many times more than the bomb. Ukraine's answer has been to go after the aircraft and the airfields they fly from."],
    "strikes", "strikes", 2, "explainer-glide-bombs", a="Hugh Renwick",
    n="theme piece (explainer); mentions the Kharkiv attack but is its own story; must not merge with it"),
  E("2032-10-27 17:05", "Drone hits farm near Chuhuiv, injuring tractor driver",
    ["A Russian drone struck a farm near Chuhuiv, east of Kharkiv, injuring a 47-year-old tractor driver, the regional administration said."],
    "strikes", "strikes", 2, "chuhuiv-farm-drone-strike-2032-10-27", a="Kateryna Lisova",
    n="same region (Kharkiv oblast), a different, non-deadly drone strike; must not merge with the Kharkiv city strike"),
  E("2032-10-27 18:40", "Japan to fund 1,000 generators for Ukrainian hospitals",
    ["Japan will pay for 1,000 industrial generators for Ukrainian hospitals and water utilities, worth around $120m, through a grant channelled via the UN Development Programme, the Japanese embassy in Kyiv said."],
    "aid", "aid", 1, JAP, a="Hugh Renwick", dup="21242-02", n="near-verbatim repeat of 21242-02"),
  E("2032-10-27 21:15", "Kharkiv toll rises to seven",
    ["Seven people are now confirmed dead after this morning's guided bomb attack on Saltivka, Kharkiv's mayor, Ihor Terekhov, said. More than 40 people were injured, including four children."],
    "strikes", "strikes", 3, KHK, a="Kateryna Lisova", n="toll 7"),
  ]))

# ---------------------------------------------------------------- 21243 Dacre Ledger (day 3, Atom with <updated> only, Vilnius)
SEEDS.append(dict(
  id="21243", name="21243_dacre-atom", ext="xml", source="Dacre Ledger", zone="Europe/Vilnius", render=r_atom_x, updated_only=True,
  title="Dacre Ledger", url="https://dacre-ledger.example", feedpath="atom/world.xml", lede="News and analysis from Vilnius",
  basis="Atom <updated> '{s}' (+03:00, Vilnius summer time; the entries carry no <published>); local {d} in {z}",
  notes="Invented outlet (Vilnius, English-language). Atom 1.0 feed, newest first; entries carry only <updated> (no <published>), with +03:00; escaped-HTML content; authors on most entries. The top entry, 00:05 on 28 October Vilnius time, is 21:05 UTC on 27 October (midnight crossing), so the feed is one UTC day. 21243-02 (Canadian armoured vehicles) shares the aid theme with Japan's generators but must not merge with them. Kharkiv toll 8 (latest).",
  not_entries=["feed title, subtitle, links, id and updated", "category terms"],
  entries=[
  E("2032-10-28 00:05", "Kharkiv toll climbs to eight as search ends",
    ["The death toll from Wednesday's glide bomb attack on Kharkiv's Saltivka district has risen to eight, the regional governor said shortly before midnight, as rescuers ended their search of the site."],
    "strikes", "strikes", 3, KHK, a="Ruta Mickeviciute", cat="Ukraine", n="toll 8; printed 00:05 on 28 October (+03:00) = 21:05 UTC on 27 October"),
  E("2032-10-27 19:40", "Canada to send 50 armoured vehicles to Ukraine",
    ["Canada will send 50 armoured vehicles built in Ontario to Ukraine under a new contract, the Canadian defence minister said in Ottawa, with deliveries starting in the spring."],
    "aid", "aid", 2, "canada-armoured-vehicles-2032-10-27", a="Ruta Mickeviciute", cat="Ukraine",
    n="same aid theme as Japan's generators, different event; must not merge"),
  E("2032-10-27 16:10", "Black Sea shipping talks open in Istanbul",
    ["Ukrainian and Russian officials opened talks in Istanbul on Wednesday on a Turkish plan for safe passage of merchant ships in the Black Sea. Ukraine's delegation is led by a deputy foreign minister."],
    "diplomacy", "diplomacy", 3, BSN, a="Jonas Petraitis", cat="Ukraine"),
  E("2032-10-27 13:25", "Lithuania detains two over suspected railway sabotage plot",
    ["Lithuanian prosecutors said two men had been detained in Kaunas on suspicion of planning to damage railway signalling equipment on the orders of Russian military intelligence."],
    "other", "security", 2, "kaunas-railway-sabotage-detentions-2032-10-27", a="Jonas Petraitis", cat="Lithuania"),
  E("2032-10-27 10:00", "Ukrainian brigade says it beat off armoured assault near Kostiantynivka",
    ["A Ukrainian brigade said it had beaten off a Russian armoured assault near Kostiantynivka, destroying four tanks, and published drone footage of the fighting."],
    "other", "frontline", 2, "kostiantynivka-armoured-assault-2032-10-27", cat="Ukraine"),
  ]))


if __name__ == "__main__":
    main()

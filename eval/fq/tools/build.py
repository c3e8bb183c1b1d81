#!/usr/bin/env python3
"""Builds the eval/fq seed pages and their gold answers from one hand-written data table (further below).
All news text is the blind tester's own wording (invented; no sentence copied from any real page, the shared
seeds or another eval set). Part A imitates, from memory, the page layouts of ten real outlets; Part B outlets
are invented. Deterministic. Run from the project root:  python3 eval/fq/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")
SEEDS = []


# ---------------------------------------------------------------- data helpers
def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: t = local time 'YYYY-MM-DD HH:MM[:SS]' in the page zone; h = headline or None; p = body paragraphs."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    """a wire item that is not about the war."""
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018\u2013]|$)', par):
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


def h12(d, dots=True, space=" ", upper=False, sep=":"):
    hh = d.hour % 12 or 12
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    else:
        suf = "am" if d.hour < 12 else "pm"
    if upper:
        suf = suf.upper()
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def lines_of(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest_first), f"{S['id']}: entries must run {'newest' if newest_first else 'oldest'} first"


def rfc822(d, gmt=False):
    if gmt:
        return d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
    return d.strftime("%a, %d %b %Y %H:%M:%S %z")


def iso(d):
    s = d.isoformat()
    return s.replace("+00:00", "Z")


def slugify(s, n=60):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:n].strip("-")


def ld_script(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + '</script>'


# ================================================================ build (called at the end of the file)
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
            loc = d.strftime("%Y-%m-%d %H:%M:%S" if d.second else "%Y-%m-%d %H:%M")
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": f"{loc} {S['zone']}",
                         "published_basis": S["basis"].format(s=stamps[i], d=loc, z=S["zone"]),
                         "author": e["a"] if e["a"] is not None else S.get("page_author"),
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


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_bbc_rss(S):
    """BBC News world RSS 2.0 (feeds.bbci.co.uk): CDATA title/description, one-sentence summaries, pubDate in GMT,
    media:thumbnail, no authors. Items follow the editors' running order, NOT publication time."""
    z = S["zone"]
    last = max(dt(e["t"], z) for e in S["entries"]) + timedelta(minutes=7, seconds=12)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/">',
           '<channel>', '<title><![CDATA[BBC News]]></title>', '<description><![CDATA[BBC News - World]]></description>',
           '<link>https://www.bbc.co.uk/news/world</link>',
           '<image><url>https://news.bbcimg.co.uk/nol/shared/img/bbc_news_120x60.gif</url><title>BBC News</title><link>https://www.bbc.co.uk/news/world</link></image>',
           '<generator>RSS for Node</generator>', f'<lastBuildDate>{rfc822(last, gmt=True)}</lastBuildDate>',
           '<atom:link href="https://feeds.bbci.co.uk/news/world/rss.xml" rel="self" type="application/rss+xml"/>',
           '<copyright><![CDATA[Copyright: (C) British Broadcasting Corporation, see https://www.bbc.co.uk/usingthebbc/terms-of-use/#15metadataandrssfeeds for terms and conditions of reuse.]]></copyright>',
           '<language><![CDATA[en-gb]]></language>', '<ttl>15</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=True); stamps.append(st)
        code = e["code"]
        link = f"https://www.bbc.com/news/articles/{code}"
        out += ['<item>', f'<title><![CDATA[{e["h"]}]]></title>', f'<description><![CDATA[{" ".join(e["p"])}]]></description>',
                f'<link>{link}?at_medium=RSS&amp;at_campaign=rss</link>', f'<guid isPermaLink="false">{link}#{i % 3}</guid>',
                f'<pubDate>{st}</pubDate>',
                f'<media:thumbnail width="240" height="135" url="https://ichef.bbci.co.uk/ace/standard/240/cpsprodpb/{0x3b1f + i * 977:x}/live/{code[1:9]}-{i}.jpg"/>',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def nyt_stamp(d):
    return f"{AP_MON[d.month - 1]} {d.day}, {d.year}, {h12(d)} ET"


def r_nyt_live(S):
    """New York Times live page, HTML: LiveBlogPosting JSON-LD with per-update datePublished/headline/author; visible posts
    newest first: h2 headline, byline + 'Reporting from ...', <time> 'Aug. 4, 2029, 9:12 a.m. ET'; the page crosses
    local midnight (dates are printed in every stamp)."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "headline": e["h"], "url": f"{S['url']}#{e['slug']}", "datePublished": iso(d.astimezone(UTC)),
                    "author": [{"@type": "Person", "name": e["a"]}], "articleBody": " ".join(e["p"])[:500]})
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "url": S["url"], "headline": S["title"],
          "description": S["lede"], "coverageStartTime": iso(first.astimezone(UTC)), "coverageEndTime": iso(last.astimezone(UTC)),
          "datePublished": iso(first.astimezone(UTC)), "dateModified": iso(last.astimezone(UTC)),
          "publisher": {"@type": "NewsMediaOrganization", "name": "The New York Times", "logo": {"@type": "ImageObject", "url": "https://static01.nyt.com/images/misc/NYT_logo_rss_250x40.png"}},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en" class="story nytapp-vi-liveblog"><head><meta charset="utf-8">',
           f'<title>{esc(S["title"])} - The New York Times</title>', f'<link rel="canonical" href="{S["url"]}">',
           '<meta property="og:site_name" content="The New York Times">', ld_script(ld), '</head><body>',
           '<div id="app"><a class="css-skip" href="#site-content">Skip to content</a><a class="css-skip" href="#site-index">Skip to site index</a>',
           '<header class="css-nyt-masthead"><nav><a href="/section/world">World</a> <a href="/section/world/africa">Africa</a> '
           '<a href="/section/world/americas">Americas</a> <a href="/section/world/asia">Asia</a> <a href="/section/world/australia">Australia</a> '
           '<a href="/section/world/canada">Canada</a> <a href="/section/world/europe">Europe</a> <a href="/section/world/middleeast">Middle East</a></nav>'
           '<a href="https://www.nytimes.com/">The New York Times</a> <button>Give the times</button> <a href="/account">Account</a></header>',
           '<main id="site-content"><article id="story">', '<header><p class="live-label">LIVE</p>',
           f'<p class="css-timestamp">Updated <time datetime="{iso(last.astimezone(UTC))}">{nyt_stamp(last)}</time></p>',
           f'<h1 data-testid="headline">{esc(S["title"])}</h1>', f'<p class="css-summary">{esc(S["lede"])}</p>',
           '<div class="css-share"><button>Share full article</button> <span>418</span> <button>Read in app</button></div>',
           f'<figure><img alt=""><figcaption><span>{esc(S["caption"])}</span><span class="credit">{esc(S["credit"])}</span></figcaption></figure>',
           '<section class="live-briefing"><h2>Here\u2019s what we\u2019re covering</h2><ul>']
    out += [f'<li>{esc(b)}</li>' for b in S["bullets"]]
    out += ['</ul></section></header>', '<div class="live-blog-posts">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = nyt_stamp(d); stamps.append(st)
        out.append(f'<article class="live-blog-post" id="{e["slug"]}"><div class="live-blog-post-meta">'
                   f'<time datetime="{iso(d.astimezone(UTC))}">{st}</time></div>')
        out.append(f'<h2 class="live-blog-post-headline"><a href="#{e["slug"]}">{esc(e["h"])}</a></h2>')
        out.append(f'<div class="css-byline"><span class="byline-prefix">By</span> <span class="last-byline">{esc(e["a"])}</span>'
                   f'<p class="css-dateline">{esc(e["where"])}</p></div>')
        out += [f'<p class="css-at9mc1 evys1bk0">{esc(p)}</p>' for p in e["p"]]
        if e.get("figcap"):
            out.append(f'<figure><figcaption>{esc(e["figcap"])}<span class="credit">{esc(S["credit"])}</span></figcaption></figure>')
        out.append('<div class="css-share"><button>Share</button></div></article>')
        if i == 2:
            out.append('<aside class="css-ad"><p>Advertisement</p><a href="#after-dfp-ad-mid1">SKIP ADVERTISEMENT</a></aside>')
    out += ['</div></article>',
            '<section id="site-index"><h2>Site Index</h2><nav><a href="/section/news">News</a> <a href="/section/arts">Arts</a> '
            '<a href="/section/lifestyle">Lifestyle</a> <a href="/section/opinion">Opinion</a> <a href="/section/todayspaper">Today\u2019s Paper</a></nav></section>',
            '</main><footer><p>\u00a9 2029 The New York Times Company</p><nav><a href="/section/nytco">NYTCo</a> <a href="/contact">Contact Us</a> '
            '<a href="/accessibility">Accessibility</a> <a href="/work-with-us">Work with us</a> <a href="/advertise">Advertise</a> '
            '<a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of Service</a></nav></footer></div></body></html>']
    return "\n".join(out) + "\n", stamps


def r_guardian_live(S):
    """The Guardian live blog (dotcom rendering), HTML. Newest first; 'Key events' list; blocks with
    <time> '14.22 BST'; some blocks have no headline; one page byline. JSON-LD LiveBlogPosting whose liveBlogUpdate
    items carry the PAGE's headline and datePublished (not the block's), articleBody = block text."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    pub = dt(S["published"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}?page=with:block-{e['blk']}#block-{e['blk']}", "headline": S["title"],
            "datePublished": iso(pub.astimezone(UTC)), "dateModified": iso(last.astimezone(UTC)),
            "articleBody": " ".join(e["p"])[:1000]} for e in S["entries"]]
    ld = [{"@type": "NewsArticle", "@context": "https://schema.org", "@id": S["url"],
           "publisher": {"@type": "Organization", "name": "The Guardian", "url": "https://www.theguardian.com/"}},
          {"@type": "LiveBlogPosting", "@context": "https://schema.org", "@id": S["url"], "headline": S["title"],
           "datePublished": iso(pub.astimezone(UTC)), "dateModified": iso(last.astimezone(UTC)),
           "coverageStartTime": iso(pub.astimezone(UTC)), "coverageEndTime": iso((last + timedelta(hours=12)).astimezone(UTC)),
           "author": [{"@type": "Person", "name": S["byline"], "sameAs": "https://www.theguardian.com/profile/" + slugify(S["byline"])}],
           "liveBlogUpdate": ups}]
    def gst(d):
        return f"{d:%H}.{d:%M} BST"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Ukraine | The Guardian</title>',
           f'<link rel="canonical" href="{S["url"]}">', ld_script(ld), '</head><body>',
           '<a href="#maincontent" class="dcr-skip">Skip to main content</a><a href="#navigation" class="dcr-skip">Skip to navigation</a>',
           '<div class="dcr-support"><p>Support the Guardian</p><p>Fund independent journalism</p><a href="/support">Support us</a></div>',
           '<header><a href="/">The Guardian - Back to home</a><nav id="navigation"><a href="/">News</a> <a href="/commentisfree">Opinion</a> '
           '<a href="/sport">Sport</a> <a href="/culture">Culture</a> <a href="/lifeandstyle">Lifestyle</a></nav>'
           '<nav class="dcr-subnav"><a href="/world">World</a> <a href="/world/europe-news">Europe</a> <a href="/us-news">US</a> '
           '<a href="/world/americas">Americas</a> <a href="/world/asia">Asia</a> <a href="/australia-news">Australia</a> '
           '<a href="/world/middleeast">Middle East</a> <a href="/world/africa">Africa</a> <a href="/inequality">Inequality</a> '
           '<a href="/global-development">Global development</a></nav></header>',
           '<main id="maincontent"><article>', '<div class="dcr-series"><a href="/world/ukraine">Ukraine</a></div>',
           '<span class="dcr-live">Live</span>', f'<h1>{esc(S["title"])}</h1>', f'<div class="dcr-standfirst"><p>{esc(S["lede"])}</p></div>',
           f'<address><a rel="author" href="/profile/{slugify(S["byline"])}">{esc(S["byline"])}</a></address>',
           f'<details class="dcr-dateline"><summary>{WEEKDAYS[pub.weekday()][:3]} {pub.day} {MON3[pub.month - 1]} {pub.year} {pub:%H.%M} BST</summary>'
           f'<p>First published on {WEEKDAYS[pub.weekday()][:3]} {pub.day} {MON3[pub.month - 1]} {pub.year} {pub:%H.%M} BST</p></details>',
           '<div class="dcr-share"><a>Share on Facebook</a> <a>Share on X</a> <a>Share via Email</a></div>',
           '<div id="keyevents"><h2>Key events</h2><ul>']
    for e in S["entries"]:
        if e["kp"]:
            out.append(f'<li><a href="?page=with:block-{e["blk"]}#block-{e["blk"]}">{esc(e["h"])}</a></li>')
    out += ['</ul><button>Show key events only</button></div>', '<p class="dcr-filter">Please turn on JavaScript to use this feature</p>',
            '<div id="liveblog-body">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = gst(d); stamps.append(st)
        out.append(f'<article id="block-{e["blk"]}" class="block"><header><a href="?page=with:block-{e["blk"]}#block-{e["blk"]}">'
                   f'<time datetime="{d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")}">{st}</time></a>'
                   + (f'<h2>{esc(e["h"])}</h2>' if e["h"] else '') + '</header>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e.get("quote"):
            out.append(f'<blockquote><p>{esc(e["quote"])}</p></blockquote>')
        if e.get("upd"):
            out.append(f'<p class="dcr-updated">Updated at {e["upd"]} BST</p>')
        out.append('<footer><button>Share</button></footer></article>')
        if i == 3:
            out.append('<aside class="dcr-epic"><p>\u2026 there are good reasons to support the Guardian.</p><a href="/support">Support the Guardian</a></aside>')
    out += ['</div>', '<nav class="dcr-pagination"><a href="?page=with:block-older">Older</a> <a>Oldest</a></nav>', '</article>',
            '<section><h2>Most viewed</h2><ol><li><a href="/football/2029/aug/06/transfer">Transfer window: every done deal so far</a></li>'
            '<li><a href="/environment/2029/aug/06/heat">Heat records fall across southern Spain</a></li></ol></section></main>',
            '<footer><a href="/about">About us</a> <a href="/help">Help</a> <a href="/info/complaints-and-corrections">Complaints &amp; corrections</a> '
            '<a href="/info/privacy">Privacy policy</a> <a href="/info/cookies">Cookie policy</a><p>\u00a9 2029 Guardian News &amp; Media Limited or its affiliated companies. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_cnn_live(S):
    """CNN live story, text scrape. Page title like 'August 8, 2029 Russia-Ukraine news', page byline, 'Updated 7:41 PM EDT,
    Wed August 8, 2029' clock; posts newest first: headline, stamp (recent posts relative '8 min ago' counted from the
    Updated clock, older ones '3:15 p.m. ET, August 8, 2029'), 'From CNN's NAME' line, body, 'Link Copied!'."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = ["CNN", "", "US   World   Politics   Business   Health   Entertainment   Style   Travel   Sports   Science   Climate   Weather   Ukraine-Russia War   Israel-Hamas War",
         "Watch   Listen   Live TV   Subscribe   Sign in", "", "Live Updates", "", S["title"], "", S["lede_bullets_title"]] + ["\u2022 " + b for b in S["bullets"]] + [
         "", S["byline"], "", f"Updated {h12(ref, dots=False, upper=True)} EDT, {WEEKDAYS[ref.weekday()][:3]} {MONTHS[ref.month - 1]} {ref.day}, {ref.year}", "",
         "Link Copied!", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if e.get("rel"):
            assert mins < 60 * 3
            st = f"{mins} min ago" if mins < 60 else (f"{mins // 60} hr {mins % 60} min ago" if mins % 60 else f"{mins // 60} hr ago")
        else:
            st = f"{h12(d)} ET, {MONTHS[d.month - 1]} {d.day}, {d.year}"
        stamps.append(st)
        L += [e["h"], "", st, "", f"From CNN\u2019s {e['a']}", ""] + lines_of(e["p"]) + ["Link Copied!", ""]
        if i == 2:
            L += ["Advertisement", "Ad Feedback", ""]
    L += ["Our coverage of Russia\u2019s war in Ukraine continues here.", "", "Related article", S["related"], "",
          "Terms of Use   Privacy Policy   Ad Choices   Accessibility & CC   About   Newsletters   Transcripts",
          "\u00a9 2029 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.", "CNN Sans \u2122 & \u00a9 2016 Cable News Network."]
    return "\n".join(L) + "\n", stamps


def r_aljazeera_keyevents(S):
    """Al Jazeera 'List of key events, day N' article, HTML. NewsArticle JSON-LD (datePublished with time); the visible page
    prints only 'Published On 10 Aug 2029'. h2 sections (Fighting, Politics and diplomacy, Weapons, Economy) with bullet
    paragraphs: no headline and no time per bullet."""
    z = S["zone"]; d0 = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["lede"],
          "url": S["url"], "mainEntityOfPage": S["url"], "datePublished": iso(d0.astimezone(UTC)), "dateModified": iso(d0.astimezone(UTC)),
          "inLanguage": "en", "articleSection": "News",
          "author": [{"@type": "Organization", "name": "Al Jazeera", "url": "https://www.aljazeera.com/"}],
          "publisher": {"@type": "Organization", "name": "Al Jazeera", "logo": {"@type": "ImageObject", "url": "https://www.aljazeera.com/images/logo_aje.png"}},
          "image": {"@type": "ImageObject", "url": "https://www.aljazeera.com/wp-content/uploads/2029/08/ukraine-keyevents.jpg"}}
    out = ['<!DOCTYPE html>', '<html lang="en" dir="ltr"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Russia-Ukraine war News | Al Jazeera</title>',
           ld_script(ld), '</head><body class="single-post">',
           '<header class="site-header"><a href="/" class="site-logo" aria-label="Al Jazeera">Al Jazeera</a>'
           '<nav><a href="/news/">News</a> <a href="/middle-east/">Middle East</a> <a href="/africa/">Africa</a> <a href="/asia/">Asia</a> '
           '<a href="/us-canada/">US &amp; Canada</a> <a href="/latin-america/">Latin America</a> <a href="/europe/">Europe</a> '
           '<a href="/asia-pacific/">Asia Pacific</a> <a href="/features/">Features</a> <a href="/economy/">Economy</a> <a href="/opinion/">Opinion</a> '
           '<a href="/video/">Video</a> <a href="/sports/">Sport</a> <a href="/live/">Live</a></nav>'
           '<a href="/newsletters/">Newsletter</a> <button>Search</button></header>',
           '<main id="main-content-area"><div class="article-header">', '<div class="topics"><a href="/tag/russia-ukraine-war/">Russia-Ukraine war</a></div>',
           f'<h1>{esc(S["title"])}</h1>', f'<p class="article__subhead"><em>{esc(S["lede"])}</em></p></div>',
           f'<div class="article-dates"><span class="screen-reader-text">Published On {d0.day} {MON3[d0.month - 1]} {d0.year}</span>'
           f'<span aria-hidden="true">{d0.day} {MON3[d0.month - 1]} {d0.year}</span></div>',
           '<div class="article-info-block"><button>Save</button> <button>Click here to share on social media</button> <span>share2</span></div>',
           f'<figure class="article-featured-image"><figcaption>{esc(S["caption"])}</figcaption></figure>',
           '<div class="wysiwyg wysiwyg--all-content">', f'<p>{esc(S["intro"])}</p>']
    cur = None
    for e in S["entries"]:
        if e["sect"] != cur:
            if cur is not None:
                out.append('</ul>')
            cur = e["sect"]; out.append(f'<h2>{esc(cur)}</h2><ul>')
        out.append('<li>' + "".join(f'<p>{esc(p)}</p>' for p in e["p"]) + '</li>')
    out += ['</ul>', '</div>', '<div class="newsletter-block"><h3>Sign up for Al Jazeera</h3><p>Europe Newsletter</p>'
            '<p>Our flagship newsletter on everything happening in Europe, delivered to your inbox.</p><button>Subscribe</button>'
            '<p>By signing up, you agree to our Privacy Policy</p></div>',
            '<p class="article-source">Source: <span>Al Jazeera</span></p>',
            '<section class="more-on"><h2>Read more</h2><ul>' + "".join(f'<li><a href="/news/2029/8/{d0.day}/{slugify(r)}">{esc(r)}</a></li>' for r in S["related"]) + '</ul></section>',
            '</main><footer class="footer"><a href="/about/">About</a> <a href="/contactus/">Contact</a> <a href="/privacy/">Privacy Policy</a> '
            '<a href="/terms/">Terms and Conditions</a><p>\u00a9 2029 Al Jazeera Media Network</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


# ================================================================ PART A data: ten real outlets' layouts (own words)

# ---------------------------------------------------------------- 17400 BBC News (world RSS)
SEEDS.append(dict(
  id="17400", name="17400_bbc-worldrss", ext="xml", source="BBC News", zone="UTC", render=r_bbc_rss,
  title="BBC News",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Imitates the BBC News world RSS 2.0 feed (feeds.bbci.co.uk/news/world/rss.xml): CDATA titles and one-sentence CDATA descriptions (the only body), pubDate in GMT with seconds, media:thumbnail, no authors. Items are in the editors' running order, NOT in time order (the feed's real behaviour), so published times are not monotonic in page order. page_title is the channel title 'BBC News' (the channel description 'BBC News - World' is chrome). 3 of 7 items are off the war (Greek wildfire, Bangladesh floods, Chile copper strike).",
  not_entries=["channel title, description, link, image block, generator, lastBuildDate, atom:link, copyright, language, ttl",
               "item link, guid and media:thumbnail elements"],
  entries=[
  E("2029-08-02 13:05:41", "Ukraine: Seven killed as Russian missile hits Kryvyi Rih",
    ["Seven people died when a ballistic missile struck a residential area of the central Ukrainian city on Thursday morning, officials say."],
    "strikes", "strikes", 3, "kryvyi-rih-missile-strike-2029-08-02", code="c9x2mwq0l7eo"),
  OFF("2029-08-02 16:48:09", "Greek island evacuated as wildfire nears holiday resorts",
      ["Thousands of tourists and residents were moved from villages on Chios as strong winds pushed the flames towards the coast."],
      "chios-wildfire-evacuation-2029-08", n="Greek wildfire", code="c1r8pdy4k3zo"),
  E("2029-08-02 10:22:57", "Russia and Ukraine swap 150 prisoners each in UAE-brokered deal",
    ["It is the first exchange of captured soldiers between the two sides in almost two months."],
    "diplomacy", "diplomacy", 3, "uae-brokered-prisoner-swap-2029-08-02", code="c4w7nje2xq1o"),
  OFF("2029-08-02 19:31:02", "Floods strand thousands in north-east Bangladesh",
      ["Days of monsoon rain have submerged hundreds of villages around Sylhet, cutting roads and power lines."],
      "bangladesh-sylhet-floods-2029-08", n="floods", code="c7d3kzv9m2ro"),
  E("2029-08-02 08:14:30", "Denmark to pay for Ukrainian-made long-range drones",
    ["Copenhagen says it will fund production of the drones inside Ukraine under a deal worth about $400m (\u00a3300m)."],
    "aid", "aid", 3, "denmark-funds-ukrainian-long-range-drones-2029-08-02", code="c2q6tbn8w5eo"),
  E("2029-08-02 14:40:18", "Ex-deputy defence minister jailed for 13 years in Moscow bribery case",
    ["A Moscow court found the former official guilty of taking bribes from construction firms working for the army."],
    "other", "politics", 2, "russia-ex-deputy-defence-minister-jailed-2029-08-02", code="c8f1ylh3p6wo"),
  OFF("2029-08-02 06:02:44", "Chile's copper miners end strike after pay deal",
      ["Workers at the world's largest copper mine have returned to work after a two-week stoppage."],
      "chile-copper-strike-ends-2029-08", n="labour dispute", code="c5j9grc7t0mo"),
  ]))

# ---------------------------------------------------------------- 17401 The New York Times (live page)
SEEDS.append(dict(
  id="17401", name="17401_nytimes-live", ext="html", source="The New York Times", zone="America/New_York", render=r_nyt_live,
  title="Russia-Ukraine War News: Glide Bombs Kill 4 in Kharkiv as E.U. Targets Shadow Fleet",
  url="https://www.nytimes.com/live/2029/08/04/world/russia-ukraine-war-news",
  lede="The strike on Ukraine\u2019s second-largest city came as European Union ministers agreed on new penalties for tankers carrying Russian oil.",
  caption="Rescue workers outside a damaged apartment building in Kharkiv on Saturday.", credit="Marta Iwaszko for The New York Times",
  bullets=["Russian glide bombs killed four people in Kharkiv, officials said.",
           "E.U. ministers agreed on sanctions against more than 90 tankers.",
           "President Volodymyr Zelensky replaced the head of Ukraine\u2019s air force."],
  basis="post <time> '{s}' (Eastern time, 'ET' printed, EDT = UTC-4; every stamp carries its date); local {d} in {z}",
  notes="Imitates a New York Times live page. Newest first; each post: <time> 'Aug. 4, 2029, 6:40 p.m. ET', h2 headline, 'By NAME' and a 'Reporting from ...' dateline line, body. The page crosses local midnight (the bottom post is 9:10 p.m. on Aug. 3 ET) but every stamp prints its date, and in UTC all seven posts fall on 2029-08-04. JSON-LD LiveBlogPosting with per-update headline/datePublished/author. The 'Here\u2019s what we\u2019re covering' bullets summarise the posts and are not entries. Post 7 is a 'News analysis' (theme piece, importance 2).",
  not_entries=["skip links and masthead navigation", "'LIVE' label and 'Updated ...' line", "page headline and summary paragraph",
               "share bar with comment count 418", "top photo caption and credit", "'Here\u2019s what we\u2019re covering' heading and its three bullets",
               "'Reporting from ...' dateline lines under each byline", "photo caption inside post 1", "'Advertisement' / 'SKIP ADVERTISEMENT'",
               "Site Index and footer"],
  entries=[
  E("2029-08-04 18:40", "Glide bombs kill four in Kharkiv as Russia steps up attacks in the north",
    ["Russian warplanes dropped at least three guided bombs on Kharkiv on Saturday afternoon, killing four people and wounding 19, according to the regional governor, Oleh Syniehubov.",
     "One of the bombs landed in a courtyard between apartment buildings in the Saltivskyi district, where residents had lined up at a water truck, local officials said. Rescuers were still freeing people from a collapsed stairwell hours later.",
     "Kharkiv lies about 20 miles from the Russian border, close enough that aircraft can release the bombs without crossing into Ukrainian airspace."],
    "strikes", "strikes", 3, "kharkiv-glide-bombs-2029-08-04", a="Oksana Hrytsenko", where="Reporting from Kyiv, Ukraine", slug="kharkiv-glide-bombs",
    figcap="A damaged stairwell in the Saltivskyi district of Kharkiv on Saturday."),
  E("2029-08-04 15:25", "E.U. agrees on a new round of sanctions aimed at Russia\u2019s shadow fleet",
    ["European Union foreign ministers signed off on Saturday on sanctions against 94 more tankers that officials say carry Russian oil in breach of a Western price cap.",
     "The package, the bloc\u2019s first since spring, also bars ships that have recently called at Russian terminals from two ports in Asia, a step diplomats said had been argued over for weeks because of fears of retaliation."],
    "diplomacy", "diplomacy", 3, "eu-sanctions-shadow-fleet-2029-08-04", a="Lotte Vermaelen", where="Reporting from Brussels", slug="eu-sanctions"),
  E("2029-08-04 12:10", "Ukraine names a new air force commander after costly losses",
    ["President Volodymyr Zelensky replaced the commander of Ukraine\u2019s air force on Saturday, days after a Russian missile strike destroyed two fighter jets parked at an airfield in the west of the country.",
     "The new commander, Maj. Gen. Andriy Lytvak, previously led the air defenses around Kyiv. Mr. Zelensky gave no reason for the change in his decree."],
    "other", "politics", 2, "ukraine-new-air-force-commander-2029-08-04", a="Oksana Hrytsenko", where="Reporting from Kyiv, Ukraine", slug="air-force-commander"),
  E("2029-08-04 09:05", "Drones set fire to a fuel depot in Russia\u2019s Bryansk region, governor says",
    ["A Ukrainian drone attack overnight set fire to a fuel storage site in Russia\u2019s Bryansk region, which borders Ukraine, the regional governor said on Saturday.",
     "No one was hurt, the governor said, adding that air defenses had destroyed 11 drones over the region. Ukraine\u2019s military did not immediately comment."],
    "strikes", "strikes", 2, "bryansk-fuel-depot-drone-attack-2029-08-04", a="Pavel Lindqvist", where="Reporting from Riga, Latvia", slug="bryansk-depot"),
  E("2029-08-04 06:30", "Qatar helps bring 14 Ukrainian children home from Russia",
    ["Fourteen Ukrainian children who had been taken to Russia or to Russian-occupied territory were reunited with relatives in Kyiv on Saturday after mediation by Qatar, Ukrainian officials said.",
     "Ukraine says tens of thousands of children have been removed from occupied areas since the full-scale invasion began, an accusation at the center of the arrest warrant the International Criminal Court issued for President Vladimir V. Putin in 2023."],
    "other", "humanitarian", 2, "qatar-mediated-children-return-2029-08-04", a="Lotte Vermaelen", where="Reporting from Brussels", slug="children-returned",
    sec=["diplomacy"]),
  E("2029-08-04 00:15", "Russia claims another village near Kupiansk",
    ["Russia\u2019s Defense Ministry said its troops had captured the village of Petropavlivka, east of the city of Kupiansk in the Kharkiv region.",
     "Ukraine\u2019s general staff said fighting continued around the village and did not acknowledge its loss. The claim could not be independently verified."],
    "other", "frontline", 2, "russia-claims-petropavlivka-2029-08-04", a="Pavel Lindqvist", where="Reporting from Riga, Latvia", slug="kupiansk-village"),
  E("2029-08-03 21:10", "News analysis: Ukraine\u2019s drone makers race to stay ahead of Russian jamming",
    ["On a workbench in a converted garage, engineers are fitting small attack drones with spools of fiber-optic cable, a workaround for the Russian jamming that has grounded many radio-controlled models.",
     "The cable makes the drones immune to electronic interference but limits their range to about 12 miles and snags on trees, the engineers said.",
     "Both armies are now racing to adapt faster than the other side can counter, a contest that officials in Kyiv say will shape the front more than any single new weapon."],
    "other", "security", 2, "analysis-drone-makers-versus-jamming-2029-08", a="Brendan Ashcroft", where="Reporting from Dnipro, Ukraine", slug="drone-jamming-analysis",
    n="theme piece (news analysis), importance 2"),
  ]))

# ---------------------------------------------------------------- 17402 The Guardian (live blog)
SEEDS.append(dict(
  id="17402", name="17402_guardian-live", ext="html", source="The Guardian", zone="Europe/London", render=r_guardian_live,
  title="Russia-Ukraine war live: Nordic and Baltic leaders sign air-defence pledge with Zelenskyy; drones hit Russian bomber base",
  url="https://www.theguardian.com/world/live/2029/aug/06/russia-ukraine-war-live-zelenskyy-oslo-nordic-baltic-engels",
  published="2029-08-06 07:02", byline="Lorna Pettigrew", page_author="Lorna Pettigrew",
  lede="Ukrainian president in Oslo for talks with eight northern European leaders; Saratov governor says drones damaged site in Engels",
  basis="block <time> '{s}' (UK time, BST = UTC+1); day from the page dateline 'Mon 6 Aug 2029 07.02 BST'; local {d} in {z}",
  notes="Imitates a Guardian live blog (dotcom rendering). Newest first; blocks carry '18.40 BST' stamps; three blocks have no headline (headline null, the first sentence is the entry's lead). One page byline (Lorna Pettigrew), used as every block's author. The 'Key events' list names three block headlines: treated as the page's Key Points (key_point true, importance 3). JSON-LD LiveBlogPosting: every liveBlogUpdate carries the PAGE headline and datePublished (the real site does this), so per-entry times and headlines must come from the HTML blocks. 'Updated at 11.48 BST' inside block 6 is chrome, not a stamp. Must not merge: the Engels drone strike (Ukraine's drones on Russia) and the overnight Russian drone attack on Ukraine (block 8).",
  not_entries=["skip links, support banner, navigation and sub-navigation", "series label 'Ukraine' and 'Live' badge", "page headline and standfirst",
               "byline and dateline 'Mon 6 Aug 2029 07.02 BST' / 'First published on ...'", "share links", "'Key events' heading, its three links and 'Show key events only'",
               "'Please turn on JavaScript to use this feature'", "'Updated at 11.48 BST' line inside a block", "'Share' buttons under blocks",
               "support-the-Guardian epic after the fourth block", "'Older' / 'Oldest' pagination", "'Most viewed' links and footer"],
  entries=[
  E("2029-08-06 18:40", "Nordic and Baltic leaders sign air-defence pledge with Zelenskyy",
    ["The leaders of the five Nordic and three Baltic states have signed a joint declaration with Volodymyr Zelenskyy in Oslo, committing to pool money for air-defence systems for Ukraine over the next two years.",
     "The text names no total. Norway\u2019s prime minister, Jonas Gahr St\u00f8re, told reporters it would run to \u201cseveral billion euros\u201d and would be open to other European countries that want to join."],
    "diplomacy", "diplomacy", 3, "oslo-nordic-baltic-air-defence-declaration-2029-08-06", sec=["aid"], kp=True, blk="66b24e1f8f08c3a1d2e4b7a5"),
  E("2029-08-06 17:15", None,
    ["Russia\u2019s defence ministry says its troops have taken Novoserhiivka in the Donetsk region, a claim Kyiv has not confirmed.",
     "Ukraine\u2019s general staff reported 41 Russian assaults along the Pokrovsk section of the front over the past day, the highest figure this month."],
    "other", "frontline", 2, "russia-claims-novoserhiivka-2029-08-06", blk="66b2471d8f08c3a1d2e4b78c"),
  E("2029-08-06 15:52", "Two killed in Russian strike on Sumy",
    ["Two people have been killed and nine injured after a Russian missile hit a street of shops in central Sumy, the head of the city\u2019s military administration said.",
     "Pictures from the scene show the front of a three-storey building torn away and cars burning in the road."],
    "strikes", "strikes", 3, "sumy-missile-strike-2029-08-06", kp=True, blk="66b2402a8f08c3a1d2e4b741"),
  E("2029-08-06 14:22", "Finland extends eastern border closure for another six months",
    ["Finland\u2019s government has decided to keep its land border with Russia closed until at least February, saying Moscow could still steer migrants towards the crossings.",
     "The border has been shut since late 2023."],
    "other", "security", 2, "finland-border-closure-extension-2029-08-06", blk="66b23a0e8f08c3a1d2e4b70f"),
  E("2029-08-06 12:47", None,
    ["Ukraine\u2019s grid operator, Ukrenergo, says no scheduled power cuts will be needed on Tuesday, the first day without outages this month, after repairs to two substations damaged in Russian attacks.",
     "It warned that the schedules could return quickly if there were new strikes on generating plants."],
    "other", "humanitarian", 2, "ukraine-power-cuts-pause-2029-08-06", sec=["strikes"], blk="66b2338b8f08c3a1d2e4b6d3"),
  E("2029-08-06 11:30", "Drones hit area near Engels airbase, Saratov governor says",
    ["The governor of Russia\u2019s Saratov region, Roman Busargin, says an overnight drone attack damaged an industrial site in Engels, the city that hosts one of Russia\u2019s main strategic bomber bases.",
     "Ukraine\u2019s general staff later said the strike had targeted fuel storage at the base itself and that a secondary explosion had been recorded. Neither account could be independently verified."],
    "strikes", "strikes", 3, "engels-airbase-drone-attack-2029-08-06", kp=True, upd="11.48", blk="66b22dd48f08c3a1d2e4b69b"),
  E("2029-08-06 10:05", "Zelenskyy arrives in Oslo for Nordic-Baltic summit",
    ["Volodymyr Zelenskyy has landed in Oslo, where he will meet the leaders of Norway, Sweden, Denmark, Finland, Iceland, Estonia, Latvia and Lithuania.",
     "Air defence is expected to top the agenda, his office said."],
    "diplomacy", "diplomacy", 3, "oslo-nordic-baltic-air-defence-declaration-2029-08-06", blk="66b227a18f08c3a1d2e4b65e"),
  E("2029-08-06 08:15", None,
    ["Ukraine\u2019s air force says it shot down or jammed 39 of the 47 attack drones Russia launched overnight, mostly at the Odesa and Mykolaiv regions.",
     "Debris damaged a warehouse in Mykolaiv, the regional governor said; no one was hurt."],
    "strikes", "strikes", 2, "overnight-russian-drone-attack-2029-08-06", blk="66b21f3c8f08c3a1d2e4b61a",
    n="Russia's drones on Ukraine; must not merge with the Engels strike"),
  ]))

# ---------------------------------------------------------------- 17403 CNN (live story, text scrape)
SEEDS.append(dict(
  id="17403", name="17403_cnn-live", ext="txt", source="CNN", zone="America/New_York", render=r_cnn_live,
  title="August 8, 2029 Russia-Ukraine news", ref="2029-08-08 19:41",
  lede_bullets_title="What we\u2019re covering",
  bullets=["A Russian missile hit a business district of Dnipro on Wednesday afternoon, killing at least six people, officials said.",
           "Turkey\u2019s foreign minister offered to host a new round of talks between Kyiv and Moscow in Istanbul.",
           "Ukraine\u2019s parliament voted to extend martial law and mobilization for another 90 days."],
  byline="By Svitlana Horobchuk, Ed Markley and Nadia Ferrante, CNN",
  related="Analysis: What Turkey\u2019s Istanbul offer says about Ankara\u2019s balancing act",
  basis="post stamp '{s}': absolute stamps give Eastern time and date ('ET', EDT = UTC-4); relative stamps ('N min ago', 'N hr N min ago') are counted back from the page clock 'Updated 7:41 PM EDT, Wed August 8, 2029'; local {d} in {z}",
  notes="Imitates a CNN live story page (text scrape). Newest first. Each post: headline, stamp, 'From CNN\u2019s NAME' line (author; not a body paragraph), body, 'Link Copied!'. The three newest posts carry relative stamps ('8 min ago', '47 min ago', '1 hr 26 min ago'), resolved against the page's 'Updated 7:41 PM EDT, Wed August 8, 2029' clock; older posts print '2:50 p.m. ET, August 8, 2029'. The 'What we\u2019re covering' bullets summarise posts and are not entries. The Dnipro strike is told twice (first report, then toll 6): same story.",
  not_entries=["CNN logo line and section navigation", "'Watch / Listen / Live TV / Subscribe / Sign in'", "'Live Updates' label", "page title",
               "'What we\u2019re covering' and its three bullets", "page byline 'By ... CNN'", "'Updated 7:41 PM EDT, Wed August 8, 2029' clock line",
               "every 'Link Copied!' line", "'Advertisement' / 'Ad Feedback'",
               "closing 'Our coverage ... continues here.'", "'Related article' and its link", "footer links and copyright lines"],
  entries=[
  E("2029-08-08 19:33", "Ukraine\u2019s parliament votes to extend martial law for another 90 days",
    ["Ukrainian lawmakers on Wednesday approved extending martial law and general mobilization for a further 90 days, the latest in a series of extensions since the full-scale invasion began.",
     "The measure passed with 312 votes. Under martial law, Ukraine cannot hold national elections, and most men between 18 and 60 are barred from leaving the country."],
    "other", "politics", 2, "ukraine-martial-law-extension-2029-08-08", a="Svitlana Horobchuk", rel=True),
  E("2029-08-08 18:54", "Turkey offers to host new round of Russia-Ukraine talks in Istanbul",
    ["Turkish Foreign Minister Hakan Fidan said Wednesday his country was ready to host delegations from Kyiv and Moscow in Istanbul as early as next month, after a phone call with his Ukrainian counterpart.",
     "Ukraine\u2019s Foreign Ministry said it welcomed the offer but that any meeting must deal with a full ceasefire, not only prisoner swaps. There was no immediate response from the Kremlin."],
    "diplomacy", "diplomacy", 3, "turkey-offers-istanbul-talks-2029-08-08", a="Ed Markley", rel=True),
  E("2029-08-08 18:15", "Death toll from Russian missile attack on Dnipro rises to 6",
    ["Six people are now confirmed dead after a Russian missile slammed into a business district of Dnipro on Wednesday afternoon, the head of the regional military administration said.",
     "At least 27 people were injured, including three children, he said on Telegram. Rescuers are still searching the upper floors of a damaged office building."],
    "strikes", "strikes", 3, "dnipro-missile-attack-2029-08-08", a="Svitlana Horobchuk", rel=True),
  E("2029-08-08 14:50", "Russian missile hits central Dnipro",
    ["A Russian missile struck the center of the southeastern Ukrainian city of Dnipro on Wednesday, killing at least two people, according to local officials.",
     "Video posted on social media showed thick black smoke rising above high-rise buildings near the riverfront."],
    "strikes", "strikes", 3, "dnipro-missile-attack-2029-08-08", a="Nadia Ferrante", n="first report of the Dnipro strike (toll 2)"),
  E("2029-08-08 11:20", "Germany hands Ukraine another IRIS-T air defense system",
    ["Germany has delivered another IRIS-T SLM air defense system to Ukraine, the German Defense Ministry said Wednesday, bringing the number handed over since 2022 to 14.",
     "Berlin has promised two more before the end of the year."],
    "aid", "aid", 2, "germany-iris-t-delivery-2029-08-08", a="Ed Markley"),
  E("2029-08-08 08:05", "Russia says it downed 40 Ukrainian drones over border regions",
    ["Russian air defenses destroyed 40 Ukrainian drones overnight, most of them over the Belgorod and Kursk regions, Russia\u2019s Defense Ministry said Wednesday.",
     "Belgorod\u2019s governor said a drone had damaged a power substation, cutting electricity to several villages. No injuries were reported."],
    "strikes", "strikes", 2, "russia-downs-drones-border-regions-2029-08-08", a="Nadia Ferrante"),
  E("2029-08-08 05:40", "Evacuations ordered in villages east of Kupiansk as fighting intensifies",
    ["Ukrainian authorities on Wednesday ordered the mandatory evacuation of families with children from 11 villages east of Kupiansk in the Kharkiv region, citing heavier Russian shelling and assaults.",
     "About 240 children still live in the affected villages, regional officials said."],
    "other", "humanitarian", 2, "kupiansk-villages-evacuation-2029-08-08", a="Svitlana Horobchuk"),
  ]))

# ---------------------------------------------------------------- 17404 Al Jazeera (list of key events)
SEEDS.append(dict(
  id="17404", name="17404_aljazeera-keyevents", ext="html", source="Al Jazeera", zone="UTC", render=r_aljazeera_keyevents,
  title="Russia-Ukraine war: List of key events, day 2,725", published="2029-08-10 02:41",
  url="https://www.aljazeera.com/news/2029/8/10/russia-ukraine-war-list-of-key-events-day-2725",
  lede="These are the main developments as Russia\u2019s full-scale war on Ukraine reaches its 2,725th day.",
  intro="Here is where things stand on Friday, August 10, 2029.",
  caption="Emergency workers at the site of a Russian drone strike on a minibus in the Kherson region [Handout/State Emergency Service of Ukraine]",
  related=["Ukraine\u2019s farmers count the cost of a third summer of blackouts", "Can Istanbul host another round of Russia-Ukraine talks?",
           "Photos: Life on the Dnipro River\u2019s front line"],
  basis="no per-bullet time; the visible page prints only the date 'Published On 10 Aug 2029'; the time is the article's NewsArticle JSON-LD datePublished 2029-08-10T02:41:00Z (UTC); local {d} in {z}",
  notes="Imitates Al Jazeera's daily 'List of key events' article. One entry per bullet paragraph under the h2 sections Fighting / Politics and diplomacy / Weapons / Economy: headline null, stamp null, author null (no byline; 'Source: Al Jazeera' is a credit line). The visible page prints only the date ('Published On 10 Aug 2029'); the time comes from the JSON-LD datePublished. Bullets report events of the previous day (9 August) but are dated by the article. The Economy bullet (central-bank rate) is labelled other/politics (domestic policy).",
  not_entries=["header navigation", "topic tag 'Russia-Ukraine war'", "page headline and italic standfirst", "'Published On 10 Aug 2029' date line",
               "Save/share buttons", "featured image caption", "intro line 'Here is where things stand on Friday, August 10, 2029.'",
               "section headings Fighting / Politics and diplomacy / Weapons / Economy", "newsletter sign-up block", "'Source: Al Jazeera'",
               "'Read more' links (three)", "footer"],
  entries=[
  E("2029-08-10 02:41", None,
    ["A Russian drone hit a minibus in the Kherson region, killing three passengers and wounding five, the regional governor said. The vehicle was travelling between two villages close to the Dnipro River."],
    "strikes", "strikes", 3, "kherson-minibus-drone-strike-2029-08-09", sect="Fighting"),
  E("2029-08-10 02:41", None,
    ["Ukraine\u2019s air force said it intercepted 52 of 68 drones and two of four cruise missiles launched by Russia overnight, most of them aimed at energy sites in the west of the country."],
    "strikes", "strikes", 2, "overnight-russian-attack-western-ukraine-2029-08-10", sect="Fighting"),
  E("2029-08-10 02:41", None,
    ["Russia\u2019s Ministry of Defence said its forces had captured the village of Yablunivka in the Donetsk region. Kyiv did not comment on the claim."],
    "other", "frontline", 2, "russia-claims-yablunivka-2029-08-09", sect="Fighting"),
  E("2029-08-10 02:41", None,
    ["Hungary blocked a statement by European Union foreign ministers condemning Russian strikes on Ukrainian hospitals, diplomats said, the third time this year Budapest has vetoed such a text."],
    "diplomacy", "diplomacy", 2, "hungary-blocks-eu-hospital-statement-2029-08-09", sect="Politics and diplomacy"),
  E("2029-08-10 02:41", None,
    ["Ukrainian Foreign Minister Andrii Sybiha met his Indian counterpart in New Delhi and asked India to urge Moscow to accept an unconditional ceasefire. India, a major buyer of Russian oil, has avoided condemning the invasion."],
    "diplomacy", "diplomacy", 3, "sybiha-new-delhi-visit-2029-08-09", sect="Politics and diplomacy"),
  E("2029-08-10 02:41", None,
    ["Sweden announced a military aid package worth 4.2 billion kronor ($410m), including artillery ammunition and radar systems, its largest this year."],
    "aid", "aid", 3, "sweden-military-aid-package-2029-08-09", sect="Weapons"),
  E("2029-08-10 02:41", None,
    ["Ukraine\u2019s central bank kept its key interest rate at 14 percent, citing stubborn inflation driven partly by power shortages after Russian attacks on the grid."],
    "other", "politics", 2, "ukraine-central-bank-rate-hold-2029-08-09", sect="Economy", n="economy bullet; labelled other/politics (domestic policy)"),
  ]))


# ================================================================ Part A renderers, continued

def r_dw_rdf(S):
    """DW English 'all' feed (rss.dw.com/rdf/rss-en-all): RSS 1.0 / RDF with an rdf:Seq of items, dc:date in UTC ('Z'),
    one- or two-sentence descriptions, dc:rights/dc:source, no authors; newest first."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    links = []
    for i, e in enumerate(S["entries"]):
        links.append(f"https://www.dw.com/en/{slugify(e['h'], 70)}/a-{e['cid']}?maca=en-rss-en-all-1573-rdf")
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:dwsyn="http://rss.dw.com/syndication/dwsyn/">',
           '<channel rdf:about="https://rss.dw.com/rdf/rss-en-all">', '<title>Deutsche Welle: DW.com - English</title>',
           '<link>https://www.dw.com/en/</link>',
           '<description>News, analysis and background from Deutsche Welle, Germany\u2019s international broadcaster.</description>',
           '<language>en</language>', f'<dc:date>{iso(last.astimezone(UTC))}</dc:date>', '<dc:language>en</dc:language>',
           '<dc:rights>2029 Deutsche Welle</dc:rights>', '<items>', '<rdf:Seq>']
    out += [f'<rdf:li rdf:resource="{attr(l)}"/>' for l in links]
    out += ['</rdf:Seq>', '</items>', '</channel>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d.astimezone(UTC)); stamps.append(st)
        out += [f'<item rdf:about="{attr(links[i])}">', f'<title>{esc(e["h"])}</title>', f'<link>{esc(links[i])}</link>',
                f'<description>{esc(" ".join(e["p"]))}</description>', f'<dc:date>{st}</dc:date>', '<dc:language>en</dc:language>',
                '<dc:rights>2029 Deutsche Welle</dc:rights>', '<dc:source>Deutsche Welle</dc:source>',
                f'<dwsyn:contentID>{e["cid"]}</dwsyn:contentID>', '<dwsyn:contentType>Text</dwsyn:contentType>', '</item>']
    out.append('</rdf:RDF>')
    return "\n".join(out) + "\n", stamps


def r_france24_live(S):
    """France 24 English live page, text scrape. 'Issued on: 14/08/2029 - 06:40 Modified: 14/08/2029 - 22:18' (Paris time,
    no zone printed); entries newest first: a bare '22:18' line, then paragraphs; entries have no headline."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    L = ["FRANCE 24", "Live", "", "Europe", "", "News   France   Africa   Middle East   Americas   Europe   Asia-Pacific   Business / Tech   Environment   Sport   Culture",
         "", "Ukraine", "", S["title"], "", S["lede"], "",
         f"Issued on: {first:%d/%m/%Y - %H:%M} Modified: {last:%d/%m/%Y - %H:%M}", "", "4 min", "", "By: FRANCE 24", "Follow", "",
         S["caption"], f"\u00a9 {S['credit']}", "", "Advertising", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, ""] + lines_of(e["p"])
        if i == 3:
            L += ["Read more", S["readmore"], ""]
    L += ["Daily newsletter", "Receive essential international news every morning", "Subscribe", "",
          "Take international news everywhere with you! Download the France 24 app", "",
          "France M\u00e9dias Monde   Legal notices   Terms of use   Privacy policy   Cookies", "\u00a9 2029 Copyright France 24 - All rights reserved"]
    return "\n".join(L) + "\n", stamps


def r_cbc_timeline(S):
    """CBC News article with a timeline (text scrape): byline block 'NAME · CBC News · Posted: Aug 16, 2029 6:30 AM EDT |
    Last Updated: ...', intro, then 'Here's how the day unfolded (all times ET):' and items oldest first: a bare
    '6:15 a.m.' line, a bold headline line, paragraphs."""
    z = S["zone"]; order_check(S, False)
    pub = dt(S["posted"], z); upd = dt(S["updated"], z)
    L = ["Skip to Main Content", "", "CBC", "Menu", "Search", "Sign In", "", "News   Sports   Radio   Music   Listen Live   TV   Watch   CBC Gem", "",
         "Top Stories   Local   Climate   World   Canada   Politics   Indigenous   Business   Health   Entertainment   Science   CBC News Investigates",
         "", "World", "", S["title"], "", S["deck"], "", f"{S['byline']} \u00b7 CBC News \u00b7",
         f"Posted: {MON3[pub.month - 1]} {pub.day}, {pub.year} {h12(pub, dots=False, upper=True)} EDT | Last Updated: {MON3[upd.month - 1]} {upd.day}, {upd.year}", "",
         "Social Sharing", "", S["caption"], f"({S['credit']})", ""] + lines_of(S["intro"]) + [S["howto"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d); stamps.append(st)
        L += [st, e["h"], ""] + lines_of(e["p"])
        if i == 2:
            L += ["RELATED STORIES", ] + S["related"] + [""]
    L += [f"With files from {S['files']}", "", "ABOUT THE AUTHOR", S["bio"], "", "Corrections and clarifications | Submit a news tip |", "",
          "Audience Relations, CBC P.O. Box 500 Station A Toronto, ON Canada, M5W 1E6", "", "\u00a92029 Canadian Broadcasting Corporation. All Rights Reserved."]
    return "\n".join(L) + "\n", stamps


def abc_stamp(d):
    return f"{MON3[d.month - 1]} {d.day}, {d.year}, {h12(d, dots=False, upper=True)}"


def r_abc_live(S):
    """ABC News (US) live updates page, HTML: NewsArticle JSON-LD; page byline and 'August 18, 2029, 6:05 AM' (no zone printed,
    Eastern implied); posts newest first: h2 headline, 'Aug 18, 2029, 4:35 PM', body, signature line 'ABC News' NAME'; a
    'WATCH:' post carries only a video player."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"], "mainEntityOfPage": S["url"],
          "datePublished": pub.isoformat(), "dateModified": last.isoformat(),
          "author": [{"@type": "Person", "name": n} for n in S["authors"]],
          "publisher": {"@type": "Organization", "name": "ABC News", "logo": {"@type": "ImageObject", "url": "https://s.abcnews.com/assets/dtci/images/abcnews-logo.png"}}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - ABC News</title>', ld_script(ld), '</head><body>',
           '<header class="navigation"><a href="/" aria-label="ABC News Home Page">ABC News</a><nav><a href="/video">Video</a> <a href="/live">Live</a> '
           '<a href="/shows">Shows</a> <a href="/elections">Elections</a> <a href="/538">538</a> <a href="/shop">Shop</a></nav>'
           '<a href="/stream">Stream on</a></header>',
           '<main><article><div class="live-indicator">LIVE UPDATES</div>', f'<h1>{esc(S["title"])}</h1>', f'<p class="deck">{esc(S["lede"])}</p>',
           '<div class="byline">By ' + ", ".join(esc(n) for n in S["authors"][:-1]) + f', and {esc(S["authors"][-1])}</div>',
           f'<div class="timestamp">{MONTHS[pub.month - 1]} {pub.day}, {pub.year}, {h12(pub, dots=False, upper=True)}</div>',
           '<div class="share"><button>Share</button> <button>Copy link</button></div>',
           f'<figure><figcaption>{esc(S["caption"])}</figcaption><span class="credit">{esc(S["credit"])}</span></figure>',
           '<div class="live-blog">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = abc_stamp(d); stamps.append(st)
        out.append(f'<section class="live-post" id="post-{e["pid"]}"><h2>{esc(e["h"])}</h2><div class="post-time">{st}</div>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="video-player"><span>0:58</span><span>ABC News</span></div>')
        if e["a"]:
            out.append(f'<p class="signature">ABC News\u2019 {esc(e["a"])}</p>')
        out.append('<div class="post-share"><button>Copy link</button></div></section>')
        if i == 1:
            out.append('<div class="ad">Advertisement</div>')
    out += ['</div></article>', '<aside><h3>Top Stories</h3><a href="/US/heat-wave">Record heat grips the Southwest for a 12th day</a></aside></main>',
            '<footer><a href="/about">About ABC News</a> <a href="/privacy">Privacy Policy</a> <a href="/privacy/state">Your US State Privacy Rights</a> '
            '<a href="/children-privacy">Children\u2019s Online Privacy Policy</a> <a href="/interest-ads">Interest-Based Ads</a> <a href="/terms">Terms of Use</a> '
            '<a href="/privacy/do-not-sell">Do Not Sell or Share My Personal Information</a> <a href="/contact">Contact Us</a>'
            '<p>Copyright \u00a9 2029 ABC News Internet Ventures. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_nbc_live(S):
    """NBC News live blog, text scrape. Page title, deck, page byline, newest first; each post: stamp line
    'Aug. 20, 2029, 5:12 PM EDT' ABOVE the headline, then the author's name, then body; 'Share this -' chrome."""
    z = S["zone"]; order_check(S, True)
    L = ["NBC News Logo", "", "Sponsored By", "", "Politics   U.S. News   World   Local   Business   Health   Investigations   Culture & Trends   Science   Sports   Weather",
         "", "World", "", "LIVE BLOG", S["title"], "", S["deck"], "", "Share this -", "", "Live Coverage", "", S["coverage"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{AP_MON[d.month - 1]} {d.day}, {d.year}, {h12(d, dots=False, upper=True)} EDT"; stamps.append(st)
        L += [st, "", e["h"], "", e["a"], ""] + lines_of(e["p"]) + ["Share this -", ""]
        if i == 3:
            L += ["ADVERTISEMENT", ""]
    L += ["Load more", "", "About   Contact   Help   Careers   Ad Choices   Privacy Policy   Your Privacy Choices   CA Notice   Terms of Service",
          "NBC News Sitemap   Closed Captioning   Advertise   Select Shopping", "\u00a9 2029 NBCUniversal Media, LLC"]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- 17405 DW (English 'all' RDF feed)
SEEDS.append(dict(
  id="17405", name="17405_dw-rdf", ext="xml", source="DW", zone="UTC", render=r_dw_rdf,
  title="Deutsche Welle: DW.com - English",
  basis="RDF item dc:date '{s}' (Z = UTC); local {d} in {z}",
  notes="Imitates DW's English all-news feed (rss.dw.com/rdf/rss-en-all), which is RSS 1.0 / RDF: channel with an rdf:Seq of item links, items with title, link, description (the only body), dc:date in UTC, dc:rights, dc:source and dwsyn:* elements; no authors. Newest first. 3 of 7 items are off the war (German heat, German cup football, Polish storms).",
  not_entries=["channel title/link/description/language/dc:date/dc:rights", "items rdf:Seq list", "item link, dc:language, dc:rights, dc:source, dwsyn elements"],
  entries=[
  E("2029-08-12 20:14", "Russian missile strike kills five in Ukraine's Poltava",
    ["At least five people have died after a Russian missile hit a residential district of the central Ukrainian city of Poltava, local authorities said. President Volodymyr Zelenskyy renewed his call for more air defense systems."],
    "strikes", "strikes", 3, "poltava-missile-strike-2029-08-12", cid="70412385"),
  OFF("2029-08-12 18:02", "Heat wave prompts water restrictions in Brandenburg",
      ["Several districts around Berlin have banned watering gardens during the day as river levels fall. Forecasters expect temperatures above 35 degrees Celsius until Wednesday."],
      "brandenburg-water-restrictions-2029-08", n="German weather", cid="70411964"),
  E("2029-08-12 15:36", "Pistorius in Kyiv: Germany to co-finance drone production",
    ["German Defense Minister Boris Pistorius has pledged \u20ac500 million for joint production of interceptor drones during an unannounced visit to Kyiv. It is his third trip to Ukraine this year."],
    "aid", "aid", 3, "pistorius-kyiv-drone-funding-2029-08-12", sec=["diplomacy"], cid="70411502"),
  OFF("2029-08-12 13:10", "German Cup: Second-division Paderborn knock out Hoffenheim",
      ["Paderborn won 2-1 after extra time in the first round of the German Cup. Hoffenheim had led until the 84th minute."],
      "german-cup-paderborn-hoffenheim-2029-08", n="football", cid="70410877"),
  E("2029-08-12 10:48", "Russia sentences exiled journalist in absentia",
    ["A Moscow court has sentenced a Russian journalist living in Riga to eight years in prison for spreading what it called false information about the army. She dismissed the verdict as political."],
    "other", "politics", 2, "russia-exiled-journalist-sentenced-2029-08-12", cid="70410233"),
  E("2029-08-12 08:25", "Moldova finds drone debris after Russian attack on Ukraine",
    ["Moldovan police found the wreckage of a drone in a field near the border with Ukraine after a night of Russian attacks on the Odesa region. Chisinau summoned the Russian ambassador."],
    "other", "security", 2, "moldova-drone-debris-2029-08-12", sec=["diplomacy"], cid="70409871"),
  OFF("2029-08-12 06:05", "Storms leave thousands without power in southern Poland",
      ["Strong winds and hail brought down trees and power lines across the Lesser Poland region overnight. Firefighters were called out more than 1,200 times."],
      "poland-storms-2029-08", n="weather", cid="70409512"),
  ]))

# ---------------------------------------------------------------- 17406 France 24 (live page, text scrape)
SEEDS.append(dict(
  id="17406", name="17406_france24-live", ext="txt", source="France 24", zone="Europe/Paris", render=r_france24_live,
  title="Live: Russian drones target Kyiv for second night as European ministers fund air-defence training",
  lede="Two people were killed in Kyiv overnight and explosions were heard again in the capital late on Tuesday. Follow our live coverage.",
  caption="Firefighters work at a high-rise building in Kyiv hit by drone debris on August 14, 2029.", credit="Sergiy Tkachuk, AFP",
  readmore="Ukraine\u2019s July civilian toll highest in more than a year, UN says",
  basis="bare entry time '{s}' (Paris time, no zone printed; CEST = UTC+2) on the date of the page line 'Issued on: 14/08/2029 - 06:40 Modified: 14/08/2029 - 22:18'; local {d} in {z}",
  notes="Imitates a France 24 English live page (text scrape). Newest first; each entry is a bare 'HH:MM' line followed by paragraphs, with no headline (headline null; first_sentence is the lead). No zone is printed: France 24 times are Paris time (Europe/Paris, CEST). The only dates are in 'Issued on: 14/08/2029 - 06:40 Modified: 14/08/2029 - 22:18'. 'By: FRANCE 24' is a desk credit, so author null. Must not merge: the drone attack on Kyiv late on 14 August (entry 1) and the overnight attack of 13-14 August that killed two (entry 7).",
  not_entries=["logo, 'Live' and navigation", "section label 'Europe' and tag 'Ukraine'", "page title and standfirst", "'Issued on ... Modified ...' line",
               "'4 min' reading time", "'By: FRANCE 24' and 'Follow'", "photo caption and credit", "'Advertising'", "'Read more' with its link",
               "newsletter and app promos", "footer"],
  entries=[
  E("2029-08-14 22:18", None,
    ["Ukraine\u2019s air force warned of a new wave of Russian attack drones heading for Kyiv, the second night in a row, and explosions were heard in the capital shortly afterwards.",
     "Mayor Vitali Klitschko told residents to stay in shelters."],
    "strikes", "strikes", 2, "kyiv-drone-attack-night-2029-08-14", n="evening attack; must not merge with the previous night's deadly attack (entry 7)"),
  E("2029-08-14 19:45", None,
    ["Defence ministers from twelve European countries meeting in Paris agreed to pay for training 5,000 Ukrainian air-defence operators over the next year.",
     "The courses will run in Poland, Romania and Germany, the French defence ministry said."],
    "aid", "aid", 3, "paris-defence-ministers-training-deal-2029-08-14", sec=["diplomacy"]),
  E("2029-08-14 17:02", None,
    ["Russia\u2019s foreign ministry summoned the French ambassador in Moscow to protest against what it called the training of \u201cmercenaries\u201d on French soil.",
     "Paris said the summons changed nothing."],
    "diplomacy", "diplomacy", 2, "russia-summons-french-ambassador-2029-08-14"),
  E("2029-08-14 14:30", None,
    ["Ukraine\u2019s army said it had pulled back from two positions west of Toretsk to avoid being encircled, after weeks of Russian assaults in the area."],
    "other", "frontline", 2, "ukraine-withdraws-positions-toretsk-2029-08-14"),
  E("2029-08-14 11:55", None,
    ["The UN human rights monitoring mission in Ukraine said 214 civilians were killed and more than 900 injured in July, the highest monthly toll in over a year.",
     "Most of the deaths were caused by missiles and glide bombs striking cities far from the front, it said."],
    "other", "humanitarian", 2, "un-civilian-toll-july-2029", sec=["strikes"]),
  E("2029-08-14 09:20", None,
    ["The European Commission paid out \u20ac3.1 billion to Ukraine, the latest tranche of a loan to be repaid from the profits of frozen Russian central bank assets."],
    "aid", "aid", 3, "eu-frozen-assets-loan-tranche-2029-08-14"),
  E("2029-08-14 06:40", None,
    ["Two people were killed and eleven wounded in an overnight Russian drone attack on Kyiv, the city\u2019s military administration said.",
     "Debris set fire to the upper floors of a high-rise in the Solomianskyi district."],
    "strikes", "strikes", 3, "kyiv-overnight-drone-attack-2029-08-14", n="overnight 13-14 August; must not merge with the late-evening attack (entry 1)"),
  ]))

# ---------------------------------------------------------------- 17407 CBC News (article with a timeline)
SEEDS.append(dict(
  id="17407", name="17407_cbc-timeline", ext="txt", source="CBC News", zone="America/Toronto", render=r_cbc_timeline,
  title="Russian missiles and drones knock out power across western Ukraine: How the day unfolded",
  deck="Ottawa announces $120M for energy repairs as Zelenskyy asks for more Patriot interceptors",
  byline="Lena Strachan", page_author="Lena Strachan", posted="2029-08-16 06:30", updated="2029-08-16 16:35",
  caption="Firefighters work at a damaged thermal power plant in the Lviv region of western Ukraine on Thursday.", credit="Ukrainian State Emergency Service/Reuters",
  intro=["Russia fired dozens of missiles and more than a hundred drones at Ukraine overnight, hitting power plants far from the front line and leaving hundreds of thousands of homes in the west of the country without electricity.",
         "We\u2019re following the day\u2019s developments and will update this story."],
  howto="Here\u2019s how the day unfolded (all times ET):",
  related=["Canada extends Operation UNIFIER training mission to 2031", "Why Ukraine\u2019s power grid keeps going dark every summer"],
  files="Reuters and The Associated Press",
  bio="Lena Strachan is a senior writer with CBC News based in Toronto. She has reported from Ukraine, Poland and Moldova.",
  basis="timeline stamp '{s}' (Eastern time per the page note '(all times ET)', EDT = UTC-4) on the day of 'Posted: Aug 16, 2029 6:30 AM EDT'; local {d} in {z}",
  notes="Imitates a CBC News article with a running timeline (text scrape). Byline block 'Lena Strachan \u00b7 CBC News \u00b7' + 'Posted: Aug 16, 2029 6:30 AM EDT | Last Updated: Aug 16, 2029'. The intro paragraphs are the article lede, not entries. Timeline items run OLDEST first: bare '6:15 a.m.' line, bold headline line, paragraphs; the zone comes only from '(all times ET)'. The first item (6:15 a.m.) precedes the Posted time: it was written up retrospectively. The page byline is used as every item's author. The grid attack is told three times (launch, outages, toll): one story.",
  not_entries=["skip link, CBC header and navigation", "section label 'World'", "page title and deck", "byline block with 'Posted ... | Last Updated ...'",
               "'Social Sharing'", "photo caption and credit", "two intro paragraphs (article lede)", "'Here\u2019s how the day unfolded (all times ET):'",
               "'RELATED STORIES' and its two links", "'With files from Reuters and The Associated Press'", "'ABOUT THE AUTHOR' and bio",
               "'Corrections and clarifications | Submit a news tip |'", "Audience Relations address and copyright"],
  entries=[
  E("2029-08-16 06:15", "Missiles and drones target power plants in the west",
    ["Ukraine\u2019s air force said Russia launched 41 missiles and 120 drones overnight, the largest attack in weeks, with thermal power plants in the Lviv and Ivano-Frankivsk regions among the targets.",
     "Air defences shot down 29 of the missiles and most of the drones, it said."],
    "strikes", "strikes", 3, "russian-grid-attack-western-ukraine-2029-08-16"),
  E("2029-08-16 07:40", "600,000 homes without power in Lviv region",
    ["About 600,000 households in the Lviv region lost electricity after the overnight strikes, the regional administration said, and water pumping stations switched to backup generators.",
     "Ukrenergo, the national grid operator, introduced emergency power cuts in five western regions."],
    "strikes", "strikes", 3, "russian-grid-attack-western-ukraine-2029-08-16"),
  E("2029-08-16 09:05", "Poland scrambles jets as missiles fly near border",
    ["Poland\u2019s military said it scrambled fighter jets and put ground-based air defences on alert while Russian missiles were flying toward targets in western Ukraine.",
     "No Polish airspace violation was recorded, it said."],
    "other", "security", 2, "poland-scrambles-jets-2029-08-16", sec=["strikes"]),
  E("2029-08-16 11:30", "Canada announces $120M for Ukraine\u2019s energy repairs",
    ["Foreign Affairs Minister Anita Anand announced $120 million to help Ukraine repair power stations and buy mobile generators, calling the overnight strikes an attempt to freeze and darken Ukrainian cities before winter.",
     "The money will be channelled through the Ukraine Energy Support Fund."],
    "aid", "aid", 3, "canada-energy-repair-aid-2029-08-16"),
  E("2029-08-16 13:45", "Zelenskyy asks allies for more Patriot interceptors",
    ["President Volodymyr Zelenskyy said Ukraine\u2019s allies must speed up deliveries of Patriot interceptor missiles, warning that stocks were running low after three large attacks in two weeks."],
    "aid", "aid", 2, "zelenskyy-patriot-interceptor-appeal-2029-08-16", sec=["strikes"]),
  E("2029-08-16 16:20", "3 killed in Lviv region, governor says",
    ["Three people were killed in the Lviv region when a missile struck near an electrical substation, regional governor Maksym Kozytskyi said.",
     "Two of the dead were workers repairing lines damaged earlier in the night."],
    "strikes", "strikes", 3, "russian-grid-attack-western-ukraine-2029-08-16", n="toll of the overnight grid attack"),
  ]))

# ---------------------------------------------------------------- 17408 ABC News (US) live updates
SEEDS.append(dict(
  id="17408", name="17408_abcnews-live", ext="html", source="ABC News", zone="America/New_York", render=r_abc_live,
  title="Russia-Ukraine live updates: Zelenskyy says Ukraine ready for talks 'at any level'",
  url="https://abcnews.go.com/International/live-updates/russia-ukraine-live-updates/?id=117204836",
  published="2029-08-18 06:05", authors=["Tanya Reyburn", "Kerem Dalgic", "Priya Mehan"],
  lede="The latest developments as fighting continues across southern and eastern Ukraine.",
  caption="Ukrainian servicemen fire a howitzer toward Russian positions in the Zaporizhzhia region, Aug. 17, 2029.", credit="Stringer/Reuters",
  basis="post stamp '{s}' (no zone printed; ABC News prints Eastern time, EDT = UTC-4); local {d} in {z}",
  notes="Imitates an ABC News (US) live-updates page. Newest first; each post: h2 headline, 'Aug 18, 2029, 4:35 PM' (no zone printed: Eastern time assumed, the outlet's home zone), body, signature 'ABC News\u2019 NAME' (author). The bottom post is a 'WATCH:' video post with no text (teaser, importance 1, author null: no signature). JSON-LD is a plain NewsArticle (no updates).",
  not_entries=["header navigation", "'LIVE UPDATES' label", "page headline and deck", "page byline 'By ..., and ...'", "page date line 'August 18, 2029, 6:05 AM'",
               "share buttons", "top photo caption and credit", "signature lines (authors)", "'Copy link' buttons", "video player '0:58 ABC News' in the WATCH post",
               "'Advertisement'", "'Top Stories' rail", "footer"],
  entries=[
  E("2029-08-18 16:35", "Zelenskyy says Ukraine ready for talks 'at any level' if ceasefire holds",
    ["Ukrainian President Volodymyr Zelenskyy said Saturday that Ukraine was ready to meet Russian officials \"at any level,\" including with Vladimir Putin, once a ceasefire in the air and at sea had held for 30 days.",
     "\"We are not afraid of negotiations. We are afraid of a pause that Russia uses to reload,\" Zelenskyy told reporters in Kyiv.",
     "Kremlin spokesman Dmitry Peskov said Moscow had seen no new proposal."],
    "diplomacy", "diplomacy", 3, "zelenskyy-talks-any-level-2029-08-18", a="Tanya Reyburn", pid="9f3c21"),
  E("2029-08-18 14:10", "Russian shelling kills 2 in Nikopol",
    ["Two men were killed when Russian artillery shelled the center of Nikopol, a city across the Dnipro River from Russian-held territory, regional officials said.",
     "A market and a bus stop were damaged."],
    "strikes", "strikes", 3, "nikopol-shelling-2029-08-18", a="Kerem Dalgic", pid="9f3b07"),
  E("2029-08-18 11:45", "IAEA says drone hit training center at Zaporizhzhia nuclear plant",
    ["The International Atomic Energy Agency said a drone struck the roof of a training center just outside the perimeter of the Russian-occupied Zaporizhzhia nuclear plant, causing no injuries.",
     "IAEA chief Rafael Grossi called on both sides to keep drones away from the site."],
    "strikes", "strikes", 2, "zaporizhzhia-npp-training-center-drone-2029-08-18", a="Priya Mehan", pid="9f39a4"),
  E("2029-08-18 09:20", "Ukraine, Netherlands sign deal to co-produce artillery shells",
    ["Ukraine and the Netherlands signed an agreement to jointly produce 155 mm artillery shells, with a Dutch-funded plant in western Ukraine due to start output next year, Ukraine's defense ministry said.",
     "The Dutch government will put up 700 million euros for the project."],
    "aid", "aid", 3, "ukraine-netherlands-shell-coproduction-2029-08-18", a="Kerem Dalgic", pid="9f3810"),
  E("2029-08-18 07:05", "Russia says Ukrainian drone hit bus in Belgorod region, injuring 6",
    ["A Ukrainian drone struck a commuter bus near the town of Shebekino in Russia's Belgorod region, injuring six people, the regional governor said.",
     "Ukraine's military did not comment."],
    "strikes", "strikes", 2, "belgorod-bus-drone-strike-2029-08-18", a="Priya Mehan", pid="9f36c2"),
  E("2029-08-18 06:10", "WATCH: Ukrainian medics train to treat drone wounds", [],
    "other", "humanitarian", 1, "ukrainian-combat-medics-training-video-2029-08-18", pid="9f3551", n="video teaser without text"),
  ]))

# ---------------------------------------------------------------- 17409 NBC News (live blog, text scrape)
SEEDS.append(dict(
  id="17409", name="17409_nbcnews-live", ext="txt", source="NBC News", zone="America/New_York", render=r_nbc_live,
  title="Russia-Ukraine war live updates: Russian missiles hit Kremenchuk refinery",
  deck="The attack came hours after Ukraine said it had struck a Russian landing ship in the Black Sea port of Novorossiysk.",
  coverage="Coverage on this live blog has ended.",
  basis="post stamp '{s}' (printed above the headline; EDT = UTC-4); local {d} in {z}",
  notes="Imitates an NBC News live blog (text scrape). Newest first. Each post: stamp 'Aug. 20, 2029, 5:12 PM EDT' printed ABOVE the headline, then the author's name on its own line, then body, then 'Share this -'. The Kremenchuk refinery strike is told twice (first report, then a death): one story. Must not merge: Ukraine's strike on the Novorossiysk landing ship and Russia's strike on Kremenchuk.",
  not_entries=["logo, 'Sponsored By' and navigation", "section label 'World'", "'LIVE BLOG' label", "page title and deck", "'Share this -' lines",
               "'Live Coverage' and 'Coverage on this live blog has ended.'", "'ADVERTISEMENT'", "'Load more'", "footer"],
  entries=[
  E("2029-08-20 17:12", "State Department approves $825 million sale of air defense parts to Ukraine",
    ["The State Department on Monday approved the possible sale of $825 million in spare parts and repair services for Ukraine's Patriot and NASAMS air defense systems, to be paid for with European funds.",
     "Congress has 30 days to object."],
    "aid", "aid", 3, "us-air-defense-parts-sale-2029-08-20", a="Rachel Okafor"),
  E("2029-08-20 15:40", "One killed as Russian missiles strike Kremenchuk refinery",
    ["One worker was killed and four were injured when Russian missiles hit the oil refinery in Kremenchuk in central Ukraine, the Poltava regional governor said.",
     "Firefighters had contained the blaze by the afternoon."],
    "strikes", "strikes", 3, "kremenchuk-refinery-strike-2029-08-20", a="Colm Hardesty"),
  E("2029-08-20 13:05", "Ukrainian court convicts former lawmaker of treason",
    ["A court in Kyiv sentenced a former member of parliament to 15 years in prison for passing information about air defense positions to Russian intelligence, prosecutors said.",
     "He was tried in absentia; officials believe he is in Moscow."],
    "other", "security", 2, "ukraine-former-lawmaker-treason-conviction-2029-08-20", a="Rachel Okafor"),
  E("2029-08-20 10:30", "Vatican envoy in Moscow to discuss deported children",
    ["Cardinal Matteo Zuppi, the pope's envoy for Ukraine, met Russian officials in Moscow to discuss the return of Ukrainian children held in Russia, the Vatican said.",
     "His last visit, earlier this year, led to the return of about 20 children."],
    "diplomacy", "diplomacy", 2, "vatican-envoy-moscow-children-2029-08-20", a="Yuliia Sarnecka"),
  E("2029-08-20 08:50", "Russian missiles hit Kremenchuk refinery, fire reported",
    ["Russian missiles struck the Kremenchuk oil refinery early Monday, setting off a large fire, Ukrainian officials said.",
     "The refinery, Ukraine's largest, has been attacked repeatedly since 2022."],
    "strikes", "strikes", 3, "kremenchuk-refinery-strike-2029-08-20", a="Yuliia Sarnecka", n="first report; must not merge with the Novorossiysk strike"),
  E("2029-08-20 06:15", "Ukraine says it struck Russian landing ship in Novorossiysk",
    ["Ukraine's navy said sea drones hit a Russian landing ship moored in Novorossiysk overnight, damaging its hull.",
     "Russia's Defense Ministry said it had repelled an attack on the port and made no mention of damage."],
    "strikes", "strikes", 2, "novorossiysk-landing-ship-strike-2029-08-20", a="Colm Hardesty"),
  E("2029-08-20 05:00", "Ukraine says Russia launched 76 drones overnight",
    ["Russia attacked Ukraine with 76 drones and two ballistic missiles overnight, Ukraine's air force said, adding that 61 drones were shot down or jammed."],
    "strikes", "strikes", 2, "overnight-russian-drone-attack-2029-08-20", a="Colm Hardesty"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_corvisham(S):
    """text live blog, newest first: header date line with 'All times BST', 'Key Points' list, then posts: stamp line
    '4.52pm', headline, body, 'Posted by NAME' sign-off when the post is signed."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "Home | UK | World | Business | Politics | Sport | Live", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, dots=False, space="", sep="."); stamps.append(st)
        L += [st, e["h"], ""] + lines_of(e["p"])
        if e["a"]:
            L += [f"Posted by {e['a']}", ""]
        if i == 2:
            L += ["Get our Ukraine newsletter every weekday morning. Sign up here.", ""]
    L += ["Show older posts", "", f"\u00a9 2029 {S['source']} \u00b7 About \u00b7 Contact \u00b7 Privacy \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_gullstrand(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with one BlogPosting per update (own headline/datePublished);
    visible '<time datetime>' '11:25' (Kyiv time, stated in the dateline); author line under the headline."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 101}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {esc(S["source"])}</title>', ld_script(ld), '</head><body>',
           f'<div class="cookie">This site uses cookies. <button>Accept</button> <button>Manage</button></div>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a href="/war">War</a> <a href="/politics">Politics</a> '
           '<a href="/economy">Economy</a> <a href="/opinion">Opinion</a> <a href="/donate">Donate</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="post" id="post-{i + 101}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="by">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="post-tools"><a>Copy link</a></div></article>')
        if i == 3:
            out.append(f'<aside class="read-also"><h3>Read also</h3><a href="/war/explainers">{esc(S["readalso"])}</a></aside>')
    out += ['<p class="end">The live blog continues tomorrow.</p></main>', f'<footer>{esc(S["source"])} \u00b7 Editorial policy \u00b7 Contacts \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """RSS 2.0 feed, newest first: pubDate in GMT (S['rfc'] == 'GMT') or with the numeric offset; CDATA paragraphs;
    <category>; dc:creator only for signed items."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>',
           f'<atom:link href="{S["url"]}/rss.xml" rel="self" type="application/rss+xml"/>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z) + timedelta(minutes=4), gmt=S["rfc"] == "GMT")}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S["rfc"] == "GMT"); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "world").lower()}/{slugify(e["h"], 50)}-{i + 3301}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_article(S):
    """text article with section headings (one entry per section), page byline, dateline with time and zone; no per-section stamp."""
    L = [S["source"], "World \u203a Europe \u203a Ukraine", "", S["kicker"], S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share \u00b7 Print \u00b7 Comments (14)", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + lines_of(e["p"])
        if i == 0:
            L += [f"Also read: {S['alsoread']}", ""]
    L += [S["more"], "", f"\u00a9 {S['source']} 2029 \u00b7 Imprint \u00b7 Privacy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_rookhallow(S):
    """HTML live, newest first, no JSON-LD; bare '17:50' in a span above the h2, 'All times CEST' note in the meta line;
    author line under the headline; photo posts carry a gallery placeholder."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title></head><body>',
           '<div id="consent">We value your privacy. <button>Accept all</button> <button>Settings</button></div>',
           f'<header><b>{esc(S["source"])}</b> <nav><a>Poland</a> <a>Europe</a> <a>World</a> <a>War in Ukraine</a> <a>Economy</a> <a>Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])} \u00b7 {esc(S["tznote"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="entry"><span class="entry-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="entry-author">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">[Gallery: 12 photos]</div>')
        out.append('</div>')
        if i == 2:
            out.append(f'<aside><h3>See also</h3><a href="/world/grain">{esc(S["seealso"])}</a></aside>')
    out += ['<p class="more"><a href="/live/ukraine-23-08">Yesterday\u2019s live coverage</a></p></main>',
            f'<footer>{esc(S["source"])} \u00b7 About us \u00b7 Advertising \u00b7 Privacy policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO with the outlet's offset (Z for UTC); escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>{S["url"]}/atom.xml</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link href="{S["url"]}/story/{i + 7720}"/>', f'<id>tag:{S["url"].split("//")[1]},2029:{i + 7720}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_quarrelby(S):
    """text live blog, oldest first; stamp line '5:30 a.m. EDT' before each headline; dateline with year; no per-post authors."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Local  \u00b7  Nation  \u00b7  World  \u00b7  Business  \u00b7  Sports  \u00b7  Obituaries", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{h12(d)} EDT"; stamps.append(st)
        L += [st, e["h"], ""] + lines_of(e["p"])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["This live blog has ended.", "", f"{S['source']} \u00b7 Terms \u00b7 Privacy \u00b7 Contact the newsroom"]
    return "\n".join(L) + "\n", stamps


def r_millstream(S):
    """text live blog, oldest first; date line with weekday and day but NO year; bare '07:20' line before the headline; page byline."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Live  \u00b7  Ukraine  \u00b7  Russia  \u00b7  Region  \u00b7  Explainers", "", S["title"], S["dateline"], S["byline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + lines_of(e["p"])
        if i == 3:
            L += ["Support independent reporting from Ukraine. Become a member.", ""]
    L += ["We will be back tomorrow morning.", "", f"{S['source']} \u00b7 Team \u00b7 Contact \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_northallow(S):
    """HTML live, newest first; JSON-LD @graph whose article node has @type ['NewsArticle','LiveBlogPosting'] and no
    liveBlogUpdate; visible '7.55pm' in <time datetime>; signature after the body."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    base = S["url"].split("/live")[0]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": base + "/#org", "name": S["source"], "url": base},
        {"@type": "WebPage", "@id": S["url"] + "#webpage", "url": S["url"], "name": S["title"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"] + "#article", "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "isPartOf": {"@id": S["url"] + "#webpage"},
         "publisher": {"@id": base + "/#org"}}]}
    out = ['<!DOCTYPE html>', '<html lang="en-IE"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>', ld_script(ld), '</head><body>',
           f'<header>{esc(S["source"])} <nav><a>News</a> <a>Ireland</a> <a>World</a> <a>Business</a> <a>Sport</a> <a>Podcasts</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, dots=False, space="", sep="."); stamps.append(st)
        out.append(f'<div class="lb-post"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">\u2014 {esc(e["a"])}</p>')
        out.append('</div>')
        if i == 1:
            out.append(f'<div class="promo">Get the {esc(S["source"])} world briefing in your inbox every evening</div>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Contact \u00b7 Privacy \u00b7 Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2029-08-23 (UTC), day 2 = 2029-08-24, day 3 = 2029-08-28.
ZAP = "zaporizhzhia-bus-station-missile-strike-2029-08-23"
PRIS = "uae-mediated-prisoner-exchange-2029-08-23"
WARN = "analysis-frontline-cities-missile-warning-time"
WARN_H = "Analysis: Why front-line cities get only seconds of warning"
WARN_P = ["Today\u2019s attack on Zaporizhzhia is a reminder of how little time cities close to the front have to react when Russia fires ballistic missiles.",
          "A missile launched from occupied territory or from across the Sea of Azov can reach Zaporizhzhia in well under two minutes. Air-raid sirens often sound after the impact, not before it.",
          "Patriot batteries can intercept such missiles, but Ukraine has too few to cover every city, and commanders tend to keep them around Kyiv and critical energy sites. Officials in the south have asked for years for a battery of their own."]

# ---------------------------------------------------------------- 17420 Corvisham Courier (day 1)
SEEDS.append(dict(
  id="17420", name="17420_corvisham-textlive", ext="txt", source="Corvisham Courier", zone="Europe/London", render=r_corvisham,
  title="Ukraine war live: missiles strike Zaporizhzhia bus station; Germany to send more IRIS-T systems",
  dateline="Thursday 23 August 2029 \u00b7 All times BST",
  lede="Russian ballistic missiles hit the centre of Zaporizhzhia during the morning rush hour. Follow the day\u2019s developments here.",
  basis="stamp line '{s}' (UK time per the header 'All times BST', BST = UTC+1) on 'Thursday 23 August 2029'; local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, newest first; 12-hour stamps with a dot and no zone ('4.52pm'); the zone is given once in the header ('All times BST'). 'Key Points' lists three post headlines (key_point true, importance 3). Signed posts end with 'Posted by NAME' (author); unsigned posts have author null. 17420-04 is a 'Watch:' teaser without body. 17420-02 is a theme piece (analysis) that mentions the Zaporizhzhia strike but is its own story; it is re-posted verbatim on day 2 by 17432. Must not merge: the overnight drone attack on Vasylivka district (17420-07, same region, other strike) and the city missile strike; Germany's IRIS-T announcement (17420-05) and Kyiv's Patriot request in Berlin (17423-03), same aid theme, different events.",
  not_entries=["outlet name and navigation", "'LIVE' label", "page title", "date line 'Thursday 23 August 2029 \u00b7 All times BST'", "lede",
               "'Key Points' heading and its three bullets (they repeat post headlines)", "'Latest'", "'Posted by NAME' sign-offs",
               "newsletter promo after the third post", "'Show older posts'", "footer"],
  entries=[
  E("2029-08-23 16:52", "Zaporizhzhia death toll rises to nine",
    ["Nine people are now known to have died in this morning\u2019s missile strike near Zaporizhzhia\u2019s central bus station, the regional governor, Ivan Fedorov, said.",
     "More than 30 people were injured, eleven of them seriously. Rescuers have finished searching the wrecked ticket hall but are still working in a neighbouring office block."],
    "strikes", "strikes", 3, ZAP, a="Amira Castellane", kp=True, n="toll 9"),
  E("2029-08-23 15:30", WARN_H, WARN_P, "strikes", "strikes", 2, WARN, a="Tobias Wrenfield",
    n="theme piece (analysis); mentions the Zaporizhzhia strike but is its own story: must not merge with it; re-posted verbatim on day 2 (17432-02)"),
  E("2029-08-23 14:05", "EU\u2019s Kallas condemns \u2018cynical\u2019 strike on Zaporizhzhia",
    ["The EU\u2019s foreign policy chief, Kaja Kallas, called the attack \u201ccynical and deliberate\u201d and said it showed why Europe had to speed up deliveries of air defence.",
     "She said foreign ministers would discuss the strike at their meeting next week."],
    "strikes", "strikes", 3, ZAP, a="Amira Castellane", sec=["diplomacy"], n="reaction whose content is the strike itself"),
  E("2029-08-23 12:40", "Watch: Rescuers search wreckage near Zaporizhzhia bus station", [], "strikes", "strikes", 1, ZAP, n="teaser without body"),
  E("2029-08-23 11:15", "Germany to send two more IRIS-T systems this year",
    ["Germany will deliver two additional IRIS-T air defence systems to Ukraine before the end of the year, the defence ministry in Berlin said, paid for from its 2029 aid budget.",
     "Kyiv has repeatedly asked for more medium-range systems to protect cities in the south and east."],
    "aid", "aid", 3, "germany-two-more-iris-t-systems-2029-08-23", a="Tobias Wrenfield", kp=True,
    n="must not merge with Kyiv's Patriot request in Berlin (17423-03): same aid theme, different event"),
  E("2029-08-23 09:20", "Russian missiles strike central Zaporizhzhia",
    ["Russian ballistic missiles have struck the centre of Zaporizhzhia in south-eastern Ukraine, killing at least three people, according to regional officials.",
     "One missile landed near the city\u2019s main bus station during the morning rush, the governor said. Videos shared by residents show burning buses and shattered shop windows."],
    "strikes", "strikes", 3, ZAP, a="Amira Castellane", kp=True, n="first report; toll 3"),
  E("2029-08-23 07:45", "Drones hit Vasylivka district overnight, one injured",
    ["Russian drones struck farm buildings and a power line in the Vasylivka district of the Zaporizhzhia region overnight, injuring a tractor driver, local officials said."],
    "strikes", "strikes", 2, "vasylivka-district-drone-attack-2029-08-23",
    n="same region, other strike (night drones on a rural district): must not merge with the Zaporizhzhia city missile strike"),
  ]))

# ---------------------------------------------------------------- 17421 Gullstrand Herald (day 1)
SEEDS.append(dict(
  id="17421", name="17421_gullstrand-ldlive", ext="html", source="Gullstrand Herald", zone="Europe/Kyiv", render=r_gullstrand,
  title="War in Ukraine, day by day: missile strike on Zaporizhia, prisoner swap",
  url="https://gullstrand-herald.example/live/2029-08-23-war-in-ukraine", dateline="Thursday, 23 August 2029 \u00b7 Kyiv time",
  lede="Our reporters follow the events of the day across Ukraine.", readalso="How prisoner exchanges between Kyiv and Moscow are negotiated",
  basis="visible <time> '{s}' (Kyiv time per the dateline, EEST = UTC+3; the <time datetime> and the JSON-LD update agree) on 'Thursday, 23 August 2029'; local {d} in {z}",
  notes="Invented outlet (Kyiv, English edition). HTML live blog, OLDEST first; LiveBlogPosting JSON-LD with one BlogPosting per update (own headline, datePublished with +03:00, author). Visible stamps are bare 'HH:MM' in <time datetime>. Spells the city 'Zaporizhia'. 17421-05 repeats 17421-02 nearly verbatim (duplicate_of; only 'freed' -> 'released'). Must not merge: the Kherson shelling death (17421-01, another deadly strike that morning) and the Zaporizhia missile strike.",
  not_entries=["cookie notice", "logo and navigation", "page title", "dateline 'Thursday, 23 August 2029 \u00b7 Kyiv time'", "intro line",
               "author lines under headlines", "'Copy link' tools", "'Read also' box after the fourth post", "'The live blog continues tomorrow.'", "footer"],
  entries=[
  E("2029-08-23 08:10", "Shelling kills pensioner in Kherson",
    ["A 74-year-old woman was killed when Russian artillery shelled the Dniprovskyi district of Kherson early on Thursday, the city\u2019s military administration said.",
     "Two houses caught fire."],
    "strikes", "strikes", 3, "kherson-shelling-death-2029-08-23", a="Olena Marchuk",
    n="deadly strike elsewhere on the same morning: must not merge with the Zaporizhzhia strike"),
  E("2029-08-23 09:35", "Prisoner swap: 205 Ukrainians return home",
    ["Ukraine and Russia exchanged 205 prisoners of war each on Thursday in a swap mediated by the United Arab Emirates, Ukraine\u2019s coordination headquarters for prisoners said.",
     "Among those freed were soldiers captured in Mariupol in 2022 and several National Guard members held for more than five years."],
    "diplomacy", "diplomacy", 3, PRIS, a="Olena Marchuk"),
  E("2029-08-23 11:25", "Explosions in Zaporizhia as missiles hit city centre",
    ["Several explosions rocked central Zaporizhia shortly before 11:00, and the regional governor reported that a ballistic missile had hit near the bus station.",
     "At least three people were killed and 17 injured, he said."],
    "strikes", "strikes", 3, ZAP, a="Denys Holub", n="spelling 'Zaporizhia'; toll 3"),
  E("2029-08-23 13:10", "Zelensky: Russia chose a bus station full of civilians",
    ["President Volodymyr Zelensky said Russia had deliberately aimed at a crowded bus station and asked allies for more Patriot systems for the south.",
     "\u201cThere was no military target there. There were people going to work,\u201d he wrote on Telegram. Officials now put the toll at four."],
    "strikes", "strikes", 3, ZAP, a="Denys Holub", n="reaction whose content is the strike itself; toll 4"),
  E("2029-08-23 14:40", "Prisoner swap: 205 Ukrainians return home",
    ["Ukraine and Russia exchanged 205 prisoners of war each on Thursday in a swap mediated by the United Arab Emirates, Ukraine\u2019s coordination headquarters for prisoners said.",
     "Among those released were soldiers captured in Mariupol in 2022 and several National Guard members held for more than five years."],
    "diplomacy", "diplomacy", 1, PRIS, a="Olena Marchuk", dup="17421-02", n="near-verbatim repeat of 17421-02"),
  E("2029-08-23 16:20", "Parliament confirms new deputy defence minister",
    ["The Verkhovna Rada confirmed Iryna Sulyma, a former head of the state arms procurement agency, as deputy defence minister in charge of drone production."],
    "other", "politics", 2, "ukraine-new-deputy-defence-minister-2029-08-23", a="Denys Holub"),
  E("2029-08-23 18:05", "Zaporizhia toll climbs to six as search goes on",
    ["The number of people killed in the morning missile strike on Zaporizhia has risen to six, the State Emergency Service said, as rescuers kept searching an office building next to the bus station."],
    "strikes", "strikes", 3, ZAP, a="Olena Marchuk", n="toll 6"),
  ]))

# ---------------------------------------------------------------- 17422 Lanternby World Service (day 1, general world feed)
SEEDS.append(dict(
  id="17422", name="17422_lanternby-worldrss", ext="xml", source="Lanternby World Service", zone="UTC", render=r_worldrss, rfc="GMT",
  title="Lanternby World Service \u2013 World", url="https://lanternby-world.example", lede="Headlines from around the world",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, no authors, CDATA paragraphs. 4 of 6 items are off the war (Taiwan typhoon, Portuguese wildfires, Chennai monsoon, deep-sea mining). War items spell the city 'Zaporozhye' (toll 9) and report the 205-for-205 exchange.",
  not_entries=["channel title/link/atom:link/description/language/lastBuildDate", "item link, guid and category elements"],
  entries=[
  OFF("2029-08-23 20:45", "Typhoon forces evacuations in southern Taiwan",
      ["Authorities in southern Taiwan moved more than 20,000 people from coastal and mountain villages as a typhoon approached with gusts of up to 170 km/h."],
      "taiwan-typhoon-evacuations-2029-08", n="weather", cat="Asia"),
  E("2029-08-23 18:30", "Nine killed in Russian missile strike on Zaporozhye",
    ["A Russian missile attack on the Ukrainian city of Zaporozhye on Thursday killed nine people and injured more than 30, Ukrainian officials said. Moscow did not comment."],
    "strikes", "strikes", 3, ZAP, n="spelling 'Zaporozhye'; toll 9", cat="Europe"),
  OFF("2029-08-23 15:10", "Portugal battles wildfires near Coimbra",
      ["More than 900 firefighters were fighting three large blazes in central Portugal, where temperatures passed 40C for a fourth day."],
      "portugal-coimbra-wildfires-2029-08", n="wildfires", cat="Europe"),
  E("2029-08-23 12:20", "Russia and Ukraine swap 205 prisoners each",
    ["Russia and Ukraine each freed 205 prisoners of war on Thursday in an exchange brokered by the United Arab Emirates, officials on both sides said."],
    "diplomacy", "diplomacy", 3, PRIS, cat="Europe"),
  OFF("2029-08-23 09:55", "Monsoon rains ease water shortage in Chennai",
      ["Heavy rain over the past week has refilled two of the four reservoirs that supply the Indian city, officials said, allowing them to lift daily supply cuts."],
      "chennai-monsoon-reservoirs-2029-08", n="weather", cat="Asia"),
  OFF("2029-08-23 06:30", "Pacific nations call for pause on deep-sea mining",
      ["Leaders of twelve Pacific island states called for a ten-year moratorium on deep-sea mining at a regional summit in Suva."],
      "pacific-deep-sea-mining-moratorium-2029-08", n="environment", cat="Asia-Pacific"),
  ]))

# ---------------------------------------------------------------- 17423 Pewtersby Review (day 1, article with sections)
SEEDS.append(dict(
  id="17423", name="17423_pewtersby-article", ext="txt", source="Pewtersby Review", zone="Europe/Berlin", render=r_article,
  title="Deadly strike on Zaporizhzhia overshadows prisoner exchange", kicker="WAR IN UKRAINE",
  lede="Russian missiles killed at least five people in the south-eastern city on Thursday, hours after the two sides swapped hundreds of prisoners.",
  byline="Katrin Oberwald", page_author="Katrin Oberwald", dateline="23 August 2029, 15:40 CEST",
  alsoread="Ukraine\u2019s drone industry courts German investors", more="More on the war in Ukraine",
  basis="no per-section time; the article dateline '23 August 2029, 15:40 CEST' (CEST = UTC+2) dates every section; local {d} in {z}",
  notes="Invented outlet (Berlin, English service). Text article with three section headings; each section is one entry (headline = heading, stamp null, published = the dateline time). Page byline used as author. The 'Also read:' line is a related link. 17423-03 (Kyiv's request for Patriot interceptors) shares the air-defence aid theme with Germany's IRIS-T announcement (17420-05) but is a different event: must not merge.",
  not_entries=["outlet name and breadcrumb", "kicker 'WAR IN UKRAINE'", "page title", "standfirst", "byline 'By Katrin Oberwald'", "dateline",
               "'Share \u00b7 Print \u00b7 Comments (14)'", "'Also read: ...' link line", "'More on the war in Ukraine'", "footer"],
  entries=[
  E("2029-08-23 15:40", "Missile strike on Zaporizhzhia",
    ["At least five people were killed on Thursday morning when Russian missiles struck the centre of Zaporizhzhia, regional governor Ivan Fedorov said.",
     "One missile exploded near the main bus station at the height of the morning rush. Around 25 people were taken to hospital.",
     "Zaporizhzhia lies roughly 30 kilometres from the front line and is regularly hit by missiles, glide bombs and drones."],
    "strikes", "strikes", 3, ZAP, n="toll 5"),
  E("2029-08-23 15:40", "Prisoner exchange brokered by Abu Dhabi",
    ["Earlier in the day, Russia and Ukraine each released 205 prisoners of war in an exchange mediated by the United Arab Emirates.",
     "Ukrainian officials said some of the returning soldiers had been held since the siege of Mariupol in 2022."],
    "diplomacy", "diplomacy", 3, PRIS),
  E("2029-08-23 15:40", "Kyiv asks Berlin for more Patriot interceptors",
    ["Ukraine\u2019s ambassador in Berlin asked the German government to release more interceptor missiles for Patriot systems, saying stocks in the south were nearly exhausted.",
     "The German defence ministry said it was examining the request."],
    "aid", "aid", 2, "ukraine-asks-germany-patriot-interceptors-2029-08-23",
    n="same aid theme as Germany's IRIS-T announcement (17420-05), different event: must not merge"),
  ]))

# ---------------------------------------------------------------- day 2 (2029-08-24, Ukraine's Independence Day)
ODESA = "odesa-port-drone-attack-2029-08-24"
INDEP = "zelensky-independence-day-address-2029-08-24"
CANPM = "carney-kyiv-visit-2029-08-24"

# ---------------------------------------------------------------- 17430 Rookhallow Post (day 2)
SEEDS.append(dict(
  id="17430", name="17430_rookhallow-htmllive", ext="html", source="Rookhallow Post", zone="Europe/Warsaw", render=r_rookhallow,
  title="Ukraine marks Independence Day as Russian drones hit Odesa port \u2013 live", dateline="Friday, 24 August 2029", tznote="All times CEST",
  lede="Ukraine celebrates 38 years of independence under air-raid alerts; a grain terminal burns in Odesa.",
  seealso="Black Sea shipping insurers raise war-risk premiums again",
  basis="bare stamp '{s}' above the headline (Polish time per the note 'All times CEST', CEST = UTC+2) on 'Friday, 24 August 2029'; local {d} in {z}",
  notes="Invented outlet (Warsaw, English edition). HTML live blog, newest first, no JSON-LD; bare 'HH:MM' in a span above each h2, the zone only in the meta line 'All times CEST'. 17430-02 is a 'Photos:' teaser (gallery placeholder, no text) for the Independence Day story. Must not merge: the drone strike on Izmail port (17430-05, same Odesa region, other strike) and the Odesa port attack.",
  not_entries=["consent bar", "outlet name and navigation", "page title", "meta line 'Friday, 24 August 2029 \u00b7 All times CEST'", "lead paragraph",
               "author lines", "gallery placeholder '[Gallery: 12 photos]'", "'See also' box", "'Yesterday\u2019s live coverage' link", "footer"],
  entries=[
  E("2029-08-24 18:10", "Canadian prime minister arrives in Kyiv",
    ["Canada\u2019s Prime Minister Mark Carney arrived in Kyiv by train on Friday evening for talks with President Volodymyr Zelensky, his office said.",
     "He is the third foreign leader to visit Kyiv this week."],
    "diplomacy", "diplomacy", 3, CANPM, a="Marek Zieli\u0144ski"),
  E("2029-08-24 16:15", "Photos: Ukraine marks Independence Day under air-raid alerts", [], "diplomacy", "diplomacy", 1, INDEP,
    n="teaser without body (photo gallery) for the Independence Day story"),
  E("2029-08-24 13:30", "Odesa port attack: death toll rises to three",
    ["Two more people have died in hospital after the overnight drone attack on the port of Odesa, bringing the death toll to three, regional governor Oleh Kiper said."],
    "strikes", "strikes", 3, ODESA, a="Agata Wrzos", n="toll 3"),
  E("2029-08-24 11:05", "Zelensky: \u2018Our independence is not up for negotiation\u2019",
    ["In his Independence Day address on Sofia Square in Kyiv, President Volodymyr Zelensky said Ukraine would never accept a peace deal that recognised Russian control over occupied land.",
     "\u201cThirty-eight years ago we chose independence. We are not going to hand it back,\u201d he said."],
    "diplomacy", "diplomacy", 3, INDEP, a="Marek Zieli\u0144ski"),
  E("2029-08-24 08:20", "Drone hits Izmail port on the Danube",
    ["A Russian drone damaged a warehouse at the Danube port of Izmail in the Odesa region overnight, local authorities said. No one was hurt."],
    "strikes", "strikes", 2, "izmail-port-drone-strike-2029-08-24", a="Agata Wrzos",
    n="same region (Odesa oblast), other strike: must not merge with the Odesa port attack"),
  E("2029-08-24 06:45", "Russian drones set Odesa grain terminal ablaze",
    ["Russian attack drones hit a grain terminal in the port of Odesa overnight, killing one worker and setting fire to a storage hall, Ukraine\u2019s southern defence forces said.",
     "About 3,000 tonnes of grain were destroyed, the terminal\u2019s operator said."],
    "strikes", "strikes", 3, ODESA, a="Agata Wrzos", n="first report; toll 1"),
  ]))

# ---------------------------------------------------------------- 17431 Silvanbeck Dispatch (day 2, Atom)
SEEDS.append(dict(
  id="17431", name="17431_silvanbeck-atom", ext="xml", source="Silvanbeck Dispatch", zone="Europe/Kyiv", render=r_atom,
  title="Silvanbeck Dispatch \u2014 Ukraine", url="https://silvanbeck-dispatch.example", lede="Reporting from Kyiv and the regions",
  basis="Atom <published> '{s}' (explicit +03:00 = Kyiv summer time); local {d} in {z}",
  notes="Invented outlet (Kyiv). Atom 1.0 feed, newest first, <published> with +03:00, <author> per entry, escaped HTML content. 17431-02 continues the day-1 Zaporizhzhia story with a new development (toll 11, day of mourning): same story slug as day 1, importance 3 (three day-2 seeds carry it). 17431-01 (Carney's drone pledge during his Kyiv visit) leads with the pledge: aid, secondary diplomacy, same story as the visit in 17430-01.",
  not_entries=["feed title, subtitle, links, id and updated", "entry link, id and updated elements"],
  entries=[
  E("2029-08-24 21:10", "Carney pledges C$300 million for drones during Kyiv visit",
    ["Canadian Prime Minister Mark Carney announced 300 million Canadian dollars for Ukrainian-made interceptor drones after talks with Volodymyr Zelensky in Kyiv on Friday evening.",
     "The two leaders also signed a memorandum on training Ukrainian pilots in Canada."],
    "aid", "aid", 3, CANPM, a="Iryna Tkachuk", sec=["diplomacy"]),
  E("2029-08-24 18:25", "Zaporizhzhia mourns as toll from bus station strike reaches 11",
    ["Zaporizhzhia observed a day of mourning on Friday after two more victims of Thursday\u2019s missile strike near the central bus station died in hospital, raising the death toll to 11.",
     "Flags flew at half-mast and the city cancelled its Independence Day concerts."],
    "strikes", "strikes", 3, ZAP, a="Roman Hlushko", n="continuation of the day-1 story with a new development (toll 11, mourning)"),
  E("2029-08-24 15:50", "Fourth victim dies after Odesa port attack",
    ["A fourth person has died after Russia\u2019s overnight drone attack on Odesa\u2019s port, the regional governor said on Friday afternoon.",
     "The grain terminal hit in the attack will be out of action for at least two weeks, its operator said."],
    "strikes", "strikes", 3, ODESA, a="Iryna Tkachuk", n="toll 4"),
  E("2029-08-24 12:30", "Zelensky rules out territorial concessions in Independence Day speech",
    ["President Volodymyr Zelensky used his Independence Day speech to rule out giving up occupied territory in exchange for a ceasefire, telling a crowd in central Kyiv that Ukraine\u2019s borders were not a bargaining chip."],
    "diplomacy", "diplomacy", 3, INDEP, a="Roman Hlushko"),
  E("2029-08-24 09:15", "Russia claims capture of village near Huliaipole",
    ["Russia\u2019s defence ministry said its troops had taken the village of Zaliznychne, west of Huliaipole in the Zaporizhzhia region. Ukraine\u2019s southern command called the claim false."],
    "other", "frontline", 2, "russia-claims-zaliznychne-2029-08-24", a="Roman Hlushko"),
  E("2029-08-24 07:00", "Twelve children brought back from occupied territories",
    ["Twelve Ukrainian children have been brought back from Russian-occupied parts of the Kherson and Luhansk regions under the Bring Kids Back programme, the presidential office said."],
    "other", "humanitarian", 2, "children-returned-from-occupied-areas-2029-08-24", a="Iryna Tkachuk"),
  ]))

# ---------------------------------------------------------------- 17432 Quarrelby Evening Star (day 2)
SEEDS.append(dict(
  id="17432", name="17432_quarrelby-textlive", ext="txt", source="Quarrelby Evening Star", zone="America/New_York", render=r_quarrelby,
  title="Ukraine war live: Drones hit Odesa port as Kyiv marks Independence Day", dateline="Friday, August 24, 2029",
  lede="Updates through the day from our world desk and wire services.",
  basis="stamp line '{s}' (EDT = UTC-4) on the dateline 'Friday, August 24, 2029'; local {d} in {z}",
  notes="Invented outlet (US). Text live blog, OLDEST first; stamp line '5:30 a.m. EDT' before each headline; no per-post authors. 17432-02 re-posts the day-1 analysis 17420-02 verbatim (same headline and text, syndicated): importance 1, duplicate_of null (duplicates are within a seed only), story slug as on day 1. 17432-03 is a theme piece (explainer on the Black Sea corridor) that mentions the Odesa attack but is its own story. 17432-06 repeats 17432-01 nearly verbatim (duplicate_of). 17432-04 continues the day-1 Zaporizhzhia story (toll 11). 17432-05 (senators' letter) cites the Zaporizhzhia strike but is its own story.",
  not_entries=["outlet name and navigation", "page title", "dateline", "lede", "'ADVERTISEMENT'", "'This live blog has ended.'", "footer"],
  entries=[
  E("2029-08-24 05:30", "Odesa port hit overnight; grain terminal burns",
    ["Russian drones hit the Ukrainian port of Odesa overnight, setting a grain terminal on fire and killing one worker, Ukrainian officials said Friday.",
     "The attack came hours before Ukraine marked its Independence Day."],
    "strikes", "strikes", 3, ODESA, n="toll 1"),
  E("2029-08-24 06:40", WARN_H, WARN_P, "strikes", "strikes", 1, WARN,
    n="re-post of day-1 entry 17420-02 (verbatim, same headline and text): importance 1; theme piece, not the Zaporizhzhia strike itself"),
  E("2029-08-24 08:15", "Explainer: What still moves through Ukraine\u2019s Black Sea ports",
    ["Friday\u2019s attack on Odesa is the latest in a long campaign against the ports that carry most of Ukraine\u2019s grain and steel exports.",
     "Since Russia\u2019s navy was pushed out of the western Black Sea, ships have sailed from Odesa, Chornomorsk and Pivdennyi along a corridor that hugs the coasts of Romania and Bulgaria. Roughly 12 million tonnes of cargo a month still move this way.",
     "The bigger danger now comes from the air: drones and missiles that hit silos, berths and the ships themselves while they load."],
    "other", "humanitarian", 2, "explainer-black-sea-export-corridor-2029", sec=["strikes"],
    n="theme piece (explainer); mentions the Odesa attack but is its own story: must not merge with it"),
  E("2029-08-24 09:50", "Zaporizhzhia strike toll reaches 11 as city mourns",
    ["The death toll from Thursday\u2019s Russian missile strike on Zaporizhzhia rose to 11 on Friday, regional officials said, as the city held a day of mourning."],
    "strikes", "strikes", 3, ZAP, n="continuation of the day-1 story (toll 11)"),
  E("2029-08-24 11:20", "Senators urge faster Patriot deliveries to Ukraine",
    ["A bipartisan group of 14 senators wrote to the Pentagon urging it to step up production of Patriot interceptors and send more of them to Ukraine, citing this week\u2019s strike on Zaporizhzhia."],
    "aid", "aid", 2, "us-senators-patriot-letter-2029-08-24", n="cites the Zaporizhzhia strike but is its own story (an appeal): must not merge with it"),
  E("2029-08-24 13:05", "Odesa port hit overnight; grain terminal burns",
    ["Russian drones struck the Ukrainian port of Odesa overnight, setting a grain terminal on fire and killing one worker, Ukrainian officials said Friday.",
     "The attack came hours before Ukraine marked its Independence Day."],
    "strikes", "strikes", 1, ODESA, dup="17432-01", n="near-verbatim repeat of 17432-01 ('hit' -> 'struck')"),
  E("2029-08-24 15:40", "Fourth person dies after Odesa attack, governor says",
    ["The Odesa attack has now claimed four lives, after a dock worker died of his injuries, the region\u2019s governor, Oleh Kiper, said."],
    "strikes", "strikes", 3, ODESA, n="toll 4"),
  ]))

# ---------------------------------------------------------------- 17433 Pennywhistle World Report (day 2, general world feed)
SEEDS.append(dict(
  id="17433", name="17433_pennywhistle-worldrss", ext="xml", source="Pennywhistle World Report", zone="America/Toronto", render=r_worldrss, rfc="num",
  title="Pennywhistle World Report: World", url="https://pennywhistle-report.example", lede="International news from the Pennywhistle World Report",
  basis="RSS pubDate '{s}' (explicit -0400 offset = Eastern summer time); local {d} in {z}",
  notes="Invented outlet (Canada). General world-news RSS 2.0 feed, newest first, pubDate with -0400, no authors. 4 of 6 items are off the war (Quebec smoke, Mexico City water, Japanese lunar lander, Argentine inflation). War items: the Odesa port attack spelled 'Odessa' (toll 4) and the Zaporizhzhia day of mourning (continuation of day 1).",
  not_entries=["channel title/link/atom:link/description/language/lastBuildDate", "item link, guid and category elements"],
  entries=[
  OFF("2029-08-24 19:20", "Wildfire smoke prompts air-quality warnings across Quebec",
      ["Environment Canada issued air-quality warnings for Montreal and Quebec City as smoke from more than 80 forest fires drifted south."],
      "quebec-wildfire-smoke-2029-08", n="Canadian weather", cat="Canada"),
  E("2029-08-24 16:45", "Death toll in Odessa port attack rises to four",
    ["Four people have been killed in a Russian drone attack on the port of Odessa, Ukrainian officials said, as the country marked 38 years of independence."],
    "strikes", "strikes", 3, ODESA, n="spelling 'Odessa'; toll 4", cat="Europe"),
  OFF("2029-08-24 13:10", "Mexico City extends water rationing",
      ["Authorities in Mexico City extended rationing in nine boroughs until October after reservoir levels fell to their lowest in a decade."],
      "mexico-city-water-rationing-2029-08", n="drought", cat="Americas"),
  E("2029-08-24 10:35", "Zaporizhzhia declares day of mourning for missile victims",
    ["The Ukrainian city of Zaporizhzhia held a day of mourning on Friday for the 11 people killed in Thursday\u2019s Russian missile strike near its bus station."],
    "strikes", "strikes", 3, ZAP, n="continuation of the day-1 story (toll 11)", cat="Europe"),
  OFF("2029-08-24 07:50", "Japan\u2019s space agency delays lunar lander launch",
      ["JAXA postponed the launch of its second lunar lander by at least a month after engineers found a fault in a fuel valve."],
      "jaxa-lunar-lander-delay-2029-08", n="space", cat="Asia"),
  OFF("2029-08-24 05:05", "Argentina\u2019s inflation slows for fifth straight month",
      ["Monthly consumer price growth in Argentina eased to 1.1 per cent in July, the statistics agency said, the lowest reading in years."],
      "argentina-inflation-july-2029", n="economy", cat="Americas"),
  ]))

# ---------------------------------------------------------------- day 3 (2029-08-28)
REF = "novokuibyshevsk-refinery-drone-attack-2029-08-28"
KHAR = "kharkiv-glide-bomb-strike-2029-08-28"
CZECH = "czech-ammunition-initiative-800000-shells-2029"

# ---------------------------------------------------------------- 17440 Tinmouth Times (day 3, general world feed)
SEEDS.append(dict(
  id="17440", name="17440_tinmouth-worldatom", ext="xml", source="Tinmouth Times", zone="UTC", render=r_atom,
  title="Tinmouth Times: World", url="https://tinmouth-times.example/world", lede="World news from the Tinmouth Times",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z, no authors. 4 of 6 entries are off the war (Baja California hurricane, Indonesia's new capital, Swiss glacier, Australian rates). War items: the refinery attack spelled 'Novokuybyshevsk' (two dead) and the Kharkiv glide-bomb strike (two dead).",
  not_entries=["feed title, subtitle, links, id and updated elements", "entry link, id and updated elements"],
  entries=[
  OFF("2029-08-28 21:15", "Hurricane Ileana makes landfall in Baja California",
      ["Hurricane Ileana came ashore near Cabo San Lucas as a category two storm, bringing heavy rain and flooding to resort towns on Mexico\u2019s Baja California peninsula."],
      "hurricane-ileana-baja-2029-08", n="weather"),
  E("2029-08-28 17:40", "Two dead after drones hit Russian refinery in Novokuybyshevsk",
    ["Two workers were killed when Ukrainian drones struck an oil refinery in Novokuybyshevsk in Russia\u2019s Samara region, the regional governor said on Tuesday."],
    "strikes", "strikes", 3, REF, n="spelling 'Novokuybyshevsk'; toll 2"),
  OFF("2029-08-28 14:05", "Indonesia moves first ministries to new capital",
      ["Three Indonesian ministries began working from Nusantara, the new capital being built on Borneo, officials said, years behind the original schedule."],
      "indonesia-nusantara-ministries-2029-08", n="Asian politics"),
  OFF("2029-08-28 11:30", "Swiss village evacuated over glacier collapse fears",
      ["About 300 residents of a village in the canton of Valais were told to leave their homes after geologists warned that part of a glacier above it could break away."],
      "swiss-glacier-evacuation-2029-08", n="environment"),
  E("2029-08-28 08:50", "Glide bombs kill two in Kharkiv",
    ["Russian glide bombs killed two people and injured 14 in Kharkiv on Tuesday morning, the city\u2019s mayor said."],
    "strikes", "strikes", 3, KHAR, n="toll 2"),
  OFF("2029-08-28 05:20", "Australia\u2019s central bank cuts interest rates",
      ["The Reserve Bank of Australia lowered its cash rate by a quarter of a percentage point, citing slowing inflation and weak household spending."],
      "australia-rate-cut-2029-08", n="economy"),
  ]))

# ---------------------------------------------------------------- 17441 Millstream Ledger (day 3)
SEEDS.append(dict(
  id="17441", name="17441_millstream-textlive", ext="txt", source="Millstream Ledger", zone="Europe/Kyiv", render=r_millstream,
  title="Ukraine live: drones hit refinery in Samara region; glide bombs on Kharkiv", dateline="Tuesday 28 August \u00b7 Kyiv time (EEST)",
  byline="Live reporting: Halyna Ostapchuk and Ewan Threlfall", page_author="Halyna Ostapchuk and Ewan Threlfall", parse_args=["--date", "2029-08-28"],
  lede="A Ukrainian drone attack on a refinery deep inside Russia, deadly strikes on Kharkiv and new ammunition pledges.",
  basis="bare stamp '{s}' (Kyiv time, EEST = UTC+3, printed in the date line) on 'Tuesday 28 August' (no year printed; parse_args gives 2029-08-28); local {d} in {z}",
  notes="Invented outlet (Kyiv). Text live blog, OLDEST first; date line 'Tuesday 28 August \u00b7 Kyiv time (EEST)' with NO year anywhere on the page (parse_args --date 2029-08-28). Bare 'HH:MM' line before each headline. One page byline with two names, used as every entry's author (kept as one string). 17441-03 is a 'Video:' teaser without body. 17441-04 is a theme piece (why Ukraine targets refineries); it mentions the Samara strike but is its own story. 17441-06 repeats 17441-01 nearly verbatim (duplicate_of; 'a large fire' -> 'a big fire'). Must not merge: the overnight Russian drone raid on Ukraine (17441-02) and the refinery attack.",
  not_entries=["outlet name and navigation", "page title", "date line 'Tuesday 28 August \u00b7 Kyiv time (EEST)'", "byline 'Live reporting: ...'", "lede",
               "membership promo after the fourth post", "'We will be back tomorrow morning.'", "footer"],
  entries=[
  E("2029-08-28 07:20", "Drones hit refinery in Russia\u2019s Samara region",
    ["Ukrainian drones struck the oil refinery in Novokuibyshevsk, in Russia\u2019s Samara region, before dawn on Tuesday, the regional governor said, and a large fire broke out at one of its processing units.",
     "Russian Telegram channels posted video of a column of black smoke over the plant. There was no immediate word on casualties."],
    "strikes", "strikes", 3, REF, n="first report; no casualties known"),
  E("2029-08-28 09:05", "Russia launched 83 drones overnight, Ukraine says",
    ["Russia sent 83 attack drones and decoys into Ukraine overnight, the air force said, and 70 were shot down or lost to jamming. Hits were reported in the Sumy and Chernihiv regions."],
    "strikes", "strikes", 2, "overnight-russian-drone-raid-2029-08-28", n="Russia's drones on Ukraine: must not merge with the refinery attack"),
  E("2029-08-28 10:40", "Video: Flames over Novokuibyshevsk refinery", [], "strikes", "strikes", 1, REF, n="teaser without body"),
  E("2029-08-28 12:15", "Explainer: Why Ukraine keeps aiming at Russian refineries",
    ["This morning\u2019s strike in the Samara region is part of a campaign that Ukraine has waged against Russian oil refining for more than five years.",
     "Refineries are large, fixed and hard to defend against drones, and each successful hit can take a processing unit offline for weeks. Kyiv argues the strikes cut the fuel available to Russia\u2019s army and the money Moscow earns from exports.",
     "Russia has answered with more air defences and anti-drone netting around key plants, and with strikes on Ukraine\u2019s own refineries and gas facilities."],
    "strikes", "strikes", 2, "explainer-ukraine-refinery-strike-campaign",
    n="theme piece (explainer); mentions the Samara refinery strike but is its own story: must not merge with it"),
  E("2029-08-28 14:30", "Kharkiv: glide bombs kill two in Saltivka",
    ["Two people were killed and at least 14 hurt when Russian glide bombs hit the Saltivka district of Kharkiv late in the morning, Mayor Ihor Terekhov said."],
    "strikes", "strikes", 3, KHAR, n="toll 2"),
  E("2029-08-28 16:10", "Drones hit refinery in Russia\u2019s Samara region",
    ["Ukrainian drones struck the oil refinery in Novokuibyshevsk, in Russia\u2019s Samara region, before dawn on Tuesday, the regional governor said, and a big fire broke out at one of its processing units.",
     "Russian Telegram channels posted video of a column of black smoke over the plant. There was no immediate word on casualties."],
    "strikes", "strikes", 1, REF, dup="17441-01", n="near-verbatim repeat of 17441-01"),
  E("2029-08-28 18:45", "Czech-led scheme on track to deliver 800,000 shells this year",
    ["The Czech-led initiative that buys artillery ammunition for Ukraine from countries outside the EU will deliver about 800,000 large-calibre shells by the end of the year, the Czech defence ministry said."],
    "aid", "aid", 3, CZECH),
  ]))

# ---------------------------------------------------------------- 17442 Copperfold Wire (day 3)
SEEDS.append(dict(
  id="17442", name="17442_copperfold-rss", ext="xml", source="Copperfold Wire", zone="Europe/Kyiv", render=r_worldrss, rfc="num",
  title="Copperfold Wire \u2013 Ukraine and Russia", url="https://copperfold-wire.example", lede="Agency copy on Russia\u2019s war in Ukraine",
  basis="RSS pubDate '{s}' (explicit +0300 offset = Kyiv summer time); local {d} in {z}",
  notes="Invented outlet (news agency). RSS 2.0, newest first, pubDate with +0300, dc:creator per item (author). Refinery counts grow across the day (two units halted, one dead; then a second worker dies); the Kharkiv toll rises to four and the district is spelled 'Saltivskyi'. Must not merge: the Sumy region shelling (17442-06, no casualties) and the Kharkiv strike.",
  not_entries=["channel title/link/atom:link/description/language/lastBuildDate", "item link, guid and category elements"],
  entries=[
  E("2029-08-28 20:10", "Samara governor: second worker dies after refinery attack",
    ["A second worker has died of burns suffered in Tuesday\u2019s drone attack on the Novokuibyshevsk oil refinery, Samara regional governor Vyacheslav Fedorishchev said."],
    "strikes", "strikes", 3, REF, a="Natalia Berezhna", n="toll 2", cat="Russia"),
  E("2029-08-28 19:15", "Kharkiv strike toll rises to four",
    ["Two more people have died after Tuesday\u2019s glide-bomb attack on Kharkiv\u2019s Saltivskyi district, bringing the death toll to four, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, KHAR, a="Petro Lutsenko", n="toll 4; spelling 'Saltivskyi'", cat="Ukraine"),
  E("2029-08-28 16:00", "Prague: ammunition initiative on track for 800,000 rounds",
    ["The Czech government said its ammunition initiative for Ukraine had secured financing for 800,000 artillery rounds this year, well above the total delivered in its first full year."],
    "aid", "aid", 3, CZECH, a="Natalia Berezhna", cat="Europe"),
  E("2029-08-28 13:20", "Novokuibyshevsk refinery halts two processing units",
    ["The refinery in Novokuibyshevsk has stopped two of its crude distillation units after the morning drone attack, two industry sources said.",
     "One worker died in the fire, according to local officials."],
    "strikes", "strikes", 3, REF, a="Petro Lutsenko", n="toll 1", cat="Russia"),
  E("2029-08-28 10:05", "Estonia to build anti-drone line along Russian border",
    ["Estonia will spend 120 million euros on radars, jammers and interceptor drones along its border with Russia over the next three years, the defence ministry said."],
    "other", "security", 2, "estonia-anti-drone-border-line-2029-08-28", a="Natalia Berezhna", cat="Europe"),
  E("2029-08-28 06:40", "Shelling cuts power to villages in Sumy region",
    ["Russian artillery damaged a power line in the Sumy region overnight, leaving 14 border villages without electricity, the regional administration said. No casualties were reported."],
    "strikes", "strikes", 2, "sumy-region-shelling-power-line-2029-08-28", a="Petro Lutsenko",
    n="other strike in north-east Ukraine: must not merge with the Kharkiv glide-bomb strike", cat="Ukraine"),
  ]))

# ---------------------------------------------------------------- 17443 Northallow Journal (day 3)
SEEDS.append(dict(
  id="17443", name="17443_northallow-htmllive", ext="html", source="Northallow Journal", zone="Europe/Dublin", render=r_northallow,
  title="Ukraine war: drones set Russian refinery ablaze as glide bombs hit Kharkiv \u2013 as it happened",
  url="https://northallow-journal.example/live/ukraine-28-august-2029", dateline="Tuesday 28 August 2029",
  lede="Our live coverage of Tuesday\u2019s developments in Russia\u2019s war on Ukraine.",
  basis="visible '{s}' in <time datetime> (Irish time, IST = UTC+1 in summer) under the dateline 'Tuesday 28 August 2029'; local {d} in {z}",
  notes="Invented outlet (Ireland). HTML live blog, newest first; JSON-LD @graph whose article node has @type ['NewsArticle','LiveBlogPosting'] and no liveBlogUpdate (page times only). Visible stamps '8.10pm' in <time datetime>, no zone printed (Irish time: the outlet's home zone); signature line '\u2014 NAME' after the body (author). 17443-01 (Kremlin vows a response) is a reaction whose content is the refinery attack: same story.",
  not_entries=["header and navigation", "page title", "dateline", "standfirst", "newsletter promo after the second entry", "footer"],
  entries=[
  E("2029-08-28 20:10", "Kremlin vows response after refinery attack",
    ["Kremlin spokesman Dmitry Peskov called the drone strike on the Novokuibyshevsk refinery \u201ca terrorist act\u201d and said Russia would respond, as the death toll at the plant rose to two."],
    "strikes", "strikes", 3, REF, a="Siobh\u00e1n Kerrigan", sec=["diplomacy"], n="reaction whose content is the attack itself; toll 2"),
  E("2029-08-28 17:25", "Four dead in Kharkiv glide-bomb attack",
    ["The number of people killed by Russian glide bombs in Kharkiv on Tuesday has risen to four, Ukrainian officials said. Among the injured are two children."],
    "strikes", "strikes", 3, KHAR, a="Siobh\u00e1n Kerrigan", n="toll 4"),
  E("2029-08-28 14:50", "EU ambassadors agree new sanctions listings",
    ["EU ambassadors agreed to add 31 people and companies to the bloc\u2019s Russia sanctions list, including firms accused of supplying drone parts, diplomats in Brussels said."],
    "diplomacy", "diplomacy", 2, "eu-sanctions-listings-2029-08-28", a="Cathal Brennock"),
  E("2029-08-28 11:35", "Irish Defence Forces to train Ukrainian deminers",
    ["Ireland will train 150 Ukrainian deminers at the Curragh Camp this autumn, the Department of Defence said, expanding a programme that began in 2023."],
    "aid", "aid", 2, "ireland-deminer-training-2029-08-28", a="Cathal Brennock"),
  E("2029-08-28 09:10", "Refinery ablaze in Samara region after drone raid",
    ["A fire is burning at an oil refinery in Novokuibyshevsk, in Russia\u2019s Samara region, after an overnight Ukrainian drone attack, Russian officials said."],
    "strikes", "strikes", 3, REF, a="Siobh\u00e1n Kerrigan"),
  ]))


if __name__ == "__main__":
    main()

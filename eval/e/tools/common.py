"""Shared machinery for the eval/e generator: entry model, time conversion, renderers, gold writer.

Every day module (e1.py ... e6.py) declares its sources as Source(...) objects holding Entry(...) rows.
The renderers print each source in its format and record the stamp text actually printed; the gold JSON is
built from the same rows, so headline, first sentence and paragraph counts always match the seed.
"""
import hashlib
import html
import json
import os
import re
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Entry:
    def __init__(self, local, headline, body, story, topic, sub, imp, sec=(), kp=False, dup=None,
                 author=None, note=None, after=(), offbeat=False):
        self.local = local          # 'YYYY-MM-DD HH:MM' in the page's zone
        self.headline = headline
        self.body = list(body)
        self.story = story
        self.topic = topic
        self.sub = sub
        self.imp = imp
        self.sec = list(sec)
        self.kp = kp
        self.dup = dup
        self.author = author
        self.note = note
        self.after = list(after)    # chrome lines printed after the body (captions, 'Updated at')
        self.offbeat = offbeat
        self.stamp = None
        self.basis = None


class Source:
    def __init__(self, sid, day, slug, ext, fmt, name, tz, title, entries, notes="", **meta):
        self.sid, self.day, self.slug, self.ext, self.fmt = sid, day, slug, ext, fmt
        self.name, self.tz, self.title, self.entries = name, tz, title, entries
        self.notes = notes
        self.meta = meta
        self.not_entries = []

    @property
    def stem(self):
        return f"{self.sid}_{self.day}-{self.slug}"


def aware(local, tz):
    return datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))


def utc_iso(local, tz):
    return aware(local, tz).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def offset_str(dt, colon=True):
    off = dt.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return f"{sign}{mins // 60:02d}{':' if colon else ''}{mins % 60:02d}"


def utc_hm(local, tz):
    return aware(local, tz).astimezone(timezone.utc).strftime("%H:%M UTC on %d %b")


ABBREV = {"Gov", "U.S", "U.N", "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "a.m", "p.m", "No", "vs",
          "Sen", "Rep", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec", "Alta", "Ont"}


def first_sentence(par):
    """First sentence of a paragraph: ends at . ! ? (optionally followed by a closing quote) + space +
    an opening capital/quote/digit, unless the word before the full stop is a known abbreviation."""
    for m in re.finditer(r"([.!?])(['\"\u2019\u201d)]?)\s+(?=[A-Z\u2018\u201c'\"0-9])", par):
        end = m.end(2)
        if m.group(1) == ".":
            word = re.search(r"([A-Za-z.]+)\.$", par[:m.start(1) + 1])
            if word and word.group(1) in ABBREV:
                continue
            if word and re.fullmatch(r"[A-Z]", word.group(1)):
                continue
        return par[:end].strip()
    return par.strip()


# ---------------------------------------------------------------- plain-text live blog: Northline Ledger
def render_northline(S):
    L = ["Skip to main content", "Northline Ledger", "Sign in    Subscribe    Search",
         "News   World   UK   Ukraine   Climate   Business   Sport   Culture   Opinion", "Ukraine"]
    S.not_entries.append("lines 1-5: 'Skip to main content', masthead 'Northline Ledger', account links, section "
                         "navigation, section label 'Ukraine'")
    L.append(S.title)
    L.append(S.meta["updated"])
    L.append("First published on " + S.meta["first"])
    L.append(S.meta["byline"])
    S.not_entries.append("page header: updated line '%s', 'First published on %s', byline '%s'"
                         % (S.meta["updated"], S.meta["first"], S.meta["byline"]))
    for s in S.meta.get("standfirst", []):
        L.append(s)
    if S.meta.get("standfirst"):
        S.not_entries.append("standfirst/lede line(s) under the byline summarising the day (not a post)")
    L += ["Share on Facebook", "Share on X", "Share via email"]
    S.not_entries.append("share buttons 'Share on Facebook' / 'Share on X' / 'Share via email' under the header")
    kps = [e for e in S.entries if e.kp]
    if kps:
        L.append("Key Points")
        for e in kps:
            L.append(e.headline)
        S.not_entries.append("'Key Points' block: header plus %d headline lines repeating posts below (sets "
                             "key_point, not entries themselves)" % len(kps))
    L.append("Show key events only")
    L.append("Please turn on JavaScript in your browser to receive live updates.")
    S.not_entries.append("'Show key events only' toggle and the JavaScript notice")
    zone_on = S.meta.get("zone_on_stamp", True)
    ads = 0
    for i, e in enumerate(S.entries):
        dt = aware(e.local, S.tz)
        stamp = dt.strftime("%H.%M") + ((" " + dt.tzname()) if zone_on else "")
        e.stamp = stamp
        if zone_on:
            e.basis = ("date from the page header ('First published on %s'); stamp '%s' is UK local time "
                       "(%s = UTC%s) -> %s" % (S.meta["first"], stamp, dt.tzname(), offset_str(dt), utc_hm(e.local, S.tz)))
        else:
            e.basis = ("date from the page header ('First published on %s'); stamp '%s' printed without a zone; "
                       "the page is UK local time (header in %s), and on %s that local time is %s (UTC%s) -> %s"
                       % (S.meta["first"], stamp, S.meta["updated"].split()[-1], dt.strftime("%d %b %Y"), dt.tzname(),
                          offset_str(dt), utc_hm(e.local, S.tz)))
        L.append(stamp)
        if e.headline:
            L.append(e.headline)
        L += e.body
        for a in e.after:
            L.append(a)
            S.not_entries.append("'%s': chrome inside entry %s (caption/credit or edit note)" % (a, e.id))
        L.append("Share")
        if i % 3 == 2:
            L.append("Advertisement")
            ads += 1
    S.not_entries.append("'Share' line closing every post (%d)" % len(S.entries))
    S.not_entries.append("'Advertisement' markers between posts (%d)" % ads)
    L += ["Topics", "Ukraine", "Russia", "Europe", "Reuse this content", "Most viewed",
          "Northline Ledger, Northline Media Ltd 2024. All rights reserved."]
    S.not_entries.append("footer: 'Topics' with tag lines, 'Reuse this content', 'Most viewed', copyright line")
    return "\n".join(L) + "\n"


# ---------------------------------------------------------------- plain-text chronicle: Volga Courier (Moscow)
def render_volga(S):
    L = ["VOLGA COURIER", "News | Politics | Economy | Special military operation | Society | Sport | Video",
         "Subscribe to Volga Courier on Telegram and VK", "Home / Special military operation / Chronicle", ""]
    S.not_entries.append("masthead 'VOLGA COURIER', section navigation, subscribe line, breadcrumb")
    L += [S.title, "", "Online chronicle. All times are Moscow time.", "", S.meta["date_header"], ""]
    S.not_entries.append("title line, the note 'Online chronicle. All times are Moscow time.' and the date header "
                         "'%s' (structure, not entries)" % S.meta["date_header"])
    for i, e in enumerate(S.entries):
        dt = aware(e.local, S.tz)
        e.stamp = dt.strftime("%H:%M")
        e.basis = ("date header '%s'; '%s' Moscow time (MSK = UTC+3, no daylight saving; stated on the page) -> %s"
                   % (S.meta["date_header"], e.stamp, utc_hm(e.local, S.tz)))
        L.append(e.stamp)
        if e.headline:
            L.append(e.headline)
        for p in e.body:
            L += [p, ""]
        for a in e.after:
            L += [a, ""]
            S.not_entries.append("'%s' after entry %s (related link / photo credit)" % (a, e.id))
        if i % 4 == 3:
            L += ["Advertisement", ""]
    S.not_entries.append("'Advertisement' markers between entries")
    L += ["Tags: " + S.meta.get("tags", "special military operation, Ukraine"), "",
          "Most read", "Subscribe to our newsletter", "",
          "© Volga Courier, 2024. Reproduction of materials only with a hyperlink to Volga Courier."]
    S.not_entries.append("footer: 'Tags:' line, 'Most read', newsletter line, copyright line")
    return "\n".join(L) + "\n"


# ---------------------------------------------------------------- HTML live blog: Dnipro Chronicle (Kyiv)
def opaque(e, n=10):
    """An opaque page-side id for an entry (real pages do not number posts like our gold ids)."""
    return hashlib.sha1(("eval-e:" + e.id).encode()).hexdigest()[:n]


def esc(s):
    return html.escape(s, quote=False)


def render_dnipro(S):
    use_dt = S.meta.get("datetime_attr", True)
    jsonld = S.meta.get("jsonld", False)
    head = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">',
            '<title>%s | Dnipro Chronicle</title>' % esc(S.title),
            '<meta property="og:site_name" content="Dnipro Chronicle">',
            '<meta property="og:title" content="%s">' % html.escape(S.title),
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<link rel="stylesheet" href="/static/css/live.css">']
    body = ['<body>', '<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>',
            '<header class="site-header"><a class="logo" href="/">Dnipro Chronicle</a>',
            '<nav><a href="/news">News</a> <a href="/war">War</a> <a href="/economy">Economy</a> '
            '<a href="/opinion">Opinion</a> <a href="/support-us">Support us</a></nav></header>',
            '<main class="liveblog">',
            '<h1>%s</h1>' % esc(S.title),
            '<p class="standfirst">%s</p>' % esc(S.meta["standfirst"]),
            '<p class="tz-note">%s</p>' % esc(S.meta["tz_note"]),
            '<div class="share-bar"><span>Share:</span> <a href="#">Facebook</a> <a href="#">X</a> '
            '<a href="#">Telegram</a> <a href="#">Copy link</a></div>']
    S.not_entries += ["cookie banner", "site header: logo 'Dnipro Chronicle' and navigation links",
                      "standfirst paragraph '%s'" % S.meta["standfirst"],
                      "time-zone note '%s'" % S.meta["tz_note"], "share bar under the title"]
    kps = [e for e in S.entries if e.kp]
    if kps:
        body.append('<section class="key-points"><h2>Key points</h2><ul>')
        for e in kps:
            body.append('<li><a href="#update-%s">%s</a></li>' % (opaque(e), esc(e.headline)))
        body.append('</ul></section>')
        S.not_entries.append("'Key points' section (h2 + %d linked headlines of posts below)" % len(kps))
    body.append('<div class="live-feed">')
    ld_updates = []
    for i, e in enumerate(S.entries):
        dt = aware(e.local, S.tz)
        e.stamp = dt.strftime("%H:%M")
        iso = dt.isoformat()
        if jsonld:
            e.basis = ("JSON-LD liveBlogUpdate datePublished '%s' (visible '%s', Kyiv time) -> %s"
                       % (iso, e.stamp, utc_hm(e.local, S.tz)))
        elif use_dt:
            e.basis = ("<time datetime='%s'> (visible '%s', Kyiv time %s) -> %s"
                       % (iso, e.stamp, offset_str(dt), utc_hm(e.local, S.tz)))
        else:
            e.basis = ("date from the title/h1; visible '%s' is Kyiv time (page note), which on %s is %s = UTC%s "
                       "-> %s" % (e.stamp, dt.strftime("%d %b %Y"), dt.tzname(), offset_str(dt), utc_hm(e.local, S.tz)))
        t = ('<time datetime="%s">%s</time>' % (iso, e.stamp)) if use_dt else ('<span class="time">%s</span>' % e.stamp)
        meta = '<div class="update-meta">%s%s</div>' % (t, (' <span class="author">%s</span>' % esc(e.author)) if e.author else "")
        body.append('<article class="live-update" id="update-%s">' % opaque(e))
        body.append(meta)
        if e.headline:
            body.append('<h2 class="update-title">%s</h2>' % esc(e.headline))
        for p in e.body:
            body.append('<p>%s</p>' % esc(p))
        for a in e.after:
            body.append('<figure><figcaption>%s</figcaption></figure>' % esc(a))
            S.not_entries.append("figure caption '%s' inside entry %s" % (a, e.id))
        body.append('<div class="update-share"><button>Share</button> <button>Copy link</button></div>')
        body.append('</article>')
        if i % 3 == 1:
            body.append('<aside class="ad-slot"><span>Advertisement</span></aside>')
        u = {"@type": "BlogPosting", "headline": e.headline, "datePublished": iso,
             "url": "https://dniprochronicle.example/live/%s#update-%s" % (S.meta["slug_url"], opaque(e))}
        if e.author:
            u["author"] = {"@type": "Person", "name": e.author}
        if e.body:
            u["articleBody"] = " ".join(e.body)
        ld_updates.append(u)
    S.not_entries.append("per-update share buttons ('Share', 'Copy link')")
    S.not_entries.append("'Advertisement' slots between updates")
    body += ['</div>', '<div class="load-more"><button>Load more updates</button></div>', '</main>',
             '<footer><p>Dnipro Chronicle is an independent Ukrainian newsroom. <a href="/about">About us</a> '
             '<a href="/privacy">Privacy</a></p><p>© 2024 Dnipro Chronicle</p></footer>', '</body>', '</html>']
    S.not_entries.append("'Load more updates' button and footer")
    if jsonld:
        ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S.title,
              "url": "https://dniprochronicle.example/live/%s" % S.meta["slug_url"],
              "coverageStartTime": aware(S.entries[-1].local, S.tz).isoformat(),
              "coverageEndTime": aware(S.entries[0].local, S.tz).isoformat(),
              "publisher": {"@type": "NewsMediaOrganization", "name": "Dnipro Chronicle"},
              "liveBlogUpdate": ld_updates}
        head.append('<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False))
        S.not_entries.append("JSON-LD LiveBlogPosting in <head> (carries the same updates; not extra entries)")
    head.append('</head>')
    return "\n".join(head + body) + "\n"


# ---------------------------------------------------------------- HTML live blog + JSON-LD: Kestrel Dispatch (US)
def et_stamp(dt):
    h = dt.hour % 12 or 12
    ap = "a.m." if dt.hour < 12 else "p.m."
    return "%d:%02d %s ET" % (h, dt.minute, ap)


def render_kestrel(S):
    updates, vis = [], []
    for e in S.entries:
        dt = aware(e.local, S.tz)
        e.stamp = et_stamp(dt)
        iso = dt.isoformat()
        e.basis = ("JSON-LD datePublished '%s' (visible '%s' under the page date '%s'; ET = %s, UTC%s) -> %s"
                   % (iso, e.stamp, S.meta["date_line"], dt.tzname(), offset_str(dt), utc_hm(e.local, S.tz)))
        u = {"@type": "BlogPosting", "headline": e.headline, "datePublished": iso, "dateModified": iso,
             "author": {"@type": "Person", "name": e.author},
             "url": "https://kestreldispatch.example/live/%s#post-%s" % (S.meta["slug_url"], opaque(e))}
        if e.body:
            u["articleBody"] = "\n\n".join(e.body)
        updates.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S.title,
          "description": S.meta["standfirst"],
          "url": "https://kestreldispatch.example/live/%s" % S.meta["slug_url"],
          "datePublished": aware(S.entries[-1].local, S.tz).isoformat(),
          "dateModified": aware(S.entries[0].local, S.tz).isoformat(),
          "coverageStartTime": aware(S.entries[-1].local, S.tz).isoformat(),
          "coverageEndTime": aware(S.entries[0].local, S.tz).isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": "Kestrel Dispatch",
                        "logo": {"@type": "ImageObject", "url": "https://kestreldispatch.example/logo.png"}},
          "liveBlogUpdate": updates}
    H = ['<!doctype html>', '<html lang="en-US">', '<head>', '<meta charset="utf-8">',
         '<title>%s - Kestrel Dispatch</title>' % esc(S.title),
         '<meta name="description" content="%s">' % html.escape(S.meta["standfirst"]),
         '<script type="application/ld+json">', json.dumps(ld, indent=1, ensure_ascii=False), '</script>',
         '</head>', '<body class="live">',
         '<div id="top-banner">Support independent journalism. <a href="/subscribe">Subscribe for $1</a></div>',
         '<header><a href="/" class="brand">Kestrel Dispatch</a><ul class="menu"><li>Politics</li><li>World</li>'
         '<li>Business</li><li>Tech</li><li>Sports</li></ul></header>',
         '<article class="liveblog">', '<span class="kicker">LIVE</span>', '<h1>%s</h1>' % esc(S.title),
         '<p class="dek">%s</p>' % esc(S.meta["standfirst"]),
         '<p class="dateline">%s</p>' % esc(S.meta["updated_line"]),
         '<div class="social"><a>Share on Facebook</a><a>Share on X</a><a>Email</a><a>Gift this article</a></div>']
    S.not_entries += ["subscription banner and site header/menu", "'LIVE' kicker",
                      "dek '%s'" % S.meta["standfirst"], "dateline '%s'" % S.meta["updated_line"],
                      "social share links under the title",
                      "JSON-LD LiveBlogPosting in <head> (same posts as the visible page; not extra entries)"]
    for i, e in enumerate(S.entries):
        H.append('<div class="post" id="post-%s">' % opaque(e))
        H.append('<div class="post-time">%s</div>' % e.stamp)
        if e.headline:
            H.append('<h3>%s</h3>' % esc(e.headline))
        H.append('<p class="byline">By %s</p>' % esc(e.author))
        for p in e.body:
            H.append('<p>%s</p>' % esc(p))
        for a in e.after:
            H.append('<p class="caption">%s</p>' % esc(a))
            S.not_entries.append("caption '%s' in post %s" % (a, e.id))
        H.append('<div class="post-tools"><button>Share</button></div></div>')
        if i % 3 == 2:
            H.append('<div class="ad" aria-label="advertisement">ADVERTISEMENT</div>')
    S.not_entries += ["per-post bylines 'By …' (become author, not body)", "per-post 'Share' buttons",
                      "'ADVERTISEMENT' slots", "footer and newsletter sign-up"]
    H += ['</article>', '<aside class="newsletter">Get the Morning Dispatch in your inbox. <input type="email">'
          '<button>Sign up</button></aside>',
          '<footer>© 2024 Kestrel Dispatch Media. <a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer>',
          '</body>', '</html>']
    return "\n".join(H) + "\n"


# ---------------------------------------------------------------- RSS 2.0 (Atlas Wire, Harbour Gazette, Ural Vestnik)
def rss_date(dt, style):
    base = dt.strftime("%a, %d %b %Y %H:%M:%S")
    if style == "GMT":
        return base + " GMT"
    return base + " " + offset_str(dt, colon=False)


def render_rss(S):
    style = S.meta.get("date_style", "GMT")
    X = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
         '<channel>', '<title>%s</title>' % esc(S.title), '<link>%s</link>' % S.meta["link"],
         '<description>%s</description>' % esc(S.meta["description"]), '<language>%s</language>' % S.meta.get("lang", "en"),
         '<lastBuildDate>%s</lastBuildDate>' % rss_date(aware(S.entries[0].local, S.tz), style),
         '<atom:link href="%s/rss.xml" rel="self" type="application/rss+xml"/>' % S.meta["link"],
         '<image><url>%s/logo.png</url><title>%s</title><link>%s</link></image>' % (S.meta["link"], esc(S.title), S.meta["link"])]
    S.not_entries += ["channel metadata (title, link, description, language, lastBuildDate, atom:link, image)"]
    for e in S.entries:
        dt = aware(e.local, S.tz)
        e.stamp = rss_date(dt, style)
        e.basis = "RSS pubDate '%s' -> %s" % (e.stamp, utc_hm(e.local, S.tz))
        slug = re.sub(r"[^a-z0-9]+", "-", (e.headline or "").lower()).strip("-")[:60]
        X.append('<item>')
        X.append('<title>%s</title>' % esc(e.headline))
        X.append('<link>%s/%s/%s</link>' % (S.meta["link"], dt.strftime("%Y/%m/%d"), slug))
        X.append('<guid isPermaLink="false">%s-%s</guid>' % (S.meta["guid_prefix"], opaque(e, 12)))
        X.append('<pubDate>%s</pubDate>' % e.stamp)
        if e.author:
            X.append('<dc:creator>%s</dc:creator>' % esc(e.author))
        for c in S.meta.get("cats", {}).get(e.id, []) or (["Ukraine"] if not e.offbeat else ["World"]):
            X.append('<category>%s</category>' % esc(c))
        if e.body:
            X.append('<description><![CDATA[%s]]></description>' % "".join("<p>%s</p>" % esc(p) for p in e.body))
        else:
            X.append('<description></description>')
        X.append('</item>')
    X += ['</channel>', '</rss>']
    return "\n".join(X) + "\n"


# ---------------------------------------------------------------- Atom (Polaris Review: html content; Baltic Sentinel: xhtml)
def render_atom(S):
    xhtml = S.meta.get("xhtml", False)
    first = aware(S.entries[0].local, S.tz)
    X = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
         '<title>%s</title>' % esc(S.title), '<subtitle>%s</subtitle>' % esc(S.meta["subtitle"]),
         '<id>%s</id>' % S.meta["feed_id"], '<updated>%s</updated>' % first.isoformat(),
         '<link rel="alternate" type="text/html" href="%s"/>' % S.meta["link"],
         '<link rel="self" type="application/atom+xml" href="%s/feed.atom"/>' % S.meta["link"],
         '<author><name>%s</name></author>' % esc(S.name), '<generator>Polaris CMS</generator>' if not xhtml else
         '<generator>Sentinel Newsroom</generator>', '<rights>© 2024 %s</rights>' % esc(S.name)]
    S.not_entries += ["feed metadata (title, subtitle, id, updated, links, feed-level author, generator, rights)"]
    for e in S.entries:
        dt = aware(e.local, S.tz)
        e.stamp = dt.isoformat()
        e.basis = "Atom <published> '%s' -> %s" % (e.stamp, utc_hm(e.local, S.tz))
        slug = re.sub(r"[^a-z0-9]+", "-", (e.headline or "").lower()).strip("-")[:60]
        X.append('<entry>')
        X.append('<title type="text">%s</title>' % esc(e.headline))
        X.append('<id>%s:%s</id>' % (S.meta["entry_id_prefix"], opaque(e, 12)))
        X.append('<link rel="alternate" type="text/html" href="%s/%s/%s"/>' % (S.meta["link"], dt.strftime("%Y/%m/%d"), slug))
        X.append('<published>%s</published>' % e.stamp)
        X.append('<updated>%s</updated>' % e.stamp)
        if e.author:
            X.append('<author><name>%s</name></author>' % esc(e.author))
        X.append('<category term="%s"/>' % ("world" if e.offbeat else "ukraine"))
        if xhtml:
            X.append('<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">%s</div></content>'
                     % "".join("<p>%s</p>" % esc(p) for p in e.body))
        else:
            X.append('<content type="html">%s</content>' % esc("".join("<p>%s</p>" % esc(p) for p in e.body)))
        X.append('</entry>')
    X.append('</feed>')
    return "\n".join(X) + "\n"


# ---------------------------------------------------------------- plain-text world live page: Meridian Bulletin (IST)
def ist_stamp(dt):
    h = dt.hour % 12 or 12
    return "%d:%02d %s IST" % (h, dt.minute, "AM" if dt.hour < 12 else "PM")


def render_meridian(S):
    L = ["[ad_slot_leaderboard]", "MERIDIAN BULLETIN", "Home > World > Live Updates", "",
         S.title, "", "By %s" % S.meta["byline"], S.meta["updated_line"], "",
         "Follow us on Google News | Join our WhatsApp channel | Follow on X", ""]
    S.not_entries += ["'[ad_slot_leaderboard]' ad marker", "masthead 'MERIDIAN BULLETIN' and breadcrumb",
                      "byline 'By %s' and '%s'" % (S.meta["byline"], S.meta["updated_line"]),
                      "social follow line"]
    for s in S.meta.get("standfirst", []):
        L += [s, ""]
    if S.meta.get("standfirst"):
        S.not_entries.append("intro paragraph under the header (page lede, not a post)")
    for i, e in enumerate(S.entries):
        dt = aware(e.local, S.tz)
        e.stamp = ist_stamp(dt)
        e.basis = ("date from the header ('%s'); '%s' = India Standard Time, UTC+05:30 -> %s"
                   % (S.meta["updated_line"], e.stamp, utc_hm(e.local, S.tz)))
        L.append(e.stamp)
        if e.headline:
            L.append(e.headline)
        for p in e.body:
            L.append(p)
        for a in e.after:
            L.append(a)
            S.not_entries.append("'%s' inside entry %s (related-story link)" % (a, e.id))
        L.append("")
        if i % 4 == 1:
            L += ["Advertisement", ""]
    S.not_entries.append("'Advertisement' markers")
    L += ["Catch all the latest world news on Meridian Bulletin.", "[ad_slot_footer]",
          "About Us | Contact | Privacy Policy | © 2024 Meridian Bulletin Media Pvt Ltd"]
    S.not_entries.append("closing promo line, '[ad_slot_footer]' and footer links")
    return "\n".join(L) + "\n"


RENDER = {"northline": render_northline, "volga": render_volga, "dnipro": render_dnipro, "kestrel": render_kestrel,
          "rss": render_rss, "atom": render_atom, "meridian": render_meridian}


def build(sources, all_ids):
    for S in sources:
        for i, e in enumerate(S.entries, 1):
            e.id = "%s-%02d" % (S.sid, i)
    for S in sources:
        for e in S.entries:
            all_ids[e.id] = e
    for S in sources:
        text = RENDER[S.fmt](S)
        with open(os.path.join(ROOT, "seeds", S.stem + "." + S.ext), "w", encoding="utf-8") as f:
            f.write(text)
        gold = {"seed": S.stem + "." + S.ext, "source": S.name, "page_title": S.title, "page_timezone": S.tz,
                "notes": S.notes, "entries": [], "not_entries": S.not_entries}
        for e in S.entries:
            g = {"id": e.id, "headline": e.headline, "stamp": e.stamp, "published": utc_iso(e.local, S.tz),
                 "published_basis": e.basis, "author": e.author,
                 "first_sentence": first_sentence(e.body[0]) if e.body else None,
                 "body_paragraphs": len(e.body), "topic": e.topic, "subtopic": e.sub, "secondary_topics": e.sec,
                 "importance": e.imp, "key_point": e.kp, "duplicate_of": e.dup, "story": e.story}
            notes = []
            if e.offbeat:
                notes.append("off-beat: not about the Russia-Ukraine war (general world-news item)")
            if e.note:
                notes.append(e.note)
            if notes:
                g["notes"] = "; ".join(notes)
            gold["entries"].append(g)
        with open(os.path.join(ROOT, "gold", S.stem + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")
